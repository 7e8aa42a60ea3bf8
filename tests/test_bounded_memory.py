"""A first build holds a batch of rows at a time, not the corpus's: per-document rows wait in the
staging table until the save, a worker takes a short run, the timeline is merged a bucket at a time.
Counted here (batches and runs), never measured with a clock or RSS."""

from __future__ import annotations

import sqlite3

import pytest

from libyadesk import index as index_module
from libyadesk import layers as L
from libyadesk import parallel, store, timeline
from libyadesk.desk import Desk

# Written for this test: wire, advisory and press-release shapes, over several years (date buckets).
_PEOPLE = ["Salem Jadran", "Omar Fathi", "Nuri Swehli", "Ali Mabrouk", "Hamza Kabir", "Adel Naji"]
_PLACES = ["Zawiya", "Misrata", "Sabha", "Tobruk", "Ghat", "Derna"]


def _article(i: int) -> str:
    person, place = _PEOPLE[i % len(_PEOPLE)], _PLACES[(i * 5) % len(_PLACES)]
    year = 2019 + i % 6
    shapes = [
        f"Khalifa Haftar met {person} in {place} on Monday, the spokesman said. Talks resumed on 3 May {year}.",
        f"Clashes broke out in {place} on 12 March {year} between rival groups. {person} called for calm.",
        f"The ministry announced that {person} would visit {place} in June {year}. Dbeibah welcomed the visit.",
    ]
    return (f"---\ntitle: Report {i} from {place}\nsource: Desk {i % 3}\npublished: {year}-06-{i % 27 + 1:02d}\n---\n"
            f"{shapes[i % 3]}\n\n{person} said on Tuesday that the port of {place} reopened in {year}, with {i + 2} berths.\n")


ARTICLES = {f"{2019 + i % 6}/r{i:03d}.md": _article(i) for i in range(30)}


def _build(root, folder):
    """A first actor and timeline on an empty cache: (profile, events, the stored rows, the index before its save)."""
    with Desk.open(root, cache=folder) as desk:
        profile = desk.actor("Haftar").to_json()
        events = [e.to_json() for e in desk.timeline()]
        index = desk.index
        staged = dict(index.db.fetch_all("SELECT layer, count(*) FROM temp.staged_rows GROUP BY layer"))
        held = {name: len(rows) for name, rows in index.fresh_rows.items() if rows}
        path = index.db.path
    conn = sqlite3.connect(path)
    try:
        tables = (conn.execute("SELECT layer, docno, digest, v FROM doc_rows ORDER BY layer, docno").fetchall(),
                  conn.execute("SELECT layer, k, v FROM keyed ORDER BY layer, k").fetchall())
    finally:
        conn.close()
    return profile, events, tables, (index, staged, held)


def test_a_first_build_holds_a_batch_of_rows_and_saves_the_same_rows_as_one_batch(make_corpus, monkeypatch, tmp_path):
    root = make_corpus(ARTICLES)
    monkeypatch.setattr(parallel, "workers", lambda: 1)  # counted in this process
    merged: list[int] = []
    merge_texts = timeline._merge_texts
    monkeypatch.setattr(timeline, "_merge_texts", lambda texts: (merged.append(len(texts)), merge_texts(texts))[1])
    spilled: list[int] = []
    flush = store.Spill.flush

    def counted_flush(self):
        spilled.append(len(self._pending))
        flush(self)

    monkeypatch.setattr(store.Spill, "flush", counted_flush)
    monkeypatch.setattr(index_module, "STAGE_BATCH", 4)
    monkeypatch.setattr(store, "SPILL_BATCH", 5)
    small = _build(root, tmp_path / "small")
    index, staged, held = small[3]
    riders = len(index_module.RIDERS[L.MENTIONS])
    # Rows are handed to the store a few at a time (a document's rows and its riders' at most over the batch) ...
    assert 0 < index.largest_stage <= 4 + riders
    assert 0 < max(spilled) <= 5
    # ... every document's rows of every pass waited in the staging table, none in memory ...
    assert staged == {name: len(ARTICLES) for name in (L.DISCOVERED, L.MENTIONS, L.DATED, L.DOC_EVENTS)}
    assert held == {}
    # ... and the events were merged one bucket at a time, each once.
    assert len(merged) == len(index.layer(L.EVENT_YEARS)) > 1
    assert sum(merged) == sum(spilled)

    monkeypatch.setattr(index_module, "STAGE_BATCH", 10**6)
    monkeypatch.setattr(store, "SPILL_BATCH", 10**6)
    whole = _build(root, tmp_path / "whole")
    assert whole[3][0].largest_stage > 4 + riders
    assert small[:3] == whole[:3]  # the same profile, timeline and stored rows, byte for byte


