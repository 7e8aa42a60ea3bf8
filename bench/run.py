"""How fast is libyadesk at each corpus size?  Prints the answer as Markdown tables.

Usage: `python bench/run.py [--sizes bundled,1000,10000] [--runs 5] [--out FILE]`
       `python bench/run.py --sizes 100000 --commands search --skip-cold --steps index,search`

Sections: (a) the machine; (b) interpreter start-up for reference; (c) whole CLI processes
(`search Frontex`, `actor Haftar`, `timeline --since 2024`), cold and warm, median wall time
and peak RSS; (d) in-process steps: corpus load, index build, query latency (median/p95),
actor layer, timeline layer; (e) date extraction in ms per KB of text.

Each process is timed around `os.wait4` and its peak RSS read from GNU time (`%M`) when
/usr/bin/time exists, else from wait4's rusage of that one child (RUSAGE_CHILDREN would give
a running maximum over all children; see run_process for why GNU time is preferred).
In-process steps run in a worker subprocess that reports one JSON line per step, so a step
that exceeds --timeout is killed and reported as "timeout" and the benchmark moves on.
By default the package is first copied to a temporary folder put first on PYTHONPATH of
every child (`--live` measures the working tree instead), so one run measures one version of
the code even while the working tree is being edited.
Generated corpora are cached in /tmp/libyadesk-bench/N and regenerated when missing or when
bench/generate.py changed.  Everything but the timings is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = Path("/tmp/libyadesk-bench")
QUERIES = ["Frontex", "Hifter", '"border security"', "Frontx", "Dbeibeh", "Meloni Benghazi"]
CLI_COMMANDS = [["search", "Frontex"], ["actor", "Haftar"], ["timeline", "--since", "2024"]]
STEPS = ["load", "index", "search", "actors", "timeline", "dates"]
SNAPSHOT: Path | None = None  # the copied package's parent folder, when measuring a snapshot


def progress(message: str) -> None:
    """One progress line on stderr (the tables go to stdout at the end)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- formatting -----------------------------------------------------------------------------


def fmt_s(seconds: float | None) -> str:
    """Seconds in a readable unit."""
    if seconds is None:
        return "—"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_kb(kb: int | None) -> str:
    """Kilobytes as MB."""
    return "—" if kb is None else f"{kb / 1024:.0f} MB"


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def median(values: list[float]) -> float | None:
    """Median, or None for no values."""
    return statistics.median(values) if values else None


def p95(values: list[float]) -> float | None:
    """95th percentile by nearest rank."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, -(-95 * len(ordered) // 100) - 1))]


# --- (a) machine ----------------------------------------------------------------------------


def machine() -> list[list[str]]:
    """CPU model, cores, RAM, Python, OS."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GB"
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ["CPU", cpu],
        ["cores", f"{os.cpu_count()} logical ({usable} usable)"],
        ["RAM", ram],
        ["Python", f"{platform.python_version()} ({platform.python_implementation()}, {sys.executable})"],
        ["OS", f"{platform.system()} {platform.release()}"],
        ["libyadesk", _libyadesk_version()],
        ["measured", f"snapshot {SNAPSHOT} (package sha1 {package_digest(SNAPSHOT / 'libyadesk')})"
         if SNAPSHOT else f"live working tree {ROOT / 'libyadesk'}"],
    ]


def package_digest(package: Path) -> str:
    """A short hash of the package's .py and data files, to tell versions apart."""
    digest = hashlib.sha1()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def take_snapshot() -> Path:
    """Copy the package to a fresh temporary folder; return the folder to put on PYTHONPATH."""
    folder = Path(tempfile.mkdtemp(prefix="libyadesk-bench-code-"))
    shutil.copytree(ROOT / "libyadesk", folder / "libyadesk", ignore=shutil.ignore_patterns("__pycache__"))
    # Byte-compile it, as pip does on install: otherwise every process (with
    # PYTHONDONTWRITEBYTECODE set, as on this machine) compiles the package from source.
    import compileall

    compileall.compile_dir(folder / "libyadesk", quiet=1)
    return folder


