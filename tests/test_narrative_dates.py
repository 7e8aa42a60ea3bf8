"""Dated statements a reader dates by the story around them (issue 12): a day or month without
its year told on in a past year's story, a sentence opened by "Then" going on with the event
before it, a past event named after "the worst since", a plan moved "to June", and a span that
heads its sentence ("Nearly a decade of division has ..."); on texts written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from libyadesk.dates import extract_dates

from helpers import page_rows, rows_with

D = datetime.date


# ---------------------------------------------------------------------------
# A story told in a past year stays in it: a day or month without its year, told in the past,
# in the paragraph of that year's date (or the next one when it opens with "Then", "Later").

ANALYSIS = """The dispute over the refinery began in March 2021, when the oil minister tried to replace its board. Guards loyal to the old board shut the gates on 9 March, and exports stopped within days.

Then, in late June, the two sides agreed on an interim manager. The gates reopened on 4 July, after talks in Tunis.

Last year, the company paid its first dividend in a decade."""


def _of_text(published: str, body: str) -> dict[str, set[str]]:
    ref = datetime.date.fromisoformat(published)
    found = extract_dates(body, ref)
    out: dict[str, set[str]] = {}
    for piece in ("shut the gates", "Then, in late June", "The gates reopened", "Last year"):
        at = body.find(piece)
        end = body.find(".", at)
        out[piece] = {e.value for e in found if at - 40 <= e.start <= end}
    return out


def test_a_day_without_its_year_in_a_past_years_story_is_that_years():
    rows = _of_text("2024-02-12", ANALYSIS)
    assert "2021-03-09" in rows["shut the gates"]
    assert "2021-06" in rows["Then, in late June"]  # the next paragraph, opened by "Then"
    assert "2021-07-04" in rows["The gates reopened"]  # the story has reached June 2021
    assert "2023" in rows["Last year"]  # a date of its own is not the story's
    # Another paragraph with no word going on with the story is the publication's; a plan
    # looks ahead of the publication whatever the story.
    body = ("Its chairman was appointed in March 2022 and has since fired two deputies.\n\n"
            "The port was closed by protesters on 2 April, the statement said. The talks broke down in "
            "November 2022. The next round will reopen on 3 March, the envoy said.")
    assert [e.value for e in extract_dates(body, D(2024, 6, 12))] == ["2022-03", "2024-04-02", "2022-11", "2025-03-03"]


def test_the_storys_year_as_rows(make_corpus):
    rows = page_rows(make_corpus, "2024-02-12", ANALYSIS)
    assert {d for d, _ in rows_with(rows, "shut the gates")} == {"2021-03-09"}
    assert {d for d, _ in rows_with(rows, "Then, in late June")} == {"2021-06"}
    assert {d for d, _ in rows_with(rows, "The gates reopened")} == {"2021-07-04"}


# ---------------------------------------------------------------------------
# "Then ..." with no date of its own goes on with the event the sentence before it told.

ADVISORY = """Clashes broke out in Gharyan on 3 May between two armed groups over a checkpoint. Then the fighting reached the road south of the town.

Then there were calls for calm.

The council met on 5 May to discuss the budget.

