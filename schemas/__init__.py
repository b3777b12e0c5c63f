"""JSON Schemas for every file the toolkit writes, and one validator.

``validate(obj, "paragraph")`` checks ``obj`` against ``schemas/paragraph.schema.json`` and raises
:class:`annotate.errors.SchemaError` naming the file, line and record when it does not match.

The schema files are the source of truth. Valid data (the usual case) is checked by a validator that
``fastjsonschema`` compiles from the schema once per process (Python code specialised to the schema:
about 20 times faster than walking the data with jsonschema's generic machinery); when it finds a
problem, or for a schema using draft 2020-12 keywords it does not know, ``jsonschema`` checks the data
and its first error (by path) is the message, as before.
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


#: draft 2020-12 keywords fastjsonschema (drafts 4, 6, 7) does not implement: such schemas use jsonschema only
_NEWER_KEYWORDS = ("prefixItems", "unevaluatedItems", "unevaluatedProperties", "dependentRequired",
                   "dependentSchemas", "$dynamicRef", "$anchor", "minContains", "maxContains")


@functools.cache
def _fast(name: str) -> Any:
    """A compiled validator, or ``None`` where the schema needs a newer draft than fastjsonschema knows."""
    text = json.dumps(load(name))
    if any(f'"{key}"' in text for key in _NEWER_KEYWORDS):
        return None
    try:
        import fastjsonschema
    except ImportError:  # declared in pyproject; jsonschema alone still gives the same verdicts
        return None
    schema = {k: v for k, v in load(name).items() if k != "$schema"}  # defs and refs are draft-7 compatible
    return fastjsonschema.compile(schema)


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

    fast = _fast(name)
    if fast is not None:
        import fastjsonschema

        try:
            fast(obj)
            return
        except fastjsonschema.JsonSchemaException:
            pass  # jsonschema below gives the message (and the final verdict)
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
