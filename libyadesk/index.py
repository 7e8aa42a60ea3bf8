"""CorpusIndex: the one structure every command reads.

`IndexWriter` reads documents one at a time and writes the index into a SQLite database
(store.py): each document with its sentences (as character spans into the cleaned
text), positional token postings for two fields, body and title, flushed in parts so
that a build of 100,000 articles never holds their postings at once, and per-term counts
from which the small layers every search needs (vocabulary, names, document metadata)
are derived.  The same writer adds and removes single documents later (cache.py calls
it for the files that changed), so an index is never rebuilt for one new article.  The
same CorpusIndex then reads that database, row by row, whether it was built a moment ago
or by an earlier call and found in the cache: code that uses an index cannot tell the
two apart.

Features that need more (actor mentions, dated events) attach it as a named *layer*:
`index.layer(name, build)` computes a layer on first use and keeps it, so a search
never pays for actor extraction and every command that does need it shares one
computation.  A *keyed* layer (`set_keyed`, `keyed`) is stored a row per key — the
mentions of one actor, of one document — so that a later call reads only the keys it
asks for.  A *per-document* pass (`per_document`) keeps its result for each document,
so that after a change only the documents that changed are passed again; corpus-wide
layers are then recomputed from those rows.  The index itself knows nothing about
search, actors or timelines — data flows one way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping

from . import fts
from . import layers as L
from .codec import CodecError, decode, encode
from .errors import NotFound, UsageError
from .models import Document, Record, Row, Sentence
from .store import Bounded, Database, Keyed, RowDamaged, StagedKeyed, check, checked, doc_row, layer_rows, read_doc, verified
from .text import split_sentences, tokenize

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any
else:
    Any = object  # a value of any kind, where one is named at run time (codec reads object as Any)

# How many sentences at the top of a document count as its lead (the same lead FTS5 weighs).
LEAD_SENTENCES = fts.LEAD_SENTENCES
# Documents (and their sentences) kept in memory once read: a pass over a corpus stays bounded.
KEEP_DOCUMENTS = 512
# Per-document rows computed in a call wait for its save in a temporary table of the connection
# (SQLite keeps it in a temporary file, behind a page cache of a few MB), written this many at a
# time: what a pass holds is a batch of rows, not every document's (100,000 articles' rows as
# Python objects are gigabytes).  The save copies them into doc_rows in its one transaction.
STAGE_BATCH = 256
# An update corrects a corpus-wide result by the documents passed again, holding their new rows and
# their old ones at once (changed_rows); past this many it sums the result again from every row,
# streamed (a change of the registry that names most documents would otherwise hold them all:
# 8 GB and growing at 100,000 articles).
MOST_CHANGED = 2000
_STAGE_TABLE = ("CREATE TEMP TABLE IF NOT EXISTS staged_rows (layer TEXT NOT NULL, docno INTEGER NOT NULL,"
                " digest TEXT NOT NULL, v TEXT NOT NULL, c INTEGER NOT NULL, PRIMARY KEY (layer, docno))")  # see store.FORMAT 9


# Which documents have a row of a layer, and computed against what: read off the narrow index
# doc_rows_digest (store.SCHEMA), not the rows (at 100,000 articles a layer's rows are gigabytes,
# and an update asks this of four layers: 2.4-5.4 s against 0.3-0.5 s).
DIGESTS_OF_LAYER = "SELECT docno, digest FROM doc_rows WHERE layer = ?"


# CorpusIndex.memo key: (the object last encoded by _encoded_shared, its JSON).
_ENCODED_SHARED = "encoded shared"


class TooManyChanged(Exception):
    """changed_rows: more documents to pass again than an update holds (MOST_CHANGED); sum again."""


class DocStats(Record):
    """What the index keeps of a document besides its text: its sentence boundaries, for everyone.

    (Token counts are the engine's: FTS5 keeps each row's and the totals, see fts.text_tokens.)
    """

    __slots__ = ("spans",)
    _fields = __slots__
    spans: list[tuple[int, int]]  # (start, end) of each sentence

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.spans = [] if spans is None else spans


class DocMeta(Row):
    """What filtering and naming a hit need of a document, without its text."""

    __slots__ = ()
    _fields = ("title", "source", "published")
    title: str | None
    source: str | None
    published: str | None

    def __new__(cls, title: str | None, source: str | None, published: str | None) -> DocMeta:
        return tuple.__new__(cls, (title, source, published))


# What each layer holds, for reading it back (codec.py); other modules declare theirs.
KINDS: dict[str, Any] = {
    L.AVERAGE_LENGTH: float,
    L.NAMES_CHANGED: list[str],
    L.ACTOR_STAMP: str,
    L.TIMELINE_STAMP: str,
}
# More terms than this changing between names and common words at once: the layers kept
# across changes (L.PATCHED_ON_NAME_CHANGES) are built again whole rather than patched.
PATCH_NAMES_LIMIT = 5000
# A term is one of the corpus's names when written capitalised away from a sentence start,
# or capitalised at sentence starts and never in lower case (the columns of `terms`; the
# same condition, on the table named t, in names_of_length).
_IS_NAME = "(named > 0 OR (initial > 0 AND lower <= 0))"


def declare(name: str, kind: Any) -> None:
    """Say what a layer (or each row of a keyed or per-document layer) holds, so that it can be read back."""
    KINDS[name] = kind


def _declare_variant_layers() -> None:
    from .names import VariantTable, _Term

    declare(L.VARIANT_TABLE, VariantTable)
    declare(L.VARIANT_BUCKETS, list[tuple[str, _Term]])
    declare(L.VARIANT_GROUPS, list[tuple[str, _Term]])


_declare_variant_layers()


class Rider(Row):
    """A per-document pass computed inside another one (its carrier) while the document is at hand."""

    __slots__ = ()
    _fields = ("name", "work", "shared")
    name: str
    work: Callable[["CorpusIndex", Document, Any], Any]
    shared: Callable[[Any], Any]  # what it runs against, given what its carrier runs against

    def __new__(cls, name: str, work: Callable[["CorpusIndex", Document, Any], Any],
                shared: Callable[[Any], Any]) -> Rider:
        return tuple.__new__(cls, (name, work, shared))


RIDERS: dict[str, list[Rider]] = {}  # carrier layer -> the passes that ride in it, in the order they run
READS: dict[str, tuple[str, ...]] = {}  # per-document layer -> the other per-document layers its work reads (row_of)


def reads(name: str, *layers: str) -> None:
    """Say that the work of the per-document pass `name` reads the rows of `layers` with index.row_of.

    Rows computed earlier in the same call wait in the parent's staging table, which a worker
    process cannot see: each run of documents is sent the staged rows of these layers for its
    documents.  A worker that reads a staged row it was not sent raises instead of reading a
    stale stored one.
    """
    READS[name] = tuple(layers)


def ride(carrier: str, name: str, work: Callable[["CorpusIndex", Document, Any], Any],
         shared: Callable[[Any], Any] = lambda _: None) -> None:
    """Have the per-document pass `name` computed inside the pass `carrier` for the documents that one
    passes and that have no row of `name` yet.

    A first build then reads each document, makes its sentences and finds its non-prose
    once for several passes, in one round of worker processes.  The rider's work finds the
    carrier's result for the document with index.row_of (and the results of riders before
    it); its rows are kept as if its own pass had computed them (per_document and
    changed_rows do not compute them again).
    """
    riders = RIDERS.setdefault(carrier, [])
    riders[:] = [r for r in riders if r.name != name] + [Rider(name, work, shared)]


class _Docs(Mapping[str, Any]):
    """doc id -> (Document, DocStats), read from the docs table when asked (the latest few kept)."""

    def __init__(self, index: "CorpusIndex") -> None:
        self._index = index
        self._seen: Bounded = Bounded(KEEP_DOCUMENTS)

    def __getitem__(self, doc_id: str) -> tuple[Document, DocStats]:
        found = self._seen.get(doc_id)
        if found is None:
            number = self._index.docno_of(doc_id)
            if number is None:
                raise KeyError(doc_id)
            row = self._index.db.fetch("SELECT docno, doc, stats, c FROM docs WHERE docno = ?", (number,))
            if row is None:
                raise self._index.db.damaged(f"document {doc_id!r} is missing")
            found = self._index._read_doc(row)
            self._seen.put(doc_id, found)
        return found

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self._index.docno_of(doc_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._index.order)

    def __len__(self) -> int:
        return len(self._index.order)

    def remember(self, doc_id: str, value: tuple[Document, DocStats]) -> None:
        self._seen.put(doc_id, value)


class _Part(Mapping[str, Any]):
    """One part (document or stats) of each document."""

    def __init__(self, docs: _Docs, part: int) -> None:
        self._docs = docs
        self._part = part

    def __getitem__(self, key: str) -> Any:
        return self._docs[key][self._part]

    def __contains__(self, key: object) -> bool:
        return key in self._docs

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)


class CorpusIndex:
    """Documents, sentences and positional postings of one corpus, read from its database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # The corpus order and the numbers of all documents are read when first needed: a
        # search names its few hits by id (an index lookup each) and never needs all 100,000.
        self._order: list[str] | None = None
        self._numbers: dict[str, int] | None = None
        self._docs = _Docs(self)
        self.documents: Mapping[str, Document] = _Part(self._docs, 0)
        self.stats: Mapping[str, DocStats] = _Part(self._docs, 1)
        self._layers: dict[str, Any] = {}
        self._keyed: dict[str, Mapping[str, Any]] = {}
        self.new_layers: set[str] = set()
        self.new_keyed: set[str] = set()
        self.new_doc_rows: dict[str, _DocRows] = {}  # what the per-document rows computed in this call were computed against
        # layer -> (digest, numbers of the documents) of the rows computed in this call, waiting in the
        # staging table (STAGE_BATCH) until the save: the rows themselves are not held.
        self.staged: dict[str, tuple[str, set[int]]] = {}
        # In a worker process: the staged rows of the parent that the run at hand may read ({layer: {docno: JSON}}).
        self.shipped: dict[str, dict[int, str]] | None = None
        # A few rows held while one document is worked on (a rider reads its carrier's), or mended in this call.
        self.fresh_rows: dict[str, dict[str, Any]] = {}
        self.largest_stage = 0  # the most rows one write to the staging table held (what a pass holds at once)
        # Per-document layers whose rows of removed documents this call's results took out: the
        # numbers of those documents, or None for every such row (a result summed from every row).
        self.purge: dict[str, frozenset[int] | None] = {}
        self.checked: set[str] = set()  # incremental layers found up to date in this call
        self.memo: dict[str, Any] = {}  # what a layer's builder leaves for later readers in this call (not stored)
        self.healed_docs: dict[str, tuple[Document, DocStats]] = {}  # documents re-read because their row was damaged
        self._sentences: Bounded = Bounded(KEEP_DOCUMENTS)
        self._sentence_tokens: Bounded = Bounded(KEEP_DOCUMENTS)
        self._sentence_starts: Bounded = Bounded(KEEP_DOCUMENTS)
        self._doc_meta: dict[str, DocMeta] | None = None
        self._some_meta: dict[str, DocMeta] = {}  # of the documents looked up by id (metas)
        self._vocabulary: dict[str, int] | None = None
        self._name_vocabulary: dict[str, int] | None = None
        self.patches: dict[str, dict[str, Any]] = {}  # keyed layer -> {key: new value, or None to remove}
        self._positions: dict[str, int] | None = None
        # Told (label, done, total) as a long pass over the documents goes; the caller decides what to show.
        self.progress: Callable[[str, int, int], None] | None = None
        # Told each problem met and mended (a damaged row rebuilt), once; kept in `notes` when nobody listens.
        self.warn: Callable[[str], None] | None = None
        self.notes: list[str] = []

    @property
    def order(self) -> list[str]:
        """Doc ids in corpus order."""
        if self._order is None:
            rows = self.db.fetch_all("SELECT docno, id FROM docs ORDER BY pos")
            self._order = [doc_id for _, doc_id in rows]
            self._numbers = {doc_id: docno for docno, doc_id in rows}
        return self._order

    @property
    def doc_numbers(self) -> dict[str, int]:
        """doc id -> its number (docno) in the tables."""
        if self._numbers is None:
            self.order  # noqa: B018 - reads both
        assert self._numbers is not None
        return self._numbers

    def documents_key(self) -> str:
        """A short key of which documents the index holds: their count and numbers (never given twice)."""
        count, low, high, total = self.db.fetch("SELECT count(*), min(docno), max(docno), total(docno) FROM docs")
        return f"{count}:{low}:{high}:{int(total)}"

    def stamped(self, name: str) -> bool:
        """Whether the stamp `name` (layers.ACTOR_STAMP, TIMELINE_STAMP) was written for the documents the index holds."""
        return self.has_layer(name) and self._layers[name] == self.documents_key()

    def stamp(self, name: str) -> None:
        """Write the stamp `name` for the documents the index holds (saved with the call's layers)."""
        self.set_layer(name, self.documents_key())

    def docno_of(self, doc_id: str) -> int | None:
        """The number of a document (None if there is none), without reading every id."""
        if self._numbers is not None:
            return self._numbers.get(doc_id)
        row = self.db.fetch("SELECT docno FROM docs WHERE id = ?", (doc_id,))
        return row[0] if row is not None else None

    def note(self, message: str) -> None:
        """Report a problem that was mended, once."""
        if message in self.notes:
            return
        self.notes.append(message)
        if self.warn is not None:
            self.warn(message)

    @property
    def changed(self) -> bool:
        """Whether this call built layers that are not stored yet."""
        return bool(self.new_layers or self.new_keyed or self.new_doc_rows or self.healed_docs or self.patches
                    or self.purge)

    def unsaved(self) -> tuple[dict[str, Any], dict[str, Mapping[str, Any]]]:
        """The layers and keyed layers built in this call, and forget that they are new."""
        layers = {n: self._layers[n] for n in sorted(self.new_layers)}
        layers.update({f"keyed:{n}": len(self._keyed[n]) for n in sorted(self.new_keyed)})
        keyed = {n: self._keyed[n] for n in sorted(self.new_keyed)}
        if any(n in L.PATCHED_ON_NAME_CHANGES for n in self.new_keyed):
            layers[L.NAMES_CHANGED] = []  # built from the names as they are now: nothing left to apply
        self.new_layers.clear()
        self.new_keyed.clear()
        return layers, keyed

    def unsaved_patches(self) -> dict[str, dict[str, Any]]:
        """Rows of stored keyed layers changed in this call ({layer: {key: value or None}}), and forget them."""
        patches, self.patches = self.patches, {}
        return patches

    def changed_names(self) -> list[str]:
        """Terms that became names or stopped being names since the layers in L.PATCHED_ON_NAME_CHANGES were built."""
        if not self.has_layer(L.NAMES_CHANGED):
            return []
        return self._layers[L.NAMES_CHANGED]

    def patch_keyed(self, name: str, rows: Mapping[str, Any]) -> None:
        """Change some rows of a stored keyed layer ({key: value, or None to remove it}), kept and saved with the call.

        Patching a layer of L.PATCHED_ON_NAME_CHANGES applies every changed name at once:
        the list of them is emptied when the patch is saved.
        """
        self.patches.setdefault(name, {}).update(rows)
        if name in self._keyed and not isinstance(self._keyed[name], _Patched):
            self._keyed[name] = _Patched(self._keyed[name], self.patches[name])
        if name in L.PATCHED_ON_NAME_CHANGES:
            self._layers[L.NAMES_CHANGED] = []
            self.new_layers.add(L.NAMES_CHANGED)

    def name_variants(self) -> Any:
        """A names.VariantIndex over the names of the corpus, kept as rows and brought up to date with the names changed since.

        Search expands a query word with it; the actor layer finds with it the documents that
        may write a changed actor's name as a spelling variant.  Stored as rows: a lookup reads
        the two or three it needs, not every name.
        """
        from .names import VariantIndex, load_variant_table

        # The table is a layer too, so a user's variants.toml (set by the caller) is used and cached.
        table = self.layer(L.VARIANT_TABLE, lambda ix: load_variant_table())

        def build(ix: CorpusIndex) -> None:
            built = VariantIndex(ix.name_vocabulary, table)
            ix.set_keyed(L.VARIANT_BUCKETS, built.buckets)
            ix.set_keyed(L.VARIANT_GROUPS, built.groups)

        buckets, groups = self.keyed(L.VARIANT_BUCKETS, build), self.keyed(L.VARIANT_GROUPS, build)
        changed = self.changed_names() if L.VARIANT_BUCKETS not in self.new_keyed else []
        if changed:
            # Articles were added or removed since the rows were built: rewrite only the
            # rows of the terms that became, or stopped being, names.
            new_buckets, new_groups = VariantIndex.patch(table, buckets, groups, changed, self.is_name(changed))
            self.patch_keyed(L.VARIANT_BUCKETS, new_buckets)
            self.patch_keyed(L.VARIANT_GROUPS, new_groups)
            buckets, groups = self.keyed(L.VARIANT_BUCKETS), self.keyed(L.VARIANT_GROUPS)
        return VariantIndex.stored(table, buckets, groups)

    def holds(self, term: str) -> bool:
        """Whether a document of the corpus holds the term (in its text or title), by the term counts."""
        return self.db.fetch("SELECT 1 FROM terms WHERE term = ? AND (body > 0 OR title > 0)", (term,)) is not None

    def is_name(self, terms: Iterable[str]) -> set[str]:
        """Which of the terms are names of the corpus now (see name_vocabulary)."""
        return _names_among(self.db, list(terms))

    def names_of_length(self, low: int, high: int) -> list[str]:
        """The corpus's names between `low` and `high` letters long (a pool for typos of a name)."""
        return [t for (t,) in self.db.fetch_all(
            "SELECT f.term FROM fts_terms f JOIN terms t ON t.term = f.term WHERE f.length BETWEEN ? AND ?"
            " AND (t.body > 0 OR t.title > 0) AND (t.named > 0 OR (t.initial > 0 AND t.lower <= 0))", (low, high))]

    def unsaved_rows(self) -> tuple[bool, list[tuple], list[tuple], dict[str, str]]:
        """What this call computed per document, and forget it (the staged rows stay until `saved_rows`).

        (whether rows wait in the staging table, re-read docs rows, (layer, old digest, new
        digest) of rows kept under a new digest, meta values naming what each layer was
        computed against).
        """
        retag, meta = [], {}
        for name, rows in sorted(self.new_doc_rows.items()):
            retag += [(name, old, rows.digest) for old in rows.retag]
            if rows.shared is not None:
                meta[f"shared:{name}"] = rows.shared
            meta[f"stamps:{name}"] = encode(list(rows.stamps))
        docs = [doc_row(number, self.db.fetch("SELECT pos FROM docs WHERE docno = ?", (number,))[0], doc, stats)
                for doc_id, (doc, stats) in self.healed_docs.items() for number in (self.doc_numbers[doc_id],)]
        self.new_doc_rows.clear()
        self.healed_docs.clear()
        return bool(self.staged), docs, retag, meta

    def saved_rows(self) -> None:
        """Forget the staged rows (the save copied them into doc_rows, or gave up)."""
        if self.staged:
            self.staged.clear()
            self.db.connection.execute("DROP TABLE IF EXISTS temp.staged_rows")

    # --- rows computed in this call, staged until the save ---------------------------------

    def _clear_stage(self, name: str, digest: str) -> None:
        """Make room for rows of `name` computed against `digest`: staged rows of another digest go."""
        found = self.staged.get(name)
        if found is not None and found[0] != digest:
            self.db.connection.execute("DELETE FROM temp.staged_rows WHERE layer = ?", (name,))
            del self.staged[name]

    def _stage(self, rows: list[tuple[str, int, str, str]]) -> None:
        """Write rows (layer, docno, digest, JSON) to the staging table (one batch; _clear_stage first)."""
        if not rows:
            return
        connection = self.db.connection
        if not self.staged:
            connection.execute(_STAGE_TABLE)
        self.largest_stage = max(self.largest_stage, len(rows))
        connection.executemany("INSERT OR REPLACE INTO temp.staged_rows VALUES (?, ?, ?, ?, ?)",
                               ((name, n, digest, text, check(f"{name}/{n}", text)) for name, n, digest, text in rows))
        for name, n, digest, _ in rows:
            self.staged.setdefault(name, (digest, set()))[1].add(n)

    def _staged_under(self, name: str, digest: str) -> set[int]:
        """The documents (numbers) whose rows of `name` were computed in this call against `digest`."""
        found = self.staged.get(name)
        return found[1] if found is not None and found[0] == digest else set()

    def _staged_text(self, name: str, docno: int) -> str | None:
        """The JSON of a row computed in this call (None if there is none)."""
        if self.shipped is not None:
            sent = self.shipped.get(name)
            if sent is not None and docno in sent:
                return sent[docno]
            found = self.staged.get(name)
            if found is not None and docno in found[1]:
                raise RuntimeError(f"a worker read row {name}/{docno} of this call, not sent to it (declare index.reads)")
            return None
        found = self.staged.get(name)
        if found is None or docno not in found[1]:
            return None
        row = self.db.fetch("SELECT v FROM temp.staged_rows WHERE layer = ? AND docno = ?", (name, docno))
        return row[0] if row is not None else None

    def staged_for(self, layers: Iterable[str], docnos: Iterable[int]) -> dict[str, dict[int, str]]:
        """The staged rows of some layers for some documents, as JSON: what a worker's run is sent (see reads)."""
        out: dict[str, dict[int, str]] = {}
        numbers = list(docnos)
        for name in layers:
            found = self.staged.get(name)
            if found is None:
                continue
            wanted = [n for n in numbers if n in found[1]]
            rows = out.setdefault(name, {})
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                rows.update(self.db.fetch_all(f"SELECT docno, v FROM temp.staged_rows WHERE layer = ? AND docno IN"
                                              f" ({', '.join('?' * len(chunk))})", (name, *chunk)))
        return out

    def consumed(self, name: str, docnos: frozenset[int] | None) -> None:
        """The rows of `name` of the removed documents `docnos` (None: of every removed document)
        were taken out of the results this call built: the save deletes them."""
        if name in self.purge and (self.purge[name] is None or docnos is None):
            self.purge[name] = None
        else:
            self.purge[name] = self.purge.get(name, frozenset()) | (docnos or frozenset())

    def unsaved_purge(self) -> dict[str, frozenset[int] | None]:
        """What `consumed` was told (layer -> document numbers, or None for all); and forget it."""
        purge = dict(sorted(self.purge.items()))
        self.purge.clear()
        return purge

    # The vocabulary, the names and the documents' metadata are read off the tables when
    # first asked for, not kept as layers: a changed article then changes a row of each
    # table, and nothing corpus-wide is derived again (the next call pays only for what it reads).

    @property
    def vocabulary(self) -> dict[str, int]:
        """Document frequency of every body and title term."""
        if self._vocabulary is None:
            self._vocabulary = {term: body if body > 0 else title for term, body, title
                                in self.db.stream("SELECT term, body, title FROM terms WHERE body > 0 OR title > 0")}
        return self._vocabulary

    @property
    def name_vocabulary(self) -> dict[str, int]:
        """The names of the corpus: terms written capitalised where a common word would not be."""
        if self._name_vocabulary is None:
            self._name_vocabulary = {term: body if body > 0 else title for term, body, title in self.db.stream(
                f"SELECT term, body, title FROM terms WHERE (body > 0 OR title > 0) AND {_IS_NAME}")}
        return self._name_vocabulary

    def written_lower(self, term: str) -> bool:
        """Whether some document writes the term in lower case: a word, not only a name or an acronym ("us" and "US")."""
        row = self.db.connection.execute("SELECT lower FROM terms WHERE term = ?", (term,)).fetchone()
        return bool(row and row[0] > 0)

    @property
    def doc_meta(self) -> dict[str, DocMeta]:
        """Title, outlet and date of every document, in corpus order, read from an index of the docs table (no texts)."""
        if self._doc_meta is None:
            self._doc_meta = {doc_id: DocMeta(*fields) for doc_id, *fields in self.db.stream(
                "SELECT id, title, source, published FROM docs ORDER BY pos")}
        return self._doc_meta

    def metas(self, doc_ids: Iterable[str]) -> dict[str, DocMeta]:
        """Title, outlet and date of some documents, each looked up by its id (kept for the call): a
        profile names a few of an actor's tens of thousands of documents and needs no more; KeyError
        for an id the index does not hold."""
        ids = list(dict.fromkeys(doc_ids))
        if self._doc_meta is not None:
            return {doc_id: self._doc_meta[doc_id] for doc_id in ids}
        wanted = [doc_id for doc_id in ids if doc_id not in self._some_meta]
        for i in range(0, len(wanted), 500):
            part = tuple(wanted[i:i + 500])
            for doc_id, *fields in self.db.fetch_all(
                    f"SELECT id, title, source, published FROM docs WHERE id IN ({', '.join('?' * len(part))})", part):
                self._some_meta[doc_id] = DocMeta(*fields)
        return {doc_id: self._some_meta[doc_id] for doc_id in ids}

    def ids_by_date(self) -> Iterator[tuple[str | None, str]]:
        """(date, id) of every document by date of publication, undated last, corpus order on a tie,
        read as far as the caller goes: along the docs_published index where the file has it (a file
        written before it was added has SQLite order the (date, place, id) of every document first)."""
        yield from self.db.stream("SELECT published, id FROM docs WHERE published IS NOT NULL ORDER BY published, pos")
        yield from self.db.stream("SELECT published, id FROM docs WHERE published IS NULL ORDER BY pos")

    @property
    def doc_positions(self) -> dict[str, int]:
        """Each document's place in corpus order: derived from the order, so kept, not stored."""
        if self._positions is None:
            self._positions = {doc_id: i for i, doc_id in enumerate(self.order)}
        return self._positions

    @property
    def average_length(self) -> float:
        """Mean document length in tokens."""
        return self.layer(L.AVERAGE_LENGTH)

    def _read_doc(self, row: tuple) -> tuple[Document, DocStats]:
        """A docs row decoded; a damaged one is read again from its file, with one warning."""
        try:
            return read_doc(row, Document, DocStats)
        except RowDamaged as exc:
            return self._heal_doc(row[0], exc)

    def _heal_doc(self, docno: int, why: Exception) -> tuple[Document, DocStats]:
        from .corpus import parse_document, read_article
        from pathlib import Path

        import os

        found = self.db.fetch("SELECT path, id FROM files WHERE docno = ?", (docno,))
        doc = None
        if found is not None:
            found = (os.fsdecode(found[0]), found[1])
            data, _ = read_article(Path(found[0]))
            doc = parse_document(found[1], found[0], data)[0] if data is not None else None
        if doc is None or self.doc_numbers.get(doc.id) != docno:
            raise self.db.damaged(why)
        stats = index_document(doc)
        self.note(f"warning: cache file {self.db.path}: a stored document was damaged ({why}); read {found[0]} again")
        self.healed_docs[doc.id] = (doc, stats)
        return doc, stats

    def iter_documents(self, start: int = 0, stop: int | None = None) -> Iterator[Document]:
        """The documents in corpus order (all, or the start-th to the (stop-1)-th), read in one pass.

        A few are kept for the sentences and tokens asked for next, not all.
        """
        # Places are order keys, not numbers: the n-th documents are counted along the docs_pos index.
        sql = "SELECT docno, doc, stats, c FROM docs ORDER BY pos LIMIT ? OFFSET ?"
        for row in self.db.stream(sql, (stop - start if stop is not None else -1, start)):
            doc, stats = self._read_doc(row)
            self._docs.remember(doc.id, (doc, stats))
            yield doc

    def documents_of(self, doc_ids: Iterable[str]) -> Iterator[Document]:
        """The given documents, one at a time."""
        for doc_id in doc_ids:
            yield self.documents[doc_id]

    def doc_sentences(self, doc_id: str) -> list[Sentence]:
        """The sentences of one document, in order."""
        sentences = self._sentences.get(doc_id)
        if sentences is None:
            text = self.documents[doc_id].text
            sentences = [Sentence(doc_id, i, s, e, text[s:e]) for i, (s, e) in enumerate(self.stats[doc_id].spans)]
            self._sentences.put(doc_id, sentences)
        return sentences

    def sentence_starts(self, doc_id: str) -> list[int]:
        """The position (in tokens) of the first token of each sentence of a document (tokenized when asked)."""
        starts = self._sentence_starts.get(doc_id)
        if starts is None:
            starts, count = [], 0
            for sentence in self.doc_sentences(doc_id):
                starts.append(count)
                count += len(tokenize(sentence.text))
            self._sentence_starts.put(doc_id, starts)
        return starts

    def sentence_at(self, doc_id: str, position: int) -> Sentence:
        """The sentence that holds the token at `position` of a document."""
        starts = self.sentence_starts(doc_id)
        return self.doc_sentences(doc_id)[max(bisect_right(starts, position) - 1, 0)]

    def token_at(self, doc_id: str, position: int) -> tuple[str, int, int]:
        """(term, start, end) of the token at `position` of a document, tokenizing only its sentence."""
        starts = self.sentence_starts(doc_id)
        number = max(bisect_right(starts, position) - 1, 0)
        key = (doc_id, number)
        tokens = self._sentence_tokens.get(key)
        if tokens is None:
            sentence = self.doc_sentences(doc_id)[number]
            tokens = [(t.term, t.start + sentence.start, t.end + sentence.start) for t in tokenize(sentence.text)]
            self._sentence_tokens.put(key, tokens)
        return tokens[position - starts[number]]

    def layer(self, name: str, build: Callable[["CorpusIndex"], Any] | None = None) -> Any:
        """Return the named derived layer: kept, else stored by an earlier call, else built now.

        `build(index)` returns the layer, or (a builder of several layers at once) puts it
        in place itself with set_layer/set_keyed.  Without a builder a missing layer is an
        error: the index build writes it.  A stored layer that does not read back is built
        again, with one warning.
        """
        if not self.has_layer(name):
            if build is None:
                raise LookupError(f"layer {name!r} is missing: the index was not made by build_index")
            value = build(self)
            if name not in self._layers:
                self.set_layer(name, value)
        return self._layers[name]

    def set_layer(self, name: str, value: Any) -> None:
        """Put a layer in place (e.g. a user's actor registry) so that it is kept and cached."""
        self._layers[name] = value
        self.new_layers.add(name)

    def has_layer(self, name: str) -> bool:
        """Whether a layer is kept or stored, without building it (a stored one is kept once read)."""
        if name not in self._layers:
            try:
                stored = self.db.load_layer(name, KINDS.get(name, Any))
            except RowDamaged as exc:
                if name in L.BUILT_BY_INDEX:
                    raise self.db.damaged(exc) from None
                self.note(f"warning: cache file {self.db.path}: layer {name!r} was damaged ({exc}); built again")
                stored = None
            if stored is not None:
                self._layers[name] = stored
        return name in self._layers

    def set_keyed(self, name: str, values: Mapping[str, Any]) -> None:
        """Put a keyed layer in place: stored a row per key, so a later call reads only the keys it needs."""
        self._keyed[name] = values
        self.new_keyed.add(name)
        self.patches.pop(name, None)  # written whole

    def staged_keyed(self, name: str) -> StagedKeyed:
        """Put in place a keyed layer whose rows the caller adds as JSON (StagedKeyed.put): they wait in
        the staging table until the save, so a layer of the whole corpus is not held in memory."""
        rows = StagedKeyed(self.db, name, KINDS.get(name, Any))
        self.set_keyed(name, rows)
        return rows

    def update_keyed(self, name: str, changes: Mapping[str, Any]) -> None:
        """Replace some rows of a keyed layer (a value of None removes the row): only those are written back."""
        if name in self.new_keyed:
            rows = self._keyed[name]
            if isinstance(rows, StagedKeyed):
                rows.put((key, None if value is None else encode(value)) for key, value in changes.items())
                return
            assert isinstance(rows, dict)
            for key, value in changes.items():
                if value is None:
                    rows.pop(key, None)
                else:
                    rows[key] = value
            return
        if name not in self._keyed:
            self.keyed(name)  # read through the patch from now on
        self.patch_keyed(name, changes)

    def keyed_row(self, name: str, key: str) -> Any:
        """One row of a stored keyed layer, as changed in this call (None if there is none); raise RowDamaged."""
        changed = self.patches.get(name)
        if changed is not None and key in changed:
            return changed[key]
        rows = self._keyed.get(name)
        if isinstance(rows, StagedKeyed):
            return rows.get(key)
        return Keyed(self.db, name, KINDS.get(name, Any), 1).get(key)

    def keyed_text(self, name: str, key: str) -> str | None:
        """The JSON of one stored row of a keyed layer, its checksum verified, for a reader that decodes
        only the part it needs; None where there is none to read (no row, or the layer or the row was
        written in this call: keyed_row gives those); raise RowDamaged."""
        if name in self.new_keyed or key in self.patches.get(name, {}):
            return None
        row = self.db.fetch("SELECT v, c FROM keyed WHERE layer = ? AND k = ?", (name, key))
        return None if row is None else checked(f"{name}/{key}", row[0], row[1])

    def keyed_prefix(self, name: str, prefix: str) -> list[tuple[str, Any]]:
        """The rows of a keyed layer whose keys start with `prefix`, by key (kept or changed in this call, else stored)."""
        rows = self._keyed.get(name)
        if isinstance(rows, dict):
            return sorted((k, v) for k, v in rows.items() if k.startswith(prefix))
        if isinstance(rows, StagedKeyed):
            return rows.prefix(prefix)
        found: dict[str, Any] = {}
        kind = KINDS.get(name, Any)
        for key, text, crc in self.db.stream("SELECT k, v, c FROM keyed WHERE layer = ? AND k >= ? AND k < ?",
                                             (name, prefix, prefix + "\U0010ffff")):
            try:
                found[key] = verified(f"{name}/{key}", kind, text, crc)
            except CodecError as exc:
                raise self.db.damaged(exc) from None
        if isinstance(rows, _Patched):
            for key, value in rows._changes.items():
                if key.startswith(prefix):
                    if value is None:
                        found.pop(key, None)
                    else:
                        found[key] = value
        return sorted(found.items())

    def keyed(self, name: str, build: Callable[["CorpusIndex"], Any] | None = None) -> Mapping[str, Any] | None:
        """A keyed layer (rows read when asked for): kept, else stored, else put in place by
        `build(index)` (which sets it with set_keyed); None if it is neither and there is no builder."""
        if name not in self._keyed:
            if self.db.has_keyed(name):
                self._keyed[name] = _Healing(self, name, build)
            elif build is not None:
                build(self)
        return self._keyed.get(name)

    def _validity(self, name: str, shared: Any, affected: Callable[[str], set[str] | None] | None) -> "_Validity":
        """Which stored rows of a per-document layer still hold against `shared` (see per_document)."""
        shared_text = self._encoded_shared(shared)
        digest = _digest(shared_text)
        redo: set[int] | None = None  # documents whose rows of the previous digest cannot be kept
        previous = self.db.fetch("SELECT v FROM meta WHERE k = ?", (f"shared:{name}",))
        previous_digest = _digest(previous[0]) if previous is not None else None
        kept: tuple[str, ...] = (previous_digest,) if previous_digest is not None else ()
        if previous_digest is not None:
            try:
                kept = tuple(self.db.meta(f"stamps:{name}", list[str]) or kept)
            except (RowDamaged, CodecError):
                pass  # a damaged list: the rows of the last digest only
        if previous is not None and previous_digest != digest and affected is not None:
            asked = f"affected\t{name}\t{previous_digest}\t{digest}"  # asked again when an update sums again
            if asked in self.memo:
                named = self.memo[asked]
            else:
                try:
                    named = affected(previous[0])
                except CodecError:
                    named = None
                self.memo[asked] = named
            if named is not None:
                numbers = self.doc_numbers
                redo = {numbers[d] for d in named if d in numbers}
        return _Validity(shared_text, digest, previous_digest, redo, kept)

    def shared_digest(self, shared: Any = None, text: str | None = None) -> str:
        """The digest that per-document rows computed against `shared` (or its JSON `text`, as the
        meta row `shared:LAYER` keeps it) carry: see per_document."""
        return _digest(self._encoded_shared(shared) if text is None else text)

    def _encoded_shared(self, shared: Any) -> str:
        """The JSON of what rows are computed against, made once per object in a call: the actor layer
        and the timeline check their rows against one registry (20 MB of JSON at 100,000 articles)."""
        if shared is None:
            return ""
        found = self.memo.get(_ENCODED_SHARED)
        if found is None or found[0] is not shared:
            found = self.memo[_ENCODED_SHARED] = (shared, encode(shared))
        return found[1]

    def per_document(self, name: str, work: Callable[["CorpusIndex", Document, Any], Any], shared: Any = None,
                     label: str = "", affected: Callable[[str], set[str] | None] | None = None
                     ) -> Iterator[tuple[str, Any]]:
        """(doc id, work(index, document, shared)) for every document in corpus order, each computed once.

        A document's result is stored with a digest of `shared` (what it was computed
        against, e.g. the registry): a later call, or the same call after other files
        changed, passes only the documents that have no row for that digest.  When `shared`
        changed, `affected(the previous shared, as JSON)` may name the documents the change
        can alter (None: all); the rows of the others are kept.
        """
        from .parallel import map_documents

        v = self._validity(name, shared, affected)
        kind = KINDS.get(name, Any)
        numbers = self.doc_numbers
        # Which stored rows hold (their checksums verified here, a C loop); they are decoded one at a
        # time as they are yielded, not all held.
        held: set[int] = set()
        damaged = 0
        for docno, row_digest, text, crc in self.db.stream("SELECT docno, digest, v, c FROM doc_rows WHERE layer = ?",
                                                           (name,)):
            if v.holds(docno, row_digest):
                if check(f"{name}/{docno}", text) == crc:
                    held.add(docno)
                else:
                    damaged += 1
        if damaged:
            self.note(f"warning: cache file {self.db.path}: {damaged} rows of {name!r} were damaged; built again")
        ridden = self._staged_under(name, v.digest)
        missing = [doc_id for doc_id in self.order if numbers[doc_id] not in held and numbers[doc_id] not in ridden]
        computed: Iterator[tuple[str, Any]] = iter(())
        riders: list[tuple[Rider, _Validity, frozenset[str]]] = []
        if missing:
            riders = self._riders(name, shared, v, missing)
            self._clear_stage(name, v.digest)
            for rider, rider_validity, _ in riders:
                self._clear_stage(rider.name, rider_validity.digest)
            # Encoded where computed (in the workers, when forked), and before the caller can
            # change the values it is given (discoveries are merged in place).
            computed = map_documents(self, _encoded, (work, shared, name, riders), label,
                                     missing if len(missing) < len(self.order) else None,
                                     reads=READS.get(name, ()))
        stored = self.db.stream("SELECT d.docno, r.v FROM docs d JOIN doc_rows r ON r.layer = ? AND r.docno = d.docno"
                                " ORDER BY d.pos", (name,))
        batch: list[tuple[str, int, str, str]] = []
        for doc_id in self.order:
            number = numbers[doc_id]
            text = None
            if number in held:
                for docno, stored_text in stored:
                    if docno == number:
                        text = stored_text
                        break
            elif number in ridden:
                text = self._staged_text(name, number)
            if text is not None:
                try:
                    value = decode(text, kind)
                except CodecError:
                    # A row that verifies but does not decode: computed again here, once.
                    self.note(f"warning: cache file {self.db.path}: a row of {name!r} was damaged; built again")
                    value = work(self, self.documents[doc_id], shared)
                    batch.append((name, number, v.digest, encode(value)))
            else:
                found_id, (value, text, more) = next(computed)
                assert found_id == doc_id
                batch.append((name, number, v.digest, text))
                for rider, rider_validity, _ in riders:
                    if rider.name in more:
                        batch.append((rider.name, number, rider_validity.digest, more[rider.name]))
            if len(batch) >= STAGE_BATCH:
                self._stage(batch)
                batch = []
            yield doc_id, value
        assert next(computed, None) is None  # and the pass ends (its progress is reported, its workers stop)
        self._stage(batch)
        for rider, rider_validity, _ in riders:
            self._note_rows(rider.name, rider_validity)
        if missing or v.previous != v.digest:
            self._note_rows(name, v)

    def _riders(self, name: str, shared: Any, v: "_Validity", passed: list[str]
                ) -> list[tuple[Rider, "_Validity", frozenset[str]]]:
        """The passes riding in `name` (ride), each with its validity and the documents passed now that need a row of it."""
        out = []
        numbers = self.doc_numbers
        for rider in RIDERS.get(name, ()):
            rider_shared = rider.shared(shared)
            rv = v if rider_shared is shared else self._validity(rider.name, rider_shared, None)
            held = {docno for docno, row_digest in self.db.stream(
                DIGESTS_OF_LAYER, (rider.name,)) if rv.holds(docno, row_digest)}
            ridden = self._staged_under(rider.name, rv.digest)
            wanted = frozenset(d for d in passed if numbers[d] not in held and numbers[d] not in ridden)
            if wanted:
                out.append((rider, rv, wanted))
        return out

    def _note_rows(self, name: str, v: "_Validity") -> None:
        """Note what the rows of `name` computed in this call (staged) were computed against, for the save."""
        before = self.new_doc_rows.get(name)
        shared = v.shared_text if v.previous != v.digest else None
        stamps, retag = v.after()  # the latest pass's: a rider's validity knows no affected documents
        if before is not None and before.digest == v.digest:
            shared = shared if shared is not None else before.shared
        self.new_doc_rows[name] = _DocRows(v.digest, shared, stamps, retag)

    def changed_rows(self, name: str, work: Callable[["CorpusIndex", Document, Any], Any], shared: Any = None,
                     label: str = "", affected: Callable[[str], set[str] | None] | None = None,
                     values: bool = True, bounded: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
        """Like `per_document`, but only the documents passed now: ({doc id: result}, {doc id: the result
        its stored row held before, for those that had one}); the other rows are not read.
        `values=False` only makes the rows (staged for the save) and returns ({}, the old rows).
        `bounded`: raise TooManyChanged, before reading or computing a row, when more than
        MOST_CHANGED documents are to be passed again.

        This is what keeps a corpus-wide result up to date after a change: it is corrected
        by the documents passed again, not computed again from every row.
        """
        from .parallel import map_documents

        v = self._validity(name, shared, affected)
        kind = KINDS.get(name, Any)
        numbers = self.doc_numbers
        valid: set[int] = set()
        other: set[int] = set()
        for docno, row_digest in self.db.stream(DIGESTS_OF_LAYER, (name,)):
            if v.holds(docno, row_digest):
                valid.add(docno)
            else:
                other.add(docno)
        missing = [doc_id for doc_id in self.order if numbers[doc_id] not in valid]
        if bounded and len(missing) > MOST_CHANGED:
            raise TooManyChanged(f"{len(missing)} documents of {name!r} to pass again")
        old: dict[str, Any] = {}
        for doc_id in missing:
            if numbers[doc_id] in other:
                old[doc_id] = self._doc_row(name, numbers[doc_id], kind)  # RowDamaged: the caller sums again
        # Rows that riders computed in this call (ride) count as passed now, and are not computed again.
        ridden = self._staged_under(name, v.digest)
        computed: dict[str, Any] = {}
        if values:
            for doc_id in missing:
                if numbers[doc_id] in ridden:
                    computed[doc_id] = decode(self._staged_text(name, numbers[doc_id]) or "null", kind)
        to_pass = [d for d in missing if numbers[d] not in ridden]
        if to_pass:
            self._clear_stage(name, v.digest)
            batch: list[tuple[str, int, str, str]] = []
            for doc_id, (value, text, _) in map_documents(self, _encoded, (work, shared, name, []), label,
                                                          to_pass if len(to_pass) < len(self.order) else None,
                                                          reads=READS.get(name, ())):
                batch.append((name, numbers[doc_id], v.digest, text))
                if values:
                    computed[doc_id] = value
                if len(batch) >= STAGE_BATCH:
                    self._stage(batch)
                    batch = []
            self._stage(batch)
        if missing or v.previous != v.digest:
            self._note_rows(name, v)
        return computed, old

    def row_changes(self, name: str, covered: Mapping[int, str], new: Mapping[str, Any], old: Mapping[str, Any]
                    ) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]] | None:
        """What a corpus-wide result summed from the rows of `name` over the documents `covered`
        (number → id) must take out and put in, given what changed_rows returned (new, old):
        (minus, plus) as (doc id, row) pairs, a row None for a document without one; None when a
        row to take out is not there any more (the caller sums again)."""
        numbers = self.doc_numbers
        current = set(numbers.values())
        gone = [n for n in covered if n not in current]
        retired = self.retired_rows(name, gone)
        minus: list[tuple[str, Any]] = []
        for n in gone:
            if n not in retired:
                return None
            minus.append((covered[n], retired[n]))
        plus: list[tuple[str, Any]] = []
        for doc_id in self.order:
            number = numbers[doc_id]
            if number in covered and doc_id not in new:
                continue
            row = new[doc_id] if doc_id in new else self.row_of(name, doc_id)
            if number in covered:
                if doc_id not in old or old[doc_id] is None:
                    return None
                if old[doc_id] == row:
                    continue  # passed again against a changed `shared`, and found the same
                minus.append((doc_id, old[doc_id]))
            plus.append((doc_id, row))
        return minus, plus

    def _stored_text(self, name: str, docno: int) -> str | None:
        """The JSON of the stored row of a per-document layer for one document number, its checksum
        verified (None if there is none); raise RowDamaged."""
        row = self.db.fetch("SELECT v, c FROM doc_rows WHERE layer = ? AND docno = ?", (name, docno))
        return None if row is None else checked(f"{name}/{docno}", row[0], row[1])

    def _doc_row(self, name: str, docno: int, kind: Any) -> Any:
        """The stored row of a per-document layer for one document number (None if there is none)."""
        text = self._stored_text(name, docno)
        return None if text is None else _decoded_row(name, docno, text, kind)

    def row_of(self, name: str, doc_id: str) -> Any:
        """One document's row of a per-document layer: computed in this call, else stored (None if neither);
        raise RowDamaged when the stored row does not read back."""
        fresh = self.fresh_rows.get(name)
        if fresh is not None and doc_id in fresh:
            return fresh[doc_id]
        number = self.docno_of(doc_id)  # not the map of every document: a reader asks for a few rows
        if number is None:
            return None
        text = self._staged_text(name, number)
        if text is not None:
            return decode(text, KINDS.get(name, Any))
        return self._doc_row(name, number, KINDS.get(name, Any))

    def row_text(self, name: str, doc_id: str) -> str | None:
        """The JSON of one document's stored or staged row of a per-document layer, its checksum
        verified, for a reader that decodes only the part it needs; None where there is no such text
        (no row, or one computed in this call and held as a value: row_of gives that); raise RowDamaged."""
        fresh = self.fresh_rows.get(name)
        if fresh is not None and doc_id in fresh:
            return None
        number = self.doc_numbers.get(doc_id)
        if number is None:
            return None
        text = self._staged_text(name, number)
        return text if text is not None else self._stored_text(name, number)

    def retired_rows(self, name: str, docnos: Iterable[int]) -> dict[int, Any]:
        """The rows of a per-document layer of the removed documents `docnos` that are still kept, by
        number (IndexWriter.remove keeps them while a corpus-wide result built from them is stored;
        see L.RETIRED); raise RowDamaged."""
        out: dict[int, Any] = {}
        kind = KINDS.get(name, Any)
        for docno in docnos:
            text = self._stored_text(name, docno)
            if text is not None:
                out[docno] = _decoded_row(name, docno, text, kind)
        return out

    def resolve_doc(self, ref: str) -> Document:
        """Find a document by id or unique id prefix; raise NotFound or UsageError."""
        if ref in self.documents:
            return self.documents[ref]
        matches = [doc_id for doc_id in self.documents if doc_id.startswith(ref)]
        if len(matches) == 1:
            return self.documents[matches[0]]
        if not matches:
            raise NotFound(f"no document with id {ref!r}; 'libyadesk docs' lists them")
        shown = ", ".join(sorted(matches)[:5])
        raise UsageError(f"document id {ref!r} is ambiguous: {shown}")


