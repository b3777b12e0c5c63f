"""The toolkit's one exception hierarchy.

    ToolkitError                 base: the CLI prints ``str(err)`` on one line and exits ``err.exit_code``
    ├── UsageError               the command line itself is wrong (exit code 2)
    ├── InputError               a file or record the user gave is bad (path, line, record id)
    │   ├── EncodingError        a file decodes in none of the supported encodings
    │   ├── SchemaError          a record does not match its JSON Schema
    │   └── DuplicateIdError     two records share an id (never skipped by --on-error skip)
    ├── OutputError              an output cannot be written (disk full, a folder in the way, not ours to replace)
    ├── ModelError               a checkpoint is missing files or has labels we cannot map
    └── LabelStudioError         the server is down, refused the token, or lacks the project

Any other exception escaping a command is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = [
    "ToolkitError",
    "UsageError",
    "InputError",
    "EncodingError",
    "SchemaError",
    "DuplicateIdError",
    "OutputError",
    "ModelError",
    "LabelStudioError",
]


class ToolkitError(Exception):
    """Base class. ``str()`` gives ``path:line: [record id] message — hint``."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        record: str | int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.record = record
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        rec = f"record {self.record}: " if self.record is not None else ""
        hint = f" — {self.hint}" if self.hint else ""
        return f"{where}{rec}{self.message}{hint}"


class UsageError(ToolkitError):
    exit_code = 2


class InputError(ToolkitError):
    pass


class EncodingError(InputError):
    pass


class SchemaError(InputError):
    pass


class DuplicateIdError(InputError):
    pass


class OutputError(ToolkitError):
    pass


class ModelError(ToolkitError):
    pass


class LabelStudioError(ToolkitError):
    status: int | None = None  # the HTTP status when the server answered with an error