Then it will vote on the law."""


def test_then_dates_the_next_step_of_the_story(make_corpus):
    rows = page_rows(make_corpus, "2025-05-07", ADVISORY)
    assert rows_with(rows, "Then the fighting reached") == {("2025-05-03", "event")}
    assert rows_with(rows, "Then there were calls") == set()  # no act: "there were"
    assert rows_with(rows, "Then it will vote") == set()  # a plan is no step of the story told
    body = ("Clashes broke out in Gharyan on 3 May.\n\nThe town has long been a crossroads for smugglers.\n\n"
            "Then the fighting reached the road south of the town.")
    assert rows_with(page_rows(make_corpus, "2025-05-07", body), "Then the fighting") == set()  # nothing told before it


# ---------------------------------------------------------------------------
# "the worst since <an event in a date> <verb>": the event is named in passing (background);
# "the worst since 2019" still gives no row.

def test_a_compared_past_told_by_its_own_verb_is_background(make_corpus):
    rows = page_rows(make_corpus, "2025-03-10", "The clashes were the deadliest since fighting in June last year killed 14 people.")
    assert rows_with(rows, "deadliest") == {("2024-06", "background")}
    assert page_rows(make_corpus, "2025-03-11", "The clashes were the worst since 2019, officials said.") == []


# ---------------------------------------------------------------------------
# A plan moved to a month: "postponed to June".

@pytest.mark.parametrize("sentence,date", [
    ("Municipal elections in Misrata have been postponed to June, the commission said.", "2025-06"),
    ("The donor conference was pushed back to early May.", "2025-05"),
])
def test_a_plan_moved_to_a_month(make_corpus, sentence, date):
    rows = page_rows(make_corpus, "2025-03-10", sentence)
    assert (date, "scheduled") in rows_with(rows, sentence[:20])
    # "to" before a month's name that is no plan's: nothing, or only the sentence's own date
    assert extract_dates("The minister was set to March on the capital.", D(2025, 3, 10)) == []
    assert [e.text for e in extract_dates("He moved to June Street last night.", D(2025, 3, 10))] == ["last night"]


# ---------------------------------------------------------------------------
# A span heading its sentence, subject of a present perfect, counts back to the state's start.

@pytest.mark.parametrize("sentence,date", [
    ("Nearly a decade of division has emptied the ministries of their staff.", "2016"),  # short of the count: a year later
    ("Over a decade of conflict has hollowed out the courts.", "2015"),
    ("Almost a year of blockade has left the town short of fuel.", "2024"),
])
def test_a_span_heading_its_sentence_is_an_onset(make_corpus, sentence, date):
    rows = page_rows(make_corpus, "2025-03-10", sentence)
    assert rows_with(rows, sentence[:20]) == {(date, "onset")}
    for other in ("The country, exhausted by more than a decade of civil war, voted on Sunday.",
                  "Over a decade of conflict followed the uprising."):  # the span heads no perfect
        assert not any(k == "onset" for _, k, _ in page_rows(make_corpus, "2025-03-11", other))


# ---------------------------------------------------------------------------
# Phrases of the same day count from the day the story has reached, not from the publication.

@pytest.mark.parametrize("follow", [
    "Moments later, a second car bomb exploded near the gate.",
    "Soon afterwards, the council declared a curfew.",
    "Later in the day, the council declared a curfew.",
    "Earlier in the day, the minister had toured the port.",
    "An hour later, the council declared a curfew.",
    "Hours afterwards, the council declared a curfew.",
    "That same day, the council declared a curfew.",
])
def test_a_same_day_phrase_is_the_storys_day(follow):
    text = "A car bomb exploded outside the Misrata court on 2 November. " + follow
    assert [e.value for e in extract_dates(text, D(2025, 11, 6))] == ["2025-11-02", "2025-11-02"]


def test_the_following_afternoon_is_the_storys_next_day():
    text = "A car bomb exploded outside the Misrata court on 2 November. The following afternoon, the council met."
    assert [e.value for e in extract_dates(text, D(2025, 11, 6))] == ["2025-11-02", "2025-11-03"]


# ---------------------------------------------------------------------------
# A count trailing a date ("since 2014, a year after X") counts back from that date, even one
# that does not move the narrative, not from the publication.

@pytest.mark.parametrize("sentence,count,date", [
    ("Libya has had two governments since 2014, a year after militias stormed the ministries.", "a year after", "2013"),
    ("The country has not voted since 2014, three years after the uprising.", "three years after", "2011"),
    ("The port has been shut since 10 March, two days after the strike began.", "two days after", "2024-03-08"),
])
def test_a_count_trailing_a_since_date_counts_from_it(sentence, count, date):
    found = {e.text: e.value for e in extract_dates(sentence, D(2024, 6, 12))}
    assert found[count] == date


# ---------------------------------------------------------------------------
# A hearing adjourned to a day is planned for it: the day ahead of the telling.

def test_an_adjourned_hearing_is_scheduled(make_corpus):
    rows = page_rows(make_corpus, "2024-06-12", "The trial of the former minister was adjourned until 4 July, the court said.")
    assert rows_with(rows, "adjourned until") == {("2024-07-04", "scheduled")}


# A past told of a day weeks after the publication is the year before's: a report of 20 December
# saying the port reopened on 2 January means the January before, not a plan.
def test_a_past_day_weeks_after_the_publication_is_last_years(make_corpus):
    rows = page_rows(make_corpus, "2025-12-20", "The port of Misrata reopened on 2 January, ending a three-week closure.")
    assert rows_with(rows, "reopened") == {("2025-01-02", "event")}


# "earlier in the month", "later in the year": the month or year the story has reached (the
# publication's before any date is told).
def test_earlier_in_the_month_and_later_in_the_year():
    assert [e.value for e in extract_dates("Gunmen kidnapped three officials earlier in the month.", D(2024, 6, 12))] == [
        "2024-06"]
    text = "The talks resumed on 3 May 2023. Later in the year, the envoy resigned."
    assert [e.value for e in extract_dates(text, D(2024, 6, 12))] == ["2023-05-03", "2023"]


# A count of hours moves the story by whole days ("two hours later" stays on its day, as
# "hours later" does); "a couple of days" is two.
@pytest.mark.parametrize("follow,day", [
    ("48 hours later, the army sent reinforcements.", "2025-11-20"),
    ("A couple of days later, the army sent reinforcements.", "2025-11-20"),
])
def test_hours_and_a_couple_of_days_later(follow, day):
    text = "Gunmen attacked a checkpoint in Zawiya on 18 November, killing two guards. " + follow
    assert [e.value for e in extract_dates(text, D(2025, 11, 21))] == ["2025-11-18", day]


# A part of a year ("early 2020", "the summer of 2019") moves the story as a year does: a month
# told after it is of that year, in an article of unknown date or of a later year.
def test_a_part_of_a_year_moves_the_story():
    text = "Supplies from the Gulf peaked in late 2019 and early 2020. The flights stopped in June after the offensive failed."
    assert [e.value for e in extract_dates(text)] == ["2019-H2", "2020-H1", "2020-06"]
    text = "Fighting raged in the summer of 2019. In October, the army pulled out of the suburbs."
    assert [e.value for e in extract_dates(text, D(2021, 3, 1))] == ["2019-SU", "2019-10"]


# "Following the vote, ..." with no date of its own names the event the story last told, a few
# undated sentences before: that event's day. A reaction ("In response to ...") may come later.
WIRE = """ISTANBUL - Turkey's parliament approved a motion on Thursday allowing troops to be sent to Libya.

