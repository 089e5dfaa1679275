"""Every screenplay in ../shared/samples becomes a film: the duration equals the plan's, every frame decodes,
and each plan keyframe is in the film at its time (compared with the renderer's own keyframe render).

Films are tiny (128×72 at 6 fps) so the feature-length Big Fish stays fast; per-shot mp4s and the storyboard
are left out here (the lighthouse tests cover them). A Final Draft twin of a Fountain script renders into its
twin's output folder: the shots are the same, so only what differs is rendered again.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from director.pipeline import make_film
from director.registry import load
from director.editor import plan_segments
from director.timing import TITLE_CARD_SECONDS, film_frames

from film_checks import check_film

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
SIZE = {"width": 128, "height": 72, "fps": 6}
LONG = 300   # shots; above this, keyframes of every shot are checked but time-neighbours on a sample


def _screenplays() -> list[str]:
    if not SAMPLES.is_dir():
        return ["<samples missing>"]
    fountain = sorted(p.relative_to(SAMPLES).as_posix() for p in SAMPLES.glob("*/*.fountain")
                      if p.parent.name in ("scripts", "fdx"))
    fdx = sorted(p.relative_to(SAMPLES).as_posix() for p in (SAMPLES / "fdx").glob("*.fdx"))
    return fountain + fdx


def _title(rel: str) -> str:
    return Path(rel).name.split(".")[0]


@pytest.fixture(scope="module")
def renderer():
    return load("renderer", "animatic")


@pytest.mark.slow
@pytest.mark.parametrize("rel", _screenplays())
def test_sample_becomes_a_film(rel, samples, tmp_path_factory, renderer):
    path = samples / rel
    out = tmp_path_factory.getbasetemp() / "sample_films" / _title(rel)
    twin_plan = None
    if (out / "plan.json").exists():
        twin_plan = json.loads((out / "plan.json").read_text())
    events = []
    result = make_film(path, out, shot_videos=False, storyboard=False, progress=False, events=events.append,
                       **SIZE)
    plan = result.film_plan
    assert plan.shots, f"{rel}: no shots"
    assert abs(film_frames(plan) / plan.fps - plan.duration) <= 1 / plan.fps
    stride = 1 if twin_plan is None else 10
    long_film = len(plan.shots) > LONG
    stats = check_film(plan, result.film, renderer, shot_stride=stride, neighbour_stride=10 if long_film else 1)
    assert stats["frames"] == result.manifest["plan"]["frames"]
    assert stats["keyframes_checked"] > 0 or film_frames(plan) < 6 * plan.fps
    if twin_plan is not None:
        # only shots that differ from the Fountain twin's (or whose neighbours' transitions differ) re-render
        before = {s["id"]: s for s in twin_plan["shots"]}
        changed = {s.id for s in plan.shots if before.get(s.id) != s.model_dump(mode="json")}
        ids = [s.id for s in plan.shots]
        near = changed | {ids[i + d] for i, sid in enumerate(ids) if sid in changed for d in (-1, 1)
                          if 0 <= i + d < len(ids)}
        # a segment of the film encoded again draws the shots it shows again (the animatic keeps no frames); the
        # segments encoded again are those showing a changed shot, or the title card when the title page differs
        segments = plan_segments(plan)
        encoded = {int(e["task"].split("/")[1]) for e in events
                   if e["event"] == "task_finished" and e["stage"] == "segment"}
        card = round(TITLE_CARD_SECONDS * plan.fps)
        assert all(segments[k].start < card or {ids[i] for i in segments[k].shots} & near for k in encoded), rel
        drawn_for_segments = {ids[i] for k in encoded for i in segments[k].shots}
        rendered = {e["shot"] for e in events if e["event"] == "task_finished" and e["stage"] in ("keyframes", "local")}
        allowed = near | drawn_for_segments
        assert rendered <= allowed, f"{rel}: re-rendered unchanged shots {sorted(rendered - allowed)[:5]}"
