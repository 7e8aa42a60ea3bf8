"""One --format on every list command, cited Markdown briefs, and terminal safety of every output."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from libyadesk.cli import app

runner = CliRunner()

LIST_COMMANDS = {
    "search": ["search", "Haftar"],
    "docs": ["docs"],
    "actors": ["actors", "--min-mentions", "2"],
    "timeline": ["timeline", "--since", "2025"],
    "actor": ["actor", "Haftar"],  # its rows: the mentions per document
}
ROW_KEY = {"search": "hits", "docs": "documents", "actors": "actors", "timeline": "events", "actor": "documents"}


def run(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


@pytest.mark.parametrize("name", LIST_COMMANDS)
def test_every_format_of_every_list_command(name):
    args = LIST_COMMANDS[name]
    rows = json.loads(run(*args, "--format", "json").stdout)[ROW_KEY[name]]
    assert rows
    jsonl = run(*args, "--format", "jsonl")
    assert jsonl.exit_code == 0
    assert [json.loads(line) for line in jsonl.stdout.splitlines()] == rows
    table = list(csv.DictReader(io.StringIO(run(*args, "--format", "csv").stdout)))
    assert len(table) == len(rows)
    ids = run(*args, "--format", "ids").stdout.splitlines()
    assert ids and len(ids) == len(set(ids))
    markdown = run(*args, "--format", "markdown")
    assert markdown.exit_code == 0 and markdown.stdout.strip()
    for shorthand, fmt in (("--json", "json"), ("--csv", "csv"), ("--markdown", "markdown"), ("--ids", "ids")):
        assert run(*args, shorthand).stdout == run(*args, "--format", fmt).stdout, shorthand


def test_ids_are_the_rows_ids():
    hits = json.loads(run("search", "Haftar", "--json").stdout)["hits"]
    assert run("search", "Haftar", "--ids").stdout.splitlines() == [h["doc"] for h in hits]
    actors = json.loads(run("actors", "--json").stdout)["actors"]
    assert run("actors", "--ids").stdout.splitlines() == [a["id"] for a in actors]
    profile = json.loads(run("actor", "Haftar", "--json").stdout)
    assert run("actor", "Haftar", "--ids").stdout.splitlines() == [d["doc"] for d in profile["documents"]]


def test_empty_list_in_every_machine_format_exits_1():
    for fmt in ("json", "jsonl", "csv", "ids"):
        result = run("search", "zzyzxqv", "--format", fmt)
        assert result.exit_code == 1, fmt
    empty = json.loads(run("search", "zzyzxqv", "--json").stdout)
    assert (empty["query"], empty["total"], empty["offset"], empty["hits"]) == ("zzyzxqv", 0, 0, [])
    assert run("search", "zzyzxqv", "--jsonl").exit_code == 2  # not an option: Click says so


# --- briefs --------------------------------------------------------------------------------


def check_brief(markdown: str) -> tuple[list[str], list[int]]:
    """Every [n] in the text has a source line n, the sources are numbered 1..N in order of
    first citation, and each source line names outlet and date; return (headings, cited)."""
    body, _, sources = markdown.partition("\n## Sources\n")
    assert sources, "no source list"
    listed = re.findall(r"^(\d+)\. (.+)$", sources, re.MULTILINE)
    numbers = [int(n) for n, _ in listed]
    assert numbers == list(range(1, len(numbers) + 1))
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", body)]
    assert set(cited) == set(numbers)
    assert list(dict.fromkeys(cited)) == numbers  # numbered as first cited
    for _, line in listed:
        assert re.search(r"\d{4}(-\d\d){0,2}|undated", line) and re.search(r"\(`[^`]+`\)$", line)
    return re.findall(r"^## (.+)$", body, re.MULTILINE), cited


def test_actor_markdown_brief_is_cited():
    result = run("actor", "Haftar", "--format", "markdown")
    assert result.exit_code == 0 and result.stdout.startswith("# Khalifa Haftar\n")
    headings, _ = check_brief(result.stdout)
    assert "Dated events" in headings and "Summary" in headings
    events = json.loads(run("actor", "Haftar", "--json").stdout)["events"]
    assert any(f"**{e['date']}**" in result.stdout for e in events)


def test_quotes_carry_speaker_and_date():
    profile = json.loads(run("actor", "Harchaoui", "--json").stdout)
    assert profile["quotes"], "the bundled corpus quotes Jalel Harchaoui"
    markdown = run("actor", "Harchaoui", "--markdown").stdout
    check_brief(markdown)
    quoted = re.findall(r"^> — (.+?) \[\d+\]$", markdown, re.MULTILINE)
    assert quoted and all(q.startswith(f"{profile['actor']['name']}, ") for q in quoted)
    assert all(re.search(r", (\d{4}(-\d\d){0,2}|undated)$", q) for q in quoted)


def test_search_markdown_brief_is_cited():
    result = run("search", "Frontex", "--format", "markdown")
    assert result.exit_code == 0
    headings, cited = check_brief(result.stdout)
    assert headings[0] == "Documents"
    hits = json.loads(run("search", "Frontex", "--json").stdout)["hits"]
    sources = result.stdout.partition("\n## Sources\n")[2]
    assert all(f"`{h['doc']}`" in sources for h in hits)


def test_brief_command_has_a_section_per_aspect(tmp_path):
    short = run("actor", "Haftar", "--markdown").stdout
    result = run("brief", "Haftar")
    assert result.exit_code == 0
    headings, _ = check_brief(result.stdout)
    assert set(check_brief(short)[0]) < set(headings)
    assert {"Documents", "Mentioned with"} <= set(headings)
    out = tmp_path / "brief.md"
    written = run("brief", "Frontex", "Crete", "-o", str(out))
    assert written.exit_code == 0 and written.stdout == "" and str(out) in written.stderr
    topic_headings, _ = check_brief(out.read_text(encoding="utf-8"))
    assert topic_headings[0] == "Documents" and "Actors named in these documents" in topic_headings
    assert run("brief", "zzyzxqv").exit_code == 1
    assert run("brief", "Haftar", "-o", str(tmp_path)).exit_code == 2


def test_brief_topic_reads_a_name_as_a_query():
    result = run("brief", "Lukashenko", "--topic")
    assert result.exit_code == 0 and result.stdout.startswith("# Lukashenko\n")
    assert "## Documents" in result.stdout


# --- terminal safety -----------------------------------------------------------------------

HOSTILE_FRONT_MATTER = (
    '---\ntitle: "Council \\e]0;owned\\a meets \\e[2J in Sirte \\x9b31m"\nsource: "Wire\\e[31m"\n'
    "published: 2024-05-07\n---\nThe council met in Sirte on Monday to discuss the budget, officials said.\n"
)
HOSTILE_ACTORS = '[[actor]]\nname = "Evil \\u001b]8;;http://x\\u0007Link \\u009b2J Man"\nkind = "person"\naliases = ["Sirte council"]\n'
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize("args", [
    ["docs"], ["docs", "--csv"], ["docs", "--markdown"], ["search", "council"], ["search", "council", "--markdown"],
    ["search", "council", "--csv"], ["show", "a"], ["actors"], ["actors", "--csv"], ["actors", "--markdown"],
    ["actor", "Evil"], ["actor", "Evil", "--markdown"], ["timeline"], ["timeline", "--csv"], ["timeline", "--markdown"],
    ["brief", "Evil"],
])
def test_no_control_character_reaches_the_terminal(make_corpus, args):
    root = make_corpus({"a.md": HOSTILE_FRONT_MATTER, "actors.toml": HOSTILE_ACTORS})
    result = run(*args, "--corpus", str(root))
    assert result.exit_code == 0, result.stderr
    assert not CONTROL.search(result.stdout), repr(result.stdout)
    assert not CONTROL.search(result.stderr)


@pytest.mark.parametrize("args", [["docs", "--json"], ["actors", "--json"], ["actors", "--format", "jsonl"],
                                  ["actor", "Evil", "--json"], ["search", "council", "--json"]])
def test_json_escapes_control_characters(make_corpus, args):
    root = make_corpus({"a.md": HOSTILE_FRONT_MATTER, "actors.toml": HOSTILE_ACTORS})
    result = run(*args, "--corpus", str(root))
    assert result.exit_code == 0
    assert not CONTROL.search(result.stdout.replace("\n", ""))
    for line in (result.stdout.splitlines() if "jsonl" in args else [result.stdout]):
        json.loads(line)


def test_front_matter_escapes_are_removed_at_load(make_corpus):
    root = make_corpus({"a.md": HOSTILE_FRONT_MATTER})
    doc = json.loads(run("docs", "--json", "--corpus", str(root)).stdout)["documents"][0]
    assert doc["title"].startswith("Council") and "Sirte" in doc["title"] and doc["source"].startswith("Wire")
    assert not CONTROL.search(doc["title"]) and not CONTROL.search(doc["source"])  # YAML's own escapes decoded, then removed


# --- docs/json.md names every key ----------------------------------------------------------

JSON_DOC = (__import__("pathlib").Path(__file__).resolve().parent.parent / "docs" / "json.md").read_text(encoding="utf-8")


def _keys(value, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(key)
            _keys(inner, found)
    elif isinstance(value, list):
        for inner in value:
            _keys(inner, found)
    return found


@pytest.mark.parametrize("args", [["docs"], ["show", "2025-12"], ["search", "Haftar"], ["search", "Hifter Frontex"],
                                  ["actor", "Haftar"], ["actor", "Zorro Nobody"], ["actors"], ["timeline"]])
def test_every_json_key_is_documented(args):
    result = run(*args, "--json")
    assert result.exit_code in (0, 1)
    for key in _keys(json.loads(result.stdout), set()):
        assert f'"{key}"' in JSON_DOC or f"`{key}`" in JSON_DOC, f"{key} of `libyadesk {' '.join(args)} --json` is not in docs/json.md"


def test_the_man_page_is_generated_from_the_app():
    from pathlib import Path

    from libyadesk.manpage import render_manpage

    page = render_manpage()
    committed = (Path(__file__).resolve().parent.parent / "docs" / "libyadesk.1").read_text(encoding="utf-8")
    assert committed == page, "docs/libyadesk.1 is out of date: python -m libyadesk.manpage > docs/libyadesk.1"
    for command in ("docs", "show", "search", "actor", "brief", "actors", "timeline", "dates", "cache clear"):
        assert f"\\fBlibyadesk {command}\\fR" in page
    assert "\\fB\\-\\-format\\fR" in page and not re.search(r"^\.(?!TH|SH|SS|PP|TP|B )", page, re.MULTILINE)


def test_error_lines_quoting_corpus_names_are_clean(make_corpus):
    root = make_corpus({"a.md": HOSTILE_FRONT_MATTER, "actors.toml": HOSTILE_ACTORS})
    result = run("actor", "Evel Linc Mann", "--corpus", str(root))  # the hostile name comes back as a suggestion
    assert result.exit_code == 1 and "no actor named" in result.stderr
    assert not CONTROL.search(result.stderr.replace("\n", ""))
