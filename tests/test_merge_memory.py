"""Merging a date bucket from its JSON texts (timeline.Encoded, as a worker does) gives exactly what
merging the decoded events gives, and what it keeps alive does not grow with the reports of one
event: a row keeps its first MEMBERS_COMPARED reports, the others are let go once absorbed.
Counted (live objects), never measured with a clock or RSS."""

from __future__ import annotations

import gc

from libyadesk import timeline
from libyadesk.codec import encode
from libyadesk.models import Citation
from libyadesk.timeline import Encoded, Event, _event_key, _merge_texts, _merge_traced, prepare_events

# Written for this test: one sinking told by many outlets (wire, UN press release, blog, advisory),
# a clash of another day, and a year-dated background line that every day of the year can find.
_WORDINGS = [
    "A boat carrying {n} migrants capsized off Zuwara on {day}, the IOM said.",
    "At least {n} people drowned when their boat sank off the coast of Zuwara on {day}.",
    "The UN migration agency said a vessel with {n} migrants on board overturned near Zuwara on {day}.",
    "Rescuers recovered bodies after a dinghy capsized off Zuwara on {day}, the Red Crescent said.",
]


def _event(doc: int, text: str, date: str, precision: str, actors: list[str]) -> Event:
    words = [w.lower().strip(".,") for w in text.split() if len(w) > 3]
    return Event(date=date, precision=precision, dated_by="stated", doc=f"d{doc:04d}", sentence=doc % 7, text=text,
                 actors=list(actors), sources=[Citation(doc=f"d{doc:04d}", source=f"Outlet {doc % 9}",
                                                        published=date[:4] + "-12-30", text=text)],
                 actor_names=list(actors), words=words, core=words[:4], where=["Zuwara"] if "Zuwara" in text else [])


def _bucket(reports: int) -> list[tuple[int, Event]]:
    """(key, event) of a bucket: `reports` reports of one sinking, a few other events of the year."""
    events = []
    for i in range(reports):
        text = _WORDINGS[i % len(_WORDINGS)].format(n=40 + i % 3, day="14 June")
        events.append(_event(i, text, "2024-06-14", "day", ["iom"] if i % 2 else []))
    events.append(_event(5000, "Clashes broke out in Zawiya on 2 March between rival brigades.", "2024-03-02", "day", []))
    events.append(_event(5001, "Migrant departures from the western coast rose sharply in 2024.", "2024", "year", []))
    events.append(_event(5002, "Talks on a unified budget resumed in Tripoli in October.", "2024-10", "month", []))
    prepared = [prepare_events([e])[0] for e in events]
    return [(_event_key(i, 0), e) for i, e in enumerate(prepared)]


def test_an_encoded_bucket_merges_exactly_as_its_decoded_events():
    pairs = _bucket(40)
    whole = _merge_traced([e for _, e in pairs], [k for k, _ in pairs])
    streamed = _merge_traced(Encoded([encode(list(p)) for p in pairs]), [])
    assert encode(streamed.rows) == encode(whole.rows)
    assert streamed.trace == whole.trace and streamed.keys == whole.keys
    # The reports of the sinking made one row: the comparison really ran (not a bucket of strangers).
    assert max(len(r.sources) for r in whole.rows) > timeline.MEMBERS_COMPARED
    # And a worker's whole answer (rows, actor rows, years, trace) is the one of the decoded events.
    merged, own, span, trace, _ = _merge_texts([encode(list(p)) for p in pairs])
    assert merged == encode(whole.rows) and trace == encode(whole.trace) and span == (2024, 2024)
    assert own == [(a, encode(rows), len(rows)) for a, rows in timeline._by_actor(whole.rows).items()]


def _held_while_merging(reports: int, monkeypatch) -> tuple[int, int, int, int]:
    """(events decoded, the most reports a row held, the most Event objects alive, the most alive
    beyond what the rows may hold) while the bucket of `reports` reports is merged: counted at each
    take, when the rows being built are alive (once the merge returns they are gone)."""
    take = Encoded.take
    decoded = [0]
    most = {"members": 0, "alive": 0, "beyond": 0}

    def counted(self, i):
        decoded[0] += 1
        gc.collect()
        live = gc.get_objects()
        rows = [o for o in live if type(o) is timeline._Row]
        alive = sum(1 for o in live if type(o) is Event)  # Event has __slots__: no weak references
        most["members"] = max(most["members"], *(len(r.members) for r in rows), 0)
        most["alive"] = max(most["alive"], alive)
        # Each row holds its own event and its first MEMBERS_COMPARED reports; the loop holds the last one taken.
        most["beyond"] = max(most["beyond"], alive - len(rows) * (1 + timeline.MEMBERS_COMPARED))
        return take(self, i)

    monkeypatch.setattr(Encoded, "take", counted)
    merged = _merge_traced(Encoded([encode(list(p)) for p in _bucket(reports)]), [])
    assert sum(len(r.sources) for r in merged.rows) == reports + 3  # every report is in a row
    return decoded[0], most["members"], most["alive"], most["beyond"]


def test_the_reports_kept_while_merging_do_not_grow_with_the_reports_of_one_event(monkeypatch):
    small = _held_while_merging(30, monkeypatch)
    large = _held_while_merging(90, monkeypatch)
    assert (small[0], large[0]) == (33, 93)  # each event decoded (for merging) once
    # While the merge runs, a row holds its first MEMBERS_COMPARED reports whatever it absorbed, and
    # nothing else keeps reports alive: far fewer reports stay alive than the merge decoded.
    for decoded, members, alive, beyond in (small, large):
        assert members <= timeline.MEMBERS_COMPARED
        assert beyond <= 1
    assert large[2] < large[0] / 2
