#!/usr/bin/env python3
"""Precision and recall of actor mentions against the hand-annotated gold (tests/gold/actors.json).

Two measures, micro-averaged over the five bundled articles:
  mentions:          per (document, actor) counts; a true positive is min(found, gold)
  actor -> documents: the set of (actor, document) pairs

Only mentions inside each article's body (gold "body": first .. last) are scored, so the
measure does not depend on how the corpus loader treats titles and page chrome.
Run from anywhere:  python bench/eval_actors.py [--verbose]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "gold" / "actors.json"
SEEDS = Path("/work/shared/seeds")


def load_documents():
    """The bundled corpus through corpus.py; else the raw seed files cut at the gold anchors."""
    from libyadesk.models import Document

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    try:
        from libyadesk.corpus import bundled_corpus_path, load_corpus

        return load_corpus(bundled_corpus_path()).documents
    except Exception as exc:  # corpus.py not ready: fall back to the seeds
        print(f"(corpus.py unavailable: {exc}; using raw seeds)", file=sys.stderr)
        docs = []
        for key, stem in gold["doc_ids"].items():
            text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
            a = text.index(gold["body"][key]["first"])
            b = text.index(gold["body"][key]["last"], a) + len(gold["body"][key]["last"])
            docs.append(Document(stem, text[a:b], str(SEEDS / f"{stem}.txt")))
        return docs


def evaluate(verbose: bool = False) -> dict[str, tuple[float, float]]:
    """Compute and print the two measures; return {measure: (precision, recall)}."""
    from libyadesk.actors import extract_all, load_registry
    from libyadesk.models import Sentence
    from libyadesk.text import split_sentences

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = load_documents()
    sentences = {
        d.id: [Sentence(d.id, i, a, b, d.text[a:b]) for i, (a, b) in enumerate(split_sentences(d.text))]
        for d in docs
    }
    actors, mentions = extract_all(docs, sentences, load_registry())
    # Map each gold document to a loaded one by its body's first words.
    region: dict[str, tuple[str, int, int]] = {}
    for key, anchors in gold["body"].items():
        for d in docs:
            if anchors["first"] in d.text:
                a = d.text.index(anchors["first"])
                b = d.text.index(anchors["last"], a) + len(anchors["last"])
                region[key] = (d.id, a, b)
                break
        else:
            raise SystemExit(f"gold document {key} not found in the corpus")
    found: dict[str, Counter] = {k: Counter() for k in region}
    for m in mentions:
        for key, (doc_id, a, b) in region.items():
            if m.doc == doc_id and a <= m.start < b:
                found[key][m.actor] += 1
    tp = fp = fn = 0
    dtp = dfp = dfn = 0
    for key in region:
        g = Counter(gold["mentions"][key])
        f = found[key]
        for actor in set(g) | set(f):
            hit = min(g[actor], f[actor])
            tp += hit
            fp += f[actor] - hit
            fn += g[actor] - hit
            if g[actor] and f[actor]:
                dtp += 1
            elif f[actor]:
                dfp += 1
            elif g[actor]:
                dfn += 1
            if verbose and g[actor] != f[actor]:
                print(f"  {key} {actor:32} gold {g[actor]:3}  found {f[actor]:3}")
    result = {
        "mentions": (tp / max(tp + fp, 1), tp / max(tp + fn, 1)),
        "actor->documents": (dtp / max(dtp + dfp, 1), dtp / max(dtp + dfn, 1)),
    }
    for name, (p, r) in result.items():
        print(f"{name:18} precision {p:.3f}  recall {r:.3f}")
    return result


if __name__ == "__main__":
    evaluate(verbose="--verbose" in sys.argv or "-v" in sys.argv)
