"""The corpus-wide actor rows and merged timeline are corrected after a change, and equal a fresh build's.

A sequence of adds, edits and removes is applied to one small corpus; after each step the
cached answers (brought up to date from the changed documents) must be those of a build
from scratch, and the work done must be that of the changed documents, counted.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from helpers import article, record_calls
from libyadesk import Desk
from libyadesk import actors as actors_module
from libyadesk import layers as L
from libyadesk import timeline as timeline_module


TEXTS = {
    "2024/a.md": article("Minsk visit", "Wire", "2024-02-18",
                         "Field Marshal Khalifa Haftar met Alexander Lukashenko in Minsk on Tuesday. "
                         "Haftar praised Belarus. \"We are grateful for the support,\" Haftar said."),
    "2024/b.md": article("Rome talks", "Post", "2024-03-01",
                         "Abdul Hamid Dbeibah met Giorgia Meloni in Rome on Friday. "
                         "Meloni spoke about migration in July 2023. Dbeibah and Meloni signed a memorandum."),
    "2024/c.md": article("Coast guard", "Daily", "2024-04-02",
                         "Rear Admiral Marco Casapieri said the coast guard intercepted 300 people last week. "
                         "Casapieri met Dbeibah in Tripoli on Monday. "
                         "The talks with Salem Jarrai in Tripoli on Tuesday went well."),
    "2025/d.md": article("Benghazi meeting", "Wire", "2025-01-10",
                         "Colonel Ahmed Zuwai told reporters in Benghazi on Wednesday that Haftar and Casapieri had met. "
                         "Zuwai said Saddam Haftar attended."),
    "2025/e.md": article("Moscow", "Observer", "2025-06-20",
                         "Khalifa Haftar travelled to Moscow on Thursday and met Vladimir Putin. "
                         "Putin and Haftar discussed the Wagner Group. Haftar met Putin in Moscow on Thursday."),
}

STEPS = [
    # (what, path, new text or None to remove)
    ("add", "2025/f.md", article("Tripoli", "Post", "2025-06-21",
                                 "Khalifa Haftar met Vladimir Putin in Moscow on Thursday, the Kremlin said. "
                                 "Dbeibah criticised the visit. Brigadier Salem Jarrai said the talks were useful.")),
    ("edit", "2024/b.md", article("Rome talks", "Post", "2024-03-01",
                                  "Abdul Hamid Dbeibah met Giorgia Meloni in Rome on Sunday. "
                                  "Colonel Ahmed Zuwai joined Dbeibah. \"Migration is our first concern,\" Meloni said.")),
    ("remove", "2024/a.md", None),
    ("add", "2023/g.md", article("Early", "Daily", "2023-12-30",
                                 "Haftar met Lukashenko in Minsk on Friday. Ahmed Zuwai said Haftar would return.")),
    ("edit", "2025/d.md", article("Benghazi meeting", "Wire", "2025-01-10",
                                  "Saddam Haftar met Casapieri in Benghazi on Wednesday.")),
    ("remove", "2024/c.md", None),
    ("add", "2024/a.md", TEXTS["2024/a.md"]),
    # A surname written alone, then a second person of that surname (whom the surname alone
    # may now name), then that person gone again: surname-only resolution changes both ways.
    ("add", "2025/p.md", article("Port", "Daily", "2025-02-03",
                                 "Dr Zuwai said the port of Zuwara was closed on Monday. Zuwai blamed the weather.")),
    ("add", "2025/q.md", article("Prices", "Post", "2025-02-07",
                                 "Mr Ali Zuwai, a trader in Zuwara, said on Friday that prices rose. Zuwai left.")),
    ("remove", "2025/q.md", None),
    # The article whose report opened a row that another outlet's report joined, gone and back:
    # the row's other report is merged again, and the row is made again.
    ("remove", "2025/e.md", None),
    ("add", "2025/e.md", TEXTS["2025/e.md"]),
]

NAMES = ["Haftar", "Dbeibah", "Meloni", "Casapieri", "Zuwai", "Putin", "Saddam Haftar"]


def answers(desk: Desk) -> dict:
    """Everything the actor layer and the timeline answer, as JSON records."""
    out: dict = {"actors": [r.to_json() for r in desk.actors()], "timeline": [e.to_json() for e in desk.timeline()]}
    for name in NAMES:
        try:
            out[name] = desk.actor(name).to_json()
        except Exception as exc:  # a name that is not (or no longer) an actor: the error must agree too
            out[name] = f"{type(exc).__name__}: {exc}"
    return json.loads(json.dumps(out))


def name_rows(desk: Desk) -> dict:
    """The rows by actor and by name that a warm actor call reads instead of the actor table."""
    return {name: dict(desk.index.keyed(name)) for name in (L.ACTOR_RECORDS, L.ACTOR_LOOKUP)}


@pytest.fixture
def passed(monkeypatch):
    """The documents whose mentions were summed into the actor rows (actors._part_of calls), by doc id."""
    return record_calls(monkeypatch, actors_module, "_part_of", lambda doc_id, row: doc_id)


@pytest.fixture
def merged(monkeypatch):
    """The date buckets merged (timeline._merge_traced calls), by bucket."""
    return record_calls(monkeypatch, timeline_module, "_merge_traced",
                        lambda events, *rest, **kw: timeline_module.merge_bucket(next(iter(events))))


@pytest.mark.parametrize("sample", [actors_module.SAMPLE_MENTIONS, 2])
def test_each_step_equals_a_fresh_build(make_corpus, tmp_path, passed, merged, monkeypatch, sample):
    # With a sample of 2 an actor's first mentions are full, and a change before or after them is met.
    monkeypatch.setattr(actors_module, "SAMPLE_MENTIONS", sample)
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    assert len(passed) == len(TEXTS)  # the first build sums every document once
    for what, path, text in STEPS:
        if text is None:
            (root / path).unlink()
        else:
            (root / path).parent.mkdir(exist_ok=True)
            (root / path).write_text(text, encoding="utf-8")
        passed.clear()
        merged.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            by_name = name_rows(desk)
            written = desk.index.patches.get(L.ACTOR_DOCS, {})
            member_rows = set(desk.index.patches.get(L.TIMELINE_MEMBERS, {}))
            event_rows = set(desk.index.patches.get(L.EVENTS, {}))
            buckets = set(desk.index.keyed(L.EVENTS))
            documents = len(desk.index.order)
        # Only the buckets the changed document's events fall into are merged again, each once.
        assert merged and len(merged) == len(set(merged)) < len(buckets | set(merged)), (what, path, merged)
        # Only those buckets' rows (one emptied by the change is removed) and lists of documents are written back.
        assert set(merged) <= event_rows == member_rows, (what, path, member_rows, event_rows, merged)
        assert passed, (what, path)
        # Only the changed document (its old and new part) and those whose mentions a new actor
        # can change are summed again, never every document.
        assert len(passed) < 2 * documents, (what, path, passed)
        with Desk.open(root, cache=False) as desk:
            fresh = answers(desk)
            fresh_by_name = name_rows(desk)
        assert updated == fresh, (what, path)
        # The rows a name is looked up by, corrected for the actors that changed, are a fresh build's.
        assert by_name == fresh_by_name, (what, path)
        # Only the rows of actors the changed documents name are written back.
        assert 0 < len(written) < len(updated["actors"]), (what, path, sorted(written))


def _built_then_one_added(make_corpus, tmp_path) -> tuple[Path, Path]:
    """(corpus folder, cache folder): TEXTS built into the cache, then one short article added."""
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    (root / "2025/z.md").write_text(article("Short", "Wire", "2025-07-01", "Haftar met Meloni in Rome on Monday."),
                                    encoding="utf-8")
    return root, cache


def test_adding_one_document_sums_only_it(make_corpus, tmp_path, passed, monkeypatch):
    prepared = record_calls(monkeypatch, timeline_module, "_prepared_in", lambda index, doc, shared: doc.id)
    root, cache = _built_then_one_added(make_corpus, tmp_path)
    passed.clear()
    prepared.clear()
    with Desk.open(root, cache=cache) as desk:
        desk.timeline()
        (new,) = [d for d in desk.index.order if desk.index.documents[d].title == "Short"]
        named = {m.actor for m in actors_module.doc_mentions(desk.index, new)}
        written = set(desk.index.patches.get(L.ACTOR_DOCS, {}))
    assert passed == [new] and prepared == [new]
    assert "khalifa-haftar" in named and written == named


def test_a_damaged_mentions_row_is_found_again(make_corpus, tmp_path):
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        before = answers(desk)
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as connection:
        assert connection.execute("UPDATE doc_rows SET c = c + 1 WHERE layer = ?", (L.MENTIONS,)).rowcount == 5
    with Desk.open(root, cache=cache) as desk:
        again = answers(desk)
        assert any("mentions" in note for note in desk.index.notes)
    assert again == before


def test_merging_prepares_per_document_and_merges_per_bucket(bundled_index):
    """The contract the incremental timeline rests on: the step before merging reads one article at a
    time (its result is kept per document), and merging all events is merging each bucket's alone."""
    events = timeline_module.extract_events(bundled_index)
    by_doc: dict[str, list] = {}
    for event in events:
        by_doc.setdefault(event.doc, []).append(event)
    prepared = timeline_module.prepare_events(events)
    alone = [e for part in by_doc.values() for e in timeline_module.prepare_events(part)]
    assert [e.to_json() for e in prepared] == [e.to_json() for e in alone]
    by_bucket: dict[str, list] = {}
    for event in prepared:
        by_bucket.setdefault(timeline_module.merge_bucket(event), []).append(event)
    assert len(by_bucket) >= 3
    per_bucket = [e for part in by_bucket.values() for e in timeline_module.merge_prepared(part)]
    per_bucket.sort(key=timeline_module._sort_key)
    assert [e.to_json() for e in timeline_module.merge_events(events)] == [e.to_json() for e in per_bucket]


