"""Renderers: records in, Rich renderables or JSON-ready dicts out.  Nothing here computes.

Every `*_json` function returns the exact shape documented in docs/json.md; every
`*_table` function returns a renderable for the one `console.print` in cli.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .models import Document, Hit, Match, Row

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:  # Rich where a view has a table, which a search's has not; TimeExpr with the dates
    from typing import Any

    from .models import TimeExpr
    from rich.console import RenderableType
    from rich.table import Table


# Rich is imported when a view is drawn, not with this module: JSON, CSV, ids and Markdown
# need none of it, and it is the largest import of a warm call (tens of milliseconds).
def Text(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 - stands for Rich's class
    """rich.text.Text(...), Rich imported on first use."""
    from rich.text import Text as text

    return text(*args, **kwargs)


def Padding(*args: Any, **kwargs: Any) -> Any:  # noqa: N802
    """rich.padding.Padding(...), Rich imported on first use."""
    from rich.padding import Padding as padding

    return padding(*args, **kwargs)


def Group(*args: Any, **kwargs: Any) -> Any:  # noqa: N802
    """rich.console.Group(...), Rich imported on first use."""
    from rich.console import Group as group

    return group(*args, **kwargs)


def cell_len(text: str) -> int:
    """How many terminal cells a text takes (rich.cells.cell_len)."""
    from rich.cells import cell_len as measure

    return measure(text)

# A profile's text view shows this many rows of each list; --json carries them all.
TABLE_ROWS = 20

HOW_LABEL = {"exact": "exact", "stem": "word form", "variant": "spelling variant", "typo": "typo",
             "alias": "another name", "synonym": "same meaning"}
# A hit lists this many copies of its story on other sites; --json carries them all.
COPIES_SHOWN = 3


def _table(**options: Any) -> Table:
    """A Rich table with a simple header rule."""
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, **options)


def _grid(**options: Any) -> Table:
    """A Rich table without borders, for label/value rows."""
    from rich.table import Table

    return Table.grid(**options)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def cite(doc: str, source: str | None, published: str | None) -> str:
    """One-line citation: id, outlet, date (unknown parts named as such)."""
    return f"{doc} · {source or 'unknown outlet'} · {published or 'undated'}"


def document_json(doc: Document, text: bool = False) -> dict:
    """The JSON record of a document (the `docs` item, or `show` with the text)."""
    record = {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "author": doc.author,
        "format": doc.format,
        "pages": len(doc.pages) + 1 if doc.format == "pdf" else None,
    }
    if text:
        record["text"] = doc.text
    else:
        record["words"] = doc.words
    return record


def docs_json(documents: Iterable[Document]) -> dict:
    """`libyadesk docs --json`."""
    return {"documents": [document_json(d) for d in documents]}


def _id_column(table: Table, name: str, ids: Iterable[str]) -> None:
    """A column of document ids: never wrapped or cut (`grep ID` must find them), as wide as the longest."""
    width = max((cell_len(i) for i in ids), default=len(name))
    table.add_column(name, no_wrap=True, overflow="ignore", min_width=width)
    # The room the table needs to show the id and the other columns legibly; print_result
    # draws it that wide on a narrower screen (the terminal wraps the lines) rather than
    # squeezing the other columns to nothing.
    table.needed_width = getattr(table, "needed_width", 0) + width + ID_TABLE_ROOM


# Columns beside a document id get at least this many cells between them (see _id_column).
ID_TABLE_ROOM = 40


# Outlet, title and words need more room beside an id than ID_TABLE_ROOM.
DOCS_TABLE_EXTRA = 30


class DocsView:
    """The documents as a table when the screen has room for whole ids beside the other
    columns, else as records: the id on its own line, the rest under it."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.documents = documents

    def __rich_console__(self, console, options):
        table = _docs_table(self.documents)
        if options.max_width >= table.needed_width + DOCS_TABLE_EXTRA:
            yield table
            return
        yield Text(_count(len(self.documents), "document"))
        for d in self.documents:
            yield Text("")
            yield Text(d.id, no_wrap=True, overflow="ignore")
            yield Padding(Text(f"{d.published or 'undated'} · {d.source or 'unknown outlet'} · {d.words} words · "
                               f"{d.title or '(untitled)'}"), (0, 0, 0, 4))


