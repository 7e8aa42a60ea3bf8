"""Shipped vocabularies: one TOML file per table under libyadesk/data/, read once.

A table is a list of entries (`[[entry]]`), each with the words or pattern it adds and an
`example` sentence that a test runs, as HeidelTime keeps its word lists and rules in files
with an `// EXAMPLE` line: whoever adds an entry shows what it is for, and the test shows
that it does it.  Tables are plain data (tomllib, nothing executable).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[dict, ...]:
    """The entries of data/NAME.toml, in file order (read once per process)."""
    with open(DATA / f"{name}.toml", "rb") as f:
        return tuple(tomllib.load(f).get("entry", ()))


@lru_cache(maxsize=None)
def words(name: str, key: str = "words") -> frozenset[str]:
    """Every word or phrase listed under `key` in data/NAME.toml, lower case."""
    out: set[str] = set()
    for entry in entries(name):
        value = entry.get(key, ())
        out.update(v.lower() for v in ([value] if isinstance(value, str) else value))
    return frozenset(out)


@lru_cache(maxsize=None)
def phrase_pattern(name: str, key: str = "words", prefix: str = r"(?<!\w)", suffix: str = r"(?!\w)") -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase of data/NAME.toml (longest first; spaces match any white space)."""
    phrases = sorted(words(name, key), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) or r"(?!x)x"
    return re.compile(rf"{prefix}(?:{alternation}){suffix}", re.IGNORECASE)
