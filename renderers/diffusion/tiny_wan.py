"""A tiny random Wan2.1-VACE stack written with `save_pretrained`, loaded by the same code as the real checkpoint.

The folder has the layout of `Wan-AI/Wan2.1-VACE-1.3B-diffusers` (`model_index.json`, `transformer/`, `vae/`,
`text_encoder/`, `tokenizer/`, `scheduler/`) plus a `director.toml`. Each config is the published one with only
its dimensions scaled down (`scale_*`: widths, depths, heads, vocabulary); every other key — patching, norms,
the VACE layer spacing, the VAE's temporal downsampling, the UniPC flow-matching scheduler — is as published, so
the loading code meets what a real folder holds. The tokenizer is built in code (a UMT5-style unigram
vocabulary of single characters: no tokenizer files of the real checkpoint are available offline).
"""
from __future__ import annotations

import json
import string
from pathlib import Path

from director.errors import require

from .profile import WAN_SCHEDULE

PROFILE = """\
# Written by `director tiny-model --family wan-vace`: a tiny random Wan2.1-VACE stack for tests and CPU demos.
backend = "wan-vace"
base = "."
scheduler = "unipc"
steps = 4
guidance_scale = 3.0
max_frames = 17          # the real model takes 81; short clips keep the CPU's 3D convolutions bearable

[box_guidance]
strength = 100.0
steps = 2
layers = "auto"
"""

# The published Wan2.1-VACE-1.3B configs' keys (diffusers' conversion script and the hub folder), not dimensions.
TRANSFORMER = {
    "added_kv_proj_dim": None, "attention_head_dim": 128, "cross_attn_norm": True, "eps": 1e-06, "ffn_dim": 8960,
    "freq_dim": 256, "image_dim": None, "in_channels": 16, "num_attention_heads": 12, "num_layers": 30,
    "out_channels": 16, "patch_size": [1, 2, 2], "pos_embed_seq_len": None, "qk_norm": "rms_norm_across_heads",
    "rope_max_seq_len": 1024, "text_dim": 4096, "vace_in_channels": 96, "vace_layers": list(range(0, 30, 2)),
}
VAE = {
    "attn_scales": [], "base_dim": 96, "dim_mult": [1, 2, 4, 4], "dropout": 0.0, "num_res_blocks": 2,
    "temperal_downsample": [False, True, True], "z_dim": 16,
    "latents_mean": [-0.7571, -0.7089, -0.9113, 0.1075, -0.1745, 0.9653, -0.1517, 1.5508, 0.4134, -0.0715, 0.5517,
                     -0.3632, -0.1922, -0.9497, 0.2503, -0.2921],
    "latents_std": [2.8184, 1.4541, 2.3275, 2.6558, 1.2196, 1.7708, 2.6052, 2.0743, 3.2687, 2.1526, 2.8652, 1.5579,
                    1.6382, 1.1253, 2.8251, 1.916],
}
TEXT_ENCODER = {
    "classifier_dropout": 0.0, "d_ff": 10240, "d_kv": 64, "d_model": 4096, "decoder_start_token_id": 0,
    "dense_act_fn": "gelu_new", "dropout_rate": 0.1, "eos_token_id": 1, "feed_forward_proj": "gated-gelu",
    "initializer_factor": 1.0, "is_encoder_decoder": True, "is_gated_act": True, "layer_norm_epsilon": 1e-06,
    "num_decoder_layers": 24, "num_heads": 64, "num_layers": 24, "pad_token_id": 0,
    "relative_attention_max_distance": 128, "relative_attention_num_buckets": 32, "scalable_attention": True,
    "tie_word_embeddings": False, "vocab_size": 256384,
}
SCHEDULER = WAN_SCHEDULE    # the published scheduler config, as the backend samples it
MODEL_INDEX = {
    "_class_name": "WanVACEPipeline", "scheduler": ["diffusers", "UniPCMultistepScheduler"],
    "text_encoder": ["transformers", "UMT5EncoderModel"], "tokenizer": ["transformers", "T5Tokenizer"],
    "transformer": ["diffusers", "WanVACETransformer3DModel"], "vae": ["diffusers", "AutoencoderKLWan"],
}
TEXT_DIM = 32
CROSS_ATTENTION_SHARPNESS = 3.0


