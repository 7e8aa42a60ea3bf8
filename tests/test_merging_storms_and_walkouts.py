"""Kinds of happening and dates that kept reports of one event apart (timeline.py, dates.py and
data/event_words.toml; texts are our own): a sandstorm is a disaster, so the storm and the port it
shut are one row; strikes of arms told beside a time stay strikes; a resignation in other words
("stepped down") is one kind; "the will of Allah" and "may Allah
have mercy on them" say no future, "will of course vote" does; a date inside an apposition's
relative clause (", an engineer who joined the government in 2064,") does not move the story, nor
a day looked back to after the day told, so a count after it counts from the news; elections
before a day of the news are a plan, an election law is not; a strike that begins is a walkout, a
digest's "Cholera is declared" an outbreak, and a site near another counts both."""

from __future__ import annotations

from helpers import docs_of as _docs_of, page_rows, rows_with, story_page as _page, story_rows as _rows

from libyadesk.timeline import _content


def test_a_sandstorm_is_a_disaster_of_its_own_kind():
    assert "=sandstorm" in _content("A thick sandstorm engulfed the city on Monday")
    assert "=sandstorm" in _content("A qibli storm blankets the town in dust")
    assert "=sandstorm" in _content("the dust storm that has been affecting the coast since noon")
    assert "=sandstorm" not in _content("Storm clouds gathered over the sand dunes")


def test_a_storm_and_the_port_it_shut_are_one_row(make_corpus):
    rows = _rows(make_corpus, {
        "m.md": _page("Weather Centre (Facebook)", "2071-05-18",
                      "Urgent warning: the centre warns that the dust storm that has been affecting since noon today, "
                      "Monday, the coast of Darnah Bay will continue, with visibility below 50 metres in Qasr Zuwayt."),
        "w.md": _page("Gulf Wire", "2071-05-18",
                      "QASR ZUWAYT, May 18 - A thick sandstorm engulfed the port town of Qasr Zuwayt on Monday, "
                      "cutting visibility to a few metres and shutting its harbour."),
        "b.md": _page("The Week", "2071-05-23", "- Mon 18 May: A sandstorm shuts Qasr Zuwayt's harbour."),
    })
    assert _docs_of(rows, "sandstorm engulfed") == [["b", "m", "w"]]


def test_strikes_of_arms_told_beside_a_time_stay_strikes():
    # phrases are matched across punctuation: "a 48-hour strike" would take "the early hours, strikes hit"
    for said in ("In the early hours of Sunday, strikes hit the refinery", "Over two days, strikes by warplanes killed 12",
                 "Drones staged a strike on the air base"):
        assert "=walkout" not in _content(said), said
    assert "=walkout" in _content("Dockworkers went on strike over unpaid bonuses")
    # workers named after "of" own the strike
    assert "=walkout" in _content("The strike of the teachers entered its third day")
    assert "=walkout" in _content("a strike of dockworkers at the port of Misrata")


def test_a_resignation_in_other_words_is_one_kind():
    assert "=resignation" in _content("The transport minister stepped down on Thursday")
    assert "=resignation" in _content("The minister submitted his resignation to the prime minister")
    assert "=resignation" in _content("The minister resigned on Thursday")


def test_the_will_of_god_says_no_future(make_corpus):
    body = ("With hearts that believe in the will of Allah, the Municipal Council mourns the victims of the collapse "
            "of the Wadi Kaam bridge at dawn today, Saturday, which killed four citizens, may Allah have mercy on them.")
    assert rows_with(page_rows(make_corpus, "2071-04-04", body), "mourns the victims") == {("2071-04-04", "event")}
    body = "The two councils showed the political will to end the dispute, and will meet again on Saturday."
    assert ("2071-04-11", "scheduled") in rows_with(page_rows(make_corpus, "2071-04-08", body), "will meet again")
    body = "The House will of course vote on the budget on Saturday, its spokesman said."
    assert rows_with(page_rows(make_corpus, "2071-04-08", body), "will of course") == {("2071-04-11", "scheduled")}


