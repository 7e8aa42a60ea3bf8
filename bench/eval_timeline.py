"""Precision and recall of dated events against tests/gold/timeline.json (the bundled corpus).

Run from anywhere: `python bench/eval_timeline.py`.  An event is matched to the gold by
its document and the first words of its sentence; a matched event is *right* when its
date value and precision equal the gold's.  It also loads the raw page scrapes of the
same articles (tests/data/raw) and counts events whose sentence is not article text —
events from boilerplate — which must be zero.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from libyadesk.corpus import bundled_corpus_path, load_corpus  # noqa: E402
from libyadesk.index import build_index  # noqa: E402
from libyadesk.models import replace  # noqa: E402 - Document is no dataclass
from libyadesk.timeline import extract_events  # noqa: E402


def evaluate() -> dict:
    """Compare extracted events with the gold file; return the figures and the errors."""
    gold = json.loads((ROOT / "tests" / "gold" / "timeline.json").read_text(encoding="utf-8"))
    docs = gold["docs"]
    index = build_index(load_corpus(bundled_corpus_path()).documents)
    # The gold annotates what happened when: onsets ("since 2013") and years named in
    # passing ("the 2017 pact") are rows of other kinds, counted apart.
    # An event the gold marks with another `kind` (a past told in passing, `background`)
    # is predicted by a row of that kind.
    everything = extract_events(index)
    expected = [dict(g, doc=docs[g["doc"]]) for g in gold["events"]]
    kinds = {(g["doc"], g["sentence"]): g["kind"] for g in expected if "kind" in g}
    predicted = [e for e in everything if e.kind in ("event", "scheduled") or any(
        doc == e.doc and e.text.startswith(sentence) and kind == e.kind for (doc, sentence), kind in kinds.items())]
    other_kinds = [f"{e.kind:<10} {e.doc[:24]}  {e.date:<10} {e.text[:80]}" for e in everything if e not in predicted]

    matched, right, wrong, spurious = 0, 0, [], []
    used = set()
    for event in predicted:
        hit = next(
            (i for i, g in enumerate(expected)
             if i not in used and g["doc"] == event.doc and event.text.startswith(g["sentence"])),
            None,
        )
        if hit is None:
            spurious.append(f"{event.doc[:24]}  {event.date:<10} {event.text[:90]}")
            continue
        used.add(hit)
        matched += 1
        g = expected[hit]
        if (event.date, event.precision) == (g["date"], g["precision"]):
            right += 1
        else:
            wrong.append(f"{event.doc[:24]}  got {event.date} ({event.precision}), gold {g['date']} ({g['precision']}): {event.text[:60]}")
    missed = [f"{g['doc'][:24]}  {g['date']:<10} {g['sentence']}" for i, g in enumerate(expected) if i not in used]

    # The raw scrapes carry no front matter: give each its publication date, as the
    # bundled copy does, so relative dates in boilerplate would resolve too.
    raw = load_corpus(ROOT / "tests" / "data" / "raw")
    published = {key: index.documents[doc_id].published for key, doc_id in docs.items()}
    raw_docs = [replace(d, published=published.get(d.id[:3], d.published)) for d in raw.documents]
    raw_events = extract_events(build_index(raw_docs))
    article_text = " ".join(" ".join(d.text.split()) for d in index.documents.values())
    boilerplate = [e.text for e in raw_events if " ".join(e.text.split()) not in article_text]

    return {
        "gold": len(expected), "predicted": len(predicted), "matched": matched, "right": right,
        "sentence_precision": matched / max(len(predicted), 1), "sentence_recall": matched / max(len(expected), 1),
        "precision": right / max(len(predicted), 1), "recall": right / max(len(expected), 1),
        "boilerplate_events": len(boilerplate), "raw_events": len(raw_events),
        "wrong": wrong, "missed": missed, "spurious": spurious, "boilerplate": boilerplate,
        "other_kinds": other_kinds,
    }


def main() -> None:
    r = evaluate()
    print(f"gold events {r['gold']}, predicted {r['predicted']}, sentence matched {r['matched']}, date right {r['right']}")
    print(f"event sentences   precision {r['sentence_precision']:.3f}  recall {r['sentence_recall']:.3f}")
    print(f"events with date  precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    print(f"events from boilerplate (raw scrapes): {r['boilerplate_events']} of {r['raw_events']}")
    print(f"rows of other kinds (onset, background; not in the gold): {len(r['other_kinds'])}")
    for line in r["other_kinds"]:
        print(f"  {line}")
    for label in ("wrong", "missed", "spurious", "boilerplate"):
        for line in r[label]:
            print(f"  {label}: {line}")


if __name__ == "__main__":
    main()
