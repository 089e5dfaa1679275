"""Errors a user can act on. The CLI prints them as one clear message, never a traceback."""
from __future__ import annotations


class DirectorError(Exception):
    """Base class: anything the user caused or can fix (bad input, missing extra, unknown backend)."""


class InputError(DirectorError):
    """Bad input, located: `file:line: problem`."""

    def __init__(self, problem: str, file: str | None = None, line: int | None = None):
        self.problem, self.file, self.line = problem, file, line
        where = file or "<input>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {problem}")


class MissingExtra(DirectorError):
    """An optional dependency group is not installed."""

    def __init__(self, extra: str, module: str, feature: str):
        super().__init__(
            f"{feature} needs the '{extra}' extra (missing module '{module}'): pip install 'director[{extra}]'"
        )


def require(module: str, extra: str, feature: str):
    """Import an optional heavy dependency, or raise `MissingExtra` naming the extra that provides it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(extra, module, feature) from exc