def _libyadesk_version() -> str:
    try:
        rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"git {rev}{' + uncommitted changes' if dirty else ''}" if rev else "unknown"


# --- one timed process ----------------------------------------------------------------------


class Run:
    """The outcome of one child process."""

    def __init__(self, wall: float, maxrss_kb: int, code: int | None, timed_out: bool, stderr: str):
        self.wall, self.maxrss_kb, self.code, self.timed_out, self.stderr = wall, maxrss_kb, code, timed_out, stderr


TIME = "/usr/bin/time"


def run_process(argv: list[str], env: dict[str, str], timeout: float) -> Run:
    """Run argv with stdout to /dev/null; wall time, this child's peak RSS, exit code.

    Linux keeps a process's peak RSS across exec, so a child forked from this (Python)
    process never reports less than our own size.  GNU time is a small C program, so its
    child's figure is the command's own; without it, the wait4 figure is a ceiling.
    """
    use_time = os.access(TIME, os.X_OK)
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile(mode="r") as rss:
        full = [TIME, "-q", "-f", "%M", "-o", rss.name, *argv] if use_time else argv
        started = time.perf_counter()
        proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                env=env, cwd=tempfile.gettempdir(), start_new_session=True)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.killpg(proc.pid, 9)  # the group: GNU time and the command under it
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
        maxrss = usage.ru_maxrss
        if use_time:
            figures = [line for line in rss.read().split() if line.isdigit()]
            maxrss = int(figures[-1]) if figures else maxrss
    return Run(wall, maxrss, proc.returncode, killed.is_set(), text)


def clean_env(cache_home: str | None = None) -> dict[str, str]:
    """The environment without LIBYADESK_* variables, optionally with a given cache folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIBYADESK_")}
    env["COLUMNS"] = "160"
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(SNAPSHOT), *filter(None, [env.get("PYTHONPATH")])])
    if cache_home is not None:
        env["XDG_CACHE_HOME"] = cache_home
    return env


# --- (b) reference --------------------------------------------------------------------------


def reference(runs: int, timeout: float) -> list[list[str]]:
    """Interpreter start-up and the import of the CLI framework."""
    rows = []
    for label, argv in [("python -c pass", [sys.executable, "-c", "pass"]),
                        ('python -c "import typer, rich.table"', [sys.executable, "-c", "import typer, rich.table"]),
                        ("libyadesk --help", cli_argv(["--help"]))]:
        results = [run_process(argv, clean_env(), timeout) for _ in range(runs)]
        rows.append([label, fmt_s(median([r.wall for r in results])), fmt_s(min(r.wall for r in results)),
                     fmt_kb(max(r.maxrss_kb for r in results)), _codes(results)])
    return rows


def _codes(results: list[Run]) -> str:
    codes = sorted({"timeout" if r.timed_out else str(r.code) for r in results})
    return ", ".join(codes)


# --- corpora --------------------------------------------------------------------------------


def corpus_dir(size: str) -> Path:
    """The folder for a size: the bundled corpus, or a cached generated one (made if missing)."""
    if size == "bundled":
        return ROOT / "corpus"
    count = int(size)
    folder = CACHE / str(count)
    stamp = folder / ".generated"
    source = (BENCH / "generate.py").read_bytes()
    want = json.dumps({"articles": count, "seed": 1, "generator": hashlib.sha1(source).hexdigest()})
    if stamp.is_file() and stamp.read_text() == want:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    progress(f"generating {count} articles into {folder}")
    sys.path.insert(0, str(BENCH))
    import generate  # noqa: E402 - a sibling script, not a package

    generate.generate(folder, count, seed=1)
    stamp.write_text(want)  # last, so an interrupted generation is redone
    return folder


def corpus_size(folder: Path) -> tuple[int, int]:
    """(files, bytes) of the article files below folder."""
    files = total = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            if not name.startswith(".") and name.lower().endswith((".md", ".markdown", ".txt")):
                files += 1
                total += os.path.getsize(os.path.join(dirpath, name))
    return files, total


# --- (c) whole CLI processes ----------------------------------------------------------------


def cli_argv(args: list[str]) -> list[str]:
    """The libyadesk console script of this interpreter's environment (or python -m)."""
    script = Path(sys.executable).with_name("libyadesk")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "libyadesk", *args]


