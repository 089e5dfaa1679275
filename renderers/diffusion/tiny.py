"""A tiny random AnimateDiff stack written with `save_pretrained`, so tests and demos run the real loading code.

The folder has the layout of a real Stable Diffusion 1.5 checkpoint (`unet/`, `vae/`, `text_encoder/`,
`tokenizer/`, `scheduler/`) plus `motion_adapter/`, optionally `controlnet_openpose/` and `sparsectrl_rgb/`,
optionally `ip_adapter/` laid out as h94/IP-Adapter is (`models/ip-adapter_sd15.safetensors`,
`models/image_encoder/`), and a `director.toml` profile pointing at them. The renderer cannot tell it from a
real checkpoint except by its size: the same `from_pretrained` calls load it. Weights are random (seeded), so frames are noise-like.
"""
from __future__ import annotations

import string
from pathlib import Path

from director.errors import require

PROFILE = """\
# Written by `director tiny-model`: a tiny random AnimateDiff stack for tests and CPU demos.
backend = "animatediff"
base = "."
motion_adapter = "motion_adapter"
{controlnet}{sparsectrl}{ip_adapter}scheduler = "ddim"
steps = 4
guidance_scale = 3.0
max_frames = 16

[box_guidance]
strength = 1000.0
steps = 2
layers = "auto"
"""

# Channel widths: three UNet levels so there is a "mid" resolution for box guidance; the VAE halves three times,
# like SD1.5's (latents are 1/8 of the frame), so memory and attention scale with frame size as a real one's.
UNET_CHANNELS = (16, 16, 32)
VAE_CHANNELS = (8, 16, 16, 16)
TEXT_DIM = 32
CROSS_ATTENTION_SHARPNESS = 6.0


def tiny_tokenizer():
    """A character-level CLIP tokenizer: no merges, so every word splits into letters that are all in vocab."""
    transformers = require("transformers", "diffusion", "the tiny model")
    symbols = string.ascii_lowercase + string.digits + ".,:;!?'-()&/"
    tokens = ["<|startoftext|>", "<|endoftext|>"] + list(symbols) + [c + "</w>" for c in symbols]
    vocab = {tok: i for i, tok in enumerate(tokens)}
    return transformers.CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77, pad_token="<|endoftext|>")


def sharpen_cross_attention(unet, factor: float) -> None:
    """Scale the text cross-attention's query and key weights so their logits grow by `factor` squared.

    A trained model's cross-attention is peaked: a word attends to where its object is. A random init attends
    almost uniformly, which leaves box guidance nothing to move. Sharpening gives the tiny model
    attention maps that depend on the latent, like a real one's, without training.
    """
    import torch

    with torch.no_grad():
        for name, module in unet.named_modules():
            if name.endswith("attn2") and getattr(module, "is_cross_attention", False):
                module.to_q.weight.mul_(factor)
                module.to_k.weight.mul_(factor)


def wake_zero_convolutions(controlnet, std: float = 0.05) -> None:
    """Give a ControlNet's zero-initialised output convolutions small random weights.

    A fresh ControlNet adds exactly nothing (that is the point of zero convolutions before training); a trained
    one does not. Random small weights make the tiny one influence the UNet, so tests can see it is wired in.
    """
    import torch

    with torch.no_grad():
        for name, param in controlnet.named_parameters():
            if name.startswith(("controlnet_down_blocks", "controlnet_mid_block", "controlnet_cond_embedding.conv_out")):
                param.normal_(0.0, std)


def build_tiny_components(seed: int = 0, controlnet: bool = True, sparsectrl: bool = True) -> dict:
    """The modules of a tiny AnimateDiff stack, randomly initialised from `seed`."""
    torch = require("torch", "diffusion", "the tiny model")
    diffusers = require("diffusers", "diffusion", "the tiny model")
    transformers = require("transformers", "diffusion", "the tiny model")

    torch.manual_seed(seed)
    tokenizer = tiny_tokenizer()
    text_encoder = transformers.CLIPTextModel(transformers.CLIPTextConfig(
        vocab_size=len(tokenizer), hidden_size=TEXT_DIM, intermediate_size=37, num_attention_heads=4,
        num_hidden_layers=2, max_position_embeddings=77, bos_token_id=0, eos_token_id=1, pad_token_id=1,
    ))
    unet = diffusers.UNet2DConditionModel(
        block_out_channels=UNET_CHANNELS, layers_per_block=1, sample_size=16, in_channels=4, out_channels=4,
        down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=TEXT_DIM, attention_head_dim=8, norm_num_groups=4,
    )
    sharpen_cross_attention(unet, CROSS_ATTENTION_SHARPNESS)
    adapter = diffusers.MotionAdapter(
        block_out_channels=UNET_CHANNELS, motion_layers_per_block=1, motion_norm_num_groups=4,
        motion_num_attention_heads=2, motion_max_seq_length=32, use_motion_mid_block=False,
    )
    vae = diffusers.AutoencoderKL(
        block_out_channels=VAE_CHANNELS, in_channels=3, out_channels=3, latent_channels=4, norm_num_groups=4,
        down_block_types=("DownEncoderBlock2D",) * len(VAE_CHANNELS),
        up_block_types=("UpDecoderBlock2D",) * len(VAE_CHANNELS),
        sample_size=64,
    )
    scheduler = diffusers.DDIMScheduler(
        beta_start=0.00085, beta_end=0.012, beta_schedule="linear", clip_sample=False,
        timestep_spacing="linspace", steps_offset=1,
    )
    parts = dict(tokenizer=tokenizer, text_encoder=text_encoder, unet=unet, motion_adapter=adapter, vae=vae,
                 scheduler=scheduler)
    if controlnet:
        parts["controlnet_openpose"] = diffusers.ControlNetModel.from_unet(
            unet, conditioning_embedding_out_channels=(8, 16, 16, 16))   # /8: the VAE's scale
        wake_zero_convolutions(parts["controlnet_openpose"])
    if sparsectrl:
        # SparseCtrl-RGB's layout: motion down blocks, the RGB frames enter VAE-encoded (4 channels + mask).
        parts["sparsectrl_rgb"] = diffusers.SparseControlNetModel(
            block_out_channels=UNET_CHANNELS, layers_per_block=1, norm_num_groups=4,
            down_block_types=("CrossAttnDownBlockMotion", "CrossAttnDownBlockMotion", "DownBlockMotion"),
            cross_attention_dim=TEXT_DIM, attention_head_dim=8, conditioning_channels=4,
            conditioning_embedding_out_channels=(8, 16), motion_num_attention_heads=2,
            use_simplified_condition_embedding=True, concat_conditioning_mask=True,
        )
        wake_zero_convolutions(parts["sparsectrl_rgb"])
    return parts


