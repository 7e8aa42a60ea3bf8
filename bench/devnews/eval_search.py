"""Score `libyadesk search --json` on one devnews half against the hand-graded search gold.

    python bench/devnews/eval_search.py test [--libyadesk PATH] [--json] [--details]

The half is written as a temporary corpus (materialize.make_corpus) and every query of
gold/search_HALF.json runs through the given libyadesk executable (default: the one on PATH, so
any commit's venv can be measured) as `search QUERY --json --limit 10 --corpus DIR`, with an index
cache of its own in the temporary folder.  nDCG@5 and recall@10 are defined in
gold/README_search_actors.md ("Measures").  Only document ids and grades are printed, never text.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import materialize as m  # noqa: E402

GOLD = HERE / "gold"
TIMEOUT = 600  # seconds per query; the first one builds the index
LIMIT = 10


def load_gold(half: str) -> dict:
    """The search gold of a half."""
    path = GOLD / f"search_{half}.json"
    if not path.exists():
        sys.exit(f"eval_search: no gold for the {half} half ({path.relative_to(HERE)})")
    return json.loads(path.read_text(encoding="utf-8"))


def ranked(hits: list, known: set[str]) -> list[str]:
    """Document ids in rank order: each hit's doc, then any grouped copies it carries, no repeats."""
    out: list[str] = []

    def add(doc: object) -> None:
        if isinstance(doc, str) and doc not in out:
            out.append(doc)

    for hit in hits:
        add(hit.get("doc") if isinstance(hit, dict) else hit)
        if not isinstance(hit, dict):
            continue
        # Grouped syndicated copies may come under any list-valued key (new keys are allowed).
        for key, value in hit.items():
            if key in ("doc", "matched") or not isinstance(value, list):
                continue
            for item in value:
                doc = item.get("doc") if isinstance(item, dict) else item
                if isinstance(doc, str) and doc in known:
                    add(doc)
    return out


def run_queries(half: str, exe: str, queries: list[dict], known: set[str]) -> dict[str, dict]:
    """Each query's ranked documents, exit code and error line, from a fresh temporary corpus."""
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix=f"devnews-{half}-") as tmp:
        corpus = m.make_corpus(half, Path(tmp) / "corpus")
        env = dict(os.environ, LIBYADESK_CACHE_DIR=str(Path(tmp) / "cache"), COLUMNS="200")
        for q in queries:
            cmd = [exe, "search", q["query"], "--json", "--limit", str(LIMIT), "--corpus", str(corpus)]
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, env=env)
            docs: list[str] = []
            error = ""
            if proc.returncode in (0, 1) and proc.stdout.strip():
                docs = ranked(json.loads(proc.stdout).get("hits", []), known)
            elif proc.returncode not in (0, 1):
                error = (proc.stderr.strip().splitlines() or [""])[-1][:200]
            results[q["id"]] = {"docs": docs, "exit": proc.returncode, "error": error}
    return results


def dcg(grades: list[int]) -> float:
    """Discounted cumulative gain with the exponential gain 2^grade - 1."""
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def score(q: dict, docs: list[str]) -> dict:
    """nDCG@5 and recall@10 of one query's ranked documents."""
    rel = q["relevant"]
    ideal = dcg(sorted(rel.values(), reverse=True)[:5])
    got = dcg([rel.get(d, 0) for d in docs[:5]])
    found = [d for d in docs[:LIMIT] if rel.get(d, 0) >= 1]
    wanted = min(LIMIT, len(rel))
    return {
        "ndcg5": got / ideal if ideal else None,
        "found": len(found),
        "wanted": wanted,
        "recall10": len(found) / wanted if wanted else None,
        "relevant": len(rel),
        "missed": sorted(d for d in rel if d not in docs[:LIMIT]),
        "top5": [[d, rel.get(d, 0)] for d in docs[:5]],
    }


def short(doc: str) -> str:
    """The number that starts a devnews document id."""
    return doc.split("_", 1)[0]


def main() -> None:
    """Run the queries, print per-query and overall figures."""
    args = m.arguments(__doc__, "also list the top five and the missed documents")

    gold = load_gold(args.half)
    known = set(gold["documents"])
    results = run_queries(args.half, args.libyadesk, gold["queries"], known)
    rows = []
    for q in gold["queries"]:
        r = results[q["id"]]
        s = score(q, r["docs"])
        rows.append({"id": q["id"], "query": q["query"], "exit": r["exit"], "error": r["error"], "hits": len(r["docs"]), **s})
    scored = [r for r in rows if r["ndcg5"] is not None]
    found = sum(r["found"] for r in scored)
    wanted = sum(r["wanted"] for r in scored)
    overall = {
        "half": args.half,
        "queries": len(scored),
        "ndcg5": sum(r["ndcg5"] for r in scored) / len(scored),
        "recall10": found / wanted,
        "recall10_found": found,
        "recall10_total": wanted,
        "recall10_mean": sum(r["recall10"] for r in scored) / len(scored),
        "relevant_never_in_top10": sum(len(r["missed"]) for r in scored),
        "relevant_total": sum(r["relevant"] for r in scored),
        "queries_without_hits": sum(1 for r in scored if r["hits"] == 0),
        "queries_with_errors": sum(1 for r in scored if r["error"]),
    }
    if args.json:
        print(json.dumps({"overall": overall, "queries": rows}, ensure_ascii=False, indent=1))
        return
    print(f"search on the devnews {args.half} half ({len(known)} documents), {args.libyadesk}")
    print(f"{'id':4} {'query':36} {'hits':>4} {'nDCG@5':>7} {'recall@10':>10}")
    for r in rows:
        ndcg = "-" if r["ndcg5"] is None else f"{r['ndcg5']:.3f}"
        line = f"{r['id']:4} {r['query'][:36]:36} {r['hits']:4} {ndcg:>7} {r['found']:>4}/{r['wanted']:<3} "
        if r["error"]:
            line += f"  error: {r['error']}"
        print(line.rstrip())
        if args.details:
            print("       top5:", " ".join(f"{short(d)}={g}" for d, g in r["top5"]) or "-")
            if r["missed"]:
                print("       missed:", " ".join(short(d) for d in r["missed"]))
    print(
        f"overall over {overall['queries']} queries: nDCG@5 {overall['ndcg5']:.3f}; "
        f"recall@10 {overall['recall10']:.3f} ({found}/{wanted} relevant found in the top 10; "
        f"mean per query {overall['recall10_mean']:.3f}); "
        f"{overall['queries_without_hits']} queries without hits, {overall['queries_with_errors']} with errors"
    )


if __name__ == "__main__":
    main()
