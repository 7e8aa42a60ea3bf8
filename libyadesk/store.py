"""The index file: one SQLite database per corpus, in the user's cache folder, never in the corpus.

Why SQLite with a row per key, rather than an in-memory index or one pickle of it: a call
should read only what it needs, and a build should not hold the corpus in memory.  The
index is built straight into the file (index.build_index), a document at a time, with
postings flushed in parts; a search for "Frontex" then reads the postings rows of
"frontex", the small metadata layer and the text of the few documents it shows — not
the whole corpus — so a warm call costs about the same on 5 articles as on 100,000, and
its memory does not grow with the corpus.  Each row holds one pickled value: a document
(with its sentence spans), one part of one term's postings, one layer (the vocabulary,
the actors ...) or one key of a keyed layer (the mentions of one actor, of one document).
The standard library's sqlite3 gives transactions and a B-tree for free; docs/architecture.md
gives the figures that chose this form.

A cache file is keyed by a fingerprint of the corpus: the tool's version and code, the
corpus folder, and the path, size and modification time of every article and actor file.
Any change to a file changes the key and the index is rebuilt whole (documents depend on
each other through actor discovery, so a partial rebuild would need per-layer
invalidation).  A new file is written under a temporary name and moved into place with
os.replace; layers built later are added in one SQLite transaction.  So two calls at once
never leave a torn file.  A file that cannot be read, or was written by another version
or program, is reported once and rebuilt.  Pickle runs code on load, so the cache folder
must be the user's own (as every XDG cache folder is).
"""

from __future__ import annotations

import operator
import os
import pickle
import sqlite3
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from . import __version__
from .errors import LibyadeskError, UsageError

