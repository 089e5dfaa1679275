"""The seam between the renderer and a video diffusion family.

The renderer turns protocol requests into a `GenerationJob` — clips of per-frame conditions, the frames that
are already known, seeds, the cast's reference pictures — and a backend turns the job into pixels. AnimateDiff
(SD1.5 + motion adapter, training-free box guidance) and Wan2.1-VACE (a trained control video, kept frames and
references) are built in; an LTX-Video backend would map known frames onto frame-index conditions, with no
change to the renderer or the director. A backend whose frames come in groups (Wan: 4 per latent frame) says
how a shot's keyframes are laid out as clips (`keyframe_clips`). A profile names its backend
(`backend = "animatediff"`, `"wan-vace"`, or `"package.module:Class"` for a third-party one).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from director.errors import DirectorError

from .conditions import FrameCondition
from .profile import DiffusionProfile

BACKENDS = {
    "animatediff": "renderers.diffusion.animatediff:AnimateDiffBackend",
    "wan-vace": "renderers.diffusion.wan_vace:WanVACEBackend",
}


@dataclass
class GenerationJob:
    """Clips generated together in one batch; every clip has the same number of frames."""

    clips: list[list[FrameCondition]]
    width: int
    height: int
    clip_seeds: list[int]
    entity_seeds: dict[str, int] = field(default_factory=dict)
    known: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)   # (clip, frame) -> (H, W, 3) uint8
    steps: int | None = None             # None: the profile's
    box_guidance: bool = True
    measure_attention_steps: int = 0     # record the entity-in-box attention share in the first N steps
    references: list[tuple[FrameCondition, np.ndarray]] = field(default_factory=list)   # the cast in view, every clip

    @property
    def frames(self) -> int:
        return len(self.clips[0]) if self.clips else 0


@dataclass
class GenerationReport:
    """What a job cost and what the model attended to: for benchmarks and for the box-guidance check."""

    seconds: dict[str, float] = field(default_factory=dict)     # text, vae, denoiser, guidance, total
    denoiser_calls: int = 0
    batch_rows: int = 0                                          # frames per denoiser call (clips x frames x CFG)
    attention_share: list[float] = field(default_factory=list)  # per measured step
    energy: list[float] = field(default_factory=list)           # per guidance iteration


@dataclass
class GenerationResult:
    frames: np.ndarray            # (clips, frames, H, W, 3) uint8
    report: GenerationReport


class VideoBackend(Protocol):
    name: str

    @property
    def device(self) -> str: ...

    @property
    def supports_keypoints(self) -> bool: ...

    def generate(self, job: GenerationJob) -> GenerationResult: ...


def _backend_target(profile: DiffusionProfile) -> tuple[Any, str]:
    """(the backend's module, its class name); the module may also say `capability_hints(profile)` and
    `resolve_dtype(name, device)`, which the renderer reads without loading a model."""
    target = BACKENDS.get(profile.backend, profile.backend)
    if ":" not in target:
        raise DirectorError(f"diffusers renderer: unknown backend '{profile.backend}' "
                            f"(built in: {', '.join(BACKENDS)}; or give 'package.module:Class')")
    module, _, attr = target.partition(":")
    try:
        return importlib.import_module(module), attr
    except ImportError as exc:
        raise DirectorError(f"diffusers renderer: cannot import backend '{target}': {exc}") from exc


def backend_module(profile: DiffusionProfile) -> Any:
    return _backend_target(profile)[0]


def load_backend(profile: DiffusionProfile) -> VideoBackend:
    module, attr = _backend_target(profile)
    cls: Any = getattr(module, attr, None)
    if cls is None:
        raise DirectorError(f"diffusers renderer: backend module {module.__name__} has no class '{attr}'")
    return cls(profile)
