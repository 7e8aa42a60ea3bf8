"""Regular expressions compiled when first used, not when their module is imported.

The extraction modules hold some 330 expressions at module level.  A warm `actor` or `timeline`
call imports those modules for a handful of functions and uses few of the expressions;
compiling all of them on import cost about 0.3 s of every such call.  `lazy_compile` returns a
stand-in that compiles on its first use and then holds the compiled expression's methods as
its own attributes, so a later `.search` costs what the compiled pattern's does.
"""

from __future__ import annotations

import re

_TAKEN = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
          "flags", "groups", "groupindex")


class LazyPattern:
    """A regular expression compiled on first use; `.pattern` is its source, as re.Pattern's."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> object:
        # Called only for what the instance does not hold yet: the first use of a method.
        if name.startswith("__") or name in ("pattern", "_flags", "compiled"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        self.compiled = compiled
        for taken in _TAKEN:
            setattr(self, taken, getattr(compiled, taken))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """re.compile, done when the expression is first used (an invalid one fails then)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
