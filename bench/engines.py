"""Text-search engines side by side on one corpus: build time and size, warm query times.

Usage: `python bench/engines.py CORPUS_DIR [--long-tail] [--repeats 5] [--out FILE]`
(make CORPUS_DIR with `python bench/generate.py DIR --articles 10000`).

Engines, each fed the same cleaned documents (corpus.iter_corpus) and the same three
fields (title, lead = the first two sentences, body):

- `postings`: the hand-written packed postings that libyadesk used before FTS5 (build_index
  with the FTS5 calls switched off), queried by the search.py of that time (git show
  ac0018f:libyadesk/search.py, loaded beside the current one) — only when --old is given;
- `fts5`: libyadesk/fts.py alone (add_document per document, finish), queried with one
  MATCH ... ORDER BY rank LIMIT 10 (and, for the misspelled name, a length-bounded
  vocabulary pass with rapidfuzz first);
- `tantivy`: tantivy-py (not a dependency: `pip install tantivy` to include it), default
  tokenizer, BM25 with the same field boosts, its own fuzzy term query;
- `libyadesk`: search.search() over the FTS5 index, the whole pipeline (expansion into
  word forms, variants and typos, ranking, snippets).

`--long-tail` adds to every article 80 words drawn from a Zipf law over 400,000 made-up
words (a third capitalised), so the vocabulary grows with the corpus as in real news
(the generator alone has about 8,000 words).  Times are medians of warm in-process calls.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from libyadesk import fts  # noqa: E402
from libyadesk.corpus import iter_corpus  # noqa: E402
from libyadesk.models import Document  # noqa: E402

# The rare word is chosen per corpus (see rare_word); the misspelled name is Lukashenko's.
QUERIES = {"rare word": "", "two words": "Haftar Benghazi", "phrase": '"border security"',
           "misspelled name": "Lukashenkko"}


def rare_word(path: Path, vocabulary: str = "fts_vocab") -> str:
    """A word of the corpus in the fewest documents (letters only, 7 or more), the first of those alphabetically.

    `vocabulary` is the fts5vocab table (row form) of the database at `path`.
    """
    conn = sqlite3.connect(path)
    row = conn.execute(f"SELECT term FROM {vocabulary} WHERE length(term) >= 7 AND term NOT GLOB '*[^a-z]*' "
                       "ORDER BY doc, term LIMIT 1").fetchone()
    conn.close()
    return row[0]


def long_tail(docs: list[Document], seed: int = 1) -> list[Document]:
    """The documents with 80 Zipf-drawn made-up words appended to each (see the module docstring)."""
    rng = random.Random(seed)
    syllables = ["ba", "de", "fi", "go", "hu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "za", "sh", "kh"]
    lexicon = []
    seen = set()
    while len(lexicon) < 400_000:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 5)))
        if word not in seen:
            seen.add(word)
            lexicon.append(word.capitalize() if rng.random() < 0.33 else word)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(lexicon))]
    out = []
    for doc in docs:
        extra = " ".join(rng.choices(lexicon, weights=weights, k=80))
        out.append(Document(doc.id, doc.text + "\n" + extra + ".", doc.path, doc.title, doc.source, doc.url,
                            doc.published, doc.author))
    return out


def median_time(call, repeats: int) -> float:
    call()  # warm: pages in the cache, lazy imports done
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_fts5(docs: list[Document], folder: Path, repeats: int) -> dict:
    path = folder / "fts5.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    started = time.perf_counter()
    fts.create(conn)
    for number, doc in enumerate(docs):
        fts.add_document(conn, number, doc, update_terms=False)
    fts.finish(conn)
    conn.commit()
    build = time.perf_counter() - started
    conn.close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def top(expression: str) -> list:
        return conn.execute("SELECT doc FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 10", (expression,)).fetchall()

    def fuzzy(word: str) -> list:
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        pool = fts.terms_of_length(conn, len(word) - 1, len(word) + 1)
        near = process.extract(word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=2, limit=5)
        return top(fts.any_of([t for t, _, _ in near])) if near else []

    QUERIES["rare word"] = rare = rare_word(path)
    times = {
        "rare word": median_time(lambda: top(fts.quote(rare)), repeats),
        "two words": median_time(lambda: top('"haftar" AND "benghazi"'), repeats),
        "phrase": median_time(lambda: top('"border security"'), repeats),
        "misspelled name": median_time(lambda: fuzzy("lukashenkko"), repeats),
    }
    return {"build": build, "size": path.stat().st_size, "times": times}


def bench_tantivy(docs: list[Document], folder: Path, repeats: int) -> dict | None:
    try:
        import tantivy
    except ImportError:
        return None
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc", stored=True, tokenizer_name="raw")
    for name in ("title", "lead", "body"):
        builder.add_text_field(name)
    schema = builder.build()
    where = folder / "tantivy"
    where.mkdir()
    started = time.perf_counter()
    index = tantivy.Index(schema, path=str(where))
    writer = index.writer()
    for doc in docs:
        title, lead, body = fts.columns(doc)
        writer.add_document(tantivy.Document(doc=doc.id, title=title, lead=lead, body=body))
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - started
    index = tantivy.Index.open(str(where))
    index.reload()
    searcher = index.searcher()
    boost = {"title": fts.TITLE_WEIGHT, "lead": fts.LEAD_WEIGHT, "body": fts.BODY_WEIGHT}

    def top(text: str) -> list:
        query = index.parse_query(text, ["title", "lead", "body"], field_boosts=boost, conjunction_by_default=True)
        return searcher.search(query, 10).hits

    def fuzzy(word: str) -> list:
        subqueries = [(tantivy.Occur.Should, tantivy.Query.fuzzy_term_query(schema, f, word, distance=2, transposition_cost_one=True))
                      for f in ("title", "lead", "body")]
        return searcher.search(tantivy.Query.boolean_query(subqueries), 10).hits

    times = {
        "rare word": median_time(lambda: top(QUERIES["rare word"]), repeats),
        "two words": median_time(lambda: top("haftar benghazi"), repeats),
        "phrase": median_time(lambda: top('"border security"'), repeats),
        "misspelled name": median_time(lambda: fuzzy("lukashenkko"), repeats),
    }
    size = sum(p.stat().st_size for p in where.iterdir() if p.is_file())
    return {"build": build, "size": size, "times": times}


def bench_libyadesk(docs: list[Document], folder: Path, repeats: int, old: bool) -> dict:
    """build_index (postings and FTS5) then search.search(); with `old`, also the postings alone and the old search."""
    from libyadesk import search as current
    from libyadesk.index import build_index
    from libyadesk.store import Database

    result: dict = {}
    if old:
        import importlib.util
        import subprocess

        source = subprocess.run(["git", "-C", str(ROOT), "show", "ac0018f:libyadesk/search.py"],
                                capture_output=True, text=True, check=True).stdout
        spec = importlib.util.spec_from_loader("libyadesk._search_before_fts", loader=None)
        before = importlib.util.module_from_spec(spec)
        before.__package__ = "libyadesk"
        sys.modules[spec.name] = before  # dataclasses look their module up
        exec(compile(source, "search_before_fts.py", "exec"), before.__dict__)
        saved = (fts.create, fts.add_document, fts.finish)
        fts.create = fts.add_document = fts.finish = lambda *a, **k: None  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            index = build_index(iter(docs), Database(folder / "postings.sqlite", create=True))
            index.db.commit()
            build = time.perf_counter() - started
        finally:
            fts.create, fts.add_document, fts.finish = saved
        for name in ("vocabulary", "name_vocabulary"):
            index.layer(name)
        result["postings"] = {"build": build, "size": (folder / "postings.sqlite").stat().st_size, "times": {
            label: median_time(lambda q=q: before.search(index, q, before.SearchOptions(limit=10)), repeats)
            for label, q in QUERIES.items()}}
    started = time.perf_counter()
    index = build_index(iter(docs), Database(folder / "both.sqlite", create=True))
    index.db.commit()
    build = time.perf_counter() - started
    result["libyadesk"] = {"build": build, "size": (folder / "both.sqlite").stat().st_size, "times": {
        label: median_time(lambda q=q: current.search(index, q, current.SearchOptions(limit=10)), repeats)
        for label, q in QUERIES.items()}}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--long-tail", action="store_true", help="add Zipf-drawn made-up words to every article")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--old", action="store_true", help="also the hand-written postings and the search before FTS5")
    parser.add_argument("--out", type=Path, help="also append the table to this file")
    args = parser.parse_args()
    docs = list(iter_corpus(args.corpus))
    if args.long_tail:
        docs = long_tail(docs)
    folder = Path(tempfile.mkdtemp(prefix="libyadesk-engines-"))
    try:
        rows = {"fts5": bench_fts5(docs, folder, args.repeats)}
        tantivy_row = bench_tantivy(docs, folder, args.repeats)
        if tantivy_row:
            rows["tantivy"] = tantivy_row
        rows.update(bench_libyadesk(docs, folder, args.repeats, args.old))
        vocabulary = sqlite3.connect(folder / "fts5.sqlite").execute("SELECT count(*) FROM fts_vocab").fetchone()[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    lines = [f"{len(docs)} articles{' (long tail)' if args.long_tail else ''}, {vocabulary} terms; "
             f"rare word: {QUERIES['rare word']}",
             "| engine | build | file | " + " | ".join(QUERIES) + " |",
             "|---|---|---|" + "---|" * len(QUERIES)]
    for name, row in rows.items():
        times = " | ".join(f"{row['times'][q] * 1000:.1f} ms" for q in QUERIES)
        lines.append(f"| {name} | {row['build']:.1f} s | {row['size'] / 1e6:.0f} MB | {times} |")
    text = "\n".join(lines)
    print(text)
    if args.out:
        with args.out.open("a", encoding="utf-8") as out:
            out.write(text + "\n\n")


if __name__ == "__main__":
    main()
