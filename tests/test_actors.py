"""Actors: registry, discovery, mentions with coreference, resolution and profiles."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libyadesk.actors import (
    actor_data,
    actor_docs_row,
    actor_profile,
    actor_table,
    attribute_quotes,
    extract_all,
    find_mentions,
    list_actors,
    load_registry,
    lookup_actor,
    resolve_actor,
)
from libyadesk.corpus import bundled_corpus_path, load_corpus
from libyadesk.errors import NotFound
from libyadesk.index import build_index
from libyadesk.models import Document, Sentence
from libyadesk.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "gold" / "actors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def bundled():
    return build_index(load_corpus(bundled_corpus_path()).documents)


def _doc_of(index, key: str) -> str:
    """The loaded document id of a gold document key ("000"), found by its first words."""
    first = GOLD["body"][key]["first"]
    return next(d.id for d in index.documents.values() if first in d.text)


def _sentences(doc: Document) -> list[Sentence]:
    return [Sentence(doc.id, i, a, b, doc.text[a:b]) for i, (a, b) in enumerate(split_sentences(doc.text))]


def _mentions(text: str, registry, doc_id: str = "t"):
    doc = Document(doc_id, text, f"{doc_id}.md", published="2025-01-01", source="Test")
    return find_mentions(doc, _sentences(doc), registry)


def _counts(mentions) -> Counter:
    return Counter(m.actor for m in mentions)


# --- the registry ---------------------------------------------------------------------------


def test_registry_has_the_corpus_actors_and_the_main_libyan_ones(registry):
    for actor_id in ["khalifa-haftar", "saddam-haftar", "khaled-haftar", "belgacem-haftar",
                     "giorgia-meloni", "abdul-hamid-dbeibah", "mohamed-al-menfi", "aleksandr-lukashenko",
                     "vladimir-putin", "ursula-von-der-leyen", "magnus-brunner", "jalel-harchaoui",
                     "alia-brahimi", "martin-longden", "matteo-piantedosi", "nicola-orlando", "frontex",
                     "lna", "gnu", "operation-irini", "eubam", "wagner-group", "rusi", "atlantic-council",
                     "amnesty-international", "mediterranea-saving-humans", "aguila-saleh", "fathi-bashagha",
                     "osama-hammad", "sadiq-al-kabir", "saif-al-islam-gaddafi", "muammar-gaddafi",
                     "house-of-representatives", "presidential-council", "high-council-of-state",
                     "national-oil-corporation", "unsmil"]:
        assert actor_id in registry.actors, actor_id
    assert {d.name for d in registry.dated["gnu"]} >= {"GNA", "Government of National Accord"}
    assert any(d.name == "Africa Corps" and d.start == "2024" for d in registry.dated["wagner-group"])
    assert "LAAF" in registry.actors["lna"].aliases


def test_user_registry_adds_and_replaces(tmp_path):
    user = tmp_path / "actors.toml"
    user.write_text('[[actor]]\nname = "Jane Roe"\nkind = "person"\ntitles = ["Envoy"]\n'
                    '[[actor]]\nid = "frontex"\nname = "Frontex"\nkind = "organisation"\naliases = ["EBCGA"]\n',
                    encoding="utf-8")
    reg = load_registry(extra=[user])
    assert reg.actors["jane-roe"].titles == ("Envoy",)
    assert reg.actors["frontex"].aliases == ("EBCGA",)
    assert _counts(_mentions("The EBCGA met Jane Roe in Tunis. Roe said little.", reg)) == {
        "frontex": 1, "jane-roe": 2}


@pytest.mark.parametrize("content, problem", [
    ("[[actor]]\nname = 'X'\n", "kind must be one of"),
    ("[[actor]]\nkind = 'person'\n", "needs name"),
    ("[[actor]\n", ""),
    ("[[actor]]\nname = 'X'\nkind = 'person'\ncolour = 'red'\n", "unknown key 'colour'"),
    ("[[actor]]\nname = 'X'\nkind = 'person'\naliases = 'Y'\n[[actor]]\nname = 'Z'\nkind = 'x'\n", "kind"),
])
def test_broken_user_registry_names_its_path(tmp_path, content, problem):
    user = tmp_path / "mine.toml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=str(user).replace("\\", "\\\\") + ": .*" + problem):
        load_registry(extra=[user])


# --- the bundled corpus against the gold ------------------------------------------------------


def test_bundled_corpus_meets_the_gold(bundled):
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_actors import evaluate

    for name, (precision, recall) in evaluate().items():
        assert precision >= 0.95 and recall >= 0.95, name


@pytest.mark.parametrize("case", GOLD["coreference"], ids=lambda c: c["text"])
def test_coreference_cases_of_the_gold(bundled, case):
    doc_id = _doc_of(bundled, case["doc"])
    text = bundled.documents[doc_id].text
    start = text.index(case["text"])
    _, mentions = actor_data(bundled)
    inside = [m for m in mentions if m.doc == doc_id and start <= m.start < start + len(case["text"])]
    assert case["actor"] in {m.actor for m in inside}
    if case["text"] == "Saddam Khalifa Haftar":
        assert [m.actor for m in inside] == ["saddam-haftar"]


def test_discovery_finds_the_unlisted_people_and_nothing_else(bundled):
    actors, _ = actor_data(bundled)
    discovered = {a.id for a in actors.values() if a.discovered}
    assert discovered == {"discovered:marco-casapieri", "discovered:jan-vycital"}
    assert "Rear Admiral" in actors["discovered:marco-casapieri"].titles


def test_every_mention_slices_its_document(bundled):
    _, mentions = actor_data(bundled)
    assert mentions
    for m in mentions:
        assert bundled.documents[m.doc].text[m.start:m.end] == m.text
        sentence = bundled.doc_sentences(m.doc)[m.sentence]
        assert sentence.start <= m.start < sentence.end


def test_the_actor_layer_holds_what_extract_all_finds(bundled, registry):
    # The layer is built in passes over the stored documents (forked on large corpora) and kept
    # as rows per actor and per document; read back, it is the one-call extraction.
    docs = list(bundled.documents.values())
    sentences = {d.id: bundled.doc_sentences(d.id) for d in docs}
    actors, mentions = extract_all(docs, sentences, registry)
    assert actor_data(bundled) == (actors, mentions)
    table = actor_table(bundled)
    for actor_id, count in table.counts.items():
        own = [m for m in mentions if m.actor == actor_id]
        row = actor_docs_row(bundled, actor_id)
        assert count.mentions == len(own) == sum(row.per_doc.values())
        assert list(row.per_doc) == list(dict.fromkeys(m.doc for m in own))  # corpus order
        assert row.sample == own[:1000]


# --- articles in other outlets' styles -----------------------------------------------------

LIBYA_OBSERVER = """Gen. Khalifa Hifter received the Italian ambassador in Benghazi on Monday, his media office said. Hifter stressed the need for "a unified army".
Meanwhile the Tripoli-based Government of National Unity (GNU) said it rejected the talks. Prime Minister Abdul Hamid Dbeibeh told reporters that "no parallel government will be recognised". The GNU later issued a statement. Dbeibeh also met UN envoy Hanna Tetteh."""

MINSK_WIRE = """Belarusian leader Alyaksandr Lukashenka received Marshal Khalifa Khaftar in Minsk. Lukashenka said Belarus was ready to supply tractors. Khaftar's son, Lieutenant General Saddam Khaftar, also attended.
The Khaftars left for Moscow, where Russian President Vladimir Putin hosted them. Khaftar thanked Putin for his support."""

AGENCY_DISPATCH = """The Libyan Red Crescent (LRC) said on Tuesday it had recovered 12 bodies near Zuwara. LRC spokesman Tawfik al-Shukri told the agency that the search would continue.
Dr Hana Elgallal, a lawyer, warned that detention centres remain overcrowded. Elgallal said the Fezzan Reconciliation Council had asked for help. The Sunday Express reported in March that Frontex would expand its mission."""

SEBHA_REPORT = """Saif al-Islam Qaddafi registered as a candidate in Sebha. Qaddafi, the son of the late Muammar Qaddafi, is wanted abroad.
Wagner mercenaries, now rebranded as the Africa Corps, guard the Jufra base. The Libyan Arab Armed Forces (LAAF) denied it. Dbeibah's government did not comment."""


