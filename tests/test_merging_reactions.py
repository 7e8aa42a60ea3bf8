"""Reports merging used to join and should not, and what tells them apart (timeline.py; texts are our own):
a release that condemns or welcomes a happening, in the present tense with no date of its own, tells
the reaction, not the happening (_reacts); talks held and an accord signed on one day are two
happenings (data/event_words.toml: `meeting` and `agreement` are of two families), and "discussed
with" is a meeting; a kind's own word whose stem is a report verb's ("accord", "according") is that kind.
And participants: only who is named in the phrase of a report's date sets it apart from another
outlet's report (Told.side_set), and the names opening a short clause are in that phrase (_window)."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.timeline import _content, _reacts


def _events(make_corpus, pages: dict[str, str]) -> list:
    """The unmerged dated events of a corpus made of the pages (timeline.extract_events)."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    return extract_events(build_index(load_corpus(make_corpus(pages)).documents))


def test_a_present_tense_condemnation_is_not_the_strike_it_condemns(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2034-09-12",
                      "GHAT, Sept 12 - An air strike hit a fuel depot on the edge of Ghat on Tuesday, killing four "
                      "guards, residents said."),
        "e.md": _page("Embassy of Ruritania", "2034-09-13",
                      "The Embassy strongly condemns the air strike on the fuel depot in Ghat that killed four "
                      "guards, and calls for restraint."),
        "r.md": _page("Coast Courier", "2034-09-14",
                      "The Ruritanian embassy on Wednesday condemned the deadly strike on the depot in Ghat."),
    })
    assert _docs_of(rows, "An air strike hit") == [["w"]]
    assert _docs_of(rows, "strongly condemns") == [["e", "r"]]


def test_the_first_word_of_reacting_must_come_before_the_happening():
    assert _reacts("The delegation strongly condemns the drone strike near the town", 0, 0)
    assert _reacts("UNSMIL welcomes the release of the two journalists", 0, 0)
    assert not _reacts("A drone strike, condemned by the delegation, killed seven people", 0, 0)
    assert not _reacts("Gunmen stormed the council building, drawing wide condemnation", 0, 0)


def test_talks_and_an_accord_signed_the_same_day_are_two_rows(make_corpus):
    rows = _rows(make_corpus, {
        "t.md": _page("Al-Wasat Arabic (translated)", "2034-10-04",
                      "The Prime Minister discussed yesterday with the Prime Minister of Ruritania, in a closed "
                      "session in Zurbia, the files of migration and trade between the two countries."),
        "s.md": _page("Harbour Post", "2034-10-04",
                      "Zurbia and Tripoli sealed a migration accord on Tuesday under which Ruritania will train "
                      "border guards, the Ruritanian prime minister said."),
        "m.md": _page("Desert Wire", "2034-10-03",
                      "The Libyan prime minister held talks with his Ruritanian counterpart in Zurbia on Tuesday "
                      "on migration and trade."),
    })
    assert _docs_of(rows, "sealed a migration accord") == [["s"]]
    assert _docs_of(rows, "held talks") == [["m", "t"]]


def test_an_accord_is_a_kind_though_according_is_a_report_word():
    assert "=agreement" in _content("The two sides sealed an accord on Tuesday, according to officials")
    assert "accord" not in _content("The port was shut on Tuesday, according to officials")


def test_who_is_named_outside_the_phrase_of_the_date_sets_no_report_apart(make_corpus):
    # The guards shut the port on Monday; the ministry blamed for their wages, and the corporation
    # announcing the closure, are named outside the phrase of the date: no participants of it.
    rows = _rows(make_corpus, {
        "w.md": _page("Energy Wire", "2035-01-15",
                      "Members of the Petroleum Facilities Guard shut the Zueitina oil port on Monday, halting "
                      "loadings over months of unpaid salaries, port workers said."),
        "a.md": _page("Al-Wasat Arabic (translated)", "2035-01-16",
                      "Guards of the oil installations closed on Monday the gates of the Zueitina port, in protest "
                      "at the failure of the Ministry of Finance of the Government of National Unity to disburse "
                      "their wages for four months."),
    })
    assert _docs_of(rows, "Zueitina") == [["a", "w"]]


