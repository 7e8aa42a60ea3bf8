"""Every command has help with an example and is shown in the README; docs name every JSON key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from libyadesk.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
JSON_DOC = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
COMMANDS = ["search", "actor", "brief", "actors", "timeline", "dates", "docs", "show", "add", "cache clear", "cache refresh", "cache path"]
runner = CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_with_an_example(command):
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example: libyadesk " + command.split()[0] in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_in_the_readme(command):
    assert f"libyadesk {command}" in README


@pytest.mark.parametrize("command", ["search", "actor", "actors", "timeline", "dates", "docs", "show", "add"])
def test_command_json_is_documented(command):
    assert f"`libyadesk {command}" in JSON_DOC


def test_readme_quick_start_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install ".[test]"' in README and 'pip install --quiet ".[test]"' in ci
    assert "python -m pytest -q" in README and "python -m pytest -q" in ci
