"""Kinds of dated rows on texts written for these tests in several outlet styles.

A past event a news report names in passing is `background` in whatever grammatical form it
is named (a date modifying a noun, a participle, a relative clause, a past told in a main
clause long before the news); a date that opens its sentence sets the narrative's time and
stays an `event`; a state that began is an `onset`; a plan is `scheduled`.
"""

from __future__ import annotations

import pytest

from libyadesk.corpus import load_corpus
from libyadesk.index import build_index
from libyadesk.timeline import extract_events


def _page(source: str, published: str, body: str) -> str:
    return f"---\ntitle: Report\nsource: {source}\npublished: {published}\n---\n{body}"


WIRE = _page("Coast Wire", "2024-06-12", """TRIPOLI, June 11 (Coast Wire) - Armed groups clashed in the Libyan capital on Tuesday, killing at least six people, a health ministry official said.

The UN mission urged the rivals to return to talks that are due to resume in Geneva next week.

Libya has had little stability since the 2011 NATO-backed uprising that toppled Muammar Gaddafi.

The country split in 2014 between rival factions in the east and west.

The ceasefire agreed in October 2020 has largely held.

The accord struck in Skhirat in 2015 created the Presidential Council.

Elections planned for December 2021 were never held.

The parliament, chosen in 2014, has since extended its own mandate.

(Reporting by Jane Roe; Editing by John Doe)
""")

ANALYSIS = _page("Policy Review", "2023-03-15", """The House of Representatives, which was elected in 2014, named a rival prime minister on 10 February 2022.

Fathi Bashagha, appointed by the House in February 2022, failed to enter Tripoli in May 2022.

The 2015 Skhirat agreement remains the legal basis of the UN mission.

The October 2020 ceasefire has held, but the foreign fighters it ordered out remain.

Abdoulaye Bathily, the UN envoy, is expected to present a new plan to the Security Council later this month.

The envoy said on Monday that the two chambers should agree on the electoral laws by June.
""")

PRESS_RELEASE = _page("United Nations", "2025-01-25", """NEW YORK – The Secretary-General announced on Friday the appointment of Jane Roe of Ghana as his Special Representative for Libya.

Ms. Roe succeeds John Doe of Senegal, who stepped down in April 2024.

Ms. Roe has served as the Secretary-General's envoy to the Sahel since 2022.

She will take up her post in Tripoli in February.

The Mission, established by the Security Council in September 2011, supports the political process.
""")

TRANSLATED = _page("Libya Gazette", "2024-02-05", """The head of the Presidential Council, Mohamed al-Menfi, received on Sunday evening the Italian ambassador to Libya, at the council's headquarters in Tripoli.

Al-Menfi stressed the importance of building on the outcomes of the Berlin conference held in January 2020.

The two sides discussed preparations for the national reconciliation conference, which is scheduled to be held in Sirte on April 28.

This comes after the High Council of State rejected on Thursday the electoral laws issued by the House of Representatives in October.

It is worth noting that the 2018 Palermo conference failed to unify the country's institutions.
""")

ADVISORY = _page("Risk Desk", "2025-05-14", """- Heavy clashes erupted in Tripoli on the evening of 12 May following the killing of an armed group leader.
- The airport is expected to reopen on 16 May, pending a security assessment.
- Similar fighting in August 2022 killed 32 people in the capital.
- Clients should review travel plans ahead of the 20 May holiday.
""")

THINK_TANK = _page("Mediterranean Institute", "2021-09-30", """Turkish drones struck an air base near the border on Monday, the institute's monitors found.

The 2019 offensive on Tripoli reshaped the country's alliances.

Since the offensive collapsed in June 2020, Turkey has kept troops at the al-Watiya air base.

Russia, which sent Wagner contractors to the front in September 2019, kept them in the south.

A decade after the fall of Gaddafi in 2011, the state remains divided.

The ceasefire, which was signed in Geneva on 23 October 2020, demanded the departure of all foreign forces.

Elections are scheduled for 24 December 2021, and the Berlin process will meet again in October.

In 2014, the war split the capital's armed groups.
""")


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    root = tmp_path_factory.mktemp("kinds")
    for name, text in {"wire": WIRE, "analysis": ANALYSIS, "release": PRESS_RELEASE, "translated": TRANSLATED,
                       "advisory": ADVISORY, "thinktank": THINK_TANK}.items():
        (root / f"{name}.md").write_text(text, encoding="utf-8")
    events = extract_events(build_index(load_corpus(root).documents))
    return {(e.doc, e.text[:20], e.date, e.kind) for e in events}