def test_a_date_in_an_apposition_moves_no_story(make_corpus):
    body = ("TRIPOLI, April 22 - The transport minister, Tawfiq Essawi, resigned on Wednesday over the state of the roads.\n\n"
            "Essawi, an engineer who joined the government in 2064, said his ministry had received a third of what "
            "it asked for.\n\n"
            "His departure came two days after parliament passed a budget that cut spending on roads by half.")
    rows = page_rows(make_corpus, "2071-04-23", body)
    assert rows_with(rows, "His departure came") == {("2071-04-20", "event")}
    assert rows_with(rows, "an engineer who joined") == {("2064", "background")}


def test_a_date_after_the_day_told_that_looks_back_moves_no_story(make_corpus):
    body = ("TRIPOLI, April 22 - The transport minister resigned on Wednesday over the collapse of the Wadi Kaam "
            "bridge near Msallata on April 3, which killed four people. His departure came two days after "
            "parliament passed a budget that cut spending on roads by half.")
    rows = page_rows(make_corpus, "2071-04-23", body)
    assert rows_with(rows, "His departure came") == {("2071-04-20", "event")}
    # a later day told after it is the story going on
    body = ("Gunmen seized the council building on Monday, and on Wednesday after the talks they left it. "
            "Two days later the council met again.")
    assert rows_with(page_rows(make_corpus, "2071-04-23", body), "Two days later") == {("2071-04-24", "event")}
    # the day a saying was told on: what was said came before it, and the story goes on from there
    body = ("The coast guard said on Thursday it had rescued 60 migrants after their boat sank off Garabulli on Monday. "
            "The boat had set out from Zuwara the previous day.")
    assert rows_with(page_rows(make_corpus, "2071-04-24", body), "The boat had set out") == {("2071-04-19", "event")}
    # a day counted from the news ("yesterday") after the dateline is the news's own day
    body = ("Tripoli, 14 April 2071 - At least 31 migrants are missing after their boat capsized off Zuwara "
            "yesterday (13 April), the agency said today. On the same day, 212 migrants were intercepted off Sabratha.")
    assert rows_with(page_rows(make_corpus, "2071-04-14", body), "On the same day") == {("2071-04-13", "event")}


def test_an_election_law_passed_on_the_day_of_the_news_is_news(make_corpus):
    # a day is no period the article was written in: "election ... on Tuesday" in Tuesday's wire
    rows = page_rows(make_corpus, "2071-04-21", "Parliament passed an election law on Tuesday that could open the way "
                                               "to a national vote.")
    assert rows_with(rows, "passed an election law") == {("2071-04-21", "event")}
    # elections on the day of the news are still a plan when nothing tells them held
    rows = page_rows(make_corpus, "2071-04-19", "Many residents doubt the municipal elections on Sunday can be secured.")
    assert rows_with(rows, "municipal elections") == {("2071-04-19", "scheduled")}
    # a period holding the publication still makes elections in it a plan
    rows = page_rows(make_corpus, "2071-02-10", "Many doubt that elections in 2071 will be held at all.")
    assert rows_with(rows, "elections in 2071") == {("2071", "scheduled")}


def test_a_strike_that_begins_or_enters_its_days_is_a_walkout():
    assert "=walkout" in _content("patients are losing access to care since the strike began on 3 May")
    assert "=walkout" in _content("The strike entered its fifth day on Thursday")
    assert "=walkout" not in _content("The strike hit a fuel depot near the airport on Monday")
    # strikes of arms that begin or start something
    assert "=walkout" not in _content("NATO air strikes began on 19 March 2011")
    assert "=walkout" not in _content("The air strike started a fire at the depot")


def test_a_strike_told_by_its_start_joins_the_walkout_of_that_day(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Gulf Wire", "2071-05-03",
                      "TRIPOLI, May 3 - Nurses in Libya's public hospitals went on an open-ended strike on Sunday over "
                      "unpaid allowances, leaving only emergency wards open in Tripoli, Misrata and Sabha."),
        "n.md": _page("Care First", "2071-05-06",
                      "TRIPOLI, 6 May 2071 - Care First is concerned for patients with chronic diseases in Tripoli, who "
                      "are losing access to care in public hospitals since the strike began on 3 May."),
    })
    assert _docs_of(rows, "open-ended strike") == [["n", "w"]]


