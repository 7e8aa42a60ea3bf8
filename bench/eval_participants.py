"""Score the participants of dated clauses against a hand-annotated set of texts we wrote.

    python bench/eval_participants.py tests/data/participants/heldout.toml [--details]

Each `[[doc]]` of the TOML file becomes a Document; the corpus is indexed in memory and every
dated event is extracted unmerged (timeline.extract_events), so a row's actors are those of its
own clause.  An item's `fragment` is looked up in its document; the event whose clause holds
the fragment's first character is its row (of several, the one whose date is inside the
fragment, else the nearest).  Reported: items with a row, rows whose actors are
exactly the annotated ones (an actor matches under its name or any alias, as discovery joins
spellings of one name), and extra and missing actors (counts).  An item with no row (the
date was not read as an event) is counted apart: it says nothing about participants.

A file whose docs carry `discover` (names discovery must list), `discover_ok` (may list) and
`not_actors` (must never list) also gets discovery figures over the `actors` rows marked
discovered: required names found, forbidden names listed, and precision (discovered rows that
are a required or allowed name).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from libyadesk.actors import actor_table, list_actors  # noqa: E402
from libyadesk.index import build_index  # noqa: E402
from libyadesk.models import Document  # noqa: E402
from libyadesk.timeline import extract_events  # noqa: E402


def fold(name: str) -> str:
    """A name compared without case and accents' spacing differences."""
    return " ".join(name.casefold().split())


def score(path: Path) -> dict:
    """Counts and per-item outcomes for one annotated file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    docs = [Document(d["id"], d["text"], f"{d['id']}.md", published=d["published"], source=d["source"])
            for d in data["doc"]]
    index = build_index(docs)
    events = extract_events(index)
    actors = actor_table(index).actors

    def names_of(actor_id: str, shown: str) -> set[str]:
        actor = actors.get(actor_id)
        return {fold(shown)} | ({fold(actor.name), *map(fold, actor.aliases)} if actor is not None else set())

    by_doc: dict[str, list] = {}
    for e in events:
        by_doc.setdefault(e.doc, []).append(e)
    res = {"items": 0, "rows": 0, "right": 0, "extra": 0, "missing": 0, "details": []}
    for d in data["doc"]:
        for item in d["items"]:
            res["items"] += 1
            at = d["text"].find(item["fragment"])
            if at < 0:
                sys.exit(f"eval_participants: {path}: fragment not in {d['id']}: {item['fragment']!r}")
            # The row of the item: its clause holds the fragment; of several (one sentence, two
            # dated clauses), the one whose date is inside the fragment, else the nearest date.
            end = at + len(item["fragment"])
            rows = sorted((e for e in by_doc.get(d["id"], []) if e.start <= at < e.end),
                          key=lambda e: (not (at <= e.at < end), min(abs(e.at - at), abs(e.at - end))))
            if not rows:
                res["details"].append(("no row", d["id"], item["fragment"], [], item["actors"]))
                continue
            # An actor is right when any name it is listed under (its name or an alias: discovery joins
            # "Emad Eltajouri" and "Emad Al-Tajouri" as one person) is one the annotator gave.
            got = {fold(n): names_of(actor_id, n) for actor_id, n in zip(rows[0].actors, rows[0].actor_names)}
            wanted = [{fold(a) for a in alt.split("|")} for alt in item["actors"]]
            matched = {n for n, spelt in got.items() if any(spelt & w for w in wanted)}
            missing = sum(1 for w in wanted if not any(spelt & w for spelt in got.values()))
            extra = len(got.keys() - matched)
            res["rows"] += 1
            res["extra"] += extra
            res["missing"] += missing
            ok = not extra and not missing
            res["right"] += ok
            res["details"].append(("right" if ok else "WRONG", d["id"], item["fragment"],
                                   rows[0].actor_names, item["actors"]))
    if any("discover" in d for d in data["doc"]):
        rows = list_actors(index)
        res["discovery"] = _discovery(data["doc"], [r.name for r in rows if r.discovered],
                                      [r.name for r in rows if not r.discovered])
    return res


def _discovery(docs: list[dict], listed: list[str], known: list[str] = ()) -> dict:
    """Discovery figures: required names found, forbidden names listed, precision of the listed.

    A required name the registry knows (`known`: listed rows not discovered) counts as found, as in
    bench/eval_discovery.py: the annotator lists it too, and a body added to the registry is not lost."""
    alts = lambda key: [{fold(a) for a in n.split("|")} for d in docs for n in d.get(key, [])]  # noqa: E731
    need, ok, bad = alts("discover"), alts("discover_ok"), alts("not_actors")
    got = {fold(n) for n in listed}
    reached = got | {fold(n) for n in known}
    right = [n for n in sorted(got) if any(n in w for w in need + ok)]
    return {"listed": len(got), "right": len(right), "required": len(need),
            "found": sum(1 for w in need if w & reached), "forbidden": sum(1 for w in bad if w & got),
            "missing": sorted("|".join(sorted(w)) for w in need if not w & reached),
            "unexpected": sorted(got - set(right))}


def main() -> None:
    """Print the figures of the files named on the command line."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    for name in args:
        res = score(Path(name))
        if "--details" in sys.argv:
            for outcome, doc, fragment, got, wanted in res["details"]:
                print(f"{outcome:6} {doc:30} {fragment[:40]:40} got={got} gold={wanted}")
        print(f"{name}: {res['right']}/{res['rows']} rows with exactly the annotated actors "
              f"({res['items']} items, {res['items'] - res['rows']} without a row); "
              f"extra actors {res['extra']}, missing actors {res['missing']}")
        if "discovery" in res:
            dis = res["discovery"]
            print(f"  discovery: {dis['right']}/{dis['listed']} discovered names right, required "
                  f"{dis['found']}/{dis['required']} found, forbidden names listed {dis['forbidden']}")
            if "--details" in sys.argv:
                print(f"  not found: {dis['missing']}\n  unexpected: {dis['unexpected']}")


if __name__ == "__main__":
    main()
