"""Ranked search over the CorpusIndex: query language, term expansion, ranking, snippets.

A query is a conjunction of clauses; a clause is one or more alternatives joined by
OR; an alternative is a word or a "quoted phrase"; `-word` excludes.  Each query word
is expanded once against the index vocabulary — exact, other forms of the same word
(a Snowball stemmer: migrants → migrant), spelling variants of names (names.py), then
typos (rapidfuzz) and the spelling variants of a typo's name — and every expansion
carries a weight, so an exact match outranks a variant, and a variant a typo.  A word, a
run of words or a quoted phrase that names a registry actor, or is listed in
data/equivalents.toml, also stands for the actor's other names ("alias") and the phrases
of the same meaning ("synonym"), matched as written and weighted below a variant.

The postings live in SQLite FTS5 (fts.py), which ranks with BM25 over the title, lead
and body columns, title and lead weighted up (BM25F).  A query whose words all matched
exactly or as word forms is one FTS5 expression, ranked in C.  When a clause also
matched variants or typos, each tier of it (exact/word forms, variants, typos) is asked
for separately and its scores, freed of the tier's own idf, are scaled by the clause's
idf and the tier's weight: a document that spells the name another way is then ranked
by how often it names it, a little below one that spells it as asked.

Documents that satisfy every clause are the answer; when none does, the documents that
satisfy most clauses are shown, said so (`Query.partial`, each hit's `missing`).  A month
or year in the query ("clashes May 2025") filters by publication date, said so and undone
by quoting it.  Near-identical copies of one story on several sites are one hit, with
the others listed as its `copies`.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice, product

from . import fts
from .errors import UsageError
from . import layers as L
from .index import CorpusIndex, declare
from .models import Copy, FrozenRecord, Hit, Match, Record
from .text import STOP_WORDS, fold, terms, tokenize
from .patterns import lazy_compile

# A word's expansions by how they were reached: the weight of a match, and its tier.
# "alias": another name of the same actor (the registry's); "synonym": a word or phrase of the
# same meaning (data/equivalents.toml).  Both count less than a spelling variant: another name
# may be of another time (Wagner, then Africa Corps), a word of the same meaning another shade.
HOW_WEIGHT = {"exact": 1.0, "stem": 1.0, "variant": 0.9, "alias": 0.7, "synonym": 0.7, "typo": 0.6}
HOW_TIER = {"exact": 0, "stem": 0, "variant": 1, "typo": 2, "synonym": 3, "alias": 4}
HOW_ORDER = {"exact": 0, "stem": 1, "variant": 2, "alias": 3, "synonym": 4, "typo": 5}
TIER_WEIGHT = (1.0, 0.9, 0.6, 0.7, 0.7)
# After the documents with every word, those missing one (see _near): of a query of this many
# words, one word; or any clause, when what they have weighs more than this share of the query.
NEAR_MIN_WORDS = 3
NEAR_SHARE = 0.5
EQUIVALENT_WORDS = 4  # a run of at most this many query words is looked up as one name or phrase
TYPO_MIN_LENGTH = 4  # a name this long may be a typo of another
# A lower-case word shorter than this is not taken for a typo: short English words one letter
# apart are mostly other words ("flood" is not "food", "dame" is not "dam").
TYPO_MIN_LENGTH_WORD = 6
TYPO_LONG_WORD = 8  # words this long may have two typos
SNIPPET_MAX = 320
PHRASE_FORMS = 32  # at most this many spellings of one phrase are asked for
POOL = 100  # a query with variants or typos scores this many of the engine's best, twice (see _pooled)
# Syndicated copies: share this much of the shorter text's word 5-grams.
COPY_SHINGLE = 5
COPY_CONTAINMENT = 0.6
COPY_MIN_SHINGLES = 20
COPY_WORDS = 300  # the start of a text is enough to tell a copy, and keeps the comparison cheap
# A query date is a filter only at these precisions (a day is too narrow for a publication date).
QUERY_DATE_PRECISIONS = frozenset({"month", "season", "quarter", "half", "year"})


class Expansion(FrozenRecord):
    """One index term a query word stands for, and how it was reached."""

    __slots__ = ("term", "how")
    _fields = __slots__
    term: str
    how: str

    def __init__(self, term: str, how: str) -> None:
        object.__setattr__(self, "term", term)
        object.__setattr__(self, "how", how)

    @property
    def weight(self) -> float:
        return HOW_WEIGHT[self.how]


class Phrase(Record):
    """A query word or quoted phrase: consecutive words, each with its expansions."""

    __slots__ = ("words", "expansions", "capitalised", "quoted", "via", "how")
    _fields = __slots__
    words: list[str]
    expansions: list[list[Expansion]]
    capitalised: list[bool]  # typed with a capital: a name
    quoted: bool
    # An alternative added for what the query said (`via`, folded words): another name of an
    # actor ("alias") or a phrase of the same meaning ("synonym"); its words match as written.
    via: str
    how: str

    def __init__(self, words: list[str], expansions: list[list[Expansion]] | None = None,
                 capitalised: list[bool] | None = None, quoted: bool = False, via: str = "", how: str = "") -> None:
        self.words = words
        self.expansions = [] if expansions is None else expansions
        self.capitalised = [] if capitalised is None else capitalised
        self.quoted = quoted
        self.via = via
        self.how = how

    @property
    def text(self) -> str:
        return " ".join(self.words)


class QueryDate(Record):
    """A month or year found in a query and read as a publication-date filter."""

    __slots__ = ("text", "value", "since", "until", "applied")
    _fields = __slots__
    text: str  # as typed
    value: str  # TIMEX3 value, e.g. 2025-05
    since: datetime.date
    until: datetime.date
    applied: bool  # False: nothing was published then, so the search ran without it

    def __init__(self, text: str, value: str, since: datetime.date, until: datetime.date,
                 applied: bool = True) -> None:
        self.text = text
        self.value = value
        self.since = since
        self.until = until
        self.applied = applied


class Query(Record):
    """A parsed query: clauses that must all match (each a set of OR-ed phrases), and exclusions.

    After a search: `partial` when no document matched every clause and the hits match
    only some; `date` when a month or year in the query was read as a date filter.
    """

    __slots__ = ("raw", "clauses", "excluded", "partial", "date", "total", "near")
    _fields = __slots__
    raw: str
    clauses: list[list[Phrase]]
    excluded: list[Phrase]
    partial: bool
    date: QueryDate | None
    total: int  # documents that match (copies of a story included), before --offset and --limit
    near: int  # hits shown that miss one clause, after every document that has them all

    def __init__(self, raw: str, clauses: list[list[Phrase]], excluded: list[Phrase], partial: bool = False,
                 date: QueryDate | None = None, total: int = 0, near: int = 0) -> None:
        self.raw = raw
        self.clauses = clauses
        self.excluded = excluded
        self.partial = partial
        self.date = date
        self.total = total
        self.near = near


_QUERY_TOKEN = lazy_compile(r'(-?)"([^"]*)"|(\S+)')


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
            phrases = [Phrase(words, capitalised=caps, quoted=True)]
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


def find_query_date(raw: str) -> tuple[str, QueryDate | None]:
    """A month, season, quarter, half or year written in the query outside quotes, and the query without it.

    Relative dates ("last year") and days are left as words; so is a query that is only a date.

    >>> rest, when = find_query_date("Tripoli clashes May 2025")
    >>> rest, when.value, str(when.since), str(when.until)
    ('Tripoli clashes', '2025-05', '2025-05-01', '2025-05-31')
    """
    # Every month, season, quarter, half or year that is not relative names its year in
    # digits: a query without one is no date, and the date grammar (compiled per process,
    # a good part of a warm search) is not loaded for it.
    if not any(ch.isdigit() for ch in raw):
        return raw, None
    from .dates import date_bounds, extract_dates

    quoted = [m.span() for m in _QUERY_TOKEN.finditer(raw.replace("“", '"').replace("”", '"')) if m.group(2) is not None]
    for expr in extract_dates(raw):
        if expr.relative or expr.precision not in QUERY_DATE_PRECISIONS:
            continue
        if any(a <= expr.start < b for a, b in quoted) or raw[:expr.start].rstrip().endswith(("-", "OR")):
            continue
        rest = " ".join((raw[:expr.start] + " " + raw[expr.end:]).split())
        bounds = date_bounds(expr.value)
        if bounds is None or not [t for t in tokenize(rest) if t.term not in STOP_WORDS]:
            continue
        return rest, QueryDate(expr.text, expr.value, bounds[0], bounds[1])
    return raw, None


def _declare_layers() -> None:
    # The spelling-variant layers are declared by index.py (CorpusIndex.name_variants).
    declare(L.ACTOR_ALIASES, list[str])
    declare(L.EQUIVALENTS, list[str])


_declare_layers()


class Expander:
    """Maps query words to index terms: exact, word form, spelling variant, typo."""

    def __init__(self, index: CorpusIndex, exact_only: bool = False) -> None:
        self.index = index
        self.conn = index.db.connection
        if not fts.ready(self.conn):
            raise UsageError("this index has no text search tables; run 'libyadesk cache clear' and search again")
        self.exact_only = exact_only
        self._variants = None
        self._seen: dict[tuple[str, bool], list[Expansion]] = {}
        self._alternatives: dict[str, list[Phrase]] = {}

    def _variant_index(self):
        if self._variants is None:
            self._variants = self.index.name_variants()
        return self._variants

    def alternatives(self, words: tuple[str, ...]) -> list[Phrase]:
        """Other names of the actor these words name, and phrases of the same meaning, that the index holds."""
        if self.exact_only or not words:
            return []
        key = " ".join(words)
        if key not in self._alternatives:
            self._alternatives[key] = self._find_alternatives(words)
        return self._alternatives[key]

    def together(self, words: tuple[str, ...]) -> bool:
        """Whether the texts write these words mostly as this phrase, or never all in one document.

        "coast guard" is written as a phrase, so the query's "coast guard" may be read as one;
        "Africa Corps" where the texts say "African Corps" is better left as two words.
        """
        phrase = fts.count(self.conn, fts.any_of([" ".join(words)]))
        apart = fts.count(self.conn, " AND ".join(fts.any_of([w]) for w in words))
        return 2 * phrase >= apart

    def _find_alternatives(self, words: tuple[str, ...]) -> list[Phrase]:
        aliases = self.index.keyed(L.ACTOR_ALIASES, _build_aliases)
        named = (aliases.get(" ".join(words)) if aliases is not None else None) or []
        # Kept in the index a row per phrase, like the aliases: a warm search parses no TOML.
        equivalents = self.index.keyed(L.EQUIVALENTS, _build_equivalents)
        same = (equivalents.get(" ".join(words)) if equivalents is not None else None) or ()
        asked = tuple(fts.stem_of(self.conn, w) for w in words)
        seen: set[tuple[str, ...]] = set()
        out: list[Phrase] = []
        for how, written in [("alias", w) for w in named] + [("synonym", w) for w in same]:
            alt = tuple(terms(written))
            # (A word no document ever held has no stored stem: the name cannot match, and is left.)
            stems = tuple(fts.stored_stem(self.conn, w) for w in alt)
            if not alt or alt in seen or None in stems or stems == asked or all(len(w) == 1 for w in alt):
                continue  # (letters alone are an acronym written with dots: "U.N.", found as "UN")
            seen.add(alt)
            # Another name that holds the words asked for adds nothing ("Wagner" -> "Wagner Group").
            if any(alt[k:k + len(words)] == words for k in range(len(alt) - len(words) + 1)):
                continue
            # An acronym the texts also write as a word ("US" and "us") would find the word.
            if len(alt) == 1 and written.isupper() and self.index.written_lower(alt[0]):
                continue
            if not all(fts.occurs(self.conn, w) for w in set(alt)):
                continue
            if len(alt) > 1 and not fts.occurs(self.conn, " ".join(alt)):
                continue
            out.append(Phrase(list(alt), expansions=[[Expansion(w, how)] for w in alt], capitalised=[False] * len(alt),
                              quoted=True, via=" ".join(words), how=how))
        return out

    def expand(self, word: str, capitalised: bool = False) -> list[Expansion]:
        """All index terms the query word stands for, best first."""
        key = (word, capitalised)
        if key not in self._seen:
            self._seen[key] = self._expand(word, capitalised)
        return self._seen[key]

    def _expand(self, word: str, capitalised: bool) -> list[Expansion]:
        held = fts.occurs(self.conn, word)
        if not held and word.isascii() and word.isalnum() and self.index.holds(word):
            # The term counts say documents hold the word and the postings know none: the
            # postings are damaged (a silently empty answer otherwise); the caller mends them.
            raise fts.Damaged(f"no postings for {word!r}, which the term counts give to documents")
        found = [Expansion(word, "exact")] if held else []
        if self.exact_only or word.isdigit():
            return found
        seen = {word}

        def add(terms: Iterable[str], how: str) -> None:
            for term in terms:
                if term not in seen:
                    seen.add(term)
                    found.append(Expansion(term, how))

        # Word forms share a Snowball stem: "clashes" finds "clash", "Haftars" finds "Haftar".
        add(fts.word_forms(self.conn, word), "stem")
        # Spelling variants are looked for among names only, so "filed" never finds "filled".
        variants = self._variant_index()
        add(variants.variants(word), "variant")
        if not found and len(word) >= (TYPO_MIN_LENGTH if capitalised else TYPO_MIN_LENGTH_WORD):
            for term in self._typos(word, capitalised):
                # A typo of a name reaches that name's spellings too: "Haftr" finds "Hifter".
                add([term, *variants.variants(term)], "typo")
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

        low, high = len(word) - 1, len(word) + 1  # a longer or shorter candidate is dropped below
        pool = self.index.names_of_length(low, high) if capitalised else fts.terms_of_length(self.conn, low, high)
        max_edits = 1 if len(word) < TYPO_LONG_WORD else 2
        candidates = process.extract(
            word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=max_edits, limit=8
        )
        df = {term: fts.doc_freq(self.conn, term) for term, _, _ in candidates}
        out = []
        for term, _distance, _ in sorted(candidates, key=lambda c: (c[1], -df[c[0]], c[0])):
            if abs(len(term) - len(word)) > 1 or term in STOP_WORDS or term.isdigit() or not df[term]:
                continue
            if _vowel_swap(word, term):
                continue
            out.append(term)
        return out[:5]


@lru_cache(maxsize=1)
def equivalent_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each word or phrase of data/equivalents.toml (as folded terms) -> the entry's words, as written.

    >>> "fighting" in equivalent_table()[("clashes",)]
    True
    """
    from . import vocab

    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in vocab.entries("equivalents"):
        for word in entry["words"]:
            key = tuple(terms(word))
            table[key] = tuple(dict.fromkeys([*table.get(key, ()), *entry["words"]]))
    return table


