"""Dated events: the bundled corpus against the gold file, other styles, merging, filters, CLI."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest
from typer.testing import CliRunner

from helpers import bench_script, record_calls
from libyadesk.cli import app
from libyadesk.corpus import load_corpus
from libyadesk.dates import parse_bound
from libyadesk.index import build_index
from libyadesk.timeline import TimelineFilter, extract_events, timeline

runner = CliRunner()


def test_bundled_corpus_meets_the_gold_file():
    r = bench_script("eval_timeline").evaluate()
    assert r["precision"] >= 0.95, r["spurious"] + r["wrong"]
    assert r["recall"] >= 0.95, r["missed"] + r["wrong"]
    assert r["boilerplate_events"] == 0, r["boilerplate"]


def test_seed_events_resolve_relative_dates(bundled_index):
    events = {e.text[:40]: e for e in extract_events(bundled_index)}
    thursday = next(e for k, e in events.items() if k.startswith("On Thursday, Libya’s UK ambassador"))
    assert (thursday.date, thursday.precision, thursday.dated_by) == ("2024-05-16", "day", "relative")
    assert "martin-longden" in thursday.actors and "khalifa-haftar" in thursday.actors
    lead = next(e for k, e in events.items() if k.startswith("Lieutenant General Khaled"))
    assert (lead.date, lead.dated_by) == ("2025-12-07", "publication")
    assert "khaled-haftar" in lead.actors and "khalifa-haftar" not in lead.actors


WIRE = """---
title: Haftar to meet Italian envoy
source: Wire One
published: 2025-03-05
---
BENGHAZI, March 5 - Khalifa Haftar will meet Italy's envoy on Friday, his office said.

The talks follow a visit to Rome last month by a delegation of the eastern government.

Migrant departures have fallen for two years, officials said.

Crossings rose 20% in January compared with 2024.
"""

ANALYSIS = """---
title: The Minsk connection
source: Gulf Analysis
published: 2025-02-20
---
Field Marshal Khalifa Hifter met President Alexander Lukashenko in Minsk on 18 February 2025, a visit that alarmed NATO.
"""

RISK = """---
title: Haftars in Belarus
source: Risk Desk
published: 2025-02-25
---
On 18 February 2025, Khalifa Haftar held talks with Lukashenko in Minsk, raising concerns in NATO capitals.

