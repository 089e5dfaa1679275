"""The AnimateDiff backend's IP-Adapter on the tiny stack that `director tiny-model --ip-adapter` writes.

The tiny adapter has h94/IP-Adapter's layout (models/ip-adapter_sd15.safetensors, models/image_encoder/) and
loads through diffusers' `load_ip_adapter`. Random weights: latents are compared, not pixels.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("diffusers")
torch = pytest.importorskip("torch")

from director import registry  # noqa: E402
from director.errors import DirectorError  # noqa: E402
from director.models import Entity, Keyframe, SceneObject, Shot  # noqa: E402
from director.protocols import InterpolateRequest, KeyframeRequest, Segment  # noqa: E402

SIZE = 32
ENTITIES = {"mara": Entity(id="mara", name="Mara", kind="person", description="red coat"),
            "dog": Entity(id="dog", name="dog", kind="animal", description="white terrier")}
RED = np.zeros((40, 24, 3), np.uint8)
RED[..., 0] = 220
BLUE = RED[..., ::-1].copy()


def make_shot() -> Shot:
    return Shot(id="s1", scene=1, description="Mara walks the dog", duration=2.0, seed=3, keyframes=[
        Keyframe(t=0.0, objects=[SceneObject(entity="mara", box=(0.05, 0.1, 0.45, 0.9)),
                                 SceneObject(entity="dog", box=(0.6, 0.6, 0.9, 0.95))]),
        Keyframe(t=2.0, objects=[SceneObject(entity="mara", box=(0.55, 0.1, 0.95, 0.9)),
                                 SceneObject(entity="dog", box=(0.1, 0.6, 0.4, 0.95))])])


def keyframes(renderer, references=None, **options):
    request = KeyframeRequest(shot=make_shot(), entities=ENTITIES, times=[0.0, 1.0, 2.0], width=SIZE, height=SIZE,
                              fps=8, seed=1, references=references or {})
    frames = renderer.keyframes(request, **options)
    return frames, renderer.backend.last_latents.clone()


def _director(*args):
    return subprocess.run([sys.executable, "-m", "director", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def tiny_ip(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tinyip") / "model"
    done = _director("tiny-model", str(folder), "--ip-adapter", "--no-controlnet", "--no-sparsectrl")
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture(scope="module")
def renderer(tiny_ip):
    return registry.load("renderer", "diffusers", model=str(tiny_ip), steps=2, box_steps=1)


@pytest.fixture(scope="module")
def plain(tiny_ip):
    """The same checkpoints without the adapter."""
    return registry.load("renderer", "diffusers", model=str(tiny_ip), steps=2, box_steps=1, ip_adapter="none")


def test_the_tiny_adapter_loads_through_diffusers_load_ip_adapter(tiny_ip, renderer):
    from diffusers.models.attention_processor import IPAdapterAttnProcessor2_0
    from diffusers.models.embeddings import MultiIPAdapterImageProjection
    from safetensors import safe_open
    from transformers import CLIPVisionModelWithProjection

    weights = tiny_ip / "ip_adapter" / "models" / "ip-adapter_sd15.safetensors"
    assert (tiny_ip / "ip_adapter" / "models" / "image_encoder" / "config.json").is_file()
    with safe_open(str(weights), framework="pt") as f:
        stored = {k: f.get_tensor(k) for k in f.keys()}
    assert {"image_proj.proj.weight", "image_proj.proj.bias", "image_proj.norm.weight"} <= set(stored)
    ids = sorted({int(k.split(".")[1]) for k in stored if k.startswith("ip_adapter.")})
    assert ids == list(range(1, 2 * len(ids), 2))          # the published numbering: cross-attention is every odd n

    backend = renderer.backend
    assert isinstance(backend.unet.encoder_hid_proj, MultiIPAdapterImageProjection)
    assert isinstance(backend.ip.image_encoder, CLIPVisionModelWithProjection)
    assert backend.ip.tokens == 4 and backend.ip.embed_shape == (16,)
    spatial = {name[: -len(".processor")]: proc for name, proc in backend.unet.attn_processors.items()
               if name.endswith("attn2.processor") and "motion_modules" not in name}
    assert len(spatial) == len(ids)
    for n, (layer, proc) in zip(ids, spatial.items()):     # each layer holds the file's weights for its number
        proc = getattr(proc, "ip", None) or proc           # box guidance's recorder keeps the one it replaced
        assert isinstance(proc, IPAdapterAttnProcessor2_0), layer
        assert torch.equal(proc.to_k_ip[0].weight, stored[f"ip_adapter.{n}.to_k_ip.weight"]), layer
    assert type(spatial[next(iter(spatial))]).__name__ != "CrossAttentionRecorder"
    assert any(type(p).__name__ == "CrossAttentionRecorder" for p in spatial.values())
    # the adapter's weights and the image encoder are in what the memory estimate counts as weights
    encoder_bytes = sum(p.numel() for p in backend.ip.image_encoder.parameters()) * 4
    assert backend.weights_bytes >= renderer_plain_weights(tiny_ip) + encoder_bytes
    from renderers.diffusion.backend import JobShape   # and the pictures' embeddings and masks in what a job holds

    held = [backend._resident(JobShape(2, 5, SIZE, SIZE, references=n), SIZE, SIZE) for n in (0, 1, 3)]
    assert held[0] < held[1] < held[2]


def renderer_plain_weights(tiny_ip) -> int:
    r = registry.load("renderer", "diffusers", model=str(tiny_ip), steps=2, box_steps=1, ip_adapter="none")
    return r.backend.weights_bytes


def test_a_reference_changes_the_latents_and_no_or_the_same_reference_does_not(renderer, plain):
    _, without = keyframes(plain)
    _, none = keyframes(renderer)
    assert torch.equal(none, without)                 # no reference: exactly the model without the adapter
    frames, red = keyframes(renderer, {"mara": RED})
    _, red_again = keyframes(renderer, {"mara": RED})
    _, blue = keyframes(renderer, {"mara": BLUE})
    assert frames.shape == (3, SIZE, SIZE, 3)
    assert torch.equal(red, red_again)                # the same reference: the same latents
    assert (red - none).abs().max() > 1e-3            # a reference reaches the model
    assert (red - blue).abs().max() > 1e-3            # and its content does
    _, stranger = keyframes(renderer, {"nobody": RED})
    assert torch.equal(stranger, none)                # not in the shot: not passed
    _, unguided = keyframes(renderer, {"mara": RED}, box_guidance=False)
    _, unguided_plain = keyframes(renderer, box_guidance=False)
    assert (unguided - unguided_plain).abs().max() > 1e-3   # also outside the guided steps


def test_regions_keep_each_reference_to_its_entitys_box(tiny_ip, renderer):
    from renderers.diffusion.conditions import frame_conditions
    from renderers.diffusion.ip_adapter import region_masks

    conds = frame_conditions(make_shot(), ENTITIES, [0.0, 2.0], 8)
    masks = region_masks(conds, ["mara", "dog", "nobody"], 4, 4)
    assert masks.shape == (2, 3, 4, 4)
    assert masks[0, 0, :, :2].all() and not masks[0, 0, :, 2:].any()    # Mara on the left at t=0
    assert masks[1, 0, :, 2:].all() and not masks[1, 0, :, :2].any()    # on the right at t=2
    assert not masks[:, 2].any()                                         # not in the frames: nowhere
    everywhere = registry.load("renderer", "diffusers", model=str(tiny_ip), steps=2, box_steps=1,
                               ip_adapter_regions=False)
    _, boxed = keyframes(renderer, {"mara": RED, "dog": BLUE})
    _, spread = keyframes(everywhere, {"mara": RED, "dog": BLUE})
    assert (boxed - spread).abs().max() > 1e-3


def test_each_picture_is_encoded_once_for_the_film_not_per_step(renderer):
    backend = renderer.backend
    fresh = np.full((30, 20, 3), 77, np.uint8)
    other = np.full((30, 20, 3), 177, np.uint8)
    before = backend.ip.encoded
    keyframes(renderer, {"mara": fresh, "dog": other})                 # 2 steps, CFG, a guided step
    assert backend.ip.encoded == before + 2
    keyframes(renderer, {"mara": fresh, "dog": other})                 # the next shot with the same cast
    seg = Segment(t0=0.0, t1=1.0, first=np.zeros((SIZE, SIZE, 3), np.uint8), last=np.ones((SIZE, SIZE, 3), np.uint8))
    renderer.interpolate(InterpolateRequest(shot=make_shot(), entities=ENTITIES, level=1, segments=[seg, seg],
                                            length=3, width=SIZE, height=SIZE, fps=8, seed=1,
                                            references={"mara": fresh, "dog": other}))
    assert backend.ip.encoded == before + 2


def test_capabilities_say_references_only_with_an_adapter(tiny_ip, renderer, plain):
    assert renderer.capabilities.references is True
    assert plain.capabilities.references is False
    assert renderer.identity != plain.identity
    assert renderer.describe()["ip_adapter"]["ip_adapter_scale"] == 0.6
    stronger = registry.load("renderer", "diffusers", model=str(tiny_ip), ip_adapter_scale=0.9)
    assert stronger.identity != renderer.identity


def test_a_missing_or_mismatched_adapter_is_one_line(tiny_ip, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_ip, model)
    with pytest.raises(DirectorError, match="ip-adapter_sd15.safetensors") as err:
        registry.load("renderer", "diffusers", model=str(model), ip_adapter_weight="ip-adapter-plus_sd15.bin").check()
    assert "\n" not in str(err.value)
    shutil.rmtree(model / "ip_adapter" / "models" / "image_encoder")
    with pytest.raises(DirectorError, match="image_encoder"):
        registry.load("renderer", "diffusers", model=str(model)).check()
    with pytest.raises(DirectorError, match="ip_adapter_scale"):
        registry.load("renderer", "diffusers", model=str(model), ip_adapter_scale=-1)


def test_make_uses_the_adapter_and_a_broken_one_stops_with_exit_2_and_no_slates(tiny_ip, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_ip, model)
    script = tmp_path / "pier.txt"
    script.write_text("Mara walks her dog along the pier.\n")
    out = tmp_path / "film"
    make = ("make", str(script), "-o", str(out), "--renderer", "diffusers", "--model", str(model),
            "--width", "64", "--height", "48", "--fps", "4", "-q", "-R", "steps=1", "-R", "box_steps=0")
    done = _director(*make)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True and manifest["job"]["capabilities"]["references"] is True
    assert manifest["stages"]["references"]["tasks"] >= 1              # the cast's pictures, read by the shots
    assert manifest["stages"]["keyframes"]["tasks"] >= 1
    film = (out / "film.mp4").read_bytes()

    weights = model / "ip_adapter" / "models" / "ip-adapter_sd15.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])    # a download cut short
    manifest_text = (out / "manifest.json").read_text()
    broken = _director(*make)
    assert broken.returncode == 2
    lines = broken.stderr.strip().splitlines()
    assert len(lines) == 1 and "ip_adapter" in lines[0], broken.stderr
    assert "Traceback" not in broken.stderr and "slate" not in broken.stderr
    assert (out / "film.mp4").read_bytes() == film                 # finished work stays, no slate cut over it
    assert (out / "manifest.json").read_text() == manifest_text
