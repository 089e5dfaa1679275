"""A writer fixes what the planner got wrong: per-shot re-planning (director.planning.replan_shot and the rules
planner's plan_shot), the layout editor's edits (studio.editing.apply_layout), re-framing by shot size and angle,
and the cast (the bible) — in Python first, then over the studio's real HTTP API."""
from __future__ import annotations

import pytest

import director
from director.errors import DirectorError, InputError
from director.layout import validate
from director.models import Camera
from director.planning import ShotConstraints, apply_constraints, replan_shot

SCRIPT = """Title: The Rug

INT. PARLOUR - EVENING

A black cat sleeps on the rug by the fire.

ANA (40s, green cardigan) sits in the armchair with a book.

ANA
Come here, you.

BEN (50s, flat cap) stands at the door.

BEN
It's not coming.
"""


@pytest.fixture(scope="module")
def plan():
    return director.plan(director.parse(SCRIPT), fps=12, width=320, height=180)


def shot_of(plan, shot_id):
    return next(s for s in plan.shots if s.id == shot_id)


def edited(plan, shot_id, **update):
    return plan.model_copy(update={"shots": [s.model_copy(update=update) if s.id == shot_id else s
                                             for s in plan.shots]})


def cast_of(shot):
    return {o.entity for kf in shot.keyframes for o in kf.objects}


def first_shot_with(plan, entity):
    return next(s for s in plan.shots if entity in cast_of(s) and not s.dialogue)


def box_of(shot, entity, k=0):
    return next(o.box for o in shot.keyframes[k].objects if o.entity == entity)


def test_an_unedited_shot_re_plans_to_itself(plan):
    for shot in plan.shots:
        again = shot_of(replan_shot(plan, shot.id), shot.id)
        assert again == shot, shot.id


def test_a_rewritten_description_changes_the_drawing(plan):
    cat_shot = first_shot_with(plan, "cat")
    assert "ana" not in cast_of(cat_shot)
    rewritten = edited(plan, cat_shot.id, description="Ana sleeps on the rug by the fire.")
    new = shot_of(replan_shot(rewritten, cat_shot.id), cat_shot.id)
    assert "ana" in cast_of(new) and "cat" not in cast_of(new)
    assert new.description == "Ana sleeps on the rug by the fire."
    assert all("Ana" in kf.prompt for kf in new.keyframes)
    ana = next(o for o in new.keyframes[0].objects if o.entity == "ana")
    assert ana.keypoints is not None and len(ana.keypoints) == 18   # a person, posed
    assert validate(replan_shot(rewritten, cat_shot.id)) == []


def test_a_closer_size_reframes_the_figure_not_only_the_slate(plan):
    from director.studio.editing import reframe

    single = next(s for s in plan.shots if s.dialogue and len(cast_of(s)) == 1)
    person = next(iter(cast_of(single)))
    wide = edited(plan, single.id, camera=Camera(size="MS"))
    wide = replan_shot(wide, single.id, constraints=ShotConstraints(camera=True))
    close, pins = reframe(wide, single.id, {"size": "CU"}, None)
    before, after = shot_of(wide, single.id), shot_of(close, single.id)
    assert after.camera.size == "CU" and pins.camera
    (x0, y0, x1, y1), (u0, v0, u1, v1) = box_of(before, person), box_of(after, person)
    assert u1 - u0 > 1.3 * (x1 - x0)                       # wider: the camera is closer
    nose_neck = lambda o: abs(o.keypoints[1][1] - o.keypoints[0][1])   # noqa: E731
    obj = lambda s: next(o for o in s.keyframes[0].objects if o.entity == person)   # noqa: E731
    assert nose_neck(obj(after)) > 1.5 * nose_neck(obj(before))   # the head is bigger in frame
    assert all(kf.prompt.startswith("close-up") for kf in after.keyframes)
    low, _ = reframe(close, single.id, {"angle": "low"}, pins)
    assert box_of(shot_of(low, single.id), person)[3] == pytest.approx(v1, abs=0.02)  # feet where they were
    assert validate(low) == []


