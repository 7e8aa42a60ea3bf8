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
    root_path = Path(root)
    if not root_path.exists():
        raise CorpusError(f"corpus folder {root_path} does not exist")
    if not root_path.is_dir():
        raise CorpusError(f"corpus {root_path} is not a folder")
    return root_path


def iter_corpus_files(root: Path) -> Iterator[Path]:
    """Yield the article files below root, sorted, without following directory symlinks."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(EXTENSIONS):
                continue
            yield Path(dirpath, name)


def bundled_corpus_path() -> Path:
    """The folder of the five bundled articles, installed with the package."""
    return Path(__file__).resolve().parent / "corpus"
