"""Reports of one happening told at two precisions that merging used to keep apart (timeline.py;
texts are our own): a person taken, or freed, "in April" and on a day of April is one custody
(_one_taken_in_a_month), as two reports of one day are; the other end of it, a body's arrests, or
another month stay apart."""

from __future__ import annotations

from helpers import rows_saying as _rows_saying, story_page as _page, story_rows as _rows

_WIRE = _page("Desert Wire", "2035-04-10",
              "TRIPOLI, April 10 - Libyan prosecutors on Tuesday arrested Salem Abushagur, who ran the national "
              "water authority until last year, on suspicion of embezzling 90 million dinars.")


def _analysis(sentence: str) -> str:
    # An analysis months later: the person named in full first, the custody by his surname and a month.
    return _page("Sahel Analysis", "2035-10-30",
                 "The Tripoli court hearing the case of Salem Abushagur adjourned on Monday for the third time. "
                 + sentence)


def test_a_person_detained_in_a_month_and_arrested_on_a_day_of_it_is_one_row(make_corpus):
    rows = _rows(make_corpus, {"w.md": _WIRE,
                               "a.md": _analysis("Abushagur was detained in April after a report by the Audit Bureau.")})
    assert _rows_saying(rows, "on Tuesday arrested", "was detained in April")


def test_his_release_in_that_month_or_his_detention_in_another_stays_apart(make_corpus):
    for sentence in ("Abushagur was freed on bail in April after a report by the Audit Bureau.",
                     "Abushagur was detained in June after a report by the Audit Bureau."):
        rows = _rows(make_corpus, {"w.md": _WIRE, "a.md": _analysis(sentence)})
        assert not _rows_saying(rows, "on Tuesday arrested", sentence.split(" after")[0]), sentence


def test_a_body_s_arrests_in_a_month_are_not_one_by_the_body_alone(make_corpus):
    # The Coast Guard arrests people many times a month: a body in common says nothing of whom.
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-04-10",
                      "ZUWARA, April 10 - The Libyan Coast Guard on Tuesday arrested two fishermen accused of "
                      "ferrying fuel to Tunisia."),
        "a.md": _page("Sahel Analysis", "2035-10-30",
                      "The Libyan Coast Guard detained a Maltese trawler crew in April after a chase at sea."),
    })
    assert not _rows_saying(rows, "on Tuesday arrested", "detained a Maltese")


def test_one_who_orders_arrests_in_a_month_and_on_a_day_of_it_is_no_one_custody(make_corpus):
    # The name in common orders the arrests; the ones taken are two others.
    rows = _rows(make_corpus, {
        "w.md": _page("Desert Wire", "2035-07-10",
                      "TRIPOLI, July 10 - Prime Minister Abdul Hamid Dbeibah ordered the arrest of a Misrata port "
                      "official on 9 July over missing fuel cargoes."),
        "a.md": _page("Sahel Analysis", "2035-07-30",
                      "Prime Minister Abdul Hamid Dbeibah ordered the arrest of the mayor of Zliten in July, his "
                      "critics say to silence him."),
    })
    assert not _rows_saying(rows, "official on 9 July", "mayor of Zliten in July")
