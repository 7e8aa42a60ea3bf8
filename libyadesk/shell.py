"""The command line's half that needs no Typer: output, errors and warnings, opening the index, and `search`.

A warm `libyadesk search` spends more of its time importing modules than answering, and
Typer (with the parts of Click and the standard library it loads) is the largest of them.
`main` reads the arguments of a plain `search` itself — only the forms it knows exactly
(`--limit 5`, `--limit=5`, `-n 5`, flags, words, `--`) — and runs the same command function
the Typer app runs; any other command, option form, `--help`, shell completion or value it
cannot read exactly goes to the Typer app (cli.py), which answers as always: same output,
same messages, same exit codes.  cli.py builds every command on the helpers here.

Errors raised by the core arrive here as LibyadeskError and leave as one line on stderr and
an exit code (errors.ExitStatus, raised as `Exit`; cli.py turns it into typer.Exit); nothing
below this module prints.  Everything that reaches stdout goes through `print_result`,
`write_text` or `emit_json`, which remove (or, in JSON, escape) the control characters a
corpus may carry.
"""

from __future__ import annotations

import enum
import functools
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from .errors import ExitStatus, LibyadeskError, NotFound, UsageError

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Optional


class Exit(Exception):
    """Leave the command with an exit code (the core's errors already said why on stderr)."""

    def __init__(self, exit_code: int = 0) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


PIPE_WIDTH = 160
MIN_WIDTH = 40  # a narrower COLUMNS (or 0) is a mistake: tables need room to show anything

# Up to this many file warnings are listed one per line; more are counted in one line.
WARNINGS_LISTED = 3
WARNING_SUMMARY = {  # models.Warning_.kind -> its phrase in that line
    "duplicate": "{n:,} duplicate file{s} skipped",
    "skipped": "{n:,} other file{s} skipped",
    "problem": "{n:,} file{s} read with problems",
}


class Format(str, enum.Enum):
    """The output formats of list commands."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    ids = "ids"


def choose_format(format_: Optional[Format], allowed: tuple[Format, ...] = tuple(Format), **shorthands: bool) -> Format:
    """The one output format of a call, from --format and its shorthands; a conflict is a usage error."""
    asked = {Format(name.rstrip("_")) for name, on in shorthands.items() if on}
    if format_ is not None:
        asked.add(format_)
    if len(asked) > 1:
        names = ", ".join(sorted(f"--format {f.value}" for f in asked))
        raise UsageError(f"choose one output format, not {names}")
    chosen = asked.pop() if asked else Format.table
    if chosen not in allowed:
        raise UsageError(f"--format {chosen.value} is not available here; choose from {', '.join(f.value for f in allowed)}")
    return chosen


def _width(console_is_terminal: bool) -> Optional[int]:
    """The width to draw at: a sane $COLUMNS, else the terminal's own, else PIPE_WIDTH for a pipe."""
    raw = os.environ.get("COLUMNS", "")
    if raw.strip().isdigit() and int(raw) >= MIN_WIDTH:
        return int(raw)
    if console_is_terminal:
        import shutil

        return max(shutil.get_terminal_size((80, 24)).columns, MIN_WIDTH)
    return PIPE_WIDTH  # a pipe or file has no width; don't squeeze tables to 80


# Set, these make Rich draw a pipe as a terminal (colours, its own width): output is then left to Rich.
_RICH_TERMINAL_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES")


def _plain_stdout() -> bool:
    """Whether stdout is a pipe or a file that Rich would draw without colours (what print_result writes there)."""
    if sys.platform == "win32" or any(name in os.environ for name in _RICH_TERMINAL_VARIABLES):
        return False
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return isatty is not None and not isatty()
    except ValueError:  # closed
        return False


def _stdout():
    from rich.console import Console

    console = Console(highlight=False, width=1)
    console.width = _width(console.is_terminal)
    return console


