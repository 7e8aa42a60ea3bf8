"""Days and kinds that kept one event's reports apart (timeline.py, data/event_words.toml,
data/anaphora.toml, data/captions.toml; texts are our own): a past written as its present after a
singular subject is no picture's caption; a measure "from this morning" is of that day; flights
"cancelled today" were called off today, no plan of today; a sandstorm told at no place joins the
one told at a town that day; a tanker seized is in custody, as the one intercepted; a town that
sets a scene is not where a happening "in Libya" was."""

from __future__ import annotations

from helpers import docs_of as _docs_of, page_rows, rows_with, story_page as _page, story_rows as _rows

from libyadesk.timeline import _content, _singular_subject_past


def test_a_past_like_its_present_after_a_singular_subject_is_no_caption(make_corpus):
    assert _singular_subject_past("A thick sandstorm hit the port town on Tuesday.")
    assert _singular_subject_past("The storm cut power to the harbour on Tuesday.")
    assert not _singular_subject_past("The children cut a ribbon at the school on Tuesday.")
    assert not _singular_subject_past("Two workers cut the fence on Tuesday.")
    # Only the line's subject: a participle after an object, or "of" after a plural, is no past.
    for caption in ("A man inspects a car hit by a rocket in Abu Salim on Monday.",
                    "A man inspects his car hit in the shelling in Abu Salim on Monday.",
                    "The displaced set up tents in a schoolyard in Derna on Tuesday.",
                    "A power cut plunges central Tripoli into darkness on Monday.",
                    "A building hit in overnight shelling burns in Abu Salim on Monday.",
                    "Residents walk along a road cut by floodwaters in Derna on Monday.",
                    "Members of the municipal council cut a ribbon at the new school in Misrata on Monday."):
        assert not _singular_subject_past(caption), caption
    body = "The council met in Qasr Zuwayt on Monday.\n\nA sandstorm hit the port town of Qasr Zuwayt on Tuesday.\n"
    assert rows_with(page_rows(make_corpus, "2071-03-18", body), "sandstorm hit") == {("2071-03-17", "event")}
    # A plural's present on a line of its own, ending with its day, is still a picture's caption.
    body = ("The council met in Qasr Zuwayt on Monday.\n\nThe children cut a ribbon at the new school in Qasr "
            "Zuwayt on Tuesday.\n")
    assert rows_with(page_rows(make_corpus, "2071-03-18", body), "cut a ribbon") == set()


def test_a_measure_from_this_morning_is_of_that_day(make_corpus):
    body = ("#Civil_Aviation | The Civil Aviation Authority announces the suspension of all take-offs and landings "
            "at Qasr Zuwayt Airport from this morning, Wednesday, because of a thick sandstorm. #Sandstorm")
    assert rows_with(page_rows(make_corpus, "2071-03-18", body), "suspension of all") == {("2071-03-18", "event")}
    # A word of moving far before it moves no plan.
    body = ("After the move of its offices to the new terminal, the Civil Aviation Authority announces the "
            "suspension of all flights at Qasr Zuwayt Airport from this morning, Wednesday, because of a sandstorm.")
    assert rows_with(page_rows(make_corpus, "2071-03-18", body), "suspension of all") == {("2071-03-18", "event")}
    # "from" a day that is no day of writing still says where a span starts, and dates nothing here.
    body = "The council met on Monday.\n\nThe airport had been closed from Wednesday, officials said in a statement."
    assert rows_with(page_rows(make_corpus, "2071-03-20", body), "closed from") == set()
    # A span counted from today, a comparison and a plan moved from today date nothing today.
    for said in ("Two weeks from today, voters in 58 municipalities will go to the polls.",
                 "The country of 2010 was very different from today, analysts say.",
                 "The country of 2011 differed sharply from today, the analyst said.",
                 "Aside from today, the crossing will remain open around the clock, the ministry said.",
                 "A fortnight from today, voters in 58 municipalities will go to the polls.",
                 "The cup final, shifted from tonight because of the clashes, will be played on Friday.",
                 "The exams were postponed from today to next week because of the clashes, the ministry said."):
        rows = page_rows(make_corpus, "2071-03-18", "The council met on Monday.\n\n" + said)
        assert not any(date == "2071-03-18" for date, _, _ in rows), (said, rows)