def test_the_names_opening_a_short_clause_are_in_the_phrase_of_its_date(make_corpus):
    rows = _rows(make_corpus, {
        "e.md": _page("Desert Wire", "2035-01-16",
                      "Khalifa Haftar's forces shelled Tarhuna on Tuesday, killing two civilians, medics said."),
        "w.md": _page("Coast Courier", "2035-01-16",
                      "Forces of the Government of National Unity shelled Tarhuna on Tuesday, killing four fighters."),
    })
    assert _docs_of(rows, "Tarhuna") == [["e"], ["w"]]


def test_a_week_frames_no_day_of_another_part_of_its_sentence(make_corpus):
    # "walked free yesterday; his arrest last week": the week dates the arrest, whose own report
    # (Tuesday of that week) it joins; yesterday is the release's, another clause's day.
    rows = _rows(make_corpus, {
        "a.md": _page("Tripoli Herald", "2035-01-15",
                      "Omar Zubi walked free yesterday after a judge accepted a bail guarantee; his arrest at Mitiga "
                      "airport last week on corruption charges had angered his tribe."),
        "b.md": _page("Desert Wire", "2035-01-09",
                      "Police arrested former minister Omar Zubi at Mitiga airport on Tuesday on corruption charges."),
    })
    assert sorted((r.date, sorted({s.doc for s in r.sources})) for r in rows) == [
        ("2035-01-09", ["a", "b"]), ("2035-01-14", ["a"])]


def test_walked_free_is_a_release():
    assert "=release" in _content("The former official walked free on Sunday")


def test_a_release_in_the_present_is_the_news_of_its_day(make_corpus):
    rows = _rows(make_corpus, {
        "d.md": _page("Desert Wire", "2035-01-16",
                      "Prime Minister Omar Zubi dismissed the Minister of Health, Salem Warfalli, on Tuesday after a string of "
                      "deaths at a children's hospital."),
        "g.md": _page("Government of National Unity (Facebook)", "2035-01-17",
                      "The Prime Minister issues Decision No. 112 of 2035 relieving Mr. Salem Warfalli of his duties "
                      "as Minister of Health."),
    })
    assert _docs_of(rows, "Warfalli") == [["d", "g"]]


def test_a_participle_after_a_determiner_is_a_thing_only_when_they_stand_together():
    # The names between "The" and "dismissed" are masked out by merging (spaces and commas remain).
    assert "=dismissal" in _content("The                 ,           , dismissed yesterday the Minister of Health")
    assert "=dismissal" not in _content("the dismissed minister left the building")
    # A title and a name masked with spaces alone: "The Prime Minister of the GNU discussed ...".
    assert "=meeting" in _content("The                                  discussed yesterday with the envoy")


def test_protests_told_in_other_words_are_one_kind():
    for text in ["Hundreds of residents protested against fuel shortages on Tuesday",
                 "Demonstrators rallied in the square on Tuesday",
                 "Angry young men took to the streets on Tuesday"]:
        assert "=protest" in _content(text)


def test_a_protest_told_by_a_wire_and_a_live_blog_is_one_row(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-01-16",
                      "GHARYAN, Jan 16 - Hundreds of residents protested in Gharyan on Tuesday against weeks of "
                      "power cuts, blocking the main road with burning tyres, witnesses said."),
        "b.md": _page("Libya Live Blog", "2035-01-16",
                      "Updated 19:05 - Demonstrators in Gharyan are burning tyres on the main road tonight over "
                      "the power cuts."),
    })
    assert _docs_of(rows, "Gharyan") == [["b", "w"]]


def test_a_person_taken_told_in_other_words_is_one_row(make_corpus):
    # A person in common is the one taken, whatever else each outlet says of him (see the veto of one
    # force's two arrests in tests/test_merging.py).
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2035-01-16",
                      "Gunmen abducted the journalist Karim Belhaj from his car in Misrata on Tuesday, his family said."),
        "b.md": _page("Libya Live Blog", "2035-01-17",
                      "Still no word on Karim Belhaj, the Misrata reporter snatched by armed men yesterday as he "
                      "drove to work."),
    })
    assert _docs_of(rows, "Belhaj") == [["a", "b"]]


