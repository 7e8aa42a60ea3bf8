"""Dated statements found with the right date and kind (issue 12): undated sentences that go on
with the day just told, and date phrases of ends, counts, plans put off, named days and origins;
on texts written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from libyadesk import vocab
from libyadesk.dates import extract_dates

from helpers import page_rows, rows_with


# ---------------------------------------------------------------------------
# An undated sentence right after a told event goes on with it, on its day: a time of that day,
# a quote tagged by the person whose words were just reported, a subject naming the told event
# with what came of it, a phrase "Despite the X," naming it; a span of hours dates nothing.

@pytest.mark.parametrize("body,piece,date", [
    ("Clashes broke out near the port of Zawiya on 12 May. A truce was announced in the afternoon.\n\n"
     "In spite of the truce, gunfire resumed for a couple of hours near the refinery.",
     "gunfire resumed", "2024-05-12"),
    ("Clashes broke out near the port of Zawiya on 12 May. A truce was announced in the afternoon. "
     "At about 22.00 the brigade's commander reached his base in Janzour.", "brigade's commander", "2024-05-12"),
    ("The army retook the town on Monday. The interior minister visited the damaged district during the night.",
     "damaged district", "2024-05-13"),
    ("The spokesman said on Tuesday that the talks had failed. \"We will not sign anything under pressure,\" he added.",
     "he added", "2024-05-14"),
    ("Delegates of the two chambers initialled a roadmap in Bouznika on Tuesday. "
     "The roadmap was later rejected by the presidential council.", "later rejected", "2024-05-14"),
    ("Libyans on Wednesday marked the anniversary of the liberation of Sirte. "
     "Residents celebrated the anniversary by decorating the main square.", "decorating", "2024-05-15"),
    # A time of the day as a shipwreck report gives it, the sentence opened by its place.
    ("IOM is saddened by two shipwrecks off the western coast on Monday. Off Sabratha, a wooden boat carrying 60 "
     "people capsized before dawn.", "wooden boat", "2024-05-13"),
    # A pluperfect after an opening time of the day told: what had happened earlier that day.
    ("A fishing boat overturned off Garabulli on Monday. In the morning, the coast guard had stopped 164 people "
     "off Khoms.", "164 people", "2024-05-13"),
])
def test_an_undated_sentence_goes_on_with_the_day_just_told(make_corpus, body, piece, date):
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == {(date, "event")}


@pytest.mark.parametrize("body,piece", [
    # A state, not an act; what came before the told act; a present; a quote tagged by a thing,
    # after no report of words; a pluperfect flashback; a sentence two paragraphs on.
    ("Forces loyal to the government seized the port on Sunday. The port was once the busiest in Libya.", "busiest"),
    ("The parliament approved the budget on Monday. The budget was drafted by the finance committee.", "drafted"),
    ("The army retook the town on Monday. Residents say they hear shelling at night.", "Residents say"),
    ("The UN envoy briefed the council on Monday. \"The window is closing,\" it added.", "window"),
    ("The army retook the town on Monday. The town had been shelled in the morning.", "had been shelled"),
    # After an opening time of the day: a report of an earlier act, a plan, a time counted back.
    ("The army retook the town on Monday. In the evening, residents said the militia had seized the airport weeks "
     "earlier.", "seized the airport"),
    ("The army retook the town on Monday. In the morning, the minister had been expected to visit the port.",
     "expected to visit"),
    ("The two sides signed a ceasefire in Geneva on Monday. A previous ceasefire collapsed after two weeks.", "previous"),
    ("The envoy met Haftar in Benghazi on Sunday. No details of the meeting were immediately available.", "No details"),
    ("The envoy visited Sabha on Sunday. The visit sparked protests by the town's council.", "sparked protests"),
    ("The army retook the town of Gharyan on Monday after a week of fighting.\n\nOfficials in Tripoli met the mayor of "
     "Zawiya to discuss the budget.\n\nThe minister toured the district in the evening.", "toured the district"),
])
def test_no_day_is_inherited_where_the_story_does_not_go_on(make_corpus, body, piece):
    assert ("2024-05-13", "event") not in rows_with(page_rows(make_corpus, "2024-05-17", body), piece)
    assert ("2024-05-12", "event") not in rows_with(page_rows(make_corpus, "2024-05-17", body), piece)


# ---------------------------------------------------------------------------
# Date phrases: an end "until", a count up to a date, a plan put off after its month, a count of
# decades short of its number, a day that names a past event, an origin set after its noun.

def test_a_state_told_until_a_date_ends_then(make_corpus):
    rows = page_rows(make_corpus, "2024-03-10", "The minister met the envoy on Monday in Tripoli. "
                 "The council remained in office until June 2021, when the unity government took over. "
                 "The road will stay closed until 20 March, the council said. Prices rose until February 2023.")
    assert rows_with(rows, "remained in office") in ({("2021-06", "event")}, {("2021-06", "background")})
    assert rows_with(rows, "stay closed") == {("2024-03-20", "scheduled")}
    assert not rows_with(rows, "Prices rose")  # a trend's bound, no end of a state


def test_a_count_up_to_a_date_is_of_that_date(make_corpus):
    rows = page_rows(make_corpus, "2024-03-10", "The minister met the envoy on Monday in Tripoli. Until 31 January 2024, "
                 "some 2,300 people have been returned to Tripoli, the agency said.")
    assert rows_with(rows, "2,300 people") == {("2024-01-31", "event")}


def test_a_plan_put_off_after_its_month_is_the_last_such_month(make_corpus):
    rows = page_rows(make_corpus, "2024-03-10", "Local polls scheduled to be held in January have been postponed "
                 "indefinitely, the commission said. Local polls scheduled to be held in June will be monitored by the EU.")
    assert rows_with(rows, "postponed indefinitely") == {("2024-01", "scheduled")}
    assert rows_with(rows, "monitored") == {("2024-06", "scheduled")}


# A plan is put off only by its own predicate: a past of putting off after "after", "once", "that",
# "which", "when", "since", "because", or in a clause with a future verb, is another clause's, and
# the plan keeps its future. A plan put off is the nearest such day or month either side, not
# always the last one: "planned for June were cancelled" in April is this June.

def _value(body: str, published: datetime.date, piece: str) -> str:
    found = [e.value for e in extract_dates(body, published) if e.text.endswith(piece)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("body,piece,value", [
    ("Talks between the rival governments will resume on 24 June after they were suspended in March.",
     "24 June", "2024-06-24"),
    ("The vote will be held in July after it was postponed twice by the commission.", "July", "2024-07"),
    ("Officials said the summit will open in September once the talks that were suspended in April resume.",
     "September", "2024-09"),
    ("The conference will take place on 15 July because the earlier round was cancelled by the hosts.",
     "15 July", "2024-07-15"),
    ("Flights to Benghazi will restart in August when services that had been suspended in May resume.",
     "August", "2024-08"),
    ("The parliament will vote in June as the session was delayed by a quorum dispute.", "June", "2024-06"),
    ("The run-off is to take place on 20 June since the first round was delayed by a week.",
     "20 June", "2024-06-20"),
    ("Voter registration will close in July which was delayed from June by the commission.", "July", "2024-07"),
])
def test_a_past_of_putting_off_in_another_clause_leaves_the_plan_ahead(body, piece, value):
    assert _value(body, datetime.date(2024, 5, 10), piece) == value


@pytest.mark.parametrize("published,body,piece,value", [
    (datetime.date(2022, 4, 20), "Municipal polls planned for June were cancelled by the ministry on Tuesday.",
     "June", "2022-06"),
    (datetime.date(2023, 3, 15), "Local elections slated for May have been suspended, the commission said.",
     "May", "2023-05"),
    (datetime.date(2024, 5, 10), "The donor conference scheduled for 3 June has been called off.",
     "3 June", "2024-06-03"),
    (datetime.date(2024, 1, 25), "Polls scheduled to be held in December have been indefinitely shelved.",
     "December", "2023-12"),
    (datetime.date(2024, 9, 2), "The census planned for October 14 was cancelled for lack of funds.",
     "October 14", "2024-10-14"),
])
def test_a_plan_put_off_by_its_own_predicate_is_the_nearest_one(published, body, piece, value):
    assert _value(body, published, piece) == value


def test_nearly_a_decade_began_the_year_after_the_whole_count(make_corpus):
    rows = page_rows(make_corpus, "2023-10-05", "The minister met the envoy on Monday in Tripoli.\n\n"
                 "Haftar has ruled Benghazi for nearly a decade with the help of his sons.\n\n"
                 "The brigade has held the crossing for a decade.")
    assert rows_with(rows, "nearly a decade") == {("2014", "onset")}
    assert rows_with(rows, "held the crossing") == {("2013", "onset")}


def test_a_day_that_names_a_past_event_is_that_events(make_corpus):
    rows = page_rows(make_corpus, "2024-03-10", "The minister met the envoy on Monday in Tripoli. "
                 "Veterans of the February 17 revolution protested outside the parliament in Tobruk. "
                 "Members of the February 17 Martyrs Brigade guarded the gate on 17 February.")
    assert rows_with(rows, "Veterans") == {("2011-02-17", "background")}
    assert ("2024-02-17", "event") in rows_with(rows, "Martyrs Brigade")  # a name, and a bare day is the last one


def test_an_origin_set_after_its_noun_is_background_however_recent(make_corpus):
    rows = page_rows(make_corpus, "2024-03-10", "The minister met the envoy on Monday in Tripoli. "
                 "The electoral committee created in January has not met once.")
    assert rows_with(rows, "electoral committee") == {("2024-01", "background")}


def test_a_state_set_going_after_its_noun_is_an_onset(make_corpus):
    rows = page_rows(make_corpus, "2024-09-10", "The minister met the envoy on Monday. The oil shutdown initiated on "
                 "August 26 has cost the country a billion dollars. Sanctions were imposed on 3 March by the council.")
    assert rows_with(rows, "shutdown initiated") == {("2024-08-26", "onset")}
    assert ("2024-03-03", "onset") not in rows_with(rows, "Sanctions were imposed")  # the act itself, told in a passive


# ---------------------------------------------------------------------------
# A chronology whose days are headings on lines of their own dates the statements under them.

CHRONOLOGY = """Zawiya clashes: what happened

