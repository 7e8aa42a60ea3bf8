"""`libyadesk add`: files, folders and URLs -> clean Markdown articles in a corpus folder.

The one place in libyadesk that writes into a corpus folder, and only because the user
asked it to.  Every input is read the way the corpus reads it (corpus.parse_document:
the same extractors, cleaning and metadata rules), then written as Markdown with YAML
front matter: title, source, url, published, author, imported_from and content_hash.

Nothing is ever overwritten: a file is created with O_EXCL, and a name already taken
by another article gets a "-2", "-3" suffix.  An input whose text is already in the
corpus (the same content hash as a document there, or as an earlier input of the same
call) is a duplicate and is not written.  An input that tells the same story as a
document already there (a wire story carried by another site: most of its word
sequences shared) is added all the same, and reported as a near-duplicate of it.

The core returns one `AddResult` per input; nothing here prints.  URLs are fetched
by the function given as `fetch` (trafilatura's downloader by default), so tests give one
that never touches the network.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError
from .files import EXTENSIONS, scan_corpus
from .models import Document

# Two texts tell the same story when this share of the shorter one's word 5-grams is in the other.
NEAR_DUPLICATE = 0.5
_SHINGLE = 5
FETCH_TIMEOUT = 15  # seconds for one URL, connection and reading together
SAME_HOST_PAUSE = 2.0  # seconds between two requests to one site
MAX_NAME = 90  # characters of a file name before ".md"

Fetch = Callable[[str], bytes]


@dataclass(slots=True)
class AddResult:
    """What became of one input: added (or would be, with --dry-run), duplicate, or failed."""

    input: str
    status: str  # "added", "duplicate" or "failed"
    file: str | None = None  # the Markdown file written (or that would be written)
    reason: str | None = None  # why it failed, or whose duplicate it is
    near_duplicates: list[str] = field(default_factory=list)  # corpus files telling the same story
    title: str | None = None


class _Seen:
    """The corpus's texts as content hashes and shingle sets, with the files they came from."""

    def __init__(self) -> None:
        self.hashes: dict[str, str] = {}
        self.shingles: list[tuple[str, frozenset[int]]] = []

    def add(self, name: str, text: str) -> None:
        self.hashes.setdefault(content_hash(text), name)
        self.shingles.append((name, shingles(text)))

    def near(self, text: str) -> list[str]:
        mine = shingles(text)
        if not mine:
            return []
        found = []
        for name, theirs in self.shingles:
            if theirs and len(mine & theirs) >= NEAR_DUPLICATE * min(len(mine), len(theirs)):
                found.append(name)
        return found


def content_hash(text: str) -> str:
    """The hash of a text's words, whatever its line breaks and spacing.

    >>> content_hash("Haftar  met\\nenvoys.") == content_hash("Haftar met envoys.")
    True
    """
    return "sha256:" + hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def shingles(text: str) -> frozenset[int]:
    """Hashes of a text's word 5-grams (case-folded), the unit of near-duplicate comparison."""
    words = re.findall(r"\w+", text.casefold())
    return frozenset(hash(tuple(words[i:i + _SHINGLE])) for i in range(max(0, len(words) - _SHINGLE + 1)))


