"""AnimateDiff backend: an SD1.5-family UNet + MotionAdapter, sampled by our own loop.

We use the pipeline's components (tokenizer, text encoder, UNetMotionModel, scheduler, VAE, optional OpenPose
ControlNet and SparseCtrl-RGB) but own the loop, because the director needs what no stock pipeline offers
together: per-frame prompts in one call (text embeddings shaped (B*F, seq, dim)), box guidance on the latent,
several clips with known first/last frames in one batch (RePaint-style replacement in time), and per-entity
seed noise. Everything runs in one `generate` call per batch.
"""
from __future__ import annotations

import math
import sys
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import torch
from PIL import Image

from director.drawing import pose_map
from director.errors import DirectorError, require

from .backend import GenerationJob, GenerationReport, GenerationResult
from .box_guidance import AttentionStore, EntityTarget, attention_share, box_energy, install_recorder
from .checkpoints import load_component
from .conditions import FrameCondition
from .memory import estimate_bytes, format_estimate
from .profile import DiffusionProfile

SCHEDULERS = {"ddim": "DDIMScheduler", "euler": "EulerDiscreteScheduler"}
DTYPES = {"float16": torch.float16, "fp16": torch.float16, "bfloat16": torch.bfloat16, "bf16": torch.bfloat16,
          "float32": torch.float32, "fp32": torch.float32}


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise DirectorError(f"diffusers renderer: device '{name}' asked for, but torch sees no CUDA GPU")
    return torch.device(name)


def resolve_dtype(name: str, device: torch.device) -> torch.dtype:
    """fp16 on CUDA (bf16 if asked), fp32 on CPU: half precision on CPU is slow and partly unsupported."""
    if name == "auto":
        return torch.float16 if device.type in ("cuda", "mps") else torch.float32
    if name not in DTYPES:
        raise DirectorError(f"diffusers renderer: unknown dtype '{name}' (use auto, float16, bfloat16 or float32)")
    return DTYPES[name]


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


@contextmanager
def _quiet(diffusers):
    level = diffusers.utils.logging.get_verbosity()
    diffusers.utils.logging.set_verbosity_error()
    try:
        yield
    finally:
        diffusers.utils.logging.set_verbosity(level)


class _Clock:
    """Adds wall time per stage into a report; synchronizes CUDA so the time lands on the right stage."""

    def __init__(self, report: GenerationReport, device: torch.device):
        self.report, self.cuda = report, device.type == "cuda"

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
            self.report.seconds[stage] = self.report.seconds.get(stage, 0.0) + time.perf_counter() - start


@dataclass
class Components:
    """The loaded modules of one checkpoint set on one device: shared by every backend that asks for the same."""

    tokenizer: object
    text_encoder: object
    vae: object
    unet: object
    scheduler_cls: type
    scheduler_config: object
    controlnet: object | None
    sparsectrl: object | None
    store: AttentionStore
    guided_layers: list[str]
    lock: threading.Lock = field(default_factory=threading.Lock)


_LOADED: "OrderedDict[tuple, Components]" = OrderedDict()
KEEP_LOADED = 2   # checkpoint sets kept in memory: re-creating a renderer (studio jobs, tests) skips the load


def _load_key(profile: DiffusionProfile, device: torch.device, dtype: torch.dtype) -> tuple:
    return (tuple(sorted(profile.checkpoints().items())), tuple(sorted(profile.revisions.items())), str(device),
            str(dtype), profile.scheduler, profile.cpu_offload, profile.vae_tiling, profile.box_guidance.layers)


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
    if profile.scheduler not in SCHEDULERS:
        raise DirectorError(f"diffusers renderer: unknown scheduler '{profile.scheduler}' "
                            f"(known: {', '.join(SCHEDULERS)})")
    rev = profile.revisions.get
    base = profile.base
    tokenizer = load_component(transformers.CLIPTokenizer, "base", base, "tokenizer", rev("base"))
    text_encoder = load_component(transformers.CLIPTextModel, "base", base, "text_encoder", rev("base"), dtype=dtype)
    vae = load_component(diffusers.AutoencoderKL, "base", base, "vae", rev("base"), torch_dtype=dtype)
    unet2d = load_component(diffusers.UNet2DConditionModel, "base", base, "unet", rev("base"), torch_dtype=dtype)
    adapter = load_component(diffusers.MotionAdapter, "motion_adapter", profile.motion_adapter, None,
                             rev("motion_adapter"), torch_dtype=dtype)
    with _quiet(diffusers):   # from_unet2d's dtype notice is about casting we do not do
        unet = diffusers.UNetMotionModel.from_unet2d(unet2d, adapter)
    if dtype != torch.float32:
        unet.to(dtype)
    del unet2d, adapter
    scheduler_cls = getattr(diffusers, SCHEDULERS[profile.scheduler])
    scheduler_config = load_component(scheduler_cls, "base", base, "scheduler", rev("base")).config
    controlnet = sparsectrl = None
    if profile.controlnet_openpose:
        controlnet = load_component(diffusers.ControlNetModel, "controlnet_openpose", profile.controlnet_openpose,
                                    None, rev("controlnet_openpose"), torch_dtype=dtype)
    if profile.sparsectrl_rgb:
        sparsectrl = load_component(diffusers.SparseControlNetModel, "sparsectrl_rgb", profile.sparsectrl_rgb,
                                    None, rev("sparsectrl_rgb"), torch_dtype=dtype)
    for module in (text_encoder, vae, unet, controlnet, sparsectrl):
        if module is not None:
            module.requires_grad_(False).eval()
            module.to(torch.device("cpu") if profile.cpu_offload else device)
    if profile.vae_tiling:
        vae.enable_tiling()
    store = AttentionStore()
    guided_layers = install_recorder(unet, store, profile.box_guidance.layers)
    loaded = Components(tokenizer, text_encoder, vae, unet, scheduler_cls, scheduler_config, controlnet, sparsectrl,
                        store, guided_layers)
    _LOADED[key] = loaded
    while len(_LOADED) > KEEP_LOADED:
        _LOADED.popitem(last=False)
    return loaded


