"""AnimateDiff backend: an SD1.5-family UNet + MotionAdapter, sampled by our own loop on its authors' schedule.

We use the pipeline's components (tokenizer, text encoder, UNetMotionModel, VAE, optional OpenPose ControlNet
and SparseCtrl-RGB) but own the loop, because the director needs what no stock pipeline offers together:
per-frame prompts in one call (text embeddings shaped (B*F, seq, dim)), box guidance on the latent, several
clips with known first/last frames in one batch (RePaint-style replacement in time), and per-entity seed noise.

Schedule: the motion modules were trained on linear betas, and AnimateDiff's authors sample with DDIM (beta
0.00085..0.012 linear, steps_offset 1, clip_sample false; diffusers' AnimateDiff recipe adds linspace spacing
and keeps SD1.5's set_alpha_to_one false). An SD1.5 base folder's own scheduler config is PNDM on scaled_linear
betas, the wrong noise schedule for the motion module, so it is not used (only its prediction_type, a property
of the base's UNet, is kept). `scheduler = "euler"` samples the same betas with Euler, `scheduler = "base"`
takes the base folder's scheduler as it is, and the profile's `[schedule]` table overrides any setting.

References: with an IP-Adapter in the profile (`ip_adapter.py`, loaded by diffusers' own `load_ip_adapter`),
the cast's pictures in view become image tokens in the spatial cross-attention, each inside its entity's box;
the capabilities say `references` only then.

Memory: every pass a job runs (denoiser call, guided forward+backward, VAE chunk) is measured once per frame
size by running it on a probe of 1 and 4 rows (`memory.PassCost`), so `estimate` is what this model on this
device really needs; every real batch is measured too and raises the estimate if it peaked higher.
"""
from __future__ import annotations

import inspect
import math
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from PIL import Image

from director.drawing import pose_map
from director.errors import DirectorError, require
from director.models import SceneObject

from .backend import GenerationJob, GenerationReport, GenerationResult, JobShape, probe_condition, verify_step
from .box_guidance import AttentionStore, EntityTarget, attention_share, box_energy, install_recorder
from .checkpoints import load_component, locate, read_config
from .conditions import FrameCondition
from .ip_adapter import IPAdapter, encode_pictures, load_ip_adapter, reference_entity, region_masks, set_scale
from .memory import (MeasuredBackend, MemoryEstimate, PassCost, PeakMeter, fit_by_probes, hand_back_heap,
                     release_cached)
from .profile import DiffusionProfile

SCHEDULERS = {"ddim": "DDIMScheduler", "euler": "EulerDiscreteScheduler"}
AUTHORS_SCHEDULE = {
    "num_train_timesteps": 1000, "beta_start": 0.00085, "beta_end": 0.012, "beta_schedule": "linear",
    "steps_offset": 1, "clip_sample": False, "set_alpha_to_one": False, "timestep_spacing": "linspace",
}
"""AnimateDiff's inference configs (guoyww/AnimateDiff configs/inference/*.yaml) plus diffusers' recipe."""

DTYPES = {"float16": torch.float16, "fp16": torch.float16, "bfloat16": torch.bfloat16, "bf16": torch.bfloat16,
          "float32": torch.float32, "fp32": torch.float32}

# Analytic priors, bytes per row in units of one feature map of the UNet's first width at latent resolution
# (or of the VAE's first width at pixel resolution). Measured on the tiny stack and on SD1.5 (see README):
# they only gate which probes are safe to run; the estimate itself is measured.
PRIOR_MAPS = {"denoise": 48, "guide": 280, "decode": 8, "encode": 6}
PROBE_ROWS = (1, 4)


def resolve_device(name: str) -> torch.device:
    """auto: cuda > mps > cpu. A bare "cuda" becomes the current device's index, so 'cuda' and 'cuda:0' are one
    device to the model cache and the executor's placement."""
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda", torch.cuda.current_device())
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    try:
        device = torch.device(name)
    except (RuntimeError, ValueError):
        raise DirectorError(f"diffusers renderer: unknown device '{name}' (auto, cpu, cuda, cuda:N or mps)")
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise DirectorError(f"diffusers renderer: device '{name}' asked for, but torch sees no CUDA GPU")
        index = torch.cuda.current_device() if device.index is None else device.index
        if index >= torch.cuda.device_count():
            raise DirectorError(f"diffusers renderer: device '{name}' asked for, but torch sees "
                                f"{torch.cuda.device_count()} CUDA GPU(s)")
        return torch.device("cuda", index)
    if device.type == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise DirectorError(f"diffusers renderer: device '{name}' asked for, but torch has no MPS here")
    return device


def resolve_dtype(name: str, device: torch.device) -> torch.dtype:
    """fp16 on CUDA/MPS (bf16 if asked), fp32 on CPU: half precision on CPU is slow and partly unsupported."""
    if name == "auto":
        return torch.float16 if device.type in ("cuda", "mps") else torch.float32
    if name not in DTYPES:
        raise DirectorError(f"diffusers renderer: unknown dtype '{name}' (use auto, float16, bfloat16 or float32)")
    dtype = DTYPES[name]
    if dtype == torch.bfloat16 and device.type == "cuda" and not torch.cuda.is_bf16_supported():
        raise DirectorError(f"diffusers renderer: dtype bfloat16 asked for, but {torch.cuda.get_device_name(device)}"
                            " cannot run it; use float16")
    return dtype


