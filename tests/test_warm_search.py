"""The work of a warm search, counted: what the engine ranks and counts, the snippets made, the variants ranked."""

from __future__ import annotations

import ast
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import python_output, record_calls
from libyadesk import fts, names, render, search as search_module, shell
from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.models import Copy, Hit, Match
from libyadesk.search import SearchOptions, search

TOWNS = ["Benghazi", "Derna", "Tobruk", "Sirte"]


def _article(n: int, name: str, town: str, day: str = "Monday") -> str:
    # Texts of several lengths and wordings, so that their scores differ.
    filler = " ".join(["The talks went on into the evening."] * (n % 5))
    return (f"---\ntitle: Talks number {n} in {town}\nsource: Outlet {n % 3}\npublished: 2024-0{1 + n % 9}-1{n % 10}\n---\n"
            f"Commander {name} met local leaders in {town} on {day}. {filler}\n"
            f"Residents of {town} said the meeting with {name} changed little.\n")


@pytest.fixture
def spelled_index(make_corpus):
    """Documents naming one commander in two spellings (Haftar, Hifter), in four towns, some of them copies."""
    files = {}
    for n in range(48):
        files[f"a{n:02}.md"] = _article(n, "Haftar" if n % 3 else "Hifter", TOWNS[n % 4])
    for n, day in enumerate(["Sunday", "Monday", "Friday"]):  # one story told alike: equal scores
        files[f"copy{n}.md"] = _article(100, "Haftar", "Benghazi", day)
    return build_index(load_corpus(make_corpus(files)).documents)


def _statements(index) -> list[str]:
    seen: list[str] = []
    index.db.connection.set_trace_callback(seen.append)
    return seen


def test_a_word_with_other_spellings_ranks_each_document_once(spelled_index, monkeypatch):
    ranked = record_calls(monkeypatch, fts, "ranked", lambda conn, expression, counted=False, page=fts.PAGE: expression)
    _, hits = search(spelled_index, "Haftar Benghazi")
    assert hits
    conn = spelled_index.db.connection
    every = fts.count(conn, '("haftar" OR "hifter") AND ("benghazi")')
    # Two rankings make the pool: the spelling as typed, and the other spellings; no document
    # in both.  (A third, when asked for, finds the documents that lack one of the words.)
    pool = ranked[:2]
    assert [e for e in ranked[2:] if " NOT " not in e] == []
    assert sum(fts.count(conn, expression) for expression in pool) == every


def test_documents_found_in_either_spelling_are_all_candidates(spelled_index):
    parsed, hits = search(spelled_index, "Haftar Benghazi", SearchOptions(limit=50))
    conn = spelled_index.db.connection
    assert parsed.total == fts.count(conn, '("haftar" OR "hifter") AND ("benghazi")')
    shown = {h.doc for h in hits} | {c.doc for h in hits for c in h.copies}
    assert len(shown) == parsed.total
    assert any(m.term == "hifter" for h in hits for m in h.matched)


def test_a_phrase_is_ranked_once_and_counted_once(spelled_index):
    seen = _statements(spelled_index)
    parsed, hits = search(spelled_index, '"local leaders"')
    asked = [s for s in seen if "local leaders" in s]
    assert parsed.total == fts.count(spelled_index.db.connection, '"local leaders"') > len(hits) > 0
    assert len([s for s in asked if s.startswith("SELECT count(*)")]) == 1
    assert len([s for s in asked if "ORDER BY rank" in s]) == 1  # one page holds every story shown


def test_a_ranking_reads_a_page_at_a_time(spelled_index):
    conn = spelled_index.db.connection
    seen = _statements(spelled_index)
    expression = '("haftar" OR "hifter")'
    everything = list(fts.ranked(conn, expression))
    assert len(everything) == fts.count(conn, expression) > 16
    pages = [s for s in seen if "ORDER BY rank" in s]
    assert len(pages) == 1
    seen.clear()
    paged = fts.ranked(conn, expression, page=4)
    first = [row for row, _ in zip(paged, range(3))]
    assert len([s for s in seen if "ORDER BY rank" in s]) == 1  # three rows: one page of four
    assert first == everything[:3]
    seen.clear()
    assert list(fts.ranked(conn, expression, page=4)) == everything  # pages of 4, 16, 64: the same order
    assert len([s for s in seen if "ORDER BY rank" in s]) == (3 if len(everything) <= 4 + 16 + 64 else 4)


def test_a_search_asks_the_engine_for_a_page_not_every_match(spelled_index):
    seen = _statements(spelled_index)
    parsed, hits = search(spelled_index, "Haftar", SearchOptions(limit=2))
    rankings = [s for s in seen if "ORDER BY rank" in s]
    assert parsed.total > len(hits) == 2
    assert rankings and all(f"LIMIT {fts.PAGE} OFFSET 0" in s for s in rankings)


def test_snippets_are_made_for_the_hits_shown_only(spelled_index, monkeypatch):
    made = record_calls(monkeypatch, search_module, "_snippet", lambda index, doc_id, *rest: doc_id)
    located = record_calls(monkeypatch, search_module, "_locate", lambda index, query, doc_id: doc_id)
    parsed, hits = search(spelled_index, "Derna", SearchOptions(limit=3))
    assert parsed.total > 3
    assert made == located == [h.doc for h in hits]