def slug(text: str, limit: int = 60) -> str:
    """A file-name-safe form of a title or outlet: ASCII letters and digits joined by hyphens.

    >>> slug("Libya’s Coast Guard: 212 returned — “a record”")
    'libyas-coast-guard-212-returned-a-record'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = re.sub(r"['’]", "", folded)
    words = re.findall(r"[a-z0-9]+", folded)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out


def file_name(doc: Document) -> str:
    """The Markdown file name for a document: date, outlet and title, as the bundled corpus names them.

    >>> file_name(Document("x", "t", "x.html", title="Talks in Tripoli", source="Sahel Desk", published="2025-03-14"))
    '2025-03-14-sahel-desk-talks-in-tripoli.md'
    """
    parts = [doc.published or "undated", slug(doc.source or "", 30), slug(doc.title or "", 60) or slug(doc.id, 60)]
    name = "-".join(part for part in parts if part)[:MAX_NAME].rstrip("-")
    return f"{name or 'article'}.md"


def to_markdown(doc: Document, imported_from: str) -> str:
    """A document as Markdown with YAML front matter (the fields the corpus reads back)."""
    import yaml

    meta = {
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "author": doc.author,
        "imported_from": imported_from,
        "content_hash": content_hash(doc.text),
    }
    front = yaml.safe_dump({k: v for k, v in meta.items() if v is not None}, sort_keys=False,
                           allow_unicode=True, width=1000)
    # One paragraph per line in the extractors' output: a blank line between paragraphs in Markdown.
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", doc.text) if p.strip()]
    return f"---\n{front}---\n\n" + "\n\n".join(paragraphs) + "\n"


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """Each input as (path or URL, problem): folders give their article files, other files pass as given."""
    for item in inputs:
        if _is_url(item):
            yield item, None
            continue
        path = Path(item)
        if path.is_dir():
            listing = scan_corpus(path)
            if not listing:
                yield item, f"folder holds no article files ({' '.join(EXTENSIONS)})"
            for found, _, _ in listing:
                yield found, None
        elif not path.exists():
            yield item, "no such file or folder"
        elif os.path.splitext(item)[1].lower() not in EXTENSIONS:
            yield item, f"not a format libyadesk reads ({' '.join(EXTENSIONS)})"
        else:
            yield item, None


def read_path_list(text: str) -> list[str]:
    """The paths of a list given on standard input: one a line, blank lines and # comments ignored."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def fetch_url(url: str) -> bytes:
    """A page's bytes with trafilatura's downloader: a polite timeout, few redirects, no private addresses."""
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(FETCH_TIMEOUT))
    config.set("DEFAULT", "MAX_REDIRECTS", "3")
    config.set("DEFAULT", "INSECURE_SSL_FALLBACK", "off")
    try:
        response = fetch_response(url, decode=False, config=config)
    except Exception as exc:  # noqa: BLE001 - any network failure is one line about this URL
        raise OSError(f"cannot fetch it ({type(exc).__name__}: {exc})") from None
    if response is None:
        raise OSError("cannot fetch it (no answer: offline, blocked or timed out)")
    if response.status != 200:
        raise OSError(f"cannot fetch it (HTTP {response.status})")
    return bytes(response.data or b"")


def polite(fetch: Fetch, pause: float = SAME_HOST_PAUSE,
           clock: Callable[[], float] | None = None, sleep: Callable[[float], None] | None = None) -> Fetch:
    """A fetcher that waits `pause` seconds between two requests to the same host (a list of one site's URLs)."""
    import time
    from urllib.parse import urlsplit

    clock = clock or time.monotonic
    sleep = sleep or time.sleep
    last: dict[str, float] = {}

    def fetch_politely(url: str) -> bytes:
        host = urlsplit(url).hostname or ""
        if host in last:
            wait = last[host] + pause - clock()
            if wait > 0:
                sleep(wait)
        try:
            return fetch(url)
        finally:
            last[host] = clock()

    return fetch_politely


def _corpus_texts(root: Path, cache: bool = True) -> _Seen:
    """Hashes and shingles of the articles already in the corpus folder, as the corpus reads them.

    Taken from the folder's index (Desk: from the cache, brought up to date with the
    files), so that a second `add` to a large folder does not read every article again;
    the index lives in the cache folder, never in the corpus.
    """
    from .desk import Desk
    from .errors import CorpusError, LibyadeskError

    seen = _Seen()
    try:
        with Desk.open(root, cache=cache, warn=lambda message: None) as desk:
            for doc in desk.documents():
                seen.add(os.path.relpath(doc.path, root), doc.text)
    except CorpusError:
        pass  # an empty or new folder: nothing to compare with
    except LibyadeskError:  # no usable cache: read the files themselves
        if cache:
            return _corpus_texts(root, cache=False)
        raise
    return seen