14 May
Clashes broke out near the port of Zawiya in the morning. A truce was announced in the afternoon.
Despite the truce, gunfire resumed near the refinery.

16 May
Elders from Zintan mediated a second truce. The interior minister toured the district during the night.

Outlook
Further clashes between the brigades are likely before the vote. Residents fled the town last year."""


def test_a_date_heading_dates_the_statements_under_it(make_corpus):
    rows = page_rows(make_corpus, "2024-05-20", CHRONOLOGY)
    assert rows_with(rows, "Clashes broke out") == {("2024-05-14", "event")}
    assert rows_with(rows, "gunfire resumed") == {("2024-05-14", "event")}
    assert rows_with(rows, "Elders from Zintan") == {("2024-05-16", "event")}
    assert rows_with(rows, "toured the district") == {("2024-05-16", "event")}
    assert not rows_with(rows, "Further clashes")  # a section heading ends the day's entries
    assert rows_with(rows, "Residents fled") == {("2023", "event")}


def test_one_date_line_alone_is_no_chronology(make_corpus):
    rows = page_rows(make_corpus, "2024-05-20", "14 May\nClashes broke out near the port of Zawiya in the morning. "
                 "A truce was announced in the afternoon.")
    assert ("2024-05-14", "event") not in rows_with(rows, "A truce was announced")


def test_one_bulleted_dated_line_is_an_entry_a_dateline_is_not(make_corpus):
    """A dateline never opens with a bullet: "- 9 Jun: roadblocks reported ..." alone under an advisory's
    "Recent incidents" is a chronology's entry; "9 June 2024 – The Mission presented ..." alone stays a
    dateline: the lead under it is the news of the report's day, dated as a lead is (by the report's
    own day, `publication`), not a date the text states of what it tells."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    rows = page_rows(make_corpus, "2024-06-11", "Situation\nThe council has not yet responded to the law.\n\n"
                     "Recent incidents\n- 9 Jun: roadblocks reported on the coastal road west of Zawiya.")
    assert rows_with(rows, "roadblocks reported") == {("2024-06-09", "event")}
    page = "---\ntitle: Report\nsource: Desk\npublished: 2024-06-11\n---\n9 June 2024 – The Mission presented its report to the council.\n"
    events = extract_events(build_index(load_corpus(make_corpus({"p.md": page})).documents))
    assert [(e.date, e.dated_by) for e in events] == [("2024-06-09", "publication")]


