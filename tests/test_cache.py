"""The index cache: reuse, invalidation, corruption, atomic writes, --no-cache, cache clear."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

from typer.testing import CliRunner

from helpers import folder_digest
from libyadesk import cache
from libyadesk import layers as L
from libyadesk.cli import app
from libyadesk.corpus import load_corpus
from libyadesk.desk import Desk
from libyadesk.index import CorpusIndex, build_index
from libyadesk.store import Database

runner = CliRunner()

ARTICLE = "---\ntitle: Minsk\nsource: Wire\npublished: 2025-02-18\n---\nHaftar met Lukashenko in Minsk on Tuesday.\n"


def cache_files() -> list[Path]:
    return sorted(cache.cache_dir().glob(f"*{cache.SUFFIX}"))


def open_index(path: Path) -> CorpusIndex:
    return CorpusIndex(Database(path))


def file_index(docs, directory: Path, **kwargs) -> CorpusIndex:
    """An index built into a file (as a cached one is), for what only a file-backed index does."""
    directory.mkdir(parents=True, exist_ok=True)
    return build_index(docs, Database(directory / "index.sqlite", create=True), **kwargs)


def test_cache_dir_honours_variables(tmp_path, monkeypatch):
    assert cache.cache_dir({"LIBYADESK_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "libyadesk"
    monkeypatch.chdir(tmp_path)
    assert cache.cache_dir({"LIBYADESK_CACHE_DIR": "rel"}) == tmp_path / "rel"  # made absolute


def test_no_home_folder_gives_a_temporary_cache_with_one_warning(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: (_ for _ in ()).throw(RuntimeError("no home"))))
    folder = cache.cache_dir({}, warn=said.append)
    assert folder.is_absolute() and "libyadesk-cache" in folder.name
    assert len(said) == 1 and "no home folder" in said[0]


def test_second_call_reuses_the_cache_and_a_change_updates_it(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    assert runner.invoke(app, ["search", "Minsk", "--corpus", str(root)]).exit_code == 0
    (first,) = cache_files()
    stamp = first.stat().st_mtime_ns
    assert runner.invoke(app, ["search", "Minsk", "--corpus", str(root)]).exit_code == 0
    assert cache_files() == [first] and first.stat().st_mtime_ns == stamp  # read, not rewritten

    (root / "b.md").write_text("Dbeibah met Meloni in Rome on Friday.\n", encoding="utf-8")
    result = runner.invoke(app, ["search", "Rome", "--corpus", str(root), "--json"])
    assert result.exit_code == 0
    assert [h["doc"] for h in json.loads(result.stdout)["hits"]] == ["b"]
    assert cache_files() == [first]  # updated in place, not rebuilt


def test_layers_built_by_a_command_are_cached(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["timeline", "--corpus", str(root)])
    (path,) = cache_files()
    index = open_index(path)
    assert index.db.load_layer("keyed:events") is not None and index.db.load_layer("actors") is not None
    before = index.db.fetch("SELECT count(*) FROM layers")[0]
    runner.invoke(app, ["timeline", "--corpus", str(root)])
    assert open_index(path).db.fetch("SELECT count(*) FROM layers")[0] == before  # nothing new to write


def test_corrupt_cache_is_rebuilt_with_one_warning(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (path,) = cache_files()
    path.write_bytes(b"\x80\x05garbage")
    result = runner.invoke(app, ["docs", "--corpus", str(root), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["id"] == "a"
    assert result.stderr.count("warning:") == 1 and "unreadable" in result.stderr
    (new,) = cache_files()  # a new generation; the damaged one is gone
    assert list(open_index(new).documents) == ["a"]


def test_a_file_with_another_marker_is_rebuilt(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (path,) = cache_files()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE meta SET v = '\"someone-else\"' WHERE k = 'magic'")
    connection.close()
    result = runner.invoke(app, ["docs", "--corpus", str(root)])
    assert result.exit_code == 0 and result.stderr.count("warning:") == 1 and "rebuilding it" in result.stderr
    (new,) = cache_files()
    assert new != path and list(open_index(new).documents) == ["a"]


def test_no_cache_reads_and_writes_nothing(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    assert runner.invoke(app, ["docs", "--corpus", str(root), "--no-cache"]).exit_code == 0
    assert cache_files() == []


def test_cache_clear_removes_only_its_own_files(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    assert cache_files()
    folder = cache.cache_dir()
    other = folder / "notes.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    lookalike = folder / f"{cache.PREFIX}0123-1{cache.SUFFIX}"  # our name, not our marker
    sqlite3.connect(lookalike).execute("CREATE TABLE meta (k, v)").connection.close()
    result = runner.invoke(app, ["cache", "clear"])
    assert result.exit_code == 0 and "removed 1" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted([other.name, lookalike.name])
    assert runner.invoke(app, ["cache", "path"]).stdout.strip() == str(cache.cache_dir())


def test_cache_clear_leaves_a_file_another_call_is_reading(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    with Desk.open(root) as desk:
        result = runner.invoke(app, ["cache", "clear"])
        assert result.exit_code == 0 and "removed 0" in result.stderr and "1 in use" in result.stderr
        assert [h.doc for h in desk.search("Minsk")] == ["a"]  # still reads its file
    assert "removed 1" in runner.invoke(app, ["cache", "clear"]).stderr
    assert cache_files() == []


def test_warnings_are_repeated_from_the_cache(make_corpus):
    root = make_corpus({"a.md": ARTICLE, "empty.md": ""})
    first = runner.invoke(app, ["docs", "--corpus", str(root)])
    second = runner.invoke(app, ["docs", "--corpus", str(root)])
    assert "empty.md" in first.stderr and second.stderr == first.stderr


def test_the_corpus_folder_is_never_written(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    before = folder_digest(root)
    for args in (["docs"], ["search", "Minsk"], ["actors"], ["actor", "Haftar"], ["timeline"], ["show", "a"]):
        runner.invoke(app, [*args, "--corpus", str(root)])
    assert folder_digest(root) == before


def test_unwritable_cache_folder_is_a_warning_not_an_error(make_corpus, tmp_path, monkeypatch):
    root = make_corpus({"a.md": ARTICLE})
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("LIBYADESK_CACHE_DIR", str(blocker / "sub"))  # cannot be created
    result = runner.invoke(app, ["docs", "--corpus", str(root), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["documents"]
    assert "cannot write the index cache" in result.stderr


def test_concurrent_first_calls_leave_one_whole_file(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    answers: list = []

    def call() -> None:
        with Desk.open(root) as desk:
            answers.append([h.doc for h in desk.search("Minsk")])

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [["a"]] * 8
    (path,) = cache_files()  # older generations and temporary files gone
    assert list(open_index(path).documents) == ["a"]
    assert open_index(path).documents["a"] == load_corpus(root).documents[0]
    assert not list(cache.cache_dir().glob(".tmp-*"))


def test_an_opened_index_reads_rows_on_demand_and_answers_like_a_built_one(make_corpus, tmp_path):
    from libyadesk.search import search

    root = make_corpus({"a.md": ARTICLE, "b.md": "Dbeibah met Meloni in Rome on Friday.\n"})
    built = build_index(load_corpus(root).documents)  # in memory
    file_index(load_corpus(root).documents, tmp_path / "built")
    opened = open_index(tmp_path / "built" / "index.sqlite")
    assert opened._docs._seen == {}  # nothing read yet
    assert [h.doc for h in search(opened, "Rome")[1]] == [h.doc for h in search(built, "Rome")[1]] == ["b"]
    assert set(opened._docs._seen) == {"b"}  # only the hit was read
    assert opened.doc_sentences("a") == built.doc_sentences("a")
    assert [opened.token_at("a", p) for p in range(5)] == [built.token_at("a", p) for p in range(5)]
    assert [t for t, _, _ in (built.token_at("a", p) for p in range(3))] == ["haftar", "met", "lukashenko"]


def test_documents_added_and_removed_one_at_a_time_give_a_bulk_build(make_corpus):
    from libyadesk import fts
    from libyadesk.index import IndexWriter

    texts = {f"d{i}.md": f"Frontex patrols off Zuwara, report {i}. Haftar spoke to Dbeibah.\n" for i in range(12)}
    # A word that is a name in some documents only, and one written in lower case by one document.
    texts["d2.md"] = "Hope spoke first. Officials said Rose Hope met Haftar. there was hope and a rose.\n"
    texts["d7.md"] = "Rose met Frontex officials. Will Hope stay? They will.\n"
    root = make_corpus(texts)
    docs = load_corpus(root).documents
    whole = build_index(docs)
    stepwise = build_index(docs[:4])
    writer = IndexWriter(stepwise.db)
    for number, doc in enumerate(docs[4:], 4):
        writer.add(number, number, doc)
    writer.remove(2)  # and back, as an edited file is
    writer.add(12, 2, docs[2])
    writer.finish()
    stepwise.db.execute("UPDATE docs SET docno = docno")  # positions were given; nothing to renumber
    stepwise.db.commit()
    again = CorpusIndex(stepwise.db)
    assert again.order == whole.order
    assert again.vocabulary == whole.vocabulary and again.name_vocabulary == whole.name_vocabulary
    assert again.doc_meta == whole.doc_meta and again.average_length == whole.average_length
    every = "SELECT * FROM terms ORDER BY term"
    assert again.db.fetch_all(every) == whole.db.fetch_all(every)
    assert fts.text_tokens(again.db.connection) == fts.text_tokens(whole.db.connection)
    assert fts.document_count(again.db.connection) == len(docs)
    assert sorted(h.doc for h in search_docs(again, "Frontex Haftar")) == sorted(h.doc for h in search_docs(whole, "Frontex Haftar"))


def search_docs(index, query):
    from libyadesk.search import SearchOptions, search

    return search(index, query, SearchOptions(limit=50))[1]


def test_an_edit_that_keeps_size_and_mtime_is_seen(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    path = root / "a.md"
    before = path.stat()
    path.write_text(ARTICLE.replace("Minsk on", "Sochi on"), encoding="utf-8")  # same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    result = runner.invoke(app, ["search", "Sochi", "--corpus", str(root), "--ids"])
    assert result.exit_code == 0 and result.stdout.split() == ["a"]


def test_a_relative_and_an_absolute_corpus_path_share_one_index(make_corpus, monkeypatch):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (first,) = cache_files()
    monkeypatch.chdir(root.parent)
    result = runner.invoke(app, ["docs", "--corpus", f"./{root.name}"])
    assert result.exit_code == 0 and "warning" not in result.stderr
    assert cache_files() == [first]


def test_a_changed_corpus_updates_its_index_in_place(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (first,) = cache_files()
    (root / "b.md").write_text("Dbeibah met Meloni in Rome on Friday.\n", encoding="utf-8")
    runner.invoke(app, ["docs", "--corpus", str(root)])
    assert cache_files() == [first] and sorted(open_index(first).documents) == ["a", "b"]


def test_no_cache_leaves_no_temporary_file(make_corpus, monkeypatch, tmp_path):
    root = make_corpus({"a.md": ARTICLE})
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # let TMPDIR be read again
    for args in (["timeline"], ["actor", "Haftar"], ["search", "Minsk"]):
        assert runner.invoke(app, [*args, "--corpus", str(root), "--no-cache"]).exit_code == 0
    assert list((tmp_path / "tmp").iterdir()) == [] and cache_files() == []


def test_a_parallel_pass_gives_what_a_serial_one_does(make_corpus, monkeypatch, tmp_path):
    from libyadesk import parallel
    from libyadesk.actors import actor_data, actor_table
    from libyadesk.corpus import bundled_corpus_path
    from libyadesk.timeline import all_events

    if parallel.workers() < 2 or parallel._fork_context() is None:
        import pytest

        pytest.skip("one core or no fork: passes run serially")
    from libyadesk import timeline

    docs = load_corpus(bundled_corpus_path()).documents
    serial = build_index(docs)  # in memory: always serial
    serial_events = [e.to_json() for e in all_events(serial)]
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "CHUNKS_PER_WORKER", 2)  # runs of one or two documents
    monkeypatch.setattr(timeline, "MERGE_IN_WORKERS", 1)  # date buckets merged in workers too
    merged_in = tmp_path / "merged-in"
    merge_traced = timeline._merge_traced

    def noting_pid(events, keys, *rest):
        with open(merged_in, "a") as f:
            f.write(f"{os.getpid()}\n")
        return merge_traced(events, keys, *rest)

    monkeypatch.setattr(timeline, "_merge_traced", noting_pid)
    forked = file_index(docs, tmp_path / "forked")
    pids = {pid for _, pid in parallel.map_documents(forked, lambda ix, doc, _: os.getpid())}
    assert os.getpid() not in pids  # the work ran in other processes
    assert actor_table(forked) == actor_table(serial)
    assert actor_data(forked) == actor_data(serial)
    assert [e.to_json() for e in all_events(forked)] == serial_events
    buckets = merged_in.read_text().split()
    assert len(buckets) == len(forked.layer(L.EVENT_YEARS)) > 1  # every bucket merged once,
    assert os.getpid() not in {int(p) for p in buckets}  # in other processes


def test_a_first_build_read_in_worker_processes_writes_what_a_serial_one_does(make_corpus, monkeypatch, tmp_path):
    from libyadesk import parallel

    if parallel.workers() < 2 or parallel._fork_context() is None:
        import pytest

        pytest.skip("one core or no fork: files are read serially")
    towns = ["Sirte", "Derna", "Zawiya", "Kufra", "Sabha", "Ghat"]
    files: dict[str, str | bytes] = {
        f"wire/{n:03d}.md": f"---\ntitle: Talks {n}\nsource: Wire\npublished: 2025-03-{n % 28 + 1:02d}\n---\n"
                            f"Haftar's envoy met Dbeibah's aides in {towns[n % 6]} on Tuesday. Talks went on "
                            f"for {n} hours.\n\nThe U.N. mission said the ceasefire held. Share this article\n"
        for n in range(40)}
    files |= {f"other/{n:03d}.md": files[f"wire/{n:03d}.md"].replace("Tuesday", "Friday") for n in range(5)}  # ids taken
    files |= {f"copies/{n:03d}-copy.md": files[f"wire/{n:03d}.md"] for n in range(3)}  # duplicates
    files |= {"empty.md": "", "binary.md": b"\x00\x01\x02" * 50}
    root = make_corpus(files)
    pids = tmp_path / "pids"
    read_file = cache._read_file

    def noting_pid(root: Path, path: str):
        with open(pids, "a") as f:
            f.write(f"{os.getpid()}\n")
        return read_file(root, path)

    def tables(folder: Path) -> dict[str, list]:
        with Desk.open(root, cache=folder) as desk:
            conn = sqlite3.connect(desk.index.db.path)
            found = {t: conn.execute(f"SELECT * FROM {t}").fetchall()  # noqa: S608 - our table names
                     for t in ("docs", "terms", "files", "layers", "fts_terms")}
            found["fts"] = conn.execute("SELECT rowid, * FROM fts").fetchall()
            found["caps"] = conn.execute("SELECT rowid, * FROM caps").fetchall()
            found["warnings"] = [(w.path, w.reason) for w in desk.warnings]
            conn.close()
        return found

    monkeypatch.setattr(parallel, "workers", lambda: 1)
    serial = tables(tmp_path / "serial")
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(cache, "_read_file", noting_pid)
    forked = tables(tmp_path / "forked")
    assert os.getpid() not in {int(p) for p in pids.read_text().split()}  # files were read in other processes
    assert len(pids.read_text().split()) == len(files)
    assert forked == serial
    assert len(serial["docs"]) == 45 and len(serial["warnings"]) == 5  # 3 duplicates, an empty and a binary file
    # copies/ and other/ are read before wire/: wire/000-002 are duplicates of the copies, and
    # wire/003-004 go by their paths, their names being taken by other/.
    assert sorted(row[1] for row in serial["docs"] if "/" in row[1]) == ["wire/003", "wire/004"]
    assert all(json.loads(row[6])[0] == row[1] for row in serial["docs"])  # a renamed document is stored renamed
    # Workers send each document without its text (the row's JSON carries it): every stored row,
    # renamed ones included, holds the whole document as a plain load reads it.
    from libyadesk.codec import decode
    from libyadesk.models import Document

    loaded = {doc.id: doc for doc in load_corpus(root).documents}
    assert {row[1]: decode(row[6], Document) for row in forked["docs"]} == loaded
    assert sorted(Path(path).name for path, why in serial["warnings"] if "duplicate" in why) == [
        "000.md", "001.md", "002.md"]


def test_long_passes_report_their_progress(make_corpus):
    from libyadesk.actors import actor_table
    from libyadesk.timeline import all_events

    root = make_corpus({f"d{i}.md": ARTICLE for i in range(3)} | {"b.md": "Dbeibah met Meloni in Rome on Friday.\n"})
    index = build_index(load_corpus(root).documents)
    seen: list[tuple[str, int, int]] = []
    index.progress = lambda label, done, total: seen.append((label, done, total))
    actor_table(index)
    all_events(index)
    # Dating and naming the events' actors ride in the mentions' pass (index.ride): no pass of their own.
    assert [s[0] for s in seen] == ["finding actors", "finding mentions"]
    assert all(done == total == len(index.documents) for _, done, total in seen)


def test_a_cache_folder_named_with_uri_characters_is_used(make_corpus, tmp_path, monkeypatch):
    root = make_corpus({"a.md": ARTICLE})
    folder = tmp_path / "odd #1 ?x %20"
    monkeypatch.setenv("LIBYADESK_CACHE_DIR", str(folder))
    first = runner.invoke(app, ["timeline", "--corpus", str(root)])
    second = runner.invoke(app, ["actor", "Haftar", "--corpus", str(root)])
    assert first.exit_code == second.exit_code == 0
    assert "warning" not in first.stderr + second.stderr
    assert [p.name for p in folder.iterdir()] == [p.name for p in cache_files()] and len(list(folder.iterdir())) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "odd #1 ?x %20"]  # no stray file beside it


def test_cache_refresh_sees_an_edit_in_place_of_a_large_corpus(make_corpus, monkeypatch):
    # Above FULL_SCAN_FILES a call only stats the folders: an edit in place needs `cache refresh`.
    monkeypatch.setattr(cache, "FULL_SCAN_FILES", 1)
    root = make_corpus({"a.md": ARTICLE, "b.md": "Dbeibah met Meloni in Rome on Friday.\n"})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (root / "a.md").write_text(ARTICLE.replace("Minsk on", "Sochi on"), encoding="utf-8")
    os.utime(root, ns=(os.stat(root).st_atime_ns, os.stat(root).st_mtime_ns))  # as an edit in place leaves it
    assert runner.invoke(app, ["search", "Sochi", "--corpus", str(root)]).exit_code == 1  # not seen yet
    result = runner.invoke(app, ["cache", "refresh", "--corpus", str(root)])
    assert result.exit_code == 0 and "1 changed" in result.stderr
    assert runner.invoke(app, ["search", "Sochi", "--corpus", str(root), "--ids"]).stdout.split() == ["a"]
    (root / "c.md").write_text("Frontex patrols off Zuwara.\n", encoding="utf-8")  # a new file changes the folder
    assert runner.invoke(app, ["search", "Zuwara", "--corpus", str(root), "--ids"]).stdout.split() == ["c"]


def test_the_code_stamp_changes_when_a_library_whose_results_the_index_holds_changes(tmp_path, monkeypatch):
    """Upgrading a library the extraction depends on (merge weights, stems, dates) stamps the index
    anew, so it is rebuilt rather than answered with the old library's results; a library that is
    not installed still gives a stamp."""
    import importlib

    library = tmp_path / "results_library_of_the_test.py"
    library.write_text("WEIGHTS = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cache, "RESULT_LIBRARIES", ("results_library_of_the_test", "no_such_library_here"))
    importlib.invalidate_caches()
    before = cache.code_digest()
    assert cache.code_digest() == before
    library.write_text("WEIGHTS = 2  # a new release\n", encoding="utf-8")
    assert cache.code_digest() != before
