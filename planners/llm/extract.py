"""Tolerant JSON extraction: weak and local models wrap JSON in prose or code fences, or stop mid-answer.

The planner asks for JSON only, but takes what it gets: the first JSON object found in a fenced block or in
prose, and, when the answer was cut off (max tokens), the longest prefix that closes into valid JSON. Pure
standard library, so it is cheap to test on its own.

Every pass is linear in the answer and nothing recurses: candidates are checked for depth and number size
(`director.limits`) before `json.loads` (whose C scanner recurses per bracket), and a truncated answer is
salvaged by one forward pass of a small iterative parser, not by re-parsing prefixes. NaN and Infinity are
not JSON and are refused.
"""
from __future__ import annotations

import json
import math
import re

from director.limits import MAX_JSON_DEPTH, MAX_NUMBER_CHARS, json_shape_problem

_FENCE = re.compile(r"```(?:json|JSON|javascript|js)?\s*\n?(.*?)(?:```|\Z)", re.S)


class NoJSON(ValueError):
    """The answer holds nothing that reads as a JSON object, even after repair."""


def extract_json(text: str) -> tuple[object, bool]:
    """Return `(value, repaired)`: the first JSON object in `text`; `repaired` is True when it had to be closed.

    Order of attempts: the whole text; each fenced block; each balanced `{...}` span in the prose; then the
    longest closable prefix starting at the first `{` (a truncated answer).
    """
    text = text.strip().lstrip("\ufeff")
    for candidate in _candidates(text):
        value = strict_loads(candidate)
        if value is not _INVALID:
            return value, False
    start = text.find("{")
    if start < 0:
        raise NoJSON("no JSON object in the answer")
    body = text[start:]
    fence_end = body.find("```")
    if fence_end >= 0:
        body = body[:fence_end]
    value = close_truncated(body)
    if not value:   # None, or an empty object: nothing was salvaged
        raise NoJSON("the JSON in the answer is malformed and could not be repaired")
    return value, True


_INVALID = object()


def strict_loads(text: str):
    """`json.loads` for untrusted text, or `_INVALID`: bounded depth and number size, no NaN/Infinity."""
    if not text or json_shape_problem(text) is not None:
        return _INVALID
    try:
        return json.loads(text, parse_constant=_refuse, parse_float=_finite)
    except (ValueError, RecursionError):
        return _INVALID


def _refuse(token: str):
    raise ValueError(f"{token} is not JSON")


def _finite(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise ValueError(f"{token} is not a finite number")
    return value


def _candidates(text: str):
    yield text
    for m in _FENCE.finditer(text):
        yield m.group(1).strip()
    for span in _balanced_objects(text):
        yield span


def _balanced_objects(text: str):
    """Every top-level `{...}` span whose braces balance (strings respected), in order of appearance."""
    depth, start, in_str, esc = 0, -1, False, False
    for i, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"' and depth > 0:
            in_str = True
        elif ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                yield text[start:i + 1]


_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"')
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_LITERALS = (("true", True), ("false", False), ("null", None))


class _Stop(Exception):
    """The text stops being JSON here (or ends): keep what was complete before it."""


def close_truncated(body: str):
    """The value of the longest prefix of `body` (which opens with `{` or `[`) that parses once its open
    brackets are closed, or None.

    One forward pass of an iterative parser: containers are attached to their parent as they open, so when
    the text ends or stops being JSON, everything complete so far is already in place; an unfinished key,
    string or literal is dropped, never invented; a number keeps its longest valid prefix. Deeper than
    `MAX_JSON_DEPTH`, it stops as at any other error.
    """
    pos = _WS.match(body).end()
    if pos >= len(body) or body[pos] not in "{[":
        return None
    root = {} if body[pos] == "{" else []
    # A frame: [container, state, pending key]. Object states: "key?" (a key or "}"), "key", ":", "value",
    # "," (a comma or "}"). Array states: "value?" (a value or "]"), "value", ",".
    stack = [[root, "key?" if isinstance(root, dict) else "value?", None]]
    pos += 1
    try:
        while stack:
            pos = _WS.match(body, pos).end()
            if pos >= len(body):
                break
            frame = stack[-1]
            container, state, ch = frame[0], frame[1], body[pos]
            if state in ("key?", "key"):
                if ch == "}" and state == "key?":
                    pos = _close(stack, pos)
                    continue
                m = _STRING.match(body, pos) if ch == '"' else None
                if m is None:
                    raise _Stop
                frame[1], frame[2], pos = ":", json.loads(m.group(0)), m.end()
            elif state == ":":
                if ch != ":":
                    raise _Stop
                frame[1], pos = "value", pos + 1
            elif state == ",":
                closer = "}" if isinstance(container, dict) else "]"
                if ch == closer:
                    pos = _close(stack, pos)
                elif ch == ",":
                    frame[1], pos = ("key" if isinstance(container, dict) else "value"), pos + 1
                else:
                    raise _Stop
            else:   # "value?" or "value"
                if ch == "]" and state == "value?":
                    pos = _close(stack, pos)
                    continue
                pos = _value(body, pos, stack)
    except _Stop:
        pass
    return root


def _close(stack: list, pos: int) -> int:
    stack.pop()
    if stack:
        stack[-1][1] = ","
    return pos + 1


def _put(frame: list, value) -> None:
    if isinstance(frame[0], dict):
        frame[0][frame[2]] = value
        frame[2] = None
    else:
        frame[0].append(value)
    frame[1] = ","


def _value(body: str, pos: int, stack: list) -> int:
    """Read one value at `pos` into the top frame; containers are pushed (already attached). Returns the
    position after what was read; raises `_Stop` where no value starts."""
    frame, ch = stack[-1], body[pos]
    if ch in "{[":
        if len(stack) >= MAX_JSON_DEPTH:
            raise _Stop
        child = {} if ch == "{" else []
        _put(frame, child)
        stack.append([child, "key?" if ch == "{" else "value?", None])
        return pos + 1
    if ch == '"':
        m = _STRING.match(body, pos)
        if m is None:
            raise _Stop
        _put(frame, json.loads(m.group(0)))
        return m.end()
    m = _NUMBER.match(body, pos)
    if m is not None:
        token = m.group(0)
        if len(token) > MAX_NUMBER_CHARS:
            raise _Stop
        value = float(token) if any(c in token for c in ".eE") else int(token)
        if isinstance(value, float) and not math.isfinite(value):
            raise _Stop
        _put(frame, value)
        return m.end()
    for word, value in _LITERALS:
        if body.startswith(word, pos):
            _put(frame, value)
            return pos + len(word)
    raise _Stop