def test_hifter_dbeibeh_and_the_gnu_acronym(registry):
    mentions = _mentions(LIBYA_OBSERVER, registry)
    counts = _counts(mentions)
    assert counts["khalifa-haftar"] == 2
    assert counts["gnu"] == 2  # "Government of National Unity (GNU)" is one mention
    assert counts["abdul-hamid-dbeibah"] == 2
    assert counts["hanna-tetteh"] == 1 and counts["un"] == 1
    assert "italy" not in counts  # an adjective is not the state
    gnu = next(m for m in mentions if m.actor == "gnu")
    assert gnu.text == "Government of National Unity (GNU)"


def test_khaftar_lukashenka_and_the_family_plural(registry):
    counts = _counts(_mentions(MINSK_WIRE, registry))
    assert counts["aleksandr-lukashenko"] == 2
    assert counts["saddam-haftar"] == 1
    assert counts["haftar-family"] == 1
    assert counts["khalifa-haftar"] == 3  # "Khaftar's son" and "Khaftar thanked" after "the Khaftars"
    assert counts["vladimir-putin"] == 2 and counts["belarus"] == 1


def test_discovery_in_an_unknown_corpus(registry):
    docs = [Document("d1", AGENCY_DISPATCH, "d1.md", published="2025-03-02", source="Agency")]
    actors, mentions = extract_all(docs, {"d1": _sentences(docs[0])}, registry)
    counts = _counts(mentions)
    assert counts["discovered:libyan-red-crescent"] == 2
    assert actors["discovered:libyan-red-crescent"].aliases == ("LRC",)
    assert counts["discovered:tawfik-al-shukri"] == 1
    assert counts["discovered:hana-elgallal"] == 2
    assert actors["discovered:hana-elgallal"].kind == "person"
    assert counts["discovered:fezzan-reconciliation-council"] == 1
    assert counts["frontex"] == 1
    names = {a.name for a in actors.values() if a.discovered}
    assert not names & {"Sunday Express", "Tuesday", "March", "Zuwara"}


