"""Write libyadesk/data/word_zipf.json: wordfreq's Zipf frequencies of plain English words that actor discovery compares.

Usage: `python bench/word_zipf.py` (after an upgrade of wordfreq; tests/test_word_zipf.py fails until the
shipped table equals what it gives).
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

from libyadesk.vocab import ZIPF_FLOOR, english_zipf_from_wordfreq

TARGET = Path(__file__).resolve().parent.parent / "libyadesk" / "data" / "word_zipf.json"


def main() -> None:
    """Make the table from wordfreq's English list and write it, keys sorted."""
    table = english_zipf_from_wordfreq()
    about = {"made by": "bench/word_zipf.py", "wordfreq": version("wordfreq"),
             "what": f"plain lower-case word -> wordfreq zipf_frequency(word, 'en'), for the words at or above {ZIPF_FLOOR}"}
    TARGET.write_text(json.dumps({"about": about, "zipf": dict(sorted(table.items()))}, ensure_ascii=False,
                                 separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(table)} words")


if __name__ == "__main__":
    main()
