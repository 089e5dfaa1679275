"""Seeded fuzzing of the three readers of untrusted input (issue 19): the script parser, the plan reader and
validator, and the LLM answer reader. Inputs are built from the syntax each reader cares about, with long runs
of the characters that made patterns backtrack (spaces, brackets, markers), so a quadratic pass shows up as an
example over its deadline. Properties: nothing but the documented one-line errors ever comes out, and what
passes is what renderers can take. Seeded (derandomize) and database-free, so every run tries the same cases.
"""
from __future__ import annotations

import copy
import json
import math
import operator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from director import limits
from director.errors import InputError
from director.layout import validate
from director.models import FilmPlan
from director.parsing import parse, sniff
from director.parsing.fdx import parse_fdx

from film_checks import tiny_plan

pytestmark = pytest.mark.timeout(120)

FUZZ = settings(derandomize=True, database=None, deadline=timedelta(seconds=5), max_examples=120,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def runs(chars: list[str], lengths=(1, 2, 40, 2000, 30_000)):
    """A character (or short token) repeated many times: the shape that made patterns backtrack. Lengths are
    drawn from a few sizes, so long runs come up in every batch instead of shrinking away."""
    return st.builds(operator.mul, st.sampled_from(chars), st.sampled_from(lengths))


# --- the script parser -----------------------------------------------------------------------------------------

FOUNTAIN = ["INT. HOUSE", "EXT. ", "I/E ", " - ", " -- ", "NIGHT", "#12A#", ".", "BOB", "MARY JANE", "K",
            "(V.O.)", "(", ")", "^", "@", "!", ">", "<", "~", "=", "===", "#", "##", "[[", "]]", "/*", "*/", "*",
            "**", "_", "\\", "CUT TO:", "Title:", ":", "：", "Hello there.", "she runs", "x_y", "\u3002", "é",
            "\ufeff", "\r", "\t", "  "]
SPACEY = [" ", "(", ")", "[[", "]]", "[[a]] ", "/*", "*/", "a/**/", "*", "_", "#", ":", "A", "^", "w *x\n",
          "speech\n", "\n \n"]
line = st.lists(st.one_of(st.sampled_from(FOUNTAIN), runs(SPACEY), st.text(max_size=8)), min_size=1, max_size=4)
texts = st.lists(st.one_of(line.map("".join), st.just("")), min_size=1, max_size=12).map("\n".join)


@FUZZ
@given(texts)
def test_the_readers_are_linear_on_any_text(text):
    """The readers themselves, without the line limit in front of them: a quadratic pass shows up here as an
    example over its deadline (the old cue, note, boneyard and emphasis passes all did)."""
    from director.parsing.fountain import parse_fountain
    from director.parsing.outline import outline
    from director.parsing.prose import parse_prose

    for script in (parse_fountain(text), parse_prose(text)):
        outline(script)
        for scene in script.scenes:
            for element in scene.elements:
                for span in getattr(element, "emphasis", []):
                    assert 0 <= span.start < span.end <= len(element.text)
    assert sniff(text) in ("fountain", "prose", "fdx")


@FUZZ
@given(texts, st.sampled_from(["fountain", "prose", None]))
def test_the_parser_returns_a_script_or_one_located_error(text, format):
    try:
        script = parse(text, format=format)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    lines = text.count("\n") + text.count("\r") + 1
    for scene in script.scenes:
        for element in scene.elements:
            assert element.line is None or 1 <= element.line <= lines
    json.loads(script.model_dump_json())


PLANNING = ["INT. KITCHEN - NIGHT\n\n", "EXT. FIELD - DAY\n\n", "\n\n", "\n", "MARA", "TOM", "MARA\n", "@bo\n",
            "She", "he", "They", "it", " walks to the table", " sits", " and", ",", ".", "!", " (beat)", "(", ")",
            " a red ball", " the old dog", " to the left of", " between them", " enters", " leaves", " INSERT",
            " — ", "?", " 12 ", "\"", "CUT TO:\n\n"]


@settings(FUZZ, max_examples=20, deadline=timedelta(seconds=20))
@given(st.lists(st.one_of(st.sampled_from(PLANNING), runs([" and", "(", " she", ",", " MARA", " very", "."],
                                                          (1, 3, 100, 1500))), min_size=1, max_size=20).map("".join))
def test_planning_any_text_is_bounded_and_valid(text):
    """The rules planner on text shaped like scripts, with long runs of what made planning slow (parentheses
    after a cue, endless sentences): a valid plan or one line, within the deadline."""
    import director
    from director.planning import InvalidPlan

    try:
        plan = director.plan(text, planner="rules", fps=6, width=64, height=36)
    except (InputError, InvalidPlan) as exc:
        assert "\n" not in str(exc)
        return
    assert validate(plan) == []


FDX = ['<Paragraph Type="Scene Heading">', '<Paragraph Type="Character">', '<Paragraph Type="Dialogue">',
       '<Paragraph Type="Action" Alignment="Center">', '<Paragraph StartsNewPage="Yes">', "</Paragraph>",
       '<Text Style="Bold+Italic">', "<Text>", "</Text>", "<DualDialogue>", "</DualDialogue>", "INT. ROOM - DAY",
       "MAYA (V.O.)", "Hello.", "&amp;", "&lt;", "&#x1F600;", "&bogus;", "<", ">", " ", "\n"]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(FDX), runs(["<Text>", "x", " ", "<Paragraph>"], (1, 50, 2000))),
                max_size=60),
       st.sampled_from(["", '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="nope"?>']))
