"""Three ways outlets tell one happening that merging used to keep apart (timeline.py): a briefing to
a body told as "told the Security Council", "in her briefing" and "briefed the council"
(_briefs_a_body, the kind "briefing" of data/event_words.toml); a date far from the verb it dates
("signed an agreement on electoral laws in the town of X on Friday": _back_to_the_kind); and a place
whose name is spelt like a common English word ("the Hope oilfield": PROPER_WEIGHT), beside another
site named before its noun ("the Sharara oilfield": located, data/event_words.toml `named_sites`),
which must stay apart.  Texts are our own."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.timeline import _briefs_a_body, extract_events


def test_telling_a_body_is_a_briefing_and_telling_reporters_is_not():
    for text in ("The envoy told the UN Security Council on Monday that the talks had stalled.",
                 "Speaking on Monday, the minister addressed parliament about the budget.",
                 "The governor told lawmakers on Monday that reserves were falling.",
                 "The UN envoy warned the Security Council on Tuesday that the country risked division.",
                 "The minister urged parliament on Monday to pass the budget."):
        assert _briefs_a_body(text, 0, len(text)), text
    for text in ("The envoy told reporters on Monday that the council would meet.",
                 "The envoy warned reporters on Monday that the talks could fail.",
                 "The minister addressed the crisis in a speech on Monday.",
                 "He told Reuters on Monday that the assembly had been postponed."):
        assert not _briefs_a_body(text, 0, len(text)), text


def test_one_briefing_told_three_ways_is_one_row_and_the_envoy_s_meeting_that_week_another(make_corpus):
    """Each outlet says what the envoy warned of in its own words (renewed fighting, a return to
    war, a deadlock): what a briefing warns of is not what happened that day."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-06-12",
                      "UN envoy Karin Solberg told the Security Council on Wednesday that the political process in "
                      "Libya had stalled and warned of renewed fighting in the south."),
        "u.md": _page("United Nations", "2031-06-11",
                      "In her briefing to the Security Council on 11 June, Special Representative Karin Solberg "
                      "warned that the stalemate risked a return to war."),
        "t.md": _page("Al-Wasat Arabic (translated)", "2031-06-12",
                      "Karin Solberg briefed the Security Council on Wednesday, saying the political track had "
                      "reached a dead end."),
        "m.md": _page("Coast Courier", "2031-06-16",
                      "Karin Solberg met Prime Minister Abdul Hamid Dbeibah in Tripoli on Monday to discuss the "
                      "election law."),
    })
    assert _docs_of(rows, "Security Council") == [["t", "u", "w"]]
    assert _docs_of(rows, "met Prime Minister") == [["m"]]


def _phrase_kinds(make_corpus, text: str) -> set[str]:
    """The kinds of happening of the phrase of the one dated event of a one-report corpus."""
    root = make_corpus({"a.md": _page("Desert Wire", "2031-01-18", text)})
    (event,) = extract_events(build_index(load_corpus(root).documents))
    return {w for w in event.core if w.startswith("=")}


def test_a_date_far_from_its_verb_dates_the_verb(make_corpus):
    """The phrase of a date reaches back to the verb of happening of its clause, past a noun of
    another kind ("laws"); a comma sets off a phrase of its own."""
    assert "=agreement" in _phrase_kinds(make_corpus, (
        "Delegations of the two rival legislatures signed an agreement on electoral laws in the Moroccan "
        "town of Bouznika on Friday, the foreign ministry said."))
    assert "=arrest" not in _phrase_kinds(make_corpus, (
        "After police arrested two smugglers, the coastguard patrolled the waters off the western town of "
        "Zuwara on Friday."))


