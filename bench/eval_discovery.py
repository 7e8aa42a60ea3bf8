"""Score actor discovery against a hand-annotated set of texts we wrote.

    python bench/eval_discovery.py tests/data/discovery/heldout1.toml [--details]

Each `[[doc]]` of the TOML file becomes a Document; the documents are indexed together in
memory and `list_actors` gives the corpus's actors, as `libyadesk actors` lists them.
Per document, `discover` holds the actors a careful annotator lists that the tool should find
(an item "A|B" is one actor that may be named either way), `discover_ok` names that may be
listed without being wrong, and `not_actors` strings that must never be a listed actor's name
(fragments, posts, places).  Printed, with counts:

- precision: discovered rows (discovered: true) whose name is a `discover` or `discover_ok`
  name of the set;
- recall: `discover` items (one per distinct item over the set) that some listed row reaches,
  by its name or by one of its aliases (a registry actor counts: the annotator lists it too);
- forbidden: `not_actors` strings listed as some row's name.
"""

from __future__ import annotations

import sys
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from libyadesk.actors import actor_table, list_actors  # noqa: E402
from libyadesk.index import build_index  # noqa: E402
from libyadesk.models import Document  # noqa: E402

_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})


def fold(name: str) -> str:
    """A name compared without case, accents, hyphen or quote styles, or a leading 'the'."""
    s = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = " ".join(s.replace("-", " ").replace("'", "").split())
    return s[4:] if s.startswith("the ") else s


def score(path: Path) -> dict:
    """Counts and the names behind them for one annotated file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    docs = [Document(d["id"], d["text"], f"{d['id']}.md", published=d["published"], source=d["source"])
            for d in data["doc"]]
    index = build_index(docs)
    actors = actor_table(index).actors
    rows = list_actors(index)
    names_of = {}
    for r in rows:
        a = actors.get(r.id)
        names_of[r.name] = {fold(r.name)} | {fold(x) for x in (a.aliases if a else ())}

    def items(key: str) -> list[frozenset[str]]:
        seen: list[frozenset[str]] = []
        for d in data["doc"]:
            for n in d.get(key, []):
                alt = frozenset(fold(a) for a in n.split("|"))
                if alt not in seen:
                    seen.append(alt)
        return seen

    need, ok, bad = items("discover"), items("discover_ok"), items("not_actors")
    allowed = set().union(*need, *ok) if need or ok else set()
    disc = [r for r in rows if r.discovered]
    right = [r.name for r in disc if fold(r.name) in allowed]
    wrong = [r.name for r in disc if fold(r.name) not in allowed]
    reached_names = set().union(*names_of.values()) if names_of else set()
    found = [w for w in need if w & reached_names]
    missing = ["|".join(sorted(w)) for w in need if not w & reached_names]
    listed = {fold(r.name) for r in rows}
    forbidden = sorted("|".join(sorted(w)) for w in bad if w & listed)
    return {"discovered": len(disc), "right": len(right), "wrong": wrong, "required": len(need),
            "found": len(found), "missing": missing, "forbidden": forbidden,
            "rows": [(r.name, r.kind, r.mentions, r.discovered) for r in rows]}


def main() -> None:
    """Print the figures of the files named on the command line."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    for name in args:
        res = score(Path(name))

        def pct(a: int, b: int) -> str:
            return f"{a}/{b} ({a / b:.1%})" if b else f"{a}/{b}"

        print(f"{name}:")
        print(f"  discovered-actor precision {pct(res['right'], res['discovered'])}")
        print(f"  recall of annotated actors {pct(res['found'], res['required'])}")
        print(f"  forbidden names listed     {len(res['forbidden'])}")
        print(f"  false discoveries: {res['wrong']}")
        print(f"  not found: {res['missing']}")
        print(f"  forbidden listed: {res['forbidden']}")
        if "--details" in sys.argv:
            for n, kind, mentions, discovered in res["rows"]:
                print(f"    {n} · {kind} · {mentions} · {'discovered' if discovered else 'registry'}")


if __name__ == "__main__":
    main()
