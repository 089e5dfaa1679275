"""Wan2.1-VACE backend: the plan's layouts, known frames and cast in one trained video model, sampled by our loop.

VACE takes a control video, a mask saying which of its frames to keep and which to generate, and reference
pictures: what a Director plan carries. The control video is the plan's boxes and skeletons drawn with
`director.drawing`; a segment's known first and last frames are kept frames; the cast sheet gives the
references. We use diffusers' components (UMT5 encoder, WanVACETransformer3DModel, AutoencoderKLWan, the
checkpoint's flow-matching scheduler) and own the loop: `WanVACEPipeline` makes one video from one prompt per
call, without gradients, while the director needs a level's segments in one batch, a prompt per latent frame
(every keyframe its own), LVD box guidance on the latent, the latents themselves for tests, and seeds and
per-entity noise from the request.

Frames and latent frames: Wan's VAE keeps the first frame alone and packs every following 4 into one latent
frame, so a clip has 4k+1 frames and latent frame j shows frames 4j-3..4j; it takes the prompt (and, for
guidance, the boxes) of frame 4j. References each add one latent frame in front, dropped before decoding.

Schedule: Wan's own flow-matching settings as its authors publish them (Wan2.1-VACE's scheduler config: UniPC,
flow_prediction on flow sigmas, flow_shift 3.0, bh2 order 2), whatever the checkpoint folder's scheduler/ says;
`scheduler = "euler"` samples the same shifted flow with FlowMatchEulerDiscreteScheduler, `scheduler = "base"`
takes the folder's config as it is, `flow_shift` and the profile's `[schedule]` table override.

Memory: as the AnimateDiff backend (`memory.PassCost`, `PeakMeter`): each pass — the transformer's denoiser
call (CFG rows included), a guided forward+backward, a VAE decode and encode — is measured once per frame size
on one clip of 1 and 2 latent frames and extended linearly in latent frames (attention is SDPA's, linear in
tokens; the guided blocks' recorded maps are per latent frame); every real batch is measured and raises the
estimate if it peaked higher. An analytic prior with the attention maps in it gates which probes may run.
"""
from __future__ import annotations

import html
import json
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image, ImageDraw

from director.drawing import draw_skeleton, entity_color, pose_map, to_pixels
from director.errors import DirectorError, require

from . import wan_attention
from director.models import SceneObject

from .animatediff import _LOADING, DTYPES, AnimateDiffBackend, _Clock, initial_noise, resolve_device, settle_schedule
from .backend import GenerationJob, GenerationReport, GenerationResult, JobShape, probe_condition, verify_step
from .box_guidance import EntityTarget, attention_share, box_energy
from .checkpoints import is_local, load_component, locate, read_config
from .conditions import FrameCondition
from .memory import MeasuredBackend, MemoryEstimate, PassCost, PeakMeter, fit_by_probes, release_cached
from .profile import WAN_SCHEDULE, DiffusionProfile

TEXT_LENGTH = 512   # WanVACEPipeline's max_sequence_length: prompts are read as 512 tokens, zero-padded
WAN_FOLDER = ("a Wan2.1-VACE diffusers folder (transformer/, vae/, text_encoder/, tokenizer/, scheduler/), "
              "e.g. Wan-AI/Wan2.1-VACE-1.3B-diffusers")
BASE_FOLDERS = ("transformer", "vae", "text_encoder", "tokenizer")   # what the renderer's preflight checks for
SCHEDULERS = {"unipc": "UniPCMultistepScheduler", "euler": "FlowMatchEulerDiscreteScheduler"}
# Analytic priors, bytes per latent frame of one clip in units of one token map (the transformer's width over a
# latent frame's tokens) or one VAE map (its base width over a frame's pixels). They only gate the probes.
PRIOR_MAPS = {"denoise": 24, "guide": 80, "decode": 48, "encode": 48}
PROBE_FRAMES = (1, 2)    # latent frames of the probe clip
WAN21_GRANULARITY = (4, 16)   # frames per latent frame; pixels per transformer patch (VAE 8x, patch 2)


def resolve_dtype(name: str, device: torch.device) -> torch.dtype:
    """bfloat16 on CUDA (Wan's weights are bf16; fp16 overflows in its attention), float32 elsewhere."""
    if name == "auto":
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    if name not in DTYPES:
        raise DirectorError(f"diffusers renderer: unknown dtype '{name}' (use auto, float16, bfloat16 or float32)")
    return DTYPES[name]


