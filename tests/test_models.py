"""The records: plain classes (models.Record, models.Row) that behave as the dataclasses and NamedTuples they replace."""

from __future__ import annotations

import copy
import pickle

import pytest

from libyadesk import models
from libyadesk.index import DocMeta, DocStats
from libyadesk.models import Copy, Document, Hit, Match, Sentence, Warning_
from libyadesk.names import VariantTable, _Term
from libyadesk.search import Expansion, Phrase, SearchOptions
from libyadesk.text import Token


def test_records_compare_and_show_their_fields_as_dataclasses_did():
    a = Document("d1", "Text.", "d1.md", title="Talks", published="2025-03-02")
    assert a == Document("d1", "Text.", "d1.md", title="Talks", published="2025-03-02")
    assert a != Document("d1", "Text.", "d1.md", title="Talks")
    assert a != ("d1", "Text.", "d1.md")  # another class is never equal
    assert repr(Match("hifter", "haftar", "variant")) == "Match(query='hifter', term='haftar', how='variant')"
    assert repr(Copy("c", None, "Wire", "2025")) == "Copy(doc='c', title=None, source='Wire', published='2025')"
    assert str(Warning_("a.md", "skipped")) == "warning: a.md: skipped" and Warning_("a.md", "skipped").kind == "skipped"


def test_frozen_records_refuse_assignment_and_hash_by_their_fields():
    doc = Document("d1", "Text.", "d1.md")
    with pytest.raises(AttributeError, match="cannot assign to field 'title'"):
        doc.title = "Other"
    with pytest.raises(AttributeError):
        del doc.text
    assert hash(doc) == hash(Document("d1", "Text.", "d1.md"))
    assert len({Expansion("haftar", "exact"), Expansion("haftar", "exact"), Expansion("hifter", "variant")}) == 2
    assert len({Sentence("d", 0, 0, 5, "Text."), Sentence("d", 0, 0, 5, "Text.")}) == 1
    with pytest.raises(TypeError):  # mutable records are not hashable, as a dataclass with eq is not
        hash(Match("a", "b", "exact"))
    with pytest.raises(AttributeError):  # __slots__: no attribute outside the fields
        Match("a", "b", "exact").other = 1


def test_defaults_are_fresh_for_each_record():
    one, two = Hit("a", None, None, None, 1.0, "x"), Hit("b", None, None, None, 1.0, "y")
    one.matched.append(Match("a", "a", "exact"))
    assert two.matched == [] and one.copies is not two.copies
    assert Phrase(["a"]).expansions is not Phrase(["a"]).expansions
    assert DocStats().spans == [] and SearchOptions().limit == 10 and VariantTable().keys == {}


def test_a_record_is_copied_with_changes_by_models_replace_as_a_dataclass_is():
    doc = Document("d1", "Text.", "d1.md", title="Talks", pages=(3,), format="pdf")
    moved = models.replace(doc, id="d2")
    assert moved == Document("d2", "Text.", "d1.md", title="Talks", pages=(3,), format="pdf") and doc.id == "d1"
    timex = models.TimeExpr(0, 7, "Tuesday", "2025-02-18", "day")  # a dataclass (extracted.py) goes to dataclasses
    assert models.replace(timex, relative=True).relative is True
    with pytest.raises(TypeError):
        models.replace(doc, colour="red")


@pytest.mark.parametrize("record", [Document("d1", "Text.", "d1.md", pages=(1, 2)), Match("a", "b", "typo"),
                                    Hit("a", "T", "S", "2025", 0.5, "x", [(0, 1)], [Match("a", "b", "exact")]),
                                    VariantTable((frozenset({"haftar", "hifter"}),)), DocMeta("T", "Wire", "2025"),
                                    Token("haftar", 0, 6)])
def test_records_pickle_and_copy_through_their_constructor(record):
    # Worker processes send records by pickle (in memory, never to disk); frozen ones included.
    for twin in (pickle.loads(pickle.dumps(record)), copy.copy(record), copy.deepcopy(record)):
        assert twin == record and type(twin) is type(record)
    if isinstance(record, VariantTable):
        assert pickle.loads(pickle.dumps(record)).group_of("Hifter") == {"haftar", "hifter"}


def test_rows_are_tuples_with_named_fields_as_namedtuples_are():
    meta = DocMeta("Talks", "Wire", "2025-03-02")
    title, source, published = meta
    assert (title, source, published) == ("Talks", "Wire", "2025-03-02") == meta
    assert meta.source == "Wire" and meta[2] == "2025-03-02" and hash(meta) == hash(tuple(meta))
    assert repr(meta) == "DocMeta(title='Talks', source='Wire', published='2025-03-02')"
    assert meta._replace(source="Agency") == DocMeta("Talks", "Agency", "2025-03-02")
    assert meta._asdict() == {"title": "Talks", "source": "Wire", "published": "2025-03-02"}
    assert _Term("haftar", None, frozenset({1})).groups == frozenset({1})
    with pytest.raises(AttributeError):
        meta.title = "Other"


def test_the_records_of_extraction_are_found_in_models_as_before():
    from libyadesk import extracted

    assert models.TimeExpr is extracted.TimeExpr and models.Mention is extracted.Mention
    assert models.Citation("d", "Wire", "2025")._fields == ("doc", "source", "published", "title", "text")
    with pytest.raises(AttributeError):
        models.NoSuchRecord  # noqa: B018
