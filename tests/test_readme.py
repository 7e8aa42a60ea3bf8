"""The README's transcripts are real: every ```console block is run against the bundled corpus
and its output compared (as sqlite-utils checks its docs with cog), so that they cannot drift.

A `$ command` line is run by bash, with `libyadesk` meaning this checkout's
`python -m libyadesk`, at COLUMNS=110, without colour, with a cache of its own; stdout and stderr
are compared with the lines under it (trailing spaces ignored). A command that names a
user's own files (`~/...`) is only shown, never run: it would read or write outside the
checkout.

After a deliberate change of output: `python tests/test_readme.py --update` rewrites the
transcripts in place; review the diff.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)
WIDTH = "110"


def runnable(command: str) -> bool:
    """Whether a README command may be run here: not one that names a user's own files."""
    return "~" not in command


def transcripts(text: str) -> list[tuple[str, str]]:
    """(command, expected output) for every runnable command of every console block."""
    found = []
    for block in BLOCK.finditer(text):
        command, output = None, []
        for line in block.group(1).splitlines() + ["$ "]:
            if line.startswith("$ "):
                if command is not None and runnable(command):
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            elif command is not None:
                output.append(line.rstrip())
    return found


def run_transcript(command: str, cache: str) -> str:
    """What a user sees for one README command: stdout and stderr, trailing spaces dropped."""
    program = f"{sys.executable} -m libyadesk"
    shell = re.sub(r"(^|\|\s*)libyadesk\b", lambda m: m.group(1) + program, command)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIBYADESK_")}
    env.update(COLUMNS=WIDTH, NO_COLOR="1", XDG_CACHE_HOME=cache, TERM="dumb")
    done = subprocess.run(["bash", "-c", shell], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=300)
    return "\n".join(line.rstrip() for line in done.stdout.rstrip("\n").splitlines())


CASES = transcripts(README.read_text(encoding="utf-8"))


def test_the_readme_has_transcripts_of_the_new_features():
    commands = " ".join(c for c, _ in CASES)
    for feature in ("--version", "--format", "brief ", "--ids", "--offset"):
        assert feature in commands, feature


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    """One cache for the module's commands: the bundled corpus is indexed once, as a user's would be."""
    return str(tmp_path_factory.mktemp("readme-cache"))


@pytest.mark.parametrize("command, expected", CASES, ids=[c for c, _ in CASES])
def test_readme_transcript(command, expected, shared_cache):
    got = run_transcript(command, shared_cache)
    assert got == expected, (f"README.md's transcript of `{command}` is out of date; if the new output is right, "
                             "run `python tests/test_readme.py --update` and review the diff")


def update() -> None:
    """Rewrite every transcript of the README with the output its command gives now."""
    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as cache:
        def block(match: re.Match) -> str:
            lines, out, command, kept = match.group(1).splitlines(), [], None, []
            for line in lines + ["$ "]:
                if line.startswith("$ "):
                    if command is not None and runnable(command):
                        out += run_transcript(command, cache).splitlines()
                    elif command is not None:
                        out += kept
                    if line != "$ ":
                        out.append(line)
                    command, kept = line[2:], []
                elif command is not None:
                    kept.append(line)
            return "```console\n" + "".join(f"{line}\n" for line in out) + "```"

        README.write_text(BLOCK.sub(block, text), encoding="utf-8")


if __name__ == "__main__" and "--update" in sys.argv:
    update()
