"""The library API (libyadesk.Desk): the documented example runs, and answers equal the command line's."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import libyadesk
from libyadesk.cli import app
from libyadesk.errors import NotFound, UsageError

DOCS = Path(__file__).resolve().parent.parent / "docs"
runner = CliRunner()


def test_the_example_of_docs_library_md_runs():
    failures, tried = doctest.testfile(str(DOCS / "library.md"), module_relative=False,
                                       optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 5 and failures == 0


def test_desk_is_exported_by_the_package():
    assert "Desk" in libyadesk.__all__ and libyadesk.Desk.open.__doc__


def test_desk_answers_as_the_command_line_does(make_corpus):
    root = make_corpus({
        "a.md": "---\ntitle: Minsk\nsource: Wire\npublished: 2025-02-18\n---\nKhalifa Haftar met Lukashenko in Minsk on Tuesday.\n",
        "b.md": "---\ntitle: Rome\nsource: Post\npublished: 2025-03-01\n---\nDbeibah met Meloni in Rome on Friday.\n",
    })
    with libyadesk.Desk.open(root) as desk:
        hits = [h.doc for h in desk.search("Minsk")]
        events = [e.to_json() for e in desk.timeline()]
        rows = [r.name for r in desk.actors()]
        documents = [d.id for d in desk.documents()]
    cli = json.loads(runner.invoke(app, ["search", "Minsk", "--corpus", str(root), "--json"]).stdout)
    assert hits == [h["doc"] for h in cli["hits"]] == ["a"]
    assert events == json.loads(runner.invoke(app, ["timeline", "--corpus", str(root), "--json"]).stdout)["events"]
    assert rows == [r["name"] for r in json.loads(runner.invoke(app, ["actors", "--corpus", str(root), "--json"]).stdout)["actors"]]
    assert documents == ["a", "b"]


def test_library_errors_name_no_command_line_flags(tmp_path):
    with libyadesk.Desk.open(cache=False) as desk:
        for call in (lambda: desk.search("Haftar", limit=0), lambda: desk.timeline(since="2025", until="2024"),
                     lambda: desk.actors(kind="planet"), lambda: desk.dates("x", reference="tomorrow")):
            with pytest.raises(UsageError) as caught:
                call()
            assert "--" not in str(caught.value)
        with pytest.raises(NotFound):
            desk.actor("Zorro Nobody")
    with pytest.raises(UsageError) as caught:
        libyadesk.Desk.open(actors=tmp_path / "missing.toml", cache=False)
    assert "--" not in str(caught.value)
