"""The diffusion renderer's settings: which checkpoints, where they run, how they sample.

One dataclass, filled from (lowest to highest priority) its defaults, a TOML profile, and keyword options
(what `director.registry.load("renderer", "diffusers", **options)` passes, strings included, since
`--renderer-option KEY=VALUE` arrives as text). `model=DIR` is a shortcut: a folder holding `director.toml`
(what `director tiny-model` writes) is read as that profile; any other folder or hub id is the base checkpoint.
Relative paths in a profile are relative to the profile's folder, so a model folder can be moved whole.
"""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from director.errors import DirectorError

DEFAULT_BASE = "stable-diffusion-v1-5/stable-diffusion-v1-5"
DEFAULT_MOTION_ADAPTER = "guoyww/animatediff-motion-adapter-v1-5-3"
SCHEDULER_CHOICES = {"animatediff": ("ddim", "euler", "base"),   # on each backend's own schedule; base:
                     "wan-vace": ("unipc", "euler", "base")}      # the base folder's scheduler as it is
DTYPE_CHOICES = ("auto", "float16", "fp16", "bfloat16", "bf16", "float32", "fp32")
CHECKPOINT_KEYS = ("base", "motion_adapter", "controlnet_openpose", "sparsectrl_rgb", "ip_adapter", "image_encoder")
OPTIONAL_CHECKPOINTS = ("controlnet_openpose", "sparsectrl_rgb", "ip_adapter", "image_encoder")
IP_ADAPTER_SETTINGS = ("ip_adapter_subfolder", "ip_adapter_weight", "ip_adapter_scale", "ip_adapter_regions")
WAN_NEGATIVE = ("bright tones, overexposed, static, blurred details, subtitles, worst quality, low quality, JPEG "
                "artifacts, ugly, deformed, disfigured, extra fingers, poorly drawn hands, poorly drawn faces, "
                "fused fingers, still picture, messy background, three legs, walking backwards")
WAN_SCHEDULE = {
    "beta_end": 0.02, "beta_schedule": "linear", "beta_start": 0.0001, "disable_corrector": [],
    "dynamic_thresholding_ratio": 0.995, "final_sigmas_type": "zero", "flow_shift": 3.0, "lower_order_final": True,
    "num_train_timesteps": 1000, "predict_x0": True, "prediction_type": "flow_prediction",
    "rescale_betas_zero_snr": False, "sample_max_value": 1.0, "solver_order": 2, "solver_p": None,
    "solver_type": "bh2", "steps_offset": 0, "thresholding": False, "timestep_spacing": "linspace",
    "trained_betas": None, "use_beta_sigmas": False, "use_exponential_sigmas": False, "use_flow_sigmas": True,
    "use_karras_sigmas": False,
}
"""Wan-AI/Wan2.1-VACE-1.3B-diffusers scheduler/scheduler_config.json as published (UniPCMultistepScheduler)."""
# A backend's own defaults, under the profile's and the options' values: Wan2.1-VACE as its authors sample it
# (the checkpoint's UniPC flow-matching scheduler, CFG 5, clips of up to 81 frames), no AnimateDiff adapter.
BACKEND_DEFAULTS: dict[str, dict[str, Any]] = {
    "wan-vace": {"base": "Wan-AI/Wan2.1-VACE-1.3B-diffusers", "motion_adapter": None, "scheduler": "unipc",
                 "steps": 30, "guidance_scale": 5.0, "max_frames": 81, "negative_prompt": WAN_NEGATIVE},
}


@dataclass
class BoxGuidance:
    """LVD-style energy on cross-attention: strength of the latent step, how many early steps, which layers."""

    strength: float = 30.0
    steps: int = 10              # applied in the first N denoising steps
    layers: str = "auto"         # "auto" (mid-resolution cross-attention) or comma-separated module prefixes
    topk: float = 0.2            # share of the mask's pixels averaged by the top-k energy terms
    iterations: int = 1          # gradient steps per guided denoising step
    local: bool = True           # guide the local stage too (its frames have interpolated boxes)

    @property
    def enabled(self) -> bool:
        return self.strength > 0 and self.steps > 0