def test_flights_cancelled_today_were_called_off_today(make_corpus):
    body = ("Passenger notice\n18 March 2071 – Sahara Air informs its passengers that all its flights to and from Qasr "
            "Zuwayt are cancelled today because of the sandstorm over eastern Libya. Passengers may rebook.")
    assert rows_with(page_rows(make_corpus, "2071-03-18", body), "are cancelled today") == {("2071-03-18", "event")}
    # The plan a word of putting off names is still the plan's day.
    body = "The council met on Monday.\n\nThe commission postponed the 24 March elections, officials said."
    assert rows_with(page_rows(make_corpus, "2071-03-18", body), "postponed the 24 March") == {("2071-03-24", "scheduled")}
    # "tonight's derby" is the plan put off; "on the ground today" no act of the day.
    body = ("The council met on Monday.\n\nThe football federation on Sunday postponed tonight's derby because of "
            "the clashes.")
    assert ("2071-03-18", "scheduled") in rows_with(page_rows(make_corpus, "2071-03-18", body), "tonight's derby")
    body = "The council met on Monday.\n\nThe reality on the ground today is that two governments claim the country."
    assert rows_with(page_rows(make_corpus, "2071-03-18", body), "on the ground") == set()


def test_a_sandstorm_told_at_no_place_joins_the_town_of_that_day(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Gulf Wire", "2071-03-18",
                      "QASR ZUWAYT, Libya, Mar 18 - A sandstorm grounded all flights at airports in eastern Libya on "
                      "Wednesday, cutting visibility in Qasr Zuwayt to less than 100 metres, officials said."),
        "h.md": _page("Jabal Herald (translated from Arabic)", "2071-03-19",
                      "The sandstorm that paralysed Labraq Airport yesterday, Wednesday, left hundreds of travellers "
                      "sleeping on the benches of the departure hall, among them pilgrims."),
    })
    assert _docs_of(rows, "sandstorm") == [["h", "w"]]


def test_sandstorms_of_two_parts_of_the_country_stay_apart(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Gulf Wire", "2071-03-18",
                      "QASR ZUWAYT, Libya, Mar 18 - A sandstorm grounded all flights at airports in eastern Libya on "
                      "Wednesday, cutting visibility in Qasr Zuwayt to less than 100 metres, officials said."),
        "s.md": _page("Desert Voice", "2071-03-19",
                      "The sandstorm that swept the south yesterday, Wednesday, buried farms and cut the road with "
                      "dunes, residents said."),
    })
    assert _docs_of(rows, "sandstorm") == [["s"], ["w"]]


def test_a_sandstorm_and_a_flood_of_one_day_stay_apart(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Gulf Wire", "2071-03-18",
                      "QASR ZUWAYT, Libya, Mar 18 - A sandstorm grounded all flights at airports in eastern Libya on "
                      "Wednesday, cutting visibility in Qasr Zuwayt to less than 100 metres, officials said."),
        "f.md": _page("Jabal Herald (translated from Arabic)", "2071-03-19",
                      "The flash flood that swept the valley yesterday, Wednesday, left hundreds of families "
                      "sleeping in the schools of the town."),
    })
    assert _docs_of(rows, "sandstorm") == [["w"]]


def test_a_tanker_seized_is_in_custody_as_one_intercepted(make_corpus):
    assert "=ship_seizure" in _content("The coast guard seized a tanker carrying smuggled diesel off Zuwara")
    assert "=ship_seizure" in _content("before the tanker seized yesterday, Friday, by the coast guard was towed")
    assert "=ship_seizure" not in _content("Rebels seized the airport at dawn")
    # A port taken in a war stays a seizure, whatever shipping or boats the clause names.
    assert _content("Forces seized the port of Sirte on Friday, shipping agents said").count("=seizure") == 1
    assert "=ship_seizure" not in _content("Militants seized the town and fled by boat")
    assert "=ship_seizure" not in _content("Haftar's forces seized the Ras Lanuf terminal, where a tanker was loading")
    for said in ("The Ras Lanuf tanker terminal was seized by Haftar's forces on Friday",
                 "Tanker drivers protesting unpaid wages seized the Brega fuel depot on Friday",
                 "A tanker truck loaded with smuggled fuel was seized at a checkpoint near Zuwara"):
        assert "=ship_seizure" not in _content(said), said
    rows = _rows(make_corpus, {
        "g.md": _page("Coast Guard (Facebook)", "2071-09-11",
                      "#Coast_Guard | The patrol boat Zawiya 2 intercepted at dawn today, Friday, 14 nautical miles "
                      "north of Qasr Zuwayt the Togo-flagged tanker SEA LARK, carrying 1.3 million litres of smuggled "
                      "diesel, and detained its crew of nine."),
        "l.md": _page("Qasr Zuwayt Today", "2071-09-12",
                      "The fishermen of the port of Qasr Zuwayt say they saw the SEA LARK anchored for three nights off "
                      "the coast before the tanker seized yesterday, Friday, by the coast guard was towed to the port."),
    })
    assert _docs_of(rows, "SEA LARK") == [["g", "l"]]


