"""The first build's CPU cuts give the answers of the code they replace, and bound the work they say they bound."""

from __future__ import annotations

import datetime
import random
import re
from types import SimpleNamespace

from rapidfuzz import fuzz

from libyadesk import timeline
from libyadesk.models import Citation
from libyadesk.text import WORD_RE

SENTENCES = [
    "Gunmen stormed the oil ministry in Tripoli on Monday, officials said.",
    "Gunmen stormed the oil ministry in Tripoli on Tuesday, officials said.",
    "Armed men attacked the ministry of oil in the capital on Monday, a spokesman told reporters.",
    "The presidential council met the envoy in Benghazi to discuss the budget.",
    "Talks resumed.",
    "Talks resumed in Geneva on Monday after a pause of two weeks.",
    "",
    "A boat carrying 80 migrants sank off Zuwara, the IOM said on Friday.",
    "A boat carrying 80 migrants sank off Zuwara, the IOM said Friday.",
]


def _variants(text: str, rng: random.Random) -> list[str]:
    """The text cut, padded and with words dropped: pairs on both sides of the length bound."""
    words = text.split()
    out = [text, text[: len(text) * 9 // 10], text + " It said.", text + " x" * rng.randint(1, 12)]
    for _ in range(4):
        kept = [w for w in words if rng.random() > 0.1]
        out.append(" ".join(kept))
    return out


def test_near_copy_is_the_ratio_test_it_replaces():
    rng = random.Random(7)
    texts = [v for s in SENTENCES for v in _variants(s, rng)]
    for a in texts:
        for b in texts:
            assert timeline.near_copy(a, b) == (fuzz.ratio(a, b, score_cutoff=timeline.NEAR_COPY) >= timeline.NEAR_COPY), (a, b)


def test_near_copy_asks_the_ratio_only_when_the_lengths_allow_a_near_copy(monkeypatch):
    calls = []

    def counted(a: str, b: str, score_cutoff: float = 0.0) -> float:
        calls.append((a, b))
        return fuzz.ratio(a, b, score_cutoff=score_cutoff)

    monkeypatch.setattr(timeline, "_ratio", lambda: counted)
    assert not timeline.near_copy("Talks resumed.", "Talks resumed in Geneva on Monday after a pause.")
    assert calls == []  # 14 and 48 characters: at most 2 x 14 / 62 in common, far under 90%
    assert timeline.near_copy(SENTENCES[0], SENTENCES[1])
    assert len(calls) == 1


def _others_before(ta, tb) -> bool:
    """_others as it was written before: every participant of a tested in Python (a surname b gives
    as a plain word is a participant b knows of: timeline._surname)."""
    belongs = timeline._belongs_to()
    known = tb.sides | tb.heads
    return any(x not in known and not belongs.get(x, frozenset()) & known
               and not any(timeline._spelled_alike(x, y) for y in tb.actors)
               and timeline._surname(x) not in tb.words for x in ta.actors | ta.heads)


def test_others_answers_as_the_test_of_every_participant():
    rng = random.Random(3)
    belongs = timeline._belongs_to()
    pool = sorted(belongs)[:12] + ["discovered:viktor-khrenin", "discovered:victor-khrenin", "jane-roe", "morocco",
                                   "egypt", "john-doe"]
    pool += sorted({b for a in pool for b in belongs.get(a, ())})[:6]

    def told() -> SimpleNamespace:
        actors = frozenset(rng.sample(pool, rng.randint(0, 4)))
        sides = actors | frozenset(rng.sample(pool, rng.randint(0, 2)))
        heads = frozenset(rng.sample(["morocco", "egypt"], rng.randint(0, 1)))
        words = frozenset(rng.sample(["khrenin", "roe", "doe", "talks", "forc"], rng.randint(0, 2)))
        return SimpleNamespace(actors=actors, sides=sides, heads=heads, known=sides | heads, named=actors | heads,
                               words=words, posts=())

    for _ in range(3000):
        ta, tb = told(), told()
        assert timeline._others(ta, tb) == _others_before(ta, tb)


def test_content_works_out_each_word_once():
    text = ("The coast guard intercepted a boat off Zuwara on Monday; the coast guard said the boat "
            "carried 40 people, and Health Minister Jane Roe said the people were taken to Zuwara.")
    timeline._content_term.cache_clear()
    first = timeline._content(text)
    again = timeline._content(text + " " + text)
    distinct = len(set(WORD_RE.findall(text)))
    info = timeline._content_term.cache_info()
    assert info.misses == distinct  # once per word as written, however often and in how many clauses
    assert info.hits == 3 * len(WORD_RE.findall(text)) - distinct
    assert again[: len(first)] == first
    assert not re.search(r"\bminist", " ".join(first))  # a title before a name heads the name: no content word
    assert "zouara" in first and "=interception" in first  # the one word of all Zuwara's spellings (_one_spelling)


def _events() -> list[timeline.Event]:
    return [
        timeline.Event("2024-05-07", "day", "stated", "wire-1", 3, "Gunmen stormed the ministry on 7 May.",
                       actors=["gunmen"], words=["gunmen", "=attack", "ministri"]),
        timeline.Event("2024-05", "month", "stated", "blog-2", 0, "In May, talks resumed in Geneva."),
        timeline.Event("2024-W19", "week", "relative", "wire-1", 5, "Last week the council met.", actors=["council"]),
    ]


def test_merge_planning_reads_what_a_full_decode_gives():
    from libyadesk.codec import decode, encode

    events = _events()
    texts = [encode([i * 7, e]) for i, e in enumerate(events)]
    planned = timeline.Encoded(list(texts))
    full = [decode(t, tuple[int, timeline.Event])[1] for t in texts]
    assert timeline._merge_plan(planned) == timeline._merge_plan(full)
    assert planned.keys == [0, 7, 14]
    for p, e in zip(timeline.Encoded(list(texts)), events):
        assert (p.date, p.precision, p.doc, p.sentence, p.text, p.actors, p.bounds) == (
            e.date, e.precision, e.doc, e.sentence, e.text, e.actors, e.bounds)


def test_merge_planning_of_a_damaged_event_fails_as_a_full_decode_does():
    import pytest

    from libyadesk.codec import CodecError, encode

    text = encode([3, _events()[0]]).replace('"day"', "5", 1)  # the precision a number: no Event
    with pytest.raises(CodecError):
        list(timeline.Encoded([text]))


# Sentences in the styles of wire copy and analysis, with appositions, possessive organs, relative
# clauses and posts before names: what participants() looks at beyond a clause's own mentions.
PARTICIPANT_SENTENCES = [
    "The head of the Presidential Council, Mohamed al-Menfi, met Khalifa Haftar in Benghazi on Monday.",
    "Libya's parliament approved the budget on Tuesday, a spokesman for the House said.",
    "Egypt welcomed Jane Roe as envoy, succeeding Khalifa Haftar, who stepped down in April.",
    "Haftar's spokesman, Ahmed al-Mismari, said on Wednesday that Turkey had sent drones to Misrata.",
    "Three years after Muammar Gaddafi's fall, the UN envoy met Fayez al-Sarraj in Tripoli on Thursday.",
    "Italy and Malta signed a deal with the Government of National Unity in Rome on 3 May.",
    "Russia's Wagner Group, which has fought for the LNA since 2019, withdrew from Sirte on Friday.",
    "UN envoy Abdoulaye Bathily briefed the Security Council on Saturday, Reuters reported.",
]


def _participant_document():
    from libyadesk.actors import find_mentions, load_registry
    from libyadesk.models import Document, Sentence
    from libyadesk.text import split_sentences

    registry = load_registry()
    text = " ".join(PARTICIPANT_SENTENCES * 6)  # a long article: 48 sentences, every kind of mention many times
    doc = Document("t", text, "t.md", published="2025-06-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    return text, sentences, find_mentions(doc, sentences, registry), registry


def _date_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|April|3 May|2019)\b", text[start:end])] or [(0, 0)]


def test_participants_near_a_clause_answer_as_participants_over_every_mention(monkeypatch):
    from libyadesk.actors import MentionWindows, participants

    text, sentences, mentions, registry = _participant_document()
    assert len(mentions) > 100 and [m.start for m in mentions] == sorted(m.start for m in mentions)
    windows = MentionWindows(mentions)
    seen: list[int] = []
    near = MentionWindows.near
    monkeypatch.setattr(MentionWindows, "near", lambda self, lo, hi: seen.append(len(r := near(self, lo, hi))) or r)
    asked = 0
    for s in sentences:
        for a, b in _date_spans(text, s.start, s.end):
            at, at_end = (s.start + a, s.start + b) if b else (0, 0)
            for passing in (False, True):
                plain_backdrop: list[str] = []
                near_backdrop: list[str] = []
                plain = participants(text, mentions, registry.actors, registry, s.start, s.end, "2025-06-10",
                                     at, at_end, passing, plain_backdrop)
                del seen[:]
                windowed = participants(text, mentions, registry.actors, registry, s.start, s.end, "2025-06-10",
                                        at, at_end, passing, near_backdrop, windows)
                assert (windowed, near_backdrop) == (plain, plain_backdrop), s.text
                # Work: the mentions looked at per call are those of a sentence or two, not the document's.
                assert seen and max(seen) <= 8, (s.text, seen)  # of more than 100
                asked += 1
    assert asked > 100
    assert any(participants(text, mentions, registry.actors, registry, s.start, s.end) for s in sentences)


def test_mention_windows_hold_every_mention_that_can_lie_in_a_span():
    from libyadesk.actors import MentionWindows

    text, _, mentions, _ = _participant_document()
    windows = MentionWindows(mentions)
    rng = random.Random(5)
    for _ in range(2000):
        lo = rng.randrange(-5, len(text) + 5)
        hi = lo + rng.randrange(0, 300)
        near = windows.near(lo, hi)
        wanted = [m for m in mentions if m.end > lo and m.start < hi]
        assert [m for m in near if m.end > lo and m.start < hi] == wanted  # all of them, in their order
        assert len(near) <= len(wanted) + 1  # and hardly any other (mentions do not nest here)
    # Not in text order (none is made so): the whole list, as before.
    shuffled = list(reversed(mentions))
    assert MentionWindows(shuffled).near(10, 20) is shuffled


def test_compared_looks_at_the_mentions_of_its_clause_only():
    from libyadesk.actors import MentionWindows

    text, sentences, mentions, registry = _participant_document()
    windows = MentionWindows(mentions)
    for s in sentences:
        for a, b in _date_spans(text, s.start, s.end):
            event = timeline.Event("2025-06-09", "day", "stated", "t", s.index, s.text, at=s.start + a, at_end=s.start + b)
            other = timeline.Event("2025-06-09", "day", "stated", "t", s.index, s.text, at=s.start + a, at_end=s.start + b)
            timeline._compared(text, mentions, event, s.start, s.end, registry.actors)
            near = windows.near(s.start - 1, s.end + 1)
            assert len(near) < len(mentions) // 10
            timeline._compared(text, near, other, s.start, s.end, registry.actors)
            assert other == event


# Sentences with a date and the cues _kind_of reads before it, in the styles of wire copy,
# analysis and risk advisories, plus windows that hold none of them and one outside ASCII.
KIND_SENTENCES = [
    "The blockade, which started in January, has cost the treasury billions.",
    "The governor has led the central bank since October 2011.",
    "The airport has been closed since fighting in 2014 destroyed its runway.",
    "Libya has been divided since the fall of Gaddafi in 2011.",
    "The worst fighting since the end of the war in June 2020 killed eight people.",
    "Elections are set for 24 December, the commission said.",
    "The rival camps agreed to hold talks in Geneva on 2 April.",
    "Arrivals rose to 40,000, up from 21,000 in 2023.",
    "Oil output was double the level of 2021, the NOC said.",
    "As in 2019, the offensive stalled at the edge of the capital in June.",
    "He would go on to launch the offensive on Tripoli in April 2019.",
    "The unrest began Monday night in Zawiya.",
    "Gunmen stormed the oil ministry in Tripoli on Monday, officials said.",
    "Talks will resume in Geneva on Thursday, the UN mission said.",
    "The \u212aelvin-rated port of Misrata reopened on Tuesday.",  # a K outside ASCII (the Kelvin sign): every pattern searched
    "Crimes committed from 15 February 2015 onwards fall under the court.",
    "By Tuesday, officials declared the city safe.",
    "The House, elected in 2014, sits in Tobruk.",
]


def _dates_in(sentence: str):
    from libyadesk.dates import extract_dates

    return [(sentence.find(e.text), e) for e in extract_dates(sentence, datetime.date(2025, 3, 10)) if sentence.find(e.text) >= 0]


def test_kind_of_with_the_first_word_prefilter_answers_as_every_pattern_tried(monkeypatch):
    asked = [(s, offset, e) for s in KIND_SENTENCES for offset, e in _dates_in(s)]
    assert len(asked) >= len(KIND_SENTENCES)
    with_filter = [timeline._kind_of(s, offset, e) for s, offset, e in asked]
    monkeypatch.setattr(timeline, "_window_words", lambda sentence, lo, offset: None)  # every pattern tried
    assert [timeline._kind_of(s, offset, e) for s, offset, e in asked] == with_filter
    assert {"onset", "scheduled", "event", "background", None} <= set(with_filter)


def test_kind_of_tries_only_the_patterns_whose_first_words_its_window_holds(monkeypatch):
    tried: list[bool] = []
    may = timeline._may
    monkeypatch.setattr(timeline, "_may", lambda key, words: tried.append(may(key, words)) or tried[-1])
    for s in KIND_SENTENCES:
        for offset, e in _dates_in(s):
            timeline._kind_of(s, offset, e)
    assert len(tried) > 100
    assert tried.count(False) > tried.count(True)  # most searches of a window are not made, in sentences full of cues
    del tried[:]
    text = "The \u212aelvin-rated port reopened on Tuesday."  # the K outside ASCII: every pattern tried
    timeline._kind_of(text, text.index("Tuesday"), _dates_in(text)[0][1])
    assert tried and all(tried)


def test_window_words_hold_every_first_word_a_pattern_match_begins_with():
    rng = random.Random(11)
    keys = timeline._kind_keys()
    patterns = {"since_named": timeline._SINCE_NAMED, "relative_start": timeline._relative_start(),
                "compared": timeline._COMPARED, "retrospective": timeline._retrospective(),
                "began": timeline._BEGAN, "scheduled": timeline._cue("scheduled_cues"),
                "onset": timeline._cue("onset_cues"), "intent": timeline._intent()}
    pieces = sorted({w for k in keys.values() if k for w in k}) + ["the", "talks", ",", "2019", "-", "run-up to", "x"]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + " "
        words = timeline._window_words(text, 0, len(text))
        for key, pattern in patterns.items():
            if pattern.search(text, 0, len(text)):
                assert timeline._may(key, words), (key, text)


def test_letter_runs_hold_every_first_word_a_case_blind_match_holds():
    from libyadesk import actors
    from libyadesk.text import letter_runs, may_match

    patterns = [(actors._ROLE_KEYS, actors._ROLE_OF), (actors._ALLEGIANCE_KEYS, actors._ALLEGIANCE_BEFORE),
                (actors._THING_KEYS, actors._THING_BY_BEFORE), (actors._BY_KEYS, actors._THING_BY_BEFORE),
                (timeline._title_keys(), timeline._titles_before())]
    rng = random.Random(13)
    pieces = sorted({w for keys, _ in patterns for w in keys})
    pieces += ["of", "to", "the", "by", "forces", "officials", "report", "Prime", "MINISTER", "Gen.", ",", "-",
               "’s", "loyal to", "head of", "é", "naïve", "2019"]
    searched = 0
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) + rng.choice([" ", "  ", " the "])
        for keys, pattern in patterns:
            if pattern.search(text, 0, len(text)):
                searched += 1
                assert may_match(keys, text, 0, len(text)), (pattern.pattern[:40], text)
    assert searched > 500
    # The four letters case-blind matching takes for ASCII ones: no prefilter.
    for letter in "\u0130\u0131\u017f\u212a":
        assert letter_runs(f"the {letter} minister", 0, 16) is None
    assert letter_runs("a naïve “minister” ", 0, 19) == frozenset({"a", "na", "ve", "minister"})


def test_participants_search_only_the_windows_that_hold_a_first_word(monkeypatch):
    from libyadesk import actors
    from libyadesk.actors import MentionWindows, participants

    text, sentences, mentions, registry = _participant_document()
    windows = MentionWindows(mentions)

    def answers():
        return [participants(text, mentions, registry.actors, registry, s.start, s.end, "2025-06-10", 0, 0, False, [], windows)
                for s in sentences]

    asked: list[bool] = []
    may = actors.may_match
    monkeypatch.setattr(actors, "may_match", lambda *a: asked.append(may(*a)) or asked[-1])
    filtered = answers()
    assert asked.count(False) > 3 * asked.count(True)  # most windows before a name are not searched
    monkeypatch.setattr(actors, "may_match", lambda *a: True)  # every window searched
    assert answers() == filtered


# --- the bucket merge: work not done per pair and per candidate row (build5) -------------------

_TOLD_OF_A_YEAR = [
    ("Since the 2011 uprising that toppled the old regime, militias have multiplied across the south.", ["militia-a"]),
    ("The 2011 revolution left the country awash with weapons, a UN panel said in its report.", ["un-panel"]),
    ("In 2011 the port of Ras Lanuf was shut for six months and 300 workers were laid off.", []),
    ("Oil output fell to 300 barrels a day in 2011 at the Ras Lanuf terminal, the company said.", ["noc"]),
    ("Elections were held in 2011 in several municipalities, officials said.", []),
    ("Voters chose new municipal councils in 2011, the elections commission said.", ["hnec"]),
    ("Haftar met the Russian defence minister in Moscow in 2011.", ["khalifa-haftar"]),
]
_TOLD_OF_A_DAY = [
    ("Gunmen stormed the oil ministry in Tripoli on 3 March, killing two guards, officials said.", ["gunmen"]),
    ("Armed men attacked the ministry of oil in the capital on 3 March, a spokesman told reporters.", []),
    ("A boat carrying 80 migrants sank off Zuwara on 3 March, the IOM said.", ["iom"]),
]


def _told_event(n: int, text: str, actors: list[str], date: str, precision: str) -> timeline.Event:
    words = timeline._content(text)
    return timeline.Event(date, precision, "stated", f"doc-{n}", 0, text, actors=list(actors), actor_names=list(actors),
                          words=words, core=words[:6], sides=list(actors),
                          sources=[Citation(doc=f"doc-{n}", source=f"Outlet {n}", published="2031-03-04", text=text)])


def _pairs_weighed() -> list[timeline.Pair]:
    events = [_told_event(n, t, a, "2011", "year") for n, (t, a) in enumerate(_TOLD_OF_A_YEAR)]
    events += [_told_event(10 + n, t, a, "2031-03-03", "day") for n, (t, a) in enumerate(_TOLD_OF_A_DAY)]
    events.append(_told_event(20, _TOLD_OF_A_DAY[0][0].replace("on 3 March", "in March"), ["gunmen"], "2031-03", "month"))
    return [timeline.Pair(a, b) for a in events for b in events if a is not b]


def _weighed_before(p: timeline.Pair) -> bool:
    """_weighed as it was written before: the evidence weighed first (it changes nothing the refusal
    reads, only the Told's cached weights), the year's refusal after it."""
    a, b = p.a, p.b
    yearly = max(timeline.PRECISION_RANK[a.precision], timeline.PRECISION_RANK[b.precision]) >= timeline.PRECISION_RANK["year"]
    timeline.evidence(a, b, phrase_only=yearly)
    return timeline._weighed(p)


def test_weighed_answers_as_when_the_evidence_was_weighed_first():
    pairs = _pairs_weighed()
    assert [timeline._weighed(p) for p in pairs] == [_weighed_before(p) for p in pairs]
    assert any(timeline._weighed(p) for p in pairs)  # the pairs reach the thresholds too, not only the refusal


def test_weighed_refuses_a_years_pair_that_tells_no_kind_and_no_number_before_weighing_evidence(monkeypatch):
    pairs = _pairs_weighed()
    refused = [p for p in pairs if max(timeline.PRECISION_RANK[p.a.precision], timeline.PRECISION_RANK[p.b.precision])
               >= timeline.PRECISION_RANK["year"] and not p.ta.phrase_kinds & p.tb.phrase_kinds
               and not p.ta.numbers & p.tb.numbers]
    assert 0 < len(refused) < len(pairs)
    weighed = []
    evidence = timeline.evidence
    monkeypatch.setattr(timeline, "evidence", lambda a, b, phrase_only=False: weighed.append((a, b)) or evidence(a, b, phrase_only))
    for p in pairs:
        timeline._weighed(p)
    assert len(weighed) == len(pairs) - len(refused)  # each refused pair's evidence is never weighed
    assert not {(p.a.doc, p.b.doc) for p in refused} & {(a.doc, b.doc) for a, b in weighed}


def test_decide_reads_the_event_once_for_all_its_candidate_rows(monkeypatch):
    events = [_told_event(n, t, a, "2031-03-03", "day") for n, (t, a) in enumerate(_TOLD_OF_A_DAY * 4)]
    rows = {n: timeline._Row(e, n) for n, e in enumerate(events[:9])}
    for e in events[9:]:
        said = timeline._admitted(e)
        for row in rows.values():  # the event's side made once answers as made for each test
            assert row.admits(e, said) == row.admits(e)
            assert row.admits_copy(e, said) == row.admits_copy(e)
            assert row.admits_across_sides(e, said) == row.admits_across_sides(e)
            assert row.admits_lead(e, said) == row.admits_lead(e)
    made = []
    admitted = timeline._admitted
    monkeypatch.setattr(timeline, "_admitted", lambda e: made.append(e) or admitted(e))
    before = timeline._decide(events[-1], rows, False)
    assert made == [events[-1]]  # once, not once per row (9) and test (up to 3)
    monkeypatch.setattr(timeline, "_admitted", admitted)
    assert before == timeline._decide(events[-1], rows, False)


def test_states_told_works_out_each_reports_words_once():
    year = [_told_event(n, t, a, "2011", "year") for n, (t, a) in enumerate(_TOLD_OF_A_YEAR)]
    year.append(_told_event(9, "The 2011 revolt in Syria drove thousands of Syrians to flee, Egypt said.", [], "2011", "year"))
    ts = [timeline.told(e) for e in year]
    of = timeline._state_of_word()

    def before(t, proper=False):
        named = frozenset(of[w] for w in t.words if w in of) | (t.core_names & timeline._state_ids())
        return named | frozenset(of[w] for w in t.proper if w in of) if proper else named

    timeline._states_in.cache_clear()
    for _ in range(20):
        for ta in ts:
            for tb in ts:
                assert timeline._states_told(ta) == before(ta) and timeline._states_told(tb, True) == before(tb, True)
    assert any(timeline._states_told(t) for t in ts)  # a state is named, not only none
    assert timeline._states_in.cache_info().misses <= 2 * len(ts)  # its words and its proper names, once each
