"""Where a report says it happened, and what a weekly brief's lines date (timeline.py; texts are our own):
a place after "in"/"at" may open with the Arabic article in lower case ("at al-Wigh air base"); a
direction from a town right after another place is where that place lies, not where it happened;
French spellings of a place are the English ones; a district or a site both reports name is evidence,
a town is only where; a brief's days keep their weekday's name ("- Sat 8 Mar: ..."); an earthquake
is one place's at a time; a comma-set part that only names a time is no attribution; and a date's own
apposition ("yesterday, Tuesday,") does not end the relative clause it stands in."""

from __future__ import annotations

import pytest

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.timeline import _content, _place_alike, _unattributed, located, place_names


def test_a_place_may_open_with_the_article_and_a_direction_from_a_town_is_where_it_lies():
    assert located("Drones struck a hangar at al-Wigh air base south of Sebha on Friday.") == ["al-wigh base"]
    assert located("Fighting resumed in az-Zawiya on Monday.") == ["az-zawiya"]
    assert located("Clashes erupted in Tarhuna, a town 90 km south-east of Tripoli, on Monday.") == ["tarhuna"]
    # A direction alone, or after another place named apart, still says where.
    assert located("Clashes erupted south of Tripoli on Monday.") == ["tripoli"]
    assert located("Shells fell in Sirte and east of Misrata on Monday.") == ["sirte", "misrata"]


def test_a_french_spelling_of_a_place_is_its_english_one():
    assert _place_alike("zawiya", "zaouïa") and _place_alike("warfalla", "ouarfalla")
    assert not _place_alike("zawiya", "zuwara") and not _place_alike("souq", "sabha")


def test_a_part_that_names_a_time_is_no_attribution():
    text = ("The Mayor, Mr. Salem Roe, inspects this morning the areas of Hun hit by the earthquake of yesterday, "
            "Friday, the municipality said.")
    kept = _unattributed(text)
    assert "areas of Hun" in kept and "the municipality said" not in kept


def test_a_weekly_brief_s_days_keep_their_weekday(make_corpus):
    rows = _rows(make_corpus, {
        "b.md": _page("The Week in Libya", "2036-03-10",
                      "THE WEEK IN LIBYA | 3-9 March 2036\n"
                      "- Mon 3 Mar: The Audit Bureau publishes its annual report.\n"
                      "- Thu 6 Mar: Flights between Benghazi and Amman resume after a month.\n"
                      "- Sat 8 Mar: Five killed in Gharyan clashes between two local brigades.\n"
                      "Next week: parliament meets on the budget."),
    })
    dates = {r.date for r in rows if r.kind == "event"}
    assert {"2036-03-03", "2036-03-06", "2036-03-08"} <= dates


@pytest.mark.parametrize("pages, word", [
    # an airlift to a base told from a town and by its region
    ({"w.md": _page("Desert Wire", "2036-03-07",
                    "SEBHA, March 7 - Three Russian cargo planes landed at al-Wigh air base south of Sebha on "
                    "Thursday, according to flight-tracking data, the largest airlift to the base in months."),
      "f.md": _page("Maghreb Hebdo (translated from French)", "2036-03-08",
                    "Three Russian military aircraft touched down on Thursday at the El Wigh base, in the "
                    "Fezzan, according to analysts who follow military flights.")}, "Russian"),
    # an earthquake at one town on one day
    ({"w.md": _page("Desert Wire", "2036-05-09",
                    "SIRTE, May 9 - A magnitude 4.9 earthquake struck near the town of al-Qatrun on Friday, damaging "
                    "dozens of old houses and injuring six people, local officials said."),
      "m.md": _page("Qatrun Municipality (Facebook)", "2036-05-10",
                    "#Qatrun_Municipality | The Mayor, Mr. Salem Roe, inspects this morning the areas of al-Qatrun "
                    "affected by the earthquake that struck the region yesterday, Friday, and directs the "
                    "formation of an emergency committee.")}, "earthquake"),
    # a kidnapping in one district on one day
    ({"w.md": _page("Desert Wire", "2036-03-05",
                    "Gunmen abducted a pharmacist in Tripoli on Tuesday, his colleagues said.\n\n"
                    "The abduction took place on Tuesday evening outside his shop in the Fashloum district, when "
                    "three armed men forced him into a van, a witness said."),
      "a.md": _page("Sahara Risk Advisory", "2036-03-12",
                    "SECURITY ALERT - LIBYA. Travel to Tripoli should be deferred: it was the second kidnapping "
                    "in the capital in a week, after a pharmacist was seized in Fashloum on 4 March.")},
     "seized in Fashloum"),
], ids=["airlift-to-a-base-told-from-a-town-and-by-its-region", "earthquake-at-one-town",
        "kidnapping-in-one-district"])
def test_two_outlets_reports_of_one_happening_at_one_place_are_one_row(make_corpus, pages, word):
    rows = _rows(make_corpus, pages)
    assert sorted(name.removesuffix(".md") for name in pages) in _docs_of(rows, word)


def test_what_a_body_fears_sets_no_future_on_the_clause_s_date(make_corpus):
    """"Tuesday's meeting ... is being watched closely at the ministry, which fears that access to the port
    could follow": the fear's "could" is what it says (data/modifiers.toml reporting_bare), not the tense of
    the clause the date is in; Tuesday is the one before publication and the meeting an event."""
    rows = _rows(make_corpus, {
        "d.md": _page("Aegean Post", "2036-03-06",
                      "Tuesday's meeting in Rome between the two foreign ministers is being watched closely at the "
                      "Maltese foreign ministry, which fears that naval access to the port could follow."),
    })
    assert [(r.date, r.kind) for r in rows] == [("2036-03-04", "event")]