def supports_no_cache() -> bool:
    """Whether the CLI has a --no-cache option."""
    result = subprocess.run(cli_argv(["search", "--help"]), capture_output=True, text=True,
                            env=clean_env(), timeout=60)
    return "--no-cache" in result.stdout


def cli_rows(label: str, folder: Path, runs: int, timeout: float, no_cache: bool, budget: float,
             commands: list[list[str]], skip_cold: bool = False) -> list[list[str]]:
    """Cold and warm medians of each command on one corpus.

    A command whose runs have taken more than `budget` seconds gets no more runs (at least one
    cold and one warm run each): a median of five matters little for a call taking minutes.
    A cache that took long to build serves all `runs` warm runs.
    """
    rows = []
    for command in commands:
        shown = "libyadesk " + " ".join(command)
        progress(f"{label}: {shown}")
        cold: list[Run] = []
        first_calls: list[Run] = []
        warm: list[Run] = []
        spent = 0.0
        for _ in range(runs):
            if spent > budget:
                break
            with tempfile.TemporaryDirectory(prefix="libyadesk-bench-cache-") as cache_home:
                env = clean_env(cache_home)
                argv = cli_argv([*command, "--corpus", str(folder)])
                if not skip_cold:
                    first = run_process(argv + (["--no-cache"] if no_cache else []), env, timeout)
                    cold.append(first)
                    spent += first.wall
                    if first.timed_out:
                        break
                if no_cache or skip_cold:  # --no-cache neither reads nor writes: this call builds and writes
                    first_calls.append(run_process(argv, env, timeout))
                    spent += first_calls[-1].wall
                    if first_calls[-1].timed_out:
                        break
                warm.append(run_process(argv, env, timeout))
                if warm[-1].timed_out:
                    break
                spent += warm[-1].wall
                if spent > budget:  # no second build: the rest of the warm runs use this cache
                    while len(warm) < runs and not warm[-1].timed_out:
                        warm.append(run_process(argv, env, timeout))
        both = cold + first_calls + warm
        note = next((r.stderr.strip().splitlines()[-1] for r in both
                     if r.code not in (0, None) and not r.timed_out and r.stderr.strip()), "")
        if any(r.timed_out for r in both):
            note = f"timeout after {fmt_s(timeout)}; " + note
        rows.append([label, shown, _cell(cold), _cell(first_calls) if no_cache or skip_cold else "—", _cell(warm),
                     fmt_kb(max((r.maxrss_kb for r in both), default=None)),
                     _codes(both), f"{len(first_calls) or len(cold)}/{len(warm)}", note[:120]])
    return rows


def _failed(run: Run) -> bool:
    """Exit 1 means "no results" unless it came with an error message; 2 and up are errors."""
    text = run.stderr.lower()
    return run.code not in (0, 1) or (run.code == 1 and ("error" in text or "traceback" in text))


def _cell(results: list[Run]) -> str:
    done = [r.wall for r in results if not r.timed_out]
    if not done:
        return "timeout" if results else "—"
    failed = sorted({r.code for r in results if not r.timed_out and _failed(r)})
    flag = f" ⚠ exit {','.join(map(str, failed))}" if failed else ""
    return fmt_s(median(done)) + flag


# --- (d)(e) in-process, in a worker ---------------------------------------------------------


