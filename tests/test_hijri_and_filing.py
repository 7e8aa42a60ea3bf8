"""Hijri dates, times counted back to what began ("Three months have passed since ..."), and
the day a dateline files a copy on, on texts written for these tests in several outlet styles."""

from __future__ import annotations

import datetime

import pytest

from libyadesk import vocab
from libyadesk.corpus import load_corpus
from libyadesk.dates import extract_dates
from libyadesk.index import build_index
from libyadesk.timeline import extract_events

REF = datetime.date(2024, 3, 14)


def _values(text: str, ref: datetime.date | None = REF) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in extract_dates(text, ref) if e.precision != "duration"]


@pytest.mark.parametrize("entry", vocab.entries("hijri_months"), ids=lambda e: e["names"][0])
def test_every_hijri_month_and_feast_reads_as_its_example_says(entry):
    assert [v for _, v in _values(entry["example"])] == [entry["value"]]


@pytest.mark.parametrize("text,value", [
    # a translated Arabic outlet: a day of a Hijri month with its year; the week holds the day whichever
    # of the two neighbouring days the country's calendar put it on
    ("The Presidential Council met on 20 Shaban 1445 AH in Tripoli.", "2024-W09"),
    # a feature: a part of a month with no year, the latest one that had begun by the publication
    ("The brigades withdrew from their camps during the last ten days of Ramadan.", "2023-04"),
    # a risk advisory: the month in a clause about the future is the next one
    ("Talks are expected to resume after Ramadan, the envoy said.", "2024-03"),
    # a wire story: a feast day
    ("Fighting stopped for two days during Eid al-Adha last year.", "2023-W26"),
])
def test_hijri_dates_are_read_at_a_precision_the_arithmetic_calendar_can_vouch_for(text, value):
    assert value in [v for _, v in _values(text)]


@pytest.mark.parametrize("text", [
    "Tariq Ramadan spoke at the conference in Paris.",  # a surname
    "Ramadan Abu Zaid, the commander, was arrested at the airport.",  # a given name
    "The minister, Rajab Saeed, resigned.",
])
def test_a_hijri_month_name_that_is_a_persons_name_dates_nothing(text):
    assert _values(text) == []


@pytest.mark.parametrize("text,value", [
    ("The council met on 15 Ramadan 1445 AH, corresponding to 25 March 2024.", "2024-03-25"),
    ("On Monday, 25 March 2024 (15 Ramadan 1445 AH), the council met.", "2024-03-25"),
    ("The decree, dated 3 Shawwal 1444 / 23 April 2023, was published.", "2023-04-23"),
])
def test_a_hijri_date_beside_its_gregorian_one_is_given_once(text, value):
    assert [v for _, v in _values(text)] == [value]


@pytest.mark.parametrize("text,value", [
    ("Three months have passed since the launch of the offensive in the east.", "2023-12"),  # a feature
    ("It has been more than six years since the revolution, and the state remains divided.", "2018"),  # analysis
    ("Two weeks have now elapsed since the ceasefire was signed, the mission said.", "2024-W09"),  # UN release
])
def test_a_time_that_has_passed_since_something_counts_back_to_it(text, value):
    assert [v for _, v in _values(text)] == [value]


def test_a_time_that_has_passed_since_is_not_read_from_a_past_perfect_or_a_plan():
    # "had passed" counts from a time the narrative reached, not from the publication: not read as "ago"
    assert _values("By then, three months had passed since the vote.") == []
    assert _values("Three months will pass before the vote.") == []


def _page(source: str, published: str | None, body: str) -> str:
    pub = f"published: {published}\n" if published else ""
    return f"---\ntitle: Report\nsource: {source}\n{pub}---\n{body}"


def _rows(make_corpus, text: str) -> set[tuple[str, str]]:
    return {(e.text[:20], e.date) for e in extract_events(build_index(load_corpus(make_corpus({"p.md": text})).documents))}


@pytest.mark.parametrize("published,body,expected", [
    # a UN press release posted the day after its dateline: "today" and "yesterday" count from the dateline
    ("2025-06-02", "Tripoli – 1 June 2025 – The UN Mission today welcomed the agreement reached by the two "
     "chambers.\n\nYesterday, the committee held its final session in Benghazi.\n",
     {("Tripoli – 1 June 202", "2025-06-01"), ("Yesterday, the commi", "2025-05-31")}),
    # a wire story put online two days after it was filed: its weekday counts from the dateline too
    ("2024-03-20", "TRIPOLI, March 18 (Coast Wire) - Gunmen stormed the oil ministry on Sunday, officials said.\n",
     {("TRIPOLI, March 18 (C", "2024-03-17")}),
    # a ministry statement with a publication known to the month only
    ("2024-05", "Benghazi, 12 May 2024: The ministry today signed a memorandum with the municipality.\n\n"
     "The minister visited the port on Friday.\n",
     {("Benghazi, 12 May 202", "2024-05-12"), ("The minister visited", "2024-05-10")}),
])
def test_a_dateline_is_the_day_a_copy_counts_its_today_from(make_corpus, published, body, expected):
    assert expected <= _rows(make_corpus, _page("Desk", published, body))


