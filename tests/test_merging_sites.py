"""A site's day, a region's towns, a wire's dateline and an amount after "than" (timeline.py; texts are our
own): two outlets telling one site shut or opened again on one day tell one event, whoever each says did
it; a region ("the Fezzan") holds many towns, so it sets no report apart from one naming a town and is no
town a clash naming none is in; a reaction framed behind a wire's dateline is still a reaction, its
subject no participant; and "more than 300 migrants on Sunday" dates the clause, comparing no time."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.timeline import _reaction_framed, _town_told_before


def test_one_site_opened_again_on_one_day_is_one_row_whoever_each_names(make_corpus):
    """The corporation's post names itself; the wire names no one (its "the corporation said" is an
    attribution); a monthly review's bullet names the site without its noun: one restart."""
    rows = _rows(make_corpus, {
        "c.md": _page("Oil Corporation (Facebook)", "2037-03-09",
                      "#OilCorp | The National Oil Corporation announces the resumption of production at the Waha "
                      "field today, Monday, after the protesters left the site. #Libya"),
        "w.md": _page("Crude Report", "2037-03-10",
                      "TRIPOLI, March 10 (Crude Report) - Production at Libya's Waha oilfield resumed on Monday after "
                      "the defence ministry paid the guards their wages, the National Oil Corporation said."),
        "r.md": _page("Libya Monthly", "2037-04-01",
                      "LIBYA MONTHLY — March 2037\nEnergy\n- 9 Mar: Waha back on stream after elders step in.\n"
                      "- 21 Mar: The power company says a new turbine is weeks away."),
    })
    assert ["c", "r", "w"] in _docs_of(rows, "Waha")


def test_a_site_shut_and_a_site_opened_on_one_day_stay_apart(make_corpus):
    """One site shut and another opened again on one day, or one shut and the other reopened: two events."""
    rows = _rows(make_corpus, {
        "a.md": _page("Crude Report", "2037-03-10",
                      "Guards shut the Waha oilfield on Monday, demanding unpaid wages, engineers said."),
        "b.md": _page("Oil Corporation (Facebook)", "2037-03-09",
                      "The National Oil Corporation announces the resumption of production at the Sharara field "
                      "today, Monday."),
        "c.md": _page("Energy Daily", "2037-03-10",
                      "Production at the Waha oilfield resumed on Monday, engineers said."),
    })
    for i, a in enumerate(("Guards shut", "Sharara", "resumed on Monday")):
        for b in ("Guards shut", "Sharara", "resumed on Monday")[i + 1:]:
            assert not [r for r in rows if any(a in (s.text or "") for s in r.sources)
                        and any(b in (s.text or "") for s in r.sources)], (a, b)


def test_a_region_is_no_town_and_sets_no_report_apart_from_a_town(make_corpus):
    """A wire places the clash in the region, the mission's release in the town: one clash of one day (the
    same toll); and a clash naming no place after a sentence naming only the region is placed nowhere."""
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2037-03-03",
                      "SEBHA, March 3 (DW) - Two armed groups fought on Monday, killing four people, medics said, in "
                      "the worst violence in the Fezzan this year."),
        "u.md": _page("UN Mission", "2037-03-03",
                      "The Mission is alarmed by the armed clashes in Sabha on 2 March, which killed at least four "
                      "people, and calls on all parties to respect the truce."),
    })
    assert ["u", "w"] in _docs_of(rows, "four people")
    text = "The Fezzan saw its worst violence this year in May.\n- Fighting occurred throughout the evening."
    assert _town_told_before(text, text.index("Fighting"), set()) == []
    text = "A militia leader was killed in Ubari.\n- Fighting occurred throughout the evening."
    assert _town_told_before(text, text.index("Fighting"), set()) == ["ubari"]


def test_a_reaction_behind_a_wire_s_dateline_is_a_reaction():
    assert _reaction_framed("TRIPOLI, 13 March 2037 – The United Nations Support Mission in Libya is deeply "
                            "alarmed by the armed clashes in Sabha on 12 March.")
    assert _reaction_framed("SEBHA, March 12 (DW) - The mayor condemned the shelling of the hospital on Thursday.")
    assert not _reaction_framed("TRIPOLI, 13 March 2037 – Armed groups clashed in Sabha on 12 March, killing "
                                "four people; the United Nations mission said it was alarmed.")


def test_an_amount_after_than_dates_the_clause(make_corpus):
    """"more than 300 migrants on Sunday", "more than fivefold on Sunday": how many, not a time compared;
    "higher than in 2036" still compares a time, and dates nothing."""
    rows = _rows(make_corpus, {
        "a.md": _page("Coast Wire", "2037-06-08",
                      "The coast guard intercepted more than 300 migrants off Zuwara on Sunday.\n\n"
                      "The government raised the price of petrol more than fivefold on Sunday.\n\n"
                      "More than a dozen people were killed in clashes in Gharyan on Saturday.\n\n"
                      "Fuel prices are now higher than in 2036, traders said."),
    })
    said = {s.text for r in rows for s in r.sources}
    assert any("300 migrants" in t for t in said)
    assert any("fivefold" in t for t in said)
    assert any("a dozen people" in t for t in said)
    assert not any("higher than in 2036" in t for t in said)


def test_a_wire_s_agency_is_no_word_of_what_it_tells(make_corpus):
    """Two copies filed by one agency share its name: merging compares what they tell, not who filed them."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    folder = make_corpus({"w.md": _page("Desert Wire", "2037-03-13",
                                        "SEBHA, March 13 (Desert Wire) - Fighting erupted on Thursday in Sebha, "
                                        "residents said.")})
    (event,) = extract_events(build_index(load_corpus(folder).documents))
    assert "desert" not in event.words and "wire" not in event.words
    assert "erupt" in event.words and "resid" in event.words
