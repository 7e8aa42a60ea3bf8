"""The man page, generated from the command-line app itself, so that it cannot drift from --help.

    python -m libyadesk.manpage > docs/libyadesk.1      # then: man ./docs/libyadesk.1

As ripgrep does, the flags are declared once (the Typer app) and the man page is made from
them; tests/test_output_formats.py checks that docs/libyadesk.1 is what this prints.
"""

from __future__ import annotations

import re

from . import __version__


def _escape(text: str) -> str:
    """Text as troff reads it: backslashes doubled, no line starting with a dot or quote."""
    text = text.replace("\\", "\\\\").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line[:1] in ".'" else line for line in text.splitlines())


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def render_manpage() -> str:
    """The man page of libyadesk (troff, section 1), from the Typer app's commands, arguments and options."""
    import typer

    from .cli import app

    root = typer.main.get_command(app)
    context = root.make_context("libyadesk", [], resilient_parsing=True)
    out = [
        f'.TH LIBYADESK 1 "" "libyadesk {__version__}" "User Commands"',
        ".SH NAME",
        "libyadesk \\- " + _escape(root.help or ""),
        ".SH SYNOPSIS",
        ".B libyadesk",
        "[\\fB\\-\\-version\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]...",
        ".SH DESCRIPTION",
        "Exit status: 0 results, 1 no results, 2 usage or input error, 130 interrupted.",
        "Output formats, paging and the JSON contract are described in the README and docs/json.md.",
        ".SH COMMANDS",
    ]

    def commands(group, prefix: str):
        for name in group.list_commands(context):
            command = group.get_command(context, name)
            if hasattr(command, "list_commands"):
                yield from commands(command, f"{prefix}{name} ")
            else:
                yield f"{prefix}{name}", command

    for name, command in commands(root, ""):
        if command.hidden:
            continue
        usage = " ".join(p.make_metavar(context) if hasattr(p, "make_metavar") else p.name
                         for p in command.params if p.param_type_name == "argument")
        out += [".SS", f"\\fBlibyadesk {_escape(name)}\\fR {_escape(usage)}".rstrip()]
        for paragraph in _paragraphs(command.help or ""):
            out += [".PP", _escape(paragraph)]
        for param in command.params:
            if param.param_type_name == "argument" or getattr(param, "hidden", False):
                continue
            flags = ", ".join(f"\\fB{_escape(opt)}\\fR" for opt in [*param.opts, *param.secondary_opts])
            out += [".TP", flags, _escape(" ".join((param.help or "").split()))]
    out += [".SH SEE ALSO", "The README of the libyadesk repository; docs/json.md for the JSON output.", ""]
    return "\n".join(out)


if __name__ == "__main__":
    import sys

    sys.stdout.write(render_manpage())