FORMAT = 4
MAGIC = "libyadesk-index"
SUFFIX = ".sqlite"

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE docs (k TEXT PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE body (k TEXT NOT NULL, part INTEGER NOT NULL, v BLOB NOT NULL, PRIMARY KEY (k, part)) WITHOUT ROWID;
CREATE TABLE title (k TEXT NOT NULL, part INTEGER NOT NULL, v BLOB NOT NULL, PRIMARY KEY (k, part)) WITHOUT ROWID;
CREATE TABLE layers (k TEXT PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE keyed (layer TEXT NOT NULL, k TEXT NOT NULL, v BLOB NOT NULL, PRIMARY KEY (layer, k)) WITHOUT ROWID;
"""


class CacheDamaged(LibyadeskError):
    """A cache file went bad while it was being read."""


def cache_dir(environ: Mapping[str, str] | None = None, corpus: Path | None = None) -> Path:
    """Where cached indexes live, always an absolute path: $LIBYADESK_CACHE_DIR, else $XDG_CACHE_HOME/libyadesk, else ~/.cache/libyadesk.

    With `corpus`, raise UsageError when that folder would be inside the corpus folder:
    nothing but `add` writes into a corpus.
    """
    env = os.environ if environ is None else environ
    if env.get("LIBYADESK_CACHE_DIR"):
        # Relative to the folder the call is made from, fixed once, so that it cannot move
        # with a later change of directory.
        variable, folder = "LIBYADESK_CACHE_DIR", Path(env["LIBYADESK_CACHE_DIR"]).expanduser().absolute()
    else:
        base = env.get("XDG_CACHE_HOME")
        if not base or not Path(base).is_absolute():  # the XDG spec: a relative path is ignored
            base = str(Path.home() / ".cache")
        variable, folder = "XDG_CACHE_HOME", Path(base) / "libyadesk"
    if corpus is not None:
        inside = Path(os.path.realpath(folder))
        root = Path(os.path.realpath(corpus))
        if inside == root or root in inside.parents:
            raise UsageError(f"{variable} puts the index cache ({folder}) inside the corpus folder {corpus}; "
                             "choose a folder outside it")
    return folder


def fingerprint(root: Path, listing: Iterable[tuple[str, int, int]], extra: Iterable[Path] = ()) -> str:
    """A key that changes whenever an article or actor file, or the tool's version or code, changes.

    `listing` is (path, size, mtime) of every article (files.scan_corpus); `extra` are other
    files the index depends on (actor and variant tables), present or not.  The key starts
    with a short hash of the corpus folder alone, so that a new index of a folder can
    replace the stale ones of the same folder.
    """
    folder = _sha256(str(root.resolve()).encode("utf-8", "surrogateescape"))[:12]
    parts = [f"{MAGIC}/{FORMAT}/{__version__}/{root.resolve()}"]
    # The cache holds pickled objects of this package's classes: any change to its code
    # (an upgrade, or an edit in a checkout) must not unpickle old rows into new classes.
    for path in sorted(Path(__file__).parent.glob("*.py")):
        st = path.stat()
        parts.append(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}")
    for path in extra:
        try:
            st = path.stat()
            parts.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}\0missing")
    # marshal serialises the listing in C: a third faster than formatting 100,000 lines.
    import marshal

    digest = _sha256("\0".join(parts).encode("utf-8", "surrogateescape") + marshal.dumps(list(listing)))
    return f"{folder}-{digest[:20]}"


def _sha256(data: bytes) -> str:
    """SHA-256 in hex.  For a small input from CPython's built-in module when it has one:
    `import hashlib` loads OpenSSL, which costs a warm call about 3 ms; for a large one (the
    listing of 100,000 files is 15 MB) OpenSSL's, several times faster."""
    if len(data) > 1_000_000:
        import hashlib

        return hashlib.sha256(data).hexdigest()
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:
            from hashlib import sha256
    return sha256(data).hexdigest()


def dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class Database:
    """One index file (or an in-memory database): pickled rows by key, read on demand.

    `path=None` makes an in-memory database, for an index that is not cached.
    """

    def __init__(self, path: Path | None = None, create: bool = False) -> None:
        self.path = path
        if path is None or create:
            self.connection = sqlite3.connect(":memory:" if path is None else str(path), check_same_thread=False)
            # A new file is published only once whole (os.replace), so it needs no journal.
            self.connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        else:
            self.connection = _connect(path, "ro")

    def reopen(self) -> None:
        """A new read-only connection to the same file, for a forked process (raises CacheDamaged).

        The inherited connection is kept, never used or closed: closing it would act on
        state the parent process shares.
        """
        self._inherited = self.connection
        try:
            self.connection = _connect(self.path, "ro")
        except sqlite3.Error as exc:
            raise self._damaged(exc) from None

    def _damaged(self, exc: Exception) -> CacheDamaged:
        return CacheDamaged(f"cache file {self.path} is damaged ({exc}); run 'libyadesk cache clear'")

    def fetch(self, sql: str, args: tuple = ()) -> Any:
        try:
            return self.connection.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise self._damaged(exc) from None

    def fetch_all(self, sql: str, args: tuple = ()) -> list:
        try:
            return self.connection.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise self._damaged(exc) from None

    def stream(self, sql: str, args: tuple = ()) -> Iterator[tuple]:
        """Rows one at a time, for a pass over a whole table."""
        try:
            yield from self.connection.execute(sql, args)
        except sqlite3.Error as exc:
            raise self._damaged(exc) from None

    def insert(self, table: str, rows: Iterable[tuple]) -> None:
        self.connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * _WIDTH[table])})", rows)

    def commit(self) -> None:
        self.connection.commit()

    def meta(self, key: str) -> Any:
        row = self.fetch("SELECT v FROM meta WHERE k = ?", (key,))
        return None if row is None else pickle.loads(row[0])

    def load_layer(self, name: str) -> Any:
        row = self.fetch("SELECT v FROM layers WHERE k = ?", (name,))
        return None if row is None else pickle.loads(row[0])


