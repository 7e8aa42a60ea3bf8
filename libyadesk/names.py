"""Spelling variants of names: Haftar = Khaftar, Gaddafi = Qadhafi, Lukashenko = Łukašenka.

Design.  A romanised Arabic name keeps its consonants and loses its short vowels: the
Arabic script does not write them, so each transliterator guesses (Haftar / Heftar,
Menfi / Manfi, Dbeibah / Dbaibah).  A term is therefore reduced to a *consonant skeleton
key* (`name_key`): consonants in broad classes (q/k/g/c/gh -> k, kh/h -> h, s/sh/sch/š -> s,
dh -> d, th -> t, ph -> f, zh/dj/j -> j), doubled letters once, "al-" and a final vowel's
"h" dropped, plus an "a" marking a leading vowel and an "a" marking a final one.  Equal
keys only make *candidates*, found by one dict lookup.  A key alone would merge many
short or European words (Meloni / Melone, Putin / Patton, later / letter), so a guard then
compares the two spellings position by position -- this is the similarity check, written
as transliteration habits rather than an edit distance:

* each consonant must be spelled the same or by a known swap (q~k, q~g, k~c, g~gh, s~sh,
  d~dh, t~th, h~kh...), not merely share a class (cold / gold);
* each inner vowel slot must be filled in both or empty in both, and the vowels must agree
  at both ends of the cluster under Arabic habits: a~e (fatha), e~i (kasra), o~u (damma),
  with ee = i and ou = oo = u (Tobrouk = Tobruk, Dbeibah = Dbaibah, but plain != plan);
* a leading vowel keeps its class strictly apart from a (Omar = Umar, affect != effect);
* a final vowel is stricter still, as European endings carry meaning: -a, -e, -i/-y and
  -o/-u are four classes (Meloni != Melone), except that a vowel + h matches loosely
  (-ah/-eh/-ih: Dbeibah = Dbeiba, Saleh = Salih) and Slavic -nko = -nka (Lukashenko);
* the skeleton must be strong: at least three consonants, counting a leading vowel and a
  final h (Russia / Rosa has two), and with exactly three the vowels before the last
  consonant must be identical (Saleh = Salih, but later != letter); terms of fewer than
  four letters, with digits, or in STOP_WORDS never match.

Whatever the rule misses or wrongly joins is fixed in a user-editable TOML table
(data/variants.toml): a `[[group]]` merges its spellings, and any word the rule matches to a
member joins the group too (Hiftar ~ Hifter, which the table puts with Haftar; Kaddafi ~
Kadafi); a `[[distinct]]` list keeps its spellings apart whatever the rule or groups say.
What still merges wrongly is mostly English minimal pairs (analyses / analysis, self /
shelf), so callers get the best results by asking only about name-like terms.

`are_variants` is irreflexive: a term is not its own variant (it answers "is this a
*different* spelling of the same name"), matching `VariantIndex.variants`, which never
returns the term itself.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from .models import FrozenRecord, Row
from .text import STOP_WORDS, fold
from .patterns import lazy_compile

MIN_LETTERS = 4
MIN_STRENGTH = 3

_VOWELS = frozenset("aeiou")
# The sounds a transliterator may write with each vowel letter (Arabic has a, i, u).
_VOWEL_CLASSES = {"a": "A", "e": "AI", "i": "I", "o": "U", "u": "U"}
# Edges of a word carry more meaning: Meloni is not Melone, affect is not effect.
_INITIAL_CLASS = {"a": "A", "e": "I", "i": "I", "o": "U", "u": "U"}
_FINAL_CLASS = {"a": "A", "e": "E", "i": "I", "o": "U", "u": "U"}
# Long vowels written English- or French-style: Saleem = Salim, Tobrouk = Tobruk.
_LONG_VOWELS = (("ee", "i"), ("oo", "u"), ("ou", "u"))
# Longest first: each maps to one consonant class (a letter of the key).
_DIGRAPHS = (
    # ch is of the s class, but swaps with sh and sch only (_SWAPS): French writes sh so ("Abou Chaala" is
    # "Abu Shaala", "Mechri" "Meshri"), while English "ch" (catch) is no s ("Chaker" / "Saker" stay apart).
    ("sch", "s"), ("sh", "s"), ("ch", "s"), ("zh", "j"), ("dj", "j"),
    ("kh", "h"), ("gh", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"),
)
_DIGRAPHS_BY_FIRST: dict[str, tuple[tuple[str, str], ...]] = {
    first: tuple(d for d in _DIGRAPHS if d[0][0] == first) for first in {d[0][0] for d in _DIGRAPHS}
}
_LETTER_CLASS = {
    "b": "b", "p": "p", "d": "d", "t": "t", "f": "f", "v": "v", "w": "w",
    "k": "k", "q": "k", "g": "k", "c": "k", "s": "s", "z": "z", "j": "j", "h": "h",
    "l": "l", "m": "m", "n": "n", "r": "r",
}
# Spellings of one consonant class that transliterators really swap.  Pairs outside this
# list share a key but not a sound (cold / gold, cent / sent); the table bridges the rest
# (Gaddafi ~ Qaddafi ~ Kaddafi goes g~q~k through listed spellings).
_SWAPS = frozenset(
    frozenset(pair)
    for pair in (
        ("k", "q"), ("q", "g"), ("k", "c"), ("g", "gh"), ("q", "gh"), ("k", "ck"), ("c", "ck"),
        ("s", "sh"), ("s", "sch"), ("sh", "sch"), ("d", "dh"), ("t", "th"), ("h", "kh"),
        ("j", "dj"), ("j", "zh"), ("dj", "zh"), ("f", "ph"), ("ch", "sh"), ("ch", "sch"),
    )
)
_ARTICLES = frozenset({"al", "el"})
_ABD_RE = lazy_compile(r"^abd[aeiou]+l")  # Abdel-, Abdul-, Abdoul-: the article's vowel varies
_DOUBLE_RE = lazy_compile(r"([a-z])\1+")
# The silent final "e" of a French transliteration after a vowel and n ("Othmane", "Lamine",
# "Soufiane"): the name ends where the Arabic does ("Othman", "Lamin", "Sufyan").  Not after m: an
# accent folded away may have stood on it ("Salamé" is no "Salam").
_SILENT_E_RE = lazy_compile(r"(?<=[aeiou]n)e$")
_WORD_RE = lazy_compile(r"[a-z]+")
_NO_GROUPS: frozenset[int] = frozenset()


class _Shape(Row):
    """A name split into consonant classes and the vowel clusters around them.

    A tuple (models.Row), as _Term: a corpus's variant index holds one per name (50,000 in a
    large corpus) and is read from the cache on every search; tuples are built faster than
    other records.
    """

    __slots__ = ()
    _fields = ("key", "consonants", "spellings", "vowels", "final_h")
    key: str
    consonants: tuple[str, ...]
    spellings: tuple[str, ...]  # how each consonant is written: "q", "gh", "dh"...
    vowels: tuple[str, ...]  # len(consonants) + 1 clusters: before, between..., after
    final_h: bool

    def __new__(cls, key: str, consonants: tuple[str, ...], spellings: tuple[str, ...], vowels: tuple[str, ...],
                final_h: bool) -> _Shape:
        return tuple.__new__(cls, (key, consonants, spellings, vowels, final_h))

    @property
    def strength(self) -> int:
        return len(self.consonants) + bool(self.vowels[0]) + self.final_h


def _canon(term: str) -> str:
    """Fold a term or table spelling the way the tokenizer does (no apostrophes)."""
    return fold(term).replace("'", "").strip()


def _prepare(term: str) -> str:
    """Reduce a folded term to bare letters, without a leading article (al-Sarraj = Sarraj)."""
    words = _WORD_RE.findall(term)
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    letters = "".join(words)
    if len(letters) > 4:
        letters = _SILENT_E_RE.sub("", letters)  # Othmane = Othman, Soufiane = Sufyan: French spellings
    letters = _ABD_RE.sub("abdal", letters)
    for long, short in _LONG_VOWELS:
        letters = letters.replace(long, short)
    return _DOUBLE_RE.sub(r"\1", letters)


def _units(letters: str) -> list[tuple[str, str]]:
    """Split letters into (class, spelling) units; the class of a vowel is "" (its spelling)."""
    units: list[tuple[str, str]] = []
    i, n = 0, len(letters)
    while i < n:
        ch = letters[i]
        nxt = letters[i + 1] if i + 1 < n else ""
        if ch in _VOWELS:
            units.append(("", ch))
            i += 1
            continue
        if ch == "y":
            prev = units[-1] if units else None
            after_vowel = prev is not None and not prev[0] and prev[1] not in "ie"
            if nxt in _VOWELS and (prev is None or after_vowel):
                units.append(("y", "y"))
            else:
                units.append(("", "i"))  # Benghazy = Benghazi, Dbeybah = Dbeibah
            i += 1
            continue
        for digraph, cls in _DIGRAPHS_BY_FIRST.get(ch, ()):
            if letters.startswith(digraph, i):
                units.append((cls, digraph))
                i += len(digraph)
                break
        else:
            if ch in "gq" and nxt == "u" and i + 2 < n and letters[i + 2] in "eiy":
                units.append(("k", ch))  # Aguila = Agila: the u only hardens the g
                i += 2
            elif ch == "c" and nxt != "" and nxt in "eiy":
                units.append(("s", "c"))  # Belkacem ~ Belqasim (soft c; the guard decides)
                i += 1
            elif ch == "x":
                units.extend([("k", "x"), ("s", "x")])
                i += 1
            elif ch in _LETTER_CLASS:
                units.append((_LETTER_CLASS[ch], ch))
                i += 1
            else:
                return []  # a letter outside a-z after folding: not a romanised name
    return units


def _analyse(term: str) -> _Shape | None:
    """Analyse a canonical term; None when it is not a candidate for variant matching."""
    if term in STOP_WORDS or any(ch.isdigit() for ch in term):
        return None
    letters = _prepare(term)
    if len(letters) < MIN_LETTERS:
        return None
    final_h = len(letters) > 2 and letters[-1] == "h" and letters[-2] in _VOWELS
    if final_h:
        letters = letters[:-1]  # Dbeibah = Dbeiba, Misratah = Misrata
    consonants: list[str] = []
    spellings: list[str] = []
    vowels: list[str] = [""]
    for cls, spelled in _units(letters):
        if not cls:
            vowels[-1] += spelled
        elif consonants and consonants[-1] == cls and not vowels[-1]:
            continue  # Qadhdhafi, Gaddafi: a repeated class is one consonant
        else:
            consonants.append(cls)
            spellings.append(spelled)
            vowels.append("")
    if not consonants:
        return None
    key = ("a" if vowels[0] else "") + "".join(consonants) + ("a" if vowels[-1] else "")
    return _Shape(key, tuple(consonants), tuple(spellings), tuple(vowels), final_h)


# The index keeps its own shapes; this cache serves are_variants and the table.
_shape = lru_cache(maxsize=65536)(_analyse)


def name_key(term: str) -> str:
    """Consonant-skeleton key of a folded term ("" when the term is not name-like).

    >>> name_key("hifter") == name_key("haftar") == name_key("khaftar")
    True
    >>> name_key("gaddafi"), name_key("qadhafi"), name_key("belgacem"), name_key("belqasim")
    ('kdfa', 'kdfa', 'blksm', 'blksm')
    """
    shape = _shape(_canon(term))
    return shape.key if shape else ""


def _letters_agree(a: str, b: str) -> bool:
    """Whether two vowel letters can write the same Arabic vowel (a~e, e~i, o~u)."""
    return any(c in _VOWEL_CLASSES[b] for c in _VOWEL_CLASSES[a])


def _compatible(a: str, b: str) -> bool:
    """Whether two vowel clusters agree at both ends (Dbeibah = Dbaibah, plain != plan)."""
    return _letters_agree(a[0], b[0]) and _letters_agree(a[-1], b[-1])


def _finals_match(a: _Shape, b: _Shape) -> bool:
    """Compare the final vowel clusters, where European endings carry meaning."""
    va, vb = a.vowels[-1], b.vowels[-1]
    if not va:
        return True  # keys are equal, so both end in a consonant
    if a.final_h or b.final_h:
        return _compatible(va, vb)  # -ah / -eh / -ih, -ah / -a
    if _FINAL_CLASS[va[-1]] == _FINAL_CLASS[vb[-1]]:
        return True
    slavic = a.consonants[-2:] == ("n", "k") and {va[-1], vb[-1]} == {"o", "a"}
    return slavic  # Lukashenko = Lukashenka


def _rule_match(a: _Shape | None, b: _Shape | None) -> bool:
    """The key-plus-guard rule, without the table."""
    if a is None or b is None or a.key != b.key:
        return False
    if a.strength < MIN_STRENGTH or b.strength < MIN_STRENGTH:
        return False
    for sa, sb in zip(a.spellings, b.spellings, strict=True):
        if sa != sb and frozenset((sa, sb)) not in _SWAPS:
            return False
    if min(a.strength, b.strength) == MIN_STRENGTH and a.vowels[:-1] != b.vowels[:-1]:
        return False  # a short skeleton is only safe with the same vowels (later != letter)
    va, vb = a.vowels[0], b.vowels[0]
    if va and (_INITIAL_CLASS[va[0]] != _INITIAL_CLASS[vb[0]] or not _compatible(va, vb)):
        return False
    for va, vb in zip(a.vowels[1:-1], b.vowels[1:-1], strict=True):
        # A vowel against none is too weak a sign in English (sport / support); such
        # Arabic pairs (Misrata / Misurata) go in the table.
        if bool(va) != bool(vb) or (va and not _compatible(va, vb)):
            return False
    return _finals_match(a, b)


_Spellings = list[tuple[str, ...]]


def _read_table_text(text: str, origin: str) -> tuple[_Spellings, _Spellings]:
    """Parse and validate a variants TOML text into group and distinct spelling lists."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{origin}: {exc}") from None
    unknown = set(data) - {"group", "distinct"}
    if unknown:
        first = sorted(unknown)[0]
        raise ValueError(f"{origin}: unknown section {first!r} (expected group, distinct)")
    parsed: dict[str, _Spellings] = {}
    for section in ("group", "distinct"):
        entries = data.get(section, [])
        if not isinstance(entries, list):
            raise ValueError(f"{origin}: {section} must be written [[{section}]]")
        parsed[section] = []
        for number, entry in enumerate(entries, 1):
            where = f"{origin}: {section} #{number}"
            if not isinstance(entry, dict):
                raise ValueError(f"{where}: must be a table")
            extra = set(entry) - {"name", "spellings"}
            if extra:
                raise ValueError(f"{where}: unknown key {sorted(extra)[0]!r}")
            if "name" in entry and not isinstance(entry["name"], str):
                raise ValueError(f"{where}: name must be a string")
            spellings = entry.get("spellings")
            if not isinstance(spellings, list) or not all(isinstance(s, str) for s in spellings):
                raise ValueError(f"{where}: spellings must be a list of strings")
            folded = tuple(dict.fromkeys(c for c in map(_canon, spellings) if c))
            if len(folded) < 2:
                raise ValueError(f"{where}: needs at least two different spellings")
            parsed[section].append(folded)
    return parsed["group"], parsed["distinct"]