def test_replaying_a_merge_trace_after_a_change_equals_merging_afresh(bundled_index, monkeypatch):
    """Each bucket's merge with one document's events taken out, then put back, replayed from the
    trace of the merge before: the same rows and trace as a fresh merge, with fewer comparisons."""
    decided = record_calls(monkeypatch, timeline_module, "_decide", lambda event, *rest: event.doc)
    events = timeline_module.prepare_events(timeline_module.extract_events(bundled_index))
    by_bucket: dict[str, list] = {}
    for i, event in enumerate(events):
        by_bucket.setdefault(timeline_module.merge_bucket(event), []).append((event, bundled_index.doc_numbers[event.doc] * 1000 + i))
    fewer = 0
    for pairs in by_bucket.values():
        whole = timeline_module._merge_traced([e for e, _ in pairs], [k for _, k in pairs])
        for doc in {e.doc for e, _ in pairs}:
            rest = [(e, k) for e, k in pairs if e.doc != doc]
            left = {k for e, k in rest}
            fresh = timeline_module._merge_traced([e for e, _ in rest], [k for _, k in rest])
            kept = [entry for entry in whole.trace if entry[0] in left]
            dirty = {k for entry in whole.trace if entry[0] not in left
                     for k in [entry[0], *timeline_module.decided_rows(entry)]}
            decided.clear()
            taken_out = timeline_module._merge_traced([e for e, _ in rest], [k for _, k in rest], kept, dirty)
            assert [e.to_json() for e in taken_out.rows] == [e.to_json() for e in fresh.rows]
            assert taken_out.trace == fresh.trace and taken_out.compared == len(decided) <= fresh.compared
            decided.clear()
            put_back = timeline_module._merge_traced([e for e, _ in pairs], [k for _, k in pairs], fresh.trace)
            assert [e.to_json() for e in put_back.rows] == [e.to_json() for e in whole.rows]
            assert put_back.trace == whole.trace
            # Only the document's own events, and those whose candidates it changed, are compared again.
            assert doc in decided and len(decided) <= whole.compared
            fewer += len(decided) < whole.compared
    assert fewer > 0


