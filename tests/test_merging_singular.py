"""Reports of a happening one place sees once at a time (a flood, an explosion, an election, an oath,
an uprising), told by outlets that share few words, merge; the hard negatives beside them do not.
Texts are our own (tuning sentences of the round that added timeline.one_happening and
timeline.held_as_set, now timeline.agree and timeline.Pair.held_as_set; the held-out set is tests/merge_stories.py
NEWEST2_*)."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows


def test_a_flood_at_one_town_told_by_a_wire_a_translated_outlet_and_a_relief_update_is_one_row(make_corpus):
    """Three wordings share the town and the kind, little else; floods in another town that day,
    and floods at the town a month later, stay apart."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-02-04",
                      "GHAT, Libya - Floodwaters tore through the old quarter of Ghat on Tuesday, sweeping away "
                      "parked cars and cutting power to most of the town, residents said."),
        "t.md": _page("Al-Wasat Arabic (translated)", "2031-02-05",
                      "The municipal council of Ghat declared the city a disaster area after the torrents that "
                      "inundated it on Tuesday, and appealed to the government for urgent help."),
        "u.md": _page("Relief Update", "2031-02-06",
                      "Situation report: flooding on 4 February affected some 1,200 households in Ghat; partners "
                      "are distributing blankets and water."),
        "o.md": _page("Coast Courier", "2031-02-04",
                      "Heavy flooding hit the town of Ubari on Tuesday, closing the main road to Sabha."),
        "l.md": _page("Desert Wire", "2031-03-08",
                      "Floods struck Ghat again on Saturday, damaging the same quarter."),
    })
    assert _docs_of(rows, "Ghat") == [["l"], ["t", "u", "w"]]
    assert _docs_of(rows, "Ubari") == [["o"]]


def test_a_car_bomb_told_three_ways_is_one_row_and_a_condemnation_and_a_sinking_there_that_day_are_others(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-06-13",
                      "A car bomb went off outside a bank in Zliten on Friday, wounding four passers-by, police said."),
        "t.md": _page("Libya Observer Arabic (translated)", "2031-06-14",
                      "A violent blast shook the centre of Zliten on Friday evening, according to eyewitnesses, "
                      "who said the windows of nearby shops were shattered."),
        "a.md": _page("Maghreb Review", "2031-07-20",
                      "The June 13 explosion in Zliten, which nobody has claimed, has revived fears of cells "
                      "hiding in the coastal towns."),
        "c.md": _page("Coast Courier", "2031-06-13",
                      "The mayor of Zliten on Friday condemned the attack and called for calm."),
        "s.md": _page("Sea Watch Blog", "2031-06-14",
                      "A dinghy carrying 40 people capsized off Zliten on Friday; 12 are missing."),
    })
    assert _docs_of(rows, "Zliten")[:3] == sorted([["a", "t", "w"], ["c"], ["s"]])


def test_an_oath_of_office_told_by_a_wire_a_translated_outlet_and_a_un_release_is_one_row(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-09-15",
                      "Salma Ferjani was sworn in as head of the Audit Bureau before the Supreme Court in Tripoli "
                      "on Monday."),
        "t.md": _page("Al-Marsad Arabic (translated)", "2031-09-16",
                      "The new President of the Audit Bureau, Salma Ferjani, took the legal oath on Monday."),
        "u.md": _page("United Nations", "2031-09-16",
                      "The Mission notes the swearing-in of Salma Ferjani on 15 September and looks forward to "
                      "working with the Audit Bureau."),
        "n.md": _page("Coast Courier", "2031-09-15",
                      "Omar Zwai was sworn in as governor of Sabha on Monday."),
    })
    assert sorted(_docs_of(rows, "sworn in") + _docs_of(rows, "oath")) == [["n"], ["t", "u", "w"], ["t", "u", "w"]]


