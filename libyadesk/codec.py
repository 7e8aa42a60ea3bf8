"""Records to JSON and back, driven by their fields and type hints: the one codec of the cache.

Why JSON rather than pickle: a cache folder another account can write to must not be a
way to run code as the user, and JSON decodes to numbers, strings, lists and dicts only.
The type a value is read back as comes from the caller (`decode(text, list[Mention])`),
never from the stored text, so a row can only ever become one of the records the code
asked for.

The rules, the same for every record:
- a record — a class with a `_fields` list (models.Record, a NamedTuple) or a dataclass — is
  written as the list of its stored fields, in field order: every field except those whose
  name starts with "_" (caches a record rebuilds itself, e.g. a registry's trie) and, for
  dataclasses, those with `init=False`.  A field added to a model later is written and read
  with no change here.  The fields' types are the class's annotations.  (`dataclasses` is
  imported only for a dataclass, which has loaded it: a warm search, whose records are
  models.Record classes, never imports it);
- lists, tuples, sets, frozensets and arrays are lists; a dict is an object (int keys
  become strings and are turned back by the key's type);
- str, int, float, bool and None are themselves.

Decoders are compiled once per type (a closure per field), and a record whose fields
are all plain values is rebuilt by its constructor straight from the list, so reading
600,000 mentions is one `map` in C.  Anything that does not fit the type raises
CodecError: the caller treats the row as unreadable and rebuilds it.
"""

from __future__ import annotations

import json
import operator
import sys
import types
from array import array
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

# typing.TYPE_CHECKING without importing typing, which a warm search never loads: the type hints
# are read without it (_hints, _origin), and typing's own forms (Any, Union) are recognised
# when the module that wrote them has loaded it (_typing).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_PLAIN = (str, int, float, bool, type(None))
_NOTHING = object()  # what no type hint is


def _typing(name: str) -> object:
    """typing.NAME when typing is loaded; else something no type hint can be (none was written with typing)."""
    module = sys.modules.get("typing")
    return getattr(module, name) if module is not None else _NOTHING


def _is_any(kind: object) -> bool:
    return kind is object or kind is _typing("Any")


def _origin(kind: object) -> object:
    """typing.get_origin: list for list[int], types.UnionType for `int | None`, typing.Union for Optional[int]."""
    if isinstance(kind, types.UnionType):
        return types.UnionType
    return getattr(kind, "__origin__", None)


def _args(kind: object) -> tuple:
    """typing.get_args of a subscripted type hint: (int,) for list[int]; () for a class."""
    return getattr(kind, "__args__", ())


def _hints(cls: type) -> dict[str, Any]:
    """A record's fields' type hints: its classes' annotations (strings, under `from __future__ import
    annotations`, or typing.ForwardRef in a NamedTuple) evaluated in their modules, as
    typing.get_type_hints gives them."""
    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        namespace = vars(sys.modules[klass.__module__])
        for name, value in klass.__dict__.get("__annotations__", {}).items():
            value = getattr(value, "__forward_arg__", value)
            hints[name] = eval(value, namespace) if isinstance(value, str) else value  # noqa: S307 - our own annotations
    return hints


class CodecError(ValueError):
    """A stored value does not have the shape of the type it is read as."""


@lru_cache(maxsize=None)
def stored_fields(cls: type) -> tuple[str, ...]:
    """The names of the fields of a record that are written: public, and (dataclasses) set by __init__.

    >>> from libyadesk.models import Citation, Copy
    >>> stored_fields(Citation), stored_fields(Copy)
    (('doc', 'source', 'published', 'title', 'text'), ('doc', 'title', 'source', 'published'))
    """
    if _is_dataclass(cls):
        import dataclasses

        return tuple(f.name for f in dataclasses.fields(cls) if f.init and not f.name.startswith("_"))
    return tuple(name for name in cls._fields if not name.startswith("_"))  # type: ignore[attr-defined]


def _is_namedtuple(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, tuple) and hasattr(cls, "_fields")


def _is_dataclass(cls: object) -> bool:
    """dataclasses.is_dataclass for a class, without importing dataclasses."""
    return isinstance(cls, type) and hasattr(cls, "__dataclass_fields__")


def _is_record(cls: object) -> bool:
    """A class the codec writes as the list of its fields: a dataclass, a NamedTuple or a models.Record."""
    return isinstance(cls, type) and (hasattr(cls, "__dataclass_fields__") or hasattr(cls, "_fields"))


