"""The first build's CPU cuts give the answers of the code they replace, and bound the work they say they bound."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from rapidfuzz import fuzz

from libyadesk import timeline
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
    """_others as it was written before: every participant of a tested in Python."""
    belongs = timeline._belongs_to()
    known = tb.sides | tb.heads
    return any(x not in known and not belongs.get(x, frozenset()) & known
               and not any(timeline._spelled_alike(x, y) for y in tb.actors) for x in ta.actors | ta.heads)


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
        return SimpleNamespace(actors=actors, sides=sides, heads=heads, known=sides | heads, named=actors | heads)

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
    assert "zuwara" in first and "=interception" in first


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
