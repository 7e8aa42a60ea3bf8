"""Which sentences of an article are its prose, and which are the page around it.

The loader (corpus.py) removes boilerplate by line shape; what survives it still holds
page chrome that a timeline must not date: site notices and bylines, counters, photo
captions and their credits, repeated headlines, link lists and datelines.  A sentence is
judged here by its own shape and by the few lines around it, never by the site it comes
from: the vocabularies are data (data/chrome.toml, data/captions.toml).

The judgement is per sentence and cheap (a few regex searches), so it runs on every
sentence that carries a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice
from typing import Any

from . import vocab
from .models import Sentence
from .patterns import lazy_compile

# Title Case words that a headline leaves in lower case.
_FUNCTION_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with vs via after over amid than".split()
)
_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_LOWER_WORD = lazy_compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")
# A line of its own that only credits a picture: "Photo: AFP", "Credit: Jane Roe/Reuters".
_CREDIT_LINE_WORDS = 8
_CAPTION_LINE_WORDS = 80  # words of a caption's line at most (a wire's caption runs to 60)
_CAPTION_LINE_SENTENCES = 2  # ... and sentences: a paragraph of three is prose
# A sentence that ends as prose does; headlines, standfirsts and labels have no final stop.
TERMINAL = lazy_compile(r"[.!?][\"”’'»)\]]*\s*$")
# Standfirsts sit under the headline, in the first few hundred characters of a page.
STANDFIRST_ZONE = 600
# An item of a bulleted list is the list's prose, not a deck, even without a final stop.
_BULLET = lazy_compile(r"^\s*[-•*–]\s")
# "Archive" lines some stored copies begin with ("date 2024-05-07"): not the article's text.
ARCHIVE_DATE = lazy_compile(r"^\s*date\s+\d{4}-\d\d(?:-\d\d)?\b[\s:|–—-]*", re.IGNORECASE)


@lru_cache(maxsize=None)
def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    # A phrase ending in a letter ends at a word's end ("correction", not "Correctional officers said");
    # one ending in a sign ("read:", "©") may run on into the next word.
    starts = vocab.phrase_pattern(name, "starts", prefix=r"^[\W_]*", suffix=r"(?:(?<=\W)|(?!\w))")
    contains = vocab.phrase_pattern(name, "contains", suffix=r"(?:(?<=\W)|(?!\w))")
    extra = tuple(re.compile(e["pattern"], re.IGNORECASE) for e in vocab.entries(name) if "pattern" in e)
    return starts, contains, extra


@lru_cache(maxsize=4096)
def _listed(name: str, text: str) -> bool:
    # Cached: the line around each sentence is asked about once per sentence it holds.
    starts, contains, extra = _patterns(name)
    return bool(starts.search(text) or contains.search(text) or any(p.search(text) for p in extra))


def is_chrome(text: str) -> bool:
    """Whether a sentence is page chrome (data/chrome.toml): notices, bylines, counters, link prompts.

    >>> is_chrome("Sign up for our newsletter"), is_chrome("The minister signed the deal on Monday.")
    (True, False)
    """
    return _listed("chrome", text)


def is_credit(text: str) -> bool:
    """Whether a sentence holds a photo credit or opens as a caption does (data/captions.toml)."""
    return _listed("captions", text)


def is_headline(text: str) -> bool:
    """Whether a sentence is set in Title Case, as headlines and link lists are.

    >>> is_headline("Rival Forces Agree to Truce in Southern Tripoli")
    True
    >>> is_headline("Rival forces agreed to a truce in southern Tripoli on Monday.")
    False
    """
    content = [w for w in _WORD.findall(text) if w.lower() not in _FUNCTION_WORDS]
    if len(content) < 4:
        return False
    capitals = sum(1 for w in content if w[0].isupper())
    return capitals >= 0.8 * len(content)


def prose_words(text: str) -> int:
    """How many lower-case words a stretch of text has: prose has verbs and function words, datelines and credits few."""
    return len(_LOWER_WORD.findall(text))


_NOT_WORD_OR_SPACE = lazy_compile(r"[^\w\s]")


def _normal(text: str) -> str:
    return " ".join(_NOT_WORD_OR_SPACE.sub(" ", text.lower()).split())


def _line_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The line holding text[start:end], and the next non-empty line."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    # The next line found in place: a copy of the rest of the text for every sentence would
    # make a long page quadratic.
    k = hi
    while k < len(text) and text[k] == "\n":
        k += 1
    stop = text.find("\n", k)
    return text[lo:hi], text[k:stop if stop >= 0 else len(text)]


def _last_answer(compute: Any) -> Any:
    """Remember the last answer, for the same text, sentence list and title objects: the passes
    over one document (its mentions, its dates) ask in turn.  The answer is only read."""
    last: list = [None, None, None, None]

    def cached(text: str, sentences: Sequence[Sentence], title: str | None = None) -> dict[int, str]:
        if last[0] is text and last[1] is sentences and last[2] == title and last[3] is not None:
            return last[3]
        last[:] = [text, sentences, title, None]
        last[3] = cached.__wrapped__(text, sentences, title)  # type: ignore[attr-defined]
        return last[3]

    cached.__doc__ = compute.__doc__
    cached.__wrapped__ = compute  # type: ignore[attr-defined]
    return cached


@_last_answer
def not_prose(text: str, sentences: Sequence[Sentence], title: str | None = None) -> dict[int, str]:
    """The sentences of a document that are not article prose, by index, with the reason.

    Reasons: `chrome`, `caption` (the sentence, its line or the short line after it credits
    a picture), `headline` (without a final stop: Title Case, or the document's title
    again; a prose sentence full of names is not a headline, and a loader that takes an
    untitled article's first line as its title must not lose the lead), `repeated` (the
    same sentence earlier in the document: captions and pull quotes printed twice), `standfirst`
    (a deck or summary over the article; one printed again as the body's first lines is marked
    at the top, and the body's copy is the prose).
    """
    out: dict[int, str] = {}
    seen: set[str] = set()
    heading = _normal(title) if title else ""
    comments = prose_seen = False
    for s in sentences:
        body = ARCHIVE_DATE.sub("", s.text)
        key = _normal(body)
        if not key:
            continue
        if comments or (prose_seen and opens_comments(body) and _own_line(text, s)):
            # The readers' comments run to the end of the page: nothing after their heading
            # is the article's.  Only after the article's prose, as corpus.clean_lines cuts
            # them: a count of comments under the headline ("Comments (3)") opens nothing.
            comments = True
            out[s.index] = "chrome"
        elif is_chrome(body) or (out.get(s.index - 1) == "chrome" and _same_line(text, s)) or (
                _BAR.search(body) and not TERMINAL.search(body) and _own_line(text, s) and not _dated_entry(body)):
            # (A line of fields set apart by bars is a page's metadata, never a sentence:
            # "Libya: Gunmen storm the ministry - 12 June 2024 | Tune Wire", "Tripoli | 12/06/2024".
            # Not a chronology's entry: a date alone, the bar, a statement.)
            # A notice goes on to the end of its paragraph ("This story has been corrected.
            # An earlier version said ...").
            out[s.index] = "chrome"
        elif is_credit(body) or _caption_line(text, s) or _picture_line(text, s):
            out[s.index] = "caption"
        elif (not TERMINAL.search(body) and (is_headline(body) or (heading and (
                key == heading or (len(key) > 30 and heading.startswith(key)))))) or (
                key == heading and _ASKS.search(body)):
            # (A headline may ask: "Who holds the keys?"; a lead that repeats the title
            # word for word and asks is the headline printed again.)
            out[s.index] = "headline"
        elif s.start < STANDFIRST_ZONE and not TERMINAL.search(body) and not _BULLET.match(body) \
                and _followed_by_a_new_sentence(text, s):
            # A standfirst or deck: a full statement set under the headline without a final
            # stop.  (A sentence cut by a line break goes on in lower case; the excerpt's
            # last, cut-off sentence has nothing after it.)
            out[s.index] = "standfirst"
        elif key in seen:
            out[s.index] = "repeated"
        seen.add(key)
        prose_seen = prose_seen or s.index not in out
    # A deck: the page's first prose sentence set as a paragraph of its own under the
    # headline and followed by a picture's caption or another line that is not prose.  It
    # sums up the article; the lead comes after the picture.
    first = next((s for s in sentences if s.index not in out), None)
    if (first is not None and first.index + 1 in out and first.start < STANDFIRST_ZONE and _own_paragraph(text, first)
            and _undated_summary(first.text)):
        out[first.index] = "standfirst"
    for i in _restated_summaries(text, sentences, out):
        out[i] = "standfirst"
    for top, echo in _printed_twice(text, sentences, out):
        out[top] = "standfirst"
        out.pop(echo, None)
    return out


# --- a standfirst printed again as the body's first lines ---------------------------------------

# The page's opening block is at most this many sentences (a summary, a deck and a quote under it):
# a longer stretch printed twice is the article itself, and its first copy stays.
ECHO_BLOCK = 8
# A dateline set before the body's copy ("TUNIS (Reuters) -", "GENEVA (14 February 2025) –") is a
# few words; more before it is another sentence.
ECHO_PREFIX_WORDS = 8
# Near-verbatim: the copy differs in a word or two (a comma, "the", a capital) of a long sentence.
ECHO_SIMILARITY = 0.9
ECHO_MIN_WORDS = 5
ECHO_LONGEST = 800
# Reasons a sentence of the block, or its copy, may already have: a standfirst by its shape or by
# _restated_summaries, and the copy "repeated".
_ECHO_REASONS = (None, "standfirst", "repeated")


def _echoes(later: tuple[str, ...], top: tuple[str, ...]) -> bool:
    """Whether a later sentence (its words, _normal) prints a sentence of the page's top again:
    the same words, the same after a short dateline, or near-verbatim.

    >>> _echoes(tuple("tunis mws delegates agreed on wednesday to name a board".split()),
    ...         tuple("delegates agreed on wednesday to name a board".split()))
    True
    >>> _echoes(tuple("delegates agreed on wednesday to name a board".split()),
    ...         tuple("delegates met on friday and named no board".split()))
    False
    """
    # Cheap refusals first: most pairs of a page's first sentences differ in length or at both ends.
    if (len(top) < ECHO_MIN_WORDS or len(later) < len(top) - 2 or len(later) > len(top) + ECHO_PREFIX_WORDS
            or (later[0] != top[0] and later[-1] != top[-1])):
        return False
    if later == top or (later[-len(top):] == top and len(later) - len(top) <= ECHO_PREFIX_WORDS):
        return True
    if abs(len(later) - len(top)) > max(2, len(top) // 10):
        return False
    # Near-verbatim shares nearly every word: most sentence pairs of one page fail this cheaply.
    if len(set(later) & set(top)) < ECHO_SIMILARITY * len(set(top)) - 1:
        return False
    from difflib import SequenceMatcher

    return SequenceMatcher(None, later, top, autojunk=False).ratio() >= ECHO_SIMILARITY


def _printed_twice(text: str, sentences: Sequence[Sentence], out: dict[int, str]) -> list[tuple[int, int]]:
    """A standfirst or summary printed at the page's top and again, verbatim or nearly, as the
    first lines of the body (under an "Introduction" heading, after a dateline "TUNIS -"): pairs
    (top copy, body copy).  The body's copy is the prose, with the article's offsets and lead; the
    top copy is the page's.  The opening block is the sentences before the first that prints one of
    them again; a sentence of it that the body does not print again is told only there, and stays.
    A sentence printed again further down (a pull quote) is no standfirst: its first copy stays."""
    # Only the page's first sentences are ever compared: a long page costs no more.
    kept = list(islice((s for s in sentences if out.get(s.index) in _ECHO_REASONS), 3 * ECHO_BLOCK + 2))
    if not kept or kept[0].start >= STANDFIRST_ZONE:
        return []
    # (A "sentence" longer than a standfirst ever is, a paragraph with no stop, is never compared.)
    # Each sentence's words worked out when first compared: most pages compare only their first few.
    found: dict[int, tuple[str, ...]] = {}

    def words(k: int) -> tuple[str, ...]:
        if k not in found:
            found[k] = tuple(_normal(kept[k].text).split()) if len(kept[k].text) <= ECHO_LONGEST else ()
        return found[k]

    # The body's copy ends as a sentence does: a headline printed twice is no standfirst's reprint.
    def ends(k: int) -> bool:
        return TERMINAL.search(kept[k].text) is not None

    first = next((j for j in range(1, min(len(kept), ECHO_BLOCK + 1))
                  if ends(j) and any(_echoes(words(j), words(i)) for i in range(j))), None)
    if first is None or "\n" not in text[kept[first - 1].end:kept[first].start]:
        return []
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    # The body prints the block again: at least half of its sentences (of some length).  A lead
    # printed again as a pull quote a few paragraphs down has the paragraphs between as its block.
    sized = sum(1 for k in range(first) if len(words(k)) >= ECHO_MIN_WORDS)
    # The body's copy follows the block's order, within as many sentences as the block has (and a
    # few that the body adds between them).
    for i in range(first):
        echo = next((j for j in range(first, min(len(kept), first + 2 * first + 2))
                     if j not in taken and ends(j) and _echoes(words(j), words(i))), None)
        if echo is not None:
            taken.add(echo)
            pairs.append((kept[i].index, kept[echo].index))
    return pairs if 2 * len(pairs) >= sized else []


# --- summaries that the article then tells again ---------------------------------------------

def _paragraphs(text: str, sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """The sentences grouped by paragraph (blocks of lines between blank lines), in order."""
    out: list[list[Sentence]] = []
    last = -1
    for s in sentences:
        if out and "\n\n" not in text[last:s.start]:
            out[-1].append(s)
        else:
            out.append([s])
        last = s.end
    return out


_CONTENT_WORD = lazy_compile(r"[^\W\d_]{3,}")
_NUMBER = lazy_compile(r"\b\d{1,4}\b")


@lru_cache(maxsize=1)
def _not_content() -> frozenset[str]:
    return frozenset(vocab.words("chrome", "not_content")) | _FUNCTION_WORDS


@lru_cache(maxsize=4096)
def _content_and_dates(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's content words (lower case, cut to five letters, so "reopened" is "reopen") and
    its date words (month and weekday names, day numbers and years)."""
    from .dates import is_calendar_name

    words, dates = set(), set()
    for w in _CONTENT_WORD.findall(text.lower()):
        if is_calendar_name(w):
            dates.add(w[:3])
        elif w not in _not_content():
            words.add(w[:5])
    dates.update(n.lstrip("0") for n in _NUMBER.findall(text))
    return frozenset(words), frozenset(dates)


def restates(later: str, summary: str, share: float, undated: bool = False) -> bool:
    """Whether a later sentence tells again what a summary sentence told: the summary's date (its
    day, month, weekday and year words) and at least `share` of its content words.  With
    `undated`, a summary sentence with no date is told again by `share` of its content words, and
    at least UNDATED_WORDS of them ("X has removed Y and appointed Z": "On 18 January, the council
    removed Y and named Z").

    >>> restates("Heavy rain on 4 May flooded roads around Bayda, officials said.", "Rain flooded roads around Bayda on 4 May.", 0.6)
    True
    >>> restates("Roads around Bayda were repaired on 9 May.", "Rain flooded roads around Bayda on 4 May.", 0.6)
    False
    >>> restates('"Rain flooded roads around Bayda on 4 May," the mayor said.', "Rain flooded roads around Bayda on 4 May.", 0.6)
    False
    """
    words, dates = _content_and_dates(summary)
    if not words or not (dates or undated):
        return False
    # Told again by the writer: a quotation that echoes the summary is the source's word, and
    # a lead reporting it ("X said on Wednesday that ...") is no deck over it.
    other_words, other_dates = _content_and_dates(_QUOTED.sub(" ", later))
    if not dates:
        shared = len(words & other_words)
        return shared >= UNDATED_WORDS and shared >= share * len(words)
    # Its date again: all its date words, or two of them ("on 4 May" in "from 4 May to 9 May").
    same_date = dates <= other_dates or len(dates & other_dates) >= 2
    return same_date and len(words & other_words) >= share * len(words)


_QUOTED = lazy_compile(r'“[^“”]*”|"[^"]*"|«[^«»]*»')
# An undated summary sentence is told again only by a sentence sharing this many content words.
UNDATED_WORDS = 4
# How much of a summary a later sentence must hold to tell it again: a standfirst is told again,
# fuller, by the lead under it; a box of key points by the body.
STANDFIRST_SHARE = 0.6
BOX_SHARE = 0.5
# A deck is a sentence or two; the lead under it has FULLER times its content words, and comes
# within STANDFIRST_REACH paragraphs after it.
STANDFIRST_SENTENCES = 3
FULLER = 1.3
STANDFIRST_REACH = 2
# How many sentences after a box may retell its items (bounded: a page of many boxes stays linear).
BOX_REACH = 40


def _restated_summaries(text: str, sentences: Sequence[Sentence], out: dict[int, str]) -> list[int]:
    """The sentences of a summary set above the article and told again in it: the page's first
    paragraph when the lead under it (within STANDFIRST_REACH paragraphs) tells one of its dated
    sentences again, and a box under a label (data/chrome.toml summary_boxes: "Key points",
    "In brief"), each item that the article tells again.  A summary that nothing after it
    tells again is the only place its news is told, and stays.  A wire lead opening with its
    dateline ("TRIPOLI (Reuters) -") is never a summary."""
    all_paragraphs = _paragraphs(text, sentences)
    found: list[int] = []
    prose_paragraphs = [kept for p in all_paragraphs if (kept := [s for s in p if s.index not in out])]
    if prose_paragraphs:
        first = prose_paragraphs[0]
        if first[0].start < STANDFIRST_ZONE and not _DATELINE_START.match(first[0].text):
            after = [s.text for p in prose_paragraphs[1:1 + STANDFIRST_REACH] for s in p]
            # A deck is a sentence or two, and the lead under it tells more than it does.
            if len(first) <= STANDFIRST_SENTENCES and any(
                    restates(t, s.text, STANDFIRST_SHARE) and tells_more(t, s.text) for s in first for t in after):
                # Of a deck, only the sentences told again: one that the lead does not retell
                # ("Dockworkers first walked out on 24 February.") is told nowhere else.
                found += [s.index for s in first if any(restates(t, s.text, STANDFIRST_SHARE) for t in after)]
    for i in (i for i, p in enumerate(all_paragraphs) if _box_label(p[0].text)):
        box = [s for s in all_paragraphs[i][1:] if s.index not in out]
        if not box and i + 1 < len(all_paragraphs):
            box = [s for s in all_paragraphs[i + 1] if s.index not in out]
        after = (box[-1] if box else all_paragraphs[i][-1]).index + 1
        rest = [sentences[k].text for k in range(after, min(len(sentences), after + BOX_REACH))
                if sentences[k].index not in out]
        # Only the items told again: an item that the article does not retell is the only
        # place its news is told.
        found += [s.index for s in box if any(restates(t, s.text, BOX_SHARE) for t in rest)]
    return found


def tells_more(later: str, summary: str) -> bool:
    """Whether a later sentence tells clearly more than a summary of it (FULLER times its content
    words): a lead under its deck adds names, places and numbers, not only who said it.

    >>> tells_more("Heavy rain on 4 May flooded six roads around Bayda and cut the coast road.", "Rain flooded roads on 4 May.")
    True
    """
    return len(_content_and_dates(later)[0]) >= FULLER * len(_content_and_dates(summary)[0])


@lru_cache(maxsize=1)
def _box_labels() -> frozenset[str]:
    return frozenset(vocab.words("chrome", "summary_boxes"))


def _box_label(line: str) -> bool:
    """Whether a line is a summary box's label alone ("Key points", "In brief:")."""
    return " ".join(line.strip(" \t:-–—*#").lower().split()) in _box_labels()


def _undated_summary(text: str) -> bool:
    """Whether a sentence reads as a deck does: no day, month or year of its own and no
    dateline ("TRIPOLI (Reuters) -"); a lead tells when ("said on Monday", "Briefing the Security
    Council this morning, ...")."""
    from .dates import extract_dates, is_calendar_name

    if _DATELINE_START.match(text) or re.search(r"\d{4}", text):
        return False
    if any(is_calendar_name(w.lower()) for w in _WORD.findall(text) if w[:1].isupper()):
        return False
    return all(e.precision == "duration" for e in extract_dates(text))


_BAR = lazy_compile(r"\s[|¦]\s")
_ENTRY_DATE_WORD = lazy_compile(r"\d{1,4}(?:st|nd|rd|th)?,?|[A-Za-z]{3,9}\.?,?")


# What sets a chronology's date apart from its statement: a bar, a colon, a spaced dash.
_ENTRY_SEPARATOR = lazy_compile(r"\s[|¦]\s|:\s|\s[-–—]\s")


def _dated_entry(line: str, separator: re.Pattern[str] = _BAR) -> bool:
    """Whether a line is a chronology's entry set off by a bar (or another `separator`): a date
    alone (day, month, year), then a statement with words of prose ("20 October 2011 | Rebels
    take the town", "- 3 May 2024: Talks stall in Geneva (Wire)" with _ENTRY_SEPARATOR)."""
    from .dates import is_calendar_name

    parts = separator.split(line.strip(), maxsplit=1)
    if len(parts) < 2:
        return False
    head, rest = parts
    words = head.strip(" -–—•*").split()
    if not words or len(words) > 4 or not any(w[:1].isdigit() for w in words):
        return False
    dated = all(_ENTRY_DATE_WORD.fullmatch(w) and (w[:1].isdigit() or is_calendar_name(w.rstrip(".,").lower()))
                for w in words)
    return dated and prose_words(rest) >= 2
_ASKS = lazy_compile(r"[?!][\"”’'»)\]]*\s*$")
_DATELINE_START = lazy_compile(r"^\W*[A-Z][A-Z .'-]{2,}\b(?:,|\s*\(|\s+[-–—])")


@lru_cache(maxsize=1)
def _comment_headings() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(e["pattern"], re.IGNORECASE) for e in vocab.entries("chrome") if e.get("rest"))


