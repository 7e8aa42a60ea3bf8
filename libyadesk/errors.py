"""Typed errors raised by the core and the exit codes the CLI turns them into.

Exit codes follow ripgrep: 0 when there are results, 1 when there are none,
2 for a usage or input error.  Only cli.py turns an error into a message and a code.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes of every libyadesk command."""

    OK = 0
    NO_RESULTS = 1
    ERROR = 2
    INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C


class LibyadeskError(Exception):
    """Base of every error a user can cause; its message is shown as one line."""

    exit_status = ExitStatus.ERROR


class CorpusError(LibyadeskError):
    """The corpus folder is missing, not a folder, or holds no readable documents."""


class UsageError(LibyadeskError):
    """An argument or option value the command cannot use."""


class NotFound(LibyadeskError):
    """The thing asked for does not exist (a document id, an actor name); `suggestions` are near names."""

    exit_status = ExitStatus.NO_RESULTS

    def __init__(self, message: str, suggestions: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = list(suggestions)
