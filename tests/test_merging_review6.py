"""Merges a review found wrong (round 5): each test is a shape that was merged, or split, wrongly.

Every text here is written for the test.
"""

from __future__ import annotations

from libyadesk.timeline import put_off
from helpers import rows_saying as _row_of, story_page as _page, story_rows as _rows


def test_off_and_back_at_the_start_of_a_longer_word_say_nothing_was_put_off():
    assert not put_off("The scandal put election officers under heavy pressure.")
    assert not put_off("Observers called on election officers to count the votes in public.")
    assert not put_off("Critics said that pushing the vote backwards would anger voters.")
    assert put_off("Parliament voted to push the parliamentary elections back until next year.")
    assert put_off("The commission called the vote off.")


def test_a_vote_held_with_officials_named_after_it_joins_the_plan_for_that_day(make_corpus):
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-03-10",
                      "Residents of Gharyan will choose a new municipal council on Saturday, the election "
                      "commission announced."),
        "b.md": _page("Coast Courier", "2031-03-15",
                      "Polling stations opened in Gharyan on Saturday for the municipal elections, and observers "
                      "called on election officials to announce the results within two days."),
    })
    both = _row_of(rows, "will choose a new municipal council", "Polling stations opened")
    assert len(both) == 1 and both[0].kind == "event"


def test_elections_or_a_ceremony_named_after_an_appointment_of_that_day_stay_apart(make_corpus):
    """An election's word also names an appointment (its `also`), and a ceremony is many things: "The
    elections on Monday" or "The ceremony on Sunday" after an appointment of that day name another
    happening."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-04-15",
                      "The Government of National Unity appointed a new defence minister on Monday, a spokesman "
                      "said.\n\nThe elections on Monday went ahead peacefully in most municipalities, monitors "
                      "said."),
        "b.md": _page("Coast Courier", "2031-04-16",
                      "The Presidential Council appointed a new ambassador to Tunisia on Sunday.\n\n"
                      "The ceremony on Sunday celebrated the graduation of 200 naval officers in Misrata."),
    })
    assert not _row_of(rows, "appointed a new defence minister", "The elections on Monday")
    assert not _row_of(rows, "appointed a new ambassador", "The ceremony on Sunday")
    assert len(_row_of(rows, "The elections on Monday")) == 1
    assert len(_row_of(rows, "The ceremony on Sunday")) == 1


def test_a_date_in_another_subjects_clause_is_not_the_noun_the_sentence_opens_with(make_corpus):
    """"The attack on Friday came two days after a raid on Wednesday": Wednesday's is the raid's
    date, told after the noun's verb, not the attack's; the attack of Wednesday told before stays
    apart from it."""
    rows = _rows(make_corpus, {
        "a.md": _page("Harbour Post", "2031-05-24",
                      "Armed men attacked an army patrol in Sirte on Wednesday, wounding three soldiers, a "
                      "military spokesman said.\n\nThe attack on Friday in Sirte came two days after a raid on "
                      "Wednesday on the home of a tribal elder, witnesses said."),
        # one date, after the verb: still the noun's own
        "b.md": _page("Desert Wire", "2031-05-24",
                      "Armed men attacked a police station in Derna on Wednesday, killing one officer.\n\n"
                      "The attack left the station badly damaged, officials said on Wednesday."),
    })
    assert not _row_of(rows, "attacked an army patrol", "The attack on Friday")
    both = _row_of(rows, "attacked a police station in Derna", "The attack left the station")
    assert len(both) == 1 and len(both[0].sources) == 2


def test_a_noun_named_again_with_another_target_or_another_act_stays_apart(make_corpus):
    """The noun's kind is the earlier clause's, but it was aimed at something the earlier does not
    name, or a law's noun tells another act than its passing."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-07-08",
                      "Armed men attacked a military convoy near Tarhuna on Saturday, killing three soldiers.\n\n"
                      "The attack on Saturday night on the house of a tribal leader caused no casualties, "
                      "residents said."),
        "b.md": _page("Coast Courier", "2031-07-10",
                      "The House of Representatives approved a law on water management on Wednesday.\n\n"
                      "The budget presented on Wednesday to the House amounts to 110 billion dinars, deputies "
                      "said."),
        # the same target, and a law's passing told by its own verb: one row each
        "c.md": _page("Harbour Post", "2031-07-15",
                      "Armed men attacked a military convoy near Gharyan on Saturday, killing two soldiers.\n\n"
                      "The attack on Saturday night on the convoy caused heavy damage, residents said."),
        "d.md": _page("Sahel Times", "2031-07-10",
                      "The House of Representatives approved a law on local taxes on Wednesday.\n\n"
                      "The text was adopted on Wednesday by 95 votes, deputies said."),
    })
    assert not _row_of(rows, "attacked a military convoy near Tarhuna", "The attack on Saturday night")
    assert not _row_of(rows, "approved a law on water management", "The budget presented")
    assert len(_row_of(rows, "near Gharyan", "caused heavy damage")) == 1
    assert len(_row_of(rows, "law on local taxes", "The text was adopted")) == 1


