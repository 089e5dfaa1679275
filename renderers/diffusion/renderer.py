"""The `diffusers` renderer: the director's Renderer protocol on a layout-conditioned video diffusion backend.

It translates requests into generation jobs and back: a shot's keyframes become one clip generated in one
call (per-keyframe prompts and layouts); a local level's segments become clips of one batch whose first and
last frames are known. Seeds are derived from the request, never from a global RNG, so the same request gives
the same frames, and a segment's noise depends on its own position, not on which batch it landed in.
Heavy imports (torch, diffusers) wait until the first render: listing backends stays cheap.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from typing import Any

import numpy as np

from director.errors import DirectorError, require
from director.protocols import Capabilities, InterpolateRequest, KeyframeRequest

from .checkpoints import fingerprint, is_local
from .conditions import entity_seed, frame_conditions, reference_condition
from .profile import CHECKPOINT_KEYS, load_profile

CODE_VERSION = "1"
_BACKEND_LOCK = threading.RLock()


def _derive_seed(*parts: Any) -> int:
    return int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:6], "little")


class DiffusionRenderer:
    """Options: model (folder or hub id), profile (TOML), and any profile setting (steps, device, dtype, …)."""

    name = "diffusers"

    def __init__(self, model: str | None = None, profile: str | None = None, **options: Any):
        require("torch", "diffusion", "the diffusers renderer")
        require("diffusers", "diffusion", "the diffusers renderer")
        self.profile = load_profile(model=model, profile=profile, **options)
        for key, ref in self.profile.checkpoints().items():
            if ref.startswith(("/", ".", "~")) and not is_local(ref):
                raise DirectorError(f"diffusers renderer: {key} checkpoint folder '{ref}' does not exist"
                                    + (f" (from {self.profile.source})" if self.profile.source else ""))
        self._backend = None
        self.last_report = None     # the GenerationReport of the latest call, for benchmarks and checks

    def __getstate__(self):
        """Executors that ship the renderer to another process send its settings; the models load there."""
        state = dict(self.__dict__)
        state["_backend"] = None
        state["last_report"] = None
        return state

    @property
    def backend(self):
        """Loaded on first use, once, even when the executor's threads all ask at the same moment."""
        if self._backend is None:
            with _BACKEND_LOCK:
                if self._backend is None:
                    from .backend import load_backend

                    self._backend = load_backend(self.profile)
        return self._backend

    # ------------------------------------------------------------------------------------------- protocol -----
    @property
    def capabilities(self) -> Capabilities:
        from .animatediff import resolve_device
        from .backend import backend_module

        caps = dict(max_frames=self.profile.max_frames, keyframe_conditioning=True,
                    boxes=self.profile.box_guidance.enabled, keypoints=bool(self.profile.controlnet_openpose),
                    device=str(resolve_device(self.profile.device)))
        hints = getattr(backend_module(self.profile), "capability_hints", None)   # e.g. Wan's 4k+1 frames
        return Capabilities(**{**caps, **(hints(self.profile) if hints else {})})

    @property
    def identity(self) -> str:
        """Readable where it matters (checkpoints with revisions or content digests, dtype, scheduler, steps,
        guidance), then a digest of every other setting that changes pixels. Device and offload are left out:
        they change speed, not the picture (beyond float rounding)."""
        prof = self.profile
        settings = {k: v for k, v in dataclasses.asdict(prof).items()
                    if k not in CHECKPOINT_KEYS and k not in ("source", "revisions", "device", "cpu_offload",
                                                              "vae_slicing", "vae_batch")}
        settings["code"] = CODE_VERSION
        digest = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:12]
        g = prof.box_guidance
        parts = [f"diffusers/{prof.backend}"]
        parts += [f"{k}={fingerprint(v, prof.revisions.get(k))}" for k, v in prof.checkpoints().items()]
        parts += [self._resolved_dtype().replace("torch.", ""), prof.scheduler, f"steps={prof.steps}",
                  f"cfg={prof.guidance_scale:g}", f"box={g.strength:g}x{g.steps}@{g.layers}", digest]
        return "/".join(parts)

    def _resolved_dtype(self) -> str:
        from .animatediff import resolve_device, resolve_dtype
        from .backend import backend_module

        resolve = getattr(backend_module(self.profile), "resolve_dtype", resolve_dtype)
        return str(resolve(self.profile.dtype, resolve_device(self.profile.device)))

    def describe(self) -> dict[str, Any]:
        """The settings behind `identity`, readable: for manifests and bug reports."""
        prof = self.profile
        return {
            "backend": prof.backend,
            "checkpoints": {k: fingerprint(v, prof.revisions.get(k)) for k, v in prof.checkpoints().items()},
            "dtype": self._resolved_dtype(), "scheduler": prof.scheduler, "steps": prof.steps,
            "guidance_scale": prof.guidance_scale, "box_guidance": dataclasses.asdict(prof.box_guidance),
        }

    def _entity_seeds(self, request) -> dict[str, int]:
        return {eid: entity_seed(ent) for eid, ent in request.entities.items()}

    def _references(self, request) -> list:
        """The request's reference pictures with what they show, in entity order (the same for every clip)."""
        refs = getattr(request, "references", None) or {}
        return [(reference_condition(request.entities[eid]), np.asarray(refs[eid], np.uint8))
                for eid in sorted(refs) if eid in request.entities]

    def keyframes(self, request: KeyframeRequest, **job_options: Any) -> np.ndarray:
        """The shot's keyframes as one clip: frames of one motion-UNet call (chunks of max_frames if more).

        A backend with its own keyframe layout (Wan: keyframe i at frame 4i of one clip) says where each is."""
        from .backend import GenerationJob

        job_options.setdefault("references", self._references(request))
        layout = getattr(self.backend, "keyframe_clips", None)
        if layout is not None and request.times:
            clip_times, picks = layout(list(request.times))
            job = GenerationJob(
                clips=[frame_conditions(request.shot, request.entities, ts, request.fps, request.style)
                       for ts in clip_times], width=request.width, height=request.height,
                clip_seeds=[_derive_seed("keyframes", request.seed, request.shot.id, i) for i in range(len(clip_times))],
                entity_seeds=self._entity_seeds(request), **job_options)
            result = self.backend.generate(job)
            self.last_report = result.report
            return np.stack([result.frames[c, f] for c, f in picks])
        conds = frame_conditions(request.shot, request.entities, list(request.times), request.fps, request.style)
        step = self.profile.max_frames
        out = []
        for start in range(0, len(conds), step):
            job = GenerationJob(
                clips=[conds[start:start + step]], width=request.width, height=request.height,
                clip_seeds=[_derive_seed("keyframes", request.seed, request.shot.id, start)],
                entity_seeds=self._entity_seeds(request), **job_options,
            )
            result = self.backend.generate(job)
            self.last_report = result.report
            out.append(result.frames[0])
        if not out:
            return np.zeros((0, request.height, request.width, 3), np.uint8)
        return np.concatenate(out)

    def interpolate(self, request: InterpolateRequest, **job_options: Any) -> np.ndarray:
        """All segments of one level in one batch; first/last frames known, returned bit-exact."""
        from .backend import GenerationJob

        length = request.length
        if length < 2:
            raise DirectorError(f"diffusers renderer: a segment needs at least 2 frames, got {length}")
        if length > self.profile.max_frames:
            raise DirectorError(f"diffusers renderer: segments of {length} frames exceed max_frames="
                                f"{self.profile.max_frames} of this motion model")
        clips, known, seeds = [], {}, []
        for i, seg in enumerate(request.segments):
            times = list(np.linspace(seg.t0, seg.t1, length))
            clips.append(frame_conditions(request.shot, request.entities, times, request.fps, request.style))
            known[(i, 0)] = _frame(seg.first, request, "first")
            known[(i, length - 1)] = _frame(seg.last, request, "last")
            seeds.append(_derive_seed("segment", request.seed, request.shot.id, request.level,
                                      round(seg.t0 * request.fps * 1000)))
        if not clips:
            return np.zeros((0, length, request.height, request.width, 3), np.uint8)
        options = {"steps": self.profile.local_steps, "box_guidance": self.profile.box_guidance.local,
                   "references": self._references(request)}
        options.update(job_options)
        # One batch per level unless the device cannot hold it: then as few batches as fit max_batch_frames.
        cap = self.profile.max_batch_frames
        per_batch = len(clips) if cap <= 0 else max(1, cap // length)
        out, reports = [], []
        for start in range(0, len(clips), per_batch):
            idx = range(start, min(start + per_batch, len(clips)))
            job = GenerationJob(clips=[clips[i] for i in idx], width=request.width, height=request.height,
                                clip_seeds=[seeds[i] for i in idx], entity_seeds=self._entity_seeds(request),
                                known={(k - start, f): v for (k, f), v in known.items() if k in idx}, **options)
            result = self.backend.generate(job)
            out.append(result.frames)
            reports.append(result.report)
        self.last_report = reports[-1] if len(reports) == 1 else _merge_reports(reports)
        return np.concatenate(out)


def _merge_reports(reports):
    from .backend import GenerationReport

    merged = GenerationReport()
    for rep in reports:
        for k, v in rep.seconds.items():
            merged.seconds[k] = merged.seconds.get(k, 0.0) + v
        merged.denoiser_calls += rep.denoiser_calls
        merged.batch_rows = max(merged.batch_rows, rep.batch_rows)
        merged.attention_share += rep.attention_share
        merged.energy += rep.energy
    return merged


def _frame(frame, request: InterpolateRequest, which: str) -> np.ndarray:
    arr = np.asarray(frame)
    if arr.dtype != np.uint8 or arr.shape != (request.height, request.width, 3):
        raise DirectorError(f"diffusers renderer: segment {which} frame must be uint8 "
                            f"({request.height}, {request.width}, 3), got {arr.dtype} {arr.shape}")
    return arr
