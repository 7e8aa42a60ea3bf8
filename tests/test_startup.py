"""What a warm call loads: counted in a child process's sys.modules, never timed.

A warm `search` answers from the cached index, so it must not import what only a build,
another command or an unusual input needs: the page and PDF readers, the date grammar
and dateparser, the corpus cleaner, the actor and timeline modules.  Each of those costs
tens of milliseconds of start-up that a whole FTS5 query does not pay.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import sqlite_steps
from libyadesk.corpus import bundled_corpus_path

# Prints, after the command ran, the modules it had imported and the NamedTuple classes the
# package built (collections.namedtuple, which typing.NamedTuple calls with the class's module;
# the standard library's own, urllib.parse's, are not counted), as one JSON line on stderr.
_CHILD = """
import collections, json, runpy, sys
built = []
made = collections.namedtuple

def counted(name, *args, **kwargs):
    module = kwargs.get("module") or sys._getframe(1).f_globals.get("__name__", "")
    if module.split(".")[0] == "libyadesk":
        built.append(name)
    return made(name, *args, **kwargs)

collections.namedtuple = counted
sys.argv = ["libyadesk", *sys.argv[1:]]
try:
    runpy.run_module("libyadesk", run_name="__main__")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
sys.stderr.write("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules), "namedtuples": built}) + "\\n")
"""

# Needed by a build, another command or an unusual input only.
NOT_FOR_A_WARM_SEARCH = ("trafilatura", "htmldate", "lxml", "pypdf", "dateparser", "yaml",
                         "libyadesk.corpus", "libyadesk.webpages", "libyadesk.pdfs", "libyadesk.importer",
                         "libyadesk.dates", "libyadesk.actors", "libyadesk.timeline", "libyadesk.brief",
                         "libyadesk.prose", "libyadesk.parallel",
                         # Rich's tables (a search's view has none) and the TOML parser (the
                         # equivalents and aliases are rows of the index).
                         "rich.table", "tomllib",
                         # A plain search is read by shell.main, without Typer (and Click).
                         "typer",
                         # Its records are plain classes (models.Record, models.Row): `dataclasses`
                         # (with inspect, ast, dis and tokenize) is a third of the start-up it paid,
                         # and the records of extraction are dataclasses (libyadesk.extracted).
                         "dataclasses", "inspect", "ast", "dis", "tokenize", "libyadesk.extracted")


def _report(args: list[str], cache: Path, **variables: str) -> dict:
    env = {**os.environ, "LIBYADESK_CACHE_DIR": str(cache), "COLUMNS": "120", **variables}
    done = subprocess.run([sys.executable, "-c", _CHILD, *args], env=env, capture_output=True, text=True, timeout=300)
    return json.loads(done.stderr.strip().splitlines()[-1])


def _run(args: list[str], cache: Path, **variables: str) -> tuple[int, set[str]]:
    report = _report(args, cache, **variables)
    return report["code"], set(report["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n in modules or any(m.startswith(n + ".") for m in modules))


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory) -> Path:
    """A cache holding the bundled corpus's index (the first call builds it)."""
    cache = tmp_path_factory.mktemp("warm-cache")
    code, modules = _run(["search", "Frontex", "--corpus", str(bundled_corpus_path())], cache)
    assert code == 0
    assert "libyadesk.corpus" in modules  # the build read the files: the check below can fail
    return cache


@pytest.mark.parametrize("args", [["search", "Frontex"], ["search", "Hifter", "--json"],
                                  ["search", '"border security"', "--csv"], ["search", "Frontx", "--ids"],
                                  ["search", "Meloni", "Benghazi"]])
def test_a_warm_search_imports_no_reader_grammar_or_other_command(warm_cache, args):
    code, modules = _run([*args, "--corpus", str(bundled_corpus_path())], warm_cache)
    assert code == 0
    assert _loaded(modules, NOT_FOR_A_WARM_SEARCH) == []
    assert "libyadesk.search" in modules and "libyadesk.index" in modules


@pytest.mark.parametrize("args", [["search", "Hifter", "--json"], ["search", "Frontx", "--ids"],
                                  ["search", "Frontex", "--format", "jsonl"], ["search", "Frontex", "--csv"]])
def test_a_warm_search_for_a_machine_format_draws_nothing_with_rich(warm_cache, args):
    code, modules = _run([*args, "--corpus", str(bundled_corpus_path())], warm_cache)
    assert code == 0
    assert _loaded(modules, ("rich",)) == []
    # ... while the table for people on a terminal does (the check above can fail).  (In a
    # pipe it is drawn as Rich would draw it, without Rich's console: test_warm_search.py.)
    code, modules = _run(["search", "Frontex", "--corpus", str(bundled_corpus_path())], warm_cache, FORCE_COLOR="1")
    assert code == 0 and "rich.console" in modules


def test_a_word_the_corpus_holds_is_expanded_without_the_stemmer(warm_cache):
    # Its stem is in the index; a word no document holds (a typo) is stemmed, so the check can fail.
    code, modules = _run(["search", "Frontex", "migrants", "--corpus", str(bundled_corpus_path())], warm_cache)
    assert code == 0 and "libyadesk.search" in modules
    assert _loaded(modules, ("Stemmer",)) == []
    code, modules = _run(["search", "Frontx", "--corpus", str(bundled_corpus_path())], warm_cache)
    assert code == 0 and "Stemmer" in modules


@pytest.mark.parametrize("args", [["search", "Frontex"], ["search", "Hifter", "--json"], ["search", "Frontx", "--csv"],
                                  ["search", '"border security"', "Meloni"]])
def test_a_warm_search_builds_no_namedtuple_and_no_dataclass(warm_cache, args, tmp_path):
    report = _report([*args, "--corpus", str(bundled_corpus_path())], warm_cache)
    assert report["code"] == 0
    assert report["namedtuples"] == []
    assert "dataclasses" not in report["modules"]
    # ... while a command that reads dates builds their records (the checks above can fail).
    (tmp_path / "note.txt").write_text("Haftar flew to Minsk on Tuesday.", encoding="utf-8")
    report = _report(["dates", str(tmp_path / "note.txt"), "--ref", "2025-02-20"], warm_cache)
    assert report["code"] == 0
    assert "dataclasses" in report["modules"] and "Citation" in report["namedtuples"]


def test_a_year_in_the_query_loads_the_date_grammar_but_not_dateparser(warm_cache):
    code, modules = _run(["search", "Frontex", "2025", "--corpus", str(bundled_corpus_path())], warm_cache)
    assert code in (0, 1)
    assert "libyadesk.dates" in modules
    assert _loaded(modules, ("dateparser", "libyadesk.corpus", "trafilatura", "pypdf")) == []


def test_help_loads_no_index(tmp_path):
    code, modules = _run(["--help"], tmp_path)
    assert code == 0
    assert _loaded(modules, ("libyadesk.index", "libyadesk.search", "libyadesk.cache", "libyadesk.store",
                             "libyadesk.render", "sqlite3", "rapidfuzz", "Stemmer")) == []


def _steps(root: Path, cache: Path, query: str) -> int:
    """SQLite virtual-machine instructions of one warm search through the library: work counted, not timed."""
    from libyadesk.desk import Desk

    with sqlite_steps() as steps, Desk.open(root, cache=cache) as desk:
        assert [h.doc for h in desk.search(query, limit=3)] == ["d0007"]
    return steps[0]


def test_a_warm_search_for_a_rare_word_costs_the_same_in_a_corpus_ten_times_larger(make_corpus, tmp_path, monkeypatch):
    from libyadesk import cache as cache_module
    from libyadesk.desk import Desk

    monkeypatch.setattr(cache_module, "FULL_SCAN_FILES", 10)  # both corpora checked by their folders only
    counts = []
    for size in (40, 400):
        texts = {f"s{size}/d{i:04d}.md": f"---\ntitle: Patrol {i}\nsource: Wire\npublished: 2025-03-0{i % 9 + 1}\n---\n"
                 f"Frontex said crossings to Crete rose, report {i}. The coast guard met in Benghazi."
                 + (" Zyxorium was seized." if i == 7 else "") + "\n" for i in range(size)}
        root = make_corpus(texts) / f"s{size}"
        cache = tmp_path / f"cache{size}"
        with Desk.open(root, cache=cache) as desk:
            desk.search("Zyxorium")  # builds the index and the layers a search keeps
        counts.append(_steps(root, cache, "Zyxorium"))
    small, large = counts
    assert large <= small * 1.3 + 20, counts  # reading every id, file row or name would make it ~10x


# The package's own modules a warm plain search may load: each one more is start-up a whole
# FTS5 query does not pay (issue 15), so a new import on this path has to be a choice.
WARM_SEARCH_MODULES = {"libyadesk", "libyadesk.__main__", "libyadesk.shell", "libyadesk.errors", "libyadesk.desk",
                       "libyadesk.cache", "libyadesk.files", "libyadesk.index", "libyadesk.fts", "libyadesk.search",
                       "libyadesk.models", "libyadesk.render", "libyadesk.layers", "libyadesk.codec",
                       "libyadesk.store", "libyadesk.names", "libyadesk.text", "libyadesk.patterns"}


@pytest.mark.parametrize("args", [["search", "Frontex"], ["search", "Meloni", "Benghazi", "--json"]])
def test_a_warm_search_loads_only_the_search_path_of_the_package(warm_cache, args):
    code, modules = _run([*args, "--corpus", str(bundled_corpus_path())], warm_cache)
    assert code == 0
    own = {m for m in modules if m == "libyadesk" or m.startswith("libyadesk.")}
    assert "libyadesk.search" in own
    assert sorted(own - WARM_SEARCH_MODULES) == []
    assert _loaded(modules, ("click", "rapidfuzz", "libyadesk.cli")) == []
    # Nor typing: the annotations are strings, which the codec reads itself (a typo's
    # rapidfuzz loads it: an unusual input).
    assert "typing" not in modules


# Reports whether the command compiled the sentence splitter's patterns (made on first use).
_PATTERNS_CHILD = """
import sys
from libyadesk import shell, text
try:
    shell.main(sys.argv[1:])
except SystemExit:
    pass
print(text._sentence_patterns.cache_info().currsize, file=sys.stderr)
"""


def test_a_warm_search_compiles_no_sentence_splitter_patterns(make_corpus, tmp_path):
    root = make_corpus({"d1.md": "---\ntitle: Talks\n---\nDr. Qaddafi's aides met in Tripoli. They left on Monday.\n",
                        "d2.md": "---\ntitle: Port\n---\nThe port of Misrata reopened. Ships queued.\n"})
    env = {**os.environ, "LIBYADESK_CACHE_DIR": str(tmp_path / "cache")}
    args = [sys.executable, "-c", _PATTERNS_CHILD, "search", "Misrata", "--corpus", str(root)]
    first = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert "Misrata" in first.stdout
    assert first.stderr.split()[-1] == "1"  # a build splits sentences: the check can fail
    warm = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert "Misrata" in warm.stdout
    assert warm.stderr.split()[-1] == "0"
