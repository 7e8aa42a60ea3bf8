"""A night that outlets date by its evening's day or by its morning's is one event (timeline.py; texts
are our own): "last night, Sunday" in a Monday post and "overnight" in a Monday wire, "during the night
from Monday to Tuesday" and "overnight" in a Tuesday wire.  Its span covers both days (Event.night), so
a report of either day may join it, but two reports of two different days still never share a row
(complete linkage), and two days' happenings told without a night stay apart."""

from __future__ import annotations

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
