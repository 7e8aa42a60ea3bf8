"""Page chrome at the top of a page and around its pictures gives no timeline row (issue 12).

Standfirsts and boxes of key points that the article tells again, abstracts that say what the
page does, advertisement placeholders, and captions known by their shape (a closing bracketed
credit, where people stand in the picture, "are seen", "this combination of images shows").
A summary that nothing after it tells again is the only place its news is told: it keeps its row.
Every page here was written for these tests.
"""

from __future__ import annotations

import pytest

from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.models import Sentence
from libyadesk.prose import closing_credit, not_prose, pictures, restates
from libyadesk.text import split_sentences
from libyadesk.timeline import extract_events
from libyadesk import vocab


def _rows(make_corpus, page: str) -> list[tuple[str, str]]:
    events = extract_events(build_index(load_corpus(make_corpus({"p.md": page})).documents))
    return sorted((e.date, e.text) for e in events)


def _texts(rows) -> str:
    return "\n".join(t for _, t in rows)


def _skipped(text: str) -> dict[str, str]:
    sentences = [Sentence("d", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    return {sentences[i].text[:24]: why for i, why in not_prose(text, sentences).items()}


SYNDICATED = """---
title: Libya's oil company lifts force majeure at Sharara field
source: Lakeside Herald (AFP)
published: 2023-06-21
---
 date 2023-06-21 This advertisement has not loaded yet, but your article continues below.

Libya's oil company lifts force majeure at Sharara field

Published Jun 21, 2023 • 2 minute read

Workers walk past storage tanks at the Sharara oil field in southwestern Libya, last summer. (AFP)

TRIPOLI — Libya's National Oil Corporation lifted the force majeure at the Sharara field on Tuesday, two weeks after protesters shut its pipeline to the coast.

Protesters from the town of Ubari closed a valve on the pipeline on June 6 to demand jobs and better services.

A tanker is moored at the Zawiya oil terminal west of Tripoli, in September. (Reuters)
"""


def test_an_ad_placeholder_glued_to_a_date_line_and_credited_captions_give_no_row(make_corpus):
    rows = _rows(make_corpus, SYNDICATED)
    texts = _texts(rows)
    assert "advertisement" not in texts
    assert "Workers walk past" not in texts and "A tanker is moored" not in texts
    assert ("2023-06-20", next(t for _, t in rows if t.startswith("TRIPOLI"))) in rows
    assert ("2023-06-06", next(t for _, t in rows if t.startswith("Protesters"))) in rows


SATELLITE = """---
title: Images show new berms around Jufra airbase
source: Gulf Morning Post
published: 2022-10-14
---
Images show new berms around Jufra airbase

This combination of satellite pictures from Skyline Analytics shows Jufra airbase on May 3, 2022, left, and the same area with new defensive berms on October 9, 2022, right. (Source: Skyline Analytics)

Defensive berms have been dug around the Jufra airbase in central Libya, according to satellite pictures reviewed by the newspaper on Thursday.

The berms were first visible in images taken on July 19, analysts said.

Russian Deputy Defence Minister Ivan Petrov, centre, is pictured during a visit to Benghazi on August 22, 2022 (Defence Ministry press service)

Residents are seen queuing for fuel in Sabha in early October.
"""


def test_captions_that_speak_of_the_picture_give_no_row(make_corpus):
    texts = _texts(_rows(make_corpus, SATELLITE))
    assert "This combination" not in texts
    assert "Ivan Petrov, centre" not in texts
    assert "Residents are seen" not in texts
    assert "The berms were first visible" in texts and "Defensive berms" in texts


THINK_TANK = """---
title: The fight over Libya's oil revenues
source: Northern Policy Forum
published: 2023-02-15
---
The fight over Libya's oil revenues

Topic
Energy
Country/Region
Libya
Middle East and North Africa

In July 2022, Dbeibah replaced the head of the National Oil Corporation with a former central bank governor. Eastern groups lifted their blockade of the oil terminals days later.

This article examines how the July 2022 change at the National Oil Corporation ended the blockade of 2022 and what the deal of November 2022 on oil revenues means for the budget.

By Lina Farouk
15 February 2023

In July 2022, Prime Minister Abdul Hamid Dbeibah replaced the chairman of the National Oil Corporation, Mustafa Sanalla, with Farhat Bengdara, a former central bank governor.

Groups in the east lifted their blockade of the oil terminals on 15 July, days after Bengdara took office.

In November 2022, the two governments agreed on a mechanism to share the revenues.
"""


def test_a_standfirst_told_again_below_and_an_abstract_give_no_row(make_corpus):
    rows = _rows(make_corpus, THINK_TANK)
    texts = _texts(rows)
    assert "Dbeibah replaced the head" not in texts  # the standfirst
    assert "Eastern groups lifted" not in texts  # its second sentence is no lead
    assert "This article examines" not in texts
    assert any(d == "2022-07" and t.startswith("In July 2022, Prime Minister") for d, t in rows)
    assert any(d == "2022-11" and t.startswith("In November 2022") for d, t in rows)


BOX = """---
title: Libya - Flooding closes roads in the Jebel Akhdar
source: Crescent Risk Desk
published: 2024-01-22
---
Libya - Flooding closes roads in the Jebel Akhdar

In brief
Heavy rain flooded roads around Bayda on 20 January, cutting the coastal route between Bayda and Shahat.
- Country:
- Libya
- Category:
- Natural hazards

Details

Heavy rain on 20 January flooded several roads around Bayda and cut the coastal route between Bayda and Shahat for most of the day, local authorities said.

The civil defence service evacuated 40 families from low-lying districts on 21 January.
"""


def test_a_box_of_key_points_told_again_below_gives_no_row(make_corpus):
    rows = _rows(make_corpus, BOX)
    assert [t[:26] for d, t in rows if d == "2024-01-20"] == ["Heavy rain on 20 January f"]
    assert any(d == "2024-01-21" for d, _ in rows)


def test_a_box_that_nothing_tells_again_keeps_its_rows(make_corpus):
    page = BOX.replace("Heavy rain on 20 January flooded several roads around Bayda and cut the coastal route between "
                       "Bayda and Shahat for most of the day, local authorities said.\n\n", "")
    rows = _rows(make_corpus, page)
    assert [t[:26] for d, t in rows if d == "2024-01-20"] == ["Heavy rain flooded roads a"]


TRANSLATED = """---
title: The Minister of Health inaugurates a dialysis centre in Sabha
source: Al-Bawaba Al-Libiya
published: 2020-01-12
---
The Minister of Health inaugurates a dialysis centre in Sabha

Sunday 12/01/2020

Sabha - Al-Bawaba Al-Libiya

The Minister of Health inaugurated, on Saturday, a new dialysis centre in the city of Sabha, with a capacity of 30 beds.

The Minister of Health in the interim government, Dr. Saad Aqoub, inaugurated, on Saturday, a new dialysis centre in the city of Sabha, with a capacity of 30 beds, in the presence of the mayor of the city.

The minister said that the centre was supplied with equipment that arrived from Benghazi on Thursday.
"""


ONLY_THE_STANDFIRST = """---
title: Coastguard stops boat off Sabratha
source: Harbour Watch
published: 2021-04-19
---
Coastguard stops boat off Sabratha

The coastguard stopped a wooden boat carrying 130 people off Sabratha on Sunday, the fourth interception this month.

Monday 19 April 2021

Departures from the western coast have grown since the start of the year, aid groups say.

Most of those stopped at sea are taken to a centre in Zawiya that reopened in February.
"""


def test_a_standfirst_with_a_stop_is_not_the_lead_unless_it_alone_tells_the_news(make_corpus):
    rows = _rows(make_corpus, TRANSLATED)
    assert [t[:40] for d, t in rows if d == "2020-01-11"] == ["The Minister of Health in the interim go"]
    assert any(d == "2020-01-09" for d, _ in rows)
    rows = _rows(make_corpus, ONLY_THE_STANDFIRST)
    assert any(d == "2021-04-18" and t.startswith("The coastguard stopped") for d, t in rows)


def test_a_first_paragraph_is_a_standfirst_only_when_the_next_tells_it_again_fuller():
    deck = "Heavy rain flooded roads around Bayda on Monday.\n\n"
    lead = "Heavy rain on Monday flooded roads around Bayda and cut the coast road, officials said.\n"
    assert _skipped(deck + lead) == {"Heavy rain flooded roads": "standfirst"}
    # A wire lead opens with its dateline; a lead that the next paragraph retells in part is a lead.
    assert _skipped("TRIPOLI, May 4 (Wire) - " + deck + lead) == {}
    assert _skipped(deck + '"Heavy rain flooded roads around Bayda on Monday," the mayor said.\n') == {}  # a quote
    assert _skipped(deck + "Heavy rain flooded roads around Bayda on Monday, the mayor said.\n") == {}  # no fuller
    assert _skipped("Libya's eastern-based parliament approved a unified budget of 90 billion dinars on Wednesday, "
                    "the first since 2014, its spokesman said.\n\nThe parliament approved the unified budget on "
                    "Wednesday with the votes of 120 members, spokesman Abdullah Blihaq said.\n") == {}


@pytest.mark.parametrize("line,credit", [
    ("Fighters rest near Sirte, last April. (Reuters)", "(Reuters)"),
    ("A ship off Zuwara on 3 May 2024 (Source: Harbour Watch via AP)", "(Source: Harbour Watch via AP)"),
    ("A man walks past a ruin in Derna on 4 May 2024 (LE/Jane Roe)", "(LE/Jane Roe)"),
    ("Migrants disembark in Pozzallo in July 2023. (Island Chronicle archive)", "(Island Chronicle archive)"),
    ("- Haftar moves on Tripoli (April 2019)", None),
    ("The vote was held under the mission's rules (the third round)", None),
    ("The deal was signed by the Government of National Accord (GNA)", "(GNA)"),
])
def test_a_closing_credit_is_names_and_a_few_words_of_credit(line, credit):
    at = closing_credit(line)
    assert (None if at is None else line[at:]) == credit


@pytest.mark.parametrize("caption,news", [
    # A one-sentence paragraph of news tells in the past or reports speech.
    ("Workers walk past the tanks at Sharara, last summer. (AFP)", "The parliament approved the budget on Monday. (AFP)"),
    ("A tanker is moored at the Zawiya terminal in September. (Reuters)",
     "The minister said on Monday the port would reopen. (Reuters)"),
    ("Migrants rescued by a charity ship disembark in Pozzallo on 3 May 2024 (Harbour Watch/Jane Roe)",
     "The deal was signed by the Government of National Accord on 3 May 2016 (GNA)"),
])
def test_a_line_closed_by_a_credit_is_a_caption_unless_it_tells_news(caption, news):
    def page(line: str) -> str:
        return "Headline of the page\n\n" + line + "\n\nTalks resumed on Tuesday in Geneva, the mission said.\n"

    assert _skipped(page(caption)).get(caption[:24]) == "caption"
    assert _skipped(page(news)).get(news[:24]) != "caption"
    # The credit may stand on the line under the caption.
    below = caption.replace(" (", "\n(")
    assert _skipped(page(below)).get(caption[:24]) == "caption"
    assert _skipped(page(news.replace(" (", "\n("))).get(news[:24]) != "caption"


@pytest.mark.parametrize("entry", vocab.table("captions")["picture"], ids=lambda e: e["example"][:30])
def test_picture_examples_speak_of_a_picture(entry):
    assert pictures(entry["example"])
    page = "Headline of the page\n\n" + entry["example"] + "\n\nTalks resumed on Tuesday in Geneva, the mission said.\n"
    assert _skipped(page).get(entry["example"][:24]) == "caption"


@pytest.mark.parametrize("entry", vocab.table("captions")["picture"], ids=lambda e: e["example"][:30])
def test_prose_like_a_picture_example_is_no_picture(entry):
    # The same words in prose: "is seen as", a list of sides, images that a source "said" show, "was seen".
    for sentence in ("Haftar is seen as the strongest man in the east since 2014.",
                     "Parties of the left, right and centre met in Tunis on 3 May 2024.",
                     "Satellite images show that the base was expanded in May, the firm said.",
                     "The envoy was seen in Benghazi on Monday."):
        page = "Headline of the page\n\n" + sentence + "\n\nTalks resumed on Tuesday in Geneva.\n"
        assert _skipped(page).get(sentence[:24]) is None
    assert pictures(entry["example"])


def test_restates_needs_a_shared_date_and_most_of_the_words():
    summary = "Rain flooded roads around Bayda on 4 May."
    assert restates("Heavy rain on 4 May flooded roads around Bayda, officials said.", summary, 0.6)
    assert not restates("Heavy rain on 9 May flooded roads around Bayda, officials said.", summary, 0.6)
    assert not restates("Roads around Bayda were repaired on 4 May.", summary, 0.6)


TAXONOMY_BOX = """Egypt hosts talks on Libya's border security

Egypt hosted military delegations from eastern and western Libya in Cairo on 12 September to discuss border security.
- Country:
- Egypt
- Libya
- Topic:
- Security

On 12 September, Egypt hosted military delegations from both Libyan camps in Cairo for talks on securing the shared desert border against smugglers and armed groups, officials in Cairo said.

The talks followed a meeting of the joint military commission in Sirte in August.
"""

TOPIC_LABELS = """Tunisia's exports to Libya recover

Topic
Trade
Country/Region
Tunisia
Libya

Tunisian exports to Libya rose by a third in the first quarter of 2022, the trade ministry said in April.

Tunisian exports to Libya rose by 34 percent in the first quarter of 2022 compared with the same period a year earlier, driven by food and building materials, the trade ministry in Tunis said in a report in April.
"""


def test_a_summary_beside_a_taxonomy_list_that_the_article_retells_is_removed():
    from libyadesk.corpus import clean_lines

    kept = [line for line in clean_lines(TAXONOMY_BOX.split("\n")) if line]
    assert not any(line.startswith("Egypt hosted military") for line in kept)
    assert any(line.startswith("On 12 September, Egypt") for line in kept)
    kept = [line for line in clean_lines(TOPIC_LABELS.split("\n")) if line]
    assert not any(line.startswith("Tunisian exports to Libya rose by a third") for line in kept)
    assert any(line.startswith("Tunisian exports to Libya rose by 34") for line in kept)
    # Under the labels, a lead that nothing retells fuller is the article's.
    lead = TOPIC_LABELS.split("\n\n")
    page = "\n\n".join(lead[:3] + ["The Ras Jedir crossing was closed for a week in March after a dispute over fees."])
    assert any(line.startswith("Tunisian exports to Libya rose by a third") for line in clean_lines(page.split("\n")) if line)


def test_summaries_are_compared_within_a_bounded_reach(monkeypatch):
    """A page of many lists and boxes costs work in proportion to its length (a summary is
    compared with the lines near it, not with the rest of the page)."""
    from libyadesk import corpus, prose

    calls = [0]
    real = prose.restates

    def counted(*args):
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(prose, "restates", counted)
    monkeypatch.setattr(corpus, "restates", counted)
    work = []
    for n in (200, 400):
        calls[0] = 0
        lines = []
        for i in range(n):
            lines += ["Topic", "Energy", "Country/Region", "Libya", "",
                      f"Heavy rain flooded roads around Bayda on {i % 28 + 1} January, cutting the coast road.", ""]
        corpus.clean_lines(lines)
        text = "\n\n".join(f"Key points\nRain flooded roads around Bayda on {i % 28 + 1} May, cutting the coast road {i}."
                           for i in range(n))
        sentences = [Sentence("d", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
        prose.not_prose.__wrapped__(text, sentences, None)
        work.append(calls[0])
    assert work[0] > 0 and work[1] <= 2.2 * work[0]


CHRONOLOGY = """---
title: How the Zuwara water dispute unfolded
source: Coastline Monitor
published: 2029-09-14
---
How the Zuwara water dispute unfolded

- 4 June 2029: Farmers block the main pumping station outside Zuwara (ZFU)
- 19 July 2029 - The municipal council suspends water quotas for the western districts (LANA)
- August 2, 2029: Engineers restore the pipeline to the coastal towns (AFP)
"""


def test_a_chronology_entry_closed_by_its_source_is_no_caption(make_corpus):
    # A dated entry tells its event in the present and may close with an acronym or an agency.
    rows = _rows(make_corpus, CHRONOLOGY)
    assert [d for d, _ in rows] == ["2029-06-04", "2029-07-19", "2029-08-02"]
    # An undated line in the present closed by a credit is still a caption.
    caption = "Farmers stand by the pumping station outside Zuwara, in June. (AFP)"
    assert _skipped("Headline of the page\n\n" + caption + "\n\nTalks resumed on Tuesday.\n").get(caption[:24]) == "caption"


REFINERY = """---
title: Tobruk refinery back at full output
source: Eastern Energy Brief
published: 2030-11-20
---
Tobruk refinery back at full output

TOBRUK (Eastern Energy Brief) - Diesel queues shortened across the eastern cities this week, traders said.

Key points
- The Tobruk refinery returned to full output on 17 November after a fire in its cracking unit.
- The fire broke out on 2 November and injured three workers.
- The energy ministry opened an inquiry into the plant's safety record on 9 November.

The Tobruk refinery returned to full output on 17 November, two weeks after a fire in its cracking unit, and loaded its first tanker of diesel for the eastern cities, the plant's manager told reporters.
"""


def test_a_box_gives_no_row_only_for_the_items_told_again(make_corpus):
    rows = _rows(make_corpus, REFINERY)
    assert [t[:30] for d, t in rows if d == "2030-11-17"] == ["The Tobruk refinery returned t"]
    assert any(d == "2030-11-02" and "fire broke out" in t for d, t in rows)
    assert any(d == "2030-11-09" and "inquiry" in t for d, t in rows)


def test_a_deck_gives_no_row_only_for_the_sentences_the_lead_tells_again():
    deck = ("Heavy rain flooded roads around Bayda on Monday. The central bank raised the price of "
            "foreign currency on 2 May.\n\n")
    lead = "Heavy rain on Monday flooded roads around Bayda and cut the coast road, officials said.\n"
    assert _skipped(deck + lead) == {"Heavy rain flooded roads": "standfirst"}


def test_a_box_opening_the_page_keeps_the_items_not_told_again(make_corpus):
    page = REFINERY.replace("TOBRUK (Eastern Energy Brief) - Diesel queues shortened across the eastern cities this "
                            "week, traders said.\n\n", "")
    rows = _rows(make_corpus, page)
    assert [t[:30] for d, t in rows if d == "2030-11-17"] == ["The Tobruk refinery returned t"]
    assert {"2030-11-02", "2030-11-09"} <= {d for d, _ in rows}


def test_prose_citing_imagery_is_no_caption_unless_credited_or_beside_a_picture():
    cited = "An aerial photo taken on 9 April shows dozens of trucks lined up at the Ras Jedir crossing."

    def page(line: str) -> str:
        return ("Headline of the page\n\nTrade across the border has picked up.\n\n" + line
                + "\n\nCustoms officers reopened the crossing on 2 April.\n")

    assert _skipped(page(cited)).get(cited[:24]) is None  # the analysis's evidence, told in its prose
    assert _skipped(page(cited + " (Orbital Watch)")).get(cited[:24]) == "caption"
    assert _skipped(page(cited + "\n(Orbital Watch)")).get(cited[:24]) == "caption"
    assert _skipped(page("![Trucks at the crossing](trucks.jpg)\n\n" + cited)).get(cited[:24]) == "caption"


def test_beside_a_taxonomy_only_the_retold_sentences_go_and_a_lone_heading_is_no_taxonomy():
    from libyadesk.corpus import clean_lines

    summary = ("Gunmen closed the coastal road at Zawiya on 14 June. "
               "The oil ministry suspended loadings at Mellitah on 16 June.")
    fuller = ("Security teams reported that gunmen from a local brigade closed the coastal road at Zawiya on "
              "14 June for several hours, stranding trucks and buses on both sides of the town.")
    # A taxonomy (labels and their values) over a summary: only its retold sentence goes.
    page = ["Topic", "Security", "Country", "Libya", "", summary, "", fuller]
    assert [line for line in clean_lines(page) if line][-2:] == [
        "The oil ministry suspended loadings at Mellitah on 16 June.", fuller]
    # A one-word heading over a paragraph ("Location", "Issues") is no taxonomy.
    for heading in ("Location", "Issues"):
        page = [heading, summary, "", fuller]
        assert clean_lines(page) == page


def test_every_taxonomy_label_is_still_seen_with_its_bullet_colon_and_spacing() -> None:
    # _is_taxonomy_label skips a line longer than any label without normalising it: the skip must
    # never drop a real label, however it is bulleted, cased or spaced.
    from libyadesk.corpus import _is_taxonomy_label, _taxonomy_labels

    labels, _ = _taxonomy_labels()
    for label in labels:
        for line in (label, label.title() + ":", f"- {label}:", f"•  {label.upper()}  :", f"\t{label.replace(' ', '   ')}"):
            assert _is_taxonomy_label(line), line
    assert not _is_taxonomy_label("Country: Libya's rival governments agreed on a budget on Monday")
    assert not _is_taxonomy_label("- Countries and regions")


def test_an_irregular_participle_in_a_credited_caption_is_no_finite_past() -> None:
    # The irregular forms that are also participles come from data/verb_forms.toml, as "-ed" forms do.
    from libyadesk.prose import _tells_in_past_or_future

    assert not _tells_in_past_or_future("Fighters of a brigade built by the ministry, near Sirte (AFP)")
    assert not _tells_in_past_or_future("A tanker held by the coast guard, in Zuwara (Reuters)")
    assert _tells_in_past_or_future("The coast guard held the tanker for two days")


# --- a standfirst printed again as the body's first lines (issue 12, item 1) ---------------------

THINK_TANK_INTRO = """---
title: Water for the coast: the Great Man-Made River under strain
source: Harbour Institute for Policy
published: 2031-04-09
---
Analysis

Water for the coast: the Great Man-Made River under strain

Summary
Saboteurs cut the main pipeline near Hassouna on 3 February, leaving Tripoli without piped water for nine days. The utility raised tariffs for industrial users on 1 March. This paper asks who should pay for the repairs.

By Rania Obeidi
9 April 2031

Introduction

Saboteurs cut the main pipeline near Hassouna on 3 February, leaving Tripoli without piped water for nine days. The utility raised tariffs for industrial users on 1 March. This paper asks who should pay for the repairs.

The wells at Hassouna have supplied the capital since 1996, and their output has fallen every year since the fighting of 2011.

Engineers restored the flow on 12 February, after the army cleared the pumping stations.
"""

WIRE_UNDER_DATELINE = """---
title: Rival ministers agree on fuel imports
source: Desert Wire
published: 2031-06-13
---
Rival ministers agree on fuel imports

Energy ministers of Libya's two governments agreed on Thursday to share the cost of fuel imports for the south, ending a dispute that had emptied petrol stations in Sabha.

June 13, 2031

SIRTE (Desert Wire) - Energy ministers of Libya's two governments agreed on Thursday to share the cost of fuel imports for the south, ending a dispute that had emptied petrol stations in Sabha.

The deal must still be approved by the House of Representatives, which is due to meet on Tuesday.

The dispute began on May 2, when the eastern ministry stopped paying for tankers bound for Sabha.
"""


def _dated_rows(make_corpus, page: str) -> list:
    return extract_events(build_index(load_corpus(make_corpus({"p.md": page})).documents))


def test_a_summary_printed_again_under_introduction_gives_its_rows_from_the_body(make_corpus):
    events = _dated_rows(make_corpus, THINK_TANK_INTRO)
    doc = load_corpus(make_corpus({"p.md": THINK_TANK_INTRO})).documents[0].text
    body = doc.index("Saboteurs cut", doc.index("Introduction"))
    for date, piece in (("2031-02-03", "Saboteurs cut the main pipeline"), ("2031-03-01", "raised tariffs")):
        rows = [e for e in events if e.date == date and piece in e.text]
        assert len(rows) == 1 and rows[0].start >= body, (date, [(e.start, e.text[:40]) for e in rows])
    assert {"1996", "2031-02-12"} <= {e.date for e in events}


def test_a_wire_standfirst_printed_again_under_its_dateline_gives_its_row_from_the_body(make_corpus):
    events = _dated_rows(make_corpus, WIRE_UNDER_DATELINE)
    rows = [e for e in events if e.date == "2031-06-12"]
    assert len(rows) == 1 and rows[0].text.startswith("SIRTE (Desert Wire) - Energy ministers")
    assert {"2031-06-17", "2031-05-02"} <= {e.date for e in events}


def _reasons(text: str) -> dict[int, str]:
    sentences = [Sentence("d", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    return not_prose(text, sentences)


def test_a_standfirst_printed_twice_is_the_page_s_and_its_body_copy_the_prose():
    top = ("Energy ministers agreed on Thursday to share the cost of fuel imports for the south. "
           "Protesters closed the Sabha depot on 9 May.")
    body = ("Energy ministers agreed on Thursday to share the cost of fuel imports for the south.\n"
            "The deal must still be approved by parliament next week.")
    # Sentences 0-1: the top; 2: "Introduction"; 3-4: the body.  The top copy is the page's, the
    # body's copy the prose; a sentence said once (the depot) stays.
    assert _reasons(top + "\n\nIntroduction\n\n" + body + "\n") == {0: "standfirst", 2: "standfirst"}
    # After a dateline, and near-verbatim (a comma and a capital more).
    near = "TRIPOLI - " + body.replace("Energy ministers agreed on Thursday", "Energy Ministers agreed, on Thursday,")
    assert _reasons(top + "\n\n" + near + "\n") == {0: "standfirst"}
    # Without the body's copy, the standfirst is the page's only telling: it stays.
    assert _reasons(top + "\n\nThe deal must still be approved by parliament next week.\n") == {}
    # A lead printed again as a pull quote a few paragraphs down stays the lead.
    lead = "Engineers restored the flow of water to Tripoli on 12 February after nine days without it."
    paragraphs = [lead, "The army cleared the pumping stations at Hassouna on 11 February.",
                  "Saboteurs had cut the main pipeline near the wells on 3 February.",
                  "Residents queued at mosques and private wells for drinking water.",
                  "The utility said repairs would cost more than ten million dinars.", lead,
                  "The wells have supplied the capital since 1996."]
    assert _reasons("\n\n".join(paragraphs) + "\n") == {5: "repeated"}
    # A headline printed twice (no final stop) is no standfirst's reprint: neither printing is prose.
    headline = "Haftar meets Russian envoys in Benghazi on Monday"
    assert 1 in _reasons(headline + "\n\n" + headline + "\n\nThe talks covered the Jufra airbase, officials said.\n")


SUMMARY_BEFORE_A_LIST = """Kufra governor dismissed after bread protests

Ali Rahma, governing Kufra since 2016, faced criticism from the town's elders.
The Presidential Council has dismissed him and appointed Omar Saleh in his place.
The council also opened an inquiry into fuel smuggling on 2 May.
- Country:
- Libya
- Topic:
- Local government

The Presidential Council on Sunday dismissed the governor of Kufra and named Omar Saleh, a former army officer from the town, to replace him, the council's spokesman said.

{filler}

Ali Rahma had been at the helm of the municipality since October 2016. He faced growing criticism from the town's elders over his handling of the bread shortages and the fuel queues.
"""


def test_a_summary_over_several_lines_before_a_list_goes_when_retold_far_down_or_over_two_sentences():
    from libyadesk.corpus import clean_lines

    filler = "\n\n".join(f"Elders from district {k} said the bakeries of the town had closed for lack of flour."
                         for k in range(14))
    kept = [line for line in clean_lines(SUMMARY_BEFORE_A_LIST.format(filler=filler).split("\n")) if line]
    # The summary's retold line goes, though it is not the line next to the list and its retelling
    # comes fourteen paragraphs down, over two sentences; its line that nothing retells stays.
    assert not any(line.startswith("Ali Rahma, governing") for line in kept)
    assert "The council also opened an inquiry into fuel smuggling on 2 May." in kept
    assert any(line.startswith("Ali Rahma had been at the helm") for line in kept)


ADVISORY_SUMMARY = """---
title: Libya - Political Update - Central bank governor replaced
source: Harbour Risk
published: 2027-03-10
---
Libya - Political Update - Central bank governor replaced

Summary
The Presidential Council has removed central bank governor Salem Fituri and appointed Hana Busaidi as acting governor. The move follows a dispute over letters of credit. Fituri, in office since 2019, faced criticism from importers.
- Country:
- Libya
- Sector:
- Finance

Details

On 8 March, the Presidential Council issued a decree removing Salem Fituri from the central bank and named Hana Busaidi, a former deputy governor, in his place.

Fituri, who had been at the head of the bank since June 2019, faced repeated criticism from importers over delays in opening letters of credit.
"""


def test_a_summary_before_a_list_gives_no_lead_and_no_coarser_row_when_the_body_retells_it(make_corpus):
    rows = _rows(make_corpus, ADVISORY_SUMMARY)
    # Not the summary's undated sentence as a lead dated by publication, nor "since 2019" at the year.
    assert [d for d, _ in rows] == ["2019-06", "2027-03-08"]
    # After a list, an undated paragraph is the article's lead, even when the body tells it again.
    from libyadesk.corpus import clean_lines

    lead = "Libya's rival governments have failed to agree on a budget for the third year running."
    later = ("The House of Representatives and the Government of National Unity failed to agree on a budget "
             "in March, the third year running, leaving ministries to spend a twelfth of last year's each month.")
    page = ["Topic", "Economy", "Country", "Libya", "", lead, "", later]
    assert lead in clean_lines(page)



def test_a_sentence_opening_with_also_on_a_day_is_news_and_a_lead_told_this_morning_no_deck(make_corpus):
    """"Also on Tuesday, ..." was read as the link label "Also on: ..."; a first paragraph telling when
    ("Briefing the council this morning, ...") above a line that is not prose was read as a deck."""
    rows = _rows(make_corpus, "---\ntitle: Council\nsource: Coast Courier\npublished: 2034-04-11\n---\n"
                              "The House met in Benghazi on Tuesday to vote on the budget. Also on Tuesday, "
                              "Salwa Mansour was sworn in before the House as head of the audit bureau.\n\n"
                              "Also on our site: Rival cabinets trade blame over the budget\n")
    assert [t[:20] for _, t in rows] == ["Also on Tuesday, Sal", "The House met in Ben"]
    rows = _rows(make_corpus, "---\ntitle: Briefing\nsource: United Nations\npublished: 2040-07-18\n---\n"
                              "Briefing the Security Council this morning, the envoy warned that the political "
                              "process had stalled.\n\nMeetings Coverage and Press Releases\n")
    assert [d for d, _ in rows] == ["2040-07-18"]
    rows = _rows(make_corpus, "---\ntitle: Deck\nsource: Gulf Review\npublished: 2040-07-18\n---\n"
                              "The envoy warned that the political process had stalled.\n\n"
                              "Meetings Coverage and Press Releases\n\n"
                              "The envoy briefed the Security Council on Wednesday.\n")
    assert [t[:20] for _, t in rows] == ["The envoy briefed th"]


def test_a_chrome_label_ends_at_a_word_s_end():
    from libyadesk.prose import is_chrome

    assert not is_chrome("Correctional officers said on Monday that twelve inmates had escaped.")
    assert is_chrome("Correction: an earlier version of this story misspelt a name.")
    assert is_chrome("Read more:Libya's long road to elections")


def test_a_social_post_s_hashtags_after_its_stop_leave_its_sentence_news(make_corpus):
    """A ministry's post: "Office | text. #Tag" - the hashtags after the stop are a sentence of their
    own, so the post's sentence ends as prose does (with them it ended in a hashtag, no stop, and
    its bar made it a label's line: no row)."""
    text = "The Public Prosecution | The Attorney General ordered today the detention of the former minister. #Justice"
    assert [text[a:b] for a, b in split_sentences(text)][-1] == "#Justice"
    rows = _rows(make_corpus, "---\ntitle: Post\nsource: Public Prosecution (Facebook)\npublished: 2041-03-06\n---\n"
                              + text + " #Libya\n")
    assert [d for d, _ in rows] == ["2041-03-06"]


PARAGRAPH_AND_CREDIT = """---
title: Who is the new envoy?
source: Harbour Post (translated from Arabic)
published: 2047-02-15
---
Tripoli – Harbour Post
Who is Jane Roe, the new UN envoy to Libya?
The Chilean diplomat Jane Roe, whom the UN Secretary-General chose on Wednesday to succeed Mr. John Doe, is little known to Libyans, but she spent two decades mediating between rival parties in her own country. Political sources told Harbour Post that she is expected in Tripoli next month and that her first visit will be to Benghazi.
(Photo: Jane Roe – UN)
Share: Facebook | X | WhatsApp
"""


def test_a_paragraph_of_prose_before_a_pictures_credit_is_no_caption(make_corpus):
    """A picture's credit on the line after a paragraph makes a short line a caption, not a paragraph of
    prose: its dated statements stay rows."""
    rows = _rows(make_corpus, PARAGRAPH_AND_CREDIT)
    assert ("2047-02-13", next(t for _, t in rows if t.startswith("The Chilean diplomat"))) in rows
    assert any(t.startswith("Political sources") for _, t in rows)
    assert not any("Photo" in t for _, t in rows)