def print_result(renderable, soft_wrap: bool = False) -> None:
    """Print a renderable on stdout, control characters of corpus text removed; in a pipe,
    without the trailing padding of table cells.

    `soft_wrap` leaves long lines whole (for `show` in a pipe: the text as written).
    """
    from rich.segment import Segment

    from .text import strip_controls

    console = _stdout()
    # The one place where terminal output is made safe: the segments Rich would write, each
    # text cleaned (Rich's own styles travel apart from the text, as segment styles).
    options = console.options
    # A table whose ids need more room than the screen has is drawn wider (the terminal wraps
    # its lines) rather than cutting an id.
    parts = [renderable, *getattr(renderable, "renderables", ())]  # a Group's tables too
    needed = max(getattr(part, "needed_width", 0) for part in parts)
    if needed > options.max_width:
        options = options.update_width(needed)
    if soft_wrap:
        options = options.update(no_wrap=True, overflow="ignore")
    lines = []
    for segment in console.render(renderable, options):
        if segment.control or segment.text.isprintable() or segment.text == "\n":
            lines.append(segment)
        else:
            lines.append(Segment(strip_controls(segment.text), segment.style))
    from rich.segment import Segments

    if console.is_terminal:
        console.print(Segments(lines), crop=False, soft_wrap=True)
        return
    with console.capture() as captured:
        console.print(Segments(lines), crop=False, soft_wrap=True)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def write_text(text: str) -> None:
    """Write plain text output (CSV, Markdown, ids) with control characters removed."""
    from .text import strip_controls

    sys.stdout.write(strip_controls(text))
    sys.stdout.flush()


def _stderr():
    from rich.console import Console

    console = Console(stderr=True, highlight=False, width=1)
    console.width = _width(console.is_terminal)
    return console


def _say(line: str) -> None:
    """One line on stderr, as written (no markup, no wrapping), without control characters:
    an error or warning may quote a corpus's file names or actor names."""
    from .text import strip_controls

    _stderr().print(strip_controls(line), markup=False, soft_wrap=True)


def _fail(message: str, status: int) -> Exit:
    _say(f"libyadesk: {message}")
    return Exit(int(status))


