"""PDF reports -> text per page and metadata, with pypdf.

Why pypdf rather than pdfminer.six or pypdfium2: on the PDFs measured (docs/corpus.md) the
three gave the same words, pypdfium2 fastest, pypdf second, pdfminer.six slowest.  pypdf is
pure Python: a hostile file (a PDF bomb, deeply nested objects, a broken cross-reference
table) can only raise an exception, which becomes one warning, where a crash inside a C
library would end the whole load without a word.  Extraction is cached with the index,
so its speed is paid once per file.

The limits that keep memory and time bounded are here (and in docs/corpus.md): a PDF is
read only up to corpus.MAX_PDF_BYTES (64 MB), `MAX_PAGES` pages and `MAX_CHARS`
characters of text; pypdf itself refuses streams that inflate past its own limit.

Lines are reflowed into paragraphs (the sentence splitter ends a sentence at every line
break), words hyphenated across lines are joined, and running headers, footers and page
numbers (the same line at the top or bottom of most pages) are dropped.  The offsets where
pages start are kept, so a sentence can be cited by its page.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from functools import lru_cache

from .webpages import Extracted, ExtractionError
from .patterns import lazy_compile

MAX_PAGES = 2000
MAX_CHARS = 5_000_000

_PAGE_NUMBER = lazy_compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$|^[ivxlc]{1,6}$",
                          re.IGNORECASE)
_SENTENCE_END = lazy_compile(r"[.!?:;][\"'”’)\]]*$")
_DIGITS = lazy_compile(r"\d+")



@lru_cache(maxsize=1)
def _rules() -> dict:
    """The PDF tables of data/formats.toml: placeholder titles and authors, print-to-PDF producers."""
    from .vocab import table

    return table("formats")["pdf"]


def _quiet() -> None:
    # pypdf reports every oddity through logging; with no handler configured Python would
    # print each one on stderr.  The reader turns problems into one warning per file.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)


def read_pdf(data: bytes) -> Extracted:
    """Extract text per page and metadata from a PDF's bytes; raise ExtractionError when it has none."""
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise ExtractionError("not a PDF (no %PDF header)")
    _quiet()
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    problems: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # most "protected" reports only restrict printing
            except Exception as exc:  # noqa: BLE001 - a missing AES back end, a broken key: unreadable
                raise ExtractionError(f"encrypted PDF that cannot be opened ({_reason(exc)})") from None
            if not opened:
                raise ExtractionError("encrypted PDF: it needs a password")
        count = len(reader.pages)
    except ExtractionError:
        raise
    except RecursionError:
        raise ExtractionError("corrupt PDF (objects nested too deeply)") from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError) as exc:
        raise ExtractionError(f"corrupt PDF ({_reason(exc)})") from None
    if count == 0:
        raise ExtractionError("corrupt PDF (no pages)")
    if count > MAX_PAGES:
        problems.append(f"{count} pages; read the first {MAX_PAGES}")
    pages: list[str] = []
    failed = 0
    total = 0
    for number in range(min(count, MAX_PAGES)):
        try:
            raw = reader.pages[number].extract_text() or ""
        except RecursionError:
            raw, failed = "", failed + 1
        except Exception:  # noqa: BLE001 - one broken page must not lose the others
            raw, failed = "", failed + 1
        pages.append(raw)
        total += len(raw)
        if total > MAX_CHARS:
            problems.append(f"text cut at {MAX_CHARS:,} characters (page {number + 1} of {count})")
            break
    if failed:
        problems.append(f"{failed} page(s) could not be read")
    if not any(page.strip() for page in pages):
        if failed == len(pages):
            raise ExtractionError("corrupt PDF (no page could be read)")
        raise ExtractionError("no text layer; OCR it first")
    lines = _drop_running_lines([_lines(page) for page in pages])
    texts = [_reflow(page_lines) for page_lines in lines]
    text, starts = _join_pages(texts)
    meta = _metadata(reader)
    title = meta.get("title") or _first_heading(texts[0] if texts else "")
    return Extracted(text=text, title=title, published=meta.get("published"), author=meta.get("author"),
                     pages=starts, problems=problems)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return text or type(exc).__name__


