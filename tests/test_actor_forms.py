"""Forms by which news names who acted: a seat of government for its state ("the Elysée said",
data/places.toml `acting_seats`), an oil operating company by its operations ("Akakus Oil Operations",
data/organisations.toml [heads]); and a word of a kind's stem that tells no such happening ("closely"
is no closure: data/event_words.toml `unlike`). Texts are our own."""

from __future__ import annotations

import pytest
from helpers import story_page as _page

from libyadesk.actors import actor_data
from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.timeline import _content, extract_events


def _actors(make_corpus, body: str) -> list[list[str]]:
    index = build_index(load_corpus(make_corpus({"a.md": _page("Desert Wire", "2031-11-27", body)})).documents)
    return [e.actors for e in extract_events(index)]


@pytest.mark.parametrize("body, state", [
    ("The Elysée said on Tuesday in a statement that the President was following the file.", "france"),
    ("The Kremlin denied on Monday that Russian troops had moved to the Jufra base.", "russia"),
])
def test_a_seat_of_government_acting_is_its_state(make_corpus, body, state):
    assert _actors(make_corpus, body) == [[state]]


def test_a_seat_of_government_named_as_a_place_is_no_actor(make_corpus):
    assert _actors(make_corpus, "Talks at the Kremlin on Monday ended without a deal.") == [[]]


def test_an_oil_operating_company_is_discovered_by_its_operations(make_corpus):
    assert _actors(make_corpus, "Akakus Oil Operations, which runs the field, said on Tuesday that output "
                                "had resumed.") == [["discovered:akakus-oil-operations"]]


def test_closely_is_no_closure_and_closed_is():
    assert "=closure" not in _content("The mission follows the situation closely and seeks closer ties.")
    assert "=closure" in _content("Protesters closed the road to the port.")


# ---------------------------------------------------------------------------
# Another state's body of the same name as one of the registry's: after a foreign demonym it is that
# state's ("the Egyptian House of Representatives" is Egypt acting, not Libya's House); the desk's own
# demonym and a body's own state (its `affiliations`) keep the body, and a possessive or an acronym is
# no such body ("Turkey's GNU allies", "the Russian NOC partner").

@pytest.mark.parametrize("body, actors", [
    ("The Libyan House of Representatives approved on Sunday the budget.", ["house-of-representatives"]),
    ("The Egyptian House of Representatives approved on Sunday the deployment.", ["egypt"]),
    ("The House of Representatives approved on Sunday the budget.", ["house-of-representatives"]),
    ("The American CIA said on Sunday that the report was accurate.", ["cia"]),
    ("Turkey's GNU allies launched a counter-offensive on Sunday.", ["gnu"]),
])
def test_a_body_of_another_state_is_that_states(make_corpus, body, actors):
    assert _actors(make_corpus, body) == [actors]


# A state's capital set off by an aside ("Ankara, by contrast, called ...") acts for its state, and
# the desk's own capital distancing itself is its government.

def test_a_capital_after_an_aside_and_tripoli_distancing_itself_act(make_corpus):
    assert _actors(make_corpus, "Ankara, by contrast, welcomed the accord on Tuesday.") == [["turkey"]]
    assert _actors(make_corpus, "Tripoli distanced itself from the deal on Tuesday.") == [["gnu"]]


# A name of four words past its second names forebears: "Khalifa Belqasim Omar Haftar" makes no
# "Omar Haftar" of Khalifa; that is another member of the family, found as a person of his own.

def test_a_forebears_name_before_the_surname_is_another_person(make_corpus):
    got = _actors(make_corpus, "Its commander, Colonel Omar Haftar, Saddam's son, toured polling stations on Saturday.")
    assert got == [["discovered:omar-haftar"]]
    assert _actors(make_corpus, "Khalifa Belqasim Omar Haftar met the envoy on Saturday.") == [["khalifa-haftar"]]


# Registry entries of the oil sector: the NOC's chairman of 2022-2025 under his spellings, and the
# French major by its full name only ("Total output fell" opens sentences).

def test_the_oil_sectors_registry_names(make_corpus):
    assert _actors(make_corpus, "NOC chairman Farhat Ben Gdara met the minister on Monday.") == [
        ["national-oil-corporation", "farhat-bengdara"]]
    assert _actors(make_corpus, "TotalEnergies signed a deal with the NOC on Monday.") == [
        ["totalenergies", "national-oil-corporation"]]
    assert _actors(make_corpus, "Total output fell on Monday after the field was shut.") == [[]]


# A nickname in quotes inside a person's name ("Abdelmuttalib 'Abu Srir' Elshibani"): one person, the
# name without it, and the nickname one of their names, here and where another page names him by it.