def test_the_city_named_again_by_its_noun_is_the_town_named_before(make_corpus):
    """"The outbreak was declared in the city on Tuesday", after a sentence naming Ghat: the town of the
    paragraph (timeline._TOWN_AGAIN, _town_told_before), so that it meets another outlet's report of the
    outbreak declared in Ghat that day."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2036-11-18",
                      "GHAT, Nov 18 - Health authorities declared a cholera outbreak in the southern town of Ghat "
                      "on Tuesday after 31 cases were confirmed."),
        "b.md": _page("Desert Wire", "2036-11-23",
                      "GHAT, Nov 23 - Libya began a cholera vaccination drive for 20,000 people in Ghat and nearby "
                      "villages on Sunday. The outbreak was declared in the city on Tuesday after dozens of cases "
                      "were confirmed."),
    })
    assert ["a", "b"] in _docs_of(rows, "outbreak")


def test_a_body_named_as_its_building_takes_no_part():
    """"in front of the South Benghazi Court complex": the building, not the court (places.toml
    building_nouns); "the Court sentenced" is the court."""
    from test_event_actors import _clause_names

    text = "Journalists gathered on Thursday in front of the Zliten Criminal Court complex to demand a release."
    assert "Zliten Criminal Court" not in _clause_names(text, "on Thursday")


def test_a_person_taken_from_home_or_office_is_abducted():
    from libyadesk.timeline import _content

    assert "=abduction" in _content("Gunmen had taken him from his office near the port")
    assert "=abduction" not in _content("the samples were taken from the river")


def test_a_state_named_before_is_no_town_of_the_paragraph():
    from libyadesk.timeline import _town_told_before

    text = "Security forces in eastern Libya detained a reporter on Thursday. She was held in the city."
    assert _town_told_before(text, text.index("She"), set()) == []
    text = "A militia leader was killed in Tripoli.\n- Fighting occurred throughout the evening."
    assert _town_told_before(text, text.index("Fighting"), set()) == ["tripoli"]


def test_an_oil_site_known_by_two_names_is_one_place(make_corpus):
    """"closed the valves of the Elephant field" / "the closure of the El Feel oil field" on one day: one
    site (data/places.toml site_names), so the two outlets' reports of one shutdown meet."""
    assert located("Young men closed the valves of the Elephant field on Monday.") == ["el feel oilfield"]
    assert located("Guards shut the Sidra terminal on Monday.") == ["es sider terminal"]
    rows = _rows(make_corpus, {
        "w.md": _page("Energy Wire", "2036-06-03",
                      "Protesters demanding jobs forced the closure of the El Feel oil field in the southwest on "
                      "Monday, the National Oil Corporation said, declaring force majeure on its crude."),
        "t.md": _page("Fezzan Post (translated)", "2036-06-03",
                      "A group of young men from Ubari closed, on Monday, the valves of the Elephant field, demanding "
                      "employment in the oil sector."),
    })
    assert ["t", "w"] in _docs_of(rows, "Monday")


def test_a_town_spelt_two_ways_is_one_word_of_the_clause():
    """Outlets transliterate a town apart ("Gharian" / "Gheryan", data/variants.toml): merging compares one
    word for both (timeline._one_spelling); a word of no variant group, or not a name, is its own stem."""
    assert set(_content("Clashes flared in Gharian.")) == set(_content("Clashes flared in Gheryan."))
    assert set(_content("Clashes flared in Gharian.")) != set(_content("Clashes flared in Zuwara."))
    assert "rain" in _content("Heavy rain fell on the town.")


def test_a_name_before_the_noun_of_what_befell_it_is_its_place():
    """A brief's line or a headline names the town before the happening's noun ("Tarhouna clashes between
    ...", "Derna floods"): that is where it happened (place_names); a state's adjective, a weekday or a
    common English word opening the sentence ("Heavy clashes", "Renewed clashes") is no place."""
    from libyadesk.timeline import _name_stem

    assert place_names("- Sun 11 May: Tarhouna clashes between two brigades; four dead.") == {_name_stem("tarhouna")}
    assert place_names("Derna floods: the toll rises") == {_name_stem("derna")}
    assert place_names("The Tripoli clashes left six dead.") == {_name_stem("tripoli")}
    for text in ("Libyan clashes erupted on Friday.", "Friday clashes left six dead.", "Heavy clashes erupted at dawn.",
                 "Renewed clashes broke out.", "Presidential elections were put off.", "Two explosions hit the port."):
        assert not place_names(text), text


def test_a_brief_line_spelling_the_town_apart_joins_the_wire_and_another_town_s_line_stays_apart(make_corpus):
    """A weekly brief's line telling a day's clashes by the town's other spelling and no preposition
    ("Tarhouna clashes between ...") is the wire's report of them ("Fighting broke out on Sunday in the
    hill town of Tarhuna"); the brief's next line, of clashes in another town that day, is another event."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2036-05-12",
                      "TRIPOLI, May 12 - Fighting broke out on Sunday in the hill town of Tarhuna, 90 km south-east of "
                      "Tripoli, between the Tarhuna Support Force and the 20th Infantry Battalion, killing at least "
                      "four people, a hospital official said."),
        "b.md": _page("The Week in Libya", "2036-05-18",
                      "THE WEEK IN LIBYA | 11-17 May 2036\n"
                      "- Sun 11 May: Tarhouna clashes between the Support Force and the 20th; four dead.\n"
                      "- Sun 11 May: Zuwara clashes between two smuggling gangs; two dead.\n"
                      "- Tue 13 May: The Audit Bureau publishes its annual report.\n"
                      "Next week: parliament meets on the budget."),
    })
    assert _docs_of(rows, "Tarhouna clashes") == [["b", "w"]]
    assert _docs_of(rows, "Zuwara clashes") == [["b"]]
