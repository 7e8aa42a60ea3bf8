"""The first build of the index for search: what it writes per document, counted (never timed), and that it is right."""

from __future__ import annotations

from pathlib import Path

from libyadesk import cache, fts, index
from libyadesk.codec import decode
from libyadesk.models import Document
from libyadesk.index import CorpusIndex
from libyadesk.store import Database
from libyadesk.text import split_sentences, tokenize

ARTICLES = [
    ("Talks in Zuwara", "Officials from Tripoli met the Zuwara council on Monday. The talks were calm.\n"
     "Council members said the port would reopen. Port workers welcomed it."),
    ("Floods in Derna", "Derna was hit by floods. The Wadi Derna dams failed.\nRescue teams from Benghazi arrived."),
    ("Budget dispute", "The central bank in Tripoli froze payments. Bank officials blamed the east.\n"
     "The east said the bank was wrong. Payments stopped in March."),
    ("Migrants rescued", "A boat carrying migrants sank off Sabratha. The coastguard rescued 40 people.\n"
     "Sabratha officials counted the dead."),
]


def _corpus(folder: Path, copies: int = 3) -> Path:
    folder.mkdir()
    for n in range(copies):
        for k, (title, text) in enumerate(ARTICLES):
            body = f"{text}\nFiled as copy number {n}."  # a text of its own: no copy is a duplicate
            (folder / f"a{n}-{k}.md").write_text(f"---\ntitle: {title}\nsource: Wire {n}\npublished: 2025-01-0{k + 1}\n---\n"
                                                 f"{body}\n", encoding="utf-8")
    return folder


def test_a_first_build_writes_each_document_into_fts5_with_one_statement(tmp_path):
    corpus = _corpus(tmp_path / "news")
    db = Database(tmp_path / "index.sqlite", create=True)
    statements: list[str] = []
    db.connection.set_trace_callback(statements.append)
    cache.build(db, corpus, [], "code")
    db.connection.set_trace_callback(None)
    db.commit()
    n_docs = len(ARTICLES) * 3
    # One INSERT per document: no DELETE of a row an empty table cannot hold, no count update per row.
    assert sum(1 for s in statements if s.startswith("INSERT INTO fts (rowid")) == n_docs
    assert not any(s.startswith("DELETE FROM fts") for s in statements)
    assert sum(1 for s in statements if s.startswith("UPDATE fts_count")) == 1
    # ... and the count set once at the end is the number of documents.
    assert db.fetch("SELECT n FROM fts_count")[0] == n_docs == db.fetch("SELECT count(*) FROM docs")[0]


class _CountingConnection:
    """A connection that counts the calls made into the sqlite3 module, by kind of call and statement."""

    def __init__(self, connection) -> None:
        self._connection = connection
        self.calls: list[tuple[str, str]] = []

    def execute(self, sql, *args):
        self.calls.append(("execute", sql))
        return self._connection.execute(sql, *args)

    def executemany(self, sql, *args):
        self.calls.append(("executemany", sql))
        return self._connection.executemany(sql, *args)

    def __getattr__(self, name):
        return getattr(self._connection, name)


