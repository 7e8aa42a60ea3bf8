"""Words of two kinds of happening (data/event_words.toml): a strike named with its workers' trade
("a strike by dockworkers") is a walkout, no strike of arms; a post seized ("gunmen seized the deputy
health minister") is an abduction, a place seized a seizure. Texts are our own."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows


def test_a_strike_by_dockworkers_in_a_digest_is_the_wire_s_walkout_and_a_drone_strike_that_day_is_not(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2031-02-03",
                      "MISRATA, Feb 3 (DW) - Dockworkers at Misrata port walked off the job on Monday over eight "
                      "months of unpaid allowances, halting container traffic."),
        "d.md": _page("The Libya File", "2031-03-01",
                      "February in review\n\n- 3 Feb: A strike by dockworkers paralyses Misrata port for a week over "
                      "unpaid allowances."),
        "s.md": _page("Coast Courier", "2031-02-03",
                      "A drone strike hit a fuel depot near Misrata port on Monday, port officials said."),
    })
    assert [d for d in _docs_of(rows, "Misrata") if "w" in d] == [["d", "w"]]
    assert ["s"] in _docs_of(rows, "drone")


def test_a_post_seized_is_an_abduction_and_a_place_seized_a_seizure(make_corpus):
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    def words(body: str) -> list[str]:
        index = build_index(load_corpus(make_corpus({"a.md": _page("Desert Wire", "2031-02-03", body)})).documents)
        return [w for e in extract_events(index) for w in e.words]

    assert "=abduction" in words("Gunmen on Monday seized the deputy health minister outside his home.")
    for place in ("Gunmen seized the ministry building on Monday.", "Rebels seized the airport on Monday, the "
                  "minister said.", "Gunmen seized the governor's office on Monday."):
        assert "=abduction" not in words(place) and "=seizure" in words(place)
