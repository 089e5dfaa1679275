"""`director gc`: the store keeps what the current plan needs and loses the rest — old edits, orphans."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from director.errors import DirectorError
from director.gc import collect_garbage, live_keys
from director.pipeline import render_plan
from director.store import ArtifactStore

from film_checks import tiny_plan

REPO = Path(__file__).resolve().parents[1]


def edit(out: Path, shot: int, movement: str) -> None:
    data = json.loads((out / "plan.json").read_text())
    data["shots"][shot]["camera"]["movement"] = movement
    (out / "plan.json").write_text(json.dumps(data))


def test_gc_removes_only_what_the_current_plan_does_not_need(tmp_path):
    out = tmp_path / "film"
    render_plan(tiny_plan(), out, prune=False)
    edit(out, 2, "pan_right")
    render_plan(out / "plan.json", out, prune=False)            # the old version of shot 3 is kept
    store = ArtifactStore(out / ".director")
    before = store.keys()
    live = live_keys(out)
    stale = before - live
    stage_of = dict(store._connect().execute("SELECT key, stage FROM artifacts"))
    assert {stage_of[k] for k in stale} >= {"clip", "segment", "panel", "film"}
    orphan = store.objects / "ff" / ("0" * 62 + ".zst")         # a crash between placing a file and recording it
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"left by a killed writer")
    film = (out / "film.mp4").read_bytes()

    run = subprocess.run([sys.executable, "-m", "director", "gc", str(out)], cwd=REPO, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert f"removed {len(stale)} artifacts" in run.stdout and "freed" in run.stdout
    assert ArtifactStore(out / ".director").keys() == before & live and not orphan.exists()
    # everything the current plan needs is still there: rendering it again computes nothing, same film
    events: list[dict] = []
    again = render_plan(out / "plan.json", out, events=events.append)
    assert again.manifest["tasks"]["computed"] == 0, [e["task"] for e in events if e["event"] == "task_finished"]
    assert (out / "film.mp4").read_bytes() == film
    report = collect_garbage(out)                                 # and a second gc finds nothing to do
    assert report.artifacts_before == report.artifacts_after and report.files_removed == 0


def test_gc_keeps_an_object_still_named_by_a_live_artifact(tmp_path):
    """Content addressing: two artifacts, one file. Removing the dead one must not take the file."""
    out = tmp_path / "film"
    render_plan(tiny_plan(2), out)
    store = ArtifactStore(out / ".director")
    key = next(iter(store.keys("clip")))
    art = store.get(key)
    with store.writer("a-key-no-plan-has", "clip") as w:
        w.write_bytes("clip.mp4", art.path("clip.mp4").read_bytes())
    assert store.get("a-key-no-plan-has").path("clip.mp4") == art.path("clip.mp4")
    collect_garbage(out)
    store = ArtifactStore(out / ".director")
    assert store.get("a-key-no-plan-has") is None and store.get(key) is not None


def test_gc_without_a_finished_job_is_one_line_and_removes_nothing(tmp_path):
    out = tmp_path / "film"
    render_plan(tiny_plan(2), out)
    (out / "manifest.json").unlink()
    before = ArtifactStore(out / ".director").usage()
    with pytest.raises(DirectorError, match="no manifest"):
        collect_garbage(out)
    assert ArtifactStore(out / ".director").usage() == before
    run = subprocess.run([sys.executable, "-m", "director", "gc", str(tmp_path / "nothing")], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "no artifact store" in run.stderr


def test_gc_keeps_what_a_voiced_film_needs(tmp_path):
    from director.sound import resolve

    voices = resolve("auto")
    if voices is None:
        pytest.skip("no voice backend installed (pip install 'director[voices]')")
    out = tmp_path / "film"
    render_plan(tiny_plan(2), out, voices=voices)
    report = collect_garbage(out)
    assert report.artifacts_after == report.artifacts_before
    events: list[dict] = []
    again = render_plan(out / "plan.json", out, voices=voices, events=events.append)
    assert again.manifest["tasks"]["computed"] == 0, [e["task"] for e in events if e["event"] == "task_finished"]