def test_a_state_heading_a_post_is_known_to_the_report_naming_its_holder(make_corpus):
    # "Turkey's foreign minister" names no one the other report does not know of: it names the
    # "Minister of Foreign Affairs Selin Karaca" (data/titles.toml `portfolio_words`, `post_fillers`).
    rows = _rows(make_corpus, {
        "a.md": _page("Anadolu Haber (translated from Turkish)", "2035-01-14",
                      "Minister of Foreign Affairs Selin Karaca met the Chairman of the Presidential Council, "
                      "Mohamed al-Manfi, today in Tripoli to discuss maritime boundaries and flights."),
        "b.md": _page("Desert Wire", "2035-01-15",
                      "Turkey's foreign minister met Presidential Council head Mohamed Menfi in Tripoli on Sunday to "
                      "discuss maritime boundaries."),
    })
    assert _docs_of(rows, "Tripoli") == [["a", "b"]]


def test_a_site_named_again_by_its_noun_is_that_site():
    from libyadesk.timeline import _site_named_before, located
    text = "The corporation halted exports from the Zelten field. Protesters had overrun the facility at dawn."
    assert _site_named_before(text, text.index("Protesters"), len(text)) == ["zelten oilfield"]
    # Another noun's site is not it: "the port" after "the Zelten field".
    text = "The corporation halted exports from the Zelten field. Protesters had overrun the port at dawn."
    assert _site_named_before(text, text.index("Protesters"), len(text)) == []
    assert located("Tribesmen seized the country's largest oil field, Zelten, on Wednesday") == ["zelten oilfield"]


def test_one_site_seized_on_one_day_by_men_neither_report_names_is_one_row(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-01-17",
                      "BREGA, Jan 17 - Armed tribesmen seized Libya's second oil field, Zelten, on Wednesday, forcing "
                      "workers to stop production, engineers said."),
        "e.md": _page("Energy Wire", "2035-01-19",
                      "The oil corporation halted exports from the Zelten field on Thursday. Protesters had overrun "
                      "the facility the previous day, demanding jobs for the region."),
    })
    assert _docs_of(rows, "overrun") == [["e", "w"]]


def test_a_release_s_today_with_an_act_after_it_is_the_day_s_news(make_corpus):
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "r.md": _page("Delegation of the European Union", "2035-01-17",
                      "The European Union and the Government of National Unity today sign in Brussels a programme "
                      "to train border guards."),
        "g.md": _page("Desert Wire", "2035-01-17", "Today, Kufra is a hub for trade across the Sahara."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert [(e.doc, e.date) for e in events] == [("r", "2035-01-17")]


def test_a_release_s_act_told_in_the_present_beside_today_is_the_day_s_news(make_corpus):
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "m.md": _page("Presidential Council Media Office", "2035-02-03",
                      "#Media_Office | The Presidential Council meets today with the elders of Sabha to discuss "
                      "reconciliation between the two tribes."),
        "v.md": _page("Government Media Office", "2035-02-04",
                      "#GNU | The Prime Minister, Omar Zubi, is visiting Rome today for talks on migration."),
        "c.md": _page("Coast Guard Media Office", "2035-02-05",
                      "#Coast_Guard | The western sector's patrol boat today rescues 40 migrants off Zuwara."),
        "d.md": _page("Department for Combating Illegal Migration", "2035-02-06",
                      "#DCIM | The Misrata branch today carries out the deportation of 160 migrants via Misrata "
                      "airport."),
        # A phrasal verb's particle between the act and the day.
        "n.md": _page("Ministry of Defence (Facebook)", "2035-02-07",
                      "#Ministry_of_Defence | Units of the navy carry out today a joint exercise off Tripoli."),
        "g.md": _page("Desert Wire", "2035-02-04", "Today, Kufra is becoming a hub for trade across the Sahara."),
        "k.md": _page("Desert Wire", "2035-02-04", "Kufra today is a hub for trade across the Sahara."),
        "o.md": _page("Desert Wire", "2035-02-04", "Kufra today is cut off from the grid."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert sorted((e.doc, e.date) for e in events) == [("c", "2035-02-05"), ("d", "2035-02-06"), ("m", "2035-02-03"),
                                                       ("n", "2035-02-07"), ("v", "2035-02-04")]


def test_reports_naming_one_minister_transliterated_two_ways_are_one_dismissal(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-03-07",
                      "TRIPOLI, March 7 (Desert Wire) - Prime Minister Omar Zubi dismissed Health Minister Fathi "
                      "Gritli on Tuesday after a hospital fire killed four patients, a spokesman said."),
        "a.md": _page("Al-Saaa Arabic (translated)", "2035-03-08",
                      "The Prime Minister of the Government of National Unity, Mr. Omar Zoubi, issued yesterday, "
                      "Tuesday, a decision relieving the Minister of Health, Dr. Fathi al-Qritli, of his duties."),
    })
    assert _docs_of(rows, "relieving the Minister of Health") == [["a", "w"]]