def test_a_nickname_in_quotes_is_one_of_the_persons_names(make_corpus):
    from libyadesk.actors import actor_table

    pages = {
        "a.md": _page("Desert Wire", "2031-06-15", "Security forces arrested militia commander Ramadan 'Abu Sfiyya' "
                      "Elwerfalli in Gharyan on Tuesday."),
        "b.md": _page("Coast Courier", "2031-06-16", "Supporters of Abu Sfiyya blocked the highway on Wednesday."),
    }
    index = build_index(load_corpus(make_corpus(pages)).documents)
    assert [e.actors for e in extract_events(index) if e.doc == "a"] == [["discovered:ramadan-elwerfalli"]]
    table = actor_table(index)
    person = table.actors["discovered:ramadan-elwerfalli"]
    assert person.name == "Ramadan Elwerfalli" and "Abu Sfiyya" in person.aliases
    assert "discovered:abu-sfiyya" not in table.actors
    assert table.counts["discovered:ramadan-elwerfalli"].documents == 2
    assert table.counts["discovered:ramadan-elwerfalli"].mentions == 2  # the nickname and the surname after it: one


def test_a_quoted_name_inside_a_places_name_is_no_nickname(make_corpus):
    assert _actors(make_corpus, "Flights at the Tripoli 'Mitiga' Airport were suspended on Saturday.") == [[]]
    assert _actors(make_corpus, "The wounded were taken to Zawiya 'Martyrs' Hospital on Saturday.") == [[]]


# A closing tag's speaker is the report's source, also after a past written as its present ("put
# their units", "cut the road"): the clause before it has its verb.

@pytest.mark.parametrize("body, actors", [
    ("Haftar's forces put their units around Sirte on alert on Tuesday night, spokesman Ahmed Mismari said.",
     ["khalifa-haftar"]),
    ("Protesters cut the coastal road west of Zawiya on Monday, spokesman Ahmed Mismari said.", []),
    ("On Tuesday night, spokesman Ahmed Mismari said the units were on alert.", ["discovered:ahmed-mismari"]),
])
def test_the_speaker_of_a_closing_tag_takes_no_part(make_corpus, body, actors):
    assert _actors(make_corpus, body)[0] == actors


# A given name before a person's full name makes another person's name: "Colonel Omar Saddam Haftar"
# is Omar, son of Saddam Haftar, found as a person of his own; a title, a possessive or an English
# word opening a sentence before the name changes nothing.

def test_a_given_name_before_a_full_name_is_the_sons(make_corpus):
    got = _actors(make_corpus, "In the east, Colonel Omar Saddam Haftar inspected units in Sirte on Tuesday.")
    assert got == [["discovered:omar-saddam-haftar"]]
    # not the father: the son, found by his full name
    assert _actors(make_corpus, "Ibrahim Abdul Hamid Dbeibah opened a clinic in Misrata on Tuesday.") == [
        ["discovered:ibrahim-abdul-hamid-dbeibah"]]
    assert _actors(make_corpus, "Field Marshal Khalifa Haftar inspected units in Sirte on Tuesday.") == [["khalifa-haftar"]]
    assert _actors(make_corpus, "Libya's Khalifa Haftar inspected units in Sirte on Tuesday.") == [["khalifa-haftar"]]
    # the Libyan press's spelling of a given name (data/roles.toml given_names: "Younis", not only "Younes")
    assert _actors(make_corpus, "Brigadier General Younis Khaled Haftar inspected units in Sirte on Tuesday.") == [
        ["discovered:younis-khaled-haftar"]]


# A person's name around the given name of a son the registry names ("Saddam Khalifa Haftar": Saddam,
# son of Khalifa Haftar) is the son's son, named after his grandfather: "Khalifa Saddam Haftar" is
# neither Khalifa Haftar nor Saddam Haftar, and found as a person of his own.

def test_a_name_around_a_sons_given_name_is_the_grandsons(make_corpus):
    got = _actors(make_corpus, "Brigadier General Khalifa Saddam Haftar inspected units in Sirte on Tuesday.")
    assert got == [["discovered:khalifa-saddam-haftar"]]
    # with no title before it too
    assert _actors(make_corpus, "Khalifa Saddam Haftar inspected units in Sirte on Tuesday.") == [
        ["discovered:khalifa-saddam-haftar"]]
    # the son's own full name, father's name in the middle, stays the son's
    assert _actors(make_corpus, "Saddam Khalifa Haftar inspected units in Sirte on Tuesday.") == [["saddam-haftar"]]


