"""Errors the user caused and can fix: the CLI prints them in Dutch and exits with 2; and
notices, for what impl did on its own that the user should know."""

import sys


class UserError(Exception):
    """A problem with the command's input (a path, an option); `str()` is the Dutch message."""


def notice(message: str) -> None:
    """`let op: MESSAGE` on stderr, beside a document that was made all the same."""
    print(f"let op: {message}", file=sys.stderr)
