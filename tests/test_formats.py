"""Saved web pages and PDFs read as corpus documents: text, metadata, pages, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from libyadesk import corpus as corpus_module
from libyadesk.cli import app
from libyadesk.corpus import load_corpus, parse_document

PAGES = Path(__file__).parent / "data" / "pages"
runner = CliRunner()

fpdf = pytest.importorskip("fpdf")

PARAGRAPHS = [
    "The Panel of Experts found that fuel smuggled from the port of Zawiya reached Malta in at least "
    "eleven shipments during the reporting period, using vessels that switched off their transponders.",
    "Members of the armed group that controls the refinery told the Panel that payments were made in "
    "cash at the Ras Ajdir border crossing and recorded in ledgers kept by a trading company in Tunis.",
    "The Panel recommends that the Committee designate the two vessels and the trading company, and "
    "that Member States inspect cargoes declared as blending components bound for the central Mediterranean.",
]


def make_pdf(path: Path, pages: list[list[str]], title: str | None = "Final report of the Panel of Experts",
             author: str | None = "Panel of Experts on Libya", footer: bool = True) -> Path:
    """A text PDF with one list of paragraphs per page, metadata, and a running footer with the page number."""
    pdf = fpdf.FPDF()
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 11, 28, 10, 0, 0,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.set_auto_page_break(False)
    for number, paragraphs in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(4)
        if footer:
            pdf.set_y(-20)
            pdf.cell(0, 6, f"Libya sanctions report - page {number}", align="C")
    pdf.output(str(path))
    return path


def test_saved_pages_are_documents_with_their_metadata():
    docs = {d.id: d for d in load_corpus(PAGES).documents}
    talks = docs["tripoli-talks"]
    assert talks.format == "html"
    assert talks.title == "Rival Libyan councils agree on a timetable for Tripoli talks"
    assert talks.published == "2025-03-14"  # the page's JSON-LD, not the modified date or the © year
    assert talks.source == "Sahel Desk Review"
    assert talks.author == "Amira Ben Salem"
    assert talks.url == "https://sahel-desk.example.org/news/2025/03/rival-councils-tripoli-timetable"
    assert talks.text.startswith("Delegations of the two rival legislatures met")
    assert "Jufra air base" in talks.text
    for chrome in ("Subscribe", "Related Articles", "Migrant boats intercepted", "All rights reserved", "Privacy"):
        assert chrome not in talks.text
    assert talks.title not in talks.text  # the headline is the title, not the first line of text


def test_saved_page_date_comes_from_its_markup_never_the_save_date():
    doc = {d.id: d for d in load_corpus(PAGES).documents}["ministry-statement"]
    assert doc.published == "2024-11-21"  # <time>, not SingleFile's 'saved date' (2026) or the copyright (2025)
    assert doc.source == "The Coastal Observer"  # no site name in the metadata: the one after the headline in <title>
    assert doc.url == "https://news.example.net/world/2024/11/ministry-statement-ports"  # from 'saved from url'
    assert "café near the Valletta waterfront" in doc.text  # a cp1252 page decoded as such


def test_a_page_with_only_a_copyright_year_has_no_date(make_corpus):
    page = ("<html><head><title>Water shortages in Derna</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "</article><footer>© 2023 Derna Local News. All rights reserved.</footer></body></html>")
    root = make_corpus({"derna.html": page})
    doc = load_corpus(root).documents[0]
    assert doc.published is None
    assert doc.title == "Water shortages in Derna"


def test_mhtml_archive_is_read_without_its_save_date():
    doc = {d.id: d for d in load_corpus(PAGES).documents}["coast-guard"]
    assert doc.format == "mhtml"
    assert doc.published == "2024-07-02"  # JSON-LD; the archive's Date: header says 2026
    assert doc.source == "Mediterranean Watch" and doc.author == "Luca Ferraro"
    assert doc.url == "https://medwatch.example.com/2024/07/coast-guard-returns-212"
    assert "Libya’s coast guard intercepted four boats off Sabratha" in doc.text
    assert "font-family" not in doc.text


def test_pdf_pages_are_kept_for_citations(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    make_pdf(root / "panel-report.pdf", [[p] for p in PARAGRAPHS])
    result = load_corpus(root)
    assert result.warnings == []
    doc = result.documents[0]
    assert doc.format == "pdf"
    assert doc.title == "Final report of the Panel of Experts"
    assert doc.author == "Panel of Experts on Libya"
    assert doc.published == "2024-11-28"
    assert len(doc.pages) == 2  # pages 2 and 3 start somewhere in the text
    for number, paragraph in enumerate(PARAGRAPHS, 1):
        # Reflowed: each paragraph is one line of text again, on its own page.
        offset = doc.text.index(paragraph)
        assert doc.page_at(offset) == number
        assert doc.page_at(offset + len(paragraph) - 1) == number
    assert "sanctions report - page" not in doc.text  # the running footer


def test_pdf_first_page_date_wins_over_creation_date(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    make_pdf(root / "statement.pdf", [["Tripoli, 3 February 2025", *PARAGRAPHS]], footer=False)
    doc = load_corpus(root).documents[0]
    assert doc.published == "2025-02-03"


def test_scanned_pdf_gets_one_warning(tmp_path, make_corpus):
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")  # a page with a picture and no text, as a scan is
    root = make_corpus({"ok.md": PARAGRAPHS[0] + "\n"})
    pdf.output(str(root / "scan.pdf"))
    result = load_corpus(root)
    assert [d.id for d in result.documents] == ["ok"]
    assert [w.reason for w in result.warnings] == ["no text layer; OCR it first, skipped"]


def _encrypted_pdf(path: Path) -> None:
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PARAGRAPHS[0])
    pdf.output(str(path))


def _pdf(*objects: bytes) -> bytes:
    """A PDF file of the given objects (numbered from 1, the first the catalog), with a correct xref table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"


