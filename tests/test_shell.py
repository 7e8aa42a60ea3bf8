"""A plain `search` is read without Typer (shell.main): the same command with the same arguments, or left to Typer.

Every command line below is given to both readers: where shell.search_arguments reads it,
the search command must receive exactly what the Typer app gives it; where it declines,
Typer answers (its messages and exit codes are tested in test_cli*.py).  Which modules a
warm search imports is counted in test_startup.py.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from typer.testing import CliRunner

from libyadesk import shell
from libyadesk.cli import app

READ_HERE = [
    ["search", "Frontex"],
    ["search", "Meloni", "Benghazi"],
    ["search", '"border security"', "--limit", "5"],
    ["search", "Frontex", "--limit=3", "--offset", "2"],
    ["search", "-n", "4", "Frontex", "--exact"],
    ["search", "Haftar", "--json"],
    ["search", "Haftar", "--format", "csv"],
    ["search", "Haftar", "-f", "ids", "-q"],
    ["search", "Haftar", "--markdown", "--verbose", "--no-cache"],
    ["search", "Haftar", "--since", "2024", "--until=May 2025", "--source", "Wire"],
    ["search", "Haftar", "--actor", "Haftar", "--actors", "extra.toml"],
    ["search", "Haftar", "--corpus", "news", "--ids"],
    ["search", "--", "-Haftar", "Meloni"],
    ["search", "Frontex", "--corpus="],
    ["search", "Frontex", "--json", "--csv"],  # a conflict: the command says so, whichever reader
    ["search", "Frontex", "--limit", "0"],
]
LEFT_TO_TYPER = [
    ["search"],
    ["search", "--help"],
    ["search", "-h"],
    ["search", "Frontex", "-n5"],
    ["search", "Frontex", "-qn", "5"],
    ["search", "-Haftar"],
    ["search", "Frontex", "--limit", "five"],
    ["search", "Frontex", "--limit", "-3"],
    ["search", "Frontex", "--limit", " 5"],
    ["search", "Frontex", "--limit"],
    ["search", "Frontex", "--format", "JSON"],
    ["search", "Frontex", "--json=yes"],
    ["search", "Frontex", "--limit", "3", "--limit", "4"],
    ["search", "Frontex", "--limt", "3"],
    ["search", "Frontex", "-"],
    ["docs"],
    ["--version"],
    ["actor", "Haftar"],
    [],
]


SIGNATURE = inspect.signature(shell.search_command)


def _bound(**arguments) -> dict:
    bound = SIGNATURE.bind(**arguments)
    bound.apply_defaults()
    return dict(bound.arguments)


def _through_typer(args: list[str], monkeypatch, env: dict | None = None) -> dict:
    seen: list[dict] = []

    def record(*positional, **named):
        seen.append(dict(SIGNATURE.bind(*positional, **named).arguments))

    monkeypatch.setattr(shell, "search_command", record)
    result = CliRunner().invoke(app, args, env=env)
    monkeypatch.undo()
    assert result.exit_code == 0, result.output
    assert len(seen) == 1
    return _bound(**seen[0])


@pytest.mark.parametrize("args", READ_HERE)
def test_a_plain_search_is_read_as_typer_reads_it(args, monkeypatch):
    mine = shell.search_arguments(args, {})
    assert mine is not None
    assert _bound(**mine) == _through_typer(args, monkeypatch)


def test_the_corpus_and_actor_file_variables_are_read_as_typer_reads_them(monkeypatch):
    env = {"LIBYADESK_CORPUS": "news", "LIBYADESK_ACTORS": "mine.toml"}
    for args in (["search", "Frontex"], ["search", "Frontex", "--corpus", "other", "--actors", "x.toml"]):
        mine = shell.search_arguments(args, env)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        assert _bound(**mine) == _through_typer(args, monkeypatch, env)
    # An empty variable is no value, for Click as here.
    assert "corpus" not in shell.search_arguments(["search", "Frontex"], {"LIBYADESK_CORPUS": ""})
    assert shell.search_arguments(["search", "Frontex"], env)["actors_file"] == Path("mine.toml")


@pytest.mark.parametrize("args", LEFT_TO_TYPER)
def test_anything_else_is_left_to_typer(args):
    assert shell.search_arguments(args, {}) is None


def test_shell_completion_is_left_to_typer():
    assert shell.search_arguments(["search", "Frontex"], {"_LIBYADESK_COMPLETE": "bash_complete"}) is None


def test_main_answers_a_plain_search_and_says_what_typer_says_otherwise(capsys, make_corpus):
    root = make_corpus({"a.md": "---\ntitle: Patrols\nsource: Wire\npublished: 2025-03-01\n---\n"
                               "Frontex said crossings to Crete rose. The coast guard met in Benghazi.\n"})
    with pytest.raises(SystemExit) as found:
        shell.main(["search", "Frontex", "--corpus", str(root), "--ids"])
    assert found.value.code == 0
    assert capsys.readouterr().out == "a\n"
    with pytest.raises(SystemExit) as found:
        shell.main(["search", "Zyxorium", "--corpus", str(root)])
    assert found.value.code == 1
    assert "no documents match 'Zyxorium'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as found:
        shell.main(["search", "Frontex", "--corpus", str(root), "--limit", "0"])
    assert found.value.code == 2
    assert capsys.readouterr().err.startswith("libyadesk: --limit must be a positive number")
    with pytest.raises(SystemExit) as found:  # left to Typer: its message, exit 2
        shell.main(["search", "Frontex", "--limt", "3"])
    assert found.value.code == 2
    assert "No such option: --limt" in capsys.readouterr().err
