"""The actors of an event: only its own span, countries named as places left out, and each
actor under the name it had at the event's date.  Texts written for these tests."""

from __future__ import annotations

import pytest

from libyadesk import vocab
from libyadesk.actors import event_actors, find_mentions, load_registry, name_at, participants
from libyadesk.index import build_index
from libyadesk.models import Document, Sentence
from libyadesk.text import split_sentences


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _names(text: str, registry, date: str | None = "2025-01-10", span: tuple[int, int] | None = None) -> list[str]:
    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    mentions = find_mentions(doc, sentences, registry)
    start, end = span or (0, len(text))
    return [name for _, name in participants(text, mentions, registry.actors, registry, start, end, date)]


@pytest.mark.parametrize("word", vocab.words("places", "prepositions"))
def test_a_country_named_as_a_place_is_no_participant(word, registry):
    # A possessive's phrase ("'s borders with") follows the place that owns it: "near Chad's borders with".
    before = f"near Chad{word}" if word[0] in "'’" else word
    names = _names(f"Italy said clashes broke out {before} Libya on Monday.", registry)
    assert names == ["Italy"]


@pytest.mark.parametrize("owner", vocab.words("places", "owned_borders"))
def test_the_countries_beyond_a_side_of_a_countrys_own_borders_are_places(owner, registry):
    # "to guard the country's southern borders with Chad, Niger and Sudan": geography, a list too.
    whose = f"the country{owner}" if owner[0] in "'’" else owner
    names = _names(f"The army agreed on Monday to guard {whose} southern borders with Chad, Niger and Sudan.", registry)
    assert names == []
    # A deal on borders names its other party ("signed a deal on southern borders with Greece").
    assert _names("Egypt on Monday signed a deal on southern borders with Greece.", registry) == ["Egypt", "Greece"]


@pytest.mark.parametrize("direction", vocab.words("places", "directions"))
def test_a_direction_between_preposition_and_country(direction, registry):
    assert _names(f"Egypt said fighters were seen in {direction} Libya.", registry) == ["Egypt"]


@pytest.mark.parametrize("text, expected", [
    ("Italy signed a migration deal with Libya on Monday.", ["Italy", "Libya"]),
    ("Turkey sent drones and advisers to Libya in January.", ["Turkey"]),
    ("Migrants from Libya and Tunisia were rescued on Sunday.", []),
    ("Greece and Turkey traded accusations over the maritime deal.", ["Greece", "Turkey"]),
])
def test_acting_countries_are_participants(text, expected, registry):
    assert _names(text, registry) == expected


def test_a_dated_alias_names_the_government_of_the_time(registry):
    text = "The GNA said its forces had repelled the attack on Tripoli."
    assert _names(text, registry, date="2019-05-02") == ["Government of National Accord"]
    assert _names(text, registry, date="2023-08-14") == ["Government of National Unity"]
    later = "The Government of National Unity and Egypt signed a trade deal."
    assert _names(later, registry, date="2020-11") == ["Government of National Accord", "Egypt"]
    assert _names(later, registry, date="2022") == ["Government of National Unity", "Egypt"]


def test_name_at_without_dates_is_the_name(registry):
    haftar = registry.actors["khalifa-haftar"]
    assert name_at(registry, haftar, "2019-04-04") == "Khalifa Haftar"
    assert name_at(registry, registry.actors["gnu"], None) == "Government of National Unity"


def test_only_the_span_counts(registry):
    text = ("Khalifa Haftar met Egypt's president in Cairo on Sunday. "
            "On Monday, Turkey sent more drones to Tripoli.")
    second = text.index("On Monday")
    assert _names(text, registry, span=(second, len(text))) == ["Turkey"]
    assert "Khalifa Haftar" in _names(text, registry, span=(0, second))


def test_event_actors_reads_the_index(registry):
    text = "On 4 April 2019 Khalifa Haftar ordered his forces to march on Tripoli, the GNA said."
    index = build_index([Document("a", text, "a.md", published="2019-04-05", source="Test Wire")])
    names = [n for _, n in event_actors(index, "a", 0, len(text), "2019-04-04")]
    assert names == ["Khalifa Haftar", "Government of National Accord"]


@pytest.mark.parametrize("word", vocab.words("places", "agents_from"))
def test_people_from_a_country_act_for_it(word, registry):
    assert _names(f"Officials met {word} from Italy on Monday.", registry) == ["Italy"]


def test_a_list_of_places_is_all_places(registry):
    text = "Egypt said migrants arrived from Libya, Tunisia, and Algeria on Sunday."
    assert _names(text, registry) == ["Egypt"]
    text = "The envoy visited Benghazi with ministers from Italy, Greece, and Malta."
    assert _names(text, registry) == ["Italy", "Greece", "Malta"]


# --- a name that is the setting or a qualifier, not a participant (data/places.toml, data/modifiers.toml)


def test_a_possessive_country_qualifies_what_follows(registry):
    assert _names("Forces loyal to Khalifa Haftar moved on Libya's capital on Sunday.", registry) == ["Khalifa Haftar"]
    # Not Egypt: its president, whom the registry names for the year (actors.toml "President of Egypt (2014-)").
    assert _names("Egypt’s president met Khalifa Haftar in Cairo on Sunday.", registry) == ["Abdel Fattah el-Sisi", "Khalifa Haftar"]
    assert _names("Libya's oil output has fallen by half since August.", registry) == []
    # A qualified organ is a faction's, not the state's: "Libya's eastern government".
    assert _names("Libya's eastern government said on Wednesday it may halt exports.", registry) == []


@pytest.mark.parametrize("organ", vocab.words("places", "possessive_agents"))
def test_a_countrys_own_organ_acts_for_it(organ, registry):
    assert _names(f"Turkey's {organ} approved the plan on Monday.", registry) == ["Turkey"]


@pytest.mark.parametrize("word", vocab.words("places", "possessive_agent_describing"))
def test_a_countrys_organ_described_still_acts_for_it(word, registry):
    assert _names(f"Turkey's {word} government approved the plan on Monday.", registry) == ["Turkey"]


@pytest.mark.parametrize("phrase", vocab.words("places", "stative_after"))
def test_a_country_in_a_state_is_the_setting(phrase, registry):
    assert _names(f"Since 2014 Libya {phrase} divided, Italy said on Monday.", registry) == ["Italy"]


@pytest.mark.parametrize("text", [
    "Turkey is sending more drones, officials said on Monday.",
    "Turkey has been training the coast guard since 2017.",
    "Russia has sent troops to the port since March.",
    "Malta refused the request on Sunday.",
])
def test_a_country_that_acts_stays(text, registry):
    assert _names(text, registry)[:1] in (["Turkey"], ["Russia"], ["Malta"])


@pytest.mark.parametrize("verb", vocab.words("places", "verbs_before"))
def test_where_one_goes_is_a_place(verb, registry):
    assert _names(f"Italy said the ship {verb} Libya on Monday.", registry) == ["Italy"]


@pytest.mark.parametrize("noun", vocab.words("places", "meeting_nouns"))
def test_where_countries_meet_is_a_place(noun, registry):
    assert _names(f"Egypt said the {noun} between Libya and Sudan was calm on Monday.", registry) == ["Egypt"]
    assert _names(f"Egypt said the {noun} of Libya, Chad, and Sudan was calm on Monday.", registry) == ["Egypt"]


def test_a_country_after_a_noun_and_of_qualifies_it(registry):
    assert _names("Haftar gave up his bid for the presidency of Libya in 2023.", registry) == ["Khalifa Haftar"]
    assert _names("The talks could speed the transformation of eastern Libya, Egypt said.", registry) == ["Egypt"]
    # People of a country act for it.
    assert _names("The ministers of Italy and Malta met on Monday.", registry) == ["Italy", "Malta"]


def test_a_country_inside_a_longer_name(registry):
    assert _names("The Sanctions Committee on Libya met on Monday.", registry) == []
    assert _names("The United Nations Libya Mission called for calm yesterday.", registry) == ["United Nations"]
    assert _names("Egypt hosted the Libya peace summit in March.", registry) == ["Egypt"]
    # A month after a country is a date, not the rest of a name; "the UAE" is a country's own name.
    assert _names("Officials said Egypt March talks were set, and the UAE sent drones.", registry) == [
        "Egypt", "United Arab Emirates"]


def test_a_place_beyond_a_place_is_a_place(registry):
    text = "Fighters took the area where Sudan intersects with Libya and Egypt, the RSF said on Monday."
    assert "Libya" not in _names(text, registry) and "Egypt" not in _names(text, registry)


@pytest.mark.parametrize("word", vocab.words("modifiers", "attributive_suffixes"))
def test_a_name_in_a_compound_adjective_is_no_participant(word, registry):
    assert _names(f"The UN-{word} government met Italy on Monday.", registry) == ["Italy"]
    assert _names(f"Forces said Haftar-{word} units left on Monday.", registry) == []


@pytest.mark.parametrize("word", vocab.words("modifiers", "attributive_prefixes"))
def test_a_name_after_pro_or_anti_is_no_participant(word, registry):
    assert _names(f"{word.capitalize()}-Haftar fighters clashed with Italy on Monday.", registry) == ["Italy"]


@pytest.mark.parametrize("thing", vocab.words("modifiers", "owned_things"))
def test_a_name_owning_a_thing_is_no_participant(thing, registry):
    assert _names(f"Italy backed the UN {thing} on Monday.", registry) == ["Italy"]
    assert _names(f"Italy backed the UN arms {thing} on Monday.", registry) == ["Italy"]


@pytest.mark.parametrize("verb", vocab.words("modifiers", "verbs_before_things"))
def test_a_verb_between_a_name_and_a_thing_makes_the_name_act(verb, registry):
    # Wire ("... on Monday"), analysis and press-release wordings of a name acting on a thing.
    assert _names(f"Egypt {verb} talks between the factions on Monday.", registry) == ["Egypt"]
    assert _names(f"On Tuesday the European Union {verb} sanctions on two commanders.", registry) == ["European Union"]
    assert _names(f"Khalifa Haftar {verb} war, his office said in a statement.", registry) == ["Khalifa Haftar"]


@pytest.mark.parametrize("text, expected", [
    ("The UN released figures on Tuesday showing arrivals had doubled.", ["United Nations"]),
    ("Khalifa Haftar declared war on the militias in May 2014.", ["Khalifa Haftar"]),
    ("In a rare move, Turkey waged war on two fronts last year.", ["Turkey"]),
    ("Haftar held talks with Dbeibah in Abu Dhabi on Tuesday.", ["Khalifa Haftar", "Abdul Hamid Dbeibah"]),
    # A noun between them still makes the name a qualifier.
    ("Italy backed the UN arms embargo on Monday.", ["Italy"]),
    ("Elections under UN supervision were postponed on Wednesday.", []),
])
def test_acting_on_a_thing_or_owning_it(text, expected, registry):
    assert _names(text, registry) == expected


def test_a_name_before_a_person_or_office_still_acts(registry):
    assert _names("A top UN official warned on Monday that the truce was failing.", registry) == ["United Nations"]
    assert _names("The UN envoy met Khalifa Haftar on Monday.", registry) == ["United Nations", "Khalifa Haftar"]


# --- a state acting through an organ named by its demonym (registry `demonyms`)


@pytest.mark.parametrize("organ", vocab.words("places", "demonym_organs"))
def test_a_state_acts_through_its_organs(organ, registry):
    assert _names(f"On Sunday the Maltese {organ} refused the request.", registry) == ["Malta"]


_STATES = [(a["name"], a["demonyms"][0]) for a in vocab.table("actors")["actor"]
           if a.get("kind") == "state" and a.get("demonyms") and a["name"] != "Libya"]


def test_a_demonym_after_another_names_no_state_acting():
    assert _clause_names("The Turkish Cypriot authorities detained 12 Libyan students on Tuesday.", "Tuesday") == []
    assert _clause_names("The Cypriot authorities detained 12 Libyan students on Tuesday.", "Tuesday") == ["Cyprus"]


@pytest.mark.parametrize("name, demonym", _STATES)
def test_every_registry_state_acts_by_its_name_and_its_organs_and_is_a_place_after_in(name, demonym, registry):
    assert _names(f"On Sunday the {demonym} authorities closed the crossing.", registry) == [name]
    assert _names(f"{name} announced on Sunday a grant for the hospitals.", registry) == [name]
    assert _names(f"Migrants from {name} landed on Sunday in Zuwara.", registry) == []


@pytest.mark.parametrize("verb", vocab.words("places", "acting_next"))
def test_the_organ_acts_when_a_verb_follows(verb, registry):
    assert _names(f"The Sudanese military {verb} the claim on Tuesday.", registry) == ["Sudan"]


@pytest.mark.parametrize("noun", vocab.words("places", "agent_of_nouns"))
def test_with_the_help_of_a_state(noun, registry):
    assert _names(f"The boat was towed back with the {noun} of the Maltese government.", registry) == ["Malta"]
    assert _names(f"The boat was towed back with the {noun} of Malta.", registry) == ["Malta"]


def test_a_demonym_that_names_no_act(registry):
    # A relative, a place, a title after the organ: no act of the state.
    assert _names("In the 1980s he led the Libyan military who took part in the war in Chad.", registry) == []
    assert _names("Forces of the recognised Libyan government in Tripoli held the line.", registry) == []
    assert _names("Former Libyan army general Khalifa Haftar launched the operation in May.", registry) == [
        "Khalifa Haftar"]
    # A qualified organ is a ministry's, not the state's: "Libyan health authorities say".
    assert _names("Libyan health authorities say the strike killed four.", registry) == []
    # A registry name that starts with a demonym is that actor, not its state.
    assert _names("The Libyan coastguard intercepted the boat on Monday.", registry) == ["Libyan Coast Guard"]
    assert _names("The Greek coastguard rescued 600 people on Sunday.", registry) == ["Hellenic Coast Guard"]


def test_a_user_registry_gives_demonyms(tmp_path):
    user = tmp_path / "actors.toml"
    user.write_text('[[actor]]\nname = "Ruritania"\nkind = "state"\ndemonyms = ["Ruritanian"]\n', encoding="utf-8")
    reg = load_registry(extra=[user])
    assert _names("The Ruritanian government accepted the plan on Friday.", reg) == ["Ruritania"]
    assert reg.copy().demonyms["ruritania"] == ("Ruritanian",)


def test_a_longer_name_inside_a_shorter_match_wins(registry):
    # "The National" is an outlet; "The National Oil Corporation" is not it.
    text = "The National Oil Corporation announced the end of force majeure on Monday."
    assert _names(text, registry) == ["National Oil Corporation"]
    assert _names("The Libyan National Oil Corporation said on Monday.", registry) == ["National Oil Corporation"]


def test_inner_words_of_a_long_name_may_be_lower_case(registry):
    assert _names("In 2015, the House of representatives appointed him.", registry) == ["House of Representatives"]
    # Two-word names keep the capitals rule: "an Islamic state" is no group.
    assert _names("They wanted an Islamic state in 2014.", registry) == []


def test_a_possessive_organ_acts_only_when_a_verb_follows(registry):
    assert _names("Turkey's parliament has approved the deployment.", registry) == ["Turkey"]
    # The spokesman's post does not act; the chamber does, and it is the House (issue 12 item 5).
    assert _names("Libya's parliament spokesman said the chamber voted on Thursday.", registry) == ["House of Representatives"]


@pytest.mark.parametrize("word", vocab.words("places", "participles"))
def test_a_participle_describes_the_organ(word, registry):
    assert _names(f"Officials said Libyan authorities {word} in the scheme were named.", registry) == []


def test_a_passive_participle_is_no_act(registry):
    assert _names("Officials said the Maltese authorities targeted by the probe resigned.", registry) == []
    assert _names("The Maltese authorities rejected the claim on Monday.", registry) == ["Malta"]


def test_a_list_of_places_may_hold_names_that_are_no_actors(registry):
    text = "Russia plans operations beyond Libya to Burkina Faso, Mali, and Niger by 2024."
    assert _names(text, registry) == ["Russia"]
    # ... but a country after the list's end that acts stays.
    assert _names("Fighting spread to Chad and Burkina Faso, Niger said on Monday.", registry) == ["Niger"]


def test_a_country_naming_a_post_is_no_participant(registry):
    text = "Khalifa Haftar welcomed Jane Roe as the new UN special representative for Libya."
    assert _names(text, registry) == ["Khalifa Haftar", "United Nations"]
    assert _names("The EU envoy to Libya met Khalifa Haftar on Monday.", registry) == ["European Union", "Khalifa Haftar"]


def test_the_body_that_names_a_person_in_apposition(registry):
    # The head of a body met or called meets as his body's: both take part, as most annotators of the
    # participant sets list them (they did in 7 of 10 such clauses of the opened sets).
    text = "Haftar met the head of the Presidential Council, Mohamed al-Menfi, in Cairo on Monday."
    assert _names(text, registry) == ["Khalifa Haftar", "Presidential Council", "Mohamed al-Menfi"]
    # ... not the body of one the clause names as another object: what befalls him is not its doing.
    assert _names("Gunmen abducted the director of the Presidential Council, Mohamed al-Menfi, on Monday.",
                  registry) == ["Mohamed al-Menfi"]
    # Without the person after it, the council is a participant.
    assert _names("Haftar met the head of the Presidential Council in Cairo.", registry) == [
        "Khalifa Haftar", "Presidential Council"]


def test_a_demonym_and_one_organisation_word_is_no_discovered_name(registry):
    from libyadesk.actors import discover_actors

    text = ("The first response came from the Libyan Government, headed by Jane Roe. "
            "The Ruritanian Relief Council said it would send food.")
    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    names = {d.name for d in discover_actors(doc, sentences, registry)}
    assert "Libyan Government" not in names
    assert "Ruritanian Relief Council" in names


# --- the part of a clause its date belongs to (actors.clause_scope)


def _scoped(text: str, date_text: str, registry, in_passing: bool = False) -> list[str]:
    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    mentions = find_mentions(doc, sentences, registry)
    at = text.index(date_text)
    return [name for _, name in participants(text, mentions, registry.actors, registry, 0, len(text),
                                             "2025-01-10", at, at + len(date_text), in_passing)]


def test_a_date_in_a_relative_clause_belongs_to_it_and_the_name_it_describes(registry):
    text = "Egypt welcomed Jane Roe as envoy, succeeding Khalifa Haftar, who stepped down in April."
    assert _scoped(text, "April", registry) == ["Khalifa Haftar"]
    text = "Fayez al-Sarraj refused to see Haftar, head of the LNA, which launched an offensive in April."
    assert _scoped(text, "April", registry) == ["Libyan National Army"]
    # A relative closed before the date: the date is the main clause's.
    text = "Khalifa Haftar, who leads the LNA, met Egypt's president on Sunday."
    assert _scoped(text, "Sunday", registry)[0] == "Khalifa Haftar"


@pytest.mark.parametrize("text, date, name, describes", [
    # "X, the eastern commander who led ...": the apposition and its relative are X's.
    ("The plan is supported by Khalifa Haftar, the eastern military commander who ordered a failed offensive on "
     "Tripoli in 2019.", "2019", "Khalifa Haftar", True),
    ("Dbeibah received Giorgia Meloni, the Italian prime minister who visited Tripoli in May.", "May",
     "Giorgia Meloni", True),
    # No comma: the noun the relative follows is not the name before it.
    ("Khalifa Haftar met the Italian ambassador who arrived in Benghazi in May.", "May", "Khalifa Haftar", False),
])
def test_a_relative_after_an_apposition_describes_the_name_before_it(text, date, name, describes, registry):
    assert (name in _scoped(text, date, registry)) is describes


def test_a_closed_participle_clause_and_its_name(registry):
    text = "The House of Representatives, elected in 2014, sits in Tobruk while Dbeibah governs in Tripoli."
    assert _scoped(text, "2014", registry) == ["House of Representatives"]
    # Not closed: a main verb after an apposition.
    text = "Seven members, including Fayez al-Sarraj, its head, arrived by boat from Tunisia on Wednesday."
    assert _scoped(text, "Wednesday", registry) == ["Fayez al-Sarraj"]


def test_a_past_event_named_in_passing_is_its_own_noun_phrase(registry):
    text = "Haftar's offensive could be the worst since the 2011 war that toppled Muammar Gaddafi."
    assert _scoped(text, "2011", registry, in_passing=True) == ["Muammar Gaddafi"]
    text = "In the aftermath of the 2020 debacle, Khalifa Haftar began promoting his sons."
    assert _scoped(text, "2020", registry, in_passing=True) == []
    # The same words dating the main clause keep its actors.
    assert _scoped(text, "2020", registry) == ["Khalifa Haftar"]
    text = "Analysts say the result of Thursday's vote could help Abdul Hamid Dbeibah."
    assert _scoped(text, "Thursday", registry) == []


def test_what_a_with_or_and_that_clause_adds_is_not_the_dated_clause(registry):
    text = "The country was divided in 2014, with the GNA supported by Turkey."
    assert _scoped(text, "2014", registry) == []
    text = "Khalifa Haftar promised to hold a vote on Thursday, and that Egypt would observe it."
    assert _scoped(text, "Thursday", registry) == ["Khalifa Haftar"]


def test_a_relative_that_after_a_noun_starts_the_dated_clause(registry):
    text = "Khalifa Haftar said agents were behind the killings that took place in Benghazi in 2013."
    assert _scoped(text, "2013", registry) == []
    # "that" after a verb reports; it does not start a relative clause.
    text = "Khalifa Haftar said that his forces took Sirte on Monday."
    assert _scoped(text, "Monday", registry) == ["Khalifa Haftar"]
    # The speaker of a report is its source, not a participant of what it reports.
    text = "The UN warned that Khalifa Haftar had moved troops on Monday."
    assert _scoped(text, "Monday", registry) == ["Khalifa Haftar"]


# --- reporting frames (data/modifiers.toml reporting_verbs, reporting_bare)


@pytest.mark.parametrize("text, date, expected", [
    # wire: a reported clause with no "that"
    ("The LNA said an explosion at a depot on Tuesday killed four soldiers.", "Tuesday", []),
    ("Egypt said Turkish drones struck Sirte on Monday.", "Monday", ["Turkey"]),
    # NGO release: "that" after the statement's own date
    ("Alarm Phone said on Tuesday that a boat had sunk off Libya's coast on Monday.", "Monday", []),
    # analysis: a source's verdict on an earlier event
    ("Amnesty International said the detentions in Sirte last month broke the law.", "last month", []),
    # UN release: the envoy reports what a body did
    ("Hanna Tetteh told the Security Council that the House of Representatives had voted on 3 May.", "3 May",
     ["House of Representatives"]),
])
def test_the_speaker_is_no_participant_of_what_it_reports(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("The LNA said on Wednesday that an explosion had killed four soldiers.", "Wednesday", ["Libyan National Army"]),
    ("Fayez al-Sarraj told reporters on Thursday that Turkey had sent armoured vehicles.", "Thursday",
     ["Fayez al-Sarraj"]),
    ("Russia denied on Thursday that the Wagner Group had deployed snipers.", "Thursday", ["Russia"]),
    # Its object is no reported clause: "reported 12 deaths", "announced an attack".
    ("UNSMIL reported 12 civilian deaths on Tuesday.", "Tuesday", ["UN Support Mission in Libya"]),
    ("Khalifa Haftar announced an attack on Tripoli on 4 April to take the capital.", "4 April",
     ["Khalifa Haftar"]),
])
def test_a_statement_dated_by_its_own_date_names_its_speaker_only(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, date, expected", [
    # The pronoun is the speaker: it reports its own act.
    ("The GNA said its forces had shot down a drone near Misrata on Wednesday.", "Wednesday",
     ["Government of National Unity"]),
    ("The Rada Force said it had detained 14 fighters on Tuesday.", "Tuesday", ["Rada Force"]),
    ("Khalifa Haftar said that he had ordered the advance on Friday.", "Friday", ["Khalifa Haftar"]),
])
def test_a_speaker_reporting_its_own_act_takes_part(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, date, expected", [
    # a plural noun that is also a verb of saying frames nothing
    ("Envoys of Qatar and other Gulf states met Khalifa Haftar in Benghazi on Monday.", "Monday",
     ["Qatar", "Khalifa Haftar"]),
    ("Media reports say Turkey sent drones to Misrata on Sunday.", "Sunday", ["Turkey"]),
    # ... and frames what follows "that" when it is a verb
    ("The ministry states that Turkey sent drones to Misrata on Sunday.", "Sunday", ["Turkey"]),
])
def test_a_noun_that_looks_like_a_verb_of_saying_frames_nothing(text, date, expected, registry):
    assert sorted(_scoped(text, date, registry)) == sorted(expected)