@dataclass
class DiffusionProfile:
    backend: str = "animatediff"
    base: str = DEFAULT_BASE
    motion_adapter: str = DEFAULT_MOTION_ADAPTER
    controlnet_openpose: str | None = None
    sparsectrl_rgb: str | None = None
    ip_adapter: str | None = None    # IP-Adapter folder or hub id (h94/IP-Adapter): the cast's references steer frames
    image_encoder: str | None = None  # its CLIPVisionModelWithProjection; None: the adapter's <subfolder>/image_encoder
    ip_adapter_subfolder: str = "models"
    ip_adapter_weight: str = "ip-adapter_sd15.safetensors"
    ip_adapter_scale: float = 0.6    # weight of the image tokens beside the text (diffusers' set_ip_adapter_scale)
    ip_adapter_regions: bool = True  # each reference acts inside its entity's box; false: everywhere
    revisions: dict[str, str] = field(default_factory=dict)   # checkpoint key -> hub revision
    scheduler: str = "ddim"          # ddim | euler (wan-vace: unipc | euler) on the backend's own schedule | base
    schedule: dict[str, Any] = field(default_factory=dict)    # scheduler settings over the backend's schedule
    device: str = "auto"             # auto | cpu | cuda | cuda:N | mps
    dtype: str = "auto"              # auto (fp16 on CUDA, fp32 elsewhere) | float16 | bfloat16 | float32
    steps: int = 25
    local_steps: int | None = None   # local stage steps; None: same as `steps`
    guidance_scale: float = 7.5
    negative_prompt: str = "low quality, blurry, deformed, watermark, text"
    controlnet_scale: float = 1.0
    sparsectrl_scale: float = 1.0
    max_frames: int = 16             # AnimateDiff v1.5 motion modules were trained on 16 frames
    max_batch_frames: int = 0        # local stage: at most this many frames per batch; 0 = as many as fit
    clips_per_call: int = 1          # clips in one denoiser call: 1 keeps a clip's frames independent of its batch
    memory_budget: str = "auto"      # bytes the renderer may hold on its device ("6GiB"); auto: what is free
    vae_slicing: bool = True         # decode frames a few at a time
    vae_batch: int = 4
    vae_tiling: bool = False
    cpu_offload: bool = False        # keep components on the CPU, move each to the device only while it runs
    control: str = "layout+pose"     # wan-vace control video: layout+pose | layout (boxes) | pose (skeletons)
    keyframe_prompts: str = "per-frame"   # wan-vace keyframes: per-frame (one call) | per-keyframe (a clip each)
    flow_shift: float = 0.0          # flow-matching schedulers: 0 keeps the checkpoint's (Wan: 3 at 480p, 5 at 720p)
    box_guidance: BoxGuidance = field(default_factory=BoxGuidance)
    source: str | None = None        # the profile file read, for messages

    @property
    def budget_bytes(self) -> int:
        """memory_budget in bytes; 0: auto (what the device has free)."""
        from .memory import parse_bytes

        return parse_bytes(self.memory_budget)

    def checkpoints(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in CHECKPOINT_KEYS if getattr(self, k)}


def _coerce(value: Any, current: Any, name: str) -> Any:
    """Options from the command line are strings: convert them to the type of the field they set."""
    if not isinstance(value, str) or isinstance(current, str) or current is None:
        return value
    try:
        if isinstance(current, bool):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if isinstance(current, int):
            return int(value)
        if isinstance(current, float):
            return float(value)
    except ValueError:
        raise DirectorError(f"diffusers renderer: option {name}={value!r} is not a valid {type(current).__name__}")
    return value


def _apply(profile: DiffusionProfile, values: dict[str, Any], origin: str, base_dir: Path | None) -> None:
    guidance_fields = {f.name for f in dataclasses.fields(BoxGuidance)}
    for key, value in values.items():
        if key == "box_guidance" and isinstance(value, dict):
            for k, v in value.items():
                if k not in guidance_fields:
                    raise DirectorError(f"{origin}: unknown box_guidance setting '{k}' "
                                        f"(known: {', '.join(sorted(guidance_fields))})")
                setattr(profile.box_guidance, k, _coerce(v, getattr(profile.box_guidance, k), f"box_guidance.{k}"))
            continue
        if key.startswith("box_") and key[4:] in guidance_fields:   # flat form for command-line options
            k = key[4:]
            setattr(profile.box_guidance, k, _coerce(value, getattr(profile.box_guidance, k), key))
            continue
        if key == "schedule":
            if not isinstance(value, dict):
                raise DirectorError(f"{origin}: schedule is a table of scheduler settings "
                                    f"(e.g. schedule = {{ timestep_spacing = \"trailing\" }}), got {value!r}")
            profile.schedule = {**profile.schedule, **value}
            continue
        if key.startswith("schedule.") and len(key) > 9:   # flat form for command-line options
            profile.schedule = {**profile.schedule, key[9:]: value}
            continue
        if not hasattr(profile, key) or key == "source":
            known = sorted(f.name for f in dataclasses.fields(DiffusionProfile) if f.name != "source")
            raise DirectorError(f"{origin}: unknown diffusers setting '{key}' (known: {', '.join(known)})")
        if key in CHECKPOINT_KEYS and (value is None or str(value).strip().lower() in ("", "none")):
            if key in OPTIONAL_CHECKPOINTS:   # "" or "none" switches an optional model off
                setattr(profile, key, None)
                continue
            raise DirectorError(f"{origin}: the {key} checkpoint cannot be empty")
        if key in CHECKPOINT_KEYS and isinstance(value, str) and base_dir is not None:
            value = _resolve_path(value, base_dir)
        setattr(profile, key, _coerce(value, getattr(profile, key), key))


def _resolve_path(value: str, base_dir: Path) -> str:
    """A relative path that exists next to the profile becomes absolute; anything else stays (a hub id)."""
    candidate = (base_dir / value).expanduser()
    if value.startswith((".", "/", "~")) or candidate.exists():
        return str(candidate.resolve())
    return value


