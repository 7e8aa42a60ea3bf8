"""The index cache: reuse, invalidation, corruption, atomic writes, --no-cache, cache clear."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import threading
from pathlib import Path

from typer.testing import CliRunner

from helpers import folder_digest
from libyadesk import store
from libyadesk.cli import app
from libyadesk.corpus import load_corpus
from libyadesk.index import CorpusIndex, build_index

runner = CliRunner()

ARTICLE = "---\ntitle: Minsk\nsource: Wire\npublished: 2025-02-18\n---\nHaftar met Lukashenko in Minsk on Tuesday.\n"


def cache_files() -> list[Path]:
    return sorted(store.cache_dir().glob(f"*{store.SUFFIX}"))


def open_index(path: Path) -> tuple[CorpusIndex | None, str | None]:
    cached, problem = store.open_cached(path.parent, path.stem)
    return (CorpusIndex(cached.db, cached.order) if cached is not None else None), problem


def build_file(directory: Path, key: str, root: Path) -> str | None:
    """Build an index into a new file of `directory` and publish it under `key`, as a call does."""
    db = store.new_file(directory)
    build_index(load_corpus(root).documents, db)
    return store.publish(db, directory, key, [])


def test_cache_dir_honours_variables(tmp_path):
    assert store.cache_dir({"LIBYADESK_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert store.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "libyadesk"


def test_second_call_reuses_the_cache_and_a_change_rebuilds(make_corpus):
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


def test_layers_built_by_a_command_are_cached(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["timeline", "--corpus", str(root)])
    (path,) = cache_files()
    index, problem = open_index(path)
    assert problem is None
    assert index.db.load_layer("keyed:events") is not None and index.db.load_layer("actors") is not None
    stamp = path.stat().st_mtime_ns
    runner.invoke(app, ["timeline", "--corpus", str(root)])
    assert path.stat().st_mtime_ns == stamp  # nothing new to write


def test_corrupt_cache_is_rebuilt_with_one_warning(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (path,) = cache_files()
    path.write_bytes(b"\x80\x05garbage")
    result = runner.invoke(app, ["docs", "--corpus", str(root), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["id"] == "a"
    assert result.stderr.count("warning:") == 1 and "unreadable" in result.stderr
    index, problem = open_index(path)  # rewritten whole
    assert problem is None and list(index.documents) == ["a"]


def test_foreign_pickle_is_rebuilt(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (path,) = cache_files()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE meta SET v = ? WHERE k = 'magic'", (pickle.dumps(("someone-else", 1)),))
    connection.close()
    result = runner.invoke(app, ["docs", "--corpus", str(root)])
    assert result.exit_code == 0 and "another version" in result.stderr


def test_no_cache_reads_and_writes_nothing(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    assert runner.invoke(app, ["docs", "--corpus", str(root), "--no-cache"]).exit_code == 0
    assert cache_files() == []


def test_cache_clear(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    assert cache_files()
    result = runner.invoke(app, ["cache", "clear"])
    assert result.exit_code == 0 and "removed 1" in result.stderr
    assert cache_files() == []
    assert runner.invoke(app, ["cache", "path"]).stdout.strip() == str(store.cache_dir())


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


def test_concurrent_writers_leave_a_whole_file(make_corpus, tmp_path):
    root = make_corpus({"a.md": ARTICLE})
    target = tmp_path / "cache"
    key = "k" * 32
    problems: list = []
    threads = [threading.Thread(target=lambda: problems.append(build_file(target, key, root))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert problems == [None] * 8
    loaded, problem = open_index(target / f"{key}{store.SUFFIX}")
    assert problem is None and list(loaded.documents) == ["a"]
    assert loaded.documents["a"] == load_corpus(root).documents[0]
    assert [p.name for p in target.iterdir()] == [key + store.SUFFIX]  # no temporary files left


def test_an_opened_index_reads_rows_on_demand_and_answers_like_a_built_one(make_corpus, tmp_path):
    from libyadesk.search import search

    root = make_corpus({"a.md": ARTICLE, "b.md": "Dbeibah met Meloni in Rome on Friday.\n"})
    built = build_index(load_corpus(root).documents)  # in memory
    assert build_file(tmp_path, "k" * 32, root) is None
    opened, _ = open_index(tmp_path / f"{'k' * 32}{store.SUFFIX}")
    assert opened._docs._seen == {}  # nothing read yet
    assert [h.doc for h in search(opened, "Rome")[1]] == [h.doc for h in search(built, "Rome")[1]] == ["b"]
    assert set(opened._docs._seen) == {"b"}  # only the hit was read
    assert opened.doc_sentences("a") == built.doc_sentences("a")
    assert [opened.token_at("a", p) for p in range(5)] == [built.token_at("a", p) for p in range(5)]
    assert [t for t, _, _ in (built.token_at("a", p) for p in range(3))] == ["haftar", "met", "lukashenko"]


def test_postings_flushed_in_parts_read_back_whole(make_corpus):
    texts = {f"d{i}.md": f"Frontex patrols off Zuwara, report {i}. Haftar spoke.\n" for i in range(30)}
    root = make_corpus(texts)
    docs = load_corpus(root).documents
    whole, parts = build_index(docs), build_index(docs, flush_positions=7)  # a part every document or so
    assert parts.db.fetch("SELECT count(DISTINCT part) FROM body")[0] > 10
    from bisect import bisect_left

    for term in ("frontex", "haftar", "zuwara"):
        assert dict(parts.body[term]) == dict(whole.body[term]) and len(parts.body[term]) == 30
        expected = {d: (len(p), bisect_left(p, whole.doc_lengths[d][1])) for d, p in whole.body[term].items()}
        assert parts.body.counts(term) == whole.body.counts(term) == expected
    assert parts.doc_lengths == whole.doc_lengths and parts.body.counts("nowhere") == {}
    assert parts.vocabulary == whole.vocabulary and parts.name_vocabulary == whole.name_vocabulary
    assert [h.doc for h in search_docs(parts, "Frontex Haftar")] == [h.doc for h in search_docs(whole, "Frontex Haftar")]


def search_docs(index, query):
    from libyadesk.search import SearchOptions, search

    return search(index, query, SearchOptions(limit=50))[1]


def test_fingerprint_changes_with_size_or_mtime(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("one")
    from libyadesk.files import scan_corpus

    before = store.fingerprint(tmp_path, scan_corpus(tmp_path))
    os.utime(path, ns=(1, 1))
    assert store.fingerprint(tmp_path, scan_corpus(tmp_path)) != before
    path.write_text("two")
    assert store.fingerprint(tmp_path, scan_corpus(tmp_path)) != before


def test_a_changed_corpus_replaces_its_old_index(make_corpus):
    root = make_corpus({"a.md": ARTICLE})
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (first,) = cache_files()
    (root / "b.md").write_text("Dbeibah met Meloni in Rome on Friday.\n", encoding="utf-8")
    runner.invoke(app, ["docs", "--corpus", str(root)])
    (second,) = cache_files()
    assert second != first


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
    docs = load_corpus(bundled_corpus_path()).documents
    serial = build_index(docs)  # in memory: always serial
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "CHUNKS_PER_WORKER", 2)  # runs of one or two documents
    forked = build_index(docs, store.new_file(tmp_path))
    pids = {pid for _, pid in parallel.map_documents(forked, lambda ix, doc, _: os.getpid())}
    assert os.getpid() not in pids  # the work ran in other processes
    assert actor_table(forked) == actor_table(serial)
    assert actor_data(forked) == actor_data(serial)
    assert [e.to_json() for e in all_events(forked)] == [e.to_json() for e in all_events(serial)]


def test_long_passes_report_their_progress(make_corpus):
    from libyadesk.actors import actor_table
    from libyadesk.timeline import all_events

    root = make_corpus({f"d{i}.md": ARTICLE for i in range(3)} | {"b.md": "Dbeibah met Meloni in Rome on Friday.\n"})
    index = build_index(load_corpus(root).documents)
    seen: list[tuple[str, int, int]] = []
    index.progress = lambda label, done, total: seen.append((label, done, total))
    actor_table(index)
    all_events(index)
    assert [s[0] for s in seen] == ["finding actors", "finding mentions", "dating events"]
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