def docs_table(documents: Sequence[Document]) -> RenderableType:
    """The documents of the corpus: a table (other columns wrap, ids never do) or records, as the width allows."""
    return DocsView(documents)


def _docs_table(documents: Sequence[Document]) -> Table:
    table = _table(title=_count(len(documents), "document"), title_justify="left")
    _id_column(table, "id", (d.id for d in documents))
    table.add_column("published", no_wrap=True)
    table.add_column("outlet")
    table.add_column("title")
    table.add_column("format")
    table.add_column("words", justify="right")
    for d in documents:
        table.add_row(d.id, d.published or "—", d.source or "—", d.title or "—", d.format, str(d.words))
    return table


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return out.getvalue()


def _md_cell(value: object) -> str:
    """A value as one Markdown table cell: no line breaks, pipes escaped."""
    return "—" if value is None else " ".join(str(value).split()).replace("|", "\\|")


def _md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


DOC_FIELDS = ("id", "published", "source", "title", "url", "author", "words")


def docs_csv(documents: Iterable[Document]) -> str:
    """`libyadesk docs --csv`: a row per document."""
    return _csv(DOC_FIELDS, ([d.id, d.published, d.source, d.title, d.url, d.author, d.words] for d in documents))


def docs_markdown(documents: Iterable[Document]) -> str:
    """`libyadesk docs --markdown`: a Markdown table of the documents."""
    return _md_table(("id", "published", "outlet", "title", "words"),
                     ([f"`{d.id}`", d.published, d.source, d.title, d.words] for d in documents))


def show_view(doc: Document) -> RenderableType:
    """Metadata block and cleaned text of one document."""
    head = _grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for key, value in document_json(doc).items():
        head.add_row(key, "—" if value is None else str(value))
    return Group(head, Text(""), Text(doc.text))


def hit_json(h: Hit) -> dict:
    """One search hit as JSON (an item of `hits`, a line of --format jsonl)."""
    return {
        "doc": h.doc,
        "title": h.title,
        "source": h.source,
        "published": h.published,
        "score": h.score,
        "snippet": h.snippet,
        "matched": [{"query": m.query, "term": m.term, "how": m.how} for m in h.matched],
        "missing": list(h.missing),
        "copies": [{"doc": c.doc, "title": c.title, "source": c.source, "published": c.published}
                   for c in h.copies],
        "page": h.page,
    }


def search_json(query: str, hits: Sequence[Hit], parsed: Any = None, offset: int = 0) -> dict:
    """`libyadesk search --json`; `parsed` is the search's Query (how many match, partial answer, date read from the query)."""
    when = getattr(parsed, "date", None)
    total = getattr(parsed, "total", None)
    return {
        "query": query,
        "total": len(hits) + offset if total is None else total,
        "offset": offset,
        "partial": bool(getattr(parsed, "partial", False)),
        "date": None if when is None else {
            "text": when.text, "value": when.value, "since": when.since.isoformat(),
            "until": when.until.isoformat(), "applied": when.applied,
        },
        "hits": [hit_json(h) for h in hits],
    }


def search_csv(hits: Sequence[Hit], offset: int = 0) -> str:
    """`libyadesk search --csv`: a row per hit, with its rank."""
    return _csv(("rank", "doc", "published", "source", "title", "score", "snippet"),
                ([offset + i, h.doc, h.published, h.source, h.title, h.score, h.snippet] for i, h in enumerate(hits, 1)))


def _shown(n: int, total: int, offset: int, noun: str, verb: str = "") -> str:
    """"800 documents match; showing 1–10; --offset 10 for more", or "3 documents match" when all are shown."""
    line = _count(total, noun) + (f" {verb}" if verb else "")
    if offset == 0 and n >= total:
        return line
    if n:
        line += f"; showing {offset + 1}–{offset + n}"
    if offset + n < total:
        line += f"; --offset {offset + n} for more"
    return line


def search_notes(parsed: Any) -> list[str]:
    """The lines that say how a query was read: a date taken as a filter, a partial answer."""
    notes = []
    when = getattr(parsed, "date", None)
    if when is not None and when.applied:
        notes.append(f"“{when.text}” read as a date: only documents published {when.since} to {when.until}, or undated "
                     f"(to search for the words instead, quote them: \"{when.text}\")")
    elif when is not None:
        notes.append(f"“{when.text}” read as a date, but nothing that matches was published then: every date shown")
    if getattr(parsed, "partial", False):
        notes.append("no document matches every word: documents matching the most words first")
    elif getattr(parsed, "near", 0):
        notes.append("after the documents with every word, documents missing one of them (marked “missing”)")
    return notes