def _nested_pdf() -> bytes:
    """A PDF whose page's resources hold an array nested 100,000 deep."""
    nest = b"[" * 100_000 + b"]" * 100_000
    return _pdf(CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + nest + b" >>")


def _page_count_bomb() -> bytes:
    """A PDF whose page tree claims a billion pages (with one real, empty one)."""
    return _pdf(CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")


def _flate_bomb() -> bytes:
    """A one-page PDF whose content stream inflates to 200 MB (made in 1 MB pieces: cheap to build)."""
    import zlib

    packer = zlib.compressobj(9)
    chunk = b"BT /F1 12 Tf 72 712 Td (Tripoli) Tj ET\n" * (2**20 // 38)
    stream = b"".join(packer.compress(chunk) for _ in range(200)) + packer.flush()
    return _pdf(CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")


def test_bad_input_gives_one_warning_each_and_the_rest_loads(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    good = (PAGES / "tripoli-talks.html").read_bytes()
    (root / "truncated.html").write_bytes(good[: good.index(b"Diplomats in Tunis")])
    with open(root / "huge.html", "wb") as handle:  # 50 MB, sparse: the size is what counts
        handle.truncate(50 * 1024 * 1024)
    (root / "photo.html").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    _encrypted_pdf(root / "locked.pdf")
    make_pdf(root / "whole.pdf", [[p] for p in PARAGRAPHS])
    (root / "corrupt.pdf").write_bytes((root / "whole.pdf").read_bytes()[:700])
    (root / "nested.pdf").write_bytes(_nested_pdf())
    (root / "bomb.pdf").write_bytes(_page_count_bomb())
    (root / "inflate.pdf").write_bytes(_flate_bomb())
    (root / "note.md").write_text(PARAGRAPHS[1] + "\n")
    import tracemalloc

    tracemalloc.start()
    try:
        result = load_corpus(root)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 2**20, peak  # the 50 MB page is never read, the 200 MB stream never inflated whole
    loaded = sorted(d.id for d in result.documents)
    assert loaded == ["note", "truncated", "whole"]
    reasons = {Path(w.path).name: w.reason for w in result.warnings}
    assert len(reasons) == len(result.warnings)  # one warning per file
    assert "cut short" in reasons["truncated.html"]
    assert "larger than 20 MB" in reasons["huge.html"]
    assert "not a web page but a JPEG image" in reasons["photo.html"]
    assert "password" in reasons["locked.pdf"]
    assert "corrupt PDF" in reasons["corrupt.pdf"]
    assert "corrupt PDF" in reasons["nested.pdf"] or "no text layer" in reasons["nested.pdf"]
    assert set(reasons) == {"truncated.html", "huge.html", "photo.html", "locked.pdf", "corrupt.pdf",
                            "nested.pdf", "bomb.pdf", "inflate.pdf"}
    truncated = next(d for d in result.documents if d.id == "truncated")
    assert "Jufra air base" in truncated.text


def test_pdf_page_cap_is_a_warning(tmp_path, monkeypatch):
    from libyadesk import pdfs

    monkeypatch.setattr(pdfs, "MAX_PAGES", 2)  # the cap, made small enough to reach cheaply
    path = make_pdf(tmp_path / "long.pdf", [[p] for p in PARAGRAPHS])
    doc, warnings = parse_document("long", str(path), path.read_bytes())
    assert doc is not None and PARAGRAPHS[2] not in doc.text and PARAGRAPHS[1] in doc.text
    assert [w.reason for w in warnings] == ["3 pages; read the first 2"]


@pytest.mark.parametrize("data", [b"<html><body>", b"<html>" * 10000, b"\x00\x01" * 100, b"<" * 5000,
                                  b"<html><body><p>" + "é".encode("utf-16") + b"</p>"])
def test_odd_html_never_raises(data):
    doc, warnings = parse_document("x", "x.html", data)
    assert doc is not None or len(warnings) == 1


def test_skipped_files_are_summed_up_on_stderr(tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(PAGES, root)
    (root / "memo.rtf").write_text("{\\rtf1 memo}")
    (root / "draft.rtf").write_text("{\\rtf1 draft}")
    (root / "budget.docx").write_bytes(b"PK\x03\x04")
    (root / "tripoli-talks_files").mkdir()  # what "Web page, complete" saves beside the page
    (root / "tripoli-talks_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "tripoli-talks_files" / "ad-frame.html").write_text("<html><p>Buy now</p></html>")
    (root / "actors.toml").write_text("")
    result = runner.invoke(app, ["docs", "--corpus", str(root), "--json"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(lines) == 1
    assert "skipped 3 files: 2 .rtf, 1 .docx; 1 saved-page asset folder" in lines[0]
    documents = json.loads(result.stdout)["documents"]
    assert {d["id"]: d["format"] for d in documents} == {
        "coast-guard": "mhtml", "ministry-statement": "html", "tripoli-talks": "html"}
    assert all(d["pages"] is None for d in documents)


def test_docs_table_shows_the_format(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    make_pdf(root / "panel-report.pdf", [[p] for p in PARAGRAPHS])
    shutil.copy(PAGES / "tripoli-talks.html", root)
    result = runner.invoke(app, ["docs", "--corpus", str(root)])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip().startswith(("panel", "tripoli"))}
    assert " pdf " in rows["panel-report"] and " html " in rows["tripoli-talks"]
    shown = json.loads(runner.invoke(app, ["show", "panel-report", "--corpus", str(root), "--json"]).stdout)
    assert shown["format"] == "pdf" and shown["pages"] == 3


@pytest.fixture
def counted_pages(tmp_path, monkeypatch):
    """A corpus of the sample pages and a PDF, and the list of formats each extractor call read."""
    root = tmp_path / "corpus"
    shutil.copytree(PAGES, root)
    make_pdf(root / "panel-report.pdf", [[p] for p in PARAGRAPHS])
    calls = []
    real = corpus_module.extract_file

    def counting(data, fmt, url=None):
        calls.append(fmt)
        return real(data, fmt, url)

    monkeypatch.setattr(corpus_module, "extract_file", counting)
    return root, calls


def test_a_warm_call_never_parses_a_page_again(counted_pages):
    root, calls = counted_pages
    first = runner.invoke(app, ["search", "Tripoli", "--corpus", str(root), "--json"])
    assert first.exit_code == 0, first.output
    assert sorted(calls) == ["html", "html", "mhtml", "pdf"]
    calls.clear()
    second = runner.invoke(app, ["search", "Tripoli", "--corpus", str(root), "--json"])
    assert second.exit_code == 0 and calls == []
    assert json.loads(second.stdout) == json.loads(first.stdout)
    shown = runner.invoke(app, ["show", "panel-report", "--corpus", str(root), "--json"])
    assert calls == [] and json.loads(shown.stdout)["pages"] == 3


def _page(head: str, body: str = "") -> bytes:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head>{head}</head><body><aside><time datetime='2026-01-02'>2 January 2026</time></aside>"
            f"<article><h1>Panel finds fuel smuggled through Zawiya</h1>{body}{article}</article></body></html>").encode()


@pytest.mark.parametrize("head, published, source, title", [
    # JSON-LD's datePublished, not the modified date, nor a sidebar's <time>; publisher over a bare host name.
    ('<title>Panel finds fuel smuggled through Zawiya | Desert Herald</title>'
     '<meta property="og:site_name" content="desertherald.example.com">'
     '<link rel="canonical" href="https://desertherald.example.com/libya/panel-fuel">'
     '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-12-02T10:00:00Z",'
     ' "dateModified": "2024-12-05T08:00:00Z", "publisher": {"@type": "Organization", "name": "Desert Herald"}}]}</script>',
     "2024-12-02", "Desert Herald", "Panel finds fuel smuggled through Zawiya"),
    # A UTC timestamp after midnight: the URL's day is the newsroom's own.
    ('<title>Panel finds fuel smuggled through Zawiya - Coastal Times</title>'
     '<meta property="og:site_name" content="Coastal Times - News from Libya and the Maghreb">'
     '<link rel="canonical" href="https://coastal.example.net/2024/12/01/panel-fuel/">'
     '<meta property="article:published_time" content="2024-12-02T03:30:00+00:00">',
     "2024-12-01", "Coastal Times", "Panel finds fuel smuggled through Zawiya"),
    # No date in the markup, one in the title.
    ('<title>Panel finds fuel smuggled through Zawiya | LM | 03.12.2024</title>'
     '<meta property="og:site_name" content="LM">',
     "2024-12-03", "LM", "Panel finds fuel smuggled through Zawiya"),
])
def test_page_metadata_precedence(make_corpus, head, published, source, title):
    root = make_corpus({"page.html": _page(head)})
    doc = load_corpus(root).documents[0]
    assert (doc.published, doc.source, doc.title) == (published, source, title)


def _formats_table(section: str, key: str) -> list[str]:
    from libyadesk.vocab import table

    return list(table("formats")[section][key])


@pytest.mark.parametrize("name", _formats_table("html", "published_meta"))
def test_each_published_meta_tag_gives_the_date(make_corpus, name):
    attribute = "property" if ":" in name else "name"
    root = make_corpus({"page.html": _page(f'<title>Panel report</title><meta {attribute}="{name}" content="2024-12-02T10:00:00Z">')})
    assert load_corpus(root).documents[0].published == "2024-12-02"


def _one_page_pdf(path: Path, title: str | None = None, creator: str | None = None) -> bytes:
    pdf = fpdf.FPDF()
    if title is not None:
        pdf.set_title(title)
    if creator is not None:
        pdf.set_creator(creator)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 11, 28, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Fuel smuggling in western Libya")
    pdf.ln(4)
    pdf.multi_cell(0, 6, PARAGRAPHS[0])
    pdf.output(str(path))
    return path.read_bytes()


@pytest.mark.parametrize("creator", _formats_table("pdf", "printed_by"))
def test_a_pdf_printed_from_a_browser_has_no_creation_date(tmp_path, creator):
    data = _one_page_pdf(tmp_path / "p.pdf", title="Fuel smuggling", creator=f"Some {creator.title()} 1.0")
    assert parse_document("p", "p.pdf", data)[0].published is None
    assert parse_document("p", "p.pdf", _one_page_pdf(tmp_path / "q.pdf", creator="LibreOffice Writer"))[0].published == "2024-11-28"


@pytest.mark.parametrize("title", [*_formats_table("pdf", "placeholder_titles"),
                                   *(start + "draft" for start in _formats_table("pdf", "placeholder_title_starts")),
                                   *("report" + end for end in _formats_table("pdf", "placeholder_title_endings"))])
def test_a_placeholder_pdf_title_gives_way_to_the_first_heading(tmp_path, title):
    doc = parse_document("p", "p.pdf", _one_page_pdf(tmp_path / "p.pdf", title=title.title()))[0]
    assert doc.title == "Fuel smuggling in western Libya"


@pytest.mark.parametrize("author", _formats_table("pdf", "placeholder_authors"))
def test_a_placeholder_pdf_author_is_no_author(tmp_path, author):
    path = make_pdf(tmp_path / "p.pdf", [[PARAGRAPHS[0]]], author=author.title())
    assert parse_document("p", "p.pdf", path.read_bytes())[0].author is None


def test_a_search_hit_in_a_pdf_cites_its_page(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    make_pdf(root / "panel-report.pdf", [[p] for p in PARAGRAPHS])
    shutil.copy(PAGES / "tripoli-talks.html", root)
    result = runner.invoke(app, ["search", "Ras Ajdir", "--corpus", str(root), "--json"])
    assert result.exit_code == 0, result.output
    [hit] = json.loads(result.stdout)["hits"]
    assert (hit["doc"], hit["page"]) == ("panel-report", 2)  # the second paragraph is on page 2
    other = json.loads(runner.invoke(app, ["search", "Zuwara", "--corpus", str(root), "--json"]).stdout)["hits"]
    assert [(h["doc"], h["page"]) for h in other] == [("tripoli-talks", None)]
    shown = runner.invoke(app, ["search", "Ras Ajdir", "--corpus", str(root)])
    assert "panel-report · unknown outlet · 2024-11-28 · p. 2" in shown.stdout


def test_a_changed_page_is_the_only_one_parsed_again(counted_pages):
    root, calls = counted_pages
    assert runner.invoke(app, ["docs", "--corpus", str(root), "--json"]).exit_code == 0
    assert len(calls) == 4
    calls.clear()
    page = root / "ministry-statement.htm"
    page.write_bytes(page.read_bytes().replace(b"</div>\n<div id=\"footer\">",
                                               b"<p>The ministry later said the ports of Misrata would follow.</p></div>\n<div id=\"footer\">"))
    result = runner.invoke(app, ["search", "Misrata ports", "--corpus", str(root), "--json"])
    assert result.exit_code == 0, result.output
    assert calls == ["html"]  # only the edited page
    assert "ministry-statement" in [h["doc"] for h in json.loads(result.stdout)["hits"]]


def test_a_pdf_protected_only_against_editing_is_read(tmp_path):
    # Many published reports carry an owner password (no printing or copying) and an empty
    # user password, often with AES-256: they open without asking, and so must they here.
    from fpdf.enums import EncryptionMethod

    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner", encryption_method=EncryptionMethod.AES_256)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PARAGRAPHS[0])
    pdf.output(str(tmp_path / "protected.pdf"))
    doc, warnings = parse_document("protected", "protected.pdf", (tmp_path / "protected.pdf").read_bytes())
    assert warnings == [] and doc.text == PARAGRAPHS[0]
