"""Dated events: a row per dated clause of article prose, of one of four kinds, merged across reports.

A row is a sentence of article prose (prose.py sets the page around it aside) with a date
one of its clauses states something at (dated_clauses): an `event`, a `scheduled` one, an
`onset` ("since 2013") or a `background` year named in passing ("the 2011 uprising").
The dates come from the temporal tagger (dates.py) run once over each document against its
publication date, anaphoric ones ("the previous day") counted from the narrative's time.
Comparisons ("compared to 2024", "than in 2015"), purposes and deadlines ("a threat for
2024"), bracketed citations and datelines date nothing; nor do durations and vague
references (PAST_REF).  A report's lead that states no date of its own is dated by the
publication date, and says so, unless it restates a dated event of its article.

Relative dates cannot be more precise than the reference they were computed from:
"on Thursday" in an article dated only "2025-02" is dated "2025-02".

Merging (merge_events): reports whose dates agree at the coarser precision and whose dated
clauses share enough evidence (participants, places, content words with words for one kind
of happening folded together, the phrase around the date; same_event) are one event, listed
once with every source.

Range filters keep an event whose date span *overlaps* the range, so `--since 2024-06`
keeps an event dated only "2024" (it may have happened in June) but drops "2024-05".
"""

from __future__ import annotations

import datetime
import heapq
import json
import re
from bisect import insort_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from collections import Counter
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator, Set
from typing import Any, NamedTuple

from . import layers as L
from . import vocab
from .dates import (AS_THE_DATE, DETERMINERS, FUTURE_WILL, SAME_AS_PRESENT, aims_ahead, anniversary_count, clause_tense, date_bounds, extract_dates,
                    intent_pattern, is_calendar_name, marking_before, release_verbs_alternation, target_words, tells_past,
                    tense_markers)
from .index import CorpusIndex, TooManyChanged, declare, reads, ride
from .models import Citation, Document, Sentence, TimeExpr
from .prose import ARCHIVE_DATE, TERMINAL, not_prose, prose_words
from .text import WORD_RE, first_words, fold, letter_runs, may_match
from .patterns import lazy_compile

PRECISION_RANK = {
    "day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4,
    "year": 5, "decade": 6, "century": 7,
}
MERGE_SIMILARITY = 60.0
LEAD_MIN_WORDS = 6
# A live blog's entry: a line opening with its clock time ("01:35 Residents say ...", "21:40 – Fighting").
_LIVE_ENTRY = lazy_compile(r"\s*(?:(?i:updated?)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[–—-]\s*)?(?-i:[A-Z])")
# A sentence with fewer lower-case words than this once its dates are cut out is a
# dateline, a timestamp or a credit ("London, 28 August 2018:", "July 6, 2017 at 2:14 am").
MIN_PROSE_WORDS = 3
OPENING = 20  # characters: a duration this near a sentence's start opens it

# A date introduced by these words is not the date of the sentence's event: comparisons,
# purposes and deadlines.  ("since X" starts a state: an onset, see data/onset_cues.toml.)
_NOT_EVENT_SIGNAL = lazy_compile(
    r"(?:compared\s+(?:to|with)|than|versus|vs\.?|from|same\s+period\s+(?:in|of|last)|"
    r"\bfor|by|until|till|before|since|ever\s+since)\s+(?:the\s+)?(?:same\s+period\s+(?:(?:in|of)\s+)?)?$",
    re.IGNORECASE,
)
# "... compared with a million in 2015": a comparison reaches a few words into its clause.
_COMPARED = lazy_compile(r"\b(?:compared\s+(?:to|with)|than|versus|up\s+from|down\s+from)\b([^,;.–—]{0,40})$",
                       re.IGNORECASE)
KINDS = ("event", "onset", "background", "scheduled")


@dataclass(slots=True)
class Event:
    """A dated sentence, with the actors in it and every outlet that reported it."""

    date: str
    precision: str
    dated_by: str  # stated | relative | publication
    doc: str
    sentence: int
    text: str
    actors: list[str] = field(default_factory=list)  # actor ids
    sources: list[Citation] = field(default_factory=list)
    actor_names: list[str] = field(default_factory=list)
    kind: str = "event"  # event | onset | background | scheduled
    # The dated clause: its characters in the document (start < end), and its content words
    # (stems) that merging compares.  Not part of the JSON form.
    start: int = 0
    end: int = 0
    words: list[str] = field(default_factory=list)
    # Merging also compares: the date expression's characters (at < at_end; 0, 0 for a
    # publication date), every name in the clause, places included (actor ids), the content
    # words of the phrase the date belongs to (`core`), and the noun a date names when it
    # modifies one ("Wednesday's measures", "the June 15 escalation": `ref`, a stem).
    at: int = 0
    at_end: int = 0
    names: list[str] = field(default_factory=list)
    core: list[str] = field(default_factory=list)
    ref: str = ""
    where: list[str] = field(default_factory=list)  # places it happened at, folded ("in Zawiya": "zawiya")
    sides: list[str] = field(default_factory=list)  # its actors and those they belong to (ids)
    # Its date is that of a reaction to something ("declared mourning on Tuesday after the blast",
    # "condemned on Friday the shelling"): another event than the one reacted to (_reacts).
    reacts: bool = False
    # The posts heading its names, "actor id<TAB>stems of the post" ("Health Minister Jane Roe":
    # "discovered:jane-roe\thealth minist"): another report may name her by the post alone.
    posts: list[str] = field(default_factory=list)
    # Its date is a night's, which outlets date by the evening's day or by the morning's: 1 when the
    # date is the evening's ("last night, Sunday", "the night from Monday to Tuesday", "on Sunday
    # night"), -1 when it is the morning's ("overnight", "during the night" in a report of that
    # morning), else 0.  Its span (Event.span, merging's alone) then covers both days (_spanned).
    night: int = 0
    # What merging compares, computed once per report (told): neither stored nor compared;
    # _absorb, which changes a row's report, clears it.
    _told: Any = field(default=None, init=False, repr=False, compare=False)

    def documents(self) -> list[Citation]:
        """The sources one per document, in order: an article that reports the event twice is cited once."""
        seen: set[str] = set()
        return [c for c in self.sources if not (c.doc in seen or seen.add(c.doc))]

    def to_json(self) -> dict:
        """The documented JSON form of a timeline event."""
        first = self.sources[0] if self.sources else None
        return {
            "date": self.date,
            "precision": self.precision,
            "dated_by": self.dated_by,
            "kind": self.kind,
            "doc": self.doc,
            "text": self.text,
            "actors": list(self.actor_names),
            "source": first.source if first else None,
            "published": first.published if first else None,
            "sources": [{"doc": c.doc, "source": c.source, "published": c.published, "text": c.text}
                        for c in self.sources],
        }

    @property
    def bounds(self) -> tuple[datetime.date, datetime.date]:
        """First and last day the event's date covers."""
        return _bounds_of(self.date)

    @property
    def span(self) -> tuple[datetime.date, datetime.date]:
        """The days merging compares it by: its date's (bounds), a night's both days (see night)."""
        return _spanned(self.date, self.night)


def reference_date(published: str | None) -> tuple[datetime.date | None, str | None]:
    """The day relative dates are resolved against, and the precision of the publication date."""
    bounds = date_bounds(published) if published else None
    if bounds is None:
        return None, None
    precision = {10: "day", 7: "month", 4: "year"}.get(len(published or ""), "day")
    return bounds[0], precision


# A month or day-month written as such ("27 August", "in December", "March 9", "the 3rd of May"),
# not placed by a word relative to now ("last March", "next March", "this May"): a month name is
# capitalised ("may" is a verb).
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ORDINAL_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # a weekday's name, capitalised (case-blind where the pattern is)
_STATED_MONTH = lazy_compile(rf"(?:(?i:in|on|of|the|early|mid|late|mid-)[\s-]+)*"
                           rf"(?:{_WEEKDAY},?\s*\(?\s*)?"  # "Tuesday (March 9)"
                           rf"(?:{_ORDINAL_DAY}\s+(?:(?i:of)\s+)?)?{_MONTH_NAME}(?:\s+{_ORDINAL_DAY})?\)?")


def _publication_end(published: str | None, ref_precision: str | None) -> datetime.date | None:
    """The last day of a publication date known only to the month or year (None when known to the day)."""
    if ref_precision not in ("month", "year") or not published:
        return None
    bounds = date_bounds(published)
    return bounds[1] if bounds else None


def _coarsen(expr: TimeExpr, published: str | None, ref_precision: str | None) -> tuple[str, str]:
    """Cap a relative date at the precision of its reference.

    A weekday or "yesterday" computed from an article dated only "2025-02" is counted from
    the month's first day and may land in January; the publication value itself is all
    that is known, so the event takes it.
    """
    if not expr.relative or ref_precision in (None, "day") or not published:
        return expr.value, expr.precision
    if _STATED_MONTH.fullmatch(expr.text):
        # "on 27 August", "in December": the text states the month (and day); only the year was
        # inferred, from the publication's span (dates.extract_dates `ref_end`), so it is kept.
        return expr.value, expr.precision
    if PRECISION_RANK.get(expr.precision, 9) < PRECISION_RANK[ref_precision]:
        return published, ref_precision
    return expr.value, expr.precision


def _is_event_date(expr: TimeExpr) -> bool:
    return expr.precision in PRECISION_RANK and date_bounds(expr.value) is not None


# "the 2017 pact", "Libya's 2011 revolution": a year used as a modifier of a noun names a
# past event in passing (a `background` row), it does not date the sentence's event.
_ATTRIBUTIVE_BEFORE = lazy_compile(r"(?:\bthe|['’]s)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = lazy_compile(r"\s+[^\W\d_]")

# A dateline: a date opening the sentence, alone or after a place, and closed by a
# separator ("London, 28 August 2018:", "Tripoli – 17 December 2025 –", "BENGHAZI, March
# 5 (Reuters) -", "June 27, 2014 | Policy Brief").  It is the filing date of the copy, not
# the date of what the sentence reports.  The place may carry its country or region
# ("ZAWIYA, Libya, Aug 17 (AFP) -", "Sabha, southern Libya, 3 May –").
_DATELINE_BEFORE = lazy_compile(
    r"^\W*(?:[A-Z][\w.'’()/ -]{0,40}?(?:,\s*[A-Za-z][\w.'’ -]{0,30}?)?(?:,|\s[–—-]|\s\|)\s*)?$")
_DATELINE_AFTER = lazy_compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:[:|–—-]|$)")

# The signals before a date are short: look back this far only, so a sentence with
# thousands of dates is not searched from its start once per date.
_LOOK_BACK = 80
_CUE_GAP = r"(?:\s+(?:the|early|late|mid))?[\s-]*$"
_CLAUSE_START = lazy_compile(r"[,;:.!?()\[\]—–]")


def _attributive(sentence: str, offset: int, expr: TimeExpr) -> bool:
    end = offset + len(expr.text)
    return bool(expr.precision == "year" and _ATTRIBUTIVE_BEFORE.search(sentence, max(0, offset - _LOOK_BACK), offset)
                and _ATTRIBUTIVE_AFTER.match(sentence, end))


_CITATION = lazy_compile(r"(?:^|\W)(?:see|cf\.?|source|quoted\s+in|cited\s+in|via)\b|https?:|www\.|,\s*$", re.IGNORECASE)


def _bracketed(sentence: str, offset: int, end: int) -> bool:
    """Whether a date is a bracketed citation's: "(see X Monitor, 2 May 2012)", "[Desert Post, 3 May]".

    A term of office ("[2013–2017]") or a law's year ("1970(2011)") in brackets still dates something.
    """
    head = sentence[max(0, offset - 200):offset]
    for opening, closing in ("()", "[]"):
        i = head.rfind(opening)
        if i > head.rfind(closing) and closing in sentence[end:end + 200]:
            return bool(_CITATION.search(head[i + 1:]))
    return False


def _in_brackets(sentence: str, offset: int, end: int) -> bool:
    """Whether a date stands inside a pair of brackets of its sentence."""
    head = sentence[max(0, offset - 60):offset]
    for opening, closing in ("()", "[]"):
        i = head.rfind(opening)
        if i >= 0 and i > head.rfind(closing) and closing in sentence[end:end + 60]:
            j = sentence.find(closing, end)
            if opening not in sentence[end:j]:
                return True
    return False


# An entry of a chronology: a line opened by a date alone (after a bullet, no place) and a
# separator, then the statement ("4 April 2019: Haftar orders ...", "- June 2020 – Government
# forces retake the west").
_ENTRY_BEFORE = lazy_compile(r"^[\s\-–—•*]*$")
_ENTRY_AFTER = lazy_compile(r"\s*[:|–—-]\s*\S")
_BULLET = lazy_compile(r"\s*[-–—•*]\s")


# A day and a month without a year ("18 June", "June 18"), a weekday's name before it or not ("Sat 22
# Feb", "Tuesday, June 18": a weekly brief's days): a sitrep's entry, of the year the page is of.
# A day (or a span of days, "5–6 May", "May 28-29") and its month as a chronology's entry opens with one.
_DAY_AND_MONTH = lazy_compile(r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
                              r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)")


def _chronology_date(sentence: str, offset: int, end: int) -> bool:
    """Whether a date opens its sentence as a chronology's entry does: alone, then a separator and a statement."""
    return bool(_ENTRY_BEFORE.match(sentence[:offset]) and _ENTRY_AFTER.match(sentence, end))


@lru_cache(maxsize=1)
def _chronology_heading() -> re.Pattern[str]:
    # The whole line is the heading: the phrase alone, or "of"/"since" and a few words after a
    # `starts` phrase ("Timeline of the crisis"), or a `contains` phrase that ends the line.
    starts = vocab.phrase_pattern("chronology", "starts", prefix=r"^[\W_]*",
                                  suffix=r"(?:\s+(?:of|since)(?:\s+\S+){1,6})?[\W_]*$")
    contains = vocab.phrase_pattern("chronology", "contains", prefix=r"(?:(?<!\w)|(?=\W))", suffix=r"[\W_]*$")
    return re.compile(f"{starts.pattern}|{contains.pattern}", re.IGNORECASE)


_BOX_HEADING_WORDS = 8
_BOX_LINES = 40


def is_chronology_heading(line: str) -> bool:
    """Whether a line is the heading of a chronology box (data/chronology.toml): short, no final stop.

    >>> is_chronology_heading("Key events"), is_chronology_heading("Related stories")
    (True, False)
    """
    line = line.strip()
    return (0 < len(line.split()) <= _BOX_HEADING_WORDS and not TERMINAL.search(line)
            and bool(_chronology_heading().search(line)))


_BOX_ENTRY_WORDS = 30
_HAS_YEAR = lazy_compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _box_entry(line: str) -> bool:
    """Whether a line can be an entry of a chronology box: short, and carrying a date (a year or a month's name)."""
    from .dates import is_calendar_name

    words = line.split()
    if not 0 < len(words) <= _BOX_ENTRY_WORDS:
        return False
    return bool(_HAS_YEAR.search(line)) or any(
        is_calendar_name(w.lower()) for w in re.findall(r"[A-Z][a-z]+", line))


def _chronology_box(text: str, sentences: list[Any], skipped: dict[int, str]) -> set[int]:
    """The sentences listed under a chronology's heading, down to the first blank line after
    the list began (a "More on this story" list after it is links, not entries)."""
    if not any(is_chronology_heading(text[s.start:s.end]) for s in sentences):
        return set()
    spans: list[tuple[int, int]] = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    i = 0
    while i < len(lines):
        lo, hi = lines[i]
        i += 1
        if not is_chronology_heading(text[lo:hi]):
            continue
        while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
            i += 1  # the blank lines between the heading and its list
        first = i
        # Each entry is a short line that carries a date; the first line that does not
        # (a paragraph of prose, a link) ends the box.
        while (i < len(lines) and i - first < _BOX_LINES
               and _box_entry(text[lines[i][0]:lines[i][1]])):
            i += 1
        if i > first:
            spans.append((lines[first][0], lines[i - 1][1]))
    # A headline's or a standfirst's shape is an entry's own; chrome, a caption or a repeat is not one.
    return {s.index for s in sentences if skipped.get(s.index) in (None, "headline", "standfirst")
            and any(lo <= s.start < hi for lo, hi in spans)}


def _dateline(sentence: str, offset: int, end: int) -> bool:
    return offset <= 48 and bool(_DATELINE_BEFORE.match(sentence[:offset])) and bool(
        _DATELINE_AFTER.match(sentence, end))


@lru_cache(maxsize=None)
def _cue(name: str) -> re.Pattern[str]:
    return vocab.phrase_pattern(name, "before", suffix=_CUE_GAP)


@lru_cache(maxsize=1)
def _comparison() -> tuple[frozenset[str], tuple[str, ...], tuple[re.Pattern[str], ...]]:
    entries = vocab.entries("comparison_cues")
    return (vocab.entry_words("comparison_cues"), tuple(vocab.entry_words("comparison_cues", "suffix")),
            tuple(re.compile(e["pattern"], re.IGNORECASE) for e in entries if "pattern" in e))


def _amount_after_than(compared: re.Match[str]) -> bool:
    """Whether "than" before a date is followed by an amount (data/comparison_cues.toml `amounts`, a
    number, a "-fold"): what is compared is how many, and the date dates the clause ("intercepted more
    than 300 migrants on Sunday", "raised the price more than fivefold on Sunday"), not a time compared
    with another ("higher than in 2023")."""
    if compared.group().split(None, 1)[0].lower() != "than":
        return False
    return _AMOUNT.match(compared.group(1)) is not None or _amount_words().match(compared.group(1)) is not None


_AMOUNT = lazy_compile(r"\s*(?:\d|[a-z]+fold\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _amount_words() -> re.Pattern[str]:
    words = sorted(vocab.words("comparison_cues", "amounts"), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _multiple() -> re.Pattern[str]:
    """ "double the number ... in 2023": a multiple compares, up to the date (data/comparison_cues.toml)."""
    words = "|".join(sorted(vocab.entry_words("comparison_cues", "multiples")))
    return re.compile(rf"\b(?:{words})\s+(?:the|that|those|as)\b[^,;:.–—]{{0,80}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _since_clause() -> re.Pattern[str]:
    """ "since fighting in 2014 destroyed ...": a "since" a few words before the date's preposition."""
    words = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.entry_words("onset_cues", "since_clause")))
    # Not "since the fall of Gaddafi in 2011": a determiner makes it a named event, not a
    # clause -- unless a past verb follows it ("since its fighters seized the town in 2017").
    word = r"[^\s,;:.()]+\s+"
    return re.compile(rf"\b(?:{words})\s+(?:(?:(?!(?:the|a|an|his|her|its|their)\s){word}){{1,5}}?"
                      rf"|(?:{word}){{1,3}}?(?-i:[a-z]{{2,}}ed|took|fell|won|came|broke|seized|left|lost|began|went)\s+"
                      rf"(?:{word}){{0,3}}?)(?:in|on|during|at)\s+{_CUE_GAP}", re.IGNORECASE)


# A date that points back by its own words ("last March", "two years ago") is past whatever
# governs it: "the division that seemed set to end last March".
_BACKWARD = lazy_compile(r"\b(?:last|ago|yesterday|earlier|previous|past|before)\b", re.IGNORECASE)
@lru_cache(maxsize=1)
def _intent() -> re.Pattern[str]:
    """ "agreed to hold elections in June": a date inside the infinitive a verb of intention governs (data/scheduled_cues.toml)."""
    # No clause break stands between the infinitive and the date, nor a conjunction that opens
    # another clause ("was expected to arrive on Monday but landed on Tuesday").
    return re.compile(rf"\b{intent_pattern(True)}(?:(?!\b(?:{_NEW_CLAUSE})\b)[^,;:.()\[\]–—]){{0,70}}$", re.IGNORECASE)


# Conjunctions that open a clause of its own: a plan's words before them do not govern a date after them.
_NEW_CLAUSE = "but|yet|while|whereas|although|though|instead|only\\s+to"


@lru_cache(maxsize=1)
def _relative_start() -> re.Pattern[str]:
    """ "the siege, which began on 3 June": a relative clause whose verb is one of beginning (data/onset_cues.toml)."""
    words = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.entry_words("onset_cues", "inchoative"), key=len,
                                                              reverse=True))
    return re.compile(rf"\b(?:which|that|who)\s+(?:[a-z]+\s+){{0,3}}?(?:{words})\b[^,;:.()–—]{{0,40}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _onward() -> re.Pattern[str]:
    words = "|".join(sorted(vocab.entry_words("onset_cues", "after")))
    return re.compile(rf"\s*(?:{words})\b", re.IGNORECASE)


# What a sentence goes on to say of a thing whose start a relative clause dates: a state that holds
# ("fighting that erupted in April 2019 has displaced thousands", "the siege, which began on 3 June,
# continues"), not a past act ("clashes that erupted last night killed nine": the clashes, an event;
# data/onset_cues.toml `goes_on`).
_GOES_ON = lazy_compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(
    vocab.words("onset_cues", "goes_on"), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# A state said not to have held some time ago ("was not available to European governments a decade
# ago", "there were no such patrols years ago"): how things were, compared with now, no happening.
_AGO = lazy_compile(r"\bago$", re.IGNORECASE)
_NEGATED_STATE = lazy_compile(r"\b(?:was|were|had\s+been|did)\s+(?:not|never)\b(?:\s+[\w’'-]+){1,10}\s+$|"
                              r"\b(?:was|were)\s+no\b(?:\s+[\w’'-]+){1,10}\s+$", re.IGNORECASE)
# A perfect in the clause before "since": a state that has held from then on.
_PERFECT_IN = lazy_compile(r"\b(?:has|have|had)\s+(?:[a-z]+\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|ld|ht|ot))\b", re.IGNORECASE)
# "since" and a named event before the date's preposition: "since the end of the war in".
_SINCE_NAMED = lazy_compile(r"\bsince\s+(?:the|a|an|his|her|its|their)\s[^,;:.()\[\]–—]{0,60}?\b(?:in|on|of)\s+$",
                          re.IGNORECASE)


def _compares(clause: str) -> bool:
    """Whether a clause before "since" makes a comparison ("the worst fighting since", "the 10th envoy since")."""
    words, suffixes, patterns = _comparison()
    found = re.findall(r"[^\W\d_]+", clause.lower())
    for i, w in enumerate(found):
        if w in words or (len(w) > 5 and w.endswith(suffixes)):
            if w in _quantity_of() and i + 1 < len(found) and found[i + 1] == "of":
                continue  # "has controlled most of eastern Libya since 2016": how much, no comparison
            return True
    return any(p.search(clause) for p in patterns)


@lru_cache(maxsize=1)
def _quantity_of() -> frozenset[str]:
    """Comparison words that say how much before "of" (data/comparison_cues.toml `quantity_of`)."""
    return frozenset(vocab.words("comparison_cues", "quantity_of"))


@lru_cache(maxsize=1)
def _own_past_verb() -> re.Pattern[str]:
    """ "[since clashes in May last year] killed eight": a past verb right after a date, the verb of
    the clause the date is in (a word or two of the date's phrase may stand between)."""
    return re.compile(rf"(?:\s+(?:alone|also|had|have|has))?\s+(?-i:[a-z]{{2,}}ed|{verb_forms('past')})\b"
                      r"(?!\s+(?:by|as)\b)")


def _plan_cue(sentence: str, lo: int, offset: int, end: int) -> bool:
    """Whether a cue of a plan (data/scheduled_cues.toml) stands before the date at offset:end;
    "targeting" and its like only when the day aimed at is ahead ("an airstrike targeting the 12
    May gathering killed five" names a past day: dates.aims_ahead).  A word of putting off names
    the plan put off ("cancelled the 10 May summit"), but not the day of writing after it, which no
    noun is ("all flights are cancelled today": when they were called off)."""
    for cue in _cue("scheduled_cues").finditer(sentence, lo, offset):
        said = " ".join(cue.group().lower().split())
        if said.split()[-1] in _put_off_words()[0] and _TODAY_SPOKEN.match(sentence, offset) \
                and not _POSSESSIVE_S.match(sentence, end):
            continue  # "flights are cancelled today": the day it was called off (not "postponed tonight's derby")
        if not any(said.startswith(w) for w in target_words()) or aims_ahead(
                sentence, end, clause_tense(sentence, offset, end) == "past"):
            return True
    return False


def _says_a_plan(sentence: str, offset: int, expr: TimeExpr) -> bool:
    """Whether the words before a date name a plan (data/scheduled_cues.toml: "set for", "due to")."""
    lo = max(0, offset - _LOOK_BACK)
    return bool(_cue("scheduled_cues").search(sentence, lo, offset) or (
        _intent().search(sentence, lo, offset) and not _BACKWARD.search(expr.text)))


# A date's look-back window is searched with a dozen patterns (_kind_of) and most find nothing
# there.  Each of those below needs one of a few words, whole, where a match begins (its first
# words, the leading letters of each of its phrases), so a window holding none of them is not
# searched (text.letter_runs says why that is exact).


def _window_words(sentence: str, lo: int, offset: int) -> frozenset[str] | None:
    """The runs of letters of sentence[lo:offset] in lower case; None: no prefilter (see text.letter_runs)."""
    return letter_runs(sentence, lo, offset)


@lru_cache(maxsize=1)
def _kind_keys() -> dict[str, frozenset[str] | None]:
    """The words one of which begins any match of each pattern _kind_of searches a window with (see _may)."""
    return {
        "began": frozenset({"began", "begun", "started", "commenced"}),  # _BEGUN
        "onset": first_words(vocab.entry_words("onset_cues", "before")),  # _cue("onset_cues")
        "since_clause": first_words(vocab.entry_words("onset_cues", "since_clause")),
        "relative_start": frozenset({"which", "that", "who"}),
        "since_named": frozenset({"since"}),
        "scheduled": first_words(vocab.entry_words("scheduled_cues", "before")),  # _cue("scheduled_cues")
        "intent": first_words(vocab.entry_words("scheduled_cues", "intent")),  # intent_pattern(True)
        "compared": frozenset({"compared", "than", "versus", "up", "down"}),  # _COMPARED
        "multiple": first_words(vocab.entry_words("comparison_cues", "multiples")),
        "comparison": first_words(vocab.entry_words("comparison_cues", "before")),  # _cue("comparison_cues")
        "retrospective": frozenset({"would"}),
    }


def _may(key: str, words: frozenset[str] | None) -> bool:
    """Whether the pattern _kind_keys names `key` may match a window of these words (None: any window)."""
    keys = _kind_keys()[key]
    return words is None or keys is None or not keys.isdisjoint(words)


# "calls on citizens to stay at home following the renewed clashes this afternoon": a date right after
# the happening a call follows is that happening's, not a day of what is called for (_kind_of); not
# after a holiday or a meeting a plan is set after ("Banks will reopen following the holiday this
# week", "will travel to Ankara after the cabinet meeting this afternoon").
_AFTER_THE_HAPPENING = lazy_compile(r"\b(?:following|after)\s+the\s+((?:[\w’'-]+\s+){0,3})$", re.IGNORECASE)
_FUTURE_WORD = lazy_compile(rf"\b(?:{FUTURE_WILL}|shall|would|(?:is|are|set|due)\s+to)\b", re.IGNORECASE)


def _after_the_happening(sentence: str, lo: int, offset: int) -> bool:
    """Whether the date at `offset` comes right after a happening ("following the renewed clashes this
    afternoon": a kind of happening in the noun phrase) in a clause that says no "will" before it."""
    m = _AFTER_THE_HAPPENING.search(sentence, lo, offset)
    return m is not None and not _FUTURE_WORD.search(sentence, lo, m.start()) \
        and any(w.startswith("=") for w in _content(m.group(1)))


def _kind_of(sentence: str, offset: int, expr: TimeExpr) -> str | None:
    """The kind of dated statement a date makes in its sentence, or None when it dates nothing."""
    end = offset + len(expr.text)
    lo = max(0, offset - _LOOK_BACK)
    if expr.relative and (_PAST_SPAN.match(expr.text) or _COUNTED_SPAN.fullmatch(expr.text)):
        return "onset"  # "has served ... for the past two years", "have waited for a decade" (_span_back)
    if _days_counted(sentence, offset, expr):
        return "onset"  # "The strike entered its third day today": it began two days before (_day_count_back)
    words = _window_words(sentence, lo, offset)
    if (_may("began", words) and _BEGAN.search(sentence, lo, offset)) or _BEGAN_AFTER.match(sentence, end):
        return "onset"  # "The unrest began Monday night", "In May, Haftar began promoting his sons"
    if _set_going().search(sentence, lo, offset):
        return "onset"  # "the shutdown initiated on 26 August has cost ..."
    if expr.relative and _STILL_AHEAD.match(expr.text):
        return "scheduled"  # "to lead the country through elections later this year": the rest of it is ahead
    if _apposed(sentence, offset, end):
        return "background"  # "since March 2011, the year the revolt against Gaddafi broke out": what the year is known for
    if _ANAPHORIC_ONSET.match(expr.text):  # "Since then, clashes have increased"
        return "onset"
    if expr.precision in ("year", "decade") and _in_brackets(sentence, offset, end):
        return "background"  # a term of office "[2013–2017]", a law's year "1970(2011)"
    onset = ((_may("onset", words) and _cue("onset_cues").search(sentence, lo, offset))
             or (_may("since_clause", words) and _since_clause().search(sentence, lo, offset))
             or (_may("relative_start", words) and _relative_start().search(sentence, lo, offset)
                 and _GOES_ON.search(sentence, end)))
    if onset:
        clause_lo = max((m.end() for m in _CLAUSE_START.finditer(sentence, lo, onset.start())), default=lo)
        if _compares(sentence[clause_lo:onset.start()]):
            # "the worst since the 2011 civil war": no onset, but the war is named in passing;
            # so is one told by a verb of its own ("the worst since clashes in May last year
            # killed eight people").
            return "background" if _attributive(sentence, offset, expr) or _own_past_verb().match(
                sentence, end) else None
        return "onset"
    named_since = _may("since_named", words) and _SINCE_NAMED.search(sentence, lo, offset)
    if named_since:
        clause_lo = max((m.end() for m in _CLAUSE_START.finditer(sentence, lo, named_since.start())), default=lo)
        if _compares(sentence[clause_lo:named_since.start()]):
            # "the worst since the end of the war in June 2020": the end of the war is named in passing
            return "background"
        if _PERFECT_IN.search(sentence[clause_lo:named_since.start()]):
            return "onset"  # "Libya has been divided since the fall of Gaddafi in 2011"
    if _AS_THE_DATE.match(sentence, end):
        return "scheduled"  # "set Dec. 24 as the date for elections": the date of what was planned
    if (_may("scheduled", words) and _plan_cue(sentence, lo, offset, end)) or (
            _may("intent", words) and _intent().search(sentence, lo, offset) and not _BACKWARD.search(expr.text)
            and not _after_the_happening(sentence, lo, offset)):
        return "scheduled"
    if expr.relative and _AGO.search(expr.text) and _NEGATED_STATE.search(sentence, lo, offset):
        return None  # "a level of awareness that was not available to governments a decade ago": then and now compared
    if (_may("compared", words) and (c := _COMPARED.search(sentence, lo, offset)) and not _amount_after_than(c)) or (
            _may("multiple", words) and _multiple().search(sentence, lo, offset)) or (
            _may("comparison", words) and _cue("comparison_cues").search(sentence, lo, offset)):
        return None
    signal = _NOT_EVENT_SIGNAL.search(sentence, lo, offset)
    if signal:
        word = signal.group().split()[0].lower()
        if word in _PASSING and _attributive(sentence, offset, expr):
            return "background"  # "from the 1969 coup to ...", "before the 2011 uprising"
        if word == "from" and (_onward().match(sentence, end) or (
                not _RANGE_END.match(sentence, end) and _PERFECT_BEFORE.search(sentence, lo, signal.start()))):
            return "onset"  # "crimes committed from 15 February 2015 onwards", "has held the post from May 2021"
        if word == "from" and not _RANGE_END.match(sentence, end) and (start_of := _START_OF.search(
                sentence, lo, signal.start())) and not _MOVED_BEFORE.search(sentence, lo, start_of.start()):
            return "onset"  # "announce the start of an open strike from this morning, Monday"
        if word == "from" and (_RANGE_END.match(sentence, end) or _A_RANGE.search(expr.text)):
            pass  # "From January to October 2024, arrivals rose", "will visit from 10 to 14 May": the range dates the clause
        elif word == "from" and _EFFECT_FROM.search(sentence, lo, signal.start()) and _DAY_SPOKEN.match(expr.text):
            pass  # "lifts force majeure with effect from today": the measure's day
        elif word == "from" and _TODAY_SPOKEN.match(expr.text) and not _POSSESSIVE_S.match(sentence, end) \
                and not _FROM_TODAY_COUNTED.search(sentence, lo, signal.start()) and not _TO_AFTER.match(sentence, end) \
                and not _MOVED_BEFORE_FROM.search(sentence, lo, signal.start()) \
                and _MEASURE_BEFORE.search(sentence, max(0, offset - 200), signal.start()):
            # "announces the suspension of all flights from this morning, Wednesday": the day of writing
            # is when the measure begins, its day (not "from this morning's clashes", the clashes'; not
            # "two weeks from today" or "different from today", nor "moved from today to Sunday").
            pass
        elif word == "by" and _OPENS.fullmatch(sentence, 0, signal.start()) and (
                sentence[end:end + 1] == "," or clause_tense(sentence, offset, end) == "past"):
            # "By Tuesday, officials declared the city safe", "By late September output fell to
            # 400,000 barrels": the time reached, told in the past, not a deadline
            pass
        elif word == "by" and _happening_owned(sentence, end):
            pass  # "is alarmed by yesterday's armed clashes": the agent of a passive, the date the clashes'
        elif word in _DEADLINES and clause_tense(sentence, offset, end) == "future":
            return "scheduled"  # "plans to set up the corps by the summer of 2024"
        elif word in ("until", "till") and not expr.relative and _ended_until(sentence, signal.start(), end):
            return "event"  # "who served as minister until May 2024": what ended then
        else:
            return None
    if offset < _LOOK_BACK and _OPENING_AFTER.match(sentence, 0, offset) and _PERFECT_STATE.match(sentence, end):
        return "onset"  # "Following disputed elections in 2014, the country has been divided"
    if _attributive(sentence, offset, expr) or (
            not expr.relative and _participial().search(sentence, lo, offset) and _CLOSES_ASIDE.match(sentence, end)):
        return "background"
    if clause_tense(sentence, offset, end) == "future" and not _BACKWARD.search(expr.text) \
            and not _after_the_happening(sentence, lo, offset) and not (
            not expr.relative and _may("retrospective", words) and (told := _retrospective().search(sentence, lo, offset))
            and not _governs_would().search(sentence, 0, told.start())):
        return "scheduled"
    return "event"


@lru_cache(maxsize=1)
def _set_going() -> re.Pattern[str]:
    """A noun and a participle setting a state going right after it, then "on"/"in" before a date
    (data/onset_cues.toml `set_going`: "the shutdown initiated on"); not after an auxiliary."""
    verbs = "|".join(vocab.words("onset_cues", "set_going"))
    return re.compile(rf"\b(?!(?:was|were|is|are|be|been|being|has|have|had)\s)[a-z][\w’'-]*[a-z]\s+(?:{verbs})"
                      rf"(?:\s+by\s+[^,;:.()–—]{{1,40}}?)?\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _origin_participle() -> re.Pattern[str]:
    """A noun and a participle of origin set right after it, then "in"/"on" before a date ("the
    government established in March", "a committee formed by the House in January"; data/
    anaphora.toml `origin_verbs`); not after an auxiliary ("was formed in", "has been set up in")."""
    verbs = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.words("anaphora", "origin_verbs"), key=len, reverse=True))
    return re.compile(rf"\b(?!(?:was|were|is|are|be|been|being|has|have|had|who|which|that)\s)[a-z][\w’'-]*[a-z]\s+"
                      rf"(?:{verbs})(?:\s+by\s+[^,;:.()–—]{{1,40}}?)?\s+(?:in|on)\s+(?:the\s+)?$", re.IGNORECASE)


# "set Dec. 24 as the date for the vote": a date named as the day of a plan.
_AS_THE_DATE = AS_THE_DATE


# "Until 28 February, 3,870 migrants had been intercepted ...": a count told up to the date.
_COUNT_UP_TO = lazy_compile(r",\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s[^,;:.()]{0,60}?"
                          r"\b(?:have|has|had)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ended_until_pattern() -> re.Pattern[str]:
    """A state told in the past just before "until" in its clause (data/onset_cues.toml `ended_until`)."""
    words = "|".join(vocab.words("onset_cues", "ended_until"))
    return re.compile(rf"\b(?:{words})\b[^,;:.()\[\]–—]{{0,50}}$", re.IGNORECASE)


def _ended_until(sentence: str, at: int, end: int) -> bool:
    """Whether "until <date>" at `at` (the date ends at `end`) dates an end: a state told in the
    past up to it ("served as minister until May 2024"), or a count told up to it from the
    sentence's opening ("Until 28 February, 3,870 migrants had been returned")."""
    if not sentence[:at].strip(" \t\"“'‘("):
        return bool(_COUNT_UP_TO.match(sentence, end))
    return bool(_ended_until_pattern().search(sentence, max(0, at - _LOOK_BACK), at))


@lru_cache(maxsize=1)
def _retrospective() -> re.Pattern[str]:
    """ "would go on to launch ... in": a narrative's next step told from its past (data/scheduled_cues.toml)."""
    words = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.words("scheduled_cues", "retrospective_would"),
                                                             key=len, reverse=True))
    return re.compile(rf"\bwould\s+(?:{words})\b[^,;:.()\[\]–—]{{0,80}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _governs_would() -> re.Pattern[str]:
    """A reporting, intent or plan word whose "would" is the plan as it stood (data/scheduled_cues.toml)."""
    def alt(key: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in sorted(vocab.words("scheduled_cues", key), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt('retrospective_governed_by')})\b"
                      rf"|\bunder\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?"
                      rf"(?:{alt('retrospective_plan_nouns')})\b", re.IGNORECASE)


# A sentence opened by "After/Following X in 2014," whose main clause is a perfect of state
# ("the country has been divided") tells of a state that began then.
_OPENING_AFTER = lazy_compile(r"\W*(?:after|following|in\s+the\s+wake\s+of)\s[^,;:.]*$", re.IGNORECASE)
_PERFECT_STATE = lazy_compile(r"[^,;:.]{0,40},[^;:.]{0,60}?\b(?:has|have)\s+(?:\w+\s+)?(?:been|remained|stayed)\b",
                            re.IGNORECASE)
# "for the past two years" under a present perfect: a state that began that long before
# the publication ("has served as envoy for the past two years" began two years ago).
_PAST_SPAN = lazy_compile(r"(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades?)$", re.IGNORECASE)
# A duration's value with a number: "P10Y", "P1DE", "P3M" ("PXY", "for years", has none).
_DURATION_VALUE = lazy_compile(r"P(?P<n>\d+)(?P<unit>DE|Y|M|W|D)")
_FOR_BEFORE = lazy_compile(r"\bfor\s+$", re.IGNORECASE)
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# A length counted in units ("a decade", "more than ten years"): counted back by _span_back, an onset.
_COUNTED_SPAN = lazy_compile(r"(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+|around\s+"
                           r"|at\s+least\s+)?(?:a|an|one|\d+|" + "|".join(_COUNTS) + r")\s+(?:decades?|years?|months?|weeks?|days?)",
                           re.IGNORECASE)
_OF_AFTER = lazy_compile(r"\s+of\b")
# A span opening its sentence ("Over a decade of conflict has ...") and the noun phrase it
# heads, subject of a present perfect (up to four words after "of").
_SPAN_OPENS = lazy_compile(r"\W*(?:(?:over|nearly|almost|more\s+than|about|some)\s+)?", re.IGNORECASE)
_SPAN_SUBJECT = lazy_compile(r"\s+of\s+(?:[\w'’-]+\s+){1,4}?(?:has|have)\s+(?:[a-z]+ly\s+)?"
                           r"(?:been|[a-z]+(?:ed|en|wn|ne|lt|pt|ld|ht|ft))\b")


@lru_cache(maxsize=1)
def _perfect_before() -> re.Pattern[str]:
    """_PERFECT_BEFORE, with the irregular participles of data/verb_forms.toml ("has run the agency for ...")."""
    return re.compile(rf"\b(?:has|have)\s+(?:[a-z]+\s+){{0,1}}?(?P<verb>been|[a-z]+(?:ed|en|ld|wn|ne|ht)|{verb_forms('participle')})\b"
                      rf"[^,;:.()–—]{{0,60}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _perfect_after() -> re.Pattern[str]:
    """A present perfect in the main clause after an opening duration ("..., the town has lost ...")."""
    return re.compile(rf"[^;:.()–—]{{0,60}}?\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?P<verb>been|[a-z]+(?:ed|en|ld|wn|ne|ht)"
                      rf"|{verb_forms('participle')})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _span_speaking() -> frozenset[str]:
    """Verbs of speaking whose present perfect over a span dates no onset (data/onset_cues.toml `span_speaking`, modifiers)."""
    return frozenset(w.lower() for w in (*vocab.words("onset_cues", "span_speaking"), *vocab.words("modifiers", "reporting_bare"),
                                         *vocab.words("modifiers", "reporting_verbs")))


@lru_cache(maxsize=1)
def _open_bound() -> re.Pattern[str]:
    """ "more than a decade": a length given only as a lower bound (data/onset_cues.toml `span_open_bounds`)."""
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(vocab.words("onset_cues", "span_open_bounds"), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s", re.IGNORECASE)


def _short_of(text: str, unit: str) -> int:
    """One year when a count of decades is an upper bound ("nearly a decade",
    data/onset_cues.toml `span_upper_bounds`): it began the year after the whole count back."""
    words = "|".join(r"\s+".join(w.split()) for w in vocab.words("onset_cues", "span_upper_bounds"))
    return 1 if unit == "DE" and re.match(rf"(?:{words})\s", text, re.IGNORECASE) else 0


@lru_cache(maxsize=1)
def _day_counts() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """The count of days of a state up to its date: right before the date ("entered its third day
    today, Wednesday", "entered its fourth day on Wednesday"), or after a date opening the sentence
    with no other clause between ("On Wednesday, the sit-in entered its fourth day"); and the
    ordinals' numbers (data/onset_cues.toml `day_count_before`).  Not "the third day of Eid": what
    "of" names is counted, not the state."""
    ordinals = {w: n for n, w in enumerate(vocab.words("comparison_cues", "ordinals"), 1) if n > 1}
    verbs = "|".join(map(re.escape, vocab.words("onset_cues", "day_count_before")))
    count = (rf"\b(?:{verbs})\s+(?:its|their|the)\s+(?P<n>{'|'.join(ordinals)}|\d+(?:st|nd|rd|th))\s+"
             r"(?:(?:consecutive|straight|successive)\s+)?day\b(?!\s+of\b)")
    gap = r"(?:(?!\b(?:as|and|while|when|after|before|but|which|who|that|since)\b)[^,;:.()–—]){0,40}?"
    return (re.compile(count + r"\s*,?\s*(?:on\s+|today\s*,?\s*)?$", re.IGNORECASE),
            re.compile(r"\s*,?\s+" + gap + count, re.IGNORECASE), ordinals)


@lru_cache(maxsize=4096)  # asked of one date by _kind_of, _clause_key and _day_count_back
def _days_counted(sentence: str, offset: int, expr: TimeExpr) -> int | None:
    """How many days a state has lasted at a day's date, as its clause counts them ("The strike
    entered its third day today, Wednesday": 3); None when it counts none.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "The strike entered its third day today, Wednesday."
    >>> _days_counted(s, s.index("today"), T(0, 0, "today, Wednesday", "2024-05-15", "day"))
    3
    >>> s = "Five people were killed on Tuesday as clashes entered their third day."
    >>> _days_counted(s, s.index("Tuesday"), T(0, 0, "Tuesday", "2024-05-14", "day")) is None
    True
    """
    if expr.precision != "day":
        return None
    before, after, ordinals = _day_counts()
    m = before.search(sentence, max(0, offset - _LOOK_BACK), offset) or (
        after.match(sentence, offset + len(expr.text)) if _opens(sentence, offset) else None)
    if m is None:
        return None
    word = m["n"].lower()
    n = ordinals.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
    return n if 1 < n <= 366 else None


def _day_count_back(sentence: str, offset: int, expr: TimeExpr) -> TimeExpr | None:
    """ "The strike entered its third day today, Wednesday": the state began on Monday, the date
    counted back that many days less one (an onset: _kind_of)."""
    n = _days_counted(sentence, offset, expr)
    if n is None:
        return None
    try:
        day = datetime.date.fromisoformat(expr.value)
    except ValueError:
        return None
    return replace(expr, value=(day - datetime.timedelta(days=n - 1)).isoformat(), relative=True)


def _span_back(sentence: str, offset: int, expr: TimeExpr, ref: datetime.date) -> TimeExpr | None:
    """ "has led the council for the past three years", "have waited for a decade": a state that has
    lasted that long began then, at the unit's precision.

    The duration is counted back from the reference when a present perfect tells the state and the
    duration, after "for", is its length: a span that reaches the present ("for the past/last N
    years") or a count of decades ("for more than a decade").  A count that says no number
    ("for years", "for decades") dates nothing.
    """
    m = _DURATION_VALUE.fullmatch(expr.value)
    if m is None:
        return None
    if m["unit"] in ("Y", "DE") and _SPAN_OPENS.fullmatch(sentence, 0, offset) and _SPAN_SUBJECT.match(
            sentence, offset + len(expr.text)):
        # "Over a decade of conflict has hollowed out the state": the span, subject of a present
        # perfect, is how long the state told has lasted; a lower bound ("over") is read at the
        # count, as a reader dates it, an upper bound of decades ("nearly") a year short of it.
        n = int(m["n"]) * (10 if m["unit"] == "DE" else 1) - _short_of(expr.text, m["unit"])
        return replace(expr, value=f"{ref.year - n:04d}", precision="year", relative=True)
    if _open_bound().match(expr.text):
        return None  # "for more than a decade": begun before that year, at no year it names
    if not _FOR_BEFORE.search(sentence, max(0, offset - 8), offset):
        return None  # "has fallen over the past decade": a period of change, not the length of a state
    if m["unit"] != "DE" and not _PAST_SPAN.match(expr.text):
        return None  # "have fallen for two years" tells a trend, not when a state began
    end = offset + len(expr.text)
    if _OF_AFTER.match(sentence, end):
        return None  # "the past decade of chaos": a time named, not a length
    perfect = _perfect_before().search(sentence, max(0, offset - _LOOK_BACK), max(0, offset - 4))
    if perfect is None and not sentence[:offset].strip(" \t\n\"“'‘(").count(" "):
        # The duration opens the sentence ("For a decade, the brigade has held ..."): its main clause.
        perfect = _perfect_after().match(sentence, end)
    if perfect is None or perfect["verb"].lower() in _span_speaking():
        return None  # "has warned for a decade that ...": a saying repeated, no state that began
    n, unit = int(m["n"]), m["unit"]
    if unit in ("Y", "DE"):
        years = n * (10 if unit == "DE" else 1) - _short_of(expr.text, unit)
        return replace(expr, value=f"{ref.year - years:04d}", precision="year", relative=True)
    if unit == "M":
        months = ref.year * 12 + ref.month - 1 - n
        return replace(expr, value=f"{months // 12:04d}-{months % 12 + 1:02d}", precision="month", relative=True)
    day = ref - datetime.timedelta(days=n * (7 if unit == "W" else 1))
    return replace(expr, value=day.isoformat(), precision="day", relative=True)


# A verb of beginning just before the date in its clause, or just after it: a process that
# began then ("The unrest began Monday night", "began isolating his lieutenants in May").
# An object after the verb makes it an act of launching, an event ("he started the
# operation in 2014"); a gerund or nothing makes it a process that began.
# "The year began with the Es Sider blockade in January": what it began with is the date's, a
# happening named, no process begun then.
_BEGUN = r"\b(?:began|begun|started|commenced)\b(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those|with)\b)"
_BEGAN = lazy_compile(rf"{_BEGUN}[^,;:.()–—]{{0,40}}$", re.IGNORECASE)
_BEGAN_AFTER = lazy_compile(rf"[^,;:.()–—]{{0,12}}{_BEGUN}", re.IGNORECASE)
# A present perfect earlier in the clause: "has served as envoy from September 2023".
_PERFECT_BEFORE = lazy_compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){0,1}?(?:been|[a-z]+(?:ed|en|ld|wn|ne|ht))\b[^,;:.()–—]{0,60}$",
                             re.IGNORECASE)
# Signal words before "the 2011 uprising" that still leave it a past event named in passing.
_PASSING = frozenset(("from", "before", "since", "by", "until", "till", "for"))
# "from January to October": a date followed by the other end of its range.
_RANGE_END = lazy_compile(r"\s*(?:to|until|till|through|[-–—])\s*(?:the\s+)?(?:\d|[A-Z])")
# "the start of an open strike from Monday": what begins from the date, named as begun (no range).
_START_OF = lazy_compile(r"\b(?:start|beginning|launch|onset)\s+of\b[^,;:.()–—]{1,60}$", re.IGNORECASE)
# "announces the lifting of force majeure with effect from today, Tuesday": the day a measure takes
# effect is the day of the measure, no start of a span.
_EFFECT_FROM = lazy_compile(r"\b(?:with\s+effect|effective|taking\s+effect)\s+$", re.IGNORECASE)
# ... a day named from the day of writing ("today", "tomorrow, Wednesday"); a date ("with effect from 1
# June") is resolved by the clause's tense, past after "announced", and stays undated here.
_TODAY = r"today|tonight|this\s+(?:morning|afternoon|evening)"  # the day of writing, as it is spoken
_DAY_SPOKEN = lazy_compile(rf"(?:{_TODAY}|tomorrow|{_WEEKDAY})\b", re.IGNORECASE)
# ... and "from" the day of writing alone, no weekday or date: the measure's day however it is
# announced ("suspends all flights from this morning, Wednesday"; _kind_of).
_TODAY_SPOKEN = lazy_compile(rf"(?:{_TODAY})\b", re.IGNORECASE)
_POSSESSIVE_S = lazy_compile(r"['’]s\b")
# ... but a span counted from it ("two weeks from today", "within 90 days from today") or a comparison
# ("different from today") is no measure's day, nor is a plan moved ("postponed the exams from today to").
_FROM_TODAY_COUNTED = lazy_compile(r"\b(?:" + "|".join(vocab.words("adverbials", "not_from_today"))
                                   + r")\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# The verbs of moving a plan ("postponed the start of the exams from Sunday to next week").
_MOVED = r"\b(?:postpon\w*|delay\w*|moved?|moving|push\w*\s+back|defer\w*|brought\s+forward|put\s+off|resched\w*)\s+"
_MOVED_BEFORE_FROM = lazy_compile(_MOVED + r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# ... and only a measure told before it (data/adverbials.toml `measures_from_today`: "the suspension of all
# flights from this morning", "closes the crossing from today"), not any clause with "from today".
_MEASURE_BEFORE = lazy_compile(r"\b(?:" + "|".join(vocab.words("adverbials", "measures_from_today"))
                               + r")\b[^.;:]{0,160}$", re.IGNORECASE)
# ... but not a start moved ("postponed the start of the exams from Sunday to next week").
_MOVED_BEFORE = lazy_compile(_MOVED + r"(?:the\s+)?$", re.IGNORECASE)
# A date that is itself a range ("10 to 14 May", "4-5 March"): "from" opens it, not a state.
_A_RANGE = lazy_compile(r"\d\s*(?:to|until|till|through|[-–—/])\s*\d|\d\s+(?:to|until|till|through)\s+[A-Z]", re.IGNORECASE)
_OPENS = lazy_compile(r"\W*")
# A deadline in a clause about the future is the date of something planned.
_DEADLINES = frozenset(("by", "until", "till", "before"))


_KIND_ORDER = ("event", "scheduled", "onset", "background")
# "The House of Representatives, elected in 2014, is based in Tobruk": a past participle set
# off by commas on both sides names the thing's past in passing.
# Its agent or place may stand between ("Fathi Bashagha, appointed by the House in
# February 2022, ...", "The Mission, established by the Council in 2011, ...").
_AGENT = r"(?:\s+(?:by|in|at|with|from|under|to)\s+[^,;:()–—]{1,50}?)?"
# The comma closing the participle's aside, after the date or after its agent that follows
# the date (", set up in 2013 by the defence ministry,").
_CLOSES_ASIDE = lazy_compile(rf"{_AGENT},")


@lru_cache(maxsize=1)
def _participial() -> re.Pattern[str]:
    """ ", elected in 2014," / ", chosen by the House in 2022,": a past participle set off by a comma before the date
    (a phrasal verb's particle may follow it: ", set up in 2013,", ", carved out in 2011,")."""
    return re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{verb_forms('participle')})(?:\s+{_PARTICLE})?{_AGENT}\s+(?:in|on)\s+$")


# The particle of a phrasal verb: "set up", "carved out", "signed off", "handed over".
_PARTICLE = r"(?:up|out|off|down|over|back|away)"


@lru_cache(maxsize=None)
def verb_forms(key: str) -> str:
    """A regex alternation of the irregular past forms (`past` or `participle`) of data/verb_forms.toml.

    >>> import re; bool(re.fullmatch(verb_forms("participle"), "chosen"))
    True
    """
    return "|".join(r"\s+".join(map(re.escape, w.split()))
                    for w in sorted(vocab.entry_words("verb_forms", key), key=len, reverse=True))
_ANAPHORIC_ONSET = lazy_compile(r"(?:ever\s+)?since\b|from\s+(?:then|this|that)\b", re.IGNORECASE)


def dated_clause(sentence: str, expressions: list[tuple[int, TimeExpr]]) -> tuple[TimeExpr, str] | None:
    """The date a sentence's statement is about and its kind, from its (offset-in-sentence, expr) pairs.

    An event date wins over a scheduled one, which wins over an onset, then a background
    year: in news prose the clause that reports what happened comes first.  Bracketed
    citations, datelines and a "tomorrow" in quoted speech date nothing.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "The governor has led the bank since October 2011."
    >>> e, kind = dated_clause(s, [(36, T(0, 0, "October 2011", "2011-10", "month"))])
    >>> e.value, kind
    ('2011-10', 'onset')
    """
    best: dict[str, TimeExpr] = {}
    for offset, e in expressions:
        end = offset + len(e.text)
        if (not _is_event_date(e) or _bracketed(sentence, offset, end) or _dateline(sentence, offset, end)
                or _quoted_future(sentence, offset, e)):
            continue
        kind = _kind_of(sentence, offset, e)
        if kind is not None:
            best.setdefault(kind, e)
    for kind in _KIND_ORDER:
        if kind in best:
            return best[kind], kind
    return None


def dated_clauses(sentence: str, expressions: list[tuple[int, TimeExpr]],
                  entry: bool = False) -> list[tuple[int, TimeExpr, str]]:
    """Every date a sentence states something at, once per value: (offset, expr, kind), in text order.

    "Jailed in 2012, tried in 2014 and freed in 2016" states three events.  A value met
    twice keeps its strongest kind (event, onset, background), a plan at it is one more.  With `entry`, the
    sentence is an entry of a chronology ("4 April 2019: Haftar orders an advance on
    Tripoli."): its opening date dates it rather than being a dateline.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "He was jailed in 2012 and freed in 2016."
    >>> [(e.value, k) for _, e, k in dated_clauses(s, [(17, T(0, 0, "2012", "2012", "year")), (35, T(0, 0, "2016", "2016", "year"))])]
    [('2012', 'event'), ('2016', 'event')]
    """
    best: dict[tuple[str, bool, bool, int], tuple[int, TimeExpr, str]] = {}
    previous_end, previous_joined = None, False
    for offset, e in expressions:
        end = offset + len(e.text)
        if (not _is_event_date(e) or _bracketed(sentence, offset, end)
                or (_dateline(sentence, offset, end) and not entry)
                or _quoted_future(sentence, offset, e) or _counted_within(sentence, offset, e)):
            continue
        # "late 2019 and early 2020", "between January and April", "on Sunday and Monday":
        # the second end of a range or list dates the same statement as the first.
        # (Not ", two days after the airport road was closed": that dates another clause.)
        # (Nor "since March 2011, the year the revolt against Gaddafi broke out", "since February, when
        # parliament named Bashagha": set beside a date, they date a statement of their own.)
        beside = bool(_SET_BESIDE.fullmatch(e.text))
        if beside and previous_joined:
            continue  # "between 2016 and 2019, when two cabinets ruled": of the whole span, no date
        joined = (previous_end is not None and _JOINED.fullmatch(sentence, previous_end, offset)
                  and not _COUNTED_FROM.search(e.text) and not beside)
        previous_end, previous_joined = end, bool(joined)
        if joined:
            continue
        # What a "when" set beside a date tells is read in its own clause ("would collapse in August
        # 2022, when fighting broke out": the fighting is told in the past).
        kind = _kind_of(sentence[max(0, offset - 2):], min(offset, 2), e) if beside else _kind_of(sentence, offset, e)
        if kind == "scheduled" and entry and offset < 4:
            # A chronology tells in the present of headlines ("World leaders meet in Berlin and
            # agree to ..."): its entry's date is of what happened; one after the publication
            # is made a plan later (_ahead_of_publication).
            kind = "event"
        if kind is None:
            continue
        # A plan and a happening of one date are two statements ("the truce held this morning
        # and was due to expire at sunset today"); past kinds of one date are one.  A date set
        # beside another states something of its own where that one states nothing ("until next
        # December, when elections are scheduled"), something of another kind ("the shutdown
        # initiated on 26 August, when the government tried to replace the governor": an onset and
        # an event), or is of another precision ("since March 2011, the year the revolt
        # against Gaddafi broke out").
        if beside and any(v == e.value and not b and k == kind for (v, _, b, _), (_, _, k) in best.items()):
            continue  # "which came on 27 August, when two militias exchanged fire": one statement, told more fully
        key = _clause_key(sentence, offset, e, e.value, kind)
        held = best.get(key)
        if held is None or _KIND_ORDER.index(kind) < _KIND_ORDER.index(held[2]):
            best[key] = (offset if held is None else min(offset, held[0]), e, kind)
    # "The strike, which began on Monday, entered its third day on Wednesday": the day counted back to
    # is the start the sentence states, one onset (kept apart above only from an event of that day).
    begun = {v for (v, _, own, _), (_, _, k) in best.items() if k == "onset" and not own}
    best = {key: f for key, f in best.items() if not (key[2] and f[2] == "onset" and key[0] in begun)}
    # "A year later the governor fled the country in August 2024": a counted year and a month of it in
    # one clause date one happening, the month's (not "A year later, it rejected the plan, and in August
    # 2024 the bank froze payments", nor "..., though in July 2023 the field was shut": two clauses).
    best = {key: f for key, f in best.items()
            if not (f[1].precision == "year" and f[2] == "event" and _COUNTED_YEAR.fullmatch(f[1].text)
                    and any(g[2] == "event" and g[1].value[:4] == f[1].value
                            and PRECISION_RANK.get(g[1].precision, 9) < PRECISION_RANK["year"]
                            and clause_span(sentence, g[0], g[0] + len(g[1].text))
                            == clause_span(sentence, f[0], f[0] + len(f[1].text))
                            for g in best.values() if g is not f))}
    found = sorted(best.values(), key=lambda found: found[0])
    # "approved on Tuesday a 2025 budget": a year naming what a noun is of, in a sentence that dates
    # a day or month of that year, is that statement's year, no statement of its own.
    return [f for f in found if not (f[1].precision == "year" and _ATTRIBUTIVE_YEAR.search(sentence, 0, f[0])
                                     and _NOUN_AFTER.match(sentence, f[0] + len(f[1].text))
                                     and any(g is not f and g[1].value[:4] == f[1].value[:4]
                                             and PRECISION_RANK.get(g[1].precision, 9) < PRECISION_RANK["year"]
                                             for g in found))]


_ATTRIBUTIVE_YEAR = lazy_compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_COUNTED_YEAR = lazy_compile(r"(?:a|one|two|three|four|five|\d)\s+years?\s+(?:later|after|afterwards|earlier|before)",
                             re.IGNORECASE)
_NOUN_AFTER = lazy_compile(r"\s+[a-z]")


_COUNTED_FROM = lazy_compile(r"\s(?:after|before)$", re.IGNORECASE)
# "the third meeting between the two this year", "the second closure of the field this month": an
# ordinal counts happenings within the span; the span dates no happening of its own.
_THIS_SPAN = lazy_compile(r"(?:so\s+far\s+)?this\s+(?:year|month|week)", re.IGNORECASE)


def _counted_within(sentence: str, offset: int, e: TimeExpr) -> bool:
    """Whether "this year" (month, week) is the span an ordinal counts happenings in ("the third
    meeting between the two this year") or a superlative ranks them in ("the biggest airlift to the base
    this year"), not the date of one.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "Meloni met Haftar on Wednesday, the third meeting between the two this year."
    >>> _counted_within(s, s.index("this year"), T(0, 0, "this year", "2025", "year"))
    True
    >>> s = "The Council, in its first ordinary meeting of the month of June held today, approves the budget."
    >>> _counted_within(s, s.index("June"), T(0, 0, "June", "2054-06", "month"))
    True
    """
    span = bool(_THIS_SPAN.fullmatch(e.text)) or (e.precision == "month" and bool(_MONTH_OF.search(sentence, 0, offset)))
    return span and bool(_ordinal_before().search(sentence, max(0, offset - 80), offset))


# "its first ordinary meeting of the month of June held today": a month named as the span an
# ordinal counts in, as "this month" is (_counted_within).
# Not a part of the month ("the first days of the month of June", "the second half of the month of
# March", "the 15th of the month of April"): those date what they say.
_MONTH_OF = lazy_compile(r"\b(?!(?:days?|half|weeks?|decade|times?|part|end|beginning|start|quarter|middle|first|"
                         r"second|third|fourth|last)\b)[a-z]+\s+of\s+the\s+month\s+of\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ordinal_before() -> re.Pattern[str]:
    """An ordinal (data/comparison_cues.toml `ordinals`, or a number with its suffix) or a superlative
    (`superlatives`, a word ending in -est but `not_superlatives`) after a determiner, and up to six words
    of what it counts or ranks, before a span."""
    ordinals = "|".join(map(re.escape, vocab.words("comparison_cues", "ordinals")))
    most = "|".join(map(re.escape, vocab.words("comparison_cues", "superlatives")))
    not_most = "|".join(map(re.escape, vocab.words("comparison_cues", "not_superlatives")))
    return re.compile(rf"\b(?:the|a|its|his|her|their)\s+(?:{ordinals}|\d{{1,2}}(?:st|nd|rd|th)|{most}|"
                      rf"(?!(?:{not_most})\b)[a-z]{{2,}}est)\s+(?:[\w’'-]+\s+){{0,6}}$", re.IGNORECASE)
_COUNTED_AFTER = lazy_compile(r"\safter$", re.IGNORECASE)
# "until a deal reopened it nine days later" after "shut the field in January": a count of a few days
# on from a date read at its month (or year) is a time of its own, though its value is that month's
# (dates.py keeps a count from a coarser date at the coarser precision).  Not weeks, nor a count back
# ("shut by protesters six weeks earlier" than March): those most often fall in another month.
_COUNTED_ON = lazy_compile(r"(?:^|\s)(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)\s+days?\s+"
                           r"(?:later|afterwards)$", re.IGNORECASE)


def _statement_key(value: str, kind: str, text: str, part: int, counted: bool = False) -> tuple[str, bool, bool, int]:
    """What tells two dated statements of one sentence apart (dated_clauses, _doc_events): the value,
    a plan or not, whether the date states something of its own beside another of that value —
    a year or a "when" set beside a date, a count "after" dating another event on the clause's
    day ("..., hours after gunmen ambushed the minister's motorcade"; a count "before" runs to what
    was still to come: "called off hours before polls were due to open" tells the calling off), or
    a state `counted` back in days to it ("The closure entered its third day today, as the guards who
    stopped production on Friday refuse": _day_count_back) — and the `part` of the sentence it is in
    (_own_subject_part)."""
    own = counted or bool(_SET_BESIDE.fullmatch(text)) or (kind == "event" and bool(_COUNTED_AFTER.search(text))) \
        or _counted_on_at(value, text)
    return value, kind == "scheduled", own, part


def _clause_key(sentence: str, offset: int, expr: TimeExpr, value: str, kind: str) -> tuple[str, bool, bool, int]:
    """_statement_key of the date at `offset` of its sentence, read at `value`: the part of the
    sentence it is in and whether a count of days sets it back (_days_counted)."""
    return _statement_key(value, kind, expr.text, _own_subject_part(sentence, offset),
                          kind == "onset" and bool(_days_counted(sentence, offset, expr)))


def _counted_on_at(value: str, text: str) -> bool:
    """Whether a date's expression `text` counts a few days on (_COUNTED_ON) and its `value` is coarser
    than a day (read at the month of the date it counts from)."""
    return len(value) < len("2000-01-01") and bool(_COUNTED_ON.search(text))


# Where a sentence goes on to a later statement: a comma, "and", "until", "then" or "but" (the last of
# them before the later statement's date; see _apart_from_count).
_GOES_ON_TO = lazy_compile(r",\s+(?:(?:and|until|till|then|but)\s+)?|\s+(?:and|until|till|then|but)\s+", re.IGNORECASE)


# A clause of what is to come, said as part of a statement: ", and that it will ...", "that the
# vote is to be held ..." (see _doc_events: a lead whose every date is of such a plan).
_PLAN_CLAUSE = lazy_compile(r"(?:,\s+and\s+|\s+)that\s+(?:[\w’'-]+\s+){0,4}?(?:will|shall|would|(?:is|are)\s+to)\s")


def _apart_from_count(sentence: str, rows: list[tuple[int, TimeExpr, str]], offset: int, expr: TimeExpr,
                      lo: int, hi: int) -> tuple[int, int]:
    """The clause lo..hi of the date at `offset`, cut from a count of days on that its clause holds and
    that is read at the same month ("protesters shut the field in January over fuel, until a deal
    reopened it nine days later": two statements, _COUNTED_ON; the cut is the last conjunction before
    the count, else its last comma), or, for the count, from the date it counts from.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "A director was kidnapped in May and freed five days later."
    >>> rows = [(s.index("May"), T(0, 0, "May", "2056-05", "month"), "event"),
    ...         (s.index("five"), T(0, 0, "five days later", "2056-05", "month", True), "event")]
    >>> [s[slice(*_apart_from_count(s, rows, o, e, 0, len(s)))] for o, e, _ in rows]
    ['A director was kidnapped in May', ' and freed five days later.']
    """
    end = offset + len(expr.text)
    for o, e, _ in rows:
        if e.value != expr.value or not (lo <= o < hi) or o == offset:
            continue
        first, first_end, second = (offset, end, o) if o > offset else (o, o + len(e.text), offset)
        counted = e if o > offset else expr
        if not _counted_on_at(counted.value, counted.text):
            continue
        found = list(_GOES_ON_TO.finditer(sentence, first_end, second))
        joined = [m for m in found if m.group().strip(" ,")]  # "and", "until": where the next clause opens
        if not found:
            continue
        cut = (joined or found)[-1].start()
        if o > offset:
            hi = min(hi, cut)
        else:
            lo = max(lo, cut)
    return lo, hi


def _own_subject_part(sentence: str, offset: int) -> int:
    """How many clauses with a subject and a past verb of their own (_new_subject_after_and) open before
    `offset`: one date in two of them states two things ("Fighting broke out in Sabha in May, and the
    elections commission postponed the vote in May"), where one said and done at one date is one
    ("The ministry said on Monday its forces had taken the town on Monday").

    >>> s = "Fighting resumed in Sabha in May, and the commission postponed the vote in May."
    >>> _own_subject_part(s, s.index("May")), _own_subject_part(s, s.rindex("May"))
    (0, 1)
    """
    return sum(1 for m in _new_subject_after_and().finditer(sentence, 0, offset))
_APPOSED_YEAR = lazy_compile(r"the\s+year", re.IGNORECASE)
# "later this year", "later today": what is left of the period after the telling, ahead of it.
_STILL_AHEAD = lazy_compile(r"later\s+(?:this\b|today\b)", re.IGNORECASE)
_SET_BESIDE = lazy_compile(r"the\s+year|when", re.IGNORECASE)  # dates.py `year_appos`, `when_appos`
_APPOSED_IN = lazy_compile(r"\d, (the\s+year)\b", re.IGNORECASE)  # where a sentence sets one (see _apposed)


def _apposed(sentence: str, offset: int, end: int) -> bool:
    """Whether the date at offset..end is a year set beside the date before it ("since October 2011,
    the year the revolt against Gaddafi broke out"): it dates what the year is known for."""
    return sentence[max(0, offset - 2):offset] == ", " and bool(_APPOSED_YEAR.fullmatch(sentence, offset, end))
_JOINED = lazy_compile(r"\s*(?:,|and|or|to|until|till|through|and\s+in|and\s+on|[-–—/])\s*", re.IGNORECASE)


# A clause ends at a semicolon, a colon, a comma before a conjunction that opens a new
# clause ("Talks opened on Monday, but fighting resumed on Tuesday"), before a participle
# that adds a statement of its own (", saying ...", ", raising fears ...") or before a
# trailing "two days after X", which dates X.  Not at ", and" (a
# list of subjects: "Haftar, and his son Saddam, visited ..."), nor at a relative or a
# dash, which interrupt a clause rather than end it ("Haftar, who leads the LNA, met ...").
# ", a move the Tripoli government rejected on Thursday": another body's act of its own, set after the first.
_CLAUSE_BREAK = lazy_compile(
    r";|:\s|,\s+(?:but|however|while|whilst|whereas|although|though|after|before|as|saying|adding|citing|raising|"
    r"prompting|promising|describing|calling)\s"
    r"|,\s+(?:\w+\s+){0,2}(?:hours|days?|weeks?|months?|years?)\s+(?:after|before)\s"
    r"|,\s+an?\s+(?:move|step|decision)\s+(?:that\s+|which\s+)?(?:the\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE)
# After a participle of saying (", saying the cabinet had run out of time and pushing the next vote back
# until next year"), "and" and another participle go on with the subject's doings, not with what was said.
_SAYING = lazy_compile(r",\s+(?:saying|adding|citing|describing|calling)\s", re.IGNORECASE)
_AND_PARTICIPLE = lazy_compile(r"(?<=[a-z])\s+and\s+(?=[a-z]+ing\s+(?:any|the|a|an|its|his|her|their|all)\s)")
_MIN_CLAUSE_WORDS = 5


@lru_cache(maxsize=1)
def _coordinated_act() -> re.Pattern[str]:
    """", and" opening a release's second act (data/event_words.toml `coordinated_acts` and `release_verbs`):
    ", and announces the closure", ", and also calls on"."""
    acts = "|".join(map(re.escape, sorted(vocab.words("event_words", "coordinated_acts"), key=len, reverse=True)))
    return re.compile(rf",\s+and\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?:{release_verbs_alternation()}|{acts})\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _new_subject_after_and() -> re.Pattern[str]:
    """", and" opening a clause with a subject and a verb in the past of its own ("The government raised
    petrol prices in June, and a court froze the increase in July"; "..., and the elections commission
    postponed the vote in May"; "..., and in September 2024 the House and the High Council of State
    agreed"): a time with a year may come first; the subject a determiner's noun phrase, a name, or
    "the" and a body's name (two joined by "and the"); the verb regular or of data/verb_forms.toml `past`."""
    body = r"the\s+(?:[A-Z][\w’'-]*\s+)(?:(?:of\s+)?[A-Z][\w’'-]*\s+){0,4}"
    return re.compile(r",\s+and\s+(?:(?:in|on|by|during)\s+(?:[A-Za-z]+\s+){0,2}(?:\d{1,2}\s+)?\d{4},?\s+)?"
                      r"(?:(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}?|(?:[A-Z][\w’'-]*\s+){1,4}"
                      rf"|{body}(?:and\s+{body})?)"
                      rf"(?:[a-z]{{2,}}ed|{verb_forms('past')})\b")


# ", as" before a role, not a clause: "named Jane Roe, a Tunisian diplomat, as its new envoy on Monday".
_AS_BREAK = lazy_compile(r",\s+as\s", re.IGNORECASE)
_AS_CLAUSE_VERB = lazy_compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|[a-z]{3,}ed)\b")


def _as_a_role(sentence: str, m: re.Match[str]) -> bool:
    """Whether a clause break ", as ..." (_CLAUSE_BREAK) names a role rather than opens a clause: no
    verb follows it up to the next comma or the end ("..., as its new envoy for Libya on Monday"; not
    "..., as fighting resumed in the south", "..., as rescuers dug through the mud").

    >>> s = "The UN named Jane Roe, a Tunisian diplomat, as its new envoy on Monday."
    >>> _as_a_role(s, _CLAUSE_BREAK.search(s)), _as_a_role("Talks opened, as fighting resumed.", _CLAUSE_BREAK.search("Talks opened, as fighting resumed."))
    (True, False)
    """
    if not _AS_BREAK.match(sentence, m.start()):
        return False
    stop = sentence.find(",", m.end())
    stop = len(sentence) if stop < 0 else stop
    return _AS_CLAUSE_VERB.search(sentence, m.end(), stop) is None and _irregular_past().search(sentence, m.end(), stop) is None


_WORD_IN_CLAUSE = lazy_compile(r"\S*[^\W\d_]\S*")


def _words_in(sentence: str, lo: int, hi: int) -> int:
    """How many words sentence[lo:hi] has: runs holding a letter, so that a bullet, a bar and a day's
    number are none ("- 09 Oct | Tripoli" is two words: a label, not a clause)."""
    return sum(1 for _ in _WORD_IN_CLAUSE.finditer(sentence, lo, hi))


def clause_span(sentence: str, offset: int, end: int) -> tuple[int, int]:
    """The clause of a sentence that holds the date at offset..end (offsets in the sentence).

    A clause of fewer than five words ("On Thursday,") takes the next one in.

    >>> s = "Talks opened in Geneva on Monday, but fighting resumed in Tripoli on Tuesday."
    >>> lo, hi = clause_span(s, s.index("Tuesday"), s.index("Tuesday") + 7)
    >>> s[lo:hi]
    ', but fighting resumed in Tripoli on Tuesday.'
    """
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence) if not _as_a_role(sentence, m)]
    breaks = sorted({*breaks, *(m.start() for m in _coordinated_act().finditer(sentence)),
                     *(m.start() for m in _new_subject_after_and().finditer(sentence))})
    saying = _SAYING.search(sentence)
    if saying is not None:
        breaks = sorted({*breaks, *(m.start() for m in _AND_PARTICIPLE.finditer(sentence, saying.end()))})
    cuts = [0, *breaks, len(sentence)]
    i = max(k for k in range(len(cuts) - 1) if cuts[k] <= offset)
    lo, hi = cuts[i], cuts[i + 1]
    while hi < len(sentence) and _words_in(sentence, lo, hi) < _MIN_CLAUSE_WORDS:
        i += 1
        hi = cuts[i + 1]
    return lo, max(hi, end)


@lru_cache(maxsize=1)
def _rule_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                          for w in vocab.words("scheduled_cues", "rule_words")) + r")\b", re.IGNORECASE)


def _rule_count(sentence: str, lo: int, offset: int, expr: TimeExpr,
                expressions: list[tuple[int, TimeExpr]] = ()) -> bool:  # type: ignore[assignment]
    """Whether a count from an undated event ("three months before the elections") is what a rule
    asks, a rule's word before it in its clause (data/scheduled_cues.toml `rule_words`): "the law
    requires him to leave office three months before the elections" dates nothing.  A count from an
    event its phrase dates ("must withdraw 48 hours after the signing on Monday") is a plan of a day.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "The law requires him to leave office three months before the elections."
    >>> _rule_count(s, 0, s.index("three"), T(0, 0, "three months before", "2021-12", "month", True))
    True
    >>> s = "The accord requires the forces to withdraw three months after the ceasefire of 12 June."
    >>> count = T(0, 0, "three months after", "2021-09-12", "day", True)
    >>> _rule_count(s, 0, s.index("three"), count, [(s.index("three"), count), (s.index("12 June"), T(0, 0, "12 June", "2021-06-12", "day"))])
    False
    """
    if not _COUNTED_FROM.search(expr.text) or _rule_words().search(sentence, lo, offset) is None:
        return False
    end = offset + len(expr.text)
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    return not any(end < o < stop for o, _ in expressions)


def main_date(sentence: str, expressions: list[tuple[int, TimeExpr]]) -> TimeExpr | None:
    """The date a sentence's statement is about (see `dated_clause`), whatever its kind.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "Arrivals rose in September compared to 2024."
    >>> main_date(s, [(15, T(0, 0, "September", "2025-09", "month")), (39, T(0, 0, "2024", "2024", "year"))]).value
    '2025-09'
    """
    found = dated_clause(sentence, expressions)
    return found[0] if found else None


def _marked_day(sentence: str, offset: int, expr: TimeExpr, ref: datetime.date | None) -> bool:
    """Whether the date at `offset` is a past day marked by an anniversary ("the 15th anniversary of
    the February 17 revolution"): a day or month of a year before the publication's, right after a
    marking noun; it is background, and the sentence's act is of the story's day."""
    bounds = date_bounds(expr.value)
    return (ref is not None and bounds is not None and bounds[1].year < ref.year
            and marking_before(sentence, offset))


def _marks_year(sentence: str, rows: list[tuple[int, TimeExpr, str]], day: str) -> bool:
    """Whether the anniversaries a sentence marks may fall in the year of `day` (the story's): "the
    first anniversary of the 17 February 2011 uprising" was marked in 2012, not on a day of 2025;
    an anniversary with no ordinal may be any year's."""
    for offset, expr, _ in rows:
        count = anniversary_count(sentence, offset)
        bounds = date_bounds(expr.value)
        if count is not None and bounds is not None and str(bounds[0].year + count) != day[:4]:
            return False
    return True


# "Today, Kufra is a hub for trade", "salaries are paid at the end of the month": a date whose
# clause has no tense marker tells how things stand or a habit, not a happening.  The words
# are data/anaphora.toml's `habitual` list and its entries marked `habitual`.
@lru_cache(maxsize=1)
def _habitual() -> frozenset[str]:
    return frozenset(vocab.words("anaphora", "habitual")) | vocab.flagged("anaphora", "habitual")


def _generic_present(sentence: str, offset: int, expr: TimeExpr) -> bool:
    """Whether "today" or "tonight" in a clause with no tense marker tells how things stand ("Today,
    Kufra is a hub for trade") rather than the day's news.  The day's news: an act in a release's
    present right beside it ("The EU and the GNU today sign ...", "The Presidential Council meets
    today with ...", "Units of the navy carry out today ..."), or a progressive before a "today" that does not open the sentence ("The prime
    minister is visiting Rome today"; "Today, Kufra is becoming a hub" stays how things stand)."""
    said = " ".join(expr.text.lower().split())
    end = offset + len(expr.text)
    if said not in _habitual() or clause_tense(sentence, offset, end) is not None:
        return False
    if said == "tonight" and _PROGRESSIVE.search(sentence):
        return False
    acts = _habitual_acts()
    if (act := _NEXT_WORD_AFTER.match(sentence, end)) and act.group(1).lower() in acts:
        return False
    # The act right before the day, before an aside holding it ("The Council elects, in its session
    # today in Tripoli, ..."), or before the name it takes ("The envoy briefs the Security Council today");
    # a release's reaction before its object ("The Mission welcomes the exchange today of 38 detainees").
    for before, reach, with_object in _ACT_BEFORE:
        act = before.search(sentence, max(0, offset - reach), offset)
        if act and (act.group(1).lower() in acts or (with_object and act.group(1).lower() in _reacting_present()
                                                     and _a_happening_reacted_to(act.group()[len(act.group(1)):],
                                                                                 sentence[end:end + 60]))) and not (
                with_object and (_WHO_BEFORE.search(sentence, max(0, act.start() - 8), act.start())
                                 or _ADVERB_IN.search(act.group()))):
            return False
    # A release's own act earlier in the clause, its object before the day ("The Centre announces
    # the detection today of swarms of locusts"); a present passive of an act right before it
    # ("84 migrants are rescued today off Zuwara").
    clause = sentence[:offset].rpartition(";")[2]
    if not {w.lower() for w in _WORD.findall(clause)}.isdisjoint(_release_verbs()):
        return False
    opens = not sentence[:offset].strip(" \t\"'“‘-–—|#")
    if not opens and (passive := _PASSIVE_BEFORE.search(sentence, max(0, offset - 40), offset)) \
            and _act_stem(passive.group(1)):
        return False
    return opens or not _PROGRESSIVE.search(sentence, 0, offset)


_NEXT_WORD_AFTER = lazy_compile(r"\s+([A-Za-z]+)\b")
_WORD = lazy_compile(r"[^\W\d_]+")


# A present passive right before a day ("are rescued today", "is inaugurated this morning").
_PASSIVE_BEFORE = lazy_compile(r"\b(?:is|are)\s+([a-z]{3,}ed)\s+$", re.IGNORECASE)


def _act_stem(participle: str) -> bool:
    """Whether a participle is of an act beside "today" (_habitual_acts): its present passive ("84
    migrants are rescued today") is the day's news, not a state ("Libya is divided today")."""
    from .fts import stem

    return stem(participle.lower()) in _habitual_act_stems()


@lru_cache(maxsize=1)
def _habitual_act_stems() -> frozenset[str]:
    """The stems of data/anaphora.toml `habitual_acts_beside`, made once."""
    from .fts import stem

    return frozenset(stem(w) for w in _habitual_acts())


# Where a release's act may stand before "today" (see _generic_present), and how far back it is looked for.
_ACT_BEFORE = (  # (pattern, characters it looks back, whether it reads the act before its object)
    (lazy_compile(r"\b([A-Za-z]+)\s+$"), 40, False),
    # A phrasal verb's particle between ("Units of the navy carry out today a joint exercise").
    (lazy_compile(r"\b([A-Za-z]+)\s+(?:out|up|off|down)\s+$"), 40, False),
    (lazy_compile(r"\b([A-Za-z]+),\s+(?:in|at|during)\s+(?:its|their|his|her|the)\s+[a-z]+\s+$"), 40, False),
    (lazy_compile(r"\b([a-z]+)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}$"), 60, False),
    # ... or before its object ("take the constitutional oath today", "tour the flooded districts today"),
    # not in a relative clause ("Families who take the coastal road today face ...") nor with an adverb
    # after the object ("Few take the threat seriously today"): how things stand these days.
    (lazy_compile(r"\b([a-z]+)\s+(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){1,3}$"), 60, True),
)
_WHO_BEFORE = lazy_compile(r"\b(?:who|that|which)\s+$", re.IGNORECASE)
_ADVERB_IN = lazy_compile(r"[a-z]ly\s+$")


@lru_cache(maxsize=1)
def _habitual_acts() -> frozenset[str]:
    """Present verbs of an act that, right beside "today", make it the day's news (data/anaphora.toml)."""
    return frozenset(vocab.words("anaphora", "habitual_acts_beside"))


# A live report's present progressive with "tonight" ("The crowd is growing tonight", "gunfire tonight
# - two brigades are fighting"): what is happening as the page is written, not how things stand as a
# rule ("Today, Kufra is becoming a hub" stays how things stand).
_PROGRESSIVE = lazy_compile(r"\b(?:is|are)\s+(?:[a-z]+ly\s+|still\s+|now\s+)?(?!being\b)[a-z]{2,}ing\b")


# A picture's caption ends with the place and the full date the picture was taken, with no
# preposition before it: "..., on a road south of Tripoli, May 26, 2019."  Prose says "on".
_CAPTION_DATE_BEFORE = lazy_compile(r"(?:,|[A-Z][\w’'-]+)\s+$")
_CAPTION_DATE_AFTER = lazy_compile(r"[\s.\"”’]*$")


def _caption_date(sentence: str, offset: int, expr: TimeExpr) -> bool:
    return (expr.precision == "day" and not expr.relative and expr.value[:4] in expr.text
            and bool(_CAPTION_DATE_AFTER.match(sentence, offset + len(expr.text)))
            and bool(_CAPTION_DATE_BEFORE.search(sentence, max(0, offset - 40), offset)))


# What may follow a caption's closing date: a stop, quotes, a bracketed credit ("(AFP)").
_CAPTION_TAIL = lazy_compile(r"[\s.\"”’)\]]*(?:[(\[][^()\[\]]{0,60}[)\]])?[\s.]*")
_SAYS = lazy_compile(r"\b(?:says?|according|tells?)\b", re.IGNORECASE)


def _present_caption(page: str, start: int, end: int, text: str, clauses: list[tuple[int, TimeExpr, str]]) -> bool:
    """Whether a sentence describes a picture: a line of its own in the simple present, with no
    tense marker at all, that ends with the day the picture was taken ("A man walks past a
    burned car in Abu Salim on Monday.", "Fighters ride a truck in Tripoli, June 10, 2024.").

    News prose tells what happened in a past, perfect or future tense, or reports speech.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "Migrants sit on the deck of a rescue ship off Lampedusa on Monday."
    >>> _present_caption(s, 0, len(s), s, [(56, T(56, 65, "on Monday", "2024-06-10", "day", True), "event")])
    True
    >>> s = "Migrants were rescued off Lampedusa on Monday."
    >>> _present_caption(s, 0, len(s), s, [(36, T(36, 45, "on Monday", "2024-06-10", "day", True), "event")])
    False
    """
    offset, expr, _ = clauses[-1]
    if expr.precision != "day" or not _CAPTION_TAIL.fullmatch(text, offset + len(expr.text)):
        return False
    alone = not page[max(0, start - 80):start].strip(" \t").rpartition("\n")[2].strip() and (
        not page[end:end + 80].strip(" \t") or page[end:end + 80].lstrip(" \t").startswith("\n"))
    return (alone and len(text.split()) >= 6 and not any(map(_finite, tense_markers(text))) and not _SAYS.search(text)
            and not _never_pictured() & set(re.findall(r"[a-z]+", text.lower())) and not _irregular_past_verb(text)
            and not _singular_subject_past(text))


def _irregular_past_verb(text: str) -> bool:
    """Whether a text holds a simple past of an irregular verb (data/verb_forms.toml) that stands
    as a verb, not after a determiner as a noun ("Gunmen shot dead a commander", "Fighting broke
    out"; not "on the ground", "fires a shot"): a picture's caption never tells a past."""
    return any(not _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 8), m.start())
               for m in _irregular_past().finditer(text))


def _singular_subject_past(text: str) -> bool:
    """Whether a past written as its present ("hit", "cut", "shut": data/verb_forms.toml
    `same_as_present`) follows a singular subject opened by an article ("A sandstorm hit Benghazi
    on Tuesday.", "The storm cut power to the port on Monday."): its present would be "hits",
    "cuts", so the line tells a past, no picture.  A noun ending in "s" or one of
    data/captions.toml `plurals_without_s` ("The children cut a ribbon") is a plural's present, and
    so is the line when a word in -s follows ("A power cut plunges ...": a compound noun's present).

    >>> _singular_subject_past("A thick sandstorm hit Benghazi on Tuesday."), _singular_subject_past("Workers cut the fence.")
    (True, False)
    """
    m = _SINGULAR_THEN_SAME_AS_PRESENT.match(text)
    noun = m.group("noun").lower() if m else ""
    return bool(noun) and (not noun.endswith("s") or noun.endswith("ss")) and noun not in _plurals_without_s() \
        and not _PRESENT_IN_S.search(text, m.end())  # "A building hit in overnight shelling burns in ..."


# The line's subject: an article opening it, up to three words (no "and": "A boy and his father put
# flowers"; no "of": "Members of the council cut a ribbon"; no second article or possessive, no word in
# -s, a verb maybe: "A man inspects a car hit by a rocket", "A man inspects his car hit in the shelling"),
# a noun, then a past written as its present, no participle's "by" after it ("a road cut by
# floodwaters") (_singular_subject_past).
_SINGULAR_THEN_SAME_AS_PRESENT = lazy_compile(
    r"\W*(?i:(?:a|an|the|this|that|one)\s+)(?:(?!(?:and|or|of|a|an|the|his|her|its|their|our|my|your)\b)"
    r"(?![a-z]+s\s)[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+)\s+(?:"
    + "|".join(sorted(SAME_AS_PRESENT, key=len, reverse=True)) + r")\b(?!\s+by\b)")


# A lower-case word in -s after the verb: a present's verb ("A power cut plunges the city into darkness",
# "A building hit in the shelling burns") or a plural, either a picture's present; the line is no past.
_PRESENT_IN_S = lazy_compile(r"\b[a-z]+[^s\W]s\b")


@lru_cache(maxsize=1)
def _plurals_without_s() -> frozenset[str]:
    return frozenset(vocab.words("captions", "plurals_without_s"))


@lru_cache(maxsize=1)
def _never_pictured() -> frozenset[str]:
    """Words no picture's caption holds: verbs of saying and of reacting, and verbs that set one
    happening after another (data/captions.toml never_pictured)."""
    return frozenset(vocab.words("captions", "never_pictured")) | frozenset(
        vocab.words("modifiers", "reporting_verbs")) | frozenset(vocab.words("modifiers", "reporting_bare")) | _reaction_words()


# The date a link list prints after a headline: set off by a bracket, a dash, a bar or a
# comma, and closing the line ("... over arrivals (April 2023)", "... hits a high - July 2024").
_LINK_DATE_BEFORE = lazy_compile(r"(?:\s[(\[]|\s[–—|-]\s*|,\s*)$")
_LINK_DATE_AFTER = lazy_compile(r"[)\]]?\s*$")


def _link_line(page: str, start: int, end: int, text: str, clauses: list[tuple[int, TimeExpr, str]]) -> bool:
    """Whether a sentence is a line of a link list: a headline in the present, a line of its
    own without a final stop, whose last date closes it after a bracket, dash, bar or comma
    ("Italy declares a state of emergency over arrivals (April 2023)", "- Oil output hits an
    11-year high – July 2024").  News prose ends with a stop and tells in a past or a future.

    >>> from libyadesk.models import TimeExpr as T
    >>> s = "Rival cabinets trade blame over the clashes (May 2024)"
    >>> _link_line(s, 0, len(s), s, [(45, T(45, 53, "May 2024", "2024-05", "month"), "event")])
    True
    >>> s = "Rival cabinets traded blame over the clashes (May 2024)."
    >>> _link_line(s, 0, len(s), s, [(46, T(46, 54, "May 2024", "2024-05", "month"), "event")])
    False
    """
    offset, expr, _ = clauses[-1]
    if TERMINAL.search(text) or not _LINK_DATE_AFTER.fullmatch(text, offset + len(expr.text)):
        return False
    if not _LINK_DATE_BEFORE.search(text, max(0, offset - 4), offset):
        return False
    alone = not page[max(0, start - 80):start].strip(" \t").rpartition("\n")[2].strip(" \t-•*–") and (
        not page[end:end + 80].strip(" \t") or page[end:end + 80].lstrip(" \t").startswith("\n"))
    head = text[:offset]
    return alone and len(head.split()) >= 4 and not any(map(_finite, tense_markers(head))) and not _SAYS.search(head)


# "a burned-out car", "the damaged port": a word in -ed after a determiner or before a
# hyphen is an adjective, not a past tense.
_ADJECTIVE_BEFORE = lazy_compile(r"(?:\b(?:a|an|the|its|their|his|her|of|and)\s+|-)$", re.IGNORECASE)
_DETERMINER_BEFORE = lazy_compile(rf"\b(?:{'|'.join(sorted(DETERMINERS))})\s+$", re.IGNORECASE)


def _finite(marker: re.Match[str]) -> bool:
    """Whether a tense marker is a finite verb rather than a participle used as an adjective."""
    text, word = marker.string, marker.group()
    if marker.lastgroup != "p":
        return True
    if not word.lower().endswith("ed"):
        # An irregular past after a determiner is a noun ("fires a shot"); after "and" a verb ("and met").
        return not _DETERMINER_BEFORE.search(text, max(0, marker.start() - 8), marker.start())
    return not (text[marker.end():marker.end() + 1] == "-"
                or _ADJECTIVE_BEFORE.search(text, max(0, marker.start() - 8), marker.start()))


def page_date(text: str, chrome: list[tuple[int, int]]) -> datetime.date | None:
    """For an article of unknown date: the latest full date its page chrome shows (a photo's
    caption, an embedded post, a dateline), which the article's weekdays lie around.

    A file photo's date ("FILE - ...", "[File: ...]") is older than the article, and so is any
    page date earlier than a date the prose itself states: then no page date is taken.

    >>> page_date("Talks resumed on Wednesday. A boat at the port, Monday, July 7, 2025.", [(28, 71)])
    datetime.date(2025, 7, 7)
    >>> page_date("Talks resumed on Wednesday after the vote of 3 May 2024. A boat at the port, July 7, 2023.", [(57, 89)])
    """
    days, stated = [], []
    for e in extract_dates(text):
        if e.relative or e.precision not in ("day", "month"):
            continue
        span = next(((lo, hi) for lo, hi in chrome if lo <= e.start < hi), None)
        if span is None:
            stated.append(date_bounds(e.value)[0])
        elif e.precision == "day" and not _FILE_PHOTO.search(text, span[0], span[1]):
            days.append(date_bounds(e.value)[0])
    found = max(days, default=None)
    if found is None or (stated and max(stated) > found):
        return None
    return found


_FILE_PHOTO = lazy_compile(r"(?<!\w)file\b\s*(?:photo|picture|image|[-–—:])", re.IGNORECASE)


def _line_start(text: str, start: int) -> bool:
    """Whether a sentence begins a line of the text."""
    return text[:start].rstrip(" \t").endswith("\n") or not text[:start].strip()


# "Three months have passed since", "It has been six years since": a time counted back to what began.
_SINCE_COUNTED = lazy_compile(r"\bsince$", re.IGNORECASE)
# How long before its publication a copy may have been filed: a release dated on Friday and
# posted on Monday, a wire story filed late and put online the next day.
FILING_DAYS = 7


def _filing_day(sentences: list[Any], skipped: dict[int, str], ref: datetime.date | None,
                ref_precision: str | None) -> datetime.date | None:
    """The day a dateline opening the first sentence of prose gives ("Tripoli – 1 June 2025 – The
    Mission today welcomed ...", "TRIPOLI, March 19 (Wire) - ..."), when the copy's "today",
    "yesterday" and weekdays count from it rather than from the publication: a day at most
    FILING_DAYS before a publication known to the day, within a publication known to the
    month or year, or any day when the publication is unknown."""
    first = next((s for s in sentences if s.index not in skipped), None)
    if first is None or _BULLET.match(first.text):
        return None  # "- Mon 15 May: The GNU pays salaries": a list's entry, no dateline of the copy
    head = first.text[:80]
    for e in extract_dates(head, ref, ref_end=_publication_end(
            None if ref is None or ref_precision is None else f"{ref.year:04d}" if ref_precision == "year" else f"{ref:%Y-%m}",
            ref_precision)):
        if e.precision != "day" or not _dateline(head, e.start, e.end):
            continue
        day = date_bounds(e.value)
        if day is None:
            return None
        filed = day[0]
        if ref is None:
            return filed
        if ref_precision == "day":
            return filed if 0 < (ref - filed).days <= FILING_DAYS else None
        published = date_bounds(f"{ref.year:04d}" if ref_precision == "year" else f"{ref:%Y-%m}")
        return filed if published and published[0] <= filed <= published[1] else None
    return None


# What an article of unknown date may resolve against the last date it states: "this year"
# ("earlier this year", "expected this year").  Not a bare month ("In February" before a
# stated "May 2024" may be the February after it), nor a day or a week ("on Wednesday",
# "last week"), which need the day the article was written.
_THIS_YEAR = lazy_compile(r"\bthis\s+year\b", re.IGNORECASE)


def _in_stated_year(text: str, expressions: list[TimeExpr], ignore: list[tuple[int, int]]) -> list[TimeExpr]:
    """For an article of unknown date: "this year" resolved against the latest date finer than a
    year that its prose states outside a clause about the future, the article being taken to
    be of that date's year (a reader does the same: "the elections, expected this year" in an
    undated article about January 2023 are 2023's).  A bare year is not taken: an article names
    years long past in passing ("elected in 2014")."""
    unresolved = [e for e in expressions if e.relative and date_bounds(e.value) is None]
    if not unresolved:
        return expressions
    stated = [bounds[1] for e in expressions
              if not e.relative and e.precision in PRECISION_RANK and PRECISION_RANK[e.precision] < PRECISION_RANK["year"]
              and (bounds := date_bounds(e.value)) is not None and clause_tense(text, e.start, e.end) != "future"]
    if not stated:
        return expressions
    guessed = {(e.start, e.end): e for e in extract_dates(text, max(stated), ignore)
               if e.relative and e.precision == "year" and _THIS_YEAR.search(e.text)}
    return [guessed.get((e.start, e.end), e) if e.relative and date_bounds(e.value) is None else e
            for e in expressions]


def _doc_events(index: CorpusIndex, doc: Document) -> list[Event]:
    ref, ref_precision = reference_date(doc.published)
    published_span = date_bounds(doc.published) if doc.published else None
    published_start, published_end = published_span if published_span is not None else (None, None)
    sentences = index.doc_sentences(doc.id)
    skipped = not_prose(doc.text, sentences, doc.title)
    # The lines under a chronology's heading are its entries, wherever their date stands and
    # whatever their shape ("Haftar launches an offensive on Tripoli (April 2019)" is no
    # link's line, nor a standfirst, there).
    boxed = _chronology_box(doc.text, sentences, skipped)
    if boxed:
        skipped = {i: why for i, why in skipped.items() if i not in boxed}
    ignore = [(s.start, s.end) for s in sentences if s.index in skipped]
    around = False
    filed = _filing_day(sentences, skipped, ref, ref_precision)
    if filed is not None:
        ref, ref_precision = filed, "day"
    if ref is None:
        ref = page_date(doc.text, ignore)
        around, ref_precision = ref is not None, "day" if ref is not None else None
    # Captions and chrome are left out of the dates, so "the next day" after a caption's
    # date does not count from it.
    expressions = extract_dates(doc.text, ref, ignore, around, _publication_end(doc.published, ref_precision),
                                clauses=True)
    if ref is None:
        expressions = _in_stated_year(doc.text, expressions, ignore)
    by_sentence: dict[int, list[tuple[int, TimeExpr]]] = {}
    # "For years, the Commission has been talking to ...": a lead that opens with a
    # duration tells of a state, not of the day's news; publication does not date it.
    opening_durations: set[int] = set()
    i = 0
    for expr in expressions:
        while i < len(sentences) and sentences[i].end <= expr.start:
            i += 1
        if i == len(sentences):
            break
        if expr.precision == "duration" and expr.start - sentences[i].start < OPENING:
            opening_durations.add(i)
        offset = expr.start - sentences[i].start
        if expr.precision == "duration" and ref is not None:
            expr = _span_back(sentences[i].text, offset, expr, ref) or expr
        elif expr.precision == "day":
            expr = _day_count_back(sentences[i].text, offset, expr) or expr
        by_sentence.setdefault(i, []).append((offset, expr))

    # A chronology ("Key dates", "Timeline of events") is two or more lines each opened by a
    # date and a separator; a date so placed on one line alone is a dateline ("December 17,
    # 2025 – The Mission presented ..."), which dates nothing.
    entries = {s.index for s in sentences if s.index not in skipped and _line_start(doc.text, s.start)
               and any(o < 4 and _chronology_date(s.text, o, o + len(e.text))
                       and (not e.relative or _DAY_AND_MONTH.fullmatch(e.text))
                       for o, e in by_sentence.get(s.index, ()))}
    if len(entries) < 2:
        # A dateline never opens with a bullet: "- 9 Jun: roadblocks reported west of Zawiya" alone
        # under an advisory's "Recent incidents" is an entry all the same.
        entries = {i for i in entries if _BULLET.match(sentences[i].text)}
    entries |= boxed
    events: list[Event] = []
    in_passing: set[int] = set()  # rows whose date does not open their sentence, in a subordinate clause
    aside: set[int] = set()  # rows whose date does not open their sentence, in its main clause
    named_past: set[int] = set()  # rows whose date, with its year, is set before a noun ("the May 2025 clashes")
    told_past: set[int] = set()  # rows of events told in the past tense (_ahead_of_publication)
    lead_seen = False
    prose_order = [s.index for s in sentences if s.index not in skipped]
    prose_rank = {index: rank for rank, index in enumerate(prose_order)}
    story: tuple[int, int] | None = None  # the last sentence that told an event, and its row
    last_dated = -1  # the last sentence that gave a row
    headed = _under_date_headings(doc.text, sentences, skipped, ref) if ref is not None else {}
    for sentence in sentences:
        if sentence.index in skipped:
            continue
        found = by_sentence.get(sentence.index, [])
        text = sentence.text
        if (sentence.index in headed and all(e.precision == "duration" and e.value.startswith("PT") for _, e in found)
                and _tells_a_past_act(text.strip())):
            # "14 May" on a line of its own, then "Clashes broke out near the port.": the
            # chronology's day dates the undated statements under it.
            value, precision = headed[sentence.index]
            shown = text.strip()
            base = sentence.start + sentence.text.index(shown)
            story, last_dated, lead_seen = (sentence.index, len(events)), sentence.index, True
            events.append(Event(value, precision, "relative", doc.id, sentence.index, shown,
                                sources=[Citation(doc.id, doc.source, doc.published, doc.title, shown)], kind="event",
                                start=base, end=base + len(shown), words=_content(shown)))
            continue
        # A span of hours ("resumed for a couple of hours") dates nothing of its own; nor does the
        # speaker's "today" inside a quote ('"A new page opens today," he added.': the day spoken on):
        # the sentence goes on with the event told before it.  Nor does a date in a relative aside
        # after a time of the day told ("In the afternoon, Mabrouk received the Maltese premier, who
        # announced that flights would resume in April"): the main clause goes on with that day (its
        # words alone are read), and the aside's date is its own (below).
        told_on, whole = None, True
        if story is not None and story[0] == last_dated:
            apart = prose_rank[sentence.index] - prose_rank[story[0]]
            if all((e.precision == "duration" and e.value.startswith("PT"))
                   or (_SPEAKERS_TODAY.search(e.text) and _in_quotes(sentence.text, o)) for o, e in found):
                told_on = _goes_on(doc.text, sentences[story[0]], sentence, events[story[1]], apart)
            aside_at = _RELATIVE_ASIDE.search(text) if told_on is None and found and _SAME_DAY_OPENING.match(text) else None
            if aside_at is not None and all(o > aside_at.start() for o, _ in found):
                main = Sentence(sentence.doc, sentence.index, sentence.start, sentence.start + aside_at.start(),
                                sentence.text[:aside_at.start()])
                told_on, whole = _goes_on(doc.text, sentences[story[0]], main, events[story[1]], apart), False
                if told_on is not None:
                    shown = text.strip()
                    told_on.text, told_on.end = shown, told_on.start + len(shown)
                    told_on.sources = [c._replace(text=shown) for c in told_on.sources]
        if told_on is not None:
            if story[1] in in_passing or story[1] in aside:
                aside.add(len(events))
            story = (sentence.index, len(events))
            events.append(told_on)
            if whole:
                last_dated = sentence.index
                continue
        archive = ARCHIVE_DATE.match(text)
        if archive:  # an archive's "date 2024-05-07" line glued to the lead: not the article's
            cut = archive.end()
            text = text[cut:]
            found = [(o - cut, e) for o, e in found if o >= cut]
        found = _speakers_days(text, found, ref)
        dated = [(o, e) for o, e in found if _is_event_date(e)]
        statement = _without(text, dated)
        if prose_words(statement) < (1 if sentence.index in boxed else MIN_PROSE_WORDS) and not _short_statement(statement):
            continue  # a dateline, a timestamp, a credit: dates without a statement
        base = sentence.start + (len(sentence.text) - len(text))
        shown = text.strip()
        cite = [Citation(doc.id, doc.source, doc.published, doc.title, shown)]
        clauses = dated_clauses(text, found, sentence.index in entries)
        if published_start is not None and any(k == "scheduled" for _, _, k in clauses):
            clauses = [(o, e, "event" if k == "scheduled" and _planned_by_tense_alone(text, o, e, published_start) else k)
                       for o, e, k in clauses]
        if sentence.index in boxed:
            # A chronology tells in the present of headlines: its entries are what happened.
            # Unless its own words say a plan ("due to be held on", "set for"): that stays one.
            clauses = [(o, e, "event" if k == "scheduled" and not _says_a_plan(text, o, e) else k)
                       for o, e, k in clauses]
        elif clauses and (all(_caption_date(text, o, e) for o, e, _ in clauses)
                          # (an entry dated at its opening, "- 22 Mar: The bank devalues the dinar,
                          # effective 2 April.", is no picture's line however it ends)
                          or (sentence.index not in entries
                              and _present_caption(doc.text, sentence.start, sentence.end, text, clauses))
                          or _link_line(doc.text, sentence.start, sentence.end, text, clauses)):
            continue  # a caption: "..., on a road south of Tripoli, May 26, 2019."; a link's line
        words = len(text.split())
        if words < LEAD_MIN_WORDS and not TERMINAL.search(text) and sentence.index not in boxed:
            continue  # a fragment: a tagline, a label, a heading
        # The lead is the first sentence of some length that ends as a sentence does (a
        # headline or standfirst does not) and opens as one does: the lower-case rest of a
        # sentence cut by a blank line means the lead has been passed.
        ends, cut_off = bool(TERMINAL.search(text)), text.lstrip()[:1].islower()
        # A live blog's entry ("21:40 – Fighting has spread to the city centre") tells the day's news
        # as a lead does, whatever entries came before it.
        is_lead = words >= LEAD_MIN_WORDS and ends and not cut_off and (not lead_seen or bool(_LIVE_ENTRY.match(text)))
        lead_seen = lead_seen or (words >= LEAD_MIN_WORDS and (ends or cut_off))
        rows = [(o, e, k) for o, e, k in clauses if not _generic_present(text, o, e) and not _caption_date(text, o, e)]
        main_end = len(text)
        if rows and is_lead and not any(o < 0 for o, _, _ in rows):
            # "Tripoli - The mission presented its report on the talks, which opened last
            # Sunday": the lead's own statement is undated when every date is in a clause
            # set under it; it is the day's news.
            cuts = [_subordinate_at(text, clause_span(text, o, o + len(e.text))[0], o, o + len(e.text))
                    for o, e, _ in rows]
            if all(c is not None for c in cuts):
                main_end = min(c for c in cuts if c is not None)
            elif all(k == "scheduled" for _, _, k in rows) \
                    and (plan := _PLAN_CLAUSE.search(text, 0, min(o for o, _, _ in rows))) is not None \
                    and _told_as_done(text[:plan.start()]):
                # "The Central Bank announces the withdrawal of the note, and that it will cease to be
                # legal tender as of 31 August": what the lead says is done now is the day's news,
                # the plan it goes on to is of its own date (not "is expected to vote on a government
                # that will ...": a plan all through).
                main_end = plan.start()
        # A wire's dateline ("TRIPOLI, March 10 (Wire) - ...") dates the report, not its statement: the
        # lead under it tells the day's news of the dateline's day.
        datelines = [e for o, e in dated if _dateline(text, o, o + len(e.text))]
        undated_lead = not rows and len(datelines) == len(dated) or main_end < len(text)
        told = _content(text[:main_end]) if undated_lead and is_lead and doc.published \
            and sentence.index not in opening_durations else None
        # A live blog's entry tells what is happening as it is written ("14:40 Power is out across
        # Tripoli"): a kind of happening is the news.
        if told is not None and (tells_a_happening(text[:main_end])
                                 or (_LIVE_ENTRY.match(text) and any(w[:1] == "=" for w in told))):
            # Dated by the report's own day, as the page gives it (its dateline's when it has one).
            line = datelines[0] if datelines and datelines[0].precision == "day" and not rows else None
            events.append(Event(line.value if line else doc.published, "day" if line else ref_precision or "day",
                                "publication", doc.id, sentence.index, shown, sources=list(cite), kind="event",
                                start=base, end=base + main_end, words=told))
        marked = {o for o, e, _ in rows if _marked_day(text, o, e, ref)}
        if marked:
            # "Celebrations for the tenth anniversary of the February 17 revolution began in the
            # square": the day marked is background; the marking is of the story's day (the
            # publication's in a lead or before any event is told).
            rows = [(o, e, "background" if o in marked else k) for o, e, k in rows]
            if (all(o in marked for o, _, _ in rows) and not (events and events[-1].sentence == sentence.index)
                    and tells_a_happening(text)):
                if story is not None and not is_lead:
                    day = events[story[1]]
                    if _marks_year(text, rows, day.date):
                        events.append(Event(day.date, day.precision, "relative", doc.id, sentence.index, shown,
                                            sources=list(cite), kind="event", start=base, end=base + len(text),
                                            words=_content(text)))
                elif doc.published and _marks_year(text, rows, doc.published):
                    events.append(Event(doc.published, ref_precision or "day", "publication", doc.id, sentence.index,
                                        shown, sources=list(cite), kind="event", start=base, end=base + len(text),
                                        words=_content(text)))
                if events and events[-1].sentence == sentence.index:
                    story, last_dated = (sentence.index, len(events) - 1), sentence.index
        seen: set[tuple[str, bool, bool, int]] = set()
        set_beside = {o for o, x, _ in rows if _SET_BESIDE.fullmatch(x.text)}
        for offset, expr, kind in rows:
            # A "when" set beside a date ("on 27 August, when clashes broke out") is capped as that
            # date is: the word states no month of its own.
            beside = next((x for o, x in found if o + len(x.text) == offset - 2), expr) \
                if expr.text.lower() == "when" else expr
            value, precision = _coarsen(beside, doc.published, ref_precision)
            key = _clause_key(text, offset, expr, value, kind)
            if key in seen:  # two weekdays capped at the publication month are one row
                continue
            seen.add(key)
            lo, hi = clause_span(text, offset, offset + len(expr.text))
            if sentence.index in entries and offset < 4 and len(rows) == 1:
                hi = _entry_end(text, hi)
            lo, hi = _apart_from_count(text, rows, offset, expr, lo, hi)
            if _SET_BESIDE.fullmatch(expr.text):
                lo = max(lo, offset - 2)  # ", when parliament named Bashagha": the clause it opens
            elif (beside_at := offset + len(expr.text) + 2) in set_beside:
                hi = min(hi, beside_at - 2)  # "since February": not what the "when" beside it tells
            if _rule_count(text, lo, offset, expr, found):
                continue  # "which requires him to leave office three months before the elections": a rule, no date
            if sentence.index in boxed:
                pass  # a chronology's entry is what happened then, whatever its shape ("Ceasefire signed in Geneva")
            elif kind == "event" and _SINCE_COUNTED.search(expr.text):
                in_passing.add(len(events))  # "Three months have passed since the launch of ...": what began then
            elif kind == "event" and _origin_participle().search(text, max(0, offset - _LOOK_BACK), offset):
                # "the unity government established in March", "a committee formed in January":
                # how a participant came to be, its history however recent.
                in_passing.add(len(events))
                named_past.add(len(events))
            elif kind == "event" and _modifies_a_noun(text, offset, offset + len(expr.text)):
                in_passing.add(len(events))  # "the October 2020 ceasefire", "Wednesday's measures"
                if _YEAR_IN.search(expr.text) and _determined(text, offset):
                    # "after the May 2025 clashes": a year spelled out in a date set before its
                    # noun names a past the reader is to recall, however recent ("Monday's
                    # clashes" is how a report names its own news).
                    named_past.add(len(events))
            elif kind == "event" and _in_nominal_subject(text, offset, offset + len(expr.text)):
                # "The arrival of the mercenaries in September tipped the balance": the date is of an
                # act named as the subject of another statement, a past recalled when long before the news.
                in_passing.add(len(events))
            elif kind == "event" and not _opens(text, offset):
                # A date that does not open its sentence: context when the sentence sets it
                # under another clause, or when its clause tells in a past tense of
                # something long before the news ("The country split in 2014").
                if _subordinate(text, lo, offset, offset + len(expr.text)):
                    in_passing.add(len(events))
                elif _told_in_past(text, lo, hi, offset):
                    aside.add(len(events))
            if kind == "event" and published_end is not None and (span := date_bounds(value)) is not None \
                    and span[0] > published_end and clause_tense(text, offset, offset + len(expr.text)) == "past":
                told_past.add(len(events))  # only a date after the publication asks (_ahead_of_publication)
            events.append(
                Event(value, precision, "relative" if expr.relative else "stated", doc.id, sentence.index, shown,
                      sources=list(cite), kind=kind, start=base + lo, end=base + hi,
                      words=_content(text[lo:hi]), at=base + offset, at_end=base + offset + len(expr.text))
            )
            last_dated = sentence.index
            if kind == "event":
                story = (sentence.index, len(events) - 1)
    return _past_in_passing(_set_day_ahead(_ahead_of_publication(events, doc.published, told_past), doc.published,
                                           doc.text),
                            in_passing, aside, reference_date(doc.published)[0], named_past)


# "Then there were ...", "Then it is ...": no act follows the opener; a passive is one ("Despite
# the truce, shots were fired near the market").
@lru_cache(maxsize=1)
def _no_act_after() -> re.Pattern[str]:
    return re.compile(rf"[a-z]+\s+(?:is|are|was|were)\b(?!\s+(?:(?:later|then|also|again)\s+)?(?:[a-z]+ed|{verb_forms('participle')})\b)",
                      re.IGNORECASE)


# How many sentences on "Following the announcement, ..." may still name the last event told.
STORY_REACH = 6


@lru_cache(maxsize=1)
def _after_the_event() -> re.Pattern[str]:
    """ "Following the announcement, ...": a sentence opened by a phrase naming the event just told
    (data/anaphora.toml `narrative_after`), closed by a comma."""
    words = "|".join(r"\s+".join(w.split())
                     for w in sorted(vocab.words("anaphora", "narrative_after"), key=len, reverse=True))
    return re.compile(rf"\W*(?:{words})\s+(?:the|this|that|these|those|his|her|its|their)\s+"
                      r"(?P<named>(?:[\w’'-]+\s+){0,2}?(?P<head>[\w’'-]+)),\s+", re.IGNORECASE)


def _names_the_told(opener: re.Match[str], told: Event) -> bool:
    """Whether "Following the X," names the event just told: X shares a content word or kind of
    happening with the told clause ("Following the motion" after "approved a motion"), or its noun
    is one a report names its own news by (data/anaphora.toml `narrative_after_acts`: "Following
    the announcement"); "After the revolution," "After the war," recall another, earlier past."""
    head = opener.group("head").lower()
    if head in vocab.words("anaphora", "narrative_after_acts"):
        return True
    return bool(set(_content(opener.group("named"))) & set(told.words or ()))


# A pluperfect tells what had already happened before the story's time ("the port had been
# run by a council"): a flashback, not what happened next.
_PLUPERFECT = lazy_compile(r"\bhad\s+(?:(?:not|never|already|long|just|previously|earlier|once)\s+)?"
                         r"(?:been|[a-z]+(?:ed|en|wn|ne))\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _same_day_opener() -> re.Pattern[str]:
    """ "Then, ...": the narrative openers (dates.goes_on_opener) that go on on the told event's day,
    not the ones that only say "after it" ("Later, ...", "Next, ...": data/anaphora.toml
    `narrative_openers_later`)."""
    later = set(vocab.words("anaphora", "narrative_openers_later"))
    words = "|".join(r"\s+".join(w.split()) for w in sorted(
        (w for w in vocab.words("anaphora", "narrative_openers") if w not in later), key=len, reverse=True))
    return re.compile(rf"\W*(?:{words})\b,?\s+", re.IGNORECASE)


def _goes_on(page: str, before: Any, sentence: Any, told: Event, apart: int) -> Event | None:
    """The row of an undated sentence that goes on with the event told by the sentence before it
    (`apart` prose sentences before), on its day: "Clashes broke out on 14 June. Then the fighting
    reached the highway." (the sentence right before; not "Later, ...", "Next, ...", which say only
    that it came after: _same_day_opener; in its paragraph or the one before: a wire's
    paragraph is one sentence); "Parliament approved the bill on Thursday. [...] Following the
    vote, Washington warned Ankara" (up to STORY_REACH sentences before, none of them dated; the
    phrase names that event: _names_the_told). None when the sentence opens with neither
    (data/anaphora.toml), tells no act in the past, or tells in the pluperfect what had happened before.
    """
    text = sentence.text.strip()
    opener = _same_day_opener().match(text)
    if opener is not None and (apart != 1 or page.count("\n\n", before.end, sentence.start) > 1):
        opener = None
    if opener is None and apart <= STORY_REACH:
        opener = _after_the_event().match(text)
        if opener is not None and not _names_the_told(opener, told):
            opener = None
    if opener is None and apart == 1 and page.count("\n\n", before.end, sentence.start) <= 1:
        opener = _continues(text, told)
    if opener is None or _no_act_after().match(text, opener.end()) or told.kind != "event":
        return None
    # "In the morning, the coast guard had stopped 164 people": a time of the day told bounds what
    # had happened before to that day; not a report of it ("residents said the militia had seized
    # the airport weeks earlier"), a plan ("had been expected to visit") or a time back from it.
    same_day = _SAME_DAY_OPENING.match(text)
    if not _tells_a_past_act(text[opener.end():], before_ok=same_day is not None
                             and not _BEFORE_THE_DAY.search(text, same_day.end())):
        return None
    base = sentence.start + sentence.text.index(text)
    # Dated by the story, not by words of its own: "relative", as an anaphoric date is.
    return Event(told.date, told.precision, "relative", told.doc, sentence.index, text,
                 sources=[told.sources[0]._replace(text=text)] if told.sources else [],
                 kind="event", start=base, end=base + len(text), words=_content(text))


# After an opening time of the day told, what sets a pluperfect before that day or off it: a report
# of it, a plan that had been made, a time counted back (timeline._goes_on).
_BEFORE_THE_DAY = lazy_compile(r"\b(?:said|says|emerged|reported|learned|learnt|revealed|announced|confirmed|claimed|"
                               r"earlier|before|ago|previously|already)\b|\bhad\s+been\s+(?:expected|due|scheduled|"
                               r"supposed|planned|set|meant|slated)\b", re.IGNORECASE)
# A sentence opening with a time of the day told ("In the afternoon, ..."), and a relative aside
# (", who announced ...") before a date of its own: the aside's date is not the main clause's.
_SAME_DAY_OPENING = lazy_compile(r"\W*(?:" + "|".join(r"\s+".join(w.split()) for w in sorted(
    vocab.words("anaphora", "same_day_times"), key=len, reverse=True)) + r")\s*,", re.IGNORECASE)
_RELATIVE_ASIDE = lazy_compile(r",\s+(?:" + "|".join(vocab.words("event_words", "relative_pronouns")) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _continuations() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of _continues: a time of the day (data/anaphora.toml `same_day_times`, or a
    clock time), a quote's tag ('"...," he added': `quote_tag_verbs`), a subject "The X"."""
    times = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.words("anaphora", "same_day_times"), key=len, reverse=True))
    tags = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.words("anaphora", "quote_tag_verbs"), key=len, reverse=True))
    roles = "|".join(sorted(map(re.escape, vocab.words("roles", "before_name")), key=len, reverse=True))
    return (re.compile(rf"\b(?:{times})\b|\b(?:at|around|at\s+about|at\s+around)\s+(?:[01]?\d|2[0-3])[:.h][0-5]\d\b",
                       re.IGNORECASE),
            re.compile(rf"^[\"“].{{10,}}?[,?!](?P<quote>[\"”])\s*,?\s*(?:he|she|they|(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                       rf"|the\s+(?:[\w’'-]+\s+){{0,2}}?(?:{roles}))\s+(?P<verb>{tags})\b[^\"“”]*$", re.IGNORECASE),
            re.compile(r"(?:The|This|That)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<head>[a-z][\w’'-]*)\s+(?:was|were)\s+(?:"
                       + "|".join(vocab.words("anaphora", "continuation_adverbs")) + r")\s+(?:[a-z]+ed|" + verb_forms("participle")
                       + r")\b"))


class _Start:
    """A match-like start of a sentence, for a continuation with no opener of its own: the tense
    is read from `at` on (a quote's tag, not the quoted words)."""

    def __init__(self, at: int = 0) -> None:
        self.at = at

    def end(self) -> int:
        return self.at


def _continues(text: str, told: Event) -> _Start | None:
    """Whether an undated sentence right after a told event goes on with it on its day, with no
    opener: it names a time of that day ("At about 23:00 the commander reached his base"), it is
    a quote tagged by a person (a pronoun or a name, not "it" nor "the report") after a report of somebody's words ('"...," he added.')
    whose words tell no past act of their own ('"Our forces drove the militias out of Derna," he added' recounts deeds of
    any day: the saying is no act of the day told), or its
    subject names the told event by one of that clause's content words ("The roadmap was later
    rejected by the council" after "initialled a roadmap on Tuesday"). The tense and happening
    checks are _goes_on's."""
    at_time, quote_tag, subject = _continuations()
    if at_time.search(text):
        return _Start()
    if (tag := quote_tag.match(text)) is not None and told.sources and not _tells_a_past_act(
            text[1:tag.start("quote")]) and (
            " ".join(tag.group("verb").lower().split()) in vocab.words("anaphora", "quote_tag_go_on")
            or any(" ".join(w.split()) in " ".join(text[tag.end("quote"):].lower().split())
                   for w in vocab.words("anaphora", "quote_tag_occasions"))
            or set(re.findall(r"[a-z]+", told.sources[0].text.lower())) & (vocab.entry_words("report_words") - _NOT_SAYING)):
        return _Start(tag.end("quote"))
    named = subject.match(text)
    if named is not None and set(_content(named.group("head"))) & set(told.words or ()) - _unnamed_heads():
        return _Start()
    for noun in _told_noun().finditer(text):
        word = noun.group("noun").lower()
        if word in vocab.words("anaphora", "told_event_nouns") and set(_content(word)) & set(told.words or ()):
            return _Start()
    return None


@lru_cache(maxsize=1)
def _told_noun() -> re.Pattern[str]:
    """A past act right before "the X" ("celebrated the anniversary", "ignored the ceasefire"): the
    told event as the object of what was done to it; not "The visit caused ..." (what it led to,
    maybe later), nor "details of the meeting were not available" (no act)."""
    return re.compile(rf"\b(?:[a-z]{{2,}}ed|{verb_forms('past')})\s+(?:the|this|that)\s+(?P<noun>[a-z]+)\b")


# Report words that are no saying ("according to", "the news"): a quote after them is not theirs.
_NOT_SAYING = frozenset({"according", "news", "media", "report", "reports", "press", "source", "sources", "agency"})


@lru_cache(maxsize=1)
def _unnamed_heads() -> frozenset[str]:
    """Heads too general to name one event ("The country", "The city")."""
    return frozenset(_content("country city town government people area region situation"))


def _tells_a_past_act(rest: str, before_ok: bool = False) -> bool:
    """Whether an undated sentence (past its opener) tells an act in the past: a past marker or an
    irregular past, no future, no pluperfect (what had happened before, maybe any day; but
    `before_ok`, when an opening time of the day told bounds it), a happening."""
    if _PLUPERFECT.search(rest) and not before_ok:
        return False
    markers = tense_markers(rest)
    return not any(m.lastgroup == "f" for m in markers) and tells_a_happening(rest) and (
        any(m.lastgroup == "p" for m in markers) or bool(_irregular_past().search(rest)))


# A date heading covers its line but for a weekday or punctuation around it ("Tuesday 14 May:").
_HEADING_SLACK = 12


def _under_date_headings(page: str, sentences: list[Any], skipped: dict[int, str],
                         ref: datetime.date) -> dict[int, tuple[str, str]]:
    """The day each prose sentence under a chronology's date heading falls on: a line that is only
    a date ("14 May", "Tuesday, 16 May 2024:"), two or more such in the page; its sentences run
    to the next date heading, or to a short line with no full stop (a section heading: "Outlook")."""
    out: dict[int, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    headings = 0
    for s in sentences:
        line_alone = _line_start(page, s.start) and not page[s.end:page.find("\n", s.end) % (len(page) + 1)].strip()
        shown = s.text.strip()
        if line_alone and len(shown) < 40:
            found = [e for e in extract_dates(shown, ref) if e.precision == "day"]
            if len(found) == 1 and len(shown) - len(found[0].text) <= _HEADING_SLACK and not TERMINAL.search(shown):
                current, headings = (found[0].value, found[0].precision), headings + 1
                continue
            if len(shown.split()) <= 4 and not TERMINAL.search(shown):
                current = None  # a section heading ends the day's entries
                continue
        if current is not None and s.index not in skipped:
            out[s.index] = current
    return out if headings >= 2 else {}


# A date that opens its sentence ("In 2014, ...", "Three years ago, ...", "On the evening of
# 12 May, ...") sets the narrative's time: the sentence tells what happened then.
_OPENING_DATE = lazy_compile(r"^\W*(?:[A-Za-z]+\s+){0,4}$")


def _opens(text: str, offset: int) -> bool:
    """Whether the date at offset opens its sentence: nothing, or a few words that open an
    adverbial (data/adverbials.toml) and no verb, before it ("In 2014,", "Early on
    Wednesday,"; not "The council was formed in 2015", nor a subject: "The country split in 2014")."""
    head = _OPENING_DATE.match(text, 0, offset) if offset < 60 else None
    if head is None:
        return False
    first = _FIRST_WORD.search(head.group())
    return (first is None or first.group().lower() in vocab.entry_words("adverbials", "opens")) and not any(
        map(_finite, tense_markers(text[:offset])))


_FIRST_WORD = lazy_compile(r"[A-Za-z]+")
_YEAR_IN = lazy_compile(r"\b\d{4}\b")
# How far before the publication a date must end to be the past of a news report.
BACKGROUND_DAYS = 60
# A date as the modifier of a noun names an event in passing: "the October 2020 ceasefire",
# "the 3 May disaster", "Libya's May 2012 vote", "Wednesday's measures", "last year's vote".
_MODIFIER_BEFORE = lazy_compile(r"(?:\bthe|['’]s)[ \t\u00a0]+$", re.IGNORECASE)
_MODIFIER_AFTER = lazy_compile(r"[ \t\u00a0]+(?:[A-Z][\w-]*[ \t\u00a0]+)*[a-z][\w-]*[a-z]\b(?![ \t\u00a0]+(?:of|to)\b)")
# Words after "the <date>" that are not a noun it modifies: "the 3 May when ...", "the 2020 and 2021 ...".
_NOT_HEAD = frozenset("when where and or to until till which that as after before while since of in on at for by".split())


# ... or after it and "of": "the elections of June 2014", "the agreement of December 2015".
_OF_BEFORE = lazy_compile(r"\b(?:the|an?|its|their|his|her|this|that|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}?"
                        r"(?P<noun>[a-z][\w-]*[a-z])\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# A subject made of an act named by a noun ("the arrival of", "the killing of", "the collapse of",
# "the closure of"): a deverbal noun, by its suffix or one of the few deverbal nouns in "-al" or
# "-ure" and the bare verb forms used as nouns, then "of", its object, and "in"/"on" the date.
# Lower case only: a capitalised head is a name ("The Commission of Inquiry in March 2020 found",
# "The Government of National Accord in April 2019 launched"); nor is the head noun of a body
# (data/organisations.toml `heads`: "the government of Fayez al-Sarraj in 2019 launched").
_ACT_NOUN = (r"(?-i:(?!(?:" + "|".join(sorted(vocab.mapping("organisations", "heads"), key=len, reverse=True)) + r")\s)"
             r"(?:[a-z]+(?:tion|sion|ment|ance|ence)|[a-z]{3,}ing|" + "|".join(vocab.words("event_words", "act_nouns"))
             + r"))")
_NOMINAL_SUBJECT = lazy_compile(r"\W*(?:(?:however|but|yet|meanwhile|still|indeed)\s*,?\s+)?(?:the|an?|[\w’'-]+['’]s)\s+"
                              r"(?:[a-z][\w’'-]*\s+){0,2}?" + _ACT_NOUN + r"\s+of\s+[^,;:.()\[\]–—\"“”]{1,70}?\s(?:in|on|during)\s+$",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _main_verb_after() -> re.Pattern[str]:
    """A past main verb right after a date (a place phrase between): "... in September tipped the balance"."""
    return re.compile(rf"(?:\s+(?:in|at|near|outside|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*)?"
                      rf"\s+(?:(?-i:[a-z]{{2,}}ed)|(?-i:{verb_forms('past')}))\b(?!\s+by\b)", re.IGNORECASE)


def _in_nominal_subject(text: str, offset: int, end: int) -> bool:
    """Whether the date at offset..end dates an act named as the subject of the sentence, followed by its past
    main verb: "The collapse of the talks in Geneva in February 2019 led to the offensive"."""
    return bool(_NOMINAL_SUBJECT.match(text[:offset]) and _main_verb_after().match(text, end))


_OWNED_NOUN = lazy_compile(r"['’]s[ \t\u00a0]+(?:[a-z][\w-]*[ \t\u00a0]+)?([a-z][\w-]*)")


def _happening_owned(text: str, end: int) -> bool:
    """Whether a date ending at `end` is a possessive before a noun of a kind of happening, one describing
    word between at most ("yesterday's armed clashes", "Monday's attack"; not "Friday's deadline")."""
    m = _OWNED_NOUN.match(text, end)
    return m is not None and (_content_word(m.group(1)) or "").startswith("=")


def _modifies_a_noun(text: str, offset: int, end: int) -> bool:
    """Whether the date at offset..end is the modifier of a noun: "the October 2020 ceasefire", "Wednesday's talks",
    "the elections of June 2014" (not a time: "the evening of 12 May", data/adverbials.toml `time_nouns`)."""
    if _POSSESSIVE_NOUN_AFTER.match(text, end):
        return True
    of = _OF_BEFORE.search(text, max(0, offset - 60), offset)
    if of and of.group("noun").lower() not in vocab.entry_words("adverbials", "time_nouns"):
        return True
    after = _MODIFIER_AFTER.match(text, end)
    return bool(after and _determined(text, offset) and after.group().split()[-1].lower() not in _NOT_HEAD)


def _determined(text: str, offset: int) -> bool:
    """Whether a date has a determiner or a possessive before it, or opens with "the" and a
    day itself (the tagger keeps "the" in "after the 3 June 2025 floods"; "on the 3 June"
    is a time, and "the first six months of 2024" no modifier)."""
    if _MODIFIER_BEFORE.search(text, max(0, offset - 8), offset):
        return True
    return bool(_THE_DAY.match(text, offset)) and not _TIME_PREPOSITION.search(text, max(0, offset - 8), offset)


_THE_DAY = lazy_compile(r"[Tt]he\s+\d")
_TIME_PREPOSITION = lazy_compile(r"\b(?:on|by|until|till|from|since|to|before)\s+$", re.IGNORECASE)


def _told_in_past(text: str, lo: int, hi: int, offset: int) -> bool:
    """Whether the clause text[lo:hi] around a date tells in a past tense and promises nothing:
    a past or irregular past verb ("The council was formed in 2015", "The country split in
    2014", "Similar fighting in August 2022 killed 32 people")."""
    clause = text[lo:hi]
    markers = tense_markers(clause)
    if any(m.lastgroup == "f" for m in markers):
        return False
    # A present perfect tells of a state that holds now ("Libya has been divided since the
    # fall of Gaddafi in 2011"), not of a past the news looks back on.
    return any(m.lastgroup == "p" and m.group().lower() not in _PERFECT and _finite(m)
               and _prev_word(clause, m.start()) not in _PERFECT_OR_PRESENT for m in markers) or bool(
        _irregular_past().search(clause))


_PERFECT = frozenset(("has", "have"))
# A participle after these is a present perfect or a present passive ("has been divided",
# "is controlled"), not a past tense.
_PERFECT_OR_PRESENT = frozenset("has have 's been be being is are am remains remain".split())
_PREV_WORD = lazy_compile(r"([\w’']+)\W*$")


def _prev_word(text: str, i: int) -> str:
    m = _PREV_WORD.search(text, max(0, i - 24), i)
    return m.group(1).lower() if m else ""


# A present perfect, with the adverbs that may stand inside and just after it.
_PRESENT_PERFECT = lazy_compile(r"\b(?:has|have|['’]ve)\s+(?P<before>(?:(?:[a-z]+ly|long|ever|always|never|not|also|now|"
                              r"already|just|since|all|both)\s+)*)(?P<verb>[a-z]+)\b(?P<after>\s+[a-z]+ly\b)?",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _saying_words() -> frozenset[str]:
    """The words of data/report_words.toml that tell a report was made, not those of time (`of_time`)."""
    return vocab.entry_words("report_words") - vocab.flagged("report_words", "of_time", "words")


def tells_a_happening(text: str) -> bool:
    """Whether a sentence reports something that happened or will (a past, a perfect of an act,
    a plan, somebody's word), rather than describing how things stand.

    A lead dated by nothing but its publication is the day's news only when it tells a
    happening; the opening of an analysis or a feature in the present ("Libya remains
    divided", "the coastguard is increasingly intercepting boats") or in a perfect of a state
    or a slow change (data/states.toml: "has become", "has long sought", "has grown
    steadily") is not dated by the publication.

    >>> tells_a_happening("Rebels seized the airport."), tells_a_happening("Libya remains divided.")
    (True, False)
    >>> tells_a_happening("The council has named a prime minister."), tells_a_happening("Haftar has long sought power.")
    (True, False)
    >>> tells_a_happening("Greece will suspend asylum hearings."), tells_a_happening("Travel to Tripoli should be deferred.")
    (True, False)
    >>> tells_a_happening("Armed clashes in Zawiya are likely to recur.")  # a forecast, no plan
    False
    """
    if _told_as_done(text):
        return True  # "..., the UN said", "according to officials"; a release's present: "The Prime Minister issues ..."
    perfects = []
    for m in _PRESENT_PERFECT.finditer(text):
        perfects.append((m.start(), m.end()))
        adverbs = {w.lower() for w in (m["before"] + (m["after"] or "")).split()}
        if m["verb"].lower() not in vocab.entry_words("states", "participles") and not (
                adverbs & vocab.entry_words("states", "adverbs")):
            return True  # a perfect of an act: "has named a new prime minister"
    markers = tense_markers(text)
    # Not a forecast ("are likely to recur"), nor "next" of a span ("over the next two weeks").
    if any(m.lastgroup == "f" and m.group().lower() not in _MAYBE and not m.group().lower().endswith("likely to")
           and m.group().lower() != "next" and not any(lo <= m.start() < hi for lo, hi in perfects) for m in markers):
        return True  # a plan is news: "Greece will suspend asylum hearings" (not "has long sought to")
    for m in markers:
        # A participle opening the sentence has no subject: "Armed clashes are likely to recur".
        if (m.lastgroup == "p" and m.group().lower() not in _PERFECT and _finite(m)
                and not any(lo <= m.start() < hi for lo, hi in perfects)
                and _prev_word(text, m.start()) not in _PERFECT_OR_PRESENT and text[:m.start()].strip(" \t-–—•*\"'“‘|#")):
            return True
    return any(not any(lo <= m.start() < hi for lo, hi in perfects) for m in _irregular_past().finditer(text))


def _told_as_done(text: str) -> bool:
    """Whether a text tells an act of a release in its present or a word of saying ("announces",
    "declares", "said", "warned"): done on the day it is told."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return not words.isdisjoint(_release_verbs()) or not words.isdisjoint(_saying_words())


@lru_cache(maxsize=1)
def _release_verbs() -> frozenset[str]:
    """A release's present verbs of its own act (data/event_words.toml `release_verbs`): read once, not per lead."""
    return frozenset(vocab.words("event_words", "release_verbs"))


# Modals of advice or possibility: "Travel to Tripoli should be deferred", "clashes could resume" tell
# no plan a lead dated by its publication would be the news of.
_MAYBE = frozenset({"should", "could", "might", "may", "would"})


@lru_cache(maxsize=1)
def _irregular_past() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{verb_forms('past')})\b")
# A past passive before the date in its clause tells what was done to a participant, its
# history ("The council was formed in 2015", "she was elected in 2021 and", "the town
# was captured by the army in 2016"): the verb's participle is any word, regular or not.
_PASSIVE_PAST = lazy_compile(
    r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:first\s+)?(?:[a-z]+(?:ed|en|wn|ne|lt|pt|ld|rn|de|ht|ng)|set|put|cut|hit|shut"
    r"|led|met|sent|built|held|won|begun|run|sold|told|bought|caught)(?:\s+(?:up|in|out|down|off|over))?\b"
    r"[^,;:.()–—]{0,60}$", re.IGNORECASE)
# How far before the publication a passive main clause's date must end to be a news report's past.
ASIDE_DAYS = 365
_DET = r"(?:a|an|the|its|their|his|her|two|three|several|of)"
# A noun before a participle is no auxiliary: "the group was launched" is a passive clause.
_NOT_AUX = r"(?!(?:was|were|is|are|be|been|has|had|have)\s)"
# What sets a date's clause under another one: a relative clause with a past verb ("factions
# that won a battle ... in 2014"), a past perfect ("had assumed command in May"), a noun
# with a participle ("a deal signed in December", "vessels donated by Italy in 2023", "a
# tycoon appointed a year ago"), or a phrase opened by "after", "following", "including"
# ("including a deadly outbreak in August 2023").  Not "following": a report of what
# followed a recent event ("help with rebuilding following floods that hit Derna last year")
# still tells of it as news.
@lru_cache(maxsize=1)
def _subordinate_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of _subordinate, with the irregular past forms of data/verb_forms.toml."""
    past, participle = verb_forms("past"), verb_forms("participle")
    return (
        re.compile(rf"(?:\b(?:which|that|who|whom|whose)|,\s+where)\s+(?:[a-z]+\s+){{0,2}}?(?:[a-z]{{2,}}ed|stepped|{past}|{participle})\b"),
        re.compile(r"\bhad\s+(?:already\s+|been\s+|just\s+)*[a-z]{2,}(?:ed|en|wn|ne|ok|ft|ld)\b"),
        re.compile(rf"(?:(?<=[\w,]\s)|^\W*)(?i:{_DET})\s+(?:{_NOT_AUX}[\w“”\"’'-]+\s+){{0,3}}?{_NOT_AUX}[a-z][\w-]*[a-z]\s+"
                   rf"(?!was\b|were\b)(?:[a-z]{{3,}}ed|{participle})"
                   r"(?:\s+(?:by|to|with|at|in|from)\s+[^,;:()]{1,50}?)?(?:\s+(?:in|on|during))?\s*$"),
        re.compile(r"(?:^|[\s,(])(?:after|including|amid)\s+(?!the\s+(?:same|previous|next)\b)", re.IGNORECASE),
    )


def _subordinate(text: str, lo: int, offset: int, end: int) -> bool:
    """Whether the date at offset..end lies in a clause set under another (see _subordinate_patterns), looking back in its clause."""
    return _subordinate_at(text, lo, offset, end) is not None


def _subordinate_at(text: str, lo: int, offset: int, end: int) -> int | None:
    """Where the clause set under another that holds the date at offset..end begins, or None."""
    start = max(lo, offset - _LOOK_BACK)
    found = []
    for i, p in enumerate(_subordinate_patterns()):
        m = p.search(text, start, offset)
        if m and i == _NOUN_PARTICIPLE:
            # The noun nearest the participle: in "The ministry revived the accord signed last
            # year" the noun phrase is "the accord", not the sentence's subject.
            while (later := p.search(text, m.start() + 1, offset)) is not None:
                m = later
        # A noun and a participle opening the sentence are its subject and its verb ("The
        # talks collapsed in 2019.", "The government said on Monday it would ..."), unless
        # a verb of the sentence follows the date: "The deal signed in 2015 ended the war".
        if m and not (i == _NOUN_PARTICIPLE and _opens_sentence(text, m.start()) and not _verb_after().match(text, end)):
            found.append(m.start())
    return min(found) if found else None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a noun phrase at `at` opens its sentence: nothing before it but a wire's dateline and a head
    noun with its preposition ("TRIPOLI, March 10 (Crude Report) - Production at the Waha oilfield resumed
    on Monday": the oilfield's phrase is the subject's, its verb the sentence's)."""
    dateline = _WIRE_DATELINE.match(text, 0, at)
    before = text[dateline.end() if dateline else 0:at]
    return not before.strip(_NOT_WORDS) or _HEAD_AND_PREPOSITION.fullmatch(before.lstrip(_NOT_WORDS)) is not None


_HEAD_AND_PREPOSITION = lazy_compile(r"[A-Z][\w’'-]*\s+(?:at|in|of|on|from|for|near|across)\s+")


_NOUN_PARTICIPLE = 2  # the index of "a deal signed in December" among _subordinate_patterns
_NOT_WORDS = " \t\n-–—•*\"“‘'(["


@lru_cache(maxsize=1)
def _verb_after() -> re.Pattern[str]:
    """The main verb right after a date (an agent or place between): "... in 2015 ended", "... in 2020 has held"."""
    return re.compile(rf"{_AGENT}\s*(?:[a-z]+ly\s+)?(?:has|have|had|was|were|is|are|will|would|could|can|did|does|do"
                      rf"|remains?|remained|[a-z]{{3,}}ed|{verb_forms('past')})\b")


# Quoted speech was spoken at a time the article does not always give: a "tomorrow" or "next
# week" inside it promises, it does not date.
_QUOTED_FUTURE = lazy_compile(r"(?:tomorrow|tonight|next\s+\w+|the\s+coming\s+\w+)$", re.IGNORECASE)


# The speaker's own day inside a quote ("today", "this morning"): the day the words were spoken.
_SPEAKERS_TODAY = lazy_compile(r"(?:(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))$", re.IGNORECASE)
# A day named from the speaker's today: "today", "yesterday", "last night", "this morning".
_SPEAKERS_DAY = lazy_compile(r"(?:(?:earlier\s+|later\s+)?today|yesterday(?:\s+\w+)?|last\s+night|this\s+(?:morning|afternoon|evening)"
                           r"|the\s+day\s+before\s+yesterday)$", re.IGNORECASE)


def _in_quotes(sentence: str, offset: int) -> bool:
    """Whether an offset of a sentence stands inside quotation marks."""
    head = sentence[max(0, offset - 400):offset]  # a quote's opening mark is near; bounded for long text
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _speakers_days(sentence: str, found: list[tuple[int, TimeExpr]], ref: datetime.date | None) -> list[tuple[int, TimeExpr]]:
    """Count "today" and "yesterday" inside quoted speech from the day the speech was given,
    when the sentence's reporting clause dates it: '"Yesterday, our forces repelled an attack,"
    the spokesman said on Saturday' tells of the Friday, not of the day before the report."""
    if ref is None:
        return found
    spoken = next((date_bounds(e.value) for o, e in found if e.precision == "day" and not _in_quotes(sentence, o)
                   and not _SPEAKERS_DAY.search(e.text)), None)
    if spoken is None:
        return found
    shift = spoken[0] - ref
    out = []
    for o, e in found:
        if e.relative and e.precision == "day" and _SPEAKERS_DAY.search(e.text) and _in_quotes(sentence, o):
            day = date_bounds(e.value)
            if day is not None:
                e = replace(e, value=(day[0] + shift).isoformat())
        out.append((o, e))
    return out


def _quoted_future(sentence: str, offset: int, expr: TimeExpr) -> bool:
    """Whether a relative date pointing ahead stands inside quotation marks."""
    if not expr.relative or not _QUOTED_FUTURE.search(expr.text):
        return False
    head = sentence[max(0, offset - 400):offset]  # a quote's opening mark is near; bounded for long text
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _ahead_of_publication(events: list[Event], published: str | None, told_past: Set[int] = frozenset()) -> list[Event]:
    """Make `scheduled` the rows dated wholly after their article was published.

    Nothing a report states can have happened, begun or been named as past after it was
    written: "elections on 24 December" in a November article, "the summit in Cairo next
    month", "the 2026 budget", "talks starting in June", whatever tense or form the clause
    is read in, are planned.  But a page updated after the date it gives goes on with its
    story: an event told in the past (`told_past`, indices of events) within FILING_DAYS after
    that date ("The ceasefire mostly held through the day of 16 August" on a page of 15 August)
    happened.
    """
    bounds = date_bounds(published) if published else None
    if bounds is None:
        return events
    updated = bounds[1] + datetime.timedelta(days=FILING_DAYS)
    for i, e in enumerate(events):
        if e.dated_by != "publication" and e.bounds[0] > bounds[1]:
            if i in told_past and e.kind == "event" and e.bounds[1] <= updated:
                continue
            e.kind = "scheduled"
    return events


@lru_cache(maxsize=1)
def _planned_day_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun of a day set beforehand right before its date (data/scheduled_cues.toml `plan_after`; a
    phrase opened by a preposition, up to three words, may stand between: "elections in Zawiya on
    Sunday"), and the words telling it held (`held_words`).  Not the noun modifying another ("an election
    law on Tuesday": the law's day)."""
    nouns = [w for e in vocab.entries("scheduled_cues") for w in e.get("plan_after", ())]
    noun = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
                      + r")\b(?:\s+(?:in|at|across|throughout|of|for)\b(?:\s+[\w-]+){1,3}?)?"
                      r"\s+(?:in|on|for|by|of|this|next)\s+$", re.IGNORECASE)
    held = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                          for w in vocab.words("scheduled_cues", "held_words")) + r")\b", re.IGNORECASE)
    return noun, held


def _planned_by_tense_alone(sentence: str, offset: int, expr: TimeExpr, published_start: datetime.date) -> bool:
    """Whether a date read as planned ends before its article was published and was read so by the
    tense of its clause alone, no word of a plan before it: the tense is the telling's, the date
    that of what the clause names ("The mission is following with concern the escape from the prison
    on 12 January and urges the authorities to act", "will brief the council on the attack on 11
    May" in a later article).  A plan told as one ("was set for 3 May", "was to vote on 12 May")
    stays planned: what was planned need not have happened."""
    span = date_bounds(expr.value)
    if span is None or span[1] >= published_start:
        return False
    end = offset + len(expr.text)
    return not (_says_a_plan(sentence, offset, expr) or _AS_THE_DATE.match(sentence, end)
                or (expr.relative and _STILL_AHEAD.match(expr.text)))


def _set_day_ahead(events: list[Event], published: str | None, text: str) -> list[Event]:
    """Make `scheduled` the rows of a day set beforehand dated by a period the article was written in
    and told as no held one: "many question the likelihood of presidential elections in 2023" in a
    February 2023 article (a row dated wholly after it is planned already: _ahead_of_publication)."""
    bounds = date_bounds(published) if published else None
    if bounds is None:
        return events
    noun, held = _planned_day_words()
    for e in events:
        if e.kind != "event" or e.dated_by == "publication" or e.at_end <= e.at:
            continue
        if not (e.bounds[0] <= bounds[0] and bounds[1] <= e.bounds[1]):
            continue  # not a period holding the publication
        if noun.search(text, max(e.start, e.at - 60), e.at) and not held.search(text, e.start, e.end) \
                and not _past_verb_after(text, e.at_end):
            e.kind = "scheduled"
    return events


def _past_verb_after(text: str, end: int) -> bool:
    """Whether a verb in the past follows a date right away: the date is of what it tells ("the election
    commission on Monday delayed the vote"), whatever noun stands before it."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and (m.group(1).endswith("ed") or _irregular_past().fullmatch(m.group(1)) is not None
                              or (m.group(1) in SAME_AS_PRESENT
                                  and not _TO_AFTER.match(text, m.end())))  # not "elections in May set to go ahead"


_TO_AFTER = lazy_compile(r"\s+to\b")


_WORD_AFTER = lazy_compile(r"\s+([a-z]+)\b")
# A body's seat before "in <Place>" ("the embassy in Tripoli said"): residents or witnesses in a town are there.
_SEAT_BEFORE = lazy_compile(r"\b(?:embassy|consulate|mission|office|ministry|bureau|delegation|headquarters)\s+$",
                            re.IGNORECASE)


def _past_in_passing(events: list[Event], in_passing: set[int], aside: set[int],
                     ref: datetime.date | None, named_past: frozenset[int] | set[int] = frozenset()) -> list[Event]:
    """Make `background` the events a news report names in passing, long before its news.

    An article whose rows include something within BACKGROUND_DAYS of its publication
    reports news; an event of it dated more than that before the publication, whose date
    does not open its sentence and stands in a clause set under another ("..., elected in
    2014, ...", "a deal signed in December"), is context, not the news; so is one told in a
    past passive ("The council was formed in 2015", "she was elected in 2021 and ...")
    when it lies more than ASIDE_DAYS before.  A portrait or a history (no row near its
    publication) keeps its events.  An article of unknown date is taken to be of the latest
    date it states.
    """
    if not in_passing and not aside:
        return events
    if ref is None:
        # An article of unknown date is read from the latest date it states.
        ref = max((e.bounds[0] for e in events if e.dated_by == "stated"), default=None)
        if ref is None:
            return events
    near = ref - datetime.timedelta(days=BACKGROUND_DAYS)
    if not any(e.bounds[1] >= near for e in events if e.kind in ("event", "scheduled")):
        return events
    far = ref - datetime.timedelta(days=ASIDE_DAYS)
    for i in in_passing | aside:
        e = events[i]
        lo, hi = e.bounds
        if i in named_past and hi < ref:
            e.kind = "background"  # "the May 2025 clashes": named as a past, however recent
        elif lo + (hi - lo) / 2 < (near if i in in_passing else far):  # "a year ago", "in 2021": the middle of the span
            e.kind = "background"
    return events


def _short_statement(text: str) -> bool:
    """Whether a sentence with few lower-case words is still a statement: one with a verb among
    names ("On Tuesday, Haftar visited Moscow.") ends as a sentence does, a dateline or credit
    does not ("BENGHAZI, May 7 (Reuters) -", "Photo: AFP").

    >>> _short_statement("On , Haftar visited Moscow.")
    True
    >>> _short_statement("BENGHAZI,  (Reuters) -")
    False
    """
    return bool(TERMINAL.search(text)) and prose_words(text) >= 1 and len(text.split()) >= 4


@lru_cache(maxsize=1)
def _ignored_words() -> frozenset[str]:
    """Stems no clause is compared by: stop words and report verbs (data/report_words.toml)."""
    from .fts import stem
    from .text import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset(stem(w) for w in vocab.entry_words("report_words"))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of the titles of data/titles.toml, lower case, and their stems ("minister", "governor")."""
    from .fts import stem

    words = {w for title in vocab.words("titles", "titles") for w in title.lower().replace("-", " ").split()}
    return frozenset(words | {stem(w) for w in words})


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str] | None:
    """The words one of which begins every match of _titles_before (text.may_match)."""
    return first_words(_title_words())


@lru_cache(maxsize=1)
def _titles_before() -> re.Pattern[str]:
    """Title words ending a text: "Prime Minister " before a name (see _compared), with the portfolio
    after "of" that some write it with ("Minister of Foreign Affairs ", data/titles.toml `portfolio_words`)."""
    words = sorted(_title_words(), key=len, reverse=True)
    portfolio = sorted((w.lower() for w in vocab.words("titles", "portfolio_words")), key=len, reverse=True)
    return re.compile(r"(?:\b(?:%s)\.?[ \t\u00a0]+)+(?:of[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:%s)[ \t\u00a0]+)+)?$"
                      % ("|".join(map(re.escape, words)), "|".join(map(re.escape, portfolio))), re.IGNORECASE)


def _content(text: str) -> list[str]:
    """The content words of a clause as stems, in order, without stop words, report verbs and numbers."""
    from .text import WORD_RE

    phrases, longest = _concept_phrases()
    describing = _describing()
    starts = _phrase_starts()
    # The terms of text.tokenize (without the offsets it would make), capitalised calendar names left out.
    # A title before a capitalised word heads a name ("Health Minister Jane Roe", "General Roe"):
    # the name is what is compared.  A title alone names what the event is about ("named a new
    # prime minister", "sacked the governor", "the Minister of Health"): it is a content word.
    raw = WORD_RE.findall(text)
    terms: list[str] = []
    stems: list[str] = []
    words: list[str | None] = []
    info = _content_term
    last = len(raw) - 1
    for j, word in enumerate(raw):
        got = info(word)
        if got is None:
            continue
        if got[2] and j < last and raw[j + 1][:1].isupper():
            continue
        terms.append(got[0])
        stems.append(got[1])
        words.append(got[3])
    out: list[str] = []
    split = _split_phrases()
    rests: set[int] = set()  # where the rest of a phrase written with " ... " stands, taken with its head
    kept = 0  # up to where a phrase that keeps its words (_phrases_with_words) stands: its words, one by one
    i = 0
    while i < len(terms):
        if i in rests:
            i += 1
            continue
        # "took control", "assumed command": a phrase of several words is one kind of happening.
        for n in range(min(longest, len(terms) - i) if stems[i] in starts and i >= kept else 0, 1, -1):
            concept = phrases.get(tuple(stems[i:i + n]))
            took = n
            # One describing word inside the phrase ("took full control", "exchanged heavy fire"):
            # an adjective or adverb of degree or manner does not change what happened.  Only one of
            # data/event_words.toml `describing`: another word may open a noun phrase ("met
            # Egyptian opposition figures" is no "met opposition").
            if not concept and i + n < len(terms) and terms[i + 1] in describing:
                concept = phrases.get((stems[i], *stems[i + 2:i + n + 1]))
                took = n + 1
            if concept:
                if concept not in out:
                    out.append(concept)
                if took == n and tuple(stems[i:i + n]) in _phrases_with_words():
                    kept = i + n  # "lifted force majeure": the kind, and the phrase's own words after it
                    break
                i += took
                break
        else:
            found = _split_phrase_at(stems, i, split) if stems[i] in split else None
            if found:
                # "two dams above the town gave way": the kind in the head's place, the words between kept.
                if found[0] not in out:
                    out.append(found[0])
                rests.update(found[1])
                i += 1
                continue
            w = words[i]
            if w is not None and w.startswith("=") and (_attributive_participle(terms, i)
                                                         and _written_together(text, terms[i - 1], terms[i])
                                                         or _demanded(terms, i)
                                                         or w == _RELEASE and _released_thing(terms, i)):
                # "an elected government", "the seized vessel", "to demand the release of": a thing, not a happening
                w = stems[i]
            i += 1
            if w is not None and w not in out:
                out.append(w)
    return out


@lru_cache(maxsize=131072)
def _content_term(word: str) -> tuple[str, str, bool, str | None] | None:
    """(term, stem, whether it is a title's word, what it adds to the content words: _content_word)
    of a word as written, worked out once per word (_content asks it of every word of every clause
    several times); None for a word left out (no term, a capitalised calendar name)."""
    from .fts import stem
    from .text import word_term

    term = word_term(word)
    if not term or (word[0].isupper() and is_calendar_name(term)):
        return None
    titles = _title_words()
    stemmed = stem(term)
    return term, stemmed, term in titles or stemmed in titles, _name_word(term) if word[0].isupper() else _content_word(term)


def _name_word(term: str) -> str | None:
    """What a word of a name adds to a clause's content words: its content word (_content_word), a
    name's one spelling for all its spellings (_one_spelling)."""
    content = _content_word(term)
    if content is None or content[0] == "=":
        return content
    return _one_spelling(term) or content


def _name_stem(term: str) -> str:
    """The stem a word of a name stands as among content words: its name's one spelling (_one_spelling), else its stem."""
    from .fts import stem

    return _one_spelling(term) or stem(term)


@lru_cache(maxsize=65536)
def _one_spelling(term: str) -> str | None:
    """The stem merging compares a capitalised name by when it is a spelling of a name of the variant
    table (names.spellings_of, the shipped table only): "Gharian" and "Gheryan" are the town "Gharyan"
    is, "Hifter" the name "Haftar" is.  Of the group's spellings of letters only, the stem of the
    commonest English word ("Tripoli", not "Tarablus"), else the first in alphabetical order, so every
    spelling weighs as the group's commonest (word_weight: the lowest of its spellings' weights); None for
    a word of no group.

    >>> _one_spelling("gharian") == _one_spelling("garian"), _one_spelling("tarablus"), _one_spelling("fighting")
    (True, 'tripoli', None)
    """
    from .fts import stem
    from .names import spellings_of

    spellings = spellings_of(term)
    stems = sorted({stem(s) for s in spellings or () if s.isalpha()})
    if not stems:
        return None
    zipf = _zipf_of_stems()
    return max(stems, key=lambda s: zipf.get(s, UNLISTED_ZIPF))


@lru_cache(maxsize=1)
def _broader() -> dict[str, tuple[str, ...]]:
    """Kind of happening -> the other kinds its words also name (the `also` of data/event_words.toml)."""
    return {"=" + e["concept"]: tuple("=" + c for c in e["also"]) for e in vocab.entries("event_words") if "also" in e}


def _written_together(text: str, first: str, second: str) -> bool:
    """Whether two words stand side by side in text, a space or two between: not "The Prime Minister,
    Jane Roe, dismissed" or "The Prime Minister discussed", whose names and titles merging masks out
    with spaces (_compared), leaving "The ... dismissed".

    >>> _written_together("the seized vessel", "the", "seized"), _written_together("The  ,  , dismissed", "the", "dismissed")
    (True, False)
    >>> _written_together("The                discussed", "the", "discussed")
    False
    """
    return re.search(rf"(?<![\w'’-]){re.escape(first)}\s{{1,3}}{re.escape(second)}(?![\w'’-])", text, re.IGNORECASE) is not None


_RELEASE = "=release"


@lru_cache(maxsize=1)
def _released() -> tuple[frozenset[str], frozenset[str]]:
    """The things a body releases and the words that may stand before them (data/event_words.toml
    `released_things`, `released_fillers`)."""
    return frozenset(vocab.words("event_words", "released_things")), frozenset(vocab.words("event_words", "released_fillers"))


def _released_thing(terms: list[str], i: int) -> bool:
    """Whether the release's word terms[i] has a thing released after it, up to three fillers or figures
    between: "released a statement", "released 2 billion dinars"; not "released the two engineers".

    >>> _released_thing("the ministry released a short statement".split(), 2)
    True
    >>> _released_thing("gunmen released the two engineers".split(), 1)
    False
    """
    things, fillers = _released()
    j = i + 1
    while j < len(terms) and j - i <= 3 and (terms[j] in fillers or terms[j].replace(".", "").replace(",", "").isdigit()):
        j += 1
    return j < len(terms) and terms[j] in things


@lru_cache(maxsize=1)
def _demanding() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of demanding a thing, those demanding it after "for", and the words that may stand
    between them and the thing (data/event_words.toml `demanding`, `demanding_for`, `demanded_fillers`)."""
    return tuple(frozenset(vocab.words("event_words", key))
                 for key in ("demanding", "demanding_for", "demanded_fillers"))  # type: ignore[return-value]


def _demanded(terms: list[str], i: int) -> bool:
    """Whether terms[i] names what is demanded: right after a word of demanding, or of calling and
    "for", with up to three determiners or describing words between.

    >>> _demanded("to demand the immediate release of".split(), 4), _demanded("called for the release".split(), 3)
    (True, True)
    >>> _demanded("ordered the release of".split(), 2), _demanded("called the release".split(), 2)
    (False, False)
    """
    demanding, demanding_for, fillers = _demanding()
    j = i - 1
    while j >= 0 and i - j <= 3 and terms[j] in fillers:
        j -= 1
    if j < 0:
        return False
    return terms[j] in demanding or (terms[j] == "for" and j > 0 and terms[j - 1] in demanding_for)


# Determiners before a participle used as an adjective ("an elected government").
_ATTRIBUTIVE_DETERMINERS = frozenset(("a", "an", "the", "its", "his", "her", "their", "this", "that", "newly"))


def _attributive_participle(terms: list[str], i: int) -> bool:
    """Whether terms[i] is a past participle between a determiner and the noun it describes.

    >>> _attributive_participle(["an", "elected", "government"], 1), _attributive_participle(["was", "elected", "in"], 1)
    (True, False)
    """
    from .text import STOP_WORDS

    return (terms[i].endswith("ed") and i > 0 and terms[i - 1] in _ATTRIBUTIVE_DETERMINERS
            and i + 1 < len(terms) and terms[i + 1] not in STOP_WORDS)


@lru_cache(maxsize=65536)
def _content_word(term: str) -> str | None:
    """The stem (or kind of happening) one term adds to a clause's content words; None for none (worked out once per term)."""
    from .fts import stem

    ignored = _ignored_words()
    w = stem(term)
    if not term.isalpha() or len(term) <= 2:
        return None
    if term in ignored or w in ignored:
        # A kind's own word counts though its stem is a report verb's ("accord", stemmed as
        # "according" is): the word list names it as written.
        return None if term in _unlisted_ignored() else _listed_terms().get(term)
    if term in _unlike_terms():
        return w  # "closely" is no closure, though its stem is "closed"'s
    concept = _concept_terms().get(term) or _concepts().get(w)
    if concept:
        return concept
    # An irregular form is its verb's (data/verb_forms.toml `bases`): "swore" and "sworn" are
    # "swear", which the stemmer cannot see; the form's own kind, if listed, came first.
    base = _verb_bases().get(term)
    if base is None:
        return w
    lemma = stem(base)
    return None if lemma in ignored else _concepts().get(lemma, lemma)


@lru_cache(maxsize=1)
def _verb_bases() -> dict[str, str]:
    """Irregular past form -> its verb's base form (data/verb_forms.toml `bases`)."""
    return vocab.mapping("verb_forms", "bases")


@lru_cache(maxsize=1)
def _unlike_terms() -> frozenset[str]:
    """Words whose stem is a kind's word's but which say no such happening (data/event_words.toml, an
    entry's `unlike`: "closely", "closer" of the closure's "closed")."""
    return frozenset(w.lower() for e in vocab.entries("event_words") for w in e.get("unlike", ()))


@lru_cache(maxsize=1)
def _concept_terms() -> dict[str, str]:
    """Word as listed -> kind of happening, for the words whose stem two kinds share ("elected" an
    appointment, "elections" an election): a listed word is its own entry's, as written; another
    form of the stem ("set to elect new councils") keeps the stem's kind (_concepts: the last listed)."""
    from .fts import stem

    kinds: dict[str, set[str]] = {}
    for e in vocab.entries("event_words"):
        for w in e["words"]:
            kinds.setdefault(stem(w.lower()), set()).add(e["concept"])
    return {w.lower(): "=" + e["concept"] for e in vocab.entries("event_words") for w in e["words"]
            if len(kinds[stem(w.lower())]) > 1}


@lru_cache(maxsize=1)
def _unlisted_ignored() -> frozenset[str]:
    """The ignored words as written (_ignored_words holds stems): stop words and report verbs."""
    from .text import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset(w.lower() for w in vocab.entry_words("report_words"))


@lru_cache(maxsize=1)
def _listed_terms() -> dict[str, str]:
    """Word as listed in data/event_words.toml -> its kind of happening."""
    return {w.lower(): "=" + e["concept"] for e in vocab.entries("event_words") for w in e["words"]}


@lru_cache(maxsize=1)
def _phrase_starts() -> frozenset[str]:
    """The first stems of the phrases of _concept_phrases: only there can a phrase begin."""
    return frozenset(k[0] for k in _concept_phrases()[0])


@lru_cache(maxsize=1)
def _concepts() -> dict[str, str]:
    """Stem -> kind of happening (data/event_words.toml), marked so it never equals a word."""
    from .fts import stem

    return {stem(w.lower()): "=" + e["concept"] for e in vocab.entries("event_words") for w in e["words"]}


@lru_cache(maxsize=1)
def _describing() -> frozenset[str]:
    """The describing words that may stand inside a phrase of happening (data/event_words.toml `describing`)."""
    return frozenset(w.lower() for w in vocab.words("event_words", "describing"))


@lru_cache(maxsize=1)
def _concept_phrases() -> tuple[dict[tuple[str, ...], str], int]:
    """Stems of a phrase -> kind of happening (the `phrases` of data/event_words.toml), and the longest phrase's length."""
    from .fts import stem
    from .text import terms

    table = {tuple(stem(w) for w in terms(p)): "=" + e["concept"]
             for e in vocab.entries("event_words") for p in (*e.get("phrases", ()), *e.get("phrases_with_words", ()))
             if " ... " not in p}
    return table, max((len(k) for k in table), default=0)


@lru_cache(maxsize=1)
def _phrases_with_words() -> frozenset[tuple[str, ...]]:
    """Stems of the phrases that tell a kind and keep their own words as content words too (the
    `phrases_with_words` of data/event_words.toml: "lifted force majeure")."""
    from .fts import stem
    from .text import terms

    return frozenset(tuple(stem(w) for w in terms(p)) for e in vocab.entries("event_words")
                     for p in e.get("phrases_with_words", ()))


# Words a phrase written with " ... " may hold between its head and the rest ("two dams in the hills
# above the town gave way": data/event_words.toml `phrases`); not "the dam project was delayed after
# talks with the contractor collapsed".
PHRASE_GAP = 6
# ... and between a head of several words and the rest: a name with its post or an article and a
# possessive ("an attempt on the interior minister's life"), not a clause ("an attempt on the budget
# failed, and life went on").
HEADED_PHRASE_GAP = 3


@lru_cache(maxsize=1)
def _split_phrases() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]]:
    """First stem of the head of a phrase written with " ... " -> (stems of the head's other words,
    stems of the rest, kind of happening) of each ("attempt on ... life": "attempt" -> ("on",), ("life",))."""
    from .fts import stem
    from .text import terms

    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str]]] = {}
    for e in vocab.entries("event_words"):
        for p in e.get("phrases", ()):
            if " ... " in p:
                head, rest = p.split(" ... ", 1)
                first, *others = [stem(w) for w in terms(head)]
                table.setdefault(first, []).append(
                    (tuple(others), tuple(stem(w) for w in terms(rest)), "=" + e["concept"]))
    return {k: tuple(v) for k, v in table.items()}


def _split_phrase_at(stems: list[str], i: int, split: dict) -> tuple[str, tuple[int, ...]] | None:
    """The kind and the places of the rest of a phrase written with " ... " whose head begins at
    stems[i], if the head's other words follow it and the rest follows within PHRASE_GAP words."""
    for head, rest, concept in split.get(stems[i], ()):
        after = i + 1 + len(head)
        if tuple(stems[i + 1:after]) != head:
            continue
        n = len(rest)
        gap = HEADED_PHRASE_GAP if head else PHRASE_GAP
        for j in range(after, min(after + 1 + gap, len(stems) - n + 1)):
            if tuple(stems[j:j + n]) == rest:
                return concept, (*range(i + 1, after), *range(j, j + n))  # the words between are kept
    return None


def _without(text: str, found: list[tuple[int, TimeExpr]]) -> str:
    """The text with its date expressions cut out."""
    out, last = [], 0
    for offset, e in found:
        if offset >= last:
            out.append(text[last:offset])
            last = offset + len(e.text)
    out.append(text[last:])
    return " ".join(out)


def _with_actors(index: CorpusIndex, doc_id: str, events: list[Event], named: Any = None) -> list[Event]:
    """Name the participants of each event's clause as they were called at its date (actors.participants).

    `named`: (actors, registry, the document's mentions) when the caller holds them (the
    actor layer is being built: see _prepared_riding); else read from the actor layer.
    """
    from .actors import MentionWindows, actor_table, doc_mentions, participants, post_states, registry_of

    if not events:
        return events  # a document without dated sentences is not read
    doc = index.documents[doc_id]
    if named is None:
        actors, registry = actor_table(index).actors, registry_of(index)
        mentions = doc_mentions(index, doc.id)
    else:
        actors, registry, mentions = named
    spans = {s.index: (s.start, s.end) for s in index.doc_sentences(doc.id)}
    windows = MentionWindows(mentions)  # each event looks at the mentions near its clause, not at all of them
    for event in events:
        # The actors of an event are those of its dated clause, not of the whole sentence.
        start, end = (event.start, event.end) if event.end > event.start else spans.get(event.sentence, (0, 0))
        backdrop: list[str] = []
        pairs = participants(doc.text, mentions, actors, registry, start, end, event.date,
                             event.at, event.at_end, event.kind == "background", backdrop, windows)
        event.actors = [a for a, _ in pairs]
        event.actor_names = [name for _, name in pairs]
        _compared(doc.text, windows.near(start - 1, end + 1), event, start, end, actors)
        # "Haftar's forces" and "the LNA" are one side: an actor and those it belongs to.  The
        # person whose fall sets the date's time ("since the 2011 revolt that toppled Gaddafi")
        # takes no part, but reports of that time are compared by him, as when he was an actor.
        # So is a person and the state whose post heads the name ("her Greek counterpart, Mrs. Jane
        # Roe": the Greek side), though the state itself takes no part.
        own = [m for m in windows.near(start - 1, end + 1) if m.actor in event.actors]
        event.sides = sorted({*event.actors, *backdrop, *(f for a in event.actors if a in actors
                                                          for f in actors[a].affiliations if f in actors),
                              *(post_states(doc.text, own, actors, registry, start, end, _HOME_STATE) if own else ())})
    return events


_HOME_STATE = vocab.table("event_words")["home_state"]  # the desk's state (data/event_words.toml), its registry id


POST_STEMS = 2  # content stems a post needs to stand for its holder ("health minister", not "president")
CORE_WORDS = 5  # content words (or names) on each side of a date that make up its phrase
# "Wednesday's measures", "the June 15 escalation": a date that modifies a noun names an event.
_POSSESSIVE_NOUN_AFTER = lazy_compile(r"[’']s\s+([a-z]+)")
_MODIFIED_AFTER = lazy_compile(r"\s+([a-z]+)\b(?![’'-])")
_THE_BEFORE = lazy_compile(r"\bthe\s+$")


@lru_cache(maxsize=1)
def _post_fillers() -> frozenset[str]:
    """The stems of the portfolio words one naming of a post leaves out (data/titles.toml `post_fillers`)."""
    from .fts import stem

    return frozenset(stem(w) for w in vocab.words("titles", "post_fillers"))


@lru_cache(maxsize=1)
def _opposite_ends() -> tuple[tuple[str, str], ...]:
    """The kinds of happening that are the two ends of one thing (data/event_words.toml `opposite_ends`)."""
    return tuple(("=" + a, "=" + b) for a, b in vocab.table("event_words").get("opposite_ends", ()))


def _other_ends(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether two reports tell the two ends of one thing, each only its own: a closure and a reopening,
    a kidnapping and a release (a report telling both may be either's)."""
    for x, y in _opposite_ends():
        if (x in ka and y not in ka and y in kb and x not in kb) or (y in ka and x not in ka and x in kb and y not in kb):
            return True
    return False


STORY_TOWN_REACH = 400  # characters back, within the paragraph, where a clash naming no town finds its town


# A town named again by its noun ("in the city", "across the town"), not "the city of X".
_TOWN_AGAIN = lazy_compile(r"\b(?:in|at|near|outside|across|around|inside)\s+the\s+(?:city|town|village|oasis)\b(?!\s+of\b|['’])")


def _town_told_before(text: str, start: int, states: set[str]) -> list[str]:
    """The town a clash naming none is in: the one town the paragraph names in the STORY_TOWN_REACH
    characters before it ("... the leader of a powerful militia in Tripoli, was assassinated.
    - Fighting occurred throughout the evening of 12 May"); none when it names none or several (a
    blank line ends a paragraph; the lines of a bullet list are one).

    >>> t = "A militia leader was killed in Tripoli.\\n- Fighting occurred throughout the evening."
    >>> _town_told_before(t, t.index("Fighting"), set())
    ['tripoli']
    """
    lo = max(0, start - STORY_TOWN_REACH, text.rfind("\n\n", 0, start) + 2)
    # A town set as a reference point is no town anything happened in: "in three towns west of Tripoli,
    # including Zawiya" names no one town a clash after it is in.
    before = _DIRECTION_OF.sub(lambda m: " " * len(m.group()), text[lo:start])
    # A state is no town ("in eastern Libya"), whether or not the clause names it.
    towns = {p for p in located(before) if p not in states and not _is_site(p) and not _is_region(p)
             and (_content_word(p) or p) not in _state_words()}
    return sorted(towns) if len(towns) == 1 else []


def _inside_a_name(text: str, start: int, end: int, place: str, inside: list) -> bool:
    """Whether a place the clause text[start:end] names stands inside a participant's name, not where
    anything happened: "the United Nations Support Mission in Libya is alarmed by ..."."""
    low, size = text[start:end].lower(), len(place)  # the clause only: this runs for every event's places
    at = low.find(place)
    if at < 0:
        return False
    while at >= 0:
        # Every time the clause names it, inside a longer name (a place's own mention is no such name).
        if not any(m.start <= start + at and start + at + size <= m.end and m.end - m.start > size for m in inside):
            return False
        at = low.find(place, at + size)
    return True


_NIGHT = "|".join(map(re.escape, vocab.words("adverbials", "night_words")))
_NIGHT_IN = lazy_compile(rf"\b(?:{_NIGHT})\b", re.IGNORECASE)
# The evening's day named with the night: "last night", "tonight", a day in the phrase ("Sunday
# night", "the night of 3 May"), or "the night of/from/between" right before the date.
_EVENING_NAMED = lazy_compile(r"\btonight\b|\b(?:last|that|same|previous|preceding|following|next)\s+night\b"
                              rf"|\b{_WEEKDAY}\b|\d", re.IGNORECASE)
_NIGHT_BEFORE = lazy_compile(rf"\b(?:{_NIGHT})\s+(?:of|from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_NIGHT_AFTER = lazy_compile(rf"[ \t]+(?:{_NIGHT})\b", re.IGNORECASE)


def _night_told(text: str, at: int, at_end: int) -> int:
    """Whether the date text[at:at_end] is told as a night's (data/adverbials.toml `night_words`),
    and by which of its days (see Event.night): 1 by the evening's ("last night, Sunday", "Sunday
    night", "the night from Monday to Tuesday"), -1 by the morning's ("overnight", "during the
    night": the narrative's day, a morning report's; "that night", "the previous night" are the
    narrative's evening: 1), else 0 ("overnight on Sunday" too: the night into Sunday or out of it).

    >>> t = "Clashes erupted during the night from Monday to Tuesday."
    >>> _night_told(t, t.index("Monday"), t.index("Monday") + 6), _night_told("Talks opened on Monday.", 16, 22)
    (1, 0)
    >>> _night_told("Fighting killed six overnight, medics said.", 20, 29)
    -1
    """
    if at_end <= at:
        return 0
    if _NIGHT_IN.search(text, at, at_end):
        named = _EVENING_NAMED.search(text, at, at_end)
        if "overnight" in text[at:at_end].lower():
            return 0 if named else -1  # "overnight on Sunday": into Sunday or out of it, no telling
        return 1 if named else -1
    if _NIGHT_BEFORE.search(text, max(0, at - 30), at) or _NIGHT_AFTER.match(text, at_end):
        return 1
    return 0


def _bounds_of(date: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day a TIMEX3 value covers; all time for one that has none."""
    return date_bounds(date) or (datetime.date.min, datetime.date.max)


def _spanned(date: str, night: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day a date covers, a night's both its days (Event.night)."""
    lo, hi = _bounds_of(date)
    if night and lo == hi and datetime.date.min < lo < datetime.date.max:
        return (lo, lo + datetime.timedelta(days=1)) if night > 0 else (lo - datetime.timedelta(days=1), lo)
    return lo, hi


def _compared(text: str, mentions: Any, event: Event, start: int, end: int, actors: Any = None) -> None:
    """Set what merging compares of an event: its clause's content words with names left out, the
    names in it (places too), the places it happened at (not a country: see below), the words and
    names of its date's phrase, and the noun its date modifies."""
    from .fts import stem
    from .text import STOP_WORDS

    inside = [m for m in mentions if m.start >= start and m.end <= end]
    # Names are compared as actors: the words merging compares are the rest of the clause.
    clause = list(text[start:end])
    heads = _titles_before()
    posts = []
    for m in inside:
        # The titles heading a name go with it ("Prime Minister" of "Prime Minister Jane Roe").
        lo = m.start
        title = heads.search(text, max(start, m.start - 60), m.start) if may_match(
            _title_keys(), text, max(start, m.start - 60), m.start) else None
        if title is not None:
            lo = title.start()
            stems = {w for w in _content(title.group().lower()) if w[0] != "="} - _post_fillers()
            post = " ".join(sorted(stems))
            # A post of one word ("President", "Minister") is as coarse as a name of one word
            # (_name_stems): any report of any president would share it.
            if len(stems) >= POST_STEMS:
                posts.append(f"{m.actor}\t{post}")
        clause[lo - start:m.end - start] = " " * (m.end - lo)
    event.posts = sorted(set(posts))
    event.night = _night_told(text, event.at, event.at_end) if event.precision == "day" else 0
    dateline = _WIRE_DATELINE.match(text, start, end)
    if dateline is not None and dateline.group("agency"):
        # "TRIPOLI, Jan 20 (Crude Desk) -": who filed the copy, nothing it tells.
        lo, hi = dateline.span("agency")
        clause[lo - start:hi - start] = " " * (hi - lo)
    masked = "".join(clause)
    event.words = _content(masked)
    taken = "=seizure" in event.words and _person_seized(text, inside, actors, start, end)
    if taken:
        event.words = _taken_by_force(event.words)
    if "=sentencing" not in event.words and _term_given().search(text, start, end):
        event.words.append("=sentencing")
    if "=meeting" not in event.words and _receives_someone(text, start, end, inside, actors):
        event.words.append("=meeting")
    if "=briefing" not in event.words and _briefs_a_body(text, start, end):
        event.words.append("=briefing")
    event.names = sorted({m.actor for m in inside})
    # A country is too coarse a place to tell two events apart, and it holds the towns other
    # reports name ("the civil war in Libya", "the summit in Berlin" of one day's deal).
    states = {" ".join(m.text.lower().split()) for m in inside
              if actors is not None and m.actor in actors and actors[m.actor].kind == "state"}
    found = located(text[start:end])
    # The town of a part of a town the clause names is where too, though a participant's name holds it
    # ("the Zawiya Coast Battalion and the 103rd fight in al-Harsha": in Zawiya, data/places.toml parts_of).
    implied = {_town_of_part(q) for q in found}
    event.where = [p for p in found if p not in states and (p in implied or not _inside_a_name(text, start, end, p, inside))] \
        or _site_named_before(text, start, end)
    if not event.where and (set(event.words) & _town_day_kinds() or _TOWN_AGAIN.search(text, start, end)):
        # A clash naming no town, or "the outbreak was declared in the city on Tuesday": the town the
        # paragraph named before it.
        event.where = _town_told_before(text, start, states)
    if not event.where:
        event.where = own_town(text[start:end], [m.text for m in inside])  # a municipality's post: "... witnessed by the city"
    event.core, event.ref = list(event.words), ""
    if not start <= event.at < event.at_end <= end:
        if event.at == event.at_end:
            event.reacts = _reacts(masked, 0, 0)  # no date of its own: its first words tell (_reacts)
        return
    at, at_end = event.at - start, event.at_end - start
    backdrop: list[tuple[int, int]] = []
    if event.precision == "year":
        # Of a year, only what that year dates: its phrase and its kinds of happening leave out what
        # another date of the clause dates and the backdrop it is set against (_own_year_span).
        own_lo, own_hi = _own_year_span(masked, at, at_end)
        # A year set beside a date ("since March 2011, the year the revolt against Gaddafi broke out
        # following the uprising") is known by the whole of what follows it: no backdrop.
        backdrop = [] if _apposed(text, event.at, event.at_end) else _backdrops(masked, at, at_end)
        if own_lo > 0 or own_hi < len(masked) or backdrop:
            own_text = list(masked)
            for s, e in [(0, own_lo), (own_hi, len(masked)), *backdrop]:
                own_text[s:e] = " " * (e - s)
            masked = "".join(own_text)
            own = {w for w in _content(masked) if w[0] == "="}
            event.words = [w for w in event.words if w[0] != "=" or w in own]
            # Nor where: the places of the clause another date dates are that date's.
            event.where = [p for p in located(text[start + own_lo:start + own_hi]) if p not in states]
        backdrop += [(0, own_lo), (own_hi, len(masked))]
    lo, hi = _window(masked, at, at_end)
    lo = _back_to_the_kind(masked, lo, at)
    hi = _on_past_an_aside(masked, at, at_end, hi)
    names = ["@" + m.actor for m in inside if lo <= m.start - start and m.end - start <= hi
             and not any(s <= m.start - start < e for s, e in backdrop)]
    event.core = list(dict.fromkeys(_content(masked[lo:at]) + _content(masked[at_end:hi]) + names))
    if event.where and states:
        event.where = _where_the_phrase_says(text[start + lo:start + hi], text[max(start, event.at - 60):event.at],
                                             event.where, states)
    if taken:
        event.core = _taken_by_force(event.core)
    # A briefing or a reception told up to the end of the date's phrase ("The UN envoy told the
    # Security Council on Wednesday that ...") is a kind of that phrase, as a kind's own word there is:
    # its verb and body are no content words the phrase would reach.
    if "=briefing" in event.words and "=briefing" not in event.core and _briefs_a_body(text, start, start + hi):
        event.core.append("=briefing")
    received = "=meeting" in event.words and _receives_someone(text, start, start + hi, inside, actors)
    if received and "=meeting" not in event.core:
        event.core.append("=meeting")
    # "was welcomed today in Benghazi by Saddam Haftar": a guest welcomed is received, no reaction.
    event.reacts = _reacts(masked, at, at_end) and not received
    follows = _POSSESSIVE_NOUN_AFTER.match(text, event.at_end, end)
    if follows is None and _THE_BEFORE.search(text, max(start, event.at - 8), event.at):
        follows = _MODIFIED_AFTER.match(text, event.at_end, end)
    if follows and follows.group(1) not in STOP_WORDS:
        noun = follows.group(1)
        event.ref = _concept_terms().get(noun.lower()) or _concepts().get(stem(noun), stem(noun))


# Another year in a year's phrase: what lies on its side of it is that year's ("since the 2011 uprising
# that toppled Gaddafi, an embargo tightened in 2014"), up to the punctuation ending its phrase.
_OTHER_YEAR = lazy_compile(r"(?<![\w-])(?:1[89]|20)\d\d(?![\w-])")
# Or a day before it, which dates the main clause: "Heavy rain flooded homes in Tobruk on Monday and laid
# bare a country in turmoil ever since the 2011 revolt" (a day after it is mostly an attribution's,
# "..., a diplomat told the paper on Wednesday", whose words merging already leaves out).
_OTHER_DAY = lazy_compile(r"(?<![\w-])(?:1[89]|20)\d\d(?![\w-])"
                        r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday)\b")
_PHRASE_END = lazy_compile(r"[,;:()\u2013\u2014]")
# A count of years from an anchor ("three years after the uprising"): the anchor, after it, is
# another happening than the one its year dates.
_ANCHOR_AFTER = lazy_compile(r"\b(?:after|before|since)\s*$", re.IGNORECASE)


def _own_year_span(masked: str, at: int, at_end: int) -> tuple[int, int]:
    """The part of a clause (masked) that tells what the year at masked[at:at_end] dates, not what
    another date of the clause dates: a year names a happening in passing, and the kinds of its
    phrase and clause are what two outlets' reports of one year are merged by (agree,
    _unnamed_in_year, named_alike).  Another year takes its side of the clause up to the punctuation
    ending its own phrase ("since the 2011 uprising that toppled Gaddafi, an embargo tightened in
    2014": the uprising is 2011's), so does a day before it ("Rain flooded Tobruk on Monday and laid
    bare a country in turmoil ever since the 2011 revolt": the flood is Monday's), and a count of years from an anchor leaves the anchor out
    ("declared war on militants, three years after the uprising that toppled Gaddafi").

    >>> t = "since the 2011 uprising that toppled him, an embargo tightened in 2014 as fighting spread"
    >>> lo, hi = _own_year_span(t, t.index("2014"), t.index("2014") + 4)
    >>> t[lo:hi]
    ' an embargo tightened in 2014 as fighting spread'
    >>> t = "militants in Benghazi three years after the uprising that toppled him"
    >>> lo, hi = _own_year_span(t, t.index("three"), t.index(" the up"))
    >>> t[lo:hi]
    'militants in Benghazi three years after'
    """
    lo, hi = 0, len(masked)
    before = list(_OTHER_DAY.finditer(masked, 0, at))
    if before:
        cut = _PHRASE_END.search(masked, before[-1].end(), at)
        lo = cut.end() if cut else before[-1].end()
    if _ANCHOR_AFTER.search(masked, at, at_end):
        return lo, at_end
    after = _OTHER_YEAR.search(masked, at_end)
    if after:
        cuts = list(_PHRASE_END.finditer(masked, at_end, after.start()))
        hi = cuts[-1].start() if cuts else after.start()
    return lo, hi


@lru_cache(maxsize=2)
def _backdrop_words(key: str) -> re.Pattern[str]:
    """The words opening a clause's backdrop or ending one before the main verb (data/event_words.toml
    `backdrop_openers`, `backdrop_ends`)."""
    words = sorted(vocab.words("event_words", key), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
                      + r")(?![\w-])", re.IGNORECASE)


def _backdrops(masked: str, at: int, at_end: int) -> list[tuple[int, int]]:
    """The spans of a clause (masked) telling the backdrop a year's report is set against, not what
    the year at masked[at:at_end] saw: from a backdrop opener ("after the uprising that toppled
    Gaddafi") up to the punctuation ending its phrase.  One running on to the date ends at the main
    clause's verb (`backdrop_ends`: "... that toppled Gaddafi was tightened in 2014"), or else is the
    date's own ("recovering from the turmoil triggered by the wave of revolutions ... in 2011").

    >>> t = "a law passed in 2014 on militias that emerged from the uprising that toppled him, a report says"
    >>> [t[s:e] for s, e in _backdrops(t, t.index("2014"), t.index("2014") + 4)]
    ['from the uprising that toppled him']
    >>> t = "a country recovering from the turmoil that spread across the region in 2011"
    >>> _backdrops(t, t.index("2011"), t.index("2011") + 4)
    []
    >>> t = "an embargo imposed after the uprising that toppled him was tightened in 2014"
    >>> [t[s:e] for s, e in _backdrops(t, t.index("2014"), t.index("2014") + 4)]
    ['after the uprising that toppled him ']
    """
    spans = []
    for m in _backdrop_words("backdrop_openers").finditer(masked):
        if m.start() <= at < m.end():
            continue
        stop = _PHRASE_END.search(masked, m.end())
        end = stop.start() if stop else len(masked)
        if m.start() < at_end <= end + 1:
            verb = _backdrop_words("backdrop_ends").search(masked, m.end(), at)
            if verb is None:
                continue
            end = verb.start()
        spans.append((m.start(), end))
    return spans


@lru_cache(maxsize=1)
def _term_given() -> re.Pattern[str]:
    """A term of prison given, as headlines and digests tell a sentencing: a verb of data/event_words.toml
    (the sentencing entry's `term_verbs`), up to six words, maybe "for", a number (in figures or words)
    and years or months ("X gets 15 years from the court", "jailed the former minister for twelve years")."""
    verbs = vocab.alternation(w for e in vocab.entries("event_words") for w in e.get("term_verbs", ()))
    tens, units, _ = _spelled_numbers()
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w’'.-]+\s+){{0,6}}?(?:for\s+)?(?:\d{{1,2}}|{vocab.alternation([*tens, *units])})"
                      r"[\s-]+(?:years?|months?)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _receptions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of receiving or hosting, with what may stand before its object (a date, a place, a
    determiner, capitalised words); and a post naming a guest (data/event_words.toml `guests`,
    `guest_heads`)."""
    verbs = "|".join(map(re.escape, vocab.words("event_words", "receptions")))
    guests = "|".join(map(re.escape, vocab.words("event_words", "guests")))
    modifiers = "|".join(map(re.escape, vocab.words("event_words", "guest_modifiers")))
    # Case-blind for the words, not for the capitalised words of a name or post.
    # "was received yesterday in Tripoli by the head of ...": a day word may come first.
    verb = re.compile(rf"\b(?i:{verbs})\b[\s,]*(?:(?i:yesterday|today|tonight|this\s+(?:morning|afternoon|evening))[\s,]+)?"
                      rf"(?:(?i:on|in|at)\s+[\w’'-]+(?:\s+\d{{1,2}})?[\s,]+)*"
                      r"(?:(?i:by)\s+)?(?:(?i:the|his|her|their|its|a|an)\s+)?"
                      rf"(?:(?i:{modifiers})\s+)?(?:[A-Z][\w’'.-]*\s+)*")
    heads = "|".join(map(re.escape, vocab.words("event_words", "guest_heads")))
    # "deputy defence minister"; "the head of the unity government"
    guest = re.compile(rf"(?:[a-z]+\s+){{0,2}}(?i:{guests})\b|(?<=\bthe\s)(?i:{heads})\s+of\b")
    return verb, guest


FAR_GUEST_REACH = 90  # characters after a verb of receiving that a time and places may take before the guest
# "... the Deputy Minister": a capitalised post after "the", nothing but words between it and the verb.
_FAR_GUEST = lazy_compile(r"\bthe\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)")
_CLAUSE_STOP = lazy_compile(r"[,;.:()]")
# Commas a translated style's reception sets before its guest: around the day's name ("received
# today, Monday, at ...") and before the address ("..., Her Excellency the Minister of ...").
_DAY_COMMA = lazy_compile(rf",\s*(?:{_WEEKDAY}\b|(?:His|Her|Their)\s+Excellenc)")
_AFTER_DAY = lazy_compile(rf",\s*{_WEEKDAY}$")  # "today, Monday," (not "on Monday,")


def _guest_reach(text: str, at: int, stop_at: int) -> int:
    """Where the words a verb of receiving takes before its guest end: the first clause stop after
    `at` (before `stop_at`), but for the commas around a day's name or before an address (_DAY_COMMA)."""
    for stop in _CLAUSE_STOP.finditer(text, at, stop_at):
        if stop.group() == "," and (_DAY_COMMA.match(text, stop.start())
                                    or _AFTER_DAY.search(text, max(0, at - 16), stop.start())):
            continue
        return stop.start()
    return stop_at


def _person_seized(text: str, mentions: list, actors: Any, start: int, end: int) -> bool:
    """Whether a person named in the clause "was seized" (or "had been", "has been"): taken by force,
    an abduction, not a place taken ("Ben Gharsa was seized on June 27 outside a mosque"; the kind's
    phrases list the nouns and pronouns: data/event_words.toml `abduction`); or a person's post is what
    was seized, right after the verb ("two days after gunmen seized the deputy health minister": the
    abduction's `seized_posts`; not "seized the airport, the minister said")."""
    if _post_seized().search(text, start, end):
        return True
    return actors is not None and any(
        m.actor in actors and actors[m.actor].kind == "person" and _SEIZED_AFTER.match(text, m.end) for m in mentions)


_SEIZED_AFTER = lazy_compile(r"\s+(?:was|has\s+been|had\s+been)\s+seized\b")


@lru_cache(maxsize=1)
def _post_seized() -> re.Pattern[str]:
    """"seized the", up to three words with no punctuation between, and a post of the abduction entry's `seized_posts`."""
    posts = vocab.alternation(w for e in vocab.entries("event_words") for w in e.get("seized_posts", ()))
    return re.compile(rf"\bseized\s+(?:the|a|an|two|three|four|five|six)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{posts})s?\b(?!['’])",
                      re.IGNORECASE)


def _taken_by_force(words: list[str]) -> list[str]:
    """Content words with a seizure told as the abduction it is (see _person_seized)."""
    return list(dict.fromkeys("=abduction" if w == "=seizure" else w for w in words))


# A person received or hosted, told in a relative clause after the name: "Foreign Minister Jane Roe, who was
# received yesterday at the Foreign Ministry"; one person ("was"), a capitalised name before it (not "11
# people, who were received at the hospital"), and no hospital, morgue or shelter as where
# (data/event_words.toml `not_reception_places`).
_RECEIVED_WHO = lazy_compile(r"[A-Z][\w’'-]+,\s+who\s+(?:was|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:received|hosted)\b"
                             r"(?![^.;]{0,40}\b(?i:" + "|".join(map(re.escape, vocab.words("event_words", "not_reception_places")))
                             + r")\b)")


def _receives_someone(text: str, start: int, end: int, mentions: list, actors: Any) -> bool:
    """Whether the clause text[start:end] tells of receiving or hosting a person (a meeting): a
    verb of data/event_words.toml `receptions` followed by a name (not a country's) or a post
    (`guests`), "received Field Marshal Jane Roe", "hosted the French ambassador", "was received
    on Thursday by the Turkish President".

    >>> _receives_someone("Haftar received the French ambassador in Benghazi.", 0, 50, [], None)
    True
    >>> _receives_someone("The hospital received aid from the Red Crescent.", 0, 48, [], None)
    False
    >>> t = "Haftar received this morning at his headquarters in al-Rajma the Deputy Minister of Defence."
    >>> _receives_someone(t, 0, len(t), [], None)
    True
    >>> t = "The Prime Minister received today, Monday, at his office in Tripoli, Her Excellency the Minister of Health."
    >>> _receives_someone(t, 0, len(t), [], None)
    True
    >>> t = "Jane Roe, who was received yesterday at the Foreign Ministry, asked for help."
    >>> _receives_someone(t, 0, len(t), [], None), _receives_someone("Aid was received on Monday.", 0, 26, [], None)
    (True, False)
    >>> t = "Clashes wounded 11 people, who were received at Tripoli Central Hospital."
    >>> _receives_someone(t, 0, len(t), [], None), _receives_someone("Jane Roe, who was received at the Sabha Medical Centre.", 0, 55, [], None)
    (False, False)
    """
    if _RECEIVED_WHO.search(text, start, end):
        return True  # "Libya's foreign minister, who was received yesterday at the Foreign Ministry": the guest
    verb, guest = _receptions()
    for m in verb.finditer(text, start, end):
        # A time and places before the guest's post ("received this morning at the General Command
        # headquarters in al-Rajma the Deputy Minister of Defence ..."): a capitalised post after
        # "the", no stop or comma between.
        reach = _guest_reach(text, m.end(), min(end, m.end() + FAR_GUEST_REACH))
        if any(guest.search(text, f.start(1), f.end(1)) and not _OWNS.match(text, f.end(), end)
               for f in _FAR_GUEST.finditer(text, m.end(), reach)):
            return True
        at = m.end()
        lo = m.start() + len(m.group().split()[0])
        # A post after the verb is the guest unless it owns the object ("the minister's approval").
        post = guest.match(text, at, end)
        if post and not _OWNS.match(text, post.end(), end):
            return True
        # Capitalised words ending in a possessive own the object ("President Roe's pledge of aid").
        if _OWNS_BEFORE.search(text, lo, at):
            continue
        # A post among the capitalised words the verb took ("the Turkish President").
        if guest.search(text, lo, at):
            return True
        # The capitalised words the pattern took may be a name's ("received Jane Roe"): a mention
        # that starts between the verb's object and here, of no state, is the guest; not one that
        # owns the object, nor a body naming whose thing it is ("received European Union funding").
        for x in mentions:
            if not (lo <= x.start <= at and x.end <= end) or _OWNS.match(text, x.end, end):
                continue
            kind = actors[x.actor].kind if actors is not None and x.actor in actors else None
            if kind == "state" or (kind != "person" and _modifies_a_thing(text, x.end, end)):
                continue
            return True
    return False


@lru_cache(maxsize=1)
def _briefing_pattern() -> re.Pattern[str]:
    """A verb of telling before a body that is briefed (data/event_words.toml `briefing_verbs`,
    `briefed_bodies`), "the" and up to five capitalised words between."""
    verbs = "|".join(map(re.escape, vocab.words("event_words", "briefing_verbs")))
    bodies = "|".join(map(re.escape, vocab.words("event_words", "briefed_bodies")))
    return re.compile(rf"\b(?i:{verbs})\s+(?:(?i:the)\s+)?(?:[A-Z][\w’'.-]*\s+){{0,5}}(?i:{bodies})\b")


def _briefs_a_body(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] tells of briefing a body by a verb of telling (see _briefing_pattern).

    >>> _briefs_a_body("The envoy told the UN Security Council on Monday that talks had stalled.", 0, 72)
    True
    >>> _briefs_a_body("The envoy told reporters on Monday that the council would meet.", 0, 64)
    False
    """
    return _briefing_pattern().search(text, start, end) is not None


# "the minister's approval": a possessive after a name or a post.
_OWNS = lazy_compile(r"[’']s(?!\w)")
_OWNS_BEFORE = lazy_compile(r"[’']s\s*$")
_NEXT_WORD = lazy_compile(r"\s+([a-z][a-z-]*)")


def _modifies_a_thing(text: str, at: int, end: int) -> bool:
    """Whether the words at text[at:end] begin with a lower-case content word: the name before it
    modifies that noun ("European Union funding", "UN aid"), it is not the object itself."""
    from .text import STOP_WORDS

    word = _NEXT_WORD.match(text, at, end)
    return word is not None and word.group(1) not in STOP_WORDS and word.group(1) not in _reception_words()


@lru_cache(maxsize=1)
def _reception_words() -> frozenset[str]:
    """Words that may follow a guest's name and still leave it the object (data/event_words.toml
    `after_guest`: "received Jane Roe yesterday", "hosted the delegation today")."""
    return frozenset(vocab.words("event_words", "after_guest"))


@lru_cache(maxsize=1)
def _reaction_words() -> frozenset[str]:
    """The words of reacting to something (data/event_words.toml `reactions`), read once."""
    return frozenset(vocab.words("event_words", "reactions"))


def _a_happening_reacted_to(obj: str, after: str) -> bool:
    """Whether the object of a reaction before "today", with an "of" phrase right after the day, names a
    happening and has no clause of its own ("welcomes the exchange today of 38 detainees"; not "deplores
    the conditions migrants face today", "condemns the hate speech that today fuels division")."""
    of = _OF_AFTER_DAY.match(after)
    return not _RELATIVE_WORD.search(obj) and any(
        w.startswith("=") for w in _content(obj + " " + (of.group(1) if of else "")))


_RELATIVE_WORD = lazy_compile(r"\b(?:that|which|who|whom|whose|where)\b", re.IGNORECASE)
_OF_AFTER_DAY = lazy_compile(r"\s+(of\s+[^,;.]{1,50})")


@lru_cache(maxsize=1)
def _reacting_present() -> frozenset[str]:
    """The present verbs among the words of reacting: those whose past is listed too ("welcomes",
    "condemns", "deplores"; not "condolences", "concern")."""
    words = _reaction_words()
    return frozenset(w for w in words if w.endswith("s") and (w[:-1] + "d" in words or w[:-1] + "ed" in words))


@lru_cache(maxsize=1)
def _reaction_stems() -> frozenset[str]:
    """The stems of the words of reacting to something (data/event_words.toml `reactions`)."""
    from .fts import stem

    return frozenset(stem(w) for w in vocab.words("event_words", "reactions"))


def _reacts(clause: str, at: int, at_end: int) -> bool:
    """Whether the date at clause[at:at_end] is that of a reaction to something: a word of reacting
    (data/event_words.toml `reactions`) is the content word just before it ("three days of
    mourning on Tuesday", "condemned on Friday"), or, when the clause before the date tells of no
    happening, just after it or the second after it when the first tells of no happening ("on
    Saturday sent his condolences").  A happening before the date ("saddened by the deaths of 61
    migrants on 12 December", "clashed on Friday, drawing condemnation") holds the date.

    >>> _reacts("The cabinet declared three days of mourning on Tuesday after the blast", 44, 54)
    True
    >>> _reacts("UNSMIL is alarmed by the abduction of a journalist on 3 September", 51, 65)
    False
    >>> _reacts("The Secretary-General on Saturday sent his condolences to the families", 22, 33)
    True

    A clause with no date of its own (dated by its publication, or by the narrative) reacts when its
    first word of reacting comes before any happening it tells ("The EU delegation strongly condemns
    the drone strike near Murzuq"; not "A drone strike, condemned by the EU, killed seven").

    >>> _reacts("The EU delegation strongly condemns the drone strike near Murzuq", 0, 0)
    True
    >>> _reacts("A drone strike, condemned by the EU, killed seven", 0, 0)
    False
    """
    from .fts import stem
    from .text import STOP_WORDS, WORD_RE, word_term

    reactions = _reaction_stems()

    def said(word: str) -> str | None:
        # Every word but a function word counts, report words too ("alarmed by the announcement").
        term = word_term(word)
        return term if term.isalpha() and len(term) > 2 and term not in STOP_WORDS else None

    if at == at_end:
        for m in WORD_RE.finditer(clause):
            term = said(m.group())
            if term and stem(term) in reactions:
                return not _happening_before(clause[:m.start()])
        return False

    for m in reversed(list(WORD_RE.finditer(clause, 0, at))):
        term = said(m.group())
        if term:
            if stem(term) in reactions:
                return True
            break
    # A happening told before the date holds it, whatever follows ("clashed in Tripoli on Friday,
    # drawing condemnation", "torched the town hall on Monday, drawing condemnation"): the look
    # ahead is for a clause with none ("The envoy on Saturday sent").
    if _happening_before(clause[:at]):
        return False
    seen = 0
    for m in WORD_RE.finditer(clause, at_end):
        term = said(m.group())
        if not term:
            continue
        if stem(term) in reactions:
            return True
        seen += 1
        if seen > 1 or (_content_word(term) or "").startswith("="):
            return False
    return False


def _happening_before(text: str) -> bool:
    """Whether the words before a date tell a happening: a kind of happening of data/event_words.toml,
    or any act told in the past or the perfect (tells_a_happening, the shared mechanism: "stormed",
    "torched", "has seized"), words of saying and of reacting left out ("The council said", "UNSMIL
    on Friday condemned" tell none).

    >>> _happening_before("Gunmen stormed the hotel "), _happening_before("The Presidential Council said ")
    (True, False)
    >>> _happening_before("Haftar, who returned from Cairo last week, on ")
    False
    """
    # A relative aside closed before the date tells of its noun, not of the date's clause.
    text = _relative_asides().sub(" ", text)
    if any(w.startswith("=") for w in _content(text)):
        return True
    leave_out = _not_happenings()
    kept = " ".join(w for w in text.split() if w.strip(".,;:\"'“”‘’()").lower() not in leave_out)
    return bool(kept.strip()) and tells_a_happening(kept)


@lru_cache(maxsize=1)
def _relative_asides() -> re.Pattern[str]:
    """A relative aside set off by two commas (", who returned from Cairo last week,"), opened by
    a word of data/event_words.toml `relative_pronouns`."""
    words = "|".join(map(re.escape, vocab.words("event_words", "relative_pronouns")))
    return re.compile(rf",\s*(?i:{words})\b[^,;:()]*,")


@lru_cache(maxsize=1)
def _not_happenings() -> frozenset[str]:
    """Words of saying and of reacting, and verbs that carry a reaction (data/report_words.toml,
    data/event_words.toml `reactions`, `reaction_carriers`), lower case."""
    return vocab.entry_words("report_words") | frozenset(
        w.lower() for key in ("reactions", "reaction_carriers") for w in vocab.words("event_words", key))


# "in Zawiya", "near the port of Zuwara", "at Tripoli's airport", "in eastern Sirte": a name
# after a preposition of place says where a thing happened.
# The Arabic article as it opens a lower-case word inside a place's name ("Souq al-Juma", "Bab
# al-Aziziya", "Ras as-Sidr"): the name goes on past it (data/places.toml `arabic_article`).
_ARABIC_ARTICLE = "(?:" + "|".join(sorted(vocab.words("places", "arabic_article"), key=len, reverse=True)) + ")"
_LOCATED = lazy_compile(
    r"(?<!\bbased\s)(?<!\bheadquartered\s)(?<!\bborn\s)"
    r"\b(?:(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Oo]ff)\s+(?:the\s+)?|(?:north|south|east|west)\w*\s+of\s+"
    # "The city of Tarhuna witnessed ...": a settlement noun before "of" opening the clause names where too.
    r"|(?<![\w,;] )(?<![\w,;])[Tt]he\s+(?=(?:[a-z]+\s+){0,2}(?:town|city|village|oasis)\s+of\s+[A-Z]))"
    # "in the mountain town of Gharyan", "in the southern Libyan city of Sabha": describing words before the noun.
    r"(?:(?:[A-Z][\w’'-]*\s+|[a-z]+\s+){0,2}(?:port|town|city|village|"
    r"district|outskirts|suburbs?|capital|region|province|coast|island)\s+of\s+|capital,?\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?"
    r"((?:" + _ARABIC_ARTICLE + r"-)?(?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z]|" + _ARABIC_ARTICLE + r"-[A-Z])[\w’'-]*)*)")
# A compass direction and "of" before a town ("west of Tripoli", "south-east of Sabha"): the town a place
# is told from.
_COMPASS_OF = r"(?:north|south|east|west)[\w-]*\s+of"
# A direction from a place ("east of Benghazi", "90 km south-east of Tripoli", "near Benghazi") right after
# the name of another and its noun ("at al-Khadim air base east of Benghazi", "in Tarhuna, a town 90 km south of
# Tripoli"): where that one lies, said from a town that is not where it happened.
_REFERENCE_POINT = lazy_compile(
    r"(?:\s+(?!and\b|or\b|but\b|while\b|then\b|an?\b|another\b|the\b|[a-z]+(?:ing|ed)\b)[a-z]+){0,2}"
    r"(?:,\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:town|city|village|suburb|district|oasis|port|area|base|camp|settlement))?"
    r"[\s,]*(?:(?:some|about|around|roughly)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:" + _COMPASS_OF + r"|near|outside)\s+(?:the\s+)?$")
# The same before any town: in the paragraph a clash is in (_town_told_before), no town it happened in.
_DIRECTION_OF = lazy_compile(r"\b" + _COMPASS_OF + r"\b", re.IGNORECASE)


_NUMBER_AFTER = lazy_compile(r"\.?\s*\d")
# Where someone was going, not where the clause happened: "on his way to the Ministry's headquarters".
_DESTINATION_BEFORE = lazy_compile(r"\b(?:on\s+(?:his|her|their|its|the)\s+way|en\s+route|heading|headed|travelling|traveling|"
                                   r"bound)\s+(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)


def located(text: str) -> list[str]:
    """The places a clause says it happened at: capitalised names after "in", "at", "near"..., folded.

    >>> located("Clashes erupted in Zawiya and near the port of Abu Kammash on Tuesday.")
    ['zawiya', 'abu kammash']
    >>> located("They signed in the Swiss city of Geneva, far from the eastern town of Shahat.")
    ['geneva']
    >>> located("Gunmen seized a doctor in the southern Libyan city of Sabha.")
    ['sabha']
    >>> located("In Monday's session, 91 members backed him.")
    []
    >>> located("Guards shut Libya's biggest export terminal, Es Sider, on Monday.")
    ['es sider terminal']
    >>> located("The boat sank off the coast of Zuwara; another off Sabratha, a third south of Crete.")
    ['zuwara', 'sabratha', 'crete']
    >>> located("The speaker, based in Tobruk, met the commander in Benghazi.")
    ['benghazi']
    >>> located("Two brigades fought in the southern Libyan city on Sunday, and in Misrata port.")
    ['misrata port']
    >>> located("The court sentenced him in Case No. 14 of 2062 in Zawiya.")
    ['zawiya']
    >>> located("Gunmen seized him on his way to the Ministry's headquarters."), located("Gunmen stormed the Ministry's headquarters.")
    ([], ["ministry's headquarters"])
    """
    out = []
    named, nouns = _named_site()
    last_end = -1
    for m in _LOCATED.finditer(text):
        if last_end >= 0 and _REFERENCE_POINT.match(text, last_end, m.start(1)):
            last_end = m.end(1)
            continue  # "at al-Khadim air base east of Benghazi": the base's place, not Benghazi
        last_end = m.end(1)
        # "In Monday's session": a day's name, possessive or not, is no place.
        words = [w for w in m.group(1).split() if not is_calendar_name(w.lower().removesuffix("’s").removesuffix("'s"))]
        owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), None)
        if owner is not None:
            # "in Tripoli's Abu Salim district", "at Tripoli's Mitiga airport": the town, and the place in it.
            town = " ".join(words[:owner + 1]).lower()[:-2]
            if town not in out:
                out.append(town)
            words = words[owner + 1:]
        name = " ".join(words).lower().removesuffix("’s").removesuffix("'s")
        if len(words) > 1 and name.rpartition(" ")[2] in _bodies_not_places():
            continue  # "a former auditor at the Libyan Investment Authority": a body, not where
        if name.rpartition(" ")[2] in ("no", "nos") and _NUMBER_AFTER.match(text, m.end(1)):
            continue  # "sentenced him in Case No. 14 of 2062": a numbered document, not where
        if (said := _WORD_AFTER.match(text, m.end(1))) and said.group(1) in _attribution_words() \
                and _SEAT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "..., the Bangladesh embassy in Tripoli said": where the speaker sits, not where it happened
        if (site := _SITE_OF_NAME.match(text, m.end(1))) and _is_site(site.group(1).lower()):
            name += " of " + " ".join(site.group(1).lower().split())  # "at the Martyrs of Benina Stadium": one site
        capital = _town_of("capitals").get(name)
        if capital is not None and _CAPITAL_AFTER.match(text, m.end(1)):
            name = capital  # "in the Libyan capital": Tripoli
        elif capital is not None and _PLACE_NOUN_AFTER.match(text, m.end(1)):
            continue  # "in the southern Libyan city", "the Tunisian border town of ...": a state's word, no place
        # "landed at Mitiga airport": the site of that name, not a town.
        after = _SITE_AFTER.match(text, m.end(1)) if name and not name.endswith(("’s", "'s")) else None
        noun = " ".join(after.group(1).lower().split()) if after else None
        town = _town_of("parts_of").get(name)
        if town is not None and town not in out:
            out.append(town)  # "gunned down in Abu Salim": in Tripoli
        if noun in nouns:
            name += " " + nouns[noun]
        elif noun in _town_parts():
            name += " " + noun  # "in the Souq al-Juma district": a part of some town (_is_site)
        elif town is not None:
            name += " district"
        if name and name not in out:
            out.append(name)
    for m in _named_site_apposed().finditer(text):
        # "Libya's largest oil field, Sharara, ...": the site's name set after its noun.
        site = " ".join(m.group(2).lower().split()) + " " + nouns.get(" ".join(m.group(1).lower().split()), m.group(1).lower())
        if site not in out:
            out.append(site)
    if may_match(_NAMED_SITE_KEYS, text, 0, len(text)):
        plain = _unattributed(text)
        for m in named.finditer(plain):
            if _DESTINATION_BEFORE.search(plain, max(0, m.start() - 40), m.start()):
                continue  # "kidnapped while on his way to the Ministry's headquarters": not where it happened
            words = [w for w in m.group(1).split() if not is_calendar_name(w.lower())]
            if words:
                site = " ".join(words).lower() + " " + nouns.get(" ".join(m.group(2).lower().split()), m.group(2).lower())
                if site not in out:
                    out.append(site)
    return list(dict.fromkeys(map(_site_name, out)))


def own_town(text: str, names: Iterable[str] = ()) -> list[str]:
    """The town a clause calls "the city" or "the town" where it names that town's own body and no other
    name but its participants' `names` ("The Municipal Council of Janzour condemns the clashes witnessed by
    the city this afternoon"), as located names it; none where another name stands in the clause ("sent
    ambulances to Misrata after clashes rocked the city") or "the city" is set beside one ("Derna, the
    city hit hardest").

    >>> own_town("The Municipal Council of Gharyan condemns the clashes witnessed by the city today.")
    ['gharyan']
    >>> own_town("Zliten Municipality dispatched ambulances to Misrata after clashes rocked the city.")
    []
    """
    the = _THE_TOWN.search(text)
    if the is None or text[:the.start()].rstrip().endswith(","):
        return []
    own = next((m for m in _OWN_TOWN.finditer(text)
                if m.group(1) or (before := _WORD_BEFORE.search(text, 0, m.start())) is None
                or before.group(1) in ("The", "the")), None)
    if own is None:
        return []
    rest = _HASHTAG.sub(" ", text[:own.start()] + " " + text[own.end():])
    for name in names:
        rest = rest.replace(name, " ")
    if any(not is_calendar_name(w.lower()) for w in _OTHER_NAME.findall(rest)):
        return []
    return located("in " + (own.group(1) or own.group(2)))


# A town's own body ("the Municipal Council of Janzour", "Zliten Municipality", "the Mayor of Zliten") and
# the town called by its noun alone ("witnessed by the city", not "the city of Tobruk").
_OWN_TOWN = lazy_compile(r"\b(?:Municipal\s+Council|Municipality|Mayor|Local\s+Council)\s+of\s+([A-Z][\w’'-]*)\b"
                         r"|\b(?!The\b)([A-Z][\w’'-]*)\s+(?:Municipality|Municipal\s+Council|Local\s+Council)\b")
_WORD_BEFORE = lazy_compile(r"([\w’'-]+)\s+$")
_THE_TOWN = lazy_compile(r"\bthe\s+(?:city|town)\b(?!\s+of\b)")
_HASHTAG = lazy_compile(r"#\S+")
# A capitalised word not opening its sentence: another name the clause gives.
_OTHER_NAME = lazy_compile(r"(?<![.!?|:]\s)(?<!^)(?<![\n])\b([A-Z][a-z][\w’'-]*)")
# The rest of a site's name after "of", to its capitalised site noun ("the Martyrs of Benina Stadium").
_SITE_OF_NAME = lazy_compile(r"\s+of\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\b")


def _entry_end(text: str, hi: int) -> int:
    """Where what a chronology's entry tells at its opening date ends, its first clause ending at `hi`:
    the rest of its part is of that date too ("- 23 Feb: Six killed, as two armed groups fight in Ain
    Zara"), and so are the parts after semicolons that go on with no verb of their own ("- Wed 9 Feb:
    His battalion storms the brigade's posts; street battles in the town"), up to one opened by a name
    ("; Haftar receives a Russian delegation in Benghazi": another happening) or crediting what follows
    to someone ("; IOM said 23 people were missing": who reports it takes no part) or with a verb of its
    own ("; a memorandum is signed").

    >>> s = "- 9 Feb: Gunmen storm the post; street battles in the town; IOM said two died."
    >>> s[:_entry_end(s, s.index(";"))]
    '- 9 Feb: Gunmen storm the post; street battles in the town'
    >>> s = "- 9 Feb: Dbeibah opens a plant in Misrata; Haftar receives a delegation in Benghazi."
    >>> s[:_entry_end(s, s.index(";"))]
    '- 9 Feb: Dbeibah opens a plant in Misrata'
    """
    said = _attribution_words()
    at = text.find(";", hi)
    while at >= 0:
        nxt = text.find(";", at + 1)
        stop = len(text) if nxt < 0 else nxt
        words = _WORD_IN_CLAUSE.findall(text, at + 1, stop)
        if not words or words[0][:1].isupper() or any(w.lower() in said for w in words[:4]) \
                or _AS_CLAUSE_VERB.search(text, at + 1, stop) or _irregular_past().search(text, at + 1, stop):
            return at  # "; a coast guard memorandum is signed": a clause of its own, another happening
        at = nxt
    return len(text)


@lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str]:
    """The words crediting a report to someone (data/report_words.toml `attribution`: "said", "told")."""
    return frozenset(vocab.flagged("report_words", "attribution", "words"))


def _site_name(place: str) -> str:
    """A site under the name merging compares it by (data/places.toml `site_names`): "elephant oilfield"
    is "el feel oilfield"; any other place as it is."""
    names, words = _town_of("site_names"), place.split()
    for n in (2, 1):  # "al fil oilfield", "elephant oilfield": the name, then its noun
        head = " ".join(words[:n])
        if len(words) > n and head in names:
            return " ".join([names[head], *words[n:]])
    return place


_CAPITAL_AFTER = lazy_compile(r"\s+capital\b")
# A noun of a place after a state's adjective or name ("the southern Libyan city", "the Tunisian border
# town", "the Libyan desert"): the word says whose, not where.
_PLACE_NOUN_AFTER = lazy_compile(r"\s+(?:city|town|port|village|border|desert|coast|oasis|region|province|"
                                 r"district|mountains?|island|south|east|west|north|interior)\b")


@lru_cache(maxsize=1)
def _bodies_not_places() -> frozenset[str]:
    """The heads of an organisation's name (data/organisations.toml `heads`) that name no building
    (`heads_of_places`): a name ending in one is a body, not a place ("the Libyan Investment Authority")."""
    return frozenset(vocab.mapping("organisations", "heads")) - frozenset(vocab.words("organisations", "heads_of_places"))


@lru_cache(maxsize=3)
def _town_of(key: str) -> dict[str, str]:
    """A table of data/places.toml naming a place, its values folded: `parts_of` (a part of a Libyan
    town -> the town), `capitals` (a state's adjective or name -> its capital) and `site_names` (a
    site's other name -> the name merging compares it by)."""
    return {k: v.lower() for k, v in vocab.mapping("places", key).items()}


_SITE_AFTER = lazy_compile(r"\s+((?:oil\s+|gas\s+|air\s+)?[a-z]+)\b")
_NAMED_SITE_KEYS = frozenset({"the"})  # text.may_match: the runs of letters, lower case


@lru_cache(maxsize=1)
def _named_site() -> tuple[re.Pattern[str], dict[str, str]]:
    """A proper name after "the" before a site noun ("the Hope oilfield", "the Sharara oil field"),
    and the noun each written form stands for (data/event_words.toml `sites`, `named_sites`)."""
    nouns = {w.lower(): w.lower() for w in vocab.words("event_words", "sites")}
    nouns.update(vocab.mapping("event_words", "named_sites"))
    written = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\b[Tt]he\s+((?:[A-Z][\w’'-]*\s+){{1,3}}?)({written})\b"), nouns


@lru_cache(maxsize=1)
def _named_site_apposed() -> re.Pattern[str]:
    """A site's noun (data/event_words.toml `sites`, `named_sites`: "field", "oil field", "terminal") and
    its name set off by commas after it: "the country's largest oil field, Sharara, ...", "Libya's
    biggest export terminal, Es Sider, ..."."""
    written = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(_named_site()[1], key=len, reverse=True))
    return re.compile(rf"\b({written}),\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}),")


SITE_REACH = 600  # characters back from a site named by its noun alone to the article's naming of it


@lru_cache(maxsize=1)
def _site_again() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """A site named by its noun alone after "the" (data/event_words.toml `sites`, `named_sites`,
    `site_anaphors`), not "the port of ..."; each written noun's site noun; the nouns of any site."""
    nouns = _named_site()[1]
    anaphors = frozenset(vocab.words("event_words", "site_anaphors"))
    written = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted({*nouns, *anaphors}, key=len, reverse=True))
    return re.compile(rf"\bthe\s+({written})\b(?!\s+of\b)"), nouns, anaphors


def _site_named_before(text: str, start: int, end: int) -> list[str]:
    """The site a clause naming no place names again by its noun alone ("the storming of the field
    yesterday"): the last site of that noun (any noun for "the facility") the article names in the
    SITE_REACH characters before the clause ("the Sharara field"); none when there is none.

    >>> t = "The corporation halted exports from the Sharara field. Protesters had overrun the facility."
    >>> _site_named_before(t, t.index("Protesters"), len(t))
    ['sharara oilfield']
    """
    pattern, nouns, anaphors = _site_again()
    again = pattern.search(text, start, end)
    if again is None:
        return []
    noun = " ".join(again.group(1).lower().split())
    wanted = None if noun in anaphors else nouns.get(noun, noun)
    named, site_nouns = _named_site()
    lo = max(0, start - SITE_REACH)
    found = [m for m in named.finditer(text, lo, start)
             if wanted is None or site_nouns.get(" ".join(m.group(2).lower().split()), "") == wanted]
    if not found:
        return []
    m = found[-1]
    words = [w for w in m.group(1).split() if not is_calendar_name(w.lower())]
    return [" ".join(words).lower() + " " + site_nouns.get(" ".join(m.group(2).lower().split()), m.group(2).lower())] if words else []


def _window(text: str, at: int, at_end: int) -> tuple[int, int]:
    """The characters of text around text[at:at_end] that hold CORE_WORDS content words on each side.

    >>> t = "After long talks in the city the rebels seized the old airport on Monday and then the port"
    >>> lo, hi = _window(t, t.index("on Monday"), t.index("on Monday") + 9)
    >>> t[lo:hi]
    'city the rebels seized the old airport on Monday and then the port'
    """
    from .text import WORD_RE

    # The words of text.tokenize, looked at outward from the date and only until CORE_WORDS
    # are found: a long clause costs one regex scan, not a term and a stem for every word.
    # A side with fewer is the phrase's whole, up to the clause's edge: the names there, masked out
    # of the words, are the phrase's too ("Khalifa Haftar's forces shelled Gharyan on Tuesday").
    lo = 0
    found = 0
    for m in reversed(list(WORD_RE.finditer(text, 0, at))):
        if _core_word(m.group()):
            found += 1
            if found == CORE_WORDS:
                lo = m.start()
                break
    return lo, _core_words_end(text, at_end)


def _core_words_end(text: str, start: int) -> int:
    """Where the first CORE_WORDS content words after `start` end (the end of the text if it has fewer)."""
    from .text import WORD_RE

    found = 0
    for m in WORD_RE.finditer(text, start):
        if _core_word(m.group()):
            found += 1
            if found == CORE_WORDS:
                return m.end()
    return len(text)


# A fronted date's phrase, then an aside of concession or circumstance set off by commas: "On the
# evening of May 12, despite statements about the end of the operation, new armed clashes broke out"
# (data/anaphora.toml `fronted_asides`).
_ASIDE_AFTER_DATE = lazy_compile(r"\s*,\s*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(
    vocab.words("anaphora", "fronted_asides"), key=len, reverse=True)) + r")\b[^,;:.()]{1,90},\s*", re.IGNORECASE)


def _on_past_an_aside(text: str, at: int, at_end: int, hi: int) -> int:
    """Where a date's phrase (_window) ends once it reaches past an aside after a fronted date to the
    clause the date opens: when the date opens its sentence (a preposition before it at most) and
    an aside opened by "despite", "amid", "according to" ... follows it up to a comma, the phrase
    takes CORE_WORDS content words after the aside ("On the evening of May 12, despite statements
    about the end of the operation, new armed clashes broke out" dates the clashes).

    >>> t = ("On the evening of May 12, despite statements about the end of the operation, new armed "
    ...      "clashes broke out in Tripoli.")
    >>> t[:_on_past_an_aside(t, 18, 24, 60)].endswith("clashes broke out in Tripoli")
    True
    """
    if text[:at].strip(" \t\"'“‘-–—") and not _FRONTED_BEFORE.fullmatch(text, 0, at):
        return hi
    aside = _ASIDE_AFTER_DATE.match(text, at_end)
    return hi if aside is None else max(hi, _core_words_end(text, aside.end()))


# Before a sentence-opening date: nothing, or a preposition and an article ("On the evening of", "In").
_FRONTED_BEFORE = lazy_compile(r"\s*(?:(?:on|in|at|during|by|late\s+on|early\s+on)\s+)?(?:the\s+)?(?:(?:evening|morning|"
                               r"night|afternoon|eve)\s+of\s+)?", re.IGNORECASE)


def _back_to_the_kind(text: str, lo: int, at: int) -> int:
    """Where a date's phrase (_window) begins once it reaches back to the verb of happening its
    clause tells: when text[lo:at] holds no past verb naming a kind of happening, the nearest such
    verb (or phrase opened by one) before it with no punctuation between ("Delegations signed an
    agreement on electoral laws in the Moroccan town of Bouznika on Friday": the signing, eight
    words back, is what Friday dates, not the laws).  A comma or a dash sets off another phrase:
    "After the blast, police closed the road on Monday" dates the closing.

    >>> t = "Delegations signed an agreement on electoral laws in the Moroccan town of Bouznika on Friday"
    >>> lo, _ = _window(t, t.index("on Friday"), len(t))
    >>> t[_back_to_the_kind(t, lo, t.index("on Friday")):t.index("on Friday")]
    'signed an agreement on electoral laws in the Moroccan town of Bouznika '
    """
    from .text import WORD_RE

    words = list(WORD_RE.finditer(text, 0, at))
    if any(m.start() >= lo and _past_kind(text, m, at) for m in words):
        return lo
    stop = max((m.end() for m in _PHRASE_END.finditer(text, 0, lo)), default=0)
    for m in reversed(words):
        if m.start() >= lo:
            continue
        if m.start() < stop:
            break
        if _past_kind(text, m, at):
            return m.start()
    return lo


def _past_kind(text: str, m: re.Match[str], at: int) -> bool:
    """Whether the word m of text is a past verb ("signed", "shut") naming a kind of happening, alone
    or opening a phrase of one ("took control"), before text[at]."""
    word = m.group().lower()
    # Or the noun of a happening a release's present announces: "The Ministry announces the
    # escape of 54 inmates from the Sebha institution this morning" dates the escape.
    announced = not (word.endswith("ed") or _irregular_past().fullmatch(word))
    if announced and not _released_noun_before().search(text, max(0, m.start() - 40), m.start()):
        return False
    got = _content(text[m.start():at])
    return bool(got) and got[0][0] == "=" and (announced or _content_term(m.group()) is not None)


@lru_cache(maxsize=1)
def _released_noun_before() -> re.Pattern[str]:
    """A release's present verb and a determiner, right before a noun (data/event_words.toml `release_verbs`)."""
    return re.compile(rf"\b(?:{release_verbs_alternation()})\s+(?:the|a|an)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _core_word(word: str) -> bool:
    """Whether a word as written counts towards a date's phrase (_window): a content word of three letters or more (worked out once per word)."""
    from .fts import stem
    from .text import word_term

    term = word_term(word)
    ignored = _ignored_words()
    titles = _title_words()
    if not (term.isalpha() and len(term) > 2) or term in ignored or term in titles:
        return False
    w = stem(term)
    return w not in ignored and w not in titles


def extract_events(index: CorpusIndex) -> list[Event]:
    """Every dated event of every document, unmerged, in document order."""
    from .actors import actors_ready

    actors_ready(index)  # built here, once
    # A document's dated sentences depend on it alone, so they are kept per document; the
    # actors named in them come from the actor layer, which other documents can change.
    return [e for doc_id, events in index.per_document(L.DATED, _dated_in, None, "dating events")
            for e in _with_actors(index, doc_id, events)]


def _prepared_in(index: CorpusIndex, doc: Document, _: Any) -> list[Event]:
    """One document's events with their actors, leads joined (layers.DOC_EVENTS)."""
    dated = index.row_of(L.DATED, doc.id)
    if dated is None:
        dated = _doc_events(index, doc)
    return prepare_events(_with_actors(index, doc.id, [_copy(e) for e in dated]))


def _dated_in(index: CorpusIndex, doc: Document, _: Any) -> list[Event]:
    return _doc_events(index, doc)


def _prepared_riding(index: CorpusIndex, doc: Document, full: Any) -> list[Event]:
    """_prepared_in inside the pass that finds the document's mentions against the full registry
    `full` (index.ride): the mentions are the carrier's row, the actors those of `full`."""
    from .actors import registry_of

    dated = index.row_of(L.DATED, doc.id)
    if dated is None:
        dated = _doc_events(index, doc)
    mentions = index.row_of(L.MENTIONS, doc.id)[0]
    named = (full.actors, registry_of(index), mentions)
    return prepare_events(_with_actors(index, doc.id, [_copy(e) for e in dated], named))


# A first build dates each document and names its events' actors in the pass that finds its
# mentions, while the document, its sentences and its non-prose are at hand: one round of
# workers and one read of the document instead of three.  (The rows are the same: what
# DOC_EVENTS runs against is the full registry, as the mentions' pass.)
ride(L.MENTIONS, L.DATED, _dated_in)
ride(L.MENTIONS, L.DOC_EVENTS, _prepared_riding, shared=lambda full: full)
reads(L.DOC_EVENTS, L.DATED, L.MENTIONS)  # _prepared_in, in workers: the rows of this call are sent to them


_SEASON = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA", 12: "WI"}


def _containers(event: Event) -> list[str]:
    """The event's date and every coarser TIMEX3 value that contains it (a week that lies within
    one month is held by that month: "earlier in the week" and "in June").

    >>> _containers(Event("2025-W24", "week", "relative", "d", 0, ""))
    ['2025-W24', '2025-06', '2025-Q2', '2025-H1', '2025-SU', '2025']
    >>> _containers(Event("2028-01-15", "day", "relative", "d", 0, ""))[:4]
    ['2028-01-15', '2028-01', '2028-W02-WE', '2028-W02']
    """
    value, precision = event.date, event.precision
    if precision == "year":
        return [value]
    lo, hi = event.bounds
    if lo.year == datetime.date.min.year:
        return [value, value[:4]]
    year, month = lo.year, lo.month
    season = f"{year}-{_SEASON[month]}" if month > 2 else f"{year - 1}-WI"
    iso_year, week, _ = lo.isocalendar()
    # A Saturday or a Sunday lies within its weekend ("over the weekend": TIMEX3 "2028-W02-WE").
    weekend = [f"{iso_year}-W{week:02d}-WE"] if lo.isoweekday() >= 6 else []
    coarser = [f"{year}-{month:02d}", *weekend, f"{iso_year}-W{week:02d}", f"{year}-Q{(month - 1) // 3 + 1}",
               f"{year}-H{1 if month <= 6 else 2}", season, str(year)]
    out = [value]
    for c in coarser:
        span = date_bounds(c)
        if c != value and span is not None and span[0] <= lo and hi <= span[1] and span != (lo, hi):
            out.append(c)
    return out


# Within one article, a second mention of an event shares this share of the smaller clause's
# content words (stems, report verbs and date words left out); across outlets see evidence.
SAME_ARTICLE_OVERLAP = 0.6
# A report naming no participant and known only by its year (named_alike).
YEAR_OVERLAP = 0.2
# An undated lead restates a body event sharing this share of the smaller clause (_restates).
LEAD_OVERLAP = 0.5
# A copy of the same sentence (wire copy syndicated by several sites) at this similarity.
NEAR_COPY = 90.0
# A wire story syndicated by several sites: copies share this share of the shorter sentence's
# runs of three words, and their outlets publish within COPY_DAYS; their dates, read by each
# site against its own publication date, may then differ by as much.
COPY_SHINGLES = 0.7
COPY_DAYS = 7
# A lead dated only by its publication tells of news of that day or the few days before: another
# outlet's report dated within this many days before it may be of its event.
LEAD_ACROSS_DAYS = 3
# A lead restates the news: a body event more than this many days before publication is not it.
LEAD_RECENT_DAYS = 7
# A merged row is compared through this many of its reports (the first): single linkage,
# with the work per row bounded when thousands of articles name one event ("the 2011 uprising").
MEMBERS_COMPARED = 12
# An event is compared with at most this many rows (those of its own date first): where
# thousands of reports share a year and a participant, the work stays linear.
MAX_CANDIDATES = 48


def _overlap(a: Event, b: Event) -> float:
    """The share of the smaller clause's content words the other clause has too."""
    return _share(a.words, b.words)


def _share(a: list[str], b: list[str]) -> float:
    small, large = sorted((a, b), key=len)
    if not small:
        return 0.0
    other = set(large)
    return sum(1 for w in small if w in other) / len(small)


# Evidence two reports of one event share (same_event): the content words of their dated
# clauses weighted by how rare each word is in English (wordfreq's frequency lists: a
# ready lexical resource, so the weights are the same in every corpus and for every pair,
# whatever else the corpus holds), the participants and names both clauses name, and the
# numbers both sentences give ("61 migrants", "a 325-184 vote").  One event told by several
# outlets shares rare words and numbers even when the verbs differ ("drowned" / "capsized");
# two events of one day share at most the common ones ("forces", "said", "Tripoli").
COMMON_ZIPF = 6.5  # a word's weight is COMMON_ZIPF less its Zipf frequency (log10 per 10^9 words) ...
MIN_WEIGHT = 0.5  # ... at least this ("off", "new")
MAX_WEIGHT = 4.0  # ... at most this (a word outside the list: "Zuwara", "capsized", a rare name)
UNLISTED_ZIPF = 2.5  # the Zipf frequency given a stem no listed word has
KIND_WEIGHT = 2.0  # a kind of happening (data/event_words.toml) both clauses tell of
PROPER_WEIGHT = 3.0  # at least, a word both clauses write as a proper name (see _evidence)
NAME_WEIGHT = 3.0  # each participant or name both clauses name (an actor id, aliases folded)
SIDE_WEIGHT = 2.0  # one side in common when no participant is ("Haftar" and "the LNA")
NUMBER_WEIGHT = 3.5  # each number both sentences give that is no date
# What two reports must share, by how closely their dates agree: the shared weight, the share
# of the lighter clause's weight it is, and the weight of the shared words alone (names and
# numbers aside: one participant doing two things on one day is not one event).
# Each is a list of (shared weight, share, shared words' weight), any of which is enough: a few
# rare things that make up much of a short clause, or many that make up less of a long one.
SAME_DAY = ((6.0, 0.35, 2.0), (9.0, 0.25, 4.0))  # two reports of one day
COARSER = ((6.0, 0.4, 3.0),)  # a week, month or season, or two precisions ("in April" and "on 2 April")
SAME_YEAR = ((7.0, 0.5, 4.0), (5.0, 0.6, 2.0))  # one known only by its year: the phrases of the dates compared
YEAR_KNOWN_BY = (5.0, 0.3)  # see same_event
MIN_BESIDES = 1.0  # shared weight besides the kinds of happening and the places (see same_event)
# Reports naming participants of no common side merge only on this much (told_beyond_sides):
# (shared weight, share) with a number in common that is no date, or without one.
BEYOND_SIDES_NUMBER = (9.0, 0.5)
BEYOND_SIDES = (12.0, 0.6)


# The stem -> Zipf table is shipped as a data file (data/stem_zipf.json, written by
# bench/stem_zipf.py from stem_zipf_from_wordfreq): making it stems wordfreq's whole small
# English list and imports wordfreq, about a third of a second of every process that merges
# (an update's `actor` or `timeline` too), where reading the file takes a hundredth.
# tests/test_word_weights.py checks that the file equals what wordfreq and the stemmer give now.
@lru_cache(maxsize=1)
def _zipf_of_stems() -> dict[str, float]:
    """Stem -> the Zipf frequency of all English words of that stem (data/stem_zipf.json)."""
    import json
    from importlib import resources

    text = resources.files("libyadesk.data").joinpath("stem_zipf.json").read_text(encoding="utf-8")
    return json.loads(text)["zipf"]


def stem_zipf_from_wordfreq() -> dict[str, float]:
    """Stem -> the Zipf frequency of all English words of that stem, made from wordfreq's small English list."""
    import math

    from wordfreq import get_frequency_dict

    from .fts import stem

    total: dict[str, float] = {}
    for word, freq in get_frequency_dict("en", wordlist="small").items():
        if word.isalpha():
            s = stem(word)
            total[s] = total.get(s, 0.0) + freq
    return {s: math.log10(f * 1e9) for s, f in total.items()}


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    """How much sharing a content word (a stem, or a kind of happening "=...") says two clauses tell one event.

    >>> word_weight("capsiz") > word_weight("migrant") > word_weight("forc") > word_weight("off")
    True
    >>> word_weight("libyan") == MIN_WEIGHT
    True
    """
    if word.startswith("="):
        return KIND_WEIGHT
    if word in _demonyms():
        return MIN_WEIGHT  # "Libyan", "French": the people's adjective says where, like a country, not what
    zipf = _zipf_of_stems().get(word, UNLISTED_ZIPF)
    return min(MAX_WEIGHT, max(MIN_WEIGHT, COMMON_ZIPF - zipf))


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The stems of the states' demonyms of the shipped registry (data/actors.toml `demonyms`)."""
    from .fts import stem

    return frozenset(stem(d.lower()) for a in vocab.table("actors").get("actor", ()) for d in a.get("demonyms", ()))


# A number of a sentence that is no date: not a year, not a day beside a month name.
_NUMBER_WORD = lazy_compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|[.,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w]|[.,]\d)")
_MONTH_NEAR = lazy_compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def numbers(text: str) -> frozenset[str]:
    """The numbers of a sentence that are no date (years and days of a month left out), commas dropped.

    >>> sorted(numbers("On 12 December 2026, 61 of the 1,086 migrants died; on May 3, 40 more."))
    ['1086', '40', '61']
    """
    out = set()
    for m in _NUMBER_WORD.finditer(text):
        value = m.group().replace(",", "")
        whole = value.split(".")[0]
        if len(whole) == 4 and whole[:2] in ("19", "20"):
            continue  # a year
        if int(whole) <= 31 and "." not in value and (
                _MONTH_NEAR.fullmatch(text[m.end():m.end() + 12].strip().split(" ")[0].rstrip(",.")) or
                _MONTH_NEAR.fullmatch((text[max(0, m.start() - 12):m.start()].strip().split(" ") or [""])[-1].rstrip(",."))):
            continue  # a day of a month: the dates are compared apart
        out.add(value)
    tens, units, spelled = _spelled_numbers()
    for m in spelled.finditer(text):
        if _SCALE_AFTER.match(text, m.end()) or _SCALE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "fifteen thousand", "one hundred and fifty": a figure of its own size, not read here
        if m.group("teen"):
            out.add(str(tens[m.group("teen").lower()]))
        else:
            out.add(str(tens[m.group("tens").lower()] + (units[m.group("unit").lower()] if m.group("unit") else 0)))
    return frozenset(out)


_SCALE_AFTER = lazy_compile(r"[\s-]+(?:hundred|thousand|million|billion)\b", re.IGNORECASE)
_SCALE_BEFORE = lazy_compile(r"\b(?:hundred|thousand|million|billion)(?:\s+and)?[\s-]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _spelled_numbers() -> tuple[dict[str, int], dict[str, int], re.Pattern[str]]:
    """The numbers written in words that numbers reads (data/event_words.toml `spelled_tens`, `spelled_units`):
    a tens word, with a unit after a hyphen or a space when it is a round one ("twenty-three"), and
    no ordinal ("the twenty-first century")."""
    tens, units = vocab.table("event_words")["spelled_tens"], vocab.table("event_words")["spelled_units"]
    ordinal = r"(?![\w]|[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)"
    round_tens = vocab.alternation(w for w, n in tens.items() if n % 10 == 0 and n > 10)
    pattern = re.compile(rf"(?<![\w-])(?:(?P<tens>{round_tens})(?:[\s-](?P<unit>{vocab.alternation(units)}))?{ordinal}"
                         rf"|(?P<teen>{vocab.alternation(w for w, n in tens.items() if n % 10 or n == 10)}){ordinal})",
                         re.IGNORECASE)
    return tens, units, pattern


@lru_cache(maxsize=1)
def _quantity_patterns() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    """Each sort of figure with the pattern of its units after a number, and the pattern of the signs
    before one, which are of money (data/event_words.toml `quantity_units`, `quantity_signs`)."""
    def alternatives(listed: Iterable[str]) -> str:
        return "|".join(map(re.escape, sorted(listed, key=len, reverse=True)))

    units = tuple((sort, re.compile(rf"[\s-]*(?:{alternatives(words)})(?![^\W\d_])", re.IGNORECASE))
                  for sort, words in vocab.table("event_words")["quantity_units"].items())
    return units, re.compile(rf"(?<![^\W\d_])(?:{alternatives(vocab.words('event_words', 'quantity_signs'))})\s*$")


@lru_cache(maxsize=4096)
def quantities(text: str) -> frozenset[str]:
    """The numbers of a sentence (see numbers) given with a unit or a currency sign, a rate or an amount,
    each as "value sort" (data/event_words.toml `quantity_units`).

    >>> sorted(quantities("The bank imposed a 15% fee and a $1.2 billion fund; 40 people and 3 ministers came."))
    ['1.2 money', '15 share']
    >>> sorted(quantities("It passed a 120-billion-dinar budget, cutting output by 290,000 barrels a day."))
    ['120 money', '290000 volume']
    """
    kept = numbers(text)
    if not kept:
        return frozenset()
    units, sign = _quantity_patterns()
    out = set()
    for m in _NUMBER_WORD.finditer(text):
        value = m.group().replace(",", "")
        if value not in kept:
            continue
        sort = next((sort for sort, unit in units if unit.match(text, m.end())), None)
        if sort is None and sign.search(text[max(0, m.start() - 4):m.start()]):
            sort = "money"
        if sort is not None:
            out.add(f"{value} {sort}")
    return frozenset(out)


def _names_of(e: Event) -> set[str]:
    """The participants and names of a clause that merging counts: not countries ("migrants from
    Libya"), which are too coarse a place to tell two events apart, as are their peoples' adjectives."""
    return (set(e.names) | set(e.actors)) - _state_ids()


@lru_cache(maxsize=1)
def _state_ids() -> frozenset[str]:
    """The ids of the states of the shipped registry (data/actors.toml, kind "state")."""
    return frozenset(_state_entries())


@lru_cache(maxsize=1)
def _state_entries() -> dict[str, dict]:
    """The shipped registry's states by id (data/actors.toml, kind "state")."""
    return {a.get("id") or _state_id_of(a): a for a in vocab.table("actors").get("actor", ()) if a.get("kind") == "state"}


@lru_cache(maxsize=8192)
def folded_id(actor_id: str) -> str:
    """An actor id as merging compares it: the Arabic article of a name left out (data/event_words.toml
    `name_articles`), so that outlets transliterating one name with and without it ("Imad Trabelsi",
    "Imad Al-Trabelsi", "Sadiq Kabir" and the registry's "Sadiq al-Kabir") name one participant.

    >>> folded_id("discovered:imad-al-trabelsi") == folded_id("discovered:imad-trabelsi") == "discovered:imad-trabelsi"
    True
    >>> folded_id("al-qaeda"), folded_id("discovered:el-kib")
    ('al-qaeda', 'discovered:el-kib')
    """
    prefix, _, slug = actor_id.rpartition(":")
    tokens = slug.split("-")
    # Only an article inside a name: a name opening with one ("al-Qaeda", "El Kib") keeps it.
    kept = tokens[:1] + [t for t in tokens[1:] if t not in _name_articles()]
    if len(kept) == len(tokens) or len(kept) < 2:
        return actor_id
    return (prefix + ":" if prefix else "") + "-".join(kept)


@lru_cache(maxsize=1)
def _name_articles() -> frozenset[str]:
    """The Arabic article as transliterations spell it before a name (data/event_words.toml `name_articles`)."""
    return frozenset(vocab.words("event_words", "name_articles"))


class Told:
    """What merging compares of one report, worked out once per report (told), not once per pair:
    a report is compared with up to MAX_CANDIDATES rows of up to MEMBERS_COMPARED reports."""

    __slots__ = ("words", "where", "actors", "sides", "side_set", "core_words", "core_names",
                 "_weight", "_core_weight", "phrase_kinds", "families", "said_families", "happenings",
                 "_place_words",
                 "_rare_keys", "published", "_shingles", "_fixed", "_text", "_names", "_numbers", "_event",
                 "_spelled", "_heads", "_known", "_named", "_places", "_proper", "_put_off", "_quantities")

    def __init__(self, e: Event) -> None:
        self.words = frozenset(e.words)
        self.where = frozenset(e.where)
        self.sides = frozenset(map(folded_id, e.sides))
        # A report naming no participant but the person whose fall sets its time ("since the
        # 2011 revolt that toppled Gaddafi": Event.sides, see _with_actors) is compared by him.
        self.actors = frozenset(map(folded_id, e.actors)) if e.actors else self.sides
        self._heads: frozenset[str] | None = None  # only comparing reads it: made when first asked for
        self._known: frozenset[str] | None = None  # sides | heads, and actors | heads (see _others):
        self._named: frozenset[str] | None = None  # made when first asked for, as heads
        self._spelled: tuple[tuple[str, frozenset[str]], ...] | None = None
        self._names: frozenset[str] | None = None  # names and numbers only comparing reads: made when
        self._numbers: set[str] | None = None  # first asked for (replaying a merge asks for neither)
        self._quantities: frozenset[str] | None = None
        self._event = e
        core = set(e.core)
        self.core_words = frozenset(w for w in core if w[0] != "@")
        self.core_names = frozenset(folded_id(w[1:]) for w in core if w[0] == "@")
        # As _sides_of([e]); none for a report of what someone reacts to (_reaction_framed): whoever
        # reacts is no side of the happening, and sets no row apart from another outlet's report.
        # Nor when the phrase of its date names no one: who is named elsewhere in the clause (an oil
        # corporation announcing a port's closure, a ministry blamed for the wages that set it off)
        # may not be who acted then.  A clause with no date of its own is all its date's phrase.
        self.phrase_kinds = frozenset(_happenings({w for w in core if w[0] == "="}))  # kinds the date's phrase tells
        # Nor for a happening no side does (a fire, a flood: `befalling`): who is named with it
        # owns what burned or put it out.
        self.side_set = frozenset({self.sides}) if self.actors and (self.core_names or e.at == e.at_end) \
            and not _reaction_framed(e.text) and not self.phrase_kinds & _befalling() else frozenset()
        # The weights only comparing reads: made when first asked for (replaying a merge, which
        # builds a Told for every report of a bucket, asks for neither).
        self._weight: float | None = None
        self._core_weight: float | None = None
        self.happenings = frozenset(_happenings(e.words))
        if PRECISION_RANK.get(e.precision, 9) >= PRECISION_RANK["year"]:
            self.families: frozenset[str] = frozenset()
            self.said_families: frozenset[str] = frozenset()
        else:
            families = _families()
            self.families = frozenset(families[h] for h in self.happenings if h in families)
            # A kind named only outside the phrase of the date ("a warrant for the Tarhuna killings",
            # "a conflict that reached a crescendo") does not say what happened then: the kinds
            # set two reports apart (same_event, _Row) only when the phrase of each date names one.
            told_then = any(h in families for h in self.phrase_kinds)
            self.said_families = self.families if told_then else frozenset()
        self._place_words: frozenset[str] | None = None
        self._rare_keys: list[str] | None = None  # asked for by the first report of a row and lookups only
        self.published = date_bounds(e.sources[0].published or "") if e.sources else None  # of its first source
        self._shingles: set[tuple[str, ...]] | None = None
        self._fixed: set[str] | None = None
        self._text = e.text
        self._places: frozenset[str] | None = None  # what comparing reads of the places and names of the
        self._proper: frozenset[str] | None = None  # clause: made when first asked for, as heads
        self._put_off: bool | None = None

    @property
    def singular(self) -> frozenset[str]:
        """The kinds of happening of the whole clause that one place sees once at a time (data/event_words.toml
        `singular`): an outlet's lead puts the place and the toll between the kind and the date."""
        return self.happenings & _singular()

    @property
    def set_days(self) -> frozenset[str]:
        """The kinds of happening held on a day set beforehand that the phrase of its date names (`set_days`)."""
        return self.phrase_kinds & _set_days()

    @property
    def places(self) -> frozenset[str]:
        """The stems of the proper names the clause gives as the place of what it tells (see place_names)."""
        if self._places is None:
            self._places = place_names(self._text)
        return self._places

    @property
    def proper(self) -> frozenset[str]:
        """The stems of the clause's own proper names, an attribution's left out (see proper_names, _unattributed)."""
        if self._proper is None:
            self._proper = proper_names(_unattributed(self._text))
        return self._proper

    @property
    def sites(self) -> frozenset[str]:
        """The site nouns of the clause ("a bank", "a depot": data/event_words.toml `sites`), but for one
        written only capitalised: a body's name ("The Ministry of the Interior announces ...")."""
        found = self.words & _place_cues()[2]
        return frozenset(w for w in found if w in _lower_stems(self._text)) if found else found

    @property
    def is_put_off(self) -> bool:
        """Whether the clause says its happening was put off or dropped (see put_off)."""
        if self._put_off is None:
            self._put_off = put_off(self._text)
        return self._put_off

    @property
    def heads(self) -> frozenset[str]:
        """The states whose post names the one person the clause means (see _states_heading), made when first asked for."""
        if self._heads is None:
            e = self._event
            self._heads = _states_heading(e.text, e.names) if e.names else frozenset()
        return self._heads

    @property
    def posts(self) -> tuple[frozenset[str], ...]:
        """The stems of each post heading one of its names ("health minist" of "Health Minister Jane Roe")."""
        return tuple(frozenset(p.split("\t", 1)[1].split()) for p in self._event.posts)

    @property
    def known(self) -> frozenset[str]:
        """The sides, the states heading one of its names (heads) and the names it gives: who another
        report's participants may be of (_others; "the 2011 revolt against Gaddafi" knows of Gaddafi,
        whom it names though not as a participant)."""
        if self._known is None:
            self._known = self.sides | self.heads | self.names
        return self._known

    @property
    def named(self) -> frozenset[str]:
        """The participants and the states heading one of its names (heads): whom it names (_others)."""
        if self._named is None:
            self._named = self.actors | self.heads
        return self._named

    @property
    def place_words(self) -> frozenset[str]:
        """The words of the places the clause names (see _place_words), made when first asked for."""
        if self._place_words is None:
            self._place_words = frozenset(_place_words(set(self.where)))
        return self._place_words

    @property
    def rare_keys(self) -> list[str]:
        """The keys of the RARE_KEYS rarest content words (at least RARE_KEY_WEIGHT), made when first asked for."""
        if self._rare_keys is None:
            rare = sorted((w for w in self.words if not w.startswith("=") and word_weight(w) >= RARE_KEY_WEIGHT),
                          key=lambda w: (-word_weight(w), w))
            self._rare_keys = ["r:" + w for w in rare[:RARE_KEYS]]
        return self._rare_keys

    @property
    def weight(self) -> float:
        """The summed weight of the clause's content words (see word_weight), made when first asked for."""
        if self._weight is None:
            self._weight = sum(map(word_weight, self.words))
        return self._weight

    @property
    def core_weight(self) -> float:
        """The summed weight of the content words of the phrase around the date, made when first asked for."""
        if self._core_weight is None:
            self._core_weight = sum(map(word_weight, self.core_words))
        return self._core_weight

    @property
    def names(self) -> frozenset[str]:
        """The names the report's clause holds (see _names_of), made the first time they are asked for."""
        if self._names is None:
            self._names = frozenset(map(folded_id, _names_of(self._event)))
        return self._names

    @property
    def spelled(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each name of the clause with the stems another report may say it in as plain words: the
        words of the name ("the central bank" for the Central Bank of Libya, a country's name left
        out) and the post heading it ("his health minister" for "Health Minister Jane Roe")."""
        if self._spelled is None:
            e = self._event
            out = [(n, s) for n in self.names if (s := _name_stems(n))]
            out += [(folded_id(actor), frozenset(post.split())) for actor, post in (p.split("\t", 1) for p in e.posts)]
            self._spelled = tuple(out)
        return self._spelled

    @property
    def numbers(self) -> set[str]:
        """The numbers of the sentence (see numbers), made the first time they are asked for."""
        if self._numbers is None:
            self._numbers = numbers(self._text)
        return self._numbers

    @property
    def quantities(self) -> frozenset[str]:
        """The numbers of the sentence given with a unit (see quantities), made the first time they are asked for."""
        if self._quantities is None:
            self._quantities = quantities(self._text)
        return self._quantities

    @property
    def shingles(self) -> set[tuple[str, ...]]:
        """The runs of three words of the sentence (see copies), made the first time they are asked for."""
        if self._shingles is None:
            self._shingles = _shingles(self._text)
        return self._shingles

    @property
    def fixed(self) -> set[str]:
        """The numbers and calendar names of the sentence (see copies), made the first time they are asked for."""
        if self._fixed is None:
            self._fixed = _fixed(self._text)
        return self._fixed


_CAPITALISED = lazy_compile(r"[A-Z][a-z][\w’'-]*")
_SENTENCE_OPENS = frozenset(".!?:;\"“‘'([-–—•*")


def proper_names(text: str) -> frozenset[str]:
    """The stems of the capitalised words of a sentence that do not open it or a quote (proper
    names, most of them): neither calendar names, nor titles, nor states or their peoples
    (too coarse to tell two events apart).

    >>> sorted(proper_names("Floodwaters tore through the old quarter of Ghat on Tuesday, Libya's civil defence said."))
    ['ghat']
    """
    from .fts import stem

    out = set()
    titles, states = _title_words(), _state_words()
    for m in _CAPITALISED.finditer(text):
        before = text[:m.start()].rstrip()
        inside = text[m.start() - 1:m.start()] == "-" and text[m.start() - 2:m.start() - 1].isalpha()
        if not before or (before[-1] in _SENTENCE_OPENS and not inside):
            continue  # a hyphen inside a word is no dash opening a phrase: "the al-Khums plant" names Khums
        word = m.group().lower().removesuffix("’s").removesuffix("'s")
        if is_calendar_name(word) or word in titles:
            continue
        w = _one_spelling(word) or stem(word)
        if w not in states:
            out.add(w)
    return frozenset(out)


def told(e: Event) -> Told:
    """What merging compares of a report (see Told), kept on the report until _absorb changes it."""
    t = e._told
    if t is None:
        t = e._told = Told(e)
    return t


def evidence(a: Event, b: Event, phrase_only: bool = False) -> tuple[float, float, float]:
    """What two reports share: (the weight of all they share, its share of the lighter report's
    weight, the weight of the shared content words alone); see word_weight.  The share is the
    better of the dated clauses' and of the phrases around their dates (`core`): a long clause
    tells of more than its date's event.  `phrase_only`: the words of the phrases alone, with the
    clauses' participants (a year holds many events of one actor: the one its date belongs to
    is what the phrase of the date says)."""
    ta, tb = told(a), told(b)
    if phrase_only:
        return _evidence(ta, tb, ta.core_words, tb.core_words, ta.core_weight, tb.core_weight, ta.names, tb.names,
                         ta.phrase_kinds, tb.phrase_kinds)
    core = _evidence(ta, tb, ta.core_words, tb.core_words, ta.core_weight, tb.core_weight,
                     ta.core_names, tb.core_names, ta.phrase_kinds, tb.phrase_kinds)
    shared, share, words = _evidence(ta, tb, ta.words, tb.words, ta.weight, tb.weight, ta.names, tb.names,
                                     ta.happenings, tb.happenings)
    return shared, max(share, core[1]), words


def _evidence(a: Told, b: Told, wa: frozenset[str], wb: frozenset[str], weight_a: float, weight_b: float,
              na: frozenset[str], nb: frozenset[str], ka: frozenset[str], kb: frozenset[str]) -> tuple[float, float, float]:
    """See evidence; ka, kb: the kinds of happening of wa and wb with those they also name (Told.happenings
    of a clause's words, Told.phrase_kinds of its phrase's), worked out once per report."""
    both = wa & wb
    words = sum(word_weight(w) for w in both)
    if not any(w[0] == "=" for w in both) and ka & kb:
        words += KIND_WEIGHT  # one kind in two words: "the 2019 assault on Tripoli" / "the war he waged in 2019" (`also`)
    # A word both clauses write as a proper name ("the El Feel oilfield") names one thing, however
    # common the English word it is spelt like: it weighs at least PROPER_WEIGHT.
    proper = a.proper & b.proper & both if both else both
    if proper:
        words += sum(max(0.0, PROPER_WEIGHT - word_weight(w)) for w in proper)
    common = na & nb
    # A name one report gives and the other says in plain words ("the Central Bank of Libya" and
    # "the central bank governor", "Health Minister Jane Roe" and "his health minister").  A plain
    # loop that makes no set unless a name matches: this runs for every pair compared.
    plain: set[str] | None = None
    for n, stems in a.spelled:
        if stems <= wb and n in na and n not in nb:
            plain = {n} if plain is None else plain | {n}
    for n, stems in b.spelled:
        if stems <= wa and n in nb and n not in na:
            plain = {n} if plain is None else plain | {n}
    # A surname the other clause gives as a word, not a name it knows ("Trabelsi's motorcade"): _surname.
    for n in a.actors:
        if n not in nb and (s := _surname(n)) and s in wb:
            plain = {n} if plain is None else plain | {n}
    for n in b.actors:
        if n not in na and (s := _surname(n)) and s in wa:
            plain = {n} if plain is None else plain | {n}
    if plain:
        common = common | plain
    names = NAME_WEIGHT * len(common)
    if not common and a.sides & b.sides:
        names = SIDE_WEIGHT
    xa, xb = a.numbers, b.numbers
    nums = NUMBER_WEIGHT * len(xa & xb)
    total_a = weight_a + NAME_WEIGHT * len(na) + NUMBER_WEIGHT * len(xa)
    total_b = weight_b + NAME_WEIGHT * len(nb) + NUMBER_WEIGHT * len(xb)
    shared = words + names + nums
    lighter = min(total_a, total_b)
    return shared, (shared / lighter if lighter else 0.0), words


@lru_cache(maxsize=8192)
def _name_stems(actor_id: str) -> frozenset[str]:
    """The content stems of a name, read from its id (a slug of the name): what a report that does
    not name it as a name may say of it in plain words; none for a country (too coarse to count)
    or a name of one word (an acronym or a surname stays a name, not a word)."""
    if actor_id in _state_ids():
        return frozenset()
    tokens = actor_id.rsplit(":", 1)[-1].split("-")
    states = _state_words()
    stems = {w for t in tokens if (w := _name_word(t)) and w[0] != "=" and w not in states}
    return frozenset(stems) if len(stems) >= 2 else frozenset()


SURNAME_WEIGHT = 3.0  # at least, the weight of a surname that names its person alone (see _surname)


@lru_cache(maxsize=8192)
def _surname(actor_id: str) -> str | None:
    """The stem of the last word of a name of two words or more (read from its id), when it is rare
    enough (SURNAME_WEIGHT) to name one person where an outlet gives it alone ("Trabelsi's
    motorcade", "al-Zadma's cabinet"): no common word ("Hope"), no body's last word ("Authority").
    Only for a report whose article names no one so (the word is in its clause's words, not a
    mention), against a report naming the person in full; the Arabic article is left out.

    >>> _surname("discovered:imad-trabelsi"), _surname("discovered:salem-al-zadma"), _surname("discovered:red-crescent")
    ('trabelsi', 'zadma', None)
    """
    tokens = actor_id.rsplit(":", 1)[-1].split("-")
    if len(tokens) < 2 or actor_id in _state_ids():
        return None
    w = _name_word(tokens[-1])
    return w if w and w[0] != "=" and word_weight(w) >= SURNAME_WEIGHT else None


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The stems of the words of the registry's states' ids and their peoples' adjectives."""
    return frozenset(_content_word(t) or t for s in _state_ids() for t in s.split("-")) | _demonyms()


@lru_cache(maxsize=1)
def _state_of_word() -> dict[str, str]:
    """The state id each stem of _state_words names: the words of its id and its people's adjective
    ("tunisia" and "tunisian" name "tunisia"); of a two-word id, not a word naming no state by itself
    (data/places.toml `generic_state_words`: "south" of "south-korea")."""
    from .fts import stem

    out: dict[str, str] = {}
    generic = frozenset(vocab.words("places", "generic_state_words"))
    for sid, a in _state_entries().items():
        for t in sid.split("-"):
            if t not in generic or "-" not in sid:
                out[_content_word(t) or t] = sid
        for d in a.get("demonyms", ()):
            out[stem(d.lower())] = sid
    return out


def _state_id_of(actor: dict) -> str:
    from .actors import slug

    return slug(actor["name"])


def _states_named(words: frozenset[str]) -> frozenset[str]:
    """The states a clause's stems name, a people's adjective as its state ("Tunisians" is "tunisia");
    naming none, the state the desk covers (data/event_words.toml `home_state`)."""
    of = _state_of_word()
    return frozenset(of[w] for w in words if w in of) or frozenset({_HOME_STATE})


def _kinds_merge(a: str, b: str) -> bool:
    # A past event named in passing ("the 2011 uprising"), its report, and the state it
    # began ("since the 2011 uprising") are one event; a plan is not what happened.
    return a == b or "scheduled" not in (a, b)


@lru_cache(maxsize=1)
def _one_side_kinds() -> frozenset[str]:
    """The kinds of happening one side does to one place once on one day (data/event_words.toml `one_side_kinds`)."""
    return frozenset("=" + w for w in vocab.words("event_words", "one_side_kinds"))


@lru_cache(maxsize=1)
def _town_day_kinds() -> frozenset[str]:
    """The kinds of happening one town sees as one episode on one day (data/event_words.toml `town_day_kinds`)."""
    return frozenset("=" + w for w in vocab.words("event_words", "town_day_kinds"))


@lru_cache(maxsize=1)
def _site_day_kinds() -> frozenset[str]:
    """The kinds of happening one site sees once on one day (data/event_words.toml `site_day_kinds`)."""
    return frozenset("=" + w for w in vocab.words("event_words", "site_day_kinds"))


@lru_cache(maxsize=1)
def _befalling() -> frozenset[str]:
    """The kinds of happening no side does (data/event_words.toml `befalling`): a fire, a flood."""
    return frozenset("=" + w for w in vocab.words("event_words", "befalling"))


@lru_cache(maxsize=1)
def _singular() -> frozenset[str]:
    """The kinds of happening one place sees once at a time (data/event_words.toml `singular`)."""
    return frozenset("=" + w for w in vocab.words("event_words", "singular"))


@lru_cache(maxsize=1)
def _known_by_year() -> frozenset[str]:
    """The kinds a year named in passing by nobody is known by (data/event_words.toml `known_by_year`)."""
    return frozenset("=" + w for w in vocab.words("event_words", "known_by_year"))


@lru_cache(maxsize=1)
def _set_days() -> frozenset[str]:
    """The kinds of happening held on a day set beforehand (data/event_words.toml `set_days`)."""
    return frozenset("=" + w for w in vocab.words("event_words", "set_days"))


# A befalling happening over the whole country (data/event_words.toml `nationwide`), not denied ("it was not
# nationwide").
_NATIONWIDE = lazy_compile(r"(?<!\bnot\s)(?<!\bno\s)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                               for w in vocab.words("event_words", "nationwide"))
                           + r")\b", re.IGNORECASE)
NATIONWIDE_REACH = 8  # words at most between the kind's word and the word saying it was nationwide


@lru_cache(maxsize=1)
def _nationwide_kinds() -> frozenset[str]:
    """The kinds of data/event_words.toml `nationwide_kinds` ("=blackout")."""
    return frozenset("=" + w for w in vocab.words("event_words", "nationwide_kinds"))


def _told_nationwide(text: str, kinds: frozenset[str]) -> bool:
    """Whether a clause says one of these kinds befell the whole country: a word of `nationwide` no more
    than NATIONWIDE_REACH words from a word giving the kind ("a nationwide power blackout", "a total
    blackout occurred at 2:20 this afternoon, Thursday, on the national grid")."""
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", text)]
    near = [i for i, (_, w) in enumerate(words) if set(_content(w)) & kinds]
    if not near:
        return False
    index = {start: i for i, (start, _) in enumerate(words)}
    return any((i := index.get(m.start())) is not None and any(abs(i - k) <= NATIONWIDE_REACH for k in near)
               for m in _NATIONWIDE.finditer(text))


@lru_cache(maxsize=1)
def _region_wide() -> frozenset[str]:
    """The kinds of happening one day's disaster spreads over a region (data/event_words.toml `region_wide`)."""
    return frozenset("=" + w for w in vocab.words("event_words", "region_wide"))


def _disaster_again(p: Pair) -> bool:
    """Whether two clauses of one article tell one day's region-wide disaster twice ("Floods killed 400
    people in Marsa Kufra on Sunday" / "The storm hit the coast late on Sunday, sweeping whole
    neighbourhoods into the sea"; "the two dams above the city burst on Sunday night"): both tell a
    kind of data/event_words.toml `region_wide`, of one day, the later says of no other happening
    ("another", "a second"), neither names a place apart from the other's, both are of one state, and
    neither names someone the other does not know of."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    if not a.precision == b.precision == "day" or not ta.singular & tb.singular & _region_wide():
        return False
    if _tells_another(a.text) or _tells_another(b.text) or p.a_others or p.b_others:
        return False
    if _beside_the_disaster(ta) or _beside_the_disaster(tb):
        return False  # "Authorities imposed a curfew on Sunday as floodwaters rose": a precaution that day
    if _places_apart(ta.where | ta.places, tb.where | tb.places) or _none_in_common(ta.sites, tb.sites):
        return False
    return _states_of(ta, proper=True) == _states_of(tb, proper=True)


def _beside_the_disaster(t: Told) -> bool:
    """Whether the phrase of a report's date tells what authorities ordered against a disaster that
    day, an evacuation or a curfew (the family "precaution" of data/event_words.toml): an act of its
    own, not the flood ("residents heard loud explosions when the dams collapsed" is still the flood)."""
    families = _families()
    return any(families.get(h) == "precaution" for h in t.phrase_kinds)


@lru_cache(maxsize=1)
def _put_off_words() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str] | None]:
    """The words and phrases saying a happening was put off or dropped (data/event_words.toml `put_off`),
    and the phrases with a vote put off inside them ("push the elections back", `put_off_split`)."""
    nouns = "|".join(map(re.escape, vocab.words("event_words", "election_nouns")))
    split = ["(?:" + rf"(?: [a-z]+){{0,3}} (?:{nouns})".join(" " + re.escape(w) for w in p.lower().split(" ... "))
             + ")" for p in vocab.words("event_words", "put_off_split")]
    return (frozenset(w.lower() for w in vocab.words("event_words", "put_off")),
            tuple(" " + p.lower() + " " for p in vocab.words("event_words", "put_off_phrases")),
            re.compile("(?:" + "|".join(split) + ") ") if split else None)  # each ends a word ("officials")


def _put_off_to(text: str) -> bool:
    """Whether a clause says its happening was put off to a later date ("voted to push the elections
    back until next year", "postponed the vote to 2032"): the date it names is the one put off to,
    not a plan of its own.

    >>> _put_off_to("Parliament voted to push the elections back until next year.")
    True
    >>> _put_off_to("The elections, which were supposed to take place on 24 December, were postponed.")
    False
    """
    return put_off(text) and re.search(r"\b(?:until|till|to|into)\s+(?:next|the\s+following|the\s+end|early|"
                                       r"late|mid|\d{4}\b|[A-Z][a-z]+\s+\d{4})", text) is not None


def put_off(text: str) -> bool:
    """Whether a clause says its happening was postponed, cancelled, delayed, suspended or called off.

    >>> put_off("The commission postponed the municipal elections."), put_off("Polls opened on Saturday.")
    (True, False)
    >>> put_off("Parliament voted to push the parliamentary elections back until next year.")
    True
    """
    words, phrases, split = _put_off_words()
    found = re.findall(r"[^\W\d_]+", text.lower())
    if words.intersection(found):
        return True
    spaced = " " + " ".join(found) + " "
    return any(p in spaced for p in phrases) or bool(split and split.search(spaced))


@lru_cache(maxsize=1)
def _place_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the words before a place's name, the settlement nouns before "of" one, the site nouns as stems):
    data/event_words.toml `place_openers`, `place_nouns`, `sites`."""
    from .fts import stem

    return (frozenset(w.lower() for w in vocab.words("event_words", "place_openers")),
            frozenset(w.lower() for w in vocab.words("event_words", "place_nouns")),
            frozenset(stem(w.lower()) for w in vocab.words("event_words", "sites")))


@lru_cache(maxsize=1)
def _sites_alike() -> dict[str, str]:
    """The stem of a site noun -> the stem of the one it stands for (data/event_words.toml `sites_alike`)."""
    from .fts import stem

    return {stem(k): stem(v) for k, v in vocab.mapping("event_words", "sites_alike").items()}


_NAME_RUN = lazy_compile(r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)*")
_ARTICLES = frozenset(("the", "a", "an"))


@lru_cache(maxsize=65536)
def place_names(text: str) -> frozenset[str]:
    """The stems of the proper names a clause gives as the place of what it tells: after a
    preposition of place or a verb striking it ("in Tiji", "outside the Central Bank branch",
    "floods struck Ghat") or a settlement noun and "of" ("the village of Tiji"); not an
    attribution's body ("the Libyan Red Crescent said") nor an office's ("head of the Audit Bureau").

    >>> sorted(place_names("Floods swept through the village of Tiji on Tuesday, the Libyan Red Crescent said."))
    ['tiji']
    """
    openers, nouns, _ = _place_cues()
    keep = proper_names(text)  # the stems proper_names keeps: no calendar name, title or state
    out: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        if (name := _naming_its_happening(text, m)) is not None:
            out.add(name)  # "Gharian clashes between ...", "Derna floods": a brief's or a headline's place
            continue
        before = re.findall(r"[^\W\d_]+", text[:m.start()].lower())[-4:]
        while before and before[-1] in _ARTICLES:
            before.pop()
        if not before:
            continue
        if (part := _TOWN_PART_AFTER.match(text, m.end())) and part.group(1) in _town_parts():
            continue  # "in the Fashloum district": a part of some town, which located names with its noun
        if before[-1] in openers or (before[-1] == "of" and len(before) > 1 and before[-2] in nouns):
            out.update(w for w in map(_name_stem, (t.lower().removesuffix("’s").removesuffix("'s") for t in m.group().split()))
                       if w in keep)
    return frozenset(out)


def _naming_its_happening(text: str, m: re.Match[str]) -> str | None:
    """The stem of a one-word name written right before the noun of a happening a place sees (data/event_words.toml
    `town_day_kinds`, `befalling`, `singular`): "Gharian clashes between two brigades", "Derna floods";
    "The Tripoli clashes" too.  None for any other run of names, or a word that names no place: a title, a
    state or its people, or a word of English too common to be a place's name ("Heavy clashes", "Renewed
    fighting", "Presidential elections": below SURNAME_WEIGHT, unless a spelling of a name of the variant
    table)."""
    word = m.group()
    if word.startswith("The "):
        word = word[4:]
    after = _LOWER_WORD_AFTER.match(text, m.end())
    if after is None or " " in word or _content_word(after.group(1)) not in _placed_kinds():
        return None
    term = word.lower().removesuffix("’s").removesuffix("'s")
    own = _content_word(term)
    if own is None or own[0] == "=" or is_calendar_name(term) or term in _title_words() or own in _title_words() \
            or own in _state_words():
        return None
    if _one_spelling(term) is None and word_weight(own) < SURNAME_WEIGHT:
        return None
    return _name_stem(term)


_LOWER_WORD_AFTER = lazy_compile(r" ([a-z]+)\b")


@lru_cache(maxsize=1)
def _placed_kinds() -> frozenset[str]:
    """The kinds of happening a name written before their noun is the place of ("Zawiya clashes")."""
    return _town_day_kinds() | _befalling() | _singular()


_TOWN_PART_AFTER = lazy_compile(r"(?:\s+" + _ARABIC_ARTICLE + r"-[\w’'-]+)*\s+([a-z]+)\b")


@lru_cache(maxsize=1)
def _one_word_prepositions() -> frozenset[str]:
    """The one-word prepositions before a place (data/places.toml `prepositions`)."""
    return frozenset(w for w in vocab.words("places", "prepositions") if " " not in w)


@lru_cache(maxsize=4096)
def _lower_stems(text: str) -> frozenset[str]:
    """The stems of the words a text writes in lower case."""
    from .fts import stem

    return frozenset(stem(t) for t in _WORD.findall(text) if t.islower())


# Words a site's own place is told from ("a market near the port": the market is a site too;
# data/event_words.toml `near_openers`).
_NEAR_WORDS = frozenset(vocab.words("event_words", "near_openers"))


def _where_the_phrase_says(phrase: str, before_date: str, where: list[str], states: set[str]) -> list[str]:
    """The places of a clause's happening when its date's own words put it in a state and name none of
    them: "In the town of Meet Ghamr, the family of Engineer Jane Roe, one of the two engineers abducted
    in Libya yesterday, waits": the town sets the scene, the abduction was in Libya (no town of it
    told, so none); the phrase's own towns when it names some.  Only a participle in "-ed" and "in" the
    state right before the date (`before_date`, the text up to it): "the worst fighting in Libya this
    year", "the deadliest recorded in Libya this year", "the second citizen killed in Libya this month"
    are a scope of another date, and leave the clause's town where it happened."""
    low = before_date.lower()
    if not any(re.search(r"\b[a-z]{3,}ed\s+in\s+(?:the\s+)?" + re.escape(state) + r"[,\s]*$", low) for state in states):
        return where
    low = phrase.lower()
    if any(re.search(r"\b" + re.escape(p) + r"\b", low) for p in where):
        return where
    return [p for p in located(phrase) if p not in states]


@lru_cache(maxsize=65536)
def happening_sites(text: str) -> frozenset[str]:
    """The stems of the site nouns (data/event_words.toml `sites`) a clause gives as the place of
    what it tells, written in lower case outside its attribution: after a preposition of place,
    three words back at most with no other preposition between ("near a busy market", "at an
    ammunition depot", "near a Benghazi market"), or after an article before a noun of a kind of
    happening ("a depot explosion"); not a name's ("the Interior Ministry said"), nor a settlement
    noun before "of" and a name ("the port of Es Sider" is the place Es Sider), nor where the
    wounded were taken ("taken to hospital"); a site something lies near counts the site before it too ("in
    the central fish market near the port": market and port).

    >>> sorted(happening_sites("A car bomb exploded near a busy market, killing four, hospital officials said."))
    ['market']
    >>> sorted(happening_sites("A depot explosion shook the city; the wounded were taken to hospital."))
    ['depot']
    """
    from .fts import stem

    openers, nouns, sites = _place_cues()
    alike = _sites_alike()
    prepositions = _one_word_prepositions()
    terms = re.findall(r"[^\W\d_]+", _unattributed(text))
    out: set[str] = set()
    for i, t in enumerate(terms):
        if not t.islower() or stem(t) not in sites:
            continue
        after = terms[i + 1] if i + 1 < len(terms) else ""
        if t in nouns and after == "of":
            continue  # "the port of Es Sider" names a place, as "the village of Tiji" does
        if i and terms[i - 1].lower() in _ARTICLES and after.islower() and (_content_word(after) or "").startswith("="):
            out.add(alike.get(stem(t), stem(t)))  # "a depot explosion"
            continue
        for k in range(i - 1, max(i - 4, -1), -1):
            if terms[k] in openers:
                if terms[k] in _NEAR_WORDS and k and terms[k - 1].islower() and stem(terms[k - 1]) in sites:
                    # "in the central fish market near the port", "attacked a checkpoint near the airport": the
                    # site before it is one too, however far from its own preposition
                    out.add(alike.get(stem(terms[k - 1]), stem(terms[k - 1])))
                out.add(alike.get(stem(t), stem(t)))
                break
            if terms[k] in prepositions:
                break
    return frozenset(out)


def _none_in_common(a: Set[str] | None, b: Set[str] | None) -> bool:
    """Whether each of two sets names something and they share nothing ("a market" / "a depot",
    a killing's family / an arrest's): two reports that each say it of one thing, of two things."""
    return bool(a) and bool(b) and not a & b


def _sites_apart(a: str, b: str) -> bool:
    """Whether two clauses each give a site as the place of what they tell, and none in common
    (happening_sites: "near a market" / "at a depot")."""
    sa = happening_sites(a)
    return bool(sa) and _none_in_common(sa, happening_sites(b))


def _unattributed(text: str) -> str:
    """A clause without its attribution: the comma-set parts that credit a report to someone ("...,
    the Libyan Red Crescent said", "according to the army, ...": data/report_words.toml `attribution`);
    not a part that only names a time ("inspects this morning the areas of al-Marj hit yesterday")."""
    said = _attribution_words()
    parts = re.split(r"[,;]", text)
    kept = [p for i, p in enumerate(parts)
            if not ({w.lower() for w in re.findall(r"[^\W\d_]+", p)} & said) or (i == 0 and not
                                                                                 p.strip().lower().startswith("according"))]
    return ",".join(kept)


def _happenings(words: list[str] | set[str]) -> set[str]:
    """The kinds of happening (data/event_words.toml) among a clause's words, with the kinds their
    words also name ("attack" is an offensive or a strike: `also`)."""
    kinds = {w for w in words if w.startswith("=")}
    broader = _broader()
    return kinds.union(*(broader[k] for k in kinds if k in broader)) if kinds else kinds


@lru_cache(maxsize=1)
def _reference_nouns() -> frozenset[str]:
    from .fts import stem

    return frozenset(stem(w) for w in vocab.words("event_words", "references"))


def _refers(earlier: Event, later: Event) -> bool:
    """Whether a later clause of one article names the earlier one's event by its date ("Wednesday's
    measures", "the June 15 escalation", "the December election").

    The noun must be a general one ("measures", "moves", data/event_words.toml `references`)
    or say what the earlier clause says.
    """
    if not later.ref or later.doc != earlier.doc or later.date != earlier.date or later.sentence <= earlier.sentence:
        return False
    return later.ref in _reference_nouns() or later.ref in earlier.words


def named_alike(a: Event, b: Event) -> bool:
    """Whether two reports known only by one year, one naming no participant, name the same kind of
    happening at a place both name ("the wave of revolutions in 2011, Libya included" beside "Libya's
    2011 revolt that ousted Gaddafi").

    Weak evidence: merge_events joins such a report to a row only when it is the one row of
    its year that tells of it so.
    """
    if not (a.precision == b.precision == "year" and a.doc != b.doc and not (a.actors and b.actors)):
        return False
    if not _kinds_merge(a.kind, b.kind) or _framed_by(a.text, a.date[:4]) != _framed_by(b.text, b.date[:4]):
        return False
    both = set(a.words) & set(b.words)
    places = (set(a.names) | set(a.where)) & (set(b.names) | set(b.where))
    return bool(_happenings(both)) and bool(places) and _overlap(a, b) >= YEAR_OVERLAP


@lru_cache(maxsize=1)
def _ratio() -> Any:
    """rapidfuzz's fuzz.ratio, imported the first time merging needs it (not on every comparison)."""
    from rapidfuzz import fuzz

    return fuzz.ratio


def near_copy(a: str, b: str) -> bool:
    """Whether two texts are near copies: fuzz.ratio (2 x the characters in common / both lengths,
    in %) at least NEAR_COPY.

    The common characters are at most the shorter text, so texts whose lengths differ too much
    cannot reach it: that is known from the lengths alone, without the call (merging asks this of
    every pair of reports it compares, and most differ in length).  Exact: the bound is checked in
    integers, and where it holds, the ratio decides as before.

    >>> near_copy("Gunmen stormed the hotel on Monday.", "Gunmen stormed the hotel on Tuesday."), near_copy("Talks resumed.", "Talks resumed in Geneva on Monday.")
    (True, False)
    """
    la, lb = len(a), len(b)
    if 200 * min(la, lb) < NEAR_COPY * (la + lb):
        return False
    return _ratio()(a, b, score_cutoff=NEAR_COPY) >= NEAR_COPY


class Pair:
    """Two reports being compared (same_event), with what they agree on worked out once for the
    pair from what each report's Told holds: whom each names that the other does not know of
    (_others, each way at most once), the participants both name, and whether they tell one
    happening (agree).  Every rule of same_event reads the pair, so no feature is read twice."""

    __slots__ = ("a", "b", "ta", "tb", "_a_others", "_b_others", "_who")

    def __init__(self, a: Event, b: Event) -> None:
        self.a, self.b = a, b
        self.ta, self.tb = told(a), told(b)
        self._a_others: bool | None = None
        self._b_others: bool | None = None
        self._who: frozenset[str] | None = None

    @property
    def a_others(self) -> bool:
        """Whether a names a participant b does not know of (see _others)."""
        if self._a_others is None:
            self._a_others = _others(self.ta, self.tb)
        return self._a_others

    @property
    def b_others(self) -> bool:
        """Whether b names a participant a does not know of (see _others)."""
        if self._b_others is None:
            self._b_others = _others(self.tb, self.ta)
        return self._b_others

    @property
    def each_names_another(self) -> bool:
        """Whether each names someone the other does not know of: one host's two guests."""
        return self.a_others and self.b_others

    @property
    def who(self) -> frozenset[str]:
        """The participants both name: a name or registry id in common (aliases and the Arabic article
        folded), or else a name one gives and the other says in plain words ("the Central Bank of
        Libya" / "the central bank", "Health Minister Jane Roe" / "his health minister")."""
        if self._who is None:
            ta, tb = self.ta, self.tb
            na, nb = ta.names, tb.names
            common = na & nb
            if not common:
                common = frozenset(n for n, stems in ta.spelled if stems <= tb.words and n in na) | frozenset(
                    n for n, stems in tb.spelled if stems <= ta.words and n in nb)
            if not common:
                # "Trabelsi's motorcade" / "Interior Minister Imad Trabelsi": a surname the other
                # article names no one by is the person one names in full (_surname).
                common = frozenset(n for n in ta.actors if (s := _surname(n)) and s in tb.words) | frozenset(
                    n for n in tb.actors if (s := _surname(n)) and s in ta.words)
            self._who = common
        return self._who

    @property
    def held_as_set(self) -> bool:
        """Whether a plan for a day and a report of that day tell one happening held on a day set
        beforehand: an outlet writing before an election day tells it as planned ("voters are set to
        elect new councils on Saturday"), one writing after as held ("polls opened on Saturday").
        Both dated to the day, from two articles, the phrase of each date naming such a kind
        (data/event_words.toml `set_days`), neither saying it was put off; the vetoes and the
        evidence of same_event still apply."""
        a, b = self.a, self.b
        if a.doc == b.doc or not a.precision == b.precision == "day" or {a.kind, b.kind} != {"scheduled", "event"}:
            return False
        ta, tb = self.ta, self.tb
        return not ta.is_put_off and not tb.is_put_off and bool(ta.set_days & tb.set_days)


_HELD_OR_SET = frozenset(("event", "scheduled"))


def agree(p: Pair) -> bool:
    """Whether two outlets' reports of one date tell one happening, however few words they share,
    by what it was, to whom and where (called after same_event's vetoes: a plan, a reaction,
    other places, rival sides, kinds of other families, one host's two guests).

    Of one day, any of:
    - who with whom and what: two participants or more in common, neither naming one the other
      does not know of, and a kind of happening both clauses tell ("Erdogan received Dbeibah for
      talks" / "Dbeibah held talks with Erdogan");
    - one site shut or opened again (_one_site_day);
    - what and where: the dated clauses both tell the same kinds of happening that one place sees
      once at a time (data/event_words.toml `singular`: a flood, an explosion, an election, an
      oath, an uprising; one naming an explosion and the other a sinking are two), at a place both
      name (where one says it happened, or a proper name of both clauses: "floods struck Bayda on
      Tuesday" / "heavy rainfall on 13 September caused severe flooding in Bayda"; not the body an
      attribution credits, "..., the Red Crescent said") or of a participant both name, and not
      each naming a place or a site the other does not ("the village of Tiji" / "the hamlet of
      Wazzin", "outside a bank" / "at a depot"); a blackout both tell nationwide, neither naming a
      town (data/event_words.toml `nationwide_kinds`: "a nationwide power blackout" / "a total blackout
      on the national grid"), is at the one country both are of;
    - what and who: the phrases of both dates name kinds of one family ("survived an assassination
      attempt" / "escaped unharmed from an armed attack"), a participant in common (Pair.who) and
      one more thing: a second participant ("the prime minister" / the government he heads), a
      number both give ("300 migrants"), or words worth MIN_BESIDES that are no kind, no place and
      no part of the shared name (a kind word may be taken in another sense, "has met
      resistance", and one man does several things at one place on one day).
    Of one year: the same kinds a place sees once, a participant or name in common, and neither naming a
    participant the other does not know of ("the 2011 uprising that toppled Gaddafi" / "since the
    fall of Gaddafi in 2011"; not "the 2011 revolution that ousted Mubarak"); a report naming none
    is left to named_alike.
    """
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    if a.doc == b.doc or a.precision != b.precision or a.precision not in ("day", "year"):
        return False
    singular = ta.singular if ta.singular == tb.singular else frozenset()
    if a.precision == "year":
        if not singular and p.who:
            # "since the fall of Muammar Gaddafi in 2011" / "the 2011 uprising that toppled Gaddafi"
            fallen_a, fallen_b = _fall_told(a.text), _fall_told(b.text)
            if (fallen_a or fallen_b) and (ta.singular | _fallen(fallen_a)) == (tb.singular | _fallen(fallen_b)):
                singular = _fallen(True)
        if singular and p.who:
            return not p.a_others and not p.b_others
        if p.who:
            return False
        by_year = ta.happenings & tb.happenings & _known_by_year()
        return bool(by_year) and _unnamed_in_year(p, by_year)
    if singular and not _places_apart(ta.places, tb.places) \
            and not _none_in_common(ta.sites, tb.sites):
        if _places_meet(ta.where, tb.where) or _places_meet(ta.places, tb.places) or _places_meet(ta.proper, tb.proper):
            return True
        if singular and singular <= _nationwide_kinds() and _told_nationwide(a.text, singular) \
                and _told_nationwide(b.text, singular) and not (ta.where or tb.where or ta.places or tb.places) \
                and _states_of(ta, proper=True) == _states_of(tb, proper=True):
            return True  # "a nationwide power blackout hit Libya" / "a total blackout ... on the national grid"
        # A day set beforehand for a whole country (an election day) is one, named at no place: unless
        # each names a state (or its people) the other does not.
        # Both tell it, as held or as the day set for it ("scheduled for 24 December" / "which were
        # supposed to take place on December 24": a plan and what was held meet only as same_event's
        # held_as_set lets them), in words of their own (not "the Elections Commission" of a name), in the
        # phrases of their dates, and neither names someone the other does not know of (the election
        # commission's chairman "resigned on Saturday, hours after the polls opened").
        # Both name the same states ("Libyans" and "the Libyan people"; one naming none is of the state
        # the desk covers: not a vote in 20 municipalities and "Tunisians voted"), and not elections of
        # two sorts ("local elections" / "parliamentary elections").
        sorts_a, sorts_b = _election_sorts(a.text), _election_sorts(b.text)
        if {a.kind, b.kind} <= _HELD_OR_SET and singular <= ta.set_days & tb.set_days \
                and _set_day_told(a.text) and _set_day_told(b.text) \
                and _states_named(ta.words) == _states_named(tb.words) \
                and not _none_in_common(sorts_a, sorts_b) and not p.a_others and not p.b_others:
            return True
    if ta.happenings & tb.happenings & _family_kinds() and len(p.who) >= 2 and not p.a_others and not p.b_others:
        return True  # who did it with whom ("Erdogan received Dbeibah" / "Dbeibah held talks with Erdogan") and what
    if not (ta.said_families & tb.said_families):
        return False
    if _one_site_day(p):
        return True
    common = p.who
    if not common:
        return _what_and_where(p)
    if p.each_names_another:
        return False
    held = ta.phrase_kinds & _CUSTODY_KINDS
    if len(held) == 1 and held == tb.phrase_kinds & _CUSTODY_KINDS and not common <= _registry_bodies() | _state_ids():
        # One person taken, or freed, on one day: "Khaled Ben Omran was released on Tuesday" / "Engineer
        # Khaled Bin Omran regained his freedom yesterday, Tuesday" share nothing else to say so (each
        # telling that one end of a custody only).
        return True
    return _one_more_shared(ta, tb, common, ta.words & tb.words)


def _one_site_day(p: Pair) -> bool:
    """Whether two outlets' reports of one day tell one site shut, or opened again (data/event_words.toml
    `site_day_kinds`), whoever each says did it: the phrases of both dates tell the same of those kinds,
    both name one site (_site_in), and not each names a participant the other does not know of ("the NOC
    announces the resumption of production at the El Feel field today" / "production at Libya's Elephant
    oilfield resumed on Monday")."""
    ta, tb = p.ta, p.tb
    site_kinds = _site_day_kinds()
    kinds = ta.phrase_kinds & site_kinds
    if not kinds or kinds != tb.phrase_kinds & site_kinds or p.each_names_another:
        return False
    return _site_in(ta, tb) or _site_in(tb, ta)


def _site_in(ta: "Told", tb: "Told") -> bool:
    """Whether a site a's clause says it happened at is b's: one b says it happened at, in any spelling, or,
    where b's clause names no place at all, the site's name among b's words ("at the El Feel field" / "El
    Feel back on stream")."""
    for x in ta.where:
        if not _is_site(x):
            continue
        if any(_one_place(x, y) for y in tb.where):
            return True
        name = x.rpartition(" ")[0]
        if name and not tb.where and not tb.places and _place_stems(name) <= tb.words:
            return True
    return False


@lru_cache(maxsize=1)
def _fall_pattern() -> re.Pattern[str]:
    """A ruler's fall named by a noun of data/event_words.toml `fall_nouns` before "of" and a proper name,
    maybe after words describing him ("the fall of Muammar Gaddafi", "the fall of dictator Muammar
    Gaddafi", "the 2011 ouster of the Roe government") or after a name's "'s"."""
    nouns = "|".join(map(re.escape, sorted(vocab.words("event_words", "fall_nouns"), key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}[A-Z]|[A-Z][\w-]*['’]s\s+(?:{nouns})(?![\w-])")


def _fall_told(text: str) -> bool:
    """Whether a clause names a ruler's fall by a noun ("since the fall of Muammar Gaddafi in 2011").

    >>> _fall_told("since the fall of Muammar Gaddafi in 2011"), _fall_told("Oil prices saw a fall of 3% in 2011.")
    (True, False)
    """
    return _fall_pattern().search(text) is not None


def _fallen(told_fall: bool) -> frozenset[str]:
    """The kind a ruler's fall tells at a year's precision: the uprising that brought it about."""
    return frozenset({"=uprising"}) if told_fall else frozenset()


# A capitalised word this rare (see word_weight) that is no place or state is someone's name
# ("Hosni Mubarak"), not a body's common words ("the Joint Military Commission"): _unnamed_in_year.
RARE_NAME_WEIGHT = 3.0


def _unnamed_in_year(p: Pair, kinds: frozenset[str]) -> bool:
    """Whether two reports of one year, one or both naming no participant, tell one happening of a kind
    a year is known by (data/event_words.toml `known_by_year`): the phrases of both dates tell it
    ("since the 2011 uprising that toppled Gaddafi" / "the 2011 revolution left the country awash with
    weapons"), both of one state (a report naming none is of the state the desk covers, as an election
    day named at no place: see agree), neither naming a place the other does not, nor elections of
    other sorts, nor (naming no participant) a rare name merging does not know; the one naming
    someone names no other state.  A day set beforehand known by its year is one only as planned
    ("elections are expected in 2023" / "vote in elections in 2023"): a year holds several that were
    held (rounds of municipal elections)."""
    ta, tb, a, b = p.ta, p.tb, p.a, p.b
    if ta.actors and tb.actors or not kinds <= ta.phrase_kinds & tb.phrase_kinds:
        return False
    if kinds & _set_days() and not a.kind == b.kind == "scheduled":
        return False
    if _states_of(ta, proper=True) != _states_of(tb, proper=True) or _places_apart(ta.places, tb.places):
        return False
    if any(word_weight(w) >= RARE_NAME_WEIGHT for t in (ta, tb) if not t.actors
           for w in t.proper - _state_words() - t.places - t.where):
        return False  # "the 2011 revolution that ousted Hosni Mubarak": a rare name merging does not know is someone's
    if not _sorts_agree(_election_sorts(a.text), _election_sorts(b.text), a.kind == b.kind == "scheduled"):
        return False  # "elections in 2023" may be any of a year's: only one naming no sort is one naming none
    return not (ta.actors | tb.actors) & (_state_ids() - _home_state())


def _states_told(t: Told, proper: bool = False) -> frozenset[str]:
    """The states a report names in its words or by name in the phrase of its date ("the 2011 revolt in
    Syria", "Syrians rose up in 2011"), and with `proper` among the proper names of its clause ("Egypt's
    2011 revolution")."""
    named = _states_in(t.words) | (t.core_names & _state_ids())
    return named | _states_in(t.proper) if proper else named


@lru_cache(maxsize=65536)
def _states_in(words: frozenset[str]) -> frozenset[str]:
    """The states whose words (_state_of_word) are among a report's words: worked out once per report's
    words, not once per pair compared (same_event asks it of both reports of every pair of a year)."""
    of = _state_of_word()
    return frozenset(of[w] for w in words if w in of)


def _states_of(t: Told, proper: bool = False) -> frozenset[str]:
    """The states of _states_told; naming none, the state the desk covers (as _states_named)."""
    return _states_told(t, proper) or _home_state()



def _what_and_where(p: Pair) -> bool:
    """Whether two reports of one day naming no participant in common tell one happening by what and
    where: the phrases of both dates name one kind of happening ("rival armed groups fought in
    Zawiya" / "heavy gunfire rocked Zawiya as clashes erupted"), both name one place (where one
    says it happened or a place's words in the other's clause), neither names a place or a site the
    other does not, not each names a participant the other does not know of, and one more thing is
    shared: a number, or words worth MIN_BESIDES that are no kind and no place.  Many happenings of
    one kind at one place on one day each name whom they are of."""
    ta, tb = p.ta, p.tb
    if not ta.phrase_kinds & tb.phrase_kinds & _family_kinds():
        return False
    if _places_apart(ta.places, tb.places):
        return False  # "the village of Tiji" / "the hamlet of Wazzin"
    if _none_in_common(ta.sites, tb.sites):
        return False  # "outside a bank" / "at a depot"
    pa, pb = ta.where | ta.places, tb.where | tb.places
    if not (_places_meet(pa, pb) or any(_place_stems(x) <= tb.words for x in ta.where)
            or any(_place_stems(x) <= ta.words for x in tb.where) or ta.places & tb.words or tb.places & ta.words):
        return False
    if p.each_names_another:
        return False  # one says whom it was of and the other another: two happenings
    if ta.numbers & tb.numbers:
        return True
    if ta.sides & tb.sides and ta.phrase_kinds & tb.phrase_kinds & _one_side_kinds():
        return True  # of one side: "forces loyal to Haftar captured Ubari" / "the LNA took control of Awbari"
    if not ta.sides and not tb.sides and ta.phrase_kinds & tb.phrase_kinds & _one_side_kinds() \
            and any(_is_site(x) for x in ta.where & tb.where):
        # One site taken on one day, by men neither report names: "tribesmen seized the Sharara oil
        # field" / "protesters had overrun the facility the previous day".
        return True
    if ta.phrase_kinds & tb.phrase_kinds & _town_day_kinds() and _places_meet(pa - _home_state(), pb - _home_state()) \
            and not _crafts_apart(ta.words, tb.words):
        return True  # "armed groups fought in Zawiya on Thursday" / "clashes broke out in Zawiya yesterday evening"
    places = _where_words(ta, tb) | ta.places | tb.places
    return sum(word_weight(w) for w in ta.words & tb.words if w[0] != "=" and w not in places) >= MIN_BESIDES


@lru_cache(maxsize=1)
def _craft_sorts() -> dict[str, str]:
    """Each stem of data/event_words.toml `craft` -> its sort of craft."""
    from .fts import stem

    return {stem(w): sort for sort, words in vocab.table("event_words")["craft"].items() for w in words}


def _crafts_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two clauses' words name craft of two sorts and none in common ("a fishing trawler sank" /
    "their rubber dinghy capsized": two sinkings, however one their town and day).

    >>> from libyadesk.fts import stem
    >>> _crafts_apart(frozenset(map(stem, ["trawler", "sank"])), frozenset(map(stem, ["rubber", "dinghy"])))
    True
    >>> _crafts_apart(frozenset(map(stem, ["inflatable", "boat"])), frozenset(map(stem, ["dinghy"])))
    False

    A clause telling a rescue names the rescuer's craft too ("a merchant vessel rescued 40 migrants after
    their boat sank"): its craft tell nothing of the sunk one's.

    >>> _crafts_apart(frozenset(map(stem, ["merchant", "rescued"])) | {"=interception"}, frozenset(map(stem, ["dinghy"])))
    False
    """
    if "=interception" in a or "=interception" in b:
        return False  # "a merchant vessel rescued 40 migrants after their boat sank": the rescuer's craft
    sorts = _craft_sorts()
    sa, sb = {sorts[w] for w in a if w in sorts}, {sorts[w] for w in b if w in sorts}
    return _none_in_common(frozenset(sa), frozenset(sb))


@lru_cache(maxsize=1)
def _set_day_words() -> re.Pattern[str]:
    """The words of the kinds held on a day set beforehand (data/event_words.toml `set_days`), in lower case."""
    words = _words_of_kinds(frozenset(vocab.words("event_words", "set_days")))
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


@lru_cache(maxsize=8)
def _words_of_kinds(kinds: frozenset[str]) -> tuple[str, ...]:
    """The words (not phrases) of some kinds of happening (data/event_words.toml `concept` names), in
    lower case, the longest first (for an alternation)."""
    return tuple(sorted({w.lower() for e in vocab.entries("event_words") if e["concept"] in kinds for w in e["words"]},
                        key=len, reverse=True))


def _set_day_told(text: str) -> bool:
    """Whether a clause tells a kind held on a day set beforehand in a word of its own, in lower case,
    not in a name ("the parliamentary elections", not "the High National Elections Commission").

    A clause may open with it ("Polls scheduled for December have been shelved"), when the next word is
    no name's ("Elections Commission").

    >>> _set_day_told("Libyans voted in the parliamentary elections."), _set_day_told("The Elections Commission met.")
    (True, False)
    >>> _set_day_told("Polls scheduled for December were shelved."), _set_day_told("Elections Commission head resigns")
    (True, False)
    """
    if _set_day_words().search(text) is not None:
        return True
    m = re.match(r"\W*([A-Z][a-z]+)\s+([\w-]+)", text)
    return m is not None and not m.group(2)[0].isupper() and _set_day_words().fullmatch(m.group(1).lower()) is not None


@lru_cache(maxsize=1)
def _election_sort_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each sort of election (data/event_words.toml `election_sorts`) and the pattern of its adjectives
    before an election's own noun (`election_nouns`), one word between at most, in lower case."""
    nouns = "|".join(map(re.escape, sorted(vocab.words("event_words", "election_nouns"), key=len, reverse=True)))
    return tuple(
        (sort, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, adjectives)) + r")(?:\s+[a-z]+)?\s+(?:"
                          + nouns + r")(?![\w-])", re.IGNORECASE))
        for sort, adjectives in vocab.table("event_words")["election_sorts"].items())


def _election_sorts(text: str) -> frozenset[str]:
    """The sorts of election a clause names ("local elections", "the presidential vote").

    >>> sorted(_election_sorts("Voters cast ballots in local council elections.")), sorted(_election_sorts("Polls opened."))
    (['local'], [])
    """
    return frozenset(sort for sort, pattern in _election_sort_words() if pattern.search(text))


def _sorts_agree(a: frozenset[str], b: frozenset[str], planned: bool) -> bool:
    """Whether two reports of a year's elections name sorts of one vote: the same sorts, or, both
    telling it as planned, one naming none and the other national ones ("hold elections in 2023" /
    "hold presidential and legislative elections in 2023": the vote the country awaits; not "local
    elections in 2023", of which a year holds several rounds)."""
    if a == b:
        return True
    return planned and not (a and b) and "local" not in a | b


_LAUNCH = "=launch"  # the kind of the start of something (data/event_words.toml), no family of its own


@lru_cache(maxsize=4096)
def _framed_by(text: str, year: str) -> bool:
    """Whether a report of a year tells another act set in that year's event, not the event: a noun
    phrase and the participle of what was done to it before a phrase framing it by the event ("a UN embargo
    imposed on the country during the 2011 uprising", "sanctions adopted after the 2011 revolt"),
    with no auxiliary before the participle ("the country was plunged into chaos after the 2011
    uprising" tells the uprising's aftermath, and is a report of it).

    >>> _framed_by("Supplies flowed despite a UN embargo imposed on the country during the 2011 uprising.", "2011")
    True
    >>> _framed_by("Libya was plunged into chaos following the 2011 uprising that toppled Gaddafi.", "2011")
    False
    """
    if not year.isdigit():
        return False
    pattern = _FRAMED.get(year)
    if pattern is None:
        pattern = _FRAMED.setdefault(year, re.compile(
            r"\b(?i:a|an|the|its|their|his|her)\s+(?:" + _NO_AUX + r"[\w-]+\s+){0,3}?" + _NO_AUX + r"[a-z]{3,}\s+(?:[a-z]+ly\s+)?"
            rf"(?:[a-z]{{3,}}ed|{verb_forms('participle')})\b(?:\s+(?:on|against|by|in|over|upon)\s+[^,;.]{{1,40}}?)?"
            r"\s+(?:during|after|following|amid|since|in\s+the\s+wake\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + year
            + r"\b"))
    return pattern.search(text) is not None


_FRAMED: dict[str, re.Pattern[str]] = {}
# A word of a noun phrase, not an auxiliary or a negation ("the fighting has not resumed since ..." is no noun and its participle).
_NO_AUX = r"(?!(?:was|were|been|being|is|are|be|has|have|had|not|never|also|already)\b)"


def _coarse_and_untold(a: Event, b: Event) -> bool:
    """Whether two reports of two articles, at two precisions one of which is a year or coarser, share
    no kind told by the phrases of their dates and no number: such a pair is one event (same_event)
    only as a near copy, since every other rule that can say yes needs one precision (agree), a day,
    a week or a month on both sides (_set_day_coarser, _cabinet_approved, _state_sworn_in, _disaster_day),
    a kind both phrases tell (_agree_coarser, _uprising_by_its_day) or, a year being weighed, a kind
    or a number in common (_weighed).  Asked first, before the pair is made: a row of a year is a
    candidate of every finer event of its participants, and about half the pairs a bucket merge
    compares are of this sort (tests/test_build_cpu.py checks it against the rules it reads).  A new
    rule that says yes to such a pair must be added here too."""
    if a.doc == b.doc or a.precision == b.precision:
        return False
    if max(PRECISION_RANK[a.precision], PRECISION_RANK[b.precision]) < PRECISION_RANK["year"]:
        return False
    ta, tb = told(a), told(b)
    return not ta.phrase_kinds & tb.phrase_kinds and not ta.numbers & tb.numbers


def same_event(a: Event, b: Event) -> bool:
    """Whether two dated clauses report one real event (their dates are already known to agree).

    Vetoes first: a plan and what happened (unless a day set beforehand, Pair.held_as_set), places
    with none in common, participants of no common side, kinds of happening of no common family
    (an arrest and a killing), one host's two guests.  Then what, who and where (agree), and the
    evidence (see evidence): rare content words, participants and names, numbers that both
    reports give; the coarser the dates, the more is needed.  Within one article more, since
    it tells of several things on one day.
    """
    if _coarse_and_untold(a, b) and not near_copy(a.text, b.text):
        return False  # two outlets, two precisions, one a year: only a near copy is one event (see there)
    if a.date != b.date and a.precision == b.precision == "day" and (a.night or b.night) \
            and "publication" not in (a.dated_by, b.dated_by) and (a.doc == b.doc or not (a.night and b.night)):
        # Two days met through a night's span (Event.span): one night only when both tell a night
        # ("last night, Sunday" / "overnight" in a Monday wire), not a night and the next day's
        # happening ("clashes on Sunday night" / "fresh clashes on Monday afternoon"); within one
        # article "agreed last night" and "holding this morning" are two times.
        return False
    p = Pair(a, b)
    if not _kinds_merge(a.kind, b.kind) and not p.held_as_set:
        return False
    if a.kind == b.kind == "scheduled" and _put_off_to(a.text) != _put_off_to(b.text):
        return False  # "pushed the elections back until next year" tells the pushing, not next year's plans
    if a.reacts != b.reacts:
        return False  # mourning declared after a blast, or a condemnation of it, is not the blast
    ta, tb = p.ta, p.tb
    if a.reacts and not ta.words & tb.words & _reaction_stems():
        return False  # condolences sent and mourning declared after one storm are two reactions
    if _elsewhere(ta.where, ta.words, tb.where, tb.words):
        return False  # clashes in Zawiya and clashes in Misrata on one day are two events, however alike told
    if a.doc != b.doc and _sites_apart(a.text, b.text):
        return False  # a car bomb near a market and a blast at a depot of one town on one day are two
    if a.precision == b.precision == "year" and _none_in_common(_states_told(ta), _states_told(tb)):
        return False  # "the 2011 revolution in Libya" / "the 2011 revolt in Syria": a year holds one of each
    if "year" in (a.precision, b.precision) and _framed_by(a.text, a.date[:4]) != _framed_by(b.text, b.date[:4]):
        return False  # "an embargo imposed during the 2011 uprising" is not the uprising
    if near_copy(a.text, b.text):
        return True
    if a.actors and b.actors and not ta.sides & tb.sides and not _home_state_acting(ta, tb) \
            and (a.doc == b.doc or (ta.side_set and tb.side_set)) \
            and not (a.doc != b.doc and (_reaction_framed(a.text) or _reaction_framed(b.text))) \
            and not told_beyond_sides(a, b):
        return False  # other participants, not even of one side ("Haftar" and "the LNA" he commands)
    fa, fb = ta.said_families, tb.said_families
    if _none_in_common(fa, fb):
        return False  # a killing and an arrest of one day, one place, one side are two events
    if _other_ends(ta.happenings, tb.happenings):
        return False  # "the release in April of a doctor held in Sabha" is not his kidnapping there
    if a.doc != b.doc and ta.sides & tb.sides and p.each_names_another:
        return False  # one host's two guests, one man's talks with two others: each names someone the other does not
    if (a.kind == "onset") != (b.kind == "onset") and a.precision != b.precision \
            and _LAUNCH not in ta.phrase_kinds & tb.phrase_kinds:
        # What began on a day ("since then, clashes spread") is not what a year is known by; but the
        # phrases of both dates telling a start ("launched an offensive this week" / "the assault,
        # which began on 15 October") tell one start, of two precisions.
        return False
    if a.doc == b.doc:
        if "publication" in (a.dated_by, b.dated_by):
            return False  # a lead joins its article's event it restates (_restated_leads) or stays
        if _named_again(p):
            return True  # "approved a new electoral law on Tuesday" ... "The vote took place on Tuesday"
        if _cabinet_approved(p):
            return True  # "parliament met last week to approve his cabinet" ... "after winning a confidence vote"
        if _disaster_again(p):
            return True  # "Floods killed 400 people in Marsa Kufra on Sunday" ... "The storm hit the coast late on Sunday"
        # One article tells of several things on one day: a second mention of one of them
        # names the same day and says it again, nearly word for word, or names the same
        # participants doing the same kind of thing with the same others and places.
        if a.precision != b.precision or a.precision != "day":
            return False
        later = b if (b.sentence, b.start) > (a.sentence, a.start) else a
        if _tells_another_of(later) or _none_in_common(_states_told(ta), _states_told(tb)):
            return False  # "On Thursday, Haftar also met the French envoy": not "met the Italian ambassador" again
        common = ta.actors & tb.actors
        both = ta.words & tb.words
        shared = len(both)
        places = len(((set(a.names) | set(a.where)) & (set(b.names) | set(b.where))) - common)
        overlap = max(_overlap(a, b), _share(a.core, b.core))
        # _told_again compares kinds and places only: a clause whose date is not its opening noun's ("The
        # attack on Friday followed a raid on Wednesday on the home of a judge") has the noun's kinds, of
        # another happening than its date's; what it says must be shared in words.
        return (shared >= 3 and overlap >= SAME_ARTICLE_OVERLAP) or (
            bool(_happenings(both)) and bool(common) and len(common) + places + shared - 1 >= 3) or (
            _told_again(p) and not (_restating_kinds(later.text) and not _dates_its_noun(later))) \
            or _subject_again(p)
    if agree(p) or _agree_coarser(p) or _set_day_coarser(p) or _cabinet_approved(p) or _uprising_by_its_day(p) \
            or _state_sworn_in(p) or _disaster_day(p) or _visit_day(p):
        return True
    return _weighed(p)


def _visit_day(p: Pair) -> bool:
    """Whether two outlets' reports of one day tell one visit to one town: both name one participant who
    is no registry body or state (the visitor), both name that town as where it happened, neither tells a
    kind of happening but a visit's (data/event_words.toml `visit_kinds`: talks, an arrival, a signing),
    and one of them names nobody the other does not know of ("Türkiye's foreign minister Defne Karahan
    in Tripoli" / "Foreign Minister Defne Karahan held talks in Tripoli with Prime Minister Adnan
    Elsharif").  The visitor is one another state's post names (Told.heads): a prime minister at home
    does many things a day.  A report telling no kind counts only where it puts the visitor in the town
    by name (_placed_by_name): "Haftar's forces paraded through Benghazi" is no visit of his, a resident
    ambassador who "handed over ambulances in Tripoli" none either.  One host's two guests name two
    others (each_names_another)."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    # The cheapest checks, which the most pairs fail, first: this is asked of every pair that gets this far.
    kinds = _visit_kinds()
    # The start of a visit is the visit ("began today an official visit"): a start of no other kind.
    ha, hb = ta.happenings - {_LAUNCH}, tb.happenings - {_LAUNCH}
    if a.precision != "day" or b.precision != "day" or not (ha <= kinds and hb <= kinds and (ha or hb)):
        return False
    wa, wb = ta.where or _visited_capital(ta), tb.where or _visited_capital(tb)
    if not (wa and wb) or not _places_meet(wa, wb) or not p.who - _registry_bodies() - _state_ids():
        return False
    if not (ta.heads | tb.heads) - _home_state() and not wa <= _foreign_capitals():
        # The visitor is named by another state's post, not a host at home ("Prime Minister X"); or the
        # town is another state's capital, where the desk's own people are the visitors.
        return False
    if not (ha or _placed_by_name(a)) or not (hb or _placed_by_name(b)):
        return False  # telling no kind, a report places the visitor in the town by name ("Karahan in Tripoli")
    return not (p.a_others and p.b_others)


def _visited_capital(t: "Told") -> frozenset[str]:
    """The capital of the one state besides the desk's a clause telling a visit names by its name in the
    phrase of its date as where someone went (_gone_to: "began an official visit to Greece" / "held talks
    in Athens") or through a participant the registry makes its own (its head of state: "sit-down with
    Erdogan"), as where it happened; not a guest's state ("the Greek ambassador", "the Ambassador of Greece
    to Libya", "Tunisian Foreign Minister X arrived in Libya")."""
    belongs = _belongs_to()
    led = {state for actor in t.actors for state in belongs.get(actor, ())}
    gone_to = {s for s in t.core_names & _state_ids() if _gone_to(s).search(t._text)}
    states = ((gone_to | led) & _state_ids()) - _home_state()
    if len(states) != 1:
        return frozenset()
    capital = _town_of("capitals").get(next(iter(states)))
    return frozenset({capital}) if capital else frozenset()


@lru_cache(maxsize=256)
def _gone_to(state: str) -> re.Pattern[str]:
    """A state's name as where someone went or was: after "to" or "in" ("a visit to Greece", "talks in
    Greece"), not a guest's origin ("the Ambassador of Greece to Libya", "a delegation from Greece's ...")."""
    names = [a["name"], *a.get("aliases", ())] if (a := _state_entries().get(state)) else [state]
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(?:to|in)\s+(?:the\s+)?(?:" + alternation + r")\b(?!['’])")


@lru_cache(maxsize=1)
def _foreign_capitals() -> frozenset[str]:
    """The capitals of data/places.toml `capitals` but the desk's state's, folded."""
    capitals = _town_of("capitals")
    return frozenset(capitals.values()) - {capitals.get(_HOME_STATE, "")}


def _placed_by_name(e: Event) -> bool:
    """Whether a clause puts one of its people in a town right after the name ("Defne Karahan in Tripoli",
    "Karahan, who was in the Libyan capital"), not one who "handed over ambulances ... in Tripoli"."""
    return any(_placed_pattern(name.split()[-1]).search(e.text) for name in e.actor_names if name)


@lru_cache(maxsize=1024)
def _placed_pattern(surname: str) -> re.Pattern[str]:
    """_placed_by_name's pattern for one surname, made once per surname (as _taken_patterns)."""
    return re.compile(r"\b" + re.escape(surname) + r"(?:,\s+who\s+(?:was|is))?\s+in\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _visit_kinds() -> frozenset[str]:
    """The kinds of happening a visit is told by (data/event_words.toml `visit_kinds`), with those they name too."""
    return frozenset(_happenings({"=" + w for w in vocab.words("event_words", "visit_kinds")}))


# A part of the country named by its compass point: "eastern Libya", "the south" (not "the west of the
# country", "North Africa", "south of the city").
_COMPASS = lazy_compile(r"\b(?:(" + "|".join(vocab.words("places", "compass_points")) + r")ern\s+Libya\b|[Tt]he\s+("
                        + "|".join(vocab.words("places", "compass_points")) + r")\b(?!\s+of\b)(?!\s+[A-Z]))")


def _regions_apart(a: str, b: str) -> bool:
    """Whether two clauses each name a part of the country by its compass point, and no point in common."""
    pa, pb = ({(m.group(1) or m.group(2)).lower() for m in _COMPASS.finditer(t)} for t in (a, b))
    return bool(pa) and bool(pb) and not pa & pb


def _disaster_day(p: Pair) -> bool:
    """Whether two outlets tell one day's region-wide disaster (data/event_words.toml `region_wide`: a
    flood, a sandstorm), one at a place of the desk's state and the other at no place at all ("The
    flooding swept away families in Derna on Monday" / "The dams collapsed on Monday, causing a flash
    flood that killed 5,100 people"; "A sandstorm grounded all flights in Benghazi on Wednesday" / "The
    sandstorm that paralysed Benina Airport yesterday, Wednesday"): both clauses tell it, the phrase
    of one date at least, and neither date's phrase tells another family besides its deaths (an
    evacuation ordered or a curfew declared that day is an act of its own: data/event_words.toml,
    family "precaution"; the clause may name a past conflict it is set against), they name no two
    parts of the country apart ("the south" / "eastern Libya"),
    neither names a participant the other does not know of, and no state besides the desk's is named."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    if a.doc == b.doc or not a.precision == b.precision == "day":
        return False
    kinds = ta.singular & tb.singular & _region_wide() & (ta.phrase_kinds | tb.phrase_kinds)
    if not kinds:
        return False
    families = _families()
    told = {families.get(k) for k in kinds}
    if any(families.get(h) not in told and h != "=killing" for t in (ta, tb) for h in t.phrase_kinds if h in families):
        return False  # the lives a flood took are the flood's; an evacuation or a clash that day is not
    if _regions_apart(a.text, b.text):
        return False  # "the sandstorm that swept the south" / "at airports in eastern Libya"
    if not any(not (t.where or t.places) for t in (ta, tb)) or p.a_others or p.b_others:
        return False
    home = _home_state()
    return not any(_states_of(t, proper=True) - home for t in (ta, tb))


_OATH = frozenset({"=oath"})


def _state_sworn_in(p: Pair) -> bool:
    """Whether two outlets tell one day's oath of office in the desk's state, one naming the state as
    acting and the other the people and bodies it acts through ("Libya on Monday swore in a new
    government" / "the prime minister and his cabinet were sworn in on Monday before the House"): a
    state swears in one government a day.  Both clauses tell the oath (data/event_words.toml
    `singular`), of one day, no places apart."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    if a.doc == b.doc or not a.precision == b.precision == "day":
        return False
    if not _OATH <= ta.singular & tb.singular or not _home_state_acting(ta, tb):
        return False
    return not _places_apart(ta.where | ta.places, tb.where | tb.places) and not _none_in_common(ta.sites, tb.sites)


_UPRISING = frozenset({"=uprising"})


def _uprising_by_its_day(p: Pair) -> bool:
    """Whether two outlets name one uprising in passing, one by its year and the other by the day it is
    named after ("the 2011 uprising that toppled Gaddafi" / "the tenth anniversary of the February 17
    revolution"): a state sees one uprising a year, so they are one as two reports of its year are
    (_unnamed_in_year: of one state, no places apart, no rare name the other lacks)."""
    a, b = p.a, p.b
    if a.doc == b.doc or {a.precision, b.precision} != {"year", "day"} or a.date[:4] != b.date[:4]:
        return False
    if not {a.kind, b.kind} <= {"background", "onset"} or (a if a.precision == "day" else b).kind != "background":
        return False
    ta, tb = p.ta, p.tb
    if not ta.happenings & tb.happenings & _UPRISING or not _UPRISING <= ta.phrase_kinds & tb.phrase_kinds:
        return False
    if ta.actors and tb.actors or (ta.actors | tb.actors) & (_state_ids() - _home_state()):
        return False
    if _states_of(ta, proper=True) != _states_of(tb, proper=True) or _places_apart(ta.places, tb.places):
        return False
    # A rare name in the phrase of either date is someone merging does not know ("the January 25
    # revolution that ousted Hosni Mubarak"); the rest of a sentence that names the day in passing
    # tells of other things ("... began in Martyrs Square, and Muhammad al-Manfi spoke").
    return not any(word_weight(w) >= RARE_NAME_WEIGHT for t in (ta, tb)
                   for w in (t.proper & t.core_words) - _state_words() - t.places - t.where)


@lru_cache(maxsize=1)
def _government_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A new government approved: an approval's word (data/event_words.toml, the approval's `words`) with
    a word of `government_approved` up to three words after it ("endorsed his new cabinet") or up to
    four before it in a passive ("the government of John Roe, ratified", "the cabinet was endorsed"; not
    "the government approved a plan"), not a government's thing ("approved the government's request"),
    or "confidence" given; and the words naming another thing approved or the
    confidence withdrawn (`approved_things`)."""
    def alternatives(listed: list[str]) -> str:
        return "(?:" + "|".join(map(re.escape, sorted(listed, key=len, reverse=True))) + ")"

    government = alternatives(vocab.words("event_words", "government_approved"))
    approving = alternatives([w for e in vocab.entries("event_words") if e["concept"] == "approval" for w in e["words"]])
    gap = r"(?:\W+[\w-]+){0,%d}\W+"
    own = r"(?![\w-])(?!['’]s)"
    # Before the approval's word, the government is what was approved only in a passive or a participle
    # after a comma ("the cabinet was endorsed", "the government of John Roe, ratified last week"), not
    # the subject approving ("the government approved a new plan").
    passive = r"(?:\W+[\w-]+){0,4}?(?:\s*,\s*|\s+(?:was|were|been|is|are|being)\s+)"
    approved = re.compile(rf"(?<![\w-]){approving}{gap % 3}{government}{own}|(?<![\w-]){government}{own}{passive}"
                          rf"{approving}(?![\w-])|(?<![\w-])confidence(?![\w-])", re.IGNORECASE)
    others = re.compile(r"(?<![\w-])" + alternatives(vocab.words("event_words", "approved_things")) + r"(?![\w-])",
                        re.IGNORECASE)
    return approved, others


def _cabinet_approved(p: Pair) -> bool:
    """Whether two reports, one or both dated to a week, tell the one approval a chamber gives a new
    government ("lawmakers endorsed his cabinet last week" / "the government of John Roe, ratified last
    week by the House" / "a week after winning a confidence vote of most deputies"): the phrases of
    both dates tell an approval, both clauses name the government approved and no other thing
    (data/event_words.toml `government_approved`, `approved_things`), of one state, no places apart,
    and not each naming someone the other does not know of.  A week holds one such approval; other
    approvals of a week ("the 2025 budget", "its nominee for governor") stay apart."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    if "week" not in (a.precision, b.precision) or not {a.precision, b.precision} <= {"day", "week"}:
        return False
    if "=approval" not in ta.phrase_kinds & tb.phrase_kinds or p.each_names_another or (p.a_others and p.b_others):
        return False
    government, others = _government_words()
    if not (government.search(a.text) and government.search(b.text)) or others.search(a.text) or others.search(b.text):
        return False
    if _states_named(ta.words) != _states_named(tb.words):
        return False
    return not _places_apart(ta.where | ta.places, tb.where | tb.places)


def _set_day_coarser(p: Pair) -> bool:
    """Whether two outlets' plans of a day set beforehand for a whole country, one told at its day or
    its month and the other at its month ("the elections, which were supposed to take place on December
    24" / "polls scheduled for December have been shelved"), are one: as agree asks of one election day
    named at no place, both tell it as planned in words of their own, of the same states, elections of
    one sort (or both of none), no places apart, and neither names someone the other does not know of."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    if a.doc == b.doc or not a.kind == b.kind == "scheduled" or a.precision == b.precision == "day":
        return False
    if not {a.precision, b.precision} <= {"day", "month"} or not ta.set_days & tb.set_days:
        return False
    if not (_set_day_told(a.text) and _set_day_told(b.text)) or p.a_others or p.b_others:
        return False
    if _states_named(ta.words) != _states_named(tb.words) or _places_apart(ta.where | ta.places, tb.where | tb.places):
        return False
    # A month holds several election days (a round of municipal ones and the presidential one): at two
    # precisions only one naming no sort is one naming none, as _unnamed_in_year asks of a year.
    return _election_sorts(a.text) == _election_sorts(b.text)


def _agree_coarser(p: Pair) -> bool:
    """Whether two outlets' reports of one event told at two precisions ("on 10 February" / "in
    February", "on May 16" / "in 2014") or both coarser than a day tell one happening, compared at the
    coarser: the phrases of both dates tell the same kind (of a family, or a start: "launched Operation
    Dignity on May 16" / "announced the start of Operation Dignity" three years ago), a participant in
    common and neither naming one the other does not know of, no place apart, and one more thing
    shared, as agree asks of one day: a second participant (or each one's other a side of the other),
    a number, or words worth MIN_BESIDES that are no kind, no place and no part of the shared name.
    A coarse date holds many happenings of one kind by one participant: without that one more thing
    they stay apart, and so they do, unless both tell a start, when their other words share nothing
    worth MIN_BESIDES (_other_words_apart, as _told_again asks of one article's two clauses of one
    day): "approved the 2025 budget in June" / "approved its nominee for governor on 26 June"."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    if a.doc == b.doc or (a.precision == b.precision and a.precision in ("day", "year")):
        return False
    kinds = ta.phrase_kinds & tb.phrase_kinds
    if not kinds & (_family_kinds() | {_LAUNCH}):
        return False
    if _one_place_in_a_week(p) or _unnamed_at_its_place(p):
        return True
    common = p.who
    if not common or p.each_names_another or ((p.a_others or p.b_others) and len(common) < 2):
        # One naming a participant more is the fuller telling where two are named by both ("launched
        # Operation Dignity on May 16" / "the launch of Operation Dignity led by Haftar against
        # Ansar al-Sharia"), not where one is ("the House approved the budget in June" / "the House
        # approved Jane Roe as governor on 26 June").
        return False
    if _places_apart(ta.where | ta.places, tb.where | tb.places) or _none_in_common(ta.sites, tb.sites):
        return False
    if _one_taken_in_a_month(p, common):
        return True
    if _LAUNCH not in kinds and not _with_whom_where(p) and _other_words_apart(ta, tb):
        # One body's two approvals of one month ("the 2025 budget" / "its nominee for governor"). A
        # start is known by what started, a name in common ("launched Operation Dignity" / "announced
        # the start of Operation Dignity"): what else each says is its own telling.  So is who did it
        # with whom where ("Haftar met Putin in Moscow on Tuesday" / "Haftar's talks with Putin in
        # Moscow last week"): what else each says is the outlet's comment.
        return False
    return _one_more_shared(ta, tb, common, ta.core_words & tb.core_words)


def _one_taken_in_a_month(p: Pair, common: frozenset[str]) -> bool:
    """Whether a report of a week or a month and one of a day in it tell one person taken, or freed
    ("Jane Roe was detained in April after an audit" / "prosecutors on Tuesday arrested Jane Roe"), as
    agree takes two reports of one day: the phrases of both dates tell the same one end of a custody
    and the participant in common is no body or state (whose arrests in a month are many).  A person is
    seldom taken twice in a month; a year holds more (left to the words)."""
    coarse = max(p.a.precision, p.b.precision, key=PRECISION_RANK.__getitem__)
    if coarse not in ("week", "month") or "day" not in (p.a.precision, p.b.precision):
        return False
    held = p.ta.phrase_kinds & _CUSTODY_KINDS
    if len(held) != 1 or held != p.tb.phrase_kinds & _CUSTODY_KINDS or common <= _registry_bodies() | _state_ids():
        return False
    # The one in common is the one taken in both, not who ordered or announced it ("Dbeibah ordered
    # the arrest of the mayor in July" / "Dbeibah ordered the arrest of an official on 9 July").
    return any(_taken_in(p.a, x) and _taken_in(p.b, x) for x in common)


def _taken_in(e: Event, who: str) -> bool:
    """Whether a report tells the participant `who` (a folded id) taken or freed: the last word of his
    name within six words after a word of custody ("arrested Mukhtar Elbaruni", "the detention of
    Engineer Mukhtar Elbaruni"), or before a passive one ("Elbaruni was detained in April")."""
    names = [n for a, n in zip(e.actors, e.actor_names) if folded_id(a) == who]
    if not names:
        return False
    after, before = _taken_patterns(names[0].split()[-1])
    return bool(after.search(e.text) or before.search(e.text))


@lru_cache(maxsize=1024)
def _taken_patterns(surname: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """_taken_in's patterns for one surname: after a word of custody (data/event_words.toml `arrest`,
    `abduction`, `release`), and before a passive one; made once per surname."""
    words = "|".join(map(re.escape, _words_of_kinds(frozenset(k[1:] for k in _CUSTODY_KINDS))))
    name = re.escape(surname)
    return (re.compile(rf"\b(?:{words})\b(?:\W+[\w’'.-]+){{0,6}}?\W+{name}\b", re.IGNORECASE),
            re.compile(rf"\b{name}\b(?:\W+[\w’'-]+){{0,8}}?\W+(?:was|were|had\s+been|has\s+been|is|are)\s+"
                       rf"(?:\w+ly\s+)?(?:{words})\b", re.IGNORECASE))


def _unnamed_at_its_place(p: Pair) -> bool:
    """Whether a report of a week or a month naming nobody tells the happening a report of a day in it
    tells at a place both name ("The February shutdown of Sarir, which lasted nineteen days" /
    "Protesters shut the Sarir oilfield on Monday"; "The accord ... was signed in Bouznika in January"
    / "signed an agreement in the Moroccan town of Bouznika on Friday"): the phrases of both dates tell
    one kind of a family, the coarser names no participant, neither names a place or a site the
    other does not, and the day's place (a site's name without its noun), not the desk's state, is
    among the coarser's words.  An analysis names a past happening by its month and its place; who
    did it is the day's report's to tell."""
    a, b = p.a, p.b
    coarse_is_a = PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision]
    coarse, fine = (a, b) if coarse_is_a else (b, a)
    tc, tf = (p.ta, p.tb) if coarse_is_a else (p.tb, p.ta)
    if coarse.precision not in ("week", "month") or fine.precision != "day" or tc.named:
        return False
    if not tc.phrase_kinds & tf.phrase_kinds & _family_kinds():
        return False
    if _places_apart(tc.where | tc.places, tf.where | tf.places) or _none_in_common(tc.sites, tf.sites):
        return False
    home = _home_state()
    # Named in the coarser's words or where it says it happened ("in the Italian capital": Rome).
    return any(x in tc.where or _place_stems(x.rpartition(" ")[0] if _is_site(x) and " " in x else x) <= tc.words
               for x in tf.where - home)


def _one_place_in_a_week(p: Pair) -> bool:
    """Whether two reports of a day and of the week holding it (or both of a week) tell one happening
    that one place sees once at a time (data/event_words.toml `singular`), as agree asks of one day:
    the phrases of both dates tell that kind, at a place both name, neither naming a place or a site the
    other does not, nor a participant the other does not know of ("inmates escaped from the town's
    prison on Saturday" / "a jailbreak there last weekend").  Not of a month or a year: a town may
    see two floods or two blasts in a month."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    week = PRECISION_RANK["week"]
    if PRECISION_RANK.get(a.precision, 9) > week or PRECISION_RANK.get(b.precision, 9) > week:
        return False
    singular = ta.singular if ta.singular == tb.singular else frozenset()
    if not singular or not singular <= ta.phrase_kinds & tb.phrase_kinds or p.a_others or p.b_others:
        return False
    if _places_apart(ta.where | ta.places, tb.where | tb.places) or _none_in_common(ta.sites, tb.sites):
        return False
    return _places_meet(ta.where, tb.where) or _places_meet(ta.places, tb.places)


def _with_whom_where(p: Pair) -> bool:
    """Whether two reports of a meeting (data/event_words.toml `with_whom_where_kinds`) name two
    participants or more in common, neither naming one the other does not know of, and a place both
    say it happened at, and one of them says nothing besides who, where and who said so ("Haftar met
    Putin in Moscow on Tuesday, the Kremlin said" / "Haftar's talks with Putin in Moscow last week
    signalled ..."): the other's words are its comment.  Where both say what it was about ("to discuss
    the roadmap" / "to press for a unified budget") those words decide (_other_words_apart); one body's
    two approvals ("the House approved Hammad's budget" / "the House approved Hammad's nominee") are
    no meeting."""
    kinds = frozenset("=" + k for k in vocab.words("event_words", "with_whom_where_kinds"))
    if not (len(p.who) >= 2 and not p.a_others and not p.b_others and _places_meet(p.ta.where, p.tb.where)
            and p.ta.phrase_kinds & p.tb.phrase_kinds & kinds):
        return False
    return not _beyond_who_where(p.a, p.ta, p.who) or not _beyond_who_where(p.b, p.tb, p.who)


def _beyond_who_where(e: Event, t: Told, who: Set[str]) -> set[str]:
    """The words of a clause besides its kinds, its places, the names of the participants `who`, the
    states' demonyms ("Russian President Vladimir Putin") and its attribution (_unattributed)."""
    spelled = {w for n, stems in t.spelled if n in who for w in stems}
    return {w for w in _content(_unattributed(e.text)) if w in t.words and w[0] != "="} \
        - t.place_words - spelled - _demonyms()


def _one_more_shared(ta: Told, tb: Told, common: set[str], shared_words: set[str]) -> bool:
    """Besides the participants `common`, one more thing two reports share: a second participant
    (or each one's other a side of the other), a number, or shared words worth MIN_BESIDES that
    are no place and no part of a common participant's name (agree and _agree_coarser)."""
    extra_a, extra_b = ta.actors - common, tb.actors - common
    if len(common) >= 2 or (extra_a and extra_b and (extra_a <= tb.sides or extra_b <= ta.sides)):
        return True
    if ta.numbers & tb.numbers:
        return True
    spelled = {w for n, stems in ta.spelled + tb.spelled if n in common for w in stems}
    return sum(word_weight(w) for w in shared_words
               if w[0] != "=" and w not in spelled and w not in ta.place_words | tb.place_words) >= MIN_BESIDES


@lru_cache(maxsize=1)
def _another_happening() -> re.Pattern[str]:
    """The words telling a second happening of one day (data/event_words.toml `another_happening`)."""
    words = sorted(vocab.words("event_words", "another_happening"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.IGNORECASE)


def _tells_another(text: str, date_at: int | None = None) -> bool:
    """Whether a clause says it tells another happening than one told before ("Haftar also met ...").

    >>> _tells_another("On Thursday, Haftar also met the French envoy."), _tells_another("The cabinet met on Thursday.")
    (True, False)

    With the date's offset in the text (date_at): a date before a verb of saying dates the saying,
    and what is said after the verb is no telling of another happening ("In her briefing on
    Wednesday, the envoy said armed groups were again recruiting" tells the briefing again).
    >>> t = "In her briefing on Wednesday, the envoy said armed groups were again recruiting."
    >>> _tells_another(t), _tells_another(t, t.index("on Wednesday"))
    (True, False)
    """
    end = len(text)
    if date_at is not None and (said := _saying_verb().search(text, date_at)) is not None:
        end = said.start()
    return _another_happening().search(text, 0, end) is not None


def _tells_another_of(e: Event) -> bool:
    """_tells_another of an event's clause, its date's place in it given."""
    return _tells_another(e.text, e.at - e.start)


@lru_cache(maxsize=1)
def _saying_verb() -> re.Pattern[str]:
    """A verb of saying (data/modifiers.toml `reporting_verbs`, `reporting_bare`)."""
    verbs = sorted({*vocab.words("modifiers", "reporting_verbs"), *vocab.words("modifiers", "reporting_bare")},
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\b")


def _told_again(p: Pair) -> bool:
    """Whether two clauses of one article of one day tell one happening in other words ("the new
    government met for the first time Thursday" / "On Thursday, the cabinet led by Jane Roe met in
    Sebha"): the phrases of both dates tell the same kinds of happening, of a family; neither names a
    participant the other does not know of, nor a place or a site the other does not.

    Where both name one participant, the rest is what tells which of its happenings each is: a place
    named on one side only, or other words with nothing in common ("Haftar met the new US envoy in
    Benghazi" / "Haftar met a delegation of tribal elders"), keeps them apart. Where they name the one
    side differently ("the new government met" / "the cabinet led by John Poe met in Sebha"), the
    other words are its names, and the fuller telling may add the place."""
    ta, tb = p.ta, p.tb
    kinds = ta.phrase_kinds
    if not kinds or kinds != tb.phrase_kinds or not kinds & _family_kinds():
        return False
    if p.a_others or p.b_others:
        return False
    pa, pb = ta.where | ta.places, tb.where | tb.places
    if _places_apart(pa, pb) or _none_in_common(ta.sites, tb.sites):
        return False
    if ta.actors & tb.actors:
        if _places_apart(pa | {""}, pb) or _places_apart(pa, pb | {""}):
            return False  # a place one names that the other does not ("" stands for the other's places)
        if _other_words_apart(ta, tb):
            return False
    return True


_SUBJECT = lazy_compile(r"\W*(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+,\s+)?(?:the|this)\s+([a-z-]+)(?:\s+([a-z-]+))?",
                      re.IGNORECASE)


def _subject_again(p: Pair) -> bool:
    """Whether a later clause of one article of one day, naming no participant, tells again by its
    subject the happening an earlier clause told with a participant ("The rival cabinet appointed by
    the eastern parliament met for the first time Thursday" / "On Thursday, the cabinet met in
    Sirte"): the later clause's subject noun is a word of the earlier's, the phrase of the later's date
    tells kinds of happening the earlier's tells too, of a family, the later says of no other happening ("also"), and
    neither names a place or a site apart from the other's.  The earlier may name who appointed or
    sent the subject; the later, naming nobody, names no one else."""
    a, b = p.a, p.b
    earlier, later = (a, b) if (b.sentence, b.start) > (a.sentence, a.start) else (b, a)
    te, tl = (p.ta, p.tb) if later is b else (p.tb, p.ta)
    if later.sentence == earlier.sentence or tl.actors or not te.actors:
        return False
    kinds = tl.phrase_kinds
    # The later's kinds are the earlier's, which may tell more ("The rival cabinet appointed by the
    # eastern parliament met": an appointment and a meeting / "the cabinet met": a meeting).
    if not kinds or not kinds <= te.phrase_kinds or not kinds & _family_kinds() or _tells_another_of(later):
        return False
    m = _SUBJECT.match(later.text)
    if not m:
        return False
    head = m.group(1).lower()
    if head in _describing() and m.group(2):
        head = m.group(2).lower()
    from .fts import stem

    if stem(head) not in te.words or head in _concept_terms() or stem(head) in _concepts():
        return False  # a kind's noun ("The vote took place on Tuesday") is _named_again's
    pa, pb = te.where | te.places, tl.where | tl.places
    return not _places_apart(pa, pb) and not _none_in_common(te.sites, tl.sites)


# The noun a clause opens with ("The vote ...", "This fierce assault ..."), and the word after it.
# "The vote ...", "This attack ...", and a noun opening the clause in a phrase of its own: "In her briefing
# on Wednesday, the envoy said ...", "During the talks on Monday, ...".
_OPENING_NOUN = lazy_compile(r"\W*(?:(?:in|during|at)\s+)?(?:the|this|her|his|its|their)\s+([a-z-]+)(?:\s+([a-z-]+))?",
                             re.IGNORECASE)


def _opening_noun(text: str) -> tuple[str, int]:
    """The noun a clause opens with as its subject, a describing word (`describing`) before it
    skipped, lower-cased, and where it ends; ("", 0) when the clause opens otherwise."""
    m = _OPENING_NOUN.match(text)
    if not m:
        return "", 0
    if m.group(1).lower() in _describing() and m.group(2):
        return m.group(2).lower(), m.end(2)
    return m.group(1).lower(), m.end(1)


@lru_cache(maxsize=4096)
def _restating_kinds(text: str) -> frozenset[str]:
    """The kinds of happening a clause names by the noun it opens with as its subject ("The vote took
    place on Tuesday", "The talks on Thursday focused on energy", "The fierce clashes began"): a noun
    of data/event_words.toml `restating_nouns`, or a kind's own word with the kinds its words also
    name; a describing word (`describing`) may stand before the noun.

    >>> sorted(_restating_kinds("The vote took place on Tuesday.")), sorted(_restating_kinds("The House voted."))
    (['=approval', '=election', '=law'], [])
    """
    head, _ = _opening_noun(text)
    if not head:
        return frozenset()
    listed = vocab.table("event_words")["restating_nouns"].get(head)
    if listed:
        return frozenset("=" + k for k in listed)
    from .fts import stem

    kind = _concept_terms().get(head) or _concepts().get(stem(head))
    return frozenset({kind, *_broader().get(kind, ())}) if kind else frozenset()


def _named_again(p: Pair) -> bool:
    """Whether a later clause of one article names, by a noun as its subject, the happening an earlier
    clause told with a verb, of that day or of the week holding it ("parliament on Tuesday approved a
    new electoral law" / "The vote took place on Tuesday in Tobruk"; "launched an offensive this
    week" / "The assault began before dawn on Monday"): the noun names a kind the earlier phrase
    tells (data/event_words.toml `restating_nouns`, or a kind's word), the later clause says of no
    other happening ("also", "second"), names no participant the earlier does not know of, and
    neither names a place or a site the other does not."""
    a, b = p.a, p.b
    later_is_b = (b.sentence, b.start) > (a.sentence, a.start)
    earlier, later = (a, b) if later_is_b else (b, a)
    if later.sentence == earlier.sentence or later.precision != "day" or earlier.precision not in ("day", "week"):
        return False
    kinds = _restating_kinds(later.text)
    if not kinds or _tells_another_of(later) or not _dates_its_noun(later):
        return False
    if _aimed_elsewhere(later.text, p.ta.words if later_is_b else p.tb.words) \
            or not _law_passed_again(later.text, earlier.text):
        return False  # "The attack ... on the convoy of a commander"; "The budget submitted on Tuesday"
    te, tl = (p.ta, p.tb) if later_is_b else (p.tb, p.ta)
    if not kinds & te.phrase_kinds & (_family_kinds() | {_LAUNCH}):
        return False
    if p.b_others if later_is_b else p.a_others:
        return False
    if _places_apart(te.where | te.places, tl.where | tl.places) or _none_in_common(te.sites, tl.sites):
        return False
    return not _none_in_common(_states_told(te), _states_told(tl))


def _noun_and_verb(text: str) -> tuple[str, int, int]:
    """The noun a clause opens with (_opening_noun), where it ends,
    and where the first finite verb after it starts (len(text) if none)."""
    head, end = _opening_noun(text)
    if not head:
        return "", 0, len(text)
    verb = next((t.start() for t in tense_markers(text) if t.start() >= end), len(text))
    return head, end, verb


@lru_cache(maxsize=1)
def _target_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """data/event_words.toml `target_openers` and `target_ends`, as patterns."""
    def words(key: str) -> str:
        return "|".join(map(re.escape, vocab.words("event_words", key)))
    return (re.compile(rf"\b(?:{words('target_openers')})\s+", re.IGNORECASE),
            re.compile(rf"\b(?:{words('target_ends')})\b|[,;(]", re.IGNORECASE))


def _aimed_elsewhere(later: str, earlier_words: frozenset[str]) -> bool:
    """Whether a clause opening with a noun says, before its verb, what the happening was aimed at in
    words an earlier clause (its content words `earlier_words`) does not say ("The attack on Sunday
    evening on the convoy of a local commander" after "attacked a police patrol"); a date after the
    preposition is no target."""
    _, start, verb = _noun_and_verb(later)
    stop = later.find(",", start)
    end = min(verb, stop if stop >= 0 else len(later))
    openers, ends = _target_words()
    dates = [(d.start, d.end) for d in extract_dates(later[:end])]
    for m in openers.finditer(later, start, end):
        if any(lo <= m.end() < hi for lo, hi in dates):
            continue  # "on Sunday evening"
        cut = ends.search(later, m.end(), end)
        aimed = [w for w in _content(later[m.end():cut.start() if cut else end]) if w[0] != "="]
        if aimed and not set(aimed) & earlier_words:
            return True
    return False


def _law_passed_again(later: str, earlier: str) -> bool:
    """Whether a clause opening with a law's noun (data/event_words.toml `restating_law_nouns`) tells
    its passing (`restating_law_passing`: "The bill passed by 120 votes") or names a text the earlier
    clause named ("approved the state budget" / "The budget ..."); true of any other noun."""
    head, start, verb = _noun_and_verb(later)
    if head not in vocab.words("event_words", "restating_law_nouns"):
        return True
    if re.search(rf"\b{re.escape(head)}\b", earlier, re.IGNORECASE):
        return True
    told = " ".join(later[verb:].lower().split()[:2])
    return any(re.search(rf"\b{re.escape(w)}\b", told) for w in vocab.words("event_words", "restating_law_passing"))


def _dates_its_noun(e: Event) -> bool:
    """Whether the date of a clause opening with a noun (_restating_kinds) is the noun's own: the
    sentence's first date, or one before the first finite verb after the noun ("The attack, which
    took place on Wednesday night, was ..."), not one of another subject told after that verb ("The
    attack on Friday came two days after a raid on Wednesday")."""
    text = e.text
    dates = [d for d in extract_dates(text) if d.precision != "duration"]
    if len(dates) < 2:
        return True
    # Where the date stands in the sentence: an expression of its length where its clause fits.
    within, size, span = e.at - e.start, e.at_end - e.at, e.end - e.start
    here = [d.start for d in dates if d.end - d.start == size and 0 <= d.start - within <= len(text) - span]
    m = _OPENING_NOUN.match(text)
    noun_end = m.end() if m else 0
    verbs = [t.start() for t in tense_markers(text) if t.start() >= noun_end]
    return not here or any(at == dates[0].start or not any(v < at for v in verbs) for at in here)


def _other_words_apart(ta: Told, tb: Told) -> bool:
    """Whether two clauses naming one participant tell two of its happenings by their other words:
    besides kinds and places, each says something and what both say weighs less than MIN_BESIDES
    ("met the new US envoy" / "met a delegation of tribal elders"; "approved the 2025 budget of
    Hammad's government" / "approved Hammad's nominee for central bank governor, a move the Tripoli
    government rejected": a 'government' in each is no one thing approved)."""
    rest_a = {w for w in ta.words - ta.place_words if w[0] != "="}
    rest_b = {w for w in tb.words - tb.place_words if w[0] != "="}
    return bool(rest_a and rest_b) and sum(word_weight(w) for w in rest_a & rest_b) < MIN_BESIDES


_CUSTODY = frozenset({"custody"})
_CUSTODY_KINDS = frozenset({"=arrest", "=abduction", "=release"})


@lru_cache(maxsize=1)
def _registry_bodies() -> frozenset[str]:
    """The shipped registry's actors that are neither persons nor states (data/actors.toml `kind`):
    forces, institutions, organisations, as merging folds their ids."""
    return frozenset(folded_id(a.get("id") or _state_id_of(a)) for a in vocab.table("actors").get("actor", ())
                     if a.get("kind") not in ("person", "state"))


def _weighed(p: Pair) -> bool:
    """Whether two outlets' reports share evidence enough for how closely their dates agree (see evidence)."""
    a, b, ta, tb = p.a, p.b, p.ta, p.tb
    yearly = max(PRECISION_RANK[a.precision], PRECISION_RANK[b.precision]) >= PRECISION_RANK["year"]
    need = SAME_DAY if a.precision == b.precision == "day" else SAME_YEAR if yearly else COARSER
    kind_told = ta.phrase_kinds & tb.phrase_kinds
    if yearly and not kind_told and not ta.numbers & tb.numbers:
        # Asked before the evidence is weighed, which it does not read: 140,000 of the 207,000
        # pairs weighed in the buckets of a 2,000-article corpus end here (docs/performance.md).
        return False  # a year holds many events at one place with one participant: the phrases must tell one kind
    shared, share, words = evidence(a, b, phrase_only=yearly)
    # A kind of happening at one place is not yet one event ("killed in a bombing in Zuwara",
    # "died when their boat sank off Zuwara"): something else must be shared, a word, a name or a number.
    # Only what the evidence counted is taken off: a year's reports are weighed by the phrases of
    # their dates, so a place or kind elsewhere in both clauses was not counted.
    both = ta.core_words & tb.core_words if yearly else ta.words & tb.words
    # One happening's kind is taken off with the kinds its words also name (`also`): a sinking's
    # deaths ("sank ... two crew members died" / "drowned when their boat capsized") are the
    # sinking told, no second thing shared.
    kinds = {w for w in both if w[0] == "="}
    broader = _broader()
    told_kind = max((word_weight(k) + sum(word_weight(o) for o in broader.get(k, ()) if o in kinds) for k in kinds),
                    default=0.0)
    where = _where_words(ta, tb)
    besides = shared - told_kind - sum(word_weight(w) for w in where & both)
    if besides < MIN_BESIDES:
        return False
    shared_bodies = ta.actors & tb.actors
    if shared_bodies and shared_bodies <= _registry_bodies() and ta.said_families & tb.said_families & _CUSTODY \
            and _other_words_apart(ta, tb):
        # One force's two arrests in one town on one day ("20 fuel smugglers" / "a local journalist"):
        # a body in common is who made them, and the rest of the words tell whom.  Not a person in
        # common, the one taken ("the journalist Salem Roe" / "Salem Roe, the reporter snatched").
        return False
    # The shared words must tell more than where: one participant at one place on one day may
    # do two things ("received an envoy in Tripoli", "announced a reform in Tripoli").
    words -= sum(word_weight(w) for w in where & ta.words & tb.words)
    # A figure both give with its unit ("a 15% fee" / "a tax of 15 percent", "devalued the dinar by 13
    # percent" / "amended the exchange rate by 13 percent") says what was done, as a content word does:
    # one body's two acts of one day are told by other figures.  A bare number ("killed 12", "two
    # leaders") is anyone's count and stays with the names; so is a figure of a day no report tells
    # (dated by its publication: its lead's "has approved a budget of 120 billion dinars" joins the
    # row of the day another outlet names, as a lead, not the other lead of that publication day).
    if "publication" not in (a.dated_by, b.dated_by):
        words += NUMBER_WEIGHT * len(ta.quantities & tb.quantities)
    if any(shared >= s and share >= r and words >= w for s, r, w in need):
        return True
    # What a year is known by ("the 2011 uprising", "the 2011 overthrow of Gaddafi"): the same
    # kind of happening and participants in the phrases of both dates, where neither names a
    # participant the other does not ("Haftar met Putin in 2019", "Haftar met Erdogan in 2019").
    if yearly:
        return (bool(ta.actors) and ta.actors == tb.actors and bool(kind_told)
                and shared >= YEAR_KNOWN_BY[0] and share >= YEAR_KNOWN_BY[1])
    return False


def _others(ta: "Told", tb: "Told") -> bool:
    """Whether report a names a participant report b does not know of: of no side b names, not a name
    b gives, and
    belonging to none (the shipped registry's `affiliations`: "Mohamed al-Menfi" is of the
    Presidential Council another report names).  A state whose post names the holder ("Morocco's
    president", Told.heads) is a participant here, though a state is no name merging counts."""
    # Only the participants b does not know of are looked at, one set difference (a C loop):
    # this runs for most pairs compared, and most participants are known.
    known = tb.known
    rest = ta.named - known - _home_state()
    if not rest:
        return False
    belongs = _belongs_to()
    # A state whose post names the holder ("Russia's deputy defence minister", Told.heads) is known to a
    # report naming its people ("a Russian military delegation headed by ...").
    states = _states_in(tb.words) if rest & ta.heads else frozenset()
    # A state whose post names the holder is known to a report naming someone of that post and of no
    # state ("Turkey's foreign minister" / "Minister of Foreign Affairs Selin Roe": the post's words are
    # the first's; not "Egyptian Foreign Minister Sameh Shoukry", of another state).
    held = ta.heads if rest & ta.heads and any(stems <= ta.words for stems in tb.posts) \
        and not (tb.names & _state_ids()) - _home_state() and not _states_in(tb.words) - _home_state() else frozenset()
    return any(not belongs.get(x, frozenset()) & known
               and not any(_spelled_alike(x, y) for y in tb.actors)
               and not ((s := _surname(x)) and s in tb.words) and x not in states and x not in held for x in rest)


@lru_cache(maxsize=1)
def _home_state() -> frozenset[str]:
    """The state the desk covers (data/event_words.toml `home_state`): named as acting ("Libya on Monday
    swore in a new government") it is the state through one of its bodies another report names ("was
    sworn in before the House of Representatives"), no other participant (_others)."""
    return frozenset({folded_id(_HOME_STATE)})


def _home_state_acting(ta: "Told", tb: "Told") -> bool:
    """Whether one report names the desk's state alone as acting and the other names no other state:
    "Libya on Monday swore in a new government" / "Dbeibah and his cabinet were sworn in on Monday
    before the House" - the state acts through the bodies and people the other names, of one side."""
    return _home_side(ta.actors, tb.actors)


def _home_side(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether of two sets of participants (ids) one is the desk's state alone and the other names no
    other state (see _home_state_acting)."""
    home, states = _home_state(), _state_ids()
    fa, fb = {folded_id(x) for x in a}, {folded_id(x) for x in b}
    return any(x and x <= home and not (y & states - home) for x, y in ((fa, fb), (fb, fa)))


@lru_cache(maxsize=8192)
def _spelled_alike(a: str, b: str) -> bool:
    """Whether two actor ids are one name in two spellings: as many words, each the same or a
    spelling variant of the other (names.are_variants: "Viktor" / "Victor", "Haftar" / "Hifter"),
    whichever registry or discovered prefix each has.  Two words at least: a single word (a
    country, an acronym) is no name to compare so.

    >>> _spelled_alike("discovered:viktor-khrenin", "discovered:victor-khrenin")
    True
    >>> _spelled_alike("khalifa-haftar", "saddam-haftar"), _spelled_alike("libya", "libya")
    (False, False)
    """
    from .names import are_variants

    ta, tb = a.rsplit(":", 1)[-1].split("-"), b.rsplit(":", 1)[-1].split("-")
    if a == b or len(ta) < 2 or len(ta) != len(tb):
        return False
    return all(x == y or are_variants(x, y) for x, y in zip(ta, tb))


_STATE_POST = lazy_compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+([a-z]+)(?:\s+([a-z]+))?")


def _states_heading(text: str, names: list[str]) -> frozenset[str]:
    """The states of a clause's names whose post stands for its holder, the one person the report
    names by it ("Morocco's president", "Egypt's foreign minister"): who, where another report
    names the person.

    >>> sorted(_states_heading("Morocco's president received Dbeibah on Monday.", ["morocco", "abdul-hamid-dbeibah"]))
    ['morocco']
    >>> sorted(_states_heading("Morocco's border with Algeria was closed.", ["morocco", "algeria"]))
    []
    >>> sorted(_states_heading("They signed on Sunday, Egypt's foreign ministry said.", ["egypt"]))
    []
    """
    from .actors import slug

    states = _state_ids()
    named = {n for n in names if n in states}
    if not named:
        return frozenset()
    titles = _title_words()
    bodies = _body_heads()
    return frozenset(sid for m in _STATE_POST.finditer(text)
                     if (sid := slug(m.group(1))) in named and (m.group(2) in titles or m.group(3) in titles)
                     and m.group(3) not in bodies)  # "Egypt's foreign ministry said": a body, no person's post


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The nouns a body's name ends in (data/organisations.toml [heads]: "ministry", "council")."""
    return frozenset(vocab.table("organisations")["heads"])


@lru_cache(maxsize=1)
def _belongs_to() -> dict[str, frozenset[str]]:
    """Actor id (folded) -> the ids (folded) of those it belongs to, from data/actors.toml `affiliations`."""
    from .actors import slug

    table = vocab.table("actors").get("actor", ())
    ids = {a["name"]: a.get("id") or slug(a["name"]) for a in table}
    return {folded_id(a.get("id") or slug(a["name"])): frozenset(folded_id(ids.get(f, f)) for f in a.get("affiliations", ()))
            for a in table}


def _elsewhere(pa: frozenset[str] | None, wa: set[str], pb: frozenset[str] | None, wb: set[str]) -> bool:
    """Whether two reports say they happened at different places: the places each says it happened
    at (`where`) have none in common, and neither clause names a place of the other at all (a
    field shut "forcing a halt at the Zawiya terminal" and "production at the Sharara field was
    halted" are one shutdown).  wa, wb: the clauses' content words (stems)."""
    if not pa or not pb:
        return False
    # Two parts of one town ("in Gargaresh" / "in Ain Zara", each in Tripoli) are two places; a part and
    # the town it lies in, named alone by the other, are not ("in Zawiya" / "in al-Harsha").
    ia, ib = _inmost(pa), _inmost(pb)
    if ia & ib or ia & (pb - ib) or ib & (pa - ia):
        return False
    pa, pb = ia, ib
    if any(_place_stems(p) <= wb for p in pa) or any(_place_stems(p) <= wa for p in pb):
        return False
    # A site ("at Al-Ittihadiya Palace", "at the Rixos hotel") lies in some town: against a town, it
    # says nothing of where.  Two sites apart, or two towns, do.
    if (_all_sites(pa) and not _any_site(pb)) or (_all_sites(pb) and not _any_site(pa)):
        return False
    # A region ("in the Fezzan") holds many towns: against a town, it says nothing of where either.
    if (all(map(_is_region, pa)) and not any(map(_is_region, pb))) \
            or (all(map(_is_region, pb)) and not any(map(_is_region, pa))):
        return False
    # One town in two spellings last: this runs for every report and row compared, and most agree above.
    return not any(_place_alike(x, y) or _named_after(x, y) or _named_after(y, x) for x in pa for y in pb)


@lru_cache(maxsize=8192)
def _inmost(places: frozenset[str]) -> frozenset[str]:
    """Places without the towns of the parts of a town among them (data/places.toml `parts_of`).

    >>> sorted(_inmost(frozenset({"tripoli", "abu salim district"}))), sorted(_inmost(frozenset({"tripoli"})))
    (['abu salim district'], ['tripoli'])
    """
    towns = {town for p in places if (town := _town_of_part(p))}
    return places - towns if towns else places


def _town_of_part(place: str) -> str | None:
    """The town a part of a town named with its noun lies in ("abu salim district" -> "tripoli": data/places.toml
    `parts_of`), else None."""
    return _town_of("parts_of").get(place.rpartition(" ")[0])


def _named_after(place: str, town: str) -> bool:
    """Whether a place of several words opens with a town's name, in any spelling, the article aside: it
    lies there, or is the site of that name ("the Sabha Medical Centre" is in Sebha, "the Tripoli Central
    Hospital" in Tripoli, "the Al Khadem base" is al-Khadim's).

    >>> _named_after("sabha medical centre", "sebha"), _named_after("sabha medical centre", "ubari")
    (True, False)
    >>> _named_after("al khadem base", "al-khadim"), _named_after("al khadem base", "al-kufra")
    (True, False)
    """
    terms, name = _place_terms(place), _place_terms(town)
    return len(name) == 1 and len(terms) >= 2 and _place_word_alike(terms[0], name[0])


def _all_sites(places: frozenset[str]) -> bool:
    """Whether every place named is a site: its last word a site noun (data/event_words.toml `sites`)."""
    return all(_is_site(p) for p in places)


def _any_site(places: frozenset[str]) -> bool:
    return any(_is_site(p) for p in places)


@lru_cache(maxsize=8192)
def _is_site(place: str) -> bool:
    """Whether a place is a site or a part of a town: its last word a site noun or a town part's."""
    from .fts import stem

    words = place.split()
    return bool(words) and (stem(words[-1]) in _place_cues()[2] or words[-1] in _town_parts())


@lru_cache(maxsize=4096)
def _is_region(place: str) -> bool:
    """Whether a place is one of Libya's regions (data/places.toml `regions`: "the Fezzan"), which holds many towns."""
    return " ".join(_place_terms(place)) in _regions()


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    return frozenset(" ".join(_place_terms(r)) for r in vocab.words("places", "regions"))


@lru_cache(maxsize=1)
def _town_parts() -> frozenset[str]:
    """The nouns of a part of a town (data/event_words.toml `town_parts`): "the Souq al-Juma district"."""
    return frozenset(vocab.words("event_words", "town_parts"))


def _places_meet(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Whether two sets of places (or of their stems) hold one place, however each spells it ("Ubari" /
    "Awbari", "Sirt" / "Sirte": see _place_alike)."""
    if pa & pb:
        return True
    return any(_place_alike(x, y) for x in pa for y in pb)


def _one_place(x: str, y: str) -> bool:
    """Whether two places are one, written alike or in two spellings (_place_alike)."""
    return x == y or _place_alike(x, y)


def _places_apart(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Whether each of two sets of places holds one the other does not, in any spelling ("the village of
    Tiji" / "the hamlet of Wazzin").  A part of a town ("the Fashloum district") lies in some town, and a
    region ("the Fezzan") holds many: against places none of which is one of its sort, it says nothing of where."""
    pa, pb = _without_parts(pa, pb), _without_parts(pb, pa)
    return (any(not any(_one_place(x, y) for y in pb) for x in pa)
            and any(not any(_one_place(x, y) for x in pa) for y in pb))


def _without_parts(pa: frozenset[str], pb: frozenset[str]) -> frozenset[str]:
    """pa without its parts of a town, where pb names none, and without its regions, where pb names none."""
    parts = _town_parts()
    if any(p.rpartition(" ")[2] in parts for p in pa) and not any(p.rpartition(" ")[2] in parts for p in pb):
        pa = frozenset(p for p in pa if p.rpartition(" ")[2] not in parts)
    if any(map(_is_region, pa)) and not any(map(_is_region, pb)):
        pa = frozenset(p for p in pa if not _is_region(p))
    return pa


@lru_cache(maxsize=8192)
def _place_alike(a: str, b: str) -> bool:
    """Whether two place names are one in two spellings: as many words, each the same or a spelling
    variant of the other (names.are_variants: "Ubari" / "Awbari", "Zawiya" / "Zawia").

    >>> _place_alike("ubari", "awbari"), _place_alike("wadi misrata", "wadi misurata"), _place_alike("ghat", "ghadames")
    (True, True, False)
    >>> _place_alike("umm al-aranib", "um el-aranib"), _place_alike("al kufra", "kufra"), _place_alike("umm al-aranib", "um")
    (True, True, False)
    >>> _place_alike("al-khadim", "al khadem"), _place_alike("zawiya", "zuwara")
    (True, False)
    """
    if a == b:
        return False
    ta, tb = _place_terms(a), _place_terms(b)
    if len(ta) != len(tb) or not ta:
        return False
    return all(_place_word_alike(x, y) for x, y in zip(ta, tb))


@lru_cache(maxsize=8192)
def _place_word_alike(x: str, y: str) -> bool:
    """Whether two words of place names are one word: the same, spelling variants (names.are_variants),
    or one consonant skeleton spelt nearly alike (Jaro-Winkler SPELT_ALIKE or more: "Khadim" /
    "Khadem", a vowel written two ways at a syllable are_variants does not compare)."""
    from .actors import SPELT_ALIKE
    from .names import are_variants, jaro_winkler, name_key

    return x == y or are_variants(x, y) or (name_key(x) == name_key(y) != "" and jaro_winkler(x, y) >= SPELT_ALIKE)


# The Arabic article as transliterations write it, joined by a hyphen or apart ("Umm al-Aranib",
# "Um el Aranib", "Az-Zawiyah"): no word of a place's name for comparing spellings.
_ARTICLE = frozenset(vocab.words("places", "arabic_article"))
_DOUBLED = lazy_compile(r"(\w)\1")


@lru_cache(maxsize=4096)
def _place_terms(place: str) -> tuple[str, ...]:
    """A place name's words for comparing spellings: the article dropped, doubled letters written once
    ("umm al-aranib" and "um el-aranib" -> ("um", "aranib")), accents dropped and the French "ou" before
    a vowel written as the w it stands for ("zaouïa" -> ("zawia",), as "Zawia" is written in English)."""
    words = [w for w in re.split(r"[\s-]+", fold(place)) if w and w not in _ARTICLE]
    return tuple(_FRENCH_W.sub("w", _DOUBLED.sub(r"\1", w)) for w in words)


_FRENCH_W = lazy_compile(r"(?<=[aeiou])ou(?=[aei])|^ou(?=[aei])")


# A wire's dateline opening a sentence: its town, maybe a region, the day of filing and the agency, then a
# dash or a colon ("TRIPOLI, 13 March 2054 –", "SEBHA, March 12 (NAW) -", "Benghazi, Libya, Jan 5:").
_WIRE_DATELINE = lazy_compile(
    r"\W*[A-Z][\w.'’ -]{1,40}?,\s*(?:[A-Z][\w.'’ -]{0,30}?,\s*)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"\s*(?P<agency>\([^)]{1,30}\)\s*)?[:|–—-]\s+")

# How many words may open a sentence before the word of reacting that frames it ("The UN Support
# Mission in Libya is deeply alarmed by ...").
REACTION_OPENING = 10


@lru_cache(maxsize=4096)
def _reaction_framed(text: str) -> bool:
    """Whether a sentence tells a happening as what someone reacts to: a word of reacting (data/
    event_words.toml `reactions`) among its first REACTION_OPENING words, a kind of happening after
    it ("UNSMIL welcomes the swearing-in of the governor on 20 April", "IOM mourns the loss of 43
    lives in the shipwreck off Sabratha on 16 July").  Whoever reacts is no participant of the
    happening: the sides of such a report do not set it apart from another outlet's (same_event).

    >>> _reaction_framed("UNSMIL welcomes the swearing-in of the governor on 20 April."), _reaction_framed(
    ...     "The governor was sworn in on 20 April, a move UNSMIL welcomed.")
    (True, False)
    """
    from .fts import stem
    from .text import WORD_RE

    reactions = _reaction_stems()
    opening = _WIRE_DATELINE.match(text)  # "TRIPOLI, 13 March 2054 – The UN Support Mission ... is alarmed by"
    for i, m in enumerate(WORD_RE.finditer(text, opening.end() if opening else 0)):
        if i >= REACTION_OPENING:
            return False
        if stem(m.group().lower()) in reactions:
            return any(w[0] == "=" for w in _content(text[m.end():]))
    return False


def told_beyond_sides(a: Event, b: Event) -> bool:
    """Whether two reports of one day by two outlets that name participants of no common side still
    tell one event: each outlet names whom it quotes ("the IOM said", "the Red Crescent said"),
    so participants alone do not set apart two reports that share a number that is no date and
    much else ("61 migrants", "off Zuwara", "boat"), or a great deal of rare words.

    Only between reports of one day (a coarser date holds many events) from two articles.
    """
    if a.doc == b.doc or not a.precision == b.precision == "day":
        return False
    shared, share, _ = evidence(a, b)
    if told(a).numbers & told(b).numbers:
        return shared >= BEYOND_SIDES_NUMBER[0] and share >= BEYOND_SIDES_NUMBER[1]
    return shared >= BEYOND_SIDES[0] and share >= BEYOND_SIDES[1]


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The runs of three words of a sentence, folded."""
    words = [w.casefold() for w in WORD_RE.findall(text)]
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def copies(a: Event, b: Event) -> bool:
    """Whether two reports are copies of one wire story whose dates the two sites read apart: nearly
    the same sentence (COPY_SHINGLES of the shorter one's runs of three words) from two outlets
    that published within COPY_DAYS of each other, with dates no further apart.

    >>> from libyadesk.models import Citation
    >>> text = "Gunmen stormed the port of Zuwara on Monday, killing two guards, officials said."
    >>> a = Event("2024-05-13", "day", "relative", "a", 0, text, sources=[Citation("a", "Wire", "2024-05-14")])
    >>> b = Event("2024-05-20", "day", "relative", "b", 0, "ZUWARA - " + text, sources=[Citation("b", "Site", "2024-05-21")])
    >>> copies(a, b), copies(a, replace(b, sources=[Citation("b", "Site", "2024-07-21")]))
    (True, False)
    >>> copies(a, replace(b, text=text.replace("two", "3")))
    False
    """
    if a.doc == b.doc or not a.sources or not b.sources:
        return False
    ta, tb = told(a), told(b)
    pa, pb = ta.published, tb.published
    if pa is None or pb is None or pa[1] - pa[0] > _WEEK or pb[1] - pb[0] > _WEEK \
            or abs((pa[0] - pb[0]).days) > COPY_DAYS:
        return False  # a publication date known only by its month says nothing of when
    (a_lo, a_hi), (b_lo, b_hi) = a.bounds, b.bounds
    if (b_lo - a_hi).days > COPY_DAYS or (a_lo - b_hi).days > COPY_DAYS:
        return False
    if ta.fixed != tb.fixed:
        # A copy says what the story says, "on Monday" and "120 migrants" alike; a weekly notice
        # in one template ("intercepted 120 migrants on Monday") is not a copy.
        return False
    sa, sb = ta.shingles, tb.shingles
    small = min(len(sa), len(sb))
    return small >= 4 and len(sa & sb) >= COPY_SHINGLES * small


_NUMBER = lazy_compile(r"\d+(?:[.,]\d+)*")


def _fixed(text: str) -> set[str]:
    """The numbers and calendar names (weekdays, months) of a sentence."""
    return set(_NUMBER.findall(text)) | {w.casefold() for w in WORD_RE.findall(text) if is_calendar_name(w.casefold())}


_WEEK = datetime.timedelta(days=7)


def _place_words(places: set[str]) -> set[str]:
    """The stems of the words of places, as they stand among a clause's content words."""
    return set().union(*map(_place_stems, places))


def _where_words(ta: "Told", tb: "Told") -> set[str]:
    """The stems of the places two reports name, which what they share must go beyond: every place's,
    except those of a site or a part of a town both name when they do not tell two kinds of happening.
    One body does several things in one town on one day, and a fire and a clash may both be at one
    refinery; one happening at one district or site on one day ("abducted outside his shop in the
    Fashloum district" / "a pharmacist was seized in Fashloum") is said of few."""
    words = set(ta.place_words | tb.place_words)
    if _none_in_common(ta.happenings, tb.happenings):
        return words
    shared = {p for p in ta.where if _is_site(p) and any(_one_place(p, q) for q in tb.where)}
    shared |= {q for q in tb.where if _is_site(q) and any(_one_place(p, q) for p in ta.where)}
    towns = _place_words({p for p in ta.where | tb.where if not _is_site(p)})
    return words - (_place_words(shared) - towns)


@lru_cache(maxsize=8192)
def _place_stems(place: str) -> frozenset[str]:
    """The stems of the words of one place (worked out once per place, not per comparison), split as a
    clause's content words are: "al-bayda" is "bayda", the article apart (_ARTICLE), and a name's
    spellings one (_name_stem: "zawia" is what "zawiya" is); a part of a town by its name alone ("the
    Janzour district" is named by "the Mayor of Janzour")."""
    words = re.split(r"[\s-]+", place)
    if len(words) > 1 and words[-1] in _town_parts():
        words.pop()
    return frozenset(_name_stem(w) for w in words if w and w not in _ARTICLE)


def _restates(lead: Event, body: Event) -> bool:
    """Whether an undated lead says again what a dated sentence of its article says.

    The same kind of happening and another word or place in common; when both name
    participants but none in common ("Turkey's parliament" / "its speaker"), three words.
    """
    both = set(lead.words) & set(body.words)
    happening = bool(_happenings(both))
    if lead.actors and body.actors and not set(lead.actors) & set(body.actors):
        # Only when the lead's day is known: a month of publication says little of what is news.
        return lead.precision == "day" and happening and len(both) >= 3
    places = len(set(lead.names) & set(body.names))
    if len(both) >= 3 and _overlap(lead, body) >= LEAD_OVERLAP:
        return True
    # Less is enough only when the lead's day is known: a month of publication says little of what is news.
    return lead.precision == "day" and happening and len(both) + places >= 2


def _recent(lead: Event, body: Event) -> bool:
    """Whether a body event lies within LEAD_RECENT_DAYS before the lead's publication date (or in it)."""
    lo, hi = lead.bounds
    b_lo, b_hi = body.bounds
    return b_hi >= lo - datetime.timedelta(days=LEAD_RECENT_DAYS) and b_lo <= hi


def _at_odds(a: Event, b: Event) -> bool:
    """Whether two reports, whatever their dates, say things of two events: places with none in
    common, or kinds of happening of no common family (a lead naming other participants than its
    body, "Turkey's parliament" and "its speaker", may still restate it: see _restates)."""
    if a.where and b.where and not set(a.where) & set(b.where):
        return True
    fa, fb = _fine_families(a), _fine_families(b)
    return _none_in_common(fa, fb)


def _restated_leads(events: list[Event]) -> list[Event]:
    """A lead dated only by publication that restates a recent dated event of its own article joins that event."""
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc, []).append(e)
    out: list[Event] = []
    for doc_events in by_doc.values():
        # A lead in a headline's present ("Minister says ... as rivals meet") is a standfirst
        # set under the headline, not a report: it is left as it is.
        body = [e for e in doc_events if e.dated_by != "publication"]
        # The body's first clause naming the news by a general noun ("The announcement was made in a
        # televised address on Monday", "The decision was taken on Sunday") tells when the lead's news
        # happened, whatever words each uses and whatever tense the lead has ("Libya is preparing to
        # host a bidding round").
        told_when = next((e for e in sorted(body, key=lambda e: (e.sentence, e.at))
                          if e.kind == "event" and _names_the_news(e.text)), None)
        for lead in (e for e in doc_events if e.dated_by == "publication"):
            if told_when is not None and lead.sentence < told_when.sentence and _recent(lead, told_when) \
                    and not _at_odds(lead, told_when) and _news_of(lead, told_when):
                _absorb(told_when, lead, keep_date=True)
                continue
            # A lead in a headline's present ("Minister says ... as rivals meet") is a standfirst
            # set under the headline, not a report: it is left as it is.
            if not tells_past(lead.text):
                out.append(lead)
                continue
            match = max((e for e in body if e.kind == "event" and _recent(lead, e) and not _at_odds(lead, e)
                         and _restates(lead, e)),
                        key=lambda e: (len(set(lead.words) & set(e.words)),
                                       len(set(lead.actors) & set(e.actors)), _overlap(lead, e)), default=None)
            if match is None:
                out.append(lead)
            else:
                _absorb(match, lead, keep_date=True)
        out.extend(body)
    return out


def _news_of(lead: Event, news: Event) -> bool:
    """Whether a body clause naming the news by a general noun ("The decision was announced on
    Monday") may be the lead's news: it says of no other happening (_tells_another: "Separately, the
    decision was ..."), and it is the sentence right after the lead or shares a participant or a kind
    of happening with it ("The UN mission has warned of renewed clashes" is not "the decision" of a
    curfew announced two sentences on)."""
    if _tells_another(news.text):
        return False
    if news.sentence == lead.sentence + 1:
        return True
    if set(map(folded_id, lead.actors)) & set(map(folded_id, news.actors)):
        return True
    return bool({w for w in lead.words if w[0] == "="} & {w for w in news.words if w[0] == "="})


@lru_cache(maxsize=1)
def _news_noun() -> re.Pattern[str]:
    """A clause opening with "the" or "this" and a general noun of news (data/event_words.toml `references`)."""
    nouns = "|".join(map(re.escape, sorted(vocab.words("event_words", "references"), key=len, reverse=True)))
    return re.compile(rf"^\W*(?:the|this)\s+(?:{nouns})\s+(?:was|were|came|had\s+been)\b", re.IGNORECASE)


def _names_the_news(text: str) -> bool:
    """Whether a clause opens by naming the news it dates by a general noun, as its subject.

    >>> _names_the_news("The announcement was made on Monday by the chairman."), _names_the_news("The move angered Tripoli.")
    (True, False)
    """
    return _news_noun().search(text) is not None


def _references(events: list[Event]) -> list[Event]:
    """A clause that names an event of its article by its date ("Wednesday's measures") joins the
    earliest clause before it with that date, when its noun says what that one does (see _refers)."""
    out: list[Event] = []
    for ordered in _in_documents(events):
        for i, e in enumerate(ordered):
            earlier = next((d for d in ordered[:i] if d.date == e.date and d.sentence < e.sentence), None)
            if e.ref and earlier is not None and _refers(earlier, e):
                # Its own participants are of what else the clause says ("... came after X did Y").
                _absorb(earlier, replace(e, actors=[], actor_names=[]), keep_date=True)
            else:
                out.append(e)
    return out


def _in_documents(events: list[Event]) -> Iterator[list[Event]]:
    """The events of each document, in the order the documents first come, each in the order its
    sentences and dates tell them."""
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc, []).append(e)
    for doc_events in by_doc.values():
        yield sorted(doc_events, key=lambda e: (e.sentence, e.at))


def _sides_of(reports: list[Event]) -> set[frozenset[str]]:
    """The sides (see Event.sides) the reports that name participants name, ids folded (folded_id)."""
    return {told(m).sides for m in reports if told(m).actors}


def _opposed(row: set[frozenset[str]], others: set[frozenset[str]], row_names: Set[str] = frozenset(),
             other_names: Set[str] = frozenset()) -> bool:
    """Whether a report of a row and one of others name participants of no common side: linked
    through a third report that names none, they are still two events.  Not when the row's clauses name
    the others' participants, though not as their own ("the deal Algiers and Tripoli struck" names the
    GNU of "the Algerian government and the GNU concluded"; "Adriatica Energia has won its contract: the
    agreement signed with the NOC" beside "the deal signed with Adriatica in May"): that side is told there
    too (Told.names: whom the clauses name, folded).  The others' clauses naming the row's participants
    count only when they share a participant with some report of the row: a report may name another
    clash's sides to set its own apart ("the Nawasi Brigade, which stayed out of the fighting between Rada
    and the 444th")."""
    linked = bool(other_names) and any(a & b for a in row for b in others)
    return any(not a & b and not _home_side(a, b) and not b & row_names and not (linked and a & other_names)
               for a in row for b in others)


def _keys(e: Event, value: str) -> list[str]:
    """The buckets of date `value` an event looks for rows in: rows under a coarser date by a
    participant, a side, a rare word or (finer than a year) a kind of happening; rows of its own
    date also by a place it happened at, its article or, naming no participant, a name (for
    named_alike)."""
    if value != e.date:
        keys = list(dict.fromkeys([*map(folded_id, [*e.sides, *e.actors]), *_rare_keys(e)]))
        if PRECISION_RANK.get(e.precision, 9) < PRECISION_RANK["year"]:
            keys += sorted(told(e).happenings) + ["q:" + q for q in sorted(told(e).quantities)]
        return keys
    keys = [*dict.fromkeys(map(folded_id, [*e.sides, *e.actors])), *("in:" + w for w in e.where), "#" + e.doc, _opening(e),
            *_rare_keys(e)]
    if PRECISION_RANK.get(e.precision, 9) < PRECISION_RANK["year"]:
        keys += sorted(told(e).happenings)
        keys += ["n:" + w for w in told(e).words if w[0] != "=" and word_weight(w) >= RARE_KEY_WEIGHT]
        keys += ["q:" + q for q in sorted(told(e).quantities)]  # what _weighed counts as a word
    else:
        # What one place sees once (an uprising, an election day planned): a report naming no one is
        # found by it (agree: _unnamed_in_year), as by a name.
        keys += sorted(told(e).phrase_kinds & _known_by_year())
        if not e.actors:
            keys += ["@" + n for n in e.names]
    return keys


# A report is looked up by its rarest content words too: reports of one event told in other
# words and naming other participants share those (see evidence).
RARE_KEYS = 3
RARE_KEY_WEIGHT = 1.5


def _rare_keys(e: Event) -> list[str]:
    """The keys of the RARE_KEYS rarest content words of a clause (at least RARE_KEY_WEIGHT; see word_weight)."""
    return told(e).rare_keys


def _opening(e: Event) -> str:
    """The first content words of a clause: a wire copy of it, syndicated by another site, has them too."""
    return "w:" + " ".join(e.words[:4])


def _copy_keys(e: Event) -> list[str]:
    """The keys a wire copy of any date is looked up and filed by: the first runs of three content
    words of its clause (a site may put a word before the story: "ZUWARA - Gunmen ...")."""
    return ["c:" + " ".join(e.words[i:i + 3]) for i in range(min(3, max(1, len(e.words) - 2)))]


def _filed_keys(row: Event, first: Event | None = None) -> list[str]:
    """Every key a row is filed under at its date, so that any event that may match it finds it
    (_merge_traced adds the article of each report the row compares: see there).

    `first`: the report that opened the row.  A row's words are its first report's (_absorb
    never changes them), so the keys made of words (rare words, kinds of happening) are read
    from that report's Told, worked out once, not from the row's, which every report that
    joins it resets.
    """
    t = told(first if first is not None else row)
    keys = [*dict.fromkeys(map(folded_id, [*row.sides, *row.actors])), *("in:" + w for w in row.where), "#" + row.doc,
            _opening(row), *t.rare_keys]
    if PRECISION_RANK.get(row.precision, 9) < PRECISION_RANK["year"]:
        # The words of its names, for a report that names them in plain words or by a surname
        # the actor layer did not link ("Khaled Al-Bukhari" of one outlet, "Bukhari" of another).
        # Its figures with their units, for a report naming its participants in other words ("a 15% fee"
        # of the Central Bank of Libya, "a tax of 15 percent" of the Central Bank: _weighed).
        return keys + sorted(t.happenings) + sorted({"n:" + w for _, stems in t.spelled for w in stems}) \
            + ["q:" + q for q in sorted(t.quantities)]
    return keys + sorted(t.phrase_kinds & _known_by_year()) + ["@" + n for n in row.names]


def merge_events(events: list[Event]) -> list[Event]:
    """One row per real event: reports of it in one article and across outlets folded together, sources combined.

    Undated leads first join the recent dated event of their own article they restate, and
    clauses naming an event by its date ("Wednesday's measures") the earliest such event of
    their article.  Then events are sorted so that a coarse date comes before the finer dates
    it contains; each row is filed under (its date, each key of _filed_keys), and a new event
    is compared only with at most MAX_CANDIDATES rows from the buckets of its own date and
    the coarser values containing it, for its keys (_keys): the work grows with the events
    of a date, not with the corpus.  A row is compared through its reports (single linkage,
    the first MEMBERS_COMPARED of them); an event that matches several rows joins them into
    one, unless reports of rival sides would meet.  Dates agree at the coarser precision
    (see same_event).  Every decision is made among the events of one date bucket
    (merge_bucket), which is what lets a change re-merge only its buckets: keep it so.
    """
    return merge_prepared(prepare_events(events))


def prepare_events(events: list[Event]) -> list[Event]:
    """The steps of merging that read one article only: copies, undated leads joined to what they
    restate, a sentence telling who attended the event told before it joined to that event, and
    clauses naming an event of their article by its date joined to it.

    Kept per document (layers.DOC_EVENTS), so that after a change only the changed
    documents are prepared again.
    """
    return _references(_attendances(_restated_leads([_copy(e) for e in events])))


def _attendances(events: list[Event]) -> list[Event]:
    """A sentence telling who attended the event the sentence before it told (_attended) joins it,
    its participants with it."""
    joined: set[int] = set()
    for ordered in _in_documents(events):
        told_before = None
        for e in ordered:
            if told_before is not None and _attended(told_before, e):
                _absorb(told_before, e, keep_date=True)
                joined.add(id(e))
            else:
                told_before = e
    return [e for e in events if id(e) not in joined] if joined else events


def _attended(earlier: Event, later: Event) -> bool:
    """Whether a later sentence of one article, undated and going on with the event an earlier one told
    (_goes_on), tells who attended that event ("Italy and Libya on Tuesday renewed the pact" / "The two
    prime ministers attended the signing at Palazzo Chigi": data/anaphora.toml `told_event_attending`
    before "the" and a noun of the earlier clause's words): one event, told with more participants."""
    if later.sentence <= earlier.sentence or later.at_end or later.dated_by != "relative" or later.date != earlier.date \
            or earlier.kind != "event":
        return False  # a date of its own: not the told event's continuation
    told_nouns = vocab.words("anaphora", "told_event_nouns")
    return any(m.group("noun").lower() in told_nouns and set(_content(m.group("noun"))) & set(earlier.words)
               and not _NOT_ATTENDED.search(later.text, 0, m.start()) and not _ANOTHER_OF.match(later.text, m.end())
               for m in _attending().finditer(later.text))


# Before the attending verb, what says it was not attended or by whom in passing ("Neither Haftar nor Saleh
# attended", "Lawyers who attended the ruling protested"); after the noun, what names another one ("the
# meeting of the Berlin Process", "the protest in Derna").
_NOT_ATTENDED = lazy_compile(r"\b(?:not|never|neither|nor|no|who|which|that)\b|n[’']t\b|\bbut\b", re.IGNORECASE)
_ANOTHER_OF = lazy_compile(r"\s+(?:of\b|in\s+(?-i:[A-Z]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _attending() -> re.Pattern[str]:
    """An attending verb (data/anaphora.toml `told_event_attending`) before "the", up to two words and a noun."""
    verbs = vocab.alternation(vocab.words("anaphora", "told_event_attending"))
    return re.compile(rf"\b(?:{verbs})\s+the\s+(?:[\w’'-]+\s+){{0,2}}?(?P<noun>[a-z]+)\b", re.IGNORECASE)


def merge_bucket(event: Event) -> str:
    """The date bucket an event is merged within: the year its date begins in (a night's: the year of
    the day it is dated by, not of its evening before New Year).

    The contract between merging and the incremental timeline: whether two reports are
    one event is decided among the events of one bucket only (`merge_prepared` is given
    one bucket at a time), so a change re-merges only the buckets its events fall into.
    """
    return str(event.bounds[0].year)


def merge_prepared(events: list[Event]) -> list[Event]:
    """`merge_events` of prepared events (see prepare_events): rows of one bucket (merge_bucket) at a time."""
    by_bucket: dict[str, list[Event]] = {}
    for event in events:
        by_bucket.setdefault(merge_bucket(event), []).append(event)
    out: list[Event] = []
    for bucket in sorted(by_bucket):
        out += _merge_bucket(by_bucket[bucket])
    return sorted(out, key=_sort_key)


# What _Row.agreement says of an event, in order: the row may take it only as a copy (or another
# outlet's lead), across sides, or admits it outright (0: none of these).
AS_COPY, ACROSS_SIDES, ADMITS = 1, 2, 3


class _Row:
    """A merged row being built, with what its reports agree on (complete linkage): each report that
    joins must agree with all of them, not only resemble one (single linkage chains "in April" to
    April 4 and April 4's row to April 10's report).

    Kept as small summaries, so a row of thousands of reports is checked in constant time: the
    distinct date spans of its reports (they nest, one holding the next, so there are at most as
    many as precisions), the places all its reports that name one share, the sites of what they
    tell all its reports that name one share (happening_sites), the families of kinds
    of happening all its reports finer than a year that name one share, the sides its reports
    name, and its sentences.

    Only its first MEMBERS_COMPARED reports are kept (`members`; `count` says how many it has):
    no comparison reads a later one, so a report joining a full row is let go once it is
    absorbed, and a year of a large corpus does not hold every report it merged.
    """

    __slots__ = ("event", "key", "members", "count", "taken", "filed", "sides", "sentences", "spans", "places",
                 "families", "words", "sites", "names")

    def __init__(self, event: Event, key: int = 0) -> None:
        self.event = _copy(event)  # the row changes as reports join it; its reports are compared as they were
        self.event._told = told(event)  # the same until a report joins (_absorb clears it)
        self.key = key  # the key of the event that opened it (see _merge_traced)
        self.members = [event]  # its first MEMBERS_COMPARED reports, the only ones compared
        self.count = 1  # how many reports it has
        self.taken: list[int] = []  # the keys of the rows it took in
        self.filed: set[tuple[str, str]] = set()
        t = told(event)
        self.sides = set(t.side_set)
        self.sentences = {(s.doc, s.text) for s in event.sources}
        self.spans = {event.span}
        self.places: frozenset[str] | None = t.where or None
        self.families: frozenset[str] | None = t.said_families or None
        self.words: set[str] = set(t.words)  # every content word of its reports (see _elsewhere)
        self.sites: frozenset[str] | None = happening_sites(event.text) or None  # shared as places are
        self.names: set[str] = set(t.names)  # whom its reports' clauses name (see _opposed)

    def admits(self, event: Event, said: "_Admitted | None" = None) -> bool:
        """Whether no report of the row contradicts the event: dates that do not nest, no place or
        family of happening in common with what the row's reports share, reports of rival sides.
        `said`: the event's _said, when the caller asks several rows of one event."""
        return self._agrees(*(said or _admitted(event)))

    def joins(self, other: "_Row") -> bool:
        """Whether two rows may become one: the same test as admits, for every report of the other."""
        return all(self._agrees(span, other.places, other.families, other.sides, other.words, other.sites, other.names)
                   for span in other.spans)

    def _agrees(self, span: tuple[datetime.date, datetime.date] | None, places: frozenset[str] | None,
                families: frozenset[str] | None, sides: set[frozenset[str]], words: set[str],
                sites: frozenset[str] | None = None, names: Set[str] = frozenset()) -> bool:
        if span is not None and not all(_nested(span, mine) for mine in self.spans):
            return False
        if _elsewhere(places, words, self.places, self.words):
            return False  # clashes in Zawiya and clashes in Misrata on one day are two events
        if _none_in_common(sites, self.sites):
            return False  # a bomb near a market and a blast at a depot (happening_sites), a report naming none between
        if _none_in_common(families, self.families):
            return False  # a killing and an arrest of one day, one place, one side are two events
        # A side the row holds already was found to agree with the others when it joined
        # (admits_across_sides): another report of it, a wire copy of one, contradicts nothing new.
        return not _opposed(self.sides, sides - self.sides, self.names, names)

    def admits_across_sides(self, event: Event, said: "_Admitted | None" = None) -> bool:
        """Whether the row may take a report whose participants share no side with some of its
        reports ("the IOM said" / "the Red Crescent said" of one sinking): nothing but the sides
        contradicts it, and it tells the same event as each such report beyond doubt (see
        told_beyond_sides).  Only for a row all of whose reports are compared."""
        if self.count > MEMBERS_COMPARED or not event.actors:
            return False
        span, where, families, _, words, sites, names = said or _admitted(event)
        if not self._agrees(span, where, families, set(), words, sites, names):
            return False
        mine = told(event).sides
        return all(told_beyond_sides(m, event) for m in self.members if m.actors and not told(m).sides & mine)

    def admits_copy(self, event: Event, said: "_Admitted | None" = None) -> bool:
        """Whether the row may take a copy of one of its reports whose date was read apart (see
        copies): nothing but the date may contradict it."""
        return self._agrees(None, *(said or _admitted(event))[1:])

    def admits_lead(self, event: Event, said: "_Admitted | None" = None) -> bool:
        """Whether the row may take another outlet's lead dated only by its publication: every date
        of the row lies within LEAD_ACROSS_DAYS before that publication (or on it), and nothing
        else contradicts it."""
        return self._lead_within(event) and self.admits_copy(event, said)

    def _lead_within(self, event: Event) -> bool:
        """admits_lead's test of the dates: every date of the row within LEAD_ACROSS_DAYS before the
        lead's publication, or on it."""
        lo, hi = event.bounds
        lo -= datetime.timedelta(days=LEAD_ACROSS_DAYS)
        return all(span[1] >= lo and span[0] <= hi for span in self.spans)

    def agreement(self, event: Event, said: "_Admitted") -> int:
        """What admits, admits_across_sides, admits_copy and admits_lead say of an event, with each
        part of _agrees tested once (_decide asks them in turn of a row that does not admit the
        event, which tested its places, sites and families up to three times): ADMITS,
        ACROSS_SIDES, AS_COPY (admits_copy, and admits_lead if the lead's dates fit) or 0.

        The parts: the dates nest (`span`, not read by admits_copy), nothing says elsewhere
        (places, sites, families: read by all three), no rival sides (not read by
        admits_across_sides, which passes no sides).  Each is a pure function of the row and
        the event, so testing it once answers as testing it per method.
        """
        span, where, families, sides, words, sites, names = said
        nested = all(_nested(span, mine) for mine in self.spans)
        if _elsewhere(where, words, self.places, self.words) or _none_in_common(sites, self.sites) \
                or _none_in_common(families, self.families):
            return 0
        if not _opposed(self.sides, sides - self.sides, self.names, names):
            return ADMITS if nested else AS_COPY
        if nested and self.count <= MEMBERS_COMPARED and event.actors:
            mine = told(event).sides
            if all(told_beyond_sides(m, event) for m in self.members if m.actors and not told(m).sides & mine):
                return ACROSS_SIDES
        return 0

    def add(self, event: Event, copy: bool = False) -> None:
        """Take a report in (a copy keeps the row's date, and its date constrains nothing)."""
        _absorb(self.event, event, keep_date=copy)
        if self.count < MEMBERS_COMPARED:
            self.members.append(event)
        self.count += 1
        t = told(event)
        self._narrow(None if copy else event.span, t.where or None, t.said_families or None,
                     t.side_set, {(s.doc, s.text) for s in event.sources}, happening_sites(event.text) or None)
        self.words |= t.words
        self.names |= t.names

    def take(self, other: "_Row") -> None:
        """Take another row's reports in."""
        _absorb(self.event, other.event)
        # While it has fewer than MEMBERS_COMPARED reports it keeps them all, so this is the
        # first MEMBERS_COMPARED of its reports followed by the other's, as a whole list gives.
        self.members += other.members[:MEMBERS_COMPARED - len(self.members)]
        self.count += other.count
        self.taken += [other.key, *other.taken]
        for span in other.spans:
            self._narrow(span, other.places, other.families, other.sides, other.sentences, other.sites)
        self.words |= other.words
        self.names |= other.names

    def _narrow(self, span: tuple[datetime.date, datetime.date] | None, places: frozenset[str] | None,
                families: frozenset[str] | None, sides: set[frozenset[str]],
                sentences: set[tuple[str, str]], sites: frozenset[str] | None = None) -> None:
        if span is not None:
            self.spans.add(span)
        if places:
            self.places = places & self.places if self.places else places
        if sites:
            self.sites = sites & self.sites if self.sites else sites
        if families:
            self.families = families & self.families if self.families else families
        self.sides |= sides
        self.sentences |= sentences


# What a row's admits, admits_copy and admits_across_sides read of an event: (its date span, the
# places it happened at, the families of kinds of happening its date's phrase tells, its sides, its
# content words, the sites of what it tells, whom its clause names), each None when empty, as _Row keeps
# them (_admitted).
_Admitted = tuple[tuple[datetime.date, datetime.date], "frozenset[str] | None", "frozenset[str] | None",
              frozenset, frozenset, "frozenset[str] | None", frozenset]


def _admitted(event: Event) -> _Admitted:
    """What a row's admits read of an event (see _Admitted): made once per event by _decide, which asks
    up to MAX_CANDIDATES rows, not once per row and test."""
    t = told(event)
    return (event.span, t.where or None, t.said_families or None, t.side_set, t.words,
            happening_sites(event.text) or None, t.names)


def _night_days(event: Event) -> list[str]:
    """The TIMEX3 values of a night's two days, its own date first (Event.night); its date alone else."""
    lo, hi = event.span
    if not event.night or lo == hi:
        return [event.date]
    return [event.date, (hi if lo.isoformat() == event.date else lo).isoformat()]


def _days_before(event: Event, days: int) -> list[str]:
    """The TIMEX3 values of the `days` days before a day's date, latest first."""
    day = event.bounds[0]
    return [(day - datetime.timedelta(days=n)).isoformat() for n in range(1, days + 1)]


def _nested(a: tuple[datetime.date, datetime.date], b: tuple[datetime.date, datetime.date]) -> bool:
    """Whether one span holds the other (dates that agree at the coarser precision)."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _fine_families(event: Event) -> frozenset[str]:
    """The families of the kinds of happening of a report finer than a year (data/event_words.toml
    `family`; "the 2011 uprising" and "Gaddafi was killed in 2011" are both what the year is known
    by, and told of together)."""
    return told(event).families


@lru_cache(maxsize=1)
def _family_kinds() -> frozenset[str]:
    """The kinds of happening that have a family (see _families)."""
    return frozenset(_families())


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Kind of happening ("=seizure") -> its family ("conflict"), from data/event_words.toml."""
    return {"=" + e["concept"]: e["family"] for e in vocab.entries("event_words") if "family" in e}


def _merge_bucket(events: list[Event]) -> list[Event]:
    """One bucket's events merged (see merge_events): the rows, chronological."""
    return _merge_traced(events, list(range(len(events)))).rows


class Merged(NamedTuple):
    """What merging one bucket gave: its rows, the trace a later update replays (see _merge_traced),
    how many events were compared with their candidate rows (the work an update saves), and the
    keys of the rows that may differ from the earlier merge's (dirty; every row when there was none)."""

    rows: list[Event]
    trace: list[list[int]]
    compared: int
    dirty: set[int]
    keys: list[int]  # of each row: the key of the event that opened it
    rows_compared: int = 0  # candidate rows an event was compared with (an event compared with its dirty rows only counts those)
    looked_up: int = 0  # events whose candidate rows were gathered (not taken from the trace: see was_order)
    built: int = 0  # events taken into rows built (the others' rows are the earlier merge's: see bounded)
    stopped: int = -1  # the step from which the merge was the earlier one's and was not walked (-1: walked to the end)


# A trace entry: [event key, the number of its candidate rows, their keys in the order they
# were found, then each candidate row that said anything of the event, in the order _decide
# met them, as (row key, outcome)]: MATCHED
# (a report of the row tells the same event), ALIKE (names it alike, see named_alike) or
# COPY (takes it as a copy or a lead).  The rows not listed took nothing of it.  The decision
# (_decision_of) follows from those outcomes: NEW (the event opens a row, known by the
# event's key), JOINED followed by the keys of the rows it matched (it joins the first, which
# takes in the others it may), or COPIED followed by the key of the row it joined as a copy.
# Keeping every row's outcome, not only the decision, is what lets an update compare an
# event with the candidate rows the change touched only (see _merge_traced).
NEW, JOINED, COPIED = 0, 1, 2
MATCHED, ALIKE, COPY = 1, 2, 3
EVENT_SLOTS = 1 << 20  # an event's key: its document's number times this, plus its place in the document's row


def _decision_of(outcomes: list[int]) -> list[int]:
    """The decision of a trace entry from its outcomes (row key, outcome, row key, outcome, ...; see above)."""
    matches = [outcomes[i] for i in range(0, len(outcomes), 2) if outcomes[i + 1] == MATCHED]
    if matches:
        return [JOINED, *matches]
    alike = [outcomes[i] for i in range(0, len(outcomes), 2) if outcomes[i + 1] == ALIKE]
    if len(alike) == 1:
        return [JOINED, alike[0]]  # the one row of its year telling of that happening there
    copied = [outcomes[i] for i in range(0, len(outcomes), 2) if outcomes[i + 1] == COPY]
    return [COPIED, copied[0]] if copied else [NEW]  # a copy or a lead joins one row


def decided_rows(entry: list[int]) -> list[int]:
    """The keys of the rows a trace entry's decision joined or copied into (none when it opened one)."""
    return _decision_of(_said(entry))[1:]


def _said(entry: list[int]) -> list[int]:
    """A trace entry's outcomes (row key, outcome, ...), after its candidate rows."""
    return entry[2 + entry[1]:]


def _event_key(number: int, i: int) -> int:
    """The key of a document's i-th event in a merge trace: the same while the document is unchanged."""
    return number * EVENT_SLOTS + i


def _merge_traced(events: "list[Event] | Encoded", keys: list[int], before: list[list[int]] | None = None,
                  dirty: set[int] | None = None, was_order: list[int] | None = None,
                  redone: set[int] | None = None, settle: "Callable[[int, _Row], None] | None" = None,
                  bounded: "Bounded | None" = None) -> Merged:
    """Merge one bucket's events (keys: a stable key of each, e.g. its document number and place;
    for Encoded events, their own keys are used), with a trace of every decision; given the trace of an earlier merge of the bucket, decisions
    that cannot have changed are replayed instead of compared again.

    Merging is greedy: each event, in _merge_order, is compared with the rows it finds under
    its keys (its candidates) and joins, opens or copies into rows; so an event's decision
    depends only on the list of its candidates and what they hold.  A row is *dirty* when it
    may hold other reports than at the same point of the earlier merge (`dirty`: the rows the
    caller's removed or changed events were in; a new event's row; every row a decision that
    came out different touched, with the rows it had taken in).  An event of the earlier
    merge whose candidates now are the same rows in the same order and none dirty would
    decide as it did: its outcomes are replayed without comparing.  Any other event is
    compared only with the candidate rows that are dirty or that it did not look at before
    (each row's outcome depends on that row and the event alone: a clean row it looked at
    before says what it said); a new event with all of them.  So the result and the trace
    are a fresh merge's, and the comparisons are bounded by the rows the change touched.

    `was_order`: the keys of every event of the earlier merge in its merge order (the whole
    earlier trace's, the removed documents' events too), and `redone`: the numbers of the
    documents whose events are not the earlier ones (removed, added, changed).  Up to the first
    event where the two orders part, or one of a redone document, the merge is the earlier
    merge's step for step (the same events in the same order met the same rows): those events
    take their saved outcomes without even looking their candidates up (no keys made, no rows
    gathered; `looked_up` counts the events that did).  New articles tell of recent days, which
    come last in a year's merge order, so that is most of a bucket.

    `settle(n, row)`: rows out of every later event's reach are handed to it as soon as they are
    (n: the row's place in the order rows were opened, which breaks ties of _sort_key as the
    sorted rows do), then every other row at the end; the Merged returned then has no rows.
    Events come in order of their first day, and a row whose every date and report ends more
    than REACH_DAYS before the event being merged can take nothing from it or from any later
    one (see _reach): so what is held is the rows of a window of days and the rows of coarse
    dates, not every row of the bucket (a year of 100,000 articles).

    `bounded` (with `was_order`; see Bounded and _bound): the rows of the unchanged start that
    are out of reach of the first changed event are not built at all (their events are passed
    over; the rows keep their place among the wire-copy keys as settled rows), and the merge
    stops as soon as the rest of it is the earlier merge's step for step (every changed event
    merged, every dirty row, as merged now and as merged before, out of reach, and no later
    event looking up a wire-copy key of one).  The trace is then complete and equal to a fresh
    merge's, but `rows` holds only the rows built: the dirty ones among them are the new rows,
    every other row is the earlier merge's (the caller keeps those; `stopped` says where it stopped).
    """
    old = {entry[0]: entry for entry in before or ()}
    dirty = set(dirty or ())
    rows: dict[int, _Row] = {}  # by key, in the order rows were opened
    buckets: dict[tuple[str, str], dict[int, _Row]] = {}
    trace: list[list[int]] = []
    compared = rows_compared = looked_up = 0
    # How far the merge is still the earlier one's, step for step (see was_order).
    alike = was_order is not None and before is not None
    redone = redone or set()
    # With `settle`: when each row goes out of reach (a heap of (last day it holds, row key)),
    # the last day each row holds (a stale heap entry is one whose day has grown since), and
    # the place each row was opened at.
    due: list[tuple[datetime.date, int]] = []
    reach: dict[int, datetime.date] = {}
    opened: dict[int, int] = {}

    def settle_before(day: datetime.date) -> None:
        while due and (day - due[0][0]).days > REACH_DAYS:
            last, row_key = heapq.heappop(due)
            if reach.get(row_key) != last or row_key not in rows:
                continue  # taken into another row, or its reach grew: a later entry stands for it
            del reach[row_key]
            row = rows.pop(row_key)
            for place in row.filed:
                held = buckets.get(place)
                if held is None:
                    continue
                if place[0] == "*":
                    # Wire copies of any date look this key up: the row keeps its place among
                    # them (the trace lists it as a candidate) but can say nothing any more.
                    held[row_key] = _SETTLED
                    _trim(held)
                else:
                    # A date no later event looks up (see _reach): the place goes, with every row in it.
                    del buckets[place]
            assert settle is not None
            settle(opened.pop(row_key), row)

    def extend(row: _Row, last: datetime.date) -> None:
        if reach.get(row.key, datetime.date.min) < last:
            reach[row.key] = last
            heapq.heappush(due, (last, row.key))

    def spoil(touched: list[int]) -> None:
        for key in touched:
            dirty.add(key)
            row = rows.get(key)
            if row is not None:
                dirty.update(row.taken)

    if isinstance(events, Encoded):
        order, spans_of = _merge_plan(events)  # reads six fields of each event (_Planned), keeps none
        keys, take = events.keys, events.take  # decodes it again when its turn comes
    else:
        order, spans_of = _merge_plan(events)
        take = events.take if isinstance(events, _Stored) else events.__getitem__
    skip: set[int] = set()
    stop: _Stop | None = None
    if bounded is not None and alike and not isinstance(events, Encoded):
        skip, stop = _bound(events, keys, order, old, bounded, was_order, redone, dirty)  # type: ignore[arg-type]
    grown: dict[int, datetime.date] = {}  # with `bounded`: the last day each row built holds
    stopped = -1
    built = 0
    blockers: tuple[int, datetime.date, int] | None = None  # (dirty rows seen, their last day, last step of a copy key)
    # Of one date, reports that name participants come first, so one naming none finds their row.
    for step, i in enumerate(order):
        key = keys[i]
        if key in skip:
            # A row out of reach of every changed event: it stays as it was (the caller keeps the
            # earlier merge's); where wire copies look rows up it keeps its place, saying nothing.
            trace.append(old[key])
            if _decision_of(_said(old[key]))[0] == NEW:
                for k in _copy_keys(events[i]):  # type: ignore[index]
                    buckets.setdefault(("*", k), {})[key] = _SETTLED
            continue
        if stop is not None and step > stop.last_changed:
            if blockers is None or blockers[0] != len(dirty) or stop.grew:
                blockers = stop.blockers(dirty, rows, grown)
            day = events[i].span[0]  # type: ignore[index]
            if (day - blockers[1]).days > REACH_DAYS and blockers[2] < step:
                # Every change merged and out of reach: the rest is the earlier merge, step for step.
                stopped = step
                trace += [old[keys[j]] for j in order[step:]]
                break
        event = take(i)
        built += 1
        if settle is not None:
            settle_before(event.span[0])
        was = old.get(key)
        decision = [NEW]
        looked_at: list[int] = []
        replayed = False
        if alike:
            alike = (was is not None and step < len(was_order) and was_order[step] == key  # type: ignore[arg-type]
                     and key // EVENT_SLOTS not in redone)
        if alike:
            # The same events before it in the same order, met by the same rows: its candidates
            # and what they said are the saved ones.
            assert was is not None
            looked_at = was[2:2 + was[1]]
            outcomes = _said(was)
            replayed = True
            decision = _decision_of(outcomes)
        elif PRECISION_RANK.get(event.precision, 9) <= PRECISION_RANK["year"]:
            looked_up += 1
            # The finest dates first, the latest rows of a bucket first, at most MAX_CANDIDATES.
            candidates: dict[int, _Row] = {}
            # Rows of the event's date and of the coarser values holding it, then rows of any
            # date that open with the same words (a wire copy whose date a site read apart).
            lead = event.dated_by == "publication" and event.precision == "day"
            # The keys of its own date, and those of every coarser value (the same for each: _keys),
            # worked out once per event, not once per value (this loop runs over a whole bucket).
            own = _keys(event, event.date)
            coarse: list[str] | None = None
            looked = []
            for value in _containers(event):
                if value == event.date:
                    looked += [(value, k) for k in own]
                else:
                    coarse = _keys(event, value) if coarse is None else coarse
                    looked += [(value, k) for k in coarse]
            if lead:  # rows of the days before its publication, for what its own date is looked up by
                looked += [(day, k) for day in _days_before(event, LEAD_ACROSS_DAYS) for k in own]
            if event.night:  # a night's: the rows of its other day too
                looked += [(day, k) for day in _night_days(event)[1:] for k in own]
            for place in looked + [("*", k) for k in _copy_keys(event)]:
                if len(candidates) >= MAX_CANDIDATES:
                    break
                for row_key, row in reversed(buckets.get(place, {}).items()):
                    candidates.setdefault(row_key, row)
                    if len(candidates) >= MAX_CANDIDATES:
                        break
            looked_at = list(candidates)
            if was is not None and was[2:2 + was[1]] == looked_at:
                said = _said(was)
                stale = [k for k in looked_at if k in dirty]
                if not stale:
                    outcomes = said  # the same rows holding the same reports: the same outcomes
                    replayed = True
            else:
                # Rows it did not look at before, or none before: those that looked at it
                # then and hold the same reports now say what they said.
                before_rows = set(was[2:2 + was[1]]) if was is not None else set()
                said = _said(was) if was is not None else []
                stale = [k for k in looked_at if k in dirty or k not in before_rows]
            if not replayed:
                compared += 1
                rows_compared += len(stale)
                known = {k: o for k, o in _pairs(said) if k not in dirty and k in candidates}
                known.update(_pairs(_decide(event, {k: candidates[k] for k in stale if candidates[k] is not _SETTLED},
                                            lead, _finer_in_sentence(event, spans_of))))
                if len(stale) == len(looked_at):
                    outcomes = [x for k, o in known.items() for x in (k, o)]  # _decide's own order
                else:
                    # In _decide's order (candidates sorted by _sort_key; a stable sort of the
                    # rows that said anything, in candidate order, keeps the same relative order).
                    said_rows = sorted((candidates[k] for k in looked_at if k in known), key=lambda r: _sort_key(r.event))
                    outcomes = [x for row in said_rows for x in (row.key, known[row.key])]
            decision = _decision_of(outcomes)
        else:
            outcomes = []
        if not replayed:
            before = _decision_of(_said(was)) if was is not None else None
            if before != decision:
                spoil([key, *decision[1:], *(before[1:] if before else ())])
            elif not dirty.isdisjoint(decision[1:]):
                spoil(decision[1:])
        trace.append([key, len(looked_at), *looked_at, *outcomes])
        if decision[0] == COPIED:
            rows[decision[1]].add(event, copy=True)  # its date says nothing more: filed as before
            if settle is not None:
                extend(rows[decision[1]], event.span[1])
            if stop is not None:
                stop.grow(grown, decision[1], event.span[1], dirty)
            continue
        if decision[0] == NEW:
            target = _Row(event, key)
            rows[key] = target
            opened[key] = len(trace)  # one entry an event: grows with each row opened, in order
        else:
            target = rows[decision[1]]
            target.add(event)
            for other_key in decision[2:]:  # the event joins rows that were apart
                other = rows[other_key]
                if not target.joins(other):
                    continue
                target.take(other)
                del rows[other_key]
                if stop is not None and other_key in grown:
                    stop.grow(grown, target.key, grown.pop(other_key), dirty)
                if settle is not None:
                    extend(target, reach.pop(other_key))
                    opened.pop(other_key)
                for place in other.filed:
                    held = buckets.get(place)
                    if held is not None:
                        held.pop(other_key, None)
        if settle is not None:
            extend(target, event.span[1])
        if stop is not None:
            stop.grow(grown, target.key, event.span[1], dirty)
        # A date framing a finer one of its sentence ("his second visit this year" beside "on 22
        # November") holds its row to that one: no report of another day of it joins later.
        target.spans.update(_finer_in_sentence(event, spans_of))
        if target.key in dirty:
            dirty.update(target.taken)
        # A row is filed under the article of each report it compares, not only the first's: the lead of
        # an article whose body sentence joined another outlet's row (a row whose date that sentence or
        # another made finer: "last week", then "on Sunday") finds it by its article (see _keys).
        articles = ["#" + m.doc for m in target.members]
        filed = [*_filed_keys(target.event, target.members[0]), *articles]
        # A night's report is found by the reports of its other day too (Event.night).
        dates = [target.event.date, *_night_days(event)[1:]] if event.night else [target.event.date]
        for place in [(d, k) for d in dates for k in filed] + [("*", k) for k in _copy_keys(target.event)]:
            if place not in target.filed:  # where it is filed already it keeps its place
                buckets.setdefault(place, {})[target.key] = target
                target.filed.add(place)
    if settle is not None:
        for row_key in list(rows):
            settle(opened.pop(row_key), rows.pop(row_key))
        return Merged([], trace, compared, dirty, [], rows_compared, looked_up)
    done = sorted(rows.values(), key=lambda row: _sort_key(row.event))
    return Merged([row.event for row in done], trace, compared, dirty, [row.key for row in done], rows_compared,
                  looked_up, built if bounded is not None else len(order), stopped)


class Bounded(NamedTuple):
    """What an update knows of the earlier merge besides the trace of the events it is given: the
    events of the documents taken out or changed (by key) and their trace entries (see _bound)."""

    gone: dict[int, Event]
    gone_entries: list[list[int]]


class _Stop:
    """Where a bounded merge may stop (see _bound): after the last changed event, once no dirty row
    can meet a later event."""

    def __init__(self, last_changed: int, reach: dict[int, datetime.date], find: Callable[[int], int],
                 copy_keys: Callable[[int], list[str]], last_copy: dict[str, int], opened: set[int],
                 several: set[int]) -> None:
        self.last_changed = last_changed  # the last step of an event of a changed document
        self.reach = reach  # of each row family of the earlier merge: the last day it held
        self.find = find
        self.opened = opened  # the rows the earlier merge opened
        self.several = several  # the families of the earlier merge a decision naming several rows joined
        self.copy_keys = copy_keys  # of a row: its first report's wire-copy keys
        self.last_copy = last_copy  # each wire-copy key: the last step of an event looking it up
        self.grew = False  # a dirty row took a later day since the blockers were counted

    def grow(self, grown: dict[int, datetime.date], key: int, day: datetime.date, dirty: set[int]) -> None:
        """Row `key` now holds `day`."""
        if grown.get(key, datetime.date.min) < day:
            grown[key] = day
            if key in dirty:
                self.grew = True

    def blockers(self, dirty: set[int], rows: dict, grown: dict[int, datetime.date]) -> tuple[int, datetime.date, int]:
        """(how many dirty rows, the last day any of them holds now or held before, the last step
        of an event that looks up a wire-copy key of one that is not in both merges).

        A dirty row out of reach says nothing of a later event; under a wire-copy key it still
        stands among the event's candidates, so it changes the event's candidates only when one
        merge has it there and the other not (new, gone, or taken into another row in one).
        """
        self.grew = False
        last, step = datetime.date.min, -1
        for key in dirty:
            before = self.reach.get(self.find(key))
            if before is not None and before > last:
                last = before
            now = grown.get(key) if key in rows else None
            if now is not None and now > last:
                last = now
            if key in rows and key in self.opened and self.find(key) not in self.several:
                continue  # in both merges, at its place under its keys
            for k in self.copy_keys(key):
                step = max(step, self.last_copy.get(k, -1))
        return len(dirty), last, step


def _bound(events: list[Event], keys: list[int], order: list[int], old: dict[int, list[int]], bounded: Bounded,
           was_order: list[int], redone: set[int], dirty: set[int]) -> tuple[set[int], _Stop]:
    """For a bounded merge (see _merge_traced): the events of the unchanged start whose rows need
    not be built, and where the merge may stop.

    The rows of the earlier merge are grouped in families (rows one decision named together:
    an event that joined several rows may have taken some in).  The first changed event, and
    every later one, can meet no row of a family whose every report ended more than REACH_DAYS
    before it (see REACH_DAYS), other than as a settled row under a wire-copy key: such a
    family, unless it holds a dirty row or was joined by a decision naming several rows (whose
    takes only building tells), is passed over.
    """
    now = dict(zip(keys, events))
    # The earlier merge's events (a changed document keeps its number, so its old events have
    # the keys of its new ones: here they are the old ones).
    by_key = {**now, **bounded.gone}
    entries = dict(old)
    entries.update((entry[0], entry) for entry in bounded.gone_entries)
    parent: dict[int, int] = {}
    reach: dict[int, datetime.date] = {}
    several: set[int] = set()  # families a decision naming several rows joined

    def find(k: int) -> int:
        root = k
        while root in parent:
            root = parent[root]
        while k != root:
            parent[k], k = root, parent[k]
        return root

    targets: dict[int, int] = {}
    for key in was_order:
        decision = _decision_of(_said(entries[key]))
        named = [key] if decision[0] == NEW else decision[1:]
        targets[key] = named[0]
        root = find(named[0])
        hi = by_key[key].span[1]
        if reach.get(root, datetime.date.min) < hi:
            reach[root] = hi
        for other in named[1:]:
            o = find(other)
            if o != root:
                parent[o] = root
                was = reach.pop(o, datetime.date.min)
                if reach.get(root, datetime.date.min) < was:
                    reach[root] = was
                if o in several:
                    several.discard(o)
                    several.add(root)
        if len(named) > 1:
            several.add(root)
    start = 0
    n = min(len(order), len(was_order))
    while start < n and was_order[start] == keys[order[start]] and keys[order[start]] // EVENT_SLOTS not in redone:
        start += 1
    day = events[order[start]].span[0] if start < len(order) else None
    kept = {find(k) for k in dirty} | several
    skip = set()
    for key in was_order[:start]:
        root = find(targets[key])
        if root in kept or (day is not None and (day - reach[root]).days <= REACH_DAYS):
            continue
        skip.add(key)
    last_copy: dict[str, int] = {}
    last_changed = -1
    for step in range(start, len(order)):
        key = keys[order[step]]
        if key // EVENT_SLOTS in redone:
            last_changed = step
        for k in _copy_keys(events[order[step]]):
            last_copy[k] = step

    def copy_keys(row_key: int) -> list[str]:
        # A row's wire-copy keys are its first report's: as merged now and as merged before.
        return [k for e in {id(x): x for x in (now.get(row_key), by_key.get(row_key)) if x is not None}.values()
                for k in _copy_keys(e)]

    opened = {key for key, target in targets.items() if key == target}
    return skip, _Stop(max(last_changed, start - 1), reach, find, copy_keys, last_copy, opened, several)


# A row can take a report that begins at most this many days after the last day it holds: a
# wire copy whose date a site read apart (COPY_DAYS) or another outlet's lead (LEAD_ACROSS_DAYS).
# Every other way in (same_event, named_alike, a framing date) needs dates that nest, and a
# report beginning after a row's last day nests with none of its dates.
REACH_DAYS = max(COPY_DAYS, LEAD_ACROSS_DAYS)


class _Settled:
    """A row out of reach, where wire copies look rows up: it keeps its place among the candidates."""

    __slots__ = ()


_SETTLED: Any = _Settled()


def _trim(held: dict) -> None:
    """Forget the rows filed under a copy key behind MAX_CANDIDATES settled ones: an event takes at
    most that many candidates, the latest first, and a settled row stays where it is for good."""
    if len(held) <= 2 * MAX_CANDIDATES:
        return
    seen = 0
    for n, (row_key, row) in enumerate(reversed(held.items())):
        if row is _SETTLED:
            seen += 1
            if seen == MAX_CANDIDATES:
                for gone in list(held)[:len(held) - n - 1]:
                    del held[gone]
                return


class Encoded:
    """A bucket's events as the JSON texts of (key, event) pairs, each decoded when merging needs it
    and let go after: what a worker holds is the texts, the rows and their first reports, not
    every event of the bucket decoded at once (a year of 100,000 articles has ~90,000 events).

    Iterating decodes every event in turn (keys are collected then); `take(i)` decodes the i-th
    again and forgets its text.
    """

    def __init__(self, texts: list[str | None]) -> None:
        self._texts = texts  # taken over: entries are dropped as they are taken
        self.keys: list[int] = []

    def __len__(self) -> int:
        return len(self._texts)

    def __iter__(self) -> "Iterator[Event | _Planned]":
        """Each event as planning reads it (_Planned: its date, precision, document, sentence, text and
        actors; not its sources, words and the rest, which take() decodes when its turn comes)."""
        import json

        from .codec import decode, stored_fields

        where = {name: i for i, name in enumerate(stored_fields(Event))}
        places = [where[name] for name in _Planned._fields]
        self.keys = []
        for text in self._texts:
            assert text is not None
            try:
                key, values = json.loads(text)
                planned = _Planned(*(values[i] for i in places))
                ok = type(key) is int and all(type(v) is t for v, t in zip(planned, _PLANNED_TYPES))
            except (ValueError, TypeError, IndexError):
                ok = False
            if not ok:
                key, planned = decode(text, tuple[int, Event])  # raises as a full decode does
            self.keys.append(key)
            yield planned

    def take(self, i: int) -> Event:
        """The i-th event, decoded; its text is forgotten."""
        from .codec import decode

        text = self._texts[i]
        assert text is not None
        self._texts[i] = None
        return decode(text, tuple[int, Event])[1]


class _Planned(NamedTuple):
    """What planning a bucket's merge reads of an event (_merge_plan, _merge_order), and a bounded
    merge of the events it passes over (_bound: their days and wire-copy keys): the fields of its
    JSON it needs, without decoding the rest (its sources, names, core) a second time."""

    date: str
    precision: str
    doc: str
    sentence: int
    text: str
    actors: list
    words: list
    night: int

    @property
    def bounds(self) -> tuple[datetime.date, datetime.date]:
        """First and last day the event's date covers (as Event.bounds)."""
        return _bounds_of(self.date)

    @property
    def span(self) -> tuple[datetime.date, datetime.date]:
        """The days merging compares it by (as Event.span)."""
        return _spanned(self.date, self.night)


_PLANNED_TYPES = (str, str, str, int, str, list, list, int)


class _Stored:
    """A bucket's events for an update's merge, read from their documents' stored rows (JSON) and
    decoded only when the merge takes them (take): a bounded merge passes over most of a year's
    events, reading only their days, documents and words (_Planned), so an update at 100,000
    articles does not decode every event of the year it touches (15,000 documents' rows).

    Indexing gives an event as planning reads it (an Event given whole stays one); `take(i)`
    the whole event, decoded once.
    """

    def __init__(self) -> None:
        self._items: list[Any] = []  # an Event, or the list of an event's stored fields
        self._planned: dict[int, _Planned] = {}

    def add(self, item: "Event | list", planned: "_Planned | None" = None) -> None:
        """Add an event (or its stored list, with what planning reads of it when already made)."""
        if planned is not None:
            self._planned[len(self._items)] = planned
        self._items.append(item)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i: int) -> "Event | _Planned":
        item = self._items[i]
        if isinstance(item, Event):
            return item
        planned = self._planned.get(i)
        if planned is None:
            planned = self._planned[i] = _planned_of(item)
        return planned

    def __iter__(self) -> "Iterator[Event | _Planned]":
        return (self[i] for i in range(len(self._items)))

    def take(self, i: int) -> Event:
        """The i-th event, whole (decoded the first time it is taken)."""
        from .codec import CodecError, convert
        from .store import RowDamaged

        item = self._items[i]
        if not isinstance(item, Event):
            try:
                item = self._items[i] = convert(item, Event)
            except CodecError as exc:
                raise RowDamaged(f"an event of row {L.DOC_EVENTS}: {exc}") from None
            self._planned.pop(i, None)
        return item


@lru_cache(maxsize=1)
def _planned_places() -> list[int]:
    """Where each field of _Planned stands in an event's stored list."""
    where = _stored_places()
    return [where[name] for name in _Planned._fields]


def _planned_of(values: list) -> _Planned:
    """The fields planning reads of an event's stored list; raise RowDamaged if they are not of their types."""
    from .store import RowDamaged

    try:
        planned = _Planned(*(values[i] for i in _planned_places()))
    except (IndexError, TypeError):
        raise RowDamaged(f"an event of row {L.DOC_EVENTS} is not a list of its fields") from None
    if not all(type(v) is t for v, t in zip(planned, _PLANNED_TYPES)):
        raise RowDamaged(f"an event of row {L.DOC_EVENTS} has fields of other types")
    return planned


def _stored_bucket(index: CorpusIndex, docs: list[str], bucket: str) -> tuple[_Stored, list[int]]:
    """The events of the documents `docs` (in that order) that fall into `bucket`, with their keys:
    rows computed in this call as they are, stored rows read as JSON, each event decoded when the
    merge takes it (_Stored); raise RowDamaged."""
    import json

    from .store import RowDamaged

    numbers = index.doc_numbers
    events = _Stored()
    keys: list[int] = []
    for d in docs:
        text = index.row_text(L.DOC_EVENTS, d)
        if text is None:
            row: list = index.row_of(L.DOC_EVENTS, d) or []
            in_bucket = [merge_bucket(e) == bucket for e in row]
            planned: list = [None] * len(row)
        else:
            try:
                row = json.loads(text)
            except ValueError as exc:
                raise RowDamaged(f"row {L.DOC_EVENTS} of {d}: not JSON ({exc})") from None
            if row is None:
                continue
            if not isinstance(row, list):
                raise RowDamaged(f"row {L.DOC_EVENTS} of {d} is not a list")
            planned = [_planned_of(values) for values in row]  # kept: planning reads them again
            in_bucket = [str(p.bounds[0].year) == bucket for p in planned]
        for i, (e, inside) in enumerate(zip(row, in_bucket)):
            if inside:
                events.add(e, planned[i])
                keys.append(_event_key(numbers[d], i))
    return events, keys


def _merge_plan(events: "Iterable[Event | _Planned]") -> tuple[list[int], dict[tuple[str, str], set[tuple[datetime.date, datetime.date]]]]:
    """The places of the events in merge order (_merge_order; a stable sort, so ties keep the given
    order), and the date spans of each sentence that has more than one (see _finer_in_sentence)."""
    orders: list[tuple] = []
    spans_of: dict[tuple[str, str], set[tuple[datetime.date, datetime.date]]] = {}
    for event in events:
        orders.append(_merge_order(event))
        spans_of.setdefault((event.doc, event.text), set()).add(event.bounds)  # a night frames nothing (span)
    order = sorted(range(len(orders)), key=orders.__getitem__)
    return order, {k: v for k, v in spans_of.items() if len(v) > 1}  # one span frames no finer one


def _finer_in_sentence(event: Event, spans_of: dict) -> list[tuple[datetime.date, datetime.date]]:
    """The spans of the other dates of the event's sentence that lie within its own date (a night's
    date as its day: "last night, Sunday" frames no "this morning" of the same sentence)."""
    mine = event.bounds
    if event.kind == "background" and any(m.end(1) - m.start(1) == event.at_end - event.at
                                          for m in _APPOSED_IN.finditer(event.text)):
        return []  # "since March 2011, the year the revolt against Gaddafi broke out" frames no month of 2011
    finer = [s for s in spans_of.get((event.doc, event.text), ()) if s != mine and _nested(s, mine)
             and s[1] - s[0] < mine[1] - mine[0]]
    if finer and ";" in event.text and event.at < event.at_end and _alone_in_its_part(event.text, event.at):
        return []  # "X walked free yesterday ...; his arrest last week": the week frames another clause's day
    return finer


def _alone_in_its_part(text: str, at: int) -> bool:
    """Whether the part of a sentence (between semicolons) that holds the date at text[at] holds no other date."""
    lo = text.rfind(";", 0, at) + 1
    hi = text.find(";", at)
    return len(extract_dates(text[lo:hi if hi >= 0 else len(text)])) <= 1


def _decide(event: Event, candidates: dict[int, "_Row"], lead: bool,
            finer: list[tuple[datetime.date, datetime.date]] = ()) -> list[int]:  # type: ignore[assignment]
    """Compare an event with its candidate rows: what each row said of it, the outcomes of a trace
    entry (see _merge_traced; _decision_of makes the decision of them).

    `finer`: the spans of finer dates its own sentence gives within its date ("his visit on 22
    November was his second this year"): the coarse date frames that one, so the event joins
    no row of another day or month of it.
    """
    outcomes: list[int] = []
    said = _admitted(event)
    for row in sorted(candidates.values(), key=lambda r: _sort_key(r.event)):
        kept = row.event
        if (event.doc, event.text) in row.sentences:
            continue  # two dates of one sentence are two events
        if finer and not any(_nested(span, f) for span in row.spans for f in finer):
            continue  # "this year" in "his second visit this year": framing a day of its sentence
        coarse = max(PRECISION_RANK[kept.precision], PRECISION_RANK[event.precision])
        if coarse > PRECISION_RANK["year"] and not near_copy(kept.text, event.text):
            continue
        compared = row.members[:MEMBERS_COMPARED]
        agreement = row.agreement(event, said)
        if agreement < ACROSS_SIDES:
            if agreement == AS_COPY and any(copies(m, event) for m in compared):
                outcomes += [row.key, COPY]
            elif lead and agreement == AS_COPY and row._lead_within(event) and any(
                    m.precision == "day" and m.dated_by != "publication" and m.doc != event.doc
                    and same_event(m, event) for m in compared):
                outcomes += [row.key, COPY]  # the lead of another outlet: the row's date is its event's
            continue
        if any(same_event(m, event) for m in compared):
            outcomes += [row.key, MATCHED]
        elif any(named_alike(m, event) for m in compared):
            outcomes += [row.key, ALIKE]
    return outcomes


def _pairs(outcomes: list[int]) -> list[tuple[int, int]]:
    """A trace entry's outcomes as (row key, outcome) pairs."""
    return [(outcomes[i], outcomes[i + 1]) for i in range(0, len(outcomes), 2)]


def _copy(e: Event) -> Event:
    return replace(e, actors=list(e.actors), sources=list(e.sources), actor_names=list(e.actor_names),
                   words=list(e.words), names=list(e.names), core=list(e.core), where=list(e.where),
                   sides=list(e.sides))


def _published_key(c: Citation) -> str:
    return c.published or "9999"


def _absorb(kept: Event, event: Event, keep_date: bool = False) -> None:
    kept._told = None  # what merging compares of it changes with it (told)
    if not keep_date and PRECISION_RANK[event.precision] < PRECISION_RANK[kept.precision]:
        kept.date, kept.precision, kept.dated_by = event.date, event.precision, event.dated_by
    for actor_id, name in zip(event.actors, event.actor_names):
        if actor_id not in kept.actors:
            kept.actors.append(actor_id)
            kept.actor_names.append(name)
    before, was = kept.sources[0], kept.kind
    # Each source goes in after those published on or before its day: what a stable sort of
    # the two lists gives, without sorting a row of thousands of reports again per report
    # (that was quadratic in a row's reports). kept.sources is the row's own list (_copy).
    for source in event.sources:
        insort_right(kept.sources, source, key=_published_key)
    if kept.sources[0] is not before:
        # "doc", "text" and the kind are the earliest source's: the row shows that report and
        # says what it states ("the 2011 uprising" named in passing by later outlets is
        # background; a report from the time, shown first, tells the event).
        kept.doc, kept.sentence, kept.text, kept.kind = event.doc, event.sentence, event.text, event.kind
    if ({was, event.kind} == {"scheduled", "event"} and kept.precision == event.precision == "day"
            and told(event).set_days and not put_off(event.text) and not put_off(kept.text)):
        kept.kind = "event"  # a day planned and then held (Pair.held_as_set): once one report tells it held, it happened


def _merge_order(e: Event) -> tuple:
    lo, _ = e.span
    return (lo, -PRECISION_RANK.get(e.precision, 9), not e.actors, e.doc, e.sentence)


def _sort_key(e: Event) -> tuple:
    lo, _ = e.bounds  # a night's row stands at the day it shows (not its span's)
    return (lo, -PRECISION_RANK.get(e.precision, 9), e.doc, e.sentence)


# The timeline is stored a row per date bucket (merge_bucket: the year an event's date
# begins in), with the first and last year each bucket's events cover (EVENT_YEARS), and a
# row per actor and bucket: `--since 2024` reads the buckets that reach 2024, and `actor X`
# the rows of X, not the whole timeline.  After a change only the buckets that the changed
# documents' events fall into are merged again and written back.


class TimelineState(NamedTuple):
    """What the merged timeline was made from: (document number, doc id) of every document.

    `members` is empty: the documents with events in each bucket are rows of their own
    (layers.TIMELINE_MEMBERS), so that a change writes the lists of the buckets it touches,
    not those of every bucket (5 MB at 10,000 articles).  A state stored with them is
    built again once.
    """

    docs: list[tuple[int, str]]
    members: dict[str, list[str]]


def _build_events(index: CorpusIndex, again: bool = False) -> None:
    """Merge the documents' events, a bucket at a time; after a change, only the buckets the changed
    documents' events (before and after) fall into, and write back only their rows."""
    from .actors import _full_registry, _removed_since, actors_ready

    actors_ready(index)
    full = _full_registry(index)
    index.changed_rows(L.DATED, _dated_in, None, "dating events", values=False, bounded=False)
    state: TimelineState | None = None
    if not again and index.has_layer(L.TIMELINE_STATE) and index.has_layer(L.EVENT_YEARS) and index.db.has_keyed(L.EVENTS) \
            and index.db.has_keyed(L.ACTOR_EVENTS) and index.db.has_keyed(L.TIMELINE_MEMBERS) \
            and index.db.has_keyed(L.ACTOR_EVENT_COUNTS):
        state = index.layer(L.TIMELINE_STATE)
        if state.members:
            state = None  # stored before the members were rows of their own
    if state is None or not _updated(_update_events, index, full, state):
        _merge_all(index, full)
        index.consumed(L.DOC_EVENTS, None)
    else:
        index.consumed(L.DOC_EVENTS, _removed_since(index, state.docs))
    index.set_layer(L.TIMELINE_STATE, TimelineState([(index.doc_numbers[d], d) for d in index.order], {}))
    index.stamp(L.TIMELINE_STAMP)
    index.checked.add(L.EVENTS)


# Merging a bucket is independent of every other bucket: with this many events in all, the
# buckets are merged in forked workers (on one core, or fewer, starting workers costs more).
MERGE_IN_WORKERS = 4000


def _merge_all(index: CorpusIndex, full: Any) -> None:
    """Merge every document's events, a bucket at a time, and put the merged rows in place.

    The events wait in a spill table by bucket (not in memory) and each bucket's merged rows
    are staged for the save as they come: what is held is one bucket per worker, not the corpus.
    """
    from .actors import events_affected
    from .codec import encode
    from .parallel import map_few
    from .store import Spill

    members: dict[str, list[str]] = {}  # bucket -> the documents with events in it, in corpus order
    spill = Spill(index.db, "events")
    for doc_id, doc_events in index.per_document(L.DOC_EVENTS, _prepared_in, full, "naming actors in events",
                                                 affected=lambda before: events_affected(index, before, full)):
        number = index.doc_numbers[doc_id]
        for i, event in enumerate(doc_events):
            bucket = merge_bucket(event)
            spill.add(bucket, encode([_event_key(number, i), event]))  # with its key in merge traces
            if not members.get(bucket) or members[bucket][-1] != doc_id:
                members.setdefault(bucket, []).append(doc_id)
    sizes = spill.sizes()
    # The largest buckets first, so that the workers finish together.
    names = sorted(sizes, key=lambda b: (-sizes[b], b))
    many = sum(sizes.values()) >= MERGE_IN_WORKERS
    merged_rows = index.staged_keyed(L.EVENTS)
    actor_rows = index.staged_keyed(L.ACTOR_EVENTS)
    trace_rows = index.staged_keyed(L.MERGE_TRACE)
    key_rows = index.staged_keyed(L.MERGE_ROWS)
    counts: dict[str, dict[str, int]] = {}
    years: dict[str, tuple[int, int]] = {}
    sizes_merged: dict[str, int] = {}
    for bucket, (merged, own, span, trace, row_keys) in zip(
            names, map_few(_merge_texts, (spill.group(b) for b in names), len(names), minimum=2 if many else len(names) + 1)):
        merged_rows.put([(bucket, merged)])
        key_rows.put([(bucket, row_keys)])
        actor_rows.put((f"{actor_id}\t{bucket}", text) for actor_id, text, _ in own)
        trace_rows.put([(bucket, trace)])
        for actor_id, _, n in own:
            counts.setdefault(actor_id, {})[bucket] = n
        years[bucket] = span
        sizes_merged[bucket] = len(json.loads(row_keys))  # a key per merged row (JSON of ints)
    spill.drop()
    index.set_layer(L.EVENT_YEARS, dict(sorted(years.items())))
    index.set_layer(L.EVENT_COUNTS, dict(sorted(sizes_merged.items())))
    index.set_keyed(L.ACTOR_EVENT_COUNTS, counts)
    index.set_keyed(L.TIMELINE_MEMBERS, members)


def _merge_texts(texts: list[str]) -> tuple[str, list[tuple[str, str, int]], tuple[int, int], str, str]:
    """One bucket's events (as JSON, each with its key) merged: (the merged rows as JSON, each actor's
    rows as JSON with their number, the years covered, the merge trace as JSON, the keys of the
    rows as JSON, in the rows' order: see L.MERGE_ROWS).

    Runs in a worker for a large corpus: it is sent JSON and returns JSON, never the events; it
    decodes an event when merging reaches it (Encoded), and a row is written as JSON and let go
    as soon as no later event can reach it (_merge_traced's `settle`), so what it holds at once is
    the rows of a window of days, not every event or row of the bucket.
    """
    from .codec import encode

    settled: list[tuple[tuple, int, str, list[str], int]] = []  # (sort key, place opened, JSON, actors, key) of each row
    first, last = 9999, 0

    def keep(opened: int, row: _Row) -> None:
        nonlocal first, last
        e = row.event
        lo, hi = e.bounds
        first, last = min(first, lo.year), max(last, hi.year)
        settled.append((_sort_key(e), opened, encode(e), list(e.actors), row.key))

    done = _merge_traced(Encoded(texts), [], None, None, None, None, keep)
    settled.sort(key=lambda s: (s[0], s[1]))  # as the rows sorted by _sort_key, opened order on ties
    # A list's JSON is its items' joined by commas (codec.encode writes no spaces): each row is
    # encoded once, for the bucket and for each of its actors.
    by_actor: dict[str, list[str]] = {}
    for _, _, text, actors, _ in settled:
        for actor_id in actors:
            by_actor.setdefault(actor_id, []).append(text)
    own = [(a, "[" + ",".join(rows) + "]", len(rows)) for a, rows in by_actor.items()]
    return ("[" + ",".join(s[2] for s in settled) + "]", own, (first, last), encode(done.trace),
            encode([s[4] for s in settled]))


def _updated(update: Any, index: CorpusIndex, full: Any, state: Any) -> bool:
    """Run an incremental update; False (so that the caller builds from every row) when a stored row it
    reads is damaged, or when more documents changed than an update holds (index.MOST_CHANGED)."""
    from .store import RowDamaged

    try:
        return update(index, full, state)
    except TooManyChanged:
        return False  # summed again from every row, streamed
    except RowDamaged as exc:
        index.note(f"warning: cache file {index.db.path}: {exc}; built again from every document")
        return False


def _by_actor(events: list[Event]) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {}
    for event in events:
        for actor_id in event.actors:
            out.setdefault(actor_id, []).append(event)
    return out


def _years(events: list[Event]) -> tuple[int, int]:
    """The first and last year a bucket's merged events cover (what a read of some years selects it by)."""
    return min(e.bounds[0].year for e in events), max(e.bounds[1].year for e in events)


def _update_events(index: CorpusIndex, full: Any, state: TimelineState) -> bool:
    """Re-merge only the buckets the changed documents' events fall into; False if it cannot be done."""
    # Replaying a bucket makes a few hundred thousand objects that live until it is written,
    # and holds no garbage cycles worth chasing: the collector's full passes over them cost
    # about a third of the replay (2.97 -> 2.19 CPU-s for 8,554 events, docs/performance.md).
    with paused_collector():
        return _update_buckets(index, full, state)


@contextmanager
def paused_collector() -> Iterator[None]:
    """Run a block with Python's cyclic collector off, then leave what it made in the oldest generation.

    The objects made meanwhile are all young: the first collection after the collector is on
    again would walk every one of them (0.11-0.13 CPU-s of an `actor` after an add at 10,000
    articles).  Moved to the oldest generation instead (what freeze then unfreeze do, done
    only when nothing else is frozen), they wait for a full pass, which frees their cycles if
    they have any.  A collector that was off stays off.
    """
    import gc

    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


# The work of the last updates of this process (tests read it): buckets merged, those merged
# whole (no keys of their stored rows), events walked and events built into rows (see bounded).
UPDATE_WORK: Counter = Counter()


def _update_buckets(index: CorpusIndex, full: Any, state: TimelineState) -> bool:
    """_update_events' work."""
    from .actors import events_affected

    new, old = index.changed_rows(L.DOC_EVENTS, _prepared_in, full, "naming actors in events",
                                  affected=lambda before: events_affected(index, before, full))
    changes = index.row_changes(L.DOC_EVENTS, dict(state.docs), new, old)
    if changes is None:
        return False
    state_numbers = [n for n, _ in state.docs]
    minus: list[tuple[str, list[Event]]] = changes[0]
    plus: list[tuple[str, list[Event]]] = [(doc_id, row or []) for doc_id, row in changes[1]]
    gone: dict[str, set[str]] = {}  # bucket -> documents whose events there are taken out
    for doc_id, events in minus:
        for bucket in {merge_bucket(e) for e in events}:
            gone.setdefault(bucket, set()).add(doc_id)
    touched = set(gone)
    members: dict[str, list[str]] = {}
    for bucket in touched:
        members[bucket] = [d for d in index.keyed_row(L.TIMELINE_MEMBERS, bucket) or () if d not in gone[bucket]]
    for doc_id, events in plus:
        for bucket in {merge_bucket(e) for e in events}:
            if bucket not in touched:
                touched.add(bucket)
                members[bucket] = list(index.keyed_row(L.TIMELINE_MEMBERS, bucket) or ())
            members[bucket].append(doc_id)
    years = dict(index.layer(L.EVENT_YEARS))
    sizes = dict(index.layer(L.EVENT_COUNTS)) if index.has_layer(L.EVENT_COUNTS) else None
    rows = index.keyed(L.EVENTS)
    assert rows is not None
    position = index.doc_positions
    numbers = index.doc_numbers
    # The documents whose events of the stored traces are gone or changed (an edited document
    # may keep its number): their trace entries are dropped, and the rows they were in are dirty.
    current = set(numbers.values())
    redone = {n for n in state_numbers if n not in current} | {numbers[d] for d, _ in [*minus, *plus] if d in numbers}
    changes: dict[str, list[Event] | None] = {}
    by_actor: dict[str, list[Event] | None] = {}
    lists: dict[str, list[str] | None] = {}
    traces: dict[str, list[list[int]] | None] = {}
    ordered_keys: dict[str, list[int] | None] = {}
    old_numbers = {d: n for n, d in state.docs}
    replayed = 0  # buckets merged without the keys of their stored rows (built whole)
    for bucket in sorted(touched):
        docs = sorted(set(members.get(bucket, ())), key=position.__getitem__)
        lists[bucket] = docs or None
        events, keys = _stored_bucket(index, docs, bucket)
        stored = index.keyed_row(L.MERGE_TRACE, bucket)
        kept: list[list[int]] | None = None
        dirty: set[int] = set()
        gone_entries: list[list[int]] = []
        if stored is not None:
            kept = []
            for entry in stored:
                if entry[0] // EVENT_SLOTS in redone:
                    dirty.update([entry[0], *decided_rows(entry)])
                    gone_entries.append(entry)
                else:
                    kept.append(entry)
        # The keys of the stored rows (see L.MERGE_ROWS): with them, only the rows the change can
        # reach are built and the others kept as stored (a bounded merge); without, all are built.
        row_keys = index.keyed_row(L.MERGE_ROWS, bucket) if stored is not None else None
        before_rows = (rows.get(bucket) or []) if row_keys is not None else []
        bounded = None
        if row_keys is not None and len(row_keys) == len(before_rows):
            gone = {_event_key(old_numbers[d], i): e for d, row in minus if d in old_numbers
                    for i, e in enumerate(row) if merge_bucket(e) == bucket}
            bounded = Bounded(gone, gone_entries)
        else:
            replayed += 1
        merged = _merge_traced(events, keys, kept, dirty, [entry[0] for entry in stored] if stored is not None else None,
                               redone, bounded=bounded) if events else Merged([], [], 0, set(), [])
        UPDATE_WORK["buckets"] += 1
        UPDATE_WORK["events"] += len(events)
        UPDATE_WORK["events built"] += merged.built
        if bounded is not None and events:
            merged = _spliced(merged, before_rows, row_keys)  # type: ignore[arg-type]
        traces[bucket] = merged.trace or None
        ordered_keys[bucket] = merged.keys or None
        # The actors whose rows of this bucket may differ: those of the rows that may differ, as
        # merged now and as merged before (their reports then: the events of the documents taken
        # out, and every kept event whose decision opened or touched one of those rows).
        if kept is None:
            changed = {a for e in rows.get(bucket) or [] for a in e.actors}
        else:
            changed = {a for d, row in minus for e in row if merge_bucket(e) == bucket for a in e.actors}
            by_key = dict(zip(keys, events))
            for entry in kept:
                if entry[0] in merged.dirty or not merged.dirty.isdisjoint(decided_rows(entry)):
                    changed.update(by_key[entry[0]].actors)
        changed.update(a for key, e in zip(merged.keys, merged.rows) if key in merged.dirty for a in e.actors)
        own_rows = _by_actor(merged.rows)
        for actor_id in changed:
            by_actor[f"{actor_id}\t{bucket}"] = own_rows.get(actor_id)
        changes[bucket] = merged.rows or None
        if merged.rows:
            years[bucket] = _years(merged.rows)
        else:
            years.pop(bucket, None)
        if sizes is not None:
            sizes[bucket] = len(merged.rows)
            if not merged.rows:
                del sizes[bucket]
    counts: dict[str, dict[str, int] | None] = {}
    for key, own in by_actor.items():
        actor_id, bucket = key.split("\t")
        if actor_id not in counts:
            counts[actor_id] = dict(index.keyed_row(L.ACTOR_EVENT_COUNTS, actor_id) or {})
        of_actor = counts[actor_id]
        assert of_actor is not None
        if own:
            of_actor[bucket] = len(own)
        else:
            of_actor.pop(bucket, None)
    index.update_keyed(L.EVENTS, changes)
    index.update_keyed(L.ACTOR_EVENTS, by_actor)
    index.update_keyed(L.ACTOR_EVENT_COUNTS, {a: c or None for a, c in counts.items()})
    index.set_layer(L.EVENT_YEARS, years)
    if sizes is not None:  # a cache written before the counts pages the timeline from its rows
        index.set_layer(L.EVENT_COUNTS, sizes)
    index.update_keyed(L.TIMELINE_MEMBERS, lists)
    index.update_keyed(L.MERGE_TRACE, traces)
    index.update_keyed(L.MERGE_ROWS, ordered_keys)
    UPDATE_WORK["buckets merged whole"] += replayed
    return True


def _spliced(merged: Merged, before: list[Event], before_keys: list[int]) -> Merged:
    """A bounded merge's rows completed (see _merge_traced's `bounded`): its dirty rows, and the
    earlier merge's for every other row, in the order of a fresh merge (_sort_key, then the order
    rows were opened in: the place of the opening event in the trace)."""
    at = {entry[0]: n for n, entry in enumerate(merged.trace)}
    out = [(e, k) for e, k in zip(before, before_keys) if k not in merged.dirty]
    out += [(e, k) for e, k in zip(merged.rows, merged.keys) if k in merged.dirty]
    out.sort(key=lambda pair: (_sort_key(pair[0]), at[pair[1]]))
    return merged._replace(rows=[e for e, _ in out], keys=[k for _, k in out])


def _timeline_ready(index: CorpusIndex) -> None:
    """Make the merged timeline up to date with the documents of the index (built, or corrected after a change)."""
    if L.EVENTS in index.checked:
        return
    fresh = False
    if index.has_layer(L.EVENT_YEARS) and index.db.has_keyed(L.EVENTS):
        if index.stamped(L.TIMELINE_STAMP):
            fresh = True
        elif index.has_layer(L.TIMELINE_STATE):
            state: TimelineState = index.layer(L.TIMELINE_STATE)
            fresh = len(state.docs) == len(index.doc_numbers) and {n for n, _ in state.docs} == set(index.doc_numbers.values())
            if fresh:
                index.stamp(L.TIMELINE_STAMP)  # stored before stamps were written
    if not fresh:
        _build_events(index)
    index.checked.add(L.EVENTS)


def _build_again(index: CorpusIndex) -> None:
    """Merge every bucket again (a stored row of the timeline was damaged)."""
    _build_events(index, again=True)


declare(L.EVENT_YEARS, dict[str, tuple[int, int]])
declare(L.EVENT_COUNTS, dict[str, int])
declare(L.EVENTS, list[Event])
declare(L.ACTOR_EVENTS, list[Event])
declare(L.DATED, list[Event])
declare(L.DOC_EVENTS, list[Event])
declare(L.TIMELINE_STATE, TimelineState)
declare(L.TIMELINE_MEMBERS, list[str])
declare(L.MERGE_TRACE, list[list[int]])
declare(L.MERGE_ROWS, list[int])
declare(L.ACTOR_EVENT_COUNTS, dict[str, int])


def all_events(index: CorpusIndex, first_year: int | None = None, last_year: int | None = None) -> list[Event]:
    """The merged events of the index, chronological; only those of some years if asked (built once per index)."""
    _timeline_ready(index)
    rows = index.keyed(L.EVENTS, _build_again)
    assert rows is not None
    events = []
    for key in _years_between(index, first_year, last_year):
        events += rows[key]
    events.sort(key=_sort_key)
    return events


def _years_between(index: CorpusIndex, first: int | None, last: int | None) -> list[str]:
    """The buckets (years) whose merged events reach into the years first..last (None: open), in
    timeline order: a year's events all begin in it, so its row follows every earlier year's."""
    return [key for key, (lo, hi) in sorted(index.layer(L.EVENT_YEARS).items(), key=lambda kv: int(kv[0]))
            if (first is None or hi >= first) and (last is None or lo <= last)]


def actor_events(index: CorpusIndex, actor_id: str) -> list[Event]:
    """The merged events that involve one actor, chronological (its rows, one per bucket)."""
    _timeline_ready(index)
    events = [e for _, own in index.keyed_prefix(L.ACTOR_EVENTS, f"{actor_id}\t") for e in own]
    events.sort(key=_sort_key)
    return events


def latest_actor_events(index: CorpusIndex, actor_id: str, n: int) -> tuple[list[Event], int]:
    """The last `n` merged events of one actor, chronological, and how many it has in all: only the
    rows of its latest buckets are read (a bucket's events all begin in its year, so they come after
    every earlier bucket's)."""
    _timeline_ready(index)
    counts = (index.keyed(L.ACTOR_EVENT_COUNTS, _build_again) or {}).get(actor_id) or {}
    latest = _latest_stored(index, actor_id, counts, n)
    if latest is not None:
        return latest, sum(counts.values())
    rows = index.keyed(L.ACTOR_EVENTS, _build_again)
    assert rows is not None
    events: list[Event] = []
    for bucket in sorted(counts, key=int, reverse=True):
        if len(events) >= n:
            break
        events += rows.get(f"{actor_id}\t{bucket}") or []
    events.sort(key=_sort_key)
    return events[-n:] if n else [], sum(counts.values())


def _latest_stored(index: CorpusIndex, actor_id: str, counts: dict[str, int], n: int) -> list[Event] | None:
    """latest_actor_events' events from the rows' JSON, only the last `n` decoded (an actor of a large
    corpus has thousands of events in its latest year); None when a row is not stored text or does
    not read back: the decoding path reads (and heals) it."""
    from .codec import CodecError, convert
    from .store import RowDamaged

    keyed: list[tuple[tuple, list]] = []
    try:
        for bucket in sorted(counts, key=int, reverse=True):
            if len(keyed) >= n:
                break
            text = index.keyed_text(L.ACTOR_EVENTS, f"{actor_id}\t{bucket}")
            if text is None:
                return None
            keyed += ((_stored_order(values), values) for values in json.loads(text))
        keyed.sort(key=lambda kv: kv[0])  # stable, as the decoding path's sort
        return [convert(values, Event) for _, values in (keyed[-n:] if n else [])]
    except (RowDamaged, CodecError, ValueError, TypeError, IndexError, KeyError):
        return None


@dataclass(slots=True)
class TimelineFilter:
    """What to keep: a date range (day spans), an actor id, a sentence matcher, a document, kinds of row."""

    since: tuple[datetime.date, datetime.date] | None = None
    until: tuple[datetime.date, datetime.date] | None = None
    actor: str | None = None
    matches: Any = None  # callable(text) -> bool
    doc: str | None = None
    limit: int | None = None
    kinds: frozenset[str] | None = None  # of KINDS; None keeps all


def timeline(index: CorpusIndex, keep: TimelineFilter | None = None) -> list[Event]:
    """The chronological events that pass the filter."""
    keep = keep or TimelineFilter()
    out = []
    if keep.actor:
        candidates = actor_events(index, keep.actor)
    else:
        candidates = all_events(index, keep.since[0].year if keep.since else None,
                                keep.until[1].year if keep.until else None)
    for event in candidates:
        lo, hi = event.bounds
        if keep.since and hi < keep.since[0]:
            continue
        if keep.until and lo > keep.until[1]:
            continue
        if keep.actor and keep.actor not in event.actors:
            continue
        if keep.doc and all(s.doc != keep.doc for s in event.sources):
            continue
        if keep.kinds and event.kind not in keep.kinds:
            continue
        if keep.matches and not keep.matches(event.text):
            continue
        out.append(event)
    return out[: keep.limit] if keep.limit else out


def timeline_page(index: CorpusIndex, keep: TimelineFilter | None = None, offset: int = 0, limit: int | None = None,
                  newest: bool = False) -> tuple[list[Event], int]:
    """page(timeline(index, keep), offset, limit, newest), and how many events passed the filter.

    Without an actor, the years' stored rows are read as JSON and their events filtered and
    ordered on the fields that filter and order read; only the page's events are decoded (a
    view of 20 rows since 2024 at 100,000 articles passes over tens of thousands of events).
    """
    keep = keep or TimelineFilter()
    if keep.actor:
        shown, total = None, 0
    elif keep.doc or keep.kinds or keep.matches or keep.limit:
        passed = _stored_passing(index, keep)
        shown, total = (page(passed, offset, limit, newest), len(passed)) if passed is not None else (None, 0)
    else:
        shown, total = _page_by_years(index, keep, offset, limit, newest) or (None, 0)
        if shown is None:
            passed = _stored_passing(index, keep)
            shown, total = (page(passed, offset, limit, newest), len(passed)) if passed is not None else (None, 0)
    if shown is None:
        found = timeline(index, keep)
        return page(found, offset, limit, newest), len(found)
    from .codec import CodecError, convert

    try:
        return [convert(values, Event) for values in shown], total
    except CodecError:  # a damaged row: the decoding path heals it
        found = timeline(index, keep)
        return page(found, offset, limit, newest), len(found)


def _page_by_years(index: CorpusIndex, keep: TimelineFilter, offset: int, limit: int | None,
                   newest: bool) -> tuple[list[list], int] | None:
    """A page of the events in a date range (no other filter), as stored lists, and how many there are
    in the range.  A year's row holds the events that begin in that year, in timeline order, and
    how many it holds is kept (EVENT_COUNTS): a year wholly inside the range is counted without
    being read; a year the range cuts is read and its events checked; only the years the page
    reaches are read.  None when the counts are not kept or a row is not stored text."""
    from .store import RowDamaged

    _timeline_ready(index)
    if not index.has_layer(L.EVENT_COUNTS) and not _count_years(index):
        return None
    sizes: dict[str, int] = index.layer(L.EVENT_COUNTS)
    since = keep.since[0] if keep.since else None
    until = keep.until[1] if keep.until else None
    plan: list[tuple[str, bool]] = []  # (year, whole), in timeline order
    for bucket in _years_between(index, since.year if since else None, until.year if until else None):
        year = int(bucket)
        whole = bucket in sizes and (since is None or since <= datetime.date(year, 1, 1)) \
            and (until is None or datetime.date(year, 12, 31) <= until)
        plan.append((bucket, whole))
    read: dict[str, list[list]] = {}
    try:
        for bucket, whole in plan:
            if not whole:
                found = _passing_in(index, bucket, keep)
                if found is None:
                    return None
                read[bucket] = found
        total = sum(sizes[b] if whole else len(read[b]) for b, whole in plan)
        first = offset
        stop = offset + limit if limit else total
        out: list[list] = []
        passed = 0
        for bucket, whole in (plan[::-1] if newest else plan):
            n = sizes[bucket] if whole else len(read[bucket])
            if passed >= stop:
                break
            if passed + n > first:
                wanted = n
                if bucket in read:
                    events = read[bucket]
                elif newest:
                    events = _passing_in(index, bucket, keep)
                else:  # a whole year, in timeline order: only its events up to the page's end are parsed
                    wanted = min(n, stop - passed)
                    events = _stored_head(index, bucket, wanted)
                if events is None or len(events) != wanted:
                    return None  # a row that does not agree with its count: the decoding path
                if newest:
                    events = events[::-1]
                out += events[max(0, first - passed): stop - passed]
            passed += n
    except (RowDamaged, ValueError, TypeError, IndexError, KeyError):
        return None
    return out, total


def _stored_head(index: CorpusIndex, bucket: str, n: int) -> list[list] | None:
    """The stored lists of the first `n` events of one year's row, in timeline order, parsed
    without the rest (a year at 100,000 articles is 34 MB of JSON, and a page shows 20 events):
    the row is written in timeline order (_merge_texts, _spliced).  None when the row is not stored
    text; ValueError when it is not a JSON list."""
    text = index.keyed_text(L.EVENTS, bucket)
    if text is None:
        return None
    if not text.startswith("["):
        raise ValueError(f"the events of {bucket} are not a list")
    parse = _DECODER.raw_decode
    out: list[list] = []
    at = 1
    while len(out) < n and text[at] != "]":
        value, at = parse(text, at)  # codec.encode writes no spaces: an item, then "," or "]"
        out.append(value)
        if text[at] == ",":
            at += 1
    return out


_DECODER = json.JSONDecoder()


def _count_years(index: CorpusIndex) -> bool:
    """Count the events of every year's stored row, for a cache written before the counts were
    kept (once: they are saved with the call and kept up to date after); False if a row is not
    stored text."""
    from .store import RowDamaged

    sizes = {}
    try:
        for bucket in index.layer(L.EVENT_YEARS):
            text = index.keyed_text(L.EVENTS, bucket)
            if text is None:
                return False
            sizes[bucket] = len(json.loads(text))
    except (RowDamaged, ValueError):
        return False
    index.set_layer(L.EVENT_COUNTS, sizes)
    return True


def _passing_in(index: CorpusIndex, bucket: str, keep: TimelineFilter) -> list[list] | None:
    """The stored lists of one year's events that pass `keep` (no actor), in timeline order, read
    on the fields the filter and the order read; None when the row is not stored text."""
    text = index.keyed_text(L.EVENTS, bucket)
    if text is None:
        return None
    at = _stored_places()
    keyed = []
    for values in json.loads(text):
        order = _stored_order(values)
        end = _bounds_of(values[at["date"]])[1]
        if keep.since and end < keep.since[0] or keep.until and order[0] > keep.until[1]:
            continue
        if keep.doc and all(source[0] != keep.doc for source in values[at["sources"]]):
            continue
        if keep.kinds and values[at["kind"]] not in keep.kinds:
            continue
        if keep.matches and not keep.matches(values[at["text"]]):
            continue
        keyed.append((order, values))
    keyed.sort(key=lambda kv: kv[0])  # stable, as timeline()'s sort: events of one key keep their row order
    return [values for _, values in keyed]


def _stored_passing(index: CorpusIndex, keep: TimelineFilter) -> list[list] | None:
    """The stored lists of the events that pass `keep` (no actor), in timeline order (what
    timeline() gives, not decoded); None when a row of the years is not stored text (written in
    this call) or is not what it should be: the caller decodes instead.  A year's events all
    begin in that year, so the years' rows, each in order, follow one another in year order."""
    from .store import RowDamaged

    _timeline_ready(index)
    passed: list[list] = []
    try:
        for key in _years_between(index, keep.since[0].year if keep.since else None,
                                  keep.until[1].year if keep.until else None):
            found = _passing_in(index, key, keep)
            if found is None:
                return None
            passed += found
    except (RowDamaged, ValueError, TypeError, IndexError, KeyError):
        return None
    return passed[: keep.limit] if keep.limit else passed


@lru_cache(maxsize=1)
def _stored_places() -> dict[str, int]:
    """Where each field stands in an event's stored list (codec.stored_fields of Event)."""
    from .codec import stored_fields

    return {name: i for i, name in enumerate(stored_fields(Event))}


def _stored_order(values: list) -> tuple:
    """_sort_key of an event read from its stored list, without decoding it."""
    at = _stored_places()
    start = _bounds_of(values[at["date"]])[0]
    return (start, -PRECISION_RANK.get(values[at["precision"]], 9), values[at["doc"]], values[at["sentence"]])


def page(events: list[Event], offset: int = 0, limit: int | None = None, newest: bool = False) -> list[Event]:
    """One page of a chronology: newest first when asked, then `offset` events skipped and at most `limit` kept.

    >>> page(list("abcde"), offset=1, limit=2), page(list("abcde"), limit=2, newest=True)
    (['b', 'c'], ['e', 'd'])
    """
    ordered = events[::-1] if newest else events
    return ordered[offset : offset + limit if limit else None]
