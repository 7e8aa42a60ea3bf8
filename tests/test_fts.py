"""The FTS5 engine under search: rows added and removed one at a time, vocabulary, word forms."""

from __future__ import annotations

import sqlite3

from libyadesk import fts
from libyadesk.models import Document


def _doc(doc_id: str, text: str, title: str = "") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.md", title=title or None, source="Wire", url=None,
                    published="2025-01-02", author=None, text=text)


def test_documents_are_added_and_removed_one_at_a_time():
    conn = sqlite3.connect(":memory:")
    fts.create(conn)
    fts.add_document(conn, 0, _doc("a", "Migrants left Zuwara. Boats were seen at dawn. The coastguard waited."))
    fts.add_document(conn, 1, _doc("b", "A migrant boat sank.", title="Boat sinks"))
    assert fts.document_count(conn) == 2
    assert fts.doc_freq(conn, "boat") == 1 and fts.doc_freq(conn, "migrants") == 1
    assert fts.word_forms(conn, "migrants") == ["migrant"]
    assert [doc for _, doc, *_ in fts.ranked(conn, fts.any_of(["boat"]))] == ["b"]
    fts.remove_document(conn, 1)
    assert fts.document_count(conn) == 1
    assert fts.doc_freq(conn, "boat") == 0 and fts.word_forms(conn, "migrants") == []
    fts.add_document(conn, 0, _doc("a", "Nothing about boats now."))  # a row replaced, not doubled
    assert fts.document_count(conn) == 1 and fts.doc_freq(conn, "migrants") == 0


def test_title_and_lead_weigh_more_than_the_body():
    conn = sqlite3.connect(":memory:")
    fts.create(conn)
    filler = " ".join(["Officials met."] * 3)
    fts.add_document(conn, 0, _doc("title", f"{filler} Talks went on.", title="Frontex talks"))
    fts.add_document(conn, 1, _doc("lead", f"Frontex officials met. {filler} Talks went on."))
    fts.add_document(conn, 2, _doc("body", f"{filler} Frontex officials met."))
    for n in range(3, 9):
        fts.add_document(conn, n, _doc(f"other{n}", f"{filler} Nothing else."))
    assert [doc for _, doc, *_ in fts.ranked(conn, fts.any_of(["frontex"]))] == ["title", "lead", "body"]


def test_columns_hold_our_terms():
    columns = fts.columns(_doc("a", "Haftar’s forces left. Sabha was quiet. Then rain fell.", title="Vyčítal"))
    assert [fts.column_terms(c) for c in columns] == [["vycital"], "haftar forces left sabha was quiet".split(),
                                                       "then rain fell".split()]
    # A plain text is handed to the engine as written, less its possessives; a title with
    # a letter outside ASCII as its folded terms.
    assert columns == ("vycital", "Haftar forces left. Sabha was quiet.", " Then rain fell.")