def test_a_cloudburst_is_a_flood():
    # "drowned" alone is a killing's word; the cloudburst that drowned a town is its flood
    assert "=flood" in _content("In the south, a cloudburst drowned parts of Ghat in June")
    assert "=flood" in _content("A cloudburst floods Ghat; three dead")


def test_a_digest_line_naming_the_disease_declared_is_the_outbreak():
    assert "=outbreak" in _content("Cholera is declared in Ghat after two deaths")
    assert "=outbreak" not in _content("Measles was declared eliminated in Ghat")


def test_a_digest_line_of_a_disease_declared_joins_the_declaration(make_corpus):
    rows = _rows(make_corpus, {
        "c.md": _page("Disease Control Centre (Facebook)", "2071-03-10",
                      "The Centre declares today, Tuesday, an outbreak of cholera in the municipality of Ghat, after "
                      "the laboratory confirmed eleven cases and two deaths."),
        "d.md": _page("The Month", "2071-04-01", "- 10 Mar: Cholera is declared in Ghat after two deaths."),
    })
    assert _docs_of(rows, "outbreak of cholera") == [["c", "d"]]


def test_a_site_near_another_counts_both():
    from libyadesk.timeline import happening_sites

    assert happening_sites("A fire broke out in the central fish market near the port") == {"market", "port"}
    assert happening_sites("Gunmen attacked a checkpoint near the airport") == {"checkpoint", "airport"}


def test_a_site_near_another_joins_a_report_of_the_first(make_corpus):
    rows = _rows(make_corpus, {
        "m.md": _page("Zawiya Municipality (Facebook)", "2071-04-17",
                      "The Municipal Council announces that a huge fire broke out at dawn today, Friday, in the old "
                      "fish market near the port, destroying 30 stalls."),
        "w.md": _page("Gulf Wire", "2071-04-17",
                      "TRIPOLI, April 17 - A fire swept through the fish market of the western town of Zawiya on "
                      "Friday, destroying most of its stalls."),
    })
    assert _docs_of(rows, "huge fire") == [["m", "w"]]


def test_a_blackout_told_nationwide_by_two_outlets_is_one_row(make_corpus):
    rows = _rows(make_corpus, {
        "g.md": _page("Electricity Company (Facebook)", "2071-07-09",
                      "The General Electricity Company regrets to announce that a total blackout occurred at 2:20 this "
                      "afternoon, Thursday, on the national grid, across the western and southern regions."),
        "w.md": _page("Gulf Wire", "2071-07-09",
                      "TRIPOLI, July 9 - A nationwide power blackout hit Libya on Thursday afternoon as temperatures "
                      "topped 46 degrees, cutting electricity from the capital to the southern oases."),
    })
    assert _docs_of(rows, "total blackout") == [["g", "w"]]
    # a blackout of one town and the nationwide one of that day: a town apart
    rows = _rows(make_corpus, {
        "g.md": _page("Electricity Company (Facebook)", "2071-07-09",
                      "The General Electricity Company regrets to announce that a total blackout occurred at 2:20 this "
                      "afternoon, Thursday, on the national grid."),
        "b.md": _page("Gulf Wire", "2071-07-09",
                      "SABHA, July 9 - A fire at a substation caused a blackout in Sabha on Thursday afternoon."),
    })
    assert len(_docs_of(rows, "total blackout")) == 1 and ["b", "g"] not in _docs_of(rows, "total blackout")


def test_a_fire_of_one_town_shocking_the_whole_country_is_no_nationwide_fire(make_corpus):
    # a country has one grid but many fires: "across the country", "the whole country" make no one fire
    rows = _rows(make_corpus, {
        "f1.md": _page("Gulf Wire", "2071-07-09", "TRIPOLI, July 9 - Wildfires raged across the country on Thursday as "
                                                 "temperatures topped 48 degrees."),
        "m1.md": _page("Desert Post", "2071-07-09",
                      "MISRATA, July 9 - A huge fire broke out on Thursday at the vegetable market in Misrata, shocking "
                      "the whole country."),
    })
    assert _docs_of(rows, "Wildfires raged") == [["f1"]]
