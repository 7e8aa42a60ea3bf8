"""Score the timeline's per-article rows on the held-out kinds set (pages written for it).

    python bench/heldout_kinds/score.py [--details] [--second | ... | --eighth | --ninth | --tenth]

pages/*.md are articles written by the team (never devnews text) in several outlet styles,
with page chrome as sites print it; gold.jsonl lists, per page, the dated statements a careful
annotator expects (`has`: a piece of the sentence, `dates`: accepted values, `kinds`: accepted
kinds) and the chrome (`chrome`: a piece of the line) that must give no row.  Rows are the
per-document events (before merging across articles), so the figures say what dates.py,
prose.py and timeline's per-document extraction do.  This set is held out: rules are not tuned
on it (README.md here).  `--fifth` scores set 5 (pages5/, gold5.jsonl): date resolution
against coarse publication dates, year direction of day-months, and durations as onsets;
its `none` lines are prose that must give no row, counted with the chrome lines.  `--sixth`
scores set 6 (pages6/, gold6.jsonl): recall of dated statements with the right date and kind
(narrative dates with no expression of their own, past references, duration onsets, plans
"slated for", "postponed to", "was to be held on").  `--seventh` scores set 7 (pages7/,
gold7.jsonl): page chrome at the top and around pictures (standfirsts, abstracts, key-point
boxes, captions with credits, date lines).  `--eighth` scores set 8 (pages8/, gold8.jsonl):
standfirsts and summaries printed twice, at the page top and again as the body's first lines;
an entry's `copy` (1 or 2) says which printing of its piece a row must come from (the one
nearest the row's clause): the body's copy gives the row, the top copy is chrome.  `--ninth`
scores set 9 (pages9/, gold9.jsonl): undated sentences that continue the day just told, date
phrases of plans, ends and onsets ("until May 2024", "since early June", "by late November",
"for nearly a decade"), and undated sentences that must not take a date.  `--tenth` scores set 10
(pages10/, gold10.jsonl): quote tags and reported speech on the narrated day, dates counted from an
event named in the sentence ("days after the floods", "72 hours before the flooding"), plans and
onsets with month or relative anchors ("since March", "Since then,", "three years ago",
"targeting 26 November polls", "in less than two weeks"), an anniversary, and a weekday in an
article dated by month only.
`--second` scores the second set (pages2/, gold2.jsonl), written
later in the session and run only to measure.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


SECOND = "--second" in sys.argv
THIRD = "--third" in sys.argv
FOURTH = "--fourth" in sys.argv
FIFTH = "--fifth" in sys.argv
SIXTH = "--sixth" in sys.argv
SEVENTH = "--seventh" in sys.argv
EIGHTH = "--eighth" in sys.argv
NINTH = "--ninth" in sys.argv
TENTH = "--tenth" in sys.argv
SET = ("10" if TENTH else "9" if NINTH else "8" if EIGHTH else "7" if SEVENTH else "6" if SIXTH else "5" if FIFTH else "4" if FOURTH
       else "3" if THIRD
       else "2" if SECOND else "")
PAGES = HERE / f"pages{SET}"
GOLD = HERE / f"gold{SET}.jsonl"


def rows_of_pages() -> tuple[list, dict[str, str]]:
    """The per-document timeline events of the held-out pages, and each page's text by id."""
    from libyadesk.corpus import load_corpus
    from libyadesk.index import build_index
    from libyadesk.timeline import extract_events

    with tempfile.TemporaryDirectory(prefix="heldout-kinds-") as tmp:
        root = Path(tmp) / "corpus"
        shutil.copytree(PAGES, root)
        documents = load_corpus(root).documents
        return extract_events(build_index(documents)), {d.id: d.text for d in documents}