def test_who_with_whom_where_joins_a_coarse_report_only_to_the_meeting_it_tells(make_corpus):
    """A month's report of two men's meeting in one town, with what it was about, joins the day
    report saying the same purpose, not an earlier meeting of theirs there about something else; two
    approvals of one body in one town and month are no meeting: the place does not join them."""
    rows = _rows(make_corpus, {
        "a.md": _page("Libya Wire", "2030-03-05",
                      "Khalifa Haftar met Russian President Vladimir Putin in Moscow on 4 March to discuss arms "
                      "deliveries."),
        "c.md": _page("Crisis Analysis", "2030-04-10",
                      "On 18 March, Haftar met Putin in Moscow to ask for wheat shipments and help with the power "
                      "grid."),
        "d.md": _page("Crisis Analysis", "2030-04-12",
                      "Haftar met Putin in Moscow last month to ask for wheat shipments."),
        "e.md": _page("Libya Wire", "2030-06-20",
                      "The House of Representatives approved the development plan of Osama Hammad's government in "
                      "Tobruk in June."),
        "f.md": _page("Benghazi Post", "2030-06-28",
                      "The House of Representatives approved Osama Hammad's candidate for head of the audit bureau "
                      "in Tobruk on 24 June."),
    })
    assert not _row_of(rows, "to discuss arms deliveries", "last month to ask for wheat")
    assert len(_row_of(rows, "On 18 March", "last month to ask for wheat")) == 1
    assert not _row_of(rows, "development plan", "candidate for head of the audit bureau")


def test_a_clause_whose_date_is_not_its_nouns_is_told_again_only_in_shared_words(make_corpus):
    """"The attack on Friday followed a raid on Wednesday on the home of a tribal elder": the clause's
    kind is its opening noun's, so a kind and a town in common do not make the raid the attack told
    on Wednesday before; the ambush of Wednesday told with that attack's own words still is."""
    rows = _rows(make_corpus, {
        "a.md": _page("Harbour Post", "2031-05-24",
                      "Armed men attacked an army patrol in Sirte on Wednesday, wounding three soldiers, a "
                      "military spokesman said.\n\nThe attack on Friday in Sirte followed a raid on Wednesday on "
                      "the home of a tribal elder, witnesses said."),
        "b.md": _page("Desert Wire", "2031-06-07",
                      "Armed men attacked an army patrol in Sabha on Wednesday, killing two soldiers, a military "
                      "spokesman said.\n\nThe attack on Friday in Sabha came two days after the ambush on Wednesday "
                      "that killed two soldiers of an army patrol, witnesses said."),
    })
    assert not _row_of(rows, "attacked an army patrol in Sirte", "followed a raid on Wednesday")
    assert len(_row_of(rows, "attacked an army patrol in Sabha", "the ambush on Wednesday")) == 1
