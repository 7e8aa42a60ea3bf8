"""The cache's one codec: every stored record round-trips through JSON, driven by its fields and type hints."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libyadesk import actors, extracted, models, search, timeline  # noqa: F401 - importing declares their layers
from libyadesk.codec import CodecError, decode, encode, stored_fields
from libyadesk.index import KINDS

PACKAGE = Path(models.__file__).parent


def _records(module) -> list[type]:
    """The record classes a module defines: dataclasses, NamedTuples and models.Record / models.Row classes."""
    return [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == module.__name__
            and (dataclasses.is_dataclass(v) or (hasattr(v, "_fields") and v._fields))]


def strategy(kind):
    """Values of a type hint, made from the same hints the codec reads."""
    import sys
    import types

    if kind is str:
        return st.text(max_size=8)
    if kind is int:
        return st.integers(-2**40, 2**40)
    if kind is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind is bool:
        return st.booleans()
    if kind is type(None):
        return st.none()
    if kind is typing.Any:
        return st.one_of(st.none(), st.integers(), st.text(max_size=4))
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*[strategy(a) for a in args])
    if origin in (list, typing.Sequence, __import__("collections.abc").abc.Sequence):
        return st.lists(strategy(args[0]), max_size=3)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(strategy(args[0]), max_size=3).map(tuple)
        return st.tuples(*[strategy(a) for a in args])
    if origin in (set, frozenset):
        return st.frozensets(strategy(args[0]), max_size=3).map(origin)
    if origin is dict:
        keys = st.text(max_size=6) if args[0] is str else st.integers(0, 99)
        return st.dictionaries(keys, strategy(args[1]), max_size=3)
    if isinstance(kind, type) and (dataclasses.is_dataclass(kind) or hasattr(kind, "_fields")):
        hints = typing.get_type_hints(kind, vars(sys.modules[kind.__module__]))
        names = stored_fields(kind)
        return st.fixed_dictionaries({n: strategy(hints[n]) for n in names}).map(lambda kw: kind(**kw))
    raise TypeError(kind)


def _kinds():
    """Every record of models.py (and extracted.py, which it re-exports) and every layer kind the modules declare."""
    return [*_records(models), *_records(extracted), *KINDS.values()]


def test_the_records_are_found():
    # The list above must not come out empty or short because a record is no dataclass.
    names = {k.__name__ for k in _kinds() if isinstance(k, type)}
    assert {"Document", "Sentence", "Hit", "Match", "Copy", "Warning_", "TimeExpr", "Actor", "Citation",
            "Mention", "VariantTable"} <= names


@pytest.mark.parametrize("kind", _kinds(), ids=str)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_model_and_layer_round_trips(kind, data):
    value = data.draw(strategy(kind))
    assert decode(encode(value), kind) == value


def test_a_field_added_later_round_trips_without_codec_changes():
    # As another engineer adding `Event.kind` or `Document.format` would: a new field with a default.
    Later = dataclasses.make_dataclass("Later", [("id", str), ("pages", list[int]), ("format", str, "md")])
    Later.__module__ = __name__
    globals()["Later"] = Later
    value = Later("a", [1, 2], "html")
    assert decode(encode(value), Later) == value
    assert decode(encode([value]), list[Later]) == [value]


@pytest.mark.parametrize("text", ['{"x": 1}', '["a"]', "[1,2,3,4,5,6,7]", "not json", '["a",null,1,2,3,"t","name"]'])
def test_text_of_the_wrong_shape_is_refused(text):
    with pytest.raises(CodecError):
        decode(text, models.Mention)


@pytest.mark.parametrize("text, kind", [('{"a": 1, "b": true}', dict[str, int]), ('{"a": 1, "b": 2.5}', dict[str, int]),
                                        ('{"a": "x", "b": null}', dict[str, str]), ('{"a": [1]}', dict[str, int])])
def test_a_mapping_of_plain_values_checks_every_value(text, kind):
    """A mapping of plain values is checked in one pass in C (an actor's documents at 100,000
    articles are a mapping of 98,000): a value of another type is still refused."""
    with pytest.raises(CodecError):
        decode(text, kind)
    assert decode('{"a": 1, "b": 2}', dict[str, int]) == {"a": 1, "b": 2}
    assert decode('{"a": "x", "b": "y"}', dict[str, str]) == {"a": "x", "b": "y"}


def test_nothing_in_the_package_loads_pickle_or_marshal():
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for name in ("pickle", "marshal", "shelve"):
            assert f"import {name}" not in source, f"{path.name} imports {name}"


def test_a_record_class_is_looked_at_once_however_many_records_are_written(monkeypatch):
    """Writing many records reads each class's fields once, not once per record (a first build writes
    hundreds of thousands), and writes the same text as a field-by-field list."""
    from libyadesk import codec
    from libyadesk.models import Actor, Citation

    codec.stored_fields.cache_clear()
    codec._record_getter.cache_clear()
    looked = []
    real_fields = dataclasses.fields
    monkeypatch.setattr(dataclasses, "fields", lambda cls: looked.append(cls) or real_fields(cls))
    people = [Actor(f"p{i}", f"Jane Roe {i}", "person", aliases=(f"J. Roe {i}",)) for i in range(300)]
    quotes = [timeline.Event("2024-05-07", "day", "stated", f"d{i}", i, "Talks opened.",
                             sources=[Citation(f"d{i}", "Wire", "2024-05-08", "T", "Talks opened.")]) for i in range(300)]
    text = encode([people, quotes])
    assert len(looked) <= 4  # Actor and Event (a fields list each, perhaps twice), never per record
    back_people, back_events = decode(text, tuple[list[Actor], list[timeline.Event]])
    assert back_people == people
    assert [(e.date, e.doc, e.sentence, e.sources[0].doc) for e in back_events] == \
        [(e.date, e.doc, e.sentence, e.sources[0].doc) for e in quotes]
    assert text.startswith('[[["p0","Jane Roe 0","person",["J. Roe 0"]')
