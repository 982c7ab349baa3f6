"""Errors the user caused and can fix: the CLI prints them in Dutch and exits with 2."""


class UserError(Exception):
    """A problem with the command's input (a path, an option); `str()` is the Dutch message."""