def animatediff_schedule(choice: str, overrides: dict[str, Any], base_config: dict[str, Any] | None
                         ) -> tuple[str, dict[str, Any]]:
    """(scheduler class name, settings) the backend samples with; see the module docstring."""
    base_config = base_config or {}
    if choice == "base":
        if not base_config.get("_class_name"):
            raise DirectorError("diffusers renderer: scheduler = \"base\" needs the base checkpoint's "
                                "scheduler/scheduler_config.json, which it does not have")
        name = base_config["_class_name"]
        settings = {k: v for k, v in base_config.items() if not k.startswith("_")}
    else:
        name = SCHEDULERS[choice]
        settings = dict(AUTHORS_SCHEDULE)
        if base_config.get("prediction_type"):
            settings["prediction_type"] = base_config["prediction_type"]
    return settle_schedule(name, settings, overrides)


def settle_schedule(name: str, settings: dict[str, Any], overrides: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(name, settings) a diffusers scheduler class takes: its own keys of `settings`, then the profile's
    `overrides`, each of which must be a setting of that class (else one line listing them)."""
    diffusers = require("diffusers", "diffusion", "the diffusers renderer")
    cls = getattr(diffusers, name, None)
    if cls is None:
        raise DirectorError(f"diffusers renderer: the base's scheduler class '{name}' is not in diffusers "
                            f"{diffusers.__version__}")
    accepted = set(inspect.signature(cls.__init__).parameters) - {"self"}
    unknown = sorted(set(overrides) - accepted)
    if unknown:
        raise DirectorError(f"diffusers renderer: schedule setting(s) {', '.join(unknown)} are not settings of "
                            f"{name} (known: {', '.join(sorted(accepted))})")
    settings = {k: v for k, v in settings.items() if k in accepted}
    settings.update(overrides)
    return name, settings


@contextmanager
def _quiet(diffusers):
    """No notices or progress bars while loading: a job's stderr is its estimate, its progress and its errors."""
    from transformers.utils import logging as hf_logging

    level, hf_level = diffusers.utils.logging.get_verbosity(), hf_logging.get_verbosity()
    diffusers.utils.logging.set_verbosity_error()
    hf_logging.set_verbosity_error()   # e.g. "CLIPImageProcessor requires torchvision", on importing IP-Adapter code
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        diffusers.utils.logging.set_verbosity(level)
        hf_logging.set_verbosity(hf_level)
        if bars:
            hf_logging.enable_progress_bar()


class _Clock:
    """Adds wall time per stage into a report; synchronizes CUDA so the time lands on the right stage.

    On the CPU each stage also ends by handing the heap it freed back to the OS (`hand_back_heap`): glibc keeps
    freed chunks for reuse, and a later stage's differently shaped tensors often cannot reuse them, so without
    this the stages' peaks stack (a one-frame keyframe batch at 640x360 on the tiny model peaked 70 MiB above its
    sampling passes' leftover heap in the VAE decode, 1.5x the largest pass the estimate is built from)."""

    def __init__(self, report: GenerationReport, device: torch.device):
        self.report, self.cuda, self.device = report, device.type == "cuda", device

    @contextmanager
    def __call__(self, stage: str):
        if self.cuda:
            torch.cuda.synchronize()
        start = time.perf_counter()
        try:
            yield
        finally:
            if self.cuda:
                torch.cuda.synchronize()
            hand_back_heap(self.device)
            self.report.seconds[stage] = self.report.seconds.get(stage, 0.0) + time.perf_counter() - start


def initial_noise(job: GenerationJob, channels: int, h: int, w: int) -> torch.Tensor:
    """(clips, channels, frames, h, w) float32: per-clip seed noise, each entity's own noise laid over its box.

    The entity's patch is cut from its seeded noise field at the box's size, anchored at the box's corner, so
    the same entity starts from the same noise in every shot and at every position it takes (the cross-shot
    half of keeping a character's look; the other half is its fixed bible description in every prompt).
    """
    noise = torch.empty(len(job.clips), channels, job.frames, h, w)
    for c, seed in enumerate(job.clip_seeds):
        gen = torch.Generator().manual_seed(int(seed) & 0xFFFFFFFFFFFF)
        noise[c] = torch.randn(channels, job.frames, h, w, generator=gen)
    fields: dict[str, torch.Tensor] = {}
    for c, clip in enumerate(job.clips):
        for f, cond in enumerate(clip):
            for obj in cond.objects:
                if obj.entity not in job.entity_seeds:
                    continue
                if obj.entity not in fields:
                    gen = torch.Generator().manual_seed(job.entity_seeds[obj.entity])
                    fields[obj.entity] = torch.randn(channels, h, w, generator=gen)
                x0, y0 = min(int(obj.box[0] * w), w - 1), min(int(obj.box[1] * h), h - 1)
                x1 = min(w, max(x0 + 1, math.ceil(obj.box[2] * w)))
                y1 = min(h, max(y0 + 1, math.ceil(obj.box[3] * h)))
                noise[c, :, f, y0:y1, x0:x1] = fields[obj.entity][:, : y1 - y0, : x1 - x0]
    return noise


@dataclass
class Components:
    """The loaded modules of one checkpoint set on one device: shared by every backend that asks for the same."""

    tokenizer: object
    text_encoder: object
    vae: object
    unet: object
    schedule_class: type
    schedule_settings: dict
    controlnet: object | None
    sparsectrl: object | None
    store: AttentionStore
    guided_layers: list[str]
    lock: threading.RLock = field(default_factory=threading.RLock)
    costs: dict = field(default_factory=dict)     # (pass, width, height, flags) -> PassCost, shared by backends
    ip: IPAdapter | None = None                   # the IP-Adapter's image side, when the profile names one


_LOADED: "OrderedDict[tuple, Components]" = OrderedDict()
KEEP_LOADED = 2   # checkpoint sets kept in memory: re-creating a renderer (studio jobs, tests) skips the load


def _load_key(profile: DiffusionProfile, device: torch.device, dtype: torch.dtype) -> tuple:
    return (tuple(sorted(profile.checkpoints().items())), tuple(sorted(profile.revisions.items())), str(device),
            str(dtype), profile.scheduler, tuple(sorted(profile.schedule.items())), profile.cpu_offload,
            profile.vae_tiling, profile.box_guidance.layers, profile.ip_adapter_subfolder, profile.ip_adapter_weight)


_LOADING = threading.Lock()


def load_components(profile: DiffusionProfile, device: torch.device, dtype: torch.dtype) -> Components:
    """Load once per checkpoint set. One load at a time: `from_pretrained` builds models on the meta device
    through process-wide patches, so two loads in two executor threads would corrupt each other."""
    with _LOADING:
        return _load_components(profile, device, dtype)


def _load_components(profile: DiffusionProfile, device: torch.device, dtype: torch.dtype) -> Components:
    key = _load_key(profile, device, dtype)
    if key in _LOADED:
        _LOADED.move_to_end(key)
        return _LOADED[key]
    diffusers = require("diffusers", "diffusion", "the diffusers renderer")
    transformers = require("transformers", "diffusion", "the diffusers renderer")
    rev = profile.revisions.get
    base = profile.base
    base_folder = locate("base", base, rev("base"), ("unet", "vae", "text_encoder", "tokenizer"))
    schedule_name, schedule_settings = animatediff_schedule(
        profile.scheduler, profile.schedule, read_config(base_folder, "scheduler", "scheduler_config.json"))
    with _quiet(diffusers):   # retired config keys are checked by load_component; diffusers' notices are noise
        tokenizer = load_component(transformers.CLIPTokenizer, "base", base, "tokenizer", rev("base"))
        text_encoder = load_component(transformers.CLIPTextModel, "base", base, "text_encoder", rev("base"),
                                      dtype=dtype)
        vae = load_component(diffusers.AutoencoderKL, "base", base, "vae", rev("base"), torch_dtype=dtype)
        unet2d = load_component(diffusers.UNet2DConditionModel, "base", base, "unet", rev("base"), torch_dtype=dtype)
        adapter = load_component(diffusers.MotionAdapter, "motion_adapter", profile.motion_adapter, None,
                                 rev("motion_adapter"), torch_dtype=dtype)
        unet = diffusers.UNetMotionModel.from_unet2d(unet2d, adapter)
        if dtype != torch.float32:
            unet.to(dtype)
        del unet2d, adapter
        ip = load_ip_adapter(profile, unet, device, dtype) if profile.ip_adapter else None
        controlnet = sparsectrl = None
        if profile.controlnet_openpose:
            controlnet = load_component(diffusers.ControlNetModel, "controlnet_openpose",
                                        profile.controlnet_openpose, None, rev("controlnet_openpose"),
                                        torch_dtype=dtype)
        if profile.sparsectrl_rgb:
            sparsectrl = load_component(diffusers.SparseControlNetModel, "sparsectrl_rgb", profile.sparsectrl_rgb,
                                        None, rev("sparsectrl_rgb"), torch_dtype=dtype)
    for module in (unet, controlnet, sparsectrl):
        if module is not None:
            share_timestep_rows(module)
    for module in (text_encoder, vae, unet, controlnet, sparsectrl, ip.image_encoder if ip else None):
        if module is not None:
            module.requires_grad_(False).eval()
            module.to(torch.device("cpu") if profile.cpu_offload else device)
    if profile.vae_tiling:
        vae.enable_tiling()
    store = AttentionStore()
    try:   # after the IP-Adapter: a recorder wraps the processor it replaces
        guided_layers = install_recorder(unet, store, profile.box_guidance.layers)
    except ValueError as exc:
        raise DirectorError(f"diffusers renderer: box_guidance.layers: {exc}") from None
    loaded = Components(tokenizer, text_encoder, vae, unet, getattr(diffusers, schedule_name), schedule_settings,
                        controlnet, sparsectrl, store, guided_layers, ip=ip)
    _LOADED[key] = loaded
    while len(_LOADED) > KEEP_LOADED:
        _LOADED.popitem(last=False)
    return loaded


def capability_hints(profile: DiffusionProfile) -> dict:
    """What the renderer's capabilities say for this backend, without loading a model: it uses the cast's
    references only through an IP-Adapter (a broken one stops the job in `check()`)."""
    return {"references": bool(profile.ip_adapter)}


def share_timestep_rows(model) -> None:
    """Compute the timestep embedding (and each ResNet's projection of it) on one row and broadcast it, when
    every row carries the same timestep, as in our loop.

    The UNet repeats the embedding per frame row, and a small-M matrix product is not batch-invariant on the
    CPU (MKL takes another path for 5 rows than for 10: last-bit differences that grow over the steps). Done
    once per batch, a clip's frames do not depend on how many clips share its batch, so a level split into
    halves on out-of-memory renders exactly the frames of the whole one. Exact, and cheaper too.
    """
    def before(module, args):
        sample = args[0]
        if torch.is_tensor(sample) and sample.shape[0] > 1 and bool((sample == sample[:1]).all()):
            module._director_rows = sample.shape[0]
            return (sample[:1], *args[1:])
        module._director_rows = 0
        return None

    def after(module, args, output):
        rows = getattr(module, "_director_rows", 0)
        return output.expand(rows, *output.shape[1:]) if rows else None

    for name, module in model.named_modules():
        if name == "time_embedding" or name.endswith(".time_emb_proj"):
            module.register_forward_pre_hook(before)
            module.register_forward_hook(after)


def _element_size(dtype: torch.dtype) -> int:
    return torch.tensor([], dtype=dtype).element_size()


class AnimateDiffBackend(MeasuredBackend):
    name = "animatediff"

    def __init__(self, profile: DiffusionProfile, components: Components | None = None):
        """Loads the profile's checkpoints, or takes `components` already built (the real-size bench builds
        them from published configs with random weights)."""
        self.profile = profile
        self._device = resolve_device(profile.device)
        self.dtype = resolve_dtype(profile.dtype, self._device)
        parts = components or load_components(profile, self._device, self.dtype)
        self.tokenizer, self.text_encoder, self.vae, self.unet = (parts.tokenizer, parts.text_encoder, parts.vae,
                                                                  parts.unet)
        self.schedule_class, self.schedule_settings = parts.schedule_class, parts.schedule_settings
        self.controlnet, self.sparsectrl = parts.controlnet, parts.sparsectrl
        self.store, self.guided_layers = parts.store, parts.guided_layers
        self._lock, self._costs = parts.lock, parts.costs
        self.ip = parts.ip
        self.last_latents: torch.Tensor | None = None   # the latest job's final latents (tests compare them)
        self.vae_scale = 2 ** (len(self.vae.config.block_out_channels) - 1)
        if self.controlnet is not None:
            cn_scale = 2 ** (len(self.controlnet.config.conditioning_embedding_out_channels) - 1)
            if cn_scale != self.vae_scale:
                raise DirectorError(f"diffusers renderer: controlnet_openpose '{profile.controlnet_openpose}' "
                                    f"downsamples its control image {cn_scale}x but the base's VAE {self.vae_scale}x:"
                                    f" it was made for another base model")
        self.size_multiple = self.vae_scale * 2 ** (len(self.unet.down_blocks) - 1)
        self._text_cache: dict[tuple[int, ...], torch.Tensor] = {}
        self._elem = _element_size(self.dtype)
        sizes = [sum(p.numel() for p in m.parameters()) * self._elem for m in self._modules()]
        self.weights_bytes = max(sizes) if profile.cpu_offload and self._device.type != "cpu" else sum(sizes)

    # ----------------------------------------------------------------------------------------------------------
    @property
    def device(self) -> str:
        return str(self._device)

    @property
    def supports_keypoints(self) -> bool:
        return self.controlnet is not None

    @property
    def schedule(self) -> dict[str, Any]:
        return {"class": self.schedule_class.__name__, **self.schedule_settings}

    def render_size(self, width: int, height: int) -> tuple[int, int]:
        """The size the model renders at: rounded up to what the UNet can halve down to its bottom, resized after."""
        m = self.size_multiple
        return -(-width // m) * m, -(-height // m) * m

    def _modules(self):
        image_encoder = self.ip.image_encoder if self.ip is not None else None
        return [m for m in (self.text_encoder, self.vae, self.unet, self.controlnet, self.sparsectrl, image_encoder)
                if m is not None]

    @contextmanager
    def _on_device(self, *modules):
        """With CPU offload, a component visits the GPU only while it runs; otherwise it already lives there."""
        if self.profile.cpu_offload and self._device.type != "cpu":
            for m in modules:
                m.to(self._device)
            try:
                yield
            finally:
                for m in modules:
                    m.to("cpu")
                if self._device.type == "cuda":
                    torch.cuda.empty_cache()
        else:
            yield

    # ---------------------------------------------------------------------------------------------- text ------
    def _tokenize(self, cond: FrameCondition) -> tuple[list[int], dict[str, list[int]]]:
        """Token ids for a frame's prompt, built piece by piece so each entity's token positions are known."""
        tok = self.tokenizer
        limit = tok.model_max_length - 1
        ids, spans = [tok.bos_token_id], {}
        for piece in cond.pieces:
            piece_ids = tok(piece.text, add_special_tokens=False, verbose=False).input_ids   # cut below
            start = len(ids)
            ids.extend(piece_ids)
            if piece.entity is not None:
                spans.setdefault(piece.entity, []).extend(i for i in range(start, len(ids)) if i < limit)
        ids = ids[:limit] + [tok.eos_token_id]
        pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        ids += [pad] * (tok.model_max_length - len(ids))
        return ids, spans

    def _encode_text(self, token_rows: list[list[int]]) -> torch.Tensor:
        """(rows, seq, dim) embeddings; identical prompts (common across a shot's frames) are encoded once."""
        out = []
        for ids in token_rows:
            key = tuple(ids)
            if key not in self._text_cache:
                with torch.no_grad(), self._on_device(self.text_encoder):
                    ids_t = torch.tensor([ids], device=self._device)
                    emb = self.text_encoder(ids_t).last_hidden_state
                if len(self._text_cache) > 512:
                    self._text_cache.clear()
                self._text_cache[key] = emb.to(self._device, self.dtype)
            out.append(self._text_cache[key])
        return torch.cat(out)

    def _negative_ids(self) -> list[int]:
        tok = self.tokenizer
        return tok(self.profile.negative_prompt, padding="max_length", max_length=tok.model_max_length,
                   truncation=True).input_ids

    # ----------------------------------------------------------------------------------------------- VAE ------
    def _to_render_size(self, frame: np.ndarray, width: int, height: int) -> np.ndarray:
        if frame.shape[:2] == (height, width):
            return frame
        return np.asarray(Image.fromarray(frame).resize((width, height), Image.BICUBIC))

    def _vae_chunk(self, rows: int) -> int:
        return min(rows, self.profile.vae_batch) if self.profile.vae_slicing else rows

    def _encode_frames(self, frames: list[np.ndarray]) -> torch.Tensor:
        """uint8 frames -> latents (N, 4, h, w), deterministic (the posterior's mode), a few frames at a time."""
        chunk = self._vae_chunk(len(frames))
        out = []
        with torch.no_grad(), self._on_device(self.vae):
            for i in range(0, len(frames), chunk):
                x = torch.from_numpy(np.stack(frames[i:i + chunk])).permute(0, 3, 1, 2)
                x = x.to(self._device, self.dtype) / 127.5 - 1
                out.append(self.vae.encode(x).latent_dist.mode())
        return torch.cat(out) * self.vae.config.scaling_factor

    def _decode(self, latents: torch.Tensor) -> np.ndarray:
        """latents (N, 4, h, w) -> uint8 (N, H, W, 3), a few frames at a time when VAE slicing is on."""
        chunk = self._vae_chunk(latents.shape[0])
        out = []
        with torch.no_grad(), self._on_device(self.vae):
            for i in range(0, latents.shape[0], chunk):
                img = self.vae.decode(latents[i:i + chunk] / self.vae.config.scaling_factor).sample
                out.append(((img.float() / 2 + 0.5).clamp(0, 1) * 255).round().to(torch.uint8).cpu())
        return torch.cat(out).permute(0, 2, 3, 1).numpy()

    # ------------------------------------------------------------------------------------------ control -------
    def _pose_control(self, job: GenerationJob, width: int, height: int) -> torch.Tensor | None:
        if self.controlnet is None:
            return None
        maps = [pose_map(cond.objects, width, height) for clip in job.clips for cond in clip]
        if not any(m.any() for m in maps):
            return None
        return torch.from_numpy(np.stack(maps)).permute(0, 3, 1, 2).to(self._device, self.dtype) / 255.0

    def _sparse_control(self, known_latents: torch.Tensor, known_mask: torch.Tensor):
        """SparseCtrl-RGB input: the known frames' latents where known, zeros elsewhere, and the mask."""
        if self.sparsectrl is None:
            return None
        cond = known_latents * known_mask
        mask = known_mask.expand(-1, 1, -1, cond.shape[3], cond.shape[4])
        return cond, mask

    # ------------------------------------------------------------------------------------- references -------
    def _reference_tokens(self, job: GenerationJob, h: int, w: int, clock) -> tuple | None:
        """(embeddings, negative embeddings, region masks or None) of the job's references for the IP-Adapter,
        and its scale set for the job; None without an adapter. Without references the adapter runs at scale 0
        (skipped by its processors) on a zero embedding, which the UNet still asks for."""
        if self.ip is None:
            return None
        if not job.references:
            set_scale(self.unet, 0.0)
            empty = torch.zeros(1, *self.ip.embed_shape, device=self._device, dtype=self.dtype)
            return empty, empty, None
        with clock("image"), self._on_device(self.ip.image_encoder):
            pos, neg = encode_pictures(self.ip, [np.asarray(img, np.uint8) for _, img in job.references],
                                       self._device)
        masks = None
        if self.profile.ip_adapter_regions:
            entities = [reference_entity(cond) for cond, _ in job.references]
            masks = region_masks([c for clip in job.clips for c in clip], entities, h, w).to(self._device, self.dtype)
        set_scale(self.unet, self.profile.ip_adapter_scale)
        return pos.to(self._device, self.dtype), neg.to(self._device, self.dtype), masks

    def _ip_kwargs(self, refs: tuple | None, clips: int, rows: slice, cfg: bool) -> dict:
        """The UNet's IP-Adapter arguments for one call over `clips` clips (frame rows `rows` of the job):
        `added_cond_kwargs={"image_embeds": [(clips·cfg, references, ...)]}`, the negative half first as
        diffusers' pipelines put it, and each reference's box masks per frame row."""
        if refs is None:
            return {}
        pos, neg, masks = refs
        embeds = pos.expand(clips, *pos.shape)
        if cfg:
            embeds = torch.cat([neg.expand(clips, *neg.shape), embeds])
        kwargs: dict = {"added_cond_kwargs": {"image_embeds": [embeds]}}
        if masks is not None:
            kwargs["cross_attention_kwargs"] = {"ip_adapter_masks": [torch.cat([masks[rows]] * (2 if cfg else 1))]}
        return kwargs

    # ------------------------------------------------------------------------------------------ passes --------
    def _predict(self, latents, t, scheduler, embeddings, pose, sparse, batch: int, ip: dict | None = None
                 ) -> torch.Tensor:
        """One denoiser call on all rows (CFG's unconditional and conditional halves together): the noise."""
        model_in = scheduler.scale_model_input(torch.cat([latents] * batch), t)
        residuals = self._control_residuals(model_in, t, embeddings, pose, sparse, batch)
        with torch.no_grad():
            return self.unet(model_in, t, encoder_hidden_states=embeddings, return_dict=False, **residuals,
                             **(ip or {}))[0]

    def _control_residuals(self, model_in, t, embeddings, pose, sparse, batch) -> dict:
        """ControlNet (OpenPose, per frame) and SparseCtrl (per clip) residuals, summed, for the motion UNet."""
        downs, mid = None, None
        prof = self.profile
        with torch.no_grad():
            if pose is not None:
                rows_in = model_in.permute(0, 2, 1, 3, 4).reshape(-1, *model_in.shape[1:2], *model_in.shape[3:])
                d, m_ = self.controlnet(rows_in, t, encoder_hidden_states=embeddings,
                                        controlnet_cond=torch.cat([pose] * batch),
                                        conditioning_scale=prof.controlnet_scale, return_dict=False)
                downs, mid = list(d), m_
            if sparse is not None:
                cond, mask = sparse
                d, m_ = self.sparsectrl(model_in, t, encoder_hidden_states=embeddings,
                                        controlnet_cond=torch.cat([cond] * batch),
                                        conditioning_mask=torch.cat([mask] * batch),
                                        conditioning_scale=prof.sparsectrl_scale, return_dict=False)
                downs = list(d) if downs is None else [a + b for a, b in zip(downs, d)]
                mid = m_ if mid is None else mid + m_
        if downs is None:
            return {}
        return {"down_block_additional_residuals": tuple(downs), "mid_block_additional_residual": mid}

    def _guide(self, latents, t, scheduler, alphas, cond_emb, targets, latent_hw, report, ip: dict | None = None
               ) -> torch.Tensor:
        """LVD: step the latent down the box energy of the conditional pass's cross-attention.

        The guidance pass runs the motion UNet alone on the conditional rows: ControlNet residuals are left
        out of it (they would double its cost for a small change in where text attends), not out of denoising.
        The energy is a sum over frames, so a frame's step is the same in any batch.
        """
        g = self.profile.box_guidance
        step_size = g.strength * math.sqrt(1 - float(alphas[int(t)]))
        framed = max(1, sum(1 for row in targets if row))
        for _ in range(max(1, g.iterations)):
            z = latents.detach().requires_grad_(True)
            self.store.start()
            try:
                with torch.enable_grad():
                    self.unet(scheduler.scale_model_input(z, t), t, encoder_hidden_states=cond_emb, return_dict=False,
                              **(ip or {}))
                    energy = box_energy(self.store.maps, targets, latent_hw, g.topk)
                    grad = torch.autograd.grad(energy, z)[0] if energy.requires_grad else torch.zeros_like(z)
            finally:
                self.store.stop()
            report.denoiser_calls += 1
            report.energy.append(float(energy.detach()) / framed)
            latents = (z - step_size * grad).detach()
        return latents

    # -------------------------------------------------------------------------------------------- memory ------
    def _feature_map(self, width: int, height: int, kind: str) -> int:
        """Bytes of one feature map: the UNet's first width at latent size, or the VAE's at pixel size."""
        if kind in ("decode", "encode"):
            return width * height * self.vae.config.block_out_channels[0] * self._elem
        latent = (width // self.vae_scale) * (height // self.vae_scale)
        return latent * self.unet.config.block_out_channels[0] * self._elem

    def _cost(self, kind: str, width: int, height: int, sparse: bool = False, pose: bool = False,
              refs: int = 0) -> PassCost:
        """The measured cost of one pass at this render size (measured on first use). The denoiser's depends
        on which control models run with it: SparseCtrl with known frames, the pose ControlNet with keypoints;
        the UNet's passes on whether the IP-Adapter's image tokens run. Those are measured with one reference:
        the processor attends to each picture's tokens in turn and adds the result, so more pictures do not
        raise a pass's peak; their embeddings and masks are in what the job holds (`_resident`)."""
        controls = (sparse and self.sparsectrl is not None, pose and self.controlnet is not None)
        refs = min(refs, 1) if self.ip is not None and kind in ("denoise", "guide") else 0
        key = (kind, width, height, controls if kind == "denoise" else None) + ((refs,) if refs else ())
        with self._lock:
            cost = self._costs.get(key)
            if cost is None:
                cost = PassCost(per_row=PRIOR_MAPS[kind] * self._feature_map(width, height, kind))
                self._costs[key] = cost
                self._warm_up()
                self._probe(cost, kind, width, height, *controls, refs)
            return cost

    def _probe(self, cost: PassCost, kind: str, width: int, height: int, sparse: bool, pose: bool,
               refs: int = 0) -> None:
        """Run the pass on 1 and 4 rows (fewer when the prior says those cannot fit) and fit a line. One row, not
        two: one-frame batches (a reference picture) are common, and a line through 2 and 4 rows, extrapolated
        down, put them at 1.33-1.36x their estimate (1.13-1.17x with the measured row; tiny model, 640x360)."""
        fit_by_probes(cost, self.budget().bytes - self.weights_bytes, PROBE_ROWS,
                      lambda rows: self._run_probe(kind, rows, width, height, sparse, pose, refs))
        release_cached(self._device)

    def _probe_references(self, refs: int, rows: int, h: int, w: int) -> tuple | None:
        """Synthetic IP-Adapter inputs for a probe: `refs` zero embeddings, full masks (None: no adapter)."""
        if self.ip is None:
            return None
        set_scale(self.unet, self.profile.ip_adapter_scale if refs else 0.0)
        emb = torch.zeros(max(1, refs), *self.ip.embed_shape, device=self._device, dtype=self.dtype)
        masks = None
        if refs and self.profile.ip_adapter_regions:
            masks = torch.ones(rows, refs, h, w, device=self._device, dtype=self.dtype)
        return emb, emb, masks

    def _run_probe(self, kind: str, rows: int, width: int, height: int, sparse: bool, pose: bool,
                   refs: int = 0) -> int | None:
        """Peak bytes of one pass over `rows` synthetic rows (one clip of `rows` frames), above its inputs
        (made first: a job holds those throughout, `_resident` counts them). Values are irrelevant."""
        h, w = height // self.vae_scale, width // self.vae_scale
        dev, dt = self._device, self.dtype
        gen = torch.Generator().manual_seed(0)
        latents = torch.randn(1, self.unet.config.in_channels, rows, h, w, generator=gen).to(dev, dt)
        scheduler = self._scheduler(1)
        t = scheduler.timesteps[0]
        dim = self.text_encoder.config.hidden_size
        emb = torch.zeros(rows, self.tokenizer.model_max_length, dim, device=dev, dtype=dt)
        pose_maps = torch.zeros(rows, 3, height, width, device=dev, dtype=dt) if pose else None
        control = None
        if sparse:
            control = self._sparse_control(latents, torch.zeros(1, 1, rows, 1, 1, device=dev, dtype=dt))
        frames = [np.zeros((height, width, 3), np.uint8)] * rows
        box = SceneObject(entity="probe", box=(0.25, 0.25, 0.75, 0.75))
        targets = [[EntityTarget([1, 2], box)] for _ in range(rows)]
        flat = latents[0].permute(1, 0, 2, 3).contiguous()
        ip_refs = self._probe_references(refs, rows, h, w)
        with PeakMeter(self._device) as meter:
            if kind == "denoise":
                with self._on_device(*[m for m in (self.unet, self.controlnet, self.sparsectrl) if m is not None]):
                    self._predict(latents, t, scheduler, emb, pose_maps, control, 1,
                                  self._ip_kwargs(ip_refs, 1, slice(0, rows), False))
            elif kind == "guide":
                with self._on_device(self.unet):
                    self._guide(latents, t, scheduler, scheduler.alphas_cumprod, emb, targets, (h, w),
                                GenerationReport(), self._ip_kwargs(ip_refs, 1, slice(0, rows), False))
            elif kind == "decode":
                self._decode(flat)
            else:
                self._encode_frames(frames)
        return meter.peak

    def _resident(self, shape: JobShape, width: int, height: int) -> int:
        """Bytes a job holds from start to end outside its passes: latents, noise, known latents, embeddings,
        pose maps on the device, and (on the CPU) its decoded frames."""
        rows = shape.clips * shape.frames
        h, w = height // self.vae_scale, width // self.vae_scale
        latent = rows * self.unet.config.in_channels * h * w * self._elem
        text = 2 * rows * self.tokenizer.model_max_length * self.text_encoder.config.hidden_size * self._elem
        pose = rows * 3 * height * width * self._elem if shape.pose and self.controlnet is not None else 0
        frames = rows * height * width * 3 if self._device.type == "cpu" else 0
        refs = 0
        if self.ip is not None and shape.references:   # the pictures' embeddings and their box masks per frame row
            refs = 2 * shape.references * math.prod(self.ip.embed_shape) * self._elem
            refs += 2 * rows * shape.references * h * w * self._elem if self.profile.ip_adapter_regions else 0
        return 4 * latent + text + pose + frames + refs

    def estimate(self, shape: JobShape) -> MemoryEstimate:
        """Peak bytes of a job of this shape: weights + the largest pass + what the job holds throughout."""
        width, height = self.render_size(shape.width, shape.height)
        call = min(shape.clips, max(1, self.profile.clips_per_call)) * shape.frames    # rows of one call
        cfg = self.profile.guidance_scale > 1
        refs = shape.references
        passes = {"denoise": (self._cost("denoise", width, height, bool(shape.known), shape.pose, refs),
                              call * (2 if cfg else 1))}
        if shape.box_guidance and self.profile.box_guidance.enabled and self.guided_layers:
            passes["guide"] = (self._cost("guide", width, height, refs=refs), call)
        passes["decode"] = (self._cost("decode", width, height), self._vae_chunk(shape.frames))
        if shape.known:
            known_per_clip = max(1, shape.known // max(1, shape.clips))
            passes["encode"] = (self._cost("encode", width, height), self._vae_chunk(known_per_clip))
        name, (cost, n) = max(passes.items(), key=lambda kv: kv[1][0](kv[1][1]))
        return MemoryEstimate(self.weights_bytes, cost(n) + self._resident(shape, width, height),
                              measured=all(c.measured for c, _ in passes.values()), pass_name=name)

    def _observe(self, shape: JobShape, estimate: MemoryEstimate, peak: int | None) -> None:
        """A batch peaked above its estimate: raise the pass that peaks, so later batches are sized by it."""
        if peak is None or peak <= estimate.activations:
            return
        width, height = self.render_size(shape.width, shape.height)
        call = min(shape.clips, max(1, self.profile.clips_per_call)) * shape.frames
        cfg = self.profile.guidance_scale > 1
        kind = estimate.pass_name or "denoise"
        n = {"denoise": call * (2 if cfg else 1), "guide": call}.get(kind, self._vae_chunk(shape.frames))
        self._cost(kind, width, height, bool(shape.known), shape.pose, shape.references).observe(
            n, peak - self._resident(shape, width, height))

    # ------------------------------------------------------------------------------------------- sample -------
    def _scheduler(self, steps: int):
        scheduler = self.schedule_class.from_config(self.schedule_settings)
        scheduler.set_timesteps(steps, device=self._device)
        return scheduler

    def verify(self) -> None:
        """One guided step of a two-frame clip at the smallest size, through the same code as a real job:
        proves the weights, the dtype and the device work together, and that the result is finite."""
        m = self.size_multiple
        grey = np.full((m, m, 3), 127, np.uint8)
        job = GenerationJob(clips=[[probe_condition()] * 2], width=m, height=m, clip_seeds=[0], steps=1,
                            known={(0, 0): grey}, references=[(probe_condition(), grey)] if self.ip else [])

        def step() -> bool | None:
            with self._lock:
                return self._generate(job, verify=True).report.finite

        verify_step(self, step)

    def generate(self, job: GenerationJob) -> GenerationResult:
        """One batch through the loop, measured. Calls are serialized per loaded model: the executor's threads
        share it, the attention recorder is per model, and one device runs one denoising batch well, not two
        at once. An out-of-memory error becomes `OutOfMemory` after the failed batch's tensors are released."""
        with self._lock:
            return self._measured(job, lambda: self._generate(job))

    def _groups(self, clips: int) -> list[tuple[int, int]]:
        """The clips of one denoiser call: `clips_per_call` at a time (1: a clip's frames are its own alone)."""
        g = max(1, self.profile.clips_per_call)
        return [(a, min(a + g, clips)) for a in range(0, clips, g)]

    def _generate(self, job: GenerationJob, verify: bool = False) -> GenerationResult:
        """The sampling loop over one batch of clips. Each denoiser call (and guidance pass, VAE chunk) takes
        the clips of one group (`_groups`), so with one clip per call a clip's frames are the same bit for bit
        whatever else is in its batch (a small-M matrix product is not batch-invariant); the scheduler steps
        the whole batch at once (elementwise)."""
        if not job.clips or job.frames == 0:
            return GenerationResult(np.zeros((len(job.clips), 0, job.height, job.width, 3), np.uint8),
                                    GenerationReport())
        report = GenerationReport()
        clock = _Clock(report, self._device)
        started = time.perf_counter()
        prof = self.profile
        width, height = self.render_size(job.width, job.height)
        h, w = height // self.vae_scale, width // self.vae_scale
        clips, frames = len(job.clips), job.frames
        rows = clips * frames
        groups = self._groups(clips)

        with clock("text"):
            tokenized = [self._tokenize(cond) for clip in job.clips for cond in clip]
            cond_emb = self._encode_text([ids for ids, _ in tokenized])
            cfg = prof.guidance_scale > 1
            uncond_emb = self._encode_text([self._negative_ids()]).expand(rows, -1, -1) if cfg else None
        targets = [[EntityTarget(spans[obj.entity], obj) for obj in cond.objects if spans.get(obj.entity)]
                   for (_, spans), cond in zip(tokenized, (c for clip in job.clips for c in clip))]
        guide = (job.box_guidance and prof.box_guidance.enabled and any(targets) and bool(self.guided_layers))

        known_mask = torch.zeros(clips, 1, frames, 1, 1, device=self._device, dtype=self.dtype)
        known_latents = torch.zeros(clips, self.unet.config.in_channels, frames, h, w, device=self._device,
                                    dtype=self.dtype)
        if job.known:
            with clock("vae"):
                for c in range(clips):   # clip by clip: a frame's latent does not depend on its batch
                    keys = sorted(k for k in job.known if k[0] == c)
                    if not keys:
                        continue
                    lat = self._encode_frames([self._to_render_size(job.known[k], width, height) for k in keys])
                    for (_, f), z in zip(keys, lat):
                        known_latents[c, :, f] = z
                        known_mask[c, :, f] = 1
        pose = self._pose_control(job, width, height)
        sparse = self._sparse_control(known_latents, known_mask) if job.known else None
        refs = self._reference_tokens(job, h, w, clock)

        scheduler = self._scheduler(job.steps or prof.steps)
        noise = initial_noise(job, self.unet.config.in_channels, h, w).to(self._device, self.dtype)
        latents = noise * scheduler.init_noise_sigma
        alphas = scheduler.alphas_cumprod.to(self._device)

        batch = 2 if cfg else 1
        report.batch_rows = (groups[0][1] - groups[0][0]) * frames * batch
        guided_steps = 1 if verify else prof.box_guidance.steps

        def rows_of(a: int, b: int) -> slice:
            return slice(a * frames, b * frames)

        with self._on_device(*[m_ for m_ in (self.unet, self.controlnet, self.sparsectrl) if m_ is not None]):
            for i, t in enumerate(scheduler.timesteps):
                if job.known:   # RePaint in time: known frames carry their own latents, noised to this step
                    noised = scheduler.add_noise(known_latents, noise, t.reshape(1))
                    latents = torch.where(known_mask.bool(), noised, latents)
                if guide and i < guided_steps:
                    with clock("guidance"):
                        latents = torch.cat([
                            self._guide(latents[a:b], t, scheduler, alphas, cond_emb[rows_of(a, b)],
                                        targets[rows_of(a, b)], (h, w), report,
                                        self._ip_kwargs(refs, b - a, rows_of(a, b), False))
                            for a, b in groups])
                measure = i < job.measure_attention_steps and any(targets)
                eps_parts, shares = [], []
                with clock("denoiser"):
                    for a, b in groups:
                        r = rows_of(a, b)
                        emb = torch.cat([uncond_emb[r], cond_emb[r]]) if cfg else cond_emb[r]
                        part_sparse = (sparse[0][a:b], sparse[1][a:b]) if sparse is not None else None
                        if measure:
                            self.store.start()
                        eps_parts.append(self._predict(latents[a:b], t, scheduler, emb,
                                                       pose[r] if pose is not None else None, part_sparse, batch,
                                                       self._ip_kwargs(refs, b - a, r, cfg)))
                        report.denoiser_calls += 1
                        if measure:
                            maps = self.store.stop()
                            if any(targets[r]):
                                shares.append(attention_share(maps, targets[r], (h, w),
                                                              row_offset=(b - a) * frames if cfg else 0))
                if measure:
                    report.attention_share.append(float(np.mean(shares)))
                eps = []
                for part in eps_parts:
                    if cfg:
                        eps_u, eps_c = part.chunk(2)
                        part = eps_u + prof.guidance_scale * (eps_c - eps_u)
                    eps.append(part)
                latents = scheduler.step(torch.cat(eps), t, latents).prev_sample
            if job.known:   # the known frames end exactly on their own latents
                latents = torch.where(known_mask.bool(), known_latents, latents)
        if verify:
            report.finite = bool(torch.isfinite(latents).all())
        self.last_latents = latents

        with clock("vae"):
            pixels = np.stack([self._decode(latents[c].permute(1, 0, 2, 3)) for c in range(clips)])
        if (height, width) != (job.height, job.width):
            pixels = np.stack([[self._to_render_size(fr, job.width, job.height) for fr in clip] for clip in pixels])
        for (c, f), frame in job.known.items():   # bit-exact: the given frames are the result at their indices
            pixels[c, f] = frame
        report.seconds["total"] = time.perf_counter() - started
        return GenerationResult(np.ascontiguousarray(pixels), report)