On 18 February 2025, the Central Bank of Libya announced a new exchange rate.
"""


@pytest.fixture
def styled_index(make_corpus):
    root = make_corpus({"wire.md": WIRE, "analysis.md": ANALYSIS, "risk.md": RISK})
    return build_index(load_corpus(root).documents)


def test_other_styles(styled_index):
    by_text = {e.text.split(",")[0][:30]: e for e in extract_events(styled_index)}
    friday = next(e for e in extract_events(styled_index) if "on Friday" in e.text)
    assert friday.date == "2025-03-07"  # "will meet on Friday": the future Friday, not the past one
    rome = next(e for e in extract_events(styled_index) if "last month" in e.text)
    assert rome.date == "2025-02"
    assert not any("for two years" in e.text for e in extract_events(styled_index))
    january = next(e for e in extract_events(styled_index) if "January" in e.text)
    assert january.date == "2025-01"  # not 2024, which is a comparison
    assert by_text  # the fixture produced events


def test_one_event_reported_by_two_outlets_is_merged(styled_index):
    events = timeline(styled_index)
    minsk = [e for e in events if e.date == "2025-02-18" and "khalifa-haftar" in e.actors]
    assert len(minsk) == 1
    assert [s.doc for s in minsk[0].sources] == ["analysis", "risk"]
    assert minsk[0].doc == "analysis"  # the earliest source's document
    bank = [e for e in events if "Central Bank" in e.text]
    assert len(bank) == 1 and len(bank[0].sources) == 1  # same day, other actors: not merged


def test_since_keeps_overlapping_coarse_dates(bundled_index):
    today = datetime.date(2026, 11, 23)
    events = timeline(bundled_index, TimelineFilter(since=parse_bound("2024", today)))
    assert events and all(e.bounds[1] >= datetime.date(2024, 1, 1) for e in events)
    assert not any(e.date.startswith(("2011", "2013", "2023")) for e in events)
    assert any(e.date == "2024-H1" for e in events)
    until = timeline(bundled_index, TimelineFilter(until=parse_bound("2023", today)))
    assert until and all(e.bounds[0] <= datetime.date(2023, 12, 31) for e in until)


def test_events_are_chronological(bundled_index):
    starts = [e.bounds[0] for e in timeline(bundled_index)]
    assert starts == sorted(starts)


# --- command line -----------------------------------------------------------------------


def test_timeline_json_contract():
    result = runner.invoke(app, ["timeline", "--since", "2024", "--json"])
    assert result.exit_code == 0
    events = json.loads(result.stdout)["events"]
    assert events
    for e in events:
        assert set(e) >= {"date", "precision", "doc", "text", "actors", "source", "dated_by", "sources"}
        assert e["dated_by"] in {"stated", "relative", "publication"}
        assert e["sources"][0]["doc"] == e["doc"]
        assert int(e["date"][:4]) >= 2024


def test_timeline_filters():
    result = runner.invoke(app, ["timeline", "--actor", "Lukashenko", "--json"])
    events = json.loads(result.stdout)["events"]
    assert result.exit_code == 0 and events
    assert all("Aleksandr Lukashenko" in e["actors"] for e in events)
    result = runner.invoke(app, ["timeline", "--query", "Frontex", "--json"])
    assert all("Frontex" in e["text"] for e in json.loads(result.stdout)["events"])
    result = runner.invoke(app, ["timeline", "--doc", "2025-12", "--limit", "1", "--json"])
    events = json.loads(result.stdout)["events"]
    assert len(events) == 1 and events[0]["doc"].startswith("2025-12-07")


def test_timeline_csv_and_markdown():
    result = runner.invoke(app, ["timeline", "--since", "2025", "--csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0 and rows and rows[0]["date"] >= "2025"
    assert "Dispatch Risk" in rows[0]["sources"]
    result = runner.invoke(app, ["timeline", "--since", "2025", "--markdown"])
    assert result.stdout.startswith("- **2025-02-18** — On 18 February 2025")
    assert "(Dispatch Risk, 2025-02, `2025-02-dispatch-risk-haftars-in-belarus-nato-eu-concerns`)" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--since", "tomorrow", "--until", "2001"],
        ["--since", "2025-13-45"],
        ["--until", "the day after never"],
        ["--limit", "0"],
        ["--actor", "Zorro Nobody"],
    ],
)
def test_timeline_bad_input(args):
    result = runner.invoke(app, ["timeline", *args])
    assert result.exit_code in (1, 2)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_no_events_in_range_exits_1():
    result = runner.invoke(app, ["timeline", "--since", "2030", "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"total": 0, "offset": 0, "events": []}


@pytest.mark.parametrize("since,until", [("2024", None), ("2025-02", None), (None, "2024-12"), ("2024-05", "2025-02")])
def test_a_date_range_reads_its_years_and_keeps_the_same_events(bundled_index, since, until):
    from libyadesk.timeline import all_events

    today = datetime.date(2026, 1, 1)
    lo = parse_bound(since, today) if since else None
    hi = parse_bound(until, today) if until else None
    everything = all_events(bundled_index)
    expected = [e for e in everything
                if (lo is None or e.bounds[1] >= lo[0]) and (hi is None or e.bounds[0] <= hi[1])]
    assert expected and len(expected) < len(everything)
    assert timeline(bundled_index, TimelineFilter(since=lo, until=hi)) == expected


def test_a_long_timeline_prints_as_wrapped_lines_with_its_first_sources():
    from rich.console import Console

    from libyadesk import render
    from libyadesk.models import Citation
    from libyadesk.timeline import Event

    sources = [Citation(f"doc-{i}-with-a-long-identifier-" + "x" * 60, "Wire", "2024-05-0%d" % (i + 1), None)
               for i in range(5)]
    events = [Event(f"2024-05-{1 + i % 28:02d}", "day", "relative" if i % 2 else "stated", "doc-0", i,
                    "Haftar met the delegation in Benghazi " * 6 + f"number {i}.", ["khalifa-haftar"], sources,
                    ["Khalifa Haftar"]) for i in range(250)]
    console = Console(width=80, record=True, file=io.StringIO(), color_system=None)
    console.print(render.timeline_table(events), crop=False)  # as cli.print_result does
    lines = console.export_text().splitlines()
    assert lines[0] == f"{len(events)} events"
    assert all(len(line.rstrip()) <= 80 for line in lines if "-with-a-long-identifier-" not in line)
    assert sum(line.startswith("2024-05-") for line in lines) == len(events)
    assert sum("number 7." in line for line in lines) == 1
    assert sum("+ 2 more (--json lists all)" in line for line in lines) == len(events)
    ids = [c.doc for c in sources[:3]]
    assert sum(line.strip() in ids for line in lines) == 3 * len(events)  # ids whole, never folded


# A page as a news site serves it: notices, byline, counters, captions, a dateline, a link
# list, a citation in brackets, a repeated headline, and prose with every kind of dated row.
PAGE = """---
title: Coastguard intercepts boat off Zuwara
source: Harbour Post
published: 2023-03-10
---
This article is more than 2 years old

By Staff Reporter

1,532 Views

Misrata, 10 March 2023:

Coastguard intercepts boat off Zuwara

On Thursday, the coastguard intercepted a boat carrying 80 migrants off Zuwara, the navy said.

Protesters gather in Martyrs' Square in Tripoli, March 3, 2023.
Photo: Jane Roe/AFP

FILE - A tanker docks at the Zawiya terminal on June 2, 2022.

Municipal elections are set for 24 December, the electoral commission said.

Harbour director Salem Fituri has led the port authority since October 2019.

Residents recalled the sieges that followed the 2011 uprising.

The smuggling networks were first mapped by researchers (see Desert Monitor, 23 February 2012).

Today, Ghat is a quiet oasis town on the Algerian border.

The ministry presented its Vision 2030 for the southern ports, and the convoy left Sirte at 1900 GMT.

- Rival Militias Clash Near Tripoli Airport
- Central Bank Names New Board After Months of Dispute

