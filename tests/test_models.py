"""The data model is a contract: JSON round trips exactly and the schema names the design's fields."""
import json
import subprocess
import sys

from director.models import (Camera, Entity, FilmPlan, GraphEdge, Keyframe, SceneObject, Script, Shot,
                             ShotDialogue, Transition)


def tiny_plan() -> FilmPlan:
    person = SceneObject(entity="brick", box=(0.1, 0.2, 0.4, 0.95),
                         keypoints=[(0.25 + i * 0.001, 0.3 + i * 0.03, 2.0) for i in range(18)])
    return FilmPlan(
        title="Brick & Steel", fps=24, width=640, height=360, style="previz",
        entities=[Entity(id="brick", name="BRICK", kind="person", description="retired detective, 60s")],
        shots=[Shot(id="s001", scene=1, description="Brick sits.", duration=2.5,
                    camera=Camera(size="MS", angle="eye_level", movement="pan_left"),
                    keyframes=[Keyframe(t=0.0, prompt="Brick sits", objects=[person]),
                               Keyframe(t=2.5, prompt="Brick sits", objects=[])],
                    scene_graph=[GraphEdge(subject="brick", predicate="sits on", object="brick", start=0, end=2.5)],
                    dialogue=[ShotDialogue(character="BRICK", text="Are they cold?", start=0.2, end=1.4)],
                    transition_in=Transition(type="dissolve", duration=0.5), seed=7)],
    )


def test_plan_round_trips_exactly():
    plan = tiny_plan()
    assert FilmPlan.model_validate_json(plan.model_dump_json()) == plan


def test_scene_graph_is_a_multidigraph():
    g = tiny_plan().shots[0].graph()
    assert g.is_multigraph() and g.is_directed()
    assert ("brick", "brick", "sits on") in g.edges(keys=True)


def test_schema_command_prints_design_field_names():
    out = subprocess.run([sys.executable, "-m", "director", "schema", "plan"], capture_output=True, text=True,
                         check=True).stdout
    schema = json.loads(out)
    shot = schema["$defs"]["Shot"]["properties"]
    for field in ("id", "scene", "description", "duration", "camera", "background", "keyframes", "scene_graph",
                  "dialogue", "transition_in", "seed"):
        assert field in shot
    script = json.loads(subprocess.run([sys.executable, "-m", "director", "schema", "script"],
                                       capture_output=True, text=True, check=True).stdout)
    assert set(script["properties"]) >= {"title_page", "scenes"}


def test_core_import_is_light():
    code = ("import sys, director, director.models; "
            "bad = [m for m in ('torch', 'diffusers', 'langchain', 'langchain_openai', 'ray') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_script_model_accepts_dialogue_and_text_elements():
    s = Script.model_validate({"title_page": {"title": "X"}, "scenes": [{"heading": "INT. A - DAY", "elements": [
        {"type": "action", "text": "Hi."},
        {"type": "dialogue", "character": "BOB", "lines": [{"kind": "speech", "text": "Yo."}]}]}]})
    assert s.scenes[0].elements[1].character == "BOB"
    assert Script.model_validate_json(s.model_dump_json()) == s


def test_timing_spans_cover_the_film_and_handles_follow_transitions():
    from director.timing import film_frames, shot_spans

    plan = tiny_plan()
    second = plan.shots[0].model_copy(update={"id": "s002", "duration": 1.3,
                                               "transition_in": Transition(type="dissolve", duration=0.5)})
    plan = plan.model_copy(update={"shots": [plan.shots[0], second]})
    spans = shot_spans(plan)
    assert spans[0].start == 0 and spans[-1].end == film_frames(plan) == round(3.8 * 24)
    assert spans[0].tail + spans[1].head == 12 and spans[0].head == 0 and spans[1].tail == 0
