"""Issue 14: the command line behaves as a user of ripgrep, gh or sqlite-utils expects.

Each test would have caught one of the reported problems; CliRunner, exit codes asserted,
--json parsed.
"""

from __future__ import annotations

import datetime
import json
import re

import pytest
from typer.testing import CliRunner

from libyadesk import __version__
from libyadesk.cli import app, main

from helpers import folder_digest

runner = CliRunner()


def run(*args: str, env: dict | None = None, input: str | None = None):
    return runner.invoke(app, list(args), env=env, input=input)


def entry(argv, capsys):
    """Run the console-script entry point; return (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out = capsys.readouterr()
    return exit_info.value.code, out.out, out.err


def bundled_ids() -> list[str]:
    return [d["id"] for d in json.loads(run("docs", "--json").stdout)["documents"]]


# --- options and arguments -----------------------------------------------------------------


def test_version(capsys):
    code, out, err = entry(["--version"], capsys)
    assert code == 0 and out == f"libyadesk {__version__}\n" and err == ""


def test_unknown_option_has_no_unrelated_hint(capsys):
    code, out, err = entry(["search", "Haftar", "--limt", "3"], capsys)
    assert code == 2 and out == ""
    assert "--limt" in err and "exclude" not in err and len(err.strip().splitlines()) == 1
    code, _, err = entry(["docs", "--jsn"], capsys)
    assert code == 2 and "exclude" not in err
    code, _, err = entry(["search", "Meloni", "-Haftar"], capsys)  # the hint is for this case
    assert code == 2 and "quote the query" in err


def test_unquoted_words_are_one_query_and_one_name():
    quoted, unquoted = run("search", "Meloni Haftar", "--json"), run("search", "Meloni", "Haftar", "--json")
    assert quoted.exit_code == unquoted.exit_code == 0
    assert json.loads(unquoted.stdout) == json.loads(quoted.stdout)
    assert json.loads(unquoted.stdout)["query"] == "Meloni Haftar"
    result = run("actor", "Khaled", "Haftar", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["actor"]["name"] == "Khaled Haftar"


@pytest.mark.parametrize("args", [["actor", ""], ["show", ""], ["search", ""], ["actor", " "]])
def test_empty_names_and_ids_are_usage_errors(args):
    result = run(*args)
    assert result.exit_code == 2 and "empty" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", [["search", "Haftar"], ["timeline"]])
def test_an_unknown_actor_filter_is_a_usage_error(command):
    result = run(*command, "--actor", "Zorro Nobody", "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert "--actor" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["search", "Haftar", "--json", "--ids"], ["docs", "--csv", "--format", "json"],
                                  ["timeline", "--markdown", "--json"], ["actors", "--ids", "--csv"]])
def test_two_output_formats_are_a_usage_error(args):
    result = run(*args)
    assert result.exit_code == 2 and "choose one output format" in result.stderr and result.stdout == ""


def test_same_format_twice_is_fine():
    result = run("search", "Frontex", "--json", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["hits"]


def test_unknown_actor_json_is_still_a_document():
    result = run("actor", "Zorro", "Nobody", "--json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload == {"query": "Zorro Nobody", "actor": None, "suggestions": payload["suggestions"]}
    assert isinstance(payload["suggestions"], list)
    near = json.loads(run("actor", "Lukashenkov", "Sergeyevich", "--json").stdout or "{}")
    assert near.get("actor") is None or near["actor"]["name"]  # found by fuzzy match, or suggested
    assert "no actor named" in result.stderr


def test_kind_help_lists_exactly_the_accepted_kinds():
    from libyadesk.actors import KINDS

    help_text = " ".join(run("actors", "--help").stdout.split())
    listed = re.search(r"Only this kind: ([a-z_, ]+)\.", help_text).group(1)
    assert sorted(k.strip() for k in listed.split(",")) == sorted(KINDS)
    for kind in KINDS:  # every listed kind is accepted (an answer, maybe empty), none refused
        assert run("actors", "--kind", kind, "--json").exit_code in (0, 1)
    assert run("actors", "--kind", "martian").exit_code == 2


def test_ctrl_c_exits_130(monkeypatch, capsys):
    import libyadesk.search

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(libyadesk.search, "search", interrupted)
    code, out, err = entry(["search", "Haftar"], capsys)
    assert code == 130 and out == "" and err.strip() == "libyadesk: interrupted"
    assert run("search", "Haftar").exit_code == 130


def test_shell_completion_is_typers_own(monkeypatch, capsys):
    assert "--install-completion" in run("--help").stdout
    monkeypatch.setenv("_LIBYADESK_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "libyadesk sea")
    monkeypatch.setenv("COMP_CWORD", "1")
    code, out, _ = entry([], capsys)
    assert code == 0 and out.split() == ["search"]


# --- dates ---------------------------------------------------------------------------------


def test_a_bare_month_is_the_whole_latest_month():
    from libyadesk.dates import parse_bound

    assert parse_bound("February", datetime.date(2026, 12, 1)) == (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    assert parse_bound("Dec", datetime.date(2027, 1, 5)) == (datetime.date(2026, 12, 1), datetime.date(2026, 12, 31))


def test_since_and_until_the_same_month_find_that_month(make_corpus):
    today = datetime.date.today()
    year = today.year if today.month >= 2 else today.year - 1
    root = make_corpus({
        f"{day}.md": f"---\ntitle: Day {day}\npublished: {year}-02-{day:02d}\n---\nThe council met in Sirte on day {day}.\n"
        for day in (1, 14, 28)
    } | {"march.md": f"---\ntitle: March\npublished: {year}-03-01\n---\nThe council met in Sirte again.\n"})
    result = run("search", "council", "--since", "February", "--until", "February", "--corpus", str(root), "--json")
    assert result.exit_code == 0
    assert sorted(h["doc"] for h in json.loads(result.stdout)["hits"]) == ["1", "14", "28"]


@pytest.mark.parametrize("value, message", [("24", "in full"), ("99", "in full"), ("Q5 2024", "cannot read"),
                                            ("H3 2024", "cannot read")])
def test_impossible_or_ambiguous_bounds_are_refused(value, message):
    result = run("search", "Haftar", "--since", value)
    assert result.exit_code == 2 and message in result.stderr and "--since" in result.stderr


# --- environment ---------------------------------------------------------------------------


def test_relative_cache_dir_is_made_absolute(tmp_path, monkeypatch):
    from libyadesk import cache

    monkeypatch.chdir(tmp_path)
    assert cache.cache_dir({"LIBYADESK_CACHE_DIR": "rel"}) == tmp_path / "rel"
    assert cache.cache_dir({"XDG_CACHE_HOME": "relative"}).is_absolute()  # ignored, as the XDG spec says
    monkeypatch.setenv("LIBYADESK_CACHE_DIR", "rel")
    assert run("search", "Frontex", "--json").exit_code == 0
    assert list((tmp_path / "rel").glob("*")), "the relative cache folder was not used"


def test_cache_never_goes_inside_the_corpus(make_corpus, monkeypatch):
    root = make_corpus({"a.md": "Haftar met Lukashenko in Minsk.\n"})
    before = folder_digest(root)
    monkeypatch.chdir(root)
    for variable, value in (("LIBYADESK_CACHE_DIR", "cache"), ("XDG_CACHE_HOME", str(root))):
        result = run("search", "Minsk", "--corpus", str(root), env={variable: value})
        assert result.exit_code == 2 and "inside the corpus" in result.stderr
    assert folder_digest(root) == before


@pytest.mark.parametrize("columns", ["0", "-5", "abc", "3"])
def test_nonsense_columns_still_print(columns):
    result = run("docs", env={"COLUMNS": columns})
    assert result.exit_code == 0
    assert all(doc_id in result.stdout for doc_id in bundled_ids())


# --- ids and text are never cut ------------------------------------------------------------


@pytest.mark.parametrize("columns", ["50", "80", "110", "200", None])
@pytest.mark.parametrize("command", [["docs"], ["timeline", "--since", "2025"], ["actor", "Haftar"], ["search", "Haftar"]])
def test_ids_are_never_broken_across_lines(columns, command):
    result = run(*command, env={"COLUMNS": columns})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    shown = [i for i in bundled_ids() if i[:20] in result.stdout]
    assert shown
    for doc_id in shown:  # wherever an id starts, it is whole on that line
        assert all(doc_id in line for line in lines if doc_id[:20] in line), doc_id


def test_docs_ids():
    result = run("docs", "--ids")
    assert result.exit_code == 0 and result.stdout.splitlines() == bundled_ids()


def test_show_in_a_pipe_keeps_paragraphs_whole():
    doc = json.loads(run("show", "2025-12", "--json").stdout)
    result = run("show", "2025-12", env={"COLUMNS": None})
    assert result.exit_code == 0
    lines = set(result.stdout.splitlines())
    paragraphs = [p.strip() for p in doc["text"].split("\n") if p.strip()]
    assert any(len(p) > 160 for p in paragraphs)
    assert all(p in lines for p in paragraphs)


# --- totals and paging ---------------------------------------------------------------------


def test_search_totals_and_offset():
    everything = json.loads(run("search", "Haftar", "--json").stdout)
    total = everything["total"]
    assert total == len(everything["hits"]) >= 3
    first = json.loads(run("search", "Haftar", "--limit", "2", "--json").stdout)
    rest = json.loads(run("search", "Haftar", "--limit", "2", "--offset", "2", "--json").stdout)
    assert first["total"] == rest["total"] == total and rest["offset"] == 2
    assert [h["doc"] for h in first["hits"] + rest["hits"]] == [h["doc"] for h in everything["hits"]][:4]
    table = run("search", "Haftar", "--limit", "2").stdout
    assert table.startswith(f"{total} documents match; showing 1–2; --offset 2 for more")
    past = run("search", "Haftar", "--offset", "100", "--json")
    assert past.exit_code == 1 and json.loads(past.stdout)["hits"] == []


def test_timeline_newest_and_offset():
    events = json.loads(run("timeline", "--json").stdout)
    assert events["total"] == len(events["events"]) > 3
    newest = json.loads(run("timeline", "--newest", "--limit", "2", "--json").stdout)
    assert newest["events"] == events["events"][::-1][:2] and newest["total"] == events["total"]
    page = json.loads(run("timeline", "--offset", "1", "--limit", "2", "--json").stdout)
    assert page["events"] == events["events"][1:3]


# --- warnings ------------------------------------------------------------------------------


def test_many_duplicates_are_one_line_each_call(make_corpus):
    body = "---\ntitle: Copy\n---\nThe council met in Sirte on Monday to discuss the budget.\n"
    root = make_corpus({f"copy{i:03d}.md": body for i in range(40)})
    for _ in range(2):
        result = run("search", "Sirte", "--corpus", str(root), "--json")
        assert result.exit_code == 0
        assert result.stderr.splitlines() == ["warning: 39 duplicate files skipped; --verbose lists them"]
    verbose = run("search", "Sirte", "--corpus", str(root), "--json", "--verbose")
    assert len(verbose.stderr.splitlines()) == 39
    assert run("search", "Sirte", "--corpus", str(root), "--json", "-q").stderr == ""


@pytest.mark.parametrize("query", ["Haftar", "Frontex -Libya", '"Libyan National Army"', "Frontex OR Lukashenko",
                                   "Hifter Benghazi", "migrant", "Haftar Zzyzxqv"])
@pytest.mark.parametrize("filters", [[], ["--source", "e"]])
def test_total_counts_every_matching_document(query, filters):
    payload = json.loads(run("search", query, "--limit", "100", "--json", *filters).stdout)
    assert payload["total"] == len(payload["hits"]) + sum(len(h["copies"]) for h in payload["hits"])