def test_qaddafi_family_and_dated_aliases(registry):
    counts = _counts(_mentions(SEBHA_REPORT, registry))
    assert counts["saif-al-islam-gaddafi"] == 2  # the bare surname follows the son just named
    assert counts["muammar-gaddafi"] == 1
    assert counts["wagner-group"] == 2  # Wagner, Africa Corps
    assert counts["lna"] == 1
    assert counts["abdul-hamid-dbeibah"] == 1


def test_quotes_are_attributed(registry):
    docs = [Document("lo", LIBYA_OBSERVER, "lo.md", published="2025-01-01", source="Libya Observer")]
    index = build_index(docs)
    actors, mentions = actor_data(index)
    speakers = attribute_quotes(index, "lo", mentions, actors)
    assert sorted(speakers.values()) == ["abdul-hamid-dbeibah", "khalifa-haftar"]


def test_quotes_in_the_bundled_corpus(bundled):
    profile = lookup_actor(bundled, "Harchaoui")
    assert profile.actor.id == "jalel-harchaoui"
    texts = [q.text for q in profile.quotes]
    assert any("said Mr Harchaoui" in t for t in texts)
    assert any(t.startswith("“If Haftar has the power") for t in texts)
    assert not any("Alia Brahimi" in t for t in texts)


# --- resolution and profiles ---------------------------------------------------------------


def test_shared_family_name_resolves_to_the_most_mentioned(bundled):
    profile = lookup_actor(bundled, "Haftar")
    assert profile.actor.id == "khalifa-haftar"
    assert {name for _, name, _ in profile.also_matching} == {"Saddam Haftar", "Khaled Haftar", "Belgacem Haftar"}


