"""Parts of a sentence that date two happenings: ", and in September 2031 the House and the High
Council of State agreed" opens a clause of its own after a time with a year (timeline's
_new_subject_after_and), so each part's actors are its own; and a counted year set with a month of it
("A year later the governor fled the country in August 2031") dates one happening, the month's.
Texts are our own."""

from __future__ import annotations

from helpers import story_page as _page

from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.timeline import extract_events


def _events(make_corpus, body: str, published: str = "2032-03-10"):
    index = build_index(load_corpus(make_corpus({"a.md": _page("Desert Wire", published, body)})).documents)
    return sorted(extract_events(index), key=lambda e: (e.sentence, e.date))


SENTENCE = ("The bank was reunified only in August 2030. A year later the then governor, Jane Roe, fled the "
            "country in August 2031, and in September 2031 the House of Representatives and the High Council "
            "of State agreed, in talks hosted by the U.N. mission, on a new governor, John Doe.")


def test_a_clause_opened_after_a_time_with_a_year_has_its_own_actors(make_corpus):
    events = {e.date: e for e in _events(make_corpus, SENTENCE)}
    assert events["2031-08"].actors == ["discovered:jane-roe"]
    assert "discovered:jane-roe" not in events["2031-09"].actors
    assert {"house-of-representatives", "high-council-of-state"} <= set(events["2031-09"].actors)


def test_a_counted_year_with_a_month_of_it_dates_one_happening(make_corpus):
    assert [e.date for e in _events(make_corpus, SENTENCE) if e.sentence == 1] == ["2031-08", "2031-09"]


def test_a_counted_year_alone_still_dates_its_clause(make_corpus):
    events = _events(make_corpus, "The bank was reunified only in August 2030. A year later the governor fled the country.")
    assert [e.date for e in events if e.sentence == 1] == ["2031"]


def test_a_counted_year_and_a_month_in_two_clauses_date_two_happenings(make_corpus):
    events = _events(make_corpus, "The House approved the unified budget in 2030. A year later, it rejected the "
                                  "government's spending plan, and in August 2031 the Central Bank froze all payments.")
    assert [e.date for e in events if e.sentence == 1] == ["2031", "2031-08"]