# Who a bare family name is: after "a member of the Haftar family" (one of them, the story's), the
# member named in full before; after a person of the name found in the text and named first, that
# person, not the registry's member named after him in passing.

def test_a_member_of_the_family_leaves_the_surname_to_the_one_named(make_corpus):
    body = ("Khaled Haftar arrived in Tripoli on Wednesday, the first visit by a member of the Haftar family "
            "since 2057. Haftar was met at the airport on Thursday by the chief of staff.")
    assert _actors(make_corpus, body)[-1][:1] == ["khaled-haftar"]
    body = ("The Haftars own the bank. Khaled Haftar arrived in Tripoli on Wednesday. The Haftar family "
            "was not at the talks. Haftar spoke on Thursday.")
    assert _actors(make_corpus, body)[-1] == ["khalifa-haftar"]


def test_a_person_of_the_family_name_found_and_named_first_takes_the_surname(make_corpus):
    body = ("Deputy Prime Minister Suhail Dbeibah, a great-nephew of former prime minister Abdul Hamid Dbeibah, "
            "met the delegation on Monday. Dbeibah told reporters on Tuesday that the talks went well.")
    assert _actors(make_corpus, body)[-1] == ["discovered:suhail-dbeibah"]




# What the review of these rules found: a first name after "members of the Haftar family" is still a
# member's; a relative named first in passing does not take the surname from the one named in full
# since; a heading's or a common English word, or the end of another name, before a full name is no son's
# given name; a firm or a ship set off by commas before "said" is no person.

def test_the_reviews_cases_of_names_stay_as_before(make_corpus):
    body = "Several members of the Haftar family hold posts in the east. Saddam commanded the forces on Monday."
    assert _actors(make_corpus, body)[-1] == ["saddam-haftar"]
    body = ("Businessman Ali Dbeibah, an uncle of the prime minister, was sanctioned in 2019. On Tuesday, Abdul Hamid "
            "Dbeibah told parliament his family had done nothing wrong. Dbeibah said on Wednesday the sanctions were political.")
    assert _actors(make_corpus, body)[-1] == ["abdul-hamid-dbeibah"]
    index = build_index(load_corpus(make_corpus({"a.md": _page("Desert Wire", "2031-11-27",
                                                              "Elections Must Be Held This Year, Said Aguila Saleh")})).documents)
    assert [m.actor for m in actor_data(index)[1]] == ["aguila-saleh"]
    assert sorted(_actors(make_corpus, "The meeting in Cairo on Monday gathered Aguila Saleh Khalifa Haftar and "
                                       "Egyptian officials.")[0]) == ["aguila-saleh", "khalifa-haftar"]



# A body's name that goes on with "of" and another state is that state's body: "the House of Representatives
# of Egypt" is not Libya's House of Representatives.

def test_a_registry_body_of_another_state_is_not_the_registrys(make_corpus):
    assert _actors(make_corpus, "The House of Representatives of Egypt approved the deal on Tuesday.") == [[]]
    assert _actors(make_corpus, "The House of Representatives of Libya approved the deal on Tuesday.") == [
        ["house-of-representatives"]]


# Another state's body of a registry body's name is that state's, after its acronym ("the US House of
# Representatives") as after its demonym or "of" its name.

def test_a_registry_body_after_another_states_acronym_is_that_states(make_corpus):
    assert _actors(make_corpus, "The US House of Representatives passed the bill on Tuesday.") == [["us"]]
    assert _actors(make_corpus, "The House of Representatives passed the bill on Tuesday.") == [["house-of-representatives"]]


# A state's one-word alias that is also a surname is left out of the registry ("Holland"); the long
# forms of a registry group's name hold a state's name ("the Islamic State of Iraq and the Levant").

def test_a_surname_is_no_state_and_a_groups_long_name_is_the_group(make_corpus):
    assert _actors(make_corpus, "Rights lawyer Jane Holland said on Tuesday the detainees were tortured.") == [
        ["discovered:jane-holland"]]
    assert _actors(make_corpus, "The Islamic State of Iraq and the Levant claimed the attack on Tuesday.") == [
        ["islamic-state"]]


