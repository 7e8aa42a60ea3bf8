"""Shipped vocabularies: the word tables under libyadesk/data/, each read once and shared.

A table is a small TOML file (titles.toml, roles.toml, outlets.toml, organisations.toml)
so that the packaging and the cache fingerprint, which already cover the data folder's
TOML files, cover them too: editing a table rebuilds the actor layer on the next call.
"""

from __future__ import annotations

import json
import re
from .patterns import lazy_compile
import tomllib
from functools import lru_cache
from importlib import resources
from collections.abc import Iterable
from typing import Any


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, Any]:
    """The parsed data file libyadesk/data/NAME.toml (read once per process).

    >>> "titles" in table("titles")
    True
    """
    text = resources.files("libyadesk.data").joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def words(name: str, key: str) -> tuple[str, ...]:
    """The list `key` of the data file NAME.toml, in file order.

    >>> "envoy" in words("roles", "before_name")
    True
    """
    return tuple(table(name)[key])


def mapping(name: str, key: str) -> dict[str, str]:
    """The table `key` of the data file NAME.toml ({word: value})."""
    return dict(table(name)[key])


# Tables of entries: `[[entry]]` items, each with the phrases it adds and an `example`
# sentence that a test runs (tests/test_vocab_entries.py), as HeidelTime's rule files
# carry an `// EXAMPLE` line.  The timeline's cue tables (chrome, captions, year_names,
# onset_cues, scheduled_cues, comparison_cues) are of this form.


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[dict[str, Any], ...]:
    """The `[[entry]]` items of data/NAME.toml, in file order."""
    return tuple(table(name).get("entry", ()))


@lru_cache(maxsize=None)
def entry_words(name: str, key: str = "words") -> frozenset[str]:
    """Every word or phrase the entries of data/NAME.toml list under `key`, lower case."""
    out: set[str] = set()
    for entry in entries(name):
        value = entry.get(key, ())
        out.update(v.lower() for v in ([value] if isinstance(value, str) else value))
    return frozenset(out)


@lru_cache(maxsize=None)
def flagged(name: str, flag: str, key: str = "phrases") -> frozenset[str]:
    """Every phrase under `key`, lower case, of the entries of data/NAME.toml marked `flag = true`.

    >>> "on his arrival" in flagged("anaphora", "yields")
    True
    """
    return frozenset(p.lower() for entry in entries(name) if entry.get(flag) for p in entry.get(key, ()))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words and phrases as listed, the longest first (so that a longer one wins),
    each escaped and its spaces matching any white space."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def phrase_pattern(name: str, key: str = "words", prefix: str = r"(?<!\w)", suffix: str = r"(?!\w)") -> re.Pattern[str]:
    """One case-insensitive regex for every phrase under `key` in data/NAME.toml (longest first; a space matches any white space)."""
    return re.compile(rf"{prefix}(?:{alternation(entry_words(name, key)) or r'(?!x)x'}){suffix}", re.IGNORECASE)


# wordfreq's Zipf frequencies of plain English words are shipped as a table (data/word_zipf.json,
# written by bench/word_zipf.py from english_zipf_from_wordfreq): importing wordfreq and loading
# its list cost about a fifth of a CPU-second in every process that discovers actors in a new
# or changed document (an update's `actor`), where reading the table takes a hundredth.  Every
# threshold compared is at least ZIPF_FLOOR, so the words below it are left out: for them
# english_zipf gives 0.0, which compares as their own value would.
# tests/test_word_zipf.py checks that the file equals what wordfreq gives now.
ZIPF_FLOOR = 3.0
_PLAIN_WORD = lazy_compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _english_zipf() -> dict[str, float]:
    text = resources.files("libyadesk.data").joinpath("word_zipf.json").read_text(encoding="utf-8")
    return json.loads(text)["zipf"]


def english_zipf(word: str) -> float:
    """wordfreq's Zipf frequency of an English word, exact at or above ZIPF_FLOOR (0.0 below it).

    >>> english_zipf("sources") >= 4.0 > english_zipf("zintani")
    True
    """
    if _PLAIN_WORD.fullmatch(word):
        return _english_zipf().get(word, 0.0)
    from wordfreq import zipf_frequency  # a word of other characters is tokenized as wordfreq does

    return zipf_frequency(word, "en")


def english_zipf_from_wordfreq() -> dict[str, float]:
    """The plain lower-case English words of wordfreq's list at or above ZIPF_FLOOR, with their Zipf frequencies."""
    from wordfreq import get_frequency_dict, zipf_frequency

    out: dict[str, float] = {}
    for word in get_frequency_dict("en", wordlist="best"):
        if _PLAIN_WORD.fullmatch(word):
            z = zipf_frequency(word, "en")
            if z >= ZIPF_FLOOR:
                out[word] = z
    return out