def _build_equivalents(index: CorpusIndex) -> None:
    """The keyed layer of equivalent_table: the folded terms, joined by spaces -> the entry's words."""
    index.set_keyed(L.EQUIVALENTS, {" ".join(key): list(value) for key, value in equivalent_table().items()})


def _build_aliases(index: CorpusIndex) -> None:
    """The keyed layer of actor names: each name of a registry actor (folded terms) -> every name of that actor."""
    from .actors import load_registry

    # The registry the caller attached (the user's actor files), else the shipped one: not
    # stored as the index's registry, which is the actor layer's to set.
    registry = index.layer(L.REGISTRY) if index.has_layer(L.REGISTRY) else load_registry()
    table: dict[str, list[str]] = {}
    for actor_id, actor in registry.actors.items():
        if actor.kind == "outlet":  # an outlet is a source: its other names are not what a query means
            continue
        names = registry.names_of(actor_id)
        for name in names:
            key = " ".join(terms(name))
            if key:
                table[key] = list(dict.fromkeys([*table.get(key, ()), *names]))
    index.set_keyed(L.ACTOR_ALIASES, table)


def _plain(clause: list[Phrase]) -> bool:
    """A clause of one unquoted word (no OR): may join its neighbours as a name or phrase."""
    return len(clause) == 1 and not clause[0].quoted and len(clause[0].words) == 1 and not clause[0].via


