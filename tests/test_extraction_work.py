"""Per-document extraction (discovery, mentions, dates): work done once and skipped where it cannot
find anything, counted (never timed), with the same answers as the plain definitions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import record_calls
from libyadesk import actors, dates, prose
from libyadesk.models import Actor, Document, Sentence
from libyadesk.text import split_sentences

# Written for this test, in the styles of a wire report and a think-tank note.
WIRE = ("The National Oil Corporation said on Monday that the port was closed. The talks in the capital "
        "were held by the envoy, and the delegation left the city. Khalifa Haftar met the envoy.")
NOTE = "the the the the the National the Times the talks the port the year the council"


def _walked_from(monkeypatch, text: str, registry) -> list[str]:
    toks = actors._doc_tokens(text)
    seen = record_calls(monkeypatch, actors, "_walk", lambda trie, toks, i, *rest: toks[i].term)
    actors._registry_spans(text, toks, registry)
    return seen


def test_a_first_word_followed_by_a_lower_case_word_that_continues_none_of_its_names_is_not_walked(monkeypatch):
    registry = actors.load_registry()
    trie = registry.trie()
    assert "the" in trie and None not in trie["the"]  # "The National" and other outlets begin with it
    walked = _walked_from(monkeypatch, NOTE, registry)
    # Only the "the"s before a capitalised word ("National", "Times") can begin a name.
    assert walked.count("the") == 2


def test_skipping_those_walks_finds_the_same_mentions_and_spans_as_walking_every_first_word(monkeypatch):
    registry = actors.load_registry()
    doc = Document(id="d", path="d.md", title=None, source=None, url=None, published="2025-03-03", author=None,
                   text=WIRE + " " + NOTE)
    sentences = [Sentence("d", i, s, e, doc.text[s:e]) for i, (s, e) in enumerate(split_sentences(doc.text))]
    fast = actors._match(doc, sentences, registry, actors._doc_tokens(doc.text))
    taken = actors._registry_spans(doc.text, actors._doc_tokens(doc.text), registry)

    def every_first_word(trie, toks, variants):  # the rule before the skip: a walk from every first word
        return [t.term in trie or (variants is not None and t.cap and len(t.term) >= 4
                                   and any(alt in trie for alt in actors._variant_of(variants, t.term))) for t in toks]

    monkeypatch.setattr(actors, "_can_start", every_first_word)
    assert actors._match(doc, sentences, registry, actors._doc_tokens(doc.text)) == fast
    assert actors._registry_spans(doc.text, actors._doc_tokens(doc.text), registry) == taken
    assert {m.actor for m in fast} >= {"khalifa-haftar"}


def test_family_members_are_listed_once_and_follow_an_added_actor():
    registry = actors.load_registry()
    key = next(iter(registry.families))
    before = registry.family_members(key)
    assert before == [a.id for a in registry.actors.values() if a.family == key and a.kind == "person"]
    before.append("changed by the caller")  # a copy: the registry's own list is not handed out
    assert "changed by the caller" not in registry.family_members(key)
    registry.add(Actor("jane-roe-of-the-family", "Jane Roe", "person", family=key))
    assert registry.family_members(key)[-1] == "jane-roe-of-the-family"


def test_clause_tense_scans_a_sentence_once_however_many_of_its_dates_ask(monkeypatch):
    sentence = "Talks were held on Monday, and ministers will meet again on Friday and on 3 May in Tunis."
    scans = record_calls(monkeypatch, dates, "tense_markers", lambda text: text)
    dates._tense_scan.cache_clear()
    answers = [dates.clause_tense(sentence, sentence.index(d), sentence.index(d) + len(d))
               for d in ("Monday", "Friday", "3 May", "Monday")]
    assert answers == ["past", "future", "future", "past"]
    assert len(scans) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=40), st.data())
def test_the_line_around_a_span_is_its_line_and_the_next_non_empty_line(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    assert prose._line_around(text, start, end) == (text[lo:hi], text[hi:].lstrip("\n").split("\n", 1)[0])


# --- the phrase around a date (timeline._window) ----------------------------------------------

# Written for this test: an analysis sentence with a long run-up, a wire lead, a blog aside.
_RUN_UP = " ".join(["the committee's members argued about the budget and the ports"] * 150)
_CLAUSES = [
    ("After long talks in the city the rebels seized the old airport on Monday and then the port", "on Monday"),
    ("TRIPOLI, May 7 (Reuters) - Gunmen stormed the U.N.'s compound on Tuesday, officials said.", "on Tuesday"),
    ("Honestly, we’d all hoped the Élysée’s envoy would land by 3 June 2024… she didn't.", "3 June 2024"),
    ("In 2019.", "2019"),
    (_RUN_UP + " before the vote on Friday", "on Friday"),
]


def _tokenized_window(text: str, at: int, at_end: int) -> tuple[int, int]:
    """The plain definition: every token of each side, its content words, CORE_WORDS of them; a side
    with fewer reaches the text's edge (the names masked out of a short clause are in its phrase)."""
    from libyadesk.fts import stem
    from libyadesk.text import tokenize
    from libyadesk.timeline import CORE_WORDS, _ignored_words, _title_words

    ignored = _ignored_words()
    titles = _title_words()  # a date's phrase is measured in words other than titles (timeline._core_word)

    def content(t) -> bool:
        return (t.term.isalpha() and len(t.term) > 2 and t.term not in ignored and t.term not in titles
                and stem(t.term) not in ignored and stem(t.term) not in titles)

    left = [t for t in tokenize(text[:at]) if content(t)][-CORE_WORDS:]
    right = [t for t in tokenize(text[at_end:]) if content(t)][:CORE_WORDS]
    return (left[0].start if len(left) == CORE_WORDS else 0), (at_end + right[-1].end if len(right) == CORE_WORDS
                                                                else len(text))


def test_a_dates_phrase_is_the_one_the_tokenized_definition_gives():
    from libyadesk.timeline import _window

    for text, date in _CLAUSES:
        at = text.index(date)
        for a, b in ((at, at + len(date)), (0, 0), (len(text), len(text)), (at // 2, at // 2 + 3)):
            assert _window(text, a, b) == _tokenized_window(text, a, b), (text[:40], a, b)


def test_a_dates_phrase_looks_at_the_words_near_the_date_only_however_long_the_clause(monkeypatch):
    from libyadesk import timeline

    text, date = _CLAUSES[-1]
    at = text.index(date)
    looked = record_calls(monkeypatch, timeline, "_core_word", lambda word: word)
    lo, hi = timeline._window(text, at, at + len(date))
    assert (lo, hi) == _tokenized_window(text, at, at + len(date))
    assert text[lo:hi].endswith("the ports before the vote on Friday")
    # 1,500 words stand before the date: only those back to its fifth content word are looked at.
    assert len(text.split()) > 1500 and len(looked) <= 12
