"""Score `libyadesk actors --json` on one devnews half against the hand-made actor gold.

    python bench/devnews/eval_actors.py test [--libyadesk PATH] [--json] [--details]

The half is written as a temporary corpus (materialize.make_corpus), the given libyadesk
executable (default: the one on PATH, so any commit's venv can be measured) runs
`actors --json --corpus DIR` on it (then `actor NAME --json` per row, for its other names), and
every listed actor is checked against
gold/actors_HALF.json: right when its name is the canonical name or an accepted alias of a gold
entity of the half, false otherwise (each false one is printed, with the gold's reason when the
string is a known non-actor).  Recall is over the gold actors with at least two mentions.
Definitions: gold/README_search_actors.md ("Measures").  Only names are printed, never text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import materialize as m  # noqa: E402

GOLD = HERE / "gold"
TIMEOUT = 1800  # seconds; a whole half takes well under a minute
MIN_MENTIONS = 2  # gold actors needed for recall: mentioned by name at least this often in the half

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def fold(name: str) -> str:
    """A name compared without case, accents, quote, dash or hyphen styles, or a leading 'the'."""
    s = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = " ".join(s.replace("-", " ").replace("'", "").replace('"', "").split())
    return s[4:] if s.startswith("the ") else s


def load_gold(half: str) -> dict:
    """The actor gold of a half."""
    path = GOLD / f"actors_{half}.json"
    if not path.exists():
        sys.exit(f"eval_actors: no gold for the {half} half ({path.relative_to(HERE)})")
    return json.loads(path.read_text(encoding="utf-8"))


def run_actors(half: str, exe: str) -> tuple[list[dict], dict[str, list[str]]]:
    """The `actors --json` rows of a half, from a fresh temporary corpus, and each row's other names.

    The other names come from `actor NAME --json` (its `aliases` and `dated_aliases`), so a gold
    actor the tool lists under another of its names (the GNA as a dated name of the Tripoli
    government) counts for recall; precision judges the listed name only.
    """
    with tempfile.TemporaryDirectory(prefix=f"devnews-{half}-") as tmp:
        corpus = m.make_corpus(half, Path(tmp) / "corpus")
        env = dict(os.environ, LIBYADESK_CACHE_DIR=str(Path(tmp) / "cache"))
        cmd = [exe, "actors", "--json", "--corpus", str(corpus)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, env=env)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[:500]}")
        rows = json.loads(proc.stdout).get("actors", [])
        others: dict[str, list[str]] = {}
        for row in rows:
            name = str(row.get("name", ""))
            one = subprocess.run([exe, "actor", name, "--json", "--corpus", str(corpus)],
                                 capture_output=True, text=True, timeout=TIMEOUT, env=env)
            if one.returncode != 0 or not one.stdout.strip():
                continue
            actor = json.loads(one.stdout).get("actor", {})
            if fold(str(actor.get("name", ""))) != fold(name):
                continue  # the name resolved to another actor: its names are not this row's
            names = [a for a in actor.get("aliases") or [] if isinstance(a, str)]
            names += [d.get("name") for d in actor.get("dated_aliases") or [] if isinstance(d, dict) and isinstance(d.get("name"), str)]
            others[name] = names
        return rows, others


def judge(rows: list[dict], gold: dict, others: dict[str, list[str]] | None = None) -> dict:
    """Each listed row right or false, and which gold actors the rows reach."""
    by_name: dict[str, str] = {}
    for g in gold["actors"]:
        for n in [g["name"], *g["aliases"]]:
            by_name.setdefault(fold(n), g["name"])
    reasons = {fold(n["string"]): n["reason"] for n in gold["not_actors"]}
    judged = []
    reached: set[str] = set()
    for row in rows:
        name = str(row.get("name", ""))
        hit = by_name.get(fold(name))
        if hit:
            reached.add(hit)
        for other in (others or {}).get(name, []):
            if by_name.get(fold(other)):
                reached.add(by_name[fold(other)])
        judged.append({
            "name": name,
            "kind": row.get("kind"),
            "discovered": bool(row.get("discovered")),
            "mentions": row.get("mentions"),
            "gold": hit,
            "reason": None if hit else reasons.get(fold(name), "not a gold actor of this half"),
        })
    wanted = [g for g in gold["actors"] if g["role"] == "actor" and g.get("named_mentions", g["mentions"]) >= MIN_MENTIONS]
    return {"rows": judged, "wanted": wanted, "reached": reached}


def main() -> None:
    """Run `actors`, print precision (all rows, discovered rows), recall and the false rows."""
    args = m.arguments(__doc__, "also list the right rows and the recalled actors")

    gold = load_gold(args.half)
    rows, others = run_actors(args.half, args.libyadesk)
    j = judge(rows, gold, others)
    rows = j["rows"]
    right = [r for r in rows if r["gold"]]
    disc = [r for r in rows if r["discovered"]]
    disc_right = [r for r in disc if r["gold"]]
    missing = [g for g in j["wanted"] if g["name"] not in j["reached"]]
    overall = {
        "half": args.half,
        "listed": len(rows),
        "listed_right": len(right),
        "precision": len(right) / len(rows) if rows else None,
        "discovered": len(disc),
        "discovered_right": len(disc_right),
        "discovered_precision": len(disc_right) / len(disc) if disc else None,
        "recall_total": len(j["wanted"]),
        "recall_found": len(j["wanted"]) - len(missing),
        "recall": (len(j["wanted"]) - len(missing)) / len(j["wanted"]) if j["wanted"] else None,
        "false_by_reason": dict(Counter(r["reason"] for r in rows if not r["gold"]).most_common()),
        # right rows naming a gold actor another row already names (spellings not merged into one actor)
        "duplicate_rows": len(right) - len({r["gold"] for r in right}),
    }
    if args.json:
        print(json.dumps({"overall": overall, "rows": rows, "missing": [g["name"] for g in missing]},
                         ensure_ascii=False, indent=1))
        return

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({a / b:.1%})" if b else f"{a}/{b}"

    print(f"actors on the devnews {args.half} half ({len(gold['documents'])} documents), {args.libyadesk}")
    print(f"listed-actor precision     {pct(len(right), len(rows))}")
    print(f"discovered-actor precision {pct(len(disc_right), len(disc))}  (rows with discovered: true)")
    print(f"recall of acting gold actors with >= {MIN_MENTIONS} mentions by name {pct(overall['recall_found'], overall['recall_total'])}")
    print(f"right rows that repeat a gold actor of another row: {overall['duplicate_rows']}")
    print("false rows by reason:", ", ".join(f"{k} {v}" for k, v in overall["false_by_reason"].items()) or "none")
    print("false rows (name · kind · discovered · mentions · reason):")
    for r in rows:
        if not r["gold"]:
            print(f"  {r['name']} · {r['kind']} · {'discovered' if r['discovered'] else 'registry'} · {r['mentions']} · {r['reason']}")
    print("gold actors not listed (name · kind · mentions by name · documents):")
    for g in missing:
        print(f"  {g['name']} · {g['kind']} · {g.get('named_mentions', g['mentions'])} · {len(g['documents'])}")
    if args.details:
        print("right rows (name → gold):")
        for r in right:
            print(f"  {r['name']} → {r['gold']}")
        print("recalled gold actors:", ", ".join(g["name"] for g in j["wanted"] if g["name"] in j["reached"]))


if __name__ == "__main__":
    main()