def add_alternatives(query: Query, alternatives: Callable[[tuple[str, ...]], list[Phrase]],
                     together: Callable[[tuple[str, ...]], bool] = lambda words: True) -> None:
    """Give each clause the other names and same-meaning phrases of what it says (in place).

    A run of plain words that together are a listed name or phrase ("coast guard",
    "Presidential Council") becomes one clause: that phrase, or any of its alternatives —
    where `together(words)` says the texts write those words as that phrase (otherwise a
    document with the words apart, or in other forms, would be lost).  A quoted phrase, or
    a word, that is one gets its alternatives beside it.
    """
    out: list[list[Phrase]] = []
    clauses = query.clauses
    i = 0
    while i < len(clauses):
        run = 0
        while i + run < len(clauses) and _plain(clauses[i + run]):
            run += 1
        joined = False
        for n in range(min(run, EQUIVALENT_WORDS), 1, -1):
            words = tuple(clauses[i + k][0].words[0] for k in range(n))
            found = alternatives(words)
            if found and together(words):
                caps = [clauses[i + k][0].capitalised[0] for k in range(n)]
                out.append([Phrase(list(words), capitalised=caps), *found])
                i += n
                joined = True
                break
        if joined:
            continue
        clause = list(clauses[i])
        for phrase in clauses[i]:
            if not phrase.via:
                clause.extend(p for p in alternatives(tuple(phrase.words))
                              if p.words not in [q.words for q in clause])
        out.append(clause)
        i += 1
    query.clauses = out


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