def _decoded_row(name: str, docno: int, text: str, kind: Any) -> Any:
    """A per-document row's value from its verified text; raise RowDamaged if it does not decode."""
    try:
        return decode(text, kind)
    except CodecError as exc:
        raise RowDamaged(f"row {name}/{docno}: {exc}") from None


def _encoded(index: CorpusIndex, doc: Document, job: tuple[Callable[[CorpusIndex, Document, Any], Any], Any, str, list]
             ) -> tuple[Any, str, dict[str, str]]:
    """A per-document pass's result for one document, with its row's JSON, and the JSON of the passes riding in it."""
    work, shared, name, riders = job
    value = work(index, doc, shared)
    text = encode(value)
    more: dict[str, str] = {}
    wanted = [(rider, rv) for rider, rv, docs in riders if doc.id in docs]
    if wanted:
        # The riders read the carrier's result (and each other's) with row_of: held for this document only.
        held = [name]
        index.fresh_rows.setdefault(name, {})[doc.id] = value
        for rider, rv in wanted:
            rider_value = rider.work(index, doc, rider.shared(shared))
            more[rider.name] = encode(rider_value)
            index.fresh_rows.setdefault(rider.name, {})[doc.id] = rider_value
            held.append(rider.name)
        for layer in held:
            index.fresh_rows[layer].pop(doc.id, None)
    return value, text, more