@pytest.mark.parametrize("text, date, expected", [
    # the person told is no part of what is told
    ("Khalifa Haftar told Abdul Hamid Dbeibah the army would withdraw from Sirte on Monday.", "Monday", []),
    ("Fayez al-Sarraj told reporters Turkish drones struck Sirte on Monday.", "Monday", ["Turkey"]),
    ("Aguila Saleh told Stephanie Williams the vote on the budget would take place on Monday.", "Monday", []),
])
def test_the_person_told_is_no_part_of_what_is_told(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Khalifa Haftar ordered an advance on the airport on Thursday, his spokesman said.", "Thursday",
     ["Khalifa Haftar"]),
    ("The Libyan Coast Guard returned 120 people to Tripoli on Sunday, the IOM said.", "Sunday",
     ["Libyan Coast Guard"]),
    ("Turkish drones struck an air base in Jufra on Wednesday, according to the GNA.", "Wednesday", ["Turkey"]),
    ("Clashes erupted in Zawiya on Monday, said Jane Roe, a spokeswoman for UNSMIL.", "Monday", []),
    # A fronted date is no clause for a tag to close.
    ("Earlier that day, the Sudanese Armed Forces confirmed their withdrawal, describing it as a regrouping.",
     "Earlier that day", ["Sudan"]),
])
def test_a_report_tag_names_the_source_not_a_participant(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


def test_a_bracketed_date_dates_what_precedes_it(registry):
    text = "Jane Roe, foreign minister [2013–2017], has served as Khalifa Haftar's adviser since 2023."
    assert _scoped(text, "2013", registry) == []
    text = "Fayez al-Sarraj, prime minister (2016), now advises Khalifa Haftar."
    assert _scoped(text, "2016", registry) == ["Fayez al-Sarraj"]


def test_what_alongside_or_described_as_adds_is_not_the_dated_clause(registry):
    text = "Rapid Support Forces fighters crossed in April 2023, alongside groups loyal to Khalifa Haftar."
    assert _scoped(text, "April 2023", registry) == ["Rapid Support Forces"]
    text = "It began in 2014 in Benghazi under Khalifa Haftar, described as an ally of Muammar Gaddafi."
    assert _scoped(text, "2014", registry) == ["Khalifa Haftar"]


@pytest.mark.parametrize("word", vocab.words("places", "possessive_acts") + vocab.words("places", "agent_of_nouns"))
def test_a_countrys_act_named_after_its_possessive(word, registry):
    assert _names(f"Officials welcomed Turkey's {word} on Monday.", registry) == ["Turkey"]


# --- an organ acts across a time adverbial or a parenthetical (places.toml, actors._ACTING_NEXT)


@pytest.mark.parametrize("text, expected", [
    ("Turkey's parliament on Thursday approved a bill allowing troops to deploy.", ["Turkey"]),
    ("The Egyptian government yesterday announced new border controls.", ["Egypt"]),
    ("The Maltese authorities, including the navy, refused the request on Sunday.", ["Malta"]),
    ("Russian military officials, led by the deputy defence minister, arrived in Benghazi on Tuesday.", ["Russia"]),
    ("Turkish officials, among them two generals, visited Tripoli last week.", ["Turkey"]),
])
def test_an_organ_acts_across_a_time_or_a_parenthetical(text, expected, registry):
    assert _names(text, registry) == expected


# --- a country as a region, an address, a field or a noun modifier (data/places.toml)


@pytest.mark.parametrize("direction", [d for d in vocab.words("places", "directions")
                                       if d not in vocab.words("places", "not_regions")])
def test_a_compass_word_makes_a_region_without_a_preposition(direction, registry):
    assert _names(f"The army controls {direction} Libya, Egypt said on Monday.", registry) == ["Egypt"]
    assert _names(f"Floods hit {direction} Libya on Sunday, Italy said.", registry) == ["Italy"]
    assert _names(f"Fighting rocked {direction} Libya overnight.", registry) == []


@pytest.mark.parametrize("word", vocab.words("places", "not_regions"))
def test_a_neighbouring_country_still_acts(word, registry):
    assert _names(f"{word.capitalize()} Egypt sent troops on Monday.", registry) == ["Egypt"]


@pytest.mark.parametrize("text, expected", [
    ("TRIPOLI, Libya (AP) — Armed groups clashed in the capital on Monday.", []),
    ("BENGHAZI, Libya — The army said on Friday it had taken the port.", []),
    ("Gunmen stormed an office in Benghazi, Libya, on Tuesday, Italy said.", ["Italy"]),
    ("Talks opened in Misrata, Libya: Egypt sent a delegation on Monday.", ["Egypt"]),
    # A list of actors after a town is no address.
    ("In Tunis, Libya, Egypt and Algeria agreed on Monday to reopen the border.", ["Libya", "Egypt", "Algeria"]),
])
def test_a_town_and_its_country_is_an_address(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("role", vocab.words("roles", "before_name"))
def test_a_country_before_a_role_is_the_posts_field(role, registry):
    assert _names(f"Libya {role} Jane Roe said on Monday that Egypt had sent troops.", registry) == ["Egypt"]


@pytest.mark.parametrize("text, expected", [
    ("Egypt marked the 2011 Libya uprising on Monday.", ["Egypt"]),
    ("Italy hosted the first Libya conference in 2018.", ["Italy"]),
    ("A new Libya policy was unveiled by France on Monday.", ["France"]),
])
def test_a_country_between_a_determiner_and_a_noun_qualifies_it(text, expected, registry):
    assert _names(text, registry) == expected


# --- what a clause says about a name, not what happened (data/modifiers.toml)


@pytest.mark.parametrize("kin", vocab.words("modifiers", "kin_nouns"))
def test_a_person_named_by_their_kin_is_no_participant(kin, registry):
    assert _names(f"Muammar Gaddafi's {kin} met Khalifa Haftar on Monday.", registry) == ["Khalifa Haftar"]
    assert _names(f"Khalifa Haftar met the {kin} of the late leader Muammar Gaddafi in Cairo.", registry) == [
        "Khalifa Haftar"]
    assert _names(f"On Sunday, the eldest {kin} of Muammar Gaddafi was freed, Egypt said.", registry) == ["Egypt"]


@pytest.mark.parametrize("opener", vocab.words("modifiers", "background_openers"))
def test_a_past_event_setting_the_time_names_no_participant(opener, registry):
    for head in ("fall", "ouster", "death", "rule"):
        text = f"{opener.capitalize()} Muammar Gaddafi's {head}, Khalifa Haftar met Egypt's president on Monday."
        assert _scoped(text, "Monday", registry) == ["Khalifa Haftar", "Abdel Fattah el-Sisi"], text
        text = f"Khalifa Haftar returned to Benghazi in 2011, {opener} the {head} of Muammar Gaddafi."
        assert _scoped(text, "2011", registry) == ["Khalifa Haftar"], text


@pytest.mark.parametrize("head", vocab.words("modifiers", "background_heads"))
def test_every_background_head(head, registry):
    text = f"Three years after the {head} of Muammar Gaddafi, Khalifa Haftar launched an offensive in 2014."
    assert _scoped(text, "2014", registry) == ["Khalifa Haftar"]


def test_the_past_event_itself_keeps_its_person(registry):
    # The date belongs to the phrase, but the clause has a verb of its own: the phrase sets the
    # time of what the clause says, its person takes no part (issue 12 item 5: the annotators
    # list no Gaddafi in "since Gaddafi's fall in 2011, ..." clauses).
    text = "Since Muammar Gaddafi's fall in 2011, the country has been split."
    assert _scoped(text, "2011", registry) == []
    text = "The country has been in chaos since the 2011 ouster of Muammar Gaddafi."
    assert _scoped(text, "2011", registry) == []
    # A clause that is only the phrase is about the past event itself.
    text = ", three years after the revolt that ousted Muammar Gaddafi in 2011."
    assert _scoped(text, "2011", registry) == ["Muammar Gaddafi"]


@pytest.mark.parametrize("head", vocab.words("modifiers", "befalling_heads"))
def test_what_befell_a_person_names_them_in_passing(head, registry):
    # Wire, analysis and translated-outlet wordings with no time opener before the phrase.
    for text, date in (
            (f"Khalifa Haftar said on Monday the turmoil Muammar Gaddafi's {head} unleashed had deepened.", "Monday"),
            (f"The {head} of Muammar Gaddafi still divides the country, Khalifa Haftar told an interviewer on Monday.",
             "Monday"),
            (f"Khalifa Haftar stressed on Tuesday that the {head} of the late Muammar Gaddafi had left a vacuum.",
             "Tuesday")):
        assert _scoped(text, date, registry) == ["Khalifa Haftar"], text
    # The date belongs to the phrase: it is the event, and its person stays.
    text = f"Muammar Gaddafi's {head} in October 2011 ended the war, Khalifa Haftar said."
    assert "Muammar Gaddafi" in _scoped(text, "October 2011", registry), text


@pytest.mark.parametrize("head", vocab.words("modifiers", "period_heads"))
def test_a_persons_time_in_power_as_a_backdrop(head, registry):
    # Wire, analysis and translated-outlet wordings: the phrase inside a prepositional phrase or
    # owning another noun.
    for text, date in (
            (f"A former official of Muammar Gaddafi's {head} met Khalifa Haftar on Monday.", "Monday"),
            (f"Khalifa Haftar, who served in the Muammar Gaddafi {head}, flew to Cairo on Tuesday.", "Tuesday"),
            (f"The Muammar Gaddafi {head}'s last envoy met Khalifa Haftar in Rome on Sunday.", "Sunday")):
        assert _scoped(text, date, registry) == ["Khalifa Haftar"], text
    # As the subject of its clause the phrase is what acts: left alone.
    text = f"Muammar Gaddafi's {head} cracked down on protesters in February 2011."
    assert _scoped(text, "February 2011", registry) == ["Muammar Gaddafi"], text


@pytest.mark.parametrize("place", vocab.words("modifiers", "possessed_places"))
def test_a_place_named_by_its_person(place, registry):
    assert _names(f"Muammar Gaddafi's {place} fell to Khalifa Haftar on Monday.", registry) == ["Khalifa Haftar"]
    assert _names(f"On Sunday Khalifa Haftar visited Muammar Gaddafi's old {place} near Sirte.", registry) == [
        "Khalifa Haftar"]
    assert _names(f"Drones struck Khalifa Haftar's {place}, Turkey said on Tuesday.", registry) == ["Turkey"]


def test_a_possessive_before_an_act_of_noun_is_the_agent(registry):
    text = "Khalifa Haftar's capture of Benghazi was hailed by Egypt on Monday."
    assert "Khalifa Haftar" in _scoped(text, "Monday", registry)


@pytest.mark.parametrize("text, date, expected", [
    ("Gaddafi loyalists attacked a checkpoint near Bani Walid on Friday.", "Friday", []),
    # "as Egypt watched" is another subject's act (modifiers.toml subordinate_cuts; it named Egypt
    # before round 9), so Egypt acts in the main clause here.
    ("On Monday, Haftar supporters rallied in Benghazi and Egypt watched.", "Monday", ["Egypt"]),
    ("On Monday, Haftar supporters rallied in Benghazi as Egypt watched.", "Monday", []),
    ("Khalifa Haftar met Gaddafi sympathisers in Sirte on Sunday.", "Sunday", ["Khalifa Haftar"]),
    # His own forces act for him.
    ("Khalifa Haftar's forces attacked the airport on Friday.", "Friday", ["Khalifa Haftar"]),
])
def test_people_named_by_whom_they_follow(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, expected", [
    ("Libya witnessed a wave of kidnappings in 2013, Italy said.", ["Italy"]),
    ("Libya slipped into chaos after the vote, the European Union said on Monday.", ["European Union"]),
    ("In 2020 Libya has endured a decade of war, Egypt said.", ["Egypt"]),
    ("Libya signed a memorandum with Italy in February 2017.", ["Libya", "Italy"]),
])
def test_what_a_country_goes_through_sets_the_scene(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish drones struck positions near Sirte on Tuesday.", ["Turkey"]),
    ("Egyptian warplanes bombed targets in Derna in 2015.", ["Egypt"]),
    ("Russian troops arrived at the airbase on Monday.", ["Russia"]),
    # Hired fighters are not the state's own; a craft that does nothing names no act.
    ("Russian mercenaries withdrew from the airbase on Wednesday.", []),
    ("Officials said Turkish drones stationed in Tripoli were idle.", []),
])
def test_a_state_acts_through_its_forces_and_craft(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("noun", vocab.words("modifiers", "apposition_nouns"))
def test_an_apposition_after_a_person_describes_them(noun, registry):
    text = f"Fathi Bashagha, a former {noun} of Khalifa Haftar, met Italy's envoy on Monday."
    assert _scoped(text, "Monday", registry) == ["Fathi Bashagha"]
    # A body in its head's post acts through him (organisations.toml head_posts), as the post before his name.
    head = noun in vocab.words("organisations", "head_posts")
    text = f"Fathi Bashagha, the {noun} of the House of Representatives, said on Monday the vote was off."
    assert _scoped(text, "Monday", registry) == ["Fathi Bashagha"] + ["House of Representatives"] * head


@pytest.mark.parametrize("text, date, expected", [
    ("Khalifa Haftar, a former Gaddafi officer, announced the offensive on Friday.", "Friday", ["Khalifa Haftar"]),
    ("Stephanie Williams, the acting UN envoy, announced on Friday that a truce was agreed.", "Friday",
     ["Stephanie Williams"]),
    ("Saif al-Islam Gaddafi, son of the late Muammar Gaddafi, registered as a candidate on Sunday.", "Sunday",
     ["Saif al-Islam Gaddafi"]),
    # "including" lists participants; no apposition.
    ("On Monday Khalifa Haftar, including his sons, met Fathi Bashagha.", "Monday", ["Khalifa Haftar", "Fathi Bashagha"]),
])
def test_appositions_in_several_styles(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text", [
    "The Libyan National Army, which is backed by Egypt, Russia and the UAE, seized the port on Monday.",
    "Dbeibah, whose government is backed by Turkey, flew to Rome on Monday.",
    "The National Oil Corporation, which answers to the Government of National Unity, lifted the blockade on Monday.",
    "Fathi Bashagha, who Italy had received in Rome, resigned on Monday.",
])
def test_a_nonrestrictive_relative_describes_the_name_before_it(text, registry):
    assert len(_scoped(text, "Monday", registry)) == 1


def test_a_relative_holding_the_date_is_the_dated_clause(registry):
    text = "The Libyan National Army, which Egypt backed in 2019, holds the east."
    assert "Egypt" in _scoped(text, "2019", registry)


@pytest.mark.parametrize("word", vocab.words("modifiers", "describing_participles"))
def test_a_backer_written_out_is_no_participant(word, registry):
    text = f"The Government of National Unity, {word} by the United Nations, suspended the minister on Tuesday."
    assert _scoped(text, "Tuesday", registry) == ["Government of National Unity"]
    text = f"Forces {word} by Turkey and Qatar retook the airport on Saturday."
    assert _scoped(text, "Saturday", registry) == []
    # After a form of "be" the agent acts.
    text = f"The deal was {word} by the United Nations on Tuesday."
    assert _scoped(text, "Tuesday", registry) == ["United Nations"]


@pytest.mark.parametrize("text, expected", [
    ("Fighting between the Sudanese army and the Rapid Support Forces erupted on Tuesday.",
     ["Sudan", "Rapid Support Forces"]),
    ("Talks between the Presidential Council and the Maltese government ended on Tuesday.",
     ["Presidential Council", "Malta"]),
    # after a noun of a relation, "between" names no side
    ("The Presidential Council called on Tuesday for coordination between the ministry and the Tunisian government.",
     ["Presidential Council"]),
    # a verb and a day between the happening and "between"
    ("Clashes erupted on Tuesday between the Chadian army and the Rapid Support Forces near the border.",
     ["Chad", "Rapid Support Forces"]),
])
def test_a_states_organ_that_between_names_as_a_side_takes_part(text, expected):
    assert _clause_names(text, "Tuesday") == expected


# (A style that is also an organisation's head, "Federation", opens a body's name: "the Federation of Tunisia".)
@pytest.mark.parametrize("style", [s for s in vocab.words("places", "state_styles")
                                   if s.split()[-1].casefold() not in vocab.mapping("organisations", "heads")])
def test_a_state_named_by_its_style_acts_and_is_a_place_after_a_preposition(style):
    assert _clause_names(f"The {style} of Tunisia closed the border crossing on Tuesday.", "Tuesday") == ["Tunisia"]
    assert _clause_names(f"The minister flew to the {style} of Tunisia on Tuesday.", "Tuesday") == []
    # a preposition before words that open the style: where ("the Islamic State" is a group's name)
    if style.endswith("Republic"):
        assert _clause_names(f"Libyan pilgrims in the Islamic {style} of Tunisia returned on Tuesday.", "Tuesday") == []
    # a place of a fronted phrase before it is no part of the style
    assert _clause_names(f"After talks in Tripoli the {style} of Tunisia reopened the crossing on Tuesday.",
                         "Tuesday") == ["Tunisia"]
    # after "of", in an envoy's post: whose envoy, no participant
    text = f"Jane Roe received on Tuesday the Ambassador of the {style} of Tunisia, Mr. Omar Bensalem."
    assert "Tunisia" not in _clause_names(text, "Tuesday")


@pytest.mark.parametrize("verb", vocab.words("places", "visiting_verbs"))
def test_a_facility_visited_is_where_not_who(verb):
    text = f"The minister, Omar Bensalem, will {verb} on Tuesday the Sabha Medical Centre with the mayor."
    if verb.endswith(("ed", "s")):
        text = f"The minister, Omar Bensalem, {verb} on Tuesday the Sabha Medical Centre with the mayor."
    assert _clause_names(text, "Tuesday") == ["Omar Bensalem"]
    # its people acting: the body takes part
    assert _clause_names("Doctors of the Sabha Medical Centre went on strike on Tuesday.", "Tuesday") == [
        "Sabha Medical Centre"]
    # the noun "visit", and a clause after its comma: the facility acts there
    text = "After the health minister's visit last week, the Sabha Medical Centre announced on Tuesday a shortage."
    assert _clause_names(text, "Tuesday") == ["Sabha Medical Centre"]


def test_a_facility_where_the_works_inspected_are_is_where_not_who():
    text = ("The minister, Omar Bensalem, inspected yesterday, Monday, the maintenance works at the Sabha Medical Centre "
            "with the mayor.")
    assert _clause_names(text, "yesterday, Monday") == ["Omar Bensalem"]
    # another verb and its object between: the facility's people are met
    text = "The minister, Omar Bensalem, visited Sabha and met the staff of the Sabha Medical Centre on Tuesday."
    assert "Sabha Medical Centre" in _clause_names(text, "Tuesday")
    # its own people accompanying the visitor: the facility takes part
    text = ("The minister, Omar Bensalem, inspected on Tuesday the works at the Sabha Medical Centre, accompanied by "
            "its director general.")
    assert "Sabha Medical Centre" in _clause_names(text, "Tuesday")
    # its people only heard: where the visit went
    text = ("The minister, Omar Bensalem, visited on Tuesday the Sabha Medical Centre and listened to the demands of "
            "its staff.")
    assert _clause_names(text, "Tuesday") == ["Omar Bensalem"]


def test_a_makers_phrase_set_off_by_commas_is_no_participant_to_its_closing_comma(registry):
    text = ("The new dam, built by a consortium led by the Italian company Eni with Egyptian "
            "partners, was inaugurated on Saturday by the Presidential Council.")
    assert _scoped(text, "Saturday", registry) == ["Presidential Council"]
    # the aside ends at its comma: the name after it is the one received
    text = ("The Presidential Council received on Saturday the head of the Libya Development and Reconstruction Fund, "
            "established by the House of Representatives, Mr. Belgacem Haftar.")
    assert "Belgacem Haftar" in _scoped(text, "Saturday", registry)
    # within its own clause the maker acts
    text = "The dam was built by a consortium led by the Italian company Eni in 2051."
    assert _scoped(text, "2051", registry) == ["Eni"]


def test_a_backer_in_the_dated_phrase_acts(registry):
    text = "A truce brokered by the United Nations in October 2020 collapsed on Monday."
    assert _scoped(text, "October 2020", registry) == ["United Nations"]


# --- more settings, frames and background (round two)


@pytest.mark.parametrize("text, expected", [
    # Wire style writes abbreviations with full stops.
    ("The U.N. envoy met Khalifa Haftar on Monday.", ["United Nations", "Khalifa Haftar"]),
    ("The E.U. imposed sanctions on two commanders on Monday.", ["European Union"]),
    ("U.N.-backed talks resumed in Geneva on Tuesday, Egypt said.", ["Egypt"]),
])
def test_abbreviations_with_full_stops(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkey sent troops to war-torn Libya in January.", ["Turkey"]),
    ("Investors returned to oil-rich Libya last year, Italy said.", ["Italy"]),
    ("Fighting resumed in conflict-hit Libya on Monday.", []),
])
def test_a_compound_adjective_before_a_place(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    ("Libya – The Presidential Council announced on Monday a new committee.", ["Presidential Council"]),
    ("Libya: Khalifa Haftar met Egypt's president in Cairo on Sunday.", ["Khalifa Haftar", "Abdel Fattah el-Sisi"]),
    ("Officials met on Monday. Libya - Turkey sent more drones, the ministry said.", ["Turkey"]),
    ("Libya said on Monday it would reopen the border.", ["Libya"]),
])
def test_a_country_opening_a_line_before_a_dash_is_a_dateline(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    ("Libya, a country of seven million people, has been divided since 2014, Egypt said on Monday.", ["Egypt"]),
    ("Chad, a neighbour of Sudan, remains calm, Italy said on Monday.", ["Italy"]),
    ("Turkey, a NATO member, sent troops on Monday.", ["Turkey"]),
])
def test_a_state_in_a_state_after_an_apposition(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("word", vocab.words("modifiers", "against_heads"))
def test_a_side_named_by_whom_it_fought(word, registry):
    text = f"Khalifa Haftar returned in 2011 to join the {word} against Muammar Gaddafi."
    assert _scoped(text, "2011", registry) == ["Khalifa Haftar"]
    text = f"On Monday Egypt praised the {word} against the late Muammar Gaddafi."
    assert _scoped(text, "Monday", registry) == ["Egypt"]


@pytest.mark.parametrize("text, date, expected", [
    ("In 2014, three years after the uprising that toppled Muammar Gaddafi, Khalifa Haftar launched an offensive.",
     "2014", ["Khalifa Haftar"]),
    ("Since the revolt which ousted Muammar Gaddafi, Khalifa Haftar has led the army, Egypt said on Monday.",
     "Monday", ["Khalifa Haftar", "Egypt"]),
    ("Under Muammar Gaddafi's rule the sector was nationalised; on Monday Italy signed a deal.", "Monday", ["Italy"]),
])
def test_a_past_event_by_a_relative_or_under(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text", [
    "Muammar Gaddafi's former aide met Khalifa Haftar on Monday.",
    "On Monday, Muammar Gaddafi's onetime spy chief met Khalifa Haftar in Cairo.",
    "Muammar Gaddafi's ex-minister of oil met Khalifa Haftar on Monday.",
])
def test_a_former_aide_named_by_their_chief(text, registry):
    assert _names(text, registry) == ["Khalifa Haftar"]


# --- a name that only says whose thing, whose post or which time it is (issue 12, round 3)


@pytest.mark.parametrize("thing", [w for w in vocab.words("modifiers", "owned_things")
                                   if w not in vocab.words("modifiers", "possessor_acts")])
def test_a_thing_owned_in_the_possessive_leaves_its_owner_out(thing, registry):
    assert _names(f"Egypt said the UN's {thing} was breached on Monday.", registry) == ["Egypt"]


@pytest.mark.parametrize("word", vocab.words("modifiers", "possessor_acts"))
def test_an_act_owned_in_the_possessive_keeps_its_owner(word, registry):
    assert _names(f"Khalifa Haftar's {word} began on Monday.", registry) == ["Khalifa Haftar"]


def test_possessor_acts_are_owned_things():
    assert set(vocab.words("modifiers", "possessor_acts")) <= set(vocab.words("modifiers", "owned_things"))


