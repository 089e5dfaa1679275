"""The dialogue as subtitles, timed to the film: subtitles.srt and subtitles.vtt."""
from __future__ import annotations

from .. import stages


class SubtitlesStage(stages.Stage):
    name = "subtitles"
    after = ("plan",)
    code = ("subtitles.py", "timing.py")
    outputs = (stages.Output("subtitles.srt", "subtitles.srt", key="subtitles.srt"),
               stages.Output("subtitles.vtt", "subtitles.vtt", key="subtitles.vtt"))
    option = "subtitles"

    def declare(self, graph) -> None:
        plan = graph.product("plan")
        graph.add(self, "subtitles", {"plan": plan.key}, inputs=(plan,))

    def compute(self, task, run, out) -> None:
        from ..subtitles import write_srt, write_vtt

        write_srt(run.plan, out.path("subtitles.srt"))
        write_vtt(run.plan, out.path("subtitles.vtt"))