def _merge_groups(groups: Iterable[Iterable[str]]) -> tuple[frozenset[str], ...]:
    """Union groups that share a spelling, so every spelling belongs to one group."""
    merged: list[set[str]] = []
    for group in groups:
        current = set(group)
        for other in [m for m in merged if m & current]:
            current |= other
            merged.remove(other)
        merged.append(current)
    return tuple(frozenset(g) for g in merged)


class VariantTable(FrozenRecord):
    """Known variant groups and known false friends, as folded spellings."""

    __slots__ = ("groups", "distinct", "keys", "_member", "_by_key", "_apart", "_attach_cache")
    _fields = ("groups", "distinct", "keys")
    _compared = ("groups", "distinct")  # shown, compared and hashed
    groups: tuple[frozenset[str], ...]
    distinct: tuple[frozenset[str], ...]
    # Each listed spelling's consonant-skeleton key ("" for none), worked out once when the
    # table is made and stored with it: analysing every spelling again cost each warm search
    # more than the search of a rare word.
    keys: dict[str, str]
    _member: dict[str, int]
    _by_key: dict[str, tuple[tuple[str, int], ...]]
    _apart: dict[str, tuple[int, ...]]
    _attach_cache: dict[str, frozenset[int]]

    def __init__(self, groups: tuple[frozenset[str], ...] = (), distinct: tuple[frozenset[str], ...] = (),
                 keys: dict[str, str] | None = None) -> None:
        object.__setattr__(self, "groups", groups)
        object.__setattr__(self, "distinct", distinct)
        object.__setattr__(self, "keys", {} if keys is None else keys)
        self._index()

    def _index(self) -> None:
        member: dict[str, int] = {}
        by_key: dict[str, list[tuple[str, int]]] = {}
        keys = self.keys
        if keys.keys() != {spelling for group in self.groups for spelling in group}:  # made here, not read back
            keys = {}
            for group in self.groups:
                for spelling in group:
                    shape = _shape(spelling)
                    keys[spelling] = shape.key if shape is not None else ""
            object.__setattr__(self, "keys", keys)
        for index, group in enumerate(self.groups):
            for spelling in group:
                member[spelling] = index
                if keys[spelling]:
                    by_key.setdefault(keys[spelling], []).append((spelling, index))
        apart: dict[str, list[int]] = {}
        for index, spellings in enumerate(self.distinct):
            for spelling in spellings:
                apart.setdefault(spelling, []).append(index)
        object.__setattr__(self, "_member", member)
        object.__setattr__(self, "_by_key", {k: tuple(v) for k, v in by_key.items()})
        object.__setattr__(self, "_apart", {k: tuple(v) for k, v in apart.items()})
        object.__setattr__(self, "_attach_cache", {})

    def group_of(self, term: str) -> frozenset[str] | None:
        """Return the listed group that spells this term, if any.

        >>> VariantTable((frozenset({"menfi", "manfi"}),)).group_of("Manfi") == {"menfi", "manfi"}
        True
        """
        index = self._member.get(_canon(term))
        return None if index is None else self.groups[index]

    def separates(self, a: str, b: str) -> bool:
        """Whether a `distinct` list holds both canonical terms."""
        return bool(set(self._apart.get(a, ())) & set(self._apart.get(b, ())))

    def attached(self, term: str, shape: _Shape | None = None) -> frozenset[int]:
        """Indices of the groups a canonical term belongs to by listing or by rule."""
        cached = self._attach_cache.get(term)
        if cached is not None:
            return cached
        found = set()
        if term in self._member:
            found.add(self._member[term])
        shape = shape or _shape(term)
        if shape is not None and shape.key in self._by_key:
            for spelling, index in self._by_key.get(shape.key, ()):
                if index not in found and _rule_match(shape, _shape(spelling)):
                    if not any(self.separates(term, other) for other in self.groups[index]):
                        found.add(index)
        result = frozenset(found) if found else _NO_GROUPS
        if found and len(self._attach_cache) < 65536:
            self._attach_cache[term] = result  # only hits are worth keeping
        return result


