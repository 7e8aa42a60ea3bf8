"""The command line: parse options, open the one index, call the core, hand results to render.

Errors raised by the core arrive here as LibyadeskError and leave as one line on
stderr and an exit code (errors.ExitStatus); nothing below this module prints.
Everything that reaches stdout goes through `print_result`, `write_text` or `emit_json`,
which remove (or, in JSON, escape) the control characters a corpus may carry.  Those
helpers, and `search`'s work, live in shell.py, which needs no Typer: a plain warm
search is read and answered there without importing it.

No `from __future__ import annotations` here: Typer reads the annotations of every
command on every call, and strings would have to be evaluated first (about 4 ms).
"""

import functools
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer

from . import __version__, shell
from .errors import ExitStatus, NotFound, UsageError
from .shell import (Format, _Progress, _filter_actor, _not_negative, _positive, _say, _stderr, _stdout, _warn, _words,
                    choose_format, date_range, emit_json, emit_jsonl, exit_if_empty, opened, print_result,
                    write_text)

app = typer.Typer(
    name="libyadesk",
    help="A research desk for news about Libya: search, actors and timelines from one corpus index.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

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
FormatOption = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format: table (default), json, jsonl (a JSON object per row), csv, markdown or ids (one id per line).",
                 show_default=False, case_sensitive=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout (see docs/json.md); same as --format json.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Same as --format csv.")]
MarkdownOption = Annotated[bool, typer.Option("--markdown", help="Same as --format markdown.")]
IdsOption = Annotated[bool, typer.Option("--ids", help="Print only the document ids, one per line; same as --format ids.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings on stderr, only errors.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", help="List every warning rather than a summary of them.")]
OffsetOption = Annotated[int, typer.Option("--offset", help="Skip the first N rows (to page through a long answer).")]


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """shell.handle_errors for a Typer command: its exit codes leave as typer.Exit."""
    guarded = shell.handle_errors(command)

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return guarded(*args, **kwargs)
        except shell.Exit as exc:
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"libyadesk {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", "-V", callback=_version, is_eager=True,
                                                     help="Print the version and exit.")] = None,
) -> None:
    """A research desk for news about Libya: search, actors and timelines from one corpus index."""


