"""Merging a bucket in a worker (timeline._merge_texts) lets a row go as soon as no later event can
reach it: the answer is exactly the one of merging every row to the end (what an update does),
and the rows held at once do not grow with the days a bucket covers.  Counted (rows alive, rows
let go), never measured with a clock or RSS."""

from __future__ import annotations

import datetime

from libyadesk import timeline
from libyadesk.codec import encode
from libyadesk.models import Citation
from libyadesk.timeline import (COPY, JOINED, Encoded, Event, _by_actor, _decision_of, _event_key, _merge_texts,
                                _merge_traced, _said, prepare_events)

# Written for this test, in the styles of a wire, an analysis site, a blog and a UN release: each
# happening is told by several outlets (one a wire copy whose date its site read a few days
# apart), and a background line of the year that every later day can find.
_STORIES = [
    ("Clashes broke out in {city} on {day} between rival brigades, killing {n} fighters, residents said.",
     "Fighting between armed groups in {city} on {day} left {n} fighters dead, according to local sources.",
     "{city} saw heavy clashes on {day} as brigades fought over a checkpoint; {n} were killed."),
    ("A boat carrying {n} migrants capsized off {city} on {day}, the IOM said in a statement.",
     "At least {n} people drowned when their dinghy sank off the coast of {city} on {day}.",
     "The UN migration agency said a vessel with {n} migrants overturned near {city} on {day}."),
    ("The central bank governor met the finance minister in {city} on {day} to discuss a unified budget.",
     "Talks on a unified budget between the governor and the minister took place in {city} on {day}.",
     "In {city} on {day}, the governor and the finance minister discussed the stalled budget again."),
]
_CITIES = ["Zawiya", "Misrata", "Sabha", "Zuwara", "Gharyan", "Sirte", "Tobruk"]
_ACTORS = [["brigade-a", "brigade-b"], ["iom"], ["cbl", "finance-ministry"]]


def _event(doc: int, text: str, date: str, precision: str, published: datetime.date, actors: list[str],
           city: str, dated_by: str = "stated") -> Event:
    words = [w.lower().strip(".,;") for w in text.split() if len(w) > 3]
    return Event(date=date, precision=precision, dated_by=dated_by, doc=f"d{doc:05d}", sentence=doc % 5, text=text,
                 actors=list(actors), sources=[Citation(doc=f"d{doc:05d}", source=f"Outlet {doc % 11}",
                                                        published=published.isoformat(), text=text)],
                 actor_names=list(actors), words=words, core=words[:4], where=[city.lower()], sides=list(actors))


def _bucket(days: int) -> list[tuple[int, Event]]:
    """(key, event) of a year's bucket covering `days` days: a happening a day told three ways, a wire
    copy dated two days late, a lead dated by its publication, and a background line every ten days."""
    start = datetime.date(2031, 1, 3)
    events: list[Event] = []
    for d in range(days):
        day = start + datetime.timedelta(days=d)
        story, city, n = d % len(_STORIES), _CITIES[d % len(_CITIES)], 3 + d % 17
        told = [w.format(city=city, day=f"{day:%d %B}", n=n) for w in _STORIES[story]]
        for j, text in enumerate(told):
            events.append(_event(len(events), text, day.isoformat(), "day", day + datetime.timedelta(days=1),
                                 _ACTORS[story] if j != 1 else [], city))
        late = day + datetime.timedelta(days=2)  # a site that read "on Monday" against a later week
        events.append(_event(len(events), told[0], late.isoformat(), "day", day + datetime.timedelta(days=2),
                             _ACTORS[story], city, "relative"))
        published = day + datetime.timedelta(days=1)
        events.append(_event(len(events), told[2].replace(f" on {day:%d %B}", ""), published.isoformat(), "day",
                             published, _ACTORS[story], city, "publication"))
        if d % 10 == 0:
            events.append(_event(len(events), f"Violence in {city} rose sharply through 2031, monitors said.", "2031",
                                 "year", day, [], city))
    prepared = [prepare_events([e])[0] for e in events]
    return [(_event_key(i, 0), e) for i, e in enumerate(prepared)]


def test_a_bucket_merged_in_a_window_gives_what_merging_every_row_to_the_end_gives():
    pairs = _bucket(40)
    whole = _merge_traced([e for _, e in pairs], [k for k, _ in pairs])
    merged, own, span, trace, _ = _merge_texts([encode(list(p)) for p in pairs])
    assert merged == encode(whole.rows) and trace == encode(whole.trace) and span == timeline._years(whole.rows)
    assert own == [(a, encode(rows), len(rows)) for a, rows in _by_actor(whole.rows).items()]
    # The merge really decided things here: reports joined rows, and wire copies read apart joined theirs.
    decisions = [_decision_of(_said(entry))[0] for entry in whole.trace]
    assert decisions.count(JOINED) > 40 and any(COPY in _said(entry)[1::2] for entry in whole.trace)
    assert len(whole.rows) < len(pairs) / 2


def _held(days: int, monkeypatch) -> tuple[int, int, int]:
    """(events, rows let go before the merge ended, the most rows opened by a date finer than the year
    alive at once) for a bucket of `days` days."""
    alive = [0]
    most = [0]
    taken = [0]
    settled_early = [0]

    class Counted(timeline._Row):
        __slots__ = ("fine",)

        def __init__(self, event, key=0):
            super().__init__(event, key)
            # Rows of the year itself stay reachable all year (every day looks the year up): not counted.
            self.fine = event.precision != "year"
            alive[0] += self.fine
            most[0] = max(most[0], alive[0])

        def __del__(self):
            alive[0] -= self.fine

    take = Encoded.take

    def counted(self, i):
        taken[0] += 1
        return take(self, i)

    real = timeline._merge_traced

    def watched(events, keys, before=None, dirty=None, was_order=None, redone=None, settle=None):
        def counting(opened, row):
            if taken[0] < len(events):
                settled_early[0] += 1
            settle(opened, row)
        return real(events, keys, before, dirty, was_order, redone, counting if settle else None)

    monkeypatch.setattr(timeline, "_Row", Counted)
    monkeypatch.setattr(Encoded, "take", counted)
    monkeypatch.setattr(timeline, "_merge_traced", watched)
    pairs = _bucket(days)
    _merge_texts([encode(list(p)) for p in pairs])
    return len(pairs), settled_early[0], most[0]


def test_the_rows_held_while_merging_do_not_grow_with_the_days_of_a_bucket(monkeypatch):
    events, early, small = _held(20, monkeypatch)
    events3, early3, large = _held(60, monkeypatch)
    assert events3 > 2.9 * events
    assert early > 0 and early3 > 2 * early  # rows let go while the merge ran, more in the longer bucket
    # A window of days (REACH_DAYS and the day being merged; here a day makes one or two rows) for
    # 20 days as for 60: merging every row to the end holds all of them (about 3x as many for 60).
    assert 0 < large <= 2 * (timeline.REACH_DAYS + 3) and large <= 1.5 * small
