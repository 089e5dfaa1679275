"""The task graph: what has to be computed to turn a FilmPlan into a film, and in which order.

    plan ─▶ keyframes/<shot> ─▶ local/<shot>/1 ─▶ … ─▶ local/<shot>/m ─┬─▶ clip/<shot>   (shots/<id>.mp4)
                                                                      ├─▶ film          (film.mp4)
                                                                      └─▶ storyboard    (storyboard.html)
    plan ─▶ subtitles (srt + vtt), timeline (otio)

Each node's `task` attribute is a `Task`; its `key` hashes exactly what determines its result — the inputs'
keys, the part of the plan it reads, the code that computes it and the renderer's identity — so a re-run finds
finished work by key, and an edit invalidates only what depends on it. A shot's render tasks read only that
shot (plus its rendered length, which its neighbours' transitions set through the handles): editing one shot
re-renders that shot and the final cut, nothing else.

The graph is plain data (networkx + frozen dataclasses, picklable): executors schedule it, and
`director.pipeline.TaskRunner` computes one task.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from .hierarchy import ShotContext, check_frame_size, choose_schedule
from .models import FilmPlan
from .protocols import Capabilities
from .timing import shot_spans

STAGES = ("plan", "keyframes", "local", "clip", "film", "storyboard", "subtitles", "timeline")
"""Stage names, in the order a film flows through them (the manifest and progress bars use this order)."""

_HERE = Path(__file__).resolve().parent
_CODE = {
    # The modules whose code decides each stage's result: editing them invalidates that stage's artifacts.
    "plan": ("models.py",),
    "keyframes": ("hierarchy.py",),
    "local": ("hierarchy.py",),
    "clip": ("editor.py",),
    "film": ("editor.py", "timing.py", "subtitles.py"),
    "storyboard": ("storyboard.py", "drawing.py", "templates"),
    "subtitles": ("subtitles.py", "timing.py"),
    "timeline": ("timeline.py", "timing.py"),
}


@dataclass(frozen=True)
class Task:
    """One unit of work. `inputs` maps the ids of the tasks it reads to their keys."""

    id: str
    stage: str
    key: str
    shot: str | None = None
    level: int | None = None
    inputs: tuple[tuple[str, str], ...] = ()
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def input_key(self, task_id: str) -> str:
        return dict(self.inputs)[task_id]


@lru_cache(maxsize=None)
def code_version(stage: str) -> str:
    """Hash of the director version and the source files that compute `stage` (missing files count too)."""
    from . import __version__

    h = hashlib.sha256(f"director {__version__} {stage}".encode())
    for name in _CODE.get(stage, ()):
        path = _HERE / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            h.update(f.name.encode())
            h.update(f.read_bytes() if f.is_file() else b"<missing>")
    return h.hexdigest()[:16]


def task_key(stage: str, **parts: Any) -> str:
    """Content key: SHA-256 of canonical JSON of the stage, its code version and `parts`."""
    blob = json.dumps({"stage": stage, "code": code_version(stage), **parts}, sort_keys=True,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _plan_json(plan: FilmPlan) -> dict:
    return plan.model_dump(mode="json")


def build_graph(plan: FilmPlan, *, renderer_identity: str, capabilities: Capabilities,
                shot_videos: bool = True, burn_subtitles: bool = False, storyboard: bool = True,
                subtitles: bool = True, timeline: bool = True) -> nx.DiGraph:
    """The DAG for rendering `plan` with a renderer of the given identity and capabilities."""
    check_frame_size(plan.width, plan.height, capabilities, "/".join(renderer_identity.split("/")[:2]))
    g = nx.DiGraph()
    plan_json = _plan_json(plan)
    plan_key = task_key("plan", plan=plan_json)

    def add(task: Task) -> Task:
        g.add_node(task.id, task=task)
        for dep, _ in task.inputs:
            g.add_edge(dep, task.id)
        return task

    add(Task("plan", "plan", plan_key))
    finals: list[tuple[str, str]] = []
    for shot, span in zip(plan.shots, shot_spans(plan)):
        ctx = ShotContext.from_plan(plan, shot)
        schedule = choose_schedule(span.rendered, plan.fps, capabilities, first=-span.head)
        shot_view = {
            "shot": shot.model_dump(mode="json"),
            "entities": {k: e.model_dump(mode="json") for k, e in sorted(ctx.entities.items())},
            "width": plan.width, "height": plan.height, "fps": plan.fps, "style": plan.style,
            "schedule": schedule.as_dict(), "renderer": renderer_identity,
        }
        params = {"schedule": schedule.as_dict(), "head": span.head, "tail": span.tail}
        prev = add(Task(f"keyframes/{shot.id}", "keyframes", task_key("keyframes", **shot_view), shot=shot.id,
                        inputs=(("plan", plan_key),), params=params))
        for level in range(1, schedule.levels + 1):
            key = task_key("local", previous=prev.key, level=level, renderer=renderer_identity)
            prev = add(Task(f"local/{shot.id}/{level}", "local", key, shot=shot.id, level=level,
                            inputs=((prev.id, prev.key),), params=params))
        finals.append((prev.id, prev.key))
        if shot_videos:
            add(Task(f"clip/{shot.id}", "clip", task_key("clip", frames=prev.key, fps=plan.fps), shot=shot.id,
                     inputs=((prev.id, prev.key),), params=params))

    edit_view = {k: plan_json[k] for k in ("title", "fps", "width", "height", "title_page")}
    edit_view["shots"] = [{k: s[k] for k in ("id", "duration", "transition_in", "dialogue")}
                          for s in plan_json["shots"]]
    edit_view["entities"] = [{"id": e["id"], "name": e["name"]} for e in plan_json["entities"]]
    add(Task("film", "film", task_key("film", plan=edit_view, frames=[k for _, k in finals],
                                      burn_subtitles=burn_subtitles),
             inputs=tuple(finals), params={"burn_subtitles": burn_subtitles}))
    if storyboard:
        add(Task("storyboard", "storyboard", task_key("storyboard", plan=plan_key, frames=[k for _, k in finals]),
                 inputs=tuple(finals)))
    if subtitles:
        add(Task("subtitles", "subtitles", task_key("subtitles", plan=plan_key), inputs=(("plan", plan_key),)))
    if timeline:
        add(Task("timeline", "timeline", task_key("timeline", plan=plan_key), inputs=(("plan", plan_key),)))
    assert nx.is_directed_acyclic_graph(g)
    return g


def tasks(graph: nx.DiGraph) -> list[Task]:
    """Every task in a dependency-respecting order."""
    return [graph.nodes[n]["task"] for n in nx.topological_sort(graph)]


def stage_totals(graph: nx.DiGraph) -> dict[str, int]:
    counts = {s: 0 for s in STAGES}
    for n in graph.nodes:
        counts[graph.nodes[n]["task"].stage] += 1
    return {s: c for s, c in counts.items() if c}
