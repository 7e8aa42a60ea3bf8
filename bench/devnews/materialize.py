"""Shared by the devnews evaluations: one half of ../shared/devnews as a libyadesk corpus, and spans.

`make_corpus(half, dest)` writes each article of the half as `dest/<name>.md`: YAML front
matter from INDEX.tsv (source = outlet, url, published unless `unknown`, title unless it was
made from the URL) above the stored text exactly as given, boilerplate included, so the
loader's cleaning is part of what is measured.  Nothing is written into the project: `dest`
is a temporary folder.

Gold files never quote the texts: a span is (file, start, end, sha) with offsets into the raw
devnews file and `sha` the first 8 hex digits of the SHA-1 of the span's text, so drift is
detected.  `locate` finds where a sentence the tool printed sits in the raw text (white space
and quote styles folded), so output can be matched against gold spans.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The set sits beside the repository (../shared/devnews from /work/main); a worktree lies one
# level deeper (/work/wt/NAME), so the nearest ancestor holding shared/devnews is used.
DEVNEWS = next((p / "shared" / "devnews" for p in HERE.parents if (p / "shared" / "devnews").is_dir()),
               HERE.parents[2] / "shared" / "devnews")


def arguments(doc: str, details: str) -> argparse.Namespace:
    """The command line every devnews evaluation takes: HALF, --libyadesk, --json, --details."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("half", choices=["dev", "test"])
    ap.add_argument("--libyadesk", default="libyadesk", help="the libyadesk executable to measure")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--details", action="store_true", help=details)
    return ap.parse_args()


def index() -> dict[str, dict[str, str]]:
    """INDEX.tsv rows by file name (articles/NNN_....txt)."""
    with open(DEVNEWS / "INDEX.tsv", encoding="utf-8", newline="") as f:
        return {r["file"]: r for r in csv.DictReader(f, delimiter="\t")}


def files(half: str) -> list[str]:
    """The files of one half ('dev' or 'test'), as named in split.tsv."""
    with open(HERE / "split.tsv", encoding="utf-8", newline="") as f:
        return [r["file"] for r in csv.DictReader(f, delimiter="\t") if r["half"] == half]


def raw(name: str) -> str:
    """The stored text of one devnews file."""
    return (DEVNEWS / name).read_text(encoding="utf-8")


def doc_name(name: str) -> str:
    """The corpus file stem make_corpus gives a devnews file (its document id)."""
    return Path(name).stem


def make_corpus(half: str, dest: Path) -> Path:
    """Write one half as a corpus folder of Markdown files with front matter; returns dest."""
    dest.mkdir(parents=True, exist_ok=True)
    rows = index()
    for name in files(half):
        r = rows[name]
        meta = {"source": r["outlet"], "url": r["url"]}
        if r["published"] != "unknown":
            meta["published"] = r["published"]
        if not r["title"].startswith("[from URL]"):
            meta["title"] = r["title"]
        head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items())
        (dest / f"{doc_name(name)}.md").write_text(f"---\n{head}---\n\n{raw(name)}\n", encoding="utf-8")
    return dest


def sha(text: str) -> str:
    """The short hash that gold spans carry."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _folded(text: str) -> tuple[str, list[int]]:
    """Text with quotes folded and white space runs as one space, and each character's raw offset."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def locate(raw_text: str, sentence: str, prefer=None) -> tuple[int, int] | None:
    """The (start, end) raw offsets of `sentence` in `raw_text`, or None when it is not there.

    A sentence printed more than once (a standfirst printed again as the body's first lines) is
    placed at its first printing, or at the first for which `prefer(span)` holds: the output's
    text is the same whichever printing gave it."""
    hay, where = _folded(raw_text)
    needle = _folded(sentence)[0].strip()
    if not needle:
        return None
    at = hay.find(needle)
    if at < 0:
        # The tool may have cleaned a few characters away (markup): try the longest prefix that fits.
        words = needle.split(" ")
        while len(words) > 4 and at < 0:
            words = words[:-1]
            at = hay.find(" ".join(words))
        if at < 0:
            return None
        needle = " ".join(words)
    if prefer is not None:
        at = next((k for k in _occurrences(hay, needle, at)
                   if prefer((where[k], where[k + len(needle) - 1] + 1))), at)
    return where[at], where[at + len(needle) - 1] + 1


def _occurrences(hay: str, needle: str, at: int):
    """Where `needle` is found in `hay`, from the first finding `at` on."""
    while at >= 0:
        yield at
        at = hay.find(needle, at + 1)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


if __name__ == "__main__":
    import sys

    half, dest = sys.argv[1], Path(sys.argv[2])
    print(make_corpus(half, dest))
