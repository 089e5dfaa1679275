"""IP-Adapter on the AnimateDiff backend: the cast's reference pictures as image tokens in cross-attention.

Loading is diffusers' own: `IPAdapterMixin.load_ip_adapter` (the pipeline method every AnimateDiff or SD1.5
user calls) reads the adapter's safetensors (`image_proj.*`, `ip_adapter.<n>.to_k_ip/to_v_ip`), loads the CLIP
image encoder from `<subfolder>/image_encoder` (or the one the profile names) and has the motion UNet swap its
spatial cross-attention processors for `IPAdapterAttnProcessor2_0` and grow `encoder_hid_proj`. We hand it a
small host object with what the method reads of a pipeline (`unet`, `image_encoder`, `feature_extractor`,
`dtype`, `device`), since the backend samples with its own loop, not the pipeline. Pictures are encoded by the
pipeline's own `encode_image` (CLIP's preprocessing; CFG's negative is zeros for plain adapters, the encoder's
reading of a black picture for "plus" ones), once per picture for the process (`IPAdapter.cache`).

How several references combine: one image embedding per entity in view, each projected to its own image tokens
(4 for ip-adapter_sd15, 16 for the plus adapters), as diffusers does with several pictures for one adapter. With
`ip_adapter_regions` (the default) each entity's tokens act only inside its box in each frame, through the
processor's `ip_adapter_masks`; so two characters do not blend into one look and the place is left to the text.
Off, every entity's tokens act everywhere (diffusers' plain multi-image behaviour). A job without references
runs the adapter at scale 0, which the processor skips: exactly the frames of a model without the adapter.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from director.drawing import box_masks
from director.errors import DirectorError

from .checkpoints import is_local, load_component, locate
from .conditions import FrameCondition
from .profile import DiffusionProfile

CACHE_SIZE = 256   # encoded pictures kept: a film's cast is far smaller


@dataclass
class IPAdapter:
    """The loaded adapter's image side; its attention weights live in the UNet's processors."""

    host: Any                     # has image_encoder and feature_extractor, as a pipeline would
    hidden_states: bool           # "plus" projections read the encoder's penultimate hidden states
    tokens: int                   # image tokens per picture
    embed_shape: tuple[int, ...]  # one picture's embedding
    cache: "OrderedDict[str, tuple[torch.Tensor, torch.Tensor]]" = field(default_factory=OrderedDict)
    encoded: int = 0              # pictures run through the image encoder (once each per process)

    @property
    def image_encoder(self):
        return self.host.image_encoder


def _host_class():
    from diffusers.loaders import IPAdapterMixin

    class Host(IPAdapterMixin):
        """What `IPAdapterMixin.load_ip_adapter` and the pipeline's `encode_image` read of a pipeline."""

        def __init__(self, unet, image_encoder, dtype, device):
            self.unet, self.image_encoder, self.feature_extractor = unet, image_encoder, None
            self.dtype, self.device = dtype, device

        def register_modules(self, **modules):
            for name, module in modules.items():
                setattr(self, name, module)

    return Host


