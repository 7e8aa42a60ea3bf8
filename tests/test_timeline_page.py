"""A page of the timeline read from the stored rows is the page of the whole timeline, and only its
events are decoded (timeline.timeline_page, what `libyadesk timeline` shows)."""

from __future__ import annotations

import datetime

import pytest

from helpers import article, record_calls
from libyadesk import Desk
from libyadesk import codec
from libyadesk import layers as L
from libyadesk.index import KINDS
from libyadesk.timeline import Event, TimelineFilter, page, timeline, timeline_page

TEXTS = {
    "a.md": article("Port", "Wire", "2023-11-20",
                    "Gunmen stormed the port of Misrata on Sunday. The coast guard has patrolled the port since 2014. "
                    "The governor met the port workers on Monday."),
    "b.md": article("Talks", "Post", "2024-02-10",
                    "Delegates of the two governments met in Geneva on Thursday. Elections are set for 24 December 2024. "
                    "The envoy briefed the Security Council on Friday."),
    "c.md": article("Oil", "Daily", "2024-07-03",
                    "Guards shut the Sharara oil field on Monday. The field reopened on Tuesday after talks in Tripoli. "
                    "The oil ministry said on Wednesday that exports would resume."),
    "d.md": article("Floods", "Wire", "2025-01-15",
                    "Floods cut the coastal road near Derna on Tuesday. Rescuers reached the town on Wednesday. "
                    "The army has guarded the dam since March 2023."),
    "e.md": article("Visit", "Observer", "2025-05-30",
                    "The prime minister visited Rome on Thursday. He met the Italian foreign minister in Rome on Friday. "
                    "Tripoli clashes broke out on Saturday."),
}

FILTERS = [
    TimelineFilter(),
    TimelineFilter(since=(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))),
    TimelineFilter(since=(datetime.date(2024, 6, 1), datetime.date(2024, 6, 30)),
                   until=(datetime.date(2025, 1, 1), datetime.date(2025, 1, 31))),
    TimelineFilter(kinds=frozenset({"onset", "scheduled"})),
    TimelineFilter(doc="c"),
    TimelineFilter(matches=lambda text: "Rome" in text or "port" in text),
    TimelineFilter(since=(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)), limit=3),
]
PAGES = [(0, None, False), (0, 2, False), (1, 3, False), (0, 2, True), (2, None, True), (50, 5, False)]


@pytest.fixture
def warm(make_corpus, tmp_path):
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        assert len(desk.timeline()) >= 12
    # A year the index had no events in, added after: its row is merged and stored by the update.
    (root / "z.md").write_text(article("Archive", "Wire", "2019-04-05",
                                       "Forces loyal to the commander advanced on Tripoli on Thursday."), encoding="utf-8")
    with Desk.open(root, cache=cache) as desk:
        assert any(e.date.startswith("2019") for e in desk.timeline())
    return root, cache


def test_a_page_from_the_stored_rows_is_the_page_of_the_whole_timeline(warm, monkeypatch):
    root, cache = warm
    decoded = record_calls(monkeypatch, codec, "convert", lambda raw, kind: kind)
    with Desk.open(root, cache=cache) as desk:
        for keep in FILTERS:
            for offset, limit, newest in PAGES:
                decoded.clear()
                events, total = timeline_page(desk.index, keep, offset, limit, newest)
                # Only the page's events are decoded, none of the years' rows whole.
                assert KINDS[L.EVENTS] not in decoded and decoded.count(Event) == len(events)
                whole = timeline(desk.index, keep)
                assert [e.to_json() for e in events] == [e.to_json() for e in page(whole, offset, limit, newest)]
                assert total == len(whole)