def test_either_spelling_of_a_transliterated_surname_finds_the_one_person(make_corpus):
    from libyadesk import Desk

    root = make_corpus({
        "w.md": _page("Desert Wire", "2035-03-07", "Prime Minister Omar Zubi dismissed the health minister on Tuesday."),
        "a.md": _page("Al-Saaa Arabic (translated)", "2035-03-08",
                      "The Prime Minister, Mr. Omar Zoubi, issued yesterday a decision relieving the health minister."),
    })
    with Desk.open(root, cache=False) as desk:
        found = {desk.actor(name, events=False).actor.id for name in ("Zubi", "Zoubi", "Omar Zubi", "Omar Zoubi")}
        assert len(found) == 1
        assert desk.actor("Zubi", events=False).mentions == 2


def test_a_month_s_unnamed_report_joins_the_day_s_at_a_capital_named_by_its_adjective(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-07-17",
                      "ROME, July 17 - Envoys of the rival camps, Interior Minister Omar Zubi and General Karim "
                      "Belhaj, held talks in Rome on Tuesday on unifying the budget."),
        "a.md": _page("North Africa Analysis", "2035-09-20",
                      "The two camps have met twice since the summer. Their first round of talks in the Italian "
                      "capital was held in July and ended without agreement."),
    })
    assert _docs_of(rows, "first round") == [["a", "w"]]