def worker(folder: str, steps: list[str], repeats: int, query_budget: float) -> None:
    """Run in-process steps on one corpus; print one JSON line per step (the parent times out)."""
    import gc
    import resource

    import libyadesk

    progress(f"worker measures {Path(libyadesk.__file__).parent}")
    import tempfile

    from libyadesk import Desk
    from libyadesk.corpus import load_corpus

    def emit(step: str, **data: object) -> None:
        data["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"step": step, **data}), flush=True)

    if "load" in steps:
        started = time.perf_counter()
        result = load_corpus(folder)
        load_s = time.perf_counter() - started
        text_bytes = sum(len(d.text.encode("utf-8")) for d in result.documents)
        emit("load", seconds=load_s, docs=len(result.documents), warnings=len(result.warnings),
             text_kb=text_bytes / 1024)
        del result
    # As a call builds it (the library's Desk.open): streamed from the files into an index
    # file, here in a cache folder of its own.
    scratch = tempfile.mkdtemp(prefix="libyadesk-bench-index-")
    started = time.perf_counter()
    desk = Desk.open(folder, cache=scratch)
    index = desk.index
    index_s = time.perf_counter() - started
    gc.freeze()
    if "index" in steps:
        emit("index", seconds=index_s, terms=len(index.vocabulary),
             file_mb=sum(p.stat().st_size for p in Path(scratch).iterdir()) / 1e6)

    if "search" in steps:
        from libyadesk.search import search

        for query in QUERIES:
            started = time.perf_counter()
            _, hits = search(index, query)  # warm-up: lazy layers (vocabulary, names) are built here
            first = time.perf_counter() - started
            samples: list[float] = []
            spent = 0.0
            gc_before = gc.get_stats()[2]["collections"]
            while len(samples) < repeats and (spent < query_budget or len(samples) < 3):
                started = time.perf_counter()
                search(index, query)
                samples.append(time.perf_counter() - started)
                spent += samples[-1]
            emit("search", query=query, first=first, samples=samples, hits=len(hits),
                 gen2=gc.get_stats()[2]["collections"] - gc_before)

    if "actors" in steps:
        from libyadesk.actors import actor_table

        started = time.perf_counter()
        table = actor_table(index)
        emit("actors", seconds=time.perf_counter() - started, actors=len(table.actors),
             mentions=sum(c.mentions for c in table.counts.values()))

    if "timeline" in steps:
        from libyadesk.timeline import all_events

        started = time.perf_counter()
        events = all_events(index)
        emit("timeline", seconds=time.perf_counter() - started, events=len(events),
             actors_prebuilt=index.has_layer("actors"))

    if "dates" in steps:
        from libyadesk.dates import extract_dates
        from libyadesk.timeline import reference_date

        docs = list(index.documents.values())
        refs = [reference_date(d.published)[0] for d in docs]
        extract_dates(docs[0].text, refs[0])  # warm-up: compiled patterns, lazy tables
        total_bytes = 0
        found = 0
        started = time.perf_counter()
        for doc, ref in zip(docs, refs):
            found += len(extract_dates(doc.text, ref))
            total_bytes += len(doc.text.encode("utf-8"))
        seconds = time.perf_counter() - started
        emit("dates", seconds=seconds, kb=total_bytes / 1024, expressions=found)
    shutil.rmtree(scratch, ignore_errors=True)


def inprocess(label: str, folder: Path, repeats: int, query_budget: float, timeout: float,
              steps: list[str]) -> tuple[list[dict], list[str]]:
    """Run the worker, restarting it after a step that times out; (records, notes)."""
    records: list[dict] = []
    notes: list[str] = []
    pending = list(steps)
    while pending:
        argv = [sys.executable, str(Path(__file__).resolve()), "--worker", str(folder),
                "--steps", ",".join(pending), "--repeats", str(repeats), "--query-budget", str(query_budget)]
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=clean_env(), cwd=tempfile.gettempdir())
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        # The worker always loads and indexes first; those count against the first step.
        current = pending[0]
        progress(f"in-process {label}: {current}")
        failed = False
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not sel.select(timeout=remaining):
                proc.kill()
                proc.wait()
                records.append({"step": current, "timeout": True})
                notes.append(f"{current}: timeout after {fmt_s(timeout)} (worker killed)")
                pending.remove(current)
                if current == "actors" and "timeline" in pending:
                    # Events carry their actors: the timeline layer would rebuild the actor layer.
                    pending.remove("timeline")
                    records.append({"step": "timeline", "error": "not run: it needs the actor layer, which timed out"})
                    notes.append("timeline: not run (it needs the actor layer, which timed out)")
                failed = True
                break
            line = proc.stdout.readline()
            if not line:
                break
            record = json.loads(line)
            records.append(record)
            step = record["step"]
            if step != "search" or record["query"] == QUERIES[-1]:
                if step in pending:
                    pending.remove(step)
                if pending:
                    current = pending[0]
                    progress(f"in-process {label}: {current}")
            deadline = time.monotonic() + timeout
        sel.close()
        if not failed:
            err = proc.stderr.read()
            code = proc.wait()
            if code != 0:
                last = err.strip().splitlines()[-1] if err.strip() else f"exit {code}"
                records.append({"step": pending[0] if pending else "?", "error": last})
                notes.append(f"{pending[0] if pending else 'worker'}: failed: {last}")
                if pending:
                    pending.pop(0)
            elif pending:
                notes.append(f"worker ended before {', '.join(pending)}")
                break
    return records, notes


