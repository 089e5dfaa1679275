"""The global stage: each shot's K keyframes, drawn by the renderer from their prompts and layouts.

Provides `frames` (shot id → the task holding that shot's frames so far; the local stage replaces each entry
with its last level). The key is the shot as the renderer sees it — the shot, the entities in it, frame size,
fps, style, schedule and renderer identity — so editing one shot re-renders that shot alone.

Frames are stored compressed and lossless (`director.store.FRAMES_FILE`). They are `transient`: the job drops
them once every task reading them is done (`director.job.Job`) — keyframes a local level refines at
once, each shot's final frames only when the renderer's capabilities say `recompute_frames`.
"""
from __future__ import annotations

from .. import stages
from ..hierarchy import Schedule, ShotContext, choose_schedule, render_keyframes
from ..store import FRAMES_FILE
from . import references


def shot_context(run, task) -> tuple[ShotContext, Schedule]:
    """The renderer's view of the task's shot (with the cast's references it reads) and its schedule."""
    schedule = dict(task.params["schedule"])
    schedule.pop("total", None)
    ctx = ShotContext.from_plan(run.plan, run.shot(task.shot))
    ctx.references = references.load(run, task)
    return ctx, Schedule(**schedule)


class KeyframesStage(stages.Stage):
    name = "keyframes"
    after = ("plan", "references")
    code = ("hierarchy.py",)
    renders = True
    transient = True

    def declare(self, graph) -> None:
        plan, frames = graph.product("plan"), {}
        entities = {e.id: e.model_dump_json() for e in graph.plan.entities}
        for shot, span in graph.shots():
            ctx = ShotContext.from_plan(graph.plan, shot)
            schedule = choose_schedule(span.rendered, graph.plan.fps, graph.capabilities, first=-span.head)
            shot_view = {
                "shot": shot.model_dump_json(),     # canonical JSON text: hashes in a fraction of a dict's time
                "entities": {k: entities[k] for k in sorted(ctx.entities)},
                "width": graph.plan.width, "height": graph.plan.height, "fps": graph.plan.fps,
                "style": graph.plan.style, "schedule": schedule.as_dict(), "renderer": graph.renderer_identity,
            }
            params = {"schedule": schedule.as_dict(), "head": span.head, "tail": span.tail}
            refs = references.shot_inputs(graph, shot)
            if refs:
                shot_view["references"] = [t.key for t in refs]
            frames[shot.id] = graph.add(self, f"keyframes/{shot.id}", shot_view, inputs=(plan, *refs),
                                        shot=shot.id, params=params)
        graph.provide("frames", frames)

    def compute(self, task, run, out) -> None:
        ctx, schedule = shot_context(run, task)
        out.write_frames(FRAMES_FILE, render_keyframes(run.renderer, ctx, schedule))
        out.meta.update(schedule=schedule.as_dict(), times=schedule.keyframe_times())