def load_ip_adapter(profile: DiffusionProfile, unet, device: torch.device, dtype: torch.dtype) -> IPAdapter:
    """Load the profile's IP-Adapter into `unet` (diffusers' code), or one line naming what is wrong."""
    import diffusers
    import transformers

    ref, sub, weight = profile.ip_adapter, profile.ip_adapter_subfolder or "", profile.ip_adapter_weight
    rev = profile.revisions.get
    folder = locate("ip_adapter", ref, rev("ip_adapter"), (sub,) if sub else ())
    local = folder != ref or is_local(ref)
    where = f"ip_adapter '{ref}'"
    if local and not Path(folder, sub, weight).is_file():
        raise DirectorError(f"diffusers renderer: {where} has no {Path(sub, weight).as_posix()}; set "
                            "ip_adapter_subfolder and ip_adapter_weight (h94/IP-Adapter: models, "
                            "ip-adapter_sd15.safetensors)")
    encoder = None
    if profile.image_encoder:
        encoder = load_component(transformers.CLIPVisionModelWithProjection, "image_encoder", profile.image_encoder,
                                 None, rev("image_encoder"), dtype=dtype)
    elif local and not Path(folder, sub, "image_encoder").is_dir():
        raise DirectorError(f"diffusers renderer: {where} has no {Path(sub, 'image_encoder').as_posix()}/ folder; "
                            "set image_encoder to a CLIPVisionModelWithProjection folder or hub id")
    on = torch.device("cpu") if profile.cpu_offload else device
    host = _host_class()(unet, encoder.to(on) if encoder is not None else None, dtype, on)
    try:
        host.load_ip_adapter(folder, subfolder=sub or None, weight_name=weight, image_encoder_folder="image_encoder",
                             local_files_only=local, revision=None if local else rev("ip_adapter"))
    except DirectorError:
        raise
    except Exception as exc:   # a damaged file, an adapter for another UNet (shape mismatch), a broken encoder
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DirectorError(f"diffusers renderer: cannot load {where} ({Path(sub, weight).as_posix()}): {first}; "
                            "it must be an SD1.5 IP-Adapter with its CLIP image encoder") from exc
    host.image_encoder.requires_grad_(False).eval()
    projection = unet.encoder_hid_proj.image_projection_layers[0]
    plain = isinstance(projection, diffusers.models.embeddings.ImageProjection)
    cfg = host.image_encoder.config
    if plain:
        wanted, got = projection.image_embeds.in_features, cfg.projection_dim
        shape: tuple[int, ...] = (cfg.projection_dim,)
    else:
        wanted, got = None, cfg.hidden_size
        shape = ((cfg.image_size // cfg.patch_size) ** 2 + 1, cfg.hidden_size)
    if wanted is not None and wanted != got:
        raise DirectorError(f"diffusers renderer: {where} takes image embeddings of {wanted} values but its image "
                            f"encoder gives {got}; set image_encoder to the encoder it was trained with")
    tokens = next(p.num_tokens[0] for p in unet.attn_processors.values() if hasattr(p, "to_k_ip"))
    return IPAdapter(host, hidden_states=not plain, tokens=tokens, embed_shape=shape)


def ip_processors(unet) -> list:
    """The UNet's IP-Adapter attention processors (also those a box-guidance recorder wraps)."""
    out = []
    for proc in unet.attn_processors.values():
        proc = getattr(proc, "ip", None) or proc
        if hasattr(proc, "to_k_ip"):
            out.append(proc)
    return out


def set_scale(unet, scale: float) -> None:
    """`set_ip_adapter_scale` for our one adapter; 0 makes the processors skip the image tokens entirely."""
    for proc in ip_processors(unet):
        proc.scale = [float(scale)]


def picture_key(picture: np.ndarray) -> str:
    return hashlib.sha1(repr(picture.shape).encode() + np.ascontiguousarray(picture).tobytes()).hexdigest()


def encode_pictures(adapter: IPAdapter, pictures: list[np.ndarray], device: torch.device
                    ) -> tuple[torch.Tensor, torch.Tensor]:
    """(embeddings, CFG's negative embeddings), each (pictures, *embed_shape), by the pipeline's own
    `encode_image`; a picture seen before (by content) is not encoded again."""
    from diffusers import AnimateDiffPipeline
    from PIL import Image

    pos, neg = [], []
    for picture in pictures:
        key = picture_key(picture)
        if key not in adapter.cache:
            with torch.no_grad():
                emb, uncond = AnimateDiffPipeline.encode_image(adapter.host, [Image.fromarray(picture)], device, 1,
                                                               adapter.hidden_states)
            adapter.encoded += 1
            adapter.cache[key] = (emb[0], uncond[0])
            while len(adapter.cache) > CACHE_SIZE:
                adapter.cache.popitem(last=False)
        adapter.cache.move_to_end(key)
        emb, uncond = adapter.cache[key]
        pos.append(emb)
        neg.append(uncond)
    return torch.stack(pos), torch.stack(neg)


def reference_entity(cond: FrameCondition) -> str | None:
    """The entity a reference picture shows (its condition's first entity-tagged piece)."""
    return next((p.entity for p in cond.pieces if p.entity), None)


def region_masks(rows: list[FrameCondition], entities: list[str | None], h: int, w: int) -> torch.Tensor:
    """(rows, references, h, w): 1 inside each referenced entity's box in each frame, 0 elsewhere (and in frames
    where it is not), at latent resolution; the processor resizes them to each attention layer's."""
    out = np.zeros((len(rows), len(entities), h, w), np.float32)
    for r, cond in enumerate(rows):
        boxes = {obj.entity: obj for obj in cond.objects}
        present = [(i, boxes[e]) for i, e in enumerate(entities) if e in boxes]
        if present:
            masks = box_masks([obj for _, obj in present], w, h)
            for (i, _), mask in zip(present, masks):
                out[r, i] = mask
    return torch.from_numpy(out)