The government has not said how many soldiers would go.

Opposition parties voted against the motion.

Following the vote, the White House warned Ankara against any interference in Libya.

In response to the motion, Cairo recalled its ambassador."""


def test_following_the_event_is_of_its_day(make_corpus):
    rows = page_rows(make_corpus, "2020-01-03", WIRE)
    assert rows_with(rows, "Following the vote") == {("2020-01-02", "event")}
    assert rows_with(rows, "In response to the motion") == set()


# "After the X," goes on with the event just told only when X names it: a word or kind of the
# told clause ("the takeover" after "took over", "the abduction" after "kidnapped") or a noun a
# report names its own news by. Another past recalled as background ("After the uprising",
# "After the civil war") or a pluperfect ("had been managed") is no row on the event's day.
BACKGROUND_AFTER = """A militia took over the airport at Sabha on 4 May, residents said.

After the uprising, the airport had been managed by a tribal committee.

Following the takeover, flights to Tripoli were cancelled."""


def test_after_an_earlier_past_is_not_the_event_day(make_corpus):
    rows = page_rows(make_corpus, "2030-05-09", BACKGROUND_AFTER)
    assert rows_with(rows, "took over the airport") == {("2030-05-04", "event")}
    assert rows_with(rows, "After the uprising") == set()
    assert rows_with(rows, "Following the takeover") == {("2030-05-04", "event")}
    rows = page_rows(make_corpus, "2030-03-05", "Gunmen kidnapped the mayor of Gharyan on Sunday. After the civil war, "
                 "the town was policed by a local brigade. In the wake of the abduction, shops closed across the town.")
    assert rows_with(rows, "After the civil war") == set()
    assert rows_with(rows, "In the wake of the abduction") == {("2030-03-03", "event")}


# A participant's origin ("was established in February 2021", ", set up in April 2019") is an
# aside, not the time a story has reached: a day told after it without its year is the
# publication's, and the origin stays background. A day moved into a story's year is `relative`
# (its year holds because the publication is later), and the story still goes on from it.
@pytest.mark.parametrize("text,ref,day", [
    ("The Presidential Council was established in February 2021 under a UN-led process. "
     "Its spokesman said on 3 May that the talks had failed.", D(2025, 5, 8), "2025-05-03"),
    ("The coastguard, set up in April 2019 with Italian funds, said on 2 June it had intercepted 300 people.",
     D(2024, 6, 10), "2024-06-02"),
])
def test_a_day_after_a_participants_origin_is_the_publications(text, ref, day):
    found = extract_dates(text, ref)
    assert [(e.value, e.relative) for e in found][1:] == [(day, True)]


def test_a_day_moved_into_the_storys_year_stays_relative():
    found = {e.text: (e.value, e.relative) for e in extract_dates(ANALYSIS, D(2024, 2, 12))}
    assert found["9 March"] == ("2021-03-09", True)
    assert found["4 July"] == ("2021-07-04", True)


def test_an_origin_is_background_and_the_day_after_it_the_publications(make_corpus):
    rows = page_rows(make_corpus, "2031-06-10", "The unity cabinet was formed in March 2029 after a UN-led vote. "
                 "It said on 5 June that its forces had retaken the airport.")
    assert rows_with(rows, "was formed in March 2029") == {("2029-03", "background")}
    assert rows_with(rows, "said on 5 June") == {("2031-06-05", "event")}


# "Later, ..." and "Next, ..." say only that the act came after the one told, at a distance they do
# not give: no row on the told event's day ("Then, ..." goes on on it, as above).
def test_later_and_next_do_not_put_a_sentence_on_the_told_day(make_corpus):
    body = ("Gunmen fired on a fuel convoy near Gharyan on 11 April, the municipality said.\n\n"
            "Later, the drivers blocked the coastal road in protest.\n\n"
            "Next, the tribal elders met the brigade commander to ask for compensation.")
    rows = page_rows(make_corpus, "2030-04-15", body)
    assert rows_with(rows, "fired on a fuel convoy") == {("2030-04-11", "event")}
    assert rows_with(rows, "Later, the drivers") == set()
    assert rows_with(rows, "Next, the tribal elders") == set()
    rows = page_rows(make_corpus, "2030-04-15", body.replace("Later, the drivers", "Then the drivers"))
    assert rows_with(rows, "Then the drivers") == {("2030-04-11", "event")}


def test_a_time_of_the_day_told_dates_a_main_clause_beside_a_relative_s_own_date(make_corpus):
    """"In the afternoon, Ben Ali received the Maltese premier, who announced that flights would resume in
    April": the main clause goes on with the day told, the relative's April is a plan of its own."""
    body = ("TRIPOLI, March 11 (Wire) - Prime Minister Omar Ben Ali met the Italian interior minister in Tripoli "
            "on Tuesday morning to discuss migration. In the afternoon, Ben Ali received Maltese Prime Minister "
            "Karl Grech, who announced that Air Malta would resume flights to Tripoli in April.")
    rows = page_rows(make_corpus, "2036-03-11", body)
    assert rows_with(rows, "In the afternoon") == {("2036-03-11", "event"), ("2036-04", "scheduled")}
    # Without the time of the day, only the relative's date.
    rows = page_rows(make_corpus, "2036-03-11", body.replace("In the afternoon, Ben Ali", "Ben Ali"))
    assert rows_with(rows, "received Maltese") == {("2036-04", "scheduled")}


def test_the_day_a_report_was_said_on_after_its_day_told_moves_no_story():
    """"capsized yesterday (13 April), the agency said today. ... On the same day": the day told, not the
    saying's; a saying in a sentence of its own still moves the story to its day."""
    text = ("A boat capsized off Zuwara yesterday (13 April), the agency said today. Nine people survived. "
            "On the same day, 212 migrants were intercepted off Sabratha.")
    assert [e.value for e in extract_dates(text, D(2037, 4, 14))] == ["2037-04-13", "2037-04-14", "2037-04-13"]
    text = "A boat capsized off Zuwara on 11 April. The agency said on Monday that 31 were missing. On the same day, it appealed."
    assert [e.value for e in extract_dates(text, D(2037, 4, 14))][-1] == "2037-04-13"