def _connect(path: Path, mode: str, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection to an existing file; the path as a file: URI, escaped ("#", "?" and "%" are legal in folder names)."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode={mode}", uri=True, timeout=timeout,
                           check_same_thread=False)


_WIDTH = {"meta": 2, "docs": 2, "body": 3, "title": 3, "layers": 2, "keyed": 3}


class Bounded(OrderedDict):
    """A dict that forgets the entries put longest ago beyond `size`: bounded memory on a pass over a corpus."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)


class Rows(Mapping[str, Any]):
    """A read-only mapping over one table (or one keyed layer), unpickling a row when it is asked for.

    Rows read are kept (all of them, or the latest `keep`); `keys` is the table's key
    list when it is known, so that membership and order need no query.
    """

    def __init__(self, db: Database, table: str, keys: list[str] | None = None, layer: str | None = None,
                 keep: int | None = None) -> None:
        self._db = db
        self._keys = keys
        self._key_set = set(keys) if keys is not None else None
        self._seen: dict[str, Any] = {} if keep is None else Bounded(keep)
        where = "layer = ? AND k = ?" if layer is not None else "k = ?"
        self._get = f"SELECT v FROM {table} WHERE {where}"
        self._all = f"SELECT k, v FROM {table}" + (" WHERE layer = ?" if layer is not None else "") + " ORDER BY rowid" * (layer is None)
        self._args: tuple = (layer,) if layer is not None else ()

    def __getitem__(self, key: str) -> Any:
        if key in self._seen:
            return self._seen[key]
        row = self._db.fetch(self._get, (*self._args, key))
        if row is None:
            raise KeyError(key)
        value = pickle.loads(row[0])
        self._remember(key, value)
        return value

    def _remember(self, key: str, value: Any) -> None:
        if isinstance(self._seen, Bounded):
            self._seen.put(key, value)
        else:
            self._seen[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if key in self._seen:
            return True
        if self._key_set is not None:
            return key in self._key_set
        return self._db.fetch(self._get.replace("SELECT v", "SELECT 1"), (*self._args, key)) is not None

    def __iter__(self) -> Iterator[str]:
        if self._keys is not None:
            return iter(self._keys)
        return (k for (k, _) in self._db.stream(self._all.replace("k, v", "k, NULL"), self._args))

    def __len__(self) -> int:
        if self._keys is not None:
            return len(self._keys)
        return sum(1 for _ in self)

    def stream(self, start: int = 0, stop: int | None = None) -> Iterator[tuple[str, Any]]:
        """(key, value) of every row in table order (of rows start to stop-1 of a table), one read for the pass."""
        sql, args = self._all, self._args
        if start or stop is not None:  # a table's rowids count its rows from 1, in the order written
            assert " ORDER BY rowid" in sql, "a range of rows is read from a table, not a keyed layer"
            sql = sql.replace(" ORDER BY", " WHERE rowid > ? AND rowid <= ? ORDER BY")
            args = (start, stop if stop is not None else 2**62)
        for key, blob in self._db.stream(sql, args):
            value = pickle.loads(blob)
            self._remember(key, value)
            yield key, value


class TermPostings(Mapping[str, Any]):
    """One term's postings: doc id -> positions (body) or count (title), unpacked when asked.

    Looking up one document is a binary search in a part's document numbers, so showing
    ten hits of a word found in 85,000 documents unpacks ten position lists, not 85,000;
    `items()` unpacks all of them, for a phrase.
    """

    def __init__(self, parts: list[tuple[array, array, array | None]], order: list[str],
                 number_of: Callable[[], dict[str, int]]) -> None:
        self._parts = parts  # (document numbers, end offsets or counts, positions or None) per part
        self._order = order
        self._number_of = number_of

    def __getitem__(self, doc_id: str) -> Any:
        number = self._number_of().get(doc_id)
        if number is not None:
            for numbers, values, positions in self._parts:
                i = bisect_left(numbers, number)
                if i < len(numbers) and numbers[i] == number:
                    if positions is None:
                        return values[i]
                    return positions[values[i - 1] if i else 0:values[i]]
        raise KeyError(doc_id)

    def get(self, doc_id: str, default: Any = None) -> Any:
        try:
            return self[doc_id]
        except KeyError:
            return default

    def __iter__(self) -> Iterator[str]:
        for numbers, _, _ in self._parts:
            yield from map(self._order.__getitem__, numbers)

    def __len__(self) -> int:
        return sum(len(numbers) for numbers, _, _ in self._parts)

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        order = self._order
        for numbers, values, positions in self._parts:
            if positions is None:
                yield from zip(map(order.__getitem__, numbers), values)
                continue
            start = 0
            for number, end in zip(numbers, values):
                yield order[number], positions[start:end]
                start = end


class Postings(Mapping[str, TermPostings]):
    """term -> its postings (TermPostings), read from the parts a build flushed."""

    def __init__(self, db: Database, table: str, order: list[str], positional: bool,
                 number_of: Callable[[], dict[str, int]]) -> None:
        self._db = db
        self._table = table
        self._order = order
        self._positional = positional
        self._number_of = number_of  # doc id -> its number (place in corpus order)
        self._seen: dict[str, TermPostings | None] = {}
        self._leads: dict[str, list[array]] = {}  # body term -> each part's lead counts

    def __getitem__(self, term: str) -> TermPostings:
        if term not in self._seen:
            parts, leads = [], []
            for (blob,) in self._db.fetch_all(f"SELECT v FROM {self._table} WHERE k = ? ORDER BY part", (term,)):
                packed = [array("I", b) for b in pickle.loads(blob)]
                parts.append((packed[0], packed[1], packed[2] if self._positional else None))
                leads.append(packed[3] if self._positional else None)
            # None: a term that is not there, asked once.
            self._seen[term] = TermPostings(parts, self._order, self._number_of) if parts else None
            self._leads[term] = leads
        found = self._seen[term]
        if found is None:
            raise KeyError(term)
        return found

    def get(self, term: str, default: Any = None) -> Any:
        try:
            return self[term]
        except KeyError:
            return default

    def counts(self, term: str) -> dict[str, tuple[int, int]]:
        """doc id -> (occurrences, occurrences in the lead) of a body term, without unpacking positions.

        Made by zipping the packed arrays, in C: all that scoring a one-word query needs.
        """
        found: dict[str, tuple[int, int]] = {}
        postings = self.get(term)  # read once: the hits shown next unpack their positions from the same parts
        if postings is None:
            return found
        for (numbers, ends, _), leads in zip(postings._parts, self._leads[term]):
            counts = map(operator.sub, ends, chain((0,), ends))
            found.update(zip(map(self._order.__getitem__, numbers), zip(counts, leads)))
        return found

    def __contains__(self, term: object) -> bool:
        if term in self._seen:
            return self._seen[term] is not None
        return self._db.fetch(f"SELECT 1 FROM {self._table} WHERE k = ?", (term,)) is not None

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self._db.stream(f"SELECT DISTINCT k FROM {self._table}"))

    def __len__(self) -> int:
        return self._db.fetch(f"SELECT count(DISTINCT k) FROM {self._table}")[0]


# --- the cache folder ---------------------------------------------------------------------


class Cached(NamedTuple):
    """An opened cache file and what every call reads of it first."""

    db: Database
    order: list[str]  # document ids in corpus order
    warnings: list  # the load warnings of the build, repeated on every call


def open_cached(directory: Path, key: str) -> tuple[Cached | None, str | None]:
    """The cached index file for a key, or why it cannot be used (None, None when there is none)."""
    path = directory / f"{key}{SUFFIX}"
    if not path.exists():
        return None, None
    try:
        db = Database(path)
        if db.meta("magic") != (MAGIC, FORMAT, __version__, key):
            return None, f"cache file {path} was written by another version; rebuilding it"
        cached = Cached(db, list(db.meta("order")), list(db.meta("warnings")))
    except Exception as exc:  # a torn, truncated or foreign file: any sqlite or unpickling error
        return None, f"cache file {path} is unreadable ({type(exc).__name__}); rebuilding it"
    return cached, None


def new_file(directory: Path) -> Database:
    """A new index file under a temporary name in `directory` (raises OSError or sqlite3.Error)."""
    directory.mkdir(parents=True, exist_ok=True)
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=directory)
    os.close(fd)
    try:
        return Database(Path(tmp), create=True)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def publish(db: Database, directory: Path, key: str, warnings: list) -> str | None:
    """Seal a built file with its key and load warnings and move it into place; return a warning instead of raising."""
    assert db.path is not None
    try:
        db.insert("meta", [("magic", dumps((MAGIC, FORMAT, __version__, key))), ("warnings", dumps(warnings))])
        db.commit()
        final = directory / f"{key}{SUFFIX}"
        os.replace(db.path, final)
        db.path = final
    except (OSError, sqlite3.Error) as exc:
        discard(db)
        return f"cannot write the index cache in {directory} ({exc}); continuing without it"
    try:
        _remove_stale(directory, key)
    except OSError as exc:
        return f"cannot remove old indexes from {directory} ({exc})"
    return None


def discard(db: Database) -> None:
    """Delete an unpublished or temporary index file (the open connection still reads it)."""
    path = db.path
    if path is not None and path.name.startswith(".tmp-"):
        path.unlink(missing_ok=True)
        if path.parent.name.startswith("libyadesk-"):  # the private folder of a --no-cache build
            try:
                path.parent.rmdir()
            except OSError:
                pass
        db.path = None  # nothing on disk to add layers to


STALE_TEMPORARY = 24 * 3600  # seconds after which a build's temporary file is an orphan


def _remove_stale(directory: Path, key: str) -> None:
    """Delete older indexes of the same corpus folder (their files have changed since), and
    temporary files that builds killed before they finished left a day or more ago."""
    import time

    folder = key.split("-", 1)[0]
    for path in directory.glob(f"{folder}-*{SUFFIX}"):
        if path.stem != key:
            path.unlink(missing_ok=True)
    for path in directory.glob(f".tmp-*{SUFFIX}"):
        try:
            if time.time() - path.stat().st_mtime > STALE_TEMPORARY:
                path.unlink()
        except OSError:
            pass


def save_layers(db: Database, layers: dict[str, Any], keyed: dict[str, Mapping[str, Any]]) -> str | None:
    """Add layers built in this call to a published index file, in one transaction."""
    if db.path is None or db.path.name.startswith(".tmp-") or not (layers or keyed):
        return None  # in memory, or a --no-cache file about to be deleted
    try:
        connection = _connect(db.path, "rw", timeout=30)  # never creates a file that was removed meanwhile
        with connection:
            connection.executemany("INSERT OR REPLACE INTO layers VALUES (?, ?)",
                                   ((n, dumps(v)) for n, v in layers.items()))
            for name, rows in keyed.items():
                connection.executemany("INSERT OR REPLACE INTO keyed VALUES (?, ?, ?)",
                                       ((name, k, dumps(v)) for k, v in rows.items()))
        connection.close()
    except (OSError, sqlite3.Error) as exc:
        return f"cannot update the index cache {db.path} ({exc}); continuing without it"
    return None


def clear(directory: Path) -> int:
    """Delete every cached index; return how many files were removed."""
    removed = 0
    if directory.is_dir():
        for path in [*directory.glob(f"*{SUFFIX}"), *directory.glob("*.pickle")]:  # "*" matches .tmp- files too
            path.unlink(missing_ok=True)
            removed += 1
    return removed
