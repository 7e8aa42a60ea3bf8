"""CorpusIndex: the one structure every command reads.

`build_index` reads the documents once, a document at a time, and writes the index into
a SQLite database (store.py): each document with its sentences (as character spans into
the cleaned text), positional token postings for two fields, body and title, flushed in
parts so that a build of 100,000 articles never holds their postings at once, and the
small layers every search needs (vocabulary, names, document metadata).  The same
CorpusIndex then reads that database, row by row, whether it was built a moment ago or
by an earlier call and found in the cache: code that uses an index cannot tell the two
apart.

Features that need more (actor mentions, dated events) attach it as a named *layer*:
`index.layer(name, build)` computes a layer on first use and keeps it, so a search
never pays for actor extraction and every command that does need it shares one
computation.  A *keyed* layer (`set_keyed`, `keyed`) is stored a row per key — the
mentions of one actor, of one document — so that a later call reads only the keys it
asks for.  The index itself knows nothing about search, actors or timelines — data
flows one way.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from . import fts
from .errors import NotFound, UsageError
from .models import Document, Sentence
from .store import Database, Bounded, Postings, Rows, dumps
from .text import split_sentences, tokenize

# How many sentences at the top of a document count as its lead (the same lead FTS5 weighs).
LEAD_SENTENCES = fts.LEAD_SENTENCES
# A build flushes its postings to the database after this many token positions (about 100 MB held).
FLUSH_POSITIONS = 2_000_000
# Documents (and their sentences) kept in memory once read: a pass over a corpus stays bounded.
KEEP_DOCUMENTS = 512


@dataclass(slots=True)
class DocStats:
    """Per-document numbers: length and lead for the ranker, sentence boundaries for everyone."""

    length: int
    lead_end: int  # token position where the lead ends
    sentence_starts: list[int] = field(default_factory=list)  # first token of each sentence
    spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each sentence


class DocMeta(NamedTuple):
    """What ranking and filtering need of a document, without its text."""

    title: str | None
    source: str | None
    published: str | None
    length: int
    lead_end: int


class _Part(Mapping[str, Any]):
    """One part (document or stats) of each row of the docs table."""

    def __init__(self, rows: Rows, part: int) -> None:
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


class CorpusIndex:
    """Documents, sentences and positional postings of one corpus, read from its database."""

    def __init__(self, db: Database, order: list[str] | None = None) -> None:
        self.db = db
        order = order if order is not None else db.meta("order")
        self._docs = Rows(db, "docs", order, keep=KEEP_DOCUMENTS)
        self.documents: Mapping[str, Document] = _Part(self._docs, 0)
        self.stats: Mapping[str, DocStats] = _Part(self._docs, 1)
        self.body: Mapping[str, Mapping[str, array]] = Postings(db, "body", order, True, lambda: self.doc_positions)  # term -> doc -> token positions
        self.title: Mapping[str, Mapping[str, int]] = Postings(db, "title", order, False, lambda: self.doc_positions)  # term -> doc -> count
        self._layers: dict[str, Any] = {}
        self._keyed: dict[str, Mapping[str, Any]] = {}
        self.new_layers: set[str] = set()
        self.new_keyed: set[str] = set()
        self._sentences: Bounded = Bounded(KEEP_DOCUMENTS)
        self._sentence_tokens: Bounded = Bounded(KEEP_DOCUMENTS)
        self._doc_lengths: dict[str, tuple[int, int]] | None = None
        self._positions: dict[str, int] | None = None
        # Told (label, done, total) as a long pass over the documents goes; the caller decides what to show.
        self.progress: Callable[[str, int, int], None] | None = None

    @property
    def changed(self) -> bool:
        """Whether this call built layers that are not stored yet."""
        return bool(self.new_layers or self.new_keyed)

    def unsaved(self) -> tuple[dict[str, Any], dict[str, Mapping[str, Any]]]:
        """The layers and keyed layers built in this call, and forget that they are new."""
        layers = {n: self._layers[n] for n in sorted(self.new_layers)}
        layers.update({f"keyed:{n}": len(self._keyed[n]) for n in sorted(self.new_keyed)})
        keyed = {n: self._keyed[n] for n in sorted(self.new_keyed)}
        self.new_layers.clear()
        self.new_keyed.clear()
        return layers, keyed

    @property
    def vocabulary(self) -> dict[str, int]:
        """Document frequency of every body and title term."""
        return self.layer("vocabulary")

    @property
    def name_vocabulary(self) -> dict[str, int]:
        """The names of the corpus: terms written capitalised where a common word would not be."""
        return self.layer("name_vocabulary")

    @property
    def doc_meta(self) -> dict[str, DocMeta]:
        """Title, outlet, date, length and lead of every document: one small layer, no texts."""
        return self.layer("doc_meta")

    @property
    def doc_lengths(self) -> dict[str, tuple[int, int]]:
        """(length, lead end) in tokens of every document: what ranking reads of each document it scores.

        Two arrays in their own layer, zipped with the corpus order: read and made into a
        dict in C, where `doc_meta`'s records take Python calls, one per document.
        """
        if self._doc_lengths is None:
            lengths, leads = self.layer("doc_lengths")
            self._doc_lengths = dict(zip(self._docs, zip(array("I", lengths), array("I", leads))))
        return self._doc_lengths

    @property
    def doc_positions(self) -> dict[str, int]:
        """Each document's place in corpus order: derived from the order, so kept, not stored."""
        if self._positions is None:
            self._positions = {doc_id: i for i, doc_id in enumerate(self._docs)}
        return self._positions

    @property
    def average_length(self) -> float:
        """Mean document length in tokens."""
        return self.layer("average_length")

    def iter_documents(self, start: int = 0, stop: int | None = None) -> Iterator[Document]:
        """The documents in corpus order (all, or those numbered start to stop-1), read in one pass.

        A few are kept for the sentences and tokens asked for next, not all.
        """
        for _, (doc, _stats) in self._docs.stream(start, stop):
            yield doc

    def doc_sentences(self, doc_id: str) -> list[Sentence]:
        """The sentences of one document, in order."""
        sentences = self._sentences.get(doc_id)
        if sentences is None:
            text = self.documents[doc_id].text
            sentences = [Sentence(doc_id, i, s, e, text[s:e]) for i, (s, e) in enumerate(self.stats[doc_id].spans)]
            self._sentences.put(doc_id, sentences)
        return sentences

    def sentence_at(self, doc_id: str, position: int) -> Sentence:
        """The sentence that holds the token at `position` of a document."""
        starts = self.stats[doc_id].sentence_starts
        return self.doc_sentences(doc_id)[max(bisect_right(starts, position) - 1, 0)]

    def token_at(self, doc_id: str, position: int) -> tuple[str, int, int]:
        """(term, start, end) of the token at `position` of a document, tokenizing only its sentence."""
        starts = self.stats[doc_id].sentence_starts
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
        error: build_index writes it.
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
            stored = self.db.load_layer(name)
            if stored is not None:
                self._layers[name] = stored
        return name in self._layers

    def set_keyed(self, name: str, values: Mapping[str, Any]) -> None:
        """Put a keyed layer in place: stored a row per key, so a later call reads only the keys it needs."""
        self._keyed[name] = values
        self.new_keyed.add(name)

    def keyed(self, name: str, build: Callable[["CorpusIndex"], Any] | None = None) -> Mapping[str, Any] | None:
        """A keyed layer (rows read when asked for): kept, else stored, else put in place by
        `build(index)` (which sets it with set_keyed); None if it is neither and there is no builder."""
        if name not in self._keyed:
            if self.db.load_layer(f"keyed:{name}") is not None:
                self._keyed[name] = Rows(self.db, "keyed", layer=name, keep=KEEP_DOCUMENTS)
            elif build is not None:
                build(self)
        return self._keyed.get(name)

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


