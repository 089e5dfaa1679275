"""Resume after a real interruption: `python -m director make` in a subprocess, killed mid-render, run again."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from director.events import read_events
from director.pipeline import load_plan
from director.registry import load

from film_checks import check_film

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "examples" / "the_lighthouse.fountain"
SIZE = ["--width", "192", "--height", "108", "--fps", "12"]


def make(out: Path, events: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "director", "make", str(SCRIPT), "-o", str(out), "--events", str(events),
           "-q", *SIZE, *extra]
    # Ctrl-C as at a terminal, however the tests were started: a shell that starts a command in the background
    # without job control (`.ci/run &`, nohup) ignores SIGINT, and an ignored signal stays ignored across exec,
    # so the job would never see the test's SIGINT and run to the end.
    return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def wait_for_finished(events: Path, proc: subprocess.Popen, count: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if events.exists():
            done = [e for e in read_events(events) if e["event"] == "task_finished" and e["stage"] != "planning"]
            if len(done) >= count:
                return
        if proc.poll() is not None:
            pytest.fail(f"the job ended before it could be interrupted: {proc.stderr.read()}")
        time.sleep(0.01)
    pytest.fail("no progress events from the job")


def finished(events: Path) -> set[str]:
    return {e["task"] for e in read_events(events) if e["event"] == "task_finished"}


def test_killed_job_resumes_with_only_the_missing_tasks(tmp_path):
    out = tmp_path / "film"
    first_events, second_events = tmp_path / "run1.jsonl", tmp_path / "run2.jsonl"
    proc = make(out, first_events, "-j", "1")
    wait_for_finished(first_events, proc, 6)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "manifest.json").exists() and not (out / "film.mp4").exists()
    done_before = finished(first_events)

    proc = make(out, second_events)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert f"film:     {out / 'film.mp4'}" in stdout and "manifest:" in stdout and "plan:" in stdout
    computed_now = finished(second_events)
    cached_now = {e["task"] for e in read_events(second_events) if e["event"] == "task_cached"}
    assert done_before and computed_now
    assert not done_before & computed_now                # nothing finished before is computed again
    assert done_before <= cached_now                      # … it is all reused
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert manifest["tasks"]["computed"] == len(computed_now - {"planning"})
    assert manifest["tasks"]["cached"] == manifest["tasks"]["total"] - manifest["tasks"]["computed"]
    assert manifest["stages"]["planning"]["hits"] == 1
    # nothing the killed process was writing is left behind, and the film is whole
    assert list((out / ".director" / "tmp").iterdir()) == []
    plan = load_plan(out / "plan.json")
    check_film(plan, out / "film.mp4", load("renderer", "animatic"))


def test_ctrl_c_stops_cleanly_and_keeps_finished_work(tmp_path):
    out, events = tmp_path / "film", tmp_path / "events.jsonl"
    proc = make(out, events, "-j", "1")
    wait_for_finished(events, proc, 3)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted; finished work is kept" in stderr and "Traceback" not in stderr
    kept = finished(events) - {"planning"}
    rerun = tmp_path / "rerun.jsonl"
    proc = make(out, rerun)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert kept and not kept & finished(rerun)


def test_a_job_interrupted_after_intermediates_were_dropped_resumes_with_the_same_film(tmp_path):
    """Frames are dropped once their readers are done; an interrupted job keeps what unfinished readers need."""
    from director.pipeline import render_plan
    from director.store import ArtifactStore
    from film_checks import tiny_plan
    from renderers.animatic import AnimaticRenderer

    class CtrlCOnLastShot(AnimaticRenderer):
        def interpolate(self, request):
            if request.shot.id == "sc001_sh04":
                raise KeyboardInterrupt
            return super().interpolate(request)

    plan = tiny_plan(4)
    render_plan(plan, tmp_path / "clean", storyboard=False)
    out = tmp_path / "film"
    events: list[dict] = []
    with pytest.raises(KeyboardInterrupt):
        render_plan(plan, out, renderer=CtrlCOnLastShot(), workers=1, storyboard=False, events=events.append)
    before = {e["task"] for e in events if e["event"] == "task_finished"}
    assert {"segment/00000", "clip/sc001_sh01", "clip/sc001_sh03"} <= before and "film" not in before
    store = ArtifactStore(out / ".director")
    # shots 1-3 are encoded: their frames are gone; the last shot's keyframes wait for its in-betweens
    assert store.keys("local") == set() and len(store.keys("keyframes")) == 1

    events.clear()
    result = render_plan(plan, out, storyboard=False, events=events.append)
    again = {e["task"] for e in events if e["event"] == "task_finished"}
    assert again and not again & before
    assert result.manifest["complete"] is True
    assert (out / "film.mp4").read_bytes() == (tmp_path / "clean" / "film.mp4").read_bytes()
    assert ArtifactStore(out / ".director").keys("keyframes") == set()
