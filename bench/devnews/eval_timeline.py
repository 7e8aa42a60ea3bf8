"""Score `libyadesk timeline --json` on one devnews half against the hand-made timeline gold.

    python bench/devnews/eval_timeline.py test [--libyadesk PATH] [--json] [--details]

The half is written as a temporary corpus (materialize.make_corpus), the given libyadesk
executable (default: the one on PATH, so any commit's venv can be measured) runs `timeline --json
--no-cache` on it, and every output row is mapped back to raw character spans of the devnews files
(materialize.locate) and compared with gold/timeline_HALF*.jsonl.  The measures are defined in
gold/README.md ("Measures").  `--details` lists each row's category and gold id, then each gold event found at no accepted
date (with the text only for the dev half: test-half text is never printed).
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import materialize as m  # noqa: E402

GOLD = HERE / "gold"
TIMEOUT = 1800  # seconds; a whole half takes well under a minute


def load_gold(half: str) -> tuple[list[dict], dict[str, str], dict[str, dict]]:
    """Gold events, group of each event id (ungrouped events are their own group), regions by file."""
    if not (GOLD / f"timeline_{half}.jsonl").exists():
        sys.exit(f"eval_timeline: no gold for the {half} half (gold/timeline_{half}.jsonl)")
    events = [json.loads(line) for line in (GOLD / f"timeline_{half}.jsonl").read_text(encoding="utf-8").splitlines()]
    group = {e["id"]: e["id"] for e in events}
    for line in (GOLD / f"timeline_{half}_groups.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        for eid in g["events"]:
            group[eid] = "g:" + g["group"]
    regions = {}
    for line in (GOLD / f"timeline_{half}_regions.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        regions[r["file"]] = r
    return events, group, regions


def run_timeline(half: str, exe: str) -> list[dict]:
    """The `timeline --json` rows of a half, from a fresh temporary corpus."""
    with tempfile.TemporaryDirectory(prefix=f"devnews-{half}-") as tmp:
        corpus = m.make_corpus(half, Path(tmp) / "corpus")
        cmd = [exe, "timeline", "--corpus", str(corpus), "--json", "--no-cache"]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[:500]}")
        return json.loads(proc.stdout)["events"]


def fold_name(name: str) -> str:
    """A name compared without case, accents, quote or hyphen styles."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(s.replace("-", " ").replace("'", "").replace("’", "").casefold().split())


def names(actor: list) -> set[str]:
    """Every folded spelling of a gold actor [canonical, aliases]."""
    return {fold_name(actor[0])} | {fold_name(a) for a in actor[1]}


def evaluable(e: dict) -> bool:
    """A gold event whose date the page fixes (not null, no unknown year)."""
    return bool(e["value"]) and not e["value"].startswith("XXXX")


def date_right(row_date: str | None, e: dict) -> bool:
    """The row's date is one the gold accepts for this event."""
    return bool(row_date) and row_date in e["accept"]


