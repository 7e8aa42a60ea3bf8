"""CorpusIndex: the one structure every command reads.

Built once per call from the loaded documents, it holds the documents, their
sentences (with offsets into the cleaned text) and positional token postings for
two fields, body and title.  Features that need more (actor mentions, dated events)
attach it as a named *layer*: `index.layer("mentions", build)` computes a layer on
first use and keeps it, so a search never pays for actor extraction and every
command that does need it shares one computation.  The index itself knows nothing
about search, actors or timelines — data flows one way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import NotFound, UsageError
from .models import Document, Sentence
from .text import split_sentences, tokenize

# How many sentences at the top of a document count as its lead.
LEAD_SENTENCES = 2


@dataclass(slots=True)
class DocStats:
    """Per-document numbers the ranker needs."""

    length: int
    lead_end: int  # token position where the lead ends
    sentence_starts: list[int] = field(default_factory=list)  # first token of each sentence


@dataclass
class CorpusIndex:
    """Documents, sentences and positional postings of one corpus."""

    documents: dict[str, Document]
    sentences: list[Sentence]
    doc_sentence_range: dict[str, tuple[int, int]]
    body: dict[str, dict[str, list[int]]]  # term -> doc -> token positions
    title: dict[str, dict[str, int]]  # term -> doc -> count
    stats: dict[str, DocStats]
    tokens: dict[str, list[tuple[str, int, int]]]  # doc -> (term, start, end) in text order
    _layers: dict[str, Any] = field(default_factory=dict, repr=False)
    changed: bool = field(default=True, repr=False, compare=False)  # built or grown since loaded

    @property
    def vocabulary(self) -> dict[str, int]:
        """Document frequency of every body and title term."""
        return self.layer("vocabulary", _vocabulary)

    @property
    def name_vocabulary(self) -> dict[str, int]:
        """The names of the corpus: terms written capitalised where a common word would not be."""
        return self.layer("name_vocabulary", _name_vocabulary)

    @property
    def average_length(self) -> float:
        """Mean document length in tokens."""
        return self.layer("average_length", lambda ix: sum(s.length for s in ix.stats.values()) / max(len(ix.stats), 1))

    def doc_sentences(self, doc_id: str) -> list[Sentence]:
        """The sentences of one document, in order."""
        lo, hi = self.doc_sentence_range[doc_id]
        return self.sentences[lo:hi]

    def sentence_at(self, doc_id: str, position: int) -> Sentence:
        """The sentence that holds the token at `position` of a document."""
        starts = self.stats[doc_id].sentence_starts
        lo, _ = self.doc_sentence_range[doc_id]
        return self.sentences[lo + max(bisect_right(starts, position) - 1, 0)]

    def layer(self, name: str, build: Callable[["CorpusIndex"], Any]) -> Any:
        """Return the named derived layer, building it with `build(index)` the first time."""
        if name not in self._layers:
            self._layers[name] = build(self)
            self.changed = True
        return self._layers[name]

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


def build_index(documents: Iterable[Document]) -> CorpusIndex:
    """Split, tokenize and post every document once."""
    docs: dict[str, Document] = {}
    sentences: list[Sentence] = []
    ranges: dict[str, tuple[int, int]] = {}
    body: dict[str, dict[str, list[int]]] = {}
    title: dict[str, dict[str, int]] = {}
    stats: dict[str, DocStats] = {}
    tokens_by_doc: dict[str, list[tuple[str, int, int]]] = {}

    for doc in documents:
        docs[doc.id] = doc
        first = len(sentences)
        tokens: list[tuple[str, int, int]] = []
        starts: list[int] = []
        lead_end = 0
        for i, (start, end) in enumerate(split_sentences(doc.text)):
            sentences.append(Sentence(doc.id, i, start, end, doc.text[start:end]))
            starts.append(len(tokens))
            tokens.extend((t.term, t.start + start, t.end + start) for t in tokenize(doc.text[start:end]))
            if i < LEAD_SENTENCES:
                lead_end = len(tokens)
        ranges[doc.id] = (first, len(sentences))
        for position, (term, _, _) in enumerate(tokens):
            body.setdefault(term, {}).setdefault(doc.id, []).append(position)
        for term, count in Counter(t.term for t in tokenize(doc.title or "")).items():
            title.setdefault(term, {})[doc.id] = count
        stats[doc.id] = DocStats(len(tokens), lead_end, starts)
        tokens_by_doc[doc.id] = tokens
    return CorpusIndex(docs, sentences, ranges, body, title, stats, tokens_by_doc)
