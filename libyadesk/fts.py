"""Text postings in SQLite FTS5: the engine under `search`.

Why FTS5: it is in the standard library's sqlite3, it is incremental (a document is a
row: `add_document` and `remove_document` touch that row only), it ranks in C with
`bm25()` and per-column weights, and its `fts5vocab` table is the corpus vocabulary that
spelling-variant, word-form and typo expansion look words up in.  docs/architecture.md
gives the figures that chose it over tantivy and the earlier hand-written postings.

A document is one row: its id, outlet and publication date (unindexed, for filters and
for naming a hit without reading the document), then three indexed columns — title,
lead (the first LEAD_SENTENCES sentences) and the rest of the body.  The columns hold
the document's *terms* as libyadesk's own tokenizer makes them (text.tokenize: folded,
possessives dropped), joined by spaces, so that FTS5's tokenizer finds exactly our terms
and a query term means the same thing to both.  `bm25()` weighs a title occurrence
TITLE_WEIGHT times and a lead one LEAD_WEIGHT times a body one; the document length is
the row's token count.  That is BM25F as search.py ranked before, computed by the engine.

Terms are indexed unstemmed: names must keep their letters for spelling-variant matching
(names.py).  Word forms (migrant/migrants, flood/flooding) are matched at query time
instead: `fts_terms` maps every term of the vocabulary to its Snowball stem, so a query
word is expanded to the terms that share its stem.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from .models import Document
from .text import split_sentences, tokenize

TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0  # a lead occurrence counts twice a body one
BODY_WEIGHT = 1.0
LEAD_SENTENCES = 2  # the lead is the first two sentences
K1, B = 1.2, 0.75  # FTS5's bm25() constants, for scoring a few documents the same way in Python

_COLUMNS = ("doc", "source", "published", "title", "lead", "body")
RANK = f"bm25(fts, 0, 0, 0, {TITLE_WEIGHT}, {LEAD_WEIGHT}, {BODY_WEIGHT})"

_SCHEMA = f"""
CREATE VIRTUAL TABLE fts USING fts5(
    doc UNINDEXED, source UNINDEXED, published UNINDEXED, title, lead, body,
    tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO fts(fts, rank) VALUES ('rank', '{RANK.replace("fts, ", "")}');
CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');
CREATE TABLE fts_terms (term TEXT PRIMARY KEY, stem TEXT NOT NULL, length INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX fts_terms_stem ON fts_terms (stem);
CREATE INDEX fts_terms_length ON fts_terms (length);
CREATE TABLE fts_count (n INTEGER NOT NULL);
INSERT INTO fts_count VALUES (0);
"""


class Damaged(sqlite3.DatabaseError):
    """The postings disagree with what the index knows of the documents (a damaged file FTS5 reads without error)."""


class EngineMissing(Exception):
    """The index has no FTS5 tables (an index written before them)."""


def create(conn: sqlite3.Connection) -> None:
    """Create the FTS5 tables in a new index database."""
    conn.executescript(_SCHEMA)


def ready(conn: sqlite3.Connection) -> bool:
    """Whether the database holds the FTS5 tables."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'fts'").fetchone() is not None


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=262144)
def stem(term: str) -> str:
    """The Snowball (Porter 2) English stem of a folded term; numbers are their own stem.

    >>> [stem(w) for w in ("migrants", "flooding", "dams", "clashes", "haftar")]
    ['migrant', 'flood', 'dam', 'clash', 'haftar']
    """
    if not term.isalpha():
        return term
    return _stemmer().stemWord(term)


def columns(doc: Document, tokens: Sequence[tuple[str, int, int]] | None = None,
            lead_end: int | None = None) -> tuple[str, str, str]:
    """The title, lead and body columns of a document: its terms joined by spaces."""
    if tokens is None or lead_end is None:
        tokens, lead_end = [], 0
        for i, (start, end) in enumerate(split_sentences(doc.text)):
            tokens.extend((t.term, t.start + start, t.end + start) for t in tokenize(doc.text[start:end]))
            if i < LEAD_SENTENCES:
                lead_end = len(tokens)
    terms = [t[0] for t in tokens]
    title = " ".join(t.term for t in tokenize(doc.title or ""))
    return title, " ".join(terms[:lead_end]), " ".join(terms[lead_end:])


