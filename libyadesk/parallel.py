"""Per-document work on every core: reading the files of a first build, and the passes that extract actors and dates.

Extraction is pure Python, so threads would take turns; processes forked from the one
that holds the index share its memory (the registry, layers built in this call) without
copying or pickling it.  Each worker opens its own read connection to the index file and
takes a run of documents at a time; results come back in corpus order, so a parallel
pass gives exactly what a serial one does.  Runs are short (RUN_DOCUMENTS) and only a few
are under way at once, so what a worker returns, and what waits in the parent for its
turn, is bounded by a run, not by the corpus.  Small corpora, an index held in memory, one
core, or a platform other than Linux (where fork is not the safe default) run serially
in this process.  Workers ignore Ctrl-C: the parent stops them, and says so in one line.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from .index import CorpusIndex
from .models import Document

MIN_DOCUMENTS = 200  # below this, starting workers costs more than it saves
CHUNKS_PER_WORKER = 8  # runs of documents per worker: smaller runs balance better, larger cost less
RUN_DOCUMENTS = 64  # at most this many documents a run: a run's results are held whole, in the worker and the parent
RUNS_AHEAD = 2  # runs sent to each worker ahead of the one the parent waits for

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
                  only: list[str] | None = None, reads: Sequence[str] = ()) -> Iterator[tuple[str, Any]]:
    """(doc id, work(index, document, shared)) for every document (or those in `only`), in corpus order.

    `index.progress(label, done, total)` is told how far the pass has got, if it is set.
    `reads`: per-document layers the work reads with index.row_of; a worker is sent the rows
    of them computed in this call (index.staged) for the documents of its run.
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
    size = max(1, min(RUN_DOCUMENTS, -(-n_docs // (n_workers * CHUNKS_PER_WORKER))))
    ids = index.order if only is None else only
    numbers = index.doc_numbers
    staged = [name for name in reads if name in index.staged]

    def runs() -> Iterator[tuple[list[str], dict[str, dict[int, str]]]]:
        for start in range(0, n_docs, size):
            run = ids[start:start + size]
            yield run, (index.staged_for(staged, (numbers[d] for d in run)) if staged else {})

    _state = (index, work, shared)
    try:
        with context.Pool(n_workers, initializer=_open_own_connection) as pool:
            done = 0
            # A few runs under way at once, sent from this thread (it reads the staging table):
            # neither the runs sent nor the results waiting grow with the corpus.
            waiting: deque = deque()
            todo = runs()
            for run in islice(todo, n_workers * RUNS_AHEAD):
                waiting.append(pool.apply_async(_run, (run,)))
            while waiting:
                results = waiting.popleft().get()
                for run in islice(todo, 1):
                    waiting.append(pool.apply_async(_run, (run,)))
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


def map_few(work: Callable[[Any], Any], items: Iterable[Any], count: int, minimum: int | None = None) -> Iterator[Any]:
    """work(item) for every item, in order, like map_ordered, for large items (a date bucket's events).

    The items are made in this thread as they are needed, and only one per worker is under
    way at once: neither the items nor the results waiting for their turn are all held.
    `count`: how many items there are; `minimum` as for map_ordered.
    """
    global _task
    n_workers = workers()
    context = _fork_context()
    if n_workers < 2 or count < (MIN_DOCUMENTS if minimum is None else minimum) or context is None:
        yield from map(work, items)
        return
    _task = work
    try:
        with context.Pool(n_workers, initializer=_ignore_interrupts) as pool:
            waiting: deque = deque()
            todo = iter(items)
            for item in islice(todo, n_workers):
                waiting.append(pool.apply_async(_call, (item,)))
            while waiting:
                result = waiting.popleft().get()
                for item in islice(todo, 1):
                    waiting.append(pool.apply_async(_call, (item,)))
                yield result
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


def _run(run: tuple[list[str], dict[str, dict[int, str]]]) -> list[tuple[str, Any]]:
    assert _state is not None
    if _failed is not None:
        raise _failed
    index, work, shared = _state
    doc_ids, index.shipped = run
    try:
        return [(doc.id, work(index, doc, shared)) for doc in index.documents_of(doc_ids)]
    finally:
        index.shipped = {}
