"""Turn an annotator's private anchor notes into the offset-only timeline gold (see README.md).

The notes (kept outside the project: they quote the texts) name each span by a few words at its
start and at its end; this script finds them in the raw devnews file and writes offsets and a
short hash, never the words.  `python anchors.py NOTES HALF` writes timeline_HALF.jsonl,
timeline_HALF_groups.jsonl and timeline_HALF_regions.jsonl next to it; `python anchors.py
--check HALF` re-hashes every stored span against the raw files (drift check).

Notes format, one article after another:
    @ NNN                                   the article (its number in articles/NNN_...)
    prose: START .. END [;; START .. END]   the article's prose (not chrome), one or more spans
    eK | KIND | VALUE | ACTORS | FLAGS | START .. END
    xK | nonevent | | | | START .. END      a date-looking prose phrase that is no event
KIND is event/onset/background/scheduled; VALUE a TIMEX3 value, or several separated by commas
(the first is the reading chosen, all are accepted), or '-' (not resolvable from the article); ACTORS are '; '-separated canonical names ('?' before optional ones); FLAGS hold
g=GROUP (same real-world event) and 'lead' (an undated lead dated by the narrative).  START and
END are matched with quotes and white space folded, START searched from the end of the
previous prose span start; 'N#START' takes the N-th occurrence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import materialize as m  # noqa: E402

def load_aliases() -> dict[str, list[str]]:
    """The alias table (aliases.json beside this script)."""
    return json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))


def _find(hay: str, needle: str, start: int = 0) -> int:
    """Position of the nth occurrence of a folded needle ('N#text'), or -1."""
    n = 1
    if "#" in needle[:3] and needle.split("#", 1)[0].isdigit():
        n_s, needle = needle.split("#", 1)
        n = int(n_s)
    at = start - 1
    for _ in range(n):
        at = hay.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def span(raw: str, anchor: str) -> tuple[int, int]:
    """Raw (start, end) of 'START .. END' (or a whole phrase) in raw text."""
    hay, where = m._folded(raw)
    parts = [p.strip() for p in anchor.split(" .. ")]
    a = m._folded(parts[0])[0].strip()
    at = _find(hay, a)
    if "#" in a[:3] and a.split("#", 1)[0].isdigit():
        a = a.split("#", 1)[1]  # the occurrence number is not part of the span
    if at < 0:
        raise ValueError(f"start not found: {parts[0]!r}")
    if len(parts) == 1:
        b_end = at + len(a)
    else:
        b = m._folded(parts[1])[0].strip()
        bt = hay.find(b, at)
        if bt < 0:
            raise ValueError(f"end not found: {parts[1]!r}")
        b_end = bt + len(b)
    return where[at], where[b_end - 1] + 1


def build(notes: Path, half: str) -> None:
    """Parse the notes and write the three gold files of a half."""
    names = {Path(f).name.split("_", 1)[0]: f for f in m.files(half)}
    aliases = load_aliases()
    events, regions, groups = [], [], {}
    cur = None
    raw = ""
    errors = []
    for ln, line in enumerate(notes.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            if line.startswith("@"):
                num = line[1:].split()[0]
                cur = {"file": names[num], "prose": [], "nonevents": []}
                regions.append(cur)
                raw = m.raw(cur["file"])
                continue
            if line.startswith("prose:"):
                for a in line[6:].split(";;"):
                    s, e = span(raw, a)
                    cur["prose"].append({"start": s, "end": e, "sha": m.sha(raw[s:e])})
                continue
            eid, kind, value, actors, flags, anchor = [p.strip() for p in line.split("|", 5)]
            s, e = span(raw, anchor)
            rec_id = f"{names_num(cur['file'])}-{eid}"
            if kind == "nonevent":
                cur["nonevents"].append({"id": rec_id, "start": s, "end": e, "sha": m.sha(raw[s:e])})
                continue
            assert kind in ("event", "onset", "background", "scheduled"), kind
            req, opt = [], []
            for a in [x.strip() for x in actors.split(";") if x.strip()]:
                (opt if a.startswith("?") else req).append(a.lstrip("?"))
            for a in req + opt:
                if a not in aliases:
                    raise ValueError(f"actor not in aliases.json: {a}")
            fl = flags.split()
            rec = {"id": rec_id, "file": cur["file"], "start": s, "end": e, "sha": m.sha(raw[s:e]),
                   "value": None if value in ("-", "") else value.split(",")[0],
                   "accept": [] if value in ("-", "") else value.split(","), "kind": kind,
                   "actors": [[a, aliases[a]] for a in req],
                   "optional_actors": [[a, aliases[a]] for a in opt],
                   "lead": "lead" in fl}
            events.append(rec)
            for f in fl:
                if f.startswith("g="):
                    groups.setdefault(f[2:], []).append(rec_id)
        except Exception as exc:  # report every bad line at once
            errors.append(f"{notes}:{ln}: {exc}")
    if errors:
        sys.exit("\n".join(errors))
    out = HERE / f"timeline_{half}.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in events), encoding="utf-8")
    (HERE / f"timeline_{half}_regions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in regions), encoding="utf-8")
    (HERE / f"timeline_{half}_groups.jsonl").write_text(
        "".join(json.dumps({"group": g, "events": ids}) + "\n" for g, ids in sorted(groups.items()) if len(ids) > 1),
        encoding="utf-8")
    print(f"{len(regions)} articles, {len(events)} events, {sum(len(ids) > 1 for ids in groups.values())} groups")


def names_num(file: str) -> str:
    """The article number NNN of articles/NNN_....txt."""
    return Path(file).name.split("_", 1)[0]


def check(half: str) -> int:
    """Re-hash every span of a half's gold; returns the number that drifted."""
    bad = 0
    for fname in (f"timeline_{half}.jsonl", f"timeline_{half}_regions.jsonl"):
        for line in (HERE / fname).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            spans = [r] if "start" in r else r["prose"] + r["nonevents"]
            raw = m.raw(r["file"])
            for sp in spans:
                if m.sha(raw[sp["start"]:sp["end"]]) != sp["sha"]:
                    bad += 1
                    print(f"drift: {r['file']} {sp['start']}-{sp['end']}")
    print(f"{bad} drifted spans")
    return bad


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        sys.exit(1 if check(sys.argv[2]) else 0)
    build(Path(sys.argv[1]), sys.argv[2])