def add_document(conn: sqlite3.Connection, docno: int, doc: Document,
                 tokens: Sequence[tuple[str, int, int]] | None = None, lead_end: int | None = None,
                 update_terms: bool = True) -> None:
    """Index one document as row `docno` (replacing what that row held).

    `tokens` and `lead_end` (token position where the lead ends) may be given when the
    caller has them; `update_terms=False` leaves the stem table to one `finish` call
    after a bulk build.
    """
    add_columns(conn, docno, doc, columns(doc, tokens, lead_end), update_terms)


def add_columns(conn: sqlite3.Connection, docno: int, doc: Document, columns: tuple[str, str, str],
                update_terms: bool = True) -> None:
    """Index one document as row `docno` from its title, lead and body columns (`columns(doc)`)."""
    title, lead, body = columns
    remove_document(conn, docno)
    conn.execute("INSERT INTO fts (rowid, doc, source, published, title, lead, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (docno, doc.id, doc.source, doc.published, title, lead, body))
    conn.execute("UPDATE fts_count SET n = n + 1")
    if update_terms:
        new = set(title.split()) | set(lead.split()) | set(body.split())
        conn.executemany("INSERT OR IGNORE INTO fts_terms VALUES (?, ?, ?)",
                         ((t, stem(t), len(t)) for t in new))


def insert_columns(conn: sqlite3.Connection, docno: int, doc: Document, columns: tuple[str, str, str]) -> None:
    """Index one document as a new row `docno` of a bulk build: no row to replace, and `finish` sets the count and stems."""
    conn.execute("INSERT INTO fts (rowid, doc, source, published, title, lead, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (docno, doc.id, doc.source, doc.published, *columns))


def remove_document(conn: sqlite3.Connection, docno: int) -> None:
    """Remove row `docno` from the postings (nothing happens if there is none).

    Its terms stay in `fts_terms`; lookups check a term's document count in the vocabulary.
    """
    if conn.execute("DELETE FROM fts WHERE rowid = ?", (docno,)).rowcount:
        conn.execute("UPDATE fts_count SET n = n - 1")


def finish(conn: sqlite3.Connection) -> None:
    """After a bulk build: the stem table from the vocabulary, and the postings merged into one segment."""
    conn.create_function("libyadesk_stem", 1, stem, deterministic=True)
    conn.execute("INSERT OR IGNORE INTO fts_terms SELECT term, libyadesk_stem(term), length(term) FROM fts_vocab")
    conn.execute("UPDATE fts_count SET n = (SELECT count(*) FROM fts)")
    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")


def intact(conn: sqlite3.Connection) -> bool:
    """Whether the postings agree with the stored columns (FTS5's integrity-check: reads the whole index)."""
    try:
        conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError:
        return False
    return True


def rebuild(conn: sqlite3.Connection) -> bool:
    """Rebuild the postings from the stored columns (in the caller's write transaction); whether they are intact after.

    The columns are FTS5's own content table, so damaged postings are remade in C from
    them without reading a document; damaged columns are not mended here (False).
    """
    try:
        conn.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
    except sqlite3.DatabaseError:
        return False
    return intact(conn)


# --- reading -------------------------------------------------------------------------------


def document_count(conn: sqlite3.Connection) -> int:
    """How many documents are indexed."""
    return conn.execute("SELECT n FROM fts_count").fetchone()[0]


def doc_freq(conn: sqlite3.Connection, term: str) -> int:
    """In how many documents a term occurs (title or text); 0 when it is in none.

    Counted by a match of the term rather than read from fts_vocab, which walks the same
    postings but decodes every position on the way (about twice the time for a common word).
    """
    return count(conn, quote(term))


def word_forms(conn: sqlite3.Connection, term: str) -> list[str]:
    """Terms of the vocabulary with the same stem as `term` (itself excluded), most frequent first."""
    rows = conn.execute("SELECT t.term, v.doc FROM fts_terms t JOIN fts_vocab v ON v.term = t.term "
                        "WHERE t.stem = ? AND t.term != ?", (stem(term), term)).fetchall()
    return [t for t, _ in sorted(rows, key=lambda r: (-r[1], r[0]))]


def terms_of_length(conn: sqlite3.Connection, low: int, high: int) -> list[str]:
    """Terms (possibly of removed documents only) between `low` and `high` letters long: a pool for typos."""
    return [t for (t,) in conn.execute("SELECT term FROM fts_terms WHERE length BETWEEN ? AND ?", (low, high))]


def quote(term: str) -> str:
    """A term or phrase as an FTS5 string (terms never hold a double quote; doubled anyway)."""
    return '"' + term.replace('"', '""') + '"'


def any_of(phrases: Iterable[str]) -> str:
    """An FTS5 expression matching any of the phrases (each a string of terms)."""
    return "(" + " OR ".join(quote(p) for p in phrases) + ")"


class Ranked:
    """(docno, doc id, outlet, published, score) of every match, best first (score = -bm25, higher
    is better; equal scores in document order), and with `counted`, `total`: how many match.

    The engine ranks every match before the first is read; counted, it counts them in the
    same statement (a window count) instead of a second pass over the postings, which for a
    phrase checks every position again (about a fifth of the ranking's time).  A counted
    ranking is sorted by SQLite rather than inside FTS5, so it reads a row's id, outlet and
    date only for the rows taken, by number; for plain words, whose count is cheap, it
    costs about that count.
    """

    def __init__(self, conn: sqlite3.Connection, expression: str, counted: bool = False) -> None:
        self._conn = conn
        self.counted = counted
        if counted:
            self._rows = conn.execute("SELECT rowid, -rank, count(*) OVER () FROM fts WHERE fts MATCH ? "
                                      "ORDER BY rank, rowid", (expression,))
            self._first = self._rows.fetchone()
            self.total: int | None = self._first[2] if self._first is not None else 0
        else:
            self._rows = conn.execute("SELECT rowid, doc, source, published, -rank FROM fts WHERE fts MATCH ? "
                                      "ORDER BY rank", (expression,))
            self._first = None
            self.total = None

    def __iter__(self) -> Iterator[tuple[int, str, str | None, str | None, float]]:
        if not self.counted:
            yield from self._rows
            return
        row, self._first = self._first, None
        while row is not None:
            docno, score, _ = row
            described = self._conn.execute("SELECT doc, source, published FROM fts WHERE rowid = ?", (docno,)).fetchone()
            yield (docno, *described, score)
            row = self._rows.fetchone()


def ranked(conn: sqlite3.Connection, expression: str, counted: bool = False) -> Ranked:
    """Every match of an expression, best first; with `counted`, also how many there are (Ranked)."""
    return Ranked(conn, expression, counted)


def scores(conn: sqlite3.Connection, expression: str) -> list[tuple[int, float]]:
    """(docno, score) of every match, unordered: no stored column is read, only the index."""
    return conn.execute(f"SELECT rowid, -{RANK} FROM fts WHERE fts MATCH ?", (expression,)).fetchall()


def described(conn: sqlite3.Connection, docnos: Iterable[int] | None = None
              ) -> Iterator[tuple[int, str, str | None, str | None]]:
    """(docno, doc id, outlet, published) of the given documents (in that order), or of all."""
    if docnos is None:
        yield from conn.execute("SELECT rowid, doc, source, published FROM fts")
        return
    for docno in docnos:
        row = conn.execute("SELECT rowid, doc, source, published FROM fts WHERE rowid = ?", (docno,)).fetchone()
        if row is not None:
            yield row


def stored_terms(conn: sqlite3.Connection, docno: int) -> tuple[list[str], list[str], list[str]]:
    """The title, lead and body terms of one indexed document."""
    row = conn.execute("SELECT title, lead, body FROM fts WHERE rowid = ?", (docno,)).fetchone()
    return (row[0].split(), row[1].split(), row[2].split()) if row else ([], [], [])


def count(conn: sqlite3.Connection, expression: str) -> int:
    """How many documents match an expression (from the index alone)."""
    return conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expression,)).fetchone()[0]


def described_matches(conn: sqlite3.Connection, expression: str) -> Iterator[tuple[int, str, str | None, str | None]]:
    """(docno, doc id, outlet, published) of every document matching an expression."""
    yield from conn.execute("SELECT rowid, doc, source, published FROM fts WHERE fts MATCH ?", (expression,))


def docnos_with(conn: sqlite3.Connection, expression: str) -> set[int]:
    """Numbers of every document matching an expression."""
    return {n for (n,) in conn.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expression,))}


def docs_with(conn: sqlite3.Connection, expression: str, limit: int = 1) -> list[str]:
    """Ids of up to `limit` documents matching an expression (in no particular order)."""
    return [d for (d,) in conn.execute("SELECT doc FROM fts WHERE fts MATCH ? LIMIT ?", (expression, limit))]


def idf(total: int, df: int) -> float:
    """FTS5's own inverse document frequency (bm25() multiplies by it), to take it out of a score.

    >>> round(idf(100, 10), 4)
    2.154
    """
    import math

    value = math.log((total - df + 0.5) / (df + 0.5))
    return value if value > 0 else 1e-6
