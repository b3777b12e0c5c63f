"""JSON Schemas for every file the toolkit writes, and one validator.

``validate(obj, "paragraph")`` checks ``obj`` against ``schemas/paragraph.schema.json`` and raises
:class:`annotate.errors.SchemaError` naming the file, line and record when it does not match.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

__all__ = ["load", "validate", "item_validator", "names", "HERE"]


def names() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in HERE.glob("*.schema.json"))


@functools.cache
def load(name: str) -> dict[str, Any]:
    path = HERE / f"{name}.schema.json"
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema

    schema = load(name)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate(obj: Any, name: str, *, path: str | None = None, line: int | None = None,
             record: str | int | None = None) -> None:
    from annotate.errors import SchemaError

    errors = sorted(_validator(name).iter_errors(obj), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise SchemaError(
            f"does not match schema '{name}' at {where}: {err.message[:200]}",
            path=path, line=line, record=record,
            hint=f"see schemas/{name}.schema.json",
        )


@functools.cache
def _compiled_item(name: str) -> Any:
    import fastjsonschema

    schema = load(name)
    # the item schema of an array schema, with the definitions it refers to; our schemas use only
    # keywords whose meaning draft-07 shares with 2020-12 (tests/test_schemas_compiled.py checks parity)
    item = {**schema["items"], "$defs": schema.get("$defs", {}), "$schema": "http://json-schema.org/draft-07/schema#"}
    return fastjsonschema.compile(item)


def item_validator(name: str) -> Any:
    """A compiled check of one item of array schema ``name`` (one task of ``tasks``), for streams.

    Same verdicts as :func:`validate` on ``[item]``, about 25 times faster; on failure the error is
    re-derived by :func:`validate` so the message names the same place.
    """
    check = _compiled_item(name)

    def validate_item(obj: Any, *, path: str | None = None, line: int | None = None,
                      record: str | int | None = None) -> None:
        import fastjsonschema

        try:
            check(obj)
        except fastjsonschema.JsonSchemaException:
            validate([obj], name, path=path, line=line, record=record)
            raise  # pragma: no cover - the full validator always agrees
    return validate_item