def test_the_counted_ranking_keeps_the_engines_order(spelled_index):
    conn = spelled_index.db.connection
    for expression in ('("benghazi")', '"local leaders"', '("haftar" OR "hifter") AND ("benghazi")'):
        counted = fts.ranked(conn, expression, counted=True)
        plain = list(fts.ranked(conn, expression))
        assert counted.total == len(plain) == fts.count(conn, expression)
        assert list(counted) == plain
        scores = [row[4] for row in plain]
        assert len(set(scores)) < len(scores)  # copies tie: their order is the documents' order
        assert all(a[0] < b[0] for a, b in zip(plain, plain[1:]) if a[4] == b[4])


def test_jaro_winkler_is_rapidfuzzs():
    from rapidfuzz.distance import JaroWinkler

    rng = random.Random(15)
    pairs = [("haftar", "hifter"), ("dbeibah", "dbeibeh"), ("a", "a"), ("", ""), ("ab", ""), ("martha", "marhta")]
    for n in range(3000):
        letters = "ab" if n % 3 == 0 else "aeihfrtdbk"
        pairs.append(("".join(rng.choice(letters) for _ in range(rng.randint(0, 12))),
                      "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))))
    for a, b in pairs:
        assert names.jaro_winkler(a, b) == JaroWinkler.similarity(a, b), (a, b)


def test_a_variant_search_imports_no_rapidfuzz(spelled_index):
    # A fresh process: a name with two variants is ranked without loading rapidfuzz.
    code = ("import sys\nfrom libyadesk import names\n"
            "table = names.VariantTable((frozenset({'haftar', 'hifter', 'heftar'}),))\n"
            "index = names.VariantIndex(['haftar', 'hifter', 'heftar'], table)\n"
            "assert len(index.variants('haftar')) == 2, index.variants('haftar')\n"
            "print(any(m.startswith('rapidfuzz') for m in sys.modules))\n")
    assert python_output(code) == "False"


# --- the search view without Rich's console (a pipe): the same text Rich draws ---------------

_WORDS = st.text(alphabet=st.sampled_from(list("abcdefghij KLM·—…’éñ漢字😀\u0301")), min_size=0, max_size=40)
_LONG = st.text(alphabet=st.sampled_from(list("abcdefghijk-")), min_size=30, max_size=260)
_PHRASE = st.lists(st.one_of(_WORDS, _LONG), min_size=0, max_size=12).map(" ".join)


@st.composite
def _hits(draw):
    hits = []
    for n in range(draw(st.integers(0, 4))):
        snippet = draw(_PHRASE)
        spans = sorted({tuple(sorted(draw(st.tuples(st.integers(0, len(snippet)), st.integers(0, len(snippet))))))
                        for _ in range(draw(st.integers(0, 3)))})
        copies = [Copy(draw(_WORDS) or "c", draw(st.none() | _WORDS), draw(st.none() | _WORDS), draw(st.none() | _WORDS))
                  for _ in range(draw(st.integers(0, 5)))]
        hits.append(Hit(doc=draw(_LONG), title=draw(st.none() | _PHRASE), source=draw(st.none() | _WORDS),
                        published=draw(st.none() | _WORDS), score=1.0, snippet=snippet, highlights=list(spans),
                        missing=draw(st.lists(_WORDS, max_size=2)), copies=copies, page=draw(st.none() | st.integers(1, 400))))
    return hits


@settings(max_examples=150, deadline=None)
@given(hits=_hits(), notes=st.lists(_PHRASE, max_size=2), width=st.integers(40, 200), offset=st.integers(0, 30),
       explained=st.lists(st.builds(Match, _WORDS, _WORDS, st.sampled_from(["variant", "typo", "alias"])), max_size=2))
def test_the_plain_search_view_is_what_rich_draws(hits, notes, width, offset, explained):
    import io
    import os
    from contextlib import redirect_stdout

    total = len(hits) + offset + 3
    plain = render.search_text(hits, explained, {}, notes, total, offset, width=width)
    assert plain is not None
    drawn = io.StringIO()
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        with redirect_stdout(drawn):
            shell.print_result(render.search_view(hits, explained, {}, notes, total, offset))
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    assert plain == drawn.getvalue()


def test_a_view_with_a_tab_or_a_control_is_left_to_rich():
    hit = Hit(doc="d", title="A\ttab", source=None, published=None, score=1.0, snippet="x")
    assert render.search_text([hit], [], {}, width=80) is None
    hit = Hit(doc="d", title="A title", source=None, published=None, score=1.0, snippet="bell\x07")
    assert render.search_text([hit], [], {}, width=80) is None


def test_a_plain_search_draws_without_rich(make_corpus, tmp_path):
    import os
    import subprocess
    import sys

    corpus = make_corpus({**{f"n{n}.md": _article(n, "Haftar", TOWNS[n % 4]) for n in range(8)},
                          "w.md": "---\ntitle: Zyxorium 漢字\n---\nZyxorium 漢字 shipments reached the port.\n"})
    env = {**os.environ, "LIBYADESK_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        env.pop(name, None)
    code = ("import sys\nfrom libyadesk.shell import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('rich.')}), file=sys.stderr)\n")
    args = [sys.executable, "-c", code, "search", "Derna", "--corpus", str(corpus)]
    subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)  # builds the index
    warm = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    assert "Derna" in warm.stdout and warm.stdout.startswith("2 documents match")
    loaded = set(ast.literal_eval(warm.stderr.strip().splitlines()[-1]))
    assert not loaded  # every character takes one cell: the lines are broken here (render._divide_line)
    forced = subprocess.run(args, capture_output=True, text=True, env={**env, "FORCE_COLOR": "1"}, timeout=300)
    assert "console" in ast.literal_eval(forced.stderr.strip().splitlines()[-1])  # forced colours: Rich draws it
    wide = [*args[:-3], "Zyxorium", *args[-2:]]  # a title whose characters take two cells each
    loaded = set(ast.literal_eval(subprocess.run(wide, capture_output=True, text=True, env=env,
                                                 timeout=300).stderr.strip().splitlines()[-1]))
    assert "_wrap" in loaded and "console" not in loaded  # Rich's line breaking and cell widths only


def test_the_one_cell_characters_take_one_cell_in_every_unicode_version_rich_knows():
    from rich._unicode_data import VERSIONS
    from rich.cells import get_character_cell_size

    characters = [chr(c) for start, end in render.ONE_CELL_RANGES for c in range(start, end + 1)]
    assert len(characters) > 1000 and "’" in characters and "→" in characters
    for version in VERSIONS:
        assert [c for c in characters if get_character_cell_size(c, version) != 1] == [], version


_ONE_CELL = st.text(alphabet=st.sampled_from(list("abcdefghij KLM·—…’“é→-")), min_size=0, max_size=80)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_ONE_CELL, _LONG, st.lists(st.one_of(_ONE_CELL, _LONG), max_size=6).map(" ".join)),
       width=st.integers(1, 60))
