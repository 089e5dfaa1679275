"""The plan gate: a plan that any renderer cannot take is refused in one line before anything is written to the
output folder (issue 19). Each hostile value is our own: written into a real plan.json, or set on a plan built
in code (where the models' own checks are bypassed), and rendered over a folder that already holds a film."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from director import limits
from director.errors import InputError
from director.layout import validate
from director.models import FilmPlan
from director.pipeline import load_plan, render_plan

from film_checks import tiny_plan

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("good")
    render_plan(tiny_plan(shots=2), out, progress=False, shot_videos=True, storyboard=False)
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".director" not in p.parts}


def good_json() -> dict:
    return json.loads(tiny_plan(shots=2).model_dump_json())


def edited(change) -> str:
    data = good_json()
    change(data)
    return json.dumps(data, indent=1)


def shot0(data) -> dict:
    return data["shots"][0]


BAD_FILES = {
    "deep": lambda: '{"title": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "deep_unclosed": lambda: '{"title": ' + "[" * 100_000,
    "digits": lambda: edited(lambda d: shot0(d).update(seed=0)).replace('"seed": 0', '"seed": ' + "7" * 5000, 1),
    "nan_dialogue": lambda: edited(lambda d: None).replace('"start": 0.2', '"start": NaN', 1),
    "infinite_transition": lambda: edited(lambda d: None).replace('"duration": 0.5', '"duration": 1e999', 1),
    "keypoint_at_infinity": lambda: edited(
        lambda d: shot0(d)["keyframes"][0]["objects"][0].update(keypoints=[[0.5, 0.5, 2]] * 18)).replace(
        "0.5,\n", "Infinity,\n", 1),
    "duration_1e308": lambda: edited(lambda d: shot0(d).update(duration=1e308)),
    "seed_2_64": lambda: edited(lambda d: shot0(d).update(seed=2**64)),
    "lone_surrogate": lambda: edited(lambda d: None).replace('"title": "Tiny"', '"title": "Tiny \\udc80"', 1),
    "frame_100000": lambda: edited(lambda d: d.update(width=100_000, height=100_000)),
    "frame_1x1": lambda: edited(lambda d: d.update(width=1, height=1)),
    "fps_0": lambda: edited(lambda d: d.update(fps=0)),
    "shot_1e9_s": lambda: edited(lambda d: shot0(d).update(duration=1e9)),
    **{f"id_{name}": (lambda bad: lambda: edited(lambda d: shot0(d).update(id=bad)))(bad) for name, bad in {
        "parent": "../../x", "absolute": "/abs", "slash": "a/b", "newline": "a\nb", "nul": "a\x00b",
        "long": "s" * 300, "empty": "", "dotdot": "..", "upper": "Shot1", "dot": "sh.1"}.items()},
    "entity_id_path": lambda: edited(lambda d: d["entities"][0].update(id="../mara")),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_plan_file_is_refused_and_the_old_film_stays(name, rendered, tmp_path):
    before = snapshot(rendered)
    path = tmp_path / "plan.json"
    path.write_text(BAD_FILES[name](), encoding="utf-8", errors="surrogatepass")
    with pytest.raises(InputError) as err:
        render_plan(path, rendered, progress=False)
    message = str(err.value)
    assert "\n" not in message and str(path) in message, message
    assert snapshot(rendered) == before                  # OUT/plan.json, the film, the shots: untouched


def test_each_refusal_names_the_problem():
    msgs = {}
    for name in ("deep", "digits", "duration_1e308", "seed_2_64", "lone_surrogate", "frame_1x1", "id_parent"):
        try:
            plan = FilmPlan.model_validate(limits.loads(BAD_FILES[name](), "plan.json"))
            msgs[name] = validate(plan)[0].message
        except InputError as exc:
            msgs[name] = str(exc)
    assert "nested 100001 deep; the limit is 64" in msgs["deep"]
    assert "a number of 5000+ characters" in msgs["digits"]
    assert "at most 600" in msgs["duration_1e308"]
    assert "0..4294967295" in msgs["seed_2_64"]
    assert "lone surrogate" in msgs["lone_surrogate"]
    assert "32..7680 pixels a side" in msgs["frame_1x1"]
    assert "cannot name a file" in msgs["id_parent"]


def test_validate_reports_values_set_in_code():
    """Assignments skip the models' checks; the validator still finds every value a renderer cannot take, and
    a duration of 1e308 (which overflowed the validator's own frame arithmetic) is one more problem."""
    plan = tiny_plan(shots=2)
    s0, s1 = plan.shots
    s0.dialogue = [s1.dialogue[0].model_copy()]
    s0.dialogue[0].start = math.nan
    s1.transition_in.duration = math.nan
    s0.keyframes[0].objects[0].keypoints = [(0.5, 0.5, 2.0)] * 17 + [(math.inf, 0.5, 2.0)]
    s1.seed = 2**64
    plan.title = "Tiny \udc80"
    codes = {p.code for p in validate(plan)}
    assert {"dialogue_outside_shot", "transition_too_long", "keypoints_not_finite", "seed_range", "text"} <= codes
    s1.duration = 1e308
    assert "shot_duration" in {p.code for p in validate(plan)}
    s1.duration = "long"                                  # not even a number
    assert "shot_duration" in {p.code for p in validate(plan)}
    s1.keyframes = None                                   # not even a list
    assert "malformed" in {p.code for p in validate(plan)}


@pytest.mark.parametrize("good", ["a", "sc001_sh01", "mara", "x-2", "0", "a" * 64])
def test_safe_ids_pass(good):
    assert limits.is_safe_id(good)


@pytest.mark.parametrize("name", ["Mara", "Ms. O'Neil", "x" * 300, "ジョン", "李雷", "...", "", "a/b", "é"])
def test_ids_made_from_names_are_safe_and_distinct(name):
    made = limits.safe_id(name, "someone")
    assert limits.is_safe_id(made) and len(made) <= limits.SLUG_CHARS
    assert limits.safe_id(name, "someone") == made                     # stable across runs and machines
    assert limits.safe_id("ジョン") != limits.safe_id("李雷") != limits.safe_id("x" * 299)


def test_load_plan_line_numbers_and_strictness(tmp_path):
    path = tmp_path / "plan.json"
    text = json.dumps(good_json(), indent=2)
    path.write_text(text.replace('"start": 0.2', '"start": NaN', 1))
    line = text[:text.index('"start": 0.2')].count("\n") + 1
    with pytest.raises(InputError, match=rf"plan\.json:{line}: .*NaN is not finite"):
        load_plan(path)
    path.write_text(text.replace('"seed": 0', '"seed": 1e400', 1))
    with pytest.raises(InputError, match="1e400 is not finite"):
        load_plan(path)
