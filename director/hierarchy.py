"""The hierarchical stage (NUWA-XL's "diffusion over diffusion"), generic over renderers.

A shot of R rendered frames (handles included) is made in two steps:

- global: the renderer draws K keyframes spread over the shot, in one `keyframes` call;
- local: m levels; at each level every pair of adjacent known frames becomes a segment of L frames whose first
  and last frames are given, and all segments of the level go to the renderer in ONE `interpolate` batch.

After m levels there are (K−1)·(L−1)^m + 1 frames on a grid of whole frames starting at the shot's first
rendered frame; the stage trims them to R. Adjacent segments share their boundary frame: it is kept once, never
blended, and it is the exact frame the previous level produced — so every keyframe survives every level
bit-exact (the stage enforces this even if a renderer's decoder drifts).

`choose_schedule` picks K, L and m from R and the renderer's capabilities; the task graph
(`director.graph`) runs `render_keyframes` and `render_level` as separate, cacheable tasks; `render_shot` runs
them in-process for tests and benchmarks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .errors import DirectorError
from .models import Entity, FilmPlan, Shot
from .protocols import Capabilities, InterpolateRequest, KeyframeRequest, Segment

KEYFRAMES = (6, 9)          # the global stage's usual keyframe count (LVD, VideoDirectorGPT use 6–9)
MIN_SEGMENT = 3             # L ≥ 3: a level must add at least one frame per segment
MAX_LEVELS = 16


@dataclass(frozen=True)
class Schedule:
    """How one shot is rendered: K keyframes, then m levels of L-frame segments, then trimmed to `rendered`.

    Grid position i (0-based) is shot frame `first + i`, shown at `(first + i) / fps` seconds from the shot's
    start (`first` is negative when the shot has a head handle).
    """

    keyframes: int       # K
    length: int          # L
    levels: int          # m
    rendered: int        # R: frames kept (head + shot frames + tail)
    first: int = 0       # shot frame index of grid position 0 (= -head)
    fps: int = 24

    @property
    def stride(self) -> int:
        """Grid positions between two render keyframes: (L−1)^m."""
        return (self.length - 1) ** self.levels

    @property
    def total(self) -> int:
        """Frames after the last level, before trimming: (K−1)·(L−1)^m + 1."""
        return self.frames_after(self.levels)

    def frames_after(self, level: int) -> int:
        return (self.keyframes - 1) * (self.length - 1) ** level + 1

    def spacing(self, level: int) -> int:
        """Grid positions between consecutive known frames once `level` levels are done (0 = keyframes)."""
        return (self.length - 1) ** (self.levels - level)

    def time_of(self, position: int) -> float:
        return (self.first + position) / self.fps

    def keyframe_positions(self) -> list[int]:
        return [k * self.stride for k in range(self.keyframes)]

    def keyframe_times(self) -> list[float]:
        return [self.time_of(p) for p in self.keyframe_positions()]

    def segment_times(self, level: int) -> list[tuple[float, float]]:
        """(t0, t1) of each segment filled at `level` (1-based): between the frames known after level−1."""
        step = self.spacing(level - 1)
        count = self.frames_after(level - 1) - 1
        return [(self.time_of(s * step), self.time_of((s + 1) * step)) for s in range(count)]

    def as_dict(self) -> dict[str, int]:
        return {"keyframes": self.keyframes, "length": self.length, "levels": self.levels,
                "rendered": self.rendered, "first": self.first, "fps": self.fps, "total": self.total}


def choose_schedule(rendered: int, fps: int, capabilities: Capabilities, first: int = 0) -> Schedule:
    """Pick K, L and m for a shot of `rendered` frames.

    Wasted frames (rendered, then trimmed) are work thrown away, so the choice minimises them; ties go to fewer
    levels (fewer sequential renderer calls), then fewer keyframes (the costly global call), then longer
    segments. K stays in 6–9 when the shot is long enough for that, L within the renderer's `max_frames`, and
    L − 1 a multiple of its `frame_step` (Wan's VAE packs 4 frames per latent frame: L ∈ 5, 9, 13, …).
    A renderer that cannot condition on known frames gets every frame from its global call (m = 0).
    """
    if rendered < 1:
        raise DirectorError(f"a shot must render at least one frame (got {rendered})")
    if not capabilities.keyframe_conditioning or rendered <= 2:
        return Schedule(keyframes=rendered, length=2, levels=0, rendered=rendered, first=first, fps=fps)
    step = max(1, int(getattr(capabilities, "frame_step", 1)))
    shortest = MIN_SEGMENT + (-(MIN_SEGMENT - 1)) % step          # the least L ≥ 3 with (L − 1) % step == 0
    max_len = max(shortest, int(capabilities.max_frames))
    lo, hi = KEYFRAMES
    smallest_usual = (lo - 1) * (shortest - 1) + 1
    k_range = range(lo, hi + 1) if rendered >= smallest_usual else range(2, hi + 1)
    best, best_cost = None, None
    for levels in range(1, MAX_LEVELS + 1):
        for length in range(shortest, max_len + 1, step):
            for k in k_range:
                total = (k - 1) * (length - 1) ** levels + 1
                if total < rendered:
                    continue
                cost = (total - rendered, levels, k, -length)
                if best_cost is None or cost < best_cost:
                    best, best_cost = (k, length, levels), cost
        if best is not None:
            deeper_min = (min(k_range) - 1) * (shortest - 1) ** (levels + 1) + 1
            if best_cost[0] == 0 or deeper_min - rendered >= best_cost[0]:
                break   # deeper levels can only overshoot more
    if best is None:
        raise DirectorError(f"no keyframe schedule fits {rendered} frames with segments of ≤ {max_len} frames")
    k, length, levels = best
    return Schedule(keyframes=k, length=length, levels=levels, rendered=rendered, first=first, fps=fps)


def check_frame_size(width: int, height: int, capabilities: Capabilities, renderer: str = "the renderer") -> None:
    """A frame size the renderer cannot take stops the job here, in one line, before anything renders.

    Wan's VAE and patching need multiples of 16; a renderer listing `sizes` takes only those.
    """
    step = max(1, int(getattr(capabilities, "size_step", 1)))
    if width % step or height % step:
        fit = lambda v: max(step, int(v / step + 0.5) * step)   # noqa: E731  (the nearest; ties round up)
        raise DirectorError(f"frame size {width}x{height}: {renderer} takes widths and heights in multiples of "
                            f"{step}; use --width {fit(width)} --height {fit(height)}")
    if capabilities.sizes and (width, height) not in {tuple(s) for s in capabilities.sizes}:
        listed = ", ".join(f"{w}x{h}" for w, h in capabilities.sizes)
        raise DirectorError(f"frame size {width}x{height}: {renderer} renders only {listed}")


@dataclass
class ShotContext:
    """What a renderer is told about a shot besides times and frames (it never sees the script or the film)."""

    shot: Shot
    entities: dict[str, Entity]
    width: int
    height: int
    fps: int
    style: str = ""
    references: dict[str, Any] = field(default_factory=dict)   # entity id -> picture, for renderers using them

    @classmethod
    def from_plan(cls, plan: FilmPlan, shot: Shot) -> "ShotContext":
        used = {o.entity for k in shot.keyframes for o in k.objects}
        used |= {e.subject for e in shot.scene_graph} | {e.object for e in shot.scene_graph}
        entities = {e.id: e for e in plan.entities if e.id in used}
        return cls(shot, entities, plan.width, plan.height, plan.fps, plan.style)


def _renderer_name(renderer: Any) -> str:
    return getattr(renderer, "name", type(renderer).__name__)


def _check_frames(frames: Any, shape: tuple[int, ...], renderer: Any, what: str) -> np.ndarray:
    frames = np.asarray(frames)
    if frames.shape != shape or frames.dtype != np.uint8:
        raise DirectorError(f"renderer '{_renderer_name(renderer)}' returned {frames.dtype}{list(frames.shape)} "
                            f"for {what}; the protocol asks for uint8{list(shape)}")
    return frames


def render_keyframes(renderer: Any, ctx: ShotContext, schedule: Schedule) -> np.ndarray:
    """Global stage: the K render keyframes of one shot, (K, H, W, 3) uint8, in one renderer call."""
    times = schedule.keyframe_times()
    request = KeyframeRequest(shot=ctx.shot, entities=ctx.entities, times=times, width=ctx.width,
                              height=ctx.height, fps=ctx.fps, style=ctx.style, seed=ctx.shot.seed,
                              references=dict(ctx.references))
    frames = renderer.keyframes(request)
    frames = _check_frames(frames, (len(times), ctx.height, ctx.width, 3), renderer,
                           f"the keyframes of shot {ctx.shot.id}")
    if schedule.levels == 0:
        frames = frames[: schedule.rendered]
    return np.ascontiguousarray(frames)


def render_level(renderer: Any, ctx: ShotContext, schedule: Schedule, level: int, known: np.ndarray) -> np.ndarray:
    """Local stage, one level: fill every gap between the `known` frames with one batched renderer call.

    `known` holds the frames after level−1 (the keyframes for level 1). Returns the frames after `level`;
    after the last level they are trimmed to the shot's rendered length.
    """
    if not 1 <= level <= schedule.levels:
        raise ValueError(f"level {level} outside 1..{schedule.levels}")
    expected = schedule.frames_after(level - 1)
    if len(known) != expected:
        raise ValueError(f"level {level} needs {expected} known frames, got {len(known)}")
    length = schedule.length
    times = schedule.segment_times(level)
    segments = [Segment(first=known[s], last=known[s + 1], t0=t0, t1=t1) for s, (t0, t1) in enumerate(times)]
    request = InterpolateRequest(shot=ctx.shot, entities=ctx.entities, segments=segments, length=length,
                                 width=ctx.width, height=ctx.height, fps=ctx.fps, style=ctx.style,
                                 seed=ctx.shot.seed, level=level, references=dict(ctx.references))
    batch = renderer.interpolate(request)
    batch = _check_frames(batch, (len(segments), length, ctx.height, ctx.width, 3), renderer,
                          f"level {level} of shot {ctx.shot.id}")
    count = schedule.frames_after(level)
    keep = min(count, schedule.rendered) if level == schedule.levels else count
    out = np.empty((keep, ctx.height, ctx.width, 3), dtype=np.uint8)
    out[0] = known[0]
    step = length - 1
    for s in range(len(segments)):
        lo = s * step + 1
        if lo >= keep:
            break
        hi = min(lo + step, keep)
        out[lo:hi] = batch[s, 1 : 1 + hi - lo]
        if hi == lo + step:
            out[hi - 1] = known[s + 1]   # the shared boundary is the known frame itself, bit for bit
    return out


def render_shot(renderer: Any, ctx: ShotContext, schedule: Schedule) -> np.ndarray:
    """Global call, then every local level, in this process: (rendered, H, W, 3) uint8."""
    frames = render_keyframes(renderer, ctx, schedule)
    for level in range(1, schedule.levels + 1):
        frames = render_level(renderer, ctx, schedule, level, frames)
    return frames
