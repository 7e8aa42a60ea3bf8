"""Precision@k and recall of search against tests/gold/search.json (the bundled corpus).

Run from anywhere: `python bench/eval_search.py`.  For each query: precision at k (k = the
number of relevant documents, i.e. R-precision), precision at 3, recall over the first 10
hits, whether the judged best document ranks first, and for queries with no relevant
document whether nothing was returned.  Averages per kind of query and overall.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from libyadesk.corpus import bundled_corpus_path, load_corpus  # noqa: E402
from libyadesk.index import build_index  # noqa: E402
from libyadesk.search import SearchOptions, search  # noqa: E402


def evaluate() -> dict:
    """Run every gold query; return per-query rows and averages."""
    gold = json.loads((ROOT / "tests" / "gold" / "search.json").read_text(encoding="utf-8"))
    key_of = {doc_id: key for key, doc_id in gold["docs"].items()}
    index = build_index(load_corpus(bundled_corpus_path()).documents)
    rows = []
    for q in gold["queries"]:
        _, hits = search(index, q["query"], SearchOptions(limit=10))
        got = [key_of.get(h.doc, h.doc) for h in hits]
        relevant = set(q["relevant"])
        k = len(relevant)
        row = {"query": q["query"], "kind": q["kind"], "got": got, "relevant": sorted(relevant)}
        if k:
            row["r_precision"] = len(set(got[:k]) & relevant) / k
            row["p_at_3"] = len(set(got[:3]) & relevant) / min(3, max(len(got[:3]), 1)) if got else 0.0
            row["recall"] = len(set(got) & relevant) / k
            if "best" in q:
                row["best_first"] = bool(got) and got[0] == q["best"]
        else:
            row["empty"] = not got
        rows.append(row)

    def mean(name: str, subset=None) -> float | None:
        values = [r[name] for r in (subset or rows) if name in r]
        return sum(values) / len(values) if values else None

    by_kind = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    return {
        "rows": rows,
        "overall": {n: mean(n) for n in ("r_precision", "p_at_3", "recall", "best_first", "empty")},
        "kinds": {kind: {n: mean(n, rs) for n in ("r_precision", "recall", "empty")} for kind, rs in by_kind.items()},
    }


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def main() -> None:
    r = evaluate()
    print(f"{'query':<24} {'kind':<12} {'R-prec':>6} {'recall':>6}  got")
    for row in r["rows"]:
        print(f"{row['query']:<24} {row['kind']:<12} {_fmt(row.get('r_precision', row.get('empty'))):>6} "
              f"{_fmt(row.get('recall')):>6}  {' '.join(row['got']) or '(nothing)'}")
    print()
    for kind, figures in r["kinds"].items():
        print(f"{kind:<14} R-precision {_fmt(figures['r_precision'])}  recall {_fmt(figures['recall'])}  empty-when-expected {_fmt(figures['empty'])}")
    o = r["overall"]
    print(f"\noverall: R-precision {_fmt(o['r_precision'])}, P@3 {_fmt(o['p_at_3'])}, recall@10 {_fmt(o['recall'])}, "
          f"best document first {_fmt(o['best_first'])}, nothing returned when nothing is relevant {_fmt(o['empty'])}")


if __name__ == "__main__":
    main()
