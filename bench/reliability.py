"""The reliability failures of issue 15, run many times, with the counts of each outcome.

Usage: `python bench/reliability.py [--kills 20] [--flips 50] [--articles 300]`

On a generated corpus (bench/generate.py), each whole `libyadesk` process:

- **kill -9** during each phase (first build, actor layer, timeline layer, an update after an
  added file), at a random moment, `--kills` times per phase; then a `search` must exit 0
  with the same hits as a fresh build, and no temporary file may be left;
- **flipped bytes**: `--flips` times, three random bits of the cache file flipped; the next
  `search` must exit 0 with the right hits (maybe after a warning) or exit 2 saying the file
  is damaged, and the call after it must answer right — never a traceback, never wrong hits;
- **pickle payload**: every value column and a file beside the index hold a pickle that
  creates a file when loaded; the calls must answer and nothing may be created;
- **cache clear while calls run**: four processes searching in a loop while `cache clear`
  runs in another; every search must answer right;
- **same size, same mtime**: a file rewritten keeping both; the next search must see it.

Prints one line per check with its counts; exits 1 if any outcome was wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


class Payload:
    """A pickle that creates a file when it is loaded."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--flips", type=int, default=50)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=15)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    scratch = Path(tempfile.mkdtemp(prefix="libyadesk-reliability-"))
    corpus, cache = scratch / "corpus", scratch / "cache"
    subprocess.run([sys.executable, str(BENCH / "generate.py"), str(corpus), "--articles", str(options.articles)],
                   check=True, stdout=subprocess.DEVNULL)
    env = {**os.environ, "LIBYADESK_CACHE_DIR": str(cache)}
    env.pop("LIBYADESK_CORPUS", None)
    bad = 0

    def call(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "libyadesk", *args, "--corpus", str(corpus)], env=env,
                              capture_output=True, text=True, timeout=timeout)

    def hits() -> tuple[int, list[str] | None, str]:
        done = call("search", "Haftar Frontex", "--json", "--limit", "20")
        docs = [h["doc"] for h in json.loads(done.stdout)["hits"]] if done.returncode == 0 else None
        return done.returncode, docs, done.stderr

    fresh = call("search", "Haftar Frontex", "--json", "--limit", "20", "--no-cache")
    expected = [h["doc"] for h in json.loads(fresh.stdout)["hits"]]

    def report(name: str, counts: dict, wrong: int) -> None:
        nonlocal bad
        bad += wrong
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; wrong or traceback {wrong}",
              flush=True)

    # Phase durations, to kill inside each: measured once.
    phases: list[tuple[str, list[str], callable]] = []

    def clear() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    def warm_index() -> None:
        clear()
        call("search", "Haftar")

    def warm_actors() -> None:
        warm_index()
        call("actor", "Haftar")

    def added_file() -> None:
        warm_actors()
        call("timeline", "--limit", "1")
        (corpus / "zz-added.md").write_text(f"---\ntitle: Added {rng.random()}\npublished: 2025-06-01\n---\n"
                                            "Rear Admiral Marco Casapieri met Haftar in Benghazi on Monday.\n",
                                            encoding="utf-8")

    phases = [("first build", ["search", "Haftar"], clear), ("actor layer", ["actor", "Haftar"], warm_index),
              ("timeline layer", ["timeline", "--limit", "1"], warm_actors),
              ("update after an added file", ["timeline", "--limit", "1"], added_file)]
    for name, args, prepare in phases:
        # Prepared once, then restored from a copy before each kill: the same state, cheaply.
        prepare()
        snapshot = scratch / "snapshot"
        shutil.rmtree(snapshot, ignore_errors=True)
        if cache.exists():
            shutil.copytree(cache, snapshot)

        def restore() -> None:
            clear()
            if snapshot.exists():
                shutil.copytree(snapshot, cache)

        started = time.monotonic()
        call(*args)
        length = time.monotonic() - started
        counts = {"killed": 0, "finished first": 0, "next call right": 0}
        wrong = 0
        for _ in range(options.kills):
            restore()
            process = subprocess.Popen([sys.executable, "-m", "libyadesk", *args, "--corpus", str(corpus)], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                process.wait(timeout=rng.uniform(0.05, length))
                counts["finished first"] += 1
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
                counts["killed"] += 1
            code, docs, _ = hits()
            if code == 0 and docs == expected:
                counts["next call right"] += 1
            else:
                wrong += 1
            if list(cache.glob(".tmp-*")):
                wrong += 1
        (corpus / "zz-added.md").unlink(missing_ok=True)
        report(f"kill -9 during {name} (x{options.kills}, phase {length:.1f} s)", counts, wrong)

    warm_actors()
    counts = {"right, nothing said": 0, "right, mended with a warning": 0, "exit 2 'damaged', next call right": 0}
    wrong = 0
    for _ in range(options.flips):
        (path,) = cache.glob("libyadesk-*.sqlite")
        data = bytearray(path.read_bytes())
        for _ in range(3):
            data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        code, docs, stderr = hits()
        if "internal error" in stderr or "Traceback" in stderr:
            wrong += 1
        elif code == 0 and docs == expected:
            counts["right, mended with a warning" if "warning" in stderr else "right, nothing said"] += 1
        elif code == 2 and "damaged" in stderr and hits()[1] == expected:
            counts["exit 2 'damaged', next call right"] += 1
        else:
            wrong += 1
    report(f"flipped bytes (x{options.flips}, 3 bits each)", counts, wrong)

    warm_actors()
    call("timeline", "--limit", "1")
    marker = scratch / "pwned"
    payload = pickle.dumps(Payload(str(marker)))
    (path,) = cache.glob("libyadesk-*.sqlite")
    connection = sqlite3.connect(path)
    with connection:
        for table, column in (("meta", "v"), ("docs", "doc"), ("layers", "v"), ("keyed", "v"), ("doc_rows", "v")):
            connection.execute(f"UPDATE {table} SET {column} = ?", (payload,))
    connection.close()
    (cache / "libyadesk-0-1.pickle").write_bytes(payload)
    answers = [call(*a).returncode for a in (["search", "Haftar"], ["actor", "Haftar"], ["timeline", "--limit", "1"])]
    code, docs, _ = hits()
    report("pickle payload in every value column", {"calls answering": sum(c == 0 for c in answers) + (code == 0),
                                                     "code run": int(marker.exists())},
           int(marker.exists()) + (docs != expected))

    searchers = [subprocess.Popen([sys.executable, "-c", f"""
import json, subprocess, sys
bad = 0
for _ in range(8):
    done = subprocess.run([sys.executable, "-m", "libyadesk", "search", "Haftar Frontex", "--json", "--limit", "20",
                           "--corpus", {str(corpus)!r}], capture_output=True, text=True)
    bad += done.returncode != 0 or [h["doc"] for h in json.loads(done.stdout)["hits"]] != {expected!r}
print(bad)
"""], env=env, stdout=subprocess.PIPE, text=True) for _ in range(4)]
    clears = 0
    while any(p.poll() is None for p in searchers):
        subprocess.run([sys.executable, "-m", "libyadesk", "cache", "clear"], env=env, capture_output=True)
        clears += 1
    failed = sum(int(p.stdout.read().strip() or 1) for p in searchers)
    report("cache clear while 4 processes search (8 each)", {"clears": clears, "searches": 32}, failed)

    path = sorted(corpus.rglob("*.md"))[0]
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    call("search", "Haftar")
    word = "Zquxbenchword"
    edited = text.replace("Libya", word[:5], 1) if "Libya" in text else text
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    same = path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    done = call("search", word[:5], "--ids")
    seen = path.stem in done.stdout.split() or path.relative_to(corpus).with_suffix("").as_posix() in done.stdout
    report("edit keeping size and mtime", {"size and mtime kept": int(same), "seen": int(seen)}, int(not seen))
    shutil.rmtree(scratch, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