def test_what_the_writer_fixed_survives_a_re_plan(plan):
    cat_shot = first_shot_with(plan, "cat")
    # the writer put the cat in the top left corner, on every keyframe
    moved = [kf.model_copy(update={"objects": [o.model_copy(update={"box": (0.02, 0.05, 0.2, 0.25)})
                                               if o.entity == "cat" else o for o in kf.objects]})
             for kf in cat_shot.keyframes]
    fixed = edited(plan, cat_shot.id, keyframes=moved, description="Ben watches the cat sleep on the rug.")
    pins = ShotConstraints(boxes=frozenset({"cat"}))
    new = shot_of(replan_shot(fixed, cat_shot.id, constraints=pins), cat_shot.id)
    assert "ben" in cast_of(new)                                     # the new words are read …
    assert all(box_of(new, "cat", k) == (0.02, 0.05, 0.2, 0.25) for k in range(len(new.keyframes)))  # … the pin kept
    # a fixed cast keeps out whoever the words name
    new = shot_of(replan_shot(fixed, cat_shot.id, constraints=ShotConstraints(cast=True)), cat_shot.id)
    assert cast_of(new) == cast_of(cat_shot)
    # a fixed camera stays the writer's
    framed = edited(fixed, cat_shot.id, camera=Camera(size="LS", angle="high"))
    new = shot_of(replan_shot(framed, cat_shot.id, constraints=ShotConstraints(camera=True)), cat_shot.id)
    assert (new.camera.size, new.camera.angle) == ("LS", "high")


def test_constraints_hold_for_a_planner_that_ignores_them(plan):
    """apply_constraints is what makes any planner's new version keep the writer's fixes."""
    shot = first_shot_with(plan, "cat")
    other = next(s for s in plan.shots if s.id != shot.id and len(s.keyframes) == len(shot.keyframes))
    careless = other.model_copy(update={"id": shot.id, "camera": Camera(size="ECU")})
    kept = apply_constraints(shot, careless, ShotConstraints(cast=True, camera=True, boxes=frozenset({"cat"})))
    assert kept.camera == shot.camera and cast_of(kept) <= cast_of(shot)
    assert [box_of(kept, "cat", k) for k in range(len(kept.keyframes))] == \
        [box_of(shot, "cat", k) for k in range(len(shot.keyframes))]


def test_replan_refuses_what_it_cannot_do(plan):
    with pytest.raises(DirectorError, match="no shot 'nope'"):
        replan_shot(plan, "nope")


# -- the layout editor's edits --------------------------------------------------------------------------------------

def test_moving_resizing_swapping_and_posing_in_the_layout_editor(plan):
    from director import poses
    from director.studio.editing import apply_layout, layout_view

    two = next(s for s in plan.shots if {"ana", "ben"} <= cast_of(s))
    view = layout_view(plan, two.id)
    assert {e["id"] for e in view["entities"]} == {e.id for e in plan.entities} and "sit" in view["poses"]
    rows = [[{"entity": o["entity"], "box": o["box"]} for o in kf["objects"]] for kf in view["keyframes"]]
    for row in rows:
        for o in row:
            if o["entity"] == "ana":   # moved right by 0.1 and made taller
                x0, y0, x1, y1 = o["box"]
                o["box"] = [x0 + 0.1, y0 - 0.05, x1 + 0.1, y1]
            elif o["entity"] == "ben":
                o["entity"] = "cat"
    out, pins = apply_layout(plan, two.id, {"keyframes": rows, "swaps": {"ben": "cat"},
                                            "poses": {"ana": {"pose": "wave", "facing": "left"}}})
    new = shot_of(out, two.id)
    assert cast_of(new) == {"ana", "cat"} and pins.cast and pins.boxes == {"ana", "cat"}
    ana = next(o for o in new.keyframes[0].objects if o.entity == "ana")
    assert ana.keypoints == poses.keypoints("wave", ana.box, "left", phase=0, visible=ana.box)
    assert next(o for o in new.keyframes[0].objects if o.entity == "cat").keypoints is None
    assert all("Ben" not in kf.prompt for kf in new.keyframes)
    assert all(e.subject != "ben" and e.object != "ben" for e in new.scene_graph)
    assert validate(out) == [] and [s for s in out.shots if s.id != two.id] == [s for s in plan.shots if s.id != two.id]

    moved_only = [[dict(o, box=[o["box"][0] + 0.05, o["box"][1], o["box"][2] + 0.05, o["box"][3]])
                   if o["entity"] == "ben" else o for o in row]
                  for row in [[{"entity": o["entity"], "box": o["box"]} for o in kf["objects"]] for kf in view["keyframes"]]]
    out, pins = apply_layout(plan, two.id, {"keyframes": moved_only})
    ben = [next(o for o in kf.objects if o.entity == "ben") for kf in shot_of(out, two.id).keyframes]
    old = [next(o for o in kf.objects if o.entity == "ben") for kf in two.keyframes]
    assert not pins.cast and pins.boxes == {"ben"}
    assert [round(b.keypoints[0][0] - a.keypoints[0][0], 3) for a, b in zip(old, ben)] == [0.05] * len(ben)  # pose carried

    for bad, message in ((dict(keyframes=rows[:1]), "all .* keyframes"),
                         (dict(keyframes=[[{"entity": "ghost", "box": [0, 0, 1, 1]}]] * len(rows)), "not in the bible"),
                         (dict(keyframes=[[{"entity": "ana", "box": [0.5, 0.5, 0.5, 0.9]}]] * len(rows)), "no area"),
                         (dict(keyframes=[[{"entity": "ana", "box": [0, 0, "x", 1]}]] * len(rows)), "four numbers"),
                         (dict(keyframes=rows, poses={"ana": {"pose": "moonwalk"}}), "poses are")):
        with pytest.raises(InputError, match=message):
            apply_layout(plan, two.id, bad)