def test_a_body_alarmed_by_yesterday_s_clashes_reports_them(make_corpus):
    """"is alarmed by yesterday's armed clashes": "by" is a passive's agent before a possessive date of a
    happening, no deadline ("must be done by Friday's deadline" dates nothing)."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "u.md": _page("UNSMIL", "2035-07-08",
                      "UNSMIL is alarmed by yesterday's armed clashes in Zawiya, which killed three people."),
        "d.md": _page("Desert Wire", "2035-07-08", "The report must be filed by Friday's deadline, officials said."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert [(e.doc, e.date) for e in events] == [("u", "2035-07-07")]


def test_a_body_s_act_before_an_aside_holding_today_is_the_day_s_news(make_corpus):
    """"The High Council of State elects, in its session today in Tripoli, Mr. X as its President": the
    act stands before the aside that holds "today" (timeline._generic_present); "appoints today" is an
    act beside it (data/anaphora.toml `habitual_acts_beside`), "briefs the Security Council today" one
    before the name it takes."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "h.md": _page("High Council of State", "2035-11-05",
                      "#HCS | The High Council of State elects, in its session today in Tripoli, Mr. Salem Zarrouk as "
                      "its President for a one-year term."),
        "p.md": _page("Presidential Council", "2035-11-06",
                      "#PC | The Presidential Council appoints today a new governor of the central bank."),
        "u.md": _page("UNSMIL", "2035-11-07",
                      "NEW YORK – The Special Representative, Jane Roe, briefs the Security Council today on the "
                      "situation in Libya."),
        "g.md": _page("Desert Wire", "2035-11-06", "Today, in its current form, Kufra is a hub for trade."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert sorted((e.doc, e.date) for e in events) == [("h", "2035-11-05"), ("p", "2035-11-06"), ("u", "2035-11-07")]


def test_a_forecast_lead_is_no_news_of_the_publication_day(make_corpus):
    """"Armed clashes in Zawiya are likely to recur over the next two weeks": an advisory's forecast, not
    an event of its day (neither "likely to", nor "next" of a span, nor a time word, nor an opening
    "Armed" is a sign that something happened); a lead that reports is still the day's news."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "a.md": _page("Sentinel Risk Advisory", "2035-08-26",
                      "Armed clashes in Zawiya are likely to recur over the next two weeks."),
        "w.md": _page("Desert Wire", "2035-08-26", "Armed men stormed the office of the electoral commission in Zawiya."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert [(e.doc, e.date) for e in events] == [("w", "2035-08-26")]


def test_a_release_s_today_after_its_act_s_object_or_a_present_passive_is_the_day_s_news(make_corpus):
    """"The Centre announces the detection today of swarms of locusts": the release's own act (or its
    reaction, "welcomes the exchange today of 24 detainees") stands before the object that holds "today"; "84 migrants are rescued today off Zuwara": a present passive of an
    act (data/anaphora.toml `habitual_acts_beside`) right before the day.  A state's passive ("Libya is
    divided today") still tells how things stand."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "c.md": _page("Ministry of Agriculture (Facebook)", "2035-11-06",
                      "#Agriculture | The Locust Control Centre announces the detection today of swarms of desert "
                      "locusts in the farms of the Kufra project."),
        "i.md": _page("IOM Libya", "2035-11-07",
                      "Eighty-four migrants, including 11 children, are rescued today off Zuwara by a search and "
                      "rescue vessel."),
        "g.md": _page("Desert Wire", "2035-11-07", "Libya is divided today between two rival governments."),
        # A reaction to what the day saw, its object before the day, is the day's news too.
        "u.md": _page("UN Mission", "2035-11-08",
                      "TRIPOLI, 8 November 2035 – The Mission welcomes the exchange today of 24 detainees between "
                      "the two sides at the Wadi Zamzam crossing."),
        # Not a word of reacting elsewhere in the clause: "today" is these days.
        "n.md": _page("Desert Wire", "2035-11-09",
                      "Amid growing concern over the currency, many Libyans today depend on the black market. The "
                      "Embassy condemns the kidnapping of aid workers, a crime that today threatens all relief work. "
                      "The Ministry deplores the conditions migrants face today in detention centres."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert sorted((e.doc, e.date) for e in events) == [("c", "2035-11-06"), ("i", "2035-11-07"), ("u", "2035-11-08")]


def test_a_release_s_call_after_its_dated_act_makes_no_plan_of_it(make_corpus):
    """"The Ministry announces the escape of 54 inmates this morning, and calls on citizens to report":
    the call's infinitive is the plan, not the escape (dates.clause_tense); a timetable's present before
    "and aim to" stays a plan."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "m.md": _page("Ministry of Interior (Facebook)", "2035-08-22",
                      "#Interior | The Ministry of the Interior announces the escape of 54 inmates from Sabha prison "
                      "this morning, after an attack on its gate, and calls on citizens to report any information."),
        "t.md": _page("Desert Wire", "2035-08-20",
                      "Rival delegations open talks in Geneva on Friday and aim to settle the dispute over the bank."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert sorted((e.doc, e.date, e.kind) for e in events) == [("m", "2035-08-22", "event"),
                                                               ("t", "2035-08-24", "scheduled")]


def test_a_court_striking_down_a_law_is_a_ruling_not_a_strike(make_corpus):
    """"struck down the ban on dual nationals" and "ruled unconstitutional an article of the electoral law"
    tell one ruling (data/event_words.toml `ruling`, listed before `strike`: no attack, whose family would
    set the two apart); an air strike in the city that day is another row."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-04-12",
                      "TRIPOLI, April 12 - Libya's Supreme Court on Wednesday ruled unconstitutional an article of "
                      "the electoral law barring dual nationals from running for president."),
        "c.md": _page("Coast Courier", "2035-04-13",
                      "The Supreme Court struck down the ban on dual nationals on Wednesday, lawyers said."),
        "s.md": _page("Sahel Monitor", "2035-04-12",
                      "A drone struck a warehouse in Tripoli on Wednesday, killing two guards."),
    })
    assert _docs_of(rows, "struck down") == [["c", "w"]]
    assert _docs_of(rows, "A drone struck") == [["s"]]


