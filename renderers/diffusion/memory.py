"""A rough memory estimate printed before a long job, so a user sees an out-of-memory coming before it comes.

Weights are counted exactly (parameters x element size). Activations are a calibrated rule of thumb: a UNet
forward keeps about 40 feature maps of its first block's width at latent resolution per frame row (SDPA
attention, no stored scores); box guidance adds a backward pass over the conditional rows (~3x those rows);
the VAE decoder peaks near 5 maps of 128 channels at pixel resolution per decoded frame. Good to a factor of
about 1.5 on SD1.5 + AnimateDiff, which is what a go/no-go decision needs.
"""
from __future__ import annotations

GiB = 1024 ** 3


def estimate_bytes(modules, rows: int, width: int, height: int, dtype, cfg: bool, guided: bool,
                   vae_batch: int | None, offload: bool, vae_scale: int = 8) -> dict[str, int]:
    import torch

    elem = torch.tensor([], dtype=dtype).element_size()
    sizes = [sum(p.numel() for p in m.parameters()) * elem for m in modules]
    weights = max(sizes) if offload else sum(sizes)
    unet = next((m for m in modules if hasattr(m, "down_blocks") and hasattr(m, "up_blocks")), None)
    width0 = unet.config.block_out_channels[0] if unet is not None else 320
    latent_px = (width // vae_scale) * (height // vae_scale)
    per_row = latent_px * width0 * 40 * elem
    unet_act = per_row * rows * (2 if cfg else 1)
    if guided:
        unet_act = max(unet_act, per_row * rows * 3)
    decoded = min(rows, vae_batch or rows)
    vae_act = width * height * 128 * 5 * elem * decoded
    activations = max(unet_act, vae_act)
    return {"weights": weights, "activations": activations, "total": weights + activations}


def format_estimate(est: dict[str, int]) -> str:
    return (f"~{est['total'] / GiB:.1f} GiB of device memory (weights {est['weights'] / GiB:.1f}, "
            f"activations {est['activations'] / GiB:.1f})")
