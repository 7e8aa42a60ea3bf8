"""The index cache: one SQLite file per corpus in the user's cache folder, never in the corpus.

Why SQLite and row-per-key rather than one pickle of the whole index: a call should
read only what it needs.  A search for "Frontex" reads the postings row of "frontex",
the statistics of the documents it hits and the text of the few it shows — not the
whole corpus — so a warm call costs about the same on 5 articles as on 10,000, and its
memory does not grow with the corpus.  Each row holds one pickled value: a document
(with its sentence spans and tokens), the postings of one term, or one layer (the
vocabulary, the actors, the events ...).  The standard library's sqlite3 gives
transactions and a B-tree for free; a pickle per row keeps the format simple.

A cache file is keyed by a fingerprint of the corpus: the tool's version, the corpus
folder, and the path, size and modification time of every article and actor file.
Any change to a file changes the key and the index is rebuilt whole (documents depend
on each other through actor discovery, so a partial rebuild would need per-layer
invalidation).  A new file is written under a temporary name and moved into place with
os.replace; layers built later are added in one SQLite transaction.  So two calls at
once never leave a torn file.  A file that cannot be read, or was written by another
version or program, is reported once and rebuilt.  Pickle runs code on load, so the
cache folder must be the user's own (as every XDG cache folder is).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import __version__
from .errors import LibyadeskError
from .index import CorpusIndex
from .models import Warning_

FORMAT = 3
MAGIC = "libyadesk-index"
SUFFIX = ".sqlite"

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE docs (k TEXT PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE body (k TEXT PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE title (k TEXT PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE layers (k TEXT PRIMARY KEY, v BLOB NOT NULL);
"""


class CacheDamaged(LibyadeskError):
    """A cache file went bad while it was being read."""


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where cached indexes live: $LIBYADESK_CACHE_DIR, else $XDG_CACHE_HOME/libyadesk, else ~/.cache/libyadesk."""
    env = os.environ if environ is None else environ
    if env.get("LIBYADESK_CACHE_DIR"):
        return Path(env["LIBYADESK_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "libyadesk"


def fingerprint(root: Path, files: Iterable[Path], extra: Iterable[Path] = ()) -> str:
    """A key that changes whenever an article or actor file, or the tool's version, changes.

    It starts with a short hash of the corpus folder alone, so that a new index of a folder
    can replace the stale ones of the same folder.
    """
    folder = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    digest = hashlib.sha256(f"{MAGIC}/{FORMAT}/{__version__}/{root.resolve()}".encode("utf-8", "surrogateescape"))
    # The cache holds pickled objects of this package's classes: any change to its code
    # (an upgrade, or an edit in a checkout) must not unpickle old rows into new classes.
    for path in sorted(Path(__file__).parent.glob("*.py")):
        st = path.stat()
        digest.update(f"\0{path.name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    for path in [*files, *extra]:
        try:
            st = path.stat()
            digest.update(f"\0{path}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8", "surrogateescape"))
        except OSError:
            digest.update(f"\0{path}\0missing".encode("utf-8", "surrogateescape"))
    return f"{folder}-{digest.hexdigest()[:20]}"


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class _Rows(Mapping[str, Any]):
    """A read-only mapping over one table, unpickling a row when it is first asked for."""

    def __init__(self, store: "_Store", table: str, keys: list[str] | None = None) -> None:
        self._store = store
        self._table = table
        self._keys = keys
        self._key_set = set(keys) if keys is not None else None
        self._seen: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key in self._seen:
            return self._seen[key]
        row = self._store.fetch(f"SELECT v FROM {self._table} WHERE k = ?", (key,))
        if row is None:
            raise KeyError(key)
        value = pickle.loads(row[0])
        self._seen[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        if key in self._seen:
            return True
        if self._key_set is not None:
            return key in self._key_set
        return self._store.fetch(f"SELECT 1 FROM {self._table} WHERE k = ?", (key,)) is not None

    def __iter__(self) -> Iterator[str]:
        if self._keys is not None:
            return iter(self._keys)
        return (k for (k,) in self._store.fetch_all(f"SELECT k FROM {self._table} ORDER BY k"))

    def __len__(self) -> int:
        if self._keys is not None:
            return len(self._keys)
        return self._store.fetch(f"SELECT count(*) FROM {self._table}")[0]


class _Store:
    """An open cache file: rows on demand, layers on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def fetch(self, sql: str, args: tuple = ()) -> Any:
        try:
            return self.connection.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise CacheDamaged(f"cache file {self.path} is damaged ({exc}); run 'libyadesk cache clear'") from None

    def fetch_all(self, sql: str, args: tuple = ()) -> list:
        try:
            return self.connection.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise CacheDamaged(f"cache file {self.path} is damaged ({exc}); run 'libyadesk cache clear'") from None

    def meta(self, key: str) -> Any:
        row = self.fetch("SELECT v FROM meta WHERE k = ?", (key,))
        return None if row is None else pickle.loads(row[0])

    def load_layer(self, name: str) -> Any:
        row = self.fetch("SELECT v FROM layers WHERE k = ?", (name,))
        return None if row is None else pickle.loads(row[0])


