"""A figure given with its unit ("a 20 percent cut", "20%", "3.5 billion dinars") counts as a word two
reports share (timeline.quantities, read by timeline._weighed, and a key rows are found by): outlets
that tell one monetary or budget measure in other words, one naming the body and the other saying it
in plain words, merge; the same body's other act of that day, told with another figure, does not.
Texts are our own."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.timeline import quantities


def test_a_figure_is_a_quantity_with_its_unit_or_sign_and_a_bare_count_is_not():
    assert quantities("The fund signed a $2.4 billion deal and cut fees by 8%, laying off 40 staff.") \
        == {"2.4 money", "8 share"}
    assert quantities("Output fell by 150,000 barrels a day after a 35-billion-dinar budget.") \
        == {"150000 volume", "35 money"}
    assert quantities("Gunmen killed 4 people and wounded 11 on 3 May 2031.") == frozenset()
    # One figure in two wordings agrees; one value of two sorts does not.
    assert quantities("a tax of 20 per cent") == quantities("a 20% tax") != quantities("20 tonnes of flour")


def test_one_reserve_cut_told_by_a_wire_and_a_translated_outlet_is_one_row_and_the_governor_s_figure_is_another(
        make_corpus):
    """The wire names the Central Bank of Libya and a ratio; the translated outlet says "the central
    bank", another verb and the same ratio, no content word in common; the governor's statement of
    that day gives another figure."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-05-06",
                      "The Central Bank of Libya lowered the reserve requirement for commercial lenders to 20 "
                      "percent on Monday, hoping to free credit for small businesses."),
        "t.md": _page("Al-Wasat Arabic (translated)", "2031-05-07",
                      "The Central Bank decided on Monday the reduction of the ratio of deposits that banks "
                      "must hold to 20% of their liabilities."),
        "g.md": _page("Coast Courier", "2031-05-06",
                      "Central bank governor Naji Issa said on Monday that foreign reserves stood at 82 billion "
                      "dollars, enough to cover two years of imports."),
    })
    assert _docs_of(rows, "Monday") == [["g"], ["t", "w"]]


def test_a_fee_told_on_its_day_and_in_the_week_after_is_one_row(make_corpus):
    """A daily's analysis names the fee by its week and figure ("last week's 12 percent levy"), the
    wire by its day; a subsidy cut of that week by the government, with another figure, stays apart."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-10-13",
                      "The Central Bank of Libya on Sunday set a 12 percent charge on letters of credit for "
                      "imported cars, effective immediately."),
        "a.md": _page("Tripoli Notes (blog)", "2031-10-16",
                      "Last week's 12 percent levy was aimed at dealers who import luxury vehicles, the central "
                      "bank admits."),
        "s.md": _page("Coast Courier", "2031-10-15",
                      "The Government of National Unity on Tuesday cut the subsidy on diesel by 30 percent, "
                      "the finance ministry said."),
    })
    assert [["a", "w"]] == [d for d in _docs_of(rows, "12 percent") if len(d) > 1]
    assert _docs_of(rows, "30 percent") == [["s"]]


def test_a_board_s_meeting_that_amended_the_official_exchange_rate_is_the_wire_s_devaluation(make_corpus):
    """The bank's post dates the board's meeting ("at its extraordinary meeting held today, Wednesday")
    and says what it decided in other words than the wire's ("to amend the official exchange rate"):
    a devaluation both, with the rates in common; not a meeting apart from it."""
    rows = _rows(make_corpus, {
        "b.md": _page("Central Bank of Libya (Facebook)", "2031-03-19",
                      "#CBL | The Board of Directors of the Central Bank of Libya decided, at its extraordinary "
                      "meeting held today, Wednesday, under the chairmanship of the Governor, Mr. Naji Issa, to "
                      "amend the official exchange rate of the Libyan dinar, so that the US dollar becomes 6.40 "
                      "dinars instead of 5.60 dinars."),
        "w.md": _page("Desert Wire", "2031-03-19",
                      "TRIPOLI, March 19 (DW) - Libya's central bank devalued the dinar by about 12 percent on "
                      "Wednesday, setting the official rate at 6.40 to the dollar from 5.60."),
    })
    assert _docs_of(rows, "dinar") == [["b", "w"]]
