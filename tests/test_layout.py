"""director.layout: typed validation problems on broken plans, and exact layout-token round trips."""
from __future__ import annotations

import random

import pytest

from director import poses
from director.errors import InputError
from director.layout import Problem, from_layout_tokens, to_layout_tokens, validate
from director.models import (Entity, FilmPlan, GraphEdge, Keyframe, PlanScene, SceneObject, Shot, ShotDialogue,
                             Transition)

FPS = 12


def good_plan() -> FilmPlan:
    """Two valid shots: 36 frames each, 6 keyframes on frame times from 0 to the last frame."""
    shots = []
    for n in (1, 2):
        times = [round(i * 35 / 5) / FPS for i in range(6)]
        kfs = [Keyframe(t=t, prompt=f"kf {i}", objects=[
            SceneObject(entity="man", box=(0.2 + 0.02 * i, 0.3, 0.35 + 0.02 * i, 0.95),
                        keypoints=poses.keypoints("walk", (0.2 + 0.02 * i, 0.3, 0.35 + 0.02 * i, 0.95), "right", i)),
            SceneObject(entity="cat", box=(0.6, 0.8, 0.7, 0.95))]) for i, t in enumerate(times)]
        shots.append(Shot(id=f"sc001_sh{n:02d}", scene=1, duration=36 / FPS, keyframes=kfs,
                          scene_graph=[GraphEdge(subject="man", predicate="looks_at", object="cat", start=0, end=1)],
                          dialogue=[ShotDialogue(character="man", text="Here, kitty.", start=0.3, end=1.3)]))
    shots[1].transition_in = Transition(type="dissolve", duration=0.5)
    return FilmPlan(fps=FPS, scenes=[PlanScene(index=1, heading="INT. ROOM - DAY")],
                    entities=[Entity(id="man", name="Man", kind="person"), Entity(id="cat", name="Cat", kind="animal")],
                    shots=shots)


def codes(plan) -> set[str]:
    return {p.code for p in validate(plan)}


def test_good_plan_has_no_problems():
    assert validate(good_plan()) == []


def _break(mutate):
    plan = good_plan()
    mutate(plan)
    return plan


@pytest.mark.parametrize("code,mutate", [
    ("box_outside_frame", lambda p: setattr(p.shots[0].keyframes[2].objects[1], "box", (0.9, 0.8, 1.2, 0.95))),
    ("box_empty", lambda p: setattr(p.shots[0].keyframes[1].objects[1], "box", (0.6, 0.8, 0.6, 0.95))),
    ("keypoints_far_from_box", lambda p: setattr(p.shots[0].keyframes[0].objects[0], "keypoints",
                                                 [(0.9, 0.1, 2.0)] * 18)),
    ("keypoints_count", lambda p: setattr(p.shots[0].keyframes[0].objects[0], "keypoints", [(0.3, 0.5, 2.0)] * 5)),
    ("unknown_entity", lambda p: setattr(p.shots[0].keyframes[3].objects[1], "entity", "dog")),
    ("unknown_graph_node", lambda p: setattr(p.shots[0].scene_graph[0], "object", "ghost")),
    ("keyframe_times_not_increasing", lambda p: setattr(p.shots[0].keyframes[3], "t", p.shots[0].keyframes[1].t)),
    ("keyframe_outside_shot", lambda p: setattr(p.shots[0].keyframes[5], "t", 5.0)),
    ("keyframe_not_on_frame", lambda p: setattr(p.shots[0].keyframes[2], "t", p.shots[0].keyframes[2].t + 0.01)),
    ("keyframe_span", lambda p: setattr(p.shots[0].keyframes[0], "t", 1 / FPS)),
    ("keyframe_count", lambda p: setattr(p.shots[0], "keyframes", p.shots[0].keyframes[:3])),
    ("duration_not_whole_frames", lambda p: setattr(p.shots[0], "duration", 3.01)),
    ("dialogue_outside_shot", lambda p: setattr(p.shots[0].dialogue[0], "end", 9.0)),
    ("dialogue_not_covered", lambda p: setattr(p.shots[0].dialogue[0], "text", "word " * 40)),
    ("teleport", lambda p: setattr(p.shots[0].keyframes[3].objects[1], "box", (0.0, 0.05, 0.1, 0.2))),
    ("transition_too_long", lambda p: setattr(p.shots[1].transition_in, "duration", 2.0)),
    ("transition_direction", lambda p: setattr(p.shots[1], "transition_in", Transition(type="wipe", duration=0.5))),
    ("unknown_scene", lambda p: setattr(p.shots[1], "scene", 4)),
    ("duplicate_shot", lambda p: setattr(p.shots[1], "id", p.shots[0].id)),
    ("graph_edge_time", lambda p: setattr(p.shots[0].scene_graph[0], "end", 99.0)),
])
def test_each_problem_is_reported_with_its_code(code, mutate):
    problems = validate(_break(mutate))
    assert code in {p.code for p in problems}, problems
    hit = next(p for p in problems if p.code == code)
    assert isinstance(hit, Problem) and hit.message and (hit.shot or code.startswith("duplicate_entity"))


def test_problem_messages_are_actionable():
    plan = _break(lambda p: setattr(p.shots[0].keyframes[3].objects[1], "box", (0.9, 0.8, 1.3, 0.95)))
    [p] = [p for p in validate(plan) if p.code == "box_outside_frame"]
    assert p.shot == "sc001_sh01" and p.keyframe == 3 and p.entity == "cat"
    assert "'cat'" in p.message and "keyframe 3" in p.message and "sc001_sh01" in p.message
    assert "0<=x0<x1<=1" in p.message
    assert p.as_dict()["code"] == "box_outside_frame"


