"""Score `extract_dates` against the hand-annotated paragraphs in tests/gold/dates_paragraphs.jsonl.

Usage: python bench/eval_dates.py [--gold PATH]   (from any directory; default gold file below)

Prints span precision/recall/F1 under exact and overlap matching, value accuracy over the
spans matched by overlap, then every miss, false positive and wrong value.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from libyadesk.dates import extract_dates  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "dates_paragraphs.jsonl"


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> None:
    """Run the tagger over the gold paragraphs and print the scores and the errors."""
    parser = argparse.ArgumentParser(description="Score extract_dates against a JSONL gold file.")
    parser.add_argument("--gold", type=Path, default=GOLD, help=f"gold JSONL file (default: {GOLD.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    n_gold = n_pred = exact = overlap = value_ok = value_n = 0
    misses: list[str] = []
    false_pos: list[str] = []
    wrong: list[str] = []
    partial: list[str] = []
    for rec in records:
        ref = datetime.date.fromisoformat(rec["ref"])
        text = rec["text"]
        gold = rec["expressions"]
        pred = extract_dates(text, ref)
        n_gold += len(gold)
        n_pred += len(pred)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        exact += sum((p.start, p.end) in gold_spans for p in pred)
        used: set[int] = set()
        for g in gold:
            match = next(
                (i for i, p in enumerate(pred) if i not in used and p.start < g["end"] and g["start"] < p.end),
                None,
            )
            if match is None:
                misses.append(f"{rec['id']}: {g['text']!r} ({g['value']})")
                continue
            used.add(match)
            overlap += 1
            value_n += 1
            p = pred[match]
            if (p.start, p.end) != (g["start"], g["end"]):
                partial.append(f"{rec['id']}: gold {g['text']!r} / got {p.text!r}")
            if p.value == g["value"]:
                value_ok += 1
            else:
                wrong.append(f"{rec['id']}: {g['text']!r} gold {g['value']} / got {p.text!r} {p.value}")
        for i, p in enumerate(pred):
            if i not in used:
                false_pos.append(f"{rec['id']}: {p.text!r} ({p.value})")

    print(f"{len(records)} paragraphs, {n_gold} gold expressions, {n_pred} predicted")
    for name, tp in (("exact", exact), ("overlap", overlap)):
        p, r, f = _prf(tp, n_pred, n_gold)
        print(f"span {name:8} P={p:.3f} R={r:.3f} F1={f:.3f}")
    acc = value_ok / value_n if value_n else 0.0
    print(f"value accuracy over overlap-matched spans: {acc:.3f} ({value_ok}/{value_n})")
    for title, rows in (("misses", misses), ("false positives", false_pos), ("overlap but not exact spans", partial),
                        ("wrong values", wrong)):
        print(f"\n{title} ({len(rows)}):")
        for row in rows:
            print(f"  {row}")


if __name__ == "__main__":
    main()
