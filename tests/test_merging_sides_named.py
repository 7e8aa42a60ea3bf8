"""Reports of one event whose clauses name different participants are not rival sides when one names
the other's participant outside its clause: "Eni has won its contract: the agreement signed on
Wednesday with the NOC" (its clause names the NOC; Eni is the main clause's subject) and "the deal
signed with Eni in May" tell one signing (timeline._opposed).  Texts are our own."""

from __future__ import annotations

from helpers import story_page as _page, story_rows as _rows


def _docs(rows, word: str) -> list[list[str]]:
    return sorted(sorted({s.doc for s in r.sources}) for r in rows if word in r.text.lower())


def test_a_participant_named_outside_a_reports_clause_is_no_rival_side(make_corpus):
    pages = {
        "a1.md": _page("Barrel Wire", "2046-05-16",
                       "TRIPOLI, May 16 (Barrel Wire) - Eni and the National Oil Corporation signed on Wednesday in "
                       "Tripoli an exploration agreement for the offshore Area 41 in the Gulf of Sirte."),
        "a2.md": _page("Staffetta Energia", "2046-05-18",
                       "Eni has won its first exploration contract in years: the agreement signed on Wednesday in "
                       "Tripoli with the National Oil Corporation covers the offshore Area 41 off Sirte."),
        "a3.md": _page("Maghreb Review", "2046-07-03",
                       "Halfway through 2046, the oil sector looks calm. The offshore exploration agreement signed "
                       "with Eni in May was the first award in a decade."),
    }
    rows = _rows(make_corpus, pages)
    assert [docs for docs in _docs(rows, "agreement") if "a2" in docs] == [["a1", "a2", "a3"]]


def test_two_reports_naming_only_their_own_sides_stay_apart(make_corpus):
    # Two protests on one day by different groups, neither report naming the other's group.
    pages = {
        "b1.md": _page("Desert Wire", "2046-03-02",
                       "Members of the Fezzan Youth Movement protested on Monday outside the Central Bank of Libya in "
                       "Tripoli over unpaid salaries."),
        "b2.md": _page("Coast News", "2046-03-03",
                       "The Libyan Red Crescent protested on Monday outside the House of Representatives in Benghazi "
                       "over unpaid salaries."),
    }
    rows = _rows(make_corpus, pages)
    assert _docs(rows, "protested") == [["b1"], ["b2"]]


def test_a_report_sharing_no_participant_with_a_row_stays_apart_whomever_it_names(make_corpus):
    # The second clash names the first one's sides only to set itself apart; a report naming no one
    # links the first to neither.
    pages = {
        "c1.md": _page("Desert Wire", "2046-06-04", "The Rada Force clashed on Monday in Tripoli with the 444th Brigade."),
        "c2.md": _page("Coast News", "2046-06-04",
                       "The Stability Support Apparatus clashed on Monday in Tripoli with the Nawasi Brigade, which "
                       "had stayed out of the fighting between the Rada Force and the 444th Brigade."),
        "c3.md": _page("Libya Observer", "2046-06-04", "Armed clashes erupted on Monday in Tripoli, residents said."),
    }
    rows = _rows(make_corpus, pages)
    assert ["c2"] in _docs(rows, "clash")