@pytest.mark.parametrize("entry", vocab.entries("named_days"), ids=lambda e: e["value"])
def test_every_named_day_example_reads_its_value(entry):
    found = extract_dates(entry["example"], datetime.date(2024, 3, 10))
    assert entry["value"] in {e.value for e in found}


def test_a_day_set_as_the_date_of_a_plan_is_scheduled(make_corpus):
    rows = page_rows(make_corpus, "2024-08-10", "The minister met the envoy on Monday. "
                 "The commission set Sept. 7 as the deadline for candidates to register.")
    assert rows_with(rows, "Sept. 7") == {("2024-09-07", "scheduled")}
    rows = page_rows(make_corpus, "2022-01-20", "The minister met the envoy on Monday. "
                 "Elections scheduled for Dec. 24 have been postponed indefinitely.")
    assert rows_with(rows, "Dec. 24") == {("2021-12-24", "scheduled")}  # a plan already reached, not next December's


@pytest.mark.parametrize("body,piece,date", [
    ("The strike of the port's workers entered its third day today, Friday, with loading still halted.",
     "third day", "2024-05-15"),
    ("On Thursday, the sit-in at the refinery entered its fourth day.", "sit-in", "2024-05-13"),
    ("The blockade of the coastal road reached its fifth consecutive day on Thursday.", "coastal road", "2024-05-12"),
])
def test_a_state_counted_in_days_began_that_many_days_less_one_before(make_corpus, body, piece, date):
    """A state counted in days up to its date began then (data/onset_cues.toml `day_count_before`):
    an onset of that day; "its second session on Tuesday" counts sessions, not days."""
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == {(date, "onset")}
    assert rows_with(page_rows(make_corpus, "2024-05-17", "The conference held its second session on Thursday."),
                     "second session") == {("2024-05-16", "event")}


