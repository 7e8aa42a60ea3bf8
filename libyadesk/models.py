"""The records that flow from the corpus to the renderers.

Computation builds them, renderers read them, and `to_json` turns them into the documented
JSON contract (docs/json.md).  The records a search makes are plain classes with their
methods written out (`Record`: equality, repr and, for frozen ones, hashing by their fields,
as a dataclass has them) rather than dataclasses: `@dataclass` compiles each class's
`__init__`, `__eq__` and `__repr__` with `exec` at import, and `import dataclasses` loads
`inspect`, `ast` and `dis` — together a third of a warm search's start-up.  The records of
extraction (TimeExpr, Actor, Mention, Citation) stay dataclasses and NamedTuples in
extracted.py and are loaded from there when first asked for.
"""

from __future__ import annotations

from operator import attrgetter, itemgetter

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .extracted import Actor, Citation, Mention, TimeExpr


_EXTRACTED = frozenset({"TimeExpr", "Actor", "Citation", "Mention"})


def __getattr__(name: str) -> Any:
    """The records of extraction, imported when first asked for (`from .models import TimeExpr`)."""
    if name in _EXTRACTED:
        from . import extracted

        return getattr(extracted, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class FrozenError(AttributeError):
    """An assignment to a field of a frozen record (as dataclasses.FrozenInstanceError, an AttributeError)."""


class Record:
    """A record with `__slots__` whose `_fields` are its constructor's parameters in order.

    The fields are what the codec stores (codec.stored_fields), what `==` compares and what
    `repr` shows, unless a class names fewer in `_compared`.  Subclasses write `__init__`.
    """

    __slots__ = ()
    # Type comments, not annotations: the codec reads a record's annotations as its fields' types.
    _fields = ()  # type: tuple[str, ...]
    _compared = ()  # type: tuple[str, ...]
    _values = None  # type: Any

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        compared = cls.__dict__.get("_compared") or cls._fields
        cls._compared = compared
        cls.__match_args__ = cls._fields
        if not compared:
            return
        if len(compared) == 1:
            (only,) = compared
            cls._values = staticmethod(lambda record: (getattr(record, only),))
        else:
            cls._values = staticmethod(attrgetter(*compared))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == self._values(other)
        return NotImplemented

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._compared)
        return f"{type(self).__qualname__}({shown})"

    def __reduce__(self) -> tuple:
        # Copied and pickled (between worker processes) through the constructor, which a
        # frozen record's __setattr__ does not stop.
        return type(self), tuple(getattr(self, name) for name in self._fields)

    def __replace__(self, **changes: Any) -> Any:
        """A copy with some fields changed (what dataclasses.replace gives for a dataclass)."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return type(self)(**values)


class FrozenRecord(Record):
    """A Record whose fields cannot be assigned after __init__ (which sets them with object.__setattr__); hashable."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash(self._values(self))


class Row(tuple):
    """A NamedTuple written out: a tuple whose items are named by `_fields`.

    typing.NamedTuple compiles each class's `__new__` with `exec`; a Row's is written in its
    class (`return tuple.__new__(cls, (a, b))`), and its fields are read by `itemgetter`s made
    here.  It is a tuple as a NamedTuple is (unpacked, compared, hashed, stored as a list),
    with `_replace` and `_asdict`.
    """

    __slots__ = ()
    _fields = ()  # type: tuple[str, ...]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.__match_args__ = cls._fields
        for position, name in enumerate(cls.__dict__.get("_fields", ())):
            setattr(cls, name, property(itemgetter(position)))

    def __getnewargs__(self) -> tuple:
        return tuple(self)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"{type(self).__qualname__}({shown})"

    def _replace(self, **changes: Any) -> Any:
        """A copy with some fields changed, as a NamedTuple's."""
        return type(self)(**{**self._asdict(), **changes})

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self))


_set = object.__setattr__


def replace(record: Any, /, **changes: Any) -> Any:
    """A copy of a record (a Record or a dataclass) with some fields changed.

    >>> replace(Match("hifter", "haftar", "variant"), how="typo")
    Match(query='hifter', term='haftar', how='typo')
    """
    if isinstance(record, Record):
        return record.__replace__(**changes)
    import dataclasses

    return dataclasses.replace(record, **changes)


