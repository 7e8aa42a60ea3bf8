"""Renderers: records in, Rich renderables or JSON-ready dicts out.  Nothing here computes.

Every `*_json` function returns the exact shape documented in docs/json.md; every
`*_table` function returns a renderable for the one `console.print` in cli.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .models import Document, Hit, Match, TimeExpr

HOW_LABEL = {"exact": "exact", "variant": "spelling variant", "typo": "typo"}


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
    }
    if text:
        record["text"] = doc.text
    else:
        record["words"] = doc.words
    return record


def docs_json(documents: Iterable[Document]) -> dict:
    """`libyadesk docs --json`."""
    return {"documents": [document_json(d) for d in documents]}


def docs_table(documents: Sequence[Document]) -> RenderableType:
    """The documents of the corpus as a table."""
    table = Table(box=box.SIMPLE_HEAD, title=f"{len(documents)} documents", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet")
    table.add_column("title")
    table.add_column("words", justify="right")
    for d in documents:
        table.add_row(d.id, d.published or "—", d.source or "—", d.title or "—", str(d.words))
    return table


def show_view(doc: Document) -> RenderableType:
    """Metadata block and cleaned text of one document."""
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for key, value in document_json(doc).items():
        head.add_row(key, "—" if value is None else str(value))
    return Group(head, Text(""), Text(doc.text))


def matches_explained(hits: Sequence[Hit]) -> list[Match]:
    """The non-exact matches across hits, once each (for the 'Hifter → Haftar' lines)."""
    seen: dict[tuple[str, str], Match] = {}
    for hit in hits:
        for m in hit.matched:
            if m.how != "exact":
                seen.setdefault((m.query, m.term), m)
    return list(seen.values())


def search_json(query: str, hits: Sequence[Hit]) -> dict:
    """`libyadesk search --json`."""
    return {
        "query": query,
        "hits": [
            {
                "doc": h.doc,
                "title": h.title,
                "source": h.source,
                "published": h.published,
                "score": h.score,
                "snippet": h.snippet,
                "matched": [{"query": m.query, "term": m.term, "how": m.how} for m in h.matched],
            }
            for h in hits
        ],
    }


def _highlighted(snippet: str, spans: Sequence[tuple[int, int]]) -> Text:
    text = Text(snippet)
    for start, end in spans:
        text.stylize("bold reverse", start, end)
    return text


def search_view(hits: Sequence[Hit], surface: dict[str, str]) -> RenderableType:
    """Ranked hits, each cited (id · outlet · date) with its highlighted snippet."""
    parts: list[RenderableType] = []
    for m in matches_explained(hits):
        parts.append(Text(f"{m.query} → {surface.get(m.term, m.term)} ({HOW_LABEL[m.how]})", style="dim"))
    if parts:
        parts.append(Text(""))
    for rank, h in enumerate(hits, 1):
        head = Text(f"{rank:>2}. ", style="bold")
        head.append(h.title or "(untitled)", style="bold")
        cited = Text(cite(h.doc, h.source, h.published), style="cyan")
        body = _highlighted(h.snippet, h.highlights)
        parts.extend([head, Padding(cited, (0, 0, 0, 4)), Padding(body, (0, 0, 0, 4)), Text("")])
    return Group(*parts)


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
    table = Table(box=box.SIMPLE_HEAD, title=f"{len(expressions)} temporal expressions", title_justify="left")
    for name, justify in (("start", "right"), ("end", "right"), ("text", "left"), ("value", "left"), ("precision", "left"), ("resolved", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for e in expressions:
        table.add_row(str(e.start), str(e.end), e.text, e.value, e.precision, "relative" if e.relative else "stated")
    return table