def index_document(doc: Document) -> tuple[DocStats, list[tuple[str, int, int]]]:
    """Split one document into sentences and tokens."""
    tokens: list[tuple[str, int, int]] = []
    starts: list[int] = []
    spans = split_sentences(doc.text)
    lead_end = 0
    for i, (start, end) in enumerate(spans):
        starts.append(len(tokens))
        tokens.extend((t.term, t.start + start, t.end + start) for t in tokenize(doc.text[start:end]))
        if i < LEAD_SENTENCES:
            lead_end = len(tokens)
    return DocStats(len(tokens), lead_end, starts, spans), tokens


class _PostingsWriter:
    """Postings of one field, held for a part of the corpus and then written as one row per term.

    A row is packed: the documents' numbers (their place in corpus order), and for each
    either its positions (body: end offsets into one array of positions, and how many of
    them fall in the lead) or its count (title).  Numbers rather than document ids keep the
    file small: an id is often longer than a document's positions of a rare term.  The lead
    counts let a one-word query score a document without reading its positions.
    """

    def __init__(self, db: Database, table: str, positional: bool) -> None:
        self.db = db
        self.table = table
        self.positional = positional
        self.part = 0
        self.held: dict[str, list[array]] = {}
        self.df: Counter[str] = Counter()

    def add(self, number: int, values: dict[str, Any], lead_end: int = 0) -> None:
        held = self.held
        for term, value in values.items():
            found = held.get(term)
            if found is None:
                found = held[term] = [array("I") for _ in range(4 if self.positional else 2)]
            found[0].append(number)
            if self.positional:
                found[2].extend(value)
                found[1].append(len(found[2]))
                found[3].append(bisect_left(value, lead_end))
            else:
                found[1].append(value)
        self.df.update(values.keys())

    def flush(self) -> None:
        if self.held:
            self.db.insert(self.table, ((term, self.part, dumps(tuple(a.tobytes() for a in arrays)))
                                        for term, arrays in self.held.items()))
            self.held = {}
            self.part += 1


