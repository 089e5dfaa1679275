"""The director end to end on hand-made plans: outputs, the film's frames, caching, edits, events, bad input."""
from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import numpy as np
import pytest

from director.errors import DirectorError, InputError
from director.events import read_events
from director.pipeline import load_plan, render_plan
from director.registry import load
from director.store import ArtifactStore
from director.timing import film_frames

from film_checks import check_film, keeping_animatic, tiny_plan

OUTPUTS = ["film.mp4", "plan.json", "storyboard.html", "subtitles.srt", "subtitles.vtt", "timeline.otio",
           "manifest.json"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """One finished job shared by the read-only checks below."""
    out = tmp_path_factory.mktemp("film")
    events = []
    result = render_plan(tiny_plan(), out, events=events.append, events_file=out.parent / "events.jsonl")
    return result, events, out


def test_outputs_and_manifest(rendered):
    result, _, out = rendered
    for name in OUTPUTS:
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    plan = result.film_plan
    assert sorted(p.name for p in (out / "shots").iterdir()) == [f"{s.id}.mp4" for s in plan.shots]
    m = json.loads((out / "manifest.json").read_text())
    assert m["complete"] is True and m == result.manifest
    assert m["plan"]["frames"] == film_frames(plan)
    assert m["tasks"]["cached"] == 0 and m["tasks"]["computed"] == m["tasks"]["total"]
    for stage in ("plan", "keyframes", "local", "clip", "film", "storyboard", "subtitles", "timeline"):
        assert m["stages"][stage]["misses"] == m["stages"][stage]["tasks"] > 0, stage
    assert m["versions"]["renderer"].startswith("animatic/")
    assert set(m["schedules"]) == {s.id for s in plan.shots}
    assert load_plan(out / "plan.json") == plan


def test_film_plays_and_shows_every_keyframe_at_its_time(rendered):
    result, _, out = rendered
    stats = check_film(result.film_plan, out / "film.mp4", load("renderer", "animatic"))
    assert stats["keyframes_checked"] >= 8


def test_shot_clips_hold_handles_and_keyframes_are_exact_in_the_shot(rendered):
    import imageio.v3 as iio

    from director.timing import shot_spans

    result, _, out = rendered
    plan = result.film_plan
    store = ArtifactStore(out / ".director")
    for span, shot in zip(shot_spans(plan), plan.shots):
        clip = iio.imread(out / "shots" / f"{shot.id}.mp4", index=None)
        assert len(clip) == span.rendered
        sched = result.manifest["schedules"][shot.id]
        assert sched["total"] == (sched["keyframes"] - 1) * (sched["length"] - 1) ** sched["levels"] + 1
    # the animatic redraws frames rather than store them: once read, no shot's frames are left in the store
    assert store.keys("keyframes") == set() and store.keys("local") == set()


def test_final_frames_are_kept_losslessly_and_hold_the_keyframes_bit_exact(tmp_path):
    """A renderer whose frames are costly keeps each shot's final frames (compressed, lossless); the keyframes
    and lower levels are dropped once read. The keyframes survive bit-exact in the final frames."""
    from director.graph import build_graph
    from director.hierarchy import Schedule, ShotContext, render_keyframes

    renderer = keeping_animatic()
    plan = tiny_plan()
    result = render_plan(plan, tmp_path, renderer=renderer)
    store = ArtifactStore(tmp_path / ".director")
    graph = build_graph(plan, renderer_identity=renderer.identity, capabilities=renderer.capabilities)
    assert store.keys("keyframes") == set()
    for shot in plan.shots:
        sched = dict(result.manifest["schedules"][shot.id])
        final = store.get(graph.nodes[f"local/{shot.id}/{sched['levels']}"]["task"].key)
        assert final is not None and final.path("frames.zst").stat().st_size < final.frames().shape[0] * 128 * 72
        final = final.array()
        sched.pop("total")
        kf = render_keyframes(renderer, ShotContext.from_plan(plan, shot), Schedule(**sched))
        stride = (sched["length"] - 1) ** sched["levels"]
        for k in range(len(kf)):
            if k * stride < len(final):
                assert np.array_equal(final[k * stride], kf[k])


def test_events_stream_and_callback_agree(rendered):
    result, events, out = rendered
    lines = read_events(out.parent / "events.jsonl")
    assert [e["event"] for e in lines] == [e["event"] for e in events]
    assert lines[0]["event"] == "job_started" and lines[-1]["event"] == "job_finished"
    started = {e["task"] for e in lines if e["event"] == "task_started"}
    finished = {e["task"] for e in lines if e["event"] == "task_finished"}
    assert started == finished and len(finished) == result.manifest["tasks"]["total"]
    assert all(e["seconds"] >= 0 and e["stage"] for e in lines if e["event"] == "task_finished")
    assert lines[-2]["done"] == lines[-2]["total"]


def test_rerun_renders_nothing_and_edit_rerenders_one_shot(tmp_path):
    plan = tiny_plan()
    first = render_plan(plan, tmp_path)
    film_before = (tmp_path / "film.mp4").read_bytes()
    events = []
    again = render_plan(tmp_path / "plan.json", tmp_path, events=events.append)
    assert again.manifest["tasks"]["computed"] == 0
    assert all(st["misses"] == 0 for st in again.manifest["stages"].values())
    assert not [e for e in events if e["event"] == "task_started"]
    assert (tmp_path / "film.mp4").read_bytes() == film_before

    # edit one shot in plan.json: a new camera move for the third shot
    data = json.loads((tmp_path / "plan.json").read_text())
    data["shots"][2]["camera"]["movement"] = "pan_right"
    (tmp_path / "plan.json").write_text(json.dumps(data))
    events = []
    edited = render_plan(tmp_path / "plan.json", tmp_path, events=events.append)
    computed = {e["task"] for e in events if e["event"] == "task_finished"}
    rendered_shots = {e["shot"] for e in events if e["event"] == "task_finished" and e["shot"]}
    assert rendered_shots == {"sc001_sh03"}
    assert "film" in computed
    assert {t.split("/")[0] for t in computed} <= {"plan", "keyframes", "local", "clip", "segment", "film", "panel",
                                                   "storyboard", "subtitles", "timeline"}
    m = edited.manifest["stages"]
    assert m["keyframes"] == {**m["keyframes"], "hits": 2, "misses": 1}
    assert m["clip"]["hits"] == 2 and m["film"]["misses"] == 1
    # the third shot follows a cut: its own segment is re-encoded, and its panel re-drawn; nothing else
    assert m["segment"] == {**m["segment"], "tasks": 3, "hits": 2, "misses": 1}
    assert m["panel"] == {**m["panel"], "hits": 2, "misses": 1}
    assert (tmp_path / "film.mp4").read_bytes() != film_before
    # artifacts of the old version of the shot were pruned; the others are still there (frames: dropped once read)
    store = ArtifactStore(tmp_path / ".director")
    assert len(store.keys("segment")) == 3 and len(store.keys("clip")) == 3 and not store.keys("keyframes")
    assert first.manifest["plan"]["frames"] == edited.manifest["plan"]["frames"]


def test_damaged_artifact_is_recomputed(tmp_path):
    render_plan(tiny_plan(2), tmp_path)
    store = ArtifactStore(tmp_path / ".director")
    film_key = next(iter(store.keys("film")))
    obj = store.get(film_key).path("film.mp4")
    (tmp_path / "film.mp4").unlink()                # drop the hard link first, then truncate the object
    with open(obj, "r+b") as f:
        f.truncate(100)
    events = []
    render_plan(tmp_path / "plan.json", tmp_path, events=events.append)
    assert {e["task"] for e in events if e["event"] == "task_finished"} == {"film"}
    assert (tmp_path / "film.mp4").stat().st_size > 1000


def test_plan_failing_validation_is_refused_and_outputs_kept(tmp_path):
    render_plan(tiny_plan(2), tmp_path)
    before = {n: (tmp_path / n).read_bytes() for n in OUTPUTS}
    data = json.loads((tmp_path / "plan.json").read_text())
    data["shots"][0]["keyframes"][2]["objects"][0]["box"] = [0.5, 0.5, 1.7, 0.4]
    (tmp_path / "plan.json").write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"plan\.json: the plan fails validation.*sc001_sh01"):
        render_plan(tmp_path / "plan.json", tmp_path)
    (tmp_path / "plan.json").write_bytes(before["plan.json"])
    assert {n: (tmp_path / n).read_bytes() for n in OUTPUTS} == before