def load(directory: Path, key: str) -> tuple[CorpusIndex | None, list[Warning_], str | None]:
    """The cached index for a key (rows read lazily), its load warnings, or why it could not be used."""
    path = directory / f"{key}{SUFFIX}"
    if not path.exists():
        return None, [], None
    try:
        store = _Store(path)
        magic = store.meta("magic")
        if magic != (MAGIC, FORMAT, __version__, key):
            return None, [], f"cache file {path} was written by another version; rebuilding it"
        order: list[str] = store.meta("order")
        warnings: list[Warning_] = store.meta("warnings")
    except Exception as exc:  # a torn, truncated or foreign file: any sqlite or unpickling error
        return None, [], f"cache file {path} is unreadable ({type(exc).__name__}); rebuilding it"
    docs = _Rows(store, "docs", order)
    index = CorpusIndex(
        documents=_Projection(docs, 0),
        body=_Rows(store, "body"),
        title=_Rows(store, "title"),
        stats=_Projection(docs, 1),
        tokens=_Projection(docs, 2),
        source=store,
    )
    index.changed = False
    return index, warnings, None


class _Projection(Mapping[str, Any]):
    """One part (document, stats or tokens) of each row of the docs table."""

    def __init__(self, rows: _Rows, part: int) -> None:
        self._rows = rows
        self._part = part

    def __getitem__(self, key: str) -> Any:
        return self._rows[key][self._part]

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def save(directory: Path, key: str, index: CorpusIndex, warnings: list[Warning_]) -> str | None:
    """Write a whole index as a new cache file (atomically); return a warning instead of raising."""
    index.precompute()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=directory)
        os.close(fd)
        try:
            connection = sqlite3.connect(tmp)
            with connection:
                connection.executescript(_SCHEMA)
                order = list(index.documents)
                connection.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("magic", _dumps((MAGIC, FORMAT, __version__, key))),
                    ("order", _dumps(order)),
                    ("warnings", _dumps(warnings)),
                ])
                connection.executemany("INSERT INTO docs VALUES (?, ?)", (
                    (d, _dumps((index.documents[d], index.stats[d], index.tokens[d]))) for d in order
                ))
                connection.executemany("INSERT INTO body VALUES (?, ?)", ((t, _dumps(dict(p))) for t, p in index.body.items()))
                connection.executemany("INSERT INTO title VALUES (?, ?)", ((t, _dumps(dict(p))) for t, p in index.title.items()))
                connection.executemany("INSERT INTO layers VALUES (?, ?)", ((n, _dumps(v)) for n, v in index._layers.items()))
            connection.close()
            os.replace(tmp, directory / f"{key}{SUFFIX}")
            _remove_stale(directory, key)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, sqlite3.Error) as exc:
        return f"cannot write the index cache in {directory} ({exc}); continuing without it"
    index.new_layers.clear()
    index.changed = False
    return None


def _remove_stale(directory: Path, key: str) -> None:
    """Delete older indexes of the same corpus folder: their files have changed since."""
    folder = key.split("-", 1)[0]
    for path in directory.glob(f"{folder}-*{SUFFIX}"):
        if path.stem != key:
            path.unlink(missing_ok=True)


def save_layers(directory: Path, key: str, index: CorpusIndex) -> str | None:
    """Add the layers built in this call to an existing cache file, in one transaction."""
    path = directory / f"{key}{SUFFIX}"
    names = sorted(index.new_layers)
    if not names:
        return None
    try:
        connection = sqlite3.connect(path, timeout=30)
        with connection:
            connection.executemany(
                "INSERT OR REPLACE INTO layers VALUES (?, ?)", ((n, _dumps(index._layers[n])) for n in names)
            )
        connection.close()
    except (OSError, sqlite3.Error) as exc:
        return f"cannot update the index cache {path} ({exc}); continuing without it"
    index.new_layers.clear()
    index.changed = False
    return None


def clear(directory: Path) -> int:
    """Delete every cached index; return how many files were removed."""
    removed = 0
    if directory.is_dir():
        for path in [*directory.glob(f"*{SUFFIX}"), *directory.glob("*.pickle")]:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
