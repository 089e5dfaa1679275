"""LVD-style box guidance: pull each entity's text tokens' cross-attention into its box, training-free.

A custom attention processor on the spatial cross-attention layers of the mid-resolution down/up blocks records
attention probabilities (averaged over heads) while a `AttentionStore` is recording. From them, per frame and
per entity token, the energy is LVD's: foreground `1 - mean(topk(A * mask))` plus background
`mean(topk(A * (1 - mask)))`. The sampler steps the latent down its gradient, `z <- z - s * sqrt(1 - abar_t) * dE/dz`,
in the first denoising steps, when layout is decided. `attention_share` is the measurement: the share of an
entity token's attention that falls inside its box, read off the same maps.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import torch
from diffusers.models.attention_processor import Attention, AttnProcessor2_0

from director.drawing import box_masks
from director.models import SceneObject


@dataclass
class EntityTarget:
    """One entity in one frame row: the token positions naming it and its box."""

    tokens: list[int]
    obj: SceneObject


@dataclass
class AttentionStore:
    """Attention maps recorded during one UNet call: (rows, pixels, tokens) per guided layer."""

    recording: bool = False
    maps: list[torch.Tensor] = field(default_factory=list)

    def start(self) -> None:
        self.maps, self.recording = [], True

    def stop(self) -> list[torch.Tensor]:
        maps, self.maps, self.recording = self.maps, [], False
        return maps


class CrossAttentionRecorder(torch.nn.Module):
    """Cross-attention that computes probabilities explicitly (and keeps them) only while the store records.

    Otherwise it is the stock scaled-dot-product processor, so an installed recorder costs nothing when idle.
    It keeps an IP-Adapter processor it replaces (`ip`, a submodule with the adapter's weights for this layer):
    when image tokens come ((text, image tokens) as `encoder_hidden_states`) at a scale above 0, the output is
    that processor's and the text attention is recorded beside it; at scale 0 the image tokens add nothing, and
    the layer is exactly the text-only one.
    """

    def __init__(self, store: AttentionStore, replaced=None):
        super().__init__()
        self.store = store
        self.fast = AttnProcessor2_0()
        self.ip = replaced if hasattr(replaced, "to_k_ip") else None

    def __call__(self, attn: Attention, hidden_states, encoder_hidden_states=None, attention_mask=None,
                 temb=None, ip_adapter_masks=None):
        if isinstance(encoder_hidden_states, tuple):
            if self.ip is not None and any(s != 0 for s in self.ip.scale):
                if self.store.recording:
                    self._record(attn, hidden_states, encoder_hidden_states[0], attention_mask)
                return self.ip(attn, hidden_states, encoder_hidden_states, attention_mask, temb,
                               ip_adapter_masks=ip_adapter_masks)
            encoder_hidden_states = encoder_hidden_states[0]
        if not self.store.recording or encoder_hidden_states is None:
            return self.fast(attn, hidden_states, encoder_hidden_states, attention_mask, temb)
        residual = hidden_states
        probs, text = self._record(attn, hidden_states, encoder_hidden_states, attention_mask)
        hidden_states = attn.batch_to_head_dim(torch.bmm(probs, attn.head_to_batch_dim(attn.to_v(text))))
        hidden_states = attn.to_out[1](attn.to_out[0](hidden_states))
        if residual.ndim == 4:
            hidden_states = hidden_states.transpose(-1, -2).reshape(residual.shape)
        if attn.residual_connection:
            hidden_states = hidden_states + residual
        return hidden_states / attn.rescale_output_factor

    def _record(self, attn: Attention, hidden_states, text, attention_mask):
        """Keep the text tokens' attention probabilities of this call (averaged over heads); return them
        (batch·heads, pixels, tokens) with the text as the layer reads it."""
        if hidden_states.ndim == 4:
            b, c, h, w = hidden_states.shape
            hidden_states = hidden_states.view(b, c, h * w).transpose(1, 2)
        batch = hidden_states.shape[0]
        attention_mask = attn.prepare_attention_mask(attention_mask, text.shape[1], batch)
        if attn.group_norm is not None:
            hidden_states = attn.group_norm(hidden_states.transpose(1, 2)).transpose(1, 2)
        query = attn.head_to_batch_dim(attn.to_q(hidden_states))
        if attn.norm_cross:
            text = attn.norm_encoder_hidden_states(text)
        probs = attn.get_attention_scores(query, attn.head_to_batch_dim(attn.to_k(text)), attention_mask)
        self.store.maps.append(probs.view(batch, attn.heads, *probs.shape[1:]).mean(1))
        return probs, text


def guided_layer_prefixes(unet, layers: str) -> list[str]:
    """`auto`: the deepest down block with cross-attention and its mirror up block (LVD's mid resolution)."""
    if layers and layers != "auto":
        return [p.strip() for p in layers.split(",") if p.strip()]
    cross = [i for i, blk in enumerate(unet.down_blocks) if getattr(blk, "has_cross_attention", False)]
    if not cross:
        return []
    i = cross[-1]
    return [f"down_blocks.{i}.attentions", f"up_blocks.{len(unet.up_blocks) - 1 - i}.attentions"]


def install_recorder(unet, store: AttentionStore, layers: str = "auto") -> list[str]:
    """Put a recorder on the spatial cross-attention (`attn2`) of the chosen blocks; return their names."""
    prefixes = guided_layer_prefixes(unet, layers)
    processors = dict(unet.attn_processors)
    chosen = []
    for name in processors:
        module = name[: -len(".processor")]
        if module.endswith("attn2") and any(module.startswith(p + ".") for p in prefixes):
            processors[name] = CrossAttentionRecorder(store, processors[name])
            chosen.append(module)
    if prefixes and not chosen:
        raise ValueError(f"box guidance: no cross-attention layers under {prefixes}")
    unet.set_attn_processor(processors)
    return chosen


class _MaskCache:
    """Box masks at each attention resolution, built once per (resolution, box)."""

    def __init__(self, device, dtype):
        self.device, self.dtype, self.cache = device, dtype, {}

    def __call__(self, obj: SceneObject, h: int, w: int) -> torch.Tensor:
        key = (h, w, tuple(obj.box))
        if key not in self.cache:
            self.cache[key] = torch.from_numpy(box_masks([obj], w, h)[0].reshape(-1)).to(self.device, self.dtype)
        return self.cache[key]


def _resolution(pixels: int, latent_hw: tuple[int, int]) -> tuple[int, int]:
    lh, lw = latent_hw
    scale = round(math.sqrt(lh * lw / pixels))
    return max(1, lh // scale), max(1, lw // scale)


def box_energy(maps: list[torch.Tensor], targets: list[list[EntityTarget]], latent_hw: tuple[int, int],
               topk: float = 0.2, row_offset: int = 0) -> torch.Tensor:
    """Sum over frames of the frame's mean (over layers, entities, tokens) of fg `1-mean(topk(A*m))` + bg
    `mean(topk(A*(1-m)))`. A sum over frames, not a mean: a frame's gradient is the same whatever other frames
    share its batch, so a level split into smaller batches is guided exactly as the whole one."""
    per_row: dict[int, list[torch.Tensor]] = {}
    for amap in maps:
        h, w = _resolution(amap.shape[1], latent_hw)
        masks = _MaskCache(amap.device, amap.dtype)
        for row, frame_targets in enumerate(targets):
            for target in frame_targets:
                toks = [t for t in target.tokens if t < amap.shape[2]]
                if not toks:
                    continue
                a = amap[row + row_offset][:, toks]                      # (pixels, tokens)
                m = masks(target.obj, h, w)[:, None]
                inside = int(m.sum().item())
                k_fg = max(1, int(topk * inside)) if inside else 1
                k_bg = max(1, int(topk * (m.shape[0] - inside)))
                fg = 1 - (a * m).topk(k_fg, dim=0).values.mean(0)
                bg = (a * (1 - m)).topk(k_bg, dim=0).values.mean(0)
                per_row.setdefault(row, []).append((fg + bg).mean())
    if not per_row:
        return torch.zeros((), device=maps[0].device if maps else "cpu")
    return torch.stack([torch.stack(terms).mean() for terms in per_row.values()]).sum()


def attention_share(maps: list[torch.Tensor], targets: list[list[EntityTarget]], latent_hw: tuple[int, int],
                    row_offset: int = 0) -> float:
    """Mean over layers, frames, entities and tokens of (attention inside the box) / (attention anywhere)."""
    shares = []
    with torch.no_grad():
        for amap in maps:
            h, w = _resolution(amap.shape[1], latent_hw)
            masks = _MaskCache(amap.device, torch.float32)
            for row, frame_targets in enumerate(targets):
                for target in frame_targets:
                    toks = [t for t in target.tokens if t < amap.shape[2]]
                    if not toks:
                        continue
                    a = amap[row + row_offset][:, toks].float()
                    m = masks(target.obj, h, w)[:, None]
                    shares.append(((a * m).sum(0) / a.sum(0).clamp_min(1e-12)).mean().item())
    return float(np.mean(shares)) if shares else float("nan")
