"""Every entry of the shipped vocabularies does what its `example` says (data/*.toml)."""

from __future__ import annotations

import datetime
import re

import pytest

from libyadesk import vocab
from libyadesk.dates import extract_dates
from libyadesk.prose import is_chrome, is_credit
from libyadesk.timeline import dated_clause

REF = datetime.date(2024, 3, 14)


def _examples(name: str) -> list[str]:
    return [e["example"] for e in vocab.entries(name)]


def _clause(text: str):
    return dated_clause(text, [(e.start, e) for e in extract_dates(text, REF)])


def test_every_entry_has_an_example_and_something_to_match():
    for name in ("chrome", "captions", "year_names", "onset_cues", "comparison_cues", "scheduled_cues", "verb_forms",
                 "adverbials", "chronology"):
        entries = vocab.entries(name)
        assert entries, name
        for entry in entries:
            assert entry.get("example"), (name, entry)
            assert set(entry) - {"example"}, (name, entry)


@pytest.mark.parametrize("example", _examples("chrome"))
def test_chrome_examples_are_chrome(example):
    assert is_chrome(example)


@pytest.mark.parametrize("example", _examples("chronology"))
def test_chronology_examples_head_a_chronology(example):
    from libyadesk.timeline import is_chronology_heading

    assert is_chronology_heading(example)
    assert not is_chronology_heading(example + ", the ministry said on Monday.")


@pytest.mark.parametrize("example", _examples("captions"))
def test_caption_examples_are_captions(example):
    assert is_credit(example)


@pytest.mark.parametrize("example", _examples("year_names"))
def test_numbers_in_names_and_clock_times_are_not_years(example):
    number = re.search(r"\b\d{4}\b", example).group()
    assert number not in [e.text for e in extract_dates(example, REF)]


@pytest.mark.parametrize("example", _examples("onset_cues"))
def test_onset_examples_are_onsets(example):
    expr, kind = _clause(example)
    assert kind == "onset" and expr.text in example


@pytest.mark.parametrize("example", _examples("comparison_cues"))
def test_comparison_examples_date_nothing(example):
    assert _clause(example) is None


@pytest.mark.parametrize("example", _examples("scheduled_cues"))
def test_scheduled_examples_are_scheduled(example):
    assert _clause(example)[1] == "scheduled"


@pytest.mark.parametrize("example", _examples("verb_forms"))
def test_verb_form_examples_name_their_date_in_passing(example):
    from libyadesk.timeline import _subordinate

    [expr] = [e for e in extract_dates(example, REF) if e.precision == "year"]
    assert _subordinate(example, 0, expr.start, expr.end)


@pytest.mark.parametrize("example", [e["example"] for e in vocab.entries("adverbials") if "opens" in e])
def test_adverbial_examples_open_their_sentence(example):
    from libyadesk.timeline import _opens

    [expr] = [e for e in extract_dates(example, REF) if e.precision == "year"]
    assert _opens(example, expr.start)
    assert not _opens("The country " + example[expr.start:], len("The country "))


@pytest.mark.parametrize("example", [e["example"] for e in vocab.entries("adverbials") if "time_nouns" in e])
def test_a_time_of_a_date_names_no_event(example):
    from libyadesk.timeline import _modifies_a_noun

    [expr] = extract_dates(example, REF)
    assert not _modifies_a_noun(example, expr.start, expr.end)
    assert _modifies_a_noun("the clashes of " + expr.text, len("the clashes of "), len("the clashes of " + expr.text))


def test_prose_is_neither_chrome_nor_caption():
    for sentence in ("The minister viewed the port on Monday and read a statement.",
                     "Photographers were kept away from the talks, which began on Tuesday.",
                     "Officials said the vote was a record turnout for the region."):
        assert not is_chrome(sentence) and not is_credit(sentence)


@pytest.mark.parametrize("entry", vocab.entries("anaphora"), ids=lambda e: e["phrases"][0])
def test_anaphora_examples_count_from_the_narrative(entry):
    found = extract_dates(entry["example"], datetime.date(2024, 5, 20))
    phrases = {" ".join(p.lower().split()) for p in entry["phrases"]}
    [expr] = [e for e in found if " ".join(e.text.lower().split()) in phrases]
    assert expr.value == entry["value"]


@pytest.mark.parametrize("entry", vocab.entries("report_words"), ids=lambda e: e["words"][0])
def test_report_words_are_left_out_of_the_compared_clause(entry):
    from libyadesk.timeline import _content

    assert _content(entry["example"]) == entry["event"]


@pytest.mark.parametrize("entry", vocab.entries("event_words"), ids=lambda e: e["concept"])
def test_event_words_fold_to_their_concept(entry):
    from libyadesk.timeline import _content

    assert "=" + entry["concept"] in _content(entry["example"])