def build_index(documents: Iterable[Document], db: Database | None = None,
                flush_positions: int = FLUSH_POSITIONS) -> CorpusIndex:
    """Split, tokenize and post every document once, writing the index into `db` (default: in memory)."""
    db = db if db is not None else Database()
    fts.create(db.connection)
    body, title = _PostingsWriter(db, "body", True), _PostingsWriter(db, "title", False)
    order: list[str] = []
    meta: dict[str, DocMeta] = {}
    names: set[str] = set()
    lower: set[str] = set()
    initial: set[str] = set()
    rows: list[tuple[str, bytes]] = []
    held = 0
    for doc in documents:
        stats, tokens = index_document(doc)
        positions: dict[str, array] = {}
        first_tokens = set(stats.sentence_starts)
        text = doc.text
        for position, (term, start, _) in enumerate(tokens):
            found = positions.get(term)
            if found is None:
                found = positions[term] = array("I")
            found.append(position)
            # The names of the corpus: capitalised away from a sentence start, or never written lower case.
            if not text[start].isupper():
                lower.add(term)
            elif position in first_tokens:
                initial.add(term)
            else:
                names.add(term)
        body.add(len(order), positions, stats.lead_end)
        fts.add_document(db.connection, len(order), doc, tokens, stats.lead_end, update_terms=False)
        title.add(len(order), Counter(t.term for t in tokenize(doc.title or "")))
        order.append(doc.id)
        meta[doc.id] = DocMeta(doc.title, doc.source, doc.published, stats.length, stats.lead_end)
        rows.append((doc.id, dumps((doc, stats))))
        held += len(tokens)
        if len(rows) >= 256:
            db.insert("docs", rows)
            rows = []
        if held >= flush_positions:
            body.flush()
            title.flush()
            held = 0
    db.insert("docs", rows)
    body.flush()
    title.flush()
    fts.finish(db.connection)

    vocabulary = dict(body.df)
    for term, n in title.df.items():
        if term not in body.df:
            vocabulary[term] = n
    names |= initial - lower
    db.insert("meta", [("order", dumps(order))])
    db.insert("layers", [
        ("vocabulary", dumps(vocabulary)),
        ("name_vocabulary", dumps({term: vocabulary.get(term, 1) for term in names})),
        ("doc_meta", dumps(meta)),
        ("doc_lengths", dumps((array("I", (m.length for m in meta.values())).tobytes(),
                               array("I", (m.lead_end for m in meta.values())).tobytes()))),
        ("average_length", dumps(sum(m.length for m in meta.values()) / max(len(meta), 1))),
    ])
    db.commit()
    return CorpusIndex(db)
