"""The command line as a user runs it: exit codes, JSON shapes, stderr lines."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from libyadesk.cli import app

from helpers import folder_digest

runner = CliRunner()

FRONTEX_DOC = "2025-10-14-the-europe-time-eu-has-long-worked-with-haftar-on-migration"


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def run_json(*args: str):
    result = run(*args, "--json")
    return result, json.loads(result.stdout)


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("docs", "show", "search", "dates"):
        assert command in result.stdout


def test_docs_json_lists_five_documents_with_contract_keys():
    result, payload = run_json("docs")
    assert result.exit_code == 0
    assert len(payload["documents"]) == 5
    for doc in payload["documents"]:
        assert set(doc) == {"id", "title", "source", "url", "published", "author", "format", "pages", "words"}
        assert isinstance(doc["words"], int) and doc["words"] > 100
    dates = sorted(d["published"] for d in payload["documents"])
    assert dates == ["2024-05-08", "2024-05-21", "2025-02", "2025-10-14", "2025-12-07"]


def test_docs_table_is_plain_text_with_the_titles():
    result = run("docs")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "Khaled Haftar Urges EU" in result.stdout
    assert "LibyaReview" in result.stdout


def test_show_by_unique_prefix():
    result, payload = run_json("show", "2025-12")
    assert result.exit_code == 0
    assert set(payload) == {"id", "title", "source", "url", "published", "author", "format", "pages", "text"}
    assert payload["text"].startswith("Lieutenant General Khaled Khalifa Haftar")


def test_show_ambiguous_and_unknown_ids():
    result = run("show", "2024")
    assert result.exit_code == 2 and "ambiguous" in result.stderr
    result = run("show", "nope")
    assert result.exit_code == 1 and "no document" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_search_frontex_ranks_the_frontex_article_first():
    result, payload = run_json("search", "Frontex")
    assert result.exit_code == 0
    assert payload["query"] == "Frontex"
    assert payload["hits"][0]["doc"] == FRONTEX_DOC
    hit = payload["hits"][0]
    assert set(hit) >= {"doc", "title", "source", "published", "score", "snippet", "matched"}
    assert "Frontex" in hit["snippet"]
    assert hit["matched"] == [{"query": "frontex", "term": "frontex", "how": "exact"}]


@pytest.mark.parametrize("query", ["Nigeria", '"fashion industry"', "fashion", "Retirement"])
def test_boilerplate_words_never_match(query):
    result = run("search", query)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no documents match" in result.stderr


def test_boilerplate_word_is_missing_from_every_partial_hit():
    # "industry" is in the articles, "fashion" only in the menus cleaning removed: hits match one word of two.
    result, payload = run_json("search", "fashion industry")
    assert result.exit_code == 0
    assert payload["partial"] is True and payload["hits"]
    assert all(h["missing"] == ["fashion"] for h in payload["hits"])


def test_search_ids_for_piping():
    result = run("search", "Lukashenko", "--ids")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["2025-02-dispatch-risk-haftars-in-belarus-nato-eu-concerns"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", ""], "empty"),
        (["search", "the of and"], "no searchable words"),
        (["search", "?!"], "no searchable words"),
        (["search", '"Haftar'], "unbalanced quote"),
        (["search", "Haftar", "--limit", "0"], "--limit"),
        (["search", "Haftar", "--limit", "-3"], "--limit"),
        (["search", "Haftar", "--since", "2025-13-45"], "--since"),
        (["search", "Haftar", "--since", "2025", "--until", "2024"], "after"),
    ],
)
def test_bad_search_input_is_one_line_and_exit_2(args, message):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_corpus_option_and_environment_variable(make_corpus, monkeypatch):
    root = make_corpus({"a.md": "---\ntitle: Minsk visit\nsource: Wire\npublished: 2025-02-18\n---\nHaftar met Lukashenko in Minsk.\n"})
    result, payload = run_json("docs", "--corpus", str(root))
    assert [d["id"] for d in payload["documents"]] == ["a"]
    monkeypatch.setenv("LIBYADESK_CORPUS", str(root))
    result, payload = run_json("search", "Minsk")
    assert result.exit_code == 0 and payload["hits"][0]["doc"] == "a"


def test_warnings_go_to_stderr_and_json_stays_clean(make_corpus):
    root = make_corpus({"a.md": "Haftar met Lukashenko in Minsk.\n", "empty.md": ""})
    before = folder_digest(root)
    result = run("docs", "--corpus", str(root), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["id"] == "a"
    assert "empty.md" in result.stderr and "empty file" in result.stderr
    assert folder_digest(root) == before


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_unusable_corpus_exits_2(tmp_path, kind):
    root = tmp_path / "nothing"
    if kind == "file":
        root.write_text("Haftar")
    result = run("docs", "--corpus", str(root))
    assert result.exit_code == 2
    assert str(root) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_dates_command_offsets_slice_the_input():
    text = "Meloni met Libyan officials in Tripoli on Tuesday (May 7). That may have helped."
    result = run("dates", "--ref", "2024-05-08", "--json", input=text)
    assert result.exit_code == 0
    expressions = json.loads(result.stdout)["expressions"]
    assert expressions and all(text[e["start"] : e["end"]] == e["text"] for e in expressions)
    assert [e["value"] for e in expressions] == ["2024-05-07"]


def test_dates_reads_standard_input_named_dash():
    result = run("dates", "-", "--ref", "2024-05-08", "--json", input="Meloni met Haftar on Tuesday.")
    assert result.exit_code == 0, result.stderr
    assert [e["value"] for e in json.loads(result.stdout)["expressions"]] == ["2024-05-07"]


def test_dates_command_bad_ref():
    result = run("dates", "--ref", "yesterday-ish", input="on Monday")
    assert result.exit_code == 2 and "--ref" in result.stderr


def test_actor_json_contract_and_family_disambiguation():
    result, payload = run_json("actor", "Haftar")
    assert result.exit_code == 0
    assert set(payload) >= {"actor", "mentions", "documents", "related", "summary", "events", "also_matching"}
    assert set(payload["actor"]) >= {"name", "kind", "aliases", "titles"}
    assert payload["actor"]["name"] == "Khalifa Haftar"
    also = {a["name"] for a in payload["also_matching"]}
    assert also == {"Saddam Haftar", "Khaled Haftar", "Belgacem Haftar"}
    assert all(set(d) >= {"doc", "mentions", "published"} for d in payload["documents"])
    assert all(set(r) >= {"name", "count"} for r in payload["related"])
    assert 3 <= len(payload["summary"]) <= 6
    assert all(set(s) >= {"doc", "text", "published"} for s in payload["summary"])
    published = [s["published"] for s in payload["summary"]]
    assert published == sorted(published)
    assert payload["events"] and all("Khalifa Haftar" in e["actors"] for e in payload["events"])


def test_actor_by_spelling_variant_and_full_name():
    result, payload = run_json("actor", "Hifter")
    assert result.exit_code == 0 and payload["actor"]["name"] == "Khalifa Haftar"
    result, payload = run_json("actor", "Saddam Khalifa Haftar")
    assert payload["actor"]["name"] == "Saddam Haftar"
    result, payload = run_json("actor", "Dbeibeh")
    assert payload["actor"]["name"] == "Abdul Hamid Dbeibah"


def test_unknown_actor_suggests_and_exits_1():
    result = run("actor", "Meloney")
    assert result.exit_code in (0, 1)  # a close typo may resolve by fuzzy match
    result = run("actor", "Zorro Nobody")
    assert result.exit_code == 1
    assert result.stderr.startswith("libyadesk: no actor named 'Zorro Nobody'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_actor_table_is_cited():
    result = run("actor", "Lukashenko")
    assert result.exit_code == 0
    assert "Aleksandr Lukashenko" in result.stdout
    assert "Dispatch Risk · 2025-02" in result.stdout


def test_actors_list_filters():
    result, payload = run_json("actors", "--kind", "person", "--min-mentions", "2")
    assert result.exit_code == 0
    rows = payload["actors"]
    assert rows and all(r["kind"] == "person" and r["mentions"] >= 2 for r in rows)
    assert rows[0]["name"] == "Khalifa Haftar"
    assert set(rows[0]) >= {"name", "kind", "mentions", "documents", "first", "last"}
    result = run("actors", "--min-mentions", "100000")
    assert result.exit_code == 1


def test_user_actors_file(make_corpus, tmp_path):
    root = make_corpus({"a.md": "Colonel Ahmed Mismari spoke for the LNA in Benghazi on Monday.\nMismari said the army was ready.\n"})
    extra = tmp_path / "extra.toml"
    extra.write_text('[[actor]]\nname = "Ahmed al-Mismari"\nkind = "person"\naliases = ["Ahmed Mismari", "Mismari"]\n', encoding="utf-8")
    result, payload = run_json("actor", "Mismari", "--corpus", str(root), "--actors", str(extra))
    assert result.exit_code == 0 and payload["actor"]["name"] == "Ahmed al-Mismari"
    assert payload["mentions"] == 2
    broken = tmp_path / "broken.toml"
    broken.write_text("[[actor]\nname =", encoding="utf-8")
    result = run("actors", "--corpus", str(root), "--actors", str(broken))
    assert result.exit_code == 2 and "broken.toml" in result.stderr


@pytest.mark.parametrize(
    "argv, message",
    [
        (["search", "-Haftar"], "No such option"),
        (["search", "Haftar", "--limit", "abc"], "--limit"),
        (["nonsense"], "No such command"),
        (["actors", "--kind", "martian"], "choose from"),
        (["actors", "--min-mentions", "-5"], "--min-mentions"),
        (["show", ""], "empty"),
        (["dates", "--ref", "2025-02-30"], "not a valid date"),
    ],
)
def test_usage_errors_are_one_line_from_the_entry_point(capsys, argv, message):
    from libyadesk.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_entry_point_exit_codes(capsys):
    from libyadesk.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["search", "Frontex", "--ids"])
    assert exit_info.value.code == 0
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "Nigeria"])
    assert exit_info.value.code == 1
    with pytest.raises(SystemExit) as exit_info:
        main(["actor", "Osama Hammad"])
    assert exit_info.value.code == 1
    assert "not mentioned in this corpus" in capsys.readouterr().err


def test_broken_actor_file_in_corpus_does_not_break_search(make_corpus):
    root = make_corpus({"a.md": "Meloni met Menfi in Tripoli on Monday.\n"})
    (root / "actors.toml").write_text("[[actor]\nname =", encoding="utf-8")
    assert run("search", "Menfi", "--corpus", str(root)).exit_code == 0
    result = run("actors", "--corpus", str(root))
    assert result.exit_code == 2 and "actors.toml" in result.stderr


def test_piped_tables_have_no_trailing_spaces():
    result = run("docs")
    assert all(line == line.rstrip() for line in result.stdout.splitlines())


def test_dates_reads_utf16_and_rejects_binary(tmp_path):
    text = "Meloni met Haftar on Tuesday (May 7)."
    utf16 = tmp_path / "a.txt"
    utf16.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    result = run("dates", str(utf16), "--ref", "2024-05-08", "--json")
    assert result.exit_code == 0
    assert [e["value"] for e in json.loads(result.stdout)["expressions"]] == ["2024-05-07"]
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02PNG")
    result = run("dates", str(binary))
    assert result.exit_code == 2 and "binary" in result.stderr


def test_empty_corpus_name_is_an_error():
    result = run("docs", "--corpus", "")
    assert result.exit_code == 2 and "empty" in result.stderr
