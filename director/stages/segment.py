"""The film's picture in segments: film frames between two boundaries, cut, dressed and encoded on their own.

Where the film is split is `director.editor.plan_segments` (at hard cuts, or inside a shot away from any
transition); each segment is one task reading the final frames of the shots it shows. Its key is
`editor.segment_view` — the shots' frame counts and handles, the joins between them, where in its first shot
it starts, its overlay window, all relative to the segment — plus those shots' frame keys: editing one shot
changes the keys of the one or two segments that show it, and no other (an edit that moves later shots along
the film moves their segments too, but leaves their keys, so they are not re-encoded). The film stage joins
the segments by stream copy.

Provides `segments` (the segment tasks, in film order).
"""
from __future__ import annotations

from dataclasses import asdict

from .. import stages


class SegmentStage(stages.Stage):
    name = "segment"
    after = ("local",)
    code = ("editor.py", "timing.py", "subtitles.py")

    def declare(self, graph) -> None:
        from ..editor import CRF, PRESET, Overlays, plan_joins, plan_segments, segment_view
        from ..timing import EDGE_FADE_SECONDS, TITLE_CARD_SECONDS

        plan = graph.plan
        frames = graph.product("frames")
        shot_ids = [s.id for s in plan.shots]
        spans = graph.spans
        joins = plan_joins(plan, spans)
        burn = bool(graph.options.get("burn_subtitles"))
        overlays = Overlays(plan, burn_subtitles=burn, title_card_seconds=TITLE_CARD_SECONDS,
                            edge_fade_seconds=EDGE_FADE_SECONDS, spans=spans)
        tasks = []
        for seg in plan_segments(plan, spans, joins):
            window = overlays.window(seg.start, seg.end)
            inputs = tuple(frames[shot_ids[i]] for i in seg.shots)
            key = {"view": segment_view(seg, spans, joins, window), "frames": [t.key for t in inputs],
                   "size": [plan.width, plan.height], "fps": plan.fps, "encoder": {"crf": CRF, "preset": PRESET}}
            following = seg.last_shot + 1
            params = {
                "start": seg.start, "end": seg.end, "window": window,
                "frames": {shot_ids[i]: frames[shot_ids[i]].id for i in seg.shots},
                "spans": [asdict(spans[i]) for i in seg.shots],
                "joins": [asdict(joins[i]) for i in seg.shots] + (
                    [asdict(joins[following])] if following < len(joins) else []),
            }
            # the segment goes with the last shot it shows, so each is encoded (and its inputs freed) as soon
            # as its shots are rendered
            tasks.append(graph.add(self, f"segment/{seg.index:05d}", key, inputs=inputs,
                                   shot=shot_ids[seg.last_shot], params=params))
        graph.provide("segments", tasks)

    def compute(self, task, run, out) -> None:
        from ..editor import FilmSegment, ShotClip, encode_segment, segment_pictures
        from ..timing import Join, ShotSpan

        p = task.params
        spans = [ShotSpan(**s) for s in p["spans"]]
        joins = [Join(**j) for j in p["joins"]]
        frames = run.shot_frames(task)
        clips = [ShotClip(span.shot_id, frames[span.shot_id], span.head, span.tail) for span in spans]
        seg = FilmSegment(0, p["start"], p["end"], 0, len(spans) - 1)
        assert seg.start >= spans[0].start + joins[0].after, "a segment never opens inside a transition"
        pictures = segment_pictures(seg, spans, joins, clips.__getitem__, p["window"], run.plan.width,
                                    run.plan.height)
        encoded = encode_segment(pictures, out.path("segment.mp4"), run.plan.width, run.plan.height, run.plan.fps,
                                 expected=seg.frames)
        out.meta.update(frames=encoded.frames, bytes=encoded.bytes, avcc=encoded.avcc, start=seg.start)