class AnimateDiffBackend:
    name = "animatediff"

    def __init__(self, profile: DiffusionProfile):
        self.profile = profile
        self._device = resolve_device(profile.device)
        self.dtype = resolve_dtype(profile.dtype, self._device)
        parts = load_components(profile, self._device, self.dtype)
        self.tokenizer, self.text_encoder, self.vae, self.unet = (parts.tokenizer, parts.text_encoder, parts.vae,
                                                                  parts.unet)
        self.scheduler_cls, self.scheduler_config = parts.scheduler_cls, parts.scheduler_config
        self.controlnet, self.sparsectrl = parts.controlnet, parts.sparsectrl
        self.store, self.guided_layers = parts.store, parts.guided_layers
        self._lock = parts.lock
        self.vae_scale = 2 ** (len(self.vae.config.block_out_channels) - 1)
        if self.controlnet is not None:
            cn_scale = 2 ** (len(self.controlnet.config.conditioning_embedding_out_channels) - 1)
            if cn_scale != self.vae_scale:
                raise DirectorError(f"diffusers renderer: controlnet_openpose '{profile.controlnet_openpose}' "
                                    f"downsamples its control image {cn_scale}x but the base's VAE {self.vae_scale}x:"
                                    f" it was made for another base model")
        self.size_multiple = self.vae_scale * 2 ** (len(self.unet.down_blocks) - 1)
        self._largest_estimate = 0
        self._text_cache: dict[tuple[int, ...], torch.Tensor] = {}

    # ----------------------------------------------------------------------------------------------------------
    @property
    def device(self) -> str:
        return str(self._device)

    @property
    def supports_keypoints(self) -> bool:
        return self.controlnet is not None

    def _modules(self):
        return [m for m in (self.text_encoder, self.vae, self.unet, self.controlnet, self.sparsectrl) if m is not None]

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

    def _encode_frames(self, frames: list[np.ndarray]) -> torch.Tensor:
        """uint8 frames -> latents (N, 4, h, w), deterministic (the posterior's mode)."""
        x = torch.from_numpy(np.stack(frames)).permute(0, 3, 1, 2).to(self._device, self.dtype) / 127.5 - 1
        chunk = self.profile.vae_batch if self.profile.vae_slicing else len(frames)
        with torch.no_grad(), self._on_device(self.vae):
            lat = [self.vae.encode(x[i:i + chunk]).latent_dist.mode() for i in range(0, len(frames), chunk)]
        return torch.cat(lat) * self.vae.config.scaling_factor

    def _decode(self, latents: torch.Tensor) -> np.ndarray:
        """latents (N, 4, h, w) -> uint8 (N, H, W, 3), a few frames at a time when VAE slicing is on."""
        chunk = self.profile.vae_batch if self.profile.vae_slicing else latents.shape[0]
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

    # ---------------------------------------------------------------------------------------- estimate --------
    def _announce(self, job: GenerationJob, width: int, height: int) -> None:
        """Print a memory estimate before a job larger than any before it (the first job always)."""
        est = estimate_bytes(self._modules(), rows=len(job.clips) * job.frames, width=width, height=height,
                             dtype=self.dtype, cfg=self.profile.guidance_scale > 1,
                             guided=job.box_guidance and self.profile.box_guidance.enabled,
                             vae_batch=self.profile.vae_batch if self.profile.vae_slicing else None,
                             offload=self.profile.cpu_offload)
        if est["total"] > self._largest_estimate:
            self._largest_estimate = est["total"]
            print(f"director: diffusers {self.name} on {self._device} {str(self.dtype).replace('torch.', '')}: "
                  f"{len(job.clips)}x{job.frames} frames at {width}x{height}: {format_estimate(est)}",
                  file=sys.stderr)

    # ------------------------------------------------------------------------------------------- sample -------
    def generate(self, job: GenerationJob) -> GenerationResult:
        """One batch through the loop. Calls are serialized per loaded model: the executor's threads share it,
        the attention recorder is per model, and one device runs one denoising batch well, not two at once."""
        with self._lock:
            return self._generate(job)

    def _generate(self, job: GenerationJob) -> GenerationResult:
        if not job.clips or job.frames == 0:
            return GenerationResult(np.zeros((len(job.clips), 0, job.height, job.width, 3), np.uint8),
                                    GenerationReport())
        report = GenerationReport()
        clock = _Clock(report, self._device)
        started = time.perf_counter()
        prof = self.profile
        m = self.size_multiple
        width, height = -(-job.width // m) * m, -(-job.height // m) * m     # render size: round up, resize after
        h, w = height // self.vae_scale, width // self.vae_scale
        clips, frames = len(job.clips), job.frames
        rows = clips * frames
        self._announce(job, width, height)

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
            keys = sorted(job.known)
            with clock("vae"):
                lat = self._encode_frames([self._to_render_size(job.known[k], width, height) for k in keys])
            for (c, f), z in zip(keys, lat):
                known_latents[c, :, f] = z
                known_mask[c, :, f] = 1
        pose = self._pose_control(job, width, height)
        sparse = self._sparse_control(known_latents, known_mask) if job.known else None

        scheduler = self.scheduler_cls.from_config(self.scheduler_config)
        scheduler.set_timesteps(job.steps or prof.steps, device=self._device)
        noise = initial_noise(job, self.unet.config.in_channels, h, w).to(self._device, self.dtype)
        latents = noise * scheduler.init_noise_sigma
        alphas = scheduler.alphas_cumprod.to(self._device)

        embeddings = torch.cat([uncond_emb, cond_emb]) if cfg else cond_emb
        batch = 2 if cfg else 1
        report.batch_rows = rows * batch
        with self._on_device(*[m_ for m_ in (self.unet, self.controlnet, self.sparsectrl) if m_ is not None]):
            for i, t in enumerate(scheduler.timesteps):
                if job.known:   # RePaint in time: known frames carry their own latents, noised to this step
                    noised = scheduler.add_noise(known_latents, noise, t.reshape(1))
                    latents = torch.where(known_mask.bool(), noised, latents)
                if guide and i < prof.box_guidance.steps:
                    with clock("guidance"):
                        latents = self._guide(latents, t, scheduler, alphas, cond_emb, targets, (h, w), report)
                measure = i < job.measure_attention_steps and any(targets)
                with clock("denoiser"):
                    model_in = scheduler.scale_model_input(torch.cat([latents] * batch), t)
                    residuals = self._control_residuals(model_in, t, embeddings, pose, sparse, batch)
                    if measure:
                        self.store.start()
                    with torch.no_grad():
                        eps = self.unet(model_in, t, encoder_hidden_states=embeddings, return_dict=False,
                                        **residuals)[0]
                    report.denoiser_calls += 1
                if measure:
                    maps = self.store.stop()
                    report.attention_share.append(
                        attention_share(maps, targets, (h, w), row_offset=rows if cfg else 0))
                if cfg:
                    eps_u, eps_c = eps.chunk(2)
                    eps = eps_u + prof.guidance_scale * (eps_c - eps_u)
                latents = scheduler.step(eps, t, latents).prev_sample
            if job.known:   # the known frames end exactly on their own latents
                latents = torch.where(known_mask.bool(), known_latents, latents)

        with clock("vae"):
            flat = latents.permute(0, 2, 1, 3, 4).reshape(rows, -1, h, w)
            pixels = self._decode(flat).reshape(clips, frames, height, width, 3)
        if (height, width) != (job.height, job.width):
            pixels = np.stack([[self._to_render_size(fr, job.width, job.height) for fr in clip] for clip in pixels])
        for (c, f), frame in job.known.items():   # bit-exact: the given frames are the result at their indices
            pixels[c, f] = frame
        report.seconds["total"] = time.perf_counter() - started
        return GenerationResult(np.ascontiguousarray(pixels), report)

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

    def _guide(self, latents, t, scheduler, alphas, cond_emb, targets, latent_hw, report) -> torch.Tensor:
        """LVD: step the latent down the box energy of the conditional pass's cross-attention.

        The guidance pass runs the motion UNet alone on the conditional rows: ControlNet residuals are left
        out of it (they would double its cost for a small change in where text attends), not out of denoising.
        """
        g = self.profile.box_guidance
        step_size = g.strength * math.sqrt(1 - float(alphas[int(t)]))
        for _ in range(max(1, g.iterations)):
            z = latents.detach().requires_grad_(True)
            self.store.start()
            try:
                with torch.enable_grad():
                    self.unet(scheduler.scale_model_input(z, t), t, encoder_hidden_states=cond_emb, return_dict=False)
                    energy = box_energy(self.store.maps, targets, latent_hw, g.topk)
                    grad = torch.autograd.grad(energy, z)[0] if energy.requires_grad else torch.zeros_like(z)
            finally:
                self.store.stop()
            report.denoiser_calls += 1
            report.energy.append(float(energy.detach()))
            latents = (z - step_size * grad).detach()
        return latents
