"""Each shot's storyboard panel pictures: its keyframes as rendered, with the layout drawn over them.

Drawing and JPEG-encoding the pictures is what a storyboard costs (about 9 ms a shot), and they depend only on
the shot, the entities in it and its rendered frames — so each shot's pictures are a task of their own, and an
edit re-draws the panels of the shots it changed; the storyboard stage lays out the page from them. A task
decodes only the chunks of its shot's frames that hold the keyframes it shows.

Provides `panels` (shot id → its panel task).
"""
from __future__ import annotations

import json
from dataclasses import asdict

from .. import stages


class PanelStage(stages.Stage):
    name = "panel"
    after = ("local",)
    code = ("storyboard.py", "drawing.py")
    option = "storyboard"

    def declare(self, graph) -> None:
        from ..hierarchy import ShotContext
        from ..storyboard import default_keyframes_per_shot, thumb_size

        plan = graph.plan
        frames = graph.product("frames")
        count, size = default_keyframes_per_shot(plan), thumb_size(plan)
        panels = {}
        entities = {e.id: e.model_dump_json() for e in graph.plan.entities}
        for shot, span in graph.shots():
            ctx = ShotContext.from_plan(plan, shot)
            key = {"shot": shot.model_dump_json(include={"id", "keyframes", "background"}),
                   "entities": {k: entities[k] for k in sorted(ctx.entities)},
                   "count": count, "size": list(size), "frames": frames[shot.id].key}
            panels[shot.id] = graph.add(self, f"panel/{shot.id}", key, inputs=(frames[shot.id],), shot=shot.id,
                                        params={"frames": {shot.id: frames[shot.id].id}, "head": span.head,
                                                "count": count, "size": list(size)})
        graph.provide("panels", panels)

    def compute(self, task, run, out) -> None:
        from ..hierarchy import ShotContext
        from ..storyboard import panel_keyframes, shot_pictures
        from ..timing import frame_of

        shot = run.shot(task.shot)
        frames = run.shot_frames(task)[shot.id]
        count, size = task.params["count"], tuple(task.params["size"])
        images = {}
        for k in panel_keyframes(shot, count):
            pos = task.params["head"] + frame_of(shot.keyframes[k].t, run.plan.fps)
            images[k] = frames[min(max(pos, 0), len(frames) - 1)]
        entities = ShotContext.from_plan(run.plan, shot).entities
        pictures = shot_pictures(shot, entities, size, count, images)
        out.write_text("pictures.json", json.dumps([asdict(p) for p in pictures]))
