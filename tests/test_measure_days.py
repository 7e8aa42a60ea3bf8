"""The day a measure takes effect: "with effect from today, Tuesday" dates the measure (no start of a
span, timeline._kind_of); and a digest's entry dated at its opening ("- 22 Mar:
The bank devalues the dinar ..., effective 2 April.") is no picture's caption however it ends
(timeline._present_caption). Texts are our own."""

from __future__ import annotations

from helpers import story_page as _page, story_rows as _rows


def _dated(rows) -> list[tuple[str, str]]:
    return sorted((r.date, r.kind) for r in rows)


def test_a_measure_with_effect_from_today_is_of_today(make_corpus):
    rows = _rows(make_corpus, {"n.md": _page(
        "National Oil Corporation (Facebook)", "2031-05-13",
        "#NOC | The National Oil Corporation announces the lifting of force majeure on exports from the port "
        "of Zueitina with effect from today, Tuesday, and the resumption of loading operations.")})
    assert _dated(rows) == [("2031-05-13", "event")]


def test_a_measure_with_effect_from_a_date_gives_no_row_in_the_past(make_corpus):
    """A date after "with effect from" is read by its clause's tense, past after "announced": the rule
    takes only a day named from the day of writing, so no row a year back is made of "1 June"."""
    rows = _rows(make_corpus, {"b.md": _page(
        "Central Bank of Libya (Facebook)", "2031-05-13",
        "The Central Bank of Libya announced on Tuesday a new fee on foreign currency sales, with effect from 1 June.")})
    assert all(date >= "2031" for date, _ in _dated(rows))


def test_a_digest_entry_in_the_present_that_ends_with_a_later_day_is_no_caption(make_corpus):
    rows = _rows(make_corpus, {"d.md": _page(
        "The Libya File", "2031-04-01",
        "THE LIBYA FILE - March digest\nEconomy\n- 19 Mar: The CBL devalues the dinar to 6.40 to the dollar, "
        "effective 2 April.\n- 24 Mar: The HCS sends its remarks on the draft budget to the House.")})
    assert ("2031-03-19", "event") in _dated(rows)
    assert ("2031-04-02", "scheduled") in _dated(rows)