@pytest.mark.parametrize("query, actor_id, how", [
    ("Khalifa Haftar", "khalifa-haftar", "exact"),
    ("LNA", "lna", "alias"),
    ("GNA", "gnu", "alias"),
    ("Hifter", "khalifa-haftar", "surname"),
    ("Dbeibeh", "abdul-hamid-dbeibah", "surname"),
    ("Lukashenka", "aleksandr-lukashenko", "surname"),
    ("Hafter", "khalifa-haftar", "variant"),
    ("Loukachenko", "aleksandr-lukashenko", "variant"),
    ("Harchoui", "jalel-harchaoui", "variant"),
    ("Jalel Harchaui", "jalel-harchaoui", "variant"),
    ("Amnesty Internationl", "amnesty-international", "fuzzy"),
    ("Vycital", "discovered:jan-vycital", "surname"),
])
def test_resolve_actor(bundled, registry, query, actor_id, how):
    actors, mentions = actor_data(bundled)
    result = resolve_actor(query, actors, Counter(m.actor for m in mentions), registry)
    assert (result.actor, result.how) == (actor_id, how)


def test_names_looked_up_by_their_rows_resolve_as_against_every_actor(bundled, registry):
    """find_actor reads the row of a name's folded terms and the actors it names.  For every name,
    alias, surname and given name of every actor (and every family's surname) that must answer
    what resolve_actor answers over the whole table: the same actor, how, and others."""
    from libyadesk.actors import _looked_up, find_actor, name_keys, surname_keys

    table = actor_table(bundled)
    counts = {a: c.mentions for a, c in table.counts.items()}
    keys = name_keys(table.actors, registry)
    queries = {k for ks in keys.values() for k in ks}
    queries |= {k for ks in surname_keys(table.actors, registry).values() for k in ks}
    queries |= {k.split()[0] for ks in keys.values() for k in ks if " " in k}
    queries |= {s for fam in registry.families.values() for s in fam.surnames}
    assert len(queries) > 200
    found = 0
    for query in sorted(queries):
        whole = resolve_actor(query, table.actors, counts, registry)
        looked = _looked_up(bundled, query)
        if whole.how in ("variant", "fuzzy", "none"):  # the first word of an organisation's name, say
            assert looked is None, query
            continue
        found += 1
        assert looked is not None, query
        assert (looked.actor, looked.how, looked.also_matching) == (whole.actor, whole.how, whole.also_matching), query
    assert found > 200
    # A spelling variant or a misspelling is compared with every actor's names.
    for query, how in [("Hafter", "variant"), ("Amnesty Internationl", "fuzzy")]:
        assert _looked_up(bundled, query) is None
        assert (find_actor(bundled, query).how, find_actor(bundled, query).actor) == \
               (how, resolve_actor(query, table.actors, counts, registry).actor)


def test_unknown_actor_suggests(bundled):
    with pytest.raises(NotFound, match=r"no actor named 'Melonie Smith'; did you mean Giorgia Meloni"):
        lookup_actor(bundled, "Melonie Smith")
    with pytest.raises(NotFound) as info:
        lookup_actor(bundled, "Zxqv")
    assert info.value.exit_status == 1


def test_profile_json_contract(bundled):
    data = lookup_actor(bundled, "Haftar").to_json()
    assert {"name", "kind", "aliases", "titles"} <= set(data["actor"])
    assert data["mentions"] == sum(d["mentions"] for d in data["documents"])
    for d in data["documents"]:
        assert {"doc", "mentions", "published"} <= set(d)
    assert all({"name", "count"} <= set(r) for r in data["related"])
    assert 3 <= len(data["summary"]) <= 6
    assert all({"doc", "text", "published"} <= set(s) for s in data["summary"])
    dates = [s["published"] for s in data["summary"]]
    assert dates == sorted(dates)
    assert data["also_matching"] and all({"name", "mentions"} <= set(a) for a in data["also_matching"])
    assert isinstance(data["events"], list)
    assert "Field Marshal" in data["actor"]["titles"]
    json.dumps(data)