def inprocess_rows(label: str, records: list[dict]) -> tuple[list[list[str]], list[list[str]]]:
    """(step rows, query rows) for the tables."""
    steps: list[list[str]] = []
    queries: list[list[str]] = []
    for r in records:
        rss = fmt_kb(r.get("maxrss_kb"))
        if r.get("timeout"):
            (queries if r["step"] == "search" else steps).append(
                [label, r["step"], "timeout", "", "—"] if r["step"] != "search" else [label, "(all)", "timeout", "", "", "", "", "", ""])
            continue
        if "error" in r:
            skipped = r["error"].startswith("not run")
            steps.append([label, r["step"], "not run" if skipped else "error", r["error"][:100], "—"])
            continue
        step = r["step"]
        if step == "load":
            steps.append([label, "load_corpus", fmt_s(r["seconds"]),
                          f"{r['docs']} docs, {r['text_kb'] / 1024:.1f} MB text, {r['warnings']} warnings", rss])
        elif step == "index":
            steps.append([label, "build_index (reading the files included)", fmt_s(r["seconds"]),
                          f"{r['terms']} distinct terms, index file {r['file_mb']:.0f} MB", rss])
        elif step == "search":
            samples = r["samples"]
            queries.append([label, r["query"], fmt_s(r["first"]), fmt_s(median(samples)), fmt_s(p95(samples)),
                            fmt_s(max(samples)) if samples else "—", str(len(samples)), str(r["hits"]), str(r.get("gen2", "?"))])
        elif step == "actors":
            steps.append([label, "actor_table (actor layer)", fmt_s(r["seconds"]),
                          f"{r['actors']} actors, {r['mentions']} mentions", rss])
        elif step == "timeline":
            steps.append([label, "all_events (timeline layer)", fmt_s(r["seconds"]),
                          f"{r['events']} events" + ("; actor layer already built" if r["actors_prebuilt"] else "; includes actor layer"),
                          rss])
        elif step == "dates":
            per_kb = r["seconds"] * 1000 / r["kb"] if r["kb"] else 0.0
            steps.append([label, "extract_dates over all texts", fmt_s(r["seconds"]),
                          f"**{per_kb:.3f} ms/KB** ({r['kb'] / 1024:.1f} MB, {r['expressions']} expressions)", rss])
    return steps, queries


# --- main -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="bundled,1000", help="comma-separated: bundled and/or article counts (default bundled,1000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per CLI command, cold and warm (default 5)")
    parser.add_argument("--repeats", type=int, default=20, help="in-process repeats per query (default 20)")
    parser.add_argument("--query-budget", type=float, default=30.0, help="stop repeating a query after this many seconds (default 30)")
    parser.add_argument("--budget", type=float, default=120.0, help="seconds per CLI command after which no more runs start (default 120)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per step before it is reported as timeout (default 900)")
    parser.add_argument("--skip-cli", action="store_true", help="skip the whole-process measurements")
    parser.add_argument("--skip-inprocess", action="store_true", help="skip the in-process measurements")
    parser.add_argument("--live", action="store_true", help="measure the working tree, not a snapshot of it")
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    parser.add_argument("--commands", default="search,actor,timeline",
                        help="CLI commands to time, of: search, actor, timeline (default all three)")
    parser.add_argument("--skip-cold", action="store_true", help="no --no-cache runs: only first and warm calls")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"in-process steps, of: {', '.join(STEPS)} (default all)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        worker(args.worker, args.steps.split(","), args.repeats, args.query_budget)
        return 0

    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for size in sizes:
        if size != "bundled" and not size.isdigit():
            parser.error(f"--sizes: {size!r} is neither 'bundled' nor a number")
    global SNAPSHOT
    if not args.live:
        SNAPSHOT = take_snapshot()
        progress(f"measuring a snapshot of the package in {SNAPSHOT}")
    try:
        return measure(args, sizes)
    finally:
        if SNAPSHOT is not None:
            shutil.rmtree(SNAPSHOT, ignore_errors=True)


