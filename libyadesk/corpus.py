"""Files -> cleaned Documents: discovery, decoding, front matter and boilerplate removal.

Cleaning is one set of line rules applied to every file, whatever site it came from.
A scraped page is a column of lines: site chrome (menus, share buttons, "Related
Articles" blocks, copyright lines, marketing taglines) and the article's paragraphs.
Chrome is recognised by its *shape* — runs of short link-like lines, headline lists
under a block label — never by the name of a site, and a line that reads as a
sentence of prose (long, ending in sentence punctuation) is never removed, except
the few explicit kinds named below (share/marketing/biography lines).

Nothing here writes anywhere; problems with single files become `Warning_` records
and the caller decides how to show them.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import CorpusError
from .files import EXTENSIONS, bundled_corpus_path, check_root, format_of, iter_corpus_files  # noqa: F401
from .models import Document, Warning_, replace
from .prose import opens_comments, restates, tells_more, BOX_SHARE
from .text import _ANSI_ESCAPE, _CONTROL, strip_controls
from .patterns import lazy_compile

MAX_FILE_BYTES = 20 * 1024 * 1024
# Reports with images are often larger than any article page; pdfs.py bounds what is read of them.
MAX_PDF_BYTES = 64 * 1024 * 1024

# --- line classes ---------------------------------------------------------------------

_BLOCK_LABEL = lazy_compile(
    r"""^(?:also\ read|read\ also|read\ more|see\ also|more\ on\ this(?:\ story)?
        |related(?:\ articles?|\ posts?|\ stories|\ news|\ content|\ coverage)?
        |more\ (?:stories|news|articles|from\ .{1,40})
        |must[-\ ]reads?|editor'?s'?\ picks?|editors'?\ choice|top\ stories
        |popular(?:\ categories|\ posts|\ stories|\ articles|\ now)?
        |most\ (?:read|popular|viewed|shared)|recommended(?:\ for\ you|\ stories|\ articles)?
        |trending(?:\ now|\ stories|\ topics)?|you\ (?:may|might)\ also\ (?:like|be\ interested\ in)
        |latest(?:\ news|\ posts|\ stories|\ articles)|next\ (?:post|article|story)
        |previous\ (?:post|article|story)|in\ other\ news|don'?t\ miss)\s*[:»›>-]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# Site chrome by shape: only ever removed when the line does not read as prose.
_CHROME_LINE = lazy_compile(
    r"""^(?:(?:share|post|tweet|pin|send|email)(?:\ (?:on|to|via)\ \w+|\ this(?:\ article)?)?
           (?:\s*(?:share|post|tweet|pin|send|email)(?:\ (?:on|to|via)\ \w+)?)*
        |(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|print|email|copy\ link)(?:\s*[|/·•]\s*\w+)*
        |no\ results?(?:\ found)?|view\ all\ results?|load\ more|advertisement|sponsored(?:\ content)?
        |tags?\s*:.*|filed\ under\s*:.*|topics?\s*:.*|categor(?:y|ies)\s*:.*
        |skip\ to\ (?:main\ )?content|(?:main\ )?menu|search|subscribe|sign\ in|log\ ?in|close
        |our\ standards\b.{0,120}|posted\ (?:by|in)\ .{1,60}
        |(?:photograph|photo|image|picture|illustration)(?:\ credit)?\s*:.{0,100}
        |[^.!?»›]{1,30}(?:\ [»›]\ [^.!?»›]{1,30}){1,6})$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that are chrome whatever their length: a copyright notice, and wire credits that
# name only people ("(Reporting by Ahmed Elumami; Editing by Jan Harvey)").
_NAME_WORD = r"(?:(?:al|el|ad|as|bin|ben|abu|de|di|van|von)[-\ ])?[A-Z][\w'’.-]+"
_NAME = rf"{_NAME_WORD}(?:\ {_NAME_WORD})*"
_CREDIT = (
    rf"(?i:(?:additional\ )?(?:reporting|writing|editing|compiled|produced|translated)(?:\ and\ \w+ing)?\ by)"
    rf"\ {_NAME}(?:\ ?(?:,|and|&)\ ?{_NAME})*(?:\ in\ {_NAME})?"
)
_STRONG_CHROME = lazy_compile(
    rf"""^(?:(?:©|\(c\)|(?i:copyright)\s*(?:©|\(c\)|\d{{4}})).{{0,120}}
        |.{{0,80}}\b(?i:all\ rights\ reserved)\b.{{0,40}}
        |(?i:our\ standards)\s*:.{{0,120}}
        |\(?{_CREDIT}(?:\ ?;\ ?{_CREDIT})*\)?\.?)$""",
    re.VERBOSE,
)
# An imperative addressed to the reader that advertises the publisher ("Explore our
# services…", "Subscribe to our newsletter"): the verb and its object, not just the verb,
# so that "Contact with our team was lost" and "Support for the deal" stay.
_MARKETING = lazy_compile(
    r"^(?:explore\ our|discover\ our|subscribe\ (?:to|now|today)|sign\ up|contact\ us|follow\ us|download\ our"
    r"|join\ (?:our|us)|get\ in\ touch|learn\ more|speak\ (?:with|to)\ our|talk\ to\ our|support\ (?:our|us)"
    r"|book\ (?:a|your)|register\ (?:for|now|today)|click\ here|read\ our)\b",
    re.IGNORECASE | re.VERBOSE,
)
# A tagline never reports speech: "Join us in Tripoli, the minister told reporters" is news.
_REPORTED = lazy_compile(r"\b(?:said|says|told|tells|added|according)\b|[\"“”]")
# "Jane Doe is the Defence Editor at the Daily Planet. She covers ..." at the end of a page.
_BIO = lazy_compile(
    r"^(?:[A-Z][\w.'’-]+\ ){1,3}[A-Z][\w.'’-]+\ (?:is|was)\ (?:a|an|the|our)\b.{0,120}?"
    r"\b(?i:editor|correspondent|reporter|journalist|writer|columnist|contributor|author)\b",
    re.VERBOSE,
)
_BULLET = lazy_compile(r"^\s*(?:[•·‣▪◦●■►*]|-(?=\s)|–(?=\s))\s*")
_SENTENCE_END = lazy_compile(r"[.!?…][\"'”’)\]]*$")
_STOPS = frozenset(".!?…")
_CLOSERS = "\"'”’)]"
# The longest line the second alternative of _STRONG_CHROME (".{0,80} all rights reserved .{0,40}")
# can match; a longer one matches only if it starts as one of the other alternatives does.
_STRONG_LONGEST = 80 + len("all rights reserved") + 40
_STRONG_START = lazy_compile(r"[©(]|(?i:copyright|our\ standards|additional|reporting|writing|editing|compiled"
                           r"|produced|translated)")
# Datelines carry times and labels around the date: "Published: Mon 3 Mar 2025 14.02 GMT".
_DATELINE_NOISE = lazy_compile(
    r"^(?:(?:first\ )?published|updated|last\ updated|posted|date)\s*:?\s*"
    r"|[,|·-]?\s*\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,5}(?:[+-]\d{1,2})?)?\b.*$",
    re.IGNORECASE | re.VERBOSE,
)
_FRONT_MATTER = lazy_compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)

META_FIELDS = ("title", "source", "url", "published", "author")
FIELD_SYNONYMS = {"outlet": "source", "date": "published"}  # accepted for the field named (docs/corpus.md)
_SYNONYM_OF = {field: synonym for synonym, field in FIELD_SYNONYMS.items()}


@dataclass(slots=True)
class LoadResult:
    """Documents of a corpus and the warnings met while loading it."""

    documents: list[Document] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)


@lru_cache(maxsize=1024)
def _words(line: str) -> int:
    # Asked of each line by several rules in turn (a paragraph is one line): counted once.
    return len(line.split())


def _ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence: _SENTENCE_END.search(line), without trying every stop in it.

    >>> [_ends_sentence(x) for x in ("He left.", "“He left.”", "Home", "Why?)", "U.S. says")]
    [True, True, False, True, False]
    """
    if line.endswith("\n"):  # `$` also matches before one line break at the very end
        line = line[:-1]
    return line.rstrip(_CLOSERS)[-1:] in _STOPS


def _strong_chrome(line: str) -> bool:
    """_STRONG_CHROME.match(line): a long line is only tried when it starts as a notice or a credit can."""
    if len(line) > _STRONG_LONGEST and _STRONG_START.match(line) is None:
        return False
    return _STRONG_CHROME.match(line) is not None


def _is_prose(line: str) -> bool:
    """A line that reads as a sentence of an article: never removed by shape rules."""
    n = _words(line)
    return n >= 16 or (n >= 5 and _ends_sentence(line))


def _is_headline(line: str) -> bool:
    """A headline-like line: under 20 words, not ending like a sentence."""
    return _words(line) <= 20 and not _ends_sentence(line)


def _is_bullet_item(line: str) -> bool:
    return bool(_BULLET.match(line)) and _words(_BULLET.sub("", line)) <= 5


def clean_lines(lines: list[str]) -> list[str | None]:
    """Return the lines with boilerplate replaced by None (positions kept for the caller).

    >>> clean_lines(["Share on Facebook", "Haftar met EU envoys in Benghazi on Sunday.", "Also Read:", "Top Ten Beaches"])
    [None, 'Haftar met EU envoys in Benghazi on Sunday.', None, None]
    """
    out: list[str | None] = list(lines)
    n = len(lines)
    stripped = [line.strip() for line in lines]
    # What the rules ask of each line, worked out once per line (the same tests as _is_prose
    # and _is_bullet_item, which each rule used to ask again).
    words = [len(s.split()) for s in stripped]
    prose = [w >= 16 or (w >= 5 and _ends_sentence(s)) for s, w in zip(stripped, words)]

    # Single chrome lines: share buttons, copyright, credits, taglines.
    for i, s in enumerate(stripped):
        if s and (_strong_chrome(s) or (words[i] <= 30 and _MARKETING.match(s) and not _REPORTED.search(s))
                  or (not prose[i] and _CHROME_LINE.match(s))):
            out[i] = None

    # A block label and the list of headlines under it, up to the next prose line.
    i = 0
    while i < n:
        if stripped[i] and _BLOCK_LABEL.match(stripped[i]):
            out[i] = None
            j = i + 1
            while j < n and (not stripped[j] or not prose[j]):
                if stripped[j] and not (_is_headline(stripped[j]) or _is_bullet_item(stripped[j])):
                    break
                out[j] = None
                j += 1
            i = j
        else:
            i += 1

    # Menus: runs of three or more consecutive short or bulleted lines.
    menu = [bool(s) and ((w <= 4 and not _ends_sentence(s)) or _is_bullet_item(s)) for s, w in zip(stripped, words)]
    i = 0
    while i < n:
        j = i
        while j < n and menu[j]:
            j += 1
        if j - i >= 3 or (j - i >= 2 and all(_is_bullet_item(s) for s in stripped[i:j])):
            for k in range(i, j):
                out[k] = None
        i = max(j, i + 1)

    # The readers' comments: their heading on a line of its own after the article's prose
    # ("Comments (12)", "Join the conversation", "3 thoughts on ..."), and everything after it.
    prose_seen = False
    for i, s in enumerate(stripped):
        if prose_seen and s and opens_comments(s):
            out[i:] = [None] * (n - i)
            break
        prose_seen = prose_seen or (out[i] is not None and _is_prose(s))

    _drop_taxonomy_summaries(stripped, out, prose)

    # An author biography as the last prose of the page.
    kept = [k for k, line in enumerate(out) if line is not None and stripped[k]]
    for k in kept[-2:]:
        if _BIO.match(stripped[k]):
            out[k] = None
    return out


@lru_cache(maxsize=1)
def _taxonomy_labels() -> tuple[frozenset[str], int]:
    """The labels, and the most characters other than spaces a label line can have (its bullet and colon too)."""
    from . import vocab

    labels = frozenset(vocab.words("chrome", "taxonomy_labels"))
    return labels, max((len(label.replace(" ", "")) for label in labels), default=0) + 2


def _is_taxonomy_label(line: str) -> bool:
    """A line that is only a taxonomy label: "Topic", "Country/Region", "- Country:"."""
    labels, longest = _taxonomy_labels()
    # Every line of every page is asked: a line longer than any label is none, without the work.
    if not line or len(line) - line.count(" ") - line.count("\t") > longest:
        return False
    return " ".join(_BULLET.sub("", line).strip().rstrip(":").lower().split()) in labels


def _drop_taxonomy_summaries(stripped: list[str], out: list[str | None], prose: list[bool]) -> None:
    """Remove a summary set beside the page's taxonomy list (a box's key point right before
    "- Country: / - Libya", a standfirst right after "Topic / Energy / Country/Region / Libya")
    when a later line of the article tells it again, fuller (prose.restates, tells_more): the
    summary is the page's.  One that nothing retells is the only telling of its news, and stays."""
    from .text import split_sentences

    n = len(stripped)
    i = 0
    while i < n:
        if not _is_taxonomy_label(stripped[i]):
            i += 1
            continue
        j = i  # the list: labels and their short values, line after line
        while j + 1 < n and stripped[j + 1] and not prose[j + 1] and _words(_BULLET.sub("", stripped[j + 1])) <= 6:
            j += 1
        if j == i and ((below := _nearest_line(stripped, i, 1)) is None or prose[below]):
            # A label with no value under it, only prose, is a section's heading ("Location",
            # "Issues"), not a taxonomy: the paragraph beside it is the article's.
            i += 1
            continue
        for k, step in ((_nearest_line(stripped, i, -1), -1), (_nearest_line(stripped, j, 1), 1)):
            if k is None or not prose[k] or out[k] is None:
                continue
            # A summary set before the list may run over a few lines with no blank line between
            # ("X has removed Y. / The move follows ... / Y, in charge since 2011, faced criticism.").
            lines = [k]
            while (step < 0 and len(lines) < SUMMARY_LINES and lines[-1] > 0 and stripped[lines[-1] - 1]
                   and prose[lines[-1] - 1] and out[lines[-1] - 1] is not None):
                lines.append(lines[-1] - 1)
            summaries = {m: [stripped[m][a:b] for a, b in split_sentences(stripped[m])] for m in lines}
            # The article retells its summary near it, in a sentence or over two ("Y had been at
            # the helm since October 2011. He faced growing criticism ...").
            after = [m for m in range(k + 1, min(n, k + 1 + SUMMARY_REACH)) if out[m] is not None and prose[m]]
            later = [t for m in after for t in _told(stripped[m], split_sentences)]
            # Before the list, its undated sentences too ("X has removed Y and appointed Z" is no
            # lead of the article); after it, the paragraph may be the article's own undated lead.
            undated = step < 0
            if any(restates(t, s, BOX_SHARE, undated) and tells_more(t, s) for summary in summaries.values()
                   for s in summary for t in later):
                # Only the sentences told again: one that nothing retells is told nowhere else.
                for m, summary in summaries.items():
                    kept = [s for s in summary if not any(restates(t, s, BOX_SHARE, undated) for t in later)]
                    out[m] = " ".join(kept) if kept else None
        i = j + 1


def _told(line: str, split: Callable[[str], list[tuple[int, int]]]) -> Iterator[str]:
    """The sentences of a line, and each with the one after it: a summary's one sentence may be
    told again over two."""
    spans = split(line)
    for x, (a, b) in enumerate(spans):
        yield line[a:b]
        if x + 1 < len(spans):
            yield line[a:spans[x + 1][1]]


# How many lines after a summary (blank lines count) may retell it: a bounded reach keeps a page
# of many lists linear.
SUMMARY_REACH = 60
# A summary before the list is at most this many lines with no blank line between.
SUMMARY_LINES = 3


def _nearest_line(stripped: list[str], at: int, step: int) -> int | None:
    """The nearest non-empty line before (step -1) or after (step 1) a line, across blank lines."""
    k = at + step
    while 0 <= k < len(stripped) and not stripped[k]:
        k += step
    return k if 0 <= k < len(stripped) else None


def _split_front_matter(text: str) -> tuple[str | None, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    return match.group(1) or "", text[match.end():]


# Front matter written as `key: "value"` lines only, with no escape, quote or line break
# that YAML reads in a double-quoted scalar (what libyadesk add and most exporters write):
# read without the YAML parser, which costs more than the rest of a file's reading.  A key
# that YAML would read as a boolean or null is left to the parser.
_SIMPLE_FRONT_MATTER = lazy_compile(r'(?:[A-Za-z_][A-Za-z0-9_-]*:[ \t]+"[^"\\\x85\u2028\u2029\ufffe\uffff\ud800-\udfff\n]*"[ \t]*\n|[ \t]*\n)*\Z')
_SIMPLE_LINE = lazy_compile(r'^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+"([^"\n]*)"', re.MULTILINE)
_YAML_WORDS = frozenset("y yes n no true false on off null".split())


def _parse_front_matter(raw: str) -> dict:
    if _SIMPLE_FRONT_MATTER.match(raw):
        found = _SIMPLE_LINE.findall(raw)
        if not any(key.lower() in _YAML_WORDS for key, _ in found):
            return _lower_keys(dict(found))
    data = yaml_load(raw) if raw.strip() else {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("front matter is not a mapping of fields")
    return _lower_keys(data)


def _lower_keys(meta: dict) -> dict:
    """Front matter's fields by their lower-case names ("Title:", "Published:" as people write them by
    hand); a field written in lower case wins over the same name capitalised."""
    out = {k: v for k, v in meta.items() if not isinstance(k, str) or k == k.lower()}
    for k, v in meta.items():
        if isinstance(k, str):
            out.setdefault(k.lower(), v)
    return out


# A field of ours with a plain value that YAML refuses ("title: Letters from Misrata: a month without
# power", a colon inside), as people write front matter by hand; not a value YAML gives a meaning to
# (a list, a mapping, a tag, an anchor, a block).
_PLAIN_FIELD = lazy_compile(r"[ \t]*([A-Za-z_][A-Za-z0-9_-]*):[ \t]+([^\s\[\]{}!&*|>%@`#][^\n]*?)[ \t]*")


def _plain_front_matter(raw: str) -> dict[str, str]:
    """The fields of front matter YAML refused, when every line is one of ours as `key: value` with a
    plain value (quotes around it taken off); else {} (read without it)."""
    found: dict[str, str] = {}
    for line in raw.split("\n"):
        if not line.strip():
            continue
        m = _PLAIN_FIELD.fullmatch(line)
        if m is None or m.group(1).lower() not in (*META_FIELDS, *FIELD_SYNONYMS):
            return {}
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found[m.group(1).lower()] = value
    return found


@lru_cache(maxsize=1)
def _yaml_loader() -> type:
    import yaml  # deferred: only files with front matter pay for it

    # libyaml's parser when PyYAML was built with it: front matter parses several times faster.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    # Without the timestamp resolver "2025-13-45" stays a string we can report on.
    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def yaml_load(raw: str) -> object:
    """Parse YAML safely, keeping dates as the strings they were written as."""
    import yaml

    return yaml.load(raw, Loader=_yaml_loader())  # noqa: S506 - a SafeLoader subclass


def _decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM), falling back to cp1252 with a note."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:  # odd length or a broken surrogate pair
            return data.decode("utf-16", errors="replace"), f"not valid UTF-16 (byte {exc.start}); bad bytes replaced"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        note = f"not valid UTF-8 (byte {exc.start}); read as cp1252"
        return data.decode("cp1252", errors="replace"), note


def _looks_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # counted in C: this runs on every file
    return controls > len(head) // 20


# Every byte but the control characters that make a file look binary (tab, line feed, form feed and CR are text).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13)))


@dataclass(slots=True)
class _Body:
    text: str
    title: str | None
    dateline: str | None
    author: str | None = None


def _dateline(line: str) -> str | None:
    from .dates import parse_dateline  # deferred: a cached index never needs the date grammar

    return parse_dateline(_DATELINE_NOISE.sub("", line).strip()) if _words(line) <= 10 else None


# "By Sara Rossi | 10 June 2024", "*An analysis by Jan Novak, Senior Fellow*".
_BYLINE = lazy_compile(
    r"^(?:(?i:an?\s+)?(?i:analysis|commentary|opinion|report|interview|column)\s+)?(?i:by)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|de|van|von)[-\s])?[A-Z][\w'’.-]+){1,3})(?P<rest>.*)$"
)
_MARKUP = lazy_compile(r"^(?:#{1,6}\s+)?[*_]{0,3}(.*?)[*_]{0,3}$")


def _unmark(line: str) -> str:
    """A header line without Markdown heading and emphasis markers.

    >>> _unmark("# Russia's Libyan foothold"), _unmark("*An analysis by Jan Novak*")
    ("Russia's Libyan foothold", 'An analysis by Jan Novak')
    """
    match = _MARKUP.match(line)
    return match.group(1).strip() if match else line


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _notices_only(lines: list[str]) -> list[str | None]:
    """Remove only copyright notices and wire credits: for text an extractor already cleaned of page chrome.

    The shape rules of clean_lines are for a whole scraped page; on an extractor's output
    they only lose text (every line of a page in a language written without spaces looks short).
    """
    return [None if _strong_chrome(line.strip()) else line for line in lines]


def _clean_body(text: str, known_title: str | None = None,
                rules: Callable[[list[str]], list[str | None]] = clean_lines) -> _Body:
    """Remove boilerplate; find the title line (unless front matter gave it) and a dateline under it."""
    lines = text.split("\n")
    cleaned = rules(lines)
    first_prose = next(
        (i for i, line in enumerate(cleaned) if line is not None and _is_prose(line.strip())),
        len(cleaned),
    )
    # The header zone (before the first paragraph) holds the title, bylines, datelines and repeats.
    title: str | None = known_title
    dateline: str | None = None
    author: str | None = None
    for i in range(first_prose):
        line = cleaned[i]
        if line is None or not line.strip():
            continue
        s = _unmark(line.strip())
        byline = _BYLINE.match(s) if _words(s) <= 15 else None
        if byline is not None:
            author = author or byline.group("name")
            rest = byline.group("rest").strip(" |·,–—-")
            date = _dateline(rest) if rest else None
            dateline = dateline or date
            cleaned[i] = None
            continue
        date = _dateline(s)
        if date is not None:
            if title is not None and dateline is None:
                dateline = date
            cleaned[i] = None
        elif title is None and _is_headline(s):
            title = s  # without its Markdown markers
            cleaned[i] = None
        elif title is not None and _same_line(s, title):
            cleaned[i] = None
    body_lines = [line.rstrip() for line in cleaned if line is not None]
    body = "\n".join(body_lines)
    if "\n\n\n" in body:  # the pattern tries every position of the text: only run where it can match
        body = re.sub(r"\n{3,}", "\n\n", body)
    body = body.strip()
    if title is None and body:
        first = body.split("\n", 1)[0].strip()
        title = first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
    return _Body(body, title, dateline, author)


_SCALARS = (str, int, float, datetime.date)


def _meta_str(value: object) -> str | None:
    # Only scalars: str() of a YAML list or mapping can be enormous (an alias bomb
    # expands to billions of items) and is never a usable title or byline.
    if value is None or not isinstance(value, _SCALARS):
        return None
    try:
        # YAML decodes its own escapes ("\\e", "\\x1b") after the raw text was cleaned.
        text = strip_controls(str(value)).strip()
    except ValueError:  # an int beyond Python's digit limit
        return None
    return text or None


def _kind_of(value: object) -> str:
    """How to name a front-matter value in a warning, without printing all of it."""
    if isinstance(value, _SCALARS):
        return repr(str(value)[:40])
    return {list: "a list", dict: "a mapping"}.get(type(value), type(value).__name__)


def parse_document(doc_id: str, path: str, data: bytes) -> tuple[Document | None, list[Warning_]]:
    """Turn one file's bytes into a cleaned Document, or None with the reason as a warning (at most one per file)."""
    doc, warnings = _parse_document(doc_id, path, data)
    return doc, _one_warning(path, [w.reason for w in warnings])


def _one_warning(path: str, reasons: list[str]) -> list[Warning_]:
    """All the problems of one file as a single warning line."""
    return [Warning_(_printable(path), "; ".join(reasons))] if reasons else []


def _printable(text: str) -> str:
    """Text that prints on one line: control characters and undecodable file-name bytes escaped."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


def _parse_document(doc_id: str, path: str, data: bytes) -> tuple[Document | None, list[Warning_]]:
    fmt = format_of(path)
    if fmt in ("html", "mhtml", "pdf"):
        return _parse_extracted(doc_id, path, data, fmt)
    warnings: list[Warning_] = []
    if not data.strip():
        return None, [Warning_(path, "empty file, skipped")]
    if _looks_binary(data):
        return None, [Warning_(path, "binary file, skipped")]
    text, note = _decode(data)
    if note:
        warnings.append(Warning_(path, note))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    # Terminal escapes and other control characters must not reach a user's screen.
    text = strip_controls(text.replace("\f", "\n").replace("\v", "\n"))

    meta: dict = {}
    raw_meta, body_text = _split_front_matter(text)
    if raw_meta is None and re.match(r"---[ \t]*\n", text):
        warnings.append(Warning_(path, "front matter is not closed by a '---' line; read as text"))
        body_text = text.split("\n", 1)[1]
    if raw_meta is not None:
        try:
            meta = _parse_front_matter(raw_meta)
        except Exception as exc:  # yaml raises many kinds; any of them means "broken"
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            plain = _plain_front_matter(raw_meta)
            if plain:
                warnings.append(Warning_(path, f"front matter is not valid YAML ({reason}); its "
                                               "'key: value' lines read as plain text"))
                meta = plain
            else:
                warnings.append(Warning_(path, f"broken front matter ({reason}); read without it"))
                meta = {}
    for key in META_FIELDS:
        value = meta.get(key)
        if key != "published" and value is not None and not isinstance(value, _SCALARS):
            warnings.append(Warning_(path, f"front matter {key} is {_kind_of(value)}, not text; ignored"))
    body = _clean_body(body_text, _meta_str(meta.get("title")))
    if not body.text:
        warnings.append(Warning_(path, "no article text after cleaning, skipped"))
        return None, warnings

    published_raw = meta.get("published", meta.get(_SYNONYM_OF["published"]))
    published = None
    if published_raw is not None:
        from .dates import parse_iso_partial

        published = parse_iso_partial(published_raw) if isinstance(published_raw, (str, int)) or hasattr(published_raw, "year") else None
        if published is None:
            warnings.append(Warning_(path, f"unparseable published date {_kind_of(published_raw)}; left unknown"))
    elif raw_meta is None or "published" not in meta:
        published = body.dateline

    doc = Document(
        id=doc_id,
        text=body.text,
        path=path,
        title=_meta_str(meta.get("title")) or body.title,
        source=_meta_str(meta.get("source", meta.get(_SYNONYM_OF["source"]))),
        url=_meta_str(meta.get("url")),
        published=published,
        author=_meta_str(meta.get("author")) or body.author,
        format=fmt,
    )
    return doc, warnings


def _normalise(text: str) -> str:
    """Line ends unified, no-break spaces plain, terminal escapes and control characters gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return _CONTROL.sub("", _ANSI_ESCAPE.sub("", text.replace("\f", "\n").replace("\v", "\n")))


def extract_file(data: bytes, fmt: str, url: str | None = None):
    """A page's or PDF's article text and metadata (webpages.Extracted); raise ExtractionError when it has none."""
    if fmt == "pdf":
        from .pdfs import read_pdf

        return read_pdf(data)
    from .webpages import read_html, read_mhtml

    return read_mhtml(data) if fmt == "mhtml" else read_html(data, url=url)


_PLACE = lazy_compile(r"^(?:[A-Z][\w'’.-]+\s?){1,3},\s+")


def _printed_date(line: str) -> str | None:
    """A report's dateline, with or without a place before it ("Tripoli, 3 February 2025")."""
    return _dateline(line) or (_dateline(line[m.end():]) if (m := _PLACE.match(line)) else None)


def _parse_extracted(doc_id: str, path: str, data: bytes, fmt: str) -> tuple[Document | None, list[Warning_]]:
    """A saved web page or a PDF as a Document: the extractor's text and metadata, then the same cleaning."""
    from .webpages import ExtractionError

    if not data.strip():
        return None, [Warning_(path, "empty file, skipped")]
    try:
        found = extract_file(data, fmt)
    except ExtractionError as exc:
        return None, [Warning_(path, f"{exc}, skipped")]
    warnings = [Warning_(path, problem) for problem in found.problems]
    title = _meta_str(found.title)
    published = found.published
    if fmt == "pdf":
        # Offsets are page citations: the text is kept as read, only control characters go
        # (one for one, so that the page offsets still hold).
        text = _CONTROL.sub(" ", _ANSI_ESCAPE.sub(lambda m: " " * len(m.group()), found.text)).replace("\u00a0", " ")
        # A date printed on the first page (the report's own) wins over the file's creation date.
        first_page = text[: found.pages[0]] if found.pages else text
        printed = next((d for d in map(_printed_date, first_page.split("\n\n")[:15]) if d), None)
        published = printed or published
        author = found.author
    else:
        body = _clean_body(_normalise(found.text), title, rules=_notices_only)
        text, title, author = body.text, title or body.title, found.author or body.author
        published = published or body.dateline
    if not text.strip():
        warnings.append(Warning_(path, "no article text after cleaning, skipped"))
        return None, warnings
    doc = Document(
        id=doc_id,
        text=text,
        path=path,
        title=title,
        source=_meta_str(found.source),
        url=_meta_str(found.url),
        published=published,
        author=_meta_str(author),
        format=fmt,
        pages=found.pages,
    )
    return doc, warnings


def read_article(path: Path, limit: int | None = None) -> tuple[bytes | None, str | None]:
    """A file's bytes, or None and why it was skipped: unreadable, too large, or not a regular file.

    The file is opened without blocking and checked on the open descriptor, so a named
    pipe, socket or device that happens to end in .md is skipped instead of hanging the
    load, and a file over the size limit is never read.  The limit is MAX_FILE_BYTES, or
    MAX_PDF_BYTES for a PDF, unless given.
    """
    if limit is None:
        limit = MAX_PDF_BYTES if format_of(path) == "pdf" else MAX_FILE_BYTES
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc}), skipped"
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None, "not a regular file (a pipe, socket or device), skipped"
            if info.st_size > limit:
                return None, f"larger than {limit // 2**20} MB, skipped"
            # read(n) allocates n bytes up front: ask for the size the file has, plus one
            # byte to notice growth, and only then for the rest up to the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc}), skipped"
    if len(data) > limit:  # it grew while we read it
        return None, f"larger than {limit // 2**20} MB, skipped"
    return data, None


def _doc_id(path: Path, root: Path, seen: set[str]) -> str:
    """The file stem, or its relative path when the stem is taken; one printable line, unique."""
    clean = ""
    for candidate in _id_candidates(path, root):
        # Undecodable file-name bytes (surrogate escapes) could be neither printed nor put in JSON.
        clean = _printable(candidate.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
        if clean not in seen:
            return clean
    n = 2
    while f"{clean}~{n}" in seen:
        n += 1
    return f"{clean}~{n}"


def own_id(path: Path, root: Path) -> str:
    """The id a file asks for (its file stem, made printable), whatever the other files of the corpus are."""
    return _doc_id(path, root, set())


def _id_candidates(path: Path, root: Path) -> Iterator[str]:
    """The names a document may take, in order: its file stem, then its relative path (made only when needed)."""
    yield path.stem
    rel = path.relative_to(root)
    yield rel.with_suffix("").as_posix()
    yield rel.as_posix()


def load_corpus(
    root: str | os.PathLike[str],
    files: list[Path] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load every article below a folder (or the given files of it); raise CorpusError if there is nothing to load.

    `progress(done, total)` is called after each file, for a caller that shows progress.
    """
    result = LoadResult()
    result.documents = list(iter_corpus(root, files, progress, result.warnings))
    return result


def load_file(path: Path, root: Path, seen_ids: set[str], seen_text: dict[str, str]
              ) -> tuple[Document | None, list[Warning_], str]:
    """One file of a corpus read in file order: (document or None, its warnings, digest of its text).

    `seen_ids` and `seen_text` (digest -> doc id) are the documents loaded before it: they
    decide its id and whether it is a duplicate, and are updated here.
    """
    return accept_file(path, root, parse_file(path, root), seen_ids, seen_text)


def parse_file(path: Path, root: Path) -> tuple[Document | None, list[str], str]:
    """One file read and cleaned on its own, in any process: (document or None, problems, digest of its text).

    The document's id is its file's own; `accept_file` makes it unique among the files
    before it.  What depends on those files is left to that step, so that files can be
    parsed in parallel and accepted in order.
    """
    data, problem = read_article(path)
    if data is None:
        return None, [problem or "cannot be read, skipped"], ""
    doc, found = _parse_document(own_id(path, root), str(path), data)
    return doc, [w.reason for w in found], text_digest(doc.text) if doc else ""


def accept_file(path: Path, root: Path, parsed: tuple[Document | None, list[str], str], seen_ids: set[str],
                seen_text: dict[str, str]) -> tuple[Document | None, list[Warning_], str]:
    """A parsed file (parse_file) taken in file order: its id made unique, a duplicate dropped, as load_file does."""
    doc, reasons, digest = parsed
    if doc is not None:
        # parse_file named it by its own file (the first name _doc_id tries): kept unless taken.
        doc_id = doc.id if doc.id not in seen_ids else _doc_id(path, root, seen_ids)
        if doc_id != doc.id:
            doc = replace(doc, id=doc_id)
        if digest in seen_text:
            reasons = [*reasons, f"same text as {seen_text[digest]}, skipped as a duplicate"]
            doc = None
    if doc is not None:
        seen_text[digest] = doc.id
        seen_ids.add(doc.id)
    return doc, _one_warning(str(path), reasons), digest


def text_digest(text: str) -> str:
    """What two files with the same text (up to spacing) share: the duplicate test."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def iter_corpus(
    root: str | os.PathLike[str],
    files: list[Path] | None = None,
    progress: Callable[[int, int], None] | None = None,
    warnings: list[Warning_] | None = None,
) -> Iterator[Document]:
    """The articles below a folder one at a time, for a build that does not hold them all.

    Warnings are appended to `warnings` as files are read; CorpusError is raised at the
    end if nothing could be loaded.
    """
    root_path = check_root(root)
    warnings = warnings if warnings is not None else []
    seen_text: dict[str, str] = {}
    seen_ids: set[str] = set()
    paths = list(iter_corpus_files(root_path)) if files is None else files
    for done, path in enumerate(paths, 1):
        if progress is not None:
            progress(done, len(paths))
        doc, found, _ = load_file(path, root_path, seen_ids, seen_text)
        warnings.extend(found)
        if doc is not None:
            yield doc
    if not seen_ids:
        message = f"corpus folder {root_path} holds no readable documents ({', '.join(EXTENSIONS)})"
        if warnings:  # say why in the one error line: the warnings are not shown on failure
            first = warnings[0]
            message += f"; {len(warnings)} skipped, first {first.path}: {first.reason}"
        raise CorpusError(message)
