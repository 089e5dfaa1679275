"""Fault tolerance on the local executor (the policy lives in shared code, `director.faults` + `Job`): a task that
raises is retried; a shot that keeps failing gets a failure slate while the rest of the film renders, and the job
says so; a truncated intermediate artifact is recomputed."""
from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from director.faults import RETRIES, FilmIncomplete
from director.graph import build_graph
from director.pipeline import render_plan
from director.store import ArtifactStore
from director.timing import film_frames, shot_spans
from renderers.animatic import AnimaticRenderer

from film_checks import KEYFRAME_PSNR, keeping_animatic, psnr, tiny_plan


class FlakyAnimatic(AnimaticRenderer):
    """The animatic (same identity, same pixels) whose interpolate raises for `shot` `fails` times — forever with
    fails=None — like a GPU that runs out of memory on one shot."""

    def __init__(self, shot: str, fails: int | None):
        super().__init__()
        self.shot, self.fails, self.calls = shot, fails, 0
        self._count = threading.Lock()

    def interpolate(self, request):
        if request.shot.id == self.shot:
            with self._count:
                self.calls += 1
                failing = self.fails is None or self.calls <= self.fails
            if failing:
                raise RuntimeError(f"CUDA out of memory while drawing {request.shot.id} (call {self.calls})")
        return super().interpolate(request)


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    out = tmp_path_factory.mktemp("clean")
    render_plan(tiny_plan(3), out, storyboard=False)
    return out


def test_a_task_that_raises_is_retried_and_the_film_is_unchanged(clean, tmp_path):
    events: list[dict] = []
    renderer = FlakyAnimatic("sc001_sh02", fails=RETRIES)          # fails twice, then works
    result = render_plan(tiny_plan(3), tmp_path, renderer=renderer, storyboard=False, events=events.append)
    retried = [e for e in events if e["event"] == "task_retried"]
    assert [e["attempt"] for e in retried] == [1, 2] and {e["shot"] for e in retried} == {"sc001_sh02"}
    assert "CUDA out of memory" in retried[0]["error"]
    assert result.manifest["complete"] is True and result.manifest["failures"] == []
    assert result.manifest["stages"]["local"]["retries"] == 2
    assert (tmp_path / "film.mp4").read_bytes() == (clean / "film.mp4").read_bytes()


def test_a_shot_that_keeps_failing_gets_a_slate_and_the_rest_of_the_film_renders(clean, tmp_path):
    import imageio.v3 as iio

    plan = tiny_plan(3)
    events: list[dict] = []
    with pytest.raises(FilmIncomplete, match=r"shot sc001_sh02: local/sc001_sh02/\d failed after 3 attempt\(s\): "
                                             r"RuntimeError: CUDA out of memory") as caught:
        render_plan(plan, tmp_path, renderer=FlakyAnimatic("sc001_sh02", fails=None), storyboard=False,
                    events=events.append)

    # reported: the exception, the manifest and the event stream all name the shot and the error
    result = caught.value.result
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest == result.manifest and manifest["complete"] is False
    (failure,) = manifest["failures"]
    assert failure["shot"] == "sc001_sh02" and failure["attempts"] == 1 + RETRIES
    assert "CUDA out of memory" in failure["error"]
    assert events[-1]["event"] == "job_failed" and events[-1]["failures"] == manifest["failures"]
    assert not [e for e in events if e["event"] == "job_finished"]

    # the other shots are the clean render's; the failed shot is a black failure slate of the same length
    film = iio.imread(tmp_path / "film.mp4", index=None)
    reference = iio.imread(clean / "film.mp4", index=None)
    assert len(film) == len(reference) == film_frames(plan)
    spans = shot_spans(plan)
    middle = [s.start + (s.end - s.start) // 2 for s in spans]
    assert psnr(film[middle[0]], reference[middle[0]]) > KEYFRAME_PSNR      # same picture (H.264 aside)
    assert psnr(film[middle[2]], reference[middle[2]]) > KEYFRAME_PSNR
    slate = film[middle[1]]
    assert slate.mean() < 30 and np.abs(slate.astype(int) - reference[middle[1]]).mean() > 20
    assert (slate[..., 0] > 150).sum() > 20                          # the red 'SHOT … FAILED' title
    for shot in ("sc001_sh01", "sc001_sh03"):
        assert (tmp_path / "shots" / f"{shot}.mp4").read_bytes() == (clean / "shots" / f"{shot}.mp4").read_bytes()

    # fixed, re-run: only the failed shot and the cut are rendered; the result is the clean film, complete
    events.clear()
    again = render_plan(plan, tmp_path, renderer=AnimaticRenderer(), storyboard=False, events=events.append)
    computed = {e["task"] for e in events if e["event"] == "task_finished"}
    assert {e["shot"] for e in events if e["event"] == "task_finished" and e["shot"]} == {"sc001_sh02"}
    assert "film" in computed and "keyframes/sc001_sh02" not in computed     # its keyframes had succeeded
    assert again.manifest["complete"] is True and again.manifest["failures"] == []
    assert (tmp_path / "film.mp4").read_bytes() == (clean / "film.mp4").read_bytes()
    assert (tmp_path / "shots" / "sc001_sh02.mp4").read_bytes() == (clean / "shots" / "sc001_sh02.mp4").read_bytes()


def test_a_truncated_intermediate_artifact_is_detected_by_hash_and_recomputed(clean, tmp_path):
    plan = tiny_plan(3)
    out = tmp_path / "film"
    renderer = keeping_animatic()        # keeps each shot's final frames in the store (the animatic redraws them)
    render_plan(plan, out, renderer=renderer, storyboard=False)
    store = ArtifactStore(out / ".director")
    graph = build_graph(plan, renderer_identity=renderer.identity, capabilities=renderer.capabilities,
                        storyboard=False)
    levels = json.loads((out / "manifest.json").read_text())["schedules"]["sc001_sh03"]["levels"]
    final = graph.nodes[f"local/sc001_sh03/{levels}"]["task"]
    frames = store.get(final.key).path("frames.zst")
    with open(frames, "r+b") as f:                         # a crash or a full disk cut the file short
        f.truncate(frames.stat().st_size // 2)
    segment = next(n for n in graph.predecessors("film") if "sc001_sh03" in graph.nodes[n]["task"].params["frames"])
    (out / "film.mp4").unlink()
    for node in ("film", segment):                          # the cut must be made again, from that shot's frames
        store.forget(graph.nodes[node]["task"].key)
    events: list[dict] = []
    result = render_plan(plan, out, renderer=renderer, storyboard=False, events=events.append)
    computed = {e["task"] for e in events if e["event"] == "task_finished"}
    # the keyframes it was made from were dropped once read: they are drawn again, then that level
    assert computed == {"keyframes/sc001_sh03", final.id, segment, "film"}
    assert result.manifest["stages"]["local"]["misses"] == 1
    assert result.manifest["tasks"]["cached"] == result.manifest["tasks"]["total"] - 4   # the rest reused
    assert (out / "film.mp4").read_bytes() == (clean / "film.mp4").read_bytes()
