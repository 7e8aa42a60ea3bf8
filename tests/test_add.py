"""`libyadesk add`: inputs become Markdown articles; nothing is overwritten; duplicates are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from libyadesk.cli import app
from libyadesk.corpus import load_corpus
from libyadesk.corpus import yaml_load
from libyadesk.importer import add_inputs, content_hash

PAGES = Path(__file__).parent / "data" / "pages"
runner = CliRunner()

WIRE = [
    "Libya's National Oil Corporation said on Monday that production had returned to 1.3 million "
    "barrels a day after the Sharara field reopened following a two-week shutdown by protesters.",
    "The corporation said exports from the Zawiya terminal would resume on Wednesday and that "
    "losses from the closure amounted to about 400 million dollars in unsold crude.",
    "Protesters from the Fezzan region had demanded jobs and a share of oil revenue for the south, "
    "where residents complain of fuel shortages and power cuts despite the wealth pumped from their land.",
    "A spokesman for the protesters said they had agreed to reopen the field after the government "
    "promised a development fund for the region, but warned that they would return if it was not paid.",
]


def wire_page(outlet: str, extra: str = "", date: str = "2024-08-12") -> str:
    """The same wire story as another site would publish it: its own chrome and a line of its own."""
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE) + (f"<p>{extra}</p>" if extra else "")
    return (f"<html><head><title>Libya oil output recovers as Sharara reopens - {outlet}</title>"
            f'<meta property="og:site_name" content="{outlet}">'
            f'<meta property="article:published_time" content="{date}T08:00:00Z"></head>'
            f"<body><nav><a href='/'>Home</a> <a href='/energy'>Energy</a> <a href='/africa'>Africa</a></nav>"
            f"<article><h1>Libya oil output recovers as Sharara reopens</h1>{paragraphs}</article>"
            f"<footer>© 2026 {outlet}</footer></body></html>")


def invoke(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["add", *args], input=stdin)


def test_pages_become_markdown_that_reads_back_the_same(tmp_path):
    target = tmp_path / "corpus"
    result = invoke(str(PAGES), "--to", str(target))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and lines[-1] == "3 added, 0 duplicate, 0 failed"
    assert all(line.startswith("added ") for line in lines[:3])
    written = sorted(target.glob("*.md"))
    assert [p.name for p in written][2] == \
        "2025-03-14-sahel-desk-review-rival-libyan-councils-agree-on-a-timetable-for-tripoli-talks.md"
    originals = {d.title: d for d in load_corpus(PAGES).documents}
    for path in written:
        text = path.read_text(encoding="utf-8")
        front = yaml_load(text.split("---\n")[1])
        assert list(front)[:2] == ["title", "source"]
        assert {"title", "published", "imported_from", "content_hash"} <= set(front)
        assert Path(front["imported_from"]).parent == PAGES.resolve()
        original = originals[front["title"]]
        assert front["content_hash"] == content_hash(original.text)
        assert front.get("url") == original.url and front.get("author") == original.author
    for doc in load_corpus(target).documents:  # the corpus reads back what the page said
        original = originals[doc.title]
        assert doc.format == "markdown"
        assert (doc.published, doc.source, doc.url, doc.author) == \
               (original.published, original.source, original.url, original.author)
        assert " ".join(doc.text.split()) == " ".join(original.text.split())


def test_a_duplicate_is_reported_and_nothing_is_overwritten(tmp_path):
    target = tmp_path / "corpus"
    assert invoke(str(PAGES / "tripoli-talks.html"), "--to", str(target)).exit_code == 0
    [written] = target.glob("*.md")
    before = written.read_bytes()
    again = invoke(str(PAGES / "tripoli-talks.html"), "--to", str(target))
    assert again.exit_code == 1
    assert again.stdout.splitlines()[0] == f"duplicate  {PAGES / 'tripoli-talks.html'}: same text as {written.name}"
    assert "nothing was added" in again.stderr
    assert list(target.glob("*.md")) == [written] and written.read_bytes() == before


def test_a_taken_name_gets_a_new_one(tmp_path):
    target = tmp_path / "corpus"
    target.mkdir()
    taken = target / "2025-03-14-sahel-desk-review-rival-libyan-councils-agree-on-a-timetable-for-tripoli-talks.md"
    taken.write_text("---\ntitle: Another article\n---\nA different text about the budget talks in Sirte.\n")
    result = invoke(str(PAGES / "tripoli-talks.html"), "--to", str(target))
    assert result.exit_code == 0, result.output
    assert taken.read_text().startswith("---\ntitle: Another article")
    assert (target / (taken.stem + "-2.md")).is_file()


def test_the_same_wire_story_on_another_site_is_kept_and_named(tmp_path):
    sources = tmp_path / "saved"
    sources.mkdir()
    (sources / "a-wire.html").write_text(wire_page("Desert Herald"))
    (sources / "b-wire.html").write_text(wire_page("Coastal Times", "Oil prices rose slightly in London trading after the news."))
    target = tmp_path / "corpus"
    results = add_inputs([str(sources)], target)
    assert [r.status for r in results] == ["added", "added"]
    assert results[0].near_duplicates == []
    assert results[1].near_duplicates == [Path(results[0].file).name]
    assert len(list(target.glob("*.md"))) == 2
    unrelated = add_inputs([str(PAGES / "tripoli-talks.html")], target)
    assert unrelated[0].status == "added" and unrelated[0].near_duplicates == []


def test_failures_are_one_line_each_and_nothing_added_exits_1(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "photo.html").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)))
    (bad / "memo.rtf").write_text("{\\rtf1 memo}")
    target = tmp_path / "corpus"
    result = invoke(str(bad / "photo.html"), str(bad / "memo.rtf"), str(bad / "missing.pdf"), "--to", str(target))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"failed     {bad / 'photo.html'}: not a web page but a JPEG image"
    assert lines[1].startswith(f"failed     {bad / 'memo.rtf'}: not a format libyadesk reads")
    assert lines[2] == f"failed     {bad / 'missing.pdf'}: no such file or folder"
    assert lines[3] == "0 added, 0 duplicate, 3 failed"
    assert "Traceback" not in result.output
    assert not list(target.glob("*.md"))


def test_paths_from_stdin_and_dry_run(tmp_path):
    target = tmp_path / "corpus"
    listing = f"# saved this week\n{PAGES / 'tripoli-talks.html'}\n\n{PAGES / 'coast-guard.mhtml'}\n"
    result = invoke("-", "--to", str(target), "--dry-run", stdin=listing)
    assert result.exit_code == 0, result.output
    assert [line.split()[0] for line in result.stdout.splitlines()[:2]] == ["would", "would"]
    assert result.stdout.splitlines()[-1] == "2 would be added, 0 duplicate, 0 failed"
    assert not target.exists()  # a dry run makes not even the folder


def test_json_report(tmp_path):
    target = tmp_path / "corpus"
    result = invoke(str(PAGES / "coast-guard.mhtml"), str(tmp_path / "nope.html"), "--to", str(target), "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["dry_run"] is False
    added, failed = payload["results"]
    assert set(added) == {"input", "status", "file", "reason", "near_duplicates", "title"}
    assert added["status"] == "added" and Path(added["file"]).is_file()
    assert added["title"] == "Coast guard returns 212 migrants to Tripoli in a single night"
    assert failed["status"] == "failed" and failed["file"] is None and failed["reason"] == "no such file or folder"


def test_urls_go_through_the_given_fetcher(tmp_path):
    target = tmp_path / "corpus"

    def offline(url: str) -> bytes:
        raise OSError("cannot fetch it (no answer: offline, blocked or timed out)")

    failed = add_inputs(["https://news.example.org/a"], target, fetch=offline)
    assert (failed[0].status, failed[0].reason) == ("failed", "cannot fetch it (no answer: offline, blocked or timed out)")
    fetched = add_inputs(["https://news.example.org/libya/oil"], target, fetch=lambda url: wire_page("Desert Herald").encode())
    assert fetched[0].status == "added"
    front = yaml_load((target / Path(fetched[0].file).name).read_text().split("---\n")[1])
    assert front["url"] == front["imported_from"] == "https://news.example.org/libya/oil"


def test_an_unreachable_url_is_one_failed_line(tmp_path):
    # A closed port on this machine: the real downloader, no traffic beyond loopback.
    result = invoke("http://127.0.0.1:9/article", "--to", str(tmp_path / "corpus"))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith("failed     http://127.0.0.1:9/article: cannot fetch it")


@pytest.mark.parametrize("args", [["x.html"], ["x.html", "--to", ""]])
def test_no_corpus_folder_is_a_usage_error(args):
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == ["libyadesk: say which corpus folder to add to: --to DIR (or set LIBYADESK_CORPUS)"]


def test_to_a_file_is_a_usage_error(tmp_path):
    target = tmp_path / "file.md"
    target.write_text("x")
    result = invoke(str(PAGES / "tripoli-talks.html"), "--to", str(target))
    assert result.exit_code == 2 and "not a folder" in result.stderr


def test_urls_of_one_site_are_fetched_with_a_pause():
    from libyadesk.importer import polite

    now = [0.0]
    waits = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    fetch = polite(lambda url: b"<html></html>", pause=2.0, clock=lambda: now[0], sleep=sleep)
    for url in ["https://a.example/1", "https://b.example/1", "https://a.example/2", "https://a.example/3"]:
        fetch(url)
        now[0] += 0.5  # the time the reading takes
    assert waits == [1.0, 1.5]  # a.example waited for, b.example not