def test_damaged_rows_met_by_an_update_are_built_again(make_corpus, tmp_path):
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as connection:
        damaged = connection.execute("UPDATE doc_rows SET c = c + 1 WHERE layer IN (?, ?)",
                                     (L.DOC_EVENTS, L.MENTIONS)).rowcount
    assert damaged == 2 * len(TEXTS)
    (root / "2024/h.md").write_text(article("More", "Wire", "2024-05-01", "Haftar met Dbeibah in Tripoli on Monday."),
                                    encoding="utf-8")
    with Desk.open(root, cache=cache) as desk:
        updated = answers(desk)
        notes = list(desk.index.notes)
    with Desk.open(root, cache=False) as desk:
        assert updated == answers(desk)
    assert any("built again" in n or "summed again" in n or "found again" in n for n in notes), notes


SURNAMES = ["Salem", "Naji", "Fathi", "Mabrouk", "Ghariani", "Swehli", "Kabir", "Jadran",
            "Omeish", "Bashagha", "Sharif", "Tekbali", "Warfalli", "Busaif", "Hamza", "Mlegta"]


def _talks(count: int, month_of=lambda i: 3) -> dict[str, str]:
    """count wire reports of talks in 2025, each naming a colonel of its own surname."""
    return {f"2025/filler{i}.md": article(
        f"Talks {i}", "Wire", f"2025-{month_of(i):02d}-{i + 1:02d}",
        f"Colonel Ahmed {surname} met Khalifa Haftar in Tripoli on Monday. Ahmed {surname} said the talks went well.")
        for i, surname in enumerate(SURNAMES[:count])}


def _write(root: Path, texts: dict[str, str]) -> Path:
    """Write a corpus folder of path -> text; return its root."""
    for path, text in texts.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def _watch_registries(monkeypatch) -> tuple[list[int], list[int]]:
    """The ids of the registries whose whole variant index gets built, and of the previous
    registries read back from the cache: those documents are discovered and matched against,
    never the previous one, read only to find the documents a change affects (_spellings)."""
    indexed: list[int] = []
    real_terms = actors_module.Registry.variant_terms

    def variant_terms(registry):
        if registry._variants is None:
            indexed.append(id(registry))
        return real_terms(registry)

    monkeypatch.setattr(actors_module.Registry, "variant_terms", variant_terms)
    previous: list[int] = []
    real_stored = actors_module._stored_registry

    def stored_registry(index, text):
        registry = real_stored(index, text)
        previous.append(id(registry))
        return registry

    monkeypatch.setattr(actors_module, "_stored_registry", stored_registry)
    return indexed, previous


def test_the_work_of_one_added_article_does_not_grow_with_the_corpus(tmp_path, monkeypatch):
    """An article bringing a new person ("Colonel Ahmed Dughman") into a corpus where many documents
    name other Ahmeds: only documents holding every word of one of the new person's names (here
    "Dughman") are matched again, and only their rows written, whatever the size of the corpus."""
    from libyadesk import cache as cache_module

    matched = record_calls(monkeypatch, actors_module, "_mentions_in", lambda index, doc, registry: doc.id)
    indexed, previous = _watch_registries(monkeypatch)
    saved: list[tuple[int, int]] = []
    real_save = cache_module.save

    def save(db, layers, keyed, staged, docs, retag=(), *args, **kwargs):
        mention_rows = db.fetch("SELECT count(*) FROM temp.staged_rows WHERE layer = ?", (L.MENTIONS,))[0] if staged else 0
        saved.append((mention_rows, len(list(retag))))
        return real_save(db, layers, keyed, staged, docs, retag, *args, **kwargs)

    monkeypatch.setattr(cache_module, "save", save)
    work = {}
    for size in (4, 16):
        texts = {**TEXTS, "2024/x.md": article("Sirte", "Post", "2024-05-05",
                                                "Dughman, a commander, was seen in Sirte on Sunday."), **_talks(size)}
        root = _write(tmp_path / f"corpus{size}", texts)
        cache = tmp_path / f"cache{size}"
        with Desk.open(root, cache=cache) as desk:
            answers(desk)
        (root / "2025/new.md").write_text(article(
            "Zuwara", "Daily", "2025-06-03",
            "Rear Admiral Marco Casapieri met Colonel Ahmed Dughman in Zuwara on Tuesday. Dughman said patrols would resume."),
            encoding="utf-8")
        matched.clear()
        saved.clear()
        indexed.clear()
        previous.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            patched = len(desk.index.patches.get(L.ACTOR_DOCS, {}))
        assert previous and indexed and not set(indexed) & set(previous), (indexed, previous)
        work[size] = (sorted(matched), saved[:], patched)
        assert any(r["id"] == "discovered:ahmed-dughman" for r in updated["actors"])
        with Desk.open(root, cache=False) as desk:
            assert updated == answers(desk)
    small, large = work[4], work[16]
    # The same documents matched again (the new one and x.md, which holds "Dughman"), the same
    # mentions rows written and no stored row rewritten under a new stamp, at both sizes.
    assert small == large, work
    assert small[0] == ["new", "x"] and small[1] == [(2, 0)], small