class SearchOptions(Record):
    """Filters and switches of one search."""

    __slots__ = ("limit", "exact", "since", "until", "source", "docs", "read_dates", "offset")
    _fields = __slots__
    limit: int
    exact: bool
    since: tuple | None  # (first_day, last_day) of the bound, from dates.parse_bound
    until: tuple | None
    source: str | None
    docs: set[str] | None  # restrict to these document ids (e.g. --actor)
    read_dates: bool  # a month or year in the query filters by publication date
    offset: int  # skip this many of the best stories (paging)

    def __init__(self, limit: int = 10, exact: bool = False, since: tuple | None = None, until: tuple | None = None,
                 source: str | None = None, docs: set[str] | None = None, read_dates: bool = True,
                 offset: int = 0) -> None:
        self.limit = limit
        self.exact = exact
        self.since = since
        self.until = until
        self.source = source
        self.docs = docs
        self.read_dates = read_dates
        self.offset = offset


def _tiers(phrase: Phrase) -> dict[int, list[str]]:
    """The spellings of a phrase that the index holds, as FTS5 phrases, by tier (0 exact and word forms, 1 variants, 2 typos)."""
    tiers: dict[int, list[str]] = {}
    if not phrase.expansions or not all(phrase.expansions):
        return tiers
    for combo in islice(product(*phrase.expansions), PHRASE_FORMS):
        tier = max(HOW_TIER[e.how] for e in combo)
        tiers.setdefault(tier, []).append(" ".join(e.term for e in combo))
    return tiers


def _clause_tiers(clause: list[Phrase]) -> dict[int, list[str]]:
    merged: dict[int, list[str]] = {}
    for phrase in clause:
        for tier, phrases in _tiers(phrase).items():
            merged.setdefault(tier, []).extend(phrases)
    return merged


class _Filter:
    """Which documents the options (and a date read from the query) let through, by outlet and date."""

    def __init__(self, options: SearchOptions, when: QueryDate | None) -> None:
        self.docs = options.docs
        self.source = fold(options.source) if options.source else None
        since = options.since[0] if options.since else None
        until = options.until[1] if options.until else None
        # A date read from the query keeps the documents whose date is unknown: they may be of then.
        self.keep_undated = False
        if when is not None and when.applied:
            since, until = when.since, when.until
            self.keep_undated = True
        self.since, self.until = since, until
        self.active = self.docs is not None or bool(self.source) or since is not None or until is not None
        self._bounds: dict[str, tuple | None] = {}

    def __call__(self, doc_id: str, source: str | None, published: str | None) -> bool:
        if self.docs is not None and doc_id not in self.docs:
            return False
        if self.source and self.source not in fold(source or ""):
            return False
        if self.since is None and self.until is None:
            return True
        if published not in self._bounds:
            from .dates import date_bounds

            self._bounds[published] = date_bounds(published) if published else None
        bounds = self._bounds[published]
        if bounds is None:
            return self.keep_undated
        return not ((self.since is not None and bounds[1] < self.since)
                    or (self.until is not None and bounds[0] > self.until))


class _Candidate(Record):
    __slots__ = ("doc", "docno", "score", "satisfied")
    _fields = __slots__
    doc: str
    docno: int
    score: float
    satisfied: frozenset[int]  # the clauses it matches

    def __init__(self, doc: str, docno: int, score: float, satisfied: frozenset[int]) -> None:
        self.doc = doc
        self.docno = docno
        self.score = score
        self.satisfied = satisfied