def opens_comments(text: str) -> bool:
    """Whether a line or sentence is the heading of the readers' comments (data/chrome.toml, `rest = true`).

    >>> opens_comments("Comments (12)"), opens_comments("Comments by the minister angered Rome.")
    (True, False)
    """
    return any(p.search(text) for p in _comment_headings())


def _own_line(text: str, s: Sentence) -> bool:
    """Whether a sentence is the whole of its line."""
    line, _ = _line_around(text, s.start, s.end)
    return line.strip() == s.text.strip()


def _same_line(text: str, s: Sentence) -> bool:
    """Whether a sentence goes on the line of the one before it."""
    return "\n" not in text[max(0, s.start - 3):s.start]


def _own_paragraph(text: str, s: Sentence) -> bool:
    """Whether a sentence stands alone between blank lines."""
    before = text[:s.start]
    return (not before.strip() or before.endswith("\n\n")) and text[s.end:s.end + 2] == "\n\n"


def _followed_by_a_new_sentence(text: str, s: Sentence) -> bool:
    rest = text[s.end:s.end + 200].lstrip()
    return bool(rest) and not rest[:1].islower()


def _caption_line(text: str, s: Sentence) -> bool:
    line, nxt = _line_around(text, s.start, s.end)
    if line.strip() != s.text.strip() and is_credit(line):
        return True
    # The line a credit follows is a caption only when it is as short as one: a paragraph of prose
    # may end where a picture's credit is set ("... before Libyans vote.\n(Photo: Jane Roe – UN)").
    return bool(nxt) and len(nxt.split()) <= _CREDIT_LINE_WORDS and is_credit(nxt) and not prose_words(
        _strip_credit(nxt)) and len(line.split()) <= _CAPTION_LINE_WORDS \
        and len(_SENTENCE_END.findall(line)) <= _CAPTION_LINE_SENTENCES


