"""The records of extraction: time expressions, actors, their mentions, an event's citations.

Dataclasses and NamedTuples as they were in models.py, which re-exports them (`from
.models import TimeExpr` works as before): they live here because a warm search makes none
of them, and building them, with the `dataclasses` module they need, was start-up a warm
search paid for nothing (docs/performance.md, "Warm `search` start-up").  Kept as
dataclasses because the timeline and actor code copies them with `dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


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