@app.command()
@handle_errors
def docs(
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    format_: FormatOption = None,
    json_: JsonOption = False,
    csv_: CsvOption = False,
    markdown: MarkdownOption = False,
    ids: IdsOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """List the documents of the corpus: id, published, outlet, title, words.

    Example: libyadesk docs --corpus ~/articles
    """
    from . import render

    fmt = choose_format(format_, json=json_, csv=csv_, markdown=markdown, ids=ids)
    with opened(corpus, no_cache=no_cache) as index:
        documents = list(index.documents.values())
    if fmt is Format.json:
        emit_json(render.docs_json(documents))
    elif fmt is Format.jsonl:
        emit_jsonl(render.document_json(d) for d in documents)
    elif fmt is Format.csv:
        write_text(render.docs_csv(documents))
    elif fmt is Format.markdown:
        write_text(render.docs_markdown(documents))
    elif fmt is Format.ids:
        write_text(render.ids_view(d.id for d in documents))
    else:
        print_result(render.docs_table(documents))


@app.command()
@handle_errors
def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id, or a unique prefix of one.")],
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    json_: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Show one document's metadata and cleaned text (in a pipe, paragraphs are not re-wrapped).

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
        print_result(render.show_view(doc), soft_wrap=not _stdout().is_terminal)


@app.command()
@handle_errors
def search(
    query: Annotated[list[str], typer.Argument(
        metavar="QUERY...",
        help='Words (every one must match; unquoted words are one query), "quoted phrases", OR between '
             'alternatives, -word to exclude (quote the whole query: "Meloni -Haftar").')],
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    format_: FormatOption = None,
    json_: JsonOption = False,
    csv_: CsvOption = False,
    markdown: MarkdownOption = False,
    ids: IdsOption = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show at most N hits.")] = 10,
    offset: OffsetOption = 0,
    exact: Annotated[bool, typer.Option("--exact", help="No spelling variants, no typo matching.")] = False,
    since: Annotated[Optional[str], typer.Option(help='Published on or after: "2024", "May 2024", "February" (the latest one), "2024-05-07", "last year".')] = None,
    until: Annotated[Optional[str], typer.Option(help="Published on or before (same forms as --since).")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only documents whose outlet contains this text.")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only documents that mention this actor.")] = None,
    actors_file: ActorsOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Ranked search that forgives typos and name spellings (Hifter finds Haftar).

    --format markdown writes a cited brief: the hits, their dated events and quotes, and a
    numbered source list.

    Example: libyadesk search Frontex --since 2025
    """
    shell.search_command(query, corpus, no_cache, format_, json_, csv_, markdown, ids, limit, offset, exact, since,
                         until, source, actor, actors_file, quiet, verbose)


@app.command()
@handle_errors
def actor(
    name: Annotated[list[str], typer.Argument(
        metavar="NAME...", help="A name, alias, surname or spelling variant (Hifter, LNA, Dbeibeh); unquoted words are one name.")],
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    actors_file: ActorsOption = None,
    format_: FormatOption = None,
    json_: JsonOption = False,
    csv_: CsvOption = False,
    markdown: MarkdownOption = False,
    ids: IdsOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Who an actor is: titles, mentions per document, co-actors, quotes, cited summary, events.

    --format markdown writes a cited brief; jsonl, csv and ids give the mentions per document.

    Example: libyadesk actor Khalifa Haftar
    """
    from . import render
    from .actors import lookup_actor
    from .timeline import TimelineFilter, latest_actor_events, timeline

    text = _words(name, "actor name")
    fmt = choose_format(format_, json=json_, csv=csv_, markdown=markdown, ids=ids)
    with opened(corpus, actors_file, no_cache, needs_actors=True) as index:
        try:
            # The view shows the first documents by date: only those are read (the other formats list all).
            profile = lookup_actor(index, text, render.TABLE_ROWS if fmt is Format.table else None)
            if profile.mentions == 0:
                raise NotFound(f"{profile.actor.name} is a known actor but is not mentioned in this corpus")
        except NotFound as exc:
            if fmt is Format.json:  # a script parses every answer, found or not
                emit_json(render.no_actor_json(text, exc.suggestions))
            raise
        if fmt is Format.table:  # the view shows the latest events and how many there are: only those are read
            profile.events, profile.events_total = latest_actor_events(index, profile.actor.id, render.TABLE_ROWS)
        else:
            profile.events = timeline(index, TimelineFilter(actor=profile.actor.id))
        if fmt is Format.markdown:
            from .brief import actor_brief

            brief = actor_brief(index, profile)
    if fmt is Format.json:
        emit_json(profile.to_json())
    elif fmt is Format.jsonl:
        emit_jsonl(d.to_json() for d in profile.documents)
    elif fmt is Format.csv:
        write_text(render.mentions_csv(profile.documents))
    elif fmt is Format.ids:
        write_text(render.ids_view(d.doc for d in profile.documents))
    elif fmt is Format.markdown:
        write_text(render.brief_markdown(brief))
    else:
        print_result(render.actor_view(profile))


@app.command()
@handle_errors
def brief(
    subject: Annotated[list[str], typer.Argument(
        metavar="NAME_OR_QUERY...", help="An actor's name (Haftar, LNA) or a search query (Frontex Crete); unquoted words are one.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE",
                                                   help="Write the brief to FILE instead of stdout.")] = None,
    topic: Annotated[bool, typer.Option("--topic", help="Read the words as a search query even when they name an actor.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Documents of a topic brief.")] = 10,
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    actors_file: ActorsOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """A cited Markdown brief of an actor or a topic, a section per aspect, ready for a report.

    An actor: profile, summary, dated events, quotes, titles, co-actors, documents. A topic:
    the best documents, dated events, quotes, actors. Every statement cites a numbered source
    (outlet, date, URL).

    Example: libyadesk brief Khalifa Haftar -o haftar.md
    """
    from . import render
    from .brief import actor_brief, topic_brief
    from .timeline import TimelineFilter, timeline

    text = _words(subject, "actor name or query")
    _positive(limit, "--limit")
    if output is not None and output.is_dir():
        raise UsageError(f"--output {output} is a folder; give a file name")
    with opened(corpus, actors_file, no_cache, needs_actors=True) as index:
        document = None
        if not topic:
            from .actors import find_actor, lookup_actor

            try:
                found = find_actor(index, text)
            except NotFound:
                found = None
            if found is not None and found.how != "fuzzy":
                profile = lookup_actor(index, text)
                if profile.mentions:
                    profile.events = timeline(index, TimelineFilter(actor=profile.actor.id))
                    document = actor_brief(index, profile, full=True)
        if document is None:
            from .search import SearchOptions, search as run_search

            parsed, hits = run_search(index, text, SearchOptions(limit=limit))
            if not hits:
                raise NotFound(f"no actor or documents match {text!r}")
            document = topic_brief(index, text, hits, parsed.total, 0, full=True)
    markdown = render.brief_markdown(document)
    if output is None:
        write_text(markdown)
        return
    from .text import strip_controls

    try:
        output.write_text(strip_controls(markdown), encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--output {output}: cannot write ({exc.strerror or exc})") from None
    n = len(document.sources)
    _warn(f"wrote {output} ({n} source{'' if n == 1 else 's'})")


# actors.KINDS, spelled out so that --help need not import actors.py; test_cli compares the two.
KIND_NAMES = "armed_group, family, group, institution, organisation, outlet, person, place, state"


@app.command()
@handle_errors
def actors(
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    actors_file: ActorsOption = None,
    kind: Annotated[Optional[str], typer.Option(help="Only this kind: " + KIND_NAMES + ".")] = None,
    min_mentions: Annotated[int, typer.Option("--min-mentions", help="Only actors mentioned at least N times.")] = 1,
    format_: FormatOption = None,
    json_: JsonOption = False,
    csv_: CsvOption = False,
    markdown: MarkdownOption = False,
    ids: Annotated[bool, typer.Option("--ids", help="Print only the actor ids, one per line; same as --format ids.")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """All actors of the corpus: name, kind, mentions, documents, first and last date.

    Example: libyadesk actors --kind person --min-mentions 2
    """
    from . import render
    from .actors import KINDS, list_actors

    fmt = choose_format(format_, json=json_, csv=csv_, markdown=markdown, ids=ids)
    _positive(min_mentions, "--min-mentions")
    if kind is not None and kind not in KINDS:
        raise UsageError(f"--kind {kind!r} is not a kind of actor; choose from {', '.join(sorted(KINDS))}")
    with opened(corpus, actors_file, no_cache, needs_actors=True) as index:
        rows = list_actors(index, kind=kind, min_mentions=min_mentions)
    if fmt is Format.json:
        emit_json(render.actors_json(rows))
    elif fmt is Format.jsonl:
        emit_jsonl(r.to_json() for r in rows)
    elif fmt is Format.csv:
        write_text(render.actors_csv(rows))
    elif fmt is Format.markdown:
        write_text(render.actors_markdown(rows))
    elif fmt is Format.ids:
        write_text(render.ids_view(r.id for r in rows))
    elif rows:
        print_result(render.actors_table(rows))
    exit_if_empty(bool(rows), "no actors match", quiet=fmt is not Format.table)


@app.command()
@handle_errors
def timeline(
    corpus: CorpusOption = None,
    no_cache: NoCacheOption = False,
    actors_file: ActorsOption = None,
    since: Annotated[Optional[str], typer.Option(help='Events on or after: "2024", "2024-05", "May 2024", "February" (the latest one), "last year".')] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before (same forms as --since).")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only events involving this actor.")] = None,
    query: Annotated[Optional[str], typer.Option("--query", help="Only events whose sentence matches this search query.")] = None,
    doc: Annotated[Optional[str], typer.Option("--doc", help="Only events from this document (id or unique prefix).")] = None,
    kind: Annotated[Optional[list[str]], typer.Option(
        "--kind", help="Only rows of this kind: event, onset, background, scheduled (repeat for several).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="Show at most N events.")] = None,
    offset: OffsetOption = 0,
    newest: Annotated[bool, typer.Option("--newest", help="Newest events first (with --limit: the latest N).")] = False,
    format_: FormatOption = None,
    json_: JsonOption = False,
    csv_: CsvOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a cited Markdown list; same as --format markdown.")] = False,
    ids: Annotated[bool, typer.Option("--ids", help="Print the ids of the documents the events come from, once each.")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Dated events from every article, relative dates resolved, reports of one event merged.

    Each row has a kind: event (it happened then), onset (something began then: "since
    2014"), background (a past event named in passing: "the 2011 uprising"), scheduled
    (planned for then).  An event whose date is coarser than the range (e.g. "2024" with
    --since 2024-06) is kept when its span overlaps the range.

    Example: libyadesk timeline --since 2024 --actor Haftar --kind event
    """
    from . import render
    from .search import sentence_matcher
    from .timeline import KINDS, TimelineFilter, timeline_page

    fmt = choose_format(format_, json=json_, csv=csv_, markdown=markdown, ids=ids)
    _positive(limit, "--limit")
    _not_negative(offset, "--offset")
    for k in kind or ():
        if k not in KINDS:
            raise UsageError(f"--kind {k!r}: choose from {', '.join(KINDS)}")
    lo, hi = date_range(since, until)
    with opened(corpus, actors_file, no_cache, needs_actors=True) as index:
        keep = TimelineFilter(since=lo, until=hi, kinds=frozenset(kind) if kind else None)
        if actor is not None:
            keep.actor = _filter_actor(index, actor)
        if doc is not None:
            keep.doc = index.resolve_doc(doc).id
        if query is not None:
            keep.matches = sentence_matcher(index, query)
        events, total = timeline_page(index, keep, offset, limit, newest)
    if fmt is Format.json:
        emit_json(render.timeline_json(events, total, offset))
    elif fmt is Format.jsonl:
        emit_jsonl(e.to_json() for e in events)
    elif fmt is Format.csv:
        write_text(render.timeline_csv(events))
    elif fmt is Format.markdown:
        write_text(render.timeline_markdown(events))
    elif fmt is Format.ids:
        write_text(render.ids_view(dict.fromkeys(c.doc for e in events for c in e.sources)))
    elif events:
        print_result(render.timeline_table(events, total=total, offset=offset))
    exit_if_empty(bool(events), "no events match", quiet=fmt is not Format.table)


@app.command()
@handle_errors
def dates(
    file: Annotated[Optional[Path], typer.Argument(help="A text file; standard input when omitted or -.")] = None,
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

    if file is None or str(file) == "-":  # "-" is standard input, as for most command-line tools
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
    from . import cache

    directory = cache.cache_dir(warn=_warn)
    removed, busy = cache.clear(directory)
    in_use = f"; {busy} in use by another call, left in place" if busy else ""
    _say(f"removed {removed} cached index(es) from {directory}{in_use}")


@cache_app.command("refresh")
@handle_errors
def cache_refresh(corpus: CorpusOption = None) -> None:
    """Check every file of the corpus for changes (an edit in place of a large corpus is seen only so) and update the index.

    Example: libyadesk cache refresh --corpus ~/articles
    """
    from .desk import Desk

    progress = _Progress()
    try:
        with Desk.open(corpus, rescan=True, progress=progress, warn=_warn) as desk:
            changed = desk.changed
    finally:
        progress.close()
    counts = ", ".join(f"{n} {what}" for what, n in changed.items() if what in ("added", "changed", "removed"))
    _stderr().print(f"index of {desk.root} is up to date ({counts or 'no file changed'})", markup=False, soft_wrap=True)


@cache_app.command("path")
@handle_errors
def cache_path() -> None:
    """Print the folder where cached indexes are kept.

    Example: libyadesk cache path
    """
    from . import cache

    sys.stdout.write(f"{cache.cache_dir(warn=_warn)}\n")


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point of the console script and `python -m libyadesk`: usage errors in one line, exit 2."""
    shell.run_to_exit(lambda: _run(argv), exits=(typer.Exit,), interrupts=(typer.Abort,))


def _run(argv: Optional[list[str]]) -> Any:
    """Run the Typer app on argv; a usage error is one line on stderr and exit 2."""
    from typer._click import exceptions as click_exceptions

    command = typer.main.get_command(app)
    try:
        return command.main(args=argv, prog_name="libyadesk", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as exc:
        exc.show()  # no command or arguments: the help, on stderr, exit 2 (as Click does)
        sys.exit(int(ExitStatus.ERROR))
    except click_exceptions.UsageError as exc:
        hint = ""
        # "-Haftar" in an unquoted query reads as an option: say how to exclude a word, but
        # only there, not after a mistyped long option ("--limt").
        command_name = exc.ctx.command.name if exc.ctx is not None else None
        if (isinstance(exc, click_exceptions.NoSuchOption) and command_name in ("search", "brief")
                and exc.option_name.startswith("-") and not exc.option_name.startswith("--")):
            hint = " (to exclude a word, quote the query: libyadesk search \"Meloni -Haftar\", or put -- before it)"
        _say(f"libyadesk: {exc.format_message()}{hint}")
        sys.exit(int(ExitStatus.ERROR))


if __name__ == "__main__":  # pragma: no cover
    main()
