"""The index database: its schema, its row format (JSON with a checksum) and rows read on demand.

One SQLite file per corpus folder (cache.py decides where, and when it is fresh).  Every
value is a plain SQLite column or JSON text written by codec.py: nothing read back from
the file can run code, and a row that does not decode is reported and rebuilt, not
trusted.  Each row carries a CRC-32 of its key and value, so a byte flipped on disk is
noticed when the row is read instead of giving a silently wrong answer.

What is stored per document, so that a changed file costs only itself:
- `files`: each article file's path, size, mtime, ctime and inode, and what it became
  (a document number and id, the digest of its text for duplicates, its warnings), with
  its folder and the id its name asks for (its stem), so that an update reads the rows of
  one folder and sees a shared name or text without reading every row;
- `folders`: each folder's mtime and what files of other kinds it holds;
- `docs`: a document per number (`docno`, stable across updates), its place in corpus
  order (`pos`: its file's files.order_key, or its number in an index built from
  documents, so nothing is renumbered when a file comes or goes), its metadata as columns,
  the cleaned Document and its sentence spans;
- `terms`: per term, how many documents hold it (anywhere), hold it in the title, write
  it capitalised inside a sentence and at a sentence start, and whether some document
  writes it in lower case (1 or 0) — read off the engine's counts (fts.written) — the
  vocabulary and the names are read off it when asked for (a change rewrites the rows of
  its terms, nothing corpus-wide);
- the text postings: SQLite FTS5's tables, a row per document (fts.py owns them);
- `doc_rows`: what a per-document pass extracted from one document (actors discovered
  in it, its mentions, its dated sentences), with a digest of what it was computed
  against (the registry), so a row is reused only while that is unchanged.

Corpus-wide results (`layers`, and `keyed` layers stored a row per key) are computed
from those rows when first asked for after a change, and removed by any change — except
those layers.py lists as kept or patched on a change of documents (the spelling-variant
rows: only the rows of terms that became or stopped being names are rewritten; the actor
layer and timeline: corrected by the changed documents' rows, layers.INCREMENTAL).
"""

from __future__ import annotations

import sqlite3
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .codec import CodecError, decode, encode
from .errors import LibyadeskError

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any
else:
    Any = object  # a value of any kind, where one is named at run time (codec reads object as Any)

# 6: docs_pos covers the metadata columns (the order, ids and doc_meta are read from it alone)
# 7: a document's place is its file's order key (no renumbering); files know their folder and stem
# 8: FTS5 tokenizes the text (columns as written when plain), a `caps` table of capitalised terms,
#    `terms` read off the engine's counts; docs keep no token counts
# 9: `keyed` and `doc_rows` are rowid tables, their keys in an index of their own. As WITHOUT ROWID
#    tables the rows were the key's b-tree, and every seek read in full the values of the rows it
#    compared the key with (SQLite fetches an overflowing payload whole to compare it): at 10,000
#    articles, 2,000 lookups of small rows took 1.7 s beside the multi-MB rows of a year's events,
#    and writing 4,300 new rows 1.7-3.5 s; now 7 ms and 9 ms.
FORMAT = 9
MAGIC = "libyadesk-index"

# The documents by date of publication (CorpusIndex.ids_by_date). Added after FORMAT 8: a file
# written before it answers without it (SQLite sorts the dates instead) and gains it when it is
# next written to (cache.save), never on a call that only reads.
DOCS_BY_DATE = "CREATE INDEX IF NOT EXISTS docs_published ON docs (published, pos, id)"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL, c INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, docno INTEGER, id TEXT, digest TEXT, warnings TEXT NOT NULL,
    folder TEXT NOT NULL, stem TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS files_folder ON files (folder);
