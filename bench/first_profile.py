"""Where a first `actor` spends its CPU, by stage, in one process under cProfile.

Usage: `python bench/first_profile.py CORPUS [--out FILE.prof] [--plain]`

Copies CORPUS to a temporary folder, builds its search index (the first `search`), then runs
the first `actor` (discovery, mentions, dates, events' actors, merging, save) with
`parallel.workers` set to 1, so every per-document pass and every bucket merge runs in this
process, and prints each stage's CPU seconds (cProfile's cumulative time of the stage's
function) and share.  cProfile inflates call-heavy Python about 2x: read the shares.
`--plain` runs without the profiler and prints the CPU seconds of the call alone.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import tempfile
import time
from pathlib import Path

# (label, module file, function): each stage's cumulative time; indented ones are inside the one above.
STAGES = [
    ("documents read back from the index", "index.py", "_read_doc"),
    ("sentences made from stored spans", "index.py", "doc_sentences"),
    ("discovery", "actors.py", "_discover_in"),
    ("  tokens (discovery and mentions)", "actors.py", "_doc_tokens"),
    ("  registry spans", "actors.py", "_registry_spans"),
    ("mention matching", "actors.py", "_mentions_in"),
    ("  _match", "actors.py", "_match"),
    ("  non-prose", "prose.py", "not_prose"),
    ("  quotes", "actors.py", "attribute_quotes"),
    ("per-document timeline (dates and kinds)", "timeline.py", "_dated_in"),
    ("  date tagging", "dates.py", "extract_dates"),
    ("  dated_clauses", "timeline.py", "dated_clauses"),
    ("  content words", "timeline.py", "_content"),
    ("participants / event actors", "timeline.py", "_prepared_riding"),
    ("  participants", "actors.py", "participants"),
    ("  _compared", "timeline.py", "_compared"),
    ("merging discovered actors (with the discovery pass it consumes)", "actors.py", "_merge_discovered"),
    ("merging the date buckets", "timeline.py", "_merge_all"),
    ("  _merge_texts", "timeline.py", "_merge_texts"),
    ("  same_event", "timeline.py", "same_event"),
    ("JSON encoding", "codec.py", "encode"),
    ("JSON decoding", "codec.py", "decode"),
    ("staging rows", "index.py", "_stage"),
    ("the save", "desk.py", "close"),
]


def stage_table(stats: pstats.Stats) -> list[tuple[str, float, float, int]]:
    """(label, CPU seconds, share of the whole, calls) of each stage, from a profile of the call."""
    table = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    out = []
    for label, module, name in STAGES:
        seconds = sum(v[3] for k, v in table.items() if k[2] == name and k[0].endswith(module))
        calls = sum(v[1] for k, v in table.items() if k[2] == name and k[0].endswith(module))
        out.append((label, seconds, seconds / total if total else 0.0, calls))
    return [("whole first actor", total, 1.0, 1), *out]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--out", help="also write the profile here")
    parser.add_argument("--plain", action="store_true", help="no profiler: the CPU seconds of the call alone")
    options = parser.parse_args()
    from libyadesk import Desk, parallel

    scratch = Path(tempfile.mkdtemp(prefix="libyadesk-profile-"))
    try:
        corpus = scratch / "corpus"
        shutil.copytree(options.corpus, corpus)
        with Desk.open(corpus=corpus, cache=scratch / "cache") as desk:
            desk.search("Haftar")
        parallel.workers = lambda: 1  # type: ignore[assignment]
        profile = None if options.plain else cProfile.Profile(time.process_time)  # CPU, not wall: the machine may be shared
        start = time.process_time()
        if profile is not None:
            profile.enable()
        with Desk.open(corpus=corpus, cache=scratch / "cache") as desk:
            desk.actor("Haftar")
        if profile is not None:
            profile.disable()
        print(f"first actor, one process: {time.process_time() - start:.1f} CPU-s")
        if profile is not None:
            if options.out:
                profile.dump_stats(options.out)
            print("| stage | CPU-s under cProfile | share | calls |\n|---|---|---|---|")
            for label, seconds, share, calls in stage_table(pstats.Stats(profile)):
                print(f"| {label} | {seconds:.1f} | {100 * share:.1f}% | {calls} |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