Coastguard intercepts boat off Zuwara
"""


@pytest.fixture
def page_index(make_corpus):
    return build_index(load_corpus(make_corpus({"page.md": PAGE})).documents)


def test_rows_come_from_prose_not_from_the_page_around_it(page_index):
    texts = [e.text for e in extract_events(page_index)]
    for chrome in ("more than 2 years old", "Staff Reporter", "Views", "Misrata, 10 March", "Martyrs' Square",
                   "FILE", "Desert Monitor", "Ghat", "Vision 2030", "Rival Militias", "Central Bank"):
        assert not any(chrome in t for t in texts), (chrome, texts)
    assert sum(t.startswith("On Thursday, the coastguard") for t in texts) == 1


def test_each_row_has_its_kind_and_the_date_of_what_it_states(page_index):
    rows = {e.text.split(",")[0].split(" since")[0][:30]: (e.date, e.kind) for e in extract_events(page_index)}
    assert rows["On Thursday"] == ("2023-03-09", "event")
    assert rows["Municipal elections are set fo"] == ("2023-12-24", "scheduled")
    assert rows["Harbour director Salem Fituri "] == ("2019-10", "onset")
    assert rows["Residents recalled the sieges "] == ("2011", "background")


def test_timeline_filters_by_kind(page_index):
    kinds = {e.kind for e in timeline(page_index, TimelineFilter(kinds=frozenset({"onset", "scheduled"})))}
    assert kinds == {"onset", "scheduled"}


def test_cli_timeline_kind_option_and_json_key(make_corpus):
    root = make_corpus({"page.md": PAGE})
    result = runner.invoke(app, ["timeline", "--corpus", str(root), "--kind", "onset", "--json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    assert [(e["kind"], e["date"]) for e in events] == [("onset", "2019-10")]
    bad = runner.invoke(app, ["timeline", "--corpus", str(root), "--kind", "rumour"])
    assert bad.exit_code == 2 and "--kind 'rumour'" in bad.output


def test_a_weekday_in_a_month_dated_article_stays_in_that_month(make_corpus):
    root = make_corpus({"m.md": "---\npublished: 2022-02\n---\nThe assembly elected a new speaker on Tuesday, officials said.\n"})
    [event] = extract_events(build_index(load_corpus(root).documents))
    assert (event.date, event.precision) == ("2022-02", "month")  # not January, from the 1st


NARRATIVE_PAGE = """---
title: Siege of the ministry
source: Coast Courier
published: 2024-03-14
---
Gunmen stormed the interior ministry in Tripoli on 9 March, officials said.

The previous day, the minister had ordered the arrest of a militia commander.

Two days later, at 9:00 p.m., the gunmen withdrew under a deal brokered by elders.

A caption-free photo of the ministry, 1 March 2024.
"""


def test_relative_expressions_follow_the_narrative(make_corpus):
    index = build_index(load_corpus(make_corpus({"n.md": NARRATIVE_PAGE})).documents)
    dates = {e.text[:16]: e.date for e in extract_events(index)}
    assert dates["Gunmen stormed t"] == "2024-03-09"
    assert dates["The previous day"] == "2024-03-08"
    assert dates["Two days later, "] == "2024-03-11"  # the clock time attaches to that day
    assert not any(t.startswith("A caption") for t in dates)


def test_a_sentence_with_several_dated_clauses_gives_a_row_each(make_corpus):
    text = "---\npublished: 2024-05-20\n---\nThe colonel was jailed in 2012, tried in 2014 and freed in 2016, his lawyer said.\n"
    events = extract_events(build_index(load_corpus(make_corpus({"a.md": text})).documents))
    assert [e.date for e in events] == ["2012", "2014", "2016"]
    assert len({e.text for e in events}) == 1  # each row cites the whole sentence


OUTLET_A = """---
title: Commander orders march on capital
source: Desert Wire
published: 2024-04-05
---
Eastern commander Salem Fituri on Thursday ordered his forces to march on the capital, raising fears of a new war.

The oil terminal at Ras Jadir was shut down by protesters in February, halting exports.
"""
OUTLET_B = """---
title: Fituri moves on Tripoli
source: Sahel Times
published: 2024-04-06
---
Salem Fituri ordered his fighters on Thursday to march on the capital Tripoli, his office said.

Protesters shut down the Ras Jadir oil terminal in September 2023, cutting exports.
"""
WIRE_COPY = """---
title: Commander orders march on capital
source: Coastal Daily (wire)
published: 2024-04-05
---
Eastern commander Salem Fituri on Thursday ordered his forces to march on the capital, raising fears of a new war.
"""


def test_reports_of_one_event_merge_across_outlets_and_wire_copies_keep_all_sources(make_corpus):
    root = make_corpus({"a.md": OUTLET_A, "b.md": OUTLET_B, "c.md": WIRE_COPY})
    events = timeline(build_index(load_corpus(root).documents))
    march = [e for e in events if "march on the capital" in e.text]
    assert len(march) == 1 and march[0].date == "2024-04-04"
    assert sorted(s.doc for s in march[0].sources) == ["a", "b", "c"]
    assert all(s.text for s in march[0].sources)  # each source cites its own sentence
    # Two shutdowns of one terminal, months apart, stay two rows.
    assert sorted(e.date for e in events if "Ras Jadir" in e.text) == ["2023-09", "2024-02"]


def test_an_undated_lead_that_restates_a_dated_body_event_takes_its_date(make_corpus):
    text = """---
title: Port reopens
source: Harbour Post
published: 2024-06-12
---
Libyan authorities reopened the Zuwara port to fishing boats, ending a closure ordered by the coastguard.

