"""Text postings in SQLite FTS5: the engine under `search`.

Why FTS5: it is in the standard library's sqlite3, it is incremental (a document is a
row: `add_document` and `remove_document` touch that row only), it ranks in C with
`bm25()` and per-column weights, and its `fts5vocab` table is the corpus vocabulary that
spelling-variant, word-form and typo expansion look words up in.  docs/architecture.md
gives the figures that chose it over tantivy and the earlier hand-written postings.

A document is one row: its id, outlet and publication date (unindexed, for filters and
for naming a hit without reading the document), then three indexed columns — title,
lead (the first LEAD_SENTENCES sentences) and the rest of the body.  FTS5's own
`unicode61` tokenizer reads the columns, and each column is written so that it finds
exactly the terms of libyadesk's tokenizer (text.tokenize: folded, possessives dropped)
and a query term means the same thing to both: a text whose words are plain ASCII letters
and digits is stored as written, with possessives and inner apostrophes taken out
(`engine_text`: two regular-expression substitutions in C, no Python per word); any other
text as its terms joined by spaces.  `bm25()` weighs a title occurrence TITLE_WEIGHT times
and a lead one LEAD_WEIGHT times a body one; the document length is the row's token count.
That is BM25F as search.py ranked before, computed by the engine.

How each term is written — capitalised inside a sentence (a name), capitalised at a
sentence start, in lower case — is kept by the engine too: a second FTS5 table, `caps`,
holds per document the terms of its capitalised words in two columns (`named`,
`initial`), and `fts5vocab` tables over both give, per term, the documents that hold it,
hold it in the title, write it capitalised either way, and how many of its occurrences
in the text are capitalised; a term written lower case somewhere has more occurrences in
the text than capitalised ones (`written`).  A first build therefore runs no Python per
word: the index's `terms` table is filled from these counts in one statement.

Terms are indexed unstemmed: names must keep their letters for spelling-variant matching
(names.py).  Word forms (migrant/migrants, flood/flooding) are matched at query time
instead: `fts_terms` maps every term of the vocabulary to its Snowball stem, so a query
word is expanded to the terms that share its stem.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from .models import Document
from .text import WORD_RE, split_sentences, tokenize, word_term
from .patterns import lazy_compile

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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
CREATE VIRTUAL TABLE fts_cols USING fts5vocab(fts, 'col');
CREATE VIRTUAL TABLE caps USING fts5(named, initial, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE caps_cols USING fts5vocab(caps, 'col');
CREATE TABLE fts_terms (term TEXT PRIMARY KEY, stem TEXT NOT NULL, length INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX fts_terms_stem ON fts_terms (stem);
CREATE INDEX fts_terms_length ON fts_terms (length);
CREATE TABLE fts_count (n INTEGER NOT NULL);
INSERT INTO fts_count VALUES (0);
"""


# A character that makes a text unsafe to hand to unicode61 as written: a word character
# outside ASCII (folded by text.fold, which unicode61 does not do the same way), or one
# unicode61 reads as part of a word and Python's `\w` does not (private use, surrogates).
_UNSAFE = lazy_compile(r"[^\W\x00-\x7f]|[\ue000-\uf8ff\ud800-\udfff\U000f0000-\U0010ffff]")
# A possessive ending (the last piece of a word is an "s") or an inner apostrophe, as
# text.word_term drops them; only ever applied to texts whose word characters are ASCII.
# (The lookbehinds come after the first character, so the engine skips ahead to an apostrophe.)
_APOSTROPHES = lazy_compile(r"['’](?<=[A-Za-z0-9]['’])(?:[sS](?![A-Za-z0-9])(?!['’][A-Za-z0-9])|(?=[A-Za-z0-9]))")
_TOKEN = lazy_compile(r"[^\W_]+")


_NON_ASCII = lazy_compile(r"[^\x00-\x7f]")
# Characters outside ASCII that news text is full of and that are no part of a word for either tokenizer.
_PUNCTUATION = frozenset("’‘“”„«»‹›—–‐‑‒―…•·°€£¥§©®™′″\u00a0\u2002\u2003\u2009\u200a\u200b\u202f\u2060\ufeff")