def wan_schedule(choice: str, overrides: dict, flow_shift: float, base_config: dict | None) -> tuple[str, dict]:
    """(scheduler class name, settings) the backend samples with; see the module docstring."""
    if choice == "base":
        if not (base_config or {}).get("_class_name"):
            raise DirectorError("diffusers renderer: scheduler = \"base\" needs the base checkpoint's "
                                "scheduler/scheduler_config.json, which it does not have")
        name, settings = base_config["_class_name"], {k: v for k, v in base_config.items() if not k.startswith("_")}
    else:
        name, settings = SCHEDULERS[choice], dict(WAN_SCHEDULE)
    shift = flow_shift or float(settings.get("flow_shift") or settings.get("shift") or WAN_SCHEDULE["flow_shift"])
    settings["shift" if name == "FlowMatchEulerDiscreteScheduler" else "flow_shift"] = shift
    return settle_schedule(name, settings, overrides)


def _folder_config(profile: DiffusionProfile, sub: str) -> dict:
    path = Path(profile.base, sub, "config.json")
    if not is_local(profile.base) or not path.is_file():
        return {}
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def granularity(profile: DiffusionProfile) -> tuple[int, int]:
    """(frame step, size step) from the checkpoint's configs when the folder is here, else Wan2.1's (4, 16)."""
    vae, transformer = _folder_config(profile, "vae"), _folder_config(profile, "transformer")
    if not vae or not transformer:
        return WAN21_GRANULARITY
    down = vae.get("temperal_downsample", [False, True, True])
    return 2 ** sum(bool(d) for d in down), 2 ** len(down) * int(transformer.get("patch_size", [1, 2, 2])[1])


def capability_hints(profile: DiffusionProfile) -> dict:
    """What the renderer's capabilities say for this backend, without loading a model."""
    frame_step, size_step = granularity(profile)
    return {"frame_step": frame_step, "size_step": size_step, "references": True,
            "boxes": profile.control != "pose" or profile.box_guidance.enabled,
            "keypoints": profile.control != "layout"}


def control_frame(objects, width: int, height: int, mode: str) -> np.ndarray:
    """One frame of the control video, in VACE's own conventions: its layout annotator draws box outlines on
    white, its pose annotator OpenPose skeletons on black. A plan has both, so `layout+pose` (the default)
    draws the skeletons into the box layout; `pose` is the pure pose convention for shots of people."""
    if mode == "pose":
        return pose_map(objects, width, height)
    img = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    line = max(2, round(min(width, height) / 180))
    for obj in objects:
        x0, y0, x1, y1 = to_pixels(obj.box, width, height)
        if x1 > x0 and y1 > y0:
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), outline=entity_color(obj.entity), width=line)
    if mode == "layout+pose":
        for obj in objects:
            if obj.keypoints:
                draw_skeleton(draw, obj.keypoints, width, height)
    return np.asarray(img, dtype=np.uint8).copy()