class Document(FrozenRecord):
    """One cleaned article with its metadata; `published` is an ISO date at its own precision."""

    __slots__ = ("id", "text", "path", "title", "source", "url", "published", "author", "format", "pages")
    _fields = __slots__
    id: str
    text: str
    path: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    author: str | None
    # What the file was: "markdown", "text", "html", "mhtml" or "pdf" (docs/corpus.md).
    format: str
    # Offsets in `text` where pages 2, 3, … of a PDF begin; empty for other formats.
    pages: tuple[int, ...]

    def __init__(self, id: str, text: str, path: str, title: str | None = None, source: str | None = None,
                 url: str | None = None, published: str | None = None, author: str | None = None,
                 format: str = "text", pages: tuple[int, ...] = ()) -> None:
        _set(self, "id", id)
        _set(self, "text", text)
        _set(self, "path", path)
        _set(self, "title", title)
        _set(self, "source", source)
        _set(self, "url", url)
        _set(self, "published", published)
        _set(self, "author", author)
        _set(self, "format", format)
        _set(self, "pages", pages)

    @property
    def words(self) -> int:
        """Number of whitespace-separated words in the cleaned text."""
        return len(self.text.split())

    def page_at(self, offset: int) -> int | None:
        """The page (from 1) that holds a text offset, or None for a document without pages.

        >>> Document("r", "one\\n\\ntwo", "r.pdf", format="pdf", pages=(5,)).page_at(6)
        2
        """
        if self.format != "pdf":
            return None
        from bisect import bisect_right

        return bisect_right(self.pages, offset) + 1


class Sentence(FrozenRecord):
    """A sentence of a document: `text == document.text[start:end]`."""

    __slots__ = ("doc", "index", "start", "end", "text")
    _fields = __slots__
    doc: str
    index: int
    start: int
    end: int
    text: str

    def __init__(self, doc: str, index: int, start: int, end: int, text: str) -> None:
        _set(self, "doc", doc)
        _set(self, "index", index)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)


class Warning_(Record):
    """A problem with one input file that did not stop the corpus from loading."""

    __slots__ = ("path", "reason")
    _fields = __slots__
    path: str
    reason: str

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"warning: {self.path}: {self.reason}"

    @property
    def kind(self) -> str:
        """What happened to the file, for a one-line summary of many warnings: duplicate, skipped or problem."""
        if self.reason.endswith("skipped as a duplicate"):
            return "duplicate"
        if self.reason.endswith("skipped"):
            return "skipped"
        return "problem"


class Match(Record):
    """How a query word matched the index: exact, stem (another form of the word), variant or typo."""

    __slots__ = ("query", "term", "how")
    _fields = __slots__
    query: str
    term: str
    how: str

    def __init__(self, query: str, term: str, how: str) -> None:
        self.query = query
        self.term = term
        self.how = how


class Hit(Record):
    """A ranked search result with its best snippet."""

    __slots__ = ("doc", "title", "source", "published", "score", "snippet", "highlights", "matched", "missing",
                 "copies", "page")
    _fields = __slots__
    doc: str
    title: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]]
    matched: list[Match]
    missing: list[str]  # query words this hit does not match (a partial hit)
    copies: list[Copy]  # the same story on other sites, grouped under this hit
    page: int | None  # a PDF's page that holds the best-matching sentence, for citing "p. 12"

    def __init__(self, doc: str, title: str | None, source: str | None, published: str | None, score: float,
                 snippet: str, highlights: list[tuple[int, int]] | None = None, matched: list[Match] | None = None,
                 missing: list[str] | None = None, copies: list[Copy] | None = None, page: int | None = None) -> None:
        self.doc = doc
        self.title = title
        self.source = source
        self.published = published
        self.score = score
        self.snippet = snippet
        self.highlights = [] if highlights is None else highlights
        self.matched = [] if matched is None else matched
        self.missing = [] if missing is None else missing
        self.copies = [] if copies is None else copies
        self.page = page


class Copy(FrozenRecord):
    """Another site's near-identical copy of a hit's story (a syndicated or wire text)."""

    __slots__ = ("doc", "title", "source", "published")
    _fields = __slots__
    doc: str
    title: str | None
    source: str | None
    published: str | None

    def __init__(self, doc: str, title: str | None, source: str | None, published: str | None) -> None:
        _set(self, "doc", doc)
        _set(self, "title", title)
        _set(self, "source", source)
        _set(self, "published", published)