def test_lines_of_one_cell_characters_are_broken_where_rich_breaks_them(text, width):
    from rich._wrap import divide_line

    assert render._one_cell().issuperset(text)
    assert render._divide_line(text, width) == divide_line(text, width, fold=True)


# --- a pooled document is scored from its stored columns, not split into terms -------------

_TEXT = st.text(alphabet=st.sampled_from(list("ab c_-'’éÉ.1")), max_size=60)
_TERM = st.text(alphabet=st.sampled_from(list("abcé1")), min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, phrases=st.lists(st.lists(_TERM, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4))
def test_occurrences_count_the_phrases_in_the_columns_terms(text, phrases):
    words = fts.column_terms(text)
    expected = 0
    for phrase in phrases:  # each phrase at every term it starts at, overlapping ones too, repeated ones again
        wanted = phrase.split()
        expected += sum(1 for i in range(len(words) - len(wanted) + 1) if words[i:i + len(wanted)] == wanted)
    assert fts.occurrences(phrases)(text.lower()) == expected


def test_a_pooled_documents_length_is_the_engines(spelled_index):
    conn = spelled_index.db.connection
    for docno in [no for no, *_ in fts.described(conn)][:10]:
        texts, length = fts.stored_columns(conn, docno)
        assert length == sum(map(len, fts.stored_terms(conn, docno))) > 0
        assert [fts.column_terms(t) for t in texts] == list(fts.stored_terms(conn, docno))


# --- what a warm search does around the query: counted ------------------------------------------


def test_expanding_a_word_counts_none_of_its_documents(spelled_index, monkeypatch):
    # Whether a word occurs is all the expansion asks: the engine stops at its first document.
    counted = record_calls(monkeypatch, fts, "count", lambda conn, expression: expression)
    _, hits = search(spelled_index, "Haftar Benghazi")
    assert hits
    assert '"haftar"' not in counted and '"benghazi"' not in counted
    assert len(counted) == len(set(counted))  # and nothing is counted twice in one search
    expander = search_module.Expander(spelled_index)
    del counted[:]
    assert [e.term for e in expander.expand("benghazi")] == ["benghazi"] and expander.expand("zzyzx") == []
    assert counted == []


def test_a_stored_variant_table_is_not_analysed_again(monkeypatch):
    from libyadesk.codec import decode, encode

    table = names.load_variant_table()
    assert table.keys and set(table.keys) == {s for group in table.groups for s in group}
    analysed = record_calls(monkeypatch, names, "_shape", lambda term: term)
    again = decode(encode(table), names.VariantTable)
    assert analysed == []
    assert again == table and again.keys == table.keys
    assert {k: set(v) for k, v in again._by_key.items()} == {k: set(v) for k, v in table._by_key.items()}
    # Keys that do not cover the groups (a table made by hand) are worked out, not trusted.
    made = names.VariantTable(table.groups[:2], keys={"x": "y"})
    assert set(made.keys) == set(table.groups[0] | table.groups[1]) and analysed
    assert made.group_of(sorted(table.groups[0])[0]) == table.groups[0]
