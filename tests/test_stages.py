"""Stages are modules that declare themselves: the graph is built from them, a pipeline author adds one without
forking, and the job's events open with `job_started`."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from director import stages
from director.events import read_events
from director.pipeline import make_film, render_plan
from director.store import ArtifactStore

from film_checks import tiny_plan

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "examples" / "the_lighthouse.fountain"


# --- a pipeline author's stage: a contact sheet of every shot's first frame (under 30 lines) -----------------
class ContactSheet(stages.Stage):
    name = "contact_sheet"
    after = ("local",)
    outputs = (stages.Output("sheet.png", "contact_sheet.png"),)

    def declare(self, graph):
        frames = graph.product("frames")          # shot id -> the task holding its final frames
        graph.add(self, "contact_sheet", {"frames": [t.key for t in frames.values()]},
                  inputs=tuple(frames.values()),
                  params={"frames": {shot: t.id for shot, t in frames.items()}})

    def compute(self, task, run, out):
        firsts = [np.asarray(f[0]) for f in run.shot_frames(task).values()]
        Image.fromarray(np.concatenate(firsts, axis=1)).save(out.path("sheet.png"))
        out.meta["shots"] = len(firsts)


@pytest.fixture
def contact_sheet():
    stage = stages.register(ContactSheet())
    yield stage
    stages.unregister(stage.name)


def test_builtin_stages_are_modules_in_flow_order():
    assert stages.names() == ("plan", "voice", "references", "keyframes", "local", "clip", "segment", "film",
                              "panel", "storyboard", "subtitles", "timeline", "music", "mix", "track", "mux",
                              "mux_clip")
    for stage in stages.all_stages():
        assert type(stage).__module__ == f"director.stages.{stage.name}"


def test_an_added_stage_runs_caches_and_resumes_like_a_builtin(contact_sheet, tmp_path):
    plan = tiny_plan()
    events: list[dict] = []
    first = render_plan(plan, tmp_path, events=events.append)
    sheet = tmp_path / "contact_sheet.png"
    assert first.outputs["contact_sheet"] == sheet and sheet.is_file()
    assert Image.open(sheet).size == (plan.width * len(plan.shots), plan.height)
    assert first.manifest["stages"]["contact_sheet"] == {**first.manifest["stages"]["contact_sheet"],
                                                         "tasks": 1, "misses": 1, "hits": 0}
    assert list(first.manifest["stages"])[-1] == "contact_sheet"
    assert events[0]["event"] == "job_started" and events[0]["totals"]["contact_sheet"] == 1
    assert [e["event"] for e in events if e.get("stage") == "contact_sheet"] == ["task_started", "task_finished"]

    again = render_plan(plan, tmp_path)                     # cached like the built-in stages
    assert again.cache("contact_sheet") == (1, 0) and again.manifest["tasks"]["computed"] == 0

    store = ArtifactStore(tmp_path / ".director")           # its artifact lost (a killed job): only it reruns
    key = next(k for k in store.keys("contact_sheet"))
    store.prune(set(store.keys()) - {key})
    resumed = render_plan(plan, tmp_path)
    redrawn = sum(resumed.cache(s)[1] for s in ("keyframes", "local"))   # the animatic keeps no frames: it redraws
    assert resumed.cache("contact_sheet") == (0, 1) and resumed.manifest["tasks"]["computed"] == 1 + redrawn
    assert sheet.read_bytes() == first.outputs["contact_sheet"].read_bytes()


def test_a_stage_from_an_entry_point(tmp_path, monkeypatch):
    # an installed package's stage: a real distribution on sys.path with a `director.stages` entry point
    (tmp_path / "sheet_stage.py").write_text("from test_stages import ContactSheet\nstage = ContactSheet()\n")
    dist = tmp_path / "sheet_stage-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: sheet-stage\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[director.stages]\ncontact_sheet = sheet_stage:stage\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    stages._ordered.cache_clear()
    try:
        assert stages.names()[-1] == "contact_sheet"
        result = render_plan(tiny_plan(), tmp_path / "out")
        assert (tmp_path / "out" / "contact_sheet.png").is_file() and result.cache("contact_sheet") == (0, 1)
    finally:
        monkeypatch.undo()
        stages._ordered.cache_clear()
    assert "contact_sheet" not in stages.names()


def test_a_stage_waiting_on_an_unknown_stage_is_one_line():
    class Orphan(ContactSheet):
        name = "orphan"
        after = ("no_such_stage",)

    stages.register(Orphan())
    try:
        with pytest.raises(Exception, match="orphan wait on unknown stage.*no_such_stage"):
            stages.names()
    finally:
        stages.unregister("orphan")


def test_job_started_comes_first_and_totals_are_never_zero(tmp_path):
    events_file = tmp_path / "events.jsonl"
    result = make_film(SCRIPT, tmp_path / "out", width=96, height=54, fps=8, events_file=events_file)
    events = read_events(events_file)
    assert events[0]["event"] == "job_started" and events[0]["totals"] == {"planning": 1}
    task_events = [e for e in events if e["event"].startswith("task_")]
    assert task_events[0]["task"] == "planning" and all(e["total"] >= 1 for e in task_events)
    planned = next(e for e in events if e["event"] == "job_planned")
    assert events.index(planned) > max(i for i, e in enumerate(events) if e.get("task") == "planning")
    assert sum(planned["totals"].values()) == result.manifest["tasks"]["total"]
    last = [e for e in events if e["event"] in ("task_finished", "task_cached")][-1]
    assert last["done"] == last["total"] == 1 + result.manifest["tasks"]["total"]
    assert events[-1]["event"] == "job_finished"


GOLDEN = Path(__file__).with_name("golden_outputs.json")


def test_outputs_are_byte_identical_to_the_recorded_table(tmp_path):
    """The refactor's promise kept as a test: the same script gives the same bytes in every output.

    A deliberate change of what the director draws or encodes updates the table:
    DIRECTOR_UPDATE_GOLDEN=1 pytest tests/test_stages.py -k byte_identical (and say why in the commit)."""
    out = tmp_path / "out"
    make_film(SCRIPT, out, width=128, height=72, voices="none")     # voices: see tests/test_sound_pipeline.py
    table = {str(f.relative_to(out)): hashlib.sha256(f.read_bytes()).hexdigest()[:16]
             for f in sorted(out.rglob("*")) if f.is_file() and ".director" not in f.parts
             and f.name != "manifest.json"}
    if os.environ.get("DIRECTOR_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n")
    assert table == json.loads(GOLDEN.read_text())