def test_fdx_returns_a_script_or_one_located_error(parts, declaration):
    data = f'{declaration}<FinalDraft><Content>{"".join(parts)}</Content></FinalDraft>'.encode()
    try:
        parse_fdx(data, name="s.fdx")
    except InputError as exc:
        assert str(exc).startswith("s.fdx") and "\n" not in str(exc)


# --- plan files and the validator ----------------------------------------------------------------------------

HOSTILE = [math.nan, math.inf, -math.inf, 1e308, -1e308, 1e-320, -0.0, 0, -1, 2**63, 2**64, 10**30, True, None, "",
           "..", "../../x", "/abs", "a/b", "a\nb", "a\x00b", "x" * 300, "Shot", "\ud800", "ok_id", [], {}, [1, 2],
           {"a": [[[]]]}, 0.5, 3, 1e9, 100_000]
BASE = json.loads(tiny_plan(shots=2).model_dump_json())


def paths(value, prefix=()):
    """Every (path, value) in a JSON document."""
    yield prefix, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


PATHS = [p for p, _ in paths(BASE) if p]


def put(doc, path, value):
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(PATHS), st.sampled_from(HOSTILE)), min_size=1, max_size=4))
def test_a_plan_with_hostile_values_is_refused_or_is_renderable(edits):
    doc = copy.deepcopy(BASE)
    for path, value in edits:
        try:
            put(doc, path, copy.deepcopy(value))
        except (KeyError, IndexError, TypeError):
            pass                                     # an earlier edit replaced the container: nothing to set
    text = json.dumps(doc)                           # NaN/Infinity written as JSON's non-standard tokens
    try:
        plan = FilmPlan.model_validate(limits.loads(text, "plan.json"))
    except (InputError, ValidationError):
        return
    problems = validate(plan)
    assert all("\n" not in p.message for p in problems)
    if not problems:
        assert_renderable(plan)


def assert_renderable(plan: FilmPlan) -> None:
    """What a renderer needs, checked independently of the validator's code."""
    assert limits.MIN_FRAME_SIDE <= min(plan.width, plan.height) and max(plan.width, plan.height) <= limits.MAX_FRAME_SIDE
    assert all(limits.is_safe_id(s.id) for s in plan.shots) and all(limits.is_safe_id(e.id) for e in plan.entities)
    assert len({s.id for s in plan.shots}) == len(plan.shots)
    assert all(0 < s.duration <= limits.MAX_SHOT_SECONDS and 0 <= s.seed <= limits.MAX_SEED for s in plan.shots)
    json.dumps(plan.model_dump(), allow_nan=False)   # every number finite
    plan.model_dump_json().encode("utf-8")           # every string encodable


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(PATHS), st.sampled_from(HOSTILE)), min_size=1, max_size=4))
def test_the_validator_never_raises_on_values_set_in_code(edits):
    """Attribute assignment skips the models' checks entirely: anything can land anywhere."""
    plan = tiny_plan(shots=2)
    for path, value in edits:
        target = plan
        try:
            for key in path[:-1]:
                target = target[key] if isinstance(key, int) else getattr(target, key)
            if isinstance(path[-1], int):
                target[path[-1]] = value
            else:
                setattr(target, path[-1], value)
        except (AttributeError, IndexError, TypeError, KeyError, ValueError):
            pass
    problems = validate(plan)
    assert isinstance(problems, list) and all("\n" not in p.message for p in problems)


JSONISH = ["{", "}", "[", "]", '"', "\\", ":", ",", "0", "-1", "1e999", "1.5", "NaN", "Infinity", "true", "nul",
           '"a"', '"\\ud800"', " ", "\n", "9" * 70]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(JSONISH), runs(["[", "{", '{"a":', "[1,", '"', "\\"])),
                max_size=30).map("".join))
def test_plan_json_reader_never_recurses_or_overflows(text):
    try:
        value = limits.loads(text, "plan.json")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    json.dumps(value, allow_nan=False)


# --- the LLM answer reader -------------------------------------------------------------------------------------

ANSWER = ["```json\n", "```", "Sure! ", "{", "}", "[", "]", '"shots"', '"description"', ":", ",", '"x"', "1",
          "2.5", "NaN", "-Infinity", "true", "fal", "null", "\\", '"', "\n", " ", "{}", "9" * 80]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(ANSWER), runs(["[", "{", "{[", '"', " ", "```", '{"a": ']),
                          st.text(max_size=10)), max_size=30).map("".join))
def test_the_answer_reader_salvages_or_says_no_json(text):
    from planners.llm.extract import NoJSON, extract_json

    try:
        value, _ = extract_json(text)
    except NoJSON:
        return
    assert json_depth(value) <= limits.MAX_JSON_DEPTH + 1   # any JSON value; the planner asks again for non-objects
    json.dumps(value, allow_nan=False)


def json_depth(value) -> int:
    depth, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        depth = max(depth, d)
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v)
    return depth


@FUZZ
@given(st.one_of(st.binary(max_size=300), st.lists(st.sampled_from(
    [b"{", b"}", b"[", b"]", b'"choices"', b":", b",", b'"message"', b'"content"', b'"x"', b"null", b"\xff",
     b"<html>", b"1e999", b"NaN"]), max_size=40).map(b"".join)))
def test_completion_bodies_are_clean_or_malformed(body):
    pytest.importorskip("httpx")
    from planners.llm.transport import MalformedAnswer, completion_body

    try:
        clean = json.loads(completion_body(body))
    except MalformedAnswer as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(clean["choices"][0]["message"]["content"], str)