def test_a_field_named_like_a_common_word_is_one_row_and_another_field_shut_that_day_another(make_corpus):
    """"Hope" is a common English word, weighing little as one; written as a name by both outlets it
    names one oilfield.  Guards shutting another field that day stay apart."""
    rows = _rows(make_corpus, {
        "w.md": _page("Energy Wire", "2031-09-08",
                      "Armed guards shut down the Hope oilfield on Sunday over unpaid wages, an engineer at the "
                      "field said."),
        "b.md": _page("Oil Brief", "2031-09-08",
                      "Oil: petroleum facilities guards closed Hope (southwest) on 7 September, the second "
                      "stoppage this year."),
        "s.md": _page("Coast Courier", "2031-09-08",
                      "Protesters shut down the Sharara oilfield on Sunday, demanding jobs, the oil corporation "
                      "said."),
    })
    assert ["b", "w"] in _docs_of(rows, "Hope")  # the day's row ("this year" dates one of its own)
    assert _docs_of(rows, "Sharara") == [["s"]]


def test_a_release_reacting_to_a_happening_joins_the_outlets_reports_of_it(make_corpus):
    """A UN release welcomes a swearing-in it dates ("welcomes the swearing-in of ... on 12 May"): the
    mission that reacts is no participant, so its report is not of another side than the wire's
    and the parliament's; a statement dated by its own day (the mission "on Thursday welcomed")
    is a reaction of its own (timeline._reacts) and stays apart."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-05-12",
                      "Tarek Mansour, the new head of the Audit Bureau, was sworn in before the House of "
                      "Representatives in Benghazi on Monday."),
        "p.md": _page("Al-Wasat Arabic (translated)", "2031-05-13",
                      "The head of the Audit Bureau, Tarek Mansour, took the legal oath on Monday before the "
                      "Parliament, in the presence of its speaker."),
        "u.md": _page("United Nations", "2031-05-13",
                      "UNSMIL welcomes the swearing-in of the head of the Audit Bureau on 12 May as an important "
                      "step towards unified oversight institutions."),
        "s.md": _page("Coast Courier", "2031-05-16",
                      "UNSMIL on Thursday welcomed the appointment of new members of the elections commission."),
    })
    assert ["p", "u", "w"] in _docs_of(rows, "Audit Bureau")
    assert _docs_of(rows, "elections commission") == [["s"]]


def test_what_an_analysis_calls_a_sit_down_is_a_meeting_and_gunned_down_a_killing():
    from libyadesk.timeline import _content

    assert "=meeting" in _content("Thursday's sit-down with the president produced the usual photographs")
    assert "=killing" in _content("Gunned down in Abu Salim on Wednesday afternoon")
    assert "=meeting" not in _content("Prices went down and traders sat down to wait")


def test_a_surname_given_alone_by_one_outlet_is_the_person_another_names_in_full(make_corpus):
    """The advisory names the minister by his surname alone, in a possessive the desk does not take
    for a mention ("Mansouri's motorcade"), the wire in full with his post: one attack on one road.
    The same words of another minister's car the next day stay apart."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-03-06",
                      "Interior Minister Khaled Mansouri survived an assassination attempt in Tripoli on Wednesday "
                      "when gunmen opened fire on his convoy on the airport road, his ministry said."),
        "r.md": _page("Risk Advisory", "2031-03-05",
                      "Mansouri's motorcade was shot at this morning on the airport road; he is unhurt, his office "
                      "says."),
        "o.md": _page("Coast Courier", "2031-03-07",
                      "Gunmen shot at the car of Health Minister Salwa Darrat on the airport road on Thursday."),
    })
    assert _docs_of(rows, "airport road") == [["o"], ["r", "w"]]


def test_an_attempt_on_someone_s_life_is_a_killing_s_kind_with_the_name_between_kept():
    from libyadesk.timeline import _content

    words = _content("The March attempt on Mansouri's life exposed the gaps")
    assert "=killing" in words and "mansouri" in words
    assert "=killing" not in _content("An attempt on the budget failed, and life went on.")