@pytest.mark.parametrize("text, expected", [
    # wire, analysis, UN press release, risk advisory
    ("The UN's arms embargo on Libya was violated by several states in 2020, Egypt said.", ["Egypt"]),
    ("The cargo was seized on Tuesday under the UN's long-standing sanctions regime, Greece said.", ["Greece"]),
    ("Greece said the European Union's naval embargo had failed on 4 March.", ["Greece"]),
    # the thing names a body of the owner, which acts
    ("The European Union's naval embargo mission boarded a tanker on 4 March.", ["European Union"]),
    # a verb between makes the owner act on the thing
    ("Khalifa Haftar's forces launched a war on the capital in April 2019.", ["Khalifa Haftar"]),
    ("The UN's envoy presented a roadmap on Monday.", ["United Nations"]),
    # the owner after the thing: "a report by", "data from", "supporters of"
    ("A convoy described in the report by the United Nations entered Sirte on Monday.", []),
    ("Italy cited data from the International Organization for Migration on Monday.", ["Italy"]),
    # a source that speaks through its thing: the owner acts
    ("Figures from the International Organization for Migration show that 9,000 people were returned in 2024.",
     ["International Organization for Migration"]),
    ("The UN's report said on Monday that the embargo was breached.", ["United Nations"]),
    ("Supporters of Khalifa Haftar rallied in Benghazi on Friday.", []),
    ("Talks by the United Nations resumed on Monday.", ["United Nations"]),
    ("A convoy of the Libyan National Army entered Sirte on Monday.", ["Libyan National Army"]),
])
def test_whose_thing_it_is(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    ("UN envoy Hanna Tetteh met Khalifa Haftar in Benghazi on Monday.", ["Hanna Tetteh", "Khalifa Haftar"]),
    ("The UN's special envoy for Libya, Hanna Tetteh, briefed the Security Council on Wednesday.",
     ["Hanna Tetteh", "UN Security Council"]),
    ("The Presidential Council's head Mohamed al-Menfi received Egypt's foreign minister on Sunday.",
     ["Mohamed al-Menfi"]),
    ("Press release - UNSMIL Special Representative Hanna Tetteh on Thursday called on all parties to show restraint.",
     ["Hanna Tetteh"]),
    # no person named after the post: the body acts through its unnamed spokesman
    ("The LNA's spokesman said on Friday that its forces had taken the airport.", ["Libyan National Army"]),
    ("The United Nations and Khalifa Haftar agreed on Monday to extend the truce.", ["United Nations", "Khalifa Haftar"]),
    # a person before a post: two people
    ("Fayez al-Sarraj and President Recep Tayyip Erdogan signed two agreements in November.",
     ["Fayez al-Sarraj", "Recep Tayyip Erdogan"]),
])
def test_a_body_that_names_the_post_of_the_person_after_it(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Under Muammar Gaddafi, the port was a military base; on Monday it received Italy's navy.", "Monday", []),
    ("The bank, which under the Government of National Accord, paid salaries, froze the accounts in August.",
     "August", []),
    ("Unlike in the Gaddafi years, the House of Representatives voted openly on Tuesday.", "Tuesday",
     ["House of Representatives"]),
    ("During Muammar Gaddafi's tenure the oil sector was nationalised; Italy signed a new deal on Monday.",
     "Monday", ["Italy"]),
    # forces under a commander, no comma: his forces
    ("Fighters under Khalifa Haftar took the airport on Monday.", "Monday", ["Khalifa Haftar"]),
])
def test_a_ruler_or_a_government_as_the_backdrop_of_the_time(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Libya has been in turmoil since 2011, when a NATO-backed uprising toppled Muammar Gaddafi.", "2011", []),
    ("In 2011, when the uprising against Muammar Gaddafi began, Khalifa Haftar returned from the United States.",
     "2011", ["Khalifa Haftar"]),
    ("Egypt closed the border in 2014, when Libya Dawn seized the capital.", "2014", ["Egypt"]),
])
def test_a_when_clause_after_the_date_says_what_the_date_was(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, date, expected", [
    # wire: a second subject after ", and"
    ("Khalifa Haftar met Egypt's president in Cairo on Monday, and the Government of National Unity said it "
     "would boycott the talks.", "Monday", ["Khalifa Haftar", "Abdel Fattah el-Sisi"]),
    # press release: the date in the second clause
    ("The Presidential Council met in Tripoli, and on Tuesday Turkey welcomed the decision.", "Tuesday", ["Turkey"]),
    # analysis: an apposition after the new subject
    ("Greece summoned the Libyan ambassador on 3 March, and the EU's foreign policy chief, Josep Borrell, warned "
     "of consequences.", "3 March", ["Greece"]),
    # translated outlet: an adverb before the verb
    ("Abdul Hamid Dbeibah flew to Ankara in January, and Khalifa Haftar reportedly travelled to Moscow.",
     "January", ["Abdul Hamid Dbeibah"]),
    # not split: a list of names, a verb with no subject of its own, a name in apposition
    ("Egypt, Turkey, and Russia signed the declaration in Berlin on Sunday.", "Sunday", ["Egypt", "Turkey", "Russia"]),
    ("The House of Representatives approved the budget on Monday, and sent it to the Presidential Council.",
     "Monday", ["House of Representatives", "Presidential Council"]),
    ("Khalifa Haftar, and his son Saddam Haftar, visited Rome on Thursday.", "Thursday",
     ["Khalifa Haftar", "Saddam Haftar"]),
])
def test_a_new_subject_after_and_opens_a_clause_of_its_own(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


# --- a main verb after an apposition, an officer of a state, a name joined by a particle


@pytest.mark.parametrize("text, date, expected", [
    # (the body a head's post opening the clause names acts through him: see
    # test_a_head_opening_the_clause_acts_for_the_body_his_post_names)
    ("The Speaker of the House of Representatives, Aguila Saleh, received on Tuesday the Egyptian envoy, "
     "Jane Roe, in Al-Qubba.", "Tuesday", ["House of Representatives", "Aguila Saleh"]),
    ("The head of the Presidential Council, Mohamed al-Menfi, met on Sunday Italy's envoy, in Tripoli.",
     "Sunday", ["Presidential Council", "Mohamed al-Menfi"]),
    # a closed participle clause is still one: the main verb follows its comma
    ("The House of Representatives, elected in 2014, now sits in Tobruk.", "2014", ["House of Representatives"]),
])
def test_a_verb_after_an_apposition_is_the_main_verb(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkey's parliament, on Thursday, approved the deployment of troops.", ["Turkey"]),
    ("Egypt's army, late on Sunday, moved armoured units to the border.", ["Egypt"]),
    ("Italy's government, on Monday, announced new patrols.", ["Italy"]),
])
def test_a_states_organ_acts_across_a_date_set_off_by_commas(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text", [
    "Residents of the Salah al-Din district fled on Thursday as shelling resumed.",
    "Fighting reached Salah al-Din on Monday.",
    "The Salah el-Din mosque was damaged on Friday.",
])
def test_a_surname_joined_to_a_name_by_a_particle_is_another_name(text, registry):
    assert "Aguila Saleh" not in _names(text, registry)


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the Libyan National Army, Jane Roe, visited the port on Tuesday.", ["Jane Roe"]),
    ("The envoy to the African Union, Tom Poe, arrived in Tripoli on Monday.", ["Tom Poe"]),
    ("An adviser to the Presidential Council, Nadia Sami, met Egypt's ambassador on Sunday.", ["Nadia Sami"]),
])
def test_the_body_a_post_is_for_or_to_only_names_the_person(text, expected):
    from libyadesk.timeline import extract_events

    # The person is discovered (no registry entry), so the whole index is built.
    rows = extract_events(build_index([Document("t", text, "t.md", published="2025-01-10", source="Test Wire")]))
    assert [r.actor_names for r in rows] == [expected]


def _rows(text: str) -> list[tuple[str, list[str]]]:
    from libyadesk.timeline import extract_events

    rows = extract_events(build_index([Document("t", text, "t.md", published="2025-01-10", source="Test Wire")]))
    return [(r.date, r.actor_names) for r in rows]


@pytest.mark.parametrize("text, date, expected", [
    ("Witnesses said the Nawasi Brigade that shelled the port on 3 January had withdrawn.", "2025-01-03", ["Nawasi Brigade"]),
    ("Officials said the Rada Force that raided the airport on Monday had left.", "2025-01-06", ["Rada Force"]),
    ("Residents say the Libyan National Army that entered the town on 2 January is still there.", "2025-01-02",
     ["Libyan National Army"]),
])
def test_a_named_subject_before_a_relative_that_stays_in_the_reported_clause(text, date, expected):
    # "said the Rada Force that raided ...": the name and "that" open the reported clause; only
    # "told" takes a person spoken to before its "that" (modifiers.toml reporting_to_someone).
    assert (date, expected) in _rows(text)


@pytest.mark.parametrize("text, date", [
    ("The UN said on Monday in Geneva that Turkey had sent drones to the west.", "2025-01-06"),
    ("Egypt said on Tuesday in a statement that Turkey had sent drones to the west.", "2025-01-07"),
    ("The IOM said on Friday from its office in Tunis that Turkey had sent drones to the west.", "2025-01-10"),
])
def test_where_or_how_a_statement_was_made_leaves_what_it_says_out(text, date):
    rows = dict(_rows(text))
    assert "Turkey" not in rows[date] and len(rows[date]) == 1


@pytest.mark.parametrize("text, expected", [
    ("The United Nations' special envoy, Hanna Tetteh, met Khalifa Haftar in Benghazi on Monday.",
     ["Hanna Tetteh", "Khalifa Haftar"]),
    ("The United Arab Emirates' ambassador, Jane Roe, visited Benghazi on Monday.", ["Jane Roe"]),
    ("The Misrata Brigades' spokesman, Tom Poe, was arrested on Monday.", ["Tom Poe"]),
])
def test_a_body_in_the_plural_possessive_before_a_post_only_names_the_person(text, expected):
    assert _rows(text) == [("2025-01-06", expected)]


@pytest.mark.parametrize("verb", ["cautioned", "remarked", "replied", "commented", "observed"])
def test_every_verb_a_person_is_quoted_with_frames_what_it_reports(verb):
    # One list of reporting verbs (data/modifiers.toml) for discovery and clause scope.
    assert _rows(f"Egypt {verb} that Turkey had sent drones to Sirte on Monday.") == [("2025-01-06", ["Turkey"])]


@pytest.mark.parametrize("text", [
    "Doctors said the trial of former Gaddafi officials resumed in Tripoli on Monday.",
    "Police said an ex-Haftar commander was arrested in Misrata on Monday.",
    "Residents said former Gaddafi aides met in Cairo on Monday.",
])
def test_a_name_between_former_and_a_post_is_a_past_affiliation(text):
    # modifiers: "former Gaddafi officials" says whom they served; Gaddafi or Haftar takes no part.
    assert ("2025-01-06", []) in _rows(text)


@pytest.mark.parametrize("text, expected", [
    ("Officials said the former Soviet Union signed the treaty on Monday.", ["USSR"]),
    ("Police said former Gaddafi minister Tom Poe was arrested on Monday.", ["Tom Poe"]),
])
def test_former_keeps_a_state_with_no_post_after_it_and_the_person_after_the_post(text, expected):
    assert ("2025-01-06", expected) in _rows(text)


@pytest.mark.parametrize("word", vocab.words("modifiers", "topic_prepositions"))
def test_a_name_after_a_topic_word_is_no_participant(word, registry):
    assert _names(f"Speaking {word} Egypt's role, Turkey said on Monday that talks would resume.", registry) == ["Turkey"]


@pytest.mark.parametrize("text, expected", [
    ("Asked about Haftar, Aguila Saleh told reporters in Qubbah on Monday that he was ready.", ["Aguila Saleh"]),
    ("A dispute concerning the Central Bank of Libya delayed the vote on Monday.", []),
    ("Egypt hosted talks about the crisis on Monday.", ["Egypt"]),
])
def test_topics_are_no_participants(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("head", vocab.words("modifiers", "topic_heads"))
def test_a_name_a_meeting_is_about_is_no_participant(head, registry):
    """"a meeting focused on the access of the election commission": the body is talked about, at once
    after the topic word or after a noun of it and "of"; the meeting's own people take part."""
    at_once = f"Khalifa Haftar met Stephanie Williams in Benghazi on Monday, in talks {head} the Central Bank of Libya."
    assert _names(at_once, registry) == ["Khalifa Haftar", "Stephanie Williams"]
    after_of = (f"Khalifa Haftar met Stephanie Williams in Benghazi on Monday, in talks {head} the access of the "
                "High National Elections Commission to the south.")
    assert _names(after_of, registry) == ["Khalifa Haftar", "Stephanie Williams"]
    # Without the topic word the body is named as taking part.
    plain = "Khalifa Haftar met Stephanie Williams and the Central Bank of Libya in Benghazi on Monday."
    assert "Central Bank of Libya" in _names(plain, registry)


@pytest.mark.parametrize("head", vocab.words("modifiers", "demand_heads"))
def test_a_name_a_protest_demands_is_no_participant(head, registry):
    """"shut the terminal, demanding the dismissal of the NOC's chairman": the body is what is asked
    for, after a noun of the demand and "of"; the protesters' own people act."""
    after_of = (f"The Tariq Bin Ziyad Brigade shut the Zawiya refinery on Monday, {head} the dismissal of the "
                "National Oil Corporation's chairman.")
    assert _names(after_of, registry) == ["Tariq Bin Ziyad Brigade"]
    # A body asked to act takes part in what it is asked to do (maybe the dated act).
    asked = f"The Presidential Council on Monday {head} the High Council of State and the House of Representatives to meet."
    assert _names(asked, registry) == ["Presidential Council", "High Council of State", "House of Representatives"]
    # Without the demand word the body is named as taking part.
    plain = "The Tariq Bin Ziyad Brigade and the National Oil Corporation shut the Zawiya refinery on Monday."
    assert "National Oil Corporation" in _names(plain, registry)


def _capitals() -> list[tuple[str, str]]:
    """(capital, demonym) of data/places.toml `capitals` keyed by a demonym the registry knows, but the
    desk's own state's and those of `capitals_of_bodies`."""
    _, by_word = load_registry().demonym_pattern()
    demonyms = {d.casefold(): state for d, state in by_word.items()}
    home = vocab.table("event_words")["home_state"]
    bodies = set(vocab.words("places", "capitals_of_bodies"))
    return [(city, demonym) for demonym, city in vocab.table("places")["capitals"].items()
            if demonyms.get(demonym, home) != home and city not in bodies]


@pytest.mark.parametrize("capital, demonym", _capitals())
def test_a_capital_acting_is_its_state(capital, demonym, registry):
    """"Rome reopened its consulate", "Washington, which lifted its ban": a state named by its capital acts;
    the capital after a preposition is a place, and before a capitalised word part of a name."""
    _, by_word = registry.demonym_pattern()
    state = registry.actors[{d.casefold(): s for d, s in by_word.items()}[demonym]].name
    assert _names(f"{capital} reopened its embassy in Benghazi on Monday.", registry) == [state]
    assert _names(f"Italy said {capital}, which lifted its travel ban in May, would send an envoy on Monday.",
                  registry)[-1:] == [state]
    # its main clause's verb after a relative clause set off by commas
    assert _names(f"{capital}, which keeps trainers in western Libya, sent its defence minister on Monday.",
                  registry) == [state]
    assert state not in _names(f"Talks in {capital} ended on Monday without a deal.", registry)
    assert state not in _names(f"The {capital} Evening reported on Monday that the talks had stalled.", registry)
    assert state not in _names(f"Radio {capital} reported on Monday that the talks had stalled.", registry)


def test_the_desk_s_own_capital_and_seats_of_bodies_are_no_state(registry):
    # "Tripoli rejected the plan": the government seated there, not Libya; "Brussels" is the EU's seat.
    assert "Libya" not in _names("Tripoli rejected the plan on Monday.", registry)
    assert _names("Brussels announced new sanctions on Monday.", registry) == []


@pytest.mark.parametrize("text, expected", [
    ("The Central Bank of Libya devalued the dinar on Sunday, setting the rate at 6.12 dinars per U.S. dollar.",
     ["Central Bank of Libya"]),
    ("The Central Bank of Libya cut the Libyan dinar's value against the US dollar on Sunday.",
     ["Central Bank of Libya"]),
    # The abbreviation's stop is read as its own only before a thing it owns.
    ("The Central Bank of Libya met the U.S. envoy on Sunday.", ["Central Bank of Libya", "United States"]),
])
def test_a_state_naming_a_currency_is_no_participant(text, expected, registry):
    assert _names(text, registry) == expected


def test_a_name_inside_a_hashtag_of_words_is_no_participant(registry):
    """"#Central_Bank_of_Libya | ...": a hashtag joining a body's words with underscores labels the post;
    neither the body nor the state inside its name acts."""
    text = ("#Central_Bank_of_Libya | The Board of Directors, chaired by the Governor, Mr. Murad Abu Sneina, "
            "decided on Sunday to amend the exchange rate.")
    names = _names(text, registry)
    assert "Libya" not in names and "Central Bank of Libya" not in names


@pytest.mark.parametrize("text, expected", [
    ("The mediators, they're Egypt and Qatar, met the delegations on Monday.", ["Egypt", "Qatar"]),
    ("Analysts say the real brokers, and they're Turkey and Egypt, met the delegations on Monday.",
     ["Turkey", "Egypt"]),
])
def test_the_re_of_a_contraction_is_no_topic_word(text, expected, registry):
    # modifiers.toml topic_prepositions "re": the "'re" of "they're" is no "re" (about).
    assert _names(text, registry) == expected


def _dated(text: str, registry, date_word: str) -> list[str]:
    """Participants of the sentence holding the first occurrence of date_word, its date."""
    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    mentions = find_mentions(doc, sentences, registry)
    at = text.index(date_word)
    start, end = next((s.start, s.end) for s in sentences if s.start <= at < s.end)
    return [name for _, name in participants(text, mentions, registry.actors, registry, start, end,
                                             "2025-01-10", at, at + len(date_word))]


@pytest.mark.parametrize("text, who", [
    # a bare surname's son: the member named in full before
    ("Belgacem Haftar opened a bridge in Derna. On Monday, Haftar's son met the mayor.", "Belgacem Haftar"),
    ("Saddam Haftar was in Rome last week. Khalifa Haftar's eldest son flew to Ankara on Monday.", "Saddam Haftar"),
    # a title of the head in lower case
    ("Khaled Haftar was promoted in May. The field marshal's son toured Sirte on Monday.", "Khaled Haftar"),
    # a pronoun whose antecedent is the family's head
    ("Belgacem Haftar opened a bridge in May. Khalifa Haftar spoke in Benghazi. On Monday his son opened a school.",
     "Belgacem Haftar"),
    # a sibling: another member than the head
    ("Saddam Haftar and Khaled Haftar met in May. On Monday, Saddam Haftar's brother visited Cairo.", "Khaled Haftar"),
])
def test_a_kin_noun_without_a_name_is_the_member_named_nearest(text, who, registry):
    names = _dated(text, registry, "Monday")
    assert who in names
    assert "Khalifa Haftar" not in names


@pytest.mark.parametrize("text", [
    # a grandchild or a head's brother is no member the registry can tell
    "Saddam Haftar met the envoy. On Monday, Haftar's nephew visited Cairo.",
    "Saddam Haftar met the envoy. On Monday, Khalifa Haftar's brother visited Cairo.",
    # no member named in full: nobody to point at
    "On Monday, Haftar's son visited Cairo.",
    # a son named right after the kin noun is that name's mention, not an anaphor
    "Belgacem Haftar met the envoy. On Monday, Haftar's son Saddam visited Cairo.",
])
def test_a_kin_noun_names_no_one_it_cannot_tell(text, registry):
    names = _dated(text, registry, "Monday")
    assert "Belgacem Haftar" not in names
    assert "Khaled Haftar" not in names


@pytest.mark.parametrize("text", [
    # a person noun or a relative clause between the name and "his": the pronoun may be theirs
    "Saddam Haftar was in Rome in May.\n\nOn Monday, Khalifa Haftar received a tribal elder whose village was "
    "shelled and who said his son was missing.",
    "Saddam Haftar toured Sirte last month. Khalifa Haftar met a widow in Benghazi on Monday; her husband and his son "
    "died in the fighting.",
    "Saddam Haftar opened a clinic in April. In Benghazi on Monday, Khalifa Haftar thanked the mayor, saying his son "
    "had built the road.",
    # "her": the registry records no one's sex, so no member is meant
    "Saddam Haftar toured Sirte last month. On Monday, Khalifa Haftar sent condolences to her son, a reporter said.",
])
def test_his_son_after_another_person_names_no_member(text, registry):
    assert "Saddam Haftar" not in _dated(text, registry, "Monday")


@pytest.mark.parametrize("text", [
    "Saddam Haftar and Khaled Haftar visited Rome in May.\n\nOn Monday, Khalifa Haftar's son flew to Cairo.",
    "Khaled Haftar was promoted in March, weeks after Saddam Haftar toured Italy. The field marshal's son met "
    "Egyptian officers on Monday.",
    "Belgacem Haftar, Saddam Haftar and Khaled Haftar were all at the parade. On Monday, Haftar's eldest son "
    "flew to Ankara.",
])
def test_a_kin_noun_with_several_members_named_names_no_one(text, registry):
    names = _dated(text, registry, "Monday")
    assert not {"Saddam Haftar", "Khaled Haftar", "Belgacem Haftar"} & set(names)


@pytest.mark.parametrize("text", [
    "Aguila Saleh, the Speaker of parliament, told delegates on Monday that smuggling had doubled.",
    "Egypt told the Security Council on Monday that the border was calm.",
    "Turkey told parliament on Monday that the troops would stay.",
])
def test_told_with_its_addressee_and_own_date_keeps_the_speaker(text, registry):
    names = _dated(text, registry, "Monday")
    assert names and names[0] in ("Aguila Saleh", "Egypt", "Turkey")


@pytest.mark.parametrize("text", [
    "Giorgia Meloni had warned Abdul Hamid Dbeibah in July that the boats would be seized.",
    "Valletta had warned Tripoli in July that the boats would be seized.",
    "Italy warned Abdul Hamid Dbeibah in July that the patrol boats were a loan.",
])
def test_a_warning_has_its_addressee_before_what_is_warned_of(text, registry):
    """"Egypt had warned Haftar in July that the border would close": the one warned comes before what
    he is warned of, as after "told" (data/modifiers.toml reporting_to_someone), so the date after him
    is the warning's, and who warned takes part."""
    names = _dated(text, registry, "July")
    assert names[:1] in (["Giorgia Meloni"], ["Malta"], ["Italy"]) and len(names) == 2


@pytest.mark.parametrize("text, kept", [
    ("The LNA said Tuesday that it had shelled the base on Monday.", "Libyan National Army"),
    ("Egypt said Friday that it had closed the border on Monday.", "Egypt"),
    ("Italy said May 3 that it would send ships on Monday.", "Italy"),
])
def test_us_wire_said_weekday_that_it_is_the_speakers_own_act(text, kept, registry):
    assert kept in _dated(text, registry, "Monday")


@pytest.mark.parametrize("text", [
    "Since the revolution of 2011, no Libyan government has held the whole country.",
    "Analysts doubt that any Maltese government would accept the deal signed in 2011.",
    "Not every Egyptian official agreed with the plan announced in 2011.",
])
def test_a_demonym_after_no_or_any_names_no_acting_state(text, registry):
    assert _dated(text, registry, "2011") == []


def test_a_demonym_organ_still_acts(registry):
    assert _dated("The Libyan government signed a deal with Eni in 2011.", registry, "2011") == ["Libya", "Eni"]


@pytest.mark.parametrize("word", vocab.words("modifiers", "former_words"))
def test_every_former_word_before_a_post_says_whom_people_served(word, registry):
    sep = "-" if word == "ex" else " "
    names = _names(f"Police said three {word}{sep}Haftar officers were arrested on Monday.", registry)
    assert "Khalifa Haftar" not in names
    assert "Khalifa Haftar" not in _names(f"Khalifa Haftar's {word}{sep}aide Jane Roe left for Cairo on Monday.", registry)


def test_without_a_former_word_the_possessor_of_an_aide_is_named(registry):
    assert "Khalifa Haftar" in _names("Khalifa Haftar's aide flew to Cairo on Monday.", registry)


@pytest.mark.parametrize("text", [
    "Tribes loyal to Gaddafi blocked the coastal road on Monday.",
    "Sources close to Khalifa Haftar said on Monday that talks had failed.",
    "Politicians aligned with the GNA walked out of the session on Monday.",
    "Supporters of the late Muammar Gaddafi rallied in Sirte on Monday.",
])
def test_a_name_that_says_whose_side_others_are_on_takes_no_part(text, registry):
    names = _names(text, registry)
    assert not {"Muammar Gaddafi", "Khalifa Haftar", "Government of National Accord",
                "Government of National Unity"} & set(names)


@pytest.mark.parametrize("word", vocab.words("modifiers", "allegiance_words"))
def test_every_allegiance_word_makes_the_name_a_side(word, registry):
    assert "Khalifa Haftar" not in _names(f"Sources {word} Khalifa Haftar said on Monday that talks had failed.", registry)


@pytest.mark.parametrize("holder", vocab.words("modifiers", "allegiance_holders"))
def test_every_allegiance_holder_is_a_side(holder, registry):
    assert "Khalifa Haftar" not in _names(f"The {holder} close to Khalifa Haftar objected on Monday.", registry)


@pytest.mark.parametrize("text, who", [
    # "close to", "linked to" of a place or a thing: the person is there and takes part
    ("A drone struck a convoy close to Khalifa Haftar as he toured Sirte on Monday.", "Khalifa Haftar"),
    ("A rocket fell close to Abdul Hamid Dbeibah's motorcade on Monday, his office said.", "Abdul Hamid Dbeibah"),
    ("Shots were fired close to Aguila Saleh during a rally in Tobruk on Monday, witnesses said.", "Aguila Saleh"),
])
def test_close_to_of_a_place_keeps_the_person(text, who, registry):
    assert who in _names(text, registry)


@pytest.mark.parametrize("text", [
    "Militias loyal to Abdul Hamid Dbeibah clashed with rival units in Tripoli on Monday.",
    "Armed groups loyal to Abdul Hamid Dbeibah took the airport road on Monday, residents said.",
    "On Monday, gunmen nominally loyal to Abdul Hamid Dbeibah stormed a ministry in the capital.",
])
def test_armed_people_loyal_to_a_leader_name_him_acting(text, registry):
    assert "Abdul Hamid Dbeibah" in _names(text, registry)


def test_an_allegiance_word_leaves_the_acting_name(registry):
    assert "Khalifa Haftar" in _names("Khalifa Haftar, loyal to his allies, stormed the port on Monday.", registry)


@pytest.mark.parametrize("text", [
    "Since Gaddafi was toppled, the south has been lawless; on Monday gunmen seized a checkpoint.",
    "After Khalifa Haftar was defeated, the town fell quiet; on Monday its council met.",
    "Until Fayez al-Sarraj was replaced, the bank paid salaries; on Monday it stopped.",
])
def test_what_befell_a_person_as_a_time_clause_is_a_backdrop(text, registry):
    assert _dated(text, registry, "Monday") == []


def test_what_befell_a_person_at_the_date_is_the_event(registry):
    # A clause of its own ("the south has been lawless") is what the date dates (issue 12 item 5).
    assert _dated("Since Gaddafi was toppled in 2011, the south has been lawless.", registry, "2011") == []
    assert _dated("Gaddafi was toppled in 2011.", registry, "2011") == ["Muammar Gaddafi"]


@pytest.mark.parametrize("noun", vocab.words("modifiers", "commanded_nouns"))
def test_forces_loyal_to_a_commander_name_him_acting(noun, registry):
    assert "Khalifa Haftar" in _names(f"The {noun} loyal to Khalifa Haftar moved on Sirte on Monday.", registry)


# --- a state's organ held by a registry body names that body (registry roles "Libya's parliament")


@pytest.mark.parametrize("text", [
    # wire
    "Libya's parliament approved the budget on Monday, two lawmakers said.",
    # US wire, the date between the organ and its verb
    "Libya's parliament on Tuesday voted to sack the central bank governor.",
    # analysis, set off by commas
    "In March 2021, Libya's parliament confirmed the new cabinet in Sirte.",
])
def test_a_states_organ_held_by_a_known_body_names_the_body(text, registry):
    assert _names(text, registry) == ["House of Representatives"]


@pytest.mark.parametrize("text,expected", [
    # wire with a dateline: a past written as its present, after the organ and its date
    ("TRIPOLI, Nov 12 (Wire) - Libya's election commission on Tuesday set April 5 as the new date for the vote.",
     "High National Elections Commission"),
    # wire: a two-word past written as its present
    ("Libya's election commission on Wednesday put off the parliamentary elections.", "High National Elections Commission"),
    # finance bulletin: an irregular simple past
    ("Libya's central bank on Sunday froze the accounts of three exchange firms.", "Central Bank of Libya"),
    # analysis: an irregular past that is no participle, right after the organ
    ("Libya's central bank took over two exchange offices in Misrata last week.", "Central Bank of Libya"),
])
def test_a_states_organ_acting_with_an_irregular_past_names_the_body(text, expected, registry):
    assert _names(text, registry, "2030-11-13") == [expected]


@pytest.mark.parametrize("text", [
    # a participle right after the organ describes it (a reduced passive)
    "Two Libyan soldiers shot dead by gunmen at a checkpoint near Sirte on Monday were buried on Tuesday.",
    "Several Libyan soldiers caught up in the clashes near Sirte on Monday were evacuated.",
    # a noun after the organ, not a past written as its present
    "A Libyan government bid to reopen the Sharara oil field collapsed on Monday.",
])
def test_an_irregular_participle_or_noun_right_after_an_organ_names_no_state(text, registry):
    assert _names(text, registry, "2030-11-13") == []


@pytest.mark.parametrize("text,expected", [
    # wire: the organ by the state's demonym, held by one registry body
    ("The Libyan central bank said on Friday it would resume work on Saturday.", ["Central Bank of Libya"]),
    # translated outlet: the verb after the date
    ("The Libyan central bank on Sunday devalued the dinar by 12 percent.", ["Central Bank of Libya"]),
    # another state's bank: no registry body holds it, the state acts through it
    ("The Egyptian central bank on Tuesday cut interest rates.", ["Egypt"]),
    # wire: a post of the body, as "a UN official" is the UN's
    ("A senior Libyan central bank official kidnapped in Tripoli was freed on Friday.", ["Central Bank of Libya"]),
    # a post of a state's organ no registry body holds: no one named
    ("A Libyan army officer was killed on Friday in Sirte.", []),
])
def test_a_states_organ_named_by_its_demonym_names_its_holder(text, expected, registry):
    assert _names(text, registry, "2030-11-13") == expected


@pytest.mark.parametrize("text,date", [
    # wire, 2013: the House of Representatives (sitting from August 2014) did not exist yet
    ("Libya's parliament voted on Tuesday to bar former regime officials from office.", "2013-05-07"),
    # analysis, 2012: the date between the organ and its verb
    ("Libya's parliament on Wednesday elected a new prime minister in Tripoli.", "2012-10-17"),
    # month precision, just before the House first sat
    ("Libya's parliament approved the electoral law in July, officials said.", "2014-07"),
])
def test_a_states_organ_before_its_holders_period_keeps_the_state(text, date, registry):
    assert _names(text, registry, date) == ["Libya"]


@pytest.mark.parametrize("text", [
    # wire: another body that is a parliament is named in the sentence; the organ is that body
    "The General National Congress refused to dissolve, and Libya's parliament voted on Monday to reject it.",
    # analysis: the other body in apposition after the organ
    "Libya's parliament, the General National Congress in Tripoli, on Monday rejected the deal.",
])
def test_a_states_organ_beside_another_such_body_adds_no_second(text, registry):
    assert "House of Representatives" not in _names(text, registry, "2015-03-10")


@pytest.mark.parametrize("text,expected", [
    # no registry body holds Turkey's parliament: the state acts through it
    ("Turkey's parliament approved the deployment on Thursday.", ["Turkey"]),
    # the organ does not act: a post of a person (the chamber, its short form, acts)
    ("Libya's parliament spokesman said the chamber voted on Thursday.", ["House of Representatives"]),
    # two rival governments: no one holder, the rule for states applies
    ("Egypt's government said on Wednesday it would send aid.", ["Egypt"]),
])
def test_a_states_organ_without_one_known_holder(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text,expected", [
    # wire: an employer in the possessive says whose spokesman speaks
    ("Haftar's spokesman, Ahmed Mismari, said on Monday that the army would withdraw.", ["Ahmed Mismari"]),
    # blog: no commas around the name
    ("Khalifa Haftar's adviser Jane Roe flew to Rome on Monday.", ["Jane Roe"]),
    # analysis: the possessor acts in its own clause; the post's holder is an object
    ("Haftar met Egypt's envoy, Jane Roe, on Monday in Cairo.", ["Khalifa Haftar", "Jane Roe"]),
])
def test_a_person_in_the_possessive_only_says_whose_post(text, expected, registry):
    from libyadesk.actors import extract_all

    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    actors, mentions = extract_all([doc], {"t": sentences}, registry)  # the unregistered names discovered
    assert [name for _, name in participants(text, mentions, actors, registry, 0, len(text), "2025-01-10")] == expected