def test_a_first_build_hands_sqlite_its_fts5_rows_in_batches_not_one_call_a_document(tmp_path):
    corpus = _corpus(tmp_path / "news", copies=150)  # 600 documents
    db = Database(tmp_path / "index.sqlite", create=True)
    counting = _CountingConnection(db.connection)
    db.connection = counting
    cache.build(db, corpus, [], "code")
    db.connection = counting._connection
    db.commit()
    n_docs = len(ARTICLES) * 150
    assert db.fetch("SELECT count(*) FROM docs")[0] == n_docs
    inserts = [(kind, sql) for kind, sql in counting.calls if sql.startswith(("INSERT INTO fts (", "INSERT INTO caps ("))]
    assert all(kind == "executemany" for kind, _ in inserts)
    # One call per kind of row and batch of 256 documents (the docs rows' batch), not one per document.
    assert len(inserts) <= 2 * -(-n_docs // 256)
    # Every document is in the engine, each once, with its capitalised words.
    assert db.fetch("SELECT count(*), count(DISTINCT doc) FROM fts") == (n_docs, n_docs)
    assert db.fetch("SELECT count(*) FROM caps")[0] == n_docs


def test_an_update_still_replaces_its_fts5_row_and_keeps_the_count(tmp_path):
    corpus = _corpus(tmp_path / "news", copies=1)
    db = Database(tmp_path / "index.sqlite", create=True)
    cache.build(db, corpus, [], "code")
    db.commit()
    writer = index.IndexWriter(db)
    assert not writer.bulk
    doc = Document(id="new", path="new.md", title="Port reopens", source="Wire", url=None, published="2025-02-01",
                   author=None, text="The Zuwara port reopened. Workers returned.")
    writer.add(10, 4, doc)
    writer.finish()
    db.commit()
    assert db.fetch("SELECT n FROM fts_count")[0] == len(ARTICLES) + 1
    writer = index.IndexWriter(db)
    writer.remove(10)
    writer.finish()
    db.commit()
    assert db.fetch("SELECT n FROM fts_count")[0] == len(ARTICLES)
    assert db.fetch("SELECT body FROM terms WHERE term = 'reopened'") is None


def _written(doc: Document) -> tuple[set[str], set[str], set[str], set[str]]:
    """(terms, named, initial, lower) of a document the slow, obvious way: token by token, sentence by sentence."""
    body: set[str] = set()
    named: set[str] = set()
    initial: set[str] = set()
    lower: set[str] = set()
    for start, end in split_sentences(doc.text):
        for k, token in enumerate(tokenize(doc.text[start:end])):
            word = doc.text[start + token.start:start + token.end]
            body.add(token.term)
            if not word[0].isupper():
                lower.add(token.term)
            elif k == 0:
                initial.add(token.term)
            else:
                named.add(token.term)
    return body, named, initial, lower


_TEXTS = [
    "Haftar’s forces entered Sirte. Sirte residents fled; haftar loyalists cheered.\nÉtat officials said nothing.",
    "“The UN mission,” said Stephanie Williams, “will stay.” Williams met Dbeibah in Tripoli.",
    "Dr. Longden met Gen. Haftar in the U.S. on Monday. Growth was 1.5 per cent. the end",
    "Rain fell.The mission said so. 2025 was dry.\n\nOil exports rose to 1.2m barrels a day.",
    "The LNA’s don't-stop rock'n'roll: dogs' bowls, 1990's tapes, US's 'quoted' O'Neill and x''y a's's b's'c.",
    "_Under_scored_ words, tabs\tand (brackets) [Hope] said hope. HOPE! Will will stay; Will?",
    "Vyčítal met Łukašenka’s envoy. Наталья said all of it, ﬁne.",
]


def _random_texts(count: int) -> list[str]:
    """Texts of words with capitals, apostrophes, digits and punctuation, some with letters outside ASCII."""
    import random

    pick = random.Random(7)
    pieces = ["Haftar", "haftar", "the", "The", "’s", "'s", "'", "’", "x", "S", "s", "don't", "1990", "U.S.", "Gen.",
              ". ", "! ", "? ", ", ", "\n", " ", " ", " ", "“", "”", "(", ")", "_", "-", "Ab", "cd", "É", "é", "ß", "\ue000"]
    return ["".join(pick.choice(pieces) for _ in range(pick.randint(1, 40))) for _ in range(count)]


def test_the_engine_reads_our_terms_and_their_capitals_as_a_word_by_word_reading_does():
    texts = _TEXTS + _random_texts(400)
    db = Database()
    writer = index.IndexWriter(db)
    expected: dict[str, list[int]] = {}
    for number, text in enumerate(texts):
        doc = Document(id=f"d{number}", path="x.md", title="A Title for Zuwara’s" if number % 2 else "Fin", source=None,
                       url=None, published=None, author=None, text=text)
        analysed = index.analyse(doc)
        # The columns FTS5 is given read as our tokenizer's terms, lead and body cut after two sentences.
        spans = split_sentences(text)
        terms = [[t.term for t in tokenize(text[s:e])] for s, e in spans]
        lead = [t for sentence in terms[:2] for t in sentence]
        rest = [t for sentence in terms[2:] for t in sentence]
        title_terms = [t.term for t in tokenize(doc.title)]
        assert [fts.column_terms(c) for c in analysed.columns] == [title_terms, lead, rest], text
        if not fts.plain(text):  # a letter outside ASCII: the terms themselves, joined
            assert analysed.columns[1:] == (" ".join(lead), " ".join(rest))
        assert decode(analysed.stats_json, index.DocStats) == index.index_document(doc)
        writer.add(number, number, doc, analysed)
        body, named, initial, lower = _written(doc)
        for term in body | set(title_terms):
            row = expected.setdefault(term, [0, 0, 0, 0, 0])
            row[0] += 1
            row[1] += term in title_terms
            row[2] += term in named
            row[3] += term in initial
            row[4] = max(row[4], int(term in lower))
    writer.finish()
    db.commit()
    counts = {t: list(c) for t, *c in db.fetch_all("SELECT term, body, title, named, initial, lower FROM terms")}
    assert counts == expected
    # The engine's token totals are the text's tokens (the title's apart): the average length BM25 uses.
    tokens = sum(len(tokenize(text)) for text in texts)
    assert fts.text_tokens(db.connection) == (len(texts), tokens) and tokens > 2000
    assert CorpusIndex(db).average_length == tokens / len(texts)


def test_term_counts_are_document_counts_of_each_way_of_writing(tmp_path):
    corpus = _corpus(tmp_path / "news")
    db = Database(tmp_path / "index.sqlite", create=True)
    cache.build(db, corpus, [], "code")
    db.commit()
    counts = {t: c for t, *c in db.fetch_all("SELECT term, body, title, named, initial, lower FROM terms")}
    # "tripoli" is in two of the four articles, three copies each, always capitalised inside a sentence.
    assert counts["tripoli"] == [6, 0, 6, 0, 0]
    # "the" starts sentences capitalised and appears lower case elsewhere, in every article.
    assert counts["the"][0] == 12 and counts["the"][3] > 0 and counts["the"][4] > 0
    assert counts["derna"][1] == 3  # in one title, three copies