def load_variant_table(path: str | pathlib.Path | None = None) -> VariantTable:
    """Load the shipped table plus an optional user file; ValueError("<path>: ...") on a bad one.

    User groups that share a spelling with a shipped group are merged into it.
    """
    from importlib import resources

    shipped = resources.files("libyadesk.data").joinpath("variants.toml")
    groups, distinct = _read_table_text(shipped.read_text(encoding="utf-8"), "variants.toml")
    if path is not None:
        try:
            text = pathlib.Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: cannot read: {exc}") from None
        user_groups, user_distinct = _read_table_text(text, str(path))
        groups += user_groups
        distinct += user_distinct
    table = VariantTable(_merge_groups(groups), tuple(frozenset(d) for d in distinct))
    for spellings in table.distinct:
        indices = [table._member.get(s) for s in spellings]
        clash = {i for i in indices if i is not None and indices.count(i) > 1}
        if clash:
            joined = ", ".join(sorted(spellings))
            raise ValueError(f"{path or 'variants.toml'}: distinct [{joined}] splits one group")
    return table


@lru_cache(maxsize=1)
def _shipped_table() -> VariantTable:
    return load_variant_table()


class _Term(Row):
    """A term analysed once: canonical form, shape and the table groups it joins."""

    __slots__ = ()
    _fields = ("canon", "shape", "groups")
    canon: str
    shape: _Shape | None
    groups: frozenset[int]

    def __new__(cls, canon: str, shape: _Shape | None, groups: frozenset[int]) -> _Term:
        return tuple.__new__(cls, (canon, shape, groups))


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity (prefix weight 0.1, at most 4 letters), as rapidfuzz's JaroWinkler computes it.

    Written out because it ranks the few variants of one query word: importing rapidfuzz
    for that cost a warm search more than the ranking (tests compare the two on random words).

    >>> round(jaro_winkler("martha", "marhta"), 4), jaro_winkler("haftar", "haftar"), jaro_winkler("", "x")
    (0.9611, 1.0, 0.0)
    """
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    window = max(0, max(la, lb) // 2 - 1)
    taken = [False] * lb
    matched = []
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(lb, i + window + 1)):
            if not taken[j] and b[j] == ch:
                taken[j] = True
                matched.append(ch)
                break
    m = len(matched)
    if not m:
        return 0.0
    half_swaps = sum(x != y for x, y in zip(matched, (b[j] for j in range(lb) if taken[j]))) // 2
    jaro = (m / la + m / lb + (m - half_swaps) / m) / 3
    if jaro <= 0.7:
        return jaro
    prefix = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def _term(
    term: str, table: VariantTable, analyse: Callable[[str], _Shape | None] = _shape
) -> _Term:
    """Analyse a term for matching against a table."""
    canon = _canon(term)
    shape = analyse(canon)
    return _Term(canon, shape, table.attached(canon, shape))


def _related(a: _Term, b: _Term, table: VariantTable) -> bool:
    """are_variants on analysed terms."""
    if a.canon == b.canon or not a.canon or not b.canon:
        return False
    if a.canon in STOP_WORDS or b.canon in STOP_WORDS or table.separates(a.canon, b.canon):
        return False
    return bool(a.groups & b.groups) or _rule_match(a.shape, b.shape)


def same_sounds(a: str, b: str) -> bool:
    """Whether two terms are one name's spellings by the skeleton rule however short the skeleton,
    written with the very same vowels: a consonant swapped for one of its class that transliterators
    really swap, nothing else ("Garrai" / "Qarrai"; are_variants wants three consonants, since a short
    skeleton alone says little: callers use this where more of the name is written alike).

    >>> same_sounds("garrai", "qarrai"), same_sounds("garrai", "gurrai"), same_sounds("kara", "kara")
    (True, False, False)
    """
    x, y = _shape(_canon(a)), _shape(_canon(b))
    if x is None or y is None or x == y or x.key != y.key or x.vowels != y.vowels:
        return False
    return all(p == q or frozenset((p, q)) in _SWAPS for p, q in zip(x.spellings, y.spellings, strict=True))


def are_variants(a: str, b: str, table: VariantTable | None = None) -> bool:
    """Whether two terms are different spellings of one name (shipped table when table is None).

    >>> are_variants("Haftar", "Heftar"), are_variants("Haftar", "Hafez"), are_variants("x", "x")
    (True, False, False)
    """
    if table is None:
        table = _shipped_table()
        return _related(_shipped_term(a), _shipped_term(b), table)
    return _related(_term(a, table), _term(b, table), table)


@lru_cache(maxsize=1 << 17)
def _shipped_term(term: str) -> _Term:
    """_term against the shipped table, once per term: merging the discovered names of 100,000
    articles asks are_variants of the same given names and surnames millions of times."""
    return _term(term, _shipped_table())


def filed_under(term: str, table: VariantTable | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(skeleton keys, listed spellings) among which every variant of a term is found (shipped table when table is None).

    A variant shares the term's key (the rule), or joins a table group the term joins: as a
    listed spelling, or by the rule against one (so under that spelling's key).  These are
    candidates only; `are_variants` (or a VariantIndex lookup) decides.

    >>> sorted(filed_under("Haftar", VariantTable())[0])
    ['hftr']
    """
    table = _shipped_table() if table is None else table
    info = _term(term, table)
    keys = {info.shape.key} if info.shape is not None else set()
    listed: set[str] = set()
    for index in info.groups:
        for spelling in table.groups[index]:
            listed.add(spelling)
            shape = _shape(spelling)
            if shape is not None:
                keys.add(shape.key)
    return frozenset(keys), frozenset(listed)


