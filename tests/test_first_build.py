"""A first build of actors and dates: each document is read, split and set apart from its chrome once
for the passes that need it, and the rows are those the passes would make one by one."""

from __future__ import annotations

import sqlite3

from libyadesk import index as index_module
from libyadesk import layers as L
from libyadesk import parallel, prose, timeline
from libyadesk.desk import Desk

# Written for this test, in the shapes of wire copy, a risk advisory and a translated outlet.
ARTICLES = {
    "wire.md": "---\ntitle: Talks in Tunis\nsource: Wire\npublished: 2025-03-04\n---\n"
               "Khalifa Haftar met UN envoy Hanna Tetteh in Benghazi on Monday. The talks ended without a deal.\n\n"
               "Photo: Wire staff\n\nDbeibah said on Tuesday that elections would be held in 2026.\n",
    "advisory.md": "---\ntitle: Risk advisory\nsource: Advisory Desk\npublished: 2025-03-10\n---\n"
                   "Clashes broke out in Zawiya on 8 March between rival armed groups. Travel to the coast road "
                   "is not advised.\n\nShare this article\n",
    "translated.md": "---\ntitle: The council meets\nsource: Al-Wasat English\npublished: 2025-03-12\n---\n"
                     "The Presidential Council, headed by Mohamed al-Menfi, met on Wednesday in Tripoli. "
                     "Al-Menfi told reporters that the council rejected the budget of 2025.\n",
}


def _tables(path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        return {"doc_rows": conn.execute("SELECT layer, docno, digest, v FROM doc_rows ORDER BY layer, docno").fetchall(),
                "keyed": conn.execute("SELECT layer, k, v FROM keyed ORDER BY layer, k").fetchall()}
    finally:
        conn.close()


def _first_build(root, folder):
    with Desk.open(root, cache=folder) as desk:
        profile = desk.actor("Haftar")
        events = [e.to_json() for e in desk.timeline()]
        path = desk.index.db.path
    return profile.to_json(), events, _tables(path)


def test_dates_and_event_actors_ride_in_the_mentions_pass_and_give_the_same_rows(make_corpus, monkeypatch, tmp_path):
    root = make_corpus(ARTICLES)
    monkeypatch.setattr(parallel, "workers", lambda: 1)  # the counts below are taken in this process
    passes: list[str] = []
    map_documents = parallel.map_documents

    def counted(index, work, shared=None, label="", only=None, reads=()):
        passes.append(label)
        return map_documents(index, work, shared, label, only, reads)

    monkeypatch.setattr(parallel, "map_documents", counted)
    dated: list[str] = []
    doc_events = timeline._doc_events

    def counted_dating(index, doc):
        dated.append(doc.id)
        return doc_events(index, doc)

    monkeypatch.setattr(timeline, "_doc_events", counted_dating)
    found: list[str] = []
    compute = prose.not_prose.__wrapped__

    def counted_not_prose(text, sentences, title=None):
        found.append(title)
        return compute(text, sentences, title)

    monkeypatch.setattr(prose.not_prose, "__wrapped__", counted_not_prose)

    riding = _first_build(root, tmp_path / "riding")
    assert passes == ["finding actors", "finding mentions"]  # dating and naming event actors rode along
    assert sorted(dated) == ["advisory", "translated", "wire"]  # each document dated once
    assert len(found) == 3  # and its non-prose found once, for its mentions and its dates

    passes.clear(), dated.clear(), found.clear()
    monkeypatch.setattr(index_module, "RIDERS", {})
    alone = _first_build(root, tmp_path / "alone")
    assert passes == ["finding actors", "finding mentions", "dating events", "naming actors in events"]
    assert len(found) == 6
    assert riding == alone  # the same profile, timeline and stored rows, byte for byte
    assert {row[0] for row in riding[2]["doc_rows"]} >= {L.DATED, L.DOC_EVENTS, L.MENTIONS, L.DISCOVERED}


def test_rows_a_rider_computed_are_not_computed_again_by_their_own_pass(make_corpus, tmp_path):
    root = make_corpus(ARTICLES)
    with Desk.open(root, cache=tmp_path / "c") as desk:
        desk.actors()  # the actor layer: its mentions' pass dates the documents too, while timeline is imported
        index = desk.index
        assert index.staged[L.DATED][1] == set(index.doc_numbers.values())  # staged for the save, not held
        computed, old = index.changed_rows(L.DATED, lambda *_: (_ for _ in ()).throw(AssertionError("passed again")))
        assert set(computed) == set(index.order) and old == {}
        assert len(desk.timeline()) > 0

