"""Ranked search over the CorpusIndex: query language, term expansion, BM25F, snippets.

A query is a conjunction of clauses; a clause is one or more alternatives joined by
OR; an alternative is a word or a "quoted phrase"; `-word` excludes.  Each query word
is expanded once against the index vocabulary — exact, then spelling variants of
names (names.py), then typos (rapidfuzz) — and every expansion carries a weight, so
an exact match always outranks a variant, and a variant a typo.

Ranking is BM25 over one virtual field per document in which title words count
TITLE_WEIGHT times and lead words LEAD_WEIGHT times (a simple BM25F).  Documents that
satisfy every clause rank before documents that satisfy only some.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .errors import UsageError
from .index import CorpusIndex, DocMeta
from .models import Hit, Match
from .text import STOP_WORDS, fold, terms, tokenize

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 1.0  # a lead occurrence counts 1 + LEAD_WEIGHT times
HOW_WEIGHT = {"exact": 1.0, "variant": 0.9, "typo": 0.6}
TYPO_MIN_LENGTH = 4
TYPO_LONG_WORD = 8  # words this long may have two typos
SNIPPET_MAX = 320


@dataclass(frozen=True, slots=True)
class Expansion:
    """One index term a query word stands for, and how it was reached."""

    term: str
    how: str

    @property
    def weight(self) -> float:
        return HOW_WEIGHT[self.how]


@dataclass(slots=True)
class Phrase:
    """A query word or quoted phrase: consecutive words, each with its expansions."""

    words: list[str]
    expansions: list[list[Expansion]] = field(default_factory=list)
    capitalised: list[bool] = field(default_factory=list)  # typed with a capital: a name

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(slots=True)
class Query:
    """A parsed query: clauses that must all match (each a set of OR-ed phrases), and exclusions."""

    raw: str
    clauses: list[list[Phrase]]
    excluded: list[Phrase]
    total: int = 0  # documents that match, before --offset and --limit (set by search)


_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def parse_query(raw: str) -> Query:
    """Parse the query language; raise UsageError for an empty or malformed query.

    >>> q = parse_query('Haftar "border security" OR Frontex -Russia')
    >>> [[p.text for p in c] for c in q.clauses], [p.text for p in q.excluded]
    ([['haftar'], ['border security', 'frontex']], ['russia'])
    """
    normalized = raw.replace("“", '"').replace("”", '"')
    if normalized.count('"') % 2:
        raise UsageError(f"query {raw!r} has an unbalanced quote")
    clauses: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    pending_or = False
    for match in _QUERY_TOKEN.finditer(normalized):
        negate, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None and bare == "OR":
            pending_or = bool(clauses)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negate, bare = "-", bare[1:]
        tokens = tokenize(quoted if quoted is not None else bare)
        if bare is not None and len(tokens) > 1:
            tokens = [t for t in tokens if t.term not in STOP_WORDS] or tokens
        if quoted is None and len(tokens) == 1 and tokens[0].term in STOP_WORDS:
            continue
        if not tokens:
            continue
        source = quoted if quoted is not None else bare
        caps = [source[t.start].isupper() for t in tokens]
        words = [t.term for t in tokens]
        if quoted is not None:
            phrases = [Phrase(words, capitalised=caps)]
        else:
            phrases = [Phrase([w], capitalised=[c]) for w, c in zip(words, caps)]
        if negate:
            excluded.extend(phrases)
        elif pending_or:
            clauses[-1].extend(phrases[:1])
            clauses.extend([p] for p in phrases[1:])
        else:
            clauses.extend([p] for p in phrases)
        pending_or = False
    if not clauses:
        if not raw.strip():
            raise UsageError("the query is empty")
        raise UsageError(f"query {raw!r} has no searchable words (only stop words or punctuation)")
    return Query(raw, clauses, excluded)


class Expander:
    """Maps query words to index terms: exact, spelling variant, typo."""

    def __init__(self, index: CorpusIndex, exact_only: bool = False) -> None:
        self.index = index
        self.exact_only = exact_only
        self._variants = None

    def _variant_index(self):
        if self._variants is None:
            from .names import VariantIndex, load_variant_table

            # The table is a layer too, so a user's variants.toml (set by the caller) is used and cached.
            table = self.index.layer("variant_table", lambda ix: load_variant_table())

            def build(ix: CorpusIndex) -> None:
                # Stored as rows: the next search reads the two or three it needs, not every name.
                built = VariantIndex(ix.name_vocabulary, table)
                ix.set_keyed("variant_buckets", built.buckets)
                ix.set_keyed("variant_groups", built.groups)

            self._variants = VariantIndex.stored(
                table, self.index.keyed("variant_buckets", build), self.index.keyed("variant_groups", build)
            )
        return self._variants

    def _vocabulary_list(self) -> list[str]:
        return self.index.layer("vocabulary_list", lambda ix: list(ix.vocabulary))

    def _name_list(self) -> list[str]:
        return self.index.layer("name_vocabulary_list", lambda ix: list(ix.name_vocabulary))

    def expand(self, word: str, capitalised: bool = False) -> list[Expansion]:
        """All index terms the query word stands for, best first."""
        vocabulary = self.index.vocabulary
        found = [Expansion(word, "exact")] if word in vocabulary else []
        if self.exact_only or word.isdigit():
            return found
        seen = {word}
        # Spelling variants are looked for among names only, so "filed" never finds "filled".
        for term in self._variant_index().variants(word):
            if term not in seen:
                seen.add(term)
                found.append(Expansion(term, "variant"))
        if not found and len(word) >= TYPO_MIN_LENGTH:
            for term in self._typos(word, capitalised):
                if term not in seen:
                    seen.add(term)
                    found.append(Expansion(term, "typo"))
        return found

    def _typos(self, word: str, capitalised: bool) -> list[str]:
        """Vocabulary words one edit away (two for long words), of nearly the same length.

        "Frontx" finds "Frontex", but "Nigeria" does not find "Niger" (another word), a
        capitalised "Saleh" looks only among names (not "sales"), and a single vowel
        swapped ("Melone", "Meloni") is a different name, not a typo: whether two names
        differing in vowels are one is for names.py to say.
        """
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        pool = self._name_list() if capitalised else self._vocabulary_list()
        max_edits = 1 if len(word) < TYPO_LONG_WORD else 2
        candidates = process.extract(
            word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=max_edits, limit=5
        )
        vocabulary = self.index.vocabulary
        out = []
        for term, _distance, _ in sorted(candidates, key=lambda c: (c[1], -vocabulary.get(c[0], 0))):
            if abs(len(term) - len(word)) > 1 or term in STOP_WORDS or term.isdigit():
                continue
            if _vowel_swap(word, term):
                continue
            out.append(term)
        return out


_VOWELS = frozenset("aeiouy")


def _vowel_swap(a: str, b: str) -> bool:
    """Whether two words differ only by one vowel replaced with another.

    >>> _vowel_swap("melone", "meloni"), _vowel_swap("frontx", "frontex")
    (True, False)
    """
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diffs) == 1 and diffs[0][0] in _VOWELS and diffs[0][1] in _VOWELS


@dataclass(slots=True)
class SearchOptions:
    """Filters and switches of one search."""

    limit: int = 10
    exact: bool = False
    since: tuple | None = None  # (first_day, last_day) of the bound, from dates.parse_bound
    until: tuple | None = None
    source: str | None = None
    docs: set[str] | None = None  # restrict to these document ids (e.g. --actor)
    offset: int = 0  # skip this many of the best documents (paging)


def _phrase_positions(index: CorpusIndex, phrase: Phrase, doc_id: str) -> list[tuple[int, list[Expansion]]]:
    """Start positions of a phrase in a document, with the expansions that matched there."""
    per_word = []
    for expansions in phrase.expansions:
        positions: dict[int, Expansion] = {}
        for exp in expansions:
            for pos in index.body.get(exp.term, {}).get(doc_id, ()):
                positions.setdefault(pos, exp)
        per_word.append(positions)
    if not per_word or not per_word[0]:
        return []
    out = []
    for start, exp in sorted(per_word[0].items()):
        chain = [exp]
        for offset, positions in enumerate(per_word[1:], 1):
            nxt = positions.get(start + offset)
            if nxt is None:
                break
            chain.append(nxt)
        else:
            out.append((start, chain))
    return out


def _phrase_docs(index: CorpusIndex, phrase: Phrase) -> set[str]:
    docs: set[str] | None = None
    for expansions in phrase.expansions:
        here: set[str] = set()
        for exp in expansions:
            here.update(index.body.get(exp.term, {}))
            if len(phrase.words) == 1:
                here.update(index.title.get(exp.term, {}))
        docs = here if docs is None else docs & here
    return docs or set()


def _title_count(index: CorpusIndex, phrase: Phrase, doc_id: str) -> int:
    if len(phrase.words) == 1:
        return max((index.title.get(e.term, {}).get(doc_id, 0) for e in phrase.expansions[0]), default=0)
    title_terms = terms(index.doc_meta[doc_id].title or "")
    n = len(phrase.words)
    return sum(
        all(title_terms[i + k] in {e.term for e in phrase.expansions[k]} for k in range(n))
        for i in range(len(title_terms) - n + 1)
    )


@dataclass(slots=True)
class _Scored:
    doc: str
    score: float = 0.0
    positions: dict[int, int] = field(default_factory=dict)  # token position -> clause number
    matched: dict[tuple[str, str], Match] = field(default_factory=dict)


def _in_date_range(doc: DocMeta, options: SearchOptions) -> bool:
    if options.since is None and options.until is None:
        return True
    from .dates import date_bounds

    bounds = date_bounds(doc.published) if doc.published else None
    if bounds is None:
        return False
    first, last = bounds
    if options.since is not None and last < options.since[0]:
        return False
    if options.until is not None and first > options.until[1]:
        return False
    return True


def _allowed(doc_id: str, doc: DocMeta, options: SearchOptions) -> bool:
    if options.docs is not None and doc_id not in options.docs:
        return False
    if options.source and fold(options.source) not in fold(doc.source or ""):
        return False
    return _in_date_range(doc, options)


def search(index: CorpusIndex, raw_query: str, options: SearchOptions | None = None) -> tuple[Query, list[Hit]]:
    """Run a query against the index; return the parsed query and the ranked hits."""
    options = options or SearchOptions()
    if options.limit < 1:
        raise UsageError(f"--limit must be a positive number, not {options.limit}")
    query = parse_query(raw_query)
    expander = Expander(index, exact_only=options.exact)
    for phrase in [p for clause in query.clauses for p in clause] + query.excluded:
        caps = phrase.capitalised or [False] * len(phrase.words)
        phrase.expansions = [expander.expand(word, cap) for word, cap in zip(phrase.words, caps)]

    excluded_docs: set[str] = set()
    for phrase in query.excluded:
        excluded_docs |= _phrase_docs(index, phrase)

    n_docs = len(index.documents)
    avg = index.average_length or 1.0
    lengths = index.doc_lengths
    filtered = options.docs is not None or options.source or options.since or options.until
    meta = index.doc_meta if filtered else None  # titles, outlets and dates: read only to filter
    scores: dict[str, float] = {}
    satisfied: dict[str, int] = {}  # how many clauses each document satisfies
    for clause in query.clauses:
        in_clause: set[str] = set()
        for phrase in clause:
            weighted = _weighted_tf(index, phrase)
            if excluded_docs or filtered:
                weighted = {
                    doc_id: tf for doc_id, tf in weighted.items()
                    if doc_id not in excluded_docs and (meta is None or _allowed(doc_id, meta[doc_id], options))
                }
            if not weighted:
                continue
            idf = math.log(1 + (n_docs - len(weighted) + 0.5) / (len(weighted) + 0.5))
            # norm = K1 * (1 - B + B * length / avg), with the constants taken out of the loop
            base, per_token, gain = K1 * (1 - B), K1 * B / avg, idf * (K1 + 1)
            get = scores.get
            for doc_id, tf in weighted.items():
                scores[doc_id] = get(doc_id, 0.0) + gain * tf / (tf + base + per_token * lengths[doc_id][0])
            in_clause.update(weighted)
        for doc_id in in_clause:
            satisfied[doc_id] = satisfied.get(doc_id, 0) + 1
    # Every clause must be satisfied, in the body or the title; the best `limit` of those.
    complete = [doc_id for doc_id, n in satisfied.items() if n == len(query.clauses)]
    query.total = len(complete)
    best = _best(complete, scores, options.offset + options.limit)[options.offset :]
    ranked = [_Scored(doc_id, score=scores[doc_id]) for doc_id in best]
    for entry in ranked:  # where and how each shown document matched, for snippets and explanations
        _explain(index, query, entry)
    hits = [_make_hit(index, entry, len(query.clauses)) for entry in ranked]
    return query, hits


def _best(docs: list[str], scores: dict[str, float], limit: int) -> list[str]:
    """The `limit` best documents, highest score first, ties by id.

    The limit-th highest score is found in C over the bare scores; only the documents at
    or above it are sorted (a word in 85,000 documents would otherwise build 85,000 keys).
    """
    if len(docs) <= limit:
        return sorted(docs, key=lambda d: (-scores[d], d))
    threshold = heapq.nlargest(limit, map(scores.__getitem__, docs))[-1]
    return sorted((d for d in docs if scores[d] >= threshold), key=lambda d: (-scores[d], d))[:limit]


def _weighted_tf(index: CorpusIndex, phrase: Phrase) -> dict[str, float]:
    """Per document: how often the phrase occurs, title occurrences counted TITLE_WEIGHT times,
    lead occurrences 1 + LEAD_WEIGHT times, each scaled by how it matched (exact > variant > typo).

    A single word needs no positions: its postings carry each document's count and lead
    count, so a word in most of 100,000 documents costs one dict pass.
    """
    lengths = index.doc_lengths
    tf: dict[str, float] = {}
    if len(phrase.words) == 1:
        for exp in phrase.expansions[0]:
            weight = exp.weight
            for doc_id, (count, lead) in index.body.counts(exp.term).items():
                tf[doc_id] = tf.get(doc_id, 0.0) + weight * (count + LEAD_WEIGHT * lead)
    else:
        for doc_id in _phrase_docs(index, phrase):
            lead_end = lengths[doc_id][1]
            for start, chain in _phrase_positions(index, phrase, doc_id):
                weight = min(e.weight for e in chain) * (1 + LEAD_WEIGHT if start < lead_end else 1)
                tf[doc_id] = tf.get(doc_id, 0.0) + weight
    if len(phrase.words) == 1:  # a word: its best-matching expansion's count in each title, in one pass
        in_title: dict[str, int] = {}
        for exp in phrase.expansions[0]:
            for doc_id, n in index.title.get(exp.term, {}).items():
                if n > in_title.get(doc_id, 0):
                    in_title[doc_id] = n
        for doc_id, n in in_title.items():
            tf[doc_id] = tf.get(doc_id, 0.0) + TITLE_WEIGHT * n
        return tf
    for doc_id in _title_docs(index, phrase):
        title_tf = _title_count(index, phrase, doc_id)
        if title_tf:
            tf[doc_id] = tf.get(doc_id, 0.0) + TITLE_WEIGHT * title_tf
    return tf


def _title_docs(index: CorpusIndex, phrase: Phrase) -> set[str]:
    docs: set[str] | None = None
    for expansions in phrase.expansions:
        here = {d for e in expansions for d in index.title.get(e.term, {})}
        docs = here if docs is None else docs & here
    return docs or set()


def _explain(index: CorpusIndex, query: Query, entry: _Scored) -> None:
    """Fill in the token positions (for the snippet) and the matches of one shown document."""
    for number, clause in enumerate(query.clauses):
        for phrase in clause:
            for start, chain in _phrase_positions(index, phrase, entry.doc):
                for offset, exp in enumerate(chain):
                    entry.positions.setdefault(start + offset, number)
                    word = phrase.words[offset]
                    entry.matched.setdefault((word, exp.term), Match(word, exp.term, exp.how))
            if len(phrase.words) == 1:
                for exp in phrase.expansions[0]:
                    if index.title.get(exp.term, {}).get(entry.doc):
                        word = phrase.words[0]
                        entry.matched.setdefault((word, exp.term), Match(word, exp.term, exp.how))


def _make_hit(index: CorpusIndex, entry: _Scored, n_clauses: int) -> Hit:
    doc = index.documents[entry.doc]
    snippet, highlights = _snippet(index, doc.id, entry.positions)
    how_order = {"exact": 0, "variant": 1, "typo": 2}
    matched = sorted(entry.matched.values(), key=lambda m: (m.query, how_order[m.how], m.term))
    return Hit(
        doc=doc.id,
        title=doc.title,
        source=doc.source,
        published=doc.published,
        score=round(entry.score, 4),
        snippet=snippet,
        highlights=highlights,
        matched=matched,
    )


def _snippet(index: CorpusIndex, doc_id: str, positions: dict[int, int]) -> tuple[str, list[tuple[int, int]]]:
    """The one or two sentences that cover the most query clauses, with highlight offsets."""
    sentences = index.doc_sentences(doc_id)
    if not positions:
        first = sentences[0] if sentences else None
        return (_trim(first.text) if first else "", [])
    by_sentence: dict[int, set[int]] = {}
    for pos, clause in positions.items():
        by_sentence.setdefault(index.sentence_at(doc_id, pos).index, set()).add(clause)
    best = sorted(by_sentence, key=lambda i: (-len(by_sentence[i]), i))
    chosen = [best[0]]
    missing = set().union(*by_sentence.values()) - by_sentence[best[0]]
    for i in best[1:]:
        if by_sentence[i] & missing:
            chosen.append(i)
            break
    chosen.sort()
    pieces, highlights, offset = [], [], 0
    for n, i in enumerate(chosen):
        sentence = sentences[i]
        text, cut = _trim_around(sentence.text, [index.token_at(doc_id, p)[1] - sentence.start for p in positions if index.sentence_at(doc_id, p).index == i])
        if n:
            pieces.append(" … ")
            offset += 3
        for pos in sorted(positions):
            if index.sentence_at(doc_id, pos).index != i:
                continue
            _, start, end = index.token_at(doc_id, pos)
            start, end = start - sentence.start - cut, end - sentence.start - cut
            if 0 <= start and end <= len(text):
                highlights.append((offset + start, offset + end))
        pieces.append(text)
        offset += len(text)
    return "".join(pieces), highlights


def _trim(text: str) -> str:
    return text if len(text) <= SNIPPET_MAX else text[: SNIPPET_MAX - 1].rsplit(" ", 1)[0] + "…"


def _trim_around(text: str, starts: Iterable[int]) -> tuple[str, int]:
    """Cut a long sentence to a window around its first match; return it and the cut offset."""
    if len(text) <= SNIPPET_MAX:
        return text, 0
    first = min(starts, default=0)
    cut = max(0, min(first - SNIPPET_MAX // 3, len(text) - SNIPPET_MAX))
    if cut:
        space = text.find(" ", cut)
        cut = space + 1 if 0 <= space < first else cut
    window = text[cut : cut + SNIPPET_MAX]
    return window, cut


def explained_matches(hits: list[Hit]) -> list[Match]:
    """The non-exact matches across hits, once each (for the "Hifter → Haftar" lines)."""
    seen: dict[tuple[str, str], Match] = {}
    for hit in hits:
        for m in hit.matched:
            if m.how != "exact":
                seen.setdefault((m.query, m.term), m)
    return list(seen.values())


def surface_forms(index: CorpusIndex, wanted: set[str]) -> dict[str, str]:
    """The spelling a term has in the texts (its first posting), for explaining matches."""
    found: dict[str, str] = {}
    for term in wanted:
        postings = index.body.get(term)
        if not postings:
            continue
        doc_id, positions = next(iter(postings.items()))
        _, start, end = index.token_at(doc_id, positions[0])
        found[term] = index.documents[doc_id].text[start:end].removesuffix("’s").removesuffix("'s")
    return found


def sentence_matcher(index: CorpusIndex, raw_query: str, exact: bool = False):
    """A predicate telling whether a sentence satisfies every clause of a query (with variants and typos)."""
    query = parse_query(raw_query)
    expander = Expander(index, exact_only=exact)
    clauses = [
        [[{e.term for e in expander.expand(w, c)} | {w} for w, c in zip(p.words, p.capitalised)] for p in clause]
        for clause in query.clauses
    ]
    excluded = [[{e.term for e in expander.expand(w)} | {w} for w in p.words] for p in query.excluded]

    def has_phrase(sentence_terms: list[str], phrase: list[set[str]]) -> bool:
        n = len(phrase)
        return any(
            all(sentence_terms[i + k] in phrase[k] for k in range(n)) for i in range(len(sentence_terms) - n + 1)
        )

    def matches(text: str) -> bool:
        found = terms(text)
        if any(has_phrase(found, p) for p in excluded):
            return False
        return all(any(has_phrase(found, p) for p in clause) for clause in clauses)

    return matches
