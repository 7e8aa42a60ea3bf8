"""The cache folder: where a corpus's index file lives, when it is fresh, how it is updated and healed.

One index file per corpus folder, named after the folder's resolved real path (so
`./news` and `/home/me/news` share it): `libyadesk-<digest>-<generation>.sqlite` in
$LIBYADESK_CACHE_DIR, else $XDG_CACHE_HOME/libyadesk, else ~/.cache/libyadesk.

- **Fresh without a stat per file.**  The file keeps each article's path, size, mtime,
  ctime and inode, and each folder's mtime.  A call stats the folders: adding, removing or
  renaming a file changes its folder's mtime.  Only then, or when the corpus is small
  (FULL_SCAN_FILES), or when asked (`rescan=True`, `libyadesk cache refresh`), are the files
  stat'ed; an edit that keeps size and mtime is caught by the ctime.  An edit in place of a
  large corpus (a file rewritten without being renamed) is seen on `refresh`.
- **Incremental.**  Added, changed and removed files are applied in one transaction:
  only those files are read, their documents written or cut out of the postings, and
  every corpus-wide layer dropped, to be recomputed from the per-document rows kept for
  the other documents (store.py), except those corrected by the changed documents alone
  (layers.INCREMENTAL: the actor layer).  In a large corpus only the folders whose mtime
  changed are listed and only their files' rows read and written (_update_folders); a
  document's place is its file's order key, so nothing is renumbered.  A change of the actor or variant tables drops the
  per-document extraction rows too; a change of the program builds a new file.
- **Safe.**  Nothing in the file can run code (codec.py).  A cache folder or file that is
  not the user's own, or that others can write to, is refused with one warning, and the
  call goes on without a cache.  A new folder is made private (0700).
- **Never torn, never pulled away.**  A new file is built under a temporary name that a
  lock marks as in use and published by a hard link to its final name; updates run in
  WAL mode, one transaction each, so `kill -9` at any moment leaves either the old or
  the new state.  Every call holds a shared lock on the file it reads; an older
  generation, an orphaned temporary file or (`cache clear`) any index is deleted only
  when an exclusive lock on it can be taken, so no call deletes a file another is using.
- **Self-healing.**  A file that does not open, whose marker or program differs, or that
  fails while being opened is replaced by a new build with one warning; a damaged row
  is rebuilt where it is read (index.py).

`cache clear` removes only files with this module's name pattern *and* its marker inside.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from . import __version__
from .codec import CodecError
from .models import Record, Warning_
from .store import FORMAT, MAGIC, Database, check

# typing.TYPE_CHECKING without importing typing, which a warm search never loads (its annotations are strings).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PREFIX = "libyadesk-"
SUFFIX = ".sqlite"
TEMPORARY = ".tmp-libyadesk-"
FULL_SCAN_FILES = 5000  # up to this many files a call stats every file (a few milliseconds)

Warn = Callable[[str], None]


# --- where ---------------------------------------------------------------------------------


def cache_dir(environ: Mapping[str, str] | None = None, warn: Warn | None = None, corpus: Path | None = None) -> Path:
    """Where indexes live, always absolute: $LIBYADESK_CACHE_DIR, else $XDG_CACHE_HOME/libyadesk, else ~/.cache/libyadesk.

    Without a home folder, a private folder under the system's temporary folder, with one
    warning.  With `corpus`, raise UsageError when the folder would be inside the corpus
    folder: nothing but `add` writes into a corpus.
    """
    env = os.environ if environ is None else environ
    if env.get("LIBYADESK_CACHE_DIR"):
        # Relative to the folder the call is made from, fixed once, so that it cannot move
        # with a later change of directory.
        variable, folder = "LIBYADESK_CACHE_DIR", Path(env["LIBYADESK_CACHE_DIR"]).expanduser().absolute()
    else:
        variable, base = "XDG_CACHE_HOME", env.get("XDG_CACHE_HOME")
        if base and os.path.isabs(base):  # the XDG spec: a relative value is ignored
            folder = Path(base) / "libyadesk"
        else:
            try:
                home = Path.home()
                if not str(home) or str(home) == "/" and not os.access(home, os.W_OK):
                    raise RuntimeError("no home folder")
                folder = home / ".cache" / "libyadesk"
            except (RuntimeError, KeyError, OSError):
                import tempfile  # a warm call with a home folder does not load it

                folder = Path(tempfile.gettempdir()) / f"libyadesk-cache-{_uid()}"
                if warn is not None:
                    warn(f"warning: no home folder; the index cache is kept in {folder}")
    if corpus is not None:
        from .errors import UsageError

        inside = Path(os.path.realpath(folder))
        root = Path(os.path.realpath(corpus))
        if inside == root or root in inside.parents:
            raise UsageError(f"{variable} puts the index cache ({folder}) inside the corpus folder {corpus}; "
                             "choose a folder outside it")
    return folder


def _uid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else 0


def _unsafe(info: os.stat_result, what: str, path: Path) -> str | None:
    """Why a cache folder or file must not be trusted, or None."""
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return f"{what} {path} belongs to another user"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):  # a shared (even sticky) folder lets others plant files
        return f"{what} {path} can be written by other users"
    return None


def check_folder(directory: Path) -> str | None:
    """Make the cache folder (private) if needed; why it cannot be used, or None."""
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        try:
            directory.mkdir(mode=0o700)
        except FileExistsError:
            pass
        info = os.stat(directory)
    except OSError as exc:
        return f"cannot write the index cache in {directory} ({exc.strerror or exc})"
    if not stat.S_ISDIR(info.st_mode):
        return f"cache folder {directory} is not a folder"
    return _unsafe(info, "cache folder", directory)


def check_file(path: Path) -> str | None:
    """Why an index file must not be read, or None (it is a regular file of the user's, not writable by others)."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        return f"cannot read {path} ({exc.strerror or exc})"
    if not stat.S_ISREG(info.st_mode):
        return f"cache file {path} is not a regular file"
    return _unsafe(info, "cache file", path)


def _sha256(data: bytes) -> str:
    """The SHA-256 of the data, in hex.

    From the standard library's own SHA-256 module where there is one: hashlib loads OpenSSL
    first, a few milliseconds of every warm call, for three short digests.

    >>> _sha256(b"abc")[:16]
    'ba7816bf8f01cfea'
    """
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # Python 3.12 and later
        except ImportError:
            from hashlib import sha256
    return sha256(data).hexdigest()


def folder_digest(root: Path) -> str:
    """The part of an index file's name that stands for the corpus folder (its resolved real path)."""
    return _sha256(str(root.resolve()).encode("utf-8", "surrogateescape"))[:20]


# Libraries whose upgrade changes what the index holds (dates read, stems, cleaned pages, merge
# weights): their installed module is part of the code stamp, found without importing it.
RESULT_LIBRARIES = ("dateparser", "Stemmer", "trafilatura", "wordfreq")


def files_named(directory: Path, prefix: str, suffix: str) -> list[Path]:
    """The entries of a folder named prefix + anything + suffix: what glob(prefix*suffix) finds,
    without compiling the glob into a regular expression on every call (a warm call's start-up)."""
    try:
        with os.scandir(directory) as entries:
            return [directory / entry.name for entry in entries
                    if len(entry.name) >= len(prefix) + len(suffix)
                    and entry.name.startswith(prefix) and entry.name.endswith(suffix)]
    except OSError:  # no such folder, or unreadable: glob finds nothing there either
        return []


def code_digest() -> str:
    """What changes when the program changes: the version, the format, every module's size and
    mtime, and those of the libraries whose results the index holds (RESULT_LIBRARIES)."""
    from importlib.util import find_spec

    parts = [f"{MAGIC}/{FORMAT}/{__version__}"]
    for path in sorted(files_named(Path(__file__).parent, "", ".py")):
        st = path.stat()
        parts.append(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}")
    for name in RESULT_LIBRARIES:
        spec = find_spec(name)
        try:
            st = Path(spec.origin).stat()
            parts.append(f"{name}\0{st.st_size}\0{st.st_mtime_ns}")
        except (AttributeError, TypeError, OSError):  # not installed, or no file: stamped as missing
            parts.append(f"{name}\0missing")
    return _sha256("\0".join(parts).encode())[:24]


def config_digest(extra: Iterable[Path]) -> str:
    """What changes when a table the extraction reads changes (actor and variant files, shipped data)."""
    parts = []
    for path in extra:
        try:
            st = path.stat()
            parts.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}")
        except OSError:
            parts.append(f"{path}\0missing")
    return _sha256("\0".join(parts).encode("utf-8", "surrogateescape"))[:24]


