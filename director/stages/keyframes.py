"""The global stage: each shot's K keyframes, drawn by the renderer from their prompts and layouts.

Provides `frames` (shot id → the task holding that shot's frames so far; the local stage replaces each entry
with its last level). The key is the shot as the renderer sees it — the shot, the entities in it, frame size,
fps, style, schedule and renderer identity — so editing one shot re-renders that shot alone.
"""
from __future__ import annotations

from .. import stages
from ..hierarchy import Schedule, ShotContext, choose_schedule, render_keyframes


def shot_context(run, task) -> tuple[ShotContext, Schedule]:
    """The renderer's view of the task's shot and the schedule the graph chose for it."""
    schedule = dict(task.params["schedule"])
    schedule.pop("total", None)
    return ShotContext.from_plan(run.plan, run.shot(task.shot)), Schedule(**schedule)


class KeyframesStage(stages.Stage):
    name = "keyframes"
    after = ("plan",)
    code = ("hierarchy.py",)
    renders = True

    def declare(self, graph) -> None:
        plan, frames = graph.product("plan"), {}
        for shot, span in graph.shots():
            ctx = ShotContext.from_plan(graph.plan, shot)
            schedule = choose_schedule(span.rendered, graph.plan.fps, graph.capabilities, first=-span.head)
            shot_view = {
                "shot": shot.model_dump(mode="json"),
                "entities": {k: e.model_dump(mode="json") for k, e in sorted(ctx.entities.items())},
                "width": graph.plan.width, "height": graph.plan.height, "fps": graph.plan.fps,
                "style": graph.plan.style, "schedule": schedule.as_dict(), "renderer": graph.renderer_identity,
            }
            params = {"schedule": schedule.as_dict(), "head": span.head, "tail": span.tail}
            frames[shot.id] = graph.add(self, f"keyframes/{shot.id}", shot_view, inputs=(plan,), shot=shot.id,
                                        params=params)
        graph.provide("frames", frames)

    def compute(self, task, run, out) -> None:
        ctx, schedule = shot_context(run, task)
        out.write_array("frames.npy", render_keyframes(run.renderer, ctx, schedule))
        out.meta.update(schedule=schedule.as_dict(), times=schedule.keyframe_times())