def add_inputs(inputs: list[str], root: Path, dry_run: bool = False, fetch: Fetch | None = None,
               cache: bool = True) -> list[AddResult]:
    """Turn each input into a Markdown article in the corpus folder `root`; one result per input file or URL.

    `cache` False reads the folder's articles without the index cache.
    """
    from .corpus import parse_document, read_article

    if not inputs:
        raise UsageError("nothing to add: give files, folders or URLs (or - to read a list from stdin)")
    root = _corpus_folder(root, create=not dry_run)
    seen = _corpus_texts(root, cache) if root.is_dir() else _Seen()
    taken = {p.name for p in root.iterdir()} if root.is_dir() else set()
    fetch = fetch or polite(fetch_url)
    results = []
    for item, problem in expand_inputs(inputs):
        if problem:
            results.append(AddResult(item, "failed", reason=problem))
            continue
        if _is_url(item):
            try:
                data: bytes | None = fetch(item)
            except OSError as exc:
                results.append(AddResult(item, "failed", reason=str(exc)))
                continue
            name_for_format = _url_file_name(item)
            origin = item
        else:
            data, problem = read_article(Path(item))
            name_for_format = item
            origin = str(Path(item).resolve())
        if data is None:
            results.append(AddResult(item, "failed", reason=problem))
            continue
        doc, warnings = parse_document(Path(name_for_format).stem or "article", name_for_format, data)
        if doc is None:
            reason = warnings[0].reason if warnings else "no article text"
            results.append(AddResult(item, "failed", reason=reason.removesuffix(", skipped")))
            continue
        if _is_url(item) and doc.url is None:
            doc = _with_url(doc, item)
        digest = content_hash(doc.text)
        if digest in seen.hashes:
            results.append(AddResult(item, "duplicate", reason=f"same text as {seen.hashes[digest]}", title=doc.title))
            continue
        near = seen.near(doc.text)
        name = _free_name(file_name(doc), taken)
        if not dry_run:
            try:
                _write_new(root / name, to_markdown(doc, origin))
            except OSError as exc:
                results.append(AddResult(item, "failed", reason=f"cannot write {root / name} ({exc.strerror or exc})"))
                continue
        taken.add(name)
        seen.add(name, doc.text)
        results.append(AddResult(item, "added", file=str(root / name), near_duplicates=near, title=doc.title))
    return results


def _corpus_folder(root: Path, create: bool) -> Path:
    if root.exists() and not root.is_dir():
        raise UsageError(f"--to {root}: not a folder")
    if not root.exists():
        if not root.parent.is_dir():
            raise UsageError(f"--to {root}: neither it nor its parent folder exists")
        if create:
            root.mkdir()
    return root


def _url_file_name(url: str) -> str:
    """A name whose ending tells parse_document the format: a URL's own .pdf, else .html."""
    path = re.sub(r"[?#].*$", "", url).rstrip("/")
    return "page.pdf" if path.lower().endswith(".pdf") else "page.html"


def _with_url(doc: Document, url: str) -> Document:
    from .models import replace

    return replace(doc, url=url)


def _free_name(name: str, taken: set[str]) -> str:
    """The name, or NAME-2.md, NAME-3.md …: never one already in the folder."""
    if name not in taken:
        return name
    stem = name[: -len(".md")]
    n = 2
    while f"{stem}-{n}.md" in taken:
        n += 1
    return f"{stem}-{n}.md"


def _write_new(path: Path, text: str) -> None:
    """Write a new file, failing rather than replacing one that appeared meanwhile."""
    with open(path, "x", encoding="utf-8") as handle:
        handle.write(text)


def added(results: list[AddResult]) -> int:
    """How many inputs were added (or would be, with --dry-run)."""
    return sum(r.status == "added" for r in results)
