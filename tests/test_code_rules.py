"""Rules of the package's code itself: a module binds each top-level name once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import libyadesk

PACKAGE = Path(libyadesk.__file__).parent


def _rebound(source: str) -> list[str]:
    """The names a module's top level binds more than once (an assignment, a function or a class)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    # A second pattern of one name replaces the first for every function that reads it, far from
    # where the first was written: both were meant, one is lost.
    offenders = [f"{path.relative_to(PACKAGE.parent)}: {', '.join(names)}"
                 for path in sorted(PACKAGE.rglob("*.py")) if (names := _rebound(path.read_text(encoding="utf-8")))]
    assert not offenders, "names bound twice:\n" + "\n".join(offenders)


def test_the_rule_sees_a_name_bound_twice() -> None:
    assert _rebound("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    assert _rebound("def f(): pass\ndef f(): pass\n") == ["f"]
    assert _rebound("A = 1\nB = 2\n") == []
