"""The `diffusers` renderer: the director's Renderer protocol on a layout-conditioned video diffusion backend.

It translates requests into generation jobs and back: a shot's keyframes become one clip generated in one
call (per-keyframe prompts and layouts); a local level's segments become clips whose first and last frames are
known, as many per batch as the device's memory budget holds (the backend measures what a batch needs). When
the device runs out anyway, the batch is halved and tried again. Seeds are derived from the request, never
from a global RNG, and a segment's noise depends on its own position, not on which batch it landed in, so a
split level gives the frames of the whole one.

Before a job, `check()` (called once by the pipeline) finds every checkpoint, loads the backend and runs one
small real step, so a missing or broken checkpoint, a dtype the device cannot run or a setting out of range is
one line before the first shot, not a failure slate per shot. `ready()` is the cheap half (no load).
Heavy imports (torch, diffusers) wait until first use: listing backends stays cheap.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
import threading
from typing import Any

import numpy as np

from director.errors import DirectorError, InputError, require
from director.protocols import Capabilities, InterpolateRequest, KeyframeRequest

from .checkpoints import fingerprint, locate, missing
from .conditions import entity_seed, frame_conditions, reference_condition
from .memory import gib, process_peak_rss
from .profile import CHECKPOINT_KEYS, IP_ADAPTER_SETTINGS, load_profile

CODE_VERSION = "2"    # 2: the backend's own schedule; box energy summed over frames
_BACKEND_LOCK = threading.RLock()
BASE_FOLDERS = ("unet", "vae", "text_encoder", "tokenizer")


def _derive_seed(*parts: Any) -> int:
    return int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:6], "little")


class DoesNotFit(InputError):
    """Not even one clip of a job fits the memory budget. Every shot of the job has the same size, so this is
    not retried shot by shot: the job stops with this one line (an `InputError`: the settings are the input)."""

    def __init__(self, problem: str):
        super().__init__(problem, file="diffusers renderer")


class MemoryLog:
    """Per stage: the largest estimate sent, the highest measured peak, batches, halvings. For the manifest."""

    def __init__(self):
        self.stages: dict[str, dict[str, Any]] = {}
        self.budget: str | None = None
        self.device: str | None = None
        self._lock = threading.Lock()

    def batch(self, stage: str, shape, report, budget) -> None:
        with self._lock:
            st = self.stages.setdefault(stage, {"batches": 0, "halved": 0, "estimated_peak_bytes": 0,
                                                "measured_peak_bytes": None, "largest_batch": ""})
            st["batches"] += 1
            est = report.estimate.total if report.estimate is not None else 0
            if est >= st["estimated_peak_bytes"]:
                st["estimated_peak_bytes"] = est
                st["largest_batch"] = f"{shape.clips}x{shape.frames} frames at {shape.width}x{shape.height}"
            if report.peak_bytes is not None:
                st["measured_peak_bytes"] = max(st["measured_peak_bytes"] or 0, report.peak_bytes)
            self.budget = str(budget)

    def halved(self, stage: str) -> None:
        with self._lock:
            self.stages.setdefault(stage, {"batches": 0, "halved": 0, "estimated_peak_bytes": 0,
                                           "measured_peak_bytes": None, "largest_batch": ""})["halved"] += 1

    def report(self) -> dict[str, Any]:
        with self._lock:
            stages = {}
            for name, st in self.stages.items():
                row = dict(st)
                est, peak = row["estimated_peak_bytes"], row["measured_peak_bytes"]
                row["measured_over_estimated"] = round(peak / est, 3) if est and peak is not None else None
                row["line"] = (f"{name}: estimated {gib(est)}, measured "
                               f"{gib(peak) if peak is not None else 'n/a'} at the peak "
                               f"({row['batches']} batches, largest {row['largest_batch']}, halved {row['halved']}x)")
                stages[name] = row
            return {"device": self.device, "budget": self.budget, "stages": stages}


class DiffusionRenderer:
    """Options: model (folder or hub id), profile (TOML), and any profile setting (steps, device, dtype, …)."""

    name = "diffusers"
    fork_safe = False
    """Its model is loaded once per process and torch runs its own threads: executors must not copy it into
    worker processes (each would load the model again, onto the same device)."""

    def __init__(self, model: str | None = None, profile: str | None = None, **options: Any):
        require("torch", "diffusion", "the diffusers renderer")
        require("diffusers", "diffusion", "the diffusers renderer")
        self._args = (model, profile, dict(options))
        self.profile = load_profile(model=model, profile=profile, **options)
        for key, ref in self.profile.checkpoints().items():
            if ref.startswith(("/", ".", "~")):
                reason = missing(key, ref)
                if reason and "does not exist" in reason:
                    raise DirectorError(f"diffusers renderer: {reason}"
                                        + (f" (from {self.profile.source})" if self.profile.source else ""))
        self._backend = None
        self.last_report = None     # the GenerationReport of the latest call, for benchmarks and checks
        self.memory = MemoryLog()
        self._placed: list[DiffusionRenderer] = []
        self._caps: dict[tuple, int] = {}        # clips (or frames) per batch that ran out of memory, halved
        self._announced: dict[str, int] = {}
        self._lock = threading.Lock()

    def __getstate__(self):
        """Executors that ship the renderer to another process send its settings; the models load there."""
        state = dict(self.__dict__)
        state["_backend"] = None
        state["last_report"] = None
        state["_placed"] = []
        state.pop("_lock", None)
        state.pop("memory", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self.memory = MemoryLog()

    @property
    def backend(self):
        """Loaded on first use, once, even when the executor's threads all ask at the same moment."""
        if self._backend is None:
            with _BACKEND_LOCK:
                if self._backend is None:
                    from .backend import load_backend

                    self._backend = load_backend(self.profile)
                    self.memory.device = self._backend.device
        return self._backend

    # --------------------------------------------------------------------------------------- preflight -----
    def _subfolders(self, key: str) -> tuple[str, ...]:
        """The folders a base checkpoint must have: the backend module's `BASE_FOLDERS` (Wan's transformer/);
        an IP-Adapter, the subfolder its weights are in."""
        from .backend import backend_module

        if key == "ip_adapter":
            return (self.profile.ip_adapter_subfolder,) if self.profile.ip_adapter_subfolder else ()
        return getattr(backend_module(self.profile), "BASE_FOLDERS", BASE_FOLDERS) if key == "base" else ()

    def ready(self) -> str | None:
        """Why this renderer cannot run here without the network (a checkpoint not on disk or in the local
        Hugging Face cache, no GPU for a CUDA device), or None. Loads nothing."""
        for key, ref in self.profile.checkpoints().items():
            reason = missing(key, ref, self.profile.revisions.get(key), self._subfolders(key))
            if reason:
                return f"diffusers renderer: {reason}"
        try:
            self._resolved_dtype()
        except DirectorError as exc:
            return str(exc)
        return None

    def check(self) -> None:
        """Before the first task: every checkpoint found (in seconds, network or not), the backend loaded, one
        small real step run. Raises a one-line DirectorError when the job cannot succeed."""
        for key, ref in self.profile.checkpoints().items():
            locate(key, ref, self.profile.revisions.get(key), self._subfolders(key))
        self.backend.verify()

    # ------------------------------------------------------------------------------------------ placement ---
    def devices(self) -> list[str]:
        """The devices this renderer would use: every CUDA GPU when its device is 'auto' or a bare 'cuda' and
        there are several, else its one device. The local executor places one renderer on each."""
        import torch

        wanted = self.profile.device
        if wanted in ("auto", "cuda") and torch.cuda.is_available() and torch.cuda.device_count() > 1:
            return [f"cuda:{i}" for i in range(torch.cuda.device_count())]
        return [self.capabilities.device]

    def on_device(self, device: str) -> "DiffusionRenderer":
        """A renderer with the same settings on `device` (its own model there). Its memory log joins this one's."""
        model, profile, options = self._args
        placed = DiffusionRenderer(model, profile, **{**options, "device": device})
        self._placed.append(placed)
        return placed

    def memory_report(self) -> dict[str, Any] | None:
        """Estimated vs measured peak per stage (for the manifest); with placed renderers, one entry each."""
        reports = [r.memory.report() for r in [self, *self._placed] if r.memory.stages]
        if not reports:
            return None
        out: dict[str, Any] = reports[0] if len(reports) == 1 else {"devices": reports}
        out["process_peak_rss_bytes"] = process_peak_rss() or None
        return out

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
        guidance), then a digest of every other setting that changes pixels. Device, offload and memory budget
        are left out: they change speed and batching, not the picture (beyond float rounding)."""
        prof = self.profile
        settings = {k: v for k, v in dataclasses.asdict(prof).items()
                    if k not in CHECKPOINT_KEYS and k not in ("source", "revisions", "device", "cpu_offload",
                                                              "vae_slicing", "vae_batch", "memory_budget",
                                                              "max_batch_frames", "clips_per_call")
                    and (prof.ip_adapter or k not in IP_ADAPTER_SETTINGS)}   # no adapter: identities as before
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
        schedule = self._backend.schedule if self._backend is not None else {"scheduler": prof.scheduler,
                                                                               **prof.schedule}
        return {
            "backend": prof.backend,
            "checkpoints": {k: fingerprint(v, prof.revisions.get(k)) for k, v in prof.checkpoints().items()},
            "dtype": self._resolved_dtype(), "scheduler": prof.scheduler, "schedule": schedule,
            "steps": prof.steps, "guidance_scale": prof.guidance_scale,
            "box_guidance": dataclasses.asdict(prof.box_guidance), "memory_budget": prof.memory_budget,
            **({"ip_adapter": {k: getattr(prof, k) for k in IP_ADAPTER_SETTINGS}} if prof.ip_adapter else {}),
        }

    def _entity_seeds(self, request) -> dict[str, int]:
        return {eid: entity_seed(ent) for eid, ent in request.entities.items()}

    # ----------------------------------------------------------------------------------------- batching ------
    def _largest_fitting(self, most: int, shape_of, what: str):
        """The largest n <= most whose job fits the budget, with its estimate and the budget; DoesNotFit if 0."""
        backend = self.backend
        budget = backend.budget()
        estimate = None
        for n in range(most, 0, -1):
            estimate = backend.estimate(shape_of(n))
            if estimate.total <= budget.bytes:
                return n, estimate, budget
        shape = shape_of(1)
        raise DoesNotFit(f"one {what} of {shape.frames} frames at {shape.width}x{shape.height} needs "
                         f"{estimate} but the memory budget is {budget}; lower the frame size, set "
                         "-R memory_budget=… higher, or use a GPU (cpu_offload = true keeps only the running "
                         "component on it)")

    def _announce(self, stage: str, what: str, backend, estimate, budget, batches: int) -> None:
        """Print the estimate before a job larger than any before it in this stage (the first always)."""
        with self._lock:
            if estimate.total <= self._announced.get(stage, 0):
                return
            self._announced[stage] = estimate.total
            print(f"director: diffusers {backend.name} on {backend.device} "
                  f"{str(backend.dtype).replace('torch.', '')}: "
                  f"{what} in {batches} batch{'es' if batches != 1 else ''}: {estimate} per batch; "
                  f"budget {budget}", file=sys.stderr, flush=True)

    def _run(self, stage: str, make_job, count: int, per_batch: int, cap_key: tuple, what: str, shape_of,
             fitting: str | None = None):
        """Generate items [0, count) in batches of `per_batch`, halving a batch that runs out of memory.

        `make_job(start, stop)` builds the job of items start..stop-1; returns the per-item frames in order.
        Each batch is checked against the estimate as it stands when its turn comes (`shape_of(n)`: the shape of
        n items): a batch measured higher raises the estimate, and a later batch that no longer fits is split
        to the largest that does, never sent as it was."""
        from .backend import OutOfMemory

        backend = self.backend
        pending = [(a, min(a + per_batch, count)) for a in range(0, count, per_batch)]
        out, reports = [], []
        while pending:
            start, stop = pending.pop(0)
            if backend.estimate(shape_of(stop - start)).total > backend.budget().bytes:
                fit, _, _ = self._largest_fitting(stop - start, shape_of, fitting or what)   # DoesNotFit if 0
                with self._lock:
                    self._caps[cap_key] = min(self._caps.get(cap_key, fit), fit)
                pending[:0] = [(a, min(a + fit, stop)) for a in range(start, stop, fit)]
                continue
            job = make_job(start, stop)
            try:
                result = backend.generate(job)
            except OutOfMemory as exc:
                if stop - start == 1:
                    raise DoesNotFit(f"{exc}; even one {what} does not fit this device") from None
                half = (stop - start + 1) // 2
                with self._lock:
                    self._caps[cap_key] = min(self._caps.get(cap_key, half), half)
                self.memory.halved(stage)
                print(f"director: diffusers: {exc}; halving the batch to {half}", file=sys.stderr, flush=True)
                pending[:0] = [(start, start + half), (start + half, stop)]
                continue
            self.memory.batch(stage, job.shape, result.report, backend.budget())
            out.append(result.frames)
            reports.append(result.report)
        self.last_report = reports[-1] if len(reports) == 1 else _merge_reports(reports)
        return out

    # ----------------------------------------------------------------------------------------- requests ------
    def _references(self, request) -> list:
        """The request's reference pictures with what they show, in entity order (the same for every clip)."""
        refs = getattr(request, "references", None) or {}
        return [(reference_condition(request.entities[eid]), np.asarray(refs[eid], np.uint8))
                for eid in sorted(refs) if eid in request.entities]

    def keyframes(self, request: KeyframeRequest, **job_options: Any) -> np.ndarray:
        """The shot's keyframes as one clip: frames of one motion-UNet call (chunks of max_frames if more, or
        of fewer when the memory budget cannot hold max_frames at once).

        A backend with its own keyframe layout (Wan: keyframe i at frame 4i of one clip) says where each is."""
        from .backend import GenerationJob, JobShape, has_pose

        job_options.setdefault("references", self._references(request))
        layout = getattr(self.backend, "keyframe_clips", None)
        if layout is not None and request.times:
            return self._laid_out_keyframes(request, layout, job_options)
        conds = frame_conditions(request.shot, request.entities, list(request.times), request.fps, request.style)
        if not conds:
            return np.zeros((0, request.height, request.width, 3), np.uint8)
        guided = job_options.get("box_guidance", True)
        cap_key = ("keyframes", request.width, request.height, guided)
        most = min(len(conds), self.profile.max_frames, self._caps.get(cap_key, len(conds)))
        pose = has_pose([conds])
        refs = len(job_options.get("references") or ())
        shape_of = lambda f: JobShape(1, f, request.width, request.height, 0, guided, pose, refs)   # noqa: E731
        chunk, estimate, budget = self._largest_fitting(most, shape_of, "keyframe clip")
        if chunk < min(len(conds), self.profile.max_frames):
            print(f"director: diffusers: {request.shot.id}'s {len(conds)} keyframes go in clips of {chunk} to fit "
                  f"the memory budget (the motion module sees {chunk} at a time)", file=sys.stderr, flush=True)
        self._announce("keyframes", f"keyframes of {request.shot.id}, 1x{chunk} frames at "
                       f"{request.width}x{request.height}", self.backend, estimate, budget,
                       -(-len(conds) // chunk))

        def make_job(start: int, stop: int) -> GenerationJob:
            return GenerationJob(clips=[conds[start:stop]], width=request.width, height=request.height,
                                 clip_seeds=[_derive_seed("keyframes", request.seed, request.shot.id, start)],
                                 entity_seeds=self._entity_seeds(request), **job_options)

        # a keyframe clip is one "item" per frame range: batches of `chunk` frames, halved on out-of-memory
        frames = self._run("keyframes", make_job, len(conds), chunk, cap_key, "keyframe", shape_of, "keyframe clip")
        return np.concatenate([f[0] for f in frames])

    def _laid_out_keyframes(self, request: KeyframeRequest, layout, job_options: dict) -> np.ndarray:
        """Keyframes in the backend's clips (one length each), as many clips per batch as fit the budget."""
        from .backend import GenerationJob, JobShape, has_pose

        clip_times, picks = layout(list(request.times))
        clips = [frame_conditions(request.shot, request.entities, ts, request.fps, request.style)
                 for ts in clip_times]
        seeds = [_derive_seed("keyframes", request.seed, request.shot.id, i) for i in range(len(clips))]
        length, guided = len(clips[0]), job_options.get("box_guidance", True)
        refs = len(job_options.get("references") or ())
        cap_key = ("keyframes", length, request.width, request.height, guided, refs)
        most = min(len(clips), self._caps.get(cap_key, len(clips)))
        pose = has_pose(clips)
        shape_of = lambda n: JobShape(n, length, request.width, request.height, 0, guided, pose,   # noqa: E731
                                      refs)
        per_batch, estimate, budget = self._largest_fitting(most, shape_of, "keyframe clip")
        self._announce("keyframes", f"keyframes of {request.shot.id}, {len(clips)}x{length} frames at "
                       f"{request.width}x{request.height} ({per_batch} clip{'s' if per_batch != 1 else ''} a batch)",
                       self.backend, estimate, budget, -(-len(clips) // per_batch))

        def make_job(start: int, stop: int) -> GenerationJob:
            return GenerationJob(clips=clips[start:stop], width=request.width, height=request.height,
                                 clip_seeds=seeds[start:stop], entity_seeds=self._entity_seeds(request),
                                 **job_options)

        frames = np.concatenate(self._run("keyframes", make_job, len(clips), per_batch, cap_key, "keyframe clip",
                                          shape_of))
        return np.stack([frames[c, f] for c, f in picks])

    def interpolate(self, request: InterpolateRequest, **job_options: Any) -> np.ndarray:
        """All segments of one level, as many per batch as fit; first/last frames known, returned bit-exact."""
        from .backend import GenerationJob, JobShape, has_pose

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
        cap_key = ("local", length, request.width, request.height, options["box_guidance"])
        most = len(clips)
        if self.profile.max_batch_frames > 0:
            most = min(most, max(1, self.profile.max_batch_frames // length))
        most = min(most, self._caps.get(cap_key, most))
        pose = has_pose(clips)
        shape_of = lambda n: JobShape(n, length, request.width, request.height, 2 * n,   # noqa: E731
                                      options["box_guidance"], pose, len(options["references"] or ()))
        per_batch, estimate, budget = self._largest_fitting(most, shape_of, "segment")
        self._announce("local", f"local level {request.level} of {request.shot.id}, {len(clips)}x{length} frames "
                       f"at {request.width}x{request.height} ({per_batch} segments a batch)", self.backend,
                       estimate, budget, -(-len(clips) // per_batch))

        def make_job(start: int, stop: int) -> GenerationJob:
            return GenerationJob(clips=clips[start:stop], width=request.width, height=request.height,
                                 clip_seeds=seeds[start:stop], entity_seeds=self._entity_seeds(request),
                                 known={(k - start, f): v for (k, f), v in known.items() if start <= k < stop},
                                 **options)

        return np.concatenate(self._run("local", make_job, len(clips), per_batch, cap_key, "segment", shape_of))


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
        if rep.estimate is not None and (merged.estimate is None or rep.estimate.total > merged.estimate.total):
            merged.estimate = rep.estimate
        if rep.peak_bytes is not None:
            merged.peak_bytes = max(merged.peak_bytes or 0, rep.peak_bytes)
    return merged


def _frame(frame, request: InterpolateRequest, which: str) -> np.ndarray:
    arr = np.asarray(frame)
    if arr.dtype != np.uint8 or arr.shape != (request.height, request.width, 3):
        raise DirectorError(f"diffusers renderer: segment {which} frame must be uint8 "
                            f"({request.height}, {request.width}, 3), got {arr.dtype} {arr.shape}")
    return arr
