"""Metadata of saved news pages: title, publication date and outlet, against hand-judged expectations.

The pages are the news pages of trafilatura's test cache (public, not ours to ship): this
script reads them from a git copy of trafilatura's repository (default below, or --repo
GIT_DIR) and compares what libyadesk reads from each (corpus.parse_document, as a saved
.html file without its URL) with bench/metadata_expected.json, written by hand.

    python bench/metadata.py [--repo GIT_DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

DEFAULT_REPO = "/work/.mirror/adbar+trafilatura/repo"
EXPECTED = Path(__file__).with_name("metadata_expected.json")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "′": "'"})


def norm(text: str | None) -> str:
    """Case, spacing and quote marks folded, so that equal values compare equal."""
    return " ".join(unicodedata.normalize("NFC", text or "").translate(_QUOTES).casefold().split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=DEFAULT_REPO, help="git directory of trafilatura's repository")
    parser.add_argument("-v", action="store_true", help="print every page's values")
    args = parser.parse_args()

    from libyadesk.corpus import parse_document

    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["pages"]
    right = {"title": 0, "published": 0, "outlet": 0, "all": 0}
    wrong = []
    for page in expected:
        data = subprocess.run(["git", f"--git-dir={args.repo}", "show", f"HEAD:tests/cache/{page['page']}.html"],
                              check=True, capture_output=True).stdout
        doc, warnings = parse_document(page["page"], f"{page['page']}.html", data)
        got = {"title": doc.title, "published": doc.published, "outlet": doc.source} if doc else {}
        ok = {
            "title": norm(got.get("title")) in {norm(t) for t in page["title"]},
            "published": got.get("published") in page["published"],
            "outlet": norm(got.get("outlet")) in {norm(o) for o in page["outlet"]},
        }
        for key, value in ok.items():
            right[key] += value
        right["all"] += all(ok.values())
        for key, value in ok.items():
            if not value:
                wrong.append(f"{page['page']}: {key} {got.get(key)!r}, expected {page[key if key != 'outlet' else 'outlet']}")
        if args.v:
            print(page["page"], got)
    n = len(expected)
    print(f"{n} pages: title {right['title']}/{n} ({right['title'] / n:.0%}), date {right['published']}/{n} "
          f"({right['published'] / n:.0%}), outlet {right['outlet']}/{n} ({right['outlet'] / n:.0%}), "
          f"all three {right['all']}/{n} ({right['all'] / n:.0%})")
    for line in wrong:
        print("  wrong:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