The coastguard reopened the Zuwara port to fishing boats on Monday after a month-long closure, the harbour master said.
"""
    events = timeline(build_index(load_corpus(make_corpus({"p.md": text})).documents))
    assert len(events) == 1
    assert (events[0].date, events[0].dated_by) == ("2024-06-10", "relative")
    assert len(events[0].sources) == 2


def test_merging_compares_each_event_with_those_of_its_dates_only(monkeypatch):
    from libyadesk.models import Citation
    from libyadesk.timeline import Event, merge_events
    import libyadesk.timeline as tl

    calls = record_calls(monkeypatch, tl, "same_event", lambda a, b: a.doc)

    events = [Event(f"2020-{1 + i % 12:02d}-{1 + i // 12 % 28:02d}", "day", "stated", f"d{i}", 0,
                    f"{i:x} ".join("abcdefgh") * 3, actors=["x"], sources=[Citation(f"d{i}", "s", "2020")],
                    words=["event", f"w{i}"]) for i in range(2000)]
    merged = merge_events(events)
    assert len(merged) == 2000
    assert len(calls) < 2000 * 10  # about 6 events share a day: not 2000 x 2000 comparisons


def test_standfirsts_ranges_and_comparisons(make_corpus):
    text = """---
title: Oil output falls
source: Harbour Post
published: 2024-06-12
---
Output fell two days after rival forces closed the terminal, officials say

Oil output fell on Monday after rival forces closed the Zawiya terminal, officials said.

Exports peaked in late 2019 and early 2020, the company said.

The clashes were the fiercest since the 2011 uprising that toppled the old regime.

Elections that were planned for December never took place.

Output in the first six months of 2024 fell by a third.
"""
    rows = {(e.text[:12], e.date, e.kind) for e in extract_events(build_index(load_corpus(make_corpus({"o.md": text})).documents))}
    assert not any(t.startswith("Output fell ") for t, _, _ in rows)  # a standfirst
    assert {d for t, d, _ in rows if t.startswith("Exports")} == {"2019-H2"}  # one row for the range
    assert ("The clashes ", "2011", "background") in rows  # a comparison, and the uprising named in passing
    assert ("Elections th", "2023-12", "scheduled") in rows  # planned in the past, for the past December
    assert ("Output in th", "2024-H1", "event") in rows


def test_reports_that_name_a_past_event_only_by_its_year_merge_by_actor_and_kind_of_event(make_corpus):
    a = "---\nsource: A\npublished: 2024-01-10\n---\nThe country has been unstable since the 2011 uprising that toppled Muammar Gaddafi.\n"
    b = "---\nsource: B\npublished: 2024-02-11\n---\nChaos followed the 2011 revolt that ousted Muammar Gaddafi, analysts said.\n"
    c = "---\nsource: C\npublished: 2024-03-12\n---\nMuammar Gaddafi visited Rome in 2011 for talks on migration.\n"
    rows = [e for e in timeline(build_index(load_corpus(make_corpus({"a.md": a, "b.md": b, "c.md": c})).documents))
            if e.date == "2011"]
    assert sorted(len(e.sources) for e in rows) == [1, 2]  # the uprising twice; the visit apart


def test_since_then_is_an_onset_at_the_narratives_date_and_terms_in_brackets_are_background(make_corpus):
    text = """---
source: Harbour Post
published: 2024-06-12
---
Rebel units launched an offensive on the port on 3 March 2022. Since then, clashes have spread to the south.

Salma Idris, previously transport minister [2015–2018], was named envoy on Monday.

The route was first mapped by smugglers (see Desert Monitor, 23 February 2012).
"""
    rows = {(e.text[:12], e.date, e.kind) for e in extract_events(build_index(load_corpus(make_corpus({"s.md": text})).documents))}
    assert ("Since then, ", "2022-03-03", "onset") in rows
    # A term of office in brackets names the past in passing: a background row, still dated.
    assert ("Salma Idris,", "2015", "background") in rows and ("Salma Idris,", "2024-06-10", "event") in rows
    assert not any(t.startswith("The route") for t, _, _ in rows)


def test_an_undated_article_dates_its_weekdays_around_the_date_its_page_shows(make_corpus):
    text = """---
title: Island suspends asylum claims
source: Island Desk
---
Migrants rest at the port of Agia, Crete, Monday, July 7, 2025. Credit: Jane Roe