def test_an_election_day_told_as_planned_and_as_held_is_one_row_and_a_vote_due_on_a_cabinet_is_not(make_corpus):
    """An election is held on a day set beforehand: "set to go to the polls on Saturday" and "cast their
    ballots on Saturday" tell it.  A vote of a chamber due on a day is a plan, its approval what happened."""
    rows = _rows(make_corpus, {
        "p.md": _page("Libya Herald", "2031-10-09",
                      "Voters in 40 municipalities are set to go to the polls on Saturday to choose new local "
                      "councils, the elections commission said."),
        "h.md": _page("Desert Wire", "2031-10-11",
                      "Libyans in 40 municipalities cast their ballots on Saturday in local elections, with "
                      "turnout highest in the south."),
        "b.md": _page("Tripoli Notes (blog)", "2031-10-14",
                      "The municipal elections of 11 October passed off quietly in 40 municipalities."),
        "d.md": _page("Desert Wire", "2031-10-10",
                      "The House of Representatives is due to vote on Tuesday on the cabinet of the new prime minister."),
        "a.md": _page("Coast Courier", "2031-10-14",
                      "The House of Representatives on Tuesday approved the cabinet of the new prime minister."),
    })
    assert _docs_of(rows, "municipalities") == [["b", "h", "p"]]
    assert [r.kind for r in rows if any(s.doc == "p" for s in r.sources)] == ["event"]  # held, not only planned
    assert _docs_of(rows, "cabinet") == [["a"], ["d"]]


def test_an_uprising_named_in_passing_by_year_is_one_row_whatever_the_words_and_another_countrys_is_not(make_corpus):
    rows = _rows(make_corpus, {
        "a.md": _page("Maghreb Review", "2031-01-10",
                      "Libya has had no single government since the 2011 uprising that toppled Muammar Gaddafi."),
        "b.md": _page("Risk Advisory", "2031-02-11",
                      "Armed groups multiplied after the revolt against Muammar Gaddafi in 2011."),
        "c.md": _page("Sahel Analysis", "2031-03-12",
                      "Weapons looted during the 2011 revolution still circulate in the Sahel."),
        "d.md": _page("Desert Wire", "2031-03-14",
                      "The country has been divided since Muammar Gaddafi was overthrown in 2011."),
        "e.md": _page("Cairo Daily", "2031-04-13",
                      "Egypt's 2011 revolution that ousted Hosni Mubarak changed the country's politics."),
    })
    together = _docs_of(rows, "2011")
    assert ["a", "b", "d"] in together or ["a", "b", "c", "d"] in together
    assert not any("e" in docs and "a" in docs for docs in together)


def test_a_bombing_named_later_joins_the_reports_of_the_explosion(make_corpus):
    """"The Friday bombing" (a strike) and "a car bomb exploded on Friday" (an explosion) tell one kind."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-06-13",
                      "A car bomb exploded outside the central bank branch in Zliten on Friday, wounding four "
                      "passers-by, police said."),
        "a.md": _page("Maghreb Review", "2031-06-16",
                      "Friday's bombing outside the central bank branch in Zliten has revived fears of cells "
                      "hiding in the coastal towns."),
        "n.md": _page("Coast Courier", "2031-06-16",
                      "Police in Zliten arrested two men on Monday over the bombing."),
    })
    assert ["a", "w"] in _docs_of(rows, "Zliten")
    assert ["n"] in _docs_of(rows, "Zliten")


def test_floods_in_two_villages_credited_to_one_relief_body_stay_two_rows(make_corpus):
    """The body a report is credited to ("..., the Red Crescent said", "according to the IOM") is
    no place: floods at two villages on one day are two, each joining its own village's reports."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-11-18",
                      "Floodwaters cut off the village of Tamzawa on Tuesday, the Libyan Red Crescent said, "
                      "adding that its teams were on the way."),
        "b.md": _page("Relief Update", "2031-11-19",
                      "According to the Libyan Red Crescent, flash flooding swamped the hamlet of Idri on "
                      "Tuesday and damaged dozens of homes."),
        "c.md": _page("Fezzan Voice (translated)", "2031-11-20",
                      "Torrential floods on Tuesday in Idri destroyed the main bridge, the local council stated."),
    })
    assert _docs_of(rows, "Tamzawa") == [["a"]]
    assert _docs_of(rows, "Idri") == [["b", "c"]]


def test_two_blasts_at_two_sites_of_one_city_on_one_day_stay_two_rows(make_corpus):
    """A city sees several blasts on one day: one at a hotel and one at a fuel depot are two."""
    rows = _rows(make_corpus, {
        "h.md": _page("Desert Wire", "2031-05-09",
                      "An explosion ripped through the lobby of a hotel in Misrata on Thursday, security "
                      "officials said."),
        "d.md": _page("Risk Advisory", "2031-05-10",
                      "ALERT: a blast at a fuel depot on the eastern edge of Misrata on Thursday evening caused a "
                      "large fire; travellers should avoid the area."),
    })
    assert _docs_of(rows, "Misrata") == [["d"], ["h"]]


