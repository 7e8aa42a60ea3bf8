"""Split ../shared/devnews once into a dev half and a test half (written to split.tsv).

The split is by a hash of each file's name, so it does not depend on the order of INDEX.tsv
or on anything in the texts; it was run once, before any output on the test half was seen,
and split.tsv is committed.  Rerunning it gives the same split.  Only the English articles
are split (the tagger and the actor rules are English); the six non-English pages are left out
of every figure.
"""

import csv
import hashlib
import sys
from pathlib import Path

DEVNEWS = Path(__file__).resolve().parents[3] / "shared" / "devnews"


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEVNEWS
    with open(root / "INDEX.tsv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["language"] == "en"]
    rows.sort(key=lambda r: hashlib.sha1(r["file"].encode()).hexdigest())
    out = Path(__file__).with_name("split.tsv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["file", "half"])
        halves = {r["file"]: ("dev" if i % 2 == 0 else "test") for i, r in enumerate(rows)}
        for name in sorted(halves):
            w.writerow([name, halves[name]])
    print(f"{out}: {sum(h == 'dev' for h in halves.values())} dev, {sum(h == 'test' for h in halves.values())} test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