def test_a_town_taken_by_one_side_told_by_two_outlets_is_one_row_and_two_arrests_by_it_are_two(make_corpus):
    """One outlet names the commander whose forces took the town, the other the army he commands and
    another spelling of the town: one seizure (data/event_words.toml `one_side_kinds`).  The same
    army's two arrests in one town that day, told in other words, stay two."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-07-12",
                      "Forces loyal to Khalifa Haftar captured the southern town of Ubari on Friday after two days "
                      "of fighting, residents said."),
        "a.md": _page("Al-Marsad Arabic (translated)", "2031-07-12",
                      "The Libyan National Army announced on Friday that its units had taken full control of the "
                      "city of Awbari."),
        "k1.md": _page("Coast Courier", "2031-08-05",
                       "The Libyan National Army arrested 20 fuel smugglers in Kufra on Monday."),
        "k2.md": _page("Sahara Notes", "2031-08-05",
                       "Soldiers of the Libyan National Army detained a local journalist in Kufra on Monday."),
    })
    assert ["a", "w"] in _docs_of(rows, "on Friday")
    assert _docs_of(rows, "Kufra") == [["k1"], ["k2"]]


def test_one_year_s_war_told_as_an_assault_and_as_a_war_waged_is_one_row(make_corpus):
    """Two analyses name the commander's campaign of a year, one as an assault, the other as the war
    he waged: one kind in two words (`also` of "attack").  His meeting that year stays apart."""
    rows = _rows(make_corpus, {
        "a.md": _page("Maghreb Review", "2033-02-02",
                      "Haftar's 2027 assault on Tripoli left the southern suburbs of the capital in ruins."),
        "b.md": _page("Libya Observer Arabic (translated)", "2033-10-10",
                      "The war Haftar waged on the capital in 2027 is still the reference for every militia "
                      "commander in town."),
        "c.md": _page("Sahel Analysis", "2033-05-05",
                      "Haftar, who met the Russian president in Moscow in 2027, has kept his channels open."),
    })
    assert ["a", "b"] in _docs_of(rows, "2027")
    assert not any({"a", "c"} <= set(d) or {"b", "c"} <= set(d) for d in _docs_of(rows, "2027"))


def test_a_referendum_planned_for_a_year_told_twice_is_one_row_and_that_year_s_local_elections_another(make_corpus):
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2034-11-02",
                      "A referendum on the draft constitution is planned in 2036, the drafting assembly said."),
        "b.md": _page("Risk Advisory", "2035-01-10",
                      "A constitutional referendum is expected in 2036; a delay is likely."),
        "c.md": _page("Coast Courier", "2035-02-01",
                      "Municipal elections will be held in 60 towns in 2036, the ministry of local government said."),
    })
    assert _docs_of(rows, "2036") == [["a", "b"], ["c"]]


def test_a_site_named_before_its_noun_is_a_site_and_lies_in_the_town_another_outlet_names(make_corpus):
    """"landed at Mitiga airport" names the airport, which lies in the Tripoli another outlet names:
    one arrival.  Blasts at Zawiya refinery and at Zawiya port that day are two sites: two rows."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2034-05-20",
                      "Turkish Foreign Minister Selim Karaca arrived in Tripoli on Friday at the head of a large "
                      "delegation for a two-day visit."),
        "t.md": _page("Al-Wasat Arabic (translated)", "2034-05-20",
                      "Foreign Minister Selim Karaca landed at Mitiga airport on Friday evening and was received "
                      "by his Libyan counterpart."),
        "r.md": _page("Coast Courier", "2034-06-03",
                      "A blast hit a storage tank at Zawiya refinery on Saturday, the oil corporation said."),
        "p.md": _page("Harbour Post", "2034-06-03",
                      "A blast damaged a fuel barge at Zawiya port on Saturday, port officials said."),
    })
    assert ["t", "w"] in _docs_of(rows, "Karaca")
    assert _docs_of(rows, "Zawiya") == [["p"], ["r"]]