# --- locks ---------------------------------------------------------------------------------


def _lock(path: Path, exclusive: bool, wait: bool = False) -> int | None:
    """An open descriptor holding a lock on a file, or None if it is held otherwise (or is gone)."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): never delete what might be in use
        return None if exclusive else -1
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        os.close(fd)
        return None
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None and fd >= 0:
        os.close(fd)


def _remove_if_unused(path: Path) -> bool:
    """Delete an index file (and its WAL files) unless another call holds it; whether it was deleted."""
    fd = _lock(path, exclusive=True)
    if fd is None:
        return False
    try:
        for extra in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            extra.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
    finally:
        _unlock(fd)
    return True


# --- opening -------------------------------------------------------------------------------


class Opened(Record):
    """An index database ready to read, and what every call repeats of how it was built."""

    __slots__ = ("db", "warnings", "lock", "skipped", "built", "changed")
    _fields = __slots__
    db: Database
    warnings: list[Warning_]
    lock: int | None  # the shared lock held on the file while it is used
    skipped: str | None  # what files of other kinds the folder holds, in a line
    built: bool  # made by this call (whole or in part)
    changed: dict[str, int]  # added / changed / removed files applied

    def __init__(self, db: Database, warnings: list[Warning_], lock: int | None = None, skipped: str | None = None,
                 built: bool = False, changed: dict[str, int] | None = None) -> None:
        self.db = db
        self.warnings = warnings
        self.lock = lock
        self.skipped = skipped
        self.built = built
        self.changed = {} if changed is None else changed

    def close(self) -> None:
        """Drop the lock (the connection stays usable until the process ends)."""
        _unlock(self.lock)
        self.lock = None


def generations(directory: Path, digest: str) -> list[tuple[int, Path]]:
    """The index files of one corpus folder, newest first."""
    found = []
    for path in files_named(directory, f"{PREFIX}{digest}-", SUFFIX):
        number = path.name[len(PREFIX) + len(digest) + 1:-len(SUFFIX)]
        if number.isdigit():
            found.append((int(number), path))
    return sorted(found, reverse=True)


def _stored_marker(db: Database) -> tuple[Any, Any, Any]:
    return db.meta("magic"), db.meta("code"), db.meta("ready")


def open_index(root: Path, directory: Path | None, extra: list[Path], warn: Warn, rescan: bool = False,
               progress: Callable[[str, int, int], None] | None = None) -> Opened:
    """The index of a corpus folder: the cached file brought up to date, else a new build (no cache: a private one)."""
    if directory is not None:
        problem = check_folder(directory)
        if problem:
            warn(f"warning: {problem}; continuing without it")
            directory = None
    if directory is None:
        return _build_private(root, extra, progress)
    digest, code = folder_digest(root), code_digest()
    _remove_orphans(directory)
    found = _use_existing(root, directory, digest, code, extra, warn, rescan, progress)
    if found is not None:
        return found
    # One build per corpus at a time: a second first call waits for it, then reads its file.
    build_lock = _build_lock(directory, digest)
    try:
        found = _use_existing(root, directory, digest, code, extra, None, rescan, progress)
        if found is not None:
            return found
        if found is _REFUSED:
            return _build_private(root, extra, progress)
        return _build_published(root, directory, digest, code, extra, warn, progress)
    finally:
        _unlock(build_lock)


_REFUSED: Any = object()


def _build_lock(directory: Path, digest: str) -> int | None:
    try:
        import fcntl
    except ImportError:
        return None
    # The folder itself is locked: no lock file to leave behind (builds of two corpora take turns).
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        os.close(fd)
        return None
    return fd


def _use_existing(root: Path, directory: Path, digest: str, code: str, extra: list[Path], warn: Warn | None,
                  rescan: bool, progress: Callable[[str, int, int], None] | None) -> Opened | None:
    """The newest usable index file of the corpus, brought up to date; None when there is none (warned why)."""
    say = warn or (lambda message: None)
    for number, path in generations(directory, digest):
        problem = check_file(path)
        if problem:
            say(f"warning: {problem}; continuing without a cache")
            return _build_private(root, extra, progress) if warn is not None else _REFUSED
        lock = _lock(path, exclusive=False, wait=True)
        if lock is None:
            continue  # deleted meanwhile: an older generation, or `cache clear`
        try:
            db = Database(path)
            magic, stored_code, ready = _stored_marker(db)
        except (sqlite3.Error, CodecError, OSError) as exc:
            _unlock(lock)
            say(f"warning: cache file {path} is unreadable ({type(exc).__name__}); rebuilding it")
            return None
        if magic != MAGIC or stored_code != code or ready is not True:
            _unlock(lock)
            if not (magic == MAGIC and ready is True):  # another version of the program: a new file, quietly
                say(f"warning: cache file {path} is incomplete or not an index; rebuilding it")
            return None
        try:
            changed = update(db, root, extra, rescan, progress)
            opened = Opened(db, stored_warnings(db), lock, db.meta("skipped"), bool(changed), changed)
        except (sqlite3.Error, CodecError) as exc:
            _unlock(lock)
            say(f"warning: cache file {path} is damaged ({exc}); rebuilding it")
            return None
        _remove_older(directory, digest, number)
        return opened
    return None


def _remove_older(directory: Path, digest: str, current: int) -> None:
    for number, path in generations(directory, digest):
        if number < current:
            _remove_if_unused(path)


def _remove_orphans(directory: Path) -> None:
    """Delete temporary files left by builds that were killed (a build in progress holds a lock on its file)."""
    for path in files_named(directory, TEMPORARY, SUFFIX):
        _remove_if_unused(path)


def _new_temporary(directory: Path) -> tuple[Path, int | None]:
    import tempfile  # deferred: a warm call never makes a temporary file

    fd, name = tempfile.mkstemp(prefix=TEMPORARY, suffix=SUFFIX, dir=directory)
    os.close(fd)
    path = Path(name)
    return path, _lock(path, exclusive=True)


def _build_published(root: Path, directory: Path, digest: str, code: str, extra: list[Path], warn: Warn,
                     progress: Callable[[str, int, int], None] | None) -> Opened:
    """Build a new generation under a temporary name and publish it by a hard link; fall back to a private build."""
    try:
        tmp, tmp_lock = _new_temporary(directory)
    except OSError as exc:
        warn(f"warning: cannot write the index cache in {directory} ({exc.strerror or exc}); continuing without it")
        return _build_private(root, extra, progress)
    try:
        db = Database(tmp, create=True)
        warnings = build(db, root, extra, code, progress)
        if db.connection.in_transaction:
            db.connection.execute("COMMIT")
        db.connection.execute("PRAGMA journal_mode = WAL")
        db.connection.close()
        newest = generations(directory, digest)
        number = (newest[0][0] + 1) if newest else 1
        while True:
            final = directory / f"{PREFIX}{digest}-{number}{SUFFIX}"
            try:
                os.link(tmp, final)
                break
            except FileExistsError:
                number += 1
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        _unlock(tmp_lock)
        if isinstance(exc, OSError) or "disk" in str(exc) or "full" in str(exc):
            warn(f"warning: cannot write the index cache in {directory} ({exc}); continuing without it")
            return _build_private(root, extra, progress)
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        _unlock(tmp_lock)
        raise
    tmp.unlink(missing_ok=True)
    _unlock(tmp_lock)
    lock = _lock(final, exclusive=False)
    db = Database(final)
    _remove_older(directory, digest, number)
    return Opened(db, warnings, lock, db.meta("skipped"), True)


def _build_private(root: Path, extra: list[Path], progress: Callable[[str, int, int], None] | None) -> Opened:
    """A build for this call only: in a private temporary folder (removed when the call ends, or by the next), else in memory."""
    import tempfile  # deferred: a warm call never makes a temporary file

    folder = None
    try:
        folder = Path(tempfile.mkdtemp(prefix="libyadesk-"))
        path, lock = _new_temporary(folder)
        db = Database(path, create=True)
    except (OSError, sqlite3.Error):
        if folder is not None:
            _remove_private(folder)
        db, lock, folder = Database(), None, None
    try:
        warnings = build(db, root, extra, code_digest(), progress)
        db.commit()
        skipped = db.meta("skipped")
    except BaseException:
        if folder is not None:
            _remove_private(folder)
            _unlock(lock)
        raise
    return Opened(db, warnings, lock, skipped, True)


def _remove_private(folder: Path) -> None:
    for path in folder.glob("*"):
        path.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass


def discard(opened: Opened) -> None:
    """End a call: the connection closed, a private build's folder removed, the lock on a cached file dropped."""
    path = opened.db.path
    try:
        opened.db.connection.close()  # the last one out checkpoints the WAL and removes it
    except sqlite3.Error:
        pass
    if path is not None and path.name.startswith(TEMPORARY) and path.parent.name.startswith("libyadesk-"):
        import tempfile  # only a private build's file gets here: a cached call does not load it

        if path.parent.parent == Path(tempfile.gettempdir()):
            _remove_private(path.parent)
            opened.db.path = None
    opened.close()