def plain(text: str) -> bool:
    """Whether unicode61 reads a text as written into exactly its text.tokenize terms once engine_text has run.

    >>> plain("Haftar’s forces — “here”"), plain("Vyčítal")
    (True, False)
    """
    return text.isascii() or _PUNCTUATION.issuperset(_NON_ASCII.findall(text)) or _UNSAFE.search(text) is None


def engine_text(text: str) -> str:
    """A plain text (see `plain`) as FTS5 is given it: possessives and inner apostrophes removed.

    >>> engine_text("Haftar's and the LNA’s don't rock'n'roll, 1990's")
    'Haftar and the LNA dont rocknroll, 1990'
    """
    return _APOSTROPHES.sub("", text)


def column_terms(column: str) -> list[str]:
    """The terms FTS5 reads in a stored column (an engine_text, or terms joined by spaces)."""
    return _TOKEN.findall(column.lower())


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


def columns(doc: Document, spans: Sequence[tuple[int, int]] | None = None) -> tuple[str, str, str]:
    """The title, lead and body columns of a document as FTS5 is given them (see engine_columns)."""
    return engine_columns(doc, split_sentences(doc.text) if spans is None else spans)[0]


# A word (text.WORD_RE) of a plain text whose first letter is a capital: it starts where no
# word goes on (after a letter or digit, or after one joined by an apostrophe).
_CAPITALISED = lazy_compile(r"[A-Z](?<![A-Za-z0-9][A-Z])(?<![A-Za-z0-9]['’][A-Z])[A-Za-z0-9]*(?:['’][A-Za-z0-9]+)*")


def engine_columns(doc: Document, spans: Sequence[tuple[int, int]]
                   ) -> tuple[tuple[str, str, str], tuple[str, str]]:
    """((title, lead, body), (named, initial)) of a document, for the `fts` and `caps` rows.

    The lead is the text up to the end of its LEAD_SENTENCES-th sentence (`spans`: the
    sentences, text.split_sentences).  `named` holds the terms of the words written
    capitalised away from a sentence start, `initial` those capitalised as the first word of
    a sentence, once per occurrence.  A plain text (see `plain`) costs a few regular
    expressions over the whole text and a step per capitalised word; any other text is
    tokenized word by word.
    """
    text = doc.text
    cut = spans[min(LEAD_SENTENCES, len(spans)) - 1][1] if spans else 0
    title = doc.title or ""
    title_column = engine_text(title) if plain(title) else " ".join(t.term for t in tokenize(title))
    named: list[str] = []
    initial: list[str] = []
    if plain(text):
        # A step per sentence, none per word: the capitalised first words of the sentences
        # are `initial`; the capitalised words in the stretches between them are `named`.
        # engine_text gives FTS5 the words as it does the text, so it reads them as word_term
        # does (the order of the words in these columns means nothing: only counts are read).
        search, capital, find = WORD_RE.search, _CAPITALISED.match, _CAPITALISED.findall
        last = 0
        for s, e in spans:
            first = search(text, s, e)
            if first is not None:
                m = capital(text, first.start())
                if m is not None:
                    named += find(text, last, m.start())
                    initial.append(m.group())
                    last = m.end()
        named += find(text, last)
        return ((title_column, engine_text(text[:cut]), engine_text(text[cut:])),
                (engine_text(" ".join(named)), engine_text(" ".join(initial))))
    terms: list[str] = []
    lead_end = 0
    for i, (start, end) in enumerate(spans):
        k = 0
        for word in WORD_RE.findall(text, start, end):
            term = word_term(word)
            if not term:  # a word with nothing left once folded is no token
                continue
            terms.append(term)
            if word[0].isupper():
                (initial if k == 0 else named).append(term)
            k += 1
        if i < LEAD_SENTENCES:
            lead_end = len(terms)
    return ((title_column, " ".join(terms[:lead_end]), " ".join(terms[lead_end:])), (" ".join(named), " ".join(initial)))


def add_document(conn: sqlite3.Connection, docno: int, doc: Document, update_terms: bool = True) -> None:
    """Index one document as row `docno` (replacing what that row held).

    `update_terms=False` leaves the stem table to one `finish` call after a bulk build.
    """
    found, caps = engine_columns(doc, split_sentences(doc.text))
    add_columns(conn, docno, doc, found, caps, update_terms)