_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)")


def _strip_credit(line: str) -> str:
    """A credit line without its marker ("Photo: AFP" -> "AFP"), to check that nothing else is on it."""
    return re.sub(r"(?i)^\W*(?:photo(?:graph)?s?|picture|image|credit|file)\s*:?", "", line)


# --- a picture's caption told by its shape ---------------------------------------------------

# A bracketed credit closing a line: "(Reuters)", "(Source: Orbital Labs via AP)", "(LE/Jane Roe)".
_PAREN_END = lazy_compile(r"\(([^()]{2,60})\)\s*$")
_CREDIT_LABEL = lazy_compile(r"(?i)^\s*(?:photo(?:graph)?s?|pictures?|images?|sources?|credits?|file|video)\s*(?:by\b|:)\s*")
_CREDIT_SPLIT = lazy_compile(r"[\s/|,;]+")
# The longest credit: a few names and an agency.
_CREDIT_WORDS = 8


@lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    return frozenset(vocab.words("captions", "credit_words"))


def closing_credit(line: str) -> int | None:
    """Where a bracketed credit closing a line begins, or None: names, agencies and the few
    lower-case words of a credit (data/captions.toml credit_words), nothing else.

    >>> line = "Fighters rest near Sirte, last April. (Reuters)"
    >>> line[closing_credit(line):]
    '(Reuters)'
    >>> closing_credit("Talks resumed under the UN mission (the third round)") is None
    True
    >>> closing_credit("- Haftar moves on Tripoli (April 2019)") is None
    True
    """
    m = _PAREN_END.search(line)
    if m is None:
        return None
    inner = _CREDIT_LABEL.sub("", m.group(1)).strip()
    words = [w for w in _CREDIT_SPLIT.split(inner) if w]
    if not words or len(words) > _CREDIT_WORDS or not words[0][:1].isupper():
        return None
    from .dates import is_calendar_name

    # A date in brackets is a link's or a chronology's ("(April 2019)"), not a credit.
    if all((w[:1].isupper() and not is_calendar_name(w.lower().rstrip(".,"))) or w.lower() in _credit_words()
           for w in words):
        return m.start()
    return None


