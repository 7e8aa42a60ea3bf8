"""Text primitives shared by every stage: folding, tokens with offsets, stop words.

Folding is the one definition of "the same word" in libyadesk: case-insensitive and
diacritic-insensitive (Vyčítal = vycital, Łukašenka = lukasenka), with typographic
apostrophes unified.  The index, the query parser and the name-variant keys all go
through `fold`, so they can never disagree.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .models import Row
from .patterns import lazy_compile

# Letters that NFKD does not decompose into base + combining mark.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    }
)

# A token is a run of letters/digits, allowing inner apostrophes and hyphens are split.
WORD_RE = lazy_compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)  # a word, with inner apostrophes

# Terminal escape sequences and C0/C1 controls: removed from whatever reaches a terminal or a file.
_ANSI_ESCAPE = lazy_compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = lazy_compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Text without terminal escape sequences and C0/C1 control characters (newlines and tabs kept).

    >>> strip_controls("a\\x1b]0;owned\\x07b\\x9bc\\td")
    'abc\\td'
    """
    if "\x1b" in text:  # every escape sequence starts with one
        text = _ANSI_ESCAPE.sub("", text)
    # Most texts hold no control character: a printable text less its line breaks and tabs has
    # none, checked in C at a fraction of what the pattern costs trying every position.
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return _CONTROL.sub("", text)


STOP_WORDS = frozenset(
    """
    a an and are as at be been but by for from had has have he her his i if in into is it
    its of on or our she so than that the their them then there these they this those to
    was we were what when where which while who whom why will with would you your not no
    also about after before over under up out can could should may might must do does did
    s t all any some such only own same too very just more most other
    """.split()
)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Return the search form of a word: lower case, no diacritics.

    >>> fold("Vyčítal"), fold("Łukašenka"), fold("Haftar’s")
    ('vycital', 'lukasenka', "haftar's")
    """
    if word.isascii():
        # NFKD leaves ASCII as it is and casefold is lower; of the extra folds only the backtick is ASCII.
        return word.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", word.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


class Token(Row):
    """A word of a text: its folded form and where it stands."""

    __slots__ = ()
    _fields = ("term", "start", "end")
    term: str
    start: int
    end: int

    def __new__(cls, term: str, start: int, end: int) -> Token:
        return tuple.__new__(cls, (term, start, end))


@lru_cache(maxsize=262144)
def word_term(word: str) -> str:
    """The index term of a word as written: folded, without a possessive or apostrophes."""
    term = fold(word)
    if term.endswith("'s"):
        term = term[:-2]
    return term.replace("'", "")


def tokenize(text: str) -> list[Token]:
    """Split text into folded word tokens with character offsets.

    Possessive endings are dropped from the term ("Haftar's" -> "haftar") but kept in the span.

    >>> [t.term for t in tokenize("Haftar’s LNA, 2025!")]
    ['haftar', 'lna', '2025']
    """
    tokens = []
    append = tokens.append
    for match in WORD_RE.finditer(text):
        term = word_term(match.group())
        if term:
            append(Token(term, match.start(), match.end()))
    return tokens


def terms(text: str) -> list[str]:
    """Return the folded terms of a text, in order.

    >>> terms("Frontex, the EU's border agency")
    ['frontex', 'the', 'eu', 'border', 'agency']
    """
    return [t.term for t in tokenize(text)]


_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr eng prof gen lt col maj capt cpt sgt adm brig cmdr cdr gov sen rep pres st jr sr
    no nos vs etc inc ltd co corp dept est approx fig al eg ie cf vol pp op
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft
    """.split()
)


@lru_cache(maxsize=None)
def _sentence_patterns() -> tuple[re.Pattern[str], ...]:
    """The sentence splitter's patterns, compiled when first needed: a warm search never splits."""
    # Candidate ends: sentence punctuation, optional closing quotes/brackets, then space.
    # The lookbehind (no stop before the first) and possessive quantifiers keep a long run of
    # dots linear, not quadratic; the lookbehind comes after the first stop, so the engine skips
    # ahead to a stop instead of trying every position (split_sentences took 45% less).
    boundary = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]*+(?=\s)")
    # A social post's hashtag after a stop opens a sentence of its own ("... public money. #Prosecution").
    next_start = re.compile(r"\s+[\"'“‘(\[#]*[A-Z0-9\u00C0-\u024F]")
    # A stop with no space after it, between a lower-case word and a capitalised one, still ends a
    # sentence in copies whose paragraphs were glued together ("...for safety.The mission said").
    glued = re.compile(r"(?<![^\W\d_]\.)(?<=[a-z]{2})[.!?][\"”’)]?(?=[\"“‘]?[A-Z][a-z])")
    # What every glued match is part of; the stop comes first (the letter before it is a lookbehind),
    # so the engine skips ahead to a stop instead of trying every lower-case letter of the text.
    glued_shape = re.compile(r"[.!?](?<=[a-z][.!?])[\"”’)]?[\"“‘]?[A-Z][a-z]")
    line = re.compile(r"[^\n]+")
    word_before = re.compile(r"([\w.]+)$")
    return boundary, next_start, glued, glued_shape, line, word_before