def add_columns(conn: sqlite3.Connection, docno: int, doc: Document, columns: tuple[str, str, str],
                caps: tuple[str, str] = ("", ""), update_terms: bool = True) -> None:
    """Index one document as row `docno` from its columns and capitalised terms (`engine_columns`)."""
    remove_document(conn, docno)
    insert_columns(conn, docno, doc, columns, caps)
    conn.execute("UPDATE fts_count SET n = n + 1")
    if update_terms:
        new = set(column_terms(" ".join(columns)))
        conn.executemany("INSERT OR IGNORE INTO fts_terms VALUES (?, ?, ?)",
                         ((t, stem(t), len(t)) for t in new))


def insert_columns(conn: sqlite3.Connection, docno: int, doc: Document, columns: tuple[str, str, str],
                   caps: tuple[str, str] = ("", "")) -> None:
    """Index one document as a new row `docno` of a bulk build: no row to replace, and `finish` sets the count and stems."""
    conn.execute(_INSERT, (docno, doc.id, doc.source, doc.published, *columns))
    if caps[0] or caps[1]:
        conn.execute(_INSERT_CAPS, (docno, *caps))


_INSERT = "INSERT INTO fts (rowid, doc, source, published, title, lead, body) VALUES (?, ?, ?, ?, ?, ?, ?)"
_INSERT_CAPS = "INSERT INTO caps (rowid, named, initial) VALUES (?, ?, ?)"


def insert_rows(conn: sqlite3.Connection, rows: Iterable[tuple], caps_rows: Iterable[tuple]) -> None:
    """insert_columns for many new rows of a bulk build at once: (docno, id, source, published, title, lead, body)
    and (docno, named, initial) rows, one statement each kind, run by SQLite for every row.

    The same inserts in the same order as insert_columns one at a time (the same index), without a
    Python call into the sqlite3 module per row and table: the writer's process is a first build's bottleneck.
    """
    conn.executemany(_INSERT, rows)
    conn.executemany(_INSERT_CAPS, caps_rows)


def remove_document(conn: sqlite3.Connection, docno: int) -> None:
    """Remove row `docno` from the postings (nothing happens if there is none).

    Its terms stay in `fts_terms`; lookups check a term's document count in the vocabulary.
    """
    if conn.execute("DELETE FROM fts WHERE rowid = ?", (docno,)).rowcount:
        conn.execute("UPDATE fts_count SET n = n - 1")
    conn.execute("DELETE FROM caps WHERE rowid = ?", (docno,))


def finish(conn: sqlite3.Connection, terms: Iterable[str] | None = None) -> None:
    """After a bulk build: the stem table from the vocabulary (or from `terms`, the vocabulary the
    caller has read already: each pass over fts5vocab reads every posting), and the postings merged
    into one segment."""
    if terms is not None:
        conn.executemany("INSERT OR IGNORE INTO fts_terms VALUES (?, ?, ?)", ((t, stem(t), len(t)) for t in terms))
    else:
        conn.create_function("libyadesk_stem", 1, stem, deterministic=True)
        conn.execute("INSERT OR IGNORE INTO fts_terms SELECT term, libyadesk_stem(term), length(term) FROM fts_vocab")
    conn.execute("UPDATE fts_count SET n = (SELECT count(*) FROM fts)")
    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    conn.execute("INSERT INTO caps(caps) VALUES ('optimize')")


# How each term is written, from the engine's counts: (term, documents holding it anywhere,
# documents holding it in the title, documents writing it capitalised inside a sentence,
# documents writing it capitalised at a sentence start, 1 if the text writes it in lower
# case somewhere: more occurrences in the text than capitalised ones).  {where} narrows
# each vocabulary table to one term, or to all.
_WRITTEN = """
WITH c AS (SELECT term, sum(iif(col = 'title', doc, 0)) AS title, sum(iif(col = 'title', 0, cnt)) AS n
           FROM fts_cols {where} GROUP BY term),
     k AS (SELECT term, sum(iif(col = 'named', doc, 0)) AS named, sum(iif(col = 'initial', doc, 0)) AS initial,
                  sum(cnt) AS n FROM caps_cols {where} GROUP BY term)
SELECT v.term, v.doc, c.title, coalesce(k.named, 0), coalesce(k.initial, 0), iif(c.n > coalesce(k.n, 0), 1, 0)
FROM fts_vocab v JOIN c ON c.term = v.term LEFT JOIN k ON k.term = v.term {where_v}
"""


