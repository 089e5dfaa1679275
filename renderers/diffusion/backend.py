"""The seam between the renderer and a video diffusion family.

The renderer turns protocol requests into `GenerationJob`s — clips of per-frame conditions, the frames that
are already known, seeds, the cast's reference pictures — decides how many clips go into one job, and a
backend turns each job into pixels. A backend owns everything that depends on its model family:

- its loading (`__init__(profile)`: checkpoints, dtype, device; a `DirectorError` when they cannot work),
  and `verify()`, one small real step that proves the weights, dtype and device run together;
- its sampling schedule (`schedule`: the scheduler class and settings it samples with, whatever a base
  checkpoint's own scheduler folder says; a profile may override);
- its memory model (`estimate(shape)`: the peak bytes a job of that shape needs on the device, measured or
  modelled, weights included), which the renderer sizes batches with; and it raises `OutOfMemory` when the
  device runs out anyway, after releasing what the failed batch held, so the renderer can halve the batch;
- where its frames come in groups (Wan: 4 per latent frame), how a shot's keyframes are laid out as clips
  (`keyframe_clips`).

The renderer owns what is the same for every family: requests to jobs, seeds, batching to the budget, halving
on `OutOfMemory`, the known frames put back bit-exact. AnimateDiff (SD1.5 + motion adapter, training-free box
guidance) and Wan2.1-VACE (a trained control video, kept frames and references) are built in; an LTX-Video
backend would map known frames onto frame-index conditions, with no change to the renderer or the director.
A profile names its backend (`backend = "animatediff"`, `"wan-vace"`, or `"package.module:Class"` for a
third-party one). A job's frames must not depend on which other clips share its batch (each clip has its own
seed and noise), so a split batch gives the frames of the whole one.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from director.errors import DirectorError
from director.models import SceneObject

from .conditions import FrameCondition, PromptPiece
from .memory import MemoryEstimate, OutOfMemory  # noqa: F401  (OutOfMemory: part of the seam)
from .profile import DiffusionProfile

BACKENDS = {
    "animatediff": "renderers.diffusion.animatediff:AnimateDiffBackend",
    "wan-vace": "renderers.diffusion.wan_vace:WanVACEBackend",
}


@dataclass(frozen=True)
class JobShape:
    """What memory depends on: how many clips of how many frames, at what size, with which passes."""

    clips: int
    frames: int
    width: int
    height: int
    known: int = 0                # frames given (VAE-encoded) in the whole job
    box_guidance: bool = True     # a guided (forward + backward) pass runs
    pose: bool = False            # some frame has body keypoints (a pose ControlNet, if any, runs)
    references: int = 0           # reference pictures each clip carries (Wan: one latent frame each)


def has_pose(clips: list[list[FrameCondition]]) -> bool:
    return any(obj.keypoints for clip in clips for cond in clip for obj in cond.objects)


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

    @property
    def shape(self) -> JobShape:
        return JobShape(len(self.clips), self.frames, self.width, self.height, len(self.known), self.box_guidance,
                        has_pose(self.clips), len(self.references))


@dataclass
class GenerationReport:
    """What a job cost and what the model attended to: for benchmarks, the manifest and the box-guidance check."""

    seconds: dict[str, float] = field(default_factory=dict)     # text, vae, denoiser, guidance, total
    denoiser_calls: int = 0
    batch_rows: int = 0                                          # frames per denoiser call (clips x frames x CFG)
    attention_share: list[float] = field(default_factory=list)  # per measured step
    energy: list[float] = field(default_factory=list)           # per guidance iteration
    estimate: MemoryEstimate | None = None                       # what the job was expected to need
    peak_bytes: int | None = None                                # what it reached (weights + measured activations)
    finite: bool | None = None                                   # checked by `verify`: no NaN/inf in the latents


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

    @property
    def schedule(self) -> dict[str, Any]:
        """The scheduler it samples with: {"class": name, **settings} (for identity, describe and the manifest)."""
        ...

    def estimate(self, shape: JobShape) -> MemoryEstimate:
        """Peak device bytes (weights included) of a job of this shape."""
        ...

    def budget(self) -> Any:
        """`memory.Budget`: what the backend may hold on its device now (the profile's memory_budget or free)."""
        ...

    def verify(self) -> None:
        """One small real step: raises a one-line DirectorError when weights, dtype and device cannot run."""
        ...

    def generate(self, job: GenerationJob) -> GenerationResult:
        """Raises `OutOfMemory` when the device ran out (what the job held is released first)."""
        ...


def probe_condition() -> FrameCondition:
    """One entity's prompt and box: the frame a backend's `verify()` step renders."""
    box = SceneObject(entity="probe", box=(0.25, 0.25, 0.75, 0.75))
    return FrameCondition(t=0.0, pieces=[PromptPiece("a", "probe"), PromptPiece("test")], objects=[box])


def verify_step(backend: Any, run) -> None:
    """`run()` is a backend's one small real step, returning whether its latents are finite; any failure of it
    becomes one line naming the backend, dtype and device."""
    dtype = str(backend.dtype).replace("torch.", "")
    try:
        finite = run()
    except DirectorError:
        raise
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DirectorError(f"diffusers renderer: {backend.name} cannot run in {dtype} on {backend.device}: "
                            f"{first}") from exc
    if finite is False:
        raise DirectorError(f"diffusers renderer: {backend.name} gives non-finite values in {dtype} on "
                            f"{backend.device}; use float32 (or bfloat16 on a GPU that has it)")


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
