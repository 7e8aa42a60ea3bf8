"""The index cache: one file per corpus in the user's cache folder, never in the corpus.

A cached index is the pickled CorpusIndex with every layer built so far (vocabulary,
variant index, actors, events) and the load warnings, keyed by a fingerprint of the
corpus: the tool's version, the corpus folder, and the path, size and modification
time of every article file and actor file.  Any change to a file changes the key and
the index is rebuilt whole (documents depend on each other through actor discovery,
so a partial rebuild would need per-layer invalidation; a rebuild of the bundled
corpus takes well under a second).

Writes go to a temporary file in the cache folder and are moved into place with
os.replace, so two calls at once never leave a torn file: the last writer wins.  A
cache file that cannot be read, or was written by another version or program, is
reported once and rebuilt.  Pickle runs code on load, so the cache folder must be the
user's own (as every XDG cache folder is); nothing is ever read from a corpus folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .models import Warning_

FORMAT = 1
MAGIC = "libyadesk-index"


def cache_dir(environ: dict[str, str] | None = None) -> Path:
    """Where cached indexes live: $LIBYADESK_CACHE_DIR, else $XDG_CACHE_HOME/libyadesk, else ~/.cache/libyadesk."""
    env = os.environ if environ is None else environ
    if env.get("LIBYADESK_CACHE_DIR"):
        return Path(env["LIBYADESK_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "libyadesk"


def fingerprint(root: Path, files: Iterable[Path], extra: Iterable[Path] = ()) -> str:
    """A key that changes whenever an article or actor file, or the tool's version, changes."""
    digest = hashlib.sha256(f"{MAGIC}/{FORMAT}/{__version__}/{root.resolve()}".encode())
    for path in [*files, *extra]:
        try:
            st = path.stat()
            digest.update(f"\0{path}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8", "surrogateescape"))
        except OSError:
            digest.update(f"\0{path}\0missing".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:32]


@dataclass
class Cached:
    """What a cache file holds."""

    magic: str
    format: int
    version: str
    key: str
    index: object
    warnings: list[Warning_] = field(default_factory=list)


def load(directory: Path, key: str) -> tuple[Cached | None, str | None]:
    """The cached index for a key, or None with the reason it could not be used (None if simply absent)."""
    path = directory / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            cached = pickle.load(handle)
    except FileNotFoundError:
        return None, None
    except Exception as exc:  # a torn, truncated or foreign file: any unpickling error
        return None, f"cache file {path} is unreadable ({type(exc).__name__}); rebuilding it"
    if not (isinstance(cached, Cached) and cached.magic == MAGIC and cached.format == FORMAT
            and cached.version == __version__ and cached.key == key):
        return None, f"cache file {path} was written by another version; rebuilding it"
    return cached, None


def save(directory: Path, cached: Cached) -> str | None:
    """Write a cache file atomically; return a warning instead of raising when it cannot be written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pickle", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(cached, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, directory / f"{cached.key}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        return f"cannot write the index cache in {directory} ({exc.strerror or exc}); continuing without it"
    return None


def clear(directory: Path) -> int:
    """Delete every cached index; return how many files were removed."""
    removed = 0
    if directory.is_dir():
        for path in directory.glob("*.pickle"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