_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def bounds(value: str) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of a TIMEX3 date value (day, week, weekend, month, season, quarter,
    half, year, decade); None for anything else."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = datetime.date.fromisoformat(value)
            return d, d
        m_ = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
        if m_:
            start = datetime.date.fromisocalendar(int(m_[1]), int(m_[2]), 6 if m_[3] else 1)
            return start, datetime.date.fromisocalendar(int(m_[1]), int(m_[2]), 7)
        m_ = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m_:
            y, mo = int(m_[1]), int(m_[2])
            nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
            return datetime.date(y, mo, 1), nxt - datetime.timedelta(days=1)
        m_ = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])", value)
        if m_:
            y, part = int(m_[1]), m_[2]
            first, last = _SEASON.get(part) or (
                (3 * int(part[1]) - 2, 3 * int(part[1])) if part[0] == "Q" else (6 * int(part[1]) - 5, 6 * int(part[1])))
            end_y, end_m = y + (last - 1) // 12, (last - 1) % 12 + 1
            nxt = datetime.date(end_y + (end_m == 12), end_m % 12 + 1, 1)
            return datetime.date(y, first, 1), nxt - datetime.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return datetime.date(int(value), 1, 1), datetime.date(int(value), 12, 31)
        if re.fullmatch(r"\d{3}X", value):
            return datetime.date(int(value[:3]) * 10, 1, 1), datetime.date(int(value[:3]) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None


def agree(a: str, b: str) -> bool:
    """Two date values agree at the coarser precision: one's span holds the other's."""
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return a == b
    return (ba[0] <= bb[0] and bb[1] <= ba[1]) or (bb[0] <= ba[0] and ba[1] <= bb[1])


def compatible(row_date: str | None, e: dict) -> bool:
    """The row's date and one accepted gold value agree at the coarser precision."""
    return bool(row_date) and any(agree(row_date, v) for v in e["accept"])


def in_span(span: tuple[int, int], spans: list[dict]) -> int:
    """Characters of span inside any of the given region spans."""
    return sum(m.overlap(span, (s["start"], s["end"])) for s in spans)


def evaluate(half: str, rows: list[dict]) -> dict:
    """Every measure of gold/README.md, with counts, and a category per row."""
    events, group, regions = load_gold(half)
    by_file: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_file[e["file"]].append(e)
    by_id = {e["id"]: e for e in events}
    doc_file = {m.doc_name(f): f for f in m.files(half)}
    index = m.index()
    raws = {f: m.raw(f) for f in doc_file.values()}

    def match_span(file: str, span: tuple[int, int], date: str | None, kind: str | None = None,
                   like: dict | None = None) -> dict | None:
        """The gold event a located sentence reports: overlapping, right date first, then the row's
        kind (one sentence may state an onset and an event of one date, two rows: "since February,
        when parliament named X"), or for a report merged into a row the group of the row's own
        event (`like`), then most overlap."""
        cands = [e for e in by_file[file] if m.overlap(span, (e["start"], e["end"])) > 0]
        if not cands:
            return None
        return max(cands, key=lambda e: (date_right(date, e), compatible(date, e), e["kind"] == kind,
                                         like is not None and group[e["id"]] == group[like["id"]],
                                         m.overlap(span, (e["start"], e["end"]))))

    def before(file: str, span: tuple[int, int]) -> list[dict]:
        """The gold events of a file that end before a span starts, in text order."""
        return sorted((e for e in by_file[file] if e["end"] <= span[0]), key=lambda e: e["end"])

    def in_prose(file: str, span: tuple[int, int]) -> bool:
        """Whether most of a span lies in the article's prose (the gold regions)."""
        return in_span(span, regions[file]["prose"]) * 2 >= span[1] - span[0]

    # How many rows cite each sentence (as their own or as one of their sources).
    shared = Counter(k for r in rows for k in {(r.get("doc"), r.get("text")),
                                               *((c.get("doc"), c.get("text")) for c in r.get("sources", []))})
    out_rows = []
    found: dict[str, set[str]] = defaultdict(set)  # gold id -> row dates that reported it
    found_by_row: dict[str, set[int]] = defaultdict(set)
    for i, row in enumerate(rows):
        date = row.get("date")
        file = doc_file.get(row.get("doc", ""))
        rec = {"row": i, "doc": row.get("doc"), "date": date, "dated_by": row.get("dated_by"),
               "kind": row.get("kind"), "gold": None, "category": None, "members": [], "foreign": 0}
        # A text printed twice is placed at its printing in the article's prose, if one is.
        span = m.locate(raws[file], row.get("text") or "", lambda s: in_prose(file, s)) if file else None
        rec["span"] = span
        # The row's kind tells its gold event apart only when the output cites its sentence in more
        # than one row (an onset and an event of one date: "since February, when parliament named
        # X"); else it would favour the row's own kind and flatter the kind accuracy.
        split = shared[(row.get("doc"), row.get("text"))] > 1
        primary = match_span(file, span, date, row.get("kind") if split else None) if span else None
        if primary is None:
            if not span:
                title = index[file]["title"] if file else ""
                rec["category"] = "nonevent:unlocated" + (":title" if file and fold_name(row.get("text", "")) in fold_name(title) else "")
            else:
                reg = regions[file]
                if in_span(span, reg["nonevents"]) > 0:
                    rec["category"] = "nonevent:generic"
                elif in_span(span, reg["prose"]) * 2 < span[1] - span[0]:
                    rec["category"] = "nonevent:chrome"
                elif row.get("dated_by") == "publication":
                    rec["category"] = "prose:undated"
                elif any(compatible(date, e) for e in before(file, span)[-1:]):
                    # An undated sentence given the time the narrative has reached.
                    rec["category"] = "prose:narrative"
                else:
                    rec["category"] = "nonevent:misdated-prose"
        members = [primary] if primary else []
        # Other reports merged into the row: their own sentence when the output gives it,
        # else the gold event of that document that the row's date fits (same group first).
        for src in row.get("sources", [])[1:]:
            sfile = doc_file.get(src.get("doc", ""))
            if sfile is None:
                rec["foreign"] += 1
                continue
            got = None
            if src.get("text"):
                sspan = m.locate(raws[sfile], src["text"], lambda s: in_prose(sfile, s))
                # A sentence the output cites in several rows: its report here is the one of this row's group.
                like = primary if shared[(src.get("doc"), src["text"])] > 1 else None
                got = match_span(sfile, sspan, date, like=like) if sspan else None
            else:
                cands = [e for e in by_file[sfile] if compatible(date, e)]
                same = [e for e in cands if primary and group[e["id"]] == group[primary["id"]]]
                got = (same or cands or [None])[0]
            if got is None:
                rec["foreign"] += 1
            elif got not in members:
                members.append(got)
        rec["members"] = [e["id"] for e in members]
        for e in members:
            same = [x for x in members if group[x["id"]] == group[e["id"]]]
            # Recorded as the event's own accepted value when a same-group report gives the row's date.
            if date and not date_right(date, e) and compatible(date, e) and any(date_right(date, x) for x in same):
                found[e["id"]].add(e["value"] or "")
            found[e["id"]].add(date or "")
            found_by_row[e["id"]].add(i)
        if primary is not None:
            rec["gold"] = primary["id"]
            allowed = set().union(*(names(a) for e in members for a in e["actors"] + e["optional_actors"])) if members else set()
            row_names = {fold_name(a) for a in row.get("actors", [])}
            need_ok = all(names(a) & row_names for a in primary["actors"])
            extra = sorted(n for n in row_names if n not in allowed)
            # A merged row carries the finest date of its reports: right for this event when it
            # agrees with it and another report of the same group states it.
            rec["date_ok"] = date_right(date, primary) or (compatible(date, primary) and any(
                date_right(date, e) for e in members if group[e["id"]] == group[primary["id"]]))
            rec["actors_ok"] = need_ok and not extra
            rec["extra_actors"] = extra
            rec["missing_actors"] = sorted(fold_name(a[0]) for a in primary["actors"] if not names(a) & row_names)
            rec["category"] = "event:right" if rec["date_ok"] and rec["actors_ok"] else (
                "event:wrong-date" if not rec["date_ok"] else "event:wrong-actors")
        groups_in = {group[e["id"]] for e in members}
        # A wrong merge joins reports of different gold events, or a non-event with anything.
        rec["wrong_merge"] = len(groups_in) > 1 or (bool(members) and (rec["foreign"] > 0 or primary is None))
        out_rows.append(rec)

    n = len(rows)
    cats = Counter(r["category"] for r in out_rows)
    right = cats["event:right"]
    nonevent = sum(v for k, v in cats.items() if k.startswith("nonevent"))
    gold_eval = [e for e in events if evaluable(e)]
    recall_hit = [e for e in gold_eval if any(d in e["accept"] for d in found.get(e["id"], ()))]
    any_hit = [e for e in gold_eval if e["id"] in found]
    by_kind = {}
    for k in ("event", "onset", "background", "scheduled"):
        ks = [e for e in gold_eval if e["kind"] == k]
        by_kind[k] = [sum(1 for e in ks if e in recall_hit), len(ks)]
    explicit = [e for e in gold_eval if not e["lead"]]
    # Merging: groups with two or more evaluable events.
    members_of: dict[str, list[str]] = defaultdict(list)
    for e in gold_eval:
        if group[e["id"]].startswith("g:"):
            members_of[group[e["id"]]].append(e["id"])
    groups = {g: ids for g, ids in members_of.items() if len(ids) > 1}
    merged = 0
    merged_found = 0
    found_groups = 0
    unmerged = []
    for g, ids in groups.items():
        rows_sets = [found_by_row.get(eid, set()) for eid in ids]
        if all(rows_sets) and set.intersection(*rows_sets):
            merged += 1
        else:
            unmerged.append({"group": g, "events": {eid: sorted(found_by_row.get(eid, ())) for eid in ids}})
        hit = [s for s in rows_sets if s]
        if len(hit) > 1:
            found_groups += 1
            if set.intersection(*hit):
                merged_found += 1
    wrong = [r for r in out_rows if r["wrong_merge"]]
    kinds = [(r["kind"], by_id[r["gold"]]["kind"]) for r in out_rows if r["gold"] and r["kind"] is not None]
    wrong_actor_rows = [r for r in out_rows if r["category"] == "event:wrong-actors"]
    extras = Counter(x for r in wrong_actor_rows for x in r["extra_actors"])
    missing = Counter(x for r in wrong_actor_rows for x in r["missing_actors"])
    kind_confusion = Counter(f"{b}->{a}" for a, b in kinds if a != b)
    return {
        "half": half, "rows": n,
        "fully_right": [right, n],
        "nonevent": [nonevent, n],
        "categories": dict(sorted(cats.items())),
        "recall": [len(recall_hit), len(gold_eval)],
        "recall_explicit": [sum(1 for e in explicit if e in recall_hit), len(explicit)],
        "found_any_date": [len(any_hit), len(gold_eval)],
        "recall_by_kind": by_kind,
        "merge": [merged, len(groups)],
        "merge_among_found": [merged_found, found_groups],
        "wrong_merges": [len(wrong), n],
        "kind_accuracy": [sum(1 for a, b in kinds if a == b), len(kinds)],
        "gold": {"events": len(events), "evaluable": len(gold_eval), "groups": len(groups)},
        "actor_faults": {"missing_required": sum(1 for r in wrong_actor_rows if not r["extra_actors"]),
                         "extra_names": dict(extras.most_common(12)),
                         "missing_names": dict(missing.most_common(12))},
        "kind_confusion": dict(kind_confusion.most_common()),
        "details": out_rows,
        "unmerged": unmerged,
        "missed": [{"id": e["id"], "file": e["file"], "start": e["start"], "end": e["end"], "value": e["value"],
                    "kind": e["kind"], "lead": e["lead"], "row_dates": sorted(found.get(e["id"], ()))}
                   for e in gold_eval if e not in recall_hit],
    }


def pct(pair: list[int]) -> str:
    """'a of b (p%)'."""
    a, b = pair
    return f"{a} of {b} ({100 * a / b:.0f}%)" if b else f"{a} of {b} (-)"


def report(res: dict) -> str:
    """The figures as printed lines."""
    lines = [
        f"devnews {res['half']} half: {res['rows']} timeline rows; gold {res['gold']['events']} events "
        f"({res['gold']['evaluable']} with a date the page fixes), {res['gold']['groups']} same-event groups",
        f"rows fully right (event + date + actors):   {pct(res['fully_right'])}",
        f"non-event rows:                             {pct(res['nonevent'])}",
        f"dated-event recall (right date):            {pct(res['recall'])}",
        f"  without undated leads:                    {pct(res['recall_explicit'])}",
        f"  found with any date:                      {pct(res['found_any_date'])}",
        "  by kind: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in res["recall_by_kind"].items()),
        f"same-event groups merged into one row:      {pct(res['merge'])}",
        f"  among groups with 2+ events found:        {pct(res['merge_among_found'])}",
        f"rows with a wrong merge:                    {pct(res['wrong_merges'])}",
        f"kind accuracy (rows with a kind):           {pct(res['kind_accuracy'])}",
        "row categories: " + ", ".join(f"{k} {v}" for k, v in res["categories"].items()),
        f"wrong-actor rows: {res['actor_faults']['missing_required']} miss a required actor only; extra names: "
        + ", ".join(f"{k} {v}" for k, v in res["actor_faults"]["extra_names"].items())
        + "; missing names: " + ", ".join(f"{k} {v}" for k, v in res["actor_faults"]["missing_names"].items()),
        "kind errors (gold->row): " + (", ".join(f"{k} {v}" for k, v in res["kind_confusion"].items()) or "none"),
    ]
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    args = m.arguments(__doc__, "list every row's category")
    rows = run_timeline(args.half, args.libyadesk)
    res = evaluate(args.half, rows)
    if args.json:
        print(json.dumps({k: v for k, v in res.items() if k != "details" or args.details}, indent=1))
        return
    print(report(res))
    if args.details:
        for i, (r, row) in enumerate(zip(res["details"], rows)):
            extra = f" extra={r.get('extra_actors')}" if r.get("extra_actors") else ""
            text = f" | {row.get('text', '')[:100]}" if args.half == "dev" else ""
            print(f"{i:3} {r['category']:26} {r['date'] or '-':12} {r['doc'][:40]:40} gold={r['gold']} "
                  f"members={r['members']} span={r['span']}{extra}{' WRONG-MERGE' if r['wrong_merge'] else ''}{text}")
        # Same-event groups not in one row: each event's rows (row numbers of the list above).
        for u in res["unmerged"]:
            print(f"UNMERGED {u['group']}: " + "; ".join(f"{eid} rows {rs or '-'}" for eid, rs in u["events"].items()))
        # Gold events with no row at an accepted date (the clause's text for the dev half only).
        for e in res["missed"]:
            text = f" | {m.raw(e['file'])[e['start']:e['end']][:160]}" if args.half == "dev" else ""
            print(f"MISSED {e['id']:10} {e['value'] or '-':12} {e['kind']:10} lead={e['lead']!s:5} "
                  f"rows at {e['row_dates'] or '-'}{text}")


if __name__ == "__main__":
    main()
