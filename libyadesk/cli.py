"""The command line: parse options, open the one index, call the core, hand results to render.

Errors raised by the core arrive here as LibyadeskError and leave as one line on
stderr and an exit code (errors.ExitStatus); nothing below this module prints.

No `from __future__ import annotations` here: Typer reads the annotations of every
command on every call, and strings would have to be evaluated first (about 4 ms).
"""

import functools
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer

from .errors import ExitStatus, LibyadeskError, NotFound, UsageError

app = typer.Typer(
    name="libyadesk",
    help="A research desk for news about Libya: search, actors and timelines from one corpus index.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

PIPE_WIDTH = 160

CorpusOption = Annotated[
    Optional[str],
    typer.Option(
        "--corpus",
        metavar="DIR",
        envvar="LIBYADESK_CORPUS",
        help="Folder of articles (.md, .txt, .html, .mhtml, .pdf), searched recursively. Default: the bundled corpus.",
        show_default=False,
    ),
]
ActorsOption = Annotated[
    Optional[Path],
    typer.Option(
        "--actors",
        envvar="LIBYADESK_ACTORS",
        help="A TOML file of extra actors (format: libyadesk/data/actors.toml). An actors.toml in the corpus folder is read too.",
        show_default=False,
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Build the index afresh; neither read nor write the cache.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout (see docs/json.md).")]


def _stdout():
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH  # a pipe or file has no width; don't squeeze tables to 80
    return console


def print_result(renderable) -> None:
    """Print a renderable on stdout; in a pipe, without the trailing padding of table cells."""
    console = _stdout()
    if console.is_terminal:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _fail(message: str, status: int) -> typer.Exit:
    _stderr().print(f"libyadesk: {message}", markup=False, soft_wrap=True)
    return typer.Exit(int(status))


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn core errors into one stderr line and the contract's exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except LibyadeskError as exc:
            raise _fail(str(exc), exc.exit_status) from None
        except KeyboardInterrupt:
            raise _fail("interrupted", ExitStatus.ERROR) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(int(ExitStatus.OK)) from None

    return wrapper


def exit_if_empty(found: bool, nothing: str, quiet: bool = False) -> None:
    """An empty answer exits 1, saying so on stderr unless a machine format was asked for."""
    if found:
        return
    if not quiet:
        _stderr().print(nothing, markup=False)
    raise typer.Exit(int(ExitStatus.NO_RESULTS))


def emit_json(payload: dict) -> None:
    """Write exactly one JSON document to stdout, valid UTF-8 whatever bytes the input had."""
    import json

    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    # Undecodable bytes of an argument or file name arrive as lone surrogates (PEP 383): U+FFFD.
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        text = text.encode("utf-8", "replace").decode("utf-8")
    sys.stdout.write(text)
    sys.stdout.flush()


class _Progress:
    """A progress bar on stderr for the passes of a build (reading articles, finding actors,
    dating events), shown once the call has taken a second, and only on a terminal.

    Redrawn by the calls that report progress, at most ten times a second, rather than by
    Rich's refresh thread: the passes fork worker processes, and a fork should not copy a
    thread that may hold the terminal's lock.
    """

    def __init__(self) -> None:
        import time

        self.started = time.monotonic()
        self.drawn = 0.0
        self.bar = None
        self.task = None
        self.label = None
        self.enabled = sys.stderr.isatty()

    def __call__(self, label: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        import time

        if self.bar is None:
            if time.monotonic() - self.started < 1.0:
                return
            from rich.progress import Progress

            self.bar = Progress(console=_stderr(), transient=True, auto_refresh=False)
            self.bar.start()
        if label != self.label:
            if self.task is not None:
                self.bar.remove_task(self.task)
            self.task = self.bar.add_task(label, total=total)
            self.label = label
        self.bar.update(self.task, completed=done)
        now = time.monotonic()
        if now - self.drawn >= 0.1 or done == total:
            self.bar.refresh()
            self.drawn = now

    def close(self) -> None:
        """Take the bar off the screen (a later pass may show it again)."""
        if self.bar is not None:
            self.bar.stop()
        self.bar = self.task = self.label = None


def _warn(message: str) -> None:
    _stderr().print(message, markup=False, soft_wrap=True)


def _build(root: Path, files: list[Path], directory: Optional[Path], progress: _Progress):
    """Build the index into a new file: in the cache folder, else a private temporary one,
    else (no room on disk) in memory."""
    import sqlite3

    from . import store
    from .corpus import iter_corpus
    from .index import build_index

    warnings: list = []
    for db in _build_targets(directory):
        warnings.clear()
        try:
            index = build_index(iter_corpus(root, files, lambda done, total: progress("reading articles", done, total),
                                            warnings), db)
            break
        except (OSError, sqlite3.Error) as exc:  # a full disk or quota: the next target
            folder = db.path.parent if db.path is not None else None
            store.discard(db)
            if folder is None:
                raise
            _warn(f"warning: cannot write the index in {folder} ({exc}); building it elsewhere")
        except BaseException:
            store.discard(db)
            raise
    progress.close()  # before the warnings, so that they are not drawn over
    for warning in warnings:
        _warn(str(warning))
    # The index is built and lives until the process ends: keep the collector from
    # re-scanning its objects while dates and actors are extracted.
    import gc

    gc.freeze()
    return index, warnings


def _build_targets(directory: Optional[Path]):
    """Where to build, best first: a new file in the cache folder, in a private temporary
    folder (--no-cache, or no usable cache folder; deleted when the call ends), in memory."""
    import sqlite3
    import tempfile

    from . import store

    if directory is not None:
        try:
            yield store.new_file(directory)
        except (OSError, sqlite3.Error) as exc:
            _warn(f"warning: cannot write the index cache in {directory} ({exc}); continuing without it")
    private = None
    try:
        private = Path(tempfile.mkdtemp(prefix="libyadesk-"))
        yield store.new_file(private)
    except (OSError, sqlite3.Error):
        if private is not None:
            private.rmdir()
    yield store.Database()


def _attach_actors(index, extra: list[Path]) -> None:
    """Load the user's actor files into the index's registry, once (the cache keeps it)."""
    if not extra or index.has_layer("registry"):
        return
    from .actors import attach, load_registry

    try:
        attach(index, load_registry(extra=extra))
    except ValueError as exc:
        raise UsageError(str(exc)) from None


@contextmanager
def opened(corpus: Optional[str], actors_file: Optional[Path] = None, no_cache: bool = False,
           needs_actors: bool = False):
    """The corpus index: from the cache when the files are unchanged, else built (and cached)."""
    from . import store
    from collections import Counter

    from .files import EXTENSIONS, bundled_corpus_path, check_root, describe_skipped, scan_corpus
    from .index import CorpusIndex

    root = check_root(corpus if corpus is not None else bundled_corpus_path())
    if actors_file is not None and not actors_file.is_file():
        raise UsageError(f"--actors {actors_file}: no such file")
    extra = [p for p in (root / "actors.toml", actors_file) if p is not None and p.is_file()]
    variants = root / "variants.toml"
    skipped: Counter = Counter()
    listing = scan_corpus(root, skipped)
    skipped_line = describe_skipped(skipped)
    if skipped_line:
        _warn(f"warning: {root}: {skipped_line} (articles are {' '.join(EXTENSIONS)})")
    shipped = sorted((Path(__file__).parent / "data").glob("*.toml"))  # edited tables invalidate too
    index, directory, key = None, None, None
    if not no_cache:
        directory, key = store.cache_dir(), store.fingerprint(root, listing, [*extra, variants, *shipped])
        cached, problem = store.open_cached(directory, key)
        if problem:
            _warn(f"warning: {problem}")
        if cached is not None:
            index = CorpusIndex(cached.db, cached.order)
            for warning in cached.warnings:
                _warn(str(warning))
    progress = _Progress()
    if index is None:
        try:
            index, warnings = _build(root, [Path(path) for path, _, _ in listing], directory, progress)
            if index.db.path is not None and directory is not None and index.db.path.parent == directory:
                problem = store.publish(index.db, directory, key, warnings)
                if problem:
                    _warn(f"warning: {problem}")
        except BaseException:
            progress.close()
            if index is not None:
                store.discard(index.db)  # unpublished: its temporary file goes
            raise
    index.progress = progress  # layers built during the call (actors, events) report here
    try:
        if needs_actors:
            _attach_actors(index, extra)
        if variants.is_file() and not index.has_layer("variant_table"):
            from .names import load_variant_table

            try:
                index.set_layer("variant_table", load_variant_table(variants))
            except ValueError as exc:
                raise UsageError(str(exc)) from None
        yield index
    except KeyboardInterrupt:
        raise
    except BaseException:
        _save(index)
        raise
    else:
        _save(index)
    finally:
        progress.close()
        store.discard(index.db)  # a --no-cache build's temporary file (a published one is kept)


def _save(index) -> None:
    """Store the layers this call built, when the index lives in the cache."""
    if not index.changed:
        return
    from . import store

    problem = store.save_layers(index.db, *index.unsaved())
    if problem:
        _warn(f"warning: {problem}")


def actor_docs(index, name: Optional[str]) -> Optional[set[str]]:
    """The documents that mention the actor a name resolves to (None when no name is given)."""
    if name is None:
        return None
    from .actors import actor_docs_row, find_actor

    return set(actor_docs_row(index, find_actor(index, name).actor).per_doc)


def _bound(value: Optional[str], option: str):
    if value is None:
        return None
    import datetime

    from .dates import parse_bound

    try:
        return parse_bound(value, datetime.date.today())
    except ValueError as exc:
        raise UsageError(f"{option} {value!r}: {exc}") from None


def date_range(since: Optional[str], until: Optional[str]):
    """Parse --since/--until into day spans; reject a reversed range."""
    lo, hi = _bound(since, "--since"), _bound(until, "--until")
    if lo and hi and lo[0] > hi[1]:
        raise UsageError(f"--since {since!r} is after --until {until!r}")
    return lo, hi


@app.command()
@handle_errors
def docs(corpus: CorpusOption = None, no_cache: NoCacheOption = False, json_: JsonOption = False) -> None:
    """List the documents of the corpus: id, published, outlet, title, words.

    Example: libyadesk docs --corpus ~/articles
    """
    from . import render

    with opened(corpus, no_cache=no_cache) as index:
        documents = list(index.documents.values())
    if json_:
        emit_json(render.docs_json(documents))
    else:
        print_result(render.docs_table(documents))


@app.command()
@handle_errors
def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id, or a unique prefix of one.")],
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    json_: JsonOption = False,
) -> None:
    """Show one document's metadata and cleaned text.

    Example: libyadesk show 2025-12-07
    """
    from . import render

    if not doc_id.strip():
        raise UsageError("the document id is empty; 'libyadesk docs' lists them")
    with opened(corpus, no_cache=no_cache) as index:
        doc = index.resolve_doc(doc_id)
    if json_:
        emit_json(render.document_json(doc, text=True))
    else:
        print_result(render.show_view(doc))


@app.command()
@handle_errors
def search(
    query: Annotated[str, typer.Argument(
        metavar="QUERY",
        help='Words (every one must match), "quoted phrases", OR between alternatives, '
             '-word to exclude (quote the whole query: "Meloni -Haftar").')],
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    json_: JsonOption = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show at most N hits.")] = 10,
    exact: Annotated[bool, typer.Option("--exact", help="No spelling variants, no typo matching.")] = False,
    since: Annotated[Optional[str], typer.Option(help='Published on or after: "2024", "May 2024", "2024-05-07", "last year".')] = None,
    until: Annotated[Optional[str], typer.Option(help="Published on or before (same forms as --since).")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only documents whose outlet contains this text.")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only documents that mention this actor.")] = None,
    actors_file: ActorsOption = None,
    ids: Annotated[bool, typer.Option("--ids", help="Print only the matching document ids, one per line.")] = False,
) -> None:
    """Ranked search that forgives typos and name spellings (Hifter finds Haftar).

    Example: libyadesk search "Frontex" --since 2025
    """
    from . import render
    from .search import SearchOptions, explained_matches, search as run_search, surface_forms

    if limit < 1:
        raise UsageError(f"--limit must be a positive number, not {limit}")
    lo, hi = date_range(since, until)
    with opened(corpus, actors_file, no_cache, needs_actors=actor is not None) as index:
        options = SearchOptions(limit=limit, exact=exact, since=lo, until=hi, source=source, docs=actor_docs(index, actor))
        parsed, hits = run_search(index, query, options)
        explained = explained_matches(hits)
        surface = surface_forms(index, {m.term for m in explained}) if hits and not (json_ or ids) else {}
    if json_:
        emit_json(render.search_json(query, hits, parsed))
    elif ids:
        sys.stdout.write(render.ids_view(h.doc for h in hits))
    elif hits:
        print_result(render.search_view(hits, explained, surface, render.search_notes(parsed)))
    exit_if_empty(bool(hits), f"no documents match {query!r}", quiet=json_ or ids)


@app.command()
@handle_errors
def actor(
    name: Annotated[str, typer.Argument(help="A name, alias, surname or spelling variant (Hifter, LNA, Dbeibeh).")],
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    actors_file: ActorsOption = None,
    json_: JsonOption = False,
) -> None:
    """Who an actor is: titles, mentions per document, co-actors, quotes, cited summary, events.

    Example: libyadesk actor Haftar
    """
    from . import render
    from .actors import lookup_actor
    from .timeline import TimelineFilter, timeline

    with opened(corpus, actors_file, no_cache, needs_actors=True) as index:
        profile = lookup_actor(index, name)
        if profile.mentions == 0:
            raise NotFound(f"{profile.actor.name} is a known actor but is not mentioned in this corpus")
        profile.events = timeline(index, TimelineFilter(actor=profile.actor.id))
    if json_:
        emit_json(profile.to_json())
    else:
        print_result(render.actor_view(profile))


@app.command()
@handle_errors
def actors(
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    actors_file: ActorsOption = None,
    kind: Annotated[Optional[str], typer.Option(help="Only this kind: person, organisation, state, armed_group, institution, place.")] = None,
    min_mentions: Annotated[int, typer.Option("--min-mentions", help="Only actors mentioned at least N times.")] = 1,
    json_: JsonOption = False,
) -> None:
    """All actors of the corpus: name, kind, mentions, documents, first and last date.

    Example: libyadesk actors --kind person --min-mentions 2
    """
    from . import render
    from .actors import actor_table, list_actors

    if min_mentions < 1:
        raise UsageError(f"--min-mentions must be a positive number, not {min_mentions}")
    with opened(corpus, actors_file, no_cache, needs_actors=True) as index:
        if kind is not None:
            kinds = sorted({a.kind for a in actor_table(index).actors.values()})
            if kind not in kinds:
                raise UsageError(f"--kind {kind!r} is not a kind of actor; choose from {', '.join(kinds)}")
        rows = list_actors(index, kind=kind, min_mentions=min_mentions)
    if json_:
        emit_json(render.actors_json(rows))
    elif rows:
        print_result(render.actors_table(rows))
    exit_if_empty(bool(rows), "no actors match", quiet=json_)


@app.command()
@handle_errors
def timeline(
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    actors_file: ActorsOption = None,
    since: Annotated[Optional[str], typer.Option(help='Events on or after: "2024", "2024-05", "May 2024", "last year".')] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before (same forms as --since).")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only events involving this actor.")] = None,
    query: Annotated[Optional[str], typer.Option("--query", help="Only events whose sentence matches this search query.")] = None,
    doc: Annotated[Optional[str], typer.Option("--doc", help="Only events from this document (id or unique prefix).")] = None,
    kind: Annotated[Optional[list[str]], typer.Option(
        "--kind", help="Only rows of this kind: event, onset, background, scheduled (repeat for several).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="Show at most N events.")] = None,
    json_: JsonOption = False,
    csv_: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a cited Markdown list.")] = False,
) -> None:
    """Dated events from every article, relative dates resolved, reports of one event merged.

    Each row has a kind: event (it happened then), onset (something began then: "since
    2014"), background (a past event named in passing: "the 2011 uprising"), scheduled
    (planned for then).  An event whose date is coarser than the range (e.g. "2024" with
    --since 2024-06) is kept when its span overlaps the range.

    Example: libyadesk timeline --since 2024 --actor Haftar --kind event
    """
    from . import render
    from .actors import find_actor
    from .search import sentence_matcher
    from .timeline import KINDS, TimelineFilter, timeline as run_timeline

    if limit is not None and limit < 1:
        raise UsageError(f"--limit must be a positive number, not {limit}")
    for k in kind or ():
        if k not in KINDS:
            raise UsageError(f"--kind {k!r}: choose from {', '.join(KINDS)}")
    if sum((json_, csv_, markdown)) > 1:
        raise UsageError("choose one of --json, --csv, --markdown")
    lo, hi = date_range(since, until)
    with opened(corpus, actors_file, no_cache, needs_actors=True) as index:
        keep = TimelineFilter(since=lo, until=hi, limit=limit, kinds=frozenset(kind) if kind else None)
        if actor is not None:
            keep.actor = find_actor(index, actor).actor
        if doc is not None:
            keep.doc = index.resolve_doc(doc).id
        if query is not None:
            keep.matches = sentence_matcher(index, query)
        events = run_timeline(index, keep)
    if json_:
        emit_json(render.timeline_json(events))
    elif csv_:
        sys.stdout.write(render.timeline_csv(events))
    elif markdown:
        sys.stdout.write(render.timeline_markdown(events))
    elif events:
        print_result(render.timeline_table(events))
    exit_if_empty(bool(events), "no events match", quiet=json_ or csv_ or markdown)


@app.command()
@handle_errors
def dates(
    file: Annotated[Optional[Path], typer.Argument(help="A text file; standard input when omitted.")] = None,
    ref: Annotated[Optional[str], typer.Option("--ref", help="Reference date YYYY-MM-DD for relative expressions (default: today).")] = None,
    json_: JsonOption = False,
) -> None:
    """Find and normalise the temporal expressions of a text (TIMEX3 values).

    Example: libyadesk dates article.txt --ref 2024-05-08
    (or: echo "Meloni met Haftar on Tuesday (May 7)." | libyadesk dates --ref 2024-05-08)
    """
    import datetime

    from . import render
    from .dates import extract_dates

    reference = datetime.date.today()
    if ref is not None:
        try:
            reference = datetime.date.fromisoformat(ref)
        except ValueError:
            raise UsageError(f"--ref {ref!r} is not a valid date of the form YYYY-MM-DD") from None
    text = _read_text(file)
    expressions = extract_dates(text, reference)
    if json_:
        emit_json(render.dates_json(expressions))
    elif expressions:
        print_result(render.dates_table(expressions))
    exit_if_empty(bool(expressions), "no temporal expressions found", quiet=json_)


@app.command()
@handle_errors
def add(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Files, folders or http(s) URLs to add; - reads a list of them from standard input, one a line.",
        show_default=False)],
    to: Annotated[Optional[str], typer.Option(
        "--to", metavar="DIR", envvar="LIBYADESK_CORPUS",
        help="The corpus folder to write into (default: $LIBYADESK_CORPUS); made when its parent exists.",
        show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would be written; write nothing.")] = False,
    json_: JsonOption = False,
) -> None:
    """Add saved pages, PDFs, text files or URLs to a corpus folder as clean Markdown articles.

    Each input becomes NAME.md with front matter (title, source, url, published, author,
    imported_from, content_hash). Nothing is overwritten; a text already in the corpus is
    reported as a duplicate and not written; the same story from another site is added and
    named as a near-duplicate. Exit 1 when nothing was added.

    Example: libyadesk add ~/Downloads/*.html report.pdf --to ~/libya-corpus
    """
    from . import render
    from .importer import add_inputs, added, read_path_list

    if to is None or not to.strip():
        raise UsageError("say which corpus folder to add to: --to DIR (or set LIBYADESK_CORPUS)")
    inputs: list[str] = []
    for item in paths:
        inputs.extend(read_path_list(sys.stdin.read(1 << 20)) if item == "-" else [item])
    results = add_inputs(inputs, Path(to), dry_run=dry_run)
    if json_:
        emit_json(render.add_json(results, dry_run))
    else:
        sys.stdout.write(render.add_report(results, dry_run))
    exit_if_empty(added(results) > 0, "nothing was added", quiet=json_)


def _read_text(file: Optional[Path]) -> str:
    """The text of a file (or standard input) for `dates`, decoded as the corpus loader does."""
    from .corpus import MAX_FILE_BYTES, _decode, _looks_binary, read_article

    if file is None:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name = "standard input"
        if len(data) > MAX_FILE_BYTES:
            raise UsageError(f"{name} is larger than {MAX_FILE_BYTES // 2**20} MB")
    else:
        name = str(file)
        if file.is_dir():
            raise UsageError(f"{file} is a folder, not a text file")
        data, problem = read_article(file)
        if data is None:
            raise UsageError(f"{file}: {problem}")
    if _looks_binary(data):
        raise UsageError(f"{name} is a binary file, not text")
    text, note = _decode(data)
    if note:
        _warn(f"warning: {name}: {note}")
    return text


cache_app = typer.Typer(help="Manage the index cache (in $XDG_CACHE_HOME/libyadesk or $LIBYADESK_CACHE_DIR).", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
@handle_errors
def cache_clear() -> None:
    """Delete every cached index; the next call rebuilds its own.

    Example: libyadesk cache clear
    """
    from . import store

    directory = store.cache_dir()
    removed = store.clear(directory)
    _stderr().print(f"removed {removed} cached index(es) from {directory}", markup=False, soft_wrap=True)


@cache_app.command("path")
@handle_errors
def cache_path() -> None:
    """Print the folder where cached indexes are kept.

    Example: libyadesk cache path
    """
    from . import store

    sys.stdout.write(f"{store.cache_dir()}\n")


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point of the console script and `python -m libyadesk`: usage errors in one line, exit 2."""
    from typer._click import exceptions as click_exceptions

    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="libyadesk", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as exc:
        exc.show()  # no command or arguments: the help, on stderr, exit 2 (as Click does)
        sys.exit(int(ExitStatus.ERROR))
    except click_exceptions.UsageError as exc:
        hint = ""
        if isinstance(exc, click_exceptions.NoSuchOption) and exc.option_name.startswith("-"):
            hint = " (to exclude a word, quote the query: libyadesk search \"Meloni -Haftar\", or put -- before it)"
        _stderr().print(f"libyadesk: {exc.format_message()}{hint}", markup=False, soft_wrap=True)
        sys.exit(int(ExitStatus.ERROR))
    except (typer.Abort, KeyboardInterrupt):
        _stderr().print("libyadesk: interrupted", markup=False)
        sys.exit(int(ExitStatus.ERROR))
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug: one line for the user, the traceback only on request
        if os.environ.get("LIBYADESK_DEBUG"):
            raise
        _stderr().print(f"libyadesk: internal error: {type(exc).__name__}: {exc} (set LIBYADESK_DEBUG=1 for details)",
                        markup=False, soft_wrap=True)
        sys.exit(int(ExitStatus.ERROR))
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
