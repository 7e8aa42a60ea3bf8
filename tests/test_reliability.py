"""The failures issue 15 lists, reproduced on a small corpus and shown fixed (the long runs: bench/reliability.py).

Each test sets up the failure as the issue describes it — a pickle planted in a shared cache
folder, a cache open to other users, bytes flipped on disk, a build killed, a temporary
file orphaned, `cache clear` while another call reads — and checks that the next call
answers as a fresh build does, says what it mended in one line, and runs nothing.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from libyadesk import cache
from libyadesk.cli import app
from libyadesk.desk import Desk

runner = CliRunner()

ARTICLES = {
    f"n{i:02d}.md": f"---\ntitle: Report {i}\nsource: Wire\npublished: 2025-02-{i + 1:02d}\n---\n"
                    f"Field Marshal Khalifa Haftar met Lukashenko in Minsk on Tuesday, report {i}. "
                    f"Frontex said crossings to Crete rose in January. Dbeibah spoke in Tripoli.\n"
    for i in range(12)
}


def ids(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [h["doc"] for h in json.loads(result.stdout)["hits"]]


def search(root: Path, query: str = "Frontex Minsk") -> object:
    return runner.invoke(app, ["search", query, "--corpus", str(root), "--json", "--limit", "20"])


class _Payload:
    """Unpickling this runs code: it creates a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_a_pickle_planted_in_the_cache_runs_nothing_and_the_index_heals(make_corpus, tmp_path):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    runner.invoke(app, ["timeline", "--corpus", str(root)])  # layers and per-document rows too
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Payload(marker))
    (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    connection = sqlite3.connect(path)
    with connection:
        for table, column in (("meta", "v"), ("docs", "doc"), ("layers", "v"), ("keyed", "v"), ("doc_rows", "v")):
            connection.execute(f"UPDATE {table} SET {column} = ?", (payload,))
    connection.close()
    (cache.cache_dir() / f"{cache.PREFIX}0-1.pickle").write_bytes(payload)  # and a pickle file beside it
    for args in (["search", "Frontex Minsk", "--json", "--limit", "20"], ["timeline", "--json"], ["actors", "--json"]):
        result = runner.invoke(app, [*args, "--corpus", str(root)])
        assert result.exit_code == 0 and "internal error" not in result.output
    assert ids(search(root)) == expected
    assert not marker.exists()


def test_a_cache_folder_others_can_write_is_refused_with_one_warning(make_corpus, tmp_path, monkeypatch):
    root = make_corpus(ARTICLES)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("LIBYADESK_CACHE_DIR", str(shared))
    result = search(root)
    assert ids(result) and result.stderr.count("warning:") == 1 and "written by other users" in result.stderr
    assert list(shared.iterdir()) == []  # nothing written there, nothing read


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file away")
def test_a_cache_file_owned_by_another_user_is_refused(make_corpus):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    os.chown(path, 65534, 65534)  # nobody
    result = search(root)
    assert ids(result) == expected and "belongs to another user" in result.stderr


def test_a_cache_file_others_can_write_is_refused(make_corpus):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    path.chmod(0o666)
    result = search(root)
    assert ids(result) == expected and result.stderr.count("warning:") == 1


def test_flipped_bytes_never_give_a_traceback_or_a_wrong_answer(make_corpus):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    runner.invoke(app, ["actors", "--corpus", str(root)])
    rng = random.Random(15)
    outcomes = {"same": 0, "healed": 0}
    for _ in range(12):
        (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
        data = bytearray(path.read_bytes())
        for _ in range(3):
            data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        result = search(root)
        assert result.exit_code in (0, 2) and "internal error" not in result.output, result.output
        if result.exit_code == 0:
            assert ids(result) == expected  # right, or said it was damaged
            outcomes["healed" if "warning" in result.stderr else "same"] += 1
        else:
            assert "damaged" in result.stderr
        assert ids(search(root)) == expected  # the next call answers in every case
    assert sum(outcomes.values()) >= 1


def test_a_damaged_layer_row_is_rebuilt_on_the_spot_with_one_warning(make_corpus):
    root = make_corpus(ARTICLES)
    first = runner.invoke(app, ["actor", "Haftar", "--corpus", str(root), "--json"])
    (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    connection = sqlite3.connect(path)
    with connection:  # valid JSON, wrong content: only the checksum can tell
        connection.execute("UPDATE keyed SET v = replace(v, 'Minsk', 'Mensk') WHERE layer = 'actor_docs'")
        connection.execute("UPDATE docs SET doc = replace(doc, 'Minsk', 'Mensk') WHERE docno = 0")
    connection.close()
    again = runner.invoke(app, ["actor", "Haftar", "--corpus", str(root), "--json"])
    assert again.exit_code == 0 and json.loads(again.stdout) == json.loads(first.stdout)
    assert "built again" in again.stderr or "read" in again.stderr
    assert "Mensk" not in again.stdout
    clean = runner.invoke(app, ["actor", "Haftar", "--corpus", str(root), "--json"])
    assert "warning" not in clean.stderr  # mended in the file too


@pytest.mark.parametrize("damage", ["missing blocks", "zeroed blocks"])
def test_damaged_text_postings_are_rebuilt_by_the_call_that_meets_them(make_corpus, damage):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    connection = sqlite3.connect(path)
    with connection:  # FTS5's segments: an error when read, or (zeroed) silently no postings
        if damage == "missing blocks":
            connection.execute("DELETE FROM fts_data WHERE id > 10")
        else:
            connection.execute("UPDATE fts_data SET block = zeroblob(length(block)) WHERE id > 10")
    connection.close()
    result = search(root)
    assert ids(result) == expected  # answered by this call, not the next
    assert result.stderr.count("warning") == 1 and "text index was damaged" in result.stderr
    clean = search(root)
    assert ids(clean) == expected and "warning" not in clean.stderr  # mended in the file


# FTS5's postings deleted, and the stored bodies they are rebuilt from made invalid UTF-8.
_POSTINGS_AND_STORED_TEXT = ("DELETE FROM fts_data WHERE id > 10",
                             "UPDATE fts_content SET c5 = CAST(CAST(c5 AS BLOB) || X'FF' AS TEXT)")


def _damage(*statements: str) -> None:
    """Run SQL that damages the one cache file, behind the library's back."""
    (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def _library_hits(root) -> tuple[list[str], list[str]]:
    """The documents the library finds for a two-word query, and the notes it made on the way."""
    with Desk.open(root) as desk:
        return [h.doc for h in desk.search("Frontex Minsk", limit=20)], list(desk.notes)


def test_damaged_stored_text_that_mending_cannot_fix_is_built_again_by_the_same_call(make_corpus):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    _damage(*_POSTINGS_AND_STORED_TEXT)
    result = search(root)
    assert result.exit_code == 0 and ids(result) == expected, result.output  # answered by this call
    assert "internal error" not in result.output and "building it again" in result.stderr
    clean = search(root)
    assert ids(clean) == expected and "warning" not in clean.stderr


def test_the_library_mends_damaged_postings_in_the_same_call(make_corpus):
    root = make_corpus(ARTICLES)
    expected = _library_hits(root)[0]
    _damage(_POSTINGS_AND_STORED_TEXT[0])
    hits, notes = _library_hits(root)
    assert hits == expected
    assert len(notes) == 1 and "text index was damaged" in notes[0]


def test_the_library_builds_again_when_mending_cannot_fix_the_stored_text(make_corpus):
    root = make_corpus(ARTICLES)
    expected = _library_hits(root)[0]
    _damage(*_POSTINGS_AND_STORED_TEXT)
    hits, notes = _library_hits(root)
    assert hits == expected
    assert any("building it again" in note for note in notes), notes


def test_a_damaged_row_met_mid_command_is_answered_by_the_same_call(make_corpus):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    (path,) = cache.cache_dir().glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    with sqlite3.connect(path) as connection:  # a layer the index build writes: no checksum match, no mending in place
        connection.execute("UPDATE layers SET v = '7.5' WHERE k = 'average_length'")
    result = search(root)
    assert ids(result) == expected
    assert result.stderr.count("warning") == 1 and "building it again" in result.stderr
    clean = search(root)
    assert ids(clean) == expected and "warning" not in clean.stderr


def test_cache_clear_during_calls_never_breaks_them(make_corpus):
    root = make_corpus(ARTICLES)
    expected = ids(search(root))
    failures: list[str] = []

    def reader() -> None:
        for _ in range(6):
            try:
                with Desk.open(root) as desk:
                    got = [h.doc for h in desk.search("Frontex Minsk", limit=20)]
                if got != expected:
                    failures.append(f"answer {got}")
            except Exception as exc:  # noqa: BLE001 - any failure is what this test looks for
                failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for _ in range(6):
        assert runner.invoke(app, ["cache", "clear"]).exit_code == 0
    for t in threads:
        t.join()
    assert failures == []


def test_an_orphaned_temporary_file_goes_on_the_next_call(make_corpus):
    root = make_corpus(ARTICLES)
    search(root)
    folder = cache.cache_dir()
    orphan = folder / f"{cache.TEMPORARY}killed{cache.SUFFIX}"
    orphan.write_bytes(b"half a build")
    assert ids(search(root))
    assert not orphan.exists()


def _run_and_kill(root: Path, env: dict, args: list[str], delay: float) -> None:
    process = subprocess.Popen([sys.executable, "-m", "libyadesk", *args, "--corpus", str(root)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)


def test_kill_9_at_any_moment_leaves_a_cache_the_next_call_uses_or_rebuilds(make_corpus, tmp_path):
    root = make_corpus(ARTICLES)
    expected = ids(search(root, "Frontex"))
    env = {**os.environ, "LIBYADESK_CACHE_DIR": str(tmp_path / "killed")}
    rng = random.Random(9)
    for args in (["search", "Frontex"], ["timeline"], ["actor", "Haftar"]):
        for _ in range(2):
            _run_and_kill(root, env, args, rng.uniform(0.05, 1.5))
            done = subprocess.run([sys.executable, "-m", "libyadesk", "search", "Frontex", "--json", "--limit", "20",
                                   "--corpus", str(root)], env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
            assert [h["doc"] for h in json.loads(done.stdout)["hits"]] == expected
    assert not list((tmp_path / "killed").glob(".tmp-*"))