def test_a_body_electing_its_head_is_an_appointment_not_the_towns_election(make_corpus):
    """"Elected a chairman" chooses a person (an appointment); only an election's own nouns (polls,
    ballots, voters, elections) tell an election, so it stays apart from the town's vote that day."""
    from libyadesk.timeline import _content

    assert "=appointment" in _content("The bar association elected a new chairman.")
    assert "=election" not in _content("The chamber of commerce elected its first woman president.")
    rows = _rows(make_corpus, {
        "v.md": _page("Libya Herald", "2031-06-21",
                      "Residents of Gharyan went to the polls on Sunday to choose a new municipal council."),
        "c.md": _page("Gharyan Post (translated)", "2031-06-22",
                      "The traders' chamber in Gharyan elected a new chairman on Sunday at its annual meeting."),
    })
    assert _docs_of(rows, "Gharyan") == [["c"], ["v"]]


def test_an_election_planned_and_then_postponed_stays_a_plan_and_a_postponement(make_corpus):
    """A report that the vote of the day set was put off tells no day held: it does not join the plan
    nor turn the planned row into a held one."""
    rows = _rows(make_corpus, {
        "p.md": _page("Libya Herald", "2031-08-10",
                      "Residents of Sabratha are due to go to the polls on Sunday to elect a new municipal council."),
        "x.md": _page("UN Mission press release", "2031-08-16",
                      "The Mission regrets that the municipal elections in Sabratha were called off on Sunday "
                      "hours before polls were due to open."),
    })
    assert _docs_of(rows, "Sabratha") == [["p"], ["x"]]
    assert [r.kind for r in rows if any(s.doc == "p" for s in r.sources)] == ["scheduled"]


def test_an_election_day_told_with_no_town_is_one_row_and_another_countrys_vote_and_a_resignation_that_day_are_others(make_corpus):
    """An election held across a country is named at no town ("Libyans went to the polls on
    Saturday" / "the legislative elections held on 14 June"): one day set beforehand, told as held in
    words of their own by both, is one event (timeline.agree).  Tunisians voting that day (another
    people), and the commission's chairman resigning "hours after the polls opened" (someone the
    others do not know of), stay apart; what the count dates, the polls opening, is the election
    day (timeline.dated_clauses keys it apart from the resignation)."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-06-15",
                      "Libyans went to the polls on Saturday to choose a new parliament, with long queues reported "
                      "in several cities and turnout put at about 48 percent."),
        "u.md": _page("United Nations", "2031-06-16",
                      "The Secretary-General congratulates the Libyan people on the orderly conduct of the "
                      "legislative elections held on 14 June."),
        "t.md": _page("Tunis Afrique Wire", "2031-06-15",
                      "Tunisians voted on Saturday in municipal elections marked by low turnout in the capital."),
        "r.md": _page("Libya Review", "2031-06-15",
                      "The chairman of the electoral commission, Imad Sayeh, resigned on Saturday, hours after the "
                      "polls opened, citing pressure from armed groups."),
    })
    assert sorted(sorted({s.doc for s in r.sources}) for r in rows) == [["r"], ["r", "u", "w"], ["t"]]


def test_an_election_day_of_one_people_and_a_vote_naming_no_state_or_of_another_sort_stay_apart(make_corpus):
    """An election day named at no town is one event only where both reports name the same states
    (a people's adjective as its state: "Algerians" is Algeria; naming none, the state the desk
    covers) and not elections of two sorts: a vote in "a dozen southern towns" naming no state and
    "Algerians voted" that day are two, and
    so are the municipal elections and a presidential election of one people on one day; two
    wordings of one people's municipal elections stay one row (timeline.agree)."""
    rows = _rows(make_corpus, {
        "s.md": _page("Fezzan Courier", "2031-11-08",
                      "Residents of a dozen southern towns queued at polling stations on Friday to cast ballots in "
                      "municipal elections, officials said."),
        "g.md": _page("North Africa Wire", "2031-11-08",
                      "Algerians voted on Friday in municipal elections, the interior ministry said, putting turnout "
                      "at 35 percent."),
        "m.md": _page("Sahel Monitor", "2031-11-09",
                      "Moroccans went to the polls on Friday in local elections seen as a test for the ruling "
                      "coalition."),
        "p.md": _page("Atlas Daily", "2031-11-08",
                      "Moroccan voters also chose a head of state on Friday in a presidential election held "
                      "alongside, state television reported."),
        "q.md": _page("Rabat Review (translated)", "2031-11-10",
                      "The Moroccan municipal elections held on 7 November passed without major incident, "
                      "according to observers."),
    })
    groups = sorted(sorted({s.doc for s in r.sources}) for r in rows)
    assert ["g"] in groups and ["s"] in groups and ["p"] in groups
    assert ["m", "q"] in groups


