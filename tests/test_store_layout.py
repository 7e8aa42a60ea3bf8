"""How the cache file lays out its rows of large values (store.SCHEMA, FORMAT 9): `keyed` and `doc_rows`
are rowid tables whose keys sit in an index of their own, so a lookup seeks among keys and reads one
value, never the values of the rows it passes (a WITHOUT ROWID table's seek read every overflowing
value it compared with: 1.7 s for 2,000 lookups beside a year's multi-MB rows at 10,000 articles).
Counted in pages read, not timed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from libyadesk.index import DIGESTS_OF_LAYER
from libyadesk.store import Database


def _plan(db: Database, sql: str, args: tuple) -> str:
    return " | ".join(row[-1] for row in db.connection.execute("EXPLAIN QUERY PLAN " + sql, args))


def test_a_keyed_lookup_seeks_an_index_of_keys():
    db = Database(create=True)
    plan = _plan(db, "SELECT v, c FROM keyed WHERE layer = ? AND k = ?", ("events", "2024"))
    assert "USING INDEX" in plan and "PRIMARY KEY" not in plan


def test_which_documents_have_a_row_is_read_off_a_covering_index():
    db = Database(create=True)
    assert "COVERING INDEX doc_rows_digest" in _plan(db, DIGESTS_OF_LAYER, ("doc_events",))


def _bytes_read() -> int:
    """Bytes this process has read through the read system calls so far (Linux's /proc/self/io)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts the bytes read through Linux's /proc/self/io")
def test_a_lookup_beside_large_rows_reads_few_pages(tmp_path):
    """Rows of 2 MB around a small one: finding the small one on a cold page cache reads a few pages,
    not the large rows' overflow chains (counted in bytes read from the file, not timed)."""
    path = tmp_path / "c.sqlite"
    db = Database(path, create=True)
    db.insert("keyed", [("events", f"{year}", "x" * 2_000_000, 0) for year in range(2000, 2030)])
    db.insert("keyed", [("events", "2014-small", "tiny", 0)])
    db.connection.execute("COMMIT")
    db.connection.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA cache_size = 1")  # every page the seek needs is read from the file
    before = _bytes_read()
    assert con.execute("SELECT v FROM keyed WHERE layer = ? AND k = ?", ("events", "2014-small")).fetchone() == ("tiny",)
    assert _bytes_read() - before < 200_000  # a WITHOUT ROWID table read the neighbours' chains: megabytes
    con.close()