def test_a_town_fallen_dark_and_a_power_cut_there_that_day_are_one_blackout(make_corpus):
    """"Khoms went dark on Saturday" and "a power cut plunged Khoms into darkness on Saturday": one
    blackout (data/event_words.toml `blackout` phrases: "went dark", "fell dark", "darkening"; a
    blackout is `singular`: one grid goes out once a day), however few words the two share; Benghazi
    going dark that day is another."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-01-21",
                      "TRIPOLI, Jan 21 - A power cut plunged Khoms into darkness on Saturday after a fault at the "
                      "plant, the electricity company said."),
        "d.md": _page("Coast Daily", "2035-01-24", "Khoms went dark for nine hours on Saturday."),
        "b.md": _page("Benghazi Post", "2035-01-21", "Benghazi went dark on Saturday, residents said."),
    })
    assert _docs_of(rows, "Khoms went dark") == [["d", "w"]]
    assert _docs_of(rows, "Benghazi went dark") == [["b"]]


def test_a_ship_taking_people_aboard_from_a_sinking_boat_is_the_rescue(make_corpus):
    """"took 84 people aboard from a sinking dinghy" is a rescue (data/event_words.toml `interception`
    phrases), the family of "rescued 84 migrants": one row with it, not a shipwreck of its own."""
    rows = _rows(make_corpus, {
        "i.md": _page("IOM Libya", "2035-03-06",
                      "The rescue ship Ocean Lark rescued 84 migrants off Zuwara on Monday, IOM said."),
        "n.md": _page("Sea Watchers", "2035-03-07",
                      "The Ocean Lark took 84 people aboard on Monday from a sinking dinghy north of Zuara, the NGO "
                      "that runs the ship said."),
    })
    assert _docs_of(rows, "took 84 people aboard") == [["i", "n"]]


def test_a_journalist_expelled_and_her_deportation_announced_are_one_row(make_corpus):
    """"announces the deportation today of the French national Jane Roe" / "Expelled yesterday from Libya
    by the authorities of the east, Roe landed in Paris": expelling and deporting are one kind
    (data/event_words.toml `release`), whatever the landing after it adds."""
    rows = _rows(make_corpus, {
        "m.md": _page("Ministry of Information (Facebook)", "2035-06-07",
                      "#Information | The Ministry of Information announces the deportation today of the French "
                      "journalist Camille Roussel, after she worked outside the scope of her permit."),
        "p.md": _page("Paris Matin", "2035-06-08",
                      "Expelled yesterday from Libya by the eastern authorities for working outside her press permit, "
                      "the French journalist Camille Roussel landed in Paris late in the evening."),
    })
    assert _docs_of(rows, "Expelled yesterday") == [["m", "p"]]


def test_what_befalls_people_or_a_place_told_in_the_present_beside_today_is_the_day_s_news(make_corpus):
    """"IOM is saddened to learn that 17 migrants drown today when their boat capsizes off Zuwara", "as flash
    floods hit Ghat today": a happening that befalls people or a place, in a release's present right beside
    the day (data/anaphora.toml `habitual_acts_beside`), is the day's news; "Ghat today is a quiet oasis
    town" still tells how things stand."""
    events = _events(make_corpus, {
        "i.md": _page("IOM Libya", "2035-04-11",
                      "IOM is deeply saddened to learn that at least 17 migrants drown today when their boat "
                      "capsizes off Zuwara. Survivors receive medical care from IOM teams."),
        "f.md": _page("Red Crescent Appeal", "2035-04-12",
                      "The appeal supports volunteers as flash floods hit Ghat today, inundating homes in the old "
                      "town. Volunteers are handing out blankets."),
        "g.md": _page("Desert Wire", "2035-04-12", "Ghat today is a quiet oasis town near the Algerian border."),
    })
    assert sorted((e.doc, e.date) for e in events) == [("f", "2035-04-12"), ("i", "2035-04-11")]


