"""Time to read 1,000 saved web pages: a cold call (extraction and index build) and warm calls.

Builds, in a temporary folder, a corpus of N HTML pages from the Scrapinghub benchmark's
pages (read from its git copy, default below or --repo; each copy made unique by a
sentence of its own in the first paragraph, so that none is skipped as a duplicate), and a
Markdown corpus of N generated articles (bench/generate.py) to compare with.  Each corpus is
then searched with a fresh cache (cold) and three times more (warm), in a child process
each time; wall time and the child's peak RSS are printed.  Nothing is written outside the
temporary folder.

    python bench/html_timing.py [--pages 1000] [--repo GIT_DIR]
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_REPO = "/work/.mirror/scrapinghub+article-extraction-benchmark/repo"
HERE = Path(__file__).resolve().parent


def _git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={repo}", *args], check=True, capture_output=True).stdout


def make_html_corpus(repo: str, out: Path, count: int) -> None:
    """N page files from the benchmark's pages, each with a sentence of its own."""
    names = [n for n in _git(repo, "ls-tree", "--name-only", "HEAD", "html/").decode().split() if n.endswith(".html.gz")]
    pages = [gzip.decompress(_git(repo, "show", f"HEAD:{n}")) for n in names]
    out.mkdir(parents=True)
    for i in range(count):
        page = pages[i % len(pages)]
        marker = f"Copy {i} of this page was saved for the timing run number {i}. ".encode()
        page = re.sub(rb"(<p(?:\s[^>]*)?>)", lambda m: m.group(1) + marker, page, count=1)
        (out / f"page-{i:04d}.html").write_bytes(page)


def timed(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one libyadesk call in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "libyadesk", *args], env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if result.returncode not in (0, 1):
        raise SystemExit(f"libyadesk {' '.join(args)} failed: {result.stderr.decode()[-500:]}")
    return elapsed, max(peak, before) // 1024


def measure(label: str, corpus: Path, tmp: Path) -> None:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp / f"cache-{label}"), COLUMNS="120")
    env.pop("LIBYADESK_CACHE_DIR", None)
    query = ["search", "said", "--corpus", str(corpus), "--json"]
    cold, rss = timed(query, env)
    warm = [timed(query, env)[0] for _ in range(3)]
    docs = timed(["docs", "--corpus", str(corpus), "--json"], env)[0]
    print(f"{label}: cold {cold:.1f} s (peak RSS {rss} MB), warm search {min(warm):.2f}-{max(warm):.2f} s, "
          f"warm docs {docs:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repo", default=DEFAULT_REPO)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="libyadesk-html-timing-") as name:
        tmp = Path(name)
        make_html_corpus(args.repo, tmp / "html", args.pages)
        size = sum(p.stat().st_size for p in (tmp / "html").iterdir()) / 2**20
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(tmp / "md"), "--articles", str(args.pages)],
                       check=True, capture_output=True)
        print(f"{args.pages} HTML pages ({size:.0f} MB), {args.pages} Markdown articles; {os.cpu_count()} cores")
        measure("html", tmp / "html", tmp)
        measure("markdown", tmp / "md", tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