def search(index: CorpusIndex, raw_query: str, options: SearchOptions | None = None) -> tuple[Query, list[Hit]]:
    """Run a query against the index; return the parsed query and the ranked hits."""
    options = options or SearchOptions()
    if options.limit < 1:
        raise UsageError(f"--limit must be a positive number, not {options.limit}")
    words, when = raw_query, None
    if options.read_dates and options.since is None and options.until is None:
        words, when = find_query_date(raw_query)
    query = parse_query(words)
    query.raw, query.date = raw_query, when
    # A clause said twice asks nothing more: "Haftar Frontex Haftar" is "Haftar Frontex".
    unique: dict[tuple[str, ...], list[Phrase]] = {}
    for clause in query.clauses:
        unique.setdefault(tuple(sorted(p.text for p in clause)), clause)
    query.clauses = list(unique.values())
    expander = Expander(index, exact_only=options.exact)
    add_alternatives(query, expander.alternatives, expander.together)
    for phrase in [p for clause in query.clauses for p in clause if not p.via] + query.excluded:
        caps = phrase.capitalised or [False] * len(phrase.words)
        phrase.expansions = [expander.expand(word, cap) for word, cap in zip(phrase.words, caps)]
    for clause in query.clauses:
        # A word that is another name or of the same meaning is that, not a typo or a variant ("Russia", "Russian").
        named = {p.words[0] for p in clause if p.via and len(p.words) == 1}
        for phrase in clause:
            if not phrase.via and named:
                phrase.expansions = [[e for e in exps if e.term not in named or e.how in ("exact", "stem")]
                                     for exps in phrase.expansions]
    conn = expander.conn
    counts = _Counts(conn)
    # The engine ranks a page of matches at a time: enough for the stories asked for and their copies.
    page = max(fts.PAGE, 2 * (options.offset + options.limit))
    candidates = _retrieve(conn, query, _Filter(options, when), index.average_length, counts, page)
    first = next(candidates, None)
    if first is None and when is not None:  # nothing published then: say so, and search every date
        when.applied = False
        candidates = _retrieve(conn, query, _Filter(options, when), index.average_length, counts, page)
        first = next(candidates, None)
    if first is None:
        return query, []
    stream: Iterator[_Candidate] = _chain(first, candidates)
    total = candidates.total
    if not query.partial and len(query.clauses) > 1:
        # After every document with all the words, those missing one of them, said so.
        near = _near(conn, query, _Filter(options, when), counts)
        stream, total = _chain(first, _then(candidates, near)), (lambda: candidates.total() + near.total())
    hits = _group(index, conn, query, stream, options.offset + options.limit)[options.offset :]
    # Counted by the engine (or in one pass when filtered), not by naming every candidate.
    query.total = total()
    query.near = sum(1 for h in hits if h.missing)
    return query, hits


def _then(first: Iterator[_Candidate], rest: Iterator[_Candidate]) -> Iterator[_Candidate]:
    yield from first
    yield from rest


def _near(conn, query: Query, allowed: _Filter, counts: _Counts | None = None) -> _Stream:
    """Documents that have every clause of the query but one, best first (the engine's BM25).

    A clause may be missed when it is one word of a query of NEAR_MIN_WORDS words or more
    (a long query is seldom written word for word, and two words of three often still say
    what a document is about — not always: "Bashagha prime minister" then shows other prime
    ministers, each hit marked with the word it misses), or when the clauses a document has
    weigh more than NEAR_SHARE of the query by idf (it lacks the commoner word: "coast guard
    pushbacks" without "coast guard"; never "Haftar Belarus" without Belarus).  The sets (one
    per missing clause) are disjoint, and disjoint from the documents with every clause.
    """
    tiers = [_clause_tiers(clause) for clause in query.clauses]
    clauses = [fts.any_of([p for ps in t.values() for p in ps]) for t in tiers]
    excluded = [p for phrase in query.excluded for ps in _tiers(phrase).values() for p in ps]
    typed = [len(next((p.words for p in clause if not p.via), [])) for clause in query.clauses]
    documents = max(fts.document_count(conn), 1)
    # A clause weighs what its words as typed weigh: other names and words of the same meaning
    # widen what it finds, not how much it says.
    counts = _Counts(conn) if counts is None else counts
    weights = [_idf(documents, counts[fts.any_of(t[0]) if 0 in t else c]) for t, c in zip(tiers, clauses)]
    expressions = []
    for i, missing in enumerate(clauses):
        one_word = sum(typed) >= NEAR_MIN_WORDS and typed[i] == 1
        if one_word:
            kept = [c for j, c in enumerate(clauses) if j != i]
        elif sum(weights) - weights[i] > NEAR_SHARE * sum(weights) and all(0 in tiers[j] for j in range(len(tiers)) if j != i):
            # Weighed as typed, so had as typed: "Sirte fighting" does not stand for "clashes" here.
            kept = [fts.any_of(tiers[j][0]) for j in range(len(tiers)) if j != i]
        else:
            continue
        expression = "(" + " AND ".join(kept) + f") NOT {missing}"
        if excluded:
            expression = f"({expression}) NOT {fts.any_of(excluded)}"
        expressions.append((frozenset(j for j in range(len(clauses)) if j != i), expression))

    def ranked() -> Iterator[_Candidate]:
        # Asked of the engine only when the full matches did not fill the page.
        found: list[_Candidate] = []
        for satisfied, expression in expressions:
            taken = 0
            for docno, doc, source, published, score in fts.ranked(conn, expression):
                if allowed.active and not allowed(doc, source, published):
                    continue
                found.append(_Candidate(doc, docno, score, satisfied))
                taken += 1
                if taken >= POOL:
                    break
        found.sort(key=lambda c: (-c.score, c.docno))
        yield from found

    def total() -> int:
        if not allowed.active:
            return sum(counts[e] for _, e in expressions)
        return sum(1 for _, e in expressions for _, doc, source, published in fts.described_matches(conn, e)
                   if allowed(doc, source, published))

    return _Stream(ranked(), total)


class _Stream:
    """Candidates best first, and how many there are in all (copies of a story included)."""

    def __init__(self, items: Iterator[_Candidate], total: Callable[[], int]) -> None:
        self._items = items
        self.total = total

    def __iter__(self) -> Iterator[_Candidate]:
        return self

    def __next__(self) -> _Candidate:
        return next(self._items)


_NOTHING = _Stream(iter(()), lambda: 0)