CREATE INDEX IF NOT EXISTS files_stem ON files (stem);
CREATE INDEX IF NOT EXISTS files_digest ON files (digest);
CREATE TABLE IF NOT EXISTS folders (path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, skipped TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (docno INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, pos BLOB NOT NULL,
    title TEXT, source TEXT, published TEXT, doc TEXT NOT NULL, stats TEXT NOT NULL, c INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS docs_pos ON docs (pos, id, title, source, published);
{DOCS_BY_DATE};
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, body INTEGER NOT NULL, title INTEGER NOT NULL,
    named INTEGER NOT NULL, initial INTEGER NOT NULL, lower INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_rows (layer TEXT NOT NULL, docno INTEGER NOT NULL, digest TEXT NOT NULL,
    v TEXT NOT NULL, c INTEGER NOT NULL, PRIMARY KEY (layer, docno));
CREATE INDEX IF NOT EXISTS doc_rows_digest ON doc_rows (layer, digest, docno);
CREATE TABLE IF NOT EXISTS layers (k TEXT PRIMARY KEY, v TEXT NOT NULL, c INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS keyed (layer TEXT NOT NULL, k TEXT NOT NULL, v TEXT NOT NULL, c INTEGER NOT NULL,
    PRIMARY KEY (layer, k));
"""


class CacheDamaged(LibyadeskError):
    """A cache file went bad while it was being read (the next call rebuilds it)."""


class RowDamaged(CodecError):
    """One stored row fails its checksum or does not decode."""


def check(key: object, *values: str | bytes) -> int:
    """The CRC-32 kept beside a row: of its key and every value column."""
    crc = zlib.crc32(str(key).encode("utf-8", "surrogatepass"))
    for value in values:
        crc = zlib.crc32(value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass"), crc)
    return crc


def checked(key: object, text: str, crc: int) -> str:
    """A row's stored text, after its checksum (for a reader that decodes only the part it needs); raise RowDamaged."""
    if check(key, text) != crc:
        raise RowDamaged(f"row {key!r} fails its checksum")
    return text


def verified(key: object, kind: Any, text: str, crc: int) -> Any:
    """A row's value decoded as `kind`, after its checksum; raise RowDamaged."""
    checked(key, text, crc)
    try:
        return decode(text, kind)
    except CodecError as exc:
        raise RowDamaged(f"row {key!r}: {exc}") from None


class Database:
    """One index file (or an in-memory database): tables of plain columns and JSON rows, read on demand.

    `path=None` makes an in-memory database, for an index that is not cached.
    """

    def __init__(self, path: Path | None = None, create: bool = False) -> None:
        self.path = path
        target = ":memory:" if path is None else str(path)
        if path is None or create:
            self.connection = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
            if path is not None:
                # A new file is built privately and published once whole: no journal needed until then.
                self.connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            self.connection.executescript(SCHEMA)
        else:
            self.connection = connect(path)
        self.connection.execute("BEGIN")  # a build, and every call's reads, are one transaction each

    def reopen(self) -> None:
        """A new connection to the same file, for a forked process (raises CacheDamaged).

        The inherited connection is kept, never used or closed: closing it would act on
        state the parent process shares.
        """
        self._inherited = self.connection
        try:
            self.connection = connect(self.path)
            self.connection.execute("BEGIN")
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None

    def damaged(self, exc: Exception) -> CacheDamaged:
        """The error raised when a file cannot be read: names it and says it will be rebuilt."""
        where = f"cache file {self.path}" if self.path is not None else "the index"
        return CacheDamaged(f"{where} is damaged ({exc}); it is rebuilt on the next call")

    def fetch(self, sql: str, args: tuple = ()) -> Any:
        """One row of a query (None if there is none)."""
        try:
            return self.connection.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None

    def fetch_all(self, sql: str, args: tuple = ()) -> list:
        """Every row of a query."""
        try:
            return self.connection.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None

    def stream(self, sql: str, args: tuple = ()) -> Iterator[tuple]:
        """Rows one at a time, for a pass over a whole table."""
        try:
            yield from self.connection.execute(sql, args)
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None

    def execute(self, sql: str, args: tuple = ()) -> None:
        """Run one statement that writes."""
        self.connection.execute(sql, args)

    def insert(self, table: str, rows: Iterable[tuple]) -> None:
        """Insert or replace rows of a table (values in column order)."""
        self.connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * _WIDTH[table])})", rows)

    def commit(self) -> None:
        """End the current transaction and start the next (reads stay one snapshot until then)."""
        if self.connection.in_transaction:
            self.connection.execute("COMMIT")
        self.connection.execute("BEGIN")

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction under SQLite's write lock: committed whole, or rolled back on any error.

        The snapshot this call has read from ends first, so the body must read again what another
        call may have changed meanwhile. The body may roll back itself to give up; either way the
        connection is left in a new read transaction, as every call keeps one.
        """
        self.connection.execute("COMMIT")
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
            if self.connection.in_transaction:
                self.connection.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise
        finally:
            self.connection.execute("BEGIN")

    def meta(self, key: str, kind: Any = Any) -> Any:
        """A value of the meta table (None if missing); raise RowDamaged if it does not verify."""
        row = self.fetch("SELECT v, c FROM meta WHERE k = ?", (key,))
        return None if row is None else verified(key, kind, row[0], row[1])

    def set_meta(self, values: dict[str, Any]) -> None:
        """Write meta values (in the current transaction)."""
        rows = []
        for key, value in values.items():
            text = encode(value)
            rows.append((key, text, check(key, text)))
        self.insert("meta", rows)

    def load_layer(self, name: str, kind: Any = Any) -> Any:
        """A stored layer (None if missing); raise RowDamaged if it does not verify."""
        row = self.fetch("SELECT v, c FROM layers WHERE k = ?", (name,))
        return None if row is None else verified(name, kind, row[0], row[1])

    def has_layer(self, name: str) -> bool:
        """Whether a layer is stored, without reading it."""
        return self.fetch("SELECT 1 FROM layers WHERE k = ?", (name,)) is not None

    def has_keyed(self, name: str) -> bool:
        """Whether a keyed layer was stored whole (its marker row is written last)."""
        return self.fetch("SELECT 1 FROM layers WHERE k = ?", (f"keyed:{name}",)) is not None


def connect(path: Path | None, timeout: float = 30.0) -> sqlite3.Connection:
    """A connection to an existing file (never creates one), in WAL mode; the path as a file: URI, escaped."""
    assert path is not None
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=rw", uri=True, timeout=timeout,
                                 check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


_WIDTH = {"meta": 3, "files": 11, "folders": 3, "docs": 9, "terms": 6, "doc_rows": 5,
          "layers": 3, "keyed": 4}


def layer_rows(layers: Mapping[str, Any]) -> list[tuple[str, str, int]]:
    """Rows of the layers table for {name: value}."""
    out = []
    for name, value in layers.items():
        text = encode(value)
        out.append((name, text, check(name, text)))
    return out


def keyed_rows(name: str, rows: Mapping[str, Any]) -> Iterator[tuple[str, str, str, int]]:
    """Rows of the keyed table for one keyed layer."""
    for key, value in rows.items():
        text = encode(value)
        yield name, key, text, check(f"{name}/{key}", text)


class Bounded(OrderedDict):
    """A dict that forgets the entries put longest ago beyond `size`: bounded memory on a pass over a corpus."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key: Any, value: Any) -> None:
        """Keep a value, forgetting the oldest beyond the size."""
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)