def _default(value: Any) -> Any:
    """json.dumps calls this for what it cannot write itself."""
    getter = _record_getter(type(value))
    if getter is not None:
        return getter(value)
    cls = type(value)
    if isinstance(value, (set, frozenset)):
        try:
            return sorted(value)  # the same set gives the same text
        except TypeError:
            return list(value)
    if isinstance(value, array):
        return value.tolist()
    raise TypeError(f"cannot store a {cls.__name__} in the cache")


@lru_cache(maxsize=None)
def _record_getter(cls: type) -> Callable[[Any], list] | None:
    """For a record class (a dataclass or models.Record, or a NamedTuple with private fields: plain
    ones are lists already), a function from a record to the list of its stored fields; None for
    other classes.
    Made once per class: json.dumps asks for every record it writes (a first build writes a
    few hundred thousand events and mentions)."""
    if not _is_record(cls):
        return None
    names = stored_fields(cls)
    if len(names) == 1:
        (name,) = names
        return lambda value: [getattr(value, name)]
    get = operator.attrgetter(*names)
    return lambda value: list(get(value))


def encode(value: Any) -> str:
    """JSON text of a value made of records, containers and plain values.

    >>> from libyadesk.models import Actor
    >>> encode(Actor("x", "X", "person", aliases=("Ex",)))
    '["x","X","person",["Ex"],[],[],null,false]'
    """
    if any(_is_namedtuple(type(v)) and stored_fields(type(v)) != type(v)._fields for v in _sample(value)):
        value = _plain(value)
    # ASCII only: a lone surrogate (an undecodable byte of a file name) is written as an escape,
    # which SQLite stores and json reads back as it was.
    return json.dumps(value, default=_default, ensure_ascii=True, separators=(",", ":"), check_circular=False,
                      allow_nan=False)


def _sample(value: Any) -> list:
    """A first element or two of nested containers: NamedTuples with private fields are rare, checked cheaply."""
    out = [value]
    while isinstance(value, (list, tuple, dict)) and value and not _is_namedtuple(type(value)):
        value = next(iter(value.values())) if isinstance(value, dict) else value[0]
        out.append(value)
    return out


def _plain(value: Any) -> Any:
    """A value with every NamedTuple turned into the list of its stored fields (json writes tuples whole)."""
    if _is_namedtuple(type(value)):
        return [_plain(getattr(value, name)) for name in stored_fields(type(value))]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def decode(text: str | bytes, kind: Any) -> Any:
    """The value of type `kind` (a type hint) that `encode` wrote as `text`; raise CodecError if it is not one.

    >>> from libyadesk.models import Actor
    >>> decode(encode({"x": Actor("x", "X", "person")}), dict[str, Actor])["x"].name
    'X'
    """
    try:
        raw = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CodecError(f"not JSON ({exc})") from None
    return convert(raw, kind)


def convert(raw: Any, kind: Any) -> Any:
    """A decoded JSON value turned into the type `kind`; raise CodecError if it does not fit."""
    try:
        return decoder(kind)(raw)
    except CodecError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:
        raise CodecError(f"not a {_name(kind)} ({type(exc).__name__}: {exc})") from None


def _name(kind: Any) -> str:
    return getattr(kind, "__name__", None) or str(kind)


def _identity(value: Any) -> Any:
    return value


