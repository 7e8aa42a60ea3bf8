"""Desk: the library's one entry point — open a corpus, ask it questions, get records back.

    >>> from libyadesk import Desk
    >>> with Desk.open(cache=False) as desk:
    ...     [hit.doc[:10] for hit in desk.search("Hifter", limit=1)]
    ['2025-12-07']

The command line and bench/ are clients of this class: `Desk.open` finds the corpus
folder, opens its cached index (brought up to date with the files; cache.py) or builds
one, and each method answers from it with the records of models.py, actors.py and
timeline.py, whose `to_json()` (or render.py's `*_json`) is the documented JSON of
docs/json.md.  Nothing here prints: warnings go to the `warn` callable (default: kept in
`desk.notes`), progress to `progress(label, done, total)`.  Errors are the typed errors
of errors.py, whose messages name parameters and files, never command-line flags.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from pathlib import Path

from . import layers as L
from .errors import UsageError
from .index import CorpusIndex
from .models import Document, Hit, Warning_
from .store import CacheDamaged

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .models import TimeExpr


class Desk:
    """An opened corpus: search, actors, timeline and documents, answered from one index."""

    def __init__(self, index: CorpusIndex, root: Path, extra: list[Path], warnings: list[Warning_],
                 opened: Any = None, warn: Callable[[str], None] | None = None,
                 changed: dict[str, int] | None = None) -> None:
        self.index = index
        self.root = root
        self.warnings = warnings  # problems with single files of the corpus (skipped, duplicates, ...)
        self.skipped: str | None = getattr(opened, "skipped", None)  # files of other kinds in the folder, in a line
        self.changed = changed or {}  # files added / changed / removed since the index was last used
        self.notes: list[str] = []  # problems with the cache, mended
        self._extra = extra
        self._opened = opened
        self._warn = warn
        self._actors_ready = False

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, corpus: str | Path | None = None, actors: str | Path | None = None, cache: bool | str | Path = True,
             rescan: bool = False, progress: Callable[[str, int, int], None] | None = None,
             warn: Callable[[str], None] | None = None) -> "Desk":
        """Open a corpus folder (default: the bundled articles) with an index from the cache, updated or built.

        `actors` is an extra TOML file of actors (an actors.toml in the folder is read
        too); `cache` is True (the user's cache folder), False (build for this call
        only) or a folder; `rescan` checks every file for edits, not only the folders.
        """
        from .cache import cache_dir, discard, files_named, open_index
        from .files import bundled_corpus_path, check_root

        notes: list[str] = []
        say = warn if warn is not None else notes.append
        root = check_root(corpus if corpus is not None else bundled_corpus_path())
        actors_path = Path(actors) if actors is not None else None
        if actors_path is not None and not actors_path.is_file():
            raise UsageError(f"actor file {actors_path}: no such file")
        extra = [p for p in (root / "actors.toml", actors_path) if p is not None and p.is_file()]
        data = Path(__file__).parent / "data"
        shipped = sorted([*files_named(data, "", ".toml"), *files_named(data, "", ".json")])  # edited tables invalidate too
        if cache is True:
            directory: Path | None = cache_dir(warn=say, corpus=root)
        elif cache is False or cache is None:
            directory = None
        else:
            directory = Path(cache).absolute()
            if os.path.realpath(root) in (os.path.realpath(directory), *map(str, Path(os.path.realpath(directory)).parents)):
                raise UsageError(f"the index cache ({directory}) would be inside the corpus folder {root}; "
                                 "choose a folder outside it")
        tables = [*extra, root / "variants.toml", *shipped]
        import sqlite3

        from .codec import CodecError

        for attempt in (1, 2):
            opened = open_index(root, directory, tables, say, rescan, progress)
            try:
                index = CorpusIndex(opened.db)
                desk = cls(index, root, extra, opened.warnings, opened, warn, opened.changed)
                desk.notes = notes
                desk._reopen_with = (directory, tables, progress)
                index.warn = say
                index.progress = progress
                desk._variants()
                return desk
            except (CacheDamaged, CodecError, sqlite3.DatabaseError) as exc:
                from .cache import retire

                retire(opened)
                discard(opened)
                if attempt == 2:
                    raise CacheDamaged(f"the index is damaged ({exc})") from None
                say(f"warning: the index file is damaged ({exc}); building it again")
            except BaseException:
                discard(opened)
                raise
        raise AssertionError("unreachable")

    def _answer(self, question: Callable[[], Any]) -> Any:
        """Ask the index; when its file turns out damaged, build it again (one warning) and ask once more."""
        import sqlite3

        from .codec import CodecError

        try:
            return question()
        except (CacheDamaged, CodecError, sqlite3.DatabaseError) as exc:
            if self._opened is None or not hasattr(self, "_reopen_with") or getattr(self, "_healed", False):
                raise CacheDamaged(f"the index is damaged ({exc})") from None
            self._healed = True
            if self.mend(exc):
                try:
                    return question()
                except (CacheDamaged, CodecError, sqlite3.DatabaseError) as again:
                    exc = again  # the stored columns the postings were remade from are damaged too
            self._say(f"warning: the index file is damaged ({exc}); building it again")
            self._rebuild()
            return question()

    def mend(self, problem: Exception) -> bool:
        """After an error reading the index: when its text postings are what broke, rebuild them in place (one warning).

        Whether that mended it; if not, the caller builds the whole index again.  The
        postings are remade from the columns FTS5 stores beside them, without reading a
        file: seconds where a new index takes minutes.
        """
        import sqlite3

        from . import fts

        db = self.index.db
        conn = db.connection
        try:
            if not fts.ready(conn) or fts.intact(conn):
                return False
            if conn.in_transaction:
                conn.execute("COMMIT")
            conn.execute("BEGIN IMMEDIATE")
            mended = fts.rebuild(conn)
            conn.execute("COMMIT" if mended else "ROLLBACK")
            conn.execute("BEGIN")
        except sqlite3.Error:
            return False
        if mended:
            where = f"cache file {db.path}" if db.path is not None else "the index"
            self._say(f"warning: {where}: the text index was damaged ({problem}); rebuilt from its stored columns")
        return mended

    def _rebuild(self) -> None:
        from .cache import discard, open_index

        self.retire()
        discard(self._opened)
        directory, tables, progress = self._reopen_with
        self._opened = open_index(self.root, directory, tables, self._say, False, progress)
        self.index = CorpusIndex(self._opened.db)
        self.index.warn = self._say
        self.index.progress = progress
        self._actors_ready = False
        self._variants()

    def _variants(self) -> None:
        """A variants.toml in the corpus folder replaces the shipped spelling table (kept in the index)."""
        variants = self.root / "variants.toml"
        if variants.is_file() and not self.index.has_layer(L.VARIANT_TABLE):
            from .names import load_variant_table

            try:
                self.index.set_layer(L.VARIANT_TABLE, load_variant_table(variants))
            except ValueError as exc:
                raise UsageError(str(exc)) from None

    def prepare_actors(self) -> None:
        """Load the user's actor files into the registry the actor layer is built from (once; the cache keeps it)."""
        if self._actors_ready:
            return
        self._actors_ready = True
        if not self._extra or self.index.has_layer(L.REGISTRY):
            return
        from .actors import attach, load_registry

        try:
            attach(self.index, load_registry(extra=self._extra))
        except ValueError as exc:
            raise UsageError(str(exc)) from None

    def prepare_actor_names(self) -> None:
        """As prepare_actors, for search's use of actors' other names: a broken actor file is one warning, not an error."""
        try:
            self.prepare_actors()
        except UsageError as exc:
            self._say(f"warning: {exc}; search uses the shipped actors' names only")

    def close(self) -> None:
        """Store what this call built in the cache (one transaction) and let the index file go."""
        if self._opened is None:
            return
        from .cache import discard, save

        try:
            if self.index.changed:
                layers, keyed = self.index.unsaved()
                staged, docs, retag, shared = self.index.unsaved_rows()
                problem = save(self.index.db, layers, keyed, staged, docs, retag, shared,
                               self.index.unsaved_patches(), self.index.unsaved_purge())
                self.index.saved_rows()
                if problem:
                    self._say(f"warning: {problem}")
        finally:
            discard(self._opened)
            self._opened = None

    def retire(self) -> None:
        """Mark a cache file found damaged so that the next call builds a new one (when it can be written)."""
        from .cache import retire

        if self._opened is not None:
            retire(self._opened)

    def _say(self, message: str) -> None:
        if self._warn is not None:
            self._warn(message)
        else:
            self.notes.append(message)

    def __enter__(self) -> "Desk":
        return self

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        import sqlite3

        if isinstance(exc, (CacheDamaged, sqlite3.DatabaseError)):
            self.retire()
        if kind is KeyboardInterrupt:
            from .cache import discard

            if self._opened is not None:
                discard(self._opened)
                self._opened = None
            return
        self.close()

    # --- questions -----------------------------------------------------------------------

    def documents(self) -> list[Document]:
        """Every document of the corpus, in corpus order."""
        return self._answer(lambda: list(self.index.iter_documents()))

    def document(self, ref: str) -> Document:
        """One document by id or unique id prefix (NotFound, UsageError)."""
        return self._answer(lambda: self.index.resolve_doc(ref))

    def search(self, query: str, limit: int = 10, exact: bool = False, since: str | None = None,
               until: str | None = None, source: str | None = None, actor: str | None = None) -> list[Hit]:
        """Ranked hits for a query (words, "phrases", OR, -word), best first; dates as in `dates.parse_bound`."""
        if limit < 1:
            raise UsageError(f"limit must be a positive number, not {limit}")
        lo, hi = date_range(since, until)
        return self._answer(lambda: self._search(query, limit, exact, lo, hi, source, actor))

    def _search(self, query: str, limit: int, exact: bool, lo: Any, hi: Any, source: str | None,
                actor: str | None) -> list[Hit]:
        from .search import SearchOptions, search

        docs = None
        if actor is not None:
            from .actors import actor_docs_row, find_actor

            self.prepare_actors()
            docs = set(actor_docs_row(self.index, find_actor(self.index, actor).actor).per_doc)
        else:
            self.prepare_actor_names()
        options = SearchOptions(limit=limit, exact=exact, since=lo, until=hi, source=source, docs=docs)
        return search(self.index, query, options)[1]

    def actor(self, name: str, events: bool = True) -> Any:
        """The profile of the actor a name resolves to (actors.ActorProfile), with its dated events; NotFound if none."""
        return self._answer(lambda: self._actor(name, events))

    def _actor(self, name: str, events: bool) -> Any:
        from .actors import lookup_actor
        from .errors import NotFound
        from .timeline import TimelineFilter, timeline

        self.prepare_actors()
        profile = lookup_actor(self.index, name)
        if profile.mentions == 0:
            raise NotFound(f"{profile.actor.name} is a known actor but is not mentioned in this corpus")
        if events:
            profile.events = timeline(self.index, TimelineFilter(actor=profile.actor.id))
        return profile

    def actors(self, kind: str | None = None, min_mentions: int = 1) -> list[Any]:
        """Every actor of the corpus (actors.ActorRow), most mentioned first; UsageError for an unknown kind."""
        if min_mentions < 1:
            raise UsageError(f"min_mentions must be a positive number, not {min_mentions}")
        return self._answer(lambda: self._actors(kind, min_mentions))

    def _actors(self, kind: str | None, min_mentions: int) -> list[Any]:
        from .actors import actor_table, list_actors

        self.prepare_actors()
        if kind is not None:
            kinds = sorted({a.kind for a in actor_table(self.index).actors.values()})
            if kind not in kinds:
                raise UsageError(f"kind {kind!r} is not a kind of actor; choose from {', '.join(kinds)}")
        return list_actors(self.index, kind=kind, min_mentions=min_mentions)

    def timeline(self, since: str | None = None, until: str | None = None, actor: str | None = None,
                 query: str | None = None, doc: str | None = None, limit: int | None = None) -> list[Any]:
        """Dated events (timeline.Event), chronological, reports of one event merged; filters as the arguments say."""
        if limit is not None and limit < 1:
            raise UsageError(f"limit must be a positive number, not {limit}")
        lo, hi = date_range(since, until)
        return self._answer(lambda: self._timeline(lo, hi, actor, query, doc, limit))

    def _timeline(self, lo: Any, hi: Any, actor: str | None, query: str | None, doc: str | None,
                  limit: int | None) -> list[Any]:
        from .actors import find_actor
        from .search import sentence_matcher
        from .timeline import TimelineFilter, timeline_page

        self.prepare_actors()
        keep = TimelineFilter(since=lo, until=hi)
        if actor is not None:
            keep.actor = find_actor(self.index, actor).actor
        if doc is not None:
            keep.doc = self.index.resolve_doc(doc).id
        if query is not None:
            keep.matches = sentence_matcher(self.index, query)
        return timeline_page(self.index, keep, 0, limit)[0]  # only the first `limit` events decoded

    def dates(self, text: str, reference: datetime.date | str | None = None) -> list[TimeExpr]:
        """The temporal expressions of a text, normalised against a reference date (default: today)."""
        from .dates import extract_dates

        return extract_dates(text, _reference(reference))


def _reference(value: datetime.date | str | None) -> datetime.date:
    if value is None:
        return datetime.date.today()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"reference date {value!r} is not of the form YYYY-MM-DD") from None


def _bound(value: str | None, name: str) -> Any:
    if value is None:
        return None
    from .dates import parse_bound

    try:
        return parse_bound(value, datetime.date.today())
    except ValueError as exc:
        raise UsageError(f"{name} {value!r}: {exc}") from None


def date_range(since: str | None, until: str | None, names: tuple[str, str] = ("since", "until")) -> tuple[Any, Any]:
    """Parse since/until into day spans; UsageError (naming `names`) for a bad or reversed range."""
    lo, hi = _bound(since, names[0]), _bound(until, names[1])
    if lo and hi and lo[0] > hi[1]:
        raise UsageError(f"{names[0]} {since!r} is after {names[1]} {until!r}")
    return lo, hi
