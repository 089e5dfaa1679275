"""The cast's references: one picture per entity for the whole film, passed to every request of its shots.

`CastRenderer` is a real Renderer (not a mock): its keyframes' colour is the mean colour of the reference
pictures it is handed, and it records every request, so the tests can count reference renders and see what
each shot was given.
"""
from __future__ import annotations

import json
import threading

import numpy as np
import pytest
from PIL import Image

from director.errors import DirectorError
from director.models import Entity, FilmPlan, Keyframe, PlanScene, SceneObject, Shot
from director.pipeline import render_plan
from director.protocols import Capabilities


class CastRenderer:
    name = "cast"

    def __init__(self, references=True):
        self._caps = Capabilities(max_frames=5, keyframe_conditioning=True, references=references)
        self.requests = []
        self.lock = threading.Lock()

    @property
    def capabilities(self):
        return self._caps

    @property
    def identity(self):
        return f"cast/1/{self._caps.references}"

    def _colour(self, req):
        refs = [np.asarray(p, float).reshape(-1, 3).mean(0) for _, p in sorted(req.references.items())]
        return np.mean(refs, 0) if refs else np.array([10.0, 20.0, 30.0])

    def keyframes(self, req):
        with self.lock:
            self.requests.append(("keyframes", req.shot.id, sorted(req.references)))
        if req.shot.id.startswith("reference-"):       # the picture of one entity: its id in the red channel
            colour = [sum(map(ord, req.shot.id)) % 256, 128, 64]
        else:
            colour = self._colour(req)
        frame = np.broadcast_to(np.uint8(np.round(colour)), (req.height, req.width, 3))
        return np.ascontiguousarray(np.broadcast_to(frame, (len(req.times), req.height, req.width, 3)))

    def interpolate(self, req):
        with self.lock:
            self.requests.append(("interpolate", req.shot.id, sorted(req.references)))
        first = np.stack([s.first for s in req.segments])[:, None]
        return np.ascontiguousarray(np.repeat(first, req.length, axis=1))


def two_shot_plan(reference=None) -> FilmPlan:
    mara = SceneObject(entity="mara", box=(0.1, 0.2, 0.4, 0.95))
    dog = SceneObject(entity="dog", box=(0.5, 0.6, 0.8, 0.95))
    times = [round(k * 7 / 5) / 8 for k in range(6)]        # 6 keyframes on the frames of a 1 s shot at 8 fps
    shots = [Shot(id="sh1", scene=1, duration=1.0, keyframes=[Keyframe(t=t, objects=[mara, dog]) for t in times]),
             Shot(id="sh2", scene=1, duration=1.0, keyframes=[Keyframe(t=t, objects=[mara]) for t in times])]
    return FilmPlan(title="Cast", fps=8, width=64, height=32, scenes=[PlanScene(index=1, heading="INT. ROOM")],
                    entities=[Entity(id="mara", name="Mara", kind="person", description="red coat",
                                     reference=reference),
                              Entity(id="dog", name="Rex", kind="animal", description="white terrier"),
                              Entity(id="ghost", name="Ghost", kind="person")],        # in no shot
                    shots=shots)


def reference_renders(renderer):
    return sorted(s for kind, s, _ in renderer.requests if s.startswith("reference-"))


def test_one_reference_per_entity_for_the_whole_film_reaches_every_request(tmp_path):
    r = CastRenderer()
    result = render_plan(two_shot_plan(), tmp_path / "out", renderer=r, processes=False)
    assert reference_renders(r) == ["reference-dog", "reference-mara"]     # once each; none for the ghost
    given = {(kind, shot): refs for kind, shot, refs in r.requests if not shot.startswith("reference-")}
    assert given[("keyframes", "sh1")] == ["dog", "mara"] and given[("keyframes", "sh2")] == ["mara"]
    assert given[("interpolate", "sh2")] == ["mara"]                     # the local stage gets them too
    assert result.manifest["stages"]["references"]["misses"] == 2

    r2 = CastRenderer()
    render_plan(two_shot_plan(), tmp_path / "out", renderer=r2, processes=False)
    assert r2.requests == []                                              # cached like any task

    edited = two_shot_plan()
    edited.entities[1].description = "black labrador"
    r3 = CastRenderer()
    render_plan(edited, tmp_path / "out", renderer=r3, processes=False)
    assert reference_renders(r3) == ["reference-dog"]                    # only the changed entity ...
    assert {s for _, s, _ in r3.requests} == {"reference-dog", "sh1"}     # ... and the shot it is in


def test_a_named_picture_is_used_as_given_and_changes_the_output(tmp_path):
    picture = np.zeros((6, 4, 3), np.uint8)
    picture[..., 2] = 200
    Image.fromarray(picture).save(tmp_path / "mara.png")
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(two_shot_plan(reference="mara.png").model_dump_json())   # relative to plan.json
    r = CastRenderer()
    result = render_plan(plan_file, tmp_path / "out", renderer=r, processes=False)
    assert reference_renders(r) == ["reference-dog"]                     # mara's picture is the user's
    sheet = (result.out_dir / "storyboard.html").read_text()
    assert sheet.count('class="ref"') == 2                                # the cast sheet shows both pictures
    mp4_blue = _shot_colour(result, "sh2")
    Image.fromarray(255 - picture).save(tmp_path / "mara.png")          # a new picture of mara ...
    r2 = CastRenderer()
    result = render_plan(plan_file, tmp_path / "out", renderer=r2, processes=False)
    assert {s for _, s, _ in r2.requests} == {"sh1", "sh2"}              # ... re-renders her shots only
    assert not np.allclose(_shot_colour(result, "sh2"), mp4_blue, atol=8)

    missing = two_shot_plan(reference="nowhere.png")
    with pytest.raises(DirectorError, match="entity 'mara': reference picture nowhere.png not found"):
        render_plan(missing, tmp_path / "out2", renderer=CastRenderer(), processes=False)
    assert not (tmp_path / "out2" / "film.mp4").exists()


def test_a_renderer_without_references_never_waits_for_them(tmp_path):
    Image.fromarray(np.full((6, 4, 3), 90, np.uint8)).save(tmp_path / "mara.png")
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(two_shot_plan(reference=str(tmp_path / "mara.png")).model_dump_json())
    r = CastRenderer(references=False)
    render_plan(plan_file, tmp_path / "out", renderer=r, processes=False)
    assert all(refs == [] for _, _, refs in r.requests)
    Image.fromarray(np.full((6, 4, 3), 200, np.uint8)).save(tmp_path / "mara.png")
    r2 = CastRenderer(references=False)
    result = render_plan(plan_file, tmp_path / "out", renderer=r2, processes=False)
    assert r2.requests == []                                              # a new picture re-renders no shot
    assert result.manifest["stages"]["references"]["misses"] == 1         # (the cast sheet has it)


def _shot_colour(result, shot_id):
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(result.out_dir / "shots" / f"{shot_id}.mp4"))
    meta = next(reader)
    w, h = meta["size"]
    frame = np.frombuffer(next(reader), np.uint8).reshape(h, w, 3)
    reader.close()
    return frame.reshape(-1, 3).mean(0)


def test_manifest_lists_the_reference_tasks(tmp_path):
    r = CastRenderer()
    result = render_plan(two_shot_plan(), tmp_path / "out", renderer=r, processes=False)
    manifest = json.loads(result.manifest_path.read_text())
    assert manifest["stages"]["references"]["tasks"] == 2