@pytest.mark.parametrize("doc,start,date,kind", [
    # a past named in passing, in each grammatical form
    ("wire", "The country split in", "2014", "background"),  # a past main clause long before the news
    ("advisory", "- Similar fighting i", "2022-08", "background"),  # ... whose subject opens the sentence
    ("wire", "The ceasefire agreed", "2020-10", "background"),  # a noun and its participle
    ("wire", "The accord struck in", "2015", "background"),  # ... an irregular participle
    ("translated", "Al-Menfi stressed th", "2020-01", "background"),  # "the conference held in"
    ("wire", "The parliament, chos", "2014", "background"),  # a participle set off by commas
    ("analysis", "Fathi Bashagha, appo", "2022-02", "background"),  # ... with its agent
    ("release", "The Mission, establi", "2011-09", "background"),
    ("analysis", "The House of Represe", "2014", "background"),  # a relative clause
    ("release", "Ms. Roe succeeds Joh", "2024-04", "background"),
    ("thinktank", "Russia, which sent W", "2019-09", "background"),  # ... with an irregular past
    ("thinktank", "The ceasefire, which", "2020-10-23", "background"),
    ("analysis", "The October 2020 cea", "2020-10", "background"),  # a month and year modifying a noun
    ("analysis", "The 2015 Skhirat agr", "2015", "background"),  # a year modifying a noun
    ("thinktank", "The 2019 offensive o", "2019", "background"),
    ("translated", "It is worth noting t", "2018", "background"),
    ("thinktank", "A decade after the f", "2011", "background"),  # "after the fall of ... in 2011"
    # the news itself, and a date opening its sentence, are events
    ("wire", "TRIPOLI, June 11 (Co", "2024-06-11", "event"),
    ("analysis", "Fathi Bashagha, appo", "2022-05", "event"),
    ("analysis", "The envoy said on Mo", "2023-03-13", "event"),
    ("translated", "The head of the Pres", "2024-02-04", "event"),
    ("translated", "This comes after the", "2024-02-01", "event"),
    ("advisory", "- Heavy clashes erup", "2025-05-12", "event"),
    ("thinktank", "In 2014, the war spl", "2014", "event"),
    # states that began, and plans
    ("wire", "Libya has had little", "2011", "onset"),
    ("release", "Ms. Roe has served a", "2022", "onset"),
    ("thinktank", "Since the offensive ", "2020-06", "onset"),
    ("wire", "The UN mission urged", "2024-W25", "scheduled"),
    ("wire", "Elections planned fo", "2021-12", "scheduled"),
    ("analysis", "Abdoulaye Bathily, t", "2023-03", "scheduled"),
    ("analysis", "The envoy said on Mo", "2023-06", "scheduled"),
    ("release", "She will take up her", "2025-02", "scheduled"),
    ("translated", "The two sides discus", "2024-04-28", "scheduled"),
    ("advisory", "- The airport is exp", "2025-05-16", "scheduled"),
    ("advisory", "- Clients should rev", "2025-05-20", "scheduled"),
    ("thinktank", "Elections are schedu", "2021-12-24", "scheduled"),
    ("thinktank", "Elections are schedu", "2021-10", "scheduled"),
])
def test_each_dated_statement_has_its_kind(rows, doc, start, date, kind):
    assert (doc, start, date, kind) in rows, sorted(r for r in rows if r[0] == doc and r[1] == start)


def test_a_credit_line_gives_no_row(rows):
    assert not any(r[1].startswith("(Reporting") for r in rows)


def test_a_history_keeps_its_past_as_events(make_corpus):
    # no row near its publication: a portrait tells its past as its story
    text = _page("Lives Weekly", "2024-06-12", "Omar Salem was born in 1950.\n\nThe country split in 2014, and he "
                 "fled to Tunis.\n\nThe accord struck in Skhirat in 2015 brought him home.\n")
    rows = {(e.date, e.kind) for e in extract_events(build_index(load_corpus(make_corpus({"p.md": text})).documents))}
    assert {("2014", "event"), ("2015", "event")} <= rows


@pytest.mark.parametrize("sentence", [
    "The talks collapsed on Monday.",  # a noun and a past verb opening the sentence: its subject and verb
    "The island's government said on Monday it would suspend asylum claims.",
    "Libya's coastguard intercepted a boat on Monday, the ministry said.",
])
def test_a_subject_and_its_verb_are_no_participle(make_corpus, sentence):
    text = _page("Coast Wire", "2024-06-12", sentence + "\n")
    rows = [(e.date, e.kind, e.dated_by) for e in extract_events(build_index(load_corpus(make_corpus({"s.md": text})).documents))]
    assert rows == [("2024-06-10", "event", "relative")]
