"""A night that outlets date by its evening's day or by its morning's is one event (timeline.py; texts
are our own): "last night, Sunday" in a Monday post and "overnight" in a Monday wire, "during the night
from Monday to Tuesday" and "overnight" in a Tuesday wire.  Its span covers both days (Event.night), so
a report of either day may join it, but two reports of two different days still never share a row
(complete linkage), and two days' happenings told without a night stay apart."""

from __future__ import annotations

import datetime

from helpers import rows_saying as _rows_saying, story_page as _page, story_rows as _rows

from libyadesk.timeline import _night_told


def test_a_night_is_told_by_its_evening_or_by_its_morning():
    text = "Clashes erupted during the night from Monday to Tuesday."
    assert _night_told(text, text.index("Monday"), text.index("Monday") + 6) == 1
    text = "Gunmen attacked the checkpoint last night, Sunday, officials said."
    assert _night_told(text, text.index("last"), text.index(", officials")) == 1
    text = "Gunmen attacked the checkpoint on Sunday night."
    assert _night_told(text, text.index("Sunday"), text.index("Sunday") + 6) == 1
    text = "Fighting killed six people overnight, medics said."
    assert _night_told(text, text.index("overnight"), text.index("overnight") + 9) == -1
    text = "Flash floods tore through the city overnight on Sunday."
    assert _night_told(text, text.index("overnight"), len(text) - 1) == 0
    text = "Gunmen attacked the checkpoint on Sunday afternoon."
    assert _night_told(text, text.index("Sunday"), text.index("Sunday") + 6) == 0


def test_one_night_dated_by_its_evening_and_by_its_morning_is_one_row(make_corpus):
    rows = _rows(make_corpus, {
        "a.md": _page("Ambulance Service (Facebook)", "2060-02-23",
                      "#Ambulance | Our teams recovered six bodies and evacuated 19 wounded during the armed clashes "
                      "witnessed by the Ain Zara area last night, Sunday."),
        "w.md": _page("Desert Wire", "2060-02-23",
                      "TRIPOLI, Feb 23 - Fighting between two armed groups in Tripoli's Ain Zara district killed six "
                      "people overnight, emergency services said."),
    })
    [row] = _rows_saying(rows, "last night, Sunday", "killed six people overnight")
    assert row.date in ("2060-02-22", "2060-02-23")


def test_the_night_from_one_day_to_the_next_and_an_overnight_report_of_the_next_are_one_row(make_corpus):
    rows = _rows(make_corpus, {
        "g.md": _page("Eastern Government (Facebook)", "2060-01-13",
                      "#Government | The Prime Minister declared a state of emergency in Bayda today, Tuesday. The "
                      "torrential rains that fell during the night from Monday to Tuesday flooded the city and killed "
                      "four people."),
        "w.md": _page("Desert Wire", "2060-01-13",
                      "BAYDA, Jan 13 - Flash floods swept through the eastern city of Bayda overnight, killing four "
                      "people."),
    })
    assert _rows_saying(rows, "during the night from Monday to Tuesday", "Flash floods swept")


def test_two_days_happenings_told_without_a_night_stay_apart(make_corpus):
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2060-02-23",
                      "TRIPOLI, Feb 23 - Clashes broke out in the Ain Zara district on Sunday afternoon, killing two "
                      "fighters, residents said."),
        "b.md": _page("Coast Courier", "2060-02-24",
                      "TRIPOLI, Feb 24 - Clashes broke out in the Ain Zara district on Monday afternoon, killing two "
                      "fighters, residents said."),
    })
    assert not _rows_saying(rows, "on Sunday afternoon", "on Monday afternoon")


def test_a_night_joins_one_of_its_days_but_never_makes_one_row_of_both(make_corpus):
    # A night's report may join the evening's day or the morning's; the two days' own reports stay apart.
    rows = _rows(make_corpus, {
        "s.md": _page("Desert Wire", "2060-02-23",
                      "TRIPOLI, Feb 23 - Armed groups clashed in the Ain Zara district on Sunday, killing two fighters."),
        "m.md": _page("Coast Courier", "2060-02-24",
                      "TRIPOLI, Feb 24 - Armed groups clashed in the Ain Zara district on Monday, killing two fighters."),
        "n.md": _page("Ambulance Service (Facebook)", "2060-02-24",
                      "#Ambulance | Our teams evacuated the wounded of the armed clashes witnessed by the Ain Zara "
                      "district last night, Sunday."),
    })
    assert not _rows_saying(rows, "on Sunday, killing", "on Monday, killing")


def test_one_article_s_night_and_morning_are_two_times(make_corpus):
    # Within one article "last night" and "this morning" are told apart on purpose: two events.
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2060-08-28",
                      "A temporary ceasefire was agreed last night in the fighting between two militias in southern "
                      "Tripoli. The ceasefire seemed to be holding this morning as elders negotiated."),
    })
    assert not _rows_saying(rows, "agreed last night", "holding this morning")


def test_a_night_and_the_next_or_last_day_s_happening_stay_apart(make_corpus):
    # One side tells a night, the other a day: two happenings (a later night's "fresh clashes", the
    # morning's strike), however alike; only two reports that both tell a night meet across days.
    pairs = [
        (("2024-03-04", "Heavy clashes erupted between two armed groups in Zawiya on Sunday night, residents said."),
         ("2024-03-05", "Fresh clashes erupted between two armed groups in Zawiya on Monday afternoon, residents said.")),
        (("2024-03-05", "Rockets struck Mitiga airport overnight, forcing the suspension of all flights."),
         ("2024-03-04", "Rockets struck Mitiga airport on Monday morning, forcing the suspension of all flights.")),
        (("2024-03-12", "Protesters gathered in Martyrs' Square in Tripoli on Sunday. Later that night, gunmen opened "
                        "fire on the crowd, killing two people."),
         ("2024-03-09", "Gunmen opened fire on protesters in Martyrs' Square in Tripoli on Saturday, killing two "
                        "people, witnesses said.")),
    ]
    for (pub_a, text_a), (pub_b, text_b) in pairs:
        rows = _rows(make_corpus, {"a.md": _page("Desert Wire", pub_a, text_a), "b.md": _page("Coast Courier", pub_b, text_b)})
        assert not [r for r in rows if {s.doc for s in r.sources} == {"a", "b"}], (text_a, text_b)


def test_a_night_s_row_is_kept_or_left_by_its_own_date(make_corpus):
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import TimelineFilter, timeline

    index = build_index(load_corpus(make_corpus({"a.md": _page(
        "Desert Wire", "2024-03-05",
        "The Libyan National Army shelled positions of rival forces south of Sirte on Monday night, residents said.")})).documents)
    for keep in (TimelineFilter(since=(datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))),
                 TimelineFilter(since=(datetime.date(2024, 3, 5), datetime.date(2024, 3, 5)), actor="lna")):
        assert [r.date for r in timeline(index, keep)] == []
