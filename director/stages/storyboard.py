"""The storyboard: a self-contained page per scene and shot with the rendered keyframes (storyboard.html).

The pictures come from the panel stage (one task per shot, `director.stages.panel`); this stage reads them and
lays out the page — the text (numbers, timecodes, camera, dialogue) is re-written from the plan on every edit,
which takes a second for a feature, while only the edited shots' pictures are drawn again.
"""
from __future__ import annotations

import json

from .. import stages


class StoryboardStage(stages.Stage):
    name = "storyboard"
    after = ("panel", "plan", "references")
    code = ("storyboard.py", "templates")
    outputs = (stages.Output("storyboard.html", "storyboard.html"),)
    option = "storyboard"

    def declare(self, graph) -> None:
        panels = graph.product("panels")
        plan = graph.product("plan")
        key = {"plan": plan.key, "panels": [t.key for t in panels.values()]}
        cast = tuple(graph.product("references").values())
        if cast:                                             # the cast sheet's pictures
            key["references"] = [t.key for t in cast]
        graph.add(self, "storyboard", key, inputs=(plan, *panels.values(), *cast),
                  params={"panels": {s: t.id for s, t in panels.items()}})

    def compute(self, task, run, out) -> None:
        from ..storyboard import Picture, write_storyboard
        from .references import load

        pictures, incomplete = {}, set()
        for shot_id, task_id in task.params["panels"].items():
            art = run.input(task, task_id)
            pictures[shot_id] = [Picture(**p) for p in json.loads(art.path("pictures.json").read_text("utf-8"))]
            incomplete.update(art.meta.get("incomplete", ()))
        write_storyboard(run.plan, out.path("storyboard.html"), pictures=pictures, rendered=True,
                         cast_images=load(run, task))
        if incomplete:      # drawn around failure slates: the next run draws it again (director.faults)
            out.meta["incomplete"] = sorted(incomplete)
