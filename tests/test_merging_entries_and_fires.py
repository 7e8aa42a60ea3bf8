"""Kinds of happening and entries that kept reports of one event apart (timeline.py and
data/event_words.toml; texts are our own): the rest of a chronology's entry is of its date, up to a
part opened by a name or credited to someone; a fire is a disaster, so the civil defence's evacuation
and the wire's toll are one fire, and a gun's fire is a shooting; teams "dealing with" a fire make no
deal, a bid to "close the gap" no closure, and a resolution "setting the official exchange rate" is a
devaluation; a night "in total darkness" and a "grid failure" are a blackout; a digest's "break out of
the prison" and "the inmates who escaped" an escape; a windstorm and rains that make a wadi overflow a
flood."""

from __future__ import annotations

from helpers import docs_of as _docs_of, story_page as _page, story_rows as _rows

from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.timeline import _content, extract_events


def test_the_rest_of_an_entry_is_of_its_date(make_corpus):
    rows = _rows(make_corpus, {
        "w.md": _page("Coast Wire", "2071-03-11",
                      "QASR AHMED, March 11 - Street battles broke out in Qasr Ahmed on Wednesday between two "
                      "armed groups, residents said."),
        "b.md": _page("The Week", "2071-03-15",
                      "The week in brief\n\n"
                      "- Tue 10 Mar: Gunmen seize a port official in Qasr Ahmed.\n"
                      "- Wed 11 Mar: His brigade storms the posts of the Wadi Brigade; street battles in Qasr Ahmed.\n"),
    })
    assert _docs_of(rows, "Street battles") == [["b", "w"]]


def test_a_part_of_an_entry_credited_to_someone_is_not_its_own(make_corpus):
    body = ("Key dates\n\n- 25 November: A boat carrying about 60 migrants capsized off Zliten; IOM said 23 people "
            "were missing.\n- 26 November: The coast guard recovered 12 bodies of migrants off Zliten.\n")
    events = extract_events(build_index(load_corpus(make_corpus({"p.md": _page("Desk", "2071-11-30", body)})).documents))
    boat = [e for e in events if "capsized" in e.text and e.date == "2071-11-25"]
    assert boat and all(e.actors == [] for e in boat)


def test_a_fires_evacuation_and_its_dead_are_one_fire(make_corpus):
    rows = _rows(make_corpus, {
        "c.md": _page("Civil Defence Qasr Ahmed (Facebook)", "2071-08-18",
                      "#Civil_Defence | Our teams are dealing since 10:50 this morning, Tuesday, with a fire that "
                      "engulfed the warehouses of a tyre factory in the industrial zone of Qasr Ahmed, and have "
                      "evacuated the neighbouring factories."),
        "w.md": _page("Coast Wire", "2071-08-18",
                      "QASR AHMED, Aug 18 - A fire at a tyre factory in the Qasr Ahmed industrial zone killed "
                      "three workers on Tuesday, the emergency services said."),
    })
    assert _docs_of(rows, "tyre factory") == [["c", "w"]]


def test_a_wildfire_is_a_fire():
    assert "=fire" in _content("A wildfire tore through pine forests near the town on Saturday")


def test_words_that_tell_no_deal_no_closure_and_a_devaluation():
    assert "=agreement" not in _content("Our teams are dealing with a fire in the warehouses")
    assert "=agreement" in _content("The two councils reached a deal on the port")
    assert "=closure" not in _content("The bank cut the rate in a bid to close the gap with the black market")
    assert "=closure" in _content("The authorities closed the border crossing")
    assert "=devaluation" in _content("The board approved a resolution setting the official exchange rate of the dinar at 7.10")


def test_darkness_and_a_failed_grid_are_a_blackout():
    for said in ("The people of the capital spent last night in total darkness",
                 "a grid failure cut power to the south on Thursday night",
                 "A transformer fire trips the eastern grid; the east stays dark for a day"):
        assert "=blackout" in _content(said), said
    assert "=blackout" not in _content("The talks were held in the dark hall of the palace")


def test_a_digests_breakout_and_the_inmates_who_escaped_are_an_escape():
    assert "=escape" in _content("41 inmates break out of the Ghat prison through a cracked wall")
    assert "=escape" in _content("police recaptured 12 of the 41 inmates who escaped yesterday, Sunday, from the prison")
    assert "=escape" not in _content("The minister escaped unharmed from the attack on his convoy")


def test_a_windstorm_and_rains_that_overflow_a_wadi_are_a_flood():
    assert "=flood" in _content("A powerful windstorm battered the port city overnight, killing two people")
    assert "=flood" in _content("the torrential rains that fell on the city caused the wadi to overflow")
    assert "=flood" not in _content("Rains fell on the city and the wadi ran low")


# What the review of these rules found (each merged reports of two events, or took a kind that is not
# there): a fire with no dead is no killing; a gun's fire is a shooting's; "in darkness" about a fate,
# "cut electricity subsidies" and "cut powers" are no blackout; "the storms the region saw" no
# storming; hospitals that "overflowed with the wounded" no flood; an entry's part opened by a name is
# another happening.

def test_a_fire_with_no_dead_and_a_killing_that_day_stay_apart(make_corpus):
    rows = _rows(make_corpus, {
        "f.md": _page("Coast Post", "2071-05-08", "A fire broke out at the old market in Qasr Ahmed on Friday, destroying "
                                                 "dozens of shops; no casualties were reported."),
        "k.md": _page("Coast Wire", "2071-05-09", "QASR AHMED, May 9 - Unknown gunmen killed a local commander in Qasr "
                                                 "Ahmed on Friday, a security source said."),
    })
    assert _docs_of(rows, "old market") == [["f"]]
    assert "=killing" in _content("Gunmen opened fire on protesters in the square, wounding five")
    assert "=fire" not in _content("The patrol came under fire near the bridge")


def test_figures_of_speech_tell_no_blackout_storming_or_flood():
    for said in ("Families of the fishermen are still in darkness about their fate",
                 "The government voted to cut electricity subsidies from next year",
                 "The House voted to cut powers of the council"):
        assert "=blackout" not in _content(said), said
    assert "=storming" not in _content("The storms the region saw in September killed thousands")
    assert "=flood" not in _content("Hospitals overflowed with the wounded after the clashes")
    assert "=flood" in _content("the rains caused the wadi to overflow on Sunday")


def test_an_entrys_part_opened_by_a_name_is_another_happening(make_corpus):
    rows = _rows(make_corpus, {
        "m.md": _page("Coast Wire", "2078-02-08", "MISRATA, Feb 8 - Prime Minister Abdul Hamid Dbeibah opened a new power "
                                                 "station in Misrata on Tuesday, his office said."),
        "b.md": _page("Desert Wire", "2078-02-08", "BENGHAZI, Feb 8 - Khalifa Haftar received a Russian military "
                                                  "delegation in Benghazi on Tuesday, his command said."),
        "d.md": _page("The Week", "2078-02-12", "The week in brief\n\n"
                                               "- Mon 7 Feb: Gunmen seize a port official in Zliten.\n"
                                               "- Tue 8 Feb: Dbeibah opens a power station in Misrata; Haftar receives "
                                               "a Russian military delegation in Benghazi.\n"
                                               "- Wed 9 Feb: Clashes in Zawiya leave two dead.\n"),
    })
    assert not any({"b", "m"} <= set(docs) for docs in _docs_of(rows, "power station"))
