"""Temporal expressions: find them with a regex grammar, normalise them to TIMEX3 values.

Design.  Each rule of a small grammar (full dates, month + year, bare months and
weekdays, seasons, quarters and halves, decades, "last week", "two years ago",
durations, deictic words) is one regular expression whose groups carry the parts of
the value, so a match is turned into a value by arithmetic on the groups, never by a
second parser.  A first pass finds the few words that can anchor an expression (month
and weekday names, four-digit numbers, "year", "now"...); each wakes up only the rules
that could contain it, run on a short stretch around it, so the cost stays near one
scan of the text (about 0.15 ms per KB).  Candidates rejected by a context check (false
friends) are dropped; the survivors are chosen longest first, without overlaps, and
returned in text order.  The patterns are fixed alternations with no nested
quantifiers, so they run in linear time on any input.

Why not `dateparser.search_dates`: it tags "may" the verb, "we", "sat", the "Sunday"
of "Sunday Express", the "Jan" of "Jan Vyčítal", "£1m", "2,000" and percentages, and
its spans swallow prepositions.  `dateparser.parse` is used only by `parse_bound`, as a
last resort on a phrase the user typed.

Documented choices.
- Spans never include a leading preposition ("on Thursday" -> "Thursday", "since 2013"
  -> "2013", "for two years" -> "two years"), but the preposition informs the value.
  Determiners and modifiers that belong to the expression are kept: "the 1990s",
  "the first quarter of 2024", "the last two years", "early May", "mid-2024".
- "Tuesday (May 7)", "Sunday, March 22, 2026" are one expression (the day).
- Bare months ("in July") and bare weekdays resolve to the nearest past occurrence
  relative to `ref` (the month or weekday of `ref` itself counts as `ref`'s), or the
  nearest future one when the clause speaks of the future: the nearest tense marker
  before the expression in its clause ("will meet on Friday"), else the nearest after
  it, is a future one ("will", "is due to", "is scheduled for", "next", "expect", and
  the modals "could", "may", "might", "should", "would", which with a date mostly point ahead).
  A month-day without a year ("May 7") takes the year its month would get, so
  "27 August" written on 20 August is this August's.  "last/next Friday" are strictly
  before/after `ref`; "this Friday" is in `ref`'s ISO week; "last July" is the latest
  July before `ref`'s month.
- "last night" is the day before `ref` (the evening before publication); "tonight",
  "this morning", "earlier in the day", "later that day" are `ref` itself.
- "the first few months of 2024", "the first part of this year", "early 2024", "the
  start of 2024" -> "2024-H1" (precision half), standing in for TIMEX3's mod=START;
  "late 2024", "the end of 2024" -> "2024-H2"; "mid-2024" -> "2024" (year).
- "this/last/next summer": the season of `ref`'s year, one year back, one year on
  (winter "YYYY-WI" runs from December of YYYY to February of YYYY+1).
- Ranges "2019-2020", "2019–20", "March-May 2024": one expression per end point, each
  with its own span and value ("20" -> "2020"; "March" takes the year of "May 2024").
- "the first quarter of 2024", "Q1 2024" -> "2024-Q1"; "the end of the year" -> `ref`'s
  year, H2; "the end of June", "early May" -> the month.
- "two years ago" -> the year (precision year); "three months ago" -> the month, etc.
  Vague ones ("years ago") -> "PAST_REF".
- Durations ("for two years", "for several years", "the last two years", "in years",
  "lasted two days", "four decades of") are returned with a TIMEX3 duration value ("P2Y", "PXY", "PTXH", "P1DE") and
  precision "duration".
- Deictic words are kept conservative: "now", "currently", "nowadays", "at present",
  "these days" -> PRESENT_REF; "recently", "lately", "recent years", "previous years",
  "the past" -> PAST_REF; "soon", "the future" -> FUTURE_REF; "today" is `ref`'s day
  except in "in Libya today" / "of today" (nowadays) -> PRESENT_REF.  REF values have
  precision "ref" and relative=True (they are deictic).
- With ref=None, expressions that need a reference get the REF value of their
  direction (PAST_REF, PRESENT_REF, FUTURE_REF), precision "ref", relative=True, so
  every non-REF, non-duration value is a real calendar span (`date_bounds` works).
- Never dates: "may" the verb, any bare month not introduced by a preposition or
  modifier ("May I", "Theresa May"), a weekday or month followed by a capitalised
  non-date word ("Sunday Express", "Jan Vyčítal"; after "on"/"last"... it stays a date
  except in "Mail on Sunday"), month abbreviations without a day or year, lower-case
  "march", amounts and numbers ("£1m", "2,000", "62 per cent", "700 miles", "2025
  troops"), identifiers ("G7", "COVID-19", resolution numbers, URLs), times, phone
  numbers.  A capitalised deictic word away from a clause start ("Destinations Today",
  "USA Today") is a name or a headline, not a date.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from . import vocab
from .models import TimeExpr
from .patterns import lazy_compile

_Date = datetime.date
_Cand = tuple[int, int, str, str, bool]  # start, end, value, precision, relative

# ---------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "final": 4, "last": 4,
}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_UNITS = {
    "hour": "H", "day": "D", "week": "W", "fortnight": "W", "month": "M", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE",
}
# Words that, capitalised after a weekday or month, still belong to the date.
_DATE_PARTS = frozenset(
    list(_MONTHS) + list(_WEEKDAYS)
    + "morning afternoon evening night noon midday midnight and or to through until".split()
)
# A capitalised word of a name and "of" right before a month: "Martyrs of February" (not "the end of
# February", "the 17th of February", nor "In February" opening a sentence).
_NAMED_OF_BEFORE = lazy_compile(r"(?<![.!?]\s)\b(?!(?:[Tt]he|In|On|By|End|Start|Middle|Beginning)\b)[A-Z][a-z]{2,}\s+of\s+$")
# Prepositions after which a weekday/month stays a date even before a capitalised word.
_STRONG_TRIGGERS = frozenset(
    "on in since until till last this next early late mid during through throughout "
    "from before after".split()
)
# Words that introduce a bare month name as a date.
_MONTH_TRIGGERS = frozenset(
    "in on since until till by for from during through throughout of last this next early "
    "late mid between before after around".split()
)
# Holidays and names built on a weekday or month: "Bloody Sunday", "Black September".
_NAME_PREFIXES = frozenset(
    "bloody black good easter palm super ash holy maundy cyber green whit".split()
)
_MASTHEADS = lazy_compile(r"(?:Mail|Independent|Scotland|Observer)\s+on\s+$")

# ---------------------------------------------------------------------------
# Pattern pieces (all alternations of literals: nothing can backtrack badly)

_L = r"(?<![^\W\d_])"  # not preceded by a letter
_R = r"(?![^\W\d_])"  # not followed by a letter
_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_MON = rf"(?:{_MON_FULL}{_R}|{_MON_ABBR}(?:\.|{_R}))"
_WD_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_ANY = rf"(?:{_WD_FULL}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
_DAY = r"(?<![\d,.£$€])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.,]\d|[^\W\d_])"
_YEAR = r"(?<![\d,.£$€])(?:1[89]\d\d|20\d\d)(?!\d|[,.]\d|[^\W\d_])"
_NUM = (
    r"(?i:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|many|some|"
    r"a\s+couple\s+of|a\s+number\s+of)"
)
_UNIT = r"(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
_YR_REF = rf"(?:(?P<y>{_YEAR})|(?P<yrel>this|last|next)\s+year)"
_YR_REF_THE = rf"(?:(?P<y>{_YEAR})|(?P<yrel>this|last|next|the)\s+year)"  # "the end of the year"
_WS = r"[ \t\u00a0]+"  # spaces within a line



# Forms of a plan that may tell of a past plan ("was to be held", "was supposed to"): a
# `scheduled` cue, but no future marker.
_PAST_PLANS = frozenset(("was to", "were to", "supposed to", "meant to"))
_FINITE_BE = r"(?:was|were|is|are|had|has|have|been)"
_NOT_INFINITIVE = r"(?:the|a|an|his|her|its|their|this|that|these|those|some|all|any|no|our|my|your)"


_alternation = vocab.alternation


def intent_pattern(past_plans: bool) -> str:
    """A regex for a verb of intention and the infinitive it governs, up to the infinitive's verb
    (data/scheduled_cues.toml `intent`): "agreed to hold", "urged the two camps to sign".

    Up to three words of object stand between a verb and its "to"; the infinitive's verb is
    a lower-case word (a month or a name after "to" is a range's end or a destination; a
    determiner opens a noun phrase: "agreed to a truce").  Without `past_plans`, a plan told
    in the past ("was to", "had planned to", "was expected to") is left out.
    """
    words = vocab.entry_words("scheduled_cues", "intent") - (frozenset() if past_plans else _PAST_PLANS)
    verbs = _alternation(w for w in words if not w.endswith(" to"))
    causes = "|".join(map(re.escape, vocab.words("scheduled_cues", "due_to_causes")))
    # "due to high loads", "due to shortages", "due to ongoing works": a cause, no plan.
    full = _alternation(w for w in words if w.endswith(" to")).replace(
        r"due\s+to", rf"due\s+to(?!\s+(?:{causes}|[a-z]+ing|[a-z]*[^s\W]s)\b)")
    told_past = "" if past_plans else r"(?<!was\s)(?<!were\s)(?<!had\s)(?<!been\s)"
    # The words between a verb and its "to" are its object, never a finite verb: in "the plan
    # was to be unveiled", "plan" is a noun.
    return (rf"{told_past}(?:(?:{full})|(?:{verbs})\s+(?:(?!{_FINITE_BE}\b)[\w’'-]+\s+){{0,3}}?to)\s+(?!{_NOT_INFINITIVE}\b)"
            r"(?-i:[a-z]+)\b")


def _future_cues() -> tuple[str, frozenset[str]]:
    """The scheduled cues that also make their clause future (data/scheduled_cues.toml, `tense = "future"`):
    a regex alternation and the first words of its phrases.

    "ahead of the 20 July talks", "agreed to hold talks on 2 April": a day or month without
    a year in such a clause is the next one.
    """
    entries = [e for e in vocab.entries("scheduled_cues") if e.get("tense") == "future"]
    phrases = {w.lower() for e in entries for w in e.get("before", ())}
    words = {w.lower() for e in entries for w in e.get("intent", ())}
    told_past = r"(?<!was\s)(?<!were\s)(?<!had\sbeen\s)(?<!had\s)"
    return (rf"\b(?:{told_past}(?:{_alternation(phrases)})\b|{intent_pattern(False)})",
            frozenset(w.split()[0] for w in phrases | words))


_FUTURE_CUES, _FUTURE_FIRST = _future_cues()
# The simple past of the irregular verbs (data/verb_forms.toml `past`), but for forms as often a
# present, a noun or an adjective (`ambiguous_past`: "beat", "bound", "lay", "lit", "upset").
# Pasts written as their present ("set", "put", "cut": `same_as_present`): a past only where the grammar
# around says so (timeline._past_verb_after, actors._acting_word).
SAME_AS_PRESENT = frozenset(vocab.words("verb_forms", "same_as_present"))
# "will", the future's auxiliary, not the noun after a determiner, a possessive or an adjective ("the will
# of Allah", "the political will to end it", "God's will"): "will of course vote" is still a plan.
FUTURE_WILL = (r"(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bour\s)(?<![’']s\s)"
               r"(?<!\bpolitical\s)(?<!\bpopular\s)(?<!\bgood\s)(?<!\bfree\s)(?<!\bown\s)will")
IRREGULAR_PAST = frozenset(w.lower() for w in vocab.entry_words("verb_forms", "past") if " " not in w) - frozenset(
    vocab.words("verb_forms", "ambiguous_past"))
# tense_markers tries this only where a match can begin (_TENSE_FIRST): a first word added here goes there too.
_TENSE = lazy_compile(
    rf"(?P<f>\b(?:{_FUTURE_CUES})|\b(?:{FUTURE_WILL}|won['’]t|shall|(?:is|are)\s+due\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)"
    r"|(?:is|are)\s+(?:set|scheduled|expected|planned|going)\s+to|plans?\s+to"
    r"|(?:is|are)\s+(?:(?:now|still|widely|also)\s+)?expected\b"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?:planned|scheduled|set)\s+for"
    # "may Allah have mercy on them" is a prayer, no plan.
    r"|next|upcoming|forthcoming|due\s+on|expects?|(?:could|might|should|would|(?-i:may)(?!\s+(?:Allah|God)\b))(?!\s+(?:not\s+)?have\b)"
    r"|(?:aims?|intends?|hopes?|seeks?)\s+to|(?:is|are)\s+likely\s+to)\b|['’]ll\b)"
    rf"|(?P<p>\b(?:was|were|had|has|have|did|{_alternation(IRREGULAR_PAST)}|[a-z]{{3,}}ed)\b)",
    re.IGNORECASE,
)
# Where a match of _TENSE can begin: the first words of its alternatives (lower case), any
# word ending in "ed", and an apostrophe before "ll".
_TENSE_FIRST = frozenset(
    "will won shall is are planned scheduled set plan plans next upcoming forthcoming due expect expects could might"
    " should would may aim aims intend intends hope hopes seek seeks was were had has have did".split()
) | _FUTURE_FIRST | IRREGULAR_PAST
_WORD_START = lazy_compile(r"(?<!\w)\w+")
_APOSTROPHE_LL = lazy_compile(r"['’]ll")


def tense_markers(text: str) -> list[re.Match[str]]:
    """The matches of _TENSE in a text, as its finditer gives them, found several times faster.

    The pattern is tried only where a match can begin (a case-insensitive pattern of many
    alternatives is slow to try at every character, and every text with a date runs it):
    at a word that is one of its first words or ends in "ed" (or holds a letter outside
    ASCII, whose case the lower-case test cannot speak for), and at "'ll".  Matches never
    overlap and each is the leftmost, as finditer's.

    >>> [m.group() for m in tense_markers("She'll go; talks were held and are due to resume.")]
    ["'ll", 'were', 'held', 'are due to ']
    """
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would not hold
        return list(_TENSE.finditer(text))
    starts = [m.start() for m in _WORD_START.finditer(low)
              if (w := m.group()) in _TENSE_FIRST or w.endswith("ed") or not w.isascii()]
    if "ll" in low:
        starts += [m.start() for m in _APOSTROPHE_LL.finditer(low)]
        starts.sort()
    found: list[re.Match[str]] = []
    end = 0
    match = _TENSE.match
    for start in starts:
        if start >= end and (m := match(text, start)):
            found.append(m)
            end = m.end()
    return found


# A participle after these is a passive or an adjective ("is due to be held", "will
# remain elevated"), not a past tense.
_PASSIVE = frozenset("be been being is are am get gets remain remains stay stays become becomes seem seems".split())
_CLAUSE_END = lazy_compile(r"[.!?;:\n\"“”]")


# ---------------------------------------------------------------------------
# Calendar arithmetic


def _ym_add(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + delta
    return n // 12, n % 12 + 1


def _week(day: _Date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _safe_date(year: int, month: int, day: int) -> _Date | None:
    try:
        return _Date(year, month, day)
    except ValueError:
        return None


def _month_near(ref: _Date, month: int, future: bool, strict: bool = False) -> int:
    """Year of the nearest past (or future) occurrence of `month` seen from `ref`."""
    if future:
        return ref.year if (month > ref.month or (month == ref.month and not strict)) else ref.year + 1
    return ref.year if (month < ref.month or (month == ref.month and not strict)) else ref.year - 1


# A day written without its year against a publication known to the day is the nearest such day,
# unless that lies more than this many days before the publication in a clause about the future
# ("will meet on 3 February" in a June report is next February's; "elections were scheduled
# for 27 August" in a report of 20 August, a plan told in the past, is this August's).
_WRONG_SIDE_DAYS = 21
# A past told of a day more than this many days after the publication is last year's: a report
# of 20 December saying "the port reopened on 2 January" means the January before (a plan told in
# the past, "was due on", points either way and is not held to it; a publication a day or two
# late still reaches "were told the convoy on 5 July" in a report of 2 July).
_PAST_AHEAD_DAYS = 7


def _day_near(lo: _Date, hi: _Date, month: int, day: int, tense: bool | None) -> int:
    """Year of the day `month`-`day` seen from a publication span lo..hi (one day when lo == hi).

    Only years in which the day exists count (29 February).  Against a span (a publication known
    to the month or year): the next on or after lo in the future, the last on or before hi in the
    past, else the nearest.  Against one day: the nearest, unless it is more than
    _WRONG_SIDE_DAYS before it for the future (_PAST_AHEAD_DAYS after it for the past); then the
    next (future) or last (past) one.
    """
    days = [found for y in range(lo.year - 8, hi.year + 9) if (found := _safe_date(y, month, day)) is not None]
    nearest = min(days, key=lambda found: (max((lo - found).days, (found - hi).days, 0), found))
    if lo == hi:
        if tense and (lo - nearest).days > _WRONG_SIDE_DAYS:
            return next(found for found in days if found >= lo).year
        if tense is False and (nearest - hi).days > _PAST_AHEAD_DAYS:
            return [found for found in days if found <= hi][-1].year
        return nearest.year
    if tense:
        return next(found for found in days if found >= lo).year
    if tense is False:
        return [found for found in days if found <= hi][-1].year
    return nearest.year


def _ref_value(direction: str) -> tuple[str, str, bool]:
    return f"{direction}_REF", "ref", True


# ---------------------------------------------------------------------------
# Context checks


class _Ctx:
    __slots__ = ("text", "ref", "ref_end", "around", "_ends", "_markers")

    def __init__(self, text: str, ref: _Date | None, around: bool = False, ref_end: _Date | None = None) -> None:
        self.text = text
        self.ref = ref
        # A publication known only to the month or year is a span, ref..ref_end: a day or month
        # with no year is the next one after its start or the last one before its end.
        self.ref_end = ref_end if ref is not None and ref_end is not None and ref_end >= ref else ref
        self.around = around
        self._ends: list[int] | None = None
        self._markers: tuple[list[int], list[int], list[tuple[int, int, bool]]] | None = None

    def prev_word(self, i: int) -> str:
        """The word just before offset i on the same line (lower case), or ""."""
        j = i
        text = self.text
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’"):
            k -= 1
        return text[k:j].lower() if j - k <= 20 else ""

    def prev_char(self, i: int) -> str:
        j = i
        while j > 0 and self.text[j - 1] in " \t\u00a0":
            j -= 1
        return self.text[j - 1] if j > 0 else ""

    def next_word(self, i: int) -> str:
        """The word just after offset i on the same line (as written), or ""."""
        text = self.text
        j = i
        while j < len(text) and text[j] in " \t\u00a0":
            j += 1
        k = j
        while k < len(text) and k - j < 30 and (text[k].isalpha() or text[k] in "'’-"):
            k += 1
        return text[j:k]

    def clause_start(self, i: int) -> bool:
        return self.prev_char(i) in ("", *".!?:;\"“”‘'(\n\r•–—|-")

    def future(self, start: int, end: int) -> bool:
        """Whether start:end is in a clause about the future: the nearest tense marker
        before it in its clause ("will meet on Friday"), else the nearest after it
        ("On Friday, ministers will meet"), is a future one ("will", "is due to"...)."""
        return self.tense(start, end) is True

    def tense(self, start: int, end: int) -> bool | None:
        """True for a future clause, False for a past one, None when no marker says (see `future`)."""
        if self._ends is None:
            self._ends, self._markers = _tense_scan(self.text)
        assert self._markers is not None
        i = bisect.bisect_left(self._ends, start)
        # The clause, cut to a few hundred characters on a fixed grid so that long
        # unpunctuated text still shares one cached scan per stretch.
        lo = max(self._ends[i - 1] + 1 if i else 0, (start - 256) // 256 * 256)
        hi = min(self._ends[i] if i < len(self._ends) else len(self.text), (end + 512) // 256 * 256)
        starts, ends, markers = self._markers
        # The nearest marker ending before the expression and starting in its clause...
        j = bisect.bisect_right(ends, start) - 1
        if j >= 0 and markers[j][0] >= lo:
            return markers[j][2]
        # ...else the first one after it that ends in the clause -- unless that is a verb of
        # intention in the past: "On 19 January, leaders agreed to respect the embargo" dates
        # the agreeing, a past act (the plan is in the infinitive, after the date).
        # A relative clause after it tells of its noun ("lays this afternoon the foundation stone of
        # the centre, which will serve the region"): its tense is not the clause's.
        k = bisect.bisect_left(starts, end)
        while k < len(markers) and markers[k][1] <= hi and (_RELATIVE_BEFORE.search(
                self.text, max(0, markers[k][0] - 16), markers[k][0]) or _reported_that().search(
                self.text, max(end, markers[k][0] - 60), markers[k][0])):
            k += 1
            while k < len(markers) and not self.text[markers[k - 1][1]:markers[k][0]].strip():
                k += 1  # the rest of its verb: "who had fled"
        if k < len(markers) and markers[k][1] <= hi:
            if markers[k][2] and _PAST_INTENT.match(self.text, markers[k][0]):
                return False
            if markers[k][2] and _release_verb().search(self.text, lo, start) \
                    and _AND_BEFORE.search(self.text, max(end, markers[k][0] - 24), markers[k][0]) \
                    and _present_intent().match(self.text, markers[k][0]):
                # A release's second act, of intention ("The Ministry announces the escape of 54
                # inmates this morning, and calls on citizens to report"): its plan is in its
                # infinitive; the date is of the act the release's present tells before it.
                return None
            return markers[k][2]
        return None

    def named(self, start: int, end: int) -> bool:
        """Whether the weekday/month at start:end is part of a name ("Sunday Express", "the Martyrs of
        February Stadium")."""
        if self.prev_word(start) in _NAME_PREFIXES:
            return True
        if _NAMED_OF_BEFORE.search(self.text, max(0, start - 40), start):
            return True  # "the Martyrs of February Stadium", "the Martyrs of February brigade": a name's "of"
        nxt = self.next_word(end)
        if nxt[:1].isupper() and nxt.lower().rstrip("'’s") not in _DATE_PARTS:
            head = self.text[max(0, start - 30):start]
            if _MASTHEADS.search(head):
                return True
            return self.prev_word(start) not in _STRONG_TRIGGERS
        return _MASTHEADS.search(self.text[max(0, start - 30):start]) is not None

    def capital_ok(self, start: int) -> bool:
        """A capitalised function word ("Today", "Last") must open a clause."""
        return not self.text[start].isupper() or self.clause_start(start)


@lru_cache(maxsize=1)
def _reported_that() -> re.Pattern[str]:
    """A verb of saying and "that", then up to five words, before a tense marker: the marker is of what
    is reported ("today inaugurates the port, and affirms that the port will operate around the clock"),
    not of the clause the date is in (data/modifiers.toml `reporting_verbs`, `reporting_bare`)."""
    verbs = _alternation({*vocab.words("modifiers", "reporting_verbs"), *vocab.words("modifiers", "reporting_bare")})
    return re.compile(rf"\b(?:{verbs})\s+that\s+(?:[\w’'-]+\s+){{0,5}}$", re.IGNORECASE)


# A relative pronoun opening a clause just before a tense marker: ", which will serve", "who had fled".
_RELATIVE_BEFORE = lazy_compile(r"\b(?:" + "|".join(vocab.words("event_words", "relative_pronouns"))
                                + r")\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# A verb of intention told in the past ("agreed to", "pledged to", "sought to"): a past act.
_PAST_INTENT = lazy_compile(r"(?:[a-z]+ed|sought)\s+(?:[\w’'-]+\s+){0,3}?to\b", re.IGNORECASE)
# "and" opening a second verb of one subject ("..., and calls on", "and urges"), adverbs maybe between.
_AND_BEFORE = lazy_compile(r"\band\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def release_verbs_alternation() -> str:
    """The verbs an institution's release tells its own act by, in the present ("announces", "issues"),
    as one regex alternation: data/event_words.toml `release_verbs` (dates.py and timeline.py read it)."""
    return _alternation(vocab.words("event_words", "release_verbs"))


@lru_cache(maxsize=1)
def _release_verb() -> re.Pattern[str]:
    """A release verb (release_verbs_alternation) as a word."""
    return re.compile(rf"\b(?:{release_verbs_alternation()})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _present_intent() -> re.Pattern[str]:
    """A verb of intention in the present with its object and "to" ("calls on citizens to report",
    "urges the banks to extend"): data/scheduled_cues.toml `intent`, as intent_pattern reads it."""
    return re.compile(intent_pattern(False), re.IGNORECASE)


@lru_cache(maxsize=1)
def _told_plan() -> re.Pattern[str]:
    """A plan told in the past just before a date in its clause ("were scheduled for", "was due to
    meet on", "had been planned for", "was postponed until"): data/scheduled_cues.toml `told_plans`."""
    words = _alternation(vocab.words("scheduled_cues", "told_plans"))
    return re.compile(rf"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:{words})\b[^,.;:!?()]{{0,60}}$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _reported_clause() -> re.Pattern[str]:
    """A verb of saying in the past and the clause it governs up to a date, in one clause of the
    text (data/scheduled_cues.toml `reporting_verbs`, `not_a_subject`): "said talks resume in Geneva on "."""
    verbs = _alternation(vocab.words("scheduled_cues", "reporting_verbs"))
    adjunct = _alternation(vocab.words("scheduled_cues", "not_a_subject"))
    return re.compile(rf"\b(?:{verbs})\s+(?:that\s+)?(?!(?:{adjunct})\b)(?P<clause>[^\W\d_][^,;:.!?()\n\"“”]*)$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _irregular_past_form() -> re.Pattern[str]:
    forms = vocab.entry_words("verb_forms", "past") | vocab.entry_words("verb_forms", "participle")
    return re.compile(rf"\b(?:{_alternation(forms)})\b", re.IGNORECASE)


_REPORTED_REST = lazy_compile(r"[^,;:.!?()\n\"“”]*")


def _reported_untensed(text: str, start: int, end: int) -> bool:
    """Whether the day at start:end is in a clause governed by a verb of saying in the past ("The UN
    said talks resume in Geneva on 20 June") that has no past form of its own, before the day or
    after it ("said the audit covering 29 February found gaps"): the saying's past is not the
    clause's, whose tense no marker tells (present, or a timetable)."""
    m = _reported_clause().search(text, max(0, start - 120), start)
    if m is None:
        return False
    rest = _REPORTED_REST.match(text, end, min(len(text), end + 200))
    clause = m.group("clause") + " " + (rest.group() if rest else "")
    return not any(t.lastgroup == "p" for t in tense_markers(clause)) and not _irregular_past_form().search(clause)


_TOLD_PAST_PLAN = lazy_compile(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+)?to\s+(?:be\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _tense_scan(text: str) -> tuple[list[int], tuple[list[int], list[int], list[tuple[int, int, bool]]]]:
    """Where a text's clauses end, and its tense markers ((starts, ends, (start, end, future))), for _Ctx.tense.

    One scan of the whole text; a participle after "be"/"is" ("is due to be held") is not a
    past tense.  Cached by text: the kind of each date of a sentence asks clause_tense about
    the same sentence again, and each ask would scan it again.  The answer is only read.
    """
    ctx = _Ctx(text, None)
    # A plan told in the past ("was to take place in February", "were due to resume on 12
    # March"): its infinitive looks ahead from a past time, so the clause is a past one.
    found = [(m.start(), m.end(), m.lastgroup == "f" and not _TOLD_PAST_PLAN.search(text, max(0, m.start() - 40), m.start()))
             for m in tense_markers(text)
             if m.lastgroup == "f" or _tells_a_past(ctx, m.start())]
    return [m.start() for m in _CLAUSE_END.finditer(text)], ([f[0] for f in found], [f[1] for f in found], found)


# A past form after these is a noun or an adjective ("fires a shot", "the wounded"), not a verb
# (not "that" or "this": "the militia that took the town", "This led to clashes").
DETERMINERS = frozenset("a an the his her its their our my your".split())


def _tells_a_past(ctx: _Ctx, start: int) -> bool:
    """Whether the past form at `start` is a verb in the past: not a passive or an adjective after
    "be" or "is" ("is due to be held", "are usually paid": adverbs in -ly between), nor a noun
    after a determiner ("a shot")."""
    text = ctx.text
    before = ctx.prev_word(start)
    while before.endswith("ly") and len(before) > 3:
        while start > 0 and text[start - 1] in " \t\u00a0":
            start -= 1
        start -= len(before)
        before = ctx.prev_word(start)
    return before not in _PASSIVE and before not in DETERMINERS


def is_calendar_name(word: str) -> bool:
    """Whether a lower-case word is a month or weekday name or its abbreviation ("march", "fri")."""
    return word in _MONTHS or word in _WEEKDAYS


def tells_past(text: str) -> bool:
    """Whether a text has a past-tense marker ("was", "has", "met", a verb in -ed): a report's lead
    does, a headline's present ("Minister says talks will resume") does not.

    >>> tells_past("The council has reached Tripoli."), tells_past("Envoy says talks will resume as rivals meet.")
    (True, False)
    """
    return any(m.lastgroup == "p" for m in _TENSE.finditer(text))


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None: the tense of the clause around text[start:end], by its nearest tense marker.

    >>> clause_tense("Ministers will meet on Friday.", 20, 29)
    'future'
    >>> clause_tense("Today, the port is a hub for trade.", 0, 5) is None
    True
    """
    # Only the clause around the span counts (a few hundred characters): a window keeps a
    # call's cost bounded however long the text, so a sentence with many dates stays linear.
    lo = max(0, start - 512)
    tense = _Ctx(text[lo:end + 768], None).tense(start - lo, end - lo)
    return None if tense is None else ("future" if tense else "past")


@lru_cache(maxsize=1)
def _numbered_of() -> re.Pattern[str]:
    """A numbered instrument (a word of data/year_names.toml `before` and its number) then "of"
    just before a year: "Decision No. 112 of", "Law 4 of"."""
    words = "|".join(re.escape(w) for w in sorted(vocab.entry_words("year_names", "before"), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{words})\s*\(?\d{{1,4}}\)?\s+of\s+(?:the\s+year\s+)?$")


def _year_ok(ctx: _Ctx, start: int, end: int, check_after: bool = True) -> bool:
    """Whether a bare four-digit number is used as a year, not an amount or identifier."""
    text = ctx.text
    before = text[max(0, start - 12):start]
    if re.search(r"(?:[£$€¥#+]|US\$|\b(?:USD|EUR|GBP|LYD|LD|No\.|Nos\.|no\.|pp?\.)\s?)$", before):
        return False
    if re.search(r"[^\W\d_]-$", before) and not re.search(r"(?i)\b(?:mid|pre|post)-$", before):
        return False
    if re.search(r"(?:^|[\s(+])\d+[ -]$", before) or re.search(r"[\d/]$", before):
        return False
    # "Resolution 2259", "Vision 2030", "note 1800": the number is part of a name
    # (data/year_names.toml).
    if ctx.prev_word(start) in vocab.entry_words("year_names", "before"):
        return False
    # "Decision No. 112 of 2042", "Law 4 of 2023": the year of a numbered instrument names it.
    if _numbered_of().search(text, max(0, start - 48), start):
        return False
    # "the exercise 'Scirocco 2050'", "“Expo 2020”": a quoted name ending in the number.
    if _QUOTED_NAME_BEFORE.search(text, max(0, start - 40), start) and _QUOTE_AFTER.match(text, end):
        return False
    left = text[max(0, start - 60):start].rsplit(None, 1)
    right = text[end:end + 60].split(None, 1)
    token = (left[-1] if left and not text[start - 1:start].isspace() else "") + (
        right[0] if right and not text[end:end + 1].isspace() else "")
    if "/" in token or "www." in token or "@" in token or "_" in token:
        return False
    if not check_after:
        return True
    after = text[end:end + 24]
    if re.match(r"\s?(?:%|per\s?cent|percent|pc\b|bn\b|m\b|k\b|million|billion|trillion)", after):
        return False
    if re.match(r"[ -]\d", after) or re.match(r"/\d", after) and not re.match(r"/\d\d(?!\d)", after):
        return False
    nxt = ctx.next_word(end).lower()
    if nxt in _COUNT_NOUNS or nxt in vocab.entry_words("year_names", "after"):
        return False
    if (nxt.endswith("s") and len(nxt) > 3 and nxt not in _NOT_PLURAL
            and ctx.prev_word(start) not in _YEAR_DETERMINERS):
        return False
    return True


_QUOTED_NAME_BEFORE = re.compile(r"(?:^|(?<=\s))['‘\"“](?:[A-Z][\w'’-]*\s+){1,3}$")
_QUOTE_AFTER = re.compile(r"['’\"”]")
_COUNT_NOUNS = frozenset(
    "miles mile km kilometres kilometers kilometre metres meters feet ft tonnes tons "
    "barrels bpd people persons migrants refugees troops soldiers fighters mercenaries "
    "men women children dollars euros pounds dinars deaths casualties victims cases units "
    "vehicles boats hectares households families residents members jobs votes seats".split()
)
_NOT_PLURAL = frozenset("this was has is its as does thus plus versus".split())
_YEAR_DETERMINERS = frozenset(
    "the a an its his her their our my your in of since for by until till from during "
    "after before to and or at 's".split()
)


# ---------------------------------------------------------------------------
# Rules: pattern -> candidates


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _year_of(m: re.Match[str], ctx: _Ctx) -> tuple[int | None, bool, str | None]:
    """(year, relative, direction-if-unresolved) from a `_YR_REF` group."""
    if m.group("y"):
        return int(m.group("y")), False, None
    rel = m.group("yrel")
    delta = {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
    direction = {"this": "PRESENT", "the": "PRESENT", "last": "PAST", "next": "FUTURE"}[rel]
    if ctx.ref is None:
        return None, True, direction
    return ctx.ref.year + delta, True, None


_DIGITS = lazy_compile(r"\d+")

# "set Dec. 24 as the date for the vote": a date named as the day of a plan (timeline: scheduled).
AS_THE_DATE = lazy_compile(r"\s+as\s+(?:the|a)\s+(?:new\s+|final\s+|tentative\s+)?(?:date|deadline|day|target\s+date)\b",
                         re.IGNORECASE)


def _full_date(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    mon = m.group("mon") or _g(m, "mon2")
    day = m.group("d") or _g(m, "d2")
    month = _MONTHS[mon.rstrip(".").lower()]
    d = int(_DIGITS.match(day).group())  # type: ignore[union-attr]
    start = m.start()
    first = _g(m, "d0")
    if first is not None:  # "from 2 to 5 May": what happened over the days began on the first
        d0 = int(_DIGITS.match(first).group())  # type: ignore[union-attr]
        if d0 < d:
            d = d0
        else:  # no range ("killed 31 and wounded 5 May"): the date is the second number's
            start = m.start("d")
    if m.group("y"):
        if _safe_date(int(m.group("y")), month, d) is None:
            return
        yield start, m.end(), f"{int(m.group('y')):04d}-{month:02d}-{d:02d}", "day", False
        return
    if _safe_date(2024, month, d) is None:  # leap year: accepts Feb 29
        return
    named = _named_day(month, d, ctx.text, m.end())
    if named is not None:  # "the February 17 revolution": that event's day, whatever the publication
        yield start, m.end(), named, "day", True  # read, not stated: the story's year stays where it was
        return
    if ctx.ref is None:
        # No reference: the year comes from the narrative, if it has reached one.
        yield start, m.end(), f"@md:{month}-{d}:{'F' if ctx.future(start, m.end()) else 'P'}", _ANAPHOR, True
        return
    # A clause about the future ("elections set for 24 December") names the next such day on
    # or after the reference; a past one ("was ousted on 24 December") the last one on or
    # before it -- against a publication known to the month or year, the last one before the
    # span's end, so "on 27 August" in an article of "2022" is that year's.  Feb 29 falls
    # back to the nearest leap year.  When no tense marker says which way ("polls open on
    # January 24th" in a December report), the day is the nearest one either side of the
    # reference (none when it falls within the publication's span).  Against a publication
    # known to the day, the nearest such day stays unless it is weeks on the wrong side of
    # the publication for the tense (_day_near).
    tense = ctx.tense(start, m.end())
    if tense is False and _put_off_before().search(ctx.text, max(0, start - 40), start):
        # "pushed back the 20 June vote on 18 May": the day of a plan put off in the past points either
        # way (the nearest such day); put off in the infinitive or the present it is still ahead
        tense = None
    elif tense and _called_off(ctx.text, start, m.end()):
        tense = None  # "elections scheduled for 24 December have been postponed": a plan put off points either way
    elif tense is False and _told_plan().search(ctx.text, max(0, start - 100), start):
        tense = None  # "elections were scheduled for 27 August": a plan told in the past points either way
    elif tense is False and _reported_untensed(ctx.text, start, m.end()):
        tense = None  # "The UN said talks resume in Geneva on 20 June": the saying is past, not the talks
    if target_ahead(ctx.text, start, m.end(), tense is False):
        tense = True  # "a vote targeting 14 December polls": the day aimed at, ahead
    elif tense is False and AS_THE_DATE.match(ctx.text, m.end()):
        tense = None  # "a road map that set 24 March as the date for elections": the setting is past, not the day
    year = _day_near(ctx.ref, ctx.ref_end, month, d, tense)
    day_ = _safe_date(year, month, d)
    step = 1 if year > ctx.ref.year else -1
    while day_ is None:
        year += step
        day_ = _safe_date(year, month, d)
    yield start, m.end(), day_.isoformat(), "day", True


def _named_day(month: int, day: int, text: str, end: int) -> str | None:
    """The day of a past event a day and month name before its noun (data/named_days.toml):
    "the February 17 revolution" is 2011-02-17."""
    nxt = _WORD_AT.match(text, end)
    if nxt is None:
        return None
    word = nxt.group(1).lower()
    for entry in vocab.entries("named_days"):
        if entry["month"] == month and entry["day"] == day and word in entry["before"]:
            return f"{entry['year']:04d}-{month:02d}-{day:02d}"
    return None


def _iso_date(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    day = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    if day is not None and _year_ok(ctx, m.start(), m.start() + 4, False):
        yield m.start(), m.end(), day.isoformat(), "day", False


def _numeric_date(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if b > 12 >= a else (a, b)
    found = _safe_date(int(m.group("y")), month, day) if month <= 12 else None
    if found is not None:
        yield m.start(), m.end(), found.isoformat(), "day", False


def _month_year(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    month = _MONTHS[m.group("mon").rstrip(".").lower()]
    year, relative, direction = _year_of(m, ctx)
    if year is None:
        yield m.start(), m.end(), *_ref_value(direction or "PAST")
        return
    yield m.start(), m.end(), f"{year:04d}-{month:02d}", "month", relative


# A month naming a noun's time after a determiner or a possessive ("the July visit", "her March
# visit"), one describing word maybe between ("Ferrán's bleak July briefing", "the deadly May clashes").
_MONTH_DETERMINERS = frozenset(("the", "a", "his", "her", "its", "their", "our"))
_DESCRIBED_MONTH = lazy_compile(r"(?:\b(?:" + "|".join(sorted(_MONTH_DETERMINERS)) + r")|[^\W\d_]['’]s?)\s+[a-z][a-z-]+\s+$")


def _month_as_subject(ctx: "_Ctx", start: int, end: int) -> bool:
    """Whether a bare month opens its sentence as the subject of a review's verb ("August brought a mass
    jailbreak", "March saw heavy fighting": data/adverbials.toml `month_subject_verbs`)."""
    before = ctx.text[max(0, start - 3):start].rstrip(" \t\u00a0")
    return (not before or before[-1] in ".;:\n") and ctx.next_word(end) in _month_subject_verbs()


@lru_cache(maxsize=1)
def _month_subject_verbs() -> frozenset[str]:
    return frozenset(vocab.words("adverbials", "month_subject_verbs"))


def _bare_month(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    mon = m.group("mon")
    month = _MONTHS[mon.lower()]
    mod, rel = m.group("mod"), m.group("rel")
    if (mod or rel) and not ctx.capital_ok(start):
        return
    mon_start = m.start("mon")
    # "postponed to June": the plan's new month, ahead of the telling
    moved = not rel and ctx.prev_word(start) == "to" and bool(_moved_to().search(ctx.text, max(0, start - 40), start))
    if not mod and not rel:
        pw = ctx.prev_word(start)
        if pw not in _MONTH_TRIGGERS and not moved and not _month_as_subject(ctx, start, end):
            nxt = ctx.next_word(end)
            # "the July visit", "a May deadline", and after a possessive "Saddam's July visit",
            # "the army's May offensive": a month naming a noun's time (not "Theresa May's").
            if not ((pw in _MONTH_DETERMINERS or _possessive(pw) or _DESCRIBED_MONTH.search(ctx.text, max(0, start - 40), start))
                    and nxt[:1].islower() and nxt.lower() not in ("of",)):
                return
    if ctx.named(mon_start, end) and ctx.prev_word(start) not in _STRONG_TRIGGERS:
        return
    if ctx.prev_word(mon_start) == "by" and ctx.next_word(end)[:1].isupper():
        return
    if ctx.ref is None:
        tense = "FUTURE" if ctx.future(start, end) else "PAST"
        if not rel:  # "in June": the year the narrative has reached, if any
            yield start, end, f"@m:{month}:{tense[0]}", _ANAPHOR, True
            return
        yield start, end, *_ref_value({"last": "PAST", "next": "FUTURE"}.get((rel or "").lower(), tense))
        return
    rel_l = (rel or "").lower()
    if rel_l == "this":
        year = ctx.ref.year
    elif rel_l == "last":
        year = _month_near(ctx.ref, month, future=False, strict=True)
    elif rel_l == "next":
        year = _month_near(ctx.ref, month, future=True, strict=True)
    elif not moved and ctx.future(start, end) and _called_off(ctx.text, start, end):
        year = _month_nearest(ctx.ref, ctx.ref_end, month)  # "planned for June were shelved": either way
    else:
        future = moved or ctx.future(start, end)
        year = _month_near(ctx.ref if future else ctx.ref_end, month, future=future)
    yield start, end, f"{year:04d}-{month:02d}", "month", True


_CONTRACTIONS = frozenset("it that he she what there here who where how let".split())


def _possessive(word: str) -> bool:
    """Whether a word is a possessive ("saddam's", "army’s", "ministers'"), not a contraction ("it's").

    >>> _possessive("saddam's"), _possessive("ministers’"), _possessive("it's"), _possessive("s")
    (True, True, False, False)
    """
    if len(word) <= 2:
        return False
    if word.endswith(("'s", "’s")):
        return word[:-2] not in _CONTRACTIONS
    return word.endswith(("s'", "s’"))


def _month_nearest(lo: _Date, hi: _Date, month: int) -> int:
    """Year of the occurrence of `month` nearest the publication span lo..hi, in months; the
    earlier one on a tie."""
    first, last = lo.year * 12 + lo.month - 1, hi.year * 12 + hi.month - 1

    def distance(year: int) -> int:
        at = year * 12 + month - 1
        return max(first - at, at - last, 0)
    return min(range(lo.year - 1, hi.year + 2), key=lambda year: (distance(year), year))


@lru_cache(maxsize=1)
def _put_off_before() -> re.Pattern[str]:
    """A verb of putting off and its article right before a plan's day ("postponed the 24 December
    elections", "pushed back the 20 June vote": data/event_words.toml `put_off`, `put_off_phrases`)."""
    words = [*vocab.words("event_words", "put_off"), *vocab.words("event_words", "put_off_phrases")]
    return re.compile(rf"\b(?:{_alternation(words)})\s+(?:the\s+)?$", re.IGNORECASE)


def _called_off(text: str, start: int, end: int) -> bool:
    """Whether the plan dated at start:end is told as put off by its own predicate: "polls
    scheduled to be held in January have been postponed", "planned for June were shelved" -- not
    when a word opening another clause stands between ("will resume on 24 June after they were
    suspended") or the clause has a future verb ("will vote in June as the session was delayed")
    (data/scheduled_cues.toml `called_off_after`, `called_off_not_own`, `called_off_future_verbs`)."""
    if not _called_off_after().match(text, end):
        return False
    head = _CLAUSE_CUT.split(text[max(0, start - 150):start])[-1]
    return _future_verb().search(head) is None


_CLAUSE_CUT = lazy_compile(r"[.;:!?,()\n]")


@lru_cache(maxsize=1)
def _future_verb() -> re.Pattern[str]:
    """A future verb in a plan's clause (data/scheduled_cues.toml `called_off_future_verbs`)."""
    return re.compile(rf"\b(?:{_alternation(vocab.words('scheduled_cues', 'called_off_future_verbs'))})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _called_off_after() -> re.Pattern[str]:
    """ "... in January have been postponed", "... for June were shelved": a plan's date followed in
    its clause by a past or perfect of putting it off, with no word between that opens another
    clause or says the future (data/scheduled_cues.toml `called_off_after`, `called_off_not_own`,
    `called_off_future_verbs`)."""
    words = "|".join(r"\s+".join(w.split())
                     for w in sorted(vocab.words("scheduled_cues", "called_off_after"), key=len, reverse=True))
    stops = _alternation([*vocab.words("scheduled_cues", "called_off_not_own"),
                          *vocab.words("scheduled_cues", "called_off_future_verbs")])
    return re.compile(rf"(?:(?!\b(?:{stops})\b)[^.;:!?,()\n]){{0,50}}?\b(?:has\s+been|have\s+been|had\s+been|was|were)\s+"
                      rf"(?:[a-z]+ly\s+)?(?:{words})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _moved_to() -> re.Pattern[str]:
    """ "postponed to June": a plan's new month after "to" (data/scheduled_cues.toml `moved_plans`)."""
    words = "|".join(r"\s+".join(w.split())
                     for w in sorted(vocab.words("scheduled_cues", "moved_plans"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:again\s+)?to\s+$", re.IGNORECASE)


def _month_range(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    m1, m2 = (_MONTHS[m.group(k).lower()] for k in ("m1", "m2"))
    if m.group("y"):
        y2 = int(m.group("y"))
        y1 = y2 if m1 <= m2 else y2 - 1
        yield m.start("m1"), m.end("m1"), f"{y1:04d}-{m1:02d}", "month", False
        last = _safe_date(y2, m2, int(_DIGITS.search(m.group("d2")).group())) if m.group("d2") else None
        # "from January to October 5th, 2024": the second end may be a day
        yield (m.start("m2"), m.end(), last.isoformat(), "day", False) if last else (
            m.start("m2"), m.end(), f"{y2:04d}-{m2:02d}", "month", False)
        return
    if ctx.prev_word(m.start()) not in _MONTH_TRIGGERS:
        return
    if ctx.ref is None:
        yield m.start("m1"), m.end("m1"), *_ref_value("PAST")
        yield m.start("m2"), m.end("m2"), *_ref_value("PAST")
        return
    future = ctx.future(m.start(), m.end())
    y1 = _month_near(ctx.ref if future else ctx.ref_end, m1, future)
    y2 = y1 if m2 >= m1 else y1 + 1
    yield m.start("m1"), m.end("m1"), f"{y1:04d}-{m1:02d}", "month", True
    yield m.start("m2"), m.end("m2"), f"{y2:04d}-{m2:02d}", "month", True


def _weekday(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    rel = (m.group("rel") or "").lower()
    if rel and not ctx.capital_ok(start):
        return
    wd_end = m.end("wd")
    if not rel and ctx.named(m.start("wd"), wd_end):
        return
    if ctx.ref is None:
        tense = "FUTURE" if ctx.future(start, end) else "PAST"
        yield start, end, *_ref_value({"last": "PAST", "next": "FUTURE", "this": "PRESENT"}.get(rel, tense))
        return
    ref = ctx.ref
    wd = _WEEKDAYS[m.group("wd").lower()]
    if rel == "this":
        day = ref + datetime.timedelta(days=wd - ref.weekday())
    elif rel == "last":
        day = ref - datetime.timedelta(days=(ref.weekday() - wd) % 7 or 7)
    elif rel == "next":
        day = ref + datetime.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    elif ctx.around:  # the reference is only a date the page shows: the nearest such day
        after = ref + datetime.timedelta(days=(wd - ref.weekday()) % 7)
        before = ref - datetime.timedelta(days=(ref.weekday() - wd) % 7)
        day = after if (after - ref) <= (ref - before) else before
    elif ctx.future(start, end):
        day = ref + datetime.timedelta(days=(wd - ref.weekday()) % 7)
    else:
        day = ref - datetime.timedelta(days=(ref.weekday() - wd) % 7)
    yield start, end, day.isoformat(), "day", True


# A bare season ("winter", "the autumn") is a date only after one of these.
_SEASON_PREPOSITIONS = frozenset(
    "in during over since until till by throughout this through before after into from ahead".split()
)


def _season(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    name = m.group("s").lower()
    code = _SEASONS[name]
    mod = (m.group("mod") or "").lower()
    if m.group("y"):
        yield start, end, f"{int(m.group('y')):04d}-{code}", "season", False
        return
    if not ctx.capital_ok(start) or m.group("s")[0].isupper():
        return
    if mod in ("", "the", "early", "late"):
        if name == "fall" or ctx.prev_word(start) not in _SEASON_PREPOSITIONS:
            return
    if ctx.ref is None:
        yield start, end, *_ref_value({"last": "PAST", "next": "FUTURE", "this": "PRESENT"}.get(mod, "PAST"))
        return
    ref = ctx.ref
    this_year = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
    if mod == "this":
        year = this_year
    elif mod == "last":
        year = this_year - 1
    elif mod == "next":
        year = this_year + 1
    else:  # "in the summer": the latest one begun by ref, or the first not over in future clauses
        years = (ref.year - 1, ref.year, ref.year + 1)
        if ctx.future(start, end):
            year = min(y for y in years if _date_bounds_season(y, code)[1] >= ref)
        else:
            year = max(y for y in years if _date_bounds_season(y, code)[0] <= ref)
    yield start, end, f"{year:04d}-{code}", "season", True


def _bare_year(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start("y"), m.end("y")
    if not _year_ok(ctx, start, end):
        return
    yield m.start(), m.end(), m.group("y"), "year", False


def _year_range(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    y1 = int(m.group("y1"))
    raw = m.group("y2")
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if not y1 < y2 <= y1 + 100 or not _year_ok(ctx, m.start("y1"), m.start("y1") + 4, False):
        return
    if re.match(r"\s?(?:%|per\s?cent|percent)", ctx.text[m.end():m.end() + 10]):
        return
    yield m.start("y1"), m.end("y1"), f"{y1:04d}", "year", False
    yield m.start("y2"), m.end("y2"), f"{y2:04d}", "year", False


def _decade(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if not ctx.capital_ok(m.start()):
        return
    if m.group("dec"):
        decade = int(m.group("dec")) // 10
        yield m.start(), m.end(), f"{decade:03d}X", "decade", False
        return
    short = int(m.group("short"))
    century = 20 if short <= 10 else 19
    relative = False
    if short == 20:
        century = 20 if ctx.ref is None or ctx.ref.year >= 2020 else 19
        relative = ctx.ref is not None
    yield m.start(), m.end(), f"{century}{short // 10}X", "decade", relative


def _century(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if not ctx.capital_ok(m.start()):
        return
    raw = m.group("ord").lower()
    n = int(re.match(r"\d+", raw).group()) if raw[0].isdigit() else _ORDINALS.get(raw, 0)  # type: ignore[union-attr]
    if 1 <= n <= 22:
        yield m.start(), m.end(), f"{n - 1:02d}", "century", False


def _quarter(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if m.group()[0] == "T" and not ctx.capital_ok(m.start()):
        return
    unit = (_g(m, "unit") or "").lower()
    if _g(m, "q"):
        code = f"Q{m.group('q')}"
    elif _g(m, "h"):
        code = f"H{m.group('h')}"
    else:
        raw = m.group("ord").lower()
        n = int(raw[0]) if raw[0].isdigit() else _ORDINALS[raw]
        if unit == "half":
            if n > 2 and raw not in ("final", "last"):
                return
            n = min(n, 2)
        code = f"Q{n}" if unit == "quarter" else f"H{n}"
    year, relative, direction = _year_of(m, ctx)
    if year is None:
        yield m.start(), m.end(), *_ref_value(direction or "PAST")
        return
    yield m.start(), m.end(), f"{year:04d}-{code}", "quarter" if code[0] == "Q" else "half", relative


def _year_part(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if not ctx.capital_ok(m.start()):
        return
    year, relative, direction = _year_of(m, ctx)
    if year is None:
        yield m.start(), m.end(), *_ref_value(direction or "PAST")
        return
    if m.group("mid"):
        yield m.start(), m.end(), f"{year:04d}", "year", relative
    elif m.group("h1"):
        yield m.start(), m.end(), f"{year:04d}-H1", "half", relative
    else:
        yield m.start(), m.end(), f"{year:04d}-H2", "half", relative


def _relative_unit(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    if not ctx.capital_ok(start):
        return
    rel = m.group("rel").lower().split()[-1]  # "earlier this" -> "this", "this past" -> "past"
    unit = m.group("unit").lower()
    delta = {"this": 0, "last": -1, "past": -1, "next": 1}[rel]
    if ctx.ref is None:
        yield start, end, *_ref_value({-1: "PAST", 0: "PRESENT", 1: "FUTURE"}[delta])
        return
    ref = ctx.ref
    if unit in ("week", "weekend"):
        value = _week(ref + datetime.timedelta(days=7 * delta))
        if unit == "weekend":
            value += "-WE"
        yield start, end, value, "week", True
    elif unit == "month":
        y, mo = _ym_add(ref.year, ref.month, delta)
        yield start, end, f"{y:04d}-{mo:02d}", "month", True
    elif unit == "year":
        yield start, end, f"{ref.year + delta:04d}", "year", True
    elif unit == "decade":
        yield start, end, f"{ref.year // 10 + delta:03d}X", "decade", True
    elif unit == "century":
        yield start, end, f"{ref.year // 100 + delta:02d}", "century", True


def _day_of_relative_month(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    """ "the 8th of this month": that day of the month "this", "last" or "next" names, from the reference."""
    start, end = m.start(), m.end()
    if not ctx.capital_ok(start) or ctx.ref is None:
        return
    y, mo = _ym_add(ctx.ref.year, ctx.ref.month, {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()])
    try:
        day = datetime.date(y, mo, int(_DIGITS.match(m.group("d")).group()))  # type: ignore[union-attr]
    except ValueError:
        return  # "the 31st of last month" in a month of 30 days: no such day
    yield start, end, day.isoformat(), "day", True


def _weekend(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start("x"), m.end("x")
    if ctx.ref is None:
        yield start, end, *_ref_value("PAST")
        return
    ref = ctx.ref
    if ref.weekday() >= 5:
        day = ref
    elif not m.group().lower().startswith("since") and ctx.future(start, end):
        day = ref + datetime.timedelta(days=5 - ref.weekday())
    else:
        day = ref - datetime.timedelta(days=ref.weekday() + 1)
    yield start, end, _week(day) + "-WE", "week", True


def _count(raw: str | None) -> str:
    if raw is None:
        return "1"
    raw = raw.lower()
    if raw.isdigit():
        return str(int(raw))
    return str(_NUMBERS[raw]) if raw in _NUMBERS else "X"


def _unit_code(raw: str) -> str:
    return _UNITS[raw.lower().rstrip("s")]


def _ago(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    if not ctx.capital_ok(start):
        return
    n = _count(m.group("num"))
    unit = _unit_code(m.group("unit"))
    if n == "X" or ctx.ref is None or unit == "H":
        yield start, end, *_ref_value("PAST")
        return
    k, ref = int(n), ctx.ref
    if unit == "D":
        yield start, end, (ref - datetime.timedelta(days=k)).isoformat(), "day", True
    elif unit == "W":
        yield start, end, _week(ref - datetime.timedelta(days=7 * k)), "week", True
    elif unit == "M":
        y, mo = _ym_add(ref.year, ref.month, -k)
        yield start, end, f"{y:04d}-{mo:02d}", "month", True
    elif unit == "Y":
        yield start, end, f"{ref.year - k:04d}", "year", True
    elif unit == "DE":
        yield start, end, f"{(ref.year - 10 * k) // 10:03d}X", "decade", True
    else:
        yield start, end, f"{ref.year // 100 - k:02d}", "century", True


def _duration_value(num: str | None, unit_raw: str) -> str:
    unit = _unit_code(unit_raw)
    plural = unit_raw.lower().endswith(("s", "ies"))
    n = _count(num) if num else ("X" if plural else "1")
    if unit_raw.lower().startswith("fortnight"):
        n = str(int(n) * 2) if n != "X" else "X"
    return f"PT{n}H" if unit == "H" else f"P{n}{unit}"


def _duration_the(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if not ctx.capital_ok(m.start()):
        return
    # "the next day", "the previous week": anaphoric (data/anaphora.toml), not durations.
    if m.group("dir").lower() in ("previous", "next") and not m.group("num"):
        return
    yield m.start(), m.end(), _duration_value(m.group("num"), m.group("unit")), "duration", False


def _duration_trig(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    trig = m.group("trig").lower()  # "" for "two years of"
    num, unit = m.group("num"), m.group("unit")
    plural = unit.lower().endswith("s") or unit.lower() == "centuries"
    if num is None and not plural:
        return
    if trig == "in" and num is not None and ctx.ref is not None and ctx.future(m.start(), m.end()) \
            and (n := _count(num)) != "X" and (code := _unit_code(unit)) in ("D", "W", "M"):
        # "will vote in less than two weeks", "is due to open in three days": the day it fixes,
        # counted on from the publication, at the unit's precision (the
        # trigger is part of the phrase: "two weeks" alone is a span counted back, an onset). Not
        # "within 30 days": a limit, a span (tests/gold).
        k = int(n) * (2 if unit.lower().startswith("fortnight") else 1)
        if code == "D":
            yield m.start("trig"), m.end("x"), (ctx.ref + datetime.timedelta(days=k)).isoformat(), "day", True
        elif code == "W":
            yield m.start("trig"), m.end("x"), _week(ctx.ref + datetime.timedelta(days=7 * k)), "week", True
        else:
            y, mo = _ym_add(ctx.ref.year, ctx.ref.month, k)
            yield m.start("trig"), m.end("x"), f"{y:04d}-{mo:02d}", "month", True
        return
    if trig == "in" and (num is not None or m.group("approx")):
        return
    if num and num.lower() in ("a", "an", "one") and plural:
        return
    if num and num.lower() not in ("a", "an", "one") and not plural and num.lower() not in ("a couple of",):
        return
    yield m.start("x"), m.end("x"), _duration_value(num, unit), "duration", False


def _over_years(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    yield m.start("x"), m.end("x"), "PXY", "duration", False


def _deictic(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    if not ctx.capital_ok(start):
        return
    phrase = " ".join(m.group().lower().split())
    if phrase == "today":
        pw = ctx.prev_word(start)
        if pw == "of" or (ctx.text[start - 1:start] == " " and re.search(
                r"\b(?:in|across|of)\s+(?:the\s+)?[A-Z][\w’'-]*\s+$", ctx.text[max(0, start - 40):start])):
            yield start, end, *_ref_value("PRESENT")
            return
    if phrase.startswith(("the day before", "yesterday", "last night")):
        delta, direction = (-2 if phrase.startswith("the day before") else -1), "PAST"
    elif phrase.startswith(("the day after", "tomorrow")):
        delta, direction = (2 if phrase.startswith("the day after") else 1), "FUTURE"
    else:
        delta, direction = 0, "PRESENT"
    if ctx.ref is None:
        yield start, end, *_ref_value(direction)
        return
    yield start, end, (ctx.ref + datetime.timedelta(days=delta)).isoformat(), "day", True


def _ref_word(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    if not ctx.capital_ok(start):
        return
    word = " ".join(m.group().lower().split())
    text = ctx.text
    if word == "now":
        if re.match(r"\s+that\b|-", text[end:end + 6]):
            return
        yield start, end, *_ref_value("PRESENT")
    elif word == "soon":
        if ctx.prev_word(start) in ("as", "too", "how") or re.match(r"\s+(?:after|as|afterwards)\b", text[end:end + 12]):
            return
        yield start, end, *_ref_value("FUTURE")
    elif word in ("the past", "the future", "the near future", "the distant future"):
        if ctx.prev_word(start) != "in" or re.match(r"\s+[a-z]", text[end:end + 3]):
            return
        yield start, end, *_ref_value("PAST" if word == "the past" else "FUTURE")
    elif word.startswith(("recent ", "previous ", "past ")):
        if ctx.prev_word(start) not in ("in", "of", "over", "than", "to", "with", "during"):
            return
        yield start, end, *_ref_value("PAST")
    elif word in ("recently", "lately"):
        yield start, end, *_ref_value("PAST")
    else:
        yield start, end, *_ref_value("PRESENT")


# Anaphoric expressions are first found with a placeholder value "@UNIT:OFFSET" (precision
# "anaphor"); `_resolve_narrative` then counts them, in text order, from the time the
# narrative has reached — the last calendar date before them, at first the reference.
_ANAPHOR = "anaphor"


@lru_cache(maxsize=1)
def _anaphora() -> dict[str, tuple[str, int]]:
    return {" ".join(p.lower().split()): (e["unit"], int(e["offset"]))
            for e in vocab.entries("anaphora") for p in e["phrases"]}


# A word, or a number and a word that is no month ("four days after 27 people went missing": a
# clause; "two days after 12 March" counts from that date).
_FOLLOWED_BY_WORD = lazy_compile(r"[ \t\u00a0]+(?:[^\W\d_]|\d[\d,.]*[ \t\u00a0]+(?!(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True))
                                 + r")\b)[^\W\d_])", re.IGNORECASE)
# The word at an offset, after any spaces ("the February 17 revolution": _named_day; _next_word).
_WORD_AT = lazy_compile(r"\s*([^\W\d_]+)")


@lru_cache(maxsize=1)
def _not_counted_from() -> frozenset[str]:
    """The words after "before"/"after" that open no happening it counts from (data/anaphora.toml)."""
    return frozenset(vocab.words("anaphora", "not_counted_from"))


def _next_word(text: str, at: int) -> str:
    m = _WORD_AT.match(text, at)
    return m.group(1).lower() if m else ""


def _relative_to(m: re.Match[str], ctx: _Ctx, unit: str, offset: int, last_word: str) -> Iterator[_Cand]:
    """An anaphoric candidate; "N days after X" counts from the narrative forwards when it
    opens its clause ("A day after the raid, the council met") and backwards, to date X,
    when it trails a clause already dated ("..., two days after Hifter ordered the
    advance": the order came two days before)."""
    keep = ""
    if last_word in ("after", "before") and _FOLLOWED_BY_WORD.match(ctx.text, m.end()) \
            and _next_word(ctx.text, m.end()) not in _not_counted_from():
        if not ctx.clause_start(m.start()) or (last_word == "after" and _today_in_main_clause(ctx.text, m.end())):
            # dates X; the narrative stays where it was.  So does an opening count whose main clause is
            # today's: "Two days after the floods that drowned Sabha, families are still sleeping today
            # in schools" tells the floods two days before the day of the page.
            offset, keep = -offset, ":K"
        else:
            # "Two years after the government was installed in March 2021, ...": counts from
            # the date its phrase names; without one, "after" counts from the narrative and
            # "before" from a thing not yet told (nothing).
            keep = ":A" if last_word == "after" else ":B"
    yield m.start(), m.end(), f"@{unit}:{offset}{keep}", _ANAPHOR, True


def _today_in_main_clause(text: str, at: int) -> bool:
    """Whether the rest of a sentence opened by a count ("Two days after the floods ...,") goes on, after the
    comma closing the count's phrase, with a main clause that says it is today ("today", "this morning",
    "tonight", "now") before naming a day or a date of its own or a verb of saying ("..., the council on
    Tuesday called for a truce that is now holding" is Tuesday's; "..., the company said it had now
    resumed" tells no day)."""
    m = _TODAY_IN_MAIN_CLAUSE.match(text, at)
    return m is not None and not _OWN_TIME_OR_REPORT.search(m.group("main"))


# A comma closing the count's phrase, the main clause up to its today-word.
_TODAY_IN_MAIN_CLAUSE = lazy_compile(r"[^.;:!?\n]{1,160}?,(?P<main>[^.;:!?\n]{0,160}?)\b(?:today|this\s+(?:morning|afternoon|evening)"
                                     r"|tonight|now)\b", re.IGNORECASE)
_OWN_TIME_OR_REPORT = lazy_compile(r"\b(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)"
                                   r"|(?:January|February|March|April|May|June|July|August|September|October|November"
                                   r"|December)\s+\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August"
                                   r"|September|October|November|December)|(?i:said|says|announced|told|reported|stated))\b")

_LAST_NAMED = ("since", "ever since", "from then", "from this", "from that")


def _anaphor(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if not ctx.capital_ok(m.start()):
        return
    phrase = " ".join(m.group().lower().split())
    found = _anaphora().get(phrase)
    if found is not None:
        for cand in _relative_to(m, ctx, found[0], found[1], phrase.split()[-1]):
            # "since then", "from that point on": from the time last named, whether or not
            # the narrative moved there ("violence since 2011. Since then, ...").
            if phrase.startswith(_LAST_NAMED):
                yield (*cand[:2], cand[2] + ":L", *cand[3:])
            elif phrase in vocab.flagged("anaphora", "yields"):
                yield (*cand[:2], cand[2] + ":N", *cand[3:])  # "on his arrival": a date after it wins
            else:
                yield cand


def _anaphor_count(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if not ctx.capital_ok(m.start()):
        return
    direction = m.group("dir").lower()
    n = _count(m.group("num"))
    if n == "X":
        return
    unit = m.group("unit").lower().rstrip("s")
    count = int(n)
    if unit == "hour":  # "48 hours later": whole days on; "two hours later" is the same day
        unit, count = "day", count // 24
    sign = -1 if direction in ("earlier", "before") else 1
    yield from _relative_to(m, ctx, unit, sign * count, direction)


def _year_apposed(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    """ "since June 2014, the year the war began": a year set beside a date as what it is known
    for is that date's year (the narrative's, which the date just reached)."""
    yield m.start(), m.end(), "@year:0:L", _ANAPHOR, True


def _when_apposed(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    """ "since February 2022, when parliament named a rival premier": a clause set beside a date by
    "when" is of that date (`_resolve_narrative` keeps it only right after one, ", when")."""
    yield m.start(), m.end(), "@same:0:W", _ANAPHOR, True


def _since_named(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    """ "since an uprising toppled Gaddafi", "since the war": an onset at the year the page gives
    that event in another sentence (`@named`, _event_year_told); nothing when it gives none."""
    yield m.start(), m.end(), "@named:0:S", _ANAPHOR, True


# How another sentence ties a noun to its date: the date right before the noun, an adjective
# between at most ("the 2011 uprising", "the February 2011 popular uprising"), or right after it
# ("the war of 2014", "the uprising in February 2011", "the war that broke out in 2014").
_DATE_BEFORE_NOUN = lazy_compile(r"(?:\s+(?!(?:the|a|an|this|that|its|his|her|their|and|as|when|after|before)\b)[a-z][\w-]*)?\s+$")
_DATE_AFTER_NOUN = lazy_compile(r"^\s+(?:(?:that|which)\s+(?:[A-Za-z]+\s+){1,2}?)?(?:of|in|on)\s+(?:the\s+)?$")


def _tied(text: str, lo: int, hi: int, noun: str, s: int, e: int) -> bool:
    """Whether a sentence text[lo:hi] ties a word of stem `noun` to its date at s:e (_DATE_BEFORE_NOUN,
    _DATE_AFTER_NOUN): "The war in Sudan, which began in April 2023" dates Sudan's war, not "the war"."""
    for w in re.finditer(r"[A-Za-z][\w-]{2,}", text[lo:hi]):
        if _stem(w.group()) != noun:
            continue
        ws, we = lo + w.start(), lo + w.end()
        if e <= ws and ws - e <= 30 and _DATE_BEFORE_NOUN.fullmatch(text, e, ws):
            return True
        if we <= s and s - we <= 40 and _DATE_AFTER_NOUN.match(text[we:s]):
            return True
    return False


def _event_year_told(text: str, chosen: list[_Cand], at: int, ref: _Date | None) -> tuple[str, bool] | None:
    """The year of the event "since an uprising" names, from the nearest other sentence of the page
    that tells it by the same word tied to a date of its own ("The 2011 uprising was backed by NATO",
    "the uprising that began in February 2011": _tied); None when none does, or two give different
    years.  A year after the publication, or a date in a clause about the future ("a new blockade
    could be imposed in 2027"), is no year of an event something has lasted since."""
    s0, e0 = chosen[at][0], chosen[at][1]
    noun = _stem(re.split(r"\s+", text[s0:e0])[-1])
    here_lo = max((m.end() for m in _SENTENCE_CUT.finditer(text, max(0, s0 - 400), s0)), default=max(0, s0 - 400))
    cut = _SENTENCE_CUT.search(text, e0)
    here_hi = cut.start() if cut is not None else len(text)
    years: dict[str, bool] = {}
    for i, (s, e, value, precision, relative) in enumerate(chosen):
        if i == at or here_lo <= s < here_hi or precision not in ("year", "month", "day") or value.startswith("@"):
            continue
        lo = max((m.end() for m in _SENTENCE_CUT.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
        end = _SENTENCE_CUT.search(text, e)
        hi = end.start() if end is not None else len(text)
        if ref is not None and int(value[:4]) > ref.year:
            continue
        if _tied(text, lo, hi, noun, s, e) and clause_tense(text, s, e) != "future":
            years.setdefault(value[:4], relative)
    if len(years) != 1:
        return None
    year, relative = next(iter(years.items()))
    return year, relative


def _few_days(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    """ "days after the floods", "a few days before the vote": dated only from an event the page
    told with its day (_named_event_date), to the month a few days from it (`@few`); "hours after
    ..." is the same day, as "two hours after" is (_anaphor_count)."""
    if not _FOLLOWED_BY_WORD.match(ctx.text, m.end()):
        return
    if m.group("unit").lower() == "hours":
        # "hours after gunmen ambushed the minister's motorcade": the same day, counted as "two hours after" is
        if ctx.capital_ok(m.start()):
            yield from _relative_to(m, ctx, "day", 0, m.group("dir"))
        return
    sign = -1 if m.group("dir") == "before" else 1
    yield m.start(), m.end(), f"@few:{sign * _FEW_DAYS}:K", _ANAPHOR, True


# How many days "days after" counts, for its month.
_FEW_DAYS = 3


def _shift(anchor: tuple[_Date, str], unit: str, offset: int) -> tuple[str, str]:
    """The value `offset` units from an anchor day of some precision, no finer than the anchor."""
    day, precision = anchor
    if unit == "day" and precision == "day":
        return (day + datetime.timedelta(days=offset)).isoformat(), "day"
    if unit == "week" and precision in ("day", "week"):
        return _week(day + datetime.timedelta(days=7 * offset)), "week"
    if unit in ("day", "week", "month") and precision in ("day", "week", "month"):
        if unit == "month":
            y, mo = _ym_add(day.year, day.month, offset)
            return f"{y:04d}-{mo:02d}", "month"
        return f"{day.year:04d}-{day.month:02d}", "month"
    step = offset if unit == "year" else 0
    return f"{day.year + step:04d}", "year"


def _in_year(year: int, month_day: str) -> tuple[str, str]:
    """A month ("6") or month-day ("6-12") written without a year, in the narrative's year."""
    month, _, day = month_day.partition("-")
    if not day:
        return f"{year:04d}-{int(month):02d}", "month"
    found = _safe_date(year, int(month), int(day)) or _Date(year, int(month), 28)
    return found.isoformat(), "day"


# A part of a year moves the narrative too ("peaked in late 2019 and early 2020. This came to an
# end in June": June 2020).
_ANCHOR_PRECISIONS = frozenset(("day", "week", "month", "season", "quarter", "half", "year"))
# "until June" ends a state, "by June" is a deadline, "since June" starts one that lasts to
# now: the narrative does not move there.
_NOT_ANCHORS = frozenset(("until", "till", "than", "by", "before", "since"))
# A date inside a phrase opened by "since" ("the worst since the end of the war in June
# 2020", "has been divided since the fall of Gaddafi in 2011") names where a span began or
# what is compared, not where the narrative goes: the next "overnight" is still the news's.
# A date in a relative clause set off by a comma (", who met in Cairo last month", ", which
# was signed in 2015") tells the past of what the clause describes: the narrative stays.  So does
# one opened by a noun set beside a name (", an engineer who joined the government in 2064,").
_RELATIVE_PHRASE = lazy_compile(r",\s+(?:(?:an?|the)\s+(?:[^\W\d_][\w'’-]*\s+){1,3})?(?:who|whom|whose|which|where)\s"
                                r"[^,;:.!?\n]{0,60}$")
# "Than" compares only when the date follows it with at most function words between ("worse than
# in June 2020", "than the 2019 level"): "more than 40 people were killed on 12 June" is news.
_SINCE_PHRASE = lazy_compile(r"(?:\b[Ss]ince\s[^,;:.!?\n]{0,60}"
                           r"|\bthan\s+(?:(?:in|on|at|during|before|after|the|that|of|its|their)\s+){0,3})$")
# A vague or counted day named again at once: "last night, Wednesday", "two days later, on
# 12 June".  The second, more specific, expression dates both.
# Within one line: "16 Aug.\n- 26 Aug" is two bullets' days, not one day named again.
_APPOSITION = lazy_compile(r"[ \t\u00a0]*(?:[,(–—-][ \t\u00a0]*(?:on[ \t\u00a0]+)?|on[ \t\u00a0]+)$")
# A year said by the news's time, then the part of it meant: "this year, in February", "last year,
# in March".  The part dates both, in that year.
_YEAR_APPOSITION = lazy_compile(r"\s*[,(–—-]\s*(?:in|during)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_YEAR_PARTS = frozenset(("month", "season", "quarter", "half"))


_LAST_WORD = lazy_compile(r"([^\W\d_]+)\W{0,3}$")


@lru_cache(maxsize=1)
def _origin_before() -> re.Pattern[str]:
    """ "was formed in", ", established by the UN in": a passive participle telling how a participant
    came to be (data/anaphora.toml `origin_verbs`), a few words before a date in its clause."""
    verbs = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.words("anaphora", "origin_verbs"), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+|first\s+)?|,\s+)(?:{verbs})\b"
                      r"(?:\s+[^\W\d_,;:.!?]+){0,4}\s+$", re.IGNORECASE)


def _prev_word(text: str, i: int) -> str:
    m = _LAST_WORD.search(text, max(0, i - 24), i)
    return m.group(1).lower() if m else ""


# The days a news item names from its own: "yesterday", "last night", "this morning" (not "overnight").
_TOLD_DAY = lazy_compile(r"(?:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
                         re.IGNORECASE)


def _weekday_near(vague: str, named: str) -> str:
    """The day of `named`'s weekday nearest the vague day it names again, three days before or after it
    at most ("yesterday, Wednesday" in "The decision of the bank yesterday, Wednesday, to cancel the fee":
    Wednesday is yesterday, whatever the infinitive after it says of the future); `named` as it was when
    either is no day.

    >>> _weekday_near("2049-02-24", "2049-03-03"), _weekday_near("2049-02-24", "2049-02-23")
    ('2049-02-24', '2049-02-23')
    """
    try:
        near, day = datetime.date.fromisoformat(vague), datetime.date.fromisoformat(named)
    except ValueError:
        return named
    shift = (day.weekday() - near.weekday() + 3) % 7 - 3
    return (near + datetime.timedelta(days=shift)).isoformat()


def _restates(text: str, first: _Cand, second: _Cand) -> bool:
    """Whether `second` names again, more exactly, the vague day (or year) `first` right before it."""
    if first[3] == "year":
        return second[3] in _YEAR_PARTS and second[0] - first[1] <= 16 \
            and bool(_YEAR_APPOSITION.match(text, first[1], second[0]))
    if not (second[3] == "day" and second[0] - first[1] <= 8 and _APPOSITION.match(text, first[1], second[0])):
        return False
    first_word = text[first[0]:first[0] + 12].split()[0].lower().rstrip(",")
    # "..., on Monday." at a sentence's end: the word without its stop.
    second_word = text[second[0]:second[0] + 12].split()[0].lower().rstrip(",.;:)")
    # Two weekdays in a row are two days ("Sunday and Monday" is not joined, "Sunday, Monday" neither).
    # A day's number opens a date ("10 January") or a range of days ("10-11 January", "10/11 May").
    return first_word not in _WEEKDAYS and (second_word in _WEEKDAYS or not second[4] or second_word[:1].isdigit()
                                            or second_word.rstrip(".") in _MONTHS)


# "the 2011 revolt", "Libya's 2014 elections": a year modifying a noun names a past event in
# passing; the narrative does not go back there.
_ATTRIBUTIVE_BEFORE = lazy_compile(r"(?:\bthe|['’]s)[ \t\u00a0]+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = lazy_compile(r"[ \t\u00a0]+[^\W\d_]")


def _names_an_event(text: str, start: int, end: int, precision: str) -> bool:
    """Whether a year at start:end modifies a noun ("the 2011 revolt"), naming an event, not the narrative's time."""
    return precision == "year" and bool(_ATTRIBUTIVE_BEFORE.search(text, max(0, start - 8), start)) and bool(
        _ATTRIBUTIVE_AFTER.match(text, end))


@lru_cache(maxsize=1)
def _marking_of() -> re.Pattern[str]:
    """ "the tenth anniversary of the", "the commemoration of": a noun of the marking of a past day
    right before a date (data/named_days.toml `marking`)."""
    words = "|".join(r"\s+".join(w.split()) for w in sorted(vocab.words("named_days", "marking"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _target_before() -> re.Pattern[str]:
    """ "targeting", "aiming for" right before a date (data/scheduled_cues.toml, `target = true`)."""
    words = _alternation(w for e in vocab.entries("scheduled_cues") if e.get("target") for w in e["before"])
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _plan_after() -> re.Pattern[str]:
    """A noun of a plan up to two words after a date ("3 March presidential elections"):
    data/scheduled_cues.toml `plan_after`."""
    words = _alternation(w for e in vocab.entries("scheduled_cues") for w in e.get("plan_after", ()))
    return re.compile(rf"(?:\s+(?!(?:of|in|at|on|near|off|by|from|to|was|were|is|are)\b)[^\W\d_]+){{0,2}}\s+(?:{words})\b",
                      re.IGNORECASE)


def target_ahead(text: str, start: int, end: int, past: bool) -> bool:
    """Whether the date at start:end is a day aimed at, ahead: right after "targeting", "aiming for"
    (data/scheduled_cues.toml `target = true`), in a clause not told in the past (`past`) or before
    a noun of a plan ("a road map targeting 3 March elections"); "an airstrike targeting the 12 May
    gathering killed five" struck a day gone by.

    >>> target_ahead("Drones targeting the 3 June convoy were launched.", 21, 27, True)
    False
    >>> target_ahead("A road map targeting 3 March elections was agreed.", 21, 28, True)
    True
    """
    return _target_before().search(text, max(0, start - 40), start) is not None and aims_ahead(text, end, past)


def aims_ahead(text: str, end: int, past: bool) -> bool:
    """Whether a day aimed at ("targeting" before it) that ends at `end` is ahead: its clause is not
    told in the past, or a noun of a plan follows it (see `target_ahead`)."""
    return not past or _plan_after().match(text, end) is not None


@lru_cache(maxsize=1)
def target_words() -> frozenset[str]:
    """The words before a day aimed at (data/scheduled_cues.toml `target = true`), lower case."""
    return frozenset(" ".join(w.lower().split()) for e in vocab.entries("scheduled_cues") if e.get("target")
                     for w in e["before"])


_ANNIVERSARY_COUNT = lazy_compile(r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+anniversary\s+of\s+(?:the\s+)?$",
                                re.IGNORECASE)


def anniversary_count(text: str, start: int) -> int | None:
    """How many years on the anniversary right before the date at `start` is ("the first
    anniversary of the 17 February 2011 uprising": 1), None when no ordinal says.

    >>> anniversary_count("on the 13th anniversary of the revolution", 31)
    13
    """
    m = _ANNIVERSARY_COUNT.search(text, max(0, start - 50), start)
    if m is None:
        return None
    raw = m.group("n").lower()
    if raw[0].isdigit():
        return int(re.match(r"\d+", raw).group())  # type: ignore[union-attr]
    return _ORDINALS.get(raw) if raw not in ("final", "last") else None


def marking_before(text: str, start: int) -> bool:
    """Whether the date at `start` is the day an anniversary marks ("the 15th anniversary of the
    February 17 revolution"): the day recalled, not the time the story has reached."""
    return _marking_of().search(text, max(0, start - 40), start) is not None


def _refines(anchor: tuple[_Date, str] | None, bounds: tuple[_Date, _Date], precision: str) -> bool:
    """Whether the narrative already stands on a day inside a coarser span now named ("on Wednesday
    ... arrivals this year"): the span does not move it back to its start."""
    if anchor is None:
        return False
    rank = ("day", "week", "month", "season", "quarter", "half", "year")
    return (rank.index(precision) > rank.index(anchor[1]) if anchor[1] in rank else False) and \
        bounds[0] <= anchor[0] <= bounds[1]


# What stands between a date and the "when" set beside it (see _when_apposed).
_WHEN_AFTER = frozenset({", ", "'s, ", "’s, "})


def _resolve_narrative(text: str, chosen: list[_Cand], ref: _Date | None) -> list[_Cand]:
    """Give anaphoric candidates their dates from the narrative's time; let a weekday correct a vague day."""
    out: list[_Cand] = []
    anchor: tuple[_Date, str] | None = (ref, "day") if ref is not None else None
    # Counted from a date the text states in full, an anaphoric date does not depend on the
    # reference (it is not `relative`); counted from the reference or a relative date, it does.
    anchor_relative = True
    vague: set[int] = set()  # starts of the anaphoric and relative day expressions kept so far
    named: tuple[_Date, str] | None = None  # the time last named, wherever the narrative is
    named_relative = True
    # The reference is not a day the text has told of: a span the text states in full ("in
    # June 2025") moves the narrative there even when it holds the reference day ("On a
    # morning in June 2025, ... On that day, ..." is a day of June, not the publication day).
    told = False
    told_at = 0  # where the date the narrative last moved to ends
    told_start = 0  # where it begins
    # Whether that date is a participant's origin ("was formed in March 2016"): an aside, in
    # whose year no yearless day told after it is put.
    told_origin = False
    # Whether the narrative's date has a year the text gives: stated, or moved into a stated
    # date's year (which stays `relative`, but goes on with the story: "... on 9 March. Then,
    # in late June, ...").
    anchor_in_story = False
    for at, cand in enumerate(chosen):
        s, e, value, precision, relative = cand
        moved = False
        if relative and anchor_in_story and told and not told_origin and precision in ("day", "month"):
            moved_cand = _in_narrative_year(text, cand, anchor, told_at, ref)
            moved = moved_cand != cand
            cand = moved_cand
            s, e, value, precision, relative = cand
        if precision == _ANAPHOR or (relative and precision in ("day", "year")):
            vague.add(s)
        # A look back ("the previous day") is a flashback: the narrative stays where it was.
        # So is the time last named ("since then", a year set beside a date: "since June 2014, the
        # year the war began" names 2014 in passing).
        flashback = precision == _ANAPHOR and (value.split(":")[1].startswith("-") or value.endswith((":K", ":L")))
        if precision == _ANAPHOR:
            unit, offset, *tense = value[1:].split(":")
            base, base_relative = anchor, anchor_relative
            from_told = False  # counted on from the day last told (see below)
            if tense == ["L"] and named is not None:
                anchor, anchor_relative = named, named_relative
            elif not told and offset.startswith("-") and (said := _said_on_later(text, chosen, at)) is not None:
                # "the sinking of a boat at dawn the previous day, ..., the spokesman said in a
                # statement on Sunday": the day before the saying's, which the sentence gives after it.
                anchor, anchor_relative = said
            if tense == ["W"]:
                # ", when ...": the date right before it, as it was read; nothing after anything else.
                # The date may be a possessive ("bigger than last Friday's, when a few hundred came").
                if out and text[out[-1][1]:s] in _WHEN_AFTER and out[-1][3] != _ANAPHOR:
                    out.append((s, e, *out[-1][2:]))
                continue
            if tense == ["N"] and (not told or _phrase_date(text, chosen, at) is not None):
                # "on his arrival in Tripoli in March 2016": the date dates it; before any
                # date is told, the journey is of a day the text has not given.
                continue
            if unit == "named":
                told_year = _event_year_told(text, chosen, at, ref) if _phrase_date(text, chosen, at) is None else None
                if told_year is None:
                    continue
                cand = (s, e, told_year[0], "year", told_year[1])
                out.append(cand)
                continue
            named_event = _named_event_date(text, chosen, at) if tense in (["K"], ["A"], ["B"]) else None
            if unit == "few" and (named_event is None or _dated_before(text, chosen, at)
                                  or _phrase_date(text, chosen, at) is not None):
                continue  # "days after" dates nothing but from the day of an event told
            if unit == "few" and named_event is not None:
                day = named_event[0][0] + datetime.timedelta(days=int(offset))
                cand = (s, e, f"{day.year:04d}-{day.month:02d}", "month", named_event[1])
                s, e, value, precision, relative = cand
                out.append(cand)
                continue
            if named_event is not None and not _dated_before(text, chosen, at) and _phrase_date(text, chosen, at) is None:
                # "restored barely a week after the storm", "warnings issued 72 hours before the
                # flooding": counted from the day the page told that event on, whichever way.
                anchor, anchor_relative = named_event
                offset = str(abs(int(offset)) * (-1 if text[s:e].lower().rstrip().endswith("before") else 1))
                flashback = True
            elif tense == ["K"] and (phrase := _phrase_date(text, chosen, at)) is not None:
                if _dated_before(text, chosen, at):
                    # "Fighting resumed on Wednesday, two weeks after a truce agreed on 28 May",
                    # "dismissed on Tuesday, three years after he took office in March 2022":
                    # both ends have their own dates; the count dates nothing more.
                    continue
                # "The arrest came a week after the closure of the crossing on 4 June": the
                # phrase names its own date, so the clause is counted on from it, forwards.
                anchor, anchor_relative = phrase
                offset = str(-int(offset))
                flashback = False
            elif tense == ["K"] and _dated_before(text, chosen, at) and (
                    governing := date_bounds(chosen[at - 1][2])) is not None:
                # "has had two governments since 2014, a year after the militias stormed the
                # ministries": the date the count trails governs it, even one that does not move
                # the narrative (a "since"): the storming was in 2013, not a year before the news.
                anchor, anchor_relative = (governing[0], chosen[at - 1][3]), chosen[at - 1][4]
            elif tense in (["A"], ["B"]):
                phrase = _phrase_date(text, chosen, at)
                if phrase is not None:
                    anchor, anchor_relative = phrase
                elif tense == ["B"] or not told:
                    # "before" counts from something not yet told; "Six weeks after the vote" with
                    # no date told yet would count on from the publication, into the future.
                    continue
                else:
                    # "Three years after the mercenaries withdrew, Moscow's footprint has grown":
                    # counted on from the day last told, a count that passes the news counts from
                    # another happening than that day's (checked below).
                    from_told = True
            if anchor is None:
                cand = (s, e, *_ref_value("FUTURE" if tense == ["F"] else "PAST"))
            elif unit in ("md", "m"):
                cand = (s, e, *_in_year(anchor[0].year, offset), anchor_relative)
            else:
                cand = (s, e, *_shift(anchor, unit, int(offset)), anchor_relative)
                if from_told and ref is not None and (ahead := date_bounds(cand[2])) is not None and ahead[0] > ref:
                    anchor, anchor_relative = base, base_relative
                    continue
            anchor, anchor_relative = base, base_relative
            s, e, value, precision, relative = cand
        if out and (out[-1][0] in vague or out[-1][3] == "year") and _restates(text, out[-1], cand):
            if out[-1][3] == "year" and relative:
                value = out[-1][2][:4] + value[4:]  # "last year, in March": March of that year
            elif out[-1][3] == "day" == precision and _prev_word(text, cand[1]) in _WEEKDAYS \
                    and _TOLD_DAY.match(text, out[-1][0], out[-1][1]):
                value = _weekday_near(out[-1][2], value)  # "yesterday, Wednesday": not "overnight on Sunday"
            cand = (out[-1][0], e, value, precision, relative)
            out.pop()
        # "a year ago" looks back from the publication: the narrative stays where it was.
        flashback = flashback or text[e - 3:e].lower() == "ago"
        if precision in _ANCHOR_PRECISIONS and (bounds := date_bounds(value)) is not None:
            named, named_relative = (bounds[0], precision), relative
        if precision in _ANCHOR_PRECISIONS and not flashback and _prev_word(text, s) not in _NOT_ANCHORS \
                and not _names_an_event(text, s, e, precision) and not marking_before(text, s) \
                and not _SINCE_PHRASE.search(text, max(0, s - 60), s) \
                and not _RELATIVE_PHRASE.search(text, max(0, s - 60), s) \
                and not (told and _said_after_told(text, told_at, s)) \
                and not (told and _looks_back(text, told_start, told_at, s, value, anchor)):
            bounds = date_bounds(value)
            # A month or a year still ahead of the news is a plan named in passing ("her plan for
            # elections in 2046"): "hours after" in the next sentence is still of the day told.
            ahead = bounds is not None and ref is not None and bounds[0] > ref and precision != "day"
            if bounds is not None and not ahead and not (_refines(anchor, bounds, precision) and (told or relative)):
                anchor, anchor_relative, told, told_start, told_at = (bounds[0], precision), relative, True, s, e
                told_origin = bool(_origin_before().search(text, max(0, s - 80), s))
                anchor_in_story = not relative or moved
        out.append(cand)
    return out


# A phrase of what came before the clause's happening: "resigned on Thursday ... after the collapse of the
# bridge near Khoms on April 3", "resumed on Wednesday following the collapse of a truce agreed on 28 May",
# "resigned on Wednesday over the collapse of the bridge on April 3".
_AFTER_THE = lazy_compile(r"\b(?:after|following|over)\s+(?:the|a|an|his|her|its|their)\s[^;:.!?\n]{0,80}$", re.IGNORECASE)


def _looks_back(text: str, told_start: int, told_at: int, start: int, value: str, anchor: tuple[_Date, str] | None) -> bool:
    """Whether a date in its sentence's "after the ..." phrase is earlier than the day the sentence told
    before it: the happening it dates came first, and the narrative stays on the day told ("His departure
    came two days after ..." in the next sentence counts from the resignation, not from the collapse).
    Not a day counted from the news ("after their boat capsized off Zuwara yesterday (13 April), IOM said
    today" after the dateline): the news's own day; nor after a day a saying was told on (told_start..told_at:
    "said on Thursday it had rescued 60 migrants after their boat sank on Monday")."""
    bounds = date_bounds(value)
    return anchor is not None and bounds is not None and bounds[1] < anchor[0] and not _TOLD_DAY.match(text, start) \
        and _SENTENCE_END.search(text, told_at, start) is None and bool(_AFTER_THE.search(text, told_at, start)) \
        and not _said_on(text, told_start)


def _said_on(text: str, start: int) -> bool:
    """Whether the date at `start` is the day of a saying ("the coast guard said on Thursday it had rescued
    60 migrants after their boat sank on Monday"): what the saying tells may come before it, so a day
    looked back to there is the story's (see _looks_back)."""
    return bool(_saying_on().search(text, max(0, start - 30), start))


@lru_cache(maxsize=1)
def _saying_on() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _saying_bare()), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:on\s+)?$", re.IGNORECASE)


def _said_after_told(text: str, told_at: int, start: int) -> bool:
    """Whether a date is the day a report was said on, after a date its own sentence told ("capsized off
    Zuwara yesterday (13 April), IOM said today"): the narrative stays on the day told, so "On the same day"
    after it is that day (a verb of saying of data/modifiers.toml `reporting_bare` right before the date)."""
    return _prev_word(text, start) in _saying_bare() and _SENTENCE_END.search(text, told_at, start) is None


@lru_cache(maxsize=1)
def _saying_bare() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.words("modifiers", "reporting_bare"))


_SENTENCE_END = lazy_compile(r"[.!?][\"”’')\]]*\s|\n")


# A day or month written without its year ("on 17 May", "in late September") and the words that
# would give it one of its own ("last May", "this September", "May last year").
_YEARLESS = lazy_compile(r"^(?:(?!\d{4}|\b(?:last|next|this|ago|year|week|yesterday|today|tomorrow)\b).)*$",
                       re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=1)
def goes_on_opener() -> re.Pattern[str]:
    """ "Then, ...": words opening a sentence that go on with the story before it (data/anaphora.toml)."""
    words = "|".join(r"\s+".join(w.split())
                     for w in sorted(vocab.words("anaphora", "narrative_openers"), key=len, reverse=True))
    return re.compile(rf"\W*(?:{words})\b,?\s+", re.IGNORECASE)


def _in_narrative_year(text: str, cand: _Cand, anchor: tuple[_Date, str] | None, told_at: int,
                       ref: _Date | None) -> _Cand:
    """A day or month without its year, told in the past after a date the text states in full in an
    earlier year, in that year: "The standoff began in May 2022. ... Armed groups clashed on 17 May"
    is 2022's May, not the publication's; kept when it would fall before that date, after the
    publication, or in another paragraph than the date's unless its words go on with the story
    ("Then, in late September, ...": the next paragraph only). Not after a participant's origin
    ("The council was formed in March 2016. It said on 5 June ...": _resolve_narrative). A moved
    date stays `relative`: its year depends on the publication's being later.
    """
    s, e, value, precision, _ = cand
    if anchor is None or ref is None or anchor[1] not in ("day", "month", "season", "quarter", "half") \
            or anchor[0].year >= ref.year:
        return cand
    surface = text[s:e]
    if not _YEARLESS.match(surface) or not any(
            w.lower().rstrip(".") in _MONTHS for w in re.findall(r"[A-Za-z.]+", surface)):
        return cand
    breaks = text.count("\n\n", told_at, s)
    if breaks > 1 or clause_tense(text, s, e) != "past" or (
            breaks == 1 and not goes_on_opener().match(text, text.rfind("\n\n", told_at, s) + 2)):
        return cand  # a new paragraph goes on with the story only when its words say so ("Then, in ...")
    bounds = date_bounds(value)
    if bounds is None or bounds[0].year == anchor[0].year:
        return cand
    month_day = f"{bounds[0].month}" if precision == "month" else f"{bounds[0].month}-{bounds[0].day}"
    moved, moved_precision = _in_year(anchor[0].year, month_day)
    moved_bounds = date_bounds(moved)
    if moved_bounds is None or moved_bounds[1] < anchor[0] or moved_bounds[0] > ref:
        return cand
    # Its year is the story's only because the publication is later: it stays `relative`.
    return s, e, moved, moved_precision, True


_PHRASE_END = lazy_compile(r"[,;:.!?\n]")


# Only a comma (and a hedge, data/anaphora.toml `count_hedges`) between a date and a count: the
# date governs the count ("resumed on Wednesday, two weeks after"). Other words between them ("on
# Monday the arrest came a week after", "said on 10 June that ...", a dateline) put the date in
# another clause: the reporting's or the wire's day, which is no end of the count.
_GOVERNS_GAP = lazy_compile(r"\s*,?\s*(?:(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in vocab.words("anaphora", "count_hedges")) + r")\s+)?", re.I)


def _dated_before(text: str, chosen: list[_Cand], at: int) -> bool:
    """Whether a calendar date directly governs the count at chosen[at] ("on Wednesday, two weeks after")."""
    if at == 0:
        return False
    s, e, _, precision, _ = chosen[at - 1]
    return precision in _ANCHOR_PRECISIONS and _GOVERNS_GAP.fullmatch(text, e, chosen[at][0]) is not None


def _phrase_date(text: str, chosen: list[_Cand], at: int) -> tuple[tuple[_Date, str], bool] | None:
    """The date the phrase after chosen[at] names before its clause ends ("two years after
    the deal signed in March 2021,"), as an anchor and whether it is relative; or None."""
    end = chosen[at][1]
    stop = _PHRASE_END.search(text, end)
    for s, _, value, precision, relative in chosen[at + 1:]:
        if stop is not None and s >= stop.start():
            break
        if precision in _ANCHOR_PRECISIONS and (bounds := date_bounds(value)) is not None:
            return (bounds[0], precision), relative
    return None


# "a week after the floods", "72 hours before the deadly flooding": the words naming the event a
# count is from (up to three after a determiner; the head is one of them).
_NAMED_AFTER_COUNT = lazy_compile(r"\s+(?:the|this|that|last\s+week['’]s)\s+((?:(?!(?:was|were|is|are|has|have|had|in|on|at|of|by|to|"
                                r"and|that|which|who|when|with|for|from|began|begun|started|ended)\b)[a-z][\w-]*\b\s*){1,3})")
_SENTENCE_CUT = lazy_compile(r"[.!?](?=\s)|\n")


def _stem(word: str) -> str:
    """A crude stem for telling an event again by its noun or verb ("floods", "flooded", "flooding": flood)."""
    word = word.lower()
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


@lru_cache(maxsize=1)
def _saying_before_day() -> re.Pattern[str]:
    """A verb of saying in the past (data/scheduled_cues.toml `reporting_verbs`) a few words before the end of a text."""
    verbs = _alternation(vocab.words("scheduled_cues", "reporting_verbs"))
    return re.compile(rf"\b(?:{verbs})\b(?:\s+[\w’'-]+){{0,4}}\s+(?:on\s+)?$", re.IGNORECASE)


def _said_on_later(text: str, chosen: list[_Cand], at: int) -> tuple[tuple[_Date, str], bool] | None:
    """The day a sentence says it was said on, given after a look-back it holds ("... at dawn the previous
    day, the ministry said in a statement on Sunday"): the next date of the sentence, a day (or a
    weekday read against the publication) right after a verb of saying; None when there is none."""
    cut = _SENTENCE_CUT.search(text, chosen[at][1])
    hi = cut.start() if cut is not None else len(text)
    for s, e, value, precision, relative in chosen[at + 1:]:
        if s >= hi:
            return None
        if precision == "day" and _saying_before_day().search(text, max(chosen[at][1], s - 60), s) \
                and (bounds := date_bounds(value)) is not None:
            return (bounds[0], "day"), relative
    return None


def _named_event_date(text: str, chosen: list[_Cand], at: int) -> tuple[tuple[_Date, str], bool] | None:
    """The day the page told the event a count names ("barely a week after the storm", "issued 72
    hours before the flooding"): the latest earlier date, of a day, stated in a sentence that tells it
    by the same word (a noun or verb of at least four letters sharing its stem: "Floods that struck
    ... on 12 September", "Storm Daniel hit the coast on 10 September"); None when no sentence
    before tells it (the count is then read as before: from the narrative)."""
    named = _NAMED_AFTER_COUNT.match(text, chosen[at][1])
    if named is None:
        return None
    start = chosen[at][0]
    here = max((m.end() for m in _SENTENCE_CUT.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    if any(here <= s < start for s, *_ in chosen[:at]):
        return None  # "entered the town on 4 April, two days after the advance": the count dates the advance
    head = named.group(1).split()[-1]
    stems = {_stem(head)} - _NOT_EVENT_STEMS if len(head) >= 4 else set()
    if not stems:
        return None
    for s, e, value, precision, relative in reversed(chosen[:at]):
        if precision != "day" or (bounds := date_bounds(value)) is None:
            continue
        lo = max((m.end() for m in _SENTENCE_CUT.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
        cut = _SENTENCE_CUT.search(text, e)
        hi = cut.start() if cut is not None else len(text)
        if stems & {_stem(w) for w in re.findall(r"[A-Za-z][\w-]{3,}", text[lo:hi])}:
            return (bounds[0], precision), relative
    return None


# Words after "the" that name no event of their own ("a week after the same", "after the first").
_NOT_EVENT_STEMS = frozenset({"same", "first", "last", "previous", "next", "start", "beginning", "end",
                              "time", "date", "latter", "former", "other"})


_Handler = Callable[[re.Match[str], _Ctx], Iterator[_Cand]]
_Rule = tuple[re.Pattern[str], _Handler]


# ---------------------------------------------------------------------------
# Hijri dates (data/hijri_months.toml)


def _hijri_day(year: int, month: int, day: int) -> _Date:
    """The Gregorian day of a Hijri date in the arithmetic (tabular) Islamic calendar.

    >>> _hijri_day(1445, 9, 1)
    datetime.date(2024, 3, 11)
    """
    # The civil epoch (16 July 622, Julian day 1948440) and the 11 leap years of each 30-year cycle.
    jd = day + (59 * (month - 1) + 1) // 2 + 354 * (year - 1) + (3 + 11 * year) // 30 + 1948439
    return _Date.fromordinal(jd - 1721425)


def _hijri_year_of(day: _Date) -> int:
    """The Hijri year in which a Gregorian day falls (arithmetic calendar)."""
    year = int((day.toordinal() - _hijri_day(1, 1, 1).toordinal()) / 354.36708) + 1
    while _hijri_day(year + 1, 1, 1) <= day:
        year += 1
    while _hijri_day(year, 1, 1) > day:
        year -= 1
    return year


@lru_cache(maxsize=1)
def _hijri_names() -> tuple[dict[str, tuple[int, int | None]], str]:
    """Each Hijri month or feast name, folded, to (month, day or None); and a pattern of them all."""
    folded: dict[str, tuple[int, int | None]] = {}
    alternatives = []
    for entry in vocab.entries("hijri_months"):
        for name in entry["names"]:
            parts = re.split(r"[\s'’‘`-]+", name)
            folded["".join(parts).lower()] = (entry["month"], entry.get("day"))
            alternatives.append(r"[\s'’‘`-]*".join(re.escape(x) for x in parts))
    alternatives.sort(key=len, reverse=True)
    return folded, "(?i:" + "|".join(alternatives) + ")"


# "the last ten days of Ramadan", "the end of Shawwal", "early Muharram": the part of the month meant.
_HIJRI_PART = lazy_compile(
    r"(?:(?P<end>(?:the\s+)?(?:(?:last|final|closing)(?:\s+\w+)?\s+days|end|close)\s+of|late|the\s+late)"
    r"|(?P<start>(?:the\s+)?(?:(?:first|opening)(?:\s+\w+)?\s+days|beginning|start)\s+of|early|the\s+early))"
    r"\s+(?:the\s+(?:holy\s+|Muslim\s+|fasting\s+)?month\s+of\s+)?$", re.IGNORECASE)
# A Gregorian date beside the Hijri one ("15 Ramadan 1445 AH, corresponding to 25 March 2024"):
# the Gregorian one is read and the Hijri one left, so one date is not given twice.
_GREGORIAN_NEAR = lazy_compile(rf"{_MON_FULL}{_R}|(?<!\d)(?:19|20)\d\d(?!\d)")


def _hijri(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    start, end = m.start(), m.end()
    name = m.group("hm")
    if not name[:1].isupper():
        return
    month, feast_day = _hijri_names()[0][re.sub(r"[\s'’‘`-]+", "", name).lower()]
    day = int(re.sub(r"\D", "", m.group("d"))) if m.group("d") else feast_day
    hijri_year = int(m.group("hy")) if m.group("hy") else None
    if not m.group("d") and hijri_year is None and not feast_day:
        pw = ctx.prev_word(start)
        # "Ramadan" alone may be a name ("Tariq Ramadan"): a month needs a word that introduces it.
        if pw not in _MONTH_TRIGGERS and pw not in ("the", "holy", "fasting") or ctx.next_word(end)[:1].isupper():
            return
    if _GREGORIAN_NEAR.search(ctx.text, max(0, start - 40), start) or _GREGORIAN_NEAR.search(
            ctx.text, end, min(len(ctx.text), end + 40)):
        return
    part = _HIJRI_PART.search(ctx.text, max(0, start - 60), start) if day is None else None
    if hijri_year is None and ctx.ref is None and not m.group("gy"):
        return

    def span(year: int) -> tuple[_Date, _Date]:
        if day is not None:
            d = _hijri_day(year, month, day)
            return d - datetime.timedelta(days=1), d + datetime.timedelta(days=1)
        first = _hijri_day(year, month, 1)
        last = _hijri_day(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
        if part and part.group("end"):
            return last - datetime.timedelta(days=9), last
        if part and part.group("start"):
            return first, first + datetime.timedelta(days=9)
        return first, last

    if hijri_year is None and m.group("gy"):  # "Ramadan 2024": the one that began in that year
        gregorian = int(m.group("gy"))
        first = _hijri_year_of(_Date(gregorian, 1, 1))
        hijri_year = next((y for y in (first, first + 1) if span(y)[0].year == gregorian), first)
    if hijri_year is None:
        assert ctx.ref is not None
        year = _hijri_year_of(ctx.ref)
        # The latest such time that began by the reference date; the next one in a clause about the future.
        if ctx.future(start, end):
            while span(year)[1] < ctx.ref:
                year += 1
        else:
            while span(year)[0] > ctx.ref:
                year -= 1
        hijri_year = year
    lo, hi = span(hijri_year)
    if day is not None:  # the arithmetic calendar may be a day off: the week, else the month, holding all three
        if _week(lo) == _week(hi):
            yield start, end, _week(lo), "week", not (m.group("hy") or m.group("gy"))
        elif (lo.year, lo.month) == (hi.year, hi.month):
            yield start, end, f"{lo.year:04d}-{lo.month:02d}", "month", not (m.group("hy") or m.group("gy"))
        return
    # A month of the moon straddles two of the sun's: the one holding most of its days.
    split = _Date(hi.year, hi.month, 1)
    main = hi if (hi - split).days + 1 > (split - lo).days else lo
    yield start, end, f"{main.year:04d}-{main.month:02d}", "month", not (m.group("hy") or m.group("gy"))


def _vague_ago(m: re.Match[str], ctx: _Ctx) -> Iterator[_Cand]:
    if ctx.capital_ok(m.start()):
        yield m.start(), m.end(), *_ref_value("PAST")


def _rules() -> dict[str, _Rule]:
    """The grammar: one named pattern per construction, with the handler that values it."""
    wdp = rf"(?:(?P<wd>{_WD_ANY}),?{_WS})?"
    yr = rf"(?:,?{_WS}(?P<y>{_YEAR}))?"
    mods = (rf"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id|[Tt]he{_WS}(?:end|beginning|start|middle){_WS}of)"
            rf"(?:-|{_WS}))")
    raw: list[tuple[str, _Handler, str]] = [
        # Tuesday (May 7), Tuesday (7 May 2024)
        (rf"(?P<wd>{_WD_FULL})\s*\(\s*(?:(?P<mon>{_MON})\s*(?P<d>{_DAY})|(?P<d2>{_DAY})\s*(?P<mon2>{_MON})){yr}\s*\)",
         _full_date, "wdparen"),
        # December 7, 2025 / Sunday, March 22, 2026 / May 7
        (rf"{_L}{wdp}(?P<mon>{_MON})\s*(?P<d>{_DAY}){yr}", _full_date, "md"),
        # 18 February 2025 / the 7th of May / a range of days in one month, dated by its first:
        # "2 and 3 May", "from 2 to 5 May", "12/13 May", "4-5 April"
        (rf"{wdp}(?:the{_WS})?(?:(?P<d0>{_DAY})\s*(?:[-–—/&]|{_WS}(?:and|to|until|till|through){_WS})\s*(?:the{_WS})?)?"
         rf"(?P<d>{_DAY})(?:{_WS}of)?{_WS}(?P<mon>{_MON}){yr}", _full_date, "dm"),
        (rf"(?<![\w.\-/])(?P<y>{_YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d\w]|-\d)", _iso_date, "iso"),
        # 02/04/2020, 2.4.2020: day first (British, European and Arab outlets) unless the
        # first number cannot be a month's day order ("04/22/2020" is April 22)
        (r"(?<![\w./-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/]|[.,]\d)", _numeric_date,
         "numeric"),
        # June 2025 / mid-May 2024 / May this year
        (rf"{_L}{mods}?(?P<mon>{_MON})(?:{_WS}of)?,?{_WS}{_YR_REF}", _month_year, "my"),
        (rf"{_L}(?P<m1>{_MON_FULL}){_R}\s*(?:-|–|—|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*(?P<m2>{_MON_FULL}){_R}"
         rf"(?:{_WS}(?P<d2>{_DAY}))?{yr}", _month_range, "mrange"),
        (rf"{_L}(?:{mods}|(?P<rel>[Ll]ast|[Tt]his|[Nn]ext){_WS})?(?P<mon>{_MON_FULL}){_R}", _bare_month, "month"),
        (rf"{_L}(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext){_WS})?(?P<wd>{_WD_FULL}){_R}"
         rf"(?:{_WS}(?:morning|afternoon|evening|night){_R})?", _weekday, "weekday"),
        (rf"{_L}(?:(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|the){_WS})?"
         rf"(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all){_R}(?:{_WS}(?:of{_WS})?(?P<y>{_YEAR}))?",
         _season, "season"),
        (rf"(?P<y1>{_YEAR})\s*[-–—/]\s*(?P<y2>{_YEAR}|\d\d(?!\d|[^\W\d_]))", _year_range, "yrange"),
        (rf"(?:(?<![\w-])[Mm]id-)?(?P<y>{_YEAR})", _bare_year, "year"),
        (rf"{_L}(?:[Tt]he{_WS})?(?:(?:early|mid|late)[- ])?(?:(?P<dec>1[89]\d0|20\d0)s|['’‘](?P<short>\d0)s)(?!\w)",
         _decade, "decade"),
        (rf"{_L}(?:[Tt]he{_WS})?(?:(?:early|mid|late)[- ])?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|[a-z]+(?:-(?:first|second))?)"
         rf"[- ][Cc]entury{_R}", _century, "century"),
        (rf"{_L}(?:[Tt]he{_WS})?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](?P<unit>quarter|half)"
         rf"{_WS}(?:of{_WS}|in{_WS})?{_YR_REF_THE}", _quarter, "quarter_ord"),
        (rf"(?<![\w-])(?:Q(?P<q>[1-4])|H(?P<h>[12])){_WS}(?:of{_WS})?{_YR_REF}", _quarter, "quarter_q"),
        (rf"(?<![\w-])(?P<y>{_YEAR}){_WS}(?:Q(?P<q>[1-4])|H(?P<h>[12]))(?!\w)(?P<yrel>)", _quarter, "quarter_yq"),
        (rf"{_L}(?:[Tt]he{_WS})?(?:(?P<h1>first(?:{_WS}(?:few|several|two|three|four|five|six))?{_WS}months|first{_WS}part"
         rf"|early{_WS}(?:part|months)|beginning|start|opening{_WS}months)"
         rf"|(?P<h2>last(?:{_WS}(?:few|several|two|three|four|five|six))?{_WS}months|latter{_WS}part|end|close|final{_WS}months)"
         rf"|(?P<mid>middle)){_WS}of{_WS}{_YR_REF_THE}", _year_part, "ypart"),
        (rf"{_L}(?:(?P<h1>[Ee]arly)|(?P<h2>[Ll]ate)|(?P<mid>[Mm]id))(?:{_WS}|-){_YR_REF}", _year_part, "ypart_early"),
        (rf"{_L}(?P<rel>[Ll]ast|[Tt]his{_WS}past|[Tt]his|[Nn]ext|[Ee]arlier{_WS}this|[Ll]ater{_WS}this){_WS}"
         rf"(?P<unit>week|weekend|month|year|decade|century){_R}",
         _relative_unit, "relunit"),
        # "the 8th of this month", "on the 3rd of last month": a day of the month counted from the news's
        (rf"{_L}(?:[Tt]he{_WS})?(?P<d>{_DAY}){_WS}of{_WS}(?P<rel>[Tt]his|[Ll]ast|[Nn]ext){_WS}month{_R}",
         _day_of_relative_month, "dayrelmonth"),
        (rf"{_L}(?:[Aa]t|[Oo]ver|[Dd]uring|[Ss]ince){_WS}(?P<x>the{_WS}weekend){_R}", _weekend, "weekend"),
        (rf"{_L}(?P<num>{_NUM}){_WS}(?P<unit>{_UNIT}){_WS}ago{_R}", _ago, "ago"),
        # "Three months have passed since ...", "It has been six years since ...": counted back like "ago"
        (rf"{_L}(?P<num>{_NUM}){_WS}(?P<unit>{_UNIT}){_WS}(?:have|has){_WS}(?:now{_WS})?"
         rf"(?:passed|elapsed|gone{_WS}by){_WS}since{_R}", _ago, "elapsed"),
        (rf"{_L}[Ii]t(?:{_WS}has|['’]s){_WS}(?:now{_WS})?been{_WS}(?:(?:almost|nearly|about|around|more{_WS}than|over"
         rf"|just{_WS}over|less{_WS}than){_WS})?(?P<num>{_NUM}){_WS}(?P<unit>{_UNIT}){_WS}since{_R}", _ago, "been_since"),
        # 15 Ramadan 1445 AH, the last ten days of Ramadan, Eid al-Adha (data/hijri_months.toml)
        (rf"{_L}(?:(?P<d>{_DAY})(?:{_WS}of)?{_WS})?(?P<hm>{_hijri_names()[1]}){_R}"
         rf"(?:,?{_WS}(?:(?P<hy>1[3-5]\d\d)(?!\d)(?:{_WS}?(?:AH|A\.H\.|H\.?|Hijri){_R})?|(?P<gy>{_YEAR})))?", _hijri, "hijri"),
        (rf"{_L}(?P<x>[Yy]ears|[Dd]ecades|[Mm]onths|[Ww]eeks){_WS}ago{_R}(?P<num>)(?P<unit>)",
         _vague_ago, "vague_ago"),
        (rf"{_L}[Tt]he{_WS}(?P<dir>last|past|next|coming|previous){_WS}(?:(?P<num>{_NUM}){_WS})?(?P<unit>{_UNIT}){_R}",
         _duration_the, "dur_the"),
        (rf"{_L}(?P<trig>[Ff]or|[Oo]ver|[Ww]ithin|[Dd]uring|[Ii]n|[Aa]fter|lasted|lasting|lasts|spent|took){_WS}(?P<x>(?:(?P<approx>more{_WS}than|less{_WS}than|"
         rf"nearly|almost|about|around|over|at{_WS}least|up{_WS}to){_WS})?(?:(?P<num>{_NUM}){_WS})?(?P<unit>{_UNIT})){_R}",
         _duration_trig, "dur_trig"),
        # "four decades of Gaddafi", "two years of war"
        (rf"{_L}(?P<x>(?P<num>(?i:\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         rf"fifteen|twenty|thirty|forty|fifty)){_WS}(?P<unit>{_UNIT})){_WS}of{_R}(?P<trig>)(?P<approx>)",
         _duration_trig, "dur_of"),
        # "Nearly a decade of division has ...": one unit with a bound, opening a noun phrase
        (rf"{_L}(?P<x>(?P<approx>[Mm]ore{_WS}than|[Nn]early|[Aa]lmost|[Oo]ver|[Aa]bout|[Ss]ome){_WS}"
         rf"(?P<num>[Aa]n?|[Oo]ne){_WS}(?P<unit>decade|year)){_WS}of{_R}(?P<trig>)", _duration_trig, "dur_of_a"),
        (rf"{_L}[Oo]ver{_WS}(?P<x>the{_WS}years){_R}", _over_years, "over_years"),
        (rf"{_L}(?:[Tt]he{_WS}day{_WS}before{_WS}yesterday|[Tt]he{_WS}day{_WS}after{_WS}tomorrow"
         rf"|(?:[Ee]arlier|[Ll]ater){_WS}today|(?:[Yy]esterday|[Tt]his|[Tt]omorrow){_WS}(?:morning|afternoon|evening)"
         rf"|[Ll]ast{_WS}night|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?![\w-])", _deictic, "deictic"),
        (rf"{_L}(?:[Nn]ow|[Cc]urrently|[Nn]owadays|[Aa]t{_WS}present|[Tt]hese{_WS}days|[Rr]ecently|[Ll]ately|[Ss]oon"
         rf"|(?:recent|previous|past){_WS}(?:years|months|weeks|decades)|the{_WS}past"
         rf"|the{_WS}(?:near{_WS}|distant{_WS})?future)(?![\w-])", _ref_word, "refword"),
        # "the previous day", "later that week" (data/anaphora.toml), "two days later"
        (vocab.phrase_pattern("anaphora", "phrases").pattern, _anaphor, "anaphor"),
        (rf"{_L}(?P<num>{_NUM}){_WS}(?P<unit>hours?|days?|weeks?|months?|years?){_WS}"
         rf"(?P<dir>later|earlier|afterwards|after|before){_R}", _anaphor_count, "anaphor_n"),
        # "since June 2014, the year the war for Benghazi began": the year of the date it is set beside
        (rf"(?<=\d, )[Tt]he{_WS}year(?={_WS}(?:that{_WS}|when{_WS})?(?:the{_WS})?[^\W\d_][\w-]*{_WS}[a-z])",
         _year_apposed, "year_appos"),
        # "since February 2022, when parliament named a rival premier": the date it is set beside
        (r"(?<=, )when(?=[ \t\u00a0]+[^\W\d_])", _when_apposed, "when_appos"),
        # "chaos since an uprising toppled Gaddafi": the year the page gives that event elsewhere
        (rf"(?<![\w-])[Ss]ince{_WS}(?:an|the|a){_WS}(?P<noun>{_alternation(vocab.words('anaphora', 'since_named_events'))})(?![\w-])",
         _since_named, "since_named"),
        # "a team that arrived days after the floods": a few days from an event the page told
        (rf"(?<![\w-])(?:(?:[Aa]{_WS}few|[Ss]everal|[Jj]ust|[Oo]nly|[Mm]ere){_WS})?(?P<unit>[Dd]ays|[Hh]ours){_WS}(?P<dir>after|before){_R}",
         _few_days, "anaphor_few"),
    ]
    return {name: (re.compile(p, re.IGNORECASE) if name == "anaphor" else re.compile(p), h) for p, h, name in raw}


@lru_cache(maxsize=1)
def _compiled() -> dict[str, _Rule]:
    return _rules()


# A fast first pass finds the words that can anchor an expression; each wakes up only the
# rules that could contain it, run on a short stretch around it.  This keeps the cost near
# one scan of the text however many rules the grammar has.
_UNIT_RULES = ("ago", "elapsed", "been_since", "dur_the", "dur_trig", "dur_of", "dur_of_a")
_ROUTES: dict[str, tuple[str, ...]] = {
    **{w: ("md", "dm", "my", "mrange", "month", "wdparen") for w in _MONTHS},
    **{w: ("weekday",) for w in _WEEKDAYS if len(w) > 5},
    **{w: ("season",) for w in _SEASONS},
    "year": ("relunit", "ypart", "ypart_early", "quarter_ord", "year_appos", *_UNIT_RULES),
    "years": ("vague_ago", "over_years", *_UNIT_RULES),
    "week": ("relunit", *_UNIT_RULES), "month": ("relunit", "dayrelmonth", *_UNIT_RULES),
    "weeks": ("vague_ago", *_UNIT_RULES), "months": ("vague_ago", *_UNIT_RULES),
    "weekend": ("relunit", "weekend"),
    "day": ("deictic", *_UNIT_RULES), "days": ("refword", *_UNIT_RULES),
    "hour": _UNIT_RULES, "hours": _UNIT_RULES, "fortnight": _UNIT_RULES, "fortnights": _UNIT_RULES,
    "decade": ("relunit", *_UNIT_RULES), "decades": ("vague_ago", *_UNIT_RULES),
    "century": ("century", "relunit", *_UNIT_RULES), "centuries": _UNIT_RULES,
    **{w: ("deictic",) for w in "yesterday today tomorrow tonight night morning afternoon evening".split()},
    **{w: ("refword",) for w in "now currently nowadays present lately recently soon future".split()},
    "past": ("refword", "dur_the"), "recent": ("refword",), "previous": ("refword", "dur_the"),
}
# A Hijri month or feast wakes on its name's first part ("Ramadan", "Dhu" of "Dhu al-Hijjah").
for _entry in vocab.entries("hijri_months"):
    for _n in _entry["names"]:
        _first = re.split(r"[\s'’‘`-]+", _n)[0].lower()
        _ROUTES[_first] = tuple(dict.fromkeys((*_ROUTES.get(_first, ()), "hijri")))
# Anaphoric phrases wake on their last word, or on their longest when the last is too short
# to be found ("from this point on" wakes on "point"); counted ones ("two days later") on the last.
for _phrase in _anaphora():
    _words = _phrase.split()
    _last = _words[-1] if len(_words[-1]) >= 3 else max(_words, key=len)
    if len(_last) >= 3:
        _ROUTES[_last] = tuple(dict.fromkeys((*_ROUTES.get(_last, ()), "anaphor")))
for _last in ("later", "earlier", "afterwards", "after", "before"):
    _ROUTES[_last] = tuple(dict.fromkeys((*_ROUTES.get(_last, ()), "anaphor_n")))
for _last in ("after", "before"):
    _ROUTES[_last] = tuple(dict.fromkeys((*_ROUTES.get(_last, ()), "anaphor_few")))
_ROUTES["when"] = ("when_appos",)
for _last in vocab.words("anaphora", "since_named_events"):
    _ROUTES[_last] = tuple(dict.fromkeys((*_ROUTES.get(_last, ()), "since_named")))
_CAPITALISED = frozenset(w for w in _ROUTES if w in _MONTHS or w in _WEEKDAYS)
_WORD_RE = lazy_compile(r"[a-z]{3,}")
_NUMBER_RE = lazy_compile(r"\d{4}|['’‘]\d0s|(?<![\w-])[QH][1-4](?!\w)")
_BEFORE, _AFTER = 32, 24  # how far an expression may reach around its trigger word


def _year_routes(text: str, start: int, end: int) -> list[str]:
    routes = ["year"]
    nxt = text[end:end + 4]
    if nxt[:1] == "-":
        routes.append("iso")
    if nxt[:1] in "-–—/" or nxt[1:2] in "-–—/":
        routes.append("yrange")
    if nxt[:1] == "s":
        routes.append("decade")
    if text[start - 1:start] in ("/", ".") and text[start - 2:start - 1].isdigit():
        routes.append("numeric")
    if "Q" in nxt or "H" in nxt:
        routes.append("quarter_yq")
    before = text[max(0, start - _BEFORE):start].lower()
    if "of " in before or "in " in before or "quarter" in before or "half" in before:
        routes += ("ypart", "quarter_ord")
    if before.endswith(("early ", "late ", "mid-", "mid ")):
        routes.append("ypart_early")
    return routes


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule to run, the merged stretches of text around its trigger words."""
    n = len(text)
    hits: list[tuple[int, int, tuple[str, ...] | list[str]]] = []
    low = text.lower()
    for word in set(_WORD_RE.findall(low)).intersection(_ROUTES):
        size = len(word)
        routes = _ROUTES[word]
        capital = word in _CAPITALISED
        i = low.find(word)
        while i >= 0:
            j = i + size
            if ((i == 0 or not low[i - 1].isalpha()) and (j >= n or not low[j].isalpha())
                    and (not capital or text[i].isupper())):
                hits.append((i, j, routes))
            i = low.find(word, j)
    for m in _NUMBER_RE.finditer(text):
        word = m.group()
        if word[0].isdigit():
            if 1800 <= int(word) <= 2099:
                hits.append((m.start(), m.end(), _year_routes(text, m.start(), m.end())))
        elif word[0] in "QH":
            hits.append((m.start(), m.end(), ("quarter_q",)))
        else:
            hits.append((m.start(), m.end(), ("decade",)))
    hits.sort(key=lambda h: h[0])
    spans: dict[str, list[tuple[int, int]]] = {}
    for start, end, routes in hits:
        lo = max(0, start - _BEFORE)
        hi = min(n, end + _AFTER)
        while hi < n and not text[hi].isspace() and hi < end + 2 * _AFTER:
            hi += 1
        for rule in routes:
            windows = spans.setdefault(rule, [])
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
    return spans


# ---------------------------------------------------------------------------
# Public API


def extract_dates(text: str, ref: datetime.date | None = None,
                  ignore: Sequence[tuple[int, int]] = (), around: bool = False,
                  ref_end: datetime.date | None = None, clauses: bool = False) -> list[TimeExpr]:
    """Temporal expressions of `text`, in order, resolved against `ref` (publication date).

    Anaphoric ones ("the previous day", "two days later") count from the time the narrative
    has reached.  Expressions inside the `ignore` spans (sorted (start, end) pairs: captions,
    page chrome) are left out, and the narrative's time does not move to them.  With
    `around`, `ref` is not a publication date but a date the page shows (a photo's, an
    embedded post's): a bare weekday is the nearest such day on either side of it.  With
    `ref_end`, the publication is known only as the span ref..ref_end (a month, a year): a day
    or month written without its year is placed by the span, in its year when the span holds it.
    With `clauses`, a "when" set beside a date is given too, with that date (`when_appos`): no
    expression of time itself, but what dates the clause it opens (timeline.dated_clauses).

    >>> [(e.text, e.value) for e in extract_dates(
    ...     "On Tuesday (May 7) Meloni met Haftar; the group was launched last summer.",
    ...     datetime.date(2024, 5, 8))]
    [('Tuesday (May 7)', '2024-05-07'), ('last summer', '2023-SU')]
    """
    if isinstance(ref, datetime.datetime):
        ref = ref.date()
    ctx = _Ctx(text, ref, around, ref_end)
    rules = _compiled()
    cands: set[_Cand] = set()
    for rule, windows in _windows(text).items():
        pattern, handler = rules[rule]
        for lo, hi in windows:
            for m in pattern.finditer(text, lo, hi):
                cands.update(handler(m, ctx))
    # Longest first, then leftmost; `starts`/`ends` stay sorted as chosen spans never overlap.
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Cand] = []
    # Ties are broken by the whole candidate: a set's order changes with the hash seed, and two
    # readings of one span (stated or relative) must not take turns from one run to the next.
    for cand in sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2], c)):
        s, e = cand[0], cand[1]
        i = bisect.bisect_right(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(cand)
    chosen.sort()
    if ignore:
        lows = [lo for lo, _ in ignore]
        chosen = [c for c in chosen if not (
            (i := bisect.bisect_right(lows, c[0]) - 1) >= 0 and ignore[i][0] <= c[0] < ignore[i][1])]
    chosen = _resolve_narrative(text, chosen, ref)
    return [TimeExpr(s, e, text[s:e], v, p, r) for s, e, v, p, r in chosen
            if clauses or text[s:e] != "when"]


def _date_bounds_season(year: int, code: str) -> tuple[_Date, _Date]:
    if code == "WI":
        return _Date(year, 12, 1), _Date(year + 1, 3, 1) - datetime.timedelta(days=1)
    first = {"SP": 3, "SU": 6, "FA": 9}[code]
    return _Date(year, first, 1), _Date(year, first + 3, 1) - datetime.timedelta(days=1)


def _month_end(year: int, month: int) -> _Date:
    y, m = _ym_add(year, month, 1)
    return _Date(y, m, 1) - datetime.timedelta(days=1)


_VALUE_RE = lazy_compile(
    r"(?P<y>\d{4})(?:-(?:(?P<mo>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])))?"
    r"|(?P<dec>\d{3})X|(?P<cent>\d\d)(?:XX)?"
)


@lru_cache(maxsize=65536)
def date_bounds(value: str) -> tuple[datetime.date, datetime.date] | None:
    """First and last day covered by a TIMEX3 value ("2024-W20", "2023-SU", "201X", "2025-02"...); None for *_REF and durations."""
    m = _VALUE_RE.fullmatch(value.strip()) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        if m.group("dec"):
            decade = int(m.group("dec")) * 10
            return _Date(max(decade, 1), 1, 1), _Date(decade + 9, 12, 31)
        if m.group("cent"):
            c = int(m.group("cent")) * 100
            return _Date(max(c, 1), 1, 1), _Date(c + 99, 12, 31)
        y = int(m.group("y"))
        if m.group("d"):
            day = _Date(y, int(m.group("mo")), int(m.group("d")))
            return day, day
        if m.group("mo"):
            mo = int(m.group("mo"))
            return _Date(y, mo, 1), _month_end(y, mo)
        if m.group("w"):
            w = int(m.group("w"))
            if m.group("we"):
                return _Date.fromisocalendar(y, w, 6), _Date.fromisocalendar(y, w, 7)
            return _Date.fromisocalendar(y, w, 1), _Date.fromisocalendar(y, w, 7)
        if m.group("s"):
            return _date_bounds_season(y, m.group("s"))
        if m.group("q"):
            q = int(m.group("q"))
            return _Date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m.group("h"):
            h = int(m.group("h"))
            return _Date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if y == 0:
            return None
        return _Date(y, 1, 1), _Date(y, 12, 31)
    except ValueError:
        return None


_ISO_PARTIAL = lazy_compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*")
# A day with a time of day, as sites and scrapers write a timestamp ("2025-11-21T01:30:00",
# "2025-11-21 01:30:00+02:00", "...Z"): the article's day is the one written, whatever the zone.
_ISO_STAMP = lazy_compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
                        r"\s*(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?\s*")


def parse_iso_partial(value: str) -> str | None:
    """Normalise "2025", "2025-2", "2025-02", "2025-02-18" (also a datetime.date / YAML date, or a day with a time of day: "2025-02-18T09:30:00Z" is "2025-02-18") to ISO at its own precision; None if invalid (e.g. "2025-13-45")."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    m = _ISO_PARTIAL.fullmatch(value) or _ISO_STAMP.fullmatch(value)
    if m is None:
        return None
    year, month, day = m.groups()
    if int(year) == 0:
        return None
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return f"{year}-{int(month):02d}"
    if _safe_date(int(year), int(month), int(day)) is None:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}"


@lru_cache(maxsize=256)
def _dateparser_day(phrase: str, today: _Date) -> _Date | None:
    import dateparser  # deferred: slow import, needed only for unusual user input

    base = datetime.datetime(today.year, today.month, today.day, 12, 0)
    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False},
    )
    return parsed.date() if parsed else None


def parse_bound(text: str, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Interpret a user's --since/--until value ("2024", "2024-05", "May 2024", "2024-05-07", "last year", "yesterday") as the span of days it names; raise ValueError("...clear message...") when it cannot be parsed or is impossible ("2025-13-45")."""
    phrase = " ".join(str(text).split())
    if not phrase:
        raise ValueError("empty date: give e.g. 2024, 2024-05, 'May 2024', 2024-05-07 or 'last year'")
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", phrase)
    if m:
        iso = parse_iso_partial(phrase)
        if iso is None:
            raise ValueError(f"impossible date {phrase!r}: month must be 1-12 and the day must exist in that month")
        bounds = date_bounds(iso)
        assert bounds is not None
        return bounds
    if re.fullmatch(r"\d{1,3}|\d{5,}", phrase):  # "24" would be the years 2400-2499
        raise ValueError(f"{phrase!r} is not a year: write the year in full, e.g. 2024")
    month = _MONTHS.get(phrase.rstrip(".").lower())
    if month is not None:  # a bare month is that whole month, its latest one not after today
        year = today.year if month <= today.month else today.year - 1
        return date_bounds(f"{year}-{month:02d}")  # type: ignore[return-value]
    bounds = date_bounds(phrase)
    if bounds is not None:
        return bounds
    found = [e for e in extract_dates(phrase, today) if e.precision not in ("ref", "duration")]
    # The expression must be the whole value, give or take a filler word: "in 2024" is 2024,
    # "Q5 2024" is not.
    rest = phrase[: found[0].start] + " " + phrase[found[0].end :] if len(found) == 1 else phrase
    if len(found) == 1 and re.fullmatch(r"[\s,.]*(?:(?:in|of|the|during|on)\b[\s,.]*)*", rest, re.IGNORECASE):
        bounds = date_bounds(found[0].value)
        if bounds is not None:
            return bounds
    if re.search(r"[A-Za-z]{3}", phrase) and not re.search(r"\d{5}|[£$€%]", phrase):
        day = _dateparser_day(phrase, today)
        if day is not None:
            return day, day
    raise ValueError(
        f"cannot read {phrase!r} as a date: give e.g. 2024, 2024-05, 'May 2024', 2024-05-07, "
        "'last year' or 'yesterday'"
    )


def parse_dateline(line: str) -> str | None:
    """If the whole line is one absolute calendar date (optionally with weekday, e.g. "December 7, 2025", "Sunday, March 22, 2026", "7 Dec 2025", "2025-12-07"), return its ISO value, else None."""
    stripped = line.strip().rstrip(".")
    if not stripped or len(stripped) > 60:
        return None
    found = extract_dates(stripped)
    if len(found) != 1:
        return None
    expr = found[0]
    if expr.start != 0 or expr.end != len(stripped) or expr.precision != "day" or expr.relative:
        return None
    return expr.value