The government said Wednesday it would suspend asylum claims for three months.
"""
    events = extract_events(build_index(load_corpus(make_corpus({"u.md": text})).documents))
    assert [(e.date, e.dated_by) for e in events] == [("2025-07-09", "relative")]


def test_a_participle_set_off_by_commas_names_a_past_in_passing(make_corpus):
    text = "---\npublished: 2024-06-12\n---\nThe assembly, elected in 2014, voted on Monday to dismiss the cabinet.\n"
    rows = {(e.date, e.kind) for e in extract_events(build_index(load_corpus(make_corpus({"p.md": text})).documents))}
    assert rows == {("2014", "background"), ("2024-06-10", "event")}


def test_a_short_sentence_of_names_is_an_event_and_a_dateline_is_not():
    from libyadesk.models import Document

    text = (
        "BENGHAZI, March 2 (Wire) -\n\n"
        "On Tuesday, Jane Roe met Omar Tarhuni in Benghazi.\n\n"
        "On Thursday, Haftar visited Moscow.\n\n"
        "Updated March 2, 2024 at 10:15 GMT\n"
    )
    doc = Document("short", text, "short.md", published="2024-03-02", source="Wire")
    rows = {e.date: e.text for e in extract_events(build_index([doc]))}
    assert rows == {
        "2024-02-27": "On Tuesday, Jane Roe met Omar Tarhuni in Benghazi.",
        "2024-02-29": "On Thursday, Haftar visited Moscow.",
    }


def _kinds(sentence: str, ref: datetime.date) -> list[tuple[str, str]]:
    from libyadesk.dates import extract_dates
    from libyadesk.timeline import dated_clauses

    return [(e.value, k) for _, e, k in dated_clauses(sentence, [(e.start, e) for e in extract_dates(sentence, ref)])]


@pytest.mark.parametrize("sentence,kinds", [
    # a range opened by "from" dates its clause
    ("From March to August 9th, 2023, the agency counted 7,000 landings.", [("2023-03", "event")]),
    # "By Tuesday," opening the sentence is the time reached, not a deadline
    ("By Tuesday, the mayor said the streets were calm again.", [("2024-06-11", "event")]),
    # a deadline in a clause about the future is planned
    ("The ministry plans to finish the new terminal by the spring of 2025.", [("2025-SP", "scheduled")]),
    ("The port stayed shut until March.", []),
    ("The referendum was pushed back until next year.", [("2025", "scheduled")]),
    # a year naming a past event stays background whatever word comes before it
    ("He has served every ruler, from the 1969 coup to the 2011 revolt.", [("1969", "background"), ("2011", "background")]),
    # a year in brackets is a term of office or a law's year: background
    ("Omar Salem, finance minister [2016–2019], chairs the panel.", [("2016", "background")]),
    # "since" opening a clause a few words before the date, and "from ... onwards": onsets
    ("The ferry has not sailed since storms in 2021 wrecked the quay.", [("2021", "onset")]),
    ("The court may try crimes committed from 3 March 2016 onwards.", [("2016-03-03", "onset")]),
    # a named event after "since" is the event ("since the fall of the regime in 2011")
    ("Since the fall of the regime in 2011, the town has changed hands twice.", [("2011", "event")]),
    # an opening "After X in 2014," before a perfect of state: something began then
    ("After disputed polls in 2014, the country has been split in two.", [("2014", "onset")]),
    # a multiple compares: the date is the comparison's term
    ("Arrivals were nearly triple the number recorded in 2022.", []),
    # a "tomorrow" inside quoted speech promises; outside it, it is scheduled
    ("“We will march on the capital tomorrow,” the commander said.", []),
    ("The commander will march on the capital tomorrow, aides said.", [("2024-06-13", "scheduled")]),
])
def test_kinds_of_dated_clauses(sentence, kinds):
    assert _kinds(sentence, datetime.date(2024, 6, 12)) == kinds


@pytest.mark.parametrize("sentence,kinds", [
    # wire: a past verb of agreement governs a plan
    ("The rival delegations agreed in Geneva to hold a second round of talks on 30 June.", [("2024-06-30", "scheduled")]),
    # press release: an object between the verb of intention and its infinitive
    ("The Mission urged all parties to finalise the electoral laws by the end of September.", [("2024-09", "scheduled")]),
    # risk advisory: "is due to" with a passive infinitive
    ("The handover of the oil terminal is due to be completed on Friday, sources said.", [("2024-06-14", "scheduled")]),
    # analysis: a pluperfect plan that never happened is still a plan for then
    ("Haftar's commanders had expected to enter the capital by April 2019.", [("2019-04", "scheduled")]),
    # translated outlet: "ahead of" a dated meeting
    ("The Presidential Council met the tribal elders ahead of the 20 July conference in Sirte.", [("2024-07-20", "scheduled")]),
    # not plans: "to" opening a noun phrase, an achievement verb, a purpose after the date,
    # a date that points back by its own words
    ("The two camps agreed to a truce on Monday.", [("2024-06-10", "event")]),
    ("Government forces managed to retake the airport on Sunday.", [("2024-06-09", "event")]),
    ("The envoy flew to Cairo on Sunday to meet the speaker.", [("2024-06-09", "event")]),
    ("A division that seemed set to end last March has returned.", [("2024-03", "event")]),
])
def test_a_date_inside_an_infinitive_of_intention_is_scheduled(sentence, kinds):
    assert _kinds(sentence, datetime.date(2024, 6, 12)) == kinds


@pytest.mark.parametrize("sentence,kinds", [
    # a relative clause whose verb is one of beginning: wire, analysis, advisory, translated
    ("The siege of the town, which began on 3 June, has cut off its fuel supplies.", [("2024-06-03", "onset")]),
    ("Fighting that erupted in April 2019 has displaced more than 100,000 people.", [("2019-04", "onset")]),
    ("The war, which the UN says broke out in April 2023, continues to disrupt trade routes.", [("2023-04", "onset")]),
    ("The blockade of the oil ports, which started in January, has cost the treasury billions.", [("2024-01", "onset")]),
    # "since" before a clause with a determiner and a past verb
    ("The brigade has held the crossing ever since its fighters seized it in 2017.", [("2017", "onset")]),
    ("Prices have doubled since the central bank devalued the dinar in January 2021.", [("2021-01", "onset")]),
    # "from" a date under a present perfect, with no other end of the range
    ("The envoy has served in the post from September 2023, the mission said.", [("2023-09", "onset")]),
    ("The company has been the sole buyer of the field's crude from 2019.", [("2019", "onset")]),
    # a process that began: a verb of beginning with no object, or with a gerund
    ("The unrest began on Monday night after a commander was shot.", [("2024-06-10", "onset")]),
    ("Haftar began sidelining his older lieutenants in 2020, diplomats say.", [("2020", "onset")]),
    ("Protests in the oil towns started last week, union leaders said.", [("2024-W23", "onset")]),
    # not onsets: a verb of beginning with an object (an act of launching), a range, a
    # named event after "since"
    ("In 2014 he started the operation against the militias.", [("2014", "event")]),
    ("The army began an offensive on the port on Sunday.", [("2024-06-09", "event")]),
    ("The coastguard has received 2,000 migrants from January to March.", [("2024-01", "event")]),
    ("Since the collapse of the truce in 2020, the militias have split.", [("2020", "event")]),
])
def test_onsets_told_by_the_clause(sentence, kinds):
    assert _kinds(sentence, datetime.date(2024, 6, 12)) == kinds


def test_page_chrome_in_several_styles_gives_no_row(make_corpus):
    text = """---