def fit_reference(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """A reference picture scaled to fit the frame, centred on white (as WanVACEPipeline prepares them)."""
    img = Image.fromarray(np.ascontiguousarray(image[..., :3]))
    scale = min(width / img.width, height / img.height)
    size = (max(1, int(img.width * scale)), max(1, int(img.height * scale)))
    canvas = Image.new("RGB", (width, height), (255, 255, 255))
    canvas.paste(img.resize(size, Image.BILINEAR), ((width - size[0]) // 2, (height - size[1]) // 2))
    return np.array(canvas)


@dataclass
class WanComponents:
    tokenizer: object
    text_encoder: object
    transformer: object
    vae: object
    scheduler_cls: type
    scheduler_config: object
    store: wan_attention.FrameTextStore
    guided: list[str]
    lock: threading.RLock = field(default_factory=threading.RLock)
    costs: dict = field(default_factory=dict)     # (pass, width, height) -> PassCost, shared by backends


_LOADED: "OrderedDict[tuple, WanComponents]" = OrderedDict()
KEEP_LOADED = 2


def load_components(profile: DiffusionProfile, device: torch.device, dtype: torch.dtype) -> WanComponents:
    """Once per checkpoint set; one load at a time (the AnimateDiff backend's lock: meta-device init is global)."""
    key = (profile.base, profile.revisions.get("base"), str(device), str(dtype), profile.scheduler,
           tuple(sorted(profile.schedule.items())), profile.flow_shift, profile.cpu_offload,
           profile.box_guidance.layers)
    with _LOADING:
        if key in _LOADED:
            _LOADED.move_to_end(key)
            return _LOADED[key]
        parts = _load(profile, device, dtype)
        _LOADED[key] = parts
        while len(_LOADED) > KEEP_LOADED:
            _LOADED.popitem(last=False)
        return parts


def _load(profile: DiffusionProfile, device: torch.device, dtype: torch.dtype) -> WanComponents:
    diffusers = require("diffusers", "diffusion", "the diffusers renderer")
    transformers = require("transformers", "diffusion", "the diffusers renderer")
    if not hasattr(diffusers, "WanVACETransformer3DModel"):
        raise DirectorError(f"diffusers renderer: the wan-vace backend needs diffusers >= 0.34 "
                            f"(installed: {diffusers.__version__})")
    if profile.scheduler not in (*SCHEDULERS, "base"):
        raise DirectorError(f"diffusers renderer: unknown scheduler '{profile.scheduler}' for wan-vace "
                            f"(known: {', '.join(SCHEDULERS)}, base)")
    base, rev = profile.base, profile.revisions.get("base")
    folder = locate("base", base, rev, BASE_FOLDERS, WAN_FOLDER)
    name, settings = wan_schedule(profile.scheduler, profile.schedule, profile.flow_shift,
                                  read_config(folder, "scheduler", "scheduler_config.json"))

    def load(cls, sub, **kw):
        return load_component(cls, "base", base, sub, rev, expected=WAN_FOLDER, **kw)

    tokenizer = load(transformers.AutoTokenizer, "tokenizer")
    with no_progress_bar():
        text_encoder = load(transformers.UMT5EncoderModel, "text_encoder", dtype=dtype)
    transformer = load(diffusers.WanVACETransformer3DModel, "transformer", torch_dtype=dtype)
    vae = load(diffusers.AutoencoderKLWan, "vae", torch_dtype=torch.float32)   # Wan decodes in fp32
    scheduler_cls = getattr(diffusers, name)
    z_dim, scale = vae.config.z_dim, 2 ** len(vae.config.temperal_downsample)
    if transformer.config.vace_in_channels != 2 * z_dim + scale * scale:
        raise DirectorError(f"diffusers renderer: {base}: the transformer takes {transformer.config.vace_in_channels}"
                            f" control channels but this VAE makes {2 * z_dim + scale * scale}: not one VACE checkpoint")
    for module in (text_encoder, transformer, vae):
        module.requires_grad_(False).eval()
        module.to(torch.device("cpu") if profile.cpu_offload else device)
    store = wan_attention.FrameTextStore(text_length=TEXT_LENGTH)
    guided = wan_attention.install(transformer, store, profile.box_guidance.layers)
    return WanComponents(tokenizer, text_encoder, transformer, vae, scheduler_cls, settings, store, guided)


@contextmanager
def no_progress_bar():
    """transformers draws a bar while it loads weights: noise on a renderer's stderr."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


class WanVACEBackend(MeasuredBackend):
    name = "wan-vace"

    def __init__(self, profile: DiffusionProfile):
        self.profile = profile
        self._device = resolve_device(profile.device)
        self.dtype = resolve_dtype(profile.dtype, self._device)
        parts = load_components(profile, self._device, self.dtype)
        self.tokenizer, self.text_encoder, self.transformer, self.vae = (parts.tokenizer, parts.text_encoder,
                                                                         parts.transformer, parts.vae)
        self.scheduler_cls, self.scheduler_config = parts.scheduler_cls, parts.scheduler_config
        self.store, self.guided_layers, self._lock, self._costs = parts.store, parts.guided, parts.lock, parts.costs
        down = self.vae.config.temperal_downsample
        self.frame_step = 2 ** sum(bool(d) for d in down)
        self.vae_scale = 2 ** len(down)
        self.patch = tuple(self.transformer.config.patch_size)
        self.size_step = self.vae_scale * self.patch[1]
        self._text_cache: dict[tuple[int, ...], torch.Tensor] = {}
        self._zero_latents: dict[tuple, torch.Tensor] = {}
        self._elem = torch.tensor([], dtype=self.dtype).element_size()
        sizes = [sum(p.numel() for p in m.parameters()) * e
                 for m, e in ((self.text_encoder, self._elem), (self.transformer, self._elem), (self.vae, 4))]
        self.weights_bytes = max(sizes) if profile.cpu_offload and self._device.type != "cpu" else sum(sizes)
        self.last_latents: torch.Tensor | None = None   # (clips, channels, latent frames, h, w), refs dropped

    @property
    def device(self) -> str:
        return str(self._device)

    @property
    def supports_keypoints(self) -> bool:
        return self.profile.control != "layout"

    @property
    def schedule(self) -> dict:
        return {"class": self.scheduler_cls.__name__, **self.scheduler_config}

    # --------------------------------------------------------------------------------------------- layout -----
    def keyframe_clips(self, times: list[float]) -> tuple[list[list[float]], list[tuple[int, int]]]:
        """How a shot's keyframes are laid out as clips, and where each keyframe is read back (clip, frame).

        per-frame (default): one clip with keyframe i at frame 4i, so each keyframe owns a latent frame, its
        own prompt (text attention restricted per latent frame) and its own boxes, and all keyframes attend to
        each other in one call; the frames between follow the interpolated layouts. More keyframes than
        max_frames holds go to overlapping clips of one length (one batch), each keyframe read from the first
        clip that has it. per-keyframe: a one-frame clip per keyframe, batched; keyframes then meet only
        through the references and the entity noise.
        """
        count = len(times)
        if self.profile.keyframe_prompts == "per-keyframe" or count == 1:
            return [[t] for t in times], [(i, 0) for i in range(count)]
        step = self.frame_step
        group = min(count, max(2, (self.profile.max_frames - 1) // step + 1))   # keyframes per clip
        n = -(-(count - 1) // (group - 1))                                      # clips, overlapping
        starts = sorted({round(k * (count - group) / max(1, n - 1)) for k in range(n)})
        clips, picks = [], {}
        for c, start in enumerate(starts):
            chunk = times[start:start + group]
            clips.append([a + (b - a) * k / step for a, b in zip(chunk, chunk[1:]) for k in range(step)] + [chunk[-1]])
            for i in range(group):
                picks.setdefault(start + i, (c, i * step))
        return clips, [picks[i] for i in range(count)]

    def _check_job(self, job: GenerationJob) -> None:
        if (job.frames - 1) % self.frame_step:
            raise DirectorError(f"wan-vace: a clip has {self.frame_step}k+1 frames (its VAE packs "
                                f"{self.frame_step} frames per latent frame); got {job.frames}")
        if job.width % self.size_step or job.height % self.size_step:
            raise DirectorError(f"wan-vace: frame size {job.width}x{job.height} is not a multiple of "
                                f"{self.size_step}")

    # ----------------------------------------------------------------------------------------------- text -----
    def _tokenize(self, cond: FrameCondition) -> tuple[list[int], dict[str, list[int]]]:
        """Token ids piece by piece (so each entity's token positions are known), then </s>; no padding."""
        ids, spans = [], {}
        limit = TEXT_LENGTH - 1
        for piece in cond.pieces:
            text = " ".join(html.unescape(piece.text).split())
            if not text:
                continue
            start = len(ids)
            ids.extend(self.tokenizer(text, add_special_tokens=False, verbose=False).input_ids)
            if piece.entity is not None:
                spans.setdefault(piece.entity, []).extend(i for i in range(start, len(ids)) if i < limit)
        return ids[:limit] + [self.tokenizer.eos_token_id], spans

    def _negative_ids(self) -> list[int]:
        return self.tokenizer(" ".join(self.profile.negative_prompt.split()), truncation=True,
                              max_length=TEXT_LENGTH).input_ids

    def _embed(self, ids: list[int]) -> torch.Tensor:
        """(TEXT_LENGTH, dim): UMT5 over the real tokens, zeros after them (what WanVACEPipeline feeds Wan)."""
        key = tuple(ids)
        if key not in self._text_cache:
            padded = torch.zeros(1, TEXT_LENGTH, dtype=torch.long)
            padded[0, : len(ids)] = torch.tensor(ids)
            mask = (torch.arange(TEXT_LENGTH) < len(ids)).long()[None]
            with torch.no_grad(), self._on_device(self.text_encoder):
                dev = self._device
                emb = self.text_encoder(padded.to(dev), mask.to(dev)).last_hidden_state[0]
            emb = emb * mask[0, :, None].to(emb.device, emb.dtype)
            if len(self._text_cache) > 512:
                self._text_cache.clear()
            self._text_cache[key] = emb.to(self._device, self.dtype)
        return self._text_cache[key]

    def _text(self, rows: list[list[list[int]]]) -> torch.Tensor:
        """(clips, frames·TEXT_LENGTH, dim) one prompt block per latent frame, or (clips, TEXT_LENGTH, dim) when
        every clip reads one prompt throughout (then it is exactly Wan's own cross-attention)."""
        uniform = all(all(r == row[0] for r in row) for row in rows)
        if uniform:
            return torch.stack([self._embed(row[0]) for row in rows])
        return torch.stack([torch.cat([self._embed(ids) for ids in row]) for row in rows])

    # ------------------------------------------------------------------------------------------------ VAE -----
    _on_device = AnimateDiffBackend._on_device    # the same offload rule: a component visits the GPU as it runs

    def _normalise(self, z: torch.Tensor, inverse: bool = False) -> torch.Tensor:
        cfg = self.vae.config
        mean = torch.tensor(cfg.latents_mean, device=z.device, dtype=torch.float32).view(1, -1, 1, 1, 1)
        std = torch.tensor(cfg.latents_std, device=z.device, dtype=torch.float32).view(1, -1, 1, 1, 1)
        return z * std + mean if inverse else (z - mean) / std

    def _encode(self, video: torch.Tensor) -> torch.Tensor:
        """(clips, 3, F, H, W) in [-1, 1] -> normalised latents (clips, z, latent frames, h, w), the mode."""
        chunk = 1 if self.profile.vae_slicing else video.shape[0]
        with torch.no_grad(), self._on_device(self.vae):
            out = [self.vae.encode(video[i:i + chunk].to(self._device)).latent_dist.mode()
                   for i in range(0, video.shape[0], chunk)]
        return self._normalise(torch.cat(out).float())

    def _encode_zeros(self, shape: tuple[int, ...]) -> torch.Tensor:
        """The latents of an all-zero video (the inactive half of a control video with nothing kept), once."""
        if shape not in self._zero_latents:
            self._zero_latents[shape] = self._encode(torch.zeros(1, *shape, device=self._device))
        return self._zero_latents[shape]

    def _decode(self, latents: torch.Tensor) -> np.ndarray:
        """(clips, z, latent frames, h, w) -> uint8 (clips, frames, H, W, 3)."""
        z = self._normalise(latents.float(), inverse=True)
        chunk = 1 if self.profile.vae_slicing else z.shape[0]
        out = []
        with torch.no_grad(), self._on_device(self.vae):
            for i in range(0, z.shape[0], chunk):
                video = self.vae.decode(z[i:i + chunk].to(self._device)).sample
                out.append(((video.float() / 2 + 0.5).clamp(0, 1) * 255).round().to(torch.uint8).cpu())
        return torch.cat(out).permute(0, 2, 3, 4, 1).numpy()

    # -------------------------------------------------------------------------------------------- control -----
    def _conditioning(self, job: GenerationJob, clock) -> tuple[torch.Tensor, int]:
        """VACE's 96-channel input: latents of the inactive (kept) and reactive (generated) video, the mask at
        latent resolution, and one latent frame per reference in front. Returns it and the reference count."""
        clips, frames, width, height = len(job.clips), job.frames, job.width, job.height
        pixels = np.empty((clips, frames, height, width, 3), np.uint8)
        keep = np.zeros((clips, frames), bool)
        for c, clip in enumerate(job.clips):
            for f, cond in enumerate(clip):
                if (c, f) in job.known:
                    pixels[c, f], keep[c, f] = job.known[(c, f)], True
                else:
                    pixels[c, f] = control_frame(cond.objects, width, height, self.profile.control)
        video = torch.from_numpy(pixels).permute(0, 4, 1, 2, 3).float() / 127.5 - 1     # (B, 3, F, H, W)
        mask = torch.from_numpy(~keep).float()[:, None, :, None, None]                 # 1: generate
        with clock("vae"):
            reactive = self._encode(video * mask)
            if keep.any():
                inactive = self._encode(video * (1 - mask))
            else:
                inactive = self._encode_zeros(tuple(video.shape[1:])).expand_as(reactive)
            refs = [self._encode(torch.from_numpy(fit_reference(img, width, height)).permute(2, 0, 1)[None, :, None]
                                 .float() / 127.5 - 1) for _, img in job.references]
        s = self.vae_scale
        h, w = height // s, width // s
        lat_frames = reactive.shape[2]
        m = mask.expand(clips, 1, frames, height, width)[:, 0]
        m = m.view(clips, frames, h, s, w, s).permute(0, 3, 5, 1, 2, 4).flatten(1, 2)   # (B, s·s, F, h, w)
        m = F.interpolate(m, size=(lat_frames, h, w), mode="nearest-exact").to(self._device)
        cond = torch.cat([inactive, reactive, m], dim=1)
        if refs:
            ref = torch.cat(refs, dim=2)                                                   # (1, z, R, h, w)
            ref = torch.cat([ref, torch.zeros_like(ref), torch.zeros(1, s * s, len(refs), h, w, device=ref.device)],
                            dim=1).expand(clips, -1, -1, -1, -1)
            cond = torch.cat([ref, cond], dim=2)
        return cond.to(self._device, self.dtype), len(refs)

    def _latent_conditions(self, clip: list[FrameCondition]) -> list[FrameCondition]:
        """The condition each latent frame takes: that of its last frame (4j), the keyframe in per-frame mode."""
        lat = (len(clip) - 1) // self.frame_step + 1
        return [clip[min(j * self.frame_step, len(clip) - 1)] for j in range(lat)]

    def _noise(self, job: GenerationJob, refs: int, h: int, w: int) -> torch.Tensor:
        """Seeded per clip, each entity's own noise over its box (as the AnimateDiff backend), refs in front."""
        lat_job = GenerationJob(clips=[self._latent_conditions(c) for c in job.clips], width=job.width,
                                height=job.height, clip_seeds=job.clip_seeds, entity_seeds=job.entity_seeds)
        channels = self.transformer.config.in_channels
        noise = initial_noise(lat_job, channels, h, w)
        if refs:
            front = torch.stack([torch.randn(channels, refs, h, w, generator=torch.Generator().manual_seed(
                (int(seed) + 1) & 0xFFFFFFFFFFFF)) for seed in job.clip_seeds])
            noise = torch.cat([front, noise], dim=2)
        return noise.to(self._device)

    # --------------------------------------------------------------------------------------------- memory -----
    def _latent_frames(self, shape: JobShape) -> int:
        """Latent frames of one clip in the transformer: the video's, plus one per reference."""
        return (shape.frames - 1) // self.frame_step + 1 + shape.references

    def _prior(self, kind: str, width: int, height: int) -> PassCost:
        """Per latent frame of one clip, before a probe: token maps (with the CFG rows and the VACE hints), the
        guided blocks' attention maps (heads x text per token, float32), or VAE maps over 4 frames."""
        tokens = (height // self.size_step) * (width // self.size_step)
        dim = self.transformer.config.num_attention_heads * self.transformer.config.attention_head_dim
        token_map = tokens * dim * self._elem
        if kind == "denoise":
            rows = 2 if self.profile.guidance_scale > 1 else 1
            return PassCost(per_row=rows * PRIOR_MAPS[kind] * token_map)
        if kind == "guide":
            scores = tokens * self.transformer.config.num_attention_heads * TEXT_LENGTH * 4
            return PassCost(per_row=PRIOR_MAPS[kind] * token_map + 3 * scores)
        return PassCost(per_row=PRIOR_MAPS[kind] * self.frame_step * width * height * self.vae.config.base_dim * 4)

    def _cost(self, kind: str, width: int, height: int) -> PassCost:
        """The measured cost of one pass on one clip at this size, per latent frame (measured on first use)."""
        key = (kind, width, height)
        with self._lock:
            cost = self._costs.get(key)
            if cost is None:
                cost = self._costs[key] = self._prior(kind, width, height)
                self._warm_up()
                fit_by_probes(cost, self.budget().bytes - self.weights_bytes, PROBE_FRAMES,
                              lambda lat: self._run_probe(kind, lat, width, height))
                release_cached(self._device)
            return cost

    def _run_probe(self, kind: str, lat: int, width: int, height: int) -> int | None:
        """Peak bytes of one pass over one synthetic clip of `lat` latent frames (a prompt per latent frame),
        above its inputs (made first: a job holds those throughout, `_resident` counts them)."""
        h, w = height // self.vae_scale, width // self.vae_scale
        dev, dt = self._device, self.dtype
        cfg_t = self.transformer.config
        gen = torch.Generator().manual_seed(0)
        latents = torch.randn(1, cfg_t.in_channels, lat, h, w, generator=gen).to(dev)
        control = torch.zeros(1, cfg_t.vace_in_channels, lat, h, w, device=dev, dtype=dt)
        scale = torch.ones(len(cfg_t.vace_layers), device=dev, dtype=dt)
        text = torch.zeros(1, lat * TEXT_LENGTH if lat > 1 else TEXT_LENGTH, self.text_encoder.config.d_model,
                           device=dev, dtype=dt)
        scheduler = self._scheduler(1)
        t = scheduler.timesteps[0]
        frames = self.frame_step * (lat - 1) + 1
        video = torch.zeros(1, 3, frames, height, width)
        targets = [[EntityTarget([0, 1], SceneObject(entity="probe", box=(0.25, 0.25, 0.75, 0.75)))]] * lat
        grid = (h // self.patch[1], w // self.patch[2])
        self.store.frames = lat
        with PeakMeter(self._device) as meter:
            if kind == "denoise":
                batch = 2 if self.profile.guidance_scale > 1 else 1
                with torch.no_grad(), self._on_device(self.transformer):
                    self.transformer(hidden_states=torch.cat([latents] * batch).to(dt), timestep=t.expand(batch),
                                     encoder_hidden_states=torch.cat([text] * batch),
                                     control_hidden_states=torch.cat([control] * batch),
                                     control_hidden_states_scale=scale, return_dict=False)
            elif kind == "guide":
                with self._on_device(self.transformer):
                    self._guide(latents, t, text, control, scale, targets, grid, 0.5, GenerationReport())
            elif kind == "decode":
                self._decode(latents[:, : self.vae.config.z_dim])
            else:
                self._encode(video)
        return meter.peak

    def _resident(self, shape: JobShape) -> int:
        """Bytes a job holds outside its passes: latents and the sampler's copies (float32), the control
        latents (twice with CFG), the text rows, and on the CPU its pixels (control video, frames)."""
        lat = self._latent_frames(shape)
        h, w = shape.height // self.vae_scale, shape.width // self.vae_scale
        cfg_t = self.transformer.config
        cfg = 2 if self.profile.guidance_scale > 1 else 1
        latent = shape.clips * cfg_t.in_channels * lat * h * w * 4
        control = shape.clips * cfg_t.vace_in_channels * lat * h * w * self._elem * (1 + cfg)
        text = shape.clips * lat * TEXT_LENGTH * self.text_encoder.config.d_model * self._elem * (1 + cfg)
        pixels = shape.clips * shape.frames * shape.width * shape.height * 3
        host = pixels * (3 * 4 + 1) if self._device.type == "cpu" else 0
        return 6 * latent + control + text + host

    def estimate(self, shape: JobShape) -> MemoryEstimate:
        """Peak bytes of a job of this shape: weights + the largest pass + what the job holds throughout."""
        lat = self._latent_frames(shape)
        video_lat = lat - shape.references
        at_once = 1 if self.profile.vae_slicing else shape.clips       # clips the VAE takes in one call
        passes = {"denoise": (self._cost("denoise", shape.width, shape.height), shape.clips, lat),
                  "decode": (self._cost("decode", shape.width, shape.height), at_once, video_lat),
                  "encode": (self._cost("encode", shape.width, shape.height), at_once, video_lat)}
        if shape.box_guidance and self.profile.box_guidance.enabled and self.guided_layers:
            passes["guide"] = (self._cost("guide", shape.width, shape.height), shape.clips, lat)
        name, (cost, clips, frames) = max(passes.items(), key=lambda kv: kv[1][1] * kv[1][0](kv[1][2]))
        return MemoryEstimate(self.weights_bytes, clips * cost(frames) + self._resident(shape),
                              measured=all(c.measured for c, _, _ in passes.values()), pass_name=name)

    def _observe(self, shape: JobShape, estimate: MemoryEstimate, peak: int | None) -> None:
        """A batch peaked above its estimate: raise the pass that peaks, so later batches are sized by it."""
        if peak is None or peak <= estimate.activations:
            return
        kind = estimate.pass_name or "denoise"
        clips = shape.clips if kind in ("denoise", "guide") or not self.profile.vae_slicing else 1
        lat = self._latent_frames(shape) - (0 if kind in ("denoise", "guide") else shape.references)
        cost = self._cost(kind, shape.width, shape.height)
        cost.observe(lat, (peak - self._resident(shape)) // max(1, clips))

    # --------------------------------------------------------------------------------------------- sample -----
    def _scheduler(self, steps: int):
        scheduler = self.scheduler_cls.from_config(self.scheduler_config)
        scheduler.set_timesteps(steps, device=self._device)
        return scheduler

    def verify(self) -> None:
        """One guided step of a 4k+1-frame clip at the smallest size with a kept frame, through the same code as
        a real job: proves the weights, the dtype and the device work together and the latents stay finite."""
        m = self.size_step
        job = GenerationJob(clips=[[probe_condition()] * (self.frame_step + 1)], width=m, height=m,
                            clip_seeds=[0], steps=1, known={(0, 0): np.full((m, m, 3), 127, np.uint8)})

        def step() -> bool:
            with self._lock:
                self._generate(job)
                return bool(torch.isfinite(self.last_latents).all())

        verify_step(self, step)

    def generate(self, job: GenerationJob) -> GenerationResult:
        """One batch through the loop, measured; calls on one loaded model take turns (as in the AnimateDiff
        backend). An out-of-memory error becomes `OutOfMemory` after the failed batch's tensors are released."""
        with self._lock:
            if job.clips and job.frames:
                self._check_job(job)
            return self._measured(job, lambda: self._generate(job))

    def _generate(self, job: GenerationJob) -> GenerationResult:
        if not job.clips or job.frames == 0:
            return GenerationResult(np.zeros((len(job.clips), 0, job.height, job.width, 3), np.uint8),
                                    GenerationReport())
        self._check_job(job)
        prof = self.profile
        report = GenerationReport()
        clock = _Clock(report, self._device)
        started = time.perf_counter()
        clips = len(job.clips)
        h, w = job.height // self.vae_scale, job.width // self.vae_scale
        cfg = prof.guidance_scale > 1

        with clock("text"):
            ref_tokens = [self._tokenize(cond) for cond, _ in job.references]
            frame_tokens = [[self._tokenize(c) for c in self._latent_conditions(clip)] for clip in job.clips]
            rows = [[ids for ids, _ in ref_tokens] + [ids for ids, _ in row] for row in frame_tokens]
            cond_emb = self._text(rows)
            neg = self._embed(self._negative_ids()) if cfg else None
        refs = len(job.references)
        total = refs + len(frame_tokens[0])
        targets = [[] for _ in range(refs)]
        targets = [targets + [[EntityTarget(spans[o.entity], o) for o in cond.objects if spans.get(o.entity)]
                              for (_, spans), cond in zip(row, self._latent_conditions(clip))]
                   for row, clip in zip(frame_tokens, job.clips)]
        flat_targets = [t for clip_targets in targets for t in clip_targets]               # rows: clip·frame
        guide = job.box_guidance and prof.box_guidance.enabled and bool(self.guided_layers) and any(flat_targets)

        control, refs = self._conditioning(job, clock)
        scale = torch.full((len(self.transformer.config.vace_layers),), float(prof.controlnet_scale),
                           device=self._device, dtype=self.dtype)
        scheduler = self._scheduler(job.steps or prof.steps)
        latents = self._noise(job, refs, h, w)
        if cfg:
            uncond = neg[None].expand(clips, *neg.shape)
            if cond_emb.shape[1] != TEXT_LENGTH:
                uncond = uncond.repeat(1, total, 1)
            embeddings = torch.cat([uncond, cond_emb])
            control_in = torch.cat([control, control])
        else:
            embeddings, control_in = cond_emb, control
        batch = 2 if cfg else 1
        report.batch_rows = clips * total * batch
        self.store.frames = total
        grid = (h // self.patch[1], w // self.patch[2])
        train_steps = scheduler.config.num_train_timesteps
        with self._on_device(self.transformer):
            for i, t in enumerate(scheduler.timesteps):
                if guide and i < prof.box_guidance.steps:
                    with clock("guidance"):
                        latents = self._guide(latents, t, cond_emb, control, scale, flat_targets, grid,
                                              float(t) / train_steps, report)
                measure = i < job.measure_attention_steps and any(flat_targets)
                with clock("denoiser"):
                    model_in = torch.cat([latents] * batch).to(self.dtype)
                    if measure:
                        self.store.start()
                    with torch.no_grad():
                        pred = self.transformer(hidden_states=model_in, timestep=t.expand(model_in.shape[0]),
                                                encoder_hidden_states=embeddings, control_hidden_states=control_in,
                                                control_hidden_states_scale=scale, return_dict=False)[0]
                    report.denoiser_calls += 1
                if measure:
                    maps = self.store.stop()
                    report.attention_share.append(attention_share(maps, flat_targets, grid,
                                                                  row_offset=clips * total if cfg else 0))
                pred = pred.float()
                if cfg:
                    uncond_pred, cond_pred = pred.chunk(2)
                    pred = uncond_pred + prof.guidance_scale * (cond_pred - uncond_pred)
                latents = scheduler.step(pred, t, latents, return_dict=False)[0]
        latents = latents[:, :, refs:]
        self.last_latents = latents.detach().cpu()
        with clock("vae"):
            pixels = self._decode(latents)[:, : job.frames]
        for (c, f), frame in job.known.items():   # kept frames are the given pixels, bit for bit
            pixels[c, f] = frame
        report.seconds["total"] = time.perf_counter() - started
        return GenerationResult(np.ascontiguousarray(pixels), report)

    def _guide(self, latents, t, cond_emb, control, scale, targets, grid, sigma, report) -> torch.Tensor:
        """LVD on Wan: step the latent down the box energy of the guided blocks' text attention.

        The flow-matching analogue of LVD's sqrt(1 - abar_t) is sigma_t (x_t = (1 - sigma) x0 + sigma eps).
        The pass runs the conditional rows only and stops after the last guided block.
        """
        g = self.profile.box_guidance
        for _ in range(max(1, g.iterations)):
            z = latents.detach().requires_grad_(True)
            self.store.start(stop_after=self.guided_layers[-1])
            try:
                with torch.enable_grad():
                    try:
                        self.transformer(hidden_states=z.to(self.dtype), timestep=t.expand(z.shape[0]),
                                         encoder_hidden_states=cond_emb, control_hidden_states=control,
                                         control_hidden_states_scale=scale, return_dict=False)
                    except wan_attention.EnoughAttention:
                        pass
                    energy = box_energy(self.store.maps, targets, grid, g.topk)
                    grad = torch.autograd.grad(energy, z)[0] if energy.requires_grad else torch.zeros_like(z)
            finally:
                self.store.stop()
            report.denoiser_calls += 1
            report.energy.append(float(energy.detach()))
            latents = (z - g.strength * sigma * grad.float()).detach()
        return latents
