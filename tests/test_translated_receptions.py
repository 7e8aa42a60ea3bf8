"""How translated and official pages write a reception: the guest's state by its style in her post
("the Minister of Foreign Affairs of the brotherly Republic of Türkiye, Mrs. Jane Roe":
actors.post_states, data/places.toml `state_styles`), and the day's name and an address set off by
commas before the guest ("received today, Monday, at his office in Tripoli, Her Excellency the
Minister ..."). A wire's report of the visit and the government's post of it are one row. Texts are
our own."""

from __future__ import annotations

import pytest
from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.actors import Actor, Mention, load_registry, post_states


@pytest.mark.parametrize("text, states", [
    ("The PM received the Minister of Foreign Affairs of the brotherly Republic of Türkiye, Mrs. Jane Roe.", ["turkey"]),
    ("The PM met the President of the Council of Ministers of the friendly Italian Republic, Mrs. Jane Roe.", ["italy"]),
    ("The PM received the Foreign Minister of Egypt, Mr. Jane Roe, on Monday.", ["egypt"]),
    ("The PM received the Ambassador of the State of Qatar, Mr. Jane Roe, on Monday.", ["qatar"]),
    ("The PM received the Ambassador of the United Kingdom, Mr. Jane Roe, on Monday.", ["uk"]),
    # A state's own name with a letter beyond ASCII, as a possessive.
    ("- Mon 12 Jun: Türkiye's foreign minister Jane Roe in Tripoli.", ["turkey"]),
    # The desk's own state, a portfolio, a body: no state of another.
    ("The PM received the Minister of Foreign Affairs of the State of Libya, Mr. Jane Roe.", []),
    ("The PM received the Minister of the Interior, Mr. Jane Roe, on Monday.", []),
    ("The PM met the Head of the Libyan Red Crescent, Mr. Jane Roe.", []),
])
def test_a_post_of_a_state_named_by_its_style_gives_the_person_s_state(text, states):
    at = text.index("Jane")
    mention = Mention("jr", "d", 0, at, at + len("Jane Roe"), "Jane Roe")
    assert post_states(text, [mention], {"jr": Actor("jr", "Jane Roe", "person")}, load_registry(), 0, len(text),
                       "libya") == states


def _visit(make_corpus, guest_post: str, guest: str):
    return _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-06-09",
                      "TRIPOLI, June 9 (DW) - Turkish Foreign Minister Selin Aydemir held talks in Tripoli on Monday "
                      "with Libyan Prime Minister Omar Elturki on stalled Turkish construction projects."),
        "g.md": _page("Government of National Unity (Facebook)", "2031-06-09",
                      "#GNU | His Excellency the Prime Minister, Mr. Omar Elturki, received today, Monday, at the "
                      f"seat of the Prime Ministry in Tripoli, {guest_post}, {guest}, in the presence of the "
                      "Minister of Foreign Affairs, Mrs. Hana Elmaghrebi. #Libya"),
    })


def test_the_government_s_post_of_a_foreign_minister_s_visit_joins_the_wire_s_report(make_corpus):
    rows = _visit(make_corpus, "Her Excellency the Minister of Foreign Affairs of the brotherly Republic of Türkiye",
                  "Mrs. Selin Aydemir")
    assert [d for d in _docs_of(rows, "Elturki") if "w" in d] == [["g", "w"]]


def test_the_same_reception_of_another_state_s_minister_stays_apart(make_corpus):
    rows = _visit(make_corpus, "His Excellency the Minister of Foreign Affairs of the sisterly Republic of Tunisia",
                  "Mr. Karim Ben Salah")
    assert _docs_of(rows, "Elturki") == [["g"], ["w"]]


def test_a_day_s_comma_ends_the_words_before_a_guest_unless_it_closes_the_day_s_name():
    from libyadesk.timeline import _receives_someone

    t = "The Central Bank received the first shipment of new banknotes on Monday, the Governor of the bank said."
    assert not _receives_someone(t, 0, len(t), [], None)
    t = "The Prime Minister received today, Monday, at his office in Tripoli, Her Excellency the Minister of Health."
    assert _receives_someone(t, 0, len(t), [], None)
