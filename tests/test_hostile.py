"""Hostile corpora and inputs: load what can be loaded, say what was skipped, never crash or hang.

A generated corpus holds the five bundled articles among files a scraper or a download
leaves behind: empty, binary, mis-encoded, broken front matter, odd names, links that
loop or point nowhere, a named pipe, a device, deep folders.  Every command must still
answer from the good files, print at most one warning line per bad file, keep the exit
codes of the contract and leave the folder untouched.  The large cases (a 50 MB file,
2,000 tiny files) are built once per module.
"""

from __future__ import annotations

import datetime
import gzip
import json
import os
import shutil
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from libyadesk.actors import actor_data, find_mentions, load_registry
from libyadesk.cli import app
from libyadesk.corpus import MAX_FILE_BYTES, bundled_corpus_path, load_corpus, parse_document
from libyadesk.dates import extract_dates
from libyadesk.errors import CorpusError, LibyadeskError
from libyadesk.index import build_index
from libyadesk.models import Document
from libyadesk.search import SearchOptions, search, sentence_matcher
from libyadesk.text import split_sentences, tokenize
from libyadesk.timeline import extract_events

from helpers import finishes, folder_digest

runner = CliRunner()
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
BODY = "{} met envoys in Benghazi on Monday to discuss migration, the coast guard and the border.\n"

# name -> (bytes or text, the warning's reason (None: no warning), whether the file loads)
FILES: dict[str, tuple[str | bytes, str | None, bool]] = {
    "empty.md": (b"", "empty file", False),
    "blank.txt": (b" \n\t\r\n  \n", "empty file", False),
    "picture.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file", False),
    "archive.txt": (gzip.compress(BODY.format("Haftar").encode() * 50), "binary file", False),
    "invalid-utf8.txt": (BODY.format("Dbeibah").encode() + b"caf\xe9 \xff\xfe\x81 talks.\n", "not valid UTF-8", True),
    "utf16-bom.md": (BODY.format("Meloni").encode("utf-16"), None, True),
    "utf16-broken.md": (b"\xff\xfe" + BODY.format("Lukashenko").encode("utf-16-le") + b"\x00\xd8!", "not valid UTF-16", True),
    "utf8-bom.md": ("\ufeff---\ntitle: With a BOM\n---\n" + BODY.format("Bashagha"), None, True),
    "crlf.md": ("CRLF headline\r\n\r\n" + BODY.format("Saddam Haftar").replace("\n", "\r\n"), None, True),
    "lone-cr.md": ("Lone CR headline\r\r" + BODY.format("Belqasim Haftar").replace("\n", "\r"), None, True),
    "front-matter-not-yaml.md": ("---\n: : [\n\t- {oops\n---\n" + BODY.format("Mishri"), "broken front matter", True),
    "front-matter-a-list.md": ("---\n- a\n- b\n---\n" + BODY.format("Menfi"), "broken front matter", True),
    "front-matter-python-tag.md": ("---\ntitle: !!python/object/apply:os.system ['echo PWNED']\n---\n" + BODY.format("Hammad"),
                                   "broken front matter", True),
    "front-matter-unclosed.md": ("---\ntitle: never closed\n" + BODY.format("Tebboune"), "front matter is not closed", True),
    "published-list.md": ("---\npublished: [2024, 2025]\n---\n" + BODY.format("Erdogan"), "unparseable published date a list", True),
    "published-tomorrow.md": ("---\npublished: tomorrow\n---\n" + BODY.format("Sisi"), "unparseable published date 'tomorrow'", True),
    "published-99999.md": ("---\npublished: 99999\n---\n" + BODY.format("Putin"), "unparseable published date '99999'", True),
    "published-mapping.md": ("---\npublished: {year: 2024}\ntitle: [1, 2]\n---\n" + BODY.format("Macron"), "title is a list", True),
    "yaml-alias-bomb.md": (
        "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
        + "title: *i\n---\n" + BODY.format("Salamé"),
        "title is a list", True,
    ),
    "name with spaces.md": (BODY.format("Koni"), None, True),
    "ليبيا – Ṭarābulus é.md": (BODY.format("Aguila Saleh"), None, True),
    "line\nbreak in name.md": (BODY.format("Dabaiba"), None, True),
    "escape-\x1b[2J-in-name.md": (BODY.format("Bathily"), None, True),
    "same.md": (BODY.format("Sanalla"), None, True),
    "same.txt": (BODY.format("Bengdara"), None, True),
    "SHOUTING.MD": (BODY.format("Hafter"), None, True),
    "terminal-escapes.md": ("Colours \x1b[31mred\x1b[0m and a title \x1b]0;pwned\x07 here.\n" + BODY.format("Jamali") * 3, None, True),
    "nul-late.md": ((BODY.format("Qaddafi") * 60).encode() + b"\x00\x00tail", None, True),
    "only-chrome.md": ("Share on Facebook\nTweet\nHome\nNews\nPolitics\n© 2025 All rights reserved\n", "no article text", False),
    "duplicate.md": (BODY.format("Haftar"), "duplicate", False),
    "dir.md/inside.txt": (BODY.format("Wagner"), None, True),
    ".hidden.md": (BODY.format("Hidden"), None, False),
    "notes.pdf": (b"%PDF-1.4 " + bytes(range(256)), "corrupt PDF", False),
    "notes.rtf": (b"{\\rtf1 not an article format}", None, False),
}
DEEP = "/".join(f"level{i}" for i in range(100)) + "/deep.md"
SPECIAL = {
    # name -> (the warning's reason (None: no warning), whether it loads)
    "loop": (None, False),  # a folder symlink to the corpus itself
    "dangling.md": ("cannot be read", False),
    "self-link.md": ("cannot be read", False),
    "pipe.md": ("not a regular file", False),
    "zero-device.md": ("not a regular file", False),
    "good-link.md": (None, True),  # a file symlink is read
    DEEP: (None, True),
}
CASES = sorted([*FILES, *SPECIAL])