class _Counts(dict):
    """How many documents match each FTS5 expression, counted once per search, when first asked for."""

    def __init__(self, conn) -> None:
        super().__init__()
        self.conn = conn

    def __missing__(self, expression: str) -> int:
        self[expression] = found = fts.count(self.conn, expression)
        return found


def _retrieve(conn, query: Query, allowed: _Filter, average: float = 1.0, counts: _Counts | None = None,
              page: int = fts.PAGE) -> _Stream:
    """Candidates best first: every clause satisfied, or (when none is) as many as any document satisfies."""
    counts = _Counts(conn) if counts is None else counts
    query.partial = False
    tiers = [_clause_tiers(clause) for clause in query.clauses]
    excluded = [p for phrase in query.excluded for ps in _tiers(phrase).values() for p in ps]
    everything = frozenset(range(len(tiers)))
    if all(set(t) == {0} for t in tiers):
        # Every word matched as typed or as a word form: one expression, ranked by the engine.
        expression = " AND ".join(fts.any_of(t[0]) for t in tiers)
        if excluded:
            expression = f"({expression}) NOT {fts.any_of(excluded)}"
        # Counted apart, and only when the total is asked for (see fts.Ranked).
        matches = fts.ranked(conn, expression, page=page)
        found = (_Candidate(doc, docno, score, everything)
                 for docno, doc, source, published, score in matches
                 if not allowed.active or allowed(doc, source, published))
        first = next(found, None)
        if first is not None:
            def total(expression: str = expression) -> int:
                if not allowed.active:
                    return counts[expression]
                return sum(1 for _, doc, source, published in fts.described_matches(conn, expression)
                           if allowed(doc, source, published))

            return _Stream(_chain(first, found), total)
        # No document has every word: the clause-by-clause path finds those with most of them.
    else:
        pooled = _pooled(conn, query, tiers, excluded, allowed, average, counts)
        if pooled is not None:
            return pooled
    return _scored(conn, query, tiers, excluded, allowed)


def _pooled(conn, query: Query, tiers: list[dict[int, list[str]]], excluded: list[str],
            allowed: _Filter, average: float, counts: _Counts) -> _Stream | None:
    """Candidates for a query with spelling variants or typos, scored in Python over a pool the engine ranks.

    Scoring every document of every tier (85,000 for a name at 100k) costs a Python step
    each; instead the engine ranks, in C, the documents that have every word as typed, and
    those that have it in another spelling (or, when more than one word has other spellings,
    every word in any spelling), and the best POOL of each are scored as _scored would score
    them (BM25F per tier on the clause's idf, weighted by tier), from their stored terms.
    None when no document has every word.

    A document's score is the best of its tiers, so the two rankings find the documents
    best in either; and the engine ranks each document once, not those with the spelling as
    typed twice (as it did when the second ranking was of every spelling): ranking costs a
    step per matching document (about 68,000 for "Haftar Benghazi" at 100k).
    """
    if not all(tiers):  # a word found nowhere: no document has every word
        return None
    shown = POOL
    every = " AND ".join(fts.any_of([p for ps in t.values() for p in ps]) for t in tiers)
    typed = " AND ".join(fts.any_of(t[0]) for t in tiers) if all(0 in t for t in tiers) else None
    wider = [i for i, t in enumerate(tiers) if set(t) != {0}]
    others = every
    if typed is not None and len(wider) == 1:
        # One word has other spellings: those, with the other words as typed (they have no others).
        others = " AND ".join(fts.any_of([p for tier, ps in t.items() if tier for p in ps]) if i in wider
                              else fts.any_of(t[0]) for i, t in enumerate(tiers))
    if excluded:
        every = f"({every}) NOT {fts.any_of(excluded)}"
        others = f"({others}) NOT {fts.any_of(excluded)}"
        typed = typed and f"({typed}) NOT {fts.any_of(excluded)}"
    pool: dict[int, str] = {}
    for expression in (typed, others):
        if expression is None:
            continue
        taken = 0
        matches = fts.ranked(conn, expression, page=shown)
        for docno, doc, source, published, _ in matches:
            if allowed.active and not allowed(doc, source, published):
                continue
            pool[docno] = doc
            taken += 1
            if taken >= shown:
                break
    if not pool:
        return None
    total_docs = max(fts.document_count(conn), 1)
    # Each document's columns as stored, searched for the query's spellings only (fts.occurrences).
    columns = {no: fts.stored_columns(conn, no) for no in pool}
    weights = (fts.TITLE_WEIGHT, fts.LEAD_WEIGHT, fts.BODY_WEIGHT)
    scores = dict.fromkeys(pool, 0.0)
    for clause in tiers:
        clause_idf = _idf(total_docs, counts[fts.any_of([p for ps in clause.values() for p in ps])])
        counters = {tier: fts.occurrences(phrases) for tier, phrases in clause.items()}
        for no, (texts, length) in columns.items():
            norm = fts.K1 * (1 - fts.B + fts.B * length / max(average, 1.0))
            best = 0.0
            for tier, count in counters.items():
                tf = sum(w * count(text) for w, text in zip(weights, texts))
                if tf:
                    best = max(best, TIER_WEIGHT[tier] * tf * (fts.K1 + 1) / (tf + norm))
            scores[no] += clause_idf * best
    ranked = sorted(pool, key=lambda n: (-scores[n], n))
    everything = frozenset(range(len(tiers)))

    def total() -> int:
        if not allowed.active:
            return counts[every]
        return sum(1 for _, doc, source, published in fts.described_matches(conn, every)
                   if allowed(doc, source, published))

    return _Stream((_Candidate(pool[n], n, scores[n], everything) for n in ranked), total)


