"""The bucket merge settles a pair of two precisions, one a year, that tells no kind and no number in
common without weighing it (timeline._coarse_and_untold): counted on a generated corpus's merge,
and checked against every rule of same_event on every pair that merge compares."""

from __future__ import annotations

import json

import pytest
from helpers import bench_script

from libyadesk import Desk, parallel, timeline


@pytest.fixture(scope="module")
def buckets(tmp_path_factory) -> list[list[str]]:
    """The merge input of a first `actor` on 150 generated articles: each date bucket's events as JSON."""
    folder = tmp_path_factory.mktemp("merge-pairs")
    bench_script("generate").generate(folder / "corpus", 150)
    caught: list[list[str]] = []
    merge_texts, workers = timeline._merge_texts, parallel.workers
    timeline._merge_texts = lambda texts: caught.append(list(texts)) or merge_texts(caught[-1][:])
    parallel.workers = lambda: 1  # every bucket merged in this process
    try:
        with Desk.open(corpus=folder / "corpus", cache=folder / "cache") as desk:
            desk.actor("Haftar")
    finally:
        timeline._merge_texts, parallel.workers = merge_texts, workers
    assert sum(map(len, caught)) > 1000
    return caught


def _merged(buckets: list[list[str]]) -> str:
    return json.dumps([timeline._merge_texts(list(texts)) for texts in buckets])


@pytest.mark.slow
def test_pairs_settled_before_weighing_are_those_no_rule_of_same_event_merges(buckets, monkeypatch):
    guard, same_event = timeline._coarse_and_untold, timeline.same_event
    settled: list[bool] = []  # per pair compared: settled by the guard (True) or weighed by the rules

    def checked(a, b):
        # Every rule of same_event, the guard left out, on this pair, and what the guard says of it.
        monkeypatch.setattr(timeline, "_coarse_and_untold", lambda a, b: False)
        full = same_event(a, b)
        monkeypatch.setattr(timeline, "_coarse_and_untold", guard)
        if guard(a, b):
            settled.append(not timeline.near_copy(a.text, b.text))
            assert full == (not settled[-1]), (a.text, b.text)  # only a near copy is one event
        else:
            settled.append(False)
        assert same_event(a, b) == full
        return full

    with monkeypatch.context() as m:
        m.setattr(timeline, "same_event", checked)
        _merged(buckets)
    assert len(settled) > 5000
    assert sum(settled) > len(settled) // 3  # about half the pairs of a generated corpus's merge


@pytest.mark.slow
def test_a_settled_pair_is_never_made_into_a_pair_and_the_merge_is_the_same(buckets, monkeypatch):
    made, compared = [], []
    pair, same_event = timeline.Pair, timeline.same_event
    monkeypatch.setattr(timeline, "Pair", lambda a, b: made.append(1) or pair(a, b))
    monkeypatch.setattr(timeline, "same_event", lambda a, b: compared.append(
        timeline._coarse_and_untold(a, b) and not timeline.near_copy(a.text, b.text)) or same_event(a, b))
    with_guard = _merged(buckets)
    weighed = len(made)
    assert weighed == compared.count(False)  # a pair is made (its rules read) only when the guard does not settle it
    assert compared.count(True) > len(compared) // 3
    made.clear()
    compared.clear()
    monkeypatch.setattr(timeline, "_coarse_and_untold", lambda a, b: False)
    assert _merged(buckets) == with_guard  # rows, actors' rows, years, trace and row keys: the same
    assert len(made) == len(compared)  # without it, every pair compared is made


def _agreement_before(row: timeline._Row, event: timeline.Event, said) -> int:
    """What _decide asked of a row before _Row.agreement: admits, then admits_across_sides, then
    admits_copy, each testing its parts of _agrees anew."""
    if row.admits(event, said):
        return timeline.ADMITS
    if row.admits_across_sides(event, said):
        return timeline.ACROSS_SIDES
    return timeline.AS_COPY if row.admits_copy(event, said) else 0


@pytest.mark.slow
def test_a_row_tests_each_part_of_its_agreement_once_and_says_what_its_three_tests_said(buckets, monkeypatch):
    asked: list[int] = []
    agreement, elsewhere = timeline._Row.agreement, timeline._elsewhere
    places: list[int] = []
    monkeypatch.setattr(timeline, "_elsewhere", lambda *a: places.append(1) or elsewhere(*a))

    def checked(row, event, said):
        before = len(places)
        said_now = agreement(row, event, said)
        assert len(places) - before == 1  # the places (and sites, families) tested once for the row
        assert said_now == _agreement_before(row, event, said)
        asked.append(said_now)
        return said_now

    monkeypatch.setattr(timeline._Row, "agreement", checked)
    now = _merged(buckets)
    assert len(asked) > 5000
    assert {timeline.ADMITS, timeline.AS_COPY, 0} <= set(asked)  # the rows refused reach the later tests too
    places.clear()
    monkeypatch.setattr(timeline._Row, "agreement", _agreement_before)
    assert _merged(buckets) == now  # rows, actors' rows, years, trace and row keys: the same
    assert len(places) > len(asked) * 1.3  # before: a row not admitted tested its places up to three times