def spellings_of(term: str) -> frozenset[str] | None:
    """The spellings of a term's name in the shipped table: the one group the term is in (listed, or by
    the rule against a listed spelling); None for a term of no group, or of two.

    >>> sorted(spellings_of("Gharian")) == sorted(spellings_of("Garian")), spellings_of("fighting")
    (True, None)
    """
    table = _shipped_table()
    groups = _term(term, table).groups
    return table.groups[next(iter(groups))] if len(groups) == 1 else None


class VariantIndex:
    """Built once over a vocabulary of folded terms: key -> terms, so a lookup is not a scan.

    Two mappings hold it: consonant-skeleton key -> [(term, analysis)], and table group
    (as a string) -> [(term, analysis)].  A lookup reads one key and the groups of the word,
    so the index can live in the cache as rows (`stored`) and a search reads two or three
    of them rather than the analysis of every name of the corpus.
    """

    def __init__(self, vocabulary: Iterable[str], table: VariantTable | None = None):
        self._table = _shipped_table() if table is None else table
        self._known: dict[str, tuple[str, ...]] = {}  # see variants_of
        self.buckets: dict[str, list[tuple[str, _Term]]] = {}
        # Vocabulary terms per table group, listed or matched by rule, for one-step lookups.
        self.groups: dict[str, list[tuple[str, _Term]]] = {}
        seen: set[str] = set()
        for term in vocabulary:
            if term in seen:
                continue
            seen.add(term)
            info = _term(term, self._table, _analyse)  # uncached: the index is the cache
            if info.shape is not None and info.shape.strength >= MIN_STRENGTH:
                self.buckets.setdefault(info.shape.key, []).append((term, info))
            for index in info.groups:
                self.groups.setdefault(str(index), []).append((term, info))

    @staticmethod
    def patch(table: VariantTable, buckets: Mapping[str, list], groups: Mapping[str, list], changed: Iterable[str],
              names: set[str]) -> tuple[dict[str, list | None], dict[str, list | None]]:
        """The bucket and group rows to rewrite when the `changed` terms became names (those in `names`) or stopped being names.

        Each row is what building the index over the new vocabulary gives it (terms in
        sorted order); an emptied row is None.  A term's keys depend on it and the table
        only, so its old rows are the ones it is added to or removed from.
        """
        changed = sorted(set(changed))
        gone = set(changed)
        new_buckets: dict[str, list] = {}
        new_groups: dict[str, list] = {}
        for term in changed:
            info = _term(term, table, _analyse)
            keys = [(buckets, new_buckets, info.shape.key)] if info.shape is not None and info.shape.strength >= MIN_STRENGTH else []
            keys += [(groups, new_groups, str(index)) for index in info.groups]
            for stored, rows, key in keys:
                if key not in rows:
                    rows[key] = [entry for entry in stored.get(key, ()) if entry[0] not in gone]
                if term in names:
                    rows[key].append((term, info))
        return tuple({k: sorted(v, key=lambda e: e[0]) or None for k, v in rows.items()}  # type: ignore[return-value]
                     for rows in (new_buckets, new_groups))

    @classmethod
    def stored(cls, table: VariantTable, buckets: Mapping[str, list], groups: Mapping[str, list]) -> "VariantIndex":
        """An index over mappings kept elsewhere (rows of the cache), read key by key."""
        index = cls.__new__(cls)
        index._table, index.buckets, index.groups = table, buckets, groups
        index._known = {}
        return index

    def variants_of(self, term: str) -> tuple[str, ...]:
        """`variants(term)`, worked out once per term for this index (matching asks the same words many times)."""
        found = self._known.get(term)
        if found is None:
            found = self._known[term] = tuple(self.variants(term))
        return found

    def variants(self, term: str) -> list[str]:
        """Vocabulary terms other than term that spell the same name, best first."""
        info = _term(term, self._table)
        candidates: dict[str, _Term] = dict(self.buckets.get(info.shape.key, ()) if info.shape else ())
        for index in info.groups:
            candidates.update(self.groups.get(str(index), ()))
        found = [c for c, other in candidates.items() if _related(info, other, self._table)]
        if len(found) > 1:
            def rank(c: str) -> tuple[bool, float, str]:
                other = candidates[c]
                similarity = jaro_winkler(info.canon, other.canon)
                return (not info.groups & other.groups, -similarity, c)

            found.sort(key=rank)
        return found