class _Validity(Row):
    """What a per-document layer's rows are checked against: the digest of what they are computed
    against now, the one they were stored with, the documents whose older rows cannot be kept, and
    the stamps (digests) of the rows that were right for what they were stored with."""

    __slots__ = ()
    _fields = ("shared_text", "digest", "previous", "redo", "kept")
    shared_text: str
    digest: str
    previous: str | None
    redo: set[int] | None
    kept: tuple[str, ...]

    def __new__(cls, shared_text: str, digest: str, previous: str | None, redo: set[int] | None,
                kept: tuple[str, ...] = ()) -> _Validity:
        return tuple.__new__(cls, (shared_text, digest, previous, redo, kept))

    def holds(self, docno: int, row_digest: str) -> bool:
        """Whether a stored row with this digest is still right for this document."""
        if row_digest == self.digest:
            return True
        if row_digest not in self.kept:
            return False
        return self.previous == self.digest or (self.redo is not None and docno not in self.redo)

    def after(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(the stamps of the rows that are right once this pass's rows are stored, the stamps to
        rewrite as the current digest now).

        A change of what the rows are computed against that leaves most documents alone (a
        new actor) keeps their rows under the stamps they have, rather than rewriting every
        row of the corpus with the new digest: the stamps that stay right are listed in the
        meta row `stamps:NAME`.  Every MAX_STAMPS changes the list is folded into one, by
        rewriting the rows once.
        """
        if self.previous == self.digest:
            stamps = tuple(dict.fromkeys((*self.kept, self.digest)))
        elif self.redo is not None:
            stamps = tuple(dict.fromkeys((*self.kept, self.digest)))
        else:
            return (self.digest,), ()
        if len(stamps) > MAX_STAMPS:
            return (self.digest,), tuple(s for s in stamps if s != self.digest)
        return stamps, ()


MAX_STAMPS = 32  # stamps kept in a per-document layer's list before its rows are rewritten under one


class _DocRows(Row):
    """Rows of one per-document layer computed in a call, and what they were computed against."""

    __slots__ = ()
    _fields = ("digest", "shared", "stamps", "retag")
    digest: str
    shared: str | None  # the JSON of what they were computed against, when it changed
    stamps: tuple[str, ...]  # the stamps of the rows that are right (see _Validity.after)
    retag: tuple[str, ...]  # stamps whose rows are rewritten under `digest`

    def __new__(cls, digest: str, shared: str | None, stamps: tuple[str, ...], retag: tuple[str, ...]) -> _DocRows:
        return tuple.__new__(cls, (digest, shared, stamps, retag))


def _digest(shared_text: str) -> str:
    """A short digest of what a per-document pass was computed against (its JSON)."""
    if not shared_text:
        return ""
    import hashlib

    return hashlib.sha256(shared_text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class _Patched(Mapping[str, Any]):
    """A stored keyed layer seen through the rows this call changed ({key: value, or None: removed})."""

    def __init__(self, rows: Mapping[str, Any], changes: dict[str, Any]) -> None:
        self._rows = rows
        self._changes = changes

    def __getitem__(self, key: str) -> Any:
        if key in self._changes:
            value = self._changes[key]
            if value is None:
                raise KeyError(key)
            return value
        return self._rows[key]

    def __contains__(self, key: object) -> bool:
        if key in self._changes:
            return self._changes[key] is not None  # type: ignore[index]
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        yield from (k for k in self._rows if k not in self._changes)
        yield from (k for k, v in self._changes.items() if v is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Healing(Mapping[str, Any]):
    """A stored keyed layer that, when one of its rows does not read back, is built again (one warning)."""

    def __init__(self, index: CorpusIndex, name: str, build: Callable[[CorpusIndex], Any] | None) -> None:
        self._index = index
        self._name = name
        self._build = build
        self._rows: Mapping[str, Any] = Keyed(index.db, name, KINDS.get(name, Any), KEEP_DOCUMENTS)

    def _rebuilt(self, exc: Exception) -> Mapping[str, Any]:
        index = self._index
        if self._build is None:
            raise index.db.damaged(exc)
        index.note(f"warning: cache file {index.db.path}: layer {self._name!r} was damaged ({exc}); built again")
        self._build(index)
        self._rows = index._keyed[self._name]
        return self._rows

    def __getitem__(self, key: str) -> Any:
        try:
            return self._rows[key]
        except RowDamaged as exc:
            return self._rebuilt(exc)[key]

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def index_document(doc: Document) -> DocStats:
    """Split one document into sentences."""
    return DocStats(split_sentences(doc.text))


class _Analysed(Row):
    """What the index keeps of one document besides its text: its FTS5 rows and its row, as strings.

    Made in a worker process during a first build and sent to the writer's: every field is
    a string, since unpickling sets and lists of span tuples per document cost the
    writer's process more than the FTS5 inserts.
    """

    __slots__ = ()
    _fields = ("columns", "caps", "stats_json", "doc_json")
    columns: tuple[str, str, str]  # title, lead and body as FTS5 is given them (fts.engine_columns)
    caps: tuple[str, str]  # the terms written capitalised inside sentences and at their starts (the `caps` row)
    stats_json: str  # the DocStats (sentence spans) as JSON
    doc_json: str | None  # the Document as JSON; None when the writer must encode it (renamed)

    def __new__(cls, columns: tuple[str, str, str], caps: tuple[str, str], stats_json: str,
                doc_json: str | None = None) -> _Analysed:
        return tuple.__new__(cls, (columns, caps, stats_json, doc_json))


def analyse(doc: Document) -> _Analysed:
    """Split one document into sentences and make its FTS5 rows (fts.engine_columns).

    The terms themselves, their counts and how each is written are FTS5's to find: its
    tokenizer runs in C, where a Python step per word was most of a first build.
    """
    stats = index_document(doc)
    columns, caps = fts.engine_columns(doc, stats.spans)
    return _Analysed(columns, caps, encode(stats), encode(doc))


class IndexWriter:
    """Writes documents into an index database: all of a corpus at first, one at a time later.

    The text postings are FTS5's (fts.py): a document is one row of its table, and one of
    the `caps` table (its capitalised terms), added and removed on its own.  The `terms`
    table (the vocabulary and the names of the corpus, layers.py) is read off the engine's
    counts by `finish`: all of it after a first build, in one statement; after a change, the
    rows of the terms the changed documents hold.  `finish` also derives the small layers
    and removes every corpus-wide layer built from the previous state.  The caller commits.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.touched: set[str] = set()  # terms of the documents added or removed since the last finish
        self.rows: list[tuple] = []
        self.fts_rows: list[tuple] = []  # a bulk build's FTS5 rows and `caps` rows, inserted with the docs rows
        self.caps_rows: list[tuple] = []
        self._kept: tuple[str, ...] | None = None
        self.bulk = db.fetch("SELECT 1 FROM docs LIMIT 1") is None  # an empty index: the engine merges at the end
        if not fts.ready(db.connection):
            fts.create(db.connection)  # an executescript: it commits what was pending
            if not db.connection.in_transaction:
                db.connection.execute("BEGIN")

    def _touch(self, analysed: _Analysed) -> None:
        if not self.bulk:  # a first build reads every term's counts at once
            self.touched.update(fts.column_terms(" ".join(analysed.columns)))

    def add(self, docno: int, pos: int | bytes, doc: Document, analysed: _Analysed | None = None) -> None:
        """Write one document as number `docno` at place `pos` of the corpus order (its file's order key, or a number).

        `analysed` is analyse(doc) when another process made it.
        """
        if analysed is None:
            analysed = analyse(doc)
        self._touch(analysed)
        doc_json = analysed.doc_json if analysed.doc_json is not None else encode(doc)
        self.rows.append(doc_row(docno, pos, doc, (doc_json, analysed.stats_json)))
        if self.bulk:  # an empty table: no row to replace, the count and stems set once by finish
            self.fts_rows.append((docno, doc.id, doc.source, doc.published, *analysed.columns))
            if analysed.caps[0] or analysed.caps[1]:
                self.caps_rows.append((docno, *analysed.caps))
        else:
            fts.add_columns(self.db.connection, docno, doc, analysed.columns, analysed.caps)
        if len(self.rows) >= 256:
            self._flush_rows()

    def remove(self, docno: int) -> None:
        """Remove one stored document, its postings and per-document rows (its terms are counted again by finish)."""
        self._flush_rows()
        row = self.db.fetch("SELECT docno, doc, stats, c FROM docs WHERE docno = ?", (docno,))
        if row is None:
            return
        doc, stats = read_doc(row, Document, DocStats)
        self._touch(analyse(doc))
        fts.remove_document(self.db.connection, docno)
        self.db.execute("DELETE FROM docs WHERE docno = ?", (docno,))
        # A row that a stored corpus-wide result was summed from stays until that result has taken
        # the document out again (L.RETIRED); document numbers are never given twice (see next_docno).
        kept = self._retired()
        self.db.execute(f"DELETE FROM doc_rows WHERE docno = ? AND layer NOT IN ({', '.join('?' * len(kept))})",
                        (docno, *kept))

    def _retired(self) -> tuple[str, ...]:
        if self._kept is None:
            self._kept = tuple(layer for layer, state in L.RETIRED.items()
                               if self.db.fetch("SELECT 1 FROM layers WHERE k = ?", (state,)) is not None)
        return self._kept

    def _flush_rows(self) -> None:
        if self.rows:
            self.db.insert("docs", self.rows)
            self.rows = []
        if self.fts_rows or self.caps_rows:
            fts.insert_rows(self.db.connection, self.fts_rows, self.caps_rows)
            self.fts_rows, self.caps_rows = [], []

    def finish(self, everything: bool = False) -> None:
        """Write what is held, read the term counts off the engine, set the average length; drop the corpus-wide layers.

        What a change of documents cannot make wrong stays: the layers of
        L.KEPT_ON_DOCUMENT_CHANGES, and those of L.PATCHED_ON_NAME_CHANGES, told which terms
        became (or stopped being) names so that they are patched where they are next used.
        `everything=True` (the tables the extraction reads changed) drops those too.
        """
        self._flush_rows()
        db = self.db
        changed: set[str] = set()
        if self.bulk:
            counts = fts.written(db.connection)
            fts.finish(db.connection, (row[0] for row in counts))
            db.insert("terms", counts)
        else:
            touched = sorted(self.touched)
            before = _names_among(db, touched)
            for start in range(0, len(touched), 500):
                chunk = touched[start:start + 500]
                db.execute(f"DELETE FROM terms WHERE term IN ({', '.join('?' * len(chunk))})", tuple(chunk))
            # Only the touched terms' counts can have changed: no pass over the vocabulary.
            db.insert("terms", fts.written(db.connection, touched))
            changed = before ^ _names_among(db, touched)
        self.touched = set()
        # The corpus-wide results corrected by the changed documents' rows stay too (L.INCREMENTAL:
        # they record which documents they were summed from).
        patched = [] if everything else [f"keyed:{n}" for n in L.PATCHED_ON_NAME_CHANGES if db.has_keyed(n)]
        pending: list[str] = []
        if patched:
            pending = sorted(changed.union(_stored_names_changed(db)))
            if len(pending) > PATCH_NAMES_LIMIT:  # a large change: cheaper to build them again
                patched, pending = [], []
        kept = [] if everything else [*L.KEPT_ON_DOCUMENT_CHANGES, *L.INCREMENTAL, *patched]
        keep_keyed = [k.removeprefix("keyed:") for k in kept if k.startswith("keyed:")]
        marks = ", ".join("?" * len(kept))
        db.execute(f"DELETE FROM layers WHERE k NOT IN ({marks})", tuple(kept))
        db.execute(f"DELETE FROM keyed WHERE layer NOT IN ({', '.join('?' * len(keep_keyed))})", tuple(keep_keyed))
        # The engine keeps the token totals up to date as rows come and go (read in constant time).
        rows, tokens = fts.text_tokens(db.connection)
        db.insert("layers", layer_rows({L.AVERAGE_LENGTH: tokens / rows if rows else 0.0, L.NAMES_CHANGED: pending}))


def _names_among(db: Database, terms: list[str]) -> set[str]:
    """Which of the terms are names in the `terms` table as it stands."""
    found: set[str] = set()
    for start in range(0, len(terms), 500):
        chunk = terms[start:start + 500]
        sql = f"SELECT term FROM terms WHERE term IN ({', '.join('?' * len(chunk))}) AND {_IS_NAME}"
        found.update(t for (t,) in db.fetch_all(sql, tuple(chunk)))
    return found


def _stored_names_changed(db: Database) -> list[str]:
    """The changed names not yet applied to the patched layers (none if the list does not read back)."""
    try:
        return db.load_layer(L.NAMES_CHANGED, list[str]) or []
    except RowDamaged:
        return []


def next_docno(db: Database) -> int:
    """The number for the next new document: above every number given before, rows of removed ones included."""
    found = db.fetch("SELECT max(n) FROM (SELECT max(docno) AS n FROM docs UNION ALL SELECT max(docno) FROM doc_rows)")
    return (found[0] if found is not None and found[0] is not None else -1) + 1


def build_index(documents: Iterable[Document], db: Database | None = None) -> CorpusIndex:
    """Split, tokenize and post every document once, writing the index into `db` (default: in memory)."""
    db = db if db is not None else Database()
    writer = IndexWriter(db)
    for number, doc in enumerate(documents):
        writer.add(number, number, doc)
    writer.finish()
    db.commit()
    return CorpusIndex(db)