def written(conn: sqlite3.Connection, terms: Iterable[str] | None = None) -> list[tuple[str, int, int, int, int, int]]:
    """(term, documents, in titles, capitalised inside a sentence, capitalised at a start, written lower case)
    of every term of the index, or of the given ones that some document still holds."""
    if terms is None:
        return conn.execute(_WRITTEN.format(where="", where_v="")).fetchall()
    sql = _WRITTEN.format(where="WHERE term = :t", where_v="WHERE v.term = :t")
    return [row for t in terms for row in conn.execute(sql, {"t": t}).fetchall()]


def text_tokens(conn: sqlite3.Connection) -> tuple[int, int]:
    """(rows, tokens of the lead and body columns) of the postings, from FTS5's own totals (no scan).

    FTS5 keeps them in the averages record of its data table (rowid 1: the row count, then
    each column's token count, unindexed ones included, as SQLite varints), up to date after
    every change.
    """
    row = conn.execute("SELECT block FROM fts_data WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return 0, 0
    values = _varints(bytes(row[0]))
    if len(values) != 1 + len(_COLUMNS):
        raise Damaged("the postings' totals record does not read back")
    return values[0], values[1 + _COLUMNS.index("lead")] + values[1 + _COLUMNS.index("body")]


def _varints(blob: bytes) -> list[int]:
    """The SQLite varints of a blob, in order."""
    out, i = [], 0
    while i < len(blob):
        value = 0
        for k in range(9):
            byte = blob[i]
            i += 1
            if k == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
            if i >= len(blob):
                raise Damaged("the postings' totals record is cut short")
        out.append(value)
    return out


def intact(conn: sqlite3.Connection) -> bool:
    """Whether the postings agree with the stored columns (FTS5's integrity-check: reads the whole index)."""
    try:
        conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO caps(caps) VALUES ('integrity-check')")
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
        conn.execute("INSERT INTO caps(caps) VALUES ('rebuild')")
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


def occurs(conn: sqlite3.Connection, term: str) -> bool:
    """Whether a term (or phrase) occurs in any document: the engine stops at the first match.

    What a query word's expansion asks of every word; counting its documents instead
    walked every posting of a common word (68,000 documents for "benghazi" at 100k).
    """
    return conn.execute("SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1", (quote(term),)).fetchone() is not None


def stored_stem(conn: sqlite3.Connection, term: str) -> str | None:
    """stem(term) as the stem table holds it, or None for a term no document ever held."""
    known = conn.execute("SELECT stem FROM fts_terms WHERE term = ?", (term,)).fetchone()
    return None if known is None else known[0]


def stem_of(conn: sqlite3.Connection, term: str) -> str:
    """stem(term), read from the stem table when the vocabulary holds the term.

    A warm search then loads the stemmer (a C extension and its tables) only for a word no
    document ever held.
    """
    known = stored_stem(conn, term)
    return known if known is not None else stem(term)


def word_forms(conn: sqlite3.Connection, term: str) -> list[str]:
    """Terms of the vocabulary with the same stem as `term` (itself excluded), most frequent first."""
    rows = conn.execute("SELECT t.term, v.doc FROM fts_terms t JOIN fts_vocab v ON v.term = t.term "
                        "WHERE t.stem = ? AND t.term != ?", (stem_of(conn, term), term)).fetchall()
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


PAGE = 100  # a ranking is read this many matches at a time (then four times more each time)


class Ranked:
    """(docno, doc id, outlet, published, score) of every match, best first (score = -bm25, higher
    is better; equal scores in document order), and with `counted`, `total`: how many match.

    The engine ranks a page at a time (`ORDER BY rank, rowid LIMIT`): SQLite keeps the best
    `page` rows as it goes instead of sorting every match, and reads a row's id, outlet and
    date only for the rows taken, by number.  A caller that reads past a page gets the next
    one, four times larger.  Each page ranks every match again: a reader that goes through n
    pages pays n rankings (a filter that turns most matches away, such as a source or a date
    range, can walk five or six pages at 100,000 articles).  Counted, the matches are counted in a
    statement of their own, when `total` is first read: a window count in the ranking
    would make SQLite keep and sort every match (about a third more than ranking and
    counting apart, at 100,000 articles).
    """

    def __init__(self, conn: sqlite3.Connection, expression: str, counted: bool = False, page: int = PAGE) -> None:
        self._conn = conn
        self._expression = expression
        self.counted = counted
        self._page = max(page, 1)
        self._total: int | None = None

    @property
    def total(self) -> int | None:
        """How many documents match (counted rankings only; None otherwise)."""
        if self.counted and self._total is None:
            self._total = count(self._conn, self._expression)
        return self._total

    def __iter__(self) -> Iterator[tuple[int, str, str | None, str | None, float]]:
        offset, size = 0, self._page
        while True:
            rows = self._conn.execute("SELECT rowid, -rank FROM fts WHERE fts MATCH ? ORDER BY rank, rowid "
                                      "LIMIT ? OFFSET ?", (self._expression, size, offset)).fetchall()
            for docno, score in rows:
                described = self._conn.execute("SELECT doc, source, published FROM fts WHERE rowid = ?",
                                               (docno,)).fetchone()
                yield (docno, *described, score)
            if len(rows) < size:
                return
            offset, size = offset + size, size * 4


def ranked(conn: sqlite3.Connection, expression: str, counted: bool = False, page: int = PAGE) -> Ranked:
    """Every match of an expression, best first, read `page` at a time; with `counted`, also how many there are (Ranked)."""
    return Ranked(conn, expression, counted, page)


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
    return (column_terms(row[0]), column_terms(row[1]), column_terms(row[2])) if row else ([], [], [])


_SCORED = tuple(_COLUMNS.index(name) for name in ("title", "lead", "body"))


def stored_columns(conn: sqlite3.Connection, docno: int) -> tuple[tuple[str, str, str], int]:
    """The title, lead and body of one indexed document as FTS5 holds them, in lower case
    (what column_terms reads), and its length in tokens (FTS5's own count, as bm25() uses).

    For scoring a few documents by their query terms (`occurrences`) without splitting
    every word of them into a Python string.
    """
    row = conn.execute("SELECT title, lead, body FROM fts WHERE rowid = ?", (docno,)).fetchone()
    size = conn.execute("SELECT sz FROM fts_docsize WHERE id = ?", (docno,)).fetchone()
    if row is None or size is None:
        return ("", "", ""), 0
    sizes = _varints(bytes(size[0]))
    if len(sizes) != len(_COLUMNS):
        raise Damaged(f"the token counts of document {docno} do not read back")
    return (row[0].lower(), row[1].lower(), row[2].lower()), sum(sizes[i] for i in _SCORED)


def occurrences(phrases: Iterable[str]) -> Callable[[str], int]:
    """A counter of how often the phrases (terms joined by spaces) occur in a stored column in
    lower case: each phrase's occurrences as a run of whole terms (overlapping ones too), summed.

    The same count as matching each phrase against the column's terms (column_terms): a term
    is a run of letters and digits (`[^\\W_]`, what str.isalnum says), so an occurrence is
    where the first term is found (str.find, in C) with no letter or digit before it, and the
    rest of the phrase follows it, apart by anything but letters and digits.

    >>> count = occurrences(["haftar", "khalifa haftar", "haftar"])
    >>> count("khalifa haftar's forces; haftars, haftar")
    5
    """
    from collections import Counter

    wanted = []
    for phrase, times in Counter(phrases).items():
        words = phrase.split()
        if words and all(_TOKEN.fullmatch(w) for w in words):  # else column_terms never holds it
            rest = "".join(r"[\W_]+" + re.escape(w) for w in words[1:])
            wanted.append((times, words[0], re.compile(re.escape(words[0]) + rest + r"(?![^\W_])")))

    def count(text: str) -> int:
        total = 0
        for times, first, pattern in wanted:
            at = text.find(first)
            while at >= 0:
                if (at == 0 or not text[at - 1].isalnum()) and pattern.match(text, at):
                    total += times
                at = text.find(first, at + 1)
        return total

    return count


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