def _check(expected: type | tuple[type, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise CodecError(f"expected {expected}, found {type(value).__name__}")
        return value
    # The exact types JSON gives for values that pass (bool is no int): a list of them is
    # checked in C (see _sequence), not a call per item.
    check.exact = frozenset(expected if isinstance(expected, tuple) else (expected,))  # type: ignore[attr-defined]
    return check


def _check_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CodecError(f"expected a number, found {type(value).__name__}")
    return float(value)


@lru_cache(maxsize=None)
def decoder(kind: Any) -> Callable[[Any], Any]:
    """A function from a decoded JSON value to `kind`, made once per type hint (raises TypeError for a type it cannot read)."""
    if _is_any(kind):
        return _identity
    if kind is type(None) or kind is None:
        return _check(type(None))
    if kind is str:
        return _check(str)
    if kind is bool:
        return _check(bool)
    if kind is int:
        return _check(int)
    if kind is float:
        return _check_float
    origin = _origin(kind)
    args = _args(kind)
    if origin is types.UnionType or origin is _typing("Union"):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            if all(o in _PLAIN for o in options):
                return _check(tuple(options) + ((type(None),) if len(options) < len(args) else ()))
            raise TypeError(f"cannot read a union of records: {kind}")
        inner = decoder(options[0])
        return lambda value: None if value is None else inner(value)
    if origin in (list, Sequence) or kind in (list, Sequence):
        inner = decoder(args[0]) if args else _identity
        return _sequence(list, inner)
    if origin in (set, frozenset) or kind in (set, frozenset):
        inner = decoder(args[0]) if args else _identity
        return _sequence(origin or kind, inner)
    if origin is tuple or kind is tuple:
        if not args or (len(args) == 2 and args[1] is Ellipsis):
            return _sequence(tuple, decoder(args[0]) if args else _identity)
        parts = [decoder(a) for a in args]
        # Parts of plain types (a document's number and id) are checked by their exact types in C,
        # as a list's items are (_sequence), not by a call per part.
        exacts = [getattr(p, "exact", None) for p in parts]
        plain = tuple(exacts) if all(e is not None for e in exacts) else None
        contains = frozenset.__contains__

        def fixed(value: Any) -> tuple:
            if not isinstance(value, list) or len(value) != len(parts):
                raise CodecError(f"expected {len(parts)} values")
            if plain is not None and all(map(contains, plain, map(type, value))):
                return tuple(value)
            return tuple(p(v) for p, v in zip(parts, value))
        return fixed
    if origin in (dict, Mapping, Counter) or kind in (dict, Counter):
        made = Counter if (origin or kind) is Counter else dict
        key_kind, value_kind = (args + (object, object))[:2] if args else (object, object)
        if made is Counter and len(args) == 1:
            key_kind, value_kind = args[0], int
        return _mapping(made, key_kind, decoder(value_kind))
    if kind is array:
        return lambda value: array("I", _check(list)(value))
    if _is_record(kind):
        return _record(kind)
    raise TypeError(f"cannot read a {kind!r} from the cache")


def _sequence(made: type, inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    exact: frozenset[type] | None = getattr(inner, "exact", None)

    def sequence(value: Any) -> Any:
        if not isinstance(value, list):
            raise CodecError(f"expected a list, found {type(value).__name__}")
        if inner is _identity or (exact is not None and exact.issuperset(map(type, value))):
            return value if made is list else made(value)
        return made(map(inner, value))  # raises for the first item that does not fit
    return sequence


def _mapping(made: type, key_kind: Any, inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    key = _identity if key_kind is str or _is_any(key_kind) else (int if key_kind is int else None)
    if key is None:
        raise TypeError(f"cannot read a dict keyed by {key_kind!r}")

    exact: frozenset[type] | None = getattr(inner, "exact", None)

    def mapping(value: Any) -> Any:
        if not isinstance(value, dict):
            raise CodecError(f"expected an object, found {type(value).__name__}")
        # JSON's keys are strings; values of plain types are checked in C, as a list's (_sequence).
        if key is _identity and (inner is _identity or (exact is not None and exact.issuperset(map(type, value.values())))):
            return value if made is dict else made(value)
        return made({key(k): inner(v) for k, v in value.items()})
    return mapping


def _plain_types(kind: Any) -> tuple[type, ...] | None:
    """The JSON types a plain field may hold (checked in C, field by field), or None for a field that needs decoding."""
    if kind in _PLAIN:
        return (int, float) if kind is float else (kind,)
    if _is_any(kind):
        return (object,)
    if _origin(kind) in (types.UnionType, _typing("Union")):
        options = [_plain_types(a) for a in _args(kind)]
        if all(o is not None for o in options):
            return tuple(t for o in options for t in o)  # type: ignore[union-attr]
    return None


def _record(cls: type) -> Callable[[Any], Any]:
    names = stored_fields(cls)
    hints = _hints(cls)
    kinds = [hints.get(name, object) for name in names]
    parts = [decoder(k) for k in kinds]
    plain = [_plain_types(k) for k in kinds]
    # Fields that are not written (private caches) take their defaults: the rest go by keyword then.
    if not _is_dataclass(cls):
        positional = names == tuple(cls._fields)  # type: ignore[attr-defined]
    else:
        import dataclasses

        fields = dataclasses.fields(cls)
        positional = [f.name for f in fields if f.init] == list(names) and not any(f.kw_only for f in fields)
    width = len(names)
    all_plain = all(p is not None for p in plain)
    plain_types = tuple(plain)

    def record(value: Any) -> Any:
        if not isinstance(value, list) or len(value) != width:
            raise CodecError(f"expected the {width} fields of a {cls.__name__}")
        if all_plain:
            if not all(map(isinstance, value, plain_types)):
                raise CodecError(f"a field of a {cls.__name__} has the wrong type")
            values = value
        else:
            values = [p(v) for p, v in zip(parts, value)]
        if positional:
            return cls(*values)
        return cls(**dict(zip(names, values)))
    return record
