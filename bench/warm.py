"""Warm calls on a large corpus, whole processes, against a 20-line FTS5 script timed on the same files in the same run.

Usage: `python bench/warm.py CORPUS_DIR --cache DIR [--runs 5] [--timeout 3600] [--actor] [--change]`
(make CORPUS_DIR with `python bench/generate.py DIR --articles 100000`; the cache folder is
kept, so a second run measures warm calls only).

Steps, each a whole process under /usr/bin/time -v (wall seconds, peak RSS):

1. references: `python -c pass`; the FTS5 script of bench/incremental.py building its table
   (once, kept in the cache folder), then answering each query as a fresh process;
2. the first `libyadesk search` (builds the index, unless the cache folder holds it);
3. each query warm, `--runs` times: a rare word (the first alphabetically of the words in
   fewest documents, letters only, 7 or more), two words, a phrase and a misspelled name
   (`~word` makes the script look the word up in its fts5vocab table with rapidfuzz, as
   libyadesk's typo expansion does);
4. with `--actor`: the first `actor Haftar` (builds the actor and timeline layers), then warm
   `actor Haftar` and `timeline --since 2024`;
5. with `--change`: one article added, then `search`; removed, then `search`.

Prints a Markdown table: median and fastest wall time, median CPU time (user + system), peak
RSS, the medians' ratios (wall and CPU) to the script's answer to the same query, and the
load average at the start and the end. On a loaded machine the CPU ratio is the steadier one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from engines import rare_word  # noqa: E402
from incremental import FTS5_SCRIPT, NEW_ARTICLE, timed  # noqa: E402

QUERIES = [("two words", "Haftar Benghazi", "haftar benghazi"),
           ("a phrase", '"border security"', '"border security"'),
           ("a misspelled name", "Lukashenkko", "~Lukashenkko")]


def load() -> str:
    """The load averages (1, 5, 15 minutes)."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, required=True, help="folder for libyadesk's cache and the script's table")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per process")
    parser.add_argument("--actor", action="store_true", help="also the actor layer: first and warm actor, timeline")
    parser.add_argument("--change", action="store_true", help="also add one article, search, remove it, search")
    options = parser.parse_args()
    options.cache.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIBYADESK_")}
    env.update(LIBYADESK_CACHE_DIR=str(options.cache / "libyadesk"), COLUMNS="120")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode compiled
    script = options.cache / "fts5.py"
    script.write_text(FTS5_SCRIPT, encoding="utf-8")
    reference_db = options.cache / "fts5.db"
    cli = [sys.executable, "-m", "libyadesk"]
    started = load()
    rows: list[tuple[str, list[dict], list[dict] | None]] = []

    def step(label: str, argv: list[str], runs: int = 1, reference: list[dict] | None = None) -> list[dict]:
        results = [timed(argv, env, options.timeout) for _ in range(runs)]
        rows.append((label, results, reference))
        print(json.dumps({"step": label, "load": load(), "runs": results}), file=sys.stderr, flush=True)
        return results

    def median(results: list[dict], key: str = "seconds") -> float:
        return statistics.median(r[key] for r in results)

    step("reference: python -c pass", [sys.executable, "-c", "pass"], options.runs)
    if not reference_db.exists():
        step("reference: FTS5 script, build its table + query", [sys.executable, str(script), str(options.corpus),
                                                                 "haftar", str(reference_db)])
    rare = rare_word(reference_db, vocabulary="v")
    queries = [(f"a rare word ({rare})", rare, rare), *QUERIES]
    references = {}
    for label, _, fts_query in queries:
        results = step(f"reference: FTS5 script, {label}", [sys.executable, str(script), str(options.corpus),
                                                            fts_query, str(reference_db)], options.runs)
        references[label] = results
    step("first search (builds the index unless cached)", [*cli, "search", "Haftar", "--corpus", str(options.corpus)])
    for label, query, _ in queries:
        step(f"warm search: {label}", [*cli, "search", query, "--corpus", str(options.corpus)], options.runs,
             references[label])
    if options.actor:
        step("first actor Haftar (actor and timeline layers)", [*cli, "actor", "Haftar", "--corpus", str(options.corpus)])
        step("warm actor Haftar", [*cli, "actor", "Haftar", "--corpus", str(options.corpus)], options.runs)
        step("warm timeline --since 2024", [*cli, "timeline", "--since", "2024", "--limit", "20", "--corpus",
                                            str(options.corpus)], options.runs)
    if options.change:
        added = options.corpus / "zz-bench-added.md"
        added.write_text(NEW_ARTICLE, encoding="utf-8")
        try:
            step("add one article: search", [*cli, "search", "Casapieri", "--corpus", str(options.corpus)])
        finally:
            added.unlink()
        step("remove it: search", [*cli, "search", "Casapieri", "--corpus", str(options.corpus)])
    count = sum(1 for _ in options.corpus.rglob("*.md"))
    print(f"\n{count:,} articles; load average (1, 5, 15 min) {started} at the start, {load()} at the end\n")
    print("| step | median s | fastest s | median CPU s | × the script (wall) | × the script (CPU) | peak RSS MB | exit |")
    print("|---|---|---|---|---|---|---|---|")
    for label, results, reference in rows:
        ratio = f"{median(results) / median(reference):.1f}" if reference else ""
        cpu_ratio = f"{median(results, 'cpu') / max(median(reference, 'cpu'), 0.001):.1f}" if reference else ""
        print(f"| {label} | {median(results):.2f} | {min(r['seconds'] for r in results):.2f} | "
              f"{median(results, 'cpu'):.2f} | {ratio} | {cpu_ratio} | "
              f"{max(r['rss_mb'] for r in results):.0f} | {','.join(sorted({str(r['exit']) for r in results}))} |")


if __name__ == "__main__":
    main()
