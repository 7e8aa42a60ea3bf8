"""Merging figures on the team's own multi-outlet stories (tests/merge_stories.py), set by set.

    python bench/story_merging.py [--details]

For each set: pairs of reports of one event that share a row (of all such pairs), pairs of
reports of two events that share one (wrong), events told by two or more reports whose
reports all share one row (groups merged), and events with a report in a row with another
event's report (groups with a wrong merge).  `--details` prints the rows of each set.  The
stories are our own texts (no devnews text).  Each set was held out in the round that wrote it
and studied since: the tenth and eleventh (NEWEST5_*, NEWEST6_*, written on 2026-12-04 by helpers
who read no merging rule) were studied in the fifth session of that day; the twelfth (NEWEST7_*,
written in that session by a helper who read no merging rule) was measured held out there (23 of
71 pairs at the session's start, 24 of 71 before its rows were read), then studied for the
session's last rules.  The thirteenth (NEWEST8_*) was written on 2026-12-04 by a helper who read
no merging rule, before any code ran on it; it was measured held out once (27 of 64 pairs) and
studied from the sixth session of 2026-12-04.  The fourteenth (NEWEST9_*) was written on 2026-12-04
by a helper who read no merging rule, before any code ran on it; it was measured held out (30 of 73
pairs, 6 of 25 groups at the session's start; 32/73 and 7/25 before it was studied) and studied from
later in the sixth session of 2026-12-04.  The fifteenth (NEWEST10_*) was written on 2026-12-04 by a
helper who read no merging rule, before any code ran on it; it was measured held out (30 of 75 pairs,
then 32), and in the seventh session of 2026-12-04 diagnosed by category only (which stage lost each
pair; one sentence read): no longer strictly held out, not to be studied row by row.  The sixteenth
(NEWEST11_*) was written on 2026-12-04 by a helper who read no merging rule, before any code ran on
it, and was held out (41 of 106 pairs, 6 of 24 groups, 1 wrong pair at 1bf21d7; 49/106, 8/24, 1
wrong at ffe4688); in the eighth session of 2026-12-04 it was diagnosed by category (which stage
lost each pair, then the sentences of the categories read): studied since (76/106, 13/24 at that
session's end).  The seventeenth (NEWEST12_*, 24 events of 2046, 83 reports,
106 pairs, nine hard negatives) was written on 2026-12-04 by a helper who read no merging rule, before any
code ran on it; it was measured held out (52 of 106 pairs, 10 of 24 groups, 3 wrong pairs at 99fa5b3;
57/106, 11/24 before it was studied), then in the eighth session of 2026-12-04 diagnosed by category
(which stage lost each pair, then the sentences of the categories read): studied since (72/106,
14/24, 7 wrong pairs at that session's end: sentences telling both Mitiga attacks or both Bayda
floods, tagged as the later only, in the earlier's row too).  The
eighteenth (NEWEST13_*, 25 events of 2047, 86 reports, 108 pairs, nine hard negatives) was written on
2026-12-04 by a helper who read no merging rule, before any code ran on it, and was measured held out
(59 of 108 pairs, 9 of 25 groups, 3 wrong pairs at 99fa5b3 and on the code of 30797eb; 68/108,
12/25, 3 wrong at the eighth session's end); in the ninth session it was diagnosed by category:
studied since (82/108, 16/25, 3 wrong at that session's end: a sentence telling both the
desalination plant and the oncology centre, tagged as the centre only).
The nineteenth (NEWEST14_*, 24 events of 2048, 68 articles, 80 reports, 97 pairs, eight hard
negatives) was written on 2026-12-04 by a helper who read no merging rule, before any code ran on it,
and was measured held out (65/97, 13/24, 4 wrong at c2d2778; 70/97 when it was opened); in the ninth
session it was diagnosed by category: studied since (86/97, 20/24, 4 wrong at that session's end).
The twentieth (NEWEST15_*, 24 events of 2049, 70 articles, 82 reports, 102 pairs, nine hard
negatives) was written on 2026-12-04 by a helper who read no merging rule, before any code ran on it,
and was measured held out (56/102, 8/24, 6 wrong pairs at c2d2778; 61/102, 10/24, 6 wrong at the
ninth session's end); in the tenth session (2026-12-05) it was diagnosed by category: studied since
(80/102, 15/24, 4 wrong pairs at that session's end: a sentence telling both the Italian engineers'
release and their kidnapping, tagged as the release only, in the kidnapping's row).
The twenty-first (NEWEST16_*, 24 events of 2050, 69 articles, 82 reports, 103 pairs, nine hard
negatives) was written on 2026-12-04 by a helper who read no merging rule, before any code ran on it,
and was measured held out (64/103, 10/24, 0 wrong pairs on the ninth session's first code, c2d2778, on
its last, and on the tenth session's first and last code); in the eleventh session (2026-12-05) it was
diagnosed by category: studied since (78/103, 13/24, 0 wrong pairs at that session's end).
The twenty-second (NEWEST17_*, 16 events of 2051, 49 articles, 58 reports, 78 pairs, six hard
negatives) was written on 2026-12-05 by a helper who read no merging rule, before any code ran on it,
and was measured held out (42/78, 7/16, 0 wrong pairs on the tenth session's first code, 0a18a95, and on
its last, and on the eleventh session's first code, 9f4daa3, and on its last); in the twelfth session
(2026-12-05) it was diagnosed by category: studied since (62/78, 11/16, 0 wrong pairs at that session's
last measurement).
The twenty-third (NEWEST18_*, 17 events of 2052, 57 articles, 64 reports, 90 pairs, six hard
negatives) was written on 2026-12-05 by a helper who read no merging rule, before any code ran on it,
and was measured held out (49/90, 5/17, 0 wrong pairs on the twelfth session's first code, 50f713e, and
51/90, 5/17, 0 wrong on its last and on the thirteenth session's first, abbfd76); in the thirteenth
session it was diagnosed by category: studied since (69/90, 11/17, 0 wrong pairs at that session's end;
74/90, 12/17, 0 wrong at the fourteenth's).
The twenty-fourth (NEWEST19_*, 18 events of 2053, 62 articles, 82 reports, 157 pairs, seven hard
negatives) was written on 2026-12-05 by a helper who read no merging rule, before any code ran on it,
and was measured held out (80/157, 3/18, 0 wrong pairs on the twelfth session's first code, 50f713e, on its
last and on the thirteenth session's first, abbfd76; 82/157, 3/18, 0 wrong on the thirteenth session's last
and the fourteenth's first, 2a0740b); in the fourteenth session (2026-12-05) it was diagnosed by category:
studied since (121/157, 7/18, 0 wrong pairs at that session's end).
The twenty-fifth (NEWEST20_*, 18 events of 2054, 66 articles, 88 reports, 178 pairs, seven hard
negatives) was written on 2026-12-05 by a helper who read no merging rule, before any code ran on it,
and was measured held out (92/178, 4/18, 1 wrong pair on the thirteenth session's first code, abbfd76,
and 95/178, 5/18, 1 wrong pair on its last and on the fourteenth's first, 2a0740b; 116/178, 9/18, 0
wrong pairs on the fourteenth's last, 8f6357a, whose scorer counts that one pair explained by the row
of a third event both sentences tell, on the first code too); in the fifteenth session (2026-12-05) it
was diagnosed by category: studied since (131/178, 10/18, 0 wrong pairs at that session's end).
The twenty-sixth (NEWEST21_*, 18 events of 2055, 66 articles, 86 reports, 169 pairs, seven hard
negatives) was written on 2026-12-05 by a helper who read no merging rule, before any code ran on it,
and is held out: measure it, do not study it (82/169, 3/18, 4 wrong pairs on the fourteenth session's
first code, 2a0740b; 117/169, 8/18, 4 wrong pairs on its last, 8f6357a, which the fifteenth session
started from; 125/169, 9/18, 7 wrong pairs of the same four events on the fifteenth's last; details
not read; 125/169, 9/18, 3 wrong pairs on the sixteenth's first and last with the scorer's rule for a
sentence held in a row for its other dated clause, see tests/merge_stories._held_for_another_clause);
opened for study on 2026-12-05 by the seventeenth session, after its held-out figure on 4eee04f was taken.
The twenty-seventh (NEWEST22_*, 18 events of 2056, 68 articles, 91 reports, 191 pairs, hard negatives of
one field shut and restarted, two rounds of clashes in one town, a kidnapping and the release, two
sinkings, floods in two towns) was written on 2026-12-05 by a helper who read no merging rule and no
libyadesk code, before any code ran on it, and is held out: measure it, do not study it (127/191,
7/18, 4 wrong pairs on the sixteenth session's first code, 00bfaef; 132/191, 7/18, 4 on its last;
details not read).
The twenty-eighth (NEWEST23_*, 18 events of 2058, 74 articles, 96 reports, 213 pairs, hard negatives of
one terminal struck and later shut, an arrest and the verdict, two rounds of talks in one town, two fires
in one week, a rescue and a sinking, a vote put off and its new date set) was written on 2026-12-05 by a
helper who read no merging rule and no libyadesk code, before any code ran on it, and is held out:
measure it, do not study it (99/213, 4/18, 0 wrong pairs, 5 reports in no row on the seventeenth
session's first code, 4eee04f; details not read).
The twenty-ninth (NEWEST24_*, 18 events of 2060, 77 articles, 97 reports, 216 pairs, hard negatives of
two Tripoli clashes in one week, a field shut and restarted, two rounds of military talks, one bank's two
acts, a ruling and a later act of the bank, rationing and the protest it caused, a capsizing and a
shooting off one town in one week, a memorandum and the shots from a boat it supplied, two oil protests)
was written on 2026-12-05 by a helper who read no merging rule and no libyadesk code, before any code
ran on it, and is held out: measure it, do not study it (141/216, 6/18, 0 wrong pairs, 3 reports in no
row on the eighteenth session's first code, bb4e571; details not read).
NEWEST22 is opened for study on 2026-12-05 by the eighteenth session, after its held-out figure on
bb4e571 was taken (132/191, 7/18, 4 wrong pairs; 142/191, 8/18, 4 wrong pairs at the session's end).
NEWEST23 and NEWEST24 at the eighteenth session's end: 99/213, 4/18, 0 wrong; 141/216, 6/18, 0 wrong
(unchanged).
The thirtieth (NEWEST25_*, 18 events of 2062, 79 articles, 103 reports, 245 pairs, eleven hard negatives:
two storms eight days apart, a dockers' strike and a customs stoppage at two ports in one week, an arrest
and the road blockade it caused, that arrest and the man's sentence months later, a terminals' blockade
and its lifting, that blockade and a fuel protest four days later, two foreign ministers' visits in one
week, a kidnapping and an airport's closure by shelling in one city, a reshuffle and the kidnapping of a
minister it appointed, an arrest at an airport and that airport's closure, two road blockades) was
written on 2026-12-06 by a helper who read no merging rule and no libyadesk code, before any code ran on
it, and is held out: measure it, do not study it (154/245, 6/18, 0 wrong pairs, 4 reports in no row on
the nineteenth session's first code, 5fd956a; details not read).
NEWEST23 is opened for study on 2026-12-06 by the nineteenth session (its held-out figures were taken on
4eee04f and bb4e571: 99/213, 4/18).
The thirty-first (NEWEST26_*, 18 events of 2064, 81 articles, 102 reports, 240 pairs, twelve hard
negatives: two clashes in one suburb ten days apart, a blackout and a fuel decree two days apart, that
decree and the protest it caused, a field's shutdown and its reopening, two foreign ministers' visits in
one week received by one minister, a court ruling and a UN briefing naming it, an attempt on a mayor and
his re-election months later, that attempt and the briefing naming it, a drone strike and a kidnapping
in one city on consecutive days, a capsizing and that kidnapping with victims of one country, a ruling
and a municipal election, two reopenings named in one review) was written on 2026-12-06 by a helper who
read no merging rule and no libyadesk code, before any code ran on it, and is held out: measure it, do
not study it (136/240, 4/18, 0 wrong pairs, 0 reports in no row on the twentieth session's first code,
47ad3f3; details not read).
NEWEST24 is opened for study on 2026-12-06 by the twentieth session (its held-out figures were taken on
bb4e571, 5fd956a and 47ad3f3: 141/216, 6/18; 145/216, 7/18 on 47ad3f3).
At the twentieth session's end: NEWEST24 156/216, 9/18 (a night dated by its evening's day or by its
morning's is one event when both reports tell a night; a body reacting through its head in apposition;
the countries beyond a country's own borders are places); NEWEST23 128/213, 7/18; held-out NEWEST25
153/245, 6/18 (154 on 47ad3f3) and NEWEST26 136/240, 4/18 (as on 47ad3f3); 0 wrong pairs added anywhere.
The thirty-second (NEWEST27_*, 18 events of 2066, 79 articles, 102 reports, 240 pairs, fifteen hard
negatives: two strikes at one port three weeks apart, a cholera outbreak and the border closure it caused
two days later, that closure and its reopening posted by one command, a bridge's collapse and the
minister's resignation over it, a budget vote and that resignation two days later, a plant's opening and
a sandstorm in one town on consecutive days, a hostage release and the arrest of the suspected kidnapper,
that arrest and the protest it caused the next day, two liberations of detainees, two fires ten days
apart, an annulment of results and the sentence that grew out of it, and others) was written on
2026-12-06 by a helper who read no merging rule and no libyadesk code, before any code ran on it, and is
held out: measure it, do not study it (177/240, 8/18, 0 wrong pairs, 0 reports in no row on the
twenty-first session's first code, 1ed5067; details not read).
NEWEST25 is opened for study on 2026-12-06 by the twenty-first session (its held-out figures were taken on
5fd956a, 47ad3f3 and 1ed5067: 154/245, 6/18; 153/245, 6/18).
The thirty-third (NEWEST28_*, 18 events of 2067, 79 articles, 102 reports, 240 pairs, sixteen hard
negatives: an abduction and the clashes it set off the next day, those clashes and the ceasefire that
ended them, a field's shutdown and its restart, that shutdown and the devaluation it helped bring, the
devaluation and a court's suspension of it, two suspensions of scheduled measures by national bodies, a
drone strike and the postponed vote it caused, and others) was written on 2026-12-06 by a helper who read
no merging rule and no libyadesk code, before any code ran on it, and is held out: measure it, do not
study it (153/240, 6/18, 3 wrong pairs (the devaluation and its suspension), 0 reports in no row on the
twenty-second session's first code, 493d1fa; details not read).
NEWEST26 is opened for study on 2026-12-06 by the twenty-second session (its held-out figures were taken
on 47ad3f3, 1ed5067 and 493d1fa: 136/240, 4/18 each time).
The thirty-fourth (NEWEST29_*, 18 events of 2069, 85 articles, 102 reports, 240 pairs, seventeen hard
negatives: locust swarms arriving and the spraying campaign six days later in one town, two seizures at
one port three weeks apart, a navy's interception and the foreign minister's visit about it nine days
later, a cabinet reshuffle and the new ministers' swearing-in three days later, a killing and a raid in one
town five weeks apart, an airport's closure and a kidnapping two days later, a teachers' strike and a
school vaccination drive eight days later, and others) was written on 2026-12-06 by a helper who read no merging rule and no
libyadesk code, before any code ran on it, and is held out: measure it, do not study it (178/240, 10/18,
0 wrong pairs, 1 report in no row on the twenty-third session's first code, ade9a11; details not read).
NEWEST27 is opened for study on 2026-12-06 by the twenty-third session (its held-out figures were taken on
1ed5067, 493d1fa and ade9a11: 177/240, 8/18 each time).
The thirty-fifth (NEWEST30_*, 18 events of 2070, 85 articles, 103 reports, 245 pairs, sixteen hard
negatives: two incidents at one port weeks apart, an announcement and its implementation days later, a
crisis and a minister's visit about it, a flood and the aid convoy after it, and others) was written on
2026-12-06 by a helper who read no merging rule and no libyadesk code, before any code ran on it, and is
held out: measure it, do not study it (194/245, 10/18, 0 wrong pairs, 1 report in no row on the
twenty-fourth session's first code, 7962be1; 195/245 on 6cea9c3, that session's rules so far; details
not read).
NEWEST28 is opened for study on 2026-12-06 by the twenty-fourth session (its held-out figures were taken
on 493d1fa, ade9a11 and 7962be1: 153/240, 154/240, 154/240).
The thirty-sixth (NEWEST31_*, 18 events of 2071, 90 articles, 103 reports, 245 pairs, seventeen hard
negatives: a kidnapping and the release of the same engineers 16 days later, an exam leak and the minister's
dismissal four days later, a devaluation and the court ruling that suspended it, clashes in a town and the
ceasefire there six days later, two fuel seizures at sea by one coast guard, and others) was written on
2026-12-06 by a helper who read no merging rule and no libyadesk code, before any code ran on it, and is
held out: measure it, do not study it (171/245, 9/18, 0 wrong pairs, 2 reports in no row on the
twenty-fifth session's first code, 97e337e; details not read).
The thirty-seventh (NEWEST32_*, 18 events of 2072, a leap year, 90 articles, 103 reports, 247 pairs,
hard negatives among them: an oil field shut by protesters and reopened 19 days later, two boats lost off
the coast weeks apart, an arrest and the same man's sentencing six months later, a blackout and the
minister's resignation four days later, one Italian minister's two visits, in Tripoli and in Benghazi) was
written on 2026-12-06 by a helper who read no merging rule and no libyadesk code, before any code ran on
it, and is held out: measure it, do not study it (157/247, 5/18, 0 wrong pairs, 0 reports in no row on
the twenty-sixth session's first code, 3040e68; details not read).
The thirty-eighth (NEWEST33_*, 18 events of 2073, 92 articles, 103 reports, 247 pairs, hard negatives among
them: two rounds of clashes in one town four months apart between the same two groups, a strike and its end
ten days later, an arrest and the same man's trial five months later, one Greek minister's two visits, in
Benghazi and in Tripoli, an earthquake and a building's collapse) was written on 2026-12-06 by a helper who
read no merging rule and no libyadesk code, before any code ran on it, and is held out: measure it, do not
study it (166/247, 5/18, 0 wrong pairs, 0 reports in no row on the twenty-seventh session's first code,
c4701a1; details not read).
The thirty-ninth (NEWEST34_*, 18 events of 2074, 92 articles, 103 reports, 247 pairs, hard negatives among
them: two floods in one town three months apart with the same mayor and civil defence captain, an oilfield
shut by protesters and reopened 25 days later, a kidnapping and the release of the same engineers, one
Maltese minister's two visits, in Tripoli and in Misrata, a protest against a fuel decree and the court
ruling that annulled it) was written on 2026-12-06 by a helper who read no merging rule and no libyadesk
code, before any code ran on it, and is held out: measure it, do not study it (168/247, 7/18, 5 wrong pairs
(the two floods of one town), 0 reports in no row on the twenty-eighth session's first code, a89139d;
details not read).
NEWEST31 is opened for study on 2026-12-06 by the twenty-eighth session (held out until then: 171/245 on
97e337e, 180/245 on c4701a1 and a89139d).
NEWEST30 is opened for study on 2026-12-06 by the twenty-seventh session (held out until then: 195/245 on
c4701a1).
NEWEST29 is opened for study on 2026-12-06 by the twenty-sixth session (held out until then: 178/240 at
the twenty-fourth session's start, 186/240 at the twenty-fifth's, 192/240 on 3040e68).
At the twenty-first session's end: NEWEST25 183/245, 9/18, reports in no row 3 -> 1 (a court's sentencing a
kind of happening, a figure in words its figure, a reception's guest by the state's style, an exchange
rate "amended", a digest's entry no caption, a measure "with effect from today", "a strike by
dockworkers" a walkout, "gunmen seized the deputy health minister" an abduction); NEWEST24 160/216;
NEWEST23 136/213, 8/18; NEWEST14 90/97; NEWEST10 49/75; NEWEST18 73/90 (76 before: "after twelve days of
blockade" now weighs as "12 days" did); held-out NEWEST26 136/240 and NEWEST27 177/240 unchanged; 0 wrong
pairs added anywhere.
At the twenty-second session's end (its rules: a part of a town by its name alone and two parts of one
town apart, a part meeting its town though a participant's name holds the town, the town a municipality's
post calls "the city", "The city of X ..." and "the mountain town of X", a site's name holding "of", a
body's seat before a word of saying no place of the happening, one foreign visitor in one town on one day
one visit, "armed confrontations" clashes, a road cut a closure, a grid collapse a blackout, "warned the
Security Council" a briefing; a read-only
review's mends took back a site lying in any district, squares as sites, Tajoura in Tripoli, "claimed the
lives" as a killing and "FM" as a title): NEWEST26 (opened) 136 -> 170/240, 4 -> 6/18; NEWEST24 160 ->
163/216, 9 -> 10/18; NEWEST25 183/245 (188 before the review's mends); newest7 48 -> 50/71, newest8 46 ->
49/67, newest10 49 -> 51/75; held-out NEWEST27 177/240 and NEWEST28 153 -> 154/240; 0 wrong pairs added
anywhere (a brigade's clashes in two towns, a host's two guests, a parade and a reception stay apart).
At the twenty-third session's end (its rules: a sandstorm a disaster of its own, a resignation a kind
in the family of offices, "the will of Allah" and "may Allah have mercy on them" no future, a date in an
apposition's relative clause and one looked back to after the day its sentence told no move of the story
(so "His departure came two days after parliament passed a budget" counts from the resignation); a
read-only review took back walkouts "for a set time", "for the first time since" as a resumption and
"trade ... detainees" as a swap, each with a confirmed misfire): NEWEST27 (opened) 177 -> 196/240, 8 ->
10/18; held-out NEWEST28 154/240 and NEWEST29 178/240 unchanged; every other set unchanged; 0 wrong
pairs added anywhere.  A registry entry for the Supreme Court was tried and left out (its two words
then weigh as one name: NEWEST19 133 -> 124); so was taking a clause's places from the part of its
sentence its date belongs to (NEWEST19 133 -> 128).
At the twenty-fourth session's end (its rules: a fire a
disaster and a gun's fire a shooting, "dealing with" no deal, "close the gap" no closure, a resolution
"setting the exchange rate" a devaluation, "in total darkness" and "a grid failure cut power to" a blackout,
"the inmates who escaped" an escape, a windstorm and torrential rains a flood, a chronology entry's rest
of its date up to a part opened by a name, crediting someone or with a verb of its own; a read-only
review's 13 misfires mended):
NEWEST28 (opened) 154 -> 188/240, 6 -> 10/18 (wrong pairs 3 -> 4, one sentence holding both the
devaluation and its suspension); NEWEST22 148 -> 152, NEWEST24 163 -> 165, NEWEST25
183 -> 187, NEWEST26 170 -> 175; held-out NEWEST29 178 -> 186/240 and NEWEST30 194 -> 195/245; every other
set unchanged; no wrong pair added elsewhere.  Tried and left out: a site after a state's possessive
("Libya's Sharara oilfield": NEWEST24 +4, NEWEST14 -3, NEWEST19 -2), "of" before a capital kept for
phrases (NEWEST10 -2), "toured" as a meeting (the original set's tour and talks of one day merged).
At the twenty-fifth session's end (its rules: the row's clauses naming a report's participants make them
no rival sides, a town set as a reference point no town a clash is in, an opening count whose main clause
is today's dates what it counts from, firms after a firm noun and states' bodies by their acronym
discovered, 42 more states; two read-only reviews' 21 misfires mended): latest 40 -> 42/45, NEWEST10 51 ->
53, NEWEST21 147 -> 151, NEWEST22 152 -> 161 (wrong pairs 4 -> 5: a release report already misplaced in the
kidnapping's row meets a second kidnapping report there), NEWEST24 165 -> 170, NEWEST25 187 -> 196,
NEWEST26 175 -> 184, NEWEST27 196 -> 204, NEWEST28 (opened) 188 -> 201/240 (10 -> 11/18); held-out NEWEST29
186 -> 192/240, NEWEST30 195/245 unchanged, NEWEST31 171 -> 180/245 (9 -> 10/18); every other set unchanged.
At the twenty-sixth session's end (its rules: one of the desk's own people in another state's capital on
one day one visit, a clause with no town at the capital of the state it names as where someone went or
through a registry participant's affiliation; a word of a two-word state name naming no state alone; a
release's reaction "today" before an "of" phrase the day's news; "the strike of the teachers" a walkout;
two read-only reviews' 22 misfires mended or their rules taken back): newest 30 -> 32/36 (10 -> 11/13),
NEWEST29 (opened) 192 -> 198/240 (reports in no row 1 -> 0); held-out NEWEST30 195/245, NEWEST31 180/245 and
NEWEST32 157/247 unchanged; every other set unchanged; no wrong pair added. Tried and taken back: "eastern"
compared as "east" (NEWEST28 +1 group, -3 pairs), a past act before an election noun on the news's own day
(misfired on "cannot register for the municipal elections on Friday").
At the twenty-seventh session's end (its merging rules: "the strike began", "the strike entered its third
day" a walkout; a digest's "Cholera is declared in Kufra" an outbreak; a site near another counts both, "the
fish market near the port"; "a cloudburst" a flood; "X, who was received yesterday at the Foreign Ministry"
a reception; a blackout both outlets tell nationwide, neither naming a town, one event; three read-only
reviews' misfires mended): NEWEST30 (opened) 195 -> 214/245 (10 -> 13/18); NEWEST28 201 -> 206/240 (11 ->
12/18); NEWEST29 198 -> 201/240; NEWEST23 136 -> 132/213 (8 -> 7/18: its participants rules, a year-end review's relative clause now
naming the man sentenced, whom the court's own release does not name); held-out NEWEST31 180/245, NEWEST32
157/247 and NEWEST33 166/247 unchanged; every other set unchanged; no wrong pair added. Tried and taken
back: a site four words after its preposition (NEWEST30 +4 and held-out NEWEST32 +14 pairs, but NEWEST14,
15, 21, 25 and 27 -2 to -5 each, 4 groups lost).
At the twenty-eighth session's end (its rules: a past written as its present after a line's singular subject
no caption; a measure "from this morning" of that day; "cancelled today" today's; a sandstorm region-wide, a
report of it at no place joining the one at a town; a tanker or vessel seized in custody; a town setting a
scene no place of a happening the date's phrase puts "in Libya"; three read-only reviews' misfires mended):
NEWEST31 (opened) 180 -> 195/245 (10/18, reports in no row 2 -> 0); held-out NEWEST34 168 -> 171/247 (7/18
and its 5 wrong pairs as on a89139d); every other set unchanged; no wrong pair added. Tried and taken back: a
body's own page no longer hiding the body as a fragment of the outlet's name (NEWEST15 -2, NEWEST20 -9,
NEWEST21 -16, NEWEST33 -2: the body becomes a side of its own statements); "the ruling issued" a court's
ruling (a party's board issues one too); "the prisoners who returned" a release ("returned to fighting").
`tuning` is the texts the round that wrote LATEST_* tried its rules on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import merge_stories as ms  # noqa: E402

from libyadesk.corpus import load_corpus  # noqa: E402
from libyadesk.index import build_index  # noqa: E402
from libyadesk.timeline import timeline  # noqa: E402

SETS = {
    "original": (ms.ARTICLES, ms.EVENTS),
    "held-out": (ms.HELD_OUT_ARTICLES, ms.HELD_OUT_EVENTS),
    "unseen": (ms.UNSEEN_ARTICLES, ms.UNSEEN_EVENTS),
    "fresh": (ms.FRESH_ARTICLES, ms.FRESH_EVENTS),
    "latest": (ms.LATEST_ARTICLES, ms.LATEST_EVENTS),
    "newest": (ms.NEWEST_ARTICLES, ms.NEWEST_EVENTS),
    "newest2": (ms.NEWEST2_ARTICLES, ms.NEWEST2_EVENTS),
    "newest3": (ms.NEWEST3_ARTICLES, ms.NEWEST3_EVENTS),
    "newest4": (ms.NEWEST4_ARTICLES, ms.NEWEST4_EVENTS),
    "newest5": (ms.NEWEST5_ARTICLES, ms.NEWEST5_EVENTS),
    "newest6": (ms.NEWEST6_ARTICLES, ms.NEWEST6_EVENTS),
    "newest7": (ms.NEWEST7_ARTICLES, ms.NEWEST7_EVENTS),
    "newest8": (ms.NEWEST8_ARTICLES, ms.NEWEST8_EVENTS),
    "newest9": (ms.NEWEST9_ARTICLES, ms.NEWEST9_EVENTS),
    "newest10": (ms.NEWEST10_ARTICLES, ms.NEWEST10_EVENTS),
    "newest11": (ms.NEWEST11_ARTICLES, ms.NEWEST11_EVENTS),
    "newest12": (ms.NEWEST12_ARTICLES, ms.NEWEST12_EVENTS),
    "newest13": (ms.NEWEST13_ARTICLES, ms.NEWEST13_EVENTS),
    "newest14": (ms.NEWEST14_ARTICLES, ms.NEWEST14_EVENTS),
    "newest15": (ms.NEWEST15_ARTICLES, ms.NEWEST15_EVENTS),
    "newest16": (ms.NEWEST16_ARTICLES, ms.NEWEST16_EVENTS),
    "newest17": (ms.NEWEST17_ARTICLES, ms.NEWEST17_EVENTS),
    "newest18": (ms.NEWEST18_ARTICLES, ms.NEWEST18_EVENTS),
    "newest19": (ms.NEWEST19_ARTICLES, ms.NEWEST19_EVENTS),
    "newest20": (ms.NEWEST20_ARTICLES, ms.NEWEST20_EVENTS),
    "newest21": (ms.NEWEST21_ARTICLES, ms.NEWEST21_EVENTS),
    "newest22": (ms.NEWEST22_ARTICLES, ms.NEWEST22_EVENTS),
    "newest23": (ms.NEWEST23_ARTICLES, ms.NEWEST23_EVENTS),
    "newest24": (ms.NEWEST24_ARTICLES, ms.NEWEST24_EVENTS),
    "newest25": (ms.NEWEST25_ARTICLES, ms.NEWEST25_EVENTS),
    "newest26": (ms.NEWEST26_ARTICLES, ms.NEWEST26_EVENTS),
    "newest27": (ms.NEWEST27_ARTICLES, ms.NEWEST27_EVENTS),
    "newest28": (ms.NEWEST28_ARTICLES, ms.NEWEST28_EVENTS),
    "newest29": (ms.NEWEST29_ARTICLES, ms.NEWEST29_EVENTS),
    "newest30": (ms.NEWEST30_ARTICLES, ms.NEWEST30_EVENTS),
    "newest31": (ms.NEWEST31_ARTICLES, ms.NEWEST31_EVENTS),
    "newest32": (ms.NEWEST32_ARTICLES, ms.NEWEST32_EVENTS),
    "newest33": (ms.NEWEST33_ARTICLES, ms.NEWEST33_EVENTS),
    "newest34": (ms.NEWEST34_ARTICLES, ms.NEWEST34_EVENTS),
    "tuning": (ms.TUNING_ARTICLES, ms.TUNING_EVENTS),
}


def rows_of(articles) -> list:
    """The timeline rows of a corpus made of the articles, built in a temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, text in ms.pages(articles).items():
            (root / name).write_text(text, encoding="utf-8")
        return timeline(build_index(load_corpus(root).documents))