def test_a_body_convening_today_in_a_release_s_present_is_the_day_s_news(make_corpus):
    """"which convenes today in Sirte", "The House votes today": a body sitting, in a release's present
    beside the day (data/anaphora.toml `habitual_acts_beside`), is the day's news."""
    events = _events(make_corpus, {
        "u.md": _page("UN Mission", "2035-05-11",
                      "The mission welcomes the outcome of the meeting of the military commission, which convenes "
                      "today in Sirte for the first time in a year."),
        "h.md": _page("House Media Office", "2035-05-12", "The House votes today on the general budget law."),
    })
    assert sorted((e.doc, e.date) for e in events) == [("h", "2035-05-12"), ("u", "2035-05-11")]


def test_a_release_demanded_at_a_sit_in_is_no_release_and_the_sit_in_is_one_protest(make_corpus):
    """"staged a sit-in outside the court on Monday to demand the release of their colleague": what is
    demanded has not happened (data/event_words.toml `demanding`), so the clause tells a protest (a
    sit-in: `protest` phrases), and a Facebook post of journalists gathering in front of the court that
    day is the same protest; the colleague's release a week later is another event."""
    assert "=release" not in _content("journalists staged a sit-in to demand the immediate release of their colleague")
    assert "=release" not in _content("the union called for the release of the reporter")
    assert "=release" in _content("the court ordered the release of the reporter")
    assert "=protest" in _content("journalists staged a sit-in outside the court")
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-05-14",
                      "MISRATA, May 14 - Dozens of journalists staged a sit-in outside the Misrata courthouse on "
                      "Monday to demand the release of their colleague Huda Elmesallati."),
        "f.md": _page("Journalists Syndicate (Facebook)", "2035-05-14",
                      "#Journalists_Syndicate | Journalists gather today, Monday, in front of the Misrata court "
                      "complex in solidarity with our colleague Huda al-Mesallati, and demand her immediate "
                      "release."),
        "r.md": _page("Desert Wire", "2035-05-21",
                      "MISRATA, May 21 - The journalist Huda Elmesallati was released on Monday, her lawyer said."),
    })
    assert _docs_of(rows, "sit-in") == [["f", "w"]]
    assert _docs_of(rows, "was released") == [["r"]]


def test_a_field_that_stopped_pumping_and_a_captive_who_regained_his_freedom_are_a_closure_and_a_release():
    """Translated outlets' words: "the field stopped pumping yesterday" is a closure, "regained his freedom" a
    release (data/event_words.toml phrases); "police stopped a car" and "freedom of the press" are neither."""
    assert "=closure" in _content("the field stopped pumping after youths closed the valve")
    assert "=release" in _content("Engineer Salem Roe regained his freedom after mediation by notables")
    assert not {w for w in _content("police stopped a car near the pumping station") if w.startswith("=")}
    assert not {w for w in _content("they spoke about freedom of the press") if w.startswith("=")}


def test_a_release_s_second_act_after_and_is_a_clause_of_its_own(make_corpus):
    """"mourns the nurse killed in the assault on Friday night, and announces the closure of the department":
    the release's second act (data/event_words.toml `coordinated_acts`, `release_verbs`) is a clause of its
    own, so the assault's date tells no closure; nor a call after an outbreak declared today a vaccination."""
    events = _events(make_corpus, {
        "z.md": _page("Zliten Medical Centre (Facebook)", "2035-08-20",
                      "#Zliten_Medical_Centre | The administration mourns the nurse Amal Roe, who was killed in the "
                      "assault on the emergency department on Friday night, and announces the closure of the "
                      "department until the building is secured."),
        "n.md": _page("Disease Control Centre (Facebook)", "2035-11-20",
                      "#NCDC | The Centre declares today an outbreak of measles in Sebha, with 41 confirmed cases, "
                      "and calls on parents to complete their children's vaccination schedules."),
    })
    words = {e.doc: set(e.words) for e in events}
    assert "=closure" not in words["z"] and "=vaccination" not in words["n"]
    assert "=outbreak" in words["n"]