source: Desert Post
published: 2024-06-12
---
Militias clashed in the capital on Monday, killing four people, the ministry said.

Fighters loyal to the government ride a pickup truck in Tripoli on June 10, 2024.

A man walks past a burned-out car in the Abu Salim district on Monday.

Migrants sit on the deck of a rescue ship off Lampedusa, June 9.

Residents inspect the damaged market in Zawiya on 10 June 2024 (Jane Roe)

Also on our site: Rival cabinets trade blame over the May 2023 clashes

You may also like: How the 2019 war reshaped the capital

Omar Salem is a freelance journalist based in Tunis who has covered Libya since 2014.

Seven members of the council, including its head, arrived by boat from Tunisia on Monday.

A picture taken on June 10, 2024 shows smoke rising over the southern suburbs.

Smoke rises over the port of Derna in a photo released by the army media office on 3 May 2023.

A coast guard vessel is seen in Tripoli harbour on June 10, 2024.

Protesters gathered in Martyrs' Square on Tuesday.

The port was attacked by militias on Monday.

Dr Salma al-Fituri is a senior analyst at a Tunis think tank, and spent June 2023 in Sabha.
"""
    rows = {(e.date, e.text[:20]) for e in extract_events(build_index(load_corpus(make_corpus({"c.md": text})).documents))}
    assert rows == {("2024-06-10", "Militias clashed in "), ("2024-06-11", "Protesters gathered "),
                    ("2024-06-10", "The port was attacke"), ("2024-06-10", "Seven members of the")}


def test_a_noun_with_a_participle_opening_a_sentence_names_an_earlier_event(make_corpus):
    text = """---
source: Wire
published: 2024-06-12
---
Militias clashed in the capital on Monday, killing four people, the ministry said.

The ceasefire signed in Geneva in October 2020 has largely held until now.

A deal brokered by Egypt in March 2023 ended the standoff over the central bank.

The offensive launched in April 2019 failed to take the capital.

The group was launched last summer and aims to help returnees.
"""
    rows = {(e.text[:12], e.date, e.kind) for e in extract_events(
        build_index(load_corpus(make_corpus({"n.md": text})).documents))}
    assert {("The ceasefir", "2020-10", "background"), ("A deal broke", "2023-03", "background"),
            ("The offensiv", "2019-04", "background")} <= rows
    assert ("The group wa", "2023-SU", "event") in rows  # a passive within a year of the news


def test_a_state_held_for_the_past_years_began_that_long_before_publication(make_corpus):
    text = """---
source: Horn Review
published: 2025-02-20
---
The UN named a new envoy for Libya on Monday, the spokesman said.

She has served as special representative to the Horn of Africa for the past two years.

The brigade has been led by a former police officer for the last 18 months.

Its fighters have manned the checkpoint for the past three weeks, residents say.

Oil output has fallen over the past decade.

He spent the last three years in prison.
"""
    rows = {(e.text[:12], e.date, e.kind) for e in extract_events(
        build_index(load_corpus(make_corpus({"h.md": text})).documents))}
    assert ("She has serv", "2023", "onset") in rows
    assert ("The brigade ", "2023-08", "onset") in rows
    assert ("Its fighters", "2025-01-30", "onset") in rows
    # a vague period, and a span with no perfect, date nothing
    assert not any(t in ("Oil output h", "He spent the") for t, _, _ in rows)


def test_a_date_after_publication_is_scheduled_whatever_the_tense(make_corpus):
    text = """---
source: Desert Post
published: 2024-11-20
---
The electoral commission said on Monday that voters in the south registered in record numbers.

The presidential vote on 24 December is the first since 2014.

The commission announced a runoff in January 2025 for the two leading candidates.

Turnout in the municipal polls reached 60 percent in the spring of 2024.
"""
    rows = {(e.date, e.kind) for e in extract_events(build_index(load_corpus(make_corpus({"v.md": text})).documents))}
    assert ("2024-12-24", "scheduled") in rows  # a noun phrase in the present
    assert ("2025-01", "scheduled") in rows  # a past verb announcing what lies ahead
    assert ("2024-11-18", "event") in rows and ("2024-SP", "event") in rows


def test_a_past_told_long_before_the_news_is_background(make_corpus):
    text = """---
source: Gulf Monitor
published: 2024-06-12
---
The council said on Tuesday that it would review the budget of the port authority.

The authority was set up in 2013 to run the eastern terminals.

Its current chairman was appointed by the parliament in March 2022 and has since fired two deputies.

