"""The editable timeline: timeline.otio (OpenTimelineIO) over the shot clips in shots/, with the transitions."""
from __future__ import annotations

from .. import stages


class TimelineStage(stages.Stage):
    name = "timeline"
    after = ("plan",)
    code = ("timeline.py", "timing.py")
    outputs = (stages.Output("timeline.otio", "timeline.otio"),)
    option = "timeline"

    def declare(self, graph) -> None:
        plan = graph.product("plan")
        sound = graph.product("voices") is not None         # audio tracks of the stems in sound/
        graph.add(self, "timeline", {"plan": plan.key, "sound": sound}, inputs=(plan,), params={"sound": sound})

    def compute(self, task, run, out) -> None:
        from ..timeline import write_timeline

        write_timeline(run.plan, out.path("timeline.otio"), shots_dir="shots",
                       sound_dir="sound" if task.params.get("sound") else None)