def test_profile_of_a_son(bundled):
    profile = actor_profile(bundled, "khaled-haftar")
    assert profile.mentions == 2 and len(profile.documents) == 1
    assert profile.first_seen == profile.last_seen == "2025-12-07"
    assert any("Chief of General Staff" in t.title for t in profile.titles_seen)
    assert "Libyan National Army" in profile.affiliations


def test_summary_has_no_near_duplicates(bundled):
    from rapidfuzz import fuzz

    summary = lookup_actor(bundled, "Harchaoui").summary
    for i, a in enumerate(summary):
        for b in summary[i + 1:]:
            assert fuzz.token_set_ratio(a.text, b.text) < 80


def test_list_actors(bundled):
    rows = list_actors(bundled)
    by_id = {r.id: r for r in rows}
    assert by_id["khalifa-haftar"].documents == 5
    assert by_id["khalifa-haftar"].first == "2024-05-08" and by_id["khalifa-haftar"].last == "2025-12-07"
    people = list_actors(bundled, kind="person", min_mentions=5)
    assert people and all(r.kind == "person" and r.mentions >= 5 for r in people)
    assert [r.mentions for r in rows] == sorted((r.mentions for r in rows), reverse=True)


# --- laws ------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Haftr Gen. Khalifa’s (LNA) “said” Mr Dbeibeh the General,\n")), max_size=200))
def test_mentions_slice_any_text(text):
    reg = _shared_registry()
    for m in _mentions(text, reg):
        assert text[m.start:m.end] == m.text and m.text


_REG = []


def _shared_registry():
    if not _REG:
        _REG.append(load_registry())
    return _REG[0]


def test_bare_surname_is_the_head_once_he_is_named(registry):
    # Writers call the sons by their first names once the father is named ("Saddam"); a bare
    # surname is the father's even right after a son's full name (issue 12 item 5: the test
    # half's annotators read it so).  Before the father is named it follows the son.
    text = ("Gen. Khalifa Hifter met his son Khaled Hifter. Hifter said the army was ready. "
            "Khalifa Hifter later left. Hifter spoke again.")
    mentions = _mentions(text, registry)
    assert [(m.text, m.actor) for m in mentions if m.how == "surname"] == [
        ("Hifter", "khalifa-haftar"), ("Hifter", "khalifa-haftar")]
    text = "Khaled Hifter toured Sirte. Hifter said the army was ready. Khalifa Hifter later left."
    assert [(m.text, m.actor) for m in _mentions(text, registry) if m.how == "surname"] == [("Hifter", "khaled-haftar")]


def test_a_story_about_a_son_keeps_the_surname_when_the_father_comes_in_passing(registry):
    # Review check: the head named after the son, in passing, is no evidence that a bare surname
    # is his; named before the son (the story opens with him), it is.
    text = ("Belgacem Haftar opened a housing project in Derna on Monday, two days after his father "
            "Khalifa Haftar toured the city. Haftar told reporters the fund would build 5,000 homes.")
    assert [(m.text, m.actor) for m in _mentions(text, registry) if m.how == "surname"] == [("Haftar", "belgacem-haftar")]
    text = ("Khalifa Haftar toured Derna on Saturday. His son Belgacem Haftar opened a housing project "
            "there on Monday. Haftar told reporters the army would guard the sites.")
    assert [(m.text, m.actor) for m in _mentions(text, registry) if m.how == "surname"] == [("Haftar", "khalifa-haftar")]
    # The son named more often than the father: the story is his.
    text = ("Saddam Haftar landed in Rome on Monday. Saddam Haftar, whose father Khalifa Haftar leads the "
            "LNA, met Italian officials. Saddam Haftar then left. Haftar said the talks went well.")
    assert [(m.text, m.actor) for m in _mentions(text, registry) if m.how == "surname"] == [("Haftar", "saddam-haftar")]