def test_trade_frozen_is_a_closure_and_a_person_s_disappearance_an_abduction():
    """"the Bank's decision to freeze dollar sales" halts a trade (a closure), assets frozen are a sanction;
    "confirmed the disappearance of two engineers" tells a kidnapping (data/event_words.toml)."""
    assert "=closure" in _content("the Bank decided to freeze dollar sales for a week")
    assert "=closure" not in _content("the council froze the assets of two militia leaders")
    assert "=abduction" in _content("the directorate confirmed the disappearance of two Turkish engineers")


def test_one_person_freed_on_one_day_is_one_release_and_a_statement_released_is_none(make_corpus):
    """"The head of the free zone, Salem Ben Omran, was released on Tuesday" / "Engineer Salem Bin Omran
    regained his freedom yesterday, Tuesday": one person taken or freed on one day is one event, with
    nothing else shared (timeline.agree); a body releasing a statement, results or funds frees nobody
    (data/event_words.toml `released_things`)."""
    assert "=release" not in _content("the ministry released a short statement on the talks")
    assert "=release" not in _content("the bank released 2 billion dinars for salaries")
    assert "=release" in _content("gunmen released the two engineers near the town")
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-07-11",
                      "MISRATA, July 11 - The head of the Misrata Free Zone, Salem Ben Omran, was released on "
                      "Tuesday, the free zone said."),
        "t.md": _page("Al-Wasat Arabic (translated)", "2035-07-11",
                      "Engineer Salem Bin Omran regained his freedom yesterday, Tuesday, after mediation by notables "
                      "of the city, and was received by his family at his house."),
        "b.md": _page("Finance Wire", "2035-07-11",
                      "TRIPOLI, July 11 - The Central Bank of Libya released 2 billion dinars for public salaries on "
                      "Tuesday."),
    })
    assert _docs_of(rows, "Omran") == [["t", "w"]]
    assert _docs_of(rows, "billion dinars") == [["b"]]


def test_what_a_drone_targets_is_struck_and_prisoners_who_broke_out_of_a_jail_escaped():
    """"An unidentified drone targeted yesterday a vehicle near Awbari": a strike ("targeted" alone is
    anyone's aim); "the prisoners who broke out of a jail in Sabha on Tuesday": an escape (data/event_words.toml)."""
    assert "=strike" in _content("An unidentified drone targeted yesterday, Friday, a vehicle near Awbari")
    assert "=strike" not in _content("the new sanctions targeted smugglers and their banks")
    assert "=escape" in _content("recaptured 19 of the 54 prisoners who broke out of a jail in the city on Tuesday")
    assert "=escape" not in _content("fighting broke out in the city on Tuesday")


def test_an_officeholders_or_a_forces_act_in_the_present_beside_today_is_the_days_news(make_corpus):
    """"take the constitutional oath today" (the act before its object), "dismantles today a network" (a
    force's act) are the day's news, as "signs today" is; "the country faces a hard choice today" is how
    things stand."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    root = make_corpus({
        "o.md": _page("House of Representatives (Facebook)", "2036-07-15",
                      "#House_of_Representatives | The Prime Minister and the members of the new government take "
                      "the constitutional oath today before the House in Benghazi."),
        "k.md": _page("Ministry of Interior (Facebook)", "2036-10-08",
                      "#Ministry_of_Interior | The Kufra Security Directorate dismantles today a human trafficking "
                      "network and frees 40 migrants."),
        "g.md": _page("Desert Wire", "2036-10-09", "The country faces a hard choice today between two budgets."),
    })
    events = extract_events(build_index(load_corpus(root).documents))
    assert sorted((e.doc, e.date) for e in events) == [("k", "2036-10-08"), ("o", "2036-07-15")]