class _Report:
    """What this call says on stderr besides errors: -q silences it, --verbose lists every file warning."""

    def __init__(self) -> None:
        self.quiet = False
        self.verbose = False
        self.files: list = []
        self.again = False  # the command is being run again, on a mended index or a new one
        self.rebuilt = False  # the index was marked to be built anew: a third failure is final

    def flush(self) -> None:
        """Show the file warnings of the call: each one, or a count per kind when there are many."""
        files, self.files = self.files, []
        if self.quiet or not files:
            return
        if self.verbose or len(files) <= WARNINGS_LISTED:
            for warning in files:
                _say(str(warning))
            return
        counts: dict[str, int] = {}
        for warning in files:
            counts[warning.kind] = counts.get(warning.kind, 0) + 1
        phrases = dict(WARNING_SUMMARY)
        if "duplicate" not in counts:
            phrases["skipped"] = phrases["skipped"].replace("other ", "")
        summary = ", ".join(phrases[kind].format(n=n, s="" if n == 1 else "s")
                            for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        _say(f"warning: {summary}; --verbose lists them")


_report = _Report()


class _Again(Exception):
    """The index broke under a command and was mended (or marked to be built anew): run the command once more."""


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn core errors into one stderr line and the contract's exit code; summarise warnings once."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _report.__init__()
        _report.quiet = bool(kwargs.get("quiet"))
        _report.verbose = bool(kwargs.get("verbose"))
        try:
            while True:  # at most three runs: `opened` raises _Again once to mend, once to rebuild
                try:
                    return command(*args, **kwargs)
                except _Again:
                    # Nothing was printed yet: commands compute inside `opened` and print after it.
                    _report.files = []
                    _report.again = True
        except LibyadeskError as exc:
            raise _fail(str(exc), exc.exit_status) from None
        except KeyboardInterrupt:
            raise _fail("interrupted", ExitStatus.INTERRUPTED) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise Exit(int(ExitStatus.OK)) from None
        finally:
            try:
                _report.flush()
            except (BrokenPipeError, ValueError):  # stderr closed
                pass

    return wrapper


def exit_if_empty(found: bool, nothing: str, quiet: bool = False) -> None:
    """An empty answer exits 1, saying so on stderr unless a machine format was asked for."""
    if found:
        return
    if not quiet:
        _say(nothing)
    raise Exit(int(ExitStatus.NO_RESULTS))


def emit_json(payload: dict) -> None:
    """Write exactly one JSON document to stdout, valid UTF-8 whatever bytes the input had."""
    import json

    sys.stdout.write(_json_text(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n")
    sys.stdout.flush()


def emit_jsonl(rows) -> None:
    """Write one JSON object per line (JSON Lines), for streams of rows."""
    import json

    sys.stdout.write("".join(_json_text(json.dumps(row, ensure_ascii=False)) + "\n" for row in rows))
    sys.stdout.flush()


def _json_text(text: str) -> str:
    import re

    # json.dumps escapes C0 controls but writes DEL and C1 (\x80-\x9f, CSI among them) as is.
    text = re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)
    # Undecodable bytes of an argument or file name arrive as lone surrogates (PEP 383): U+FFFD.
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


def _words(words: list[str], what: str) -> str:
    """Unquoted words of a query or name, joined as they would have been quoted."""
    joined = " ".join(words)
    if not joined.strip():
        raise UsageError(f"the {what} is empty")
    return joined


class _Progress:
    """A progress bar on stderr for the passes of a build (reading articles, finding actors,
    dating events, naming actors in events), shown once the call has taken a second, and only on a terminal.

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




def _file_warning(warning) -> None:
    """A problem with one corpus file: kept for the call's summary."""
    _report.files.append(warning)


def _warn(message: str) -> None:
    if _report.again and message.endswith("is incomplete or not an index; rebuilding it"):
        return  # said once already: the first run of the command marked the file to be built again
    if not _report.quiet:
        _say(message)


@contextmanager
def opened(corpus: Optional[str], actors_file: Optional[Path] = None, no_cache: bool = False,
           needs_actors: bool = False, actor_names: bool = False):
    """The corpus index, opened by the library (libyadesk.Desk): from the cache, updated, or built."""
    from .desk import Desk

    progress = _Progress()
    try:
        desk = Desk.open(corpus, actors_file, cache=not no_cache, progress=progress, warn=_warn)
    except UsageError as exc:
        if actors_file is not None and str(exc).startswith("actor file "):
            raise UsageError(f"--actors {actors_file}: no such file") from None
        raise
    finally:
        progress.close()  # before the warnings, so that they are not drawn over
    if desk.skipped:
        from .files import EXTENSIONS

        _warn(f"warning: {desk.root}: {desk.skipped} (articles are {' '.join(EXTENSIONS)})")
    for warning in desk.warnings:
        _file_warning(warning)
    import sqlite3

    from .codec import CodecError
    from .store import CacheDamaged

    with desk:
        try:
            if needs_actors:
                desk.prepare_actors()
            elif actor_names:
                desk.prepare_actor_names()
            yield desk.index
        except (sqlite3.DatabaseError, CacheDamaged, CodecError) as exc:
            # The file went bad under this call: mend the text postings in place, or mark the
            # file to be built anew, and answer from it in a second run of the command.
            # A run after a mend that still fails (the stored columns the postings were remade
            # from are damaged too) builds the index anew; a new index that fails is final.
            if _report.rebuilt:
                raise desk.index.db.damaged(exc) from None
            if _report.again or not desk.mend(exc):
                desk.retire()
                _report.rebuilt = True
                _warn(f"warning: the index file is damaged ({exc}); building it again")
            raise _Again() from None
        finally:
            progress.close()


def actor_docs(index, name: Optional[str]) -> Optional[set[str]]:
    """The documents that mention the actor a name resolves to (None when no name is given)."""
    if name is None:
        return None
    from .actors import actor_docs_row

    return set(actor_docs_row(index, _filter_actor(index, name)).per_doc)


def _filter_actor(index, name: str) -> str:
    """The actor id of an --actor filter; a name that names nobody is a usage error (exit 2)."""
    from .actors import find_actor

    if not name.strip():
        raise UsageError("--actor is empty; give a name, e.g. --actor Haftar")
    try:
        return find_actor(index, name).actor
    except NotFound as exc:
        raise UsageError(f"--actor: {exc}") from None


def date_range(since: Optional[str], until: Optional[str]):
    """Parse --since/--until into day spans; reject a reversed range (the library's rule, named by option)."""
    from .desk import date_range as parse_range

    return parse_range(since, until, ("--since", "--until"))


def _positive(value: Optional[int], option: str) -> None:
    if value is not None and value < 1:
        raise UsageError(f"{option} must be a positive number, not {value}")


def _not_negative(value: int, option: str) -> None:
    if value < 0:
        raise UsageError(f"{option} must be 0 or more, not {value}")


def search_command(query: list[str], corpus: Optional[str] = None, no_cache: bool = False,
                   format_: Optional[Format] = None, json_: bool = False, csv_: bool = False, markdown: bool = False,
                   ids: bool = False, limit: int = 10, offset: int = 0, exact: bool = False,
                   since: Optional[str] = None, until: Optional[str] = None, source: Optional[str] = None,
                   actor: Optional[str] = None, actors_file: Optional[Path] = None, quiet: bool = False,
                   verbose: bool = False) -> None:
    """`libyadesk search`: what the command does with its options (cli.search declares them)."""
    from . import render
    from .search import SearchOptions, explained_matches, search as run_search, surface_forms

    text = _words(query, "query")
    fmt = choose_format(format_, json=json_, csv=csv_, markdown=markdown, ids=ids)
    _positive(limit, "--limit")
    _not_negative(offset, "--offset")
    lo, hi = date_range(since, until)
    needs_actors = actor is not None or fmt is Format.markdown
    # The registry (with the user's actor files) gives search an actor's other names; a broken
    # actor file only costs those, said so, unless the answer needs the actors themselves.
    with opened(corpus, actors_file, no_cache, needs_actors=needs_actors, actor_names=True) as index:
        options = SearchOptions(limit=limit, exact=exact, since=lo, until=hi, source=source,
                                docs=actor_docs(index, actor), offset=offset)
        parsed, hits = run_search(index, text, options)
        explained = explained_matches(hits)
        surface = surface_forms(index, {m.term for m in explained}) if hits and fmt is Format.table else {}
        if fmt is Format.markdown and hits:
            from .brief import topic_brief

            brief = topic_brief(index, text, hits, parsed.total, offset)
    if fmt is Format.json:
        emit_json(render.search_json(text, hits, parsed, offset))
    elif fmt is Format.jsonl:
        emit_jsonl(render.hit_json(h) for h in hits)
    elif fmt is Format.csv:
        write_text(render.search_csv(hits, offset))
    elif fmt is Format.ids:
        write_text(render.ids_view(h.doc for h in hits))
    elif fmt is Format.markdown and hits:
        write_text(render.brief_markdown(brief))
    elif hits:
        view = (hits, explained, surface, render.search_notes(parsed), parsed.total, offset)
        plain = render.search_text(*view, width=_width(False)) if _plain_stdout() else None
        if plain is not None:
            write_text(plain)
        else:
            print_result(render.search_view(*view))
    if not hits and offset and parsed.total:
        exit_if_empty(False, f"{parsed.total} documents match {text!r}; --offset {offset} is past them", quiet=fmt is not Format.table)
    exit_if_empty(bool(hits), f"no documents match {text!r}", quiet=fmt is not Format.table)


# The options of `search` that main() reads itself: name -> (parameter, kind).  Everything
# else on the command line (and these in any other form) is left to the Typer app.
_SEARCH_OPTIONS = {
    "--corpus": ("corpus", "text"), "--no-cache": ("no_cache", "flag"), "--format": ("format_", "format"),
    "-f": ("format_", "format"), "--json": ("json_", "flag"), "--csv": ("csv_", "flag"),
    "--markdown": ("markdown", "flag"), "--ids": ("ids", "flag"), "--limit": ("limit", "int"),
    "-n": ("limit", "int"), "--offset": ("offset", "int"), "--exact": ("exact", "flag"),
    "--since": ("since", "text"), "--until": ("until", "text"), "--source": ("source", "text"),
    "--actor": ("actor", "text"), "--actors": ("actors_file", "path"), "--quiet": ("quiet", "flag"),
    "-q": ("quiet", "flag"), "--verbose": ("verbose", "flag"),
}
_SEARCH_ENVIRONMENT = {"corpus": "LIBYADESK_CORPUS", "actors_file": "LIBYADESK_ACTORS"}


def search_arguments(args: list[str], environ: Optional[dict] = None) -> Optional[dict[str, Any]]:
    """The keyword arguments of search_command for `libyadesk search ...` args, or None to leave them to Typer.

    None whenever the Typer app might read the arguments otherwise: another command, help,
    an option it does not know or in another form (`-n5`, `-qn 5`), an option given twice,
    a value that starts with a dash or is not a plain number, no query words.

    >>> search_arguments(["search", "Frontex", "--limit", "5", "--json"], {})
    {'query': ['Frontex'], 'limit': 5, 'json_': True}
    >>> search_arguments(["search", "Frontex", "-n5"], {}) is None
    True
    """
    environ = os.environ if environ is None else environ
    if not args or args[0] != "search" or "_LIBYADESK_COMPLETE" in environ:
        return None
    found: dict[str, Any] = {}
    words: list[str] = []
    tokens = iter(args[1:])
    for token in tokens:
        if token == "--":
            words.extend(tokens)
            break
        if not token.startswith("-") or token == "-":
            if token == "-":
                return None
            words.append(token)
            continue
        name, given, value = token.partition("=")
        if name not in _SEARCH_OPTIONS:
            return None
        parameter, kind = _SEARCH_OPTIONS[name]
        if parameter in found:
            return None
        if kind == "flag":
            if given:
                return None
            found[parameter] = True
            continue
        if not given:
            value = next(tokens, None)
            if value is None or value.startswith("-"):
                return None
        if kind == "int":
            if not (value.isascii() and value.isdigit()):
                return None
            found[parameter] = int(value)
        elif kind == "format":
            if value not in Format.__members__:
                return None
            found[parameter] = Format(value)
        elif kind == "path":
            found[parameter] = Path(value)
        else:
            found[parameter] = value
    if not words:
        return None
    for parameter, variable in _SEARCH_ENVIRONMENT.items():
        if parameter not in found and environ.get(variable):
            found[parameter] = environ[variable] if parameter == "corpus" else Path(environ[variable])
    return {"query": words, **found}


# Python's cyclic garbage collector, as a command's process runs it: a collection of the
# youngest objects every 10,000 allocations (Python's default is 700), of the older ones
# every 10 of those, and a full pass (every object alive) every 10 of those and only when a
# quarter of the old objects are new.  A call reads tens of thousands of rows into objects
# that live until it ends (the registry, an actor's rows, a year of merged events); with
# the default thresholds the full passes over them were a quarter of an `actor` after one
# added article at 10,000 articles (8 passes, 0.55 of 3.4 CPU-s; all collections 0.85), and
# these thresholds leave none there (docs/performance.md, "The garbage collector of a
# command").  Cycles are still collected, a little later: the peak memory of a first build
# at 2,000 articles went down, not up (93 MB against 101 MB; with the collector off, 169 MB).
# The library itself leaves its host's collector as it found it: only the entry point sets this.
COLLECTOR_THRESHOLDS = (10_000, 10, 10)


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point of the console script and `python -m libyadesk`: a plain search here, anything else through Typer."""
    import gc

    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    args = sys.argv[1:] if argv is None else list(argv)
    arguments = search_arguments(args)
    if arguments is None:
        from .cli import main as typer_main

        typer_main(args)
        return
    run_to_exit(lambda: handle_errors(search_command)(**arguments))


def run_to_exit(run: Callable[[], Any], exits: tuple[type[BaseException], ...] = (),
                interrupts: tuple[type[BaseException], ...] = ()) -> None:
    """Run a command line and leave with its exit code: Ctrl-C (or one of `interrupts`) as
    interrupted, Exit (or one of `exits`, with an exit_code) as its code, a bug as one line
    on stderr (the traceback only with LIBYADESK_DEBUG set)."""
    try:
        code = run()
    except (KeyboardInterrupt, *interrupts):
        _say("libyadesk: interrupted")
        sys.exit(int(ExitStatus.INTERRUPTED))
    except (Exit, *exits) as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug: one line for the user, the traceback only on request
        if os.environ.get("LIBYADESK_DEBUG"):
            raise
        _say(f"libyadesk: internal error: {type(exc).__name__}: {exc} (set LIBYADESK_DEBUG=1 for details)")
        sys.exit(int(ExitStatus.ERROR))
    sys.exit(code if isinstance(code, int) else 0)
