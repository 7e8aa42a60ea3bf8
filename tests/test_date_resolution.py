"""Date resolution against coarse publication dates, the year direction of a day or month written
without its year, and durations counted back as onsets (issue 12), on texts written for these tests
in several outlet styles.
"""

from __future__ import annotations

import datetime

import pytest

from libyadesk.corpus import load_corpus
from libyadesk.dates import extract_dates
from libyadesk.index import build_index
from libyadesk.timeline import extract_events

D = datetime.date


def _rows(make_corpus, published: str, body: str) -> list[tuple[str, str, str]]:
    text = f"---\ntitle: Report\nsource: Desk\npublished: {published}\n---\n{body}\n"
    events = extract_events(build_index(load_corpus(make_corpus({"p.md": text})).documents))
    return [(e.date, e.kind, e.text) for e in events]


def _date_of(rows: list[tuple[str, str, str]], piece: str) -> set[str]:
    return {d for d, _, t in rows if piece in t}


# A day-month with no year against a publication known only to the year or month: the
# publication's year (the last such day before the span's end when told in the past, the next
# after its start when planned), at day precision.
@pytest.mark.parametrize("published,sentence,piece,date", [
    ("2019", "The oil ministry reported on 14 October that exports had fallen by a third.", "exports had fallen", "2019-10-14"),
    ("2019", "Protesters shut the Zawiya refinery on 3 March, and guards fired into the air.", "Zawiya refinery", "2019-03-03"),
    ("2021", "Haftar announced his candidacy on 16 November in Benghazi, his office said.", "announced his candidacy", "2021-11-16"),
    ("2021", "The presidential election, scheduled for 24 December, looks increasingly unlikely.", "presidential election", "2021-12-24"),
    ("2020-07", "Fighters withdrew from the airport on 21 July, residents said.", "withdrew from the airport", "2020-07-21"),
    ("2020-07", "The commander was dismissed on 30 June and left for Cairo.", "commander was dismissed", "2020-06-30"),
    ("2024-05", "The central bank governor was dismissed on 26 August, sparking an oil shutdown.", "governor was dismissed", "2023-08-26"),
    ("2024-05", "A new board is expected to be named on 8 June, according to two officials.", "new board", "2024-06-08"),
    ("2021", "Clashes broke out in Sabha in March between two tribal militias.", "Clashes broke out", "2021-03"),
])
def test_a_day_month_takes_the_year_of_a_coarse_publication(make_corpus, published, sentence, piece, date):
    rows = _rows(make_corpus, published, "The ministry held a news conference on the situation.\n\n" + sentence)
    assert date in _date_of(rows, piece)


def test_a_stated_year_still_wins_over_a_coarse_publication():
    found = {e.text: e.value for e in extract_dates("In 2019, on 4 April, the offensive began; on 27 August 2021 it was over.",
                                                    D(2023, 1, 1), ref_end=D(2023, 12, 31))}
    assert found["27 August 2021"] == "2021-08-27"
    assert found["2019"] == "2019"


@pytest.mark.parametrize("text,value", [
    # past: the last such day before the reference
    ("The mayor was ousted on 24 December after weeks of protest.", "2023-12-24"),
    ("Fighting flared on 11 February in the south, residents said.", "2024-02-11"),
    ("The envoy arrived in Benghazi on 30 June for talks.", "2023-06-30"),  # weeks ahead of the report: last June
    # a plan: the next one after it
    ("Voters will go to the polls on December 24, the commission said.", "2024-12-24"),
    ("The runoff is due on 24 December, according to the commission.", "2024-12-24"),
    ("Municipal elections set for 10 January face new delays.", "2025-01-10"),
])
def test_the_year_of_a_day_month_follows_the_clause_direction(text, value):
    days = [e.value for e in extract_dates(text, D(2024, 5, 20)) if e.precision == "day"]
    assert days == [value]


@pytest.mark.parametrize("text,value", [
    ("Clashes erupted in December near the port.", "2023-12"),
    ("Talks will be held in September in Rome.", "2024-09"),
    ("A donor conference planned for March will go ahead in Rome.", "2025-03"),
])
def test_the_year_of_a_bare_month_follows_the_clause_direction(text, value):
    months = [e.value for e in extract_dates(text, D(2024, 5, 20)) if e.precision == "month"]
    assert months == [value]


@pytest.mark.parametrize("published,body,piece", [
    ("2023-02", "Yesterday the council suspended its session over the budget.", "council suspended"),
    ("2023-02", "On Wednesday, gunmen stormed the hall of the municipal council.", "gunmen stormed"),
    ("2018", "Last night militiamen shelled the airport, the agency reported.", "militiamen shelled"),
    ("2018", "The minister resigned on Tuesday, the agency said.", "minister resigned"),
])
def test_a_weekday_or_yesterday_against_a_coarse_publication_stays_coarse(make_corpus, published, body, piece):
    rows = _rows(make_corpus, published, body)
    assert _date_of(rows, piece) == {published}


