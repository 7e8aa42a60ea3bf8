"""Helpers shared by the test modules (import as `from helpers import ...`)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

DATA = Path(__file__).parent / "data"
RAW_SEEDS = DATA / "raw"


def folder_digest(root: Path) -> str:
    """A checksum of every file's path, bytes and mtime below a folder."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(os.fsencode(path.relative_to(root)))
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
            digest.update(str(path.stat().st_mtime_ns).encode())
    return digest.hexdigest()


def bench_script(name: str):
    """Import a script of bench/ (e.g. "eval_search") as a module, to call its evaluate()."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
