"""Reading plan.json: bad JSON or a field of the wrong shape is one InputError naming the file and line; a plan
that parses but fails validation is refused with its problems, before anything is rendered or written."""
from __future__ import annotations

import json
import os
from pathlib import Path

from . import limits
from .errors import InputError
from .models import FilmPlan


def load_plan(path: str | os.PathLike) -> FilmPlan:
    """Read plan.json; bad JSON or a field of the wrong shape is an InputError naming the file and line."""
    from pydantic import ValidationError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such plan file", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the plan: {exc}", file=str(path)) from None
    try:
        data = limits.loads(text, str(path))   # strict: no NaN, bounded depth and number size, one-line errors
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    try:
        return FilmPlan.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        line = line_of(text, err["loc"])
        raise InputError(f"{where}: {err['msg']} ({exc.error_count()} problem(s) in the plan)",
                         file=str(path), line=line) from None


def line_of(text: str, loc: tuple) -> int | None:
    """1-based line where the JSON value at path `loc` (keys and list indices, as pydantic reports it) starts;
    the deepest part of the path that exists when the rest does not (a missing field: its object's line)."""
    decoder = json.JSONDecoder()

    def skip_ws(i: int) -> int:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        return i

    def find(i: int, path: tuple) -> int:
        i = skip_ws(i)
        if not path or i >= len(text):
            return i
        head, rest = path[0], path[1:]
        if text[i] == "{" and isinstance(head, str):
            j = skip_ws(i + 1)
            while j < len(text) and text[j] == '"':
                key, j = decoder.raw_decode(text, j)
                j = skip_ws(skip_ws(j) + 1)             # past the colon
                if key == head:
                    return find(j, rest)
                _, j = decoder.raw_decode(text, j)
                j = skip_ws(j)
                j = skip_ws(j + 1) if j < len(text) and text[j] == "," else j
        elif text[i] == "[" and isinstance(head, int):
            j, index = skip_ws(i + 1), 0
            while j < len(text) and text[j] != "]":
                if index == head:
                    return find(j, rest)
                _, j = decoder.raw_decode(text, j)
                j = skip_ws(j)
                j = skip_ws(j + 1) if j < len(text) and text[j] == "," else j
                index += 1
        return i

    try:
        return text.count("\n", 0, find(0, tuple(loc))) + 1
    except (ValueError, IndexError):
        return None


def check_plan(plan: FilmPlan, source: str, ignore: tuple[str, ...] = ()) -> None:
    """Refuse a plan with problems (those whose code is in `ignore` aside: the voices re-time lines)."""
    from .layout import validate

    problems = [p for p in validate(plan) if p.code not in ignore]
    if problems:
        shown = "; ".join(str(p) for p in problems[:5])
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise InputError(f"the plan fails validation ({len(problems)} problem{'s' * (len(problems) > 1)}), "
                         f"nothing rendered: {shown}{more}", file=source)
    if not plan.shots:
        raise InputError("the plan has no shots, nothing to render", file=source)
