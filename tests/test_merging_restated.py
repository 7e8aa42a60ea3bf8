"""One article telling one happening twice: a lead with a verb, a later clause naming it by a noun.

"Parliament on Tuesday approved a law" ... "The vote took place on Tuesday in Tobruk" is one row
(timeline._named_again); a later clause naming another happening, another kind, place or
participant stays its own.  Every text here is written for the test.
"""

from __future__ import annotations

from libyadesk.timeline import _restating_kinds
from helpers import rows_saying as _row_of, story_page as _page, story_rows as _rows


def test_a_vote_named_by_its_noun_after_the_lead_told_the_approval_is_one_row(make_corpus):
    rows = _rows(make_corpus, {"a.md": _page(
        "Desert Wire", "2031-06-10",
        "Libya's parliament on Tuesday approved a new electoral law, ending a long dispute with the council of "
        "state.\n\nThe vote took place on Tuesday in Tobruk after a stormy session, with 84 members in favour, "
        "a spokesman said."),
        # another kind of happening that day: a vote, then clashes
        "b.md": _page("Coast Courier", "2031-06-10",
                      "Libya's parliament on Tuesday approved a new electoral law in Tobruk.\n\n"
                      "The clashes on Tuesday in Tripoli killed four people, medics said.")})
    both = _row_of(rows, "approved a new electoral law, ending", "The vote took place")
    # the two clauses of a.md and b.md's approval of that law, nothing else
    assert len(both) == 1 and len(both[0].sources) == 3
    assert not _row_of(rows, "The vote took place", "The clashes on Tuesday")
    assert not _row_of(rows, "approved a new electoral law in Tobruk", "The clashes on Tuesday")


