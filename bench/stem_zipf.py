"""Write libyadesk/data/stem_zipf.json: the stem -> Zipf frequency table merging weighs words by.

Usage: `python bench/stem_zipf.py` (after an upgrade of wordfreq or PyStemmer; tests/test_word_weights.py
fails until the shipped table equals what they give).
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

from libyadesk.timeline import stem_zipf_from_wordfreq

TARGET = Path(__file__).resolve().parent.parent / "libyadesk" / "data" / "stem_zipf.json"


def main() -> None:
    """Make the table from wordfreq's small English list and write it, keys sorted."""
    table = stem_zipf_from_wordfreq()
    about = {"made by": "bench/stem_zipf.py", "wordfreq": version("wordfreq"), "PyStemmer": version("PyStemmer"),
             "what": "stem (libyadesk.fts.stem) -> Zipf frequency of all alphabetic words of that stem in wordfreq's small English list"}
    TARGET.write_text(json.dumps({"about": about, "zipf": dict(sorted(table.items()))}, ensure_ascii=False,
                                 separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(table)} stems")


if __name__ == "__main__":
    main()
