"""Search reaches what the analyst means: words of one meaning (data/equivalents.toml) and an
actor's other names (the registry), ranked below the words as typed and explained."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from libyadesk import vocab
from libyadesk.cli import app
from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.search import SearchOptions, equivalent_table, explained_matches, search
from libyadesk.text import terms

# A text that shares no word with any example query.
UNRELATED = "A cookery fair opened downtown with bakers showing bread and pastries to visitors.\n"


def _index(make_corpus, files):
    return build_index(load_corpus(make_corpus(files)).documents)


def ids(index, query, **options):
    return [h.doc for h in search(index, query, SearchOptions(**options))[1]]


@pytest.mark.parametrize("entry", vocab.entries("equivalents"), ids=lambda e: e["words"][0])
def test_every_equivalents_example_finds_its_sentence(make_corpus, entry):
    query, sentence = entry["example"]
    # The example must show the table at work: some word of the query is not in the sentence.
    asked = set(terms(query.replace('"', "")))
    assert not asked <= set(terms(sentence)), (query, sentence)
    index = _index(make_corpus, {"example.md": sentence + "\n", "other.md": UNRELATED})
    parsed, hits = search(index, query)
    assert [h.doc for h in hits] == ["example"]
    assert {m.how for m in hits[0].matched} & {"synonym", "alias"}


def test_entries_list_distinct_words():
    for entry in vocab.entries("equivalents"):
        keys = [tuple(terms(w)) for w in entry["words"]]
        assert len(keys) == len(set(keys)), entry["words"]
        assert all(keys), entry["words"]


def test_table_reads_every_form_listed():
    assert "fighting" in equivalent_table()[("clashes",)]
    assert "clashes" in equivalent_table()[("fighting",)]  # both ways
    assert ("armed",) not in equivalent_table()  # "armed" is not "arms"


CLASHES = {
    "a.md": "Clashes erupted in Tripoli on Monday between two armed groups near the airport.\n",
    "b.md": "Fighting erupted in Tripoli on Monday between two armed groups near the airport.\n",
    "c.md": "Fighting erupted in Sirte on Monday between two armed groups near the port.\n",
    "d.md": UNRELATED,
}


def test_the_words_as_typed_rank_first_then_words_of_the_same_meaning(make_corpus):
    index = _index(make_corpus, CLASHES)
    assert ids(index, "Tripoli clashes") == ["a", "b"]
    assert ids(index, "Tripoli fighting") == ["b", "a"]


def test_a_match_of_the_same_meaning_is_explained(make_corpus):
    index = _index(make_corpus, CLASHES)
    _, hits = search(index, "Tripoli clashes")
    by_doc = {h.doc: h for h in hits}
    assert ("clashes", "fighting", "synonym") in [(m.query, m.term, m.how) for m in by_doc["b"].matched]
    assert ("clashes", "fighting", "synonym") in [(m.query, m.term, m.how) for m in explained_matches(hits)]
    assert all(m.how == "exact" for m in by_doc["a"].matched)


def test_exact_turns_the_equivalents_off(make_corpus):
    index = _index(make_corpus, CLASHES)
    assert ids(index, "Tripoli clashes", exact=True) == ["a"]


def test_excluded_words_are_not_widened(make_corpus):
    index = _index(make_corpus, CLASHES)
    assert ids(index, "Tripoli -clashes") == ["b"]


def test_a_phrase_of_several_words_reaches_its_equivalents(make_corpus):
    index = _index(make_corpus, {
        "a.md": "The shipment broke the arms embargo imposed in 2011, diplomats said.\n",
        "b.md": "The shipment broke the embargo on weapons imposed in 2011, diplomats said.\n",
        "c.md": "Arms were seized; the embargo on oil was lifted, diplomats said.\n",
    })
    assert ids(index, '"arms embargo"') == ["a", "b"]


def test_words_written_as_a_phrase_are_read_as_one(make_corpus):
    index = _index(make_corpus, {
        "a.md": "The coast guard stopped a boat carrying forty people off Zuwara.\n",
        "b.md": "The coastguard stopped a boat carrying forty people off Zuwara.\n",
        "c.md": UNRELATED,
    })
    assert ids(index, "coast guard") == ["a", "b"]


def test_words_the_texts_write_apart_stay_apart(make_corpus):
    # "coast" and "guard" only ever apart here: reading the query as the phrase would lose them.
    index = _index(make_corpus, {
        "a.md": "Guards stood at the gate; the coast road was closed, a guard said.\n",
        "b.md": "A guard said the coast was quiet; the guard post stayed open.\n",
        "c.md": "The coastguard stopped a boat carrying forty people off Zuwara.\n",
    })
    assert sorted(ids(index, "coast guard")) == ["a", "b"]


def test_an_actor_is_found_by_its_other_names(make_corpus):
    index = _index(make_corpus, {
        "a.md": "Abdul Ghani al-Kikli, the militia commander, was killed in Tripoli on Monday.\n",
        "b.md": "The commander known as Ghneiwa was killed in Tripoli on Monday.\n",
        "c.md": UNRELATED,
    })
    assert ids(index, "Ghneiwa") == ["b", "a"]
    _, hits = search(index, "Ghneiwa")
    assert ("ghneiwa", "abdul ghani al kikli", "alias") in [(m.query, m.term, m.how) for m in hits[1].matched]
    assert ids(index, "Abdul Ghani al-Kikli") == ["a", "b"]


def test_an_acronym_the_texts_write_as_a_word_is_not_used(make_corpus):
    index = _index(make_corpus, {
        "a.md": "Let us know what you think, the editors wrote in a note to readers.\n",
        "b.md": "The United States sent an envoy to Benghazi on Tuesday.\n",
        "c.md": "America sent an envoy to Benghazi on Tuesday.\n",
    })
    assert ids(index, "United States") == ["b", "c"]


def test_nothing_relevant_still_returns_nothing(make_corpus):
    index = _index(make_corpus, CLASHES)
    assert ids(index, "Belarus") == []  # Belarusian is in no text either


def test_json_names_the_new_kinds_of_match(make_corpus):
    root = make_corpus(CLASHES)
    result = CliRunner().invoke(app, ["search", "Tripoli clashes", "--json", "--corpus", str(root), "--no-cache"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    hows = {m["how"] for h in data["hits"] for m in h["matched"]}
    assert hows == {"exact", "synonym"}
    table = CliRunner().invoke(app, ["search", "Tripoli clashes", "--corpus", str(root), "--no-cache"])
    assert "clashes → fighting (same meaning)" in table.stdout.lower()


def test_the_users_actor_file_gives_other_names(make_corpus):
    root = make_corpus({
        "actors.toml": '[[actor]]\nname = "Zawiya Martyrs Brigade"\nkind = "armed_group"\naliases = ["Qarqar Battalion"]\n',
        "a.md": "The Qarqar Battalion took the bridge on Sunday after a short exchange of fire.\n",
        "b.md": UNRELATED,
    })
    result = CliRunner().invoke(app, ["search", "Zawiya Martyrs Brigade", "--json", "--corpus", str(root), "--no-cache"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)["hits"]
    assert [h["doc"] for h in hits] == ["a"]
    assert {"query": "zawiya martyrs brigade", "term": "qarqar battalion", "how": "alias"} in hits[0]["matched"]


def test_a_broken_actor_file_costs_search_only_the_users_names(make_corpus):
    root = make_corpus({"a.md": "The commander known as Ghneiwa was killed in Tripoli on Monday.\n",
                        "actors.toml": "[[actor]\nname ="})
    result = CliRunner().invoke(app, ["search", "Abdul Ghani al-Kikli", "--json", "--corpus", str(root), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert [h["doc"] for h in json.loads(result.stdout)["hits"]] == ["a"]  # the shipped registry still speaks
    assert "actors.toml" in result.stderr and "shipped" in result.stderr


# --- documents missing one word, after those with every word ---------------------------------

NEAR = {
    "all.md": "The presidential election has ninety candidates, officials in Tripoli said on Monday.\n",
    "two.md": "The election drew many candidates from the south, officials in Sebha said on Monday.\n",
    "one.md": "The election was calm, officials in Misrata said on Monday after the count.\n",
    "none.md": UNRELATED,
}


def test_a_long_query_also_shows_documents_missing_one_word_after_the_full_matches(make_corpus):
    index = _index(make_corpus, NEAR)
    parsed, hits = search(index, "presidential election candidates")
    assert [h.doc for h in hits] == ["all", "two"]
    assert hits[0].missing == [] and hits[1].missing == ["presidential"]
    assert not parsed.partial and parsed.near == 1 and parsed.total == 2


def test_documents_missing_one_word_respect_filters_and_exclusions(make_corpus):
    index = _index(make_corpus, NEAR)
    assert ids(index, "presidential election candidates -Sebha") == ["all"]
    assert ids(index, "presidential election candidates", offset=1) == ["two"]


def test_of_two_words_only_the_commoner_may_be_missing(make_corpus):
    files = {f"port{i}.md": f"Ships waited in the harbour of town {i} for the storm to pass.\n" for i in range(5)}
    files["both.md"] = "Pushbacks from the harbour were reported by the charity on Friday.\n"
    files["rare.md"] = "Pushbacks at sea were reported by the charity on Friday.\n"
    index = _index(make_corpus, files)
    parsed, hits = search(index, "harbour pushbacks")
    assert [h.doc for h in hits] == ["both", "rare"]
    assert hits[1].missing == ["harbour"]


def test_the_table_says_which_hits_miss_a_word(make_corpus):
    root = make_corpus(NEAR)
    result = CliRunner().invoke(app, ["search", "presidential election candidates", "--corpus", str(root), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "documents missing one of them" in result.stdout and "missing: presidential" in result.stdout


def test_sentences_are_matched_as_search_reads_the_query(make_corpus):
    from libyadesk.search import sentence_matcher

    index = _index(make_corpus, CLASHES)
    matches = sentence_matcher(index, "Tripoli clashes")
    assert matches("Fighting resumed in Tripoli at dawn.")
    assert not matches("Fighting resumed in Sirte at dawn.")
    assert not sentence_matcher(index, "Tripoli clashes", exact=True)("Fighting resumed in Tripoli at dawn.")


def test_an_acronym_written_with_dots_is_not_a_phrase_of_letters(make_corpus):
    index = _index(make_corpus, {"a.md": "The U.N. envoy met the council in Tripoli.\n",
                                 "b.md": "The United Nations envoy met the council in Tripoli.\n"})
    parsed, _ = search(index, "United Nations")
    assert all(any(len(w) > 1 for w in p.words) for clause in parsed.clauses for p in clause)


def test_another_name_is_shown_as_the_texts_write_it(make_corpus):
    from libyadesk.search import surface_forms

    index = _index(make_corpus, {"a.md": "Abdul Ghani al-Kikli's men held the bridge, a witness said.\n"})
    assert surface_forms(index, {"abdul ghani al kikli", "bridge"}) == {"abdul ghani al kikli": "Abdul Ghani al-Kikli",
                                                                      "bridge": "bridge"}
