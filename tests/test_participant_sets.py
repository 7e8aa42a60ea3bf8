"""The hand-annotated participant sets (tests/data/participants) are well formed, so the scorer
bench/eval_participants.py measures what they say.  Texts written for libyadesk."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

SETS = sorted((Path(__file__).parent / "data" / "participants").glob("*.toml"))


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_fragment_is_in_its_text_once(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    ids = [d["id"] for d in data["doc"]]
    assert len(ids) == len(set(ids))
    for d in data["doc"]:
        assert d["items"], d["id"]
        for item in d["items"]:
            assert d["text"].count(item["fragment"]) == 1, (d["id"], item["fragment"])
            assert all(isinstance(a, str) and a.strip() for a in item["actors"])


def test_the_sets_exist():
    assert {p.stem for p in SETS} >= {"heldout", "tuning"}