def _highlighted(snippet: str, spans: Sequence[tuple[int, int]]) -> Text:
    text = Text(snippet)
    for start, end in spans:
        text.stylize("bold reverse", start, end)
    return text


class _Line(Row):
    """A line of a search view: its text, its style, and how it is laid out."""

    __slots__ = ()
    _fields = ("text", "style", "indent", "whole", "spans")
    text: str
    style: str
    indent: int  # wrapped this many cells in (Rich's Padding)
    whole: bool  # never wrapped nor cut: a citation, whose id must stay whole
    spans: Sequence[tuple[int, int]]  # highlighted (matched words)

    def __new__(cls, text: str, style: str = "", indent: int = 0, whole: bool = False,
                spans: Sequence[tuple[int, int]] = ()) -> _Line:
        return tuple.__new__(cls, (text, style, indent, whole, spans))


def _search_lines(hits: Sequence[Hit], explained: Sequence[Match], surface: dict[str, str],
                  notes: Sequence[str], total: int | None, offset: int) -> list[_Line]:
    """What a search view shows, line by line: the one layout that search_view and search_text draw."""
    total = len(hits) + offset if total is None else total
    lines = [_Line(_shown(len(hits), total, offset, "document", "match" if total != 1 else "matches"), "bold")]
    lines += [_Line(note, "dim") for note in notes]
    lines.append(_Line(""))
    for m in explained:
        lines.append(_Line(f"{m.query} → {surface.get(m.term, m.term)} ({HOW_LABEL[m.how]})", "dim"))
    if explained:
        lines.append(_Line(""))
    for rank, h in enumerate(hits, offset + 1):
        lines.append(_Line(f"{rank:>2}. {h.title or '(untitled)'}", "bold"))
        # Not padded: Padding crops its lines, and a citation's id must stay whole.
        lines.append(_Line("    " + cite(h.doc, h.source, h.published) + (f" · p. {h.page}" if h.page else ""), "cyan", whole=True))
        if h.missing:
            lines.append(_Line("missing: " + ", ".join(h.missing), "yellow", indent=4))
        lines.append(_Line(h.snippet, indent=4, spans=h.highlights))
        for c in h.copies[:COPIES_SHOWN]:
            lines.append(_Line("    same story: " + cite(c.doc, c.source, c.published), "dim", whole=True))
        if len(h.copies) > COPIES_SHOWN:
            lines.append(_Line(f"and {len(h.copies) - COPIES_SHOWN} more copies (--json lists them)", "dim", indent=4))
        lines.append(_Line(""))
    return lines


def search_view(hits: Sequence[Hit], explained: Sequence[Match], surface: dict[str, str],
                notes: Sequence[str] = (), total: int | None = None, offset: int = 0) -> RenderableType:
    """How many documents match, the notes and non-exact matches, then the ranked hits, each cited
    (id · outlet · date) with its highlighted snippet and copies."""
    parts: list[RenderableType] = []
    for line in _search_lines(hits, explained, surface, notes, total, offset):
        text = _highlighted(line.text, line.spans) if line.spans else Text(line.text, style=line.style)
        if line.whole:
            text.no_wrap, text.overflow = True, "ignore"
        parts.append(Padding(text, (0, 0, 0, line.indent)) if line.indent else text)
    return Group(*parts)


