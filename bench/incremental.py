"""Whole-process timings of a corpus's first build and of updates, against references timed in the same run.

Usage: `python bench/incremental.py [--articles 10000] [--folder DIR] [--timeout 900] [--first | --search-only]`

Generates a corpus (bench/generate.py) unless --folder is given, then times, each as a whole
`libyadesk` process under /usr/bin/time -v (wall seconds, CPU seconds of the process and its
workers, peak RSS):

1. the first `search`, `actor` and `timeline` on an empty cache (the full build);
2. a warm `search`;
3. adding, editing and removing one article, each followed by `search`, `actor` and `timeline`.

`--first` stops after step 1 (the first build), for comparing builds; `--search-only` after the
first `search` (the index build for search alone).

References timed in the same run, for ratios on a machine whose speed varies: `python -c pass`
(start-up), and a 20-line SQLite FTS5 script that indexes the same files and answers one query
(what the standard library's engine alone costs).  Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent

# `~word` looks a misspelled word up in the vocabulary (words one or two edits away, with
# rapidfuzz) and asks for any of them: the reference for libyadesk's typo matching.
FTS5_SCRIPT = r'''
import os, sqlite3, sys
root, query, db = sys.argv[1], sys.argv[2], sys.argv[3]
conn = sqlite3.connect(db)
if not conn.execute("SELECT 1 FROM sqlite_master WHERE name='t'").fetchone():
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(path UNINDEXED, body)")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".md"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    conn.execute("INSERT INTO t VALUES (?, ?)", (path, f.read()))
    conn.commit()
if query.startswith("~"):
    from rapidfuzz import process
    word = query[1:].lower()
    pool = [t for (t,) in conn.execute("SELECT term FROM v WHERE length(term) BETWEEN ? AND ?", (len(word) - 1, len(word) + 1))]
    query = " OR ".join(f'"{t}"' for t, _, _ in process.extract(word, pool, score_cutoff=80, limit=5)) or '""'
hits = conn.execute("SELECT path FROM t WHERE t MATCH ? ORDER BY rank LIMIT 10", (query,)).fetchall()
print(len(hits))
'''

NEW_ARTICLE = """---
title: Coast guard talks in Zuwara
source: Bench Wire
published: 2025-06-03
---
Rear Admiral Marco Casapieri met Colonel Ahmed Zuwai in Zuwara on Tuesday to discuss patrols.
Khalifa Haftar's spokesman said on Monday that Frontex would send observers in July 2025.
"""


def timed(args: list[str], env: dict, timeout: float) -> dict:
    """Wall seconds, CPU seconds, peak RSS (MB) and exit code of one process under /usr/bin/time -v."""
    done = subprocess.run(["/usr/bin/time", "-v", *args], env=env, capture_output=True, text=True, timeout=timeout)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    # CPU seconds of the process and the workers it waited for: what a busy machine does not inflate much.
    cpu = sum(float(m.group(1)) for m in re.finditer(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr))
    seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))) if wall else float("nan")
    return {"seconds": seconds, "cpu": cpu, "rss_mb": int(rss.group(1)) / 1024 if rss else float("nan"),
            "exit": done.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--folder", help="an existing corpus folder (default: generate one)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per process")
    parser.add_argument("--first", action="store_true", help="only the references and the first build")
    parser.add_argument("--search-only", action="store_true",
                        help="only the references and the first search (the index build for search)")
    options = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="libyadesk-incremental-"))
    try:
        if options.folder:
            corpus = scratch / "corpus"
            shutil.copytree(options.folder, corpus)
        else:
            corpus = scratch / "corpus"
            subprocess.run([sys.executable, str(BENCH / "generate.py"), str(corpus), "--articles", str(options.articles)],
                           check=True, stdout=subprocess.DEVNULL)
        env = {**os.environ, "LIBYADESK_CACHE_DIR": str(scratch / "cache"), "COLUMNS": "120"}
        env.pop("LIBYADESK_CORPUS", None)
        cli = [sys.executable, "-m", "libyadesk"]
        rows: list[tuple[str, dict]] = []

        def run(label: str, *args: str) -> None:
            result = timed([*cli, *args, "--corpus", str(corpus)], env, options.timeout)
            rows.append((label, result))
            print(json.dumps({"step": label, **result}), file=sys.stderr, flush=True)

        script = scratch / "fts5.py"
        script.write_text(FTS5_SCRIPT, encoding="utf-8")
        rows.append(("reference: python -c pass", timed([sys.executable, "-c", "pass"], env, 60)))
        rows.append(("reference: FTS5 script, build + query", timed([sys.executable, str(script), str(corpus), "haftar",
                                                                     str(scratch / "ref.db")], env, options.timeout)))
        rows.append(("reference: FTS5 script, warm query", timed([sys.executable, str(script), str(corpus), "haftar",
                                                                  str(scratch / "ref.db")], env, 60)))
        run("first search (builds the index)", "search", "Haftar")
        if options.search_only:
            report(rows, corpus)
            return
        run("first actor (actors layer)", "actor", "Haftar")
        run("first timeline (events layer)", "timeline", "--since", "2024", "--limit", "5")
        if options.first:
            report(rows, corpus)
            return
        run("warm search", "search", "Haftar")
        run("warm actor", "actor", "Haftar")
        run("warm timeline --since 2024", "timeline", "--since", "2024", "--limit", "5")
        added = corpus / "zz-bench-added.md"
        added.write_text(NEW_ARTICLE, encoding="utf-8")
        run("add one: search", "search", "Casapieri")
        run("add one: actor", "actor", "Haftar")
        run("add one: timeline", "timeline", "--since", "2024", "--limit", "5")
        added.write_text(NEW_ARTICLE.replace("Tuesday", "Wednesday").replace("July 2025", "August 2025"), encoding="utf-8")
        run("edit one: search", "search", "Casapieri")
        run("edit one: actor", "actor", "Haftar")
        run("edit one: timeline", "timeline", "--since", "2024", "--limit", "5")
        added.unlink()
        run("remove one: search", "search", "Casapieri")
        run("remove one: actor", "actor", "Haftar")
        run("remove one: timeline", "timeline", "--since", "2024", "--limit", "5")
        report(rows, corpus)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def report(rows: list[tuple[str, dict]], corpus: Path) -> None:
    """Print the timings as a Markdown table, with the load average they were taken at."""
    start = rows[0][1]["seconds"]
    count = sum(1 for _ in corpus.rglob("*.md"))
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n{count} articles; python -c pass = {start:.2f} s; load average at the end {load}\n")
    print("| step | wall s | CPU s | × python start-up | peak RSS MB | exit |")
    print("|---|---|---|---|---|---|")
    for label, r in rows:
        # A start-up below the timer's resolution (0.00 s on a fast machine) gives no ratio.
        ratio = f"{r['seconds'] / start:.0f}" if start > 0 else "—"
        print(f"| {label} | {r['seconds']:.2f} | {r['cpu']:.2f} | {ratio} | {r['rss_mb']:.0f} | {r['exit']} |")


if __name__ == "__main__":
    main()