def test_a_town_setting_the_scene_is_not_where_a_happening_in_libya_was(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Gulf Wire", "2071-04-02",
                      "QASR ZUWAYT, Libya, Apr 2 - Gunmen abducted two Egyptian engineers and a Croatian colleague on "
                      "the coastal road east of Qasr Zuwayt on Thursday, local officials said."),
        "e.md": _page("Delta Daily (translated from Arabic)", "2071-04-03",
                      "Mansoura, April 3 – In the town of Kafr Saad, the family of Engineer Hamdi Abdelrahim, one of the "
                      "two Egyptian engineers abducted in Libya yesterday, Thursday, with a Croatian colleague, has not "
                      "left the telephone since the news arrived."),
    })
    assert _docs_of(rows, "abducted") == [["e", "w"]]


def test_a_town_told_as_where_the_happening_was_stays_apart(make_corpus):
    # Two towns each told as where the happening was stay apart ("abducted in the town of Kafr Saad").
    rows = _rows(make_corpus, {
        "w2.md": _page("Gulf Wire", "2071-04-02",
                       "QASR ZUWAYT, Libya, Apr 2 - Gunmen abducted two Egyptian engineers on the coastal road east "
                       "of Qasr Zuwayt on Thursday, local officials said."),
        "e2.md": _page("Delta Daily (translated from Arabic)", "2071-04-03",
                       "Mansoura, April 3 – Two Egyptian engineers were abducted in the town of Kafr Saad yesterday, "
                       "Thursday, their families said."),
    })
    assert sorted(_docs_of(rows, "abducted")) == [["e2"], ["w2"]]


def test_a_scope_in_libya_leaves_the_town_where_it_happened(make_corpus):
    # "the deadliest recorded in Libya this year" is a scope of another date: the clashes were in Zawiya.
    rows = _rows(make_corpus, {
        "a.md": _page("Gulf Wire", "2071-04-06",
                      "In Zawiya, fierce clashes between rival armed groups erupted on Monday, the deadliest recorded "
                      "in Libya this year, residents said."),
        "b.md": _page("Desert Voice", "2071-04-06",
                      "Clashes between rival armed groups erupted in Gharyan on Monday, killing two people, a "
                      "hospital official said."),
    })
    assert sorted(_docs_of(rows, "Clashes") + _docs_of(rows, "clashes")) == [["a"], ["b"]]


def test_a_flood_that_began_on_a_day_joins_the_flood_of_that_day(make_corpus):
    rows = _rows(make_corpus, {
        "d.md": _page("Gulf Wire", "2071-09-12",
                      "DERNA, Libya, Sept 12 - The flooding swept away whole families in Derna on Monday, rescuers said."),
        "f.md": _page("Desert Voice", "2071-09-13",
                      "The flood that began on Monday killed thousands of people, officials said."),
    })
    assert _docs_of(rows, "flood") == [["d", "f"]]


def test_a_continent_or_a_direction_from_a_town_is_no_part_of_the_country(make_corpus):
    rows = _rows(make_corpus, {
        "d.md": _page("Gulf Wire", "2071-09-12",
                      "DERNA, Libya, Sept 12 - The flooding swept away whole families in Derna on Monday after two "
                      "dams south of the city burst, in the deadliest storm to hit North Africa in a century."),
        "f.md": _page("Desert Voice", "2071-09-13",
                      "The flood that began on Monday in eastern Libya killed thousands of people, officials said."),
    })
    assert _docs_of(rows, "flood") == [["d", "f"]]
