"""What Director accepts, in one place: every size, count and range that input may reach.

Each limit is here so that bad input costs bounded time and memory and ends in one line naming the file, the
line and the problem, instead of a hang, a traceback or a film made of failure slates. The parsers, the plan
validator (`director.layout.validate`), the plan reader and the LLM client enforce them with one line each; the
README's "Limits" table lists them. They are far above anything a real script or plan needs.

Ids of shots and entities name files (`shots/<id>.mp4`, store keys, references), so they are one safe pattern:
lower-case ASCII letters, digits, `_` and `-`, starting with a letter or digit, at most 64 characters.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from itertools import accumulate
from typing import Any

from .errors import InputError

# --- scripts ----------------------------------------------------------------------------------------------------
MAX_SCRIPT_BYTES = 16 * 2**20     # a feature screenplay is 0.2-0.5 MB as Fountain, a few MB as .fdx
MAX_LINE_CHARS = 10_000           # one line (Fountain, prose) or one paragraph's text (.fdx)
MAX_SCENES = 5_000

# --- plans ------------------------------------------------------------------------------------------------------
MAX_PLAN_BYTES = 256 * 2**20
MAX_JSON_DEPTH = 64               # a plan is about 8 deep; entity attributes may nest a little more
MAX_NUMBER_CHARS = 64             # digits of one JSON number (a float's repr needs at most 24)
MAX_SHOTS = 10_000
MAX_ENTITIES = 5_000
MIN_KEYFRAMES, MAX_KEYFRAMES = 6, 9   # per shot (LVD / VideoDirectorGPT use 6-9)
MAX_OBJECTS = 64                  # placed objects per keyframe
MAX_EDGES = 1_000                 # scene-graph edges per shot
MAX_DIALOGUE = 500                # dialogue lines per shot
MAX_TEXT_CHARS = 20_000           # any one string of a plan (descriptions, prompts, dialogue, names)
MIN_FRAME_SIDE, MAX_FRAME_SIDE = 32, 7680   # pixels, each side (8K UHD is 7680x4320)
MAX_FRAME_PIXELS = 7680 * 4320
MIN_FPS, MAX_FPS = 1, 120
MAX_SHOT_SECONDS = 600.0          # ten minutes: longer than any real take
MAX_FILM_SECONDS = 6 * 3600.0
MAX_TRANSITION_SECONDS = 10.0
MAX_SEED = 2**32 - 1              # seeds are 0 .. 2^32-1: every RNG (numpy, torch, Python) takes them as they are

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
MAX_ID_CHARS = 64
SLUG_CHARS = 48                   # ids made from names; planners may add up to 16 characters of suffix
_ID = re.compile(ID_PATTERN)

# --- the LLM planner's server -----------------------------------------------------------------------------------
MAX_ANSWER_BYTES = 8 * 2**20      # one HTTP answer; a shot layout is a few KB, a long shot list ~100 KB


def is_safe_id(value: object) -> bool:
    """True when `value` may name a file: `ID_PATTERN`, exactly (no path parts, no dots, no case twins)."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def safe_id(name: str, fallback: str = "entity") -> str:
    """An id matching `ID_PATTERN` made from `name` in any script: transliterated to lower-case ASCII words
    joined by `_` ('José' → 'jose', 'Дмитрий' → 'dmitriy', '田中' → 'tianzhong', 'ジョン' → 'jiyon';
    anyascii's tables, deterministic). A name that leaves nothing (punctuation) or runs past `SLUG_CHARS` gets a
    digest of the whole name, so two long names that share their start stay two ids. At most `SLUG_CHARS`, which
    leaves room for the suffixes planners add to tell instances apart (`_2`, `_vehicle`)."""
    from anyascii import anyascii

    s = re.sub(r"[^a-z0-9]+", "_", anyascii(name).lower()).strip("_")
    if s and len(s) <= SLUG_CHARS:
        return s
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    head = s[:SLUG_CHARS - 9].rstrip("_") or re.sub(r"[^a-z0-9]+", "_", fallback.lower()).strip("_")[:SLUG_CHARS - 9]
    return f"{head or 'id'}_{digest}"


def at_most(value: float, limit: float, what: str, file: str | None = None, line: int | None = None) -> None:
    """Raise a located `InputError` when `value` exceeds `limit`: '<what> is <value>; the limit is <limit>'."""
    if value > limit:
        raise InputError(f"{what} is {_n(value)}; the limit is {_n(limit)}", file, line)


