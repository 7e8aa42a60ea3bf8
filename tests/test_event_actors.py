"""The actors of an event: only its own span, countries named as places left out, and each
actor under the name it had at the event's date.  Texts written for these tests."""

from __future__ import annotations

import pytest

from libyadesk import vocab
from libyadesk.actors import event_actors, find_mentions, load_registry, name_at, participants
from libyadesk.index import build_index
from libyadesk.models import Document, Sentence
from libyadesk.text import split_sentences


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _names(text: str, registry, date: str | None = "2025-01-10", span: tuple[int, int] | None = None) -> list[str]:
    doc = Document("t", text, "t.md", published="2025-01-10", source="Test Wire")
    sentences = [Sentence("t", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    mentions = find_mentions(doc, sentences, registry)
    start, end = span or (0, len(text))
    return [name for _, name in participants(text, mentions, registry.actors, registry, start, end, date)]


@pytest.mark.parametrize("word", vocab.words("places", "prepositions"))
def test_a_country_named_as_a_place_is_no_participant(word, registry):
    names = _names(f"Italy said clashes broke out {word} Libya on Monday.", registry)
    assert names == ["Italy"]


@pytest.mark.parametrize("direction", vocab.words("places", "directions"))
def test_a_direction_between_preposition_and_country(direction, registry):
    assert _names(f"Egypt said fighters were seen in {direction} Libya.", registry) == ["Egypt"]


@pytest.mark.parametrize("text, expected", [
    ("Italy signed a migration deal with Libya on Monday.", ["Italy", "Libya"]),
    ("Turkey sent drones and advisers to Libya in January.", ["Turkey"]),
    ("Migrants from Libya and Tunisia were rescued on Sunday.", []),
    ("Greece and Turkey traded accusations over the maritime deal.", ["Greece", "Turkey"]),
])
def test_acting_countries_are_participants(text, expected, registry):
    assert _names(text, registry) == expected


def test_a_dated_alias_names_the_government_of_the_time(registry):
    text = "The GNA said its forces had repelled the attack on Tripoli."
    assert _names(text, registry, date="2019-05-02") == ["Government of National Accord"]
    assert _names(text, registry, date="2023-08-14") == ["Government of National Unity"]
    later = "The Government of National Unity and Egypt signed a trade deal."
    assert _names(later, registry, date="2020-11") == ["Government of National Accord", "Egypt"]
    assert _names(later, registry, date="2022") == ["Government of National Unity", "Egypt"]


def test_name_at_without_dates_is_the_name(registry):
    haftar = registry.actors["khalifa-haftar"]
    assert name_at(registry, haftar, "2019-04-04") == "Khalifa Haftar"
    assert name_at(registry, registry.actors["gnu"], None) == "Government of National Unity"


def test_only_the_span_counts(registry):
    text = ("Khalifa Haftar met Egypt's president in Cairo on Sunday. "
            "On Monday, Turkey sent more drones to Tripoli.")
    second = text.index("On Monday")
    assert _names(text, registry, span=(second, len(text))) == ["Turkey"]
    assert "Khalifa Haftar" in _names(text, registry, span=(0, second))


def test_event_actors_reads_the_index(registry):
    text = "On 4 April 2019 Khalifa Haftar ordered his forces to march on Tripoli, the GNA said."
    index = build_index([Document("a", text, "a.md", published="2019-04-05", source="Test Wire")])
    names = [n for _, n in event_actors(index, "a", 0, len(text), "2019-04-04")]
    assert names == ["Khalifa Haftar", "Government of National Accord"]


@pytest.mark.parametrize("word", vocab.words("places", "agents_from"))
def test_people_from_a_country_act_for_it(word, registry):
    assert _names(f"Officials met {word} from Italy on Monday.", registry) == ["Italy"]


def test_a_list_of_places_is_all_places(registry):
    text = "Egypt said migrants arrived from Libya, Tunisia, and Algeria on Sunday."
    assert _names(text, registry) == ["Egypt"]
    text = "The envoy visited Benghazi with ministers from Italy, Greece, and Malta."
    assert _names(text, registry) == ["Italy", "Greece", "Malta"]
