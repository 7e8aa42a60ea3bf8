"""Briefs an analyst can paste: what to say about an actor or a topic, each statement cited.

A brief is assembled here (which events, quotes and sentences, in which order, numbered
sources) and only formatted by render.brief_markdown.  Sources are numbered in the order
they are first cited, so the footnote numbers read 1, 2, 3 down the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .index import CorpusIndex

# How much of each aspect a brief shows; the JSON and table outputs carry everything.
EVENTS = 25
QUOTES = 8
ACTORS = 10


@dataclass(slots=True)
class Source:
    """A numbered source of a brief: the document and what a reader needs to find it."""

    number: int
    doc: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None


@dataclass(slots=True)
class Item:
    """One statement of a brief: its text, the numbers of its sources, and when it was said, by whom."""

    text: str
    cites: list[int]
    date: str | None = None
    speaker: str | None = None
    label: str | None = None  # a heading for the item (a hit's title, an actor's name)


@dataclass(slots=True)
class Section:
    """An aspect of the subject: a heading, its items, and a note on what was left out."""

    heading: str
    items: list[Item]
    note: str | None = None
    numbered: bool = False
    quotes: bool = False


@dataclass(slots=True)
class Brief:
    """A cited brief: title, key facts, sections, and the numbered sources they cite."""

    title: str
    facts: list[tuple[str, str]]
    sections: list[Section]
    sources: list[Source] = field(default_factory=list)


class _Sources:
    """Numbers documents in the order they are first cited."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self.numbers: dict[str, int] = {}
        self.listed: list[Source] = []

    def cite(self, doc_ids: Iterable[str]) -> list[int]:
        """The source numbers of these documents, numbering new ones."""
        out = []
        for doc_id in dict.fromkeys(doc_ids):
            if doc_id not in self.numbers:
                doc = self.index.documents[doc_id]
                self.numbers[doc_id] = len(self.listed) + 1
                self.listed.append(Source(len(self.listed) + 1, doc.id, doc.title, doc.source, doc.published, doc.url))
            out.append(self.numbers[doc_id])
        return out


def _events_section(events: Sequence[Any], sources: _Sources, heading: str = "Dated events") -> Section | None:
    """The latest EVENTS events, oldest first, each with every outlet that reported it."""
    if not events:
        return None
    shown = list(events[-EVENTS:])
    items = [Item(e.text, sources.cite(c.doc for c in e.sources), date=e.date) for e in shown]
    note = None if len(shown) == len(events) else f"the latest {len(shown)} of {len(events)} events; `libyadesk timeline` lists all"
    return Section(heading, items, note)


def actor_brief(index: CorpusIndex, profile: Any, full: bool = False) -> Brief:
    """The brief of an actor's profile (events already attached): facts, summary, events, quotes and
    sources; `full` adds titles as the texts give them, co-actors and the documents."""
    a = profile.actor
    sources = _Sources(index)
    facts = [("kind", a.kind + (", discovered in the texts" if a.discovered else ""))]
    if a.aliases:
        facts.append(("also called", ", ".join(a.aliases)))
    if profile.titles:
        facts.append(("titles", "; ".join(profile.titles)))
    if profile.affiliations:
        facts.append(("affiliations", "; ".join(profile.affiliations)))
    span = f", {profile.first_seen} to {profile.last_seen}" if profile.first_seen else ""
    facts.append(("mentions", f"{profile.mentions} in {len(profile.documents)} documents{span}"))
    if profile.also_matching:
        facts.append(("the name also matches", ", ".join(f"{n} ({c})" for _, n, c in profile.also_matching)))

    sections: list[Section] = []
    if profile.summary:
        sections.append(Section("Summary", [Item(s.text, sources.cite([s.doc]), date=s.published) for s in profile.summary]))
    events = _events_section(profile.events, sources)
    if events:
        sections.append(events)
    if profile.quotes:
        quotes = profile.quotes[:QUOTES]
        sections.append(Section(
            "Quotes", [Item(q.text, sources.cite([q.doc]), date=q.published, speaker=a.name) for q in quotes],
            None if len(quotes) == len(profile.quotes) else f"{len(quotes)} of {len(profile.quotes)} quotes",
            quotes=True))
    if full and profile.titles_seen:
        sections.append(Section("Titles and roles in the texts",
                                [Item(t.title, sources.cite([t.doc]), date=t.published) for t in profile.titles_seen]))
    if full and profile.related:
        sections.append(Section("Mentioned with", [Item(f"{name} ({count} sentences)", []) for _, name, count in profile.related[:ACTORS]]))
    if full and profile.documents:
        sections.append(Section("Documents", [
            Item(f"{d.title or d.doc}: {d.mentions} mention{'s' if d.mentions != 1 else ''}", sources.cite([d.doc]), date=d.published)
            for d in profile.documents]))
    return Brief(a.name, facts, sections, sources.listed)


def topic_brief(index: CorpusIndex, query: str, hits: Sequence[Any], total: int, offset: int = 0,
                full: bool = False) -> Brief:
    """The brief of a search: the hits, the dated events and quotes of those documents that match
    the query, and (`full`) the actors the documents name most."""
    from .actors import actor_table, attribute_quotes, doc_mentions
    from .search import sentence_matcher
    from .timeline import TimelineFilter, timeline

    sources = _Sources(index)
    shown = f"{len(hits)} of {total}" if len(hits) + offset < total or offset else str(total)
    facts = [("query", query), ("documents", f"{shown} matching, best first")]
    sections = [Section("Documents", [
        Item(h.snippet, sources.cite([h.doc]), date=h.published, label=h.title or h.doc) for h in hits], numbered=True)]

    docs = {h.doc for h in hits}
    matches = sentence_matcher(index, query)
    events = [e for e in timeline(index, TimelineFilter(matches=matches)) if any(c.doc in docs for c in e.sources)]
    section = _events_section(events, sources)
    if section:
        sections.append(section)

    actors = actor_table(index).actors
    quotes: list[tuple[bool, int, Item]] = []
    named: Counter[str] = Counter()
    for rank, h in enumerate(hits):
        mentions = doc_mentions(index, h.doc)
        named.update(m.actor for m in mentions)
        spoken = attribute_quotes(index, h.doc, mentions, actors)
        by_number = {s.index: s for s in index.doc_sentences(h.doc)}
        for number, speaker in sorted(spoken.items()):
            sentence = by_number.get(number)
            if sentence is None or speaker not in actors:
                continue
            item = Item(sentence.text, [], date=h.published, speaker=actors[speaker].name)
            quotes.append((not matches(sentence.text), rank, item))
    # Quotes that match the query first, then the others of the best documents.
    quotes.sort(key=lambda q: (q[0], q[1]))
    if quotes:
        chosen = quotes[:QUOTES]
        for _, rank, item in chosen:
            item.cites = sources.cite([hits[rank].doc])
        sections.append(Section("Quotes", [item for _, _, item in chosen],
                                None if len(chosen) == len(quotes) else f"{len(chosen)} of {len(quotes)} quotes in these documents",
                                quotes=True))
    if full and named:
        sections.append(Section("Actors named in these documents", [
            Item(f"{actors[a].name} ({n} mention{'s' if n != 1 else ''})", []) for a, n in named.most_common(ACTORS) if a in actors]))
    return Brief(query, facts, sections, sources.listed)