def test_the_bill_named_again_with_another_verb_after_the_lead_told_its_approval_is_one_row(make_corpus):
    """"approved the state budget on Tuesday" / "The bill passed by 120 votes to 40, the speaker said on
    Tuesday": a law named again (data/event_words.toml `restating_nouns`); a second law of that day,
    said so, stays apart."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-06-11",
                      "Libya's parliament approved the state budget on Tuesday, ending a months-long standoff with "
                      "the government.\n\nThe bill passed by 120 votes to 40, the speaker said on Tuesday."),
        "b.md": _page("Coast Courier", "2031-06-11",
                      "The House of Representatives approved a law on municipal elections on Tuesday.\n\n"
                      "The second law passed on Tuesday regulates the customs service, deputies said."),
    })
    assert len(_row_of(rows, "approved the state budget", "The bill passed")) == 1
    assert not _row_of(rows, "law on municipal elections", "The second law")


def test_talks_named_after_the_meeting_of_two_leaders_is_one_row(make_corpus):
    rows = _rows(make_corpus, {"a.md": _page(
        "Desert Wire", "2031-06-13",
        "Prime Minister Abdul Hamid Dbeibah met Turkish President Recep Tayyip Erdogan in Ankara on Thursday.\n\n"
        "The talks on Thursday focused on energy and on the training of Libyan officers, a Turkish official "
        "said."),
        # a participant the lead does not know of
        "b.md": _page("Sahel Times", "2031-06-13",
                      "Prime Minister Abdul Hamid Dbeibah met Italian Prime Minister Giorgia Meloni in Rome on "
                      "Thursday.\n\nThe talks with Emmanuel Macron on Thursday focused on migration.")})
    assert len(_row_of(rows, "met Turkish President", "The talks on Thursday")) == 1
    assert not _row_of(rows, "met Italian Prime Minister", "The talks with Emmanuel Macron")


def test_an_offensive_launched_this_week_and_the_assault_begun_on_monday_in_its_body_are_one_row(make_corpus):
    rows = _rows(make_corpus, {"a.md": _page(
        "Desert Wire", "2031-06-12",
        "Eastern forces launched an offensive on the southern town of Ubari this week, residents said.\n\n"
        "The assault began before dawn on Monday with drone strikes on the town's airport, a local official "
        "said.")})
    both = _row_of(rows, "launched an offensive", "The assault began")
    assert len(both) == 1 and both[0].date == "2031-06-09" and len(both[0].sources) == 2


def test_an_attack_named_again_with_a_relative_clause_joins_the_lead(make_corpus):
    rows = _rows(make_corpus, {"a.md": _page(
        "Desert Wire", "2031-06-13",
        "Armed men attacked a police station in Zawiya on Wednesday, killing two officers.\n\n"
        "The attack, which took place on Wednesday night, was the worst on the town's police in years, "
        "residents said."),
        # another place: an attack in Zawiya, then one in Misrata
        "b.md": _page("Coast Courier", "2031-06-13",
                      "Armed men attacked a police station in Zawiya on Wednesday.\n\n"
                      "The attack in Misrata on Wednesday night targeted a checkpoint, residents said."),
        # a second happening of one kind that day
        "c.md": _page("Harbour Post", "2031-06-13",
                      "Gunmen attacked a checkpoint near Gharyan on Friday.\n\n"
                      "The second attack on Friday hit a convoy, a security source said.")})
    assert len(_row_of(rows, "attacked a police station in Zawiya on Wednesday, killing", "The attack, which")) == 1
    assert not _row_of(rows, "attacked a police station in Zawiya on Wednesday.", "The attack in Misrata")
    assert not _row_of(rows, "attacked a checkpoint", "The second attack")


def test_a_ceremony_named_after_the_ministers_were_sworn_in_is_one_row(make_corpus):
    rows = _rows(make_corpus, {"a.md": _page(
        "Desert Wire", "2031-09-02",
        "The ministers of the new unity government were sworn in on Monday before the House of "
        "Representatives.\n\nThe ceremony took place on Monday in the city of Sirte, in the presence of foreign "
        "ambassadors, a spokesman said.")})
    assert len(_row_of(rows, "were sworn in", "The ceremony took place")) == 1


def test_the_kinds_a_clause_names_by_the_noun_it_opens_with():
    assert _restating_kinds("The vote took place on Tuesday.") >= {"=approval"}
    assert "=oath" in _restating_kinds("The ceremony took place on Monday.")
    assert "=attack" in _restating_kinds("The fierce attack began at dawn.")
    assert _restating_kinds("The bill passed by 120 votes to 40.") >= {"=approval"}
    assert _restating_kinds("The House voted on Tuesday.") == frozenset()
    assert _restating_kinds("Parliament voted on Tuesday.") == frozenset()


def test_a_later_clause_naming_nobody_tells_again_by_its_subject_the_meeting_told_with_its_appointer(make_corpus):
    """"The rival cabinet appointed by the eastern parliament met for the first time Thursday" names the
    parliament (who appointed it); "On Thursday, the cabinet met in Sirte" names nobody: its subject is
    the cabinet told before, one meeting (timeline._subject_again).  A later clause saying "also", or
    naming a town apart from the one the earlier named, stays its own."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-05-16",
                      "The rival cabinet appointed by Libya's eastern-based parliament met for the first time "
                      "Thursday, deepening the country's split.\n\nOn Thursday, the cabinet met in Sirte, where "
                      "ministers discussed the budget, a spokesman said."),
        "b.md": _page("Coast Courier", "2031-07-11",
                      "The rival cabinet appointed by the eastern-based parliament met in Benghazi on Thursday.\n\n"
                      "On Thursday, the cabinet also met the UN envoy to discuss the elections."),
        "c.md": _page("Harbour Post", "2031-09-12",
                      "The rival cabinet appointed by the eastern-based parliament met in Benghazi on Thursday.\n\n"
                      "On Thursday, the cabinet met in Tobruk to approve the budget, a spokesman said."),
    })
    assert len(_row_of(rows, "met for the first time", "the cabinet met in Sirte")) == 1
    assert not _row_of(rows, "met in Benghazi on Thursday", "also met the UN envoy")
    assert not _row_of(rows, "met in Benghazi on Thursday", "met in Tobruk")