def test_the_merging_after_an_added_article_does_not_grow_with_the_bucket(tmp_path, monkeypatch):
    """An article added to a year holding many events: only its own events are compared with the
    rows they may join (the others' decisions are replayed from the stored trace), whether the
    year holds 4 or 16 other reports, and the answers are a fresh build's."""
    decided = record_calls(monkeypatch, timeline_module, "_decide", lambda event, *rest: event.doc)
    compared = record_calls(monkeypatch, timeline_module, "same_event", lambda a, b: (a.doc, b.doc))
    work = {}
    for size in (4, 16):
        # reports before the new article's date and after it
        root = _write(tmp_path / f"corpus{size}", {**TEXTS, **_talks(size, lambda i: 3 if i % 2 else 9)})
        cache = tmp_path / f"cache{size}"
        decided.clear()
        with Desk.open(root, cache=cache) as desk:
            answers(desk)
        assert decided.count("filler0") >= 1 and len(decided) > size  # a first build compares every report
        (root / "2025/new.md").write_text(article(
            "Zuwara", "Daily", "2025-06-03",
            "Rear Admiral Marco Casapieri met Khalifa Haftar in Zuwara on Tuesday. Casapieri said patrols would resume."),
            encoding="utf-8")
        decided.clear()
        compared.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            written = {key.split("\t")[0] for key in desk.index.patches.get(L.ACTOR_EVENTS, {})}
            named = {a for e in desk.index.row_of(L.DOC_EVENTS, "new") for a in e.actors}
        # Only the rows of the actors the new article's events name are written back.
        assert written and written <= named, (written, named)
        work[size] = sorted(decided), sorted(compared)
        with Desk.open(root, cache=False) as desk:
            assert updated == answers(desk)
    # The same reports compared, the same pairs of reports weighed, at both sizes.
    assert work[4] == work[16] and work[4][0] == ["new"], work


# An article brings a new person, "Hamid Obeidi"; a document already indexed writes his
# surname only, and only as a spelling variant ("Obeydi"), which matching reads as his name.
VARIANT_TEXTS = {
    **TEXTS,
    "2024/w.md": article("Port strike", "Blog", "2024-06-02",
                         "Dockers in Misrata stopped work on Monday. Mayor Obeydi backed the strike, "
                         "according to local radio. Obeydi said wages were owed."),
}
VARIANT_STEP = ("2025/o.md", article("Obeidi named", "Wire", "2025-07-04",
                                     "Colonel Hamid Obeidi met Khalifa Haftar in Benghazi on Saturday. "
                                     "Obeidi said the talks covered fuel supplies."))