def _idf(total: int, df: int) -> float:
    """The clause's inverse document frequency, never zero (Lucene's): a word in most documents still counts a little.

    >>> round(_idf(100, 10), 4), _idf(100, 100) > 0
    (2.2637, True)
    """
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


def _chain(first, rest):
    yield first
    yield from rest


def _scored(conn, query: Query, tiers: list[dict[int, list[str]]], excluded: list[str],
            allowed: _Filter) -> _Stream:
    """Score clause by clause, tier by tier, in Python over the engine's per-tier scores (see the module docstring).

    Documents are numbers here: the engine's index gives their scores, and only those
    that may be shown (or must be filtered) are looked up by number.
    """
    total = max(fts.document_count(conn), 1)
    shut = fts.docnos_with(conn, fts.any_of(excluded)) if excluded else set()
    scores: dict[int, float] = {}
    satisfied: dict[int, set[int]] = {}
    for number, clause in enumerate(tiers):
        best: dict[int, float] = {}
        per_tier = [(tier, fts.scores(conn, fts.any_of(phrases))) for tier, phrases in sorted(clause.items())]
        union = set().union(*({no for no, _ in rows} for _, rows in per_tier)) if per_tier else set()
        clause_idf = _idf(total, len(union))
        for tier, rows in per_tier:
            scale = TIER_WEIGHT[tier] * clause_idf / fts.idf(total, len(rows))
            get = best.get
            for no, score in rows:
                value = score * scale
                if value > get(no, -1.0):
                    best[no] = value
        for no, value in best.items():
            if no in shut:
                continue
            scores[no] = scores.get(no, 0.0) + value
            satisfied.setdefault(no, set()).add(number)
    need = len(tiers)
    complete = [no for no, got in satisfied.items() if len(got) == need]
    for ranked in (sorted(complete, key=lambda n: (-scores[n], n)),
                   # No document (that the filters let through) has every word: those with the most words first.
                   sorted(satisfied, key=lambda n: (-len(satisfied[n]), -scores[n], n)) if need > 1 else []):
        found = _described(conn, ranked, scores, satisfied, allowed)
        first = next(found, None)
        if first is not None:
            query.partial = len(satisfied[first.docno]) < need

            def total(ranked: list[int] = ranked) -> int:
                if not allowed.active:
                    return len(ranked)
                wanted = set(ranked)
                return sum(1 for no, doc, source, published in fts.described(conn)
                           if no in wanted and allowed(doc, source, published))

            return _Stream(_chain(first, found), total)
    return _NOTHING


def _described(conn, ranked: list[int], scores: dict[int, float], satisfied: dict[int, set[int]],
               allowed: _Filter) -> Iterator[_Candidate]:
    """Candidates in the given order, named, and filtered when a filter is on.

    A filter over many candidates reads every document's outlet and date in one pass
    instead of one lookup each.
    """
    if allowed.active and len(ranked) > 2000:
        wanted = set(ranked)
        kept = {no: doc for no, doc, source, published in fts.described(conn)
                if no in wanted and allowed(doc, source, published)}
        rows: Iterable = ((no, kept[no]) for no in ranked if no in kept)
    else:
        rows = ((no, doc) for no, doc, source, published in fts.described(conn, ranked)
                if not allowed.active or allowed(doc, source, published))
    for no, doc in rows:
        yield _Candidate(doc, no, scores[no], frozenset(satisfied[no]))


def _group(index: CorpusIndex, conn, query: Query, candidates: Iterator[_Candidate], limit: int) -> list[Hit]:
    """The first `limit` stories: a candidate whose text is a near copy of a story already taken joins it.

    After the `limit`-th story a few more candidates are read, only to find more copies.
    """
    stories: list[tuple[_Candidate, set[int], list[_Candidate]]] = []
    extra = limit + 5
    for candidate in candidates:
        if len(stories) >= limit:
            extra -= 1
            if extra < 0:
                break
        shingles = _shingles(conn, candidate.docno)
        home = next((s for s in stories if _near_copy(shingles, s[1])), None)
        if home is not None:
            home[2].append(candidate)
        elif len(stories) < limit:
            stories.append((candidate, shingles, []))
    return [_make_hit(index, query, first, copies) for first, _, copies in stories]


def _shingles(conn, docno: int) -> set[int]:
    """Hashes of the word 5-grams of the start of a document's text (lead and body), for finding copies."""
    row = conn.execute("SELECT lead || ' ' || body FROM fts WHERE rowid = ?", (docno,)).fetchone()
    words = row[0].split(None, COPY_WORDS)[:COPY_WORDS] if row else []
    return set(map(hash, zip(*(words[i:] for i in range(COPY_SHINGLE)))))


def _near_copy(a: set[int], b: set[int]) -> bool:
    """Whether two texts are one story: most of the shorter one's 5-grams are in the other."""
    small = min(len(a), len(b))
    return small >= COPY_MIN_SHINGLES and len(a & b) >= COPY_CONTAINMENT * small