@lru_cache(maxsize=1)
def _picture_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    return tuple((re.compile(e["pattern"], re.IGNORECASE), bool(e.get("credited")))
                 for e in vocab.table("captions").get("picture", ()))


@lru_cache(maxsize=1)
def _image_marker() -> re.Pattern[str]:
    return re.compile(vocab.table("captions")["image_marker"])


def pictures(text: str, credited: bool = True) -> bool:
    """Whether a sentence speaks of a picture as a caption does (data/captions.toml [[picture]]):
    where people stand in it ("Jane Roe, left, and ..."), "are seen queuing", "is pictured",
    "this combination of images shows" (this last only when `credited`: a credit or a picture
    beside the line; prose cites imagery in the same words)."""
    return any(p.search(text) for p, needs_credit in _picture_patterns() if credited or not needs_credit)


def _beside_an_image(text: str, lo: int, hi: int) -> bool:
    """Whether the nearest non-blank line above the line from `lo` to `hi`, or below it, is a
    picture set in the text (data/captions.toml image_marker)."""
    above = text[:lo].rstrip().rsplit("\n", 1)[-1]
    below = text[hi:].lstrip().split("\n", 1)[0]
    return any(_image_marker().match(line) for line in (above, below) if line)


_NOT_FINITE_AFTER = lazy_compile(r"\s+(?:by|to)\b|\s*,")
_NOT_FINITE_BEFORE = lazy_compile(r"(?:\b(?:is|are|being|a|an|the|its|their|his|her|of|and)\s+|-)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _past_participles() -> frozenset[str]:
    """Irregular forms that are both a simple past and a participle ("held", "left", "struck"):
    like an "-ed" form, a caption's participle as often as a finite past (data/verb_forms.toml)."""
    from . import vocab

    return frozenset(vocab.entry_words("verb_forms", "past") & vocab.entry_words("verb_forms", "participle"))


def _tells_in_past_or_future(text: str) -> bool:
    """Whether a text has a finite verb of the past or the future, as news does; a caption's
    participles ("migrants rescued by a ship", "a tanker is moored", "Jane Roe, left,") are not."""
    from .dates import tense_markers

    for m in tense_markers(text):
        word = m.group().strip().lower()
        if m.lastgroup == "p" and (word.endswith("ed") or word in _past_participles()) and (
                _NOT_FINITE_AFTER.match(text, m.end()) or _NOT_FINITE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue
        if word == "next" and text[m.end():m.end() + 3] == " to":
            continue
        return True
    return False


def _picture_line(text: str, s: Sentence) -> bool:
    """Whether a sentence is a picture's caption by its shape: alone on its line (a bracketed
    credit may close the line), no verb of saying, and either a closing credit with no finite
    past or future ("Workers walk past the tanks at Sharara, last summer. (AFP)") or the words of
    a picture (`pictures`).  A one-sentence paragraph of news tells in the past ("The parliament
    approved the budget on Monday. (AFP)") or reports speech."""
    line, _ = _line_around(text, s.start, s.end)
    lo = text.rfind("\n", 0, s.start) + 1
    before, after = line[:s.start - lo], line[s.end - lo:]
    if before.strip() or _dated_entry(line, _ENTRY_SEPARATOR):
        # (A chronology's entry tells its event in the present under its date, and may close
        # with its source: "- 3 May 2024: Talks stall in Geneva (Wire)".  No caption is set so.)
        return False
    credit = closing_credit(line)
    if after.strip() and (credit is None or credit < s.end - lo or line[s.end - lo:credit].strip()):
        return False  # more than a credit after the sentence on its line
    statement = s.text if credit is None or credit >= s.end - lo else line[s.start - lo:credit]
    if credit is None and _credit_below(text, lo + len(line)):
        credit = len(line)  # "Fighters stand guard near Sirte, last April.\n(Reuters)"
    if _SAYS_WORD.search(statement):
        return False
    if pictures(statement, credited=credit is not None or _beside_an_image(text, lo, lo + len(line))):
        return True
    return credit is not None and prose_words(statement) >= 3 and not _tells_in_past_or_future(statement)


def _credit_below(text: str, end: int) -> bool:
    """Whether the line right under the one ending at `end` is a bracketed credit and nothing else."""
    if text[end:end + 1] != "\n":
        return False
    stop = text.find("\n", end + 1)
    below = text[end + 1:stop if stop >= 0 else len(text)].strip()
    return below.startswith("(") and closing_credit(below) == 0


_SAYS_WORD = lazy_compile(r"\b(?:says?|said|according|tells?|told|claims?|claimed|announced?|reported)\b", re.IGNORECASE)

