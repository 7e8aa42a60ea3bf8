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