def test_malformed_plan_file_names_file_and_line(tmp_path):
    bad = tmp_path / "plan.json"
    bad.write_text('{\n  "title": "x",\n  "shots": [\n    {"id": "a", "scene": 1, "duration": 2,\n'
                   '     "transition_in": {"type": "cut", "duration": 0}},\n    {"id": "b", "scene": 1,\n'
                   '     "duration": "long"}\n  ]\n}\n')
    with pytest.raises(InputError, match=r"plan\.json:7: shots\.1\.duration"):
        render_plan(bad, tmp_path / "out")
    bad.write_text('{"title": "x",\n "shots": [}')
    with pytest.raises(InputError, match=r"plan\.json:2: not valid JSON"):
        render_plan(bad, tmp_path / "out")


def test_unknown_backend_lists_the_installed_ones(tmp_path):
    with pytest.raises(DirectorError, match=r"unknown renderer 'nope' \(installed: .*animatic"):
        render_plan(tiny_plan(1), tmp_path / "out", renderer="nope")
    assert not (tmp_path / "out").exists()                  # refused before anything was created


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the output folder should go")
    with pytest.raises(DirectorError, match="cannot write to the output folder"):
        render_plan(tiny_plan(1), blocker / "film")


def test_disk_full_mid_render_is_a_clear_error_and_keeps_finished_work(tmp_path, monkeypatch):
    plan = tiny_plan(3)
    render_plan(plan, tmp_path)
    before = {n: (tmp_path / n).read_bytes() for n in OUTPUTS}
    # a new look for every shot: everything must be rendered again, and the disk fills up half way
    edited = plan.model_copy(update={"style": "charcoal"})
    edited.shots[0].camera.movement = "zoom_in"
    real_write, calls = os.write, {"n": 0}

    def filling_disk(fd, data):
        calls["n"] += 1
        if calls["n"] > 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", filling_disk)
    events = []
    with pytest.raises(DirectorError, match="No space left on device"):
        render_plan(edited, tmp_path, workers=1, events=events.append)
    monkeypatch.undo()
    assert {n: (tmp_path / n).read_bytes() for n in OUTPUTS} == before      # the finished film is intact
    assert any(e["event"] == "task_failed" for e in events) and events[-1]["event"] == "job_failed"
    finished = {e["task"] for e in events if e["event"] == "task_finished"}
    assert finished                                                          # some work was done before
    # space is back: the re-run reuses what was finished before the disk filled up
    resumed = []
    render_plan(edited, tmp_path, events=resumed.append)
    assert not finished & {e["task"] for e in resumed if e["event"] == "task_finished"}
    assert {e["task"] for e in resumed if e["event"] == "task_cached"} >= finished