def test_a_first_name_inside_another_name_is_not_a_haftar(registry):
    text = "Khalifa Haftar met Iraqi envoys. Saddam Hussein was mentioned. His son Saddam later spoke."
    mentions = _mentions(text, registry)
    assert [(m.text, m.actor) for m in mentions] == [
        ("Khalifa Haftar", "khalifa-haftar"), ("Saddam", "saddam-haftar")]


def test_title_alone_refers_to_its_last_holder(registry):
    text = "Field Marshal Khalifa Haftar arrived. The Field Marshal left before the Prime Minister spoke."
    mentions = _mentions(text, registry)
    assert [(m.text, m.actor, m.how) for m in mentions] == [
        ("Khalifa Haftar", "khalifa-haftar", "name"), ("Field Marshal", "khalifa-haftar", "title")]


def test_an_actors_first_documents_are_picked_without_ordering_them_all(make_corpus, monkeypatch):
    """The view shows an actor's first documents by date (corpus order on a tie); at 100,000
    articles an actor is in tens of thousands, so the first few are picked, not all sorted."""
    import random

    from helpers import article, record_calls

    from libyadesk import Desk
    from libyadesk.actors import DocCounts

    rng = random.Random(7)
    files = {}
    for i in range(40):  # names in another order than their dates, and some dates shared
        day = f"2024-{rng.randint(1, 3):02d}-{rng.choice([5, 12, 19]):02d}"
        files[f"{rng.randint(100, 999)}-{i}.md"] = article(f"Note {i}", "Wire", day,
                                                          f"Colonel Ahmed Zuwai inspected the harbour on visit {i}.")
    root = make_corpus(files)
    ordered = record_calls(monkeypatch, DocCounts, "_order", lambda counts: 1)
    with Desk.open(root, cache=False) as desk:
        documents = desk.actor("Ahmed Zuwai").documents
        head = documents[:3]
        assert not ordered
        whole = list(documents)
        assert ordered
        order = desk.index.doc_positions
        keys = [(d.published, order[d.doc]) for d in whole]
        assert keys == sorted(keys) and len(whole) == 40
        assert head == whole[:3] and documents == whole and documents[5] == whole[5]


@pytest.mark.parametrize("date_index", [True, False])
def test_the_documents_a_view_shows_are_read_off_the_corpus_in_date_order(make_corpus, monkeypatch, date_index):
    """The view's first documents of an actor in thousands are found by walking the corpus's
    documents in date order, never reading every document's metadata, and are the ones sorting
    them all gives (undated last, a month before its days, corpus order on a tie); a file written
    before the docs_published index (dropped here) answers the same, and gains it at its next write."""
    import random
    import sqlite3

    from helpers import article

    from libyadesk import Desk
    from libyadesk import actors

    rng = random.Random(11)
    files = {}
    for i in range(90):
        day = rng.choice(["2024-02", "2024-02-05", "2024-02-05", "2024-01-19", "2023-12-30", "2024-03-01", None])
        body = f"Colonel Ahmed Zuwai inspected the harbour on visit {i}." if i % 3 else f"Fishermen met on visit {i}."
        text = article(f"Note {i}", "Wire", day or "", body)
        files[f"{rng.randint(100, 999)}-{i}.md"] = text if day else text.replace("published: \n", "")
    root = make_corpus(files)
    with Desk.open(root) as desk:
        whole = desk.actor("Ahmed Zuwai", events=False)
        path = desk.index.db.path
    documents = list(whole.documents)
    assert len(documents) == 60 and any(d.published is None for d in documents)
    if not date_index:
        with sqlite3.connect(path) as db:
            db.execute("DROP INDEX docs_published")
    monkeypatch.setattr(actors, "BY_ID_LOOKUPS", 10)  # the walk, as for an actor in thousands of documents
    for shown in (1, 3, 7):
        with Desk.open(root) as desk:  # warm: nothing built, no metadata read yet
            index = desk.index
            desk.prepare_actors()
            profile = actors.actor_profile(index, whole.actor.id, shown)
            assert profile.documents[:shown] == documents[:shown]
            assert index._doc_meta is None  # no document's metadata read but the few shown
            assert profile.to_json() == whole.to_json()  # the rest read from the index when asked for
    with sqlite3.connect(path) as db:  # a call that only reads never writes the index
        assert bool(db.execute("SELECT 1 FROM sqlite_master WHERE name = 'docs_published'").fetchone()) == date_index
    (root / "zz-added.md").write_text(article("Added", "Wire", "2024-02-05", "Colonel Ahmed Zuwai left."), encoding="utf-8")
    with Desk.open(root) as desk:
        assert len(desk.actor("Ahmed Zuwai", events=False).documents) == 61
    with sqlite3.connect(path) as db:  # a file written before the index gains it when it is next written to
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'docs_published'").fetchone()


