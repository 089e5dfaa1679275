"""Tolerant JSON extraction (planners/llm/extract.py): what weak models really send back."""
from __future__ import annotations

import json

import pytest

from planners.llm.extract import NoJSON, close_truncated, extract_json

ANSWER = {"shots": [{"description": "Maya waits {by the pier}", "duration": 3.5, "entities": ["MAYA"]},
                    {"description": "Tom runs \"fast\"", "duration": 2.0, "entities": ["TOM", "suitcase"]}]}
TEXT = json.dumps(ANSWER)


@pytest.mark.parametrize("wrapped", [
    TEXT,
    f"```json\n{TEXT}\n```",
    f"```\n{TEXT}\n```",
    f"Sure! Here is your shot list:\n\n```json\n{TEXT}\n```\n\nLet me know if you want changes.",
    f"Here you go: {TEXT} -- enjoy {{not json}}",
    f"\ufeff  {TEXT}  ",
])
def test_json_found_in_prose_and_fences(wrapped):
    assert extract_json(wrapped) == (ANSWER, False)


def test_truncated_answers_keep_every_complete_value():
    for cut in range(len(TEXT) // 2, len(TEXT) - 1):
        value, repaired = extract_json("```json\n" + TEXT[:cut])
        assert repaired
        shots = value["shots"]
        # Nothing invented: each value present is a prefix-consistent copy of the original.
        assert shots[0]["description"] == ANSWER["shots"][0]["description"]
        for got, want in zip(shots, ANSWER["shots"]):
            for key, v in got.items():
                if isinstance(v, list):
                    assert v == want[key][: len(v)]
                elif key != "duration":
                    assert v == want[key]


def test_truncated_inside_a_key_or_string():
    assert close_truncated('{"a": [1, 2], "bc') == {"a": [1, 2]}
    assert close_truncated('{"a": "unfinished str') == {}
    assert close_truncated('{"a": {"b": [true, fal') == {"a": {"b": [True]}}


def test_no_json_at_all():
    with pytest.raises(NoJSON):
        extract_json("I am sorry, I cannot help with that.")
    with pytest.raises(NoJSON):
        extract_json("{{{{")
