"""A court's judgment of a person is a kind of happening (data/event_words.toml, concept "sentencing",
in the family of a court's rulings); a number written in words from ten up is compared as its figure
(timeline.numbers, data/event_words.toml `spelled_tens`); and an undated sentence telling who attended
the event the sentence before it told is that event (timeline._attendances). Texts are our own."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.timeline import numbers


def test_numbers_written_in_words_from_ten_up_are_their_figures_and_ordinals_and_small_counts_are_not():
    assert numbers("The twelve-year sentence handed down on Thursday") == {"12"}
    assert numbers("Twenty-three migrants and forty five crew") == {"23", "45"}
    assert numbers("in the twenty-first century, two ministers and three days") == frozenset()
    assert numbers("the Tenth Brigade, a tenacious unit") == frozenset()
    # A figure and its words agree.
    assert numbers("sentenced to 15 years") == numbers("a fifteen-year term")


def test_a_sentencing_told_by_a_wire_and_a_translated_outlet_is_one_row_and_the_arrest_that_day_is_another(
        make_corpus):
    """The wire gives the court, the term in figures and the charge; the translated outlet names only
    the man and the term in words, no other word in common. The same man's former deputy arrested in
    the same city that day is another event."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-10-23",
                      "TRIPOLI, Oct 23 (DW) - A Tripoli court on Thursday sentenced Hamza Elwerfalli, a former "
                      "head of the state ports company, to 15 years in prison for embezzling harbour fees."),
        "t.md": _page("Al-Manara (translated from Arabic)", "2031-10-24",
                      "The fifteen-year sentence handed down yesterday, Thursday, to Engineer Hamza Elwerfalli "
                      "continues to divide opinion."),
        "a.md": _page("Coast Courier", "2031-10-23",
                      "Police in Tripoli on Thursday arrested Salem Elwerfalli, a cousin of the convicted man, "
                      "at the airport."),
    })
    assert [d for d in _docs_of(rows, "Elwerfalli") if "w" in d] == [["t", "w"]]
    assert ["a"] in _docs_of(rows, "arrested")


def test_without_the_figure_in_words_the_two_reports_of_a_sentencing_stay_apart(make_corpus):
    """The same pair with another term in the translated outlet: a name and the kind alone are not one
    event (two sentencings of one man are possible)."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-10-23",
                      "TRIPOLI, Oct 23 (DW) - A Tripoli court on Thursday sentenced Hamza Elwerfalli, a former "
                      "head of the state ports company, to 15 years in prison for embezzling harbour fees."),
        "t.md": _page("Al-Manara (translated from Arabic)", "2031-10-24",
                      "The eleven-year sentence handed down yesterday, Thursday, to Engineer Hamza Elwerfalli "
                      "continues to divide opinion."),
    })
    assert _docs_of(rows, "Elwerfalli") == [["t"], ["w"]]


def test_who_attended_the_signing_told_after_it_is_the_signing_with_more_participants(make_corpus):
    """A wire tells the pact's renewal with its day, then who attended the signing (no date of its own):
    one row with the prime ministers among its actors, which the government's post of that day joins."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-03-25",
                      "ROME, March 25 (DW) - Italy and Libya on Tuesday renewed for three years a pact under which "
                      "Rome trains the Libyan coast guard.\n\nItalian Prime Minister Carla Ventura and Prime "
                      "Minister Omar Elturki of Libya's Government of National Unity attended the signing at the "
                      "Villa Madama."),
        "g.md": _page("Government of National Unity (Facebook)", "2031-03-25",
                      "#GNU | His Excellency the Prime Minister, Mr. Omar Elturki, and the President of the "
                      "Council of Ministers of Italy, Mrs. Carla Ventura, witnessed today, Tuesday, the signing of "
                      "the renewed memorandum of understanding."),
    })
    renewal = [r for r in rows if any("renewed for three years" in (s.text or "") for s in r.sources)]
    assert len(renewal) == 1
    assert {"w", "g"} <= {s.doc for s in renewal[0].sources}
    assert any("elturki" in a for a in renewal[0].actors)


def test_an_act_done_to_the_told_event_is_not_who_attended_it(make_corpus):
    """Rights groups condemning the signing, told after it, did another thing that day: two rows."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-03-25",
                      "ROME, March 25 (DW) - Italy and Libya on Tuesday renewed for three years a pact under which "
                      "Rome trains the Libyan coast guard.\n\nRights groups in Rome condemned the signing and staged "
                      "a sit-in outside the ministry."),
    })
    assert len([r for r in rows if r.date == "2031-03-25"]) == 2


def test_a_digest_s_headline_form_of_a_sentencing_joins_the_wire_s_report(make_corpus):
    """ "X gets 15 years from the Court of Appeal": the headline form of a sentencing, in a month's digest."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-10-23",
                      "TRIPOLI, Oct 23 (DW) - A Libyan court on Thursday sentenced Hamza Elwerfalli, a former "
                      "head of the state ports company, to 15 years in prison for embezzling harbour fees."),
        "d.md": _page("The Libya File", "2031-11-01",
                      "October in review\n\n- 23 Oct: Hamza Elwerfalli gets 15 years from the Tripoli Court of "
                      "Appeal; his lawyers will appeal."),
    })
    assert [d for d in _docs_of(rows, "Elwerfalli") if "w" in d] == [["d", "w"]]


def test_a_term_given_is_a_sentencing_and_years_of_something_else_are_not(make_corpus):
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    def words(body: str) -> list[str]:
        index = build_index(load_corpus(make_corpus({"a.md": _page("Desert Wire", "2031-10-24", body)})).documents)
        return [w for e in extract_events(index) for w in e.words]

    assert "=sentencing" in words("A Tripoli court on Thursday jailed the former oil minister Hamza Roe for twelve years.")
    assert "=sentencing" not in words("Zawiya finally gets clean drinking water after years of shortages, the "
                                      "municipality said on Monday.")
    assert "=sentencing" not in words("Police on Monday detained an activist who was previously jailed for "
                                      "criticising the government.")


def test_a_number_in_words_before_or_after_a_scale_word_is_not_read():
    assert numbers("one hundred and fifty migrants, fifteen thousand people, twenty billion dinars") == frozenset()


def test_who_did_not_attend_or_attended_another_meeting_does_not_join_the_event(make_corpus):
    for second in ("Neither Khalifa Haftar nor Aguila Saleh attended the signing.",
                   "The UN envoy Jane Roe chaired the meeting of the Berlin Process working group in Berlin."):
        rows = _rows(make_corpus, {
            "w.md": _page("Desert Wire", "2031-03-25",
                          "ROME, March 25 (DW) - Italy and Libya on Tuesday renewed for three years a pact and held "
                          f"a meeting on migration.\n\n{second}"),
        })
        renewal = [r for r in rows if any("renewed for three years" in (s.text or "") for s in r.sources)]
        assert len(renewal) == 1 and not {"khalifa-haftar", "aguila-saleh", "discovered:jane-roe"} & set(renewal[0].actors)