def search_text(hits: Sequence[Hit], explained: Sequence[Match], surface: dict[str, str],
                notes: Sequence[str] = (), total: int | None = None, offset: int = 0,
                width: int = 80) -> str | None:
    """The search view as plain text, as Rich draws search_view without colours (a pipe, a file),
    lines stripped at the end; None when a line holds what only Rich lays out (tabs, controls).

    Drawn without Rich's console, the largest import of a warm search: Rich's own line
    breaking (rich._wrap.divide_line, measured in terminal cells) wraps each line — or, for a
    line whose every character takes one cell (_one_cell), the same breaking written out
    here (_divide_line), so that a search of Latin text imports no Rich at all.
    """
    lines = _search_lines(hits, explained, surface, notes, total, offset)
    if not all(line.text.isprintable() for line in lines):
        return None  # tabs, newlines, controls, separators: left to Rich (print_result cleans them)
    one_cell = _one_cell()
    out = []
    for line in lines:
        if line.whole:
            out.append(line.text.rstrip())
            continue
        room = width - line.indent
        if room < 1:
            return None
        text = line.text
        if one_cell.issuperset(text):
            cuts = [0, *_divide_line(text, room), len(text)]
            measure, crop = len, _crop
        else:
            try:
                from rich._wrap import divide_line
                from rich.cells import cell_len, set_cell_size
            except ImportError:  # another Rich: draw it with the console
                return None
            cuts = [0, *divide_line(text, room, fold=True), len(text)]
            measure, crop = cell_len, set_cell_size
        for start, end in zip(cuts, cuts[1:]):
            piece = text[start:end]
            # Text.rstrip_end, then truncate (overflow "fold"), as Text.wrap does each line
            excess = len(piece) - room
            if excess > 0:
                piece = piece[:len(piece) - min(excess, len(piece) - len(piece.rstrip()))]
            if measure(piece) > room:
                piece = crop(piece, room)
            out.append((" " * line.indent + piece).rstrip())
    return "".join(f"{line}\n" for line in out)


# Characters that take one terminal cell in every Unicode version Rich measures by: printable
# ASCII, the ranges rich.cells itself treats as one cell without looking them up (Latin-1 and
# Latin extended, IPA, Greek, Cyrillic), and the general punctuation (dashes, curly quotes,
# bullets, ellipsis) and arrows of news text.  A test checks each against rich.cells.
ONE_CELL_RANGES = ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482), (0x2010, 0x2027),
                   (0x2030, 0x205E), (0x2190, 0x21FF))
_one_cell_set: frozenset[str] | None = None


def _one_cell() -> frozenset[str]:
    global _one_cell_set
    if _one_cell_set is None:  # made in C: a string of every character of the ranges
        _one_cell_set = frozenset("".join("".join(map(chr, range(start, end + 1))) for start, end in ONE_CELL_RANGES))
    return _one_cell_set


def _crop(text: str, width: int) -> str:
    """rich.cells.set_cell_size of a one-cell text longer than the width."""
    return text[:width]


