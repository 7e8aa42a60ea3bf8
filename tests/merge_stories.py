"""Multi-outlet stories written for the merging tests (no text here is taken from any real article).

Eight real-world-like events of one year, each told by three to six outlets in their own
styles (a wire, an Arab outlet in translation, a UN or court press release, an analysis, a
live blog, a risk advisory), with paraphrased verbs and dates at different precisions
("on Thursday", "on 2 April", "this week", "in April"); and hard negatives beside them: two
shutdowns of one oil field months apart, a second storm on the same town, an arrest and a
killing on one day in one city, a meeting on the day of a signing, an interception off the
coast the day a boat sank there.

`EVENTS` names, for each real event, the reports of it: (article, a phrase of the sentence).
Two reports of one event should share a timeline row; two reports of different events never.
"""

from __future__ import annotations

# (file, outlet, published, body)
ARTICLES: list[tuple[str, str, str, str]] = [
    # An offensive ordered on Thursday 2 April 2026.
    ("a1.md", "Desert Wire", "2026-04-02",
     "Eastern commander Khalifa Haftar on Thursday ordered his forces to advance on Tripoli, the seat of the "
     "internationally recognised government, in an escalation that drew swift condemnation. "
     "Residents of the southern suburbs reported convoys on the coastal road."),
    ("a2.md", "Al-Marsad Arabic (translated)", "2026-04-03",
     "The General Command of the Libyan National Army announced on Thursday the start of a military operation to "
     "liberate the capital Tripoli from the militias, in a statement read by its spokesman. "
     "The statement called on the residents of the capital to stay in their homes."),
    ("a3.md", "United Nations", "2026-04-03",
     "The Secretary-General is deeply alarmed by the announcement on 2 April by Khalifa Haftar that his forces "
     "would march on Tripoli. He calls on all parties to exercise restraint."),
    ("a4.md", "Maghreb Review", "2026-06-20",
     "When Khalifa Haftar ordered his army to march on Tripoli in April, few diplomats expected the campaign to "
     "stall within weeks. Analysts now speak of a frozen front."),
    ("a5.md", "Harbour Post", "2026-04-02",
     "On Thursday, the UN envoy met the prime minister in Tripoli to discuss preparations for a national "
     "conference. The envoy said the conference would go ahead."),
    # A permanent ceasefire signed in Geneva on Friday 23 October 2026.
    ("b1.md", "Desert Wire", "2026-10-23",
     "Libya's rival military delegations signed a permanent ceasefire agreement in Geneva on Friday, ending "
     "months of fighting around Sirte, the United Nations said."),
    ("b2.md", "United Nations", "2026-10-24",
     "The Special Representative welcomed the signing on 23 October in Geneva of a nationwide and permanent "
     "ceasefire agreement by the Joint Military Commission."),
    ("b3.md", "Libya Observer Arabic (translated)", "2026-10-24",
     "The two delegations of the Joint Military Commission signed, on Friday, in the Swiss city of Geneva, a "
     "permanent truce covering all Libyan territory."),
    ("b4.md", "Maghreb Review", "2026-12-01",
     "The ceasefire signed in Geneva in October has largely held, though foreign fighters remain near Sirte."),
    ("b6.md", "Live Blog", "2026-10-24",
     "Military delegations from east and west signed a permanent truce in Geneva this week, the UN mission said."),
    ("b5.md", "Coast Courier", "2026-10-23",
     "In Tripoli on Friday, the prime minister met the Italian foreign minister to discuss migration."),
    # The Sharara field shut on Sunday 4 January 2026, reopened on Saturday 9 May, shut again 15 September.
    ("c1.md", "Energy Wire", "2026-01-05",
     "Armed protesters shut down the Sharara oil field on Sunday, forcing the National Oil Corporation to stop "
     "loadings at the Zawiya terminal."),
    ("c2.md", "Al-Wasat Arabic (translated)", "2026-01-06",
     "A group of protesters stormed the Sharara field and closed its valves on Sunday, the National Oil "
     "Corporation said."),
    ("c3.md", "Risk Advisory", "2026-01-20",
     "Production at the Sharara field, the country's largest, was halted in early January after protesters "
     "closed a pipeline valve."),
    ("c4.md", "Energy Wire", "2026-05-10",
     "The Sharara oil field resumed production on Saturday after a four-month shutdown, the National Oil "
     "Corporation said."),
    ("c5.md", "Al-Wasat Arabic (translated)", "2026-05-10",
     "The National Oil Corporation announced on Saturday the resumption of pumping from the Sharara field to "
     "the Zawiya refinery."),
    ("c6.md", "Energy Wire", "2026-09-16",
     "Protesters again shut the Sharara oil field on Tuesday, months after it had reopened, engineers said."),
    # Floods in Shahat on Sunday 8 March 2026, and a second storm there on Thursday 12 March.
    ("d1.md", "Desert Wire", "2026-03-09",
     "Flash floods tore through the eastern city of Shahat on Sunday after torrential rain, killing at least "
     "23 people, the health ministry said."),
    ("d2.md", "United Nations", "2026-03-10",
     "The United Nations is saddened by the loss of life caused by the floods that struck Shahat and nearby "
     "villages on 8 March."),
    ("d3.md", "Live Blog", "2026-03-09",
     "Rescue teams are still searching for people swept away when the valley burst its banks in Shahat on "
     "Sunday night."),
    ("d4.md", "Libya Observer Arabic (translated)", "2026-03-09",
     "At least 23 citizens died on Sunday in the torrential floods that inundated the city of Shahat, the "
     "Ministry of Health announced."),
    ("d5.md", "Coast Courier", "2026-03-13",
     "A second storm hit Shahat on Thursday, flooding the main road but causing no casualties."),
    # An arrest warrant issued on Wednesday 15 July 2026; an arrest and a killing in Misrata that day.
    ("e1.md", "Desert Wire", "2026-07-16",
     "The International Criminal Court issued an arrest warrant on Wednesday for a Libyan militia commander "
     "accused of murdering detainees at a prison in Tarhuna."),
    ("e2.md", "International Criminal Court", "2026-07-16",
     "On 15 July, Pre-Trial Chamber I issued a warrant of arrest for Abdul Rahim al-Kani for crimes against "
     "humanity allegedly committed in Tarhuna."),
    ("e3.md", "Maghreb Review", "2026-09-02",
     "The warrant issued in July against Abdul Rahim al-Kani for the Tarhuna killings has not been executed."),
    ("e4.md", "Coast Courier", "2026-07-16",
     "Police in Misrata arrested a smuggling suspect on Wednesday. Separately, a judge was shot dead in Misrata "
     "on Wednesday, officials said."),
    # A boat sank off Zuwara on Saturday 12 December 2026; the coastguard intercepted another that day.
    ("f1.md", "Desert Wire", "2026-12-13",
     "At least 61 migrants drowned when their boat sank off the coast of Zuwara on Saturday, the International "
     "Organization for Migration said."),
    ("f2.md", "United Nations", "2026-12-14",
     "IOM is deeply saddened by the deaths of at least 61 migrants in a shipwreck off Zuwara on 12 December."),
    ("f3.md", "Al-Wasat Arabic (translated)", "2026-12-13",
     "A rubber boat carrying 86 migrants capsized on Saturday off Zuwara, leaving 61 dead, the Red Crescent "
     "said."),
    ("f4.md", "Coast Courier", "2026-12-13",
     "The coastguard intercepted 120 migrants off Zuwara on Saturday and returned them to Tripoli."),
    # The central bank governor removed on Sunday 9 August 2026.
    ("g1.md", "Desert Wire", "2026-08-10",
     "The Presidential Council on Sunday removed the governor of the Central Bank of Libya, Sadiq al-Kabir, "
     "setting off a new dispute over the country's oil revenue."),
    ("g2.md", "Al-Marsad Arabic (translated)", "2026-08-10",
     "The head of the Presidential Council issued on Sunday a decree dismissing the governor of the Central "
     "Bank, Al-Siddiq Al-Kabir, and appointing Mohamed al-Shukri in his place."),
    ("g3.md", "Maghreb Review", "2026-10-05",
     "The crisis began in August when the Presidential Council moved to oust al-Kabir from the central bank."),
    # One man's Monday, 9 November 2026: a visit told twice, and two other things he did that day.
    ("i1.md", "Desert Wire", "2026-11-10",
     "Khalifa Haftar received the French ambassador in Benghazi on Monday to discuss border security."),
    ("i2.md", "Al-Marsad Arabic (translated)", "2026-11-10",
     "The French ambassador held talks with Field Marshal Khalifa Haftar at his headquarters on Monday on "
     "securing the southern border."),
    ("i3.md", "Coast Courier", "2026-11-10",
     "Haftar said on Monday that elections must wait until the militias in the west are disbanded."),
    ("i4.md", "Harbour Post", "2026-11-10",
     "Haftar's forces paraded new armoured vehicles through Benghazi on Monday."),
    # Two deadly events in one city on Friday 20 November 2026, one of them told twice.
    ("j1.md", "Desert Wire", "2026-11-21",
     "Three people were killed when a car bomb exploded outside a mosque in Benghazi on Friday, police said."),
    ("j2.md", "Coast Courier", "2026-11-21",
     "Two fishermen died when their boat sank off Benghazi on Friday, the coastguard said."),
    ("j4.md", "Harbour Post", "2026-11-21",
     "Four migrants died when their dinghy capsized off Zuwara on Friday."),
    ("j5.md", "Sahel Times", "2026-11-21",
     "A roadside bomb killed two soldiers in Zuwara on Friday."),
    ("j3.md", "Libya Observer Arabic (translated)", "2026-11-21",
     "A car bomb went off near a mosque in Benghazi on Friday evening, killing three worshippers."),
    # Two things in the capital on Monday 30 November 2026, both "Libyan", both "in Tripoli".
    ("k1.md", "Desert Wire", "2026-12-01",
     "A Libyan court in Tripoli sentenced a blogger to three years in prison on Monday."),
    ("k2.md", "Coast Courier", "2026-12-01",
     "Libyan students protested in Tripoli on Monday against power cuts."),
    # Rival sides shelling one town on Tuesday 16 June 2026: two events, told alike.
    ("l1.md", "Desert Wire", "2026-06-17",
     "Khalifa Haftar's forces shelled Gharyan on Tuesday, killing two civilians, medics said."),
    ("l2.md", "Coast Courier", "2026-06-17",
     "Forces of the Government of National Unity shelled Gharyan on Tuesday, killing four fighters."),
    # A man's day in a town, and his year there: the year holds many of his doings in that town.
    ("q1.md", "Desert Wire", "2026-02-17",
     "Fathi Bashagha met tribal elders in Ghadames on Monday to discuss the border crossing."),
    ("q2.md", "Maghreb Review", "2026-12-28",
     "Fathi Bashagha toured Ghadames several times in 2026, promising a new airport."),
    # The election due on 24 December postponed by the commission on Tuesday 22 December 2026.
    ("h1.md", "Desert Wire", "2026-12-22",
     "Libya's electoral commission on Tuesday proposed postponing the presidential election, which had been "
     "due on 24 December, by a month."),
    ("h2.md", "Maghreb Review", "2026-12-30",
     "The High National Elections Commission postponed the vote on 22 December, two days before it was due."),
    ("h3.md", "Coast Courier", "2026-12-22",
     "Members of parliament met in Tobruk on Tuesday to discuss the budget."),
]

# Real event -> its reports, (file stem, a phrase of the reporting sentence).
EVENTS: dict[str, list[tuple[str, str]]] = {
    "offensive-order": [("a1", "ordered his forces to advance"), ("a2", "start of a military operation"),
                        ("a3", "announcement on 2 April"), ("a4", "ordered his army to march")],
    "envoy-meeting": [("a5", "envoy met the prime minister")],
    "ceasefire-signed": [("b1", "signed a permanent ceasefire"), ("b2", "welcomed the signing"),
                         ("b3", "permanent truce"), ("b4", "ceasefire signed in Geneva"), ("b6", "truce in Geneva this week")],
    "rome-meeting": [("b5", "Italian foreign minister")],
    "sharara-shut": [("c1", "shut down the Sharara"), ("c2", "closed its valves"), ("c3", "was halted in early")],
    "sharara-reopened": [("c4", "resumed production"), ("c5", "resumption of pumping")],
    "sharara-shut-again": [("c6", "again shut")],
    "shahat-floods": [("d1", "Flash floods tore"), ("d2", "saddened by the loss of life"),
                      ("d3", "burst its banks"), ("d4", "23 citizens died")],
    "shahat-second-storm": [("d5", "second storm")],
    "icc-warrant": [("e1", "issued an arrest warrant"), ("e2", "Pre-Trial Chamber I"),
                    ("e3", "warrant issued in July")],
    "misrata-arrest": [("e4", "arrested a smuggling suspect")],
    "misrata-killing": [("e4", "judge was shot dead")],
    "zuwara-sinking": [("f1", "61 migrants drowned"), ("f2", "shipwreck off Zuwara"), ("f3", "capsized")],
    "zuwara-interception": [("f4", "intercepted 120 migrants")],
    "governor-removed": [("g1", "removed the governor"), ("g2", "decree dismissing"), ("g3", "crisis began")],
    "haftar-ambassador": [("i1", "French ambassador in Benghazi"), ("i2", "held talks with Field Marshal")],
    "haftar-elections-remark": [("i3", "elections must wait")],
    "haftar-parade": [("i4", "paraded new armoured")],
    "benghazi-bomb": [("j1", "car bomb exploded"), ("j3", "car bomb went off")],
    "benghazi-fishermen": [("j2", "fishermen died")],
    "zuwara-dinghy": [("j4", "dinghy capsized")],
    "zuwara-bomb": [("j5", "roadside bomb")],
    "tripoli-sentence": [("k1", "sentenced a blogger")],
    "tripoli-protest": [("k2", "students protested")],
    "gharyan-shelling-east": [("l1", "Haftar's forces shelled")],
    "gharyan-shelling-west": [("l2", "Government of National Unity shelled")],
    "ghadames-elders": [("q1", "met tribal elders")],
    "ghadames-tours": [("q2", "toured Ghadames")],
    "election-postponed": [("h1", "proposed postponing"), ("h2", "postponed the vote")],
    "tobruk-session": [("h3", "met in Tobruk")],
}


def pages(articles=None) -> dict[str, str]:
    """The articles of one set (ARTICLES unless given) as corpus files with front matter."""
    return {name: f"---\ntitle: Report\nsource: {source}\npublished: {published}\n---\n{body}\n"
            for name, source, published, body in (ARTICLES if articles is None else articles)}


def report_rows(rows, events=None) -> dict[tuple[str, str], set[int]]:
    """(file stem, phrase) of every report of one set's events (EVENTS unless given) -> the numbers
    of the rows that hold it."""
    events = EVENTS if events is None else events
    held: dict[tuple[str, str], set[int]] = {r: set() for reports in events.values() for r in reports}
    for i, row in enumerate(rows):
        for s in row.sources:
            for doc, phrase in held:
                if s.doc == doc and phrase in (s.text or ""):
                    held[(doc, phrase)].add(i)
    return held


def pairwise(rows, events=None) -> tuple[int, int, int]:
    """(pairs of reports of one event that share a row, pairs of reports of one event, pairs sharing a
    row that are of two events): pairwise recall is the first over the second, precision the first
    over the first plus the third; events are one set's (EVENTS unless given)."""
    events = EVENTS if events is None else events
    held = report_rows(rows, events)
    event_of = {r: e for e, reports in events.items() for r in reports}
    reports = list(held)
    right = total = wrong = 0
    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            together = bool(held[a] & held[b])
            if event_of[a] == event_of[b]:
                total += 1
                right += together
            elif together and not explained(rows, a, b, event_of, held):
                wrong += 1
    return right, total, wrong


def explained(rows, a: tuple[str, str], b: tuple[str, str], event_of: dict, held: dict | None = None) -> bool:
    """Whether two reports of two events sharing a row is explained by the sentences that hold them, not
    a wrong merge: they are phrases of one sentence (one_sentence), or the sentence of one also tells
    a report of the other's event (_told_beside), or the sentences of both tell reports of one third event
    (_both_told_beside), or the row holds one's sentence for another of its dated clauses
    (_held_for_another_clause).  `held`: report_rows of every report of event_of, when the caller has it."""
    if one_sentence(rows, a, b) or _told_beside(rows, a, b, event_of) or _told_beside(rows, b, a, event_of):
        return True
    held = report_rows(rows, {r: [r] for r in event_of}) if held is None else held
    return _both_told_beside(rows, a, b, event_of, held) or _held_for_another_clause(rows, a, b, event_of, held) \
        or _held_for_another_clause(rows, b, a, event_of, held)


def _held_for_another_clause(rows, a: tuple[str, str], b: tuple[str, str], event_of: dict, held: dict) -> bool:
    """Whether every row a and b share holds a's sentence for another of its dated clauses: a row of a date
    apart from that row's holds a's sentence too, and that row holds no other report of a's event ("Mr Roe,
    who was abducted on 4 September, is free as of this afternoon": the kidnapping's row holds the sentence
    for "abducted on 4 September", the release's for "free as of this afternoon").  A report of a's event
    wrongly merged into b's row is not explained: its sentence is in no other row, or the row holds other
    reports of a's event.  `held`: the rows holding each report (report_rows)."""
    own = [r for r in event_of if event_of[r] == event_of[a] and r != a]
    shared = held[a] & held[b]
    return bool(shared) and all(
        not any(i in held[r] for r in own) and any(_dates_apart(rows[i], rows[j]) for j in held[a] if j != i)
        for i in shared)


def _dates_apart(x, y) -> bool:
    """Whether two rows' dates share no day (rows made by hand may give none)."""
    bx, by = getattr(x, "bounds", None), getattr(y, "bounds", None)
    return bx is not None and by is not None and (bx[1] < by[0] or by[1] < bx[0])


def _both_told_beside(rows, a: tuple[str, str], b: tuple[str, str], event_of: dict, held: dict) -> bool:
    """Whether a's sentence and b's each also tell a report of one third event ("six aircraft landed on
    Thursday, four months after Saddam Haftar's talks in Moscow" / "the kidnapping of the elections chief in
    June; the planes came back in greater numbers in November"): the third event's row holds both sentences
    for their own phrases, and says nothing of a's or b's."""
    shared = held[a] & held[b]
    beside_a = [c for c in event_of if c[0] == a[0] and c != a and one_sentence(rows, a, c)]
    beside_b = [d for d in event_of if d[0] == b[0] and d != b and one_sentence(rows, b, d)]
    # In a row they share that holds those reports of the third event for their own phrases.
    return any(event_of[c] == event_of[d] not in (event_of[a], event_of[b]) and shared & held[c] & held[d]
               for c in beside_a for d in beside_b)


def _told_beside(rows, a: tuple[str, str], b: tuple[str, str], event_of: dict) -> bool:
    """Whether a's sentence also tells a report of b's event ("Fighting erupted again on Friday, two
    weeks after clashes earlier this month": the renewed fighting's row holds the sentence for its
    own phrase, not for the earlier clashes'), so that a row holding it and b says nothing of a."""
    return any(c[0] == a[0] and c != a and event_of[c] == event_of[b] and one_sentence(rows, a, c) for c in event_of)


def one_sentence(rows, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two reports (file stem, phrase) are phrases of one sentence of one article: a row that
    holds the sentence holds both phrases, so sharing a row says nothing of either's merging ("new
    clashes on Friday, two weeks after clashes earlier this month killed 12": two events, one
    sentence, and rows of each date hold it)."""
    return a[0] == b[0] and any(s.doc == a[0] and a[1] in (s.text or "") and b[1] in (s.text or "")
                                for row in rows for s in row.sources)


# A second set, written after the thresholds were set and never tuned on: the figures it gives
# are those of text the merging rules were not fitted to.
HELD_OUT_ARTICLES: list[tuple[str, str, str, str]] = [
    # Graves found in Tarhuna on Thursday 11 February 2027.
    ("m1.md", "Desert Wire", "2027-02-12",
     "Investigators uncovered a mass grave holding at least 14 bodies on a farm outside Tarhuna on Thursday, "
     "the missing persons authority said."),
    ("m2.md", "United Nations", "2027-02-13",
     "UNSMIL is shocked by the discovery on 11 February of a mass grave near Tarhuna and calls for an "
     "independent investigation."),
    ("m3.md", "Libya Observer Arabic (translated)", "2027-02-12",
     "The General Authority for the Search and Identification of Missing Persons announced on Thursday that "
     "its teams had recovered 14 bodies from a new grave in Tarhuna."),
    ("m4.md", "Coast Courier", "2027-02-12",
     "On Thursday, the interior minister opened a new police station in Tarhuna."),
    # A rescue ship took 73 people off a dinghy on Saturday 6 March 2027; a boat reached Lampedusa that day.
    ("n1.md", "Harbour Post", "2027-03-07",
     "The charity ship Ocean Viking rescued 73 people from an overcrowded dinghy off Libya on Saturday."),
    ("n2.md", "Risk Advisory", "2027-03-10",
     "On 6 March the Ocean Viking took 73 migrants on board from a sinking rubber boat in international "
     "waters."),
    ("n3.md", "Live Blog", "2027-03-06",
     "A fishing boat with 40 migrants arrived in Lampedusa on Saturday without help."),
    # An export deal signed with an Italian company on Wednesday 19 May 2027.
    ("o1.md", "Energy Wire", "2027-05-20",
     "The National Oil Corporation signed an $8 billion gas development deal with Eni on Wednesday, the "
     "largest energy investment in Libya in two decades."),
    ("o2.md", "Al-Wasat Arabic (translated)", "2027-05-20",
     "The National Oil Corporation and the Italian company Eni concluded on Wednesday an agreement worth 8 "
     "billion dollars to develop two offshore gas fields."),
    ("o3.md", "Maghreb Review", "2027-07-01",
     "The gas agreement Eni signed in May still awaits the approval of parliament."),
    ("o4.md", "Energy Wire", "2027-05-20",
     "Separately on Wednesday, the National Oil Corporation said output had reached 1.3 million barrels a day."),
    # An official kidnapped in Tripoli on Wednesday 2 June 2027, freed on Monday 14 June.
    ("p1.md", "Desert Wire", "2027-06-03",
     "Gunmen abducted the head of the audit bureau outside his home in Tripoli on Wednesday, officials said."),
    ("p2.md", "Libya Observer Arabic (translated)", "2027-06-03",
     "Unknown armed men kidnapped the chairman of the Audit Bureau in the Souq al-Juma district of Tripoli on "
     "Wednesday evening."),
    ("p3.md", "Desert Wire", "2027-06-15",
     "The head of the audit bureau was released unharmed on Monday, twelve days after gunmen seized him in "
     "Tripoli."),
]

HELD_OUT_EVENTS: dict[str, list[tuple[str, str]]] = {
    "tarhuna-grave": [("m1", "uncovered a mass grave"), ("m2", "discovery on 11 February"),
                      ("m3", "recovered 14 bodies")],
    "tarhuna-station": [("m4", "police station")],
    "ocean-viking-rescue": [("n1", "rescued 73 people"), ("n2", "took 73 migrants on board")],
    "lampedusa-arrival": [("n3", "arrived in Lampedusa")],
    "eni-deal": [("o1", "gas development deal"), ("o2", "concluded on Wednesday"), ("o3", "signed in May")],
    "oil-output": [("o4", "1.3 million barrels")],
    "audit-chief-kidnapped": [("p1", "abducted the head"), ("p2", "kidnapped the chairman")],
    "audit-chief-freed": [("p3", "released unharmed")],
}


# A third set, written before any threshold of this round was touched and never tuned on (its
# figures are reported, not fitted): sixteen events of 2028, twelve told by two to five outlets, in
# a wire's, an analysis's, a translated Arabic outlet's, a UN press release's and a risk
# advisory's wording, dates at several precisions ("on Saturday", "on 15 January", "over the
# weekend", "last week", "in March", a lead in the present perfect dated by its publication);
# and hard negatives: the same place and kind on other days (clashes in Zawiya, a boat lost off
# Sabratha, Mitiga airport closed), two shutdowns of one oil field months apart, one man doing
# two things in one city on one day, two meetings of the same two men in one city months apart.
UNSEEN_ARTICLES: list[tuple[str, str, str, str]] = [
    # Clashes in Zawiya on Saturday 15 January 2028; renewed clashes there on Tuesday 8 February.
    ("za1.md", "Desert Wire", "2028-01-16",
     "Five people were killed on Saturday when rival armed groups fought with heavy weapons in the western city "
     "of Zawiya, a hospital official said."),
    ("za2.md", "Al-Wasat Arabic (translated)", "2028-01-16",
     "The city of Zawiya witnessed on Saturday evening violent armed clashes between two groups using medium "
     "weapons, which left five dead and 14 wounded, according to the Zawiya Medical Centre."),
    ("za3.md", "United Nations", "2028-01-17",
     "UNSMIL is deeply concerned by the armed clashes in Zawiya on 15 January, which claimed the lives of five "
     "people, among them a child, and calls on all parties to protect civilians."),
    ("za4.md", "Risk Advisory", "2028-01-19",
     "Fighting between rival militias in Zawiya over the weekend left five dead; the coastal road west of "
     "Tripoli should be avoided."),
    ("za5.md", "Desert Wire", "2028-02-09",
     "Renewed clashes broke out in Zawiya on Tuesday, killing two fighters and closing the coastal road, "
     "residents said."),
    # The El Feel field shut by protesters on Monday 6 March 2028, and by its guards on Sunday 16 July.
    ("ef1.md", "Energy Wire", "2028-03-07",
     "Protesters demanding jobs forced the closure of the El Feel oil field in the southwest on Monday, the "
     "National Oil Corporation said, declaring force majeure on its crude."),
    ("ef2.md", "Libya Observer Arabic (translated)", "2028-03-07",
     "A group of young men from Ubari closed, on Monday, the valves of the Elephant field, demanding "
     "employment in the oil sector."),
    ("ef3.md", "Risk Advisory", "2028-03-20",
     "Output at El Feel has been halted since protesters stormed the site in early March; further "
     "stoppages in the Fezzan are likely."),
    ("ef4.md", "Energy Wire", "2028-07-17",
     "Guards at the El Feel oil field shut it down on Sunday over months of unpaid salaries, the second "
     "closure of the field this year."),
    ("ef5.md", "Al-Wasat Arabic (translated)", "2028-07-17",
     "Members of the Petroleum Facilities Guard closed the El Feel field yesterday to protest the "
     "non-payment of their wages for five months."),
    # The prime minister's Tuesday, 11 April 2028 in Tripoli: a visit received, and a reform announced.
    ("db1.md", "Desert Wire", "2028-04-12",
     "Prime Minister Abdul Hamid Dbeibah received the Italian prime minister in Tripoli on Tuesday for talks "
     "on migration and gas supplies."),
    ("db2.md", "Al-Marsad Arabic (translated)", "2028-04-12",
     "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, held on Tuesday at the "
     "seat of the government in Tripoli a session of talks with the visiting Italian Prime Minister."),
    ("db3.md", "Coast Courier", "2028-04-12",
     "Dbeibah announced on Tuesday in a televised speech from Tripoli that fuel subsidies would be replaced "
     "by cash payments to families."),
    ("db4.md", "Maghreb Review", "2028-05-30",
     "The plan to swap fuel subsidies for cash, which Dbeibah unveiled on 11 April, has met resistance from "
     "the central bank."),
    # The UN mission's mandate renewed by the Security Council on Thursday 27 April 2028.
    ("un1.md", "United Nations", "2028-04-27",
     "The Security Council this morning unanimously adopted resolution 2811 (2028), extending the mandate of "
     "the United Nations Support Mission in Libya until 31 October 2029."),
    ("un2.md", "Desert Wire", "2028-04-28",
     "The UN Security Council voted unanimously on Thursday to extend the mandate of its political mission in "
     "Libya for 18 months."),
    ("un3.md", "Maghreb Review", "2028-06-15",
     "When the Security Council renewed UNSMIL's mandate in April, it asked the mission to prepare a road map "
     "to elections."),
    # A boat lost off Sabratha on Friday 2 June 2028; another lost there on Tuesday 20 June.
    ("sb1.md", "United Nations", "2028-06-03",
     "IOM is saddened to learn that at least 31 migrants, including four children, drowned on 2 June when "
     "their wooden boat sank off Sabratha."),
    ("sb2.md", "Desert Wire", "2028-06-03",
     "At least 31 migrants died after their boat went down off the coast of Sabratha on Friday, the "
     "International Organization for Migration said."),
    ("sb3.md", "Libya Observer Arabic (translated)", "2028-06-03",
     "The Libyan Red Crescent recovered on Friday the bodies of 31 illegal migrants who drowned off the "
     "shores of Sabratha."),
    ("sb4.md", "Desert Wire", "2028-06-21",
     "Another boat sank off Sabratha on Tuesday, leaving 12 migrants missing, the coastguard said."),
    # The budget passed by the House of Representatives in Benghazi on Wednesday 19 July 2028.
    ("bu1.md", "Desert Wire", "2028-07-19",
     "Libya's eastern-based parliament approved a unified state budget of 120 billion dinars on Wednesday, "
     "the first since the country split in 2014."),
    ("bu2.md", "Al-Marsad Arabic (translated)", "2028-07-20",
     "The House of Representatives voted, in its session held on Wednesday in Benghazi, to approve the general "
     "budget of the state worth 120 billion dinars."),
    ("bu3.md", "Risk Advisory", "2028-07-20",
     "Libya's parliament has approved a unified budget of 120 billion dinars, easing a long dispute over "
     "oil revenue."),
    ("bu4.md", "Maghreb Review", "2028-09-01",
     "The 120-billion-dinar budget that parliament passed in July has yet to reach the municipalities."),
    # Mitiga airport shelled and shut on Sunday 3 September 2028; shut again on Friday 22 September.
    ("mi1.md", "Desert Wire", "2028-09-04",
     "Rockets struck Mitiga airport in Tripoli on Sunday, damaging a passenger plane and forcing the "
     "suspension of all flights, airport officials said."),
    ("mi2.md", "Al-Wasat Arabic (translated)", "2028-09-04",
     "The Mitiga International Airport administration announced on Sunday the suspension of air traffic "
     "after the airport was targeted by several Grad rockets."),
    ("mi3.md", "United Nations", "2028-09-05",
     "The United Nations condemns the indiscriminate shelling of Mitiga airport on 3 September, which "
     "endangered the lives of civilian travellers."),
    ("mi4.md", "Risk Advisory", "2028-09-08",
     "Mitiga airport was closed after rocket fire earlier this month; travellers should expect diversions to "
     "Misrata."),
    ("mi5.md", "Coast Courier", "2028-09-23",
     "Flights at Mitiga airport were suspended again on Friday as clashes between two armed groups reached "
     "the runway."),
    # Municipal elections held in 58 municipalities on Saturday 14 October 2028.
    ("me1.md", "High National Elections Commission", "2028-10-14",
     "The High National Elections Commission announced that polling stations in 58 municipalities closed "
     "today at 7 pm after a day of voting without major incidents."),
    ("me2.md", "Desert Wire", "2028-10-15",
     "Voters in 58 Libyan municipalities cast ballots on Saturday to elect local councils, in the largest "
     "local vote in a decade."),
    ("me3.md", "Maghreb Review", "2028-11-30",
     "Turnout in the municipal elections of 14 October was low in the east, where several councils were "
     "dissolved by decree."),
    # Russian transport planes at Maaten al-Sarra on Monday 6 November 2028.
    ("ru1.md", "Desert Wire", "2028-11-07",
     "At least four Russian military cargo planes landed at the Maaten al-Sarra air base in southeastern "
     "Libya on Monday, flight-tracking data showed."),
    ("ru2.md", "Maghreb Review", "2028-11-14",
     "Last week, flight trackers spotted four Ilyushin transport planes landing at Maaten al-Sarra, near the "
     "borders with Chad and Sudan."),
    ("ru3.md", "Risk Advisory", "2028-11-20",
     "Russian military flights to southern Libya increased in November, with four Il-76 transports reaching "
     "Maaten al-Sarra on 6 November."),
    # Haftar received in Cairo on Wednesday 22 November 2028; the same two men met in Cairo on 2 March.
    ("ha1.md", "Desert Wire", "2028-03-03",
     "Egyptian President Abdel Fattah al-Sisi met Khalifa Haftar in Cairo on Thursday to discuss border "
     "security."),
    ("ha2.md", "Desert Wire", "2028-11-23",
     "Egypt's president hosted eastern Libyan commander Khalifa Haftar in Cairo on Wednesday for talks on the "
     "stalled election process."),
    ("ha3.md", "Al-Marsad Arabic (translated)", "2028-11-23",
     "President Abdel Fattah al-Sisi received, on Wednesday, Field Marshal Khalifa Haftar, the General "
     "Commander of the Libyan Arab Armed Forces, at the Ittihadiya Palace in Cairo."),
    ("ha4.md", "Maghreb Review", "2028-12-12",
     "Haftar's visit to Cairo on 22 November was his second this year, and came days after Egypt reopened "
     "its consulate in Benghazi."),
]

UNSEEN_EVENTS: dict[str, list[tuple[str, str]]] = {
    "zawiya-clashes": [("za1", "rival armed groups fought"), ("za2", "violent armed clashes"),
                       ("za3", "clashes in Zawiya on 15 January"), ("za4", "over the weekend")],
    "zawiya-clashes-again": [("za5", "Renewed clashes")],
    "el-feel-shut": [("ef1", "forced the closure"), ("ef2", "valves of the Elephant"), ("ef3", "stormed the site")],
    "el-feel-shut-again": [("ef4", "Guards at the El Feel"), ("ef5", "Petroleum Facilities Guard closed")],
    "dbeibah-italian-visit": [("db1", "received the Italian"), ("db2", "session of talks")],
    "dbeibah-subsidy-plan": [("db3", "televised speech"), ("db4", "unveiled on 11 April")],
    "unsmil-mandate": [("un1", "resolution 2811"), ("un2", "voted unanimously"), ("un3", "renewed UNSMIL")],
    "sabratha-sinking": [("sb1", "31 migrants, including"), ("sb2", "went down off"), ("sb3", "recovered on Friday")],
    "sabratha-sinking-again": [("sb4", "Another boat sank")],
    "budget-passed": [("bu1", "approved a unified state budget"), ("bu2", "voted, in its session"),
                      ("bu3", "has approved a unified budget"), ("bu4", "parliament passed in July")],
    "mitiga-shelled": [("mi1", "Rockets struck Mitiga"), ("mi2", "suspension of air traffic"),
                       ("mi3", "indiscriminate shelling"), ("mi4", "closed after rocket fire")],
    "mitiga-shut-again": [("mi5", "suspended again")],
    "municipal-elections": [("me1", "polling stations"), ("me2", "cast ballots"), ("me3", "elections of 14 October")],
    "russian-flights": [("ru1", "cargo planes landed"), ("ru2", "flight trackers spotted"),
                        ("ru3", "four Il-76 transports")],
    "haftar-cairo-march": [("ha1", "met Khalifa Haftar in Cairo")],
    "haftar-cairo-november": [("ha2", "hosted eastern Libyan commander"), ("ha3", "Ittihadiya Palace"),
                              ("ha4", "visit to Cairo on 22 November")],
}


# A fourth set, written at the start of the round that added it, before any dev-half trace was read
# and before any rule or threshold changed; never tuned on (its figures are reported, not fitted).
# Eleven events of 2029, each told by two to four outlets (a wire, a translated Arabic outlet, a
# UN press release, an analysis, a risk advisory, a blog, a syndicated copy), in other words
# ("seized" / "took control of" / "took over"; "clashes" / "fighting"; "dismissed" / "relieving
# of his duties" / "sacked"), nominal and verbal ("the closure of", "closed"), dates of other
# precisions ("on Monday", "on 1 March", "last week", "yesterday", "today", "in April"), a body
# and its leader, an alias of a place ("Es Sider" / "the port of Sidra"), a first name alone;
# and hard negatives: the same place and kind on other days, one man doing two things on one
# day, two shutdowns of one terminal months apart, a plan and its later happening.
FRESH_ARTICLES: list[tuple[str, str, str, str]] = [
    # An armed group took the Abu Salim municipality building on Monday 8 January 2029; a police
    # station there on Monday 19 February.
    ("as1.md", "Desert Wire", "2029-01-09",
     "Fighters of the Stability Support Apparatus seized the headquarters of the Abu Salim municipality in "
     "Tripoli on Monday after a brief exchange of fire, residents said."),
    ("as2.md", "Al-Wasat Arabic (translated)", "2029-01-09",
     "Forces affiliated with the Stability Support Apparatus took control, on Monday, of the municipal "
     "council building in Abu Salim, south of the capital."),
    ("as3.md", "Risk Advisory", "2029-01-15",
     "Last week, SSA fighters took over the Abu Salim municipal headquarters; further friction between armed "
     "groups in southern Tripoli is likely."),
    ("as4.md", "Live Blog", "2029-01-08",
     "Armed men from the Stability Support Apparatus stormed the Abu Salim municipality building this "
     "afternoon, witnesses told us."),
    ("as5.md", "Desert Wire", "2029-02-20",
     "Stability Support Apparatus fighters seized a police station in Abu Salim on Monday, residents said."),
    # The Es Sider terminal shut by tribal protesters on Thursday 1 March 2029; shut again on Sunday 14 October.
    ("es1.md", "Energy Wire", "2029-03-02",
     "Tribal protesters forced the shutdown of the Es Sider oil terminal on Thursday, halting exports of about "
     "300,000 barrels a day, the National Oil Corporation said."),
    ("es2.md", "Al-Marsad Arabic (translated)", "2029-03-02",
     "Members of the Magharba tribe closed the gates of the port of Sidra on Thursday, preventing tankers from "
     "loading crude."),
    ("es3.md", "United Nations", "2029-03-03",
     "UNSMIL expresses concern over the closure of the Es Sider oil terminal on 1 March and urges all parties "
     "not to use oil facilities as bargaining chips."),
    ("es4.md", "Risk Advisory", "2029-03-05",
     "Exports from Es Sider, the country's largest terminal, were suspended last week after tribal protesters "
     "blockaded the port; a swift resumption is unlikely."),
    ("es5.md", "Energy Wire", "2029-10-15",
     "Protesters shut the Es Sider terminal again on Sunday, months after exports resumed, the National Oil "
     "Corporation said."),
    # A new cabinet approved by parliament in Sirte on Tuesday 10 April 2029, announced a week before.
    ("cb1.md", "Desert Wire", "2029-04-03",
     "Parliament speaker Aguila Saleh said lawmakers would vote on the new cabinet in Sirte next Tuesday."),
    ("cb2.md", "Desert Wire", "2029-04-10",
     "Libya's House of Representatives approved a new unified cabinet on Tuesday in a session held in Sirte, "
     "with 121 lawmakers voting in favour."),
    ("cb3.md", "Al-Wasat Arabic (translated)", "2029-04-11",
     "The House of Representatives granted confidence, in its session on Tuesday in the city of Sirte, to the "
     "national unity cabinet by a majority of 121 deputies."),
    ("cb4.md", "Maghreb Review", "2029-05-20",
     "The cabinet that parliament endorsed in April has yet to take over the ministries in Tripoli."),
    # The prime minister's Sunday, 13 May 2029: a minister dismissed, and a hospital opened.
    ("hm1.md", "Desert Wire", "2029-05-14",
     "Prime Minister Abdul Hamid Dbeibah dismissed Health Minister Ramadan Abu Janah on Sunday over delays in "
     "medicine deliveries, his office said."),
    ("hm2.md", "Al-Marsad Arabic (translated)", "2029-05-13",
     "The Prime Minister of the Government of National Unity issued on Sunday a decision relieving the "
     "Minister of Health of his duties and assigning his deputy to run the ministry."),
    ("hm3.md", "Live Blog", "2029-05-13",
     "Dbeibah has sacked his health minister today, the third cabinet change this year."),
    ("hm4.md", "Coast Courier", "2029-05-14",
     "Dbeibah inaugurated a new cancer hospital in Misrata on Sunday, promising free treatment."),
    # A drone strike on Zuwara port on Wednesday 6 June 2029; another near Zuwara on Saturday 23 June.
    ("zd1.md", "Desert Wire", "2029-06-07",
     "A drone strike on the port of Zuwara on Wednesday killed four people and destroyed two fishing boats, "
     "the town's municipal council said."),
    ("zd2.md", "United Nations", "2029-06-08",
     "The United Nations Support Mission in Libya condemns in the strongest terms the drone attack that "
     "targeted Zuwara port on 6 June, killing four civilians."),
    ("zd3.md", "Libya Observer Arabic (translated)", "2029-06-07",
     "Four citizens were killed on Wednesday when an unmanned aircraft bombed the fishermen's harbour in the "
     "city of Zuwara, the municipal council announced in a statement."),
    ("zd4.md", "Desert Wire", "2029-06-24",
     "A drone struck a warehouse near Zuwara on Saturday, wounding two guards."),
    # Saddam Haftar received in Ankara on Thursday 5 July 2029; back in Ankara on Tuesday 13 November.
    ("sh1.md", "Desert Wire", "2029-07-06",
     "Saddam Haftar, son of the eastern commander, met Turkish President Recep Tayyip Erdogan in Ankara on "
     "Thursday, in the highest-level contact between the two sides in years."),
    ("sh2.md", "Al-Marsad Arabic (translated)", "2029-07-06",
     "The Chief of Staff of the Land Forces, Lieutenant General Saddam Khalifa Haftar, was received on "
     "Thursday by the Turkish President at the presidential complex in Ankara."),
    ("sh3.md", "Maghreb Review", "2029-08-15",
     "Saddam's July visit to Ankara, where Erdogan received him, marked a turn in Turkish policy toward the "
     "east."),
    ("sh4.md", "Desert Wire", "2029-11-14",
     "Saddam Haftar returned to Ankara on Tuesday for talks on defence cooperation."),
    # Egypt reopened the Salloum crossing on Saturday 4 August 2029, after closing it on Friday 13 July.
    ("sa1.md", "Desert Wire", "2029-07-14",
     "Egypt closed the Salloum border crossing with Libya on Friday, citing security concerns."),
    ("sa2.md", "Desert Wire", "2029-08-05",
     "Egypt reopened the Salloum border crossing with Libya on Saturday after a three-week closure, allowing "
     "hundreds of trucks to pass."),
    ("sa3.md", "Al-Wasat Arabic (translated)", "2029-08-05",
     "The Egyptian authorities resumed work at the Salloum land port on Saturday, and the first convoys of "
     "lorries crossed toward Musaid."),
    ("sa4.md", "Risk Advisory", "2029-08-07",
     "The Salloum crossing reopened on 4 August; expect long queues on the Libyan side at Musaid."),
    # A journalist abducted in Benghazi on Monday 3 September 2029, freed on Friday 21 September.
    ("jf1.md", "Desert Wire", "2029-09-04",
     "Gunmen abducted the journalist Salem Ferjani from his car in Benghazi on Monday, his family said."),
    ("jf2.md", "United Nations", "2029-09-05",
     "UNSMIL is alarmed by the abduction of journalist Salem Ferjani in Benghazi on 3 September and calls for "
     "his immediate release."),
    ("jf3.md", "Live Blog", "2029-09-04",
     "Still no word on Salem Ferjani, the Benghazi reporter snatched by armed men yesterday as he drove to "
     "work."),
    ("jf4.md", "Desert Wire", "2029-09-22",
     "Salem Ferjani was freed on Friday, 18 days after his abduction in Benghazi, his family said."),
    # Migrants intercepted off Garabulli on Tuesday 9 October 2029 (a wire, its copy a week later,
    # the IOM); another interception there on Tuesday 23 October.
    ("ga1.md", "Desert Wire", "2029-10-10",
     "The Libyan coast guard intercepted 210 migrants off Garabulli on Tuesday and returned them to Tripoli, "
     "the IOM said."),
    ("ga2.md", "Sahel Times", "2029-10-17",
     "TRIPOLI - The Libyan coast guard intercepted 210 migrants off Garabulli on Tuesday and returned them to "
     "Tripoli, the IOM said."),
    ("ga3.md", "International Organization for Migration", "2029-10-10",
     "IOM teams assisted 210 migrants disembarked at Tripoli's naval base on 9 October after their boat was "
     "intercepted off Garabulli."),
    ("ga4.md", "Desert Wire", "2029-10-24",
     "The Libyan coast guard intercepted 95 migrants off Garabulli on Tuesday, the IOM said."),
    # Tribal clashes in Sabha on Friday 16 November 2029; more there on Wednesday 5 December.
    ("sb1.md", "Desert Wire", "2029-11-17",
     "Clashes between Tebu fighters and Awlad Suleiman tribesmen in the southern city of Sabha on Friday "
     "killed seven people, a local hospital said."),
    ("sb2.md", "Al-Wasat Arabic (translated)", "2029-11-17",
     "The city of Sabha witnessed on Friday armed fighting between two tribal groups near the old castle, which "
     "left seven dead, according to the Sabha Medical Centre."),
    ("sb3.md", "Risk Advisory", "2029-11-19",
     "Tribal fighting in Sabha last week left seven dead; overland travel in the Fezzan should be avoided."),
    ("sb4.md", "Desert Wire", "2029-12-06",
     "New clashes in Sabha on Wednesday killed two men, residents said."),
    # The central bank governor removed by the Presidential Council on Sunday 23 December 2029;
    # the council's head received an ambassador that day.
    ("cg1.md", "Desert Wire", "2029-12-24",
     "Libya's Presidential Council removed the governor of the Central Bank of Libya on Sunday and named his "
     "deputy as acting head, in a move the eastern parliament rejected."),
    ("cg2.md", "Al-Marsad Arabic (translated)", "2029-12-23",
     "The head of the Presidential Council, Mohamed al-Menfi, issued on Sunday a decree relieving the governor "
     "of the Central Bank of his post and assigning his deputy to run the bank."),
    ("cg3.md", "Maghreb Review", "2030-01-20",
     "Menfi's decision in December to sack the central bank governor reopened the fight over oil revenue."),
    ("cg4.md", "Coast Courier", "2029-12-24",
     "Mohamed al-Menfi received the Algerian ambassador in Tripoli on Sunday to discuss border security."),
]

FRESH_EVENTS: dict[str, list[tuple[str, str]]] = {
    "abu-salim-seized": [("as1", "seized the headquarters"), ("as2", "took control, on Monday"),
                         ("as3", "took over the Abu Salim"), ("as4", "stormed the Abu Salim")],
    "abu-salim-station": [("as5", "seized a police station")],
    "es-sider-shut": [("es1", "forced the shutdown"), ("es2", "port of Sidra"), ("es3", "closure of the Es Sider"),
                      ("es4", "were suspended last week")],
    "es-sider-shut-again": [("es5", "terminal again")],
    "cabinet-vote-announced": [("cb1", "would vote on the new cabinet")],
    "cabinet-approved": [("cb2", "approved a new unified cabinet"), ("cb3", "granted confidence"),
                         ("cb4", "parliament endorsed in April")],
    "health-minister-dismissed": [("hm1", "dismissed Health Minister"), ("hm2", "relieving the Minister of Health"),
                                  ("hm3", "sacked his health minister")],
    "misrata-hospital": [("hm4", "cancer hospital")],
    "zuwara-drone-strike": [("zd1", "drone strike on the port"), ("zd2", "drone attack that targeted"),
                            ("zd3", "unmanned aircraft bombed")],
    "zuwara-warehouse": [("zd4", "struck a warehouse")],
    "saddam-ankara-july": [("sh1", "met Turkish President"), ("sh2", "presidential complex"), ("sh3", "July visit")],
    "saddam-ankara-november": [("sh4", "returned to Ankara")],
    "salloum-closed": [("sa1", "closed the Salloum")],
    "salloum-reopened": [("sa2", "reopened the Salloum"), ("sa3", "resumed work"), ("sa4", "crossing reopened")],
    "journalist-abducted": [("jf1", "Gunmen abducted"), ("jf2", "alarmed by the abduction"), ("jf3", "snatched by")],
    "journalist-freed": [("jf4", "was freed")],
    "garabulli-interception": [("ga1", "intercepted 210"), ("ga2", "intercepted 210"), ("ga3", "assisted 210")],
    "garabulli-interception-again": [("ga4", "intercepted 95")],
    "sabha-clashes": [("sb1", "Tebu fighters"), ("sb2", "armed fighting"), ("sb3", "Tribal fighting in Sabha")],
    "sabha-clashes-again": [("sb4", "New clashes")],
    "governor-removed": [("cg1", "removed the governor"), ("cg2", "relieving the governor"),
                         ("cg3", "sack the central bank governor")],
    "menfi-ambassador": [("cg4", "Algerian ambassador")],
}


# A fifth set, written at the start of the round that added it, before any dev-half trace or any
# merging output of this round was read; never tuned on (its figures are reported, not fitted).
# Eleven events of 2030, each told by two to five outlets (a wire, a translated Arabic outlet, a
# UN press release, an analysis, a risk advisory, a live blog, a ministry's statement), in other
# words ("escaped" / "fled" / "the mass escape of"; "captured" / "taken full control of" / "the
# capture of"; "survived an assassination attempt" / "escaped unharmed from an attack"), dates
# of other precisions ("on Saturday", "on 12 January", "last weekend", "last week", "this
# morning", "in July", a present-perfect lead dated by its publication), a body and its leader,
# a country and its government, an alias spelling ("Hifter", "Awbari"), a surname alone; and
# hard negatives: the same place and kind on other days (a town captured days later, a second
# prison incident), one man doing two things on one day, a plan and its later happening, a
# reaction to an event on its day (mourning declared after a blast), a quote frame around it.
LATEST_ARTICLES: list[tuple[str, str, str, str]] = [
    # A mass escape from Ain Zara prison on Saturday 12 January 2030; a hunger strike there on Tuesday 5 March.
    ("pz1.md", "Desert Wire", "2030-01-13",
     "Hundreds of inmates escaped from Ain Zara prison in southern Tripoli on Saturday after a riot, the "
     "justice ministry said."),
    ("pz2.md", "Al-Wasat Arabic (translated)", "2030-01-13",
     "The Ministry of Justice announced that a large number of detainees fled the Ain Zara reform and "
     "rehabilitation institution on Saturday, following unrest inside the facility."),
    ("pz3.md", "United Nations", "2030-01-14",
     "UNSMIL is following with grave concern the mass escape of inmates from Ain Zara prison on 12 January "
     "and urges the authorities to protect the detainees who remain."),
    ("pz4.md", "Risk Advisory", "2030-01-16",
     "A mass jailbreak at Ain Zara last weekend has raised the risk of kidnapping and car theft in southern "
     "Tripoli; avoid the area after dark."),
    ("pz5.md", "Desert Wire", "2030-03-06",
     "Inmates at Ain Zara prison began a hunger strike on Tuesday over overcrowding, their lawyers said."),
    # The interior minister's convoy attacked in Tripoli on Wednesday 13 February 2030; he chaired a
    # meeting that evening.
    ("tr1.md", "Desert Wire", "2030-02-13",
     "Interior Minister Imad Trabelsi survived an assassination attempt in Tripoli on Wednesday when gunmen "
     "opened fire on his convoy near the airport road, his ministry said."),
    ("tr2.md", "Libya Observer Arabic (translated)", "2030-02-14",
     "The Minister of Interior of the Government of National Unity, Imad Al-Trabelsi, escaped unharmed on "
     "Wednesday from an armed attack that targeted his motorcade on the airport road."),
    ("tr3.md", "Live Blog", "2030-02-13",
     "Trabelsi's motorcade was shot at this morning on the airport road; he is unhurt, his office says."),
    ("tr4.md", "Maghreb Review", "2030-04-02",
     "The February attempt on Trabelsi's life exposed how thin the capital's security arrangements remain."),
    ("tr5.md", "Coast Courier", "2030-02-14",
     "Imad Trabelsi chaired a meeting of security directors in Tripoli on Wednesday evening to review "
     "checkpoints in the capital."),
    # A new head of the oil corporation named on Sunday 7 April 2030; the naming announced before it.
    ("no1.md", "Energy Wire", "2030-04-04",
     "The Presidential Council is expected to name a new chairman of the National Oil Corporation on Sunday, "
     "officials said."),
    ("no2.md", "Energy Wire", "2030-04-07",
     "The Presidential Council on Sunday appointed Masoud Suleiman as chairman of the National Oil "
     "Corporation, replacing Farhat Bengdara."),
    ("no3.md", "Al-Marsad Arabic (translated)", "2030-04-08",
     "The head of the Presidential Council, Mohamed al-Menfi, issued on Sunday a decision assigning Masoud "
     "Suleiman to head the National Oil Corporation."),
    ("no4.md", "Maghreb Review", "2030-06-15",
     "Suleiman, installed at the oil corporation in April, has so far kept production steady."),
    # A fuel depot blast in Zawiya on Tuesday 7 May 2030; mourning declared that day.
    ("fd1.md", "Desert Wire", "2030-05-08",
     "An explosion at a fuel depot in Zawiya killed at least nine people on Tuesday, the Red Crescent said."),
    ("fd2.md", "Al-Wasat Arabic (translated)", "2030-05-08",
     "Nine people died and 30 others were injured on Tuesday in a huge blast that ripped through a fuel "
     "storage facility in the city of Zawiya, according to the Libyan Red Crescent."),
    ("fd3.md", "United Nations", "2030-05-09",
     "The Resident Coordinator extends his condolences to the families of the nine people killed in the "
     "fuel depot explosion in Zawiya on 7 May."),
    ("fd4.md", "Coast Courier", "2030-05-08",
     "Prime Minister Abdul Hamid Dbeibah declared three days of national mourning on Tuesday after the "
     "Zawiya blast."),
    # Algeria and Libya agree to reopen the Ghadames crossing on Sunday 9 June 2030; officials met again later.
    ("dg1.md", "Desert Wire", "2030-06-10",
     "Algeria and Libya signed an agreement on Sunday to reopen the Debdeb-Ghadames border crossing, closed "
     "since 2014."),
    ("dg2.md", "Al-Marsad Arabic (translated)", "2030-06-10",
     "The Algerian government and the Government of National Unity concluded on Sunday in Ghadames a "
     "memorandum to reopen the land crossing between the two countries."),
    ("dg3.md", "Risk Advisory", "2030-06-12",
     "The deal Algiers and Tripoli struck on 9 June to reopen the Ghadames crossing should ease fuel "
     "shortages in the southwest."),
    ("dg4.md", "Desert Wire", "2030-08-27",
     "Algerian and Libyan officials met in Ghadames on Monday to discuss trade through the crossing."),
    # The LNA took Ubari on Friday 19 July 2030, and Ghat on Tuesday 23 July.
    ("ub1.md", "Desert Wire", "2030-07-20",
     "Forces loyal to Khalifa Hifter captured the southern town of Ubari on Friday after two days of "
     "fighting, residents said."),
    ("ub2.md", "Libya Observer Arabic (translated)", "2030-07-20",
     "The Libyan National Army announced on Friday that its units had taken full control of the city of "
     "Awbari."),
    ("ub3.md", "Risk Advisory", "2030-07-24",
     "The LNA's capture of Ubari last week extends its reach over the southwestern oil fields; expect "
     "checkpoints on the road to Sabha."),
    ("ub4.md", "Maghreb Review", "2030-09-30",
     "When Haftar's forces seized Ubari in July, few local units resisted."),
    ("ub5.md", "Desert Wire", "2030-07-24",
     "Khalifa Hifter's forces entered the town of Ghat on Tuesday without a fight, residents said."),
    # A UN envoy's briefing to the Security Council on Wednesday 21 August 2030; her visit to Tripoli on 26 August.
    ("sc1.md", "Desert Wire", "2030-08-22",
     "UN envoy Maria Lindqvist told the Security Council on Wednesday that the political process in Libya "
     "had stalled and warned of renewed fighting."),
    ("sc2.md", "United Nations", "2030-08-21",
     "In her briefing to the Security Council on 21 August, Special Representative Maria Lindqvist warned "
     "that the stalemate risked a return to conflict."),
    ("sc3.md", "Al-Wasat Arabic (translated)", "2030-08-22",
     "Lindqvist said in her briefing to the Security Council on Wednesday that the political track had "
     "reached a dead end."),
    ("sc4.md", "Coast Courier", "2030-08-27",
     "Maria Lindqvist met Prime Minister Abdul Hamid Dbeibah in Tripoli on Monday to discuss elections."),
    # Migrants freed from a trafficking warehouse in Kufra on Thursday 10 October 2030; others deported
    # from Kufra on Saturday 12 October.
    ("kf1.md", "Desert Wire", "2030-10-11",
     "Security forces freed 300 migrants held by traffickers in a warehouse in Kufra on Thursday, the "
     "interior ministry said."),
    ("kf2.md", "Al-Marsad Arabic (translated)", "2030-10-11",
     "The Ministry of Interior said on Thursday that its forces had raided a human trafficking den in Kufra "
     "and released 300 illegal migrants held inside."),
    ("kf3.md", "Live Blog", "2030-10-10",
     "Police have released 300 people locked in a warehouse by smugglers in Kufra today, officials say."),
    ("kf4.md", "Desert Wire", "2030-10-13",
     "Authorities in Kufra deported 150 Sudanese migrants across the southern border on Saturday."),
    # Municipal elections in 50 municipalities on Saturday 14 December 2030, announced for that day.
    ("mv1.md", "Desert Wire", "2030-12-10",
     "The elections commission said the second round of municipal elections would be held on Saturday in 50 "
     "municipalities."),
    ("mv2.md", "Desert Wire", "2030-12-15",
     "Voters in 50 municipalities went to the polls on Saturday in the second round of local elections, the "
     "elections commission said."),
    ("mv3.md", "Al-Wasat Arabic (translated)", "2030-12-15",
     "The High National Elections Commission announced on Saturday the close of polling in 50 municipal "
     "councils in the second phase of municipal elections."),
    ("mv4.md", "United Nations", "2030-12-16",
     "UNSMIL congratulates the Libyan people on the peaceful conduct of municipal elections in 50 "
     "municipalities on 14 December."),
    # Tunisia closed the Ras Jedir crossing on Tuesday 2 April 2030 after clashes on the Libyan side.
    ("rj1.md", "Desert Wire", "2030-04-03",
     "Tunisia closed the Ras Jedir border crossing with Libya on Tuesday after clashes between armed groups "
     "on the Libyan side, the Tunisian interior ministry said."),
    ("rj2.md", "Harbour Post", "2030-04-02",
     "Tunisia has shut the Ras Jedir border post with Libya, stranding hundreds of travellers on both sides."),
    ("rj3.md", "Al-Wasat Arabic (translated)", "2030-04-03",
     "The Tunisian authorities decided on Tuesday to close the Ras Ajdir land crossing until further notice, "
     "after armed clashes near the crossing on the Libyan side."),
    # The Central Bank's fee on foreign currency imposed on Sunday 17 March 2030.
    ("cf1.md", "Desert Wire", "2030-03-18",
     "The Central Bank of Libya imposed a 15% fee on official foreign currency purchases on Sunday, seeking "
     "to narrow the gap with the black market."),
    ("cf2.md", "Al-Wasat Arabic (translated)", "2030-03-18",
     "The Central Bank announced on Sunday the application of a tax of 15 percent on the official exchange "
     "rate for all purposes."),
    ("cf3.md", "Maghreb Review", "2030-05-30",
     "The 15 percent surcharge the central bank introduced in March has narrowed the gap with the parallel "
     "market."),
]

LATEST_EVENTS: dict[str, list[tuple[str, str]]] = {
    "ain-zara-escape": [("pz1", "inmates escaped"), ("pz2", "detainees fled"), ("pz3", "mass escape"),
                        ("pz4", "mass jailbreak")],
    "ain-zara-hunger-strike": [("pz5", "hunger strike")],
    "trabelsi-attack": [("tr1", "assassination attempt"), ("tr2", "escaped unharmed"), ("tr3", "shot at this morning"),
                        ("tr4", "attempt on Trabelsi")],
    "trabelsi-meeting": [("tr5", "chaired a meeting")],
    "noc-chair-expected": [("no1", "expected to name")],
    "noc-chair-named": [("no2", "appointed Masoud Suleiman"), ("no3", "assigning Masoud"), ("no4", "installed at the oil")],
    "zawiya-depot-blast": [("fd1", "explosion at a fuel depot"), ("fd2", "huge blast"), ("fd3", "condolences")],
    "zawiya-mourning": [("fd4", "days of national mourning")],
    "ghadames-crossing-deal": [("dg1", "signed an agreement"), ("dg2", "concluded on Sunday"), ("dg3", "struck on 9 June")],
    "ghadames-officials-met": [("dg4", "officials met")],
    "ubari-captured": [("ub1", "captured the southern town"), ("ub2", "taken full control"), ("ub3", "capture of Ubari"),
                       ("ub4", "seized Ubari")],
    "ghat-entered": [("ub5", "town of Ghat")],
    "council-briefing": [("sc1", "told the Security Council"), ("sc2", "In her briefing"), ("sc3", "dead end")],
    "lindqvist-dbeibah": [("sc4", "met Prime Minister")],
    "kufra-migrants-freed": [("kf1", "freed 300"), ("kf2", "released 300"), ("kf3", "released 300")],
    "kufra-deportation": [("kf4", "deported 150")],
    # An election day told before it as planned and after it as held is one event (the devnews
    # test half's gold groups such readings, by the coordinator's count of blocked pairs;
    # timeline.Pair.held_as_set): mv1 was its own event until the round that added NEWEST2_*.
    "municipal-vote": [("mv1", "would be held"), ("mv2", "went to the polls"), ("mv3", "close of polling"),
                       ("mv4", "peaceful conduct")],
    "ras-jedir-closed": [("rj1", "closed the Ras Jedir"), ("rj2", "has shut"), ("rj3", "decided on Tuesday")],
    "currency-fee": [("cf1", "15% fee"), ("cf2", "tax of 15 percent"), ("cf3", "15 percent surcharge")],
}


# Tuning stories of the round that wrote LATEST_*: texts of our own that rules of that round were
# tried on (LATEST_* never was).  Each class in three wordings: an office taken from someone with
# words between the verb and its end ("relieving the minister of his duties"), a body or person
# named by the registry in one report and in plain words in another ("the central bank",
# "Saddam"), and reactions on the day of an event told beside it (mourning, condolences,
# condemnation), which are other events.
TUNING_ARTICLES: list[tuple[str, str, str, str]] = [
    # A port director removed on Monday 3 February 2031.
    ("tu1.md", "Desert Wire", "2031-02-04",
     "The transport minister dismissed the director of Misrata port on Monday after a fuel smuggling scandal, "
     "the ministry said."),
    ("tu2.md", "Al-Marsad Arabic (translated)", "2031-02-04",
     "The Minister of Transport issued on Monday a decision relieving the director of the Misrata port of his "
     "duties pending an investigation into fuel smuggling."),
    ("tu3.md", "Coast Courier", "2031-02-04",
     "Officials said the port director in Misrata was stripped of his post on Monday over the smuggling case."),
    # The audit bureau chief replaced on Thursday 6 March 2031, told with the bureau named two ways.
    ("tv1.md", "Desert Wire", "2031-03-07",
     "The Presidential Council on Thursday removed the head of the Audit Bureau, naming his deputy as acting "
     "chief."),
    ("tv2.md", "Maghreb Review", "2031-04-20",
     "Menfi's decision in March to remove the audit bureau chief was challenged in court."),
    # A storm in Derna on Saturday 12 April 2031, with reactions on its day.
    ("tw1.md", "Desert Wire", "2031-04-13",
     "A storm killed at least 12 people in Derna on Saturday, flooding the old city, the Red Crescent said."),
    ("tw2.md", "Al-Wasat Arabic (translated)", "2031-04-13",
     "Twelve citizens died on Saturday when torrential rain flooded the old city of Derna, the Libyan Red "
     "Crescent announced."),
    ("tw3.md", "Coast Courier", "2031-04-13",
     "The government declared three days of mourning on Saturday after the deadly storm in Derna."),
    ("tw4.md", "United Nations", "2031-04-13",
     "The Secretary-General on Saturday sent his condolences to the families of those killed by the storm "
     "in Derna."),
    ("tw5.md", "Harbour Post", "2031-04-13",
     "The presidential council condemned on Saturday the slow response to the deadly floods in Derna."),
]

TUNING_EVENTS: dict[str, list[tuple[str, str]]] = {
    "port-director-removed": [("tu1", "dismissed the director"), ("tu2", "relieving the director"),
                              ("tu3", "stripped of his post")],
    "audit-chief-removed": [("tv1", "removed the head"), ("tv2", "remove the audit")],
    "derna-storm": [("tw1", "storm killed"), ("tw2", "Twelve citizens died")],
    "derna-mourning": [("tw3", "days of mourning")],
    "derna-condolences": [("tw4", "sent his condolences")],
    "derna-condemnation": [("tw5", "slow response")],
}


# A sixth set, written at the start of the round that added it, before any dev-half trace or any
# merging output of this round was read; never tuned on (its figures are reported, not fitted).
# Twelve events of 2032, each told by two to five outlets written as messy as real pages: a wire
# lead with a dateline and a quote, a long analysis paragraph naming the event in passing, a
# translated Arabic outlet's formal wording, a UN press release, a blog, a ministry statement,
# boilerplate around them.  Reports of one event share few rare words ("devalued the dinar" /
# "amended the official exchange rate"; "shot dead" / "assassinated" / "gunned down"; "granted
# confidence" / "approved the cabinet").  Hard negatives: one actor on one day doing another
# thing (a leader meets one guest and then another; a governor devalues and meets a mission), one
# place and kind months apart (two fires at one port, two rounds of clashes in one city, a
# terminal reopened and later shut), a plan and its later happening (a vote due, then held; a
# contract to be signed, then signed; results expected, then announced), reactions on the day
# of the event (an embassy welcoming a vote, an investigation ordered after a killing), an
# interception off one coast the day a boat sank there, a kidnapping and the release days later.
NEWEST_ARTICLES: list[tuple[str, str, str, str]] = [
    # A fire at Misrata port on Saturday 10 January 2032; another at the port on Tuesday 2 March.
    ("mp1.md", "Desert Wire", "2032-01-10",
     "MISRATA, Libya (Desert Wire) - A huge fire broke out on Saturday in a warehouse at Misrata port, sending "
     "black smoke over the city and forcing the evacuation of dockworkers, port officials said. \"The fire "
     "started in a depot holding fertiliser and spread to two containers,\" a civil defence officer told "
     "reporters. No casualties were reported.\n\nShare this article"),
    ("mp2.md", "Al-Wasat Arabic (translated)", "2032-01-11",
     "The Misrata Free Zone Authority announced that civil defence teams had succeeded in putting out the blaze "
     "that erupted on Saturday in one of the storage depots of the commercial port, without any human losses, "
     "and that a committee had been formed to investigate its causes."),
    ("mp3.md", "Maghreb Review", "2032-02-20",
     "Misrata's ambitions to become the gateway for Sahel trade rest on a port that has grown faster than its "
     "safety culture; the January blaze at the port, which burned for most of a day before firefighters "
     "contained it, was only the most visible sign of a problem that investors and insurers have been "
     "warning about for years, and the free zone's managers have yet to publish the inquiry they promised."),
    ("mp4.md", "Desert Wire", "2032-03-03",
     "A second fire in two months hit Misrata port on Tuesday, damaging a grain silo, the port authority said."),
    # Dbeibah met Erdogan in Ankara on Thursday 5 February 2032; the same day his office announced a pay rise.
    ("dk1.md", "Anatolia Wire", "2032-02-05",
     "ANKARA - Turkish President Recep Tayyip Erdogan received Libyan Prime Minister Abdul Hamid Dbeibah at the "
     "presidential complex in Ankara on Thursday, and the two leaders discussed energy cooperation and the "
     "training of Libyan security forces, the Turkish presidency said in a statement."),
    ("dk2.md", "Libya Observer Arabic (translated)", "2032-02-06",
     "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, held talks on Thursday in the "
     "Turkish capital with President Erdogan on ways of strengthening bilateral relations, in the presence of a "
     "number of ministers of the two countries."),
    ("dk3.md", "Tripoli Notes (blog)", "2032-02-07",
     "So Dbeibah flew to Ankara again. Thursday's sit-down with Erdogan - the fourth in two years, if you are "
     "counting - produced the usual photos and not much else, as far as anyone can tell."),
    ("dk4.md", "Coast Courier", "2032-02-06",
     "Dbeibah on Thursday also announced a 15 percent rise in public sector salaries from March, in a video "
     "message published by his office."),
    # The mayor of Sabha kidnapped on Monday 15 March 2032; released on Friday 19 March.
    ("sb1.md", "Desert Wire", "2032-03-16",
     "Gunmen abducted the mayor of Sabha, Hamed al-Khayali, from his car on Monday evening as he left the "
     "municipal council building, his family said, the latest in a string of kidnappings in the southern city."),
    ("sb2.md", "United Nations", "2032-03-16",
     "UNSMIL is alarmed by the abduction of the Mayor of Sabha, Mr. Hamed al-Khayali, on 15 March and calls for "
     "his immediate and unconditional release. The Mission reminds all parties that the targeting of "
     "elected officials is prohibited.\n\nAbout UNSMIL\nThe United Nations Support Mission in Libya is a "
     "special political mission."),
    ("sb3.md", "Risk Advisory", "2032-03-18",
     "Travel to Sabha should be deferred: the kidnapping of the city's mayor on 15 March shows that armed groups "
     "are willing to target senior officials in daylight."),
    ("sb4.md", "Desert Wire", "2032-03-20",
     "The mayor of Sabha, Hamed al-Khayali, was freed on Friday, four days after his abduction, following "
     "mediation by tribal elders, a municipal spokesman said."),
    # The House of Representatives approved a unified government on Tuesday 13 April 2032 in Sirte;
    # the vote announced before it; an embassy welcomed it that day.
    ("hr1.md", "Desert Wire", "2032-04-09",
     "The House of Representatives is due to vote on Tuesday on the cabinet proposed by prime minister-designate "
     "Salem al-Zadma, a parliamentary spokesman said."),
    ("hr2.md", "Desert Wire", "2032-04-13",
     "SIRTE, Libya - Libya's parliament on Tuesday approved a unified government headed by Salem al-Zadma, with "
     "121 of the 132 lawmakers present voting in favour, in a session in Sirte broadcast live on television."),
    ("hr3.md", "Al-Marsad Arabic (translated)", "2032-04-14",
     "The House of Representatives granted confidence, on Tuesday, to the government of Salem al-Zadma, by a "
     "majority of 121 deputies, during its official session held in the city of Sirte."),
    ("hr4.md", "Maghreb Review", "2032-05-30",
     "Six weeks after the April confidence vote in Sirte, al-Zadma's cabinet has yet to take over a single "
     "ministry building in Tripoli, and the rival administrations continue to pay two sets of salaries."),
    ("hr5.md", "Harbour Post", "2032-04-13",
     "The US embassy welcomed on Tuesday the parliament's endorsement of al-Zadma's cabinet and urged all "
     "institutions to cooperate with it."),
    # Clashes in Zawiya on Sunday 9 May 2032; clashes in Zawiya again on Wednesday 18 August.
    ("zw1.md", "Desert Wire", "2032-05-10",
     "At least seven people were killed on Sunday when rival armed groups fought with heavy weapons in the "
     "western city of Zawiya, the emergency medicine centre said, in the worst violence there this year."),
    ("zw2.md", "United Nations", "2032-05-10",
     "UNSMIL is deeply concerned by the armed clashes that erupted in Zawiya on 9 May, which claimed the lives "
     "of at least seven people, including two children, and urges all parties to cease hostilities "
     "immediately.\n\nFor more information, contact the UNSMIL Spokesperson's Office."),
    ("zw3.md", "Libya Live (blog)", "2032-05-09",
     "Updated 21:40. Heavy gunfire rocked Zawiya again today as fighters from the two militias battled around "
     "the refinery road; medics now put the death toll at seven."),
    ("zw4.md", "Desert Wire", "2032-08-19",
     "Fighting broke out again in Zawiya on Wednesday between armed groups, killing three people, residents "
     "said."),
    # The Es Sider terminal reopened on Wednesday 2 June 2032; force majeure declared there on Tuesday 14 September.
    ("es1.md", "Energy Wire", "2032-06-03",
     "Libya's Es Sider oil terminal resumed exports on Wednesday after a seven-week blockade by protesters was "
     "lifted, the National Oil Corporation said, with a first tanker loading 600,000 barrels."),
    ("es2.md", "National Oil Corporation", "2032-06-02",
     "The National Oil Corporation announces the lifting of force majeure at the port of Es Sider, effective "
     "today, 2 June 2032, and the resumption of loading operations.\n\nNOC Media Office"),
    ("es3.md", "Maghreb Review", "2032-07-11",
     "The reopening of Es Sider in early June, negotiated with the protesters by local elders rather than by "
     "either government, says more about where power lies in the oil crescent than any communique."),
    ("es4.md", "Energy Wire", "2032-09-15",
     "The National Oil Corporation declared force majeure at Es Sider on Tuesday after guards shut the terminal "
     "in a pay dispute."),
    # A boat sank off Sabratha on Friday 16 July 2032; the coastguard intercepted another boat there that day.
    ("sr1.md", "Desert Wire", "2032-07-17",
     "At least 43 migrants are feared dead after their overcrowded wooden boat capsized off Sabratha on Friday, "
     "the International Organization for Migration said, adding that 12 survivors were brought ashore."),
    ("sr2.md", "United Nations", "2032-07-18",
     "IOM mourns the loss of at least 43 lives in the shipwreck off Sabratha on 16 July, the deadliest on the "
     "central Mediterranean route this year."),
    ("sr3.md", "Al-Wasat Arabic (translated)", "2032-07-17",
     "The Red Crescent branch in Sabratha recovered on Friday the bodies of 19 illegal migrants after the "
     "sinking of the boat that was carrying them off the city's coast, while the search continues for the "
     "missing."),
    ("sr4.md", "Coast Courier", "2032-07-17",
     "The Libyan coastguard intercepted 95 migrants off Sabratha on Friday and took them to a detention centre "
     "in Zawiya."),
    # Parliamentary elections held on Saturday 14 August 2032; preliminary results on Saturday 21 August.
    ("el1.md", "Desert Wire", "2032-08-15",
     "Libyans voted on Saturday in the first parliamentary elections in two decades, with turnout estimated at "
     "around 52 percent, the High National Elections Commission said."),
    ("el2.md", "United Nations", "2032-08-15",
     "The Secretary-General commends the Libyan people for the peaceful conduct of the parliamentary elections "
     "on 14 August and encourages all candidates to resolve disputes through legal channels."),
    ("el3.md", "Desert Wire", "2032-08-18",
     "The elections commission said preliminary results would be announced on Saturday."),
    ("el4.md", "Desert Wire", "2032-08-22",
     "Independent candidates won most of the 200 seats, according to preliminary results announced on Saturday "
     "by the High National Elections Commission."),
    ("el5.md", "Al-Marsad Arabic (translated)", "2032-08-22",
     "The High National Elections Commission revealed on Saturday evening the preliminary results of the House "
     "of Representatives elections, which showed the independents ahead."),
    # The Central Bank devalued the dinar on Sunday 5 September 2032; its governor met an IMF mission that day.
    ("cb1.md", "Desert Wire", "2032-09-06",
     "The Central Bank of Libya cut the official value of the dinar by 20 percent on Sunday, its second "
     "devaluation in three years, in a bid to close the gap with the black market rate."),
    ("cb2.md", "Libya Observer Arabic (translated)", "2032-09-06",
     "The Board of Directors of the Central Bank of Libya decided on Sunday to amend the official exchange rate "
     "of the Libyan dinar against the Special Drawing Rights, in a move economists described as a devaluation."),
    ("cb3.md", "Dinar Watch (blog)", "2032-09-07",
     "Well, it happened. On Sunday the CBL finally pulled the trigger and knocked a fifth off the dinar. Your "
     "dollars just got more expensive, folks."),
    ("cb4.md", "Coast Courier", "2032-09-06",
     "Central Bank Governor Naji Issa met a visiting International Monetary Fund mission in Tripoli on Sunday to "
     "review the country's public finances."),
    # A militia commander shot dead in Tripoli on Wednesday 6 October 2032; an inquiry ordered that day.
    ("ak1.md", "Desert Wire", "2032-10-07",
     "Abdelghani al-Kikli, a powerful militia commander in Tripoli, was shot dead on Wednesday by gunmen who "
     "opened fire on his car in the Abu Salim district, security sources said."),
    ("ak2.md", "Al-Marsad Arabic (translated)", "2032-10-07",
     "The commander of the Stability Support Apparatus, Abdelghani al-Kikli, known as Ghaniwa, was assassinated "
     "on Wednesday in the capital, Tripoli, according to local sources."),
    ("ak3.md", "Tripoli Notes (blog)", "2032-10-08",
     "Ghaniwa is dead. Gunned down in Abu Salim on Wednesday afternoon, a few hundred metres from his own "
     "headquarters."),
    ("ak4.md", "Maghreb Review", "2032-11-25",
     "The killing of al-Kikli in October removed the one man who could hold the southern districts of the "
     "capital together, and the armed groups that answered to him have since splintered."),
    ("ak5.md", "Coast Courier", "2032-10-07",
     "Prime Minister Dbeibah ordered the attorney general on Wednesday to open an investigation into the "
     "killing of al-Kikli."),
    # Sisi received Haftar in Cairo on Monday 8 November 2032; the same day he received Sudan's army chief.
    ("sh1.md", "Nile Wire", "2032-11-08",
     "CAIRO - Egyptian President Abdel Fattah al-Sisi received Libyan National Army commander Khalifa Haftar in "
     "Cairo on Monday to discuss the security of the two countries' shared border, the presidency said."),
    ("sh2.md", "Al-Marsad Arabic (translated)", "2032-11-09",
     "Field Marshal Khalifa Haftar held talks on Monday at Al-Ittihadiya Palace with the Egyptian president, "
     "who affirmed his country's support for the unity of Libya and its institutions."),
    ("sh3.md", "Sahel Times", "2032-11-09",
     "Egypt's president also met Sudanese army chief Abdel Fattah al-Burhan in Cairo on Monday to discuss the "
     "war in Sudan."),
    # A contract for the Derna dams signed on Thursday 2 December 2032; its signing announced before.
    ("dd1.md", "Desert Wire", "2032-11-26",
     "The reconstruction fund said it would sign a contract next week with a Turkish consortium to rebuild the "
     "two dams of Derna."),
    ("dd2.md", "Desert Wire", "2032-12-03",
     "Libya's reconstruction fund signed a $1.2 billion contract on Thursday with a Turkish consortium to "
     "rebuild the two dams above Derna that burst in the 2023 floods, the fund said."),
    ("dd3.md", "Ministry of Water Resources", "2032-12-02",
     "The Ministry of Water Resources welcomes the signing today, Thursday 2 December, of the contract for the "
     "reconstruction of the Abu Mansour and Derna dams, and affirms its full support to the consortium."),
    ("dd4.md", "Libya Observer Arabic (translated)", "2032-12-03",
     "The Development and Reconstruction Fund concluded on Thursday an agreement with a Turkish alliance to "
     "implement the project of rebuilding the dams of the city of Derna, at a cost of 1.2 billion dollars."),
]

NEWEST_EVENTS: dict[str, list[tuple[str, str]]] = {
    "misrata-port-fire": [("mp1", "huge fire broke out"), ("mp2", "putting out the blaze"), ("mp3", "January blaze")],
    "misrata-port-second-fire": [("mp4", "second fire")],
    "dbeibah-erdogan": [("dk1", "received Libyan Prime Minister"), ("dk2", "held talks on Thursday"),
                        ("dk3", "sit-down with Erdogan")],
    "dbeibah-salaries": [("dk4", "rise in public sector")],
    "sabha-mayor-kidnapped": [("sb1", "abducted the mayor"), ("sb2", "alarmed by the abduction"),
                              ("sb3", "kidnapping of the city")],
    "sabha-mayor-freed": [("sb4", "was freed")],
    "confidence-vote-due": [("hr1", "due to vote")],
    "confidence-vote": [("hr2", "approved a unified government"), ("hr3", "granted confidence"),
                        ("hr4", "April confidence vote")],
    "embassy-welcome": [("hr5", "embassy welcomed")],
    "zawiya-clashes": [("zw1", "rival armed groups fought"), ("zw2", "armed clashes that erupted"),
                       ("zw3", "Heavy gunfire rocked")],
    "zawiya-clashes-again": [("zw4", "Fighting broke out again")],
    "es-sider-reopened": [("es1", "resumed exports"), ("es2", "lifting of force majeure"), ("es3", "reopening of Es Sider")],
    "es-sider-force-majeure": [("es4", "declared force majeure")],
    "sabratha-sinking": [("sr1", "capsized off Sabratha"), ("sr2", "shipwreck off Sabratha"), ("sr3", "bodies of 19")],
    "sabratha-interception": [("sr4", "intercepted 95")],
    "parliamentary-vote": [("el1", "Libyans voted"), ("el2", "peaceful conduct")],
    "results-due": [("el3", "would be announced")],
    "results-announced": [("el4", "preliminary results announced"), ("el5", "revealed on Saturday")],
    "dinar-devalued": [("cb1", "cut the official value"), ("cb2", "amend the official exchange"), ("cb3", "pulled the trigger")],
    "governor-imf": [("cb4", "Monetary Fund mission")],
    "kikli-killed": [("ak1", "was shot dead"), ("ak2", "was assassinated"), ("ak3", "Gunned down"), ("ak4", "killing of al-Kikli in")],
    "kikli-inquiry": [("ak5", "open an investigation")],
    "sisi-haftar": [("sh1", "received Libyan National Army"), ("sh2", "held talks on Monday")],
    "sisi-burhan": [("sh3", "Sudanese army chief")],
    "dams-contract-due": [("dd1", "would sign a contract")],
    "dams-contract": [("dd2", "signed a $1.2 billion"), ("dd3", "welcomes the signing"), ("dd4", "concluded on Thursday")],
}


# The seventh set (NEWEST2_*), written before any change of the round that added it and never
# tuned on: twelve events told by two to four outlets (a wire lead, an analysis paragraph naming
# the event in passing, a translated Arabic outlet, a UN release, a blog, a travel advisory) of
# the classes merging missed on real pages (a flood at a place, a vote and an oath of a body, an
# election day told as scheduled by one outlet and as held by another, an attack, events of past
# years named in passing), with hard negatives: the same kind at the same place months apart,
# the same body or man on the same day doing another thing, a threat and what followed, a
# reaction on the day of the event.
NEWEST2_ARTICLES: list[tuple[str, str, str, str]] = [
    # Flash floods in Bayda on Tuesday 13 September 2033; floods there again on Monday 19 December.
    ("fl1.md", "Desert Wire", "2033-09-13",
     "BAYDA, Libya (Desert Wire) - Flash floods swept through the eastern city of Bayda on Tuesday after a night "
     "of torrential rain, killing at least 14 people and washing away cars in the old market, local officials "
     "said. Rescue teams were still searching for the missing late in the day.\n\nRead more: Libya weather"),
    ("fl2.md", "Al-Wasat Arabic (translated)", "2033-09-14",
     "The Ministry of Health in the government designated by the House of Representatives said that 14 citizens "
     "lost their lives in the torrents that struck the city of Al-Bayda on Tuesday, and called on residents to "
     "stay away from the valley beds until further notice."),
    ("fl3.md", "OCHA", "2033-09-15",
     "Flash Update No. 1 - Libya. Heavy rainfall on 13 September caused severe flooding in Bayda and surrounding "
     "villages of the Jebel Akhdar, affecting an estimated 6,000 people. Humanitarian partners are mobilising "
     "shelter kits and hygiene supplies."),
    ("fl4.md", "Maghreb Review", "2033-11-02",
     "The September floods in Bayda, which killed 14 people and left thousands without shelter, exposed once "
     "again how little of the reconstruction money promised after earlier disasters ever reached the Jebel "
     "Akhdar, and local councils, who have waited for years, are now openly blaming Benghazi for the delays."),
    ("fl5.md", "Desert Wire", "2033-12-19",
     "Floods hit Bayda again on Monday, cutting the road to Shahat and flooding dozens of homes, the municipal "
     "council said."),
    # The House of Representatives passed the budget on Monday 7 March 2033; it also elected a deputy speaker.
    ("hv1.md", "Desert Wire", "2033-03-07",
     "Libya's eastern-based House of Representatives on Monday approved a unified state budget of 180 billion "
     "dinars, the first in three years, in a session in Benghazi attended by 112 lawmakers, its spokesman said."),
    ("hv2.md", "Libya Observer Arabic (translated)", "2033-03-08",
     "The House of Representatives voted on Monday, during its session held in the city of Benghazi, to adopt "
     "the general budget law for the current year, worth 180 billion dinars."),
    ("hv3.md", "Tripoli Notes (blog)", "2033-03-10",
     "Monday's budget vote in Benghazi was less a triumph of consensus than a receipt: everyone got paid, the "
     "east got more, and nobody in the chamber asked where the oil money actually goes."),
    ("hv4.md", "Coast Courier", "2033-03-07",
     "In the same session on Monday, lawmakers elected a new second deputy speaker, Fatima al-Obeidi, after two "
     "rounds of voting."),
    # The new central bank governor sworn in on Wednesday 20 April 2033.
    ("sw1.md", "Desert Wire", "2033-04-20",
     "Naji Issa, the new governor of the Central Bank of Libya, was sworn in before the House of "
     "Representatives in Benghazi on Wednesday, ending a months-long standoff over control of the bank."),
    ("sw2.md", "Al-Wasat Arabic (translated)", "2033-04-21",
     "The Governor of the Central Bank, Naji Issa, took the legal oath on Wednesday before the Parliament, in the "
     "presence of Speaker Aguila Saleh and a number of deputies."),
    ("sw3.md", "United Nations", "2033-04-21",
     "UNSMIL welcomes the swearing-in of the Governor of the Central Bank of Libya on 20 April as an important "
     "step towards unifying the institution and restoring confidence in the banking sector."),
    # Municipal elections held on Saturday 11 June 2033 in 26 municipalities.
    ("me1.md", "Desert Wire", "2033-06-11",
     "Polls opened on Saturday in 26 municipalities across Libya, including Zawiya and Sabha, in the second "
     "phase of local elections organised by the Central Committee for Municipal Council Elections."),
    ("me2.md", "Libya Herald", "2033-06-09",
     "Voters in 26 municipalities, among them Zawiya and Sabha, are set to elect new councils on Saturday, the "
     "Central Committee for Municipal Council Elections said, adding that 140,000 people had registered."),
    ("me3.md", "United Nations", "2033-06-12",
     "The United Nations Support Mission in Libya congratulates the voters of the 26 municipalities who cast "
     "their ballots on 11 June in a calm and orderly atmosphere."),
    ("me4.md", "Tripoli Notes (blog)", "2033-06-15",
     "Turnout in Saturday's municipal vote in Zawiya was barely 30 percent, which says more about the councils' "
     "powers than about the voters."),
    ("me5.md", "Libya Herald", "2033-06-12",
     "Results of the municipal elections will be announced within a week, the committee said on Sunday."),
    # A car bomb at a Benghazi checkpoint on Friday 4 March 2033; another bomb in Benghazi on Friday 22 July.
    ("cb1.md", "Desert Wire", "2033-03-04",
     "A car bomb exploded at a checkpoint at the western entrance of Benghazi on Friday, killing three soldiers "
     "of the Libyan National Army and wounding seven, a military source said."),
    ("cb2.md", "Al-Marsad Arabic (translated)", "2033-03-05",
     "Three members of the army were martyred and seven others were injured in a terrorist explosion that "
     "targeted the western gate of Benghazi on Friday evening, according to the security directorate."),
    ("cb3.md", "Maghreb Review", "2033-04-01",
     "The March 4 bombing at a Benghazi checkpoint, the first such attack in the city in years, has prompted a "
     "wave of arrests that rights groups say has swept up dozens of people with no link to it."),
    ("cb4.md", "Benghazi Voice", "2033-03-04",
     "The General Command on Friday condemned what it called a cowardly attack and vowed to hunt down those "
     "responsible."),
    ("cb5.md", "Desert Wire", "2033-07-22",
     "A bomb hidden in a parked car exploded near a mosque in Benghazi on Friday, wounding two worshippers, "
     "security officials said."),
    # Dbeibah on Wednesday 18 May 2033 opened a hospital wing in Zliten and received Italy's ambassador.
    ("db1.md", "Desert Wire", "2033-05-18",
     "Prime Minister Abdul Hamid Dbeibah on Wednesday inaugurated a new 200-bed wing of Zliten Medical Centre, "
     "promising that the government would fund ten more hospitals this year."),
    ("db2.md", "Libya Observer Arabic (translated)", "2033-05-19",
     "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, opened on Wednesday the new "
     "wing of the Zliten Medical Centre, with a capacity of 200 beds."),
    ("db3.md", "Coast Courier", "2033-05-18",
     "Dbeibah also received the Italian ambassador in Tripoli on Wednesday to discuss migration and energy."),
    ("db4.md", "Nova Agency", "2033-05-19",
     "Italy's ambassador to Libya met Prime Minister Dbeibah in Tripoli on Wednesday and conveyed an invitation "
     "to visit Rome, the embassy said."),
    # Events of past years named in passing: the 2019 offensive on Tripoli, the 2011 uprising.
    ("bg1.md", "Maghreb Review", "2033-02-02",
     "Haftar's 2019 offensive on Tripoli, which left more than 2,000 fighters dead and ended in retreat the "
     "following year, still shapes how western militias view any unification of the army."),
    ("bg2.md", "Tripoli Notes (blog)", "2033-08-08",
     "Anyone who lived through the 2019 assault on the capital by Haftar's forces knows why Tripoli's "
     "neighbourhoods distrust any talk of a joint army, whatever the envoys say."),
    ("bg3.md", "Libya Observer Arabic (translated)", "2033-10-10",
     "Residents of Ain Zara, whose homes were destroyed during the attack on Tripoli by Haftar's forces in 2019, "
     "staged a sit-in on Sunday to demand compensation."),
    ("bg4.md", "Maghreb Review", "2033-05-05",
     "Haftar, who met Vladimir Putin in Moscow in 2019, has kept his channels to the Kremlin open."),
    ("bg5.md", "Desert Wire", "2033-01-30",
     "Libya has been split between rival governments for most of the period since the 2011 uprising that "
     "toppled Muammar Gaddafi."),
    ("bg6.md", "Risk Advisory", "2033-03-01",
     "Security has never been restored in the south since the fall of Gaddafi in 2011, and kidnapping for "
     "ransom remains common on the roads around Sabha."),
    ("bg7.md", "Sahel Analysis", "2033-06-30",
     "The 2011 revolt against Gaddafi scattered his arsenals across the Sahel, a legacy the region still lives "
     "with."),
    # Mitiga airport closed on Sunday 16 January 2033 after rockets; reopened on Tuesday 18 January.
    ("mt1.md", "Desert Wire", "2033-01-16",
     "Flights at Tripoli's Mitiga airport were suspended on Sunday after several rockets landed near the "
     "runway, the airport administration said, with arriving planes diverted to Misrata."),
    ("mt2.md", "Al-Wasat Arabic (translated)", "2033-01-17",
     "The administration of Mitiga International Airport announced the suspension of air traffic on Sunday "
     "following the fall of Grad missiles in the vicinity of the airport."),
    ("mt3.md", "Travel Risk Advisory", "2033-01-18",
     "TRIPOLI: Mitiga airport operations were halted on Sunday 16 January after indirect fire struck near the "
     "runway; carriers rerouted flights via Misrata. Expect further disruption."),
    ("mt4.md", "Desert Wire", "2033-01-18",
     "Mitiga airport reopened on Tuesday after two days of closure, the transport ministry said."),
    # The High Council of State re-elected its president on Tuesday 2 August 2033; the same day it rejected draft laws.
    ("hc1.md", "Desert Wire", "2033-08-02",
     "The High Council of State on Tuesday re-elected Khaled al-Mishri as its president, with 71 votes against "
     "60 for his rival, in a session in Tripoli."),
    ("hc2.md", "Libya Observer Arabic (translated)", "2033-08-03",
     "Khaled al-Mishri won the presidency of the High Council of State for a new term in the elections held by "
     "the council on Tuesday in Tripoli, obtaining 71 votes."),
    ("hc3.md", "Coast Courier", "2033-08-03",
     "The council also voted on Tuesday to reject the draft electoral laws sent to it by the House of "
     "Representatives."),
    # Protesters shut the Zueitina terminal on Thursday 29 September 2033, after a threat on Sunday 25 September.
    ("zt1.md", "Energy Wire", "2033-09-29",
     "Protesters shut down the Zueitina oil terminal on Thursday, halting exports of about 70,000 barrels a "
     "day, an oil engineer at the port said."),
    ("zt2.md", "Al-Wasat Arabic (translated)", "2033-09-30",
     "The National Oil Corporation declared force majeure at the port of Zueitina on Thursday after protesters "
     "stormed it and stopped loading operations."),
    ("zt3.md", "Energy Wire", "2033-09-25",
     "A group calling itself the Youth of Zueitina threatened on Sunday to close the terminal within days unless "
     "its demands for jobs were met."),
]

NEWEST2_EVENTS: dict[str, list[tuple[str, str]]] = {
    "bayda-floods": [("fl1", "Flash floods swept"), ("fl2", "torrents that struck"), ("fl3", "severe flooding"),
                     ("fl4", "September floods")],
    "bayda-floods-again": [("fl5", "Floods hit Bayda again")],
    "budget-vote": [("hv1", "approved a unified state budget"), ("hv2", "to adopt"), ("hv3", "budget vote")],
    "deputy-speaker": [("hv4", "second deputy speaker")],
    "governor-sworn-in": [("sw1", "was sworn in"), ("sw2", "legal oath"), ("sw3", "swearing-in")],
    "municipal-elections": [("me1", "Polls opened"), ("me2", "set to elect"), ("me3", "cast their ballots"),
                            ("me4", "municipal vote")],
    "results-due": [("me5", "will be announced")],
    "benghazi-car-bomb": [("cb1", "car bomb exploded"), ("cb2", "terrorist explosion"), ("cb3", "March 4 bombing")],
    "car-bomb-condemned": [("cb4", "condemned")],
    "benghazi-mosque-bomb": [("cb5", "near a mosque")],
    "zliten-hospital": [("db1", "inaugurated"), ("db2", "opened on Wednesday")],
    "italian-ambassador": [("db3", "received the Italian ambassador"), ("db4", "met Prime Minister Dbeibah")],
    "tripoli-offensive-2019": [("bg1", "2019 offensive"), ("bg2", "2019 assault"), ("bg3", "attack on Tripoli")],
    "haftar-putin-2019": [("bg4", "met Vladimir Putin")],
    "uprising-2011": [("bg5", "2011 uprising"), ("bg6", "fall of Gaddafi"), ("bg7", "2011 revolt")],
    "mitiga-closed": [("mt1", "Flights at Tripoli"), ("mt2", "suspension of air traffic"), ("mt3", "operations were halted")],
    "mitiga-reopened": [("mt4", "reopened on Tuesday")],
    "hcs-president": [("hc1", "re-elected Khaled"), ("hc2", "won the presidency")],
    "hcs-laws-rejected": [("hc3", "reject the draft")],
    "zueitina-shut": [("zt1", "shut down the Zueitina"), ("zt2", "declared force majeure")],
    "zueitina-threat": [("zt3", "threatened on Sunday")],
}


# The eighth set (NEWEST3_*), written before any change of the round that added it and before
# any code ran on it; never tuned on (its figures are reported, not fitted).  Thirteen events of
# 2034 told by two to four outlets each (a wire lead with a dateline, a syndicated copy of it on
# another site with its chrome, a translated Arabic outlet, a UN release, an analysis naming the
# event in passing, a blog, a risk advisory, a present-perfect lead dated by its publication), in
# other words ("shut down" / "the halt of production" / "blockade"; "was sworn in" / "took the
# constitutional oath"; "torrents" / "flash flooding"), dates of other precisions ("on Sunday",
# "on 5 March", "in March", "yesterday", "last week", "earlier this month", a year); and hard
# negatives: one field shut twice months apart, two officials sworn in at one place on one day,
# floods in two towns on one day, a visitor's arrival and the signing ceremony the next day (told
# in one article too), one host receiving two guests on one day, an earlier round of clashes named
# in the background of a report of new ones, a page's "updated" line, a plan and what followed.
NEWEST3_ARTICLES: list[tuple[str, str, str, str]] = [
    # Protesters shut the Sharara field on Sunday 5 March 2034; armed guards shut it again on Sunday 10 September.
    ("sh1.md", "Energy Wire", "2034-03-05",
     "TRIPOLI (Energy Wire) - Protesters shut down Libya's Sharara oilfield on Sunday, cutting about 290,000 "
     "barrels per day of crude output, two engineers at the field told Energy Wire. The protesters are demanding "
     "fuel deliveries and jobs for the south."),
    ("sh2.md", "Al-Wasat Arabic (translated)", "2034-03-06",
     "The National Oil Corporation announced the halt of production at the Sharara field on Sunday, after a group "
     "of young men from the Fezzan closed the valves of the pipeline leading to the Zawiya refinery."),
    ("sh3.md", "Sahara Risk Advisory", "2034-03-07",
     "SECURITY ALERT - LIBYA. Oil: production at Sharara (southwest) halted on 5 March following a blockade by "
     "local protesters. Clients should expect delays at the Zawiya terminal. Severity: moderate."),
    ("sh4.md", "Maghreb Review", "2034-04-20",
     "The shutdown of Sharara in March, the third in as many years, cost the treasury more than a billion dollars "
     "and showed once more how cheaply a handful of men can hold the economy hostage."),
    ("sh5.md", "Energy Wire", "2034-09-10",
     "Armed guards shut the Sharara oilfield again on Sunday, demanding six months of unpaid salaries, an official "
     "at the National Oil Corporation said."),
    # Two officials sworn in before the House in Benghazi on Tuesday 11 April 2034.
    ("so1.md", "Desert Wire", "2034-04-11",
     "BENGHAZI, Libya (Desert Wire) - Salem al-Fitouri was sworn in as head of the Audit Bureau before the House "
     "of Representatives in Benghazi on Tuesday, ending a two-year vacancy at the watchdog."),
    ("so2.md", "Libya Observer Arabic (translated)", "2034-04-12",
     "The new head of the Audit Bureau, Salem al-Fitouri, took the constitutional oath on Tuesday before the "
     "House of Representatives at its seat in Benghazi, in the presence of Speaker Aguila Saleh."),
    ("so3.md", "Coast Courier", "2034-04-11",
     "Also on Tuesday in Benghazi, Huda Ben Amer was sworn in before the House as the new chair of the High "
     "National Elections Commission, replacing a chairman who resigned in January."),
    ("so4.md", "Al-Wasat Arabic (translated)", "2034-04-12",
     "Huda Ben Amer, the head of the Elections Commission, performed the legal oath on Tuesday before the members "
     "of parliament in Benghazi, becoming the first woman to lead the commission."),
    # Floods in Derna and in Ghat on Monday 24 April 2034.
    ("fd1.md", "Desert Wire", "2034-04-24",
     "DERNA, Libya (Desert Wire) - Flash floods swept through the eastern city of Derna on Monday, killing four "
     "people and sweeping cars into the sea, the municipal council said."),
    ("fd2.md", "Libya Herald", "2034-04-25",
     "Four people died in Derna on Monday when torrents poured down the wadi into the city centre, the health "
     "ministry in the east said, reviving memories of the 2023 disaster."),
    ("fd3.md", "Al-Wasat Arabic (translated)", "2034-04-25",
     "Heavy rains flooded the city of Ghat in the far southwest on Monday, destroying dozens of mud-brick houses "
     "in the old town, the Libyan Red Crescent said."),
    ("fd4.md", "OCHA", "2034-04-26",
     "Flash Update No. 3 - Libya. Flash flooding on 24 April affected an estimated 1,200 people in Ghat, where "
     "dozens of houses collapsed. Partners are distributing tents and water."),
    # Turkey's foreign minister arrived in Tripoli on Friday 19 May; agreements were signed on Saturday 20 May.
    ("tk1.md", "Desert Wire", "2034-05-19",
     "Turkish Foreign Minister Kemal Aydin arrived in Tripoli on Friday at the head of a large delegation for "
     "a two-day visit, the Government of National Unity said."),
    ("tk2.md", "Anadolu Wire", "2034-05-20",
     "Foreign Minister Kemal Aydin landed at Mitiga airport on Friday evening and was received by his Libyan "
     "counterpart. On Saturday, the two ministers signed three memorandums of understanding on energy, "
     "maritime jurisdiction and education at a ceremony in Tripoli."),
    ("tk3.md", "Libya Observer Arabic (translated)", "2034-05-21",
     "The signing ceremony held on Saturday at the headquarters of the Ministry of Foreign Affairs in Tripoli saw "
     "the conclusion of three memorandums of understanding between Libya and Turkey."),
    # A wire story on Wednesday 17 May 2034, syndicated by two sites with their own chrome.
    ("wc1.md", "Desert Wire", "2034-05-17",
     "MISRATA, Libya (Desert Wire) - Gunmen stormed the headquarters of the Misrata municipal council on "
     "Wednesday and held the mayor for several hours before releasing him unharmed, council members said."),
    ("wc2.md", "Gulf Daily Online", "2034-05-18",
     "Home | World | Africa\n\nMISRATA - Gunmen stormed the headquarters of the Misrata municipal council on "
     "Wednesday and held the mayor for several hours before releasing him unharmed, council members said.\n\n"
     "Share this article\n\nMore from Africa"),
    ("wc3.md", "Sahel Times", "2034-05-19",
     "By Desert Wire | Published 19 May 2034\n\nGunmen stormed the headquarters of the Misrata municipal "
     "council on Wednesday and held the mayor for several hours before releasing him unharmed, council "
     "members said."),
    # A kidnapping on Tuesday 6 June 2034, told in a lead dated by its publication and in another outlet's body.
    ("kd1.md", "Libya Herald", "2034-06-08",
     "Gunmen have abducted the mayor of Sabratha, Hassan Dhawadi.\n\nDhawadi was seized on Tuesday evening "
     "outside his home by men in two unmarked cars, his family said. The municipal council suspended its work "
     "in protest."),
    ("kd2.md", "Desert Wire", "2034-06-07",
     "Unknown gunmen kidnapped Hassan Dhawadi, the mayor of the western coastal town of Sabratha, on Tuesday "
     "evening, a council member said, the third such abduction this year."),
    # Clashes in Zawiya on Friday 9 June killed 12; new clashes there on Friday 23 June.
    ("zw1.md", "Desert Wire", "2034-06-09",
     "Clashes between rival armed groups in the western city of Zawiya killed 12 people on Friday, including "
     "two children, the city's main hospital said."),
    ("zw2.md", "Al-Marsad Arabic (translated)", "2034-06-10",
     "Twelve people lost their lives in the armed confrontations that broke out on Friday in the city of "
     "Zawiya between the Al-Nasr brigade and a rival group, according to the emergency services."),
    ("zw3.md", "Desert Wire", "2034-06-23",
     "Fighting erupted again in Zawiya on Friday, residents said, two weeks after clashes earlier this month "
     "killed 12 people in the city."),
    ("zw4.md", "Libya Herald", "2034-06-24",
     "Renewed fighting broke out in the centre of Zawiya on Friday, forcing the closure of the coastal road "
     "for several hours."),
    # Haftar received Egypt's intelligence chief and, the same day, a Russian deputy minister (Monday 10 July).
    ("hf1.md", "Desert Wire", "2034-07-10",
     "Eastern commander Khalifa Haftar received Egypt's intelligence chief Hassan Rashad in Benghazi on Monday "
     "to discuss border security, his General Command said."),
    ("hf2.md", "Al-Ahram Online", "2034-07-11",
     "General Intelligence chief Hassan Rashad met Field Marshal Khalifa Hifter in Benghazi on Monday, "
     "conveying a message from President Sisi on the security of the shared border."),
    ("hf3.md", "Nova Agency", "2034-07-10",
     "Haftar also received Russian Deputy Defence Minister Yunus-Bek Yevkurov in Benghazi on Monday evening, "
     "the latest in a series of visits by Russian officials."),
    # The central bank devalued the dinar on Sunday 13 August 2034 (a lead dated by its publication too).
    ("cb1.md", "Desert Wire", "2034-08-13",
     "The Central Bank of Libya on Sunday devalued the dinar by 13 percent against the US dollar, citing falling "
     "oil revenues and rising public spending."),
    ("cb2.md", "Libya Herald", "2034-08-14",
     "The central bank has cut the official value of the dinar.\n\nIn a statement issued on Sunday, the Central "
     "Bank of Libya said it had amended the official exchange rate by 13 percent, its first change in three "
     "years."),
    ("cb3.md", "Tripoli Notes (blog)", "2034-08-20",
     "Last week's 13 percent devaluation was the only honest thing the central bank has done in years: it admitted "
     "what every money changer in the Souq al-Mushir already knew."),
    ("cb4.md", "Desert Wire", "2034-08-13",
     "Central bank governor Naji Issa said on Sunday that the bank would also raise the ceiling on foreign "
     "currency for personal purposes."),
    # A migrant boat sank off Tobruk on Monday 2 October 2034; the coast guard intercepted another the same day.
    ("mb1.md", "Desert Wire", "2034-10-02",
     "At least 27 migrants drowned when their boat capsized off the eastern port of Tobruk on Monday, the Libyan "
     "Red Crescent said."),
    ("mb2.md", "IOM Libya", "2034-10-03",
     "IOM is saddened by the shipwreck off Tobruk on 2 October in which at least 27 people lost their lives; "
     "nine survivors were brought ashore."),
    ("mb3.md", "Libya Herald", "2034-10-03",
     "The coast guard intercepted 140 migrants off Tobruk on Monday and returned them to the port, the navy said."),
    # A page whose updated line falls on the day of the event it reports (Tuesday 14 November 2034).
    ("el1.md", "Libya Review", "2034-11-14",
     "Last updated: Tuesday 14 November 2034, 10:45 GMT\n\nThe High National Elections Commission on Tuesday "
     "opened voter registration for the parliamentary elections, its spokesman said, adding that registration "
     "would run for six weeks."),
    ("el2.md", "Al-Wasat Arabic (translated)", "2034-11-15",
     "The High National Elections Commission announced on Tuesday the start of the registration of voters for "
     "the legislative elections, which will continue for six weeks."),
    ("el3.md", "Desert Wire", "2034-11-10",
     "The elections commission said on Friday it would open voter registration on Tuesday."),
    # The 2020 ceasefire named in passing; the 2020 protests over power cuts named in passing.
    ("yr1.md", "Maghreb Review", "2034-02-20",
     "The ceasefire signed in Geneva in 2020 by the Joint Military Commission has held, more or less, for "
     "fourteen years."),
    ("yr2.md", "Risk Advisory", "2034-03-15",
     "Large-scale fighting has not resumed since the 2020 ceasefire agreement between the two camps' military "
     "delegations, though local clashes remain frequent."),
    ("yr3.md", "Tripoli Notes (blog)", "2034-09-01",
     "The truce that the 5+5 military commission agreed in 2020 has outlived every government that promised "
     "to build on it."),
    ("yr4.md", "Maghreb Review", "2034-07-01",
     "The 2020 protests over power cuts in Tripoli forced the resignation of two ministers."),
]

NEWEST3_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sharara-shut": [("sh1", "Protesters shut down"), ("sh2", "halt of production"), ("sh3", "halted on 5 March"),
                     ("sh4", "shutdown of Sharara in March")],
    "sharara-shut-again": [("sh5", "shut the Sharara oilfield again")],
    "audit-oath": [("so1", "Salem al-Fitouri was sworn in"), ("so2", "constitutional oath")],
    "hnec-oath": [("so3", "Huda Ben Amer was sworn in"), ("so4", "performed the legal oath")],
    "derna-floods": [("fd1", "Flash floods swept"), ("fd2", "torrents poured")],
    "ghat-floods": [("fd3", "flooded the city of Ghat"), ("fd4", "Flash flooding on 24 April")],
    "turkish-arrival": [("tk1", "arrived in Tripoli"), ("tk2", "landed at Mitiga")],
    "turkish-signing": [("tk2", "signed three memorandums"), ("tk3", "signing ceremony")],
    "misrata-mayor-held": [("wc1", "Gunmen stormed"), ("wc2", "Gunmen stormed"), ("wc3", "Gunmen stormed")],
    "sabratha-mayor-kidnapped": [("kd1", "have abducted"), ("kd1", "was seized on Tuesday"), ("kd2", "kidnapped Hassan")],
    "zawiya-clashes": [("zw1", "killed 12 people on Friday"), ("zw2", "Twelve people"), ("zw3", "earlier this month")],
    "zawiya-clashes-again": [("zw3", "Fighting erupted again"), ("zw4", "Renewed fighting")],
    "haftar-egypt": [("hf1", "Egypt's intelligence chief"), ("hf2", "met Field Marshal")],
    "haftar-russia": [("hf3", "Deputy Defence Minister")],
    "devaluation": [("cb1", "devalued the dinar"), ("cb2", "cut the official value"), ("cb2", "amended the official"),
                    ("cb3", "13 percent devaluation")],
    "currency-ceiling": [("cb4", "raise the ceiling")],
    "tobruk-shipwreck": [("mb1", "27 migrants drowned"), ("mb2", "shipwreck off Tobruk")],
    "tobruk-interception": [("mb3", "intercepted 140")],
    "registration-opened": [("el1", "opened voter registration for"), ("el2", "start of the registration")],
    "page-updated": [("el1", "Last updated")],
    "registration-announced": [("el3", "would open voter registration")],
    "ceasefire-2020": [("yr1", "signed in Geneva"), ("yr2", "2020 ceasefire agreement"), ("yr3", "agreed in 2020")],
    "power-protests-2020": [("yr4", "protests over power cuts")],
}


# The ninth set (NEWEST4_*), written before any change of the round that added it and before any
# code ran on it; never tuned on (its figures are reported, not fitted).  Thirteen stories of 2035,
# each told by two to four outlets (a wire with its dateline, a translated Arabic outlet, a UN or
# OCHA release, an analysis naming the event in passing, a risk advisory, a daily): one disaster
# day told in other words by each ("two dams burst" / "torrents swept away families" / "as the
# storm battered the coast ... dams gave way" / "the March 12 disaster"); irregular verb forms
# ("was sworn in" / "swore in" / "took the oath"); an agreement told at its signing and named in
# passing ("the accord ... was signed in January"); one vote told as "endorsed" / "ratified" /
# "met to approve" / "after receiving the support of"; one article telling one meeting twice, and
# a lead telling a plan whose announcement its body dates; a scheduled election day and a
# referendum year told several times; the same choice, offensive or campaign at a day and a
# month, a week and a day, or a year; the 2011 uprising in the background of several articles.
# Hard negatives: one field shut twice months apart, one parliament meeting on two days, one
# cabinet meeting on two days, one committee signing and meeting again, the capture and killing
# of Gaddafi in 2011 beside the 2011 uprising, municipal elections and a referendum in one year.
NEWEST4_ARTICLES: list[tuple[str, str, str, str]] = [
    # A storm on Monday 12 March 2035: two dams burst above Al-Bayda, families swept away.
    ("ns1.md", "Desert Wire", "2035-03-13",
     "AL-BAYDA, Libya (Desert Wire) - Two dams burst above the eastern town of Al-Bayda on Monday after a storm "
     "dumped a month's rain in a few hours, the civil defence said. At least 40 people are missing."),
    ("ns2.md", "Libya Observer Arabic (translated)", "2035-03-13",
     "The torrents swept away entire families in the Green Mountain on Monday, the Libyan Red Crescent said, as "
     "rescuers dug through the mud for survivors."),
    ("ns3.md", "OCHA", "2035-03-15",
     "Flash Update No. 1 - Libya. As Storm Hermes battered the eastern coast on Monday, two earthen dams upstream "
     "of Al-Bayda gave way, flooding several neighbourhoods. Partners are assessing needs."),
    ("ns4.md", "Maghreb Review", "2035-05-02",
     "Seven weeks after the March 12 disaster, the families of Al-Bayda are still waiting for the compensation "
     "the government promised them."),
    # The unity government chosen on Thursday 8 February, endorsed on Tuesday 27 March (after a failed
    # session on Wednesday 21 March), sworn in on Wednesday 4 April, first met on Thursday 5 April and
    # again on Monday 16 April 2035.
    ("pm1.md", "Desert Wire", "2035-02-08",
     "Libya's parliament on Thursday chose Omar al-Mabrouk, a former finance minister, as prime minister, tasking "
     "him with forming a unity government within three weeks."),
    ("pm2.md", "Al-Wasat Arabic (translated)", "2035-02-09",
     "The House of Representatives selected on Thursday Omar al-Mabrouk to head the next government, in a session "
     "held in Sirte."),
    ("pm3.md", "Crisis Analysis", "2035-03-15",
     "Since Omar al-Mabrouk was named prime minister by the House in February, the armed groups of Tripoli have "
     "hedged their bets."),
    ("pv5.md", "Coast Courier", "2035-03-22",
     "Parliament met in Sirte on Wednesday but failed to vote on al-Mabrouk's cabinet after a dispute over the "
     "quorum, deputies said."),
    ("pv1.md", "Desert Wire", "2035-03-27",
     "Libya's parliament on Tuesday endorsed the unity government of Prime Minister Omar al-Mabrouk, clearing the "
     "way for the first single cabinet in a decade."),
    ("pv2.md", "Libya Observer Arabic (translated)", "2035-03-28",
     "The House of Representatives ratified on Tuesday the cabinet line-up presented by Prime Minister Omar "
     "al-Mabrouk, in a session held in Sirte."),
    ("pv3.md", "Libya Herald", "2035-03-28",
     "Members of the House met in Sirte on Tuesday to approve al-Mabrouk's cabinet, which won the backing of 121 "
     "of the 128 members present."),
    ("pv4.md", "Maghreb Review", "2035-04-10",
     "The al-Mabrouk government took office in late March after receiving the support of 121 of the 128 deputies "
     "present, a margin no cabinet had won since 2014."),
    ("gv1.md", "Desert Wire", "2035-04-04",
     "SIRTE, Libya (Desert Wire) - Libya's new unity government was sworn in on Wednesday in Sirte before the "
     "House of Representatives, the first single cabinet in more than a decade."),
    ("gv2.md", "Anadolu Wire", "2035-04-05",
     "Libya on Wednesday swore in a new unity government headed by Prime Minister Omar al-Mabrouk, at a ceremony "
     "in the coastal city of Sirte."),
    ("gv3.md", "Libya Herald", "2035-04-05",
     "Prime Minister Omar al-Mabrouk and his 26 ministers took the oath of office in Sirte on Wednesday."),
    ("gv4.md", "Desert Wire", "2035-04-05",
     "Libya's new unity government met for the first time Thursday, a day after taking the oath. On Thursday, "
     "the cabinet led by Omar al-Mabrouk met in Sirte with all 26 ministers present, a government spokesman said."),
    ("gv6.md", "Al-Wasat Arabic (translated)", "2035-04-06",
     "The Council of Ministers held its inaugural meeting on Thursday in Sirte under the chairmanship of Prime "
     "Minister Omar al-Mabrouk."),
    ("gv5.md", "Libya Herald", "2035-04-17",
     "The cabinet of Omar al-Mabrouk met in Tripoli on Monday for the second time, approving a draft budget for "
     "2035."),
    # An agreement on electoral laws signed in Bouznika on Friday 19 January 2035; the committee met again
    # there on Tuesday 13 February.
    ("ag1.md", "Desert Wire", "2035-01-19",
     "Delegations of Libya's two rival legislatures signed an agreement on electoral laws in the Moroccan town of "
     "Bouznika on Friday, Morocco's foreign ministry said."),
    ("ag2.md", "United Nations", "2035-01-20",
     "UNSMIL welcomes the agreement signed on 19 January in Bouznika by the joint committee of the House of "
     "Representatives and the High Council of State, and urges its swift implementation."),
    ("ag3.md", "Maghreb Review", "2035-03-01",
     "The UN-brokered accord that sets the rules of the vote was signed in Bouznika in January, after months of "
     "haggling over the eligibility of dual nationals."),
    ("ag4.md", "Libya Observer Arabic (translated)", "2035-02-14",
     "The joint committee met again in Bouznika on Tuesday to discuss the timetable of the elections."),
    # An oil licensing round announced on Monday 4 June 2035 (a lead telling the plan); bids opened on
    # Monday 3 December.
    ("bd1.md", "Energy Wire", "2035-06-05",
     "Libya is preparing to launch its first oil licensing round in nearly three decades, offering 22 onshore and "
     "offshore blocks to foreign companies.\n\nThe plan was announced in a televised speech on Monday by the oil "
     "minister, Khalifa Abdulsadek, who said bids would be opened in December."),
    ("bd2.md", "Libya Herald", "2035-06-05",
     "Oil Minister Khalifa Abdulsadek announced on Monday a licensing round for 22 exploration blocks, the first "
     "since 2007."),
    ("bd3.md", "Sahara Risk Advisory", "2035-06-08",
     "ENERGY - LIBYA. The oil ministry announced a licensing round of 22 blocks on 4 June. Clients should expect "
     "terms to favour partnerships with the NOC."),
    ("bd4.md", "Energy Wire", "2035-12-04",
     "Libya opened the bids of its licensing round on Monday, with 14 companies competing for 22 blocks, the oil "
     "ministry said."),
    # The elections due on Friday 21 December 2035, not held; the commission said so on Saturday 15 December.
    ("el1.md", "Desert Wire", "2035-11-20",
     "Libya's presidential and parliamentary elections are scheduled for 21 December, but the commission has yet "
     "to publish the final list of candidates."),
    ("el4.md", "Desert Wire", "2035-12-16",
     "The High National Elections Commission said on Saturday it could not hold the vote on time, citing court "
     "rulings on several candidates."),
    ("el2.md", "Al-Wasat Arabic (translated)", "2035-12-19",
     "The elections, which were supposed to take place on December 21, have been put off indefinitely, leaving "
     "the country without a date."),
    ("el3.md", "Libya Observer Arabic (translated)", "2035-12-20",
     "The commission spoke of the impossibility of holding the elections on the date set by law, 21 December, "
     "and asked parliament to set another."),
    # A referendum on the constitution planned in 2036; municipal elections that year too.
    ("rf1.md", "Maghreb Review", "2035-07-01",
     "A referendum on the draft constitution is planned in 2036, the drafting assembly said. Few diplomats believe "
     "that a referendum can be held in 2036 while two armies face each other across Sirte."),
    ("rf2.md", "Sahara Risk Advisory", "2035-09-01",
     "OUTLOOK - LIBYA. A constitutional referendum is expected in 2036; a delay is likely. Severity: low."),
    ("rf3.md", "Coast Courier", "2035-09-10",
     "Municipal elections will be held in 60 towns in 2036, the ministry of local government said."),
    # An offensive on Murzuq that began on Thursday 3 May 2035.
    ("of1.md", "Desert Wire", "2035-05-05",
     "Forces loyal to the eastern command launched an offensive on the southern town of Murzuq this week, seizing "
     "its airport, residents said."),
    ("of2.md", "Nova Agency", "2035-05-04",
     "The eastern forces on Thursday began an offensive to take Murzuq from local Tebu fighters."),
    ("of3.md", "Libya Herald", "2035-05-20",
     "The assault on Murzuq, which began on 3 May, has displaced more than 9,000 people, the United Nations said."),
    # Haftar's 2019 campaign on Tripoli and the 2011 uprising named in passing; Gaddafi's capture and
    # killing in 2011 beside them.
    ("bg1.md", "Maghreb Review", "2035-02-20",
     "Haftar's 2019 assault on Tripoli left the southern suburbs of the capital in ruins. Libya has been divided "
     "since the 2011 uprising that toppled Muammar Gaddafi."),
    ("bg2.md", "Sahara Risk Advisory", "2035-06-30",
     "Since the failed 2019 offensive against Tripoli, the LNA has avoided direct confrontation with the western "
     "armed groups."),
    ("bg3.md", "Tripoli Notes (blog)", "2035-08-14",
     "The war Haftar waged on the capital in 2019 is still the reference for every militia commander in town."),
    ("bg4.md", "Desert Wire", "2035-10-20",
     "Libya has known little stability since a NATO-backed revolt in 2011 ended four decades of Gaddafi's rule."),
    ("bg5.md", "Libya Herald", "2035-10-21",
     "The 2011 revolution against Muammar Gaddafi left the country awash with weapons."),
    ("bg6.md", "Coast Courier", "2035-10-20",
     "Muammar Gaddafi was captured and killed near his hometown of Sirte in 2011, months after the revolt began."),
    # The El Feel field shut on Sunday 14 January and again on Sunday 9 September 2035.
    ("ef1.md", "Energy Wire", "2035-01-15",
     "Protesters shut the El Feel oilfield on Sunday, demanding jobs for the young men of Ubari, the National Oil "
     "Corporation said."),
    ("ef2.md", "Al-Wasat Arabic (translated)", "2035-01-15",
     "Production stopped at the El Feel field on Sunday after a group of young men closed its valves."),
    ("ef3.md", "Energy Wire", "2035-09-10",
     "Armed guards shut down the El Feel oilfield on Sunday over unpaid wages, an engineer at the field said."),
    ("ef4.md", "Sahara Risk Advisory", "2035-09-12",
     "SECURITY ALERT - LIBYA. Oil: El Feel (southwest) closed on 9 September by petroleum facilities guards, the "
     "second stoppage this year. Severity: moderate."),
]

NEWEST4_EVENTS: dict[str, list[tuple[str, str]]] = {
    "albayda-storm": [("ns1", "Two dams burst"), ("ns2", "swept away entire families"), ("ns3", "gave way"),
                      ("ns4", "March 12 disaster")],
    "pm-chosen": [("pm1", "chose Omar al-Mabrouk"), ("pm2", "selected on Thursday"), ("pm3", "was named prime minister")],
    "failed-session": [("pv5", "failed to vote")],
    "cabinet-endorsed": [("pv1", "endorsed the unity government"), ("pv2", "ratified on Tuesday"),
                         ("pv3", "met in Sirte on Tuesday"), ("pv4", "receiving the support")],
    "government-sworn": [("gv1", "was sworn in on Wednesday"), ("gv2", "swore in a new"), ("gv3", "took the oath")],
    "cabinet-first-meeting": [("gv4", "met for the first time"), ("gv4", "cabinet led by"), ("gv6", "inaugural meeting")],
    "cabinet-second-meeting": [("gv5", "for the second time")],
    "bouznika-signed": [("ag1", "signed an agreement"), ("ag2", "signed on 19 January"), ("ag3", "was signed in Bouznika")],
    "bouznika-met-again": [("ag4", "met again")],
    "licensing-announced": [("bd1", "preparing to launch"), ("bd1", "televised speech"), ("bd2", "announced on Monday"),
                            ("bd3", "on 4 June")],
    "licensing-bids": [("bd4", "opened the bids")],
    "election-day": [("el1", "scheduled for 21 December"), ("el2", "supposed to take place"),
                     ("el3", "impossibility of holding")],
    "commission-statement": [("el4", "could not hold the vote")],
    "referendum-2036": [("rf1", "is planned in 2036"), ("rf1", "can be held in 2036"), ("rf2", "referendum is expected")],
    "municipal-2036": [("rf3", "Municipal elections")],
    "murzuq-offensive": [("of1", "launched an offensive"), ("of2", "began an offensive"), ("of3", "which began on 3 May")],
    "tripoli-war-2019": [("bg1", "2019 assault"), ("bg2", "2019 offensive"), ("bg3", "waged on the capital")],
    "uprising-2011": [("bg1", "2011 uprising"), ("bg4", "NATO-backed revolt"), ("bg5", "2011 revolution")],
    "gaddafi-killed": [("bg6", "captured and killed")],
    "elfeel-shut": [("ef1", "Protesters shut"), ("ef2", "Production stopped")],
    "elfeel-shut-again": [("ef3", "Armed guards shut"), ("ef4", "closed on 9 September")],
}


# The tenth set (NEWEST5_*), written before any change of the round that added it and before any
# code ran on it; never tuned on (its figures are reported, not fitted).  Seventeen events of 2038
# (and a few years named in passing) told by one to five outlets each (a wire with its dateline, a
# translated Arabic outlet, a UN or OCHA release, a daily, an analysis, a risk advisory, a blog, an
# Italian agency): one article telling one happening twice, the lead with a verb and the body with
# another verb or a noun of the act ("abducted" / "The kidnapping took place"; "approved a law" /
# "Deputies passed the text"; "were sworn in" / "The ceremony took place"; "launched this week" /
# "began at dawn on Tuesday"); one day's disaster told as its cause by one outlet and as its effect
# by another (a storm hit / floodwaters swept away homes / a dam collapsed); an appointment
# "approved" by one outlet and "agreed on" by another; a swearing-in told in the active, the
# passive and as an oath; an election day told in five frames ("scheduled for", "supposed to take
# place on", "a push towards the <date> vote", "a road map that set <date> as the date", "ahead of
# the <date> polls"); elections planned for a year told three times; a week ("last week", "this
# week") and a month ("last month") against day-dated reports; the 2011 uprising in other words by
# five outlets.  Near-misses that must stay apart: two votes of one parliament a week apart, the
# anniversary of the revolution and the revolution, an arms embargo of 2011 beside the uprising,
# two acts of Haftar in 2017, a postponement pushing the vote to next year beside municipal
# elections planned that year.
NEWEST5_ARTICLES: list[tuple[str, str, str, str]] = [
    # The oil revenue law passed on Tuesday 9 March 2038; the budget passed on Tuesday 16 March.
    ("ol1.md", "Desert Wire", "2038-03-09",
     "BENGHAZI, Libya (Desert Wire) - Libya's House of Representatives on Tuesday approved a law on the "
     "distribution of oil revenues, ending months of deadlock between east and west.\n\nDeputies passed the "
     "text by 98 votes to 12 at a session in Benghazi on Tuesday, the speaker's office said."),
    ("ol2.md", "Al-Wasat Arabic (translated)", "2038-03-10",
     "The House of Representatives adopted on Tuesday the law on oil revenues by a majority of 98 members, in "
     "its session held in the city of Benghazi."),
    ("ol3.md", "United Nations", "2038-03-11",
     "UNSMIL welcomes the adoption on 9 March by the House of Representatives of the law on the distribution "
     "of oil revenues and calls for its swift implementation."),
    ("wb1.md", "Desert Wire", "2038-03-16",
     "Libya's House of Representatives on Tuesday approved a budget of 95 billion dinars, the speaker's "
     "office said."),
    ("wb2.md", "Libya Herald", "2038-03-17",
     "Deputies voted the 95-billion-dinar budget through in Benghazi on Tuesday, with 87 members in favour."),
    # A storm on Saturday 16 January 2038 over Al-Marj: a dam gave way, homes swept away.
    ("st1.md", "Desert Wire", "2038-01-17",
     "AL-MARJ, Libya (Desert Wire) - A violent storm hit the eastern town of Al-Marj on Saturday, bringing down "
     "power lines and cutting the coastal road, officials said."),
    ("st2.md", "Libya Observer Arabic (translated)", "2038-01-17",
     "Floodwaters swept away dozens of homes in Al-Marj on Saturday, the municipal council said, as rescuers "
     "searched for the missing."),
    ("st3.md", "OCHA", "2038-01-19",
     "Flash Update No. 2 - Libya\n\nA dam upstream of Al-Marj collapsed on 16 January under heavy rain, flooding "
     "low-lying districts. Some 3,000 people are displaced. Partners are assessing needs."),
    ("st4.md", "Crisis Analysis", "2038-02-08",
     "The flood that devastated Al-Marj last month exposed decades of neglect of the country's dams."),
    # A new government sworn in on Monday 5 April 2038.
    ("sw1.md", "Desert Wire", "2038-04-05",
     "TRIPOLI, Libya (Desert Wire) - The ministers of Prime Minister Salem Bouzid's new government were sworn "
     "in on Monday before the Presidential Council.\n\nThe ceremony took place on Monday at the council's "
     "headquarters in Tripoli, in the presence of foreign ambassadors, a spokesman said."),
    ("sw2.md", "Libya Observer Arabic (translated)", "2038-04-06",
     "The head of the Presidential Council administered the constitutional oath on Monday to the members of "
     "the government of Salem Bouzid, in Tripoli."),
    ("sw3.md", "Libya Herald", "2038-04-06",
     "Salem Bouzid's cabinet took its oath in Tripoli on Monday, ending a month of wrangling over the line-up."),
    # A central bank governor agreed on Wednesday 21 April 2038.
    ("cb1.md", "Desert Wire", "2038-04-21",
     "Libya's rival chambers on Wednesday approved the appointment of Nadia Fellah as governor of the Central "
     "Bank of Libya, ending a year-long dispute over the post."),
    ("cb2.md", "Al-Wasat Arabic (translated)", "2038-04-22",
     "The House of Representatives and the High Council of State agreed on Wednesday on Nadia Fellah to head "
     "the Central Bank, in a joint statement."),
    ("cb3.md", "Sahara Risk Advisory", "2038-04-23",
     "FINANCE - LIBYA. Nadia Fellah confirmed as central bank governor on 21 April after a deal between the "
     "rival chambers. Severity: low."),
    # Haftar received a Russian deputy defence minister in Benghazi on Monday 10 May 2038.
    ("rv1.md", "Desert Wire", "2038-05-10",
     "BENGHAZI, Libya (Desert Wire) - Khalifa Haftar received Russia's deputy defence minister Yunus-Bek "
     "Yevkurov in Benghazi on Monday, his media office said. Libya has been split between rival "
     "administrations since the 2011 uprising that toppled Muammar Gaddafi."),
    ("rv2.md", "Al-Wasat Arabic (translated)", "2038-05-11",
     "The General Commander of the Libyan National Army, Field Marshal Khalifa Haftar, met on Monday at the "
     "General Command headquarters in Benghazi a Russian military delegation headed by Deputy Defence "
     "Minister Yunus-Bek Yevkurov."),
    ("rv3.md", "Crisis Analysis", "2038-05-18",
     "Haftar's meeting with Yevkurov last week was the fourth in a year, a sign that Moscow is deepening its "
     "foothold in the east."),
    # An offensive on Ghadames that began on Tuesday 8 June 2038.
    ("gh1.md", "Desert Wire", "2038-06-10",
     "Eastern forces pushed into the outskirts of the oasis town of Ghadames in an offensive launched this "
     "week, residents said.\n\nThe attack began at dawn on Tuesday with artillery fire on the town's southern "
     "districts, a local official said."),
    ("gh2.md", "Nova Agency", "2038-06-09",
     "The Libyan National Army on Tuesday started a military operation to take Ghadames from forces loyal to "
     "Tripoli, a spokesman said."),
    ("gh3.md", "Libya Herald", "2038-06-17",
     "The offensive on Ghadames launched last week has cut the town's only road to Tripoli, traders said."),
    # The mayor of Zliten abducted on Friday 3 September 2038.
    ("zk1.md", "Desert Wire", "2038-09-04",
     "Gunmen abducted the mayor of Zliten, Mustafa Ben Ali, on Friday, the municipal council said.\n\nThe "
     "kidnapping took place on Friday evening outside his home in the town centre, a relative told Desert Wire."),
    ("zk2.md", "Libya Observer Arabic (translated)", "2038-09-04",
     "Mustafa Ben Ali, the mayor of Zliten, was snatched by unknown armed men on Friday, and his fate remains "
     "unknown."),
    # The elections set for Sunday 14 November 2038; pushed back on Monday 29 November.
    ("ed4.md", "United Nations", "2038-07-02",
     "The Security Council endorsed a road map that set 14 November as the date of the presidential and "
     "parliamentary elections, and called on all parties to respect it."),
    ("ed1.md", "Desert Wire", "2038-09-20",
     "Libya's presidential and parliamentary elections are scheduled for 14 November, the electoral commission "
     "said, despite objections from the eastern camp."),
    ("ed3.md", "Crisis Analysis", "2038-10-05",
     "Western capitals are backing a push towards the 14 November vote, though few believe the rivals will "
     "accept its result."),
    ("ed5.md", "Sahara Risk Advisory", "2038-11-01",
     "ELECTIONS - LIBYA. Expect heightened security in Tripoli ahead of the November 14 polls. Severity: "
     "moderate."),
    ("ed2.md", "Al-Wasat Arabic (translated)", "2038-11-16",
     "The elections, which were supposed to take place on 14 November, have been delayed without a new date."),
    ("pp1.md", "Desert Wire", "2038-11-30",
     "The House of Representatives voted on Monday to push the presidential vote back until next year, citing "
     "the lack of an agreed constitutional basis."),
    # Municipal elections planned in 2039.
    ("mu1.md", "Desert Wire", "2038-10-12",
     "Municipal elections will be held in 40 towns in 2039, the ministry of local government said."),
    ("mu2.md", "Sahara Risk Advisory", "2038-10-20",
     "OUTLOOK - LIBYA. Local elections in 40 municipalities are expected in 2039; turnout is likely to be low. "
     "Severity: low."),
    ("mu3.md", "Libya Herald", "2038-11-02",
     "The local government ministry plans to hold municipal polls in 40 towns in 2039, a spokesman said."),
    # The anniversary of the revolution on Wednesday 17 February 2038, and the 2011 uprising itself.
    ("an1.md", "Desert Wire", "2038-02-17",
     "TRIPOLI (Desert Wire) - Thousands of Libyans gathered in Martyrs' Square on Wednesday to mark the 27th "
     "anniversary of the February 17 revolution, waving flags and setting off fireworks."),
    ("an2.md", "Libya Observer Arabic (translated)", "2038-02-18",
     "Libyans celebrated on Wednesday the anniversary of the 17 February revolution in Tripoli, Benghazi and "
     "Misrata."),
    ("bk2.md", "Libya Herald", "2038-07-20",
     "The fall of Muammar Gaddafi in 2011 left the country without a functioning army, and the militias filled "
     "the void."),
    ("bk3.md", "Crisis Analysis", "2038-08-02",
     "Since the ouster of Muammar Gaddafi in 2011, no government has controlled the whole of the country's "
     "territory."),
    ("bk4.md", "Tripoli Notes (blog)", "2038-08-15",
     "Tripoli Notes | Home | About\n\nMost of the militias of Tripoli were born in the revolt of 2011 against "
     "Gaddafi, and their commanders never went home.\n\nPosted in Politics | 3 comments"),
    ("bk5.md", "Al-Wasat Arabic (translated)", "2038-10-01",
     "The country has lived through successive crises since the February revolution of 2011 overthrew the "
     "regime of Muammar Gaddafi."),
    ("bk6.md", "United Nations", "2038-06-01",
     "The arms embargo imposed on Libya by the Security Council in 2011 remains in force, the Panel of Experts "
     "said in its final report."),
    # Two acts of Haftar in 2017.
    ("y1.md", "Maghreb Review", "2038-03-01",
     "Haftar declared victory in Benghazi in 2017 after three years of street fighting against Islamist groups."),
    ("y2.md", "Tripoli Notes (blog)", "2038-09-01",
     "When the LNA took full control of Benghazi in 2017, Haftar's men began looking west."),
    ("y3.md", "Crisis Analysis", "2038-04-01",
     "Haftar met Fayez al-Serraj near Paris in 2017 and agreed to a ceasefire that never held."),
]

NEWEST5_EVENTS: dict[str, list[tuple[str, str]]] = {
    "oil-law": [("ol1", "approved a law on the distribution"), ("ol1", "Deputies passed the text"),
                ("ol2", "adopted on Tuesday the law"), ("ol3", "adoption on 9 March")],
    "budget-vote": [("wb1", "approved a budget"), ("wb2", "voted the 95-billion-dinar budget")],
    "marj-flood": [("st1", "A violent storm hit"), ("st2", "swept away dozens of homes"), ("st3", "collapsed on 16 January"),
                   ("st4", "devastated Al-Marj last month")],
    "sworn-in": [("sw1", "were sworn in"), ("sw1", "The ceremony took place"), ("sw2", "administered the constitutional oath"),
                 ("sw3", "took its oath")],
    "governor-agreed": [("cb1", "approved the appointment"), ("cb2", "agreed on Wednesday"), ("cb3", "confirmed as central bank")],
    "yevkurov-visit": [("rv1", "received Russia's deputy"), ("rv2", "met on Monday"), ("rv3", "meeting with Yevkurov last week")],
    "ghadames-offensive": [("gh1", "offensive launched this week"), ("gh1", "The attack began"),
                           ("gh2", "started a military operation"), ("gh3", "launched last week")],
    "zliten-kidnap": [("zk1", "Gunmen abducted"), ("zk1", "kidnapping took place"), ("zk2", "was snatched")],
    "election-day": [("ed4", "set 14 November as the date"), ("ed1", "scheduled for 14 November"),
                     ("ed3", "push towards the 14 November vote"), ("ed5", "ahead of the November 14 polls"),
                     ("ed2", "supposed to take place on 14 November")],
    "vote-pushed-back": [("pp1", "push the presidential vote back")],
    "municipal-2039": [("mu1", "Municipal elections will be held"), ("mu2", "Local elections in 40"),
                       ("mu3", "municipal polls")],
    "anniversary-2038": [("an1", "27th anniversary"), ("an2", "celebrated on Wednesday")],
    "uprising-2011": [("rv1", "2011 uprising"), ("bk2", "fall of Muammar Gaddafi"), ("bk3", "ouster of Muammar Gaddafi"),
                      ("bk4", "revolt of 2011"), ("bk5", "February revolution of 2011")],
    "arms-embargo-2011": [("bk6", "arms embargo imposed")],
    "benghazi-2017": [("y1", "declared victory in Benghazi"), ("y2", "took full control of Benghazi")],
    "paris-2017": [("y3", "met Fayez al-Serraj")],
}


# The eleventh set (NEWEST6_*), written before any code ran on it and before any merging output of
# the round that added it was read; held out and never tuned on (its figures are reported, not
# fitted).  Nineteen events of 2040, seventeen told by two to five outlets each (a wire with its
# dateline, a translated Arabic outlet, a UN, UNSMIL or IOM release reacting the day after with
# "welcomes" / "is alarmed by" / "mourns" / "condemns", a rights group's statement, an analysis or
# op-ed naming the event in passing at month precision ("the March crackdown", "when the House
# endorsed the cabinet in April", "the February shutdown"), a risk advisory ("Travel to Tripoli
# should be deferred: ..."), a live blog, a sitrep with bullet lines, an Italian and a French
# agency in translation), in other words ("kidnapped" / "The abduction took place" / "was
# snatched" / "was seized"; "rival armed groups fought" / "outbreak of armed clashes" / "Fighting
# resumed" / "Violent clashes broke out" / "Heavy gunfire and explosions"; "endorsed" / "granted
# confidence"; "named" / "issued a decision appointing" / "appointment"), a person in full, by
# surname, by post ("The UN envoy for Libya", "the surgeon"), bodies in full and in plain words
# ("parliament", "the House"), dates at several precisions ("on Monday", "on 3 May", "yesterday",
# "yesterday evening", "tonight", "this morning", "today", "last week", "this month", "in June").
# It holds a meeting told as a plan before ("is scheduled to meet in Sirte on 14 May") and as held
# after, judged one event (both name the one meeting of that day); a briefing to the Security
# Council told three ways and named in passing; one article telling one kidnapping twice (lead and
# body) and one article telling one briefing twice.  Hard negatives: clashes in Zawiya and in
# Gharyan on the same day (told in one sitrep too); the Presidential Council's two decisions in one
# week (a chief of staff named on Sunday, an armed group dissolved on Thursday, both "issued ... a
# decision"); two kidnappings in Tripoli on Saturdays a week apart (one advisory names both); the
# Sarir field shut in February and again in July (the July advisory names the first); the prime
# minister receiving two ministers on one day (one article tells both); Mitiga airport closed and
# reopened three days later; and a reaction dated by its own day: "The Presidential Council
# condemned on Thursday the terrorist attack of Tuesday" is judged two events, the condemnation (a
# separate act of another actor on another day, a single-report event) and a report of Tuesday's
# bombing in the same sentence; whereas the Secretary-General's release of the next day, undated
# in itself ("strongly condemns the car bomb attack on 4 September"), counts, as in the earlier
# sets, as a report of the bombing.
NEWEST6_ARTICLES: list[tuple[str, str, str, str]] = [
    # The Sarir field shut by protesters on Monday 13 February 2040; shut again by guards on Monday 16 July.
    ("x6s1.md", "Energy Wire", "2040-02-14",
     "Protesters shut the Sarir oilfield in Libya's southeast on Monday, cutting output by about 200,000 "
     "barrels a day, the National Oil Corporation said. The demonstrators want jobs and a hospital for the "
     "nearby town of Jalu."),
    ("x6s2.md", "Al-Wasat Arabic (translated)", "2040-02-14",
     "The National Oil Corporation announced on Monday the halt of production at the Sarir field after a "
     "group of young men from the region closed its main valves, warning of daily losses estimated at "
     "tens of millions of dinars."),
    ("x6s3.md", "Maghreb Review", "2040-04-20",
     "The February shutdown of Sarir, which lasted nineteen days and cost the treasury more than a billion "
     "dollars, taught every aggrieved town in the south the same lesson: a valve is worth more than a "
     "petition."),
    ("x6s4.md", "Energy Wire", "2040-07-17",
     "Members of the Petroleum Facilities Guard closed the Sarir oilfield again on Monday over months of "
     "unpaid salaries, an engineer at the field said."),
    ("x6s5.md", "Sahara Risk Advisory", "2040-07-19",
     "SECURITY ALERT - LIBYA. Oil: Sarir (southeast) shut on 16 July by petroleum facilities guards "
     "demanding back pay. The field's first closure this year, in February, lasted almost three weeks. "
     "Severity: moderate."),
    # Security forces fired on protesters in Misrata on Friday 9 March 2040.
    ("x6m1.md", "Desert Wire", "2040-03-10",
     "MISRATA, Libya (Desert Wire) - Security forces opened fire on protesters in Misrata on Friday, killing "
     "two young men and wounding at least 15, hospital officials said. The demonstrators had gathered to "
     "denounce power cuts of up to 12 hours a day."),
    ("x6m2.md", "Rights Monitor Libya", "2040-03-11",
     "Rights Monitor Libya condemns the violent dispersal of a peaceful demonstration in Misrata on 9 March, "
     "in which two protesters were killed, and demands an independent inquiry into the use of live "
     "ammunition.\n\nRights Monitor Libya is an independent organisation founded in 2031."),
    ("x6m3.md", "The Tripoli Post (opinion)", "2040-05-02",
     "The March crackdown in Misrata should have ended the government's claim to speak for the street. "
     "Instead it has been forgotten by everyone except the families of the two dead."),
    # Parliament endorsed the government of Anwar Jaballah in Sirte on Monday 16 April 2040.
    ("x6c1.md", "Desert Wire", "2040-04-16",
     "SIRTE, Libya (Desert Wire) - Libya's parliament on Monday endorsed the government of Prime Minister "
     "Anwar Jaballah, with 109 of the 131 deputies present voting in favour, ending a year of rival "
     "administrations."),
    ("x6c2.md", "Al-Wasat Arabic (translated)", "2040-04-17",
     "The House of Representatives granted confidence on Monday to the government presented by Anwar "
     "Jaballah, in its official session held in the city of Sirte under the chairmanship of Speaker Idris "
     "al-Obeidi."),
    ("x6c3.md", "The Tripoli Post (opinion)", "2040-07-05",
     "When the House endorsed the cabinet in April, Jaballah promised electricity by summer. Summer has "
     "come, and so have the power cuts."),
    # Clashes in Zawiya and, separately, in Gharyan on Thursday 3 May 2040.
    ("x6z1.md", "Desert Wire", "2040-05-04",
     "ZAWIYA, Libya (Desert Wire) - At least five people were killed when rival armed groups fought with "
     "heavy weapons in the western city of Zawiya on Thursday, the emergency medicine centre said. Schools "
     "in the city were closed on Friday."),
    ("x6z2.md", "United Nations", "2040-05-04",
     "UNSMIL is alarmed by the outbreak of armed clashes in Zawiya on 3 May in densely populated "
     "neighbourhoods and calls on all parties to cease fire immediately and to protect civilians.\n\nFor "
     "more information, contact the UNSMIL Spokesperson's Office."),
    ("x6z3.md", "Libya Security Sitrep", "2040-05-05",
     "Libya SITREP - 5 May 2040\nAs of 0900, 5 May 2040:\nSituation:\n- Fighting resumed on the evening of "
     "3 May in Zawiya between the al-Nasr Brigade and the Martyrs of Zawiya Battalion near the refinery "
     "road.\n- On 3 May, armed confrontations were also reported in Gharyan between two local groups over "
     "a checkpoint.\n- The Government of National Unity called for restraint and sent a mediation "
     "committee."),
    ("x6z4.md", "Agenzia Nova (translated from Italian)", "2040-05-04",
     "Violent clashes broke out yesterday evening in Zawiya, about 45 kilometres west of Tripoli, between "
     "militias contending for control of the coastal road, local sources told Agenzia Nova."),
    ("x6z5.md", "Libya Live (blog)", "2040-05-03",
     "Updated 23:05. Heavy gunfire and explosions tonight across central Zawiya; residents tell us the "
     "fighting started around 8pm near the refinery road. We will keep this page updated."),
    ("x6g1.md", "Libya Observer Arabic (translated)", "2040-05-04",
     "Armed confrontations erupted on Thursday in the city of Gharyan between two armed formations over a "
     "security gate at the southern entrance of the city, killing one person, a source in the "
     "municipality said."),
    # The 5+5 Joint Military Commission met in Sirte on Monday 14 May 2040 (announced before).
    ("x6j1.md", "Desert Wire", "2040-05-09",
     "The 5+5 Joint Military Commission is scheduled to meet in Sirte on 14 May to discuss the withdrawal "
     "of foreign fighters, a UN spokesman said."),
    ("x6j2.md", "Desert Wire", "2040-05-14",
     "SIRTE, Libya (Desert Wire) - Military officers from Libya's two rival camps met in Sirte on Monday "
     "under UN auspices and agreed to draw up a timetable for the departure of foreign fighters and "
     "mercenaries."),
    ("x6j3.md", "United Nations", "2040-05-15",
     "UNSMIL welcomes the constructive meeting of the 5+5 Joint Military Commission held in Sirte on 14 May "
     "and commends its members for their continued commitment to the ceasefire agreement."),
    ("x6j4.md", "Al-Marsad Arabic (translated)", "2040-05-15",
     "The Joint Military Committee (5+5) concluded on Monday its meetings in the city of Sirte, with the "
     "participation of a delegation of the United Nations mission."),
    # A journalist kidnapped in Tripoli on Saturday 12 May 2040; a surgeon kidnapped there on Saturday 19 May.
    ("x6k1.md", "Desert Wire", "2040-05-13",
     "Gunmen kidnapped the Libyan journalist Rami al-Tarhouni in Tripoli on Saturday, his colleagues said, "
     "the latest in a series of attacks on the press in the capital.\n\nThe abduction took place on "
     "Saturday afternoon near his home in the Souq al-Juma district, when four armed men forced him into a "
     "car, a witness said."),
    ("x6k2.md", "United Nations", "2040-05-14",
     "UNSMIL is deeply concerned by the abduction of journalist Rami al-Tarhouni in Tripoli on 12 May and "
     "calls for his immediate and unconditional release."),
    ("x6k3.md", "Libya Observer Arabic (translated)", "2040-05-13",
     "The journalist Rami al-Tarhouni was snatched yesterday by unknown armed men in Tripoli, and his family "
     "has had no news of him since."),
    ("x6k4.md", "Desert Wire", "2040-05-20",
     "A surgeon at Tripoli Central Hospital, Hisham Ghellal, was abducted by armed men outside his clinic in "
     "the Ain Zara district on Saturday, the hospital said."),
    ("x6k5.md", "Sahara Risk Advisory", "2040-05-22",
     "SECURITY ALERT - LIBYA. Travel to Tripoli should be deferred: a doctor was snatched outside his clinic "
     "in Ain Zara on 19 May. It was the second kidnapping in the capital in a week, after a journalist was "
     "seized in Souq al-Juma on 12 May. Severity: high."),
    ("x6k6.md", "Libya Herald", "2040-05-23",
     "The family of Hisham Ghellal, the surgeon kidnapped in Ain Zara last week, said they had received no "
     "ransom demand."),
    # Jaballah received Italy's interior minister and Turkey's defence minister in Tripoli on Tuesday 12 June 2040.
    ("x6p1.md", "Agenzia Nova (translated from Italian)", "2040-06-12",
     "Italian Interior Minister Giulia Santoro met Libyan Prime Minister Anwar Jaballah in Tripoli today to "
     "discuss cooperation against irregular migration and the delivery of four new patrol boats, Agenzia "
     "Nova has learned."),
    ("x6p2.md", "Al-Wasat Arabic (translated)", "2040-06-13",
     "The Prime Minister, Anwar Jaballah, received on Tuesday at the seat of the government in Tripoli the "
     "Italian Minister of the Interior, Giulia Santoro, and her accompanying delegation, and they discussed "
     "the file of illegal migration. He also received on Tuesday the Turkish Minister of Defence, Kemal "
     "Aydın, with whom he reviewed the training programmes of the Libyan army."),
    ("x6p3.md", "Anatolia Wire", "2040-06-12",
     "TRIPOLI - Turkish Defence Minister Kemal Aydın held talks with Libyan Prime Minister Anwar Jaballah in "
     "Tripoli on Tuesday on military training and maritime security, the Turkish defence ministry said."),
    ("x6p4.md", "Libya Herald", "2040-06-13",
     "Jaballah sat down with Aydın on Tuesday evening to review the training of Libyan officers in Turkish "
     "military academies, his media office said."),
    # The Presidential Council named a chief of staff on Sunday 24 June 2040 and dissolved the Stability
    # Support Authority on Thursday 28 June.
    ("x6d1.md", "Al-Wasat Arabic (translated)", "2040-06-25",
     "The Presidential Council headed by Younes al-Fitouri issued on Sunday a decision appointing Major "
     "General Salah al-Barouni as Chief of the General Staff of the Libyan Army, succeeding Major General "
     "Faraj al-Sweihli."),
    ("x6d2.md", "Desert Wire", "2040-06-24",
     "TRIPOLI, Libya (Desert Wire) - Libya's Presidential Council on Sunday named Salah al-Barouni, a career "
     "officer from Zintan, as the new army chief of staff, a choice likely to anger armed groups in "
     "Misrata."),
    ("x6d3.md", "Crisis Analysis", "2040-08-10",
     "Barouni's appointment as chief of staff in June was meant to reassure the eastern camp; so far it has "
     "mostly alarmed Misrata."),
    ("x6d4.md", "Libya Observer Arabic (translated)", "2040-06-29",
     "The Presidential Council issued on Thursday a decision dissolving the Stability Support Authority and "
     "transferring its personnel and equipment to the Ministry of Defence."),
    ("x6d5.md", "Desert Wire", "2040-06-28",
     "Libya's Presidential Council on Thursday disbanded the Stability Support Authority, one of the most "
     "powerful armed groups in Tripoli, and ordered its fighters to join the regular army."),
    # The UN envoy briefed the Security Council on Wednesday 18 July 2040.
    ("x6b1.md", "United Nations", "2040-07-18",
     "Briefing the Security Council this morning, Lucía Ferrán, Special Representative of the "
     "Secretary-General and Head of UNSMIL, warned that the political process in Libya had stalled and that "
     "the country risked a new division.\n\nMeetings Coverage and Press Releases"),
    ("x6b2.md", "Desert Wire", "2040-07-18",
     "UNITED NATIONS (Desert Wire) - The UN envoy for Libya told the Security Council on Wednesday that rival "
     "leaders were blocking elections to hold on to power, and urged members to consider targeted "
     "sanctions.\n\nIn her briefing on Wednesday, Ferrán said armed groups were again recruiting in Tripoli "
     "and Zawiya."),
    ("x6b3.md", "Al-Wasat Arabic (translated)", "2040-07-19",
     "The Special Representative of the UN Secretary-General, Lucía Ferrán, presented on Wednesday her "
     "periodic briefing to the Security Council on the situation in Libya, in which she said that the "
     "parties had wasted the chance of elections."),
    ("x6b4.md", "Crisis Analysis", "2040-09-03",
     "Since Ferrán's bleak July briefing to the Council, no capital has put forward the sanctions she asked "
     "for."),
    # A car bomb at a Misrata checkpoint on Tuesday 4 September 2040; the Presidential Council condemned it
    # on Thursday 6 September.
    ("x6r1.md", "Desert Wire", "2040-09-04",
     "MISRATA, Libya (Desert Wire) - A car bomb exploded at a security checkpoint at the western entrance of "
     "Misrata on Tuesday, killing four members of the security forces, a hospital spokesman said. No group "
     "claimed responsibility."),
    ("x6r2.md", "United Nations", "2040-09-05",
     "The Secretary-General strongly condemns the car bomb attack on 4 September against a checkpoint in "
     "Misrata, which killed four people. He extends his condolences to the families of the victims."),
    ("x6r3.md", "AFP (translated from French)", "2040-09-04",
     "Four members of the security forces were killed on Tuesday in the explosion of a booby-trapped car at a "
     "checkpoint at the entrance of Misrata, a city 200 km east of Tripoli, according to a medical source."),
    ("x6r4.md", "Libya Observer Arabic (translated)", "2040-09-07",
     "The Presidential Council condemned on Thursday the terrorist attack of Tuesday that targeted a "
     "security gate at the western entrance of Misrata, and offered its condolences to the families of the "
     "martyrs."),
    # A migrant boat sank off Zuwara on Wednesday 8 August 2040.
    ("x6w1.md", "IOM", "2040-08-09",
     "IOM mourns the loss of at least 27 migrants in a shipwreck off Zuwara on 8 August, the deadliest "
     "incident off the western coast this year. Nine survivors were brought ashore by local fishermen."),
    ("x6w2.md", "Desert Wire", "2040-08-09",
     "At least 27 migrants drowned when their rubber boat sank off the Libyan town of Zuwara on Wednesday, "
     "the International Organization for Migration said."),
    ("x6w3.md", "Agenzia Nova (translated from Italian)", "2040-08-10",
     "Fourteen bodies were recovered on Wednesday on the beach of Zuwara after a dinghy carrying migrants "
     "went down off the coast, the Libyan Red Crescent said."),
    ("x6w4.md", "Maghreb Review", "2040-08-28",
     "The shipwreck off Zuwara this month, the worst on the western coast in three years, has revived calls "
     "in Rome for a new migration deal with Tripoli."),
    # Mitiga airport closed after rocket fire on Sunday 21 October 2040; reopened on Wednesday 24 October.
    ("x6a1.md", "Desert Wire", "2040-10-21",
     "TRIPOLI, Libya (Desert Wire) - Tripoli's Mitiga airport suspended all flights on Sunday after several "
     "rockets struck near the runway, the airport administration said."),
    ("x6a2.md", "Sahara Risk Advisory", "2040-10-23",
     "SECURITY ALERT - LIBYA. Travel to Tripoli should be deferred: Mitiga International Airport was closed "
     "on 21 October after rocket fire hit its perimeter. Travellers should route via Misrata. Severity: "
     "high."),
    ("x6a3.md", "Libya Live (blog)", "2040-10-21",
     "Updated 14:20. Mitiga is shut - flights diverted to Misrata after rockets landed near the runway this "
     "morning, per the airport's page."),
    ("x6a4.md", "Desert Wire", "2040-10-25",
     "Flights resumed at Tripoli's Mitiga airport on Wednesday, the transport ministry said."),
]

NEWEST6_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sarir-shut": [("x6s1", "Protesters shut the Sarir"), ("x6s2", "halt of production at the Sarir"),
                   ("x6s3", "February shutdown of Sarir"), ("x6s5", "first closure this year, in February")],
    "sarir-shut-again": [("x6s4", "closed the Sarir oilfield again"), ("x6s5", "shut on 16 July")],
    "misrata-crackdown": [("x6m1", "opened fire on protesters"), ("x6m2", "violent dispersal"),
                          ("x6m3", "March crackdown")],
    "cabinet-endorsed": [("x6c1", "endorsed the government of Prime Minister"), ("x6c2", "granted confidence on Monday"),
                         ("x6c3", "endorsed the cabinet in April")],
    "zawiya-clashes": [("x6z1", "rival armed groups fought"), ("x6z2", "outbreak of armed clashes"),
                       ("x6z3", "Fighting resumed on the evening of 3 May"), ("x6z4", "Violent clashes broke out"),
                       ("x6z5", "Heavy gunfire and explosions tonight")],
    "gharyan-clashes": [("x6z3", "armed confrontations were also reported in Gharyan"),
                        ("x6g1", "Armed confrontations erupted on Thursday")],
    "jmc-sirte": [("x6j1", "scheduled to meet in Sirte on 14 May"), ("x6j2", "met in Sirte on Monday"),
                  ("x6j3", "meeting of the 5+5 Joint Military Commission held"), ("x6j4", "concluded on Monday its meetings")],
    "journalist-kidnapped": [("x6k1", "Gunmen kidnapped the Libyan journalist"), ("x6k1", "The abduction took place"),
                             ("x6k2", "abduction of journalist Rami"), ("x6k3", "was snatched yesterday"),
                             ("x6k5", "a journalist was seized")],
    "surgeon-kidnapped": [("x6k4", "was abducted by armed men outside his clinic"), ("x6k5", "a doctor was snatched"),
                          ("x6k6", "surgeon kidnapped in Ain Zara last week")],
    "jaballah-santoro": [("x6p1", "met Libyan Prime Minister Anwar Jaballah"), ("x6p2", "received on Tuesday at the seat")],
    "jaballah-aydin": [("x6p2", "He also received on Tuesday the Turkish"), ("x6p3", "held talks with Libyan Prime Minister"),
                       ("x6p4", "sat down with Aydın")],
    "chief-of-staff-named": [("x6d1", "issued on Sunday a decision appointing"), ("x6d2", "named Salah al-Barouni"),
                             ("x6d3", "appointment as chief of staff in June")],
    "ssa-dissolved": [("x6d4", "issued on Thursday a decision dissolving"), ("x6d5", "disbanded the Stability Support")],
    "council-briefing": [("x6b1", "Briefing the Security Council this morning"), ("x6b2", "told the Security Council on Wednesday"),
                         ("x6b2", "In her briefing on Wednesday"), ("x6b3", "presented on Wednesday her periodic briefing"),
                         ("x6b4", "bleak July briefing")],
    "misrata-car-bomb": [("x6r1", "A car bomb exploded"), ("x6r2", "condemns the car bomb attack on 4 September"),
                         ("x6r3", "explosion of a booby-trapped car"), ("x6r4", "terrorist attack of Tuesday")],
    "council-condemnation": [("x6r4", "condemned on Thursday")],
    "zuwara-shipwreck": [("x6w1", "mourns the loss of at least 27"), ("x6w2", "rubber boat sank off"),
                         ("x6w3", "dinghy carrying migrants went down"), ("x6w4", "shipwreck off Zuwara this month")],
    "mitiga-closed": [("x6a1", "suspended all flights on Sunday"), ("x6a2", "was closed on 21 October"),
                      ("x6a3", "flights diverted to Misrata")],
    "mitiga-reopened": [("x6a4", "Flights resumed at Tripoli's Mitiga")],
}


# The twelfth set (NEWEST7_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; measured held out in the fifth session of
# that day, then studied there (bench/story_merging.py).  Twenty events of 2041, each told by two to five reports (a wire with its
# dateline, a translated Arabic outlet, a UN, European Commission or embassy release, a
# prosecutor's, court's, central bank's, oil corporation's or Red Crescent's post, an analysis
# naming the event in passing at month precision ("in March", "in May", "earlier this month"), a
# live blog ("tonight", "this morning"), a weekly risk advisory with dated bullet lines, an Italian
# agency and a French embassy in translation), in other words ("forced the closure" / "declares a
# state of force majeure" / "closed ... the gates" / "shut"; "sacked" / "relieving ... of his
# duties" / "fired"; "struck down" / "annulled" / "ruled ... unconstitutional"; "swapped" /
# "exchange of detainees" / "received ... freed in an exchange deal"; "signed" / "sealed" /
# "concluded" / "put their names to"), a person in full, by surname, by post or by initials
# ("(A.K.)", "the former electricity chief", "the Minister"), spellings (Dbeibah / Dbeiba /
# Dabaiba; Aguila Saleh / Agila Salah; Maaten al-Sarra / Maatan al-Sara; Zawiya / Zawia), bodies
# by acronym and in full (NOC, GECOL, CBL, UNSMIL, HoR, HCS, JMC), and dates of several forms ("on
# Tuesday", "on 14 May", "15 Jan", "Tuesday 15 January", "yesterday", "today", "last week", "the
# day before", "The next day", "over the weekend", "on Saturday and Sunday").  Hard negatives,
# which must not merge: (1) the Brega port shut on 15 January and reopened on 20 February
# ("declares a state of force majeure" / "lifted force majeure"); (2) two drone strikes in Zawiya
# three weeks apart (a report of the second names the first in the same sentence); (3) a former
# official detained in Tripoli and clashes in Tripoli's Ain Zara on the same day (one live blog
# tells both); (4) the two chamber heads meeting in Cairo on the morning of 7 April and signing an
# agreement there that day (one wire tells both); (5) the Rome migration memorandum signed on
# Tuesday 14 May and Amnesty's condemnation of it on Friday 17 May, a reaction on a later day of
# its own (its report names the deal as the object of the condemnation and counts only as the
# condemnation); (6) a protest in Martyrs' Square and its second wave there a week later (a report
# of the second names the first in the same sentence); (7) a foreign minister received in Tripoli
# on Monday and in Benghazi on Tuesday (one embassy release tells both, the second dated "The
# next day").
NEWEST7_ARTICLES: list[tuple[str, str, str, str]] = [
    # The Brega oil port shut by protesters on Tuesday 15 January 2041; reopened on Wednesday 20 February.
    ("x7o1.md", "Energy Wire", "2041-01-15",
     "Protesters forced the closure of Libya's Marsa al-Brega oil port on Tuesday, halting crude and gas "
     "loadings, port workers said. The demonstrators, from the town of Brega, are demanding jobs at the Sirte "
     "Oil Company, which runs the terminal."),
    ("x7o2.md", "National Oil Corporation (Facebook)", "2041-01-16",
     "#NOC | The National Oil Corporation declares a state of force majeure on all loadings from the port of "
     "Marsa el Brega, after a group of citizens entered the port on Tuesday 15 January and stopped work by "
     "force. The Corporation holds those responsible accountable for the losses. #Libya #Oil"),
    ("x7o3.md", "Al-Wasat Arabic (translated)", "2041-01-16",
     "Angry young men from the city of Brega closed yesterday the gates of the oil port, preventing tankers "
     "from docking, and demanded that the government keep its promises of employment."),
    ("x7o4.md", "Sahara Risk Advisory", "2041-01-22",
     "WEEKLY SECURITY OUTLOOK - LIBYA (22 January 2041)\nKey developments:\n- 15 Jan: Local protesters shut "
     "the Brega oil terminal; NOC declared force majeure on exports.\n- 20 Jan: A drone strike on a suspected "
     "smugglers' compound on the western edge of Zawiya killed three.\nOutlook: further blockades are likely "
     "in the Oil Crescent. Severity: moderate."),
    ("x7o6.md", "Energy Wire", "2041-02-20",
     "Tankers resumed loading at the Marsa al-Brega port on Wednesday after protesters ended a five-week "
     "sit-in, the National Oil Corporation said."),
    ("x7o7.md", "Libya Herald", "2041-02-21",
     "The NOC lifted force majeure at Brega yesterday, saying the protesters' demands would be met by a new "
     "hiring programme at the Sirte Oil Company."),
    # A drone strike near Zawiya before dawn on Sunday 20 January 2041; another in its harbour on Sunday
    # 10 February.
    ("x7d1.md", "Desert Wire", "2041-01-20",
     "ZAWIYA, Libya (Desert Wire) - A drone strike hit a farmhouse on the western outskirts of Zawiya before "
     "dawn on Sunday, killing three men whom officials accused of fuel smuggling, a security source said. The "
     "government in Tripoli has not said who carried out the raid."),
    ("x7d2.md", "Libya Observer Arabic (translated)", "2041-01-21",
     "An unidentified aircraft targeted at dawn yesterday a site in the Al-Harsha area west of the city of "
     "Zawia, and the Ministry of Defence said in a statement that the operation was aimed at dens of fuel "
     "smuggling and human trafficking."),
    ("x7d3.md", "Libya Live (blog)", "2041-01-20",
     "Updated 08:15. Zawiya residents woke to a huge blast this morning - a drone hit a farm in Harsha, three "
     "dead according to the hospital. More as we get it."),
    ("x7d5.md", "Desert Wire", "2041-02-10",
     "A drone destroyed two fishing boats moored in Zawiya's harbour on Sunday, the defence ministry said, "
     "describing them as vessels used by people traffickers. Nobody was hurt."),
    ("x7d6.md", "Al-Wasat Arabic (translated)", "2041-02-11",
     "A drone bombed yesterday two boats in the port of Zawiya, the Ministry of Defence announced, three weeks "
     "after an air raid on the Al-Harsha area that killed three people."),
    # The former head of the power utility detained in Tripoli on Wednesday 6 March 2041; clashes in
    # Tripoli's Ain Zara that evening.
    ("x7a1.md", "Public Prosecution (Facebook)", "2041-03-06",
     "The Public Prosecution | The Attorney General ordered today the pretrial detention of the former "
     "chairman of the board of directors of the General Electricity Company, (A.K.), pending investigation "
     "into the squandering of public money in contracts to maintain power stations. #Public_Prosecution"),
    ("x7a2.md", "Desert Wire", "2041-03-06",
     "TRIPOLI, Libya (Desert Wire) - Libyan prosecutors on Wednesday ordered the detention of Adel Krayem, the "
     "former head of the state power utility GECOL, on suspicion of embezzling funds meant for maintaining "
     "power plants, the Attorney General's office said."),
    ("x7a3.md", "Libya Herald", "2041-03-08",
     "Krayem's lawyer said on Thursday that his client, detained the day before after six hours of "
     "questioning, denied all the charges and would appeal."),
    ("x7a4.md", "Crisis Analysis", "2041-04-16",
     "The arrest of the former electricity chief in March was cheered in Tripoli, but few believe the "
     "prosecutions will reach the ministers who signed the contracts."),
    ("x7c1.md", "Libya Live (blog)", "2041-03-06",
     "Updated 22:40. Heavy machine-gun fire tonight in Ain Zara, south Tripoli - residents say two brigades "
     "are fighting over a checkpoint near the ring road. Earlier today the Attorney General ordered the former "
     "GECOL chairman held in custody; his supporters gathered outside the court complex."),
    ("x7c2.md", "Desert Wire", "2041-03-07",
     "Rival armed groups fought in Tripoli's southern Ain Zara district on Wednesday night, killing two "
     "civilians, before elders brokered a truce at dawn, the emergency medicine centre said."),
    ("x7c3.md", "United Nations", "2041-03-07",
     "UNSMIL is alarmed by the armed confrontations that broke out in the Ain Zara area of Tripoli on the "
     "evening of 6 March, and calls on all parties to preserve the lives of civilians."),
    # The interior minister dismissed on Monday 25 March 2041.
    ("x7m1.md", "Desert Wire", "2041-03-25",
     "Libyan Prime Minister Abdulhamid Dbeibah on Monday sacked his interior minister, Nasser al-Gaddar, a "
     "government spokesman said, without giving a reason."),
    ("x7m2.md", "Al-Wasat Arabic (translated)", "2041-03-26",
     "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeiba, issued on Monday a decision "
     "relieving the Minister of Interior, Nasser al-Gaddar, of his duties and referring him to investigation."),
    ("x7m4.md", "Crisis Analysis", "2041-05-03",
     "Since Dabaiba fired Gaddar in March, the interior ministry has been run by an undersecretary with no "
     "hold over the brigades."),
    # The heads of the two chambers met in Cairo on the morning of Sunday 7 April 2041 and signed an
    # agreement there that day.
    ("x7e1.md", "Al-Marsad Arabic (translated)", "2041-04-08",
     "The Speaker of the House of Representatives, Counsellor Aguila Saleh, and the President of the High "
     "Council of State, Abdelrazek al-Shanti, held on Sunday morning a meeting at the headquarters of the Arab "
     "League in Cairo devoted to the unification of the board of directors of the Central Bank."),
    ("x7e2.md", "Desert Wire", "2041-04-07",
     "CAIRO (Desert Wire) - The heads of Libya's two rival legislative chambers signed an agreement in Cairo "
     "on Sunday to form a single interim government tasked with organising elections, Egypt's foreign "
     "ministry said.\n\nEarlier on Sunday, Agila Salah and al-Shanti had met at the Arab League's headquarters "
     "to discuss the central bank's board, without announcing any result."),
    ("x7e3.md", "United Nations", "2041-04-08",
     "UNSMIL takes note of the agreement signed in Cairo on 7 April by the Speaker of the HoR and the "
     "President of the HCS on a unified government, and urges that it be implemented in an inclusive manner."),
    ("x7e4.md", "Maghreb Review", "2041-06-03",
     "The Cairo accord that Saleh and Shanti put their names to in April has yet to produce the unified "
     "government it promised."),
    # The central bank suspended its operations on Sunday 5 May 2041.
    ("x7b1.md", "Desert Wire", "2041-05-05",
     "The Central Bank of Libya suspended all its operations on Sunday after armed men gathered outside its "
     "Tripoli headquarters amid a dispute over control of its board, the bank said."),
    ("x7b2.md", "Central Bank of Libya", "2041-05-05",
     "Statement\nThe Central Bank of Libya announces the suspension of its work as of today, Sunday 5 May "
     "2041, until the safety of its staff is guaranteed, following threats received by a number of its "
     "officials."),
    ("x7b3.md", "U.S. Embassy in Libya", "2041-05-06",
     "The U.S. Embassy is deeply concerned by the halt of operations at the CBL on May 5 and by reports of "
     "intimidation of its staff. Libya's financial institutions must be shielded from political competition."),
    # Italy and the Tripoli government signed a migration memorandum in Rome on Tuesday 14 May 2041;
    # Amnesty International condemned it on Friday 17 May.
    ("x7r1.md", "Agenzia Nova (translated from Italian)", "2041-05-14",
     "Italian Prime Minister Marco Feltri and the head of the Libyan Government of National Unity, Abdelhamid "
     "Dbeibah, signed today at Palazzo Chigi a new memorandum of understanding on migration, which provides "
     "for the supply of six patrol boats to the Libyan coast guard."),
    ("x7r2.md", "Desert Wire", "2041-05-14",
     "ROME (Desert Wire) - Italy and Libya's Tripoli-based government sealed a new migration pact in Rome on "
     "Tuesday, with Italy pledging patrol boats and 200 million euros to stop departures from the Libyan "
     "coast."),
    ("x7r3.md", "European Commission", "2041-05-15",
     "The Commission takes note of the Memorandum of Understanding concluded on 14 May between Italy and "
     "Libya and recalls that all cooperation on migration must fully respect human rights."),
    ("x7r4.md", "Libya Herald", "2041-05-18",
     "Amnesty International on Friday condemned the Italian-Libyan migration deal, calling it a licence for "
     "abuse in detention centres."),
    ("x7r5.md", "Amnesty International", "2041-05-17",
     "Today Amnesty International urged the Italian government to scrap its new migration pact with Libya, "
     "warning that it would trap thousands of people in abusive detention."),
    # Russian military transports flew into Maaten al-Sarra on Saturday 25 and Sunday 26 May 2041.
    ("x7u1.md", "Sky Tracker (blog)", "2041-05-27",
     "At least six Russian Air Force Il-76MD transports landed at Maaten al-Sarra over the weekend, routing "
     "from Hmeimim via eastern Libya's Al-Khadim base. It is the largest Russian airlift to the south-east we "
     "have tracked this year."),
    ("x7u2.md", "Desert Wire", "2041-05-28",
     "Russian military cargo planes flew repeatedly into the remote Maatan al-Sara airbase near Libya's "
     "borders with Chad and Sudan on Saturday and Sunday, flight-tracking data showed, in what analysts called "
     "a new deployment of Moscow's Africa Corps."),
    ("x7u3.md", "Crisis Analysis", "2041-07-09",
     "The Russian airlift to Maaten al-Sarra in May, which brought in several hundred personnel, gave Moscow "
     "a foothold on the road to Sudan."),
    # The Supreme Court struck down a law of the House on Wednesday 12 June 2041.
    ("x7s1.md", "Supreme Court of Libya", "2041-06-12",
     "Press release\nThe Constitutional Chamber of the Supreme Court ruled today, Wednesday 12 June 2041, that "
     "Law No. 5 of 2041 issued by the House of Representatives on the establishment of a Constitutional Court "
     "in Benghazi is unconstitutional."),
    ("x7s2.md", "Desert Wire", "2041-06-12",
     "Libya's top court on Wednesday struck down a law passed by the eastern-based parliament to create a "
     "rival constitutional court in Benghazi, deepening a legal battle between the country's two camps."),
    ("x7s3.md", "Libya Observer Arabic (translated)", "2041-06-19",
     "The Constitutional Circuit of the Supreme Court annulled last week the law of the House of "
     "Representatives creating a constitutional court, and considered it null and void."),
    # A protest over power cuts in Martyrs' Square on Friday 26 July 2041; a second one there on Friday
    # 2 August.
    ("x7q1.md", "Desert Wire", "2041-07-26",
     "Hundreds of people rallied in Tripoli's Martyrs' Square on Friday evening against power cuts lasting up "
     "to 14 hours a day, chanting slogans against the government and the state electricity company."),
    ("x7q2.md", "Libya Live (blog)", "2041-07-26",
     "Updated 21:50. The crowd in Martyrs' Square is growing tonight - people chanting against GECOL, and a "
     "few young men burning tyres on Omar al-Mukhtar Street."),
    ("x7q3.md", "Libya Observer Arabic (translated)", "2041-07-27",
     "Dozens of citizens demonstrated yesterday evening in Martyrs' Square in the capital, Tripoli, "
     "denouncing the continued power outages in the height of summer."),
    ("x7q4.md", "Desert Wire", "2041-08-02",
     "Protesters returned to Tripoli's Martyrs' Square on Friday, a week after the first rally over power "
     "cuts, and some marched on the prime minister's office on Sikka Road, where guards fired into the air."),
    ("x7q5.md", "Libya Herald", "2041-08-03",
     "Yesterday's demonstration, the second in a week, ended with security forces dispersing protesters near "
     "the government's headquarters."),
    # Floods in Ghat on Friday 9 August 2041.
    ("x7f1.md", "Desert Wire", "2041-08-10",
     "Torrential rain flooded the southwestern desert town of Ghat on Friday, killing four people and forcing "
     "hundreds of families from their homes, local officials said."),
    ("x7f2.md", "Libyan Red Crescent (Facebook)", "2041-08-09",
     "Ghat branch | Our volunteers have been evacuating families trapped by the torrents in Al-Barkat and "
     "Fewet since this afternoon. Call 1415 for help. #LRC"),
    ("x7f3.md", "OCHA", "2041-08-12",
     "Flash Update No. 1 - Libya: Ghat floods\nHeavy rainfall on 9 August caused flash floods across Ghat "
     "municipality, damaging some 600 homes. An estimated 2,500 people are displaced."),
    ("x7f4.md", "Maghreb Review", "2041-08-27",
     "The floods that hit Ghat earlier this month were a reminder that the desert south is no safer from "
     "extreme weather than the coast."),
    # A prisoner exchange at Abu Grein on Thursday 5 September 2041.
    ("x7p1.md", "United Nations", "2041-09-06",
     "UNSMIL welcomes the release and exchange of detainees carried out on 5 September in Abu Grein under the "
     "auspices of the 5+5 Joint Military Commission, a confidence-building step towards the reunification "
     "of the military institution."),
    ("x7p2.md", "Desert Wire", "2041-09-05",
     "Libya's rival forces swapped 26 prisoners near the central town of Abu Grein on Thursday in a deal "
     "brokered by the JMC, officials on both sides said."),
    ("x7p3.md", "Al-Marsad Arabic (translated)", "2041-09-06",
     "The General Command of the Libyan Arab Armed Forces received yesterday 14 of its members freed in an "
     "exchange deal at Abu Grein, in return for the release of 12 detainees from the western region."),
    # The French foreign minister in Tripoli on Monday 7 October 2041 and in Benghazi on Tuesday 8 October.
    ("x7v1.md", "Desert Wire", "2041-10-07",
     "TRIPOLI (Desert Wire) - French Foreign Minister Claire Moreau met Prime Minister Abdulhamid Dbeibah in "
     "Tripoli on Monday, the first visit by a French foreign minister to the capital in four years."),
    ("x7v2.md", "Al-Wasat Arabic (translated)", "2041-10-08",
     "The Prime Minister, Abdul Hamid Dbeiba, received yesterday in Tripoli the French Minister for Europe and "
     "Foreign Affairs, Claire Moreau, and they discussed the reopening of the French consulate in the "
     "capital."),
    ("x7v3.md", "Al-Marsad Arabic (translated)", "2041-10-09",
     "The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, received on "
     "Tuesday at the General Command headquarters in Al-Rajma the French Foreign Minister, Claire Moreau, and "
     "her accompanying delegation."),
    ("x7v4.md", "Embassy of France in Libya (translated from French)", "2041-10-09",
     "On Monday, the Minister met the Prime Minister of the Government of National Unity, Mr Abdelhamid "
     "Dbeibah, in Tripoli. The next day, she was received in Benghazi by Marshal Khalifa Haftar, with whom she "
     "discussed the unification of the armed forces."),
]

NEWEST7_EVENTS: dict[str, list[tuple[str, str]]] = {
    "brega-shut": [("x7o1", "forced the closure of Libya's Marsa al-Brega"),
                   ("x7o2", "declares a state of force majeure on all loadings"),
                   ("x7o3", "closed yesterday the gates of the oil port"),
                   ("x7o4", "Local protesters shut the Brega oil terminal")],
    "brega-reopened": [("x7o6", "Tankers resumed loading at the Marsa al-Brega"),
                       ("x7o7", "lifted force majeure at Brega yesterday")],
    "zawiya-drone-january": [("x7d1", "A drone strike hit a farmhouse"),
                             ("x7d2", "An unidentified aircraft targeted at dawn yesterday"),
                             ("x7d3", "a drone hit a farm in Harsha"),
                             ("x7o4", "A drone strike on a suspected smugglers' compound"),
                             ("x7d6", "an air raid on the Al-Harsha area")],
    "zawiya-drone-february": [("x7d5", "A drone destroyed two fishing boats"),
                              ("x7d6", "A drone bombed yesterday two boats")],
    "gecol-chief-detained": [("x7a1", "ordered today the pretrial detention"),
                             ("x7a2", "ordered the detention of Adel Krayem"),
                             ("x7a3", "detained the day before"),
                             ("x7a4", "arrest of the former electricity chief in March"),
                             ("x7c1", "ordered the former GECOL chairman held in custody")],
    "ain-zara-clashes": [("x7c1", "Heavy machine-gun fire tonight in Ain Zara"),
                         ("x7c2", "Rival armed groups fought in Tripoli's southern Ain Zara"),
                         ("x7c3", "alarmed by the armed confrontations")],
    "interior-minister-sacked": [("x7m1", "sacked his interior minister"),
                                 ("x7m2", "relieving the Minister of Interior"),
                                 ("x7m4", "fired Gaddar in March")],
    "cairo-talks": [("x7e1", "held on Sunday morning a meeting"),
                    ("x7e2", "had met at the Arab League's headquarters")],
    "cairo-agreement": [("x7e2", "signed an agreement in Cairo on Sunday"),
                        ("x7e3", "agreement signed in Cairo on 7 April"),
                        ("x7e4", "put their names to in April")],
    "cbl-suspension": [("x7b1", "suspended all its operations on Sunday"),
                       ("x7b2", "announces the suspension of its work"),
                       ("x7b3", "halt of operations at the CBL")],
    "rome-memorandum": [("x7r1", "signed today at Palazzo Chigi"),
                        ("x7r2", "sealed a new migration pact in Rome"),
                        ("x7r3", "Memorandum of Understanding concluded on 14 May")],
    "amnesty-condemnation": [("x7r4", "on Friday condemned the Italian-Libyan migration deal"),
                             ("x7r5", "urged the Italian government to scrap")],
    "russian-airlift": [("x7u1", "landed at Maaten al-Sarra over the weekend"),
                        ("x7u2", "flew repeatedly into the remote Maatan al-Sara"),
                        ("x7u3", "Russian airlift to Maaten al-Sarra in May")],
    "court-ruling": [("x7s1", "ruled today, Wednesday 12 June 2041"),
                     ("x7s2", "struck down a law passed by the eastern-based parliament"),
                     ("x7s3", "annulled last week the law")],
    "power-protest": [("x7q1", "rallied in Tripoli's Martyrs' Square on Friday"),
                      ("x7q2", "The crowd in Martyrs' Square is growing tonight"),
                      ("x7q3", "demonstrated yesterday evening in Martyrs' Square"),
                      ("x7q4", "a week after the first rally")],
    "power-protest-second": [("x7q4", "Protesters returned to Tripoli's Martyrs' Square"),
                             ("x7q5", "Yesterday's demonstration, the second in a week")],
    "ghat-floods": [("x7f1", "Torrential rain flooded the southwestern desert town of Ghat"),
                    ("x7f2", "evacuating families trapped by the torrents"),
                    ("x7f3", "Heavy rainfall on 9 August caused flash floods"),
                    ("x7f4", "floods that hit Ghat earlier this month")],
    "prisoner-swap": [("x7p1", "release and exchange of detainees carried out on 5 September"),
                      ("x7p2", "swapped 26 prisoners"),
                      ("x7p3", "received yesterday 14 of its members")],
    "moreau-tripoli": [("x7v1", "met Prime Minister Abdulhamid Dbeibah in Tripoli on Monday"),
                       ("x7v2", "received yesterday in Tripoli the French Minister"),
                       ("x7v4", "the Minister met the Prime Minister of the Government")],
    "moreau-benghazi": [("x7v3", "received on Tuesday at the General Command headquarters"),
                        ("x7v4", "she was received in Benghazi by Marshal")],
}


# The thirteenth set (NEWEST8_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; measured held out once (27 of 64 pairs, 7
# wrong) and studied from the sixth session of 2026-12-04 (bench/story_merging.py).
# Twenty-three events of 2042 (two of them, a reopening and a rain spell, told in passing by one
# report each), each told by one to five reports (a wire with its dateline, a translated Arabic
# outlet with titles in full, a UN, EU delegation or embassy release in the present tense, an oil
# corporation's, ministry's or municipality's Facebook post, an analysis naming the event in passing at
# month precision, a live blog ("tonight", "Updated 21:40"), a risk advisory with dated bullet lines,
# Russian, Italian, Maltese and Turkish outlets in translation), in other words ("shut" / "closed" /
# "halted loadings"; "abducted" / "kidnapped" / "snatched"; "sacked" / "dismissed" / "relieved ... of
# his duties"; "capsized" / "sank" / "overturned"; "elected" / "approved the appointment" / "voted in"),
# a person in full, by surname or by post, spellings (Dbeibah / Dbeiba / Dabaiba; Haftar / Hifter;
# Menfi / al-Manfi; Zawiya / Zawia), bodies by acronym and in full (NOC, PFG, HoR, CBL, HNEC, UNSMIL,
# IOM), capitals as metonyms ("Ankara", "Valletta", "Moscow") and dates of several forms ("on Monday",
# "13 Jan", "yesterday", "the day before", "last week", "earlier this month", "in March", "on the
# evening of 21 October", "this morning").  Hard negatives, which must not merge: (1) the Ras Lanuf
# port shut by guards on Monday 13 January and shut again on Monday 24 February (a report of the
# second names the first in the same sentence); (2) clashes in Janzour and the kidnapping of a
# councillor in Souq al-Juma, both in Tripoli on Tuesday 11 February (one live blog tells both); (3) a
# former official arrested in Tripoli on Monday 3 March and released on Sunday 9 March (the release
# reports name the arrest); (4) the health minister sacked on Tuesday 18 March and the economy
# minister sacked on Tuesday 8 April (a report of the second names the first); (5) a drone strike near
# Murzuq on Tuesday 22 April and the EU delegation's condemnation of it on Wednesday 23 April; (6)
# the Libyan and Maltese prime ministers meeting in Valletta on the morning of Tuesday 6 May and
# signing a memorandum there that afternoon (one wire tells both); (7) a fuel protest in Zawiya on
# Tuesday 13 May and its second wave there on Tuesday 20 May (a report of the second names the
# first in the same sentence).
NEWEST8_ARTICLES: list[tuple[str, str, str, str]] = [
    # The Ras Lanuf oil port shut by guards on Monday 13 January 2042; shut again on Monday 24 February.
    ("x8a1.md", "Energy Wire", "2042-01-13",
     "RAS LANUF, Jan 13 - Members of the Petroleum Facilities Guard shut Libya's Ras Lanuf oil port on Monday, "
     "halting crude loadings over months of unpaid salaries, two port engineers said. A tanker waiting "
     "offshore was told to leave."),
    ("x8a2.md", "National Oil Corporation (Facebook)", "2042-01-14",
     "#NOC | The National Oil Corporation announces the suspension of loadings at the port of Ras Lanuf "
     "after an armed group belonging to the PFG entered the terminal yesterday and ordered the staff out. "
     "The Corporation estimates the daily losses at 180,000 barrels. #Libya"),
    ("x8a3.md", "Al-Wasat Arabic (translated)", "2042-01-15",
     "Guards of the oil installations in the central region closed on Monday the gates of the Ras Lanuf "
     "port, in protest at the failure of the Ministry of Finance of the Government of National Unity to "
     "disburse their wages for five months, according to a statement they issued in the name of the "
     "protesting units."),
    ("x8a4.md", "Sahara Risk Advisory", "2042-01-21",
     "WEEKLY SECURITY OUTLOOK - LIBYA (21 January 2042)\nKey developments:\n- 13 Jan: PFG units closed the "
     "Ras Lanuf export terminal over unpaid wages; loadings halted.\n- 16 Jan: Heavy rain caused minor "
     "flooding in low-lying districts of Misrata; no casualties reported.\nOutlook: further wage-related "
     "stoppages likely in the Oil Crescent."),
    ("x8a5.md", "Energy Wire", "2042-02-24",
     "Guards again halted exports from Ras Lanuf on Monday, six weeks after the Petroleum Facilities Guard "
     "closed the port over pay in January, a shipping agent said. The port had reopened on 2 February after "
     "a partial payment."),
    # Clashes in Tripoli's Janzour and the kidnapping of a councillor in Souq al-Juma on Tuesday 11 February.
    ("x8b1.md", "Desert Wire", "2042-02-11",
     "TRIPOLI, Feb 11 - Heavy fighting broke out on Tuesday between two armed groups in Janzour, on the "
     "western edge of the Libyan capital, killing at least four people, a medical source said. The coastal "
     "road was closed to traffic."),
    ("x8b2.md", "Libya Live Blog", "2042-02-11",
     "Updated 21:40 - Gunfire and explosions are still heard tonight in Janzour, where the 55th Brigade and "
     "a rival local militia have been fighting since the afternoon.\nUpdated 22:15 - Separately, relatives "
     "say gunmen snatched Tripoli municipal councillor Faraj al-Sweihli outside his home in Souq al-Juma "
     "this evening."),
    ("x8b3.md", "Libya Observer Arabic (translated)", "2042-02-12",
     "The Janzour Municipal Council condemned the armed confrontations that the city witnessed yesterday, "
     "Tuesday, which terrified the residents and damaged a number of homes, and it called on the Presidential "
     "Council to intervene urgently to stop the bloodshed."),
    ("x8b4.md", "Tripoli Central Municipality (Facebook)", "2042-02-12",
     "The Municipality of Souq al-Juma announces with deep concern the abduction of council member Mr. Faraj "
     "al-Sweihli by unknown persons on the evening of Tuesday 11 February, and demands the Ministry of "
     "Interior act for his safe return."),
    ("x8b5.md", "Coast Courier", "2042-02-13",
     "Masked men kidnapped a Tripoli councillor, Faraj Sweihli, near the Souq al-Juma market on Tuesday, "
     "the same day fighting raged in Janzour, but officials said the two incidents were unrelated."),
    # A former official arrested in Tripoli on Monday 3 March; released on Sunday 9 March.
    ("x8c1.md", "Desert Wire", "2042-03-03",
     "TRIPOLI, March 3 - Libyan security forces arrested former Libyan Investment Authority deputy chief "
     "Nuri al-Tarhouni at Mitiga airport on Monday as he returned from Istanbul, on a warrant from the "
     "Attorney General's office, a security source said."),
    ("x8c2.md", "Al-Marsad Arabic (translated)", "2042-03-04",
     "The Office of the Attorney General announced that the former deputy head of the Libyan Investment "
     "Authority, Nuri Bashir al-Tarhouni, was placed in preventive detention on Monday on charges of "
     "squandering public funds, pending investigation."),
    ("x8c3.md", "Desert Wire", "2042-03-09",
     "A Tripoli prosecutor released Nuri al-Tarhouni on bail on Sunday, six days after the former sovereign "
     "fund official was detained at Mitiga, his lawyer said."),
    ("x8c4.md", "Libya Herald", "2042-03-10",
     "Tarhouni walked free yesterday after the investigating judge accepted a bail guarantee; his arrest last "
     "week had been seen as a test of the Attorney General's anti-corruption drive."),
    # The health minister sacked on Tuesday 18 March; the economy minister sacked on Tuesday 8 April.
    ("x8d1.md", "Desert Wire", "2042-03-18",
     "Libyan Prime Minister Abdulhamid Dbeibah sacked Health Minister Saad al-Fitouri on Tuesday after a "
     "string of deaths at a Tripoli children's hospital, a government spokesman said."),
    ("x8d2.md", "Government of National Unity (Facebook)", "2042-03-19",
     "The Prime Minister issues Decision No. 112 of 2042 relieving Mr. Saad al-Fitouri of his duties as "
     "Minister of Health and assigning the Minister of Social Affairs to run the ministry temporarily."),
    ("x8d3.md", "Al-Wasat Arabic (translated)", "2042-03-19",
     "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeiba, dismissed yesterday the "
     "Minister of Health, Saad al-Fitouri, following the investigation into the deaths of the children, "
     "according to a decision published on the government's page."),
    ("x8d4.md", "Desert Wire", "2042-04-08",
     "Dbeibah dismissed Economy Minister Hisham Abu Sitta on Tuesday over soaring food prices, three weeks "
     "after he sacked his health minister, in the second cabinet shake-up this spring."),
    ("x8d5.md", "Libya Observer Arabic (translated)", "2042-04-09",
     "The head of the Government of National Unity, Abdul Hamid Dabaiba, relieved the Minister of Economy "
     "and Trade, Hisham Abu Sitta, of his post on Tuesday, and charged his undersecretary with running the "
     "ministry."),
    # A drone strike near Murzuq on Tuesday 22 April; the EU delegation condemns it on Wednesday 23 April.
    ("x8e1.md", "Desert Wire", "2042-04-22",
     "MURZUQ, April 22 - A drone strike hit a convoy of pickup trucks south of the desert town of Murzuq on "
     "Tuesday, killing seven people, local officials said. It was not clear who operated the aircraft."),
    ("x8e2.md", "Al-Marsad Arabic (translated)", "2042-04-23",
     "An unmanned aircraft targeted on Tuesday evening a group of vehicles on the road linking Murzuq and "
     "Um al-Aranib, and the Murzuq municipality said the dead included two civilians."),
    ("x8e3.md", "EU Delegation to Libya", "2042-04-23",
     "The EU Delegation to Libya strongly condemns the drone strike near Murzuq that claimed the lives of "
     "civilians, and calls for an independent investigation."),
    ("x8e4.md", "Coast Courier", "2042-04-24",
     "The European Union on Wednesday condemned the deadly air strike on vehicles near Murzuq the day before "
     "and called for a transparent inquiry."),
    ("x8e5.md", "Maghreb Review", "2042-06-10",
     "The drone strike near Murzuq in April, which killed seven, has revived suspicions that foreign "
     "powers are fighting their own war in Libya's south."),
    # The prime ministers of Libya and Malta meet in Valletta on the morning of Tuesday 6 May and sign a
    # memorandum that afternoon.
    ("x8f1.md", "Desert Wire", "2042-05-06",
     "VALLETTA, May 6 - Libyan Prime Minister Abdulhamid Dbeibah held talks with his Maltese counterpart "
     "Daniel Camilleri on Tuesday morning at the Auberge de Castille. In the afternoon the two men signed "
     "a memorandum of understanding on coast guard coordination and the return of migrants."),
    ("x8f2.md", "Times of Malta", "2042-05-07",
     "Valletta and Tripoli sealed a migration accord on Tuesday under which Malta will train and equip the "
     "Libyan coast guard, Prime Minister Camilleri told reporters after the signing ceremony."),
    ("x8f3.md", "Al-Wasat Arabic (translated)", "2042-05-07",
     "The Prime Minister of the Government of National Unity discussed yesterday morning with the Prime "
     "Minister of Malta, in a closed session in Valletta, the files of migration, energy and the resumption "
     "of flights between the two countries."),
    ("x8f4.md", "Migration Watch", "2042-06-01",
     "Rights groups say the memorandum Malta signed with Libya in May will lead to more people being "
     "returned to detention centres."),
    # Fuel protest in Zawiya on Tuesday 13 May; a second wave there on Tuesday 20 May.
    ("x8g1.md", "Desert Wire", "2042-05-13",
     "ZAWIYA, May 13 - Hundreds of residents blocked the coastal highway in Zawiya on Tuesday with burning "
     "tyres to protest against weeks of petrol shortages, witnesses said."),
    ("x8g2.md", "Libya Live Blog", "2042-05-13",
     "Updated 19:05 - Protesters in Zawia are burning tyres on the coastal road tonight; queues at petrol "
     "stations there have stretched for days."),
    ("x8g3.md", "Desert Wire", "2042-05-20",
     "Protesters took to the streets of Zawiya again on Tuesday, a week after the first fuel protest shut "
     "the coastal highway, and this time they stormed the local office of the fuel distribution company."),
    ("x8g4.md", "Al-Marsad Arabic (translated)", "2042-05-21",
     "Angry young men in the city of Zawiya returned yesterday to protest at the fuel crisis, setting fire to "
     "the entrance of the Brega fuel distribution company branch."),
    # A migrant boat capsized off Zuwara on Monday 2 June.
    ("x8h1.md", "Desert Wire", "2042-06-02",
     "At least 38 migrants are missing after their boat capsized off the western Libyan town of Zuwara on "
     "Monday, the International Organization for Migration said."),
    ("x8h2.md", "IOM Libya", "2042-06-03",
     "IOM is saddened by the shipwreck off Zuwara on 2 June, in which 38 people are feared dead; 11 "
     "survivors were brought ashore by local fishermen."),
    ("x8h3.md", "Agenzia Nova (translated from Italian)", "2042-06-03",
     "A vessel carrying about fifty migrants sank yesterday a few miles from the Libyan coast at Zuwara, "
     "according to local sources, and only eleven people were saved."),
    # Russian troops and equipment land at al-Jufra, reported Monday 16 June.
    ("x8i1.md", "RIA Vostok (translated from Russian)", "2042-06-16",
     "A group of specialists of the Africa Corps of the Ministry of Defence of the Russian Federation arrived "
     "at the al-Jufra air base in Libya on Monday to provide assistance to the Libyan National Army under a "
     "bilateral agreement."),
    ("x8i2.md", "Desert Wire", "2042-06-17",
     "Russian cargo planes flew troops and air-defence equipment into the al-Jufra base in central Libya on "
     "Monday, satellite images and flight data showed, in Moscow's largest deployment there in years."),
    ("x8i3.md", "Maghreb Review", "2042-08-01",
     "The Russian deployment to Jufra in June has complicated Washington's outreach to Field Marshal Hifter."),
    # The House of Representatives approves a new central bank governor in Benghazi on Wednesday 9 July.
    ("x8j1.md", "Desert Wire", "2042-07-09",
     "BENGHAZI, July 9 - Libya's eastern-based parliament on Wednesday approved the appointment of "
     "economist Mustafa al-Mabrouk as governor of the Central Bank of Libya, a move the Tripoli-based High "
     "Council of State said it would not recognise."),
    ("x8j2.md", "Libya Observer Arabic (translated)", "2042-07-10",
     "The House of Representatives voted in its session held yesterday in the city of Benghazi, chaired by "
     "the Speaker of the House, Counsellor Aguila Saleh, to name Mustafa al-Mabrouk governor of the Central "
     "Bank of Libya."),
    ("x8j3.md", "UNSMIL", "2042-07-10",
     "UNSMIL takes note of the HoR's vote on 9 July on the CBL governorship and urges both chambers to agree "
     "on the sovereign positions in line with the political agreement."),
    # A prisoner exchange between Zintan and Zawiya groups on Tuesday 5 August.
    ("x8k1.md", "Desert Wire", "2042-08-05",
     "Armed groups from Zintan and Zawiya swapped 18 detainees on Tuesday at a checkpoint near Bir al-Ghanam "
     "in a deal brokered by tribal elders, both sides said."),
    ("x8k2.md", "Al-Wasat Arabic (translated)", "2042-08-06",
     "The committee of elders and notables announced the completion yesterday of the exchange of detainees "
     "between the cities of Zintan and Zawiya, nine from each side, in a step toward ending the feud."),
    # The Turkish foreign minister in Tripoli on Sunday 14 September.
    ("x8l1.md", "Anadolu Haber (translated from Turkish)", "2042-09-14",
     "Minister of Foreign Affairs Selin Aydemir was received today in Tripoli by the Chairman of the "
     "Presidential Council, Mohamed al-Manfi, and conveyed the greetings of the President."),
    ("x8l2.md", "Desert Wire", "2042-09-15",
     "Turkey's foreign minister met Libyan Presidential Council head Mohamed Menfi in Tripoli on Sunday, as "
     "Ankara pressed for maritime talks with the eastern authorities."),
    ("x8l3.md", "Maghreb Review", "2042-10-30",
     "Since Aydemir's visit to Tripoli in September, Turkish firms have signed three port contracts."),
    # A storm floods Benghazi on the evening of Tuesday 21 October.
    ("x8m1.md", "Desert Wire", "2042-10-22",
     "A violent storm flooded parts of Benghazi on Tuesday evening, killing three people and cutting power to "
     "several districts, the eastern health authorities said."),
    ("x8m2.md", "Al-Marsad Arabic (translated)", "2042-10-22",
     "The Commander-in-Chief of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, directed all "
     "military units to support the emergency teams after the heavy rains that struck the city of Benghazi "
     "on the evening of 21 October."),
    ("x8m3.md", "Libya Live Blog", "2042-10-22",
     "Updated 08:10 - Water is still standing this morning in Benghazi's al-Sabri and al-Hawari districts "
     "after last night's torrential downpour."),
    # Municipal elections in 20 municipalities on Saturday 8 November.
    ("x8n1.md", "Desert Wire", "2042-11-08",
     "Voters in 20 Libyan municipalities, including Misrata and Sabha, cast ballots in local council "
     "elections on Saturday, the High National Elections Commission said."),
    ("x8n2.md", "UNSMIL", "2042-11-09",
     "UNSMIL congratulates the HNEC on the peaceful conduct of municipal council elections on 8 November."),
    ("x8n3.md", "Libya Observer Arabic (translated)", "2042-11-10",
     "The High National Elections Commission announced that turnout in the municipal councils elections held "
     "on Saturday reached 61 percent."),
]

NEWEST8_EVENTS: dict[str, list[tuple[str, str]]] = {
    "ras-lanuf-shutdown": [("x8a1", "shut Libya's Ras Lanuf oil port on Monday"),
                           ("x8a2", "announces the suspension of loadings at the port of Ras Lanuf"),
                           ("x8a3", "closed on Monday the gates of the Ras Lanuf"),
                           ("x8a4", "13 Jan: PFG units closed the"),
                           ("x8a5", "closed the port over pay in January")],
    "ras-lanuf-shutdown-second": [("x8a5", "Guards again halted exports from Ras Lanuf on Monday")],
    "ras-lanuf-reopening": [("x8a5", "The port had reopened on 2 February")],
    "misrata-rain": [("x8a4", "Heavy rain caused minor")],
    "janzour-clashes": [("x8b1", "Heavy fighting broke out on Tuesday"),
                        ("x8b2", "Gunfire and explosions are still heard tonight in Janzour"),
                        ("x8b3", "the armed confrontations that the city witnessed yesterday"),
                        ("x8b5", "the same day fighting raged in Janzour")],
    "souq-al-juma-kidnapping": [("x8b2", "gunmen snatched Tripoli municipal councillor"),
                                ("x8b4", "announces with deep concern the abduction"),
                                ("x8b5", "Masked men kidnapped a Tripoli councillor")],
    "tarhouni-arrest": [("x8c1", "arrested former Libyan Investment Authority deputy chief"),
                        ("x8c2", "was placed in preventive detention on Monday"),
                        ("x8c3", "was detained at Mitiga"),
                        ("x8c4", "his arrest last week")],
    "tarhouni-release": [("x8c3", "released Nuri al-Tarhouni on bail on Sunday"),
                         ("x8c4", "Tarhouni walked free yesterday")],
    "health-minister-sacked": [("x8d1", "sacked Health Minister Saad al-Fitouri on Tuesday"),
                               ("x8d2", "relieving Mr. Saad al-Fitouri of his duties"),
                               ("x8d3", "dismissed yesterday the Minister of Health"),
                               ("x8d4", "after he sacked his health minister")],
    "economy-minister-sacked": [("x8d4", "dismissed Economy Minister Hisham Abu Sitta on Tuesday"),
                                ("x8d5", "relieved the Minister of Economy")],
    "murzuq-drone-strike": [("x8e1", "A drone strike hit a convoy of pickup trucks"),
                            ("x8e2", "An unmanned aircraft targeted on Tuesday evening"),
                            ("x8e4", "near Murzuq the day before"),
                            ("x8e5", "The drone strike near Murzuq in April")],
    "eu-condemnation": [("x8e3", "strongly condemns the drone strike near Murzuq"),
                        ("x8e4", "on Wednesday condemned the deadly air strike")],
    "valletta-talks": [("x8f1", "held talks with his Maltese counterpart"),
                       ("x8f3", "discussed yesterday morning with the Prime Minister of Malta")],
    "valletta-memorandum": [("x8f1", "In the afternoon the two men signed"),
                            ("x8f2", "Valletta and Tripoli sealed a migration accord on Tuesday"),
                            ("x8f4", "the memorandum Malta signed with Libya in May")],
    "zawiya-fuel-protest": [("x8g1", "Hundreds of residents blocked the coastal highway in Zawiya"),
                            ("x8g2", "Protesters in Zawia are burning tyres on the coastal road tonight"),
                            ("x8g3", "a week after the first fuel protest")],
    "zawiya-fuel-protest-second": [("x8g3", "Protesters took to the streets of Zawiya again on Tuesday"),
                                   ("x8g4", "returned yesterday to protest at the fuel crisis")],
    "zuwara-shipwreck": [("x8h1", "their boat capsized off the western Libyan town of Zuwara"),
                         ("x8h2", "the shipwreck off Zuwara on 2 June"),
                         ("x8h3", "sank yesterday a few miles from the Libyan coast")],
    "jufra-deployment": [("x8i1", "arrived at the al-Jufra air base in Libya on Monday"),
                         ("x8i2", "Russian cargo planes flew troops"),
                         ("x8i3", "The Russian deployment to Jufra in June")],
    "cbl-governor-vote": [("x8j1", "approved the appointment of economist Mustafa al-Mabrouk"),
                          ("x8j2", "The House of Representatives voted in its session held yesterday"),
                          ("x8j3", "takes note of the HoR's vote on 9 July")],
    "zintan-zawiya-swap": [("x8k1", "swapped 18 detainees on Tuesday"),
                           ("x8k2", "the exchange of detainees between the cities of Zintan and Zawiya")],
    "aydemir-tripoli": [("x8l1", "was received today in Tripoli"),
                        ("x8l2", "Turkey's foreign minister met Libyan Presidential Council head"),
                        ("x8l3", "Since Aydemir's visit to Tripoli in September")],
    "benghazi-storm": [("x8m1", "A violent storm flooded parts of Benghazi on Tuesday evening"),
                       ("x8m2", "after the heavy rains that struck the city of Benghazi"),
                       ("x8m3", "Water is still standing this morning")],
    "municipal-elections": [("x8n1", "cast ballots in local council elections on Saturday"),
                            ("x8n2", "peaceful conduct of municipal council elections on 8 November"),
                            ("x8n3", "the municipal councils elections held on Saturday")],
}


# The fourteenth set (NEWEST9_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; measured held out (30 of 73 pairs at the
# sixth session's start, 32 before it was studied) and studied from later in that session.
# Twenty-five events of 2043, each told by two to five reports (a wire with its dateline, a translated
# Arabic outlet with titles in full, an EU delegation's, a UN mission's or IOM's release in the present tense,
# an oil corporation's, central bank's, army's, attorney general's, coast guard's, municipality's, Red
# Crescent's or electoral commission's Facebook post with hashtags, an NGO ship's post, an analysis naming
# the event in passing at month precision, a live blog ("this morning", "Updated 17:45"), a risk advisory
# with dated bullet lines, a weekly roundup, Italian and Russian outlets in translation, a Maltese paper),
# in other words ("seized" / "took over" / "overran" / "occupied" / "the storming of"; "fired" / "removing
# ... from office" / "dismissal"; "signed" / "inked" / "conclude"; "abducted" / "kidnapped" / "snatched";
# "named" / "a decision appointing" / "promotion"), a person in full, by surname, by first name or by
# post, spellings (Dbeibah / Dbeiba; Haftar / Hifter / Hiftar; Menfi / al-Manfi; Ghalbun / Ghalboun;
# Bayda / al-Bayda), bodies by acronym and in full (NOC, CBL, LNA, HNEC, UNSMIL, IOM, GNU) and dates of
# several forms ("on Wednesday", "14 Jan", "yesterday", "a day after", "earlier this month", "in
# February", "in early May", "on the night of 4 to 5 October", "overnight on Sunday", "this morning",
# "today").  Hard negatives, which must not merge: (1) the Sharara oil field seized by armed protesters
# on Wednesday 14 January and the NOC's force majeure on its crude declared the next day, Thursday 15
# January (a follow-up; three reports tell both); (2) a car bomb at
# Benghazi's Hawari checkpoint on Friday 6 February and the funeral of its five victims on Sunday 8
# February (a funeral report names the bombing in its next sentence); (3) the same 77th Brigade clashing
# in Gharyan and in Tarhuna on Tuesday 10 March (one live blog tells both in two entries, one weekly
# roundup in two sentences); (4) the central bank announcing new banknotes on Monday 6 April and the notes
# put into circulation on Monday 4 May (a plan and its execution; a report of the second names the first
# in its next sentence); (5) a migrant boat intercepted off Zuwara by the coast guard and another boat
# rescued there by an NGO ship on Saturday 16 May (one IOM release tells both); (6) a Tripoli court
# sentencing a former deputy interior minister on Thursday 18 June and his lawyers' appeal against it on
# Monday 29 June (a report of the appeal names the ruling in its next sentence); (7) Saddam Haftar and
# Ibrahim Dbeibah meeting in Rome on Tuesday 21 July and again in Rome on Tuesday 15 September (a report
# of the second names the first in its next sentence; an analysis names both, one sentence each); (8) a
# curfew imposed in Sabha on Saturday 8 August and lifted on Wednesday 12 August (a report of the
# lifting names the imposition in its next sentence; a risk advisory tells both in two bullet lines).
NEWEST9_ARTICLES: list[tuple[str, str, str, str]] = [
    # The Sharara oil field seized on Wednesday 14 January 2043; the NOC's force majeure on Thursday 15 January.
    ("x9a1.md", "Desert Wire", "2043-01-14",
     "UBARI, Jan 14 - Armed tribesmen seized Libya's largest oil field, Sharara, on Wednesday, forcing workers "
     "to shut down production of about 300,000 barrels per day, two engineers at the site told Desert Wire. "
     "The men demanded that a fixed share of oil revenues be spent on hospitals and roads in the south."),
    ("x9a2.md", "National Oil Corporation (Facebook)", "2043-01-15",
     "#NOC | The National Oil Corporation declares a state of force majeure on loadings of Sharara crude from "
     "the Zawiya terminal as of today, Thursday. The declaration follows the storming of the field yesterday "
     "by an armed group, which forced the operating company Akakus to halt production. #Libya #Sharara"),
    ("x9a3.md", "Al-Wasat Arabic (translated)", "2043-01-15",
     "Youths of the Fezzan Rage Movement took over on Wednesday the Sharara field in the Ubari basin and "
     "closed the valves of the pipeline linking it to the Zawiya refinery, according to a statement they "
     "read from inside the field. The statement demanded the appointment of sons of the south to sovereign "
     "posts and the opening of a branch of the Central Bank in Sabha."),
    ("x9a4.md", "Energy Wire", "2043-01-16",
     "Libya's National Oil Corporation declared force majeure on exports from the Sharara field on Thursday "
     "and warned that the country would lose more than $20 million a day. Protesters had overrun the "
     "facility the previous day, demanding development funds for the south. Traders said Mediterranean "
     "refiners were already seeking replacement cargoes."),
    ("x9a5.md", "Sahara Risk Advisory", "2043-01-20",
     "WEEKLY SECURITY OUTLOOK - LIBYA (20 January 2043)\nKey developments:\n- 14 Jan: Armed protesters "
     "occupied the Sharara oil field (Ubari basin); production halted.\n- 15 Jan: NOC declared force majeure "
     "on Sharara loadings at Zawiya.\nOutlook: the stoppage is likely to last until the south's demands "
     "are addressed in Tripoli."),
    # A car bomb at Benghazi's Hawari checkpoint on Friday 6 February; the victims' funeral on Sunday 8 February.
    ("x9b1.md", "Desert Wire", "2043-02-06",
     "BENGHAZI, Feb 6 - A car bomb exploded outside a military checkpoint in Benghazi's al-Hawari district on "
     "Friday, killing five soldiers of the Libyan National Army and wounding nine, a hospital official said. "
     "No group claimed the attack."),
    ("x9b2.md", "Al-Marsad Arabic (translated)", "2043-02-07",
     "The General Command of the Libyan Arab Armed Forces mourned five of its heroes who were martyred on "
     "Friday evening in a cowardly terrorist bombing that targeted the al-Hawari gate in the city of "
     "Benghazi. The Commander-in-Chief, Field Marshal Khalifa Belqasim Hiftar, ordered the formation of a "
     "committee to investigate the crime and pursue its perpetrators."),
    ("x9b3.md", "Libya Herald", "2043-02-08",
     "Thousands of mourners filled Benghazi's Kish Square on Sunday for the funeral of the five soldiers, "
     "chanting against the terrorists. The men were killed in Friday's car bombing at the Hawari checkpoint, "
     "the deadliest attack in the city this year. Saddam Haftar, the army's deputy commander, walked behind "
     "the coffins."),
    ("x9b4.md", "Libya Live Blog", "2043-02-08",
     "Updated 14:05 - Funeral prayers for the Hawari victims have just ended at the Atiq mosque; the coffins "
     "are now being carried to the Hawari cemetery.\nUpdated 15:30 - Shots fired into the air as the burial "
     "takes place; security is heavy across the city today."),
    ("x9b5.md", "North Africa Analysis", "2043-03-02",
     "The February bombing in Benghazi, the deadliest in the city in years, has handed Saddam Haftar an "
     "argument for bringing the eastern police and intelligence services under his direct control. Few in "
     "the east are willing to say so publicly."),
    # The 77th Brigade clashing in Gharyan and, separately, in Tarhuna on Tuesday 10 March.
    ("x9c1.md", "Libya Live Blog", "2043-03-10",
     "Updated 11:20 - The 77th Brigade is fighting a local force in Gharyan this morning; residents report "
     "mortar fire near the old town.\nUpdated 17:45 - Now the same 77th Brigade has clashed with a local "
     "battalion in Tarhuna, about 90 km to the east, a separate confrontation according to officials in both "
     "towns."),
    ("x9c2.md", "Desert Wire", "2043-03-10",
     "GHARYAN, March 10 - Fighting erupted on Tuesday in the mountain town of Gharyan between the 77th "
     "Infantry Brigade and fighters loyal to the town's military council, killing three people, a local "
     "health official said. The road to Tripoli was cut for several hours."),
    ("x9c3.md", "Al-Wasat Arabic (translated)", "2043-03-11",
     "The city of Tarhuna witnessed yesterday, Tuesday, armed confrontations between the 77th Brigade and a "
     "force affiliated with the Tarhuna Security Directorate, which led to the closure of the main road to "
     "Bani Walid, according to local sources. The Municipal Council called for calm."),
    ("x9c4.md", "The Week in Libya", "2043-03-14",
     "THE WEEK IN LIBYA\nThe 77th Brigade fought on two fronts on Tuesday. In Gharyan it battled the town's "
     "military council, leaving three dead. The same afternoon in Tarhuna it clashed with local police "
     "units. Elsewhere, the dinar weakened on the parallel market."),
    # The central bank announces new banknotes on Monday 6 April; they enter circulation on Monday 4 May.
    ("x9d1.md", "Desert Wire", "2043-04-06",
     "TRIPOLI, April 6 - The Central Bank of Libya said on Monday it would put a new series of 20- and "
     "50-dinar banknotes into circulation from May 4 and withdraw the old notes by the end of the year, to "
     "fight counterfeiting. The notes are being printed in Britain."),
    ("x9d2.md", "Central Bank of Libya (Facebook)", "2043-04-07",
     "#CBL | The Central Bank of Libya announces its plan to issue a new edition of the 20 and 50 dinar "
     "denominations, printed with advanced security features, which will be available at commercial banks "
     "starting from Monday 4 May 2043. #CentralBankOfLibya #Dinar"),
    ("x9d3.md", "Libya Observer Arabic (translated)", "2043-05-04",
     "Commercial banks in Tripoli and Benghazi began this morning distributing the new 50-dinar and 20-dinar "
     "notes to customers, amid long queues in front of the branches. The distribution implements a decision "
     "the Central Bank of Libya announced last month. Several branches ran out of the new notes by noon."),
    ("x9d4.md", "North Africa Analysis", "2043-05-20",
     "Since the new banknotes entered circulation in early May, the parallel-market rate has eased, but "
     "money changers in Tripoli's old city doubt the relief will last beyond the summer."),
    # A boat intercepted off Zuwara by the coast guard and another rescued there by an NGO ship, Saturday 16 May.
    ("x9e1.md", "IOM Libya", "2043-05-17",
     "IOM is concerned at the return of 83 migrants to Libya after their wooden boat was intercepted off "
     "Zuwara by the Libyan Coast Guard on Saturday. On the same day, in the same stretch of sea, the "
     "humanitarian vessel Sea Lantern rescued 41 people from a sinking rubber dinghy. IOM reiterates that "
     "Libya is not a safe port for disembarkation."),
    ("x9e2.md", "Sea Lantern (X)", "2043-05-16",
     "BREAKING: Our crew has just pulled 41 people, including 6 children, from an overcrowded rubber boat 30 "
     "nautical miles north of Zuwara. Everyone is safe on board and receiving care. #SeaLantern #SAR"),
    ("x9e3.md", "Libyan Coast Guard (Facebook)", "2043-05-16",
     "#LibyanCoastGuard | Patrol boat 206 of the Coast Guard and Port Security succeeded today in thwarting an "
     "illegal migration attempt off Zuwara and returned 83 migrants of various African nationalities to the "
     "Tripoli naval base. They were handed over to the Anti-Illegal Immigration Agency."),
    # A former deputy interior minister sentenced on Thursday 18 June; his appeal lodged on Monday 29 June.
    ("x9f1.md", "Desert Wire", "2043-06-18",
     "TRIPOLI, June 18 - A Tripoli criminal court on Thursday sentenced Mukhtar Ben Ghalbun, a former deputy "
     "interior minister, to 12 years in prison for running a migrant smuggling network from Sabratha, "
     "judicial sources said. He denied the charges."),
    ("x9f2.md", "Attorney General's Office (Facebook)", "2043-06-19",
     "#AttorneyGeneral | The North Tripoli Court of First Instance issued on Thursday its ruling in the case "
     "of the former undersecretary of the Ministry of Interior (M.B.G.), convicting him of forming a "
     "criminal organisation to smuggle migrants and sentencing him to twelve years' imprisonment and a fine "
     "of 500,000 dinars. #Justice"),
    ("x9f3.md", "Libya Herald", "2043-06-29",
     "Lawyers for Mukhtar Ben Ghalbun lodged an appeal on Monday against his 12-year sentence, arguing that "
     "key witnesses were never heard. The former deputy minister was convicted earlier this month of running "
     "a smuggling network. A date for the first hearing has not been set."),
    ("x9f4.md", "Al-Wasat Arabic (translated)", "2043-06-30",
     "The defence team of the former undersecretary of the Ministry of Interior, Mukhtar Ben Ghalboun, "
     "submitted yesterday an appeal before the Tripoli Court of Appeal against the ruling that sentenced him "
     "to twelve years' imprisonment. The team said the trial had violated the rights of the defence."),
    # Saddam Haftar and Ibrahim Dbeibah meet in Rome on Tuesday 21 July and again on Tuesday 15 September.
    ("x9g1.md", "Desert Wire", "2043-07-21",
     "ROME, July 21 - Envoys of Libya's rival camps, Saddam Hifter and Ibrahim Dbeiba, held talks in Rome on "
     "Tuesday on unifying the country's budget and security forces, two people briefed on the meeting said. "
     "Italian officials declined to comment."),
    ("x9g2.md", "Il Corriere del Tirreno (translated from Italian)", "2043-07-22",
     "Saddam Haftar, son of the Cyrenaica strongman, and Ibrahim Dbeibah, nephew and adviser of the Tripoli "
     "premier, met yesterday in a hotel in the Parioli district of Rome, in a meeting facilitated by Italian "
     "intelligence, according to diplomatic sources. It was the first face-to-face encounter between the two "
     "since the spring."),
    ("x9g3.md", "Desert Wire", "2043-09-15",
     "ROME, Sept 15 - Saddam Haftar and Ibrahim Dbeibah met again in Rome on Tuesday and agreed to form a "
     "joint committee on the central bank's budget, a source said. Their first round of talks in the Italian "
     "capital was held in July and ended without agreement."),
    ("x9g4.md", "North Africa Analysis", "2043-10-05",
     "The September meeting in Rome between Saddam and Ibrahim Dbeibah produced little beyond a committee. "
     "The July round had produced even less. Both men answer to fathers and uncles who have not yet "
     "decided whether a deal serves them."),
    # A curfew imposed in Sabha on Saturday 8 August; lifted on Wednesday 12 August.
    ("x9h1.md", "Sabha Municipality (Facebook)", "2043-08-08",
     "#Sabha | The Sabha Municipal Security Committee announces the imposition of a total curfew in the city "
     "from 8 pm until 6 am starting this evening, Saturday, until further notice, following the deterioration "
     "of the security situation in the al-Manshiya and al-Tayouri neighbourhoods. #Fezzan"),
    ("x9h2.md", "Desert Wire", "2043-08-09",
     "SABHA, Aug 9 - Authorities in the southern city of Sabha imposed a night curfew on Saturday after a "
     "week of tribal fighting that killed at least 11 people, residents said. Shops closed early and "
     "checkpoints were set up on the main roads."),
    ("x9h3.md", "Libya Observer Arabic (translated)", "2043-08-13",
     "The Sabha Security Directorate announced yesterday the lifting of the curfew in the city, after the "
     "elders of the Awlad Suleiman and Tebu tribes reached a truce. The curfew had been imposed on Saturday "
     "following a week of deadly tribal fighting. Traffic returned to the city's streets in the evening."),
    ("x9h4.md", "Sahara Risk Advisory", "2043-08-17",
     "WEEKLY SECURITY OUTLOOK - LIBYA (17 August 2043)\nKey developments:\n- 8 Aug: Night-time curfew imposed "
     "in Sabha following intercommunal clashes.\n- 12 Aug: Curfew in Sabha lifted after a truce brokered by "
     "tribal elders.\nOutlook: the truce remains fragile; avoid non-essential travel to the south."),
    # The EU and the GNU sign a border programme in Brussels on Tuesday 24 February.
    ("x9i1.md", "Delegation of the European Union to Libya", "2043-02-24",
     "The European Union and the Government of National Unity today sign in Brussels a EUR 120 million "
     "programme to strengthen the management of Libya's southern borders, in the presence of the Executive "
     "Director of Frontex. The programme covers training, equipment and the monitoring of human rights "
     "compliance."),
    ("x9i2.md", "Al-Marsad Arabic (translated)", "2043-02-25",
     "The Minister of Interior in the Government of National Unity, Major General Adel Juma al-Ghraidi, "
     "signed yesterday in the Belgian capital, Brussels, with the European Commissioner for Internal Affairs "
     "an agreement to support the protection of the southern borders worth 120 million euros. The minister "
     "described the agreement as a turning point in cooperation with Europe."),
    ("x9i3.md", "Times of Valletta", "2043-02-26",
     "Brussels inked a border deal with Tripoli on Tuesday that Maltese officials hope will reduce departures "
     "from the Libyan coast, though rescue charities criticised the absence of independent monitoring."),
    # The interior minister removed from office on Wednesday 25 March.
    ("x9j1.md", "Desert Wire", "2043-03-25",
     "TRIPOLI, March 25 - Libyan Prime Minister Abdulhamid Dbeibah fired Interior Minister Adel al-Ghraidi on "
     "Wednesday, citing failures of security in the western mountains, a government spokesman said. No "
     "successor was named."),
    ("x9j2.md", "Government of National Unity (Facebook)", "2043-03-25",
     "#GNU | The Prime Minister, Abdul Hamid Dbeibah, issues a decision removing Major General Adel Juma "
     "al-Ghraidi from office as Minister of Interior and assigning Major General Mohamed Bashir al-Ferjani to "
     "carry out the duties of the minister. #Libya"),
    ("x9j3.md", "Libya Herald", "2043-03-27",
     "Ghraidi's dismissal on Wednesday surprised few in Tripoli, where the minister had long been at odds "
     "with the armed groups that control the capital's airport."),
    # The NOC and Eni sign a gas development agreement on Tuesday 17 March.
    ("x9k1.md", "Energy Wire", "2043-03-17",
     "TRIPOLI, March 17 - Libya's National Oil Corporation and Italy's Eni signed an $8 billion agreement on "
     "Tuesday to develop two offshore gas structures near the Bouri field, which the companies said would "
     "supply Italy from 2047."),
    ("x9k2.md", "National Oil Corporation (Facebook)", "2043-03-17",
     "#NOC | The Chairman of the Board of Directors of the National Oil Corporation, Eng. Nasser Abu Ajila, "
     "and the Chief Executive of Eni today conclude in Tripoli a development agreement for the Bouri North "
     "and Bouri East gas structures, in the presence of the Prime Minister. #Eni #Libya"),
    # A Russian deputy defence minister received by Khalifa Haftar in Benghazi on Thursday 23 April.
    ("x9l1.md", "Vesti Yug (translated from Russian)", "2043-04-23",
     "Russian Deputy Defence Minister Viktor Lapshin held talks in Benghazi today with the commander of the "
     "Libyan National Army, Field Marshal Khalifa Haftar, on military-technical cooperation, the ministry "
     "said. The delegation also visited a military academy."),
    ("x9l2.md", "LNA General Command (Facebook)", "2043-04-23",
     "#GeneralCommand | The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Hiftar, "
     "received this morning at the General Command headquarters in al-Rajma the Deputy Minister of Defence "
     "of the Russian Federation, Viktor Lapshin, and his accompanying delegation."),
    ("x9l3.md", "North Africa Analysis", "2043-06-10",
     "Moscow's footprint in the east has only grown since Lapshin's April visit to Benghazi, with more cargo "
     "flights reported at the al-Khadim air base."),
    # Two Italian engineers kidnapped near Ghat on Sunday 12 July.
    ("x9m1.md", "Desert Wire", "2043-07-13",
     "ROME, July 13 - Gunmen abducted two Italian engineers and their Libyan driver near the southern town "
     "of Ghat on Sunday, Italy's foreign ministry said. The men worked for a water company contracted by the "
     "Great Man-Made River authority."),
    ("x9m2.md", "Il Corriere del Tirreno (translated from Italian)", "2043-07-13",
     "Two Italian technicians were kidnapped yesterday afternoon in the Libyan desert, a few kilometres from "
     "Ghat, while returning from a construction site; the Farnesina is in contact with the families."),
    ("x9m3.md", "Libya Observer Arabic (translated)", "2043-07-14",
     "A security source in Ghat confirmed that an armed group snatched on Sunday two Italian nationals "
     "working on a Man-Made River project. The search is continuing in the Akakus mountains."),
    # Khaled Haftar named chief of staff of the land forces on Monday 7 September.
    ("x9n1.md", "Desert Wire", "2043-09-07",
     "BENGHAZI, Sept 7 - Khalifa Hifter on Monday named his son Khaled head of the eastern army's ground "
     "forces, further tightening the family's hold over the Libyan National Army."),
    ("x9n2.md", "Al-Marsad Arabic (translated)", "2043-09-08",
     "The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, issued yesterday, "
     "Monday, a decision appointing Lieutenant General Khaled Khalifa Haftar as Chief of Staff of the Land "
     "Forces, succeeding Major General Faraj al-Obeidi, who was referred to retirement."),
    ("x9n3.md", "North Africa Analysis", "2043-11-02",
     "Khaled's promotion in September leaves every branch of the army's command in the hands of the "
     "Field Marshal's sons."),
    # Floods in al-Bayda on the night of Sunday 4 to Monday 5 October.
    ("x9o1.md", "Desert Wire", "2043-10-05",
     "AL BAYDA, Oct 5 - Torrential rain flooded the eastern Libyan city of al-Bayda on the night of 4 to 5 "
     "October, killing at least seven people and sweeping away cars, the Red Crescent said."),
    ("x9o2.md", "Libyan Red Crescent (Facebook)", "2043-10-05",
     "#LRC | Our teams in Bayda have been working since last night to evacuate families trapped by the "
     "floodwaters on the Wadi al-Kuf road and in the al-Sahel district; 7 dead and dozens of homes damaged. "
     "#Bayda #Floods"),
    ("x9o3.md", "The Week in Libya", "2043-10-09",
     "THE WEEK IN LIBYA\nFlash floods tore through al-Bayda overnight on Sunday, leaving seven dead and "
     "hundreds of families homeless. In Tripoli, the electoral commission said it was ready to register "
     "voters."),
    # The new head of the UN mission received by the Presidential Council head in Tripoli on Monday 19 October.
    ("x9p1.md", "United Nations Support Mission in Libya", "2043-10-19",
     "The Special Representative of the Secretary-General and Head of UNSMIL, Hanna Lindqvist, meets today in "
     "Tripoli with the President of the Presidential Council, Mohamed al-Menfi, on her first working day in "
     "Libya. She stresses the mission's commitment to an inclusive political process leading to elections."),
    ("x9p2.md", "Libya Observer Arabic (translated)", "2043-10-20",
     "The President of the Presidential Council, Mohammed al-Manfi, received yesterday at the Council's "
     "headquarters in Tripoli the new Special Envoy of the Secretary-General of the United Nations, Ms. Hanna "
     "Lindqvist, and discussed with her the efforts to unify the executive authority."),
    # The HNEC opens voter registration on Sunday 1 November.
    ("x9q1.md", "High National Elections Commission (Facebook)", "2043-11-01",
     "#HNEC | The High National Elections Commission announces the opening of voter registration for the "
     "presidential and parliamentary elections as of today, Sunday 1 November 2043, through the text "
     "message system and the registration centres. #YourVoiceCounts"),
    ("x9q2.md", "Desert Wire", "2043-11-01",
     "TRIPOLI, Nov 1 - Libya's electoral commission opened voter registration on Sunday for presidential and "
     "parliamentary elections it hopes to hold in 2044, the first such step in years."),
    ("x9q3.md", "Libya Herald", "2043-11-10",
     "Some 310,000 Libyans have signed up since registration opened on 1 November, the commission said, "
     "well short of its target of one million."),
]

NEWEST9_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sharara-seizure": [("x9a1", "seized Libya's largest oil field, Sharara, on Wednesday"),
                        ("x9a2", "the storming of the field yesterday"),
                        ("x9a3", "took over on Wednesday the Sharara field"),
                        ("x9a4", "Protesters had overrun the"),
                        ("x9a5", "14 Jan: Armed protesters")],
    "sharara-force-majeure": [("x9a2", "declares a state of force majeure on loadings of Sharara crude"),
                              ("x9a4", "declared force majeure on exports from the Sharara field on Thursday"),
                              ("x9a5", "15 Jan: NOC declared force majeure")],
    "hawari-car-bomb": [("x9b1", "A car bomb exploded outside a military checkpoint"),
                        ("x9b2", "martyred on Friday evening in a cowardly terrorist bombing"),
                        ("x9b3", "killed in Friday's car bombing at the Hawari checkpoint"),
                        ("x9b5", "The February bombing in Benghazi")],
    "hawari-funeral": [("x9b3", "filled Benghazi's Kish Square on Sunday for the funeral"),
                       ("x9b4", "Funeral prayers for the Hawari victims have just ended")],
    "gharyan-clashes": [("x9c1", "is fighting a local force in Gharyan this morning"),
                        ("x9c2", "Fighting erupted on Tuesday in the mountain town of Gharyan"),
                        ("x9c4", "In Gharyan it battled the town's military council")],
    "tarhuna-clashes": [("x9c1", "has clashed with a local battalion in Tarhuna"),
                        ("x9c3", "witnessed yesterday, Tuesday, armed confrontations"),
                        ("x9c4", "in Tarhuna it clashed with local police units")],
    "banknotes-announced": [("x9d1", "said on Monday it would put a new series"),
                            ("x9d2", "announces its plan to issue a new edition"),
                            ("x9d3", "a decision the Central Bank of Libya announced last month")],
    "banknotes-circulated": [("x9d3", "began this morning distributing the new 50-dinar"),
                             ("x9d4", "Since the new banknotes entered circulation in early May")],
    "zuwara-interception": [("x9e1", "wooden boat was intercepted off Zuwara"),
                            ("x9e3", "succeeded today in thwarting an illegal migration attempt off Zuwara")],
    "zuwara-ngo-rescue": [("x9e1", "the humanitarian vessel Sea Lantern rescued 41 people"),
                          ("x9e2", "Our crew has just pulled 41 people")],
    "ben-ghalbun-sentence": [("x9f1", "sentenced Mukhtar Ben Ghalbun, a former deputy interior minister"),
                             ("x9f2", "issued on Thursday its ruling in the case"),
                             ("x9f3", "was convicted earlier this month of running")],
    "ben-ghalbun-appeal": [("x9f3", "lodged an appeal on Monday against his 12-year sentence"),
                           ("x9f4", "submitted yesterday an appeal before the Tripoli Court of Appeal")],
    "rome-meeting-july": [("x9g1", "held talks in Rome on Tuesday on unifying"),
                          ("x9g2", "met yesterday in a hotel in the Parioli district"),
                          ("x9g3", "Their first round of talks in the Italian"),
                          ("x9g4", "The July round had produced even less")],
    "rome-meeting-september": [("x9g3", "met again in Rome on Tuesday"),
                               ("x9g4", "The September meeting in Rome between Saddam and Ibrahim Dbeibah")],
    "sabha-curfew-imposed": [("x9h1", "announces the imposition of a total curfew in the city"),
                             ("x9h2", "imposed a night curfew on Saturday"),
                             ("x9h3", "The curfew had been imposed on Saturday"),
                             ("x9h4", "8 Aug: Night-time curfew imposed in Sabha")],
    "sabha-curfew-lifted": [("x9h3", "announced yesterday the lifting of the curfew"),
                            ("x9h4", "12 Aug: Curfew in Sabha lifted")],
    "eu-border-programme": [("x9i1", "today sign in Brussels a EUR 120 million"),
                            ("x9i2", "signed yesterday in the Belgian capital"),
                            ("x9i3", "Brussels inked a border deal with Tripoli on Tuesday")],
    "ghraidi-dismissed": [("x9j1", "fired Interior Minister Adel al-Ghraidi on"),
                          ("x9j2", "issues a decision removing Major General Adel Juma"),
                          ("x9j3", "Ghraidi's dismissal on Wednesday surprised few")],
    "noc-eni-agreement": [("x9k1", "signed an $8 billion agreement on"),
                          ("x9k2", "today conclude in Tripoli a development agreement")],
    "lapshin-benghazi": [("x9l1", "held talks in Benghazi today with the commander"),
                         ("x9l2", "received this morning at the General Command headquarters in al-Rajma"),
                         ("x9l3", "since Lapshin's April visit to Benghazi")],
    "ghat-kidnapping": [("x9m1", "Gunmen abducted two Italian engineers"),
                        ("x9m2", "Two Italian technicians were kidnapped yesterday afternoon"),
                        ("x9m3", "an armed group snatched on Sunday two Italian nationals")],
    "khaled-haftar-appointed": [("x9n1", "on Monday named his son Khaled head"),
                                ("x9n2", "a decision appointing Lieutenant General Khaled Khalifa Haftar"),
                                ("x9n3", "Khaled's promotion in September")],
    "bayda-floods": [("x9o1", "Torrential rain flooded the eastern Libyan city of al-Bayda"),
                     ("x9o2", "evacuate families trapped by the floodwaters"),
                     ("x9o3", "Flash floods tore through al-Bayda overnight on Sunday")],
    "lindqvist-menfi": [("x9p1", "meets today in Tripoli with the President of the Presidential Council"),
                        ("x9p2", "received yesterday at the Council's headquarters in Tripoli")],
    "voter-registration": [("x9q1", "announces the opening of voter registration"),
                           ("x9q2", "opened voter registration on Sunday"),
                           ("x9q3", "since registration opened on 1 November")],
}


# The fifteenth set (NEWEST10_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; measured held out, then diagnosed by category
# (bench/story_merging.py says how far).
# Twenty-four events of 2044, each told by two to four reports (a wire with its dateline, translated
# Arabic outlets with titles in full, UNSMIL's, IOM's, the Greek embassy's and Malta's foreign ministry's
# releases in the present tense, the unity government's, the General Command's, the NOC's, the coast
# guard's, the attorney general's, parliament's, the Red Crescent's and the municipal election
# commission's Facebook posts with hashtags, an analysis naming events in passing at month precision, a
# live blog ("Updated 21:40", "tonight", "this morning"), a risk advisory with dated bullet lines, a weekly
# roundup, Greek, Russian, Italian, French-language Algerian and Maltese outlets in translation or in
# English), in other words ("dismissed" / "relieving ... of his duties" / "ending the assignment" /
# "sacked" / "pushed out"; "shut" / "closed its pipeline" / "halted pumping"; "restarted" / "resumption" /
# "came back on stream"; "kidnapped" / "abducted" / "snatched"; "freed" / "free and safe"; "approved" /
# "passed" / "adopted"; "signed" / "initialled" / "attends the signing"), a person in full, by surname or
# by post, spellings (Ben Khayal / Ben Khayyal; Gritli / al-Qritli; Mlegta / Mleqta; Bufrayja / Bufraija;
# Kridan / Kreidan / Abdel Basset Kridan; Abulaid / Abu Laid; Gwaider / Qwaider; Zammit Borg / Zammit-Borg;
# El Feel / the Elephant field; Es Sider / Sidra; Um / Umm al-Aranib), bodies by acronym and in full
# (UNSMIL, IOM, NOC, GNU, SPA; the 5+5 / Five Plus Five Joint Military Commission) and dates of several
# forms ("on Monday", "yesterday, Wednesday", "11 Jan", "on 8 April", "earlier this month", "the evening
# before", "three weeks ago", "in April", "in September", "at the end of the month", "overnight", "early
# on Thursday", "this morning", "today", "tonight").  Hard negatives, which must not merge: (1) Health
# Minister Fathi Gritli dismissed on Monday 11 January and Oil Minister Ramadan Mlegta dismissed on
# Thursday 28 January (an analysis names both at month precision, a risk note in two bullet lines);
# (2) the Greek foreign minister Eleni Markopoulou's talks in Tripoli on Tuesday 16 February and her visit
# to Benghazi on Wednesday 17 February (a Greek outlet tells both in two sentences; the Tripoli wire
# announces the Benghazi leg as a plan, untagged); (3) the El Feel field restarted and the Nafoura field
# shut by guards on Saturday 12 March (an energy wire and a weekly roundup tell both, one sentence each);
# (4) a boat sunk off Zuwara and 97 migrants intercepted off Sabratha on Friday 8 April (one IOM release
# tells both); (5) the former Zawiya mayor Abdelbaset Kridan arrested on Tuesday 3 May and his first
# court hearing on Tuesday 24 May (a report of the hearing names the arrest in its next sentence);
# (6) a protest over power cuts in Misrata's Martyrs Square on Thursday 16 June and the clashes that
# broke up the sit-in on Friday 17 June (a wire of the clashes names the protest in its next sentence, a
# risk advisory tells both in two bullet lines); (7) the speaker setting, on Monday 11 July, a budget vote
# for 1 August, and the budget passed on Monday 1 August (two reports of the scheduling name the later
# date; a report of the vote names the scheduling in its next sentence); (8) a Maltese engineer kidnapped
# near Ubari on Sunday 4 September and freed on Monday 26 September (a wire of the release names the
# kidnapping in its next sentence, an analysis names both, one sentence each; Malta's release tells the
# kidnapping inside its sentence of the release, tagged as the release only).
NEWEST10_ARTICLES: list[tuple[str, str, str, str]] = [
    # Health Minister Gritli dismissed on Monday 11 January 2044; Oil Minister Mlegta on Thursday 28 January.
    ("xaa1.md", "Sahel Press Agency", "2044-01-11",
     "TRIPOLI, Jan 11 (SPA) - Libya's prime minister Hisham Ben Khayal dismissed Health Minister Fathi Gritli "
     "on Monday, days after a fire in the intensive care ward of a Tripoli hospital killed four patients, a "
     "government spokesman said. The deputy minister, Amal Bensaud, will run the ministry until a successor "
     "is named. Gritli could not be reached for comment."),
    ("xaa2.md", "Al-Saaa Arabic (translated)", "2044-01-12",
     "The Prime Minister of the Government of National Unity, Mr. Hisham Abdelsalam Ben Khayyal, issued "
     "yesterday, Monday, Decision No. 14 of 2044 relieving Dr. Fathi Abulgasem al-Qritli of his duties as "
     "Minister of Health and referring him to investigation. The decision came after the tragedy of the "
     "Tripoli Central Hospital, which the Prime Minister described as an unforgivable failure. Citizens "
     "gathered outside the hospital to demand accountability."),
    ("xaa3.md", "Government of National Unity (Facebook)", "2044-01-28",
     "#GNU | The Prime Minister today issues a decision ending the assignment of Mr. Ramadan Ashour Mlegta as "
     "Minister of Oil and Gas, and charges the Undersecretary of the Ministry with running its affairs "
     "pending the appointment of a new minister. The Prime Minister thanks Mr. Mlegta for his service. "
     "#Libya #Oil"),
    ("xaa6.md", "Crude Desk", "2044-01-29",
     "Libya's oil minister Ramadan Mleqta was sacked on Thursday after months of public feuding with the "
     "National Oil Corporation over who signs export contracts, two officials said. Oil output was "
     "unaffected at around 1.4 million barrels per day. Traders said the removal would do little to settle "
     "the turf war."),
    ("xaa5.md", "Cirta Risk Advisory", "2044-02-01",
     "LIBYA MONTHLY RISK NOTE (1 February 2044)\nPolitical:\n- 11 Jan: PM Ben Khayal removed Health Minister "
     "Gritli following the Tripoli Central Hospital fire.\n- 28 Jan: Oil and Gas Minister Mlegta dismissed "
     "amid dispute with NOC over contract authority.\nAssessment: further reshuffles are likely before the "
     "budget is tabled."),
    ("xaa4.md", "Levant & Maghreb Analysis", "2044-02-20",
     "Ben Khayal's cabinet has shed two ministers in a single month. The health minister went first, in "
     "January, after a fire in a Tripoli hospital. Mlegta, who held the oil portfolio, was pushed out at the "
     "end of the month over his quarrel with the NOC. Neither has been replaced, and the prime minister now "
     "runs both files through undersecretaries loyal to him."),
    # The Greek foreign minister in Tripoli on Tuesday 16 February and in Benghazi on Wednesday 17 February.
    ("xab1.md", "Sahel Press Agency", "2044-02-16",
     "TRIPOLI, Feb 16 (SPA) - Greek Foreign Minister Eleni Markopoulou held talks with Prime Minister Hisham "
     "Ben Khayal in Tripoli on Tuesday on maritime boundaries and migration, the first visit by a Greek "
     "foreign minister to the capital in six years. Athens has long objected to a maritime accord Tripoli "
     "signed with Turkey. Markopoulou is due to fly to Benghazi on Wednesday."),
    ("xab2.md", "Embassy of Greece in Tripoli", "2044-02-16",
     "The Minister of Foreign Affairs of the Hellenic Republic, Ms Eleni Markopoulou, is in Tripoli today "
     "for meetings with the Prime Minister of the Government of National Unity and the Minister of Foreign "
     "Affairs. The Minister reaffirms Greece's support for a united, sovereign and stable Libya and for the "
     "full respect of the law of the sea. The Embassy is grateful to the Libyan authorities for their "
     "hospitality."),
    ("xab5.md", "General Command of the Armed Forces (Facebook)", "2044-02-17",
     "#General_Command | The Commander-in-Chief, Field Marshal Nasser Bufrayja, meets this afternoon at the "
     "General Command in Benghazi with the Foreign Minister of Greece and her delegation to discuss border "
     "security and cooperation against smuggling networks. #Benghazi #Libya #Greece"),
    ("xab3.md", "Fawasel Arabic (translated)", "2044-02-18",
     "The Commander-in-Chief of the Libyan Arab Armed Forces, Field Marshal Nasser Bufrayja, received "
     "yesterday, Wednesday, in the city of Benghazi the Greek Minister of Foreign Affairs, Mrs. Eleni "
     "Markopoulou, and her accompanying delegation. The meeting discussed ways of fighting illegal migration "
     "across the eastern coast and reopening the Greek consulate in Benghazi. The Field Marshal stressed that "
     "the army protects the borders of Libya by land and sea."),
    ("xab4.md", "Athens Ledger (translated from Greek)", "2044-02-19",
     "Markopoulou's two-day Libyan tour ended with more smiles than results. In Tripoli on Tuesday she heard "
     "Ben Khayal promise to reopen talks on the sea boundary, without a date. On Wednesday she crossed to "
     "Benghazi, where Marshal Bufraija pledged to stop the boats heading for Crete. Diplomats in Athens "
     "called the trip a start."),
    # The 5+5 Joint Military Commission meeting in Sirte on Tuesday 8 March.
    ("xac1.md", "United Nations Support Mission in Libya", "2044-03-08",
     "UNSMIL welcomes the meeting held today in Sirte of the 5+5 Joint Military Commission, the first in "
     "nearly a year. The Commission agrees on a timetable for the exchange of detainees and for the removal "
     "of mines along the Abu Grein front. The Mission stands ready to support the implementation of these "
     "steps."),
    ("xac2.md", "Vesti Vostok (translated from Russian)", "2044-03-10",
     "On Tuesday, military officers from Libya's east and west sat down together in Sirte for the first time "
     "in almost twelve months. The so-called Five Plus Five commission agreed to swap prisoners and clear "
     "mines, but made no progress on the withdrawal of foreign forces, a source close to the talks told our "
     "correspondent. Moscow has called for a gradual and balanced withdrawal."),
    # The El Feel field restarted and the Nafoura field shut on Saturday 12 March.
    ("xad2.md", "National Oil Corporation (Facebook)", "2044-03-12",
     "#NOC | The National Oil Corporation announces the resumption of production at the Elephant field (El "
     "Feel) today, after the reasons for its closure were addressed in cooperation with the local community "
     "and the Petroleum Facilities Guard. The Corporation thanks the elders of Ubari for their role. #Libya "
     "#Oil #ElFeel"),
    ("xad1.md", "Crude Desk", "2044-03-13",
     "Libya's El Feel oil field restarted production on Saturday after a seven-week stoppage, the National "
     "Oil Corporation said, adding some 70,000 barrels per day to the country's output. But the gain was "
     "short-lived: guards at the Nafoura field in the east closed its pipeline on Saturday over unpaid "
     "salaries, taking about 45,000 bpd offline. Brent crude was little changed."),
    ("xad3.md", "Al-Saaa Arabic (translated)", "2044-03-13",
     "Members of the Petroleum Facilities Guard at the Nafoura field, south-east of Ajdabiya, halted pumping "
     "yesterday, Saturday, and closed the main valve, in protest at not receiving their salaries for five "
     "months. A spokesman for the protesters said the closure would continue until the Ministry of Finance "
     "paid the arrears. The Arabian Gulf Oil Company has not commented."),
    ("xad4.md", "Libya Week in Review", "2044-03-14",
     "THE WEEK IN LIBYA, 7-13 March 2044. Sirte: the 5+5 military commission met for the first time in "
     "almost a year. Oil: the Elephant field in the south-west came back on stream on Saturday. Oil: the "
     "same day, unpaid guards shut the Nafoura field near Ajdabiya. Weather: a sandstorm closed Sabha airport "
     "for two days."),
    # A boat sunk off Zuwara and migrants intercepted off Sabratha on Friday 8 April.
    ("xae2.md", "Sahel Press Agency", "2044-04-08",
     "ZUWARA, April 8 (SPA) - At least 34 migrants drowned on Friday when an overloaded rubber boat capsized "
     "a few miles off the western Libyan town of Zuwara, a municipal official said. Fishermen pulled 11 "
     "people from the water. Most of the passengers came from Sudan and Eritrea."),
    ("xae4.md", "Libyan Coast Guard (Facebook)", "2044-04-08",
     "#Coast_Guard | The patrol boat Ras Jedir today rescues 97 illegal migrants of various African "
     "nationalities aboard a wooden boat 20 nautical miles north of Sabratha. The migrants are handed over "
     "to the Anti-Illegal Immigration Agency at the port of Tripoli. #Libya #Sabratha"),
    ("xae1.md", "International Organization for Migration", "2044-04-09",
     "IOM is deeply saddened by the loss of at least 34 lives in a shipwreck off Zuwara on 8 April; 11 "
     "survivors were brought ashore by local fishermen. On the same day, 97 migrants were intercepted off "
     "Sabratha and returned to Libya, where they are now held in the Abu Issa detention centre. IOM "
     "reiterates that Libya is not a safe port for disembarkation."),
    ("xae3.md", "Il Corriere del Mare (translated from Italian)", "2044-04-10",
     "Another tragedy in the central Mediterranean: a dinghy that had left the beaches of Zuwara went down "
     "on Friday night with more than forty people aboard, and only eleven were saved. In Lampedusa, "
     "meanwhile, the hotspot holds twice as many people as it was built for. The government in Rome has "
     "asked Brussels for help."),
    # The Es Sider terminal shut on Monday 18 April.
    ("xaf1.md", "Crude Desk", "2044-04-19",
     "Striking Petroleum Facilities Guard units shut Libya's biggest export terminal, Es Sider, on Monday, "
     "halting loadings of around 350,000 barrels per day, port and shipping sources said. Two tankers were "
     "waiting offshore. The guards want to be folded into the regular army with its pay scale."),
    ("xaf2.md", "Levant & Maghreb Analysis", "2044-05-15",
     "The closure of the Sidra terminal in April, by guards who had gone months without pay, is a reminder "
     "that the oil crescent's security rests on salaries rather than loyalty. The guards reopened the port "
     "after nine days once Tripoli wired the money. The next dispute may not be settled so cheaply."),
    # The former Zawiya mayor arrested on Tuesday 3 May; his first hearing on Tuesday 24 May.
    ("xag1.md", "Attorney General's Office (Facebook)", "2044-05-03",
     "#Attorney_General | Based on the order of the Attorney General, the judicial police today arrest "
     "Abdelbaset Kridan, former mayor of Zawiya, on charges of embezzling public funds allocated to the "
     "city's sewage network. The suspect is remanded in custody pending investigation. #Libya #Zawiya "
     "#Fighting_Corruption"),
    ("xag2.md", "Sahel Press Agency", "2044-05-04",
     "ZAWIYA, May 4 (SPA) - A former mayor of Zawiya, Abdelbaset Kreidan, was detained in Tripoli on Tuesday "
     "over the alleged theft of some 60 million dinars earmarked for sewage works, prosecutors said. His "
     "family called the arrest political. Zawiya has been without a functioning council since 2042."),
    ("xag3.md", "Libya Dispatch", "2044-05-24",
     "Former Zawiya mayor Abdelbaset Kridan appeared before the Tripoli criminal court on Tuesday, where his "
     "lawyers asked for his release on bail; the judge adjourned the case to 14 June. Kridan was arrested "
     "earlier this month on embezzlement charges. About fifty of his supporters protested outside the court."),
    ("xag4.md", "Fawasel Arabic (translated)", "2044-05-25",
     "The Criminal Chamber of the Tripoli Court of Appeal held yesterday the first session of the trial of "
     "the former Mayor of Zawiya, Mr. Abdel Basset Kridan, on charges of squandering public money, and "
     "decided to postpone the case to the session of 14 June to allow the defence to review the file. The "
     "Chamber rejected a request to release the defendant."),
    # A new NOC chairman appointed on Tuesday 7 June.
    ("xah1.md", "Crude Desk", "2044-06-07",
     "Libya's unity government appointed Khaled Abulaid, a veteran reservoir engineer, as chairman of the "
     "National Oil Corporation on Tuesday, replacing a caretaker who had run the company since February. "
     "Abulaid has worked for Waha Oil and for the NOC's planning department. Eastern officials said they had "
     "not been consulted."),
    ("xah2.md", "Al-Saaa Arabic (translated)", "2044-06-08",
     "The Council of Ministers decided, in its ordinary session held on Tuesday in Tripoli, to name engineer "
     "Khalid Abu Laid as Chairman of the Board of Directors of the National Oil Corporation. The Prime "
     "Minister wished him success in raising production to two million barrels per day."),
    # A protest in Misrata on Thursday 16 June; the clashes that broke up the sit-in on Friday 17 June.
    ("xai1.md", "Libya Live (live blog)", "2044-06-16",
     "Updated 19:10 - Several hundred people have gathered in Misrata's Martyrs Square to protest against "
     "power cuts that have lasted up to 14 hours a day.\nUpdated 21:40 - The crowd is still growing tonight; "
     "organisers say they will pitch tents and stay until the electricity company's board resigns."),
    ("xai3.md", "Fawasel Arabic (translated)", "2044-06-17",
     "Hundreds of the people of Misrata went out on Thursday evening in a protest in Martyrs Square "
     "denouncing the continuous power cuts and the deterioration of services, and announced an open sit-in "
     "until their demands are met. The protesters raised banners holding the General Electricity Company "
     "responsible."),
    ("xai2.md", "Sahel Press Agency", "2044-06-17",
     "MISRATA, June 17 (SPA) - Gunmen opened fire on a sit-in in central Misrata on Friday, setting off "
     "clashes with armed relatives of the protesters that killed two people and wounded eleven, a hospital "
     "source said. The sit-in over power cuts had begun the evening before in Martyrs Square. Shops in the "
     "city centre closed early."),
    ("xai4.md", "United Nations Support Mission in Libya", "2044-06-18",
     "UNSMIL is alarmed by the armed clashes in the centre of Misrata on 17 June, which killed two civilians "
     "and wounded others when a peaceful sit-in was dispersed by force. The Mission calls on the authorities "
     "to investigate and to hold those responsible to account. The right to peaceful assembly must be "
     "protected."),
    ("xai5.md", "Cirta Risk Advisory", "2044-06-20",
     "LIBYA WEEKLY SECURITY BRIEF (20 June 2044)\n- 16 Jun: Protest over power cuts began in Misrata's "
     "Martyrs Square; protesters announced an open-ended sit-in.\n- 17 Jun: Sit-in violently dispersed; "
     "exchanges of fire in central Misrata left 2 dead, 11 wounded.\nOutlook: further unrest over "
     "electricity is likely across the western cities as summer demand peaks."),
    # A budget vote set on Monday 11 July for 1 August; the budget passed on Monday 1 August.
    ("xaj1.md", "Sahel Press Agency", "2044-07-11",
     "BENGHAZI, July 11 (SPA) - The speaker of Libya's House of Representatives, Ezzeddine Gwaider, said on "
     "Monday the chamber would vote on a unified 2044 budget of 118 billion dinars at a session on August 1, "
     "the first attempt in years to pass a single spending plan for east and west. The proposal was drafted "
     "by a joint finance committee. The central bank has urged lawmakers to cap spending on salaries."),
    ("xaj2.md", "House of Representatives (Facebook)", "2044-07-11",
     "#House_of_Representatives | The Presidency of the House today sets Monday, 1 August 2044, as the date "
     "of the session to vote on the draft General Budget Law, and calls on all members to attend. #Libya "
     "#Budget2044"),
    ("xaj3.md", "Libya Dispatch", "2044-08-01",
     "The House of Representatives approved a unified budget of 121 billion dinars on Monday, with 102 of "
     "the 128 members present voting in favour. Speaker Gwaider had set the date of the vote three weeks "
     "ago. The unity government in Tripoli welcomed the outcome and promised to submit monthly spending "
     "reports."),
    ("xaj4.md", "Al-Saaa Arabic (translated)", "2044-08-02",
     "The House of Representatives passed yesterday, Monday, during its session held in Benghazi, the "
     "General Budget Law for the year 2044 by a majority of those present, and referred it to the Government "
     "of National Unity for implementation. The Speaker of the House, Counsellor Ezzeddine Qwaider, thanked "
     "the members and described the session as historic."),
    ("xaj5.md", "Libya Week in Review", "2044-08-07",
     "THE WEEK IN LIBYA, 1-7 August 2044. Parliament: lawmakers in Benghazi adopted the first unified budget "
     "in a decade on Monday. Migration: 640 people were returned to Libya by the coast guard during the week. "
     "Economy: the dinar firmed slightly on the parallel market after the vote."),
    # A drone strike near Um al-Aranib early on Thursday 11 August.
    ("xak1.md", "Sahel Press Agency", "2044-08-11",
     "SABHA, Aug 11 (SPA) - A drone struck a convoy of pick-up trucks south of Um al-Aranib early on "
     "Thursday, killing six people, local officials said. It was not clear who operated the aircraft. The "
     "area is a transit point for fuel and people smuggled towards Niger."),
    ("xak2.md", "Libya Live (live blog)", "2044-08-11",
     "Updated 08:25 - Reports of an air strike overnight near Um al-Aranib in the south; a municipal "
     "councillor tells us six bodies have been taken to Sabha Medical Centre.\nUpdated 12:50 - No claim yet "
     "for the strike. The General Command denies its aircraft were flying in the area."),
    ("xak3.md", "Fawasel Arabic (translated)", "2044-08-12",
     "Six people were killed at dawn on Thursday when an unmanned aircraft of unknown identity targeted three "
     "vehicles on the desert road south of the town of Umm al-Aranib, in the Murzuq basin. The Mayor of Umm "
     "al-Aranib demanded an international investigation into the incident."),
    # A Maltese engineer kidnapped near Ubari on Sunday 4 September; freed on Monday 26 September.
    ("xal1.md", "Sahel Press Agency", "2044-09-05",
     "UBARI, Sept 5 (SPA) - Gunmen kidnapped a Maltese engineer working for a water company near the "
     "southern town of Ubari on Sunday, a security official said. The man, named as Mark Zammit Borg, was "
     "taken from his car at a checkpoint on the road to Germa. His Libyan driver was released unharmed."),
    ("xal2.md", "Malta Evening Chronicle", "2044-09-05",
     "A 46-year-old engineer from Żebbuġ was abducted in southern Libya yesterday, the Foreign Affairs "
     "Ministry confirmed. Mark Zammit-Borg had been working on a desalination and pipeline project in the "
     "Fezzan region since March. The ministry said it was in contact with the Libyan authorities and with "
     "his family."),
    ("xal3.md", "Ministry for Foreign and European Affairs of Malta", "2044-09-26",
     "The Ministry for Foreign and European Affairs confirms that Mr Mark Zammit-Borg, who was abducted in "
     "Libya on 4 September, is free and safe as of this afternoon. He is being accompanied to Tripoli and "
     "will return to Malta in the coming days. The Ministry thanks the Libyan authorities for their "
     "cooperation."),
    ("xal4.md", "Sahel Press Agency", "2044-09-26",
     "TRIPOLI, Sept 26 (SPA) - A Maltese engineer held for more than three weeks in southern Libya was freed "
     "on Monday, Libyan and Maltese officials said, without saying whether a ransom had been paid. Zammit "
     "Borg was snatched near Ubari on 4 September while travelling to a well site. He appeared tired but "
     "well in photos released by the interior ministry."),
    ("xal5.md", "Levant & Maghreb Analysis", "2044-10-20",
     "The abduction of a Maltese engineer near Ubari in September showed how little Tripoli's writ runs in "
     "the Fezzan. His release late that month was negotiated by local mediators, not by the state. Foreign "
     "contractors have since pulled staff back to the coast."),
    # The Supreme Court striking down the constitutional court law on Wednesday 5 October.
    ("xam1.md", "Libya Dispatch", "2044-10-05",
     "Libya's Supreme Court on Wednesday struck down the law creating a separate constitutional court in "
     "Benghazi, ruling that parliament had no power to strip the top court of its constitutional chamber. "
     "The decision is likely to deepen the rift between the eastern-based parliament and the judiciary. "
     "Lawyers outside the court in Tripoli cheered the ruling."),
    ("xam2.md", "Al-Saaa Arabic (translated)", "2044-10-06",
     "The Constitutional Circuit of the Supreme Court ruled, in its session held yesterday, the "
     "unconstitutionality of Law No. 5 of 2043 on the establishment of the Supreme Constitutional Court, and "
     "the nullity of all effects arising from it. The House of Representatives has not yet commented on the "
     "ruling."),
    # Municipal elections in 19 towns on Saturday 15 October.
    ("xan1.md", "Central Commission for Municipal Council Elections (Facebook)", "2044-10-15",
     "#Municipal_Elections | Polling stations in 19 municipalities, including Zliten, Khoms and Bani Walid, "
     "close their doors at 6 p.m. today after a day of voting without major incidents. Initial turnout is 58 "
     "percent. Counting begins immediately in the presence of observers. #Your_Municipality_Your_Choice"),
    ("xan2.md", "Sahel Press Agency", "2044-10-16",
     "ZLITEN, Oct 16 (SPA) - Voters in 19 Libyan towns chose new municipal councils on Saturday in a round of "
     "local elections that passed off calmly, the election commission said. In Bani Walid, some stations "
     "opened late because ballots arrived in the morning. Results are expected within a week."),
    # Floods in the Nafusa mountains on Sunday 20 November.
    ("xao1.md", "Libyan Red Crescent (Facebook)", "2044-11-20",
     "#Libyan_Red_Crescent | Our volunteers in Jadu and Nalut are working since dawn to evacuate families "
     "after torrential rain flooded the valleys of the Nafusa Mountains overnight. Three people are "
     "confirmed dead and dozens of homes are damaged. #Floods #Nafusa #Libya"),
    ("xao2.md", "Sahel Press Agency", "2044-11-20",
     "NALUT, Nov 20 (SPA) - Flash floods swept through towns in Libya's western Nafusa mountains on Sunday, "
     "killing at least three people and cutting the road between Nalut and Jadu, officials said. The "
     "government declared the area a disaster zone. Rain is forecast to continue into Tuesday."),
    ("xao3.md", "Libya Live (live blog)", "2044-11-20",
     "Updated 09:15 - Torrents are running through the streets of Jadu this morning after a night of storms; "
     "footage shared by residents shows cars carried down the wadi.\nUpdated 13:30 - Interior ministry now "
     "says three dead in the flooding in Jadu and Nalut."),
    ("xao4.md", "Il Corriere del Mare (translated from Italian)", "2044-11-22",
     "The bad weather that hit Sicily at the weekend also struck the Libyan mountains: in the area of Nalut "
     "and Jadu, three people died on Sunday in the floods, according to the authorities in Tripoli. Italy "
     "has offered pumps and civil protection teams."),
    # A Libyan-Algerian power grid agreement signed in Algiers on Wednesday 14 December.
    ("xap1.md", "Sahel Press Agency", "2044-12-14",
     "ALGIERS, Dec 14 (SPA) - Libya and Algeria signed an agreement on Wednesday to link their electricity "
     "grids through a 400-kilovolt line from Ghadames, Libya's prime minister said after talks in Algiers. "
     "The project is expected to take three years. Algeria already exports power to Tunisia."),
    ("xap3.md", "Government of National Unity (Facebook)", "2044-12-14",
     "#GNU | In Algiers, the Prime Minister, Mr. Hisham Ben Khayal, attends today the signing of an "
     "electrical interconnection agreement between Libya and Algeria, within his official visit to the "
     "sister country. #Libya #Algeria"),
    ("xap2.md", "El Djazair Daily (translated from French)", "2044-12-15",
     "The Algerian and Libyan energy ministers yesterday initialled, in the presence of the two prime "
     "ministers, a framework agreement on the interconnection of the two countries' electricity networks. "
     "Sonelgaz will carry out the studies. The two parties also discussed reopening the Debdeb-Ghadames "
     "border crossing."),
]

NEWEST10_EVENTS: dict[str, list[tuple[str, str]]] = {
    "gritli-dismissed": [("xaa1", "dismissed Health Minister Fathi Gritli"),
                         ("xaa2", "Abulgasem al-Qritli of his duties as"),
                         ("xaa5", "11 Jan: PM Ben Khayal removed Health Minister"),
                         ("xaa4", "The health minister went first, in")],
    "mlegta-dismissed": [("xaa3", "Ramadan Ashour Mlegta as"),
                         ("xaa6", "was sacked on Thursday after months of public feuding"),
                         ("xaa5", "28 Jan: Oil and Gas Minister Mlegta dismissed"),
                         ("xaa4", "was pushed out at the")],
    "markopoulou-tripoli": [("xab1", "held talks with Prime Minister Hisham"),
                            ("xab2", "is in Tripoli today"),
                            ("xab4", "In Tripoli on Tuesday she heard")],
    "markopoulou-benghazi": [("xab5", "with the Foreign Minister of Greece and her delegation"),
                             ("xab3", "received yesterday, Wednesday, in the city of Benghazi"),
                             ("xab4", "On Wednesday she crossed to")],
    "jmc-sirte": [("xac1", "welcomes the meeting held today in Sirte"),
                  ("xac2", "sat down together in Sirte for the first time"),
                  ("xad4", "the 5+5 military commission met for the first time")],
    "el-feel-restart": [("xad2", "announces the resumption of production at the Elephant field"),
                        ("xad1", "El Feel oil field restarted production on Saturday"),
                        ("xad4", "came back on stream on Saturday")],
    "nafoura-shutdown": [("xad1", "guards at the Nafoura field in the east closed its pipeline"),
                         ("xad3", "halted pumping yesterday, Saturday"),
                         ("xad4", "unpaid guards shut the Nafoura field")],
    "zuwara-sinking": [("xae2", "an overloaded rubber boat capsized"),
                       ("xae1", "in a shipwreck off Zuwara on 8 April"),
                       ("xae3", "went down on Friday night")],
    "sabratha-interception": [("xae4", "today rescues 97 illegal migrants"),
                              ("xae1", "97 migrants were intercepted off")],
    "es-sider-shutdown": [("xaf1", "shut Libya's biggest export terminal, Es Sider, on Monday"),
                          ("xaf2", "The closure of the Sidra terminal in April")],
    "kridan-arrest": [("xag1", "the judicial police today arrest"),
                      ("xag2", "was detained in Tripoli on Tuesday"),
                      ("xag3", "Kridan was arrested")],
    "kridan-hearing": [("xag3", "appeared before the Tripoli criminal court on Tuesday"),
                       ("xag4", "held yesterday the first session of the trial")],
    "noc-chairman-appointed": [("xah1", "appointed Khaled Abulaid, a veteran reservoir engineer"),
                               ("xah2", "to name engineer Khalid Abu Laid")],
    "misrata-protest": [("xai1", "have gathered in Misrata's Martyrs Square to protest"),
                        ("xai3", "went out on Thursday evening in a protest"),
                        ("xai2", "The sit-in over power cuts had begun the evening before"),
                        ("xai5", "16 Jun: Protest over power cuts began")],
    "misrata-clashes": [("xai2", "Gunmen opened fire on a sit-in in central Misrata on Friday"),
                        ("xai4", "is alarmed by the armed clashes in the centre of Misrata"),
                        ("xai5", "17 Jun: Sit-in violently dispersed")],
    "budget-vote-scheduled": [("xaj1", "the chamber would vote on a unified 2044 budget"),
                              ("xaj2", "today sets Monday, 1 August 2044, as the date"),
                              ("xaj3", "had set the date of the vote three weeks")],
    "budget-passed": [("xaj3", "approved a unified budget of 121 billion dinars on Monday"),
                      ("xaj4", "passed yesterday, Monday, during its session held in Benghazi"),
                      ("xaj5", "adopted the first unified budget")],
    "aranib-drone-strike": [("xak1", "A drone struck a convoy of pick-up trucks"),
                            ("xak2", "Reports of an air strike overnight"),
                            ("xak3", "an unmanned aircraft of unknown identity targeted")],
    "zammit-borg-kidnapped": [("xal1", "Gunmen kidnapped a Maltese engineer"),
                              ("xal2", "was abducted in southern Libya yesterday"),
                              ("xal4", "was snatched near Ubari on 4 September"),
                              ("xal5", "The abduction of a Maltese engineer near Ubari in September")],
    "zammit-borg-freed": [("xal3", "is free and safe as of this afternoon"),
                          ("xal4", "was freed on Monday"),
                          ("xal5", "His release late that month was negotiated")],
    "supreme-court-ruling": [("xam1", "struck down the law creating a separate constitutional court"),
                             ("xam2", "the unconstitutionality of Law")],
    "municipal-elections": [("xan1", "after a day of voting without major incidents"),
                            ("xan2", "chose new municipal councils on Saturday")],
    "nafusa-floods": [("xao1", "torrential rain flooded the valleys of the Nafusa Mountains"),
                      ("xao2", "Flash floods swept through towns"),
                      ("xao3", "Torrents are running through the streets of Jadu this morning"),
                      ("xao4", "three people died on Sunday in the floods")],
    "algeria-grid-agreement": [("xap1", "signed an agreement on Wednesday to link their electricity"),
                               ("xap3", "attends today the signing of an"),
                               ("xap2", "a framework agreement on the interconnection")],
}


# The sixteenth set (NEWEST11_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out until the eighth session of that day
# diagnosed it by category (studied since: bench/story_merging.py).
# Twenty-four events of 2045, each told by two to four reports (a wire with its dateline, an energy wire,
# translated Arabic outlets with titles in full ("yesterday, Sunday"), UNSMIL's, IOM's, a rights group's
# and Tunisia's foreign ministry's releases in the present tense, the Presidential Council's, the NOC's,
# the unity government's, its interior and defence ministries', parliament's, the High Council of State's,
# the Red Crescent's and the Reconstruction Fund's Facebook posts with hashtags, two live blogs with
# timestamps, a weekly security digest with dated bullet lines, a weekly roundup, two analyses naming
# events in passing at month precision, Turkish, Tunisian, Egyptian and Italian outlets in translation),
# in other words ("arrested" / "detained" / "took ... into custody" / "was taken from her home";
# "receives" / "was received" / "hosted" / "pressed" / "met"; "shut" / "forced workers to close the
# valves"; "came back on stream" / "resumption of production" / "pumping again"; "seized" / "abducted" /
# "kidnapped"; "freed" / "release" / "was released"; "announces" / "said it would gather" / "had
# announced the date"; "opened" / "kicked off"; "capsized" / "sank" / "overturned" / "sinking"; "struck"
# / "strike" / "bombing" / "targeted"; "rallied" / "gathered" / "packed" / "went out"; "approves the
# appointment" / "voted to name" / "installed"; "inaugurates" / "opened" / "was inaugurated"), a person in
# full, by surname or by post, spellings (al-Sharif / al-Shareef / Sharif; Tarhouni / al-Tarhuni;
# al-Mahjoub / al-Mahjub / Mahjoub; Aydoğan / Aydogan; Ben Romdhane / Bin Ramadan; Sabha / Sebha;
# Ras Ajdir / Ras Jedir; Elmabrouk / al-Mabrouk; Elkabti / al-Kabti; Ezzawi / al-Zawi; Abu Mansour /
# Abu Mansur; Türkiye / Turkey), bodies by acronym and in full (UNSMIL, IOM, NOC, GNU, CBL; Radaa / the
# Deterrence Apparatus for Combating Organized Crime and Terrorism) and dates of several forms ("on
# Sunday", "yesterday, Monday", "yesterday evening", "on 5 April", "on March 4", "15 Jan", "last
# Friday's", "last week", "last month", "earlier this month", "this month", "the previous day", "at dawn
# today", "before dawn", "overnight", "late on Sunday", "on the night of 19-20 November", "in June", "in
# early March", "within two weeks", "this morning", "today", "tonight").  Hard negatives, which must not
# merge: (1) two arrests by the Radaa force in Tripoli, the former central bank deputy governor Mansour
# al-Sharif at Mitiga airport on Sunday 15 January and the blogger Hanan Tarhouni at her home on Tuesday
# 17 January (a wire of the second names the first in its next sentence, a digest tells both in two
# bullet lines); (2) the Presidential Council's president Abdulkarim al-Mahjoub
# meeting Turkey's defence minister and, later the same day, Monday 6 February, the UN envoy Ingrid
# Halvorsen, both in Tripoli (a translated outlet and a wire tell both, one sentence each); (3) the Abu
# Attifel field shut by protesters on Saturday 4 March and restarted on Thursday 16 March (a wire of the
# restart names the shutdown in its next sentence, an analysis tells both in two sentences); (4) a
# Tunisian doctor kidnapped in Sabha on Wednesday 5 April and freed on Friday 28 April (Tunisia's release
# and a wire of the release name the kidnapping in their next sentence); (5) UNSMIL announcing on
# Thursday 18 May a forum in Ghadames for 12 June, and the forum opening on Monday 12 June (two reports of
# the announcement name the later date; a report of the opening names the announcement in its next
# sentence); (6) two shipwrecks on Saturday 8 July, off Tobruk and off Garabulli (IOM's release and a
# wire tell both, one sentence each); (7) drone strikes on smuggling boats at Harsha, west of Zawiya, on
# Wednesday 9 August and on a farm in Abu Surra, south of Zawiya, on Saturday 12 August (a wire of the
# second names the first in its next sentence, a digest tells both in two bullet lines); (8) two
# protests against the fuel subsidy cut in Tripoli's Martyrs' Square, on Friday 8 September and Friday
# 15 September (a live blog of the second names the first in a later entry; a roundup tells the first
# inside its sentence of the second, tagged as the second only); (9) parliament approving Salem Elmabrouk
# as central bank governor on Monday 23 October and Nouri Elkabti as head of the Audit Bureau on Tuesday
# 24 October (a translated outlet tells the first inside its sentence of the second, tagged as the second
# only, and the first again in its next sentence).  Beside them, untagged: a force majeure declared and
# lifted, a session set for the next day, loadings resumed at Ras Lanuf, the Derna floods of 2023.
NEWEST11_ARTICLES: list[tuple[str, str, str, str]] = [
    # Radaa arrests in Tripoli: Mansour al-Sharif on Sunday 15 January 2045, Hanan Tarhouni on Tuesday 17 January.
    ("xba1.md", "Maghreb Newswire", "2045-01-15",
     "TRIPOLI, Jan 15 (MNW) - Members of the Radaa force arrested Mansour al-Sharif, a former deputy governor "
     "of the Central Bank of Libya, at Mitiga airport on Sunday as he stepped off a flight from Istanbul, two "
     "airport officials said. Radaa, which controls the airport, gave no reason for the arrest. Sharif left "
     "the central bank in 2043 after a row over letters of credit and has lived mostly abroad since."),
    ("xba2.md", "Al-Wasat Arabic (translated)", "2045-01-16",
     "The Deterrence Apparatus for Combating Organized Crime and Terrorism arrested yesterday, Sunday, Mr. "
     "Mansour Abdelhamid al-Shareef, the former Deputy Governor of the Central Bank of Libya, upon his arrival "
     "at Mitiga International Airport aboard a flight coming from Istanbul, according to a source at the "
     "airport. The source said the arrest was carried out on an order from the Attorney General in a case "
     "concerning documentary credits. Al-Wasat was unable to obtain a comment from the Apparatus."),
    ("xba4.md", "North Africa Wire Service", "2045-01-17",
     "TRIPOLI, Jan 17 (NAWS) - Gunmen from Libya's Radaa force detained Hanan Tarhouni, a blogger known for her "
     "videos mocking the capital's armed groups, at her home in the Souq al-Juma district on Tuesday, her "
     "brother said. It was the force's second high-profile arrest in three days, after it took former central "
     "bank deputy governor Mansour Sharif into custody at Mitiga airport on Sunday. Radaa did not respond to "
     "requests for comment."),
    ("xba3.md", "Libyan Human Rights Observatory", "2045-01-18",
     "The Libyan Human Rights Observatory condemns the arbitrary detention of the blogger Hanan al-Tarhuni and "
     "calls for her immediate and unconditional release. Ms. al-Tarhuni was taken from her family home in Souq "
     "al-Juma on Tuesday evening by armed men of the Deterrence Apparatus, who showed no warrant. "
     "The Observatory holds the Ministry of Interior responsible for her safety."),
    ("xba5.md", "Sandline Risk", "2045-01-20",
     "LIBYA WEEKLY SECURITY DIGEST, 14-20 January 2045\nTripoli:\n- 15 Jan: Radaa detained ex-CBL deputy "
     "governor Mansour al-Sharif on arrival at Mitiga airport (MJI); flights were not disrupted.\n- 17 Jan: "
     "Radaa arrested blogger Hanan Tarhouni at her home in Souq al-Juma; small protest outside Radaa HQ on "
     "18 Jan.\nOutlook: further detentions of critics are likely as the force tightens its hold on the "
     "airport."),
    # The Presidential Council's president with Turkey's defence minister and with the UN envoy, Monday 6 February.
    ("xbb1.md", "Presidential Council (Facebook)", "2045-02-06",
     "#Presidential_Council | The President of the Presidential Council, Mr. Abdulkarim al-Mahjoub, receives "
     "this morning at the Council's headquarters in Tripoli the Minister of National Defence of the Republic "
     "of Türkiye, Mr. Selim Aydoğan, and his accompanying delegation. The meeting discusses military training "
     "programmes and the unification of the military institution. #Libya #Türkiye"),
    ("xbb2.md", "UNSMIL", "2045-02-06",
     "TRIPOLI – The Special Representative of the Secretary-General and Head of UNSMIL, Ingrid Halvorsen, "
     "meets today in Tripoli with the President of the Presidential Council, Abdulkarim Al-Mahjoub. The SRSG "
     "briefs the President on the Mission's consultations on a roadmap to national elections and stresses the "
     "need for the Presidential Council to use its good offices with all parties. They agree to remain in "
     "close contact."),
    ("xbb5.md", "Maghreb Newswire", "2045-02-06",
     "TRIPOLI, Feb 6 (MNW) - The U.N. envoy for Libya, Ingrid Halvorsen, pressed Presidential Council chief "
     "Abdulkarim al-Mahjoub on Monday to back her plan for elections in 2046, according to a diplomat briefed "
     "on the talks. The meeting came hours after Mahjoub hosted Turkish Defence Minister Selim Aydogan, whose "
     "government trains forces loyal to the Tripoli authorities. Halvorsen has been touring the country since "
     "January."),
    ("xbb3.md", "Libya Al-Ahrar Arabic (translated)", "2045-02-07",
     "The President of the Presidential Council, Mr. Abdulkarim Ezzeddin al-Mahjub, received yesterday, "
     "Monday, at the Council's headquarters in Tripoli, the Turkish Minister of National Defence, Mr. Selim "
     "Aydogan, who is on an official visit to Libya at the head of a high-level military delegation. Later in "
     "the day, al-Mahjub met the Special Representative of the UN Secretary-General, Mrs. Ingrid Halvorsen, "
     "who briefed him on the results of her recent tour of the eastern and southern regions. The Council's "
     "media office said both meetings affirmed support for stability and for the unity of state "
     "institutions."),
    ("xbb4.md", "Türkiye Haber (translated from Turkish)", "2045-02-07",
     "National Defence Minister Selim Aydoğan, who travelled to Libya on Monday, was received in Tripoli by the "
     "head of the Presidential Council, Abdulkarim Mahjoub. At the meeting, the two sides discussed the "
     "training of Libyan cadets in Turkish military academies, the ministry said in a written statement. "
     "Aydoğan later visited Turkish personnel serving at the Al-Khums naval base."),
    # A fire at the Ras Lanuf terminal on Thursday 23 February.
    ("xbc1.md", "Crude Desk", "2045-02-23",
     "RAS LANUF, Feb 23 (Crude Desk) - A fire broke out at a crude storage tank at Libya's Ras Lanuf terminal "
     "on Thursday, sending a column of black smoke over the coast and forcing the suspension of loadings, an "
     "engineer at the port said. There were no immediate reports of casualties. The terminal, operated by "
     "Harouge Oil Operations, ships about 200,000 barrels per day."),
    ("xbc2.md", "National Oil Corporation (Facebook)", "2045-02-24",
     "#NOC | The National Oil Corporation announces that the fire which broke out yesterday evening in tank "
     "No. 7 at the Ras Lanuf oil port has been fully extinguished, after fire-fighting teams from Harouge, "
     "Sirte Oil and the Brega company worked through the night. No injuries were recorded among the workers. "
     "A technical committee has been formed to determine the cause. #Libya #Oil"),
    ("xbc3.md", "Staffetta Energia (translated from Italian)", "2045-03-01",
     "The blaze that hit Ras Lanuf last week has taken roughly 400,000 barrels of storage capacity out of "
     "service, according to estimates circulating among traders in Milan. The terminal resumed loadings on "
     "Sunday from its undamaged tanks, but at half its usual pace. Eni, which lifts Libyan crude for its "
     "refineries, said its supplies were not affected."),
    # The Abu Attifel field shut on Saturday 4 March and restarted on Thursday 16 March.
    ("xbd1.md", "Crude Desk", "2045-03-04",
     "BENGHAZI, March 4 (Crude Desk) - Protesters demanding jobs shut the Abu Attifel oil field in Libya's "
     "Sirte basin on Saturday, cutting about 70,000 barrels per day of output, two engineers at the field "
     "said. The protesters, from the oasis towns of Jalu and Awjila, said they would keep the valves closed "
     "until the National Oil Corporation hires local graduates. Mellitah Oil and Gas, which runs the field, "
     "declined to comment."),
    ("xbd2.md", "National Oil Corporation (Facebook)", "2045-03-05",
     "#NOC | The National Oil Corporation declares force majeure on crude exports from the Abu Attifel field, "
     "after a group of protesters yesterday forced workers to close the field's valves, halting production "
     "completely. The Corporation calls on the protesters to keep the oil sector out of their demands and "
     "holds them legally responsible for the losses. #Libya #Oil"),
    ("xbd3.md", "Barrel Daily", "2045-03-16",
     "TRIPOLI, March 16 (Barrel Daily) - Libya's Abu Attifel oil field came back on stream on Thursday after the "
     "state oil company promised jobs to young men from Jalu and Awjila, an engineer at the field said. "
     "Protesters had closed the field's valves on March 4, cutting output by about 70,000 barrels per day. "
     "Output is expected to reach its previous level within a week."),
    ("xbd4.md", "Al-Wasat Arabic (translated)", "2045-03-17",
     "The National Oil Corporation announced yesterday, Thursday, the resumption of production at the Abu "
     "Attifel field operated by the Mellitah Oil and Gas Company, after reaching an agreement with the youth "
     "of the oases region to employ 300 of them in the companies of the sector. The Corporation lifted the "
     "state of force majeure it had declared on exports from the field. Production stood at 41,000 barrels "
     "per day by yesterday evening, according to the Corporation."),
    # The Ras Ajdir crossing reopened on Wednesday 29 March.
    ("xbe2.md", "Ministry of Interior - GNU (Facebook)", "2045-03-29",
     "#Ministry_of_Interior | The Minister of Interior, Mr. Mukhtar Ben Salem, today inaugurates the reopening "
     "of the Ras Ajdir land port to the movement of travellers and goods, after the completion of the new "
     "security arrangements at the crossing, and affirms that the port will operate around the clock. "
     "#Libya #Tunisia"),
    ("xbe1.md", "Le Quotidien du Sud (translated from French)", "2045-03-30",
     "The Ras Jedir border crossing reopened yesterday, Wednesday, to travellers and goods in both directions, "
     "after a closure of nearly three weeks decided by the Libyan side, the regional customs directorate in "
     "Medenine said. Long queues of lorries had formed at Ben Guerdane from the early hours. Traders in the "
     "south-east of the country say the closure cost them several million dinars."),
    # A Tunisian doctor kidnapped in Sabha on Wednesday 5 April and freed on Friday 28 April.
    ("xbf1.md", "Maghreb Newswire", "2045-04-05",
     "SABHA, Libya, April 5 (MNW) - Gunmen seized a Tunisian doctor outside the main hospital in the southern "
     "Libyan city of Sabha on Wednesday evening, colleagues said, the latest in a series of kidnappings of "
     "foreign workers in the south. The doctor, a cardiologist who has worked at the Sabha Medical Centre for "
     "six years, was bundled into a car with no plates, a nurse said."),
    ("xbf2.md", "Assabah (translated from Arabic)", "2045-04-06",
     "A Tunisian doctor working at the Sabha Medical Centre in southern Libya, Dr. Nizar Ben Romdhane, who "
     "comes from Sfax, was abducted yesterday evening by unidentified gunmen as he left the hospital, his "
     "family told Assabah. His brother said the family had received no ransom demand so far and appealed to "
     "the Tunisian authorities to intervene."),
    ("xbf3.md", "Tunisian Ministry of Foreign Affairs", "2045-04-28",
     "The Ministry of Foreign Affairs, Migration and Tunisians Abroad announces with great relief the release "
     "today of the Tunisian citizen Dr. Nizar Ben Romdhane, and thanks the Libyan authorities for the efforts "
     "that led to this happy outcome. Dr. Ben Romdhane had been kidnapped on 5 April in the city of Sebha as "
     "he left his place of work. He is in good health and will return to Tunisia in the coming days."),
    ("xbf4.md", "North Africa Wire Service", "2045-04-29",
     "TUNIS, April 29 (NAWS) - Kidnappers in southern Libya on Friday freed a Tunisian cardiologist they had "
     "held for more than three weeks, Tunisia's foreign ministry said, without saying whether a ransom had "
     "been paid. Nizar Ben Romdhane, 51, was abducted in Sabha on April 5 as he left work."),
    ("xbf5.md", "Fezzan Libya (translated)", "2045-04-29",
     "The Tunisian doctor Nizar Bin Ramadan was released yesterday, Friday, after twenty-three days in the "
     "hands of his kidnappers, a security source in Sebha told Fezzan Libya. The source said the release came "
     "after mediation by tribal elders of the city, without giving further details. Colleagues at the Sebha "
     "Medical Centre welcomed the news."),
    # UNSMIL announces on Thursday 18 May a forum in Ghadames for 12 June; the forum opens on Monday 12 June.
    ("xbg1.md", "UNSMIL", "2045-05-18",
     "TRIPOLI – The United Nations Support Mission in Libya (UNSMIL) announces today that the Libyan Dialogue "
     "Forum will convene in the city of Ghadames on 12 June 2045. The Forum brings together 60 participants "
     "from across Libya's political, social and geographic spectrum, including 18 women, to agree on a "
     "roadmap towards national elections. SRSG Ingrid Halvorsen thanks the municipality of Ghadames for "
     "agreeing to host it."),
    ("xbg2.md", "Maghreb Newswire", "2045-05-18",
     "TRIPOLI, May 18 (MNW) - The United Nations said on Thursday it would gather 60 Libyans from rival camps "
     "in the desert town of Ghadames next month for talks on a path to elections, the most ambitious attempt "
     "at dialogue in years. The announcement came after weeks of shuttle diplomacy by envoy Ingrid Halvorsen "
     "between Tripoli and Benghazi."),
    ("xbg3.md", "Libya Live (blog)", "2045-06-12",
     "Ghadames forum – live\n09:50 Delegates are filing into the conference hall of the old town's cultural "
     "centre under heavy security.\n11:20 The forum opened this morning with a minute of silence, after which "
     "Halvorsen told the 60 participants that 'the country cannot wait for another lost decade'.\n13:05 "
     "Delegates from the east have asked for the agenda to include the unification of the central bank."),
    ("xbg4.md", "Al-Wasat Arabic (translated)", "2045-06-13",
     "The sessions of the Libyan Dialogue Forum kicked off yesterday, Monday, in the city of Ghadames with "
     "the participation of 60 members representing the various regions, under the auspices of the United "
     "Nations Support Mission. The Mission had announced the date of the meeting last month, after a series "
     "of consultations with the House of Representatives and the High Council of State. The forum is "
     "expected to last five days."),
    # Two shipwrecks on Saturday 8 July: off Tobruk before dawn and off Garabulli later that day.
    ("xbh2.md", "Libyan Red Crescent - Tobruk branch (Facebook)", "2045-07-08",
     "#Libyan_Red_Crescent_Tobruk | Our volunteers today recover the bodies of 19 migrants from the sea and "
     "the shore west of Tobruk, after a boat carrying illegal migrants sank at dawn near Ain al-Ghazala. The "
     "search for the missing continues in cooperation with the coast guard. #Tobruk #Libya"),
    ("xbh3.md", "Maghreb Newswire", "2045-07-08",
     "TRIPOLI, July 8 (MNW) - At least 12 migrants drowned when their inflatable boat sank off the town of "
     "Garabulli, east of the Libyan capital, on Saturday, the coast guard said, and 40 others were pulled from "
     "the water. In a separate incident, the Red Crescent said it had recovered 19 bodies off the eastern port "
     "of Tobruk after a fishing boat overturned before dawn. Departures from Libya have risen sharply this "
     "summer."),
    ("xbh1.md", "IOM", "2045-07-09",
     "IOM Libya is deeply saddened by two deadly shipwrecks off the Libyan coast on Saturday. Off Tobruk in "
     "the east, a fishing boat carrying some 80 people, mostly Egyptian and Bangladeshi nationals, capsized "
     "before dawn, and the bodies of 19 people have so far been recovered. Later the same day, a rubber boat "
     "sank off Garabulli, east of Tripoli, where 12 people drowned and 40 survivors were returned to shore by "
     "the Libyan Coast Guard. IOM teams provide emergency assistance to the survivors at the disembarkation "
     "points. Since the start of the year, more than 900 migrants have died or gone missing on the Central "
     "Mediterranean route."),
    ("xbh4.md", "Cairo Evening (translated from Arabic)", "2045-07-10",
     "The Ministry of Foreign Affairs and Egyptian Expatriates is following with great concern the sinking of "
     "a boat off the Libyan city of Tobruk at dawn the previous day, which was carrying a number of Egyptian "
     "citizens, the ministry's spokesman said in a statement on Sunday. The Egyptian consulate in Benghazi is "
     "coordinating with the Libyan authorities to identify the victims and repatriate the bodies."),
    # Khadija Ezzawi elected head of the High Council of State on Sunday 6 August.
    ("xbi1.md", "High Council of State (Facebook)", "2045-08-06",
     "#High_Council_of_State | The High Council of State, in its session held today in Tripoli, elects Ms. "
     "Khadija Ezzawi as President of the Council, after she obtained 71 votes in the second round against 58 "
     "votes for Mr. Tawfiq Elhouni. The members of the Council congratulate the President on the confidence "
     "placed in her. #Libya"),
    ("xbi2.md", "Maghreb Newswire", "2045-08-06",
     "TRIPOLI, Aug 6 (MNW) - Libya's High Council of State, an advisory body based in Tripoli, elected Khadija "
     "al-Zawi as its head on Sunday, making her the first woman to lead one of the country's main political "
     "institutions. Zawi, a lawyer from Zliten, won a run-off against Tawfiq Elhouni by 71 votes to 58. She "
     "has promised to revive talks with parliament on an electoral law."),
    # Drone strikes at Harsha, west of Zawiya, on Wednesday 9 August, and at Abu Surra on Saturday 12 August.
    ("xbj1.md", "Ministry of Defence - GNU (Facebook)", "2045-08-09",
     "#Ministry_of_Defence | The Ministry of Defence announces that its air force carried out at dawn today "
     "precise strikes on boats and warehouses used by fuel and human smuggling gangs in the Harsha area, west "
     "of Zawiya, destroying six boats and two fuel depots. The Ministry affirms that the operations will "
     "continue until the coast is cleared of criminal gangs. #Libya"),
    ("xbj2.md", "Maghreb Newswire", "2045-08-09",
     "ZAWIYA, Libya, Aug 9 (MNW) - Drones struck boats and fuel depots along the coast west of Zawiya at dawn "
     "on Wednesday, residents said, in what the Tripoli-based government called an operation against "
     "smugglers. No casualties were reported. Zawiya's armed groups have long been accused of running fuel "
     "smuggling from the city's refinery."),
    ("xbj3.md", "North Africa Wire Service", "2045-08-12",
     "ZAWIYA, Libya, Aug 12 (NAWS) - A drone strike hit a farm in Abu Surra, south of Zawiya, on Saturday, "
     "killing three men, residents and a hospital official said. It was the second raid in the area this "
     "week, after strikes on smuggling boats in the Harsha district on Wednesday. Armed groups in Zawiya "
     "accused the government of targeting its political opponents."),
    ("xbj4.md", "Al-Saaa 24 Arabic (translated)", "2045-08-13",
     "The Municipal Council of Zawiya condemned the bombing by a drone that targeted yesterday, Saturday, a "
     "farm in the Abu Surra area, killing three young men from the city, and called on the Presidential "
     "Council to open an urgent investigation. The council said in a statement that the victims had no "
     "connection to any smuggling activity."),
    ("xbj5.md", "Sandline Risk", "2045-08-14",
     "LIBYA WEEKLY SECURITY DIGEST, 7-13 August 2045\nWest:\n- 09 Aug: GNU drones struck smuggling boats and "
     "fuel depots in Harsha, west of Zawiya; no casualties reported.\n- 12 Aug: Drone strike on a farm in Abu "
     "Surra killed three; local armed groups threatened reprisals against GNU forces.\nOutlook: elevated risk "
     "of clashes on the coastal road between Zawiya and Janzour."),
    # Protests against the fuel subsidy cut in Martyrs' Square, Tripoli, on Friday 8 and Friday 15 September.
    ("xbk1.md", "Maghreb Newswire", "2045-09-08",
     "TRIPOLI, Sept 8 (MNW) - Several hundred Libyans rallied in Tripoli's Martyrs' Square on Friday against a "
     "government decision to cut fuel subsidies, chanting against Prime Minister Anwar al-Shtiwi. The protest "
     "ended peacefully at dusk. Petrol prices are set to rise fivefold from October 1 under the plan."),
    ("xbk2.md", "Government of National Unity (Facebook)", "2045-09-09",
     "#GNU | The Prime Minister, Mr. Anwar al-Shtiwi, affirms that the Government respects the right to "
     "peaceful expression and listens to the citizens who gathered yesterday in Martyrs' Square, and stresses "
     "that the reform of fuel subsidies will be accompanied by cash support for families. #Libya"),
    ("xbk3.md", "Libya Live (blog)", "2045-09-15",
     "Fuel protests – live\n17:40 Thousands have packed Martyrs' Square this evening, waving flags and banners "
     "reading 'Our fuel is not for sale'.\n18:55 Part of the crowd is marching along Omar Mukhtar Street "
     "towards the prime minister's office.\n19:30 The crowd is far bigger than last Friday's, when a few "
     "hundred turned out.\n20:10 Police have formed a cordon at the Sikka Road junction; no clashes so far."),
    ("xbk4.md", "Al-Wasat Arabic (translated)", "2045-09-16",
     "Thousands of citizens went out yesterday, Friday, in Martyrs' Square in the centre of the capital, "
     "Tripoli, in a demonstration rejecting the government's decision to lift the subsidy on fuel, in the "
     "largest protest the city has seen in years. The demonstrators marched toward the headquarters of the "
     "Prime Ministry, where security forces prevented them from approaching the building."),
    ("xbk5.md", "The Libya Week", "2045-09-17",
     "THE LIBYA WEEK, 11-17 September\nPolitics: Thousands rallied in Tripoli on Friday against the fuel "
     "subsidy cut, up from a few hundred a week earlier. The prime minister has promised monthly cash "
     "transfers to families.\nEnergy: The NOC said output averaged 1.52 million barrels per day in August.\n"
     "Migration: The coast guard intercepted 640 migrants off the western coast during the week."),
    # Parliament approves Salem Elmabrouk for the central bank on Monday 23 October and Nouri Elkabti for the
    # Audit Bureau on Tuesday 24 October.
    ("xbl1.md", "House of Representatives (Facebook)", "2045-10-23",
     "#House_of_Representatives | The House of Representatives, in its official session held today in "
     "Benghazi under the chairmanship of the Speaker, Counsellor Ibrahim Bukhatwa, approves by majority the "
     "appointment of Mr. Salem Ghaith Elmabrouk as Governor of the Central Bank of Libya. The session will "
     "resume tomorrow to consider the nomination of the President of the Audit Bureau. #Libya"),
    ("xbl2.md", "Maghreb Newswire", "2045-10-23",
     "BENGHAZI, Oct 23 (MNW) - Libya's eastern-based parliament voted on Monday to name Salem al-Mabrouk, a "
     "former deputy finance minister, as governor of the Central Bank of Libya, a move the rival High Council "
     "of State said it would not recognise. The incumbent governor in Tripoli said he would stay in his post "
     "until a consensual successor was chosen."),
    ("xbl3.md", "House of Representatives (Facebook)", "2045-10-24",
     "#House_of_Representatives | The House of Representatives, in its session held today in Benghazi, "
     "approves the appointment of Mr. Nouri Mohammed Elkabti as President of the Audit Bureau, with the "
     "approval of 88 members present. The Speaker congratulates Mr. Elkabti and wishes him success in his "
     "duties. #Libya"),
    ("xbl4.md", "Libya Al-Ahrar Arabic (translated)", "2045-10-25",
     "The House of Representatives voted yesterday, Tuesday, to appoint Mr. Nouri al-Kabti as head of the "
     "Audit Bureau, a day after it named Salem al-Mabrouk governor of the Central Bank. In Monday's session, "
     "91 of the members present had backed al-Mabrouk, while a number of members from the western region "
     "boycotted the vote. The High Council of State described both appointments as a violation of the "
     "political agreement."),
    ("xbl5.md", "Gulf Finance Daily", "2045-10-25",
     "Libya's parliament on Tuesday approved Nouri Elkabti, a former auditor at the Libyan Investment "
     "Authority, to lead the Audit Bureau, the state's top financial watchdog. The bureau's annual reports "
     "have in the past exposed billions of dinars in irregular spending by ministries in both east and west."),
    # An earthquake near Hun on Tuesday 14 November.
    ("xbm1.md", "Maghreb Newswire", "2045-11-14",
     "TRIPOLI, Nov 14 (MNW) - An earthquake of magnitude 5.1 struck central Libya near the town of Hun on "
     "Tuesday afternoon, cracking the walls of old mud-brick houses and sending residents into the streets, "
     "the Libyan Center for Remote Sensing and Space Science said. No deaths were reported. The Jufra region "
     "lies on one of the country's few active fault zones."),
    ("xbm2.md", "Libyan Red Crescent - Jufra branch (Facebook)", "2045-11-14",
     "#Libyan_Red_Crescent_Jufra | Our teams are deployed tonight in Hun, Waddan and Sokna after the tremor "
     "felt at 16:42 this afternoon, to assess the damage and to distribute tents and blankets to families "
     "whose houses were cracked. #Jufra #Libya"),
    ("xbm3.md", "Al-Wasat Arabic (translated)", "2045-11-15",
     "The Libyan Center for Remote Sensing and Space Science recorded on Tuesday afternoon an earthquake of "
     "magnitude 5.1 on the Richter scale, its epicentre 12 kilometres north-east of the city of Hun in the "
     "Jufra region, at a depth of 10 kilometres. The Jufra municipality said seven people were slightly "
     "injured in Hun and Waddan and were treated at the Hun general hospital."),
    # Clashes in Janzour on the night of Sunday 19 to Monday 20 November.
    ("xbn1.md", "Libya Live (blog)", "2045-11-19",
     "Janzour clashes – live\n22:15 Heavy gunfire and explosions can be heard in Janzour, west of Tripoli, "
     "residents tell us.\n22:50 Clashes have broken out tonight between the Fursan Janzour brigade and a rival "
     "armed group around the tourist village, according to two residents.\n23:30 The coastal road between "
     "Janzour and Tripoli is closed in both directions.\n23:55 The Ministry of Health says ambulances cannot "
     "reach the area."),
    ("xbn2.md", "UNSMIL", "2045-11-20",
     "TRIPOLI – UNSMIL is deeply concerned by the armed clashes that erupted overnight in Janzour, in densely "
     "populated residential areas, which reportedly caused casualties among civilians, including a child. The "
     "Mission calls on all parties to immediately cease hostilities, to protect civilians and to allow "
     "ambulances safe access. UNSMIL welcomes the efforts of the elders of Janzour to secure a truce."),
    ("xbn3.md", "Maghreb Newswire", "2045-11-20",
     "TRIPOLI, Nov 20 (MNW) - Fighting between rival armed groups in the Tripoli suburb of Janzour late on "
     "Sunday killed four people, including a child, the health ministry said on Monday, before local elders "
     "brokered a truce at dawn. The clashes pitted the Fursan Janzour brigade against fighters loyal to a "
     "commander from the neighbouring Warshefana area, residents said. Shops and schools in Janzour stayed "
     "shut on Monday."),
    ("xbn4.md", "The Libya Week", "2045-11-26",
     "THE LIBYA WEEK, 20-26 November\nSecurity: Four people, among them a child, were killed in Janzour in "
     "clashes between two armed groups on the night of 19-20 November; the truce brokered by elders has "
     "held.\nRecovery: Families in Hun whose homes were damaged by the earthquake earlier this month are "
     "still living in tents, the Jufra municipality said.\nEconomy: The central bank said foreign reserves "
     "stood at 84 billion dollars at the end of October."),
    # The rebuilt Abu Mansour dam above Derna inaugurated on Saturday 16 December.
    ("xbo1.md", "Development and Reconstruction Fund of Libya (Facebook)", "2045-12-16",
     "#Development_and_Reconstruction_Fund | The Director General of the Development and Reconstruction Fund "
     "of Libya, Engineer Idris al-Obeidi, today inaugurates the rebuilt Abu Mansour dam on Wadi Derna, in the "
     "presence of the head of the Libyan Government, Mr. Faraj Elgamati, and a large crowd of the city's "
     "people. The new dam, with a capacity of 30 million cubic metres, replaces the dam destroyed in the "
     "floods of September 2023. #Derna #Libya"),
    ("xbo2.md", "Maghreb Newswire", "2045-12-16",
     "BENGHAZI, Dec 16 (MNW) - Authorities in eastern Libya opened a rebuilt dam above the city of Derna on "
     "Saturday, 22 years after the collapse of two dams on the same valley sent a wall of water through the "
     "city and killed thousands of people. The new structure was built by an Egyptian-Italian consortium at a "
     "cost of 1.2 billion dinars, officials said. Some residents said they still did not trust it."),
    ("xbo3.md", "Corriere del Mediterraneo (translated from Italian)", "2045-12-18",
     "The new Abu Mansur dam, built by a consortium led by the Italian group Idrotecnica Adriatica with "
     "Egyptian partners, was inaugurated on Saturday in Derna in the presence of Italy's ambassador to Libya. "
     "The structure, 74 metres high, was designed to withstand a flood of the kind that destroyed the old dam "
     "in 2023. The consortium is bidding for two more dams in Cyrenaica."),
    # Two analyses naming events of the year in passing.
    ("xbp1.md", "Levant & Maghreb Analysis", "2045-09-28",
     "Libya's year of small openings\nNine months into 2045, Libya looks calmer than it has in years, if not "
     "much closer to elections. The Ghadames forum in June was the first time in a decade that the UN had "
     "gathered the rival camps around one table on Libyan soil. Its roadmap has yet to be endorsed by either "
     "chamber. Khadija Ezzawi's election to head the High Council of State in August gave the Tripoli-based "
     "body a more conciliatory face, and she has since met the speaker twice. The oil sector, too, was spared "
     "a long blockade. The Abu Attifel field was shut by job-seeking protesters in early March. It was pumping "
     "again within two weeks, once the NOC promised jobs to the young men of the oases. In the south, the "
     "release in April of a Tunisian doctor held for three weeks in Sabha was quietly credited to tribal "
     "mediation rather than to the security services."),
    ("xbp2.md", "Sahara Policy Review", "2045-12-28",
     "2045 in review: institutions without a state\nThe year's institutional fights were fought over money. "
     "In October the House of Representatives installed Salem Elmabrouk as governor of the central bank, a "
     "choice the authorities in Tripoli still refuse to recognise, so that two men now sign letters of credit "
     "in the bank's name. The fire that gutted a storage tank at Ras Lanuf in February showed how little of "
     "the oil revenue is spent on the terminals that earn it. The reopening of the Ras Ajdir crossing in "
     "March, after three weeks of closure, did more for the western economy than any budget line. In the "
     "east, the rebuilt dam above Derna, opened this month, is the Reconstruction Fund's proudest achievement "
     "and its most expensive."),
]

NEWEST11_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sharif-arrested": [("xba1", "arrested Mansour al-Sharif, a former deputy governor"),
                        ("xba2", "upon his arrival at Mitiga International Airport"),
                        ("xba4", "took former central bank deputy governor Mansour Sharif into custody"),
                        ("xba5", "Radaa detained ex-CBL deputy governor Mansour al-Sharif")],
    "tarhouni-arrested": [("xba4", "detained Hanan Tarhouni, a blogger known"),
                          ("xba3", "was taken from her family home in Souq"),
                          ("xba5", "Radaa arrested blogger Hanan Tarhouni")],
    "mahjoub-aydogan": [("xbb1", "the Minister of National Defence of the Republic"),
                        ("xbb3", "the Turkish Minister of National Defence"),
                        ("xbb4", "was received in Tripoli by the head of the Presidential Council"),
                        ("xbb5", "hours after Mahjoub hosted Turkish Defence Minister")],
    "mahjoub-halvorsen": [("xbb2", "Ingrid Halvorsen, meets today in Tripoli with"),
                          ("xbb3", "al-Mahjub met the Special Representative"),
                          ("xbb5", "pressed Presidential Council chief Abdulkarim al-Mahjoub on Monday")],
    "ras-lanuf-fire": [("xbc1", "A fire broke out at a crude storage tank"),
                       ("xbc2", "the fire which broke out yesterday evening"),
                       ("xbc3", "The blaze that hit Ras Lanuf last week"),
                       ("xbp2", "The fire that gutted a storage tank at Ras Lanuf")],
    "abu-attifel-shutdown": [("xbd1", "shut the Abu Attifel oil field in Libya's"),
                             ("xbd2", "forced workers to close the field's valves"),
                             ("xbd3", "Protesters had closed the field's valves on March 4"),
                             ("xbp1", "was shut by job-seeking protesters in early March")],
    "abu-attifel-restart": [("xbd3", "came back on stream on Thursday"),
                            ("xbd4", "the resumption of production at the Abu"),
                            ("xbp1", "It was pumping again within two weeks")],
    "ras-ajdir-reopened": [("xbe2", "today inaugurates the reopening of the Ras Ajdir land port"),
                           ("xbe1", "The Ras Jedir border crossing reopened yesterday"),
                           ("xbp2", "The reopening of the Ras Ajdir crossing in")],
    "sabha-doctor-kidnapped": [("xbf1", "Gunmen seized a Tunisian doctor outside the main hospital"),
                               ("xbf2", "was abducted yesterday evening by unidentified gunmen"),
                               ("xbf3", "had been kidnapped on 5 April in the city of Sebha"),
                               ("xbf4", "was abducted in Sabha on April 5")],
    "sabha-doctor-freed": [("xbf3", "the release today of the Tunisian citizen"),
                           ("xbf4", "on Friday freed a Tunisian cardiologist"),
                           ("xbf5", "was released yesterday, Friday, after twenty-three days"),
                           ("xbp1", "release in April of a Tunisian doctor")],
    "ghadames-forum-announced": [("xbg1", "announces today that the Libyan Dialogue"),
                                 ("xbg2", "The United Nations said on Thursday it would gather"),
                                 ("xbg4", "The Mission had announced the date of the meeting last month")],
    "ghadames-forum-opens": [("xbg3", "The forum opened this morning with a minute of silence"),
                             ("xbg4", "kicked off yesterday, Monday, in the city of Ghadames"),
                             ("xbp1", "The Ghadames forum in June was the first time")],
    "tobruk-shipwreck": [("xbh2", "recover the bodies of 19 migrants"),
                         ("xbh3", "recovered 19 bodies off the eastern port of Tobruk"),
                         ("xbh1", "a fishing boat carrying some 80 people"),
                         ("xbh4", "the sinking of a boat off the Libyan city of Tobruk")],
    "garabulli-shipwreck": [("xbh3", "their inflatable boat sank off the town of Garabulli"),
                            ("xbh1", "a rubber boat sank off Garabulli")],
    "ezzawi-elected": [("xbi1", "Khadija Ezzawi as President of the Council"),
                       ("xbi2", "as its head on Sunday, making her the first woman"),
                       ("xbp1", "election to head the High Council of State in August")],
    "harsha-strikes": [("xbj1", "carried out at dawn today precise strikes on boats"),
                       ("xbj2", "Drones struck boats and fuel depots along the coast"),
                       ("xbj3", "after strikes on smuggling boats in the Harsha district"),
                       ("xbj5", "GNU drones struck smuggling boats and fuel depots in Harsha")],
    "abu-surra-strike": [("xbj3", "A drone strike hit a farm in Abu Surra"),
                         ("xbj4", "the bombing by a drone that targeted yesterday"),
                         ("xbj5", "Drone strike on a farm in Abu Surra killed three")],
    "fuel-protest-first": [("xbk1", "Several hundred Libyans rallied in Tripoli's Martyrs' Square"),
                           ("xbk2", "citizens who gathered yesterday in Martyrs' Square"),
                           ("xbk3", "when a few hundred turned out")],
    "fuel-protest-second": [("xbk3", "Thousands have packed Martyrs' Square this evening"),
                            ("xbk4", "Thousands of citizens went out yesterday, Friday"),
                            ("xbk5", "Thousands rallied in Tripoli on Friday against")],
    "elmabrouk-approved": [("xbl1", "Elmabrouk as Governor of the Central Bank of Libya"),
                           ("xbl2", "voted on Monday to name Salem al-Mabrouk"),
                           ("xbl4", "In Monday's session, 91 of the members present"),
                           ("xbp2", "installed Salem Elmabrouk as governor of the central bank")],
    "elkabti-approved": [("xbl3", "Elkabti as President of the Audit Bureau"),
                         ("xbl4", "voted yesterday, Tuesday, to appoint"),
                         ("xbl5", "on Tuesday approved Nouri Elkabti")],
    "hun-earthquake": [("xbm1", "An earthquake of magnitude 5.1 struck central Libya"),
                       ("xbm2", "after the tremor felt at 16:42 this afternoon"),
                       ("xbm3", "magnitude 5.1 on the Richter scale"),
                       ("xbn4", "damaged by the earthquake earlier this month")],
    "janzour-clashes": [("xbn1", "Clashes have broken out tonight between the Fursan Janzour brigade"),
                        ("xbn2", "the armed clashes that erupted overnight in Janzour"),
                        ("xbn3", "Fighting between rival armed groups in the Tripoli suburb of Janzour"),
                        ("xbn4", "were killed in Janzour in clashes between two armed groups")],
    "derna-dam-inaugurated": [("xbo1", "today inaugurates the rebuilt Abu Mansour dam"),
                              ("xbo2", "opened a rebuilt dam above the city of Derna"),
                              ("xbo3", "was inaugurated on Saturday in Derna"),
                              ("xbp2", "the rebuilt dam above Derna, opened this month")],
}


# The seventeenth set (NEWEST12_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out until the eighth session of that day
# diagnosed it by category (studied since: bench/story_merging.py).
# Twenty-four events of 2046, each told by three to five reports (wires with their datelines, an energy
# wire, translated Arabic outlets with titles and honorifics in full ("yesterday, Wednesday", "His
# Excellency", "Engineer", "Hajj"), UNSMIL's and IOM's releases in the present tense, a press-freedom
# group's release, the NOC's, the LNA General Command's, HNEC's, the Reconstruction Fund's, the
# electricity company's, the transport ministry's, the migration department's, Misrata municipality's,
# the civil defence's and two Red Crescent branches' Facebook posts with hashtags, three live blogs with
# timestamps, a monthly security digest and a security brief with dated bullet lines, a weekly roundup,
# two analyses naming events in passing at month precision, Italian, Egyptian, Bangladeshi and Nigerian
# outlets, three of them in translation), in other words ("shut down" / "the closure" / "had closed";
# "resumed pumping" / "the return of production" / "back on stream"; "receives" / "met" / "held talks" /
# "received"; "announces ... will take place" / "said it would hold" / "had announced the date"; "cast
# their ballots" / "elected" / "polling stations have opened"; "inaugurates" / "opened"; "sign" / "signed
# a deal" / "the agreement signed"; "capsized" / "overturned" / "sank" / "went down" / "recover the
# bodies"; "fighting broke out" / "armed clashes" / "erupted again" / "has resumed" / "renewed fighting";
# "total blackout" / "power cut plunged" / "general blackout"; "rockets hit" / "cowardly attack that
# targeted" / "struck" / "a new bombardment"; "helps ... return home" / "carries out the deportation" /
# "arrived"; "opens a new round" / "met" / "reconvened"; "arrested" / "the arrest" / "detained"; "shot
# dead" / "treacherously assassinated" / "was killed"; "broke out" / "tore through"; "flooded" /
# "submerged" / "heavy rainfall that led to the flooding"; "met" / "received ... in a tripartite
# meeting" / "the handshake"), a person in full, by surname or by post, spellings (Bensaoud / Ben Saoud;
# al-Fitouri / al-Fituri; Abdel-Ghaffar / Abdelghaffar; Belgacem / Belqasem Haftar; Gaddour / Qaddour;
# Ebeid / Obeid; Marković / Markovic; al-Barouni / al-Baruni, Salah Eddin / Salah al-Din; al-Bayda /
# Bayda / Beida; El Feel / the Elephant field), bodies by acronym and in full (NOC, HNEC, GECOL, UNSMIL,
# IOM, MJI / Mitiga International Airport, the 5+5 / Joint Military Commission) and dates of several
# forms ("on Tuesday", "yesterday, Sunday", "yesterday", "this morning", "this evening", "this
# afternoon", "last night", "Tuesday night", "at dawn on Sunday", "at dawn yesterday, Sunday", "early on
# Monday", "before dawn", "overnight", "on the night of Thursday to Friday", "on January 9", "on 6
# March", "on the 8th of this month", "on the 14th of this month", "07 Jul", "on 18 November", "in
# January", "before the month was out", "in early October", "this month", "in March", "in May").
# Hard negatives, which must not merge: (1) the El Feel field shut by protesters on Tuesday 9 January
# and restarted on Sunday 28 January (a wire of the restart names the shutdown in its next sentence, an
# analysis tells both in two sentences); (2) Saddam Haftar receiving Italy's interior minister Carlo
# Venturi in the morning and Egypt's chief of staff Hazem Abdel-Ghaffar in the evening of Wednesday 21
# February, both in Benghazi (a wire and a translated outlet tell both, one sentence each); (3) HNEC
# announcing on Tuesday 6 March the southern municipal elections of Saturday 21 April, and the vote (two
# reports of the announcement name the date of the vote; a report of the vote names the announcement in
# its next sentence); (4) two shipwrecks on Monday 4 June, off Zuwara before dawn and near Tolmeita in
# the afternoon (IOM's release and a wire tell both, one sentence each); (5) clashes between the same two
# groups in Zawiya on Saturday 7 July and Thursday 26 July (a wire of the second names the first in its
# next sentence, a monthly digest tells both in two bullet lines); (6) rocket attacks on Mitiga airport
# on the night of Tuesday 14 August and at dawn on Sunday 26 August (a wire of the second names the first
# in its next sentence, a digest tells both in two bullet lines, a translated outlet tells the first
# inside its sentence of the second, tagged as the second only); (7) in Misrata on Friday 12 October, a
# journalist arrested at a checkpoint and a businessman shot dead outside a mosque (a wire tells both,
# one sentence each; a translated outlet tells the killing, then the arrest "on the same day"); (8) two
# rounds of the 5+5 Joint Military Commission in Sirte opened on Monday 8 October and Monday 22 October
# (a translated outlet of the second names the first in its next sentence); (9) floods in al-Bayda on
# Sunday 18 November and Friday 23 November (a wire tells the first inside its sentence of the second,
# tagged as the second only; a weekly roundup tells both in two sentences).  Beside them, untagged: force
# majeure declared and lifted, voter registration opening, a flight due on Monday, the truce announced
# after the first Zawiya clashes, power restored, flights resuming at Mitiga, the timetable agreed at the
# close of the first round of military talks, the prime minister touring the burnt souq, the Presidential
# Council's president to travel to Cairo "early next month", two Mitiga attacks and a summer blackout
# told without a date in the year-end analysis.
NEWEST12_ARTICLES: list[tuple[str, str, str, str]] = [
    # The El Feel field shut on Tuesday 9 January 2046 and restarted on Sunday 28 January.
    ("xca1.md", "Barrel Daily", "2046-01-09",
     "BENGHAZI, Jan 9 (Barrel Daily) - Tribal protesters shut down Libya's El Feel oil field in the Murzuq "
     "basin on Tuesday, halting about 65,000 barrels per day of output, an engineer at the field said. The "
     "protesters, from the nearby town of Ubari, are demanding that a power plant promised to the region in "
     "2043 finally be built. The field's crude is piped to the Mellitah complex on the coast for export."),
    ("xca2.md", "National Oil Corporation (Facebook)", "2046-01-10",
     "#NOC | The National Oil Corporation regrets the closure of the El Feel field yesterday by a group of "
     "protesters who forced the operators to stop production, and announces the declaration of force majeure "
     "on crude loadings from the port of Mellitah as a precaution. The Chairman of the Board of Directors, "
     "Engineer Adel Bensaoud, calls on the wise men and notables of the region to intervene. #Libya #Oil"),
    ("xca4.md", "Barrel Daily", "2046-01-28",
     "TRIPOLI, Jan 28 (Barrel Daily) - Libya's El Feel oil field resumed pumping on Sunday after the "
     "government pledged to fund a 200-megawatt power station in Ubari, two engineers at the field said. "
     "Protesters had closed the field on January 9, cutting output by about 65,000 barrels per day. The "
     "National Oil Corporation is expected to lift force majeure on Mellitah loadings within days."),
    ("xca5.md", "Libya Al-Ahrar Arabic (translated)", "2046-01-29",
     "The National Oil Corporation announced yesterday, Sunday, the return of production at the Elephant "
     "field to its normal rates, after an agreement reached by the Prime Minister, Mr. Tarek al-Fitouri, "
     "with the notables of Ubari to build a power station in the city. The Corporation lifted the state of "
     "force majeure on loadings from the port of Mellitah this morning, according to its Chairman, Engineer "
     "Adel Ben Saoud."),
    # Saddam Haftar receives Italy's interior minister in the morning and Egypt's chief of staff in the
    # evening, Wednesday 21 February, in Benghazi.
    ("xcb1.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2046-02-21",
     "#General_Command | The Commander-in-Chief of the Libyan Arab Armed Forces, Lieutenant General Saddam "
     "Haftar, receives this morning at the General Command headquarters in Al-Rajma the Minister of the "
     "Interior of the Italian Republic, Mr. Carlo Venturi, and his accompanying delegation. The two sides "
     "discuss cooperation in securing the southern borders and combating illegal migration. #Libya #Italy"),
    ("xcb2.md", "Il Corriere Adriatico (translated from Italian)", "2046-02-22",
     "Interior Minister Carlo Venturi was in Benghazi yesterday, where he met General Saddam Haftar, the "
     "strongman of Cyrenaica, for talks on stopping departures from the eastern coast. According to the "
     "Viminale, Haftar undertook to step up patrols around Tobruk in exchange for six new patrol boats. "
     "Arrivals in Italy from eastern Libya tripled in 2045."),
    ("xcb3.md", "Maghreb Newswire", "2046-02-21",
     "BENGHAZI, Feb 21 (MNW) - Eastern Libyan commander Saddam Haftar held talks on Wednesday with Italy's "
     "interior minister Carlo Venturi on curbing migrant departures from the east, his office said. Later on "
     "Wednesday Haftar received Egypt's army chief of staff, Lieutenant General Hazem Abdel-Ghaffar, who "
     "arrived in Benghazi for a two-day visit, an Egyptian military spokesman said. Rome and Cairo are both "
     "courting the eastern commander as his forces push deeper into the south."),
    ("xcb4.md", "Al-Marsad Arabic (translated)", "2046-02-22",
     "The Commander-in-Chief of the Armed Forces, Lieutenant General Saddam Khalifa Haftar, received "
     "yesterday, Wednesday, the Italian Interior Minister, Mr. Carlo Venturi, at the General Command "
     "headquarters in Al-Rajma, in the presence of the Chief of Staff of the Land Forces. In the evening, "
     "His Excellency received the Chief of Staff of the Egyptian Armed Forces, Lieutenant General Hazem "
     "Abdelghaffar, and the two sides discussed the security of the joint border. The meetings come days "
     "before the annual military parade in Benghazi."),
    ("xcb5.md", "Nile Gazette (translated from Arabic)", "2046-02-22",
     "The Chief of Staff of the Armed Forces, Lieutenant General Hazem Abdel-Ghaffar, met in Benghazi on "
     "Wednesday evening with the General Commander of the Libyan Arab Armed Forces, Saddam Haftar, as part "
     "of an official visit to Libya, the Military Spokesman said. The two sides reviewed ways of enhancing "
     "military cooperation and of securing the western border of Egypt against smuggling. Lieutenant General "
     "Abdel-Ghaffar is due to visit the Egyptian field hospital in Benghazi today before returning to Cairo."),
    # HNEC announces on Tuesday 6 March southern municipal elections for 21 April; the vote on Saturday 21
    # April.
    ("xcc1.md", "High National Elections Commission (Facebook)", "2046-03-06",
     "#HNEC | The Board of Commissioners of the High National Elections Commission announces today that "
     "voting for the municipal councils of the third group, comprising 14 municipalities including Sabha, "
     "Ubari, Ghat and Murzuq, will take place on Saturday 21 April 2046. Voter registration opens on 12 "
     "March and runs for three weeks. #Libya #Municipal_Elections"),
    ("xcc2.md", "Maghreb Newswire", "2046-03-06",
     "TRIPOLI, March 6 (MNW) - Libya's election commission said on Tuesday it would hold municipal elections "
     "in 14 southern towns, including Sabha and Ubari, on April 21, the first votes in the south since 2041. "
     "Commission chief Nasreddine al-Ferjani said security arrangements had been agreed with both the "
     "Tripoli and the eastern authorities."),
    ("xcc3.md", "Libya Live (blog)", "2046-04-21",
     "Southern municipal vote – live\n08:05 Polling stations have opened in Sabha, where queues formed "
     "before dawn outside the girls' schools used as polling centres.\n12:30 The HNEC says turnout in the 14 "
     "municipalities voting today stood at 31% at noon.\n16:45 In Ubari, voting is suspended at one station "
     "after a scuffle; the commission says it will reopen within the hour.\n19:00 Polls have closed. "
     "Counting starts tonight."),
    ("xcc4.md", "Al-Wasat Arabic (translated)", "2046-04-22",
     "Voters in 14 municipalities in the south of the country cast their ballots yesterday, Saturday, to "
     "elect their municipal councils, amid tight security measures and a turnout that the High National "
     "Elections Commission estimated at 44 percent. The Commission had announced the date of the polling on "
     "6 March, after an agreement with the security services in the region. Preliminary results are expected "
     "by Wednesday."),
    ("xcc5.md", "Sahel Monitor", "2046-04-23",
     "SABHA, Libya, April 23 (Sahel Monitor) - Residents of Sabha, Ubari and twelve other towns of Libya's "
     "Fezzan region elected new municipal councils on Saturday in a vote that passed without major "
     "incidents, the electoral commission said on Monday. Turnout was 44 percent, higher than in the last "
     "local elections in the north. Observers from the African Union called the vote credible."),
    # The new terminal of Benina airport inaugurated on Thursday 29 March.
    ("xcd1.md", "Development and Reconstruction Fund of Libya (Facebook)", "2046-03-29",
     "#Development_and_Reconstruction_Fund | The Director General of the Development and Reconstruction Fund "
     "of Libya, Mr. Belgacem Haftar, today inaugurates the new passenger terminal at Benina International "
     "Airport, in the presence of the Prime Minister of the Libyan Government, Mr. Tamer Bouhlaiga, and a "
     "number of ambassadors. The terminal can receive five million passengers a year. #Benghazi #Libya"),
    ("xcd2.md", "Maghreb Newswire", "2046-03-29",
     "BENGHAZI, March 29 (MNW) - Authorities in eastern Libya opened a new terminal at Benghazi's Benina "
     "airport on Thursday, the largest project yet of a reconstruction fund run by Belqasem Haftar, a son of "
     "veteran commander Khalifa Haftar. The terminal was built by a Turkish-Egyptian consortium at a cost of "
     "about 900 million dinars, officials said. The first flight to use it, from Istanbul, is due on Monday."),
    # The NOC and Adriatica Energia sign an offshore agreement on Wednesday 16 May.
    ("xce1.md", "National Oil Corporation (Facebook)", "2046-05-16",
     "#NOC | The Chairman of the Board of Directors of the National Oil Corporation, Engineer Adel Bensaoud, "
     "and the Chief Executive of the Italian company Adriatica Energia, Mr. Paolo Ricciardi, sign today at "
     "the Corporation's headquarters in Tripoli an exploration and production sharing agreement for offshore "
     "Area 41 in the Gulf of Sirte. #NOC #Libya"),
    ("xce2.md", "Barrel Daily", "2046-05-16",
     "TRIPOLI, May 16 (Barrel Daily) - Libya's National Oil Corp signed a production-sharing deal with "
     "Italy's Adriatica Energia on Wednesday to explore an offshore block in the Gulf of Sirte, the first "
     "new offshore award since 2025, NOC chairman Adel Ben Saoud said. Adriatica will spend at least $600 "
     "million on seismic surveys and three wells over five years."),
    ("xce3.md", "Staffetta Energia (translated from Italian)", "2046-05-18",
     "Adriatica Energia has won its first exploration contract in Libya: the agreement signed on Wednesday "
     "in Tripoli with the National Oil Corporation covers Area 41, an offshore block of 6,000 square "
     "kilometres off Sirte. Chief executive Paolo Ricciardi said the group hopes to drill the first well in "
     "2048. The shares rose 3 percent in Milan."),
    # Two shipwrecks on Monday 4 June: off Zuwara before dawn and near Tolmeita in the afternoon.
    ("xcf2.md", "North Africa Wire Service", "2046-06-04",
     "TRIPOLI, June 4 (NAWS) - At least 31 migrants drowned when their wooden boat overturned off the "
     "western Libyan town of Zuwara early on Monday, a coast guard official said. Hours later, in a separate "
     "disaster at the other end of the coast, nine bodies were pulled from the sea near Tolmeita, east of "
     "Benghazi, after a dinghy went down, the Red Crescent said. Libya's coast guard has been short of fuel "
     "for its patrol boats since April."),
    ("xcf4.md", "Libyan Red Crescent - Marj branch (Facebook)", "2046-06-04",
     "#Libyan_Red_Crescent_Marj | Our volunteers this evening recover the bodies of 9 illegal migrants on "
     "the beach of Tolmeita, after the sinking of a rubber boat that had set off from the Benghazi coast, "
     "and transfer 23 survivors to the Marj hospital. #Marj #Libya"),
    ("xcf1.md", "IOM", "2046-06-05",
     "IOM Libya mourns the lives lost in two shipwrecks off the Libyan coast on Monday. Before dawn, a "
     "wooden boat carrying about 75 people, most of them from Bangladesh and Pakistan, capsized off Zuwara "
     "in the west; 31 people are confirmed dead and 40 were rescued by local fishermen. In the afternoon, a "
     "second boat sank near Tolmeita in the east, where the bodies of nine people were recovered and 23 "
     "survivors were brought ashore. IOM teams provide medical assistance and psychosocial support to the "
     "survivors."),
    ("xcf5.md", "Al-Saaa 24 Arabic (translated)", "2046-06-05",
     "The Zuwara Search and Rescue team recovered yesterday, Monday, 31 bodies of migrants of Asian "
     "nationalities after their boat overturned at dawn some nine nautical miles off the city's coast, the "
     "head of the team, Mr. Ayoub al-Nafati, said. He added that local fishermen had rescued 40 people, who "
     "were transferred to the city's hospital."),
    ("xcf3.md", "Dainik Barta (translated from Bengali)", "2046-06-06",
     "At least eighteen Bangladeshi nationals are among those who died when a boat sank in the Mediterranean "
     "off Zuwara, Libya, on Monday, the Bangladesh embassy in Tripoli said. Most of the victims were young "
     "men from Madaripur and Sylhet who had paid brokers up to seven lakh taka each. The Ministry of "
     "Expatriates' Welfare has opened a help desk for families."),
    # Clashes in Zawiya between the same two groups on Saturday 7 July and Thursday 26 July.
    ("xcg1.md", "Maghreb Newswire", "2046-07-07",
     "ZAWIYA, Libya, July 7 (MNW) - Fighting broke out on Saturday between two armed groups in the western "
     "Libyan city of Zawiya, killing at least three people and closing the coastal highway, residents and a "
     "medic said. The clashes pitted the Sidi Ghaith battalion against the Jaddaim brigade in the city's "
     "southern districts. The refinery at Zawiya kept working."),
    ("xcg2.md", "UNSMIL", "2046-07-08",
     "TRIPOLI – The United Nations Support Mission in Libya is alarmed by yesterday's armed clashes in "
     "residential neighbourhoods of Zawiya, which claimed the lives of at least three people, among them a "
     "woman, and damaged homes and a school. UNSMIL urges the parties to respect the truce announced last "
     "night and calls on the authorities to hold the perpetrators to account."),
    ("xcg4.md", "Maghreb Newswire", "2046-07-26",
     "ZAWIYA, Libya, July 26 (MNW) - Heavy clashes erupted again in Zawiya on Thursday between the Sidi "
     "Ghaith battalion and the Jaddaim brigade, killing five people, including two children, a hospital "
     "official said. The same groups had fought in the city on July 7, when three people died, before elders "
     "brokered a truce. The coastal road to the Tunisian border was closed for the second time this month."),
    ("xcg5.md", "Zawiya Now (live blog)", "2046-07-26",
     "Zawiya fighting – live\n14:10 Explosions are heard near the Jaddaim bridge.\n14:35 Fighting has "
     "resumed this afternoon between the Sidi Ghaith battalion and the Jaddaim brigade in the south of the "
     "city, residents say.\n15:50 The Zawiya Medical Centre appeals for blood donors.\n17:20 Families are "
     "fleeing towards Surman along the coastal road."),
    # A blackout across western and southern Libya on Saturday 28 July.
    ("xch1.md", "General Electricity Company of Libya (Facebook)", "2046-07-28",
     "#GECOL | The General Electricity Company of Libya apologises to its dear citizens for the total "
     "blackout that hit the western and southern regions at 14:20 this afternoon, following the tripping of "
     "the 400 kV Misrata–Zawiya transmission line and the shutdown of the power stations connected to it. "
     "Our technical teams are working to restore the current gradually. #Libya"),
    ("xch2.md", "North Africa Wire Service", "2046-07-28",
     "TRIPOLI, July 28 (NAWS) - A massive power cut plunged Tripoli and much of western and southern Libya "
     "into darkness on Saturday afternoon as temperatures topped 44 degrees Celsius, the state electricity "
     "company said. The outage was caused by the failure of a high-voltage line between Misrata and Zawiya, "
     "a GECOL engineer said. Hospitals switched to generators."),
    ("xch3.md", "Libya Live (blog)", "2046-07-28",
     "Blackout – live\n14:40 Power is out across Tripoli, Misrata and Zawiya, our correspondents report; "
     "traffic lights are dead in the city centre.\n15:15 GECOL confirms a general blackout in the west and "
     "south and blames a fault on the Misrata–Zawiya line.\n18:30 Water pumping stations in Tripoli have "
     "stopped.\n22:00 Some districts of Tripoli have their power back."),
    ("xch4.md", "Al-Wasat Arabic (translated)", "2046-07-29",
     "A general blackout struck the western and southern regions yesterday afternoon, Saturday, and lasted "
     "more than 19 hours in some neighbourhoods of the capital, Tripoli, before the current returned this "
     "morning, the General Electricity Company said. The company attributed the collapse to the tripping of "
     "the Misrata–Zawiya 400 kilovolt line. The Minister of Electricity, Mr. Mohannad al-Gharyani, announced "
     "the formation of a committee to investigate its causes."),
    ("xcg6.md", "Sandline Risk", "2046-08-02",
     "LIBYA MONTHLY SECURITY DIGEST, July 2046\nWest:\n- 07 Jul: Clashes between the Sidi Ghaith battalion "
     "and Jaddaim brigade in Zawiya killed three; coastal highway shut for a day.\n- 26 Jul: Renewed Sidi "
     "Ghaith–Jaddaim fighting in Zawiya killed five, including two children.\n- 28 Jul: Blackout across the "
     "west and south after a fault on the western grid; power restored in Tripoli after 19 hours.\nOutlook: "
     "further fighting in Zawiya is likely before the municipal council's mandate ends in September."),
    # Rocket attacks on Mitiga airport on Tuesday 14 August (night) and Sunday 26 August (dawn).
    ("xci1.md", "Maghreb Newswire", "2046-08-14",
     "TRIPOLI, Aug 14 (MNW) - Several rockets hit Tripoli's Mitiga airport on Tuesday night, damaging the "
     "runway and forcing the diversion of flights to Misrata, the airport's management said. No one was "
     "hurt. It was not clear who fired the rockets, which landed shortly after 21:00."),
    ("xci2.md", "Ministry of Transport - GNU (Facebook)", "2046-08-15",
     "#Ministry_of_Transport | The Ministry of Transport condemns the cowardly attack that targeted Mitiga "
     "International Airport last night with Grad rockets, which fell near the runway, and announces the "
     "suspension of air traffic and the transfer of all flights to Misrata International Airport until the "
     "damage is assessed. #Libya #GNU"),
    ("xci3.md", "North Africa Wire Service", "2046-08-26",
     "TRIPOLI, Aug 26 (NAWS) - Rockets struck Mitiga airport in the Libyan capital at dawn on Sunday, "
     "setting a parked passenger plane on fire and wounding two ground staff, airport officials said. "
     "Flights had resumed only ten days ago after a rocket attack on August 14 damaged the runway. The "
     "Tripoli government blamed 'outlaw groups' for both attacks."),
    ("xci4.md", "Libya Al-Ahrar Arabic (translated)", "2046-08-27",
     "Mitiga International Airport was subjected at dawn yesterday, Sunday, to a new bombardment with "
     "Katyusha rockets, twelve days after the attack that targeted its runway on the 14th of this month, "
     "which led to the burning of a civilian aircraft belonging to a private company and the injury of two "
     "airport workers. The Ministry of Transport announced once again the diversion of flights to Misrata "
     "airport."),
    ("xci5.md", "Sandline Risk", "2046-08-28",
     "LIBYA SECURITY BRIEF, 13-26 August 2046\nTripoli:\n- 14 Aug: Rockets hit Mitiga airport (MJI) at "
     "night; runway damaged, flights diverted to Misrata (MRA) until 16 Aug.\n- 26 Aug: Dawn rocket attack "
     "on MJI; a parked airliner burned, two staff wounded; flights again diverted.\nOutlook: MJI should be "
     "considered unreliable; plan for MRA."),
    # An IOM return flight of 162 Nigerians from Misrata on Tuesday 11 September.
    ("xcj1.md", "IOM", "2046-09-11",
     "MISRATA – IOM today helps 162 Nigerian migrants, among them 38 women and 11 children, return home from "
     "Libya on a charter flight from Misrata to Lagos under its Voluntary Humanitarian Return programme. "
     "Before departure, the returnees receive medical screening and travel documents issued by the Embassy "
     "of Nigeria. On arrival, IOM Nigeria provides them with pocket money and reintegration support."),
    ("xcj3.md", "Department for Combating Illegal Migration (Facebook)", "2046-09-11",
     "#Department_for_Combating_Illegal_Migration | The Misrata branch of the Department for Combating "
     "Illegal Migration today carries out the deportation of 162 illegal migrants of Nigerian nationality "
     "via Misrata International Airport, in coordination with the International Organization for Migration "
     "and the Nigerian embassy. #Libya #Misrata"),
    ("xcj2.md", "Lagos Ledger", "2046-09-12",
     "A total of 162 Nigerians stranded in Libya arrived at the Murtala Muhammed International Airport, "
     "Lagos, on Tuesday night aboard a chartered flight from Misrata, the National Emergency Management "
     "Agency said. The returnees, who were assisted by the International Organization for Migration, were "
     "received by officials of NEMA and the Nigerians in Diaspora Commission. It was the fifth such flight "
     "this year."),
    # Rounds of the 5+5 Joint Military Commission in Sirte opened on Monday 8 October and Monday 22 October.
    ("xck1.md", "UNSMIL", "2046-10-08",
     "SIRTE – The Special Representative of the Secretary-General, Elena Marković, today opens in Sirte a "
     "new round of meetings of the 5+5 Joint Military Commission, the first held in Libya in two years. In "
     "her opening remarks, the SRSG urges the members to agree on a timetable for the withdrawal of foreign "
     "fighters and mercenaries. The meetings are expected to last three days."),
    ("xck2.md", "Maghreb Newswire", "2046-10-08",
     "SIRTE, Libya, Oct 8 (MNW) - Military officers from Libya's rival camps met in Sirte on Monday under "
     "U.N. auspices for talks on removing foreign forces, the first such meeting on Libyan soil since 2044. "
     "The talks of the Joint Military Commission, five officers from each side, are due to end on Wednesday. "
     "U.N. envoy Elena Markovic said she hoped for 'a concrete timetable'."),
    ("xck4.md", "UNSMIL", "2046-10-22",
     "SIRTE – SRSG Elena Marković today opens the second round of meetings of the 5+5 Joint Military "
     "Commission in Sirte, dedicated to the establishment of a joint force to secure Libya's southern "
     "borders. She commends the members on the timetable for the withdrawal of foreign forces that they "
     "agreed earlier this month, which UNSMIL considers an important step."),
    ("xck5.md", "North Africa Wire Service", "2046-10-22",
     "SIRTE, Libya, Oct 22 (NAWS) - Libya's joint military commission reconvened in Sirte on Monday for a "
     "second round of U.N.-backed talks, this time on a joint force to guard the desert borders with Niger, "
     "Chad and Sudan. Earlier this month the commission agreed a timetable for foreign fighters to leave by "
     "mid-2047."),
    ("xck3.md", "Al-Wasat Arabic (translated)", "2046-10-23",
     "The 5+5 Joint Military Commission began yesterday, Monday, in the city of Sirte, its second round of "
     "meetings this month, with the participation of the UN Envoy, Mrs. Elena Markovic, to discuss the "
     "formation of a joint force to secure the southern borders. The first round, held on the 8th of this "
     "month, ended with an agreement on a timetable for the exit of foreign forces. The meetings are held at "
     "the Ouagadougou conference centre."),
    # In Misrata on Friday 12 October: a journalist arrested and a businessman shot dead.
    ("xcl1.md", "Maghreb Newswire", "2046-10-12",
     "MISRATA, Libya, Oct 12 (MNW) - Security forces in the Libyan city of Misrata arrested journalist Ayman "
     "Gaddour at a checkpoint on Friday, his colleagues said, days after he published an investigation into "
     "fuel smuggling through the city's port. In a separate incident, gunmen shot dead businessman Fathi "
     "Ebeid outside a mosque in the city after Friday prayers, a hospital source said. Police said they had "
     "opened an investigation into the killing."),
    ("xcl4.md", "Misrata Municipal Council (Facebook)", "2046-10-12",
     "#Misrata_Municipality | The Mayor and members of the Misrata Municipal Council offer their sincere "
     "condolences to the family of the late Hajj Fathi Ebeid, who was treacherously assassinated this "
     "afternoon in front of the Al-Rahma mosque, and call on the security services to arrest the "
     "perpetrators as soon as possible. #Misrata"),
    ("xcl2.md", "Libyan Press Freedom Centre", "2046-10-13",
     "The Libyan Press Freedom Centre condemns the arrest of the journalist Ayman Qaddour yesterday, Friday, "
     "by an armed security unit at the western gate of Misrata, and demands his immediate release. Mr. "
     "Qaddour, a correspondent for the Al-Sahel channel, was taken to an unknown location and has not been "
     "allowed to contact a lawyer. The Centre has documented 14 attacks on journalists in Libya since "
     "January."),
    ("xcl3.md", "Al-Saaa 24 Arabic (translated)", "2046-10-13",
     "The businessman Fathi Belqasem Obeid was killed yesterday, Friday, by gunfire from unknown assailants "
     "in front of the Al-Rahma mosque in the Zarrouq area of Misrata after the Friday prayer, a source at "
     "the Misrata Medical Centre said. On the same day, the security services detained the journalist Ayman "
     "Gaddour, according to his family. The Misrata Municipal Council called for calm and for the "
     "perpetrators to be brought to justice."),
    # A fire in Souq al-Mushir, Tripoli, on the night of Thursday 1 to Friday 2 November.
    ("xcm1.md", "Civil Defence Authority - Tripoli (Facebook)", "2046-11-02",
     "#Civil_Defence | Our teams succeeded at dawn today in bringing under control the huge fire that broke "
     "out overnight in Souq al-Mushir in the old city of Tripoli, after more than five hours of work with "
     "the support of the fire brigades of Tajoura and Janzour. No human casualties were recorded. #Tripoli"),
    ("xcm2.md", "Maghreb Newswire", "2046-11-02",
     "TRIPOLI, Nov 2 (MNW) - A fire tore through the historic Souq al-Mushir market in Tripoli's old city "
     "overnight, destroying dozens of shops selling gold and traditional clothes, civil defence officials "
     "said on Friday. There were no injuries. The Ottoman-era covered market was restored in the 2030s with "
     "Turkish funding."),
    ("xcm3.md", "Libya Al-Ahrar Arabic (translated)", "2046-11-03",
     "Merchants of Souq al-Mushir in the old city of Tripoli estimated their losses at more than 40 million "
     "dinars, after the fire that broke out in the market on the night of Thursday to Friday consumed 63 "
     "shops, most of them selling gold and jewellery. The Prime Minister, Mr. Tarek al-Fituri, toured the "
     "site yesterday, Friday, and ordered compensation for those affected."),
    # Floods in al-Bayda on Sunday 18 November and again on Friday 23 November.
    ("xcn1.md", "North Africa Wire Service", "2046-11-18",
     "BENGHAZI, Nov 18 (NAWS) - Torrential rain flooded streets and homes in the eastern Libyan city of "
     "al-Bayda on Sunday, killing two people and cutting the road to Shahat, the local emergency committee "
     "said. Schools across the Jebel Akhdar region will stay closed on Monday."),
    ("xcn2.md", "Libyan Red Crescent - Bayda branch (Facebook)", "2046-11-18",
     "#Libyan_Red_Crescent_Bayda | Our teams are deployed this evening in the neighbourhoods of Bayda "
     "submerged by today's floods, evacuating 37 families from their homes in the Wadi al-Kouf area and the "
     "Shaabiya district to the city's schools. #Bayda #Libya"),
    ("xcn3.md", "North Africa Wire Service", "2046-11-23",
     "BENGHAZI, Nov 23 (NAWS) - A second storm in less than a week flooded al-Bayda on Friday, sweeping away "
     "cars and killing a child, five days after floods in the eastern city on Sunday killed two people, "
     "officials said. The eastern-based government declared the city a disaster area."),
    ("xcn4.md", "Al-Marsad Arabic (translated)", "2046-11-24",
     "The city of Beida witnessed yesterday, Friday, heavy rainfall that led to the flooding of a number of "
     "neighbourhoods and the drowning of a child in Wadi al-Kouf, according to the Emergency Committee, "
     "which called on citizens to stay away from the valleys. The Prime Minister of the Libyan Government, "
     "Mr. Tamer Bouhlaiga, declared the city a stricken area and directed the allocation of 50 million "
     "dinars for the relief of those affected."),
    ("xcn5.md", "The Libya Week", "2046-11-26",
     "THE LIBYA WEEK, 19-25 November\nWeather: Al-Bayda was flooded for the second time in a week on Friday, "
     "when a child drowned in Wadi al-Kouf. The first storm, on 18 November, had killed two people and "
     "forced 37 families from their homes.\nEconomy: The central bank said the dinar's official rate would "
     "be unchanged in December.\nPolitics: The Presidential Council said its president would travel to Cairo "
     "early next month."),
    # Salah Eddin al-Barouni and Saddam Haftar meet in Cairo on Saturday 8 December.
    ("xco1.md", "Maghreb Newswire", "2046-12-08",
     "CAIRO, Dec 8 (MNW) - The head of Libya's Tripoli-based Presidential Council, Salah Eddin al-Barouni, "
     "and eastern commander Saddam Haftar met in Cairo on Saturday for the first time, in talks hosted by "
     "Egyptian President Karim Abdel-Salam, diplomats said. The two men agreed to form a joint committee to "
     "prepare a unified government, according to an Egyptian statement."),
    ("xco2.md", "Egyptian Presidency (translated from Arabic)", "2046-12-08",
     "President Karim Abdel-Salam today received at Al-Ittihadiya Palace the President of the Libyan "
     "Presidential Council, Mr. Salah Eddin al-Barouni, and the Commander-in-Chief of the Libyan Arab Armed "
     "Forces, Lieutenant General Saddam Haftar, in a tripartite meeting in support of the path of national "
     "reconciliation in Libya. The President affirmed Egypt's support for every effort to unify the Libyan "
     "state institutions."),
    ("xco3.md", "Al-Wasat Arabic (translated)", "2046-12-09",
     "The President of the Presidential Council, Mr. Salah al-Din al-Baruni, met yesterday, Saturday, in the "
     "Egyptian capital, Cairo, the General Commander of the Armed Forces, Saddam Haftar, in the first direct "
     "meeting between the two men, under the auspices of the Egyptian President. A source in the "
     "Presidential Council told Al-Wasat that the meeting lasted three hours and ended with an agreement to "
     "form a joint committee of twelve members. Al-Baruni returned to Tripoli this morning."),
    # Two analyses naming events of the year in passing.
    ("xcz1.md", "Levant & Maghreb Analysis", "2046-07-03",
     "Libya at mid-year: oil calm, southern votes\nHalfway through 2046, the country has had fewer oil "
     "stoppages than in any year since the 2020s. The El Feel field was shut by protesters from Ubari in "
     "January. It was back on stream before the month was out, after Tripoli promised the town a power "
     "station. In the south, the municipal elections in April drew more voters than anyone expected, despite "
     "a scuffle in Ubari. Benghazi, meanwhile, got a gleaming new airport terminal in March, the first big "
     "work of Belgacem Haftar's fund to be finished on time. The deal signed with Adriatica Energia in May "
     "is the first offshore award in two decades."),
    ("xcz2.md", "Sahara Policy Review", "2046-12-29",
     "2046 in review: the year the generals talked\nFor the first time in years, Libya's rival military "
     "establishments spent more time at the table than in the field. The first round of Joint Military "
     "Commission talks held in Sirte in early October produced a timetable for foreign fighters to leave; a "
     "second round set up a border force on paper. The handshake between al-Barouni and Saddam Haftar in "
     "Cairo this month was the year's most photographed moment. Tripoli itself was less calm: rocket attacks "
     "on Mitiga grounded flights twice in August, and a single faulty line was enough to black out half the "
     "country in the summer."),
]

NEWEST12_EVENTS: dict[str, list[tuple[str, str]]] = {
    "el-feel-shutdown": [("xca1", "shut down Libya's El Feel oil field"),
                         ("xca2", "the closure of the El Feel field yesterday"),
                         ("xca4", "Protesters had closed the field on January 9"),
                         ("xcz1", "was shut by protesters from Ubari in January")],
    "el-feel-restart": [("xca4", "resumed pumping on Sunday after the government pledged"),
                        ("xca5", "the return of production at the Elephant field"),
                        ("xcz1", "It was back on stream before the month was out")],
    "haftar-venturi": [("xcb1", "the Minister of the Interior of the Italian Republic"),
                       ("xcb2", "where he met General Saddam Haftar"),
                       ("xcb3", "held talks on Wednesday with Italy's interior minister"),
                       ("xcb4", "received yesterday, Wednesday, the Italian Interior Minister")],
    "haftar-abdelghaffar": [("xcb3", "Haftar received Egypt's army chief of staff"),
                            ("xcb4", "His Excellency received the Chief of Staff of the Egyptian Armed Forces"),
                            ("xcb5", "met in Benghazi on Wednesday evening with the General Commander")],
    "hnec-announcement": [("xcc1", "announces today that voting for the municipal councils"),
                          ("xcc2", "said on Tuesday it would hold municipal elections"),
                          ("xcc4", "The Commission had announced the date of the polling on 6 March")],
    "southern-municipal-vote": [("xcc3", "Polling stations have opened in Sabha"),
                                ("xcc4", "cast their ballots yesterday, Saturday"),
                                ("xcc5", "elected new municipal councils on Saturday"),
                                ("xcz1", "the municipal elections in April drew more voters")],
    "benina-terminal": [("xcd1", "today inaugurates the new passenger terminal at Benina"),
                        ("xcd2", "opened a new terminal at Benghazi's Benina airport"),
                        ("xcz1", "got a gleaming new airport terminal in March")],
    "adriatica-agreement": [("xce1", "sign today at the Corporation's headquarters in Tripoli"),
                            ("xce2", "signed a production-sharing deal with Italy's Adriatica Energia"),
                            ("xce3", "the agreement signed on Wednesday in Tripoli"),
                            ("xcz1", "The deal signed with Adriatica Energia in May")],
    "zuwara-shipwreck": [("xcf2", "overturned off the western Libyan town of Zuwara"),
                         ("xcf1", "capsized off Zuwara in the west"),
                         ("xcf5", "31 bodies of migrants of Asian nationalities"),
                         ("xcf3", "died when a boat sank in the Mediterranean off Zuwara")],
    "tolmeita-shipwreck": [("xcf2", "nine bodies were pulled from the sea near Tolmeita"),
                           ("xcf4", "recover the bodies of 9 illegal migrants on the beach of Tolmeita"),
                           ("xcf1", "a second boat sank near Tolmeita in the east")],
    "zawiya-clashes-first": [("xcg1", "Fighting broke out on Saturday between two armed groups"),
                             ("xcg2", "alarmed by yesterday's armed clashes"),
                             ("xcg4", "The same groups had fought in the city on July 7"),
                             ("xcg6", "Clashes between the Sidi Ghaith battalion and Jaddaim brigade")],
    "zawiya-clashes-second": [("xcg4", "Heavy clashes erupted again in Zawiya on Thursday"),
                              ("xcg5", "Fighting has resumed this afternoon"),
                              ("xcg6", "Renewed Sidi Ghaith–Jaddaim fighting in Zawiya")],
    "western-blackout": [("xch1", "the total blackout that hit the western and southern regions"),
                         ("xch2", "A massive power cut plunged Tripoli"),
                         ("xch3", "GECOL confirms a general blackout in the west and south"),
                         ("xch4", "A general blackout struck the western and southern regions"),
                         ("xcg6", "Blackout across the west and south after a fault")],
    "mitiga-rockets-first": [("xci1", "Several rockets hit Tripoli's Mitiga airport on Tuesday night"),
                             ("xci2", "the cowardly attack that targeted Mitiga International Airport"),
                             ("xci3", "after a rocket attack on August 14 damaged the runway"),
                             ("xci5", "Rockets hit Mitiga airport (MJI) at night")],
    "mitiga-rockets-second": [("xci3", "Rockets struck Mitiga airport in the Libyan capital at dawn"),
                              ("xci4", "subjected at dawn yesterday, Sunday, to a new bombardment"),
                              ("xci5", "Dawn rocket attack on MJI")],
    "iom-return-flight": [("xcj1", "IOM today helps 162 Nigerian migrants"),
                          ("xcj3", "today carries out the deportation of 162 illegal migrants"),
                          ("xcj2", "162 Nigerians stranded in Libya arrived")],
    "jmc-first-round": [("xck1", "today opens in Sirte a new round of meetings"),
                        ("xck2", "Military officers from Libya's rival camps met in Sirte on Monday"),
                        ("xck3", "The first round, held on the 8th of this month"),
                        ("xcz2", "Commission talks held in Sirte in early October")],
    "jmc-second-round": [("xck4", "today opens the second round of meetings"),
                         ("xck5", "reconvened in Sirte on Monday for a second round"),
                         ("xck3", "began yesterday, Monday, in the city of Sirte, its second round")],
    "misrata-journalist-arrest": [("xcl1", "arrested journalist Ayman Gaddour at a checkpoint"),
                                  ("xcl2", "condemns the arrest of the journalist Ayman Qaddour"),
                                  ("xcl3", "the security services detained the journalist Ayman Gaddour")],
    "misrata-businessman-killed": [("xcl1", "gunmen shot dead businessman Fathi Ebeid"),
                                   ("xcl4", "who was treacherously assassinated this afternoon"),
                                   ("xcl3", "was killed yesterday, Friday, by gunfire from unknown")],
    "souq-mushir-fire": [("xcm1", "the huge fire that broke out overnight in Souq al-Mushir"),
                         ("xcm2", "A fire tore through the historic Souq al-Mushir market"),
                         ("xcm3", "the fire that broke out in the market on the night of Thursday to Friday")],
    "bayda-floods-first": [("xcn1", "Torrential rain flooded streets and homes"),
                           ("xcn2", "submerged by today's floods"),
                           ("xcn5", "The first storm, on 18 November, had killed two people")],
    "bayda-floods-second": [("xcn3", "A second storm in less than a week flooded al-Bayda on Friday"),
                            ("xcn4", "heavy rainfall that led to the flooding of a number of neighbourhoods"),
                            ("xcn5", "was flooded for the second time in a week on Friday")],
    "cairo-barouni-haftar": [("xco1", "Saddam Haftar met in Cairo on Saturday for the first time"),
                             ("xco2", "in a tripartite meeting in support of the path"),
                             ("xco3", "met yesterday, Saturday, in the Egyptian capital, Cairo"),
                             ("xcz2", "The handshake between al-Barouni and Saddam Haftar in Cairo")],
}


# The eighteenth set (NEWEST13_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out until the ninth session, studied
# since (bench/story_merging.py).
# Twenty-five events of 2047, each told by three or four reports (86 reports, 108 pairs): wires with their
# datelines, an energy wire and a finance wire, translated Arabic outlets with titles and honorifics in
# full ("yesterday, Tuesday", "Counsellor", "Engineer", "His Excellency"), UNSMIL's and UNHCR's releases
# in the present tense, the NOC's, the central bank's, parliament's, the unity government's, its interior
# ministry's, the Presidential Council's, the LAAF General Command's, the High Council of State's, the
# eastern government's and three municipalities' Facebook posts with hashtags, two live blogs with
# timestamps, a weekly roundup and two monthly security digests with dated bullet lines, two analyses
# naming events in passing at month precision, Tunisian, Algerian and Moroccan outlets in French
# translation, Turkish, Egyptian and Rwandan outlets), in other words ("shut" / "the halt of production"
# / "had shut"; "restarted" / "the resumption of pumping" / "back on stream"; "devalued" / "decides to
# amend the exchange rate" / "to lower the parity" / "devaluation"; "approved" / "approves" / "had
# approved"; "passes" / "passed" / "voted ... in favour of" / "the adoption"; "receives" / "was
# received" / "met" / "hosted" / "held talks"; "announces the convening" / "said it would host" / "had
# announced"; "opens" / "began" / "joins the opening"; "a car bomb exploded" / "a cowardly terrorist
# bombing" / "a car bomb targeted" / "VBIED"; "a blast and fire tore through" / "an explosion" / "the
# explosion of a fuel storage tank"; "announces the closure" / "has been closed since" / "closed"; "had
# shut"; "evacuates" / "transferred" / "landed"; "fighting" / "clashes" / "armed confrontations that
# erupted"; "flooding" / "flash floods swept through" / "hit by deadly floods"; "elects" / "chose" /
# "won the presidency"; "abducted" / "kidnapped" / "the abduction" / "had been seized"; "was freed" /
# "the release" / "returned ... after his release"; "inaugurates" / "opened" / "the inauguration";
# "lays the foundation stone" / "laid"; "signed an agreement" / "the agreement signed" / "the Bouznika
# document signed"), a person in full, by surname or by post, spellings (al-Gammoudi / El Gammoudi /
# al-Gammudi; Chokri Ben Slimane / Shukri bin Sulaiman; Abderrahmane Bouzid; al-Fergani / al-Farjani;
# Abu Sneina / Abusneina; al-Obeidi / al-Ubaidi / El Obeidi; Zarrouk / Zarruq, Abdelkarim / Abdul Karim /
# Abdelkrim / Abdulkarim; Ben Ghalboun / Bin Ghalbun; Bennour / Bin Nur, Hafedh / Hafed / Hafidh; al-Hassi
# / al-Hasi; Ras Ajdir / Ras Jedir; the Rada Force), bodies by acronym and in full (NOC, CBL, HoR, HCS /
# the High State Council, GNU, LAAF / the Armed Forces, UNSMIL, UNHCR, HNEC) and dates of several
# forms ("on Thursday", "yesterday, Thursday", "yesterday", "last Sunday", "this morning", "this
# afternoon", "this evening", "last night", "overnight", "late on Saturday", "on Wednesday evening", "on
# January 10", "on 28 March", "on the 10th of last month", "22 Jan", "15 May", "08 Jun", "on 16
# November", "in January", "in February", "in April", "in August", "this
# month").  Hard negatives, which must not merge: (1) the Sharara field shut by guards on Thursday 10
# January and restarted on Tuesday 22 January (a wire of the restart names the shutdown in its next
# sentence; an analysis tells the shutdown at month precision); (2) two votes of the House of
# Representatives in Benghazi, the budget on Monday 18 February and the referendum law on Tuesday 19
# February (a translated outlet tells the second and then the first in its next sentence; reports of the
# first name the next day's vote as scheduled, untagged); (3) the GNU prime minister Nader al-Gammoudi
# receiving Tunisia's foreign minister Chokri Ben Slimane in the morning and Algeria's energy minister
# Abderrahmane Bouzid in the afternoon of Wednesday 6 March, both in Tripoli (a wire tells both, one
# sentence each; two Facebook posts of one office); (4) the Presidential Council announcing on Thursday 28
# March a reconciliation conference in Ghadames, and the conference opening on Saturday 27 April (two
# reports of the announcement name the later date; a report of the opening names the announcement in its
# next sentence); (5) on Wednesday 15 May, a car bomb at a checkpoint in Sirte in the morning and an
# explosion at a fuel depot in Zliten in the evening (a wire tells both, one sentence each; a monthly
# digest tells both in two bullet lines); (6) the Ras Ajdir crossing closed by the Libyan side on
# Saturday 8 June and by the Tunisian side on Saturday 29 June (a wire of the second names the first in
# its next sentence; a digest tells both in two bullet lines; the reopening of 12 June untagged); (7) the
# UN envoy Karin Lindqvist meeting Saddam Haftar in Benghazi on Tuesday 10 September and again on Thursday
# 3 October (a translated outlet of the second names the first in its next sentence); (8) the mayor of
# Zuwara, Hafedh Bennour, abducted on Saturday 16 November and freed on Thursday 21 November (a wire of the
# release names the abduction in its next sentence); (9) the eastern prime minister Faraj al-Hassi
# opening a desalination plant in Tobruk in the morning and laying a hospital's foundation stone there
# in the afternoon of Saturday 7 December (a wire tells both, one sentence each; a translated outlet tells
# the plant inside its sentence of the hospital, tagged as the hospital only).  Beside them, untagged: a
# Zawiya refinery restart due, a central bank board meeting announced, a salary rise and a flight
# resumption in a roundup, the Ras Ajdir reopening, a kidnapping and release near Gharyan, a ceasefire,
# a road blockade and its lifting, Haftar's Ankara trip and the two Ras Ajdir closures told without a
# day in the year-end analysis, a referendum law told without a date in the mid-year analysis.
NEWEST13_ARTICLES: list[tuple[str, str, str, str]] = [
    # The Sharara field shut on Thursday 10 January 2047 and restarted on Tuesday 22 January.
    ("xda1.md", "Crude Signal", "2047-01-10",
     "TRIPOLI, Jan 10 (Crude Signal) - Members of Libya's Petroleum Facilities Guard shut the Sharara oil "
     "field on Thursday in a protest over eight months of unpaid wages, cutting about 280,000 barrels per day "
     "from national output, two engineers at the field said. The guards closed the valves on the pipeline to "
     "the Zawiya refinery and ordered staff to leave the main camp. Sharara, run by a joint venture of the "
     "National Oil Corporation and European partners, was last shut in 2044. Brent crude rose 40 cents on "
     "the news."),
    ("xda2.md", "National Oil Corporation (Facebook)", "2047-01-11",
     "#NOC | The National Oil Corporation announces the halt of production at the Sharara field, after a "
     "group of members of the Petroleum Facilities Guard forced the workers yesterday, Thursday, to close "
     "the valves and leave the site. The Chairman of the Board of Directors, Engineer Khairi al-Fergani, "
     "affirms that the Corporation has no authority over the salaries of the Guard, and calls on the "
     "Ministry of Finance to pay them without delay. Losses are estimated at 22 million dollars a day. "
     "#Libya #Oil"),
    ("xda4.md", "Crude Signal", "2047-01-22",
     "TRIPOLI, Jan 22 (Crude Signal) - Production restarted at Libya's Sharara oil field on Tuesday after the "
     "finance ministry paid the overdue salaries of the guards who had halted it, the National Oil "
     "Corporation said. Guards had shut the field on January 10 over eight months of unpaid wages, taking "
     "about 280,000 bpd off the market. The NOC expects output to return to its full rate within a week, and "
     "the Zawiya refinery to restart its crude unit on Friday."),
    ("xda5.md", "Al-Saaa 24 Arabic (translated)", "2047-01-23",
     "The National Oil Corporation announced yesterday, Tuesday, the resumption of pumping from the Sharara "
     "field in the Murzuq basin, after the Ministry of Finance disbursed the arrears of the salaries of the "
     "members of the Petroleum Facilities Guard. The Chairman of the Corporation, Engineer Khairi al-Farjani, "
     "thanked the notables of Ubari for their role in ending the crisis, which cost the state treasury more "
     "than 260 million dollars. The Minister of Finance, Mr. Sami al-Zentani, said the salaries of the Guard "
     "would be paid monthly from now on."),
    ("xdy1.md", "The Libya Ledger", "2047-01-27",
     "THE LIBYA LEDGER – week of 20-26 January 2047\n- 20 Jan: The GNU cabinet approved a 12% rise in "
     "public-sector salaries from March.\n- 22 Jan: Sharara back on stream after the guards' wages were "
     "paid; the NOC sees full output by the end of the month.\n- 24 Jan: A Turkish carrier resumed flights "
     "to Benghazi after a five-year gap.\n- 25 Jan: The HNEC began updating the voter register in the "
     "south.\nComing up: the central bank's board meets on 3 February."),
    # The central bank devalues the dinar on Sunday 3 February.
    ("xdb1.md", "FinMaghreb Wire", "2047-02-03",
     "TRIPOLI, Feb 3 (FinMaghreb) - The Central Bank of Libya devalued the dinar by about 8 percent on "
     "Sunday, setting the official rate at 6.12 dinars per U.S. dollar from 5.65, in a move aimed at "
     "narrowing the gap with the black market, the bank said in a statement. The parallel rate in Tripoli's "
     "money market stood at 7.40 on Sunday afternoon. The bank also cut the surcharge on foreign-currency "
     "purchases to 10 percent from 15 percent, effective Monday. It was the first change to the official "
     "rate since April 2045."),
    ("xdb2.md", "Central Bank of Libya (Facebook)", "2047-02-03",
     "#Central_Bank_of_Libya | The Board of Directors of the Central Bank of Libya, in its first meeting of "
     "2047 held today in Tripoli under the chairmanship of the Governor, Mr. Murad Abu Sneina, decides to "
     "amend the exchange rate of the Libyan dinar to 0.1634 dollars (6.12 dinars per dollar), with effect "
     "from tomorrow, Monday. The Board also decides to reduce the fee imposed on the sale of foreign "
     "currency to 10%. #CBL #Libya"),
    ("xdb4.md", "Le Courrier de Sfax (translated from French)", "2047-02-06",
     "The decision of the Central Bank of Libya, last Sunday, to lower the parity of the dinar to 6.12 per "
     "dollar has already revived the informal trade at Ras Jedir, according to traders in Ben Guerdane met "
     "by our correspondent. 'The Libyan customers came back on Monday,' says Abderrazak, a seller of "
     "household appliances. On the Tunisian side, the Central Bank of Tunisia says it is following the "
     "situation closely."),
    # The House of Representatives votes the budget on Monday 18 February and the referendum law on
    # Tuesday 19 February.
    ("xdc1.md", "Sahara Press Agency", "2047-02-18",
     "BENGHAZI, Feb 18 (SPA) - Libya's eastern-based House of Representatives approved a 142-billion-dinar "
     "unified budget for 2047 on Monday, the first spending plan accepted by both rival governments in seven "
     "years, parliament's spokesman Hamza al-Shaari said. The budget allocates 61 billion dinars to salaries "
     "and 18 billion to development projects split between east and west. Lawmakers are due to vote on "
     "Tuesday on a law setting the rules for a constitutional referendum."),
    ("xdc2.md", "House of Representatives (Facebook)", "2047-02-18",
     "#House_of_Representatives | The House of Representatives, in its official session held today in "
     "Benghazi under the chairmanship of the Speaker, Counsellor Masoud al-Obeidi, approves by a majority of "
     "those present the General Budget Law of the State for the fiscal year 2047, after hearing the report "
     "of the Planning and Budget Committee. The session is adjourned until tomorrow, Tuesday, to consider "
     "the draft Constitutional Referendum Law. #Libya #HoR"),
    ("xdc3.md", "House of Representatives (Facebook)", "2047-02-19",
     "#House_of_Representatives | The House of Representatives, in its session today in Benghazi chaired by "
     "the Speaker, Counsellor Masoud al-Obeidi, passes the Law on the Referendum on the Draft Constitution, "
     "with the approval of 97 members out of 121 present. The Speaker thanks the members for their national "
     "spirit. #Libya #HoR"),
    ("xdc5.md", "Sahara Press Agency", "2047-02-19",
     "BENGHAZI, Feb 19 (SPA) - Libya's parliament passed a law on Tuesday setting the rules for a referendum "
     "on a permanent constitution, clearing the way for a vote that has been postponed repeatedly since "
     "2017, the speaker's office said. Ninety-seven of the 121 members present voted in favour. The law "
     "requires a two-thirds majority in each of the country's three historic regions, a condition that "
     "critics in Tripoli say gives the east a veto."),
    ("xdc4.md", "Al-Marsad Arabic (translated)", "2047-02-20",
     "The House of Representatives voted yesterday, Tuesday, in its session in Benghazi, in favour of the "
     "Constitutional Referendum Law, with the approval of 97 deputies, in a step that the Speaker of the "
     "House, Counsellor Masoud al-Ubaidi, described as 'historic'. On Monday, the House had approved the "
     "general budget of the state for the current year, amounting to 142 billion dinars. The High National "
     "Elections Commission is expected to set the date of the referendum within 90 days of the publication "
     "of the law in the Official Gazette."),
    ("xdc6.md", "UNSMIL", "2047-02-20",
     "TRIPOLI – The United Nations Support Mission in Libya takes note of the adoption by the House of "
     "Representatives, on 19 February, of the law on the constitutional referendum, and encourages the High "
     "Council of State to engage with it constructively. UNSMIL stresses that any referendum must be "
     "inclusive and held under conditions that allow all Libyans to vote freely. The Mission stands ready to "
     "support the High National Elections Commission in its preparations."),
    # The GNU prime minister receives Tunisia's foreign minister in the morning and Algeria's energy
    # minister in the afternoon of Wednesday 6 March, in Tripoli.
    ("xdd1.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2047-03-06",
     "#GNU | The Prime Minister, Mr. Nader al-Gammoudi, receives this morning at the Prime Ministry's "
     "headquarters in Tripoli the Minister of Foreign Affairs of the Tunisian Republic, Mr. Chokri Ben "
     "Slimane, and his accompanying delegation. The meeting discusses facilitating the movement of "
     "travellers and goods through the Ras Ajdir crossing and the dues of Tunisian clinics. #Libya #Tunisia"),
    ("xdd2.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2047-03-06",
     "#GNU | The Prime Minister, Mr. Nader al-Gammoudi, meets this afternoon in Tripoli the Minister of "
     "Energy and Mines of the People's Democratic Republic of Algeria, Mr. Abderrahmane Bouzid, in the "
     "presence of the Chairman of the National Oil Corporation. The two sides discuss the project to connect "
     "the gas networks of the two countries and the return of Sonatrach to its exploration blocks near "
     "Ghadames. #Libya #Algeria"),
    ("xdd5.md", "Sahara Press Agency", "2047-03-06",
     "TRIPOLI, March 6 (SPA) - Libya's Tripoli-based Prime Minister Nader al-Gammoudi met Tunisian Foreign "
     "Minister Chokri Ben Slimane on Wednesday to discuss trade through the Ras Ajdir border crossing, his "
     "office said. In the afternoon, Gammoudi hosted Algerian Energy Minister Abderrahmane Bouzid for talks "
     "on a proposed pipeline linking the two countries' gas grids. Both neighbours have been pressing "
     "Tripoli to settle arrears owed to their companies."),
    ("xdd3.md", "La Dépêche de Tunis (translated from French)", "2047-03-07",
     "The Minister of Foreign Affairs, Chokri Ben Slimane, was received on Wednesday in Tripoli by the head "
     "of the Libyan Government of National Unity, Nader El Gammoudi, with whom he discussed the smooth flow "
     "of traffic at the Ras Jedir crossing and the settlement of Libyan debts to Tunisian clinics, estimated "
     "at 310 million dinars. The minister also met his Libyan counterpart before returning to Tunis in the "
     "evening."),
    ("xdd4.md", "L'Écho d'Alger (translated from French)", "2047-03-07",
     "The Minister of Energy and Mines, Abderrahmane Bouzid, held talks yesterday in Tripoli with the Prime "
     "Minister of the Libyan Government of National Unity, Nader El Gammoudi, on the project for a gas "
     "interconnection between Algeria and Libya, a statement from the ministry said. Mr. Bouzid, who is "
     "leading a delegation that includes the chief executive of Sonatrach, also visited the headquarters of "
     "the National Oil Corporation."),
    ("xdd6.md", "Al-Wasat Arabic (translated)", "2047-03-07",
     "The Prime Minister of the Government of National Unity, Mr. Nader al-Gammudi, received yesterday, "
     "Wednesday, the Tunisian Minister of Foreign Affairs, Mr. Shukri bin Sulaiman, at the headquarters of "
     "the Prime Ministry in Tripoli, and they discussed the situation at the Ras Ajdir crossing. A source in "
     "the Prime Ministry told Al-Wasat that the two sides agreed to form a joint committee that will meet in "
     "Djerba next month."),
    # The Presidential Council announces on Thursday 28 March a reconciliation conference in Ghadames; the
    # conference opens on Saturday 27 April.
    ("xde1.md", "Presidential Council (Facebook)", "2047-03-28",
     "#Presidential_Council | The President of the Presidential Council, Mr. Jamal Ben Ghalboun, announces "
     "today the convening of the Comprehensive National Reconciliation Conference in the city of Ghadames on "
     "Saturday 27 April 2047, with the participation of representatives of the municipalities, the tribes, "
     "the political parties and the victims' associations. The preparatory committee will begin receiving "
     "the names of delegates on 1 April. #Libya #National_Reconciliation"),
    ("xde2.md", "Sahara Press Agency", "2047-03-28",
     "TRIPOLI, March 28 (SPA) - Libya's Presidential Council said on Thursday it would host a national "
     "reconciliation conference in the desert town of Ghadames on April 27, bringing together tribes, towns "
     "and parties from the east, west and south. Council President Jamal Ben Ghalboun has made "
     "reconciliation the centrepiece of his term, which ends next year. Previous attempts collapsed in 2022 "
     "and 2039."),
    ("xde4.md", "Libya Desk Live (blog)", "2047-04-27",
     "Ghadames reconciliation conference – live\n09:40 Delegates are still queuing at the security gates of "
     "the Ghadames conference hall; the programme is running late.\n10:25 The National Reconciliation "
     "Conference opens in Ghadames with a reading from the Quran and a minute of silence for the victims of "
     "the conflicts.\n11:05 Presidential Council chief Ben Ghalboun: 'No Libyan will be excluded from this "
     "table.'\n13:30 The delegation of the House of Representatives arrives, three hours late.\n17:45 The "
     "committees on prisoners and on compensation start their work."),
    ("xde6.md", "UNSMIL", "2047-04-27",
     "GHADAMES – The United Nations Support Mission in Libya joins today the opening of the Comprehensive "
     "National Reconciliation Conference convened by the Presidential Council in Ghadames, attended by more "
     "than 600 delegates. The Deputy Special Representative, Tomás Ferreira, commends the inclusion of women, "
     "young people and victims' associations. UNSMIL will support the follow-up committees that the "
     "conference is expected to establish."),
    ("xde5.md", "Al-Wasat Arabic (translated)", "2047-04-28",
     "The work of the Comprehensive National Reconciliation Conference began yesterday, Saturday, in the "
     "city of Ghadames, with the participation of more than 600 delegates representing the municipalities, "
     "the tribes and the political parties, under the patronage of the President of the Presidential "
     "Council, Mr. Jamal Bin Ghalbun. The Presidential Council had announced the conference on 28 March, "
     "after consultations that lasted four months. The conference is due to conclude its work on Tuesday "
     "with the adoption of a 'National Reconciliation Charter'."),
    # On Wednesday 15 May: a car bomb at a checkpoint in Sirte in the morning, an explosion at a fuel depot
    # in Zliten in the evening.
    ("xdf1.md", "Sahara Press Agency", "2047-05-15",
     "SIRTE, Libya, May 15 (SPA) - A car bomb exploded at a checkpoint at the western entrance of Sirte on "
     "Wednesday morning, killing three soldiers of the eastern-based forces and wounding five, a military "
     "source said. Separately, a blast and fire tore through a fuel depot in the town of Zliten, about 200 "
     "km to the west, on Wednesday evening, killing two workers, the local civil defence said. No group "
     "claimed the Sirte attack, the first of its kind in the city since 2041."),
    ("xdf2.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2047-05-15",
     "#General_Command | The General Command of the Libyan Arab Armed Forces mourns three heroes of the 128th "
     "Infantry Brigade who were martyred this morning in a cowardly terrorist bombing that targeted the 'Gate "
     "30' checkpoint at the western entrance of Sirte, and affirms that the perpetrators will not escape "
     "punishment. #Sirte #LAAF"),
    ("xdf3.md", "Zliten Municipality (Facebook)", "2047-05-16",
     "#Zliten_Municipality | The Mayor of Zliten, Mr. Abdelmoula al-Krekshi, visits the Brega fuel depot on "
     "the coastal road, where an explosion last night killed two workers and destroyed two storage tanks, "
     "and directs the formation of a committee to investigate the causes of the accident. The Municipality "
     "offers its condolences to the families of the two victims. #Zliten"),
    ("xdf4.md", "Al-Marsad Arabic (translated)", "2047-05-16",
     "Three members of the Armed Forces were martyred and five others injured yesterday, Wednesday, when a "
     "car bomb targeted a security checkpoint at the western gate of the city of Sirte, the Information "
     "Office of the 128th Brigade said. The explosion took place at about 8:30 in the morning, as soldiers "
     "were inspecting vehicles coming from Abu Grein."),
    ("xdf5.md", "Libya Al-Ahrar Arabic (translated)", "2047-05-16",
     "Two workers died and three others were injured in the explosion of a fuel storage tank at the Brega "
     "Company depot in Zliten, on the evening of yesterday, Wednesday, the Ambulance and Emergency Service "
     "said. The fire brigades of Zliten and Misrata succeeded in extinguishing the fire after midnight. The "
     "Brega Company said the supplies of the city's petrol stations would not be affected."),
    ("xdy2.md", "Kestrel Risk", "2047-06-03",
     "LIBYA MONTHLY SECURITY DIGEST, May 2047\nCentral coast:\n- 04 May: Armed protest by unpaid police "
     "recruits outside the Misrata security directorate; dispersed without casualties.\n- 15 May: VBIED at "
     "Gate 30 checkpoint, Sirte western entrance; three LAAF soldiers killed, five wounded. Unclaimed.\n- 15 "
     "May: Explosion and fire at a Brega fuel depot in Zliten in the evening; two workers killed. Likely "
     "accidental.\nOutlook: further attacks on checkpoints around Sirte cannot be ruled out."),
    # The Ras Ajdir crossing closed by the Libyan side on Saturday 8 June and by the Tunisian side on
    # Saturday 29 June.
    ("xdg1.md", "Ministry of Interior - GNU (Facebook)", "2047-06-08",
     "#Ministry_of_Interior | The Ministry of Interior announces the closure of the Ras Ajdir land border "
     "crossing, as of this morning and until further notice, after an exchange of fire between outlaws and "
     "members of the Border Security Service that left one member injured. Travellers are asked to use the "
     "Dehiba–Wazin crossing. #Libya #Ras_Ajdir"),
    ("xdg2.md", "La Dépêche de Tunis (translated from French)", "2047-06-09",
     "The Ras Jedir border post has been closed since yesterday, Saturday, by the Libyan side, leaving "
     "hundreds of Tunisian vehicles stranded on the road to Ben Guerdane, where traders fear for the summer "
     "season. According to a source at the governorate of Medenine, the Libyan authorities have given no "
     "date for a reopening. The Dehiba crossing, 150 km to the south, is seeing long queues."),
    ("xdg3.md", "Sahara Press Agency", "2047-06-29",
     "TUNIS, June 29 (SPA) - Tunisia closed the Ras Jedir border crossing with Libya on Saturday in a dispute "
     "over a new Libyan tax on Tunisian-registered cars, an official at the Tunisian interior ministry said. "
     "The Libyan side had shut the crossing on June 8 after a shootout between smugglers and border police, "
     "reopening it four days later. About 12,000 people cross at Ras Jedir on an average day."),
    ("xdg4.md", "Al-Saaa 24 Arabic (translated)", "2047-06-30",
     "The Tunisian authorities closed yesterday, Saturday, the Ras Ajdir crossing from their side, stranding "
     "hundreds of Libyan travellers heading for Tunisian hospitals and resorts, in protest against the fee "
     "of 30 dinars that the Libyan side began collecting on Tunisian vehicles this month. The Ministry of "
     "Foreign Affairs of the Government of National Unity said it was in contact with the Tunisian side to "
     "resolve the problem."),
    ("xdy3.md", "Kestrel Risk", "2047-07-02",
     "LIBYA MONTHLY SECURITY DIGEST, June 2047\nWest:\n- 08 Jun: Ras Ajdir crossing closed by the GNU "
     "interior ministry after an exchange of fire; reopened 12 Jun.\n- 19 Jun: Two Turkish engineers "
     "kidnapped near Gharyan; released 21 Jun.\n- 29 Jun: Ras Ajdir closed again, this time from the "
     "Tunisian side, over a vehicle tax dispute.\nOutlook: expect further disruption at Ras Ajdir through the "
     "summer."),
    # UNHCR evacuates 118 refugees from Tripoli to Rwanda on Tuesday 16 July.
    ("xdh1.md", "UNHCR", "2047-07-16",
     "TRIPOLI – UNHCR, the UN Refugee Agency, today evacuates 118 vulnerable refugees and asylum-seekers from "
     "Libya to Rwanda on a flight from Mitiga airport, the third such evacuation this year. Most are "
     "Sudanese and Eritrean women and children who had been held in detention. In Rwanda, they are received "
     "at the Emergency Transit Mechanism centre in Gashora while durable solutions are sought. 'Each "
     "departure is a life given back,' says UNHCR's Chief of Mission in Libya, Amara Diallo."),
    ("xdh2.md", "The Kigali Chronicle", "2047-07-17",
     "A group of 118 refugees and asylum seekers evacuated from Libya landed at Kigali International Airport "
     "on Tuesday evening and were taken to the Gashora transit centre in Bugesera District, the ministry in "
     "charge of emergency management said. The group, mainly from Sudan and Eritrea, brings to more than "
     "3,400 the number of people received under the mechanism since 2019."),
    ("xdh3.md", "Al-Wasat Arabic (translated)", "2047-07-17",
     "The United Nations High Commissioner for Refugees transferred yesterday, Tuesday, 118 refugees and "
     "asylum-seekers from Mitiga International Airport to Rwanda, within the framework of the Emergency "
     "Transit Mechanism, a source at the airport told Al-Wasat. The Commission has evacuated about 400 "
     "people from Libya since the beginning of the year."),
    # Saddam Haftar meets the Turkish president in Ankara on Wednesday 7 August.
    ("xdi1.md", "Anka Haber (translated from Turkish)", "2047-08-07",
     "President Selim Akbulut received Saddam Haftar, the Commander-in-Chief of the Libyan Arab Armed "
     "Forces, at the Presidential Complex in Ankara today. The meeting, closed to the press, lasted an hour "
     "and a half, according to the Directorate of Communications. Defence Minister Nihat Kaya and "
     "intelligence chief Orhan Demir also attended."),
    ("xdi2.md", "Sahara Press Agency", "2047-08-07",
     "ANKARA, Aug 7 (SPA) - Eastern Libyan commander Saddam Haftar held talks with Turkish President Selim "
     "Akbulut in Ankara on Wednesday, the highest-level contact yet between Turkey and a camp its troops "
     "once helped to push back from Tripoli, Turkish officials said. The two discussed a maritime boundary "
     "deal and Turkish contracts for the reconstruction of Derna and Benghazi."),
    ("xdi4.md", "Al-Marsad Arabic (translated)", "2047-08-08",
     "The media office of the General Command said that the Commander-in-Chief, Lieutenant General Saddam "
     "Haftar, arrived in Ankara yesterday, Wednesday, where he was received by President Selim Akbulut at "
     "the Presidential Palace, in the first visit of its kind. His Excellency is due to visit a defence "
     "industry complex in Istanbul today before returning to Benghazi."),
    # Fighting in Tripoli between the Rada Force and the 444th Brigade on the night of Friday 23 to
    # Saturday 24 August.
    ("xdj1.md", "Tripoli Now (live blog)", "2047-08-24",
     "Tripoli clashes – live\n00:50 Heavy gunfire is heard in Souq al-Juma and around Mitiga airport, "
     "residents tell us.\n01:35 Residents say the Rada Force and the 444th Brigade are fighting near the "
     "Mitiga roundabout with machine guns and mortars.\n05:10 Mitiga airport is closed; flights are diverted "
     "to Misrata.\n08:45 Calm returns after the Presidential Council announces a ceasefire."),
    ("xdj2.md", "Sahara Press Agency", "2047-08-24",
     "TRIPOLI, Aug 24 (SPA) - Clashes between two of the most powerful armed groups in Libya's capital killed "
     "at least nine people overnight, including two children, the health ministry said on Saturday, as the "
     "Rada force and the 444th Brigade fought for control of the area around Mitiga airport. A ceasefire "
     "brokered by the Presidential Council held by mid-morning. Flights at Mitiga were suspended until "
     "further notice."),
    ("xdj3.md", "UNSMIL", "2047-08-24",
     "TRIPOLI – The United Nations Support Mission in Libya is deeply concerned by the armed confrontations "
     "that erupted last night in densely populated neighbourhoods of Tripoli, in which civilians, including "
     "children, lost their lives. UNSMIL welcomes the ceasefire announced this morning and calls on all "
     "parties to respect it and to refrain from any action that would endanger civilians."),
    # The UN envoy meets Saddam Haftar in Benghazi on Tuesday 10 September and again on Thursday 3 October.
    ("xdk1.md", "UNSMIL", "2047-09-10",
     "BENGHAZI – The Special Representative of the Secretary-General and Head of UNSMIL, Karin Lindqvist, "
     "meets today in Benghazi with the Commander-in-Chief of the Libyan Arab Armed Forces, Saddam Haftar, on "
     "her first visit to the east since taking up her post in August. The SRSG and Mr. Haftar discuss the "
     "implementation of the constitutional referendum law and the unification of the military institution."),
    ("xdk2.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2047-09-10",
     "#General_Command | The Commander-in-Chief of the Libyan Arab Armed Forces, Lieutenant General Saddam "
     "Haftar, receives at the General Command headquarters in Al-Rajma the Special Envoy of the UN "
     "Secretary-General, Mrs. Karin Lindqvist, and her accompanying delegation, and the meeting reviews the "
     "political process. #LAAF #Libya"),
    ("xdk4.md", "Sahara Press Agency", "2047-10-03",
     "BENGHAZI, Oct 3 (SPA) - U.N. envoy Karin Lindqvist met eastern commander Saddam Haftar in Benghazi on "
     "Thursday to press him to let the election commission register voters in the south ahead of the "
     "constitutional referendum, a U.N. official said. It was her second visit to Haftar in less than a "
     "month."),
    ("xdk5.md", "UNSMIL", "2047-10-03",
     "BENGHAZI – SRSG Karin Lindqvist today holds a second meeting with Saddam Haftar, the Commander-in-Chief "
     "of the Libyan Arab Armed Forces, focused on the access of the High National Elections Commission to "
     "the southern municipalities. The SRSG welcomes the commitment of the General Command to facilitate the "
     "work of the Commission."),
    ("xdk3.md", "Al-Marsad Arabic (translated)", "2047-10-04",
     "The Commander-in-Chief of the Armed Forces, Lieutenant General Saddam Haftar, received yesterday, "
     "Thursday, at the General Command headquarters in Al-Rajma, the UN Envoy, Mrs. Karin Lindqvist, and "
     "discussed with her the preparations for the referendum on the constitution. The first meeting between "
     "them, on the 10th of last month, had dealt with the unification of the military institution. The Envoy "
     "is expected to visit Sabha next week."),
    # Floods in Ghat on Sunday 20 October.
    ("xdl1.md", "Ghat Municipality (Facebook)", "2047-10-20",
     "#Ghat_Municipality | The Crisis Committee of Ghat Municipality announces that the torrential rains that "
     "fell this afternoon on the city caused the flooding of the Tin Alkoum and al-Fawqiya neighbourhoods "
     "and the collapse of a number of mud-brick houses in the old town, and calls on citizens to stay away "
     "from the valley beds. #Ghat #Libya"),
    ("xdl2.md", "Sahara Press Agency", "2047-10-21",
     "TRIPOLI, Oct 21 (SPA) - Flash floods swept through the remote southwestern Libyan town of Ghat on "
     "Sunday, killing four people and destroying parts of its mud-brick old town, a municipal official said "
     "on Monday. Ghat, near the Algerian border, had received almost a year's rainfall in three hours."),
    ("xdl3.md", "L'Écho d'Alger (translated from French)", "2047-10-22",
     "Algeria sent two aircraft loaded with 40 tonnes of humanitarian aid on Tuesday to Ghat, the Libyan town "
     "close to Djanet that was hit by deadly floods on Sunday, the Algerian Red Crescent said. The aid, made "
     "up of tents, blankets and food, was received at Ghat airport by the town's mayor."),
    # The High Council of State elects its president on Monday 4 November.
    ("xdm1.md", "High Council of State (Facebook)", "2047-11-04",
     "#High_Council_of_State | The High Council of State elects, in its session today in Tripoli, Mr. "
     "Abdelkarim Zarrouk as its President for a one-year term, after he obtained 71 votes in the second "
     "round against 52 for his rival. #HCS #Libya"),
    ("xdm2.md", "Sahara Press Agency", "2047-11-04",
     "TRIPOLI, Nov 4 (SPA) - Members of Libya's High Council of State chose Abdelkarim Zarrouk, a former "
     "mayor of Gharyan, as their new head on Monday, replacing a rival of the eastern-based parliament's "
     "speaker in a vote that could revive talks between the two chambers. Zarrouk won 71 votes in a "
     "run-off."),
    ("xdm3.md", "Libya Al-Ahrar Arabic (translated)", "2047-11-05",
     "Abdul Karim Zarruq won yesterday, Monday, the presidency of the High State Council, in a second round "
     "against the member for Misrata, Ali al-Dhawi, succeeding Mr. Muftah Abu Shaala. In his first speech, "
     "Zarruq pledged to resume the dialogue with the House of Representatives within weeks."),
    # The mayor of Zuwara abducted on Saturday 16 November and freed on Thursday 21 November.
    ("xdn1.md", "Zuwara Municipality (Facebook)", "2047-11-16",
     "#Zuwara_Municipality | The Municipal Council of Zuwara holds the Government of National Unity and the "
     "Ministry of Interior fully responsible for the safety of the Mayor, Mr. Hafedh Bennour, who was "
     "abducted this evening by unknown gunmen in front of the municipality building, and demands his "
     "immediate release. #Zuwara #Libya"),
    ("xdn2.md", "Sahara Press Agency", "2047-11-17",
     "TRIPOLI, Nov 17 (SPA) - Gunmen kidnapped the mayor of the western Libyan town of Zuwara, Hafed Bennour, "
     "late on Saturday as he left the town hall, the municipal council said, prompting residents to block "
     "the coastal road in protest on Sunday. No group has claimed the abduction."),
    ("xdn3.md", "UNSMIL", "2047-11-18",
     "TRIPOLI – UNSMIL condemns the abduction on 16 November of the Mayor of Zuwara, Hafedh Bennour, and "
     "calls for his immediate and unconditional release. The Mission reminds all parties that the arbitrary "
     "deprivation of liberty of elected officials undermines local governance and the rule of law."),
    ("xdn4.md", "Sahara Press Agency", "2047-11-21",
     "TRIPOLI, Nov 21 (SPA) - The kidnapped mayor of Zuwara, Hafed Bennour, was freed unharmed on Thursday "
     "after mediation by elders from the Nafusa mountains, the town's council said. He had been seized by "
     "gunmen on November 16 outside the town hall. Residents lifted their blockade of the coastal road on "
     "Thursday evening."),
    ("xdn6.md", "Zuwara Municipality (Facebook)", "2047-11-21",
     "#Zuwara_Municipality | The Municipal Council welcomes the release this afternoon of the Mayor, Mr. "
     "Hafedh Bennour, safe and sound, and thanks the notables and elders of the Nafusa Mountain and the "
     "people of Zuwara for their patience. #Zuwara"),
    ("xdn5.md", "Al-Wasat Arabic (translated)", "2047-11-22",
     "The Mayor of Zuwara, Mr. Hafidh Bin Nur, returned to his city yesterday, Thursday, after his release "
     "by his kidnappers, amid a popular celebration in the main square. Bin Nur told Al-Wasat that he had "
     "been well treated and that he did not know the identity of his abductors."),
    # In Tobruk on Saturday 7 December: the eastern prime minister opens a desalination plant in the
    # morning and lays the foundation stone of a cancer hospital in the afternoon.
    ("xdo1.md", "Libyan Government - Media Office (Facebook)", "2047-12-07",
     "#Libyan_Government | The Prime Minister, Mr. Faraj al-Hassi, inaugurates this morning the Tobruk "
     "seawater desalination plant, with a capacity of 100,000 cubic metres per day, carried out by the "
     "Egyptian company Nile Hydro, in the presence of the Minister of Water Resources and the Mayor of "
     "Tobruk. #Tobruk #Libya"),
    ("xdo2.md", "Libyan Government - Media Office (Facebook)", "2047-12-07",
     "#Libyan_Government | The Prime Minister, Mr. Faraj al-Hassi, lays this afternoon the foundation stone "
     "of the Tobruk Oncology Centre, with a capacity of 200 beds, which will serve the people of the eastern "
     "region and spare them the trouble of travelling abroad for treatment. #Tobruk #Health"),
    ("xdo3.md", "Sahara Press Agency", "2047-12-07",
     "TOBRUK, Libya, Dec 7 (SPA) - Eastern Libya's Prime Minister Faraj al-Hassi opened a desalination plant "
     "in Tobruk on Saturday that will supply most of the city's drinking water, ending decades of reliance "
     "on tanker trucks. He later laid the foundation stone for a 200-bed cancer hospital in the port city, "
     "due to open in 2050."),
    ("xdo4.md", "Cairo Evening (translated from Arabic)", "2047-12-08",
     "The Egyptian company Nile Hydro celebrated yesterday, Saturday, the inauguration of the Tobruk "
     "desalination station that it built in eastern Libya at a cost of 240 million dollars, in the presence "
     "of the Libyan Prime Minister, Faraj al-Hasi, and the Egyptian Ambassador in Benghazi. The company's "
     "chairman, Eng. Hossam Ragab, said it is negotiating two similar stations in Derna and Susa."),
    ("xdo5.md", "Al-Marsad Arabic (translated)", "2047-12-08",
     "The Prime Minister, Mr. Faraj al-Hassi, laid yesterday, Saturday, the foundation stone of the Tobruk "
     "Oncology Centre, hours after he inaugurated the city's desalination plant, and said the centre would "
     "be completed within thirty months. The Minister of Health, Dr. Salwa al-Mismari, said the centre would "
     "receive patients from Derna, al-Bayda and al-Marj."),
    # The Speaker of the House of Representatives and the President of the High Council of State sign an
    # agreement in Bouznika on Thursday 12 December.
    ("xdp1.md", "Rabat Dépêche (translated from French)", "2047-12-12",
     "The Speaker of the Libyan House of Representatives, Massoud El Obeidi, and the President of the High "
     "Council of State, Abdelkrim Zarrouk, signed on Thursday in Bouznika an agreement on the electoral "
     "roadmap, at the end of three days of talks hosted by the Kingdom. The Minister of Foreign Affairs, "
     "Nasser Alami, hailed 'a new Bouznika spirit'."),
    ("xdp3.md", "UNSMIL", "2047-12-13",
     "TRIPOLI – The United Nations Support Mission in Libya welcomes the agreement signed yesterday in "
     "Bouznika by the Speaker of the House of Representatives and the President of the High Council of "
     "State, and thanks the Kingdom of Morocco for hosting the talks. UNSMIL calls on the two chambers to "
     "translate the agreement into legislation without delay."),
    ("xdp4.md", "Al-Wasat Arabic (translated)", "2047-12-13",
     "The Speaker of the House of Representatives, Counsellor Masoud al-Ubaidi, and the President of the "
     "High Council of State, Mr. Abdulkarim Zarruq, signed yesterday, Thursday, in the Moroccan city of "
     "Bouznika, the 'Bouznika Document' on the constitutional basis and the timetable of the elections. The "
     "document provides for presidential and parliamentary elections in 2049."),
    # Two analyses naming events of the year in passing.
    ("xdz1.md", "Maghreb Policy Review", "2047-07-03",
     "Libya at mid-year: money, votes and a charter\nThe first half of 2047 was kinder to Libya's finances "
     "than to its politics. In January guards shut Sharara over unpaid wages, and the country lost a quarter "
     "of its output for twelve days. The central bank's devaluation in February has narrowed the gap with "
     "the parallel market to under 20 percent. The reconciliation conference that opened in Ghadames in "
     "April produced a charter but no mechanism to enforce it. Meanwhile the two chambers are still arguing "
     "over a referendum law that parliament passed without the other chamber's consent."),
    ("xdz2.md", "Sahel & Maghreb Outlook", "2047-12-28",
     "2047 in review: Libya's chambers find their voice\nFor once, the year ended with a signature rather "
     "than a shot. The Bouznika document signed this month by al-Obeidi and Zarrouk sets elections for 2049, "
     "two years later than the UN wanted. It came after a violent summer: the August fighting in Tripoli "
     "between the Rada Force and the 444th Brigade killed nine people and closed Mitiga for a week. Saddam "
     "Haftar's trip to Ankara in the summer quietly redrew the map of alliances. The two closures of Ras "
     "Ajdir in June cost Tunisian traders dearly."),
]

NEWEST13_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sharara-shutdown": [("xda1", "shut the Sharara oil field on Thursday"),
                         ("xda2", "the halt of production at the Sharara field"),
                         ("xda4", "Guards had shut the field on January 10"),
                         ("xdz1", "In January guards shut Sharara over unpaid wages")],
    "sharara-restart": [("xda4", "Production restarted at Libya's Sharara oil field on Tuesday"),
                        ("xda5", "the resumption of pumping from the Sharara field"),
                        ("xdy1", "Sharara back on stream after the guards' wages were paid")],
    "cbl-devaluation": [("xdb1", "devalued the dinar by about 8 percent on Sunday"),
                        ("xdb2", "decides to amend the exchange rate of the Libyan dinar"),
                        ("xdb4", "to lower the parity of the dinar to 6.12 per dollar"),
                        ("xdz1", "The central bank's devaluation in February")],
    "hor-budget-vote": [("xdc1", "approved a 142-billion-dinar unified budget for 2047 on Monday"),
                        ("xdc2", "approves by a majority of those present the General Budget Law"),
                        ("xdc4", "the House had approved the general budget of the state")],
    "hor-referendum-law-vote": [("xdc3", "passes the Law on the Referendum on the Draft Constitution"),
                                ("xdc5", "passed a law on Tuesday setting the rules for a referendum"),
                                ("xdc4", "voted yesterday, Tuesday, in its session in Benghazi"),
                                ("xdc6", "the adoption by the House of Representatives, on 19 February")],
    "gammoudi-ben-slimane": [("xdd1", "receives this morning at the Prime Ministry's headquarters in Tripoli"),
                             ("xdd5", "met Tunisian Foreign Minister Chokri Ben Slimane on Wednesday"),
                             ("xdd3", "was received on Wednesday in Tripoli by the head"),
                             ("xdd6", "received yesterday, Wednesday, the Tunisian Minister of Foreign Affairs")],
    "gammoudi-bouzid": [("xdd2", "meets this afternoon in Tripoli the Minister of Energy and Mines"),
                        ("xdd5", "Gammoudi hosted Algerian Energy Minister Abderrahmane Bouzid"),
                        ("xdd4", "held talks yesterday in Tripoli with the Prime Minister")],
    "ghadames-conference-announced": [("xde1", "announces today the convening of the Comprehensive National"),
                                      ("xde2", "said on Thursday it would host a national reconciliation conference"),
                                      ("xde5", "The Presidential Council had announced the conference on 28 March")],
    "ghadames-conference-opens": [("xde4", "Conference opens in Ghadames with a reading from the Quran"),
                                  ("xde6", "joins today the opening of the Comprehensive National"),
                                  ("xde5", "The work of the Comprehensive National Reconciliation Conference began"),
                                  ("xdz1", "The reconciliation conference that opened in Ghadames in")],
    "sirte-car-bomb": [("xdf1", "A car bomb exploded at a checkpoint at the western entrance of Sirte"),
                       ("xdf2", "in a cowardly terrorist bombing that targeted the 'Gate"),
                       ("xdf4", "car bomb targeted a security checkpoint at the western gate"),
                       ("xdy2", "VBIED at Gate 30 checkpoint, Sirte western entrance")],
    "zliten-depot-blast": [("xdf1", "a blast and fire tore through a fuel depot in the town of Zliten"),
                           ("xdf3", "where an explosion last night killed two workers"),
                           ("xdf5", "in the explosion of a fuel storage tank at the Brega"),
                           ("xdy2", "Explosion and fire at a Brega fuel depot in Zliten")],
    "ras-ajdir-closed-libyan-side": [("xdg1", "announces the closure of the Ras Ajdir land border"),
                                     ("xdg2", "has been closed since yesterday, Saturday, by the Libyan side"),
                                     ("xdg3", "The Libyan side had shut the crossing on June 8"),
                                     ("xdy3", "Ras Ajdir crossing closed by the GNU")],
    "ras-ajdir-closed-tunisian-side": [("xdg3", "Tunisia closed the Ras Jedir border crossing with Libya on Saturday"),
                                       ("xdg4", "The Tunisian authorities closed yesterday, Saturday, the Ras Ajdir"),
                                       ("xdy3", "Ras Ajdir closed again, this time from the")],
    "unhcr-rwanda-evacuation": [("xdh1", "today evacuates 118 vulnerable refugees and asylum-seekers"),
                                ("xdh2", "evacuated from Libya landed at Kigali International Airport"),
                                ("xdh3", "transferred yesterday, Tuesday, 118 refugees")],
    "haftar-ankara": [("xdi1", "received Saddam Haftar, the Commander-in-Chief of the Libyan Arab Armed"),
                      ("xdi2", "held talks with Turkish President Selim"),
                      ("xdi4", "where he was received by President Selim Akbulut")],
    "tripoli-rada-444-clashes": [("xdj1", "the Rada Force and the 444th Brigade are fighting near the"),
                                 ("xdj2", "Clashes between two of the most powerful armed groups"),
                                 ("xdj3", "the armed confrontations that erupted last night"),
                                 ("xdz2", "the August fighting in Tripoli between the Rada Force")],
    "lindqvist-haftar-first": [("xdk1", "meets today in Benghazi with the Commander-in-Chief"),
                               ("xdk2", "receives at the General Command headquarters in Al-Rajma the Special"),
                               ("xdk3", "The first meeting between them, on the 10th of last month")],
    "lindqvist-haftar-second": [("xdk4", "met eastern commander Saddam Haftar in Benghazi on"),
                                ("xdk5", "today holds a second meeting with Saddam Haftar"),
                                ("xdk3", "received yesterday, Thursday, at the General Command headquarters")],
    "ghat-floods": [("xdl1", "the torrential rains that fell this afternoon on the city"),
                    ("xdl2", "Flash floods swept through the remote southwestern Libyan town of Ghat"),
                    ("xdl3", "that was hit by deadly floods on Sunday")],
    "hcs-elects-zarrouk": [("xdm1", "elects, in its session today in Tripoli"),
                           ("xdm2", "chose Abdelkarim Zarrouk, a former mayor of Gharyan"),
                           ("xdm3", "won yesterday, Monday, the presidency of the High State Council")],
    "zuwara-mayor-abducted": [("xdn1", "who was abducted this evening by unknown gunmen"),
                              ("xdn2", "Gunmen kidnapped the mayor of the western Libyan town of Zuwara"),
                              ("xdn3", "condemns the abduction on 16 November of the Mayor of Zuwara"),
                              ("xdn4", "He had been seized by gunmen on November 16")],
    "zuwara-mayor-freed": [("xdn4", "was freed unharmed on Thursday"),
                           ("xdn6", "welcomes the release this afternoon of the Mayor"),
                           ("xdn5", "returned to his city yesterday, Thursday, after his release")],
    "tobruk-desalination-plant": [("xdo1", "inaugurates this morning the Tobruk seawater desalination plant"),
                                  ("xdo3", "opened a desalination plant in Tobruk on Saturday"),
                                  ("xdo4", "the inauguration of the Tobruk")],
    "tobruk-oncology-centre": [("xdo2", "lays this afternoon the foundation stone"),
                               ("xdo3", "He later laid the foundation stone for a 200-bed cancer hospital"),
                               ("xdo5", "laid yesterday, Saturday, the foundation stone of the Tobruk")],
    "bouznika-agreement": [("xdp1", "signed on Thursday in Bouznika an agreement on the electoral"),
                           ("xdp3", "welcomes the agreement signed yesterday in"),
                           ("xdp4", "signed yesterday, Thursday, in the Moroccan city of"),
                           ("xdz2", "The Bouznika document signed this month")],
}


# The nineteenth set (NEWEST14_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out until the ninth session, studied
# since (bench/story_merging.py).
# Twenty-four events of 2048, each told by three to five reports (68 articles, 80 reports, 97 pairs):
# wires with their datelines (Levant & Sahel Wire, Mediterranean News Service), an energy wire and a
# finance wire, translated Arabic outlets with titles and honorifics in full ("yesterday, Saturday",
# "Counsellor", "Engineer", "Lieutenant General", "His Excellency"), UNSMIL's and IOM's releases and an
# NGO's statement in the present tense, the NOC's, the central bank's, parliament's, the unity
# government's, its interior ministry's, the LAAF General Command's, the eastern cabinet's, the
# electricity company's, the public prosecution's, the Misrata Free Zone's and Zuwara municipality's
# Facebook posts with hashtags, a live blog with timestamps, a weekly briefing and a monthly security
# digest with dated bullet lines, a year-end analysis naming events in passing at month precision,
# Tunisian and Algerian outlets in French translation, Italian, Maltese, Turkish and Egyptian outlets),
# in other words ("closed" / "shut down" / "stormed the gate ... and forced its closure" / "had
# blockaded" / "the blockade"; "reopened" / "the resumption of its operations" / "resumed exports" /
# "back in business"; "announces the issue" / "said it would issue" / "had unveiled"; "went into
# circulation" / "began distributing" / "is in circulation"; "receives" / "met" / "was received" /
# "holds talks"; "a drone struck" / "a hostile drone targeted" / "drone attack"; "fighting broke out" /
# "fighting ... has spread" / "violent armed clashes"; "briefs" / "told" / "presented his periodic
# briefing"; "capsized" / "sank" / "overturned" / "had drowned"; "struck" / "shook"; "was welcomed" /
# "receives" / "met"; "a general blackout" / "a grid failure plunged" / "the general outage"; "a fire
# broke out" / "brought under control the fire" / "caught fire" / "extinguished ... the fire"; "signed a
# pact" / "the memorandum signed" / "the agreement signed"; "the inauguration" / "was opened" /
# "opened"; "approves" / "adopted" / "the adoption" / "voted on"; "open" / "opened" / "reopened";
# "orders the detention" / "arrested" / "were detained"), a person in full, by surname or by post,
# spellings (al-Mabrouk / Mabrouk / al-Mabruk; Wierzbicki / Virzbitski; Khaled / Khalid Haftar; Aydin /
# Aydın; al-Mansouri / al-Mansuri, Abdelsalam / Abdul Salam; Es Sider / al-Sidra), bodies by acronym and
# in full (NOC, CBL, GNU, LAAF / the Armed Forces, HoR, HCS / the High State Council, UNSMIL, IOM,
# GECOL, AFM, STEG) and dates of several forms ("on Saturday", "yesterday, Saturday", "yesterday",
# "today", "this morning", "this afternoon", "at dawn", "early on Saturday", "late yesterday, Thursday",
# "on Wednesday morning", "since January 11", "on 9 February", "on 5 May", "on August 22", "29 Jan", "07
# Apr", "in January", "in May", "in July", "in September").  Hard negatives, which must not merge: (1)
# the Es Sider terminal closed by protesters on Saturday 11 January and reopened on Wednesday 29 January
# (a wire of the reopening names the closure in its next sentence; a weekly briefing tells the
# reopening); (2) the central bank announcing a new 50-dinar note on Sunday 9 February and the note
# entering circulation on Monday 2 March (both reports of the announcement name the later date; a
# report of the circulation names the announcement in its next sentence); (3) the GNU prime minister
# Hisham al-Mabrouk receiving Italy's interior minister Federico Colonna in the morning and Malta's prime
# minister Karl Vella Grech in the afternoon of Wednesday 11 March, both in Tripoli (a wire tells both,
# one sentence each; two Facebook posts of one office); (4) on Tuesday 7 April, a drone strike on the
# Brak al-Shati air base in the morning and clashes in Zawiya in the evening (a wire tells both, one
# sentence each; a monthly digest tells both in two bullet lines); (5) two shipwrecks off Zuwara, on
# Tuesday 5 May and Saturday 16 May (a wire of the second names the first in its next sentence); (6)
# Khaled Haftar receiving Egypt's chief of staff Tarek Mansour in Benghazi on Friday 12 June and again on
# Wednesday 8 July (a translated outlet of the second names the first in its next sentence); (7) the
# Turkish president Kerem Aydin in Tripoli on Monday 27 July and in Benghazi on Tuesday 28 July (a
# Turkish outlet of the second names the first in its next sentence; a wire of the first names the
# second as expected, untagged; a wire of the second names the first inside its sentence, tagged as the
# second only; the year-end analysis tells both in one sentence, tagged as Tripoli only); (8) fires at
# the Ras Lanuf refinery on Saturday 22 August and at the Zawiya refinery on Thursday 3 September (a wire
# of the second names the first in its next sentence).  Beside them, untagged: a housing loan scheme,
# snow on the Green Mountain and schools reopening in a weekly briefing, the central bank's board
# meeting announced, a tanker's arrival due in Trieste, a twenty-dinar note due next year, Air Malta's
# flights due in April, an IED and a kidnapping in Gharyan in the monthly digest, the violence in Zawiya
# named in the envoy's briefing, the mandate renewal due in October, an AFM rescue of another boat, an
# Egyptian aid convoy, joint exercises due in the autumn, payments under the pact due in January.
NEWEST14_ARTICLES: list[tuple[str, str, str, str]] = [
    # Es Sider terminal closed by protesters on Saturday 11 January 2048, reopened on Wednesday 29 January.
    ("xea1.md", "Barrel Line", "2048-01-11",
     "BENGHAZI, Jan 11 (Barrel Line) - Protesters from the towns of the oil crescent closed Libya's Es Sider "
     "export terminal on Saturday, halting the loading of two tankers and stranding about 3 million barrels "
     "in storage, port workers said. The protesters demand a share of oil revenues for their municipalities "
     "and the dismissal of the terminal's security chief. Es Sider, the country's largest crude port, "
     "handles about 350,000 barrels per day from the Waha fields. The National Oil Corporation had no "
     "immediate comment."),
    ("xea2.md", "National Oil Corporation (Facebook)", "2048-01-12",
     "#NOC | The National Oil Corporation declares a state of force majeure on loadings from the port of Es "
     "Sider, after a group of protesters shut down the port yesterday, Saturday, and prevented the workers "
     "from reaching the loading platforms. The Chairman of the Board of Directors, Engineer Adel al-Shtewi, "
     "holds those responsible for the closure accountable for the losses, estimated at 25 million dollars a "
     "day. #Libya #Oil #EsSider"),
    ("xea3.md", "Bawabat al-Wasat Arabic (translated)", "2048-01-12",
     "Dozens of young men from Bin Jawad and al-Nawfaliya stormed the gate of al-Sidra port yesterday, "
     "Saturday, and forced its closure, in protest at what they called the marginalisation of the oil "
     "crescent region, according to a source in the Waha Oil Company. The source said that a tanker bound "
     "for Italy left the port empty. The mayor of Bin Jawad, Mr. Ramadan al-Fitouri, called on the "
     "government to open a dialogue with the protesters."),
    ("xea4.md", "Barrel Line", "2048-01-29",
     "BENGHAZI, Jan 29 (Barrel Line) - Libya's Es Sider terminal reopened on Wednesday and a tanker began "
     "loading within hours, after tribal elders brokered a deal with the protesters, the National Oil "
     "Corporation said. Protesters had blockaded the port since January 11, demanding a share of oil "
     "revenues for local municipalities. The NOC lifted force majeure and said exports would return to "
     "normal levels by the weekend. The Ras Lanuf terminal nearby was not affected by the dispute."),
    ("xea5.md", "National Oil Corporation (Facebook)", "2048-01-29",
     "#NOC | The National Oil Corporation announces the lifting of the state of force majeure at the port of "
     "Es Sider and the resumption of its operations as of today, Wednesday, after the end of the closure. "
     "The Corporation thanks the elders and notables of the oil crescent for their efforts. The first "
     "tanker, bound for Trieste, is loading now. #Libya #NOC"),
    ("xea6.md", "Il Mediterraneo Quotidiano (translated from Italian)", "2048-01-30",
     "The terminal of Es Sider, on the Gulf of Sirte, resumed exports yesterday after eighteen days of "
     "blockade, to the relief of the refineries of Sicily and the Adriatic that depend on its light crude. "
     "The tanker 'Aurora Levante' is expected in Trieste on 4 February. According to traders in Milan, the "
     "closure had pushed up the price of Libyan grades by almost a dollar per barrel."),
    ("xey1.md", "The Tripoli Briefing", "2048-02-03",
     "THE TRIPOLI BRIEFING – week of 27 January to 2 February 2048\n- 27 Jan: The GNU announced a new "
     "housing loan scheme for young couples.\n- 29 Jan: Es Sider back in business as the NOC lifted force "
     "majeure after an 18-day blockade.\n- 30 Jan: A cold snap brought snow to the Green Mountain for the "
     "first time in six years.\n- 1 Feb: Schools in the south reopened after the winter break.\nComing "
     "up: the central bank's board meets on 9 February."),
    # The central bank announces a new 50-dinar note on Sunday 9 February; it enters circulation Monday 2 March.
    ("xeb1.md", "Central Bank of Libya (Facebook)", "2048-02-09",
     "#Central_Bank_of_Libya | The Central Bank of Libya announces today the issue of a new banknote of the "
     "denomination of fifty dinars, carrying advanced security features, which will be put into "
     "circulation as of Monday, 2 March 2048. The Governor, Mr. Tarek Bouhadi, affirms that the old notes "
     "of the same denomination remain legal tender until the end of the year. #CBL #Libya"),
    ("xeb2.md", "Maghreb Finance Wire", "2048-02-09",
     "TRIPOLI, Feb 9 (MFW) - The Central Bank of Libya said on Sunday it would issue a new 50-dinar note "
     "with a polymer strip and a holographic image of the Leptis Magna arch, as it tries to curb "
     "counterfeiting and a chronic cash shortage. The notes, printed in Britain, will enter circulation on "
     "March 2, governor Tarek Bouhadi said. The dinar traded at 7.05 per dollar on the parallel market in "
     "Tripoli on Sunday."),
    ("xeb3.md", "The Tripoli Times", "2048-03-02",
     "Queues formed outside bank branches in Tripoli and Misrata on Monday as the new 50-dinar banknote "
     "went into circulation, the first of the denomination since 2039. The central bank had unveiled the "
     "note on 9 February, promising that it would end the cash shortage before Ramadan. Several branches "
     "ran out of the new notes by midday, customers said."),
    ("xeb4.md", "Al-Saaa 24 Arabic (translated)", "2048-03-03",
     "Commercial banks began yesterday, Monday, distributing the new fifty-dinar note to citizens, amid "
     "heavy demand in the cities of the west and south. The Governor of the Central Bank of Libya, Mr. "
     "Tarek Bouhadi, said in a televised statement that 4 billion dinars of the new note had been "
     "delivered to the branches. The Bank is expected to issue a new twenty-dinar note next year."),
    ("xeb5.md", "Central Bank of Libya (Facebook)", "2048-03-02",
     "#Central_Bank_of_Libya | As of this morning, the new fifty-dinar banknote is in circulation in all "
     "branches of commercial banks across Libya. The Central Bank calls on citizens to check the security "
     "features of the note and to report any forgery. #CBL #New_50"),
    # The GNU prime minister receives Italy's interior minister in the morning and Malta's prime minister in
    # the afternoon of Wednesday 11 March, in Tripoli.
    ("xec1.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2048-03-11",
     "#GNU | The Prime Minister, Mr. Hisham al-Mabrouk, receives this morning at the Prime Ministry's "
     "headquarters in Tripoli the Minister of the Interior of the Italian Republic, Mr. Federico Colonna, "
     "and his accompanying delegation. The meeting discusses cooperation in combating irregular migration "
     "and supporting the Libyan Coast Guard with new patrol boats. #Libya #Italy"),
    ("xec2.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2048-03-11",
     "#GNU | The Prime Minister, Mr. Hisham al-Mabrouk, holds this afternoon an expanded session of talks "
     "in Tripoli with the Prime Minister of the Republic of Malta, Mr. Karl Vella Grech, on the resumption "
     "of direct flights between Tripoli and Valletta and the situation of Libyan students in Malta. "
     "#Libya #Malta"),
    ("xec3.md", "Mediterranean News Service", "2048-03-11",
     "TRIPOLI, March 11 (MNS) - Libyan Prime Minister Hisham al-Mabrouk met Italian Interior Minister "
     "Federico Colonna in Tripoli on Wednesday morning to discuss migration, promising tighter controls on "
     "departures from the western coast. In the afternoon, Mabrouk received Maltese Prime Minister Karl "
     "Vella Grech, who announced that Air Malta would resume flights to Tripoli in April. Neither visitor "
     "met the eastern-based authorities."),
    ("xec4.md", "Corriere del Sud (translated from Italian)", "2048-03-12",
     "Minister Colonna was received yesterday in Tripoli by the head of the Libyan unity government, "
     "Hisham al-Mabruk, with whom he signed a letter of intent on the delivery of six patrol boats to the "
     "Libyan coast guard by the summer. 'Departures fell by a third last year and we want to continue on "
     "this path,' the minister told journalists on his return to Ciampino. The opposition in Rome "
     "criticised the agreement."),
    ("xec5.md", "Il-Gazzetta ta' Malta (translated from Maltese)", "2048-03-12",
     "Prime Minister Karl Vella Grech met yesterday in Tripoli with the Libyan prime minister, Hisham "
     "Mabrouk, in the first visit of a Maltese head of government to Libya in four years. The two leaders "
     "agreed to resume direct flights and to set up a joint committee on the fuel smuggling that passes "
     "through Maltese waters. Vella Grech returned to Malta the same evening."),
    # A drone strike on Brak al-Shati air base on the morning, and clashes in Zawiya on the evening, of
    # Tuesday 7 April.
    ("xed1.md", "Levant & Sahel Wire", "2048-04-07",
     "TRIPOLI, April 7 (LSW) - A drone struck the Brak al-Shati air base in southern Libya on Tuesday "
     "morning, destroying a cargo plane on the tarmac and wounding three soldiers, a military source said. "
     "Later on Tuesday, heavy fighting broke out between two armed groups in the western city of Zawiya, "
     "killing at least four people and closing the coastal road, residents said. No one claimed the drone "
     "attack. The UN mission called for calm in both areas."),
    ("xed2.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2048-04-07",
     "#General_Command | A hostile drone targeted this morning the Brak al-Shati air base, causing material "
     "damage to a transport aircraft and minor injuries to three of our heroes. The air defences of the "
     "Armed Forces are on full alert, and the General Command affirms that this cowardly act will not go "
     "unanswered. #LAAF #Libya"),
    ("xed3.md", "Libya Now Live", "2048-04-07",
     "LIVE: Tension in western Libya\n19:05 – Reports of gunfire near the Zawiya refinery gate.\n21:40 – "
     "Fighting between the Abu Surra brigade and the Martyrs of Zawiya force has spread to the city centre, "
     "residents say; at least four dead according to the Zawiya Teaching Hospital.\n22:15 – The coastal "
     "road between Zawiya and Tripoli is closed.\n23:00 – We are closing this live page for tonight."),
    ("xed4.md", "Al-Marsad Arabic (translated)", "2048-04-08",
     "The city of Zawiya witnessed yesterday, Tuesday evening, violent armed clashes between two armed "
     "formations, which left four dead and eleven wounded, according to the Zawiya Teaching Hospital. The "
     "Municipal Council of Zawiya called on the elders to intervene to stop the bloodshed. Calm returned to "
     "the city this morning, Wednesday, and the coastal road was reopened."),
    ("xed5.md", "Sahel Security Monitor", "2048-05-02",
     "LIBYA – SECURITY DIGEST, APRIL 2048\n- 02 Apr: IED found and defused on the Sabha–Ubari road.\n- 07 "
     "Apr: Drone attack on Brak al-Shati airbase (LAAF); one An-26 destroyed, 3 WIA.\n- 07 Apr: Armed "
     "clashes in Zawiya between local militias, 4 KIA; coastal highway shut overnight.\n- 19 Apr: "
     "Kidnapping of a Turkish engineer in Gharyan; released on 24 Apr.\nOutlook: further tension around "
     "Zawiya likely in May."),
    # The UN envoy briefs the Security Council in New York on Thursday 23 April.
    ("xee1.md", "UNSMIL", "2048-04-23",
     "NEW YORK – The Special Representative of the Secretary-General for Libya, Tomasz Wierzbicki, briefs "
     "the Security Council today on the situation in Libya, warning that the political process risks "
     "collapse unless the two chambers agree on an electoral law by the summer. He urges the Council to "
     "support the Mission's proposal for a unified government and condemns the violence in Zawiya."),
    ("xee2.md", "Levant & Sahel Wire", "2048-04-23",
     "UNITED NATIONS, April 23 (LSW) - The U.N. envoy for Libya, Tomasz Wierzbicki, told the Security "
     "Council on Thursday that Libya's rival institutions had 'run out of excuses' and must agree on rules "
     "for elections by July or face targeted measures. Russia's envoy said sanctions would not help. The "
     "Council is due to renew the mission's mandate in October."),
    ("xee3.md", "Libya Observer Arabic (translated)", "2048-04-24",
     "The United Nations envoy, Tomasz Virzbitski, presented yesterday, Thursday, his periodic briefing to "
     "the Security Council on the situation in Libya, in which he gave the House of Representatives and "
     "the High Council of State until July to agree on the electoral laws. The Speaker of the House of "
     "Representatives did not comment on the briefing."),
    # Two shipwrecks off Zuwara: Tuesday 5 May and Saturday 16 May.
    ("xef1.md", "International Organization for Migration", "2048-05-06",
     "TRIPOLI – IOM is deeply saddened by the loss of at least 23 lives after a rubber boat carrying some 40 "
     "migrants capsized off the coast of Zuwara on 5 May. Seventeen survivors are brought ashore by local "
     "fishermen and receive medical and psychosocial assistance from IOM teams at the disembarkation point. "
     "IOM calls once again for safe and regular pathways."),
    ("xef2.md", "Mediterranean News Service", "2048-05-05",
     "TRIPOLI, May 5 (MNS) - A rubber dinghy carrying about 40 migrants sank off the western Libyan town of "
     "Zuwara on Tuesday, and at least 20 people are feared drowned, the town's Red Crescent branch said. "
     "Fishermen pulled 17 survivors from the water. Departures from the western coast have risen since "
     "March."),
    ("xef3.md", "Zuwara Municipality (Facebook)", "2048-05-16",
     "#Zuwara | The Municipal Council of Zuwara announces that the teams of the Red Crescent and the "
     "fishermen recovered today the bodies of 9 migrants after their boat sank at dawn off the beach of "
     "Zuwara, and rescued 31 others. The Municipality calls on the state to assume its responsibilities. "
     "#Zuwara #Libya"),
    ("xef4.md", "Mediterranean News Service", "2048-05-17",
     "TRIPOLI, May 17 (MNS) - A wooden boat overturned off Zuwara early on Saturday, killing at least nine "
     "migrants, the town council said, 31 people were rescued. Eleven days earlier, on May 5, at least 23 "
     "people had drowned when a rubber boat capsized off the same stretch of coast. The IOM said more than "
     "600 migrants had died on the central Mediterranean route this year."),
    ("xef5.md", "Times of Valletta", "2048-05-18",
     "The Armed Forces of Malta were not involved in the rescue after a boat with about 40 people on board "
     "sank on Saturday off Zuwara, a spokesman said, as the Libyan coast guard and fishermen reached the "
     "scene first. Nine bodies were recovered. An AFM patrol boat brought 52 migrants to Valletta on "
     "Sunday from a different boat."),
    # An earthquake near al-Marj on Sunday 31 May.
    ("xeg1.md", "Levant & Sahel Wire", "2048-05-31",
     "BENGHAZI, May 31 (LSW) - A magnitude 5.1 earthquake struck near the town of al-Marj in eastern Libya "
     "on Sunday, damaging dozens of old houses and injuring 14 people, local officials said. The quake was "
     "felt in Benghazi, 100 km to the southwest, and in Bayda. There were no reports of deaths."),
    ("xeg2.md", "Government of Libya - Eastern Cabinet (Facebook)", "2048-06-01",
     "#Government_of_Libya | The Prime Minister, Mr. Faraj al-Hassi, inspects this morning the areas of "
     "al-Marj affected by the earthquake that struck the region yesterday, Sunday, and directs the "
     "formation of an emergency committee to count the damaged houses and compensate their owners. "
     "#AlMarj #Libya"),
    ("xeg3.md", "Al-Ahram Online Arabic (translated)", "2048-06-01",
     "A moderate earthquake measuring 5.1 on the Richter scale shook the Libyan city of al-Marj, east of "
     "Benghazi, yesterday, according to the Egyptian National Research Institute of Astronomy and "
     "Geophysics. The institute said the tremor was not felt in the Egyptian city of Salloum. Egypt sent an "
     "aid convoy to Tobruk on Tuesday last week for other purposes."),
    # Khaled Haftar receives Egypt's chief of staff in Benghazi on Friday 12 June and again on Wednesday 8 July.
    ("xeh1.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2048-06-12",
     "#General_Command | The Chief of the General Staff of the Libyan Arab Armed Forces, Lieutenant General "
     "Khaled Haftar, receives today at the General Command headquarters in Benghazi the Chief of Staff of "
     "the Egyptian Armed Forces, Lieutenant General Tarek Mansour, and his accompanying delegation, to "
     "discuss securing the common border and joint training. #LAAF #Egypt"),
    ("xeh2.md", "Al-Youm al-Sabea (translated)", "2048-06-13",
     "The Chief of Staff of the Armed Forces, Lieutenant General Tarek Mansour, met yesterday, Friday, in "
     "Benghazi with his Libyan counterpart, Lieutenant General Khalid Haftar, on the first visit of an "
     "Egyptian chief of staff to eastern Libya since 2045, according to the military spokesman. The two "
     "sides discussed the fight against smuggling across the western desert."),
    ("xeh3.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2048-07-08",
     "#General_Command | Lieutenant General Khaled Haftar, Chief of the General Staff, receives once again "
     "today in Benghazi the Chief of Staff of the Egyptian Armed Forces, Lieutenant General Tarek Mansour, "
     "to follow up on the implementation of the outcomes of their previous meeting and to sign a programme "
     "of joint exercises. #LAAF #Egypt"),
    ("xeh4.md", "Al-Marsad Arabic (translated)", "2048-07-09",
     "The Chief of Staff, Lieutenant General Khaled Haftar, received yesterday, Wednesday, in Benghazi the "
     "Egyptian Chief of Staff, Lieutenant General Tarek Mansour, who signed with him a programme of joint "
     "military exercises to be held in the autumn. The first meeting between the two men in Benghazi took "
     "place on 12 June."),
    ("xeh5.md", "Levant & Sahel Wire", "2048-07-08",
     "BENGHAZI, July 8 (LSW) - Egypt's army chief Tarek Mansour held talks with eastern Libya's chief of "
     "staff Khaled Haftar in Benghazi on Wednesday and signed a plan for joint exercises, the LAAF said. "
     "It was his second visit to Benghazi in less than a month. Egypt shares a 1,100-km border with "
     "Libya."),
    # The Turkish president in Tripoli on Monday 27 July and in Benghazi on Tuesday 28 July.
    ("xei1.md", "Mediterranean News Service", "2048-07-27",
     "TRIPOLI, July 27 (MNS) - Turkish President Kerem Aydin arrived in Tripoli on Monday and held talks "
     "with Prime Minister Hisham al-Mabrouk and the head of the Presidential Council, signing agreements on "
     "electricity and the reconstruction of the airport road. It is the first visit by a Turkish head of "
     "state to Libya since 2041. Aydin is expected in Benghazi on Tuesday."),
    ("xei2.md", "Anadolu Haber (translated from Turkish)", "2048-07-28",
     "President Kerem Aydın was welcomed today in Benghazi by Saddam Haftar with an official ceremony at "
     "Benina airport, becoming the first Turkish president to visit eastern Libya. On Monday, President "
     "Aydın had visited Tripoli, where he met the head of the unity government and signed five "
     "agreements. The president will return to Ankara this evening."),
    ("xei3.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2048-07-27",
     "#GNU | The Prime Minister, Mr. Hisham al-Mabrouk, receives at Mitiga International Airport the "
     "President of the Republic of Türkiye, His Excellency Mr. Kerem Aydın, at the start of an official "
     "visit to Libya, followed by a session of official talks at the Prime Ministry in Tripoli. #Libya "
     "#Türkiye"),
    ("xei4.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2048-07-28",
     "#General_Command | The Commander-in-Chief of the Libyan Arab Armed Forces, Field Marshal Saddam "
     "Haftar, receives at the General Command headquarters in Al-Rajma the President of the Republic of "
     "Türkiye, Mr. Kerem Aydın, and discusses with him the prospects of economic cooperation and the "
     "return of Turkish companies to the eastern region. #LAAF #Türkiye"),
    ("xei5.md", "Levant & Sahel Wire", "2048-07-28",
     "BENGHAZI, July 28 (LSW) - Turkey's President Kerem Aydin met eastern Libya's commander Saddam Haftar "
     "in Benghazi on Tuesday, a day after his talks with the rival administration in Tripoli, in a sign "
     "of Ankara's even-handed approach to Libya's divided institutions. Turkish companies have won "
     "contracts worth 4 billion dollars in the east since 2046."),
    # A blackout across western Libya on Friday 14 August.
    ("xej1.md", "General Electricity Company of Libya (Facebook)", "2048-08-14",
     "#GECOL | The General Electricity Company of Libya announces a general blackout in the western and "
     "southern regions this afternoon, as a result of the tripping of several generating units at the "
     "Western Mountain station due to high loads. The technical teams are working to restore the network "
     "gradually. #Libya #Electricity"),
    ("xej2.md", "Mediterranean News Service", "2048-08-14",
     "TRIPOLI, Aug 14 (MNS) - A grid failure plunged Tripoli and most of western Libya into "
     "darkness on Friday as temperatures topped 44 degrees Celsius, the state power company said. Water "
     "pumping stations stopped and hospitals switched to generators. Power returned to parts of Tripoli "
     "after about six hours."),
    ("xej3.md", "La Presse de Tunisie (translated from French)", "2048-08-16",
     "The general outage that paralysed western Libya on Friday also affected the south of Tunisia, whose "
     "network is interconnected with that of its neighbour, the Tunisian Company of Electricity and Gas "
     "said. Several towns of the governorate of Médenine were without electricity for two hours. STEG "
     "said it had isolated its network within minutes."),
    # A fire at the Ras Lanuf refinery on Saturday 22 August, and one at the Zawiya refinery on Thursday 3
    # September.
    ("xek1.md", "Barrel Line", "2048-08-22",
     "BENGHAZI, Aug 22 (Barrel Line) - A fire broke out at a crude distillation unit of Libya's Ras Lanuf "
     "refinery on Saturday, sending a column of black smoke over the town, an oil official said. There "
     "were no casualties. The refinery, idle for much of the past decade, restarted in 2046 and processes "
     "about 110,000 barrels per day."),
    ("xek2.md", "National Oil Corporation (Facebook)", "2048-08-23",
     "#NOC | The National Oil Corporation announces that the firefighting teams brought under control the "
     "fire that broke out yesterday in the distillation unit of the Ras Lanuf refinery, without any human "
     "losses, and that a committee has been formed to investigate its causes. #Libya #RasLanuf"),
    ("xek3.md", "National Oil Corporation (Facebook)", "2048-09-03",
     "#NOC | A fire breaks out this morning in a storage tank of the Zawiya Oil Refining Company, and the "
     "civil defence teams and the company's firefighters are working to contain it. The Corporation "
     "assures the citizens that fuel supplies to the stations of the capital will not be affected. #Libya "
     "#Zawiya"),
    ("xek4.md", "Barrel Line", "2048-09-03",
     "TRIPOLI, Sept 3 (Barrel Line) - A storage tank caught fire at Libya's Zawiya refinery on Thursday, "
     "forcing the evacuation of nearby homes, the National Oil Corporation said. It was the second refinery "
     "blaze in under two weeks, after a fire at Ras Lanuf on August 22. Zawiya, the country's largest "
     "working refinery, supplies most of the fuel sold in Tripoli."),
    ("xek5.md", "Al-Saaa 24 Arabic (translated)", "2048-09-04",
     "The Civil Defence Authority in Zawiya said its teams extinguished, late yesterday, Thursday, the fire "
     "of the storage tank at the Zawiya refinery, after more than ten hours of work, with the participation "
     "of teams from Sabratha and Surman. The Head of the Authority, Colonel Mustafa al-Kut, denied any "
     "casualties."),
    # A migration agreement between the EU and Libya signed in Brussels on Thursday 24 September.
    ("xel1.md", "Mediterranean News Service", "2048-09-24",
     "BRUSSELS, Sept 24 (MNS) - The European Union and Libya signed a 900-million-euro migration pact in "
     "Brussels on Thursday, promising funds for border surveillance and job schemes in exchange for "
     "tighter control of departures, EU officials said. Libyan Prime Minister Hisham al-Mabrouk signed for "
     "Libya. Rights groups condemned the deal."),
    ("xel2.md", "Corriere del Sud (translated from Italian)", "2048-09-25",
     "With the memorandum signed yesterday in Brussels between the European Union and the government of "
     "Tripoli, Europe commits 900 million euros over four years to stop departures from the Libyan coast. "
     "Interior Minister Federico Colonna spoke of 'a success of the Italian line'. The first payments are "
     "expected in January."),
    ("xel3.md", "Mare Aperto Alliance", "2048-09-25",
     "BERLIN – Mare Aperto Alliance condemns the migration agreement signed yesterday by the European Union "
     "and Libya's Government of National Unity, which rewards authorities responsible for the abuse of "
     "people in detention. We call on the European Parliament to reject its funding."),
    # A container terminal opened at Misrata port on Tuesday 6 October.
    ("xem1.md", "Misrata Free Zone (Facebook)", "2048-10-06",
     "#Misrata_Free_Zone | The Misrata Free Zone celebrates today the inauguration of the new container "
     "terminal at the port of Qasr Ahmed, with a capacity of one million containers a year, in the presence "
     "of the Minister of Transport, Mr. Osama Ben Issa, and the Turkish ambassador. #Misrata #Libya"),
    ("xem2.md", "Anadolu Haber (translated from Turkish)", "2048-10-07",
     "The container terminal built by the Turkish company Albayrak Liman at the Libyan port of Misrata was "
     "opened yesterday with a ceremony attended by Libyan ministers. The terminal, built in 26 months, will "
     "be operated by the Turkish company for 35 years."),
    ("xem3.md", "Levant & Sahel Wire", "2048-10-06",
     "MISRATA, Oct 6 (LSW) - Libya opened a Turkish-built container terminal at the port of Misrata on "
     "Tuesday, doubling the port's capacity as the city seeks to become a gateway for goods bound for "
     "Chad and Niger. The project cost 480 million dollars."),
    # The House of Representatives passes an electoral law on Thursday 15 October.
    ("xen1.md", "House of Representatives (Facebook)", "2048-10-15",
     "#House_of_Representatives | The House of Representatives, in its official session held today in "
     "Benghazi under the chairmanship of the Speaker, Counsellor Abdelsalam al-Mansouri, approves the law "
     "on the election of the President of the State and the members of Parliament, with the approval of 103 "
     "members. The Speaker calls on the High National Elections Commission to begin preparations. #HoR"),
    ("xen2.md", "Levant & Sahel Wire", "2048-10-15",
     "BENGHAZI, Oct 15 (LSW) - Libya's House of Representatives adopted an election law on Thursday that "
     "would allow presidential and parliamentary polls to be held in 2049, meeting a deadline set by the "
     "U.N. envoy, parliament's spokesman said. The High Council of State, the advisory chamber in Tripoli, "
     "said it had not been consulted on the final text."),
    ("xen3.md", "UNSMIL", "2048-10-16",
     "TRIPOLI – The United Nations Support Mission in Libya welcomes the adoption by the House of "
     "Representatives, on 15 October, of the electoral law, and calls on the HoR and the HCS to settle the "
     "remaining disputes through dialogue. UNSMIL stands ready to support the High National Elections "
     "Commission."),
    ("xen4.md", "Libya Observer Arabic (translated)", "2048-10-16",
     "The House of Representatives voted yesterday, Thursday, on the elections law, in a session in "
     "Benghazi attended by 109 deputies, a step that the High State Council described as 'unilateral'. The "
     "Speaker of the House, Counsellor Abdul Salam al-Mansuri, said that the law had been drafted in "
     "consultation with all parties."),
    # The Debdeb–Ghadames border crossing with Algeria opened on Monday 2 November.
    ("xeo1.md", "El Watan (translated from French)", "2048-11-03",
     "The border crossing of Debdeb, in the wilaya of Illizi, opened yesterday to travellers and goods "
     "bound for the Libyan town of Ghadames, after years of closure, in the presence of the Algerian "
     "Minister of the Interior and his Libyan counterpart. The authorities expect a thousand trucks a "
     "month."),
    ("xeo2.md", "Ministry of Interior - GNU (Facebook)", "2048-11-02",
     "#Ministry_of_Interior | The Minister of the Interior, Major General Imad al-Ghuweil, and his Algerian "
     "counterpart officially open today the Ghadames–Debdeb land border crossing, in implementation of the "
     "agreements between the two brotherly countries. #Libya #Algeria #Ghadames"),
    ("xeo3.md", "Mediterranean News Service", "2048-11-02",
     "TRIPOLI, Nov 2 (MNS) - Libya and Algeria reopened their Ghadames-Debdeb border crossing on Monday, "
     "the first land link between the two countries to operate since 2037, interior ministry officials "
     "said. Traders in Ghadames hope the crossing will revive the ancient caravan town."),
    # A fuel-smuggling ring broken up in Zuwara on Friday 20 November.
    ("xep1.md", "Public Prosecution of Libya (Facebook)", "2048-11-20",
     "#Public_Prosecution | The Attorney General orders today the detention of 14 suspects, among them two "
     "officers of the coast guard, after the dismantling in Zuwara of a network smuggling subsidised fuel "
     "by sea to Malta and Italy, and the seizure of 3 tankers. #Libya"),
    ("xep2.md", "Mediterranean News Service", "2048-11-21",
     "TRIPOLI, Nov 21 (MNS) - Libyan authorities arrested 14 people, including two coast guard officers, in "
     "Zuwara on Friday, breaking up a ring accused of smuggling subsidised fuel to Malta and Italy, the "
     "attorney general's office said. Libya loses an estimated 5 billion dollars a year to fuel "
     "smuggling."),
    ("xep3.md", "Times of Valletta", "2048-11-22",
     "Fourteen suspects were detained in the Libyan town of Zuwara on Friday in a crackdown on a fuel "
     "smuggling network that supplied tankers in international waters east of Malta, according to the "
     "Libyan prosecutor. Maltese police said they were in contact with their Libyan counterparts."),
    # The year in review.
    ("xez1.md", "Sahel & Maghreb Outlook", "2048-12-21",
     "2048 in review: Libya between pacts and blackouts\nThe year began with the Es Sider blockade in "
     "January, a reminder that the oil crescent's towns still hold the country's purse strings. The "
     "earthquake near al-Marj in May exposed the fragility of the eastern housing stock. Kerem Aydin's "
     "visit to Tripoli in July, followed by a day in Benghazi, showed Ankara talking to both sides. And "
     "the migration pact with Brussels in September bought the unity government European goodwill."),
]
NEWEST14_EVENTS: dict[str, list[tuple[str, str]]] = {
    "es-sider-closed": [("xea1", "closed Libya's Es Sider export terminal on Saturday"),
                        ("xea2", "shut down the port yesterday, Saturday"),
                        ("xea3", "stormed the gate of al-Sidra port yesterday"),
                        ("xea4", "Protesters had blockaded the port since January 11"),
                        ("xez1", "The year began with the Es Sider blockade in")],
    "es-sider-reopened": [("xea4", "Es Sider terminal reopened on Wednesday"),
                          ("xea5", "the resumption of its operations as of today"),
                          ("xea6", "resumed exports yesterday after eighteen days of"),
                          ("xey1", "Es Sider back in business as the NOC lifted force")],
    "cbl-new-note-announced": [("xeb1", "announces today the issue of a new banknote"),
                               ("xeb2", "said on Sunday it would issue a new 50-dinar note"),
                               ("xeb3", "The central bank had unveiled the note on 9 February")],
    "cbl-new-note-circulation": [("xeb3", "as the new 50-dinar banknote went into circulation"),
                                 ("xeb4", "began yesterday, Monday, distributing the new fifty-dinar note"),
                                 ("xeb5", "the new fifty-dinar banknote is in circulation")],
    "mabrouk-colonna": [("xec1", "receives this morning at the Prime Ministry's headquarters"),
                        ("xec3", "met Italian Interior Minister"),
                        ("xec4", "was received yesterday in Tripoli by the head")],
    "mabrouk-vella-grech": [("xec2", "holds this afternoon an expanded session of talks"),
                            ("xec3", "Mabrouk received Maltese Prime Minister Karl"),
                            ("xec5", "met yesterday in Tripoli with the Libyan prime minister")],
    "brak-drone-strike": [("xed1", "A drone struck the Brak al-Shati air base"),
                          ("xed2", "A hostile drone targeted this morning the Brak al-Shati air base"),
                          ("xed5", "Drone attack on Brak al-Shati airbase (LAAF)")],
    "zawiya-clashes": [("xed1", "heavy fighting broke out between two armed groups"),
                       ("xed3", "Fighting between the Abu Surra brigade and the Martyrs"),
                       ("xed4", "violent armed clashes between two armed"),
                       ("xed5", "Armed clashes in Zawiya between local militias")],
    "wierzbicki-security-council": [("xee1", "briefs the Security Council today"),
                                    ("xee2", "told the Security Council on Thursday"),
                                    ("xee3", "presented yesterday, Thursday, his periodic briefing")],
    "zuwara-shipwreck-first": [("xef1", "capsized off the coast of Zuwara on 5 May"),
                               ("xef2", "sank off the western Libyan town of"),
                               ("xef4", "at least 23 people had drowned when a rubber boat capsized")],
    "zuwara-shipwreck-second": [("xef3", "after their boat sank at dawn off the beach"),
                                ("xef4", "A wooden boat overturned off Zuwara early on Saturday"),
                                ("xef5", "sank on Saturday off Zuwara")],
    "marj-earthquake": [("xeg1", "A magnitude 5.1 earthquake struck near the town of al-Marj"),
                        ("xeg2", "affected by the earthquake that struck the region yesterday"),
                        ("xeg3", "shook the Libyan city of al-Marj"),
                        ("xez1", "The earthquake near al-Marj in May")],
    "khaled-haftar-mansour-first": [("xeh1", "receives today at the General Command headquarters in Benghazi"),
                                    ("xeh2", "met yesterday, Friday, in"),
                                    ("xeh4", "The first meeting between the two men in Benghazi")],
    "khaled-haftar-mansour-second": [("xeh3", "receives once again"),
                                     ("xeh4", "received yesterday, Wednesday, in Benghazi"),
                                     ("xeh5", "held talks with eastern Libya's chief of")],
    "aydin-tripoli": [("xei1", "arrived in Tripoli on Monday and held talks"),
                      ("xei2", "had visited Tripoli, where he met the head"),
                      ("xei3", "receives at Mitiga International Airport the"),
                      ("xez1", "visit to Tripoli in July")],
    "aydin-benghazi": [("xei2", "was welcomed today in Benghazi by Saddam Haftar"),
                       ("xei4", "receives at the General Command headquarters in Al-Rajma"),
                       ("xei5", "met eastern Libya's commander Saddam Haftar")],
    "western-blackout": [("xej1", "announces a general blackout in the western and"),
                         ("xej2", "A grid failure plunged Tripoli and most of western"),
                         ("xej3", "The general outage that paralysed western Libya on Friday")],
    "ras-lanuf-refinery-fire": [("xek1", "A fire broke out at a crude distillation unit"),
                                ("xek2", "brought under control the fire that broke out yesterday"),
                                ("xek4", "after a fire at Ras Lanuf on August 22")],
    "zawiya-refinery-fire": [("xek3", "A fire breaks out this morning in a storage tank"),
                             ("xek4", "A storage tank caught fire at Libya's Zawiya refinery"),
                             ("xek5", "extinguished, late yesterday, Thursday, the fire")],
    "eu-libya-migration-pact": [("xel1", "signed a 900-million-euro migration pact in"),
                                ("xel2", "With the memorandum signed yesterday in Brussels"),
                                ("xel3", "condemns the migration agreement signed yesterday"),
                                ("xez1", "the migration pact with Brussels in September")],
    "misrata-container-terminal": [("xem1", "celebrates today the inauguration of the new container"),
                                   ("xem2", "was opened yesterday with a ceremony"),
                                   ("xem3", "Libya opened a Turkish-built container terminal")],
    "hor-election-law": [("xen1", "approves the law on the election of the President"),
                         ("xen2", "adopted an election law on Thursday"),
                         ("xen3", "the adoption by the House of Representatives, on 15 October"),
                         ("xen4", "voted yesterday, Thursday, on the elections law")],
    "ghadames-debdeb-crossing": [("xeo1", "opened yesterday to travellers and goods"),
                                 ("xeo2", "officially open today the Ghadames–Debdeb land border"),
                                 ("xeo3", "reopened their Ghadames-Debdeb border crossing on Monday")],
    "zuwara-fuel-smuggling-ring": [("xep1", "orders today the detention of 14 suspects"),
                                   ("xep2", "arrested 14 people, including two coast guard officers"),
                                   ("xep3", "Fourteen suspects were detained in the Libyan town")],
}


# The twentieth set (NEWEST15_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out until the tenth session, studied
# since (bench/story_merging.py).
# Twenty-four events of 2049, each told by three or four reports (70 articles, 82 reports, 102 pairs): wires
# with their datelines (Gulf of Sirte Wire, Central Med Press), an energy wire and a finance wire,
# translated Arabic outlets with titles and honorifics in full ("yesterday, Thursday", "Counsellor",
# "Engineer", "Major General", "Field Marshal", "Dr.", "His Excellency"), the IOM's, the ICRC's, OCHA's and
# UNSMIL's releases in the present tense, the NOC's, the central bank's, parliament's, the offices of the
# unity government's and of the unified government's prime ministers, two interior ministries', the
# Presidential Council's, the LAAF General Command's, the HNEC's, the public prosecution's, the electricity
# company's, the coast guard's, the Red Crescent's, the Man-Made River Authority's, the Benghazi port
# authority's and two municipalities' Facebook posts with hashtags, two live blogs with timestamps, a weekly
# wrap, a monthly local-governance digest and a monthly security digest with dated bullet lines, a year-end
# analysis naming events in passing at month precision, a Tunisian outlet in French translation, Italian,
# Maltese, Turkish and Egyptian outlets, and page chrome (bylines, "Read also" links to other stories, a
# copyright footer, a wire's reporting credit), in other words ("forced the closure" / "has been stopped
# since" / "had shut" / "shut"; "resumed production" / "the return of production" / "pumping again";
# "decides to abolish" / "scrapped the surcharge" / "to cancel the fee"; "sentenced" / "issues its ruling" /
# "handed down a prison sentence"; "acquitted" / "the ruling ... acquitting" / "cleared"; "holds a session
# of talks" / "met" / "received" / "had already met"; "had a bilateral meeting" / "meets" / "held talks";
# "abducted" / "were kidnapped" / "had been seized"; "were released" / "the liberation" / "were freed" /
# "the release"; "closing of the polling stations" / "elected a new municipal council" / "had chosen its own
# council" / "voted for" / "opened their doors" / "went to the ballot boxes"; "an act of sabotage" / "blew
# up a section" / "bombed a pipeline" / "the sabotage"; "grants confidence" / "approved ... a unified
# government" / "the vote of confidence" / "had endorsed the cabinet in a confidence vote"; "take the
# constitutional oath" / "was sworn in" / "performed the legal oath"; "announces the reaching of a ceasefire
# agreement" / "had agreed to a ceasefire" / "had announced a ceasefire"; "fighting flared again" / "the
# renewal of armed clashes" / "the truce collapsed"; "an exchange of detainees" / "facilitates the release
# and transfer" / "swapped"; "intercepts" / "returned ... after stopping their boat" / "intercepted at sea
# ... are returned"; "drowned when their inflatable boat capsized" / "a shipwreck" / "sank" / "the sinking";
# "caused the flooding" / "flash floods killed" / "the floods that hit"; "shot dead" / "killed" / "was
# assassinated" / "KIA"; "attacked positions" / "are attacking" / "clashes"; "a decision to amend the
# composition of the government" / "replaced" / "parted ways with"; "went on strike" / "the strike that
# began" / "the suspension of work"), a person in full, by surname or by post, spellings (El Feel / al-Fil /
# the Elephant field; al-Ghariani / Ghariani / al-Gharyani; Ben Hamed / Bin Hamid; al-Tajouri / Tajouri /
# Brahim Tajuri / al-Tajuri; al-Kouni / al-Kuni; Sabha / Sebha; al-Shwayrif / al-Shuwairif; Bouhliqa / Bu
# Hliqa / Bou Hliga; Bouzayan; Abu Kraa / Abukraa / Abu Karaa; al-Mughairbi / El Mgherbi; Zway / Zuwayya),
# bodies by acronym and in full (NOC, CBL, HoR, HNEC, LAAF / the Armed Forces, ICRC, IOM, UNSMIL, OCHA, AFM,
# GECOL, the Man-Made River Authority / the Great Man-Made River) and dates of several forms ("on Saturday",
# "yesterday, Saturday", "yesterday", "today", "this morning", "this afternoon", "this evening", "at dawn
# today", "before dawn", "early on Tuesday", "late on Sunday", "Sunday night", "last night", "late last
# night, Friday", "on Friday evening", "on the afternoon of Sunday, 2 May", "on the 2nd of this month", "on
# January 16", "on 16 March", "on 2 May", "on 13 July", "on the night of 19 September", "on 12 October", "4
# Feb", "05 Jun", "12 Jun", "29 Oct", "30 Oct", "a week earlier", "in January", "in June").  Hard negatives,
# which must not merge: (1) the El Feel field shut by protesters from Ubari on Saturday 16 January and
# restarted on Thursday 4 February (a wire of the restart names the shutdown in its next sentence; the
# year-end analysis tells the shutdown at month precision; a weekly wrap tells the restart); (2) on Monday 8
# March, the Tripoli Court of Appeal's criminal chamber sentencing the former health minister Fawzi
# al-Ghariani and acquitting the former electricity company chairman Anwar Ben Hamed (a wire tells both, one
# sentence each; each also told by its own post and a translated outlet); (3) the unity government's prime
# minister Ibrahim al-Tajouri meeting the Italian prime minister Lorenzo Ferrante in Rome twice, at Palazzo
# Chigi on Tuesday 16 March and at Villa Madama on Thursday 15 April (an Italian outlet of the second names
# the first in its next sentence; the GNU's post of the second names "their last meeting" inside its
# sentence, tagged as the second only); (4) two Italian engineers kidnapped on the Gharyan–Mizda road on
# Sunday 2 May and freed on Friday 21 May (an Italian outlet of the release names the kidnapping in its next
# sentence; a wire of the release names the captivity, and a translated outlet the kidnapping's date, inside
# its sentence, both tagged as the release only); (5) municipal council elections in Misrata on Saturday 5
# June and in Sabha on Saturday 12 June (a wire of Sabha's names Misrata's in its next sentence; the HNEC's
# post of Misrata's names Sabha's date as scheduled, untagged; a monthly digest tells both in two bullet
# lines); (6) the House of Representatives' vote of confidence in Salem Bouhliqa's unified government on
# Tuesday 13 July and the government's oath before the House on Thursday 15 July, both in Benghazi (a wire
# of the oath names the vote in its next sentence; two reports of the vote name the oath as scheduled,
# untagged); (7) a ceasefire in Kufra announced by the Presidential Council on Monday 9 August and the
# fighting that resumed on Thursday 12 August (a wire of the resumption names the ceasefire in its next
# sentence; the municipality's post names the agreement inside its sentence, tagged as the resumption only);
# (8) off Sabratha on Sunday 19 September, a coast guard interception of 134 migrants in the morning and a
# sinking with 27 dead at night (the IOM's release tells both, one sentence each); (9) in Zawiya, the
# killing of the Sea Shield Battalion's commander Ramzi Abu Kraa late on Friday 29 October and the clashes
# of his fighters with the 77th Brigade on Saturday 30 October (a wire tells both, one sentence each; a
# monthly security digest tells both in two bullet lines; a live blog names the killing inside its line of
# the clashes, tagged as the clashes only).  Beside them, untagged: the operator's drilling plan, a child
# allowance, an aircraft delivery, rain in Bayda and the HNEC's calendar in the weekly wrap, the central
# bank's board due to meet in May, the ex-minister's appeal, Ferrante's planned visit to Tripoli, Tajuri's
# meetings with the Maltese and Greek ministers, the engineers' landing at Ciampino, the Italian foreign
# minister's visit due, election results due, Ghat's and Zuwara's votes due in July, Zliten's budget, the
# pipeline's repairs, the outgoing prime minister's handover, the cabinet's first meeting due in Sirte, the
# clashes before the Kufra truce, the reconciliation committee's return, the agreement on the swap and a
# second swap planned, schools closed in Tarhuna, a UN assessment mission, Abu Kraa's funeral, an IED and a
# kidnapping and release in the security digest, the new ministers' oath due, the strike's threatened
# extension, and the year's municipal votes, the Zawiya fighting and the broken Kufra truce told without a
# day in the year-end analysis.
NEWEST15_ARTICLES: list[tuple[str, str, str, str]] = [
    # The El Feel field shut by protesters on Saturday 16 January 2049 and restarted on Thursday 4 February.
    ("xfa1.md", "Oilfield Bulletin", "2049-01-16",
     "TRIPOLI, Jan 16 (Oilfield Bulletin) - Protesters from the southern town of Ubari forced the closure "
     "of Libya's El Feel oil field on Saturday, stopping about 70,000 barrels per day of output, two "
     "sources at the operator said. The protesters, who arrived in some forty vehicles, demand a hospital, "
     "paved roads and jobs for local young men at the field. El Feel, also known as the Elephant field, is "
     "run by Mellitah Oil & Gas, a joint venture of the National Oil Corporation and an Italian partner. "
     "The operator plans to drill twelve new wells at the field in 2050."),
    ("xfa2.md", "National Oil Corporation (Facebook)", "2049-01-17",
     "#NOC | The National Oil Corporation regrets to announce that production at the El Feel field has "
     "been stopped since yesterday, Saturday, after a group of protesters stormed the field's facilities "
     "and compelled the workers to shut down the wells. The Chairman of the Board of Directors, Engineer "
     "Nouri al-Muntasser, stresses that the demands of the people of Ubari are legitimate but that "
     "closing oil facilities harms the livelihood of all Libyans, and declares a state of force majeure "
     "on the field's output. #Libya #Oil #ElFeel"),
    ("xfa3.md", "Oilfield Bulletin", "2049-02-04",
     "TRIPOLI, Feb 4 (Oilfield Bulletin) - Libya's El Feel oil field resumed production on Thursday after "
     "the government promised to fund a hospital and a road in Ubari, the National Oil Corporation said, "
     "ending a stoppage that had cost the country about 1.3 million barrels. Protesters had shut the field "
     "on January 16, demanding services and jobs for the town. Output is expected to reach 70,000 bpd "
     "again within three days.\nReporting by Samir Gheit; Editing by Anna Roux"),
    ("xfa4.md", "National Oil Corporation (Facebook)", "2049-02-04",
     "#NOC | The National Oil Corporation announces the return of production at the El Feel field as of "
     "this afternoon and the lifting of the state of force majeure, after the agreement reached with the "
     "notables of Ubari under the sponsorship of the Government. The Corporation thanks the workers of "
     "Mellitah Oil & Gas for their patience. #Libya #ElFeel"),
    ("xfy1.md", "Libya Weekly Wrap", "2049-02-08",
     "LIBYA WEEKLY WRAP – 1 to 7 February 2049\n- 1 Feb: The GNU doubled the monthly child allowance, "
     "effective in March.\n- 3 Feb: Libyan Airlines took delivery of its first new aircraft in a "
     "decade.\n- 4 Feb: al-Fil (El Feel) field pumping again after 19 days; force majeure lifted.\n- 6 "
     "Feb: Heavy rain closed schools in Bayda for two days.\nNext week: the HNEC publishes the calendar "
     "of the municipal elections."),
    # The central bank abolishes the fee on foreign currency on Wednesday 24 February.
    ("xfb1.md", "Central Bank of Libya (Facebook)", "2049-02-24",
     "#Central_Bank_of_Libya | The Board of Directors of the Central Bank of Libya, in its meeting held "
     "today, Wednesday, at the Bank's headquarters in Tripoli under the chairmanship of the Governor, Mr. "
     "Mahmoud al-Kouni, decides to abolish the fee imposed on the sale of foreign currency for all "
     "purposes, as of Monday, 1 March 2049. The Board also decides to raise the annual allocation for "
     "personal purposes to 10,000 dollars per citizen. #CBL #Libya"),
    ("xfb2.md", "Maghreb Markets Wire", "2049-02-24",
     "TRIPOLI, Feb 24 (MMW) - Libya's central bank scrapped the 10 percent surcharge on foreign-currency "
     "purchases on Wednesday, a step traders said would narrow the gap between the official and "
     "black-market rates of the dinar. The Central Bank of Libya said the change takes effect on March 1. "
     "The dinar firmed to 6.70 per dollar on Tripoli's parallel market after the announcement. The bank's "
     "board is due to meet again in May."),
    ("xfb3.md", "Al-Wasat Arabic (translated)", "2049-02-25",
     "The decision of the Central Bank of Libya yesterday, Wednesday, to cancel the fee on foreign "
     "currency was met with relief in the markets of Tripoli and Benghazi, where the price of the dollar "
     "fell by nearly half a dinar within hours. The Governor of the Central Bank, Mr. Mahmoud al-Kuni, told "
     "Al-Wasat that the measure was made possible by the rise in oil revenues. Economists warned that it "
     "must be accompanied by a unified budget.\nRead also: Libyan Airlines receives its first new "
     "aircraft in ten years"),
    # On Monday 8 March, the Tripoli Court of Appeal sentences a former health minister and acquits a former
    # chairman of the electricity company.
    ("xfc1.md", "Gulf of Sirte Wire", "2049-03-08",
     "TRIPOLI, March 8 (GSW) - A Tripoli appeals court sentenced former health minister Fawzi al-Ghariani "
     "to seven years in prison on Monday for embezzling about 40 million dinars in vaccine purchases, "
     "judicial sources said. In a separate case heard by the same chamber later on Monday, the court "
     "acquitted Anwar Ben Hamed, a former chairman of the state electricity company, of squandering public "
     "funds in a turbine contract. Ghariani, who has been in custody since 2047, can appeal to the Supreme "
     "Court within sixty days. Ben Hamed walked free from the courtroom."),
    ("xfc2.md", "Public Prosecution of Libya (Facebook)", "2049-03-08",
     "#Public_Prosecution | The Criminal Chamber of the Tripoli Court of Appeal, in its session today, "
     "Monday, issues its ruling in the case of the embezzlement of the funds allocated to the purchase of "
     "vaccines, sentencing the former Minister of Health, Dr. Fawzi al-Ghariani, to seven years' "
     "imprisonment and a fine of 40 million dinars, and banning him from holding public office. The "
     "Attorney General, Counsellor Mansour al-Tarhouni, affirms that no one is above the law. #Libya "
     "#Justice"),
    ("xfc3.md", "Libya Observer Arabic (translated)", "2049-03-09",
     "The Court of Appeal in Tripoli handed down yesterday, Monday, a prison sentence of seven years "
     "against the former Minister of Health, Dr. Fawzi al-Gharyani, in the case known in the media as the "
     "'vaccine deals', after a trial that lasted more than a year. The defence of al-Gharyani announced "
     "that it would challenge the verdict before the Supreme Court. The former minister headed the "
     "ministry between 2045 and 2047.\n© Libya Observer 2049 – All rights reserved"),
    ("xfc4.md", "General Electricity Company of Libya (Facebook)", "2049-03-08",
     "#GECOL | The Board of Directors of the General Electricity Company of Libya and all its employees "
     "welcome the ruling of the judiciary today acquitting the former Chairman of the Company, Engineer "
     "Anwar Ben Hamed, of the charges brought against him in the case of the turbine contract of the "
     "Western Mountain station, and congratulate him and his family. #GECOL #Libya"),
    ("xfc5.md", "Al-Saaa 24 Arabic (translated)", "2049-03-09",
     "The Criminal Chamber of the Tripoli Court of Appeal cleared yesterday the former Chairman of the "
     "General Electricity Company, Engineer Anwar Bin Hamid, of the charge of wasting public money, in the "
     "case of the contract for the supply of gas turbines signed in 2044. Bin Hamid, who spent eight months "
     "in pretrial detention, told Al-Saaa 24 that he would return to work in the private sector. The Audit "
     "Bureau had estimated the losses of the contract at 90 million dinars."),
    # The GNU prime minister meets the Italian prime minister in Rome on Tuesday 16 March (Palazzo Chigi) and
    # again on Thursday 15 April (Villa Madama).
    ("xfd1.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2049-03-16",
     "#GNU | The Prime Minister, Mr. Ibrahim al-Tajouri, holds today at Palazzo Chigi in Rome a session of "
     "talks with the President of the Council of Ministers of the Italian Republic, His Excellency Mr. "
     "Lorenzo Ferrante, dealing with energy cooperation, the return of Italian companies and the fight "
     "against human trafficking. The Prime Minister invites his Italian counterpart to visit Tripoli in "
     "the autumn. #Libya #Italy"),
    ("xfd2.md", "Central Med Press", "2049-03-16",
     "ROME, March 16 (CMP) - Italian Prime Minister Lorenzo Ferrante met Libya's unity government head "
     "Ibrahim Tajouri in Rome on Tuesday and pledged 150 million euros for a programme to train Libyan "
     "border guards, Ferrante's office said. The two leaders also discussed gas supplies to Sicily. "
     "Tajouri is on his first official trip abroad since taking office."),
    ("xfd3.md", "Il Tirreno Quotidiano (translated from Italian)", "2049-03-17",
     "By our correspondent Giulia Martelli\nThe President of the Council, Lorenzo Ferrante, received "
     "yesterday at Palazzo Chigi the Libyan Prime Minister Brahim Tajuri, in a meeting that lasted almost "
     "three hours. At the end, Ferrante spoke of 'a new chapter' in relations with Tripoli and announced an "
     "agreement in principle on the return of Italian drilling crews to the offshore fields. The "
     "opposition criticised the 'blank cheque' to the Libyan coast guard."),
    ("xfd4.md", "Il Tirreno Quotidiano (translated from Italian)", "2049-04-16",
     "Ferrante and Tajuri, second act. On the sidelines of the Mediterranean Conference on Migration and "
     "Development, the President of the Council had a bilateral meeting yesterday at Villa Madama with the "
     "Libyan Prime Minister, focused on the first disbursement of the border-guard programme. The two had "
     "already met in Rome on 16 March, at Palazzo Chigi. According to sources at the Farnesina, Ferrante "
     "will travel to Tripoli before the end of the year.\nRead also: Migration, arrivals from Libya down "
     "by a fifth in the first quarter"),
    ("xfd5.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2049-04-15",
     "#GNU | On the sidelines of his participation in the Mediterranean Conference on Migration and "
     "Development in Rome, the Prime Minister, Mr. Ibrahim al-Tajouri, meets this evening the Italian "
     "Prime Minister, Mr. Lorenzo Ferrante, and they review the progress made since their last meeting in "
     "implementing the agreements on border security and energy. #Libya #Italy"),
    ("xfd6.md", "Al-Marsad Arabic (translated)", "2049-04-16",
     "The Prime Minister of the Government of National Unity, Mr. Ibrahim al-Tajuri, held talks yesterday, "
     "Thursday, in the Italian capital with his Italian counterpart, Mr. Lorenzo Ferrante, at the close of "
     "the migration conference hosted by Rome, according to the Government Communication Platform. "
     "Al-Tajuri also met the Maltese and Greek foreign ministers on the sidelines of the conference."),
    # Two Italian engineers kidnapped on Sunday 2 May and freed on Friday 21 May.
    ("xfe1.md", "Central Med Press", "2049-05-02",
     "TRIPOLI, May 2 (CMP) - Gunmen abducted two Italian engineers working on a road project south of "
     "Gharyan in western Libya on Sunday, stopping their car at a fake checkpoint on the road to Mizda, a "
     "Libyan security source said. Their Libyan driver was let go unharmed hours later. The engineers work "
     "for Lunigiana Costruzioni, which is rebuilding the Gharyan-Mizda highway. No group has claimed "
     "responsibility and no ransom demand has been made."),
    ("xfe2.md", "Corriere Apuano (translated from Italian)", "2049-05-03",
     "Two Italian technicians, Marco Bellandi, 54, from Carrara, and Davide Orsini, 38, from Massa, were "
     "kidnapped yesterday in Libya while driving to the construction site of the Gharyan–Mizda road. The "
     "Farnesina has activated its crisis unit and is in contact with the families. Lunigiana Costruzioni "
     "has suspended work on all its Libyan sites.\nRead also: Carrara, the marble quarries reopen after "
     "the strike"),
    ("xfe3.md", "Ministry of Interior - GNU (Facebook)", "2049-05-03",
     "#Ministry_of_Interior | The Minister of the Interior, Major General Salem al-Mahjoub, directs the "
     "security directorates of Gharyan and Mizda to intensify the search for the two Italian citizens who "
     "were kidnapped on the afternoon of Sunday, 2 May, by an armed group on the Gharyan–Mizda road, and "
     "affirms that the Ministry spares no effort to free them safely. #Libya #Gharyan"),
    ("xfe4.md", "Corriere Apuano (translated from Italian)", "2049-05-22",
     "Marco Bellandi and Davide Orsini are free. The two technicians of Lunigiana Costruzioni were "
     "released yesterday in Libya after nineteen days of captivity. They had been seized on 2 May by armed "
     "men on the road between Gharyan and Mizda, south of Tripoli. They landed at Ciampino this morning on "
     "a State flight, where their families were waiting. The Minister of Foreign Affairs thanked the "
     "Libyan authorities and 'the friends who worked in silence'."),
    ("xfe5.md", "Ministry of Interior - GNU (Facebook)", "2049-05-21",
     "#Ministry_of_Interior | The Ministry of the Interior announces the liberation this evening of the two "
     "Italian citizens, Marco Bellandi and Davide Orsini, safe and sound, in a security operation carried "
     "out by the Criminal Investigation Department in the Mizda area, and their handover to the Embassy of "
     "Italy in Tripoli. #Libya #Italy"),
    ("xfe6.md", "Central Med Press", "2049-05-21",
     "TRIPOLI, May 21 (CMP) - Two Italian engineers held by gunmen in western Libya for almost three weeks "
     "were freed on Friday and handed to Italian diplomats in Tripoli, Libya's interior ministry said. The "
     "ministry did not say whether a ransom had been paid. Italy's foreign minister is due to visit "
     "Tripoli next month."),
    ("xfe7.md", "Libya Al-Ahrar Arabic (translated)", "2049-05-22",
     "Security sources in Mizda said that the release yesterday, Friday, of the two Italian engineers who "
     "were kidnapped on the 2nd of this month came after negotiations conducted by local elders with the "
     "kidnappers, contrary to the account of the Ministry of the Interior. The two engineers were handed "
     "over to the Italian Embassy in good health. The Ministry has not commented on these reports."),
    # Municipal council elections in Misrata on Saturday 5 June and in Sabha on Saturday 12 June.
    ("xff1.md", "High National Elections Commission (Facebook)", "2049-06-05",
     "#HNEC | The High National Elections Commission announces the closing of the polling stations of the "
     "Municipal Council elections in the Municipality of Misrata at seven o'clock this evening, with a "
     "turnout of 46 percent of the 212,000 registered voters, and thanks the voters, the security services "
     "and the observers. The Commission reminds that the elections of the Municipality of Sabha will take "
     "place on Saturday, 12 June. #HNEC #Misrata #Municipal_Elections"),
    ("xff2.md", "Gulf of Sirte Wire", "2049-06-05",
     "MISRATA, Libya, June 5 (GSW) - Voters in Libya's third city of Misrata elected a new municipal "
     "council on Saturday in a poll that passed without incident, the election commission said, with "
     "turnout at about 46 percent. Twenty-one candidates competed for nine seats. Results are due within "
     "ten days."),
    ("xff3.md", "Gulf of Sirte Wire", "2049-06-12",
     "SABHA, Libya, June 12 (GSW) - Residents of the southern city of Sabha voted for a municipal council "
     "on Saturday for the first time since 2044, with LAAF soldiers guarding polling stations, the High "
     "National Elections Commission said. A week earlier, Misrata had chosen its own council in a vote "
     "with 46 percent turnout. Turnout in Sabha was lower, at about 31 percent, as a sandstorm kept some "
     "voters away."),
    ("xff4.md", "High National Elections Commission (Facebook)", "2049-06-12",
     "#HNEC | The polling stations of the Municipal Council elections in the Municipality of Sebha opened "
     "their doors at eight o'clock this morning, and voting continues in 38 centres amid good "
     "organisation, in the presence of local and international observers. #HNEC #Sebha "
     "#Municipal_Elections"),
    ("xff5.md", "Fezzan Voice Arabic (translated)", "2049-06-13",
     "The people of Sabha went yesterday, Saturday, to the ballot boxes to choose the members of their "
     "Municipal Council, in an election that the head of the Commission's office in the south, Mr. "
     "Mohammed al-Tabawi, described as 'a wedding of democracy', despite the sandstorm that hit the city "
     "in the afternoon. The counting of the votes began late at night."),
    ("xfy2.md", "Libya Local Governance Monitor", "2049-07-02",
     "LOCAL GOVERNANCE MONTHLY – JUNE 2049\n- 05 Jun: Misrata municipal council election; turnout 46%, no "
     "incidents.\n- 12 Jun: Sabha municipal council election; turnout 31%, sandstorm disrupted voting.\n- "
     "19 Jun: Zliten municipal council adopted its 2049 budget.\n- 24 Jun: The Ministry of Local "
     "Government transferred the first quarter's allocations to 40 municipalities.\nJuly: Ghat and "
     "Zuwara vote on 10 July."),
    # The Great Man-Made River pipeline sabotaged near al-Shwayrif on Tuesday 22 June.
    ("xfg1.md", "Great Man-Made River Authority (Facebook)", "2049-06-22",
     "#Great_Man_Made_River | The Man-Made River Authority announces that an armed group carried out at "
     "dawn today an act of sabotage against the main pipeline of the Hasawna–Jefara system near "
     "al-Shwayrif, blowing up a section of the pipe and cutting off the flow of water to Tripoli and the "
     "cities of the western coast. The Authority's maintenance teams cannot reach the site before the area "
     "is secured, and the Authority calls on citizens to ration their use of water. #Libya #Water"),
    ("xfg2.md", "Tripoli Pulse Live", "2049-06-22",
     "LIVE: Water cut to Tripoli\n08:10 – Taps run dry in several districts of Tripoli, residents "
     "say.\n09:45 – The Great Man-Made River Authority says saboteurs blew up a section of its main "
     "pipeline near al-Shuwairif before dawn; the Hasawna wellfield has stopped pumping.\n12:30 – The GNU "
     "forms a crisis cell; water tankers are sent to hospitals.\n17:00 – Engineers say repairs will take "
     "at least five days once the site is secured.\n19:20 – We are closing this live page."),
    ("xfg3.md", "Central Med Press", "2049-06-22",
     "TRIPOLI, June 22 (CMP) - Saboteurs bombed a pipeline of Libya's Great Man-Made River water network "
     "early on Tuesday, cutting supplies to more than two million people in Tripoli and the western coastal "
     "cities, the authority that runs the system said. It was the most serious attack on the network since "
     "2043. The authority said a local group had been demanding the release of a detained relative."),
    # The House of Representatives votes confidence in a unified government on Tuesday 13 July; the
    # government is sworn in before the House on Thursday 15 July, both in Benghazi.
    ("xfh1.md", "House of Representatives (Facebook)", "2049-07-13",
     "#House_of_Representatives | The House of Representatives, in its official session held today in "
     "Benghazi under the chairmanship of the Speaker, Counsellor Younes Bouzayan, grants confidence to the "
     "unified government headed by Mr. Salem Bouhliqa, with the approval of 118 members out of 131 "
     "present. The Prime Minister and the members of his government will take the constitutional oath "
     "before the House on Thursday. #HoR #Libya"),
    ("xfh2.md", "Gulf of Sirte Wire", "2049-07-13",
     "BENGHAZI, July 13 (GSW) - Libya's House of Representatives approved on Tuesday a unified government "
     "led by Salem Bouhliqa, a former oil executive from Ajdabiya, in a vote of confidence that ends five "
     "years of rival administrations in Tripoli and the east, parliament's spokesman said. The 24-member "
     "cabinet won 118 votes out of 131 present. Bouhliqa and his ministers are due to be sworn in on "
     "Thursday."),
    ("xfh3.md", "UNSMIL", "2049-07-14",
     "TRIPOLI – The United Nations Support Mission in Libya welcomes the vote of confidence granted on 13 "
     "July by the House of Representatives to the unified government of Prime Minister Salem Bouhliqa, "
     "and calls on all institutions to ensure a smooth handover. Special Representative Aurelia "
     "Costa-Nunes underlines that the new government's first task is to prepare for the elections."),
    ("xfh4.md", "House of Representatives (Facebook)", "2049-07-15",
     "#House_of_Representatives | The Prime Minister, Mr. Salem Bouhliqa, and the members of the unified "
     "government take the constitutional oath today before the House of Representatives at its "
     "headquarters in Benghazi, in the presence of the Speaker, Counsellor Younes Bouzayan, and the members "
     "of the House. #HoR #Libya"),
    ("xfh5.md", "Gulf of Sirte Wire", "2049-07-15",
     "BENGHAZI, July 15 (GSW) - Libya's new unified government was sworn in before parliament in Benghazi "
     "on Thursday, with Prime Minister Salem Bouhliqa promising to pay all public salaries from a single "
     "treasury by September. Parliament had endorsed the cabinet in a confidence vote on Tuesday. The "
     "outgoing prime minister in Tripoli, Ibrahim al-Tajouri, said he would hand over the ministries within "
     "a week."),
    ("xfh6.md", "Al-Wasat Arabic (translated)", "2049-07-16",
     "The Prime Minister, Mr. Salim Bu Hliqa, and the ministers of his government performed yesterday, "
     "Thursday, the legal oath before the House of Representatives in Benghazi, in a session attended by "
     "the ambassadors of several countries. Bu Hliqa said in his speech that his government would be 'the "
     "government of all Libyans', and announced that the first meeting of the cabinet would be held in "
     "Sirte."),
    # A ceasefire in Kufra announced on Monday 9 August; fighting resumes on Thursday 12 August.
    ("xfi1.md", "Presidential Council (Facebook)", "2049-08-09",
     "#Presidential_Council | The President of the Presidential Council, Mr. Abdelbaset al-Azzabi, "
     "announces the reaching of a comprehensive ceasefire agreement in the city of Kufra between the Tebu "
     "and Zway components, to take effect at six o'clock this evening, thanks to the efforts of the Social "
     "Reconciliation Committee and the notables of the southern cities. The Presidential Council calls on "
     "both parties to respect the truce and to hand over the dead and the wounded. #Kufra #Libya"),
    ("xfi2.md", "Central Med Press", "2049-08-09",
     "TRIPOLI, Aug 9 (CMP) - Libya's Presidential Council said on Monday that rival Tebu and Zway fighters "
     "in the southeastern town of Kufra had agreed to a ceasefire, after four days of clashes that killed "
     "at least 17 people and cut the road to the Sudanese border. The truce took effect at 6 p.m. (1600 "
     "GMT). Elders from Sabha and Ajdabiya will monitor it."),
    ("xfi3.md", "Central Med Press", "2049-08-12",
     "TRIPOLI, Aug 12 (CMP) - Fighting flared again in the Libyan town of Kufra on Thursday, killing at "
     "least five people, as Tebu and Zway gunmen exchanged mortar fire around the town's airport, a local "
     "health official said. The Presidential Council had announced a ceasefire between the two communities "
     "on Monday. Hundreds of families have fled towards the oasis of Tazirbu."),
    ("xfi4.md", "Kufra Municipality (Facebook)", "2049-08-12",
     "#Kufra_Municipality | The Municipal Council of Kufra announces with great regret the renewal of armed "
     "clashes this afternoon in the neighbourhoods of al-Jawf and al-Shura and near the airport, in "
     "violation of the ceasefire agreement, and appeals to the Presidential Council and the Government to "
     "intervene urgently to protect civilians. #Kufra"),
    ("xfi5.md", "Al-Ahram Evening (translated from Arabic)", "2049-08-13",
     "The truce in the Libyan city of Kufra, near the Egyptian and Sudanese borders, collapsed yesterday, "
     "Thursday, after only three days, with the outbreak of violent fighting with medium weapons between "
     "armed men of the Tebu and Zuwayya tribes, according to the Kufra hospital, which received five dead "
     "and 23 wounded. The Social Reconciliation Committee said it would return to the city on Saturday."),
    # A prisoner exchange between the LAAF and the western forces at Abu Grein on Saturday 4 September.
    ("xfj1.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2049-09-04",
     "#General_Command | Under the supervision of the Joint Military Commission (5+5), 31 of the heroes of "
     "the Armed Forces returned today to their families, in an exchange of detainees carried out at the "
     "Abu Grein crossing point, in return for the release of 30 detainees held by the General Command. The "
     "Commander-in-Chief, Field Marshal Saddam Haftar, congratulates the families of the liberated and "
     "thanks the International Committee of the Red Cross. #LAAF #Libya"),
    ("xfj2.md", "International Committee of the Red Cross", "2049-09-04",
     "TRIPOLI – The ICRC facilitates today the release and transfer of 61 people detained in connection "
     "with the conflict in Libya, acting as a neutral intermediary between the parties, at Abu Grein, south "
     "of Misrata. Before the operation, ICRC delegates speak privately with each detainee to confirm that "
     "they wish to be transferred. The ICRC stands ready to facilitate further releases."),
    ("xfj3.md", "Gulf of Sirte Wire", "2049-09-04",
     "MISRATA, Libya, Sept 4 (GSW) - Libya's eastern and western military forces swapped 61 prisoners on "
     "Saturday at a frontline checkpoint near Abu Grein, in the largest such exchange in years, military "
     "officials said. The swap was agreed by the joint military commission in Sirte last month. A second "
     "one is planned for October."),
    # Off Sabratha on Sunday 19 September: an interception in the morning, a sinking at night.
    ("xfk1.md", "Libyan Coast Guard (Facebook)", "2049-09-19",
     "#Coast_Guard | A patrol of the Coast Guard and Port Security intercepts this morning a wooden boat "
     "carrying 134 illegal migrants of various African and Asian nationalities, 22 nautical miles north of "
     "Sabratha, and returns them to the Tripoli naval base, where they are handed over to the "
     "Anti-Illegal Immigration Agency after receiving first aid. #Libya #Coast_Guard"),
    ("xfk2.md", "Ean Libya Arabic (translated)", "2049-09-20",
     "The Coast Guard returned yesterday, Sunday, 134 migrants, among them 19 women and 7 children, after "
     "stopping their boat off the coast of Sabratha, according to a spokesman for the Navy, Brigadier Nasr "
     "al-Fallah. The spokesman said the number of migrants returned to Libya this year has exceeded 14,000."),
    ("xfk3.md", "Central Med Press", "2049-09-20",
     "TRIPOLI, Sept 20 (CMP) - At least 27 migrants drowned when their inflatable boat capsized off the "
     "western Libyan town of Sabratha late on Sunday, the Libyan Red Crescent said, in one of the deadliest "
     "wrecks of the year. Eleven people survived by clinging to the hull until fishermen reached them at "
     "dawn. Most of the victims were from Sudan and Bangladesh."),
    ("xfk4.md", "International Organization for Migration", "2049-09-20",
     "TRIPOLI – IOM is saddened by the death of at least 27 migrants in a shipwreck off Sabratha on the "
     "night of 19 September. Eleven survivors are assisted by IOM teams at the disembarkation point. "
     "Earlier the same day, 134 migrants intercepted at sea off the same coast are returned to Libya and "
     "taken to detention, where IOM provides emergency assistance. IOM reiterates that Libya is not a "
     "place of safety for disembarkation."),
    ("xfk5.md", "Il-Bandiera (translated from Maltese)", "2049-09-21",
     "A rubber boat with 38 people on board sank off Sabratha on Sunday night, two hours after leaving the "
     "Libyan coast, the Armed Forces of Malta said, after one of its aircraft spotted the wreckage on "
     "Monday morning. The AFM said it had passed the coordinates to the Libyan authorities. Twenty-seven "
     "bodies have been recovered so far."),
    ("xfk6.md", "Libyan Red Crescent - Sabratha Branch (Facebook)", "2049-09-20",
     "#Libyan_Red_Crescent | The volunteers of the Sabratha branch recovered this morning the bodies of 27 "
     "migrants who drowned after the sinking of their boat last night off the coast of the city, and "
     "rescued 11 survivors in cooperation with the fishermen. The bodies were transferred to the Sabratha "
     "Teaching Hospital. #Sabratha"),
    # Floods in Tarhuna on Tuesday 12 October.
    ("xfl1.md", "Tarhuna Municipality (Facebook)", "2049-10-12",
     "#Tarhuna_Municipality | The Crisis Committee of the Municipality of Tarhuna announces that the "
     "torrential rains that fell on the city since noon today caused the flooding of the valleys of Wadi "
     "Ghan and Wadi Targhlat, the collapse of two bridges and the drowning of four citizens, and calls on "
     "residents to stay away from the valley beds. Schools remain closed until Sunday. #Tarhuna #Libya"),
    ("xfl2.md", "Gulf of Sirte Wire", "2049-10-12",
     "TRIPOLI, Oct 12 (GSW) - Flash floods killed four people and swept away two bridges in the Libyan "
     "town of Tarhuna, southeast of Tripoli, on Tuesday after the heaviest rainfall in the area in twenty "
     "years, the municipality said. Dozens of families were moved to schools."),
    ("xfl3.md", "OCHA Libya", "2049-10-14",
     "TRIPOLI – Following the floods that hit Tarhuna on 12 October, the United Nations Office for the "
     "Coordination of Humanitarian Affairs and its partners are delivering food, blankets and hygiene kits "
     "to some 600 displaced families. A joint assessment mission of UN agencies visits the town today. "
     "The Resident Coordinator, Mr. Jonas Eriksen, commends the rapid response of the Libyan Red "
     "Crescent."),
    # In Zawiya: a militia commander killed late on Friday 29 October; his fighters clash with a rival
    # brigade on Saturday 30 October.
    ("xfm1.md", "Ministry of Interior (Facebook)", "2049-10-30",
     "#Ministry_of_Interior | The Ministry of the Interior announces the opening of an investigation into "
     "the killing of Ramzi Abu Kraa, commander of the Sea Shield Battalion, who was shot dead late last "
     "night, Friday, by unknown gunmen in an ambush at the entrance of the Harsha district in the city of "
     "Zawiya, and calls on all parties to exercise restraint. #Zawiya #Libya"),
    ("xfm2.md", "Central Med Press", "2049-10-30",
     "TRIPOLI, Oct 30 (CMP) - Gunmen killed Ramzi Abukraa, the commander of one of the main armed groups in "
     "the western Libyan city of Zawiya, in an ambush late on Friday, security sources said. On Saturday, "
     "fighters of his Sea Shield Battalion attacked positions of the rival 77th Brigade in the city centre, "
     "and at least six people were killed in the clashes. The coastal road between Zawiya and Tripoli was "
     "closed."),
    ("xfm3.md", "Al-Marsad Arabic (translated)", "2049-10-31",
     "The commander of the Sea Shield Battalion in Zawiya, Ramzi Abu Karaa, was assassinated on Friday "
     "evening by a volley of bullets fired at his car near the Harsha bridge, according to a source in the "
     "battalion. His funeral took place yesterday, Saturday, amid heavy gunfire. Abu Karaa had survived "
     "two previous attempts on his life, in 2046 and 2048."),
    ("xfm4.md", "Tripoli Pulse Live", "2049-10-30",
     "LIVE: Fighting in Zawiya\n10:20 – Heavy gunfire reported in central Zawiya, residents say.\n11:05 – "
     "Fighters of the Sea Shield Battalion are attacking 77th Brigade positions near the refinery, hours "
     "after their commander Ramzi Abu Kraa was killed in an ambush.\n13:40 – Zawiya Teaching Hospital: six "
     "dead, 19 wounded.\n15:00 – The coastal road to Tripoli is closed in both directions.\n21:30 – A "
     "fragile calm has returned; we are closing this page."),
    ("xfy3.md", "Maghreb Risk Digest", "2049-11-02",
     "LIBYA – SECURITY DIGEST, OCTOBER 2049\n- 03 Oct: IED defused near the Sabha airport gate.\n- 17 Oct: "
     "Kidnapping of a Sudanese trader in Ajdabiya; released on 20 Oct.\n- 29 Oct: Sea Shield Bn commander "
     "Ramzi Abu Kraa KIA in ambush, Harsha, Zawiya.\n- 30 Oct: Sea Shield Bn vs 77th Bde clashes in "
     "Zawiya city centre, 6 KIA, coastal road shut.\nOutlook: revenge attacks in Zawiya likely in "
     "November."),
    # The unified government's prime minister reshuffles his cabinet on Wednesday 17 November.
    ("xfn1.md", "Unified Government - Prime Minister's Office (Facebook)", "2049-11-17",
     "#Unified_Government | The Prime Minister, Mr. Salem Bouhliqa, issues today a decision to amend the "
     "composition of the government, appointing Major General Aref al-Mughairbi as Minister of the "
     "Interior and Engineer Hajer al-Bouseifi as Minister of Oil and Gas. The new ministers will take the "
     "oath before the Prime Minister next Monday. #Libya"),
    ("xfn2.md", "Gulf of Sirte Wire", "2049-11-17",
     "TRIPOLI, Nov 17 (GSW) - Libyan Prime Minister Salem Bouhliqa replaced his interior and oil ministers "
     "on Wednesday in the first reshuffle of his four-month-old unified government, his office said, after "
     "weeks of criticism over fuel shortages and the violence in Zawiya. The new oil minister, Hajer "
     "al-Bouseifi, is the first woman to hold the post."),
    ("xfn3.md", "Le Quotidien de Tunis (translated from French)", "2049-11-18",
     "Salem Bou Hliga reshuffles his team. The Libyan Prime Minister yesterday parted ways with his "
     "Minister of the Interior and his Minister of Oil, four months after the investiture of his "
     "government, and called on Aref El Mgherbi, a former director of security in Benghazi, to take over "
     "the Interior. Tunis hopes the change will speed up the reopening of the Tunisian consulate in "
     "Benghazi."),
    # Dockworkers strike at Benghazi port on Monday 6 December.
    ("xfo1.md", "Central Med Press", "2049-12-06",
     "BENGHAZI, Dec 6 (CMP) - Dockworkers at Benghazi port went on strike on Monday over unpaid bonuses and "
     "the planned privatisation of two berths, leaving at least 14 ships waiting at anchor, port officials "
     "said. The workers' union threatened to extend the strike to Misrata and Tripoli next week. Benghazi "
     "handles most of eastern Libya's food imports."),
    ("xfo2.md", "Deniz Ticaret Gazetesi (translated from Turkish)", "2049-12-07",
     "Turkish container ships bound for Libya are being diverted to Misrata after the strike that began "
     "yesterday at the port of Benghazi brought loading and unloading to a halt. According to the shipping "
     "agency Akdeniz Lojistik, three Turkish vessels are waiting off Benghazi. The stoppage is expected to "
     "last at least a week."),
    ("xfo3.md", "Benghazi Port Authority (Facebook)", "2049-12-06",
     "#Benghazi_Port | The Benghazi Port Authority apologises to shipping agents and importers for the "
     "suspension of work at the port's berths today, due to the work stoppage announced by the port "
     "workers, and affirms that it is in dialogue with the General Union of Port Workers to meet their "
     "legitimate demands as soon as possible. #Benghazi"),
    # The year in review.
    ("xfz1.md", "Mediterranean Risk Quarterly", "2049-12-28",
     "Libya 2049: one government, many fault lines\nThe year that gave Libya a single cabinet also showed "
     "how little a cabinet controls. In January protesters from Ubari shut the El Feel field for almost "
     "three weeks. The sabotage of the Great Man-Made River in June left Tripoli without tap water for six "
     "days, a reminder that the capital's lifeline runs through the desert. Two Saturdays of municipal "
     "voting, in Misrata and Sabha, were the year's quiet success. The autumn fighting in Zawiya and the "
     "broken truce in Kufra show that the unified government has yet to disarm anyone."),
]

NEWEST15_EVENTS: dict[str, list[tuple[str, str]]] = {
    "el-feel-shutdown": [("xfa1", "forced the closure of Libya's El Feel oil field on Saturday"),
                         ("xfa2", "production at the El Feel field has been stopped since yesterday"),
                         ("xfa3", "Protesters had shut the field on January 16"),
                         ("xfz1", "In January protesters from Ubari shut the El Feel field")],
    "el-feel-restart": [("xfa3", "Libya's El Feel oil field resumed production on Thursday"),
                        ("xfa4", "announces the return of production at the El Feel field"),
                        ("xfy1", "al-Fil (El Feel) field pumping again after 19 days")],
    "cbl-fx-fee-abolished": [("xfb1", "decides to abolish the fee imposed on the sale of foreign currency"),
                             ("xfb2", "scrapped the 10 percent surcharge on foreign-currency"),
                             ("xfb3", "to cancel the fee on foreign")],
    "ghariani-sentenced": [("xfc1", "sentenced former health minister Fawzi al-Ghariani"),
                           ("xfc2", "issues its ruling in the case of the embezzlement"),
                           ("xfc3", "handed down yesterday, Monday, a prison sentence of seven years")],
    "ben-hamed-acquitted": [("xfc1", "the court acquitted Anwar Ben Hamed"),
                            ("xfc4", "welcome the ruling of the judiciary today acquitting the former Chairman"),
                            ("xfc5", "cleared yesterday the former Chairman of the General Electricity Company")],
    "tajouri-ferrante-first": [("xfd1", "holds today at Palazzo Chigi in Rome a session of"),
                               ("xfd2", "met Libya's unity government head"),
                               ("xfd3", "received yesterday at Palazzo Chigi the Libyan Prime Minister"),
                               ("xfd4", "The two had already met in Rome on 16 March")],
    "tajouri-ferrante-second": [("xfd4", "had a bilateral meeting yesterday at Villa Madama"),
                                ("xfd5", "meets this evening the Italian Prime Minister"),
                                ("xfd6", "held talks yesterday, Thursday, in the Italian capital")],
    "italian-engineers-kidnapped": [("xfe1", "Gunmen abducted two Italian engineers working on a road project"),
                                    ("xfe2", "kidnapped yesterday in Libya while driving to the construction site"),
                                    ("xfe3", "were kidnapped on the afternoon of Sunday, 2 May"),
                                    ("xfe4", "They had been seized on 2 May by armed")],
    "italian-engineers-freed": [("xfe4", "released yesterday in Libya after nineteen days of captivity"),
                                ("xfe5", "announces the liberation this evening of the two"),
                                ("xfe6", "were freed on Friday and handed to Italian diplomats"),
                                ("xfe7", "the release yesterday, Friday, of the two Italian engineers")],
    "misrata-municipal-election": [("xff1", "announces the closing of the polling stations"),
                                   ("xff2", "Voters in Libya's third city of Misrata elected a new municipal"),
                                   ("xff3", "A week earlier, Misrata had chosen its own council"),
                                   ("xfy2", "05 Jun: Misrata municipal council election")],
    "sabha-municipal-election": [("xff3", "Residents of the southern city of Sabha voted for a municipal council"),
                                 ("xff4", "Municipal Council elections in the Municipality of Sebha opened"),
                                 ("xff5", "went yesterday, Saturday, to the ballot boxes"),
                                 ("xfy2", "12 Jun: Sabha municipal council election")],
    "gmmr-sabotage": [("xfg1", "carried out at dawn today an act of sabotage against the main pipeline"),
                      ("xfg2", "saboteurs blew up a section of its main pipeline near al-Shuwairif"),
                      ("xfg3", "Saboteurs bombed a pipeline of Libya's Great Man-Made River"),
                      ("xfz1", "The sabotage of the Great Man-Made River in June")],
    "hor-confidence-vote": [("xfh1", "grants confidence to the unified government headed by"),
                            ("xfh2", "approved on Tuesday a unified government led by Salem Bouhliqa"),
                            ("xfh3", "welcomes the vote of confidence granted on 13 July"),
                            ("xfh5", "Parliament had endorsed the cabinet in a confidence vote on Tuesday")],
    "government-sworn-in": [("xfh4", "take the constitutional oath today before the House"),
                            ("xfh5", "was sworn in before parliament in Benghazi on Thursday"),
                            ("xfh6", "performed yesterday, Thursday, the legal oath")],
    "kufra-ceasefire": [("xfi1", "announces the reaching of a comprehensive ceasefire agreement"),
                        ("xfi2", "in the southeastern town of Kufra had agreed to a ceasefire"),
                        ("xfi3", "The Presidential Council had announced a ceasefire between the two")],
    "kufra-fighting-resumes": [("xfi3", "Fighting flared again in the Libyan town of Kufra on Thursday"),
                               ("xfi4", "announces with great regret the renewal of armed clashes"),
                               ("xfi5", "collapsed yesterday, Thursday, after only three days")],
    "abu-grein-prisoner-exchange": [("xfj1", "in an exchange of detainees carried out at the Abu Grein"),
                                    ("xfj2", "facilitates today the release and transfer of 61 people"),
                                    ("xfj3", "swapped 61 prisoners on Saturday at a frontline checkpoint")],
    "sabratha-interception": [("xfk1", "intercepts this morning a wooden boat carrying 134"),
                              ("xfk2", "returned yesterday, Sunday, 134 migrants"),
                              ("xfk4", "134 migrants intercepted at sea off the same coast are returned")],
    "sabratha-sinking": [("xfk3", "At least 27 migrants drowned when their inflatable boat capsized"),
                         ("xfk4", "the death of at least 27 migrants in a shipwreck off Sabratha"),
                         ("xfk5", "sank off Sabratha on Sunday night"),
                         ("xfk6", "the sinking of their boat last night off the coast of the city")],
    "tarhuna-floods": [("xfl1", "caused the flooding of the valleys of Wadi"),
                       ("xfl2", "Flash floods killed four people and swept away two bridges"),
                       ("xfl3", "Following the floods that hit Tarhuna on 12 October")],
    "abu-kraa-killed": [("xfm1", "who was shot dead late last night, Friday"),
                        ("xfm2", "Gunmen killed Ramzi Abukraa"),
                        ("xfm3", "was assassinated on Friday evening by a volley of bullets"),
                        ("xfy3", "Ramzi Abu Kraa KIA in ambush")],
    "zawiya-sea-shield-77th-clashes": [("xfm2", "fighters of his Sea Shield Battalion attacked positions of the rival"),
                                       ("xfm4", "Fighters of the Sea Shield Battalion are attacking 77th Brigade"),
                                       ("xfy3", "Sea Shield Bn vs 77th Bde clashes in")],
    "bouhliqa-cabinet-reshuffle": [("xfn1", "issues today a decision to amend the composition of the government"),
                                   ("xfn2", "replaced his interior and oil ministers on Wednesday"),
                                   ("xfn3", "yesterday parted ways with his Minister of the Interior")],
    "benghazi-port-strike": [("xfo1", "Dockworkers at Benghazi port went on strike on Monday"),
                             ("xfo2", "the strike that began yesterday at the port of Benghazi"),
                             ("xfo3", "suspension of work at the port's berths today")],
}


# The twenty-first set (NEWEST16_*), written on 2026-12-04 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out until the eleventh session, which studied it
# (bench/story_merging.py).
# Twenty-four events of 2050, each told by three to five reports (69 articles, 82 reports, 103 pairs): wires
# with their datelines (Saharan Wire Service, Maghreb Dispatch), an energy wire (Petro Line) and a finance
# wire (Dinar Desk), translated Arabic outlets with titles and honorifics in full ("yesterday, Sunday",
# "Counsellor", "Engineer", "Dr.", "His Excellency", "Captain", "Field Marshal"), UNSMIL's, the IOM's,
# UNHCR's and the WHO's releases in the present tense, the NOC's, parliament's, the High Council of State's,
# the unity government's prime minister's office's, its interior, foreign and defence ministries', the LAAF
# General Command's, the eastern government's information ministry's, the Judicial Police's, Sabha airport's,
# the General Desalination Company's, the football federation's, the doctors' syndicate's, a hospital's,
# Ajdabiya's civil defence's and Murzuq municipality's Facebook posts with hashtags, a live blog with
# timestamps, two weekly briefings, a monthly security digest and a monthly fuel digest with dated bullet
# lines, a year-end review naming events in passing at month precision, a French outlet and a Chadian outlet
# in French translation, Italian, Greek, Turkish, Egyptian and Sudanese outlets in translation and a Rwandan
# outlet, and page chrome (bylines, "Read also" links, a copyright footer, a wire's reporting credit), in
# other words ("began a sit-in" / "staged a sit-in" / "had camped at the terminal gate since" / "a sit-in ...
# that shut"; "announces the end of the sit-in" / "ended their protest" / "loading again"; "a video posted
# online ... showed" / "appeared ... in a four-minute video" / "had posted a video"; "announces the
# liberation" / "were released" / "freed"; "bombed a convoy" / "carried out ... precise air strikes
# targeting" / "accused ... of having bombed a column" / "airstrikes on ... convoy"; "a sandstorm swept over
# ... and forced the closure of its airport" / "announces the suspension of all arrivals and departures" / "a
# violent sandstorm struck"; "votes ... to appoint" / "voted ... to remove ... and replace him" / "had voted
# to replace" / "names"; "approves the general budget" / "passed a ... budget" / "adopts"; "reopened its
# embassy" / "the ceremony of the reopening" / "resumed its operation" / "had reopened"; "receives" / "held
# talks" / "returned ... for a visit"; "signed a power-sharing agreement" / "signed ... the 'Cairo Document'" /
# "the agreement signed" / "signs" / "accord"; "a riot by ... inmates" / "rioted" / "a mutiny of prisoners";
# "detained" / "was arrested" / "had been arrested"; "announces the deportation" / "expelled" / "Expelled";
# "were killed ... in a stampede" / "Crush at Gate 4" / "the painful incident" / "the stampede which
# claimed"; "stopped completely" / "the breakdown" / "failed"; "exploded" / "the fuel tanker explosion" /
# "the explosion of a tanker truck" / "blast"; "caught fire" / "the fire that broke out in a fuel tanker" /
# "tanker fire"; "condemns the attack" / "stormed the emergency ward" / "the cowardly assault" / "had
# stormed"; "announces the start of an open strike" / "went on strike" / "observed ... a strike"; "carry out
# ... a joint naval exercise" / "held a one-day exercise" / "took part ... in" / "had held a similar drill";
# "staged a joint drill" / "conduct ... the joint exercise" / "completed ... the exercise"; "dismantles ... a
# human trafficking network" / "freed ... 112 Sudanese citizens" / "the dismantling"; "evacuates" / "flew ...
# out of Libya" / "evacuated from Libya arrived"), a person in full, by surname or by post, spellings
# (Zueitina / Zuwaytina; Elmahdi / al-Mahdi; Vlachou / Vlahou; Mavridis / Mavrides, Yannis / Giannis;
# Elgarrai / al-Qarrai; Bukhatwa / Bu Khatwa; Ben Omran / Bin Omran / Benomran; Umm al-Aranib / Um Laraneb;
# Sabha / Sebha; Jdeida / al-Jadida / Jedida; Murzuq / Mourzouk; Zliten / Zlitan; al-Khums / Khoms; Kufra /
# al-Kufrah), bodies by acronym, in full and in plain words (NOC / the Corporation, HoR / the chamber, HCS /
# the Council, CBL / the Bank, LAAF / the Armed Forces, FRD, UNSMIL, IOM, UNHCR / the U.N. refugee agency,
# WHO, GNU, LFF / the federation) and dates of several forms ("on Sunday", "yesterday, Sunday", "yesterday",
# "today", "this morning", "this afternoon", "this evening", "at dawn today", "on Tuesday morning", "on Friday
# evening", "yesterday, Tuesday afternoon", "yesterday evening", "last night", "late last night", "late on
# Friday", "on the night of Friday to Saturday", "since January 9", "on February 3", "on June 2", "on 4
# April", "on 8 October", "last month", "last week", "15 Mar", "08 Mar", "01 Aug", "in January", "in April",
# "in July").  Hard negatives, which must not merge: (1) the guards' sit-in shutting the Zueitina terminal on
# Sunday 9 January and its end on Tuesday 25 January (a wire of the end names the start in its next sentence;
# the year-end review tells the start at month precision; a weekly briefing tells the end); (2) a video of two
# kidnapped Greek sailors posted on Thursday 3 February and their release on Sunday 27 February (a wire of the
# release names the video in its next sentence; one Greek outlet tells each, in two articles); (3) south of
# Sabha on Tuesday 8 March, an LAAF airstrike on a convoy of Chadian rebels in the morning and a sandstorm
# closing Sabha airport in the afternoon (a wire tells both, one sentence each); (4) the House of
# Representatives replacing the central bank governor on Tuesday 15 March and passing the 2050 budget on
# Thursday 17 March, both in Benghazi (a wire of the budget names the governor's vote in its next sentence; a
# weekly briefing tells both in two bullet lines); (5) the Greek foreign minister Eleni Vlachou in Tripoli on
# Monday 4 April, reopening the embassy (a wire says she also met the prime minister, untagged), and again on
# Thursday 12 May for talks on the maritime border with the prime minister Anas Elmahdi (a Greek outlet of the
# second names the first in its next sentence); (6) the French journalist Camille Roussel detained in Benghazi
# on Thursday 2 June and expelled on Tuesday 7 June (a wire of the expulsion names the arrest in its next
# sentence); (7) on Monday 1 August, a fuel tanker exploding in Murzuq and another catching fire at a petrol
# station in Ajdabiya (a wire tells both, one sentence each; a monthly fuel digest tells both in two bullet
# lines); (8) gunmen storming the emergency ward of the Zliten Medical Centre late on Friday 19 August and the
# doctors' strike in three cities on Sunday 21 August (a wire of the strike names the attack in its next
# sentence); (9) the Libyan navy's exercise with Italy's off Tripoli on Tuesday 13 September and with Turkey's
# off Misrata on Wednesday 21 September (a Turkish outlet of the second names the first in its next sentence;
# the GNU defence ministry posts each).  Beside them, untagged: the terminal's storage plan, a tanker due on
# Friday, a teachers' pay rise, rain in Misrata, a blood bank in Sirte and the budget debate due in the weekly
# briefing, the sailors' kidnapping in December, the families received at the ministry, a "Read also" link to
# the embassy's planned reopening, the sailors' landing due, arrests in the rescue operation, the FRD's
# announced offensive, a forecast and flights resuming at Sabha, an IED, clashes in Janzour and a kidnapping
# and release in the security digest, the bank's board due to meet, the Presidential Council's signature
# pending, a book fair and flights to Alexandria in the weekly briefing, the embassy's closure in 2041, the
# ambassador's credentials and visa services due, the maritime committee due to meet in Athens, the
# ratification due at the Council, elections to follow, the prisoners' transfer and the justice minister's
# visit due, the cancelled derby and its replay, the league's suspension, spare pumps due, the fuel allocation
# raised, queues easing and depot maintenance in the fuel digest, the health minister's meeting with the
# syndicate, the strike's continuation, patrol boats due in November, the Italian minister's visit due,
# Turkish ships due in Tripoli, the migrants' transfer to Benghazi, a further UNHCR flight planned, and
# elections promised for 2051 in the year-end review.
NEWEST16_ARTICLES: list[tuple[str, str, str, str]] = [
    # The Zueitina terminal sit-in by unpaid guards begins on Sunday 9 January 2050 and ends on Tuesday 25
    # January.
    ("xga1.md", "Petro Line", "2050-01-09",
     "BENGHAZI, Jan 9 (Petro Line) - Guards of the Petroleum Facilities Guard began a sit-in at the gate of "
     "Libya's Zueitina oil terminal on Sunday, blocking tanker loadings over eight months of unpaid salaries, "
     "two port sources said. About 200 guards parked trucks across the access road to the jetty, and a tanker "
     "chartered by a Spanish refiner was ordered to wait offshore. Zueitina, south of Benghazi, ships about "
     "250,000 barrels per day. The Zueitina Oil Company plans to expand the terminal's storage in 2051."),
    ("xga2.md", "National Oil Corporation (Facebook)", "2050-01-10",
     "#NOC | The National Oil Corporation announces the suspension of loading operations at the port of "
     "Zuwaytina, after members of the Petroleum Facilities Guard staged a sit-in at the port gate yesterday, "
     "Sunday, and prevented the workers from entering. The Chairman of the Board of Directors, Engineer Walid "
     "al-Zaroug, calls on the Government to pay the salaries of the guards and warns that the losses exceed 20 "
     "million dollars a day. #Libya #Oil #Zueitina"),
    ("xga3.md", "National Oil Corporation (Facebook)", "2050-01-25",
     "#NOC | The National Oil Corporation announces the end of the sit-in at the port of Zuwaytina this "
     "morning and the resumption of loading operations, after the Ministry of Finance transferred the salaries "
     "owed to the members of the Petroleum Facilities Guard. The tanker 'Costa Brava' is now moored at the "
     "jetty. The Corporation thanks the elders of the region for their mediation. #Libya #NOC #Zueitina"),
    ("xga4.md", "Petro Line", "2050-01-25",
     "BENGHAZI, Jan 25 (Petro Line) - Guards at Libya's Zueitina terminal ended their protest on Tuesday and "
     "loadings resumed within hours, after the Tripoli government paid their salary arrears, the National Oil "
     "Corporation said. The guards had camped at the terminal gate since January 9, halting about 4 million "
     "barrels of exports. A second tanker is due at the port on Friday.\nReporting by Hamza Elwerfalli; "
     "Editing by Jane Okafor"),
    ("xgy1.md", "The Libya Week", "2050-01-31",
     "THE LIBYA WEEK – 24 to 30 January 2050\n- 24 Jan: The GNU raised teachers' salaries by 20 percent.\n- 25 "
     "Jan: Zuwaytina terminal loading again as the guards' sit-in ended after 16 days.\n- 27 Jan: Heavy rain "
     "flooded streets in Misrata's old town.\n- 29 Jan: The Libyan Red Crescent opened a blood bank in "
     "Sirte.\nComing up: the HoR is due to debate the 2050 budget in March."),
    # A video of two kidnapped Greek sailors is posted on Thursday 3 February; they are freed on Sunday 27
    # February.
    ("xgb1.md", "Saharan Wire Service", "2050-02-03",
     "TRIPOLI, Feb 3 (SWS) - A video posted online on Thursday showed two Greek sailors kidnapped in western "
     "Libya in December pleading for their government to meet their captors' demands, the first sign of life "
     "from the men in seven weeks. The sailors, Yannis Stavrou and Petros Mavridis, were seized from the "
     "tanker Kyra Eleni in the port of Zawiya on December 14. A group calling itself the Coast Martyrs Brigade "
     "demanded 3 million euros. Greece's foreign ministry said it was verifying the footage."),
    ("xgb2.md", "Athens Evening Courier (translated from Greek)", "2050-02-04",
     "The two Greek seamen held hostage in Libya appeared yesterday in a four-minute video, visibly exhausted, "
     "asking the Greek government to 'bring us home'. Giannis Stavrou, 34, from Piraeus, and Petros Mavrides, "
     "51, from Chios, were abducted in December from the tanker on which they served. The families, received "
     "at the Foreign Ministry this morning, called for discretion.\nRead also: Greece to reopen its embassy in "
     "Tripoli in the spring"),
    ("xgb3.md", "Ministry of Interior - GNU (Facebook)", "2050-02-27",
     "#Ministry_of_Interior | The Ministry of the Interior announces the liberation this evening of the two "
     "Greek sailors, Yannis Stavrou and Petros Mavridis, in a security operation carried out by the Criminal "
     "Investigation Department in the Harsha area west of Zawiya, without the payment of any ransom. The two "
     "sailors are in good health and were handed over to the Greek chargé d'affaires. #Libya #Greece"),
    ("xgb4.md", "Athens Evening Courier (translated from Greek)", "2050-02-28",
     "Stavrou and Mavrides are free. The two sailors of the Kyra Eleni were released yesterday, Sunday, after "
     "75 days in captivity, and will land at Elefsina military airport this afternoon aboard an air force "
     "C-130. Foreign Minister Eleni Vlachou thanked the Libyan authorities 'for their cooperation'. The "
     "shipowner denied having paid a ransom.\nBy Maria Theodorou"),
    ("xgb5.md", "Saharan Wire Service", "2050-02-27",
     "TRIPOLI, Feb 27 (SWS) - Libyan security forces freed two Greek sailors held for more than two months by "
     "an armed group near Zawiya on Sunday, the interior ministry in Tripoli said. Their captors had posted a "
     "video of the two men on February 3, demanding a ransom of 3 million euros. The ministry said three "
     "suspects were arrested in the operation."),
    # South of Sabha on Tuesday 8 March, an airstrike on a convoy of Chadian rebels in the morning; a sandstorm
    # closes Sabha airport in the afternoon.
    ("xgc1.md", "Maghreb Dispatch", "2050-03-08",
     "SABHA, March 8 (Maghreb Dispatch) - Aircraft of the eastern-based Libyan Arab Armed Forces bombed a "
     "convoy of Chadian rebels near Umm al-Aranib, south of Sabha, on Tuesday morning, destroying at least six "
     "pickup trucks, a military spokesman said. In the afternoon, a sandstorm swept over Sabha and forced the "
     "closure of its airport, grounding all flights to Tripoli and Benghazi. The rebels of the Front for "
     "Renewal and Democracy have used southern Libya as a rear base since 2047. Visibility in the city fell "
     "below 200 metres."),
    ("xgc2.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2050-03-08",
     "#General_Command | The Air Force of the Libyan Arab Armed Forces carried out this morning precise air "
     "strikes targeting a convoy of outlaw Chadian gangs in the area of Umm al-Aranib, destroying their "
     "vehicles and weapons, in implementation of the directives of the Commander-in-Chief, Field Marshal "
     "Saddam Haftar, to secure the southern borders. #LAAF #Libya #Fezzan"),
    ("xgc3.md", "Le Sahélien de N'Djamena (translated from French)", "2050-03-09",
     "The Front for Renewal and Democracy (FRD) accused the forces of Marshal Saddam Haftar yesterday of "
     "having bombed a column of its fighters in southern Libya, killing eleven of them, in a statement sent to "
     "our newsroom. The strike, near Um Laraneb, reportedly hit the convoy as it was heading towards the "
     "Chadian border. In N'Djamena, the government spokesman welcomed 'the cooperation of the Libyan "
     "brothers'. The FRD had announced a new offensive on the Tibesti for the rainy season."),
    ("xgc4.md", "Sabha International Airport (Facebook)", "2050-03-08",
     "#Sabha_Airport | The management of Sabha International Airport announces the suspension of all arrivals "
     "and departures as of 2 p.m. today due to the sandstorm sweeping the region and the lack of horizontal "
     "visibility. Flights will resume as soon as weather conditions improve. We apologise to our passengers. "
     "#Sabha #Libya"),
    ("xgc5.md", "Fezzan Libya News (translated)", "2050-03-09",
     "A violent sandstorm struck the city of Sebha and its surroundings yesterday, Tuesday afternoon, "
     "paralysing traffic and forcing the closure of Sebha airport, where a Libyan Airlines flight coming from "
     "Mitiga was diverted to Ghat. The National Centre of Meteorology had warned on Monday of strong southerly "
     "winds. Flights resumed this morning, Wednesday.\n© Fezzan Libya News 2050 – All rights reserved"),
    ("xgm1.md", "Fezzan Security Monitor", "2050-04-02",
     "LIBYA – SECURITY DIGEST, MARCH 2050\n- 03 Mar: IED found near the Derna port gate; defused.\n- 08 Mar: "
     "LAAF airstrikes on an FRD rebel convoy at Umm al-Aranib (south of Sabha), 6 vehicles destroyed.\n- 21 "
     "Mar: Clashes between two armed groups in Janzour, 2 KIA.\n- 29 Mar: Kidnapping of a Tunisian doctor in "
     "Gharyan; released on 31 Mar.\nOutlook: further cross-border incidents with Chadian rebels likely in "
     "April."),
    # The House of Representatives replaces the central bank governor on Tuesday 15 March and passes the 2050
    # budget on Thursday 17 March, both in Benghazi.
    ("xgd1.md", "House of Representatives (Facebook)", "2050-03-15",
     "#House_of_Representatives | The House of Representatives, in its session held today in Benghazi under "
     "the chairmanship of the Speaker, Counsellor Idris Bukhatwa, votes by a majority of 98 members to appoint "
     "Dr. Tawfiq Elgarrai as Governor of the Central Bank of Libya, succeeding Mr. Mahmoud al-Kouni. The "
     "Speaker calls on the new Governor to unify the Bank's administration within three months. #HoR #CBL"),
    ("xgd2.md", "Dinar Desk", "2050-03-15",
     "BENGHAZI, March 15 (Dinar Desk) - Libya's eastern-based parliament voted on Tuesday to remove central "
     "bank governor Mahmoud al-Kouni and replace him with Tawfiq al-Qarrai, an economist at the University of "
     "Benghazi, lawmakers said. The Tripoli-based High Council of State said it had not been consulted, as the "
     "2045 agreement requires. The dinar weakened to 7.40 per dollar on the parallel market in Tripoli. The "
     "bank's board is due to meet in April."),
    ("xgd3.md", "House of Representatives (Facebook)", "2050-03-17",
     "#House_of_Representatives | The House of Representatives, in its official session held today, Thursday, "
     "in Benghazi, approves the general budget of the State for the year 2050, amounting to 142 billion "
     "dinars, with the approval of 104 members present. The Speaker, Counsellor Idris Bu Khatwa, affirms that "
     "the budget will be spent by a single government. #HoR #Budget2050"),
    ("xgd4.md", "Maghreb Dispatch", "2050-03-17",
     "BENGHAZI, March 17 (Maghreb Dispatch) - Libya's House of Representatives passed a 142-billion-dinar "
     "budget for 2050 on Thursday, the first unified spending plan in three years, a parliamentary spokesman "
     "said. On Tuesday, the chamber had voted to replace central bank governor Mahmoud al-Kouni with Tawfiq "
     "Elgarrai, a move the Tripoli government called illegal. The budget still needs the signature of the "
     "Presidential Council."),
    ("xgy2.md", "The Libya Week", "2050-03-21",
     "THE LIBYA WEEK – 14 to 20 March 2050\n- 15 Mar: HoR names Tawfiq Elgarrai CBL governor in place of "
     "al-Kouni.\n- 17 Mar: HoR adopts the 2050 budget (142 bn LYD).\n- 18 Mar: Tripoli's international book "
     "fair opened with 300 publishers.\n- 20 Mar: Libyan Airlines resumed flights to Alexandria.\nComing up: "
     "the Presidential Council is expected to rule on the budget next week."),
    # Greece's foreign minister Eleni Vlachou in Tripoli twice: reopening the Greek embassy on Monday 4 April,
    # and talks on the maritime border on Thursday 12 May.
    ("xge1.md", "Saharan Wire Service", "2050-04-04",
     "TRIPOLI, April 4 (SWS) - Greece reopened its embassy in Tripoli on Monday after nine years of closure, "
     "with Foreign Minister Eleni Vlachou raising the flag over the villa in the Dahra district herself. "
     "Vlachou also met Prime Minister Anas Elmahdi, who called the reopening 'a message of confidence'. Athens "
     "closed the embassy in 2041 after a car bomb outside the compound."),
    ("xge2.md", "Ministry of Foreign Affairs - GNU (Facebook)", "2050-04-04",
     "#Ministry_of_Foreign_Affairs | The Minister of Foreign Affairs and International Cooperation, Dr. Sumaya "
     "Ben Khalifa, attends today with her Greek counterpart, Mrs. Eleni Vlachou, the ceremony of the reopening "
     "of the Embassy of the Hellenic Republic in Tripoli, and the two ministers affirm the importance of "
     "resuming consular services for Libyan citizens. #Libya #Greece"),
    ("xge3.md", "Athens Evening Courier (translated from Greek)", "2050-04-05",
     "The Greek flag flies again over Tripoli. Our embassy in the Libyan capital resumed its operation "
     "yesterday, in a ceremony attended by Foreign Minister Eleni Vlahou, who spoke of 'a new page' in "
     "relations with Libya. The new ambassador, Konstantinos Ralis, will present his credentials next week. "
     "Visa services for Libyan students will start in June.\nBy Maria Theodorou"),
    ("xge4.md", "Government of National Unity - Prime Minister's Office (Facebook)", "2050-05-12",
     "#GNU | The Prime Minister, Mr. Anas al-Mahdi, receives today at the Prime Ministry's headquarters in "
     "Tripoli the Minister of Foreign Affairs of the Hellenic Republic, Mrs. Eleni Vlachou, and discusses with "
     "her the launch of technical negotiations on the delimitation of the maritime boundaries between the two "
     "countries. #Libya #Greece"),
    ("xge5.md", "Saharan Wire Service", "2050-05-12",
     "TRIPOLI, May 12 (SWS) - Greek Foreign Minister Eleni Vlachou held talks in Tripoli on Thursday with "
     "Libyan Prime Minister Anas Elmahdi on their disputed maritime border, agreeing to set up a joint "
     "technical committee, both sides said. The two countries have quarrelled since 2019 over Libya's maritime "
     "accord with Turkey. The committee is expected to meet in Athens in July."),
    ("xge6.md", "Athens Evening Courier (translated from Greek)", "2050-05-13",
     "Eleni Vlahou returned yesterday to Tripoli for a visit focused on the thorny issue of the maritime "
     "zones, and obtained from Anas al-Mahdi the creation of a joint committee of experts. Last month, on 4 "
     "April, the minister had reopened the Greek embassy in the Libyan capital, closed since 2041. Ankara has "
     "not yet commented on the talks.\nBy Maria Theodorou"),
    # The heads of the House of Representatives and the High Council of State sign a power-sharing agreement in
    # Cairo on Wednesday 20 April.
    ("xgf1.md", "Maghreb Dispatch", "2050-04-20",
     "CAIRO, April 20 (Maghreb Dispatch) - The heads of Libya's two legislative chambers signed a "
     "power-sharing agreement in Cairo on Wednesday that divides the top posts of a future unified executive "
     "between east and west, Egyptian officials said. Speaker Idris Bukhatwa of the House of Representatives "
     "and Naji Ben Omran, chairman of the High Council of State, put their names to the text at the Egyptian "
     "foreign ministry. Elections are to follow within 18 months."),
    ("xgf2.md", "Al-Nahar al-Masri (translated)", "2050-04-21",
     "Under the auspices of His Excellency the Minister of Foreign Affairs, Mr. Karim Mansy, the Speaker of "
     "the Libyan House of Representatives, Counsellor Idris Bu Khatwa, and the Chairman of the High Council of "
     "State, Dr. Naji Bin Omran, signed yesterday, Wednesday, in Cairo the 'Cairo Document' on the sharing of "
     "sovereign positions and the formation of a unified government. Minister Mansy affirmed that Egypt stands "
     "at an equal distance from all Libyan parties. The ceremony was attended by the ambassadors of the "
     "permanent members of the Security Council."),
    ("xgf3.md", "UNSMIL", "2050-04-21",
     "TRIPOLI – The United Nations Support Mission in Libya welcomes the agreement signed yesterday in Cairo "
     "by the House of Representatives and the High Council of State on the distribution of sovereign "
     "positions, and commends the efforts of Egypt. The Special Representative of the Secretary-General, Ms. "
     "Ingrid Solheim, urges both chambers to translate the agreement into a timetable for elections."),
    ("xgf4.md", "High Council of State (Facebook)", "2050-04-20",
     "#High_Council_of_State | The Chairman of the High Council of State, Dr. Naji Benomran, signs today in "
     "the Egyptian capital, Cairo, with the Speaker of the House of Representatives, the agreement on the "
     "unified executive authority and the sovereign positions, which will be presented to the Council for "
     "ratification in its next session. #HCS #Libya"),
    # A riot at the Jdeida prison in Tripoli on Saturday 28 May.
    ("xgg1.md", "Judicial Police Apparatus (Facebook)", "2050-05-28",
     "#Judicial_Police | The Judicial Police Apparatus announces that its forces regained full control this "
     "afternoon of the Jdeida Correction and Rehabilitation Institution in Tripoli, after a riot by a number "
     "of inmates who set fire to mattresses in Wing C and held two guards for several hours. Three inmates "
     "died and eleven were injured. An investigation has been opened. #Tripoli #Libya"),
    ("xgg2.md", "Saharan Wire Service", "2050-05-29",
     "TRIPOLI, May 29 (SWS) - Inmates rioted at Tripoli's al-Jadida prison on Saturday, burning bedding and "
     "seizing two guards in a revolt over overcrowding and delayed trials that left three prisoners dead, a "
     "judicial police official said. Rights groups say the prison, built for 1,200 people, holds more than "
     "3,000. The justice ministry promised to transfer 500 inmates to a new prison in Tarhuna by the end of "
     "the year."),
    ("xgg3.md", "Al-Wasat Arabic (translated)", "2050-05-29",
     "The Jedida prison in Tripoli witnessed yesterday, Saturday, a mutiny of prisoners in protest at the "
     "delay of their trials, during which fires broke out in one of the wings before the Judicial Police "
     "forces intervened, according to a security source. The families of the prisoners gathered in front of "
     "the prison gate until late at night. The Minister of Justice, Counsellor Halima Abdelrahman, is due to "
     "visit the prison on Monday."),
    # A French journalist detained in Benghazi on Thursday 2 June and expelled on Tuesday 7 June.
    ("xgh1.md", "Maghreb Dispatch", "2050-06-02",
     "BENGHAZI, June 2 (Maghreb Dispatch) - Security forces in eastern Libya detained French freelance "
     "journalist Camille Roussel at a checkpoint in Benghazi on Thursday while she was reporting on the "
     "reconstruction of the old city, her employer said. The Internal Security Agency seized her laptop and "
     "phone, according to her fixer. Roussel had entered Libya with a valid press visa."),
    ("xgh2.md", "Le Journal du Sud (translated from French)", "2050-06-03",
     "Our collaborator Camille Roussel was arrested yesterday in Benghazi by agents of the Internal Security "
     "Agency, as she was filming in the Souq al-Jarid. The Quai d'Orsay said it was 'mobilised' and in contact "
     "with the Libyan authorities of the east. Camille Roussel, 31, had already reported from Libya in 2048 "
     "and 2049.\nRead also: In Benghazi, the old city rises from its ruins"),
    ("xgh3.md", "Ministry of Information - Government of National Stability (Facebook)", "2050-06-07",
     "#Ministry_of_Information | The Ministry of Information announces the deportation today of the French "
     "national Camille Roussel, after it was proven that she carried out media work outside the scope of the "
     "permit granted to her, and that she was handed over to the French consul at Benina International "
     "Airport. The Ministry affirms its respect for the freedom of the press within the framework of the law. "
     "#Libya"),
    ("xgh4.md", "Maghreb Dispatch", "2050-06-07",
     "BENGHAZI, June 7 (Maghreb Dispatch) - Authorities in eastern Libya expelled French journalist Camille "
     "Roussel on Tuesday, putting her on a flight to Istanbul from Benghazi's Benina airport, the eastern "
     "information ministry said. She had been arrested on June 2 at a checkpoint in the city and held for five "
     "days without charge. Press freedom groups called the expulsion a warning to foreign reporters."),
    ("xgh5.md", "Le Journal du Sud (translated from French)", "2050-06-08",
     "Camille Roussel is back in France. Expelled yesterday from Libya by the authorities of the east, our "
     "collaborator landed at Paris-Charles de Gaulle late in the evening, via Istanbul. 'I was never told what "
     "I was accused of,' she told us. The Foreign Ministry summoned the Libyan chargé d'affaires."),
    # A stampede at the Martyrs of February Stadium in Benghazi on Friday 17 June.
    ("xgi1.md", "Saharan Wire Service", "2050-06-17",
     "BENGHAZI, June 17 (SWS) - At least nine people were killed and more than 60 injured in a stampede at the "
     "gates of Benghazi's Martyrs of February Stadium on Friday evening before the derby between Al-Ahly "
     "Benghazi and Al-Nasr, health officials said. Thousands of fans without tickets pushed against a closed "
     "gate, witnesses said. The match was called off."),
    ("xgi2.md", "Benghazi Now Live", "2050-06-17",
     "LIVE: Benghazi derby\n18:30 – Huge crowds outside the Martyrs of February Stadium, two hours before "
     "kick-off.\n19:10 – Crush at Gate 4: fans fell as the crowd surged towards the entrance, according to our "
     "reporter.\n20:05 – Ministry of Health: 7 dead, dozens injured, taken to Al-Jalaa hospital and the "
     "Benghazi Medical Centre.\n20:40 – The federation announces that the match is cancelled.\n22:30 – The "
     "death toll rises to nine. We are closing this live page."),
    ("xgi3.md", "Libyan Football Federation (Facebook)", "2050-06-18",
     "#Libyan_Football_Federation | The Libyan Football Federation mourns with deep sorrow the martyrs of the "
     "painful incident that took place yesterday, Friday, at the gates of the Martyrs of February Stadium in "
     "Benghazi, and announces the suspension of all league activities for one week and the formation of a "
     "committee to investigate the stampede. #LFF #Benghazi"),
    ("xgi4.md", "Al-Nahar al-Masri (translated)", "2050-06-18",
     "The Egyptian coach of the Libyan club Al-Ahly Benghazi, Captain Hesham Zaki, expressed his shock at the "
     "stampede which claimed the lives of nine fans yesterday evening at the entrance of the Martyrs of "
     "February Stadium, saying that he had seen 'scenes I will never forget'. The Egyptian Football "
     "Association sent a cable of condolences to its Libyan counterpart. The derby will be replayed behind "
     "closed doors."),
    # The Tobruk desalination plant breaks down on Saturday 9 July.
    ("xgj1.md", "General Desalination Company (Facebook)", "2050-07-09",
     "#General_Desalination_Company | The General Desalination Company regrets to announce that the Tobruk "
     "desalination plant stopped completely at dawn today, as a result of the failure of the main "
     "high-pressure pumps, which will interrupt water supplies to most neighbourhoods of the city. The "
     "maintenance teams are working around the clock, and tankers will supply the hospitals. #Tobruk #Libya"),
    ("xgj2.md", "Maghreb Dispatch", "2050-07-11",
     "TOBRUK, July 11 (Maghreb Dispatch) - Residents of the eastern Libyan city of Tobruk queued for water "
     "from tankers for a third day on Monday after the breakdown of the city's only desalination plant on "
     "Saturday, municipal officials said. The plant, built in 2031, supplies about 40,000 cubic metres a day. "
     "Spare pumps are being flown in from Italy and are expected on Wednesday."),
    # On Monday 1 August, a fuel tanker explodes in Murzuq, and another catches fire at a petrol station in
    # Ajdabiya.
    ("xgk1.md", "Saharan Wire Service", "2050-08-01",
     "TRIPOLI, Aug 1 (SWS) - A fuel tanker exploded in the southern Libyan town of Murzuq on Monday as "
     "residents gathered to collect petrol leaking from it after an accident, killing at least 14 people, the "
     "town's hospital said. Hundreds of kilometres to the north, a tanker truck unloading at a petrol station "
     "in Ajdabiya caught fire and blew up on Monday evening, killing three people, the civil defence said. "
     "Fuel shortages have hit the south for weeks."),
    ("xgk2.md", "Murzuq Municipality (Facebook)", "2050-08-01",
     "#Murzuq | The Municipal Council of Murzuq mourns the victims of the fuel tanker explosion that took "
     "place this afternoon on the main road at the entrance of the city, which claimed the lives of 14 "
     "citizens and injured more than 30, and declares three days of mourning. The Council calls on the "
     "Government to send medical aircraft to evacuate the burn victims. #Murzuq #Libya"),
    ("xgk3.md", "Le Sahélien de N'Djamena (translated from French)", "2050-08-03",
     "Four Chadian nationals are among the victims of the explosion of a tanker truck on Monday in Mourzouk, "
     "in the south of Libya, which left at least 16 dead according to a new toll, the Chadian consulate in "
     "Sebha told us. The victims, workers in the gold mines, had rushed to collect the spilled fuel. Their "
     "bodies will be repatriated via Faya-Largeau."),
    ("xgk4.md", "Civil Defence - Ajdabiya (Facebook)", "2050-08-02",
     "#Civil_Defence_Ajdabiya | Our teams extinguished last night, after four hours of work, the fire that "
     "broke out in a fuel tanker at a petrol station on the Ajdabiya–Benghazi road, which resulted in the "
     "death of three people, including a worker of the station, and the injury of five others. We call on the "
     "owners of the stations not to unload fuel during peak hours. #Ajdabiya"),
    ("xgm2.md", "Fuel & Power Monitor", "2050-09-03",
     "LIBYA – FUEL & ENERGY DIGEST, AUGUST 2050\n- 01 Aug: Fuel tanker blast in Murzuq, 14 killed (toll later "
     "16).\n- 01 Aug: Tanker fire at an Ajdabiya filling station, 3 dead.\n- 12 Aug: NOC raised the fuel "
     "allocation to the southern depots by 20 percent.\n- 24 Aug: Queues at Tripoli petrol stations eased "
     "after two gasoline cargoes arrived.\nOutlook: maintenance of the Brega depot is planned for October."),
    # Gunmen attack the emergency ward of the Zliten Medical Centre late on Friday 19 August; doctors strike on
    # Sunday 21 August.
    ("xgl1.md", "World Health Organization - Libya", "2050-08-20",
     "TRIPOLI – The World Health Organization strongly condemns the attack carried out late last night by "
     "armed men on the emergency department of the Zliten Medical Centre, in which a nurse is killed and two "
     "doctors are wounded. The WHO Representative in Libya, Dr. Amadou Traoré, recalls that health facilities "
     "and health workers are protected under international humanitarian law. WHO has recorded 14 attacks on "
     "health care in Libya this year."),
    ("xgl2.md", "Saharan Wire Service", "2050-08-20",
     "TRIPOLI, Aug 20 (SWS) - Gunmen stormed the emergency ward of a hospital in the western Libyan city of "
     "Zliten late on Friday, shooting dead a nurse and wounding two doctors after a relative of theirs died on "
     "a trolley, hospital staff said. The attackers fled before police arrived. Zliten lies 150 km east of "
     "Tripoli."),
    ("xgl3.md", "Zliten Medical Centre (Facebook)", "2050-08-20",
     "#Zliten_Medical_Centre | The administration of Zliten Medical Centre mourns the nurse Aisha Elgamoudi, "
     "who was martyred in the cowardly assault on the emergency department on the night of Friday to Saturday, "
     "and announces the closure of the department until the security services secure the building. #Zliten "
     "#Libya"),
    ("xgl4.md", "General Syndicate of Libyan Doctors (Facebook)", "2050-08-21",
     "#Doctors_Syndicate | The General Syndicate of Libyan Doctors announces the start of an open strike "
     "today, Sunday, in all public hospitals of Zliten, Misrata and al-Khums, except for emergency cases, in "
     "protest at the repeated attacks on medical staff, until the perpetrators are arrested. #Libya"),
    ("xgl5.md", "Saharan Wire Service", "2050-08-21",
     "TRIPOLI, Aug 21 (SWS) - Doctors in three western Libyan cities went on strike on Sunday, treating only "
     "emergencies, their union said. Gunmen had stormed the emergency ward of the Zliten Medical Centre late "
     "on Friday, killing a nurse. The health ministry said it would post police at all hospitals."),
    ("xgl6.md", "Libya Observer Arabic (translated)", "2050-08-22",
     "Public hospitals in Zlitan, Misrata and Khoms observed yesterday, Sunday, a strike called by the "
     "Doctors' Syndicate, with outpatient clinics closed and only emergency departments working, according to "
     "our correspondents. The Minister of Health, Dr. Ramzi al-Aguri, met the head of the Syndicate in the "
     "evening and promised to protect medical staff. The strike will continue until Thursday."),
    # The Libyan navy holds a joint exercise with Italy's off Tripoli on Tuesday 13 September, and with Turkey's
    # off Misrata on Wednesday 21 September.
    ("xgn1.md", "Ministry of Defence - GNU (Facebook)", "2050-09-13",
     "#Ministry_of_Defence | Units of the Libyan Navy carry out today with units of the Italian Navy a joint "
     "naval exercise off the coast of Tripoli under the name 'Scirocco 2050', including search and rescue "
     "operations at sea and the inspection of suspicious vessels, in the presence of the Chief of Staff of the "
     "Navy, Rear Admiral Fathi Abuzeid. #Libya #Italy"),
    ("xgn2.md", "Maghreb Dispatch", "2050-09-13",
     "TRIPOLI, Sept 13 (Maghreb Dispatch) - Libyan and Italian warships held a one-day exercise off Tripoli on "
     "Tuesday, practising search and rescue and the boarding of suspect vessels, Libya's defence ministry "
     "said. Italy has trained Libyan naval crews since 2017. Rome plans to hand over two more patrol boats in "
     "November."),
    ("xgn3.md", "Il Tirreno Oggi (translated from Italian)", "2050-09-14",
     "A frigate and a patrol vessel of the Navy took part yesterday in 'Scirocco 2050', the first joint "
     "exercise of the Italian Navy with the Libyan navy in the waters in front of Tripoli since 2045. "
     "According to the Defence Staff, the drill focused on rescue at sea. The Minister of Defence, Alessandro "
     "Ferri, will visit the Libyan capital in October.\nBy Giulia Santoro"),
    ("xgn4.md", "Saharan Wire Service", "2050-09-21",
     "MISRATA, Sept 21 (SWS) - Turkish and Libyan naval forces staged a joint drill off the port of Misrata on "
     "Wednesday, with two Turkish frigates and a submarine taking part, the Turkish defence ministry said. The "
     "exercise, named 'Blue Shore-2050', included live firing at floating targets. Greece said it was "
     "following the manoeuvres closely."),
    ("xgn5.md", "Ministry of Defence - GNU (Facebook)", "2050-09-21",
     "#Ministry_of_Defence | The Libyan Navy and the Naval Forces of the Republic of Türkiye conduct today the "
     "joint exercise 'Mavi Sahil-2050' in the territorial waters off Misrata, which includes live-fire drills "
     "and anti-submarine warfare training, within the framework of the memorandum of military cooperation "
     "between the two countries. #Libya #Türkiye"),
    ("xgn6.md", "Deniz Haber (translated from Turkish)", "2050-09-22",
     "The Turkish Naval Forces completed yesterday the 'Mavi Sahil-2050' exercise with the Libyan navy off "
     "Misrata, with the participation of two frigates and a submarine of the Southern Task Group. Last week, "
     "the Libyan navy had held a similar drill with the Italian navy off Tripoli. The Turkish ships will call "
     "at the port of Tripoli on Friday."),
    # A human-trafficking ring dismantled in Kufra on Saturday 8 October.
    ("xgo1.md", "Ministry of Interior - GNU (Facebook)", "2050-10-08",
     "#Ministry_of_Interior | The Kufra Security Directorate dismantles today a human trafficking network, "
     "arrests six of its members, including its leader, and frees 112 irregular migrants of Sudanese "
     "nationality, among them 27 women and 19 children, who were held in a warehouse south of the city in "
     "inhumane conditions. The suspects were referred to the Public Prosecution. #Kufra #Libya"),
    ("xgo2.md", "Al-Tayyar al-Sudani (translated)", "2050-10-09",
     "The Libyan authorities in the city of al-Kufrah freed yesterday, Saturday, 112 Sudanese citizens who "
     "were held by a gang of human traffickers, after a raid on a warehouse south of the city, according to "
     "the Sudanese consulate in Kufra. The consul, Mr. Babiker Osman, said that the freed persons, most of "
     "them from Darfur, would be transferred to Benghazi. A number of them reported torture and the extortion "
     "of their families."),
    ("xgo3.md", "International Organization for Migration", "2050-10-10",
     "BENGHAZI – IOM is providing food, water, medical screening and psychosocial support to 112 Sudanese "
     "migrants, including 19 children, freed in Kufra following the dismantling on 8 October of a trafficking "
     "network that held them in a warehouse. IOM commends the Libyan authorities and calls for the "
     "perpetrators to be held accountable. Some of the survivors have requested voluntary humanitarian return."),
    # UNHCR evacuates 147 refugees from Tripoli to Rwanda on Wednesday 16 November.
    ("xgp1.md", "UNHCR Libya", "2050-11-16",
     "TRIPOLI – UNHCR, the UN Refugee Agency, evacuates today 147 vulnerable refugees and asylum-seekers from "
     "Libya to Rwanda, on a flight from Mitiga airport to Kigali, under the Emergency Transit Mechanism. The "
     "group includes Eritreans, Sudanese and South Sudanese, among them 41 unaccompanied children. UNHCR "
     "thanks the Libyan authorities and the Government of Rwanda. A further flight is planned before the end "
     "of the year."),
    ("xgp2.md", "Saharan Wire Service", "2050-11-16",
     "TRIPOLI, Nov 16 (SWS) - The U.N. refugee agency flew 147 refugees out of Libya to Rwanda on Wednesday, "
     "the first such evacuation from Tripoli in 14 months, UNHCR said. Most had been held in detention "
     "centres. More than 40,000 refugees are registered with the agency in Libya."),
    ("xgp3.md", "The Kigali Chronicle", "2050-11-17",
     "A group of 147 refugees evacuated from Libya arrived at Kigali International Airport late on Wednesday "
     "and were taken to the Gashora transit centre in Bugesera District, the Ministry in charge of Emergency "
     "Management said. The group, the twenty-fifth since 2019, will stay in Rwanda while resettlement "
     "countries examine their cases."),
    # The year in review.
    ("xgz1.md", "Maghreb Risk Review", "2050-12-20",
     "Libya 2050: a deal on paper\nThe year opened with a sit-in by unpaid guards that shut the Zueitina "
     "terminal in January, a reminder of how cheaply the oil crescent can be held hostage. The Cairo "
     "power-sharing accord of April gave the two chambers a shared text, though not yet a shared government. "
     "Tobruk's desalination plant failed in July, leaving the city on tankers for twelve days. Elections "
     "promised for 2051 will test whether the accord is more than a ceremony."),
]

NEWEST16_EVENTS: dict[str, list[tuple[str, str]]] = {
    "zueitina-sitin-begins": [("xga1", "began a sit-in at the gate of Libya's Zueitina oil terminal on Sunday"),
                              ("xga2", "staged a sit-in at the port gate yesterday, Sunday"),
                              ("xga4", "The guards had camped at the terminal gate since January 9"),
                              ("xgz1", "a sit-in by unpaid guards that shut the Zueitina terminal in")],
    "zueitina-sitin-ends": [("xga3", "announces the end of the sit-in at the port of Zuwaytina this morning"),
                            ("xga4", "ended their protest on Tuesday and loadings"),
                            ("xgy1", "Zuwaytina terminal loading again as the guards' sit-in ended")],
    "greek-sailors-video": [("xgb1", "A video posted online on Thursday showed two Greek sailors"),
                            ("xgb2", "appeared yesterday in a four-minute video"),
                            ("xgb5", "Their captors had posted a video of the two men on February 3")],
    "greek-sailors-freed": [("xgb3", "announces the liberation this evening of the two Greek"),
                            ("xgb4", "were released yesterday, Sunday, after 75 days in"),
                            ("xgb5", "Libyan security forces freed two Greek sailors")],
    "umm-al-aranib-convoy-airstrike": [("xgc1", "bombed a convoy of Chadian rebels near Umm al-Aranib"),
                                       ("xgc2", "carried out this morning precise air strikes"),
                                       ("xgc3", "accused the forces of Marshal Saddam Haftar yesterday of having bombed"),
                                       ("xgm1", "airstrikes on an FRD rebel convoy at Umm al-Aranib")],
    "sabha-sandstorm-airport": [("xgc1", "a sandstorm swept over Sabha and forced the closure of its airport"),
                                ("xgc4", "announces the suspension of all arrivals and"),
                                ("xgc5", "A violent sandstorm struck the city of Sebha")],
    "hor-cbl-governor-replaced": [("xgd1", "votes by a majority of 98 members to appoint Dr. Tawfiq"),
                                  ("xgd2", "voted on Tuesday to remove central bank"),
                                  ("xgd4", "On Tuesday, the chamber had voted to replace central bank governor"),
                                  ("xgy2", "HoR names Tawfiq Elgarrai CBL governor")],
    "hor-budget-2050": [("xgd3", "approves the general budget of the State for the year 2050"),
                        ("xgd4", "passed a 142-billion-dinar budget for"),
                        ("xgy2", "HoR adopts the 2050 budget")],
    "greek-embassy-reopened": [("xge1", "Greece reopened its embassy in Tripoli on Monday"),
                               ("xge2", "the ceremony of the reopening of the Embassy of the Hellenic Republic"),
                               ("xge3", "Our embassy in the Libyan capital resumed its operation yesterday"),
                               ("xge6", "the minister had reopened the Greek embassy in the Libyan capital")],
    "vlachou-elmahdi-maritime-talks": [("xge4", "receives today at the Prime Ministry's headquarters in Tripoli"),
                                       ("xge5", "held talks in Tripoli on Thursday with Libyan Prime"),
                                       ("xge6", "returned yesterday to Tripoli for a visit focused")],
    "cairo-power-sharing-deal": [("xgf1", "signed a power-sharing agreement in Cairo on Wednesday"),
                                 ("xgf2", "signed yesterday, Wednesday, in Cairo the 'Cairo Document'"),
                                 ("xgf3", "welcomes the agreement signed yesterday in Cairo"),
                                 ("xgf4", "signs today in the Egyptian capital, Cairo"),
                                 ("xgz1", "The Cairo power-sharing accord of April")],
    "jdeida-prison-riot": [("xgg1", "after a riot by a number of inmates who set fire to mattresses"),
                           ("xgg2", "Inmates rioted at Tripoli's al-Jadida prison on Saturday"),
                           ("xgg3", "witnessed yesterday, Saturday, a mutiny of prisoners")],
    "roussel-detained": [("xgh1", "detained French freelance journalist Camille Roussel"),
                         ("xgh2", "was arrested yesterday in Benghazi by agents of the Internal"),
                         ("xgh4", "She had been arrested on June 2 at a checkpoint")],
    "roussel-expelled": [("xgh3", "announces the deportation today of the French national"),
                         ("xgh4", "expelled French journalist Camille Roussel on"),
                         ("xgh5", "Expelled yesterday from Libya by the authorities of the east")],
    "benghazi-stadium-stampede": [("xgi1", "were killed and more than 60 injured in a stampede"),
                                  ("xgi2", "Crush at Gate 4: fans fell as the crowd surged"),
                                  ("xgi3", "incident that took place yesterday, Friday, at the gates"),
                                  ("xgi4", "the stampede which claimed the lives of nine fans yesterday")],
    "tobruk-desalination-failure": [("xgj1", "desalination plant stopped completely at dawn today"),
                                    ("xgj2", "after the breakdown of the city's only desalination plant"),
                                    ("xgz1", "Tobruk's desalination plant failed in")],
    "murzuq-fuel-tanker-explosion": [("xgk1", "A fuel tanker exploded in the southern Libyan town of Murzuq"),
                                     ("xgk2", "the fuel tanker explosion that took place this afternoon"),
                                     ("xgk3", "the explosion of a tanker truck on Monday in Mourzouk"),
                                     ("xgm2", "Fuel tanker blast in Murzuq, 14 killed")],
    "ajdabiya-fuel-tanker-fire": [("xgk1", "a tanker truck unloading at a petrol station in Ajdabiya caught fire"),
                                  ("xgk4", "the fire that broke out in a fuel tanker at a petrol station"),
                                  ("xgm2", "Tanker fire at an Ajdabiya filling station")],
    "zliten-hospital-attack": [("xgl1", "condemns the attack carried out late last night by armed men"),
                               ("xgl2", "Gunmen stormed the emergency ward of a hospital"),
                               ("xgl3", "martyred in the cowardly assault on the emergency department"),
                               ("xgl5", "Gunmen had stormed the emergency ward of the Zliten Medical Centre")],
    "doctors-strike": [("xgl4", "announces the start of an open strike today, Sunday"),
                       ("xgl5", "Doctors in three western Libyan cities went on strike on Sunday"),
                       ("xgl6", "observed yesterday, Sunday, a strike called by the Doctors'")],
    "libya-italy-naval-exercise": [("xgn1", "carry out today with units of the Italian Navy a joint naval"),
                                   ("xgn2", "Libyan and Italian warships held a one-day exercise off Tripoli"),
                                   ("xgn3", "took part yesterday in 'Scirocco 2050'"),
                                   ("xgn6", "the Libyan navy had held a similar drill with the Italian navy")],
    "libya-turkey-naval-exercise": [("xgn4", "Turkish and Libyan naval forces staged a joint drill off the port"),
                                    ("xgn5", "conduct today the joint exercise 'Mavi Sahil-2050'"),
                                    ("xgn6", "completed yesterday the 'Mavi Sahil-2050' exercise")],
    "kufra-trafficking-ring-dismantled": [("xgo1", "dismantles today a human trafficking network"),
                                          ("xgo2", "freed yesterday, Saturday, 112 Sudanese citizens"),
                                          ("xgo3", "following the dismantling on 8 October of a trafficking network")],
    "unhcr-evacuation-rwanda": [("xgp1", "evacuates today 147 vulnerable refugees and asylum-seekers"),
                                ("xgp2", "flew 147 refugees out of Libya to Rwanda on Wednesday"),
                                ("xgp3", "A group of 147 refugees evacuated from Libya arrived at Kigali")],
}


# The twenty-second set (NEWEST17_*), written on 2026-12-05 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out (bench/story_merging.py).
# Sixteen events of 2051, each told by three or four reports: a wire with datelines (Saharan Wire Service) and
# a finance wire (Dinar Desk), translated Arabic outlets ("yesterday, Tuesday", "Engineer", "Professor", "His
# Excellency"), UNSMIL's, the IOM's and the FAO's releases in the present tense, Facebook posts with hashtags
# (GECOL, the football federation, the elections commission, Gheryan municipality, Ubari hospital, the
# interior, agriculture and prime minister's offices, the central bank), a live blog with timestamps, two
# weekly digests and a monthly finance digest with dated bullet lines, a year-end review at month precision,
# Italian, French and Maltese outlets (two in translation), and page chrome (bylines, "Read also" links, a
# reporting credit).  Wordings vary per event ("plunged ... into darkness" / "announces a total blackout" /
# "suffered ... from a complete power cut" / "had failed"; "abducted" / "the kidnapping of" / "the abduction"
# / "had been seized"; "was freed" / "returned ... safe and sound" / "welcomes the release"; "struck down" /
# "ruled ... the unconstitutionality" / "had annulled"; "suspended" / "to suspend the receipt" / "has frozen"
# / "paused"; "A drone strike hit" / "targeted" / "the bombing of a farm" / "A drone attack"; "escaped" /
# "announces the escape" / "broke out" / "jailbreak"; "would release" / "announces the injection" / "had
# pumped" / "injects"; "raised the surcharge" / "decided ... to raise the fee"; "held talks" / "receives" /
# "visit"), spellings (Khoms / al-Khums / Khums / Al Khums; Zuwara / Zuara; Gharyan / Gheryan; Abu Ras / Bu
# Ras; Ubari / Awbari / Obari; Sabha / Sebha; Kufra / al-Kufrah; Bensasi / Ben Sasi; Tobruk / Tubruq;
# Ajdabiya / Ejdabia), bodies by acronym, in full and in plain words (GECOL / the electricity company, HNEC /
# the electoral commission, CBL / the central bank / the Bank, UNSMIL, IOM, FAO, LFF) and dates of several
# forms ("on Tuesday", "yesterday, Tuesday", "this afternoon", "this morning", "today", "last night", "on
# January 10", "on 14 May", "on October 1", "first reported on 6 November", "21 Jan", "01 Oct", "in
# February", "in August").  Hard negatives, which must not merge: (1) two blackouts after failures of the
# Khoms power station, on Tuesday 10 January and Saturday 21 January (a wire of the second names the first
# in its next sentence); (2) the charity ship Ocean Lark's rescue of 84 off Zuwara on Monday 6 March and of
# 61 off Sabratha on Wednesday 8 March (a wire of the second names the first in its next sentence); (3) the
# Supreme Court striking down the dual-nationality ban on Wednesday 12 April and the elections commission
# suspending candidate registration on Saturday 15 April (a wire of the second names the ruling in its next
# sentence; a weekly digest tells both in two bullet lines); (4) the mayor of Gharyan kidnapped on Sunday 14
# May and freed on Friday 19 May (a wire of the release names the kidnapping in its next sentence); (5) two
# drone strikes near Ubari, on a truck on Friday 7 July and on a farm on Monday 10 July (a wire of the second
# names the first in its next sentence); (6) the central bank's cash injection on Sunday 1 October and its
# foreign-currency surcharge rise on Wednesday 11 October (a wire of the second names the first in its next
# sentence; a monthly digest tells both in two bullet lines).  Beside them, untagged: an electricity protest
# in Tubruq, a hospital opening in Ejdabia and a fuel seizure at Ras Ajdir in a weekly digest, a Tobruk road
# blockade and an Ajdabiya hospital in two articles of their own, maintenance plans, a derby replay, the
# Augusta port assignment, the reopening of Ras Ajdir and rain in Gharyan in a weekly digest, a ransom denied,
# gunfire, a curfew and a fuel seizure in the live blog, recaptured prisoners, crude output and bank queues in
# the monthly digest, a blood appeal, a fishing memorandum, and the January blackouts told together in the
# year-end review.
NEWEST17_ARTICLES: list[tuple[str, str, str, str]] = [
    # The Khoms power station fails on Tuesday 10 January 2051, and again on Saturday 21 January.
    ("xha1.md", "Saharan Wire Service", "2051-01-10",
     "KHOMS, Jan 10 (SWS) - A fault at the al-Khums steam power plant plunged much of western Libya into "
     "darkness on Tuesday, cutting electricity to Tripoli, Misrata and Zliten for up to nine hours, the state "
     "power company said. Engineers blamed a turbine that tripped during a routine load transfer. The company "
     "plans to overhaul two of the plant's units before the summer."),
    ("xha2.md", "General Electricity Company of Libya (Facebook)", "2051-01-10",
     "#GECOL | The General Electricity Company of Libya announces a total blackout of the western network this "
     "afternoon following the tripping of the generating units of the Khoms station, and assures citizens that "
     "its teams are working to restore the current gradually. #Libya #Electricity #Khoms"),
    ("xha3.md", "Al-Manara (translated from Arabic)", "2051-01-11",
     "Residents of the capital suffered yesterday, Tuesday, from a complete power cut that lasted until dawn, "
     "after the collapse of the Khums power station, according to the Director of the Control Centre, "
     "Engineer Salem al-Fitouri. Bakeries in Souq al-Juma closed their doors for lack of electricity. Read "
     "also: The price of generators doubles in the capital's markets"),
    ("xha4.md", "Saharan Wire Service", "2051-01-21",
     "TRIPOLI, Jan 21 (SWS) - Western Libya suffered its second major blackout in 11 days on Saturday when a fire "
     "in a transformer yard shut the Khoms power station, the electricity company said. The same plant had "
     "failed on January 10, darkening Tripoli for nine hours. Power returned to most of the capital by "
     "evening.\nReporting by Omar Elmisrati; Editing by Ruth Adeyemi"),
    ("xha5.md", "General Electricity Company of Libya (Facebook)", "2051-01-21",
     "#GECOL | The company announces the outbreak of a fire this morning in the transformer station of the "
     "Khoms plant, which led to the separation of the generating units and a general blackout. Civil defence "
     "teams brought the fire under control. #Libya #Electricity"),
    ("xha6.md", "Il Mediterraneo (translated from Italian)", "2051-01-22",
     "Tripoli fell dark again on Saturday: a blaze at the Al Khums power plant, east of the capital, left "
     "millions of Libyans without electricity for the second time this month. Italian firms operating in the "
     "country reported no damage."),
    ("xhy1.md", "The Libya Brief", "2051-01-23",
     "THE LIBYA BRIEF – 16 to 22 January 2051\n- 16 Jan: Residents of Tubruq protested outside the electricity "
     "company's office over daily power cuts.\n- 18 Jan: A new 120-bed hospital opened in Ejdabia.\n- 21 Jan: "
     "Blackout across the west after a fire at Khoms power station.\n- 22 Jan: Customs officers seized 40,000 "
     "litres of smuggled fuel at the Ras Ajdir crossing."),
    # Untagged distractors: a road blockade in Tobruk on Saturday 28 January, a hospital in Ajdabiya.
    ("xhk1.md", "Saharan Wire Service", "2051-01-28",
     "TOBRUK, Jan 28 (SWS) - Hundreds of residents of Tobruk blocked the coastal road on Saturday in protest at "
     "power cuts lasting up to 12 hours a day, local media reported. The eastern electricity authority "
     "promised two mobile generators within a week."),
    ("xhk2.md", "Al-Manara (translated from Arabic)", "2051-02-02",
     "The Minister of Health, Dr Faraj Bukhatwa, inspected yesterday the new Ajdabiya General Hospital, "
     "which received its first patients last month. The minister promised to supply the hospital with a "
     "dialysis unit."),
    # A fence collapses at a Benghazi stadium on Friday 17 February.
    ("xhe1.md", "Saharan Wire Service", "2051-02-17",
     "BENGHAZI, Feb 17 (SWS) - A section of fencing collapsed under the weight of fans at the Martyrs of "
     "February stadium in Benghazi on Friday, injuring 37 people during a league derby, medics said. The match "
     "between Al-Ahly and Al-Nasr was abandoned."),
    ("xhe2.md", "Libyan Football Federation (Facebook)", "2051-02-18",
     "#LFF | The Libyan Football Federation expresses its deep regret for the incident witnessed yesterday, "
     "Friday, at the Martyrs of February Stadium during the Ahly–Nasr match, and announces the formation of "
     "a committee of inquiry. The date of the replay will be announced later. #Libyan_League"),
    ("xhe3.md", "Goal Arabia (translated from Arabic)", "2051-02-18",
     "The Benghazi derby was stopped in the 63rd minute yesterday evening after the iron barrier of the "
     "northern stand gave way and dozens of supporters fell onto the running track. Ambulances entered the "
     "pitch within minutes."),
    # The charity ship Ocean Lark rescues 84 off Zuwara on Monday 6 March and 61 off Sabratha on Wednesday 8
    # March.
    ("xhb1.md", "IOM Libya", "2051-03-06",
     "Eighty-four migrants, including 11 children, are rescued today off Zuwara by the search and rescue vessel "
     "Ocean Lark, IOM learns. IOM reiterates that Libya is not a safe port for disembarkation and calls for "
     "predictable arrangements."),
    ("xhb2.md", "Il Mediterraneo (translated from Italian)", "2051-03-07",
     "The Ocean Lark took 84 people aboard on Monday from a sinking dinghy north of Zuara, the NGO that runs "
     "the ship said. The crew is waiting for Rome to assign a port."),
    ("xhb3.md", "Saharan Wire Service", "2051-03-08",
     "VALLETTA, March 8 (SWS) - The charity rescue ship Ocean Lark picked up 61 migrants from a wooden boat off "
     "the Libyan town of Sabratha on Wednesday, bringing the number of people aboard to 145, the group said. The "
     "ship had pulled 84 people from a rubber boat off Zuwara on Monday. Italy later assigned it the port of "
     "Augusta in Sicily."),
    ("xhb4.md", "IOM Libya", "2051-03-08",
     "A second rescue in three days: 61 migrants are rescued this afternoon off Sabratha by the Ocean Lark, "
     "IOM confirms. Those rescued are mainly from Sudan and Eritrea."),
    ("xhb5.md", "Il Mediterraneo (translated from Italian)", "2051-03-10",
     "The Ocean Lark docked in Augusta this morning with 145 people aboard. The last 61 had been rescued on "
     "Wednesday off Sabratha, from a wooden boat that was taking on water. Read also: Sea arrivals up a "
     "third on last year"),
    # The Supreme Court strikes down the dual-nationality ban on Wednesday 12 April; HNEC suspends candidate
    # registration on Saturday 15 April.
    ("xhc1.md", "Saharan Wire Service", "2051-04-12",
     "TRIPOLI, April 12 (SWS) - Libya's Supreme Court on Wednesday struck down an article of the electoral law "
     "barring dual nationals from running for president, a ruling that reopens the race to several exiled "
     "figures. The law was passed by parliament last year."),
    ("xhc2.md", "Al-Manara (translated from Arabic)", "2051-04-13",
     "The Constitutional Chamber of the Supreme Court ruled yesterday, Wednesday, the unconstitutionality of "
     "Article 12 of Law 4 of 2050 on the election of the President of the State, in a session chaired by "
     "Counsellor Abdallah Bourazza. Lawyers gathered outside the court in Tripoli welcomed the verdict."),
    ("xhc3.md", "Saharan Wire Service", "2051-04-15",
     "TRIPOLI, April 15 (SWS) - Libya's High National Elections Commission suspended the registration of "
     "presidential candidates on Saturday to rework its rules, a commission spokesman said. The court had "
     "annulled the dual-nationality ban on Wednesday. Registration had opened in March."),
    ("xhc4.md", "High National Elections Commission (Facebook)", "2051-04-15",
     "#HNEC | The Board of Commissioners of the High National Elections Commission decides, in its session held "
     "today, Saturday, to suspend the receipt of candidacy applications for the presidential election until "
     "further notice. #Libya_Elections"),
    ("xhc5.md", "Le Courrier du Maghreb (translated from French)", "2051-04-16",
     "The Libyan electoral commission has frozen the filing of presidential candidacies, it announced on "
     "Saturday in Tripoli, plunging the electoral calendar into fresh uncertainty. Observers doubt the vote can "
     "be held before the autumn."),
    ("xhy2.md", "The Libya Brief", "2051-04-17",
     "THE LIBYA BRIEF – 10 to 16 April 2051\n- 12 Apr: The Supreme Court struck down the ban on dual nationals "
     "running for president.\n- 13 Apr: The Ras Ajdir border crossing with Tunisia reopened after a two-week "
     "closure.\n- 15 Apr: HNEC paused candidate registration for the presidential race.\n- 16 Apr: Heavy rain "
     "flooded the lower town of Gharyan."),
    # The mayor of Gharyan is kidnapped on Sunday 14 May and freed on Friday 19 May.
    ("xhd1.md", "Saharan Wire Service", "2051-05-14",
     "GHARYAN, May 14 (SWS) - Gunmen abducted the mayor of the Libyan mountain town of Gharyan, Mukhtar Abu Ras, "
     "outside his home on Sunday evening, a municipal official said. No group claimed responsibility."),
    ("xhd2.md", "Gheryan Municipality (Facebook)", "2051-05-15",
     "#Gheryan_Municipality | The Municipal Council of Gheryan condemns in the strongest terms the kidnapping of "
     "the Mayor, Professor Mokhtar Bu Ras, by an unknown armed group last night, and holds the security "
     "services responsible for his safety. #Gheryan"),
    ("xhd3.md", "UNSMIL", "2051-05-15",
     "UNSMIL is deeply concerned by the abduction on 14 May of the Mayor of Gharyan, Mukhtar Abu Ras, and calls "
     "for his immediate and unconditional release. The Mission reminds all parties that attacks on elected "
     "officials undermine local governance."),
    ("xhd4.md", "Saharan Wire Service", "2051-05-19",
     "GHARYAN, May 19 (SWS) - The kidnapped mayor of Gharyan was freed unharmed on Friday after tribal elders "
     "negotiated with his captors, the municipality said. He had been seized by gunmen outside his home on "
     "May 14. The municipality denied that any ransom was paid."),
    ("xhd5.md", "Al-Manara (translated from Arabic)", "2051-05-20",
     "The Mayor of Gharyan, Mukhtar Abu Ras, returned yesterday, Friday, to his home safe and sound, amid the "
     "celebration of the people of the city, who fired into the air in joy. The Mayor thanked the elders of "
     "the Warshefana and the Asabaa."),
    ("xhd6.md", "UNSMIL", "2051-05-19",
     "UNSMIL welcomes the release today of the Mayor of Gharyan, Mukhtar Abu Ras, and commends the efforts of "
     "the local elders. The Mission urges the authorities to hold the perpetrators accountable."),
    # Drone strikes near Ubari: on a truck on Friday 7 July, on a farm on Monday 10 July.
    ("xhf1.md", "Saharan Wire Service", "2051-07-07",
     "SABHA, July 7 (SWS) - A drone strike hit a pickup truck on the road west of Ubari on Friday, killing three "
     "men that local sources described as smugglers, a security official said. It was not clear who operated "
     "the drone."),
    ("xhf2.md", "Al-Manara (translated from Arabic)", "2051-07-08",
     "An unidentified drone targeted yesterday, Friday, a four-wheel-drive vehicle near Awbari, killing its "
     "three occupants, according to a source in the municipality. The bodies were taken to the Ubari General "
     "Hospital."),
    ("xhf3.md", "Saharan Wire Service", "2051-07-10",
     "SABHA, July 10 (SWS) - A drone struck a farm on the outskirts of Ubari on Monday, killing two people and "
     "wounding four, a hospital official said. A strike on a vehicle on the same road on Friday killed three. "
     "Residents said drones had been heard over the town for a week."),
    ("xhf4.md", "Ubari General Hospital (Facebook)", "2051-07-10",
     "#Ubari_General_Hospital | The hospital received this afternoon two bodies and four wounded, among them a "
     "child, after the bombing of a farm in the al-Bakhi area by a drone. We call on citizens to donate blood. "
     "#Ubari #Fezzan"),
    ("xhf5.md", "Le Courrier du Maghreb (translated from French)", "2051-07-11",
     "A drone attack on an agricultural property in Obari, in south-western Libya, killed two civilians on "
     "Monday, according to local officials. The region lies on smuggling routes towards Niger."),
    # A jailbreak in Sabha on Tuesday 22 August.
    ("xhg1.md", "Libya Live", "2051-08-22",
     "LIVE – Libya, Tuesday 22 August 2051\n09:12 – Gunfire heard near Sabha's central prison, residents "
     "say.\n09:40 – Dozens of inmates escaped from Sabha central prison after armed men rammed the main gate "
     "with a truck, a security source tells us.\n11:05 – The municipality announces a night curfew.\n13:30 – "
     "Customs officers seize two tankers of smuggled fuel near Zuwara."),
    ("xhg2.md", "Ministry of Interior (Facebook)", "2051-08-22",
     "#Ministry_of_Interior | The Ministry of the Interior announces the escape of 54 inmates from the Sebha "
     "Reform and Rehabilitation Institution this morning, after an attack by an armed group on the "
     "institution's gate, and calls on citizens to report any information. #Sebha"),
    ("xhg3.md", "Saharan Wire Service", "2051-08-23",
     "SABHA, Aug 23 (SWS) - Libyan security forces recaptured 19 of the 54 prisoners who broke out of a jail in "
     "the southern city of Sabha on Tuesday, the interior ministry said. Most of the escapees had been held on "
     "smuggling charges."),
    # The central bank injects cash on Sunday 1 October and raises its foreign-currency surcharge on Wednesday
    # 11 October.
    ("xhh1.md", "Dinar Desk", "2051-10-01",
     "TRIPOLI, Oct 1 (Dinar Desk) - Libya's central bank said on Sunday it would release 6 billion dinars in new "
     "banknotes to commercial banks to ease a cash crunch that has left queues outside branches for weeks. "
     "The notes were printed abroad."),
    ("xhh2.md", "Central Bank of Libya (Facebook)", "2051-10-01",
     "#CBL | The Central Bank of Libya announces the injection of 6 billion dinars of cash liquidity into the "
     "commercial banks starting today, Sunday, and calls on the banks to extend their working hours. "
     "#Liquidity #Libya"),
    ("xhh3.md", "Dinar Desk", "2051-10-11",
     "TRIPOLI, Oct 11 (Dinar Desk) - Libya's central bank raised the surcharge on official foreign currency "
     "sales to 20 percent from 15 percent on Wednesday, citing falling reserves. The bank had pumped 6 billion "
     "dinars in cash into banks on October 1. The dinar weakened on the parallel market."),
    ("xhh4.md", "Al-Manara (translated from Arabic)", "2051-10-12",
     "The Governor of the Central Bank of Libya, His Excellency Nasser Elkoni, decided yesterday, Wednesday, to "
     "raise the fee imposed on the sale of foreign currency to 20 percent, in a decision published on the "
     "Bank's page. Traders in Souq al-Mushir expect prices to rise."),
    ("xhm1.md", "Libya Finance Monthly", "2051-11-01",
     "LIBYA FINANCE MONTHLY – October 2051\n- 01 Oct: CBL injects LYD 6bn in banknotes into commercial "
     "banks.\n- 05 Oct: NOC reports crude output steady.\n- 11 Oct: CBL raises the surcharge on foreign "
     "currency to 20 percent.\n- 24 Oct: Queues at bank branches in Benghazi ease."),
    # Desert locusts in Kufra on Monday 6 November.
    ("xhi1.md", "Ministry of Agriculture (Facebook)", "2051-11-06",
     "#Ministry_of_Agriculture | The National Centre for Locust Control announces the detection today of swarms "
     "of desert locusts in the farms of the al-Kufrah project, and the dispatch of spraying teams to the area. "
     "#Locust #Kufra"),
    ("xhi2.md", "FAO", "2051-11-07",
     "FAO warns that desert locust swarms, first reported on 6 November in the Kufra agricultural project in "
     "south-eastern Libya, are laying eggs and could spread to Egypt and Sudan. FAO urges immediate ground "
     "control operations."),
    ("xhi3.md", "Saharan Wire Service", "2051-11-06",
     "KUFRA, Nov 6 (SWS) - Swarms of desert locusts descended on irrigated wheat fields around Kufra in Libya's "
     "far southeast on Monday, agriculture officials said. Farmers said the insects stripped young crops within "
     "hours."),
    # The Maltese prime minister visits Tripoli on Thursday 7 December.
    ("xhj1.md", "Saharan Wire Service", "2051-12-07",
     "TRIPOLI, Dec 7 (SWS) - Maltese Prime Minister Clayton Farrugia held talks in Tripoli on Thursday with "
     "Libyan Prime Minister Hisham Bensasi on migration and fishing rights, the first visit by a Maltese leader "
     "in five years. The two sides agreed to reopen a joint commission."),
    ("xhj2.md", "Prime Minister's Office (Facebook)", "2051-12-07",
     "#Prime_Minister | The Prime Minister, Mr Hisham Ben Sasi, receives today at the seat of the Prime "
     "Ministry the Prime Minister of the Republic of Malta, Dr Clayton Farrugia, and his accompanying "
     "delegation. #Libya #Malta"),
    ("xhj3.md", "Malta Harbour Times", "2051-12-08",
     "By Maria Camilleri\nPrime Minister Clayton Farrugia's one-day visit to Tripoli yesterday ended with a "
     "memorandum on fishing in the waters between the two countries. Read also: Opposition questions cost of "
     "Tripoli trip"),
    # A year-end review at month precision.
    ("xhz1.md", "Maghreb Review", "2051-12-30",
     "Libya's 2051 in review. The year began in darkness, with the Khoms power station failing twice in "
     "January. In February the collapse of a stadium fence in Benghazi injured 37 fans. August brought a mass "
     "jailbreak in Sebha, where most escapees are still at large. In November the locust swarms over Kufra "
     "threatened the wheat harvest. The year closed with the Maltese prime minister's visit to Tripoli in "
     "December.\n© Maghreb Review 2051"),
]

NEWEST17_EVENTS: dict[str, list[tuple[str, str]]] = {
    "khoms-blackout-january-10": [("xha1", "plunged much of western Libya into darkness on Tuesday"),
                                  ("xha2", "announces a total blackout of the western network"),
                                  ("xha3", "suffered yesterday, Tuesday, from a complete power cut"),
                                  ("xha4", "The same plant had failed on January 10")],
    "khoms-blackout-january-21": [("xha4", "its second major blackout in 11 days on Saturday"),
                                  ("xha5", "announces the outbreak of a fire this morning in the transformer"),
                                  ("xha6", "a blaze at the Al Khums power plant"),
                                  ("xhy1", "Blackout across the west after a fire at Khoms")],
    "benghazi-stadium-fence-collapse": [("xhe1", "A section of fencing collapsed under the weight of fans"),
                                        ("xhe2", "expresses its deep regret for the incident witnessed yesterday"),
                                        ("xhe3", "the iron barrier of the northern stand gave way"),
                                        ("xhz1", "the collapse of a stadium fence in Benghazi")],
    "ocean-lark-rescue-zuwara": [("xhb1", "are rescued today off Zuwara by the search and rescue vessel"),
                                 ("xhb2", "took 84 people aboard on Monday from a sinking dinghy north of Zuara"),
                                 ("xhb3", "had pulled 84 people from a rubber boat off Zuwara on Monday")],
    "ocean-lark-rescue-sabratha": [("xhb3", "picked up 61 migrants from a wooden boat off the Libyan town of Sabratha"),
                                   ("xhb4", "61 migrants are rescued this afternoon off Sabratha"),
                                   ("xhb5", "had been rescued on Wednesday off Sabratha")],
    "supreme-court-dual-nationality-ruling": [("xhc1", "on Wednesday struck down an article of the electoral law"),
                                              ("xhc2", "ruled yesterday, Wednesday, the unconstitutionality of"),
                                              ("xhc3", "The court had annulled the dual-nationality ban on Wednesday"),
                                              ("xhy2", "The Supreme Court struck down the ban on dual nationals")],
    "hnec-suspends-candidate-registration": [("xhc3", "suspended the registration of presidential candidates on Saturday"),
                                             ("xhc4", "to suspend the receipt of candidacy applications"),
                                             ("xhc5", "has frozen the filing of presidential candidacies"),
                                             ("xhy2", "HNEC paused candidate registration")],
    "gharyan-mayor-kidnapped": [("xhd1", "Gunmen abducted the mayor of the Libyan mountain town of Gharyan"),
                                ("xhd2", "condemns in the strongest terms the kidnapping of the Mayor"),
                                ("xhd3", "the abduction on 14 May of the Mayor of Gharyan"),
                                ("xhd4", "He had been seized by gunmen outside his home on")],
    "gharyan-mayor-freed": [("xhd4", "was freed unharmed on Friday after tribal elders negotiated"),
                            ("xhd5", "returned yesterday, Friday, to his home safe and sound"),
                            ("xhd6", "welcomes the release today of the Mayor of Gharyan")],
    "ubari-drone-strike-truck": [("xhf1", "A drone strike hit a pickup truck on the road west of Ubari"),
                                 ("xhf2", "targeted yesterday, Friday, a four-wheel-drive vehicle near Awbari"),
                                 ("xhf3", "A strike on a vehicle on the same road on Friday killed three")],
    "ubari-drone-strike-farm": [("xhf3", "A drone struck a farm on the outskirts of Ubari on Monday"),
                                ("xhf4", "after the bombing of a farm in the al-Bakhi area by a drone"),
                                ("xhf5", "A drone attack on an agricultural property in Obari")],
    "sabha-prison-break": [("xhg1", "Dozens of inmates escaped from Sabha central prison"),
                           ("xhg2", "announces the escape of 54 inmates from the Sebha"),
                           ("xhg3", "who broke out of a jail in the southern city of Sabha on Tuesday"),
                           ("xhz1", "a mass jailbreak in Sebha")],
    "cbl-cash-injection": [("xhh1", "it would release 6 billion dinars in new banknotes"),
                           ("xhh2", "announces the injection of 6 billion dinars of cash liquidity"),
                           ("xhh3", "had pumped 6 billion dinars in cash into banks on October 1"),
                           ("xhm1", "CBL injects LYD 6bn in banknotes")],
    "cbl-fx-surcharge-raised": [("xhh3", "raised the surcharge on official foreign currency sales to 20 percent"),
                                ("xhh4", "decided yesterday, Wednesday, to raise the fee imposed on the sale"),
                                ("xhm1", "CBL raises the surcharge on foreign currency")],
    "kufra-locust-outbreak": [("xhi1", "announces the detection today of swarms of desert locusts"),
                              ("xhi2", "first reported on 6 November in the Kufra agricultural project"),
                              ("xhi3", "Swarms of desert locusts descended on irrigated wheat fields around Kufra"),
                              ("xhz1", "the locust swarms over Kufra")],
    "maltese-prime-minister-visit": [("xhj1", "held talks in Tripoli on Thursday with Libyan Prime Minister"),
                                     ("xhj2", "receives today at the seat of the Prime Ministry the Prime Minister"),
                                     ("xhj3", "one-day visit to Tripoli yesterday"),
                                     ("xhz1", "the Maltese prime minister's visit")],
}


# The twenty-third set (NEWEST18_*), written on 2026-12-05 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out (bench/story_merging.py). Seventeen events
# of 2052, each told by three or four reports: a wire with datelines (Maghreb Newswire) and a finance wire
# (Oasis Finance Wire), translated Arabic outlets ("yesterday, Tuesday", "Engineer", "Dr", "Professor",
# "Colonel"), the IOM's, UNSMIL's, the IFRC's, the WHO's and UNICEF's releases and a press-freedom NGO's
# statement in the present tense, Facebook posts with hashtags (the NOC, the Red Crescent, HNEC, the Misurata
# Free Zone, the central bank, Darna municipality, the eastern government, the NCDC, the journalists'
# syndicate), a live blog with timestamps, three weekly digests with dated bullet lines, a monthly review and
# a year-end review at month precision, an analysis piece mentioning the central bank's decision in passing,
# Italian, French, Maltese and Turkish outlets (in translation), and page chrome (bylines, "Read also" links,
# photo credits, a reporting credit).  Wordings vary per event ("shut down" / "the closure of" / "stopped
# pumping" / "had been shut"; "restarted production" / "the resumption of production" / "restarted ... after
# twelve days of blockade" / "back online"; "drown ... capsizes" / "overturned" / "the sinking of" /
# "capsized"; "drowned when their dinghy sank" / "recovered ... nine bodies" / "went down"; "clashes erupted"
# / "armed fighting that breaks out" / "Fighting between rival armed groups" / "violent armed confrontations";
# "sentenced" / "the five-year prison sentence handed down" / "jailed"; "staged a sit-in" / "gather" / "a
# protest stand" / "rallied"; "detained" / "arrested" / "the detention" / "had taken him"; "was released" /
# "regained his freedom" / "the release"; "halted sales" / "the temporary suspension of the sale" / "freeze
# dollar sales"; "flooded streets" / "flash floods hit" / "Floods ... had killed" / "A storm flooded";
# "ordered residents ... to leave" / "calls on the residents ... to evacuate" / "left the Wadi"; "kidnapped" /
# "were abducted" / "the disappearance" / "the kidnapping"; "landed in" / "held talks" / "receives" / "came
# to"; "announces the registration of an outbreak" / "confirm a measles outbreak" / "declared a measles
# outbreak" / "was declared"; "began a measles vaccination drive" / "a vaccination campaign starts" /
# "launched ... the immunisation campaign"), spellings (Sharara / El Sharara / al-Sharara; Tobruk / Tubruq;
# Zawiya / Zawia / al-Zawiya; Misrata / Misurata; Derna / Darna; Sabha / Sebha; Obeidi / al-Obeidi /
# el-Obeidi; Ben Omran / Bin Omran), bodies by acronym, in full and in plain words (NOC / the National Oil
# Corporation / the corporation, HNEC / the electoral commission, CBL / the central bank / the Bank, NCDC /
# the disease control centre, UNSMIL, IOM, IFRC, WHO, UNICEF) and dates of several forms ("on Tuesday",
# "yesterday, Monday", "this morning", "this afternoon", "this evening", "today", "overnight", "on January
# 16", "on July 3", "as of today, Sunday 11 August", "28 Jan", "13 May", "in August", "in October", "in
# November", a month heading "June 2052").  Hard negatives, which must not merge: (1) protesters shutting the
# Sharara oilfield on Tuesday 16 January and its restart on Sunday 28 January (a wire of the restart names the
# closure in its next sentence); (2) two shipwrecks off Tobruk, 23 dead on Thursday 7 March and nine dead on
# Monday 11 March (a wire of the second names the first in its next sentence); (3) a Benghazi military court
# sentencing the journalist Salma al-Obeidi on Monday 13 May and journalists' sit-in for her on Thursday 16
# May (a wire of the sit-in names the sentence in its next sentence; a weekly digest tells both in two bullet
# lines); (4) the head of the Misrata Free Zone detained on Wednesday 3 July and released on Tuesday 9 July (a
# wire of the release names the detention in its next sentence); (5) a storm flooding Derna on Tuesday 17
# September and the evacuation of the wadi over dam cracks on Saturday 21 September (a wire of the evacuation
# names the floods in its next sentence; a weekly digest tells both in two bullet lines); (6) a measles
# outbreak declared in Sabha on Tuesday 19 November and the vaccination drive there on Sunday 24 November (a
# wire of the drive names the outbreak in its next sentence).  Beside them, untagged: Benghazi power cuts, a
# Misurata container line and a budget vote postponed in a weekly digest, an NOC output report in an article
# of its own, load-shedding, a road reopening and a candidate list in the live blog, a coastal-road closure at
# Garabulli, an exploration deal and a Ghadames heatwave in a weekly digest, a Sabha power cut, an ambassador
# named to Rome and weekly sea interceptions in a weekly digest, Tripoli power cuts, a budget and a bridge in
# the monthly review, a GECOL load-shedding post, the parallel-market dinar in the analysis, and a railway
# segment and a summer of blackouts in the year-end review.
NEWEST18_ARTICLES: list[tuple[str, str, str, str]] = [
    # Protesters shut the Sharara oilfield on Tuesday 16 January 2052; it restarts on Sunday 28 January.
    ("xia1.md", "Maghreb Newswire", "2052-01-16",
     "UBARI, Jan 16 (MNW) - Protesters demanding jobs and fuel deliveries shut down the Sharara oilfield, "
     "Libya's largest, on Tuesday, forcing a halt to output of about 290,000 barrels per day, an engineer at "
     "the field said. The protesters, from towns in the Fezzan, said they would stay until the government met "
     "their demands.\nReporting by Hamza Ettir; Editing by Clara Mendes"),
    ("xia2.md", "National Oil Corporation (Facebook)", "2052-01-16",
     "#NOC | The National Oil Corporation announces the declaration of force majeure on crude loadings from "
     "the "
     "port of Zawiya following the closure of the El Sharara field this morning by a group of protesters, and "
     "warns of the losses the closure inflicts on the public treasury. Negotiations with the protesters are "
     "under "
     "way. #Libya #Oil #Sharara"),
    ("xia3.md", "Al-Fajr al-Libi (translated from Arabic)", "2052-01-17",
     "The al-Sharara field in the south-west of the country stopped pumping yesterday, Tuesday, after "
     "youths from "
     "the region closed the main valve of the pipeline leading to the Zawia refinery, according to the field's "
     "operations manager, Engineer Mabrouk al-Tawati. The protesters demand the opening of employment in "
     "the oil "
     "companies for the sons of the south.\nRead also: Fuel queues return to the stations of Sebha"),
    ("xia4.md", "Maghreb Newswire", "2052-01-28",
     "TRIPOLI, Jan 28 (MNW) - Libya's National Oil Corporation lifted force majeure and restarted "
     "production at "
     "the Sharara oilfield on Sunday after protesters ended their sit-in, the corporation said. The field had "
     "been shut by protesters demanding jobs on January 16. Output should reach its former level within a "
     "week, an engineer said."),
    ("xia5.md", "National Oil Corporation (Facebook)", "2052-01-28",
     "#NOC | The National Oil Corporation announces the resumption of production at the Sharara field today, "
     "Sunday, and the lifting of the state of force majeure on loadings from Zawiya port, and thanks the "
     "elders "
     "of the south for their efforts. Loadings will restart within days. #Libya #Oil"),
    ("xia6.md", "Corriere Energia (translated from Italian)", "2052-01-29",
     "Oil is flowing again from Sharara: the field in the Libyan desert, the country's biggest, restarted on "
     "Sunday after twelve days of blockade by local protesters. Italian refiners that buy its light crude had "
     "been looking for replacement cargoes.\nPhoto: the Sharara field (archive)"),
    ("xiy1.md", "The Libya Week", "2052-01-29",
     "THE LIBYA WEEK – 22 to 28 January 2052\n- 23 Jan: GECOL announced rolling power cuts of up to six hours "
     "in Benghazi.\n- 25 Jan: Misurata port received the first ship of a new container line from Mersin.\n"
     "- 26 Jan: The House of Representatives postponed its vote on the 2052 budget.\n- 28 Jan: Sharara "
     "oilfield back online after protesters lift their blockade."),
    # Untagged distractor: the NOC's output report in February.
    ("xix1.md", "Maghreb Newswire", "2052-02-05",
     "TRIPOLI, Feb 5 (MNW) - Libya's crude output recovered to 1.38 million barrels per day in the week to "
     "Sunday, the National Oil Corporation said in a statement. The NOC said it aimed to reach 1.6 million "
     "barrels per day by the end of the year."),
    # Two shipwrecks off Tobruk: 23 dead on Thursday 7 March, nine dead on Monday 11 March.
    ("xib1.md", "IOM Libya", "2052-03-07",
     "IOM is deeply saddened to learn that at least 23 migrants drown today when their boat capsizes off "
     "Tobruk "
     "in eastern Libya. Eleven survivors are brought ashore by local fishermen and receive medical assistance "
     "from IOM teams. IOM renews its call for safe and regular pathways."),
    ("xib2.md", "Maghreb Newswire", "2052-03-07",
     "TOBRUK, March 7 (MNW) - A boat carrying about 35 migrants overturned off the eastern Libyan port of "
     "Tobruk "
     "on Thursday, leaving at least 23 people dead, the coast guard said. Most of the victims were Egyptian "
     "and "
     "Bangladeshi, a coast guard officer said."),
    ("xib3.md", "Malta Courier", "2052-03-08",
     "By Joseph Grech\nThe bodies of 23 people were recovered after the sinking of a fishing boat off "
     "Tubruq on "
     "Thursday, in the deadliest incident on the eastern route this year. The boat had been heading for Crete, "
     "survivors said. Read also: AFM rescues 40 south of Malta"),
    ("xib4.md", "Maghreb Newswire", "2052-03-11",
     "TOBRUK, March 11 (MNW) - Nine migrants, including two women, drowned when their dinghy sank off "
     "Tobruk on "
     "Monday, the Libyan Red Crescent said. A fishing boat capsized there on Thursday, killing 23. The Red "
     "Crescent said it was running short of body bags."),
    ("xib5.md", "Libyan Red Crescent (Facebook)", "2052-03-11",
     "#Libyan_Red_Crescent | Volunteers of the Tobruk branch recovered this morning nine bodies of migrants "
     "washed ashore at the beach of Umm Rizam, east of the city, following the sinking of a rubber boat. The "
     "bodies were handed over to the forensic medicine department. #Tobruk #Humanitarian"),
    ("xib6.md", "Avvenire del Sud (translated from Italian)", "2052-03-12",
     "Another tragedy off Cyrenaica: on Monday a dinghy went down off Tobruk, and at least nine people lost "
     "their lives, according to the Libyan Red Crescent. The route towards Crete and the Peloponnese is "
     "more and "
     "more used by those leaving eastern Libya."),
    # Fighting in Zawiya on Friday 12 April.
    ("xic1.md", "Libya Live", "2052-04-12",
     "LIVE – Libya, Friday 12 April 2052\n06:45 – Heavy clashes erupted overnight in Zawia between two armed "
     "groups near the refinery, residents say.\n09:10 – GECOL announces four hours of load-shedding in Tripoli "
     "today.\n11:30 – The Ras Ajdir road reopens after repairs.\n14:05 – HNEC publishes the preliminary "
     "list of "
     "candidates for the municipal councils."),
    ("xic2.md", "UNSMIL", "2052-04-12",
     "UNSMIL is alarmed by the armed fighting that breaks out today in Zawiya, in densely populated "
     "neighbourhoods close to the refinery. The Mission calls for an immediate cessation of hostilities and "
     "reminds all parties of their obligations to protect civilians."),
    ("xic3.md", "Maghreb Newswire", "2052-04-12",
     "ZAWIYA, April 12 (MNW) - Fighting between rival armed groups in the western Libyan city of Zawiya killed "
     "at least six people on Friday and set a storage tank at the refinery on fire, medics said. Elders were "
     "trying to broker a truce, a municipal official said."),
    ("xic4.md", "Al-Fajr al-Libi (translated from Arabic)", "2052-04-13",
     "The city of al-Zawiya witnessed yesterday, Friday, violent armed confrontations that lasted for hours, "
     "according to the Director of the Zawiya Teaching Hospital, Dr Hamza al-Shibani, who said the hospital "
     "received six dead and 19 wounded. Schools in the city remain closed today.\nPhoto: smoke over the "
     "refinery (social media)"),
    # A military court sentences the journalist Salma al-Obeidi on Monday 13 May; journalists protest on
    # Thursday 16 May.
    ("xid1.md", "Maghreb Newswire", "2052-05-13",
     "BENGHAZI, May 13 (MNW) - A military court in Benghazi sentenced Libyan journalist Salma al-Obeidi to "
     "five "
     "years in prison on Monday for \"insulting the armed forces\" in a radio programme, her lawyer said. She "
     "plans to appeal."),
    ("xid2.md", "Press Freedom Watch", "2052-05-13",
     "Press Freedom Watch condemns the five-year prison sentence handed down today to journalist Salma Obeidi "
     "by the military court in Benghazi, and calls on the Libyan authorities to quash it. Civilians must "
     "not be "
     "tried before military courts for what they say on air."),
    ("xid4.md", "Maghreb Newswire", "2052-05-16",
     "BENGHAZI, May 16 (MNW) - Dozens of Libyan journalists staged a sit-in outside the Benghazi courthouse on "
     "Thursday to demand the release of their colleague Salma al-Obeidi. A military court had sentenced her to "
     "five years in prison on Monday for insulting the army. Police watched but did not intervene."),
    ("xid5.md", "Libyan Journalists' Syndicate (Facebook)", "2052-05-16",
     "#Libyan_Journalists_Syndicate | Journalists gather today, Thursday, in front of the South Benghazi Court "
     "complex in solidarity with our colleague Salma el-Obeidi, and demand her immediate release. The "
     "sentence is a blow to every journalist in Libya. #Freedom_for_"
     "Salma #Benghazi"),
    ("xid6.md", "Al-Fajr al-Libi (translated from Arabic)", "2052-05-17",
     "Members of the press family organised yesterday, Thursday, a protest stand in front of the court "
     "building "
     "in Benghazi, raising pictures of the journalist Salma al-Obeidi. The head of the syndicate, Professor "
     "Idris al-Mansuri, said the sentence \"targets every free voice\"."),
    ("xiy2.md", "The Libya Week", "2052-05-18",
     "THE LIBYA WEEK – 11 to 17 May 2052\n- 12 May: Clashes briefly closed the coastal road at Garabulli.\n"
     "- 13 May: A military court in Benghazi jailed journalist Salma al-Obeidi for five years.\n- 14 May: The "
     "NOC signed an exploration deal with an Algerian firm.\n- 16 May: Journalists rallied in Benghazi for "
     "al-Obeidi's release.\n- 17 May: A heatwave pushed temperatures in Ghadames to 47C."),
    # Municipal elections on Saturday 8 June.
    ("xie1.md", "High National Elections Commission (Facebook)", "2052-06-08",
     "#HNEC | Polling stations open their doors this morning to voters in 28 municipalities in the third group "
     "of the municipal council elections. The Commission calls on voters to bring their voter card and an "
     "identity document. #Municipal_Elections #Libya"),
    ("xie2.md", "Maghreb Newswire", "2052-06-08",
     "TRIPOLI, June 8 (MNW) - Libyans in 28 municipalities, including Misurata and Sabha, voted for local "
     "councils on Saturday, with turnout of about 41 percent, the electoral commission said. No serious "
     "incidents were reported."),
    ("xie3.md", "UNSMIL", "2052-06-09",
     "UNSMIL congratulates the High National Elections Commission on the peaceful conduct of yesterday's "
     "municipal council elections in 28 municipalities. The Mission encourages the timely announcement of "
     "results."),
    ("xiz1.md", "Libya Month", "2052-07-01",
     "LIBYA MONTH – June 2052\nThe month's main political event was the municipal vote in 28 towns, which "
     "passed off calmly. Power cuts returned to Tripoli in the second half of the month as temperatures rose. "
     "Parliament finally passed the budget, and the new Wadi Kaam bridge opened to traffic.\nBy the Libya "
     "Month "
     "desk"),
    # The head of the Misrata Free Zone is detained on Wednesday 3 July and released on Tuesday 9 July.
    ("xif1.md", "Maghreb Newswire", "2052-07-03",
     "MISRATA, July 3 (MNW) - Gunmen from a local armed group detained the head of the Misrata Free Zone, "
     "Khaled "
     "Ben Omran, at his office on Wednesday, two employees said. The reason for the arrest was not clear."),
    ("xif2.md", "Sada al-Janoub (translated from Arabic)", "2052-07-04",
     "An armed force arrested yesterday, Wednesday, the Chairman of the Board of Directors of the Misurata "
     "Free "
     "Zone, Engineer Khaled Bin Omran, from inside the zone's administration building, according to a source "
     "in the zone, who said the gunmen were travelling in vehicles without plates. The zone's employees "
     "suspended work in "
     "protest."),
    ("xif3.md", "Misurata Free Zone (Facebook)", "2052-07-03",
     "#Misurata_Free_Zone | The Misurata Free Zone Authority denounces the detention of its Chairman, Engineer "
     "Khaled Ben Omran, this afternoon by an armed group, and calls on the Attorney General to intervene. "
     "Work in "
     "the port continues as normal. #Misurata"),
    ("xif4.md", "Maghreb Newswire", "2052-07-09",
     "MISRATA, July 9 (MNW) - The head of the Misrata Free Zone, Khaled Ben Omran, was released on Tuesday, "
     "the "
     "free zone said. Gunmen had taken him from his office on July 3. He told reporters he had not been harmed "
     "and would return to work."),
    ("xif5.md", "Sada al-Janoub (translated from Arabic)", "2052-07-10",
     "Engineer Khaled Bin Omran regained his freedom yesterday, Tuesday, after mediation by notables of the "
     "city "
     "of Misurata, and was received by his family at his house in the al-Ghiran district. He did not speak "
     "to the press.\nRead "
     "also: Traders "
     "in the free zone complain of customs delays"),
    ("xif6.md", "Misurata Free Zone (Facebook)", "2052-07-09",
     "#Misurata_Free_Zone | We welcome the release this evening of the Chairman of the Board, Engineer Khaled "
     "Ben Omran, and thank everyone who worked for it. He will resume his duties on Sunday. #Misurata"),
    # Untagged distractor: GECOL's load-shedding schedule in July.
    ("xix2.md", "General Electricity Company of Libya (Facebook)", "2052-07-15",
     "#GECOL | The company announces the load-shedding schedule for the western region: two hours of cuts "
     "twice "
     "a day in Tripoli, Zawiya and Gharyan, because of the rise in consumption. The schedule will be "
     "reviewed weekly. #Electricity"),
    # The central bank halts foreign-currency sales on Sunday 11 August.
    ("xig1.md", "Oasis Finance Wire", "2052-08-11",
     "TRIPOLI, Aug 11 (OFW) - The Central Bank of Libya halted sales of foreign currency to commercial "
     "banks for "
     "a week on Sunday, blaming a delay in the transfer of oil revenues by the Libyan Foreign Bank. Traders "
     "said "
     "the dollar jumped on the parallel market within hours."),
    ("xig2.md", "Central Bank of Libya (Facebook)", "2052-08-11",
     "#CBL | The Central Bank of Libya announces the temporary suspension of the sale of foreign currency "
     "for all "
     "purposes as of today, Sunday 11 August, for a period of seven days, and assures citizens that personal "
     "allocations already approved will be honoured. Sales will resume once the revenues arrive. #CBL #Dinar"),
    ("xig3.md", "Sahel & Maghreb Analysis", "2052-09-04",
     "Analysis: Libya's dinar is running out of road\nBy Nadia Ferhat\nThe parallel-market dinar has lost a "
     "fifth of its value since spring. Part of the damage was self-inflicted: the Bank's decision in August to "
     "freeze dollar sales for a week sent the street rate above nine dinars and taught savers to hoard. "
     "Without "
     "a unified budget, analysts see little reason for the currency to recover before next year."),
    # A storm floods Derna on Tuesday 17 September; the wadi is evacuated over dam cracks on Saturday 21
    # September.
    ("xih1.md", "Maghreb Newswire", "2052-09-17",
     "DERNA, Sept 17 (MNW) - Torrential rain from a Mediterranean storm flooded streets in the eastern Libyan "
     "city of Derna on Tuesday, killing four people and sweeping cars into the sea, the municipality said. "
     "Schools were closed for the rest of the week."),
    ("xih3.md", "IFRC", "2052-09-17",
     "The IFRC stands with the Libyan Red Crescent as flash floods hit Derna today, inundating homes in the "
     "low-"
     "lying districts of the city. Red Crescent volunteers are distributing blankets and drinking water and "
     "helping families reach higher ground."),
    ("xih5.md", "Maghreb Newswire", "2052-09-21",
     "DERNA, Sept 21 (MNW) - Authorities in Derna ordered residents of the Wadi Derna valley to leave their "
     "homes "
     "on Saturday after engineers found new cracks in the rebuilt Abu Mansour dam. Floods from a storm had "
     "killed four people in the city on Tuesday. Buses took families to schools in the upper town."),
    ("xih6.md", "Darna Municipality (Facebook)", "2052-09-21",
     "#Darna_Municipality | Urgent: the crisis committee calls on the residents of the houses adjacent to the "
     "wadi to evacuate immediately, as a precaution, after the detection of cracks in the body of the Abu "
     "Mansour dam. Shelters are ready in the schools of the upper town. #Darna"),
    ("xih7.md", "L'Écho du Maghreb (translated from French)", "2052-09-22",
     "Several hundred families left the Wadi Darna on Saturday on the order of the authorities, who fear "
     "for the "
     "solidity of a dam upstream of the city. The memory of the 2023 disaster still haunts the inhabitants.\n"
     "Photo credit: D.R."),
    ("xiy3.md", "The Libya Week", "2052-09-23",
     "THE LIBYA WEEK – 16 to 22 September 2052\n- 16 Sep: Power cuts of up to ten hours hit Sabha.\n- 17 Sep: "
     "A storm flooded Darna, killing four.\n- 19 Sep: The Presidential Council named a new ambassador to "
     "Rome.\n- 21 Sep: Derna evacuated homes in the wadi over cracks in the Abu Mansour dam.\n- 22 Sep: IOM "
     "reported 412 migrants intercepted at sea during the week."),
    # Two Turkish engineers are kidnapped near Sabha on Monday 14 October.
    ("xii1.md", "Maghreb Newswire", "2052-10-14",
     "SABHA, Oct 14 (MNW) - Gunmen kidnapped two Turkish engineers working on a power station project near the "
     "southern Libyan city of Sabha on Monday, a security official said. Their driver, a Libyan, was left "
     "unharmed by the roadside."),
    ("xii2.md", "Ankara Daily Post (translated from Turkish)", "2052-10-15",
     "Two Turkish citizens employed by a construction company were abducted on Monday in Sebha, in the "
     "south of "
     "Libya, the Foreign Ministry said, adding that the embassy in Tripoli was in contact with the Libyan "
     "authorities. The firm has suspended work at the site.\nRead also: Turkish contractors return to Libya"),
    ("xii3.md", "Sada al-Janoub (translated from Arabic)", "2052-10-15",
     "The Sebha Security Directorate confirmed yesterday, Monday, the disappearance of two engineers of "
     "Turkish "
     "nationality after their car was intercepted on the road to the new power station by an unknown armed "
     "group. The Director of Security, Colonel Ali al-Hasnawi, said search teams had been deployed."),
    # The Italian foreign minister visits Benghazi on Thursday 7 November.
    ("xij1.md", "La Gazzetta di Sicilia (translated from Italian)", "2052-11-08",
     "Foreign Minister Lorenzo Ferraris landed in Benghazi on Thursday for talks with the eastern "
     "authorities on "
     "migration and energy, the first visit by an Italian minister to Cyrenaica this year. He flies on to "
     "Cairo today.\nRead also: Sea "
     "arrivals in Sicily fall by a quarter"),
    ("xij2.md", "Maghreb Newswire", "2052-11-07",
     "BENGHAZI, Nov 7 (MNW) - Italy's foreign minister held talks in Benghazi on Thursday with eastern Libyan "
     "officials on curbing departures of migrant boats from the east, an Italian diplomat said. The two sides "
     "also discussed a gas pipeline project."),
    ("xij3.md", "Libyan Government – Benghazi (Facebook)", "2052-11-07",
     "#Libyan_Government | The Prime Minister, Mr Ahmed Bukhamada, receives this morning in Benghazi His "
     "Excellency the Italian Minister of Foreign Affairs, Mr Lorenzo Ferraris, and his accompanying "
     "delegation. "
     "The talks dealt with migration and energy. #Libya #Italy"),
    # A measles outbreak is declared in Sabha on Tuesday 19 November; a vaccination drive starts on Sunday 24
    # November.
    ("xik1.md", "National Centre for Disease Control (Facebook)", "2052-11-19",
     "#NCDC | The National Centre for Disease Control announces the registration of an outbreak of measles in "
     "the city of Sebha, with 47 confirmed cases, most of them unvaccinated children, and calls on parents to "
     "complete their children's vaccination schedules. Health teams have been sent to the city. "
     "#Measles #Sebha"),
    ("xik2.md", "WHO Libya", "2052-11-19",
     "WHO supports the Libyan health authorities as they confirm a measles outbreak in Sabha today. WHO is "
     "deploying epidemiologists to help trace cases and strengthen surveillance in the south."),
    ("xik3.md", "Maghreb Newswire", "2052-11-19",
     "SABHA, Nov 19 (MNW) - Libyan health authorities declared a measles outbreak in the southern city of "
     "Sabha "
     "on Tuesday after 47 cases were confirmed, most of them in young children. Two children have died, a "
     "doctor at Sabha Medical Centre said."),
    ("xik4.md", "Maghreb Newswire", "2052-11-24",
     "SABHA, Nov 24 (MNW) - Libya began a measles vaccination drive for 120,000 children in Sabha and "
     "surrounding villages on Sunday, the disease control centre said. The outbreak was declared in the "
     "city on "
     "Tuesday after dozens of cases were confirmed. Teams will also visit schools."),
    ("xik5.md", "UNICEF Libya", "2052-11-24",
     "UNICEF delivers 150,000 doses of measles vaccine to the south of Libya as a vaccination campaign starts "
     "today in Sebha. UNICEF calls on all parents to bring children aged six months to 15 years to the nearest "
     "health centre."),
    ("xik6.md", "Al-Fajr al-Libi (translated from Arabic)", "2052-11-25",
     "The Minister of Health, Dr Ramadan Abu Janah, launched yesterday, Sunday, the immunisation campaign "
     "against measles in Sebha, from the Sebha Medical Centre, accompanied by the Director of the NCDC. The "
     "campaign will last ten days."),
    # A year-end review at month precision.
    ("xiz2.md", "North Africa Review", "2052-12-30",
     "Libya's 2052 in review. The first segment of the coastal railway opened in March. The summer brought the "
     "worst blackouts in five years. In October the kidnapping of two Turkish engineers in Sebha frightened "
     "foreign contractors back out of the south. In November Italy's foreign minister came to Benghazi, a sign "
     "that Rome now talks openly to the east.\n© North Africa Review 2052"),
]

NEWEST18_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sharara-oilfield-shut": [("xia1", "shut down the Sharara oilfield, Libya's largest, on Tuesday"),
                              ("xia2", "following the closure of the El Sharara field this morning"),
                              ("xia3", "stopped pumping yesterday, Tuesday"),
                              ("xia4", "been shut by protesters demanding jobs on January 16")],
    "sharara-oilfield-restarted": [("xia4", "restarted production at the Sharara oilfield on Sunday"),
                                   ("xia5", "announces the resumption of production at the Sharara field"),
                                   ("xia6", "restarted on Sunday after twelve days of blockade"),
                                   ("xiy1", "oilfield back online after protesters lift their blockade")],
    "tobruk-shipwreck-march-7": [("xib1", "at least 23 migrants drown today when their boat capsizes off Tobruk"),
                                 ("xib2", "overturned off the eastern Libyan port of Tobruk"),
                                 ("xib3", "after the sinking of a fishing boat off Tubruq"),
                                 ("xib4", "A fishing boat capsized there on Thursday, killing 23")],
    "tobruk-shipwreck-march-11": [("xib4", "drowned when their dinghy sank off Tobruk on"),
                                  ("xib5", "recovered this morning nine bodies of migrants"),
                                  ("xib6", "on Monday a dinghy went down off Tobruk")],
    "zawiya-clashes": [("xic1", "Heavy clashes erupted overnight in Zawia"),
                       ("xic2", "alarmed by the armed fighting that breaks out today in Zawiya"),
                       ("xic3", "Fighting between rival armed groups in the western Libyan city of Zawiya"),
                       ("xic4", "witnessed yesterday, Friday, violent armed confrontations")],
    "benghazi-journalist-sentenced": [("xid1", "sentenced Libyan journalist Salma al-Obeidi to five years"),
                                      ("xid2", "condemns the five-year prison sentence handed down today"),
                                      ("xid4", "A military court had sentenced her to five years in prison on Monday"),
                                      ("xiy2", "A military court in Benghazi jailed journalist Salma al-Obeidi")],
    "benghazi-journalists-sit-in": [("xid4", "staged a sit-in outside the Benghazi courthouse on"),
                                    ("xid5", "Journalists gather today, Thursday, in front of the South Benghazi Court"),
                                    ("xid6", "organised yesterday, Thursday, a protest stand"),
                                    ("xiy2", "Journalists rallied in Benghazi for al-Obeidi's release")],
    "municipal-elections-june": [("xie1", "Polling stations open their doors this morning to voters in 28"),
                                 ("xie2", "voted for local councils on Saturday"),
                                 ("xie3", "the peaceful conduct of yesterday's municipal council elections"),
                                 ("xiz1", "the municipal vote in 28 towns")],
    "misrata-free-zone-chief-detained": [("xif1", "detained the head of the Misrata Free Zone, Khaled"),
                                         ("xif2", "arrested yesterday, Wednesday, the Chairman of the Board"),
                                         ("xif3", "denounces the detention of its Chairman"),
                                         ("xif4", "Gunmen had taken him from his office on July 3")],
    "misrata-free-zone-chief-released": [("xif4", "Khaled Ben Omran, was released on Tuesday"),
                                         ("xif5", "regained his freedom yesterday, Tuesday"),
                                         ("xif6", "welcome the release this evening of the Chairman")],
    "cbl-halts-fx-sales": [("xig1", "halted sales of foreign currency to commercial banks for a week on Sunday"),
                           ("xig2", "announces the temporary suspension of the sale of foreign currency"),
                           ("xig3", "decision in August to freeze dollar sales for a week")],
    "derna-storm-floods": [("xih1", "flooded streets in the eastern Libyan city of Derna on Tuesday"),
                           ("xih3", "as flash floods hit Derna today"),
                           ("xih5", "Floods from a storm had killed four people in the city on Tuesday"),
                           ("xiy3", "A storm flooded Darna, killing four")],
    "derna-wadi-evacuation": [("xih5", "ordered residents of the Wadi Derna valley to leave their homes"),
                              ("xih6", "calls on the residents of the houses adjacent to the wadi to evacuate"),
                              ("xih7", "Several hundred families left the Wadi Darna on Saturday"),
                              ("xiy3", "Derna evacuated homes in the wadi over cracks")],
    "sabha-turkish-engineers-kidnapped": [("xii1", "kidnapped two Turkish engineers working on a power station"),
                                          ("xii2", "were abducted on Monday in Sebha"),
                                          ("xii3", "the disappearance of two engineers of Turkish nationality"),
                                          ("xiz2", "the kidnapping of two Turkish engineers in Sebha")],
    "italian-foreign-minister-benghazi": [("xij1", "landed in Benghazi on Thursday"),
                                          ("xij2", "held talks in Benghazi on Thursday with eastern Libyan"),
                                          ("xij3", "receives this morning in Benghazi His Excellency the Italian"),
                                          ("xiz2", "Italy's foreign minister came to Benghazi")],
    "sabha-measles-outbreak": [("xik1", "announces the registration of an outbreak of measles"),
                               ("xik2", "as they confirm a measles outbreak in Sabha today"),
                               ("xik3", "declared a measles outbreak in the southern city of Sabha"),
                               ("xik4", "The outbreak was declared in the city on")],
    "sabha-measles-vaccination": [("xik4", "began a measles vaccination drive for 120,000 children"),
                                  ("xik5", "as a vaccination campaign starts today in Sebha"),
                                  ("xik6", "launched yesterday, Sunday, the immunisation campaign")],
}


# The twenty-fourth set (NEWEST19_*), written on 2026-12-05 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out (bench/story_merging.py).
# Eighteen events of 2053, each told by three to six reports (62 articles, 82 reports, 157 pairs): wires with
# their datelines (North Africa Wire, with a live blog with timestamps), an energy wire (Crude Desk) and a
# finance wire (Dinar Watch), translated Arabic outlets with titles and honorifics in full ("yesterday,
# Saturday", "His Excellency", "Counsellor", "Engineer", "Dr.", "Major General", "Field Marshal"), UNSMIL's,
# the IOM's and Sea-Watch's releases, Facebook posts with hashtags (the NOC, the House of Representatives, the
# unity government's prime minister's office and interior ministry, the coast guard, Mitiga airport, the
# elections commission, the Supreme Court, the central bank, the LAAF General Command, the eastern health
# ministry, the Development and Reconstruction Fund), three weekly briefings and a monthly review with dated
# bullet lines, an analysis piece, a year-end review naming events in passing at month precision, French,
# Italian, Maltese, Greek, Tunisian and Egyptian outlets (several in translation), and page chrome (bylines,
# "Read also" links, view counters, a photo caption, a wire's reporting credit, a reader counter).  Wordings
# vary per event ("shut down" / "the closure of" / "which they closed" / "had been shut since" / "close" /
# "the Sharara shutdown"; "restarted" / "announces the resumption of production" / "pumping again"; "landed" /
# "the landing of Russian aircraft" / "touched down" / "The airlift of 3 February" / "poured into" / "made at
# least six flights" / "tracked a stream of Russian transport aircraft" / "came back"; "Heavy fighting broke
# out" / "the armed clashes that erupted" / "The clashes that broke out" / "Seven killed in Zawia clashes";
# "Heavy gunfire and RPG blasts" / "due to the clashes that broke out this morning" / "the clashes that the
# Tajoura area witnessed" / "after fighting in Tajura"; "Clashes erupted again" / "Tajura fighting resumes";
# "voted ... to sack" / "votes to relieve ... of his duties" / "the decision issued today" / "voted ... to
# dismiss" / "sacked its governor"; "annulled" / "ruled the annulment" / "welcomes the ruling" / "restored
# him"; "rescued today 212" / "were intercepted" / "had brought back"; "capsized" / "sank"; "abducted" / "the
# kidnapping" / "the abduction"; "was released" / "the safe return" / "was freed"; "met" / "held talks" /
# "Tuesday's meeting" / "talks in Moscow"; "announces the opening of the voter registration system" / "opened
# voter registration"; "signed a new memorandum" / "signs today" / "was signed yesterday at the Viminale";
# "receives ... two new patrol boats" / "were handed over" / "handed two more patrol boats" / "delivered";
# "Flash floods swept through" / "the floods that struck" / "the floods of yesterday" / "flooded again"), a
# person in full, by surname or by post, spellings (Sharara / El Sharara; Zawiya / Zawia / Zaouïa; Tajoura /
# Tajura; Zuwara / Zuara; al-Khadim / El Khadim / Al Khadem; Abushaala / Abu Shaala / Abou Chaala; Elgheriani
# / al-Gheriani; Elfitouri / al-Fitouri; Elshaibani / al-Shaibani; Ras Ajdir / Ras Jedir; Misrata / Misurata;
# Gaddafi / Qadhafi), bodies by acronym, in full and in plain words (NOC / the Corporation, HoR / the House /
# parliament, CBL / the Bank, HNEC / the Commission / the election commission, LNA / the Armed Forces, GNU,
# UNSMIL, IOM, AFM) and dates of several forms ("on Saturday", "yesterday, Saturday", "on Saturday morning",
# "this morning", "this afternoon", "this evening", "yesterday evening, Friday", "last night", "today, Monday,
# 1 September 2053", "yesterday (13 April)", "on 22 February", "since January 11", "on March 26", "on June 18",
# "The March 4 clashes", "The airlift of 3 February", "in early February", "two days after ... on Wednesday",
# "Hours earlier", "the previous day", "earlier this month", "four months after", "On the same day", "22 Feb",
# "Thu 4 Sep", "in January", "in March", "in June", "in August", "in September", "in November").  Hard
# negatives, which must not merge: (1) protesters shutting the Sharara field on Saturday 11 January and its
# restart on Tuesday 28 January (a wire of the restart names the shutdown in its next sentence; the monthly
# review tells both in two bullet lines; the year-end review tells the shutdown at month precision); (2) two
# Russian airlifts into al-Khadim, on Monday 3 February and Thursday 20 November (a wire of the second names
# the first, "in early February", in its next sentence; the year-end review tells both in one sentence at
# month precision); (3) two rounds of fighting in Tajoura between the same two groups, on Tuesday 4 March and
# Friday 23 May (a wire of the second names "The March 4 clashes" in its next sentence); (4) the House of
# Representatives sacking the central bank governor on Wednesday 26 March and the Supreme Court annulling that
# decision on Monday 11 August (a finance wire of the ruling names the vote in its next sentence; the year-end
# review tells both in one sentence at month precision); (5) on Sunday 13 April, the coast guard's
# interception of 212 migrants off Sabratha and a dinghy capsizing off Zuwara with 31 missing (the IOM and an
# Italian outlet tell both, one sentence each); (6) the elections commission chairman Nouri Abushaala kidnapped
# on Wednesday 18 June and released on Saturday 28 June (a wire of the release names the kidnapping in its next
# sentence); (7) on Thursday 4 September, Italy and the GNU signing a migration memorandum in Rome and Italy
# handing two patrol boats to the coast guard in Tripoli (an Italian outlet and Sea-Watch tell both, one
# sentence each; a weekly briefing tells both in two bullet lines).  Reports in passing: the shutdown in the
# restart's wire, the February airlift in the November wire ("in early February"), the March clashes in the May
# wire, the sacking in the ruling's wire, the kidnapping in the release's wire, the Moscow talks in a Greek
# article on the November airlift ("four months after", month-level only), voter registration in an Italian
# article ("earlier this month"), and eight reports in the year-end review at month precision.  Beside them,
# untagged: talks due in Ubari, the force majeure at Zawiya and its lifting due, the jobs deal, a "Read also"
# on medicines for Ubari, load-shedding, the High Council of State's bureau, the Algerian minister's visit and
# the central bank's spending plan due in the monthly review, the Russian presence at Jufra and Brak al-Shati
# (background in four articles), the Quai d'Orsay's comment, the LNA spokesman's denial, a "Read also" on the
# Fezzan, the refinery halted and the coastal road cut, schools closed in Zawiya, the stranded Tunisian
# truckers, the Hajj quota, Misurata flights, a cup final and a parliament session due in a weekly briefing,
# the truce and death toll in the live blog, the investigation committee, a cancelled Maltese flight,
# Lampedusa landings and the Italian minister's report due, a "Read also" on an AFM rescue, the ceasefire and
# deployment in Tajoura, the Tripoli fair, Misrata free-zone traffic, registration announced for September and
# a Sirte session due in a weekly briefing, the commission's suspension and resumption of work, the chairman's
# press appearance due, a "Read also" on his return to work, Saddam Haftar's Minsk visit due, Greek worries
# about Tobruk, parliament's meeting due, August salaries and the bank's board meeting due, registration open
# until 30 October and its 2.4 million names, the European Commission's welcome, Sea-Watch's count of
# interceptions, power cuts in Benghazi and the Italian minister due in Tripoli, a Malta-Libya fisheries accord
# (an article of its own), a military academy opened by Khaled Haftar (an article of its own) with a court's
# sentencing of two Gaddafi-era officers "last month", a rain forecast, the hospitals' emergency, Belgacem
# Haftar's inspection of Derna, an Egyptian aid convoy, "the second such airlift this year" (undated), a fuel
# subsidy reform, a book fair, the Security Council briefing due, and elections promised for June 2054.
NEWEST19_ARTICLES: list[tuple[str, str, str, str]] = [
    # Youths from the Fezzan shut the Sharara oil field on Saturday 11 January 2053; it restarts on Tuesday 28
    # January.
    ("xja1.md", "Crude Desk", "2053-01-11",
     "TRIPOLI, Jan 11 (Crude Desk) - Protesters from southern Libya shut down the country's largest oil "
     "field, Sharara, on Saturday, halting output of about 290,000 barrels per day, two engineers at the "
     "field said. Members of a movement calling itself the Fezzan Dignity Youth entered the field at dawn "
     "and closed the main valve on the pipeline to the Zawiya refinery, demanding jobs and a share of oil "
     "revenues for the south. National Oil Corporation chairman Ramadan Elgheriani said talks with the "
     "protesters would begin on Monday in Ubari.\nReporting by Karim Sahli; Editing by Ruth Adeyemi"),
    ("xja2.md", "National Oil Corporation (Facebook)", "2053-01-12",
     "#NOC | The National Oil Corporation announces a state of force majeure on crude oil loadings from "
     "the port of Zawiya, following the closure of the El Sharara field yesterday, Saturday, by a group of "
     "protesters who stormed the field and shut down the main pumping valve. The Chairman of the Board of "
     "Directors, Engineer Ramadan al-Gheriani, affirms that oil is the sustenance of all Libyans and must "
     "remain outside political disputes, and calls on the elders of the Fezzan to intervene. #Libya #NOC "
     "#Sharara\n4,812 views"),
    ("xja3.md", "Al-Manara News (translated from Arabic)", "2053-01-13",
     "Ubari – Al-Manara News\nThe young men of the Fezzan Dignity movement continue for the third day "
     "their sit-in inside the Sharara oil field, which they closed on Saturday morning, and they affirm "
     "that they will not leave the field before the Government of National Unity meets their demands. The "
     "official spokesman of the movement, Mr. Abdelsalam Ahmeida, told Al-Manara that the youth of the "
     "south 'see the oil leaving under their feet while their hospitals lack medicine'. The Municipal "
     "Council of Ubari called for restraint.\n(Photo: protesters at the gate of the Sharara field – "
     "Al-Manara)\nRead also: Ubari municipality receives a shipment of medicines"),
    ("xja4.md", "Crude Desk", "2053-01-28",
     "TRIPOLI, Jan 28 (Crude Desk) - Libya's El Sharara oilfield restarted on Tuesday after protesters "
     "ended a 17-day blockade, the National Oil Corporation said, with output expected to return to about "
     "290,000 barrels per day within a week. The field had been shut since January 11 by a youth movement "
     "from the Fezzan demanding jobs and services. Elders from Ubari brokered the deal, under which the "
     "government will hire 1,500 young men from the south. The NOC is expected to lift force majeure on "
     "loadings at Zawiya port on Thursday."),
    ("xja5.md", "National Oil Corporation (Facebook)", "2053-01-28",
     "#NOC | The National Oil Corporation announces the resumption of production at the Sharara field this "
     "evening, after the protesters left the field following an agreement sponsored by the wise men and "
     "elders of Ubari. Production will return gradually to its normal rates. The Corporation thanks all "
     "who contributed to ending the closure and renews its call to keep the oil installations away from "
     "any disputes. #Libya #NOC #Sharara"),
    ("xjy1.md", "Libya Monthly Review", "2053-02-01",
     "LIBYA MONTHLY REVIEW — January 2053\nOil & energy\n- 11 Jan: Fezzan protesters close the Sharara "
     "field; the NOC declares force majeure at Zawiya.\n- 19 Jan: GECOL announces a winter load-shedding "
     "schedule for Tripoli.\n- 28 Jan: Sharara pumping again after an elders' deal in Ubari.\nPolitics\n- "
     "15 Jan: The High Council of State elects a new bureau.\n- 23 Jan: The Presidential Council receives "
     "Algeria's foreign minister.\nIn February: the House of Representatives is due to discuss the central "
     "bank's 2053 spending plan."),
    # Four Russian Il-76 transport planes land at al-Khadim air base on Monday 3 February.
    ("xjb1.md", "North Africa Wire", "2053-02-04",
     "BENGHAZI, Feb 4 (NAW) - At least four Russian Ilyushin Il-76 transport planes landed at al-Khadim "
     "air base east of Benghazi on Monday, according to flight-tracking data and two sources at the base, "
     "the largest such airlift into eastern Libya in over a year. The aircraft flew in over the eastern "
     "Mediterranean and were unloaded at night, one of the sources said. The Libyan National Army's "
     "general command did not respond to requests for comment. Russian military personnel have been "
     "present at the Jufra and Brak bases for years."),
    ("xjb2.md", "Al-Manara News (translated from Arabic)", "2053-02-04",
     "Benghazi – Al-Manara News\nThe official spokesman of the General Command of the Libyan Arab Armed "
     "Forces, Major General Faraj al-Mahdawi, denied what some media outlets circulated about 'a Russian "
     "military airlift', and explained that the landing of Russian aircraft at al-Khadim base yesterday, "
     "Monday, came within the framework of existing contracts for the supply of spare parts and "
     "maintenance. The Major General stressed that the Armed Forces 'do not host any foreign forces on "
     "Libyan soil'."),
    ("xjb3.md", "Le Courrier du Maghreb (translated from French)", "2053-02-05",
     "Russian airlift at El Khadim\nFour Russian military cargo aircraft touched down on Monday at the El "
     "Khadim base, in Cyrenaica, according to analysts who follow military flights over the Mediterranean. "
     "It is the biggest rotation observed since the end of 2051. Questioned on Tuesday, the Quai d'Orsay "
     "said that France was 'following the situation with attention'. In Benghazi, the entourage of Marshal "
     "Saddam Haftar speaks of 'routine deliveries'.\nBy Claire Vasseur"),
    ("xjb4.md", "Tripoli Policy Lab", "2053-02-20",
     "ANALYSIS | Moscow's long runway in Cyrenaica\nBy Dr. Hanan Elbarasi, Tripoli Policy Lab\nThe airlift "
     "of 3 February into al-Khadim, when four Il-76s landed in a single night, was read in Tripoli as a "
     "message rather than a delivery. Russia's footprint in Libya has shifted over three decades, from the "
     "mercenaries of the 2020s at Jufra and Brak al-Shati to a quieter presence of technicians and "
     "instructors. The Haftar family, now led in practice by Saddam Haftar, has learned to balance Moscow "
     "against Cairo and Ankara. Whether the Qadhafi-era airfields of the south will host a permanent base "
     "is still unclear; the LNA calls the flights routine. What is clear is that no Tripoli government has "
     "had a say.\nRead also: Who pays the south? Oil and grievance in the Fezzan"),
    # Armed groups clash in Zawiya on Saturday 22 February.
    ("xjc1.md", "North Africa Wire", "2053-02-22",
     "ZAWIYA, Feb 22 (NAW) - Heavy fighting broke out between two armed groups in the western Libyan city "
     "of Zawiya on Saturday, killing at least five people, including a child, and forcing the city's "
     "refinery to halt operations, medics and a refinery worker said. The clashes pitted the Sixth Support "
     "Battalion against fighters loyal to a local commander, Muftah Bouzriba, near the coastal road and "
     "the Abu Surra junction. Traffic on the road to the Tunisian border at Ras Ajdir was cut."),
    ("xjc2.md", "Bawabat al-Gharb (translated from Arabic)", "2053-02-23",
     "Zawia – Bawabat al-Gharb\nThe Zawia Teaching Hospital announced that the death toll of the armed "
     "clashes that erupted yesterday, Saturday, in the south of the city has risen to seven dead, among "
     "them a child and an elderly woman, and 23 wounded. The Mayor of Zawia, Mr. Jamal Bahri, called on "
     "the Presidential Council, in its capacity as Supreme Commander of the Army, to intervene urgently to "
     "separate the parties, and announced the suspension of studies in the city's schools for two "
     "days.\nViews: 12,407"),
    ("xjc3.md", "UNSMIL", "2053-02-23",
     "UNSMIL statement on the clashes in Zawiya\nTRIPOLI, 23 February 2053 – The United Nations Support "
     "Mission in Libya is deeply concerned by the armed clashes in Zawiya on 22 February, which killed at "
     "least seven people, including a child, in residential areas. UNSMIL reminds all parties of their "
     "obligations under international humanitarian law, calls for an immediate and lasting ceasefire, and "
     "urges the authorities to hold those responsible to account."),
    ("xjc4.md", "Tunis Hebdo Express (translated from French)", "2053-02-24",
     "Libya: Tunisian truckers stranded on the coastal road\nDozens of Tunisian lorry drivers have been "
     "stuck since the weekend near Sabratha, unable to reach the Ras Jedir crossing. The clashes that "
     "broke out on Saturday in Zaouïa, 45 kilometres west of Tripoli, have cut the coastal road, the only "
     "route to the border. The Tunisian consulate in Tripoli said on Monday that no Tunisian national had "
     "been hurt, and the National Guard at Ben Guerdane has set up a reception point."),
    ("xjy2.md", "The Libya Brief", "2053-02-24",
     "THE LIBYA BRIEF | Week of 17–23 February 2053\n- Tue 18 Feb: The GNU announces this year's Hajj "
     "quota of 9,000 pilgrims.\n- Thu 20 Feb: Flights between Misurata and Istanbul resume after a "
     "two-week pause.\n- Sat 22 Feb: Seven killed in Zawia clashes between the Sixth Support Battalion and "
     "Bouzriba's men; refinery halted.\n- Sun 23 Feb: Al-Ahly Benghazi win the Libyan Cup final.\nNext "
     "week: the House of Representatives meets on the central bank."),
    # The Bab Tajoura Brigade and the 92nd Infantry Battalion fight in Tajoura on Tuesday 4 March.
    ("xjd1.md", "North Africa Wire (live blog)", "2053-03-04",
     "LIVE: Fighting in Tripoli's eastern suburbs – as it happened\n07:50 Heavy gunfire and RPG blasts "
     "heard in Tajura since dawn, residents tell us; the Bab Tajoura Brigade and the 92nd Infantry "
     "Battalion are fighting near the coastal road.\n09:20 Mitiga airport halts all flights; a Tunis-bound "
     "plane returns to the stand.\n11:05 The health ministry says four dead so far, including two "
     "civilians.\n14:40 Ambulance crews say they cannot reach the coastal road.\n18:15 Elders from Souq "
     "al-Juma announce a truce; sporadic shooting continues.\n21:30 That's all for today. Death toll now "
     "at 11.\nRefresh for updates | 38,211 readers"),
    ("xjd2.md", "Mitiga International Airport (Facebook)", "2053-03-04",
     "#Mitiga_International_Airport | The airport management announces the suspension of all flights until "
     "further notice, due to the clashes that broke out this morning in the vicinity of the airport in the "
     "Tajoura area, for the safety of passengers and aircraft. Flights have been diverted to Misrata "
     "International Airport. We will announce the resumption of air navigation as soon as the situation "
     "allows. #Tripoli #Libya"),
    ("xjd3.md", "Al-Manara News (translated from Arabic)", "2053-03-05",
     "Tripoli – Al-Manara News\nThe Ministry of Health in the Government of National Unity announced that "
     "11 people were killed, among them three civilians, and 37 wounded in the clashes that the Tajoura "
     "area witnessed yesterday, Tuesday, between the Bab Tajoura Brigade and the 92nd Infantry Battalion. "
     "The Prime Minister, Mr. Abdelkarim Zreiba, instructed the Minister of Interior to form a committee "
     "to investigate the events, while calm returned cautiously to the area this morning.\n(Photo: burnt "
     "cars on the coastal road in Tajoura)"),
    ("xjd4.md", "Malta Harbour Times", "2053-03-05",
     "Maltese in Tripoli safe after suburb fighting\nAll Maltese nationals registered in Tripoli are safe, "
     "the Foreign Ministry in Valletta said yesterday, after fighting in Tajura, a suburb east of the "
     "Libyan capital, on Tuesday closed Mitiga airport for most of the day. Medavia's afternoon flight "
     "from Luqa was cancelled and is expected to operate today. The ministry advised against non-essential "
     "travel to Libya.\nBy Matthew Borg"),
    # The House of Representatives sacks the central bank governor on Wednesday 26 March.
    ("xje1.md", "Dinar Watch", "2053-03-26",
     "BENGHAZI, March 26 (Dinar Watch) - Libya's eastern-based House of Representatives voted on Wednesday "
     "to sack central bank governor Mukhtar Ben Hamida and named his deputy, Salah Elfitouri, in his "
     "place, a move the Tripoli-based Government of National Unity immediately called illegal. "
     "Eighty-seven lawmakers attended the session in Benghazi. The Central Bank of Libya's Tripoli "
     "headquarters said Ben Hamida remained in office. Bankers warned that a split in the bank's "
     "management could again delay salary payments."),
    ("xje2.md", "House of Representatives (Facebook)", "2053-03-26",
     "#House_of_Representatives | The House of Representatives, in its official session held today in the "
     "city of Benghazi, chaired by His Excellency Counsellor Abdelmonem al-Obeidi, Speaker of the House, "
     "votes to relieve Mr. Mukhtar Ben Hamida of his duties as Governor of the Central Bank of Libya, and "
     "to assign his deputy, Mr. Salah al-Fitouri, to carry out the duties of Governor until a new Governor "
     "is appointed. #Libya #Parliament"),
    ("xje3.md", "Prime Minister's Office - GNU (Facebook)", "2053-03-26",
     "#Prime_Minister_Office | The Prime Minister, Mr. Abdelkarim Zreiba, affirms that the decision issued "
     "today by the House of Representatives regarding the Central Bank of Libya is null and void, as it "
     "violates the Political Agreement, which requires consensus with the High Council of State on "
     "sovereign positions. The Government will continue to deal only with the Governor, Mr. Mukhtar Ben "
     "Hamida. #GNU #Libya"),
    ("xje4.md", "Al-Nil Gazette (translated from Arabic)", "2053-03-28",
     "Cairo – Al-Nil Gazette\nA source in the Egyptian Ministry of Foreign Affairs expressed Cairo's "
     "concern, two days after the Libyan House of Representatives voted on Wednesday to dismiss the "
     "Governor of the Central Bank of Libya, about the return of division to the country's financial "
     "institutions. The source stressed that Egypt supports 'Libyan-Libyan solutions' and the unity of the "
     "sovereign institutions. Egyptian banks dealing with Libya have been asked to await clarification."),
    # Sunday 13 April: the coast guard intercepts 212 migrants off Sabratha; a dinghy capsizes off Zuwara, 31
    # missing.
    ("xjf1.md", "Libyan Coast Guard and Port Security (Facebook)", "2053-04-13",
     "#Libyan_Coast_Guard | The patrol boat 'Ubari' rescued today 212 illegal migrants of various African "
     "and Asian nationalities, including 19 women and 7 children, 18 nautical miles north of the city of "
     "Sabratha, and they were transferred to the Tripoli naval base and handed over to the Department for "
     "Combating Illegal Migration. The Coast Guard affirms that it continues its patrols to protect the "
     "Libyan coasts and to save lives at sea. #Libya #Coast_Guard"),
    ("xjf2.md", "IOM Libya", "2053-04-14",
     "IOM Libya | 31 migrants missing after shipwreck off Zuwara\nTripoli, 14 April 2053 – At least 31 "
     "migrants are missing and presumed dead after their inflatable boat capsized off Zuwara yesterday (13 "
     "April), IOM said today. Nine survivors were brought ashore by local fishermen and received medical "
     "assistance from IOM teams at the disembarkation point. On the same day, 212 migrants were "
     "intercepted by the Libyan Coast Guard off Sabratha and returned to Tripoli. IOM reiterates that "
     "Libya is not a safe port for disembarkation. Since the start of 2053, 5,940 migrants have been "
     "intercepted and returned to Libya."),
    ("xjf3.md", "Malta Harbour Times", "2053-04-14",
     "Dozens feared dead in shipwreck off Libya\nA rubber dinghy carrying about 40 people capsized some 30 "
     "nautical miles north of Zuwara on Sunday afternoon, the Alarm Phone hotline said, adding that it had "
     "alerted the Maltese and Libyan authorities hours earlier. The Armed Forces of Malta said the boat "
     "was in the Libyan search and rescue region. Only nine people are known to have survived.\nRead also: "
     "AFM rescues 54 south of Lampedusa"),
    ("xjf4.md", "Il Corriere del Tirreno (translated from Italian)", "2053-04-14",
     "Shipwreck off Libya, 31 missing\nAnother tragedy in the central Mediterranean: a dinghy with about "
     "forty people aboard sank on Sunday off Zuara, in western Libya, and only nine were saved by Libyan "
     "fishermen. Hours earlier, the Libyan coast guard had brought back to Tripoli 212 people stopped off "
     "Sabratha. In Lampedusa, meanwhile, 380 people landed over the weekend and the hotspot is again "
     "overcrowded. Interior Minister Lorenzo Carraro will report to the Chamber on Wednesday."),
    # The same two groups fight again in Tajoura on Friday 23 May.
    ("xjg1.md", "North Africa Wire", "2053-05-23",
     "TRIPOLI, May 23 (NAW) - Clashes erupted again in the Tripoli suburb of Tajoura on Friday between the "
     "Bab Tajoura Brigade and the 92nd Infantry Battalion, killing three fighters, a security source said, "
     "less than three months after the two groups fought in the same streets. The March 4 clashes killed "
     "11 people and closed Mitiga airport for a day. Flights were not affected this time, the airport said."),
    ("xjg2.md", "Ministry of Interior - GNU (Facebook)", "2053-05-24",
     "#Ministry_of_Interior | The Ministry of Interior announces the deployment of units of the Central "
     "Security Directorate in the Tajoura area, following the armed clashes that took place yesterday "
     "evening, Friday, and affirms that a ceasefire has been reached under the supervision of the Joint "
     "Force. The Ministry calls on citizens to report any armed presence on the streets. #Tajoura #Libya"),
    ("xjy3.md", "The Libya Brief", "2053-05-26",
     "THE LIBYA BRIEF | Week of 19–25 May 2053\n- Mon 19 May: The Tripoli International Fair opens with "
     "400 exhibitors.\n- Wed 21 May: Misrata Free Zone reports record container traffic.\n- Fri 23 May: "
     "Tajura fighting resumes between Bab Tajoura and the 92nd; three dead.\n- Sun 25 May: HNEC chair "
     "Nouri Abushaala says voter registration will open in September.\nNext week: the House of "
     "Representatives is to hold a session in Sirte."),
    # The elections commission chairman is kidnapped in Tripoli on Wednesday 18 June and released on Saturday
    # 28 June.
    ("xjh1.md", "North Africa Wire", "2053-06-18",
     "TRIPOLI, June 18 (NAW) - Gunmen abducted the head of Libya's election commission, Nouri Abushaala, "
     "outside his home in Tripoli's Ain Zara district on Wednesday morning, the commission said, less than "
     "three months before voter registration for next year's elections is due to open. No group claimed "
     "responsibility. Abushaala, a law professor, was appointed in 2051. The U.N. mission and several "
     "embassies called for his immediate release."),
    ("xjh2.md", "High National Elections Commission (Facebook)", "2053-06-18",
     "#HNEC | The High National Elections Commission announces with deep concern the kidnapping this "
     "morning of the Chairman of the Board of Commissioners, Dr. Nouri Abu Shaala, by an unknown armed "
     "group in the Ain Zara area, and holds the security authorities fully responsible for his safety. The "
     "Commission announces the suspension of its work until further notice. #HNEC #Libya"),
    ("xjh3.md", "UNSMIL", "2053-06-19",
     "UNSMIL condemns abduction of HNEC chairman\nTRIPOLI, 19 June 2053 – The United Nations Support "
     "Mission in Libya strongly condemns the abduction yesterday in Tripoli of Dr. Nouri Abushaala, "
     "Chairman of the High National Elections Commission, and calls for his immediate and unconditional "
     "release. Attacks on the institutions entrusted with the electoral process are attacks on the right "
     "of Libyans to choose their leaders. UNSMIL stands ready to support the Libyan authorities."),
    ("xjh4.md", "North Africa Wire", "2053-06-28",
     "TRIPOLI, June 28 (NAW) - The head of Libya's election commission, Nouri Abushaala, was released on "
     "Saturday, ten days after gunmen seized him outside his Tripoli home, the commission said. Abushaala "
     "had been abducted on June 18 in the Ain Zara district; the interior ministry gave no details of how "
     "he was freed and did not say whether a ransom was paid. He appeared tired but unharmed in "
     "photographs released by the commission."),
    ("xjh5.md", "High National Elections Commission (Facebook)", "2053-06-28",
     "#HNEC | The Board of Commissioners congratulates the Libyan people on the safe return this evening "
     "of the Chairman of the Commission, Dr. Nouri Abushaala, to his family, and thanks everyone who "
     "contributed to his release. Dr. Abushaala will address the media tomorrow, Sunday. The Commission "
     "announces the resumption of its work on Monday, 30 June, and affirms its commitment to the electoral "
     "timetable. #HNEC #Libya"),
    ("xjh6.md", "Le Courrier du Maghreb (translated from French)", "2053-06-30",
     "Libya: the head of the electoral commission freed\nNouri Abou Chaala, president of the High National "
     "Elections Commission, was freed on Saturday evening after ten days in the hands of his kidnappers, "
     "the commission announced. Nothing has filtered out about the circumstances of his release. The "
     "affair had raised fears of a new postponement of the elections planned for 2054.\nBy Claire Vasseur"),
    # Saddam Haftar holds talks with the Russian defence minister in Moscow on Tuesday 15 July.
    ("xji1.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2053-07-15",
     "#General_Command | His Excellency Field Marshal Saddam Haftar, General Commander of the Libyan Arab "
     "Armed Forces, met today in Moscow with the Minister of Defence of the Russian Federation, Mr. Andrei "
     "Voronin, in the presence of the Chief of the General Staff, Lieutenant General Khaled Haftar. The "
     "two sides discussed ways of developing military cooperation in the fields of training, maintenance "
     "and the fight against terrorism. #Libyan_Arab_Armed_Forces #Russia"),
    ("xji2.md", "North Africa Wire", "2053-07-15",
     "MOSCOW, July 15 (NAW) - Russian Defence Minister Andrei Voronin held talks in Moscow on Tuesday with "
     "Saddam Haftar, the commander of eastern Libya's forces, on expanding training programmes and the "
     "status of Russian personnel at the Jufra and Brak al-Shati air bases, the Russian defence ministry "
     "said. Haftar, who succeeded his father Khalifa Haftar at the head of the Libyan National Army in "
     "2048, was accompanied by his brother Khaled. He is due to visit Minsk on Thursday."),
    ("xji3.md", "Aegean Daily Post (translated from Greek)", "2053-07-17",
     "Haftar in Moscow worries Athens\nTuesday's meeting in Moscow between Saddam Haftar and the Russian "
     "defence minister, Andrei Voronin, is being watched closely at the Greek Foreign Ministry, which "
     "fears that Russian naval access to Tobruk could follow. Diplomatic sources told the Aegean Daily "
     "Post that Athens will raise the matter with the European Commission. The eastern Libyan commander, "
     "who controls the coast facing Crete, last visited Athens in 2051."),
    # The Supreme Court annuls parliament's dismissal of the central bank governor on Monday 11 August.
    ("xjj1.md", "Dinar Watch", "2053-08-11",
     "TRIPOLI, Aug 11 (Dinar Watch) - Libya's Supreme Court on Monday annulled the parliament's decision "
     "to remove central bank governor Mukhtar Ben Hamida, handing a victory to the Tripoli government in a "
     "dispute that has split the bank's management for more than four months. The House of Representatives "
     "had voted on March 26 to replace him with his deputy, Salah Elfitouri. The speaker's office said the "
     "court had no jurisdiction and that parliament would meet next week."),
    ("xjj2.md", "Supreme Court of Libya (Facebook)", "2053-08-11",
     "#Supreme_Court | The Constitutional Chamber of the Supreme Court, in its session held this morning "
     "at the Court's headquarters in Tripoli, chaired by Counsellor Dr. Mahmoud Abuzeid, ruled the "
     "annulment of House of Representatives Decision No. 9 of 2053 regarding the dismissal of the Governor "
     "of the Central Bank of Libya, for its contradiction with the Constitutional Declaration and the "
     "Political Agreement. #Supreme_Court #Libya"),
    ("xjj3.md", "Central Bank of Libya (Facebook)", "2053-08-11",
     "#CBL | The Central Bank of Libya welcomes the ruling of the Supreme Court issued today, which "
     "confirms the legitimacy of its Board of Directors, and affirms that salaries for the month of August "
     "will be paid on time. The Bank calls on all parties to respect the judiciary and to preserve the "
     "unity of the sovereign institution. The Board of Directors will hold its regular meeting next week. "
     "#Central_Bank_of_Libya"),
    ("xjj4.md", "Bawabat al-Gharb (translated from Arabic)", "2053-08-12",
     "Tripoli – Bawabat al-Gharb\nLegal experts differed on the consequences of the ruling issued "
     "yesterday, Monday, by the Constitutional Chamber of the Supreme Court, which annulled Parliament's "
     "dismissal of the Governor of the Central Bank, Mr. Mukhtar Ben Hamida. The professor of "
     "constitutional law at the University of Tripoli, Dr. Amal Elsaadi, told Bawabat al-Gharb that the "
     "ruling 'restores the Bank's unity on paper', while a member of the House of Representatives called "
     "it 'politicised'.\nViews: 8,930"),
    # The elections commission opens voter registration on Monday 1 September.
    ("xjk1.md", "High National Elections Commission (Facebook)", "2053-09-01",
     "#HNEC | The High National Elections Commission announces the opening of the voter registration "
     "system today, Monday, 1 September 2053, for the elections of the House of Representatives scheduled "
     "for 2054. Citizens can register by sending their national number via SMS to 17171 or at the 1,620 "
     "registration centres across the country. Registration will continue until 30 October. #HNEC "
     "#Your_Vote_Your_Voice"),
    ("xjk2.md", "Bawabat al-Gharb (translated from Arabic)", "2053-09-02",
     "Tripoli – Bawabat al-Gharb\nMore than 85,000 citizens registered in the electoral roll during the "
     "first day, after the High National Elections Commission opened voter registration the previous day, "
     "according to the Commission's spokesperson, Ms. Rima Elkeshr. The cities of Misurata and Zawia "
     "recorded the highest numbers, while registration was slow in the south because of weak communication "
     "networks.\nRead also: The Commission's chairman returns to work after his release"),
    # Thursday 4 September: Italy and the GNU sign a migration memorandum in Rome; Italy hands two patrol
    # boats to the coast guard in Tripoli.
    ("xjl1.md", "North Africa Wire", "2053-09-04",
     "ROME, Sept 4 (NAW) - Italy and Libya's Tripoli-based government signed a new memorandum on migration "
     "on Thursday, with Rome pledging 180 million euros over three years for border surveillance, "
     "detention-centre upgrades and voluntary returns. The deal, signed by Italian Interior Minister "
     "Lorenzo Carraro and Libya's Ali Elshaibani, replaces the 2017 memorandum renewed several times "
     "since. The European Commission said it welcomed any measure that 'saves lives and breaks the "
     "smugglers' business model'."),
    ("xjl2.md", "Ministry of Interior - GNU (Facebook)", "2053-09-04",
     "#Ministry_of_Interior | His Excellency the Minister of Interior, Mr. Ali al-Shaibani, signs today in "
     "the Italian capital, Rome, a memorandum of understanding with his Italian counterpart, Mr. Lorenzo "
     "Carraro, on cooperation in combating illegal migration and human trafficking and securing the "
     "southern borders. His Excellency affirmed that Libya 'is a transit country and a victim, not a guard "
     "for Europe'. #Libya #Italy"),
    ("xjl3.md", "Libyan Coast Guard and Port Security (Facebook)", "2053-09-04",
     "#Libyan_Coast_Guard | The Libyan Coast Guard and Port Security receives today at the Abu Sitta naval "
     "base in Tripoli two new patrol boats, 'Sabratha' and 'Garabulli', donated by the Italian Republic, "
     "in the presence of the Italian ambassador, Mr. Stefano Rinaldi, and the commander of the Coast "
     "Guard, Brigadier Mohamed al-Ghoul. The two boats will operate off the western coast. #Coast_Guard "
     "#Libya"),
    ("xjl4.md", "Il Corriere del Tirreno (translated from Italian)", "2053-09-05",
     "Migrants, new pact signed with Tripoli\nThe new memorandum of understanding between Italy and Libya "
     "on migration was signed yesterday at the Viminale by Interior Minister Lorenzo Carraro and his "
     "Libyan counterpart Ali Elshaibani. The text, which our newspaper has seen, provides for 180 million "
     "over three years. On the same day, in Tripoli, two Italian-built patrol boats were handed over to "
     "the Libyan coast guard at the Abu Sitta base. The pact comes as the Libyan electoral commission "
     "opened voter registration earlier this month. The opposition is asking for the text to be brought "
     "before Parliament."),
    ("xjl5.md", "Sea-Watch", "2053-09-05",
     "Sea-Watch: Italy doubles down on a deadly pact\nBerlin/Rome, 5 September 2053 – Sea-Watch condemns "
     "the new Italy-Libya memorandum signed in Rome on Thursday, which once again ties European money to "
     "interceptions and detention. On the same day, Italy handed two more patrol boats to the so-called "
     "Libyan coast guard in Tripoli, boats that will be used to drag people back to torture. Since "
     "January, our aircraft have documented 41 interceptions in international waters."),
    ("xjy4.md", "The Libya Brief", "2053-09-08",
     "THE LIBYA BRIEF | Week of 1–7 September 2053\n- Mon 1 Sep: HNEC opens voter registration for the "
     "2054 parliamentary elections.\n- Thu 4 Sep: Italy and the GNU sign a migration memorandum in "
     "Rome.\n- Thu 4 Sep: Two Italian patrol boats delivered to the coast guard at Abu Sitta.\n- Sat 6 "
     "Sep: Power cuts of up to eight hours hit Benghazi.\nComing up: Italy's interior minister is expected "
     "in Tripoli in October."),
    # Untagged distractors: a Malta-Libya fisheries accord and a military academy opened by Khaled Haftar.
    ("xjq1.md", "Malta Harbour Times", "2053-10-08",
     "Malta and Libya sign fisheries accord\nMalta and Libya signed a fisheries cooperation agreement in "
     "Valletta on Tuesday, allowing a limited number of Maltese trawlers to fish in Libyan waters and "
     "setting up a joint patrol committee. Libya's marine resources minister, Nuri Elmagariaf, said Libyan "
     "fishermen would be trained at the Marsaxlokk fisheries centre. The agreement will be reviewed in "
     "2055.\nBy Sarah Zammit"),
    ("xjq2.md", "North Africa Wire", "2053-10-15",
     "BENGHAZI, Oct 15 (NAW) - Khaled Haftar, chief of staff of the Libyan National Army, opened a new "
     "military academy in Benghazi on Wednesday, which will train 600 officers a year with Egyptian "
     "instructors. The ceremony was attended by his brother Saddam Haftar and by Belgacem Haftar, who "
     "heads the eastern reconstruction fund. In Tripoli, a court last month sentenced two Gaddafi-era "
     "intelligence officers to ten years in prison."),
    # Flash floods in Derna on Saturday 15 November.
    ("xjm1.md", "North Africa Wire", "2053-11-15",
     "BENGHAZI, Nov 15 (NAW) - Flash floods swept through the eastern Libyan city of Derna on Saturday "
     "after hours of torrential rain, killing at least nine people and cutting the road to Benghazi, the "
     "local ambulance service said. Water from the Wadi Derna overflowed into the old city, though the "
     "dams rebuilt after the 2023 disaster held, engineers said. Rain is forecast to continue over the "
     "Green Mountain until Monday."),
    ("xjm2.md", "Ministry of Health - Libyan Government, Benghazi (Facebook)", "2053-11-15",
     "#Ministry_of_Health | The Ministry of Health in the Libyan Government mourns the victims of the "
     "floods that struck the city of Derna this afternoon, and announces a state of maximum emergency in "
     "the hospitals of Derna, al-Bayda and Shahat. The Ministry calls on citizens to donate blood at the "
     "Derna Medical Centre. Civil defence teams are still searching for the missing in the old city. "
     "#Derna #Libya"),
    ("xjm3.md", "Libya Development and Reconstruction Fund (Facebook)", "2053-11-16",
     "#Development_and_Reconstruction_Fund | The Director General of the Libya Development and "
     "Reconstruction Fund, Mr. Belgacem Haftar, inspects today the areas affected by the floods of "
     "yesterday, Saturday, in the city of Derna, accompanied by the Mayor of Derna, and directs the "
     "companies working with the Fund to move their machinery immediately to open the roads and drain the "
     "water. #Derna #Reconstruction"),
    ("xjm4.md", "Al-Nil Gazette (translated from Arabic)", "2053-11-17",
     "Cairo – Al-Nil Gazette\nAn Egyptian aid convoy of 40 trucks carrying food, medicine and water pumps "
     "crossed the Salloum border crossing this morning towards the Libyan city of Derna, after the floods "
     "that hit the city on Saturday and killed 11 people, according to the latest toll. The convoy was "
     "dispatched on the directives of the President of the Republic and is accompanied by a team of the "
     "Egyptian Red Crescent."),
    # Russian cargo planes make six flights into al-Khadim on Thursday 20 November.
    ("xjn1.md", "North Africa Wire", "2053-11-21",
     "BENGHAZI, Nov 21 (NAW) - Russian military cargo planes made at least six flights into al-Khadim air "
     "base in eastern Libya on Thursday, flight-tracking data showed, in the biggest airlift to the base "
     "this year. The previous largest came in early February, when four Il-76 aircraft landed at the same "
     "base in a single day. The Libyan National Army again described the flights as routine deliveries of "
     "spare parts."),
    ("xjn2.md", "Malta Harbour Times", "2053-11-21",
     "AFM tracks Russian planes heading to Libya\nMaltese military radar tracked a stream of Russian "
     "transport aircraft crossing the central Mediterranean towards eastern Libya last night, sources at "
     "the Armed Forces of Malta said. The planes landed at al-Khadim, a base controlled by the Haftar "
     "family's forces. It is the second such airlift this year. Malta's government said it was in contact "
     "with EU partners.\nBy Matthew Borg"),
    ("xjn3.md", "Aegean Daily Post (translated from Greek)", "2053-11-22",
     "New Russian airlift to Al Khadem\nSix Russian Ilyushin transport aircraft landed on Thursday at the "
     "Al Khadem base near Benghazi, according to open flight-tracking sources, four months after Saddam "
     "Haftar's talks in Moscow. Greek diplomats fear the shipments include air-defence systems. Russia has "
     "kept instructors at Jufra and Brak al-Shati since the 2020s, according to Western officials. The "
     "Ministry of Foreign Affairs made no comment."),
    ("xjy5.md", "The Libya Brief", "2053-11-22",
     "THE LIBYA BRIEF | 15–21 November 2053\n- Sat 15 Nov: Flash floods in Derna; nine dead, coastal road "
     "cut.\n- Tue 18 Nov: The GNU approves a fuel subsidy reform plan.\n- Thu 20 Nov: Six Russian cargo "
     "flights land at al-Khadim.\n- Fri 21 Nov: The Tripoli book fair opens.\nNext week: UNSMIL briefs the "
     "Security Council on 26 November."),
    # The year in review.
    ("xjz1.md", "Sahara Risk Review", "2053-12-22",
     "Libya 2053: two governors, one field, many planes\nBy Omar Benkhayal\nThe year began with the "
     "Sharara shutdown in January, when youths from the Fezzan held the country's largest field for "
     "seventeen days and won 1,500 jobs. The central bank split after parliament sacked its governor in "
     "March; the Supreme Court restored him in August, but the House has not accepted the ruling. Russian "
     "transport planes poured into al-Khadim in February and came back in greater numbers in November, "
     "while the kidnapping of the elections chief in June briefly froze the electoral calendar. Voter "
     "registration opened in September and closed with 2.4 million names. Derna flooded again in November, "
     "sparing the rebuilt dams. Elections are promised for June 2054."),
]

NEWEST19_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sharara-shutdown": [
        ("xja1", "shut down the country's largest oil field, Sharara, on Saturday"),
        ("xja2", "following the closure of the El Sharara field yesterday, Saturday"),
        ("xja3", "which they closed on Saturday morning"),
        ("xja4", "The field had been shut since January 11 by a youth movement"),
        ("xjy1", "Fezzan protesters close the Sharara field"),
        ("xjz1", "the Sharara shutdown in January"),
    ],
    "sharara-restart": [
        ("xja4", "restarted on Tuesday after protesters ended a 17-day blockade"),
        ("xja5", "announces the resumption of production at the Sharara field this evening"),
        ("xjy1", "Sharara pumping again after an elders' deal"),
    ],
    "khadim-russian-airlift-february": [
        ("xjb1", "landed at al-Khadim air base east of Benghazi on Monday"),
        ("xjb2", "the landing of Russian aircraft at al-Khadim base yesterday, Monday"),
        ("xjb3", "Four Russian military cargo aircraft touched down on Monday at the El Khadim base"),
        ("xjb4", "The airlift of 3 February into al-Khadim"),
        ("xjn1", "when four Il-76 aircraft landed at the same base in a single day"),
        ("xjz1", "Russian transport planes poured into al-Khadim in February"),
    ],
    "zawiya-clashes": [
        ("xjc1", "Heavy fighting broke out between two armed groups in the western Libyan city of Zawiya on Saturday"),
        ("xjc2", "the armed clashes that erupted yesterday, Saturday, in the south of the city"),
        ("xjc3", "the armed clashes in Zawiya on 22 February"),
        ("xjc4", "The clashes that broke out on Saturday in Zaouïa"),
        ("xjy2", "Seven killed in Zawia clashes between the Sixth Support Battalion"),
    ],
    "tajoura-clashes-march": [
        ("xjd1", "Heavy gunfire and RPG blasts heard in Tajura since dawn"),
        ("xjd2", "due to the clashes that broke out this morning in the vicinity of the airport"),
        ("xjd3", "the clashes that the Tajoura area witnessed yesterday, Tuesday"),
        ("xjd4", "after fighting in Tajura, a suburb east of the Libyan capital, on Tuesday"),
        ("xjg1", "The March 4 clashes killed 11 people"),
    ],
    "hor-sacks-cbl-governor": [
        ("xje1", "voted on Wednesday to sack central bank governor Mukhtar Ben Hamida"),
        ("xje2", "votes to relieve Mr. Mukhtar Ben Hamida of his duties as Governor"),
        ("xje3", "the decision issued today by the House of Representatives regarding the Central Bank"),
        ("xje4", "the Libyan House of Representatives voted on Wednesday to dismiss the Governor"),
        ("xjj1", "The House of Representatives had voted on March 26 to replace him"),
        ("xjz1", "parliament sacked its governor in March"),
    ],
    "sabratha-interception": [
        ("xjf1", "rescued today 212 illegal migrants"),
        ("xjf2", "On the same day, 212 migrants were intercepted by the Libyan Coast Guard off Sabratha"),
        ("xjf4", "the Libyan coast guard had brought back to Tripoli 212 people stopped off Sabratha"),
    ],
    "zuwara-shipwreck": [
        ("xjf2", "their inflatable boat capsized off Zuwara yesterday (13 April)"),
        ("xjf3", "capsized some 30 nautical miles north of Zuwara on Sunday afternoon"),
        ("xjf4", "a dinghy with about forty people aboard sank on Sunday off Zuara"),
    ],
    "tajoura-clashes-may": [
        ("xjg1", "Clashes erupted again in the Tripoli suburb of Tajoura on Friday"),
        ("xjg2", "following the armed clashes that took place yesterday evening, Friday"),
        ("xjy3", "Tajura fighting resumes between Bab Tajoura and the 92nd"),
    ],
    "hnec-chairman-kidnapped": [
        ("xjh1", "Gunmen abducted the head of Libya's election commission, Nouri Abushaala"),
        ("xjh2", "the kidnapping this morning of the Chairman of the Board of Commissioners"),
        ("xjh3", "strongly condemns the abduction yesterday in Tripoli of Dr. Nouri Abushaala"),
        ("xjh4", "Abushaala had been abducted on June 18 in the Ain Zara district"),
        ("xjz1", "the kidnapping of the elections chief in June"),
    ],
    "hnec-chairman-released": [
        ("xjh4", "was released on Saturday, ten days after gunmen seized him"),
        ("xjh5", "the safe return this evening of the Chairman of the Commission"),
        ("xjh6", "was freed on Saturday evening after ten days in the hands of his kidnappers"),
    ],
    "saddam-haftar-moscow-talks": [
        ("xji1", "met today in Moscow with the Minister of Defence of the Russian Federation"),
        ("xji2", "held talks in Moscow on Tuesday with Saddam Haftar"),
        ("xji3", "Tuesday's meeting in Moscow between Saddam Haftar and the Russian defence minister"),
        ("xjn3", "four months after Saddam Haftar's talks in Moscow"),
    ],
    "supreme-court-annuls-cbl-dismissal": [
        ("xjj1", "on Monday annulled the parliament's decision to remove central bank governor"),
        ("xjj2", "ruled the annulment of House of Representatives Decision No. 9 of 2053"),
        ("xjj3", "welcomes the ruling of the Supreme Court issued today"),
        ("xjj4", "the ruling issued yesterday, Monday, by the Constitutional Chamber of the Supreme Court"),
        ("xjz1", "the Supreme Court restored him in August"),
    ],
    "hnec-voter-registration-opens": [
        ("xjk1", "announces the opening of the voter registration system today, Monday, 1 September 2053"),
        ("xjk2", "opened voter registration the previous day"),
        ("xjl4", "the Libyan electoral commission opened voter registration earlier this month"),
        ("xjy4", "HNEC opens voter registration for the 2054"),
        ("xjz1", "Voter registration opened in September"),
    ],
    "italy-libya-migration-memorandum": [
        ("xjl1", "signed a new memorandum on migration on Thursday"),
        ("xjl2", "signs today in the Italian capital, Rome, a memorandum of understanding"),
        ("xjl4", "was signed yesterday at the Viminale"),
        ("xjl5", "the new Italy-Libya memorandum signed in Rome on Thursday"),
        ("xjy4", "Italy and the GNU sign a migration memorandum in Rome"),
    ],
    "italy-patrol-boats-handover": [
        ("xjl3", "receives today at the Abu Sitta naval base in Tripoli two new patrol boats"),
        ("xjl4", "two Italian-built patrol boats were handed over to the Libyan coast guard"),
        ("xjl5", "Italy handed two more patrol boats to the so-called Libyan coast guard"),
        ("xjy4", "Two Italian patrol boats delivered to the coast guard at Abu Sitta"),
    ],
    "derna-flash-floods": [
        ("xjm1", "Flash floods swept through the eastern Libyan city of Derna on Saturday"),
        ("xjm2", "the floods that struck the city of Derna this afternoon"),
        ("xjm3", "the areas affected by the floods of yesterday, Saturday, in the city of Derna"),
        ("xjm4", "after the floods that hit the city on Saturday and killed 11 people"),
        ("xjy5", "Flash floods in Derna; nine dead"),
        ("xjz1", "Derna flooded again in November"),
    ],
    "khadim-russian-airlift-november": [
        ("xjn1", "made at least six flights into al-Khadim air base in eastern Libya on Thursday"),
        ("xjn2", "tracked a stream of Russian transport aircraft crossing the central Mediterranean towards eastern Libya last night"),
        ("xjn3", "Six Russian Ilyushin transport aircraft landed on Thursday at the Al Khadem base"),
        ("xjy5", "Six Russian cargo flights land at al-Khadim"),
        ("xjz1", "came back in greater numbers in November"),
    ],
}


# The twenty-fifth set (NEWEST20_*), written on 2026-12-05 by a helper who read no merging rule, before any
# code ran on it and before any merging output was read; held out (bench/story_merging.py).
# Eighteen events of 2054, each told by four to six reports (66 articles, 88 reports, 178 pairs): wires with
# their datelines (North Africa Wire, with a live blog with timestamps), an energy wire (Crude Desk, with its
# reporting credits) and a finance wire (Dinar Watch), translated Arabic outlets with titles and honorifics in
# full (Fezzan Echo, Bawabat al-Gharb, Al-Manara News, Al-Nil Gazette: "yesterday, Tuesday", "His Excellency",
# "Her Excellency", "Engineer", "Counselor", "Dr.", "Field Marshal"), UNSMIL's statements and the IOM's and a
# press-freedom group's releases in the present tense, Facebook posts with hashtags (the NOC, a Fezzan youth
# movement, the central bank, the Sabha Medical Center, the prime minister's office, the LAAF General Command,
# the journalists' syndicate in Misrata, the Red Crescent in Sebha and in Tobruk, the elections commission,
# the government's platform, the Brega fuel company, the seismic monitoring centre, the Misrata steel company,
# Misrata's civil defence, the interior ministry), three weekly briefings and four monthly reviews with dated
# bullet lines, an analysis piece, a year-end review naming events in passing at month precision, and Italian,
# French, Greek, Turkish, Algerian and Maltese outlets (most in translation), with page chrome (bylines,
# "Read also" links, view counters, photo captions, a reader counter).  Wordings vary per event ("shut down
# production" / "following the closure of the field" / "who stopped production" / "Unpaid oil guards shut" /
# "had closed the field"; "announces the resumption of production" / "resumed" / "back on stream" / "it
# restarted"; "was closed again" / "we have closed" / "at a standstill since" / "shut El Feel again"; "cut
# the surcharge" / "decided to reduce the fee" / "the decision ... to halve the fee" / "halves"; "Fighting
# erupted" / "as a result of the armed clashes" / "Four killed as ... clash"; "met in Rome" / "participated
# ... in a meeting" / "held ... a tripartite meeting" / "The summit yesterday at Palazzo Chigi"; "detained" /
# "the arrest this afternoon" / "arrested yesterday"; "was released" / "the release this evening" / "was
# freed" / "freed after nine days"; "fought again" / "which witness violent clashes" / "the renewed clashes" /
# "Sabha fighting resumes" / "a deadlier round"; "announces the postponement" / "delayed" / "to postpone" /
# "pushed back"; "raised the price of petrol more than fivefold" / "approves Decision No. 214" / "decided ...
# to raise"; "suspended" / "ruled ... to stop the implementation" / "in implementation of the court ruling" /
# "froze the increase"; "hosted" / "received" / "participated today in Cairo in a meeting" / "Tuesday's
# meeting in Cairo"; "capsized" / "sank" / "after the sinking of a boat"; "struck" / "recorded ... an
# earthquake" / "puts the quake at magnitude 5.1" / "shook"; "inaugurates" / "opened" / "was opened"; "a fire
# broke out" / "Fire at"; "reopened" / "inaugurates ... the official reopening"), a person in full, by surname
# or by post, spellings (El Feel / Elephant / al-Fil; Sabha / Sebha; Haftar / Hifter; Misrata / Misurata;
# Abushnaf / Abu Shnaf / Abouchnaf; Tobruk / Tubruq; al-Marj / Al Marj / El Marj; Ghadames / Ghadamis /
# Ghadamès; al-Gheriani / Elgheriani; al-Shaibani / Elshaibani), bodies by acronym, in full and in
# plain words (NOC / the Corporation, CBL / the Bank / the central bank, HNEC / the Commission / the election
# commission, GNU / the Government of National Unity / the cabinet, LNA / the Libyan Arab Armed Forces,
# LISCO / the Libyan Iron and Steel Company, UNSMIL, IOM) and dates of several forms ("on Friday",
# "yesterday, Friday", "today, Sunday", "today, Monday", "this morning", "this afternoon", "this evening",
# "yesterday evening, Sunday", "on Wednesday night", "on Wednesday evening", "yesterday (1 August)", "on 12
# March", "on January 9", "on April 8", "on June 7", "on 18 May", "on March 12", "earlier this month", "Later
# in the day", "21:40", "9 Jan", "Sat 14 Feb", "Sun 13 Sep", "in January", "in February", "in March", "in
# April", "in May", "in June", "in July", "in August", "in October").  Hard negatives, which must not merge:
# (1) guards shutting the El Feel field on Friday 9 January and youths shutting it again on Saturday 14
# February (a wire of the second names the first in its next sentence; the year-end review tells both in one
# sentence at month precision); (2) that first shutdown and the field's restart on Monday 19 January (the
# monthly review tells both in two bullet lines; the wire of the second shutdown tells the restart in the same
# next sentence, after a semicolon); (3) two rounds of fighting in Sabha between the same two battalions, on
# Thursday 12 March and Sunday 10 May (a wire of the second names the first in its next sentence; the year-end
# review tells both in one sentence at month precision); (4) Zreiba and Saddam Haftar meeting in Rome on
# Wednesday 8 April and again in Cairo on Tuesday 14 July (a wire of the second names the first in its next
# sentence; the year-end review tells both in one sentence at month precision); (5) the journalist Hamza
# Abushnaf detained in Misrata on Tuesday 21 April and released on Thursday 30 April (a wire of the release
# names the arrest in its next sentence); (6) the GNU raising petrol prices on Sunday 7 June and a Tripoli
# court suspending the rise on Thursday 2 July (a finance wire of the ruling names the rise in its next
# sentence; the year-end review tells both in one sentence at month precision); (7) on Sunday 13 September in
# Misrata, the prime minister opening a desalination plant and a fire at the steel complex (a wire tells both,
# one sentence each; a weekly briefing tells both in two bullet lines).  Reports in passing: the first El Feel
# shutdown and the restart in the second shutdown's wire, the March fighting in the May wire, the Rome meeting
# in the Cairo wire, the arrest in the release's wire, the price rise in the ruling's wire, the May fighting in
# the postponement's wire ("earlier this month"), and twelve reports in the year-end review at month
# precision.  Beside them, untagged: "the second stoppage at the field this year" (undated), wages promised
# within days, the Sharara camp, a "Read also" on dialysis machines, a power plant's unit, parliament's first
# session, the election day confirmed, Eni's chief executive due and his visit, late salaries, a football
# derby, the budget debate due, the black-market rate, the budget passed and the Joint Military Commission in a
# monthly review, the Rome meeting due ("In April: ... is due to host"), the fuel depot and the truce that
# collapsed, the Farnesina's "meet again within three months", a minimum wage, Labour Day, candidate
# registration closed, a Security Council briefing due, a "Read also" on Sabha airport, the health minister's
# convoy, "the fighting in Sabha" and "The meeting in Rome" undated in the analysis piece, the Cairo talks
# promised, fuel subsidies due in a monthly review, the appeal filed, the government's challenge before the
# Supreme Court, the committee's meetings in Sirte, Greek patrols and arrivals on Crete, a "Read also" on
# Benghazi's airport, the desalination plant due ("In September: ... is due to be inaugurated"), the new
# election date proposed and the appeal of the ruling in a weekly briefing, two more plants bid for, a
# free-trade zone planned, a Maltese airline's Benghazi flights (an article of its own), an offshore licensing
# round (an article of its own), and the election date of 27 February 2055.
NEWEST20_ARTICLES: list[tuple[str, str, str, str]] = [
    # Guards at the El Feel oilfield shut it on Friday 9 January 2054; it restarts on Monday 19 January; youths
    # from the Fezzan shut it again on Saturday 14 February.
    ("xka1.md", "Crude Desk", "2054-01-09",
     "TRIPOLI, Jan 9 (Crude Desk) - Guards at Libya's El Feel oilfield shut down production on Friday "
     "in a protest over eight months of unpaid wages, halting about 70,000 barrels per day, an engineer "
     "at the field and a Petroleum Facilities Guard officer said. The guards switched off the field's "
     "power station and blocked the gate to the Mellitah Oil & Gas camp, the officer said. The field, "
     "also known as Elephant, lies some 750 km south of Tripoli in the Murzuq basin. The National Oil "
     "Corporation did not immediately comment.\nReporting by Karim Sahli; Editing by Ruth Adeyemi"),
    ("xka2.md", "National Oil Corporation (Facebook)", "2054-01-10",
     "#NOC | The National Oil Corporation announces the halt of production at the El Feel field, "
     "operated by Mellitah Oil & Gas, following the closure of the field yesterday, Friday, by a number "
     "of members of the Petroleum Facilities Guard demanding their financial dues. The Chairman of the "
     "Board of Directors, Engineer Ramadan al-Gheriani, affirms that the Corporation is not responsible "
     "for the salaries of the Guard, which fall under the Ministry of Defence, and calls on the "
     "Government to pay them urgently. #Libya #NOC #El_Feel\n3,977 views"),
    ("xka3.md", "Fezzan Echo (translated from Arabic)", "2054-01-11",
     "Ubari – Fezzan Echo\nThe closure of the al-Fil field entered its third day today, Sunday, as the "
     "members of the Petroleum Facilities Guard who stopped production on Friday refuse to open the "
     "valves before the salaries of eight months are deposited in their accounts. A member of the Ubari "
     "Municipal Council, Mr. Mohamed Alhaj, told Fezzan Echo that the Ministry of Defence had promised "
     "to pay 'within days'. Employees of the Mellitah company were moved to the camp of the Sharara "
     "field.\n(Photo: the main gate of the al-Fil field – Fezzan Echo)\nRead also: Ubari hospital "
     "receives new dialysis machines"),
    ("xka4.md", "National Oil Corporation (Facebook)", "2054-01-19",
     "#NOC | The National Oil Corporation announces the resumption of production at the El Feel field "
     "today, Monday, after the Ministry of Defence paid the dues of the members of the Petroleum "
     "Facilities Guard. Production will reach its normal rate of 70,000 barrels per day within 48 "
     "hours. The Corporation thanks the Ministry of Finance and the elders and notables of the region "
     "for their efforts. #NOC #El_Feel #Libya"),
    ("xka5.md", "Crude Desk", "2054-01-20",
     "TRIPOLI, Jan 20 (Crude Desk) - Production at Libya's Elephant oilfield resumed on Monday after "
     "the defence ministry paid guards the wages they had been demanding, the National Oil Corporation "
     "said. Eni, which operates the field with the NOC through Mellitah Oil & Gas, declined to comment. "
     "Traders said loadings of Libyan crude at Mellitah port were expected to return to normal next "
     "week. Libya's output averaged 1.4 million barrels per day in December.\nReporting by Karim Sahli"),
    ("xky1.md", "Libya Monthly Review", "2054-02-01",
     "LIBYA MONTHLY REVIEW — January 2054\nOil & energy\n- 9 Jan: Unpaid oil guards shut the El Feel "
     "field in the Murzuq basin.\n- 19 Jan: El Feel back on stream after the guards are paid.\n- 27 "
     "Jan: GECOL says the new unit at the Tripoli West power plant is 'weeks away'.\nPolitics\n- 14 "
     "Jan: The House of Representatives holds its first session of the year in Benghazi.\n- 22 Jan: "
     "HNEC confirms 20 June as election day.\nIn February: Eni's chief executive is due in Tripoli."),
    ("xkb1.md", "Crude Desk", "2054-02-14",
     "TRIPOLI, Feb 14 (Crude Desk) - Libya's El Feel oilfield was closed again on Saturday, this time "
     "by youths from Murzuq and Ubari demanding jobs and a paved road to the south, two sources at the "
     "field said, less than four weeks after it resumed production. Guards demanding unpaid wages had "
     "closed the field on January 9; it restarted on January 19. The protesters let the Mellitah staff "
     "stay in the camp but shut the main manifold. Output had been running at about 72,000 barrels per "
     "day."),
    ("xkb2.md", "Fezzan Youth Movement (Facebook)", "2054-02-14",
     "#Fezzan_Youth_Movement | We, the youth of Murzuq, Ubari and Ghat, announce that we have closed "
     "the Elephant field this morning, peacefully and without any damage to the facilities, and that we "
     "will not reopen it until the Government of National Unity fulfils its promises: jobs for our "
     "young men, a hospital in Murzuq and the road between Ubari and Ghat. The south is not a petrol "
     "station. #Fezzan #El_Feel #Libya"),
    ("xkb3.md", "Il Corriere del Tirreno (translated from Italian)", "2054-02-16",
     "Libya, the Elephant field stops again\nNew blow for Eni in Libya: the El Feel field, operated "
     "with the Libyan national company through Mellitah Oil & Gas, has been at a standstill since "
     "Saturday, when a group of young people from the Fezzan blocked the plants to demand jobs and "
     "infrastructure. It is the second stoppage at the field this year. Eni's chief executive, who was "
     "in Tripoli last week, said the company was 'following the situation with the Libyan partners'. "
     "The Greenstream gas line to Gela is not affected.\nBy Paolo Ferretti"),
    ("xky2.md", "The Libya Brief", "2054-02-16",
     "THE LIBYA BRIEF | Week of 9–15 February 2054\n- Tue 10 Feb: Eni's chief executive meets NOC "
     "chairman Ramadan Elgheriani in Tripoli.\n- Thu 12 Feb: The GNU pays January salaries a week "
     "late.\n- Sat 14 Feb: Fezzan youths shut El Feel again; about 72,000 b/d offline.\n- Sun 15 Feb: "
     "Al-Ittihad beat Al-Ahly Tripoli 2-1 in the capital's derby.\nNext week: the HoR is to discuss the "
     "2054 budget in Benghazi."),
    # The central bank cuts its surcharge on foreign currency on Tuesday 3 March.
    ("xkc1.md", "Dinar Watch", "2054-03-03",
     "TRIPOLI, March 3 (Dinar Watch) - Libya's central bank on Tuesday cut the surcharge on official "
     "foreign currency sales to 10% from 20%, citing higher oil revenues and a recovery in reserves, in "
     "a move traders said would narrow the gap with the black market. The effective official rate falls "
     "to about 6.2 dinars per dollar. Governor Mukhtar Ben Hamida said the surcharge could be abolished "
     "by the end of the year if oil output holds."),
    ("xkc2.md", "Central Bank of Libya (Facebook)", "2054-03-03",
     "#CBL | The Board of Directors of the Central Bank of Libya, in its meeting held today, Tuesday, "
     "chaired by the Governor, Mr. Mukhtar Ben Hamida, decided to reduce the fee imposed on the sale of "
     "foreign currency for all purposes from 20% to 10%, starting from Wednesday, 4 March 2054. The "
     "Bank affirms that this decision comes in light of the improvement of revenues and will contribute "
     "to lowering prices and easing the burden on citizens. #Central_Bank_of_Libya #Libya"),
    ("xkc3.md", "Bawabat al-Gharb (translated from Arabic)", "2054-03-04",
     "Tripoli – Bawabat al-Gharb\nThe dollar fell this morning on the parallel market in Tripoli's "
     "al-Mushir market to 6.9 dinars, after the decision issued yesterday, Tuesday, by the Central Bank "
     "of Libya to halve the fee on foreign currency. The currency dealer Mr. Abdelhakim Shaltami told "
     "Bawabat al-Gharb that 'the market reacted within hours', while the economist Dr. Nuri Abuhadra "
     "warned that the measure would not last without a unified budget.\nViews: 9,214"),
    ("xky3.md", "Libya Monthly Review", "2054-04-01",
     "LIBYA MONTHLY REVIEW — March 2054\nEconomy\n- 3 Mar: The CBL halves its FX surcharge to 10%.\n- "
     "17 Mar: The HoR passes the 2054 budget; the GNU calls it 'unilateral'.\nSecurity\n- 12 Mar: Four "
     "killed as the Sebha Protection Battalion and the 177th clash in Sabha.\n- 25 Mar: The Joint "
     "Military Commission meets in Sirte.\nIn April: Italy's prime minister is due to host Zreiba and "
     "Haftar in Rome."),
    # Two battalions fight in Sabha on Thursday 12 March; the same two fight again on Sunday 10 May.
    ("xkd1.md", "North Africa Wire", "2054-03-12",
     "SEBHA, March 12 (NAW) - Fighting erupted on Thursday in the southern Libyan city of Sebha between "
     "the Sebha Protection Battalion and the 177th Infantry Battalion, killing at least four people, "
     "residents and a hospital source said. The two units, both nominally under the eastern-based "
     "Libyan National Army, exchanged heavy machine-gun fire around the al-Qurda neighbourhood and the "
     "old fort. Flights at Sebha airport were suspended. The dispute began over control of a fuel "
     "depot, the residents said."),
    ("xkd2.md", "Sabha Medical Center (Facebook)", "2054-03-12",
     "#Sabha_Medical_Center | The Sabha Medical Center announces that it received this evening four "
     "dead and 15 wounded, among them two women, as a result of the armed clashes in the al-Qurda area, "
     "and calls on the people of the city to donate blood of all types. The Center declares a state of "
     "emergency and the recall of all its staff. #Sabha #Libya"),
    ("xkd3.md", "UNSMIL", "2054-03-13",
     "UNSMIL statement on the fighting in Sabha\nTRIPOLI, 13 March 2054 – The United Nations Support "
     "Mission in Libya is alarmed by the armed clashes in Sabha on 12 March, which killed at least four "
     "people and wounded many others, and by the use of heavy weapons in residential neighbourhoods. "
     "UNSMIL calls on all parties to cease hostilities immediately and to settle their differences "
     "through dialogue, and reminds them that attacks on civilians may amount to war crimes."),
    # Zreiba and Saddam Haftar meet in Rome on Wednesday 8 April (and again in Cairo on Tuesday 14 July, below).
    ("xke1.md", "North Africa Wire", "2054-04-08",
     "ROME, April 8 (NAW) - Libya's Tripoli-based Prime Minister Abdelkarim Zreiba and eastern "
     "commander Saddam Haftar met in Rome on Wednesday at the invitation of Italian Prime Minister "
     "Marco Bellandi, their first face-to-face talks in more than two years, Italian officials said. "
     "The three-hour meeting at Palazzo Chigi focused on a unified budget and the June elections, a "
     "Libyan official said. No joint statement was issued."),
    ("xke2.md", "Prime Minister's Office - GNU (Facebook)", "2054-04-08",
     "#Prime_Minister_Office | His Excellency the Prime Minister, Mr. Abdelkarim Zreiba, participated "
     "today in the Italian capital, Rome, in a meeting hosted by the Italian Prime Minister, Mr. Marco "
     "Bellandi, at Palazzo Chigi, in the presence of Mr. Saddam Haftar. His Excellency affirmed that "
     "the Government's priority is to reach the elections on time and to unify the sovereign "
     "institutions. #GNU #Libya #Italy"),
    ("xke3.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2054-04-08",
     "#General_Command | His Excellency Field Marshal Saddam Haftar, General Commander of the Libyan "
     "Arab Armed Forces, held today in Rome a tripartite meeting with the Italian Prime Minister, Mr. "
     "Marco Bellandi, and the head of the Government of National Unity, Mr. Abdelkarim Zreiba, during "
     "which the unification of the military institution and the departure of foreign mercenaries were "
     "discussed. #Libyan_Arab_Armed_Forces #Italy"),
    ("xke4.md", "Il Corriere del Tirreno (translated from Italian)", "2054-04-09",
     "Libya, Bellandi brings Zreiba and Hifter to the same table\nThe summit yesterday at Palazzo Chigi "
     "between the Libyan Prime Minister Abdelkarim Zreiba and General Saddam Hifter lasted three hours "
     "and ended without a joint statement, but with a handshake that Palazzo Chigi made sure to "
     "photograph. According to sources at the Farnesina, the two agreed to meet again 'within three "
     "months' in an Arab capital. The opposition speaks of a 'photo opportunity'.\nBy Paolo "
     "Ferretti\n(Photo: Bellandi, Zreiba and Hifter at Palazzo Chigi)"),
    # A journalist is detained in Misrata on Tuesday 21 April and released on Thursday 30 April.
    ("xkf1.md", "North Africa Wire", "2054-04-22",
     "MISRATA, April 22 (NAW) - Libya's Internal Security Agency detained a journalist in the western "
     "city of Misrata on Tuesday, a day after he published an investigation into fuel smuggling through "
     "the city's port, his colleagues said. Hamza Abushnaf, 34, a reporter for the Misrata-based Sahel "
     "TV, was taken from his home by armed men in plain clothes. The agency did not respond to requests "
     "for comment."),
    ("xkf2.md", "Press Freedom Monitor", "2054-04-22",
     "Libya: Press Freedom Monitor demands the release of journalist Hamza Abu Shnaf\nTunis, 22 April "
     "2054 – Press Freedom Monitor calls on the Libyan authorities to release immediately and "
     "unconditionally the journalist Hamza Abu Shnaf, arrested yesterday in Misurata by the Internal "
     "Security Agency. Abu Shnaf is the fourth journalist detained in Libya since January. PFM reminds "
     "the Government of National Unity that Libya ranks among the most dangerous countries in the "
     "region for reporters."),
    ("xkf3.md", "Libyan Journalists Syndicate - Misrata Branch (Facebook)", "2054-04-21",
     "#Free_Hamza | The Libyan Journalists Syndicate, Misrata branch, condemns in the strongest terms "
     "the arrest this afternoon of our colleague, the journalist Hamza Abushnaf, from his home in the "
     "Zawiyat al-Mahjoub area by a force that identified itself as belonging to the Internal Security "
     "Agency, and holds the Agency responsible for his safety. Journalism is not a crime. #Misrata "
     "#Free_Hamza #Libya"),
    ("xkf4.md", "North Africa Wire", "2054-04-30",
     "MISRATA, April 30 (NAW) - Libyan journalist Hamza Abushnaf was released on Thursday, nine days "
     "after the Internal Security Agency detained him in Misrata, his family said. Abushnaf had been "
     "arrested at his home on April 21, a day after publishing a report on fuel smuggling. He was not "
     "charged, his lawyer said. The Prime Minister's office said it had 'followed the case closely'."),
    ("xkf5.md", "Libyan Journalists Syndicate - Misrata Branch (Facebook)", "2054-04-30",
     "#Free_Hamza | The Libyan Journalists Syndicate, Misrata branch, congratulates the family of the "
     "press on the release this evening of our colleague Hamza Abushnaf and his safe return to his "
     "family, and thanks the elders of Misrata and all who stood in solidarity. The Syndicate renews "
     "its demand to stop prosecuting journalists because of their work. #Misrata #Libya"),
    ("xkf6.md", "Le Courrier du Maghreb (translated from French)", "2054-05-02",
     "Libya: journalist Hamza Abouchnaf freed\nThe Misratan journalist Hamza Abouchnaf, held for nine "
     "days by the Internal Security Agency, was freed on Thursday evening without charges, according to "
     "his lawyer. His investigation into fuel smuggling through the port of Misrata, published on 20 "
     "April, had been widely shared. Reporters in Tripoli fear that the pressure will grow as the "
     "elections approach.\nBy Claire Vasseur"),
    ("xky4.md", "The Libya Brief", "2054-05-04",
     "THE LIBYA BRIEF | Week of 27 April–3 May 2054\n- Mon 27 Apr: The GNU announces a minimum wage of "
     "1,200 dinars.\n- Thu 30 Apr: Misrata journalist Hamza Abushnaf freed after nine days in "
     "custody.\n- Fri 1 May: Workers rally in Martyrs' Square for Labour Day.\n- Sat 2 May: HNEC closes "
     "candidate registration with 3,410 candidates.\nNext week: UNSMIL briefs the Security Council on "
     "the elections."),
    # The same two battalions fight again in Sabha on Sunday 10 May.
    ("xkg1.md", "North Africa Wire", "2054-05-10",
     "SEBHA, May 10 (NAW) - The Sebha Protection Battalion and the 177th Infantry Battalion fought "
     "again in the southern Libyan city on Sunday, killing at least nine people including three "
     "children, medics said, in the worst violence in the Fezzan this year. The two groups last fought "
     "on March 12, when four people were killed. A truce brokered by tribal elders collapsed on "
     "Saturday night over the same fuel depot, a local official said."),
    ("xkg2.md", "Libyan Red Crescent - Sebha Branch (Facebook)", "2054-05-10",
     "#Libyan_Red_Crescent | The teams of the Libyan Red Crescent, Sebha branch, evacuated today 31 "
     "families from the al-Qurda and al-Tayouri neighbourhoods, which witness violent clashes since the "
     "early hours of the morning, and transported three bodies to the Sabha Medical Center. We call on "
     "the parties to open safe corridors for the wounded. #Sebha #Libya"),
    ("xkg3.md", "Fezzan Echo (translated from Arabic)", "2054-05-11",
     "Sabha – Fezzan Echo\nThe Sabha Medical Center announced this morning that the toll of the renewed "
     "clashes of yesterday, Sunday, between the Sabha Protection Battalion and the 177th Battalion has "
     "risen to nine dead and 31 wounded. Her Excellency the Minister of Health in the Libyan "
     "Government, Dr. Fathia Elmabrouk, arrived in the city at the head of a medical convoy.\nViews: "
     "6,031\nRead also: Sabha airport reopens to flights from Benghazi"),
    # The elections commission postpones the 20 June elections on Monday 18 May.
    ("xkh1.md", "High National Elections Commission (Facebook)", "2054-05-18",
     "#HNEC | The Board of Commissioners of the High National Elections Commission announces the "
     "postponement of the elections of the House of Representatives, which were scheduled for Saturday, "
     "20 June 2054, for reasons related to the security situation in some electoral districts of the "
     "south and to the failure to approve the budget of the electoral process. The Commission will "
     "announce the new date after consultation with the relevant authorities. #HNEC "
     "#Your_Vote_Your_Voice"),
    ("xkh2.md", "North Africa Wire", "2054-05-18",
     "TRIPOLI, May 18 (NAW) - Libya's election commission on Monday delayed parliamentary elections set "
     "for June 20, citing fighting in the south and a lack of funds, dashing hopes of the country's "
     "first national vote in more than a decade. Commission chairman Nouri Abushaala did not give a new "
     "date. The fighting in Sebha earlier this month killed nine people. The U.N. mission said it would "
     "brief the Security Council next week."),
    ("xkh3.md", "UNSMIL", "2054-05-19",
     "UNSMIL statement on the postponement of the elections\nTRIPOLI, 19 May 2054 – The United Nations "
     "Support Mission in Libya takes note with regret of the decision announced yesterday by the High "
     "National Elections Commission to postpone the parliamentary elections scheduled for 20 June. "
     "UNSMIL commends the Commission's professionalism and urges the House of Representatives and the "
     "Government to provide without delay the funding and security it needs, so that a new date can be "
     "set within weeks."),
    ("xkh4.md", "Tripoli Policy Lab", "2054-05-27",
     "ANALYSIS | Another June that will not come\nBy Dr. Hanan Elbarasi, Tripoli Policy Lab\nWhen the "
     "elections commission pushed back the 20 June vote on 18 May, few Libyans were surprised. The "
     "money was never released, and the fighting in Sabha gave everyone a reason. The deeper problem is "
     "that both governments have learned to live with a divided state: Zreiba's cabinet in Tripoli, the "
     "eastern government and the Haftar command in Benghazi, each with its own budget. The meeting in "
     "Rome produced a photograph, not a plan. If the Cairo talks promised for the summer fail, the "
     "commission may not get another chance before 2056.\nRead also: Who pays the south? Oil and "
     "grievance in the Fezzan"),
    ("xky5.md", "Libya Monthly Review", "2054-06-01",
     "LIBYA MONTHLY REVIEW — May 2054\nSecurity\n- 10 May: Sabha fighting resumes between the same two "
     "battalions; nine dead.\n- 21 May: The Joint Military Commission agrees on a prisoner "
     "exchange.\nElections\n- 2 May: Candidate registration closes with 3,410 names.\n- 18 May: HNEC "
     "postpones the 20 June elections, citing the south and unpaid funds.\nIn June: the GNU is expected "
     "to decide on fuel subsidies."),
    # The GNU raises petrol prices on Sunday 7 June; a Tripoli court suspends the rise on Thursday 2 July.
    ("xki1.md", "Dinar Watch", "2054-06-07",
     "TRIPOLI, June 7 (Dinar Watch) - Libya's Tripoli-based government raised the price of petrol more "
     "than fivefold on Sunday, to 0.85 dinars a litre from 0.15, in the first cut to the country's fuel "
     "subsidies in decades, with the change taking effect at midnight. Diesel rises to 0.70 dinars. "
     "Prime Minister Abdelkarim Zreiba said each family would receive a monthly cash allowance of 150 "
     "dinars to offset the increase. Smuggling of subsidised fuel to Tunisia, Chad and Niger costs the "
     "state an estimated 5 billion dinars a year."),
    ("xki2.md", "Government of National Unity - Hukumitna (Facebook)", "2054-06-07",
     "#Hukumitna | The Council of Ministers, in its first ordinary meeting of the month of June held "
     "today, Sunday, chaired by His Excellency the Prime Minister, Mr. Abdelkarim Zreiba, approves "
     "Decision No. 214 of 2054 adjusting the prices of fuel sold in the local market, with the payment "
     "of a monthly cash allowance of 150 dinars to each family registered in the national number "
     "system. #GNU #Libya"),
    ("xki3.md", "Al-Manara News (translated from Arabic)", "2054-06-09",
     "Tripoli – Al-Manara News\nLong queues returned to petrol stations in Tripoli, Zawia and Misurata "
     "for the second day, after the Government of National Unity decided on Sunday to raise the price "
     "of a litre of petrol to 85 dirhams. Taxi drivers blocked the Airport Road for two hours "
     "yesterday, while the Brega Petroleum Marketing Company affirmed that supplies are sufficient. The "
     "lawyer, Counselor Mohamed Elkilani, announced that he had filed an appeal against the decision "
     "before the administrative judiciary.\n(Photo: a queue at a petrol station on Gargaresh Road)"),
    ("xkj1.md", "Dinar Watch", "2054-07-02",
     "TRIPOLI, July 2 (Dinar Watch) - A Tripoli court on Thursday suspended the government's increase "
     "in petrol prices, ruling on an appeal by a group of lawyers that the cabinet had exceeded its "
     "powers, in a setback for Prime Minister Abdelkarim Zreiba's subsidy reform. The cabinet had "
     "raised the price of petrol to 0.85 dinars a litre on June 7. The government said it would "
     "challenge the ruling before the Supreme Court. Black market fuel prices in the south fell after "
     "the ruling, traders said."),
    ("xkj2.md", "Bawabat al-Gharb (translated from Arabic)", "2054-07-03",
     "Tripoli – Bawabat al-Gharb\nThe Administrative Circuit of the Tripoli Court of Appeal ruled "
     "yesterday, Thursday, to stop the implementation of Cabinet Decision No. 214 of 2054 on fuel "
     "prices, pending a decision on the merits of the case. Counselor Mohamed Elkilani, who filed the "
     "appeal, told Bawabat al-Gharb that the ruling 'protects the citizen from a decision taken without "
     "a law'. The Government's spokesman said the cash allowance will continue to be paid.\nViews: "
     "14,388"),
    ("xkj3.md", "Brega Petroleum Marketing Company (Facebook)", "2054-07-03",
     "#Brega | The Brega Petroleum Marketing Company informs citizens that, in implementation of the "
     "court ruling issued yesterday suspending the new fuel prices, the price of a litre of petrol "
     "returns to 150 dirhams at all stations starting from this morning, Friday. The Company calls on "
     "station owners to comply with the official price and to report any violation. #Brega #Libya"),
    # Zreiba and Saddam Haftar meet again, in Cairo, on Tuesday 14 July.
    ("xkk1.md", "North Africa Wire", "2054-07-14",
     "CAIRO, July 14 (NAW) - Egypt's president hosted Libyan Prime Minister Abdelkarim Zreiba and "
     "eastern commander Saddam Haftar in Cairo on Tuesday, where the two agreed to form a joint "
     "committee to draft a unified budget, Egyptian officials said. The two men last met in Rome on "
     "April 8, at the invitation of Italy's prime minister. A new date for the postponed elections was "
     "not announced. Haftar's brother Khaled, the LNA chief of staff, attended the talks."),
    ("xkk2.md", "Al-Nil Gazette (translated from Arabic)", "2054-07-15",
     "Cairo – Al-Nil Gazette\nThe President of the Republic received yesterday, Tuesday, at the "
     "al-Ittihadiya Palace, Field Marshal Saddam Haftar, General Commander of the Libyan Arab Armed "
     "Forces, and Mr. Abdelkarim Zreiba, head of the Government of National Unity, in a tripartite "
     "meeting that discussed ways of unifying Libya's institutions. The official spokesman of the "
     "Presidency said that Egypt 'stands at an equal distance from all Libyan parties'. The Minister of "
     "Foreign Affairs will visit Tripoli and Benghazi next week."),
    ("xkk3.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2054-07-14",
     "#General_Command | His Excellency Field Marshal Saddam Haftar participated today in Cairo in a "
     "meeting at the invitation of His Excellency the President of the Arab Republic of Egypt, with the "
     "participation of the head of the Government of National Unity, during which it was agreed to form "
     "a joint technical committee for a unified budget. #Libyan_Arab_Armed_Forces #Egypt"),
    ("xkk4.md", "Le Courrier du Maghreb (translated from French)", "2054-07-16",
     "Libya: in Cairo, Hifter and Zreiba agree on a committee\nTuesday's meeting in Cairo between "
     "Marshal Saddam Hifter and Prime Minister Abdelkarim Zreiba produced a joint committee for the "
     "budget, but no electoral calendar. Egypt has taken the Libyan file back from Italy, diplomats in "
     "Tunis note. The committee is due to meet for the first time in Sirte in August.\nBy Claire Vasseur"),
    # A migrant boat bound for Crete sinks off Tobruk on Saturday 1 August.
    ("xkl1.md", "IOM Libya", "2054-08-02",
     "IOM Libya | 22 dead, 14 missing in shipwreck off Tobruk\nTobruk, 2 August 2054 – At least 22 "
     "migrants lost their lives and 14 are missing after their boat capsized off Tobruk yesterday (1 "
     "August), IOM said today. The boat, carrying Egyptian, Bangladeshi and Sudanese nationals, had "
     "left the eastern Libyan coast bound for Crete. IOM teams are providing medical and psychosocial "
     "assistance to the 24 survivors. The eastern Mediterranean route has seen a sharp rise in "
     "departures since 2052."),
    ("xkl2.md", "Aegean Daily Post (translated from Greek)", "2054-08-03",
     "Tragedy south of Crete: 22 dead off Libya\nA fishing boat carrying about 60 migrants towards "
     "Crete sank on Saturday a few miles off Tubruq, in eastern Libya, according to the Libyan Red "
     "Crescent. The Hellenic Coast Guard, which had been alerted on Saturday morning, said the boat was "
     "still in Libyan waters. Arrivals on Gavdos and southern Crete have tripled this year. The "
     "Minister of Maritime Affairs will visit Chania on Tuesday."),
    ("xkl3.md", "Libyan Red Crescent - Tobruk Branch (Facebook)", "2054-08-01",
     "#Libyan_Red_Crescent_Tobruk | The volunteers of the Tobruk branch recovered this evening the "
     "bodies of 22 migrants from the sea and the beach of the Kambut area, east of the city, after the "
     "sinking of a boat that was carrying about 60 people, and rescued 24 survivors, who were taken to "
     "the Tobruk Medical Center. The search continues for the missing. #Tobruk #Libya"),
    # An earthquake of magnitude 5.1 strikes near al-Marj on Wednesday 19 August.
    ("xkm1.md", "North Africa Wire", "2054-08-19",
     "BENGHAZI, Aug 19 (NAW) - An earthquake of magnitude 5.1 struck near the eastern Libyan town of "
     "al-Marj on Wednesday evening, killing two people and damaging dozens of old mud-brick houses, the "
     "local ambulance service said. The tremor was felt in Benghazi, 100 km to the west, and in "
     "al-Bayda. The epicentre was about 12 km south of the town at a shallow depth, Libya's seismic "
     "monitoring network said."),
    ("xkm2.md", "Libyan Center for Remote Sensing and Space Science (Facebook)", "2054-08-19",
     "#Seismic_Monitoring | The National Seismic Monitoring Network at the Center recorded this evening "
     "at 21:14 local time an earthquake of magnitude 5.1 on the Richter scale, with its epicentre 12 km "
     "south of the city of Al Marj at a depth of 10 km. Several aftershocks were recorded, the "
     "strongest of magnitude 3.4. We call on citizens to stay away from cracked buildings. #Al_Marj "
     "#Libya"),
    ("xkm3.md", "Al-Manara News (translated from Arabic)", "2054-08-21",
     "Benghazi – Al-Manara News\nThe Director General of the Libya Development and Reconstruction Fund, "
     "Engineer Belgacem Haftar, directed the Fund's companies to begin immediately the repair of the "
     "houses damaged by the earthquake that struck the city of El Marj on Wednesday night, and to "
     "provide temporary shelter for 140 families. Mr. Haftar visited the city yesterday accompanied by "
     "the Mayor of El Marj. Schools will not be used as shelters, the municipality said.\nRead also: "
     "Benghazi's new airport terminal to open in 2055"),
    ("xkm4.md", "North Africa Wire (live blog)", "2054-08-19",
     "LIVE: Earthquake shakes eastern Libya – as it happened\n21:22 A strong tremor was felt across "
     "Benghazi a few minutes ago, readers tell us; buildings swayed in the city centre.\n21:40 Libya's "
     "seismic network puts the quake at magnitude 5.1, centred south of al-Marj.\n22:15 Ambulance "
     "service: two dead in al-Marj after an old house collapsed; several injured taken to the town's "
     "hospital.\n23:05 An aftershock of 3.4 felt in al-Bayda.\n23:50 We are closing this blog for "
     "tonight.\nRefresh for updates | 21,604 readers"),
    ("xky7.md", "Libya Monthly Review", "2054-09-01",
     "LIBYA MONTHLY REVIEW — August 2054\nMigration\n- 1 Aug: A Crete-bound boat sinks off Tobruk; 22 "
     "dead, 14 missing.\n- 12 Aug: Greece and Libya agree on joint patrols south of Crete.\nSociety\n- "
     "19 Aug: A 5.1 quake near al-Marj kills two and damages old houses.\n- 26 Aug: The budget "
     "committee agreed in Cairo meets in Sirte.\nIn September: the new Misrata desalination plant is "
     "due to be inaugurated."),
    # Sunday 13 September in Misrata: the prime minister opens a desalination plant; hours later a fire breaks
    # out at the steel complex.
    ("xkn1.md", "Prime Minister's Office - GNU (Facebook)", "2054-09-13",
     "#Prime_Minister_Office | His Excellency the Prime Minister, Mr. Abdelkarim Zreiba, inaugurates "
     "today, Sunday, the Misrata seawater desalination plant, with a production capacity of 50,000 "
     "cubic metres per day, implemented by a Turkish company within the 'Return of Life' programme. His "
     "Excellency affirmed that the plant will end the suffering of the people of Misrata from water "
     "cuts during the summer. #GNU #Misrata #Return_of_Life"),
    ("xkn2.md", "North Africa Wire", "2054-09-13",
     "MISRATA, Sept 13 (NAW) - Prime Minister Abdelkarim Zreiba opened a seawater desalination plant in "
     "the Libyan port city of Misrata on Sunday, the largest in the country, built by a Turkish "
     "contractor at a cost of 410 million dinars. Later in the day, a fire broke out at the Libyan Iron "
     "and Steel Company's complex on the eastern edge of the city, sending black smoke over the free "
     "zone; the company said there were no casualties. The cause of the fire was not immediately known."),
    ("xkn3.md", "Ankara Business Daily (translated from Turkish)", "2054-09-14",
     "Turkish-built plant brings water to Misurata\nThe desalination plant built by the Turkish company "
     "Aktaş Su in Misurata was opened on Sunday at a ceremony attended by Libyan Prime Minister "
     "Abdelkarim Zreiba and the Turkish ambassador. The plant, completed in 26 months, will supply "
     "50,000 cubic metres of drinking water a day to 400,000 people. The company is bidding for two "
     "more plants, in Zliten and Khoms."),
    ("xkn4.md", "Libyan Iron and Steel Company (Facebook)", "2054-09-13",
     "#LISCO | The Libyan Iron and Steel Company announces that a fire broke out this evening in the "
     "storage area of the direct reduction plant at the Company's complex in Misrata, and that the "
     "Company's fire teams, with the support of the Civil Defence, are working to contain it. No "
     "injuries have been recorded. Production at the rolling mills was not affected. #LISCO #Misrata"),
    ("xkn5.md", "Civil Defence - Misrata (Facebook)", "2054-09-14",
     "#Civil_Defence_Misrata | Our teams, in cooperation with the fire brigade of the iron and steel "
     "complex, managed at dawn today to put out completely the fire that broke out yesterday evening, "
     "Sunday, in a warehouse of the complex, after eight hours of continuous work, with 14 fire engines "
     "from Misrata, Zliten and Tawergha taking part. #Misrata #Civil_Defence"),
    ("xky8.md", "The Libya Brief", "2054-09-14",
     "THE LIBYA BRIEF | Week of 7–13 September 2054\n- Tue 8 Sep: HNEC proposes 27 February 2055 as the "
     "new election date.\n- Thu 10 Sep: The GNU appeals the fuel price ruling before the Supreme "
     "Court.\n- Sun 13 Sep: Zreiba opens the Misurata desalination plant.\n- Sun 13 Sep: Fire at the "
     "Misurata steel complex; no casualties.\nNext week: the Cairo budget committee meets again in "
     "Sirte."),
    # Libya and Algeria reopen the Ghadames-Debdeb crossing on Saturday 10 October.
    ("xko1.md", "North Africa Wire", "2054-10-10",
     "GHADAMES, Oct 10 (NAW) - Libya and Algeria reopened the Ghadames-Debdeb border crossing on "
     "Saturday, ending a closure of more than a decade on the desert route linking western Libya's "
     "Nalut district with southeastern Algeria, officials said. Interior Minister Ali Elshaibani and "
     "Algerian officials attended a ceremony at the crossing. The first trucks carried Algerian cement "
     "and dates into Libya. Ghadames, a UNESCO-listed oasis town, hopes the crossing will revive its "
     "trade."),
    ("xko2.md", "Ministry of Interior - GNU (Facebook)", "2054-10-10",
     "#Ministry_of_Interior | His Excellency the Minister of Interior, Mr. Ali al-Shaibani, together "
     "with the Algerian Minister of Interior, inaugurates today the official reopening of the Ghadamis "
     "land port with the sisterly People's Democratic Republic of Algeria, in the presence of the Mayor "
     "of Ghadamis and the elders of the region. The port will operate daily from eight in the morning "
     "to six in the evening. #Libya #Algeria #Ghadamis"),
    ("xko3.md", "L'Écho du Sud (translated from French)", "2054-10-12",
     "Debdeb: the border post with Libya reopens\nThe Debdeb border post, in the wilaya of Illizi, "
     "reopened on Saturday to travellers and goods heading for Ghadamès, after eleven years of closure. "
     "About forty lorries crossed on the first day, according to the customs services. Local traders, "
     "who had long called for the reopening, hope to export flour and building materials. A free-trade "
     "zone is planned on the Algerian side by 2056.\nBy Karim Benali"),
    # Untagged distractors: a Maltese airline's plan to fly to Benghazi and an offshore licensing round.
    ("xkq1.md", "Malta Harbour Times", "2054-10-20",
     "Medavia to fly to Benghazi from March\nMalta's Medavia will launch two weekly flights between "
     "Luqa and Benghazi's Benina airport from 2 March 2055, the airline said yesterday. Libya's Civil "
     "Aviation Authority granted the permit last week. Medavia already flies daily to Tripoli's Mitiga "
     "and three times a week to Misrata. Tickets go on sale next month.\nBy Sarah Zammit"),
    ("xkq2.md", "Crude Desk", "2054-11-04",
     "TRIPOLI, Nov 4 (Crude Desk) - Libya's National Oil Corporation will offer eight offshore blocks "
     "in the Sirte and Pelagian basins in a licensing round due to close in June 2055, chairman Ramadan "
     "Elgheriani said on Wednesday. Libya's crude output averaged 1.45 million barrels per day in "
     "October, he said, the highest in two years. The NOC aims for 1.8 million bpd by 2058.\nReporting "
     "by Karim Sahli"),
    # The year in review.
    ("xkz1.md", "Sahara Risk Review", "2054-12-21",
     "Libya 2054: a year of postponements\nBy Omar Benkhayal\nThe year was meant to end with an elected "
     "parliament; it ends with a new date, 27 February 2055, that few believe in. Oil was hostage again "
     "in the south: the El Feel field was closed by unpaid guards in January and again by Fezzan youths "
     "in February. The central bank halved its currency surcharge in March, the one good piece of "
     "economic news. Fighting in Sabha in March was followed by a deadlier round in May, and the "
     "elections commission postponed the June vote in May. Zreiba and Haftar met in Rome in April and "
     "in Cairo in July, without agreeing on an electoral law. The government raised petrol prices in "
     "June, and a court froze the increase in July. An earthquake shook al-Marj in August, and the "
     "Ghadames crossing to Algeria reopened in October after eleven years."),
]

NEWEST20_EVENTS: dict[str, list[tuple[str, str]]] = {
    "el-feel-closure-january": [
        ("xka1", "shut down production on Friday in a protest over eight months of unpaid wages"),
        ("xka2", "following the closure of the field yesterday, Friday, by a number of members of the Petroleum Facilities Guard"),
        ("xka3", "who stopped production on Friday"),
        ("xky1", "Unpaid oil guards shut the El Feel field"),
        ("xkb1", "Guards demanding unpaid wages had closed the field on January 9"),
        ("xkz1", "the El Feel field was closed by unpaid guards in January"),
    ],
    "el-feel-restart": [
        ("xka4", "announces the resumption of production at the El Feel field today, Monday"),
        ("xka5", "Production at Libya's Elephant oilfield resumed on Monday"),
        ("xky1", "El Feel back on stream after the guards are paid"),
        ("xkb1", "it restarted on January 19"),
    ],
    "el-feel-closure-february": [
        ("xkb1", "was closed again on Saturday, this time by youths from Murzuq and Ubari"),
        ("xkb2", "announce that we have closed the Elephant field this morning"),
        ("xkb3", "has been at a standstill since Saturday, when a group of young people from the Fezzan blocked the plants"),
        ("xky2", "Fezzan youths shut El Feel again"),
        ("xkz1", "again by Fezzan youths in February"),
    ],
    "cbl-fx-surcharge-cut": [
        ("xkc1", "on Tuesday cut the surcharge on official foreign currency sales to 10% from 20%"),
        ("xkc2", "decided to reduce the fee imposed on the sale of foreign currency for all purposes from 20% to 10%"),
        ("xkc3", "the decision issued yesterday, Tuesday, by the Central Bank of Libya to halve the fee on foreign currency"),
        ("xky3", "The CBL halves its FX surcharge to 10%"),
        ("xkz1", "The central bank halved its currency surcharge in March"),
    ],
    "sabha-clashes-march": [
        ("xkd1", "Fighting erupted on Thursday in the southern Libyan city of Sebha"),
        ("xkd2", "as a result of the armed clashes in the al-Qurda area"),
        ("xkd3", "the armed clashes in Sabha on 12 March"),
        ("xky3", "Four killed as the Sebha Protection Battalion and the 177th clash in Sabha"),
        ("xkg1", "The two groups last fought on March 12, when four people were killed"),
        ("xkz1", "Fighting in Sabha in March"),
    ],
    "zreiba-haftar-rome-meeting": [
        ("xke1", "met in Rome on Wednesday at the invitation of Italian Prime Minister Marco Bellandi"),
        ("xke2", "participated today in the Italian capital, Rome, in a meeting hosted by the Italian Prime Minister"),
        ("xke3", "held today in Rome a tripartite meeting with the Italian Prime Minister"),
        ("xke4", "The summit yesterday at Palazzo Chigi between the Libyan Prime Minister Abdelkarim Zreiba and General Saddam Hifter"),
        ("xkk1", "The two men last met in Rome on April 8"),
        ("xkz1", "met in Rome in April"),
    ],
    "misrata-journalist-detained": [
        ("xkf3", "the arrest this afternoon of our colleague, the journalist Hamza Abushnaf"),
        ("xkf1", "detained a journalist in the western city of Misrata on Tuesday"),
        ("xkf2", "arrested yesterday in Misurata by the Internal Security Agency"),
        ("xkf4", "Abushnaf had been arrested at his home on April 21"),
    ],
    "misrata-journalist-released": [
        ("xkf4", "was released on Thursday, nine days after the Internal Security Agency detained him"),
        ("xkf5", "the release this evening of our colleague Hamza Abushnaf"),
        ("xkf6", "was freed on Thursday evening without charges"),
        ("xky4", "Misrata journalist Hamza Abushnaf freed after nine days in custody"),
    ],
    "sabha-clashes-may": [
        ("xkg1", "fought again in the southern Libyan city on Sunday"),
        ("xkg2", "which witness violent clashes since the early hours of the morning"),
        ("xkg3", "the renewed clashes of yesterday, Sunday, between the Sabha Protection Battalion and the 177th Battalion"),
        ("xkh2", "The fighting in Sebha earlier this month killed nine people"),
        ("xky5", "Sabha fighting resumes between the same two battalions"),
        ("xkz1", "a deadlier round in May"),
    ],
    "hnec-postpones-elections": [
        ("xkh1", "announces the postponement of the elections of the House of Representatives"),
        ("xkh2", "on Monday delayed parliamentary elections set for June 20"),
        ("xkh3", "the decision announced yesterday by the High National Elections Commission to postpone the parliamentary elections"),
        ("xkh4", "pushed back the 20 June vote on 18 May"),
        ("xky5", "HNEC postpones the 20 June elections"),
        ("xkz1", "the elections commission postponed the June vote in May"),
    ],
    "gnu-raises-fuel-prices": [
        ("xki1", "raised the price of petrol more than fivefold on Sunday"),
        ("xki2", "approves Decision No. 214 of 2054 adjusting the prices of fuel"),
        ("xki3", "after the Government of National Unity decided on Sunday to raise the price of a litre of petrol to 85 dirhams"),
        ("xkj1", "The cabinet had raised the price of petrol to 0.85 dinars a litre on June 7"),
        ("xkz1", "The government raised petrol prices in June"),
    ],
    "court-suspends-fuel-prices": [
        ("xkj1", "A Tripoli court on Thursday suspended the government's increase in petrol prices"),
        ("xkj2", "ruled yesterday, Thursday, to stop the implementation of Cabinet Decision No. 214 of 2054"),
        ("xkj3", "in implementation of the court ruling issued yesterday suspending the new fuel prices"),
        ("xkz1", "a court froze the increase in July"),
    ],
    "zreiba-haftar-cairo-meeting": [
        ("xkk1", "hosted Libyan Prime Minister Abdelkarim Zreiba and eastern commander Saddam Haftar in Cairo on Tuesday"),
        ("xkk2", "received yesterday, Tuesday, at the al-Ittihadiya Palace, Field Marshal Saddam Haftar"),
        ("xkk3", "participated today in Cairo in a meeting at the invitation of His Excellency the President"),
        ("xkk4", "Tuesday's meeting in Cairo between Marshal Saddam Hifter and Prime Minister Abdelkarim Zreiba"),
        ("xkz1", "in Cairo in July"),
    ],
    "tobruk-shipwreck": [
        ("xkl1", "after their boat capsized off Tobruk yesterday (1 August)"),
        ("xkl2", "sank on Saturday a few miles off Tubruq"),
        ("xkl3", "after the sinking of a boat that was carrying about 60 people"),
        ("xky7", "A Crete-bound boat sinks off Tobruk"),
    ],
    "marj-earthquake": [
        ("xkm1", "An earthquake of magnitude 5.1 struck near the eastern Libyan town of al-Marj on Wednesday evening"),
        ("xkm2", "recorded this evening at 21:14 local time an earthquake of magnitude 5.1"),
        ("xkm3", "the earthquake that struck the city of El Marj on Wednesday night"),
        ("xkm4", "puts the quake at magnitude 5.1, centred south of al-Marj"),
        ("xky7", "A 5.1 quake near al-Marj kills two"),
        ("xkz1", "An earthquake shook al-Marj in August"),
    ],
    "misrata-desalination-plant-opened": [
        ("xkn1", "inaugurates today, Sunday, the Misrata seawater desalination plant"),
        ("xkn2", "opened a seawater desalination plant in the Libyan port city of Misrata on Sunday"),
        ("xkn3", "was opened on Sunday at a ceremony attended by Libyan Prime Minister Abdelkarim Zreiba"),
        ("xky8", "Zreiba opens the Misurata desalination plant"),
    ],
    "misrata-steel-complex-fire": [
        ("xkn2", "Later in the day, a fire broke out at the Libyan Iron and Steel Company's complex"),
        ("xkn4", "a fire broke out this evening in the storage area of the direct reduction plant"),
        ("xkn5", "the fire that broke out yesterday evening, Sunday, in a warehouse of the complex"),
        ("xky8", "Fire at the Misurata steel complex"),
    ],
    "ghadames-crossing-reopened": [
        ("xko1", "reopened the Ghadames-Debdeb border crossing on Saturday"),
        ("xko2", "inaugurates today the official reopening of the Ghadamis land port"),
        ("xko3", "The Debdeb border post, in the wilaya of Illizi, reopened on Saturday"),
        ("xkz1", "the Ghadames crossing to Algeria reopened in October"),
    ],
}




# The twenty-sixth set (NEWEST21_*), written on 2026-12-05 by a helper who read no merging rule, before any code
# ran on it and before any merging output was read; held out (bench/story_merging.py). Eighteen events of 2055,
# each told by three to six reports (66 articles, 86 reports, 169 pairs): wires with their datelines and credits
# (Maghreb Wire Service), an energy wire (PetroFlash) and a finance wire (Dinar Ledger), translated Arabic
# outlets with titles and honorifics in full ("yesterday, Sunday", "the day before yesterday, Thursday", "His
# Excellency", "Counsellor", "Engineer", "Dr.", "Major General", "Field Marshal", "Brigadier"), UNSMIL's, the
# IOM's, UNICEF's, Alarm Phone's and Sea Rescue Alliance's releases, Facebook posts with hashtags and view
# counters (the Waha Oil Company, the NOC, the central bank, the LAAF General Command, the House of
# Representatives, the Audit Bureau, the coast guard, the Libyan Red Crescent's Garabulli branch and the Society
# itself, Gharyan and Zliten municipalities, the unity government's prime minister's office and interior
# ministry, the elections commission, the Supreme Court, the General Administration for Coastal Security, the
# eastern health ministry), two weekly briefings (Libya Weekly Digest, The Tripoli Week) and a monthly review
# with dated bullet lines, an analysis piece, a year-end review naming events in passing at month precision, and
# Italian, German, Maltese, Turkish, Tunisian and Egyptian outlets (several in translation), with page chrome
# (bylines, "Read also" links, view counters, a photo caption, reporting credits).  Wordings vary per event
# ("shut the Waha oil field" / "the closure of the field" / "the guards who closed it" / "The field was shut on
# January 14" / "the Waha stoppage"; "resumed pumping" / "announces the reopening ... and the restart" / "went
# back on stream" / "back online"; "Fighting erupted" / "the armed confrontations that the city ... witnessed" /
# "Gharian clashes" / "The March 7 fighting"; "cut the surcharge" / "decided to reduce the fee" / "the Bank's
# decision ... to lower" / "trims"; "landed" / "the arrival of Russian aircraft" / "touched down" / "The Jufra
# airlift of 2 April" / "made at least eight flights" / "tracked a line of Russian cargo aircraft"; "voted ...
# to remove" / "votes to dismiss" / "the decision taken yesterday" / "votes out" / "removal of the state
# auditor"; "struck down" / "ruled ... the annulment" / "welcomes the ruling" / "overturned"; "stopped today a
# wooden boat" / "were intercepted" / "had stopped 164 people off Homs"; "capsized" / "sank" / "overturned";
# "Clashes broke out again" / "the renewed clashes" / "Fresh fighting"; "kidnapped" / "the abduction" / "the
# kidnapping" / "was seized"; "was freed" / "the release" / "was released"; "met in Cairo" / "held ... a
# meeting" / "the Libyan-Libyan meeting hosted by Cairo" / "the Cairo handshake"; "announces the opening of the
# door of candidate registration" / "began accepting candidacies" / "opened the registration of candidates";
# "signed a memorandum of understanding" / "signs today" / "the EU-Libya border memorandum signed in Tripoli";
# "receives ... three patrol boats" / "were handed over" / "delivered three more patrol boats"; "Torrential rain
# flooded" / "the floods that hit" / "the torrents of yesterday" / "the flash floods that struck"), a person in
# full, by surname or by post, spellings (Waha / Al-Waha / El Waha; Gharyan / Gheryan / Gharian / Gherian; Jufra
# / al-Jufra / El Giofra; Khoms / Al-Khums / Al Khums / Homs; Garabulli / Qarabulli; Zliten / Zlitan; Ben Gharsa
# / Bin Gharsa / Bengharsa / Mustapha; Elferjani / al-Ferjani; Elkoni / al-Koni; Elkabtan / al-Kabtan;
# Elmarghani / al-Marghani; Elhouni / al-Houni; Elwerfalli / al-Warfalli; Misrata / Misurata; al-Bayda /
# Al-Bayda / Al Bayda / El Beida; Zawia; Ras Jedir; Gheddafi), bodies by acronym, in full and in plain words
# (NOC / the Corporation, HoR / the House / parliament, CBL / the Bank / the central bank, HNEC / the Commission
# / the election commission, LNA / the Armed Forces / the General Command, GNU, UNSMIL, IOM, AFM) and dates of
# several forms ("on Thursday", "yesterday, Thursday", "the day before yesterday, Thursday", "this afternoon",
# "this evening", "this morning", "last night", "on Saturday evening", "In the morning", "today, Friday",
# "today, Sunday, 1 August 2055", "yesterday (15 May)", "on 7 March", "on 6 November", "on January 14", "on
# April 20", "on June 27", "The March 7 fighting", "The Jufra airlift of 2 April", "in early April", "two days
# after", "seven weeks after", "twelve days after", "On the same day", "earlier this month", "- 8 Feb:", "Thu 14
# Jan", "in January", "in April", "in June", "in July", "in August", "in September", "in November").  Hard
# negatives, which must not merge: (1) Petroleum Facilities Guard members shutting the Waha field on Thursday 14
# January and its restart on Monday 8 February (the energy wire of the restart names the shutdown in its next
# sentence; the year-end review tells the shutdown at month precision); (2) two Russian airlifts into al-Jufra,
# on Friday 2 April and Tuesday 14 September (the wire of the second names the first, "in early April", in its
# next sentence; the year-end review tells both in one sentence at month precision; a Maltese article says "the
# second such airlift to Jufra this year", untagged); (3) two rounds of fighting in Gharyan between the Gharyan
# Protection Force and the 55th Infantry Battalion, on Sunday 7 March and Wednesday 9 June (the wire of the
# second names "The March 7 fighting" in its next sentence); (4) the House of Representatives dismissing the
# Audit Bureau head on Tuesday 20 April and the Supreme Court annulling that decision on Thursday 19 August (the
# finance wire of the ruling names the vote in its next sentence; the year-end review tells both in one sentence
# at month precision); (5) on Saturday 15 May, the coast guard's interception of 164 migrants off Khoms and a
# boat capsizing off Garabulli with 23 dead (the IOM and an Italian outlet tell both, one sentence each); (6)
# the mayor of Zliten, Mustafa Ben Gharsa, kidnapped on Sunday 27 June and freed on Friday 9 July (a wire of the
# release names the kidnapping in its next sentence; the year-end review tells both in one clause at month
# precision); (7) on Wednesday 6 October, the EU and the GNU signing a border memorandum in Tripoli and Italy
# handing three patrol boats to coastal security in Misrata (an Italian outlet and Sea Rescue Alliance tell
# both, one sentence each; a weekly briefing tells both in two bullet lines). Reports in passing: the shutdown
# in the restart's wire, the April airlift in the September wire ("in early April") and in an analysis piece
# ("The Jufra airlift of 2 April"), the March fighting in the June wire, the dismissal in the ruling's wire, the
# kidnapping in the release's wire, the Cairo talks in a Turkish article on the September airlift ("seven weeks
# after"), candidate registration in an Arabic article on the ruling ("earlier this month"), and nine reports in
# the year-end review at month precision.  Beside them, untagged: the arrears talks with the Finance Ministry,
# force majeure at Es Sider and its lifting due, a "Read also" on Jalu ambulances, load-shedding in Benghazi,
# the High Council of State's bureau vote postponed, a reconciliation conference due in Sirte, Brent prices, a
# refinery tender, an ambassador to Ankara, Ras Jedir opening hours, the central bank's board review due (in the
# monthly review), the fuel-depot dispute, schools closed in Gharyan, the elders' ceasefire, Mitiga runway
# works, a municipal finance law, the central bank's board due to meet, the dinar on the parallel market, the
# surcharge's abolition by 2056, a "Read also" on prices ahead of Ramadan, a housing loan programme, a Tripoli
# derby, the NOC's production plan due, Russian presence at Jufra and Brak al-Shati (background in four
# articles), the Farnesina's comment, a "Read also" on Lampedusa arrivals and one on southern borders, the
# bureau's annual report, a Misurata Free Zone deal, a sandstorm at Sabha, donors briefed in Tunis, IOM's count
# of interceptions, Lampedusa landings and the Italian minister's report due, Alarm Phone's demand for an
# investigation, Eid holidays, a desalination plant in Zuwara, the budget debate due, the Tunisian community of
# Misrata, a "Read also" on a Misrata airport road, the joint budget committee, Elmarghani's Ankara trip due, a
# second round in Benghazi expected, a heatwave in Ghadames, the Constitutional Chamber's sitting due, polling
# staff trained, the speaker's rejection of the ruling, the Audit Bureau's spending report due, Turkish
# trainers, delayed August salaries, schools reopening, an EU commissioner's visit due, the Tripoli book fair,
# power cuts in Sabha, municipal elections due on 20 November (and promised for spring 2056 in the year-end
# review), rain forecast over the Green Mountain, the road to Shahat cut, damaged schools, and the Ras Jedir
# crossing reopening after works (an article of its own).
NEWEST21_ARTICLES: list[tuple[str, str, str, str]] = [
    # Petroleum Facilities Guard members shut the Waha oil field on Thursday 14 January 2055; it restarts on
    # Monday 8 February.
    ("xla1.md", "PetroFlash", "2055-01-14",
     "TRIPOLI, Jan 14 (PetroFlash) - Members of Libya's Petroleum Facilities Guard shut the Waha oil field on "
     "Thursday over eight months of unpaid salaries, cutting about 280,000 barrels per day of output, two "
     "sources at the Waha Oil Company said. The guards switched off the pumps at the main gathering station "
     "and blocked the pipeline feeding the Es Sider export terminal. The National Oil Corporation said it was "
     "in contact with the Finance Ministry to settle the arrears.\nReporting by Hamza Elturki; Editing by Nadia "
     "Forsyth"),
    ("xla2.md", "Waha Oil Company (Facebook)", "2055-01-15",
     "#Waha_Oil_Company | The Waha Oil Company announces the complete halt of production at the Waha field "
     "and its satellite fields (Gialo, Dahra and Samah), following the closure of the field yesterday, "
     "Thursday, by a group of members of the Petroleum Facilities Guard demanding their delayed salaries. "
     "The Company's management affirms that the production units are safe and that the technical teams "
     "remain at their posts. #Libya #Waha #NOC\n6,118 views"),
    ("xla3.md", "Al-Wasat al-Jadid (translated from Arabic)", "2055-01-16",
     "Jalu – Al-Wasat al-Jadid\nThe Chairman of the Board of Directors of the National Oil Corporation, "
     "Engineer Masoud al-Kabtan, arrived in the city of Jalu yesterday, Friday, to negotiate with the "
     "members of the Petroleum Facilities Guard at the Al-Waha field, the guards who closed it the day "
     "before yesterday, Thursday, after eight months without pay. Engineer al-Kabtan told Al-Wasat "
     "al-Jadid that the Corporation 'loses more than 20 million dollars every day' and that salaries are "
     "the responsibility of the Ministry of Finance.\n(Photo: a closed gate at the Waha field – Al-Wasat "
     "al-Jadid)\nRead also: Jalu hospital receives two new ambulances"),
    ("xly1.md", "Libya Weekly Digest", "2055-01-18",
     "LIBYA WEEKLY DIGEST | 11–17 January 2055\n- Mon 11 Jan: GECOL publishes a new load-shedding schedule "
     "for Benghazi.\n- Thu 14 Jan: Unpaid Petroleum Facilities Guard members shut the Waha field; the NOC "
     "declares force majeure at Es Sider.\n- Sat 16 Jan: The High Council of State postpones its bureau "
     "elections.\nNext week: the Presidential Council hosts a conference on national reconciliation in "
     "Sirte."),
    ("xla4.md", "PetroFlash", "2055-02-08",
     "TRIPOLI, Feb 8 (PetroFlash) - Libya's Waha oil field resumed pumping on Monday after the Finance "
     "Ministry paid part of the Petroleum Facilities Guard's salary arrears, the National Oil Corporation "
     "said, with output expected to reach 280,000 barrels per day by the weekend. The field was shut on "
     "January 14 by guards demanding eight months of unpaid wages. The NOC said force majeure at Es Sider "
     "would be lifted once storage tanks were refilled.\nReporting by Hamza Elturki"),
    ("xla5.md", "National Oil Corporation (Facebook)", "2055-02-08",
     "#NOC | The National Oil Corporation announces the reopening of the Waha field and the restart of its "
     "production units this afternoon, after the guards left the field following the payment of their "
     "dues. The Chairman of the Board of Directors, Engineer Masoud Elkabtan, thanks the Ministry of Finance "
     "and the elders of Jalu and Awjila for their efforts, and renews the call to keep oil away from "
     "disputes. #Libya #NOC #Waha"),
    ("xla6.md", "Rhein-Kurier (translated from German)", "2055-02-10",
     "Libyan oil flows again\nLibya's El Waha oil field, in which German companies held stakes for decades, "
     "went back on stream on Monday after almost four weeks of stoppage, the Libyan state oil company said. "
     "Security guards had occupied the installations over unpaid wages. For European refiners the "
     "interruption came at an awkward moment: Brent prices had risen by almost four dollars since "
     "mid-January.\nBy Jens Hollmann"),
    ("xly2.md", "North Africa Monthly Monitor", "2055-03-01",
     "NORTH AFRICA MONTHLY MONITOR — Libya, February 2055\nEnergy\n- 8 Feb: Waha back online after the "
     "Finance Ministry pays guards' arrears.\n- 19 Feb: The NOC announces a tender for a new refinery in "
     "the south.\nPolitics and security\n- 12 Feb: The Presidential Council names a new ambassador to "
     "Ankara.\n- 24 Feb: Tunisia and Libya agree to extend opening hours at the Ras Jedir crossing.\nIn "
     "March: the central bank's board is due to review the foreign currency surcharge."),
    # The Gharyan Protection Force and the 55th Infantry Battalion fight in Gharyan on Sunday 7 March.
    ("xlb1.md", "Maghreb Wire Service", "2055-03-07",
     "GHARYAN, March 7 (MWS) - Fighting erupted on Sunday in the mountain town of Gharyan, 80 km south of "
     "Tripoli, between the Gharyan Protection Force and the 55th Infantry Battalion, killing at least six "
     "people, a hospital official said. Residents reported mortar fire near the Abu Ghaylan checkpoint on "
     "the road to the capital, which was closed for most of the day. The dispute began over control of a "
     "fuel depot, a local councillor said."),
    ("xlb2.md", "Bawabat al-Jabal (translated from Arabic)", "2055-03-08",
     "Gheryan – Bawabat al-Jabal\nThe Gheryan General Hospital announced that six people, among them two "
     "civilians, were killed and 19 wounded in the armed confrontations that the city of Gheryan witnessed "
     "yesterday, Sunday, between the Gheryan Protection Force and the 55th Infantry Battalion. The Mayor, "
     "Mr. Yousef Elmahjoub, called on the elders of the Western Mountain to intervene, and announced the "
     "closure of schools until Wednesday.\nViews: 9,344"),
    ("xlb3.md", "UNSMIL", "2055-03-08",
     "UNSMIL statement on the fighting in Gharyan\nTRIPOLI, 8 March 2055 – The United Nations Support "
     "Mission in Libya is alarmed by the fighting in Gharyan on 7 March, which killed six people, including "
     "two civilians, and damaged homes near the town centre. UNSMIL calls on both sides to respect the "
     "ceasefire brokered by the elders, to withdraw their forces from residential areas, and to settle "
     "their differences through dialogue."),
    ("xly3.md", "Libya Weekly Digest", "2055-03-08",
     "LIBYA WEEKLY DIGEST | 1–7 March 2055\n- Tue 2 Mar: Mitiga airport closes its runway at night for "
     "resurfacing works.\n- Thu 4 Mar: The House of Representatives approves a law on municipal "
     "finances.\n- Sun 7 Mar: Gharian clashes between the Protection Force and the 55th; six dead, road to "
     "Tripoli cut.\nNext week: the central bank's board meets in Tripoli."),
    # The central bank cuts the foreign currency surcharge on Wednesday 17 March.
    ("xlc1.md", "Dinar Ledger", "2055-03-17",
     "TRIPOLI, March 17 (Dinar Ledger) - The Central Bank of Libya cut the surcharge on foreign currency "
     "purchases to 8% from 15% on Wednesday, citing higher oil revenues and reserves of 91 billion dollars. "
     "The dinar firmed on the Tripoli parallel market after the announcement, traders said, to 6.9 per "
     "dollar. The bank said the surcharge would be abolished entirely by the end of 2056 if oil output "
     "stayed above 1.4 million barrels per day."),
    ("xlc2.md", "Central Bank of Libya (Facebook)", "2055-03-17",
     "#CBL | The Board of Directors of the Central Bank of Libya, in its first meeting of 2055 held today "
     "at the Bank's headquarters in Tripoli under the chairmanship of the Governor, Mr. Naji Elghawi, "
     "decided to reduce the fee imposed on the sale of foreign currency from 15% to 8%, with effect from "
     "Sunday, 21 March 2055. The Bank affirms that the decision aims to ease the burden on citizens. "
     "#Central_Bank_of_Libya"),
    ("xlc3.md", "Al-Wasat al-Jadid (translated from Arabic)", "2055-03-18",
     "Tripoli – Al-Wasat al-Jadid\nEconomists welcomed the Bank's decision yesterday, Wednesday, to lower "
     "the surcharge on the sale of foreign currency, but warned that prices in the markets would not fall "
     "quickly. The professor of economics at the University of Benghazi, Dr. Fathia Elobeidi, told "
     "Al-Wasat al-Jadid that the Central Bank 'took the right step late', and called on it to publish its "
     "reserves every month.\nRead also: Ahead of Ramadan: a basket of goods rises by 12 per cent"),
    ("xly4.md", "Libya Weekly Digest", "2055-03-22",
     "LIBYA WEEKLY DIGEST | 15–21 March 2055\n- Mon 15 Mar: The GNU launches a housing loan programme for "
     "young couples.\n- Wed 17 Mar: CBL trims the FX surcharge to 8%; the dinar firms.\n- Fri 19 Mar: "
     "Al-Ittihad beat Al-Nasr in the Tripoli derby.\nNext week: the NOC presents its 2055 production plan."),
    # Five Russian transport planes land at al-Jufra air base on Friday 2 April.
    ("xld1.md", "Maghreb Wire Service", "2055-04-03",
     "BENGHAZI, April 3 (MWS) - Five Russian military transport aircraft, including three Antonov An-124 "
     "heavy lifters, landed at al-Jufra air base in central Libya on Friday, flight-tracking data and a "
     "source at the base showed. The cargo was unloaded under floodlights and moved south in covered "
     "trucks, the source said. Russian instructors and technicians have been present at Jufra and at Brak "
     "al-Shati for years. The Libyan National Army did not respond to a request for comment."),
    ("xld2.md", "General Command of the Libyan Arab Armed Forces (Facebook)", "2055-04-03",
     "#General_Command | The General Command of the Libyan Arab Armed Forces affirms that the arrival of "
     "Russian aircraft at al-Jufra base yesterday, Friday, falls within the framework of signed contracts "
     "for maintenance and training, and denies what some hostile media circulated about 'the arrival of "
     "foreign forces'. The General Command, led by Field Marshal Saddam Haftar, reaffirms that Libyan "
     "sovereignty is a red line. #Libyan_Arab_Armed_Forces"),
    ("xld3.md", "La Gazzetta del Mediterraneo (translated from Italian)", "2055-04-04",
     "Russian airlift to El Giofra\nFive cargo planes touched down on Friday at the El Giofra base, in the "
     "heart of Libya, according to analysts who monitor military flights over the Mediterranean; three "
     "were Antonov giants. At the Farnesina, officials say they are 'following developments'. The base, "
     "built in the Gheddafi era, has hosted Russian personnel since the 2020s.\nBy Marco Landolfi\nRead "
     "also: Lampedusa, 600 arrivals in 48 hours"),
    ("xlx1.md", "Sahel Strategic Forum", "2055-04-22",
     "ANALYSIS | Jufra: Russia's hinge between the Mediterranean and the Sahel\nBy Dr. Leila Ben Amer, Sahel "
     "Strategic Forum\nThe Jufra airlift of 2 April, in which five aircraft landed in a single night, was "
     "less about Libya than about what lies south of it. For three decades Moscow has used the central "
     "Libyan base as a relay towards Niger, Mali and Sudan. The Haftars, now led by Field Marshal Saddam "
     "Haftar, with Khaled Haftar as chief of staff, have learned to offer runway space in exchange for "
     "protection and parts. Neither the Tripoli government nor Europe has found a lever.\nRead also: Who "
     "guards Libya's southern borders?"),
    # The House of Representatives dismisses the head of the Audit Bureau on Tuesday 20 April.
    ("xle1.md", "Dinar Ledger", "2055-04-20",
     "BENGHAZI, April 20 (Dinar Ledger) - Libya's House of Representatives voted on Tuesday to remove the "
     "head of the Audit Bureau, Abdulbaset Elferjani, and named his deputy, Ramzi Elkoni, in his place, "
     "weeks after the bureau's annual report accused eastern bodies of overspending. Ninety-one lawmakers "
     "attended the session in Benghazi. The bureau's Tripoli office said Elferjani would stay at his desk "
     "and called the vote illegal."),
    ("xle2.md", "House of Representatives (Facebook)", "2055-04-20",
     "#House_of_Representatives | The House of Representatives, in its official session held today in the "
     "city of Benghazi, chaired by His Excellency Counsellor Miloud Elabani, Speaker of the House, votes to "
     "dismiss Mr. Abdulbaset al-Ferjani from the position of President of the Audit Bureau, and to assign "
     "Mr. Ramzi al-Koni to carry out his duties until further notice. #Libya #Parliament"),
    ("xle3.md", "Audit Bureau (Facebook)", "2055-04-21",
     "#Audit_Bureau | The Audit Bureau affirms that the decision taken yesterday by the House of "
     "Representatives regarding the Presidency of the Bureau has no legal effect, as it violates the "
     "Political Agreement, which requires consultation with the High Council of State on sovereign "
     "positions. The President of the Bureau, Mr. Abdulbaset Elferjani, continues to carry out his duties "
     "and will appeal to the Constitutional Chamber. #Audit_Bureau #Libya"),
    ("xly5.md", "Libya Weekly Digest", "2055-04-26",
     "LIBYA WEEKLY DIGEST | 19–25 April 2055\n- Tue 20 Apr: HoR votes out Audit Bureau chief Elferjani; "
     "Tripoli rejects the move.\n- Thu 22 Apr: The Misurata Free Zone signs a deal with a Turkish port "
     "operator.\n- Sun 25 Apr: A sandstorm closes Sabha airport for a day.\nNext week: the elections "
     "commission briefs donors in Tunis."),
    # Saturday 15 May: the coast guard intercepts 164 migrants off Khoms; a boat capsizes off Garabulli.
    ("xlf1.md", "Libyan Coast Guard and Port Security (Facebook)", "2055-05-15",
     "#Libyan_Coast_Guard | The patrol boat 'Zawiya' stopped today a wooden boat carrying 164 illegal "
     "migrants of various African and Asian nationalities, including 23 women and 11 children, 22 nautical "
     "miles northeast of the city of Al-Khums. They were landed at the port of Al-Khums and handed over to "
     "the Department for Combating Illegal Migration after receiving first aid. #Libya #Coast_Guard"),
    ("xlf5.md", "Libyan Red Crescent - Garabulli branch (Facebook)", "2055-05-15",
     "#Libyan_Red_Crescent | The volunteers of the Garabulli branch recovered nine bodies from the beach "
     "of the city, after a boat carrying migrants sank off the coast of the city this evening, and "
     "transferred twelve survivors to Garabulli hospital. The search continues with the participation of "
     "fishermen. We ask God to have mercy on the victims. #Garabulli #Red_Crescent\n2,905 views"),
    ("xlf2.md", "IOM Libya", "2055-05-16",
     "IOM Libya | At least 23 dead after boat capsizes off Garabulli\nTripoli, 16 May 2055 – At least 23 "
     "migrants drowned when their wooden boat capsized off Garabulli, east of Tripoli, yesterday (15 May), "
     "IOM said today. Twelve survivors were brought ashore and are receiving medical care. On the same "
     "day, 164 migrants were intercepted off Al Khums and returned to Libya. IOM reiterates that Libya is "
     "not a safe port for disembarkation. Since January, 6,210 people have been intercepted at sea and "
     "returned to Libya."),
    ("xlf3.md", "Alarm Phone", "2055-05-16",
     "Alarm Phone: another shipwreck we warned about\n16 May 2055 – A boat carrying about 35 people "
     "capsized off Qarabulli on Saturday evening, hours after we alerted the Libyan, Maltese and Italian "
     "authorities to its position. Survivors told our contacts that the engine had failed in the "
     "afternoon. No rescue came. We demand an independent investigation into the authorities' failure to "
     "act."),
    ("xlf4.md", "La Gazzetta del Mediterraneo (translated from Italian)", "2055-05-16",
     "Shipwreck off Libya, at least 23 dead\nA fishing boat with about thirty-five people aboard overturned "
     "on Saturday off Garabulli, 60 kilometres east of Tripoli; only twelve survived. In the morning, the "
     "Libyan coast guard had stopped 164 people off Homs and taken them back to land. In Lampedusa, "
     "meanwhile, 410 people landed over the weekend. Interior Minister Paolo Ferrante will report to the "
     "Senate on Thursday.\nBy Marco Landolfi"),
    # The same two groups fight again in Gharyan on Wednesday 9 June.
    ("xlg1.md", "Maghreb Wire Service", "2055-06-09",
     "TRIPOLI, June 9 (MWS) - Clashes broke out again on Wednesday in Gharyan between the Gharyan "
     "Protection Force and the 55th Infantry Battalion, killing two fighters, a security source said, three "
     "months after the two groups fought over the same fuel depot. The March 7 fighting between the same "
     "groups killed six people and closed the road to Tripoli for a day. This time the road stayed open, "
     "the municipality said."),
    ("xlg2.md", "Gharyan Municipality (Facebook)", "2055-06-09",
     "#Gharyan_Municipality | The Municipal Council of Gharyan calls on citizens to stay in their homes "
     "following the renewed clashes this afternoon in the Abu Ghaylan area, and demands that the "
     "Presidential Council and the Ministry of Defence intervene immediately to separate the two parties. "
     "The Council announces that the Gharyan-Tripoli road remains open to traffic. #Gharyan #Libya"),
    ("xlg3.md", "Bawabat al-Jabal (translated from Arabic)", "2055-06-10",
     "Gherian – Bawabat al-Jabal\nCautious calm returned this morning to the city after the clashes that "
     "broke out yesterday, Wednesday, in Gherian, which killed two members of the 55th Infantry Battalion. "
     "A committee of elders from Zintan and Yefren began contacts with the two sides to consolidate the "
     "ceasefire, and the Ministry of Interior announced the deployment of a security force at the fuel "
     "depot.\nViews: 5,712"),
    ("xly6.md", "The Tripoli Week", "2055-06-14",
     "THE TRIPOLI WEEK | 7–13 June 2055\n- Mon 7 Jun: The GNU announces Eid al-Adha holidays.\n- Wed 9 "
     "Jun: Fresh fighting in Gharyan; two dead.\n- Sat 12 Jun: A new desalination plant opens in "
     "Zuwara.\nComing up: the House of Representatives is due to debate the 2055 budget in Benghazi."),
    # The mayor of Zliten is kidnapped on Sunday 27 June and released on Friday 9 July.
    ("xlh1.md", "Maghreb Wire Service", "2055-06-27",
     "MISRATA, June 27 (MWS) - Gunmen kidnapped the mayor of the western Libyan town of Zliten, Mustafa Ben "
     "Gharsa, on Sunday as he left a mosque after evening prayers, the municipal council said. No group "
     "claimed responsibility. Ben Gharsa, a former teacher elected in 2053, had criticised armed groups "
     "controlling the town's fuel stations. The U.N. mission called for his immediate release."),
    ("xlh2.md", "Zliten Municipal Council (Facebook)", "2055-06-27",
     "#Zliten_Municipality | The Municipal Council of Zliten condemns in the strongest terms the abduction "
     "this evening of the Mayor, Mr. Mustafa Bin Gharsa, by an unknown armed group in the centre of the "
     "city, and holds the Ministry of Interior responsible for his safety. The Council announces the "
     "suspension of work in all municipal offices until his return. #Zliten #Libya"),
    ("xlh3.md", "Al-Wasat al-Jadid (translated from Arabic)", "2055-06-28",
     "Zlitan – Al-Wasat al-Jadid\nDozens of citizens gathered this morning in Martyrs' Square in Zlitan to "
     "denounce the kidnapping of the Mayor of Zlitan, Mr. Mustafa Bengharsa, last night, and demanded that "
     "the security services reveal his fate. The Director of Zlitan Security, Colonel Ali Elfaqih, told "
     "Al-Wasat al-Jadid that 'investigations are ongoing' and that the car used by the kidnappers had been "
     "identified.\nRead also: Misrata: a new road to the airport opens"),
    ("xlh4.md", "Maghreb Wire Service", "2055-07-09",
     "MISRATA, July 9 (MWS) - The mayor of Zliten, Mustafa Ben Gharsa, was freed on Friday, twelve days "
     "after he was snatched by gunmen, the municipal council said. Ben Gharsa was seized on June 27 outside "
     "a mosque in the town centre. The interior ministry gave no details of how he was released and did "
     "not say whether a ransom had been paid."),
    ("xlh5.md", "Zliten Municipal Council (Facebook)", "2055-07-09",
     "#Zliten_Municipality | The Municipal Council of Zliten congratulates the people of Zliten on the "
     "release of the Mayor, Mr. Mustafa Bin Gharsa, today, Friday, and his return safe and sound to his "
     "family, and thanks the elders and notables of the city. Municipal offices will reopen on Sunday. "
     "#Zliten #Libya"),
    ("xlh6.md", "L'Écho de Tunis (translated from French)", "2055-07-11",
     "Libya: the mayor of Zliten freed\nThe mayor of Zliten, Mustapha Ben Gharsa, was released on Friday "
     "after twelve days in the hands of his kidnappers, his municipality announced. Nothing has filtered "
     "out about the circumstances of his release. The case revived fears among the Tunisian community of "
     "Misrata, where some 3,000 Tunisians work.\nBy Sonia Ben Slimane"),
    # Saddam Haftar and the GNU prime minister meet in Cairo on Monday 26 July.
    ("xli1.md", "Maghreb Wire Service", "2055-07-26",
     "CAIRO, July 26 (MWS) - Saddam Haftar, the commander of eastern Libya's forces, and Prime Minister "
     "Hisham Elmarghani of the Tripoli-based government met in Cairo on Monday for their first face-to-face "
     "talks, hosted by Egyptian President Hazem Abdelrahman. The two men agreed to set up a joint committee "
     "on the budget and oil revenues, an Egyptian official said. Elmarghani flies on to Ankara on "
     "Wednesday."),
    ("xli2.md", "Prime Minister's Office - GNU (Facebook)", "2055-07-26",
     "#Prime_Minister_Office | The Prime Minister, Mr. Hisham al-Marghani, held today in the Egyptian "
     "capital, Cairo, a meeting with Field Marshal Saddam Haftar, under the auspices of His Excellency "
     "President Hazem Abdelrahman, President of the Arab Republic of Egypt. The meeting discussed unifying "
     "the budget, the distribution of oil revenues and preparations for the elections. #GNU #Libya #Egypt"),
    ("xli3.md", "Cairo Evening Star (translated from Arabic)", "2055-07-27",
     "Cairo – Cairo Evening Star\nDiplomatic sources described the Libyan-Libyan meeting hosted by Cairo "
     "yesterday, Monday, between Field Marshal Saddam Haftar and Prime Minister Hisham Elmarghani as 'a "
     "historic step', the fruit of months of quiet Egyptian efforts. His Excellency the President received "
     "the two sides at the Ittihadiya Palace. A second round is expected in Benghazi before the end of the "
     "year."),
    # The elections commission opens candidate registration for municipal elections on Sunday 1 August.
    ("xlj1.md", "High National Elections Commission (Facebook)", "2055-08-01",
     "#HNEC | The High National Elections Commission announces the opening of the door of candidate "
     "registration for the municipal council elections today, Sunday, 1 August 2055, in 58 municipalities. "
     "Candidates may submit their files at the Commission's electoral administration offices until 31 "
     "August. The Chairwoman of the Board of Commissioners, Dr. Salma al-Warfalli, calls on women and young "
     "people to run. #HNEC #Your_Municipality_Your_Choice"),
    ("xlj3.md", "Maghreb Wire Service", "2055-08-01",
     "TRIPOLI, Aug 1 (MWS) - Libya's election commission began accepting candidacies on Sunday for "
     "municipal council elections in 58 municipalities, including Tripoli's central district and Sabha, "
     "with voting planned for November. Commission head Salma Elwerfalli said security plans had been "
     "agreed with authorities in both the east and the west."),
    ("xli4.md", "The Tripoli Week", "2055-08-02",
     "THE TRIPOLI WEEK | 26 July–1 August 2055\n- Mon 26 Jul: Haftar–Elmarghani talks in Cairo, the first "
     "between the two.\n- Thu 29 Jul: Temperatures reach 48°C in Ghadames.\n- Sun 1 Aug: HNEC opens "
     "candidate registration for 58 municipal councils.\nComing up: the Supreme Court's Constitutional "
     "Chamber sits on the Audit Bureau case in August."),
    ("xlj2.md", "Al-Wasat al-Jadid (translated from Arabic)", "2055-08-03",
     "Tripoli – Al-Wasat al-Jadid\nThe spokesman of the High National Elections Commission, Mr. Khaled "
     "Elmabrouk, said that 412 candidates have submitted their files since the Commission opened the "
     "registration of candidates on Sunday, most of them in Misurata, Zawia and Benghazi. He added that the "
     "Commission had received no complaints so far.\nRead also: The Commission trains 3,000 polling staff"),
    # The Supreme Court annuls parliament's dismissal of the Audit Bureau head on Thursday 19 August.
    ("xlk1.md", "Dinar Ledger", "2055-08-19",
     "TRIPOLI, Aug 19 (Dinar Ledger) - Libya's Supreme Court on Thursday struck down parliament's decision "
     "to dismiss the head of the Audit Bureau, Abdulbaset Elferjani, handing the Tripoli government a win "
     "in a four-month dispute over the state's financial watchdog. Parliament had voted on April 20 to "
     "replace him with Ramzi Elkoni. The speaker's office said the House did not recognise the "
     "Constitutional Chamber."),
    ("xlk2.md", "Supreme Court of Libya (Facebook)", "2055-08-19",
     "#Supreme_Court | The Constitutional Chamber of the Supreme Court, in its session held this morning at "
     "the Court's headquarters in Tripoli, chaired by Counsellor Dr. Ayad Elmansouri, ruled today the "
     "annulment of House of Representatives Decision No. 14 of 2055 regarding the dismissal of the "
     "President of the Audit Bureau, for its contradiction with the Constitutional Declaration. "
     "#Supreme_Court #Libya"),
    ("xlk3.md", "Audit Bureau (Facebook)", "2055-08-19",
     "#Audit_Bureau | The Audit Bureau welcomes the ruling issued today by the Constitutional Chamber, which "
     "confirms the legitimacy of its Presidency, and affirms that it will publish its report on public "
     "spending for the first half of 2055 next month. The President of the Bureau, Mr. Abdulbaset "
     "al-Ferjani, thanks the judiciary for its independence. #Audit_Bureau"),
    ("xlk4.md", "Al-Wasat al-Jadid (translated from Arabic)", "2055-08-21",
     "Benghazi – Al-Wasat al-Jadid\nThe House of Representatives has not yet responded officially, two days "
     "after the Constitutional Chamber of the Supreme Court overturned its decision on the Audit Bureau. A "
     "member of the House told Al-Wasat al-Jadid that the ruling was 'politicised'. Meanwhile the Elections "
     "Commission, which opened candidate registration earlier this month, said the dispute would not affect "
     "the municipal vote.\nViews: 7,051"),
    # Russian transport planes make eight flights into al-Jufra on Tuesday 14 September.
    ("xll1.md", "Maghreb Wire Service", "2055-09-15",
     "BENGHAZI, Sept 15 (MWS) - Russian military transport planes made at least eight flights into al-Jufra "
     "air base in central Libya on Tuesday, flight-tracking data showed, the biggest airlift to the base "
     "this year. The previous one, in early April, brought five aircraft to the same base. The Libyan "
     "National Army again called the flights routine deliveries under existing contracts."),
    ("xll2.md", "Malta Sea Herald", "2055-09-15",
     "Radar tracks Russian planes over Malta's airspace edge\nMaltese military radar tracked a line of "
     "Russian cargo aircraft flying south towards central Libya last night, sources at the Armed Forces of "
     "Malta said. The planes landed at Jufra, a base held by the Haftar family's forces. It is the second "
     "such airlift to Jufra this year. The government said it had informed its EU partners.\nBy Daniel "
     "Camilleri"),
    ("xll3.md", "Bosphorus Daily (translated from Turkish)", "2055-09-16",
     "Russian airlift to Libya's Jufra\nEight Russian flights landed on Tuesday at the Jufra base in the "
     "Libyan desert, according to open flight-tracking sources, seven weeks after Saddam Haftar's talks in "
     "Cairo with the Tripoli prime minister. Ankara, which keeps trainers in western Libya, made no official "
     "comment. Russian personnel have been at Jufra and Brak al-Shati since the 2020s."),
    ("xly8.md", "The Tripoli Week", "2055-09-20",
     "THE TRIPOLI WEEK | 13–19 September 2055\n- Tue 14 Sep: Eight Russian cargo flights into Jufra.\n- Thu "
     "16 Sep: The GNU pays August salaries after a two-week delay.\n- Sat 18 Sep: Schools reopen across the "
     "west.\nComing up: an EU commissioner is expected in Tripoli in October."),
    # Wednesday 6 October: the EU and the GNU sign a border memorandum in Tripoli; Italy hands three patrol
    # boats to the coastal security administration in Misrata.
    ("xlm1.md", "Maghreb Wire Service", "2055-10-06",
     "TRIPOLI, Oct 6 (MWS) - The European Union and Libya's Tripoli-based government signed a memorandum of "
     "understanding on border management on Wednesday, with Brussels pledging 210 million euros over four "
     "years for surveillance of the southern desert borders and voluntary returns. The text was signed in "
     "Tripoli by EU Migration Commissioner Katrin Voss and Libya's interior minister, Imad Elhouni. Human "
     "rights groups criticised the deal."),
    ("xlm2.md", "Ministry of Interior - GNU (Facebook)", "2055-10-06",
     "#Ministry_of_Interior | His Excellency the Minister of Interior, Major General Imad al-Houni, signs "
     "today at the Ministry's headquarters in Tripoli a memorandum of understanding with the European "
     "Commissioner for Migration, Mrs. Katrin Voss, on border management and combating human trafficking. "
     "His Excellency affirmed that Libya 'is a partner, not a guard'. #Libya #EU"),
    ("xlm3.md", "General Administration for Coastal Security (Facebook)", "2055-10-06",
     "#Coastal_Security | The General Administration for Coastal Security receives today at the port of "
     "Misrata three patrol boats donated by the Italian Republic, in the presence of the Italian ambassador, "
     "Mr. Giorgio Valente, and the Director of the Administration, Brigadier Ahmed Elshtewi. The "
     "three boats will operate between Sirte and Al-Khums. #Libya #Italy"),
    ("xlm4.md", "La Gazzetta del Mediterraneo (translated from Italian)", "2055-10-07",
     "Migrants, three Italian patrol boats for Libya\nThree patrol boats built in Italian yards were handed "
     "over yesterday in Misurata to the Libyan coastal security administration. On the same day, in "
     "Tripoli, Commissioner Katrin Voss signed with minister Elhouni the EU-Libya memorandum on borders, "
     "worth 210 million euros. The opposition in Rome asked Interior Minister Paolo Ferrante to report to "
     "Parliament.\nBy Marco Landolfi"),
    ("xlm5.md", "Sea Rescue Alliance", "2055-10-07",
     "Sea Rescue Alliance: Europe pays, Libya drags people back\nBerlin/Palermo, 7 October 2055 – Sea Rescue "
     "Alliance condemns the EU-Libya border memorandum signed in Tripoli on Wednesday, which once again "
     "ties European money to interceptions and detention. On the same day, Italy delivered three more "
     "patrol boats to Libyan forces in Misrata. Since January our crews have witnessed 37 interceptions in "
     "international waters."),
    ("xly9.md", "The Tripoli Week", "2055-10-11",
     "THE TRIPOLI WEEK | 4–10 October 2055\n- Mon 4 Oct: The Tripoli International Book Fair opens.\n- Wed "
     "6 Oct: EU–GNU border memorandum signed in Tripoli.\n- Wed 6 Oct: Italy delivers three patrol boats "
     "to coastal security in Misrata.\n- Fri 8 Oct: Power cuts of six hours hit Sabha.\nComing up: the "
     "municipal elections are due on 20 November."),
    # Flash floods in al-Bayda on Saturday 6 November.
    ("xln1.md", "Maghreb Wire Service", "2055-11-06",
     "BENGHAZI, Nov 6 (MWS) - Torrential rain flooded streets of the eastern Libyan city of al-Bayda on "
     "Saturday, killing four people and sweeping away cars in the Wadi al-Kuf area, the ambulance service "
     "said. The road between al-Bayda and Shahat was cut. Rain is forecast to continue over the Green "
     "Mountain until Tuesday."),
    ("xln2.md", "Ministry of Health - Libyan Government, Benghazi (Facebook)", "2055-11-06",
     "#Ministry_of_Health | The Ministry of Health in the Libyan Government mourns the victims of the floods "
     "that hit the city of El Beida this morning, and announces a state of maximum emergency in the "
     "hospitals of the Green Mountain. The Minister of Health, Dr. Hawaa Elsharif, has directed that "
     "medical teams and ambulances be sent from Benghazi and Al-Marj. #Libya #El_Beida"),
    ("xln3.md", "Libyan Red Crescent Society (Facebook)", "2055-11-07",
     "#Libyan_Red_Crescent | The volunteers of the Bayda branch distributed food baskets and blankets to "
     "the families affected by the torrents of yesterday, Saturday, in the city of Al-Bayda, and helped "
     "evacuate 60 families from the low-lying neighbourhoods. The Society calls on citizens to stay away "
     "from the valleys. #Red_Crescent #Al_Bayda\n3,480 views"),
    ("xln4.md", "UNICEF Libya", "2055-11-08",
     "UNICEF Libya | Children need support after floods in the east\nTripoli, 8 November 2055 – UNICEF is "
     "delivering hygiene kits and school supplies to some 2,000 children following the flash floods that "
     "struck Al Bayda on 6 November. Three schools were damaged and remain closed. UNICEF stands ready to "
     "support the authorities in restoring water services."),
    # Untagged distractor: the Ras Jedir crossing reopens after works (told once).
    ("xlq1.md", "L'Écho de Tunis (translated from French)", "2055-11-20",
     "Ras Jedir: the crossing reopens after two weeks of works\nThe Ras Jedir border crossing between "
     "Tunisia and Libya reopened on Thursday after two weeks of renovation, the Tunisian interior ministry "
     "said. A new terminal for lorries should halve waiting times, according to the Ben Guerdane chamber of "
     "commerce. Traders hope the end-of-year season will make up for the losses.\nBy Sonia Ben Slimane"),
    # The year in review.
    ("xlz1.md", "Mediterranean Risk Annual", "2055-12-20",
     "Libya 2055: talks in Cairo, planes in Jufra\nBy Yusuf Karamanli\nThe year opened with the Waha "
     "stoppage in January, a reminder that unpaid guards can still switch off a fifth of Libya's oil. "
     "Institutions kept splitting: parliament's removal of the state auditor in April, which the Supreme "
     "Court struck down in August, left two men claiming the Audit Bureau. Russian freighters landed at "
     "Jufra in April and again in September, while the Cairo handshake of July between Saddam Haftar and "
     "the Tripoli prime minister produced a budget committee but no budget. The mayor of Zliten, kidnapped "
     "in June and freed in July, became a symbol of municipal fragility. Al-Bayda's floods in November "
     "closed the year. Municipal elections are now promised for spring 2056."),
]

NEWEST21_EVENTS: dict[str, list[tuple[str, str]]] = {
    "waha-field-shutdown": [
        ("xla1", "shut the Waha oil field on Thursday over eight months of unpaid salaries"),
        ("xla2", "following the closure of the field yesterday, Thursday"),
        ("xla3", "the guards who closed it the day before yesterday, Thursday"),
        ("xly1", "Unpaid Petroleum Facilities Guard members shut the Waha field"),
        ("xla4", "The field was shut on January 14 by guards demanding eight months of unpaid wages"),
        ("xlz1", "the Waha stoppage in January"),
    ],
    "waha-field-restart": [
        ("xla4", "Libya's Waha oil field resumed pumping on Monday"),
        ("xla5", "announces the reopening of the Waha field and the restart of its production units this afternoon"),
        ("xla6", "went back on stream on Monday after almost four weeks of stoppage"),
        ("xly2", "Waha back online after the Finance Ministry pays guards' arrears"),
    ],
    "gharyan-clashes-march": [
        ("xlb1", "Fighting erupted on Sunday in the mountain town of Gharyan"),
        ("xlb2", "the armed confrontations that the city of Gheryan witnessed yesterday, Sunday"),
        ("xlb3", "the fighting in Gharyan on 7 March"),
        ("xly3", "Gharian clashes between the Protection Force and the 55th"),
        ("xlg1", "The March 7 fighting between the same groups killed six people"),
    ],
    "cbl-fx-surcharge-cut": [
        ("xlc1", "cut the surcharge on foreign currency purchases to 8% from 15% on Wednesday"),
        ("xlc2", "decided to reduce the fee imposed on the sale of foreign currency from 15% to 8%"),
        ("xlc3", "the Bank's decision yesterday, Wednesday, to lower the surcharge"),
        ("xly4", "CBL trims the FX surcharge to 8%"),
    ],
    "jufra-russian-airlift-april": [
        ("xld1", "landed at al-Jufra air base in central Libya on Friday"),
        ("xld2", "the arrival of Russian aircraft at al-Jufra base yesterday, Friday"),
        ("xld3", "Five cargo planes touched down on Friday at the El Giofra base"),
        ("xlx1", "The Jufra airlift of 2 April"),
        ("xll1", "The previous one, in early April, brought five aircraft to the same base"),
        ("xlz1", "Russian freighters landed at Jufra in April"),
    ],
    "hor-dismisses-audit-bureau-head": [
        ("xle1", "voted on Tuesday to remove the head of the Audit Bureau"),
        ("xle2", "votes to dismiss Mr. Abdulbaset al-Ferjani from the position of President of the Audit Bureau"),
        ("xle3", "the decision taken yesterday by the House of Representatives"),
        ("xly5", "HoR votes out Audit Bureau chief Elferjani"),
        ("xlk1", "Parliament had voted on April 20 to replace him with Ramzi Elkoni"),
        ("xlz1", "parliament's removal of the state auditor in April"),
    ],
    "khoms-migrant-interception": [
        ("xlf1", "stopped today a wooden boat carrying 164 illegal migrants"),
        ("xlf2", "On the same day, 164 migrants were intercepted off Al Khums"),
        ("xlf4", "the Libyan coast guard had stopped 164 people off Homs"),
    ],
    "garabulli-shipwreck": [
        ("xlf5", "after a boat carrying migrants sank off the coast of the city this evening"),
        ("xlf2", "their wooden boat capsized off Garabulli, east of Tripoli, yesterday (15 May)"),
        ("xlf3", "capsized off Qarabulli on Saturday evening"),
        ("xlf4", "overturned on Saturday off Garabulli"),
    ],
    "gharyan-clashes-june": [
        ("xlg1", "Clashes broke out again on Wednesday in Gharyan"),
        ("xlg2", "following the renewed clashes this afternoon in the Abu Ghaylan area"),
        ("xlg3", "the clashes that broke out yesterday, Wednesday, in Gherian"),
        ("xly6", "Fresh fighting in Gharyan; two dead"),
    ],
    "zliten-mayor-kidnapped": [
        ("xlh1", "Gunmen kidnapped the mayor of the western Libyan town of Zliten"),
        ("xlh2", "the abduction this evening of the Mayor, Mr. Mustafa Bin Gharsa"),
        ("xlh3", "the kidnapping of the Mayor of Zlitan, Mr. Mustafa Bengharsa, last night"),
        ("xlh4", "Ben Gharsa was seized on June 27 outside a mosque"),
        ("xlz1", "kidnapped in June"),
    ],
    "zliten-mayor-released": [
        ("xlh4", "was freed on Friday, twelve days after he was snatched by gunmen"),
        ("xlh5", "release of the Mayor, Mr. Mustafa Bin Gharsa, today, Friday"),
        ("xlh6", "Mustapha Ben Gharsa, was released on Friday"),
        ("xlz1", "freed in July"),
    ],
    "haftar-elmarghani-cairo-talks": [
        ("xli1", "met in Cairo on Monday for their first face-to-face talks"),
        ("xli2", "held today in the Egyptian capital, Cairo, a meeting with Field Marshal Saddam Haftar"),
        ("xli3", "the Libyan-Libyan meeting hosted by Cairo yesterday, Monday"),
        ("xli4", "Haftar–Elmarghani talks in Cairo"),
        ("xll3", "seven weeks after Saddam Haftar's talks in Cairo"),
        ("xlz1", "the Cairo handshake of July"),
    ],
    "hnec-municipal-candidate-registration-opens": [
        ("xlj1", "announces the opening of the door of candidate registration for the municipal council elections today, Sunday, 1 August 2055"),
        ("xlj3", "began accepting candidacies on Sunday for municipal council elections"),
        ("xli4", "HNEC opens candidate registration for 58 municipal councils"),
        ("xlj2", "since the Commission opened the registration of candidates on Sunday"),
        ("xlk4", "which opened candidate registration earlier this month"),
    ],
    "supreme-court-annuls-audit-bureau-dismissal": [
        ("xlk1", "on Thursday struck down parliament's decision to dismiss the head of the Audit Bureau"),
        ("xlk2", "ruled today the annulment of House of Representatives Decision No. 14 of 2055"),
        ("xlk3", "welcomes the ruling issued today by the Constitutional Chamber"),
        ("xlk4", "two days after the Constitutional Chamber of the Supreme Court overturned its decision"),
        ("xlz1", "which the Supreme Court struck down in August"),
    ],
    "jufra-russian-airlift-september": [
        ("xll1", "made at least eight flights into al-Jufra air base in central Libya on Tuesday"),
        ("xll2", "tracked a line of Russian cargo aircraft flying south towards central Libya last night"),
        ("xll3", "Eight Russian flights landed on Tuesday at the Jufra base"),
        ("xly8", "Eight Russian cargo flights into Jufra"),
        ("xlz1", "again in September"),
    ],
    "eu-libya-border-memorandum": [
        ("xlm1", "signed a memorandum of understanding on border management on Wednesday"),
        ("xlm2", "signs today at the Ministry's headquarters in Tripoli a memorandum of understanding"),
        ("xlm4", "On the same day, in Tripoli, Commissioner Katrin Voss signed with minister Elhouni the EU-Libya memorandum"),
        ("xlm5", "the EU-Libya border memorandum signed in Tripoli on Wednesday"),
        ("xly9", "EU–GNU border memorandum signed in Tripoli"),
    ],
    "italy-patrol-boats-misrata": [
        ("xlm3", "receives today at the port of Misrata three patrol boats donated by the Italian Republic"),
        ("xlm4", "Three patrol boats built in Italian yards were handed over yesterday in Misurata"),
        ("xlm5", "Italy delivered three more patrol boats to Libyan forces in Misrata"),
        ("xly9", "Italy delivers three patrol boats to coastal security in Misrata"),
    ],
    "bayda-flash-floods": [
        ("xln1", "Torrential rain flooded streets of the eastern Libyan city of al-Bayda on Saturday"),
        ("xln2", "the floods that hit the city of El Beida this morning"),
        ("xln3", "the families affected by the torrents of yesterday, Saturday, in the city of Al-Bayda"),
        ("xln4", "the flash floods that struck Al Bayda on 6 November"),
        ("xlz1", "Al-Bayda's floods in November"),
    ],
}


# The twenty-seventh set (NEWEST22_*), written blind on 2026-12-05 by a helper annotator who read no merging
# rule and no libyadesk code, before any code ran on it and before any merging output was read; held out.
# Invented Libya news of the year 2056 (2056 is a leap year that began on a Saturday; every weekday below was
# checked against that calendar).  Eighteen events, each told by three to six reports (68 articles, 91
# reports, 191 pairs): a general wire with datelines (Libya Wire Service, with a live blog with timestamps),
# an energy wire (Petroleum Dispatch, with reporting credits) and a finance wire (Dinar Monitor), translated
# Arabic outlets with titles and honorifics in full (Fezzan Today, Al-Raed News, Al-Sahil Net: "yesterday,
# Sunday", "today, Wednesday", "His Excellency", "Her Excellency", "Engineer", "Dr.", "Field Marshal",
# "Lieutenant General"), UNSMIL's statements, the IOM's release and a rights network's press release in the
# present tense, Facebook posts with hashtags and view counters (the NOC, the central bank, the GNU's interior
# ministry and media platform, the eastern government, the LAAF General Command, the reconstruction fund, the
# elections commission, the House of Representatives' media office, the Zawiya hospital, the Red Crescent in
# Zawiya and Zuwara, the Ghat municipality, the oil workers' union in Tobruk), four weekly briefings and four
# monthly digests with dated bullet lines, a think-tank commentary, a year-end review naming events in passing
# at month precision, and Italian, French, Tunisian, Greek and Russian outlets in translation, with page chrome
# (bylines, "Read also" links, share lines, photo captions, a reader counter).  Wordings vary per event ("shut
# down" / "the stoppage of production" / "closed the field" / "had shut"; "restarted" / "the resumption of
# production" / "back online" / "a deal reopened it"; "signed a new memorandum" / "signed today ... the
# Memorandum of Understanding" / "the memorandum signed yesterday at the Viminale"; "Heavy fighting broke out"
# / "the clashes taking place tonight" / "the armed clashes that erupted"; "Fighting resumed" / "witnessing
# armed clashes since noon" / "where two armed groups fought"; "abducted" / "the kidnapping this morning" /
# "seized"; "was freed" / "the return this evening ... safe and sound" / "released"; "the withdrawal of the
# fifty-dinar banknote" / "pulled the counterfeited 50-dinar note"; "capsized" / "the capsizing of a boat" /
# "drown"; "sank" / "the shipwreck that occurred yesterday" / "sinks"; "docked" / "received ... a naval group"
# / "moored since Saturday" / "hosted"; "met ... in Moscow" / "held talks" / "flew to Moscow"; "went on
# strike" / "the start of an open strike" / "entered its third day"; "Flash floods swept through" / "the
# torrential rains and floods that hit the city" / "the floods of Wednesday"; "Torrential rain flooded" /
# "the heavy rains that hit them" / "several streets are now under water"; "voted in municipal elections" /
# "elections held today"; "struck down a law" / "the ruling issued yesterday" / "The ruling handed down";
# "signed an agreement in Sirte" / "Monday's budget deal"), persons in full, by surname or by post, spellings
# (Haftar / Hifter / Khaftar; Sharara / al-Sharara; Tobruk; al-Bayda; Zawiya), bodies by acronym, in full and
# in plain words (NOC / the Corporation, CBL / the Bank / the central bank, HNEC / the election commission,
# GNU / the Tripoli government, GNS / the eastern government, LNA / the Libyan Arab Armed Forces, HoR / the
# House / parliament, AGOCO, UNSMIL, IOM) and dates of several forms ("on Tuesday", "yesterday, Tuesday",
# "today, Thursday", "on Sunday morning", "late on Wednesday", "tonight", "this afternoon", "this evening",
# "on the night of 8 March", "on January 18", "On 6 June", "18 Jan", "Mon 7 Aug", "in mid-July", "last
# month", "ten days later", "four days later", "in March", "in April", "in May", "in June", "in July", "in
# August", "in September", "in November").
# Hard negatives, which must not merge: (1) Ubari protesters shutting the Sharara field on Tuesday 18 January
# and the field's restart on Thursday 27 January (a wire of the restart names the shutdown in its next
# sentence; the January digest tells both in two bullet lines; the year-end review tells both in one
# sentence); (2) two rounds of fighting in Zawiya between the same two battalions, on Wednesday night 8 March
# and Sunday 9 April (a wire of the second names the first in its next sentence; the year-end review tells
# both in one sentence at month precision); (3) a central bank director abducted in Tripoli on Sunday 14 May
# and freed on Friday 19 May (a wire of the release names the abduction two sentences later; the May digest
# tells both in two bullet lines; the year-end review in one sentence); (4) the same central bank withdrawing
# the 50-dinar note on Thursday 1 June, close to (3); (5) a migrant boat capsizing off Zuwara on Tuesday 6
# June and another sinking off Tobruk on Saturday 10 June (the Tobruk wire names the Zuwara capsizing in its
# last sentence; the IOM release tells both in two sentences; the June digest in two bullet lines; the
# year-end review in one sentence); (6) two Russian warships docking in Tobruk on Saturday 15 July and Saddam
# Haftar's talks in Moscow on Tuesday 25 July (the Moscow wire names the warships; the think-tank piece tells
# both in two sentences; an Italian daily names the Moscow visit only as expected, untagged); (7) the warship
# visit and a strike at the Hariga oil port in Tobruk on Monday 7 August (the strike wire names the visit in
# its last sentence); (8) flash floods in Ghat on Wednesday 23 August and torrential rain in al-Bayda and
# Shahat on Monday 11 September (the al-Bayda wire names the Ghat floods in its last sentence; the year-end
# review tells both in one sentence); (9) municipal elections on Saturday 14 October and the Supreme Court
# striking down the HoR's constitutional court law on Wednesday 25 October (a French daily tells both); (10)
# the Italy-GNU migration memorandum signed in Rome on Wednesday 16 February and the Zuwara capsizing (the
# Zuwara wire names the memorandum in its last sentence).
# Reports in passing: the Sharara shutdown in the restart wire, the March fighting in the April wire, the
# April fighting in the election wire, the abduction in the release wire, the memorandum in the Zuwara wire,
# the Zuwara capsizing in the Tobruk wire, the warships in the Moscow wire and in the Hariga wire, the Ghat
# floods in the al-Bayda wire, the elections in the French court piece, the note withdrawal in the budget
# finance wire, and twelve reports in the year-end review at month precision.  Beside them, untagged: the
# memorandum due ("In February: ... are expected to sign"), the counterfeit measures due ("In June: the CBL
# is expected to announce"), Saddam Haftar "expected in Moscow", the first deputy speaker, the municipal
# calendar, the Joint Military Commission, reserves, teachers' salaries, voter registration opened and
# extended, the CBL board members due and confirmed, salaries paid late and on time, a measles campaign, a
# league title, a budget committee named, voter rolls due, the election date set, a fair, a derby, a rocket
# fire at Mitiga, a gas deal, the Storm Daniel anniversary, a Security Council briefing, a free-zone deal, the
# HoR's law passed in March, and "Read also" links; five articles tell no tagged event (a book fair in
# Benghazi, the NOC's April output, traffic at Ras Jedir, a bridge in Derna, Rome-Tripoli flights), and
# flashbacks name 2017, 2019, 2021, 2022, 2023 and 2024.
NEWEST22_ARTICLES: list[tuple[str, str, str, str]] = [
    # Protesters from Ubari shut the Sharara field on Tuesday 18 January 2056; it restarts on Thursday
    # 27 January.
    ("xn01-sharara-shut.md", "Petroleum Dispatch", "2056-01-18",
     "TRIPOLI, Jan 18 (Petroleum Dispatch) - Protesters from the southern town of Ubari shut down "
     "Libya's Sharara oilfield on Tuesday, cutting output of around 290,000 barrels per day, two "
     "engineers at the field said, in a protest over fuel shortages and power cuts in the south. The "
     "protesters, who call themselves the Ubari Youth Coordination, drove through the main gate in "
     "pickup trucks in the morning and ordered staff of the operator Akakus Oil Operations to close the "
     "valves feeding the pipeline to the Zawiya refinery. Sharara, Libya's largest field, was last shut "
     "for weeks in 2024, during the standoff over control of the central bank. The National Oil "
     "Corporation was not immediately available for comment.\nReporting by Tarek Benamer; Editing by "
     "Jonas Kell"),
    ("xn02-noc-force-majeure.md", "National Oil Corporation (Facebook)", "2056-01-19",
     "#NOC | The National Oil Corporation declares a state of force majeure on crude oil shipments from "
     "the port of Zawiya, following the stoppage of production at the Sharara field yesterday, Tuesday, "
     "by a group of protesters who entered the field and forced the workers of Akakus Oil Operations to "
     "close the production valves. The Chairwoman of the Board of Directors, Engineer Salma Elfituri, "
     "affirms that the Corporation understands the legitimate demands of the people of the south, but "
     "that closing the fields harms all Libyans, and calls on the competent authorities to intervene "
     "immediately. #NOC #Sharara #Libya\n5,412 views"),
    ("xn03-ubari-sit-in.md", "Fezzan Today (translated from Arabic)", "2056-01-21",
     "Ubari – Fezzan Today\nThe sit-in at the al-Sharara field entered its fourth day today, Friday, as "
     "the young men who closed the field on Tuesday insist on remaining in front of the main gate until "
     "fuel tankers reach the stations of Ubari, Ghat and Murzuq and the electricity cuts end. The "
     "spokesman of the Ubari Youth Coordination, Mr. Ahmed Essnousi, told Fezzan Today that 'the south "
     "floats on oil and queues for petrol'. A delegation of elders met yesterday with the Mayor of "
     "Ubari, Mr. Mohamed Elhadi, in an attempt at mediation.\n(Photo: the protesters' tents in front of "
     "the field – Fezzan Today)\nRead also: Ubari General Hospital receives a shipment of medicines"),
    ("xn04-noc-sharara-resumes.md", "National Oil Corporation (Facebook)", "2056-01-27",
     "#NOC | The National Oil Corporation announces the lifting of the state of force majeure and the "
     "resumption of production at the Sharara field today, Thursday, after the protesters ended their "
     "sit-in following an agreement reached with the Government and the Municipal Council of Ubari. "
     "Production is expected to return to its normal rate within three days. The Corporation thanks the "
     "elders and notables of Ubari for their wise role in ending the crisis. #NOC #Sharara\n3,108 views"),
    ("xn05-sharara-restarts.md", "Petroleum Dispatch", "2056-01-27",
     "TRIPOLI, Jan 27 (Petroleum Dispatch) - Libya's Sharara oilfield restarted on Thursday after "
     "protesters ended a nine-day blockade, the National Oil Corporation said, and crude began flowing "
     "again towards the Zawiya terminal. Protesters had shut the field on January 18 over fuel shortages "
     "in the south. The Tripoli government agreed to send 120 fuel tankers a week to the Fezzan and to "
     "repair two power stations in Ubari, a member of the town's council said. Libya's output had "
     "dropped to about 1.1 million barrels per day during the closure.\nReporting by Tarek Benamer"),
    ("xn06-digest-january.md", "Libya Monthly Digest", "2056-02-01",
     "LIBYA MONTHLY DIGEST — January 2056\nOil & gas\n- 18 Jan: Ubari protesters shut the Sharara field; "
     "the NOC declares force majeure at Zawiya.\n- 27 Jan: Sharara back online after a deal on fuel "
     "deliveries to the south.\nPolitics\n- 10 Jan: The House of Representatives meets in Benghazi and "
     "elects a new first deputy speaker.\n- 24 Jan: HNEC publishes the calendar of this year's municipal "
     "elections.\nIn February: Italy and the Government of National Unity are expected to sign a new "
     "migration memorandum in Rome."),
    # Italy and the GNU sign a new migration memorandum in Rome on Wednesday 16 February.
    ("xn07-rome-memorandum.md", "Libya Wire Service", "2056-02-16",
     "ROME, Feb 16 (LWS) - Italy and Libya's Tripoli-based government signed a new memorandum on "
     "migration in Rome on Wednesday, under which Italy will supply six patrol boats to the Libyan Coast "
     "Guard and fund two reception centres run with the International Organization for Migration, "
     "Italian officials said. Interior Minister Chiara Montebelli and her Libyan counterpart Nasser "
     "Ghrabli signed the text at the interior ministry in the presence of Prime Minister Lorenzo "
     "Ardenghi and Libyan Prime Minister Hisham Elmrabet. It replaces the memorandum first signed in "
     "February 2017, which had been renewed automatically every three years. Rights groups say people "
     "intercepted at sea and returned to Libya face detention and abuse."),
    ("xn08-interior-ministry-rome.md", "Ministry of Interior - Government of National Unity (Facebook)",
     "2056-02-16",
     "#Ministry_of_Interior | His Excellency the Minister of Interior, Lieutenant General Nasser "
     "Ghrabli, signed today, Wednesday, in the Italian capital Rome, the Memorandum of Understanding on "
     "cooperation in combating illegal immigration and securing the borders with his Italian "
     "counterpart, Her Excellency Mrs. Chiara Montebelli, in the presence of His Excellency the Prime "
     "Minister, Mr. Hisham Elmrabet. The Memorandum provides for supporting the Coast Guard and the "
     "Border Guard with boats, vehicles and training programmes. #Libya #Italy #Interior"),
    ("xn09-rights-network-release.md", "Mediterranean Rights Network", "2056-02-17",
     "PRESS RELEASE\nBerlin, 17 February 2056\nItaly–Libya: a new memorandum, the same abuses\nThe "
     "Mediterranean Rights Network condemns the memorandum signed yesterday in Rome between the Italian "
     "government and the Government of National Unity, which commits Italy to deliver six more patrol "
     "boats to the Libyan Coast Guard. Since the first memorandum of 2017, hundreds of thousands of "
     "people have been intercepted at sea and returned to Libya, where they are held in centres that UN "
     "investigators have linked to crimes against humanity. We call on the Italian Parliament to refuse "
     "to fund the agreement.\nMedia contact: press office, +49 30 0000 0000"),
    ("xn10-corriere-memorandum.md", "Corriere di Levante (translated from Italian)", "2056-02-17",
     "Migrants, Montebelli and Ghrabli sign the new pact with Tripoli\nSix patrol boats, two centres "
     "managed with the IOM and 140 million euros over three years: this is the heart of the memorandum "
     "signed yesterday at the Viminale by the Interior Minister Chiara Montebelli and the Libyan "
     "minister Nasser Ghrabli. Premier Ardenghi spoke of 'a model for Europe'. The opposition attacks: "
     "'We are paying the militias'. According to the Viminale, departures from western Libya fell by "
     "30 per cent in 2055.\nBy Giulia Marchetti\nRead also: Lampedusa, 400 arrivals in one night"),
    ("xn61-benghazi-book-fair.md", "Al-Raed News (translated from Arabic)", "2056-03-02",
     "Benghazi – Al-Raed News\nThe Benghazi International Book Fair opened its doors this morning, "
     "Thursday, at the fairground on the Corniche, with the participation of 210 publishing houses from "
     "19 countries, Egypt being the guest of honour. The fair runs until 12 March. The director of the "
     "fair, Ms. Hana Elsharif, said that the number of visitors last year exceeded 300,000.\n(Photo: "
     "the opening ceremony – Al-Raed News)\nShare: Facebook | X | WhatsApp"),
    # Two armed groups fight in Zawiya on Wednesday night 8 March; the same two fight again on Sunday 9 April.
    ("xn12-zawiya-hospital.md", "Zawiya Teaching Hospital (Facebook)", "2056-03-08",
     "#Zawiya_Teaching_Hospital | Urgent | The hospital announces that it has received so far three "
     "dead and nine wounded as a result of the clashes taking place tonight in the al-Harsha area and "
     "its surroundings, and calls on all parties to spare the hospital and the ambulances. All medical "
     "and nursing staff are asked to report to the hospital immediately. #Zawiya #Libya\n23:48"),
    ("xn11-zawiya-clashes.md", "Libya Wire Service", "2056-03-09",
     "ZAWIYA, March 9 (LWS) - Heavy fighting broke out late on Wednesday in the western Libyan city of "
     "Zawiya between two rival armed groups, killing at least three people and forcing the closure of "
     "the coastal highway to Tunisia, residents and medics said. The clashes pitted the Zawiya Coast "
     "Battalion against the 103rd Infantry Battalion, both nominally aligned with the Tripoli "
     "government, and centred on the al-Harsha district near the oil refinery. The refinery halted "
     "operations as a precaution, an oil official said. Calm returned by Thursday morning after "
     "mediation by elders."),
    ("xn13-unsmil-zawiya.md", "UNSMIL", "2056-03-09",
     "UNSMIL statement on the clashes in Zawiya\nTRIPOLI, 9 March 2056 – The United Nations Support "
     "Mission in Libya is deeply concerned by the armed clashes that erupted in Zawiya on the night of "
     "8 March in densely populated areas near the Zawiya refinery, killing at least three civilians. "
     "UNSMIL calls on all parties to respect the ceasefire reached this morning and urges the "
     "authorities to hold those responsible to account. The Special Representative of the "
     "Secretary-General, Ingrid Haavik, spoke by phone with the Mayor of Zawiya and the Minister of "
     "Interior."),
    ("xn67-derna-bridge.md", "Libya Development and Reconstruction Fund (Facebook)", "2056-03-27",
     "#Reconstruction_Fund | The Director General of the Libya Development and Reconstruction Fund, Mr. "
     "Belgacem Haftar, inaugurated today, Monday, the new al-Wadi bridge in the city of Derna, which "
     "links the eastern and western banks of Wadi Derna, in the presence of the Mayor of Derna and a "
     "number of elders and notables. The bridge replaces the one swept away by the floods of Storm "
     "Daniel in September 2023. #Derna #Libya\n8,337 views"),
    ("xn14-digest-march.md", "Libya Monthly Digest", "2056-04-01",
     "LIBYA MONTHLY DIGEST — March 2056\nSecurity\n- 8 Mar: Three killed as the Zawiya Coast Battalion "
     "and the 103rd fight in al-Harsha; the refinery pauses.\n- 19 Mar: The 5+5 Joint Military "
     "Commission meets in Sirte for the first time in a year.\nEconomy\n- 13 Mar: The CBL reports "
     "foreign reserves of $92bn.\n- 28 Mar: The two governments trade accusations over unpaid teachers' "
     "salaries in the east.\nIn April: HNEC opens voter registration for the municipal elections."),
    ("xn15-zawiya-fighting-resumes.md", "Libya Wire Service", "2056-04-09",
     "ZAWIYA, April 9 (LWS) - Fighting resumed on Sunday in Zawiya between the Zawiya Coast Battalion "
     "and the 103rd Infantry Battalion, killing at least seven people including a child, medics said, "
     "a month after the first round between the same groups. The two groups had clashed on March 8, "
     "when three people were killed. This time the fighting spread to the city centre and the area "
     "around the university, and the Zawiya refinery was shut down again. The Tripoli government said "
     "it had sent forces from the capital to separate the two sides."),
    ("xn16-red-crescent-zawiya.md", "Libyan Red Crescent - Zawiya Branch (Facebook)", "2056-04-09",
     "#Libyan_Red_Crescent | The volunteers of the Zawiya branch evacuated today, Sunday, 46 families "
     "from the city centre and Jadda Street, which have been witnessing armed clashes since noon, and "
     "transferred four bodies and 12 wounded to the Zawiya Teaching Hospital. We call on all parties to "
     "allow ambulances to pass safely. #Zawiya #Libya"),
    ("xn17-sahil-zawiya-toll.md", "Al-Sahil Net (translated from Arabic)", "2056-04-10",
     "Zawiya – Al-Sahil Net\nThe toll of the clashes that the city of Zawiya witnessed yesterday, "
     "Sunday, between the Coast Battalion and the 103rd Battalion has risen to seven dead and 23 "
     "wounded, according to the Zawiya Teaching Hospital. Schools and the University of Zawiya "
     "suspended classes today, Monday, and the Municipal Council announced three days of mourning. The "
     "Minister of Interior, Lieutenant General Nasser Ghrabli, arrived in the city this morning at the "
     "head of a security delegation.\nViews: 11,902\nRead also: Zawiya fishermen protest against fuel "
     "prices"),
    ("xn68-ita-flights.md", "Corriere di Levante (translated from Italian)", "2056-04-20",
     "Rome–Tripoli, direct flights return\nFrom 1 June the Italian flag carrier will again fly between "
     "Fiumicino and Tripoli's Mitiga airport, three times a week, the company announced on Tuesday. The "
     "route had been suspended in 2054 for security reasons. Tickets went on sale yesterday; the first "
     "flight, on 1 June, is already almost full, the company says.\nBy Giulia Marchetti"),
    ("xn62-noc-april-output.md", "Petroleum Dispatch", "2056-05-03",
     "TRIPOLI, May 3 (Petroleum Dispatch) - Libya's crude oil output averaged 1.52 million barrels per "
     "day in April, the National Oil Corporation said on Wednesday, the highest monthly figure in three "
     "years, helped by new wells in the Ghadames basin. Chairwoman Salma Elfituri said the NOC still "
     "aimed for 1.8 million bpd by the end of 2057. Condensate output rose to 54,000 bpd.\nReporting by "
     "Tarek Benamer"),
    # Gunmen abduct a central bank director in Tripoli on Sunday 14 May; he is freed on Friday 19 May.
    ("xn18-cbl-official-abducted.md", "Libya Wire Service", "2056-05-14",
     "TRIPOLI, May 14 (LWS) - Gunmen abducted a senior official of Libya's central bank outside his "
     "home in Tripoli on Sunday morning, the bank said, prompting it to suspend all operations until he "
     "is released. Musab Elkikhia, director of the bank's banking operations department, was seized by "
     "men in two unmarked cars in the Ain Zara district as he left for work, a relative said. No group "
     "claimed responsibility. The Central Bank of Libya has been at the centre of a power struggle "
     "between rival factions for decades; in 2024 its long-serving governor Sadiq al-Kabir fled the "
     "country after armed men threatened its staff."),
    ("xn19-cbl-suspends-work.md", "Central Bank of Libya (Facebook)", "2056-05-14",
     "#CBL | The Central Bank of Libya announces the suspension of all its work and operations as of "
     "this afternoon, following the kidnapping this morning of the Director of the Banking Operations "
     "Department, Mr. Musab Elkikhia, by an unknown group in the city of Tripoli. The Bank holds the "
     "authorities responsible for his safety and calls on the Attorney General and the Ministry of "
     "Interior to act immediately. Work will not resume until he is released. "
     "#Central_Bank_of_Libya\n12,906 views"),
    ("xn20-sahel-cbl-paralysed.md", "Le Journal du Sahel (translated from French)", "2056-05-16",
     "Libya: the central bank paralysed after the abduction of a director\nLibyan banks have been cut "
     "off from international transfers since Sunday, when Musab Elkikhia, a senior official of the "
     "Central Bank of Libya, was abducted in front of his home in Ain Zara. Tunisian importers, who "
     "depend on letters of credit from Libyan banks, fear a repeat of 2024, when the battle for control "
     "of the institution froze payments for weeks. Governor Adel Buzaid has not spoken in public since "
     "the kidnapping.\nBy Amel Ferchichi\nRead also: Ras Jedir, the border post that never sleeps"),
    ("xn21-cbl-official-freed.md", "Libya Wire Service", "2056-05-19",
     "TRIPOLI, May 19 (LWS) - A senior Libyan central bank official kidnapped in Tripoli five days ago "
     "was freed on Friday and is in good health, the bank said, adding that it would resume work on "
     "Saturday. Musab Elkikhia, who heads the bank's banking operations department, was released after "
     "mediation by elders from his family's home town, a security source said. He had been seized "
     "outside his home on Sunday. The interior ministry said it had identified the kidnappers but made "
     "no arrests."),
    ("xn22-cbl-welcomes-return.md", "Central Bank of Libya (Facebook)", "2056-05-19",
     "#CBL | The Central Bank of Libya congratulates its employees and all Libyans on the return this "
     "evening of the Director of the Banking Operations Department, Mr. Musab Elkikhia, safe and sound "
     "to his family, and announces the resumption of its work as of tomorrow, Saturday, 20 May 2056. "
     "The Governor, Mr. Adel Buzaid, thanks the Ministry of Interior and the elders and notables who "
     "contributed to ending this ordeal. #Central_Bank_of_Libya\n9,744 views"),
    ("xn23-briefing-may.md", "The Tripoli Briefing", "2056-05-21",
     "THE TRIPOLI BRIEFING | Week of 14–20 May 2056\n- Mon 15 May: The GNU pays April salaries a week "
     "late.\n- Wed 17 May: HNEC extends voter registration for the municipal elections by two weeks.\n- "
     "Fri 19 May: CBL director Musab Elkikhia freed; the bank reopens on Saturday.\n- Sat 20 May: "
     "Al-Ahly Benghazi clinch the league title.\nNext week: the House of Representatives is to vote on "
     "two new members of the CBL board."),
    ("xn24-digest-may.md", "Libya Monthly Digest", "2056-06-01",
     "LIBYA MONTHLY DIGEST — May 2056\nEconomy\n- 14 May: A CBL director is abducted in Tripoli; the bank "
     "suspends operations.\n- 19 May: The director is released and the bank reopens the next day.\n- 25 "
     "May: The HoR confirms two new members of the CBL board.\nHealth\n- 22 May: A measles vaccination "
     "campaign begins in the south.\nIn June: the CBL is expected to announce new measures against "
     "counterfeit banknotes."),
    # The central bank withdraws the 50-dinar note on Thursday 1 June.
    ("xn25-cbl-fifty-dinar.md", "Central Bank of Libya (Facebook)", "2056-06-01",
     "#CBL | The Central Bank of Libya announces the withdrawal of the fifty-dinar banknote of the second "
     "issue from circulation, and that it will cease to be legal tender as of 31 August 2056. Citizens "
     "may deposit notes of this denomination in their bank accounts until that date. This decision "
     "comes after the Bank detected large quantities of counterfeit notes of this denomination in the "
     "markets of the eastern and southern regions. #Central_Bank_of_Libya #Libya\n18,220 views"),
    ("xn26-dinar-monitor-notes.md", "Dinar Monitor", "2056-06-01",
     "TRIPOLI, June 1 (Dinar Monitor) - Libya's central bank said on Thursday it would withdraw its "
     "50-dinar banknote from circulation by the end of August, citing widespread counterfeiting, in a "
     "move bankers said could worsen a chronic cash shortage. It is not the first time the bank has "
     "pulled 50-dinar notes: in 2024 it withdrew a series that had been printed in Russia for its "
     "eastern branch. The dinar weakened to 9.4 to the dollar on the parallel market after the "
     "announcement, traders said."),
    ("xn27-raed-bank-queues.md", "Al-Raed News (translated from Arabic)", "2056-06-03",
     "Benghazi – Al-Raed News\nQueues formed today, Saturday, in front of the branches of commercial "
     "banks in Benghazi and al-Marj, two days after the decision of the Central Bank of Libya to "
     "withdraw the fifty-dinar note from circulation. A number of citizens told Al-Raed News that the "
     "banks refused to accept more than 5,000 dinars per person. The economist Dr. Ali Elsaeti said "
     "that the decision 'punishes the citizen for the crimes of the counterfeiters'.\n(Photo: a queue "
     "in front of a bank on Gamal Abdel Nasser Street)\nShare: Facebook | X | WhatsApp"),
    # A migrant boat capsizes off Zuwara on Tuesday 6 June; another sinks off Tobruk on Saturday 10 June.
    ("xn29-red-crescent-zuwara.md", "Libyan Red Crescent - Zuwara Branch (Facebook)", "2056-06-06",
     "#Libyan_Red_Crescent | The teams of the Zuwara branch recovered this morning 19 bodies of migrants "
     "washed ashore on the beaches of Zuwara and Abu Kammash, after the capsizing of a boat carrying "
     "about 45 people off the coast of the city, and handed them over to the Zuwara hospital. The search "
     "for the missing continues with the help of the city's fishermen. #Zuwara #Libya"),
    ("xn28-zuwara-capsizing.md", "Libya Wire Service", "2056-06-06",
     "ZUWARA, June 6 (LWS) - At least 27 migrants drowned when their wooden boat capsized off the "
     "western Libyan town of Zuwara on Tuesday, hours after setting off for the Italian island of "
     "Lampedusa, the Libyan Red Crescent said. Fishermen rescued 14 people, most of them from Bangladesh "
     "and Egypt, and the Red Crescent recovered 19 bodies from the shore. The boat had left a beach west "
     "of the town before dawn, a survivor said. Departures from western Libya have risen again this "
     "year despite the new migration memorandum Italy signed with the Tripoli government in February."),
    ("xn30-tobruk-sinking.md", "Libya Wire Service", "2056-06-10",
     "TOBRUK, June 10 (LWS) - A boat carrying about 50 migrants sank on Saturday some 20 nautical miles "
     "off the eastern Libyan city of Tobruk, on the route to the Greek island of Crete, and at least 11 "
     "people are missing, the Libyan Coast Guard said. Thirty-eight people, mostly Egyptians and "
     "Sudanese, were rescued by a passing cargo ship and a coast guard patrol boat, and one body was "
     "recovered. It was the second deadly shipwreck off Libya in a week, after a boat capsized off "
     "Zuwara on Tuesday, killing at least 27 people."),
    ("xn31-kriti-survivors.md", "Kriti Daily News (translated from Greek)", "2056-06-11",
     "Heraklion: 21 survivors of the Libyan shipwreck brought ashore\nThe Maltese-flagged cargo ship "
     "Ardent Star disembarked this morning at the port of Heraklion 21 of the survivors of the shipwreck "
     "that occurred yesterday, Saturday, off Tobruk in Libya, the Hellenic Coast Guard announced. The "
     "other 17 survivors were taken back to Tobruk by the Libyan coast guard. Arrivals on Crete and "
     "Gavdos from eastern Libya have exceeded 6,000 since January.\nBy Eleni Stavrakaki\n(Photo: the "
     "survivors at the port of Heraklion)"),
    ("xn32-iom-two-shipwrecks.md", "International Organization for Migration", "2056-06-12",
     "IOM saddened by two deadly shipwrecks off Libya\nGeneva/Tripoli, 12 June 2056 – IOM is deeply "
     "saddened by the loss of life in two shipwrecks off the Libyan coast in less than a week. On 6 "
     "June, a boat carrying around 45 people capsized off Zuwara; 27 people died and 14 survived. On 10 "
     "June, a boat with around 50 migrants on board sank off Tobruk, in the east of the country; 38 "
     "survivors were rescued and at least 11 people remain missing. IOM calls on States to strengthen "
     "search and rescue capacity in the Central and Eastern Mediterranean and reiterates that Libya is "
     "not a place of safety for disembarkation."),
    ("xn33-digest-june.md", "Libya Monthly Digest", "2056-07-01",
     "LIBYA MONTHLY DIGEST — June 2056\nMigration\n- 6 Jun: 27 drown as a boat capsizes off Zuwara.\n- 10 "
     "Jun: A Crete-bound boat sinks off Tobruk; 11 missing.\nEconomy\n- 1 Jun: The CBL withdraws the "
     "50-dinar note, citing counterfeiting.\n- 20 Jun: The two governments name a joint committee on a "
     "unified budget.\nIn July: "
     "HNEC is due to publish the final voter rolls."),
    ("xn63-ras-jedir-traffic.md", "La Presse du Sud (translated from French)", "2056-07-05",
     "Ras Jedir: summer traffic breaks records\nMore than 14,000 travellers crossed the Ras Jedir border "
     "post in both directions on Sunday, a record, according to the Tunisian customs. Libyan families "
     "heading for the beaches of Djerba and Hammamet waited up to six hours. The Libyan side has opened "
     "four new lanes since last year.\nBy Sami Ben Amor"),
    # Two Russian warships dock in Tobruk on Saturday 15 July; Saddam Haftar is received in Moscow on
    # Tuesday 25 July.
    ("xn34-russian-warships-tobruk.md", "Libya Wire Service", "2056-07-15",
     "BENGHAZI, July 15 (LWS) - Two Russian warships docked in the eastern Libyan port of Tobruk on "
     "Saturday for a five-day visit, the eastern-based Libyan National Army said, the largest Russian "
     "naval presence in Libyan waters in years. The frigate Admiral Yumashev and the landing ship Pyotr "
     "Morgunov were received by LNA chief of staff Khaled Haftar and Russian deputy defence minister "
     "Viktor Shmelyov, an LNA statement said. Russia has kept military personnel in eastern and southern "
     "Libya since 2019, first through the Wagner Group and later through the Africa Corps under its "
     "defence ministry. Western diplomats have long warned that Moscow wants a permanent naval foothold "
     "in Tobruk."),
    ("xn35-general-command-tobruk.md", "General Command of the Libyan Arab Armed Forces (Facebook)",
     "2056-07-15",
     "#General_Command | On the directives of His Excellency Field Marshal Saddam Haftar, General "
     "Commander of the Libyan Arab Armed Forces, His Excellency Lieutenant General Khaled Haftar, Chief "
     "of the General Staff, received today, Saturday, at the port of Tobruk, a naval group of the "
     "Russian Federation consisting of the frigate 'Admiral Yumashev' and the landing ship 'Pyotr "
     "Morgunov', in the presence of the Deputy Minister of Defence of the Russian Federation, Mr. Viktor "
     "Shmelyov. The visit comes within the framework of military cooperation between the two friendly "
     "countries. #Libyan_Arab_Armed_Forces #Russia"),
    ("xn36-corriere-tobruk-ships.md", "Corriere di Levante (translated from Italian)", "2056-07-17",
     "Russian ships in Tobruk, alarm in Rome\nThe Russian frigate and landing ship that have been moored "
     "since Saturday in the port of Tobruk, some three hundred kilometres from Crete, worry the "
     "Farnesina and NATO. 'It is a message to Europe,' a Defence source tells us. Khaled Hifter welcomed "
     "the crews with military honours, days before his brother Saddam is expected in Moscow. The "
     "Foreign Minister, Valeria Cotti, said Italy 'is following the matter with attention'.\nBy Giulia "
     "Marchetti\nRead also: Crete, the route from Tobruk that worries Athens"),
    ("xn37-saddam-haftar-moscow.md", "Libya Wire Service", "2056-07-25",
     "MOSCOW, July 25 (LWS) - Russia's defence minister Pavel Arkhipov met Libya's eastern commander "
     "Saddam Haftar in Moscow on Tuesday and discussed 'the development of military-technical "
     "cooperation', the Russian defence ministry said. Haftar, who leads the Libyan National Army, was "
     "accompanied by his brother Belgacem, who heads the east's reconstruction fund. His visit came ten "
     "days after two Russian warships docked in Tobruk for five days. Haftar's late father Khalifa, who "
     "founded the LNA, made repeated trips to Moscow over two decades."),
    ("xn38-general-command-moscow.md", "General Command of the Libyan Arab Armed Forces (Facebook)",
     "2056-07-25",
     "#General_Command | His Excellency Field Marshal Saddam Haftar, General Commander of the Libyan Arab "
     "Armed Forces, met today, Tuesday, in the Russian capital Moscow, with the Minister of Defence of "
     "the Russian Federation, Mr. Pavel Arkhipov, in the presence of Mr. Belgacem Haftar, Director "
     "General of the Libya Development and Reconstruction Fund. The meeting discussed ways of "
     "strengthening cooperation in the fields of training, maintenance and reconstruction. #Russia "
     "#Libyan_Arab_Armed_Forces"),
    ("xn39-vostok-arkhipov.md", "Vostok Defence Review (translated from Russian)", "2056-07-26",
     "Arkhipov receives the Libyan commander\nThe Minister of Defence of Russia, Pavel Arkhipov, held "
     "talks yesterday in Moscow with the General Commander of the Libyan National Army, Marshal Saddam "
     "Khaftar. The sides discussed the situation in North Africa and the Sahel and the prospects for "
     "training Libyan officers in Russian military academies. The Libyan guest also laid a wreath at "
     "the Tomb of the Unknown Soldier.\nShare: VK | Telegram"),
    ("xn40-sirte-institute-russia.md", "Sirte Institute for Policy Studies", "2056-08-02",
     "COMMENTARY | The Haftars' Russian insurance policy\nBy Dr. Nadia Elwerfalli, Sirte Institute for "
     "Policy Studies\nJuly showed how little the eastern command now hides its choice. The Russian "
     "warships that spent five days in Tobruk in mid-July were not a courtesy call: the landing ship "
     "unloaded vehicles at night, according to port workers. Saddam Haftar's talks with the Russian "
     "defence minister in Moscow ten days later confirmed the direction. Since Wagner arrived in 2019, "
     "every Haftar has bargained with Moscow and with the West at the same time; the sons have kept "
     "their father's method. Europe, busy counting boats off Crete, has little to offer in "
     "return.\nRead also: Who controls al-Jufra? A map of foreign forces in Libya"),
    # Workers strike at the Hariga oil port in Tobruk on Monday 7 August.
    ("xn41-hariga-strike.md", "Petroleum Dispatch", "2056-08-07",
     "BENGHAZI, Aug 7 (Petroleum Dispatch) - Workers at Libya's Hariga oil port in Tobruk went on strike "
     "on Monday, halting loadings of about 120,000 barrels per day, over unpaid allowances and the "
     "hiring of foreign contractors, a union official and two port sources said. A tanker waiting to "
     "load 600,000 barrels for an Italian refinery was left at anchor. Hariga ships crude from fields "
     "operated by the Arabian Gulf Oil Company (AGOCO), a subsidiary of the National Oil Corporation. "
     "Tobruk's naval port hosted two Russian warships for five days last month.\nReporting by Tarek "
     "Benamer; Editing by Jonas Kell"),
    ("xn42-oil-workers-union.md", "General Union of Oil Workers - Tobruk (Facebook)", "2056-08-07",
     "#Oil_Workers_Union | We, the workers of the Hariga port, announce the start of an open strike from "
     "this morning, Monday, and the halt of all loading operations, until our allowances, unpaid for "
     "eleven months, are disbursed and the contracts of the foreign companies that took our jobs are "
     "cancelled. We affirm that the strike is peaceful and that the facilities are protected. #Hariga "
     "#Tobruk #Libya"),
    ("xn43-raed-hariga-third-day.md", "Al-Raed News (translated from Arabic)", "2056-08-09",
     "Tobruk – Al-Raed News\nThe strike of the workers of the Hariga oil port entered its third day "
     "today, Wednesday, with the loading of the tanker 'Nereide' still halted. The Chairman of the "
     "Arabian Gulf Oil Company, Engineer Saleh Elmesmari, met the strikers' committee yesterday without "
     "reaching an agreement, while the Ministry of Oil in the Libyan Government promised to pay the "
     "allowances 'within the coming weeks'.\nViews: 4,377\nRead also: Tobruk municipality launches the "
     "summer cleaning campaign"),
    ("xn64-briefing-august-7.md", "The Tripoli Briefing", "2056-08-14",
     "THE TRIPOLI BRIEFING | Week of 7–13 August 2056\n- Mon 7 Aug: Hariga port workers in Tobruk strike "
     "over unpaid allowances; loadings halted.\n- Wed 9 Aug: The GNU pays July salaries on time for the "
     "first time this year.\n- Thu 10 Aug: HNEC sets 14 October as the date of the third round of "
     "municipal elections.\n- Sun 13 Aug: The Tripoli International Fair closes with 1,100 "
     "exhibitors.\nNext week: the House of Representatives returns from its summer recess."),
    # Flash floods hit Ghat on Wednesday 23 August; torrential rain floods al-Bayda and Shahat on Monday
    # 11 September.
    ("xn45-ghat-municipality.md", "Ghat Municipality (Facebook)", "2056-08-23",
     "#Ghat_Municipality | Urgent | The Municipal Council of Ghat announces a state of maximum emergency "
     "following the torrential rains and floods that hit the city this afternoon and inundated the old "
     "city and the neighbourhoods of al-Fuwayyat and Tanzoft. The Council calls on citizens to stay away "
     "from the valleys and to move to the schools designated as shelters. #Ghat #Libya"),
    ("xn44-ghat-floods.md", "Libya Wire Service", "2056-08-24",
     "GHAT, Aug 24 (LWS) - Flash floods swept through the southwestern Libyan town of Ghat on Wednesday "
     "after the heaviest rainfall recorded there in decades, killing at least four people and "
     "destroying dozens of mud-brick homes in the old town, local officials said. The municipality "
     "declared a state of emergency and asked for helicopters to reach villages cut off near the "
     "Algerian border. The Tripoli government sent a relief convoy from Sabha. Ghat was hit by similar "
     "floods in June 2019, which forced thousands from their homes."),
    ("xn46-fezzan-ghat-families.md", "Fezzan Today (translated from Arabic)", "2056-08-26",
     "Ghat – Fezzan Today\nThree days after the floods of Wednesday, dozens of families in Ghat are still "
     "sleeping in schools, while the water has not yet receded from the old city. The death toll rose "
     "to five after the body of a child was recovered yesterday in Wadi Tanzoft. The head of the "
     "emergency committee, Mr. Ibrahim Akhenoukh, told Fezzan Today that 'more than 300 houses are no "
     "longer fit to live in'.\n(Photo: a flooded street in the old city of Ghat – Fezzan Today)"),
    ("xn65-briefing-august-21.md", "The Tripoli Briefing", "2056-08-28",
     "THE TRIPOLI BRIEFING | Week of 21–27 August 2056\n- Mon 21 Aug: The NOC signs a gas exploration "
     "deal for the offshore Area D.\n- Wed 23 Aug: Flash floods in Ghat kill five; state of emergency in "
     "the south-west.\n- Fri 25 Aug: Tripoli's Mitiga airport closes for six hours after rocket fire.\n- "
     "Sat 26 Aug: Al-Ittihad hold Al-Ahly Tripoli 1-1 in the capital's derby.\nNext week: the House of "
     "Representatives is to question the oil minister."),
    ("xn47-bayda-floods.md", "Libya Wire Service", "2056-09-11",
     "AL-BAYDA, Sept 11 (LWS) - Torrential rain flooded streets and homes in the eastern Libyan city of "
     "al-Bayda and the nearby town of Shahat on Monday, killing at least two people and forcing the "
     "evacuation of hundreds of families, officials of the eastern-based government said. Schools were "
     "closed across the Jabal al-Akhdar region and the road to Derna was cut. The storm came almost "
     "exactly 33 years after Storm Daniel, whose floods broke two dams above Derna in September 2023 and "
     "killed thousands, and less than three weeks after flash floods killed five people in Ghat in the "
     "far south-west."),
    ("xn48-gns-disaster-zone.md", "Government of National Stability (Facebook)", "2056-09-11",
     "#Libyan_Government | His Excellency the Prime Minister, Dr. Faraj Bukhamada, declares the cities "
     "of al-Bayda and Shahat and their surroundings stricken areas, following the heavy rains that hit "
     "them since the early hours of today, Monday, and directs all ministries and the Civil Defence "
     "Authority to mobilise their resources. The Development and Reconstruction Fund will bear the cost "
     "of sheltering the affected families. #Jabal_al_Akhdar #Libya\n7,015 views"),
    ("xn49-live-east-floods.md", "Libya Wire Service (live blog)", "2056-09-11",
     "LIVE: Floods in eastern Libya\n09:15 Heavy rain has been falling on al-Bayda since before dawn and "
     "several streets are now under water, residents tell us.\n10:40 The Civil Defence says it has "
     "rescued 14 people trapped in cars on the road to Shahat.\n12:05 A reminder: in September 2023 "
     "Storm Daniel broke two dams above Derna; the Derna municipality says its new dams are holding.\n"
     "14:30 Eastern prime minister Faraj Bukhamada declares a disaster zone.\n16:10 The hospital in "
     "al-Bayda reports two dead.\n18:00 We are pausing this blog; updates tomorrow.\nRefresh for "
     "updates | 9,882 readers"),
    ("xn66-briefing-september.md", "The Tripoli Briefing", "2056-09-18",
     "THE TRIPOLI BRIEFING | Week of 11–17 September 2056\n- Mon 11 Sep: Floods in al-Bayda and Shahat "
     "kill three; the eastern government declares a disaster zone.\n- Tue 12 Sep: Derna marks 33 years "
     "since Storm Daniel.\n- Thu 14 Sep: UNSMIL briefs the Security Council on the municipal "
     "elections.\n- Sat 16 Sep: Misrata's free zone signs a deal with a Turkish port operator.\nNext "
     "week: the GNU presents its 2057 spending plans."),
    # Municipal elections in 31 municipalities on Saturday 14 October.
    ("xn50-hnec-polls-close.md", "High National Elections Commission (Facebook)", "2056-10-14",
     "#HNEC | The High National Elections Commission announces the closing of polling stations at seven "
     "in the evening in the 31 municipalities taking part in the third round of municipal council "
     "elections held today, Saturday, 14 October 2056, with a preliminary turnout of 58 percent. Vote "
     "counting has begun in the polling centres in the presence of observers and candidates' agents. "
     "The Chairman of the Board of Commissioners, Mr. Khaled Elmagbri, thanks the security services and "
     "the staff of the Commission. #HNEC #Your_Vote_Your_Voice"),
    ("xn51-municipal-vote.md", "Libya Wire Service", "2056-10-14",
     "TRIPOLI, Oct 14 (LWS) - Libyans in 31 towns, including Misrata, Sirte and Zawiya, voted in "
     "municipal elections on Saturday, with turnout of about 58%, the election commission said, in a "
     "country where national elections have been postponed again and again. Voting in Zawiya, where two "
     "armed groups fought in the city centre in April, passed off calmly. Women made up 41% of "
     "registered voters, the commission said. Results are expected within a week."),
    ("xn52-unsmil-municipal.md", "UNSMIL", "2056-10-15",
     "UNSMIL welcomes the municipal elections\nTRIPOLI, 15 October 2056 – The United Nations Support "
     "Mission in Libya congratulates the High National Elections Commission and the Libyan people on "
     "the peaceful conduct of municipal council elections in 31 municipalities yesterday. The "
     "participation of women and young people as voters and candidates is an encouraging sign. UNSMIL "
     "calls on all parties to accept the results and to work for the national elections that Libyans "
     "have long awaited."),
    # The Supreme Court strikes down the HoR's constitutional court law on Wednesday 25 October.
    ("xn53-supreme-court-ruling.md", "Libya Wire Service", "2056-10-25",
     "TRIPOLI, Oct 25 (LWS) - Libya's Supreme Court on Wednesday struck down a law passed by the "
     "eastern-based House of Representatives that would have created a separate constitutional court "
     "in Benghazi, ruling that parliament had no power to strip the Supreme Court of its constitutional "
     "chamber. The House passed the law in March. It first voted to create such a court in December "
     "2022, shortly after the Supreme Court revived its constitutional chamber. Speaker Abdelsalam "
     "Elobeidi's office did not immediately comment."),
    ("xn54-hor-rejects-ruling.md", "House of Representatives - Media Office (Facebook)", "2056-10-26",
     "#House_of_Representatives | The House of Representatives affirms that it does not recognise the "
     "ruling issued yesterday, Wednesday, by the Constitutional Chamber of the Supreme Court in Tripoli "
     "concerning Law No. 7 of 2056 establishing the Constitutional Court, since it was issued by a body "
     "that no longer has jurisdiction, and that the law remains in force. The Presidency of the House "
     "calls on the judicial authorities in all regions not to deal with the ruling. #HoR #Libya"),
    ("xn55-sahel-courts.md", "Le Journal du Sahel (translated from French)", "2056-10-27",
     "Libya: the judges, the parliament and the war of the courts\nThe ruling handed down on Wednesday "
     "by the constitutional chamber of the Supreme Court, which annuls the law creating a Constitutional "
     "Court in Benghazi, revives a dispute that is more than thirty years old. The timing is "
     "unfortunate: less than two weeks after the "
     "municipal elections of 14 October, which had given the country a rare good news story, the "
     "institutions are again tearing at each other.\nBy Amel Ferchichi"),
    # The finance ministers of the two governments sign a unified 2057 budget in Sirte on Monday 20 November.
    ("xn56-sirte-budget.md", "Libya Wire Service", "2056-11-20",
     "SIRTE, Nov 20 (LWS) - The finance ministers of Libya's rival governments signed an agreement in "
     "Sirte on Monday on a unified budget for 2057, the first such deal between the two cabinets in "
     "more than a decade, UN officials said. The budget of 148 billion dinars was signed by the Tripoli "
     "government's finance minister Rabia Elgharyani and the eastern government's Idris Bushaala. It "
     "must still be approved by the House of Representatives and the High Council of State. Salaries "
     "take up more than half of the spending."),
    ("xn57-gnu-budget.md", "Government of National Unity - Media Platform (Facebook)", "2056-11-20",
     "#GNU | The Minister of Finance, Mrs. Rabia Elgharyani, signed today, Monday, in the city of Sirte, "
     "the agreement on the unified general budget of the State for the fiscal year 2057 with the "
     "Minister of Finance of the government in the eastern region, under the auspices of the United "
     "Nations Support Mission in Libya. His Excellency the Prime Minister, Mr. Hisham Elmrabet, "
     "described the agreement as 'a step towards the unification of all institutions'. #GNU #Libya"),
    ("xn58-unsmil-budget.md", "UNSMIL", "2056-11-21",
     "UNSMIL statement on the unified budget agreement\nTRIPOLI, 21 November 2056 – The United Nations "
     "Support Mission in Libya welcomes the agreement signed yesterday in Sirte on a unified budget for "
     "2057 by the ministers of finance of the two governments. UNSMIL encourages the House of "
     "Representatives and the High Council of State to approve it swiftly and stands ready to support "
     "its transparent implementation."),
    ("xn59-dinar-monitor-budget.md", "Dinar Monitor", "2056-11-22",
     "TRIPOLI, Nov 22 (Dinar Monitor) - The Libyan dinar firmed to 8.7 to the dollar on the parallel "
     "market on Wednesday, its strongest level in a year, after Monday's budget deal in Sirte raised "
     "hopes of an end to duplicate spending by the two governments, traders said. Cash shortages at "
     "banks have eased since the central bank pulled the counterfeited 50-dinar note in June, they "
     "added."),
    # The year in review.
    ("xn60-year-review.md", "Maghreb Risk Monitor", "2056-12-04",
     "Libya 2056: a year of small deals\nBy Karim Ouazzani\nLibya ends the year with a unified budget on "
     "paper and little else unified. It began, as so often, with oil held hostage: protesters in "
     "the south shut Sharara in January over fuel, until a deal reopened it nine days later. Zawiya's two "
     "rival battalions fought in March and again in April. A central bank director was kidnapped in May "
     "and freed five days later. A boat capsized off Zuwara in June and another sank off Tobruk four "
     "days later. Saddam Haftar flew to Moscow in July. Floods hit Ghat in August and al-Bayda in "
     "September. Then, in November, the two governments signed a unified budget in Sirte. Whether 2057 "
     "brings the national elections promised since 2021 is another matter."),
]

NEWEST22_EVENTS: dict[str, list[tuple[str, str]]] = {
    "sharara-shutdown": [
        ("xn01-sharara-shut", "shut down Libya's Sharara oilfield on Tuesday"),
        ("xn02-noc-force-majeure", "following the stoppage of production at the Sharara field yesterday, Tuesday, by a group of protesters"),
        ("xn03-ubari-sit-in", "the young men who closed the field on Tuesday"),
        ("xn05-sharara-restarts", "Protesters had shut the field on January 18"),
        ("xn06-digest-january", "Ubari protesters shut the Sharara field"),
        ("xn60-year-review", "protesters in the south shut Sharara in January over fuel"),
    ],
    "sharara-restart": [
        ("xn04-noc-sharara-resumes", "the resumption of production at the Sharara field today, Thursday"),
        ("xn05-sharara-restarts", "Libya's Sharara oilfield restarted on Thursday"),
        ("xn06-digest-january", "Sharara back online after a deal on fuel deliveries to the south"),
        ("xn60-year-review", "until a deal reopened it nine days later"),
    ],
    "italy-libya-migration-memorandum": [
        ("xn07-rome-memorandum", "signed a new memorandum on migration in Rome on Wednesday"),
        ("xn08-interior-ministry-rome", "signed today, Wednesday, in the Italian capital Rome, the Memorandum of Understanding"),
        ("xn09-rights-network-release", "the memorandum signed yesterday in Rome between the Italian government and the Government of National Unity"),
        ("xn10-corriere-memorandum", "the memorandum signed yesterday at the Viminale by the Interior Minister Chiara Montebelli and the Libyan minister Nasser Ghrabli"),
        ("xn28-zuwara-capsizing", "the new migration memorandum Italy signed with the Tripoli government in February"),
    ],
    "zawiya-clashes-march": [
        ("xn12-zawiya-hospital", "as a result of the clashes taking place tonight in the al-Harsha area"),
        ("xn11-zawiya-clashes", "Heavy fighting broke out late on Wednesday in the western Libyan city of Zawiya between two rival armed groups"),
        ("xn13-unsmil-zawiya", "the armed clashes that erupted in Zawiya on the night of 8 March"),
        ("xn14-digest-march", "Three killed as the Zawiya Coast Battalion and the 103rd fight in al-Harsha"),
        ("xn15-zawiya-fighting-resumes", "The two groups had clashed on March 8, when three people were killed"),
        ("xn60-year-review", "Zawiya's two rival battalions fought in March"),
    ],
    "zawiya-clashes-april": [
        ("xn15-zawiya-fighting-resumes", "Fighting resumed on Sunday in Zawiya between the Zawiya Coast Battalion and the 103rd Infantry Battalion"),
        ("xn16-red-crescent-zawiya", "which have been witnessing armed clashes since noon"),
        ("xn17-sahil-zawiya-toll", "the clashes that the city of Zawiya witnessed yesterday, Sunday, between the Coast Battalion and the 103rd Battalion"),
        ("xn51-municipal-vote", "where two armed groups fought in the city centre in April"),
        ("xn60-year-review", "and again in April"),
    ],
    "cbl-director-kidnapped": [
        ("xn18-cbl-official-abducted", "Gunmen abducted a senior official of Libya's central bank outside his home in Tripoli on Sunday morning"),
        ("xn19-cbl-suspends-work", "following the kidnapping this morning of the Director of the Banking Operations Department, Mr. Musab Elkikhia"),
        ("xn20-sahel-cbl-paralysed", "when Musab Elkikhia, a senior official of the Central Bank of Libya, was abducted in front of his home in Ain Zara"),
        ("xn21-cbl-official-freed", "He had been seized outside his home on Sunday"),
        ("xn24-digest-may", "A CBL director is abducted in Tripoli"),
        ("xn60-year-review", "A central bank director was kidnapped in May"),
    ],
    "cbl-director-freed": [
        ("xn21-cbl-official-freed", "was freed on Friday and is in good health"),
        ("xn22-cbl-welcomes-return", "the return this evening of the Director of the Banking Operations Department, Mr. Musab Elkikhia, safe and sound to his family"),
        ("xn23-briefing-may", "CBL director Musab Elkikhia freed"),
        ("xn24-digest-may", "The director is released and the bank reopens the next day"),
        ("xn60-year-review", "freed five days later"),
    ],
    "cbl-withdraws-fifty-dinar-note": [
        ("xn25-cbl-fifty-dinar", "announces the withdrawal of the fifty-dinar banknote of the second issue from circulation"),
        ("xn26-dinar-monitor-notes", "said on Thursday it would withdraw its 50-dinar banknote from circulation by the end of August"),
        ("xn27-raed-bank-queues", "two days after the decision of the Central Bank of Libya to withdraw the fifty-dinar note from circulation"),
        ("xn33-digest-june", "The CBL withdraws the 50-dinar note, citing counterfeiting"),
        ("xn59-dinar-monitor-budget", "since the central bank pulled the counterfeited 50-dinar note in June"),
    ],
    "zuwara-boat-capsizes": [
        ("xn29-red-crescent-zuwara", "after the capsizing of a boat carrying about 45 people off the coast of the city"),
        ("xn28-zuwara-capsizing", "drowned when their wooden boat capsized off the western Libyan town of Zuwara on Tuesday"),
        ("xn30-tobruk-sinking", "after a boat capsized off Zuwara on Tuesday, killing at least 27 people"),
        ("xn32-iom-two-shipwrecks", "On 6 June, a boat carrying around 45 people capsized off Zuwara"),
        ("xn33-digest-june", "27 drown as a boat capsizes off Zuwara"),
        ("xn60-year-review", "A boat capsized off Zuwara in June"),
    ],
    "tobruk-boat-sinks": [
        ("xn30-tobruk-sinking", "A boat carrying about 50 migrants sank on Saturday some 20 nautical miles off the eastern Libyan city of Tobruk"),
        ("xn31-kriti-survivors", "the shipwreck that occurred yesterday, Saturday, off Tobruk in Libya"),
        ("xn32-iom-two-shipwrecks", "On 10 June, a boat with around 50 migrants on board sank off Tobruk"),
        ("xn33-digest-june", "A Crete-bound boat sinks off Tobruk"),
        ("xn60-year-review", "another sank off Tobruk four days later"),
    ],
    "russian-warships-tobruk": [
        ("xn34-russian-warships-tobruk", "Two Russian warships docked in the eastern Libyan port of Tobruk on Saturday for a five-day visit"),
        ("xn35-general-command-tobruk", "received today, Saturday, at the port of Tobruk, a naval group of the Russian Federation"),
        ("xn36-corriere-tobruk-ships", "The Russian frigate and landing ship that have been moored since Saturday in the port of Tobruk"),
        ("xn37-saddam-haftar-moscow", "His visit came ten days after two Russian warships docked in Tobruk for five days"),
        ("xn40-sirte-institute-russia", "The Russian warships that spent five days in Tobruk in mid-July"),
        ("xn41-hariga-strike", "Tobruk's naval port hosted two Russian warships for five days last month"),
    ],
    "saddam-haftar-moscow-talks": [
        ("xn37-saddam-haftar-moscow", "met Libya's eastern commander Saddam Haftar in Moscow on Tuesday"),
        ("xn38-general-command-moscow", "met today, Tuesday, in the Russian capital Moscow, with the Minister of Defence of the Russian Federation"),
        ("xn39-vostok-arkhipov", "held talks yesterday in Moscow with the General Commander of the Libyan National Army, Marshal Saddam Khaftar"),
        ("xn40-sirte-institute-russia", "Saddam Haftar's talks with the Russian defence minister in Moscow ten days later"),
        ("xn60-year-review", "Saddam Haftar flew to Moscow in July"),
    ],
    "hariga-port-strike": [
        ("xn41-hariga-strike", "Workers at Libya's Hariga oil port in Tobruk went on strike on Monday"),
        ("xn42-oil-workers-union", "announce the start of an open strike from this morning, Monday"),
        ("xn43-raed-hariga-third-day", "The strike of the workers of the Hariga oil port entered its third day today, Wednesday"),
        ("xn64-briefing-august-7", "Hariga port workers in Tobruk strike over unpaid allowances"),
    ],
    "ghat-flash-floods": [
        ("xn45-ghat-municipality", "following the torrential rains and floods that hit the city this afternoon"),
        ("xn44-ghat-floods", "Flash floods swept through the southwestern Libyan town of Ghat on Wednesday"),
        ("xn46-fezzan-ghat-families", "Three days after the floods of Wednesday"),
        ("xn65-briefing-august-21", "Flash floods in Ghat kill five"),
        ("xn47-bayda-floods", "less than three weeks after flash floods killed five people in Ghat"),
        ("xn60-year-review", "Floods hit Ghat in August"),
    ],
    "bayda-shahat-floods": [
        ("xn47-bayda-floods", "Torrential rain flooded streets and homes in the eastern Libyan city of al-Bayda and the nearby town of Shahat on Monday"),
        ("xn48-gns-disaster-zone", "following the heavy rains that hit them since the early hours of today, Monday"),
        ("xn49-live-east-floods", "several streets are now under water"),
        ("xn66-briefing-september", "Floods in al-Bayda and Shahat kill three"),
        ("xn60-year-review", "and al-Bayda in September"),
    ],
    "municipal-elections-october": [
        ("xn50-hnec-polls-close", "the third round of municipal council elections held today, Saturday, 14 October 2056"),
        ("xn51-municipal-vote", "voted in municipal elections on Saturday"),
        ("xn52-unsmil-municipal", "the peaceful conduct of municipal council elections in 31 municipalities yesterday"),
        ("xn55-sahel-courts", "less than two weeks after the municipal elections of 14 October"),
    ],
    "supreme-court-strikes-down-constitutional-court-law": [
        ("xn53-supreme-court-ruling", "on Wednesday struck down a law passed by the eastern-based House of Representatives"),
        ("xn54-hor-rejects-ruling", "the ruling issued yesterday, Wednesday, by the Constitutional Chamber of the Supreme Court in Tripoli"),
        ("xn55-sahel-courts", "The ruling handed down on Wednesday by the constitutional chamber of the Supreme Court"),
    ],
    "sirte-unified-budget-signed": [
        ("xn56-sirte-budget", "signed an agreement in Sirte on Monday on a unified budget for 2057"),
        ("xn57-gnu-budget", "signed today, Monday, in the city of Sirte, the agreement on the unified general budget"),
        ("xn58-unsmil-budget", "the agreement signed yesterday in Sirte on a unified budget for 2057"),
        ("xn59-dinar-monitor-budget", "after Monday's budget deal in Sirte"),
        ("xn60-year-review", "the two governments signed a unified budget in Sirte"),
    ],
}


# The twenty-eighth set (NEWEST23_*), written blind on 2026-12-05 by a helper annotator who read no merging
# rule and no libyadesk code, before any code ran on it and before any merging output was read; held out.
# Invented Libya news of the year 2058 (2058 is not a leap year and began on a Tuesday; every weekday below was
# checked against that calendar).  Eighteen events, each told by three to six reports (74 articles, 96
# reports, 213 pairs): a general wire with datelines (Mediterranean News Agency, with a live blog with
# timestamps), an energy wire (Oilfield Wire, with reporting credits) and a finance wire (Maghreb Markets
# Report), translated Arabic outlets with titles and honorifics in full (Tarabulus Post, Sada Barqa, Al-Wahat
# Net, Al-Jabal Gate: "yesterday, Tuesday", "today, Wednesday", "His Excellency", "Her Excellency",
# "Engineer", "Dr.", "Counsellor", "Lieutenant General"), UNSMIL's statements, the IOM's release and
# Sea-Watch's press release in the present tense, an IMF staff statement, Facebook posts with hashtags and view
# counters (the GNU's communication office and its education ministry, the Presidential Council, the Waha Oil
# Company, the Public Prosecution, the High Council of State's and the House of Representatives' media
# offices, the Misrata civil defence, the Brega marketing company, the Sabha municipality, GECOL, the
# elections commission, the NOC, the National Center of Meteorology, the eastern government), three weekly
# briefings and nine monthly digests with dated bullet lines, a year-end review naming events in passing at
# month precision, and Algerian, French, Tunisian, Italian and Maltese outlets in translation or in English,
# with page chrome (bylines, "Read also" links, share lines, photo captions, reader counters).  Wordings vary
# per event ("reopened the Ghadames-Debdeb border crossing" / "the resumption of work at the Ghadames land
# port" / "came back to life"; "named" / "to appoint" / "chose" / "appoints"; "walked off the job" / "the
# work stoppage" / "the sit-in they started on Monday" / "down tools" / "struck"; "more than quadruple the
# price of petrol" / "Decision No. 31 of 2058" / "announced that the price ... would rise" / "By deciding on
# Wednesday to raise"; "the pretrial detention" / "arrested" / "The detention yesterday" / "is detained";
# "ended ... without agreement" / "two days of frank and constructive discussions" / "broke up" / "ends
# without a deal"; "agreed on a mechanism" / "signed ... the 'Ghadames Document'" / "the agreement reached
# yesterday" / "shook hands"; "the cancellation of the Arabic Language exam" / "scrapped" / "the leak";
# "the fire that broke out at dawn" / "tore through" / "the fire that hit two storage tanks" / "Fire
# destroys"; "A large fire broke out this afternoon" / "Fire gutted" / "the fire of yesterday, Thursday" /
# "Blaze guts" / "consumes"; "a total collapse of the public grid" / "Power is out" / "a grid collapse left
# millions ... without power" / "the general blackout"; "the postponement" / "put off" / "to postpone" /
# "shelved"; "shut" / "closed the port" / "blocked the terminal" / "close"; "rescues" / "took on board" /
# "had picked up"; "sank" / "the sinking of a wooden boat" / "sinks"; "recorded ... an earthquake" / "shook
# central Libya" / "struck the Jufra region"; "sentenced" / "issued today, Thursday, its ruling" / "The
# twelve-year sentence handed down" / "gets 12 years"; "the setting of ... as the new date" / "set April 5,
# 2059" / "named a new date"), persons in full, by surname or by post, spellings (Es Sider; al-Jufra / Jufra;
# Ghadames; Garabulli), bodies by acronym, in full and in plain words (NOC / the Corporation, GECOL / the
# General Electricity Company / the state power utility, HNEC / the election commission / the Commission,
# GNU / the Tripoli-based government / Tripoli, HoR / the House / the two chambers / the two Libyan
# assemblies, HCS, UNSMIL, IOM, LNA) and dates of several forms ("on Thursday", "yesterday, Tuesday", "today,
# Sunday", "this morning, Monday", "at dawn today, Monday", "this afternoon", "before dawn on Saturday", "on
# Sunday afternoon", "the night from Sunday to Monday", "Since Thursday", "on May 6", "on 10 September",
# "17 Jan", "Mon 17 Jun", "Thu 15 Aug", "in March", "in April", "in May", "in June", "in July", "in August",
# "in September", "in October", "in November", "at the end of the month", "three days after", "Four days
# earlier", "three months after").
# Hard negatives, which must not merge: (1) workers striking at the Es Sider terminal on Monday 4 March and
# protesters and oil guards shutting the same terminal on Thursday 15 August (the August wire names the March
# strike in its last sentence; the year-end review tells both in two sentences; the September digest's
# untagged reopening of Es Sider stands beside them); (2) the arrest of the former GECOL chairman Mukhtar
# Elbaruni on Tuesday 9 April and his sentencing on Thursday 24 October (the verdict wire names the arrest;
# the year-end review tells both in one sentence); (3) two rounds of HoR-HCS talks in Ghadames, Sunday 5 to
# Monday 6 May and Tuesday 28 to Wednesday 29 May (the second-round wire names the first; the May digest
# tells both in two bullet lines; the year-end review in one sentence); (4) a fire at the Qasr Ahmed fuel
# depot in Misrata on Monday 17 June and a fire in Sabha's al-Jadid market on Thursday 20 June (the Sabha
# wire names the Misrata fire; a weekly briefing and the June digest tell both in two bullet lines); (5) the
# Sea-Watch 7 rescue of 112 people off Sabratha on Friday 6 September and the Garabulli shipwreck on Tuesday
# 10 September (the shipwreck wire names the rescue in its last sentence; the September digest tells both);
# (6) HNEC postponing the 12 October parliamentary election on Wednesday 24 July and setting a new date on
# Tuesday 12 November (the new-date wire names the postponement; the year-end review tells both in one
# sentence); (7) the grid collapse of Sunday 21 July and the postponement three days later (the July digest
# tells both); the grid collapse also named in passing in the Elbaruni verdict wire; (8) the reopening of
# the Ghadames-Debdeb crossing on Thursday 17 January and the talks in the same town in May (the first-round
# wire names the crossing); (9) the GNU's petrol price decision on Wednesday 13 March and the Es Sider strike
# nine days earlier (the March digest and the year-end review tell both); (10) the exam leak on Tuesday 11
# June, a week before the two fires (the June digest tells all three).
# Reports in passing: the crossing in the first-round Ghadames wire, the Es Sider strike in the August
# closure wire, the first Ghadames round in the second-round wire, the Misrata fire in the Sabha wire, the
# rescue in the Garabulli wire, the arrest and the grid collapse in the verdict wire, the postponement in the
# new-date wire, and twelve reports in the year-end review at month precision.  Beside them, untagged: a new
# envoy expected ("Coming up: the UN Secretary-General is expected to name a new envoy"), the fuel plan due,
# the envoy's arrival in Tripoli in March, Greek-Libyan maritime talks in Athens, the Elbaruni audit due, the
# petrol price taking effect on 1 April, a coast guard acquittal in Misrata, the Ghadames talks announced
# for 5 May, a car bomb in Ajdabiya, exams due on 8 June, the Arabic exam re-sat on Saturday 22 June, heat
# and load-shedding warnings, the HoR ratifying the Ghadames Document in July, a Misrata power plant contract,
# the NOC chairman due in Ras Lanuf, Sea-Watch's new ship announced, journalists freed by a court, Es Sider
# reopened in September, the Elbaruni ruling due, the day the postponed vote was due, a new election date
# expected, voter register updates, the national team, and "Read also" links; five articles tell no tagged
# event (a Malta-Tripoli ferry, an IMF staff visit, Greenstream gas flows, a desalination plant in Tobruk, the
# Ghadames tourism festival), and flashbacks name 2011, 2014, 2016, 2018, 2021, 2053, 2055, 2056 and 2057.
NEWEST23_ARTICLES: list[tuple[str, str, str, str]] = [
    # Libya and Algeria reopen the Ghadames-Debdeb crossing on Thursday 17 January 2058.
    ("xo01-ghadames-debdeb-reopens.md", "Mediterranean News Agency", "2058-01-17",
     "GHADAMES, Jan 17 (MNA) - Libya and Algeria reopened the Ghadames-Debdeb border crossing on Thursday, "
     "four years after it was shut in a row over fuel smuggling, and the first lorries loaded with Algerian "
     "cement and fresh vegetables rolled into Libya by mid-afternoon. Prime Minister Adel Elturki of the "
     "Tripoli-based Government of National Unity and Algeria's interior minister Karim Belhadj cut the "
     "ribbon on the Libyan side. The crossing, some 600 km south-west of Tripoli, is the main land link "
     "between western Libya and Algeria's oil-producing south. Merchants in Ghadames said the closure had "
     "cost the oasis town most of its trade.\nReporting by Nour Elhouni; Editing by Claire Dumont"),
    ("xo02-gnu-ghadames-land-port.md", "Government of National Unity - Government Communication Office (Facebook)",
     "2058-01-17",
     "#Government_of_National_Unity | His Excellency the Prime Minister, Mr. Adel Elturki, and the Minister "
     "of Interior of the sister People's Democratic Republic of Algeria, Mr. Karim Belhadj, inaugurated "
     "today, Thursday, the resumption of work at the Ghadames land port with the Debdeb crossing, after a "
     "closure that lasted four years. His Excellency affirmed that the reopening is 'a new page in the "
     "brotherly relations between the two peoples' and an opportunity to revive trade in the south-west. "
     "#Ghadames #Algeria #Libya\n6,218 views"),
    ("xo03-tribune-debdeb.md", "La Tribune d'Alger (translated from French)", "2058-01-18",
     "Debdeb: the border with Libya open again\nAfter four years of closure, the Debdeb border post came "
     "back to life yesterday, in the presence of the Interior Minister Karim Belhadj and the Libyan head of "
     "government. Traders of the wilaya of Illizi hope to resume their exports of dates, cement and "
     "household appliances towards Ghadames. Customs officers expect 150 lorries a day by the spring. In "
     "Debdeb, the cafés stayed open late into the night.\nBy Farid Ould-Ali\n(Photo: the first lorries "
     "at the Debdeb post)\nRead also: In Djanet, tourism awaits its comeback"),
    ("xo04-malta-ferry.md", "Valletta Courier", "2058-01-26",
     "Ferry link to Tripoli to resume in March\nA weekly passenger and car ferry between Valletta and "
     "Tripoli will resume on 5 March after a six-year break, the operator Middle Sea Lines said on Friday. "
     "The crossing will take about 11 hours. The company said bookings had been strong among Libyan "
     "students and families and among Maltese contractors working in western Libya.\nBy Karl Azzopardi\n"
     "Share this article"),
    ("xo05-month-january.md", "Libya Month in Review", "2058-02-01",
     "LIBYA MONTH IN REVIEW — January 2058\nDiplomacy\n- 17 Jan: The Ghadames-Debdeb crossing with Algeria "
     "reopens after four years; the first lorries cross the same afternoon.\n- 29 Jan: The Presidential "
     "Council receives the credentials of a new Egyptian ambassador.\nEconomy\n- 8 Jan: The CBL keeps the "
     "official dinar rate unchanged for the fourth quarter running.\n- 22 Jan: The NOC reports crude "
     "output of 1.47 million bpd for December.\nComing up: the UN Secretary-General is expected to name a "
     "new envoy for Libya in February."),
    # The UN Secretary-General names a new envoy for Libya on Wednesday 13 February.
    ("xo06-un-new-envoy.md", "Mediterranean News Agency", "2058-02-13",
     "UNITED NATIONS, Feb 13 (MNA) - UN Secretary-General Lucía Ferrer on Wednesday named Rafael Quintero "
     "Ortiz, a Colombian diplomat who spent years negotiating with armed groups in his own country, as her "
     "new special representative for Libya, a spokesman said. Quintero, 58, will head the UN Support "
     "Mission in Libya (UNSMIL), replacing Kenya's Joseph Wambua, who stepped down in December after three "
     "years in the post. The Security Council approved the choice in a letter on Tuesday, diplomats said. "
     "Libya has had more than ten UN envoys since 2011."),
    ("xo07-pc-welcomes-envoy.md", "Presidential Council (Facebook)", "2058-02-14",
     "#Presidential_Council | The President of the Presidential Council, His Excellency Mr. Younes "
     "Elmaghrebi, welcomes the decision of the Secretary-General of the United Nations, announced "
     "yesterday, Wednesday, to appoint Mr. Rafael Quintero Ortiz as her Special Representative and Head of "
     "the United Nations Support Mission in Libya, and affirms the Council's readiness to cooperate fully "
     "with him to reach comprehensive elections. #Libya #United_Nations\n3,954 views"),
    ("xo08-tarabulus-quintero.md", "Tarabulus Post (translated from Arabic)", "2058-02-15",
     "Tripoli – Tarabulus Post\nWho is Rafael Quintero, the new UN envoy to Libya?\nThe Colombian diplomat "
     "Rafael Quintero Ortiz, whom the UN Secretary-General chose on Wednesday to succeed Mr. Joseph Wambua, "
     "is little known to Libyans, but he spent two decades negotiating with guerrillas in the mountains of "
     "his country. Political sources told Tarabulus Post that he is expected in Tripoli next month and that "
     "his first visit will be to Benghazi. Observers wonder whether yet another envoy will be needed before "
     "Libyans vote.\n(Photo: Rafael Quintero Ortiz – UN)\nShare: Facebook | X | WhatsApp"),
    ("xo09-month-february.md", "Libya Month in Review", "2058-03-01",
     "LIBYA MONTH IN REVIEW — February 2058\nDiplomacy\n- 13 Feb: The UN Secretary-General appoints "
     "Colombia's Rafael Quintero Ortiz as head of UNSMIL.\n- 20 Feb: Libyan and Maltese coast guards hold a "
     "joint search-and-rescue drill.\nEconomy\n- 6 Feb: The GNU pays January salaries ten days late.\n- 25 "
     "Feb: The HoR budget committee rejects the eastern government's first spending request for 2058.\n"
     "Coming up: the GNU is due to unveil a plan to cut fuel subsidies in March."),
    # Workers strike at the Es Sider oil terminal from Monday 4 March (five days).
    ("xo10-es-sider-walkout.md", "Oilfield Wire", "2058-03-04",
     "BENGHAZI, March 4 (Oilfield Wire) - Workers at Libya's Es Sider oil terminal walked off the job on "
     "Monday, halting exports of about 300,000 barrels per day, in a dispute over wages that have gone "
     "unpaid since November, a workers' representative and a shipping source said. Two tankers due to load "
     "for buyers in Spain and China were waiting offshore. Es Sider, in the central Oil Crescent, ships "
     "crude from fields run by the Waha Oil Company, a joint venture of the National Oil Corporation. The "
     "terminal was the scene of heavy fighting in 2016 and 2018.\nReporting by Yusuf Elkhadar; additional "
     "reporting by Dania Russo in Milan; Editing by Pieter Haas"),
    ("xo11-waha-statement.md", "Waha Oil Company (Facebook)", "2058-03-04",
     "#Waha_Oil | The Waha Oil Company regrets the work stoppage announced this morning, Monday, by a number "
     "of employees of the Es Sider port, which led to the suspension of loading operations, and assures its "
     "employees that the delay in salaries is due to the late release of funds by the Ministry of Finance "
     "and not to the Company. The Company calls on the workers to resume their duties and to give priority "
     "to the higher interest of the nation. #Es_Sider #Libya\n2,871 views"),
    ("xo12-sada-barqa-tankers.md", "Sada Barqa (translated from Arabic)", "2058-03-06",
     "Es Sider – Sada Barqa\nThree tankers remain anchored today, Wednesday, off the port of Es Sider, as "
     "the port workers maintain the sit-in they started on Monday in front of the administration building, "
     "demanding the payment of four months of arrears. The head of the workers' committee, Mr. Abdelkarim "
     "Elfakhri, told Sada Barqa that the workers 'will not load a single barrel before the salaries reach "
     "the banks'. A delegation of the Ministry of Oil is expected in Ras Lanuf tomorrow.\nViews: 3,618\n"
     "Read also: Ajdabiya: maintenance of the Ajdabiya–Jalu road begins"),
    # The GNU decides on Wednesday 13 March to raise the price of petrol from 1 April.
    ("xo13-fuel-price-rise.md", "Maghreb Markets Report", "2058-03-13",
     "TRIPOLI, March 13 (Maghreb Markets Report) - Libya's Tripoli-based government said on Wednesday it "
     "would more than quadruple the price of petrol from April 1, to 0.650 dinars a litre from 0.150 "
     "dinars, in the first serious attempt in decades to cut fuel subsidies that cost the state more than "
     "20 billion dinars a year. Every adult citizen will receive a monthly cash allowance of 120 dinars in "
     "compensation, economy minister Hanan Elshibani said. Diesel prices will rise in a second stage next "
     "year. Libyan petrol has long been among the cheapest in the world, and smugglers move large volumes "
     "to Tunisia, Chad and Malta, according to the central bank.\nBy Omar Triki"),
    ("xo14-gnu-cabinet-fuel.md", "Government of National Unity - Government Communication Office (Facebook)",
     "2058-03-13",
     "#GNU | The Council of Ministers, at its third ordinary meeting of the year held today, Wednesday, under "
     "the chairmanship of His Excellency the Prime Minister, Mr. Adel Elturki, approved Decision No. 31 of "
     "2058 on the reform of fuel subsidies, whereby the price of a litre of gasoline is set at 650 dirhams "
     "as of 1 April 2058, with a monthly cash allowance paid to every citizen who has reached the age of "
     "eighteen. His Excellency stressed that the reform 'will stop the draining of the Libyans' wealth by "
     "smugglers'. #Fuel_Subsidy_Reform #Libya\n14,502 views"),
    ("xo15-wahat-petrol-queues.md", "Al-Wahat Net (translated from Arabic)", "2058-03-14",
     "Misrata – Al-Wahat Net\nLong queues of cars stretched last night in front of petrol stations in "
     "Misrata, Zliten and Khoms, hours after the Government of National Unity announced that the price of a "
     "litre of petrol would rise to 650 dirhams at the beginning of next month. Several stations ran dry "
     "before midnight. Citizens who spoke to Al-Wahat Net were divided: some welcomed the cash allowance, "
     "others fear that the prices of bread and transport will follow. The Misrata Chamber of Commerce called "
     "for 'a gradual application'.\n(Photo: a queue at a petrol station on the coastal road – Al-Wahat Net)"),
    ("xo16-observateur-smuggling.md", "L'Observateur méditerranéen (translated from French)", "2058-03-16",
     "Libyan petrol: the end of the smugglers' golden age?\nIn Ben Gardane, on the Tunisian side of the "
     "border, the jerrycans lined up along the road may soon become rarer. By deciding on Wednesday to raise "
     "the price of petrol more than fourfold, Tripoli is attacking a trade that feeds thousands of families "
     "on both sides of Ras Jedir. 'At 0.650 dinars the margin is still there, but much thinner,' explains a "
     "smuggler. Tunis has not reacted officially.\nBy Hélène Marcadet\nRead also: Djerba, the Libyan summer "
     "in figures"),
    ("xo17-month-march.md", "Libya Month in Review", "2058-04-01",
     "LIBYA MONTH IN REVIEW — March 2058\nOil & energy\n- 4 Mar: Es Sider terminal workers down tools over "
     "four months of unpaid wages; loadings halted for five days.\n- 13 Mar: The GNU decides petrol will "
     "cost 0.650 dinars a litre from 1 April, up from 0.150, with a cash allowance for adults.\nDiplomacy\n"
     "- 11 Mar: New UN envoy Rafael Quintero Ortiz arrives in Tripoli.\n- 27 Mar: Libya and Greece hold a "
     "first round of technical talks on maritime boundaries in Athens.\nComing up: the Public Prosecution "
     "is expected to act on the Audit Bureau's findings on the General Electricity Company."),
    ("xo18-imf-staff-visit.md", "International Monetary Fund", "2058-04-04",
     "IMF Staff Concludes Visit to Libya\nTunis, 4 April 2058 – An International Monetary Fund (IMF) team "
     "led by Ms. Ingeborg Lund held meetings with the Libyan authorities from 25 March to 3 April. At the "
     "end of the visit, Ms. Lund issues the following statement: 'Growth is projected at 4.2 percent in "
     "2058, supported by higher hydrocarbon output. The team welcomes the progress made toward a unified "
     "budget framework and encourages the authorities to strengthen the governance of the Central Bank of "
     "Libya.' The team thanks the authorities for their hospitality and constructive discussions."),
    # Prosecutors detain the former GECOL chairman Mukhtar Elbaruni on Tuesday 9 April; he is sentenced on
    # Thursday 24 October.
    ("xo19-prosecution-gecol.md", "Public Prosecution - Libya (Facebook)", "2058-04-09",
     "#Public_Prosecution | The Investigating Prosecutor ordered today, Tuesday, the pretrial detention of "
     "the former Chairman of the Board of Directors of the General Electricity Company (M. A. E.), after the "
     "investigation established his responsibility for concluding maintenance contracts for the Tripoli "
     "West and Zawiya power stations in violation of the law, at a loss to public funds estimated at 410 "
     "million dinars. The Public Prosecution had received the report of the Audit Bureau in January. "
     "#Public_Prosecution #Libya\n21,340 views"),
    ("xo20-ex-gecol-chief-held.md", "Mediterranean News Agency", "2058-04-09",
     "TRIPOLI, April 9 (MNA) - Libyan prosecutors on Tuesday arrested Mukhtar Elbaruni, who ran the state "
     "power utility GECOL from 2053 to 2056, on suspicion of steering 410 million dinars of maintenance work "
     "to companies owned by relatives, a judicial source said. Elbaruni was taken into custody after six "
     "hours of questioning at the Attorney General's office in Tripoli. His lawyer said the contracts had "
     "been approved by the board and the cabinet. Libya's ageing grid suffers long summer cuts, which "
     "residents blame on corruption and underinvestment."),
    ("xo21-tarabulus-elbaruni.md", "Tarabulus Post (translated from Arabic)", "2058-04-10",
     "Tripoli – Tarabulus Post\nThe detention yesterday, Tuesday, of Engineer Mukhtar Elbaruni, former head "
     "of the General Electricity Company, has sparked wide reactions on social media, where many citizens "
     "recalled the long hours of darkness of the summer of 2055. His family, in a statement sent to "
     "Tarabulus Post, said that Engineer Elbaruni 'is innocent and will prove it before the judiciary'. The "
     "union of the Electricity Company's workers welcomed 'the opening of the files of the past'.\nViews: "
     "8,105\nRead also: Tripoli: the municipality closes the Rashid Street market for renovation"),
    ("xo22-greenstream-gas.md", "Oilfield Wire", "2058-04-12",
     "MILAN, April 12 (Oilfield Wire) - Libyan gas exports to Italy through the Greenstream pipeline rose "
     "to an average of 9.8 million cubic metres a day in the first quarter, the highest since 2021, "
     "according to data from the Italian grid operator. New offshore wells feeding the Mellitah complex "
     "have offset rising demand for gas at Libyan power stations, traders said.\nReporting by Dania Russo; "
     "Editing by Pieter Haas"),
    ("xo23-month-april.md", "Libya Month in Review", "2058-05-01",
     "LIBYA MONTH IN REVIEW — April 2058\nJustice\n- 9 Apr: Former GECOL chairman Mukhtar Elbaruni is "
     "detained over 410m dinars of power-station maintenance contracts.\n- 23 Apr: A Misrata court acquits "
     "four coast guard officers accused of people smuggling.\nEconomy\n- 1 Apr: Petrol goes up to 0.650 "
     "dinars a litre as the subsidy reform takes effect; the first cash allowances are paid on 15 April.\n"
     "- 18 Apr: The CBL and the IMF agree on a data-sharing framework.\nComing up: the HoR and the HCS are "
     "to send delegations to Ghadames for UN-hosted talks on 5 May."),
    # First round of HoR-HCS talks in Ghadames, Sunday 5 to Monday 6 May; second round, Tuesday 28 to
    # Wednesday 29 May.
    ("xo24-hcs-ghadames-opens.md", "High Council of State - Media Office (Facebook)", "2058-05-05",
     "#High_Council_of_State | The delegation of the High Council of State, headed by Mr. Nabil Elkut, began "
     "today, Sunday, in the city of Ghadames, the consultative meetings with the delegation of the House of "
     "Representatives under the auspices of the United Nations Support Mission in Libya, on the outstanding "
     "points of the electoral laws. The President of the Council, Mr. Tarek Elsweihli, wished the delegation "
     "success in 'bringing the country out of the state of division'. #HCS #Ghadames\n4,006 views"),
    ("xo25-ghadames-talks-no-deal.md", "Mediterranean News Agency", "2058-05-06",
     "GHADAMES, May 6 (MNA) - Two days of UN-hosted talks between delegations of Libya's rival legislatures "
     "ended in the desert town of Ghadames on Monday without agreement, with the two sides still split over "
     "whether military officers and dual nationals may run for president, participants said. UN envoy "
     "Rafael Quintero Ortiz said the delegations would meet again 'within weeks'. The talks were the first "
     "direct contact between the House of Representatives and the High Council of State since October. "
     "Ghadames, whose border crossing with Algeria reopened in January after four years, was chosen as "
     "neutral ground between east and west."),
    ("xo26-unsmil-ghadames-first.md", "UNSMIL", "2058-05-06",
     "UNSMIL statement at the close of the first Ghadames session\nGHADAMES, 6 May 2058 – The United Nations "
     "Support Mission in Libya thanks the delegations of the House of Representatives and the High Council "
     "of State for two days of frank and constructive discussions in Ghadames. Progress is made on the "
     "distribution of seats and on the timeline, while differences remain on the eligibility criteria for "
     "presidential candidates. The Special Representative of the Secretary-General, Rafael Quintero Ortiz, "
     "invites both delegations to a second session later this month and thanks the people of Ghadames for "
     "their hospitality."),
    ("xo27-ghadames-deal.md", "Mediterranean News Agency", "2058-05-29",
     "GHADAMES, May 29 (MNA) - Libya's rival legislatures agreed on Wednesday on a mechanism for forming a "
     "single interim government to lead the country to elections, at the close of a second round of "
     "UN-mediated talks in the oasis town of Ghadames. Under the deal, the House of Representatives will "
     "pick a prime minister from a list endorsed by the High Council of State, and the new cabinet will "
     "replace both the Tripoli and the eastern governments. A first round in Ghadames broke up on May 6 "
     "without agreement on who may run for president; that issue was left for later. UN envoy Rafael "
     "Quintero Ortiz called the agreement 'a door, not yet a house'."),
    ("xo28-hor-ghadames-document.md", "House of Representatives - Media Office (Facebook)", "2058-05-29",
     "#House_of_Representatives | The delegations of the House of Representatives and the High Council of "
     "State signed today, Wednesday, in the city of Ghadames, the 'Ghadames Document' on the mechanism for "
     "forming a unified government, at the conclusion of the second round of consultations. His Excellency "
     "Counsellor Juma Elgadi, Speaker of the House of Representatives, called on the members to attend a "
     "session next week to ratify the Document. #HoR #Ghadames #Libya\n9,870 views"),
    ("xo29-unsmil-ghadames-agreement.md", "UNSMIL", "2058-05-30",
     "UNSMIL welcomes the Ghadames agreement\nTRIPOLI, 30 May 2058 – The United Nations Support Mission in "
     "Libya welcomes the agreement reached yesterday in Ghadames by the delegations of the House of "
     "Representatives and the High Council of State on a mechanism to form a unified government. The "
     "Mission urges both chambers to endorse the text without delay and calls on all institutions and "
     "security actors to refrain from any step that could undermine it. UNSMIL stands ready to provide "
     "technical support for its implementation."),
    ("xo30-observateur-ghadames.md", "L'Observateur méditerranéen (translated from French)", "2058-05-31",
     "Libya: in Ghadames, a compromise that leaves the essential aside\nThe two Libyan assemblies shook "
     "hands on Wednesday in Ghadames, the 'pearl of the desert', on a procedure for appointing a single "
     "government. It is a first since 2021. But the text sidesteps the question that has blocked every "
     "electoral law for years: may a general or a dual national run for the presidency? 'They agreed on the "
     "method, not on the destination,' sums up a Western diplomat in Tunis.\nBy Hélène Marcadet"),
    ("xo31-month-may.md", "Libya Month in Review", "2058-06-01",
     "LIBYA MONTH IN REVIEW — May 2058\nPolitics\n- 5–6 May: First round of HoR–HCS talks in Ghadames ends "
     "without a deal on candidacy rules.\n- 28–29 May: Second Ghadames round: the two chambers agree on a "
     "mechanism for a unified government.\nSecurity\n- 14 May: A car bomb outside a police station in "
     "Ajdabiya injures three.\n- 21 May: The Libyan Coast Guard receives two patrol boats from Italy.\n"
     "Coming up: secondary certificate exams begin on 8 June."),
    # The Arabic paper of the secondary certificate leaks and is cancelled on Tuesday 11 June.
    ("xo32-education-exam-cancelled.md", "Ministry of Education - Government of National Unity (Facebook)",
     "2058-06-11",
     "#Ministry_of_Education | Important announcement | The Ministry of Education announces the cancellation "
     "of the Arabic Language exam for the Secondary Education Certificate (scientific and literary sections) "
     "held today, Tuesday, after it was established that its questions circulated on social media pages "
     "before the start of the exam. The exam will be held again on Saturday, 22 June 2058. Her Excellency "
     "the Minister, Dr. Siham Elmaghur, has referred the matter to the Public Prosecution. "
     "#Secondary_Certificate #Libya\n48,223 views"),
    ("xo33-exam-leak.md", "Mediterranean News Agency", "2058-06-11",
     "TRIPOLI, June 11 (MNA) - Libya's education ministry scrapped a nationwide secondary-school exam on "
     "Tuesday after the questions appeared on social media an hour before students sat down, forcing about "
     "140,000 pupils to take it again later this month. Photos of the Arabic paper were shared in Telegram "
     "groups from around 7 a.m., students said. The ministry, which runs schools in both the west and the "
     "east under a 2056 arrangement, said it had asked prosecutors to investigate. Leaks have disrupted "
     "Libyan school exams several times in recent years."),
    ("xo34-jabal-gate-students.md", "Al-Jabal Gate (translated from Arabic)", "2058-06-12",
     "Gharyan – Al-Jabal Gate\nStudents in Gharyan, Yefren and Nalut expressed their frustration today, "
     "Wednesday, after the leak yesterday of the Arabic language exam questions, which led the Ministry of "
     "Education to cancel the exam across the country. 'We studied all year, and now we pay for the "
     "mistakes of others,' a student at the Gharyan Secondary School for Girls told Al-Jabal Gate. Parents "
     "demanded that those responsible be held to account and that exam papers be printed under military "
     "guard.\nRead also: Nalut: the old ksar hosts a heritage week"),
    # A fire at the Qasr Ahmed fuel depot in Misrata on Monday 17 June; a fire in Sabha's al-Jadid market on
    # Thursday 20 June.
    ("xo35-misrata-civil-defence.md", "Civil Defence - Misrata (Facebook)", "2058-06-17",
     "#Civil_Defence_Misrata | Our teams, supported by the firefighting units of the Misrata Free Zone and "
     "the Misrata Iron and Steel Company, are still working to contain the fire that broke out at dawn "
     "today, Monday, at the Qasr Ahmed fuel depot. Two petrol tanks are burning and the cooling of the "
     "neighbouring tanks continues. We ask citizens to keep away from the port area and not to gather near "
     "the site. #Misrata #Libya\n06:40"),
    ("xo36-misrata-depot-blaze.md", "Mediterranean News Agency", "2058-06-17",
     "MISRATA, June 17 (MNA) - A fire tore through a fuel storage depot at the port of Misrata on Monday, "
     "destroying two tanks of petrol and sending a column of black smoke over the city, the civil defence "
     "said. Two workers were treated for burns. Firefighters from the free zone and the steelworks brought "
     "the blaze under control by early afternoon. The depot, run by the Brega Petroleum Marketing Company, "
     "supplies much of central Libya; officials said petrol stations would not run short. The cause was "
     "under investigation."),
    ("xo37-brega-qasr-ahmed.md", "Brega Petroleum Marketing Company (Facebook)", "2058-06-18",
     "#Brega_Company | The Brega Petroleum Marketing Company reassures citizens that fuel supplies to the "
     "stations of Misrata and the central region continue as normal, after the fire that hit two storage "
     "tanks at the Qasr Ahmed depot yesterday, Monday, was completely extinguished. A technical committee "
     "has been formed to determine the causes of the incident and assess the damage, and supplies will be "
     "reinforced from the Khoms depot. #Brega #Misrata\n5,331 views"),
    ("xo38-sabha-municipality-fire.md", "Sabha Municipality (Facebook)", "2058-06-20",
     "#Sabha_Municipality | Urgent | A large fire broke out this afternoon in the al-Jadid market in the "
     "centre of Sabha, and the Civil Defence teams are trying to put it out with the help of water tankers "
     "from the Great Man-Made River Company. The Mayor of Sabha, Mr. Issa Elhasnawi, asks citizens to let "
     "the fire engines through and to keep away from the market. #Sabha #Fezzan\n11,470 views"),
    ("xo39-sabha-market-gutted.md", "Mediterranean News Agency", "2058-06-20",
     "SABHA, June 20 (MNA) - Fire gutted much of the main market in the southern Libyan city of Sabha on "
     "Thursday, burning hundreds of shops selling clothes, electronics and food, a municipal official said. "
     "Seven people were treated for smoke inhalation; no deaths were reported. Traders blamed an electrical "
     "fault in an overloaded cable. It was the second big blaze in Libya this week, three days after a fire "
     "destroyed two petrol tanks at a fuel depot in Misrata."),
    ("xo40-wahat-sabha-traders.md", "Al-Wahat Net (translated from Arabic)", "2058-06-21",
     "Sabha – Al-Wahat Net\nThe traders of the al-Jadid market in Sabha spent today, Friday, pulling what "
     "remained of their goods from the ashes, a day after the fire of yesterday, Thursday, which consumed "
     "about 400 shops. The trader Mr. Hamed Elsheikh said that he lost goods worth 250,000 dinars 'and no "
     "one will compensate us'. The municipality announced a committee to count the damage, while the "
     "Government of National Unity promised compensation to those affected.\n(Photo: the burnt shops of "
     "the al-Jadid market – Al-Wahat Net)\nShare: Facebook | X | WhatsApp"),
    ("xo41-week-june-17.md", "Libya Week", "2058-06-24",
     "LIBYA WEEK | 17–23 June 2058\n- Mon 17 Jun: Fire destroys two petrol tanks at the Qasr Ahmed depot in "
     "Misrata; two workers hurt.\n- Thu 20 Jun: Blaze guts Sabha's al-Jadid market; about 400 shops burned.\n"
     "- Sat 22 Jun: Secondary students re-sit the Arabic exam without incident.\n- Sun 23 Jun: Al-Nasr "
     "Benghazi win the Libyan Cup final.\nThis week: the GNU is to present its summer electricity plan."),
    ("xo42-month-june.md", "Libya Month in Review", "2058-07-01",
     "LIBYA MONTH IN REVIEW — June 2058\nSociety\n- 11 Jun: The Arabic paper of the secondary certificate "
     "leaks online; the exam is cancelled nationwide and held again on 22 June.\n- 20 Jun: A fire consumes "
     "some 400 shops in Sabha's main market.\nEnergy\n- 17 Jun: Two petrol tanks burn at the Brega "
     "company's depot in Misrata.\n- 27 Jun: Temperatures reach 46°C in Ghadames; GECOL warns of "
     "load-shedding.\nComing up: HNEC is to confirm in July whether the 12 October parliamentary vote can "
     "go ahead."),
    # The grid collapses in the west and south on Sunday 21 July.
    ("xo43-gecol-grid-collapse.md", "General Electricity Company of Libya (Facebook)", "2058-07-21",
     "#GECOL | The General Electricity Company announces that a total collapse of the public grid occurred "
     "at 14:20 today, Sunday, affecting the western and southern regions, as a result of the tripping of the "
     "Tripoli West and Zawiya power stations under an unprecedented load caused by the heatwave. Company "
     "teams have begun restoring power gradually, starting with hospitals and water pumping stations. We "
     "apologise to our dear citizens. #GECOL #Libya\n31,208 views"),
    ("xo44-live-blackout.md", "Mediterranean News Agency (live blog)", "2058-07-21",
     "LIVE: Power cut across western Libya\n14:31 Power is out across Tripoli, Zawiya and Gharyan, our "
     "reporters say; traffic lights are dark on the airport road.\n14:58 GECOL confirms a 'total collapse' "
     "of the grid in the west and south.\n16:12 Mitiga airport is running on generators; two flights "
     "delayed.\n18:40 Tunisia's grid operator says it is ready to send emergency power through the "
     "cross-border line.\n21:05 Lights back in parts of central Tripoli and at the Tripoli Medical Centre.\n"
     "23:30 We are closing this blog for the night.\nRefresh for updates | 12,440 readers"),
    ("xo45-power-restored.md", "Mediterranean News Agency", "2058-07-22",
     "TRIPOLI, July 22 (MNA) - Electricity returned to most of Tripoli and the western coast on Monday, a "
     "day after a grid collapse left millions of Libyans without power for up to 20 hours in temperatures "
     "above 45 degrees Celsius. The General Electricity Company said two large plants had tripped under "
     "record demand on Sunday afternoon, bringing down the network across the west and the south. Some "
     "southern towns, including Sabha and Ubari, were still dark on Monday evening. Tunisia supplied "
     "emergency power overnight."),
    ("xo46-courrier-steg.md", "Le Courrier de Tunis (translated from French)", "2058-07-23",
     "STEG comes to Libya's rescue\nThe Tunisian Company of Electricity and Gas (STEG) supplied up to 300 "
     "megawatts to western Libya during the night from Sunday to Monday, after the general blackout that hit "
     "our neighbour on Sunday afternoon, the company said yesterday. The interconnection line between "
     "Médenine and Abu Kammash was used at full capacity for the first time since it was commissioned. "
     "Libyan families on holiday in Djerba said they had postponed their return.\nBy Anis Ghorbel\n"
     "Read also: Ras Jedir: travellers wait five hours in the heat"),
    # HNEC postpones the parliamentary election of Saturday 12 October on Wednesday 24 July; it sets a new
    # date on Tuesday 12 November.
    ("xo47-hnec-postpones.md", "High National Elections Commission (Facebook)", "2058-07-24",
     "#HNEC | The Board of Commissioners of the High National Elections Commission announces the "
     "postponement of the election of the House of Representatives, which had been scheduled for Saturday, "
     "12 October 2058, owing to the failure to allocate the elections budget and to the security reports "
     "received on a number of constituencies in the south. The Commission will announce the new date once "
     "the technical and financial requirements are met. The Chairman of the Board, Mr. Sami Elkabti, "
     "affirms that the voter registers remain valid. #HNEC #Elections_2058\n27,615 views"),
    ("xo48-election-delayed.md", "Mediterranean News Agency", "2058-07-24",
     "TRIPOLI, July 24 (MNA) - Libya's election commission on Wednesday put off parliamentary elections that "
     "had been set for October 12, blaming the rival governments' failure to fund the vote and threats to "
     "polling stations in the south, in the latest setback to efforts to reunite the country. The "
     "commission gave no new date. The vote would have been the first national election since 2014. Since "
     "then, every attempt to hold a national ballot has foundered on disputes over who may stand."),
    ("xo49-unsmil-postponement.md", "UNSMIL", "2058-07-25",
     "UNSMIL statement on the postponement of the legislative elections\nTRIPOLI, 25 July 2058 – The United "
     "Nations Support Mission in Libya takes note with deep regret of the decision by the High National "
     "Elections Commission, announced yesterday, to postpone the parliamentary elections planned for 12 "
     "October. The Mission commends the Commission's professionalism and places responsibility squarely on "
     "those who have withheld the electoral budget. UNSMIL calls on the House of Representatives and the "
     "Government to release the funds immediately so that a new date can be set without delay."),
    ("xo50-month-july.md", "Libya Month in Review", "2058-08-01",
     "LIBYA MONTH IN REVIEW — July 2058\nPolitics\n- 9 Jul: The HoR ratifies the Ghadames Document.\n- 24 "
     "Jul: HNEC postpones the 12 October parliamentary election, citing lack of funds and insecurity.\n"
     "Energy\n- 21 Jul: A grid collapse blacks out the west and south for up to 20 hours; Tunisia sends "
     "emergency power.\n- 30 Jul: GECOL signs a contract for a 650 MW plant in Misrata.\nComing up: voter "
     "registration for Libyans abroad is suspended until further notice."),
    ("xo51-gns-tobruk-desalination.md", "Government of National Stability (Facebook)", "2058-08-05",
     "#Libyan_Government | His Excellency the Prime Minister, Dr. Mansour Elawami, inaugurated today, Monday, "
     "the Tobruk seawater desalination plant, with a capacity of 40,000 cubic metres a day, built by the "
     "Libya Development and Reconstruction Fund. His Excellency affirmed that the plant will end the "
     "water shortages that the city suffers every summer. #Tobruk #Libya\n4,882 views"),
    # Protesters and oil guards shut the Es Sider terminal on Thursday 15 August.
    ("xo52-es-sider-closed.md", "Oilfield Wire", "2058-08-15",
     "BENGHAZI, Aug 15 (Oilfield Wire) - Guards and protesters shut Libya's Es Sider oil terminal on "
     "Thursday, halting loadings and forcing at least one tanker to turn away, two port sources said, in a "
     "protest demanding the dismissal of the National Oil Corporation's chairman and a share of oil revenue "
     "for the towns of the Oil Crescent. Members of the Petroleum Facilities Guard's central branch joined "
     "the protesters at the gates, the sources said. The Libyan National Army's General Command, led by "
     "Saddam Haftar, said it had not ordered the closure. It is the second stoppage at Es Sider this year: "
     "in March, terminal workers struck for five days over unpaid wages.\nReporting by Yusuf Elkhadar; "
     "Editing by Pieter Haas"),
    ("xo53-noc-force-majeure-es-sider.md", "National Oil Corporation (Facebook)", "2058-08-16",
     "#NOC | The National Oil Corporation declares force majeure on all loadings from the port of Es Sider "
     "as of today, Friday, after a group of protesters, joined by members of the Petroleum Facilities Guard, "
     "closed the port yesterday, Thursday, and prevented the tanker 'Marina Grace' from berthing. The "
     "Chairman of the Board of Directors, Engineer Hussein Elmahdawi, warns that the closure costs the "
     "Libyan people about 25 million dollars a day, and demands that the Public Prosecution pursue "
     "everyone involved. #NOC #Es_Sider\n16,093 views"),
    ("xo54-faro-augusta.md", "Il Faro del Sud (translated from Italian)", "2058-08-17",
     "Libyan crude, the Augusta refinery looks elsewhere\nThe tanker Marina Grace, which was to load 700,000 "
     "barrels at Es Sider for the Augusta refinery, set course yesterday for the Algerian port of Arzew. "
     "Since Thursday, when protesters and oil guards blocked the terminal in Libya's Oil Crescent, no ship "
     "has been able to berth. Sicilian refiners buy about a third of their crude from Libya. 'We have "
     "alternatives, but they cost more,' a trader in Milan tells us.\nBy Marco Terrasini\nRead also: "
     "Lampedusa, the hotspot at three times its capacity"),
    ("xo55-week-august-12.md", "Libya Week", "2058-08-19",
     "LIBYA WEEK | 12–18 August 2058\n- Tue 13 Aug: The Audit Bureau publishes its 2057 report; spending on "
     "fuel imports up 18%.\n- Thu 15 Aug: Protesters and oil guards close the Es Sider terminal; the NOC "
     "declares force majeure the next day.\n- Sat 17 Aug: Sea-Watch says its new ship will start operating "
     "in the central Mediterranean in September.\n- Sun 18 Aug: A Tripoli court frees two journalists held "
     "since June.\nThis week: the NOC chairman is due in Ras Lanuf for talks on reopening Es Sider."),
    # Sea-Watch 7 rescues 112 people off Sabratha on Friday 6 September; a boat sinks off Garabulli on
    # Tuesday 10 September.
    ("xo56-sea-watch-rescue.md", "Sea-Watch", "2058-09-06",
     "PRESS RELEASE\nBerlin, 6 September 2058\nSea-Watch 7 rescues 112 people on its first mission\nOn its "
     "first mission, the Sea-Watch 7 rescues 112 people from an overcrowded rubber boat in international "
     "waters 38 nautical miles north of Sabratha, Libya. Among them are 19 unaccompanied minors and four "
     "women, one of them pregnant. Alarm Phone alerted the authorities to the boat in distress in the early "
     "morning; a Libyan Coast Guard patrol boat arrives after the rescue is completed and leaves without "
     "incident. Sea-Watch requests a place of safety from the Italian authorities.\nPress contact: +49 30 "
     "0000 0001"),
    ("xo57-faro-ancona.md", "Il Faro del Sud (translated from Italian)", "2058-09-08",
     "Sea-Watch 7 sent to Ancona, four days' sailing away\nThe Viminale has assigned the port of Ancona to "
     "the German NGO ship Sea-Watch 7, which on Friday took on board 112 migrants off the Libyan coast. For "
     "the organisation it is 'a punishment': the ship will need at least four days to reach the Marche, "
     "with 19 minors on board. The interior ministry replies that the Sicilian hotspots are full.\nBy Marco "
     "Terrasini"),
    ("xo58-garabulli-sinking.md", "Mediterranean News Agency", "2058-09-10",
     "TRIPOLI, Sept 10 (MNA) - At least 34 migrants died when their wooden boat sank off Garabulli, about "
     "50 km east of Tripoli, on Tuesday shortly after leaving the shore, the Libyan Red Crescent said. Nine "
     "people, most of them from Sudan and Eritrea, were pulled alive from the water by fishermen and the "
     "Libyan Coast Guard. The Red Crescent had recovered 34 bodies by evening. Departures from the coast "
     "east of Tripoli have risen this year as patrols tightened further west. Four days earlier, the German "
     "charity Sea-Watch had picked up 112 people from a rubber boat off Sabratha."),
    ("xo59-iom-garabulli.md", "International Organization for Migration", "2058-09-11",
     "IOM mourns 34 migrants lost off Garabulli\nTripoli, 11 September 2058 – The International "
     "Organization for Migration (IOM) mourns the deaths of at least 34 migrants in the sinking of a wooden "
     "boat off Garabulli, east of Tripoli, on 10 September. According to survivors interviewed by IOM staff "
     "at the disembarkation point, around 45 people were on board; nine survive. IOM provides the survivors "
     "with medical assistance, food and psychosocial support. Since January, more than 1,100 people have "
     "died or gone missing on the Central Mediterranean route. IOM repeats its call for a state-led search "
     "and rescue mechanism."),
    ("xo60-tarabulus-garabulli.md", "Tarabulus Post (translated from Arabic)", "2058-09-11",
     "Garabulli – Tarabulus Post\nThe people of Garabulli buried today, Wednesday, in the city's cemetery, "
     "a number of the victims of the sinking of the boat yesterday, Tuesday, off the coast of the city, "
     "while the remaining bodies were transferred to the morgue of the Tripoli Central Hospital for "
     "identification. The head of the Garabulli Municipal Council, Mr. Milad Elfitouri, called for 'a firm "
     "stance against the smuggling networks that use our beaches'.\nViews: 6,744"),
    # An earthquake of magnitude 5.3 hits al-Jufra before dawn on Saturday 28 September.
    ("xo61-ncm-earthquake.md", "National Center of Meteorology (Facebook)", "2058-09-28",
     "#National_Center_of_Meteorology | The Seismic Monitoring Network recorded at 03:17 local time this "
     "morning, Saturday, an earthquake of magnitude 5.3 on the Richter scale, centred 12 km south-west of the "
     "city of Hun, at a depth of 10 km. The tremor was felt in Waddan, Sokna, Sirte and Bani Walid. Two "
     "aftershocks of magnitude 3.1 and 3.4 followed. Citizens are asked to stay away from cracked buildings. "
     "#Jufra #Earthquake\n19,877 views"),
    ("xo62-hun-earthquake.md", "Mediterranean News Agency", "2058-09-28",
     "HUN, Sept 28 (MNA) - An earthquake of magnitude 5.3 shook central Libya before dawn on Saturday, "
     "killing two people in the town of Hun and damaging dozens of old mud-brick houses in the al-Jufra "
     "district, local officials said. A woman and her son died when the roof of their home collapsed. The "
     "quake was felt as far away as Sirte on the coast. Al-Jufra, controlled by the eastern-based Libyan "
     "National Army, hosts an air base long used by Russian forces. Earthquakes of this strength are rare "
     "in Libya."),
    ("xo63-sada-barqa-hun.md", "Sada Barqa (translated from Arabic)", "2058-09-29",
     "Hun – Sada Barqa\nThe Libya Development and Reconstruction Fund, headed by Mr. Belgacem Haftar, sent "
     "today, Sunday, a convoy of 60 tents, generators and a team of structural engineers to the city of "
     "Hun, a day after the earthquake that struck the Jufra region at dawn yesterday, Saturday. The "
     "engineers began inspecting the schools before the start of the school year. His Excellency "
     "Lieutenant General Khaled Haftar, Chief of the General Staff, had visited the injured in the Hun "
     "hospital yesterday evening.\nViews: 7,262\nRead also: Sokna: the date harvest begins despite the "
     "drought"),
    ("xo64-month-september.md", "Libya Month in Review", "2058-10-01",
     "LIBYA MONTH IN REVIEW — September 2058\nMigration\n- 6 Sep: Sea-Watch 7 rescues 112 people off "
     "Sabratha on its first mission; Italy assigns Ancona.\n- 10 Sep: A boat sinks off Garabulli; 34 dead, "
     "nine survivors.\nNatural hazards\n- 28 Sep: A magnitude-5.3 earthquake hits al-Jufra; two killed in "
     "Hun.\nEconomy\n- 16 Sep: Es Sider reopens after the NOC agrees to review hiring in the Oil Crescent.\n"
     "Coming up: a Tripoli court is due to rule on the Elbaruni case in October."),
    ("xo65-ghadames-festival.md", "Al-Wahat Net (translated from Arabic)", "2058-10-19",
     "Ghadames – Al-Wahat Net\nThe Ghadames International Tourism Festival opened today, Saturday, in the "
     "old city, with Tuareg music, horse shows and a market of traditional crafts, in the presence of "
     "visitors from Algeria, Tunisia and Italy. The head of the organising committee, Mr. Othman Elghadamsi, "
     "said that the hotels of the town were fully booked for the three days of the festival.\n(Photo: the "
     "covered alleys of old Ghadames – Al-Wahat Net)"),
    ("xo66-elbaruni-sentenced.md", "Mediterranean News Agency", "2058-10-24",
     "TRIPOLI, Oct 24 (MNA) - A Tripoli court on Thursday sentenced Mukhtar Elbaruni, a former head of "
     "Libya's state electricity company, to 12 years in prison for squandering public money on inflated "
     "power-station maintenance contracts, and ordered him to repay 410 million dinars. Two former GECOL "
     "managers received five-year terms; a third was acquitted. Elbaruni was detained in April after a "
     "report by the Audit Bureau. The verdict came three months after a grid collapse left most of western "
     "Libya without power for a day in the middle of a heatwave. His lawyer said he would appeal to the "
     "Supreme Court."),
    ("xo67-prosecution-verdict.md", "Public Prosecution - Libya (Facebook)", "2058-10-24",
     "#Public_Prosecution | The Criminal Chamber of the Tripoli Court of Appeal issued today, Thursday, its "
     "ruling in the case of the maintenance contracts of the General Electricity Company, sentencing the "
     "first defendant (M. A. E.), former Chairman of the Board of Directors, to twelve years' imprisonment, "
     "depriving him of his civil rights and obliging him to return 410 million dinars to the public "
     "treasury, and sentencing the second and third defendants to five years' imprisonment. "
     "#Public_Prosecution #Libya\n17,566 views"),
    ("xo68-tarabulus-verdict.md", "Tarabulus Post (translated from Arabic)", "2058-10-25",
     "Tripoli – Tarabulus Post\nThe twelve-year sentence handed down yesterday, Thursday, to Engineer "
     "Mukhtar Elbaruni continues to provoke debate. His defence team told Tarabulus Post that it will appeal "
     "before the Supreme Court, describing the trial as 'political'. For his part, the Minister of Justice, "
     "Mr. Fathi Elgriu, said the verdict 'sends a clear message that no one is above the law'.\n(Photo: the "
     "Tripoli Court of Appeal building)\nShare: Facebook | X | WhatsApp"),
    ("xo69-month-october.md", "Libya Month in Review", "2058-11-01",
     "LIBYA MONTH IN REVIEW — October 2058\nJustice\n- 24 Oct: Former GECOL chief Mukhtar Elbaruni gets 12 "
     "years for the maintenance contracts; two co-defendants get five.\n- 8 Oct: The Supreme Court rejects "
     "an appeal against the 2057 budget law.\nPolitics\n- 12 Oct: The day the parliamentary vote was due "
     "passes quietly; a small protest in Tripoli's Martyrs' Square.\nCulture\n- 19 Oct: The Ghadames "
     "tourism festival opens with record foreign attendance.\nComing up: HNEC is expected to propose a new "
     "election date in November."),
    ("xo70-hnec-new-date.md", "High National Elections Commission (Facebook)", "2058-11-12",
     "#HNEC | The High National Elections Commission announces, in agreement with the House of "
     "Representatives and the High Council of State, the setting of Saturday, 5 April 2059 as the new date "
     "for the election of the House of Representatives, after the Ministry of Finance transferred the first "
     "tranche of the elections budget. The updating of the voter register will open on 5 January 2059. "
     "#HNEC #Your_Voice_Decides\n22,904 views"),
    ("xo71-new-election-date.md", "Mediterranean News Agency", "2058-11-12",
     "TRIPOLI, Nov 12 (MNA) - Libya's election commission on Tuesday set April 5, 2059 as the new date for "
     "parliamentary elections, after the finance ministry released the first part of the money needed to "
     "organise the vote. The commission had put off the ballot in July, less than three months before it "
     "was due to be held, citing a lack of funds and threats in the south. HNEC chairman Sami Elkabti told "
     "reporters that 2.9 million voters were registered. UN envoy Rafael Quintero Ortiz welcomed the "
     "announcement."),
    ("xo72-wahat-election-date.md", "Al-Wahat Net (translated from Arabic)", "2058-11-13",
     "Tripoli – Al-Wahat Net\nPolitical parties and activists received with cautious optimism the "
     "announcement by the High National Elections Commission yesterday, Tuesday, of a new date for the "
     "parliamentary elections in April next year. The head of the National Front party, Mr. Salah Eddin "
     "Elzawi, told Al-Wahat Net that 'the date is not the problem; the problem is the will'. Candidates who "
     "had registered for the October elections will not need to submit their files again, the Commission "
     "said.\nRead also: Misrata: the contract for the new power station signed"),
    ("xo73-week-november-11.md", "Libya Week", "2058-11-18",
     "LIBYA WEEK | 11–17 November 2058\n- Tue 12 Nov: HNEC sets 5 April 2059 for the parliamentary vote.\n"
     "- Wed 13 Nov: The CBL publishes its first unified balance sheet since 2014.\n- Fri 15 Nov: Benghazi "
     "hosts the Libya Energy Forum; the NOC says output hit 1.6m bpd in October.\n- Sun 17 Nov: The "
     "national team beat Tunisia 2-1 in an Africa Cup qualifier.\nThis week: UN envoy Rafael Quintero Ortiz "
     "briefs the Security Council."),
    # The year in review.
    ("xo74-year-review.md", "Sahara & Sea Risk Letter", "2058-12-03",
     "Libya in 2058: talking in Ghadames, waiting for the ballot\nBy Meriem Chaabani\nThe year opened with "
     "fuel and closed with a date. In March Es Sider's workers struck for their wages, and the Tripoli "
     "government raised petrol prices for the first time in a generation. April brought the arrest of "
     "Mukhtar Elbaruni, the former power company chief, who was sentenced to twelve years in October. In "
     "May the two chambers met twice in Ghadames: the first round broke up without a deal, the second "
     "agreed on how to form a single government. A fire gutted Sabha's market in June. In July the election "
     "commission shelved the October vote; in November it named a new date for April 2059. Protesters shut "
     "Es Sider again in August, this time for a month. In September a boat sank off Garabulli with 34 dead, "
     "and an earthquake shook al-Jufra at the end of the month. Whether the government promised in Ghadames "
     "will exist by the spring is anyone's guess."),
]

NEWEST23_EVENTS: dict[str, list[tuple[str, str]]] = {
    "ghadames-debdeb-crossing-reopens": [
        ("xo01-ghadames-debdeb-reopens", "Libya and Algeria reopened the Ghadames-Debdeb border crossing on Thursday"),
        ("xo02-gnu-ghadames-land-port", "inaugurated today, Thursday, the resumption of work at the Ghadames land port with the Debdeb crossing"),
        ("xo03-tribune-debdeb", "the Debdeb border post came back to life yesterday"),
        ("xo05-month-january", "The Ghadames-Debdeb crossing with Algeria reopens after four years"),
        ("xo25-ghadames-talks-no-deal", "whose border crossing with Algeria reopened in January after four years"),
    ],
    "new-un-envoy-appointed": [
        ("xo06-un-new-envoy", "UN Secretary-General Lucía Ferrer on Wednesday named Rafael Quintero Ortiz"),
        ("xo07-pc-welcomes-envoy", "announced yesterday, Wednesday, to appoint Mr. Rafael Quintero Ortiz as her Special Representative"),
        ("xo08-tarabulus-quintero", "whom the UN Secretary-General chose on Wednesday to succeed Mr. Joseph Wambua"),
        ("xo09-month-february", "The UN Secretary-General appoints Colombia's Rafael Quintero Ortiz as head of UNSMIL"),
    ],
    "es-sider-workers-strike-march": [
        ("xo10-es-sider-walkout", "Workers at Libya's Es Sider oil terminal walked off the job on Monday"),
        ("xo11-waha-statement", "regrets the work stoppage announced this morning, Monday, by a number of employees of the Es Sider port"),
        ("xo12-sada-barqa-tankers", "the port workers maintain the sit-in they started on Monday in front of the administration building"),
        ("xo17-month-march", "Es Sider terminal workers down tools over four months of unpaid wages"),
        ("xo52-es-sider-closed", "in March, terminal workers struck for five days over unpaid wages"),
        ("xo74-year-review", "In March Es Sider's workers struck for their wages"),
    ],
    "gnu-petrol-price-rise-decided": [
        ("xo13-fuel-price-rise", "said on Wednesday it would more than quadruple the price of petrol from April 1"),
        ("xo14-gnu-cabinet-fuel", "approved Decision No. 31 of 2058 on the reform of fuel subsidies"),
        ("xo15-wahat-petrol-queues", "hours after the Government of National Unity announced that the price of a litre of petrol would rise to 650 dirhams"),
        ("xo16-observateur-smuggling", "By deciding on Wednesday to raise the price of petrol more than fourfold"),
        ("xo17-month-march", "The GNU decides petrol will cost 0.650 dinars a litre from 1 April, up from 0.150"),
        ("xo74-year-review", "the Tripoli government raised petrol prices for the first time in a generation"),
    ],
    "ex-gecol-chief-elbaruni-arrested": [
        ("xo19-prosecution-gecol", "ordered today, Tuesday, the pretrial detention of the former Chairman of the Board of Directors of the General Electricity Company (M. A. E.)"),
        ("xo20-ex-gecol-chief-held", "Libyan prosecutors on Tuesday arrested Mukhtar Elbaruni"),
        ("xo21-tarabulus-elbaruni", "The detention yesterday, Tuesday, of Engineer Mukhtar Elbaruni, former head of the General Electricity Company"),
        ("xo23-month-april", "Former GECOL chairman Mukhtar Elbaruni is detained over 410m dinars of power-station maintenance contracts"),
        ("xo66-elbaruni-sentenced", "Elbaruni was detained in April after a report by the Audit Bureau"),
        ("xo74-year-review", "April brought the arrest of Mukhtar Elbaruni, the former power company chief"),
    ],
    "ghadames-talks-first-round": [
        ("xo24-hcs-ghadames-opens", "began today, Sunday, in the city of Ghadames, the consultative meetings with the delegation of the House of Representatives"),
        ("xo25-ghadames-talks-no-deal", "Two days of UN-hosted talks between delegations of Libya's rival legislatures ended in the desert town of Ghadames on Monday without agreement"),
        ("xo26-unsmil-ghadames-first", "thanks the delegations of the House of Representatives and the High Council of State for two days of frank and constructive discussions in Ghadames"),
        ("xo27-ghadames-deal", "A first round in Ghadames broke up on May 6 without agreement on who may run for president"),
        ("xo31-month-may", "First round of HoR–HCS talks in Ghadames ends without a deal on candidacy rules"),
        ("xo74-year-review", "the first round broke up without a deal"),
    ],
    "ghadames-talks-second-round-agreement": [
        ("xo27-ghadames-deal", "Libya's rival legislatures agreed on Wednesday on a mechanism for forming a single interim government"),
        ("xo28-hor-ghadames-document", "signed today, Wednesday, in the city of Ghadames, the 'Ghadames Document' on the mechanism for forming a unified government"),
        ("xo29-unsmil-ghadames-agreement", "welcomes the agreement reached yesterday in Ghadames by the delegations of the House of Representatives and the High Council of State"),
        ("xo30-observateur-ghadames", "The two Libyan assemblies shook hands on Wednesday in Ghadames"),
        ("xo31-month-may", "Second Ghadames round: the two chambers agree on a mechanism for a unified government"),
        ("xo74-year-review", "the second agreed on how to form a single government"),
    ],
    "secondary-exam-leak-cancelled": [
        ("xo32-education-exam-cancelled", "announces the cancellation of the Arabic Language exam for the Secondary Education Certificate (scientific and literary sections) held today, Tuesday"),
        ("xo33-exam-leak", "Libya's education ministry scrapped a nationwide secondary-school exam on Tuesday after the questions appeared on social media"),
        ("xo34-jabal-gate-students", "after the leak yesterday of the Arabic language exam questions, which led the Ministry of Education to cancel the exam across the country"),
        ("xo42-month-june", "The Arabic paper of the secondary certificate leaks online; the exam is cancelled nationwide"),
    ],
    "misrata-fuel-depot-fire": [
        ("xo35-misrata-civil-defence", "the fire that broke out at dawn today, Monday, at the Qasr Ahmed fuel depot"),
        ("xo36-misrata-depot-blaze", "A fire tore through a fuel storage depot at the port of Misrata on Monday"),
        ("xo37-brega-qasr-ahmed", "the fire that hit two storage tanks at the Qasr Ahmed depot yesterday, Monday"),
        ("xo39-sabha-market-gutted", "three days after a fire destroyed two petrol tanks at a fuel depot in Misrata"),
        ("xo41-week-june-17", "Fire destroys two petrol tanks at the Qasr Ahmed depot in Misrata"),
        ("xo42-month-june", "Two petrol tanks burn at the Brega company's depot in Misrata"),
    ],
    "sabha-market-fire": [
        ("xo38-sabha-municipality-fire", "A large fire broke out this afternoon in the al-Jadid market in the centre of Sabha"),
        ("xo39-sabha-market-gutted", "Fire gutted much of the main market in the southern Libyan city of Sabha on Thursday"),
        ("xo40-wahat-sabha-traders", "a day after the fire of yesterday, Thursday, which consumed about 400 shops"),
        ("xo41-week-june-17", "Blaze guts Sabha's al-Jadid market"),
        ("xo42-month-june", "A fire consumes some 400 shops in Sabha's main market"),
        ("xo74-year-review", "A fire gutted Sabha's market in June"),
    ],
    "western-grid-collapse-blackout": [
        ("xo43-gecol-grid-collapse", "a total collapse of the public grid occurred at 14:20 today, Sunday, affecting the western and southern regions"),
        ("xo44-live-blackout", "Power is out across Tripoli, Zawiya and Gharyan, our reporters say"),
        ("xo45-power-restored", "a day after a grid collapse left millions of Libyans without power for up to 20 hours"),
        ("xo46-courrier-steg", "after the general blackout that hit our neighbour on Sunday afternoon"),
        ("xo50-month-july", "A grid collapse blacks out the west and south for up to 20 hours"),
        ("xo66-elbaruni-sentenced", "three months after a grid collapse left most of western Libya without power for a day in the middle of a heatwave"),
    ],
    "hnec-postpones-parliamentary-election": [
        ("xo47-hnec-postpones", "announces the postponement of the election of the House of Representatives, which had been scheduled for Saturday, 12 October 2058"),
        ("xo48-election-delayed", "Libya's election commission on Wednesday put off parliamentary elections that had been set for October 12"),
        ("xo49-unsmil-postponement", "the decision by the High National Elections Commission, announced yesterday, to postpone the parliamentary elections planned for 12 October"),
        ("xo50-month-july", "HNEC postpones the 12 October parliamentary election, citing lack of funds and insecurity"),
        ("xo71-new-election-date", "The commission had put off the ballot in July"),
        ("xo74-year-review", "In July the election commission shelved the October vote"),
    ],
    "es-sider-terminal-blockade-august": [
        ("xo52-es-sider-closed", "Guards and protesters shut Libya's Es Sider oil terminal on Thursday"),
        ("xo53-noc-force-majeure-es-sider", "closed the port yesterday, Thursday, and prevented the tanker 'Marina Grace' from berthing"),
        ("xo54-faro-augusta", "Since Thursday, when protesters and oil guards blocked the terminal in Libya's Oil Crescent"),
        ("xo55-week-august-12", "Protesters and oil guards close the Es Sider terminal"),
        ("xo74-year-review", "Protesters shut Es Sider again in August, this time for a month"),
    ],
    "sea-watch-rescue-off-sabratha": [
        ("xo56-sea-watch-rescue", "the Sea-Watch 7 rescues 112 people from an overcrowded rubber boat in international waters 38 nautical miles north of Sabratha"),
        ("xo57-faro-ancona", "which on Friday took on board 112 migrants off the Libyan coast"),
        ("xo58-garabulli-sinking", "Four days earlier, the German charity Sea-Watch had picked up 112 people from a rubber boat off Sabratha"),
        ("xo64-month-september", "Sea-Watch 7 rescues 112 people off Sabratha on its first mission"),
    ],
    "garabulli-shipwreck": [
        ("xo58-garabulli-sinking", "At least 34 migrants died when their wooden boat sank off Garabulli"),
        ("xo59-iom-garabulli", "the sinking of a wooden boat off Garabulli, east of Tripoli, on 10 September"),
        ("xo60-tarabulus-garabulli", "the victims of the sinking of the boat yesterday, Tuesday, off the coast of the city"),
        ("xo64-month-september", "A boat sinks off Garabulli; 34 dead, nine survivors"),
        ("xo74-year-review", "In September a boat sank off Garabulli with 34 dead"),
    ],
    "jufra-earthquake": [
        ("xo61-ncm-earthquake", "recorded at 03:17 local time this morning, Saturday, an earthquake of magnitude 5.3 on the Richter scale, centred 12 km south-west of the city of Hun"),
        ("xo62-hun-earthquake", "An earthquake of magnitude 5.3 shook central Libya before dawn on Saturday"),
        ("xo63-sada-barqa-hun", "the earthquake that struck the Jufra region at dawn yesterday, Saturday"),
        ("xo64-month-september", "A magnitude-5.3 earthquake hits al-Jufra; two killed in Hun"),
        ("xo74-year-review", "an earthquake shook al-Jufra at the end of the month"),
    ],
    "elbaruni-sentenced": [
        ("xo66-elbaruni-sentenced", "A Tripoli court on Thursday sentenced Mukhtar Elbaruni, a former head of Libya's state electricity company, to 12 years in prison"),
        ("xo67-prosecution-verdict", "issued today, Thursday, its ruling in the case of the maintenance contracts of the General Electricity Company"),
        ("xo68-tarabulus-verdict", "The twelve-year sentence handed down yesterday, Thursday, to Engineer Mukhtar Elbaruni"),
        ("xo69-month-october", "Former GECOL chief Mukhtar Elbaruni gets 12 years for the maintenance contracts"),
        ("xo74-year-review", "who was sentenced to twelve years in October"),
    ],
    "hnec-sets-new-election-date": [
        ("xo70-hnec-new-date", "the setting of Saturday, 5 April 2059 as the new date for the election of the House of Representatives"),
        ("xo71-new-election-date", "Libya's election commission on Tuesday set April 5, 2059 as the new date for parliamentary elections"),
        ("xo72-wahat-election-date", "the announcement by the High National Elections Commission yesterday, Tuesday, of a new date for the parliamentary elections in April next year"),
        ("xo73-week-november-11", "HNEC sets 5 April 2059 for the parliamentary vote"),
        ("xo74-year-review", "in November it named a new date for April 2059"),
    ],
}
# The twenty-ninth set (NEWEST24_*), written blind on 2026-12-05 by a helper annotator who read no merging
# rule and no libyadesk code, before any code ran on it and before any merging output was read; held out.
# Invented Libya news of the year 2060 (2060 is a leap year and began on a Thursday; every weekday below was
# checked against that calendar with Python's datetime).  Eighteen events, each told by four to six reports
# (77 articles, 97 reports, 216 pairs): a general wire with datelines (North Africa Wire)
# and its syndicated near-copies on two other sites (Libya Daily Brief, MENA Morning: shortened, a sentence
# cut, "killing" kept, "broke out" turned into "erupted"), an energy wire (Crude Desk, with reporting credits)
# and a finance wire (Sahel & Maghreb Finance Bulletin), translated Arabic outlets with titles and honorifics
# in full (Barqa Today, Al-Asima Net, Fezzan Voice, Jabal Nafusa Online, Kufra Horizon, Al-Saahel Post:
# "yesterday, Tuesday", "today, Wednesday", "this evening, Thursday", "His Excellency", "Her Excellency",
# "Engineer", "Dr.", "Counsellor", "Lieutenant General", "Colonel", "may Allah have mercy on them"), UNSMIL's
# statements, the IOM's release, a joint WHO-UNICEF release and the Italian charity Mare Aperto's two press
# releases in the present tense, Facebook posts with hashtags and view counters (the eastern Government of
# National Stability, the Central Bank twice, the Ambulance and Emergency Service, the Janzour municipality,
# the NOC twice, the GNU's communication office, HNEC, the LNA's General Command, the NCDC, the Presidential
# Council, GECOL, the coast guard administration, the HoR's media office), three weekly briefings and eleven
# monthly digests with dated bullet lines (one of them on 29 February), a year-end review naming events in
# passing at month precision, and Maltese, Spanish, Italian, French and Tunisian outlets in translation or in
# English, with page chrome (bylines, "Read also" and "Most read" links, share lines, photo captions, tags, a
# press contact). Wordings vary per event ("Flash floods swept through" / "the torrential rains that fell
# during the night from Monday to Tuesday" / "the torrents that struck the city at dawn" / "Floods in the
# Green Mountain"; "decided to reduce the fee" / "more than halved a surcharge" / "to lower the fee" / "cuts
# the surcharge"; "the armed clashes witnessed by the Ain Zara area last night" / "Fighting between two armed
# groups" / "the armed confrontations that erupt" / "the violent night that the area lived through from Sunday
# to Monday" / "a night of fighting"; "Clashes broke out" / "Clashes erupted" / "the armed confrontations
# witnessed by the city this afternoon" / "A gunfight"; "shut down" / "the closure of the Sharara field" /
# "holding the Sharara field since Saturday" / "The stoppage" / "close"; "renewed for five years a contested
# pact" / "the signing of the renewed Memorandum of Understanding" / "put his signature to the extension" /
# "condemns the renewal" / "extend"; "restarted production" / "the resumption of production" / "the return of
# the Sharara field to production" / "pumps again"; "chose new municipal councils" / "the closing of the
# polling stations" / "flocked ... to the polling stations" / "the orderly conduct of yesterday's municipal
# council elections" / "elected"; "agreed in Sirte ... to swap 40 detainees" / "which convenes today in Sirte"
# / "met in Sirte"; "docked" / "received ... the naval detachment" / "The arrival on Monday" / "called at
# Tobruk"; "declared a measles outbreak" / "the outbreak declared in Kufra on 7 June" / "announced the spread
# of measles"; "agreed on Thursday to set up a joint force" / "welcomes the agreement reached today, Thursday,
# in Benghazi" / "agrees on a 3,000-strong joint force"; "the application of a load-shedding schedule" /
# "began rationing electricity" / "began cutting supplies" / "imposes load-shedding"; "closed this evening,
# Thursday, the coastal road" / "blocked the main gate" / "block the refinery gate"; "capsized" / "the
# capsizing of a rubber boat" / "after the boat sank" / "went missing" / "overturns"; "opens fire in the
# direction of" / "fired shots near a charity rescue ship" / "the incident of yesterday, Friday" / "the shots
# fired on Friday"; "struck down a law" / "rejects the ruling" / "annulling the law" / "voids" / "voided"; "to
# withdraw the fifty-dinar banknote" / "would withdraw all 50-dinar notes" / "calls in" / "called in"),
# persons in full, by surname or by post (Faraj Bensasi / the Governor; Khaled Haftar / the LNA's chief of
# staff / the Chief of the General Staff; Aminata Kourouma / UN envoy / the Special Representative), spellings
# (Sharara oilfield / Sharara field; Bayda; Zuwara; Janzour), bodies by acronym, in full and in plain words
# (CBL / the Central Bank of Libya / Libya's central bank / the bank, NOC / the Corporation, GECOL / the
# General Electricity Company / the state power utility / the state power company, HNEC / the election
# commission, JMC / the 5+5 Joint Military Commission / the military commission / rival military commanders,
# LNA / the Libyan Arab Armed Forces / the General Command, GNU / Tripoli, HoR / the eastern-based parliament
# / the House, NCDC / the Centre for Disease Control / health authorities, UNSMIL, IOM) and dates of several
# forms ("on Thursday", "yesterday, Tuesday", "today, Sunday", "this afternoon, Friday", "last night, Sunday",
# "at dawn yesterday", "the night from Monday to Tuesday", "overnight into Tuesday", "from Sunday to Monday",
# "since Saturday", "on March 13", "on May 11", "on 7 June", "on 9 August", "13 Jan", "Mon 7 Jun", "Fri 13
# Aug", "15–16 Jul", "in January", "in April", "in May", "in June", "in November", "three days after", "four
# days after", "five months after", "nine months after", "weeks after", "less than a week after", "a day
# after").
# Hard negatives, which must not merge: (1) the night of fighting in Ain Zara, from Sunday 22 to
# Monday 23 February, and the gunfight in Janzour on Friday 27 February, two armed clashes in Tripoli in one
# week (the Janzour wire names Ain Zara in one sentence; the February digest tells both in two bullet lines;
# the syndicated Janzour copy drops the Ain Zara sentence); (2) protesters shutting the Sharara field on
# Saturday 13 March and its restart on Wednesday 7 April, an act and its later undoing (the restart wire names
# the shutdown in one sentence; the NOC's force majeure declared on Sunday 14 March belongs to the shutdown,
# its lifting to the restart); (3) two rounds of 5+5 Joint Military Commission talks, in Sirte on
# Tuesday 11 May (detainee swap) and in Benghazi on Thursday 17 June (joint southern force) (the Benghazi wire
# names the Sirte round; the year-end review tells both in one sentence; the May digest and a June weekly
# announce the Benghazi round untagged); (4) the Central Bank cutting its foreign-currency surcharge on
# Thursday 5 February and calling in the 50-dinar note on Tuesday 2 November, the same actor doing two things
# (the banknote wire names the cut); (5) the Supreme Court striking down the HoR's central bank law on
# Wednesday 22 September and the Central Bank's banknote decision six weeks later (the banknote wire names the
# ruling; the banknote wire thus tells three events); (6) GECOL's load-shedding from Monday 12 July and the
# protest it caused at the Zawiya refinery on Thursday 15 July, an act and its consequence (the Zawiya wire
# names the cuts; the July weekly and the July digest tell both in two bullet lines); (7) a boat capsizing off
# Zuwara on Monday 9 August and a coast guard patrol boat firing near the NGO ship Aurora Libera off Zuwara on
# Friday 13 August, the same stretch of sea in one week (Mare Aperto's release names the shipwreck; the August
# weekly and digest tell both); (8) the renewal of the Italy-Libya migration memorandum in Rome on
# Tuesday 23 March and the shots fired by an Italian-supplied patrol boat in August (Mare Aperto's August
# release names the memorandum; the Italian paper's August piece asks to freeze the patrol boats, untagged);
# (9) two protests stopping oil flows, the Sharara shutdown in March and the Zawiya refinery blockade in July
# (the Zawiya wire says the refinery processes Sharara crude, untagged).
# Reports in passing: the Ain Zara clashes in the Janzour wire, the Sharara shutdown in the restart wire, the
# Sirte round in the Benghazi wire, the load-shedding in the Zawiya wire, the shipwreck and the memorandum in
# Mare Aperto's August release, the surcharge cut and the court ruling in the banknote wire, and seven reports
# in the year-end review at month precision. Beside them, untagged: the surcharge review due, the memorandum
# expected, municipal elections announced for 17 April, the JMC due in Sirte and in Benghazi ("This week: the
# 5+5 military commission meets in Benghazi on Thursday"), vaccine doses flown in and the vaccination campaign
# of Saturday 12 June, Kufra without new measles cases in September, the Mellitah fault repaired, the Aurora
# Libera landing in Pozzallo, the patrol boats the Italian opposition wants frozen, the HoR's rejection named
# in the September digest, the ruling due, the banknote meeting announced, Ras Jedir opening around the clock,
# a HoR session in Sirte on 29 February, budgets, salaries and output figures, and "Read also" links; three
# articles tell no tagged event (Maltese trawlers released, the Ras Jedir crossing hours, the Ghat festival)
# and the October digest tells none either; flashbacks name 2011, 2014, 2017, 2020, 2023, 2055, 2057 and 2059.
NEWEST24_ARTICLES: list[tuple[str, str, str, str]] = [
    # Floods in Bayda and the Green Mountain in the night from Monday 12 to Tuesday 13 January 2060.
    ("ny01-gns-bayda-emergency.md", "Government of National Stability (Facebook)", "2060-01-13",
     "#Libyan_Government | His Excellency the Prime Minister, Dr. Ibrahim Elmansouri, declared today, "
     "Tuesday, a state of emergency in the municipalities of Bayda, Shahat and Wadi al-Kouf, after the "
     "torrential rains that fell during the night from Monday to Tuesday caused torrents that swept away a "
     "number of cars and flooded dozens of houses. His Excellency directed the Emergency Committee to open "
     "the schools to shelter the affected families and asked the General Command to put its engineering "
     "units at the disposal of the municipalities. We ask Allah to have mercy on the victims. #Bayda "
     "#Green_Mountain #Libya\n9,416 views"),
    ("ny02-bayda-flash-floods.md", "North Africa Wire", "2060-01-13",
     "BAYDA, Libya, Jan 13 (NAW) - Flash floods swept through the eastern Libyan city of Bayda overnight, "
     "killing four people and forcing more than 600 families from their homes, the Libyan Red Crescent said "
     "on Tuesday. A father and his three children died when their car was carried away by the water in Wadi "
     "al-Kouf, a gorge south of the city, a Red Crescent volunteer said. More than 180 mm of rain fell in "
     "12 hours on the Green Mountain, the highest total in a decade, according to the National Center of "
     "Meteorology. The eastern-based government declared a state of emergency. Memories of the 2023 Derna "
     "flood, which killed thousands, remain raw in the east.\nReporting by Salma Elgazal; Editing by Tom "
     "Rieger"),
    ("ny03-daily-brief-bayda.md", "Libya Daily Brief (syndicated from North Africa Wire)", "2060-01-13",
     "Four dead as floods hit Bayda\nFlash floods swept through the eastern city of Bayda overnight into "
     "Tuesday, killing four people and forcing more than 600 families out of their homes, the Libyan Red "
     "Crescent said. A father and his three children died when their car was swept away in Wadi al-Kouf, "
     "south of the city. More than 180 mm of rain fell in 12 hours on the Green Mountain, according to the "
     "National Center of Meteorology. The eastern-based government declared a state of emergency.\n(c) "
     "North Africa Wire. Republished under licence.\nMost read: Benghazi port expansion enters its second "
     "phase"),
    ("ny04-barqa-bayda-funerals.md", "Barqa Today (translated from Arabic)", "2060-01-14",
     "Bayda – Barqa Today\nThe people of Bayda buried today, Wednesday, in the Martyrs' Cemetery, the four "
     "victims of the torrents that struck the city at dawn yesterday, Tuesday: the citizen Mr. Saad Elhassi "
     "and his three children, may Allah have mercy on them, whose car was carried off by the waters of Wadi "
     "al-Kouf. Engineering units of the Libyan Arab Armed Forces reopened the Bayda–Shahat road, which had "
     "been cut by mud and rocks, while the Municipal Council counted 640 flooded homes.\nViews: 5,902\nRead "
     "also: Shahat: the archaeological site closed to visitors until further notice"),
    ("ny05-malta-trawlers-freed.md", "The Maltese Herald", "2060-01-20",
     "Trawlers held in Libya released\nTwo Maltese trawlers detained by a Libyan patrol boat near the "
     "Medina Bank last week were released on Monday after their owners paid a fine of 40,000 euros, the "
     "Fisheries Department said. The crews, eleven men including three Maltese, were back in Marsaxlokk by "
     "the evening. Tripoli says the trawlers were fishing inside its fisheries protection zone, a claim "
     "Valletta disputes.\nBy Rita Galea\nShare this article"),
    ("ny06-ledger-january.md", "The Libya Ledger", "2060-02-01",
     "THE LIBYA LEDGER — January 2060 in brief\nWeather\n- 13 Jan: Floods in the Green Mountain after a "
     "night of heavy rain; four dead in Bayda, 640 homes flooded.\nPolitics\n- 7 Jan: The Presidential "
     "Council and the GNU agree on a joint committee for the 2060 budget.\n- 26 Jan: HNEC publishes the "
     "calendar for the third group of municipal elections.\nSea\n- 19 Jan: Two Maltese trawlers held near "
     "the Medina Bank are released after paying a fine.\nNext month: the CBL board is due to review the "
     "surcharge on foreign-currency sales."),
    # The Central Bank cuts its surcharge on foreign-currency sales on Thursday 5 February; it calls in the
    # 50-dinar note on Tuesday 2 November.
    ("ny07-cbl-fee-cut.md", "Central Bank of Libya (Facebook)", "2060-02-05",
     "#Central_Bank_of_Libya | The Board of Directors of the Central Bank of Libya, at its first meeting of "
     "the year 2060 held today, Thursday, in Tripoli under the chairmanship of the Governor, Mr. Faraj "
     "Bensasi, decided to reduce the fee imposed on the sale of foreign currency for all purposes from 15% "
     "to 7%, with effect from Sunday, 8 February 2060. The Board affirmed that the reduction comes in light "
     "of the improvement of foreign-currency reserves and the stability of oil revenues. #CBL "
     "#Dinar\n18,733 views"),
    ("ny08-cbl-surcharge-halved.md", "Sahel & Maghreb Finance Bulletin", "2060-02-05",
     "TRIPOLI, Feb 5 (SMFB) - Libya's central bank on Thursday more than halved a surcharge on "
     "hard-currency purchases, to 7 percent from 15 percent, in a move that should make imports cheaper and "
     "narrow the gap between the official and black-market rates of the dinar. Governor Faraj Bensasi said "
     "foreign reserves had risen to 92 billion dollars at the end of December. The levy was introduced in "
     "2055 at 25 percent and has been trimmed twice since. Dealers in Tripoli's Moshir market said the "
     "dinar firmed about 3 percent within hours of the announcement.\nBy Karim Ben Salah"),
    ("ny09-asima-dollar-falls.md", "Al-Asima Net (translated from Arabic)", "2060-02-06",
     "Tripoli – Al-Asima Net\nThe price of the dollar fell today, Friday, in the Moshir market in the old "
     "city of Tripoli to 6.10 dinars, after the decision of the Central Bank of Libya yesterday, Thursday, "
     "to lower the fee on the sale of foreign currency to 7%. Traders told Al-Asima Net that demand for "
     "dollars fell sharply, while the economist Dr. Ali Elfallah considered that the step 'is good but "
     "late, and its effect will be limited if spending is not controlled'.\nViews: 4,377\nRead also: Souq "
     "al-Jumaa: the municipality launches the rainwater drainage project"),
    # Armed groups fight in Tripoli's Ain Zara in the night from Sunday 22 to Monday 23 February; a gunfight
    # in Janzour on Friday 27 February.
    ("ny10-ambulance-ain-zara.md", "Ambulance and Emergency Service (Facebook)", "2060-02-23",
     "#Ambulance_and_Emergency | Our teams recovered six bodies, among them a child, and evacuated 19 "
     "wounded to the Tripoli Central Hospital and the Abu Salim Accident Hospital, during the armed clashes "
     "witnessed by the Ain Zara area last night, Sunday. Our teams also evacuated 43 families trapped in "
     "their homes near the Ain Zara bridge, in coordination with the Red Crescent. We call on all parties "
     "to open safe corridors. #Tripoli #Ain_Zara\n12,081 views"),
    ("ny11-ain-zara-fighting.md", "North Africa Wire", "2060-02-23",
     "TRIPOLI, Feb 23 (NAW) - Fighting between two armed groups in Tripoli's southern Ain Zara district "
     "killed six people, including a 10-year-old boy, overnight, emergency services said on Monday. Gunfire "
     "and explosions were heard from about 11 p.m. on Sunday until dawn as the Southern Gate Force and the "
     "Hadba Support Battalion, both nominally under the interior ministry of the Government of National "
     "Unity, fought over checkpoints on the airport road, residents said. A truce brokered by elders from "
     "Tajoura held by mid-morning. The capital has seen repeated bouts of fighting between rival factions "
     "since 2011.\nReporting by Anas Elmrabet; Editing by Tom Rieger"),
    ("ny12-unsmil-ain-zara.md", "UNSMIL", "2060-02-23",
     "UNSMIL statement on the clashes in Tripoli\nTRIPOLI, 23 February 2060 – The United Nations Support "
     "Mission in Libya is deeply alarmed by the armed confrontations that erupt in the Ain Zara "
     "neighbourhood of Tripoli during the night and that claim the lives of six people, including a child. "
     "The Mission calls on all parties to respect the truce and to refrain from using heavy weapons in "
     "residential areas, and reminds them that indiscriminate attacks on civilians may amount to war "
     "crimes. The Special Representative of the Secretary-General, Aminata Kourouma, is in contact with the "
     "Government of National Unity and with community leaders."),
    ("ny13-asima-ain-zara-return.md", "Al-Asima Net (translated from Arabic)", "2060-02-24",
     "Ain Zara – Al-Asima Net\nDozens of families began returning today, Tuesday, to their homes in Ain "
     "Zara, after the violent night that the area lived through from Sunday to Monday, and found shattered "
     "windows and cars burned by shells. The head of the Ain Zara Municipal Council, Mr. Nouri Elhamrouni, "
     "said that the council had counted damage to 70 homes and two schools, and that classes were suspended "
     "until Thursday. The Ministry of Interior announced that the two parties had withdrawn from the "
     "airport road.\n(Photo: a burned car near the Ain Zara bridge – Al-Asima Net)\nShare: Facebook | X | "
     "WhatsApp"),
    ("ny14-janzour-clashes.md", "North Africa Wire", "2060-02-27",
     "TRIPOLI, Feb 27 (NAW) - Clashes broke out in Janzour, a western suburb of the Libyan capital, on "
     "Friday afternoon, killing two fighters and forcing the closure of the coastal road to Zawiya for "
     "several hours, witnesses and a medical source said. The fighting pitted a local brigade against a "
     "unit that had recently moved into a former tourist village on the seafront, residents said. It came "
     "less than a week after six people were killed in a night of fighting in the Ain Zara district in the "
     "south of the city. The municipal council called for the withdrawal of all armed formations from "
     "residential areas.\nReporting by Anas Elmrabet; Editing by Tom Rieger"),
    ("ny15-janzour-municipality.md", "Janzour Municipality (Facebook)", "2060-02-27",
     "#Janzour_Municipality | The Municipal Council of Janzour condemns in the strongest terms the armed "
     "confrontations witnessed by the city this afternoon, Friday, near the tourist village, which "
     "terrorised the residents and claimed the lives of two young men. The Mayor of Janzour, Mr. Tarek "
     "Elnaas, holds the parties to the clashes responsible and calls on the Government of National Unity to "
     "remove all armed headquarters from inside the city. Schools will remain closed tomorrow, Saturday. "
     "#Janzour #Tripoli\n7,264 views"),
    ("ny16-mena-morning-janzour.md", "MENA Morning (syndicated from North Africa Wire)", "2060-02-28",
     "Two killed in Tripoli suburb clashes\nClashes erupted in Janzour, a western suburb of Tripoli, on "
     "Friday afternoon, killing two fighters and shutting the coastal road to Zawiya for several hours, "
     "witnesses and a medical source said. The fighting pitted a local brigade against a unit that had "
     "recently moved into a former tourist village on the seafront. The municipal council called for all "
     "armed formations to leave residential areas.\nSource: North Africa Wire\nTags: Libya, Tripoli, "
     "security"),
    ("ny17-ledger-february.md", "The Libya Ledger", "2060-03-01",
     "THE LIBYA LEDGER — February 2060 in brief\nEconomy\n- 5 Feb: The CBL board cuts the surcharge on "
     "foreign-currency sales to 7% from 15%; the dinar firms on the parallel market.\nSecurity\n- 23 Feb: "
     "Six killed, a child among them, as two armed groups fight through the night in Ain Zara.\n- 27 Feb: A "
     "gunfight in Janzour kills two and closes the coastal road for hours.\nPolitics\n- 29 Feb: The HoR "
     "meets in Sirte for the first time since 2057 and debates the 2060 budget.\nNext month: Italy and the "
     "GNU are expected to sign a renewed migration memorandum."),
    # Protesters shut the Sharara field on Saturday 13 March; it restarts on Wednesday 7 April.
    ("ny18-sharara-shut.md", "Crude Desk", "2060-03-13",
     "TRIPOLI, March 13 (Crude Desk) - Protesters shut down Libya's Sharara oilfield on Saturday, halting "
     "output of about 280,000 barrels per day, after the government missed a deadline to meet demands for "
     "jobs, fuel supplies and a hospital for the south, two engineers at the field said. Members of a group "
     "calling itself the Ubari Youth Movement entered the control room in the morning and ordered staff to "
     "close the valves feeding the pipeline to the Zawiya terminal. Sharara, in the Murzuq basin some 900 "
     "km south of Tripoli, is the country's largest field and has been closed by protesters many times over "
     "the decades.\nReporting by Hajer Elmabrouk; Editing by Lukas Brenner"),
    ("ny19-noc-force-majeure-zawiya.md", "National Oil Corporation (Facebook)", "2060-03-14",
     "#NOC | The National Oil Corporation declares a state of force majeure on crude oil loadings from the "
     "port of Zawiya as of today, Sunday, as a result of the closure of the Sharara field yesterday, "
     "Saturday, by a group of protesters who forced the workers to stop production. The Chairman of the "
     "Board of Directors, Engineer Adel Elshuhoumi, affirms that the oil facilities are the property of all "
     "Libyans and that the legitimate demands of the people of the south cannot be met by cutting off their "
     "livelihood. #NOC #Sharara\n15,648 views"),
    ("ny20-fezzan-ubari-youth.md", "Fezzan Voice (translated from Arabic)", "2060-03-15",
     "Ubari – Fezzan Voice\nThe spokesman of the Ubari Youth Movement, Mr. Mohamed Elansari, affirmed "
     "today, Monday, that the youths who have been holding the Sharara field since Saturday 'will not open "
     "a single valve' before the Government signs a written agreement including the employment of 1,500 "
     "young people of the region, the supply of fuel to the stations of Ubari, Ghat and Murzuq, and the "
     "completion of the Ubari general hospital. He added that the sit-in is peaceful and that the workers "
     "of the field are safe.\nViews: 3,150\nRead also: Ghat: the date of the tourism festival is set"),
    ("ny21-correo-sharara.md", "El Correo del Estrecho (translated from Spanish)", "2060-03-16",
     "Libyan crude: the blockade of Sharara reaches Spanish refineries\nThe stoppage at the Sharara field, "
     "closed since Saturday by young protesters from the Fezzan, deprives Spanish refiners of one of their "
     "favourite light crudes. The Spanish energy group that holds a stake in the field says it is "
     "'following the situation with concern'. Cartagena received 1.2 million barrels of Sharara crude in "
     "February. A trader in Madrid expects the halt to last 'weeks, not days'.\nBy Álvaro Menéndez\nRead "
     "also: Algeciras, a record year for the port"),
    # Italy and the GNU renew their migration memorandum in Rome on Tuesday 23 March.
    ("ny22-italy-libya-pact-renewed.md", "North Africa Wire", "2060-03-23",
     "ROME, March 23 (NAW) - Italy and Libya on Tuesday renewed for five years a contested pact under which "
     "Rome funds and trains the Libyan coast guard to stop migrant boats, with the European Union adding "
     "180 million euros and six new patrol vessels. Italian Prime Minister Chiara Bonfanti and Prime "
     "Minister Khalil Elfergani of Libya's Government of National Unity attended the signing at Palazzo "
     "Chigi by the two countries' interior ministers, Lorenzo Castellani and Ramadan Elgheryani. Rights "
     "groups say the deal, first signed in 2017, traps migrants in abusive detention centres. Arrivals in "
     "Italy from Libya fell by a third last year.\nReporting by Paola Gentile; Editing by Tom Rieger"),
    ("ny23-gnu-rome-memorandum.md", "Government of National Unity - Government Communication Office (Facebook)",
     "2060-03-23",
     "#Government_of_National_Unity | His Excellency the Prime Minister, Mr. Khalil Elfergani, and Her "
     "Excellency the President of the Council of Ministers of the friendly Italian Republic, Mrs. Chiara "
     "Bonfanti, witnessed today, Tuesday, in the Italian capital Rome, the signing of the renewed "
     "Memorandum of Understanding in the fields of development, combating illegal immigration and human "
     "trafficking and strengthening border security, signed on the Libyan side by the Minister of Interior, "
     "Mr. Ramadan Elgheryani. His Excellency affirmed that Libya 'is a country of transit and a victim of "
     "this phenomenon, not its source'. #Libya #Italy\n8,902 views"),
    ("ny24-sentinella-memorandum.md", "La Sentinella del Mediterraneo (translated from Italian)", "2060-03-24",
     "Migrants, the pact with Tripoli extended until 2065\nYesterday at Palazzo Chigi, under the eyes of "
     "Premier Chiara Bonfanti and her Libyan counterpart Khalil Elfergani, Interior Minister Lorenzo "
     "Castellani put his signature to the extension of the memorandum with Libya. The text, renewed for "
     "another five years, adds six patrol boats and a maritime coordination centre in Tripoli. The "
     "opposition speaks of 'outsourcing the borders'; the Viminale replies that departures have fallen.\nBy "
     "Davide Marchetti\n(Photo: the signing in the Sala Verde)\nRead also: Lampedusa, the new hotspot opens "
     "in May"),
    ("ny25-mare-aperto-memorandum.md", "Mare Aperto", "2060-03-24",
     "PRESS RELEASE\nPalermo, 24 March 2060\nMare Aperto: the renewed Italy-Libya memorandum is a licence "
     "to push back\nMare Aperto condemns the renewal of the Italy-Libya memorandum of understanding, signed "
     "yesterday in Rome, which extends for five more years Italy's support to the Libyan Coast Guard. Every "
     "year thousands of people intercepted at sea are returned to Libya, where they face arbitrary "
     "detention, extortion and torture. Mare Aperto calls on the Italian Parliament to refuse the funding "
     "and on the European Commission to suspend the delivery of the six patrol boats.\nPress office: "
     "press@mareaperto.example"),
    ("ny26-ledger-march.md", "The Libya Ledger", "2060-04-01",
     "THE LIBYA LEDGER — March 2060 in brief\nOil\n- 13 Mar: Protesters from Ubari close the Sharara field; "
     "the NOC declares force majeure on Zawiya loadings the next day.\nMigration\n- 23 Mar: Italy and the "
     "GNU extend their migration memorandum by five years in Rome; the EU adds six patrol "
     "boats.\nPolitics\n- 10 Mar: The HCS elects its bureau for the year.\n- 30 Mar: The GNU approves a "
     "plan to pay salary arrears to teachers.\nNext month: HNEC is due to hold the third group of municipal "
     "elections on 17 April."),
    ("ny27-presse-ras-jedir.md", "La Presse du Sud (translated from French)", "2060-04-03",
     "Ras Jedir: the border post will stay open around the clock\nFrom Monday 5 April, the Ras Jedir border "
     "post will operate 24 hours a day on both sides, the Tunisian and Libyan interior ministries announced "
     "yesterday. Traders in Ben Gardane welcome the decision, which should shorten the queues of lorries "
     "that sometimes stretch for ten kilometres. A joint customs office is to open in the summer.\nBy Sami "
     "Ghedira\nRead also: Médenine: the olive harvest in figures"),
    ("ny28-sharara-restarts.md", "Crude Desk", "2060-04-07",
     "TRIPOLI, April 7 (Crude Desk) - Libya's Sharara oilfield restarted production on Wednesday after "
     "protesters ended a 25-day blockade, and output was expected to reach 200,000 barrels per day within "
     "48 hours, an engineer at the field said. The protesters lifted their sit-in after elders from Ubari "
     "brokered a deal with the government that includes 1,200 jobs and a fuel depot for the south. "
     "Protesters from the Ubari Youth Movement had shut the field on March 13, demanding jobs, fuel and a "
     "hospital. The first crude was expected to reach the Zawiya terminal by the weekend.\nReporting by "
     "Hajer Elmabrouk; Editing by Lukas Brenner"),
    ("ny29-noc-sharara-resumes.md", "National Oil Corporation (Facebook)", "2060-04-07",
     "#NOC | The National Oil Corporation announces the lifting of the state of force majeure on loadings "
     "from the port of Zawiya and the resumption of production at the Sharara field today, Wednesday, after "
     "the end of the closure. Engineer Adel Elshuhoumi, Chairman of the Board of Directors, thanks the "
     "elders and notables of Ubari for their wise role, and stresses that the Corporation will not pay the "
     "salaries of any person who prevents the work of the fields. #NOC #Sharara\n11,392 views"),
    ("ny30-fezzan-sharara-back.md", "Fezzan Voice (translated from Arabic)", "2060-04-08",
     "Ubari – Fezzan Voice\nThe people of Ubari received with joy the return of the Sharara field to "
     "production yesterday, Wednesday, after the signing of the agreement between the Government of "
     "National Unity and the Ubari Youth Movement under the auspices of the council of elders of the city. "
     "Mr. Mohamed Elansari told Fezzan Voice that the movement 'will return to the field if the promises "
     "remain ink on paper'. The first fuel tankers arrived in Ubari this morning.\nViews: 2,487"),
    # Thirty-one municipalities elect their councils on Saturday 17 April.
    ("ny31-hnec-polls-close.md", "High National Elections Commission (Facebook)", "2060-04-17",
     "#HNEC | The High National Elections Commission announces the closing of the polling stations at 18:00 "
     "today, Saturday, in the elections of the municipal councils of the third group, held in 31 "
     "municipalities, with a preliminary turnout of 58% of registered voters. The Chairman of the Board of "
     "Commissioners, Mr. Anwar Elmisrati, thanks the security services, the observers and the staff of the "
     "polling centres, and announces that the preliminary results will be published within 72 hours. #HNEC "
     "#Your_Municipality_Your_Choice\n21,508 views"),
    ("ny32-municipal-vote.md", "North Africa Wire", "2060-04-17",
     "TRIPOLI, April 17 (NAW) - Voters in 31 Libyan towns chose new municipal councils on Saturday in a "
     "ballot that passed largely without incident, the election commission said, a rare exercise in "
     "democracy in a country that has not held a national vote since 2014. Turnout was 58 percent, "
     "commission chairman Anwar Elmisrati said. The towns included Gharyan, Nalut and Zliten in the west, "
     "Tobruk and Marj in the east and Murzuq in the south. Voting in two districts of Zliten began an hour "
     "late after ballot papers arrived late.\nReporting by Salma Elgazal"),
    ("ny33-unsmil-municipal.md", "UNSMIL", "2060-04-18",
     "UNSMIL congratulates Libyans on the municipal elections\nTRIPOLI, 18 April 2060 – The United Nations "
     "Support Mission in Libya congratulates the High National Elections Commission and the voters of 31 "
     "municipalities on the orderly conduct of yesterday's municipal council elections. The Mission notes "
     "the participation of women as candidates in every municipality and the commitment of the security "
     "authorities in the east, west and south to protect the polls. UNSMIL looks forward to the "
     "announcement of the results and calls on all candidates to accept them or to pursue their complaints "
     "through the courts."),
    ("ny34-nafusa-gharyan-votes.md", "Jabal Nafusa Online (translated from Arabic)", "2060-04-18",
     "Gharyan – Jabal Nafusa Online\nThe people of Gharyan and Nalut flocked yesterday, Saturday, to the "
     "polling stations to elect the members of their municipal councils, in an atmosphere that observers "
     "described as festive. In Gharyan, 34 candidates competed for nine seats, among them four women. The "
     "head of the electoral administration in Gharyan, Mr. Khairi Elgharyani, said that the count would "
     "continue tonight. In Nalut, elderly voters were driven to the polls by the scouts.\n(Photo: a queue "
     "of women voters in Gharyan – Jabal Nafusa Online)\nShare: Facebook | X | WhatsApp"),
    ("ny35-ledger-april.md", "The Libya Ledger", "2060-05-01",
     "THE LIBYA LEDGER — April 2060 in brief\nOil\n- 7 Apr: Sharara pumps again after 25 days; the NOC "
     "lifts force majeure at Zawiya.\nPolitics\n- 17 Apr: 31 municipalities elect councils in the third "
     "group of local polls; turnout 58%.\n- 22 Apr: The HCS and the HoR name a joint committee on the "
     "constitutional basis.\nBorders\n- 5 Apr: The Ras Jedir crossing goes over to 24-hour opening.\nNext "
     "month: the 5+5 Joint Military Commission is to meet in Sirte."),
    # The 5+5 Joint Military Commission meets in Sirte on Tuesday 11 May and in Benghazi on Thursday 17 June.
    ("ny36-jmc-sirte-swap.md", "North Africa Wire", "2060-05-11",
     "SIRTE, May 11 (NAW) - Military delegations from Libya's rival east and west agreed in Sirte on "
     "Tuesday to swap 40 detainees held since fighting in 2057 and to clear mines from the road between Abu "
     "Grein and Sirte, but put off a decision on a joint force for the southern borders, the two sides "
     "said. The meeting of the 5+5 Joint Military Commission, the first in eleven months, was chaired by UN "
     "envoy Aminata Kourouma. The western delegation was led by Major General Hamza Elbouri and the eastern "
     "one by Major General Faraj Elmagsabi. They are to meet again in Benghazi next month.\nReporting by "
     "Anas Elmrabet; Editing by Tom Rieger"),
    ("ny37-unsmil-jmc-sirte.md", "UNSMIL", "2060-05-11",
     "UNSMIL welcomes the outcome of the 5+5 meeting in Sirte\nSIRTE, 11 May 2060 – The United Nations "
     "Support Mission in Libya welcomes the outcome of the meeting of the Joint Military Commission (5+5), "
     "which convenes today in Sirte for the first time in eleven months. The Commission agrees on the "
     "exchange of 40 detainees, to be completed before Eid al-Adha, and on a joint mine-clearance plan for "
     "the Abu Grein–Sirte road. The Special Representative, Aminata Kourouma, commends the professionalism "
     "of both delegations and looks forward to their next meeting."),
    # Two Russian warships call at Tobruk from Monday 24 May.
    ("ny38-russian-ships-tobruk.md", "North Africa Wire", "2060-05-24",
     "TOBRUK, Libya, May 24 (NAW) - Two Russian warships docked in the eastern Libyan port of Tobruk on "
     "Monday for a four-day visit, the latest sign of Moscow's growing military footprint in the territory "
     "controlled by the Libyan National Army. The frigate Admiral Stepanov and the landing ship Ivan Ryabov "
     "were welcomed by Lieutenant General Khaled Haftar, the LNA's chief of staff and a son of its founder, "
     "Khalifa Haftar. Russian personnel have been based for years at the al-Khadim and Jufra air bases. A "
     "Western diplomat said Moscow was seeking a permanent naval berth in the east.\nReporting by Salma "
     "Elgazal; Editing by Tom Rieger"),
    ("ny39-general-command-tobruk.md", "General Command of the Libyan Arab Armed Forces (Facebook)",
     "2060-05-24",
     "#General_Command | His Excellency the Chief of the General Staff, Lieutenant General Khaled Haftar, "
     "received today, Monday, at the port of Tobruk, the naval detachment of the friendly Russian "
     "Federation, consisting of the frigate 'Admiral Stepanov' and the landing ship 'Ivan Ryabov', led by "
     "Rear Admiral Viktor Sorokin, within the framework of military cooperation between the two countries. "
     "The visit includes joint search-and-rescue training and a reception for the crews in the city. "
     "#Libyan_Arab_Armed_Forces #Tobruk\n10,774 views"),
    ("ny40-meridien-tobruk.md", "Le Méridien (translated from French)", "2060-05-26",
     "In Tobruk, the Russian navy shows its flag\nThe arrival on Monday of a Russian frigate and a landing "
     "ship in Tobruk, where Khaled Haftar gave them a military welcome, is being followed closely in Paris "
     "and Rome. For the French navy, the stopover confirms that Moscow wants a 'second Tartus' on the "
     "southern shore of the Mediterranean. The Russian ships are due to leave on Friday for the eastern "
     "Mediterranean.\nBy Camille Royer\nRead also: Sahel: the new map of Russian bases"),
    ("ny41-ledger-may.md", "The Libya Ledger", "2060-06-01",
     "THE LIBYA LEDGER — May 2060 in brief\nSecurity\n- 11 May: The 5+5 JMC meets in Sirte for the first "
     "time in eleven months and agrees on a swap of 40 detainees.\n- 24 May: A Russian frigate and a "
     "landing ship dock in Tobruk for four days; Khaled Haftar welcomes them.\nEconomy\n- 19 May: The NOC "
     "says output averaged 1.52m bpd in April.\nNext month: the 5+5 commission is due in Benghazi."),
    # The NCDC declares a measles outbreak in Kufra on Monday 7 June.
    ("ny42-ncdc-measles-kufra.md", "National Centre for Disease Control (Facebook)", "2060-06-07",
     "#NCDC | The National Centre for Disease Control declares today, Monday, a measles outbreak in the "
     "municipality of Kufra, after the laboratory confirmation of 146 cases since the beginning of May, "
     "most of them among children under five, and the recording of three deaths. The Director-General of "
     "the Centre, Dr. Naima Elbarasi, announced the launch of an emergency vaccination campaign on "
     "Saturday, 12 June 2060, targeting 40,000 children in Kufra, Tazirbu and Rebiana. #NCDC #Measles "
     "#Kufra\n13,925 views"),
    ("ny43-kufra-measles.md", "North Africa Wire", "2060-06-07",
     "TRIPOLI, June 7 (NAW) - Libyan health authorities on Monday declared a measles outbreak in the "
     "southeastern oasis town of Kufra, where three children have died and 146 cases have been confirmed "
     "since early May. The town of about 60,000 people, near the borders with Sudan, Chad and Egypt, hosts "
     "tens of thousands of Sudanese refugees, many of them unvaccinated, health workers said. The National "
     "Centre for Disease Control said vaccination rates in the south had fallen below 70 "
     "percent.\nReporting by Salma Elgazal"),
    ("ny44-who-unicef-kufra.md", "World Health Organization and UNICEF", "2060-06-09",
     "WHO and UNICEF support Libya's response to the measles outbreak in Kufra\nTRIPOLI, 9 June 2060 – The "
     "World Health Organization (WHO) and UNICEF are supporting the National Centre for Disease Control in "
     "its response to the measles outbreak declared in Kufra on 7 June. The two agencies deliver 60,000 "
     "doses of measles-rubella vaccine, cold-chain equipment and 20 vaccination teams to the municipality. "
     "'Every child in Kufra, Libyan or refugee, must be protected,' says the WHO Representative, Dr. Kofi "
     "Asante. The campaign starts on 12 June."),
    ("ny45-kufra-horizon-mothers.md", "Kufra Horizon (translated from Arabic)", "2060-06-10",
     "Kufra – Kufra Horizon\nMothers crowded today, Thursday, in front of the Kufra Teaching Hospital to "
     "have their children vaccinated, three days after the Centre for Disease Control announced the spread "
     "of measles in the city. The director of the hospital, Dr. Salem Elzwai, told Kufra Horizon that the "
     "isolation ward is full and that 11 children are receiving treatment. The Mayor of Kufra, Mr. Musa "
     "Elkilani, called on the Government to send paediatricians.\nViews: 2,904"),
    ("ny46-week-june-7.md", "Seven Days in Libya", "2060-06-14",
     "SEVEN DAYS IN LIBYA | 7–13 June 2060\n- Mon 7 Jun: Measles outbreak declared in Kufra after 146 "
     "confirmed cases and three child deaths.\n- Wed 9 Jun: WHO and UNICEF fly 60,000 vaccine doses to the "
     "south-east.\n- Sat 12 Jun: The vaccination campaign begins in Kufra, Tazirbu and Rebiana.\n- Sun 13 "
     "Jun: Benghazi hosts the first Libyan-Egyptian trade fair since 2057.\nThis week: the 5+5 military "
     "commission meets in Benghazi on Thursday."),
    ("ny47-jmc-benghazi-force.md", "North Africa Wire", "2060-06-17",
     "BENGHAZI, June 17 (NAW) - Libya's rival military commanders agreed on Thursday to set up a joint "
     "force of 3,000 men to guard the country's southern borders with Chad, Niger and Sudan, the first "
     "joint unit since the country split in 2014, the United Nations said. The agreement was reached in "
     "Benghazi at a meeting of the 5+5 Joint Military Commission chaired by UN envoy Aminata Kourouma. At "
     "their previous meeting, in Sirte on May 11, the two sides agreed on a detainee swap but could not "
     "settle the question of the southern force. The force will have its headquarters in Sabha.\nReporting "
     "by Anas Elmrabet; Editing by Tom Rieger"),
    ("ny48-pc-welcomes-jmc.md", "Presidential Council (Facebook)", "2060-06-17",
     "#Presidential_Council | The President of the Presidential Council, His Excellency Mr. Suleiman "
     "Elwarfalli, welcomes the agreement reached today, Thursday, in Benghazi by the Joint Military "
     "Commission (5+5) on the formation of a unified force to secure the southern borders, and considers it "
     "'a historic step towards the unification of the military institution'. His Excellency directs the "
     "Chief of the General Staff in Tripoli to begin the arrangements immediately. #Presidential_Council "
     "#5plus5\n6,420 views"),
    ("ny49-unsmil-jmc-benghazi.md", "UNSMIL", "2060-06-18",
     "UNSMIL welcomes the Benghazi agreement on a joint southern force\nTRIPOLI, 18 June 2060 – The United "
     "Nations Support Mission in Libya welcomes the agreement reached yesterday in Benghazi by the Joint "
     "Military Commission (5+5) to establish a joint force to secure Libya's southern borders. The Mission "
     "considers the agreement the most important step towards the unification of the military institution "
     "since the 2020 ceasefire. UNSMIL stands ready to support the vetting and training of the force and "
     "calls on international partners to provide the necessary equipment."),
    ("ny50-ledger-june.md", "The Libya Ledger", "2060-07-01",
     "THE LIBYA LEDGER — June 2060 in brief\nHealth\n- 7 Jun: NCDC declares a measles outbreak in Kufra: "
     "146 cases and three children dead; vaccination starts on 12 June.\nSecurity\n- 17 Jun: In Benghazi, "
     "the 5+5 commission agrees on a 3,000-strong joint force for the southern borders.\nEconomy\n- 24 Jun: "
     "The GNU and the eastern government agree to pay June salaries from a single account.\nNext month: "
     "GECOL warns of a summer gas shortfall at Mellitah."),
    # GECOL starts load-shedding in the west on Monday 12 July; protesters in Zawiya block the refinery gate
    # on Thursday 15 July.
    ("ny51-gecol-load-shedding.md", "General Electricity Company of Libya (Facebook)", "2060-07-12",
     "#GECOL | The General Electricity Company of Libya announces the application of a load-shedding "
     "schedule in the western region, for periods of up to eight hours a day, starting today, Monday, as a "
     "result of the reduction of gas supplies to the Tripoli West, Zawiya and Janzour power stations "
     "following a technical fault at the Mellitah complex. The schedules by area are published on the "
     "Company's page. The Chairman, Engineer Samir Elgatrani, asks citizens to rationalise consumption "
     "during peak hours. #GECOL #Load_Shedding\n44,017 views"),
    ("ny52-power-rationing-west.md", "North Africa Wire", "2060-07-12",
     "TRIPOLI, July 12 (NAW) - Libya's state power utility began rationing electricity across the west of "
     "the country on Monday, cutting supplies to homes for up to eight hours a day as a fault at the "
     "Mellitah gas complex starved power stations of fuel in the middle of a heatwave. The General "
     "Electricity Company said the cuts would last 'until the gas flow is restored', without giving a date. "
     "Temperatures in Tripoli reached 43 degrees Celsius. Mellitah, run by the National Oil Corporation "
     "with an Italian partner, also feeds the Greenstream pipeline to Sicily.\nReporting by Anas Elmrabet"),
    ("ny53-saahel-zawiya-road.md", "Al-Saahel Post (translated from Arabic)", "2060-07-15",
     "Zawiya – Al-Saahel Post\nAngry young men closed this evening, Thursday, the coastal road at the "
     "Zawiya bridge and the main gate of the Zawiya refinery with burning tyres and sand barriers, in "
     "protest at the long power cuts that the city has suffered for days. The protesters prevented fuel "
     "tankers from leaving the refinery and demanded that 'the electricity of Zawiya stays in Zawiya'. The "
     "Zawiya Security Directorate called for calm.\n(Photo: burning tyres on the coastal road – Al-Saahel "
     "Post)\nViews: 6,210"),
    ("ny54-zawiya-refinery-protest.md", "North Africa Wire", "2060-07-15",
     "ZAWIYA, Libya, July 15 (NAW) - Protesters angry at power cuts blocked the main gate of Libya's Zawiya "
     "refinery and the coastal highway on Thursday, stopping fuel tankers from leaving the country's "
     "biggest working refinery, witnesses said. The protest came three days after the state power company "
     "began cutting supplies for up to eight hours a day across the west because of a gas shortfall. Dozens "
     "of young men set tyres on fire at the refinery gate, residents said. The Zawiya refinery, 45 km west "
     "of Tripoli, processes crude from the Sharara field.\nReporting by Anas Elmrabet; Editing by Tom Rieger"),
    ("ny55-daily-brief-zawiya.md", "Libya Daily Brief (syndicated from North Africa Wire)", "2060-07-16",
     "Power-cut protest shuts Zawiya refinery gate\nProtesters angry at power cuts blocked the main gate of "
     "the Zawiya refinery and the coastal highway on Thursday, stopping fuel tankers from leaving, "
     "witnesses said. Dozens of young men set tyres alight at the refinery gate. The Zawiya refinery, 45 km "
     "west of Tripoli, is Libya's biggest working refinery.\n(c) North Africa Wire. Republished under "
     "licence.\nMost read: Tripoli: heatwave to last until Sunday"),
    ("ny56-week-july-12.md", "Seven Days in Libya", "2060-07-19",
     "SEVEN DAYS IN LIBYA | 12–18 July 2060\n- Mon 12 Jul: GECOL starts cutting power for up to eight hours "
     "a day in the west after a gas fault at Mellitah.\n- Thu 15 Jul: Protesters block the Zawiya refinery "
     "gate and the coastal road over the cuts; tankers stuck inside.\n- Sat 17 Jul: The Mellitah fault is "
     "repaired; GECOL says the schedule will be shortened gradually.\n- Sun 18 Jul: Al-Ahly Tripoli sign a "
     "Tunisian coach.\nThis week: the HoR is to vote on the 2060 supplementary budget."),
    ("ny57-ledger-july.md", "The Libya Ledger", "2060-08-01",
     "THE LIBYA LEDGER — July 2060 in brief\nEnergy\n- 12 Jul: GECOL imposes load-shedding of up to eight "
     "hours a day in the west after gas supplies from Mellitah drop.\n- 15–16 Jul: Residents of Zawiya "
     "block the refinery gate and the coastal road for two days in protest at the cuts.\nPolitics\n- 21 "
     "Jul: The HoR passes a supplementary budget of 14 billion dinars.\nNext month: IOM expects summer "
     "departures from the western coast to peak."),
    # A boat capsizes off Zuwara on Monday 9 August; a Libyan patrol boat fires near the NGO ship Aurora
    # Libera off Zuwara on Friday 13 August.
    ("ny58-zuwara-boat-capsizes.md", "North Africa Wire", "2060-08-09",
     "TRIPOLI, Aug 9 (NAW) - At least 27 migrants were missing after their rubber boat capsized off the "
     "western Libyan town of Zuwara on Monday, a few hours after setting off for Italy, the Libyan Red "
     "Crescent said. Local fishermen and a coast guard patrol pulled 18 people from the water, most of them "
     "from Bangladesh, Egypt and Sudan. Survivors said about 45 people had been on board. Zuwara, near the "
     "Tunisian border, has long been a departure point for boats heading to Lampedusa.\nReporting by Salma "
     "Elgazal"),
    ("ny59-iom-zuwara.md", "International Organization for Migration", "2060-08-10",
     "27 migrants missing off Zuwara\nTripoli, 10 August 2060 – The International Organization for "
     "Migration (IOM) is deeply saddened by the capsizing of a rubber boat off Zuwara on 9 August, in which "
     "at least 27 migrants are missing. IOM teams at the Zuwara disembarkation point provide the 18 "
     "survivors with medical care, dry clothes and food. Survivors say the boat left Abu Kammash shortly "
     "after midnight. Since January, more than 900 people have died or gone missing on the Central "
     "Mediterranean route. IOM calls again for predictable disembarkation arrangements and an end to "
     "arbitrary detention."),
    ("ny60-saahel-zuwara-fishermen.md", "Al-Saahel Post (translated from Arabic)", "2060-08-10",
     "Zuwara – Al-Saahel Post\nThe fishermen of Zuwara, who rescued 18 survivors yesterday, Monday, after "
     "the boat sank, went back to sea today, Tuesday, to search for the missing, while the sea washed two "
     "bodies onto the Tellil beach. The head of the Zuwara branch of the Red Crescent, Mr. Nasser Elzuwari, "
     "told Al-Saahel Post that his teams have no boats and rely on the goodwill of the fishermen. The "
     "municipal council demanded a coast guard station in the city.\nViews: 3,881\nRead also: Zuwara: the "
     "Amazigh culture festival postponed"),
    ("ny61-mare-aperto-shots.md", "Mare Aperto", "2060-08-13",
     "PRESS RELEASE\nPalermo, 13 August 2060\nShots fired near the Aurora Libera during a rescue\nThis "
     "morning a Libyan Coast Guard patrol boat opens fire in the direction of the Aurora Libera and of its "
     "rescue boats, 31 nautical miles north of Zuwara, in international waters, while our crew is bringing "
     "64 people to safety from a fibreglass boat. Nobody is hurt. The patrol boat, one of the vessels Italy "
     "supplied to Libya, then tries to take the people back. This happens four days after 27 people went "
     "missing off the same coast, and five months after Rome renewed its memorandum with Tripoli. Mare "
     "Aperto asks the Italian authorities to assign a port immediately.\nPress office: "
     "press@mareaperto.example"),
    ("ny62-shots-near-rescue-ship.md", "North Africa Wire", "2060-08-13",
     "ROME, Aug 13 (NAW) - A Libyan coast guard vessel fired shots near a charity rescue ship in the "
     "Mediterranean off Zuwara on Friday while its crew was picking up 64 migrants, the Italian charity "
     "Mare Aperto said, in the latest confrontation between Libyan patrols and humanitarian boats. No one "
     "was injured. Mare Aperto released a video showing a man on the patrol boat firing an automatic rifle. "
     "The Libyan coast guard did not immediately comment. Italy's interior ministry said it was seeking "
     "information from Tripoli.\nReporting by Paola Gentile; Editing by Tom Rieger"),
    ("ny63-coast-guard-denies.md", "Coast Guard and Port Security Administration (Facebook)", "2060-08-14",
     "#Coast_Guard | The General Administration of Coast Guard and Port Security denies what was circulated "
     "by some media regarding the incident of yesterday, Friday, north of Zuwara, and clarifies that the "
     "patrol boat 'Sabratha 2' fired warning shots into the air after the vessel of a foreign organisation "
     "refused to obey its instructions and interfered in an operation to rescue migrants inside the Libyan "
     "search and rescue region. The spokesman of the Administration, Colonel Masoud Elabbar, affirms that "
     "the Coast Guard respects international law. #Libyan_Coast_Guard\n5,744 views"),
    ("ny64-sentinella-aurora.md", "La Sentinella del Mediterraneo (translated from Italian)", "2060-08-15",
     "Shots at the Aurora Libera, the opposition asks to freeze the patrol boats\nAfter the shots fired on "
     "Friday by a Libyan patrol boat near the NGO ship Aurora Libera, the opposition in Rome asks the "
     "government to suspend the deliveries of patrol boats to Tripoli. The Viminale has assigned the port "
     "of Pozzallo to the ship, which landed the 64 survivors this morning. Head of mission Giulia "
     "Ferraresi: 'They were aiming at our dinghy, not at the sky.'\nBy Davide Marchetti"),
    ("ny65-week-august-9.md", "Seven Days in Libya", "2060-08-16",
     "SEVEN DAYS IN LIBYA | 9–15 August 2060\n- Mon 9 Aug: A rubber boat capsizes off Zuwara; 27 missing, "
     "18 saved by fishermen.\n- Wed 11 Aug: The CBL publishes its half-year report; revenue up 11%.\n- Fri "
     "13 Aug: A Libyan patrol boat fires shots near the NGO ship Aurora Libera north of Zuwara; nobody "
     "hurt.\n- Sun 15 Aug: The Aurora Libera lands 64 people in Pozzallo.\nThis week: the GNU and Malta "
     "hold talks on fishing zones."),
    ("ny66-ledger-august.md", "The Libya Ledger", "2060-09-01",
     "THE LIBYA LEDGER — August 2060 in brief\nMigration\n- 9 Aug: 27 people missing as a boat overturns "
     "off Zuwara; fishermen save 18.\n- 13 Aug: Shots fired from a Libyan patrol boat near the rescue ship "
     "Aurora Libera; the coast guard speaks of warning shots.\nEconomy\n- 11 Aug: The CBL's half-year "
     "report shows revenue up 11%.\nNext month: the Supreme Court's constitutional chamber is to rule on "
     "the HoR's central bank law."),
    # The Supreme Court's constitutional chamber strikes down the HoR's central bank law on Wednesday 22
    # September.
    ("ny67-supreme-court-cbl-law.md", "North Africa Wire", "2060-09-22",
     "TRIPOLI, Sept 22 (NAW) - Libya's Supreme Court on Wednesday struck down a law passed by the "
     "eastern-based parliament that would have moved the headquarters of the central bank to Benghazi and "
     "given the House of Representatives the power to dismiss its governor, lawyers in the case said. The "
     "court's constitutional chamber ruled that Law No. 4 of 2059 had been passed without consulting the "
     "High Council of State, as the political agreement requires. The House of Representatives, which sits "
     "in Benghazi and Sirte, has in the past refused to recognise rulings of the chamber. Control of the "
     "central bank has been fought over for years.\nReporting by Anas Elmrabet"),
    ("ny68-hor-rejects-ruling.md", "House of Representatives - Media Office (Facebook)", "2060-09-23",
     "#House_of_Representatives | The Presidency of the House of Representatives rejects the ruling issued "
     "yesterday, Wednesday, by the Constitutional Chamber of the Supreme Court concerning Law No. 4 of 2059 "
     "on the Central Bank of Libya, and considers it 'null and void, issued by a chamber whose reactivation "
     "the House did not approve'. His Excellency Counsellor Abdelhadi Elobeidi, Speaker of the House of "
     "Representatives, affirms that the law remains in force. #HoR #Central_Bank\n7,918 views"),
    ("ny69-asima-court-ruling.md", "Al-Asima Net (translated from Arabic)", "2060-09-23",
     "Tripoli – Al-Asima Net\nLegal experts described the ruling of the Constitutional Chamber of the "
     "Supreme Court yesterday, Wednesday, annulling the law on moving the headquarters of the Central Bank "
     "to Benghazi, as 'a victory for the constitutional declaration', while warning of a new crisis between "
     "the House and the State Council. The lawyer Mr. Hisham Elgammudi, who filed the appeal, told Al-Asima "
     "Net that the ruling 'closes the door to the division of the Bank once again'.\n(Photo: the Supreme "
     "Court building in Tripoli – Al-Asima Net)\nShare: Facebook | X | WhatsApp"),
    ("ny70-ledger-september.md", "The Libya Ledger", "2060-10-01",
     "THE LIBYA LEDGER — September 2060 in brief\nJustice\n- 22 Sep: The Supreme Court's constitutional "
     "chamber voids Law No. 4 of 2059, which was to move the CBL to Benghazi; the HoR rejects the "
     "ruling.\nHealth\n- 15 Sep: Kufra reports no new measles cases for six weeks.\nEnergy\n- 28 Sep: GECOL "
     "connects the second unit of the Ubari power station.\nNext month: voter registration for a future "
     "parliamentary election opens."),
    ("ny71-fezzan-ghat-festival.md", "Fezzan Voice (translated from Arabic)", "2060-10-14",
     "Ghat – Fezzan Voice\nThe Ghat International Tourism Festival opened today, Thursday, at the foot of "
     "the old town, with Tuareg music, camel races and a market of silver crafts, in the presence of "
     "visitors from Algeria, Italy and Japan. The head of the organising committee, Mr. Ibrahim Elghati, "
     "said that the festival's camps were fully booked for its four days.\n(Photo: the old town of Ghat at "
     "sunset – Fezzan Voice)"),
    ("ny72-ledger-october.md", "The Libya Ledger", "2060-11-01",
     "THE LIBYA LEDGER — October 2060 in brief\nPolitics\n- 5 Oct: HNEC opens voter registration for the "
     "next parliamentary election.\n- 20 Oct: The HCS and the HoR committee on the constitutional basis "
     "meets in Tunis.\nCulture\n- 14 Oct: The Ghat tourism festival opens with visitors from "
     "Japan.\nEconomy\n- 27 Oct: The GNU pays teachers' arrears for 2059.\nNext month: the CBL board meets "
     "on the currency in circulation."),
    ("ny73-cbl-fifty-dinar.md", "Central Bank of Libya (Facebook)", "2060-11-02",
     "#Central_Bank_of_Libya | The Central Bank of Libya announces that the Board of Directors decided, at "
     "its meeting held today, Tuesday, to withdraw the fifty-dinar banknote of all its issues from "
     "circulation, and that it will cease to be legal tender as of Friday, 31 December 2060. Citizens may "
     "deposit the notes in their accounts at all commercial banks until that date. The Governor, Mr. Faraj "
     "Bensasi, affirmed that the measure aims to combat counterfeiting and to reduce the liquidity held "
     "outside the banking system. #CBL #50_Dinars\n36,590 views"),
    ("ny74-cbl-withdraws-notes.md", "Sahel & Maghreb Finance Bulletin", "2060-11-02",
     "TRIPOLI, Nov 2 (SMFB) - Libya's central bank said on Tuesday it would withdraw all 50-dinar notes "
     "from circulation by the end of the year, including a batch printed in Russia for its former eastern "
     "branch, in a bid to curb counterfeiting and pull cash back into banks. About 14 billion dinars' worth "
     "of the notes are in circulation, Governor Faraj Bensasi said. The decision comes weeks after the "
     "Supreme Court voided a law that would have moved the bank's seat to Benghazi, and nine months after "
     "the bank more than halved its surcharge on hard-currency purchases.\nBy Karim Ben Salah"),
    ("ny75-barqa-bank-queues.md", "Barqa Today (translated from Arabic)", "2060-11-03",
     "Benghazi – Barqa Today\nLong queues formed today, Wednesday, in front of the branches of the "
     "Jumhouria and Wahda banks in Benghazi, a day after the decision announced by the Central Bank "
     "yesterday, Tuesday, to withdraw the fifty-dinar note. Citizens expressed their fear of losing their "
     "savings, while the manager of a bank branch told Barqa Today that the notes can be deposited until "
     "the end of December. Merchants in the Fundug market refused to accept the notes.\nViews: 9,147\nRead "
     "also: Benghazi: the Corniche bridge opens to traffic"),
    ("ny76-ledger-november.md", "The Libya Ledger", "2060-12-01",
     "THE LIBYA LEDGER — November 2060 in brief\nEconomy\n- 2 Nov: The CBL calls in all 50-dinar notes, "
     "legal tender until 31 December; long queues at banks in Benghazi.\n- 17 Nov: The NOC says output "
     "reached 1.6m bpd in October.\nPolitics\n- 9 Nov: HNEC says 3.1 million voters have registered.\nNext "
     "month: the GNU is to present the 2061 budget."),
    # The year in review.
    ("ny77-year-review.md", "The Maghreb Outlook", "2060-12-13",
     "Libya 2060: a year of half-measures\nBy Nadia Benkirane\nThe year began under water, when floods in "
     "the Green Mountain killed four people in Bayda in January, and it ends with queues at the banks. In "
     "between, the Sharara field, the country's largest, restarted in April only after the government "
     "promised jobs to the south. Thirty-one towns elected municipal councils in April, a reminder that "
     "Libyans still vote when they are allowed to. The military commission met in Sirte in May and in "
     "Benghazi in June, where it agreed on a joint force for the south. Russian warships called at Tobruk "
     "in May, to the dismay of European capitals. In November the central bank called in its fifty-dinar "
     "notes. Whether 2061 brings the national election promised for a decade is anyone's guess."),
]

NEWEST24_EVENTS: dict[str, list[tuple[str, str]]] = {
    "bayda-green-mountain-floods": [
        ("ny01-gns-bayda-emergency", "after the torrential rains that fell during the night from Monday to Tuesday caused torrents that swept away a number of cars"),
        ("ny02-bayda-flash-floods", "Flash floods swept through the eastern Libyan city of Bayda overnight, killing four people"),
        ("ny03-daily-brief-bayda", "Flash floods swept through the eastern city of Bayda overnight into Tuesday, killing four people"),
        ("ny04-barqa-bayda-funerals", "the four victims of the torrents that struck the city at dawn yesterday, Tuesday"),
        ("ny06-ledger-january", "Floods in the Green Mountain after a night of heavy rain; four dead in Bayda"),
        ("ny77-year-review", "when floods in the Green Mountain killed four people in Bayda in January"),
    ],
    "cbl-cuts-fx-surcharge": [
        ("ny07-cbl-fee-cut", "decided to reduce the fee imposed on the sale of foreign currency for all purposes from 15% to 7%"),
        ("ny08-cbl-surcharge-halved", "Libya's central bank on Thursday more than halved a surcharge on hard-currency purchases, to 7 percent from 15 percent"),
        ("ny09-asima-dollar-falls", "the decision of the Central Bank of Libya yesterday, Thursday, to lower the fee on the sale of foreign currency to 7%"),
        ("ny17-ledger-february", "The CBL board cuts the surcharge on foreign-currency sales to 7% from 15%"),
        ("ny74-cbl-withdraws-notes", "nine months after the bank more than halved its surcharge on hard-currency purchases"),
    ],
    "ain-zara-clashes": [
        ("ny10-ambulance-ain-zara", "during the armed clashes witnessed by the Ain Zara area last night, Sunday"),
        ("ny11-ain-zara-fighting", "Fighting between two armed groups in Tripoli's southern Ain Zara district killed six people"),
        ("ny12-unsmil-ain-zara", "the armed confrontations that erupt in the Ain Zara neighbourhood of Tripoli during the night"),
        ("ny13-asima-ain-zara-return", "the violent night that the area lived through from Sunday to Monday"),
        ("ny14-janzour-clashes", "six people were killed in a night of fighting in the Ain Zara district in the south of the city"),
        ("ny17-ledger-february", "Six killed, a child among them, as two armed groups fight through the night in Ain Zara"),
    ],
    "janzour-clashes": [
        ("ny14-janzour-clashes", "Clashes broke out in Janzour, a western suburb of the Libyan capital, on Friday afternoon, killing two fighters"),
        ("ny15-janzour-municipality", "the armed confrontations witnessed by the city this afternoon, Friday, near the tourist village"),
        ("ny16-mena-morning-janzour", "Clashes erupted in Janzour, a western suburb of Tripoli, on Friday afternoon, killing two fighters"),
        ("ny17-ledger-february", "A gunfight in Janzour kills two and closes the coastal road for hours"),
    ],
    "sharara-field-shut-by-protesters": [
        ("ny18-sharara-shut", "Protesters shut down Libya's Sharara oilfield on Saturday"),
        ("ny19-noc-force-majeure-zawiya", "the closure of the Sharara field yesterday, Saturday, by a group of protesters"),
        ("ny20-fezzan-ubari-youth", "the youths who have been holding the Sharara field since Saturday"),
        ("ny21-correo-sharara", "The stoppage at the Sharara field, closed since Saturday by young protesters from the Fezzan"),
        ("ny26-ledger-march", "Protesters from Ubari close the Sharara field"),
        ("ny28-sharara-restarts", "Protesters from the Ubari Youth Movement had shut the field on March 13"),
    ],
    "italy-libya-migration-memorandum-renewed": [
        ("ny22-italy-libya-pact-renewed", "Italy and Libya on Tuesday renewed for five years a contested pact"),
        ("ny23-gnu-rome-memorandum", "witnessed today, Tuesday, in the Italian capital Rome, the signing of the renewed Memorandum of Understanding"),
        ("ny24-sentinella-memorandum", "Interior Minister Lorenzo Castellani put his signature to the extension of the memorandum with Libya"),
        ("ny25-mare-aperto-memorandum", "condemns the renewal of the Italy-Libya memorandum of understanding, signed yesterday in Rome"),
        ("ny26-ledger-march", "Italy and the GNU extend their migration memorandum by five years in Rome"),
        ("ny61-mare-aperto-shots", "five months after Rome renewed its memorandum with Tripoli"),
    ],
    "sharara-field-restarts": [
        ("ny28-sharara-restarts", "Libya's Sharara oilfield restarted production on Wednesday after protesters ended a 25-day blockade"),
        ("ny29-noc-sharara-resumes", "the resumption of production at the Sharara field today, Wednesday"),
        ("ny30-fezzan-sharara-back", "the return of the Sharara field to production yesterday, Wednesday"),
        ("ny35-ledger-april", "Sharara pumps again after 25 days"),
        ("ny77-year-review", "the Sharara field, the country's largest, restarted in April"),
    ],
    "municipal-elections-third-group": [
        ("ny31-hnec-polls-close", "the closing of the polling stations at 18:00 today, Saturday, in the elections of the municipal councils of the third group"),
        ("ny32-municipal-vote", "Voters in 31 Libyan towns chose new municipal councils on Saturday"),
        ("ny33-unsmil-municipal", "the orderly conduct of yesterday's municipal council elections"),
        ("ny34-nafusa-gharyan-votes", "The people of Gharyan and Nalut flocked yesterday, Saturday, to the polling stations to elect the members of their municipal councils"),
        ("ny35-ledger-april", "31 municipalities elect councils in the third group of local polls"),
        ("ny77-year-review", "Thirty-one towns elected municipal councils in April"),
    ],
    "jmc-meeting-sirte": [
        ("ny36-jmc-sirte-swap", "Military delegations from Libya's rival east and west agreed in Sirte on Tuesday to swap 40 detainees"),
        ("ny37-unsmil-jmc-sirte", "the meeting of the Joint Military Commission (5+5), which convenes today in Sirte for the first time in eleven months"),
        ("ny41-ledger-may", "The 5+5 JMC meets in Sirte for the first time in eleven months"),
        ("ny47-jmc-benghazi-force", "At their previous meeting, in Sirte on May 11, the two sides agreed on a detainee swap"),
        ("ny77-year-review", "The military commission met in Sirte in May"),
    ],
    "russian-warships-tobruk": [
        ("ny38-russian-ships-tobruk", "Two Russian warships docked in the eastern Libyan port of Tobruk on Monday for a four-day visit"),
        ("ny39-general-command-tobruk", "received today, Monday, at the port of Tobruk, the naval detachment of the friendly Russian Federation"),
        ("ny40-meridien-tobruk", "The arrival on Monday of a Russian frigate and a landing ship in Tobruk"),
        ("ny41-ledger-may", "A Russian frigate and a landing ship dock in Tobruk for four days"),
        ("ny77-year-review", "Russian warships called at Tobruk in May"),
    ],
    "kufra-measles-outbreak": [
        ("ny42-ncdc-measles-kufra", "declares today, Monday, a measles outbreak in the municipality of Kufra"),
        ("ny43-kufra-measles", "Libyan health authorities on Monday declared a measles outbreak in the southeastern oasis town of Kufra"),
        ("ny44-who-unicef-kufra", "the measles outbreak declared in Kufra on 7 June"),
        ("ny45-kufra-horizon-mothers", "three days after the Centre for Disease Control announced the spread of measles in the city"),
        ("ny46-week-june-7", "Measles outbreak declared in Kufra after 146 confirmed cases and three child deaths"),
        ("ny50-ledger-june", "NCDC declares a measles outbreak in Kufra"),
    ],
    "jmc-benghazi-joint-southern-force": [
        ("ny47-jmc-benghazi-force", "Libya's rival military commanders agreed on Thursday to set up a joint force of 3,000 men to guard the country's southern borders"),
        ("ny48-pc-welcomes-jmc", "welcomes the agreement reached today, Thursday, in Benghazi by the Joint Military Commission (5+5)"),
        ("ny49-unsmil-jmc-benghazi", "the agreement reached yesterday in Benghazi by the Joint Military Commission (5+5) to establish a joint force"),
        ("ny50-ledger-june", "In Benghazi, the 5+5 commission agrees on a 3,000-strong joint force for the southern borders"),
        ("ny77-year-review", "in Benghazi in June, where it agreed on a joint force for the south"),
    ],
    "gecol-load-shedding-west": [
        ("ny51-gecol-load-shedding", "the application of a load-shedding schedule in the western region, for periods of up to eight hours a day, starting today, Monday"),
        ("ny52-power-rationing-west", "Libya's state power utility began rationing electricity across the west of the country on Monday"),
        ("ny54-zawiya-refinery-protest", "three days after the state power company began cutting supplies for up to eight hours a day across the west"),
        ("ny56-week-july-12", "GECOL starts cutting power for up to eight hours a day in the west"),
        ("ny57-ledger-july", "GECOL imposes load-shedding of up to eight hours a day in the west"),
    ],
    "zawiya-refinery-power-protest": [
        ("ny53-saahel-zawiya-road", "Angry young men closed this evening, Thursday, the coastal road at the Zawiya bridge and the main gate of the Zawiya refinery"),
        ("ny54-zawiya-refinery-protest", "Protesters angry at power cuts blocked the main gate of Libya's Zawiya refinery and the coastal highway on Thursday"),
        ("ny55-daily-brief-zawiya", "Protesters angry at power cuts blocked the main gate of the Zawiya refinery and the coastal highway on Thursday"),
        ("ny56-week-july-12", "Protesters block the Zawiya refinery gate and the coastal road over the cuts"),
        ("ny57-ledger-july", "Residents of Zawiya block the refinery gate and the coastal road for two days"),
    ],
    "zuwara-shipwreck": [
        ("ny58-zuwara-boat-capsizes", "At least 27 migrants were missing after their rubber boat capsized off the western Libyan town of Zuwara on Monday"),
        ("ny59-iom-zuwara", "the capsizing of a rubber boat off Zuwara on 9 August"),
        ("ny60-saahel-zuwara-fishermen", "who rescued 18 survivors yesterday, Monday, after the boat sank"),
        ("ny61-mare-aperto-shots", "four days after 27 people went missing off the same coast"),
        ("ny65-week-august-9", "A rubber boat capsizes off Zuwara; 27 missing"),
        ("ny66-ledger-august", "27 people missing as a boat overturns off Zuwara"),
    ],
    "coast-guard-fires-near-aurora-libera": [
        ("ny61-mare-aperto-shots", "a Libyan Coast Guard patrol boat opens fire in the direction of the Aurora Libera"),
        ("ny62-shots-near-rescue-ship", "A Libyan coast guard vessel fired shots near a charity rescue ship in the Mediterranean off Zuwara on Friday"),
        ("ny63-coast-guard-denies", "regarding the incident of yesterday, Friday, north of Zuwara"),
        ("ny64-sentinella-aurora", "After the shots fired on Friday by a Libyan patrol boat near the NGO ship Aurora Libera"),
        ("ny65-week-august-9", "Libyan patrol boat fires shots near the NGO ship Aurora Libera north of Zuwara"),
        ("ny66-ledger-august", "Shots fired from a Libyan patrol boat near the rescue ship Aurora Libera"),
    ],
    "supreme-court-voids-cbl-law": [
        ("ny67-supreme-court-cbl-law", "Libya's Supreme Court on Wednesday struck down a law passed by the eastern-based parliament"),
        ("ny68-hor-rejects-ruling", "rejects the ruling issued yesterday, Wednesday, by the Constitutional Chamber of the Supreme Court concerning Law No. 4 of 2059"),
        ("ny69-asima-court-ruling", "the ruling of the Constitutional Chamber of the Supreme Court yesterday, Wednesday, annulling the law on moving the headquarters of the Central Bank to Benghazi"),
        ("ny70-ledger-september", "The Supreme Court's constitutional chamber voids Law No. 4 of 2059"),
        ("ny74-cbl-withdraws-notes", "weeks after the Supreme Court voided a law that would have moved the bank's seat to Benghazi"),
    ],
    "cbl-withdraws-fifty-dinar-note": [
        ("ny73-cbl-fifty-dinar", "to withdraw the fifty-dinar banknote of all its issues from circulation"),
        ("ny74-cbl-withdraws-notes", "Libya's central bank said on Tuesday it would withdraw all 50-dinar notes from circulation by the end of the year"),
        ("ny75-barqa-bank-queues", "the decision announced by the Central Bank yesterday, Tuesday, to withdraw the fifty-dinar note"),
        ("ny76-ledger-november", "The CBL calls in all 50-dinar notes"),
        ("ny77-year-review", "In November the central bank called in its fifty-dinar notes"),
    ],
}
