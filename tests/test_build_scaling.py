"""The corpus-wide steps of a first build grow with the corpus, not with its square: each step's
work is counted (never timed) at N and at 3N items, and must stay within about 3.5 times."""

from __future__ import annotations

import datetime

from helpers import record_calls
from libyadesk import actors, timeline
from libyadesk.actors import Discovered, Registry
from libyadesk.models import Citation
from libyadesk.timeline import Event


class _Id(str):
    """A document id that counts the equality tests made on it (list and set lookups both make them)."""

    tests = 0

    def __eq__(self, other: object) -> bool:
        _Id.tests += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def _merge_work(documents: int) -> int:
    """Equality tests on document ids while one person named in `documents` articles (each article's
    discovery passed twice, as an article's row read again would be) is merged over the corpus."""
    per_document = []
    for k in range(documents):
        per_document += [[Discovered("discovered:jane-roe", "Jane Roe", "person", docs=[_Id(f"doc-{k}")])]] * 2
    # "Roe" alone, from the same articles, is folded into the fuller name afterwards.
    per_document += [[Discovered("discovered:roe", "Roe", "person", docs=[_Id(f"doc-{k}") for k in range(documents)])]]
    _Id.tests = 0
    full = actors._merge_discovered(per_document, Registry())
    assert list(full.actors) == ["discovered:jane-roe"]
    return _Id.tests


def test_merging_discoveries_tests_each_document_a_bounded_number_of_times():
    small, large = _merge_work(300), _merge_work(900)
    assert small > 0  # the repeated rows are found as repeats
    assert large <= 3.5 * small, (small, large)


def test_merging_discoveries_keeps_each_document_once_in_corpus_order():
    a = Discovered("discovered:jane-roe", "Jane Roe", "person", docs=["b"])
    b = Discovered("discovered:jane-roe", "Jane Roe", "person", titles=["Dr"], docs=["a"])
    c = Discovered("discovered:jane-roe", "Jane Roe", "person", docs=["b"])
    d = Discovered("discovered:roe", "Roe", "person", docs=["c", "a"])
    actors._merge_discovered([[a], [b], [c], [d]], Registry())
    assert a.docs == ["b", "a", "c"] and a.titles == ["Dr"]


def _report(k: int) -> Event:
    # The same sitting reported by many outlets, published on a few days (ties keep their order).
    published = (datetime.date(2025, 3, 3) + datetime.timedelta(days=k % 5)).isoformat()
    doc = f"doc-{k}"
    return Event("2025-03-03", "day", "explicit", doc, 0, "The parliament met in Sirte on 3 March.",
                 sources=[Citation(doc, f"Outlet {k}", published)])


def _absorb_work(monkeypatch, reports: int) -> tuple[int, list[str]]:
    """Calls of the sort key while `reports` reports join one row, and the row's sources' documents."""
    kept = timeline._copy(_report(reports))
    calls = record_calls(monkeypatch, timeline, "_published_key", lambda c: c.doc)
    for k in range(reports):
        timeline._absorb(kept, _report(k))
    return len(calls), [c.doc for c in kept.sources]


def test_a_row_takes_each_report_in_without_sorting_all_its_sources_again(monkeypatch):
    small, _ = _absorb_work(monkeypatch, 300)
    monkeypatch.undo()
    large, docs = _absorb_work(monkeypatch, 900)
    # Finding a report's place costs about the logarithm of the row's size; sorting the whole
    # row again for each report made it grow with the square of the reports.
    assert large <= 4 * small, (small, large)
    # What a stable sort of all the reports by publication gives.
    everyone = [_report(900)] + [_report(k) for k in range(900)]
    assert docs == [e.doc for e in sorted(everyone, key=lambda e: e.sources[0].published)]
