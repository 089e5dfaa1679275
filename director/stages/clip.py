"""Each shot's clip, handles included: the timeline's media, installed as shots/<id>.mp4."""
from __future__ import annotations

from .. import stages


class ClipStage(stages.Stage):
    name = "clip"
    after = ("local",)
    code = ("editor.py",)
    outputs = (stages.Output("clip.mp4", "shots/{shot}.mp4", key="shots"),)
    option = "shot_videos"

    def declare(self, graph) -> None:
        for shot_id, frames in graph.product("frames").items():
            graph.add(self, f"clip/{shot_id}", {"frames": frames.key, "fps": graph.plan.fps}, inputs=(frames,),
                      shot=shot_id, params=frames.params)

    def compute(self, task, run, out) -> None:
        from ..editor import encode_clip

        (source, _), = task.inputs
        frames = run.frames(task, source)
        encode_clip(frames, out.path("clip.mp4"), run.plan.fps)
        out.meta.update(frames=len(frames), head=task.params["head"], tail=task.params["tail"])
