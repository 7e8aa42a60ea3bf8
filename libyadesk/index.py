"""CorpusIndex: the one structure every command reads.

Built once from the loaded documents, it holds the documents, their sentences (as
character spans into the cleaned text) and positional token postings for two fields,
body and title.  Features that need more (actor mentions, dated events) attach it as
a named *layer*: `index.layer("actors", build)` computes a layer on first use and keeps
it, so a search never pays for actor extraction and every command that does need it
shares one computation.  The index itself knows nothing about search, actors or
timelines — data flows one way.

The same class serves a freshly built index (plain dicts) and one opened from the
cache (store.py), whose `documents`, `body`, `title`, `stats` and `tokens` are
mappings that read a row only when it is asked for, and whose layers are read from
the cache on first use.  Code that uses an index cannot tell the two apart.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from .errors import NotFound, UsageError
from .models import Document, Sentence
from .text import split_sentences, tokenize

# How many sentences at the top of a document count as its lead.
LEAD_SENTENCES = 2


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


class LayerSource(Protocol):
    """Where an opened index finds layers built by an earlier call."""

    def load_layer(self, name: str) -> Any: ...


@dataclass
class CorpusIndex:
    """Documents, sentences and positional postings of one corpus."""

    documents: Mapping[str, Document]
    body: Mapping[str, Mapping[str, Any]]  # term -> doc -> token positions (list or array)
    title: Mapping[str, Mapping[str, int]]  # term -> doc -> count
    stats: Mapping[str, DocStats]
    tokens: Mapping[str, list[tuple[str, int, int]]]  # doc -> (term, start, end) in text order
    _layers: dict[str, Any] = field(default_factory=dict, repr=False)
    changed: bool = field(default=True, repr=False, compare=False)  # built or grown since opened
    new_layers: set[str] = field(default_factory=set, repr=False, compare=False)
    source: LayerSource | None = field(default=None, repr=False, compare=False)
    _sentences: dict[str, list[Sentence]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def vocabulary(self) -> dict[str, int]:
        """Document frequency of every body and title term."""
        return self.layer("vocabulary", _vocabulary)

    @property
    def name_vocabulary(self) -> dict[str, int]:
        """The names of the corpus: terms written capitalised where a common word would not be."""
        return self.layer("name_vocabulary", _name_vocabulary)

    @property
    def doc_meta(self) -> dict[str, DocMeta]:
        """Title, outlet, date, length and lead of every document: one small layer, no texts."""
        return self.layer("doc_meta", _doc_meta)

    @property
    def average_length(self) -> float:
        """Mean document length in tokens."""
        return self.layer("average_length", lambda ix: sum(m.length for m in ix.doc_meta.values()) / max(len(ix.doc_meta), 1))

    def precompute(self) -> None:
        """Build the small layers every search needs, so a cached index never has to scan for them."""
        for name in ("vocabulary", "name_vocabulary", "doc_meta", "average_length"):
            getattr(self, name)

    def doc_sentences(self, doc_id: str) -> list[Sentence]:
        """The sentences of one document, in order."""
        sentences = self._sentences.get(doc_id)
        if sentences is None:
            text = self.documents[doc_id].text
            sentences = [Sentence(doc_id, i, s, e, text[s:e]) for i, (s, e) in enumerate(self.stats[doc_id].spans)]
            self._sentences[doc_id] = sentences
        return sentences

    def sentence_at(self, doc_id: str, position: int) -> Sentence:
        """The sentence that holds the token at `position` of a document."""
        starts = self.stats[doc_id].sentence_starts
        return self.doc_sentences(doc_id)[max(bisect_right(starts, position) - 1, 0)]

    def layer(self, name: str, build: Callable[["CorpusIndex"], Any]) -> Any:
        """Return the named derived layer: kept, else stored by an earlier call, else built now."""
        if name not in self._layers:
            stored = self.source.load_layer(name) if self.source is not None else None
            if stored is not None:
                self._layers[name] = stored
            else:
                self._layers[name] = build(self)
                self.new_layers.add(name)
                self.changed = True
        return self._layers[name]

    def set_layer(self, name: str, value: Any) -> None:
        """Put a layer in place (e.g. a user's actor registry) so that it is kept and cached."""
        self._layers[name] = value
        self.new_layers.add(name)
        self.changed = True

    def has_layer(self, name: str) -> bool:
        """Whether a layer is kept or stored, without building it (a stored one is kept once read)."""
        if name not in self._layers and self.source is not None:
            stored = self.source.load_layer(name)
            if stored is not None:
                self._layers[name] = stored
        return name in self._layers

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


def _doc_meta(index: CorpusIndex) -> dict[str, DocMeta]:
    out = {}
    for doc_id, doc in index.documents.items():
        stats = index.stats[doc_id]
        out[doc_id] = DocMeta(doc.title, doc.source, doc.published, stats.length, stats.lead_end)
    return out


def _vocabulary(index: CorpusIndex) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for term, postings in index.body.items():
        counts[term] += len(postings)
    for term, postings in index.title.items():
        if term not in index.body:
            counts[term] += len(postings)
    return dict(counts)


def _name_vocabulary(index: CorpusIndex) -> dict[str, int]:
    """Terms capitalised away from a sentence start, or capitalised and never written lower case."""
    names: set[str] = set()
    lower: set[str] = set()
    initial: set[str] = set()
    for doc_id, tokens in index.tokens.items():
        text = index.documents[doc_id].text
        first_tokens = set(index.stats[doc_id].sentence_starts)
        for position, (term, start, _) in enumerate(tokens):
            if not text[start].isupper():
                lower.add(term)
            elif position in first_tokens:
                initial.add(term)
            else:
                names.add(term)
    names |= initial - lower
    return {term: index.vocabulary.get(term, 1) for term in names}


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


def build_index(documents: Iterable[Document]) -> CorpusIndex:
    """Split, tokenize and post every document once."""
    docs: dict[str, Document] = {}
    body: dict[str, dict[str, Any]] = {}
    title: dict[str, dict[str, int]] = {}
    stats: dict[str, DocStats] = {}
    tokens_by_doc: dict[str, list[tuple[str, int, int]]] = {}

    for doc in documents:
        docs[doc.id] = doc
        doc_stats, tokens = index_document(doc)
        positions: dict[str, array] = {}
        for position, (term, _, _) in enumerate(tokens):
            found = positions.get(term)
            if found is None:
                found = positions[term] = array("I")
            found.append(position)
        for term, found in positions.items():
            body.setdefault(term, {})[doc.id] = found
        for term, count in Counter(t.term for t in tokenize(doc.title or "")).items():
            title.setdefault(term, {})[doc.id] = count
        stats[doc.id] = doc_stats
        tokens_by_doc[doc.id] = tokens
    return CorpusIndex(docs, body, title, stats, tokens_by_doc)
