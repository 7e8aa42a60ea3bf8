"""Finding a corpus's article files: the one place that walks a corpus folder.

Kept apart from corpus.py so a call answered from the cache walks and stats the files
without importing the cleaning rules.
"""

from __future__ import annotations

import operator
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from .errors import CorpusError

# The file name endings read as articles, and the format each is read as (docs/corpus.md).
FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".txt": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".mhtml": "mhtml", ".mht": "mhtml",
    ".pdf": "pdf",
}
EXTENSIONS = tuple(FORMATS)
# Files of the corpus folder that configure it rather than hold articles: not "skipped".
CONFIG_FILES = frozenset({"actors.toml", "variants.toml"})
# The folder a browser's "Web page, complete" writes beside NAME.html: images, scripts, frames.
ASSETS_SUFFIX = "_files"
ASSETS = "saved-page asset folder"
_NAME = operator.attrgetter("name")


def format_of(path: str | os.PathLike[str]) -> str:
    """The format a corpus file is read as, from its name ("text" for an unknown ending).

    >>> format_of("a/b/Report.PDF"), format_of("page.htm"), format_of("notes.md")
    ('pdf', 'html', 'markdown')
    """
    return FORMATS.get(os.path.splitext(str(path))[1].lower(), "text")


def _ending(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    return suffix if 1 < len(suffix) <= 12 else "(no extension)"


def _links_to_folder(entry: os.DirEntry) -> bool:
    """A symlink to a folder: not followed, and not a file that was skipped either."""
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False


def describe_skipped(skipped: Counter[str]) -> str | None:
    """One line naming the files a walk passed over, by ending, or None when there were none.

    >>> describe_skipped(Counter({".rtf": 2, ".docx": 1}))
    'skipped 3 files: 2 .rtf, 1 .docx'
    """
    folders = skipped.get(ASSETS, 0)
    files = {key: n for key, n in skipped.items() if key != ASSETS}
    total = sum(files.values())
    parts = []
    if total:
        kinds = ", ".join(f"{n} {key}" for key, n in sorted(files.items(), key=lambda kv: (-kv[1], kv[0])))
        parts.append(f"skipped {total} file{'s' if total != 1 else ''}: {kinds}")
    if folders:
        parts.append(f"{'skipped ' if not total else ''}{folders} {ASSETS}{'s' if folders != 1 else ''}")
    return "; ".join(parts) or None


def check_root(root: str | os.PathLike[str]) -> Path:
    """The corpus folder as a Path; raise CorpusError if it is missing or not a folder."""
    if not str(root).strip():
        raise CorpusError("the corpus folder name is empty")
    root_path = Path(root)
    if not root_path.exists():
        raise CorpusError(f"corpus folder {root_path} does not exist")
    if not root_path.is_dir():
        raise CorpusError(f"corpus {root_path} is not a folder")
    return root_path


def scan_corpus(root: Path, skipped: Counter[str] | None = None) -> list[tuple[str, int, int]]:
    """(path, size, modification time in ns) of every article file below root, sorted (see scan_tree)."""
    return [(path, size, mtime) for path, size, mtime, _, _ in scan_tree(root, skipped)[0]]


def scan_tree(root: Path, skipped: Counter[str] | None = None
              ) -> tuple[list[tuple[str, int, int, int, int]], list[tuple[str, int, Counter[str]]]]:
    """(path, size, mtime, ctime, inode) of every article file below root, sorted; and (path, mtime, what it skipped) of every folder.

    Files of other kinds are counted by ending in `skipped` when it is given (hidden
    files and the folder's actors.toml and variants.toml are not articles and not counted),
    and a saved page's NAME_files folder is counted as one folder, its assets unread.

    The one walk of the corpus: plain strings and one stat per file (scan_folder, one
    folder at a time).  The ctime and inode catch an edit that keeps a file's size and
    mtime; the folders' mtimes tell a later call whether any file was added, removed or
    renamed without stat'ing the files.  Folder symlinks are not followed.  An explicit
    stack rather than os.walk: os.walk recurses once per folder level and fails on very
    deep trees.  Unreadable sub-folders, and files that vanish or cannot be stat'ed, are
    passed over here; the loader reports files.  Files come in corpus order (order_key).
    """
    out: list[tuple[str, int, int, int, int]] = []
    folders: list[tuple[str, int, Counter[str]]] = []
    for folder, mtime, files, own in walk(root, skipped):
        folders.append((folder, mtime, own))
        out += files
    return out, folders


def walk(top: str | os.PathLike[str], skipped: Counter[str] | None = None
         ) -> Iterator[tuple[str, int, list[tuple[str, int, int, int, int]], Counter[str]]]:
    """(folder, its mtime, its article files, what it skipped) for `top` and every folder below it, in corpus order.

    `skipped` (if given) adds up every folder's own count.
    """
    stack = [str(top)]
    while stack:
        folder = stack.pop()
        found = scan_folder(folder)
        if found is None:
            continue
        mtime, files, subfolders, own = found
        if skipped is not None:
            skipped.update(own)
        yield folder, mtime, files, own
        stack.extend(reversed(subfolders))


def scan_folder(folder: str) -> tuple[int, list[tuple[str, int, int, int, int]], list[str], Counter[str]] | None:
    """One folder, not below it: (its mtime, its article files sorted, its sub-folders sorted, what it skipped by ending).

    None when the folder cannot be read.  What scan_tree does for each folder.
    """
    found = list_folder(folder)
    if found is None:
        return None
    mtime, names, subfolders, skipped = found
    return mtime, [stat_file(path) for path, _ in names], subfolders, skipped


def stat_file(path: str) -> tuple[str, int, int, int, int]:
    """(path, size, mtime, ctime, inode) of an article file; -1s when it cannot be stat'ed (the loader says why)."""
    try:
        st = os.stat(path)
        return path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino
    except OSError:
        return path, -1, -1, -1, -1


def list_folder(folder: str, ordered: bool = True) -> tuple[int, list[tuple[str, int]], list[str], Counter[str]] | None:
    """One folder, its files not stat'ed: (its mtime, (path, inode as listed) of its article files, its sub-folders, what it skipped).

    Sorted by name unless `ordered` is False (an update compares sets: sorting 40,000
    entries of a flat folder is most of listing it); None when the folder cannot be read.  The inode comes with the listing
    (no stat), so an update can stat only the files whose name or inode is new: a file
    saved by renaming a new one over it has a new inode.
    """
    skipped: Counter[str] = Counter()
    try:
        mtime = os.stat(folder).st_mtime_ns
        with os.scandir(folder) as entries:
            listed = sorted(entries, key=_NAME) if ordered else list(entries)
    except OSError:
        return None
    out: list[tuple[str, int]] = []
    subfolders = []
    pages: set[str] | None = None
    for entry in listed:
        name = entry.name
        if name[0] == ".":
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if name.endswith(ASSETS_SUFFIX):
                    if pages is None:  # the page names of this folder, once, only when needed
                        pages = {os.path.splitext(e.name)[0] for e in listed
                                 if e.name.lower().endswith((".html", ".htm", ".xhtml"))}
                    if name[: -len(ASSETS_SUFFIX)] in pages:
                        skipped[ASSETS] += 1
                        continue
                subfolders.append(entry.path)
                continue
        except OSError:
            continue
        if name.endswith(EXTENSIONS) or name.lower().endswith(EXTENSIONS):
            out.append((entry.path, entry.inode()))
        elif name not in CONFIG_FILES and not _links_to_folder(entry):
            skipped[_ending(name)] += 1
    return mtime, out, subfolders, skipped


def order_key(root: str | os.PathLike[str], path: str | os.PathLike[str]) -> bytes:
    """A file's place in corpus order, from its path alone: sorting by it gives scan_tree's order.

    A folder's files come before its sub-folders, each sorted by name, so each part of the
    relative path is marked as a file (1) or a folder (2) and ends with a zero byte that
    sorts before any character; UTF-8 (surrogates passed through) sorts as code points do.
    Nothing else need move when a file is added or removed: the key needs no renumbering.

    >>> keys = [order_key("/n", p) for p in ("/n/b.md", "/n/ab/z.md", "/n/a/y.md", "/n/a.md", "/n/a/b/x.md")]
    >>> [p for _, p in sorted(zip(keys, ("b", "ab/z", "a/y", "a", "a/b/x")))]
    ['a', 'b', 'a/y', 'a/b/x', 'ab/z']
    """
    top, name = os.fspath(root).rstrip(os.sep) + os.sep, os.fspath(path)
    # The walk names files by joining onto the root as given: a slice, not relpath (100,000 calls in a build).
    parts = (name[len(top):] if name.startswith(top) else os.path.relpath(name, top)).split(os.sep)
    key = bytearray()
    for part in parts[:-1]:
        key += b"\x02" + part.encode("utf-8", "surrogatepass") + b"\x00"
    return bytes(key + b"\x01" + parts[-1].encode("utf-8", "surrogatepass"))


def iter_corpus_files(root: Path) -> Iterator[Path]:
    """The article files below root, sorted, without following folder symlinks."""
    return (Path(path) for path, _, _ in scan_corpus(root))


def bundled_corpus_path() -> Path:
    """The folder of the five bundled articles, installed with the package."""
    return Path(__file__).resolve().parent / "corpus"