def test_a_new_actor_written_as_a_spelling_variant_elsewhere_is_matched_there(make_corpus, tmp_path, monkeypatch):
    """The documents matched again after a change include those that write a changed actor's
    name only as a spelling variant, so the update equals a fresh build."""
    matched = record_calls(monkeypatch, actors_module, "_mentions_in", lambda index, doc, registry: doc.id)
    indexed, previous = _watch_registries(monkeypatch)
    root = make_corpus(VARIANT_TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    path, text = VARIANT_STEP
    (root / path).write_text(text, encoding="utf-8")
    matched.clear()
    with Desk.open(root, cache=cache) as desk:
        updated = answers(desk)
        ids = {desk.index.documents[d].title: d for d in desk.index.order}
    again = sorted(set(matched))
    with Desk.open(root, cache=False) as desk:
        fresh = answers(desk)
        named = {m.actor for m in actors_module.doc_mentions(desk.index, ids["Port strike"])}
    obeidi = [r["id"] for r in fresh["actors"] if "Obeidi" in r["name"] or "Obeydi" in r["name"]]
    assert obeidi, fresh["actors"]
    # The variant spelling is read as the new actor in a fresh build: the case this test is about.
    assert set(obeidi) & named, (obeidi, named)
    assert updated == fresh
    # Matched again: the new document and the one writing "Obeydi", not every document.
    assert again == sorted([ids["Obeidi named"], ids["Port strike"]]), again


def test_the_latest_events_of_an_actor_read_its_latest_buckets_only(make_corpus, tmp_path, monkeypatch):
    """The actor view shows an actor's latest events and how many there are: read from the rows of its
    latest years only, they and the count are those of the whole list (--json), after a change too."""
    from typer.testing import CliRunner

    from libyadesk import render
    from libyadesk.cli import app

    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    monkeypatch.setenv("LIBYADESK_CACHE_DIR", str(cache))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr(render, "TABLE_ROWS", 1)
    runner = CliRunner()
    for step in (None, STEPS[0]):
        if step is not None:
            (root / step[1]).write_text(step[2], encoding="utf-8")
        with Desk.open(root, cache=cache) as desk:
            desk.prepare_actors()
            every = timeline_module.timeline(desk.index, timeline_module.TimelineFilter(actor="khalifa-haftar"))
            buckets = {timeline_module.merge_bucket(e) for e in every}
            read: list[str] = []
            real = desk.index.keyed
            rows = real(L.ACTOR_EVENTS)

            class Seen(dict):
                def get(self, key, default=None):
                    read.append(key)
                    return rows.get(key, default)

            desk.index.keyed = lambda name, build=None: Seen() if name == L.ACTOR_EVENTS else real(name, build)
            latest, total = timeline_module.latest_actor_events(desk.index, "khalifa-haftar", 1)
        assert len(buckets) >= 2 and total == len(every) >= 2
        assert [e.to_json() for e in latest] == [every[-1].to_json()]
        assert read == [f"khalifa-haftar\t{max(buckets, key=int)}"]
        shown = runner.invoke(app, ["actor", "Haftar", "--corpus", str(root)])
        assert shown.exit_code == 0, shown.output
        assert f"the latest 1 of {total} dated events" in shown.output
        listed = runner.invoke(app, ["actor", "Haftar", "--corpus", str(root), "--json"])
        assert len(json.loads(listed.output)["events"]) == total


def test_a_variant_index_over_one_name_answers_as_the_registrys_does():
    """_spellings asks whether a registry's variant index lists a name among a corpus word's variants
    with an index over that name alone: the answer must be the whole index's, for every name of the
    registry and spellings made from them (vowels changed, a letter doubled or dropped, others' names)."""
    from libyadesk.names import VariantIndex

    registry = actors_module.load_registry()
    vocab = sorted(registry.variant_vocabulary())
    whole = registry.variant_terms()
    alone = {term: VariantIndex([term]) for term in vocab}
    words = set(vocab)
    for term in vocab:
        words.update({term.replace("a", "e"), term.replace("i", "ee"), term.replace("ou", "u"), term + term[-1],
                      term[:-1], term.replace("h", "kh", 1), term.replace("y", "i")})
    listed = 0
    for word in sorted(words):
        found = set(whole.variants(word))
        listed += len(found)
        for term in vocab:
            assert (term in found) == (term in alone[term].variants(word)), (word, term)
    assert len(vocab) > 100 and listed > 200, (len(vocab), listed)  # the test met many real variants


def _bucket_events(root: Path, cache=False) -> list[tuple[int, object]]:
    """(key, event) of every prepared event of a corpus folder, keyed as the cache keys them."""
    with Desk.open(root, cache=cache) as desk:
        index = desk.index
        events = timeline_module.prepare_events(timeline_module.extract_events(index))
        numbers = dict(index.doc_numbers)
    seen: dict[str, int] = {}
    out = []
    for event in events:
        i = seen[event.doc] = seen.get(event.doc, -1) + 1
        out.append((timeline_module._event_key(numbers[event.doc], i), event))
    return out


YEAR_REVIEWS = {
    "2025/y.md": article("Year of visits", "Review", "2025-12-20",
                         "Khalifa Haftar visited Cairo four times in 2025, officials said."),
    "2025/n.md": article("Cairo ties", "Analysis", "2025-12-28",
                         "Haftar made repeated trips to Cairo in 2025, according to diplomats."),
}


@pytest.mark.parametrize("size", [3, 9])
def test_an_event_is_compared_again_only_with_the_rows_a_change_touched(tmp_path, monkeypatch, size):
    """A row dated only by its year ("in 2025") naming Haftar is a candidate of every 2025 report
    naming him.  When an added article opens such a row, each of those reports is compared with
    that row alone: what its other candidate rows said of it is kept in the trace, so the work
    per replayed report does not grow with the rows it finds.  Rows and trace are a fresh merge's."""
    decided = record_calls(monkeypatch, timeline_module, "_decide",
                           lambda event, candidates, *rest: (event.doc, len(candidates)))
    root = _write(tmp_path / "corpus", {"2025/y.md": YEAR_REVIEWS["2025/y.md"], **_talks(size, lambda i: 3 if i % 2 else 9)})
    before = [pair for pair in _bucket_events(root) if timeline_module.merge_bucket(pair[1]) == "2025"]
    _write(root, {"2025/n.md": YEAR_REVIEWS["2025/n.md"]})
    after = [pair for pair in _bucket_events(root) if timeline_module.merge_bucket(pair[1]) == "2025"]
    first = timeline_module._merge_traced([e for _, e in before], [k for k, _ in before])
    decided.clear()
    fresh = timeline_module._merge_traced([e for _, e in after], [k for k, _ in after])
    full = dict(decided)
    decided.clear()
    replayed = timeline_module._merge_traced([e for _, e in after], [k for k, _ in after], first.trace)
    assert [e.to_json() for e in replayed.rows] == [e.to_json() for e in fresh.rows]
    assert replayed.trace == fresh.trace
    others = [(doc, n) for doc, n in decided if doc != "n"]
    # Every filler report finds the new row; each is compared with it alone, though a fresh
    # merge compares it with more rows (the year review's, the other reports' of its days).
    assert len(others) >= size and all(n == 1 for _, n in others), decided
    assert sum(full[doc] for doc, _ in others) > len(others), (full, decided)
    assert replayed.rows_compared == sum(n for _, n in decided) < fresh.rows_compared


def test_the_unchanged_start_of_a_bucket_is_replayed_without_looking_candidates_up(bundled_index):
    """Given the earlier merge's order (was_order) and the documents redone, the events before the
    first place where the orders part take their saved outcomes without gathering candidates:
    taking each document out of each bucket and putting it back gives a fresh merge's rows and
    trace, and only the events from the first difference on are looked up."""
    events = timeline_module.prepare_events(timeline_module.extract_events(bundled_index))
    by_bucket: dict[str, list] = {}
    seen: dict[str, int] = {}
    for event in events:
        i = seen[event.doc] = seen.get(event.doc, -1) + 1
        key = timeline_module._event_key(bundled_index.doc_numbers[event.doc], i)
        by_bucket.setdefault(timeline_module.merge_bucket(event), []).append((event, key))
    spared = 0
    for pairs in by_bucket.values():
        whole = timeline_module._merge_traced([e for e, _ in pairs], [k for _, k in pairs])
        whole_order = [entry[0] for entry in whole.trace]
        for doc in {e.doc for e, _ in pairs}:
            number = bundled_index.doc_numbers[doc]
            rest = [(e, k) for e, k in pairs if e.doc != doc]
            fresh = timeline_module._merge_traced([e for e, _ in rest], [k for _, k in rest])
            kept = [entry for entry in whole.trace if entry[0] // timeline_module.EVENT_SLOTS != number]
            dirty = {k for entry in whole.trace if entry[0] // timeline_module.EVENT_SLOTS == number
                     for k in [entry[0], *timeline_module.decided_rows(entry)]}
            taken_out = timeline_module._merge_traced([e for e, _ in rest], [k for _, k in rest], kept, dirty,
                                                      whole_order, {number})
            assert [e.to_json() for e in taken_out.rows] == [e.to_json() for e in fresh.rows]
            assert taken_out.trace == fresh.trace
            first = next(i for i, k in enumerate(whole_order) if k // timeline_module.EVENT_SLOTS == number)
            assert taken_out.looked_up <= len(rest) - first
            put_back = timeline_module._merge_traced([e for e, _ in pairs], [k for _, k in pairs], fresh.trace, set(),
                                                     [entry[0] for entry in fresh.trace], {number})
            assert [e.to_json() for e in put_back.rows] == [e.to_json() for e in whole.rows]
            assert put_back.trace == whole.trace
            assert put_back.looked_up <= len(pairs) - first
            spared += put_back.looked_up < len(pairs)
    assert spared > 0


@pytest.mark.parametrize("where", ["last", "first"])
def test_an_article_of_the_latest_days_looks_up_its_own_events_only(tmp_path, monkeypatch, where):
    """An added article whose events come last in its year's merge order (the news of the day):
    the events before it are replayed without their candidates being gathered, so the events
    looked up are the new article's own, whether the year holds 4 or 16 other reports.  One
    dated before them all, whose rows no later report can reach, stops the merge once it is
    merged (the rest is the earlier merge's, see timeline.Bounded): its own events again.  The
    answers are a fresh build's either way."""
    merges: list = []
    real = timeline_module._merge_traced

    def spy(*args, **kwargs):
        done = real(*args, **kwargs)
        merges.append(done)
        return done

    monkeypatch.setattr(timeline_module, "_merge_traced", spy)
    looked = {}
    for size in (4, 16):
        root = _write(tmp_path / f"corpus{size}", _talks(size, lambda i: 3 if i % 2 else 9))
        cache = tmp_path / f"cache{size}"
        with Desk.open(root, cache=cache) as desk:
            answers(desk)
        day = "2025-12-30" if where == "last" else "2025-01-08"
        (root / "2025/new.md").write_text(article(
            "Zuwara", "Daily", day,
            "Rear Admiral Marco Casapieri met Khalifa Haftar in Zuwara on Monday. Casapieri said patrols would resume."),
            encoding="utf-8")
        merges.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            own = sum(1 for e in desk.index.row_of(L.DOC_EVENTS, "new") if timeline_module.merge_bucket(e) == "2025")
        assert len(merges) == 1 and own >= 1
        looked[size] = merges[0].looked_up
        with Desk.open(root, cache=False) as desk:
            assert updated == answers(desk)
        assert (merges[0].stopped >= 0) == (where == "first")
    assert looked[4] == looked[16] == own, looked


def test_an_added_article_before_a_full_sample_ends_reads_no_other_document(make_corpus, tmp_path, monkeypatch):
    """An actor's first mentions (its sample, full) are merged with an added article's when it
    falls before their last document, rather than read again from every document's row; the
    answers are a fresh build's."""
    monkeypatch.setattr(actors_module, "SAMPLE_MENTIONS", 3)  # Haftar's first three mentions: 2024/a.md
    read = record_calls(monkeypatch, actors_module, "_mentions_row", lambda index, doc_id: doc_id)
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    (root / "2024/0.md").write_text(article("Benghazi", "Wire", "2024-01-06",
                                            "Khalifa Haftar opened a hospital in Benghazi on Monday."), encoding="utf-8")
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        desk.actors()
        assert read == []  # no document's mentions were read again to make a sample
        updated = answers(desk)
        assert desk.index.patches.get(L.ACTOR_DOCS, {}).get("khalifa-haftar") is not None
    with Desk.open(root, cache=False) as desk:
        fresh = answers(desk)
    assert updated == fresh


def test_a_removed_article_inside_a_full_sample_reads_only_the_documents_after_it(make_corpus, tmp_path, monkeypatch):
    """An actor's first mentions (its sample, full) that lose a removed article's are topped up
    from the sample's last document on, not read again from every document before it; the
    answers are a fresh build's."""
    monkeypatch.setattr(actors_module, "SAMPLE_MENTIONS", 4)  # Haftar: 0.md, 1.md, 2.md, then a.md's first
    read = record_calls(monkeypatch, actors_module, "_mentions_row", lambda index, doc_id: doc_id)
    early = {f"2024/{n}.md": article(f"Benghazi {n}", "Wire", f"2024-01-0{n + 2}",
                                     f"Khalifa Haftar opened clinic number {n} in Benghazi on Monday.")
             for n in range(3)}
    root = make_corpus({**TEXTS, **early})
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
        before = desk.actor("Khalifa Haftar")
    (root / "2024/1.md").unlink()
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        desk.actors()
        # a.md alone, for its mentions after the sample's cut (main read 0.md, 2.md and a.md)
        assert len(read) == 1 and read[0] not in {d for d in desk.index.order if "benghazi" in d}, read
        updated = answers(desk)
        assert desk.index.patches.get(L.ACTOR_DOCS, {}).get("khalifa-haftar") is not None
    with Desk.open(root, cache=False) as desk:
        fresh = answers(desk)
    assert updated == fresh
    assert before is not None


def test_the_discoveries_are_merged_again_only_for_the_names_of_the_changed_documents(make_corpus, tmp_path, monkeypatch):
    """After a change, the discoveries are the stored merge (L.DISCOVERED_MERGED) corrected by the
    changed documents' rows and the rows of the documents that share a name with them, not every
    document's row merged again; the answers are a fresh build's at each step."""
    from libyadesk import index as index_module

    kind = index_module.KINDS[L.DISCOVERED]
    read = record_calls(monkeypatch, index_module, "decode", lambda text, k: k == kind)
    root = make_corpus({**TEXTS, "2025/h.md": article("Harbour", "Daily", "2025-03-02",
                                                      "Colonel Ahmed Zuwai said the harbour of Zuwara reopened on Monday.")})
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    steps = [  # (path, text or None to remove, discovery rows read; main read every document's)
        # Zuwai (title Colonel) named after his first document, with his one title: no row read.
        ("2025/f.md", article("Zuwara", "Post", "2025-06-21", "Colonel Ahmed Zuwai met Ali Zaroug in Zuwara on Monday."), 0),
        # His first document gone, then one edited: the rows of his other documents (f.md and
        # h.md, then f.md), for what those taken out may have brought.
        ("2025/d.md", None, 2),
        ("2025/h.md", article("Harbour", "Daily", "2025-03-02", "The harbour of Zuwara reopened on Monday."), 1),
        # Named before his first document: f.md's row again.
        ("2024/z.md", article("Patrols", "Wire", "2024-11-02", "Colonel Ahmed Zuwai inspected patrols on Friday."), 1),
        ("2025/g.md", article("Ports", "Wire", "2025-07-01", "Colonel Ahmed Zuwai closed two ports on Friday."), 0),
        # A document after his first taken out: his first document's row alone (z.md), not g.md's.
        ("2025/f.md", None, 1),
    ]
    for path, text, expected in steps:
        if text is None:
            (root / path).unlink()
        else:
            (root / path).write_text(text, encoding="utf-8")
        read.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            documents = len(desk.index.order)
        assert sum(read) == expected < documents - 2, (path, sum(read))
        with Desk.open(root, cache=False) as desk:
            assert updated == answers(desk), path


def test_a_warm_actor_call_reads_the_actors_it_names_not_the_table_of_every_actor(make_corpus, tmp_path, monkeypatch):
    """The actor table holds every actor of the corpus (tens of thousands at 100,000 articles); a warm
    `actor` call finds a name by its row (ACTOR_LOOKUP) and reads the rows of the actors it names."""
    from libyadesk.store import Database

    read = record_calls(monkeypatch, Database, "load_layer", lambda db, name, kind=None: name)
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        first = {name: desk.actor(name).to_json() for name in NAMES}
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        assert {name: desk.actor(name).to_json() for name in NAMES} == first
    assert not {L.ACTORS, L.ACTOR_NAME_KEYS, L.ACTOR_SURNAME_KEYS} & set(read), read
    # A cache without the rows (written before them): made once from the table, then read.
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM keyed WHERE layer IN (?, ?)", (L.ACTOR_RECORDS, L.ACTOR_LOOKUP))
        connection.execute("DELETE FROM layers WHERE k IN (?, ?)", (f"keyed:{L.ACTOR_RECORDS}", f"keyed:{L.ACTOR_LOOKUP}"))
    for _ in range(2):
        read.clear()
        with Desk.open(root, cache=cache) as desk:
            assert {name: desk.actor(name).to_json() for name in NAMES} == first
    assert not {L.ACTORS, L.ACTOR_NAME_KEYS, L.ACTOR_SURNAME_KEYS} & set(read), read


def test_a_warm_call_knows_its_layers_up_to_date_without_reading_their_lists_of_documents(make_corpus, tmp_path, monkeypatch):
    """The actor layer and the timeline each record the documents they were made from (a list of every
    document, long at 100,000); a warm call checks a short stamp instead, and a change of documents
    drops the stamp, so that it is never trusted for documents it was not written for."""
    from libyadesk.store import Database

    read = record_calls(monkeypatch, Database, "load_layer", lambda db, name, kind=None: name)
    lists = {L.ACTOR_STATE, L.TIMELINE_STATE}
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        first = answers(desk)
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        assert answers(desk) == first
    assert not lists & set(read) and {L.ACTOR_STAMP, L.TIMELINE_STAMP} <= set(read)

    # An added document: the stamps are gone, the lists are read to correct the layers, then stamped again.
    (root / "2025/z.md").write_text(article("Short", "Wire", "2025-07-01", "Haftar met Meloni in Rome on Monday."),
                                    encoding="utf-8")
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        updated = answers(desk)
    assert lists <= set(read)
    with Desk.open(root, cache=False) as desk:
        assert answers(desk) == updated
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        assert answers(desk) == updated
    assert not lists & set(read)

    # A cache written before stamps (or whose stamps say other documents): the lists decide, and stamp.
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM layers WHERE k IN (?, ?)", (L.ACTOR_STAMP, L.TIMELINE_STAMP))
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        assert answers(desk) == updated
    assert lists <= set(read)
    read.clear()
    with Desk.open(root, cache=cache) as desk:
        assert answers(desk) == updated
    assert not lists & set(read)


def test_an_update_past_its_bound_sums_again_from_every_row(make_corpus, tmp_path, passed, merged, monkeypatch):
    # More documents to pass again than an update holds at once (index.MOST_CHANGED: a change of
    # the registry that names most of a large corpus, a batch of new files): the corpus-wide
    # results are summed again from every stored row, streamed, and only the new documents are
    # matched; below the bound, only the changed documents are summed.
    from libyadesk import index as index_module

    matched = record_calls(monkeypatch, actors_module, "_mentions_in", lambda index, doc, registry: doc.id)
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    rounds = [  # (the bound, the articles added): within the bound, then past it
        (3, {"2025/x1.md": article("Ports", "Wire", "2025-03-03", "Dbeibah met Meloni in Rome on Monday."),
             "2025/x2.md": article("Oil", "Post", "2025-03-04", "Haftar met Putin in Moscow on Tuesday."),
             "2025/x3.md": article("Talks", "Daily", "2025-03-05", "Casapieri met Dbeibah in Tripoli on Wednesday.")}),
        (2, {"2025/y1.md": article("Visit", "Wire", "2025-04-07", "Meloni met Haftar in Benghazi on Monday."),
             "2025/y2.md": article("Deal", "Post", "2025-04-08", "Putin met Dbeibah in Moscow on Tuesday."),
             "2025/y3.md": article("Patrol", "Daily", "2025-04-09", "Casapieri met Haftar in Benghazi on Wednesday.")}),
    ]
    for bound, added in rounds:
        monkeypatch.setattr(index_module, "MOST_CHANGED", bound)
        for path, text in added.items():
            (root / path).write_text(text, encoding="utf-8")
        passed.clear()
        merged.clear()
        matched.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            new = {d for d in desk.index.order if any(desk.index.documents[d].path.endswith(p) for p in added)}
            every = set(desk.index.order)
            buckets = set(desk.index.keyed(L.EVENTS))
        assert len(new) == len(added) and sorted(matched) == sorted(new)  # the others' stored rows are used either way
        if len(added) > bound:
            assert sorted(passed) == sorted(every) and set(merged) == buckets
        else:
            assert sorted(passed) == sorted(new) and set(merged) < buckets
        with Desk.open(root, cache=False) as desk:
            assert updated == answers(desk)


def test_an_update_deletes_the_kept_rows_of_a_removed_document_by_its_number(make_corpus, tmp_path):
    # The rows a removed document leaves for the results summed from them are deleted once those
    # are saved, looked up by the document's number: no pass over every row of the layer (which
    # at 100,000 articles reads gigabytes).
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
        (number,) = [desk.index.doc_numbers[d] for d in desk.index.order if desk.index.documents[d].path.endswith("a.md")]
    (root / "2024/a.md").unlink()
    statements: list[str] = []
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
        desk.index.db.connection.set_trace_callback(statements.append)
    assert statements and not any("NOT IN (SELECT docno FROM docs)" in s for s in statements)
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT layer FROM doc_rows WHERE docno = ?", (number,)).fetchall() == []


def test_which_documents_have_a_row_is_read_off_a_narrow_index(make_corpus, tmp_path):
    # Every update asks which documents have a row of a layer, and computed against what: the
    # answer comes from an index of (layer, digest), not from the rows, whose texts are most of
    # the file.
    from libyadesk.index import DIGESTS_OF_LAYER

    root = make_corpus(TEXTS)
    with Desk.open(root, cache=tmp_path / "cache") as desk:
        answers(desk)
        plan = desk.index.db.connection.execute("EXPLAIN QUERY PLAN " + DIGESTS_OF_LAYER, (L.MENTIONS,)).fetchall()
    assert any("COVERING INDEX doc_rows_digest" in row[-1] for row in plan), plan


def test_an_update_encodes_the_registry_its_rows_are_checked_against_once(make_corpus, tmp_path, monkeypatch):
    # The actor layer and the timeline check their rows against one registry with every discovered
    # actor (megabytes of JSON in a large corpus): made once per call, not once per layer.
    from libyadesk import index as index_module
    from libyadesk.actors import Registry

    encoded = record_calls(monkeypatch, index_module, "encode", lambda value: id(value) if isinstance(value, Registry) else None)
    root, cache = _built_then_one_added(make_corpus, tmp_path)
    encoded.clear()
    with Desk.open(root, cache=cache) as desk:
        desk.timeline()
    registries = [r for r in encoded if r is not None]
    assert registries and len(registries) == len(set(registries))