_NO_ENDS: frozenset[int] = frozenset()
_match_start = operator.methodcaller("start")


def is_abbreviation(chunk: str) -> bool:
    """Whether the text before a period ends in an abbreviation or an initial."""
    # The word cannot hold a space: searching from the last one spares trying every position.
    match = _sentence_patterns()[5].search(chunk, chunk.rfind(" ") + 1)
    if not match:
        return False
    word = match.group(1)
    if "." in word:  # U.S, U.N, e.g: initialisms keep their dots
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return True
    return word.casefold() in _ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of a text; line breaks always end one.

    >>> t = "Dr. Longden met Gen. Haftar in the U.S. on Monday. Growth was 1.5 per cent."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Dr. Longden met Gen. Haftar in the U.S. on Monday.', 'Growth was 1.5 per cent.']
    """
    spans: list[tuple[int, int]] = []
    boundary, next_start, glued_end, glued_shape, lines, _ = _sentence_patterns()
    # Most texts have no glued stop at all: one scan of the whole text for its cheap shape
    # spares the lookbehinds of glued_end on every line (they were a fifth of a first build).
    maybe_glued = glued_shape.search(text) is not None
    for line in lines.finditer(text):
        base, chunk = line.start(), line.group()
        start = 0
        if maybe_glued:
            glued = {m.end() for m in glued_end.finditer(chunk)
                     if not chunk[max(0, m.start() - 4):m.start()].endswith("www")}
            candidates: Iterable[re.Match[str]] = sorted(
                (*boundary.finditer(chunk), *(glued_end.finditer(chunk) if glued else ())), key=_match_start)
        else:
            glued, candidates = _NO_ENDS, boundary.finditer(chunk)
        for match in candidates:
            end = match.end()
            if end not in glued and not next_start.match(chunk, end):
                continue
            if end - match.start() == 1 and chunk[match.start()] == ".":
                # Only the word before the period matters: a bounded window keeps this linear.
                if is_abbreviation(chunk[max(start, match.start() - 128):match.start()]):
                    continue
            _append_span(spans, chunk, base, start, end)
            start = end
        _append_span(spans, chunk, base, start, len(chunk))
    return spans


def _append_span(spans: list[tuple[int, int]], chunk: str, base: int, start: int, end: int) -> None:
    piece = chunk[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    if end - trail > start + lead:
        spans.append((base + start + lead, base + end - trail))


# --- first-word prefilters for case-blind patterns searched in a window ----------------------
#
# Patterns such as "a title ending before a name" or "a cue word before a date" are searched in
# a window of some 50-80 characters before a point, and most windows hold none of the words a
# match would begin with: a large case-blind alternation tried at every character of the window
# is slow.  A window's runs of letters a-z, lower case, hold every such word a match holds whole
# (bounded by \b or a non-letter in the pattern), so a window holding none of a pattern's first
# words need not be searched.  Case-blind, re matches an ASCII letter of a pattern with four
# letters outside ASCII as well (İ ı ſ K, re's documentation; the only ones, checked over every
# code point): a window holding one of them is searched as before.
_LETTER_RUN = lazy_compile(r"[a-z]+")
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def letter_runs(text: str, lo: int, hi: int) -> frozenset[str] | None:
    """The runs of letters a-z of text[lo:hi] in lower case; None when the window holds a letter that
    case-blind matching takes for an ASCII one (no prefilter then).

    >>> sorted(letter_runs("Forces loyal to Haftar's", 0, 24))
    ['forces', 'haftar', 'loyal', 's', 'to']
    """
    window = text[lo:hi]
    if not window.isascii() and not _FOLDS_TO_ASCII.isdisjoint(window):
        return None
    return frozenset(_LETTER_RUN.findall(window.lower()))


def first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The leading letters a-z of each phrase, lower case: one of them begins any match of a case-blind
    alternation of the phrases (None when a phrase begins otherwise: no prefilter).

    >>> sorted(first_words(["starting in", "Ever since", "co-chaired by"]))
    ['co', 'ever', 'starting']
    """
    out = set()
    for phrase in phrases:
        m = _LETTER_RUN.match(phrase.lower())
        if m is None:
            return None
        out.add(m.group())
    return frozenset(out)


def may_match(keys: frozenset[str] | None, text: str, lo: int, hi: int) -> bool:
    """Whether a pattern one of whose `keys` (first_words) begins every match may match in text[lo:hi]."""
    if keys is None:
        return True
    runs = letter_runs(text, lo, hi)
    return runs is None or not keys.isdisjoint(runs)
