"""The records that flow from the corpus to the renderers.

Every record is a plain dataclass: computation builds them, renderers read them,
and `to_json` turns them into the documented JSON contract (docs/json.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Document:
    """One cleaned article with its metadata; `published` is an ISO date at its own precision."""

    id: str
    text: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    # What the file was: "markdown", "text", "html", "mhtml" or "pdf" (docs/corpus.md).
    format: str = "text"
    # Offsets in `text` where pages 2, 3, … of a PDF begin; empty for other formats.
    pages: tuple[int, ...] = ()

    @property
    def words(self) -> int:
        """Number of whitespace-separated words in the cleaned text."""
        return len(self.text.split())

    def page_at(self, offset: int) -> int | None:
        """The page (from 1) that holds a text offset, or None for a document without pages.

        >>> Document("r", "one\\n\\ntwo", "r.pdf", format="pdf", pages=(5,)).page_at(6)
        2
        """
        if self.format != "pdf":
            return None
        from bisect import bisect_right

        return bisect_right(self.pages, offset) + 1


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: `text == document.text[start:end]`."""

    doc: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression found in a text, normalised to a TIMEX3 value.

    `value` is e.g. "2025-02-18", "2025-02", "2024-W20", "2023-SU", "2024-Q1", "201X",
    "PAST_REF"; `precision` is one of day, week, month, season, quarter, half, year,
    decade, century, ref.  `relative` says whether the value was computed from the
    reference date rather than stated in full.
    """

    start: int
    end: int
    text: str
    value: str
    precision: str
    relative: bool = False


class Citation(NamedTuple):
    """Where an answer comes from: a document, its outlet and date (a tuple: events carry many)."""

    doc: str
    source: str | None
    published: str | None
    title: str | None = None
    text: str | None = None  # the cited sentence, where one is cited (a timeline event's source)


@dataclass(slots=True)
class Warning_:
    """A problem with one input file that did not stop the corpus from loading."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"warning: {self.path}: {self.reason}"

    @property
    def kind(self) -> str:
        """What happened to the file, for a one-line summary of many warnings: duplicate, skipped or problem."""
        if self.reason.endswith("skipped as a duplicate"):
            return "duplicate"
        if self.reason.endswith("skipped"):
            return "skipped"
        return "problem"


@dataclass(slots=True)
class Match:
    """How a query word matched the index: exact, stem (another form of the word), variant or typo."""

    query: str
    term: str
    how: str


@dataclass(slots=True)
class Hit:
    """A ranked search result with its best snippet."""

    doc: str
    title: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    matched: list[Match] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # query words this hit does not match (a partial hit)
    copies: list["Copy"] = field(default_factory=list)  # the same story on other sites, grouped under this hit
    page: int | None = None  # a PDF's page that holds the best-matching sentence, for citing "p. 12"


@dataclass(frozen=True, slots=True)
class Copy:
    """Another site's near-identical copy of a hit's story (a syndicated or wire text)."""

    doc: str
    title: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Actor:
    """A known or discovered actor: person, organisation, state, armed group, place."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    family: str | None = None
    discovered: bool = False


class Mention(NamedTuple):
    """One reference to an actor in a document; `text == document.text[start:end]`.

    A NamedTuple rather than a dataclass: a corpus has hundreds of thousands of mentions,
    and a tuple is built and unpickled several times faster.
    """

    actor: str
    doc: str
    sentence: int
    start: int
    end: int
    text: str
    how: str = "name"
