"""A changed corpus is updated, not rebuilt: only changed files are read, and the answers are a fresh build's."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

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