def test_a_car_bomb_near_a_market_and_a_blast_at_a_depot_of_one_city_on_one_day_stay_two_rows(make_corpus):
    """Each report gives a site as the place of what it tells, in words of its own, and they share
    none ("near the vegetable market" / "at an army depot", "a depot explosion"): two happenings,
    however much else they share (a toll, an attribution; timeline.happening_sites, a veto before
    the evidence is weighed).  A site in a name ("the Interior Ministry said") or where the wounded
    were taken ("to hospital") is no such place, and two wordings of the market bomb stay one row."""
    rows = _rows(make_corpus, {
        "m.md": _page("Desert Wire", "2031-04-17",
                      "A car bomb exploded near the vegetable market in Sabha on Thursday, killing six people and "
                      "wounding 14, the Interior Ministry said."),
        "d.md": _page("Fezzan Courier", "2031-04-17",
                      "A depot explosion in Sabha on Thursday killed six people and wounded 14, the Interior "
                      "Ministry said, adding that the wounded were taken to hospital."),
        "t.md": _page("Al-Wasat Arabic (translated)", "2031-04-18",
                      "Six citizens were martyred and 14 wounded when a booby-trapped car blew up beside the "
                      "vegetable market in Sabha on Thursday, a security source said."),
    })
    assert _docs_of(rows, "Sabha") == [["d"], ["m", "t"]]
    # A report naming no site joins one of them, and links them no more (the row keeps the sites
    # its reports share, as it keeps their places).
    rows = _rows(make_corpus, {
        "n.md": _page("Risk Advisory", "2031-04-18",
                      "ALERT: six people were killed and 14 wounded in an explosion in Sabha on Thursday, the "
                      "Interior Ministry said; avoid the city centre."),
    })
    assert not any({"d", "m"} <= {s.doc for s in r.sources} for r in rows)


def test_one_disaster_day_told_by_its_floods_and_by_dams_far_from_their_giving_way_is_one_row(make_corpus):
    """One storm's day told by two outlets, one of them twice: a wire names the town and one toll, a
    second outlet tells two dams above the town giving way with words between the dams and their verb.
    One row; a blast in the capital that day is another.  (A report of the day's storm that names no
    place joins no outlet's town: an evacuation order or a warning told with the storm's words that day
    would join it too.)"""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-03-17",
                      "Floods killed at least 400 people in the town of Marsa Kufra on Sunday, officials said.\n\n"
                      "Residents said two dams above the town gave way late on Sunday, sending a wall of water "
                      "through the centre."),
        "c.md": _page("Coast Courier", "2031-03-18",
                      "Two ageing dams in the hills above Marsa Kufra gave way on Sunday night, the civil defence said."),
        "o.md": _page("Harbour Post", "2031-03-17",
                      "A car bomb exploded outside a bank in Tripoli on Sunday, killing three people."),
    })
    assert sorted(sorted({s.doc for s in r.sources}) for r in rows) == [["c", "w"], ["o"]]
    assert max(len(r.sources) for r in rows) == 3


def test_a_dam_giving_way_far_from_its_noun_is_a_flood_and_talks_collapsing_after_a_dam_word_are_not():
    from libyadesk.timeline import _content

    assert "=flood" in _content("Two ageing dams in the hills above the town gave way on Sunday night")
    assert "=flood" not in _content("The dam project was delayed after talks with the contractor collapsed")