def check_lines(text: str, file: str | None = None) -> None:
    """Refuse a script with a line over `MAX_LINE_CHARS` (one pass; the error names the line)."""
    if len(text) <= MAX_LINE_CHARS:
        return
    lengths = [len(s) for s in text.split("\n")]
    longest = max(lengths)
    if longest > MAX_LINE_CHARS:
        at_most(longest, MAX_LINE_CHARS, "this line's length in characters", file, lengths.index(longest) + 1)


# --- strict JSON ------------------------------------------------------------------------------------------------
_STRING = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\Z)', re.S)   # an unclosed string runs to the end: still linear
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_LONG_NUMBER = re.compile(r"[-+.0-9eE]{%d,}" % (MAX_NUMBER_CHARS + 1))
_BIG_EXPONENT = re.compile(r"[0-9.][eE]\+?0*[1-9][0-9]{2}")
_DEPTH = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_shape_problem(text: str) -> tuple[str, int] | None:
    """(problem, character offset) when `text` nests deeper than `MAX_JSON_DEPTH` or holds a number longer
    than `MAX_NUMBER_CHARS`, else None. Linear, with no recursion: it runs before `json.loads` (whose C scanner
    recurses per bracket, and whose int() refuses 4,300+ digits with a bare ValueError)."""
    outside = _STRING.sub('""', text)        # brackets and digits inside strings are text
    m = _LONG_NUMBER.search(outside)
    if m:
        return (f"a number of {len(m.group(0))}+ characters; the limit is {MAX_NUMBER_CHARS}",
                _offset_in(text, outside, m.start()))
    brackets = _NOT_BRACKET.sub("", outside)
    depth = max(accumulate(map(_DEPTH.__getitem__, brackets)), default=0)
    if depth > MAX_JSON_DEPTH:
        return f"JSON nested {depth} deep; the limit is {MAX_JSON_DEPTH}", _deep_offset(text)
    return None


def loads(text: str, file: str | None = None) -> Any:
    """Strict JSON for plans: no NaN or Infinity, no number that overflows a float, bounded depth and number
    size. Every failure is one `InputError` naming `file` and the line."""
    at_most(len(text), MAX_PLAN_BYTES, "the plan's size in characters", file)
    shape = json_shape_problem(text)
    if shape is not None:
        raise InputError(f"not a usable plan: {shape[0]}", file, text.count("\n", 0, shape[1]) + 1)
    # Only an exponent of 100 or more can overflow a float of at most 64 characters: check floats one by one
    # (a Python call each) only then.
    hook = {"parse_float": _finite_float} if _BIG_EXPONENT.search(text) else {}
    try:
        return json.loads(text, parse_constant=_no_constant, **hook)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", file, exc.lineno) from None
    except _NonFinite as exc:
        raise InputError(f"not a usable plan: the number {exc.args[0]} is not finite; use a finite number",
                         file, _line_of_token(text, exc.args[0])) from None
    except (ValueError, RecursionError) as exc:   # belt and braces: the shape check should have caught these
        raise InputError(f"not a usable plan: {exc}", file) from None


class _NonFinite(ValueError):
    pass


def _no_constant(token: str):
    raise _NonFinite(token)


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise _NonFinite(token)
    return value


def _line_of_token(text: str, token: str) -> int | None:
    m = re.search(r"(?<![\w.\"])" + re.escape(token) + r"(?![\w.])", text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _offset_in(text: str, outside: str, offset: int) -> int:
    """Map an offset in the string-free text back to `text` (strings collapsed to '""')."""
    shift = 0
    for m in _STRING.finditer(text):
        if m.start() - shift >= offset:
            break
        shift += len(m.group(0)) - 2
    return offset + shift


def _deep_offset(text: str) -> int:
    """Where the text first goes deeper than the limit (for the error's line number)."""
    depth, pos = 0, 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*(?:"|\Z)|[\[\]{}]', text, re.S):
        ch = m.group(0)
        if ch in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return m.start()
        elif ch in "]}":
            depth -= 1
        pos = m.start()
    return pos


def _n(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:g}"
    return f"{int(value):,}" if math.isfinite(value) else str(value)


__all__ = [name for name in dir() if name.isupper()] + [
    "at_most", "check_lines", "is_safe_id", "json_shape_problem", "loads", "safe_id"]