def _lines(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.replace("\r", "\n").split("\n")]


def _running_key(line: str) -> str:
    return _DIGITS.sub("#", line.casefold())


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers, and lines found at the top or bottom of most pages (running heads and feet)."""
    edge = 3
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line]
        counts.update({_running_key(line) for line in content[:edge] + content[-edge:]})
    threshold = max(3, (len(pages) + 1) // 2)
    out = []
    for lines in pages:
        content_at = [i for i, line in enumerate(lines) if line]
        edges = set(content_at[:edge] + content_at[-edge:])
        kept = []
        for i, line in enumerate(lines):
            if i in edges and (_PAGE_NUMBER.match(line) or counts[_running_key(line)] >= threshold):
                continue
            kept.append(line)
        out.append(kept)
    return out


def _reflow(lines: list[str]) -> str:
    """Join a page's lines into paragraphs: a blank line, or a short line after full ones, ends one.

    >>> _reflow(["The council met in Tripoli on", "Monday and agreed a plan.", "", "Next para-", "graph here."])
    'The council met in Tripoli on Monday and agreed a plan.\\n\\nNext paragraph here.'
    """
    lengths = [len(line) for line in lines if len(line) > 20]
    full = statistics.median(lengths) if lengths else 60
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current:
            current = line
        elif current.endswith("-") and line[:1].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line  # a word hyphenated across lines
        else:
            current = f"{current} {line}"
        # A line well short of the column's width ends its paragraph (or is a heading).
        if len(line) < 0.7 * full and not line.endswith("-"):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _join_pages(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    """One text from the pages, and the offsets where pages 2, 3, … begin (empty pages keep their place)."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for number, page in enumerate(texts):
        if number:
            parts.append("\n\n")
            offset += 2
            starts.append(offset)
        parts.append(page)
        offset += len(page)
    text = "".join(parts)
    lead = len(text) - len(text.lstrip())
    return text.strip(), tuple(max(0, start - lead) for start in starts)


def _pdf_date(value: object) -> str | None:
    """An ISO day from a PDF date string ("D:20240507093000+02'00'").

    >>> _pdf_date("D:20240507093000+02'00'"), _pdf_date("garbage")
    ('2024-05-07', None)
    """
    match = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", str(value or "").strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if not 1900 < int(year) < 2200:
        return None
    if month and not 1 <= int(month) <= 12:
        return year
    if day and month and 1 <= int(day) <= 31:
        return f"{year}-{month}-{day}"
    return f"{year}-{month}" if month else year


def _metadata(reader: object) -> dict[str, str]:
    """Title, author and date from the document information, when they are real ones."""
    try:
        info = reader.metadata or {}  # type: ignore[attr-defined]
        raw = {key: info.get(key) for key in ("/Title", "/Author", "/CreationDate", "/Producer", "/Creator")}
    except Exception:  # noqa: BLE001 - a broken info dictionary: no metadata
        return {}
    out: dict[str, str] = {}
    rules = _rules()
    title = " ".join(str(raw["/Title"] or "").split())
    folded = title.casefold()
    if (title and folded not in rules["placeholder_titles"]
            and not folded.startswith(tuple(rules["placeholder_title_starts"]))
            and not folded.endswith(tuple(rules["placeholder_title_endings"]))):
        out["title"] = title
    author = " ".join(str(raw["/Author"] or "").split())
    if author and author.casefold() not in rules["placeholder_authors"]:
        out["author"] = author
    made_by = f"{raw['/Producer'] or ''} {raw['/Creator'] or ''}".casefold()
    if not any(name in made_by for name in rules["printed_by"]):
        date = _pdf_date(raw["/CreationDate"])
        if date:
            out["published"] = date
    return out


def _first_heading(text: str) -> str | None:
    """The first short line of the first page, as a title when the metadata has none."""
    for paragraph in text.split("\n\n")[:8]:
        words = paragraph.split()
        if 2 <= len(words) <= 20 and not _SENTENCE_END.search(paragraph):
            return paragraph
    return None
