"""Where a first `search` spends its CPU: one process, every stage's CPU seconds summed.

Usage: `python bench/search_stages.py CORPUS_DIR [--query Frontex]`

Runs `libyadesk search QUERY --corpus CORPUS_DIR` in this process on an empty temporary cache,
pinned to one core (so `parallel.workers()` is 1 and every per-document stage runs here), with
the functions of each stage wrapped to add up their `time.process_time`.  Stages nest (the
parse includes the reading and the cleaning); the table says which.  Prints a Markdown table:
CPU seconds and share of the process's CPU (user + system, from `resource`).  A wrapped call
costs about a microsecond, so the shares are of a process a few per cent slower than a plain one.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import time

STAGES = [  # (module, function, label); the labels say what includes what
    ("libyadesk.corpus", "read_article", "reading files (read_article, in parse)"),
    ("libyadesk.corpus", "_clean_body", "cleaning: boilerplate lines, title, dateline (_clean_body, in parse)"),
    ("libyadesk.corpus", "_parse_document", "parse: decode, front matter, cleaning (_parse_document)"),
    ("libyadesk.index", "index_document", "sentence splitting (index_document)"),
    ("libyadesk.fts", "engine_columns", "FTS5 columns and capitalised terms (engine_columns)"),
    ("libyadesk.index", "encode", "row JSON: Document and spans (index.encode)"),
    ("libyadesk.fts", "insert_rows", "FTS5 and caps inserts (fts.insert_rows)"),
    ("libyadesk.store", "Database.insert", "other tables' inserts: docs, files, terms (Database.insert)"),
    ("libyadesk.fts", "written", "terms table from fts5vocab scans (fts.written)"),
    ("libyadesk.fts", "finish", "stem table and optimize (fts.finish)"),
    ("libyadesk.cache", "build", "the index build, all of the above and the rest (cache.build)"),
    ("libyadesk.search", "search", "the search: variant layers, expansion, ranking, snippets (search.search)"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--query", default="Frontex")
    options = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one worker: everything in this process
    spent: dict[str, float] = {}
    import importlib

    for module_name, name, label in STAGES:
        owner = importlib.import_module(module_name)
        if "." in name:
            owner_name, name = name.split(".")
            owner = getattr(owner, owner_name)
        _wrap(owner, name, label, spent)
    with tempfile.TemporaryDirectory() as cache:
        os.chmod(cache, 0o700)
        os.environ["LIBYADESK_CACHE_DIR"] = cache
        from libyadesk import shell

        sys.argv = ["libyadesk", "search", options.query, "--corpus", options.corpus]
        saved = sys.stdout
        sys.stdout = open(os.devnull, "w")
        try:
            shell.main()
        except SystemExit:
            pass
        finally:
            sys.stdout.close()
            sys.stdout = saved
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    print(f"process CPU {total:.2f} s (user {usage.ru_utime:.2f}, system {usage.ru_stime:.2f}); "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    print("| stage | CPU s | share |")
    print("|---|---|---|")
    for _, _, label in STAGES:
        print(f"| {label} | {spent.get(label, 0.0):.2f} | {100 * spent.get(label, 0.0) / total:.0f}% |")


def _wrap(owner: object, name: str, label: str, spent: dict[str, float]) -> None:
    """Replace owner.name by a function adding its CPU time to spent[label] (nested calls of itself counted once)."""
    original = getattr(owner, name)
    depth = [0]

    @functools.wraps(original)
    def timed(*args, **kwargs):
        depth[0] += 1
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            depth[0] -= 1
            if not depth[0]:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started

    setattr(owner, name, timed)


if __name__ == "__main__":
    main()
