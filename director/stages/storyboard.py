"""The storyboard: a self-contained page per scene and shot with the rendered keyframes (storyboard.html)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterator

from .. import stages
from ..models import FilmPlan
from ..timing import frame_of, shot_spans
from .film import frames_input


class KeyframeImages(Mapping):
    """(shot id, plan keyframe index) -> the film's frame at that keyframe, read lazily from the shot's frames.

    Lazy so a storyboard of a thousand shots at full size never holds all its images in memory at once.
    """

    def __init__(self, plan: FilmPlan, frames: dict[str, Any]):
        self._frames = frames
        self._index: dict[tuple[str, int], tuple[str, int]] = {}
        for shot, span in zip(plan.shots, shot_spans(plan)):
            if shot.id not in frames:
                continue
            for k, kf in enumerate(shot.keyframes):
                pos = min(max(span.head + frame_of(kf.t, plan.fps), 0), span.rendered - 1)
                self._index[(shot.id, k)] = (shot.id, pos)

    def __getitem__(self, key):
        shot_id, pos = self._index[key]
        return self._frames[shot_id][pos].copy()

    def __iter__(self) -> Iterator:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


class StoryboardStage(stages.Stage):
    name = "storyboard"
    after = ("local", "plan")
    code = ("storyboard.py", "drawing.py", "templates")
    outputs = (stages.Output("storyboard.html", "storyboard.html"),)
    option = "storyboard"

    def declare(self, graph) -> None:
        inputs, params = frames_input(graph)
        graph.add(self, "storyboard", {"plan": graph.product("plan").key, "frames": [t.key for t in inputs]},
                  inputs=inputs, params=params)

    def compute(self, task, run, out) -> None:
        from ..storyboard import write_storyboard

        images = KeyframeImages(run.plan, run.shot_frames(task))
        write_storyboard(run.plan, out.path("storyboard.html"), keyframe_images=images)