def _write(root: Path, name: str, content: str | bytes) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _build_hostile(root: Path) -> Path:
    root.mkdir()
    for source in sorted(bundled_corpus_path().glob("*.md")):
        shutil.copy(source, root / source.name)
    _write(root, "aaa-good.md", BODY.format("Haftar"))  # before duplicate.md
    for name, (content, _, _) in FILES.items():
        _write(root, name, content)
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "dangling.md").symlink_to(root / "nowhere" / "gone.md")
    (root / "self-link.md").symlink_to(root / "self-link.md")
    _write(root, ".store/linked.md", BODY.format("Ghwell"))  # a hidden folder: read only through the link
    (root / "good-link.md").symlink_to(root / ".store" / "linked.md")
    (root / "zero-device.md").symlink_to("/dev/zero")
    os.mkfifo(root / "pipe.md")
    _write(root, DEEP, BODY.format("Khaled Haftar").replace("Monday", "Friday"))
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The hostile corpus: the bundled articles among every kind of bad file."""
    if not (hasattr(os, "mkfifo") and hasattr(os, "symlink") and Path("/dev/zero").exists()):
        pytest.skip("needs POSIX named pipes, symlinks and /dev/zero")
    return _build_hostile(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def hostile_load(hostile):
    return load_corpus(hostile)


def _warnings_for(result, path: Path) -> list:
    shown = str(path)
    return [w for w in result.warnings if w.path == shown or w.path == shown.replace("\n", "\\n")]


# --- loading --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CASES)
def test_each_hostile_file_gives_at_most_one_warning(hostile, hostile_load, name):
    reason, loads = SPECIAL[name] if name in SPECIAL else FILES[name][1:]
    path = hostile / name
    mine = _warnings_for(hostile_load, path)
    assert len(mine) <= 1, mine
    if reason is None:
        assert not mine, mine
    else:
        assert mine and reason in mine[0].reason, (mine, reason)
        assert "\n" not in str(mine[0])
    loaded = [d for d in hostile_load.documents if d.path == str(path)]
    assert bool(loaded) == loads
    for doc in loaded:
        assert doc.text.strip() and doc.id.isprintable()
        assert not any(ch in doc.text for ch in "\x00\x1b\r\ufeff"), repr(doc.text[:80])


def test_hostile_corpus_loads_the_good_files(hostile_load):
    docs = {d.id: d for d in hostile_load.documents}
    assert len(hostile_load.documents) == len(docs)  # ids are unique
    bundled = {p.stem for p in bundled_corpus_path().glob("*.md")}
    assert bundled <= set(docs)
    assert {"same", "same.txt"} <= set(docs)
    assert docs["crlf"].title == "CRLF headline" and docs["lone-cr"].title == "Lone CR headline"
    assert docs["utf8-bom"].title == "With a BOM"
    assert "Colours red and a title" in docs["terminal-escapes"].text
    assert "line\\nbreak in name" in docs  # one printable line, usable in --ids output
    assert "escape-\\x1b[2J-in-name" in docs
    assert docs["published-99999"].published is None
    # Every warning is one line naming one file; no file is named twice.
    paths = [w.path for w in hostile_load.warnings]
    assert len(paths) == len(set(paths))
    assert all("\n" not in str(w) for w in hostile_load.warnings)


def test_undecodable_file_name(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.md").write_text(BODY.format("Haftar"))
    with open(os.path.join(os.fsencode(root), b"bad-\xff\xfe-name.md"), "wb") as handle:
        handle.write(BODY.format("Dbeibah").encode())
    docs = {d.id for d in load_corpus(root).documents}
    assert docs == {"good", "bad-\ufffd\ufffd-name"}
    result = runner.invoke(app, ["docs", "--json", "--corpus", str(root)])
    assert result.exit_code == 0, result.output
    ids = {d["id"] for d in json.loads(result.stdout_bytes.decode("utf-8"))["documents"]}
    assert ids == docs


@pytest.mark.skipif(IS_ROOT, reason="running as root: chmod 000 does not stop root reading "
                                    "(the pipe, device and dangling-link cases cover unreadable files)")
def test_unreadable_file_is_skipped(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.md").write_text(BODY.format("Haftar"))
    locked = root / "locked.md"
    locked.write_text(BODY.format("Dbeibah"))
    locked.chmod(0)
    try:
        result = load_corpus(root)
    finally:
        locked.chmod(0o644)
    assert [d.id for d in result.documents] == ["good"]
    (warning,) = result.warnings
    assert "cannot be read" in warning.reason


def _nest(root: Path, depth: int) -> None:
    """Make root/d/d/.../d (depth levels) with a file at the bottom, without long paths."""
    here = os.getcwd()
    try:
        os.chdir(root)
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("bottom.md").write_text(BODY.format("Dbeibah"))
    finally:
        os.chdir(here)


def _unnest(root: Path) -> None:
    """Remove what _nest made, bottom up: shutil.rmtree (and pytest's tmp cleanup) would recurse too deep."""
    here = os.getcwd()
    try:
        os.chdir(root)
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            for name in os.listdir("."):
                os.remove(name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def test_a_folder_nested_deeper_than_the_recursion_limit(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "top.md").write_text(BODY.format("Haftar"))
    _nest(root, sys.getrecursionlimit() + 100)
    try:
        ids = {d.id for d in load_corpus(root).documents}
    finally:
        _unnest(root)
    assert ids == {"top", "bottom"}


# --- every command on the hostile corpus --------------------------------------------------


def _run_checked(args: list[str], root: Path, expected: int):
    before = folder_digest(root)
    result = runner.invoke(app, args)
    assert folder_digest(root) == before, f"{args} wrote into the corpus folder"
    output = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in output
    assert result.exit_code == expected, (args, result.exit_code, result.stderr[-2000:])
    errors = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
    assert len(errors) <= 1 and all(line.startswith("libyadesk: ") or "no " in line for line in errors), errors
    if expected == 2:
        assert result.stdout == ""
        assert len(errors) == 1
    elif "--json" in args and result.stdout:
        json.loads(result.stdout_bytes.decode("utf-8"))
    return result


HOSTILE_COMMANDS = [
    (["docs", "--json"], 0),
    (["docs"], 0),
    (["show", "2025-12", "--json"], 0),
    (["show", "terminal-escapes"], 0),
    (["show", "no-such-document"], 1),
    (["search", "Haftar", "--json"], 0),
    (["search", "Lukashenko", "--ids"], 0),
    (["search", "zzyzxqv", "--json"], 1),
    (["actor", "Haftar", "--json"], 0),
    (["actor", "Zzyzx Nobody", "--json"], 1),
    (["actors", "--json"], 0),
    (["timeline", "--json"], 0),
    (["timeline", "--actor", "Haftar", "--csv"], 0),
]


@pytest.mark.parametrize("args, expected", HOSTILE_COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_every_command_answers_from_the_rest(hostile, hostile_load, args, expected):
    result = _run_checked([*args, "--corpus", str(hostile), "--verbose"], hostile, expected)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    # The walk's one summary of files in other formats, then one warning per file read.
    summary = [line for line in warnings if line.startswith(f"warning: {hostile}: skipped ")]
    assert len(summary) == 1 and "1 .rtf" in summary[0], warnings
    warnings.remove(summary[0])
    assert sorted(warnings) == sorted(str(w) for w in hostile_load.warnings)
    assert "\x1b" not in result.stdout
    if args[0] == "docs" and "--json" in args:
        ids = [d["id"] for d in json.loads(result.stdout)["documents"]]
        assert ids == [d.id for d in hostile_load.documents]


def test_warnings_are_summarised_once_per_call_and_quiet_silences_them(hostile, hostile_load):
    kinds = {w.kind for w in hostile_load.warnings}
    assert len(hostile_load.warnings) > 3 and {"duplicate", "skipped"} <= kinds
    for _ in range(2):  # the building call and a cached one say the same, in one line
        result = _run_checked(["search", "Haftar", "--json", "--corpus", str(hostile)], hostile, 0)
        lines = result.stderr.splitlines()
        assert all(line.startswith("warning: ") for line in lines) and len(lines) < len(hostile_load.warnings) / 4
        summary = [line for line in lines if line.endswith("; --verbose lists them")]
        duplicates = sum(w.kind == "duplicate" for w in hostile_load.warnings)
        assert len(summary) == 1 and f"{duplicates} duplicate file{'s' if duplicates > 1 else ''} skipped" in summary[0]
    result = _run_checked(["search", "Haftar", "--json", "--corpus", str(hostile), "-q"], hostile, 0)
    assert result.stderr == "" and json.loads(result.stdout)["hits"]


@pytest.mark.parametrize(
    "name, expected",
    # `dates FILE` decodes as the corpus loader does, so UTF-16 with a BOM is read.
    [("invalid-utf8.txt", 0), ("utf16-bom.md", 0), ("picture.md", 2), ("dangling.md", 2), ("dir.md", 2), ("empty.md", 1)],
)
def test_dates_command_on_hostile_files(hostile, name, expected):
    _run_checked(["dates", str(hostile / name), "--ref", "2024-05-08", "--json"], hostile, expected)


# --- size: a 50 MB one-line file, 2,000 tiny files ----------------------------------------


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("big") / "corpus"
    root.mkdir()
    (root / "good.md").write_text(BODY.format("Haftar"))
    line = b"Haftar met envoys in Benghazi on Monday " * 25_000  # 1 MB, no newline
    with open(root / "one-line.txt", "wb") as handle:
        for _ in range(50):
            handle.write(line)
    yield root
    (root / "one-line.txt").unlink()  # pytest keeps the last three runs' folders: don't keep 50 MB


def test_a_50_mb_file_is_skipped_without_being_read(big_corpus):
    assert (big_corpus / "one-line.txt").stat().st_size > 2 * MAX_FILE_BYTES
    tracemalloc.start()
    try:
        result = load_corpus(big_corpus)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20, f"peak {peak} bytes: the big file was read"
    assert [d.id for d in result.documents] == ["good"]
    (warning,) = result.warnings
    assert "one-line.txt" in warning.path and "larger than 20 MB" in warning.reason
    result = _run_checked(["search", "Benghazi", "--json", "--corpus", str(big_corpus)], big_corpus, 0)
    assert "larger than 20 MB" in result.stderr


N_TINY = 2_000  # the property (every file read, one index, no warning) shows as well as with 10,000


@pytest.fixture(scope="module")
def many_corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("many") / "corpus"
    for i in range(N_TINY):
        folder = root / f"batch{i // 100:02d}"
        if i % 100 == 0:
            folder.mkdir(parents=True)
        (folder / f"note{i:05d}.md").write_text(f"Note {i} says the council met in Sirte.\n")
    yield root
    shutil.rmtree(root)


@pytest.mark.slow
def test_thousands_of_tiny_files(many_corpus):
    result = load_corpus(many_corpus)
    assert len(result.documents) == N_TINY and not result.warnings
    last = f"note{N_TINY - 1:05d}"
    result = _run_checked(["search", str(N_TINY - 1), "--json", "--corpus", str(many_corpus)], many_corpus, 0)
    assert json.loads(result.stdout)["hits"][0]["doc"] == last


# --- command-line input --------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, expected, message",
    [
        (["actor", "Zzyzx Nobody"], 1, "no actor"),
        (["search", "Haftar", "--actor", "Zzyzx"], 2, "--actor: no actor"),  # an unusable filter is a usage error
        (["timeline", "--actor", "Zzyzx"], 2, "--actor: no actor"),
        (["search", "Haftar", "--since", "2025-02-30"], 2, "--since"),
        (["search", "Haftar", "--until", "2024-13"], 2, "--until"),
        (["search", "Haftar", "--since", "the day after never"], 2, "--since"),
        (["search", "Haftar", "--since", "2025-06", "--until", "2025-05"], 2, "after"),
        (["timeline", "--since", "2025-12-31", "--until", "2025-01-01"], 2, "after"),
        (["timeline", "--until", "0000"], 2, "--until"),
        (["dates", "--ref", "2024-02-30"], 2, "--ref"),
        (["search", "Haftar", "--limit", "-1"], 2, "--limit"),
        (["search", "Haftar", "-n", "0"], 2, "--limit"),
        (["timeline", "--limit", "-5"], 2, "--limit"),
        (["show", ""], 2, "empty"),
        (["search", "Haftar", "--actors", "/nonexistent/actors.toml"], 2, "--actors"),
    ],
)
def test_bad_command_line_input_is_one_line(args, expected, message):
    result = runner.invoke(app, args, input="on Monday")
    assert result.exit_code == expected, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], lines


def _corpus_kind(tmp_path: Path, kind: str) -> Path:
    root = tmp_path / "corpus"
    if kind == "a file":
        root.write_text(BODY.format("Haftar"))
    elif kind == "a pipe":
        os.mkfifo(root)
    elif kind == "missing":
        pass
    else:
        root.mkdir()
        if kind == "only bad files":
            (root / "empty.md").write_bytes(b"")
            (root / "picture.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
            os.mkfifo(root / "pipe.md")
        elif kind == "no article files":
            (root / "report.pdf").write_bytes(b"%PDF-1.4")
            (root / ".hidden.md").write_text(BODY.format("Haftar"))
    return root


@pytest.mark.parametrize("kind", ["a file", "a pipe", "missing", "empty", "only bad files", "no article files"])
@pytest.mark.parametrize("command", [["docs"], ["search", "Haftar", "--json"], ["timeline"]])
def test_unusable_corpus_is_one_line_and_exit_2(tmp_path, kind, command):
    if kind in ("a pipe", "only bad files") and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes")
    root = _corpus_kind(tmp_path, kind)
    result = runner.invoke(app, [*command, "--corpus", str(root)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(root) in lines[0], lines
    if kind == "only bad files":
        assert "3 skipped" in lines[0]


def test_surrogate_escaped_query_gives_valid_json():
    # An argument with bytes that are not UTF-8 arrives as lone surrogates (PEP 383).
    result = runner.invoke(app, ["search", "Haftar \udcff", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout_bytes.decode("utf-8"))
    assert payload["query"] == "Haftar \ufffd"


@pytest.mark.slow
def test_a_100_kb_query_is_not_a_blow_up():
    def work(mark):
        result = runner.invoke(app, ["search", "Haftar Frontex " * 7_000, "--json", "--limit", "1"])
        assert "Traceback" not in result.output
        mark(result.exit_code)

    assert finishes(work) in (0, 1)


# --- pathological strings: no extractor hangs or blows up -----------------------------------

# 50,000 characters: a loop quadratic in Python over them takes minutes, far past the hang
# guard, while every extractor today reads them in well under a second.
SIZE = 50_000


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


PATHOLOGICAL = {
    "capitalised-words": _fill("Haftar Meets Libyan National Army Officials In Tripoli Benghazi "),
    "capitalised-lines": _fill("Khalifa Haftar Meets Officials\n"),
    "digits": "1" * SIZE,
    "digit-groups": _fill("2024 12 07 1,000,000 "),
    "may-may-may": _fill("May "),
    "may-7": _fill("May 7 May "),
    "on-tuesday": _fill("on Tuesday "),
    "dots": "." * SIZE,
    "initials": _fill("A. "),
    "quotes": _fill("\"'“”‘’"),
    "bullets": _fill("• "),
    "bullet-lines": _fill("• Home\n"),
    "share-on-facebook": _fill("Share on Facebook\n"),
    "one-line-no-spaces": _fill("HaftarLNA"),
    "acronyms": _fill("Libyan National Army (LNA) "),
    "front-matter": "---\n" + _fill("title: x\n", SIZE - 1_000) + "---\nBody about Haftar.",
}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_strings_are_no_blow_up_in_any_extractor(name, registry):
    text = PATHOLOGICAL[name]
    doc = Document("p", text, "p.md", published="2024-05-08")

    def work(mark):
        mark("parse_document")
        parse_document("p", "p.md", text.encode("utf-8"))
        mark("split_sentences")
        split_sentences(text)
        mark("tokenize")
        tokenize(text)
        mark("extract_dates")
        extract_dates(text, datetime.date(2024, 5, 8))
        mark("build_index")
        index = build_index([doc])
        mark("find_mentions")
        find_mentions(doc, index.doc_sentences("p"), registry)
        mark("extract_all")
        actor_data(index)  # extract_all over the one-document index
        mark("extract_events")
        extract_events(index)  # reuses the actor layer built above
        mark("done")

    assert finishes(work) == "done"  # every step ran to its end


# --- properties -----------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    "Haftar Dr. Gen. U.S. A. J. May 7 2024 . ! ? … ... \" ' ” ’ ) ( [ ] “ • - – — Share on Facebook "
    "Hifter Dbeibah Tripoli LNA (LNA) 1.5 e.g. etc. \n \n\n \t \r \u00a0 \u2028 \x85 \x0c Ω é ß ǅ"
    .split(" ")
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(_FRAGMENTS, max_size=60).map(" ".join),
                  st.lists(_FRAGMENTS, max_size=60).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_sentence_spans_are_ordered_disjoint_and_cover_the_text(text):
    spans = split_sentences(text)
    covered = [False] * len(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        for i in range(start, end):
            covered[i] = True
        last = end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_token_spans_are_ordered_and_slice_the_text(text):
    last = 0
    for token in tokenize(text):
        assert last <= token.start < token.end <= len(text)
        assert token.term and not any(ch.isspace() for ch in text[token.start:token.end])
        last = token.end


_FRONT = st.one_of(
    st.just(""),
    st.builds("---\n{}\n---\n".format, st.text(max_size=80)),
    st.builds("---\npublished: {}\ntitle: {}\n---\n".format,
              st.sampled_from(["2025", "2025-13-45", "[1, 2]", "{a: 1}", "tomorrow", "99999", "*x", "&x [*x]", "''"]),
              st.text(max_size=20)),
)
DOCUMENT_BYTES = st.one_of(
    st.binary(max_size=600),
    st.tuples(_FRONT, TEXTS, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
              st.sampled_from(["\n", "\r\n", "\r"])).map(
        lambda t: (t[0] + t[1]).replace("\n", t[3]).encode(t[2], errors="replace")),
    st.tuples(st.binary(max_size=40), st.binary(max_size=200)).map(lambda t: b"\xff\xfe" + t[0] + t[1]),
)


@settings(max_examples=400, deadline=None)
@given(DOCUMENT_BYTES)
def test_parse_document_never_raises_and_warns_at_most_once(data):
    doc, warnings = parse_document("x", "x.md", data)
    assert len(warnings) <= 1
    if doc is not None:
        assert doc.text and doc.text == doc.text.strip()
        assert not any(ch in doc.text for ch in "\x00\x1b\r")
        json.dumps(doc.title), json.dumps(doc.published)


_NAMES = st.text(st.characters(whitelist_categories=("L", "N", "Zs"), whitelist_characters="-_.'()"),
                 min_size=1, max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.tuples(_NAMES, st.sampled_from([".md", ".txt", ".markdown", ".MD", ".pdf", ".html", ".mhtml"])),
                       DOCUMENT_BYTES, min_size=1, max_size=5))
def test_load_corpus_raises_nothing_but_corpus_error(files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for (stem, ext), data in files.items():
            name = stem.strip().strip(".") or "x"
            try:
                (root / (name + ext)).write_bytes(data)
            except OSError:  # a name the file system refuses
                continue
        try:
            result = load_corpus(root)
        except CorpusError as exc:
            assert "\n" not in str(exc)
            return
        ids = [d.id for d in result.documents]
        assert len(ids) == len(set(ids))
        assert len({w.path for w in result.warnings}) == len(result.warnings)


QUERIES = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from('Haftar Hifter "Khalifa Haftar" OR -Frontex - " "" * ? ( ) Meloni Dbeibah 2024 the '
                             "Frontx ' ’ é ǅ Ω \t".split(" ")), max_size=12).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(QUERIES, st.booleans())
def test_search_raises_only_libyadesk_errors(bundled_index, query, exact):
    try:
        _, hits = search(bundled_index, query, SearchOptions(limit=5, exact=exact))
    except LibyadeskError:
        return
    assert len(hits) <= 5
    try:
        matches = sentence_matcher(bundled_index, query)
    except LibyadeskError:
        return
    matches("Haftar met Meloni in Rome.")


def _json_command(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code in (0, 1, 2), (args, result.exit_code)
    if result.exit_code == 2:
        errors = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
        assert result.stdout == "" and len(errors) == 1, result.stderr
    elif result.stdout or result.exit_code == 0:
        json.loads(result.stdout_bytes.decode("utf-8"))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_json_output_always_parses(text):
    _json_command(["search", "--json", "--", text])
    _json_command(["actor", "--json", "--", text])
    _json_command(["timeline", "--json", "--query", text])
    _json_command(["show", "--json", "--", text])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(DOCUMENT_BYTES, min_size=1, max_size=3), QUERIES)
def test_docs_and_search_json_parse_on_arbitrary_corpora(contents, query):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        root.mkdir()
        for i, data in enumerate(contents):
            (root / f"doc{i}.md").write_bytes(data)
        before = folder_digest(root)
        _json_command(["docs", "--json", "--no-cache", "--corpus", str(root)])
        _json_command(["search", "--json", "--no-cache", "--corpus", str(root), "--", query])
        assert folder_digest(root) == before


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="named pipes, symlinks and /dev/zero are POSIX")