class Keyed(Mapping[str, Any]):
    """A read-only mapping over one keyed layer, decoding a row when it is asked for (the latest `keep` kept)."""

    def __init__(self, db: Database, layer: str, kind: Any, keep: int) -> None:
        self._db = db
        self._layer = layer
        self._kind = kind
        self._seen: Bounded = Bounded(keep)

    def __getitem__(self, key: str) -> Any:
        if key in self._seen:
            return self._seen[key]
        row = self._db.fetch("SELECT v, c FROM keyed WHERE layer = ? AND k = ?", (self._layer, key))
        if row is None:
            raise KeyError(key)
        value = verified(f"{self._layer}/{key}", self._kind, row[0], row[1])
        self._seen.put(key, value)
        return value

    def __contains__(self, key: object) -> bool:
        if key in self._seen:
            return True
        return self._db.fetch("SELECT 1 FROM keyed WHERE layer = ? AND k = ?", (self._layer, key)) is not None

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self._db.stream("SELECT k FROM keyed WHERE layer = ?", (self._layer,)))

    def __len__(self) -> int:
        return self._db.fetch("SELECT count(*) FROM keyed WHERE layer = ?", (self._layer,))[0]


# --- documents ----------------------------------------------------------------------------


def doc_row(docno: int, pos: int | bytes, doc: Any, stats: Any) -> tuple:
    """The docs-table row of one document: its Document and DocStats, or their JSON as a pair of strings."""
    doc_text, stats_text = stats if isinstance(stats, tuple) else (encode(doc), encode(stats))
    return (docno, doc.id, pos, doc.title, doc.source, doc.published, doc_text, stats_text,
            check(docno, doc_text, stats_text))


def read_doc(row: tuple, doc_kind: Any, stats_kind: Any) -> tuple[Any, Any]:
    """(Document, DocStats) of a docs row (docno, doc, stats, c); raise RowDamaged."""
    docno, doc_text, stats_text, crc = row
    if check(docno, doc_text, stats_text) != crc:
        raise RowDamaged(f"document {docno} fails its checksum")
    try:
        return decode(doc_text, doc_kind), decode(stats_text, stats_kind)
    except CodecError as exc:
        raise RowDamaged(f"document {docno}: {exc}") from None


# --- what a call builds, staged until its save --------------------------------------------
#
# A build of 100,000 articles makes more rows than fit in memory as Python objects.  They wait
# in temporary tables of the connection (SQLite keeps them in a temporary file that vanishes
# with the process, behind a page cache of a few MB) and the save copies them in its one
# transaction: a killed call leaves nothing behind, as before.

