"""Per-document work on every core: reading the files of a first build, and the passes that extract actors and dates.

Extraction is pure Python, so threads would take turns; processes forked from the one
that holds the index share its memory (the registry, layers built in this call) without
copying or pickling it.  Each worker opens its own read connection to the index file and
takes a run of documents at a time; results come back in corpus order, so a parallel
pass gives exactly what a serial one does.  Small corpora, an index held in memory, one
core, or a platform other than Linux (where fork is not the safe default) run serially
in this process.  Workers ignore Ctrl-C: the parent stops them, and says so in one line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .index import CorpusIndex
from .models import Document

MIN_DOCUMENTS = 200  # below this, starting workers costs more than it saves
CHUNKS_PER_WORKER = 8  # runs of documents per worker: smaller runs balance better, larger cost less

Work = Callable[[CorpusIndex, Document, Any], Any]
_state: tuple[CorpusIndex, Work, Any] | None = None  # what forked workers inherit
_failed: BaseException | None = None  # why a worker could not open the index file


def workers() -> int:
    """How many processes to use: the cores this process may run on, at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def map_documents(index: CorpusIndex, work: Work, shared: Any = None, label: str = "",
                  only: list[str] | None = None) -> Iterator[tuple[str, Any]]:
    """(doc id, work(index, document, shared)) for every document (or those in `only`), in corpus order.

    `index.progress(label, done, total)` is told how far the pass has got, if it is set.
    """
    global _state
    n_docs = len(index.documents) if only is None else len(only)
    n_workers = workers()
    context = _fork_context()
    report = index.progress or (lambda label, done, total: None)
    if n_workers < 2 or n_docs < MIN_DOCUMENTS or index.db.path is None or context is None:
        documents = index.iter_documents() if only is None else index.documents_of(only)
        for done, doc in enumerate(documents, 1):
            yield doc.id, work(index, doc, shared)
            if done % 64 == 0 or done == n_docs:
                report(label, done, n_docs)
        return
    size = max(1, -(-n_docs // (n_workers * CHUNKS_PER_WORKER)))
    runs: list = [(start, min(start + size, n_docs)) for start in range(0, n_docs, size)]
    if only is not None:
        runs = [only[start:stop] for start, stop in runs]
    _state = (index, work, shared)
    try:
        with context.Pool(n_workers, initializer=_open_own_connection) as pool:
            done = 0
            for results in pool.imap(_run, runs):
                yield from results
                done += len(results)
                report(label, done, n_docs)
    finally:
        _state = None


_task: Callable[[Any], Any] | None = None  # what map_ordered's forked workers inherit


def map_ordered(work: Callable[[Any], Any], items: Sequence[Any], chunk: int = 8,
                minimum: int | None = None) -> Iterator[Any]:
    """work(item) for every item, in the order of the items: in forked workers when there are enough of them.

    For work that needs no index (reading and cleaning files, tokenizing a text, merging
    one date bucket's events): the results come back in order, so the caller does in order
    what depends on the items before (ids, duplicates, writing the index), as a serial loop
    would.  `minimum`: how many items make starting workers worth it (default MIN_DOCUMENTS).
    """
    global _task
    n_workers = workers()
    context = _fork_context()
    if n_workers < 2 or len(items) < (MIN_DOCUMENTS if minimum is None else minimum) or context is None:
        yield from map(work, items)
        return
    _task = work
    try:
        with context.Pool(n_workers, initializer=_ignore_interrupts) as pool:
            yield from pool.imap(_call, items, chunksize=chunk)
    finally:
        _task = None


def _ignore_interrupts() -> None:
    """In a worker: ignore Ctrl-C; the parent stops the pool and says so."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _call(item: Any) -> Any:
    assert _task is not None
    return _task(item)


def _fork_context():
    import multiprocessing
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def _open_own_connection() -> None:
    """In a worker: ignore Ctrl-C, and read the index file through a connection of its own
    (one may not cross a fork).  A failure is kept and raised by the first run, so that the
    parent gets an error rather than a pool that restarts dying workers for ever."""
    import signal

    global _failed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    assert _state is not None
    try:
        _state[0].db.reopen()
    except Exception as exc:  # noqa: BLE001 - handed to the parent by _run
        _failed = exc


def _run(run: tuple[int, int] | list[str]) -> list[tuple[str, Any]]:
    assert _state is not None
    if _failed is not None:
        raise _failed
    index, work, shared = _state
    documents = index.documents_of(run) if isinstance(run, list) else index.iter_documents(*run)
    return [(doc.id, work(index, doc, shared)) for doc in documents]