def test_workers_take_short_runs_and_are_sent_the_rows_of_this_call_they_read(make_corpus, monkeypatch, tmp_path):
    if parallel.workers() < 2 or parallel._fork_context() is None:
        pytest.skip("one core or no fork: passes run serially")
    root = make_corpus(ARTICLES)
    # The dating and event passes run on their own, in workers: naming events' actors reads the rows dated in this call.
    monkeypatch.setattr(index_module, "RIDERS", {})
    monkeypatch.setattr(parallel, "workers", lambda: 1)
    serial = _build(root, tmp_path / "serial")

    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "RUN_DOCUMENTS", 3)
    progress: dict[str, list[int]] = {}
    real_open = Desk.open

    def opened(*args, **kwargs):
        desk = real_open(*args, **kwargs)
        desk.index.progress = lambda label, done, total: progress.setdefault(label, []).append(done)
        return desk

    monkeypatch.setattr(Desk, "open", opened)
    forked = _build(root, tmp_path / "forked")
    assert serial[:3] == forked[:3]
    assert set(progress) >= {"finding mentions", "dating events", "naming actors in events"}
    for done in progress.values():
        steps = [b - a for a, b in zip([0, *done], done)]
        assert max(steps) <= 3 and done[-1] == len(ARTICLES)  # runs of at most three documents


def test_a_worker_that_reads_a_row_of_this_call_it_was_not_sent_fails_loudly(make_corpus, monkeypatch, tmp_path):
    root = make_corpus(ARTICLES)
    with Desk.open(root, cache=tmp_path / "c") as desk:
        desk.actors()
        index = desk.index
        doc_id = index.order[0]
        assert index.row_of(L.MENTIONS, doc_id) is not None  # in this process: read from the staging table
        index.shipped = {}  # as in a worker sent nothing
        with pytest.raises(RuntimeError, match="index.reads"):
            index.row_of(L.MENTIONS, doc_id)
        index.shipped = {L.MENTIONS: {index.doc_numbers[doc_id]: '[[], {}]'}}
        assert index.row_of(L.MENTIONS, doc_id) == ([], {})
        index.shipped = None


def test_the_memory_sampler_counts_a_command_and_the_processes_it_starts(tmp_path):
    import sys

    from helpers import bench_script

    rss = bench_script("rss")
    log = tmp_path / "rss.log"
    child = "import subprocess, sys, time; p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(3)']); " \
            "x = bytearray(40_000_000); time.sleep(3); p.wait()"
    assert rss.main(["0.2", str(log), "--", sys.executable, "-c", child]) == 0
    lines = log.read_text().splitlines()
    assert any("workers [" in line and "workers []" not in line for line in lines)  # the started process is seen
    assert lines[-1].startswith("exit 0 peak parent ")
    assert int(lines[-1].split("peak parent ")[1].split(" MB")[0]) >= 38  # the 40 MB buffer, in the parent


def test_the_update_bench_reports_a_start_up_below_the_timers_resolution(tmp_path, capsys):
    from helpers import bench_script

    incremental = bench_script("incremental")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    rows = [("reference: python -c pass", {"seconds": 0.0, "cpu": 0.0, "rss_mb": 8.0, "exit": 0}),
            ("first search", {"seconds": 4.75, "cpu": 8.08, "rss_mb": 52.6, "exit": 0})]
    incremental.report(rows, tmp_path)  # a fast machine's start-up rounds to 0.00 s: no ratio, no crash
    assert "| first search | 4.75 | 8.08 | — | 53 | 0 |" in capsys.readouterr().out