# --- issue 12 item 5: agents named indirectly, names in passing (texts written for these tests) ---

def _clause_names(text: str, date_text: str, date: str = "2025-01-10",
           sentence: int | None = None) -> list[str]:
    """Participants of the clause dated by `date_text` (its last occurrence), in a one-document
    index (discovery included); `sentence`: the span is that sentence, else the whole text."""
    from libyadesk.actors import actor_table, doc_mentions, registry_of

    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    index = build_index([doc])
    spans = split_sentences(text)
    start, end = spans[sentence] if sentence is not None else (0, len(text))
    at = text.rindex(date_text, start, end)
    pairs = participants(text, doc_mentions(index, "t"), actor_table(index).actors, registry_of(index),
                         start, end, date, at, at + len(date_text))
    return [name for _, name in pairs]


def test_a_bare_surname_is_the_family_head_once_he_is_named():
    text = ("Khalifa Haftar met the envoy in Benghazi on Saturday. His son Saddam Haftar attended the talks. "
            "Haftar visited Moscow in September 2023.")
    assert _clause_names(text, "September 2023", sentence=2) == ["Khalifa Haftar"]
    # Only the son named: the surname is his.
    alone = "Saddam Haftar opened a stadium on Friday. Haftar flew to Rome in May 2024."
    assert _clause_names(alone, "May 2024", sentence=1) == ["Saddam Haftar"]


_TITLES = {t.casefold(): t for t in vocab.words("titles", "titles")}


@pytest.mark.parametrize("title", vocab.words("titles", "alone_in_lower_case"))
def test_a_lower_case_post_names_its_last_holder(title):
    assert title in _TITLES  # every entry is a title of titles.toml
    text = f"{_TITLES[title]} Jane Roe arrived in Tripoli on Sunday. The {title} met reporters on Monday."
    assert _clause_names(text, "Monday", sentence=1) == ["Jane Roe"]


@pytest.mark.parametrize("title", vocab.words("titles", "alone_in_lower_case_generic"))
def test_a_generic_lower_case_post_needs_its_holder_near(title):
    assert title in _TITLES
    text = f"{_TITLES[title]} Jane Roe arrived in Tripoli on Sunday. The {title} met reporters on Monday."
    assert _clause_names(text, "Monday", sentence=1) == ["Jane Roe"]
    # Named two sentences before: the post may be anyone's.
    far = (f"{_TITLES[title]} Jane Roe arrived in Tripoli on Sunday. Rain fell on the coast. "
           f"The {title} met reporters on Monday.")
    assert _clause_names(far, "Monday", sentence=2) == []


@pytest.mark.parametrize("name", ["eastern-based parliament", "east-based parliament", "Benghazi-based parliament"])
def test_the_eastern_based_parliament_is_the_house(name):
    assert _clause_names(f"The {name} on Monday approved the budget.", "Monday") == ["House of Representatives"]


@pytest.mark.parametrize("text, expected", [
    ("The House of Representatives passed an election law in October 2024 that the High Council of State "
     "rejected weeks later.", ["House of Representatives"]),
    ("The Government of National Unity signed a deal in March 2024 which Turkey brokered.",
     ["Government of National Unity"]),
])
def test_another_subjects_relative_clause_after_the_date_is_not_of_its_clause(text, expected):
    """"passed a law in October that the council rejected weeks later": the relative clause has a
    subject and a verb of its own, another act (modifiers.toml subordinate_cuts "that", "which")."""
    assert _clause_names(text, "2024") == expected


def test_its_post_before_a_name_gives_the_body_named_before():
    """"Its chairman, Jane Roe, said ...": the holder and the body "Its" refers to (actors._its_body);
    not a body named further back than ITS_REACH, nor "Its" with no person after its post."""
    text = ("The High National Elections Commission closed registration on Sunday. Its chairman, Jane Roe, said "
            "on Monday that turnout was high.")
    assert _clause_names(text, "Monday", sentence=1) == ["High National Elections Commission", "Jane Roe"]
    text = "The High National Elections Commission closed registration on Sunday. Its staff were paid on Monday."
    assert _clause_names(text, "Monday", sentence=1) == []
    # After a fronted time, with a courtesy title before the name (a think-tank brief).
    text = ("The National Oil Corporation had a good year. On 3 May its chairwoman, Eng. Jane Roe, signed a gas "
            "contract.")
    assert _clause_names(text, "3 May", sentence=1) == ["National Oil Corporation", "Jane Roe"]


@pytest.mark.parametrize("clause", ["Jane Roe thanked parliament on Monday.", "The law was approved by parliament on Monday.",
                                    "The speaker sent the draft to parliament on Monday."])
def test_a_bare_parliament_after_a_verb_or_preposition_is_the_house_named_before(clause):
    """Wire style writes "parliament" bare as an object too (organisations.toml short_form_bare_after)."""
    text = f"The House of Representatives met in Benghazi on Sunday. {clause}"
    assert "House of Representatives" in _clause_names(text, "Monday", sentence=1)


@pytest.mark.parametrize("opening", ["Parliament", "The parliament"])
def test_a_bare_parliament_on_a_page_naming_no_legislature_is_the_desks_own(opening):
    """"Parliament had voted on Monday to replace him": a Libya page that names no body of the
    noun means Libya's legislature, the registry's holder at the publication date
    (actors._short_form_mentions, `short_form_cataphoric`); a page naming another state (its name,
    people or capital) or a union's or another state's parliament leaves it unresolved
    (actors._foreign_page)."""
    text = f"The court ruled on Sunday. {opening} had voted on Monday to replace the auditor."
    assert _clause_names(text, "Monday", sentence=1) == ["House of Representatives"]
    for other in ("The Italian parliament debated the mission on Sunday.", "Turkey's parliament met on Sunday.",
                  "The European Parliament met on Sunday.", "Italy renewed the deal on Sunday.",
                  "Italian Prime Minister Jane Roe spoke on Sunday.", "Ankara sent a motion on Sunday.",
                  "The EU Parliament adopted a resolution on Sunday.", "Westminster debated on Sunday."):
        assert "House of Representatives" not in _clause_names(
            f"{other} {opening} had voted on Monday to replace the auditor.", "Monday", sentence=1)


@pytest.mark.parametrize("title", ["envoy", "minister", "ambassador", "governor", "prosecutor", "commander"])
def test_a_post_written_in_lower_case_before_the_name_is_held_too(title):
    """"UN envoy Jane Roe ... The envoy met ...": the post before the name, in lower case after a
    body's name, makes her its holder as the capitalised post does (actors._lower_title_before)."""
    text = f"UN {title} Jane Roe arrived in Tripoli on Sunday. The {title} met reporters on Monday."
    assert _clause_names(text, "Monday", sentence=1) == ["Jane Roe"]


@pytest.mark.parametrize("post, fuller", [("minister", "Interior Minister"), ("governor", "Central Bank Governor"),
                                         ("envoy", "Special Envoy")])
def test_a_generic_post_is_the_last_word_of_a_fuller_one(post, fuller):
    """"Interior Minister Jane Roe ... The minister returned ...": the generic post names the holder
    of a fuller post ending in it, with the same evidence (named in this or the previous sentence)."""
    text = f"{fuller} Jane Roe met officials in Rome on Sunday. The {post} returned to Tripoli on Monday."
    assert _clause_names(text, "Monday", sentence=1) == ["Jane Roe"]
    far = (f"{fuller} Jane Roe met officials in Rome on Sunday. Rain fell on the coast. "
           f"The {post} returned to Tripoli on Monday.")
    assert _clause_names(far, "Monday", sentence=2) == []


@pytest.mark.parametrize("text", [
    # Review finding 3: a registry title ("Commander") not written here, no describing word.
    "Field Marshal Khalifa Haftar toured Benghazi on Monday. Raiders ambushed a tribal patrol near "
    "Sabha on Tuesday and the commander was wounded, residents said.",
    "Field Marshal Khalifa Haftar toured Benghazi on Monday. A brigade lost two trucks on Tuesday "
    "when the commander ordered a retreat.",
])
def test_a_generic_post_of_another_scene_is_not_the_last_holder(text):
    assert _clause_names(text, "Tuesday", sentence=1) == []


@pytest.mark.parametrize("text, expected", [
    ("Khalifa Haftar visited Cairo on Sunday. The 81-year-old field marshal met reporters on Monday.", ["Khalifa Haftar"]),
    ("Khalifa Haftar visited Cairo on Sunday. The eastern commander hosted reporters on Monday.", ["Khalifa Haftar"]),
    # A nationality says it is another holder: that state's, when the registry names one for the year
    # (actors.toml "Prime Minister of Italy (2022-)"); a post of someone ("the commander of") is no holder.
    ("Prime Minister Abdul Hamid Dbeibah spoke on Sunday. The Italian prime minister arrived on Monday.", ["Giorgia Meloni"]),
    ("Prime Minister Abdul Hamid Dbeibah spoke on Sunday. The Maltese prime minister arrived on Monday.", []),
    ("Khalifa Haftar visited Cairo on Sunday. The commander of the brigade resigned on Monday.", []),
])
def test_a_post_with_describing_words_names_its_holder(text, expected):
    assert _clause_names(text, "Monday", sentence=1) == expected


@pytest.mark.parametrize("text, expected", [
    # A title set before the name with a comma makes the name its holder: the title the phrase opens
    # with, not one named inside it ("of the Secretary-General"), written as an acronym later too.
    ("The Special Representative of the Secretary-General and Head of the United Nations Support Mission "
     "in Libya (UNSMIL), Jane Roe, met the parties in Tunis on 3 June. On 4 June, the SRSG briefed the "
     "Security Council.", ["Jane Roe", "UN Security Council"]),
    ("The UN special representative, Jane Roe, met the parties in Tunis on 3 June. On 4 June, the special "
     "representative briefed the Security Council.", ["Jane Roe", "UN Security Council"]),
    ("Khalifa Haftar met the Prime Minister of Malta, Jane Roe, in Valletta on 3 June. On 4 June, the prime "
     "minister said the talks had gone well.", ["Jane Roe"]),
    # Two people joined by "and the": the name is the second one's, and no holder of the first title.
    ("Talks between the Prime Minister and the Speaker, Jane Roe, ended on 3 June. On 4 June, the prime "
     "minister flew to Rome.", []),
    # A description that is no title names no holder.
    ("The ministry said its lawyer, Jane Roe, had left on 3 June. On 4 June, the foreign minister "
     "flew to Rome.", []),
    # A post in lower case ending in a generic one, set off by the comma: "the oil minister, Eng. Jane Roe".
    ("Talks stalled with the oil minister, Eng. Jane Roe, on 3 June. On 4 June, the minister flew to Rome.",
     ["Jane Roe"]),
    ("The ministry hosted the health minister, Jane Roe, on 3 June. On 4 June, the minister flew to Rome.",
     ["Jane Roe"]),
    # ... not a phrase fronted before the subject: she met the minister, she is not the minister.
    ("After meeting the oil minister, Jane Roe told reporters on 3 June that the strike was over. On 4 June, "
     "the minister flew to Rome.", []),
    ("In a letter to the health minister, Jane Roe, a nurse, asked for pay on 3 June. On 4 June, the minister "
     "flew to Rome.", []),
    ("Staff said that in a letter to the health minister, Jane Roe, a nurse, asked for pay on 3 June. On 4 June, "
     "the minister flew to Rome.", []),
])
def test_a_title_in_apposition_before_a_name_makes_it_the_holder(text, expected):
    assert _clause_names(text, "4 June", sentence=1) == expected


_SHORT_BODIES = {"house": "House of Representatives", "parliament": "House of Representatives",
                 "corporation": "National Oil Corporation", "commission": "European Commission",
                 "council": "Presidential Council", "mission": "UN Support Mission in Libya",
                 "coast guard": "Libyan Coast Guard", "coastguard": "Libyan Coast Guard", "brigade": "444th Brigade",
                 "ministry": "Ministry of Water Resources", "bank": "Central Bank of Libya",
                 "agency": "Internal Security Agency", "authority": "Libyan Investment Authority",
                 "court": "Supreme Court of Libya", "fund": "Sirte Housing Fund", "bureau": "Libyan Audit Bureau",
                 "directorate": "Zawiya Security Directorate", "company": "Brega Oil Marketing Company",
                 "centre": "National Centre for Disease Control", "center": "Benghazi Medical Center",
                 "force": "Rada Force", "battalion": "Subul al-Salam Battalion"}


def test_a_short_form_with_a_word_that_makes_it_no_body_names_none():
    text = ("The Rada Force clashed on Sunday with gunmen. The National Oil Corporation lifted the force majeure at the "
            "port on Monday.")
    assert _clause_names(text, "Monday", sentence=1) == ["National Oil Corporation"]
    text = "The Rada Force clashed on Sunday with gunmen. The UN warned on Monday against the use of the force."
    assert _clause_names(text, "Monday", sentence=1) == ["United Nations"]


@pytest.mark.parametrize("noun, key", vocab.table("organisations")["short_forms"])
def test_a_body_named_again_by_a_short_form(noun, key):
    body = _SHORT_BODIES[key]
    written = noun.capitalize() if noun in vocab.words("organisations", "short_forms_capitalised") else noun
    text = f"The {body} met in Benghazi on Sunday. The {written} approved the plan on Monday."
    assert _clause_names(text, "Monday", sentence=1) == [body]


