"""The cut: the film's segments joined by stream copy into film.mp4 — no frame is encoded here.

The picture is cut, dressed (transitions, title card, fades, burnt-in subtitles) and encoded segment by segment
in the segment stage (`director.stages.segment`); this stage only joins them, so its key is the segments' keys
and an edit that re-encodes two segments re-joins a film whose other bytes are the segments it already had.
Joining reads and writes the film once (seconds for a feature) and checks that every segment carries the same
H.264 parameter sets, since a stream copy keeps only the first segment's.
"""
from __future__ import annotations

from .. import stages
from ..timing import film_frames


def frames_input(graph):
    """(input tasks, params) for a task that reads every shot's final frames, in plan order."""
    frames = graph.product("frames")
    return tuple(frames.values()), {"frames": {shot_id: t.id for shot_id, t in frames.items()}}


class FilmStage(stages.Stage):
    name = "film"
    after = ("segment",)
    code = ("editor.py",)
    outputs = (stages.Output("film.mp4", "film.mp4"),)

    def declare(self, graph) -> None:
        segments = graph.product("segments")
        graph.add(self, "film", {"segments": [t.key for t in segments], "fps": graph.plan.fps}, inputs=tuple(segments))

    def compute(self, task, run, out) -> None:
        from ..editor import EncodedSegment, join_segments

        encoded, incomplete = [], set()
        for task_id, _ in task.inputs:
            art = run.input(task, task_id)
            encoded.append(EncodedSegment(art.path("segment.mp4"), art.meta["frames"], art.meta["bytes"],
                                          art.meta["avcc"]))
            incomplete.update(art.meta.get("incomplete", ()))
        frames, expected = sum(s.frames for s in encoded), film_frames(run.plan)
        if frames != expected:
            raise RuntimeError(f"the segments hold {frames} frames, the plan has {expected}")
        path = join_segments(encoded, out.path("film.mp4"), run.plan.fps)
        out.meta.update(frames=frames, segments=len(encoded), bytes=path.stat().st_size)
        if incomplete:      # cut around failure slates: the next run makes it again (director.faults)
            out.meta["incomplete"] = sorted(incomplete)