def test_a_page_in_a_date_range_reads_only_the_years_it_reaches(warm, monkeypatch):
    """Each year's row is kept with how many events it holds: the years wholly inside the range are
    counted, not read; the page reads the rows of the years it shows (and of a year the range cuts)."""
    from libyadesk.index import CorpusIndex

    root, cache = warm
    read = record_calls(monkeypatch, CorpusIndex, "keyed_text", lambda index, name, key: key)
    with Desk.open(root, cache=cache) as desk:
        years = sorted(desk.index.layer(L.EVENT_YEARS), key=int)
        since = TimelineFilter(since=(datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)))
        read.clear()
        events, total = timeline_page(desk.index, since, 0, 2)
        assert read == ["2023"] and total == len(timeline(desk.index, since))
        read.clear()
        events, total = timeline_page(desk.index, since, 0, 2, newest=True)
        assert read == [years[-1]] and [e.to_json() for e in events] == \
               [e.to_json() for e in page(timeline(desk.index, since), 0, 2, newest=True)]
        cut = TimelineFilter(since=(datetime.date(2024, 6, 1), datetime.date(2024, 6, 30)))
        read.clear()
        timeline_page(desk.index, cut, 0, 1)
        assert read == ["2024"]  # the cut year, read to count it, holds the first row


def test_a_year_wholly_in_the_range_is_parsed_only_up_to_the_end_of_the_page(warm, monkeypatch):
    """A year's row is written in timeline order: the events of a year the range holds whole are
    parsed one by one up to the page's end (a year at 100,000 articles is 34 MB of JSON for a page
    of 20), and the page is the one the whole timeline gives."""
    import json

    from libyadesk import timeline as T

    root, cache = warm
    parsed: list[int] = []

    class Counting(json.JSONDecoder):
        def raw_decode(self, s, idx=0):
            parsed.append(idx)
            return super().raw_decode(s, idx)

    monkeypatch.setattr(T, "_DECODER", Counting())
    whole_rows = record_calls(monkeypatch, T, "_passing_in", lambda index, bucket, keep: bucket)
    with Desk.open(root, cache=cache) as desk:
        sizes = desk.index.layer(L.EVENT_COUNTS)
        for keep in (TimelineFilter(), TimelineFilter(since=(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)))):
            every = timeline(desk.index, keep)
            for offset, limit in ((0, 1), (0, 2), (1, 2), (3, 4), (0, len(every) + 5)):
                parsed.clear()
                events, total = timeline_page(desk.index, keep, offset, limit)
                assert [e.to_json() for e in events] == [e.to_json() for e in page(every, offset, limit)]
                assert total == len(every) and not whole_rows
                # Parsed: the events before the page in the years it reaches, and its own; no more.
                skipped, seen = 0, 0
                for year in sorted(sizes, key=int):
                    if keep.since and int(year) < 2024:
                        continue
                    if seen + sizes[year] <= offset:
                        skipped += sizes[year]
                    seen += sizes[year]
                assert len(parsed) == min(offset + limit, total) - skipped


def test_the_counts_of_the_years_follow_every_change(warm):
    root, cache = warm
    steps = [("g.md", article("Harbour", "Daily", "2024-03-03", "Guards closed the harbour of Zuwara on Sunday.")),
             ("c.md", None), ("a.md", None),
             ("h.md", article("Old", "Wire", "2016-05-05", "Militias clashed in Sabha on Monday."))]
    for name, text in steps:
        if text is None:
            (root / name).unlink()
        else:
            (root / name).write_text(text, encoding="utf-8")
        with Desk.open(root, cache=cache) as desk:
            whole = timeline(desk.index)
            counts = desk.index.layer(L.EVENT_COUNTS)
            by_year: dict[str, int] = {}
            for event in whole:
                key = str(event.bounds[0].year)
                by_year[key] = by_year.get(key, 0) + 1
            assert counts == by_year, name
            events, total = timeline_page(desk.index, TimelineFilter(), 1, 3, newest=True)
            assert [e.to_json() for e in events] == [e.to_json() for e in page(whole, 1, 3, newest=True)] and total == len(whole)