@pytest.mark.parametrize("body,piece,expected", [
    # the count in another clause, of what "of" names, an act done again: the clause's own day
    ("Five people were killed in Tripoli on Tuesday as clashes entered their third day.", "Five people",
     {("2024-05-14", "event")}),
    ("Dbeibah met the Italian premier on Tuesday, in the second day of his visit to Rome.", "Dbeibah met",
     {("2024-05-14", "event")}),
    ("Militiamen abducted a journalist on Sunday for the second day in a row, the union said.", "abducted",
     {("2024-05-12", "event")}),
    ("Schools will remain closed for a second day on Thursday, the ministry said.", "Schools",
     {("2024-05-23", "scheduled")}),
    # the start stated, then counted to: one onset
    ("The strike, which began on Monday, entered its third day on Wednesday.", "The strike",
     {("2024-05-13", "onset")}),
    # a start moved is no start
    ("The ministry postponed the start of the exams from Sunday to next week.", "postponed", set()),
])
def test_a_day_count_dates_only_the_state_it_counts(make_corpus, body, piece, expected):
    """Review findings: the count back applies only to the clause whose state it counts, right before
    its date or after a date opening the sentence (timeline._days_counted)."""
    assert rows_with(page_rows(make_corpus, "2024-05-17", body), piece) == expected
