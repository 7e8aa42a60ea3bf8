"""Body-text quality of HTML reading on the Scrapinghub article-extraction benchmark.

The benchmark's pages are public data but not ours to ship: this script reads them from a
git copy of the benchmark repository (default below, or --repo GIT_DIR) and never writes
them anywhere.  For each of its 181 pages it compares the text libyadesk keeps (the
Document's text, after trafilatura and the corpus cleaning) with the ground truth's
articleBody, the way the benchmark scores extractors: word 4-gram shingles, TP/FP/FN
normalised per page, precision and recall averaged over pages, F1 from the two averages.

    python bench/extraction.py [--repo GIT_DIR] [--raw] [--json OUT]

--raw scores trafilatura's own text, before libyadesk's cleaning, for comparison.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_REPO = "/work/.mirror/scrapinghub+article-extraction-benchmark/repo"
_WORD = re.compile(r"\w+")


def _git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={repo}", *args], check=True, capture_output=True).stdout


def shingles(text: str, n: int = 4) -> Counter:
    """Word n-grams of a text with their counts (a text shorter than n is one shingle)."""
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def page_scores(true: str, pred: str) -> tuple[float, float, float]:
    """TP, FP, FN of shingles, normalised so that every page weighs the same."""
    a, b = shingles(true), shingles(pred)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summary(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    """Precision and recall averaged over pages, and F1 of the two averages."""
    p = statistics.mean(_precision(*s) for s in scores if s[0] + s[1] > 0)
    r = statistics.mean(_recall(*s) for s in scores if s[0] + s[2] > 0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=DEFAULT_REPO, help="git directory of the benchmark")
    parser.add_argument("--raw", action="store_true", help="score trafilatura's text before libyadesk's cleaning")
    parser.add_argument("--json", type=Path, help="write per-page scores here")
    args = parser.parse_args()

    from libyadesk.corpus import parse_document
    from libyadesk.webpages import read_html

    truth = json.loads(_git(args.repo, "show", "HEAD:ground-truth.json"))
    names = [n for n in _git(args.repo, "ls-tree", "--name-only", "HEAD", "html/").decode().split() if n.endswith(".html.gz")]
    scores, per_page, failed = [], {}, 0
    start = time.perf_counter()
    for name in names:
        key = Path(name).name.split(".")[0]
        data = gzip.decompress(_git(args.repo, "show", f"HEAD:{name}"))
        if args.raw:
            try:
                pred = read_html(data).text
            except ValueError:
                pred = ""
        else:
            doc, _ = parse_document(key, f"{key}.html", data)
            pred = doc.text if doc is not None else ""
        failed += not pred
        s = page_scores(truth[key].get("articleBody", ""), pred)
        scores.append(s)
        per_page[key] = s
    elapsed = time.perf_counter() - start
    result = summary(scores)
    print(f"{len(scores)} pages, {failed} without text, {elapsed:.1f} s (git reads included)")
    print("F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}".format(**result))
    if args.json:
        args.json.write_text(json.dumps({"summary": result, "pages": per_page}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