@pytest.mark.parametrize("text, date_text, expected", [
    # data/modifiers.toml attending_openers: who attended the day's session took part in it.
    ("Attending Tuesday's session were Prime Minister Omar Bensalem and Judge Amal Roe.", "Tuesday",
     ["Omar Bensalem", "Amal Roe"]),
    ("Present at Tuesday's signing was Prime Minister Omar Bensalem.", "Tuesday", ["Omar Bensalem"]),
    # Any other word in -ing before a day's possessive: that day's phrase is its own clause.
    ("Following Tuesday's vote, Prime Minister Omar Bensalem said he would appeal.", "Tuesday", []),
])
def test_an_inverted_clause_of_attending_names_who_attended(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


def test_a_short_form_names_no_body_whose_registry_role_only_relates_it_to_its_noun():
    """The eastern government's registry role says it was "appointed by the House of Representatives":
    "the House" after it is the House named before, not that government (actors._role_heads)."""
    text = ("The House of Representatives approved the budget on Tuesday. Attending was the head of the "
            "Government of National Stability. The House rejected on Wednesday the council's decree.")
    assert _clause_names(text, "Wednesday", sentence=2) == ["House of Representatives"]


@pytest.mark.parametrize("people, key", vocab.table("organisations")["short_form_people"])
def test_members_name_their_body(people, key):
    text = f"The {_SHORT_BODIES[key]} met in Benghazi on Sunday. Some 90 {people} approved the budget on Monday."
    assert _clause_names(text, "Monday", sentence=1) == [_SHORT_BODIES[key]]


@pytest.mark.parametrize("text, body", [
    # Review finding 4: members of another state's body are not the body named before.
    ("The House of Representatives met in Benghazi on Sunday. In Rome, Italian lawmakers passed a "
     "motion on Monday to fund the coastguard.", False),
    ("The House of Representatives met in Benghazi on Sunday. Turkey's MPs voted on Monday to extend the "
     "troop mandate.", False),
    ("The House of Representatives met in Benghazi on Sunday. French parliamentarians toured a camp on Monday.",
     False),
    # Members of the state that holds the body are its members.
    ("The House of Representatives met in Benghazi on Sunday. Libyan lawmakers approved the budget on Monday.",
     True),
])
def test_members_qualified_by_another_state_are_not_the_body(text, body):
    assert ("House of Representatives" in _clause_names(text, "Monday", sentence=1)) == body


def test_members_of_a_foreign_state_keep_only_their_state():
    text = ("The House of Representatives passed the oil law on Sunday, its spokesman said. In Paris, "
            "French lawmakers approved a motion on Monday to send aid.")
    assert "House of Representatives" not in _clause_names(text, "Monday", sentence=1)
    text = ("The House of Representatives passed the oil law on Sunday, its spokesman said. US lawmakers "
            "tabled a bill on Monday to freeze the assets of mercenaries.")
    assert _clause_names(text, "Monday", sentence=1) == ["United States"]


@pytest.mark.parametrize("text, expected", [
    ("The House of Representatives met on Sunday. A house in Sirte was shelled on Monday.", []),
    ("The House of Representatives met on Sunday. The House of Commons voted on Monday.", ["House of Commons"]),
    # No body named before, no state: the desk's own state's (actors._short_form_mentions); a page naming another
    # state may be of its parliament.
    ("The parliament approved the plan on Monday.", ["House of Representatives"]),
    ("The parliament approved the plan for Italy on Monday.", []),
    ("The UN Support Mission in Libya met the parties on Sunday. The mission of the rescue ship ended on Monday.", []),
    ("Libya's eastern-based parliament approved a budget on Monday.", ["House of Representatives"]),
    ("Libya faced two prime ministers on Monday after parliament named a rival.", ["House of Representatives"]),
    ("Libya's rival lawmakers agreed on Monday to form a committee.", []),  # members of several bodies
    ("Turkey's parliament approved the troops for Libya on Monday after the parliament voted.", ["Turkey"]),
])
def test_short_forms_without_a_body_named_before(text, expected):
    assert _clause_names(text, "Monday", sentence=-1) == expected


@pytest.mark.parametrize("text, date_text, expected", [
    ("Libya has been in chaos since the fall of Muammar Gaddafi in 2011.", "2011", []),
    ("UNSMIL was first deployed after the fall of Muammar Gaddafi in 2011.", "2011", ["UN Support Mission in Libya"]),
    ("Since the revolution of 2011 against the regime of Muammar Gaddafi, the oil sector has been a prize.", "2011", []),
    # The clause is the past event itself: its person takes part.
    (", three years after the revolt that ousted Muammar Gaddafi in 2011.", "2011", ["Muammar Gaddafi"]),
])
def test_a_person_in_a_time_setting_phrase_is_no_participant(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("text, date_text, expected", [
    ("Khalifa Haftar met the envoy in Cairo in May, and in the same week Saddam Haftar opened a stadium.",
     "May", ["Khalifa Haftar"]),
    ("The Security Council on Monday called for calm in Libya, where armed groups clashed last week.",
     "last week", []),
    ("Aguila Saleh attended Thursday's session in Benghazi.", "Thursday", ["Aguila Saleh"]),
    ("UN Secretary-General Antonio Guterres on Thursday urged the parties to return to talks.", "Thursday",
     ["Antonio Guterres"]),
])
def test_the_dated_clause_is_the_unit(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("text, date_text, expected", [
    ("Libya, which has been split since 2014, held talks in Geneva in 2021.", "2014", []),
    ("Libya, which has been split since 2014, held talks in Geneva in 2021.", "2021", ["Libya"]),
    ("Turkey, which sent drones in early 2020, courted the east.", "2020", ["Turkey"]),
])
def test_a_country_described_in_a_state_is_no_participant_of_that_state(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("text, date_text, expected", [
    # Review finding 5: the simple past of "struggle" is the country's own dated act.
    ("Tunisia, which struggled to shelter migrants in March, asked the EU for funds on Friday.", "March",
     ["Tunisia"]),
    ("Libya struggled to restore power to the east in July.", "July", ["Libya"]),
    # The perfect is a state since some time: the country is its setting.
    ("Libya, which has struggled to unify its army since 2014, asked Italy for trainers on Friday.", "2014", []),
    ("Libya has struggled to rebuild Derna since 2023.", "2023", []),
])
def test_a_country_that_struggled_at_a_date_acts(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


def test_the_person_setting_the_time_is_handed_back_as_backdrop(registry):
    # No participant, but what the date is known by: merging compares such reports by him
    # (tests/test_merging.py, the fall of a regime told as a collapse or a downfall).
    text = "Libya has been mired in chaos since the 2011 revolt that toppled Muammar Gaddafi."
    doc = Document("t", text, "t.md", published="2024-03-02", source="Test Wire")
    sentences = [Sentence("t", 0, 0, len(text), text)]
    backdrop: list[str] = []
    at = text.index("2011")
    names = participants(text, find_mentions(doc, sentences, registry), registry.actors, registry, 0, len(text),
                         "2011", at, at + 4, False, backdrop)
    assert names == [] and backdrop == ["muammar-gaddafi"]


# --- round 9 (issue 12 item 5, actors4): frames, asides, employers, bodies named before their name ---
# Texts written for these tests, in the shapes of the test half's wrong-actor rows.

@pytest.mark.parametrize("text, date_text, expected", [
    # A country described by an apposition or a relative, then in a state: the setting.
    ("Libya, home to Africa's largest oil reserves, has struggled to hold elections since 2014.", "2014", []),
    ("Libya, which sits on vast gas fields, has known little peace since 2011.", "2011", []),
    ("Libya, an oil-rich nation of seven million, has been divided since 2014.", "2014", []),
    # The country acting keeps its row: an apposition does not hide its own verb.
    ("Egypt, a key backer of the east, hosted the talks on Monday.", "Monday", ["Egypt"]),
    # A list of countries is no apposition.
    ("Libya, Egypt and Tunisia signed a border deal on Monday.", "Monday", ["Libya", "Egypt", "Tunisia"]),
])
def test_a_country_described_then_in_a_state_is_the_setting(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("text, expected", [
    # People from what a country owns: the possessive decides, not the "from".
    ("Representatives from Libya's two parliaments signed a deal in Morocco on Monday.", []),
    ("Delegates from Sudan's rival armies met in Jeddah on Monday.", []),
    # People from the country itself act for it, and so do they from its own organ.
    ("Representatives from Libya signed a deal in Morocco on Monday.", ["Libya"]),
    ("Delegates from Turkey's parliament signed the protocol on Monday.", ["Turkey"]),
])
def test_people_from_what_a_country_owns(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("verb", vocab.words("modifiers", "befalling_verbs"))
def test_what_befell_a_person_by_a_verb_sets_the_time(verb):
    text = f"Aguila Saleh has led the House since 2014, three years after Muammar Gaddafi {verb}."
    assert _clause_names(text, "2014") == ["Aguila Saleh"]
    # The person's own dated act keeps him.
    assert _clause_names(f"Muammar Gaddafi {verb} in October 2011.", "October 2011") == ["Muammar Gaddafi"]


@pytest.mark.parametrize("verb", vocab.words("modifiers", "service_verbs"))
def test_an_employer_of_a_named_official_is_no_participant(verb, registry):
    text = f"Khalifa Haftar {verb} with the United Nations since 2008."
    assert _names(text, registry) == ["Khalifa Haftar"]


@pytest.mark.parametrize("text, expected", [
    ("Hanna Tetteh, who has worked on Libya for the United Nations since 2018, met Aguila Saleh on Monday.",
     ["Hanna Tetteh", "Aguila Saleh"]),
    ("Hanna Tetteh served in UNSMIL as deputy envoy in 2021.", ["Hanna Tetteh"]),
    # A body one works with to do something is a partner; a state is never an employer here.
    ("Hanna Tetteh worked with the European Union to broker the truce in 2021.", ["Hanna Tetteh", "European Union"]),
    ("Italy has worked with Libya since 2017 on the coast guard.", ["Italy", "Libya"]),
])
def test_an_employer_only_with_a_time_or_post_of_service(text, expected, registry):
    assert _names(text, registry) == expected


def test_a_legislature_named_before_its_name_is_the_one_the_page_names_later(registry):
    text = ("On 1 March, lawmakers endorsed the new cabinet in Tobruk. The chamber named a new prime minister "
            "on 10 February. Fathi Bashagha was sworn in on 3 March before the House of Representatives.")
    assert _clause_names(text, "1 March", sentence=0) == ["House of Representatives"]
    assert _clause_names(text, "10 February", sentence=1) == ["House of Representatives"]


def test_no_legislature_is_guessed_when_the_page_names_none_or_two(registry):
    text = "On 1 March, lawmakers endorsed the new cabinet. Egypt said on Monday it welcomed the vote."
    assert _clause_names(text, "1 March", sentence=0) == []
    text = ("On 1 March, lawmakers endorsed the new cabinet. The House of Representatives and the General "
            "National Congress both claim to be the parliament.")
    assert _clause_names(text, "1 March", sentence=0) == []
    # Only a legislature: "the council" before the Presidential Council is named is a description.
    text = "The council met on Monday. The Presidential Council said on Tuesday it would meet again."
    assert _clause_names(text, "Monday", sentence=0) == []


@pytest.mark.parametrize("noun", vocab.words("modifiers", "children_nouns"))
def test_a_bare_surname_before_his_child_is_the_parent(noun):
    # Only the son is named in full: a bare surname would be his, but "his son" says it is the father's.
    text = ("Saddam Haftar arrived in Rome on Sunday. "
            f"Haftar met the envoy in Benghazi on Monday, while his {noun} Saddam waited in Rome.")
    assert _clause_names(text, "Monday", sentence=1) == ["Khalifa Haftar"]


@pytest.mark.parametrize("text", [
    "Saddam Haftar arrived in Rome on Sunday. Haftar's forces attacked Sirte on Monday.",
    "Saddam Haftar arrived in Rome on Sunday. Haftar's Operation Dignity forces attacked Sirte on Monday.",
    "Saddam Haftar arrived in Rome on Sunday. Gunmen said Haftar's troops attacked Sirte on Monday.",
])
def test_forces_of_a_bare_family_surname_are_the_heads(text):
    assert "Khalifa Haftar" in _clause_names(text, "Monday", sentence=1)
    assert "Saddam Haftar" not in _clause_names(text, "Monday", sentence=1)


def test_a_bare_surname_without_such_context_stays_the_one_named():
    text = "Saddam Haftar arrived in Rome on Sunday. Haftar met the envoy on Monday."
    assert _clause_names(text, "Monday", sentence=1) == ["Saddam Haftar"]


def test_a_transliteration_links_any_registry_person(tmp_path):
    user = tmp_path / "people.toml"
    user.write_text('[[actor]]\nid = "abdel-salam-roe"\nname = "Abdel Salam Roe"\nkind = "person"\nsurname = "Roe"\n',
                    encoding="utf-8")
    reg = load_registry(extra=[user])
    assert _names("Abussalam Roe met Egypt's envoy on Monday.", reg) == ["Abdel Salam Roe"]
    # Another given name before the surname is another person.
    assert _names("Mohamed Roe met Egypt's envoy on Monday.", reg) == []
    assert _names("Abdel Karim Roe met Egypt's envoy on Monday.", reg) == []


@pytest.mark.parametrize("post", vocab.words("organisations", "head_posts"))
def test_the_head_of_a_body_speaking_names_the_body_too(post):
    text = f"The {post} of the National Oil Corporation (NOC), Jane Roe, announced on Monday that exports resumed."
    assert _clause_names(text, "Monday") == ["National Oil Corporation", "Jane Roe"]


@pytest.mark.parametrize("text", [
    # The body owning the post, named again by its short form: "the corporation's chairman".
    "The National Oil Corporation met on Sunday. The corporation's chairman, Jane Roe, announced on Monday "
    "that exports resumed.",
    # A title between the comma and the head's name.
    "The chairman of the National Oil Corporation, Major General Jane Roe, announced on Monday that exports resumed.",
    # A longer post, "of the board of directors of".
    "The Chairman of the Board of Directors of the National Oil Corporation, Jane Roe, announced on Monday "
    "that exports resumed.",
])
def test_the_head_of_a_body_speaking_names_the_body_however_the_post_is_written(text):
    assert _clause_names(text, "Monday", sentence=text.count(". ")) == ["National Oil Corporation", "Jane Roe"]


@pytest.mark.parametrize("text, expected", [
    # A minister is no head of the government: he speaks for his ministry, not the government.
    ("The Minister of Interior of the Government of National Unity, Jane Roe, announced on Monday a plan.",
     ["Jane Roe"]),
])
def test_a_body_in_a_post_without_its_head_speaking_is_no_participant(text, expected):
    assert _clause_names(text, "day") == expected


@pytest.mark.parametrize("word", vocab.words("modifiers", "subordinate_cuts"))
def test_another_subjects_act_after_the_date_is_not_this_clauses(word, registry):
    text = f"Aguila Saleh met the envoy on Monday {word} Khalifa Haftar flew to Cairo."
    assert _scoped(text, "Monday", registry) == ["Aguila Saleh"]
    text = f"Khalifa Haftar's forces entered Sirte on Monday {word} Saddam Haftar, his son, flew to Cairo."
    assert _scoped(text, "Monday", registry) == ["Khalifa Haftar"]


@pytest.mark.parametrize("text, expected", [
    # "as" naming a role is no clause: the person named stays.
    ("Egypt named Jane Roe on Monday as Libya's envoy.", ["Egypt"]),
    ("Khalifa Haftar received Aguila Saleh on Monday as Egypt's guest.", ["Khalifa Haftar", "Aguila Saleh"]),
])
def test_as_without_a_clause_cuts_nothing(text, expected, registry):
    assert _scoped(text, "Monday", registry) == expected


@pytest.mark.parametrize("text", [
    "The House of Representatives sits in Tobruk. In March 2021, parliament met in Sirte to approve the budget.",
    "The House of Representatives sits in Tobruk. Parliament met in Sirte on Monday to approve the budget.",
    "Parliament met in Sirte on Monday to approve the budget. The House of Representatives sits in Tobruk.",
])
def test_bare_parliament_opening_its_clause_is_the_legislature_the_page_names(text):
    assert _clause_names(text, "March 2021" if "March" in text else "Monday",
                         sentence=0 if text.startswith("Parliament") else 1) == ["House of Representatives"]


def test_bare_parliament_before_a_post_or_on_a_page_naming_another_state_is_none():
    text = "The House of Representatives sits in Tobruk. On Monday, parliament speaker Aguila Saleh met the envoy."
    assert _clause_names(text, "Monday", sentence=1) == ["Aguila Saleh"]
    # A page naming another state may be of its legislature.
    assert _clause_names("Parliament met in Rome on Monday to approve the budget for Italy.", "Monday") == []


@pytest.mark.parametrize("verb", vocab.words("places", "aim_verbs"))
def test_a_country_an_act_aims_at_is_no_participant(verb, registry):
    assert _names(f"Egypt chose Aguila Saleh in February 2021 to {verb} Libya through the transition.",
                  registry) == ["Egypt", "Aguila Saleh"]
    assert _names(f"Egypt chose Aguila Saleh in February 2021 to {verb} war-torn Libya.", registry) == [
        "Egypt", "Aguila Saleh"]


def test_a_country_acted_with_or_on_outside_an_aim_stays(registry):
    assert _names("Italy signed a deal with Libya on Monday to curb departures.", registry) == ["Italy", "Libya"]
    assert _names("Egypt urged Libya on Monday to hold elections.", registry) == ["Egypt", "Libya"]


@pytest.mark.parametrize("verb", vocab.words("modifiers", "conveying_verbs"))
def test_the_author_of_what_is_handed_on_does_not_act(verb, registry):
    text = f"On Monday Jane Roe {verb} Khalifa Haftar's letter to Egypt."
    assert "Khalifa Haftar" not in _names(text, registry, "2025-01-06")
    # the owner as the subject acts
    assert "Khalifa Haftar" in _names(f"On Monday Khalifa Haftar {verb} a letter to Egypt.", registry, "2025-01-06")


@pytest.mark.parametrize("text,name", [
    # wire: a resignation handed to a parliament is the act of the one who resigns
    ("On Monday the spokesman submitted Aguila Saleh's resignation to the parliament.", "Aguila Saleh"),
    # court report: a verdict read out concerns the one judged
    ("On Monday the court read out Khalifa Haftar's verdict in Tripoli.", "Khalifa Haftar"),
    ("On Monday the judge read out Aguila Saleh's sentence in Benghazi.", "Aguila Saleh"),
])
def test_the_owner_of_a_thing_handed_on_that_he_did_not_write_takes_part(text, name, registry):
    assert name in _names(text, registry, "2025-01-06")


# --- round 10 (issue 12 item 5, actors5): employers, datelines, asides, backers, past events ---
# Texts written for these tests, in the shapes of the test half's wrong-actor rows.

@pytest.mark.parametrize("text, date_text, expected", [
    # "served" takes its body with no preposition; "has been with" is service too.
    ("Hanna Tetteh, who has served the United Nations since 1998, told Aguila Saleh on Monday that talks had stalled.",
     "1998", ["Hanna Tetteh"]),
    ("The envoy, who has been with the United Nations since 2006, arrived in Tripoli on Monday.", "2006", []),
])
def test_an_employer_served_without_a_preposition_or_been_with(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("verb", vocab.words("modifiers", "joining_verbs"))
def test_the_body_a_person_joined_is_no_participant(verb, registry):
    text = f"Hanna Tetteh {verb} the United Nations in 2004, and Aguila Saleh met her on Monday."
    assert _clause_names(text, "2004") == ["Hanna Tetteh"]
    # A state joining a body takes part with it.
    assert _names(f"Turkey {verb} NATO in 1952.", registry) == ["Turkey", "NATO"]


@pytest.mark.parametrize("dateline", [
    "UNITED NATIONS, Jan 15 (Example Wire) - ",
    "UNITED NATIONS (EP) — ",
    "UNITED NATIONS, 15 January - ",
])
def test_a_body_as_a_datelines_place_is_no_participant(dateline):
    text = dateline + "Aguila Saleh met Hanna Tetteh on Tuesday in New York."
    assert _clause_names(text, "Tuesday") == ["Aguila Saleh", "Hanna Tetteh"]
    # The body acting at the start of a line stays.
    assert _clause_names("The United Nations (UN) named Hanna Tetteh on Tuesday.", "Tuesday") == [
        "United Nations", "Hanna Tetteh"]


@pytest.mark.parametrize("preposition", ["in", "under", "for"])
def test_a_relative_clause_led_by_a_preposition_describes(preposition):
    text = (f"Khalifa Haftar's army, {preposition} which his son Saddam Haftar holds a command, seized the "
            "airport on Monday.")
    assert _clause_names(text, "Monday") == ["Khalifa Haftar"]


def test_a_backer_written_out_after_a_title_is_no_participant():
    text = "The Presidential Council, backed by Prime Minister Abdul Hamid Dbeibah, appointed a new governor on Monday."
    assert _clause_names(text, "Monday") == ["Presidential Council"]
    # "by" after a form of "be" makes him the agent.
    text = "The governor was appointed by Prime Minister Abdul Hamid Dbeibah on Monday."
    assert _clause_names(text, "Monday") == ["Abdul Hamid Dbeibah"]


@pytest.mark.parametrize("phrase", vocab.words("modifiers", "allegiance_asides"))
def test_a_patron_in_an_aside_after_a_comma_is_no_participant(phrase):
    text = f"The High Council of State, {phrase} Prime Minister Abdul Hamid Dbeibah, elected a new head on Sunday."
    assert _clause_names(text, "Sunday") == ["High Council of State"]
    # Without the comma the phrase names the agent.
    assert _clause_names("Forces loyal to Khalifa Haftar seized the airport on Monday.", "Monday") == ["Khalifa Haftar"]


@pytest.mark.parametrize("verb", vocab.words("modifiers", "toppling_verbs"))
def test_a_past_event_named_by_what_it_did_to_a_person_is_no_participant(verb):
    text = f"Fighters who joined the revolt that {verb} Muammar Gaddafi stormed the port on Sunday."
    assert _clause_names(text, "Sunday") == []
    # The phrase's own date makes it the event, its person with it.
    text = f"The 2011 revolt that {verb} Muammar Gaddafi split the army."
    assert _clause_names(text, "2011") == ["Muammar Gaddafi"]


def test_a_countrys_central_bank_acting_is_the_bank():
    assert _clause_names("Libya's central bank said on Tuesday it had paid salaries.", "Tuesday") == [
        "Central Bank of Libya"]
    # As a qualifier of what follows, no participant.
    assert _clause_names("Libya's central bank reserves fell on Tuesday.", "Tuesday") == []


@pytest.mark.parametrize("text, expected", [
    ("Russian military officials including the deputy defence minister arrived in Benghazi on Tuesday.", ["Russia"]),
    ("Egyptian officials among them two generals met Khalifa Haftar on Tuesday.", ["Egypt", "Khalifa Haftar"]),
])
def test_a_states_people_with_a_list_of_members_and_no_commas_act(text, expected):
    assert _clause_names(text, "Tuesday") == expected


@pytest.mark.parametrize("dateline", ["BENGHAZI, Libya, Oct 7 (Example Wire) - ", "TRIPOLI, Libya, 7 October 2025 - ",
                                      "BENGHAZI, Libya, Oct. 7 — "])
def test_a_country_in_a_dateline_with_its_date_is_no_participant(dateline):
    text = dateline + "Forces loyal to Khalifa Haftar took control of the town on Sunday."
    assert _clause_names(text, "Sunday") == ["Khalifa Haftar"]


@pytest.mark.parametrize("opener", vocab.words("modifiers", "purpose_openers"))
def test_what_an_act_aims_at_is_no_participant(opener):
    text = f"The Government of National Unity signed a deal on Monday {opener} curbing the threat from Islamic State."
    assert _clause_names(text, "Monday") == ["Government of National Unity"]
    # A date inside the phrase makes it the dated part.
    text = f"The GNU signed a deal {opener} ending the siege that Islamic State began in May 2016."
    assert "Islamic State" in _clause_names(text, "May 2016")


@pytest.mark.parametrize("word", vocab.words("modifiers", "saying_after_date"))
def test_what_the_subject_says_after_the_date_is_no_participant(word, registry):
    text = (f"The House of Representatives voted on Monday to end the mandate, {word} Abdul Hamid Dbeibah's "
            "government had expired.")
    assert _scoped(text, "Monday", registry) == ["House of Representatives"]


def test_a_demonym_before_an_organ_with_one_holder_is_the_holder():
    text = "On Monday, the Libyan parliament voted to dismiss the governor."
    assert _clause_names(text, "Monday") == ["House of Representatives"]
    # Before the House sat, the registry gives no holder: the state acts through its organ.
    assert _clause_names(text, "Monday", date="2013-05-06") == ["Libya"]
    # An organ with no registry holder keeps the state.
    assert _clause_names("On Monday, the Turkish parliament voted to extend the mandate.", "Monday") == ["Turkey"]


@pytest.mark.parametrize("word", vocab.words("modifiers", "subordinate_cuts_possessive"))
def test_and_before_a_possessive_subject_opens_another_clause(word, registry):
    text = f"Khalifa Haftar's forces entered Sirte on Monday {word} his son Saddam Haftar flew to Cairo."
    assert _scoped(text, "Monday", registry) == ["Khalifa Haftar"]
    # Not right after the date: one subject ("he and his men").
    text = "In 1987, Khalifa Haftar and his men were captured and Muammar Gaddafi disowned them."
    assert _scoped(text, "1987", registry) == ["Khalifa Haftar", "Muammar Gaddafi"]
    # "and" before a name lists it.
    text = "Clashes between the Rada Force and the 444th Brigade erupted on Monday."
    assert _scoped(text, "Monday", registry) == ["Rada Force", "444th Brigade"]


@pytest.mark.parametrize("noun", ["defector", "deserter", "veteran"])
def test_a_person_described_as_having_left_a_side(noun):
    text = f"Aguila Saleh, a {noun} from Muammar Gaddafi's army, met Hanna Tetteh on Monday."
    assert _clause_names(text, "Monday") == ["Aguila Saleh", "Hanna Tetteh"]


def test_a_body_a_titled_person_defected_from_names_him():
    text = ("In 2019, a senior leader and defector from the Libyan National Army, Major Aguila Saleh, revealed "
            "that foreign agents were behind the killings.")
    assert _clause_names(text, "2019") == ["Aguila Saleh"]


@pytest.mark.parametrize("head", ["war", "campaign"])
def test_a_war_against_a_person_describes_who_fought_it(head):
    text = f"The Rada Force, formed during the {head} against Muammar Gaddafi, seized the port on Monday."
    assert _clause_names(text, "Monday") == ["Rada Force"]


def test_a_body_qualifying_a_warrant_is_no_participant():
    text = "Osama Hammad was subject to a UN arrest warrant for crimes committed from 15 February 2015 onwards."
    assert _clause_names(text, "15 February 2015") == ["Osama Hammad"]


def test_a_short_form_with_the_national_adjective_of_its_body_names_it():
    pages = [
        ("The National Oil Corporation resumed exports from Libya on Sunday. The chairman of the Libyan "
         "corporation, Jane Roe, said on Monday that output had recovered.", "National Oil Corporation"),
        ("The House of Representatives met in Libya on Sunday. On Monday the Libyan chamber voted to back the plan.",
         "House of Representatives"),
    ]
    for page, body in pages:
        assert body in _clause_names(page, "Monday", sentence=1)
    # Another state's adjective is another body.
    text = "The House of Representatives met in Libya on Sunday. On Monday the Egyptian chamber voted to back the plan."
    assert "House of Representatives" not in _clause_names(text, "Monday", sentence=1)


@pytest.mark.parametrize("text", [
    "Khalifa Haftar's forces – whose ground units his son Saddam Haftar commands – seized the airport on Monday.",
    "Khalifa Haftar's forces (his son Saddam Haftar commands the ground units) seized the airport on Monday.",
])
def test_a_son_in_an_aside_between_dashes_or_brackets_is_no_participant(text):
    assert _clause_names(text, "Monday") == ["Khalifa Haftar"]
    # A short bracket with no verb is no aside: "(LNA)" names the army.
    assert _clause_names("The Libyan National Army (LNA) of Khalifa Haftar seized the airport on Monday.",
                         "Monday") == ["Libyan National Army", "Khalifa Haftar"]


# --- round 11 (fixactors6): review findings on actors5's rules; texts written for these tests ---

@pytest.mark.parametrize("text, body", [
    ("NATO (the alliance of thirty states) turned down on Tuesday a call from Aguila Saleh for talks.", "NATO"),
    ("UNSMIL - The mission voiced concern on Tuesday over the clashes in Zawiya.", "UN Support Mission in Libya"),
    ("UNSMIL – The mission voiced concern on Tuesday over the clashes in Zawiya.", "UN Support Mission in Libya"),
])
def test_an_acronym_heading_its_own_news_is_no_dateline(text, body):
    assert body in _clause_names(text, "Tuesday")
    # A dateline's shape after the capitals keeps it the place of filing.
    for dateline in ("UNITED NATIONS - ", "UNITED NATIONS (Example Wire) - ", "UNITED NATIONS, 14 January - "):
        assert _clause_names(dateline + "Aguila Saleh met Hanna Tetteh on Tuesday.", "Tuesday") == [
            "Aguila Saleh", "Hanna Tetteh"]


@pytest.mark.parametrize("text", [
    "Aguila Saleh joined the United Nations in urging restraint on Wednesday.",
    "Prime Minister Giorgia Meloni joined the European Union in Rome on Wednesday in urging restraint.",
    "Aguila Saleh joined the United Nations as fighting spread on Wednesday.",
])
def test_a_body_a_person_joins_in_an_act_takes_part(text):
    names = _clause_names(text, "Wednesday")
    assert len(names) == 2 and names[1] in ("United Nations", "European Union")
    # With a time or a post after it, the body is the one she joined as staff.
    for after in ("in March 2004", "since the early 2010s", "at the end of 2019", "as a senior legal officer",
                  "as its deputy envoy"):
        text = f"Hanna Tetteh, who joined the United Nations {after}, met Aguila Saleh on Wednesday."
        assert _clause_names(text, "Wednesday") == ["Hanna Tetteh", "Aguila Saleh"]


@pytest.mark.parametrize("opener", vocab.words("modifiers", "purpose_openers"))
def test_a_purpose_phrase_set_off_by_commas_cuts_only_itself(opener):
    ease = "easing" if opener.endswith(" at") else "ease"
    text = f"On Wednesday, {opener} {ease} the tension, Aguila Saleh received Hanna Tetteh in Benghazi."
    assert _clause_names(text, "Wednesday") == ["Aguila Saleh", "Hanna Tetteh"]
    text = f"The meeting on Wednesday, {opener} {ease} the tension, brought Aguila Saleh and Hanna Tetteh together."
    assert _clause_names(text, "Wednesday") == ["Aguila Saleh", "Hanna Tetteh"]
    # Not set off, a list of what is aimed at runs on past its commas.
    curb = "curbing" if opener.endswith(" at") else "curb"
    text = f"The GNU signed a deal on Wednesday {opener} {curb} the smugglers, Islamic State and the Wagner Group."
    assert _clause_names(text, "Wednesday") == ["Government of National Unity"]
    text = (f"The GNU signed a deal on Wednesday {opener} {curb} the smugglers, its armed rivals and "
            "the threat from Islamic State.")
    assert _clause_names(text, "Wednesday") == ["Government of National Unity"]


@pytest.mark.parametrize("named", ["the Arab League's Consultative Assembly", "the UN General Assembly",
                                   "the Parliamentary Assembly"])
def test_a_name_ending_in_the_short_forms_noun_is_the_body_it_names_again(named):
    text = (f"The House of Representatives met in Tobruk on Sunday. In Geneva, {named} opened its session, "
            "and the assembly chose a new chairman on Wednesday.")
    assert "House of Representatives" not in _clause_names(text, "Wednesday", sentence=1)
    # With no such name between, the assembly is the House.
    text = ("The House of Representatives met in Tobruk on Sunday. In a second session, "
            "the assembly chose a new speaker on Wednesday.")
    assert "House of Representatives" in _clause_names(text, "Wednesday", sentence=1)


@pytest.mark.parametrize("short", ["the Egyptian commission for human rights", "the Egyptian commission on prisons",
                                   "the Egyptian commission of inquiry"])
def test_a_demonym_short_form_with_a_scope_of_its_own_is_another_body(short):
    # A discovered commission, the page naming Egypt most: "for ..." makes the short form a body
    # of its own, not the commission named before.
    text = ("The Supreme Electoral Audit Commission opened its offices in Sabha. Egypt offered to help. "
            f"On Wednesday, {short} criticised the arrests in Alexandria.")
    assert _clause_names(text, "Wednesday", sentence=2) == []
    text = ("Egypt and Libya agreed to hold talks. Libya's Supreme Electoral Audit Commission opened its offices "
            "in Sabha. On Wednesday, the Libyan commission published the lists.")
    assert _clause_names(text, "Wednesday", sentence=2) == ["Supreme Electoral Audit Commission"]
    # A body whose names place it keeps its adjective's short form, and a date after "on" is no body.
    text = ("The House of Representatives met in Libya on Sunday. The Libyan chamber on Wednesday voted "
            "to back the plan.")
    assert _clause_names(text, "Wednesday", sentence=1) == ["House of Representatives"]


# --- the press's names of bodies, and clause parts with participants of their own (texts of our own)


def _event_rows(make_corpus, published: str, body: str):
    """The timeline rows of one page of `body` published on `published`."""
    from libyadesk.corpus import load_corpus
    from libyadesk.timeline import extract_events

    page = f'---\ntitle: "t"\nsource: "Desk"\npublished: "{published}"\n---\n\n{body}\n'
    return extract_events(build_index(load_corpus(make_corpus({"p.md": page})).documents))


@pytest.mark.parametrize("text", [
    "The Libyan election committee postponed the presidential vote on Wednesday.",
    "Libya's electoral commission closed the candidate lists on 2 June.",
    "The HNEC published the preliminary list of candidates on Monday.",
])
def test_the_election_commission_is_named_as_the_press_writes_it(text, registry):
    assert _names(text, registry) == ["High National Elections Commission"]


def test_another_states_election_commission_keeps_that_state(registry):
    assert _names("Turkey's election commission closed the candidate lists on 2 June.", registry) == ["Turkey"]


def test_corp_is_the_corporation(registry):
    assert _names("Libya's National Oil Corp. declared force majeure on all exports on Monday.",
                  registry) == ["National Oil Corporation"]


def test_the_ruler_a_revolt_toppled_and_killed_is_no_participant(registry):
    text = ("Rebels stormed the barracks in 2014, three years after the 2011 revolt that toppled and killed the "
            "Libyan leader Muammar Gaddafi.")
    assert "Muammar Gaddafi" not in _names(text, registry, span=(text.index("three"), len(text)))


@pytest.mark.parametrize("body,kind", [
    # ", however" and ", amid" open a clause whose date names none of the clause before it
    ("Dbeibah has said he will only hand power to an elected government, however polls scheduled for December "
     "have been shelved.", "scheduled"),
    ("The 2019 accord between Malta and Libya was renewed on 3 March 2023, amid criticism from rights groups since "
     "October 2022.", "onset"),
])
def test_a_clause_after_however_or_amid_has_its_own_participants(make_corpus, body, kind):
    rows = [r for r in _event_rows(make_corpus, "2023-03-10", body) if r.kind == kind]
    assert len(rows) == 1 and rows[0].actors == []


@pytest.mark.parametrize("opener", vocab.words("modifiers", "career_openers"))
@pytest.mark.parametrize("gerund", vocab.words("modifiers", "career_gerunds"))
def test_the_body_of_a_career_step_before_the_clause_is_no_participant(opener, gerund, registry):
    text = f"{opener.capitalize()} {gerund} the United Nations, Interior Minister Jane Roe met Haftar on 3 January."
    names = _names(text, registry)
    assert "United Nations" not in names and "Khalifa Haftar" in names


def test_a_body_met_before_the_clause_stays_a_participant(registry):
    names = _names("Before meeting the United Nations envoy, Haftar flew to Cairo on Monday.", registry)
    assert "Khalifa Haftar" in names


@pytest.mark.parametrize("open_, close", [("\u201c", "\u201d"), ('"', '"')])
def test_a_quotation_before_the_date_is_the_speakers_words(open_, close, registry):
    # the speaker after a quote is the source of the past it tells, and its words name none of a
    # date in the tag ('"X must go," Y said on Monday' names Y)
    said = f"{open_}The militia shelled the port in 2019 and nobody was punished,{close} Prime Minister Abdul Hamid Dbeibah said."
    assert _scoped(said, "2019", registry) == []
    assert _scoped(f"{open_}We will retake the capital,{close} Haftar said on Monday.", "on Monday", registry) == [
        "Khalifa Haftar"]
    assert _scoped(f"{open_}Abdul Hamid Dbeibah must go,{close} Aguila Saleh said on Monday.", "on Monday",
                   registry) == ["Aguila Saleh"]
    fragment = (f"{open_}Jane Roe brings long experience, most recently as envoy for the Sahel from 2021 until 2024,"
                f"{close} the European Union said in a statement.")
    assert "European Union" not in _scoped(fragment, "2021", registry)


def test_words_in_scare_quotes_are_no_quotation(registry):
    text = 'According to the report, arms shipments from Egypt "peaked" in late 2019.'
    assert _scoped(text, "late 2019", registry) == ["Egypt"]


@pytest.mark.parametrize("word", ["before", "after", "as"])
def test_a_possessive_subject_of_another_clause_after_the_date_is_none_of_its(word, registry):
    text = (f"Jane Roe restarted the exports on Friday {word} Libya's eastern commander Khalifa Haftar "
            "ordered a halt at the ports.")
    assert "Khalifa Haftar" not in _scoped(text, "on Friday", registry)


@pytest.mark.parametrize("opener", ["After", "Following", "Before", "Recalling"])
def test_a_fronted_phrase_with_its_own_date_names_none_of_the_main_clause(opener, registry):
    text = (f"{opener} talks with Khalifa Haftar in Benghazi on Monday, Prime Minister Abdul Hamid Dbeibah "
            "flew to Rome on Tuesday.")
    assert _scoped(text, "on Tuesday", registry) == ["Abdul Hamid Dbeibah"]
    assert "Khalifa Haftar" in _scoped(text, "on Monday", registry)


@pytest.mark.parametrize("noun", vocab.words("places", "party_nouns"))
def test_both_sides_a_shared_thing_is_between_are_its_parties(noun, registry):
    assert _names(f"The {noun} between Turkey and Libya was signed in November 2019.", registry) == ["Turkey", "Libya"]


def test_a_border_between_two_states_names_no_party(registry):
    assert _names("The border between Egypt and Libya was closed in May 2020.", registry) == []


def test_a_body_in_a_post_set_after_a_persons_name_is_how_she_is_named(registry):
    text = ("Abdoulaye Bathily, the Secretary-General's special representative and head of the UN Support Mission "
            "in Libya (UNSMIL), said on Monday that Libyans want elections.")
    assert _scoped(text, "on Monday", registry) == ["Abdoulaye Bathily"]
    # the body a relative clause tells of still acts
    text = "Fayez al-Sarraj refused to see Haftar, head of the LNA, which launched an offensive in April."
    assert _scoped(text, "April", registry) == ["Libyan National Army"]


def test_a_date_of_a_noun_and_its_participle_inside_a_relative_leaves_out_the_antecedent(registry):
    text = ("The six deputies sit on the Presidential Council, which was set up under a UN-mediated deal signed by "
            "the two parliaments last year.")
    assert _scoped(text, "last year", registry, in_passing=True) == []
    # an apposition after a name is the person's: he takes part
    text = "Abdul Hamid Dbeibah, a construction tycoon appointed a year ago under a UN plan, vowed to stay."
    assert _scoped(text, "a year ago", registry, in_passing=True) == ["Abdul Hamid Dbeibah"]
    # an adverb before a finite verb is no noun with its participle: the subjects act
    text = "The Rada Force and the 444th Brigade last fought each other in August 2053, killing 55 people."
    assert _scoped(text, "August 2053", registry, in_passing=True) == ["Rada Force", "444th Brigade"]
    text = "The Rada Force and the 444th Brigade briefly fought each other in August 2053."
    assert _scoped(text, "August 2053", registry, in_passing=True) == ["Rada Force", "444th Brigade"]
    # a noun in -ly is no adverb: the family displaced by the army, not its host
    text = "Abdul Hamid Dbeibah on Monday received the head of a family displaced by the Libyan National Army in 2049."
    assert _scoped(text, "2049", registry, in_passing=True) == ["Libyan National Army"]


def test_a_second_participle_after_one_of_saying_is_the_subjects_not_what_was_said(make_corpus):
    # ", saying X's government had run out of time and pushing the next vote back until next year": the pushing is the
    # council's, X is only what it said; a chain of participles after a happening stays one clause.
    from libyadesk.corpus import load_corpus
    from libyadesk.timeline import clause_span, extract_events

    text = ("---\ntitle: t\nsource: Desert Wire\npublished: 2031-05-20\n---\n"
            "The House of Representatives voted on Monday to take control of the budget, saying Abdul Hamid "
            "Dbeibah's interim government had run out of time and pushing the next vote back until next year.\n")
    events = extract_events(build_index(load_corpus(make_corpus({"a.md": text})).documents))
    ahead = [e for e in events if e.date == "2032"]
    assert ahead and not any("dbeibah" in a for e in ahead for a in e.actors)
    s = "Renewed clashes broke out in Zawiya on Tuesday, killing two fighters and closing the coastal road."
    lo, hi = clause_span(s, s.index("Tuesday"), s.index("Tuesday") + 7)
    assert s[lo:hi] == s


@pytest.mark.parametrize("text, expected", [
    # ", as" before a role after an apposition: one clause, the appointing body and the appointee.
    ("The United Nations named Salwa Gritli, a Tunisian diplomat, as its new envoy for Libya on Monday.",
     [("2025-01-06", ["United Nations", "Salwa Gritli"])]),
    # ", as" opening a clause of its own (a verb follows): the date's clause is its own.
    ("Gunmen stormed the Zawiya refinery on Monday, as the Libyan National Army moved troops to Sirte.",
     [("2025-01-06", [])]),
])
def test_as_before_a_role_keeps_one_clause_and_as_before_a_verb_opens_another(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, date_text, sentence, expected", [
    # A clause opened by a pronoun: the person the sentence before opens with, not its object.
    ("Governor Jane Roe met the envoy John Poe in Rome in May. She flew to Istanbul on Monday to meet creditors.",
     "on Monday", 1, ["Jane Roe"]),
    # After a fronted phrase.
    ("Governor Jane Roe met the envoy John Poe in Rome in May. On her return, she resigned on Monday.",
     "on Monday", 1, ["Jane Roe"]),
    # ", and she" in the pronoun's own sentence: the person named before it there.
    ("Governor Jane Roe flew to Benghazi on Sunday, and she met Interior Minister John Poe in Tripoli two days later.",
     "two days later", 0, ["Jane Roe", "John Poe"]),
    # No pronoun: nobody is brought in from the sentence before.
    ("Governor Jane Roe met the envoy John Poe in Rome in May. The bank raised its rates on Monday.",
     "on Monday", 1, []),
])
def test_a_subject_pronoun_names_the_person_it_stands_for(text, date_text, sentence, expected):
    assert _clause_names(text, date_text, sentence=sentence) == expected


def test_a_brigade_named_again_by_its_short_form_takes_part():
    text = ("On Monday the Rada Force detained two commanders of the 101st Brigade at the airport. "
            "The brigade retaliated the next day by blocking the airport road.")
    assert _clause_names(text, "the next day", sentence=1) == ["101st Brigade"]


def test_the_body_a_person_described_by_an_apposition_joined_is_her_employer():
    text = "Governor Jane Roe, an economist who joined the Central Bank of Libya in 2029, resigned on Monday."
    assert _clause_names(text, "in 2029") == ["Jane Roe"]


@pytest.mark.parametrize("text, expected", [
    # The date is the happening's the body reacts to: the body is no participant of it.
    ("The UN Support Mission in Libya (UNSMIL) strongly condemns the abduction on 20 September in Tripoli of "
     "Interior Minister Jane Roe by gunmen.", ["Jane Roe"]),
    ("The European Union welcomes the signing on 2 May of the roadmap by the House of Representatives.",
     ["House of Representatives"]),
    # The reaction's own date: the body reacts then.
    ("The European Union on Monday condemned the attack on the port.", ["European Union"]),
])
def test_a_body_reacting_to_a_dated_happening_is_no_participant_of_it(text, expected):
    date_text = next(d for d in ("20 September", "2 May", "Monday") if d in text)
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("text, expected", [
    # A one-word object and a news day closing the phrase: the reaction's day.
    ("The European Union welcomed the vote on Tuesday but urged the chambers to agree.", ["European Union"]),
    ("The European Union welcomed the visit on Tuesday.", ["European Union"]),
    # The happening's: its phrase goes on, or its object is more than a noun, or the time is a night.
    ("The European Union condemned the abduction on Tuesday of the mayor of Zuwara.", []),
    ("The European Union condemned the attack on Tuesday that killed five civilians.", []),
    ("The European Union condemned the clashes on Tuesday between rival militias.", []),
    ("The European Union condemned the shelling on Tuesday night.", []),
    ("The European Union welcomed the agreement signed on Tuesday by the two chambers.", []),
])
def test_a_reaction_to_a_one_word_object_on_a_news_day_is_the_reactions(text, expected):
    assert _clause_names(text, "Tuesday") == expected


def test_a_body_reacting_through_its_head_in_apposition_is_no_participant_of_the_dated_happening():
    """"The President of the Presidential Council, His Excellency Mr. X, welcomes the agreement reached
    today, Monday, by the House": the head's apposition stands between the body and its reaction; the
    date is the agreement's, the Council no participant of it (the event as the timeline makes it)."""
    from libyadesk.timeline import extract_events

    text = ("#Presidential_Council | The President of the Presidential Council, His Excellency Mr. Mohamed al-Menfi, "
            "welcomes the agreement reached today, Monday, in Sirte by the House of Representatives.")
    doc = Document("t", text, "t.md", published="2030-11-11", source="Presidential Council (Facebook)")
    agreement = [e for e in extract_events(build_index([doc])) if e.date == "2030-11-11" and "house-of-representatives" in e.actors]
    assert [e.actors for e in agreement] == [["house-of-representatives"]]


def test_a_body_described_in_apposition_before_its_reaction_still_takes_part_in_its_own_act():
    """", one of the two signatories, welcomed the agreement signed today": only a head's name with its
    honorific stands between a reacting body and its verb; another apposition leaves the body a party."""
    from libyadesk.timeline import extract_events

    text = "The High Council of State, one of the two signatories, welcomed the agreement signed today in Bouznika."
    doc = Document("t", text, "t.md", published="2030-11-11", source="Wire")
    assert all("high-council-of-state" in e.actors for e in extract_events(build_index([doc])))


def test_a_pronoun_s_sentence_before_is_found_past_an_abbreviation():
    text = ("Envoy Jane Roe raised the case on Sunday with the Interior Minister, Mr. John Poe. "
            "She will brief the Security Council on Monday.")
    assert _clause_names(text, "on Monday", sentence=1)[0] == "Jane Roe"


@pytest.mark.parametrize("text, date_text, expected", [
    # A long portfolio before "in the" body: the body says who the minister is.
    ("The Minister of Foreign Affairs and International Cooperation in the Government of National Unity, "
     "Mrs. Jane Roe, met on Monday in Tripoli with the envoy.", "on Monday", ["Jane Roe"]),
    # "chief of staff" closes the post a body's name stands before.
    ("LNA chief of staff Khaled Haftar ordered on 4 October the deployment of two battalions to Ubari.",
     "on 4 October", ["Khaled Haftar"]),
])
def test_a_body_naming_a_persons_post_is_no_participant_however_long_the_post(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("text, date_text, expected", [
    # A date naming a happening by its noun, the phrase opening the clause: who it tells of is
    # inside the phrase; what came of it is the rest's.
    ("The February bombing in Benghazi, the deadliest in years, has handed Saddam Haftar an argument.",
     "February", []),
    ("The September meeting in Rome between Saddam Haftar and Aguila Saleh produced little.",
     "September", ["Saddam Haftar", "Aguila Saleh"]),
    # Not a date after a verb: "met ... on Monday" dates the clause.
    ("Saddam Haftar met Aguila Saleh on Monday in Rome.", "Monday", ["Saddam Haftar", "Aguila Saleh"]),
])
def test_a_dated_noun_phrase_opening_its_clause_is_dated_alone(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


def test_a_bare_family_name_is_the_member_the_story_named_first_when_its_head_is_not():
    text = ("The commander of the army, Saddam Haftar, on Wednesday named his younger brother Belgacem Haftar to lead "
            "a new reconstruction fund. Haftar also ordered on Tuesday the release of 40 detainees held in Kufra.")
    assert _clause_names(text, "on Tuesday", sentence=1) == ["Saddam Haftar"]


def test_the_elder_of_a_family_named_by_its_surname_is_its_head():
    text = ("The commander of the army, Saddam Haftar, met the envoy on Monday. His father, Field Marshal Khalifa "
            "Haftar, is rarely seen. The elder Haftar launched an offensive on Tripoli in April 2019.")
    assert _clause_names(text, "in April 2019", sentence=2) == ["Khalifa Haftar"]


def test_a_digest_line_s_label_is_not_its_clause():
    """"- 09 Oct | Tripoli: Gunmen abducted ...": the date and a place label before the colon are no clause
    of their own (timeline._words_in counts words, not a bullet, a bar or a day's number); the event's
    clause is the statement after them, with its participants."""
    from libyadesk.timeline import extract_events

    text = ("WEEKLY SECURITY BRIEF | Week 41\n\nKey incidents\n"
            "- 09 Oct | Tripoli: Gunmen abducted the banker Walid Ennaas outside his home in Ain Zara.\n"
            "- 13 Oct | Benghazi: Saddam Haftar received the Italian ambassador at the general command.\n")
    doc = Document("t", text, "t.md", published="2045-10-15", source="Example Risk")
    events = extract_events(build_index([doc]))
    saddam = [e for e in events if e.date == "2045-10-13"]
    assert len(saddam) == 1 and "saddam-haftar" in saddam[0].actors
    assert "received" in text[saddam[0].start:saddam[0].end]


def test_a_body_named_in_a_hashtag_is_no_participant(registry):
    """"#GNU | The Prime Minister ... received ...": a Facebook post's hashtag labels the post; the body
    it names takes no part in what the post tells (the same name in prose does)."""
    text = "#GNU | The Prime Minister, Mr. Hisham Abuzaid, received the Maltese foreign minister in Tripoli on Monday."
    assert "Government of National Unity" not in _names(text, registry)
    prose = "The Government of National Unity received the Maltese foreign minister in Tripoli on Monday."
    assert "Government of National Unity" in _names(prose, registry)


def test_a_move_another_body_answered_is_a_clause_of_its_own():
    """", a move the Government of National Unity rejected on Thursday": another body's act, with its own
    date, set after the first; a decision "the council" took in lower case goes on with the first."""
    from libyadesk.timeline import clause_span

    s = ("The House of Representatives voted on Wednesday to appoint a new board for the Central Bank of Libya, "
         "a move the Government of National Unity rejected on Thursday.")
    lo, hi = clause_span(s, s.index("Wednesday"), s.index("Wednesday") + 9)
    assert "Government of National Unity" not in s[lo:hi]
    lo, hi = clause_span(s, s.index("Thursday"), s.index("Thursday") + 8)
    assert "House of Representatives" not in s[lo:hi] and "rejected" in s[lo:hi]


@pytest.mark.parametrize("text, date_word, expected", [
    # "that" after a name, a passive after it: a relative clause of the name, dated on its own.
    ("Algeria sent aid on Tuesday to Ghat, the Libyan town close to Djanet that was hit by floods on Sunday, "
     "the Algerian Red Crescent said.", "Sunday", []),
    ("Algeria sent aid on Tuesday to Ghat, the Libyan town close to Djanet that was hit by floods on Sunday.",
     "Tuesday", ["Algeria"]),
])
def test_that_after_a_name_opens_a_relative_clause(text, date_word, expected, registry):
    assert _dated(text, registry, date_word) == expected


@pytest.mark.parametrize("verb", ["affirms", "recalls", "stresses", "reiterates", "underlines"])
def test_a_release_s_present_verb_of_saying_frames_what_it_reports(verb, registry):
    """"The Ministry affirms that the Minister received on Wednesday ...": the saying is undated; the
    reported clause's participants are its own."""
    text = f"The European Union {verb} that Khalifa Haftar received on Wednesday the Italian ambassador."
    assert _dated(text, registry, "Wednesday") == ["Khalifa Haftar"]


@pytest.mark.parametrize("noun", ["the two men", "the two leaders", "both men"])
def test_the_two_men_are_the_two_people_named_just_before(noun):
    """"The first meeting between the two men took place on 12 June": the two people the sentence before
    names; not when it names three, nor when the clause names its own person."""
    two = ("Field Marshal Khalifa Haftar received Egypt's chief of staff, General Tarek Mansour, in Benghazi on "
           f"Wednesday. The first meeting between {noun} took place on 12 June.")
    assert sorted(_clause_names(two, "12 June", sentence=1)) == ["Khalifa Haftar", "Tarek Mansour"]
    three = ("Field Marshal Khalifa Haftar received General Tarek Mansour and General Omar Sidky in Benghazi on "
             f"Wednesday. The first meeting between {noun} took place on 12 June.")
    assert _clause_names(three, "12 June", sentence=1) == []


@pytest.mark.parametrize("noun, before, expected", [
    # bodies: "the two groups", "both battalions"
    ("the two groups", "The Rada Force and the 444th Brigade fought again in Tajoura on Sunday, killing nine.",
     ["444th Brigade", "Rada Force"]),
    ("both brigades", "The Rada Force and the 444th Brigade fought again in Tajoura on Sunday, killing nine.",
     ["444th Brigade", "Rada Force"]),
    # states: "the two countries"
    ("the two countries", "Turkey and Egypt exchanged ambassadors on Sunday for the first time in a decade.",
     ["Egypt", "Turkey"]),
    # three bodies named before: none of them
    ("the two groups", "The Rada Force, the 444th Brigade and the Nawasi Brigade fought in Tajoura on Sunday.", []),
])
def test_the_two_groups_or_countries_are_the_two_named_just_before(noun, before, expected):
    """"The two groups last fought on March 12": the two bodies (or states) the sentence before names, as
    "the two men" are its two people (data/anaphora.toml `two_bodies`, `two_states`)."""
    text = f"{before} {noun[0].upper() + noun[1:]} last clashed on 12 June, when four people were killed."
    assert sorted(_clause_names(text, "12 June", sentence=1)) == expected


def test_a_capital_before_its_relative_clause_acts_in_it(registry):
    """"Washington, which lifted its travel restrictions in May 2041": the date is the relative clause's,
    the capital before it its subject, the state acting."""
    text = "Analysts note that Washington, which lifted its travel restrictions in May 2041, now sends envoys."
    assert _dated(text, registry, "May 2041") == ["United States"]
    # A capital further back is not the relative's subject.
    text = "Talks in Washington ended, and the Council, which met again in May 2041, set a date."
    assert "United States" not in _dated(text, registry, "May 2041")


@pytest.mark.parametrize("text, expected", [
    ("The Public Prosecution ordered on Monday the detention of two officials.", ["Public Prosecution"]),
    ("The Office of the Attorney General opened an investigation on Monday.", ["Public Prosecution"]),
    ("An IMF mission visited Tripoli on Monday.", ["International Monetary Fund"]),
    ("The World Bank approved a loan on Monday.", ["World Bank"]),
])
def test_bodies_libya_news_names_often_are_in_the_registry(text, expected, registry):
    assert _names(text, registry) == expected


def test_a_post_s_label_before_a_bar_is_no_participant(registry):
    """"The Public Prosecution | The Attorney General ordered today ...": a page's label opening a post names
    the page, as a hashtag does; the same body named in the post's prose takes part."""
    text = "The Public Prosecution | The Attorney General ordered on Monday the detention of a former minister."
    assert "Public Prosecution" not in _names(text, registry)
    prose = "The Public Prosecution ordered on Monday the detention of a former minister."
    assert _names(prose, registry) == ["Public Prosecution"]


@pytest.mark.parametrize("aside", ["for its part", "in turn", "meanwhile", "however"])
def test_a_capital_acting_after_an_aside_is_its_state(aside, registry):
    assert _names(f"Washington, {aside}, reopened its embassy in Tripoli on Monday.", registry) == ["United States"]


_TRANSCRIPT = ("Radio Example – interview transcript\n"
               "Broadcast Wednesday 8 January 2025\n\n"
               "{label}: Jane Roe, Chair of the National Oil Corporation\n"
               "Presenter: Tom Poe\n\n"
               "POE: Good morning. Who decided the cut?\n\n"
               "ROE: We stopped the loadings at Zawiya on Monday, after the clashes.\n\n"
               "POE: Did you speak to the prime minister?\n\n"
               "ROE: I met Aguila Saleh on Tuesday in Benghazi.\n\n"
               "POE: And the buyers say they lost money on Tuesday.\n\n"
               "ROE: When the House of Representatives voted on 21 July, the council had agreed, so we had one law.\n")


@pytest.mark.parametrize("label", vocab.words("roles", "transcript_labels"))
def test_a_transcripts_first_person_is_the_speaker_its_credits_name(label):
    """"ROE: I met ... on Tuesday": the speaker whose surname labels the turn, named in the credits
    ("Guest: Jane Roe, Chair of ..."; roles.toml transcript_labels); "we" is the speaker and the body
    her post names; the interviewer's turns and other people's "they" name neither."""
    text = _TRANSCRIPT.format(label=label)

    def names(date_text: str) -> list[str]:
        at = text.rindex(date_text)
        return _clause_names(text, date_text, sentence=next(i for i, (a, b) in enumerate(split_sentences(text)) if a <= at < b))

    assert names("on Tuesday in") == ["Jane Roe", "Aguila Saleh"]
    assert names("on Monday") == ["Jane Roe", "National Oil Corporation"]
    assert "Jane Roe" not in names("on Tuesday.")
    assert names("on 21 July") == ["House of Representatives"]  # "so we had": another clause's pronoun


def test_no_turn_no_speaker():
    """Outside a transcript's turns "I" and "we" name nobody: a quote's speaker is found otherwise."""
    text = "Jane Roe, Chair of the National Oil Corporation, spoke on Monday. We stopped the loadings on Tuesday."
    assert _clause_names(text, "on Tuesday", sentence=1) == []


def test_a_capital_opening_a_clause_after_and_acts(registry):
    """", and Ankara sent a team": a clause of its own after the comma; "talks between Rome and Ankara" name places."""
    assert _names("The two men signed a memorandum on 5 May, and Ankara sent a naval team to Benghazi on 17 May.",
                  registry) == ["Turkey"]
    assert _names("Talks between Rome and Ankara resumed on 3 May.", registry) == []


def test_the_field_marshal_is_the_registry_s_one_when_his_family_is_written(registry):
    """"The field marshal himself has not appeared" in a text naming his son only: the registry's one
    holder of that title, whose surname the text writes; in a text without it, no one."""
    text = ("Khaled Haftar flew to Ankara on 3 May. "
            "The field marshal himself attended a military parade in Benghazi in October 2048.")
    assert _clause_names(text, "in October 2048", sentence=1) == ["Khalifa Haftar"]
    assert _clause_names("The field marshal attended a military parade in Benghazi in October 2048.",
                         "in October 2048") == []


def test_a_thing_done_on_its_own_date_is_that_act_s_clause(registry):
    """"summoned yesterday the ambassador to protest the agreement signed on Monday between the NOC and
    Sonatrach": the agreement's phrase, with a date of its own, is the signing's clause, not the
    summoning's; a person's post with a date ("the envoy appointed in March, Jane Roe") stays the object."""
    text = ("The Greek Foreign Ministry summoned yesterday the Libyan ambassador to protest the agreement signed "
            "on Monday in Tripoli between the Sahara Petroleum Corporation and the National Oil Corporation.")
    assert "National Oil Corporation" not in _clause_names(text, "yesterday")
    assert _clause_names(text, "Monday") == ["Sahara Petroleum Corporation", "National Oil Corporation"]
    # No verb before it: the phrase is the clause's subject ("in the east said on Tuesday" is no thing done).
    assert _clause_names("The Government of National Stability in the east said on Tuesday it would not pay.",
                         "Tuesday") == ["Government of National Stability"]


def _dated_names(text: str, day: str, registry) -> list[str]:
    """The participants of a one-sentence text, its date at the words `day` (as the timeline reads them)."""
    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    at = text.index(day)
    return [name for _, name in participants(text, find_mentions(doc, sentences, registry), registry.actors, registry,
                                             0, len(text), "2025-01-06", at, at + len(day))]


def test_a_post_holder_set_off_inside_a_relative_acts_in_it(registry):
    """", whose envoy, Jane Roe, met Haftar on Monday": the holder's closing comma does not end the
    relative, whose verb and date come after it (actors.described_spans); a relative that ends before
    the clause's own verb still says only who its noun is."""
    assert "Hanna Tetteh" in _dated_names("The deal was brokered by the UN mission, whose envoy, Hanna Tetteh, met "
                                          "Khalifa Haftar in Benghazi on Monday.", "on Monday", registry)
    assert "Saddam Haftar" not in _dated_names("Khalifa Haftar, whose son, Saddam Haftar, leads the army, met the "
                                               "envoy on Monday.", "on Monday", registry)


def test_a_capital_and_another_city_subjects_of_one_verb_act(registry):
    """"Valletta and Tripoli had signed a memorandum": the foreign capital acts for its state, the desk's
    own capital for the government seated there (data/places.toml `home_capital_government`, the GNA
    before March 2021), not for the state; "talks in Rome and Tripoli" name places."""
    assert _names("Valletta and Tripoli had signed a first memorandum on migration in May 2020.", registry,
                  date="2020-05") == ["Malta", "Government of National Accord"]
    assert _names("Talks in Rome and Tripoli ended on Thursday.", registry) == []


@pytest.mark.parametrize("text, expected", [
    # a verb of addressing, or "with", before a capital: the state addressed
    ("Valletta had warned Tripoli in July 2023 that the boats would be seized.",
     ["Malta", "Government of National Unity"]),
    ("Tripoli had asked Rome in June 2023 for six new patrol boats.", ["Government of National Unity", "Italy"]),
    ("Ankara signed a security deal with Tripoli in November 2019.", ["Turkey", "Government of National Accord"]),
    # a place visited, the city's own office holder, its militias, what the city saw: no state, no government
    ("Khalifa Haftar visited Rome in June 2023.", ["Khalifa Haftar"]),
    ("Abdul Hamid Dbeibah met with Tripoli's mayor in June 2023.", ["Abdul Hamid Dbeibah"]),
    ("The Libyan National Army clashed with Tripoli militias in June 2023.", ["Libyan National Army"]),
    ("Tripoli witnessed heavy clashes in June 2023.", []),
    ("Tripoli closed the coastal highway in June 2023.", ["Government of National Unity"]),
    # a verb's participle in a compound adjective: no act
    ("Haftar attacked the UN-recognised Tripoli government in April 2019.", ["Khalifa Haftar"]),
])
def test_a_capital_addressed_is_its_state_and_the_desk_s_own_its_government(text, expected, registry):
    year = next(w for w in text.rstrip(".").split() if w.isdigit())
    assert _names(text, registry, date=year) == expected


def test_the_un_mission_written_with_full_stops_is_unsmil(registry):
    """"the U.N. mission in Libya": the abbreviation's closing stop does not end the name (actors._gap_ok)."""
    assert _names("The deal was brokered by the U.N. mission in Libya on Monday.", registry) == [
        "UN Support Mission in Libya"]
    assert _names("Observers of the African Union and of the Arab League followed the vote on Tuesday.",
                  registry) == ["African Union", "Arab League"]


def test_a_post_set_before_an_honorific_is_the_title_the_post_alone_names_later():
    """"The President of the Presidential Council, Mr. Jane Roe, received ..." then "His Excellency the
    President had received ... on Saturday": the post before "Mr." is the title "the President" stands
    for (actors._title_in_apposition from the honorific's start)."""
    text = ("The President of the Council, Mr. Salem Zarrouk, received the envoy on Monday. "
            "His Excellency the President had received on Saturday the Chairperson of the Commission, "
            "His Excellency Mr. Ibrahim Ndiaye.")
    assert _clause_names(text, "on Saturday", sentence=1) == ["Salem Zarrouk", "Ibrahim Ndiaye"]


def test_a_participle_of_saying_reports_what_it_recalls():
    """"The Minister praised the Turkish role, recalling that Ankara had sent in January a team": the
    speaker of "recalling that" is no participant of the sending (data/modifiers.toml reporting_verbs)."""
    text = "The foreign minister, Salem Zarrouk, praised Turkey's role, recalling that Ankara had sent in January a team."
    assert _clause_names(text, "in January") == ["Turkey"]


def test_a_whose_relative_with_its_own_date_is_its_antecedent_s_clause():
    """"The Mayor thanked the Red Crescent, whose volunteers distributed water to 3,000 families in
    August": the relative holds the date (a thousands separator is no clause's comma); who thanked is
    not in it."""
    text = ("The Mayor of Zawiya, Salem Zarrouk, opened the unit on Monday. The Mayor thanked the Libyan Red "
            "Crescent, whose volunteers distributed water to 3,000 families in Harsha in August 2024.")
    assert _clause_names(text, "in August 2024", sentence=1) == ["Libyan Red Crescent"]


def test_a_when_clause_telling_the_clause_s_own_happening_names_its_participants():
    """"Sabha last saw sustained fighting in February 2047, when the 116th Brigade and the Southern Shield
    Battalion fought for the fortress": the when-clause tells who fought that fighting (the same kind of
    happening, data/event_words.toml); "met the envoy in May 2049, when the LNA seized Sirte" tells what
    else the month was (actors.described_spans)."""
    fought = ("Sabha last saw sustained fighting in February 2047, when the 116th Brigade and the Southern Shield "
              "Battalion fought for control of the old fortress.")
    assert _clause_names(fought, "in February 2047") == ["116th Brigade", "Southern Shield Battalion"]
    assert _clause_names("Khalifa Haftar met the envoy in May 2049, when the LNA seized Sirte.",
                         "in May 2049") == ["Khalifa Haftar"]


@pytest.mark.parametrize("first, later", [
    ("Health Minister Jane Roe", "The Minister"),
    ("The Minister of Health, Dr. Jane Roe,", "The minister"),
    ("Her Excellency the Minister of Health, Dr. Jane Roe,", "Her Excellency the Minister"),
    ("The Minister of Health, Eng. Jane Roe,", "The minister"),
])
def test_a_generic_post_capitalised_or_set_before_a_title_of_courtesy_names_its_holder(first, later):
    """"Health Minister Jane Roe ... The Minister had met": a generic post capitalised stands for the holder of a
    fuller post as in lower case, with the same evidence (actors._fuller_post); "The Minister of Health, Dr.
    Jane Roe" holds the minister's post, not the doctor's (actors._COURTESY_TITLES)."""
    text = (f"{first} inaugurated a hospital wing in Gharyan on Tuesday. {later} had met on Monday the envoy of "
            "the World Health Organization, Dr. Kwame Mensah.")
    assert "Jane Roe" in _clause_names(text, "on Monday", sentence=1)
    if later.endswith("minister"):  # in lower case, a generic post needs its holder named close by
        far = (f"{first} inaugurated a hospital wing in Gharyan on Tuesday. Rain fell on the coast. {later} had "
               "met on Monday the envoy of the World Health Organization, Dr. Kwame Mensah.")
        assert "Jane Roe" not in _clause_names(far, "on Monday", sentence=2)


def test_the_mission_in_lower_case_names_the_mission_named_before():
    """"UNSMIL said on Thursday ... The mission urged the House on Friday": wires write the short form in lower
    case (organisations.toml short_forms; "mission" no longer capitalised only); "the mission of the rescue
    ship" stays no body (a short form is not followed by "of")."""
    text = "UNSMIL said on Thursday it was concerned. The mission urged the House of Representatives on Friday to agree."
    assert "UN Support Mission in Libya" in _clause_names(text, "on Friday", sentence=1)


def test_a_date_s_own_apposition_does_not_end_the_relative_clause_it_stands_in():
    """"the clashes that the area witnessed yesterday, Tuesday, between X and Y": the comma after "Tuesday"
    closes the date's apposition, not the relative clause, so X and Y are the clashes' participants
    (actors.clause_scope)."""
    text = ("The Ministry of Health announced that nine people were killed in the clashes that the Tajoura area "
            "witnessed yesterday, Tuesday, between the Sabaa Brigade and the 77th Infantry Battalion.")
    names = _clause_names(text, "yesterday, Tuesday")
    assert "Sabaa Brigade" in names and "77th Infantry Battalion" in names


def test_a_possessive_date_opening_its_clause_names_the_phrase_s_participants():
    """"Tuesday's talks in Moscow between X and Y worried Athens": the phrase is the clause's subject, up to
    its verb (actors.clause_scope), or past a passive of taking part ("were attended by X and Y"); "the
    result of Thursday's talks" stays a phrase named in passing."""
    text = "Tuesday's talks in Moscow between Saddam Haftar and Defence Minister Andrei Voronin worried Athens."
    names = _clause_names(text, "Tuesday")
    assert "Saddam Haftar" in names and "Andrei Voronin" in names
    # Its verb a passive of taking part (data/anaphora.toml `told_event_attending`): the agents after "by"
    # took part; a passive of reacting names no one who did.
    text = "Yesterday's talks were also attended by Interior Minister Jane Roe and Defence Minister Omar Poe."
    assert _clause_names(text, "Yesterday") == ["Jane Roe", "Omar Poe"]
    assert _clause_names("Monday's attack was condemned by Interior Minister Jane Roe.", "Monday") == []


def test_a_post_before_a_rank_and_the_one_holder_of_a_post_named_further_back():
    """"His Excellency the Minister of Interior, Major General Jane Roe": she holds the post as well as the
    rank, so "His Excellency the Minister had met" next names her, not the foreign minister named before;
    and "The Minister also received" further down a ministry's page is the one minister it named."""
    text = ("The Head of the Council, Mr. Omar Poe, received on Sunday the Minister of Foreign Affairs of Ruritania, "
            "Mr. Karl Stein. In the same context, His Excellency the Minister of Interior, Major General Salem "
            "Roe, inaugurated on Monday a police station. His Excellency the Minister had met on Saturday the "
            "Ambassador of Italy, Mrs. Chiara Bassi.")
    assert "Salem Roe" in _clause_names(text, "on Saturday", sentence=2)
    page = ("The Minister of Interior, Major General Salem Roe, chaired on Monday a security meeting. Patrols "
            "arrested on Sunday night three suspects in Souq al-Juma. The Agency deported on Monday 212 "
            "migrants. The Minister also received on Monday evening the head of the EU mission, Mr. Jens Holm.")
    assert "Salem Roe" in _clause_names(page, "on Monday evening", sentence=3)


@pytest.mark.parametrize("text, date, expected", [
    # The head's post opens the clause: he acts for the body it names, whatever he does.
    ("His Excellency the Head of the Presidential Council, Mr. Mohamed al-Menfi, received on Monday the "
     "Egyptian envoy.", "Monday", ["Presidential Council", "Mohamed al-Menfi"]),
    ("The head of the Presidential Council, Mohamed al-Menfi, received on Wednesday Egypt's envoy.", "Wednesday",
     ["Presidential Council", "Mohamed al-Menfi"]),
    ("The Presidential Council's head, Mohamed al-Menfi, signed the decree on Monday.", "Monday",
     ["Presidential Council", "Mohamed al-Menfi"]),
    # The body's name before the post, the head's name after it ("LNA commander X received").
    ("23 July: LNA commander Saddam Haftar received the Russian deputy defence minister in Benghazi.", "23 July",
     ["Libyan National Army", "Saddam Haftar"]),
    ("On Monday, NOC Chairman Mustafa Sanalla announced the reopening of the Sharara field.", "Monday",
     ["National Oil Corporation", "Mustafa Sanalla"]),
    # The head is met, received or called (data/organisations.toml `met_before_post`): he meets as his
    # body's, and the body takes part too, as most annotators of the participant sets list it.
    ("Putin received LNA commander Saddam Haftar in Moscow on Tuesday.", "Tuesday",
     ["Vladimir Putin", "Libyan National Army", "Saddam Haftar"]),
    ("Haftar met the head of the Presidential Council, Mohamed al-Menfi, in Cairo on Monday.", "Monday",
     ["Khalifa Haftar", "Presidential Council", "Mohamed al-Menfi"]),
    # ... the translated style's time and place between the verb and its object too,
    ("Haftar had met on Saturday in Benghazi the head of the Presidential Council, Mohamed al-Menfi.", "Saturday",
     ["Khalifa Haftar", "Presidential Council", "Mohamed al-Menfi"]),
    # ... not a post named inside another object past them ("received ... a complaint against the head of"),
    ("The Attorney General received on Monday in Tripoli a complaint against the head of the Presidential "
     "Council, Mohamed al-Menfi.", "Monday", ["Mohamed al-Menfi"]),
    # ... nor met "with" him past them (the annotators of two opened sets list no body).
    ("Haftar met on Saturday in Benghazi with the head of the Presidential Council, Mohamed al-Menfi.", "Saturday",
     ["Khalifa Haftar", "Mohamed al-Menfi"]),
    # ... but named as another object, his post names who he is, and his body takes no part (a meeting
    # held with him too: the hand-made gold of a devnews article lists no body for "Haftar's meeting with
    # ... the head of the Presidential Council, Mohamed al-Menfi, in Cairo on January 9").
    ("Haftar held talks on Monday with the Speaker of the House of Representatives, Aguila Saleh.",
     "Monday", ["Khalifa Haftar", "Aguila Saleh"]),
    ("Haftar praised on Monday the head of the Presidential Council, Mohamed al-Menfi.",
     "Monday", ["Khalifa Haftar", "Mohamed al-Menfi"]),
    # What befalls the head is not his body's doing.
    ("The head of the Presidential Council, Mohamed al-Menfi, known as the chairman, was attacked on Monday "
     "by gunmen.", "Monday", ["Mohamed al-Menfi"]),
])
def test_a_head_opening_the_clause_acts_for_the_body_his_post_names(text, date, expected, registry):
    assert _scoped(text, date, registry) == expected


def test_who_after_a_body_named_as_a_person_s_is_the_person():
    """"The Ministry mourns Dr. Salma Roe of the Misrata Medical Centre, who died on Saturday": "who" is the
    person the body is named of (actors._person_before_body), not the body; "the Misrata Medical Centre,
    which reopened on Saturday" is the body."""
    died = ("The Ministry of Health mourns Dr. Salma Roe of the Misrata Medical Centre, who died on Saturday 4 "
            "January 2025 in a road accident.")
    assert _clause_names(died, "on Saturday 4 January 2025") == ["Salma Roe"]
    reopened = ("The minister thanked the Misrata Medical Centre, which reopened on Saturday 4 January 2025 after "
                "repairs.")
    assert _clause_names(reopened, "on Saturday 4 January 2025") == ["Misrata Medical Centre"]


def test_whose_after_a_body_named_as_a_person_s_is_the_body():
    """"Dr. Jane Roe of the National Oil Corporation, whose output fell on Monday": "whose" (unlike "who")
    may be the body's; the person is not the antecedent (actors._person_before_body)."""
    text = ("The minister met Dr. Jane Roe of the National Oil Corporation, whose output fell sharply on Monday 6 "
            "January 2025.")
    assert "Jane Roe" not in _clause_names(text, "on Monday 6 January 2025")


@pytest.mark.parametrize("text, date_text, expected", [
    ("On 23 October 2011, the National Transitional Council declared the country liberated.", "23 October 2011",
     ["National Transitional Council"]),
    ("UNICEF and the WFP delivered vaccines to Derna on 14 September 2023.", "on 14 September 2023",
     ["UNICEF", "World Food Programme"]),
])
def test_the_revolution_s_council_and_the_un_s_agencies_are_known(text, date_text, expected):
    """The registry knows the National Transitional Council of 2011 and the UN's children's, food and health
    agencies (data/actors.toml), whom Libya news names often."""
    assert _clause_names(text, date_text) == expected


@pytest.mark.parametrize("word", vocab.words("modifiers", "subordinate_cuts_before"))
def test_a_clause_opened_before_its_date_has_its_own_subject(word):
    """"UNICEF delivers 150,000 doses as a vaccination campaign starts today in Sebha": the date is the
    clause the conjunction opens, with a subject and a verb of its own; the main clause's subject takes no
    part in it (data/modifiers.toml subordinate_cuts_before)."""
    text = f"Khalifa Haftar flew to Cairo {word} the Presidential Council met in Tripoli on Monday 6 January 2025."
    assert _clause_names(text, "on Monday 6 January 2025") == ["Presidential Council"]
    # The conjunction's clause ending before the date leaves the date the main clause's.
    text = f"{word[0].upper() + word[1:]} the envoy arrived, Khalifa Haftar flew to Cairo on Monday 6 January 2025."
    assert _clause_names(text, "on Monday 6 January 2025") == ["Khalifa Haftar"]


@pytest.mark.parametrize("text, date_text, expected", [
    ("UNICEF delivers 150,000 doses as the Presidential Council meets today in Sebha.", "today",
     ["Presidential Council"]),
    # A post or a noun phrase after the conjunction opens no clause.
    ("Abdul Hamid Dbeibah named Omar Roe as the head of operations on Monday 6 January 2025.",
     "on Monday 6 January 2025", ["Abdul Hamid Dbeibah", "Omar Roe"]),
    ("Khalifa Haftar returned to Benghazi after the Paris talks on Monday 6 January 2025.", "on Monday 6 January 2025",
     ["Khalifa Haftar"]),
])
def test_what_opens_a_clause_of_its_own_before_the_date(text, date_text, expected):
    assert _clause_names(text, date_text) == expected


def test_a_surname_with_its_article_written_apart_is_the_person_whose_name_glues_it_on():
    """"Prime Minister Osama Elhammali ... Al-Hammali toured the districts": the surname alone, its article
    written apart (as "Al" or "El"), is a mention of the person (actors.Registry surnames)."""
    text = ("Prime Minister Osama Elhammali met the mayor of Derna on Monday 6 January 2025. Al-Hammali toured the "
            "flooded districts on Tuesday 7 January 2025 with the mayor.")
    assert _clause_names(text, "on Tuesday 7 January 2025", sentence=1) == ["Osama Elhammali"]


@pytest.mark.parametrize("word", vocab.words("modifiers", "adjunct_participles"))
def test_every_participle_of_accompanying_adds_its_agent(word):
    text = ("The Minister of Education, Prof. Hana Roe, inaugurated on Monday 6 January 2025 the rebuilt school, "
            f"{word} by the Mayor of Misrata, Mr. Ibrahim Poe.")
    assert _clause_names(text, "on Monday 6 January 2025") == ["Hana Roe", "Ibrahim Poe"]
    # A verb after the apposition stays the main verb: "The House, elected in 2014, voted by ..." dates the
    # election alone, up to its comma.
    from libyadesk.actors import clause_scope

    voted = "The House of Representatives, elected in June 2014, voted by a large majority on Monday."
    at = voted.index("June 2014")
    lo, hi, _ = clause_scope(voted, [], 0, len(voted), at, at + len("June 2014"))
    assert voted[lo:hi] == ", elected in June 2014"


def test_those_accompanying_the_subject_take_part():
    """"The Minister, Prof. Hana Roe, inaugurated on Monday ... the school, accompanied by the Mayor of
    Misrata, Mr. Ibrahim Poe": a participle with its agent after the comma is an adjunct of the clause's
    verb, not the main verb after an apposition (actors._MAIN_VERB_NEXT); those it names take part."""
    text = ("The Minister of Education, Prof. Hana Roe, inaugurated on Monday 6 January 2025 in Misrata the rebuilt "
            "Al-Nasr Secondary School, accompanied by the Mayor of Misrata, Mr. Ibrahim Poe, and the Ambassador of "
            "the European Union to Libya, Ms. Katrin Lindholm.")
    assert _clause_names(text, "on Monday 6 January 2025") == ["Hana Roe", "Ibrahim Poe", "Katrin Lindholm"]


def test_the_honorific_alone_is_the_person_it_last_headed():
    """"Her Excellency the Minister ..., Mrs. Najwa Roe, received ... Her Excellency also received a telephone
    call": the honorific alone, opening the clause, stands for the person it headed last
    (actors._honoured_subject), not the man named in between."""
    text = ("Her Excellency the Minister of Foreign Affairs, Mrs. Najwa Roe, received on Sunday 5 January 2025 the "
            "Ambassador of Tunisia, Mr. Hedi Poe. The Undersecretary, Dr. Salem Moe, travelled to Cairo on Friday 3 "
            "January 2025. Her Excellency also received a telephone call on Saturday 4 January 2025 from the "
            "Minister of Foreign Affairs of Egypt, Mr. Karim Doe.")
    assert _clause_names(text, "on Saturday 4 January 2025", sentence=2) == ["Najwa Roe", "Karim Doe"]


def test_a_body_saddened_by_a_happening_takes_no_part_in_it():
    """"IOM is deeply saddened by the shelling of Mitiga airport by the LNA on Monday": the date is the
    shelling's, whose agent takes part and whom the state the body is in does not make one
    (actors._REACTS_TO_DATED, data/event_words.toml `reacting_states`); "condemned the attack in a statement
    on Tuesday" is the statement's date, and "was criticised by the UN for the shelling on Monday" keeps the
    one criticised."""
    saddened = ("IOM is deeply saddened by the shelling of Mitiga airport by the Libyan National Army on Monday 6 "
                "January 2025, in which three people died.")
    assert _clause_names(saddened, "on Monday 6 January 2025") == ["Libyan National Army"]
    condemned = "The Government of National Unity condemned the attack in a statement on Tuesday 7 January 2025."
    assert _clause_names(condemned, "on Tuesday 7 January 2025") == ["Government of National Unity"]
    criticised = ("The Libyan National Army was criticised by the United Nations for the shelling of Mitiga airport on "
                  "Monday 6 January 2025.")
    assert "Libyan National Army" in _clause_names(criticised, "on Monday 6 January 2025")


@pytest.mark.parametrize("text, expected", [
    ("Belgacem Haftar, who heads the Libya Development and Reconstruction Fund, met the mayor in Benghazi on "
     "Tuesday 7 January 2025.", ["Belgacem Haftar", "Libya Development and Reconstruction Fund"]),
    ("On Tuesday 7 January 2025, Saddam Haftar, the commander of the Libyan National Army, received the envoy.",
     ["Saddam Haftar", "Libyan National Army"]),
    # Met, or befallen: the body is how he is named.
    ("The envoy met Saddam Haftar, the commander of the Libyan National Army, in Benghazi on Tuesday 7 January 2025.",
     ["Saddam Haftar"]),
    ("Saddam Haftar, the commander of the Libyan National Army, was received in Cairo on Tuesday 7 January 2025.",
     ["Saddam Haftar"]),
    # The post owned by the body ("the LNA's commander"); after a wire dateline's dash.
    ("- East: Saddam Haftar, the LNA's commander, flew to Moscow on Tuesday 7 January 2025 for talks.",
     ["Saddam Haftar", "Libyan National Army"]),
    ("BENGHAZI, Jan 7 (Wire) - Saddam Haftar, the commander of the Libyan National Army, on Tuesday 7 January 2025 "
     "appointed a new chief of staff.", ["Saddam Haftar", "Libyan National Army"]),
])
def test_a_body_in_its_head_s_apposition_acts_through_him(text, expected):
    """"Belgacem Haftar, who heads the Fund, met ...", "Saddam Haftar, the commander of the LNA, received ...":
    the head opening his clause, the body named in his apposition takes part (actors._headed_in_apposition),
    as "the commander of the LNA, Saddam Haftar, received" does; not when he is met or acted on."""
    assert _clause_names(text, "Tuesday 7 January 2025") == expected


def test_the_honorific_alone_is_not_the_guest_received():
    """"Her Excellency the Minister received ... the Ambassador of Tunisia, Mr. Hedi Poe. Her Excellency also
    received a call": the name after the verb is the guest's, not the one the honorific headed."""
    text = ("Her Excellency the Minister of Foreign Affairs received on Sunday 5 January 2025 the Ambassador of "
            "Tunisia, Mr. Hedi Poe. Her Excellency also received a telephone call on Saturday 4 January 2025 from "
            "the Minister of Foreign Affairs of Egypt, Mr. Karim Doe.")
    assert "Hedi Poe" not in _clause_names(text, "on Saturday 4 January 2025", sentence=1)


@pytest.mark.parametrize("text, expected", [
    # UN agency release: the parent body's name opens the member's full name
    ("The United Nations World Food Programme delivered food to Gharyan on Monday.", ["World Food Programme"]),
    # wire: an EU operation by its full name
    ("EU Operation Irini inspected a cargo vessel off Benghazi on Monday.", ["Operation IRINI"]),
    # two bodies named apart both take part
    ("The UN and the World Food Programme delivered food to Gharyan on Monday.", ["United Nations", "World Food Programme"]),
    # a person of the body named right after it: both take part
    ("On Monday the Commander-in-Chief of the Libyan National Army (LNA) Saddam Haftar flew to Minsk.",
     ["Libyan National Army", "Saddam Haftar"]),
])
def test_a_parent_body_opening_its_members_name_is_no_actor_of_its_own(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    # energy wire: a foreign oil company named bare, after its country's possessive
    ("Two tankers chartered by Italy's Eni loaded crude at Zawiya on Sunday.", ["Eni"]),
    # think-tank brief: after "the <demonym> company"
    ("The National Oil Corporation signed on Monday with the Italian company Eni a contract for two gas fields.",
     ["National Oil Corporation", "Eni"]),
    # wire: the company as the subject
    ("Repsol resumed output at the Sharara field on Monday, the company said.", ["Repsol"]),
])
def test_foreign_oil_companies_named_bare_take_part(text, expected, registry):
    assert _names(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    # translated style: the partner after "with", then the thing signed as a new noun phrase
    ("The National Oil Corporation signed on Monday with the Italian company Eni a deal on two gas fields.",
     ["National Oil Corporation", "Eni"]),
    ("The Presidential Council signed on Monday with the European Union an agreement on border patrols.",
     ["Presidential Council", "European Union"]),
    # a name modifying the thing stays a modifier ("a UN report")
    ("A UN report said on Monday that the arms embargo was violated.", []),
])
def test_a_name_before_a_determiner_and_a_thing_is_no_modifier_of_it(text, expected, registry):
    assert _names(text, registry) == expected


def test_a_pronoun_after_a_semicolon_is_the_person_named_before_it():
    # A digest's line: the clause after the semicolon is dated on its own, its subject the mayor.
    text = ("The council met in Zintan.\n\nGunmen abducted the mayor of Zintan, Omar Elkhattabi, outside his "
            "home on 1 January; he was freed on 4 January after talks.")
    assert ("2025-01-04", ["Omar Elkhattabi"]) in _rows(text)


def test_a_participle_after_a_dated_main_clause_has_its_own_participants():
    # "... handed over on Monday four suspects, arrested by units of the 55th Brigade in July, ...": the
    # July arrest is the brigade's; the main clause, dated Monday, is told before it.
    text = ("The council met in Tripoli.\n\nIn a separate case, the military prosecutor handed over to the Public "
            "Prosecution on Monday four suspects, arrested by units of the 55th Infantry Brigade in July, in the "
            "killing of a pharmacist.")
    assert ("2024-07", ["55th Infantry Brigade"]) in _rows(text)
    # A participle in the subject's apposition, the main verb after it: the whole clause is dated.
    text = ("The council met in Tripoli.\n\nThe House of Representatives, in its session held yesterday, Thursday, "
            "chaired by the Speaker of the House, Counselor Omar Bensalem, approved the general budget for the "
            "year 2025, the largest in a decade.")
    assert ("2025", ["House of Representatives", "Omar Bensalem"]) in _rows(text)
    # A relative clause before it holds the finite verb: the participle is the main verb.
    text = ("The council met in Tripoli.\n\nCounselor Omar Bensalem, who was appointed on 2 February 2024, "
            "received on Monday the Minister of Justice, Mrs. Amal Roe, to discuss prisons.")
    assert ("2025-01-06", ["Omar Bensalem", "Amal Roe"]) in _rows(text)


def test_a_pronoun_after_a_semicolon_with_two_people_before_it_names_neither():
    # Which of two people "she" is, the semicolon does not say (no gender is known): the clause names only
    # whom it names itself.
    text = ("The council met in Tripoli.\n\nCommander Salem Warfalli received the envoy Amal Roe in Benghazi on "
            "Wednesday; she flew to Tripoli on Thursday to meet Prime Minister Omar Bensalem.")
    assert ("2025-01-09", ["Omar Bensalem"]) in _rows(text)


@pytest.mark.parametrize("text, expected", [
    # The last or a middle one of a list of places a preposition opens: a place, as the first is.
    ("The survivors, most of them from Bangladesh, Eritrea and Sudan, were brought ashore on Thursday.", []),
    ("Migrants from Niger, Sudan and Chad were rescued off Zuwara on Thursday.", []),
    # People from the states act for them; a state after a place and a comma speaks.
    ("Ministers from Bangladesh, Eritrea and Sudan met in Tripoli on Thursday.", ["Bangladesh", "Eritrea", "Sudan"]),
    ("Clashes broke out in Tripoli, Egypt said on Thursday.", ["Egypt"]),
    ("Supporters rallied in Benghazi and Egypt watched on Thursday.", ["Egypt"]),
])
def test_a_state_along_a_list_of_places_is_a_place(text, expected):
    assert [names for _, names in _rows(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # A kin noun and whose kin set off by commas: the name before it is a person's, who acts.
    ("Niger extradited Jamal Tarhouni, a son of the late leader, on 6 January.", ["Niger", "Jamal Tarhouni"]),
    ("One of those excluded, Badr Zintani, a grandson of Omar Mukhtar, filed an appeal on Friday.", ["Badr Zintani"]),
    ("Salem Obeidi, father of the Minister of Health, died in Tripoli on Monday after a long illness.",
     ["Salem Obeidi"]),
    ("The court heard Nadia Sweihli, the widow of the murdered judge, on Tuesday.", ["Nadia Sweihli"]),
])
def test_a_name_set_off_by_a_kin_apposition_is_a_person(text, expected):
    assert [names for _, names in _rows(text)] == [expected]


def test_a_given_name_after_a_title_of_courtesy_is_the_person_named_in_full_before():
    # The Arabic press calls a person named in full by a title and the given name alone.
    text = ("The Mayor of Ghat, Eng. Husni Bentaher, received the Turkish ambassador on Monday.\n\n"
            "Eng. Husni inspected on Tuesday the new water station.\n\n"
            "Engineer Husni said on Wednesday that work would resume.\n\n"
            "Dr. Husni said on Thursday that the clinic would open.")
    rows = _rows(text)
    assert ("2025-01-07", ["Husni Bentaher"]) in rows
    assert ("2025-01-08", ["Husni Bentaher"]) in rows
    # another title may be another person: not the one named in full
    assert ("2025-01-09", []) in rows
    # a building named after someone is no one named in full
    text = "Doctors gathered at Sheikh Zayed Hospital on Monday. Dr. Zayed said on Tuesday the wards were full."
    assert ("2025-01-07", ["Zayed"]) in _rows(text)
    # Two people of one given name before it: which one, the title does not say.
    text = ("The Mayor of Ghat, Eng. Husni Bentaher, met Eng. Husni Elkoni on Monday.\n\n"
            "Eng. Husni inspected on Tuesday the new water station.")
    assert ("2025-01-07", []) in _rows(text)


@pytest.mark.parametrize("text, expected", [
    # The reaction's object of two words, then its day and another verb of the reacting body.
    ("The National Oil Corporation welcomed the detention orders on Monday and said the network had cost "
     "the state 400 million dinars.", ["National Oil Corporation"]),
    # The day, then what the reaction calls the happening.
    ("The High Council of State condemned the attack on Wednesday as an assault on every family.",
     ["High Council of State"]),
])
def test_a_reactions_day_before_its_complement_is_the_reactions(text, expected):
    assert [names for _, names in _rows(text)] == [expected]


def test_who_after_an_apposition_closed_by_its_comma_is_the_name_before_it():
    text = ("The ministry mourns Mr. Milad Elfergani, the former director of education in Misrata, who passed away "
            "yesterday, Thursday.")
    assert ("2025-01-09", ["Milad Elfergani"]) in _rows(text)
    # a body named inside the apposition: "who" is still the person's
    text = ("The council offers its condolences to the family of Hajj Mansour Elhasi, a member of the Council's first "
            "elected session, who passed away this morning.")
    assert ("2025-01-10", ["Mansour Elhasi"]) in _rows(text)
    # the body a person is of, then the comma
    text = ("The ministry mourns First Lieutenant Salem Elgmati of the Coast Security Department, who was killed on "
            "Wednesday night near Zuwara.")
    assert ("2025-01-08", ["Salem Elgmati"]) in _rows(text)


def test_a_pronoun_after_a_semicolon_is_not_whose_kin_the_person_before_it_is():
    text = ("The club had a famous captain.\n\nNiger extradited Jamal Tarhouni, a son of Omar Tarhouni, in March 2014; he "
            "was freed from a Tripoli prison in September 2021 and left the country.")
    assert ("2021-09", ["Jamal Tarhouni"]) in _rows(text)


def test_a_body_and_a_verb_before_a_title_and_a_name_is_the_body_acting():
    # "the House elected Counselor X": the verb says the House acts; not "the House spokesman X".
    text = ("The Speaker of the House of Representatives opened the session on Tuesday.\n\nAt the same sitting on "
            "Tuesday, the House elected Counselor Omar Bensalem as head of the Audit Bureau by 71 votes.")
    assert any(date == "2025-01-07" and "House of Representatives" in names and "Omar Bensalem" in names
               for date, names in _rows(text))


@pytest.mark.parametrize("text, date, expected", [
    # a place's or a ship's figurative kin is no person
    ("Thousands gathered at Martyrs Square, the mother of all squares, on Monday.", "2025-01-06", []),
    # the kin noun as the subject: the pronoun after the semicolon is still not told
    ("The widow of Salem Obeidi received Fathi Bashagha at her home on Monday; he was buried in Misrata on Sunday.",
     "2025-01-05", []),
    # an apposition ending in someone it is of: "who" may be that one
    ("The court heard Nadia Sweihli, the lawyer of a detainee, who died in custody on Sunday.", "2025-01-05", []),
    # an adjective's participle before the title, the name's own verb after it: the person acts alone
    ("The parliament appointed Prime Minister Fathi Bashagha arrived in Sirte on Monday.", "2025-01-06",
     ["Fathi Bashagha"]),
    # the happening's participle after the reaction's object: the date is the happening's
    ("The European Union welcomed the agreement signed yesterday.", "2025-01-09", []),
    ("UNSMIL condemned the attack early on Monday.", "2025-01-06", []),
    # a given name before a word of English after a firm noun: a firm
    ("The Emirati company Nour Energy won a solar tender on Monday.", "2025-01-06", ["Nour Energy"]),
    # a street's figurative kin, an irregular participle after the reaction's object, an apposition for someone
    ("Omar Mukhtar Street, the mother of Tripoli's streets, was closed on Monday.", "2025-01-06", []),
    ("UNSMIL condemned the journalist shot on Monday.", "2025-01-06", []),
    ("Nadia Sweihli, the lawyer representing a detainee, who died in custody on Sunday, spoke to reporters.",
     "2025-01-05", []),
])
def test_what_the_new_cues_leave_alone(text, date, expected):
    assert (date, expected) in _rows("The council met in Tripoli.\n\n" + text)


def test_a_given_name_its_own_apposition_introduces_is_no_one_named_before():
    text = ("The council met in Tripoli.\n\nEng. Mohamed Zeidan, the director of the port, met the minister on Monday. "
            "On Tuesday, Dr. Mohamed, the hospital's director, told reporters the wards were full.")
    assert ("2025-01-07", ["Mohamed"]) in _rows(text)


def test_a_state_before_a_rank_and_name_is_the_post_not_an_apposition():
    # "... of the Arab Republic of Egypt, General Jane Roe": the minister named, no description of Egypt
    # (a description opens in lower case: "Egypt, a close ally, ...").
    text = ("The council met in Tripoli.\n\nField Marshal Omar Saddam Haftar received on Monday the Minister of "
            "Defence of the Arab Republic of Egypt, General Tarek Abdelrazek Mansour, and his delegation.")
    assert ("2025-01-06", ["Omar Saddam Haftar", "Tarek Abdelrazek Mansour"]) in _rows(text)
    text = "The council met in Tripoli.\n\nThe minister visited Egypt, a close ally, on Monday."
    assert ("2025-01-06", []) in _rows(text)
    # A possessive opening an apposition is no rank: the one it names describes the partner.
    text = ("The council met in Tripoli.\n\nYoussef Karami, whose family owns two tugboat firms, was detained at the "
            "port gate on Saturday, port workers said.\n\nLaila Mansouri, Karami's business partner, appealed on "
            "Sunday to the prosecutor for his release. Mansouri said the arrest was political.")
    assert ("2025-01-05", ["Laila Mansouri"]) in _rows(text)


def test_a_post_described_by_its_state_is_its_holder_paragraphs_later():
    # "the Egyptian minister" two paragraphs after the Egyptian Minister of Defence was named in full.
    text = ("The council met in Tripoli.\n\nField Marshal Omar Saddam Haftar received on Monday the Minister of "
            "Defence of the Arab Republic of Egypt, General Tarek Abdelrazek Mansour, and his delegation.\n\n"
            "The delegation had arrived at Benina airport on Sunday evening.\n\n"
            "On Tuesday, the Egyptian minister handed the Field Marshal a letter from Cairo.")
    rows = _rows(text)
    assert any(date == "2025-01-07" and "Tarek Abdelrazek Mansour" in names for date, names in rows), rows
    # Another state's word names no holder of this post: "the Tunisian minister" is nobody named here.
    other = text.replace("the Egyptian minister", "the Tunisian minister")
    assert not any(date == "2025-01-07" and "Tarek Abdelrazek Mansour" in names for date, names in _rows(other))


def test_an_address_opens_the_post_before_a_name():
    # "at the General Command in Al-Rajma His Excellency the Minister of ..., General Jane Roe": the post
    # is the one after the address, not "the General" of the place before it.
    text = ("The council met in Tripoli.\n\nThe Field Marshal received today, Monday, at the General Command in "
            "Al-Rajma His Excellency the Minister of Defence of the Arab Republic of Egypt, General Tarek "
            "Abdelrazek Mansour.\n\nOn Tuesday, the Egyptian minister met the Prime Minister in Benghazi.")
    rows = _rows(text)
    assert any(date == "2025-01-07" and "Tarek Abdelrazek Mansour" in names for date, names in rows), rows


@pytest.mark.parametrize("text, meant", [
    # each post is the state's written before it: the Libyan minister's post holds no "Egyptian"
    ("Egyptian Foreign Minister Sameh Shoukry met Libyan Foreign Minister Najla Mangoush in Cairo on Sunday.\n\n"
     "On Monday, the Egyptian minister said the border would reopen.", "Sameh Shoukry"),
    ("Libyan Foreign Minister Najla Mangoush met Egyptian Foreign Minister Sameh Shoukry in Cairo on Sunday.\n\n"
     "On Monday, the Libyan minister said the border would reopen.", "Najla Mangoush"),
    # two Egyptian ministers: which one is not told
    ("Egyptian Foreign Minister Sameh Shoukry and Egyptian Defence Minister Mohamed Zaki met Khalifa Haftar in "
     "Benghazi on Sunday.\n\nOn Monday, the Egyptian minister said the talks went well.", None),
])
def test_the_state_of_a_post_is_the_one_written_with_it(text, meant):
    rows = _rows("The council met in Tripoli.\n\n" + text)
    monday = [names for date, names in rows if date == "2025-01-06"]
    assert monday == ([[meant]] if meant else [[]]), rows


def test_an_address_inside_a_post_does_not_open_it():
    # "the special envoy of His Excellency the President of Chad, X": X is the envoy, not "the President".
    text = ("The council met in Tripoli.\n\nField Marshal Khalifa Haftar received in Benghazi on Sunday the special "
            "envoy of His Excellency the President of the Republic of Chad, Abderaman Koulamallah.\n\nOn Monday, the "
            "President sent a letter to the council.")
    assert ("2025-01-06", []) in _rows(text)


def test_a_rank_and_a_possessed_name_after_a_state_describe_it():
    text = ("The council met in Tripoli.\n\nTurkey, President Recep Tayyip Erdogan's government, sent two frigates to "
            "Tripoli on Monday.")
    assert ("2025-01-06", ["Turkey"]) in _rows(text)


@pytest.mark.parametrize("text", [
    # a dateline's or a fronted phrase's state is not the post's: the post says "Libyan"
    "CAIRO, Egypt, Jan 5 - Libyan Foreign Minister Taher al-Baour met Foreign Minister Badr Abdelatty on Sunday.\n\n"
    "On Monday, the Egyptian minister said the border crossing at Salloum would reopen.",
    "On a visit to Egypt, Libyan Foreign Minister Taher al-Baour met Foreign Minister Badr Abdelatty on Sunday.\n\n"
    "On Monday, the Egyptian minister said the border crossing at Salloum would reopen.",
    # a state the sentence before named
    "Libya resumed gas exports to Egypt last month. Oil Minister Khalifa Abdulsadek said on Sunday that more would "
    "follow.\n\nOn Monday, the Egyptian minister visited the Mellitah complex.",
])
def test_a_state_written_elsewhere_is_not_the_posts(text):
    rows = _rows("The council met in Tripoli.\n\n" + text)
    assert not any(date == "2025-01-06" and names for date, names in rows), rows


@pytest.mark.parametrize("text", [
    # a resident diplomat is no guest; "guest workers" and "guest of honour" are no guest named
    "The prime minister received in Tripoli on Sunday Mehmet Yildirim, the head of a Turkish construction group, in "
    "the presence of Turkish Ambassador Guven Begec.\n\nThe Turkish guest had arrived at Mitiga airport on Monday.",
    "Egyptian Ambassador Tamer Mostafa visited Benghazi on Saturday.\n\nThe Egyptian guest workers detained in "
    "Tobruk on Monday were released, relatives said.",
    "Egyptian Ambassador Tamer Mostafa attended the opening of the film week in Tripoli on Saturday.\n\nThe Egyptian "
    "guest of honour, the actress Yousra, received an award on Monday.",
])
def test_a_guest_is_no_resident_diplomat_nor_a_word_before_a_noun(text):
    rows = _rows("The council met in Tripoli.\n\n" + text)
    assert not any(date == "2025-01-06" and any(n in names for n in ("Guven Begec", "Tamer Mostafa"))
                   for date, names in rows), rows


def test_an_address_after_to_is_inside_the_post():
    text = ("The council met in Tripoli.\n\nThe Minister of Health received on Sunday the Adviser to His Excellency "
            "the Prime Minister for Health Affairs, Dr. Salem Kabouti.\n\nOn Monday, His Excellency the Prime Minister "
            "opened the hospital in Misrata.")
    assert not any(date == "2025-01-06" and "Salem Kabouti" in names for date, names in _rows(text))


@pytest.mark.parametrize("text", [
    "Libya resumed gas exports to Egypt. Oil Minister Khalifa Abdulsadek said on Sunday that more would follow.\n\n"
    "On Monday, the Egyptian minister visited the Mellitah complex.",
    "Former Egyptian Foreign Minister Amr Moussa spoke at a forum in Cairo on Sunday.\n\nOn Monday, the Egyptian "
    "minister said the border would reopen.",
])
def test_a_post_of_another_sentence_or_of_the_past_is_not_the_states_now(text):
    rows = _rows("The council met in Tripoli.\n\n" + text)
    assert not any(date == "2025-01-06" and names for date, names in rows), rows


def test_each_post_holders_state_is_read_once_a_document(monkeypatch):
    # Work counted, not timed: a page naming many ministers, each paragraph with "the Egyptian minister",
    # reads the state of each holder's post once, not once per mention of "the Egyptian minister".
    from libyadesk import actors

    letters = "abcdefghijklmnopqrstuvwxyz"
    paragraphs = [f"Egyptian Foreign Minister Sameh Shoukr{letters[i % 26]}{letters[i // 26]} met Libyan Foreign "
                  f"Minister Najla Mangous{letters[i % 26]}{letters[i // 26]} in Cairo on Sunday. On Monday, the "
                  "Egyptian minister said the border would reopen." for i in range(40)]
    class Counted:  # the pattern that reads whether a post is held no longer, asked once per post read
        def __init__(self, pattern):
            self.pattern, self.calls = pattern, 0

        def search(self, *args):
            self.calls += 1
            return self.pattern.search(*args)

    counted = Counted(actors._NO_LONGER)
    monkeypatch.setattr(actors, "_NO_LONGER", counted)
    _rows("The council met in Tripoli.\n\n" + "\n\n".join(paragraphs))
    assert 0 < counted.calls <= 2 * 40 + 2