def test_one_election_day_planned_at_its_day_and_at_its_month_is_one_row(make_corpus):
    """The presidential election "scheduled for 24 December", "supposed to take place on December 24" and
    "polls scheduled for December have been shelved" are one planned day at two precisions
    (timeline._set_day_coarser).  Municipal elections planned for that month, and Tunisia's election
    planned for it, are others."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-11-20",
                      "Candidates began campaigning for the presidential election scheduled for 24 December 2031."),
        "m.md": _page("Maghreb Review", "2032-01-10",
                      "The elections, which were supposed to take place on December 24, were postponed amid "
                      "disputes over the candidates."),
        "r.md": _page("Risk Advisory", "2032-01-05",
                      "Polls scheduled for December have been shelved, leaving the interim government in place."),
        "l.md": _page("Coast Courier", "2031-10-02",
                      "Municipal elections planned for December in 15 towns will go ahead, the commission said."),
        "t.md": _page("Harbour Post", "2031-10-03",
                      "Tunisians will vote in a parliamentary election planned for December, officials said."),
    })
    assert sorted(sorted({s.doc for s in r.sources}) for r in rows) == [["l"], ["m", "r", "w"], ["t"]]


def test_a_rulers_fall_named_by_a_noun_is_the_uprising_of_that_year(make_corpus):
    """"Since the fall of Muammar Gaddafi in 2011", "the 2011 fall of Gaddafi" and "the uprising that
    toppled Muammar Gaddafi in 2011" tell one uprising (a ruler falls once).  The 2011 fall of Hosni
    Mubarak, and a fall of oil output in 2011, are others."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-03-12",
                      "Libya has been mired in chaos since the NATO-backed uprising that toppled Muammar Gaddafi "
                      "in 2011."),
        "b.md": _page("Libya Observer Arabic (translated)", "2031-03-13",
                      "The country has known no stable government since the fall of Muammar Gaddafi in 2011, "
                      "analysts say."),
        "d.md": _page("Coast Courier", "2031-03-12",
                      "Oil output has never recovered to the levels seen before the 2011 fall of Gaddafi, the "
                      "company said."),
        "m.md": _page("Nile Courier", "2031-03-12",
                      "Cairo has not seen such protests since the 2011 fall of Hosni Mubarak, residents said."),
        "o.md": _page("Energy Wire", "2031-03-12",
                      "Exports suffered a fall of 40 percent in 2011, the oil ministry's figures show."),
    })
    year = [r for r in rows if r.date == "2011"]
    assert sorted(sorted({s.doc for s in r.sources}) for r in year if len(r.sources) > 1) == [["a", "b", "d"]]
    assert not any({"m", "a"} <= {s.doc for s in r.sources} or {"o", "a"} <= {s.doc for s in r.sources} for r in rows)


def test_one_article_telling_its_disaster_day_twice_is_one_row_and_floods_at_another_town_that_day_another(make_corpus):
    """A wire's lead tells the floods at the town and its next paragraph the storm that hit the coast
    that night: one disaster (timeline._disaster_again).  Another article telling floods at Ghat and then
    at Ubari the same day tells two."""
    rows = _rows(make_corpus, {
        "a.md": _page("Desert Wire", "2031-03-17",
                      "Floods killed at least 400 people in the eastern town of Marsa Kufra on Sunday, officials "
                      "said.\n\nThe storm hit the coast late on Sunday, sweeping whole neighbourhoods into the sea."),
        "g.md": _page("Coast Courier", "2031-02-05",
                      "Floodwaters tore through the old quarter of Ghat on Tuesday, residents said.\n\n"
                      "Heavy flooding hit the town of Ubari on Tuesday, closing the main road."),
    })
    assert sorted(sorted(s.doc for s in r.sources) for r in rows) == [["a", "a"], ["g"], ["g"]]