def read_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:   # Python 3.10: the same parser, packaged
        from director.errors import require

        tomllib = require("tomli", "diffusion", "reading a diffusers profile")
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise DirectorError(f"{path}: diffusers profile not found")
    except tomllib.TOMLDecodeError as exc:
        raise DirectorError(f"{path}: not a valid TOML profile: {exc}")


def load_profile(model: str | os.PathLike | None = None, profile: str | os.PathLike | None = None,
                 **options: Any) -> DiffusionProfile:
    """Defaults, then `profile` (or `model`'s director.toml), then `model` as the base, then `options`."""
    prof = DiffusionProfile()
    toml_path = Path(profile) if profile else None
    if toml_path is None and model is not None and (Path(model) / "director.toml").is_file():
        toml_path = Path(model) / "director.toml"
    values = read_toml(toml_path) if toml_path is not None else {}
    backend = options.get("backend", values.get("backend", _folder_backend(model) or prof.backend))
    for key, value in BACKEND_DEFAULTS.get(backend, {}).items():
        setattr(prof, key, value)
    prof.backend = backend
    if toml_path is not None:
        _apply(prof, values, str(toml_path), toml_path.resolve().parent)
        prof.source = str(toml_path)
    if model is not None and (toml_path is None or toml_path.parent != Path(model)):
        prof.base = str(Path(model).resolve()) if Path(model).exists() else str(model)
        if Path(model, "motion_adapter").is_dir():
            prof.motion_adapter = str(Path(model, "motion_adapter").resolve())
    _apply(prof, options, "diffusers renderer option", Path.cwd())
    _check(prof)
    return prof


def _folder_backend(model: str | os.PathLike | None) -> str | None:
    """A diffusers folder of a Wan VACE pipeline (its model_index.json says so) is rendered by wan-vace."""
    index = Path(model, "model_index.json") if model is not None else None
    if index is None or not index.is_file():
        return None
    try:
        name = json.loads(index.read_text()).get("_class_name")
    except (OSError, ValueError):
        return None
    return "wan-vace" if name == "WanVACEPipeline" else None


def _check(prof: DiffusionProfile) -> None:
    where = prof.source or "diffusers renderer options"
    limits = [("steps", prof.steps, 1), ("max_frames", prof.max_frames, 2), ("vae_batch", prof.vae_batch, 1),
              ("max_batch_frames", prof.max_batch_frames, 0),
              ("clips_per_call", prof.clips_per_call, 1), ("box_guidance.steps", prof.box_guidance.steps, 0),
              ("box_guidance.iterations", prof.box_guidance.iterations, 1)]
    if prof.local_steps is not None:
        limits.append(("local_steps", prof.local_steps, 1))
    for name, value, least in limits:
        if value < least:
            raise DirectorError(f"{where}: {name} must be at least {least}, got {value}")
    if not 0 < prof.box_guidance.topk <= 1:
        raise DirectorError(f"{where}: box_guidance.topk is a share of the box's pixels, in (0, 1]; "
                            f"got {prof.box_guidance.topk}")
    for name, allowed in (("control", ("layout+pose", "layout", "pose")),
                          ("keyframe_prompts", ("per-frame", "per-keyframe"))):
        if getattr(prof, name) not in allowed:
            raise DirectorError(f"{where}: {name} is one of {', '.join(allowed)}; got {getattr(prof, name)!r}")
    if prof.ip_adapter and prof.backend == "wan-vace":
        raise DirectorError(f"{where}: ip_adapter is an AnimateDiff setting; wan-vace takes the cast's references "
                            "as reference frames of its own")
    if prof.guidance_scale < 0:
        raise DirectorError(f"{where}: guidance_scale must not be negative, got {prof.guidance_scale}")
    choices = SCHEDULER_CHOICES.get(prof.backend)     # a third-party backend checks its own
    if choices is not None and prof.scheduler not in choices:
        raise DirectorError(f"{where}: unknown scheduler '{prof.scheduler}' for {prof.backend} "
                            f"(known: {', '.join(choices)})")
    if prof.dtype not in DTYPE_CHOICES:
        raise DirectorError(f"{where}: unknown dtype '{prof.dtype}' (use {', '.join(DTYPE_CHOICES)})")
    if prof.vae_batch > 4096 or prof.max_frames > 4096:
        raise DirectorError(f"{where}: vae_batch and max_frames are frame counts; "
                            f"got vae_batch={prof.vae_batch}, max_frames={prof.max_frames}")
    if prof.steps > 1000 or (prof.local_steps or 0) > 1000:
        raise DirectorError(f"{where}: steps must be at most 1000 (the training timesteps), got {prof.steps}")
    for name, value in (("controlnet_scale", prof.controlnet_scale), ("sparsectrl_scale", prof.sparsectrl_scale),
                        ("ip_adapter_scale", prof.ip_adapter_scale),
                        ("box_guidance.strength", prof.box_guidance.strength)):
        if value < 0:
            raise DirectorError(f"{where}: {name} must not be negative, got {value}")
    from .memory import parse_bytes

    parse_bytes(prof.memory_budget)