def figures(rows, events) -> dict:
    """Pairwise and per-event merging figures of one set's rows."""
    held = ms.report_rows(rows, events)
    right, total, wrong = ms.pairwise(rows, events)
    event_of = {r: e for e, reports in events.items() for r in reports}
    groups = {e: reports for e, reports in events.items() if len(reports) > 1}
    merged = sum(1 for reports in groups.values() if set.intersection(*(held[r] for r in reports)))
    wrong_events = set()
    for a in held:
        for b in held:
            if event_of[a] != event_of[b] and held[a] & held[b] and not ms.explained(rows, a, b, event_of, held):
                wrong_events.add(event_of[a])
    missing = [r for r, where in held.items() if not where]
    return {"pairs": (right, total), "wrong_pairs": wrong, "groups": (merged, len(groups)),
            "events_wrongly_merged": sorted(wrong_events), "reports_in_no_row": missing}


def main() -> None:
    """Print the figures of every set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print each set's rows")
    parser.add_argument("sets", nargs="*", default=list(SETS), help="sets to measure (default: all)")
    args = parser.parse_args()
    for name in args.sets:
        articles, events = SETS[name]
        rows = rows_of(articles)
        f = figures(rows, events)
        print(f"{name:9} pairs {f['pairs'][0]}/{f['pairs'][1]}  wrong pairs {f['wrong_pairs']}  "
              f"groups merged {f['groups'][0]}/{f['groups'][1]}  events wrongly merged {len(f['events_wrongly_merged'])}"
              f"{' ' + ','.join(f['events_wrongly_merged']) if f['events_wrongly_merged'] else ''}  "
              f"reports in no row {len(f['reports_in_no_row'])}")
        if args.details:
            for r in rows:
                print(f"   {r.date:12} {r.kind:10} {sorted(s.doc for s in r.sources)} {r.text[:100]!r}")
            for r in f["reports_in_no_row"]:
                print("   not in any row:", r)


if __name__ == "__main__":
    main()
