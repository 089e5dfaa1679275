"""Wan's text cross-attention, made to read one prompt per latent frame and to show where each word looks.

Wan conditions a whole video on one prompt: every video token attends to the same text tokens. A shot's
keyframes each have their own prompt, so this processor, installed on the `attn2` of every transformer and
VACE block, splits the video tokens by latent frame (they are laid out frame by frame: (f, h, w) flattened)
and lets frame f attend only to the f-th block of `text_length` text tokens, when the text holds one block per
frame. With one block it is the stock processor. Cost: the same attention; the text projections run once per
frame block instead of once.

For box guidance (LVD, as the AnimateDiff backend does on its UNet) the processors of the guided blocks also
keep their attention probabilities, averaged over heads, while an `AttentionStore` records: (frames of the
batch, pixels, text tokens), exactly the rows `box_guidance.box_energy` reads. A guidance pass needs nothing
after the last guided block, so it stops there (`EnoughAttention`) instead of running the rest of the model.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from diffusers.models.transformers.transformer_wan import WanAttnProcessor

from director.errors import DirectorError


class EnoughAttention(Exception):
    """Raised after the last guided block has recorded: a guidance pass needs nothing after it."""


@dataclass
class FrameTextStore:
    """Shared by the processors of one transformer: how the current call is laid out, and what they recorded."""

    text_length: int                # text tokens per prompt block
    frames: int = 1                 # latent frames of the current call (reference frames included)
    recording: bool = False
    stop_after: str | None = None   # raise EnoughAttention after this layer has recorded
    maps: list[torch.Tensor] = field(default_factory=list)

    def start(self, stop_after: str | None = None) -> None:
        self.maps, self.recording, self.stop_after = [], True, stop_after

    def stop(self) -> list[torch.Tensor]:
        maps, self.maps, self.recording, self.stop_after = self.maps, [], False, None
        return maps


class FrameTextAttention:
    """Cross-attention with one prompt per latent frame; records probabilities on guided layers."""

    def __init__(self, store: FrameTextStore, name: str, guided: bool):
        self.store, self.name, self.guided = store, name, guided
        self.stock = WanAttnProcessor()

    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None, rotary_emb=None,
                 **kwargs):
        store = self.store
        frames = store.frames
        text = encoder_hidden_states.shape[1] if encoder_hidden_states is not None else 0
        per_frame = frames > 1 and text == frames * store.text_length
        record = store.recording and self.guided
        if not (per_frame or record) or encoder_hidden_states is None:
            return self.stock(attn, hidden_states, encoder_hidden_states, attention_mask, rotary_emb, **kwargs)
        if attn.add_k_proj is not None:
            raise DirectorError("wan-vace: image-conditioned (I2V) cross-attention is not supported by the "
                                "per-frame prompts; use a VACE (text-to-video) checkpoint")
        batch, tokens, _ = hidden_states.shape
        heads = attn.heads
        query = attn.norm_q(attn.to_q(hidden_states))
        key = attn.norm_k(attn.to_k(encoder_hidden_states))
        value = attn.to_v(encoder_hidden_states)
        pixels = tokens // frames
        dim = query.shape[-1] // heads
        query = query.view(batch * frames, pixels, heads, dim).transpose(1, 2)        # (B·F, heads, hw, d)
        blocks = frames if per_frame else 1
        length = text // blocks

        def by_frame(x):
            x = x.view(batch, blocks, length, heads, dim)
            if blocks == 1:
                x = x.expand(batch, frames, length, heads, dim)
            return x.reshape(batch * frames, length, heads, dim).transpose(1, 2)     # (B·F, heads, S, d)

        key, value = by_frame(key), by_frame(value)
        if record:
            scores = (query.float() @ key.float().transpose(-1, -2)) * dim ** -0.5
            probs = scores.softmax(-1)
            store.maps.append(probs.mean(1))                                         # (B·F, hw, S)
            out = (probs @ value.float()).to(query.dtype)
        else:
            out = F.scaled_dot_product_attention(query, key, value)
        out = out.transpose(1, 2).reshape(batch, tokens, heads * dim).type_as(query)
        out = attn.to_out[1](attn.to_out[0](out))
        if record and store.stop_after == self.name:
            raise EnoughAttention
        return out


def guided_block_names(transformer, layers: str) -> list[str]:
    """`auto`: the blocks a third and a half of the way down (where text meets layout, not yet detail).

    Untuned on a trained model (no GPU here): a starting point, set `box_guidance.layers = "blocks.8,blocks.12"`.
    """
    count = len(transformer.blocks)
    if layers and layers != "auto":
        names = [p.strip() for p in layers.split(",") if p.strip()]
        known = {f"blocks.{i}" for i in range(count)}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise DirectorError(f"wan-vace box guidance: no transformer block {', '.join(unknown)} "
                                f"(the model has blocks.0 … blocks.{count - 1})")
        return names
    return [f"blocks.{i}" for i in sorted({count // 3, count // 2})]


def install(transformer, store: FrameTextStore, layers: str = "auto") -> list[str]:
    """Put a FrameTextAttention on every cross-attention (main and VACE blocks); return the guided blocks."""
    guided = guided_block_names(transformer, layers)
    processors = dict(transformer.attn_processors)
    for name in processors:
        module = name[: -len(".processor")]
        if module.endswith(".attn2"):
            block = module[: -len(".attn2")]
            processors[name] = FrameTextAttention(store, block, guided=block in guided)
    transformer.set_attn_processor(processors)
    return guided
