"""After a change, a bucket is merged bounded (timeline.Bounded): only the rows the change can reach
are built, the merge stops where it is the earlier one's again, and every other row is kept as
stored.  The answers must be a fresh build's at every step, and the work must not grow with the
rows the change cannot reach."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import article, record_calls
from libyadesk import Desk, codec
from libyadesk import timeline as timeline_module
from libyadesk import layers as L
from libyadesk.index import CorpusIndex
from libyadesk.timeline import Event


BASE = {
    "2025/a.md": article("Kremlin talks", "Wire", "2025-06-20",
                         "Khalifa Haftar met Vladimir Putin in Moscow on Thursday to discuss military cooperation. "
                         "Putin praised Haftar."),
    "2025/b.md": article("Haftar in Moscow", "Post", "2025-06-21",
                         "Libyan commander Khalifa Haftar held talks with Vladimir Putin in Moscow on 19 June about "
                         "military cooperation."),
    "2025/c.md": article("Port closed", "Daily", "2025-03-04",
                         "Gunmen closed the port of Zuwara on Monday, the coast guard said. "
                         "Fishermen protested in Zuwara on Tuesday."),
    "2025/d.md": article("Budget", "Observer", "2025-09-12",
                         "Abdul Hamid Dbeibah presented the budget in Tripoli on Wednesday. "
                         "The central bank said reserves fell in August."),
    "2025/e.md": article("Summer", "Review", "2025-07-02",
                         "In June, Haftar visited Moscow and Minsk. Dbeibah met Giorgia Meloni in Rome on Monday."),
}

STEPS = [
    # Another outlet's report of a meeting two others reported: it joins their row.
    ("add", "2025/f.md", article("Moscow visit", "Daily", "2025-06-22",
                                 "Field Marshal Khalifa Haftar and Vladimir Putin met in Moscow on Thursday to discuss "
                                 "military cooperation, the Kremlin said.")),
    # The first report of that row gone: the row is opened by another report.
    ("remove", "2025/a.md", None),
    # One of the two reports left now dates the meeting two days earlier: the row splits in two.
    ("edit", "2025/b.md", article("Haftar in Moscow", "Post", "2025-06-21",
                                  "Libyan commander Khalifa Haftar held talks with Vladimir Putin in Moscow on 17 June "
                                  "about military cooperation.")),
    # An article dated before every other report of its year.
    ("add", "2025/g.md", article("New year", "Wire", "2025-01-02",
                                 "Haftar met Dbeibah in Tripoli on 1 January. Gunmen closed the port of Zuwara on 1 January.")),
    ("remove", "2025/g.md", None),
    ("add", "2025/a.md", BASE["2025/a.md"]),
]


def _write(root: Path, texts: dict[str, str]) -> Path:
    for path, text in texts.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def _timeline(desk: Desk) -> list:
    return json.loads(json.dumps([e.to_json() for e in desk.timeline()]))


def _sources(rows: list) -> list[int]:
    return sorted(len(r["sources"]) for r in rows)


def test_each_change_merged_bounded_equals_a_fresh_build(tmp_path):
    root = _write(tmp_path / "corpus", BASE)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        _timeline(desk)  # the first build, cached
    seen = []
    for what, path, text in STEPS:
        if text is None:
            (root / path).unlink()
        else:
            (root / path).write_text(text, encoding="utf-8")
        timeline_module.UPDATE_WORK.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = _timeline(desk)
        work = dict(timeline_module.UPDATE_WORK)
        with Desk.open(root, cache=False) as desk:
            assert updated == _timeline(desk), (what, path)
        # Every bucket met had the keys of its stored rows: none was merged whole.
        assert work.get("buckets", 0) >= 1 and work.get("buckets merged whole", 0) == 0, (what, path, work)
        seen.append((updated, work))
    joined, gone_first, split, early = (rows for rows, _ in seen[:4])
    assert max(_sources(joined)) == 3  # the new report joined the row of two others
    assert max(_sources(gone_first)) == 2  # its first report gone, the row holds the two others
    assert max(_sources(split)) == 1 and len(split) == len(gone_first) + 1  # two dates apart: two rows
    assert early[0]["date"] == "2025-01-01"
    # The article of 1 January comes first in its year's merge order: the rows of the other
    # reports are out of its reach, so the merge stopped once its own events were merged.
    assert seen[3][1]["events built"] < seen[3][1]["events"]


def _fillers(count: int) -> dict[str, str]:
    """count reports of talks, each on a day of its own in 2025 (two a month), each naming an official
    of a surname of its own (made of syllables, so that any count has distinct ones)."""
    syllables = ["ka", "ri", "mo", "ta", "lu", "se", "na", "bo", "fi", "du"]
    out = {}
    for i in range(count):
        name = (syllables[i % 10] + syllables[(i // 10) % 10] + syllables[(i // 100) % 10]).capitalize()
        month, day = 1 + (i // 2) % 10, 3 + 12 * (i % 2) + (i // 20) % 10
        out[f"2025/f{i}.md"] = article(
            f"Talks {i}", "Wire", f"2025-{month:02d}-{day + 1:02d}",
            f"Minister Omar {name}a met Khalifa Haftar in Tripoli on {day} {_MONTHS[month - 1]} about {name}a port.")
    return out


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def test_the_work_of_a_bounded_update_does_not_grow_with_the_corpus(tmp_path, monkeypatch):
    """A report of late December added to a year of 10, then 30 reports of earlier days: the events
    built into rows, the comparisons made and the stored events decoded whole are the same (the new
    report's own; the others' days and words are read from their rows' JSON), while the year's events
    grow threefold; the answers are a fresh build's."""
    compared = record_calls(monkeypatch, timeline_module, "same_event", lambda a, b: (a.doc, b.doc))
    # The documents' events decoded whole: those of each row read whole, and each taken from its JSON.
    decoded = record_calls(monkeypatch, codec, "convert", lambda raw, kind: 1 if kind is Event else 0)
    real_row_of = CorpusIndex.row_of

    def row_of(index, name, doc_id):
        row = real_row_of(index, name, doc_id)
        decoded.append(len(row or ()) if name == L.DOC_EVENTS else 0)
        return row

    monkeypatch.setattr(CorpusIndex, "row_of", row_of)
    work = {}
    for size in (10, 30):
        root = _write(tmp_path / f"corpus{size}", _fillers(size))
        cache = tmp_path / f"cache{size}"
        with Desk.open(root, cache=cache) as desk:
            desk.timeline()
        (root / "2025/new.md").write_text(article(
            "Zuwara", "Daily", "2025-12-20",
            "Rear Admiral Marco Casapieri met Khalifa Haftar in Zuwara on 18 December about patrols."), encoding="utf-8")
        compared.clear()
        decoded.clear()
        timeline_module.UPDATE_WORK.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = _timeline(desk)
        work[size] = (timeline_module.UPDATE_WORK["events built"], len(compared), sum(decoded),
                      timeline_module.UPDATE_WORK["events"])
        with Desk.open(root, cache=False) as desk:
            assert updated == _timeline(desk)
    assert work[30][3] >= 3 * work[10][3] - 2, work  # the year holds three times the events
    assert work[10][:3] == work[30][:3], work  # and the update built, compared and decoded the same
    assert work[10][0] < work[10][3] and work[10][2] < work[10][3], work


def test_an_update_works_out_the_letter_keys_of_its_new_names_only(tmp_path, monkeypatch):
    """The consonant-skeleton keys of discovered people's names, their words joined (the fold of "Wanis Bu
    Khamada" into "Wanis Bukhamada"), are kept: after one article naming one new person is added, only
    that person's key is worked out, and the actors are a fresh build's."""
    from libyadesk import names

    root = _write(tmp_path / "corpus", {**BASE, **_fillers(12)})
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        people = [a.name for a in desk.actors() if a.kind == "person" and a.discovered]
    assert len(people) >= 12
    keyed = record_calls(monkeypatch, names, "name_key", lambda term: term)
    (root / "2025/new.md").write_text(article(
        "Zuwara", "Daily", "2025-12-20",
        "Rear Admiral Marco Casapieri met Khalifa Haftar in Zuwara on 18 December about patrols."), encoding="utf-8")
    with Desk.open(root, cache=cache) as desk:
        updated = [(a.name, a.mentions) for a in desk.actors()]
    joined = {"".join(n.lower().split()) for n in people}
    words = {w for n in people for w in n.lower().split()} - {"marco", "casapieri"}
    assert "marcocasapieri" in keyed and not (joined | words) & set(keyed), keyed
    with Desk.open(root, cache=False) as desk:
        assert updated == [(a.name, a.mentions) for a in desk.actors()]