def measure(args: argparse.Namespace, sizes: list[str]) -> int:
    """Run every section and print (and optionally write) the report."""
    started = time.perf_counter()
    out: list[str] = [f"# libyadesk benchmark ({time.strftime('%Y-%m-%d %H:%M')})", "",
                      "## Machine", "", table(["", ""], machine()), ""]

    progress("reference start-up times")
    out += ["## Reference (median of %d runs)" % args.runs, "",
            table(["command", "median", "min", "peak RSS", "exit"], reference(args.runs, args.timeout)), ""]

    corpora = []
    for size in sizes:
        folder = corpus_dir(size)
        files, nbytes = corpus_size(folder)
        corpora.append((size, folder, files, nbytes))
    out += ["## Corpora", "", table(["size", "folder", "files", "MB"],
                                    [[s, str(f), str(n), f"{b / 2**20:.2f}"] for s, f, n, b in corpora]), ""]

    if not args.skip_cli:
        no_cache = supports_no_cache()
        how = "`--no-cache`" if no_cache else "a fresh XDG_CACHE_HOME (the CLI has no --no-cache)"
        rows = []
        for size, folder, _, _ in corpora:
            commands = [c for c in CLI_COMMANDS if c[0] in args.commands.split(",")]
            rows += cli_rows(size, folder, args.runs, args.timeout, no_cache, args.budget, commands, args.skip_cold)
        out += [f"## CLI, whole processes (median of up to {args.runs} runs, fewer once a command has used "
            f"{fmt_s(args.budget)}; stdout to /dev/null)", "",
                f"Cold: a call with {how}; first: the first call with an empty cache folder (builds the "
                "index and writes the cache); warm: the next call with the same cache folder. Each command "
                "gets its own fresh cache folder per run. The OS page cache is warm throughout. "
                "Peak RSS: the largest of all runs (GNU time %M).", "",
                table(["corpus", "command", "cold", "first", "warm", "peak RSS", "exit", "runs (built/warm)", "note"], rows), ""]

    if not args.skip_inprocess:
        step_rows: list[list[str]] = []
        query_rows: list[list[str]] = []
        notes: list[str] = []
        for size, folder, _, _ in corpora:
            records, size_notes = inprocess(size, folder, args.repeats, args.query_budget, args.timeout,
                                            [s for s in args.steps.split(",") if s in STEPS])
            s_rows, q_rows = inprocess_rows(size, records)
            step_rows += s_rows
            query_rows += q_rows
            notes += [f"{size}: {n}" for n in size_notes]
        out += ["## In-process steps (one run each; peak RSS of the worker so far)", "",
                table(["corpus", "step", "time", "what", "peak RSS"], step_rows), "",
                f"## In-process query latency (`search(index, q)`, after one warm-up call; up to {args.repeats} repeats)", "",
                table(["corpus", "query", "first call", "median", "p95", "max", "n", "hits (≤10)", "gen-2 GCs during repeats"], query_rows), ""]
        if notes:
            out += ["Notes:", ""] + [f"- {n}" for n in notes] + [""]

    out.append(f"_Total benchmark time {fmt_s(time.perf_counter() - started)}._")
    report = "\n".join(out) + "\n"
    sys.stdout.write(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