def _copy(text: str, piece: str, event, page: str) -> int:
    """Which printing of `piece` in the page file (1, 2, ...) a row comes from: the printing in the
    cleaned text nearest the row's clause, found in the file by what follows it (the cleaner may
    have removed the other printing, so counting in the cleaned text alone would not tell)."""
    at = _finds(text, piece)
    if not at:
        return 0
    # The row's sentence is printed where its clause is: the piece's printing inside it.
    said = [k for k in _finds(text, event.text) if k <= event.start <= k + len(event.text)]
    inside = [k for k in at for p in said[:1] if p <= k < p + len(event.text)]
    near = inside[0] if inside else min(at, key=lambda k: abs(k - event.start))
    after = " ".join(text[near:near + 3000].split())
    printed = _finds(page, piece)

    def shared(k: int) -> int:
        raw = " ".join(page[k:k + 3000].split())
        return next((n for n, (a, b) in enumerate(zip(raw, after)) if a != b), min(len(raw), len(after)))

    return 1 + max(range(len(printed)), key=lambda n: (shared(printed[n]), -n)) if printed else 0


def _finds(text: str, piece: str) -> list[int]:
    at, found = [], text.find(piece)
    while found >= 0:
        at.append(found)
        found = text.find(piece, found + 1)
    return at


def _page(name: str) -> str:
    """The page file as written (front matter and all)."""
    return (PAGES / f"{name}.md").read_text(encoding="utf-8")


def score(events: list, texts: dict[str, str] | None = None) -> dict:
    """Recall at the right date, kind accuracy of the found, chrome rows, unannotated rows."""
    texts = texts or {}
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    by_page: dict[str, list] = {}
    for e in events:
        by_page.setdefault(e.doc, []).append(e)
    found, kind_ok, missed, wrong_kind = 0, 0, [], []
    chrome_rows, annotated = [], set()
    for g in gold:
        rows = by_page.get(g["page"], [])
        if "chrome" in g or "none" in g:
            # `none`: prose that gives no row ("for years" dates nothing); scored with chrome.
            piece = g.get("chrome", g.get("none", ""))
            hit = [e for e in rows if piece in e.text
                   and ("copy" not in g or _copy(texts.get(e.doc, ""), piece, e, _page(g["page"])) == g["copy"])]
            annotated.update(id(e) for e in hit)
            chrome_rows += [(g["page"], e.date, e.text[:70]) for e in hit]
            continue
        hit = [e for e in rows if g["has"] in e.text
               and ("copy" not in g or _copy(texts.get(e.doc, ""), g["has"], e, _page(g["page"])) == g["copy"])]
        annotated.update(id(e) for e in hit)
        right = [e for e in hit if e.date in g["dates"]]
        if right:
            found += 1
            if any(e.kind in g["kinds"] for e in right):
                kind_ok += 1
            else:
                wrong_kind.append((g["page"], g["has"], g["kinds"][0], right[0].kind))
        else:
            missed.append((g["page"], g["has"], g["dates"][0], [(e.date, e.kind) for e in hit]))
    other = [(e.doc, e.date, e.kind, e.text[:70]) for e in events if id(e) not in annotated]
    n_gold = sum(1 for g in gold if "has" in g)
    return {"recall": [found, n_gold], "kind_accuracy": [kind_ok, found], "chrome_rows": chrome_rows,
            "chrome_lines": sum(1 for g in gold if "chrome" in g or "none" in g), "rows": len(events),
            "missed": missed, "wrong_kind": wrong_kind, "unannotated": other,
            "kind_errors": dict(Counter(f"{g}->{r}" for _, _, g, r in wrong_kind))}


def main() -> None:
    """Command line."""
    res = score(*rows_of_pages())
    print(f"held-out kinds set{' ' + SET if SET else ''}: {res['rows']} rows; dated statements found with a right date "
          f"{res['recall'][0]}/{res['recall'][1]}; kind right {res['kind_accuracy'][0]}/{res['kind_accuracy'][1]}; "
          f"chrome rows {len(res['chrome_rows'])} (from {res['chrome_lines']} chrome lines); "
          f"unannotated rows {len(res['unannotated'])}")
    print("kind errors (gold->row): " + (", ".join(f"{k} {v}" for k, v in res["kind_errors"].items()) or "none"))
    if "--details" in sys.argv:
        for m in res["missed"]:
            print("MISSED", *m)
        for w in res["wrong_kind"]:
            print("KIND", *w)
        for c in res["chrome_rows"]:
            print("CHROME", *c)
        for o in res["unannotated"]:
            print("OTHER", *o)


if __name__ == "__main__":
    main()