def scale_transformer(config: dict) -> dict:
    """Dimensions down (2 heads of 12, 4 layers, text width 32); the VACE layers keep their spacing."""
    c = {k: v for k, v in config.items() if not k.startswith("_")}
    spacing = c["vace_layers"][1] - c["vace_layers"][0] if len(c["vace_layers"]) > 1 else 1
    c.update(num_attention_heads=2, attention_head_dim=12, ffn_dim=32, num_layers=4, text_dim=TEXT_DIM)
    c["vace_layers"] = list(range(0, c["num_layers"], spacing))
    return c


def scale_vae(config: dict) -> dict:
    c = {k: v for k, v in config.items() if not k.startswith("_")}
    c.update(base_dim=4, num_res_blocks=1)
    return c


def scale_text_encoder(config: dict, vocab_size: int) -> dict:
    c = {k: v for k, v in config.items() if not k.startswith("_") and k not in ("architectures", "model_type")}
    c.update(d_model=TEXT_DIM, d_kv=8, d_ff=37, num_layers=2, num_decoder_layers=2, num_heads=4, vocab_size=vocab_size,
             dropout_rate=0.0)
    return c


def tiny_tokenizer():
    """A UMT5-style tokenizer (pad 0, </s> 1, <unk> 2) over single characters, so any English prompt tokenizes."""
    transformers = require("transformers", "diffusion", "the tiny model")
    chars = string.ascii_letters + string.digits + ".,:;!?'\"-()&/"
    vocab = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("\u2581", -2.0)]
    vocab += [("\u2581" + c, -3.0) for c in chars] + [(c, -4.0) for c in chars]
    return transformers.T5Tokenizer(vocab=vocab, unk_id=2, extra_ids=0, model_max_length=512)


def sharpen_cross_attention(transformer, factor: float) -> None:
    """Peak the text attention as a trained model's is (a word attends where its thing is), so box guidance
    has something to move. Wan normalises queries and keys (RMSNorm), so the norms' gains are scaled."""
    import torch

    with torch.no_grad():
        for name, module in transformer.named_modules():
            if name.endswith("attn2"):
                module.norm_q.weight.mul_(factor)
                module.norm_k.weight.mul_(factor)


def build_tiny_components(seed: int = 0, transformer_config: dict | None = None, vae_config: dict | None = None,
                          scheduler_config: dict | None = None, text_config: dict | None = None) -> dict:
    """The modules of a tiny VACE stack from published configs (ours by default), randomly initialised."""
    torch = require("torch", "diffusion", "the tiny model")
    diffusers = require("diffusers", "diffusion", "the tiny model")
    transformers = require("transformers", "diffusion", "the tiny model")
    torch.manual_seed(seed)
    tokenizer = tiny_tokenizer()
    text_encoder = transformers.UMT5EncoderModel(transformers.UMT5Config(
        **scale_text_encoder(text_config or TEXT_ENCODER, len(tokenizer))))
    transformer = diffusers.WanVACETransformer3DModel.from_config(scale_transformer(transformer_config or TRANSFORMER))
    sharpen_cross_attention(transformer, CROSS_ATTENTION_SHARPNESS)
    vae = diffusers.AutoencoderKLWan.from_config(scale_vae(vae_config or VAE))
    scheduler = diffusers.UniPCMultistepScheduler.from_config(scheduler_config or SCHEDULER)
    return dict(tokenizer=tokenizer, text_encoder=text_encoder, transformer=transformer, vae=vae,
                scheduler=scheduler)


def write_tiny_model(folder: str | Path, seed: int = 0, **configs) -> Path:
    """Write the tiny stack, its model_index.json and its `director.toml` to `folder`; return the folder."""
    diffusers = require("diffusers", "diffusion", "the tiny model")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    parts = build_tiny_components(seed, **configs)
    from .wan_vace import no_progress_bar

    with no_progress_bar():
        for name, part in parts.items():
            part.save_pretrained(folder / name)
    index = {"_class_name": MODEL_INDEX["_class_name"], "_diffusers_version": diffusers.__version__,
             **{k: v for k, v in MODEL_INDEX.items() if not k.startswith("_")}}
    (folder / "model_index.json").write_text(json.dumps(index, indent=2) + "\n")
    (folder / "director.toml").write_text(PROFILE)
    return folder
