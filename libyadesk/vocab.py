"""Shipped vocabularies: the word tables under libyadesk/data/, each read once and shared.

A table is a small TOML file (titles.toml, roles.toml, outlets.toml, organisations.toml)
so that the packaging and the cache fingerprint, which already cover the data folder's
TOML files, cover them too: editing a table rebuilds the actor layer on the next call.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
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
