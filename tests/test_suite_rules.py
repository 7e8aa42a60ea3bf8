"""Rules of the test suite itself: no test compares the clock with a bound a busy machine can miss."""

from __future__ import annotations

import re
from pathlib import Path

import helpers

TESTS = Path(__file__).parent
CLOCK = re.compile(r"\btime\.(perf_counter|time|monotonic|process_time)(_ns)?\(|\bdeadline\s*=\s*(?!None\b)[\w.]+")


def test_no_test_reads_the_clock() -> None:
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(TESTS.glob("*.py"))
        if path.name != Path(__file__).name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CLOCK.search(line)
    ]
    assert not offenders, "time speed in bench/, not in tests:\n" + "\n".join(offenders)


def test_the_hang_guard_is_far_above_any_healthy_run() -> None:
    assert helpers.HANG_SECONDS >= 30


def test_the_rule_sees_a_clock_bound() -> None:
    # The sample is put together from parts so that no line of this file is itself a clock read.
    clock = "_".join(["perf", "counter"])
    assert CLOCK.search(f"assert time.{clock}() - started < 2.0")
    assert CLOCK.search("@settings(deadline=200)")
    assert not CLOCK.search("@settings(max_examples=5, deadline=None)")