The port was briefly closed by protesters in April, the statement said.

In 2019, the authority was given new powers.

The chairman visited Rome in 2021, where he signed a deal on spare parts.
"""
    rows = {(e.text[:20], e.date, e.kind) for e in extract_events(
        build_index(load_corpus(make_corpus({"p.md": text})).documents))}
    assert ("The authority was se", "2013", "background") in rows
    assert ("Its current chairman", "2022-03", "background") in rows
    assert ("The port was briefly", "2024-04", "event") in rows  # within a year of the news
    assert ("In 2019, the authori", "2019", "event") in rows  # the date opens its sentence
    # an active past long before the news is context too (the gold's "background")
    assert ("The chairman visited", "2021", "background") in rows


def test_a_news_report_names_its_older_past_in_passing_as_background(make_corpus):
    news = """---
source: Coast Wire
published: 2024-06-12
---
The coastguard said on Monday that it had stopped 300 migrants off Zuwara.

The patrol used one of four boats donated by Malta in 2021.

The unit replaced a force whose commander had stepped down in January.

Smugglers had been arrested at the same beach in March 2023.

In 2019, the coastguard was given new powers.
"""
    portrait = """---
source: Lives Weekly
published: 2024-06-12
---
Omar Salem was born in 1950.

He trained as a pilot at an academy founded by the British in 1955.
"""
    rows = {(e.text[:20], e.date, e.kind) for e in extract_events(
        build_index(load_corpus(make_corpus({"news.md": news, "portrait.md": portrait})).documents))}
    assert ("The patrol used one ", "2021", "background") in rows  # "boats donated by Malta in 2021"
    assert ("The unit replaced a ", "2024-01", "background") in rows  # "had stepped down in January"
    assert ("Smugglers had been a", "2023-03", "background") in rows  # a past perfect
    assert ("In 2019, the coastgu", "2019", "event") in rows  # the date opens the sentence
    # A portrait has no news near its publication: its past is its story.
    assert ("He trained as a pilo", "1955", "event") in rows


def test_sentences_glued_without_a_space_are_split():
    from libyadesk.text import split_sentences

    t = "Residents were told to stay indoors for safety.By Tuesday, the streets were calm. See www.CoastWatch.org."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "Residents were told to stay indoors for safety.", "By Tuesday, the streets were calm.", "See www.CoastWatch.org."]


def _skipped(text: str) -> dict[str, str]:
    from libyadesk.models import Sentence
    from libyadesk.prose import not_prose
    from libyadesk.text import split_sentences

    sentences = [Sentence("d", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    return {sentences[i].text[:20]: why for i, why in not_prose(text, sentences).items()}


def test_a_deck_above_a_caption_is_not_the_lead_and_a_notice_runs_to_its_paragraphs_end():
    page = ("Port workers say the strike will spread to every terminal as talks stall in the capital.\n\n"
            "A crane stands idle at the port of Misrata, 2 May 2024 [File: Jane Roe/Reuters]\n\n"
            "Correction: The headline on this story has been corrected. An earlier version named the wrong port.\n\n"
            "Dock workers in Misrata walked out on Monday over unpaid wages, the union said.\n")
    skipped = _skipped(page)
    assert skipped.get("Port workers say the") == "standfirst"
    assert skipped.get("An earlier version n") == "chrome"
    assert "Dock workers in Misr" not in skipped
    # A lead followed by prose is a lead.
    assert "Port workers say the" not in _skipped(page.split("\n\n")[0] + "\n\n" + page.split("\n\n")[3])


def test_a_bulleted_item_without_a_stop_is_prose():
    page = ("Situation report:\n\n- On the evening of 3 May 2024, a commander was shot in Zawiya.\n\n"
            "- However, fighting resumed the evening of 4 May in two districts\n\n- Schools closed.\n")
    assert "- However, fighting " not in _skipped(page)


def test_a_lead_whose_dates_are_all_in_a_subordinate_clause_states_the_days_news(make_corpus):
    text = """---
source: Mission Wire
published: 2024-06-12
---
Tripoli – The mission presented the findings of its consultations on the new charter, which opened last Sunday in the capital.

Delegates met again on Monday to weigh the findings.
"""
    rows = sorted((e.date, e.dated_by, e.text[:12]) for e in extract_events(
        build_index(load_corpus(make_corpus({"m.md": text})).documents)))
    assert ("2024-06-09", "relative", "Tripoli – Th") in rows  # the consultations opened on Sunday
    assert ("2024-06-12", "publication", "Tripoli – Th") in rows  # the findings were presented today


def test_a_digests_entry_opened_by_a_span_of_days_is_an_entry_not_a_dateline(make_corpus):
    """"- 5–6 May: First round of talks ends without a deal" opens with a span of days as the digest's other
    entries open with a day: an entry, dated by its first day, not a dateline that dates nothing."""
    text = """---