def test_a_bulleted_first_entry_is_no_dateline(make_corpus):
    """A briefing opening with its list ("- Mon 15 May: ..."): the first entry's date is no filing day,
    so a weekday of a later entry counts from the publication ("- Fri 19 May: ... the bank reopens on
    Saturday" is 20 May, not the Saturday before 15 May)."""
    text = _page("Briefing", "2056-05-21", "- Mon 15 May: The government pays April salaries a week late.\n"
                 "- Fri 19 May: The director is freed; the bank reopens on Saturday.\n")
    rows = _rows(make_corpus, text)
    assert ("- Fri 19 May: The di", "2056-05-20") in rows
    assert ("- Fri 19 May: The di", "2056-05-13") not in rows


def test_a_dateline_long_before_the_publication_is_a_quoted_copy_not_the_filing_day(make_corpus):
    text = _page("Blog", "2025-06-02", "London, 28 August 2018: the commission said today that it would publish "
                 "its findings on the shipwreck.\n")
    assert ("London, 28 August 20", "2025-06-02") in _rows(make_corpus, text)


@pytest.mark.parametrize("text,value", [
    ("The militia stormed the ministry on 28 December, days before the talks.", "2024-12-28"),  # wire
    ("Officials met in Tunis on December 30 to prepare the budget.", "2024-12-30"),  # analysis
    ("- Armed groups clashed near the airport on the night of 29 December.", "2024-12-29"),  # risk advisory
])
def test_a_day_without_a_year_early_in_january_is_the_december_before(text, value):
    assert value in [v for _, v in _values(text, datetime.date(2025, 1, 3))]


@pytest.mark.parametrize("body,expected", [
    # an analysis with no publication date: "this year" is the year of the latest day it states
    ("The commander met the CIA director in Benghazi on January 13, 2023.\n\nThe presidential elections, which are "
     "expected to be held this year, remain uncertain, the writer said.\n", ("The presidential elec", "2023")),
    # a wire story copied without its date: the latest date is a half of a year
    ("Supplies from abroad peaked in late 2019 and early 2020, the report says.\n\nFlights to the east increased "
     "during the failed assault earlier this year, a diplomat said.\n", ("Flights to the east i", "2020")),
    # a translated outlet's report: a month and its year
    ("The council met in Sirte in March 2024 to discuss the budget.\n\nThis year, the council has met three times "
     "in Sirte.\n", ("This year, the counci", "2024")),
])
def test_this_year_in_an_article_of_unknown_date_is_the_year_of_the_latest_day_it_states(make_corpus, body, expected):
    text, date = expected
    assert (text[:20], date) in _rows(make_corpus, _page("Desk", None, body))


@pytest.mark.parametrize("body,phrase", [
    # a bare year is not taken: an article names years long past in passing
    ("The parliament was elected in 2014.\n\nIt has met only twice this year, its speaker said.\n", "It has met only"),
    # a bare month may be after the latest stated day ("In February" of the next year)
    ("In February, the sons travelled to Minsk with their father.\n\nThe army's parade in May 2024 was their "
     "first.\n", "In February, the son"),
    # a day or week needs the day of writing
    ("Talks resumed in Geneva on 3 May 2024.\n\nOn Wednesday, the delegates left the city.\n", "On Wednesday, the de"),
])
def test_an_article_of_unknown_date_gives_no_other_relative_date_a_year(make_corpus, body, phrase):
    assert not any(text.startswith(phrase[:20]) for text, _ in _rows(make_corpus, _page("Desk", None, body)))


@pytest.mark.parametrize("text,value", [
    ("Fighting eased during Ramadan 2024, residents said.", "2024-03"),  # a Hijri month with a Gregorian year
    ("Prisoners were exchanged during Eid al-Adha 2023.", "2023-W26"),
    ("The truce held through Ramadan, 2014, the monitors reported.", "2014-07"),
])
def test_a_hijri_month_with_a_gregorian_year_is_the_one_that_began_in_it(text, value):
    assert [v for _, v in _values(text)] == [value]


@pytest.mark.parametrize("text,value", [
    ("Clashes killed at least 35 people between 6 and 8 March, the health ministry said.", "2024-03-06"),  # wire
    ("The Secretary-General visited Tripoli and Benghazi on 4-5 March.", "2024-03-04"),  # UN release
    ("- Protests from 2 to 5 March closed the coastal road.", "2024-03-02"),  # risk advisory
    ("The conference met on 12/13 March in Tunis.", "2024-03-12"),  # translated outlet
])
def test_a_range_of_days_in_one_month_is_dated_by_its_first(text, value):
    assert [v for _, v in _values(text)] == [value]
