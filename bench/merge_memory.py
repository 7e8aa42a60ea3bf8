"""A first `actor` with the timeline's bucket merge logged: per bucket, what it held and what its worker's memory did.

Usage: `python bench/merge_memory.py CORPUS LOG [ACTOR]` (run it under `/usr/bin/time -v`, with
LIBYADESK_CACHE_DIR set to a cache folder of your own; Linux: reads /proc).

Wraps, from outside the library, `timeline._merge_texts` (the work a worker does per merge unit)
and `parallel.map_few` (the parent's loop over them).  Each worker appends one line per unit to
LOG: events, characters of JSON received, rows, events compared, candidate rows compared, its
resident MB before and after, its peak (ru_maxrss), the MB of its returned JSON and the sha256
of its rows, actor rows and trace (the first 16 hex digits); with MERGE_MEMORY_TRACE=1 also the
tracemalloc peak of the unit (what the merge allocated at most, whatever else the worker holds).  The parent
appends its own resident and peak MB as each result arrives.  Nothing in the library prints.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import sys
import time
import tracemalloc


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _private_mb() -> float:
    """Pages of this process alone (Private_Clean + Private_Dirty): a forked worker's RSS also
    counts the pages it still shares with the parent."""
    total = 0
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith(("Private_Clean:", "Private_Dirty:")):
                total += int(line.split()[1])
    return total / 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    corpus, log = sys.argv[1], sys.argv[2]
    actor = sys.argv[3] if len(sys.argv) > 3 else "Haftar"
    # With MERGE_MEMORY_TRACE=1 each unit also runs under tracemalloc (slower): the peak of
    # what it allocated, from its own start, in MB.
    traced_memory = os.environ.get("MERGE_MEMORY_TRACE") == "1"
    from libyadesk import Desk, parallel, timeline

    def write(record: dict) -> None:
        with open(log, "a") as f:
            f.write(json.dumps(record) + "\n")

    original_merge = timeline._merge_traced
    original_texts = timeline._merge_texts
    seen: dict = {}

    def traced(*args, **kwargs):
        done = original_merge(*args, **kwargs)
        seen.update(rows=len(done.rows), compared=done.compared, rows_compared=done.rows_compared)
        return done

    def merge_texts(texts, *rest):
        before = _rss_mb()
        # Counted before merging: the worker drops each text once it is decoded (timeline.Encoded).
        events = len(texts) if isinstance(texts, list) else None
        received = round(sum(len(t) for t in texts) / 2**20, 1) if isinstance(texts, list) else None
        if traced_memory:
            tracemalloc.start()
        start = time.process_time()
        out = original_texts(texts, *rest)
        cpu = time.process_time() - start
        held = tracemalloc.get_traced_memory()[1] / 2**20 if traced_memory else None
        if traced_memory:
            tracemalloc.stop()
        size = len(out[0]) + sum(len(t) for _, t, _ in out[1]) + len(out[3])
        seen["rows"] = len(json.loads(out[0]))  # a worker that streams its rows returns no Merged.rows
        write({"who": "worker", "pid": os.getpid(), "events": events, "json_mb": received,
               **seen, "rss_before": round(before), "rss_after": round(_rss_mb()), "private_after": round(_private_mb()),
               "peak": round(_peak_mb()),
               "returned_mb": round(size / 2**20, 1), "cpu": round(cpu, 1), "traced_peak_mb": held and round(held, 1),
               # what it returned, to compare two versions of the merge: rows, actor rows, trace
               "sha256": [hashlib.sha256(out[0].encode()).hexdigest()[:16],
                          hashlib.sha256(json.dumps(out[1]).encode()).hexdigest()[:16],
                          hashlib.sha256(out[3].encode()).hexdigest()[:16]]})
        return out

    original_few = parallel.map_few

    def map_few(work, items, count, minimum=None):
        write({"who": "parent", "phase": "merge start", "units": count, "rss": round(_rss_mb()), "peak": round(_peak_mb()),
               "t": round(time.time())})
        for n, result in enumerate(original_few(work, items, count, minimum), 1):
            write({"who": "parent", "unit": n, "rss": round(_rss_mb()), "private": round(_private_mb()), "peak": round(_peak_mb())})
            yield result
        write({"who": "parent", "phase": "merge end", "rss": round(_rss_mb()), "peak": round(_peak_mb()), "t": round(time.time())})

    timeline._merge_traced = traced
    timeline._merge_texts = merge_texts
    parallel.map_few = map_few
    write({"who": "parent", "phase": "start", "t": round(time.time())})
    with Desk.open(corpus=corpus) as desk:
        profile = desk.actor(actor)
        write({"who": "parent", "phase": "done", "rss": round(_rss_mb()), "peak": round(_peak_mb()), "t": round(time.time()),
               "actor": getattr(profile, "id", None)})


if __name__ == "__main__":
    main()
