"""Forms by which news names who acted: a seat of government for its state ("the Elysée said",
data/places.toml `acting_seats`), an oil operating company by its operations ("Akakus Oil Operations",
data/organisations.toml [heads]); and a word of a kind's stem that tells no such happening ("closely"
is no closure: data/event_words.toml `unlike`). Texts are our own."""

from __future__ import annotations

import pytest
from helpers import story_page as _page

from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.timeline import _content, extract_events


def _actors(make_corpus, body: str) -> list[list[str]]:
    index = build_index(load_corpus(make_corpus({"a.md": _page("Desert Wire", "2031-11-27", body)})).documents)
    return [e.actors for e in extract_events(index)]


@pytest.mark.parametrize("body, state", [
    ("The Elysée said on Tuesday in a statement that the President was following the file.", "france"),
    ("The Kremlin denied on Monday that Russian troops had moved to the Jufra base.", "russia"),
])
def test_a_seat_of_government_acting_is_its_state(make_corpus, body, state):
    assert _actors(make_corpus, body) == [[state]]


def test_a_seat_of_government_named_as_a_place_is_no_actor(make_corpus):
    assert _actors(make_corpus, "Talks at the Kremlin on Monday ended without a deal.") == [[]]


def test_an_oil_operating_company_is_discovered_by_its_operations(make_corpus):
    assert _actors(make_corpus, "Akakus Oil Operations, which runs the field, said on Tuesday that output "
                                "had resumed.") == [["discovered:akakus-oil-operations"]]


def test_closely_is_no_closure_and_closed_is():
    assert "=closure" not in _content("The mission follows the situation closely and seeks closer ties.")
    assert "=closure" in _content("Protesters closed the road to the port.")