def _make_hit(index: CorpusIndex, query: Query, entry: _Candidate, copies: list[_Candidate]) -> Hit:
    doc = index.documents[entry.doc]
    by_sentence, spans, matched = _locate(index, query, entry.doc)
    snippet, highlights = _snippet(index, entry.doc, by_sentence, spans)
    listed = sorted(matched.values(), key=lambda m: (m.query, HOW_ORDER[m.how], m.term))
    asked = [[p for p in clause if not p.via] for clause in query.clauses]
    missing = [" OR ".join(p.text for p in clause) for number, clause in enumerate(asked) if number not in entry.satisfied]
    others = []
    for c in copies:
        d = index.documents[c.doc]
        others.append(Copy(d.id, d.title, d.source, d.published))
    page = None
    if doc.pages and by_sentence:  # a PDF: cite the page of the sentence the snippet starts from
        best = min(by_sentence, key=lambda i: (-len(by_sentence[i]), i))
        page = doc.page_at(index.doc_sentences(doc.id)[best].start)
    return Hit(doc=doc.id, title=doc.title, source=doc.source, published=doc.published,
               score=round(entry.score, 4), snippet=snippet, highlights=highlights, matched=listed,
               missing=missing, copies=others, page=page)


def _matchers(query: Query) -> list[tuple[int, Phrase, list[dict[str, Expansion]]]]:
    """(clause number, phrase, per word: index term -> its expansion) of every phrase of the query."""
    out = []
    for number, clause in enumerate(query.clauses):
        for phrase in clause:
            if phrase.expansions and all(phrase.expansions):
                out.append((number, phrase, [{e.term: e for e in exps} for exps in phrase.expansions]))
    return out


def _locate(index: CorpusIndex, query: Query, doc_id: str
            ) -> tuple[dict[int, set[int]], dict[int, list[tuple[int, int]]], dict[tuple[str, str], Match]]:
    """Where the query matches one document: per sentence the clauses it holds and the spans of the
    matched words (offsets in the sentence), and how each query word matched (text and title)."""
    matchers = _matchers(query)
    by_sentence: dict[int, set[int]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    matched: dict[tuple[str, str], Match] = {}
    doc = index.documents[doc_id]
    pieces = [(-1, doc.title or "")] + [(s.index, s.text) for s in index.doc_sentences(doc_id)]
    wanted = {term for _, _, maps in matchers for m in maps for term in m}
    for number, text in pieces:
        # Only sentences that may hold a term are tokenized: a plain-ASCII sentence without
        # apostrophes folds to its lower case, so a term not in that is not in the sentence.
        if text.isascii() and "'" not in text:
            lowered = text.lower()
            if not any(term in lowered for term in wanted):
                continue
        tokens = tokenize(text)
        words = [t.term for t in tokens]
        for clause, phrase, maps in matchers:
            n, first = len(maps), maps[0]
            for i in range(len(words) - n + 1):
                if words[i] not in first or not all(words[i + k] in maps[k] for k in range(1, n)):
                    continue
                if phrase.via:  # another name or a phrase of the same meaning: "clashes → fighting"
                    matched.setdefault((phrase.via, phrase.text), Match(phrase.via, phrase.text, phrase.how))
                for k in range(n if not phrase.via else 0):
                    exp = maps[k][words[i + k]]
                    matched.setdefault((phrase.words[k], exp.term), Match(phrase.words[k], exp.term, exp.how))
                if number >= 0:
                    by_sentence.setdefault(number, set()).add(clause)
                    spans.setdefault(number, []).extend((tokens[i + k].start, tokens[i + k].end) for k in range(n))
    return by_sentence, spans, matched


def _snippet(index: CorpusIndex, doc_id: str, by_sentence: dict[int, set[int]],
             spans: dict[int, list[tuple[int, int]]]) -> tuple[str, list[tuple[int, int]]]:
    """The one or two sentences that cover the most query clauses, with highlight offsets."""
    sentences = index.doc_sentences(doc_id)
    if not by_sentence:
        first = sentences[0] if sentences else None
        return (_trim(first.text) if first else "", [])
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
        here = sorted(set(spans.get(i, ())))
        text, cut = _trim_around(sentences[i].text, [start for start, _ in here])
        if n:
            pieces.append(" … ")
            offset += 3
        for start, end in here:
            start, end = start - cut, end - cut
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
    """The spelling variants and typos across hits, once each (for the "Hifter → Haftar" lines).

    Word forms (clashes → clash) are in each hit's `matched` but not explained: they read as the word asked for.
    """
    seen: dict[tuple[str, str], Match] = {}
    for hit in hits:
        for m in hit.matched:
            if m.how in ("variant", "typo", "alias", "synonym"):
                seen.setdefault((m.query, m.term), m)
    return list(seen.values())


def surface_forms(index: CorpusIndex, wanted: set[str]) -> dict[str, str]:
    """The spelling a term (or a phrase of terms) has in the texts (its first occurrence in a document holding it), for explaining matches."""
    found: dict[str, str] = {}
    conn = index.db.connection
    for term in wanted:
        words = term.split()
        for doc_id in fts.docs_with(conn, fts.any_of([term])):
            doc = index.documents[doc_id]
            for text in (doc.text, doc.title or ""):
                tokens = tokenize(text)
                at = next((i for i in range(len(tokens) - len(words) + 1)
                           if all(tokens[i + k].term == w for k, w in enumerate(words))), None)
                if at is not None:
                    span = text[tokens[at].start:tokens[at + len(words) - 1].end]
                    found[term] = span.removesuffix("’s").removesuffix("'s")
                    break
    return found


def sentence_matcher(index: CorpusIndex, raw_query: str, exact: bool = False) -> Callable[[str], bool]:
    """A predicate telling whether a sentence satisfies every clause of a query (with variants and typos)."""
    query = parse_query(raw_query)
    expander = Expander(index, exact_only=exact)
    add_alternatives(query, expander.alternatives, expander.together)  # as search reads it: other names, same meaning
    clauses = [
        [[{w} for w in p.words] if p.via else
         [{e.term for e in expander.expand(w, c)} | {w} for w, c in zip(p.words, p.capitalised)] for p in clause]
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
