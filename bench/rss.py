"""Run a command and log, every few seconds, the resident memory of it and of every process it started.

Usage: `python bench/rss.py SECONDS LOG -- COMMAND...` (Linux: reads /proc).

Each line: seconds since the start, the load average, the largest process of the tree (the
libyadesk parent when the command is `/usr/bin/time -v timeout ... python -m libyadesk ...`),
the others (its workers) in MB, and their sum; the last line gives the peaks.  What
/usr/bin/time reports is the parent's peak only: forked workers are counted here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def tree(root: int) -> dict[int, int]:
    """pid -> resident MB of `root` and every process below it."""
    procs: dict[int, tuple[int, int]] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{name}/statm") as f:
                rss = int(f.read().split()[1]) * page // 2**20
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
        procs[int(name)] = (ppid, rss)
    out = {}
    for pid, (_, rss) in procs.items():
        up = pid
        while up in procs and up != root:
            up = procs[up][0]
        if up == root:
            out[pid] = rss
    return out


def main(argv: list[str]) -> int:
    """Run the command after `--`, logging the memory of its tree; its exit code."""
    interval, log = float(argv[0]), argv[1]
    command = argv[argv.index("--") + 1:]
    proc = subprocess.Popen(command)
    start = time.time()
    peak_parent = peak_worker = peak_total = 0
    with open(log, "a") as out:
        out.write(f"# {' '.join(command)}\n")
        while proc.poll() is None:
            sizes = sorted(tree(proc.pid).values(), reverse=True)
            parent, workers = (sizes[0], sizes[1:]) if sizes else (0, [])
            peak_parent, peak_total = max(peak_parent, parent), max(peak_total, sum(sizes))
            peak_worker = max([peak_worker, *workers])
            with open("/proc/loadavg") as f:
                load = " ".join(f.read().split()[:3])
            out.write(f"{time.time() - start:7.0f}s load {load} parent {parent} MB workers {workers} "
                      f"total {sum(sizes)} MB\n")
            out.flush()
            time.sleep(interval)
        out.write(f"exit {proc.returncode} peak parent {peak_parent} MB, peak worker {peak_worker} MB, "
                  f"peak total {peak_total} MB\n")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
