"""The local stage: level by level, every pair of adjacent known frames becomes a segment of in-betweens.

One task per shot and level (all segments of a level in one `interpolate` batch). Replaces each shot's entry in
`frames` with its last level, so the stages after it read every shot's final, trimmed frames.
"""
from __future__ import annotations

from .. import stages
from ..hierarchy import render_level
from ..store import FRAMES_FILE
from . import references
from .keyframes import shot_context


class LocalStage(stages.Stage):
    name = "local"
    after = ("keyframes",)
    code = ("hierarchy.py",)
    renders = True
    transient = True

    def declare(self, graph) -> None:
        frames = dict(graph.product("frames"))
        for shot_id, prev in frames.items():
            refs = references.shot_inputs(graph, next(s for s in graph.plan.shots if s.id == shot_id))
            for level in range(1, prev.params["schedule"]["levels"] + 1):
                key = {"previous": prev.key, "level": level, "renderer": graph.renderer_identity}
                prev = graph.add(self, f"local/{shot_id}/{level}", key, inputs=(prev, *refs), shot=shot_id,
                                 level=level, params=prev.params)
            frames[shot_id] = prev
        graph.provide("frames", frames)

    def compute(self, task, run, out) -> None:
        ctx, schedule = shot_context(run, task)
        source = task.inputs[0][0]        # the frames so far; the rest are the cast's references
        frames = render_level(run.renderer, ctx, schedule, task.level, run.frames(task, source))
        out.write_frames(FRAMES_FILE, frames)
        out.meta.update(level=task.level, frames=len(frames), final=task.level == schedule.levels)