def test_validate_never_raises_on_garbage():
    plan = good_plan()
    plan.shots[0].duration = -1.0
    plan.shots[1].keyframes = []
    broken = Keyframe(t=0.0, objects=[SceneObject(entity="x", box=(0.1, 0.1, 0.2, 0.2))])
    broken.t, broken.objects[0].box = float("nan"), (float("nan"),) * 4   # the models refuse NaN; code can still set it
    plan.shots[1].keyframes.append(broken)
    plan.entities.append(Entity(id="man", name="again", kind="person"))
    found = codes(plan)
    assert {"shot_duration", "duplicate_entity", "unknown_entity", "box_outside_frame"} <= found
    plan.fps = 0
    assert codes(plan) == {"frame_format"}


def test_cut_allows_a_jump_between_shots_but_not_within():
    plan = good_plan()
    # The cat sits far away in the second shot: a cut, not a teleport.
    for kf in plan.shots[1].keyframes:
        kf.objects[1].box = (0.02, 0.8, 0.12, 0.95)
    assert validate(plan) == []


# -- layout tokens ---------------------------------------------------------------------------------------------

def random_shot(rng: random.Random, n: int) -> Shot:
    ids = ["man", "cat_2", "red ball", 'odd"name]', "kp", "x.y-z"]
    kfs = []
    t = 0.0
    for k in range(rng.randint(1, 9)):
        objs = []
        for eid in rng.sample(ids, rng.randint(0, len(ids))):
            x0, y0 = rng.random(), rng.random()
            box = (x0, y0, x0 + rng.random() * (1 - x0), y0 + rng.random() * (1 - y0))
            if rng.random() < 0.3:
                box = tuple(round(v, rng.randint(0, 6)) for v in box)
            kps = None
            if rng.random() < 0.5:
                kps = [(rng.random(), rng.random(), float(rng.choice((0, 1, 2)))) for _ in range(18)]
            objs.append(SceneObject(entity=eid, box=box, keypoints=kps))
        prompt = rng.choice(["", "a man; with \"quotes\"", "ünïcode — dash\nnewline", "kf 1; t 2; prompt \"x\""])
        kfs.append(Keyframe(t=t, prompt=prompt, objects=objs))
        t += rng.choice((1 / 24, 0.1, 1 / 3, 1e-7, 12.5))
    return Shot(id=f"sc{n:03d}_sh01", scene=1, duration=max(t, 1.0), keyframes=kfs)


def test_layout_tokens_round_trip_many_random_layouts():
    rng = random.Random(1234)
    for n in range(400):
        shot = random_shot(rng, n)
        text = to_layout_tokens(shot)
        back = from_layout_tokens(text, shot)
        assert [k.model_dump() for k in back] == [k.model_dump() for k in shot.keyframes], text


def test_layout_tokens_look_like_visorgpt():
    shot = good_plan().shots[0]
    text = to_layout_tokens(shot)
    header, first = text.splitlines()[:2]
    assert header.startswith("layout sc001_sh01; size MS; 6 keyframes; entities man, cat")
    assert first.startswith("kf 0; t 0.0; 2 instances; [man xmin 0.2 ymin 0.3 xmax 0.35 ymax 0.95 kp ")
    assert "[cat xmin 0.6 ymin 0.8 xmax 0.7 ymax 0.95]" in first


def test_layout_tokens_without_prompts_take_the_template_prompts():
    shot = good_plan().shots[0]
    bare = "\n".join(line.split("; prompt ")[0] for line in to_layout_tokens(shot).splitlines())
    back = from_layout_tokens(bare, shot)
    assert [k.prompt for k in back] == [k.prompt for k in shot.keyframes]


@pytest.mark.parametrize("text,needle", [
    ("kf 0; t zero; 1 instances; [a xmin 0 ymin 0 xmax 1 ymax 1]", "bad number"),
    ("frame 0 at 0.0: a box", "not a keyframe line"),
    ("kf 0; t 0.0; 2 instances; [a xmin 0 ymin 0 xmax 1 ymax 1]", "says 2 instances"),
    ("kf 1; t 0.0; 0 instances; ", "keyframe 1 where 0"),
    ("kf 0; t 0.0; 1 instances; [a xmin 0 ymin 0 xmax 1 ymax 1 kp 0.1 0.2]", "keypoint"),
])
def test_bad_layout_tokens_raise_located_input_errors(text, needle):
    with pytest.raises(InputError) as err:
        from_layout_tokens("layout x; size MS; 1 keyframes; entities a\n" + text)
    assert needle in str(err.value) and ":2:" in str(err.value)


def test_pose_templates_scale_into_their_box_and_mirror():
    box = (0.2, 0.1, 0.4, 0.9)
    for name in poses.TEMPLATES:
        kps = poses.keypoints(name, box, "right")
        assert len(kps) == 18
        assert all(0.2 - 1e-9 <= x <= 0.4 + 1e-9 and 0.1 - 1e-9 <= y <= 0.9 + 1e-9 and v == 2 for x, y, v in kps)
    right, left = poses.keypoints("point", box, "right"), poses.keypoints("point", box, "left")
    assert right[4][0] > right[1][0] and left[4][0] < left[1][0]     # the pointing wrist leads the neck
    # a close-up's body reaches past the frame: those joints are marked absent, not moved
    cu = poses.keypoints("stand", (0.2, 0.05, 0.8, 3.0))
    assert cu[0][2] == 2 and cu[10][2] == 0 and cu[13][2] == 0
    assert poses.pose_for(["slowly", "sits"]) == "sit" and poses.pose_for(["gazes"]) == "stand"
