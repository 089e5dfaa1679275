"""Real-size diffusion models with random weights: seconds per denoising step and peak memory, estimate beside it.

Builds, at their published sizes (configs from ../shared/realconfigs when present, else the same published
dimensions written below), random weights, no download:
  - AnimateDiff: the SD1.5 UNet + motion adapter v1-5-3 as one UNetMotionModel, with SD1.5's CLIP text
    encoder and VAE, run through the renderer's own backend (`AnimateDiffBackend`) on a real job: one
    unguided job (CFG) and one with box guidance (a forward + backward pass per guided step);
  - Wan 2.1 1.3B: the T2V transformer and the VACE transformer (reconstructed config: vace_layers 0,2,…,28,
    96 control channels), one forward per step on a latent of the frame size (VAE: 8x spatial, 4x temporal
    + 1; patch 1x2x2), with CFG as a batch of two where the run asks for it.

For each it prints the estimate first — the renderer's memory model: each pass measured on two small probes
(`renderers.diffusion.memory.PassCost`) and extended linearly to the job — then the measured peak of the real
job (CUDA: max_memory_allocated; CPU: peak RSS above the start, `PeakMeter`) and seconds per step.

    .venv/bin/python bench/bench_diffusion_realsize.py                        # CPU, small frame counts
    .venv/bin/python bench/bench_diffusion_realsize.py --device cuda --ad-frames 16 --wan-frames 81
    bench/gpu_check.sh                                                        # the GPU run, under 10 minutes

`--deadline S` skips what would start after S seconds from the start, so a time-boxed run still prints its
table. Weights are random: frames are noise, timings and memory are real.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from director.models import SceneObject  # noqa: E402
from renderers.diffusion.memory import GiB, PassCost, PeakMeter  # noqa: E402

REAL = Path(__file__).resolve().parents[2] / "shared" / "realconfigs"

# The published dimensions, for a machine without ../shared/realconfigs (the rest are diffusers' defaults).
SD15_UNET = {"cross_attention_dim": 768, "attention_head_dim": 8, "block_out_channels": [320, 640, 1280, 1280],
             "layers_per_block": 2, "sample_size": 64}
SD15_VAE = {"block_out_channels": [128, 256, 512, 512], "layers_per_block": 2, "latent_channels": 4,
            "down_block_types": ["DownEncoderBlock2D"] * 4, "up_block_types": ["UpDecoderBlock2D"] * 4,
            "sample_size": 512, "scaling_factor": 0.18215}
SD15_CLIP = {"hidden_size": 768, "intermediate_size": 3072, "num_attention_heads": 12, "num_hidden_layers": 12,
             "max_position_embeddings": 77, "vocab_size": 49408, "hidden_act": "quick_gelu", "projection_dim": 768}
ADAPTER_V153 = {"block_out_channels": [320, 640, 1280, 1280], "motion_layers_per_block": 2,
                "motion_max_seq_length": 32, "motion_mid_block_layers_per_block": 1, "motion_norm_num_groups": 32,
                "motion_num_attention_heads": 8, "use_motion_mid_block": False}
WAN_T2V = {"attention_head_dim": 128, "cross_attn_norm": True, "eps": 1e-6, "ffn_dim": 8960, "freq_dim": 256,
           "in_channels": 16, "num_attention_heads": 12, "num_layers": 30, "out_channels": 16,
           "patch_size": [1, 2, 2], "qk_norm": "rms_norm_across_heads", "rope_max_seq_len": 1024, "text_dim": 4096}
WAN_VACE = {**WAN_T2V, "vace_in_channels": 96, "vace_layers": list(range(0, 30, 2))}


def config(rel: str, fallback: dict) -> dict:
    path = REAL / rel
    if path.is_file():
        return {k: v for k, v in json.loads(path.read_text()).items() if not k.startswith("_")}
    return dict(fallback)


def built(cls, cfg: dict, device, dtype, seed: int):
    """`cls(**cfg)` with random weights, made on the device itself (fast on a GPU), in `dtype`."""
    torch.manual_seed(seed)
    with torch.device(device):
        model = cls(**cfg)
    return model.to(dtype).requires_grad_(False).eval()


def params(model) -> float:
    return sum(p.numel() for p in model.parameters()) / 1e9


class Table:
    def __init__(self, started: float, deadline: float):
        self.rows, self.started, self.deadline = [], started, deadline

    def time_left(self) -> float:
        return self.deadline - (time.monotonic() - self.started)

    def add(self, **row) -> None:
        self.rows.append(row)
        print("  " + json.dumps(row), flush=True)

    def print(self) -> None:
        cols = ["model", "device", "dtype", "job", "s_per_step", "estimate_gib", "measured_gib", "ratio", "note"]
        print()
        print("| " + " | ".join(cols) + " |")
        print("|" + "---|" * len(cols))
        for row in self.rows:
            print("| " + " | ".join(str(row.get(c, "")) for c in cols) + " |")


def _gib(n) -> str:
    return "" if n is None else f"{n / GiB:.2f}"


# ---------------------------------------------------------------------------------------------- AnimateDiff --

def animatediff_backend(device, dtype, budget: str):
    import diffusers
    import transformers

    from renderers.diffusion.animatediff import AnimateDiffBackend, Components, animatediff_schedule
    from renderers.diffusion.box_guidance import AttentionStore, install_recorder
    from renderers.diffusion.profile import DiffusionProfile
    from renderers.diffusion.tiny import tiny_tokenizer

    unet_cfg = config("runwayml__stable-diffusion-v1-5/unet/config.json", SD15_UNET)
    adapter_cfg = config("guoyww__animatediff-motion-adapter-v1-5-3/config.json", ADAPTER_V153)
    with torch.device("meta"):      # the production path's structure, UNetMotionModel.from_unet2d, no memory
        unet2d = diffusers.UNet2DConditionModel.from_config(unet_cfg)
        adapter = diffusers.MotionAdapter.from_config(adapter_cfg)
    torch.manual_seed(0)
    with torch.device(device):
        unet = diffusers.UNetMotionModel.from_unet2d(unet2d, adapter, load_weights=False)
    unet = unet.to(dtype).requires_grad_(False).eval()
    del unet2d, adapter
    vae = built(diffusers.AutoencoderKL, config("runwayml__stable-diffusion-v1-5/vae/config.json", SD15_VAE),
                device, dtype, 1)
    clip_cfg = config("runwayml__stable-diffusion-v1-5/text_encoder/config.json", SD15_CLIP)
    torch.manual_seed(2)
    with torch.device(device):
        text = transformers.CLIPTextModel(transformers.CLIPTextConfig(**clip_cfg))
    text = text.to(dtype).requires_grad_(False).eval()
    tok_dir = REAL / "runwayml__stable-diffusion-v1-5" / "tokenizer"
    tokenizer = (transformers.CLIPTokenizer.from_pretrained(str(tok_dir))     # SD1.5's BPE, 77 tokens
                 if (tok_dir / "vocab.json").is_file() else tiny_tokenizer())
    profile = DiffusionProfile(device=str(device), dtype=str(dtype).replace("torch.", ""), memory_budget=budget,
                               controlnet_openpose=None, sparsectrl_rgb=None)
    name, settings = animatediff_schedule("ddim", {}, config(
        "runwayml__stable-diffusion-v1-5/scheduler/scheduler_config.json", {}))
    store = AttentionStore()
    layers = install_recorder(unet, store, "auto")
    from renderers.diffusion.animatediff import share_timestep_rows

    share_timestep_rows(unet)
    parts = Components(tokenizer, text, vae, unet, getattr(diffusers, name), settings, None, None, store, layers)
    backend = AnimateDiffBackend(profile, components=parts)
    return backend, params(unet), params(vae) + params(text)


def animatediff_rows(table: Table, device, dtype, size: tuple[int, int], frames: int, guided_frames: int,
                     steps: int, budget: str) -> None:
    from renderers.diffusion.backend import GenerationJob
    from renderers.diffusion.conditions import FrameCondition, PromptPiece

    width, height = size
    t0 = time.monotonic()
    backend, unet_b, rest_b = animatediff_backend(device, dtype, budget)
    print(f"AnimateDiff built in {time.monotonic() - t0:.0f} s: motion UNet {unet_b:.2f} B parameters, "
          f"VAE + CLIP {rest_b:.2f} B, weights {backend.weights_bytes / GiB:.2f} GiB", flush=True)
    box = SceneObject(entity="mara", box=(0.2, 0.1, 0.6, 0.95))
    cond = FrameCondition(t=0.0, pieces=[PromptPiece("Mara", "mara"), PromptPiece("walks along the pier at dusk")],
                          objects=[box])
    jobs = [("denoise", frames, False, steps), ("guided", guided_frames, True, 1)]
    for label, n, guided, job_steps in jobs:
        if n <= 0:
            continue
        if table.time_left() < 30:
            table.add(model="AnimateDiff SD1.5+v1-5-3", job=f"{label} {width}x{height}x{n}", note="skipped: time")
            continue
        job = GenerationJob(clips=[[cond] * n], width=width, height=height, clip_seeds=[1], steps=job_steps,
                            box_guidance=guided, entity_seeds={"mara": 7})
        started = time.monotonic()
        estimate = backend.estimate(job.shape)        # the probes run here
        probe_s = time.monotonic() - started
        print(f"  estimate for {label} {width}x{height}x{n}: {estimate} (probes {probe_s:.0f} s)", flush=True)
        if estimate.total > backend.budget().bytes:
            table.add(model="AnimateDiff SD1.5+v1-5-3", device=str(device), dtype=str(dtype)[6:],
                      job=f"{label} {width}x{height}x{n}", estimate_gib=_gib(estimate.total),
                      note=f"not run: over the budget {backend.budget()}")
            continue
        result = backend.generate(job)
        rep = result.report
        per_step = rep.seconds.get("denoiser", 0.0) / max(1, job_steps)
        note = f"CFG {2 * n} rows/call"
        if guided:
            per_step = rep.seconds.get("guidance", 0.0) + rep.seconds.get("denoiser", 0.0)
            note = f"1 guided step: guidance {rep.seconds.get('guidance', 0):.1f} s + denoiser " \
                   f"{rep.seconds.get('denoiser', 0):.1f} s"
        ratio = rep.peak_bytes / estimate.total if rep.peak_bytes else None
        table.add(model="AnimateDiff SD1.5+v1-5-3", device=str(device), dtype=str(dtype)[6:],
                  job=f"{label} {width}x{height}x{n}", s_per_step=f"{per_step:.2f}",
                  estimate_gib=_gib(estimate.total), measured_gib=_gib(rep.peak_bytes),
                  ratio="" if ratio is None else f"{ratio:.2f}", note=note + f"; peak pass {estimate.pass_name}")
    del backend
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()


# ------------------------------------------------------------------------------------------------------ Wan --

def wan_rows(table: Table, device, dtype, size: tuple[int, int], frames: int, steps: int, cfg: bool,
             which: list[str]) -> None:
    import diffusers

    height, width = size[1], size[0]
    latent_frames = (frames - 1) // 4 + 1
    lh, lw = height // 8, width // 8
    batch = 2 if cfg else 1
    for kind in which:
        if table.time_left() < 60:
            table.add(model=f"Wan2.1 1.3B {kind}", job=f"{width}x{height}x{frames}", note="skipped: time")
            continue
        t0 = time.monotonic()
        if kind == "vace":
            cls, cfg_ = diffusers.WanVACETransformer3DModel, config(
                "reconstructed/Wan-AI__Wan2.1-VACE-1.3B-diffusers/transformer/config.json", WAN_VACE)
        else:
            cls, cfg_ = diffusers.WanTransformer3DModel, config(
                "Wan-AI__Wan2.1-T2V-1.3B-Diffusers/transformer/config.json", WAN_T2V)
        model = built(cls, cfg_, device, dtype, 3)
        weights = sum(p.numel() * p.element_size() for p in model.parameters())
        print(f"Wan {kind} built in {time.monotonic() - t0:.0f} s: {params(model):.2f} B parameters, "
              f"{weights / GiB:.2f} GiB", flush=True)
        text = torch.zeros(batch, 512, cfg_["text_dim"], device=device, dtype=dtype)
        vace_channels = cfg_.get("vace_in_channels", 0)

        def forward(lf: int, rows: int):
            x = torch.randn(batch, cfg_["in_channels"], lf, rows, lw, device=device, dtype=dtype)
            t = torch.full((batch,), 500, device=device, dtype=torch.long)
            extra = {}
            if vace_channels:
                extra["control_hidden_states"] = torch.randn(batch, vace_channels, lf, rows, lw, device=device,
                                                             dtype=dtype)
            with torch.no_grad():
                return model(x, t, text, return_dict=False, **extra)[0]

        def measured(lf: int, rows: int = lh) -> tuple[int | None, float]:
            start = time.perf_counter()
            with PeakMeter(device) as meter:
                forward(lf, rows)
                if device.type == "cuda":
                    torch.cuda.synchronize(device)
            return meter.peak, time.perf_counter() - start

        def tokens(lf: int, rows: int = lh) -> int:
            return lf * (rows // 2) * (lw // 2)

        # The estimate: the renderer's probe-and-extend rule (PassCost), rows = tokens. Probes: 1 and 2 latent
        # frames, or on a CPU job of at most 2, half a latent frame's rows and one whole (a forward is minutes).
        probes = [(1, lh), (2, lh)] if latent_frames > 2 else [(1, max(4, lh // 4 * 2)), (1, lh)]
        samples = []
        for lf, rows in probes:
            peak, _ = measured(lf, rows)
            if peak is not None:
                samples.append((tokens(lf, rows), peak))
        cost = PassCost(per_row=0).fit(samples) if samples else None
        estimate = weights + cost(tokens(latent_frames)) if cost else None
        print(f"  estimate for {latent_frames} latent frames ({tokens(latent_frames)} tokens): "
              f"{_gib(estimate) if estimate else 'n/a'} GiB (probes at {[t for t, _ in samples]} tokens)",
              flush=True)
        if table.time_left() < 30:
            table.add(model=f"Wan2.1 1.3B {kind}", job=f"{width}x{height}x{frames}", note="skipped: time")
        else:
            times, peak = [], None
            for _ in range(steps):
                p, s = measured(latent_frames)
                times.append(s)
                peak = max(peak or 0, p) if p is not None else peak
            total = None if peak is None else weights + peak
            ratio = total / estimate if total and estimate else None
            table.add(model=f"Wan2.1 1.3B {kind}", device=str(device), dtype=str(dtype)[6:],
                      job=f"{width}x{height}x{frames}", s_per_step=f"{min(times):.2f}",
                      estimate_gib=_gib(estimate), measured_gib=_gib(total),
                      ratio="" if ratio is None else f"{ratio:.2f}",
                      note=f"{'CFG batch 2, ' if cfg else ''}{tokens(latent_frames)} tokens/row")
        model = None      # free it before the next one is built
        gc.collect()
        if device.type == "cuda":
            torch.cuda.empty_cache()


def _size(text: str) -> tuple[int, int]:
    w, _, h = text.lower().partition("x")
    return int(w), int(h)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default=None, help="AnimateDiff dtype (default float32 on CPU, float16 on CUDA)")
    ap.add_argument("--wan-dtype", default=None, help="Wan dtype (default float32 on CPU, bfloat16 on CUDA)")
    ap.add_argument("--only", choices=["animatediff", "wan", "all"], default="all")
    ap.add_argument("--ad-size", default="512x512")
    ap.add_argument("--ad-frames", type=int, default=None, help="frames of the unguided job (CPU 8, CUDA 16; 0 skips it)")
    ap.add_argument("--ad-guided-frames", type=int, default=None, help="frames of the guided job (CPU 2, CUDA 16)")
    ap.add_argument("--wan-size", default="832x480", help="WIDTHxHEIGHT")
    ap.add_argument("--wan-frames", type=int, default=None, help="video frames, 4k+1 (CPU 5, CUDA 81)")
    ap.add_argument("--wan", default="t2v,vace", help="which Wan transformers: t2v, vace")
    ap.add_argument("--wan-cfg", action="store_true", help="CFG as a batch of two (default on CUDA)")
    ap.add_argument("--steps", type=int, default=None, help="steps per job (CPU 1, CUDA 2)")
    ap.add_argument("--memory-budget", default="auto", help="the renderer's memory_budget for AnimateDiff")
    ap.add_argument("--deadline", type=float, default=float("inf"), help="start nothing after this many seconds")
    args = ap.parse_args()

    device = torch.device(args.device)
    if device.type == "cuda":
        if not torch.cuda.is_available():
            print("bench: --device cuda but torch sees no CUDA GPU", file=sys.stderr)
            return 2
        device = torch.device("cuda", device.index or 0)
        torch.backends.cuda.matmul.allow_tf32 = True
    gpu = device.type == "cuda"
    ad_dtype = getattr(torch, args.dtype or ("float16" if gpu else "float32"))
    wan_dtype = getattr(torch, args.wan_dtype or ("bfloat16" if gpu else "float32"))
    steps = args.steps or (2 if gpu else 1)
    table = Table(time.monotonic(), args.deadline)

    def stopped(signum, frame):          # `timeout` ran out: the rows measured so far still make a table
        table.add(note=f"stopped by signal {signum}")
        table.print()
        sys.stdout.flush()
        os._exit(124)

    signal.signal(signal.SIGTERM, stopped)
    where = torch.cuda.get_device_name(device) if gpu else f"CPU, {os.cpu_count()} cores, torch threads " \
                                                            f"{torch.get_num_threads()}"
    print(f"real-size diffusion bench on {where}; configs from {REAL if REAL.is_dir() else 'built-in dimensions'}",
          flush=True)
    if args.only in ("animatediff", "all"):
        ad_frames = (16 if gpu else 8) if args.ad_frames is None else args.ad_frames
        animatediff_rows(table, device, ad_dtype, _size(args.ad_size), ad_frames,
                         args.ad_guided_frames if args.ad_guided_frames is not None else (16 if gpu else 2),
                         steps, args.memory_budget)
    if args.only in ("wan", "all"):
        wan_rows(table, device, wan_dtype, _size(args.wan_size), args.wan_frames or (81 if gpu else 5), steps,
                 args.wan_cfg or gpu, [w.strip() for w in args.wan.split(",") if w.strip()])
    table.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