def test_the_cast_is_editable(plan):
    from director.studio.editing import add_entity, edit_entity, remove_entity

    renamed = edit_entity(plan, "ana", {"name": "Anna Petrova", "description": "40s, green cardigan, reading glasses"})
    assert renamed.entity("ana").name == "Anna Petrova" and renamed.shots == plan.shots
    thing = edit_entity(plan, "ana", {"kind": "object"})
    assert all(o.keypoints is None for s in thing.shots for kf in s.keyframes for o in kf.objects if o.entity == "ana")
    added, eid = add_entity(plan, "Cat", "animal")
    assert eid == "cat_2" and added.entity("cat_2").kind == "animal"
    assert remove_entity(added, "cat_2").entities == plan.entities
    with pytest.raises(InputError, match="'ana' is in"):
        remove_entity(plan, "ana")
    with pytest.raises(InputError, match="kind must be one of"):
        edit_entity(plan, "ana", {"kind": "ghost"})
    with pytest.raises(InputError, match="give a name"):
        edit_entity(plan, "ana", {"name": "  "})
    voiced = edit_entity(plan, "ana", {"voice.backend": "espeak", "voice.voice": "en+f3", "voice.pitch": "2.5",
                                       "voice.rate": ""})
    assert (voiced.entity("ana").voice.backend, voiced.entity("ana").voice.voice) == ("espeak", "en+f3")
    assert (voiced.entity("ana").voice.pitch, voiced.entity("ana").voice.rate) == (2.5, 1.0)   # empty: default
    with pytest.raises(InputError, match="voice.pitch"):
        edit_entity(plan, "ana", {"voice.pitch": "40"})
    assert edit_entity(voiced, "ana", {f"voice.{k}": "" for k in ("backend", "voice", "pitch")}).entity("ana").voice is None


# -- over HTTP ----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    pytest.importorskip("fastapi")
    from studio_server import ThreadedStudio

    with ThreadedStudio(tmp_path_factory.mktemp("replan") / "studio") as server:
        yield server


def planned_project(client) -> str:
    page = client.post("/projects", files={"script": ("rug.fountain", SCRIPT.encode(), "text/plain")})
    project = str(page.url).rstrip("/").rsplit("/", 1)[-1]
    client.post(f"/projects/{project}/plan", data={"planner": "rules", "fps": "8", "width": "160", "height": "90"})
    return project