def test_a_prison_escape_told_three_ways_is_one_row_and_an_escape_elsewhere_or_a_release_that_day_is_not(make_corpus):
    """An escape from custody is one of a kind a prison sees once at a time: told as inmates who got
    out, as a breakout, as a jailbreak, it is one row; an escape from another town's jail that day,
    and prisoners freed by a court there, stay apart."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-04-13",
                      "Dozens of inmates escaped from Jdeida prison in Misrata on Saturday during a riot over food, "
                      "the justice ministry said."),
        "u.md": _page("United Nations", "2031-04-14",
                      "The mission is concerned by the breakout of detainees from Jdeida prison in Misrata on 12 "
                      "April and asks the authorities to account for those who remain."),
        "r.md": _page("Risk Advisory", "2031-04-17",
                      "A jailbreak at Jdeida in Misrata last weekend has raised the risk of armed robbery on the "
                      "coastal road."),
        "g.md": _page("Coast Courier", "2031-04-13",
                      "Prisoners escaped from the jail of Gharyan on Saturday after guards abandoned their posts."),
        "f.md": _page("Desert Wire", "2031-04-13",
                      "A court in Misrata freed 40 detainees held without charge on Saturday, lawyers said."),
    })
    assert _docs_of(rows, "Jdeida") == [["r", "u", "w"]]
    assert _docs_of(rows, "Gharyan") == [["g"]]
    assert _docs_of(rows, "freed") == [["f"]]


def test_a_fire_told_with_its_owner_and_with_its_firefighters_is_one_row(make_corpus):
    """"A fire breaks out in a tank of the Zawiya Oil Refining Company" / "the Zawiya Civil Defence Directorate
    extinguished the fire": who is named with a fire owns what burned or put it out, no side that sets
    two reports apart (data/event_words.toml `befalling`); a clash of two named forces in the town that
    day is another row."""
    rows = _rows(make_corpus, {
        "n.md": _page("National Oil Corporation (Facebook)", "2035-09-03",
                      "#NOC | A fire breaks out this morning in a storage tank of the Zawiya Oil Refining Company, and "
                      "firefighters are working to contain it."),
        "c.md": _page("Zawiya Post", "2035-09-04",
                      "The Zawiya Civil Defence Directorate said its teams extinguished, late yesterday, the fire of "
                      "the storage tank at the Zawiya refinery."),
        "w.md": _page("Desert Wire", "2035-09-03",
                      "The Nasr Brigade and the Abu Surra Brigade clashed near the Zawiya refinery on Monday."),
    })
    assert _docs_of(rows, "extinguished") == [["c", "n"]]
    assert _docs_of(rows, "clashed") == [["w"]]


def test_an_escape_announced_by_a_ministry_and_told_by_a_live_blog_in_two_spellings_is_one_row(make_corpus):
    """"The Ministry of the Interior announces the escape of 54 inmates from the Sebha institution this
    morning" / "inmates escaped from Sabha central prison": the release's announced noun is what its
    date dates (_back_to_the_kind), "Sebha" and "Sabha" are one town's spellings (_places_meet), and the
    capitalised "Ministry" is the body that speaks, no site of the escape (Told.sites).  An escape from
    the Kufra prison that day is another row."""
    rows = _rows(make_corpus, {
        "l.md": _page("Fezzan Live", "2035-08-22",
                      "09:40 - Dozens of inmates escaped from Sabha central prison after armed men rammed the main "
                      "gate with a truck, a security source tells us."),
        "m.md": _page("Ministry of Interior (Facebook)", "2035-08-22",
                      "#Interior | The Ministry of the Interior announces the escape of 54 inmates from the Sebha "
                      "Reform and Rehabilitation Institution this morning, after an attack on its gate."),
        "k.md": _page("Desert Wire", "2035-08-22",
                      "KUFRA, Aug 22 - Twelve prisoners escaped from the Kufra prison on Wednesday, police said."),
    })
    assert _docs_of(rows, "Dozens of inmates") == [["l", "m"]]
    assert _docs_of(rows, "Twelve prisoners") == [["k"]]


def test_a_town_written_with_its_article_hyphenated_is_the_town_written_without(make_corpus):
    """"a fault at the al-Khums power plant" / "the collapse of the Khums power station": a hyphen inside
    a word is no dash opening a phrase, so "Khums" is a proper name of both clauses (proper_names), the
    place of one blackout; a blackout in Benghazi that day is another row."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-01-10",
                      "KHOMS, Jan 10 - A fault at the al-Khums steam power plant plunged much of western Libya into "
                      "darkness on Wednesday, the state power company said."),
        "t.md": _page("Tripoli Daily", "2035-01-11",
                      "Residents of the capital suffered yesterday, Wednesday, from a complete power cut that lasted "
                      "until dawn, after the collapse of the Khums power station."),
        "b.md": _page("Benghazi Post", "2035-01-10",
                      "A power cut plunged Benghazi into darkness on Wednesday after a fault at the Sarir station."),
    })
    assert _docs_of(rows, "Residents of the capital") == [["t", "w"]]
    assert _docs_of(rows, "plunged Benghazi") == [["b"]]


