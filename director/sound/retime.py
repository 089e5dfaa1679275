"""The dialogue drives the cut: each line lasts as long as its voice does, and its shot holds it.

The planners time a line from its words (about 2.75 a second); once the line is spoken, its length is the
audio's. Each shot is re-timed around its lines: the time before the first line and after the last (the
lead-in and the beat after) is kept, so are the pauses between lines; each line's span becomes its audio's
(held longer only where the audio is faster than a subtitle can be read, `READ_WORDS_PER_SECOND`); lines
that overlapped (dual dialogue) keep starting together. Everything timed in the shot moves with a piecewise
linear map from the old clock to the new one: keyframes (back onto whole frames, first at 0, last on the
shot's last frame), scene-graph edges and the lines themselves, whose starts land on frames so the subtitle,
the audio and the picture all start on the same frame. Re-timing a re-timed plan changes nothing.
"""
from __future__ import annotations

import math
from typing import Mapping

from ..models import FilmPlan, Shot, Transition

READ_WORDS_PER_SECOND = 4.0
"""A line stays up at least this long a word (validation refuses lines faster than 4.5 words/s)."""

MIN_TAIL = 0.3
"""Seconds a shot runs on after its last line ends: the line is never cut by the next shot."""


def line_key(shot_id: str, index: int) -> str:
    return f"{shot_id}/{index}"


def _hold(text: str, seconds: float) -> float:
    return max(seconds, len(text.split()) / READ_WORDS_PER_SECOND, 0.2)


def _ceil_frames(t: float, fps: int) -> int:
    return math.ceil(t * fps - 1e-3)      # times in plan.json are rounded to 6 decimals


def retime_shot(shot: Shot, seconds: Mapping[int, float], fps: int) -> Shot:
    """`shot` re-timed so line i lasts `seconds[i]` (lines missing from `seconds` keep their length)."""
    lines = shot.dialogue
    if not lines:
        return shot
    # clusters of overlapping lines (a dual-dialogue pair is one cluster)
    clusters: list[list[int]] = []
    end = -1.0
    for i, line in enumerate(lines):
        if clusters and line.start < end - 1e-9:
            clusters[-1].append(i)
            end = max(end, line.end)
        else:
            clusters.append([i])
            end = line.end
    old_points, new_points = [0.0], [0.0]
    starts: dict[int, float] = {}
    ends: dict[int, float] = {}
    cursor = None
    for c in clusters:
        o_start = min(lines[i].start for i in c)
        o_end = max(lines[i].end for i in c)
        gap = o_start - (old_points[-1] if cursor is not None else 0.0)
        n_start = round((o_start if cursor is None else cursor + max(gap, 0.0)) * fps) / fps
        n_end = n_start
        for i in c:
            s = round((n_start + lines[i].start - o_start) * fps) / fps
            hold = _hold(lines[i].text, seconds.get(i, lines[i].end - lines[i].start))
            starts[i] = s
            ends[i] = _ceil_frames(s + hold, fps) / fps
            n_end = max(n_end, ends[i])
        old_points += [o_start, o_end]
        new_points += [n_start, n_end]
        cursor = n_end
    tail = max(shot.duration - old_points[-1], MIN_TAIL)
    frames = max(_ceil_frames(new_points[-1] + tail, fps), len(shot.keyframes), 1)
    duration = frames / fps
    old_points.append(max(shot.duration, old_points[-1] + 1e-6))
    new_points.append(duration)

    def warp(t: float) -> float:
        for k in range(1, len(old_points)):
            a, b = old_points[k - 1], old_points[k]
            if t <= b or k == len(old_points) - 1:
                u = (t - a) / (b - a) if b > a else 1.0
                u = min(max(u, 0.0), 1.0)
                return new_points[k - 1] + u * (new_points[k] - new_points[k - 1])
        return t

    keyframes, previous = [], -1
    last = frames - 1
    n = len(shot.keyframes)
    for i, kf in enumerate(shot.keyframes):
        index = 0 if i == 0 else last if i == n - 1 else round(warp(kf.t) * fps)
        index = min(max(index, previous + 1), last - (n - 1 - i))
        keyframes.append(kf.model_copy(update={"t": index / fps}))
        previous = index

    def clamp(t: float) -> float:
        return min(duration, max(0.0, t))

    dialogue = [d.model_copy(update={"start": starts[i], "end": clamp(ends[i])})
                for i, d in enumerate(lines)]
    graph = [e.model_copy(update={"start": clamp(warp(e.start)), "end": clamp(warp(e.end))})
             for e in shot.scene_graph]
    return shot.model_copy(update={"duration": duration, "keyframes": keyframes, "dialogue": dialogue,
                                   "scene_graph": graph})


def fit_transitions(shots: list[Shot], fps: int) -> list[Shot]:
    """Transitions shortened to under half of either neighbouring shot (whole frames; under 2 frames a cut),
    the planners' rule, which a shorter re-timed shot may otherwise break."""
    out = list(shots)
    for i, shot in enumerate(out):
        tr = shot.transition_in
        if tr.type == "cut":
            continue
        limit = min([shot.duration] + ([out[i - 1].duration] if i else [])) / 2
        frames = min(round(tr.duration * fps), int(limit * fps - 1e-9) - 1)
        if frames == round(tr.duration * fps):
            continue
        new = Transition() if frames < 2 else tr.model_copy(update={"duration": frames / fps})
        out[i] = shot.model_copy(update={"transition_in": new})
    return out


def retime(plan: FilmPlan, seconds: Mapping[str, float]) -> FilmPlan:
    """`plan` with every shot re-timed to its lines' audio (`seconds[line_key(shot_id, i)]`)."""
    shots = []
    for shot in plan.shots:
        mine = {i: seconds[line_key(shot.id, i)] for i in range(len(shot.dialogue))
                if line_key(shot.id, i) in seconds}
        shots.append(retime_shot(shot, mine, plan.fps) if mine else shot)
    shots = fit_transitions(shots, plan.fps)
    if shots == plan.shots:
        return plan
    return plan.model_copy(update={"shots": shots})