def test_the_documents_that_mention_an_actor_most_are_those_a_sort_by_count_puts_first():
    import random

    from libyadesk.actors import _most_mentioning

    rng = random.Random(3)
    for _ in range(200):
        per_doc = {f"d{i}": rng.randint(1, 4) for i in range(rng.randint(0, 40))}
        n = rng.randint(1, 30)
        assert _most_mentioning(per_doc, n) == set(sorted(per_doc, key=lambda d: -per_doc[d])[:n])



@pytest.mark.parametrize("text, published, expected", [
    ("Field Marshal Khalifa Haftar held talks on Monday with the Egyptian president in Cairo.", "2024-05-06",
     ["khalifa-haftar", "abdel-fattah-el-sisi"]),
    ("Egypt's president received the delegation on Monday.", "2024-05-06", ["egypt", "abdel-fattah-el-sisi"]),
    ("Italy's interior minister flew to Tripoli.", "2024-05-06", ["italy", "matteo-piantedosi"]),
    ("The Turkish President met the French president.", "2024-05-06", ["recep-tayyip-erdogan", "emmanuel-macron"]),
    # After another president is named, the nationality still says whose.
    ("President Erdogan spoke first. The Egyptian president spoke after him.", "2024-05-06",
     ["recep-tayyip-erdogan", "abdel-fattah-el-sisi"]),
    # Outside the years the registry gives the role: nobody by office alone.
    ("The Egyptian president received the delegation on Monday.", "2010-05-06", []),
    ("The Italian prime minister flew to Tripoli.", "2019-05-06", []),
    # Not the holder: a former one, any one, one the registry does not know, or one named right after.
    ("The former Egyptian president died in 2020.", "2024-05-06", []),
    ("A Turkish president has never visited Sabha.", "2024-05-06", []),
    ("The Tunisian president met reporters.", "2024-05-06", []),
    ("The Egyptian president Abdel Fattah al-Sisi received the delegation.", "2024-05-06", ["abdel-fattah-el-sisi"]),
    ("The Italian President of the Senate met the envoy.", "2024-05-06", []),
    # ... or named after a comma, with an honorific or in two words of a name.
    ("The Italian prime minister, Mr. Paolo Verdi, flew to Tripoli.", "2024-05-06", ["discovered:paolo-verdi"]),
    ("The Italian prime minister, Paolo Verdi, flew to Tripoli.", "2024-05-06", ["discovered:paolo-verdi"]),
    ("Tripoli welcomed the Italian prime minister, Rome's envoy said.", "2024-05-06", ["giorgia-meloni"]),
])
def test_an_office_named_by_its_state_is_its_holder_in_the_year_of_the_article(registry, text, published, expected):
    doc = Document("t", text, "t.md", published=published, source="Test")
    assert [m.actor for m in find_mentions(doc, _sentences(doc), registry)] == expected


@pytest.mark.parametrize("written", ["UN mission in Libya", "UN Libya mission", "United Nations mission in Libya"])
def test_the_un_mission_in_libya_is_unsmil(registry, written):
    """"The UN mission in Libya said": UNSMIL (data/actors.toml aliases), not the UN as a whole."""
    doc = Document("t", f"The {written} said on Monday it was alarmed by the clashes.", "t.md",
                   published="2024-05-06", source="Test")
    assert [m.actor for m in find_mentions(doc, _sentences(doc), registry)] == ["unsmil"]
