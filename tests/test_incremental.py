"""A changed corpus is updated, not rebuilt: only changed files are read, and the answers are a fresh build's."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from helpers import sqlite_steps
from libyadesk import corpus as corpus_module
from libyadesk.cli import app

runner = CliRunner()

TEXTS = {
    "a.md": "---\ntitle: Minsk visit\nsource: Wire\npublished: 2025-02-18\n---\n"
            "Field Marshal Khalifa Haftar met Lukashenko in Minsk on Tuesday. Haftar praised Belarus.\n",
    "b.md": "---\ntitle: Rome talks\nsource: Post\npublished: 2025-03-01\n---\n"
            "Dbeibah met Giorgia Meloni in Rome on Friday. Meloni spoke about migration in July 2024.\n",
    "c.md": "---\ntitle: Coast guard\nsource: Daily\npublished: 2025-04-02\n---\n"
            "Rear Admiral Marco Casapieri said the coast guard intercepted 300 people last week.\n",
}
NEW = ("d.md", "---\ntitle: Benghazi\nsource: Wire\npublished: 2025-05-05\n---\n"
               "Colonel Ahmed Zuwai told reporters in Benghazi on Monday that Haftar and Casapieri had met.\n")
COMMANDS = (["search", "Haftar"], ["search", "Casapieri Zuwai"], ["actors"], ["actor", "Haftar"], ["timeline"],
            ["docs"])


def answers(root, *extra) -> list:
    out = []
    for command in COMMANDS:
        result = runner.invoke(app, [*command, "--corpus", str(root), "--json", *extra])
        out.append((result.exit_code, json.loads(result.stdout) if result.stdout.strip() else None))
    return out


@pytest.fixture
def counted(monkeypatch):
    """How many files were read (corpus.load_file calls)."""
    seen: list[str] = []
    real = corpus_module.load_file

    def load_file(path, *args):
        seen.append(os.path.basename(path))
        return real(path, *args)

    monkeypatch.setattr(corpus_module, "load_file", load_file)
    return seen


@pytest.mark.parametrize("change", ["add", "edit", "remove", "rename"])
def test_one_changed_file_is_read_and_answers_match_a_fresh_build(make_corpus, counted, change):
    root = make_corpus(TEXTS)
    answers(root)  # builds the cache and every layer
    counted.clear()
    if change == "add":
        (root / NEW[0]).write_text(NEW[1], encoding="utf-8")
    elif change == "edit":
        (root / "b.md").write_text(TEXTS["b.md"].replace("Friday", "Sunday") + "Casapieri agreed.\n", encoding="utf-8")
    elif change == "remove":
        (root / "a.md").unlink()
    else:
        (root / "c.md").rename(root / "e.md")
    updated = answers(root)
    read = list(counted)
    fresh = answers(root, "--no-cache")
    assert updated == fresh
    expected = {"add": ["d.md"], "edit": ["b.md"], "remove": [], "rename": ["e.md"]}[change]
    assert read[:len(expected)] == expected and set(read) <= set(expected) | set(TEXTS) | {NEW[0], "e.md"}
    assert len(read) == len(expected)  # the cached call read only the changed file


def test_a_duplicate_that_loses_its_original_becomes_a_document(make_corpus):
    root = make_corpus({**TEXTS, "z.md": TEXTS["a.md"]})
    first = json.loads(runner.invoke(app, ["docs", "--corpus", str(root), "--json"]).stdout)
    assert [d["id"] for d in first["documents"]] == ["a", "b", "c"]
    (root / "a.md").unlink()
    updated = runner.invoke(app, ["docs", "--corpus", str(root), "--json"])
    fresh = runner.invoke(app, ["docs", "--corpus", str(root), "--json", "--no-cache"])
    assert updated.stdout == fresh.stdout and [d["id"] for d in json.loads(updated.stdout)["documents"]] == ["b", "c", "z"]


def _variant_rows(cache) -> dict:
    import sqlite3

    (path,) = [p for p in cache.glob("libyadesk-*.sqlite")]
    with sqlite3.connect(path) as conn:
        return {(layer, k): v for layer, k, v in conn.execute(
            "SELECT layer, k, v FROM keyed WHERE layer IN ('variant_buckets', 'variant_groups')")}


@pytest.mark.parametrize("change", ["add", "remove"])
def test_spelling_variant_rows_are_patched_for_the_changed_names_only(make_corpus, tmp_path, monkeypatch, change):
    from libyadesk import Desk, names

    texts = {**TEXTS, "h.md": "---\ntitle: Talks\nsource: Wire\npublished: 2025-06-01\n---\n"
                              "General Hifter received Ambassador Wolfgang Brenner in Benghazi.\n"}
    if change == "add":
        texts.pop("h.md")
    root = make_corpus(texts)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        desk.search("Haftar")  # builds the variant rows
    built: list[int] = []
    real = names.VariantIndex.__init__

    def counting(self, vocabulary, table=None):
        built.append(1)
        real(self, vocabulary, table)

    monkeypatch.setattr(names.VariantIndex, "__init__", counting)
    if change == "add":
        (root / "h.md").write_text("---\ntitle: Talks\nsource: Wire\npublished: 2025-06-01\n---\n"
                                   "General Hifter received Ambassador Wolfgang Brenner in Benghazi.\n", encoding="utf-8")
    else:
        (root / "h.md").unlink()
    with Desk.open(root, cache=cache) as desk:
        changed = desk.index.changed_names()  # recorded by the update, applied by the search below
        assert "hifter" in changed and "brenner" in changed and "haftar" not in changed
        updated = [(h.doc, [(m.query, m.term, m.how) for m in h.matched]) for h in desk.search("Haftar")]
        typo = [h.doc for h in desk.search("Brenneer")]
    assert built == []  # patched, not built again
    with Desk.open(root, cache=cache) as desk:
        assert desk.index.changed_names() == []  # the patch was saved with the call
    fresh_cache = tmp_path / "fresh"
    with Desk.open(root, cache=fresh_cache) as desk:
        fresh = [(h.doc, [(m.query, m.term, m.how) for m in h.matched]) for h in desk.search("Haftar")]
        assert [h.doc for h in desk.search("Brenneer")] == typo
    assert updated == fresh
    assert ("h", [("haftar", "hifter", "variant")]) in updated if change == "add" else len(updated) == 1
    assert _variant_rows(cache) == _variant_rows(fresh_cache)


# --- a large corpus: only the folders whose mtime changed are looked at ----------------------

NESTED = {f"{'wire' if n % 2 else 'post'}/2025-0{n % 3 + 1}/{name}": text for n, (name, text) in enumerate(TEXTS.items())}
NESTED |= {"top.md": "---\ntitle: Top\nsource: Wire\npublished: 2025-01-09\n---\nHaftar met Dbeibah in Paris.\n"}


def _save_by_rename(path, text: str) -> None:
    """How an editor saves: a new file renamed over the old (the folder's mtime changes)."""
    spare = path.with_name(f".{path.name}.swp")
    spare.write_text(text, encoding="utf-8")
    os.replace(spare, path)


def _change(root, change: str) -> list[str]:
    """Make a change to the NESTED corpus; the names of the files a call must read for it."""
    if change == "add":
        (root / "wire/2025-02" / NEW[0]).write_text(NEW[1], encoding="utf-8")
        return [NEW[0]]
    if change == "save":
        path = root / "post/2025-01/a.md"
        _save_by_rename(path, path.read_text(encoding="utf-8").replace("Tuesday", "Sunday") + "Casapieri agreed.\n")
        return ["a.md"]
    if change == "remove":
        (root / "wire/2025-02/b.md").unlink()
        return []
    if change == "move":
        (root / "post/2025-03/c.md").rename(root / "wire/2025-02/c.md")
        return ["c.md"]
    if change == "new folder":
        (root / "wire/2025-09").mkdir()
        (root / "wire/2025-09" / NEW[0]).write_text(NEW[1], encoding="utf-8")
        return [NEW[0]]
    if change == "folder removed":
        for path in (root / "post/2025-01").iterdir():
            path.unlink()
        (root / "post/2025-01").rmdir()
        return []
    raise AssertionError(change)


@pytest.mark.parametrize("change", ["add", "save", "remove", "move", "new folder", "folder removed"])
def test_a_large_corpus_looks_at_the_changed_folders_only_and_answers_as_a_fresh_build(
        make_corpus, counted, monkeypatch, change):
    from libyadesk import cache

    monkeypatch.setattr(cache, "FULL_SCAN_FILES", 1)  # above it: folders are stat'ed, not files
    root = make_corpus(NESTED)
    answers(root)
    counted.clear()
    monkeypatch.setattr(cache, "WORK", dict.fromkeys(cache.WORK, 0))
    expected = _change(root, change)
    updated = answers(root)
    assert sorted(counted) == sorted(expected)  # the changed files only, read once
    assert cache.WORK["files stat'ed"] <= 1  # the new name or inode, not the corpus's 4 files
    assert answers(root, "--no-cache") == updated
    again = answers(root)  # nothing changed since: the cached answers stand
    assert again == updated and len(counted) == len(expected)


@pytest.mark.parametrize("change", ["same name", "same text", "original removed"])
def test_a_change_that_decides_another_files_id_or_duplicate_goes_the_whole_way(make_corpus, monkeypatch, change):
    from libyadesk import cache

    monkeypatch.setattr(cache, "FULL_SCAN_FILES", 1)
    root = make_corpus({**NESTED, "wire/2025-03/copy.md": NESTED["post/2025-01/a.md"]})
    answers(root)
    if change == "same name":  # sorts before wire/2025-02/b.md: that one must give up its name
        (root / "post/2025-01/b.md").write_text(NEW[1], encoding="utf-8")
    elif change == "same text":  # sorts before the original: the original becomes the duplicate
        (root / "post/2025-01/0-copy.md").write_text(TEXTS["b.md"], encoding="utf-8")
    else:  # the copy becomes a document
        (root / "post/2025-01/a.md").unlink()
    monkeypatch.setattr(cache, "WORK", dict.fromkeys(cache.WORK, 0))
    updated = answers(root)
    now = len(NESTED) + 1 + (-1 if change == "original removed" else 1)
    assert cache.WORK["files stat'ed"] >= now  # the whole walk, after the changed folder's
    assert answers(root, "--no-cache") == updated
    docs = json.loads(runner.invoke(app, ["docs", "--corpus", str(root), "--json"]).stdout)["documents"]
    ids = [d["id"] for d in docs]
    assert {"same name": "b" in ids and "wire/2025-02/b" in ids, "same text": "0-copy" in ids and "b" not in ids,
            "original removed": "copy" in ids and "a" not in ids}[change], ids


def test_a_change_costs_the_same_in_a_corpus_ten_times_larger(make_corpus, tmp_path, monkeypatch):
    """Files stat'ed, file rows read and written, SQLite instructions of the update: counted, never timed."""
    from libyadesk import cache
    from libyadesk.desk import Desk

    monkeypatch.setattr(cache, "FULL_SCAN_FILES", 10)  # both corpora checked by their folders only
    work = {}
    for size in (40, 400):
        texts = {f"s{size}/f{i // 10:02d}/d{i:04d}.md": f"---\ntitle: Patrol {i}\nsource: Wire\n"
                 f"published: 2025-03-0{i % 9 + 1}\n---\nFrontex said crossings to Crete rose, report {i}. "
                 f"The coast guard met in Benghazi, said officer Number{i}.\n" for i in range(size)}
        root = make_corpus(texts) / f"s{size}"
        cache_folder = tmp_path / f"cache{size}"
        with Desk.open(root, cache=cache_folder) as desk:
            desk.search("Frontex")
        with sqlite_steps() as steps:
            for change in ("add", "remove"):
                if change == "add":
                    (root / "f01" / "new.md").write_text("Casapieri spoke in Zuwara about the Zyxorium seizure.\n",
                                                         encoding="utf-8")
                else:
                    (root / "f01" / "new.md").unlink()
                monkeypatch.setattr(cache, "WORK", dict.fromkeys(cache.WORK, 0))
                steps[0] = 0
                with Desk.open(root, cache=cache_folder) as desk:
                    assert desk.changed == {"added": 1} if change == "add" else {"removed": 1}
                work[size, change] = (dict(cache.WORK), steps[0])
    for change in ("add", "remove"):
        (small, small_steps), (large, large_steps) = work[40, change], work[400, change]
        assert small == large, work  # the changed folder's 10 files, not the corpus's
        assert large["file rows written"] == 1 and large["files stat'ed"] <= 1, work
        # A row per folder is read (its mtime): 36 more folders; rewriting or renumbering 400 rows would be thousands.
        assert large_steps <= small_steps + 20 * 36, work
