"""Shared fixtures: an isolated environment, the bundled corpus index, and corpus builders."""

from __future__ import annotations

from pathlib import Path

import pytest

from libyadesk.corpus import bundled_corpus_path, load_corpus
from libyadesk.index import build_index


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch, tmp_path_factory):
    """No LIBYADESK_* variable or user cache leaks into a test; output is plain and wide."""
    import os

    for name in list(os.environ):
        if name.startswith("LIBYADESK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture(scope="session")
def bundled_index():
    """The index of the five bundled articles, built once."""
    return build_index(load_corpus(bundled_corpus_path()).documents)


@pytest.fixture
def make_corpus(tmp_path):
    """Write {relative path: text or bytes} into a fresh folder and return it."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


# Hypothesis's deadline and its too_slow health check compare the clock with a bound: on a
# busy machine they fail healthy code.  Properties are checked for what they say, not speed.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("libyadesk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("libyadesk")