_STAGED_KEYED = ("CREATE TEMP TABLE IF NOT EXISTS staged_keyed (layer TEXT NOT NULL, k TEXT NOT NULL, v TEXT NOT NULL,"
                 " c INTEGER NOT NULL, PRIMARY KEY (layer, k))")  # a rowid table, as `keyed` (FORMAT 9)


class StagedKeyed(Mapping[str, Any]):
    """The rows of a keyed layer built in this call, kept in the staging table until the save (rows as JSON)."""

    def __init__(self, db: Database, layer: str, kind: Any) -> None:
        self._db = db
        self.layer = layer
        self._kind = kind
        db.connection.execute(_STAGED_KEYED)
        db.connection.execute("DELETE FROM temp.staged_keyed WHERE layer = ?", (layer,))

    def put(self, rows: Iterable[tuple[str, str | None]]) -> None:
        """Add or replace rows (key, JSON), or remove them (key, None)."""
        connection = self._db.connection
        for key, text in rows:
            if text is None:
                connection.execute("DELETE FROM temp.staged_keyed WHERE layer = ? AND k = ?", (self.layer, key))
            else:
                connection.execute("INSERT OR REPLACE INTO temp.staged_keyed VALUES (?, ?, ?, ?)",
                                   (self.layer, key, text, check(f"{self.layer}/{key}", text)))

    def __getitem__(self, key: str) -> Any:
        row = self._db.fetch("SELECT v, c FROM temp.staged_keyed WHERE layer = ? AND k = ?", (self.layer, key))
        if row is None:
            raise KeyError(key)
        return verified(f"{self.layer}/{key}", self._kind, row[0], row[1])

    def __contains__(self, key: object) -> bool:
        return self._db.fetch("SELECT 1 FROM temp.staged_keyed WHERE layer = ? AND k = ?", (self.layer, key)) is not None

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self._db.fetch_all("SELECT k FROM temp.staged_keyed WHERE layer = ? ORDER BY k",
                                                 (self.layer,)))

    def __len__(self) -> int:
        return self._db.fetch("SELECT count(*) FROM temp.staged_keyed WHERE layer = ?", (self.layer,))[0]

    def prefix(self, prefix: str) -> list[tuple[str, Any]]:
        """The rows whose keys start with `prefix`, by key."""
        return [(k, verified(f"{self.layer}/{k}", self._kind, v, c)) for k, v, c in self._db.fetch_all(
            "SELECT k, v, c FROM temp.staged_keyed WHERE layer = ? AND k >= ? AND k < ? ORDER BY k",
            (self.layer, prefix, prefix + "\U0010ffff"))]


SPILL_BATCH = 512  # texts a Spill holds before it writes them


class Spill:
    """Texts put by group and read back a group at a time, in the order put: a grouping of a whole
    corpus's rows (events by date bucket) that holds one group in memory, not all."""

    def __init__(self, db: Database, name: str) -> None:
        self._connection = db.connection
        self._table = f"temp.spill_{name}"
        self._pending: list[tuple[str, str]] = []
        self.largest = 0  # the most texts held at once before they were written
        self._connection.execute(f"DROP TABLE IF EXISTS {self._table}")
        self._connection.execute(f"CREATE TEMP TABLE spill_{name} (grp TEXT NOT NULL, seq INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        self._connection.execute(f"CREATE INDEX temp.spill_{name}_grp ON spill_{name} (grp, seq)")

    def add(self, group: str, text: str) -> None:
        """Put one text in a group."""
        self._pending.append((group, text))
        if len(self._pending) >= SPILL_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write what is held."""
        if self._pending:
            self.largest = max(self.largest, len(self._pending))
            self._connection.executemany(f"INSERT INTO {self._table} (grp, v) VALUES (?, ?)", self._pending)
            self._pending = []

    def sizes(self) -> dict[str, int]:
        """How many texts each group holds."""
        self.flush()
        return dict(self._connection.execute(f"SELECT grp, count(*) FROM {self._table} GROUP BY grp").fetchall())

    def group(self, group: str) -> list[str]:
        """The texts of one group, in the order they were put."""
        self.flush()
        return [v for (v,) in self._connection.execute(f"SELECT v FROM {self._table} WHERE grp = ? ORDER BY seq", (group,))]

    def drop(self) -> None:
        """Forget every text."""
        self._pending = []
        self._connection.execute(f"DROP TABLE IF EXISTS {self._table}")
