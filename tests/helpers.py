"""Helpers shared by the test modules (import as `from helpers import ...`)."""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from pathlib import Path

DATA = Path(__file__).parent / "data"
RAW_SEEDS = DATA / "raw"


def python_output(code: str, timeout: float = 120) -> str:
    """What `python -c CODE` prints in a fresh process (stripped), failing the test if it fails:
    for what a process loads, compiles or sets up, which the test session itself has done already."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def folder_digest(root: Path) -> str:
    """A checksum of every file's path, bytes and mtime below a folder."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(os.fsencode(path.relative_to(root)))
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
            digest.update(str(path.stat().st_mtime_ns).encode())
    return digest.hexdigest()


def bench_script(name: str):
    """Import a script of bench/ (e.g. "eval_search") as a module, to call its evaluate()."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def sqlite_steps():
    """Count the SQLite virtual-machine instructions of every index connection opened inside the block.

    Yields a one-item list holding the count (set item 0 to restart it): work counted, never timed.
    """
    from libyadesk import store

    steps = [0]
    real = store.connect

    def counted(*args, **kwargs):
        connection = real(*args, **kwargs)

        def tick() -> int:
            steps[0] += 1
            return 0

        connection.set_progress_handler(tick, 1)
        return connection

    store.connect = counted
    try:
        yield steps
    finally:
        store.connect = real


def article(title: str, source: str, published: str, body: str) -> str:
    """A Markdown article with the front matter the incremental tests give every file."""
    return f"---\ntitle: {title}\nsource: {source}\npublished: {published}\n---\n{body}\n"


def record_calls(monkeypatch, module, name: str, pick) -> list:
    """Wrap module.name so that each call first appends pick(*args) to the returned list, then runs as before."""
    seen: list = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        seen.append(pick(*args, **kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return seen


# A bound no healthy machine comes near: today's pathological inputs finish in about a second
# on a loaded 2-core machine, while a quadratic loop or catastrophic backtracking on them
# takes minutes to hours.  Tests never compare the clock with a tighter figure; speed lives
# in bench/ and docs/performance.md.
HANG_SECONDS = 60


def finishes(work, seconds: float = HANG_SECONDS):
    """Run work(mark) in a forked child; fail the test if it hangs, blows up or raises; return the last mark.

    `mark(value)` tells the parent which step the child has reached, so a failure names it,
    and the last value marked is returned for the test to check.
    A child is used because a regular expression stuck in C cannot be interrupted in-process.
    """
    import multiprocessing
    import traceback

    import pytest

    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)

    def child() -> None:
        try:
            work(writer.send)
        except BaseException:  # noqa: BLE001 - reported to the parent as text
            writer.send(("error", traceback.format_exc()))
            raise SystemExit(1)
        raise SystemExit(0)

    process = context.Process(target=child, daemon=True)
    process.start()
    writer.close()
    process.join(seconds)
    last, error = "start", None
    while reader.poll():
        try:
            message = reader.recv()
        except EOFError:
            break
        if isinstance(message, tuple) and message[:1] == ("error",):
            error = message[1]
        else:
            last = message
    if process.is_alive():
        process.kill()
        process.join()
        pytest.fail(f"not finished after {seconds} s (at step {last!r}): a hang or a blow-up")
    if process.exitcode != 0:
        pytest.fail(f"failed at step {last!r} (exit code {process.exitcode}):\n{error or ''}")
    return last


def page_rows(make_corpus, published: str, body: str) -> list[tuple[str, str, str]]:
    """(date, kind, text) of the timeline events of one page with this body, published then."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    text = f"---\ntitle: Report\nsource: Desk\npublished: {published}\n---\n{body}\n"
    events = extract_events(build_index(load_corpus(make_corpus({"p.md": text})).documents))
    return [(e.date, e.kind, e.text) for e in events]


def rows_with(rows: list[tuple[str, str, str]], piece: str) -> set[tuple[str, str]]:
    """The (date, kind) of the rows whose text holds piece."""
    return {(d, k) for d, k, t in rows if piece in t}



def story_page(source: str, published: str, body: str) -> str:
    """A Markdown page of one outlet's report, with the front matter the corpus reads."""
    return f"---\ntitle: Report\nsource: {source}\npublished: {published}\n---\n{body}\n"


def story_rows(make_corpus, pages: dict[str, str]) -> list:
    """The timeline rows of a corpus made of `pages` (file name -> page text)."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import timeline

    return timeline(build_index(load_corpus(make_corpus(pages)).documents))


def docs_of(rows, word: str) -> list[list[str]]:
    """The documents of each row with a source that says word, each row's sorted, the rows sorted."""
    return sorted(sorted({s.doc for s in r.sources}) for r in rows if any(word in (s.text or "") for s in r.sources))


def rows_saying(rows, *phrases: str) -> list:
    """The rows holding, for each phrase, a source that says it."""
    return [r for r in rows if all(any(p in (s.text or "") for s in r.sources) for p in phrases)]