def test_a_stand_that_gave_way_and_fencing_that_collapsed_at_one_stadium_are_one_row(make_corpus):
    """"A section of fencing collapsed under the weight of fans ... on Friday" / "the iron barrier of the
    northern stand gave way yesterday evening": one structure's collapse (data/event_words.toml
    `collapse`, a structure and its verb), one place's once; a wall that collapsed in Tripoli is another."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-02-16",
                      "BENGHAZI, Feb 16 - A section of fencing collapsed under the weight of fans at the Martyrs "
                      "stadium in Benghazi on Friday, injuring 37 people, medics said."),
        "s.md": _page("Benghazi Sport", "2035-02-17",
                      "The Benghazi derby was stopped yesterday evening after the iron barrier of the northern stand "
                      "gave way at the Martyrs stadium."),
        "t.md": _page("Tripoli Daily", "2035-02-16",
                      "An old wall collapsed in the Tripoli medina on Friday, injuring two passers-by."),
    })
    assert _docs_of(rows, "gave way") == [["s", "w"]]
    assert _docs_of(rows, "An old wall") == [["t"]]


def test_a_measles_outbreak_declared_at_one_town_by_three_bodies_is_one_row_and_a_war_s_outbreak_is_none(make_corpus):
    """A disease breaking out at a place (data/event_words.toml `outbreak`: named with its disease) is
    `singular` and `befalling`: the disease centre declaring it in Sebha and the WHO confirming it in
    Sabha that day are one outbreak, whoever each names; a vaccination drive there five days later is
    another; "the outbreak of fighting" is a clash's, no outbreak."""
    from libyadesk.timeline import _content

    assert "=outbreak" not in _content("since the outbreak of fighting between two brigades")
    assert "=outbreak" in _content("confirmed a cholera outbreak in the camp")
    rows = _rows(make_corpus, {
        "c.md": _page("Disease Control Centre (Facebook)", "2035-11-20",
                      "#NCDC | The National Centre for Disease Control announces the registration of an outbreak "
                      "of measles in the city of Sebha, with 41 confirmed cases, and calls on parents to "
                      "vaccinate their children."),
        "w.md": _page("WHO Libya", "2035-11-20",
                      "WHO supports the Libyan health authorities as they confirm a measles outbreak in Sabha "
                      "today."),
        "v.md": _page("Desert Wire", "2035-11-25",
                      "SABHA, Nov 25 - Health workers began a vaccination drive for 90,000 children in Sabha on "
                      "Sunday, the disease control centre said."),
    })
    assert _docs_of(rows, "outbreak") == [["c", "w"]]
    assert _docs_of(rows, "vaccination drive") == [["v"]]


def test_a_vaccination_campaign_told_as_a_drive_and_as_a_campaign_against_a_disease_is_one_row(make_corpus):
    """"began a polio vaccination drive in Ubari on Sunday" / "launched yesterday, Sunday, the immunisation
    campaign against polio in Awbari": one campaign (data/event_words.toml `vaccination`: its phrases take
    "campaign" before the offensive's "campaign against"); an army's campaign against smugglers there that
    day is another."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-03-12",
                      "UBARI, March 12 - Health workers began a polio vaccination drive for 40,000 children in "
                      "Ubari on Sunday, the disease control centre said."),
        "m.md": _page("Ministry of Health (Facebook)", "2035-03-12",
                      "#Ministry_of_Health | The Minister of Health, Dr. Salem Roe, launched yesterday, Sunday, "
                      "the immunisation campaign against polio in Awbari, from the town's main clinic."),
        "a.md": _page("Coast Courier", "2035-03-12",
                      "The army launched a campaign against smugglers in Awbari on Sunday, a military spokesman "
                      "said."),
    })
    assert _docs_of(rows, "polio") == [["m", "w"]]
    assert _docs_of(rows, "smugglers") == [["a"]]