def _divide_line(text: str, width: int) -> list[int]:
    """rich._wrap.divide_line(text, width, fold=True) for a text whose every character takes one cell.

    >>> _divide_line("The coast guard met in Zuwara", 10), _divide_line("abcdefghijklmnopqrstuvwxyz", 10)
    ([10, 20], [10, 20])
    """
    import re

    breaks: list[int] = []
    offset = 0  # cells taken on the current line
    for match in re.finditer(r"\s*\S+\s*", text):  # a word and the spaces around it, as rich._wrap.words
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # folded across lines
            pieces = [word[i:i + width] for i in range(0, len(word), width)]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            offset = len(pieces[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def ids_view(ids: Iterable[str]) -> str:
    """One document id per line, for piping."""
    return "".join(f"{i}\n" for i in ids)


def dates_json(expressions: Sequence[TimeExpr]) -> dict:
    """`libyadesk dates --json`."""
    return {
        "expressions": [
            {"start": e.start, "end": e.end, "text": e.text, "value": e.value, "precision": e.precision}
            for e in expressions
        ]
    }


def dates_table(expressions: Sequence[TimeExpr]) -> RenderableType:
    """Temporal expressions of a text as a table."""
    table = _table(title=_count(len(expressions), "temporal expression"), title_justify="left")
    for name, justify in (("start", "right"), ("end", "right"), ("text", "left"), ("value", "left"), ("precision", "left"), ("resolved", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for e in expressions:
        table.add_row(str(e.start), str(e.end), e.text, e.value, e.precision, "relative" if e.relative else "stated")
    return table


# --- actors -------------------------------------------------------------------------------


def actors_json(rows: Sequence) -> dict:
    """`libyadesk actors --json`."""
    return {"actors": [r.to_json() for r in rows]}


ACTOR_FIELDS = ("id", "name", "kind", "mentions", "documents", "first", "last", "discovered")


def actors_csv(rows: Sequence) -> str:
    """`libyadesk actors --csv`: a row per actor."""
    return _csv(ACTOR_FIELDS, ([getattr(r, f) for f in ACTOR_FIELDS] for r in rows))


def actors_markdown(rows: Sequence) -> str:
    """`libyadesk actors --markdown`: a Markdown table of the actors."""
    return _md_table(("name", "kind", "mentions", "documents", "first", "last"),
                     ([r.name + (" *" if r.discovered else ""), r.kind, r.mentions, r.documents, r.first, r.last] for r in rows))


def no_actor_json(query: str, suggestions: Sequence[str]) -> dict:
    """`libyadesk actor NAME --json` when NAME names no actor of the corpus."""
    return {"query": query, "actor": None, "suggestions": list(suggestions)}


def mentions_csv(documents: Sequence) -> str:
    """`libyadesk actor NAME --csv`: the actor's mentions per document."""
    return _csv(("doc", "published", "source", "title", "mentions"),
                ([d.doc, d.published, d.source, d.title, d.mentions] for d in documents))


def actors_table(rows: Sequence) -> RenderableType:
    """All actors with their counts and first/last dates."""
    table = _table(title=_count(len(rows), "actor"), title_justify="left")
    for name, justify in (("name", "left"), ("kind", "left"), ("mentions", "right"), ("documents", "right"), ("first", "left"), ("last", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        name = r.name + (" *" if r.discovered else "")
        table.add_row(name, r.kind, str(r.mentions), str(r.documents), r.first or "—", r.last or "—")
    if any(r.discovered for r in rows):
        table.caption = "* discovered in the texts, not in the registry"
    return table


def actor_view(profile) -> RenderableType:
    """An actor's profile: identity, where mentioned, with whom, quotes, cited summary, events."""
    a = profile.actor
    parts: list[RenderableType] = []
    head = Text(a.name, style="bold")
    head.append(f"  ({a.kind}{', discovered in the texts' if a.discovered else ''})", style="dim")
    parts.append(head)
    if profile.also_matching:
        also = ", ".join(f"{name} ({count})" for _, name, count in profile.also_matching)
        parts.append(Text(f"also: {also}", style="yellow"))
    facts = _grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    if a.aliases:
        facts.add_row("also called", ", ".join(a.aliases))
    for alias in profile.dated_aliases:
        span = f"from {alias.start}" if alias.start else ""
        span += f" until {alias.end}" if alias.end else ""
        facts.add_row("renamed", f"{alias.name} {span}".strip())
    if profile.titles:
        facts.add_row("titles", "; ".join(profile.titles))
    if profile.affiliations:
        facts.add_row("affiliations", "; ".join(profile.affiliations))
    facts.add_row("mentions", f"{profile.mentions} in {len(profile.documents)} documents")
    facts.add_row("first seen", profile.first_seen or "—")
    facts.add_row("last seen", profile.last_seen or "—")
    parts.append(facts)

    if profile.titles_seen:
        table = _table(title="titles and roles in the texts", title_justify="left")
        table.add_column("title")
        _id_column(table, "document", (t.doc for t in profile.titles_seen))
        table.add_column("outlet · published")
        for t in profile.titles_seen:
            table.add_row(t.title, t.doc, f"{t.source or 'unknown outlet'} · {t.published or 'undated'}")
        parts.append(table)

    docs = _table(title="mentions per document", title_justify="left")
    docs.add_column("published", no_wrap=True)
    _id_column(docs, "document", (d.doc for d in profile.documents[:TABLE_ROWS]))
    docs.add_column("outlet")
    docs.add_column("mentions", justify="right")
    for d in profile.documents[:TABLE_ROWS]:
        docs.add_row(d.published or "undated", d.doc, d.source or "—", str(d.mentions))
    parts.append(docs)
    if len(profile.documents) > TABLE_ROWS:
        parts.append(Text(f"… and {len(profile.documents) - TABLE_ROWS} more documents (--json lists all)", style="dim"))

    if profile.related:
        parts.append(Text("mentioned with: " + ", ".join(f"{name} ({count})" for _, name, count in profile.related[:10])))

    for label, items in (("summary", profile.summary), ("quotes", profile.quotes)):
        if not items:
            continue
        parts.append(Text(""))
        parts.append(Text(label, style="bold underline"))
        for item in items[:TABLE_ROWS]:
            parts.append(Padding(Text(f"• {item.text}"), (0, 0, 0, 2)))
            cited = Text("    ") + Text(cite(item.doc, item.source, item.published), style="cyan")
            cited.no_wrap, cited.overflow = True, "ignore"
            parts.append(cited)
    if profile.events:
        parts.append(Text(""))
        shown = profile.events[-TABLE_ROWS:]
        total = len(profile.events) if profile.events_total is None else profile.events_total
        title = "dated events" if len(shown) == total else (
            f"the latest {len(shown)} of {total} dated events (timeline --actor lists all)")
        parts.append(timeline_table(shown, title=title))
    return Group(*parts)


# --- timeline -----------------------------------------------------------------------------


def timeline_json(events: Sequence, total: int | None = None, offset: int = 0) -> dict:
    """`libyadesk timeline --json`: the events shown and how many pass the filters."""
    return {"total": len(events) + offset if total is None else total, "offset": offset,
            "events": [e.to_json() for e in events]}


# An event reported by many outlets lists its first sources in text views; --json lists all.
SOURCES_SHOWN = 3


def _source_lines(event) -> list[str]:
    """Each source as its id on a line, and its outlet and date indented under it."""
    cited = event.documents()
    lines = [line for c in cited[:SOURCES_SHOWN]
             for line in (c.doc, f"  {c.source or 'unknown outlet'} · {c.published or 'undated'}")]
    if len(cited) > SOURCES_SHOWN:
        lines.append(f"+ {len(cited) - SOURCES_SHOWN} more (--json lists all)")
    return lines


def timeline_table(events: Sequence, title: str | None = None, total: int | None = None, offset: int = 0) -> RenderableType:
    """A chronology: date at its precision in a margin, the sentence, actors, sources (ids whole)."""
    n = len(events)
    return Chronology(events, title or _shown(n, n + offset if total is None else total, offset, "event"))


def _date_labels(event) -> list[str]:
    """What a reader needs under a date: its kind unless a plain event, how it was dated unless stated."""
    kind = getattr(event, "kind", "event")
    return ([kind] if kind != "event" else []) + ([event.dated_by] if event.dated_by != "stated" else [])


class Chronology:
    """A timeline as lines: the date (and how it was dated) in a margin, the sentence
    wrapped beside it, then its actors and sources; a blank line between events.

    Not a Rich table: a table squeezes every column to fit, and a source's document id
    must never be broken; it also measures every cell (about 0.3 ms an event, 3 s for 8,000),
    where these lines print 8,000 events in a fraction of a second.
    """

    MARGIN = 13  # "2024-05-08", "publication" and a gap

    def __init__(self, events: Sequence, title: str) -> None:
        self.events = events
        self.title = title

    def __rich_console__(self, console, options):
        from rich.segment import Segment
        from rich.style import Style

        dim = Style(dim=True)
        width = max(options.max_width - self.MARGIN, 30)
        margin = " " * self.MARGIN
        newline = Segment.line()
        yield Segment(self.title)
        yield newline
        for e in self.events:
            yield newline
            side = [e.date, *_date_labels(e)]
            lines = _wrap(e.text, width)
            extra = [*_wrap("actors: " + (", ".join(e.actor_names) or "—"), width)]
            extra += [line for source in _source_lines(e) for line in _wrap(source, width, cut=False)]
            for i, line in enumerate(lines + extra):
                label = side[i] if i < len(side) else ""
                yield Segment(label.ljust(self.MARGIN) if label else margin, dim if i else None)
                yield Segment(line, dim if i >= len(lines) else None)
                yield newline


def _wrap(text: str, width: int, cut: bool = True) -> list[str]:
    """Greedy word wrap at `width` columns; a word longer than a line is cut, unless `cut` is
    false (a document id: it stays whole and the line runs long)."""
    from rich.cells import cell_len

    measure = len if text.isascii() else cell_len
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word in text.split():
        size = measure(word)
        while cut and size > width:  # a URL or a run of symbols: fold it
            if line:
                lines.append(" ".join(line))
                line, used = [], 0
            lines.append(word[:width])
            word = word[width:]
            size = measure(word)
        if line and used + 1 + size > width:
            lines.append(" ".join(line))
            line, used = [], 0
        used += size + (1 if line else 0)
        line.append(word)
    if line or not lines:
        lines.append(" ".join(line))
    return lines


def timeline_csv(events: Sequence) -> str:
    """The timeline as CSV, one row per event (sources joined by ' | ')."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "precision", "dated_by", "doc", "text", "actors", "sources", "kind"])
    for e in events:
        writer.writerow([
            e.date, e.precision, e.dated_by, e.doc, e.text, "; ".join(e.actor_names),
            " | ".join(cite(c.doc, c.source, c.published) for c in e.documents()), e.kind,
        ])
    return out.getvalue()


def timeline_markdown(events: Sequence) -> str:
    """The timeline as a cited Markdown list, ready to paste into a brief."""
    lines = []
    for e in events:
        cites = "; ".join(f"{c.source or 'unknown outlet'}, {c.published or 'undated'}, `{c.doc}`" for c in e.documents())
        kind = f" ({e.kind})" if e.kind != "event" else ""
        lines.append(f"- **{e.date}**{kind} — {e.text} ({cites})")
    return "\n".join(lines) + ("\n" if lines else "")


# --- briefs -------------------------------------------------------------------------------


def _footnotes(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _md_text(text: str) -> str:
    """Corpus text on one Markdown line (a line break would end the list item)."""
    return " ".join(text.split())


def brief_markdown(brief) -> str:
    """A brief (brief.Brief) as Markdown: title, facts, a section per aspect with [n] citations,
    and the numbered sources (outlet, date, title, URL, document id)."""
    lines = [f"# {_md_text(brief.title)}", ""]
    for label, value in brief.facts:
        lines.append(f"- **{label}:** {_md_text(value)}")
    if brief.facts:
        lines.append("")
    for section in brief.sections:
        lines += [f"## {section.heading}", ""]
        if section.note:
            lines += [f"_{section.note}_", ""]
        for number, item in enumerate(section.items, 1):
            cites = (" " + _footnotes(item.cites)) if item.cites else ""
            if section.quotes:
                said = ", ".join(p for p in (item.speaker, item.date or "undated") if p)
                lines += [f"> {_md_text(item.text)}", ">", f"> — {said}{cites}", ""]
                continue
            lead = f"{number}. " if section.numbered else "- "
            text = _md_text(item.text)
            if item.label:
                text = f"**{_md_text(item.label)}** ({item.date or 'undated'}): {text}"
            elif item.date:
                text = f"**{item.date}** — {text}"
            lines.append(f"{lead}{text}{cites}")
        if not section.quotes:
            lines.append("")
    if brief.sources:
        lines += ["## Sources", ""]
        for s in brief.sources:
            parts = [s.source or "unknown outlet", s.published or "undated"]
            if s.title:
                parts.append(f"“{_md_text(s.title)}”")
            if s.url:
                parts.append(f"<{s.url}>")
            lines.append(f"{s.number}. {', '.join(parts)} (`{s.doc}`)")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def add_report(results: Sequence, dry_run: bool = False) -> str:
    """`libyadesk add`: one line per input (added / duplicate / failed and why), then the counts.

    Plain text rather than a Rich renderable: each line must stay one line, however long
    its paths, at any terminal width (one line per file, to read or to grep).
    """
    lines = []
    for r in results:
        status = "would add" if (dry_run and r.status == "added") else r.status
        if r.status == "added":
            line = f"{status:<10} {r.input} → {r.file}"
            if r.near_duplicates:
                line += f" (near-duplicate of {', '.join(r.near_duplicates)}: the same story on another site; both kept)"
        else:
            line = f"{status:<10} {r.input}: {r.reason}"
        lines.append(_one_line(line))
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    verb = "would be added" if dry_run else "added"
    summary = ", ".join(f"{counts.get(k, 0)} {verb if k == 'added' else k}" for k in ("added", "duplicate", "failed"))
    return "".join(f"{line}\n" for line in [*lines, summary])


def add_json(results: Sequence, dry_run: bool = False) -> dict:
    """`libyadesk add --json`."""
    return {
        "dry_run": dry_run,
        "results": [
            {"input": r.input, "status": r.status, "file": r.file, "reason": r.reason,
             "near_duplicates": list(r.near_duplicates), "title": r.title}
            for r in results
        ],
    }


def _one_line(text: str) -> str:
    """Text without line breaks or control characters (a file name may hold either)."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
