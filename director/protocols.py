"""The two plug-in points: planners turn a Script into a FilmPlan, renderers turn shots into frames.

A renderer never sees the script or the film, only shots. Frames are uint8 arrays shaped (T, H, W, 3).
Third-party backends implement these protocols and register an entry point (see `director.registry`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from .models import Entity, FilmPlan, Script, Shot


@dataclass(frozen=True)
class Capabilities:
    """What a renderer can do. Every claim defaults to "no": a renderer says what it honours, never inherits it
    (the director plans around the claims: without `keyframe_conditioning` every frame comes from `keyframes`)."""

    max_frames: int = 16               # most frames one local call may produce per segment (L upper bound)
    sizes: tuple[tuple[int, int], ...] | None = None   # (width, height) it can render; None: any
    fps: tuple[int, ...] | None = None  # frame rates it was trained for; None: any
    keyframe_conditioning: bool = False  # can interpolate between known first and last frames
    boxes: bool = False                 # honours keyframe boxes
    keypoints: bool = False             # honours body keypoints
    device: str = "cpu"
    recompute_frames: bool = False      # drawing a frame again costs less than storing it: keep none it can redraw
    frame_step: int = 1                 # every call's frame count is frame_step·k + 1 (Wan's VAE: 4)
    size_step: int = 1                  # width and height must be multiples of this (Wan: 16)
    references: bool = False            # uses the cast's reference pictures (`references` in requests)

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


@dataclass
class KeyframeRequest:
    """Global stage: render the layouts at `times` (seconds from shot start; may reach into the handles)."""

    shot: Shot
    entities: dict[str, Entity]
    times: list[float]
    width: int
    height: int
    fps: int
    style: str = ""
    seed: int = 0
    references: dict[str, Any] = field(default_factory=dict)   # entity id -> (h, w, 3) uint8, entities in view


@dataclass
class Segment:
    """One local-stage segment: `length` frames whose first and last are given; times are of those frames."""

    first: Any          # np.ndarray (H, W, 3) uint8
    last: Any           # np.ndarray (H, W, 3) uint8
    t0: float
    t1: float


@dataclass
class InterpolateRequest:
    """Local stage: a batch of independent segments of one shot and one level, each `length` frames long."""

    shot: Shot
    entities: dict[str, Entity]
    segments: list[Segment]
    length: int
    width: int
    height: int
    fps: int
    style: str = ""
    seed: int = 0
    level: int = 1
    references: dict[str, Any] = field(default_factory=dict)   # entity id -> (h, w, 3) uint8, entities in view


@runtime_checkable
class Planner(Protocol):
    name: str

    def plan(self, script: Script, config: dict[str, Any] | None = None) -> FilmPlan: ...


@runtime_checkable
class Renderer(Protocol):
    name: str

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def identity(self) -> str:
        """Goes into every task key: change it when the same request would give different pixels."""
        ...

    def keyframes(self, request: KeyframeRequest):
        """-> np.ndarray (len(request.times), H, W, 3) uint8"""
        ...

    def interpolate(self, request: InterpolateRequest):
        """-> np.ndarray (len(segments), length, H, W, 3) uint8; [:, 0] and [:, -1] equal the given frames."""
        ...