IP_ADAPTER_PROFILE = ('ip_adapter = "ip_adapter"\nip_adapter_subfolder = "models"\n'
                      'ip_adapter_weight = "ip-adapter_sd15.safetensors"\nip_adapter_scale = 0.6\n')
IMAGE_DIM = 16   # the tiny image encoder's projection (ViT-H's is 1024)


def tiny_ip_adapter(unet, seed: int = 0) -> tuple[dict, object]:
    """A random IP-Adapter for `unet` in the published safetensors layout, and its tiny CLIP image encoder.

    The keys are what h94/IP-Adapter's ip-adapter_sd15.safetensors holds: `image_proj.proj.*` and
    `image_proj.norm.*` (4 image tokens), and `ip_adapter.<n>.to_k_ip.weight` / `to_v_ip.weight` for the n-th
    attention processor of the SD1.5 UNet when self- and cross-attention are counted alike (cross-attention is
    every odd n: 1, 3, 5, …), which is how diffusers' loader finds each layer's weights."""
    torch = require("torch", "diffusion", "the tiny model")
    transformers = require("transformers", "diffusion", "the tiny model")
    torch.manual_seed(seed + 1)
    encoder = transformers.CLIPVisionModelWithProjection(transformers.CLIPVisionConfig(
        hidden_size=32, intermediate_size=37, projection_dim=IMAGE_DIM, num_hidden_layers=2, num_attention_heads=4,
        image_size=32, patch_size=8,
    ))
    cross = unet.config.cross_attention_dim
    proj = torch.nn.Linear(IMAGE_DIM, 4 * cross)
    weights = {"image_proj.proj.weight": proj.weight.data, "image_proj.proj.bias": proj.bias.data,
               "image_proj.norm.weight": torch.ones(cross), "image_proj.norm.bias": torch.zeros(cross)}
    key_id = 1
    for name in unet.attn_processors:
        if name.endswith("attn1.processor"):
            continue
        hidden = unet.get_submodule(name[: -len(".processor")]).to_q.in_features
        for which in ("to_k_ip", "to_v_ip"):
            weights[f"ip_adapter.{key_id}.{which}.weight"] = torch.nn.Linear(cross, hidden, bias=False).weight.data
        key_id += 2
    return {k: v.contiguous() for k, v in weights.items()}, encoder


def write_tiny_model(folder: str | Path, seed: int = 0, controlnet: bool = True, sparsectrl: bool = True,
                     ip_adapter: bool = False) -> Path:
    """Write the tiny stack and its `director.toml` to `folder`; return the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    parts = build_tiny_components(seed, controlnet=controlnet, sparsectrl=sparsectrl)
    if ip_adapter:
        from safetensors.torch import save_file

        weights, encoder = tiny_ip_adapter(parts["unet"], seed)
        (folder / "ip_adapter" / "models").mkdir(parents=True, exist_ok=True)
        save_file(weights, str(folder / "ip_adapter" / "models" / "ip-adapter_sd15.safetensors"))
        parts["ip_adapter/models/image_encoder"] = encoder
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()   # a shard bar for a 1 MB model is noise
    try:
        for name, part in parts.items():
            part.save_pretrained(folder / name)
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()
    (folder / "director.toml").write_text(PROFILE.format(
        controlnet='controlnet_openpose = "controlnet_openpose"\n' if controlnet else "",
        sparsectrl='sparsectrl_rgb = "sparsectrl_rgb"\n' if sparsectrl else "",
        ip_adapter=IP_ADAPTER_PROFILE if ip_adapter else "",
    ))
    return folder