def test_layout_edits_over_http_are_validated_saved_and_kept_by_a_re_plan(studio):
    from director.models import FilmPlan

    with studio.client() as client:
        project = planned_project(client)
        plan = FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json())
        target = first_shot_with(plan, "cat")
        url = f"/api/projects/{project}/shots/{target.id}/layout"
        view = client.get(url).json()
        rows = [[{"entity": o["entity"], "box": o["box"]} for o in kf["objects"]] for kf in view["keyframes"]]
        for row in rows:
            row[:] = [{"entity": "ana", "box": [0.05, 0.2, 0.3, 0.95]} if o["entity"] == "cat" else o for o in row]
        saved = client.post(url, json={"keyframes": rows, "swaps": {"cat": "ana"}})
        assert saved.status_code == 200 and saved.json()["saved"], saved.text
        assert saved.json()["layout"]["pins"] == {"cast": True, "camera": False, "boxes": ["ana"]}
        page = client.get(f"/projects/{project}").text
        assert "fixed: cast, 1 box" in page
        # a re-plan keeps the writer's cast and box
        client.post(f"/projects/{project}/shots/{target.id}/replan")
        after = shot_of(FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json()), target.id)
        assert cast_of(after) == {"ana"} | (cast_of(target) - {"cat"})
        assert box_of(after, "ana") == (0.05, 0.2, 0.3, 0.95)
        # … until the writer lets go
        client.post(f"/projects/{project}/shots/{target.id}/replan", data={"release": "1"})
        released = shot_of(FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json()), target.id)
        assert "cat" in cast_of(released)   # the description still names the cat

        bad = client.post(url, json={"keyframes": rows[:2]})
        assert bad.status_code == 400 and "keyframes" in bad.json()["error"]
        teleport = [[dict(o, box=[0.0, 0.1, 0.2, 0.9] if k % 2 else [0.8, 0.1, 1.0, 0.9]) for o in row]
                    for k, row in enumerate(rows)]
        refused = client.post(url, json={"keyframes": teleport})
        assert refused.status_code == 400 and "nothing saved" in refused.json()["error"]
        assert "jumps" in refused.json()["error"]
        assert client.post(url, content=b"{not json").status_code == 400
        assert client.get(f"/api/projects/{project}/shots/nope/layout").status_code == 404

        # the camera re-frames over the API too, and a size picked in the edit form does the same
        single = next(s for s in plan.shots if s.dialogue and len(cast_of(s)) == 1)
        framed = client.post(f"/api/projects/{project}/shots/{single.id}/layout", json={
            "keyframes": [[{"entity": o.entity, "box": list(o.box)} for o in kf.objects] for kf in single.keyframes],
            "camera": {"size": "ECU"}}).json()["layout"]
        assert framed["camera"]["size"] == "ECU" and framed["pins"]["camera"]
        (x0, _, x1, _), (u0, _, u1, _) = box_of(single, next(iter(cast_of(single)))), framed["keyframes"][0]["objects"][0]["box"]
        assert u1 - u0 > x1 - x0


def test_a_description_or_size_edited_in_the_form_changes_the_drawing(studio):
    from director.models import FilmPlan

    with studio.client() as client:
        project = planned_project(client)
        plan = FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json())
        target = first_shot_with(plan, "cat")
        drawing = client.get(f"/projects/{project}/shots/{target.id}.png").content
        client.post(f"/projects/{project}/shots/{target.id}", data={"description": "Ben sits on the rug."})
        after = shot_of(FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json()), target.id)
        assert "ben" in cast_of(after) and "cat" not in cast_of(after)
        assert client.get(f"/projects/{project}/shots/{target.id}.png").content != drawing
        size = client.post(f"/projects/{project}/shots/{target.id}", data={"camera_size": "CU"})
        assert size.status_code == 200
        close = shot_of(FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json()), target.id)
        assert close.camera.size == "CU" and box_of(close, "ben") != box_of(after, "ben")


def test_the_cast_section_edits_the_bible(studio):
    from director.models import FilmPlan

    with studio.client() as client:
        project = planned_project(client)
        page = client.get(f"/projects/{project}").text
        assert 'id="cast"' in page and 'id="entity-ana"' in page and 'name="voice.pitch"' in page
        client.post(f"/projects/{project}/cast/ana", data={"name": "Anna", "kind": "person",
                                                           "description": "40s, green cardigan",
                                                           "voice.backend": "espeak", "voice.voice": "alba"})
        client.post(f"/projects/{project}/cast", data={"name": "Lamp", "kind": "object"})
        plan = FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json())
        assert plan.entity("ana").name == "Anna" and plan.entity("ana").voice.voice == "alba" and plan.entity("lamp")
        assert "<strong>Anna:</strong>" in client.get(f"/projects/{project}").text
        refused = client.post(f"/projects/{project}/cast/ana/remove")
        assert refused.status_code == 400 and "take it out of those shots first" in refused.text
        assert client.post(f"/projects/{project}/cast/lamp/remove").status_code == 200
