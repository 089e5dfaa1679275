"""Tolerant JSON extraction: weak and local models wrap JSON in prose or code fences, or stop mid-answer.

The planner asks for JSON only, but takes what it gets: the first JSON object found in a fenced block or in
prose, and, when the answer was cut off (max tokens), the longest prefix that closes into valid JSON. Pure
standard library, so it is cheap to test on its own.
"""
from __future__ import annotations

import json
import re

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
        try:
            return json.loads(candidate), False
        except json.JSONDecodeError:
            continue
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


def close_truncated(body: str, max_attempts: int = 400):
    """The value of the longest prefix of `body` that parses once its open brackets are closed, or None.

    Cut points are the places where a value just ended (after `}`, `]`, a closing quote, a digit or a literal)
    or a comma; an unfinished trailing key or string is dropped, never invented.
    """
    cuts = _cut_points(body)
    for cut, stack in reversed(cuts[-max_attempts:]):
        prefix = body[:cut].rstrip().rstrip(",").rstrip()
        if prefix.endswith(":"):
            continue
        closing = "".join("}" if c == "{" else "]" for c in reversed(stack))
        try:
            return json.loads(prefix + closing)
        except json.JSONDecodeError:
            continue
    return None


def _cut_points(body: str) -> list[tuple[int, list[str]]]:
    """(position, open-bracket stack) after each token that may end a value, strings respected."""
    points: list[tuple[int, list[str]]] = []
    stack: list[str] = []
    in_str = esc = False
    for i, ch in enumerate(body):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
                points.append((i + 1, list(stack)))
            continue
        if ch == '"':
            in_str = True
        elif ch in "{[":
            stack.append(ch)
            points.append((i + 1, list(stack)))
        elif ch in "}]":
            if not stack:
                break
            stack.pop()
            points.append((i + 1, list(stack)))
            if not stack:
                break
        elif ch == ",":
            points.append((i, list(stack)))
        elif ch.isalnum():
            points.append((i + 1, list(stack)))
    return points