source: Libya Month in Review
published: 2044-06-01
---
LIBYA MONTH IN REVIEW — May 2044
Politics
- 5–6 May: First round of talks between the two chambers in Ghadames ends without a deal.
- May 28-29: Second round in Ghadames: the two chambers agree on a unified government.
Security
- 14 May: A car bomb outside a police station in Ajdabiya injures three.
"""
    rows = sorted((e.date, e.text[:9]) for e in extract_events(
        build_index(load_corpus(make_corpus({"d.md": text})).documents)))
    assert rows == [("2044-05-05", "- 5–6 May"), ("2044-05-14", "- 14 May:"), ("2044-05-28", "- May 28-")]


def test_a_live_blogs_entries_marked_updated_are_each_the_days_news(make_corpus):
    """"Updated 17:45 - Now the brigade has clashed with ..." opens a live blog's entry as "17:45 –" does:
    each entry tells the day's news, not only the first."""
    text = """---
source: Libya Live Blog
published: 2044-03-10
---
Updated 11:20 - The 77th Brigade is fighting a local force in Gharyan this morning; residents report mortar fire.
Updated 17:45 - Now the same brigade has clashed with a local battalion in Tarhuna, officials in both towns said.
"""
    rows = sorted((e.date, e.text[:13]) for e in extract_events(
        build_index(load_corpus(make_corpus({"l.md": text})).documents)))
    assert rows == [("2044-03-10", "Updated 11:20"), ("2044-03-10", "Updated 17:45")]


def test_a_live_entry_that_tells_a_happening_as_a_state_is_the_days_news(make_corpus):
    """"14:40 Power is out across Tripoli" tells a blackout as it stands when the entry is written: in a
    live blog that is the day's news; "16:00 The city is calm" tells no happening."""
    text = """---
source: Libya Live Blog
published: 2044-07-28
---
Blackout – live
12:10 Traffic is heavy on the coastal road as families leave for the weekend.
14:40 Power is out across Tripoli, Misrata and Zawiya; traffic lights are dead in the city centre.
16:00 The city centre is calm and shops are open.
"""
    rows = sorted((e.date, e.text[:11]) for e in extract_events(
        build_index(load_corpus(make_corpus({"l.md": text})).documents)))
    assert rows == [("2044-07-28", "14:40 Power")]


def test_a_wire_lead_under_its_dateline_states_the_days_news(make_corpus):
    """A wire's dateline ("TRIPOLI, March 10 (Wire) -") dates the report, not its statement: a lead that
    states no date of its own under it is the day's news, as it is without the dateline."""
    text = """---
source: Desert Wire
published: 2044-03-10
---
TRIPOLI, March 10 (Desert Wire) - Forces loyal to the government seized the town of Gharyan, residents said. The fighting left five dead.

A local council had run the town since 2039.
"""
    rows = sorted((e.date, e.dated_by, e.text[:12]) for e in extract_events(
        build_index(load_corpus(make_corpus({"w.md": text})).documents)))
    assert ("2044-03-10", "publication", "TRIPOLI, Mar") in rows


@pytest.mark.parametrize("page,expected", [
    ("Talks resumed on Wednesday.\n\nA boat at the port, Monday, July 7, 2025 (Photo: Jane Roe)\n", datetime.date(2025, 7, 7)),
    # a file photo is older than the article
    ("Talks resumed on Wednesday.\n\nFILE - A boat at the port, Monday, July 7, 2025.\n", None),
    # a picture older than a date the prose states is not the article's time
    ("Talks resumed on Wednesday, after the vote of 3 May 2024.\n\nA boat at the port, July 7, 2023 (Photo: Jane Roe)\n", None),
])
def test_a_page_date_for_an_undated_article_comes_from_a_current_picture(page, expected):
    from libyadesk.models import Sentence
    from libyadesk.prose import not_prose
    from libyadesk.text import split_sentences
    from libyadesk.timeline import page_date

    sentences = [Sentence("d", i, a, b, page[a:b]) for i, (a, b) in enumerate(split_sentences(page))]
    chrome = [(s.start, s.end) for s in sentences if s.index in not_prose(page, sentences)]
    assert chrome and page_date(page, chrome) == expected


def test_an_undated_report_is_read_from_the_latest_date_it_states(make_corpus):
    text = """---
source: Desert Review
---
The brigade seized the border post on 4 March 2025, its spokesman said.

It was led by a colonel who had deserted the army in 2019.
"""
    rows = {(e.date, e.kind) for e in extract_events(build_index(load_corpus(make_corpus({"u.md": text})).documents))}
    assert rows == {("2025-03-04", "event"), ("2019", "background")}


def test_a_sentence_with_many_dates_is_read_in_time_that_grows_linearly():
    # clause_tense looks at a window around each date, not the whole sentence: counted work,
    # no clock.  Ten times the dates must not cost a hundred times the tense scans.
    from libyadesk import dates

    calls = []
    real = dates._Ctx.tense

    def counting(self, start, end):
        calls.append(len(self.text))
        return real(self, start, end)

    sentence = "On 3 May 2019 the deal signed in 2014 was renewed, " * 200
    dates._Ctx.tense = counting
    try:
        _kinds(sentence, datetime.date(2024, 6, 12))
    finally:
        dates._Ctx.tense = real
    assert calls and max(calls) <= 512 + 768 + 20  # each call scans a bounded window


def test_a_live_report_tonight_in_the_present_progressive_is_news_and_today_s_state_is_not(make_corpus):
    page = ("---\ntitle: Live\nsource: Libya Live (blog)\npublished: 2041-07-26\n---\n"
            "Updated 21:50. The crowd in Martyrs' Square is growing tonight, and young men are burning tyres "
            "on the ring road.\n\nToday, Ghat is becoming a busy oasis town on the Algerian border.\n")
    texts = [e.text for e in extract_events(build_index(load_corpus(make_corpus({"live.md": page})).documents))]
    assert [t[:20] for t in texts] == ["The crowd in Martyrs"]
