"""Saved web pages (.html, .htm, .mhtml) -> article text and metadata.

The article's main text and its metadata come from trafilatura, the reference
open-source extractor (F1 0.95 on the Scrapinghub article-extraction benchmark,
docs/corpus.md), and the publication date from its htmldate.  The page's own
markup is asked first: JSON-LD, OpenGraph and other meta tags, `<time>` elements and
the URL (htmldate without its "extensive" search).  Only when the markup says nothing
is the visible text searched, and a guess that can only be the copyright year or a bare
year (htmldate gives those as YYYY-01-01) is dropped rather than shown as a date.

What a browser adds when it saves a page is never read as the article's date: the
`saved from url` and SingleFile comments give the page's address and nothing else, and
an MHTML file's own `Date:` header (the moment of saving) is ignored.

Everything here is pure: bytes in, an `Extracted` record or `ExtractionError` out.
trafilatura is imported on first use, so a call answered from the cache never pays for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Signatures of files that are not text: a page saved under the wrong name, or an image
# renamed .html.  Checked before any parser sees the bytes.
_MAGIC = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF file (WebP image, WAV sound or AVI video)"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE_URL = re.compile(rb"<!--\s*Page saved with SingleFile\s+url:\s*(\S+)", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_HTML_CLOSE = re.compile(rb"</html\s*>|</body\s*>", re.IGNORECASE)
_HTML_OPEN = re.compile(rb"<html[\s>]|<body[\s>]", re.IGNORECASE)


class ExtractionError(ValueError):
    """A file that holds no readable article: the message says why, in a few words."""


@dataclass(slots=True)
class Extracted:
    """The article found in a page or a PDF; `pages` are the offsets in `text` where pages 2, 3, … start."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    pages: tuple[int, ...] = ()
    problems: list[str] = field(default_factory=list)


def sniff(data: bytes) -> str | None:
    """Name the binary format that bytes are in, or None when they may be text.

    >>> sniff(b"\\xff\\xd8\\xff\\xe0 JFIF"), sniff(b"<html><p>Hi</p></html>")
    ('a JPEG image', None)
    """
    head = data[:16].lstrip()
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def saved_url(data: bytes) -> str | None:
    """The address a browser noted when it saved the page ("saved from url", SingleFile), if any.

    >>> saved_url(b'<!-- saved from url=(0031)https://example.org/a/b.html -->\\n<html>')
    'https://example.org/a/b.html'
    """
    head = data[:4096]
    match = _SAVED_FROM.search(head) or _SINGLEFILE_URL.search(head)
    if not match:
        return None
    url = match.group(1).decode("utf-8", "replace")
    return url if url.startswith(("http://", "https://")) else None


def _clean_date(value: str | None) -> str | None:
    """An ISO day from htmldate, or None for its year-only guesses (copyright line, a bare year)."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    return None if value.endswith("-01-01") else value


def _text_date(tree: object) -> str | None:
    """The date htmldate finds in the visible text when the markup gives none."""
    from htmldate import find_date

    try:
        return _clean_date(find_date(tree, extensive_search=True, original_date=True))
    except Exception:  # htmldate on odd markup: no date rather than no document
        return None


def read_html(data: bytes, url: str | None = None) -> Extracted:
    """Extract the article and its metadata from a page's bytes; raise ExtractionError when there is none."""
    kind = sniff(data)
    if kind is not None:
        raise ExtractionError(f"not a web page but {kind}")
    if not data.strip():
        raise ExtractionError("empty file")
    problems = []
    if _HTML_OPEN.search(data[:65536]) and not _HTML_CLOSE.search(data[-65536:]):
        problems.append("the page looks cut short (no closing </html>); read what is there")
    url = url or saved_url(data)
    # Comments hold the browser's save date and notes; the article never does.
    data = _COMMENT.sub(b"", data)

    import trafilatura
    from lxml import etree

    try:
        tree = trafilatura.load_html(data)
    except (ValueError, etree.LxmlError) as exc:
        raise ExtractionError(f"not readable as HTML ({exc})") from None
    if tree is None:
        raise ExtractionError("not readable as HTML")
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        raise ExtractionError("markup nested too deeply to read") from None
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found in the page")
    published = _clean_date(doc.date) if doc.date else None
    if published is None:
        published = _text_date(tree)
    return Extracted(
        text=doc.text,
        title=_one_line(doc.title),
        published=published,
        author=_one_line(doc.author),
        source=_one_line(doc.sitename) or _one_line(doc.hostname),
        url=doc.url or url,
        problems=problems,
    )


def read_mhtml(data: bytes) -> Extracted:
    """Extract the article from a single-file web archive (.mhtml): its first HTML part, read as a page."""
    import email
    import email.policy

    kind = sniff(data)
    if kind is not None:
        raise ExtractionError(f"not a web archive but {kind}")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    # The archive's own Date: header is when it was saved, not published: never read.
    location = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes) or not payload.strip():
                continue
            url = location or part.get("Content-Location")
            if url and not str(url).startswith(("http://", "https://")):
                url = None
            charset = part.get_content_charset()
            if charset and b"charset" not in payload[:2048].lower():
                # The charset lives in the MIME header, not the page: tell the HTML parser.
                payload = f'<meta charset="{charset}">'.encode("ascii", "ignore") + payload
            return read_html(payload, url=str(url) if url else None)
    raise ExtractionError("no HTML part in the web archive")


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(str(value).split())
    return text or None