@pytest.mark.parametrize("sentence,piece,year", [
    ("The brigade has controlled the crossing for a decade.", "controlled the crossing", "2014"),
    ("Smugglers have used the desert route for the past decade, officials say.", "desert route", "2014"),
    ("For a decade, the brigade has held the crossing south of Sabha.", "held the crossing", "2014"),
    ("He has led the municipal council for a decade, his office says.", "municipal council", "2014"),
    ("The group has held the port for nearly two decades, a UN report said.", "held the port", "2005"),  # the year after the whole count
])
def test_a_duration_under_a_present_perfect_is_an_onset_counted_back(make_corpus, sentence, piece, year):
    rows = _rows(make_corpus, "2024-06-10", "The minister met the envoy on Monday in Tripoli.\n\n" + sentence)
    assert (year, "onset") in {(d, k) for d, k, t in rows if piece in t}


@pytest.mark.parametrize("sentence,piece", [
    ("Families have waited for years for compensation.", "compensation"),  # no number: no date
    ("More than 2,000 migrants have drowned off the coast in the last decade.", "drowned"),  # counted within it
    ("Output has been cut repeatedly over the past decade of unrest.", "Output"),  # a time named, not a length
    ("The road was closed for a decade before the war.", "road was closed"),  # no perfect: no state lasting to now
    ("Over the last ten years, the town has lost half its people.", "half its people"),  # a period of change
    ("Migrant departures have fallen for two years, officials said.", "departures"),  # a trend
    ("He has led the municipal council for more than a decade.", "municipal council"),  # a lower bound: no year
])
def test_a_duration_that_is_no_onset_gives_no_counted_back_year(make_corpus, sentence, piece):
    rows = _rows(make_corpus, "2024-06-10", "The minister met the envoy on Monday in Tripoli.\n\n" + sentence)
    assert not {d for d, k, t in rows if piece in t and d in ("2014", "2015", "2023")}


# A day-month with no year against a publication known to the DAY: the nearest such day, unless it
# lies weeks on the wrong side of the publication for the clause's tense; a plan told in the past
# ("were scheduled for", "was due to", "had been planned for", "was postponed until") points either way.
@pytest.mark.parametrize("text,ref,value", [
    ("Municipal polls were scheduled for 29 September, the commission said.", D(2023, 9, 15), "2023-09-29"),
    ("The House was due to convene in Benghazi on 2 March to vote on the new cabinet.", D(2022, 2, 25), "2022-03-02"),
    ("Talks had been planned for 11 November in Tunis but were called off.", D(2020, 11, 3), "2020-11-11"),
    ("The tender was postponed until 18 January, the oil company announced.", D(2024, 1, 9), "2024-01-18"),
    ("Militia leaders were told the convoy on 5 July could not pass the checkpoint.", D(2019, 7, 2), "2019-07-05"),
    ("The premier said he would fly to Ankara on 4 May for talks on the maritime deal.", D(2021, 5, 12), "2021-05-04"),
    # weeks on the wrong side for the tense: last year's / next year's
    ("Gunmen stormed the ministry on 20 October, witnesses said.", D(2018, 5, 2), "2017-10-20"),
    ("The council will meet on 3 February to name a new governor.", D(2024, 6, 1), "2025-02-03"),
])
def test_a_day_month_against_a_day_keeps_the_nearest_unless_weeks_on_the_wrong_side(text, ref, value):
    days = [e.value for e in extract_dates(text, ref) if e.precision == "day"]
    assert days == [value]


# 29 February: only years in which it exists, by the same rule as every day.
@pytest.mark.parametrize("text,ref,value", [
    ("Officials said the audit covering 29 February found gaps in the accounts.", D(2023, 3, 1), "2020-02-29"),
    ("Audit of 29 February accounts: key findings", D(2023, 3, 1), "2024-02-29"),
    ("The bank will publish its figures on 29 February, a spokesman said.", D(2021, 6, 1), "2024-02-29"),
])
def test_a_leap_day_without_its_year_takes_a_leap_year(text, ref, value):
    days = [e.value for e in extract_dates(text, ref) if e.precision == "day"]
    assert days == [value]


# "last March", "next May" against a publication known only to the year: the row stays at the year;
# a bare month or day-month keeps its month (test above), and "may" the verb is no month.
@pytest.mark.parametrize("sentence,piece", [
    ("The prime minister toured the southern oil fields last March, his office said.", "southern oil fields"),
    ("Diplomats said the dialogue would resume next April in Geneva.", "dialogue would resume"),
    ("Tribal elders met the army chief in Sabha this May to discuss the border.", "Tribal elders"),
])
def test_a_month_relative_to_now_against_a_year_publication_stays_at_the_year(make_corpus, sentence, piece):
    rows = _rows(make_corpus, "2021", "The ministry held a news conference on the situation.\n\n" + sentence)
    assert _date_of(rows, piece) == {"2021"}


# A verb of speaking repeated over a span is no state that began: no onset row.
@pytest.mark.parametrize("sentence,piece", [
    ("The UN has warned for a decade that armed groups control the ports.", "armed groups"),
    ("Rights groups have called for the past five years for the prison to be closed.", "prison"),
    ("Analysts have argued for a decade that the oil revenue must be shared.", "oil revenue"),
])
def test_a_saying_repeated_over_a_span_is_no_onset(make_corpus, sentence, piece):
    rows = _rows(make_corpus, "2024-06-10", "The minister met the envoy on Monday in Tripoli.\n\n" + sentence)
    assert not {d for d, k, t in rows if piece in t}
