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
        graph.add(self, "timeline", {"plan": plan.key}, inputs=(plan,))

    def compute(self, task, run, out) -> None:
        from ..timeline import write_timeline

        write_timeline(run.plan, out.path("timeline.otio"), shots_dir="shots")