@pytest.mark.parametrize("body, actors", [
    ("WHO delivers on Tuesday 300,000 doses of vaccine to the health ministry in Tripoli.", [["who"]]),
    ("The US delivered 40 ambulances to the health ministry on Monday.", [["us"]]),
    # A headline in capitals shouts the function word: "WHO" and "US" there name no body.
    ("WHO RULES THE SOUTH NOW? Gunmen stormed the Sabha council on Monday.", [[]]),
    ("ENVOYS TELL US NOTHING\n\nThe talks in Tunis ended on Monday.", [[]]),
    # ... not an acronym beside it in running text: "WHO, UNICEF and IOM teams", "from WHO. UNICEF is".
    ("WHO, UNICEF and IOM teams reached Derna on Monday with medicines.", [["who", "unicef", "iom"]]),
    ("The hospital received 50,000 doses of polio vaccine from WHO on Monday.", [["who"]]),
    ("On Monday, WHO, UNICEF, IOM and WFP delivered vaccines to Sabha.", [["who", "unicef", "iom", "wfp"]]),
    # The pronoun opening a question, in capitals for emphasis.
    ("EXCLUSIVE: WHO is behind the attack on the Zawiya refinery on Monday?", [[]]),
])
def test_an_acronym_that_is_a_function_word_names_its_body_outside_a_headline_in_capitals(make_corpus, body, actors):
    """actors._shouted: "WHO" is the World Health Organization's acronym (data/actors.toml), unless its line
    is in capitals or it opens a question; "US" (no function word of the stop list) is matched as before."""
    assert _actors(make_corpus, body) == actors


@pytest.mark.parametrize("body, actors", [
    ("Central Bank governor Sadiq Roe announced on Monday a new ceiling on dollar purchases.",
     [["central-bank-of-libya", "discovered:sadiq-roe"]]),
    ("The central bank governor, Sadiq Roe, announced on Monday a new ceiling on dollar purchases.",
     [["central-bank-of-libya", "discovered:sadiq-roe"]]),
    # Another state's central bank, or the post with no name, names no Libyan body.
    ("Egypt's central bank governor Hassan Abdalla announced on Monday a new exchange rate.",
     [["discovered:hassan-abdalla"]]),
    ("The House of Representatives summoned the central bank governor on Monday.", [["house-of-representatives"]]),
    # A describing word after another state's possessive, a former head, a sentence naming another state.
    ("Egypt's new central bank governor Hassan Abdalla announced on Monday a cut in interest rates.",
     [["discovered:hassan-abdalla"]]),
    ("The former central bank governor Sadiq Roe said on Monday he had fled to Istanbul.", [["discovered:sadiq-roe"]]),
    ("In Tunis, Central Bank governor Fethi Nouri warned on Monday that inflation would rise.",
     [["discovered:fethi-nouri"]]),
    # Another state named after the name is where the governor went, not whose bank he heads.
    ("Central Bank governor Idris Roe met IMF staff in Washington on Monday.",
     [["central-bank-of-libya", "discovered:idris-roe", "imf"]]),
])
def test_an_organ_s_head_named_by_the_post_before_the_name_is_the_organ_too(make_corpus, body, actors):
    """actors._organ_heads (data/places.toml `organ_head_posts`): "Central Bank governor Jane Roe" is the
    Central Bank of Libya acting through its governor, as "The Governor of the Central Bank of Libya, Jane
    Roe," is."""
    assert _actors(make_corpus, body) == actors


@pytest.mark.parametrize("body, actors", [
    ("On Sunday, Chadian troops close the Ouni crossing to travellers.", [["chad"]]),
    ("The Algerian authorities open all border posts on Monday to returning families.", [["algeria"]]),
    # Not an adjective after the organ ("close to"), nor a verb with no object.
    ("Libyan officials close to the eastern command met on Monday.", [[], []]),
    # Not the subject of a complement ("demanded that ... release").
    ("The families demanded on Monday that Tunisian authorities release the 12 men held in Zarzis.", [[]]),
])
def test_a_plural_organ_acts_in_a_release_s_present(make_corpus, body, actors):
    """actors._plural_present_act: a state's plural organ ("troops", "authorities") followed by the base form
    of an act and its object is the state acting, as a past tense is."""
    assert _actors(make_corpus, body) == actors


def test_a_state_s_organ_acts_with_a_named_subject_joined_to_it(make_corpus):
    """actors._CO_SUBJECT_AFTER: "the Sudanese army and the Rapid Support Forces went to war" names Sudan (its
    army) acting with the named force; an organ followed by "and" and no verb of theirs names no state."""
    got = _actors(make_corpus, "Fighting broke out in Khartoum on Monday when the Sudanese army and the Rapid "
                               "Support Forces went to war.")
    assert any("sudan" in a for a in got)
    assert all("sudan" not in a for a in _actors(make_corpus, "Aid reached the Sudanese army and the Rapid "
                                                              "Support Forces on Monday."))
    # The verb of a noun further back ("refugees fleeing fighting involving ... arrived").
    assert all("sudan" not in a for a in _actors(make_corpus, "Refugees fleeing fighting involving the Sudanese army "
                                                              "and the Rapid Support Forces arrived in Kufra on Monday."))
