"""Dated statements found with the right date and kind (issue 12, round 5), on texts written for
these tests: counts from an event the page told ("a week after the flood"), an anniversary's day as
background while the marking is the story's, plans whose day is named ("targeting 14 December
polls", "set 20 October as the date"), and undated sentences that go on with the day just told (a
passive after "Despite the truce,", a quote's "she added" after a meeting, a quote tagged by "the
envoy").
"""

from __future__ import annotations

import pytest

from helpers import page_rows, rows_with


# ---------------------------------------------------------------------------
# "N after/before the X", X an event the page told with its day: counted from that day.

FLOOD = "Heavy rain flooded the town of Ghat on 3 May, destroying dozens of homes.\n\n"


@pytest.mark.parametrize("body,piece,date", [
    (FLOOD + "Officials said alerts sent 48 hours before the flooding were ignored.", "alerts sent", "2024-05-01"),
    (FLOOD + "Power was restored to the old quarter barely a week after the deadly flood, residents said.",
     "Power was restored", "2024-W19"),
    ("A tanker spilled crude off Zuwara on 2 April, the coast guard said.\n\n"
     "Oil reached the beaches of Sabratha three days after the spill, fishermen said.", "Oil reached", "2024-04-05"),
])
def test_a_count_from_a_told_event_counts_from_its_day(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == {(date, "event")}


def test_a_count_in_a_sentence_with_its_own_date_still_dates_the_named_event(make_corpus):
    # "entered the town on 4 May ..., two days after the advance": the clause has its day; the count
    # dates the advance (counted back from it), not the clause again.
    body = ("Hifter ordered the advance on Gharyan on 2 May.\n\n"
            "His forces entered the town on 4 May with little resistance, two days after the advance.")
    assert ("2024-05-04", "event") in rows_with(page_rows(make_corpus, "2024-05-17", body), "His forces entered")
    assert ("2024-05-06", "event") not in rows_with(page_rows(make_corpus, "2024-05-17", body), "His forces entered")


# ---------------------------------------------------------------------------
# An anniversary: the day marked is background; the marking is the story's day.

def test_an_anniversary_is_marked_on_the_story_day_and_its_day_is_background(make_corpus):
    body = ("Festivities for the 13th anniversary of the February 17 Revolution started in Martyrs' Square "
            "in Tripoli.\n\nThe prime minister gave a speech to the crowd in the evening.")
    rows = page_rows(make_corpus, "2024-02-19", body)
    assert rows_with(rows, "Festivities") == {("2024-02-19", "event"), ("2011-02-17", "background")}
    assert rows_with(rows, "gave a speech") == {("2024-02-19", "event")}


def test_the_day_an_anniversary_marks_does_not_move_the_story(make_corpus):
    body = ("Residents of Benghazi on Monday marked the anniversary of the September 1 revolution with a rally.\n\n"
            "Earlier in the day, a commemoration of the 1969 coup was held at the old barracks.")
    rows = page_rows(make_corpus, "2024-09-05", body)
    assert ("2024-09-02", "event") in rows_with(rows, "Earlier in the day")
    assert ("1969-09-01", "event") not in rows_with(rows, "Earlier in the day")


# ---------------------------------------------------------------------------
# Plans whose day is named: "targeting 14 December polls", "set 20 October as the date".

@pytest.mark.parametrize("body,piece,date", [
    ("Parties are campaigning in a race targeting 14 December polls.", "targeting", "2024-12-14"),
    ("Lawmakers adopted a plan that set 20 October as the date for local elections.", "set 20 October", "2024-10-20"),
])
def test_a_named_plan_day_is_scheduled_ahead(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == {(date, "scheduled")}


# ---------------------------------------------------------------------------
# Undated sentences that go on with the day just told.

@pytest.mark.parametrize("body,piece,date", [
    ("Armed groups agreed a truce on Sunday. Despite the truce, shots were fired near the market.",
     "shots were fired", "2024-05-12"),
    ("The envoy met the mayor of Ghat on Wednesday. \"This is a new chapter for the town,\" she added.",
     "she added", "2024-05-15"),
    ("The envoy said in Zuwara on Monday that the talks would resume. \"We are here to listen,\" the envoy said.",
     "the envoy said", "2024-05-13"),
])
def test_an_undated_sentence_goes_on_with_the_day_just_told(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == {(date, "event")}


@pytest.mark.parametrize("body,piece", [
    # "said" after an act that reported no words: the quote may be from a later interview.
    ("The army retook the town on Monday. \"It was hell,\" the commander said.", "It was hell"),
    # "Then there were ...": no act.
    ("Clashes broke out near the port on Monday. Then there were rumours of a truce.", "rumours"),
])
def test_no_day_is_inherited_without_a_going_on(make_corpus, body, piece):
    assert not rows_with(page_rows(make_corpus, "2024-05-17", body), piece)


# ---------------------------------------------------------------------------
# "in (less than) two weeks" in a clause about the future: the time it fixes, from the publication;
# "By late March output fell": the time reached, told in the past, not a deadline.

LEAD = "Officials met on Monday in Tripoli to discuss security.\n\n"


@pytest.mark.parametrize("body,piece,date", [
    (LEAD + "The parliament will vote on the budget in less than two weeks.", "vote on the budget", "2024-W22"),
    (LEAD + "The health ministry expects the vaccine shipment to arrive in four days.", "vaccine", "2024-05-20"),
])
def test_a_plan_in_a_count_of_units_is_dated_from_the_publication(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-16", body), piece) == {(date, "scheduled")}


def test_a_count_of_units_in_the_past_dates_nothing(make_corpus):
    assert not rows_with(page_rows(make_corpus, "2024-05-16", LEAD + "The army took the town in two days."), "took the town")


@pytest.mark.parametrize("body,piece,date", [
    (LEAD + "By late March production dropped to 900,000 barrels a day.", "production dropped", "2024-03"),
    (LEAD + "By the end of April the fighters had left the port.", "fighters had left", "2024-04"),
])
def test_by_a_time_told_in_the_past_is_the_time_reached(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-16", body), piece) == {(date, "event")}


def test_by_a_time_in_a_plan_stays_a_deadline(make_corpus):
    assert ("2024-06", "event") not in rows_with(
        page_rows(make_corpus, "2024-05-16", LEAD + "By June the parliament must approve the budget."), "must approve")


def test_days_after_a_told_event_is_the_month_a_few_days_on(make_corpus):
    body = FLOOD + "An army engineering unit that reached the town days after the flood has cleared the main road."
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), "engineering unit") == {("2024-05", "event")}


def test_days_after_an_event_not_told_dates_nothing(make_corpus):
    body = "Officials met on Monday in Tripoli.\n\nA unit that reached the town days after the storm cleared the road."
    assert not rows_with(page_rows(make_corpus, "2024-05-17", body), "cleared the road")


def test_hours_after_a_told_event_is_its_day(make_corpus):
    body = ("Gunmen shelled the port of Zuwara on 2 May, the coast guard said.\n\n"
            "The municipal council met on 5 May to discuss the damage.\n\n"
            "Fishermen said the coast guard closed the harbour hours after the shelling.")
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), "closed the harbour") == {("2024-05-02", "event")}


# ---------------------------------------------------------------------------
# "since an uprising toppled X": an onset at the year the page gives that event elsewhere.

def test_since_a_named_event_is_an_onset_at_the_year_the_page_gives_it(make_corpus):
    body = ("Libya has been in turmoil since an uprising toppled Muammar Qaddafi, the envoy said on Monday.\n\n"
            "The 2011 uprising was backed by NATO air strikes.")
    assert ("2011", "onset") in rows_with(page_rows(make_corpus, "2022-05-20", body), "in turmoil since")


def test_since_a_named_event_the_page_gives_two_years_dates_nothing(make_corpus):
    body = (LEAD + "The country has been divided since the war, analysts say.\n\n"
            "The war of 2014 split the institutions, and the war of 2019 deepened the split.")
    assert not rows_with(page_rows(make_corpus, "2024-05-16", body), "divided since the war")


# ---------------------------------------------------------------------------
# Quote tags spoken on the occasion just told: "upon arrival", "after the meeting", and the
# speaker's "today" inside the quote, which is the day spoken on.

@pytest.mark.parametrize("body,piece,date", [
    ("The foreign minister arrived in Benghazi on Tuesday. \"We will rebuild,\" the minister said upon arrival.",
     "said upon arrival", "2024-05-14"),
    ("The two leaders met in Rome on Wednesday. \"A new page opens today,\" Meloni said after the meeting.",
     "after the meeting", "2024-05-15"),
    ("The envoy met the mayor of Ghat on Tuesday. \"Today we start again,\" she added.", "start again", "2024-05-14"),
])
def test_a_quote_spoken_on_the_occasion_just_told_takes_its_day(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == {(date, "event")}


def test_a_quote_tagged_said_after_an_act_with_no_occasion_takes_no_day(make_corpus):
    body = "The two leaders met in Rome on Wednesday. \"Italy is a friend,\" Meloni said."
    assert ("2024-05-15", "event") not in rows_with(page_rows(make_corpus, "2024-05-17", body), "Italy is a friend")


def test_targeting_is_no_future_marker_of_its_clause(make_corpus):
    # "targeting" before a date aims at it; elsewhere in the clause it says nothing of the future.
    rows = page_rows(make_corpus, "2024-05-17", "Drones targeting a convoy on Monday killed five fighters.")
    assert rows_with(rows, "Drones targeting") == {("2024-05-13", "event")}


def test_an_anniversary_told_after_the_lead_is_of_the_day_the_story_reached(make_corpus):
    body = ("The prime minister arrived in Misrata on Saturday for a two-day visit.\n\n"
            "Celebrations for the 13th anniversary of the February 17 Revolution began in the city's main square.")
    rows = page_rows(make_corpus, "2024-02-21", body)
    assert rows_with(rows, "Celebrations") == {("2024-02-17", "event"), ("2011-02-17", "background")}


# ---------------------------------------------------------------------------
# Review of round 5: the cues above kept to what they mean.

@pytest.mark.parametrize("body,piece,date", [
    # "targeting" a day in a clause told in the past, no plan noun after it: that day is past.
    ("GHAT, May 17 (Desk) - A drone strike targeting the 2 May meeting killed three guards, "
     "residents said.", "drone strike", "2024-05-02"),
    ("Gunboats targeting the 9 May convoy off Zuwara were sent from Misrata, the navy said.", "Gunboats", "2024-05-09"),
])
def test_targeting_a_day_in_a_past_clause_is_a_past_event(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == {(date, "event")}


def test_targeting_a_day_of_polls_told_in_the_past_is_still_ahead(make_corpus):
    body = "Parties agreed on a road map targeting 3 March elections, the envoy said."
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), "road map") == {("2025-03-03", "scheduled")}


@pytest.mark.parametrize("body,piece", [
    # the other sentence's year is a plan after the publication
    ("The town has had no elected mayor since the election, residents say. The council said a new "
     "election is due in March 2026.", "elected mayor"),
    ("Flights have been rare since the shutdown, pilots said. A new shutdown may be ordered in 2027, "
     "the ministry warned.", "Flights have been rare"),
    # the other sentence's noun is another one of its kind, not tied to its year by the page
    ("The south has been run by local councils since the war. The war in Chad, which flared in "
     "March 2021, sent families across the border.", "local councils"),
    ("The oasis has been cut off since the war. In 2023 the war in Sudan reached its southern edge.", "cut off"),
])
def test_since_a_named_event_takes_no_year_the_page_does_not_give_it(make_corpus, body, piece):
    # (the present state may be dated by the publication, as with no other sentence)
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) <= {("2024-05-17", "event")}


def test_since_a_named_event_takes_the_year_tied_to_its_noun(make_corpus):
    body = ("Libya has been split since the uprising, analysts say.\n\n"
            "The uprising that began in 2011 was backed by NATO air strikes.")
    assert ("2011", "onset") in rows_with(page_rows(make_corpus, "2024-05-16", body), "has been split")


def test_an_ordinal_anniversary_of_an_earlier_year_is_not_the_story_day(make_corpus):
    body = ("The envoy met the mayor of Sabha on Tuesday.\n\n"
            "Crowds gathered in Misrata on the second anniversary of the 20 August 2019 siege.")
    rows = rows_with(page_rows(make_corpus, "2024-05-17", body), "Crowds gathered")
    assert ("2024-05-14", "event") not in rows
    assert ("2019-08-20", "background") in rows


def test_a_quote_recounting_past_deeds_takes_no_day_from_its_tag(make_corpus):
    body = ("The envoy met the mayor of Ghat on Wednesday.\n\n"
            "\"Our police arrested the smugglers and closed the old route to Niger,\" the mayor added.")
    assert not rows_with(page_rows(make_corpus, "2024-05-17", body), "arrested the smugglers")
