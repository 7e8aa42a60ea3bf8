"""Finding a corpus's article files: the one place that walks a corpus folder.

Kept apart from corpus.py so a call answered from the cache walks and stats the files
without importing the cleaning rules.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import CorpusError

EXTENSIONS = (".md", ".markdown", ".txt")
_NAME = operator.attrgetter("name")


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


def scan_corpus(root: Path) -> list[tuple[str, int, int]]:
    """(path, size, modification time in ns) of every article file below root, sorted."""
    return [(path, size, mtime) for path, size, mtime, _, _ in scan_tree(root)[0]]


def scan_tree(root: Path) -> tuple[list[tuple[str, int, int, int, int]], list[tuple[str, int]]]:
    """(path, size, mtime, ctime, inode) of every article file below root, sorted; and (path, mtime) of every folder.

    The one walk of the corpus: plain strings and one stat per file.  The ctime and inode
    catch an edit that keeps a file's size and mtime; the folders' mtimes tell a later
    call whether any file was added, removed or renamed without stat'ing the files.
    Folder symlinks are not followed.  An explicit stack rather than os.walk: os.walk
    recurses once per folder level and fails on very deep trees.  Unreadable sub-folders,
    and files that vanish or cannot be stat'ed, are passed over here; the loader reports files.
    """
    out: list[tuple[str, int, int, int, int]] = []
    folders: list[tuple[str, int]] = []
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            folders.append((folder, os.stat(folder).st_mtime_ns))
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=_NAME)
        except OSError:
            continue
        subfolders = []
        for entry in listed:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                    continue
            except OSError:
                continue
            if name.endswith(EXTENSIONS) or name.lower().endswith(EXTENSIONS):
                try:
                    st = entry.stat()
                    out.append((entry.path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
                except OSError:
                    out.append((entry.path, -1, -1, -1, -1))  # the loader will say what is wrong with it
        stack.extend(reversed(subfolders))
    return out, folders


def iter_corpus_files(root: Path) -> Iterator[Path]:
    """The article files below root, sorted, without following folder symlinks."""
    return (Path(path) for path, _, _ in scan_corpus(root))


def bundled_corpus_path() -> Path:
    """The folder of the five bundled articles, installed with the package."""
    return Path(__file__).resolve().parent / "corpus"
