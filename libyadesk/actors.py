"""Actors: the registry, discovery of unlisted actors, mentions with coreference, profiles.

Design.  Every name is matched as a sequence of folded tokens (text.tokenize), so
"Haftar’s", "HAFTAR" and "Háftar" are the same word; capitals still matter where they carry
meaning: an alias written in capitals ("US", "UN") matches only capitals, and a capitalised
alias matches only a capitalised word ("us", "chad" are not actors); later words of a
person's full name or of a name of three or more words may be in lower case ("Khalifa
haftar", "the House of representatives").

A surname alone is ambiguous when a family shares it ("Haftar" is Khalifa and three sons).
Within one document it refers to the family member named most often so far (ties: the one
named last), and after a collective mention ("the Haftars") to the family's head; with no
member named yet, to the head.  A first name alone ("his son Saddam") counts only once
its family is in the text.  A title alone ("the General", "the Field Marshal") refers to
the actor last mentioned in the document who holds that title.

Discovery finds people and organisations no registry lists, by shape only (no rule names
a site or a sentence): a title before a capitalised name ("Rear Admiral Marco Casapieri"),
a capitalised name with a role after it ("Jan Vyčítal, head of ..."), a name followed by a
speech verb, an organisation name defined with its acronym ("... Mission (EUBAM)") or
ending in an organisation noun ("... Council").  Headlines and months are never actors.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from .codec import encode
from .dates import DETERMINERS, SAME_AS_PRESENT, IRREGULAR_PAST as _UNAMBIGUOUS_PAST  # the simple pasts no present, noun or adjective
from .errors import NotFound
from . import layers as L
from .index import CorpusIndex, DocMeta, TooManyChanged, declare
from .models import Actor, Document, Mention, Sentence
from . import vocab
from .text import STOP_WORDS, WORD_RE, first_words, fold, is_abbreviation, may_match, tokenize, word_term
from .patterns import lazy_compile

KINDS = frozenset(
    {"person", "organisation", "institution", "armed_group", "state", "family", "place", "group", "outlet"}
)

# --- vocabularies -------------------------------------------------------------------------

# Titles and ranks that stand before a person's name (data/titles.toml), longest first when matched.
_TITLE_WORDS = list(vocab.words("titles", "titles"))
_TITLE_CANON = vocab.mapping("titles", "canonical")
# Honorifics say "a person" but are not roles worth listing in a profile.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"})
# Titles a name is given whatever post its holder has, which a post set off before them outranks: "The
# Minister of Health, Dr. Jane Roe" holds the minister's post (titles.toml: doctors', engineers', pilgrims').
_COURTESY_TITLES = _HONORIFICS | {"dr", "doctor", "prof", "professor", "eng", "engineer", "hajj", "haj", "hadj",
                                  "hajji"}
# Lower-case nouns that describe a person right before the name ("Libya expert Jalel ...").
_ROLE_NOUNS = frozenset(vocab.words("roles", "before_name"))
_PORTFOLIO = frozenset(w.casefold() for w in vocab.words("titles", "portfolio_words"))
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Capitalised words that start or sit in name-like runs but are never part of a name.
_NOT_NAME = frozenset(
    """
    libyan italian russian european american british french german turkish egyptian
    belarusian greek maltese tunisian algerian sudanese chadian syrian ukrainian emirati
    qatari saudi arab african western eastern northern southern north south east west
    soviet western-backed un eu us uk nato god islamic international national federal
    republic kingdom state states union government army ministry council
    according meanwhile however but and the a an in on at of for to with from by as if
    when while after before since during this that these those there here it its his her
    their our we they he she i you yes no not also
    """.split()
)
_CONNECTORS = frozenset({"of", "for", "the", "and", "al", "el", "bin", "ben", "ibn", "von", "van", "der",
                         "de", "del", "della", "di", "da", "du", "la", "le", "abu", "abd", "on"})
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "von", "van", "der", "de", "del", "della",
                             "di", "da", "du", "la", "le", "abu"})
# "son of" / "father of" particles of Arabic names: capitalised ("Ben Issa", "Abu Bakr") they
# join a surname to a given name before them.
_PATRONYMIC_PARTICLES = frozenset({"bin", "ben", "ibn", "abu", "bu"})
_GLUED_PARTICLES = _NAME_PARTICLES | _PATRONYMIC_PARTICLES  # "Bu Khraiss" / "Bukhraiss", "Ben Salem" / "Bensalem"
_ORG_HEADS = vocab.mapping("organisations", "heads")
_HEADS_WITH_OF: dict[str, str] = vocab.mapping("organisations", "heads_with_of")
_HEAD_ABBREVIATIONS: dict[str, list[str]] = vocab.mapping("organisations", "head_abbreviations")
_ORG_GENERIC = frozenset(vocab.words("organisations", "generic"))
_NAMED_BY_FUNCTION = frozenset(vocab.words("organisations", "named_by_function"))
_NOT_NAME_LAST = frozenset(vocab.words("organisations", "not_names"))
_NOT_ORG_LAST = frozenset(vocab.words("organisations", "not_organisations")) | _NOT_NAME_LAST
_PERSON_POSTS = frozenset(vocab.words("organisations", "person_posts"))
_MEETING_BODIES = frozenset(vocab.words("organisations", "meeting_bodies"))
_OF_THE_HEADS = frozenset(vocab.words("organisations", "of_the_heads"))
_POST_OPENERS = frozenset(vocab.words("organisations", "post_openers"))
_NATIONAL_FORMS = frozenset(vocab.words("organisations", "national_forms"))
_FIRM_NOUNS = frozenset(vocab.words("organisations", "firm_nouns"))
_DETERMINERS = DETERMINERS | {"this", "that"}  # dates.DETERMINERS and the demonstratives: "the company Headquarters"
_AMPERSAND_NAME = lazy_compile(r"\s*&\s*[A-Z]")
# News agencies and outlets (data/outlets.toml): sources of a report, actors only when acted on.
_OUTLET_ENDINGS = frozenset(tuple(w.casefold().split()) for w in vocab.words("outlets", "name_endings"))
_OUTLET_TARGET_NOUNS = frozenset(vocab.words("outlets", "target_nouns"))
_OUTLET_NOUNS = "|".join(re.escape(w).replace("\\ ", "\\s+")
                         for w in sorted(vocab.words("outlets", "outlet_nouns"), key=len, reverse=True))
# "the news agency X", "the pro-Haftar channel X": an outlet noun right before a name.
_OUTLET_BEFORE = lazy_compile(rf"\b(?:{_OUTLET_NOUNS})\s+$", re.IGNORECASE)
# "X news agency", "X, a Russian news outlet," : an outlet noun right after it.
_OUTLET_AFTER = lazy_compile(
    rf"(?:’s|'s)?\s*(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}})?(?:{_OUTLET_NOUNS})\b", re.IGNORECASE)
_OUTLET_TARGET_VERBS = "|".join(vocab.words("outlets", "target_verbs"))
# "Al Jazeera was raided", "Al Jazeera's bureau has been shut": something is done to the outlet.
_OUTLET_PASSIVE = lazy_compile(
    rf"^(?:[’']s\s+[\w-]+)?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got)\s+"
    rf"(?:[a-z]+ly\s+)?(?:{_OUTLET_TARGET_VERBS})\b")
# "authorities raided Al Jazeera", "shut down the Libya Observer".
_OUTLET_OBJECT = lazy_compile(rf"\b(?:{_OUTLET_TARGET_VERBS})(?:\s+down|\s+off)?\s+(?:the\s+)?$", re.IGNORECASE)
# Verbs a person is quoted with: data/modifiers.toml's reporting verbs, less those a document or
# an outlet is as often the subject of (`reporting_not_quoting`).
_SPEECH = "|".join(sorted(
    (set(vocab.words("modifiers", "reporting_bare")) | set(vocab.words("modifiers", "reporting_verbs")))
    - set(vocab.words("modifiers", "reporting_not_quoting")), key=lambda w: (-len(w), w)))
# "X said", "X, the envoy, said", "X of the Atlantic Council think tank said", "X reportedly told".
_SPEECH_AFTER = lazy_compile(
    rf"^(?:\s*\([^()]{{1,15}}\))?(?:\s*,[^,“”\"\n]{{1,80}},|\s+of\s+(?:the\s+)?[^,“”\".\n]{{1,50}}?)?\s*"
    rf"(?:(?:[a-z]+ly|has|had|have|also|later|then|would|will|was|is)\s+){{0,2}}(?:{_SPEECH})\b",
)
# A lower-case noun and a comma right before a name: "His rival, ", "the lawyer, " (an apposition follows).
_NOUN_COMMA_ENDING = lazy_compile(r"\b[a-z]{3,},\s$")
# "Nouri Elmahdawi received Khaled": a verb of meeting or acting right after a name (roles.toml acts_after_name).
_ACTS_AFTER = lazy_compile(r"^\s+(?:(?:[a-z]+ly|also|later|then|had|has)\s+)?(?:"
                           + "|".join(map(re.escape, vocab.words("roles", "acts_after_name"))) + r")\b")
# "…,” said Mr Harchaoui", "according to Frontex": the verb closes a quote or opens an attribution.
_SPEECH_BEFORE = lazy_compile(
    rf"(?:[,”\"’:]\s*(?:{_SPEECH})|\baccording to)\s+(?:[\w’'.-]+\s+){{0,6}}$", re.IGNORECASE
)
_PRONOUN_SPEECH = lazy_compile(rf"\b(?:he|she|they)\s+(?:{_SPEECH})\b", re.IGNORECASE)
_QUOTE_CHARS = "“”\""
# ", the head of ...", ", the mayor of Sabratha,": a post (a role noun of data/roles.toml), maybe
# after two lower-case words (", the new governor,", ", the former interior minister,").
# A possessive may open it: ", Misrata's deputy mayor,", ", the municipality's head of security,".
_ROLES_ALT = "|".join(re.escape(w) for w in sorted(_ROLE_NOUNS, key=len, reverse=True) if " " not in w)
_APPOSITIVE_ROLE = lazy_compile(
    r"^,\s+((?:(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}?)?(?:"  # the role nouns of data/roles.toml
    + _ROLES_ALT +
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:of|to|for))"
    # ", the new governor,": the role noun is the head, what follows it is what it is of or where
    # (not ", the main migrant route,", ", the new governor said,").
    r"|the\s+(?:(?!and\b|or\b)[a-z][\w-]*\s+){1,2}?(?:" + _ROLES_ALT + r")(?=\s*[,;.]|\s+(?:of|to|for|in|at)\b))"
    r"\b[^,;.]{0,90}?(?:\([^)]{1,12}\))?)(?=[,;.]|$)"
)
# " was approved as governor", " was sworn in as acting mayor": a verb putting the name before
# it into a post (roles.toml appointed_as), "as" and a role noun, maybe after two lower-case words.
# The role noun heads its phrase: "as governor of the bank", "as mayor on Sunday", not "as the
# general headquarters of", "as the new head office".
_APPOINTING_VERBS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab.words("roles", "appointed_as"), key=len, reverse=True))
_AS_POST = (r"\s+as\s+(?:the\s+|an?\s+|its\s+|his\s+|her\s+|their\s+)?(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,2}?(?P<post>"
            + "|".join(map(re.escape, sorted(_ROLE_NOUNS, key=len, reverse=True)))
            + r")\b(?=\s*(?:[,;.]|$)|\s+(?:of|to|for|in|at|by|on)\b)")
_APPOINTED_AS = lazy_compile(
    r"^\s+(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab.words("roles", "appointed_as_auxiliaries"), key=len, reverse=True))
    + r")\s+)?(?:(?:" + "|".join(map(re.escape, vocab.words("roles", "appointed_as_adverbs"))) + r")\s+)?(?:"
    + _APPOINTING_VERBS + r")" + _AS_POST
)
# "named Jane Roe as head of the corporation", "appointed on Wednesday Jane Roe as its special envoy":
# the same verbs and post with the name between them, the verb (and maybe its day) right before the
# name (_APPOINTING_ENDING), "as" and the post right after it (_AS_POST_AFTER) or after an apposition.
_APPOINTING_ENDING = lazy_compile(
    r"\b(?:" + _APPOINTING_VERBS + r")(?:\s+(?:on|this|last)\s+[A-Z][a-z]+|\s+(?:today|yesterday))?\s+$")
_AS_POST_AFTER = lazy_compile(r"^" + _AS_POST)
# "appointed Jane Roe, a former Waha Oil Company executive, as its oil minister": an apposition between.
_AS_POST_AFTER_APPOSITION = lazy_compile(r"^,\s+(?:an?|the)\s+[^,.;:()\[\]]{3,80},(?=\s+as\b)" + _AS_POST)
# Posts a firm or a body holds too ("was appointed as consultant for"): roles.toml firm_posts.
_FIRM_POSTS = frozenset(vocab.words("roles", "firm_posts"))
# "gunmen loyal to ", "the brigade, commanded by ": armed people and a phrase of command right
# before a name (modifiers.toml commanded_nouns, roles.toml commanded_by).
_COMMANDED_BY_ENDING = lazy_compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab.words("modifiers", "commanded_nouns"), key=len, reverse=True))
    + r")\s*,?\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab.words("roles", "commanded_by"), key=len, reverse=True))
    + r")\s+$", re.IGNORECASE)
_SENT_PUNCT = lazy_compile(r"[.!?:;\"”’]\s*$")
# A speech verb or a meeting word right before a name: "said Jan Vyčítal", "met Jan Vyčítal".
_SPEECH_ENDING = lazy_compile(rf"\b(?:{_SPEECH})\s+$")
_MEETING_ENDING = lazy_compile(r"\b(?:and|with|by|met|meeting)\s+$")
# "the Russian writer, Igor Subbotin, said", "the Deputy Prosecutor of the Court (ICC), Jane
# Roe, presented": a role noun (and what it is of), a comma, then the name set off by commas;
# one of several ("detained one of its commanders, Jane Roe,"): the noun in the plural.
_ROLE_COMMA_ENDING = lazy_compile(r"\b(?:" + "|".join(map(re.escape, sorted(_ROLE_NOUNS, key=len, reverse=True)))
                                + r")s?(?:\s+(?:of|to|for|in)\s+[^,.;:]{1,80}?)?,\s+$", re.IGNORECASE)
_SENTENCE_CLOSES = lazy_compile(r"\.(?:\s|$)")
# "Jane Roe, a member of parliament,", "Jane Roe, a lawyer,", "Jane Roe, a Ghanaian diplomat,",
# "Jane Roe, a UN official,": an indefinite role set off by commas says the name before it is a
# person (role nouns of data/roles.toml; a describing word may be a capitalised one).
_APPOSITIVE_PERSON = lazy_compile(r"^,\s+an?\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:member|"
                                + "|".join(map(re.escape, sorted(_ROLE_NOUNS, key=len, reverse=True)))
                                + r")\b[^,;.]{0,100}?(?=[,;.]|$)")  # long: "a gold miner and trader in the border region that ..."
# So does a kin noun and whose kin (data/modifiers.toml kin_nouns: "Jane Roe, a grandson of ...", ", the
# eldest son of ...", ", father of ..."), after a name a given name opens and a rare word ends, or a registry
# family's surname (_discover); not "Martyrs Square, the mother of all squares", "Humanity One, a sister of
# the Ocean Viking".
_APPOSITIVE_KIN = lazy_compile(r"^,\s+(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?)?(?:"
                               + "|".join(map(re.escape, sorted(vocab.words("modifiers", "kin_nouns"), key=len, reverse=True)))
                               + r")\s+of\s+(?!all\b)[^,;.]{0,100}?(?=[,;.]|$)")
# "Jane Roe, 54, from Misrata,", "Jane Roe, aged 38,": an age set off by commas, as news tells a
# person's (1 to 2 digits: not "Brigade 166, ...").
_AGE_AFTER = lazy_compile(r"^,\s+(?:aged\s+)?[1-9]\d?(?:,|\s+(?:years\s+old|year-old)\b)")
# ", who heads ...", ", who was arrested ...": "who" and the verb of its clause, adverbs skipped.
_WHO_AFTER = lazy_compile(r",\s+who(?:\s+(?:[a-z]+ly|also|then|now))*\s+([a-z]+)\b")
# Verbs that agree with one person: a present in -s or a singular auxiliary; a past or a modal
# fits any number.  A plain present ("who control the road") agrees with a plural subject.
_WHO_SINGULAR_AUX = frozenset("is was has does".split())
_WHO_ANY_NUMBER = frozenset("had did will would can could may might must should shall".split())
_IRREGULAR_PAST = frozenset(vocab.entry_words("verb_forms", "past"))
# First words of a tribe's or a clan's name ("Awlad Suleiman", "Bani Hilal"): a collective,
# which "who" may follow but which is no person (data/organisations.toml).
_COLLECTIVE_PREFIXES = frozenset(vocab.words("organisations", "collective_prefixes"))
_THE_RIGHT_BEFORE = lazy_compile(r"\b(?i:the)\s+$")
_ACRONYM_IN_BRACKETS = lazy_compile(r"\(([A-Z][A-Za-z]{1,7})\)")
# "Libyan National Army (LNA)": an acronym in brackets right after a name.
_BRACKETED_AFTER = lazy_compile(r"\s*\(([^()\s]{2,12})\)")


def _capitalised_alt(words: Iterable[str]) -> str:
    """An alternation of titles as written before a name, capitalised ("Mr", "Dr", "Counsellor"), the longest first."""
    return "|".join(sorted((w.capitalize() for w in words), key=len, reverse=True))


def slug(name: str) -> str:
    """The id form of a name: folded, words joined by dashes.

    >>> slug("Jan Vyčítal"), slug("Ursula von der Leyen")
    ('jan-vycital', 'ursula-von-der-leyen')
    """
    return "-".join(t.term for t in tokenize(name))


def canonical_title(title: str) -> str:
    """Normalise a title's spelling ("Field Marshall" -> "Field Marshal", "Gen." -> "General").

    >>> canonical_title("Field Marshall"), canonical_title("Lt. Gen."), canonical_title("Mr")
    ('Field Marshal', 'Lieutenant General', 'Mr')
    """
    key = " ".join(t.term for t in tokenize(title))
    if key in _TITLE_CANON:
        return _TITLE_CANON[key]
    return " ".join(w for w in re.split(r"\s+", title.replace(".", "").strip()) if w)


_TITLE_KEYS: dict[tuple[str, ...], str] = {}
for _t in _TITLE_WORDS:
    _TITLE_KEYS[tuple(t.term for t in tokenize(_t))] = canonical_title(_t)
_TITLE_MAX = max(len(k) for k in _TITLE_KEYS)
# Any word of a title ("Special", "Representative", "Minister"): never a word of a person's name.
_TITLE_WORD = frozenset(w for k in _TITLE_KEYS for w in k) - _CONNECTORS - {"king", "prince", "queen", "lady", "lord"}
_TITLE_FIRST = frozenset(k[0] for k in _TITLE_KEYS)
_TITLE_LAST = frozenset(k[-1] for k in _TITLE_KEYS)
# Lower-case only, as written: "HAFTAR'S" keeps its S in the word.
_POSSESSIVE = ("'s", "’s")


# --- registry -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatedAlias:
    """A name an actor went by for part of the time (ISO partial dates, either open)."""

    name: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Family:
    """People sharing a surname: its spellings, its head and the collective actor."""

    key: str
    surnames: tuple[str, ...]
    head: str | None = None
    actor: str | None = None


@dataclass(frozen=True, slots=True)
class _Surface:
    """One way of writing an actor: its tokens as written (for the capitals rule)."""

    actor: str
    words: tuple[str, ...]
    how: str  # name | surname | first | family
    family: str | None = None
    person: bool = False  # a person's full name: a careless page may write its later words in lower case


@dataclass
class Registry:
    """Known actors with every surface form, families, and names that are never actors."""

    actors: dict[str, Actor] = field(default_factory=dict)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    dated: dict[str, tuple[DatedAlias, ...]] = field(default_factory=dict)
    families: dict[str, Family] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)  # folded token strings
    sources: list[str] = field(default_factory=list)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # state id -> "Maltese", ...
    # roles held only for part of the time ("Libya's parliament" from August 2014): actor id -> periods
    dated_roles: dict[str, tuple[DatedAlias, ...]] = field(default_factory=dict)
    _trie: dict | None = field(default=None, repr=False)
    _demonym_re: Any = field(default=None, repr=False)
    _capital_re: Any = field(default=None, repr=False)
    _state_words: Any = field(default=None, repr=False)
    _variants: Any = field(default=None, repr=False)
    _members: dict[str, list[str]] | None = field(default=None, repr=False)  # family key -> its persons
    _children: dict[str, frozenset[str]] | None = field(default=None, repr=False, compare=False)  # see children_given()
    _demonym_terms: frozenset[str] | None = field(default=None, repr=False)
    _vocabulary: frozenset[str] | None = field(default=None, repr=False)
    # Every surface form, made once: the trie and the variant vocabulary both read them.
    _surfaces: list | None = field(default=None, repr=False, compare=False)
    _offices: Any = field(default=None, repr=False, compare=False)  # see _offices()
    _title_holders: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    _foreign_re: Any = field(default=None, repr=False, compare=False)  # see foreign_pattern()

    def names_of(self, actor_id: str) -> list[str]:
        """Every name, alias, spelling and dated alias of an actor, canonical name first."""
        actor = self.actors[actor_id]
        names = [actor.name, *actor.aliases, *self.spellings.get(actor_id, ())]
        names += [d.name for d in self.dated.get(actor_id, ())]
        return list(dict.fromkeys(names))

    def family_members(self, key: str) -> list[str]:
        """Ids of the persons of a family, in registry order."""
        # Asked for every surname a document matches: one pass over the actors, not one per ask.
        if self._members is None:
            members: dict[str, list[str]] = {}
            for a in self.actors.values():
                if a.kind == "person":
                    members.setdefault(a.family, []).append(a.id)
            self._members = members
        return list(self._members.get(key, ()))

    def children_given(self, actor_id: str) -> frozenset[str]:
        """The folded given names of a person's children the registry names, told by a child's name that
        sets the parent's given name between its own and the family's ("Saddam Khalifa Haftar": Saddam,
        son of Khalifa Haftar).  Worked out once for every person."""
        if self._children is None:
            children: dict[str, set[str]] = {}
            for a in self.actors.values():
                if a.kind != "person" or not a.family:
                    continue
                for name in self.names_of(a.id):
                    terms = _name_terms(name)
                    if len(terms) < 3:
                        continue
                    for p in self.family_members(a.family):
                        parent = _name_terms(self.actors[p].name)
                        if p != a.id and len(parent) >= 2 and parent[0] == terms[1] and parent[0] != terms[0]:
                            children.setdefault(p, set()).add(terms[0])
            self._children = {p: frozenset(c) for p, c in children.items()}
        return self._children.get(actor_id, frozenset())

    def title_holders(self, title: str) -> list[str]:
        """Ids of the persons whose registry titles include `title` (any case); one pass over the actors
        for every title, made on first ask."""
        if self._title_holders is None:
            holders: dict[str, list[str]] = {}
            for a in self.actors.values():
                if a.kind == "person":
                    for t in dict.fromkeys(t.casefold() for t in a.titles):
                        holders.setdefault(t, []).append(a.id)
            self._title_holders = holders
        return list(self._title_holders.get(title.casefold(), ()))

    def demonym_terms(self) -> frozenset[str]:
        """The folded terms of every demonym ("maltese"); worked out once, not per document."""
        if self._demonym_terms is None:
            self._demonym_terms = frozenset(_term(d) for ds in self.demonyms.values() for d in ds)
        return self._demonym_terms

    def add(self, actor: Actor, roles: Sequence[str] = (), spellings: Sequence[str] = (),
            surname: Sequence[str] = (), dated: Sequence[DatedAlias] = (), demonyms: Sequence[str] = (),
            dated_roles: Sequence[DatedAlias] = ()) -> None:
        """Add or replace an actor."""
        self.actors[actor.id] = actor
        self.dated_roles[actor.id] = tuple(dated_roles)
        # a dated role is a role too (profiles list it); its period only limits what it implies
        roles = list(dict.fromkeys([*roles, *(d.name for d in dated_roles)]))
        if demonyms:
            self.demonyms[actor.id] = tuple(demonyms)
        else:
            self.demonyms.pop(actor.id, None)
        self.roles[actor.id] = tuple(roles)
        self.spellings[actor.id] = tuple(spellings)
        self.surnames[actor.id] = tuple(surname)
        self.dated[actor.id] = tuple(dated)
        self._trie = None
        self._surfaces = None
        self._demonym_re = None
        self._capital_re = None
        self._state_words = None
        self._members = None
        self._children = None
        self._title_holders = None
        self._demonym_terms = None
        self._vocabulary = None
        self._foreign_re = None

    def foreign_pattern(self) -> re.Pattern[str]:
        """Any word naming another state than the desk's or a union of states ("Italy", "Turkish",
        "Ankara", "European", "EU"): the registry's states' names and demonyms, the capitals of
        data/places.toml `capitals` but the desk's own, and data/organisations.toml
        `short_form_foreign_qualifiers`; built on first use (actors._foreign_page)."""
        if self._foreign_re is None:
            home = _HOME_STATE
            words = set(vocab.words("organisations", "short_form_foreign_qualifiers"))
            for actor_id, actor in self.actors.items():
                if actor.kind in _PLACE_KINDS and actor_id != home:
                    words.update(self.names_of(actor_id))
                    words.update(self.demonyms.get(actor_id, ()))
            capitals = vocab.table("places")["capitals"]
            home_words = {d.casefold() for d in self.demonyms.get(home, ())} | {fold(n) for n in self.names_of(home)}
            home_capitals = {fold(city) for word, city in capitals.items() if word.casefold() in home_words}
            words.update(city for city in capitals.values() if fold(city) not in home_capitals)
            alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
            self._foreign_re = re.compile(r"(?<![\w’'-])(?:" + alternatives + r")(?![\w-])")
        return self._foreign_re

    def copy(self) -> Registry:
        """A shallow copy that can take more actors without changing this one."""
        return Registry(dict(self.actors), dict(self.roles), dict(self.spellings), dict(self.surnames),
                        dict(self.dated), dict(self.families), set(self.ignore), list(self.sources),
                        dict(self.demonyms), dict(self.dated_roles))

    # The surfaces, as a trie of folded tokens; built on first use.
    def surfaces(self) -> list[_Surface]:
        """Every surface form of every actor (made once; a copy of the list)."""
        if self._surfaces is None:
            self._surfaces = self._make_surfaces()
        return list(self._surfaces)

    def _make_surfaces(self) -> list[_Surface]:
        out: list[_Surface] = []
        for actor in self.actors.values():
            out += self.surfaces_of(actor.id)
        for fam in self.families.values():
            out += self.family_surfaces(fam)
        return out

    def family_surfaces(self, fam: Family) -> list[_Surface]:
        """The surface forms a family's surnames make (after every actor's own in `surfaces`)."""
        out = []
        for sur in fam.surnames:
            out.append(_Surface(fam.head or "", _words(sur), "surname", fam.key))
            if fam.actor and fam.actor in self.actors:
                words = _words(sur)
                out.append(_Surface(fam.actor, words + ("family",), "name", fam.key))
                out.append(_Surface(fam.actor, words + ("clan",), "name", fam.key))
                plural = words[:-1] + (words[-1] + "s",)
                out.append(_Surface(fam.actor, plural, "name", fam.key))
        return out

    def surfaces_of(self, actor_id: str) -> list[_Surface]:
        """The surface forms of one actor (its names, and as a person its surnames and family forms)."""
        actor = self.actors[actor_id]
        names = self.names_of(actor.id)
        person = actor.kind == "person"
        out = [_Surface(actor.id, _words(name), "name", person=person) for name in names]
        if person:
            fam = self.families.get(actor.family) if actor.family else None
            if fam:
                firsts = {_first_names(n, fam.surnames) for n in names}
                for first in firsts:
                    if not first:
                        continue
                    for sur in fam.surnames:
                        out.append(_Surface(actor.id, first + _words(sur), "name", person=True))
                    if len(first) == 1:
                        out.append(_Surface(actor.id, first, "first", fam.key))
            for sur in self._surnames_of(actor.id):
                out.append(_Surface(actor.id, sur, "surname", actor.family))
        else:
            # "Sea Shield Bn", "77th Bde": a unit's noun abbreviated (organisations.toml head_abbreviations).
            for name in names:
                words = _words(name)
                for short in _HEAD_ABBREVIATIONS.get(words[-1].casefold(), ()) if len(words) > 1 else ():
                    out.append(_Surface(actor.id, words[:-1] + (short,), "name"))
        return out

    def _surnames_of(self, actor_id: str) -> list[tuple[str, ...]]:
        explicit = self.surnames.get(actor_id, ())
        if explicit:
            return [_words(s) for s in explicit]
        result = []
        for name in self.names_of(actor_id):
            words = _words(name)
            if len(words) >= 2:
                last = words[-1]
                # "al-Menfi": the surname alone is written with or without the article.
                result.append((last,))
                if len(words) >= 3 and fold(words[-2]) in _NAME_PARTICLES:
                    result.append(words[-2:])
                # "Osama Elhammali" ... "Al-Hammali toured": the article glued on in the full name,
                # written apart (and as "al" or "el") in the surname alone.
                folded = fold(last)
                bare = _unglued(folded)
                if bare != folded and folded[:2] in _GLUED_ARTICLES and len(folded) == len(last):
                    rest = last[len(folded) - len(bare):]
                    result += [(article.capitalize(), rest) for article in _GLUED_ARTICLES]
        return list(dict.fromkeys(result))

    def demonym_pattern(self) -> tuple[Any, dict[str, str]]:
        """(regex of "<demonym> [<organ>] <organ>", demonym -> state id); built on first use."""
        if self._demonym_re is None:
            by_word = {d: actor_id for actor_id, ds in self.demonyms.items() if actor_id in self.actors for d in ds}
            if not by_word:
                self._demonym_re = (None, {})
            else:
                organ = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(
                    vocab.words("places", "demonym_organs"), key=len, reverse=True))
                words = "|".join(re.escape(d) for d in sorted(by_word, key=len, reverse=True))
                pattern = re.compile(rf"\b({words})\s+(?i:(?:{organ})\s+)?(?i:{organ})\b(?!['’-])")
                self._demonym_re = (pattern, by_word)
        return self._demonym_re

    def state_words(self) -> tuple[re.Pattern[str], dict[str, str]]:
        """(a pattern of the names and demonyms of every state with a demonym, each of those words -> its
        state); built on first use (actors._post_state)."""
        if self._state_words is None:
            words = dict(self.demonym_pattern()[1])
            for state in set(words.values()):
                words.update((name, state) for name in self.names_of(state))
            alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            self._state_words = (re.compile(r"\b(?:" + alternation + r")\b"), words)
        return self._state_words

    def capital_pattern(self) -> tuple[Any, dict[str, str]]:
        """(regex of a state's capital acting or addressed, capital -> actor id); built on first use (see
        _acting_capitals): the capitals of data/places.toml `capitals` whose state this registry knows
        by its demonym, but those standing for bodies seated there (`capitals_of_bodies`); the desk's own
        state's capital names the government seated there (`home_capital_government`), not the state."""
        if self._capital_re is None:
            _, by_word = self.demonym_pattern()
            by_demonym = {d.casefold(): state for d, state in by_word.items()}
            home = _HOME_STATE
            bodies = set(vocab.words("places", "capitals_of_bodies"))
            by_capital = {city: state for demonym, city in vocab.table("places")["capitals"].items()
                          if (state := by_demonym.get(demonym)) and state != home and city not in bodies}
            # "the Elysée said": a seat of government acts for the state whose capital holds it.
            parts = vocab.table("places")["parts_of"]
            by_capital.update({seat: by_capital[parts[fold(seat)]] for seat in vocab.words("places", "acting_seats")
                               if parts.get(fold(seat)) in by_capital})
            if _HOME_GOVERNMENT in self.actors:  # "Tripoli had asked Rome": the government seated there
                by_capital.update({city: _HOME_GOVERNMENT for demonym, city in vocab.table("places")["capitals"].items()
                                   if by_demonym.get(demonym) == home})
            if not by_capital:
                self._capital_re = (None, {})
            else:
                from .timeline import verb_forms  # the irregular forms of data/verb_forms.toml

                cities = _words_alt(by_capital)
                # "Washington, which lifted", "Ankara, which keeps trainers in Libya, sent", "Washington, for its
                # part, reopened", "Ankara, by contrast, called",
                # "Rome has delivered";
                # "Valletta and Tripoli had signed": a capital and another city, subjects of one verb.
                addressing = _phrases("places", "addressing_verbs")
                # The capital acting, maybe with another ("Valletta and Tripoli had signed"), or the one
                # addressed ("had warned Tripoli", "a memorandum with Tripoli"; not "the UN-recognised Tripoli
                # government"): group 1 or 3, and 2.  The verb after a subject is looked at, not taken, so
                # that its object is found too.
                pattern = re.compile(
                    rf"\b({cities})(?:\s+and\s+([A-Z][\w’'-]+))?(?:,\s+(?:which|who)\s+[^,;:.()]{{1,80}},\s+|,\s+(?:which|who)\s+"
                    rf"|,\s+(?:for\s+its\s+part|in\s+turn|meanwhile|too|however|"
                    rf"in\s+response|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand)\s*,\s+|\s+(?:(?:has|have|had|will|would|also|then|later|quickly|"
                    rf"swiftly|finally|formally|officially)\s+)*)(?=(?:[a-z]{{3,}}ed|{verb_forms('past')})\b)"
                    rf"|(?<![-‑])\b(?:{addressing}|with)\s+({cities})\b(?![’'-]){_NO_NOUN_NEXT}")
                self._capital_re = (pattern, by_capital)
        return self._capital_re

    def trie(self) -> dict:
        """Folded token trie of all surfaces; a leaf list sits under the key None."""
        if self._trie is None:
            root: dict = {}
            for surface in self.surfaces():
                node = root
                for word in surface.words:
                    node = node.setdefault(_term(word), {})
                node.setdefault(None, []).append(surface)
            self._trie = root
        return self._trie

    def variant_terms(self) -> Any:
        """A names.VariantIndex over the person-name tokens of the registry (spelling variants)."""
        if self._variants is None:
            from .names import VariantIndex

            self._variants = VariantIndex(sorted(self.variant_vocabulary()))
        return self._variants

    def variant_vocabulary(self) -> frozenset[str]:
        """The terms variant_terms is built over: the words of 4 letters or more of persons' and families' surface forms."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.vocabulary_of(self.surfaces()))
        return self._vocabulary

    def vocabulary_of(self, surfaces: Iterable[_Surface]) -> set[str]:
        """The terms of these surface forms that variant_vocabulary holds."""
        vocab = set()
        for surface in surfaces:
            actor = self.actors.get(surface.actor)
            if actor and actor.kind in ("person", "family"):
                vocab.update(_term(w) for w in surface.words if len(w) >= 4)
        return vocab


# Both are pure functions of a string, asked for every word of every surface form each time a
# registry's surfaces, trie or variant vocabulary are made (after a change: the stored registry
# and the new one, ~28,000 words at 10,000 articles); the same names recur, so they are kept.
@lru_cache(maxsize=1 << 16)
def _words(name: str) -> tuple[str, ...]:
    """The words of a name as written, split like the tokenizer splits them."""
    return tuple(name[t.start:t.end] for t in tokenize(name))


@lru_cache(maxsize=1 << 18)
def _name_terms(name: str) -> tuple[str, ...]:
    """The terms of a name (its folded tokens): asked of every discovered name by merging the
    discoveries, the merge of partial names and the name keys, once per process each (room for
    every name of 100,000 articles: each pass over more names than the cache holds missed on all)."""
    return tuple(t.term for t in tokenize(name))


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str:
    toks = tokenize(word)
    return toks[0].term if toks else fold(word)


def _first_names(name: str, surnames: Sequence[str]) -> tuple[str, ...]:
    """The given-name words of a family member's name ("Saddam Khalifa Haftar" -> ("Saddam",))."""
    words = _words(name)
    while words and tuple([_term(words[0])]) in _TITLE_KEYS:
        words = words[1:]  # "Colonel Gaddafi": a title is not a given name
    folded_surnames = {fold(s) for s in surnames}
    if words and fold(words[-1]) in folded_surnames:
        words = words[:-1]
    return words[:1] if len(words) >= 1 else ()


def _case_ok(pattern: str, written: str, inner: bool = False) -> bool:
    """The capitals rule: "US" only matches "US", "Chad" only a capitalised "chad".

    `inner`: a later word of a name of three or more words, or of a person's full name, which a
    careless page writes in lower case ("the House of representatives", "the Libyan coast
    guard", "Khalifa haftar"); acronyms keep their capitals.
    """
    if written.endswith(_POSSESSIVE):
        written = written[:-2]
    if len(pattern) >= 2 and pattern.isupper():
        return written.isupper()
    if pattern[:1].isupper() and not inner:
        return written[:1].isupper()
    return True


def _as_list(value: Any, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key} must be a list of strings")
    return list(value)


def _read_registry(text: str, origin: str, registry: Registry) -> None:
    """Parse one registry TOML text into the registry (later files replace earlier actors)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{origin}: {exc}") from None
    unknown = set(data) - {"actor", "family", "ignore"}
    if unknown:
        raise ValueError(f"{origin}: unknown section {sorted(unknown)[0]!r} (expected actor, family, ignore)")
    ignore = data.get("ignore", {})
    if not isinstance(ignore, dict):
        raise ValueError(f"{origin}: ignore must be a table with names = [...]")
    for name in _as_list(ignore.get("names"), f"{origin}: ignore", "names"):
        registry.ignore.add(" ".join(t.term for t in tokenize(name)))
    families = data.get("family", [])
    if not isinstance(families, list):
        raise ValueError(f"{origin}: family must be written [[family]]")
    for number, entry in enumerate(families, 1):
        where = f"{origin}: family #{number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
            raise ValueError(f"{where}: needs key = \"...\"")
        surnames = _as_list(entry.get("surnames"), where, "surnames")
        if not surnames:
            raise ValueError(f"{where}: needs surnames = [...]")
        registry.families[entry["key"]] = Family(entry["key"], tuple(surnames), entry.get("head"), entry.get("actor"))
    entries = data.get("actor", [])
    if not isinstance(entries, list):
        raise ValueError(f"{origin}: actor must be written [[actor]]")
    allowed = {"id", "name", "kind", "aliases", "spellings", "surname", "titles", "roles",
               "affiliations", "family", "dated_alias", "dated_role", "demonyms"}
    for number, entry in enumerate(entries, 1):
        where = f"{origin}: actor #{number}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: must be a table")
        extra = set(entry) - allowed
        if extra:
            raise ValueError(f"{where}: unknown key {sorted(extra)[0]!r}")
        name = entry.get("name")
        if not isinstance(name, str) or not tokenize(name):
            raise ValueError(f"{where}: needs name = \"...\"")
        where = f"{origin}: actor {name!r}"
        kind = entry.get("kind")
        if kind not in KINDS:
            raise ValueError(f"{where}: kind must be one of {', '.join(sorted(KINDS))}")
        actor_id = entry.get("id") or slug(name)
        if not isinstance(actor_id, str):
            raise ValueError(f"{where}: id must be a string")
        dated = _dated_entries(entry, "dated_alias", where)
        dated_roles = _dated_entries(entry, "dated_role", where)
        family = entry.get("family")
        if family is not None and not isinstance(family, str):
            raise ValueError(f"{where}: family must be a string")
        actor = Actor(
            id=actor_id, name=name, kind=kind,
            aliases=tuple(_as_list(entry.get("aliases"), where, "aliases")),
            titles=tuple(canonical_title(t) for t in _as_list(entry.get("titles"), where, "titles")),
            affiliations=tuple(_as_list(entry.get("affiliations"), where, "affiliations")),
            family=family,
        )
        registry.add(actor, _as_list(entry.get("roles"), where, "roles"),
                     _as_list(entry.get("spellings"), where, "spellings"),
                     _as_list(entry.get("surname"), where, "surname"), dated,
                     _as_list(entry.get("demonyms"), where, "demonyms"), dated_roles)
    registry.sources.append(origin)


def _dated_entries(entry: dict, key: str, where: str) -> list[DatedAlias]:
    """The [[actor.KEY]] tables of an actor entry (name, from, until) as DatedAlias; ValueError if malformed."""
    raw = entry.get(key, [])
    if not isinstance(raw, list):
        raise ValueError(f"{where}: {key} must be written [[actor.{key}]]")
    out = []
    for d in raw:
        if not isinstance(d, dict) or not isinstance(d.get("name"), str):
            raise ValueError(f"{where}: a {key} needs name = \"...\"")
        start, end = d.get("from"), d.get("until")
        for value in (start, end):
            if value is not None and not isinstance(value, (str, int)) and not hasattr(value, "year"):
                raise ValueError(f"{where}: {key} dates must be YYYY[-MM[-DD]]")
        out.append(DatedAlias(d["name"], None if start is None else str(start), None if end is None else str(end)))
    return out


def load_registry(path: str | Path | None = None, extra: Iterable[str | Path] = ()) -> Registry:
    """Load the shipped registry (or `path`) and then each user file; ValueError("<path>: ...") if broken."""
    registry = Registry()
    _add_outlets(registry, vocab.words("outlets", "outlets"))
    if path is None:
        text = resources.files("libyadesk.data").joinpath("actors.toml").read_text(encoding="utf-8")
        _read_registry(text, "actors.toml", registry)
    else:
        _read_registry(_read_text(path), str(path), registry)
    for user in extra:
        _read_registry(_read_text(user), str(user), registry)
    for fam in registry.families.values():
        if fam.head and fam.head not in registry.actors:
            raise ValueError(f"{registry.sources[-1]}: family {fam.key!r}: head {fam.head!r} is not an actor")
    return registry


def _add_outlets(registry: Registry, names: Iterable[str]) -> None:
    """Add news outlets as actors of kind "outlet" (one per spelling key; known names are left alone)."""
    by_id: dict[str, list[str]] = {}
    known = {" ".join(_term(w) for w in s.words) for s in registry.surfaces()} if registry.actors else set()
    for name in names:
        if not isinstance(name, str) or not tokenize(name):
            continue
        key = " ".join(t.term for t in tokenize(name))
        if key in known:
            continue
        by_id.setdefault("outlet:" + slug(name), []).append(name)
    for actor_id, spellings in by_id.items():
        if actor_id in registry.actors:
            continue
        registry.add(Actor(actor_id, spellings[0], "outlet"), spellings=spellings[1:])


def with_outlets(registry: Registry, names: Iterable[str | None]) -> Registry:
    """A copy of the registry that also knows these outlet names (a corpus's `source:` values)."""
    wanted = sorted({n for n in names if n})
    if not wanted:
        return registry
    reg = registry.copy()
    _add_outlets(reg, wanted)
    return reg


def _outlet_acted_on(text: str, a: int, b: int) -> bool:
    """Whether the outlet named at text[a:b] is acted on, not cited: "Al Jazeera's office was raided".

    >>> t = "Gunmen raided Al Jazeera's office. Al Jazeera reported the clashes."
    >>> _outlet_acted_on(t, 14, 24), _outlet_acted_on(t, 35, 45)
    (True, False)
    """
    after = text[b:b + 60]
    possessive = re.match(r"[’']s\s+([a-z]+)(?:\s+([a-z]+))?", after)
    if possessive and (possessive.group(1) in _OUTLET_TARGET_NOUNS or possessive.group(2) in _OUTLET_TARGET_NOUNS):
        return True
    return bool(_OUTLET_PASSIVE.match(after) or _OUTLET_OBJECT.search(text, max(0, a - 40), a))


def _read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read: {exc}") from None


# --- matching -------------------------------------------------------------------------------


class _Tok(NamedTuple):
    """A token of a document as the matchers see it."""

    # A tuple of strings and numbers rather than a class instance: the garbage collector
    # stops tracking it at its first pass, so a document's tokens do not weigh on later ones.
    term: str
    start: int
    end: int
    word: str  # as written, possessive dropped
    cap: bool  # capitalised, asked often enough to be worked out once


def _doc_tokens(text: str) -> list[_Tok]:
    """The tokens of a text, as text.tokenize makes them, with what the matchers ask of each.

    Straight from the word pattern with a cached analysis per word: a corpus is tokenized
    twice here (discovery, then matching), and this is a large part of both passes.  The
    tuples are made by tuple.__new__, not by the NamedTuple's Python constructor (a third
    of the time), and the written form comes from the cache, not a slice of the text.
    """
    out = []
    append = out.append
    info = _word_info
    for match in WORD_RE.finditer(text):
        term, cut, cap, written = info(match.group())
        if term:
            start, end = match.span()
            append(_new_tuple(_Tok, (term, start, end - cut, written, cap)))
    return out


_new_tuple = tuple.__new__


@lru_cache(maxsize=262144)
def _word_info(word: str) -> tuple[str, int, bool, str]:
    """(term, characters of a possessive to cut from the span, capitalised, the word without them) of a word as written."""
    term = word_term(word)
    cut = 2 if word.endswith(_POSSESSIVE) and term != fold(word).replace("'", "") else 0
    return term, cut, word[:1].isupper(), word[:len(word) - cut]


@dataclass(slots=True)
class _Raw:
    """A matched surface before coreference decides who it is."""

    start_tok: int
    end_tok: int  # exclusive
    surfaces: list[_Surface]
    how: str  # name | surname | first | title | variant


_NUMBER_PAIR = lazy_compile(r"\s?[+/]\s?")  # "5+5", "5 + 5", "3/3": one number pair, one name


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    """Two tokens belong to one name when only a space or a hyphen separates them."""
    gap = text[a.end:b.start]
    if a.end != len(a.word) + a.start:  # a possessive in between ends the name
        return False
    if gap in (" ", "-", "\u00a0", ""):
        return True
    if gap == "." and len(a.word) == 1 == len(b.word) and a.word.isupper() and b.word.isupper():
        return True  # "U.N.", "U.S.": the letters of an abbreviation written with full stops.
    if gap == ". " and len(a.word) == 1 and a.word.isupper() and text[a.start - 1:a.start] == "." \
            and a.start >= 2 and text[a.start - 2].isupper():
        return True  # "the U.N. mission in Libya": the abbreviation's closing stop, then its name goes on
    # "the 5+5 Joint Military Commission": a pair of numbers opens a body's name.
    return a.word.isdigit() and b.word.isdigit() and bool(_NUMBER_PAIR.fullmatch(gap))


def _shouted(alias: str, toks: list[_Tok], i: int, text: str) -> bool:
    """Whether an acronym that is also a function word ("WHO") stands at token i as that word: in a line
    with no lower-case letter (a headline in capitals, "WHO RULES LIBYA NOW?"), or opening a sentence that
    asks a question ("WHO killed the migrants found in Sabratha?").  Other acronyms beside it make no
    headline ("WHO, UNICEF and IOM teams reached Derna")."""
    if not (alias.isupper() and alias.casefold() in STOP_WORDS):
        return False
    at = toks[i].start
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if not any(c.islower() for c in text[line_start:line_end]):
        return True
    opens = _SENTENCE_OPENING.search(text, line_start, at)
    stop = _QUESTION_OR_STOP.search(text, toks[i].end, line_end)
    return opens is not None and stop is not None and stop.group() == "?"


# Before a word that opens its sentence: the line's start, a stop, or a label's colon ("EXCLUSIVE: ").
_SENTENCE_OPENING = lazy_compile(r"(?:^|[.!?:]\s+|[\"“‘'(]\s*)$")
_QUESTION_OR_STOP = lazy_compile(r"[.!?]")


def _walk(trie: dict, toks: list[_Tok], i: int, text: str, skip_after_first: bool,
          variants: Any = None) -> tuple[int, list[_Surface], bool] | None:
    """Longest trie match from token i; optionally one capitalised middle name after the first word.

    Callers skip the tokens that `_can_start` rules out: from those this finds nothing.
    """
    best: tuple[int, list[_Surface], bool] | None = None
    # Depth first, in the order a recursive search takes (the first of equally long matches
    # wins), but with a stack: a recursive closure would be a reference cycle on every call.
    stack: list[tuple[dict, int, bool, bool, int]] = [(trie, i, False, False, 0)]
    while stack:
        node, j, used_variant, skipped, depth = stack.pop()
        if None in node and depth > 0:
            fits = [s for s in node[None]
                    if all(_case_ok(w, toks[i + k + (1 if skipped and k >= 1 else 0)].word,
                                    k > 0 and (len(s.words) >= 3 or s.person) and s.how == "name")
                           for k, w in enumerate(s.words))
                    and (not skipped or (len(s.words) >= 2 and s.how == "name"))
                    and not (len(s.words) == 1 and _shouted(s.words[0], toks, i, text))]
            if fits and (best is None or j > best[0]):
                best = (j, fits, used_variant)
        if j >= len(toks) or (j > i and not _gap_ok(text, toks[j - 1], toks[j]) and not (
                toks[j].cap and _plural_possessive(text, toks[j - 1], toks[j]))):
            continue
        tok = toks[j]
        branches = []
        nxt = node.get(tok.term)
        if nxt is not None:
            branches.append((nxt, j + 1, used_variant, skipped, depth + 1))
        elif variants is not None and tok.cap and len(tok.term) >= 4:
            for alt in _variant_of(variants, tok.term):
                if alt in node:
                    branches.append((node[alt], j + 1, True, skipped, depth + 1))
        if skip_after_first and depth == 1 and not skipped and tok.cap and tok.term not in _CONNECTORS:
            # "Saddam Khalifa Haftar": a patronymic between first name and surname.
            branches.append((node, j + 1, used_variant, True, depth))
        stack += reversed(branches)
    return best


def _another_persons_surname(text: str, toks: list[_Tok], i: int, j: int, surfaces: list[_Surface],
                             registry: Registry, variants: Any) -> bool:
    """Whether a bare surname match at tokens i..j is part of another person's full name: a
    capitalised name word stands right before or after it that no candidate (nor their family)
    bears ("Naji Issa" and "Issa Abdelmajid" are not Aguila Saleh Issa, "Hanan Salah" and "Salah
    al-Din" not Aguila Saleh; "Hamid Dbeibah" and "Mohammed al-Menfi" are the registry's people).
    A family member's bare first name likewise: "Khaled Ben Ali" is not Khaled Haftar.  A person's
    full name after a given name of another is that person's son's ("Colonel Omar Saddam Haftar",
    "Ibrahim Abdul Hamid Dbeibah": a given name, then the father's, then the family's), as
    _son_named_after; so is a person's name around a son's given name (Registry.children_given):
    "Khalifa Saddam Haftar" is Saddam Haftar's son, named after his grandfather."""
    if all(s.how == "name" and s.person for s in surfaces):
        return _namesake_start(text, toks, i, j, surfaces, registry, variants) is not None
    if any(s.how not in ("surname", "first") for s in surfaces):
        return False
    beside = []
    patronymic = None
    if i > 0 and _gap_ok(text, toks[i - 1], toks[i]):
        beside.append(toks[i - 1])
        # "Saif Ben Issa", "Ben Issa said": a capitalised patronymic particle makes the surname
        # part of a name of its own, another person's unless a candidate's name has the particle.
        if toks[i - 1].term in _PATRONYMIC_PARTICLES and toks[i - 1].cap:
            patronymic = toks[i - 1]
    if j < len(toks) and _gap_ok(text, toks[j - 1], toks[j]):
        beside.append(toks[j])
        # "Salah al-Din", "Nasr ad-Din": a particle joins the word to a name of its own.
        if toks[j].term in _NAME_PARTICLES and j + 1 < len(toks) and _gap_ok(text, toks[j], toks[j + 1]):
            beside.append(toks[j + 1])
    # Not a title, a role, a sentence's first word or a place ("Speaker Saleh", "Tobruk Saleh").
    beside = [t for t in beside if t.cap and _is_name_word(t) and t.term not in _NOT_ORG_WORD
              and t.term not in _ROLE_NOUNS and t.term not in _NAME_PARTICLES and not _is_place_word(registry, t)]
    if not beside and patronymic is None:
        return False
    people = {s.actor for s in surfaces} | {m for s in surfaces if s.family for m in registry.family_members(s.family)}
    names, own, given = _candidates_words(people, registry)
    if patronymic is not None and patronymic.term not in own:
        return True
    # A name of four words or more past its second is a chain of forebears ("Khalifa Belqasim Omar Haftar":
    # Omar his grandfather): "Omar Haftar" is another person, not Khalifa.
    forebears = {_term(w) for words in names if len(words) >= 4 for w in words[2:-1]} - {
        _term(w) for words in names for w in (words[:2] if len(words) >= 4 else words)}
    # "Aburraouf Kara" for "Abdel Raouf Kara": a word before the surname that is a spelling of a
    # candidate's given names is that candidate's (see _given_names_alike).
    return any(not _spelt_as_own(t.term, own, variants)
               and not (t.start < toks[i].start and any(_given_names_alike(g, (t.term,)) for g in given if g))
               or t.start < toks[i].start and t.term in forebears
               for t in beside)


def _namesake_start(text: str, toks: list[_Tok], i: int, j: int, surfaces: list[_Surface], registry: Registry,
                    variants: Any) -> int | None:
    """Where the full name of a registry person's son or grandson starts, when a person's full name matched
    at tokens i..j is part of it: "Khalifa Saddam Haftar" (the word skipped is the given name of a son the
    registry names, Registry.children_given: the son's son, named after his grandfather) from i, "Colonel Omar
    Saddam Haftar" (_son_named_after) from i - 1; None when it is the person's own."""
    if j - i == len(surfaces[0].words) + 1 and all(toks[i + 1].term in registry.children_given(s.actor) for s in surfaces):
        return i
    return i - 1 if _son_named_after(text, toks, i, surfaces, registry, variants) else None


def _candidates_words(people: set[str], registry: Registry) -> tuple[list[tuple[str, ...]], set[str], list[tuple[str, ...]]]:
    """The candidates' names as words, the folded words of them all, and the people's given names (the
    folded words before each name's last): what a capitalised word beside a match is compared with."""
    names = [_words(n) for a in people if a in registry.actors for n in registry.names_of(a)]
    own = {_term(w) for words in names for w in words}
    given = [tuple(_term(w) for w in _words(n))[:-1] for a in people if a in registry.actors
             and registry.actors[a].kind == "person" for n in registry.names_of(a)]
    return names, own, given


def _spelt_as_own(term: str, own: set[str], variants: Any) -> bool:
    """Whether a folded word is one of the candidates' own words (_candidates_words) or a spelling of one."""
    return term in own or any(v in own for v in _variant_of(variants, term))

# A given name this common in English is an English word or a western name before a registry name ("said",
# "mark", "john"), not a son's given name (wordfreq's Zipf scale).
_ENGLISH_WORD_ZIPF = 5.0


def _son_named_after(text: str, toks: list[_Tok], i: int, surfaces: list[_Surface], registry: Registry,
                     variants: Any) -> bool:
    """Whether a person's full name at token i follows right after a given name (roles.toml given_names)
    that is none of the candidates' own and no spelling of one: "Colonel Omar Saddam Haftar" is Omar,
    son of Saddam Haftar.  Not a title or a possessive ("Field Marshal Khalifa Haftar", "Libya's
    Khalifa Haftar"), a word of common English ("..., Said Aguila Saleh"; opening a sentence, any word
    not rare in English), nor a word inside a longer run of capitals ("Aguila Saleh Khalifa Haftar",
    "Supporters Mark Khalifa Haftar's Birthday")."""
    if i == 0 or not _gap_ok(text, toks[i - 1], toks[i]):
        return False
    before = toks[i - 1]
    if not before.cap or before.term not in _given_names(registry) or _is_place_word(registry, before) \
            or vocab.english_zipf(before.term) >= _ENGLISH_WORD_ZIPF:
        return False  # "..., Said Aguila Saleh", "Supporters Mark Khalifa Haftar's Birthday": English words
    prev = text[:before.start].rstrip()[-1:]
    if not (prev.isalnum() or prev in ",;") and not _rare_in_english([before]):
        return False  # a sentence's first word may be English
    if i >= 2 and _gap_ok(text, toks[i - 2], before) and toks[i - 2].cap and toks[i - 2].term not in _TITLE_WORD \
            and toks[i - 2].term not in _ROLE_NOUNS and tuple([toks[i - 2].term]) not in _TITLE_KEYS:
        return False  # in a run of capitals ("Aguila Saleh Khalifa Haftar", a heading): no given name of its own
    _, own, given = _candidates_words({s.actor for s in surfaces}, registry)
    return not _spelt_as_own(before.term, own, variants) and not any(_given_names_alike(g, (before.term,)) for g in given if g)


def _overtaken(trie: dict, toks: list[_Tok], i: int, j: int, text: str, variants: Any, can_start: list[bool]) -> int | None:
    """The first token inside a match i..j where a longer match begins, if any: "The National
    Oil Corporation" is the oil company, not the outlet "The National" and the words after it."""
    for k in range(i + 1, j):
        if can_start[k]:
            other = _walk(trie, toks, k, text, True, variants)
            if other is not None and other[0] > j:
                return k
    return None


def _can_start(trie: dict, toks: list[_Tok], variants: Any) -> list[bool]:
    """Which tokens can begin a trie match: the term, or a spelling variant of it, is a first word."""
    # Most tokens begin none; one pass over the document is much cheaper than a _walk per token.
    # A first word none of whose surfaces is that word alone begins nothing when the next word
    # is neither a second word of one nor capitalised (only a capitalised word can be a variant
    # or a middle name): "the" of "The National" before a lower-case word, the commonest case.
    out = []
    append = out.append
    last = len(toks) - 1
    for i, t in enumerate(toks):
        node = trie.get(t.term)
        if node is not None:
            append(None in node or (i < last and (toks[i + 1].cap or toks[i + 1].term in node)))
        else:
            append(variants is not None and t.cap and len(t.term) >= 4
                   and any(alt in trie for alt in _variant_of(variants, t.term)))
    return out


def _variant_of(variants: Any, term: str) -> tuple[str, ...]:
    # Memoised by the index itself (names.VariantIndex.variants_of): a table keyed by id() of an
    # index could hand a freed index's answers to a new one made at the same address.
    return variants.variants_of(term)


def _title_ending_at(toks: list[_Tok], i: int, text: str, fits: Callable[[int, tuple[str, ...]], bool],
                     gap_ok: Callable[[str, _Tok, _Tok], bool]) -> tuple[str | None, int]:
    """The longest title of titles.toml written right before token i that `fits` (its first token
    and its key), its words joined as `gap_ok` allows, and where it starts; (None, i) if none is."""
    if i == 0 or toks[i - 1].term not in _TITLE_LAST:
        return None, i
    for n in range(min(_TITLE_MAX, i), 0, -1):
        s = i - n
        key = tuple(t.term for t in toks[s:i])
        if key in _TITLE_KEYS and fits(s, key) and all(gap_ok(text, toks[k], toks[k + 1]) for k in range(s, i)):
            return _TITLE_KEYS[key], s
    return None, i


def _title_before(toks: list[_Tok], i: int, text: str) -> tuple[str | None, int]:
    """The capitalised title written right before token i ("Rear Admiral", "Gen."), and where it starts."""
    return _title_ending_at(toks, i, text, lambda s, key: toks[s].cap, _gap_ok_loose)


def _lower_title_before(toks: list[_Tok], i: int, text: str) -> str | None:
    """The title written in lower case right before the name at token i, one a post alone may stand
    for later (titles.toml alone_in_lower_case, alone_in_lower_case_generic): "UN envoy Jane Roe",
    "interior minister Jane Roe" -> "the envoy", "the interior minister" name her later."""
    return _title_ending_at(toks, i, text, lambda s, key: (key in _TITLE_ALONE_LOWER or key in _TITLE_ALONE_GENERIC)
                            and not any(t.cap for t in toks[s:i]), _gap_ok)[0]


_ABBREVIATED = frozenset("gen lt col maj capt adm brig cmdr dr eng mr mrs ms prof sen gov pres st".split())


def _gap_ok_loose(text: str, a: _Tok, b: _Tok) -> bool:
    """Like _gap_ok, but a title may be abbreviated with a full stop ("Gen. Hifter", "Lt. Gen.")."""
    gap = text[a.end:b.start]
    return gap in (" ", "-", "\u00a0") or (gap in (". ", ".") and a.term in _ABBREVIATED)


def _sentence_starts(sentences: Sequence[Sentence]) -> list[int]:
    return [s.start for s in sentences]


def _is_headline(line: str) -> bool:
    # The punctuation first: most lines of a page are paragraphs that end with a stop, and
    # the regex answers without splitting them into words.
    return not _SENT_PUNCT.search(line) and len(line.split()) < 20


# --- discovery ------------------------------------------------------------------------------


@dataclass(slots=True)
class Discovered:
    """An actor found by its shape in the text, with the evidence for it."""

    id: str
    name: str
    kind: str
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)

    def actor(self) -> Actor:
        """The Actor record of this discovery."""
        return Actor(self.id, self.name, self.kind, tuple(self.aliases), tuple(self.titles), discovered=True)


def _is_name_word(tok: _Tok) -> bool:
    t = tok.term
    return (tok.cap and t not in _NOT_NAME and t not in _MONTHS and t not in _WEEKDAYS and t not in _ORG_HEADS
            and t not in _TITLE_WORD
            and t not in STOP_WORDS and not t.isdigit() and tuple([t]) not in _TITLE_KEYS
            and not (tok.word.isupper() and len(tok.word) > 1))


def _acronym_fits(words: list[_Tok], acr: str) -> int | None:
    """Smallest start index s such that words[s:] spell the acronym (EU Border ... -> EUBAM)."""
    acr = acr.upper()

    def fits(k: int, pos: int) -> bool:
        if pos == len(acr):
            return k == len(words)
        if k == len(words):
            return False
        w = words[k].word.upper()
        if words[k].term in _CONNECTORS and fits(k + 1, pos):
            return True
        for n in range(min(len(w), len(acr) - pos), 0, -1):
            if w[:n] == acr[pos:pos + n] and (n == 1 or words[k].word.isupper()) and fits(k + 1, pos + n):
                return True
        return False

    for s in range(len(words) - 1, -1, -1):
        if words[s].term not in _CONNECTORS and fits(s, 0):
            return s
    return None


_CLOSING_QUOTE = "['’\"”]"
# A quote closing right before a name ("'Abu Sfiyya' Elwerfalli").
_QUOTE_CLOSED = lazy_compile(_CLOSING_QUOTE + r"[ \t]+")
# A given name, a nickname of one to three capitalised words in quotes, a surname.
_QUOTED_NICKNAME = lazy_compile(r"\b([A-Z][\w-]+)[ \t]+['‘\"“]([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})" + _CLOSING_QUOTE
                                + r"[ \t]+([A-Z][\w-]+)\b")


def discover_actors(doc: Document, sentences: Sequence[Sentence], registry: Registry) -> list[Discovered]:
    """Find people and organisations of one document that the registry does not know."""
    return _discover(doc, sentences, registry, _doc_tokens(doc.text))


def _discover(doc: Document, sentences: Sequence[Sentence], registry: Registry,
              toks: list[_Tok]) -> list[Discovered]:
    text = doc.text
    taken, namesakes = _registry_spans(text, toks, registry)
    found: dict[str, Discovered] = {}
    sent_starts = {s.start for s in sentences}
    line_of = _line_headline_map(text)
    demonyms = registry.demonym_terms()

    def free(a: int, b: int) -> bool:
        return not any(taken[k] for k in range(a, b))

    def add(name_toks: list[_Tok], kind: str, title: str | None = None, alias: str | None = None,
            apart: bool = False) -> None:
        # `apart`: the tokens are not written together ("Abdelmuttalib 'Abu Srir' Elshibani"): the name is theirs.
        name = " ".join(t.word for t in name_toks) if apart else text[name_toks[0].start:name_toks[-1].end]
        if name[:1].isdigit():
            name = _NUMBER_PAIR.sub(lambda m: m.group().strip(), name, count=1)  # "5 + 5 ..." shown as "5+5 ..."
        terms = tuple(t.term for t in name_toks)
        if " ".join(terms) in registry.ignore or _is_outlet_name(terms):
            return
        if kind != "person" and not alias and (_is_generic_org(terms) or _is_generic_org(terms[1:]) and _is_body_acronym(
                registry, name_toks[0])):
            return  # "Central Bank", "Interior Ministry", "GNA Ministry of Defence": a fragment or a common noun
        if kind != "person" and not alias and _is_generic_org(terms, by_function=False) \
                and _WHERE_BEFORE.search(text, max(0, name_toks[0].start - 24), name_toks[0].start):
            return  # "crept up to the Passports Authority and the barracks": a building, named only as where
        if kind != "person" and not alias and len(terms) == 2 and terms[0] in demonyms \
                and _ORG_HEADS.get(terms[1]) == "institution":
            # "the Libyan Government", "the Maltese Parliament": a state's organ described, not a
            # name ("Libyan Army" is kept: it is the short form of a known force's name).
            return
        if kind != "person" and not alias and _is_membership_phrase(terms):
            return  # "Panel of Experts", "Council of Elders": what any body of its members is called
        if kind != "person" and terms[-1] in _NOT_ORG_LAST:
            return  # "Libyan Political Agreement (LPA)", "Tripoli International Airport (TIA)"
        if kind == "person" and terms[-1] in _NOT_NAME_LAST:
            return  # "the General Budget Law": a title's word opening a document's name
        if kind == "person" and terms[-1] in _NOT_PERSON_NAME_WORDS and terms[-1] in _ORG_HEADS:
            kind = _ORG_HEADS[terms[-1]]  # "Afriqiyah Airways said": a firm that speaks, no person
        if _OUTLET_BEFORE.search(text, max(0, name_toks[0].start - 60), name_toks[0].start) or \
                _OUTLET_AFTER.match(text, name_toks[-1].end):
            kind = "outlet"  # "the Russian news agency African Initiative", "Fawasel, a local news site"
        actor_id = "discovered:" + "-".join(t.term for t in name_toks)
        d = found.setdefault(actor_id, Discovered(actor_id, name, kind))
        if title and title not in d.titles and title.casefold() not in _HONORIFICS:
            d.titles.append(title)
        if alias and alias not in d.aliases:
            d.aliases.append(alias)
        if doc.id not in d.docs:
            d.docs.append(doc.id)

    n = len(toks)
    # A nickname in quotes inside a person's name ("Abdelmuttalib 'Abu Srir' Elshibani"): the person is
    # the name without it, the nickname one of their names ("militia leader Abu Srir" elsewhere).
    at_token = {t.start: k for k, t in enumerate(toks)}
    for m in _QUOTED_NICKNAME.finditer(text):
        first, last = at_token.get(m.start(1)), at_token.get(m.start(3))
        # Not a place's or a facility's name ("the Tripoli 'Mitiga' Airport", "Zawiya 'Martyrs' Hospital"): the
        # surname is rare in English and "the" does not stand before the name.
        if first is None or last is None or not free(first, last + 1) or line_of(m.start()) \
                or not _is_name_word(toks[first]) or not _is_name_word(toks[last]) \
                or not _rare_in_english([toks[last]]) or _THE_RIGHT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        add([toks[first], toks[last]], "person", alias=" ".join(m.group(2).split()), apart=True)
        for k in range(first, last + 1):
            taken[k] = True  # nor the nickname, nor a half of the name, is a name of its own here
    # The son or grandson of a registry person, named in full ("Khalifa Saddam Haftar"): a person of his own.
    for a, b in namesakes:
        if all(t.cap for t in toks[a:b]) and not line_of(toks[a].start) and not any(taken[a:b]):
            add(toks[a:b], "person")
    used = -1  # tokens up to here belong to a name already discovered
    claimed = [False] * n  # a title and the person's name after it
    for i, tok in enumerate(toks):
        if not tok.cap or taken[i] or i <= used or line_of(tok.start):
            continue  # both shapes below start with a capitalised word
        # Title + capitalised name: "Rear Admiral Marco Casapieri", "Dr Jane Roe".
        if tok.term in _TITLE_FIRST and tok.cap:
            title, j = None, i
            for m in range(_TITLE_MAX, 0, -1):
                key = tuple(t.term for t in toks[i:i + m])
                if len(key) == m and key in _TITLE_KEYS and all(
                        _gap_ok_loose(text, toks[k], toks[k + 1]) for k in range(i, i + m - 1)):
                    title, j = _TITLE_KEYS[key], i + m
                    break
            if title and j + 2 < n and toks[j].term == "of" and toks[j + 1].term in _PORTFOLIO \
                    and _gap_ok(text, toks[j - 1], toks[j]):
                # "Minister of Foreign Affairs Jane Roe": the portfolio, then the name.
                k = j + 1
                while k < n and toks[k].cap and toks[k].term in _PORTFOLIO and _gap_ok(text, toks[k - 1], toks[k]):
                    k += 1
                name = _name_run(text, toks, k, taken) if k < n and _gap_ok(text, toks[k - 1], toks[k]) else None
                if name and len(name) >= 2:
                    add(name, "person", text[toks[i].start:toks[k - 1].end])
                    used = k + len(name) - 1
                    for c in range(i, used + 1):
                        claimed[c] = True  # "Minister of Government Jane Roe" names no organisation
                    continue
            if title and j < n and _gap_ok_loose(text, toks[j - 1], toks[j]):
                name = _name_run(text, toks, j, taken)
                if name and len(name) == 1 and _named_in_full_before(text, name[0].word, name[0].start) \
                        and not _INTRODUCED.match(text, name[0].end):
                    name = None  # "Eng. Husni Bentaher ... Dr. Husni said": the given name of one named before
                if name and (len(name) >= 2 or title.casefold() in _HONORIFICS | {"dr", "professor"}):
                    add(name, "person", title)
                    used = j + len(name) - 1
                    continue
        # A capitalised two- or three-word name with a role or a speech verb after it.
        # A name starts a run of capitalised words, or follows a capitalised role ("Analyst Jane Roe").
        after_unit = i > 0 and _is_post_unit(text, toks, i - 1)
        if _is_name_word(tok) and tok.term not in _ROLE_NOUNS and (
                i == 0 or not _gap_ok(text, toks[i - 1], tok) or not toks[i - 1].cap or toks[i - 1].term in _ROLE_NOUNS
                or toks[i - 1].term in _WEEKDAYS or after_unit):
            name = _name_run(text, toks, i, taken)
            if name and i >= 2 and toks[i - 1].term == "for" and toks[i - 2].cap and (
                    toks[i - 2].term in _POSTS_FOR_A_FIELD or toks[i - 2].term in _ORG_HEADS) and not _rare_in_english(name) \
                    and name[0].term not in _given_names(registry):
                name = None  # "the Commissioner for Human Rights said": what the post is for, no person
            if name and 2 <= len(name) <= 4 and free(i, i + len(name)):
                last = i + len(name) - 1
                if len(name) >= 3 and i >= 2 and toks[i - 1].term == "of" and toks[i - 2].cap and (
                        toks[i - 2].term in _TITLE_WORD or toks[i - 2].term in _PERSON_POSTS):
                    name = name[1:]  # "Mayor of Misrata Jane Roe": the first word is what the post is of
                after = text[name[-1].end:name[-1].end + 120]
                before = text[max(0, tok.start - 60):tok.start]
                if i >= 2 and toks[i - 1].term == "of" and toks[i - 2].term in _PERSON_POSTS \
                        and _HOLDER_APPOSED.match(after) and name[0].term not in _given_names(registry):
                    # "The mayor of Al-Bayda, Jane Roe, said": what the post is of, its holder after it (not
                    # "The spokesman of Ibrahim Dbeibah, Jane Roe,": a given name opens a person's name).
                    used = last
                    continue
                sentence_initial = tok.start in sent_starts
                kin = len(name) >= 2 and (name[-1].term in _family_surnames(registry) or (
                    name[0].term in _given_names(registry) and _rare_in_english(name[-1:]))) and _APPOSITIVE_KIN.match(after)
                cue = bool(_APPOSITIVE_ROLE.match(after) or _APPOSITIVE_PERSON.match(after) or kin) or bool(
                    _SPEECH_AFTER.match(after[:40]))
                # "Jane Roe, who heads the agency, visited ...": "who" refers to a person (a
                # body takes "which"); the relative clause stands where an apposition would.
                # Common words only ("Green Mountain, who ...") make no person's name, nor does a
                # tribe's ("Awlad Suleiman, who ..."), nor a plural verb ("..., who control the road").
                # A name after "the" is no person's: "the Qadhadhfa Tribe, who ...", "the Zuwayya Elders, who".
                who = _who_clause_of_one(after) and _rare_in_english(name) and name[0].term not in _COLLECTIVE_PREFIXES \
                    and not _THE_RIGHT_BEFORE.search(before)
                aged = len(name) >= 2 and bool(_AGE_AFTER.match(after)) and _rare_in_english(name)
                # "Nouri Elmahdawi received Khaled": a given name, a surname rare in English, a verb of acting.
                # Not after "by": "the cabinet led by Jane Roe met in Sebha" is the cabinet's meeting.
                acting = len(name) >= 2 and name[0].term in _given_names(registry) and bool(_ACTS_AFTER.match(after)) \
                    and vocab.english_zipf(name[-1].term) < _COMMON_ZIPF and not before.rstrip().endswith(" by")
                cue = cue or bool(who) or aged or acting
                cue = cue or bool(_SPEECH_ENDING.search(before))
                # "His rival, Amal Roe, said she would wait": a name set off by commas after a noun, then a
                # speech verb; a given name opens it and its surname is rare in English (not "the company,
                # Brega Petroleum, said", "In Tripoli, Green Square, said").
                cue = cue or (len(name) >= 2 and name[0].term in _given_names(registry) and after[:1] == ","
                              and bool(_NOUN_COMMA_ENDING.search(before)) and bool(_SPEECH_AFTER.match(after[1:40]))
                              and _rare_in_english(name[-1:]))
                # "said the head of the audit bureau, Jane Roe," / "... by the chairman of the
                # company, Jane Roe.": a name set after a role and a comma, closing its sentence too.
                cue = cue or (len(name) >= 2 and (after[:1] == "," or bool(_SENTENCE_CLOSES.match(after))) and bool(
                    _ROLE_COMMA_ENDING.search(text, max(0, tok.start - 120), tok.start)))
                # "UN envoy Jane Roe", "army spokesman Jane Roe": a role noun anchors the name.
                # "commander of the 166th Brigade Jane Roe": the unit a post is of, then the name.
                role = i > 0 and (toks[i - 1].term in _ROLE_NOUNS or after_unit) and _gap_ok(text, toks[i - 1], tok)
                if role:
                    add(name, "person")
                    used = last
                    continue
                cue = cue or bool(_MEETING_ENDING.search(before)) and bool(
                    _APPOSITIVE_ROLE.match(after))
                # A sentence's first words are a name only before a speech verb, which may
                # follow an apposition: "Jane Roe, head of the Tripoli Chamber of Commerce, said".
                # "Jane Roe, a lawyer in Misrata, was detained": an indefinite post does as well.
                appositive = _APPOSITIVE_ROLE.match(after) or _APPOSITIVE_PERSON.match(after) or kin
                # "Jane Roe was approved as governor": the name is put into a post.  Not a place's
                # or a firm's name ("Ras Lanuf", "Jebel Akhdar University"); a post a firm holds
                # too ("as consultant for", "as a member of") wants a given name first.
                # "named Jane Roe as head of the corporation": the verb before the name, the post after it.
                post = _APPOINTED_AS.match(after) or (
                    (_AS_POST_AFTER.match(after) or _AS_POST_AFTER_APPOSITION.match(after))
                    if _APPOINTING_ENDING.search(before) else None)
                appointed = bool(post) and not any(t.term in _NOT_PERSON_NAME_WORDS for t in name) \
                    and name[-1].term not in _ORG_HEADS and (
                        post.group("post").casefold() not in _FIRM_POSTS or name[0].term in _given_names(registry))
                cue = cue or appointed
                # "gunmen loyal to Jane Roe": armed people and whom they answer to.  A weaker cue
                # than a role noun: a given name opens the name (roles.toml given_names, the
                # registry's people), since armed groups and places follow it too ("fighters loyal
                # to Jabhat Nusra", "troops loyal to Souq Juma", "forces led by Wadi Shati commanders").
                # Not a tribe ("fighters loyal to Awlad Suleiman": organisations.toml collective_prefixes).
                cue = cue or (bool(_COMMANDED_BY_ENDING.search(before)) and name[0].term in _given_names(registry)
                              and name[0].term not in _COLLECTIVE_PREFIXES and not (
                                  last + 1 < n and toks[last + 1].cap and _gap_ok(text, toks[last], toks[last + 1])))
                if cue and (not sentence_initial or _SPEECH_AFTER.match(after[:40]) or who or aged or acting or appointed
                            or (appositive and (_SPEECH_AFTER.match(after)
                                                or _FINITE_AFTER_APPOSITION.match(after, appositive.end())))):
                    add(name, "person")
                    used = last
                    continue
    tok_starts = [t.start for t in toks]
    # "Guest: Jane Roe, Chair of the Audit Bureau": the name a transcript's credits give.
    if ":" in text:
        for credit in _TRANSCRIPT_CREDIT.finditer(text):
            k = bisect_left(tok_starts, credit.end())
            name = _name_run(text, toks, k, taken) if k < n and toks[k].start == credit.end() else None
            if name and 2 <= len(name) <= 4 and free(k, k + len(name)):
                add(name, "person")
    # People named with no title or post, acting: "Jane Roe flew to Cairo on Monday. Roe ...".
    for name in _echoed_subjects(text, toks, taken, claimed, registry, demonyms, line_of):
        if "discovered:" + "-".join(t.term for t in name) not in found:
            add(name, "person")
    # Names written in capitals ("spokesman JANE ROE said", "said JANE ROE, a member of ..."), as
    # datelines and transcripts print them: two or three words of capitals anchored by a role
    # or title before them or by speech next to them (an acronym or a headline is no name).
    for i, tok in enumerate(toks):
        if claimed[i] or taken[i] or i <= used or not _is_caps_name_word(tok) or line_of(tok.start):
            continue
        if i > 0 and _is_caps_name_word(toks[i - 1]) and _gap_ok(text, toks[i - 1], tok):
            continue  # inside a run of capitals already tried
        run = [tok]
        while len(run) < 4 and i + len(run) < n and _is_caps_name_word(toks[i + len(run)]) \
                and _gap_ok(text, run[-1], toks[i + len(run)]) and not taken[i + len(run)]:
            run.append(toks[i + len(run)])
        if not 2 <= len(run) <= 3:
            continue
        before = text[max(0, tok.start - 60):tok.start]
        after = text[run[-1].end:run[-1].end + 120]
        anchored = (i > 0 and (toks[i - 1].term in _ROLE_NOUNS or toks[i - 1].term in _TITLE_LAST)
                    and _gap_ok_loose(text, toks[i - 1], tok)) or bool(_SPEECH_ENDING.search(before)) \
            or bool(_SPEECH_AFTER.match(after[:40]) or _APPOSITIVE_PERSON.match(after) or _APPOSITIVE_ROLE.match(after))
        if anchored and re.search(r"[a-z]{3}", before[-30:] + after[:30]) and _rare_in_english(run):
            add(run, "person")
            used = i + len(run) - 1
    # Organisations: "Long Name (ACR)" and runs ending in an organisation noun.
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        end_tok = bisect_right(tok_starts, m.start()) - 1
        run: list[_Tok] = []
        k = end_tok
        while k >= 0 and (toks[k].cap or toks[k].term in _CONNECTORS) and len(run) < 10:
            if run and not _gap_ok_loose(text, toks[k], run[0]):
                break
            run.insert(0, toks[k])
            k -= 1
        if not run or text[run[-1].end:m.start()].strip() not in ("", "'s", "’s"):
            continue  # "the Office of the Prosecutor's (OTP) response": a possessive may stand between
        s = _acronym_fits(run, acr)
        if s is None:
            continue
        words = run[s:]
        first = end_tok - len(words) + 1
        # A known name may open the body's own ("Libya Media Defenders (LMD)": the acronym spells it
        # too), not stand inside or at its end, nor be all of it.
        opening = first
        while opening <= end_tok and taken[opening]:
            opening += 1
        if not free(opening, end_tok + 1) or end_tok - opening < 1 or line_of(words[0].start):
            continue
        kind = _ORG_HEADS.get(words[-1].term, "organisation")
        add(words, kind, alias=acr)
    # A firm named right after the noun that says what it is: "the French group Vernaison Énergie",
    # "Algeria's state energy company Sonatrach", "oil major Eni" (organisations.toml firm_nouns).  A word
    # describing the firm stands before the noun (a people's adjective, a trade, a possessive), not a
    # determiner alone: "a major Mediterranean port", "the company Headquarters" name no firm.
    for i, tok in enumerate(toks):
        if i == 0 or tok.term not in _FIRM_NOUNS or tok.cap or i + 1 >= n or not _gap_ok(text, tok, toks[i + 1]) \
                or toks[i - 1].term in _DETERMINERS or not _gap_ok(text, toks[i - 1], tok):
            continue
        k = i + 1
        run = []
        while k < n and len(run) < 5 and toks[k].cap and not taken[k] and not claimed[k] and (
                not run or _gap_ok(text, run[-1], toks[k])):
            run.append(toks[k])
            k += 1
        if not run or line_of(run[0].start) or k < n and toks[k].cap and _gap_ok(text, run[-1], toks[k]):
            continue  # a known name inside the run, or one going on: not this firm's name alone
        if k + 1 < n and toks[k].term in _CONNECTORS and toks[k + 1].cap and _gap_ok(text, run[-1], toks[k]) \
                and not (_is_place_word(registry, toks[k + 1]) or toks[k + 1].term in demonyms or taken[k + 1]
                         or text[toks[k + 1].end:toks[k + 1].end + 2] in ("'s", "’s")) \
                or _AMPERSAND_NAME.match(text, run[-1].end):
            continue  # "Lawyers for Justice in Libya", "Mellitah Oil and Gas", "Brega Oil & Gas": a longer name
        first = run[0].term
        if first in _TITLE_FIRST or first in _ROLE_NOUNS or first in _WEEKDAYS or first in _MONTHS \
                or (first in _given_names(registry) and (len(run) == 1 or _rare_in_english(run[-1:]))) \
                or first in demonyms or (len(run) == 1 and _is_place_word(registry, run[0])):
            # "the company Director ...", "a group Jane Roe leads", "the firm Monday", "the company Libya"; but
            # "the company Nour Energy": a given name before a word of English names a firm
            continue
        after = text[run[-1].end:run[-1].end + 120]
        if _APPOSITIVE_PERSON.match(after) or _who_clause_of_one(after):
            continue  # "defence contractor Erik Prince, who ...": a person described by trade
        add(run, "organisation")
    # A state's own company or body written by its acronym after the state's possessive, acting: "Austria's
    # OMV said" (not a post, "Britain's PM said", nor a modifier, "Libya's SAR zone").
    for i in range(1, n):
        tok = toks[i]
        if taken[i] or claimed[i] or not (tok.word.isupper() and 2 <= len(tok.word) <= 6 and tok.word.isalpha()) \
                or tok.term in _ROLE_NOUNS or tok.term in _POST_ACRONYMS or line_of(tok.start):
            continue
        before = toks[i - 1]
        if text[before.end:tok.start] in ("'s ", "’s ") and _is_place_word(registry, before, {"state"}) \
                and not (i + 1 < n and toks[i + 1].cap and _gap_ok(text, tok, toks[i + 1])) and _acts_after(text, tok.end) \
                and not _MOVED_AFTER.match(text, tok.end):
            add([tok], "organisation")  # acting: not "Libya's SAR zone", a modifier
    for i, tok in enumerate(toks):
        if tok.term in _ORG_HEADS and tok.cap and taken[i] and (i + 1 == n or not taken[i + 1]):
            # "the Italian Red Cross": a people's adjective before a known body's name that has
            # national societies (organisations.toml national_forms) opens a name of its own.
            k = i
            while k > 0 and taken[k - 1] and i - k < 4:
                k -= 1
            if k > 0 and " ".join(t.term for t in toks[k:i + 1]) in _NATIONAL_FORMS and toks[k - 1].cap \
                    and toks[k - 1].term in demonyms and not taken[k - 1] and _gap_ok(text, toks[k - 1], toks[k]):
                add(toks[k - 1:i + 1], _ORG_HEADS[tok.term])
            continue
        of_only = tok.term in _HEADS_WITH_OF and i + 2 < n and toks[i + 1].term in ("of", "for") and toks[i + 2].cap \
            and toks[i + 2].term not in _given_names(registry) and toks[i + 2].term not in _TITLE_WORD  # not "of Ali Zeidan"
        if (tok.term in _ORG_HEADS or of_only) and tok.cap and not taken[i] and not claimed[i] and not line_of(tok.start):
            run = [tok]
            led_by = -1
            k = i - 1
            while k >= 0 and (toks[k].cap or toks[k].term in ("of", "for", "and", "the") or (
                    toks[k].term in _NAME_PARTICLES and run[0].cap)) and (
                    _gap_ok(text, toks[k], run[0]) or _plural_possessive(text, toks[k], run[0])):
                if taken[k] and _is_place_word(registry, toks[k]) and (k == 0 or not taken[k - 1]):
                    run.insert(0, toks[k])  # "Malta Rescue and Coordination Centre": a place opens the name
                    break
                if taken[k] and _is_body_acronym(registry, toks[k]) and (k == 0 or not taken[k - 1]):
                    run.insert(0, toks[k])  # "UN Panel of Experts": a body's acronym opens the name
                    led_by = k
                    break
                # Not when a people's adjective opens the body: "the Executive Committee of the
                # Libyan Red Crescent" is a part of a body that is an actor of its own.
                if toks[k].term == "the" and k >= 2 and toks[k - 1].term == "of" and toks[k - 2].cap \
                        and toks[k - 2].term in _OF_THE_HEADS and not taken[k - 2] and run[0].cap \
                        and run[0].term not in demonyms \
                        and _gap_ok(text, toks[k - 2], toks[k - 1]) and _gap_ok(text, toks[k - 1], toks[k]):
                    run[:0] = toks[k - 2:k + 1]  # "International Committee of the Red Cross": the body it is of
                    k -= 3
                    continue
                if toks[k].term in ("the",) or taken[k] or toks[k].term in _NOT_ORG_WORD or toks[k].term in _PERSON_POSTS:
                    break  # "But Zawiya Brigade", "Yesterday Zawiya Brigade": a sentence's first word
                if toks[k].term == "and" and k > 0 and toks[k - 1].cap and toks[k - 1].term in _ORG_HEADS:
                    break  # "Libyan Airlines and Afriqiyah Airways": two bodies listed, each ending in its noun
                run.insert(0, toks[k])
                k -= 1
            # "the 444th Brigade": an ordinal opens a unit's name.
            if k >= 0 and _ORDINAL.match(toks[k].term) and _gap_ok(text, toks[k], run[0]):
                run.insert(0, toks[k])
            # "the 5+5 Joint Military Commission", "the 166 Battalion": a number opens a body's
            # name, a pair ("5+5", "5 + 5") as one; but a number that counts members is no part
            # of it ("some 200 Tarhuna Brigade fighters", "1,500 Kufra Battalion troops").
            elif k >= 0 and toks[k].term.isdigit() and _gap_ok(text, toks[k], run[0]) and run[0].cap:
                if k >= 1 and toks[k - 1].term.isdigit() and _NUMBER_PAIR.fullmatch(text, toks[k - 1].end, toks[k].start):
                    run[:0] = [toks[k - 1], toks[k]]
                elif not _counts_members(text, toks, k, i):
                    run.insert(0, toks[k])
            # A capitalised particle opens a place's or a person's name inside the body's: "the
            # Abu Salim Central Security Apparatus", "the Bin Jawad Brigade".
            while run and run[0].term in _CONNECTORS and not (run[0].cap and run[0].term in _NAME_PARTICLES):
                run.pop(0)
            # "Armed Forces of Malta", "Assembly of States Parties": an organisation noun followed
            # by "of" + capitalised words (a known place among them).
            # "Department for Combating Illegal Migration": "for" + capitalised words too.  A post
            # or a role ends the name: "Council of Europe Commissioner for Human Rights" is a post.
            j = i + 1
            # "Office of the Prosecutor", "Office of the Attorney General": "of the" and what the
            # office is of, which may be a post (organisations.toml of_the_heads).
            of_the = tok.term in _OF_THE_HEADS and j + 2 < n and toks[j].term == "of" and toks[j + 1].term == "the" \
                and toks[j + 2].cap and toks[j + 2].term not in demonyms \
                and _gap_ok(text, tok, toks[j]) and _gap_ok(text, toks[j], toks[j + 1]) \
                and _gap_ok(text, toks[j + 1], toks[j + 2])
            if of_the or j + 1 < n and toks[j].term in ("of", "for") and toks[j + 1].cap and _gap_ok(text, tok, toks[j]) \
                    and _gap_ok(text, toks[j], toks[j + 1]) and toks[j + 1].term not in _POST_WORDS_SET:
                tail = [toks[j], toks[j + 1]] if of_the else [toks[j]]
                k = j + len(tail)
                # After "of the" a post ends the name, or goes on with "for" and what it is for:
                # "the Office of the UN High Commissioner for Human Rights".
                def post_for(k: int) -> bool:
                    return of_the and toks[k].term == "for" and k + 1 < n and toks[k + 1].cap

                # A known body ends what an office is of: "the Commission of the African Union",
                # "the Legal Committee of the House of Representatives" are the committee and the
                # body (a known place may still stand inside "Armed Forces of Malta"; a body's
                # acronym before the post in "the Office of the UN High Commissioner").
                def known_body(k: int) -> bool:
                    return of_the and taken[k] and not (
                        _is_body_acronym(registry, toks[k]) and k + 1 < n and toks[k + 1].cap and not taken[k + 1])

                while k < n and len(tail) < (9 if of_the else 6) and toks[k].term not in _MONTHS \
                        and (of_the or toks[k].term not in _POST_WORDS_SET) and not known_body(k) \
                        and _gap_ok(text, tail[-1], toks[k]) \
                        and (toks[k].cap or (toks[k].term == "and" and k + 1 < n and toks[k + 1].cap
                                             and toks[k + 1].term not in _NOT_ORG_WORD)
                             or (post_for(k) and tail[-1].term in _POST_WORDS_SET)):
                    tail.append(toks[k])
                    if toks[k].end != toks[k].start + len(toks[k].word):
                        break  # a possessive ends the name
                    k += 1
                if of_the and k + 1 < n and toks[k].term == "of" and not toks[k].cap and tail[-1].term in _POST_WORDS_SET \
                        and toks[k + 1].cap and not taken[k + 1] and _gap_ok(text, tail[-1], toks[k]) \
                        and _gap_ok(text, toks[k], toks[k + 1]):
                    # "the Office of the Chief of General Staff": the post goes on with "of" and the
                    # capitalised words of what it is of ("Office of the Chief" is a cut fragment).
                    tail.append(toks[k])
                    k += 1
                    while k < n and len(tail) < 12 and toks[k].cap and not taken[k] and toks[k].term not in _MONTHS \
                            and _gap_ok(text, tail[-1], toks[k]):
                        tail.append(toks[k])
                        if toks[k].end != toks[k].start + len(toks[k].word):
                            break
                        k += 1
                if of_the:
                    # "the Office of the Prime Minister Jane Roe": a person's name after the post is
                    # no part of the office's ("the Office of the Chief Auditor" is one name).
                    # The name is a person's when it opens with a given name or was found as a
                    # person's ("President Mark Stone"), whatever the rarity of its words; one
                    # word, not a very common one, is a surname after a post that opens no longer
                    # post ("the Office of the Prosecutor Khan"; not "the Office of the Chief Auditor").
                    for p in range(len(tail) - 2, 1, -1):
                        rest = tail[p + 1:]
                        if tail[p].term not in _POST_WORDS_SET or not all(t.cap for t in rest):
                            continue
                        if len(rest) == 1:
                            word = rest[0].term
                            trim = tail[p].term not in _POST_OPENERS and word not in _POST_WORDS_SET \
                                and tail[p - 1].term not in ("for", "and") \
                                and word not in _TITLE_WORD and not word.endswith(_NOUN_ENDINGS) \
                                and vocab.english_zipf(word) < _COMMON_WORD_ZIPF
                        else:
                            trim = _rare_in_english(rest) or rest[0].term in _given_names(registry)
                        person = found.get("discovered:" + "-".join(t.term for t in rest))
                        if trim or (person is not None and person.kind == "person"):
                            del tail[p + 1:]
                            break
                while tail and tail[-1].term in _CONNECTORS:
                    tail.pop()
                run += tail
                # "Panel of Experts on Libya", "Committee of Experts on Migration": what a body of
                # its members works on, one or two capitalised words after "on" (not a date).  Only
                # after a plural of members (organisations.toml member_plurals): "the Committee of
                # Relief on Derna" is a body speaking about a place.
                k = i + len(tail) + 1
                if tail and k + 1 < n and toks[k].term == "on" and tail[-1].term in _MEMBER_PLURALS \
                        and _gap_ok(text, toks[k - 1], toks[k]) \
                        and _is_topic_word(toks[k + 1]) and _gap_ok(text, toks[k], toks[k + 1]):
                    run += [toks[k], toks[k + 1]]
                    if k + 2 < n and _is_topic_word(toks[k + 2]) and _gap_ok(text, toks[k + 1], toks[k + 2]):
                        run.append(toks[k + 2])
            heads = [t for t in run if t.term not in _CONNECTORS]
            if led_by >= 0 and len(heads) < 3:
                run, heads = run[1:], heads[1:]  # "UN Mission": the body's acronym and one word name nothing new
            if len(heads) < 2 or any(t.term in _MONTHS or t.term in _WEEKDAYS for t in run):
                continue
            if run[0].start in sent_starts and len(heads) < 3:
                continue
            if tok.term in _MEETING_BODIES and not any(_proper_modifier(registry, t) for t in heads if t is not tok):
                continue  # "the Structured Dialogue", "the Economic Forum": a process or a meeting
            if tok.term not in _ORG_HEADS and run[-1] is tok:
                continue  # "the Trump Administration": an administration is a body's name only with what it is of
            add(run, _ORG_HEADS.get(tok.term) or _HEADS_WITH_OF[tok.term])
    return list(found.values())


# The holder of a post set off by commas after what the post is of ("The mayor of Al-Bayda, Jane Roe,"):
# a name of two to five capitalised words, a courtesy title maybe before it, closed by a comma.
_HOLDER_APPOSED = lazy_compile(r",\s+(?:[A-Z][\w’'-]*\.?\s+){1,4}[A-Z][\w’'-]*,")


# What may stand right before a clause's subject without making the name an object or a
# place: a preposition, an article or a possessive before it does ("in Abu Salim", "the Roe").
_NOT_BEFORE_SUBJECT = STOP_WORDS | frozenset(
    "into onto outside inside across near toward towards through via against between among around behind "
    "beyond upon within without per like unlike including".split())
# Prepositions of place: a name right after one is where something happened.
_LOCATIVE = frozenset("in into at near from to outside inside across toward towards through via around behind "
                      "beyond within".split())
_SUBJECT_OPENERS = frozenset("and but when while after before as that since because until then once "
                             "though although if so yet".split())


def _subject_verb_after(text: str, end: int) -> bool:
    """Whether a finite verb follows a name ending at end, maybe after an apposition set off by
    commas: the name is the subject of its clause ("Roe flew", "Roe, a cousin of X, has run")."""
    m = _SUBJECT_VERB_AFTER.match(text, end, min(len(text), end + 160))
    return bool(m) and m.group(1) not in _PLURAL_VERBS  # "Logistics were": one person is no plural


def _subject_position(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether token i may open a clause's subject: first in its sentence, after punctuation, a
    conjunction or a date ("On Sunday Jane Roe ..."), not after a preposition or an article."""
    if i == 0:
        return True
    prev = toks[i - 1]
    if prev.end != prev.start + len(prev.word):
        return False  # "Roe's Jane Poe": a possessive before the name
    gap = text[prev.end:toks[i].start]
    if any(c in gap for c in ".,;:!?\n“”\"—–()") or " - " in gap or gap.endswith("- "):
        return True  # "TRIPOLI, May 2 (Wire) - Jane Roe ...": a dateline's dash too
    return (prev.term in _SUBJECT_OPENERS or prev.term in _WEEKDAYS or prev.term in _MONTHS
            or prev.term.isdigit() or (not prev.cap and prev.term.endswith("ly")))


_REGISTRY_PEOPLE: dict[int, dict[str, list[str]]] = {}


def _spelling_of_registry_person(registry: Registry, terms: tuple[str, ...]) -> bool:
    """Whether a name is a registry person's given name with a spelling of their surname
    ("Fathi Bachagha" for Fathi Bashagha: rapidfuzz ratio 75 or more on the surname)."""
    key = id(registry)
    if key not in _REGISTRY_PEOPLE:
        by_first: dict[str, list[str]] = defaultdict(list)
        for a in registry.actors.values():
            if a.kind == "person":
                for n in registry.names_of(a.id):
                    words = [_term(w) for w in _words(n)]
                    if len(words) >= 2:
                        by_first[words[0]].append(words[-1])
        _REGISTRY_PEOPLE[key] = by_first
    surnames = _REGISTRY_PEOPLE[key].get(terms[0])
    if not surnames:
        return False
    from rapidfuzz.fuzz import ratio

    return any(ratio(terms[-1], s) >= 75 for s in surnames)


def _echoed_subjects(text: str, toks: list[_Tok], taken: list[bool], claimed: list[bool], registry: Registry,
                     demonyms: frozenset[str], line_of: Any) -> list[list[_Tok]]:
    """People named with no title or post: a name of two or three capitalised words whose last
    word comes back alone later in the document ("Jane Roe ... Roe said"), and which, or whose
    surname, is the subject of a finite verb ("Jane Roe flew to Cairo on Monday", "Roe, a cousin
    of X, has run the firm").  News style names a person in full once and by surname after: a
    place ("Abu Salim"), a body or an outlet is not taken up by its last word alone.  The surname
    is rare in English (wordfreq: "Security Forces ... Forces" is none), no word of the name is a
    common English word ("Few Libyans"), a registry place or a people's name."""
    n = len(toks)
    alone: dict[str, list[int]] = defaultdict(list)  # capitalised words standing alone
    for k, t in enumerate(toks):
        if not t.cap or taken[k] or not _is_name_word(t) or t.term in _NAME_PARTICLES:
            continue
        if k > 0 and _is_name_word(toks[k - 1]) and _gap_ok(text, toks[k - 1], t) \
                and toks[k - 1].term not in _HONORIFICS and toks[k - 1].term not in _NAME_PARTICLES:
            continue
        if k + 1 < n and _is_name_word(toks[k + 1]) and _gap_ok(text, t, toks[k + 1]):
            continue
        alone[t.term].append(k)
    out: list[list[_Tok]] = []
    seen: set[tuple[str, ...]] = set()
    for i, tok in enumerate(toks):
        if not tok.cap or taken[i] or claimed[i] or not _is_name_word(tok) or tok.term in _NAME_PARTICLES:
            continue
        if i > 0 and _is_name_word(toks[i - 1]) and _gap_ok(text, toks[i - 1], tok):
            continue  # inside a longer run of capitals
        name = _name_run(text, toks, i, taken)
        if not name or not 2 <= len(name) <= 3 or any(taken[k] or claimed[k] for k in range(i, i + len(name))):
            continue
        last = i + len(name) - 1
        if last + 1 < n and toks[last + 1].cap and _gap_ok(text, toks[last], toks[last + 1]):
            continue  # "Green Mountain University": the run goes on into a body's name
        terms = tuple(t.term for t in name)
        if terms in seen:
            continue  # each name is judged once, however often it is written
        seen.add(terms)
        surname = terms[-1]
        echoes = [k for k in alone.get(surname, ()) if not i <= k <= last]
        if not echoes or line_of(tok.start):
            continue
        if any(_is_place_word(registry, t) or t.term in demonyms or t.term.rstrip("s") in demonyms
               or t.term in _ROLE_NOUNS or t.term in _PERSON_POSTS for t in name):
            continue
        if surname.endswith(_NOUN_ENDINGS) or vocab.english_zipf(surname) >= _COMMON_ZIPF or any(
                vocab.english_zipf(t) >= _COMMON_WORD_ZIPF for t in terms if t not in _NAME_PARTICLES):
            continue
        if _spelling_of_registry_person(registry, terms):
            continue  # "Fathi Bachagha": another spelling of a registry person's name, no new person
        if i > 0 and toks[i - 1].term in _LOCATIVE and _gap_ok_loose(text, toks[i - 1], tok):
            continue  # "into Wadi Zamzam ... Zamzam was quiet": a place, taken up by its last word
        if any(t.term in _NOT_PERSON_NAME_WORDS for t in name):
            continue  # "Ocean Viking", "Brega Petroleum", "Ras Lanuf": a ship's, a firm's, a place's words
        if not (terms[0] in _given_names(registry) or _personal_cue(text, name[-1].end)
                or any(_personal_cue(text, toks[k].end) for k in echoes)):
            continue  # nothing says a person: "Mare Jonio ... Jonio then sailed north"
        # The surname taken up alone is itself a subject ("Roe met", "Bin Ghalia had been",
        # "Warfalli, a trader, returned"; not "Petroleum exports rose"), or the full name is and
        # the surname comes back as its possessor ("Lina Gweiri was freed. Gweiri's release ...").
        echo_acting = any(_subject_position(text, toks, _name_opening(toks, k)) and _subject_verb_after(text, toks[k].end)
                          for k in echoes)
        acting = echo_acting or (_subject_position(text, toks, i) and _subject_verb_after(text, name[-1].end)
                                 and any(_POSSESSIVE_AFTER.match(text, toks[k].start + len(toks[k].word)) for k in echoes))
        if acting:
            out.append(name)
    return out


_NOT_PERSON_NAME_WORDS = frozenset(vocab.words("organisations", "not_person_name_words"))
_GIVEN_NAMES: dict[int, frozenset[str]] = {}
# "Jonio, who ...", "... said his ship": a personal pronoun or "who" in the rest of the sentence
# (roles.toml personal_cues), or a person noun set off by commas right after the name.
_PERSONAL_CUE = lazy_compile(r"\b(?:" + "|".join(map(re.escape, vocab.words("roles", "personal_cues"))) + r")\b", re.IGNORECASE)


_FAMILY_SURNAMES: dict[int, frozenset[str]] = {}


def _family_surnames(registry: Registry) -> frozenset[str]:
    """Folded surnames of the registry's families ("gaddafi", "haftar"): "Al-Saadi Gaddafi, a son of ..." is a person."""
    key = id(registry)
    if key not in _FAMILY_SURNAMES:
        _FAMILY_SURNAMES[key] = frozenset(_term(s) for fam in registry.families.values() for s in fam.surnames
                                          if len(s.split()) == 1)
    return _FAMILY_SURNAMES[key]


def _given_names(registry: Registry) -> frozenset[str]:
    """Folded given names: roles.toml given_names and the first words of the registry's people."""
    key = id(registry)
    if key not in _GIVEN_NAMES:
        firsts = {_term(a.name.split()[0]) for a in registry.actors.values() if a.kind == "person" and len(a.name.split()) >= 2}
        _GIVEN_NAMES[key] = frozenset(firsts | {_term(w) for w in vocab.words("roles", "given_names")})
    return _GIVEN_NAMES[key]


def _personal_cue(text: str, end: int) -> bool:
    """Whether what follows a name ending at `end`, up to its sentence's end, says it is a person's."""
    after = text[end:end + 200]
    if _APPOSITIVE_PERSON.match(after) or _APPOSITIVE_ROLE.match(after):
        return True
    stop = re.search(r"[.!?](?:\s|$)", after)
    return bool(_PERSONAL_CUE.search(after[:stop.start() if stop else len(after)]))


def _name_opening(toks: list[_Tok], k: int) -> int:
    """The first token of a surname written with its particles ("Bin Ghalia" for "Ghalia")."""
    while k > 0 and toks[k - 1].term in _NAME_PARTICLES and toks[k - 1].cap:
        k -= 1
    return k


def _is_topic_word(tok: _Tok) -> bool:
    """A capitalised word that may name what a body works on ("on Libya"; not "on Monday")."""
    return tok.cap and tok.term not in _MONTHS and tok.term not in _WEEKDAYS and tok.term not in _NOT_ORG_WORD \
        and tok.term not in _POST_WORDS_SET and tok.end == tok.start + len(tok.word)


def _is_caps_name_word(tok: _Tok) -> bool:
    """A word written in capitals that may be part of a name ("AHMED" in "spokesman AHMED ROE")."""
    t = tok.term
    return (len(tok.word) > 2 and tok.word.isalpha() and tok.word.isupper() and t not in _NOT_NAME
            and t not in _MONTHS and t not in _WEEKDAYS and t not in _ORG_HEADS and t not in _TITLE_WORD
            and t not in STOP_WORDS and t not in _ROLE_NOUNS) or (tok.word.isupper() and t in _NAME_PARTICLES)


_COMMON_ZIPF = 4.0  # wordfreq's Zipf scale: "medical" 5.2, "sources" 4.8; "Ahmed" 3.8, "Kamal" 3.1
# A word this frequent is an English word before it is a given name ("Few", "Many", "Green" 5.1;
# "John" 5.4 and "Mark" 5.1 are both, and stay).
_COMMON_WORD_ZIPF = 5.5
_NOUN_ENDINGS = tuple(vocab.words("organisations", "noun_endings"))


def _rare_in_english(run: list[_Tok]) -> bool:
    """Whether a run of capitals holds a word rare in English, as names do ("AHMED ROE"; not
    "MEDICAL SOURCES said"): wordfreq's frequencies (vocab.english_zipf)."""
    return any(vocab.english_zipf(t.term) < _COMMON_ZIPF for t in run if t.term not in _NAME_PARTICLES)


# "commander of the 166th Brigade", "head of the Tripoli Chamber of Commerce": a post of a body.
_POST_OF = lazy_compile(r"\b(?i:" + "|".join(map(re.escape, sorted(_ROLE_NOUNS | _PERSON_POSTS, key=len, reverse=True)))
                      + r")\s+of\s+(?:the\s+)?(?:[\w+’'-]+\s+){0,5}$")


def _is_post_unit(text: str, toks: list[_Tok], k: int) -> bool:
    """Whether token k ends a body's name that a post is of: "commander of the 166th Brigade"."""
    return toks[k].cap and toks[k].term in _ORG_HEADS and bool(
        _POST_OF.search(text, max(0, toks[k].start - 80), toks[k].start))


def _is_body_acronym(registry: Registry, tok: _Tok) -> bool:
    """Whether one word in capitals is a registry body's name ("UN", "EU", "AU")."""
    if not (tok.word.isupper() and 2 <= len(tok.word) <= 6):
        return False
    surfaces = registry.trie().get(tok.term, {}).get(None, ())
    return any(registry.actors.get(s.actor) is not None and registry.actors[s.actor].kind in _BODY_KINDS
               for s in surfaces if len(s.words) == 1)


_BODY_KINDS = frozenset({"organisation", "institution"})


_PROPER_ZIPF = 3.2  # wordfreq: "Misrata" 2.2, "Sahel" 2.6, "Zintani" 0; "reconciliation" 3.7, "structured" 3.8


def _proper_modifier(registry: Registry, tok: _Tok) -> bool:
    """Whether a word of a body's name is a proper noun: a registry state or place, a demonym,
    or a word rare in English (a town, a people): "Ghadames Dialogue", "Libyan ... Forum"."""
    if tok.term in _ORG_GENERIC or tok.term in _ORG_HEADS or tok.term in _CONNECTORS:
        return False
    if _is_place_word(registry, tok) or tok.term in registry.demonym_terms():
        return True
    return vocab.english_zipf(tok.term) < _PROPER_ZIPF


def _is_place_word(registry: Registry, tok: _Tok, kinds: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether one word alone is a registry state or place ("Malta", "Libya"), or of one of `kinds` when given
    ({"state"}: "Austria", not a town)."""
    kinds = kinds or _PLACE_KINDS
    surfaces = registry.trie().get(tok.term, {}).get(None, ())
    return any(registry.actors.get(s.actor) is not None and registry.actors[s.actor].kind in kinds
               for s in surfaces if len(s.words) == 1)


# Acronyms of posts, never a body's name: "Britain's PM said".
_POST_ACRONYMS = frozenset(vocab.words("organisations", "post_acronyms"))
# Verbs of a market's or a currency's moves, no body's act: "Egypt's EGX fell", "Libya's LYD rose".
_MOVED_AFTER = lazy_compile(r"\s+(?:" + "|".join(vocab.words("organisations", "market_moves")) + r")\b")


def _plural_possessive(text: str, a: _Tok, b: _Tok) -> bool:
    """"Revolutionaries’ Shoura Council": a plural possessive inside an organisation's name."""
    return a.term.endswith("s") and text[a.end:b.start] in ("’ ", "' ")


# Capitalised at a sentence's start, never a word of an organisation's name.
_NOT_ORG_WORD = (STOP_WORDS - {"of", "for", "and"}) | _MONTHS | _WEEKDAYS | frozenset(
    "meanwhile however yesterday today tomorrow tonight according although though despite following "
    "amid last next earlier later thus hence instead still even now once".split())

_ORDINAL = lazy_compile(r"^\d+(?:st|nd|rd|th)$")


def _is_outlet_name(terms: Sequence[str]) -> bool:
    """A name that ends like an outlet's ("Libya Al-Ahrar TV", "Libyan News Agency").

    >>> _is_outlet_name(("libyan", "news", "agency")), _is_outlet_name(("frontex",))
    (True, False)
    """
    return any(len(terms) > len(end) and tuple(terms[-len(end):]) == end for end in _OUTLET_ENDINGS)


def _is_generic_org(terms: Sequence[str], by_function: bool = True) -> bool:
    """A short organisation name of generic words only ("Central Bank", "Ministry of Foreign Affairs");
    with `by_function`, not one a state body is named by (`named_by_function`: "Audit Bureau").

    >>> _is_generic_org(("central", "bank")), _is_generic_org(("stability", "support", "apparatus"))
    (True, False)
    >>> _is_generic_org(("audit", "bureau")), _is_generic_org(("bureau",)), _is_generic_org(("audit", "bureau"), False)
    (False, True, True)
    """
    words = [t for t in terms if t not in _CONNECTORS]
    if by_function and len(words) >= 2 and words[-1] in _NAMED_BY_FUNCTION:
        return False  # "Audit Bureau", "Civil Aviation Authority": a state body's own name
    return len(words) <= 3 and all(w in _ORG_GENERIC or w in _ORG_HEADS for w in words)


_COUNT_PHRASES = tuple(tuple(w.split()) for w in vocab.words("organisations", "count_words"))
_COUNT_WITH_PLURAL = frozenset(vocab.words("organisations", "count_words_before_members"))
_PEOPLE_PLURAL = lazy_compile(r"[a-z]{2,}(?:" + "|".join(map(re.escape, vocab.words("organisations", "people_plural_suffixes")))
                            + r")|" + "|".join(
    map(re.escape, vocab.words("organisations", "member_plurals") + vocab.words("organisations", "people_plurals"))))


def _counts_members(text: str, toks: list[_Tok], k: int, head: int) -> bool:
    """Whether the number at token k counts the members of the body whose head is token `head`:
    a word of approximation ("some 200", "at least 300", "up to 40") or a thousands separator
    ("1,500") before it.  Without such a cue a number right before a unit's name is part of the
    name ("the 166 Battalion says", "handed over to 166 Battalion", "166 Battalion forces")."""
    before = tuple(t.term for t in toks[max(0, k - 3):k])
    if any(len(p) <= len(before) and before[len(before) - len(p):] == p for p in _COUNT_PHRASES):
        return True
    if k >= 1 and toks[k - 1].term in _COUNT_WITH_PLURAL and head + 1 < len(toks) \
            and _PEOPLE_PLURAL.fullmatch(toks[head + 1].word) and _gap_ok(text, toks[head], toks[head + 1]):
        return True  # "over 300 Kufra Battalion fighters"; not "handed over 166 Battalion"
    return k >= 1 and toks[k - 1].term.isdigit() and text[toks[k - 1].end:toks[k].start] == ","


def _who_clause_of_one(after: str) -> bool:
    """Whether text right after a name opens ", who <verb>" with a verb that can agree with one person."""
    m = _WHO_AFTER.match(after)
    if not m:
        return False
    verb = m.group(1)
    if verb in _WHO_SINGULAR_AUX or verb in _WHO_ANY_NUMBER or verb in _IRREGULAR_PAST:
        return True
    return verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))


_MEMBER_PLURALS = frozenset(vocab.words("organisations", "member_plurals"))


def _is_membership_phrase(terms: Sequence[str]) -> bool:
    """A body's head noun, "of", and a common plural of people only: a generic body phrase, no name.

    "Panel of Experts", "Council of Elders", "Board of Directors" name a kind of body, which any
    state or organisation has; a proper word makes a name ("UN Panel of Experts", "Council of
    Europe"), and so does a plural of things ("Union of Municipalities", "Court of Appeals").
    Common means frequent in English (wordfreq), so a rare plural name stays.

    >>> _is_membership_phrase(("panel", "of", "experts")), _is_membership_phrase(("council", "of", "europe"))
    (True, False)
    """
    if len(terms) == 4 and terms[1:3] == ("of", "the"):
        terms = (terms[0], "of", terms[3])  # "Committee of the Elders"
    if len(terms) != 3 or terms[0] not in _ORG_HEADS or terms[1] != "of" or not terms[2].endswith("s"):
        return False
    if terms[2] not in _MEMBER_PLURALS and not terms[2].endswith(("ers", "ors", "ists", "ees")):
        return False  # "Union of Municipalities", "Court of Appeals": a plural of things, a name
    return vocab.english_zipf(terms[2]) >= _COMMON_ZIPF - 1


def _name_run(text: str, toks: list[_Tok], i: int, taken: list[bool]) -> list[_Tok] | None:
    """Capitalised name words from token i (particles al-, bin, von allowed inside), up to three, or four
    or five with one or two particles among them ("Khalid bin Saad Al-Mansouri")."""
    run: list[_Tok] = []
    k = i
    while k < len(toks) and len(run) < 5:
        t = toks[k]
        if run and not _gap_ok(text, run[-1], t):
            break
        if taken[k]:
            return None if not run else (run if run[-1].term not in _NAME_PARTICLES else None)
        if not run and t.term in _ROLE_NOUNS:
            break  # "Analyst Jane Roe": a capitalised role opens no name (data/roles.toml)
        if _is_name_word(t) or (run and t.term in _NAME_PARTICLES and k + 1 < len(toks) and toks[k + 1].cap):
            run.append(t)
            if t.end != t.start + len(t.word) or text[t.end:t.end + 2] in ("’s", "'s"):
                break
            k += 1
        else:
            break
    while run and run[-1].term in _NAME_PARTICLES:
        run.pop()
    # Three words, or four with a particle among them ("Abdul Ghani al-Kikli"), or five with two (else
    # the first four, as a run of four is read).
    if len(run) == 5 and sum(t.term in _NAME_PARTICLES for t in run) < 2:
        run = run[:4]
        while run and run[-1].term in _NAME_PARTICLES:
            run.pop()
    if not run or len(run) - 3 > sum(t.term in _NAME_PARTICLES for t in run):
        return None
    return run


_LINE = lazy_compile(r"[^\n]+")
# A transcript's credits line ("Guest: Jane Roe, Chair of the Audit Bureau": roles.toml transcript_labels).
_TRANSCRIPT_CREDIT = lazy_compile(r"^[ \t]*(?:" + "|".join(map(re.escape, vocab.words("roles", "transcript_labels")))
                                  + r")[ \t]*:[ \t]*", re.MULTILINE)


def _line_headline_map(text: str):
    """A function: offset -> whether that offset sits in a headline-like line."""
    spans = []
    for m in _LINE.finditer(text):
        if _is_headline(m.group().strip()) and not _TRANSCRIPT_CREDIT.match(m.group()):
            spans.append((m.start(), m.end()))

    starts = [a for a, _ in spans]

    def inside(offset: int) -> bool:
        # Spans are sorted and disjoint: a binary search keeps many-line pages linear.
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < spans[k][1]

    return inside


def _registry_spans(text: str, toks: list[_Tok], registry: Registry) -> tuple[list[bool], list[tuple[int, int]]]:
    """Which tokens a registry surface (or a title before one) covers, and the token spans of the full names
    of registry people's sons and grandsons (_namesake_start): people of their own."""
    taken = [False] * len(toks)
    namesakes: list[tuple[int, int]] = []
    trie = registry.trie()
    variants = registry.variant_terms()
    can_start = _can_start(trie, toks, variants)
    i = 0
    while i < len(toks):
        hit = _walk(trie, toks, i, text, True, variants) if can_start[i] else None
        if hit and hit[0] > i + 1:
            later = _overtaken(trie, toks, i, hit[0], text, variants, can_start)
            if later is not None:
                i = later
                continue
        if hit and hit[0] < len(toks) and toks[hit[0]].cap and _gap_ok(text, toks[hit[0] - 1], toks[hit[0]]) and all(
                (a := registry.actors.get(sf.actor)) is not None and a.kind == "outlet" for sf in hit[1]):
            i = hit[0]  # "The National Commission for ...": an outlet's name inside a longer name is none
        elif hit:
            # A person's full name is another's when it is part of a son's or grandson's (_namesake_start,
            # what _another_persons_surname asks of such a match, asked once here); any other match as there.
            if all(s.how == "name" and s.person for s in hit[1]):
                start = _namesake_start(text, toks, i, hit[0], hit[1], registry, variants)
                own = start is None
                if not own:
                    namesakes.append((start, hit[0]))
            else:
                own = not _another_persons_surname(text, toks, i, hit[0], hit[1], registry, variants) \
                    and not _of_another_state(text, toks, hit[0], hit[1], registry)
            if own:
                for k in range(i, hit[0]):
                    taken[k] = True
            i = hit[0]
        else:
            i += 1
    return taken, namesakes


def _foreign_owner(text: str, a: int, b: int, actor: Actor, registry: Registry) -> tuple[str, int] | None:
    """(state id, start of its demonym) when the institution named at a..b is another state's body of the
    same name, set after that state's demonym or acronym ("the Egyptian House of Representatives", "the US
    Supreme Court"): a state neither
    the desk's own (data/event_words.toml home_state) nor one the body belongs to (its `affiliations`: "the
    American CIA" is the CIA).  Not after a possessive ("Turkey's GNU allies", "Egypt's House of
    Representatives ally Aguila Saleh": a relation, not whose), nor for an acronym ("the Russian NOC
    partner")."""
    if not any(c.islower() for c in text[a:b]):
        return None
    m = _MEMBERS_QUALIFIED.search(text, max(0, a - 80), a)
    if m is None or text[m.end(1):m.end(1) + 2] in ("'s", "’s"):
        return None
    state = registry.demonym_pattern()[1].get(m.group(1))
    if state is None and m.group(1).isupper() and len(m.group(1)) >= 2:
        state = _state_named(registry, m.group(1))  # "the US Supreme Court": a state's acronym as its adjective
    if state is None or state == _HOME_STATE or state in actor.affiliations:
        return None
    return state, m.start(1)


def _of_another_state(text: str, toks: list[_Tok], j: int, surfaces: list[_Surface], registry: Registry) -> bool:
    """Whether a body's name matched before token j goes on with "of" and another state than the desk's:
    "the Central Bank of Egypt", "the House of Representatives of Egypt" are that state's own bodies, no
    body of the registry (its own names are matched whole first: "Central Bank of Libya")."""
    if j + 1 >= len(toks) or toks[j].term != "of" or not toks[j + 1].cap or not _gap_ok(text, toks[j - 1], toks[j]) \
            or not _gap_ok(text, toks[j], toks[j + 1]):
        return False
    if not all((a := registry.actors.get(s.actor)) is not None and a.kind == "institution" for s in surfaces):
        return False  # a state's institution only: "the Islamic State of Iraq" is no state's body
    hit = _walk(registry.trie(), toks, j + 1, text, False, None)
    return hit is not None and any((a := registry.actors.get(s.actor)) is not None and a.kind == "state"
                                   and s.actor != _HOME_STATE for s in hit[1])


def with_discovered(registry: Registry, discovered: Iterable[Discovered]) -> Registry:
    """A copy of the registry that also knows the discovered actors (names, acronyms, surnames)."""
    reg = registry.copy()
    for d in discovered:
        # No explicit surname: Registry._surnames_of takes the last word of each name, and the
        # particle form too ("Omar al-Mahdi" is "Mahdi" and "al-Mahdi").
        reg.add(d.actor())
    return reg


# --- mentions with coreference -------------------------------------------------------------


@dataclass
class _FamilyState:
    counts: Counter = field(default_factory=Counter)
    last: dict[str, int] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)  # when each member was first named in full
    collective: bool = False  # named as a whole last ("the Haftars"): a bare surname is the head's
    told: bool = False  # named as a family at all ("members of the Haftar family"): first names are its members'


def find_mentions(doc: Document, sentences: Sequence[Sentence], registry: Registry,
                  discover: bool = True) -> list[Mention]:
    """Every mention of a registry or discovered actor in one document, coreference resolved."""
    toks = _doc_tokens(doc.text)
    if discover:
        found = _discover(doc, sentences, registry, toks)
        if found:
            registry = with_discovered(registry, found)
    return _match(doc, sentences, registry, toks)


def _match(doc: Document, sentences: Sequence[Sentence], registry: Registry, toks: list[_Tok],
           matcher: tuple[dict, Any] | None = None) -> list[Mention]:
    # `matcher`: (trie, variant index) standing for the registry's own on these tokens (_MatcherRows).
    text = doc.text
    trie, variants = matcher if matcher is not None else (registry.trie(), registry.variant_terms())
    starts = _sentence_starts(sentences)
    mentions: list[Mention] = []
    families: dict[str, _FamilyState] = defaultdict(_FamilyState)
    # (offset of the name, actor, canonical title, written with the name here, sentence) seen in this doc
    holders: list[tuple[int, str, str, bool, int]] = []
    holder_states: dict[int, str | None] = {}  # the state of the post written before a holder's name (_post_state)
    named: set[str] = set()  # actors named in full so far in this doc
    told_last: dict[str, int] = {}  # -> when last named in full other than as whose kin someone is
    last_of: dict[str, int] = {}
    order = 0

    def sentence_of(offset: int) -> int:
        if not sentences:
            return 0
        return sentences[max(bisect_right(starts, offset) - 1, 0)].index

    def emit(actor_id: str, a: int, b: int, how: str) -> None:
        nonlocal order
        order += 1
        last_of[actor_id] = order
        mentions.append(Mention(actor_id, doc.id, sentence_of(a), a, b, text[a:b], how))

    can_start = _can_start(trie, toks, variants)
    i = 0
    while i < len(toks):
        tok = toks[i]
        hit = _walk(trie, toks, i, text, True, variants) if can_start[i] else None
        if hit is not None and hit[0] > i + 1:
            later = _overtaken(trie, toks, i, hit[0], text, variants, can_start)
            if later is not None:
                i = later
                continue
        if hit is None:
            # An office named by its state: "the Egyptian president" -> its holder that year; else a
            # title used alone: "the General", "the Field Marshal" -> its last holder here.
            office = _office_holder(toks, i, text, registry, doc.published) if tok.term in _TITLE_FIRST else None
            if office is not None:
                emit(office[0], tok.start, toks[i + office[1] - 1].end, "title")
                i += office[1]
                continue
            actor_id = (_title_alone(toks, i, text, holders, registry, sentence_of(tok.start), holder_states)
                        if tok.term in _TITLE_FIRST else None)
            if actor_id:
                # Only as many words as the text has left: a slice past its end is shorter than n
                # and may equal a shorter title ("... received by the Field Marshal" at the end).
                m = max(n for n in range(1, min(_TITLE_MAX, len(toks) - i) + 1)
                        if tuple(t.term for t in toks[i:i + n]) in _TITLE_KEYS)
                emit(actor_id, tok.start, toks[i + m - 1].end, "title")
                i += m
                continue
            i += 1
            continue
        j, surfaces, used_variant = hit
        if _another_persons_surname(text, toks, i, j, surfaces, registry, variants) \
                or _of_another_state(text, toks, j, surfaces, registry):
            i = j
            continue
        title, title_start = _title_before(toks, i, text)
        if j < len(toks) and toks[j].cap and _gap_ok(text, toks[j - 1], toks[j]) and toks[j].term not in _NOT_NAME:
            # "Saddam Hussein", "Khalifa Belqasim": a name word alone must not be the start of another name.
            surfaces = [s for s in surfaces if s.how != "first"]
            if not surfaces:
                i = j
                continue
        actor_id, how = _resolve_surfaces(surfaces, title, families, named, registry, last_of, told_last)
        if how == "surname":
            actor_id = _head_by_context(text, toks[j - 1].end, surfaces, registry, tok.start) or actor_id
        if actor_id is None:
            i = j
            continue
        a, b = tok.start, toks[j - 1].end
        actor = registry.actors.get(actor_id)
        if actor is not None and actor.kind == "outlet" and not _outlet_acted_on(text, a, b):
            i = j  # "told Reuters", "(AFP)": the outlet is the source of the report, not in it
            continue
        if actor is not None and actor.kind == "institution" and (
                owner := _foreign_owner(text, a, b, actor, registry)) is not None:
            emit(owner[0], owner[1], b, "name")  # "the Egyptian House of Representatives": Egypt's own, Egypt acting
            i = j
            continue
        # "Libyan National Army (LNA)": the bracketed acronym is part of the same mention.  After
        # a possessive ("the Office of the Prosecutor's (OTP) response") it is the name said
        # again, no mention of its own; the mention ends before the possessive, which says what
        # the name owns.
        own = text[b:b + 2] in ("'s", "’s")
        m = _BRACKETED_AFTER.match(text, b + 2 if own else b)
        if m:
            inner = _doc_tokens(m.group(1))
            if inner and trie.get(inner[0].term, {}).get(None) and any(
                    s.actor == actor_id for s in trie[inner[0].term][None]):
                if not own:
                    b = m.end()
                while j < len(toks) and toks[j].start < m.end():
                    j += 1
        last = mentions[-1] if mentions else None
        if how == "surname" and last is not None and last.actor == actor_id and _QUOTE_CLOSED.fullmatch(text, last.end, a):
            # "Ramadan 'Abu Sfiyya' Elwerfalli": the surname after the quoted nickname is the same mention.
            mentions[-1] = last._replace(end=b, text=text[last.start:b])
        else:
            emit(actor_id, a, b, "variant" if used_variant and how == "name" else how)
        if not title and actor is not None and actor.kind == "person":
            title = _title_in_apposition(toks, i, text) or _lower_title_before(toks, i, text)
        elif title and title.casefold() in _COURTESY_TITLES and actor is not None and actor.kind == "person":
            # "the President of the Presidential Council, Mr. Jane Roe", "The Minister of Health, Dr. Jane
            # Roe": the post set before the honorific or the title of courtesy.
            title = _title_in_apposition(toks, title_start, text) or title
        elif title and actor is not None and actor.kind == "person":
            # "the Minister of Interior, Major General Jane Roe": a rank before the name, the post set
            # before it in apposition; she holds both.
            post = _title_in_apposition(toks, title_start, text)
            if post and post != title:
                holders.append((a, actor_id, post, True, sentence_of(a)))
        if title:
            holders.append((a, actor_id, title, True, sentence_of(a)))
        if actor is not None:
            for t in actor.titles:
                holders.append((a, actor_id, t, False, sentence_of(a)))
            if how in ("name", "first"):
                named.add(actor_id)
                if not _KIN_OF_BEFORE.search(text, max(0, a - 60), a):
                    told_last[actor_id] = order
                if actor.family:
                    st = families[actor.family]
                    st.counts[actor_id] += 1
                    st.last[actor_id] = order
                    st.first.setdefault(actor_id, order)
                    st.collective = False
            if actor.kind == "family":
                # Not "the first visit by a member of the Haftar family": one member, the story's; but
                # "his son Saddam" after it is a member all the same.
                whole = not _MEMBER_OF_BEFORE.search(text, max(0, a - 40), a)
                for fam in registry.families.values():
                    if fam.actor == actor_id:
                        families[fam.key].told = True
                        families[fam.key].collective = families[fam.key].collective or whole
        i = j
    mentions = _without_parent_prefixes(text, mentions, registry)
    short = _short_form_mentions(text, mentions, registry, doc.published)
    if short:
        mentions = sorted(mentions + [Mention(actor_id, doc.id, sentence_of(a), a, b, text[a:b], "short")
                                      for actor_id, a, b in short], key=lambda m: m.start)
    firsts = _first_name_mentions(text, mentions, registry)
    if firsts:
        mentions = sorted(mentions + [Mention(actor_id, doc.id, sentence_of(a), a, b, text[a:b], "first")
                                      for actor_id, a, b in firsts], key=lambda m: m.start)
    kin = _kin_mentions(text, mentions, registry)
    if kin:
        mentions = sorted(mentions + [Mention(actor_id, doc.id, sentence_of(a), a, b, text[a:b], "kin")
                                      for actor_id, a, b in kin], key=lambda m: m.start)
    return mentions


# "the House", "the chamber", "lawmakers": a body named again by a short form (data/organisations.toml
# short_forms): the body last named before it whose name, an alias or a role holds the key word.
_SHORT_FORMS = {noun.casefold(): key for noun, key in vocab.table("organisations")["short_forms"]}
_SHORT_PEOPLE = {noun.casefold(): key for noun, key in vocab.table("organisations")["short_form_people"]}
_SHORT_BARE = {noun: key for noun, key in vocab.table("organisations")["short_form_bare"]}
_SHORT_CAPITALISED = frozenset(vocab.words("organisations", "short_forms_capitalised"))
_SHORT_CATAPHORIC = frozenset(vocab.words("organisations", "short_form_cataphoric"))
_SHORT_MODIFIERS = "|".join(sorted(map(re.escape, (*vocab.words("titles", "alone_modifiers"),
                                                   *vocab.words("organisations", "short_form_modifiers"))), key=len, reverse=True))
_SHORT_FORM = lazy_compile(r"(?:\b(?i:the)|(['’]s))\s+(?:(?i:" + _SHORT_MODIFIERS + r")\s+){0,2}((?i:" + "|".join(
    sorted(map(re.escape, _SHORT_FORMS), key=len, reverse=True)) + r"))\b(?!-)(?![’'](?!s\b))(?!\s+(?i:of)\b)"
    + r"|(?<![\w-])((?i:" + "|".join(sorted(map(re.escape, (n for n in _SHORT_PEOPLE if n != "mps")), key=len, reverse=True))
    + r")|MPs)\b(?![’'-])"
    + r"|(?:\b(?:" + "|".join(map(re.escape, vocab.words("organisations", "short_form_bare_after"))) + r")\s+"
    # "In March 2021, parliament met ...", "Parliament met on Monday ...": the subject of its
    # clause, after a fronted phrase's comma or opening the sentence.
    + r"|(?<=[.!?]\s)|(?<=\n)|\A|(?<=,\s))("
    + "|".join(f"[{w[:1].upper()}{w[:1]}]{re.escape(w[1:])}" for w in sorted(_SHORT_BARE, key=len, reverse=True))
    # "Parliament's spokesman X said": its possessive is the body too (not "parliament-backed").
    + r")\b(?!-)(?![’'](?!s\b))(?!\s+[A-Z])(?!\s+(?i:" + "|".join(sorted(map(re.escape, _PERSON_POSTS), key=len, reverse=True)) + r")\b)")
_NAME_NEXT = lazy_compile(r"\s+([A-Z][\w’'-]*)")
# Where a registry role's head phrase ends: a relation to something else ("eastern government
# appointed by the House of Representatives" is a government, not a house).
_ROLE_HEAD_END = lazy_compile(r"\s(?:by|of|for|to|from|with|in|under|on|at|against|which|that|who|whose|and|after|since)\b"
                              r"|[(;:]", re.IGNORECASE)


def _role_heads(role: str) -> list[str]:
    """The head phrases of a registry role, one per comma-set part, each to its first relation word.

    >>> _role_heads("Libya's elected legislature (2012-2014), rival parliament in Tripoli after 2014")
    ["Libya's elected legislature", 'rival parliament']
    >>> _role_heads("eastern government appointed by the House of Representatives (2022-)")
    ['eastern government appointed']
    """
    return [_ROLE_HEAD_END.split(part, 1)[0].strip() for part in role.split(",")]
# An armed body too: "the coast guard" after "the Libyan Coast Guard" (its key words are no other
# armed group's: data/organisations.toml short_forms).
_SHORT_BODY_KINDS = frozenset({"institution", "organisation", "armed_group"})
_SHORT_NOT_BEFORE = lazy_compile(r"\s+(?i:" + vocab.alternation(vocab.words("organisations", "short_form_not_before")) + r")\b")
_SHORT_NOT_AFTER = lazy_compile(r"\b(?i:" + vocab.alternation(vocab.words("organisations", "short_form_not_after")) + r")\s+$")
# "the chairman of the Libyan commission", "the Libyan electoral commission": a short form with a
# national adjective (the registry's demonyms) before it, maybe a describing word between.
_SHORT_FORM_DEMONYM = lazy_compile(r"\b(?i:the)\s+(?:(?i:" + _SHORT_MODIFIERS + r")\s+){0,2}([A-Z][a-z]+)\s+"
                                 r"(?:[a-z]+al\s+|(?i:" + _SHORT_MODIFIERS + r")\s+)?((?i:" + "|".join(
                                     sorted(map(re.escape, _SHORT_FORMS), key=len, reverse=True)) + r"))\b(?![’'-])"
                                 # "the Egyptian commission for human rights": a body of its own
                                 + r"(?!\s+(?i:" + "|".join(map(re.escape, vocab.words("organisations", "short_form_demonym_not_before")))
                                 + r")\s+(?!(?i:" + "|".join(sorted(_MONTHS | _WEEKDAYS)) + r")\b|\d))")


def _without_parent_prefixes(text: str, mentions: list[Mention], registry: Registry) -> list[Mention]:
    """The mentions but those of a body written as the first words of the name of a body it has as a
    member ("United Nations World Food Programme", "EU Operation Irini": registry `affiliations`), the
    two names apart by a space only: the longer name is one actor, the programme or the operation."""
    out = []
    for m, nxt in zip(mentions, [*mentions[1:], None]):
        if nxt is not None and nxt.start > m.end and _SPACE_ONLY.fullmatch(text, m.end, nxt.start):
            member = registry.actors.get(nxt.actor)
            if member is not None and member.kind not in ("person", "family") and m.actor in member.affiliations:
                continue  # not a person of the body named after it ("the Libyan National Army (LNA) Jane Roe")
        out.append(m)
    return out


_SPACE_ONLY = lazy_compile(r"[ \t\u00a0]+")


def _short_form_mentions(text: str, mentions: list[Mention], registry: Registry,
                         published: str | None = None) -> list[tuple[str, int, int]]:
    """(actor, start, end) of each short form that names again a body named before it: "the
    House of Representatives met ... The House voted", "lawmakers approved" (data/organisations.toml);
    and of a state's organ written with describing words, "Libya's eastern-based parliament",
    when the registry names its one holder at the publication date (see _organ_holder)."""
    actors = registry.actors
    bodies = [m for m in mentions if m.actor in actors and actors[m.actor].kind in _SHORT_BODY_KINDS]
    ends = {m.end: m for m in mentions if m.actor in actors and actors[m.actor].kind in _PLACE_KINDS}
    if not bodies and not ends and not _BARE_HOME_NOUN.search(text):
        return []
    holds: dict[tuple[str, str], bool] = {}
    foreign: bool | None = None  # whether the page names another state (_foreign_page), worked out once

    def has(actor_id: str, key: str) -> bool:
        if (actor_id, key) not in holds:
            pattern = re.compile(r"\b" + re.escape(key) + r"\b", re.IGNORECASE)
            holds[(actor_id, key)] = any(pattern.search(t) for t in (
                *registry.names_of(actor_id), *(h for r in registry.roles.get(actor_id, ()) for h in _role_heads(r))))
        return holds[(actor_id, key)]

    out: list[tuple[str, int, int]] = []
    for m in _SHORT_FORM.finditer(text):
        group = next(g for g in (2, 3, 4) if m.group(g))
        word = m.group(group)
        a, b = m.start(group), m.end(group)
        if _SHORT_NOT_BEFORE.match(text, b) or _SHORT_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the force majeure", "the use of the force": no body named again
        if m.group(1):  # "Libya's eastern-based parliament": the state's organ, by its registry holder
            if not text[m.end(1):a].strip():
                continue  # "Libya's parliament": participants() names its holder at the event's date
            owner = ends.get(m.start(1))
            held = [h for h, period in _holders(registry).get((owner.actor, word.casefold()), ())
                    if period is None or (published and published[:4].isdigit() and _in_range(published, period))] if owner else []
            if len(held) == 1 and held[0] in actors:
                bodies.append(Mention(held[0], "", 0, a, b, word))
                out.append((held[0], a, b))
            continue
        if group == 2:
            key = _SHORT_FORMS[word.casefold()]
            if word.casefold() in _SHORT_CAPITALISED and not word[:1].isupper():
                continue  # "a house", "the house was shelled"
            nxt = _NAME_NEXT.match(text, b)
            if nxt and nxt.group(1).casefold() not in _CALENDAR_WORDS:
                continue  # "the Council Chamber", "the House Speaker Jane Roe": part of a name
        else:
            key = (_SHORT_PEOPLE if group == 3 else _SHORT_BARE)[word.casefold()]
        if any(x.start < b and a < x.end for x in mentions):
            continue
        before = [x for x in sorted(bodies, key=lambda x: x.start) if x.end <= a and has(x.actor, key)]
        if not before and key in _SHORT_CATAPHORIC:
            # "On 1 March, lawmakers endorsed the cabinet ... before the House of Representatives":
            # the one such body the page names later.
            later = {x.actor for x in bodies if x.start >= b and has(x.actor, key)}
            if len(later) == 1:
                before = [x for x in bodies if x.actor in later]
        if group == 3 and before:
            state = _members_state(text, a, ends, registry)
            if state is not None and before[-1].actor not in {h for h, _ in _holders(registry).get((state, key), ())}:
                continue  # "US lawmakers", "Italian MPs": members of that state's body, not of the one named
        if before and group != 3 and _other_body_between(text, before[-1], a, word, mentions):
            continue  # "the House ... the UN General Assembly opened, and the assembly elected"
        if before:
            out.append((before[-1].actor, a, b))
            continue
        # No body named yet: the one state named before it in the sentence, whose organ it is
        # ("Turkey's parliament approved troops for Libya over the objections of the parliament
        # speaker": two states, no guess).
        sentence = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a))
        owners = {x.actor for x in ends.values() if sentence < x.start and x.end <= a}
        if group == 3 or len(owners) > 1:
            continue  # "Libya's rival lawmakers": members may be of several bodies
        if not owners:
            # "Parliament had voted on 20 April to replace him": a page of this desk naming no
            # other state, its people, capital or legislature, means its own state's (the one the
            # registry holds then); an Italian daily's "Meloni told parliament" names Italy's. Only
            # the noun itself: "the Chamber adjourned the trial" is a court's.
            if key not in _SHORT_CATAPHORIC or word.casefold() != key:
                continue
            if foreign is None:
                foreign = any(x.actor != _HOME_STATE for x in ends.values()) or _foreign_page(text, registry)
            if foreign:
                continue
            owners = {_HOME_STATE}
        held = {h for x in owners for h, period in _holders(registry).get((x, key), ())
                if period is None or (published and published[:4].isdigit() and _in_range(published, period))}
        if len(held) == 1 and (h := held.pop()) in actors:
            bodies.append(Mention(h, "", 0, a, b, word))
            out.append((h, a, b))
    out += _demonym_short_forms(text, mentions, bodies, registry, has)
    return out


# The nouns a page may write bare for the desk's own body with no body or state named
# (data/organisations.toml `short_form_cataphoric`): a page naming none is not searched further.
_BARE_HOME_NOUN = lazy_compile(r"\b(?:" + "|".join(map(re.escape, vocab.words("organisations", "short_form_cataphoric")))
                               + r")\b", re.IGNORECASE)


def _foreign_page(text: str, registry: Registry) -> bool:
    """Whether the page names another state or a union of states anywhere, by name, demonym or
    capital ("Italian Prime Minister Jane Roe told parliament", "Parliament in Ankara", "the EU
    Parliament"): then a bare "parliament" on it may be theirs (Registry.foreign_pattern).

    >>> r = load_registry()
    >>> _foreign_page("Parliament in Ankara has approved a bill.", r), _foreign_page("The EU Parliament met.", r)
    (True, True)
    >>> _foreign_page("The Libyan parliament voted. Parliament in Tripoli met.", r)
    False
    """
    return registry.foreign_pattern().search(text) is not None


_NAME_ENDING_IN: dict[str, re.Pattern] = {}


def _other_body_between(text: str, body: Mention, a: int, noun: str, mentions: Sequence[Mention]) -> bool:
    """Whether a capitalised name ending in the short form's noun, registered or not, stands
    between the body and its short form: "the UN General Assembly" is the assembly last named,
    whatever body the registry knows ("The House met ... the UN General Assembly opened, and the
    assembly elected").

    >>> t = "The House met. The UN General Assembly opened, and the assembly voted."
    >>> _other_body_between(t, Mention("hor", "d", 0, 4, 9, "House"), t.rindex("assembly"), "assembly", [])
    True
    """
    if body.end >= a:
        return False
    pattern = _NAME_ENDING_IN.get(noun.casefold())
    if pattern is None:
        pattern = _NAME_ENDING_IN.setdefault(noun.casefold(), re.compile(
            r"([A-Z][\w’'-]*)\s+" + re.escape(noun.casefold().capitalize()) + r"\b(?![’'-])(?!\s+(?i:of)\b)"))
    for m in pattern.finditer(text, body.end, a):
        if m.group(1).casefold() in STOP_WORDS:
            continue  # "The Assembly voted": a short form itself
        if any(x.actor == body.actor and x.start <= m.start(1) and m.end() <= x.end for x in mentions):
            continue  # the body itself, by another of its names
        return True
    return False


def _demonym_short_forms(text: str, mentions: list[Mention], bodies: list[Mention], registry: Registry,
                         has: Any) -> list[tuple[str, int, int]]:
    """(actor, start, end) of each short form with a national adjective that names again the body
    last named before it: "the Libyan commission" after "the High National Elections Commission".
    The adjective must fit the body: its names or roles name that state ("the Egyptian parliament"
    is not the House of Representatives, whose role is "Libya's parliament"), or they name no state
    and the state is the one the page names most.  Followed by "for", "on" or "of" and no date, it
    is a body of its own ("the Egyptian commission for human rights")."""
    actors = registry.actors
    found = list(_SHORT_FORM_DEMONYM.finditer(text)) if bodies else []
    by_word = registry.demonym_pattern()[1] if found else {}
    found = [m for m in found if m.group(1) in by_word]
    if not found:
        return []
    states = Counter(m.actor for m in mentions if m.actor in actors and actors[m.actor].kind == "state")
    main_state = states.most_common(1)[0][0] if states else None
    state_words = {sid: [n for n in (*registry.names_of(sid), *(d for d, s in by_word.items() if s == sid))]
                   for sid in set(by_word.values())}
    out = []
    for m in found:
        state = by_word[m.group(1)]
        word = m.group(2)
        a, b = m.start(2), m.end(2)
        key = _SHORT_FORMS[word.casefold()]
        if word.casefold() in _SHORT_CAPITALISED and not word[:1].isupper():
            continue
        nxt = _NAME_NEXT.match(text, b)
        if nxt and nxt.group(1).casefold() not in _CALENDAR_WORDS:
            continue
        if any(x.start < b and m.start(1) < x.end for x in mentions):
            continue
        before = [x for x in sorted(bodies, key=lambda x: x.start) if x.end <= m.start() and has(x.actor, key)]
        if not before or _other_body_between(text, before[-1], m.start(), word, mentions):
            continue
        body = before[-1].actor
        texts = (*registry.names_of(body), *registry.roles.get(body, ()))
        named = {sid for sid, words in state_words.items()
                 if any(re.search(r"\b" + re.escape(w) + r"\b", t) for w in words for t in texts)}
        if state in named or (not named and state == main_state):
            out.append((body, a, b))
    return out


_MEMBERS_QUALIFIED = lazy_compile(r"([A-Za-z][\w.-]*)(?:['’]s)?\s+(?:(?:" + _SHORT_MODIFIERS + r")\s+){0,2}$", re.IGNORECASE)


def _members_state(text: str, a: int, ends: dict[int, Mention], registry: Registry) -> str | None:
    """The state whose members a plural short form names when a state name or its demonym stands
    right before it ("US lawmakers", "Italy's rival MPs", "Italian legislators"), else None."""
    m = _MEMBERS_QUALIFIED.search(text, max(0, a - 80), a)
    if m is None:
        return None
    owner = ends.get(m.end(1))
    if owner is not None and owner.actor in registry.actors and registry.actors[owner.actor].kind == "state":
        return owner.actor
    return registry.demonym_pattern()[1].get(m.group(1))


# "Haftar's son", "the field marshal's son", "his son" with no name after them: the one member
# of the family named in full in its paragraph (else the document), if only one fits (data/modifiers.toml kin_children,
# kin_siblings).  A child is the family head's; a sibling is another member's, never the head.
_KIN_CHILDREN = frozenset(vocab.words("modifiers", "kin_children"))
_KIN_SIBLINGS = frozenset(vocab.words("modifiers", "kin_siblings"))
_KIN_PRONOUNS = frozenset(vocab.words("modifiers", "kin_pronouns"))
_KIN_ANAPHOR = lazy_compile(r"(?:['’]s|\b(?i:" + "|".join(map(re.escape, _KIN_PRONOUNS)) + r"))\s+(?:(?:"
                          + "|".join(map(re.escape, vocab.words("modifiers", "kin_order_words"))) + r")\s+)?(" + "|".join(sorted(_KIN_CHILDREN | _KIN_SIBLINGS, key=len, reverse=True))
                          + r")\b(?!-)(?!\s*,?\s*(?:[A-Z]|al-|el-))(?!\s+of\b)")
_POSSESSOR_TITLE = lazy_compile(r"\b[Tt]he\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$")
_NAMED_HOW = frozenset({"name", "first", "variant"})
# People who may own "his" rather than the name before them (modifiers.toml kin_intervening_people).
_KIN_INTERVENING = frozenset(vocab.words("modifiers", "kin_intervening_people"))
_WORD = lazy_compile(r"[A-Za-z]+")


def _person_between(text: str) -> bool:
    """Whether text names a person or people that could own a following "his" ("a commander who",
    "a woman", "residents", a post): then the name before it is no sure antecedent."""
    for w in _WORD.findall(text):
        w = w.casefold()
        if w in _KIN_INTERVENING or w in _ROLE_NOUNS or w in _PERSON_POSTS or _PEOPLE_PLURAL.fullmatch(w):
            return True
    return False


# A title of courtesy and one capitalised word, no other after it: "Eng. Husni", "Dr. Ibtisam", "Hajj Ali".
_COURTESY_ALT = "|".join(sorted((re.escape(t.capitalize()) for t in _COURTESY_TITLES | {"sheikh", "hajja"}),
                                key=len, reverse=True))
_TITLED_FIRST_NAME = lazy_compile(r"\b(?:" + _COURTESY_ALT + r")\.?\s+([A-Z][\w’'-]+)\b(?!['’-])(?!\s+[A-Z])")
# A title of courtesy right before a name ("Eng. ", "Dr. ", "Mr. ", "Hajj ").
_COURTESY_BEFORE = lazy_compile(r"\b(?:" + _COURTESY_ALT + r")\.?\s+$")
# Not a person of one's own: "Dr. Husni, the hospital's director,", "Mr. Musa's lawyer, Dr. Hassan,".
_INTRODUCED = lazy_compile(r"\s*,\s+(?:the|a|an)\s")
_INTRODUCED_BEFORE = lazy_compile(r"['’]s\s+[a-z]+\s*,\s*$")


# Last words no person's name ends in: "Sheikh Zayed Hospital", "Hajj Ali Mosque", "Omar Mukhtar Street" (places.toml
# facility_heads and building_nouns, organisations.toml heads, not_organisations and not_person_name_words).
_NOT_PERSON_LAST = frozenset(vocab.words("places", "facility_heads")) | frozenset(vocab.words("places", "building_nouns")) \
    | frozenset(_ORG_HEADS) | _NOT_ORG_LAST | _NOT_PERSON_NAME_WORDS


def _title_key(title: str) -> str:
    """A title of courtesy as compared: its first word, folded, in its one spelling (titles.toml canonical:
    "Eng. Husni" and "Engineer Husni" -> "engineer")."""
    word = fold(title.split()[0].rstrip("."))
    return fold(_TITLE_CANON.get(word, word))


@lru_cache(maxsize=256)
def _titled_given_name(word: str) -> re.Pattern[str]:
    """A title of courtesy, the word and the capitalised words after it: "Eng. Husni Bentaher"."""
    return re.compile(r"\b(?P<title>" + _COURTESY_ALT + r")\.?\s+" + re.escape(word)
                      + r"(?P<rest>(?:\s+[A-Z][\w’'-]*)+)")


def _named_in_full_before(text: str, word: str, end: int) -> bool:
    """Whether text[:end] names someone in full with a title of courtesy and this given name ("Eng. Husni
    Bentaher" before "Dr. Husni"); not a building or a body named after someone ("Sheikh Zayed Hospital")."""
    return any(_term(m.group("rest").split()[-1]) not in _NOT_PERSON_LAST for m in _titled_given_name(word).finditer(text, 0, end))


def _first_name_mentions(text: str, mentions: list[Mention], registry: Registry) -> list[tuple[str, int, int]]:
    """(actor, start, end) of each given name after a title of courtesy that names a person the document
    named in full, with such a title, before: "Eng. Husni Bentaher ... Eng. Husni received the delegation"
    (the Arabic press calls people so).  Only a given name one person so named has; not inside another
    mention, nor a name its own apposition introduces ("Dr. Mohamed, the hospital's director,")."""
    actors = registry.actors
    titled = [(m, t) for m in mentions if m.how in _NAMED_HOW and m.actor in actors and actors[m.actor].kind == "person"
              and (t := _COURTESY_BEFORE.search(text, max(0, m.start - 12), m.start))
              and _term(m.text.split()[-1]) not in _NOT_PERSON_LAST]
    if not titled:
        return []
    people = [(m, _title_key(t.group())) for m, t in titled]
    starts = [m.start for m in mentions]
    out = []
    for t in _TITLED_FIRST_NAME.finditer(text):
        a, b = t.start(1), t.end(1)
        k = bisect_right(starts, a) - 1
        if k >= 0 and mentions[k].end > a:
            continue  # the word is a mention already ("Dr. Ibtisam Elwerfalli" itself, "Mr. Karataşlı")
        if _INTRODUCED.match(text, b) or _INTRODUCED_BEFORE.search(text, max(0, t.start() - 30), t.start()):
            continue
        word = fold(t.group(1))
        title = _title_key(t.group())
        owners = {m.actor for m, key in people if m.start < a and key == title and any(
            len(w := _words(n)) >= 2 and fold(w[0]) == word for n in (m.text, *registry.names_of(m.actor)))}
        if len(owners) == 1:
            out.append((owners.pop(), a, b))
    return out


def _kin_mentions(text: str, mentions: list[Mention], registry: Registry) -> list[tuple[str, int, int]]:
    """(actor, start, end) of each kin noun that names a family member without a name: "Haftar's
    son", "the field marshal's son", "his son" -> the only member that fits, named in full in the
    paragraph (else in the document)."""
    actors = registry.actors
    in_family = [m for m in mentions if m.actor in actors and actors[m.actor].family and actors[m.actor].kind == "person"]
    if not in_family:
        return []
    named = [m for m in in_family if m.how in _NAMED_HOW]
    ends = {m.end: m for m in in_family}
    heads = {f.key: f.head for f in registry.families.values()}
    out = []
    for k in _KIN_ANAPHOR.finditer(text):
        noun = k.group(1)
        possessor = None
        if k.group().startswith(("'", "’")):
            owner = ends.get(k.start())
            if owner is not None:
                fam = actors[owner.actor].family
                # A bare surname before "'s son" is the parent: the family's head.
                possessor = heads.get(fam) if owner.how == "surname" and noun in _KIN_CHILDREN else owner.actor
            else:
                title = _POSSESSOR_TITLE.search(text, max(0, k.start() - 40), k.start())
                if title:
                    held = title.group(1).casefold()
                    holders = {m.actor for m in in_family if m.start < k.start()
                               and any(t.casefold() == held for t in actors[m.actor].titles)}
                    if not holders:  # "the field marshal's son" with only the son named: the head's title
                        holders = {h for h in (heads.get(actors[m.actor].family) for m in in_family)
                                   if h in actors and any(t.casefold() == held for t in actors[h].titles)}
                    possessor = holders.pop() if len(holders) == 1 else None
        else:
            before = [m for m in mentions if m.end <= k.start() and m.actor in actors and actors[m.actor].kind == "person"]
            between = text[before[-1].end:k.start()] if before else ""
            if before and before[-1].actor in actors and actors[before[-1].actor].family \
                    and k.start() - before[-1].end < 300 and "\n\n" not in between and not _person_between(between):
                possessor = before[-1].actor
        if possessor is None or possessor not in actors:
            continue
        fam = actors[possessor].family
        head = heads.get(fam)
        if noun in _KIN_CHILDREN and possessor != head:
            continue  # a grandchild is no member we can tell
        if noun in _KIN_SIBLINGS and possessor == head:
            continue
        pos = k.start(1)
        fits = [m for m in named if actors[m.actor].family == fam and m.actor not in (possessor, head)]
        # The members named in the kin noun's own paragraph, else in the whole document; with
        # two sons named there, "Haftar's son" is either: no guess.
        para_start, para_end = text.rfind("\n\n", 0, pos), text.find("\n\n", pos)
        para_end = len(text) if para_end < 0 else para_end
        near = {m.actor for m in fits if para_start <= m.start < para_end} or {m.actor for m in fits}
        if len(near) != 1:
            continue
        out.append((near.pop(), pos, k.end(1)))
    return out


def _words_alt(*lists: Iterable[str]) -> str:
    """One alternation of phrases (longest first, else in the order given; a space is any white space)."""
    words = dict.fromkeys(w for ws in lists for w in ws)
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _phrases(name: str, key: str) -> str:
    """An alternation of the phrases data/NAME.toml lists under `key` (see _words_alt)."""
    return _words_alt(vocab.words(name, key))


# Where a body's building is named as a place: "crept up to the", "near the", "outside the"
# (data/organisations.toml `where_before`).
_WHERE_BEFORE = lazy_compile(r"\b(?:" + _phrases("organisations", "where_before") + r")\s+(?:the\s+)?$", re.IGNORECASE)


# "Haftar's forces", "Haftar's Operation Dignity forces": the forces a family surname commands are
# its head's; "Haftar ..., while his son Saddam ...": a parent of a child named after him.
_COMMANDED_AFTER = lazy_compile(r"['’]s\s+(?:[\w’'-]+\s+){0,3}?(?:" + _words_alt(vocab.words("modifiers", "commanded_nouns"))
                              + r")\b(?!['’-])")
_CHILD_AFTER = lazy_compile(r"[^.!?;\n]{0,120}?\b(?:his|her)\s+(?:" + _words_alt(vocab.words("modifiers", "children_nouns"))
                          + r")\b")


_ELDER_BEFORE = lazy_compile(r"\b(?:the\s+)?elder\s+$", re.IGNORECASE)


def _head_by_context(text: str, end: int, surfaces: list[_Surface], registry: Registry, start: int = -1) -> str | None:
    """The family head a bare surname ending at `end` (beginning at `start`) means whatever else the
    page named: the owner of forces ("Haftar's forces"), the parent of a child named after him in
    its sentence ("Haftar met the envoy, while his son Saddam waited"), the elder of the family ("The
    elder Haftar, now 99, ..."); None when nothing there says so.

    >>> r = load_registry()
    >>> t = "Haftar's forces attacked Sirte."
    >>> _head_by_context(t, 6, [s for s in r.surfaces() if s.how == "surname" and s.family == "haftar"][:1], r)
    'khalifa-haftar'
    """
    if not (_COMMANDED_AFTER.match(text, end) or _CHILD_AFTER.match(text, end)
            or (start > 0 and _ELDER_BEFORE.search(text, max(0, start - 12), start))):
        return None
    for s in surfaces:
        fam = registry.families.get(s.family) if s.family else None
        if fam is not None and fam.head in registry.actors:
            return fam.head
    return None


# "a member of the", "members of the" right before a family's name: who is meant is one of them.
_MEMBER_OF_BEFORE = lazy_compile(r"\bmembers?\s+of\s+the\s+$", re.IGNORECASE)


def _resolve_surfaces(surfaces: list[_Surface], title: str | None, families: dict[str, _FamilyState],
                      named: set[str], registry: Registry, last_of: dict[str, int],
                      told_last: dict[str, int] | None = None) -> tuple[str | None, str]:
    """Decide which actor a matched surface refers to, given what the document said so far."""
    full = [s for s in surfaces if s.how == "name" and s.actor in registry.actors]
    if full:
        return full[0].actor, "name"
    firsts = [s for s in surfaces if s.how == "first"]
    if firsts:
        in_context = [s for s in firsts if s.family and (
            any(families[s.family].counts.values()) or families[s.family].told)]
        if in_context:
            return in_context[0].actor, "first"
    sur = [s for s in surfaces if s.how == "surname"]
    if not sur:
        return None, ""
    candidates: list[str] = []
    fam_keys = {s.family for s in sur if s.family}
    for s in sur:
        if s.actor in registry.actors and registry.actors[s.actor].kind == "person":
            candidates.append(s.actor)
    for key in fam_keys:
        candidates += registry.family_members(key)
    candidates = list(dict.fromkeys(candidates))
    # Discovered people are only called by surname once named in full (or with a title).
    candidates = [c for c in candidates if not registry.actors[c].discovered or c in named or title]
    if not candidates:
        return None, ""
    if title:
        with_title = [c for c in candidates if title in registry.actors[c].titles]
        if with_title:
            candidates = with_title
    if len(candidates) == 1:
        return candidates[0], "surname"
    # "Deputy Prime Minister Suhail Dbeibah, a great-nephew of Abdul Hamid Dbeibah ... Dbeibah said": a
    # person found in this text, the one of the name last named in full other than as whose kin
    # someone is, is whom the story is about ("Ali Dbeibah, an uncle of the prime minister, ... Abdul
    # Hamid Dbeibah told parliament ... Dbeibah said" is the prime minister, as below).
    told = [c for c in candidates if told_last and c in told_last]
    if told:
        latest = max(told, key=told_last.__getitem__)
        if registry.actors[latest].discovered:
            return latest, "surname"
    for key in fam_keys:
        fam = registry.families[key]
        st = families[key]
        members = [c for c in candidates if registry.actors[c].family == key]
        if not members:
            continue
        if st.collective and fam.head in members:
            return fam.head, "surname"
        counted = [c for c in members if st.counts[c]]
        if fam.head in members and st.counts[fam.head] and all(
                st.first[fam.head] < st.first[c] for c in counted if c != fam.head):
            # Once the head is named in full, a bare surname is the head's: writers call his
            # children by their first names ("Saddam") to tell them from him.  Only when he
            # came first: a story about a son that names the father in passing ("Saddam Haftar
            # arrived, a day after his father Khalifa Haftar ...") calls the son by the surname.
            return fam.head, "surname"
        if fam.head in counted and len(counted) > 1:
            others = [c for c in counted if c != fam.head]
            if st.counts[fam.head] <= max(st.counts[c] for c in others):
                counted = others
        if counted:
            # The member the story named first is whom it is about: "The commander, Saddam Haftar,
            # named his brother Belgacem Haftar ... Haftar also ordered" is Saddam, however often
            # or lately the brother is named.
            return min(counted, key=lambda c: st.first.get(c, 1 << 30)), "surname"
        if fam.head in members:
            return fam.head, "surname"
        return members[0], "surname"
    mentioned = [c for c in candidates if c in last_of]
    if mentioned:
        return max(mentioned, key=lambda c: last_of[c]), "surname"
    return candidates[0], "surname"


_TITLE_ALONE_LOWER = frozenset(tuple(t.term for t in tokenize(w)) for w in vocab.words("titles", "alone_in_lower_case"))
_TITLE_ALONE_GENERIC = frozenset(tuple(t.term for t in tokenize(w))
                                 for w in vocab.words("titles", "alone_in_lower_case_generic"))
_TITLE_ALONE_GAP = lazy_compile(r"\s+(?:(?:\d{1,3}-year-old|" + "|".join(
    sorted(map(re.escape, vocab.words("titles", "alone_modifiers")), key=len, reverse=True)) + r")\s+){0,2}", re.IGNORECASE)


def _title_at(toks: list[_Tok], i: int, end: int | None = None,
              fits: Callable[[tuple[str, ...]], bool] | None = None) -> tuple[str, int] | None:
    """(canonical title, tokens) of the longest title of titles.toml written from token i (ending
    before token `end`; that `fits`, if given); None if none is."""
    end = len(toks) if end is None else end
    for n in range(min(_TITLE_MAX, end - i), 0, -1):
        key = tuple(t.term for t in toks[i:i + n])
        if key in _TITLE_KEYS and (fits is None or fits(key)):
            return _TITLE_KEYS[key], n
    return None


def _post_of_someone(toks: list[_Tok], j: int, text: str) -> bool:
    """Whether a title ending before token j is someone's post, not its holder named alone: "the
    president of the council", "the president Jane Roe", "the Italian Prime Minister, Mr. Jane Roe,"
    (the name says who: a name of two capitalised words, or an honorific, after a comma)."""
    nxt = toks[j] if j < len(toks) else None
    if nxt is None:
        return False
    if nxt.term in ("of", "for", "to") or (nxt.cap and _gap_ok(text, toks[j - 1], nxt)):
        return True
    after = toks[j + 1] if j + 1 < len(toks) else None
    return nxt.cap and text[toks[j - 1].end:nxt.start].strip() == "," and (
        nxt.term in _HONORIFICS or (after is not None and after.cap and _gap_ok(text, nxt, after)
                                    and _is_name_word(nxt) and _is_name_word(after)))


_OFFICE_ROLE = lazy_compile(r"^(.+?) of (?:the )?(.+?) \((\d{4})-(\d{4})?\)$")


def _offices(registry: Registry) -> tuple[dict[str, str], dict[tuple[str, str], list[tuple[str, int, int]]]]:
    """({a state's folded name: its id}, {(state id, canonical title): [(actor id, first year, last
    year)]}) of the registry's roles written "<Office> of <State> (YYYY-[YYYY])" ("Prime Minister
    of Italy (2022-)"): a role without its years names nobody by office alone."""
    if registry._offices is None:
        states = {fold(n): a.id for a in registry.actors.values() if a.kind == "state" for n in registry.names_of(a.id)}
        found: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
        for actor_id, roles in registry.roles.items():
            for role in roles:
                m = _OFFICE_ROLE.match(role)
                title = _TITLE_KEYS.get(tuple(t.term for t in tokenize(m.group(1)))) if m else None
                if title and fold(m.group(2)) in states:
                    found[(states[fold(m.group(2))], title)].append(
                        (actor_id, int(m.group(3)), int(m.group(4)) if m.group(4) else 9999))
        registry._offices = (states, dict(found))
    return registry._offices


def _office_holder(toks: list[_Tok], i: int, text: str, registry: Registry, published: str | None) -> tuple[str, int] | None:
    """(actor id, tokens taken) of an office named by its state, "the Egyptian president" or "Egypt's
    president": the one registry actor holding it in the year of publication (_offices).  Not
    "the former Egyptian president", "a Turkish president", "the Italian prime minister Giorgia
    Meloni" (the name says who), nor "the president of the council"."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    if year is None or i == 0:
        return None
    found = _title_at(toks, i)
    if found is None:
        return None
    title, n = found
    if _post_of_someone(toks, i + n, text):
        return None
    before = toks[i - 1]
    gap = text[before.end:toks[i].start]
    if not before.cap or gap.lstrip("'’s") not in (" ", "\u00a0"):
        return None
    state = None
    if gap[:1] in ("'", "’"):  # "Egypt's president" (the token leaves the possessive out)
        if gap[:2] not in ("'s", "’s") or (i >= 2 and toks[i - 2].cap and _gap_ok(text, toks[i - 2], before)):
            return None  # "the Arab Republic of Egypt's president": not the one-word name of a state
        state = _offices(registry)[0].get(fold(before.word))
    elif i >= 2 and toks[i - 2].term == "the" and _gap_ok(text, toks[i - 2], before):  # "the Egyptian president"
        state = next((sid for sid, words in registry.demonyms.items() if before.word in words), None)
    if state is None:
        return None
    held = [a for a, first, last in _offices(registry)[1].get((state, title), ()) if first <= year <= last and a in registry.actors]
    return (held[0], n) if len(held) == 1 else None


# Words that may stand inside a title's phrase before the name it describes ("the Special
# Representative of the Secretary-General and Head of the Mission (UNSMIL), Jane Roe").
_APPOSITION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to"})
_APPOSITION_COMMA = lazy_compile(r"\)?,\s+")
_APPOSITION_GAP = lazy_compile(r"[\s\-()]*")  # between two words of the phrase
_APPOSITION_REACH = 25  # tokens back from the comma


def _title_in_apposition(toks: list[_Tok], i: int, text: str) -> str | None:
    """The title of a phrase set before a name with a comma: "the UN special representative,
    Jane Roe", "the Prime Minister of Italy, Jane Roe", "The Special Representative of the
    Secretary-General and Head of the Mission (UNSMIL), Jane Roe" (that of the phrase's first
    "the <title>": the title the phrase opens with, not one named inside it).  The phrase is
    capitalised words and the words of _APPOSITION_WORDS back to where it starts; a title in
    lower case only as titles.toml alone_in_lower_case lists it."""
    if i < 2 or not _APPOSITION_COMMA.fullmatch(text, toks[i - 1].end, toks[i].start):
        return None
    found = None
    k = i - 1
    while k >= 0 and i - k <= _APPOSITION_REACH:
        tok = toks[k]
        if k < i - 1 and not _APPOSITION_GAP.fullmatch(text, tok.end, toks[k + 1].start):
            break  # a comma, a stop, a quote: the phrase starts after it
        if not (tok.cap or tok.term in _APPOSITION_WORDS or any(tok.term in key for key in _TITLE_ALONE_LOWER)
                or (tok.term,) in _TITLE_ALONE_GENERIC or (toks[k + 1].term,) in _TITLE_ALONE_GENERIC):
            break  # (a generic post, or the word right before one: "the oil minister, Jane Roe")
        if tok.term == "and" and toks[k + 1].term == "the":
            break  # "the Prime Minister and the Speaker, Jane Roe": two people, the name the second's
        if tok.term == "excellency" and not (k >= 2 and toks[k - 2].term in _APPOSITION_WORDS):
            # "at the General Command in Al-Rajma His Excellency the Minister of ..., Jane Roe": the
            # address opens the phrase (no "the General" of the place before it); not one inside it,
            # "the special envoy of (to, for) His Excellency the President of Chad, Jane Roe" (the envoy's).
            break
        if tok.term == "the":
            title = _phrase_title(toks, k, i, text)
            if title is not None:
                found = title
        k -= 1
    return found


def _phrase_title(toks: list[_Tok], k: int, i: int, text: str) -> str | None:
    """The title right after "the" at token k (describing words between, as _title_alone takes
    them), ending before token i; None if none is there."""
    gap = _TITLE_ALONE_GAP.match(text, toks[k].end)
    start = k + 1
    while start < i and gap is not None and toks[start].start < gap.end():
        start += 1
    # In lower case, a title alone_in_lower_case lists, or any title ending in a generic post in an
    # apposition to a verb's object ("met the oil minister, Jane Roe, on Monday"; not a fronted phrase
    # before the subject: "After meeting the oil minister, Jane Roe told reporters").
    found = _title_at(toks, start, i, lambda key: toks[start].cap or key in _TITLE_ALONE_LOWER
                      or (key[-1:] in _TITLE_ALONE_GENERIC and _object_apposition(toks, k, i, text)))
    return None if found is None or found[0].casefold() in _HONORIFICS else found[0]


def _object_apposition(toks: list[_Tok], k: int, i: int, text: str) -> bool:
    """Whether the phrase opened at token k ("the") and the name at token i set off by a comma after it
    are an apposition in a verb's object: a finite verb stands before the phrase in its sentence, and a
    comma closes the name ("clashed with the oil minister, Eng. Jane Roe, over ...")."""
    lo = _sentence_start(text, toks[k].start)
    # From where its clause opens: "Staff said that in a letter to the health minister, Jane Roe, a nurse,
    # asked": the finite verb before "that" is another clause's.
    lo = max([lo, *(o.end() for o in _CLAUSE_OPENER.finditer(text, lo, toks[k].start))])
    return bool(_FINITE_VERB.search(text, lo, toks[k].start)) and bool(_NAME_CLOSED.match(text, toks[i].start))


_CLAUSE_OPENER = lazy_compile(r"\bthat\b|[,;:]")


# A name and its courtesy title ("Eng. Jane Roe"), then the comma that closes an apposition.
_NAME_CLOSED = lazy_compile(r"(?:[A-Z][\w’'-]*\.?\s+){0,5}[A-Z][\w’'-]*,")


def _title_alone(toks: list[_Tok], i: int, text: str, holders: list[tuple[int, str, str, bool, int]],
                 registry: Registry, sentence: int = 0, holder_states: dict[int, str | None] | None = None) -> str | None:
    """"the General" (capitalised, after "the", not followed by a name or "of"), "the field
    marshal", "the 81-year-old field marshal" (titles.toml alone_in_lower_case): its last holder.
    A generic post in lower case ("the commander", "the minister": alone_in_lower_case_generic)
    only with evidence: its holder named in this or the previous sentence, with the title written
    there or a describing word before the post ("the eastern commander").  Another title with no
    holder named before it: the registry's one holder, when the text writes that person's surname
    (_sole_holder)."""
    k = i - 1
    while k >= 0 and i - k <= 6 and toks[k].term != "the":
        k -= 1
    if k < 0 or toks[k].term != "the":
        return None
    # "the Egyptian minister": a state's word before the post, its holder one of that state (below).
    state = None
    if not _TITLE_ALONE_GAP.fullmatch(text, toks[k].end, toks[i].start):
        state = _state_of_demonym(text[toks[k].end:toks[i].start], registry)
        if state is None:
            return None
    generic = False
    if not toks[i].cap:
        lower = [tuple(t.term for t in toks[i:i + n]) for n in range(1, _TITLE_MAX + 1)
                 if i + n <= len(toks) and not any(t.cap for t in toks[i:i + n])]
        if not any(key in _TITLE_ALONE_LOWER for key in lower):
            if not any(key in _TITLE_ALONE_GENERIC for key in lower):
                return None
            generic = True
    found = _title_at(toks, i)
    if found is None:
        return None
    title, n = found
    if title.casefold() in _HONORIFICS or _post_of_someone(toks, i + n, text):
        return None
    described = bool(text[toks[k].end:toks[i].start].strip())  # "the eastern", "the 81-year-old"
    # A generic post capitalised ("His Excellency the Minister had met") stands for its holder as in lower
    # case, the holder of a fuller post with the same evidence.
    loose = generic or title.casefold() in _GENERIC_TITLES
    if state is not None:
        # "the Egyptian minister" paragraphs after "the Minister of Defence of the Arab Republic of Egypt,
        # General Jane Roe": the last holder of that post, or a fuller one, the text set beside that
        # state's name, however far back (no holder of another state's).
        return _holder_of_state(text, holders, state, registry, lambda held: held.casefold() == title.casefold()
                                or loose and _fuller_post(held, title),
                                holder_states if holder_states is not None else {})
    far: set[str] = set()  # holders of a fuller post named further back (written so)
    for _, actor_id, held, written, where in reversed(holders):
        # A generic post is also a fuller one's: "the minister" of "Interior Minister Jane Roe" and of
        # "The Minister of Health, Dr. Jane Roe".
        exact = held == title
        if exact or (loose and _fuller_post(held, title)):
            if (generic or not exact) and not (sentence - 1 <= where <= sentence and (written or described)):
                if written:
                    far.add(actor_id)
                continue
            return actor_id
    if not generic and len(far) == 1:
        # Capitalised, "The Minister also received ..." further down a ministry's page: the one holder
        # of a fuller post the text has named ("The Minister of Interior, Major General Jane Roe").
        return next(iter(far))
    return None if generic else _sole_holder(registry, title, text, toks[i].start)


def _state_of_demonym(words: str, registry: Registry) -> str | None:
    """The state whose demonym the words are, alone ("Egyptian" -> "egypt"), else None."""
    return registry.demonym_pattern()[1].get(words.strip())


def _holder_of_state(text: str, holders: list[tuple[int, str, str, bool, int]], state: str, registry: Registry,
                     post_ok: Callable[[str], bool], memo: dict[int, str | None]) -> str | None:
    """The one person whose post, written with the name, the text set beside a state's name ("the Minister
    of Defence of the Arab Republic of Egypt, General Jane Roe", "Egyptian Foreign Minister Jane Roe"):
    of the words between the person named with a post before and this name, in its sentence, after a
    wire's dateline, the last state's name or demonym is this state's ("Egyptian Foreign Minister Jane
    Roe met Libyan Foreign Minister John Doe": Doe's post is Libya's).  None when two people hold such
    posts (which of them is meant is not told).  `memo`: each name's state, worked out once a document."""
    found = {actor_id for at, actor_id, held, written, _ in holders
             if written and post_ok(held) and _post_state(text, holders, at, registry, memo) == state}
    return next(iter(found)) if len(found) == 1 else None


def _post_state(text: str, holders: list[tuple[int, str, str, bool, int]], at: int, registry: Registry,
                memo: dict[int, str | None]) -> str | None:
    """The state of the post written before the name at `at` (see _holder_of_state), None for none or a
    post held before ("Former Egyptian Foreign Minister Jane Roe")."""
    if at in memo:
        return memo[at]
    previous = max((h[0] for h in holders if h[3] and h[0] < at), default=0)
    lo = max(previous, at - _POST_STATE_REACH - 120, text.rfind("\n", 0, at) + 1)
    lo = max([lo, *(m.end() for m in _SENTENCE_END.finditer(text, lo, at)),
              *(m.end() for m in _DATELINE_DASH.finditer(text, lo, at))])
    state = None
    if not _NO_LONGER.search(text, lo, at):
        pattern, words = registry.state_words()
        last = None
        for m in pattern.finditer(text, lo, at):
            last = m.group()  # the state written last before the name is the post's
        state = words.get(last) if last is not None else None
    memo[at] = state
    return state


# A sentence's end: a stop after a word of two lower-case letters or of four letters ("... last month. Oil
# Minister", "... to Egypt. Oil Minister"; not "Maj. Gen."); a wire's dateline dash ("CAIRO, Egypt, Jan 10 -
# Libyan Foreign Minister ..."); a post held before ("Former", "then-").
_SENTENCE_END = lazy_compile(r"\b(?:[a-z]{2,}|[A-Za-z]{4,})[.!?][\"”’)]*\s+")
_DATELINE_DASH = lazy_compile(r"\s[-–—]\s")
_NO_LONGER = lazy_compile(r"\b(?:" + _words_alt(vocab.words("modifiers", "no_longer_words")) + r")\b", re.IGNORECASE)


_GENERIC_TITLES = frozenset(" ".join(key) for key in _TITLE_ALONE_GENERIC)


def _fuller_post(held: str, title: str) -> bool:
    """Whether a post held is a fuller form of a title: ending in it ("Interior Minister") or naming it
    before its portfolio ("Minister of Health").

    >>> _fuller_post("Interior Minister", "Minister"), _fuller_post("Minister of Health", "Minister")
    (True, True)
    >>> _fuller_post("Prime Minister", "Minister"), _fuller_post("Ministry", "Minister")
    (True, False)
    """
    held, title = held.casefold(), title.casefold()
    return held.endswith(" " + title) or held.startswith(title + " of ")


def _sole_holder(registry: Registry, title: str, text: str, before: int) -> str | None:
    """The one person of the registry holding a title that stands for its holder ("the field marshal"),
    when nobody named in the text before `before` holds it and that person's surname is written there
    ("Khaled Haftar flew to Ankara ... The field marshal himself has not appeared": his father)."""
    held = registry.title_holders(title)
    if len(held) != 1:
        return None
    surname = registry.actors[held[0]].name.split()[-1]
    return held[0] if re.search(r"\b" + re.escape(surname) + r"\b", text[:before]) else None


# --- the whole corpus ---------------------------------------------------------------------


def extract_all(documents: Sequence[Document], sentences_by_doc: dict[str, Sequence[Sentence]],
                registry: Registry | None = None) -> tuple[dict[str, Actor], list[Mention]]:
    """Discover actors over all documents, then find every mention; returns (actors by id, mentions).

    What an index's actor layer holds, for documents outside an index (the gold evaluation).
    """
    registry = registry or load_registry()
    per_document = (_discover(d, sentences_by_doc.get(d.id, ()), registry, _doc_tokens(d.text)) for d in documents)
    full = _merge_discovered(per_document, with_outlets(registry, (d.source for d in documents)))
    mentions: list[Mention] = []
    for doc in documents:
        sentences = sentences_by_doc.get(doc.id, ())
        mentions += _in_prose(doc, sentences, _match(doc, sentences, full, _doc_tokens(doc.text)))
    return dict(full.actors), mentions


def discover_corpus(documents: Iterable[tuple[Document, Sequence[Sentence], list[_Tok]]],
                    registry: Registry) -> Registry:
    """The registry with every actor discovered in the documents ((document, sentences, tokens), one pass)."""
    return _merge_discovered((_discover(doc, sentences, registry, toks) for doc, sentences, toks in documents), registry)


def _discover_in(index: CorpusIndex, doc: Document, registry: Registry) -> list[Discovered]:
    return _discover(doc, index.doc_sentences(doc.id), registry, _doc_tokens(doc.text))


def _mentions_in(index: CorpusIndex, doc: Document, registry: Registry) -> tuple[list[Mention], dict[int, str]]:
    """A document's mentions, and who speaks in its quoted sentences (sentence number -> actor id)."""
    sentences = index.doc_sentences(doc.id)
    toks = _doc_tokens(doc.text)
    rows = index.memo.get(_MATCHER)
    matcher = rows.matcher(toks) if rows is not None and rows.registry is registry else None
    mentions = _in_prose(doc, sentences, _match(doc, sentences, registry, toks, matcher))
    return mentions, attribute_quotes(index, doc.id, mentions, registry.actors)


def _in_prose(doc: Document, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions outside page chrome and photo credits ("Photo: Sea-Watch" names no actor)."""
    from .prose import not_prose

    chrome = {i for i, why in not_prose(doc.text, sentences, doc.title).items() if why in ("chrome", "caption")}
    return [m for m in mentions if m.sentence not in chrome] if chrome else mentions


def _merge_discovered(per_document: Iterable[list[Discovered]], registry: Registry) -> Registry:
    """One actor per discovered id over all documents (in corpus order), added to the registry."""
    return _with_merged(_merged_rows(per_document), registry)


def _merged_rows(per_document: Iterable[list[Discovered]]) -> dict[str, Discovered]:
    """The documents' discoveries (in corpus order) merged by id, in the order each id was first met."""
    found: dict[str, Discovered] = {}
    # The documents of each actor so far, as a set: a test on the list was quadratic in the
    # documents of one actor (a person named in 20,000 of 100,000 articles).
    docs_of: dict[str, set[str]] = {}
    for discovered in per_document:
        for d in discovered:
            if d.id in found:
                merged = found[d.id]
                merged.titles += [t for t in d.titles if t not in merged.titles]
                merged.aliases += [a for a in d.aliases if a not in merged.aliases]
                _add_new(merged.docs, d.docs, docs_of[d.id])
                if d.kind == "outlet":
                    merged.kind = "outlet"  # one text calling it a news agency is enough
            else:
                found[d.id] = d
                docs_of[d.id] = set(d.docs)
    return found


def _with_merged(found: dict[str, Discovered], registry: Registry, letter_keys: dict[str, str] | None = None) -> Registry:
    """The registry with the merged discoveries added, partial names and fragments folded (changes `found`;
    `letter_keys`: see _merge_surname_only)."""
    # A name the registry knows as an outlet (the corpus's own sources among them) is none.
    outlets = {" ".join(_name_terms(n)) for a in registry.actors.values() if a.kind == "outlet"
               for n in registry.names_of(a.id)}
    for d in [d for d in found.values() if " ".join(_name_terms(d.name)) in outlets]:
        del found[d.id]
    extra = _merge_surname_only(found, registry, letter_keys)
    full = with_discovered(registry, found.values())
    for actor_id, names in extra.items():  # "Libyan Army" written for the Libyan National Army
        actor = full.actors[actor_id]
        full.actors[actor_id] = replace(actor, aliases=actor.aliases + tuple(n for n in names if n not in actor.aliases))
    full._trie = full._variants = full._members = full._vocabulary = full._surfaces = full._title_holders = None
    return full


def _add_new(target: list[str], items: Iterable[str], seen: set[str] | None = None) -> None:
    """Append to `target` the items it does not hold yet, in order (`seen`: the set of target, kept up to date)."""
    seen = set(target) if seen is None else seen
    for x in items:
        if x not in seen:
            seen.add(x)
            target.append(x)


def _merge_surname_only(found: dict[str, Discovered], registry: Registry | None = None,
                        letter_keys: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Fold partial names into the full name they are part of; drop organisation fragments.

    "Dr Roe" and "Jane Roe" discovered apart are one person (the full name is kept); "Jane
    Roe" becomes an alias of "Jane Mary Roe" when that is the one fuller name with her first
    and last words; an organisation whose words are a run inside a longer known name ("Oil
    Corporation" in "National Oil Corporation") is a fragment of it.  Indexed by key, so the
    cost grows with the number of names, not with its square.  `letter_keys` (a person's name with its
    words joined, or one of its words -> its consonant-skeleton key, names.name_key) is read for the keys
    worked out before, and left holding the keys of this call's names: an update works out only its new
    names' (layers.LETTER_KEYS).
    """
    people = [d for d in found.values() if d.kind == "person"]
    by_surname: dict[str, list[Discovered]] = defaultdict(list)
    by_ends: dict[tuple[str, str], list[Discovered]] = defaultdict(list)
    by_tail: dict[tuple[str, str], list[Discovered]] = defaultdict(list)
    by_last_two: dict[tuple[str, str], list[Discovered]] = defaultdict(list)
    for p in people:
        words = [fold(w) for w in p.name.split()]
        if len(words) >= 2:
            by_surname[words[-1]].append(p)
        if len(words) >= 3:
            by_ends[(words[0], words[-1])].append(p)
            by_last_two[(words[-2], words[-1])].append(p)
            if words[-2] in _NAME_PARTICLES:
                by_tail[(words[-2], words[-1])].append(p)
    for d in people:
        words = [fold(w) for w in d.name.split()]
        if len(words) == 1:
            fuller = by_surname.get(words[0], [])
        elif len(words) == 2:
            # "Ben Issa" after "Omar Ben Issa": a surname with its particle; "Ms. Ferrandis Ortega"
            # after "Lucia Ferrandis Ortega": a double surname.
            fuller = by_ends.get((words[0], words[1]), []) or by_tail.get((words[0], words[1]), []) or [
                p for p in by_last_two.get((words[0], words[1]), []) if p is not d]
        else:
            continue
        fuller = _one_person(fuller)
        if len(fuller) == 1:
            kept = fuller[0]
            _fold_into(kept, d, found, alias=len(words) >= 2)
    # "Abu Srir" discovered where a page names him so, after a page gave it as the nickname of
    # "Abdelmuttalib Elshibani": one person, the one whose nickname it is (when only one has it).
    def folded(name: str) -> str:
        return " ".join(fold(w) for w in name.split())

    by_alias: dict[str, list[Discovered]] = defaultdict(list)
    for p in people:
        for a in p.aliases:
            by_alias[folded(a)].append(p)
    if by_alias:
        for d in people:
            owners = [p for p in by_alias.get(folded(d.name), ()) if p is not d]
            if len(owners) == 1 and d.id in found and owners[0].id in found:
                _fold_into(owners[0], d, found)
    # "Al-Firjani" or "El Firjani" after "Othman Elfirjani": the surname with the Arabic article written
    # apart, where the full name glues it on or leaves it out (or the other way round), or in another
    # spelling ("Al-Farjani" after "Younes Elferjani": names.are_variants, looked up by the consonant
    # skeleton); "Ben Salem" and "Bu Khraiss" after "Idris Bensalem" and "Faraj Bukhraiss": the particle
    # written apart where the full name glues it on.
    from .names import are_variants, name_key

    known, used = letter_keys or {}, {}

    def key_of(word: str) -> str:
        """name_key(word), read from the keys worked out before where it is there."""
        key = used.get(word)
        if key is None:
            key = used[word] = known[word] if word in known else name_key(word)
        return key

    articles = _NAME_ARTICLES
    by_bare: dict[str, list[Discovered]] = defaultdict(list)
    by_skeleton: dict[str, list[tuple[Discovered, str]]] = defaultdict(list)
    by_glued: dict[str, list[Discovered]] = defaultdict(list)
    people = [d for d in found.values() if d.kind == "person"]
    for p in people:
        terms = [t for t in _name_terms(p.name) if t not in articles]
        if len(terms) >= 2 and terms[-1] not in _NAME_PARTICLES:
            bare = _unglued(terms[-1])
            by_bare[bare].append(p)
            by_skeleton[key_of(bare) or bare].append((p, bare))
            by_glued[terms[-1]].append(p)
    for d in people:
        bare = [t for t in _name_terms(d.name) if t not in articles]
        if d.id not in found or len(bare) not in (1, 2) or (bare[0] in _GLUED_PARTICLES) != (len(bare) == 2):
            continue  # a surname alone, or with the particle written apart
        if len(bare) == 2:
            fuller = by_glued.get(bare[0] + bare[1], [])
        else:
            own = _unglued(bare[0])
            fuller = by_bare.get(own, []) or [p for p, b in by_skeleton.get(key_of(own) or own, []) if are_variants(b, own)]
        fuller = _one_person([p for p in fuller if p.id in found and p is not d])
        if len(fuller) == 1:
            _fold_into(fuller[0], d, found)
    # "Wanis Bu Khamada" and "Wanis Bukhamada": the same letters, spaced apart or not; "Nouri Abou Chaala"
    # and "Nouri Abushaala": one name's spellings (names.are_variants) spaced apart in one only.  Keyed by
    # the letters' consonant skeleton, so only names of one key are compared; names spaced alike are
    # left to the comparison term by term below, which keeps every spelling a person was given.

    by_letters: dict[str, list[tuple[Discovered, str, int]]] = defaultdict(list)  # the letters, how many terms
    for d in [d for d in found.values() if d.kind == "person"]:
        terms = _name_terms(d.name)
        letters = "".join(terms)
        same = by_letters[key_of(letters) or letters]
        kept = next((k for k, seen, count in same if seen == letters
                     or (count != len(terms) and are_variants(seen, letters))), None)
        if kept is None:
            same.append((d, letters, len(terms)))
        else:
            _fold_into(kept, d, found)
    # "Fathi Gritli" and "Fathi al-Qritli", "Hisham Ben Khayal" and "Hisham Abdelsalam Ben Khayyal":
    # one name transliterated two ways by two outlets, one with the father's name (see _one_name).
    # Keyed by the surname's consonant skeleton and the given name's first letter, so only names of
    # one key are compared; a name is folded into a person only when every spelling that person
    # has been given is one name with it, and only one person of the key takes it.

    by_skeleton: dict[tuple[str, str], list[tuple[Discovered, list[tuple[str, ...]]]]] = defaultdict(list)
    for d in [d for d in found.values() if d.kind == "person"]:
        terms = tuple(t for t in _name_terms(d.name) if t not in _NAME_PARTICLES)
        terms = terms[:1] + tuple(_unglued(t) for t in terms[1:])
        if len(terms) < 2:
            continue
        # The given name's first consonant, not a vowel before it ("Ibrahim" / "Brahim": data/variants.toml).
        given = key_of(terms[0]) or terms[0]
        alike = by_skeleton[(key_of(terms[-1]) or terms[-1], (given.lstrip("a") or given)[:1])]
        takers = [(k, spelt) for k, spelt in alike if all(_one_name(x, terms) for x in spelt)]
        if len(takers) != 1:
            alike.append((d, [terms]))
            continue
        kept, spelt = takers[0]
        spelt.append(terms)
        _fold_into(kept, d, found)
    # Runs of two or more words inside longer names, registry and discovered.
    inner: set[tuple[str, ...]] = set()
    longer = [n for a in (registry.actors if registry else {}) for n in registry.names_of(a)]
    registered = len(longer)
    longer += [d.name for d in found.values() if d.kind != "person"]
    home = _home_words(registry)
    for number, name in enumerate(longer):
        terms = _name_terms(name)
        for size in range(2, len(terms)):
            for start in range(len(terms) - size + 1):
                # "Rapid Support Forces" in "Sudanese Rapid Support Forces" is the name itself,
                # with a qualifier before it; "Oil Corporation" in "National Oil Corporation" is not;
                # nor is a discovered body's name before "of Libya" (_merge_organisations folds the
                # longer into it; a registry name keeps its whole: "Central Bank" is its fragment).
                if (start + size < len(terms) or all(w in _ORG_GENERIC for w in terms[:start])) and not (
                        number >= registered and start == 0 and size == len(terms) - 2 and _of_home(terms, home)):
                    inner.add(terms[start:start + size])
    for d in [d for d in found.values() if d.kind != "person"]:
        if _name_terms(d.name) in inner:
            del found[d.id]
    extra = _merge_organisations(found, registry, key_of)
    if letter_keys is not None:
        letter_keys.clear()
        letter_keys.update(used)
    return extra


# The Arabic article written into the word after it ("Elmabrouk", "Alhouni"; before a sun letter
# the article takes its sound: "Ezzawi", "Essebsi"), with enough of the name left to be one; and
# "son of" written into the surname ("Bennour" for "Ben Nour", "Binomran" for "Bin Omran").
_GLUED_ARTICLE = lazy_compile(r"^(?:[ae]l(?=[a-z]{4})|[ae]([tdrzsnl])(?=\1[a-z]{2})|b[ei]n(?=[a-z]{3}))")


_NAME_ARTICLES = frozenset(vocab.words("event_words", "name_articles"))  # the Arabic article before a name
_GLUED_ARTICLES = tuple(sorted(_NAME_ARTICLES))  # ... and written into a surname ("Elhammali": _unglued)


@lru_cache(maxsize=1 << 16)
def _unglued(term: str) -> str:
    """A name term without an article or a "son of" written into it, for comparing spellings
    ("elmabrouk" -> "mabrouk", "ezzawi" -> "zawi", "eddin" -> "din" of "Salah Eddin", "bennour" ->
    "nour"; not "elias", "alwan", "benz").

    >>> _unglued("elmabrouk"), _unglued("ezzawi"), _unglued("eddin"), _unglued("elias"), _unglued("alwan")
    ('mabrouk', 'zawi', 'din', 'elias', 'alwan')
    >>> _unglued("bennour"), _unglued("binomran"), _unglued("benz")
    ('nour', 'omran', 'benz')
    """
    return _GLUED_ARTICLE.sub("", term, count=1)


def _one_person(fuller: list[Discovered]) -> list[Discovered]:
    """The full names a partial name may be folded into, the first alone when all are one person's spellings
    ("Ben Gharsa" after "Mustafa Ben Gharsa" and "Mustapha Ben Gharsa", which _merge_surname_only's
    comparison of spellings folds into one)."""
    if len(fuller) > 1 and all(_spelt_alike(_name_terms(f.name), _name_terms(fuller[0].name)) for f in fuller[1:]):
        return fuller[:1]
    return fuller


def _fold_into(kept: Discovered, d: Discovered, found: dict[str, Discovered], alias: bool = True) -> None:
    """Fold discovery `d` into `kept` (its titles and documents; its name as an alias unless `alias` is
    false) and drop it from `found`."""
    kept.titles += [t for t in d.titles if t not in kept.titles]
    _add_new(kept.docs, d.docs)
    if alias and d.name not in kept.aliases:
        kept.aliases.append(d.name)
    del found[d.id]


def _spelt_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names' terms (particles aside) are one name's spellings, term by term: spelling
    variants (names.are_variants), or, beside a term written alike, one consonant skeleton spelt
    nearly alike (Jaro-Winkler 0.9 or more: "Omar Zubi" / "Omar Zoubi", too short a skeleton for
    are_variants alone) or with one consonant swapped for its class's other spelling ("Tawfiq Garrai" /
    "Tawfiq Qarrai", names.same_sounds).

    >>> _spelt_alike(("fathi", "gritli"), ("fathi", "qritli")), _spelt_alike(("omar", "zubi"), ("omar", "zoubi"))
    (True, True)
    >>> _spelt_alike(("fathi", "gritli"), ("fadi", "gritli")), _spelt_alike(("omar", "zubi"), ("omar", "zaba"))
    (False, False)
    """
    if len(a) != len(b):
        return False
    same = any(x == y for x, y in zip(a, b))
    return all(x == y or _terms_alike(x, y, same) for x, y in zip(a, b))


@lru_cache(maxsize=1 << 18)
def _terms_alike(x: str, y: str, beside_same: bool) -> bool:
    """_spelt_alike of two different terms, `beside_same`: whether the names hold a term written alike.
    Once per pair: merging 100,000 articles' names compares the same given names in every surname's group."""
    from .names import are_variants, jaro_winkler, name_key, same_sounds

    return are_variants(x, y) or (beside_same and name_key(x) == name_key(y) != ""
                                  and (jaro_winkler(x, y) >= SPELT_ALIKE or same_sounds(x, y)))


def _one_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two people's names (terms, particles aside) are one name: spelt alike term by term
    (_spelt_alike); or the surnames spelt alike and the given names one written apart ("Abdel Basset"
    / "Abdelbaset", _given_names_alike) or one with the father's name after the given name and the
    other without ("Ramadan Ashour Mlegta" / "Ramadan Mleqta").

    >>> _one_name(("ramadan", "ashour", "mlegta"), ("ramadan", "mleqta"))
    True
    >>> _one_name(("abdel", "basset", "kridan"), ("abdelbaset", "kreidan"))
    True
    >>> _one_name(("ramadan", "ashour", "mlegta"), ("ramadan", "omar", "mlegta"))
    False
    """
    if _spelt_alike(a, b):
        return True
    if len(a) == len(b) or not (_spelt_alike(a[-1:], b[-1:]) or _spelt_alike((a[0], a[-1]), (b[0], b[-1]))):
        return False
    ga, gb = a[:-1], b[:-1]
    short, long_ = (ga, gb) if len(ga) < len(gb) else (gb, ga)
    return _given_names_alike(ga, gb) or (len(short) == 1 and _spelt_alike(short, long_[:1]))


SPELT_ALIKE = 0.9  # see _spelt_alike


def _given_names_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two given names (name terms before one surname) are spellings of one name: the
    same letters' run at rapidfuzz ratio 85 or more ("Abdel Raouf" / "Abdul Raouf"), or the same
    first letter and the same last name word of four letters or more at the end of the other's
    letters ("Abdel Raouf" / "Aburraouf": "raouf").  Not "Ali" and "Omar", nor "Abdul Hamid" and
    "Abdul Ghani".

    >>> _given_names_alike(("abdel", "raouf"), ("aburraouf",)), _given_names_alike(("abdul", "hamid"), ("abdul", "ghani"))
    (True, False)
    """
    if not a or not b or a == b:
        return False
    x, y = "".join(a), "".join(b)
    if x[0] != y[0]:
        return False
    if (len(a[-1]) >= 4 and y.endswith(a[-1])) or (len(b[-1]) >= 4 and x.endswith(b[-1])):
        return True
    from rapidfuzz.fuzz import ratio

    return min(len(x), len(y)) >= 6 and ratio(x, y) >= 85


def _home_words(registry: Registry | None) -> frozenset[str]:
    """The desk's state by its one-word names ("Libya"; data/event_words.toml home_state)."""
    if registry is None or _HOME_STATE not in registry.actors:
        return frozenset()
    return frozenset(terms[0] for n in registry.names_of(_HOME_STATE) if len(terms := _name_terms(n)) == 1)


def _of_home(terms: tuple[str, ...], home: frozenset[str]) -> bool:
    """Whether a body's name of two words or more ends with "of" and the desk's state: "the General
    Desalination Company of Libya", as a foreign firm's release names "the General Desalination Company"."""
    return len(terms) >= 4 and terms[-2] == "of" and terms[-1] in home


def _merge_organisations(found: dict[str, Discovered], registry: Registry | None,
                         key_of: Callable[[str], str] | None = None) -> dict[str, list[str]]:
    """Fold an organisation written two ways into one; returns {registry actor id: names to add as aliases}.
    `key_of`: a word's consonant-skeleton key (names.name_key), read from the keys kept by an update
    (see _merge_surname_only).

    "ICC Assembly of States Parties" is "Assembly of States Parties" with a qualifier before
    it; "Libyan Army" is "Libyan National Army" without its middle word.  Keys only, linear.
    """
    owners: dict[tuple[str, ...], str | Discovered] = {}  # a name's terms -> registry id or discovery
    by_ends: dict[tuple[str, str], set[str | int]] = defaultdict(set)
    names_of_owner: dict[str | int, list[tuple[str, ...]]] = defaultdict(list)
    for actor in (registry.actors.values() if registry else ()):
        if actor.kind in ("person", "state", "place", "family", "outlet"):
            continue
        for name in registry.names_of(actor.id):
            terms = tuple(t.term for t in tokenize(name))
            owners.setdefault(terms, actor.id)
            if len(terms) >= 3:
                by_ends[(terms[0], terms[-1])].add(actor.id)
                names_of_owner[actor.id].append(terms)
    orgs = [d for d in found.values() if d.kind != "person"]
    for d in orgs:
        terms = tuple(t.term for t in tokenize(d.name))
        owners.setdefault(terms, d)
        if len(terms) >= 3:
            by_ends[(terms[0], terms[-1])].add(id(d))
            names_of_owner[id(d)].append(terms)
    extra: dict[str, list[str]] = defaultdict(list)
    demonyms = registry.demonym_terms() if registry else frozenset()
    # A discovered name that a people's adjective opens ("the Egyptian Red Crescent") is the
    # whole name, the adjective a part of it: the shorter discovered name it holds ("the Red
    # Crescent") is its short form when it is the only such name, not the other way round.
    # A first pass finds those whole names, so that no other qualified name ("the Qatar Red
    # Crescent") is folded into a short name that one of them will take in.
    whole: dict[str, list[Discovered]] = defaultdict(list)
    qualified: list[tuple[Discovered, tuple[str, ...], str | Discovered | None]] = []
    home = _home_words(registry)
    for d in orgs:
        terms = tuple(t.term for t in tokenize(d.name))
        target: str | Discovered | None = None
        for cut in (1, 2):  # a qualifier of one or two words before a known name
            rest = terms[cut:]
            if len(rest) >= 2 and rest[0] not in _CONNECTORS and owners.get(rest) not in (None, d):
                target = owners[rest]
                break
        if cut == 1 and terms[0] in demonyms and " ".join(terms[1:]) in _NATIONAL_FORMS:
            continue  # "the Italian Red Cross": a national society, no form of the ICRC's name
        if cut == 1 and isinstance(target, Discovered) and terms[0] in demonyms:
            whole[target.id].append(d)
            continue
        qualified.append((d, terms, target))
    shared: set[str] = set()  # short names that some other qualified name holds too
    for d, terms, target in qualified:
        if isinstance(target, Discovered) and target.id in whole:
            shared.add(target.id)
            continue  # "the Qatar Red Crescent" beside "the Turkish Red Crescent": a name of its own
        if target is None and _of_home(terms, home) and owners.get(terms[:-2]) not in (None, d):
            # "the General Desalination Company of Libya" is "the General Desalination Company" with
            # the desk's state after it, as a foreign firm's release names it.
            target = owners[terms[:-2]]
        if target is None and len(terms) >= 2:
            # Same first and last words, the rest a part of the longer name's middle.
            longer = [o for o in by_ends.get((terms[0], terms[-1]), set())
                      if _subsequence(terms, names_of_owner[o])]
            if len(longer) == 1:
                (only,) = longer
                target = only if isinstance(only, str) else next(o for o in orgs if id(o) == only)
        if target is None or target is d:
            continue
        if isinstance(target, str):
            extra[target].append(d.name)
        else:
            _add_new(target.docs, d.docs)
            if d.name not in target.aliases:
                target.aliases.append(d.name)
        del found[d.id]
    for short_id, longer in whole.items():
        fuller = [d for d in longer if d.id in found]
        if not fuller or short_id not in found or len(fuller) > 1 or short_id in shared:
            # "the Egyptian Red Crescent" and "the Libyan Red Crescent" (or "the Qatar Red
            # Crescent"): "the Red Crescent" is the short form of neither, an actor of its own.
            continue
        _absorb_body(fuller[0], found[short_id], found)
    _fold_spellings(found, key_of)
    return extra


def _fold_spellings(found: dict[str, Discovered], key_of: Callable[[str], str] | None = None) -> None:
    """Fold a discovered organisation into another of as many words, each the same or a spelling of it
    (names.are_variants: "Sebha Protection Battalion" / "Sabha Protection Battalion"), the one found in
    more documents kept.  Keyed by the words' consonant skeletons, so only names of one key are compared."""
    from .names import are_variants, name_key

    key_of = key_of or name_key
    by_key: dict[tuple[str, ...], list[tuple[Discovered, tuple[str, ...]]]] = defaultdict(list)
    for d in sorted((d for d in found.values() if d.kind != "person"), key=lambda d: -len(d.docs)):
        terms = _name_terms(d.name)
        same = by_key[tuple(key_of(t) or t for t in terms)]
        kept = next((k for k, seen in same if all(x == y or are_variants(x, y) for x, y in zip(seen, terms))), None)
        if kept is None:
            same.append((d, terms))
            continue
        _absorb_body(kept, d, found)


def _absorb_body(kept: Discovered, d: Discovered, found: dict[str, Discovered]) -> None:
    """Fold discovered body `d` into `kept` (its documents, its name and aliases as aliases) and drop it from `found`."""
    _add_new(kept.docs, d.docs)
    _add_new(kept.aliases, [d.name, *d.aliases])
    del found[d.id]


def _subsequence(short: tuple[str, ...], longs: list[tuple[str, ...]]) -> bool:
    """Whether `short` is a proper subsequence of one of the names `longs` (same words, in order, some left out).

    >>> _subsequence(("libyan", "army"), [("libyan", "national", "army")])
    True
    """
    for long in longs:
        if len(long) > len(short):
            it = iter(long)
            if all(w in it for w in short):
                return True
    return False


def registry_of(index: CorpusIndex) -> Registry:
    """The registry of an index: the one attached (see `attach`), else the shipped one."""
    return index.layer(L.REGISTRY, lambda ix: load_registry())


def attach(index: CorpusIndex, registry: Registry) -> None:
    """Make `registry` the one the index's actor layer is built from (call before any actor query)."""
    index.set_layer(L.REGISTRY, registry)


# --- the actors of an event ------------------------------------------------------------------

# The prepositions of place (data/places.toml `prepositions`) as an alternation, for _PLACE_BEFORE and
# _LISTED_PLACE_BEFORE.
_PLACE_PREPOSITIONS = vocab.alternation(vocab.words("places", "prepositions"))
# A state's style before its name ("the Arab Republic of", "the brotherly Republic of": data/places.toml
# `state_styles`, `state_courtesies`).
_STYLE_OF_BEFORE = lazy_compile(r"(?:\bthe\s+)?(?:(?i:" + vocab.alternation(vocab.words("places", "state_courtesies"))
                                + r")\s+)?\b(?:" + vocab.alternation(vocab.words("places", "state_styles"))
                                + r")\s+of\s+(?:the\s+)?$")
_OF_BEFORE = lazy_compile(r"\bof\s+$")
# Capitalised words (and "the") right before a style: "in the Islamic Republic of Iran", "from the People's Republic".
_CAPITALS_BEFORE = lazy_compile(r"(?:(?:the\s+)?(?:(?:" + vocab.alternation(vocab.words("places", "state_style_adjectives"))
                                + r")\s+){0,3})$")
_PLACE_BEFORE = lazy_compile(
    r"\b(?:" + _PLACE_PREPOSITIONS
    + r")\s+(?:the\s+)?(?:(?:" + "|".join(re.escape(w) for w in vocab.words("places", "directions")) + r")\s+)?"
    # "to war-torn Libya", "in oil-rich Libya": a compound adjective may stand between.
    + r"(?:[a-z]+-[a-z]+\s+)?$"
    # "the country's southern borders with Chad": a direction inside a country's own borders.
    + r"|(?:" + "|".join(("(?<=\\w)" if w[:1] in "'’" else r"\b") + re.escape(w) for w in vocab.words("places", "owned_borders"))
    + r")\s+(?:"
    + "|".join(re.escape(w) for w in vocab.words("places", "directions")) + r")\s+borders\s+with\s+$",
    re.IGNORECASE,
)
_PLACE_KINDS = frozenset({"state", "place"})
# A state further along a list of names a preposition of place opens ("most of them from Bangladesh,
# Eritrea and Sudan"): a place as the first is, though the first is no actor the registry knows.
# A list of three names at least (a comma in it).
_NAME_IN_LIST = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
_LISTED_PLACE_BEFORE = lazy_compile(
    r"\b(?:" + _PLACE_PREPOSITIONS
    + r")\s+(?:the\s+)?" + _NAME_IN_LIST + r"(?:,\s+" + _NAME_IN_LIST + r"){0,5}(?:,\s+|,?\s+(?:and|or)\s+)$")
_LIST_GOES_ON = lazy_compile(r"(?:,\s+|\s+(?:and|or)\s+)[A-Z]")
# "which controls eastern Libya", "fighting rocked southern Libya": a compass word makes a
# region of the country, with or without a preposition (lower case: "South Sudan" is a name).
_REGION_BEFORE = lazy_compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w) for w in vocab.words("places", "directions") if w not in vocab.words("places", "not_regions"))
    + r")\s+$")
# "TRIPOLI, Libya (AP) -", "in Benghazi, Libya, on Tuesday": a town and its country.
_ADDRESS_BEFORE = lazy_compile(r"(?:(?m:^)|\b(?:in|at|from|near|to|of|outside)\s+)((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*),\s+$")
# After the country: a bracket, a dash, a lower-case word, or a dateline's date ("BENGHAZI,
# Libya, Oct 7 (Wire) -", "TRIPOLI, Libya, 7 October -").
_ADDRESS_AFTER = lazy_compile(r"\s*(?:\(|[—–]|-\s|:|\)|,\s+(?!and\b|or\b)(?:[a-z]|on\b|in\b|at\b)|\.|$"
                            r"|,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b(?:,?\s+\d{4})?\s*(?:\(|[—–]|-\s|:))")
# "Libya expert Jane Roe", "the US Libya envoy": the country is the field of a post.
# "Libya – The Presidential Council announced", "Libya: clashes ...": a country opening a
# line or a sentence before a dash or a colon is a dateline.
_LINE_START = lazy_compile(r"(?:(?m:^)|[.!?]\s+)\s*$")
_DATELINE_AFTER = lazy_compile(r"\s*(?:[—–:]|-\s)")
_ROLE_AFTER = lazy_compile(r"\s+(?:" + "|".join(map(re.escape, sorted(_ROLE_NOUNS, key=len, reverse=True))) + r")\b")
# "ministers from Italy", "a delegation from Egypt": people from a country act for it.
_AGENT_FROM = lazy_compile(
    r"\b(?:" + "|".join(re.escape(w) for w in vocab.words("places", "agents_from")) + r")\s+from\s+", re.IGNORECASE)


def _in_range(date: str, alias: DatedAlias) -> bool:
    """Whether an ISO (partial) date lies in a dated alias's range, compared at the coarser precision.

    >>> gna = DatedAlias("GNA", None, "2021-03")
    >>> _in_range("2019-04-04", gna), _in_range("2021-03-15", gna), _in_range("2022", gna)
    (True, False, False)
    """
    if alias.start:
        n = min(len(date), len(alias.start))
        if date[:n] < alias.start[:n]:
            return False
    if alias.end:
        n = min(len(date), len(alias.end))
        if date[:n] >= alias.end[:n]:
            return False
    return True


def name_at(registry: Registry, actor: Actor, date: str | None) -> str:
    """The name an actor went by at a date: its first dated alias valid then, else its name.

    >>> reg = load_registry()
    >>> gnu = reg.actors["gnu"]
    >>> name_at(reg, gnu, "2019-04"), name_at(reg, gnu, "2023-08-12"), name_at(reg, gnu, None)
    ('Government of National Accord', 'Government of National Unity', 'Government of National Unity')
    """
    if date and date[:4].isdigit():
        for alias in registry.dated.get(actor.id, ()):
            if _in_range(date, alias):
                return alias.name
    return actor.name


# "Libya's capital", "Egypt's President ...": a possessive country qualifies what follows,
# unless what follows is the state's own acting organ ("Turkey's parliament approved").
_POSSESSIVE_AFTER = lazy_compile(r"['’]s\b")
_POSSESSIVE_AGENT = lazy_compile(r"['’]s\s+(?:(?:" + _phrases("places", "possessive_agent_describing") + r")\s+)?(?P<noun>"
                                 + _phrases("places", "possessive_agents") + r")\b(?!['’-])", re.IGNORECASE)
# "Libya has had two governments", "Libya lost half its output": a state, not an act.
_STATIVE_AFTER = lazy_compile(r"\s+(?:\w+ly\s+|still\s+|also\s+|now\s+)?(" + _phrases("places", "stative_after")
                            + r")\b(?:\s+(\w+))?", re.IGNORECASE)
_BE_FORMS = frozenset(("is", "was", "are", "were", "been"))
# "a boat that left Libya", "visited Egypt": the object of a verb of going is a place.
_VERB_BEFORE = lazy_compile(r"\b(?:" + _phrases("places", "verbs_before") + r")\s+(?:the\s+)?$", re.IGNORECASE)
# "the deal between Turkey and Libya", "the 2017 memorandum of understanding (MoU) between Italy and":
# the second of two sides a shared thing is between (places.toml party_nouns).
_PARTY_BETWEEN = lazy_compile(r"\b(?:" + _phrases("places", "party_nouns") + r")\b(?:\s*\([^()]{1,12}\))?\s+between\s+(?:the\s+)?"
                            r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+and\s+(?:the\s+)?$", re.IGNORECASE)
# "the presidency of Libya", "the transformation of eastern Libya": a country after "of"
# qualifies the noun before it; "the junction between Sudan and Libya" is a place.
_NOUN_OF = lazy_compile(r"\b([a-z][\w-]*)\s+of\s+(?:(?:" + "|".join(re.escape(w) for w in vocab.words("places", "directions"))
                      + r")\s+)?$")
_MEETING_BEFORE = lazy_compile(r"\b(?:" + _phrases("places", "meeting_nouns") + r")\s+(?:between|of)\s+$", re.IGNORECASE)
_AGENT_NOUNS = frozenset(w.casefold() for w in vocab.words("places", "agents_from"))
# "the UN special representative for Libya", "the EU envoy to Libya": the country names the post.
_LIST_BETWEEN = lazy_compile(r"(?:\s*(?:,|\band\b|\bor\b|\bthe\b|" + _phrases("places", "prepositions")
                           + r"|[A-Z][\w’'-]*)\s*){1,12}")
_ROLE_FOR = lazy_compile(r"\b(?:" + "|".join(map(re.escape, sorted(_ROLE_NOUNS, key=len, reverse=True)))
                       + r")\s+(?:for|to|on|in)\s+$", re.IGNORECASE)
# "the head of the Presidential Council, Mohamed al-Menfi": the body a person is named by.
# "the Minister of Foreign Affairs in the Government of National Unity, Jane Roe": the post's
# field, then the body it is held in.  "A spokesman for the Misrata Council, Jane Roe,".
_ROLE_OF = lazy_compile(r"\b(?:" + "|".join(map(re.escape, sorted(_ROLE_NOUNS, key=len, reverse=True)))
                      + r")(?:\s+of\s+[A-Z][^,.;:]{0,60}?)?\s+(?:of|in|at|for|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSITION_AFTER = lazy_compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s*")
# Any title of titles.toml, as written before a name ("Prime Minister", "Major").
_TITLE_ALT = "|".join(re.escape(w).replace("\\ ", "\\s+") for w in sorted(_TITLE_WORDS, key=len, reverse=True))
# A title between an apposition's comma and the name ("a defector from the LNA, Major Jane Roe,").
_TITLE_GAP = lazy_compile(r"(?:(?:" + _TITLE_ALT + r")\.?\s+)?")
_ROLE_KEYS = first_words(_ROLE_NOUNS)  # one begins every match of _ROLE_OF (text.may_match)
# "Operation Dignity for Libya", "the Sanctions Committee on Libya", "the UN Libya Mission":
# a country inside a longer name.
_NAME_BEFORE = lazy_compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*\s+(?:of|for|on|in|to)\s+$")
_NAME_AFTER = lazy_compile(r"\s[A-Z][a-z]")
# "the Libya peace summit": "the" + a one-word country name + a lower-case word.
_THE_BEFORE = lazy_compile(r"\b(?:the|an?)\s+(?:(?:\d{4}|[a-z][\w-]*)\s+)?$", re.IGNORECASE)  # "the 2011 Libya uprising"
_LOWER_AFTER = lazy_compile(r"\s+[a-z]")

# "the Maltese authorities allowed ...": a state acting through an organ named by its demonym.
# A time adverbial ("Turkey's parliament on Thursday approved") or a parenthetical of who
# was in it ("Russian officials, including the deputy minister, arrived") may stand between.
_TIME_ADVERBIAL = (r"(?:(?:late|early)\s+)?on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
                   r"|(?:last|this)\s+(?:week|month|year|[A-Z][a-z]+day)|yesterday|today|overnight")
_PARENTHETICAL = r"\s*,\s+(?:including|led\s+by|headed\s+by|among\s+them|such\s+as|along\s+with)\s[^,;]{1,80},"
_ACTING_NEXT = lazy_compile(rf"(?:{_PARENTHETICAL})?(?:\s*,)?\s+(?P<time>(?:{_TIME_ADVERBIAL}),?\s+)?"
                          r"(?:(?:\w+ly|also|then|later|now|still|already|reportedly)\s+)?(?P<word>[a-z]+)\b(?:\s+(?P<after>[a-z]+))?")
_ACTING_WORDS = frozenset(vocab.words("places", "acting_next"))
_PARTICIPLES = frozenset(vocab.words("places", "participles"))
_PARTICIPLE_PREPOSITIONS = frozenset("in by on at for with from to as during under over after into of".split())


def _acts_after(text: str, pos: int) -> bool:
    """Whether a verb of what the organ ending at `pos` did follows it ("allowed", "has", "said"),
    not a participle describing it ("implicated in", "backed by")."""
    nxt = _ACTING_NEXT.match(text, pos)
    if nxt and _acting_word(nxt.group("word"), nxt.group("after"), nxt.group("time") is not None):
        return True
    # "Russian military officials including the deputy defence minister arrived on Tuesday": a
    # list of members with no commas; the verb is the first word after it that acts.
    inc = _INCLUDING_NEXT.match(text, pos)
    if inc is None:
        return False
    words = _WORD_AND_NEXT.findall(text, inc.end(), min(len(text), inc.end() + 90))
    return any(_acting_word(w, a) for w, a in words[1:7] if w.islower())


_INCLUDING_NEXT = lazy_compile(r"\s+(?:including|among\s+them)\s+(?=\S)")
_WORD_AND_NEXT = lazy_compile(r"([\w’'-]+)(?=\s+(\w+)?)")


def _acting_word(word: str, after: str | None, dated: bool = False) -> bool:
    """Whether `word` (then `after`) is a verb of what the organ before it did: an acting word
    (places.toml acting_next) or a past tense that is no describing participle ("backed by"),
    irregular ones too ("Libya's central bank froze": data/verb_forms.toml).  An irregular past
    that is also a participle or written as its present ("shot", "caught", "set", "cut", "bid")
    is a verb only after the organ's date (`dated`: "Libya's election commission on Tuesday set
    April 5 as the new date"): right after the organ it describes it ("Libyan soldiers shot dead
    by gunmen", "a Libyan government bid to reopen the field", "the central bank cut in fees")."""
    if word in _ACTING_WORDS:
        return True
    if word in _ORGAN_IRREGULAR_PAST:
        if word in _IRREGULAR_PARTICIPLE or word in SAME_AS_PRESENT:
            return dated and after != "by"
        return after != "by"
    if not (word.endswith("ed") and len(word) > 3):
        return False
    return not (after == "by" or (word in _PARTICIPLES and after in _PARTICIPLE_PREPOSITIONS))


# Irregular pasts an organ's verb may be (data/verb_forms.toml: the simple pasts that are no
# present, noun or adjective by themselves, and those written as their present), and the
# participles among them ("held in Tobruk": describing, as "-ed" ones before a preposition).
_ORGAN_IRREGULAR_PAST = _UNAMBIGUOUS_PAST | SAME_AS_PRESENT
_IRREGULAR_PARTICIPLE = frozenset(vocab.entry_words("verb_forms", "participle"))
_AGENT_OF_NOUNS = frozenset(vocab.words("places", "agent_of_nouns"))
_POSSESSIVE_ACT = lazy_compile(r"['’]s\s+(?:" + _phrases("places", "possessive_acts") + "|" + _phrases("places", "agent_of_nouns")
                             + r")\b(?!['’-])", re.IGNORECASE)
# "fighting between the Sudanese army and the RSF", "talks between X and the Maltese government": the two
# sides a "between" names are who took part, unless a noun of a relation stands right before it
# ("coordination between the ministry and the Tunisian government").
_BETWEEN_BEFORE = lazy_compile(r"(?:\b(?P<noun>[a-z]+)\s+)?\bbetween\s+(?:[^,;:.()]{1,60}?\s+and\s+)?(?:the\s+)?$",
                               re.IGNORECASE)
_NO_SIDES_BETWEEN = frozenset(vocab.words("modifiers", "no_sides_between_nouns"))
_AGENT_OF_BEFORE = lazy_compile(r"\b(?:by|(?:" + _phrases("places", "agent_of_nouns") + r")\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


# A negative or universal quantifier before the demonym: no particular organ is meant.
_NO_ONE_BEFORE = lazy_compile(r"\b(?i:" + _phrases("modifiers", "no_one_quantifiers") + r")\s+$")


# "Greek Foreign Minister Jane Roe", "her Greek counterpart, Mrs. Jane Roe", "Egypt's defence minister,
# General Jane Roe": a state's word, then a post (a role noun or "counterpart" last), then the name.
_POST_STATE_GAP = lazy_compile(r"\s+(?:[\w-]+\s+){0,3}?(?P<post>[\w-]+)\s*,?\s+(?:(?:" + _capitalised_alt(
    _HONORIFICS | {"dr", "eng", "gen", "general", "prof", "professor", "counsellor", "counselor", "sheikh", "colonel",
                   "col", "major", "admiral"}) + r")\.?\s+)?$")
# "his Italian counterpart, Her Excellency Mrs. Jane Roe": a translated style's address before the title.
_EXCELLENCY = lazy_compile(r"(?:His|Her|Their)\s+Excellenc(?:y|ies)\s+(?:(?:" + _capitalised_alt(_HONORIFICS | {"dr", "eng"})
                           + r")\.?\s+)?$")
_POST_STATE_REACH = 80


def post_states(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], registry: Registry,
                start: int, end: int, home: str | None = None) -> list[str]:
    """The states whose post heads a person named in text[start:end]: "Greek Foreign Minister Jane Roe",
    "her Greek counterpart, Mrs. Jane Roe" (or ", Her Excellency Mrs. Jane Roe"), "Egypt's defence
    minister, General Jane Roe" (the state the person acts for, though the state itself does not act),
    but `home`, the desk's own state.

    >>> r = load_registry()
    >>> t = "The minister met her Greek counterpart, Mrs. Jane Roe, on Monday."
    >>> who = {"jr": Actor("jr", "Jane Roe", "person")}
    >>> post_states(t, [Mention("jr", "d", 0, t.index("Jane"), t.index("Jane") + 8, "Jane Roe")], who, r, 0, len(t))
    ['greece']
    >>> t = "The minister met his Italian counterpart, Her Excellency Mrs. Jane Roe, on Monday."
    >>> post_states(t, [Mention("jr", "d", 0, t.index("Jane"), t.index("Jane") + 8, "Jane Roe")], who, r, 0, len(t))
    ['italy']
    """
    by_word = registry.demonym_pattern()[1]
    out: list[str] = []
    for m in mentions:
        if not (start <= m.start < end) or m.actor not in actors or actors[m.actor].kind != "person":
            continue
        lo = max(0, m.start - _POST_STATE_REACH)
        address = _EXCELLENCY.search(text, lo, m.start)
        name_at = address.start() if address else m.start
        for state in _STATE_WORD.finditer(text, lo, name_at):
            gap = _POST_STATE_GAP.fullmatch(text, state.end(), name_at)
            if gap is None or gap.group("post").casefold() not in _POST_HEADS:
                continue
            word = state.group(1)
            sid = by_word.get(word) if not word.endswith(("'s", "’s")) else _state_named(registry, word[:-2])
            if sid is None:
                continue  # "The Italian envoy": the state's word comes later
            if sid != home and sid not in out:
                out.append(sid)
            break
        else:
            sid = _styled_post_state(text, registry, by_word, max(0, name_at - _STYLED_POST_REACH), name_at)
            if sid is not None and sid != home and sid not in out:
                out.append(sid)
    return out


def _styled_post_state(text: str, registry: Registry, by_word: dict[str, str], lo: int, name_at: int) -> str | None:
    """The state of a post "of" it, named by its style or its name, right before a name at `name_at`
    ("the Minister of Foreign Affairs of the brotherly Republic of Türkiye, Mrs. Jane Roe", "the Foreign
    Minister of Egypt, Mr. John Doe", "the President of the Council of Ministers of the friendly Italian
    Republic, Mrs. Jane Roe"; data/places.toml `state_styles`, `state_courtesies`), else None."""
    m = _styled_post().search(text, lo, name_at)
    if m is None or m.end() != name_at or m.group("post").casefold() not in _POST_HEADS:
        return None
    if m.group("demonym") and m.group("demonym") in by_word:
        return by_word[m.group("demonym")]  # "the friendly Italian Republic"
    # "the Republic of Türkiye", "the United Kingdom" (a name that ends in a style)
    return _state_named(registry, " ".join((m.group("state") or m.group("styled")).split()))


@lru_cache(maxsize=1)
def _styled_post() -> re.Pattern[str]:
    """The pattern of _styled_post_state: a post, "of", what it is of (words of a portfolio or a body:
    "Foreign Affairs of", "the Council of Ministers of"), then "the", a courtesy and a style before the
    state's name, or a demonym and a style; a comma and an honorific before the name."""
    styles = vocab.alternation(vocab.words("places", "state_styles"))
    courtesy = vocab.alternation(vocab.words("places", "state_courtesies"))
    honorific = _capitalised_alt(_HONORIFICS | {"dr", "eng", "prof", "sheikh"})
    return re.compile(
        rf"\b(?P<post>[A-Za-z]+)\s+of\s+(?:(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]*)*\s+of\s+)?"
        rf"(?:the\s+)?(?:(?:{courtesy})\s+)?"
        rf"(?:(?P<styled>(?P<demonym>[A-Z][a-z]+)\s+(?:{styles}))"
        rf"|(?:(?:{styles})\s+of\s+(?:the\s+)?)?(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}))"
        rf"\s*,\s+(?:(?:{honorific})\.?\s+)?")


_STYLED_POST_REACH = 130


_STATE_WORD = lazy_compile(r"\b([A-Z][^\W\d_]+(?:['’]s)?)(?=\s)")  # "Türkiye's" too
_POST_HEADS = _ROLE_NOUNS | {"counterpart", "counterparts"}


def _state_named(registry: Registry, name: str) -> str | None:
    """The id of the state the registry names `name` ("Egypt"), else None (states are those with demonyms)."""
    key = fold(name)
    for state in registry.demonyms:
        if state in registry.actors and any(fold(n) == key for n in registry.names_of(state)):
            return state
    return None


def _acting_demonyms(text: str, mentions: Sequence[Mention], registry: Registry, start: int, end: int,
                     date: str | None = None) -> list[tuple[int, str]]:
    """(offset, state id) of each state acting through an organ named by its demonym in text[start:end].

    "The Maltese authorities refused", "with the help of the Maltese government"; not "the
    Libyan military who took part", nor a registry name ("Libyan Coast Guard").  An organ the
    registry gives one holder at `date` is that holder, as "Libya's parliament" is ("the Libyan
    parliament voted" in 2025 is the House of Representatives).
    """
    pattern, by_word = registry.demonym_pattern()
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text, start, end):
        if any(x.start < m.end() and x.end > m.start() for x in mentions):
            continue
        if _NO_ONE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "no Libyan government has held the country": no organ acted
        state = by_word[m.group(1)]
        if (prev := _CAPITALISED_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))) and prev.group(1) in by_word:
            continue  # "the Turkish Cypriot authorities": a people within a people, not the state
        noun = " ".join(text[m.start(1):m.end()].split()[1:]).casefold()
        held = [a for a, period in _holders(registry).get((state, noun), ())
                if period is None or (date and date[:4].isdigit() and _in_range(date, period))]
        if _acts_after(text, m.end()) or _AGENT_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or (_OPENS_CLAUSE_BEFORE.search(text, max(0, m.start() - 24), m.start()) and (
                    (noun.endswith("s") and _plural_present_act(text, m.end()))
                    or ((co := _CO_SUBJECT_AFTER.match(text, m.end())) and _acts_after(text, co.end())))) \
                or ((between := _BETWEEN_BEFORE.search(text, max(0, m.start() - 80), m.start()))
                    and (between.group("noun") or "").casefold() not in _NO_SIDES_BETWEEN):
            out.append((m.start(), held[0] if len(held) == 1 else state))
        elif len(held) == 1 and (post := _POST_AFTER_ORGAN.match(text, m.end())) and post.group(1).casefold() in _ROLE_NOUNS:
            out.append((m.start(), held[0]))  # "a senior Libyan central bank official was freed": a post of the body, as "a UN official"
    return out


def _plural_present_act(text: str, pos: int) -> bool:
    """Whether a plural organ ending at `pos` does an act in a release's present, its object after it
    ("On Sunday, Chadian troops close the Ouni crossing", "the Algerian authorities close the border"):
    the base form of data/anaphora.toml `habitual_acts_beside`, then an article or a number; not "close to"."""
    m = _PRESENT_ACT_NEXT.match(text, pos)
    return m is not None and m.group("word") in _PLURAL_PRESENT_ACTS


# Where a clause opens, right before its subject (and "the"): the organ of _plural_present_act and of
# _CO_SUBJECT_AFTER is the subject of its clause ("On Sunday, Chadian troops close", "when the Sudanese army
# and ... went to war"), not an object or the subject of a complement ("demanded that Tunisian authorities
# release", "fighting involving the Sudanese army and ...").
_OPENS_CLAUSE_BEFORE = lazy_compile(r"(?:^|[.;:!?\n]\s*|,\s+|\b(?:[Ww]hen|[Aa]s|[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Uu]ntil|"
                                    r"[Ww]here|[Bb]ecause)\s+)(?:[Tt]he\s+)?$")
# A named subject joined to the organ before their verb: "the Sudanese army and the Rapid Support Forces
# went to war".
_CO_SUBJECT_AFTER = lazy_compile(r"\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*?(?=\s+[a-z])")
_PRESENT_ACT_NEXT = lazy_compile(rf"\s+(?:(?:{_TIME_ADVERBIAL}),?\s+)?(?P<word>[a-z]+)\s+(?:the|a|an|its|their|all|\d)\b")
_PLURAL_PRESENT_ACTS = frozenset(w for w in vocab.words("anaphora", "habitual_acts_beside") if not w.endswith("s"))


# The post right after an organ ("a Libyan central bank official", "the Libyan election commission's
# director"): a role noun of data/roles.toml.
_POST_AFTER_ORGAN = lazy_compile(r"(?:['’]s)?\s+([a-z]+)\b")


_CAPITALISED_BEFORE = lazy_compile(r"\b([A-Z][\w’'-]*)\s+$")
# "talks between Rome and Ankara" name places; ", and Ankara sent a team" opens a clause of its own.
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:" + _phrases("places", "prepositions") + r"|of|(?<![,;]\s)and|between)\s+$", re.IGNORECASE)


def _acting_capitals(text: str, mentions: Sequence[Mention], registry: Registry, start: int,
                     end: int) -> list[tuple[int, str]]:
    """(offset, state id) of each state named by its capital as the subject of a verb in text[start:end]:
    "Rome reopened its consulate in Benghazi", "Washington, which lifted its travel ban", "Cairo hosted
    a meeting" act for Italy, the United States, Egypt; as the one a verb of addressing or "with" names
    ("had warned Ankara", "a memorandum with Rome"); the desk's own capital for the government seated
    there ("Valletta and Tripoli had signed"); "talks in Rome" name a place, "the Cairo office" no one
    (Registry.capital_pattern)."""
    pattern, by_capital = registry.capital_pattern()
    if pattern is None:
        return []
    out = []
    # A relative clause's antecedent stands just before it: "Washington, which lifted its ban in May".
    for m in pattern.finditer(text, max(0, start - 24), end):
        group = 1 if m.group(1) else 3
        if m.start(group) < start and m.end(group) != start:
            continue
        if any(x.start < m.end(group) and x.end > m.start(group) for x in mentions):
            continue  # inside a name the registry knows
        if group == 3:
            out.append((m.start(group), by_capital[m.group(3)]))
            continue
        if by_capital[m.group(1)] == _HOME_GOVERNMENT and not _HOME_CAPITAL_ACT.match(text, m.end()):
            continue  # "Tripoli witnessed heavy clashes": the city; "Tripoli had asked Rome": its government
        if _PREPOSITION_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _IN_HASHTAG.search(
                text, max(0, m.start() - 40), m.start()):
            continue
        word = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if word is not None and word.group(1).lower() not in STOP_WORDS:
            continue  # "Radio Tunis reported", a capitalised word before it: part of a name
        out.append((m.start(), by_capital[m.group(1)]))
        if m.group(2) in by_capital and (by_capital[m.group(2)] != _HOME_GOVERNMENT
                                         or _HOME_CAPITAL_ACT.match(text, m.end())):
            out.append((m.start(2), by_capital[m.group(2)]))  # "Valletta and Tripoli had signed"
    return out


# After a capital addressed, no noun it modifies: "warned Tripoli in July", not "clashed with Tripoli militias".
_NO_NOUN_NEXT = (r"(?!\s+(?!(?:in|on|at|to|for|that|and|or|over|about|with|of|last|this|earlier|after|before|by|"
                 r"during|since|as|not|against|into|from|the|a|an|its|their)\b)[a-z])")
# The acts by which the desk's own capital names the government seated there ("Tripoli had asked Rome",
# "Tripoli closed the coastal highway"), not the city ("Tripoli witnessed clashes"): data/places.toml
# `home_capital_acts`.
_HOME_CAPITAL_ACT = lazy_compile(r"(?:" + _phrases("places", "home_capital_acts") + r")\b")
_HOME_STATE = vocab.table("event_words")["home_state"]  # the desk's own state, its registry id
_HOME_GOVERNMENT = vocab.table("places")["home_capital_government"]


# Any actor: "the UN-backed government", "pro-Haftar forces", "a UN report".
_ATTRIBUTIVE_AFTER = lazy_compile(r"\.?[-‑–](?:" + _phrases("modifiers", "attributive_suffixes") + r"|[a-z]{2,}ed)\b", re.IGNORECASE)
_ATTRIBUTIVE_BEFORE = lazy_compile(r"\b(?:" + _phrases("modifiers", "attributive_prefixes") + r")[-‑]$", re.IGNORECASE)
# Not a determiner between ("signed with the Italian company Eni a contract": a new noun phrase, the
# translated style's object after "with X").
_OWNED_AFTER = lazy_compile(r"\s+(?:(?!(?:a|an|the|its|his|her|their|this|that|these|those)\b)([a-z][\w-]*)\s+)?(?:"
                            + _phrases("modifiers", "owned_things") + r")\b(?!['’-])")
# "Egypt hosted talks", "Haftar declared war": a verb between the name and the thing.
_VERBS_BEFORE_THINGS = frozenset(vocab.words("modifiers", "verbs_before_things"))
_CALENDAR_WORDS = frozenset(m.casefold() for m in (*_MONTHS, *_WEEKDAYS))


# "former Gaddafi officials", "a onetime Haftar commander": a name between "former" and a post
# says whom the people served; "the former Soviet Union collapsed" has no post after it.
_FORMER_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(map(re.escape, vocab.words("modifiers", "former_words")), key=len, reverse=True))
                            + r")[-\s]\s*$", re.IGNORECASE)
_POST_NEXT = lazy_compile(r"(?:['’]s)?\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


# "fighters loyal to Gaddafi", "militias aligned with the GNA": the name says whose side other
# people are on, as "pro-Gaddafi" does (modifiers.toml allegiance_words).
# Only after a noun of people or sides (allegiance_holders): "a shell landed close to X" is a place.
# "forces loyal to Khalifa Haftar moved on the capital": forces he commands, as "Haftar's forces"
# act; an armed noun (commanded_nouns) is tried first, so "armed groups" is not "groups".
_PAST_STATUS = _phrases("modifiers", "past_status_words")
_ALLEGIANCE_BEFORE = lazy_compile(r"\b(?:(" + _phrases("modifiers", "commanded_nouns") + r")|"
                                + _phrases("modifiers", "allegiance_holders") + r")\s+(?:[a-z]+ly\s+|still\s+)?(?:"
                                + _phrases("modifiers", "allegiance_words") + r")\s+(?:the\s+)?(?:(?:" + _PAST_STATUS
                                + r")\s+)?$", re.IGNORECASE)


# A building's noun right after a body's name (data/places.toml building_nouns): "the Court complex".
_BUILDING_AFTER = lazy_compile(r"\s+(?:" + "|".join(vocab.words("places", "building_nouns")) + r")\b")
# A visiting verb before a name, a few words of when or of what was seen between ("visited last week the",
# "inspected yesterday, Friday, the works at the"), and the facility words a name may end in
# (data/places.toml visiting_verbs, facility_heads).  No other verb or party between ("visited Sabha and
# met the", "toured the port with the").
_VISITED_BEFORE = lazy_compile(r"(?<!\bthe\s)(?<!['’]s\s)\b(?:" + "|".join(vocab.words("places", "visiting_verbs"))
                               + r")\b(?:[\s,]+(?!(?:and|met|meets|with|by|of|for|to)\b)[\w’']+){0,6}?[\s,]+(?:at\s+)?the\s+$",
                               re.IGNORECASE)
_FACILITY_HEADS = frozenset(vocab.words("places", "facility_heads"))
# The facility's own people going with the visitor (data/places.toml facility_people).
_ITS_PEOPLE = lazy_compile(r"\b(?:(?:accompanied\s+by|joined\s+by|with)\s+its|whose)\s+(?:[a-z-]+\s+){0,2}?(?:"
                           + "|".join(map(re.escape, vocab.words("places", "facility_people"))) + r")\b")


def is_modifier_mention(text: str, mention: Mention) -> bool:
    """Whether a name only describes something else: "the UN-backed government", "pro-Haftar
    forces", "a UN report" (data/modifiers.toml).

    >>> t = "The UN-backed government met a UN envoy."
    >>> is_modifier_mention(t, Mention("un", "d", 0, 4, 6, "UN")), is_modifier_mention(t, Mention("un", "d", 0, 27, 29, "UN"))
    (True, False)
    """
    if _ATTRIBUTIVE_AFTER.match(text, mention.end) or _ATTRIBUTIVE_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return True
    if _POSSESSED_PLACE.match(text, mention.end):
        return True  # "Gaddafi's hometown of Sirte"
    if _CONVEYED_THING_AFTER.match(text, mention.end) and _CONVEYED_BEFORE.search(
            text, max(0, mention.start - 40), mention.start):
        return True  # "the deputy presented the Office of the Prosecutor's response": its author
    lo = max(0, mention.start - 80)
    side = _ALLEGIANCE_BEFORE.search(text, lo, mention.start) if may_match(
        _ALLEGIANCE_KEYS, text, lo, mention.start) else None
    if side and side.group(1) is None:
        return True  # "fighters loyal to Gaddafi", "sources close to Haftar": says who the others are
    if _FORMER_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        post = _POST_NEXT.match(text, mention.end)
        if post and any(w in _POST_WORDS_SET or w[:-1] in _POST_WORDS_SET for w in post.groups() if w):
            return True  # "former Gaddafi officials", "an ex-Haftar spy chief": a past affiliation
    lo = max(0, mention.start - 50)
    thing = _THING_BY_BEFORE.search(text, lo, mention.start) if may_match(
        _THING_KEYS, text, lo, mention.start) and may_match(_BY_KEYS, text, lo, mention.start) else None
    if thing and thing.group(1).casefold() not in _POSSESSOR_ACTS and not (
            thing.group(2) == "from" and thing.group(1).casefold() in _AGENT_NOUNS) and not _SOURCE_VERB_AFTER.match(
            text, mention.end):
        return True  # "the report by the Panel of Experts said", "supporters of Haftar"; "experts from Italy" act
    after = mention.end
    if text.startswith(".", after) and "." in text[mention.start:after]:
        after += 1  # "per U.S. dollar": the abbreviation's last stop is no sentence's end
    owned = _OWNED_AFTER.match(text, after)
    if owned is None:
        return _possessed_thing(text, mention.end)
    between = owned.group(1)
    return not (between and (between in _VERBS_BEFORE_THINGS or between in _ACTING_WORDS
                             or (between.endswith("ed") and len(between) > 4)))


# "the UN's arms embargo", "under the UN's sanctions regime": a possessive owner of a thing
# (owned_things) qualifies it; "Haftar's war on Tripoli", "Italy's migration deal" (possessor_acts)
# name the possessor's own act, and a verb between ("Haftar's forces launched war") makes it act.
_POSSESSED_THING = lazy_compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}?)(" + _phrases("modifiers", "owned_things") + r")\b(?!['’-])")
_POSSESSOR_ACTS = frozenset(vocab.words("modifiers", "possessor_acts"))
# "a report by the UN", "the sanctions of the UN", "supporters of Haftar": the owner after the thing.
_THING_BY_BEFORE = lazy_compile(r"\b(" + _phrases("modifiers", "owned_things") + r")\s+(by|of|from)\s+(?:the\s+)?(?:late\s+)?$",
                              re.IGNORECASE)
# Words one of which begins every match of _ALLEGIANCE_BEFORE (its allegiance word), _THING_BY_BEFORE
# (its thing, and then its preposition): a window holding none is not searched (text.may_match).
_ALLEGIANCE_KEYS = first_words(vocab.words("modifiers", "allegiance_words"))
_THING_KEYS = first_words(vocab.words("modifiers", "owned_things"))
_BY_KEYS = frozenset({"by", "of", "from"})
_NEXT_WORD = lazy_compile(r"\s+([A-Za-z]+)")
# "figures from the IOM show", "the UN's report said": the owner is the source that speaks.
_SOURCE_VERB_AFTER = lazy_compile(r"(?:\s+(?:also|have|has|had))?\s+(?:" + _SPEECH + r"|show|shows|showed|shown|found|finds|"
                                r"revealed|reveals|indicated|indicates|suggested|suggests|estimated|estimates)\b")
_POST_WORDS_SET = _ROLE_NOUNS | _PERSON_POSTS
# "the High Commissioner for Human Rights": posts that are for a field (roles.toml posts_for_a_field).
_POSTS_FOR_A_FIELD = frozenset(vocab.words("roles", "posts_for_a_field"))


def _possessed_thing(text: str, end: int) -> bool:
    """Whether the name ending at `end` owns, in the possessive, a thing it does not act through
    ("the UN's arms embargo"; not "Haftar's war", nor "Haftar's forces launched war")."""
    m = _POSSESSED_THING.match(text, end)
    if m is None or m.group(2).casefold() in _POSSESSOR_ACTS:
        return False
    if _SOURCE_VERB_AFTER.match(text, m.end()):
        return False  # "the UN's report said": the owner speaks through it
    head = _NEXT_WORD.match(text, m.end())
    if head and (head.group(1).casefold() in _ORG_HEADS or head.group(1).casefold() in _POST_WORDS_SET):
        return False  # "the EU's embargo mission", "the UN's sanctions committee": a body of the owner acts
    return not any(w in _VERBS_BEFORE_THINGS or w in _ACTING_WORDS or (w.endswith("ed") and len(w) > 4)
                   for w in m.group(1).split())


# --- what a clause says about a name, not what happened then (data/modifiers.toml) ----------

_KIN = _words_alt(vocab.words("modifiers", "kin_nouns"))
# "Muammar Gaddafi's son Saif al-Islam", "Haftar's eldest son": the possessor names whose kin.
_KIN_AFTER = lazy_compile(r"['’]s\s+(?:(?:[a-z]+\s+)?(?i:" + _KIN + r")\b|(?:" + _words_alt(vocab.words("modifiers", "former_words"))
                        + r")(?:-\w|\b))")
# "the son of the late leader Muammar Gaddafi": lower-case words only between.
_KIN_OF_BEFORE = lazy_compile(r"\b(?i:" + _KIN + r")\s+of\s+(?:[a-z][\w-]*\s+){0,4}$")
_KIN_KINDS = frozenset({"person", "family"})
# "three years after Muammar Gaddafi's fall", "since the ouster of Gaddafi", "during the Gaddafi
# era": a past event that sets the time, named by its person.
_BG_OPEN = r"\b(?i:" + _words_alt(vocab.words("modifiers", "background_openers")) + r")\s+"
_BG_HEAD = r"(?i:" + _words_alt(vocab.words("modifiers", "background_heads")) + r")\b"
_NAME_WORDS = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
_BACKGROUND = lazy_compile(
    _BG_OPEN + r"(?:"
    + r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}" + _NAME_WORDS + r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}" + _BG_HEAD
    + r"|(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:[a-z][\w-]*|\d{4})\s+){0,3}" + _BG_HEAD + r"\s+of\s+(?:[a-z][\w-]*\s+){0,3}" + _NAME_WORDS
    + r"|the\s+" + _NAME_WORDS + r"\s+(?:[a-z][\w-]*\s+)?" + _BG_HEAD
    # "after the uprising that toppled Muammar Gaddafi"
    + r"|(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|\d{4})\s+){0,3}" + _BG_HEAD + r"\s+(?:that|which)\s+(?:[a-z][\w-]*\s+){1,4}" + _NAME_WORDS
    # "since Gaddafi was toppled", "after Jane Roe had been ousted": what befell the person, as a clause
    + r"|(?:the\s+(?:" + _PAST_STATUS + r")\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?:(?:al|el)-)?[A-Z][\w’'.-]*\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b"
    # "a decade after Muammar Gaddafi fell": what befell the person, by an intransitive verb
    + r"|(?:the\s+(?:" + _PAST_STATUS + r")\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?:(?:al|el)-)?[A-Z][\w’'.-]*\s+(?:"
    + _phrases("modifiers", "befalling_verbs") + r")\b"
    + r")")
# "the chaos that Gaddafi's overthrow unleashed", "the killing of Jane Roe": what befell a
# person, named in passing anywhere in a clause ("Haftar's capture of Benghazi" is his act).
_BEFALL_HEAD = r"(?i:" + _words_alt(vocab.words("modifiers", "befalling_heads")) + r")\b"
_BEFALLING = lazy_compile(
    _NAME_WORDS + r"['’]s\s+(?:[a-z][\w-]*\s+)?" + _BEFALL_HEAD + r"(?!\s+of\b)"
    + r"|\b(?i:the|a|an|his|her|its|their)\s+(?:(?:[a-z][\w-]*|\d{4})\s+){0,2}" + _BEFALL_HEAD
    + r"\s+of\s+(?:(?:the|late|former|then|longtime|long-time)\s+){0,2}" + _NAME_WORDS)
# "the uprising that toppled Gaddafi" inside a clause about something else: a past event named
# in passing by what it did to its person (modifiers.toml toppling_verbs).
_TOPPLING = lazy_compile(r"\b(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|\d{4})\s+){0,3}" + _BG_HEAD + r"\s+(?:that|which)\s+(?:(?:had|eventually|finally|later|also)\s+)?(?:"
                       + _phrases("modifiers", "toppling_verbs") + r")\s+(?:(?:and|later|eventually|then)\s+[a-z]+\s+)?"
                       r"(?:(?:the|late|former|then|longtime|long-time)\s+){0,2}(?:[A-Za-z]+\s+){0,2}" + _NAME_WORDS)
# "a deal signed in December aimed at tackling the threat from Islamic State": what an act aims
# at, up to the end of its clause (modifiers.toml purpose_openers).
_PURPOSE = lazy_compile(r"\b(?:" + _phrases("modifiers", "purpose_openers") + r")\s[^;:.!?()—–]{1,160}")
# Where a purpose phrase opens: after a comma or at the start of a sentence, it is set off by
# commas ("On Monday, in a bid to end the standoff, X met Y"; "The talks, meant to ..., brought").
_PURPOSE_SET_OFF = lazy_compile(r"(?:^|[,.!?;:]\s*|\n\s*)$")


def _purpose_end(text: str, m: re.Match) -> int:
    """Where the purpose phrase `m` ends: a phrase set off by commas at the next comma, another at
    a comma after which a named subject and its verb come (a list of what is aimed at runs on).

    >>> t = "On Monday, in a bid to end the row, Jane Roe met Khalifa Haftar in Rome"
    >>> m = _PURPOSE.search(t)
    >>> t[m.start():_purpose_end(t, m)]
    'in a bid to end the row'
    """
    set_off = bool(_PURPOSE_SET_OFF.search(text, max(0, m.start() - 3), m.start()))
    comma = text.find(",", m.start(), m.end())
    while comma >= 0:
        if set_off or _NAMED_SUBJECT_CLAUSE.match(text, comma + 1, m.end()):
            return comma
        comma = text.find(",", comma + 1, m.end())
    return m.end()


# ", loyal to Prime Minister Jane Roe,": an aside after a comma naming whom a body stands with
# (modifiers.toml allegiance_asides); the name is no participant.
_ALLEGIANCE_ASIDE = lazy_compile(r",\s+(?:" + _phrases("modifiers", "allegiance_asides") + r")\s+[^,;:()—–.]{1,80}(?=,)", re.IGNORECASE)
# "a former official of Gaddafi's regime", "the Gaddafi regime's last prime minister": a
# person's time in power as the backdrop of another noun.
_PERIOD_HEAD = r"(?i:" + _words_alt(vocab.words("modifiers", "period_heads")) + r")"
_PERIOD = lazy_compile(
    r"\b(?i:of|in|from|under|during|since|with|within|throughout|to|against|after|before)\s+"
    r"(?:(?i:the)\s+(?:late\s+)?)?(?:" + _NAME_WORDS + r"['’]s\s+(?:[a-z][\w-]*\s+)?|" + _NAME_WORDS + r"\s+)"
    + _PERIOD_HEAD + r"\b"
    + r"|\b(?i:the)\s+" + _NAME_WORDS + r"\s+" + _PERIOD_HEAD + r"['’]s\s"
    # "against the regime of Muammar Gaddafi", "under the rule of the late Jane Roe"
    + r"|\b(?i:of|in|from|under|during|since|against|after|before|throughout)\s+(?i:the)\s+" + _PERIOD_HEAD
    + r"\s+of\s+(?:(?:the|late|former)\s+){0,2}" + _NAME_WORDS)
# "the deputy presented the Office of the Prosecutor's response": a verb of handing on, then
# the possessive owner of what is handed on (modifiers.toml conveying_verbs).
_CONVEYED_BEFORE = lazy_compile(r"\b(?:" + _phrases("modifiers", "conveying_verbs") + r")\s+(?:the\s+)?$")
# "Khalifa Haftar's letter", "the Office of the Prosecutor's (OTP) response": a thing its owner wrote.
_CONVEYED_THING_AFTER = lazy_compile(r"['’]s\s+(?:\([^)]{1,12}\)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:"
                                   + _phrases("modifiers", "conveyed_things") + r")\b(?!['’-])")
# "Gaddafi's hometown of Sirte": a place named by its person.
_POSSESSED_PLACE = lazy_compile(r"['’]s\s+(?:[a-z][\w-]*\s+)?(?:" + _phrases("modifiers", "possessed_places") + r")\b(?!['’-])")
# "the rebels against Muammar Gaddafi", "the 2011 uprising against Gaddafi": a side named by
# whom it fought, in a noun phrase (no opener needed).
_AGAINST = lazy_compile(r"\b(?i:" + _words_alt(vocab.words("modifiers", "against_heads")) + r")\s+against\s+(?:[a-z][\w-]*\s+){0,3}"
                      + _NAME_WORDS)
# ", a former Gaddafi officer,", ", the head of the House of Representatives,": an apposition
# after a person's name that says who the person is.
_APPOSITION_NOUNS = _words_alt(vocab.words("modifiers", "apposition_nouns"), vocab.words("modifiers", "kin_nouns"),
                               vocab.words("roles", "before_name"))
_APPOSITION = lazy_compile(
    r"\s*,\s+(?:(?:a|an|the|his|her|its|their|former|late|then|now|currently|longtime|long-time|veteran|"
    r"self-styled|retired|acting|interim)\s+)?"
    r"(?:(?!(?:who|whom|whose|which|including|and|or|but|said|says|told)\b)[\w’'-]+\s+){0,3}?"
    r"(?i:" + _APPOSITION_NOUNS + r")\b[^,;:()—–]*")
# ", which is affiliated to ...,", ", whose government is backed by ...,": a non-restrictive
# relative clause describes the name before it.
# A list inside it goes on past its commas ("which is the junction between Sudan, Libya, and Egypt,").
_NONRESTRICTIVE = lazy_compile(
    # ", in which his son is chief of staff,", ", under whom the army grew,": a preposition may lead it.
    r",\s+(?:(?:in|of|under|to|for|with|by|from|through|at|during|on|behind|against)\s+)?(?:who|whom|whose|which|where)\b(?:[^,;:()—–]|,(?=\s+(?:(?:and|or)\s+)?(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s*(?:,|\s+and\b|\s+or\b)))*")
# "Haftar's forces – whose ground units his son commands – seized ...": a relative between dashes.
_DASH_RELATIVE = lazy_compile(r"\s[–—-]\s+(?:(?:in|of|under|to|for|with|by|from|at)\s+)?(?:who|whom|whose|which|where)\b[^–—;:()]{1,120}\s[–—-](?=\s)")
# A bracketed aside long enough to hold a clause ("(his son commands the ground units)").
_BRACKETED_CLAUSE = lazy_compile(r"\((?=[^()]{15,160}\))[^()]+\)")
# "Under Gaddafi, the city was ...", "under the GNA, the bank paid ...": a ruler or government
# named as the time's backdrop, set off by a comma (not "forces under Haftar's command").
_UNDER_BACKDROP = lazy_compile(r"\b(?i:under)\s+(?:(?:the|late|former)\s+)?" + _NAME_WORDS + r"(?=\s*,)")
# "since 2011, when an uprising toppled Gaddafi": a when-clause right after a date says what the
# date was; its names take no part in what the clause dates.
_WHEN_AFTER_DATE = lazy_compile(r"\s*,\s+when\b[^,;:—–]*")
# "the government, recognised by the United Nations, ...": who stands behind a name, written out.
_DESCRIBING = lazy_compile(
    r"\b(?:(?:internationally|widely|officially|formally|largely|heavily|openly|reportedly|allegedly)\s+)?(?:"
    + _words_alt(vocab.words("modifiers", "describing_participles")) + r")\s+(?:by|from)\s+")
_BE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|become|became)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# A describing participle opening a phrase set off by a comma (maybe after an adverb), and the
# mark that closes it: the comma, a colon or semicolon, a bracket or a dash.
_ASIDE_OPENS = lazy_compile(r",\s+(?:[a-z]+ly\s+)?$")
_ASIDE_CLOSES = lazy_compile(r"[,;:()—–]")
# Between a describing participle and its names: a list's commas and conjunctions, and a title
# ("backed by Prime Minister Jane Roe").
_AGENT_LIST_GAP = lazy_compile(r"[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?(?:(?:" + _TITLE_ALT + r")\.?\s+)?", re.IGNORECASE)
_APPOSED_KINDS = frozenset({"person", "state"})  # "Turkey, a NATO member, sent ..."
_DATE_REACH = 16  # "since Gaddafi's fall in 2011": a date right after a phrase belongs to it


def named_by_kin(text: str, mention: Mention, actors: dict[str, Actor]) -> bool:
    """Whether a person is named only to say whose kin or former aide someone is: "Muammar
    Gaddafi's son Saif al-Islam", "the son of the late Muammar Gaddafi", "Gaddafi's former
    spy chief" (data/modifiers.toml kin_nouns).

    >>> t = "Muammar Gaddafi's son Saif met Jane Roe."
    >>> named_by_kin(t, Mention("g", "d", 0, 0, 15, "Muammar Gaddafi"), {"g": Actor("g", "Muammar Gaddafi", "person")})
    True
    """
    actor = actors.get(mention.actor)
    if actor is None or actor.kind not in _KIN_KINDS:
        return False
    return bool(_KIN_AFTER.match(text, mention.end)
                or _KIN_OF_BEFORE.search(text, max(0, mention.start - 60), mention.start))


def _when_tells_the_same(clause: str, when: str) -> bool:
    """Whether a when-clause after a date tells the kind of happening its clause tells before the date:
    "Sabha last saw sustained fighting in February 2047, when the 116th Brigade and the Southern Shield
    fought for the fortress" names who fought that fighting; "since 2011, when an uprising toppled
    Gaddafi" says what the year was, no kind of the clause's."""
    from .timeline import _content  # the kinds of happening of data/event_words.toml

    kinds = {w for w in _content(clause) if w[0] == "="}
    return bool(kinds) and not kinds.isdisjoint(w for w in _content(when) if w[0] == "=")


def described_spans(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], start: int, end: int,
                    at: int = 0, at_end: int = 0, settings: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Parts of text[start:end] that say who or when a name is, not what happened at the date
    at..at_end: a past event setting the time ("three years after Gaddafi's fall"), an
    apposition after a person or a state ("Haftar, a former Gaddafi officer,"), a non-restrictive relative
    clause (", whose government is backed by Turkey,") and a backer written out (", recognised
    by the UN,").  A part that holds the date (or has it right after) is what is dated: kept,
    except a time-setting phrase ("since the fall of Gaddafi in 2011", "against the regime of
    Gaddafi") in a clause with a verb of its own, which says what happened since or after
    then: its date is the clause's time, its person no participant (such a phrase holding the
    date is added to `settings` when given).

    >>> t = "Three years after Muammar Gaddafi's fall, Jane Roe met the envoy on Monday."
    >>> [t[a:b] for a, b in described_spans(t, [], {}, 0, len(t), t.index("Monday"), t.index("Monday") + 6)]
    ["after Muammar Gaddafi's fall"]
    """
    spans: list[tuple[int, int]] = []
    dated = at_end > at

    def add(a: int, b: int, reach: int = 0) -> None:
        if not (dated and a <= at < b + reach):
            spans.append((a, b))

    def add_setting(a: int, b: int) -> None:
        # "Libya has been in chaos since the fall of Gaddafi in 2011": the phrase sets the time
        # of a clause with a verb of its own; only a clause that is the phrase (", three years
        # after the revolt that ousted Gaddafi.") is about it.
        if _FINITE_VERB.search(text[start:a]) or _FINITE_VERB.search(text, b, end):
            spans.append((a, b))
            if settings is not None and dated and a <= at < b + _DATE_REACH:
                settings.append((a, b))  # the date's own phrase: the time of the clause
        else:
            add(a, b, _DATE_REACH)

    for m in _BACKGROUND.finditer(text, start, end):
        add_setting(m.start(), m.end())
    for m in _AGAINST.finditer(text, start, end):
        add(m.start(), m.end(), _DATE_REACH)
    for m in _PERIOD.finditer(text, start, end):
        add_setting(m.start(), m.end())
    for m in _BEFALLING.finditer(text, start, end):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):  # inside a time-setting phrase already
            add(m.start(), m.end(), _DATE_REACH)
    for m in _NONRESTRICTIVE.finditer(text, start, end):
        # ", whose envoy, Jane Roe, met Haftar on Monday": the name is set off inside the relative,
        # whose verb comes after it; the relative goes on to its clause's end.
        rest = _WHOSE_POST_NAMED.match(m.group()) and _RELATIVE_GOES_ON.match(text, m.end())
        add(m.start(), rest.end() if rest else m.end())
    for m in _DASH_RELATIVE.finditer(text, start, end):
        add(m.start(), m.end())
    for m in _BRACKETED_CLAUSE.finditer(text, start, end):
        if _FINITE_VERB.search(text, m.start(), m.end()):
            add(m.start(), m.end())  # "(his son Saddam commands the ground units)": an aside with a verb of its own
    # The phrase may open before the clause when a scope starts at its "that" ("the uprising
    # that toppled Gaddafi stormed ..."): read from the sentence's start, keep the part inside.
    lo = max(0, start - 120)
    for m in _TOPPLING.finditer(text, max(lo, text.rfind(".", lo, start) + 1), end):
        if m.end() > start and not any(a <= m.start() and m.end() <= b for a, b in spans):
            add(max(m.start(), start), m.end(), _DATE_REACH)
    for m in _ALLEGIANCE_ASIDE.finditer(text, start, end):
        add(m.start(), m.end())
    for m in _PURPOSE.finditer(text, start, end):
        add(m.start(), _purpose_end(text, m))
    for m in _UNDER_BACKDROP.finditer(text, start, end):
        add(m.start(), m.end())
    if dated:
        when = _WHEN_AFTER_DATE.match(text, at_end, end)
        if when and not _when_tells_the_same(text[start:at], when.group()):
            spans.append((when.start(), when.end()))  # "since 2011, when an uprising toppled Gaddafi": what the date was
    ordered = sorted((x for x in mentions if start <= x.start and x.end <= end), key=lambda x: x.start)
    for m in _DESCRIBING.finditer(text, start, end):
        if _BE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the deal was brokered by the UN": the UN acts
        b = m.end()
        aside = _ASIDE_OPENS.search(text, max(0, m.start() - 24), m.start())
        close = _ASIDE_CLOSES.search(text, m.end(), end) if aside is not None else None
        if close is not None:
            # ", built by a consortium led by the Italian group X with Egyptian partners,": the phrase
            # set off by commas says who made the thing it describes, all of it up to its closing comma
            # (and no further: "..., established by the House, Mr. Jane Roe" names her after it).
            b = close.start()
        else:
            for x in ordered:
                if x.start >= b and _AGENT_LIST_GAP.fullmatch(text, b, x.start):
                    b = x.end
        if b > m.end():
            add(m.start(), b, _DATE_REACH)
    for x in ordered:
        actor = actors.get(x.actor)
        if actor is not None and actor.kind in _APPOSED_KINDS:
            ap = _APPOSITION.match(text, x.end, end)
            if ap and not (actor.kind == "state" and _rank_and_name(text, ap, ordered, actors)):
                add(ap.start(), ap.end())
    return spans


# The first word after an apposition's comma, capitalised: a rank or a title ("General", "Mr.").
_CAPITALISED_OPENING = lazy_compile(r"\s*,\s+([A-Z][\w-]*)\.?\s+")


def _rank_and_name(text: str, ap: re.Match[str], ordered: Sequence[Mention], actors: dict[str, Actor]) -> bool:
    """Whether what looks like an apposition after a state is a person's rank and name: "the Minister of
    Defence of the Arab Republic of Egypt, General Jane Roe" names the minister, no description of Egypt
    (a description opens in lower case: "Egypt, a close ally,"; nor is a possessive a rank: "Jane Roe,
    Karami's business partner,").  The rank is a title word, up to two more before the name ("Major
    General Jane Roe")."""
    opening = _CAPITALISED_OPENING.match(text, ap.start())
    if opening is None or opening.group(1).casefold() not in _TITLE_WORD | {"his", "her"}:
        return False  # (an address: "the Emir of the State of Qatar, His Excellency Sheikh Jane Roe")
    return any(opening.end() <= x.start <= opening.end() + 30 and actors.get(x.actor) is not None
               and actors[x.actor].kind == "person" and _TITLES_ONLY.fullmatch(text, opening.end(), x.start)
               and not _POSSESSIVE_NAME_END.match(text, x.end)  # "Egypt, General Jane Roe's ministry"
               for x in ordered)


_POSSESSIVE_NAME_END = lazy_compile(r"['’]s?\b")


_TITLES_ONLY = lazy_compile(r"(?:[A-Z][\w-]*\.?\s+){0,2}")


# "Libya, a country of seven million, has been divided", "Libya, home to Africa's largest oil
# reserves, has struggled", "Libya, which sits on vast gas fields, has known little peace": an
# apposition or a relative before the state verb (lower case first: "Libya, Egypt and Tunisia
# have ..." is a list, whose names are each placed by their own verb).
_STATE_APPOSITION = lazy_compile(r",\s+(?!(?:and|or|but|said|says|told|according)\b)[a-z][^,;:()—–]{1,80},")


def _stative_next(text: str, end: int) -> bool:
    apposition = _STATE_APPOSITION.match(text, end)
    if apposition:
        end = apposition.end()
    m = _STATIVE_AFTER.match(text, end)
    if not m:
        return False
    last = m.group(1).split()[-1].casefold()
    return not (last in _BE_FORMS and m.group(2) and m.group(2).casefold().endswith("ing"))


# "to lead Libya", "to lead the war-torn Libya": the object of an aim (places.toml aim_verbs).
_AIM_BEFORE = lazy_compile(r"\bto\s+(?:" + _phrases("places", "aim_verbs") + r")\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?$")


def is_place_mention(text: str, mention: Mention, actors: dict[str, Actor],
                     previous_place: Mention | None = None) -> bool:
    """Whether a state or place is named only as a location or a qualifier: "in Libya", "from
    eastern Libya", "Libya's capital", "a boat that left Libya", "Libya has had two
    governments", "the presidency of Libya" (data/places.toml).

    `previous_place` is the mention just before it when that one is a place: "in Libya and
    Tunisia" makes both places.  People "from" a country act for it ("ministers from Italy"),
    and so does its own organ ("Turkey's parliament").
    """
    actor = actors.get(mention.actor)
    if actor is None or actor.kind not in _PLACE_KINDS:
        return False
    start, end = mention.start, mention.end
    style = _STYLE_OF_BEFORE.search(text, max(0, start - 60), start) if actor.kind == "state" else None
    if style is not None and _acts_after(text, end) and not _OF_BEFORE.search(text, max(0, style.start() - 8), style.start()):
        # "The Arab Republic of Egypt reopened its consulate": the state named by its style, acting; "in
        # the Republic of Tunisia" is where, as "in Tunisia" is; "the Ambassador of the State of Qatar" whose.
        lead = _CAPITALS_BEFORE.search(text, max(0, style.start() - 40), style.start())
        return bool(_PLACE_BEFORE.search(text, max(0, lead.start() - 40), lead.start()))
    before = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if before:
        agent = _AGENT_FROM.search(text, max(0, before.start() - 40), before.end())
        if agent is None:
            return True
        if not _POSSESSIVE_AFTER.match(text, end):
            return False
        # "representatives from Libya's two parliaments": the people are from what the
        # country owns, and the possessive says whether that is the state acting (below).
    listed = _LISTED_PLACE_BEFORE.search(text, max(0, start - 120), start)
    if listed and "," in listed.group() and (listed.group().rstrip().endswith(("and", "or")) or _LIST_GOES_ON.match(text, end)) \
            and _AGENT_FROM.search(text, max(0, listed.start() - 40), listed.start() + 8) is None:
        # "most of them from Bangladesh, Eritrea and Sudan": the last of a list of places; of two names
        # only, "in Benghazi and Egypt watched" may open a clause of its own.
        return True
    if _REGION_BEFORE.search(text, max(0, start - 20), start) or _ROLE_AFTER.match(text, end):
        return True
    if _LINE_START.search(text, max(0, start - 4), start) and _DATELINE_AFTER.match(text, end):
        return True  # "Libya – The council announced ...", "LIBYA: ...": a dateline
    address = _ADDRESS_BEFORE.search(text, max(0, start - 60), start)
    if address and _ADDRESS_AFTER.match(text, end) and slug(address.group(1)) not in actors:
        return True  # the town is no known actor: "from Italy, Greece, and Malta" is a list
    if previous_place is not None:
        between = text[previous_place.end:start]
        if re.fullmatch(r"\s*(?:,\s*)?(?:and|or)\s+", between):
            return True
        # A bare comma lists places only when the list goes on ("in Libya, Chad, and Niger");
        # "fighting in Libya, Egypt said" names an agent.  Names that are no actors may
        # stand between ("beyond Libya to Burkina Faso, Mali, and Niger").
        goes_on = bool(re.match(r"\s*,|\s+(?:and|or)\s", text[end:end + 6]))
        if _LIST_BETWEEN.fullmatch(between) and (goes_on or re.search(r"\b(?:and|or)\s+(?:the\s+)?$", between)):
            return True
        # "where Sudan intersects with Libya and Egypt": the other side of a place's border.
        if re.fullmatch(r"\s+(?:" + _phrases("places", "stative_after") + r")\s+(?:with\s+|and\s+)?", between, re.IGNORECASE):
            return True
    if _POSSESSIVE_AFTER.match(text, end):
        if _POSSESSIVE_ACT.match(text, end):
            return False
        organ = _POSSESSIVE_AGENT.match(text, end)
        return not (organ and _acts_after(text, organ.end()))
    if _PARTY_BETWEEN.search(text, max(0, start - 120), start):
        return False  # "the deal between Turkey and Libya was signed": a party to it
    if _stative_next(text, end) or _VERB_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _AIM_BEFORE.search(text, max(0, start - 50), start):
        return True  # "chose Jane Roe to lead Libya through elections": what the act aims at
    if _MEETING_BEFORE.search(text, max(0, start - 40), start) or _ROLE_FOR.search(text, max(0, start - 40), start):
        return True
    noun = _NOUN_OF.search(text, max(0, start - 40), start)
    if noun and noun.group(1).casefold() not in _AGENT_NOUNS and noun.group(1).casefold() not in _AGENT_OF_NOUNS:
        return True
    if _NAME_BEFORE.search(text, max(0, start - 40), start):
        return True
    after = _NAME_AFTER.match(text, end)
    if after:
        word = re.match(r"\s([A-Za-z]+)", text[end:end + 30])
        if word and word.group(1).casefold() not in _CALENDAR_WORDS:
            return True
    surface = text[start:end]
    return (" " not in surface and not surface.isupper() and bool(_THE_BEFORE.search(text, max(0, start - 24), start))
            and bool(_LOWER_AFTER.match(text, end)))


# "UN envoy Hanna Roe", "the LNA's spokesman, Jane Roe,", "the UN's special envoy for Libya Jane
# Roe": a body, then a post of a person (roles.toml, organisations.toml person_posts, any title
# word), then the person's name.
# A hyphenated title is one word as written ("UN Secretary-General Jane Roe").
_POST_WORDS = sorted({*_ROLE_NOUNS, *_PERSON_POSTS, *(k[-1] for k in _TITLE_KEYS if len(k[-1]) > 3),
                      *(t.casefold() for t in _TITLE_WORDS if "-" in t)}, key=len, reverse=True)
# A post after a body's name and before a person's ("the LNA's spokesman, Jane Roe,", "LNA chief of
# staff Jane Roe": "of staff" and "in chief" close a post of a force).
_POST_GAP_TAIL = (r"(?i:" + "|".join(map(re.escape, _POST_WORDS)) + r")"
                  r"(?i:\s+of\s+(?:the\s+)?(?:general\s+)?staff|\s+in\s+chief)?"
                  r"(?:\s+(?:for|to|on|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?(?:\s*\([^()]{1,12}\))?"
                  r"(?:\s*,\s*|\s+)")
_POST_GAP = lazy_compile(r"(?:['’]s|(?<=s)['’])?\s+(?:(?!(?:and|or|with|by|to|from|for|of|on|in|at)\b)[\w-]+\s+){0,2}"
                         + _POST_GAP_TAIL)
# Without the possessive, a verb before a capitalised title ("the House elected Counselor Jane Roe as head of
# ...": the House acts, she is elected), unless the name has a verb of its own after it ("the parliament
# appointed Prime Minister Jane Roe arrived in Sirte": an adjective's participle).
_VERB_BEFORE_POST = lazy_compile(r"\s+[a-z]+ed\s+[A-Z]")
_VERB_AFTER_NAME = lazy_compile(r",?\s+(?:[a-z]+ed|(?!(?:as|this|his|its|hers|theirs)\b)[a-z]+s|said|told|met|went|came|took|flew|held|led|left|spoke|sent|"
                                r"won|began|became|will|would|can|could|must)\b")


def _names_a_person(text: str, mention: Mention, mentions: Sequence[Mention], actors: dict[str, Actor],
                    windows: MentionWindows | None = None) -> bool:
    """Whether a body, or a person in the possessive, only says who the person after it is: "the
    head of the Presidential Council, Mohamed al-Menfi, ...", "UN envoy Jane Roe", "the LNA's
    spokesman, Jane Roe,", "Haftar's spokesman, Jane Roe," (the person takes part; the body or
    the employer is how the person is named)."""
    def person(m: Mention) -> bool:
        return actors.get(m.actor) is not None and actors[m.actor].kind == "person"

    # A person in the possessive says whose post it is: "Haftar's spokesman, Jane Roe, said".
    owner = not person(mention) or text[mention.end:mention.end + 2] in ("'s", "’s")
    after = mentions if windows is None else windows.near(mention.end, mention.end + 81)
    if owner and any(mention.end < m.start <= mention.end + 80 and person(m) and m.actor != mention.actor
                     and _POST_GAP.fullmatch(text, mention.end, m.start)
                     and (not _VERB_BEFORE_POST.match(text, mention.end) or _VERB_AFTER_NAME.match(text, m.end))
                     for m in after):
        return True
    lo = max(0, mention.start - 80)
    if not (may_match(_ROLE_KEYS, text, lo, mention.start) and (role := _ROLE_OF.search(text, lo, mention.start))):
        return False
    # "Jane Roe, the envoy and head of the UN Support Mission in Libya (UNSMIL), said": the post set
    # after the person's name, up to the body, says who she is.
    before = [m for m in (mentions if windows is None else windows.near(lo - 1, mention.start))
              if person(m) and m.end <= role.start() and m.end >= lo]
    if before and not person(mention) and _POST_AFTER_NAME.fullmatch(text, before[-1].end, role.start()) \
            and not _RELATIVE_OPENING.match(text, mention.end) \
            and not _RELATIVE_AFTER_ACRONYM.match(text, mention.end):
        return True  # not "Haftar, head of the LNA, which launched an offensive": what the relative tells, the body did
    comma = _APPOSITION_AFTER.match(text, mention.end)
    if not comma:
        return False
    at = _TITLE_GAP.match(text, comma.end()).end()
    return any(m.start == at and person(m) for m in (mentions if windows is None else windows.near(at - 1, at + 1)))


# Between a person's name and a post of hers set after it: the apposition's comma and describing words
# ("Jane Roe, the Secretary-General's special representative and " before "head of the UN mission").
_RELATIVE_AFTER_ACRONYM = lazy_compile(r"\s*\([^()]{1,20}\)\s*,\s+(?:which|that|who)\b")
_POST_AFTER_NAME = lazy_compile(r"\s*,\s+(?:the\s+|a\s+|an\s+)?[^,;:()]{0,80}?")
# "the acting Chairman of the National Oil Corporation (NOC), Jane Roe, announced": the head of a
# body (organisations.toml head_posts) then the body and the person.
_HEAD_OF_BEFORE = lazy_compile(r"\b(?:" + _phrases("organisations", "head_posts") + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A head's apposition before the body's name: "who heads the ", "the commander of the ", "his brother, the head of the ".
_HEADS_BEFORE = lazy_compile(r"(?:\bwho\s+(?:heads|leads|runs|chairs|commands|directs)|\b(?:the|its)\s+(?:"
                             + _phrases("organisations", "head_posts") + r")\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# A head's post the body's name stands before, then his name: "LNA commander Jane Roe", "NOC chairman Jane Roe".
_HEAD_POST_AFTER = lazy_compile(r"\s+(?i:" + _phrases("organisations", "head_posts") + r")\s+(?=[A-Z])")
# A head's post owned by the body named before it, then the comma before his name: "'s president, ".
_HEAD_OWNED_AFTER = lazy_compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?:" + _phrases("organisations", "head_posts")
                                 + r")(?:\s*\([^()]{1,20}\))?\s*,\s*", re.IGNORECASE)


def _head_acts_for(text: str, mention: Mention, mentions: Sequence[Mention], actors: dict[str, Actor]) -> bool:
    """Whether a body named in its head's post acts through him: "the Chairman of the National Oil
    Corporation, Jane Roe, announced on Monday ...", "The council's head, Jane Roe, signed ...", "His
    Excellency the Head of the Presidential Council, Mr. Jane Roe, received the envoy", "LNA commander Jane
    Roe received ..." (the body and its head take part, as the annotators of every set since heldout6 list
    them), the post opening its clause or after "by", or the post of one met or called ("Haftar met the
    head of the Presidential Council, Jane Roe, in Cairo": data/organisations.toml `met_before_post`; not
    the post of one named as another object: "Gunmen abducted the director of the fund, Jane Roe"), nor
    where what the clause tells befalls him (a passive verb after his name)."""
    actor = actors.get(mention.actor)
    if actor is None or actor.kind in _PLACE_KINDS or actor.kind == "person":
        return False
    if _headed_in_apposition(text, mention, mentions, actors):
        return True
    post = _HEAD_OF_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if post is not None:
        comma = _APPOSITION_AFTER.match(text, mention.end)  # "the Chairman of the NOC, Jane Roe,"
        opening = post.start()
    else:
        comma = _HEAD_OWNED_AFTER.match(text, mention.end)  # "The council's president, Jane Roe,"
        if comma is None and mention.text[:1].isupper():
            # "LNA commander Jane Roe", by the body's name; not a common noun ("parliament speaker Jane Roe")
            comma = _HEAD_POST_AFTER.match(text, mention.end)
        opening = mention.start
    if not comma or not (_OPENS_CLAUSE.search(text, max(0, opening - 60), opening)
                         or _MET_BEFORE_POST.search(text, max(0, opening - 90), opening)):
        return False
    # A title may stand before the head's name ("the commander of the coast guard, Rear Admiral Jane Roe,").
    at = {comma.end(), _TITLE_GAP.match(text, comma.end()).end()}
    head = next((m for m in mentions if m.start in at and actors.get(m.actor) is not None
                 and actors[m.actor].kind == "person"), None)
    # What befalls him is not his body's doing: "The commander of the Stability Support Apparatus, Jane
    # Roe, known as X, was assassinated on Wednesday" (the body took no part in his killing).
    return head is not None and not _PASSIVE_AFTER_HEAD.match(text, head.end)


# A translated style's time and place may stand between the verb and the post it takes as its object
# ("had met on Saturday in Benghazi the commander of the Libyan National Army, Jane Roe"); not "met on
# 2 June in Benghazi with the Commander of ...", whose body the annotators do not list.
_PLACE_OR_TIME = (r"(?:on|in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*|headquarters|capital|premises|seat)"
                  r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w’'-]*)*|(?:yesterday|today|this\s+(?:morning|afternoon|evening))"
                  r"(?:,\s+(?-i:[A-Z])[a-z]+day)?,?")
_MET_BEFORE_POST = lazy_compile(r"\b(?:" + _phrases("organisations", "met_before_post")
                                + r")(?:\s+(?:with\s+)?(?:the\s+)?|(?:\s+(?:" + _PLACE_OR_TIME + r"))+\s+the\s+)$", re.IGNORECASE)


def _headed_in_apposition(text: str, mention: Mention, mentions: Sequence[Mention], actors: dict[str, Actor]) -> bool:
    """Whether a body is named in the apposition of its head, who opens the clause ("Belgacem Haftar, who
    heads the Fund, signed ...", "Saddam Haftar, the commander of the LNA, received ...", "Saddam Haftar,
    the LNA's commander, flew ..."): it acts through him, as the annotators of the participant sets list
    it; not where what the clause tells befalls him."""
    actor = actors.get(mention.actor)
    if actor is None or actor.kind in _PLACE_KINDS or actor.kind == "person":
        return False
    heads = _HEADS_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    if heads is not None:
        comma = _APPOSITION_AFTER.match(text, mention.end)
    else:
        # "Saddam Haftar, the LNA's commander, flew ...": the body owns the post.
        heads = _THE_RIGHT_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        comma = _HEAD_OWNED_AFTER.match(text, mention.end) if heads is not None else None
    if comma is None:
        return False
    head = next((m for m in mentions if m.end <= heads.start() and actors.get(m.actor) is not None
                 and actors[m.actor].kind == "person" and _APPOSITION_AFTER.fullmatch(text, m.end, heads.start())), None)
    return head is not None and bool(_OPENS_CLAUSE.search(text, max(0, head.start - 60), head.start)) \
        and not _PASSIVE_AFTER_HEAD.match(text, comma.end())


# After a head's name, maybe past an apposition, a passive verb: what befalls him.
_PASSIVE_AFTER_HEAD = lazy_compile(r"(?:\s*,[^,;:()]{1,60},)?\s*(?:was|were|has\s+been|had\s+been|is\s+being)\s+"
                                   r"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|shot|hit|held|caught|taken|seized|struck|slain)\b")


# Before a head's post that opens its clause (or follows the "by" of a passive): a stop, a comma, a line's
# start, a label's bar or a wire dateline's dash ("(Wire) - "), then determiners, honorifics and capitalised words of the post ("His Excellency
# the", "The acting", "the General").
_OPENS_CLAUSE = lazy_compile(r"(?:^|[.;:!?|\n,(–—]|\s-|\bby)\s*(?:(?:(?i:the|his|her|its|excellency|acting|former|new|interim)"
                             r"|[A-Z][a-z]+)\s+)*$")


# Within a dated clause, the part the date belongs to:
# - a relative or participle clause holding the date, with the name it describes: "...,
#   succeeding Senegal's Jane Roe, who stepped down in April", "The assembly, elected in 2014,
#   sits in Tobruk";
# - a noun phrase naming a past event in passing: "the worst since the 2011 war that toppled
#   Gaddafi", "the result of Thursday's moves could be ...";
# - not what a ", with ..." or ", and that ..." after the date adds.
_CLAUSE_COMMA = lazy_compile(r",(?!\d)")
_RELATIVE = lazy_compile(r"(?:,\s*)?\b(?:who|whom|which)\b|,\s*(?:where|whose)\b|,\s+(?:[a-z]+ed|born|chosen|sworn\s+in)\b"
                       # "behind the assassinations that took place ...": "that" after a determiner
                       # and one noun (not "Haftar said that", "the UN warned that").
                       r"|\b(?:the|a|an|its|his|her|their)\s+[a-z]+(?<!ed)\s+that\b"
                       # "the Libyan town close to Djanet that was hit by floods": "that" after a name,
                       # an auxiliary after it (not "told Reuters that the talks ...").
                       r"|\b(?-i:[A-Z])[\w’'-]*[a-z]\s+that(?=\s+(?:was|were|is|are|had|has|have)\b)", re.IGNORECASE)
# After the comma closing a participle clause: a lower-case word that opens no phrase (a verb,
# maybe after an adverb), not a name, a determiner or a preposition.
# Not a participle of accompanying with its agent (", accompanied by the mayor": data/modifiers.toml
# `adjunct_participles`): an adjunct of the verb before the comma, where "voted by a large majority" is a verb.
_MAIN_VERB_NEXT = lazy_compile(r"\s+(?!(?:" + _phrases("modifiers", "adjunct_participles") + r")\s+by\b)(?!(?:the|a|an|and|or|but|in|on|at|to|for|with|from|by|of|as|who|which|whose|"
                             r"whom|that|its|his|her|their|this|these|those|including|while|after|before)\b)[a-z]")
# Between a name and the relative pronoun describing it: a short bracket, a comma, or an apposition
# set off by a comma ("Khalifa Haftar, the eastern military commander who led ...").
_ANTECEDENT_GAP = lazy_compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,5})?)?")
# An apposition ending in someone it is of or for ("the lawyer of a detainee", "the mother of the detained
# journalist", "the lawyer representing two detainees"): "who" after it may be that one.
_OF_SOMEONE_ENDING = lazy_compile(r"\b(?:of|for|to|representing|defending|with)\s+(?:(?:a|an|the|two|three|four|five|six|"
                                  r"several|some|many|\d+)\s+)?[a-z][a-z\s-]*$")
_APPOSED_GAP = lazy_compile(r",\s*(?:the|a|an)\s+[^,;:()\[\]]{1,100}|\s+of\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5}")
_AFTER_DATE_CUT = lazy_compile(r",\s+(?:with|and\s+that|while|whereas|alongside|along\s+with|"
                             r"(?:described|known|seen|regarded|considered)\s+as|"
                             # ", saying Jane Roe's government had expired": what the subject says besides
                             + _phrases("modifiers", "saying_after_date") + r")\s")
_BRACKET_CLOSE = lazy_compile(r"(?:\s*[–-]\s*\d{2,4})?[\])]")
_NOUN_PHRASE_BEFORE = lazy_compile(r"\b(?:the|a|an|their|its|his|her|our)\s+$", re.IGNORECASE)
_DATE_MODIFIES = lazy_compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")
_RELATIVE_WORD_BEFORE = lazy_compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
# Where a noun phrase opening its clause ends: a comma or the clause's verb.
# The passive of taking part in the happening the phrase names, its agents after it ("were also attended
# by", "was chaired by"): data/anaphora.toml `told_event_attending`, as participles.
_TOOK_PART_BY = lazy_compile(r"(?:was|were)\s+(?:also\s+|jointly\s+)?(?:" + _words_alt(
    [w for w in vocab.words("anaphora", "told_event_attending") if " " not in w and w.endswith("ed")]) + r")\s+by\b")
_PHRASE_STOP = lazy_compile(r"[,;:]|\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|[a-z]{3,}ed)\b")


# "Jane Roe met the envoy on Monday, and Egypt said ...", "..., and in the same week Egypt said":
# ", and" + maybe a time phrase (lower-case words) + a subject of up to five
# words (and an apposition: ", and the EU's envoy, Jane Roe, warned") + a finite verb (a speech verb, an auxiliary, a regular or irregular past) opens a new
# clause.  Not a list of names ("Egypt, Turkey, and Russia signed ..."): the part before the
# ", and" must run more than three words from its last comma.
_FINITE = ("|".join(_SPEECH.split("|")) + r"|is|was|were|are|has|have|had|will|would|could|can|did|does|do|"
           r"[a-z]{2,}ed|" + "|".join(sorted(vocab.entry_words("verb_forms", "past"), key=len, reverse=True)))
_AND_NEW_SUBJECT = lazy_compile(r",\s+and\s+(?=(?:(?:in|on|during|within|by|later|earlier|that)\s+(?:the\s+|that\s+|this\s+)?"
                              r"(?:[a-z0-9][\w’'-]*\s+){0,2}?[a-z0-9][\w’'-]*,?\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?!and\b|or\b)[\w’'-]+\s+){0,3}?"
                              r"(?!and\b|or\b)[\w’'-]+(?:,\s[^,;]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:" + _FINITE + r")\b)")


# A name's finite verb, maybe after an apposition set off by commas (no sentence end inside).
_SUBJECT_VERB_AFTER = lazy_compile(r"(?:,[^,;:.!?“”\"\n]{1,100},)?\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?((?:"
                                 + _FINITE + r"))\b")
_PLURAL_VERBS = frozenset("were are have do".split())
# "Jane Roe, the mayor of Sabratha, ordered ...": the verb after a post set off by commas.
_FINITE_AFTER_APPOSITION = lazy_compile(r",\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?:" + _FINITE + r")\b")


_VERB_BEFORE_DATE = lazy_compile(r"\b(?:" + _FINITE + r")\s+(?:last\s+|this\s+)?$")
# "Attending yesterday's session were ...": a clause opened by attending (data/modifiers.toml attending_openers).
_ATTENDING_OPENER = lazy_compile(r"\s*(?:" + vocab.alternation(vocab.words("modifiers", "attending_openers"))
                                 + r")\s+(?:the\s+)?", re.IGNORECASE)


# "... on Monday as Saddam Haftar, his son, flew to Cairo", "..., while the GNU said ...": a
# subordinate clause with a subject of its own (a capitalised name or a determiner and up to four
# words, maybe an apposition) and a finite verb (modifiers.toml subordinate_cuts).
# A subject written as a name of up to four capitalised words ("Saddam Haftar", "Omar al-Mukhtar").
_NAME_SUBJECT = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|al-[\w’'-]+|bin|ben)){0,3}"
_SUBORDINATE_AFTER_DATE = lazy_compile(
    r"(?:\s*,)?\s+(?:" + _phrases("modifiers", "subordinate_cuts") + r")\s+(?=(?:(?:the|a|an|his|her|its|their)\s+[\w’'-]+"
    r"(?:\s+(?!that\b|which\b|who\b)[\w’'-]+){0,3}|" + _NAME_SUBJECT +
    # "Libya's eastern commander Khalifa Haftar": a possessive's describing words, then the name
    r"|[A-Z][\w-]*['’]s(?:\s+[a-z][\w-]*){0,3}(?:\s+(?:[A-Z][\w’'-]*|al-[\w’'-]+)){1,4})"
    r"(?:,\s[^,;]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:" + _FINITE + r")\b)")
# A conjunction before the date opening a clause with a subject and a verb of its own ("UNICEF delivers
# 150,000 doses as a vaccination campaign starts today in Sebha"): the date is that clause's, whose
# subject is the act's, not the main clause's (data/modifiers.toml subordinate_cuts_before).
# The subject holds no preposition ("as the head of operations on Monday" is a post, "after the Paris talks
# on Monday" a noun phrase); a present tense in -s counts only before "today" or "this morning", as a
# release tells its day's acts.
_SUBORDINATE_BEFORE_DATE = lazy_compile(
    r"(?:\s*,)?\s+(?:" + _phrases("modifiers", "subordinate_cuts_before") + r")\s+(?=(?:(?:the|a|an|his|her|its|their)\s+[\w’'-]+"
    r"(?:\s+(?!(?:that|which|who|of|for|in|on|at|to|with|from|by|and|or)\b)[\w’'-]+){0,3}"
    r"|" + _NAME_SUBJECT + r")"
    r"\s+(?:[a-z]+ly\s+)?(?:(?:" + _FINITE + r")\b|[a-z]{3,}s\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))\b))")
# "summoned yesterday the ambassador to protest the agreement signed on Monday in Tripoli between X
# and Y": a thing's noun, its participle and a date of its own; what follows is that act's, not the
# clause's.  Not a person's post ("the envoy appointed in March, Jane Roe": the clause's object).
# A subject between ("the campaign his father launched in May") makes a relative clause, no participle.
_THING_PARTICIPLE = (r"\b(?:the|an?)\s+(?:(?!(?:his|her|its|their|our|my)\b)[a-z][\w-]*\s+){0,2}"
                     r"(?P<noun>(?!(?:it|he|she|they|we|which|that|who|his|her|its|their|our|my)\b)[a-z][\w-]*)"
                     r"\s+(?:[a-z]{3,}ed|"
                     + "|".join(sorted((w for w in vocab.entry_words("verb_forms", "participle") if " " not in w),
                                       key=len, reverse=True)) + r")\s+")
_DATED_PARTICIPLE_AFTER = lazy_compile(_THING_PARTICIPLE + r"(?:on|in)\s+(?:the\s+)?(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|"
                                       r"[A-Z][a-z]+\s+\d{1,2}\b|(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d)")
# The same phrase before the date it holds: that date's clause starts with the thing's noun.
_DATED_PARTICIPLE_BEFORE = lazy_compile(_THING_PARTICIPLE + r"(?:on|in)\s+(?:the\s+)?$")
# "three years after the uprising that toppled ...": a count's "after" dates, it opens no clause.
_COUNT_BEFORE_CUT = lazy_compile(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)\s*$", re.IGNORECASE)
# "... on Thursday and his son Saddam flew to Cairo": "and" right after the date, before a
# possessive pronoun's subject and its verb ("In 1987, he and his people were captured" is one
# subject).
_AND_POSSESSIVE_AFTER_DATE = lazy_compile(
    r"\s+(?:" + _phrases("modifiers", "subordinate_cuts_possessive") + r")\s+(?=(?:his|her|its|their)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,3}\s+(?:[a-z]+ly\s+)?(?:" + _FINITE + r")\b)")


# A quotation closed before a clause's date: the words of the speaker the clause names, not its
# participants ('"X is a criminal," Jane Roe said on Monday').
# A quotation of words set in a sentence ("supplies 'peaked' in 2019") is no one's speech: the
# quote ends with its own punctuation.
_QUOTATION = lazy_compile(r"“[^“”]{1,600}[,.!?…]”|\"[^\"]{1,600}[,.!?…]\"")
# "After the abduction of Jane Roe by the Rada Force on 14 August, fighting continued ... on 15
# August", "Marking the anniversary of the 2011 revolt against X, the envoy said today": a fronted
# phrase with a date of its own tells another happening; a date after it is the main clause's,
# whose participants it does not name.
_FRONTED_DATED = lazy_compile(r"[\s\"“]*(?:(?i:after|following|before|since|until)|[A-Z][a-z]{2,}ing)\b[^,;.!?]{3,160}?\b(?:\d{1,4}|(?i:"
                            + "|".join(sorted(_MONTHS | _WEEKDAYS)) + r"))\b[^,;.!?]{0,40},\s")
# ", amid criticism from rights groups since 2019": a circumstance with a date of its own, whose
# participants are none of the clause before it.
_AMID = lazy_compile(r",\s+amid\s", re.IGNORECASE)


def _new_subject_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in text[start:end] where ", and" opens a clause with a subject of its own."""
    cuts = []
    for m in _AND_NEW_SUBJECT.finditer(text, start, end):
        comma = text.rfind(",", start, m.start())
        if len(text[max(start, comma + 1):m.start()].split()) > 3:
            cuts.append(m.start())
    return cuts


# Reporting frames (data/modifiers.toml `reporting_verbs`): what is said is a clause of its own.
def _verbs(key: str) -> str:
    return "|".join(sorted(map(re.escape, vocab.words("modifiers", key)), key=len, reverse=True))


_BARE = _verbs("reporting_bare")
# Lower case only: a verb is not capitalised mid-sentence ("the United States", a man named Said).
_REPORTING = lazy_compile(r"\b(?:" + _BARE + "|" + _verbs("reporting_verbs") + r")\b")
_SAYING = lazy_compile(r"\b(?:" + _BARE + r")\b")
_FINITE_VERB = lazy_compile(r"\b(?:" + _FINITE + r")\b")
# A past written as its present with its object after it ("Haftar's forces put their units on alert", "protesters
# cut the road"): a clause's verb before a closing tag too.
_PAST_AS_PRESENT_ACTING = lazy_compile(r"\b(?:" + "|".join(sorted(SAME_AS_PRESENT)) + r")\s+(?:the|a|an|their|its|his|her|our|"
                                       r"off|down|up|out)\b")
_NAME_ENDING = lazy_compile(r"[A-Z][\w’'-]*$")
_WH_WORD = lazy_compile(r"\b(?:who|whom|whose|which)\b")
# A day or a month the words before a date name ("on Monday", "in July", "yesterday"): a clause dated already.
_DAY_NAMED = lazy_compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in _MONTHS | _WEEKDAYS)) + r"|[Yy]esterday|[Tt]oday)\b")
# ", whose head, Jane Roe": a relative naming its noun's post and the post's holder, set off by commas.
_WHOSE_POST_NAMED = lazy_compile(r",\s+whose\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}$")
# Its verb after the holder's closing comma, and the rest of its clause.
_RELATIVE_GOES_ON = lazy_compile(r",\s+(?:[a-z]+ly\s+)?(?:" + _FINITE + r"|[a-z]+s)\b[^,;:()—–]*")
# After a purpose phrase (_purpose_end), ", Italy said", ", the UN Security Council urged": a
# clause of a named subject and its verb (not ", resolving its armed conflict": "armed" qualifies
# a noun in a list of aims).
_NAMED_SUBJECT_CLAUSE = lazy_compile(r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?:[a-z]+ly\s+)?(?:" + _FINITE + r")\b")
# "That" opening what a verb of saying reports: right after the verb, or after the statement's own
# date, place or addressee ("said on Monday that", "told the Security Council that"); a "that"
# after other words is a relative ("said the militia that attacked the camp ...").
_THAT_AFTER = lazy_compile(r"\s*(?:,\s*)?(?:(?:on|in|at|late|early|last|this|reporters|journalists|a|an|the|statement|"
                         r"interview|briefing|conference|press|news|television|to|from|its|his|her|their)\s+"
                         r"|[A-Z0-9][\w’'-]*,?\s+)*?that\s+")
# "said the Rada Force that ...": a name right after the verb, then "that" (see _reported_clause).
_NAME_THAT = lazy_compile(r"\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*\s+)+that\s+")
# "said Tuesday that ...", "said May 3 that ...": US wire style, the statement's own date before
# "that" (no name and its relative).
_CALENDAR_THAT = lazy_compile(r"\s+(?:" + "|".join(sorted(_CALENDAR_WORDS, key=len, reverse=True))
                            + r")\b(?:\s+\d{1,2}(?:,\s+\d{4})?)?,?\s+that\s", re.IGNORECASE)
_ALSO_NOUNS = frozenset(vocab.words("modifiers", "reporting_also_nouns"))
_TO_SOMEONE = frozenset(vocab.words("modifiers", "reporting_to_someone"))
# The person spoken to after "told": a run of capitalised words ("the Security Council", "Jane
# Roe") or one word ("reporters", "parliament").
_ADDRESSEE = lazy_compile(r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:[A-Z][\w’'-]*\s+)+|[a-z]+\s+)")
# Words that may stand between a reporting verb and its own date: "said on Monday", "told
# reporters late on Tuesday", "announced in a statement on Sunday".
_OWN_DATE_GAP = lazy_compile(r"\s*(?:(?:on|in|at|late|early|last|this|reporters|journalists|a|an|the|statement|"
                           r"interview|briefing|conference|press|news|television|to|from|its|his|her|their)\b\s*)*$",
                           re.IGNORECASE)
# A reported clause opened by a pronoun is told by its speaker about itself: "X said it had ...".
_PRONOUN_SUBJECT = lazy_compile(r"\s*(?:(?:on|in|late|early|last)\s+[^,]{0,25}?\s+)?(?:that\s+)?"
                              r"(?:he|she|it|they|we|i|his|her|its|their|our|my)\b", re.IGNORECASE)
# ", the IOM said.", ", the IOM said on Monday.", ", said Jane Roe, a spokesman.", ", according to
# officials." closing the sentence.
_REPORT_TAG = lazy_compile(r",[\"”’]?\s+(?:according\s+to\b[^;]*|[^,;“”\"]{1,60}?\s+(?:" + _BARE + r")(?:\s+[^,;\s]+){0,4}"
                         r"|(?:" + _BARE + r")\s+[^,;]{1,60}?(?:,[^,;]{1,60})?)[\s.!?\"”’]*$")


# What a statement dated by its own date says, after "that" or as a clause of its own: "said on
# Thursday that ...", "said on Thursday, that ...", "told reporters on Monday the talks ...".
# Where or how it was said may stand before "that": "said on Monday in Geneva that ...", "said on
# Tuesday in a statement that ...".
_SAID_AFTER_DATE = lazy_compile(r"\s+(?:in|at|from|during|via|through)\s+[^,;.:“”\"]{1,50}?(?:\s*,)?\s+that\s+|"
                              r"(?:\s*,)?\s+(?:(?:that\s+)|(?=(?:(?:the|a|an|his|her|its|their)\s+)?"
                              r"(?:[\w’'-]+\s+){0,3}?(?:" + _FINITE + r")\b))")


# A subject of up to six words (a date among them) and a finite verb: "the clashes on Monday killed",
# "the militia that attacked" (a "that" right after the verb was taken by _THAT_AFTER before).
_BARE_CLAUSE = lazy_compile(r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,6}?"
                          r"(?:[a-z]+ly\s+)?(?:" + _FINITE + r")\b")


def _last_reporting_verb(text: str, start: int, at: int) -> re.Match | None:
    """The last verb of saying in text[start:at]; a form that is also a noun ("states", "reports")
    counts only with "that" after it."""
    verb = None
    for m in _REPORTING.finditer(text, start, at):
        if m.group() not in _ALSO_NOUNS or _THAT_AFTER.match(text, m.end(), at):
            verb = m
    return verb


def _own_date(text: str, verb: re.Match, at: int) -> bool:
    """Whether the date at `at` is the reporting verb's own: "said on Monday", "said Tuesday",
    and after "told" its addressee too ("told delegates on Monday", "told the Security Council
    on Tuesday")."""
    if _OWN_DATE_GAP.match(text[verb.end():at]):
        return True
    if verb.group() not in _TO_SOMEONE:
        return False
    addressee = _ADDRESSEE.match(text, verb.end(), at)
    return addressee is not None and bool(_OWN_DATE_GAP.match(text[addressee.end() - 1:at]))


def _said_after_own_date(text: str, start: int, at: int, at_end: int, end: int) -> int | None:
    """Where what a statement says begins, when the date at..at_end is the reporting verb's own
    ("the LNA said on Wednesday that ..."); None otherwise."""
    verb = _last_reporting_verb(text, start, at)
    if verb is None or not _own_date(text, verb, at):
        return None
    said = _SAID_AFTER_DATE.match(text, at_end, end)
    return said.start() if said else None


def _reported_clause(text: str, start: int, at: int, at_end: int, end: int) -> int | None:
    """Where the reported clause holding the date at..at_end begins, when a reporting verb before
    it frames it ("the LNA said an explosion on Tuesday killed four"); None when the date is the
    verb's own ("said on Wednesday") or the clause speaks of its speaker ("said it had ...")."""
    verb = _last_reporting_verb(text, start, at)
    if verb is None:
        return None
    gap = text[verb.end():at]
    if _own_date(text, verb, at) or _PRONOUN_SUBJECT.match(gap):
        return None
    that = _THAT_AFTER.match(gap)
    if that and verb.group() not in _TO_SOMEONE and _NAME_THAT.fullmatch(gap, 0, that.end()) \
            and not _CALENDAR_THAT.match(gap) and _SAYING.fullmatch(verb.group()):
        # "said the Rada Force that raided the port ...": only "told" has a person spoken to
        # before its "that"; after another verb, a name and "that" are a subject and its
        # relative, and the reported clause starts at the name.
        return verb.end()
    if that:
        lo = verb.end() + that.end()
        return None if _PRONOUN_SUBJECT.match(text, lo) else lo
    # No "that", after a verb of saying: what follows is a clause when a subject of a few words
    # and a finite verb open it ("said Turkish drones struck Sirte on Monday", "said the clashes
    # on Monday killed 12"); else it is the verb's object ("reported 12 deaths on Monday").  After
    # "told" the person spoken to comes first.
    lo = verb.end()
    if verb.group() in _TO_SOMEONE and (addressee := _ADDRESSEE.match(text, lo, at)):
        lo = addressee.end() - 1
    if _SAYING.fullmatch(verb.group()) and _BARE_CLAUSE.match(text, lo, end):
        return lo
    return None


def clause_scope(text: str, mentions: Sequence[Mention], start: int, end: int, at: int, at_end: int,
                 in_passing: bool = False, actors: dict[str, Actor] | None = None) -> tuple[int, int, int | None]:
    """(start, end, start of the described name or None) of the part of text[start:end] the date
    at..at_end belongs to; the whole span when the date is not inside it or nothing narrows it.

    `in_passing`: the date names a past event in passing (a background event), whose noun phrase
    is its own clause.

    >>> t = "The UN named Jane Roe, succeeding Khalifa Haftar, who stepped down in April."
    >>> m = [Mention("khalifa-haftar", "d", 0, 34, 48, "Khalifa Haftar")]
    >>> a, b, ante = clause_scope(t, m, 0, len(t), t.index("April"), t.index("April") + 5)
    >>> t[a:b], ante
    (', who stepped down in April.', 34)
    """
    if not (start <= at < at_end <= end):
        return start, end, None
    for cut_at in _new_subject_cuts(text, start, end):
        if cut_at < at:
            start = cut_at
        else:
            end = cut_at
            break
    for quoted in _QUOTATION.finditer(text, start, at):
        start = quoted.end()  # '"Jane Roe follows the rescue," notes a post a week after the storm': what was said
    fronted = _FRONTED_DATED.match(text, start)
    if fronted and fronted.end() <= at:
        start = fronted.end()  # "After the abduction of X on 14 August, fighting went on until 15 August"
    thing = _DATED_PARTICIPLE_BEFORE.search(text, max(start, at - 80), at)
    # Only as the object of a verb before it: "The government in the east said on Tuesday" is the clause itself.
    if thing and thing["noun"] not in _ROLE_NOUNS and _FINITE_VERB.search(text, start, thing.start()):
        start = thing.start()  # "... to protest the agreement signed on Monday between X and Y": that act's own
    for amid in _AMID.finditer(text, start, at):
        start = amid.start()  # "... was renewed in 2020, amid criticism since October 2019": the criticism's own
    reported = _reported_clause(text, start, at, at_end, end)
    if reported is not None:
        start = reported
    else:
        said = _said_after_own_date(text, start, at, at_end, end)
        if said is not None:
            end = said  # "X said on Monday that Turkey had sent ...": Turkey is what X talks about
    tag = _REPORT_TAG.search(text, at_end, end)
    # A tag closes a clause with a verb of its own ("Fighting resumed on Monday, residents said"),
    # not a fronted date ("Earlier that day, the army confirmed ...").
    if tag and (_FINITE_VERB.search(text, start, tag.start()) or _PAST_AS_PRESENT_ACTING.search(text, start, tag.start())
                or text[tag.start() + 1:tag.start() + 2] in ('"', "”")):
        end = tag.start()  # "..., the IOM said.": the speaker is the report's source (of a quote's words too)
    cut = _AFTER_DATE_CUT.search(text, at_end, end)
    hi = cut.start() if cut else end
    other = _SUBORDINATE_AFTER_DATE.search(text, at_end, hi)
    if other and _COUNT_BEFORE_CUT.search(text, max(0, other.start() - 12), other.start()):
        other = None
    other = other or _AND_POSSESSIVE_AFTER_DATE.match(text, at_end, hi)
    if other:
        hi = other.start()  # "... entered Sirte on Monday as Saddam Haftar flew to Cairo": another subject's act
    dated = next((m for m in _DATED_PARTICIPLE_AFTER.finditer(text, at_end, hi) if m["noun"] not in _ROLE_NOUNS), None)
    if dated:
        hi = dated.start()  # "... to protest the agreement signed on Monday between X and Y": that act's
    closing = _BRACKET_CLOSE.match(text, at_end) if text[at - 1:at] in ("[", "(") else None
    if closing:
        hi = closing.end()  # "Jane Roe, foreign minister [2013-2017] and ...": a bracketed date dates what precedes it
    # "... attended Thursday's session": after a verb, the date's noun is the verb's object and
    # the whole clause is dated; "the result of Thursday's moves could be ..." names a past event.
    possessive = text[at_end:at_end + 2] in ("'s", "’s") and not _VERB_BEFORE_DATE.search(text, max(start, at - 30), at) \
        and not _ATTENDING_OPENER.fullmatch(text, start, at)
    if possessive or (in_passing and _NOUN_PHRASE_BEFORE.search(text, max(start, at - 7), at)):
        np_start = at if possessive else _NOUN_PHRASE_BEFORE.search(text, max(start, at - 7), at).start()
        tail = _DATE_MODIFIES.match(text, at_end, hi)
        if tail:
            if possessive and not text[start:np_start].strip(' \t"“‘('):
                # "Tuesday's talks in Moscow between Saddam Haftar and Andrei Voronin worried Athens": the
                # phrase opening its clause is its subject, whose participants it names, up to a comma or
                # the clause's verb (as for "The February bombing in Benghazi", below).
                stop = next((m for m in _PHRASE_STOP.finditer(text, tail.end(), hi)
                             if not _RELATIVE_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())), None)
                if stop is not None and _TOOK_PART_BY.match(text, stop.start()):
                    # "Yesterday's talks were also attended by X and Y": who took part follows the verb.
                    return np_start, hi, None
                return np_start, stop.start() if stop else hi, None
            if possessive:
                return np_start, tail.end(), None
            comma = text.find(",", at_end, hi)
            return np_start, comma if comma >= 0 else hi, None
    # "The February bombing in Benghazi, the deadliest in years, has handed Jane Roe ...": a date
    # naming a happening by its noun, that noun phrase opening the clause as its subject, dates
    # the phrase alone, up to a comma or the clause's verb; the rest tells what came of it.
    opener = _NOUN_PHRASE_BEFORE.search(text, max(start, at - 7), at) if not in_passing and not possessive else None
    if opener is not None and not text[start:opener.start()].strip(' \t"“‘('):
        tail = _DATE_MODIFIES.match(text, at_end, hi)
        if tail and not _FINITE_VERB.match(text, at_end):
            # A verb of the phrase's own relative clause ("The 2011 revolt that toppled Gaddafi") is the phrase's.
            stop = next((m for m in _PHRASE_STOP.finditer(text, tail.end(), hi)
                         if not _RELATIVE_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())), None)
            return opener.start(), stop.start() if stop else hi, None
    lo, ante = start, None
    for m in _RELATIVE.finditer(text, start, at):
        # The relative ends at the next comma: "Haftar, who leads the LNA, met ... on Sunday"
        # dates the main clause (not a thousands separator: "to 3,000 families").
        if _CLAUSE_COMMA.search(text, m.end(), at):
            continue
        word = m.group().lower()
        if word.endswith("that"):  # the noun before it is no name: the clause starts at "that"
            lo, ante = m.end() - 4, None
        else:
            participle = not re.search(r"\b(?:who|whom|whose|which|where)\b", word)
            if participle and text.find(",", at_end, hi) < 0:
                continue  # ", arrived by boat on Wednesday.": a main verb after an apposition, not a participle
            if participle and not _MAIN_VERB_NEXT.match(text, text.find(",", at_end, hi) + 1) \
                    and not (_FINITE_VERB.search(text, start, m.start()) and _DAY_NAMED.search(text, start, m.start())
                             and not _FINITE_VERB.search(text, m.end(), at) and not _NAME_ENDING.search(text, start, m.start())
                             and not _WH_WORD.search(text, start, m.start())):
                # "The House, elected in 2014, sits in Tobruk": the main verb follows the closing
                # comma.  "The Speaker, Jane Roe, received on Tuesday the envoy, Tom Poe, in ...":
                # a name follows, so "received" is the main verb after an apposition.  But "... handed
                # over on Monday four suspects, arrested by units of the 106th Brigade in July, in the
                # killing of ...": after a main clause dated already, its object no name (", Counselor Jane
                # Roe, approved ..." is the main verb after an apposition) and no relative clause before
                # (", who was appointed on 2 February, received on Monday ..."), the participle's date is its own.
                continue
            lo = m.start()
            before = next((x for x in mentions
                           if x.end <= m.start() and _ANTECEDENT_GAP.fullmatch(text, x.end, m.start())), None)
            if before is not None and actors is not None and re.search(r"\bwhom?\b", word):
                before = _person_before_body(text, mentions, actors, before)
            elif before is None and actors is not None and re.search(r"\bwhom?\b", word):
                # "Jane Roe, the former director of education in Misrata, who passed away yesterday", "Jane
                # Roe, a member of the Council's first session, who ...", "Lieutenant Jane Roe of the Coast
                # Security Department, who ...": the apposition closed by its comma or the body she is of, no
                # person in it; "who" is the person's before it.
                people = [x for x in mentions if x.end <= m.start() and x.actor in actors
                          and actors[x.actor].kind == "person"]
                if people and _APPOSED_GAP.fullmatch(text, people[-1].end, m.start()) \
                        and not _OF_SOMEONE_ENDING.search(text, people[-1].end, m.start()):
                    before = people[-1]
            ante = before.start if before is not None else None
        comma = text.find(",", at_end, hi)
        if comma == at_end and "," in text[at:at_end]:
            # "the clashes that the area witnessed yesterday, Tuesday, between X and Y": the comma
            # closes the date's own apposition, not the relative clause.
            comma = text.find(",", comma + 1, hi)
        if comma >= 0:
            hi = comma  # ", elected in 2014, is based in ...": the clause ends at its comma
    sub = None
    for found in _SUBORDINATE_BEFORE_DATE.finditer(text, lo, end):  # its verb may stand next to the date
        if found.start() >= at:
            break
        sub = found
    if sub is not None and not _CLAUSE_COMMA.search(text, sub.end(), at):
        lo, ante = sub.end(), None  # "... as a vaccination campaign starts today": that clause's date
    if in_passing:
        # "..., which was set up under a deal signed by the two parliaments last year": the date is
        # the deal's, a noun and its participle set after it; the relative's antecedent is not in it.
        phrase = _participle_phrase_before().search(text, max(lo, at - 120), at)
        if phrase and phrase.start() > lo:
            lo, ante = phrase.start(), None
    return lo, hi, ante


def _person_before_body(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], named: Mention) -> Mention:
    """The antecedent of "who" after a body named as a person's ("Dr. Salma Roe of the Sabha Medical Centre,
    who died on Saturday"): the person, not the body; else the mention named."""
    if named.actor not in actors or actors[named.actor].kind == "person":
        return named
    person = next((x for x in reversed(mentions) if x.end <= named.start), None)
    if person is not None and person.actor in actors and actors[person.actor].kind == "person" \
            and _OF_THE_BODY.fullmatch(text, person.end, named.start):
        return person
    return named


_OF_THE_BODY = lazy_compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _participle_phrase_before() -> re.Pattern[str]:
    """ "a UN-mediated deal signed by splintered groups from the two parliaments " before a date: a
    determiner, a noun and the past participle set after it, then the participle's own words; not an
    apposition (", a tycoon appointed a year ago": the person named before it), nor a relative clause
    with a pronoun ("the prime minister it appointed last year"), nor an adverb before a finite verb
    ("Rada and the 444th Brigade last fought in 2023", "the army also seized")."""
    from .timeline import verb_forms  # the irregular forms of data/verb_forms.toml

    return re.compile(r"(?<!,\s)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?!(?:was|were|been|is|are|has|have|had|it|he|she|they|we|who|which|that|"
                      + "|".join(vocab.words("modifiers", "adverbs_before_verbs")) + r")\b)[a-z][\w-]+\s+"
                      rf"(?:[a-z]{{3,}}ed|{verb_forms('participle')})\b[^,;:.()]{{0,80}}$")


# "speaking about Egypt's role", "regarding the UN's plan": the name is a topic (modifiers.toml).
# Not after an apostrophe: the "'re" of "we're", "they're" is no "re".
_TOPIC_BEFORE = lazy_compile(r"(?<!['’])\b(?:" + _phrases("modifiers", "topic_prepositions") + r")\s+(?:the\s+)?$")
# A name inside a hashtag, at its start or after an underscore ("#GNU", "#Central_Bank_of_Libya").
_IN_HASHTAG = lazy_compile(r"#\w*$")
# A page's label opening a post's line, a bar after it ("The Public Prosecution | The Attorney General ...").
_POST_LABEL = lazy_compile(r"\s*[|｜]")
_LINE_OPENING = lazy_compile(r"[\s#]*(?:(?i:the)\s+)?")
# "a meeting focused on the access of the election commission": what a meeting is about, the name at
# once or after a noun of it and "of" (modifiers.toml topic_heads); "demanding the dismissal of the
# NOC's chairman": what is asked for (demand_heads), only after a noun of it and "of" ("called for the
# High Council of State to meet": the body is asked to act, and may).
_TOPIC_HEAD_BEFORE = lazy_compile(r"\b(?:" + _phrases("modifiers", "topic_heads")
                                  + r")\s+(?:the\s+)?(?:[a-z-]+\s+(?:[a-z-]+\s+)?of\s+(?:the\s+)?)?$")
_DEMANDED_BEFORE = lazy_compile(r"\b(?:" + _phrases("modifiers", "demand_heads") + r")\s+the\s+[a-z-]+\s+(?:[a-z-]+\s+)?of\s+(?:the\s+)?$")


_HOLDERS: dict[int, dict[tuple[str, str], list[tuple[str, DatedAlias | None]]]] = {}
# A registry role that says which state's organ an actor is: "Libya's parliament, sitting in ...".
_ORGAN_ROLE = lazy_compile(r"^(.+?)['’]s\s+(" + _phrases("places", "possessive_agents") + r")\b(?!['’-])", re.IGNORECASE)


def _holders(registry: Registry) -> dict[tuple[str, str], list[tuple[str, DatedAlias | None]]]:
    """{(state id, organ noun): [(actor id, period or None)]} of the registry actors whose role is a
    state's organ ("Libya's parliament, sitting in the east" is the House of Representatives); a
    role written as [[actor.dated_role]] holds only in its period (the House sits from August 2014)."""
    key = id(registry)
    if key not in _HOLDERS:
        states = {fold(n): a.id for a in registry.actors.values() if a.kind in _PLACE_KINDS for n in registry.names_of(a.id)}
        found: dict[tuple[str, str], list[tuple[str, DatedAlias | None]]] = defaultdict(list)
        for a in registry.actors.values():
            periods = {d.name: d for d in registry.dated_roles.get(a.id, ())}
            for role in registry.roles.get(a.id, ()):
                m = _ORGAN_ROLE.match(role)
                if m and fold(m.group(1)) in states:
                    found[(states[fold(m.group(1))], " ".join(m.group(2).casefold().split()))].append((a.id, periods.get(role)))
        _HOLDERS[key] = dict(found)
    return _HOLDERS[key]


def _organ_heads(text: str, mentions: Sequence[Mention], registry: Registry, found: list[tuple[int, str]],
                 date: str | None = None) -> list[tuple[int, str]]:
    """(offset, body id) of the desk's state's organ a participant heads, named as the post before their
    name: "Central Bank governor Jane Roe announced" (or "Libya's central bank governor Jane Roe") is the
    Central Bank of Libya too, the registry's one holder of that organ at `date` (_holders); not another
    state's ("Egypt's new central bank governor", "the Tunisian central bank chief", a post with no owner
    after another state named in its sentence: "In Tunis, Central Bank governor ..."), nor a former head's."""
    taking = {actor for _, actor in found}
    out = []
    for m in mentions:
        if m.actor not in taking:
            continue
        post = _ORGAN_HEAD_BEFORE.search(text, max(0, m.start - 80), m.start)
        if post is None or _FORMER_HEAD.search(text, max(0, post.start() - 12), post.end()):
            continue  # "the former (Libyan) central bank governor": the organ is not his now
        owner = post.group("owner")
        if owner is not None and owner.casefold() in STOP_WORDS:
            owner = None  # "The central bank governor, Jane Roe,"
        if owner is None:
            if registry.foreign_pattern().search(text, _sentence_start(text, post.start()), post.start()):
                continue  # "In Tunis, Central Bank governor Jane Roe warned": no owner, set in another state
            state = _HOME_STATE
        else:
            state = registry.demonym_pattern()[1].get(owner) or _state_named(registry, owner)
        if state != _HOME_STATE:
            continue
        organ = " ".join(post.group("organ").casefold().split())
        held = [a for a, period in _holders(registry).get((state, organ), ())
                if period is None or (date and date[:4].isdigit() and _in_range(date, period))]
        if len(held) == 1:
            out.append((post.start("organ"), held[0]))
    return out


# "<organ> <head post> " right before a name, a state's name, possessive or people's word before the organ
# ("Central Bank governor ", "Libya's central bank governor ", "the Libyan election commission chairman ").
_ORGAN_HEAD_BEFORE = lazy_compile(
    r"(?:\b(?P<owner>[A-Z][\w-]*)(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2})?\b(?P<organ>(?i:"
    + _phrases("places", "possessive_agents") + r"))\s+(?i:" + _phrases("places", "organ_head_posts") + r"),?\s+$")
_FORMER_HEAD = lazy_compile(r"\b(?:" + _words_alt(vocab.words("modifiers", "no_longer_words"), ["outgoing", "previous"])
                            + r")\b", re.IGNORECASE)


def _organ_holder(text: str, mention: Mention, actors: dict[str, Actor], registry: Registry,
                  date: str | None = None) -> str | None:
    """The actor holding the organ a possessive state names when that organ acts: "Libya's
    parliament approved" is the House of Representatives (its registry role is "Libya's
    parliament"), but only at a date inside the role's period, if it has one (in 2013 the House
    did not exist); None when the registry names no one holder then ("Turkey's parliament
    approved" keeps Turkey acting through its organ)."""
    actor = actors.get(mention.actor)
    if actor is None or actor.kind not in _PLACE_KINDS or not _POSSESSIVE_AFTER.match(text, mention.end):
        return None
    organ = _POSSESSIVE_AGENT.match(text, mention.end)
    if not organ or not _acts_after(text, organ.end()):
        return None
    noun = " ".join(organ.group().split(None, 1)[1].casefold().split())
    held = [a for a, period in _holders(registry).get((mention.actor, noun), ())
            if period is None or (date and date[:4].isdigit() and _in_range(date, period))]
    return held[0] if len(held) == 1 else None


def _may_hold(registry: Registry, actor: Actor, noun: str) -> bool:
    """Whether an actor is a body that is or was an organ of that noun: its name, an alias or a
    registry role says so ("General National Congress": "rival parliament in Tripoli")."""
    pattern = re.compile(r"\b" + re.escape(noun).replace("\\ ", r"\s+") + r"\b", re.IGNORECASE)
    return any(pattern.search(t) for t in (actor.name, *actor.aliases, *registry.roles.get(actor.id, ())))


_RELATIVE_OPENING = lazy_compile(r"\s*,\s+(?:which|that|who)\b")
# "has served with the United Nations since 2008", "worked on Libya for the UN since 2018": the
# body a person works for, with the time or post of the service after it (modifiers.toml).
_SERVED_BEFORE = lazy_compile(r"\b(?:" + _phrases("modifiers", "service_verbs") + r")\s+(?:(?:on|in)\s+[A-Z][\w’'-]*\s+)?"
                            r"(?:(?:with|for|at|in)\s+)?(?:the\s+)?$")
# "Jane Roe joined the United Nations in 2004", "who joined the UN as a legal officer": the body
# a person came to work for (modifiers.toml joining_verbs), when a time or post follows.
_JOINED_BEFORE = lazy_compile(r"\b(?:" + _phrases("modifiers", "joining_verbs") + r")\s+(?:the\s+)?$")
_JOINED_AFTER = lazy_compile(
    r"(?:\s*\([^()]{1,12}\))?\s*,?\s+(?:(?:" + _phrases("modifiers", "joining_after_time") + r")\s+(?:(?:"
    + _phrases("modifiers", "joining_time_words") + r")[\s-]+){0,3}(?:\d|(?:" + "|".join(sorted(_MONTHS))
    + "|" + _phrases("modifiers", "joining_time_heads") + r")\b)"
    r"|as\s+(?:[\w’'-]+\s+){0,3}?(?:" + _words_alt(vocab.words("roles", "before_name"), vocab.words("titles", "titles"))
    + r")s?\b)", re.IGNORECASE)
# Between the joiner and the verb: an apposition may stand before "who" ("Jane Roe, an economist who joined").
_JOINER_GAP = lazy_compile(r"(?:\s*,\s*(?:(?:an?|the)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+)?(?:who|whom)\b|\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|first\s+)?"
                         r"(?:had\s+|has\s+|have\s+)?)[^.;:!?]{0,80}$")
_SERVICE_AFTER = lazy_compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:in|on)\s+[A-Z][\w’'-]*)?\s*,?\s+(?:"
                            + _phrases("modifiers", "service_after") + r")\b")


def _employer(text: str, mention: Mention, actors: dict[str, Actor]) -> bool:
    """Whether a body is named as the employer of a person serving it: "Jane Roe has served with
    the United Nations since 2008", or left or joined in a career step set before the clause
    ("Before joining the UN, Jane Roe served as trade minister"); not a state ("Italy has worked
    with Libya since 2017" is a partner).

    >>> t = "Jane Roe has served with the United Nations since 2008."
    >>> _employer(t, Mention("un", "d", 0, 29, 43, "United Nations"), {"un": Actor("un", "United Nations", "organisation")})
    True
    >>> t = "Before joining the UN, Jane Roe served as trade minister from 2013 to 2017."
    >>> _employer(t, Mention("un", "d", 0, 19, 21, "UN"), {"un": Actor("un", "United Nations", "organisation")})
    True
    """
    actor = actors.get(mention.actor)
    if actor is None or actor.kind in _PLACE_KINDS or actor.kind == "person":
        return False
    return bool(_SERVED_BEFORE.search(text, max(0, mention.start - 50), mention.start)
                and _SERVICE_AFTER.match(text, mention.end)) or bool(
        _CAREER_BEFORE.search(text, max(0, mention.start - 40), mention.start) and _CAREER_AFTER.match(text, mention.end))


# "Before joining the UN, Jane Roe served as ...": a career step set before its clause (modifiers.toml
# career_openers, career_gerunds), then the body, an acronym in brackets and the comma that ends it:
# the body is her past employer (_employer).
_CAREER_BEFORE = lazy_compile(r"(?:^|[.!?]\s+|\n\s*|,\s+)(?i:" + _phrases("modifiers", "career_openers") + r")\s+(?i:"
                            + _phrases("modifiers", "career_gerunds") + r")\s+(?:the\s+)?$")
_CAREER_AFTER = lazy_compile(r"(?:\s*\([^()]{1,12}\))?\s*,")


def _joined_by_a_person(text: str, mention: Mention, mentions: Sequence[Mention], actors: dict[str, Actor]) -> bool:
    """Whether a body is the one a person joined at a time or in a post: "Jane Roe joined the
    United Nations in 2004" (the employer, no participant); "Turkey joined NATO in 1952" keeps
    NATO (a state joins as a member, and takes part with the body).

    >>> t = "Jane Roe joined the United Nations in 2004."
    >>> acts = {"un": Actor("un", "United Nations", "organisation"), "jr": Actor("jr", "Jane Roe", "person")}
    >>> _joined_by_a_person(t, Mention("un", "d", 0, 20, 34, "United Nations"), [Mention("jr", "d", 0, 0, 8, "Jane Roe")], acts)
    True
    """
    actor = actors.get(mention.actor)
    if actor is None or actor.kind in _PLACE_KINDS or actor.kind == "person":
        return False
    verb = _JOINED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if verb is None or not _JOINED_AFTER.match(text, mention.end):
        return False
    # The joiner: the last actor named before the verb in its sentence, a person.
    before = [m for m in mentions if m.end <= verb.start() and m.end > verb.start() - 100 and m.actor in actors]
    if not before:
        return False
    last = before[-1]
    return actors[last.actor].kind == "person" and bool(_JOINER_GAP.match(text, last.end, verb.start()))


# "UNITED NATIONS, Jan 15 (Example Wire) -", "UNITED NATIONS (AP) —": a name in capitals opening
# a line before a date or an agency in brackets is the dateline's place, whatever the name is.
# A bracket with a lower-case word in it glosses the name ("NATO (the Western alliance)
# rejected"): no agency, and the name opens the sentence.
_DATELINE_NAME_AFTER = lazy_compile(r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)"
                                  r"|\s*\((?:[A-Z][\w’'&.-]*)(?:\s+[A-Z][\w’'&.-]*){0,3}\))")
# Before a bare dash, only a place or a name of several words in capitals ("UNITED NATIONS -") is
# a dateline: one capitalised word there is the acronym of a body heading its own news ("UNSMIL -
# The UN mission condemned").
_DATELINE_DASH_AFTER = lazy_compile(r"\s+[—–-]\s")


def _dateline_name(text: str, mention: Mention, actors: dict[str, Actor] | None = None) -> bool:
    """Whether a mention is the place of a dateline: written in capitals at the start of a line,
    then a date or an agency in brackets, or a dash after a place or a name of several words.

    >>> t = "UNITED NATIONS, Jan 15 (Wire) - The council met."
    >>> _dateline_name(t, Mention("un", "d", 0, 0, 14, "UNITED NATIONS"))
    True
    >>> _dateline_name("UNSMIL - The mission met.", Mention("unsmil", "d", 0, 0, 6, "UNSMIL"))
    False
    """
    surface = text[mention.start:mention.end]
    if not (surface.isupper() and len(surface) > 3 and (mention.start == 0 or text[mention.start - 1] == "\n")):
        return False
    if _DATELINE_NAME_AFTER.match(text, mention.end):
        return True
    actor = (actors or {}).get(mention.actor)
    place = (actor is not None and actor.kind in _PLACE_KINDS) or len(surface.split()) > 1
    return place and bool(_DATELINE_DASH_AFTER.match(text, mention.end))


class MentionWindows:
    """A document's mentions with what finds, by bisection, those that can lie in a span.

    Each event of a document asks which of its mentions lie in its clause; run through the
    whole list, that is every mention of the document for every event.  Mentions come in
    text order, so those that end after `lo` and start before `hi` are one slice of the list:
    its start by the running maximum of the ends, its end by the starts.  A list not in
    order of start (none is made so) gives the whole list, as before.

    >>> ms = [Mention("a", "d", 0, 0, 5, "Alpha"), Mention("b", "d", 0, 10, 14, "Beta"), Mention("c", "d", 1, 30, 35, "Gamma")]
    >>> [m.actor for m in MentionWindows(ms).near(9, 20)]
    ['b']
    """

    __slots__ = ("mentions", "starts", "reach")

    def __init__(self, mentions: Sequence[Mention]):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        in_order = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.reach = list(accumulate((m.end for m in mentions), max)) if in_order else None

    def near(self, lo: int, hi: int) -> Sequence[Mention]:
        """The mentions that end after `lo` and start before `hi` (and maybe others), in their order."""
        if self.reach is None:
            return self.mentions
        return self.mentions[bisect_right(self.reach, lo):bisect_left(self.starts, hi)]


def participants(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], registry: Registry,
                 start: int, end: int, date: str | None = None, at: int = 0, at_end: int = 0,
                 in_passing: bool = False, backdrop: list[str] | None = None,
                 windows: MentionWindows | None = None) -> list[tuple[str, str]]:
    """(actor id, name at `date`) of the actors taking part in text[start:end], in text order.

    Only mentions inside the span count (an event's clause, not its neighbours), and within it
    those of the part its date at..at_end belongs to (`clause_scope`); a country or place named
    only as a location is left out; a dated alias gives the name of the time ("Government of
    National Accord" before March 2021).

    `backdrop`, when given, receives the people named in the phrase that sets the date's time
    ("since the 2011 revolt that toppled Gaddafi"): no participants, but what the date is known
    by, which merging may compare.

    `windows`: the same mentions as MentionWindows, when the caller asks for many spans of one
    document: only those near the span are looked at (the same answer).
    """
    full_start, full_end = start, end
    start, end, ante = clause_scope(text, mentions, start, end, at, at_end, in_passing, actors)
    first = ante if ante is not None else start
    everything = mentions  # the antecedent above may lie anywhere before the clause
    if windows is not None:
        # Below, only mentions inside the clause, its scope or from its antecedent on are looked at.
        mentions = windows.near(min(first, start, full_start) - 1, max(end, full_end) + 1)
    settings: list[tuple[int, int]] = []
    described = described_spans(text, mentions, actors, start, end, at, at_end, settings)
    if backdrop is not None:
        backdrop += [m.actor for m in mentions if m.actor in actors and actors[m.actor].kind in _KIN_KINDS
                     and any(a <= m.start and m.end <= b for a, b in settings)]
    found: list[tuple[int, str]] = []
    place = None
    inside = []
    for m in mentions:
        if m.end <= first or m.start >= end:
            continue
        if m.actor not in actors:
            continue
        inside.append(m)
        if named_by_kin(text, m, actors) or (
                (is_modifier_mention(text, m) or _names_a_person(text, m, everything, actors, windows))
                and not _head_acts_for(text, m, everything, actors)):
            continue
        if _dateline_name(text, m, actors):
            continue  # "UNITED NATIONS, Jan 15 (Wire) -": where the report was filed
        if text[m.end:m.end + 1] == ":" and (turn := _turn_at(text, m.start)) is not None and turn.end("label") == m.end:
            continue  # "ROE: When the House voted ...": a transcript's turn label, who speaks (_interviewee)
        if _IN_HASHTAG.search(text, max(0, m.start - 40), m.start) or _POST_LABEL.match(text, m.end) and \
                _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start):
            # "#GNU | The Prime Minister received ...", "#Central_Bank_of_Libya", "The Public Prosecution |
            # The Attorney General ordered ...": a post's hashtag or label names the page, nobody acting
            continue
        if at_end > at and _REACTS_TO_DATED.fullmatch(text, m.end, at) and not _reacted_on_the_day(text, at, at_end):
            continue  # "UNSMIL condemns the abduction on 20 September ...": the date is the abduction's
        if _TOPIC_BEFORE.search(text, max(0, m.start - 20), m.start) \
                or _TOPIC_HEAD_BEFORE.search(text, max(0, m.start - 60), m.start) \
                or _DEMANDED_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue  # "speaking about Egypt's role", "a meeting focused on the access of the HNEC": a topic
        if _employer(text, m, actors) or _joined_by_a_person(text, m, everything, actors):
            continue  # "Jane Roe has served with the UN since 2008": whom she works for
        holder = _organ_holder(text, m, actors, registry, date)
        if holder is not None:
            # "Libya's parliament approved ...": the body that holds the organ acts, its country
            # only says whose it is.  When the sentence names another body that is such an organ
            # ("The General National Congress met, and Libya's parliament approved"), the organ
            # is that body: no second one.
            noun = " ".join(_POSSESSIVE_AGENT.match(text, m.end).group("noun").split())
            other = any(x.actor != holder and x.actor in actors and actors[x.actor].kind not in _PLACE_KINDS
                        and _may_hold(registry, actors[x.actor], noun)
                        for x in mentions if full_start <= x.start and x.end <= full_end and x is not m)
            if holder in actors and not other and not any(a <= m.start and m.end <= b for a, b in described):
                found.append((m.start, holder))
            continue
        if is_place_mention(text, m, actors, place):
            place = m
            continue
        place = None
        if _BUILDING_AFTER.match(text, m.end):
            continue  # "in front of the South Benghazi Court complex": where, not who
        if m.text.rsplit(None, 1)[-1].casefold() in _FACILITY_HEADS and actors[m.actor].kind != "person" \
                and _VISITED_BEFORE.search(text, max(0, m.start - 80), m.start) and not _ITS_PEOPLE.search(text, m.end, end):
            # "visited last week the Al-Bayda Medical Centre": where the visit went (not "..., accompanied by its
            # director general": the centre's own people take part; "listened to its staff" they do not)
            continue
        if any(a <= m.start and m.end <= b for a, b in described) and not _headed_in_apposition(text, m, everything, actors):
            continue
        if ante is not None and m.start == ante and actors[m.actor].kind in _PLACE_KINDS:
            relative = _RELATIVE_OPENING.match(text, m.end)
            if relative and _stative_next(text, relative.end()):
                continue  # "Libya, which has been split since 2014, ...": the country is in a state
        if m.start >= start and m.end <= end or (ante is not None and m.start == ante and m.start >= full_start):
            found.append((m.start, m.actor))
    found += [(offset, state) for offset, state in _acting_demonyms(text, inside, registry, start, end, date) if state in actors]
    found += [(offset, state) for offset, state in _acting_capitals(text, inside, registry, start, end) if state in actors]
    found += [(offset, body) for offset, body in _organ_heads(text, inside, registry, found, date) if body in actors]
    body = _its_body(text, everything, actors, start, found)
    if body is not None:
        found.append((start, body))
    referent = _pronoun_subject(text, everything, actors, start, end, at if at_end > at else end) \
        or _honoured_subject(text, everything, actors, start, end)
    if referent is not None:
        found.append(referent)
    found += _the_two(text, everything, actors, start, end, found)
    found += _interviewee(text, everything, actors, start, end, at if at_end > at else None)
    out: dict[str, str] = {}
    for _, actor_id in sorted(found):
        if actor_id not in out:
            out[actor_id] = name_at(registry, actors[actor_id], date)
    return list(out.items())


# Between a body and a date of what it reacts to: "(UNSMIL) strongly condemns the abduction ", "welcomes
# the signing ", its head's name in apposition maybe between, with its honorific (", His Excellency Mr.
# Jane Roe, welcomes the agreement reached today"; not ", one of the two signatories, welcomed"): a
# verb of reacting (data/event_words.toml `reactions`) and the noun it takes, up to
# three words; the date is the noun's, the reacting body no participant of it.
# "IOM is deeply saddened by the capsizing of a boat off Zuwara on Monday": a state the body is in
# (data/event_words.toml `reacting_states`; not "was criticised by the UN for the shelling", whose subject
# is the one criticised) and the happening's phrase, longer than an act's object before the date
# ("condemned the attack in a statement on Tuesday" stays the statement's date).
_REACTS_TO_DATED = lazy_compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s+(?:(?:His|Her)\s+Excellency\s+)?(?:" + _capitalised_alt(
    _COURTESY_TITLES) + r")\.?\s+[A-Z][^,;:()]{1,60},)?,?\s+(?:(?:[a-z]+ly\s+)?(?:" + _phrases("event_words", "reactions")
                                + r")\s+(?:the|a|an|its|this|last)\s+(?:[\w’'-]+\s+){1,3}|(?:is|are|was|were)\s+"
                                r"(?:[a-z]+ly\s+)?(?:" + _phrases("event_words", "reacting_states") + r")\s+(?:by|at|over|about)\s+"
                                r"(?:the|a|an|its|this|last)\s+(?:[\w’'-]+\s+){1,12})")


def _reacted_on_the_day(text: str, at: int, at_end: int) -> bool:
    """Whether a reaction's object of one or two words is followed by a day named by its weekday or
    "yesterday", closing its clause: "The UN mission welcomed the visit on Wednesday.", "The NOC welcomed
    the detention orders on Monday and said ..." are the welcoming's day (a
    news day is the reaction's; the happening's day would be written with its date, "the abduction on
    20 September", or go on: "the signing on Monday of the roadmap", "the attack on Wednesday that killed
    five", "the shelling on Tuesday night")."""
    return bool(_ONE_NOUN_BEFORE.search(text, max(0, at - 40), at) and _NEWS_DAY.fullmatch(text, at, at_end)
                and _DAY_CLOSES.match(text, at_end))


# The second of two words no participle or word of time ("the agreement signed yesterday", "the attack early on").
_ONE_NOUN_BEFORE = lazy_compile(r"\b(?:" + _phrases("event_words", "reactions") + r")\s+(?:the|its|this)\s+(?:[a-z]+\s+)?"
                                r"(?![a-z]+(?:ed|en)\s)(?!(?:early|late|overnight|there|here|held|taken|made|shot|hit|struck|lost|won|built|caught|sent|set|found|"
                                r"cut|put|kept|left|seen|done|brought|given|seized|freed)\s)[a-z]+\s+(?:on\s+)?$")
_NEWS_DAY = lazy_compile(r"(?:on\s+)?(?:(?i:" + "|".join(sorted(_WEEKDAYS)) + r")"
                         r"(?:\s+(?:morning|afternoon|evening))?|yesterday)")
# The day closes the reaction's clause: a stop, "but"/"and" and another verb of the reacting body, or
# what the reaction calls the happening ("condemned the attack on Wednesday as an assault on ...").
_DAY_CLOSES = lazy_compile(r"\s*(?:[.;]|$|,?\s+(?:but|and)\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|said|told)\b|\s+as\s+[\"“‘']?an?\b)")


# "She flew to Istanbul on Monday", "The envoy flew to Benghazi, and she met X two days later": a
# person's pronoun as the subject of a clause, opening it (after "and"/"but", a semicolon or a
# fronted phrase) or after ", and" before the date.
_PRONOUN_OPENS = lazy_compile(r"(?:;\s*)?(?:[\"“]\s*)?(?:(?i:and|but|then|later|so)\s+)?(?:(?i:on|in|at|by|after|before|since)\s+"
                              r"[^,;:()]{1,30},\s+)?(?P<pronoun>[Hh]e|[Ss]he)\b(?!['’])")
_PRONOUN_AFTER_AND = lazy_compile(r",?\s+(?:and|but)\s+(?:then\s+|later\s+)?(?P<pronoun>he|she)\b(?!['’])")
PRONOUN_REACH = 400  # characters back from the pronoun to the sentence naming its person
_SENTENCE_STOP = lazy_compile(r"[.!?](?=[\"”’)]*\s)")  # a stop before a space, not "Mr." (text.is_abbreviation)


def _pronoun_subject(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], start: int, end: int,
                     at: int) -> tuple[int, str] | None:
    """(offset, person) a clause's subject pronoun stands for, when the clause text[start:end] opens with
    "he" or "she" (_PRONOUN_OPENS: after "and"/"but", or after a fronted phrase closed by a comma, "On
    her return, she resigned"; not "In 2014 he started", which the dev half showed merging a report
    with the wrong launch once it had its actor) or says ", and she" before its date at `at`
    (_PRONOUN_AFTER_AND): the first person named in the pronoun's own sentence before it, else in the
    nearest sentence before it that names one (its subject, most often), no more than PRONOUN_REACH
    characters back.

    >>> t = "Jane Roe was appointed governor by John Poe in January. She flew to Istanbul on Monday."
    >>> who = {"jr": Actor("jr", "Jane Roe", "person"), "jp": Actor("jp", "John Poe", "person")}
    >>> ms = [Mention("jr", "d", 0, 0, 8, "Jane Roe"), Mention("jp", "d", 0, 35, 43, "John Poe")]
    >>> _pronoun_subject(t, ms, who, 56, len(t), t.index("on Monday"))
    (56, 'jr')
    """
    def person(m: Mention) -> bool:
        return m.actor in actors and actors[m.actor].kind == "person"

    said = _PRONOUN_OPENS.match(text, start, end)
    if said is None:
        said = next(reversed(list(_PRONOUN_AFTER_AND.finditer(text, start, at))), None)
    if said is None:
        return None
    pronoun = said.start("pronoun")
    before = [m for m in mentions if person(m) and pronoun - PRONOUN_REACH <= m.start and m.end <= pronoun]
    if not before:
        return None
    own = [m for m in before if m.start >= _sentence_start(text, pronoun)]
    semicolon = text[said.start():said.start() + 1] == ";"
    if semicolon:
        # "Niger extradited X, a son of Y, in 2014; he was freed ...": whose kin the person before is, set
        # off in that person's apposition, names no one the pronoun is (not "The widow of Y received X").
        kin_of = [m for m in own if (k := _KIN_APPOSED_BEFORE.search(text, max(0, m.start - 80), m.start))
                  and any(o.end == k.start() for o in own) and not re.search(r"\blate\s+$", k.group())]
        own = [m for m in own if m not in kin_of]
    if semicolon and len({m.actor for m in own}) != 1:
        return None  # "X received Y on Saturday; she flew ...": of two people named, which one the text does not say
    if own:
        return pronoun, own[0].actor
    opening = _sentence_start(text, before[-1].start)
    return pronoun, next(m for m in before if m.start >= opening).actor


# A person's apposition naming whose kin she is, up to the kin's name: ", a son of ", ", the widow of the late ".
_KIN_APPOSED_BEFORE = lazy_compile(r",\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?)?(?i:" + _KIN + r")\s+of\s+(?:[a-z][\w-]*\s+){0,3}$")


# "Her Excellency also received a telephone call on Saturday": the honorific alone, a verb or an adverb
# after it (not "Her Excellency the Minister", not "His Excellency Mr. Jane Roe"), opening the clause.
HONORIFIC_REACH = 250  # characters from the honorific to the name of the person it heads (a long post between)
_HONORIFIC_ALONE = lazy_compile(r"(?:[\"“]\s*)?(?P<honorific>(?:His|Her)\s+Excellency)\s+(?=[a-z])(?!the\b|and\b|of\b)")


def _honoured_subject(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], start: int,
                      end: int) -> tuple[int, str] | None:
    """(offset, person) "His Excellency" or "Her Excellency" alone stands for, opening the clause
    text[start:end] (_HONORIFIC_ALONE): the person named right after the same honorific the last time it
    headed a name or a post and a name, no more than HONORIFIC_REACH characters after it ("Her Excellency
    the Minister of Foreign Affairs ..., Mrs. Jane Roe, received ... Her Excellency also received a call"),
    up to PRONOUN_REACH * 4 characters back.

    >>> t = "Her Excellency the Minister, Mrs. Jane Roe, met John Poe. Her Excellency also received a call."
    >>> who = {"jr": Actor("jr", "Jane Roe", "person"), "jp": Actor("jp", "John Poe", "person")}
    >>> ms = [Mention("jr", "d", 0, 34, 42, "Jane Roe"), Mention("jp", "d", 0, 48, 56, "John Poe")]
    >>> _honoured_subject(t, ms, who, 58, len(t))
    (58, 'jr')
    """
    alone = _HONORIFIC_ALONE.match(text, start, end)
    if alone is None:
        return None
    honorific = alone.group("honorific")
    lo = max(0, alone.start() - PRONOUN_REACH * 4)
    heads = [m.start() for m in re.finditer(re.escape(honorific) + r"\s+(?:the\s|[A-Z])", text[lo:alone.start()])]
    for head in reversed(heads):
        head += lo
        # The name it heads stands before the clause's verb ("..., Mrs. Jane Roe, received"); a name after
        # the verb is the guest's ("Her Excellency the Minister received ... Mr. John Poe").
        verb = _FINITE_VERB.search(text, head, alone.start())
        reach = min(head + HONORIFIC_REACH, verb.start() if verb else alone.start())
        named = next((m for m in mentions if head < m.start < reach
                      and m.actor in actors and actors[m.actor].kind == "person"), None)
        if named is not None:
            return alone.start("honorific"), named.actor
    return None


# "The first meeting between the two men took place on 12 June": two people named together again.
_THE_TWO = lazy_compile(r"\b(?:the\s+two|both)\s+(?:(?P<people>" + _phrases("anaphora", "two_people") + r")|(?P<states>"
                        + _phrases("anaphora", "two_states") + r")|(?P<bodies>" + _phrases("anaphora", "two_bodies")
                        + r"))\b", re.IGNORECASE)
# What each sort of "the two" stands for, by the actors' kinds.
_TWO_KINDS = {"people": frozenset({"person"}), "states": frozenset({"state"}),
              "bodies": frozenset({"organisation", "institution", "armed_group", "group"})}


def _the_two(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], start: int, end: int,
             found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(offset, actor) of the two "the two men" (`_THE_TWO`) in text[start:end] stands for: the two people
    the sentence before names, when it names exactly two and the clause names no person itself; no more
    than PRONOUN_REACH characters back.  So for "the two countries" and states, and "the two groups" and
    bodies ("The Sebha Protection Battalion and the 177th fought again on Sunday. The two groups last
    fought on March 12": data/anaphora.toml `two_people`, `two_states`, `two_bodies`).

    >>> t = "Jane Roe received John Poe in Tripoli. The first meeting between the two men took place on 12 June."
    >>> who = {"jr": Actor("jr", "Jane Roe", "person"), "jp": Actor("jp", "John Poe", "person")}
    >>> ms = [Mention("jr", "d", 0, 0, 8, "Jane Roe"), Mention("jp", "d", 0, 18, 26, "John Poe")]
    >>> _the_two(t, ms, who, 39, len(t), [])
    [(65, 'jr'), (65, 'jp')]
    """
    two = _THE_TWO.search(text, start, end)
    if two is None:
        return []
    kinds = _TWO_KINDS[two.lastgroup]
    if any(actors[a].kind in kinds for _, a in found if a in actors):
        return []
    opening = _sentence_start(text, start)
    before = _sentence_start(text, max(0, opening - 1))
    if opening - before > PRONOUN_REACH:
        return []
    named = list(dict.fromkeys(m.actor for m in mentions if before <= m.start and m.end <= opening
                               and m.actor in actors and actors[m.actor].kind in kinds))
    return [(two.start(), a) for a in named] if len(named) == 2 else []


# A transcript's turn: a line opening with its speaker's name in capitals and a colon ("ELMEHDI: We sent ...").
_TURN = lazy_compile(r"[ \t]*(?P<label>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?)[ \t]*:[ \t]+")
# The speaker's own pronouns: "I", "me" (not "my": "under my predecessor" is another man), "we", "us".
_FIRST_PERSON = lazy_compile(r"(?<![\w'’-])(?:I|me|(?P<many>[Ww]e|us))(?![\w'’-])")


def _turn_at(text: str, offset: int) -> re.Match[str] | None:
    """The turn label opening the line that holds `offset` ("ELMEHDI: "), if that line is a transcript's turn."""
    return _TURN.match(text, text.rfind("\n", 0, offset) + 1)
# A post and "of" between a person's name and the body the post is of: "Jane Roe, Chair of the Audit Bureau".
_POST_OF_AFTER = lazy_compile(r",[ \t]+(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+){1,3}?of[ \t]+(?:the[ \t]+)?")
# Between a pronoun and a date of another clause: "when the House voted on 21 July, ..., so for the
# first time we had one law".
_CLAUSE_BREAK = lazy_compile(r";|,\s+(?:so|and|but|while|whereas|when)\b")
FIRST_PERSON_REACH = 80  # characters between the speaker's pronoun and the date of its clause


def _interviewee(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], start: int,
                 end: int, at: int | None = None) -> list[tuple[int, str]]:
    """[(offset, actor)] the first person of a transcript's turn stands for in text[start:end]: "I" and
    "me" the person whose surname labels the turn ("ELMEHDI: I met him on Tuesday"), "we" and "us" that
    person and the body a post names after the person's name elsewhere in the page ("Guest: Abdelrazzak
    Elmehdi, Chairman of the Audit Bureau"; roles.toml transcript_labels).  None outside a labelled turn.
    With the date's offset `at`: only a pronoun of the date's own clause, near it with no clause's
    break between."""
    pronoun = next((p for p in _FIRST_PERSON.finditer(text, start, end)
                    if at is None or (abs(p.start() - at) <= FIRST_PERSON_REACH
                                      and not _CLAUSE_BREAK.search(text, min(p.end(), at), max(p.start(), at)))), None)
    if pronoun is None:
        return []
    turn = _turn_at(text, start)
    if turn is None or turn.end() > pronoun.start():
        return []
    surname = fold(turn.group("label").split()[-1])
    person = next((m for m in mentions if (a := actors.get(m.actor)) is not None and a.kind == "person"
                   and fold(a.name.split()[-1]) == surname), None)
    if person is None:
        return []
    out = [(pronoun.start(), person.actor)]
    if pronoun.group("many"):
        for m in mentions:
            post = _POST_OF_AFTER.match(text, m.end) if m.actor == person.actor else None
            body = next((b for b in mentions if post and b.start == post.end() and (x := actors.get(b.actor)) is not None
                         and x.kind not in _PLACE_KINDS and x.kind != "person"), None)
            if body is not None:
                out.append((pronoun.start(), body.actor))
                break
    return out


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] begins: after the last stop before a space ("." not ending an
    abbreviation or an initial, text.is_abbreviation: "Mr. John Poe" is one sentence) or line break."""
    line = text.rfind("\n", 0, at) + 1
    for m in reversed(list(_SENTENCE_STOP.finditer(text, line, at))):
        if m.group() != "." or not is_abbreviation(text[max(line, m.start() - 32):m.start()]):
            return m.end()
    return line


# "Its chairman, Jane Roe, said on Monday ...": a sentence opened by "Its" and a post before a name.
# "Its chairman, Jane Roe, said", after a fronted time maybe ("On 3 May its chairwoman, Eng. Jane Roe,
# signed"); a courtesy title may stand before the name (_ITS_TITLE).
_ITS_POST = lazy_compile(r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|\A)(?:(?:Its)|(?:On|In|At|By|Later|Earlier|Then)\b"
                         r"[^,.;:]{0,30}?,?\s+its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+(?=[A-Z])")
_ITS_TITLE = lazy_compile(r"(?:[A-Z][a-z]{1,10}\.?\s+)?")
ITS_REACH = 300  # characters back from the sentence to the body "Its" refers to
_ITS_BODY_KINDS = frozenset({"institution", "organisation", "armed_group"})


def _its_body(text: str, mentions: Sequence[Mention], actors: dict[str, Actor], start: int,
              found: list[tuple[int, str]]) -> str | None:
    """The body a post opened by "Its" belongs to, when that post's holder takes part in the clause
    text[start:...]: "The commission ended its count. Its chairman, Jane Roe, said on Monday ...":
    the body named last before the sentence (institution, organisation, armed group), no more than
    ITS_REACH characters back.  None when the clause does not open so or names the body itself.

    >>> t = "The Audit Bureau met. Its chairman, Jane Roe, said on Monday that accounts were late."
    >>> who = {"ab": Actor("ab", "Audit Bureau", "institution"), "jr": Actor("jr", "Jane Roe", "person")}
    >>> ms = [Mention("ab", "d", 0, 4, 16, "Audit Bureau"), Mention("jr", "d", 1, 36, 44, "Jane Roe")]
    >>> _its_body(t, ms, who, 22, [(36, "jr")])
    'ab'
    """
    its = _ITS_POST.match(text, start)
    if its is None:
        return None
    name_at = _ITS_TITLE.match(text, its.end()).end()
    if not any(actors[a].kind == "person" and at in (its.end(), name_at) for at, a in found):
        return None
    for m in reversed(mentions):
        if m.end > start:
            continue
        if start - m.end > ITS_REACH:
            return None
        actor = actors.get(m.actor)
        if actor is not None and actor.kind in _ITS_BODY_KINDS:
            return None if any(a == m.actor for _, a in found) else m.actor
    return None


def event_actors(index: CorpusIndex, doc_id: str, start: int, end: int,
                 date: str | None = None) -> list[tuple[str, str]]:
    """The participants of the event written at characters start..end of a document (see `participants`)."""
    doc = index.documents[doc_id]
    mentions = doc_mentions(index, doc_id)
    return participants(doc.text, mentions, actor_table(index).actors, registry_of(index), start, end, date)


# --- the actor layer of an index --------------------------------------------------------------
#
# Stored so that a call reads only what it asks for: one small table of every actor with
# its counts, a row per actor (its documents, co-actors and first mentions) and a row per
# document (its mentions).  `libyadesk actor X` on 10,000 articles reads X's row and the
# rows of the few documents it quotes from, not the corpus's 600,000 mentions.

SAMPLE_MENTIONS = 1000  # an actor's first mentions, kept in its row to read titles and affiliations from


class ActorCount(NamedTuple):
    """How much the corpus says about one actor."""

    mentions: int
    documents: int
    first: str | None  # earliest publication date of a document that mentions it
    last: str | None


class ActorTable(NamedTuple):
    """The "actors" layer: every actor (registry and discovered) and the counts of those mentioned."""

    actors: dict[str, Actor]
    counts: dict[str, ActorCount]


class ActorDocs(NamedTuple):
    """One actor's row: mentions per document (corpus order), co-actors, first mentions, quotes."""

    per_doc: dict[str, int]
    related: list[tuple[str, int]]  # (actor id, sentences shared), most first
    sample: list[Mention]
    quotes: Sequence[tuple[str, int]] = ()  # (doc id, sentence number) of what the actor is quoted saying


class ActorState(NamedTuple):
    """What the actor layer was summed from: (document number, doc id) of every document."""

    docs: list[tuple[int, str]]


class ActorRecord(NamedTuple):
    """One actor as the actor table holds it, with its counts (None: not mentioned): a row of
    layers.ACTOR_RECORDS, so that a warm call reads the actors it answers about, not the table."""

    actor: Actor
    count: ActorCount | None


class NameRow(NamedTuple):
    """The actors a name's folded terms name (a row of layers.ACTOR_LOOKUP), by how resolve_actor
    compares them; each list by id.  `written`: a name or alias of the actor table written with
    these terms (what an organisation named after "of the" is looked up by)."""

    exact: list[str]
    alias: list[str]
    surname: list[str]
    given: list[str]
    written: list[str]


_HOWS = NameRow._fields


declare(L.REGISTRY, Registry)
declare(L.ACTORS, ActorTable)
declare(L.ACTOR_RECORDS, ActorRecord)
declare(L.ACTOR_LOOKUP, NameRow)
declare(L.ACTOR_DOCS, ActorDocs)
declare(L.ACTOR_STATE, ActorState)
declare(L.ACTOR_NAME_KEYS, dict[str, list[str]])
declare(L.ACTOR_SURNAME_KEYS, dict[str, list[str]])
declare(L.DISCOVERED, list[Discovered])
declare(L.DISCOVERED_MERGED, list[Discovered])
declare(L.LETTER_KEYS, dict[str, str])
declare(L.MENTIONS, tuple[list[Mention], dict[int, str]])


def actor_table(index: CorpusIndex) -> ActorTable:
    """The actors of an index and their counts, built (with the rows) on first use, brought up to date after a change."""
    actors_ready(index)
    return index.layer(L.ACTORS, _sum_again)  # stored, or summed again when it does not read back


def actors_ready(index: CorpusIndex) -> None:
    """Make the actor layer and its rows up to date with the documents of the index (built, or
    corrected after a change), without reading the table of every actor when it is."""
    if L.ACTORS not in index.checked:
        stored = L.ACTORS in index.new_layers or index.db.has_layer(L.ACTORS)
        if not (stored and _up_to_date(index)):
            _build_layer(index)
        index.checked.add(L.ACTORS)


def _up_to_date(index: CorpusIndex) -> bool:
    """Whether the stored actor layer was summed from exactly the documents of the index."""
    if not index.db.has_keyed(L.ACTOR_DOCS):
        return False
    if index.stamped(L.ACTOR_STAMP):
        return True
    if not index.has_layer(L.ACTOR_STATE):
        return False
    state: ActorState = index.layer(L.ACTOR_STATE)
    fresh = len(state.docs) == len(index.doc_numbers) and {n for n, _ in state.docs} == set(index.doc_numbers.values())
    if fresh:
        index.stamp(L.ACTOR_STAMP)  # stored before stamps were written: the next call need not decode the list
    return fresh


def doc_mentions(index: CorpusIndex, doc_id: str) -> list[Mention]:
    """The mentions of one document, in text order (its per-document row)."""
    actors_ready(index)
    return _mentions_row(index, doc_id)[0]


def _mentions_row(index: CorpusIndex, doc_id: str) -> tuple[list[Mention], dict[int, str]]:
    from .store import RowDamaged

    try:
        found = index.row_of(L.MENTIONS, doc_id)
    except RowDamaged as exc:
        if doc_id not in index.documents:
            return [], {}
        index.note(f"warning: cache file {index.db.path}: the mentions of {doc_id!r} were damaged ({exc}); found again")
        found = _mentions_in(index, index.documents[doc_id], _full_registry(index))
        index.fresh_rows.setdefault(L.MENTIONS, {})[doc_id] = found
    return found if found is not None else ([], {})


def _full_registry(index: CorpusIndex) -> Registry:
    """The registry with the corpus's discoveries that the mentions were found against."""
    full = index.memo.get(L.MENTIONS)
    if full is None:
        from .codec import decode

        found = index.db.fetch("SELECT v FROM meta WHERE k = ?", (f"shared:{L.MENTIONS}",))
        full = decode(found[0], Registry) if found is not None else registry_of(index)
        index.memo[L.MENTIONS] = full
    return full


def actor_docs_row(index: CorpusIndex, actor_id: str) -> ActorDocs:
    """One actor's row: its documents, co-actors and first mentions."""
    actors_ready(index)
    rows = index.keyed(L.ACTOR_DOCS, _sum_again)
    return (rows.get(actor_id) if rows is not None else None) or ActorDocs({}, [], [], [])


def actor_data(index: CorpusIndex) -> tuple[dict[str, Actor], list[Mention]]:
    """(actors, every mention in corpus order): for small corpora and tests; commands read rows."""
    table = actor_table(index)
    return table.actors, [m for doc_id in index.documents for m in doc_mentions(index, doc_id)]


class _Head(NamedTuple):
    """A surface form as the matcher's rows keep it (L.MATCHER_HEADS), under the term of its first word."""

    actor: str
    words: tuple[str, ...]
    how: str
    family: str | None
    person: bool
    made_by: str | None  # the family whose surnames make it (Registry.family_surfaces), else None: its actor's own
    place: int  # its place among the surface forms of its maker (the actor, or the family)


declare(L.MATCHER_OF, str)
declare(L.MATCHER_HEADS, list[_Head])
declare(L.MATCHER_TERMS, int)


def _declare_matcher_variants() -> None:
    from .names import _Term

    declare(L.MATCHER_BUCKETS, list[tuple[str, _Term]])
    declare(L.MATCHER_GROUPS, list[tuple[str, _Term]])


_declare_matcher_variants()

# Matching more documents than this in one call builds the registry's whole trie and variant
# index once (a few tenths of a second at 10,000 articles) rather than one from the rows per document.
MATCHER_ROWS_DOCUMENTS = 20
# index.memo key: the _MatcherRows of the full registry of this call, see _matcher_ready.
_MATCHER = "matcher rows"


def _made_by(registry: Registry, maker: tuple[str, str]) -> list[_Surface]:
    """The surface forms one maker gives: ("actor", id) its own, ("family", key) its family's surnames'."""
    kind, key = maker
    if kind == "actor":
        return registry.surfaces_of(key) if key in registry.actors else []
    fam = registry.families.get(key)
    return registry.family_surfaces(fam) if fam is not None else []


def _makers(registry: Registry) -> list[tuple[str, str]]:
    """Every maker of surface forms, in the order Registry.surfaces lists their forms."""
    return [("actor", a) for a in registry.actors] + [("family", k) for k in registry.families]


def _heads_of(maker: tuple[str, str], surfaces: list[_Surface]) -> list[tuple[str, _Head]]:
    """(first word's term, row entry) of a maker's surface forms (a form of no words begins nothing)."""
    made_by = maker[1] if maker[0] == "family" else None
    return [(_term(s.words[0]), _Head(s.actor, s.words, s.how, s.family, s.person, made_by, k))
            for k, s in enumerate(surfaces) if s.words]


def _head_order(h: _Head) -> tuple:
    return (h.made_by or "", h.actor, h.place)


def _matcher_whole(index: CorpusIndex, registry: Registry, digest: str) -> None:
    """Write the matcher's rows of a registry whole (and give it the variant index they hold)."""
    from .names import VariantIndex

    heads: dict[str, list[_Head]] = {}
    counts: Counter = Counter()
    every: list[_Surface] = []
    for maker in _makers(registry):
        surfaces = _made_by(registry, maker)
        every += surfaces
        for term, head in _heads_of(maker, surfaces):
            heads.setdefault(term, []).append(head)
        counts.update(registry.vocabulary_of(surfaces))
    if registry._surfaces is None:
        registry._surfaces = every  # what Registry.surfaces makes, in its order: the trie is made from it
    built = registry._variants
    if built is None:
        built = registry._variants = VariantIndex(sorted(registry.variant_vocabulary()))
    index.set_keyed(L.MATCHER_HEADS, {t: sorted(row, key=_head_order) for t, row in heads.items()})
    index.set_keyed(L.MATCHER_TERMS, dict(counts))
    index.set_keyed(L.MATCHER_BUCKETS, built.buckets)
    index.set_keyed(L.MATCHER_GROUPS, built.groups)
    index.set_layer(L.MATCHER_OF, digest)


def _matcher_patched(index: CorpusIndex, old: Registry, now: Registry, changed: set[str], digest: str) -> None:
    """Bring the matcher's rows of `old` to those of `now`, given the actors that differ (_changed_actors):
    the rows of the first words and terms their surface forms (and their families') had or have."""
    from .names import VariantIndex, _shipped_table

    makers = {("actor", a) for a in changed}
    makers.update(("family", k) for k, fam in now.families.items() if fam.head in changed or fam.actor in changed)
    heads = index.keyed(L.MATCHER_HEADS)
    terms = index.keyed(L.MATCHER_TERMS)
    assert heads is not None and terms is not None
    rows: dict[str, list[_Head]] = {}
    counts: dict[str, int] = {}
    for maker in sorted(makers):
        before, after = _made_by(old, maker), _made_by(now, maker)
        made_by = maker[1] if maker[0] == "family" else None
        for term, _ in _heads_of(maker, before):
            if term not in rows:
                rows[term] = list(heads.get(term) or ())
            rows[term] = [h for h in rows[term] if not (h.made_by == made_by and (made_by is not None or h.actor == maker[1]))]
        for term, head in _heads_of(maker, after):
            if term not in rows:
                rows[term] = list(heads.get(term) or ())
            rows[term].append(head)
        had, has = old.vocabulary_of(before), now.vocabulary_of(after)
        for term in had ^ has:
            if term not in counts:
                counts[term] = terms.get(term) or 0
            counts[term] += 1 if term in has else -1
    flipped = {t for t, n in counts.items() if (n > 0) != bool(terms.get(t))}  # before the rows are changed
    index.update_keyed(L.MATCHER_HEADS, {t: sorted(row, key=_head_order) or None for t, row in rows.items()})
    index.update_keyed(L.MATCHER_TERMS, {t: n if n > 0 else None for t, n in counts.items()})
    if flipped:
        buckets, groups = index.keyed(L.MATCHER_BUCKETS), index.keyed(L.MATCHER_GROUPS)
        assert buckets is not None and groups is not None
        new_buckets, new_groups = VariantIndex.patch(_shipped_table(), buckets, groups, flipped,
                                                     {t for t in flipped if counts[t] > 0})
        index.update_keyed(L.MATCHER_BUCKETS, new_buckets)
        index.update_keyed(L.MATCHER_GROUPS, new_groups)
    index.set_layer(L.MATCHER_OF, digest)


class _MatcherRows:
    """The trie and variant index of the full registry for one document, made from the rows of the
    first words and spelling keys its tokens can reach (L.MATCHER_HEADS and the variant rows).

    Matching walks the trie from a token by its term, or by a spelling variant of a capitalised
    token (the variant index), and only ever asks the variant index about the document's tokens;
    a variant index's answer for a word reads the rows of that word's key and groups only.  So
    a trie of every surface form whose first word is a term of the document or a variant of one,
    with the variant index read from rows, finds what the registry's whole trie finds there.
    """

    def __init__(self, index: CorpusIndex, registry: Registry) -> None:
        from .names import VariantIndex, _shipped_table

        self.registry = registry
        self._heads = index.keyed(L.MATCHER_HEADS)
        buckets, groups = index.keyed(L.MATCHER_BUCKETS), index.keyed(L.MATCHER_GROUPS)
        assert self._heads is not None and buckets is not None and groups is not None
        self._variants = VariantIndex.stored(_shipped_table(), buckets, groups)
        self._read: dict[str, list[_Head]] = {}
        self._order: dict[tuple[str, str], int] | None = None
        self.left = MATCHER_ROWS_DOCUMENTS
        self._index = index

    def note(self, why: object) -> None:
        """A row that does not read back: match with the registry's own trie from now on, and write the rows
        whole at the save (one warning)."""
        self.left = 0
        index = self._index
        index.note(f"warning: cache file {index.db.path}: the matcher's rows were damaged ({why}); written again")
        _matcher_whole(index, self.registry, index.shared_digest(self.registry))

    def matcher(self, toks: list[_Tok]) -> tuple[dict, Any] | None:
        """(trie, variant index) for a document's tokens; None past MATCHER_ROWS_DOCUMENTS documents (the registry's own)."""
        from .store import CacheDamaged, RowDamaged

        if self.left <= 0:
            return None
        self.left -= 1
        firsts = {t.term for t in toks}
        found: list[_Head] = []
        try:
            for t in toks:
                if t.cap:
                    # Every word matching asks the variant index about is a capitalised token: asked
                    # here (and memoised), a damaged row is met here, not in the middle of matching.
                    alternatives = _variant_of(self._variants, t.term)
                    if len(t.term) >= 4:
                        firsts.update(alternatives)
            for term in firsts:
                row = self._read.get(term)
                if row is None:
                    row = self._read[term] = self._heads.get(term) or []
                found += row
        except (RowDamaged, CacheDamaged) as exc:  # a keyed layer's row that does not read back raises the latter
            self.note(_damage(exc))
            return None
        if self._order is None:
            self._order = {m: n for n, m in enumerate(_makers(self.registry))}
        order = self._order
        try:
            found.sort(key=lambda h: (order[("family", h.made_by) if h.made_by is not None else ("actor", h.actor)], h.place))
        except KeyError:  # rows of another registry (they carry its digest, so this is damage): the registry's own
            self.note("the matcher's rows name an actor the registry does not hold")
            return None
        root: dict = {}
        for h in found:
            node = root
            for word in h.words:
                node = node.setdefault(_term(word), {})
            node.setdefault(None, []).append(_Surface(h.actor, tuple(h.words), h.how, h.family, h.person))
        return root, self._variants


def _damage(exc: Exception) -> Exception:
    """What was wrong with a row: a keyed layer raises CacheDamaged (the whole file) from the row's RowDamaged."""
    return exc.__context__ if isinstance(exc.__context__, Exception) else exc


def _matcher_ready(index: CorpusIndex, full: Registry) -> None:
    """Bring the matcher's rows to the full registry (patched from the previous one's when the
    mentions' rows were found against it, else written whole) and use them for this call's matching."""
    from .store import CacheDamaged, RowDamaged

    digest = index.shared_digest(full)
    present = index.has_layer(L.MATCHER_OF) and all(
        index.db.has_keyed(name) or name in index.new_keyed
        for name in (L.MATCHER_HEADS, L.MATCHER_TERMS, L.MATCHER_BUCKETS, L.MATCHER_GROUPS))
    stored = index.layer(L.MATCHER_OF) if present else None
    if stored != digest:
        previous = index.db.fetch("SELECT v FROM meta WHERE k = ?", (f"shared:{L.MENTIONS}",))
        changed = None
        if stored is not None and previous is not None and stored == index.shared_digest(text=previous[0]):
            old = _stored_registry(index, previous[0])
            changed = _changed_between(index, old, full)
        if changed is None or len(changed) > 2000:
            _matcher_whole(index, full, digest)
            return  # the whole trie and variant index are made for this registry anyway
        try:
            _matcher_patched(index, old, full, changed, digest)
        except (RowDamaged, CacheDamaged) as exc:
            index.note(f"warning: cache file {index.db.path}: the matcher's rows were damaged ({_damage(exc)}); written again")
            _matcher_whole(index, full, digest)
            return
    index.memo[_MATCHER] = _MatcherRows(index, full)


def _affected_documents(index: CorpusIndex, before: str, now: Registry) -> set[str] | None:
    """The documents whose actors a change of the registry (from `before`, as stored) can alter; None: all.

    Matching a document against a registry reads only the actors whose surface forms occur
    in it (a name, a surname, a family's name; a title alone and a surname alone resolve to
    actors named in the same document), so a document can come out different only if it
    holds every word of a surface form of a changed actor, in the old registry or the new
    (_changed_clauses), a word written as a spelling variant of it included.  That is what
    keeps an added article that brings a new actor "Ahmed Zuwai" from matching again every
    document that says "Ahmed": only those that also say "Zuwai" are.
    """
    from . import fts

    old = _stored_registry(index, before)
    clauses = _changed_clauses(old, now, _changed_between(index, old, now))
    if clauses is None:
        return None
    if not clauses:
        return set()
    if len(clauses) > 2000:
        return None
    expression = " OR ".join("(" + " AND ".join(fts.any_of(sorted(_spellings(index, term)))
                                                for term in clause) + ")" for clause in sorted(clauses))
    return set(fts.docs_with(index.db.connection, expression, limit=len(index.order) + 1))


def _stored_registry(index: CorpusIndex, text: str) -> Registry:
    """A registry as stored (JSON), decoded once per call: the actor layer and the timeline both ask for it."""
    found = index.memo.get(_PREVIOUS_REGISTRY)
    if found is None or found[0] != text:
        from .codec import decode

        found = index.memo[_PREVIOUS_REGISTRY] = (text, decode(text, Registry))
    return found[1]


# index.memo key: (a registry as stored, decoded), see _stored_registry.
_PREVIOUS_REGISTRY = "previous registry"


def _changed_clauses(old: Registry, now: Registry, changed: set[str] | None) -> set[tuple[str, ...]] | None:
    """The term sets (each that of one surface form) of the actors that differ between two registries
    (`changed`: _changed_actors of them), none holding another (a document with the larger holds the
    smaller); None: anything may change."""
    if changed is None:
        return None
    found: set[tuple[str, ...]] = set()
    for registry in (old, now):
        families: set[str] = set()
        for actor_id in changed:
            if actor_id not in registry.actors:
                continue
            for surface in registry.surfaces_of(actor_id):
                found.add(tuple(sorted({t.term for w in surface.words for t in tokenize(w)})))
            for demonym in registry.demonyms.get(actor_id, ()):
                found.add(tuple(sorted({t.term for t in tokenize(demonym)})))
            if registry.actors[actor_id].family:
                families.add(registry.actors[actor_id].family)
        families.update(key for key, fam in registry.families.items() if fam.head in changed or fam.actor in changed)
        for key in families:  # a family's surname resolves to one of its members
            for sur in registry.families[key].surnames if key in registry.families else ():
                found.add(tuple(sorted({t.term for t in tokenize(sur)})))
    found.discard(())
    if len(found) > 2000:
        return found
    sets = {c: frozenset(c) for c in found}
    return {c for c in found if not any(o != c and sets[o] <= sets[c] for o in found)}


def _spellings(index: CorpusIndex, term: str) -> set[str]:
    """A term and the corpus's words that matching may read as a spelling variant of it.

    Matching reads a capitalised token as a name word when the registry's variant index lists
    the word among the token's variants (_variant_of, asked in _walk and _can_start).  The
    corpus words that can be such a token are filed under the keys and spellings
    names.filed_under gives, read from the corpus's stored variant rows (a few rows, not the
    vocabulary), and each is asked that same question (below).
    Those rows hold the corpus's names only: a spelling capitalised only at sentence starts
    and written in lower case elsewhere is not one, and is not looked for (a known gap).
    """
    from .names import MIN_LETTERS, VariantIndex, filed_under

    if len(term) < MIN_LETTERS:
        return {term}
    keys, listed = filed_under(term)
    buckets = index.name_variants().buckets
    candidates = {t for key in keys for t, _ in buckets.get(key) or ()}
    candidates.update(s for s in listed if " " not in s and index.holds(s))
    # Whether `term` is among a corpus word's variants in a registry's variant index depends on
    # `term`'s own entry only (VariantIndex.variants keeps the entries that share a key or group
    # with the word and relate to it), so an index over `term` alone answers it, for either
    # registry, rather than one built over every name of two registries (seconds at 10,000
    # articles).  It answers yes also when a registry would not index `term` at all (a word of no
    # person's name): a few more documents matched again, never one fewer.
    alone = VariantIndex([term])
    return {term} | {t for t in candidates if t != term and len(t) >= MIN_LETTERS and term in alone.variants(t)}


def _changed_between(index: CorpusIndex, old: Registry, now: Registry) -> set[str] | None:
    """_changed_actors(old, now), worked out once per call: an update's matcher, the documents the
    actor layer matches again and those whose events are prepared again all ask it of the same two
    registries (each asking compared every actor of both, about 0.03 s at 10,000 articles)."""
    found = index.memo.get(_CHANGED_ACTORS)
    if found is None or found[0] is not old or found[1] is not now:
        found = index.memo[_CHANGED_ACTORS] = (old, now, _changed_actors(old, now))
    return None if found[2] is None else set(found[2])


# index.memo key: (two registries, _changed_actors of them), see _changed_between.
_CHANGED_ACTORS = "changed actors"


def _changed_actors(old: Registry, now: Registry) -> set[str] | None:
    """The actors whose record, roles, spellings, surnames, dated names or demonyms differ between two
    registries; None when families or ignored names differ (anything may change then)."""
    if old.families != now.families or old.ignore != now.ignore:
        return None
    changed = {a for a in old.actors.keys() | now.actors.keys() if old.actors.get(a) != now.actors.get(a)}
    for table in ("roles", "spellings", "surnames", "dated", "demonyms"):
        mine, theirs = getattr(old, table), getattr(now, table)
        changed |= {a for a in mine.keys() | theirs.keys() if mine.get(a) != theirs.get(a)}
    return changed


def events_affected(index: CorpusIndex, before: str, now: Registry) -> set[str] | None:
    """The documents whose events' participants a change of the registry (from `before`) can alter; None: all.

    Participants are read from a document's mentions and the records of the actors it
    mentions.  When the actor layer was just corrected against the same previous registry,
    those are the documents whose mentions came out different and those that mention an
    actor whose record changed, far fewer than the documents holding a word of a changed
    actor's names (_affected_documents, used otherwise).
    """
    found = index.memo.get(_MENTIONS_CHANGED)
    if found is None or found[0] != before:
        return _affected_documents(index, before, now)
    old = _stored_registry(index, before)
    changed = _changed_between(index, old, now)
    if changed is None:
        return None
    docs = set(found[1])
    for actor_id in changed:
        docs.update(actor_docs_row(index, actor_id).per_doc)
    return docs


# index.memo key: (the registry the mentions were found against before this call, as stored,
# the documents whose mentions the actor layer's update found different or new).
_MENTIONS_CHANGED = "mentions changed"


class _Part(NamedTuple):
    """What one document adds to the actor rows."""

    counts: Counter  # actor id -> mentions
    pairs: dict[str, Counter]  # actor id -> co-actor -> sentences shared
    quotes: dict[str, list[tuple[str, int]]]  # speaker -> (doc id, sentence number), in the document's order
    mentions: dict[str, list[Mention]]  # actor id -> its mentions, in text order


def _part_of(doc_id: str, row: tuple[list[Mention], dict[int, str]]) -> _Part:
    mentions, speakers = row
    counts: Counter = Counter()
    pairs: dict[str, Counter] = defaultdict(Counter)
    quotes: dict[str, list[tuple[str, int]]] = defaultdict(list)
    own: dict[str, list[Mention]] = defaultdict(list)
    for number, speaker in speakers.items():
        quotes[speaker].append((doc_id, number))
    in_sentence: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        counts[m.actor] += 1
        own[m.actor].append(m)
        in_sentence[m.sentence].add(m.actor)
    for ids in in_sentence.values():
        for a in ids:
            for b in ids:
                if a != b:
                    pairs[a][b] += 1
    return _Part(counts, pairs, quotes, own)


def _sum_again(index: CorpusIndex) -> None:
    """Sum the actor layer from every document again (a stored row of it was damaged)."""
    _build_layer(index, again=True)


def _build_layer(index: CorpusIndex, again: bool = False) -> None:
    """Discover, match and count over the corpus, then put the layer and its rows in place.

    The first time, every document's mentions are summed; after a change, the stored rows
    are corrected instead: the part of each removed document, and of each document whose
    mentions were found again, is taken out, and the part of each new one added (ActorState
    says which documents the stored rows were summed from).  Only the rows of the actors
    those documents name are read and written again.
    """
    # The tokens are made again rather than kept between the passes: two passes over 100,000
    # documents would hold tens of millions of them.  Each pass keeps its result per document
    # (index.per_document): after a file changes, only that document is passed again, as
    # long as the registry the pass ran against is the same.
    # The corpus's own outlets (front matter `source:`) are sources too, not actors: they are
    # added after the per-document discovery pass, so that a new outlet does not make every
    # document's discoveries stale.
    registry = registry_of(index)
    state: ActorState | None = None
    if not again and index.has_layer(L.ACTOR_STATE) and index.has_layer(L.ACTORS) and index.db.has_keyed(L.ACTOR_DOCS):
        state = index.layer(L.ACTOR_STATE)
    found = _discoveries_after(index, registry, state) if state is not None else None
    if found is None:
        found = _merged_rows(found for _, found in index.per_document(
            L.DISCOVERED, _discover_in, registry, "finding actors",
            affected=lambda before: _affected_documents(index, before, registry)))
    # Kept as merged, before partial names are folded (which changes the records), for the next update.
    index.set_layer(L.DISCOVERED_MERGED, [Discovered(d.id, d.name, d.kind, list(d.titles), list(d.aliases), list(d.docs))
                                          for d in found.values()])
    stored_keys: dict[str, str] = index.layer(L.LETTER_KEYS) if index.has_layer(L.LETTER_KEYS) else {}
    letter_keys = dict(stored_keys)
    full = _with_merged(found, with_outlets(registry, (m.source for m in index.doc_meta.values())), letter_keys)
    if letter_keys != stored_keys:
        index.set_layer(L.LETTER_KEYS, letter_keys)
    index.memo[L.MENTIONS] = full
    _matcher_ready(index, full)
    if state is None or not _updated(index, full, state):
        _sum_layer(index, full)
        index.consumed(L.MENTIONS, None)
    else:
        index.consumed(L.MENTIONS, _removed_since(index, state.docs))
    index.set_layer(L.ACTOR_STATE, ActorState([(index.doc_numbers[d], d) for d in index.order]))
    index.stamp(L.ACTOR_STAMP)


def _removed_since(index: CorpusIndex, docs: list[tuple[int, str]]) -> frozenset[int]:
    """The numbers of the documents of a layer's state (what it was summed from) that are gone now."""
    current = set(index.doc_numbers.values())
    return frozenset(n for n, _ in docs if n not in current)


def _discoveries_after(index: CorpusIndex, registry: Registry, state: ActorState) -> dict[str, Discovered] | None:
    """The merged discoveries (as _merged_rows gives them over every document's row) brought up to
    date from the stored ones and the rows of the documents that changed; None when they cannot be.

    An id's merged record depends only on the rows that hold it, in corpus order: the ids of the
    changed documents (removed, added, edited, or passed again against a changed registry), old
    rows and new, are merged again from the rows of their documents; every other id is kept as
    stored.  What is read is the rows of the documents those ids are found in, not every row.
    """
    from .store import RowDamaged

    if not index.has_layer(L.DISCOVERED_MERGED):
        return None
    stored: list[Discovered] = index.layer(L.DISCOVERED_MERGED)
    try:
        new, _ = index.changed_rows(L.DISCOVERED, _discover_in, registry, "finding actors",
                                    affected=lambda before: _affected_documents(index, before, registry))
    except (RowDamaged, TooManyChanged):
        return None
    position = index.doc_positions
    covered = {doc_id for _, doc_id in state.docs}
    changed = set(new) | {doc_id for doc_id in covered if doc_id not in position}
    if not changed:
        return {d.id: d for d in stored}
    if any(doc_id not in covered for doc_id in position if doc_id not in new):
        return None  # a document the stored records were not merged from, and not passed now
    ids = {d.id for row in new.values() for d in row}
    ids.update(d.id for d in stored if not changed.isdisjoint(d.docs))
    # Two kinds of record are corrected in place, without reading their rows: one whose first
    # document is unchanged, whose others were added after it or taken out, bringing nothing
    # it has not into lists of one title and one alias at most (so nothing can come in or
    # change places; what the first document's row holds stays), and one that is
    # its documents alone (no title, alias or outlet in any row of it, old or new): its
    # documents, and its name and kind, those of its first document's row (read when that
    # document is another one now).  The names a corpus repeats (one of the bench's, in 2,093
    # of 10,000 documents) are most often of one kind or the other.
    entries: dict[str, list[tuple[str, Discovered]]] = {}
    for doc_id, row in new.items():
        for d in row:
            entries.setdefault(d.id, []).append((doc_id, d))
    bare: dict[str, Discovered] = {}
    firsts: dict[str, list[Discovered] | None] = {}  # a first document's row, read once (None: not there or damaged)

    def first_row(doc_id: str) -> list[Discovered] | None:
        if doc_id not in firsts:
            try:
                firsts[doc_id] = index.row_of(L.DISCOVERED, doc_id)
            except RowDamaged:
                firsts[doc_id] = None
        return firsts[doc_id]

    for d in stored:
        if d.id not in ids:
            continue
        added = entries.get(d.id, ())
        if len(d.titles) <= 1 and len(d.aliases) <= 1 and d.docs[0] not in changed and all(
                position[doc_id] > position[d.docs[0]] and set(e.titles) <= set(d.titles)
                and set(e.aliases) <= set(d.aliases) for doc_id, e in added) and (changed.isdisjoint(d.docs) or (
                (row := first_row(d.docs[0])) is not None and all(
                    set(d.titles) <= set(e.titles) and set(d.aliases) <= set(e.aliases)
                    and (d.kind != "outlet" or e.kind == "outlet") for e in row if e.id == d.id))):
            # Its first document unchanged, the others added after it or taken out, nothing new
            # brought into lists of one title and one alias at most: nothing comes in or changes
            # places, and what was taken out is still in the first document's row when some
            # were (an outlet too): its documents alone change.
            kind = "outlet" if any(e.kind == "outlet" for _, e in added) else d.kind
            docs_now = sorted([doc_id for doc_id in d.docs if doc_id not in changed] + [doc_id for doc_id, _ in added],
                              key=position.__getitem__)
            bare[d.id] = Discovered(d.id, d.name, kind, list(d.titles), list(d.aliases), docs_now)
        elif not d.titles and not d.aliases and d.kind != "outlet" and all(
                not e.titles and not e.aliases and e.kind != "outlet" for _, e in added):
            kept = [doc_id for doc_id in d.docs if doc_id not in changed]
            docs_now = sorted(kept + [doc_id for doc_id, _ in added], key=position.__getitem__)
            if not docs_now:
                continue  # in no document now: merged again from no row, so gone
            first = docs_now[0]
            if kept and first == d.docs[0]:
                bare[d.id] = Discovered(d.id, d.name, d.kind, [], [], docs_now)
            elif first in new:
                e = next(e for doc_id, e in entries[d.id] if doc_id == first)
                bare[d.id] = Discovered(d.id, e.name, e.kind, [], [], docs_now)
            else:
                bare[d.id] = Discovered(d.id, "", "", [], [], docs_now)  # named from its first row, read below
    ids.difference_update(bare)
    docs: set[str] = {doc_id for doc_id, row in new.items() if any(d.id in ids for d in row)}
    docs.update(doc_id for d in stored if d.id in ids for doc_id in d.docs if doc_id not in changed)
    docs.update(d.docs[0] for d in bare.values() if not d.name)
    rows: dict[str, list[Discovered]] = {}
    try:
        for doc_id in sorted(docs, key=position.__getitem__):
            if doc_id in new:
                rows[doc_id] = new[doc_id]
            else:
                rows[doc_id] = index.row_of(L.DISCOVERED, doc_id)
    except RowDamaged:
        return None
    if any(row is None for row in rows.values()):
        return None
    again = _merged_rows([d for d in row if d.id in ids] for row in rows.values())
    for d in bare.values():
        if not d.name:
            e = next(e for e in rows[d.docs[0]] if e.id == d.id)
            d.name, d.kind = e.name, e.kind
    again.update(bare)
    ids.update(bare)
    # In the order ids were first met: by their first document, then their place in its row
    # (known for the documents read; the stored order for the others, whose ids are all kept).
    place = {d.id: n for n, d in enumerate(stored)}
    in_row = {(doc_id, d.id): n for doc_id, row in rows.items() for n, d in enumerate(row)}
    merged = [d for d in stored if d.id not in ids] + list(again.values())
    merged.sort(key=lambda d: (position[d.docs[0]], in_row.get((d.docs[0], d.id), place.get(d.id, 0))))
    return {d.id: d for d in merged}


def _updated(index: CorpusIndex, full: Registry, state: ActorState) -> bool:
    """_update_layer; False (sum from every row) when a stored row it reads is damaged, with one warning."""
    from .store import RowDamaged

    try:
        return _update_layer(index, full, state)
    except TooManyChanged:
        return False
    except RowDamaged as exc:
        index.note(f"warning: cache file {index.db.path}: {exc}; the actor layer is summed again")
        return False


def _sum_layer(index: CorpusIndex, full: Registry) -> None:
    """The actor layer and rows summed over every document's mentions."""
    meta = index.doc_meta
    per_doc: dict[str, Counter] = defaultdict(Counter)
    related: dict[str, Counter] = defaultdict(Counter)
    sample: dict[str, list[Mention]] = defaultdict(list)
    quotes: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for doc_id, row in index.per_document(
            L.MENTIONS, _mentions_in, full, "finding mentions",
            affected=lambda before: _affected_documents(index, before, full)):
        part = _part_of(doc_id, row)
        for speaker, said in part.quotes.items():
            quotes[speaker] += said
        for actor_id, n in part.counts.items():
            per_doc[actor_id][doc_id] += n
            if len(sample[actor_id]) < SAMPLE_MENTIONS:
                sample[actor_id] += part.mentions[actor_id][:SAMPLE_MENTIONS - len(sample[actor_id])]
        for a, others in part.pairs.items():
            related[a].update(others)
    counts = {}
    # Each actor's row is written out as JSON (staged for the save) and its sums let go as it
    # is made: the rows of a large corpus are not all held at once.
    rows = index.staged_keyed(L.ACTOR_DOCS)
    for actor_id in list(per_doc):
        docs = per_doc.pop(actor_id)
        dates = [p for p in (meta[d].published for d in docs) if p]
        counts[actor_id] = ActorCount(sum(docs.values()), len(docs), min(dates, default=None), max(dates, default=None))
        ranked = sorted(related.pop(actor_id, Counter()).items(), key=lambda kv: (-kv[1], full.actors[kv[0]].name))
        rows.put([(actor_id, encode(ActorDocs(dict(docs), ranked, sample.pop(actor_id, []), quotes.get(actor_id, []))))])
    _put_table(index, ActorTable(dict(full.actors), counts))


def _update_layer(index: CorpusIndex, full: Registry, state: ActorState) -> bool:
    """Correct the stored actor layer and rows by the documents that changed; False if it cannot be."""
    previous = index.db.fetch("SELECT v FROM meta WHERE k = ?", (f"shared:{L.MENTIONS}",))
    new, old = index.changed_rows(L.MENTIONS, _mentions_in, full, "finding mentions",
                                  affected=lambda before: _affected_documents(index, before, full))
    changes = index.row_changes(L.MENTIONS, dict(state.docs), new, old)
    if changes is None:
        return False  # a row needed is not there: sum again
    minus = [(doc_id, _part_of(doc_id, row)) for doc_id, row in changes[0]]
    plus = [(doc_id, _part_of(doc_id, row if row is not None else ([], {}))) for doc_id, row in changes[1]]
    if previous is not None:
        index.memo[_MENTIONS_CHANGED] = (previous[0], {doc_id for doc_id, _ in plus})
    table: ActorTable = index.layer(L.ACTORS)
    rows = index.keyed(L.ACTOR_DOCS)
    assert rows is not None
    touched: set[str] = set()
    for _, part in minus + plus:
        touched.update(part.counts)
        touched.update(part.quotes)
    # The co-actors are ranked by count, then name: a renamed actor reorders the rows that list it.
    renamed = {a for a in table.actors.keys() | full.actors.keys()
               if (table.actors.get(a) is None) != (full.actors.get(a) is None)
               or (a in full.actors and table.actors[a].name != full.actors[a].name)}
    for a in renamed:
        row = rows.get(a)
        if row is not None:
            touched.update(b for b, _ in row.related)
    if not minus and not plus and not touched:
        _put_table(index, ActorTable(dict(full.actors), table.counts), table)
        return True
    position = index.doc_positions
    meta = index.doc_meta
    counts = dict(table.counts)
    changes: dict[str, ActorDocs | None] = {}
    for actor_id in sorted(touched):
        row = rows.get(actor_id) or ActorDocs({}, [], [], [])
        per_doc = dict(row.per_doc)
        related = Counter(dict(row.related))
        quotes = list(row.quotes)
        changed_docs: set[str] = set()
        for doc_id, part in minus:
            if actor_id in part.counts or actor_id in part.quotes or actor_id in part.pairs:
                changed_docs.add(doc_id)
                left = per_doc.get(doc_id, 0) - part.counts.get(actor_id, 0)
                if left > 0:
                    per_doc[doc_id] = left
                else:
                    per_doc.pop(doc_id, None)
                related.subtract(part.pairs.get(actor_id, {}))
                quotes = [q for q in quotes if q[0] != doc_id]
        for doc_id, part in plus:
            if actor_id in part.counts or actor_id in part.quotes or actor_id in part.pairs:
                changed_docs.add(doc_id)
                if part.counts.get(actor_id):
                    per_doc[doc_id] = per_doc.get(doc_id, 0) + part.counts[actor_id]
                related.update(part.pairs.get(actor_id, {}))
                quotes += part.quotes.get(actor_id, [])
        if not per_doc:
            if actor_id in rows:
                changes[actor_id] = None
            counts.pop(actor_id, None)
            continue
        ordered = {d: per_doc[d] for d in sorted(per_doc, key=position.__getitem__)}
        quotes.sort(key=lambda q: position[q[0]])  # stable: a document's quotes keep their order
        ranked = sorted(((b, c) for b, c in related.items() if c > 0), key=lambda kv: (-kv[1], full.actors[kv[0]].name))
        sample = _sample_after(index, actor_id, row.sample, ordered, changed_docs, minus, plus)
        dates = [p for p in (meta[d].published for d in ordered) if p]
        counts[actor_id] = ActorCount(sum(ordered.values()), len(ordered), min(dates, default=None),
                                      max(dates, default=None))
        changes[actor_id] = ActorDocs(ordered, ranked, sample, quotes)
    _put_table(index, ActorTable(dict(full.actors), counts), table)
    index.update_keyed(L.ACTOR_DOCS, changes)
    return True


def _put_table(index: CorpusIndex, table: ActorTable, before: ActorTable | None = None) -> None:
    """Put the actor table in place with its rows by actor (ACTOR_RECORDS) and by name (ACTOR_LOOKUP):
    all of them, or, given the table `before` (whose rows are stored), those that changed."""
    index.set_layer(L.ACTORS, table)
    registry = registry_of(index)
    if before is None or not (index.db.has_keyed(L.ACTOR_RECORDS) and index.db.has_keyed(L.ACTOR_LOOKUP)):
        _put_rows(index, table, registry)
        return
    from .store import RowDamaged

    changed = {a for a in before.actors.keys() | table.actors.keys() if before.actors.get(a) != table.actors.get(a)}
    recounted = {a for a in before.counts.keys() | table.counts.keys() if before.counts.get(a) != table.counts.get(a)}
    records = {a: ActorRecord(table.actors[a], table.counts.get(a)) if a in table.actors else None
               for a in sorted(changed | recounted)}
    old = {a: _lookup_keys(before.actors[a], registry) for a in changed if a in before.actors}
    new = {a: _lookup_keys(table.actors[a], registry) for a in changed if a in table.actors}
    lookup: dict[str, NameRow | None] = {}
    try:
        for key in sorted({k for keys in (*old.values(), *new.values()) for k in keys}):
            row = index.keyed_row(L.ACTOR_LOOKUP, key)
            lists = {how: [a for a in (getattr(row, how) if row is not None else ()) if a not in changed] for how in _HOWS}
            for actor_id, keys in new.items():
                for how in keys.get(key, ()):
                    lists[how].append(actor_id)
            lookup[key] = NameRow(*(sorted(lists[how]) for how in _HOWS)) if any(lists.values()) else None
    except RowDamaged as exc:
        index.note(f"warning: cache file {index.db.path}: {exc}; the actors' names are listed again")
        _put_rows(index, table, registry)
        return
    index.update_keyed(L.ACTOR_RECORDS, records)
    index.update_keyed(L.ACTOR_LOOKUP, lookup)


def _put_rows(index: CorpusIndex, table: ActorTable, registry: Registry) -> None:
    """Every row of ACTOR_RECORDS and ACTOR_LOOKUP, from the actor table."""
    lookup: dict[str, dict[str, list[str]]] = defaultdict(lambda: {how: [] for how in _HOWS})
    for actor_id in sorted(table.actors):
        for key, hows in _lookup_keys(table.actors[actor_id], registry).items():
            for how in hows:
                lookup[key][how].append(actor_id)
    index.set_keyed(L.ACTOR_RECORDS, {a: ActorRecord(actor, table.counts.get(a)) for a, actor in table.actors.items()})
    index.set_keyed(L.ACTOR_LOOKUP, {key: NameRow(*(lists[how] for how in _HOWS)) for key, lists in lookup.items()})


def _rows_again(index: CorpusIndex) -> None:
    """Write the rows by actor and by name again from the actor table (one was damaged, or a cache lacks them)."""
    _put_rows(index, actor_table(index), registry_of(index))


def _lookup_keys(actor: Actor, registry: Registry) -> dict[str, set[str]]:
    """The name keys (folded terms) an actor is found by, each with how (NameRow's fields): what
    resolve_actor compares, by name_keys and surname_keys, and the names written in the table."""
    out: dict[str, set[str]] = defaultdict(set)
    known = actor.id in registry.actors
    keys = [" ".join(_name_terms(n)) for n in (registry.names_of(actor.id) if known else [actor.name, *actor.aliases])]
    for i, key in enumerate(keys):
        out[key].add("alias" if i else "exact")
    if actor.kind == "person":
        for form in (registry._surnames_of(actor.id) if known else [_words(actor.name)[-1:]]):
            out[" ".join(_term(w) for w in form)].add("surname")
        for key in keys:
            if " " in key:
                out[key.split()[0]].add("given")
    for name in (actor.name, *actor.aliases):
        out[" ".join(_name_terms(name))].add("written")
    out.pop("", None)
    return out


def _sample_after(index: CorpusIndex, actor_id: str, sample: list[Mention], per_doc: dict[str, int],
                  changed: set[str], minus: list[tuple[str, _Part]], plus: list[tuple[str, _Part]]) -> list[Mention]:
    """An actor's first mentions after its documents `changed` were taken out or put in.

    A sample that is not full holds every mention of the actor: it is corrected in place.
    A full one is kept when every change lies after its last document; when no mention of it
    was taken out, it is merged with the new documents' mentions (it holds the first
    mentions, so the first of both are the first of all); when some were and its last
    document is unchanged, it is topped up from that document on; else it is read again.
    """
    if not changed:
        return sample
    position = index.doc_positions
    gone = {d for d, _ in minus}
    kept = [m for m in sample if m.doc not in gone]
    if len(sample) < SAMPLE_MENTIONS or len(kept) == len(sample):
        # A full sample with nothing taken out: a document taken out that held none of its
        # mentions held none before its last one either (the sample is every mention up to it).
        for doc_id, part in plus:
            kept += part.mentions.get(actor_id, [])
        kept.sort(key=lambda m: position[m.doc])  # stable: a document's mentions stay in text order
        return kept[:SAMPLE_MENTIONS]
    last_doc = sample[-1].doc
    last = position.get(last_doc)
    if last is not None and not any(m.doc in changed for m in sample) and all(
            d not in position or position[d] > last for d in changed):
        return sample
    if last is None or last_doc in changed:
        return _sample(index, actor_id, per_doc)
    # Mentions were taken out of a full sample whose last document is unchanged: what is left
    # of it, with the added documents' mentions up to that document, is still every mention up
    # to it but that document's later ones; the sample is topped up from there, in corpus order,
    # reading the rows of the documents it reaches (one or two), not every one before it.
    added = {doc_id: part.mentions.get(actor_id, []) for doc_id, part in plus}
    for doc_id, mentions in added.items():
        if position.get(doc_id, last + 1) < last:
            kept += mentions
    kept.sort(key=lambda m: position[m.doc])  # stable: a document's mentions stay in text order
    in_last = sum(1 for m in sample if m.doc == last_doc)
    for doc_id in per_doc:
        if len(kept) >= SAMPLE_MENTIONS:
            break
        if position[doc_id] < last:
            continue
        if doc_id in added:
            found = added[doc_id]
        else:
            found = [m for m in _mentions_row(index, doc_id)[0] if m.actor == actor_id]
        if doc_id == last_doc:
            found = found[in_last:]
        kept += found[:SAMPLE_MENTIONS - len(kept)]
    return kept[:SAMPLE_MENTIONS]


def _sample(index: CorpusIndex, actor_id: str, per_doc: dict[str, int]) -> list[Mention]:
    """An actor's first mentions in corpus order, read from its documents' rows."""
    out: list[Mention] = []
    for doc_id in per_doc:
        out += [m for m in _mentions_row(index, doc_id)[0] if m.actor == actor_id][:SAMPLE_MENTIONS - len(out)]
        if len(out) >= SAMPLE_MENTIONS:
            break
    return out


# --- resolving a name -----------------------------------------------------------------------


@dataclass(slots=True)
class Resolution:
    """What a user's actor name resolved to, how, and the other actors it could mean."""

    actor: str | None
    how: str  # exact | alias | surname | given name | variant | fuzzy | none
    also_matching: list[tuple[str, int]] = field(default_factory=list)  # (actor id, mentions)
    suggestions: list[str] = field(default_factory=list)  # names, best first


FUZZY_CUTOFF = 88.0


def name_keys(actors: dict[str, Actor], registry: Registry | None = None) -> dict[str, list[str]]:
    """Each actor's names as folded token strings, canonical name first (what resolve_actor compares)."""
    out = {}
    for a in actors.values():
        names = registry.names_of(a.id) if registry and a.id in registry.actors else [a.name, *a.aliases]
        out[a.id] = [" ".join(_name_terms(n)) for n in names]
    return out


def resolve_actor(name: str, actors: dict[str, Actor], mention_counts: dict[str, int],
                  registry: Registry | None = None, keys: dict[str, list[str]] | None = None,
                  surnames: dict[str, list[str]] | None = None) -> Resolution:
    """Resolve a name: exact name, alias, shared surname, spelling variant, then fuzzy match.

    >>> reg = load_registry()
    >>> resolve_actor("Hifter", reg.actors, {"khalifa-haftar": 9, "saddam-haftar": 2}, reg).actor
    'khalifa-haftar'
    """
    query = " ".join(t.term for t in tokenize(name))
    if not query:
        return Resolution(None, "none")
    count = lambda a: mention_counts.get(a, 0)  # noqa: E731

    def pick(ids: list[str], how: str) -> Resolution:
        return _pick(ids, how, count, registry)

    keys = keys if keys is not None else name_keys(actors, registry)
    exact = [a.id for a in actors.values() if keys[a.id][0] == query]
    if exact:
        return pick(exact, "exact")
    alias = [a.id for a in actors.values() if query in keys[a.id][1:]]
    if alias:
        return pick(alias, "alias")
    surname = _surname_matches(query, actors, registry, surnames)
    if surname:
        return pick(surname, "surname")
    # A given name alone ("Saddam", "Belgacem") names the person who bears it.
    if " " not in query:
        given = [a.id for a in actors.values() if a.kind == "person"
                 and any(k.split()[:1] == [query] and " " in k for k in keys[a.id])]
        if given:
            return pick(given, "given name")
    from .names import are_variants

    # Spelling variants of the query's words.
    q = query.split()
    variant = []
    for a in actors.values():
        forms = [k.split() for k in keys[a.id]]
        if a.kind == "person":  # a surname or a given name alone, spelled another way
            forms += [[w] for f in forms if len(f) >= 2 for w in f]
        for f in forms:
            if len(f) == len(q) and all(x == y or are_variants(x, y) for x, y in zip(f, q)) and f != q:
                variant.append(a.id)
                break
    if variant:
        return pick(variant, "variant")
    from rapidfuzz import fuzz, process

    choices: dict[str, str] = {}
    for a in actors.values():
        for k in keys[a.id]:
            choices.setdefault(k, a.id)
    # Whole-name likeness only: WRatio's partial matching resolved "Sunday Express" to the
    # United Nations and "Belqasim" to Khalifa Haftar.
    results = process.extract(query, list(choices), scorer=fuzz.ratio, limit=8)
    if results and results[0][1] >= FUZZY_CUTOFF:
        best = choices[results[0][0]]
        return Resolution(best, "fuzzy")
    # Suggestions need a whole-word likeness, not WRatio's partial matches ("Smith" ~ "United States").
    q_words = [w for w in query.split() if len(w) >= 4]
    scores: dict[str, float] = {}
    for a in actors.values():
        best = 0.0
        for k in keys[a.id]:
            best = max(best, fuzz.ratio(query, k))
            for qw in q_words:
                for nw in k.split():
                    if len(nw) >= 4:
                        best = max(best, fuzz.ratio(qw, nw))
        if best >= 75:
            scores[a.name] = max(scores.get(a.name, 0.0), best + min(count(a.id), 20) / 10)
    suggestions = sorted(scores, key=lambda n: -scores[n])
    return Resolution(None, "none", suggestions=suggestions[:3])


def _pick(ids: Iterable[str], how: str, count: Callable[[str], int], registry: Registry | None) -> Resolution:
    """The actor a name resolves to among those it names: the most mentioned; on a tie a family's
    head, then the registry's order, then discovered actors by id.  The others mentioned come after."""
    rank = _registry_rank(registry)
    heads = {f.head for f in registry.families.values()} if registry else set()
    ranked = sorted(set(ids), key=lambda a: (-count(a), a not in heads, rank(a)))
    return Resolution(ranked[0], how, [(a, count(a)) for a in ranked[1:] if count(a) > 0])


def _registry_rank(registry: Registry | None) -> Callable[[str], tuple]:
    """The order ties between actors are broken in: the registry's, then discovered actors by id."""
    position = {a: i for i, a in enumerate(registry.actors)} if registry else {}
    return lambda a: (a not in position, position.get(a, 0), a)


def surname_keys(actors: dict[str, Actor], registry: Registry | None = None) -> dict[str, list[str]]:
    """The surnames of each person, as folded token strings (what a surname alone is compared with)."""
    out = {}
    for a in actors.values():
        if a.kind == "person":
            # A discovered person's aliases are its other spellings ("Omar Zubi" of "Omar Zoubi"): their
            # surnames name it too.
            forms = registry._surnames_of(a.id) if registry and a.id in registry.actors else list(dict.fromkeys(
                [_words(a.name)[-1:]] + [_words(n)[-1:] for n in a.aliases if len(_words(n)) >= 2]))
            out[a.id] = [" ".join(_term(w) for w in f) for f in forms]
    return out


def _surname_matches(query: str, actors: dict[str, Actor], registry: Registry | None,
                     surnames: dict[str, list[str]] | None = None) -> list[str]:
    out = []
    if registry:
        for fam in registry.families.values():
            if any(" ".join(t.term for t in tokenize(s)) == query for s in fam.surnames):
                out += [m for m in registry.family_members(fam.key) if m in actors]
    surnames = surnames if surnames is not None else surname_keys(actors, registry)
    out += [actor_id for actor_id, keys in surnames.items() if actor_id in actors and query in keys]
    return list(dict.fromkeys(out))


# --- profiles and lists ---------------------------------------------------------------------


def _fields(record: Any) -> dict:
    """A flat record's JSON form: its fields, in their order (docs/json.md lists them)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}



@dataclass(slots=True)
class DocCount:
    """How often an actor is mentioned in one document."""

    doc: str
    mentions: int
    published: str | None
    source: str | None = None
    title: str | None = None

    def to_json(self) -> dict:
        """The JSON form: {"doc", "mentions", "published", "source", "title"}."""
        return _fields(self)


class DocCounts(Sequence[DocCount]):
    """An actor's documents and its mentions in each (DocCount), by date, corpus order on a tie.

    An actor of a large corpus is in tens of thousands of documents and a view shows ten: the
    first few are picked without ordering them all, and a DocCount is made when it is asked for;
    iterating (--json) orders them all once.  The metadata of every document of the actor is read
    when the DocCounts is made, unless `shown` says how many the caller shows: then only those
    are, read off the corpus's documents in date order (CorpusIndex.ids_by_date) until they are
    found, and any other is read from the index when asked for (so only while it is open).
    Equal to a list of the same DocCounts.
    """

    def __init__(self, index: CorpusIndex, per_doc: dict[str, int], shown: int | None = None) -> None:
        self._index = index
        self._per_doc = per_doc  # corpus order
        self._meta: dict[str, DocMeta] = {}
        self._known = False  # whether the metadata of every document of the actor is read
        self._ordered: list[str] | None = None
        self._first: tuple[int, list[str]] = (0, [])  # the first documents picked, kept: a view asks twice
        if shown is not None and shown * 8 < len(per_doc):
            self[:shown]  # noqa: B018 - picked (and their metadata read) while the index is open
        else:
            self._look_up(per_doc)

    def _look_up(self, doc_ids: Iterable[str]) -> None:
        if self._known:
            return
        wanted = [d for d in doc_ids if d not in self._meta]
        if len(wanted) > BY_ID_LOOKUPS:  # one pass over every document's metadata costs less than a lookup each
            self._meta = self._index.doc_meta
        elif wanted:
            self._meta.update(self._index.metas(wanted))
        self._known = self._known or len(wanted) > BY_ID_LOOKUPS or doc_ids is self._per_doc

    def _key(self, doc_id: str) -> tuple[int, str]:
        return _date_key(self._meta[doc_id].published)

    def _order(self) -> list[str]:
        if self._ordered is None:
            self._look_up(self._per_doc)
            self._ordered = sorted(self._per_doc, key=self._key)  # stable: corpus order on a tie
        return self._ordered

    def _count(self, doc_id: str) -> DocCount:
        self._look_up((doc_id,))
        m = self._meta[doc_id]
        return DocCount(doc_id, self._per_doc[doc_id], m.published, m.source, m.title)

    def _earliest(self, stop: int) -> list[str]:
        """The `stop` first documents by (date, place in the corpus), as sorting them all would give,
        without the date of every one: the corpus's documents are walked in date order until `stop`
        of the actor's are found and the date they end on is passed (on that date the corpus order
        of the actor's rows decides); one of few documents looks up the dates of its own."""
        if self._known or len(self._per_doc) <= BY_ID_LOOKUPS:
            import heapq

            self._look_up(self._per_doc)
            firsts = heapq.nsmallest(stop, enumerate(self._per_doc), key=lambda p: (self._key(p[1]), p[0]))
            return [d for _, d in firsts]
        found: list[tuple[str | None, str]] = []
        walk = self._index.ids_by_date()
        try:
            for published, doc_id in walk:
                if len(found) >= stop and published != found[stop - 1][0]:
                    break
                if doc_id in self._per_doc:
                    found.append((published, doc_id))
        finally:
            walk.close()
        # Documents of one date in the order of the actor's row, as a stable sort keeps them.
        wanted = {d for _, d in found}
        place = {d: i for i, d in enumerate(self._per_doc) if d in wanted}
        found.sort(key=lambda pd: (_date_key(pd[0]), place[pd[1]]))
        return [d for _, d in found[:stop]]

    def __len__(self) -> int:
        return len(self._per_doc)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if self._ordered is None and start == 0 and step == 1 and stop * 8 < len(self):
                if self._first[0] < stop:
                    self._first = (stop, self._earliest(stop))
                    self._look_up(self._first[1])
                return [self._count(d) for d in self._first[1][:stop]]
            return [self._count(d) for d in self._order()[i]]
        return self._count(self._order()[i])

    def __iter__(self) -> Iterator[DocCount]:
        return (self._count(d) for d in self._order())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"DocCounts({list(self)!r})"


BY_ID_LOOKUPS = 2000  # an actor in at most this many documents has their metadata looked up one by one


@dataclass(slots=True)
class Cited:
    """A sentence about an actor with where it comes from."""

    doc: str
    text: str
    published: str | None
    source: str | None = None
    sentence: int = 0

    def to_json(self) -> dict:
        """The JSON form: {"doc", "text", "published", "source", "sentence"}."""
        return _fields(self)


@dataclass(slots=True)
class TitleSeen:
    """A title or role as a text gives it for the actor."""

    title: str
    doc: str
    published: str | None
    source: str | None = None

    def to_json(self) -> dict:
        """The JSON form: {"title", "doc", "published", "source"}."""
        return _fields(self)


@dataclass(slots=True)
class ActorProfile:
    """Everything the corpus says about one actor."""

    actor: Actor
    mentions: int
    documents: Sequence[DocCount]  # DocCounts: made as they are read
    related: list[tuple[str, str, int]]  # (actor id, name, shared sentences)
    summary: list[Cited]
    quotes: list[Cited]
    titles_seen: list[TitleSeen]
    affiliations: list[str]
    roles: list[str] = field(default_factory=list)
    dated_aliases: list[DatedAlias] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    events: list[Any] = field(default_factory=list)
    events_total: int | None = None  # when `events` holds the latest only: how many there are in all
    also_matching: list[tuple[str, str, int]] = field(default_factory=list)  # (id, name, mentions)
    how: str = "exact"
    titles: list[str] = field(default_factory=list)  # registry and texts, once each

    def to_json(self) -> dict:
        """The documented JSON contract of `libyadesk actor NAME --json`."""
        a = self.actor
        return {
            "actor": {
                "id": a.id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases),
                "titles": self.titles,
                "affiliations": self.affiliations, "roles": self.roles, "discovered": a.discovered,
                "dated_aliases": [{"name": d.name, "from": d.start, "until": d.end} for d in self.dated_aliases],
            },
            "resolved_by": self.how,
            "mentions": self.mentions,
            "documents": [d.to_json() for d in self.documents],
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "titles_seen": [t.to_json() for t in self.titles_seen],
            "related": [{"id": i, "name": n, "count": c} for i, n, c in self.related],
            "quotes": [q.to_json() for q in self.quotes],
            "summary": [s.to_json() for s in self.summary],
            "events": [e.to_json() if hasattr(e, "to_json") else e for e in self.events],
            "also_matching": [{"id": i, "name": n, "mentions": c} for i, n, c in self.also_matching],
        }


@dataclass(slots=True)
class ActorRow:
    """One line of the actors table."""

    id: str
    name: str
    kind: str
    mentions: int
    documents: int
    first: str | None
    last: str | None
    discovered: bool = False

    def to_json(self) -> dict:
        """The JSON form of a row: its fields, id to discovered."""
        return _fields(self)


def _date_key(value: str | None) -> tuple[int, str]:
    return (value is None, value or "")


def list_actors(index: CorpusIndex, kind: str | None = None, min_mentions: int = 1) -> list[ActorRow]:
    """All actors of the corpus with counts, most mentioned first; optionally of one kind."""
    table = actor_table(index)
    rows = []
    for actor_id, count in table.counts.items():
        actor = table.actors.get(actor_id)
        if actor is None or (kind and actor.kind != kind) or count.mentions < min_mentions:
            continue
        rows.append(ActorRow(actor_id, actor.name, actor.kind, count.mentions, count.documents,
                             count.first, count.last, actor.discovered))
    rows.sort(key=lambda r: (-r.mentions, -r.documents, r.name, r.id))
    return rows


def mention_counts(index: CorpusIndex) -> dict[str, int]:
    """Mentions per actor id over the corpus."""
    return {actor_id: c.mentions for actor_id, c in actor_table(index).counts.items()}


def find_actor(index: CorpusIndex, name: str) -> Resolution:
    """Resolve a name against the index's actors; raise NotFound("no actor named X; did you mean ...?").

    A name, alias, surname or given name is looked up by its folded terms (ACTOR_LOOKUP) and
    only the actors it names are read; a spelling variant or a misspelling is compared with
    every actor's names (resolve_actor), as it must be.
    """
    res = _looked_up(index, name)
    if res is None:
        actors, registry = actor_table(index).actors, registry_of(index)
        keys = index.layer(L.ACTOR_NAME_KEYS, lambda ix: name_keys(actors, registry))
        surnames = index.layer(L.ACTOR_SURNAME_KEYS, lambda ix: surname_keys(actors, registry))
        res = resolve_actor(name, actors, mention_counts(index), registry, keys, surnames)
    if res.actor is None:
        hint = f"; did you mean {', '.join(res.suggestions)}?" if res.suggestions else ""
        raise NotFound(f"no actor named {name!r}{hint}", res.suggestions)
    return res


def _looked_up(index: CorpusIndex, name: str) -> Resolution | None:
    """resolve_actor's answer for a name it finds by exact name, alias, surname or given name,
    read from the name's row and the rows of the actors it names; None: compare every actor."""
    query = " ".join(t.term for t in tokenize(name))
    if not query:
        return None
    actors_ready(index)
    lookup = index.keyed(L.ACTOR_LOOKUP, _rows_again)
    row = lookup.get(query) if lookup is not None else None
    registry = registry_of(index)
    records = actor_records(index)
    family = [m for fam in registry.families.values()
              if any(" ".join(t.term for t in tokenize(s)) == query for s in fam.surnames)
              for m in registry.family_members(fam.key)]
    steps = [("exact", row.exact if row else []), ("alias", row.alias if row else []),
             ("surname", [*family, *(row.surname if row else [])])]
    if " " not in query:
        steps.append(("given name", row.given if row else []))
    for how, ids in steps:
        ids = [a for a in ids if a in records]
        if ids:
            return _pick(ids, how, lambda a: records[a].count.mentions if records[a].count else 0, registry)
    return None


class _Records(Mapping[str, ActorRecord]):
    """The rows of ACTOR_RECORDS an answer reads, read when asked for and kept."""

    def __init__(self, index: CorpusIndex) -> None:
        self._rows = index.keyed(L.ACTOR_RECORDS, _rows_again)
        self._kept: dict[str, ActorRecord | None] = {}

    def __getitem__(self, actor_id: str) -> ActorRecord:
        if actor_id not in self._kept:
            self._kept[actor_id] = self._rows.get(actor_id) if self._rows is not None else None
        found = self._kept[actor_id]
        if found is None:
            raise KeyError(actor_id)
        return found

    def __contains__(self, actor_id: object) -> bool:
        try:
            self[actor_id]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows or ())

    def __len__(self) -> int:
        return len(self._rows or ())


def actor_records(index: CorpusIndex) -> Mapping[str, ActorRecord]:
    """The index's actors with their counts, by id, each read from its row when asked for."""
    actors_ready(index)
    return _Records(index)


def lookup_actor(index: CorpusIndex, name: str, shown: int | None = None) -> ActorProfile:
    """Resolve a name and build its profile; raise NotFound("no actor named X; did you mean ...?").
    `shown`: how many of its documents the caller shows (the rest read only when asked for, see DocCounts)."""
    res = find_actor(index, name)
    profile = actor_profile(index, res.actor, shown)
    records = actor_records(index)
    profile.how = res.how
    profile.also_matching = [(a, records[a].actor.name, c) for a, c in res.also_matching]
    return profile


def actor_profile(index: CorpusIndex, actor_id: str, shown: int | None = None) -> ActorProfile:
    """The profile of one actor: counts per document, titles, related actors, quotes, summary
    (`shown`: how many of its documents the caller shows, see DocCounts)."""
    records = actor_records(index)
    if actor_id not in records:
        raise NotFound(f"no actor with id {actor_id!r}")
    actor = records[actor_id].actor
    registry = registry_of(index)
    row = actor_docs_row(index, actor_id)
    documents = DocCounts(index, row.per_doc, shown)
    count = records[actor_id].count  # its first and last dates of publication, summed with the row
    related_rows = []
    for a, c in row.related:  # the first 15 that are actors still
        if len(related_rows) == 15:
            break
        if a in records:
            related_rows.append((a, records[a].actor.name, c))

    titles = _titles_seen(index, row.sample)
    quotes = _quotes(index, row)
    summary = _summary(index, actor_id, row.per_doc)
    affiliations = [records[a].actor.name if a in records else a for a in actor.affiliations]
    affiliations += [a for a in _affiliations_seen(index, row.sample) if a not in affiliations]
    events: list[Any] = []  # the caller adds the timeline's events (actors does not depend on timeline)
    return ActorProfile(
        actor=actor, mentions=sum(row.per_doc.values()), documents=documents, related=related_rows[:15],
        summary=summary, quotes=quotes, titles_seen=titles, affiliations=affiliations,
        roles=list(registry.roles.get(actor_id, ())), dated_aliases=list(registry.dated.get(actor_id, ())),
        first_seen=count.first if count and row.per_doc else None, last_seen=count.last if count and row.per_doc else None,
        events=events,
        titles=_distinct_titles([*actor.titles, *(t.title for t in titles)]),
    )


def _distinct_titles(titles: Iterable[str]) -> list[str]:
    """Titles once each, by their canonical spelling ("PM" and "Prime Minister" are one)."""
    out: dict[str, str] = {}
    for title in titles:
        out.setdefault(canonical_title(title).casefold(), canonical_title(title))
    return list(out.values())


def _sentence(index: CorpusIndex, doc_id: str, number: int) -> Sentence | None:
    sents = index.doc_sentences(doc_id)
    if 0 <= number < len(sents) and sents[number].index == number:
        return sents[number]
    return next((s for s in sents if s.index == number), None)


def _titles_seen(index: CorpusIndex, own: list[Mention]) -> list[TitleSeen]:
    """Titles and roles written next to the actor's name: before it, or as an apposition after it."""
    out: list[TitleSeen] = []
    seen: set[str] = set()
    for m in own:
        if m.how == "title":
            continue
        doc = index.documents[m.doc]
        text = doc.text
        toks = _doc_tokens(text[max(0, m.start - 160):m.start])
        base = max(0, m.start - 160)
        found: list[str] = []
        # A capitalised title phrase ending right before the name ("European Commission President").
        k = len(toks) - 1
        phrase: list[_Tok] = []
        while k >= 0:
            t = toks[k]
            gap = text[base + t.end:base + (phrase[0].start if phrase else len(text[base:m.start]))]
            if not (gap in (" ", "-", "\u00a0") or (gap == ". " and t.term in _ABBREVIATED)) or not (
                    t.cap or t.term in ("of", "to", "for", "in")):
                break
            if t.word.endswith(("’s", "'s")) or text[base + t.end: base + t.end + 2] in ("’s", "'s"):
                break
            phrase.insert(0, t)
            k -= 1
        while phrase and phrase[0].term in ("of", "to", "for", "in", "the"):
            phrase.pop(0)
        if phrase and any(
            tuple(x.term for x in phrase[s:e]) in _TITLE_KEYS for s in range(len(phrase)) for e in range(s + 1, len(phrase) + 1)
        ):
            words = text[base + phrase[0].start:base + phrase[-1].end]
            words = re.sub(r"^(?:(?:the|a|an|and|his|her|their|son|daughter)\s+)+", "", words, flags=re.I)
            if words.casefold() not in _HONORIFICS:
                found.append(canonical_title(words) if len(phrase) <= 2 else words)
        # Demonym or name + lower-case role noun: "Libyan strongman", "Libya expert".
        mm = re.search(r"([A-Z][\w’'-]+\s+(?:[a-z]+\s+)?(" + "|".join(_ROLE_NOUNS) + r"))\s+$", text[max(0, m.start - 60):m.start])
        if mm and not phrase:
            found.append(mm.group(1))
        # Apposition: "Khaled Khalifa Haftar, Chief of General Staff of the Libyan National Army (LNA),".
        ap = _APPOSITIVE_ROLE.match(text[m.end:m.end + 140])
        if ap:
            found.append(ap.group(1).strip())
        for title in found:
            if title.casefold() in seen or len(title) < 2:
                continue
            seen.add(title.casefold())
            out.append(TitleSeen(title, m.doc, doc.published, doc.source))
    return out


def _affiliations_seen(index: CorpusIndex, own: list[Mention]) -> list[str]:
    """Organisations written as "NAME of the ORG" right after the name (an actor's name when one is written so)."""
    records = actor_records(index)
    lookup = index.keyed(L.ACTOR_LOOKUP, _rows_again)
    rank = _registry_rank(registry_of(index))
    out = []
    for m in own:
        text = index.documents[m.doc].text
        mm = re.match(r"\s+of\s+the\s+((?:[A-Z][\w-]*\s*)+)", text[m.end:m.end + 80])
        if mm:
            org = mm.group(1).strip()
            org = re.sub(r"\s+(?:think|tank).*$", "", org)
            row = lookup.get(" ".join(_name_terms(org))) if lookup is not None else None
            named = [a for a in (row.written if row else ()) if a in records
                     and fold(org) in {fold(x) for x in (records[a].actor.name, *records[a].actor.aliases)}]
            named.sort(key=rank)
            hit = records[named[0]].actor.name if named else org
            if hit not in out:
                out.append(hit)
    return out


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks in a sentence (“...” or "..."), unclosed quotes run to the end."""
    spans = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "“\"":
            close = "”" if ch == "“" else "\""
            j = text.find(close, i + 1)
            if ch == "“" and j < 0:
                j = text.find("\"", i + 1)
            j = len(text) if j < 0 else j
            spans.append((i, j + 1))
            i = j + 1
        elif ch == "”":
            spans.append((0, i + 1))  # a quote opened in an earlier sentence closes here
            i += 1
        else:
            i += 1
    return spans


def attribute_quotes(index: CorpusIndex, doc_id: str, mentions: list[Mention], actors: dict[str, Actor]) -> dict[int, str]:
    """Sentence number -> actor id of the speaker, for the quoted sentences of one document."""
    out: dict[int, str] = {}
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.doc == doc_id:
            by_sent[m.sentence].append(m)
    last_speaker: tuple[int, str] | None = None
    continued: set[int] = set()
    for sent in index.doc_sentences(doc_id):
        s_text = sent.text
        if not any(c in s_text for c in _QUOTE_CHARS):
            continue
        spans = _quote_spans(s_text)
        inside = lambda off: any(a <= off < b for a, b in spans)  # noqa: E731
        speaker = None
        candidates = [m for m in by_sent.get(sent.index, []) if not inside(m.start - sent.start)]
        candidates.sort(key=lambda m: actors[m.actor].kind != "person" if m.actor in actors else True)
        for m in candidates:
            a, b = m.start - sent.start, m.end - sent.start
            after = s_text[b:]
            before = s_text[:a]
            last_quote = max((before.rfind(c) for c in _QUOTE_CHARS), default=-1)
            if _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before[max(last_quote, 0):]):
                speaker = m.actor
                break
        if speaker is None and _PRONOUN_SPEECH.search(s_text):
            # "..., he said": the speaker quoted just before, else the person the sentence opens with.
            subjects = [m.actor for m in candidates if m.start - sent.start < 30
                        and actors.get(m.actor) and actors[m.actor].kind == "person"]
            if last_speaker and sent.index - last_speaker[0] <= 3:
                speaker = last_speaker[1]
            elif subjects:
                speaker = subjects[0]
        if speaker is None:
            # A quote signed in the next line: "…expansionism”. Jalel Harchaoui, RUSI".
            nxt = by_sent.get(sent.index + 1, [])
            sig = _sentence(index, doc_id, sent.index + 1)
            if sig is not None and len(sig.text.split()) <= 6 and nxt and nxt[0].start == sig.start and \
                    actors.get(nxt[0].actor) and actors[nxt[0].actor].kind == "person":
                speaker = nxt[0].actor
                # The signed quote may have opened in earlier sentences taken for continuations.
                k = sent.index
                while s_text.lstrip()[:1] not in "“\"" and k - 1 in continued:
                    k -= 1
                    out[k] = speaker
                    s_text = _sentence(index, doc_id, k).text
        if speaker is None and last_speaker and sent.index - last_speaker[0] <= 3 and \
                s_text.lstrip()[:1] in _QUOTE_CHARS:
            speaker = last_speaker[1]  # a quote continued in the next sentence
            continued.add(sent.index)
        if speaker:
            out[sent.index] = speaker
            last_speaker = (sent.index, speaker)
    return out


def _quotes(index: CorpusIndex, row: ActorDocs) -> list[Cited]:
    """What the actor is quoted saying (attributed when the layer was built), from the
    QUOTE_DOCS documents that mention it most, in date order."""
    where = _most_mentioning(row.per_doc, QUOTE_DOCS)
    out = []
    for doc_id, number in row.quotes:
        if doc_id in where:
            s = _sentence(index, doc_id, number)
            if s is not None:
                _, source, published = _meta(index, doc_id)
                out.append(Cited(doc_id, s.text, published, source, number))
    out.sort(key=lambda c: (_date_key(c.published), c.doc, c.sentence))
    return out


def _summary(index: CorpusIndex, actor_id: str, per_doc: dict[str, int]) -> list[Cited]:
    """Three to six informative sentences about the actor, without near-duplicates, in date order."""
    from rapidfuzz import fuzz

    docs = list(per_doc)  # corpus order
    if len(docs) > SUMMARY_DOCS:
        # In a large corpus, read sentences only from the documents that mention the actor most:
        # scoring every sentence would read every document.
        keep = _most_mentioning(per_doc, SUMMARY_DOCS)
        docs = [d for d in docs if d in keep]
    position = {d: i for i, d in enumerate(docs)}  # what is compared is their order, the same among these
    by_sentence: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for doc_id in docs:
        for m in doc_mentions(index, doc_id):
            by_sentence[(doc_id, m.sentence)].append(m)
    keys = sorted((k for k, here in by_sentence.items() if any(m.actor == actor_id for m in here)),
                  key=lambda k: (position[k[0]], k[1]))[:SUMMARY_CANDIDATES]
    scored = []
    for doc_id, number in keys:
        s = _sentence(index, doc_id, number)
        if s is None or _is_headline(s.text):
            continue
        words = len(s.text.split())
        here = by_sentence[(doc_id, number)]
        explicit = any(m.actor == actor_id and m.how in ("name", "variant") for m in here)
        others = len({m.actor for m in here} - {actor_id})
        first = min(m.start for m in here if m.actor == actor_id) - s.start
        score = 2.0 * explicit + min(others, 4) * 0.5
        score += 1.0 if re.search(r"\d", s.text) else 0.0
        score += 1.0 if first < 40 else 0.0
        score -= 1.5 if words < 8 else 0.0
        score -= 1.0 if words > 55 else 0.0
        score -= 0.5 if s.text.lstrip()[:1] in _QUOTE_CHARS else 0.0
        score -= 0.02 * number  # earlier sentences of an article carry its news
        scored.append((score, doc_id, number, s))
    scored.sort(key=lambda x: -x[0])
    chosen: list[tuple[str, int, Sentence]] = []
    for score, doc_id, number, s in scored:
        if len(chosen) >= 6 or (len(chosen) >= 3 and score < 2.0):
            break
        if any(fuzz.token_set_ratio(s.text, c[2].text) >= 80 for c in chosen):
            continue
        chosen.append((doc_id, number, s))
    chosen.sort(key=lambda c: (_date_key(_published(index, c[0])), position[c[0]], c[1]))
    return [Cited(d, s.text, _published(index, d), _meta(index, d)[1], n) for d, n, s in chosen]


def _most_mentioning(per_doc: dict[str, int], n: int) -> set[str]:
    """The `n` documents that mention an actor most, the earlier in the row (corpus order) on a tie:
    the first `n` of the row sorted by count, without a sort of tens of thousands by a key.

    >>> sorted(_most_mentioning({"a": 1, "b": 3, "c": 1, "d": 2}, 3))
    ['a', 'b', 'd']
    """
    if len(per_doc) <= n:
        return set(per_doc)
    least = sorted(per_doc.values(), reverse=True)[n - 1]  # the count of the n-th
    out = {d for d, c in per_doc.items() if c > least}
    for d, c in per_doc.items():
        if len(out) == n:
            break
        if c == least:
            out.add(d)
    return out


SUMMARY_CANDIDATES = 400
SUMMARY_DOCS = 100  # in a large corpus the summary reads the documents that mention the actor most
QUOTE_DOCS = 200  # quotes are looked for in the documents that mention the actor most


def _meta(index: CorpusIndex, doc_id: str) -> tuple[str | None, str | None, str | None]:
    """(title, source, published) of a document, looked up by its id."""
    m = index.metas((doc_id,))[doc_id]
    return m.title, m.source, m.published


def _published(index: CorpusIndex, doc_id: str) -> str | None:
    return _meta(index, doc_id)[2]


__all__ = [
    "ActorCount", "ActorDocs", "ActorProfile", "ActorRow", "ActorTable", "Cited", "DatedAlias", "Discovered", "DocCount", "Family", "Registry",
    "Resolution", "TitleSeen", "actor_data", "actor_docs_row", "actor_profile", "actor_records", "actor_table", "actors_ready", "attach", "attribute_quotes",
    "canonical_title", "discover_actors", "discover_corpus", "doc_mentions", "event_actors", "extract_all", "find_actor", "find_mentions",
    "is_place_mention", "list_actors", "load_registry", "lookup_actor", "mention_counts", "name_at", "name_keys", "participants", "registry_of",
    "surname_keys", "resolve_actor", "slug", "with_outlets",
]
