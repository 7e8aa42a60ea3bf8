"""Finding a corpus's article files: the one place that walks a corpus folder.

Kept apart from corpus.py so a call answered from the cache walks and stats the files
without importing the cleaning rules.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .errors import CorpusError

EXTENSIONS = (".md", ".markdown", ".txt")


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


def iter_corpus_files(root: Path) -> Iterator[Path]:
    """Yield the article files below root, sorted, without following folder symlinks.

    An explicit stack rather than os.walk: os.walk recurses once per folder level and
    fails on very deep trees.  Unreadable sub-folders are passed over (the loader reports
    files, not folders).
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in listed:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                subfolders.append(Path(entry.path))
            elif entry.name.lower().endswith(EXTENSIONS):
                yield Path(entry.path)
        stack.extend(reversed(subfolders))


def bundled_corpus_path() -> Path:
    """The folder of the five bundled articles, installed with the package."""
    return Path(__file__).resolve().parent / "corpus"