def test_worker_processes_and_threads_make_the_same_film(tmp_path):
    plan = tiny_plan(3)
    threads = render_plan(plan, tmp_path / "threads", workers=2, processes=False)
    procs = render_plan(plan, tmp_path / "procs", workers=2, processes=True)
    assert procs.manifest["tasks"]["computed"] == threads.manifest["tasks"]["computed"]
    assert (tmp_path / "procs" / "film.mp4").read_bytes() == (tmp_path / "threads" / "film.mp4").read_bytes()
    for shot in plan.shots:
        a = (tmp_path / "procs" / "shots" / f"{shot.id}.mp4").read_bytes()
        assert a == (tmp_path / "threads" / "shots" / f"{shot.id}.mp4").read_bytes()


def test_make_film_on_the_example_script_writes_every_output(tmp_path):
    import opentimelineio as otio

    from director.pipeline import make_film

    script = Path(__file__).resolve().parents[1] / "examples" / "the_lighthouse.fountain"
    result = make_film(script, tmp_path, width=128, height=72, fps=6, progress=False)
    for name in OUTPUTS:
        assert (tmp_path / name).is_file() and (tmp_path / name).stat().st_size > 0, name
    plan = result.film_plan
    assert result.plan == tmp_path / "plan.json" and load_plan(result.plan) == plan
    assert sorted(p.stem for p in (tmp_path / "shots").glob("*.mp4")) == sorted(s.id for s in plan.shots)
    m = result.manifest
    assert m["job"]["planner"] == "rules" and m["stages"]["planning"]["misses"] == 1
    assert m["job"]["script"] == str(script) and m["notes"] == []
    check_film(plan, result.film, load("renderer", "animatic"))
    timeline = otio.adapters.read_from_file(str(tmp_path / "timeline.otio"))
    assert round(timeline.duration().to_frames()) == film_frames(plan)
    html = (tmp_path / "storyboard.html").read_text()
    assert all(s.id in html for s in plan.shots)
    cues = (tmp_path / "subtitles.srt").read_text().count(" --> ")
    assert cues == sum(len(s.dialogue) for s in plan.shots) > 0
    again = make_film(script, tmp_path, width=128, height=72, fps=6, progress=False)
    assert again.manifest["tasks"]["computed"] == 0 and again.manifest["stages"]["planning"]["hits"] == 1


def test_make_refuses_to_overwrite_a_hand_edited_plan(tmp_path):
    from director.pipeline import make_film

    script = Path(__file__).resolve().parents[1] / "examples" / "the_lighthouse.fountain"
    size = {"width": 96, "height": 54, "fps": 6, "progress": False, "shot_videos": False, "storyboard": False}
    make_film(script, tmp_path, **size)
    make_film(script, tmp_path, seed=3, **size)          # a new option re-plans over the plan it wrote itself
    data = json.loads((tmp_path / "plan.json").read_text())
    data["shots"][0]["description"] = "my own words"
    (tmp_path / "plan.json").write_text(json.dumps(data))
    film = (tmp_path / "film.mp4").read_bytes()
    with pytest.raises(DirectorError, match="edited since it was made.*director render"):
        make_film(script, tmp_path, **size)
    assert json.loads((tmp_path / "plan.json").read_text())["shots"][0]["description"] == "my own words"
    assert (tmp_path / "film.mp4").read_bytes() == film
    render_plan(tmp_path / "plan.json", tmp_path, **{k: v for k, v in size.items() if k not in ("fps",)})
    with pytest.raises(DirectorError, match="edited since it was made"):   # rendered, but still hand-made
        make_film(script, tmp_path, **size)
    make_film(script, tmp_path, replan=True, **size)
    assert json.loads((tmp_path / "plan.json").read_text())["shots"][0]["description"] != "my own words"