def remove_private_orphans() -> int:
    """Delete the private folders of --no-cache builds that were killed; how many."""
    import tempfile  # deferred: a warm call never makes a temporary file

    removed = 0
    base = Path(tempfile.gettempdir())
    for folder in base.glob("libyadesk-*"):
        if folder.name.startswith("libyadesk-cache-") or not folder.is_dir():
            continue
        try:
            if os.lstat(folder).st_uid != _uid():
                continue
        except OSError:
            continue
        files = list(folder.glob(f"{TEMPORARY}*{SUFFIX}"))
        if files and all(_remove_if_unused(f) for f in files):
            _remove_private(folder)
            removed += 1
    return removed


# --- building and updating -----------------------------------------------------------------


def _file_row(entry: tuple, docno: int | None, doc_id: str | None, digest: str | None, warnings: list[Warning_],
              stem: str) -> tuple:
    """A files-table row: the walk's entry, what the file became, its folder and the id its name asks for."""
    from .codec import encode

    path, size, mtime, ctime, inode = entry
    # Most files have no warning: their JSON is written without the encoder's checks (10,000 rows a build).
    return (path, size, mtime, ctime, inode, docno, doc_id, digest, encode(warnings) if warnings else "[]",
            os.path.dirname(path), stem)


def build(db: Database, root: Path, extra: list[Path], code: str,
          progress: Callable[[str, int, int], None] | None = None) -> list[Warning_]:
    """Read every file of a corpus into an empty index database (not committed); return the load warnings."""
    from functools import partial

    from .corpus import accept_file, own_id
    from .errors import CorpusError
    from .files import check_root, format_of, order_key, scan_tree
    from .index import IndexWriter
    from .parallel import map_ordered, workers

    from collections import Counter

    from .files import describe_skipped

    root = _absolute(check_root(root))
    skipped: Counter = Counter()
    listing, folders = scan_tree(root, skipped)
    writer = IndexWriter(db)
    seen_ids: set[str] = set()
    seen_text: dict[str, str] = {}
    warnings: list[Warning_] = []
    files = []
    number = 0
    # Reading, cleaning and tokenizing a file needs no other file: worker processes do it,
    # and the results are taken here in file order (ids, duplicates, the index writes).
    _import_for_workers({format_of(entry[0]) for entry in listing})
    # Runs of up to 64 files a task: each task is a round trip through the pool's pipes and
    # threads, which cost the parent more than its own work at 8 files a task; at least 16
    # tasks a worker keep the workers evenly busy.
    chunk = max(8, min(64, len(listing) // (16 * workers())))
    parsed = map_ordered(partial(_read_file, root), [entry[0] for entry in listing], chunk=chunk)
    try:
        for done, (entry, (read, analysed)) in enumerate(zip(listing, parsed), 1):
            if progress is not None:
                progress("reading articles", done, len(listing))
            doc, found, digest = accept_file(Path(entry[0]), root, read, seen_ids, seen_text)
            warnings += found
            stem = read[0].id if read[0] is not None else own_id(Path(entry[0]), root)
            if doc is not None:
                if doc is not read[0]:  # renamed to keep ids unique: its row is encoded again, from its JSON
                    analysed = _renamed(analysed, doc.id)
                writer.add(number, order_key(root, entry[0]), doc, analysed)
                files.append(_file_row(entry, number, doc.id, digest, found, stem))
                number += 1
            else:
                files.append(_file_row(entry, None, None, digest or None, found, stem))
    finally:
        parsed.close()  # a failed write stops the workers at once
    if not number:
        message = f"corpus folder {root} holds no readable documents (.md, .markdown, .txt)"
        if warnings:
            message += f"; {len(warnings)} skipped, first {warnings[0].path}: {warnings[0].reason}"
        raise CorpusError(message)
    writer.finish()
    _write_files(db, files)
    _write_folders(db, folders)
    db.set_meta({"magic": MAGIC, "format": FORMAT, "code": code, "config": config_digest(extra),
                 "root": str(root.resolve()), "generation": 1, "ready": True, "skipped": describe_skipped(skipped),
                 "warned": sum(1 for row in files if row[8] != "[]")})
    return warnings


def _absolute(root: Path) -> Path:
    """The corpus folder as an absolute path (not resolved): the files' paths are stored by it, whatever the call's folder."""
    return root if root.is_absolute() else Path(os.path.abspath(root))


def _import_for_workers(formats: set[str]) -> None:
    """Import here, once, what reading files of these formats imports on first use, before workers are forked.

    Each forked worker otherwise imports it again: the date grammar alone (dates.py, for
    the published dates) compiles its patterns in about 0.2 s of CPU, paid by every worker
    and then by the search that reads a date in its query.
    """
    from . import dates  # noqa: F401 - the published date of every file
    from .corpus import _yaml_loader

    _yaml_loader()  # front matter
    if formats & {"html", "mhtml"}:
        from . import webpages  # noqa: F401
    if "pdf" in formats:
        from . import pdfs  # noqa: F401


def _read_file(root: Path, path: str) -> tuple[tuple, Any]:
    """One file parsed (corpus.parse_file) and, if it holds a document, analysed for the index writer.

    The document comes back without its text: the writer needs its id and metadata, and the
    text travels in the analysis already (the row's JSON, the engine's columns).  Sent three
    times, it cost the writer's process (the build's bottleneck) a third of a second in
    pipes and unpickling at 10,000 articles.
    """
    from .corpus import parse_file
    from .index import analyse
    from .models import replace

    read = parse_file(Path(path), root)
    doc = read[0]
    if doc is None:
        return read, None
    return (replace(doc, text=""), *read[1:]), analyse(doc)


def _renamed(analysed: Any, doc_id: str) -> Any:
    """An analysis (index._Analysed) whose document row holds another id: the row's JSON read back and written again."""
    from .codec import decode, encode
    from .models import Document, replace

    return analysed._replace(doc_json=encode(replace(decode(analysed.doc_json, Document), id=doc_id)))


def _write_files(db: Database, rows: Iterable[tuple]) -> None:
    """Write (insert or replace) files rows; paths as bytes, since a file name need not be valid UTF-8."""
    fsencode = os.fsencode
    db.insert("files", ((fsencode(row[0]), *row[1:9], fsencode(row[9]), row[10]) for row in rows))


def _delete_files(db: Database, paths: Iterable[str]) -> None:
    db.connection.executemany("DELETE FROM files WHERE path = ?", ((os.fsencode(path),) for path in paths))


def _write_folders(db: Database, folders: Iterable[tuple[str, int, Mapping[str, int]]]) -> None:
    """Write (insert or replace) folders rows: path, mtime and the count of skipped files by ending."""
    from .codec import encode

    db.insert("folders", ((os.fsencode(path), mtime, encode(dict(sorted(own.items())))) for path, mtime, own in folders))


def _stored_files(db: Database, folder: str | None = None) -> dict[str, tuple]:
    """The files rows (of one folder, or all), by path, as _file_row makes them."""
    out = {}
    rows = (db.stream("SELECT * FROM files") if folder is None
            else db.stream("SELECT * FROM files WHERE folder = ?", (os.fsencode(folder),)))
    fsdecode = os.fsdecode
    for row in rows:
        path = fsdecode(row[0])
        out[path] = (path, *row[1:9], fsdecode(row[9]), row[10])
    return out


def _stored_folders(db: Database) -> dict[str, tuple[int, str]]:
    """Every folder row: path -> (mtime, skipped files by ending as JSON)."""
    return {os.fsdecode(path): (mtime, skipped) for path, mtime, skipped in db.stream("SELECT * FROM folders")}


def _skipped_line(db: Database) -> str | None:
    """The line naming the files of other kinds, from every folder's counts (a row per folder, not per file)."""
    from collections import Counter

    from .codec import decode
    from .files import describe_skipped

    total: Counter = Counter()
    for (text,) in db.stream("SELECT skipped FROM folders WHERE skipped != '{}'"):
        total.update(decode(text, dict[str, int]))
    return describe_skipped(total)


def stored_warnings(db: Database) -> list[Warning_]:
    """The load warnings of every file, in file order."""
    from .codec import decode
    from .files import order_key

    if db.meta("warned") == 0:  # counted when the files were written: no pass over 100,000 rows
        return []
    rows = [(order_key(os.sep, os.fsdecode(path)), text)
            for path, text in db.stream("SELECT path, warnings FROM files WHERE warnings != '[]'")]
    out: list[Warning_] = []
    for _, text in sorted(rows):
        out += decode(text, list[Warning_])
    return out


def _changed_folders(db: Database) -> tuple[dict[str, tuple[int, str]], list[str]]:
    """Every stored folder row, and the folders whose mtime changed (or that are gone): no file is stat'ed."""
    stored = _stored_folders(db)
    changed = []
    for path, (mtime, _) in stored.items():
        try:
            if os.stat(path).st_mtime_ns != mtime:
                changed.append(path)
        except OSError:
            changed.append(path)
    return stored, changed


# What a call stats and writes to bring an index up to date: counted by the tests, never timed.
WORK = {"files stat'ed": 0, "file rows read": 0, "file rows written": 0}


def update(db: Database, root: Path, extra: list[Path], rescan: bool = False,
           progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Bring a cached index up to date with the corpus folder, in one transaction; the counts of files applied.

    Above FULL_SCAN_FILES files, only the folders whose mtime changed are listed, and only
    their files are stat'ed, read back from the index and written (_update_folders); a
    change that touches another file's id or duplicate goes the whole way (_apply).
    """
    from .files import check_root

    root = _absolute(check_root(root))
    config = config_digest(extra)
    # Whether there is a row past the first FULL_SCAN_FILES: no count of 100,000 rows.
    small = db.fetch("SELECT 1 FROM files LIMIT 1 OFFSET ?", (FULL_SCAN_FILES,)) is None
    same_config = db.meta("config") == config
    if same_config and not rescan and not small:
        if not _changed_folders(db)[1]:
            return {}
        counts = _update_folders(db, root, progress)
        if counts is not None:
            return counts
    from collections import Counter

    from .files import scan_tree

    skipped: Counter = Counter()
    listing, folders = scan_tree(root, skipped)
    WORK["files stat'ed"] += len(listing)
    generation = db.meta("generation")
    stored = _stored_files(db)
    WORK["file rows read"] += len(stored)
    if same_config and len(stored) == len(listing) and all(
            (s := stored.get(e[0])) is not None and s[1:5] == e[1:] for e in listing):
        if _folders_differ(db, folders):  # files of other kinds came or went, or a folder was touched
            _write(db, lambda: (db.execute("DELETE FROM folders"), _write_folders(db, folders),
                                db.set_meta({"skipped": _skipped_line(db)})))
        return {}
    # Take the write lock, then decide what changed: another call may have applied it meanwhile.
    with db.writing():
        if db.meta("generation") != generation:  # read again only if another call changed the files
            stored = _stored_files(db)
        counts = _apply(db, root, listing, stored, progress)
        if not same_config:
            db.execute("DELETE FROM doc_rows")
            counts["tables"] = 1
        if counts or not same_config:
            from .index import IndexWriter

            if not counts.get("documents") or not same_config:
                # The corpus-wide layers go (all of them when the tables changed); the per-document rows stay.
                IndexWriter(db).finish(everything=not same_config)
        folders_changed = _folders_differ(db, folders)
        if folders_changed:
            db.execute("DELETE FROM folders")
            _write_folders(db, folders)
        generation = db.meta("generation") or 0
        db.set_meta({"config": config, "generation": generation + 1, "skipped": _skipped_line(db)})
    return {k: v for k, v in counts.items() if k != "documents"}


def _folders_differ(db: Database, folders: list[tuple[str, int, Mapping[str, int]]]) -> bool:
    from .codec import encode

    stored = _stored_folders(db)
    return len(stored) != len(folders) or any(
        stored.get(path) != (mtime, encode(dict(sorted(own.items())))) for path, mtime, own in folders)


def _write(db: Database, work: Callable[[], Any]) -> None:
    with db.writing():
        work()


def _apply(db: Database, root: Path, listing: list[tuple], stored: dict[str, tuple],
           progress: Callable[[str, int, int], None] | None) -> dict[str, int]:
    """Replay the corpus in file order, reading only new and changed files; write the differences.

    A document keeps its number and place (its file's order key) unless its file changed or
    its id must change: nothing else of the docs table is written.
    """
    from .codec import decode
    from .corpus import _doc_id, load_file
    from .errors import CorpusError
    from .files import order_key
    from .index import IndexWriter, next_docno

    seen_ids: set[str] = set()
    seen_text: dict[str, str] = {}
    keep: set[int] = set()  # docnos kept
    new_docs: list[tuple[str, Any]] = []  # (path, Document)
    files: list[tuple] = []
    counts = {"added": 0, "changed": 0, "removed": 0}
    for entry in listing:
        path = entry[0]
        old = stored.get(path)
        if old is not None and old[1:5] == entry[1:] and old[5] is not None:
            doc_id, digest = old[6], old[7]
            # The id is the file's stem unless that is taken: checked on the stored stem first,
            # since a Path per kept file is most of an update's cost at 100,000 files.
            if (doc_id not in seen_ids and doc_id == old[10]
                    or _doc_id(Path(path), root, seen_ids) == doc_id) and digest not in seen_text:
                seen_ids.add(doc_id)
                seen_text[digest] = doc_id
                keep.add(old[5])
                files.append(old)
                continue
        if old is None:
            counts["added"] += 1
        elif old[1:5] != entry[1:]:
            counts["changed"] += 1
        doc, found, digest = load_file(Path(path), root, seen_ids, seen_text)
        stem = old[10] if old is not None else _own_id(path, root)  # the name's id: the same while the path is
        if doc is not None:
            new_docs.append((path, doc))
            files.append(_file_row(entry, -len(new_docs), doc.id, digest, found, stem))  # number given below
        else:
            files.append(_file_row(entry, None, None, digest or None, found, stem))
    listed = {e[0] for e in listing}
    gone = [path for path in stored if path not in listed]
    counts["removed"] = len(gone)
    if not keep and not new_docs:
        raise CorpusError(f"corpus folder {root} holds no readable documents (.md, .markdown, .txt)")
    stored_docnos = [docno for (docno,) in db.fetch_all("SELECT docno FROM docs")]
    removed = [n for n in stored_docnos if n not in keep]
    writer = IndexWriter(db)
    for number in removed:
        writer.remove(number)
    next_number = next_docno(db)
    new_numbers = []
    for done, (path, doc) in enumerate(new_docs, 1):
        if progress is not None:
            progress("reading articles", done, len(new_docs))
        writer.add(next_number, order_key(root, path), doc)
        new_numbers.append(next_number)
        next_number += 1
    # The new documents' numbers in the files rows (written as placeholders -1, -2, ... above).
    files = [row if row[5] is None or row[5] >= 0 else (*row[:5], new_numbers[-row[5] - 1], *row[6:]) for row in files]
    written = [row for row in files if stored.get(row[0]) != row]
    _delete_files(db, gone)
    _write_files(db, written)
    WORK["file rows written"] += len(written) + len(gone)
    if written or gone:
        db.set_meta({"warned": sum(1 for row in files if row[8] != "[]")})
    counts["documents"] = len(removed) + len(new_docs)
    if counts["documents"] or any(decode(r[8], list) for r in files if r[5] is None):
        writer.finish()
    return {k: v for k, v in counts.items() if v}


def _own_id(path: str, root: Path) -> str:
    from .corpus import own_id

    return own_id(Path(path), root)


def _update_folders(db: Database, root: Path, progress: Callable[[str, int, int], None] | None) -> dict[str, int] | None:
    """Apply a change seen in some folders' mtimes, looking at those folders only; None if it needs the whole corpus.

    Only the changed folders are listed (a new folder walked whole), only their files
    stat'ed and their files rows read and written.  A document's place is its file's order
    key, so no other document moves.  What another file's fate depends on is checked
    through the indexes of the files table: a file whose name is another file's, or
    whose id was not its own name, or whose text is another file's (a duplicate, or
    the original of one), is left to the whole replay (_apply), as is a folder that
    cannot be listed.
    """
    with db.writing():  # another call may have applied the change meanwhile: decide under the lock
        counts = _update_folders_locked(db, root, progress)
        if counts is None:
            db.connection.execute("ROLLBACK")
    return counts


def _update_folders_locked(db: Database, root: Path, progress: Callable[[str, int, int], None] | None
                           ) -> dict[str, int] | None:
    from collections import Counter

    from .corpus import load_file
    from .files import list_folder, order_key, stat_file, walk
    from .index import IndexWriter, next_docno

    stored_folders, changed = _changed_folders(db)
    if not changed:
        return {}
    fsencode, fsdecode = os.fsencode, os.fsdecode
    listing: dict[str, tuple] = {}  # the files stat'ed: new names, or a name whose inode changed
    present: list[tuple[str, int, Counter]] = []  # the folders looked at, as they are now
    gone: set[str] = set()
    dropped: list[str] = []  # stored files no longer listed
    for folder in changed:
        found = list_folder(folder, ordered=False)
        if found is None:
            if os.path.exists(folder):
                return None  # there but unreadable: let the whole walk decide
            gone.add(folder)
            continue
        mtime, names, subfolders, own = found
        present.append((folder, mtime, own))
        # A folder's mtime changes when a file is added, removed or renamed (a save by rename
        # gives the name a new inode): a listed name with its stored inode is the same file.
        known = {fsdecode(path): inode for path, inode in
                 db.fetch_all("SELECT path, inode FROM files WHERE folder = ?", (fsencode(folder),))}
        WORK["file rows read"] += len(known)
        for path, inode in names:
            if known.pop(path, None) != inode:
                listing[path] = stat_file(path)
                WORK["files stat'ed"] += 1
        dropped += known
        for sub in subfolders:
            if sub not in stored_folders:  # a new folder (or one moved here): all of it is new
                for path, sub_mtime, sub_files, sub_own in walk(sub):
                    WORK["files stat'ed"] += len(sub_files)
                    present.append((path, sub_mtime, sub_own))
                    listing.update((entry[0], entry) for entry in sub_files)
        listed = set(subfolders)
        gone.update(path for path in stored_folders if os.path.dirname(path) == folder and path not in listed)
    # A folder gone takes every folder below it.
    below = [path for path in stored_folders for top in gone if path.startswith(top + os.sep)]
    gone.update(below)
    if str(root) in gone:
        return None
    for folder in gone:
        dropped += [fsdecode(path) for (path,) in db.fetch_all("SELECT path FROM files WHERE folder = ?",
                                                                 (fsencode(folder),))]
    stored: dict[str, tuple] = {}
    for path in [*listing, *dropped]:
        row = db.fetch("SELECT * FROM files WHERE path = ?", (fsencode(path),))
        if row is not None:
            stored[path] = (path, *row[1:9], fsdecode(row[9]), row[10])
    WORK["file rows read"] += len(stored)
    removed = [stored[path] for path in dropped if path in stored]
    added = [entry for path, entry in listing.items() if path not in stored]
    edited = [(stored[path], entry) for path, entry in listing.items() if path in stored and stored[path][1:5] != entry[1:]]
    counts = {"added": len(added), "changed": len(edited), "removed": len(removed)}
    if not any(counts.values()):  # only files of other kinds came or went
        _write_folders(db, present)
        db.connection.executemany("DELETE FROM folders WHERE path = ?", ((os.fsencode(p),) for p in gone))
        db.set_meta({"skipped": _skipped_line(db)})
        return {}
    old_rows = removed + [old for old, _ in edited]
    new_entries = sorted(added + [entry for _, entry in edited], key=lambda e: order_key(root, e[0]))
    touched = {row[0] for row in old_rows} | {entry[0] for entry in new_entries}
    # Whose id or duplicate depends on the changed files: then the whole replay.
    for row in old_rows:
        if row[5] is not None and row[6] != row[10]:
            return None  # it went by another name than its own: that name may now go to another file
        if row[7] and _others(db, "SELECT path FROM files WHERE digest = ?", row[7], touched):
            return None  # another file has its text: one of them was or becomes the duplicate
    stems = [_own_id(entry[0], root) for entry in new_entries]
    if len(set(stems)) < len(stems):
        return None
    old_docnos = [row[5] for row in old_rows if row[5] is not None]
    for stem in stems:
        if _others(db, "SELECT path FROM files WHERE stem = ?", stem, touched):
            return None  # another file asks for the same id
        taken = db.fetch_all("SELECT docno FROM docs WHERE id = ? OR (id > ? AND id < ?)",
                             (stem, stem + "~", stem + "~\U0010ffff"))
        if any(docno not in old_docnos for (docno,) in taken):
            return None  # another file already goes by that name
    read = []
    texts: set[str] = set()
    for done, (entry, stem) in enumerate(zip(new_entries, stems), 1):
        if progress is not None:
            progress("reading articles", done, len(new_entries))
        doc, found, digest = load_file(Path(entry[0]), root, set(), {})
        if digest and (digest in texts or _others(db, "SELECT path FROM files WHERE digest = ?", digest, touched)):
            return None  # a duplicate of another file, or of another changed one
        texts.add(digest)
        read.append((entry, stem, doc, found, digest))
    writer = IndexWriter(db)
    for number in old_docnos:
        writer.remove(number)
    number = next_docno(db)
    rows = []
    for entry, stem, doc, found, digest in read:
        if doc is not None:
            writer.add(number, order_key(root, entry[0]), doc)
            rows.append(_file_row(entry, number, doc.id, digest, found, stem))
            number += 1
        else:
            rows.append(_file_row(entry, None, None, digest or None, found, stem))
    _delete_files(db, (row[0] for row in removed))
    _write_files(db, rows)
    WORK["file rows written"] += len(rows) + len(removed)
    warned = (db.meta("warned") or 0) - sum(1 for row in old_rows if row[8] != "[]") \
        + sum(1 for row in rows if row[8] != "[]")
    _write_folders(db, present)
    db.connection.executemany("DELETE FROM folders WHERE path = ?", ((os.fsencode(p),) for p in gone))
    writer.finish()
    generation = db.meta("generation") or 0
    db.set_meta({"warned": warned, "generation": generation + 1, "skipped": _skipped_line(db)})
    return {k: v for k, v in counts.items() if v}


def _others(db: Database, sql: str, value: str, touched: set[str]) -> bool:
    """Whether a files row other than the touched ones matches (sql selects paths by one indexed value)."""
    return any(os.fsdecode(path) not in touched for (path,) in db.fetch_all(sql, (value,)))


# --- saving what a call built --------------------------------------------------------------


def save(db: Database, layers: Mapping[str, Any], keyed: Mapping[str, Mapping[str, Any]],
         staged: bool, docs: list[tuple], retag: list[tuple] = (), shared: Mapping[str, str] = {},
         patches: Mapping[str, Mapping[str, Any]] = {}, purge: Mapping[str, frozenset[int] | None] = {}) -> str | None:
    """Add what a call built to its cached file, in one transaction; a warning instead of raising.

    `staged`: per-document rows wait in the connection's staging table (index.STAGE_BATCH),
    copied into doc_rows here, inside SQLite.

    `patches` changes single rows of stored keyed layers ({layer: {key: value, or None to
    remove}}); `purge` deletes the kept rows of removed documents that the results saved have
    taken out ({layer: their document numbers, or None for every removed document's}).  Nothing
    is written if another call changed the file since this one read it (the layers would
    describe the corpus as it was).
    """
    from .store import DOCS_BY_DATE, StagedKeyed, keyed_rows, layer_rows

    if db.path is None or db.path.name.startswith(TEMPORARY):
        return None  # in memory, or a --no-cache file about to be deleted
    if not (layers or keyed or staged or docs or retag or shared or patches or purge):
        return None
    connection = db.connection
    try:
        generation = db.meta("generation")
        with db.writing():
            if db.meta("generation") != generation:
                connection.execute("ROLLBACK")
                return None
            # Rows a change of the registry cannot alter are kept under its new digest; the others are replaced.
            connection.executemany("UPDATE doc_rows SET digest = ? WHERE layer = ? AND digest = ?",
                                   ((new, name, old) for name, old, new in retag))
            if staged:
                connection.execute("INSERT OR REPLACE INTO doc_rows SELECT layer, docno, digest, v, c FROM temp.staged_rows")
            db.insert("docs", docs)
            connection.execute(DOCS_BY_DATE)  # a file written before the index gains it (1 s at 100,000 documents)
            db.insert("meta", ((k, v, check(k, v)) for k, v in shared.items()))
            for name, rows in keyed.items():
                connection.execute("DELETE FROM keyed WHERE layer = ?", (name,))
                if isinstance(rows, StagedKeyed):  # built as JSON rows in the staging table: copied inside SQLite
                    connection.execute("INSERT INTO keyed SELECT layer, k, v, c FROM temp.staged_keyed WHERE layer = ?",
                                       (name,))
                else:
                    db.insert("keyed", keyed_rows(name, rows))
            for name, changes in patches.items():
                if name in keyed or not db.has_keyed(name):
                    continue  # written whole above, or dropped by a change since this call read it
                connection.executemany("DELETE FROM keyed WHERE layer = ? AND k = ?", ((name, k) for k in changes))
                db.insert("keyed", keyed_rows(name, {k: v for k, v in changes.items() if v is not None}))
            # The rows of removed documents that the results just saved have taken out.
            for name, docnos in purge.items():
                if docnos is None:  # every one: a pass over the layer's rows
                    connection.execute("DELETE FROM doc_rows WHERE layer = ? AND docno NOT IN (SELECT docno FROM docs)",
                                       (name,))
                else:  # those named, each looked up (the documents an update took out)
                    connection.executemany("DELETE FROM doc_rows WHERE layer = ? AND docno = ? AND NOT EXISTS"
                                           " (SELECT 1 FROM docs WHERE docno = ?)",
                                           ((name, docno, docno) for docno in sorted(docnos)))
            # The marker rows of keyed layers ("keyed:NAME") are written last, in the same transaction.
            db.insert("layers", layer_rows(layers))
    except (OSError, sqlite3.Error, CodecError) as exc:
        return f"cannot update the index cache {db.path} ({exc}); continuing without it"
    return None


# --- clearing ------------------------------------------------------------------------------


def clear(directory: Path) -> tuple[int, int]:
    """Delete the index files this program made (its name pattern and its marker inside); (removed, in use)."""
    removed = busy = 0
    if not directory.is_dir():
        return 0, 0
    for path in sorted(directory.glob(f"{PREFIX}*{SUFFIX}")) + sorted(directory.glob(f"{TEMPORARY}*{SUFFIX}")):
        if not path.name.startswith(TEMPORARY) and not _is_ours(path):
            continue
        if _remove_if_unused(path):
            removed += 1
        else:
            busy += 1
    return removed, busy


def _is_ours(path: Path) -> bool:
    """Whether a file is one of our index files: its marker row, read without trusting anything else."""
    if check_file(path) is not None:
        return False
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            row = connection.execute("SELECT v FROM meta WHERE k = 'magic'").fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False
    return row is not None and row[0] == f'"{MAGIC}"'


def retire(opened: Opened) -> None:
    """Make sure the next call does not use a file found damaged: mark it unready, else delete it when unused."""
    db, path = opened.db, opened.db.path
    if path is None or path.name.startswith(TEMPORARY):
        return
    try:
        _write(db, lambda: db.set_meta({"ready": False}))
        return
    except (sqlite3.Error, OSError):
        pass
    opened.close()
    _remove_if_unused(path)
