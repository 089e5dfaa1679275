"""Each shot clip with its sound: shots/<id>.mp4 is the clip's picture (the `clip` stage) with the mix over
the clip's frames, handles included (the film's sound at those frames), as AAC. The video stream is copied."""
from __future__ import annotations

import tempfile
from pathlib import Path

from .. import stages


class MuxClipStage(stages.Stage):
    name = "mux_clip"
    after = ("clip", "mix")
    code = ("sound/files.py", "timing.py")
    outputs = (stages.Output("clip.mp4", "shots/{shot}.mp4", key="shots"),)
    option = "shot_videos"

    def declare(self, graph) -> None:
        from ..sound.mix import sample_of_frame

        mix = graph.product("mix")
        if mix is None:
            return
        for shot, span in graph.shots():
            clip = graph.graph.nodes.get(f"clip/{shot.id}")
            if clip is None:
                continue
            clip = clip["task"]
            start = sample_of_frame(span.start - span.head, graph.plan.fps)
            end = sample_of_frame(span.end + span.tail, graph.plan.fps)
            graph.add(self, f"mux/{shot.id}", {"picture": clip.key, "sound": mix.key, "samples": [start, end]},
                      inputs=(clip, mix), shot=shot.id, params={"picture": clip.id, "samples": [start, end]})

    def compute(self, task, run, out) -> None:
        from ..sound.files import mux, slice_wav

        start, end = task.params["samples"]
        with tempfile.TemporaryDirectory(dir=run.store.tmp_dir) as tmp:
            sound = slice_wav(run.input(task, "mix").path("mix.wav"), Path(tmp) / "clip.wav", start, end - start)
            mux(run.input(task, task.params["picture"]).path("clip.mp4"), sound, out.path("clip.mp4"))