def test_an_actor_or_a_row_written_in_this_call_takes_the_decoding_path(warm, make_corpus):
    root, cache = warm
    with Desk.open(root, cache=cache) as desk:
        actor = desk.index.keyed(L.ACTOR_EVENTS)
        keep = TimelineFilter(actor=next(iter(actor)).split("\t")[0])
        events, total = timeline_page(desk.index, keep, 0, 2)
        assert total == len(timeline(desk.index, keep)) and len(events) == min(2, total)
    (root / "f.md").write_text(article("More", "Wire", "2024-09-09", "Guards shut the Sharara oil field again on Sunday."),
                               encoding="utf-8")
    with Desk.open(root, cache=cache) as desk:  # the touched year is merged again in this call
        events, total = timeline_page(desk.index, FILTERS[1], 0, 4)
        whole = timeline(desk.index, FILTERS[1])
        assert [e.to_json() for e in events] == [e.to_json() for e in whole[:4]] and total == len(whole)


def test_a_damaged_row_is_read_on_the_decoding_path_which_heals_it(warm):
    import sqlite3

    root, cache = warm
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as connection:
        key = connection.execute("SELECT k FROM keyed WHERE layer = ? ORDER BY k LIMIT 1", (L.EVENTS,)).fetchone()[0]
        connection.execute("UPDATE keyed SET v = substr(v, 1, length(v) - 9) || 'xxxxxxxx]' WHERE layer = ? AND k = ?",
                           (L.EVENTS, key))
    with Desk.open(root, cache=False) as desk:
        fresh = [e.to_json() for e in timeline(desk.index)]
    with Desk.open(root, cache=cache) as desk:
        events, total = timeline_page(desk.index)
        assert [e.to_json() for e in events] == fresh and total == len(fresh)


def test_a_cache_without_the_counts_counts_its_rows_once(warm, monkeypatch):
    import sqlite3

    from libyadesk.index import CorpusIndex

    root, cache = warm
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM layers WHERE k = ?", (L.EVENT_COUNTS,))
    read = record_calls(monkeypatch, CorpusIndex, "keyed_text", lambda index, name, key: key)
    since = TimelineFilter(since=(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)))
    with Desk.open(root, cache=cache) as desk:
        first = timeline_page(desk.index, since, 0, 2)
        assert len(read) > 2 and [e.to_json() for e in first[0]] == [e.to_json() for e in timeline(desk.index, since)[:2]]
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        again = timeline_page(desk.index, since, 0, 2)
    assert len(read) == 1 and [e.to_json() for e in again[0]] == [e.to_json() for e in first[0]] and again[1] == first[1]



def test_an_actors_latest_events_decode_only_those_shown(warm, monkeypatch):
    """The actor view shows an actor's latest events: read from its latest years' rows as JSON, only
    the last n decoded, equal to the last n of all its events."""
    from libyadesk.timeline import actor_events, latest_actor_events

    root, cache = warm
    for i, (year, body) in enumerate([
            ("2023", "Khalifa Haftar met Giorgia Meloni in Rome on Monday. Abdul Hamid Dbeibah visited Ankara on Tuesday."),
            ("2024", "Khalifa Haftar inspected troops in Sirte on Sunday. Giorgia Meloni called Abdul Hamid Dbeibah on Monday. "
                     "Khalifa Haftar met Abdul Hamid Dbeibah in Paris on Friday."),
            ("2025", "Abdul Hamid Dbeibah opened a school in Misrata on Wednesday. Khalifa Haftar flew to Moscow on Thursday.")]):
        (root / f"n{i}.md").write_text(article("Notes", "Wire", f"{year}-03-10", body), encoding="utf-8")
    with Desk.open(root, cache=cache) as desk:
        desk.timeline()  # the update, written back; the next call reads stored rows
    decoded = record_calls(monkeypatch, codec, "convert", lambda raw, kind: kind)
    with Desk.open(root, cache=cache) as desk:
        index = desk.index
        actors = sorted({key.split("\t")[0] for key in index.keyed(L.ACTOR_EVENTS)})
        assert len(actors) >= 3
        for actor_id in actors:
            for n in (1, 2, 5, 100):
                decoded.clear()
                events, total = latest_actor_events(index, actor_id, n)
                assert KINDS[L.ACTOR_EVENTS] not in decoded and decoded.count(Event) == len(events)
                every = actor_events(index, actor_id)
                assert [e.to_json() for e in events] == [e.to_json() for e in every[-n:]] and total == len(every)
