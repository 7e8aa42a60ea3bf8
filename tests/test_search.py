"""Search: the relevance gold, the query language, variants and typos, snippets, filters."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from helpers import bench_script
from libyadesk.cli import app
from libyadesk.corpus import load_corpus
from libyadesk.dates import parse_bound
from libyadesk.errors import LibyadeskError, UsageError
from libyadesk.index import build_index
from libyadesk.search import SearchOptions, parse_query, search
from libyadesk.text import tokenize

runner = CliRunner()


def test_relevance_gold():
    overall = bench_script("eval_search").evaluate()["overall"]
    assert overall["r_precision"] >= 0.95
    assert overall["recall"] >= 0.95
    assert overall["best_first"] == 1.0
    assert overall["empty"] == 1.0


def ids(index, query, **options):
    return [h.doc for h in search(index, query, SearchOptions(**options))[1]]


# A corpus in other outlets' styles, with spellings that are in no table.
OTHER = {
    "wire.md": "---\ntitle: Hiftar forces move south\nsource: Wire\npublished: 2023-06-01\n---\n"
               "Forces loyal to Khalifa Hiftar moved towards Sabha on Monday.\n",
    "analysis.md": "---\ntitle: Tripoli budget row\nsource: Analysis Weekly\npublished: 2024-02-10\n---\n"
                   "Prime Minister Abdulhamid Dbeybah defended the budget in Tripoli.\nThe Central Bank disagreed.\n",
    "liberia.md": "---\ntitle: Monrovia elections\nsource: West Africa Daily\npublished: 2024-11-02\n---\n"
                  "Liberia held elections; President Hafez was not a candidate in Monrovia.\n",
    "meloni.md": "---\ntitle: Rome talks\nsource: Rome Daily\npublished: 2025-01-15\n---\n"
                 "Giorgia Meloni received Haftar in Rome to discuss migration.\n",
}


@pytest.fixture
def other_index(make_corpus):
    return build_index(load_corpus(make_corpus(OTHER)).documents)


def test_variants_not_in_any_table_find_each_other(other_index):
    assert ids(other_index, "Haftar")[:2] == ["meloni", "wire"] or set(ids(other_index, "Haftar")) == {"meloni", "wire"}
    _, hits = search(other_index, "Haftar")
    by_doc = {h.doc: h for h in hits}
    assert {m.how for m in by_doc["wire"].matched} == {"variant"}
    assert {m.how for m in by_doc["meloni"].matched} == {"exact"}
    assert ids(other_index, "Dbeibah") == ["analysis"]


def test_different_names_are_not_merged(other_index):
    assert ids(other_index, "Libya") == []  # Liberia is not Libya
    assert "liberia" not in ids(other_index, "Haftar")  # Hafez is not Haftar
    assert ids(other_index, "Melone") == []  # Meloni is not Melone


def test_exact_turns_off_variants_and_typos(other_index):
    assert ids(other_index, "Hifter", exact=True) == []
    assert ids(other_index, "Hifter") != []


def test_exact_match_outranks_variant_and_typo(make_corpus):
    root = make_corpus({
        "a.md": "Haftar met envoys in Benghazi on Monday, officials said today.\n",
        "b.md": "Hifter met envoys in Benghazi on Monday, officials said today.\n",
    })
    index = build_index(load_corpus(root).documents)
    assert ids(index, "Haftar") == ["a", "b"]
    assert ids(index, "Hifter") == ["b", "a"]


def test_every_word_must_match(bundled_index):
    got = ids(bundled_index, "Haftar Belarus")
    assert got[0].startswith("2025-02-dispatch")
    assert set(got) == {"2025-02-dispatch-risk-haftars-in-belarus-nato-eu-concerns",
                        "2024-05-21-sunday-express-western-leaders-backing-haftar-risk-migration-crisis"}


def test_a_word_in_the_title_satisfies_the_query(make_corpus):
    root = make_corpus({
        "a.md": "---\ntitle: Frontex and Libya\n---\nHaftar met the delegation in Benghazi.\n",
        "b.md": "---\ntitle: Border talks\n---\nFrontex officials met in Warsaw.\n",
        "c.md": "---\ntitle: Eastern army\n---\nHaftar inspected troops.\n",
    })
    index = build_index(load_corpus(root).documents)
    assert ids(index, "Frontex Haftar") == ["a"]


def test_capitalised_names_do_not_typo_into_common_words(bundled_index):
    assert ids(bundled_index, "Saleh") == []  # not "sales"
    assert ids(bundled_index, "Melone") == []  # one vowel off is another name, not a typo
    assert ids(bundled_index, "Melonni") != []


def test_phrase_matches_only_consecutive_words(bundled_index):
    assert ids(bundled_index, '"border security"') == ["2025-12-07-libyareview-khaled-haftar-urges-eu-border-security"]
    assert ids(bundled_index, '"security border"') == []


def test_snippet_is_a_sentence_with_highlights(bundled_index):
    _, hits = search(bundled_index, "Lukashenko Belarus")
    hit = hits[0]
    assert hit.snippet
    for start, end in hit.highlights:
        assert hit.snippet[start:end].casefold() in {"lukashenko", "belarus", "belarusian"}
    assert any(hit.snippet[s:e] == "Lukashenko" for s, e in hit.highlights)


def test_filters(bundled_index):
    today = datetime.date(2026, 11, 23)
    assert all(d.startswith("2025") for d in ids(bundled_index, "Haftar", since=parse_bound("2025", today)))
    assert ids(bundled_index, "Haftar", until=parse_bound("2024-05-10", today)) == [
        "2024-05-08-infomigrants-italys-premier-in-libya-to-discuss-migration"
    ]
    assert ids(bundled_index, "Haftar", source="libyareview") == [
        "2025-12-07-libyareview-khaled-haftar-urges-eu-border-security"
    ]
    assert len(ids(bundled_index, "Haftar", limit=2)) == 2


@pytest.mark.parametrize("query", ["", "   ", "the and of", "!!! ???", '"unbalanced'])
def test_bad_queries_raise_usage_errors(bundled_index, query):
    with pytest.raises(UsageError):
        search(bundled_index, query)


def test_parse_query_structure():
    q = parse_query('"Rome Process" OR Mattei -Tunisia Meloni')
    assert [[p.text for p in c] for c in q.clauses] == [["rome process", "mattei"], ["meloni"]]
    assert [p.text for p in q.excluded] == ["tunisia"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_search_never_raises_anything_but_usage_errors(bundled_index, query):
    try:
        search(bundled_index, query)
    except LibyadeskError:
        pass


def test_every_document_is_found_by_one_of_its_rare_words(bundled_index):
    vocabulary = bundled_index.vocabulary
    for doc_id in bundled_index.documents:
        words = tokenize(bundled_index.documents[doc_id].text)
        rare = next(t.term for t in words if vocabulary[t.term] == 1 and t.term.isalpha() and len(t.term) > 6)
        assert doc_id in ids(bundled_index, rare, exact=True)


def test_cli_explains_variant_matches():
    result = runner.invoke(app, ["search", "Hifter", "--limit", "2"])
    assert result.exit_code == 0
    assert "hifter → Haftar (spelling variant)" in result.stdout
    assert "LibyaReview · 2025-12-07" in result.stdout


def test_cli_actor_filter():
    result = runner.invoke(app, ["search", "migration", "--actor", "Khaled Haftar", "--json"])
    assert result.exit_code == 0
    docs = [h["doc"] for h in json.loads(result.stdout)["hits"]]
    assert docs == ["2025-12-07-libyareview-khaled-haftar-urges-eu-border-security"]


def test_a_variants_file_in_the_corpus_folder_is_used(make_corpus):
    root = make_corpus({"a.md": "Governor Ezzurbaki spoke for the central bank in Tripoli on Monday.\n"})
    assert json.loads(runner.invoke(app, ["search", "Zorbak", "--corpus", str(root), "--json"]).stdout)["hits"] == []
    (root / "variants.toml").write_text("[[group]]\nname = \"Zorbak\"\nspellings = [\"Zorbak\", \"Ezzurbaki\"]\n", encoding="utf-8")
    result = runner.invoke(app, ["search", "Zorbak", "--corpus", str(root), "--json"])
    assert [h["doc"] for h in json.loads(result.stdout)["hits"]] == ["a"]


# --- word forms, partial answers, dates in the query, typos of names, syndicated copies ---------

def _doc(title: str, source: str, published: str, text: str) -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: {published}\n---\n{text}\n"


FORMS = {
    "boats.md": _doc("Boats leave Zuwara", "Coast Wire", "2024-07-02",
                     "Dozens of migrants boarded two boats at dawn, a coastguard officer said."),
    "camp.md": _doc("A camp near Kufra", "Desert Post", "2024-08-11",
                    "One migrant described the camp as crowded and short of water."),
    "derna.md": _doc("Rain in the east", "East Herald", "2023-09-12",
                     "Flooding swept through the valley after the two dams above the town gave way."),
    "wadi.md": _doc("Wadi repairs", "East Herald", "2024-02-01",
                    "Engineers said the dam would be rebuilt and the flood channel widened."),
    "fight.md": _doc("Night in Tripoli", "Capital Times", "2025-05-14",
                     "Armed groups clashed near the port; the clashes lasted until morning."),
}


@pytest.fixture
def forms_index(make_corpus):
    return build_index(load_corpus(make_corpus(FORMS)).documents)


@pytest.mark.parametrize("query, expected", [
    ("migrant", {"boats", "camp"}), ("migrants", {"boats", "camp"}),
    ("flood", {"derna", "wadi"}), ("flooding", {"derna", "wadi"}),
    ("dam", {"derna", "wadi"}), ("dams", {"derna", "wadi"}),
    ("clash", {"fight"}), ("clashes", {"fight"}),
])
def test_word_forms_match(forms_index, query, expected):
    assert set(ids(forms_index, query)) == expected


def test_word_forms_are_reported_but_not_as_variants(forms_index):
    _, hits = search(forms_index, "migrants")
    camp = next(h for h in hits if h.doc == "camp")
    assert [(m.term, m.how) for m in camp.matched] == [("migrant", "stem")]
    assert camp.snippet[slice(*camp.highlights[0])] == "migrant"


def test_exact_turns_off_word_forms(forms_index):
    assert ids(forms_index, "migrants", exact=True) == ["boats"]


def test_word_forms_do_not_mangle_names(make_corpus):
    # "Hiftar" and "Haftars" are found through the name, not through a stem of it; "sales" is not "Saleh".
    root = make_corpus({
        "a.md": "Forces loyal to Khalifa Hiftar moved south on Monday.\n",
        "b.md": "The Haftars met envoys in Benghazi; oil sales rose.\n",
    })
    index = build_index(load_corpus(root).documents)
    assert set(ids(index, "Haftar")) == {"a", "b"}
    assert ids(index, "Saleh") == []


PARTIAL = {
    "both.md": _doc("Port clashes", "Capital Times", "2025-05-14",
                    "Armed groups clashed near the port of Tripoli overnight; the clashes ended at dawn."),
    "city.md": _doc("Tripoli budget", "Capital Times", "2025-03-02",
                    "The government in Tripoli presented a budget to the council."),
    "other.md": _doc("Desert roads", "Desert Post", "2025-04-20", "Trucks crossed the desert near Sabha."),
}


def test_no_document_with_every_word_ranks_those_with_most(make_corpus):
    index = build_index(load_corpus(make_corpus(PARTIAL)).documents)
    query, hits = search(index, "Tripoli clashes ceasefire")
    assert query.partial
    assert [h.doc for h in hits] == ["both", "city"]
    assert hits[0].missing == ["ceasefire"] and hits[1].missing == ["clashes", "ceasefire"]


def test_complete_answers_are_not_padded_with_partial_ones(make_corpus):
    index = build_index(load_corpus(make_corpus(PARTIAL)).documents)
    query, hits = search(index, "Tripoli clashes")
    assert not query.partial
    assert [h.doc for h in hits] == ["both"] and hits[0].missing == []
    assert ids(index, "Sabha ceasefire") == ["other"]  # one word of two: still an answer, said to be partial


DATED = {
    "may.md": _doc("Clashes in the capital", "Capital Times", "2025-05-14",
                   "Armed groups clashed in Tripoli; residents sheltered at home."),
    "undated.md": "---\ntitle: Night of clashes\nsource: Local Radio\n---\nClashes shook Tripoli overnight.\n",
    "march.md": _doc("Old clashes", "Capital Times", "2024-03-03",
                     "Armed groups clashed in Tripoli last winter, a report said."),
}


def test_a_month_in_the_query_filters_by_publication_and_says_so(make_corpus):
    index = build_index(load_corpus(make_corpus(DATED)).documents)
    query, hits = search(index, "Tripoli clashes May 2025")
    assert [h.doc for h in hits] == ["may", "undated"]  # an undated report may be of then: kept
    assert query.date is not None and query.date.applied
    assert (str(query.date.since), str(query.date.until), query.date.text) == ("2025-05-01", "2025-05-31", "May 2025")
    # Quoted, the date is words to find; with --since given it is left alone too.
    assert search(index, 'Tripoli clashes "May 2025"')[0].date is None
    assert ids(index, "Tripoli clashes 2024") == ["march", "undated"]
    assert ids(index, "Tripoli clashes", since=parse_bound("2025", datetime.date(2026, 1, 1))) == ["may"]


def test_a_date_with_nothing_published_then_drops_no_document(make_corpus):
    index = build_index(load_corpus(make_corpus({k: v for k, v in DATED.items() if k != "undated.md"})).documents)
    query, hits = search(index, "Tripoli clashes 2019")
    assert query.date is not None and not query.date.applied
    assert {h.doc for h in hits} == {"may", "march"}


def test_a_typo_of_a_name_reaches_its_spelling_variants(make_corpus):
    root = make_corpus({"a.md": "Forces of Khalifa Hifter took the airport.\n",
                        "b.md": "Khalifa Haftar spoke in Benghazi.\n"})
    index = build_index(load_corpus(root).documents)
    _, hits = search(index, "Haftr")
    assert {h.doc for h in hits} == {"a", "b"}
    assert {(m.term, m.how) for h in hits for m in h.matched} == {("haftar", "typo"), ("hifter", "typo")}


WIRE = ("The central bank said on Tuesday it would resume paying salaries in the east after a dispute over "
        "the budget was settled at talks in Cairo, ending a standoff that had frozen public payments for "
        "three months and closed several oil terminals along the coast.")


def test_syndicated_copies_are_one_hit(make_corpus):
    root = make_corpus({
        "wire.md": _doc("Bank to resume salaries", "Wire Service", "2024-10-01", WIRE),
        "site1.md": _doc("Central bank to pay salaries again", "Portal One", "2024-10-01",
                         WIRE + " Share this article."),
        "site2.md": _doc("Salaries to resume", "Portal Two", "2024-10-02", "By our staff. " + WIRE),
        "own.md": _doc("Bank governor interview", "Portal One", "2024-10-05",
                       "In an interview the governor of the central bank spoke about salaries and reserves."),
    })
    index = build_index(load_corpus(root).documents)
    _, hits = search(index, "central bank salaries")
    assert len(hits) == 2
    grouped = next(h for h in hits if h.copies)
    assert {grouped.doc, *(c.doc for c in grouped.copies)} == {"wire", "site1", "site2"}
    assert "own" in {h.doc for h in hits} and not next(h for h in hits if h.doc == "own").copies


def test_cli_json_says_partial_date_missing_and_copies(make_corpus):
    root = make_corpus(PARTIAL)
    payload = json.loads(runner.invoke(app, ["search", "Tripoli clashes ceasefire May 2025", "--corpus", str(root), "--json"]).stdout)
    assert payload["partial"] is True
    assert payload["date"] == {"text": "May 2025", "value": "2025-05", "since": "2025-05-01",
                               "until": "2025-05-31", "applied": True}
    assert [(h["doc"], h["missing"], h["copies"]) for h in payload["hits"]] == [("both", ["ceasefire"], [])]
    result = runner.invoke(app, ["search", "Tripoli clashes ceasefire May 2025", "--corpus", str(root)])
    assert result.exit_code == 0
    assert "read as a date" in result.stdout and "missing: ceasefire" in result.stdout
    assert "no document matches every word" in result.stdout


def test_a_short_common_word_is_not_a_typo_of_another(make_corpus):
    root = make_corpus({"a.md": "Food prices rose in Derna.\n", "b.md": "Officials in Derna met aid agencies.\n"})
    index = build_index(load_corpus(root).documents)
    query, hits = search(index, "Derna flood")
    assert query.partial and {h.doc for h in hits} == {"a", "b"}
    assert all(h.missing == ["flood"] and not [m for m in h.matched if m.how == "typo"] for h in hits)
    assert ids(index, "oficials") == ["b"]  # a longer word is still forgiven
