"""The wan-vace backend on a tiny random Wan2.1-VACE stack, written by the shipped `director tiny-model --family wan-vace`.

Same classes and `from_pretrained` calls as `Wan-AI/Wan2.1-VACE-1.3B-diffusers`; CPU, 32x32 frames, few steps.
Random weights move pixels by ~1e-5, so the wiring is checked on the latents (`backend.last_latents`) and on
the model's own attention, not on uint8 frames.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("diffusers")
torch = pytest.importorskip("torch")

from director import registry  # noqa: E402
from director.errors import DirectorError  # noqa: E402
from director.models import Entity, GraphEdge, Keyframe, SceneObject, Shot  # noqa: E402
from director.protocols import InterpolateRequest, KeyframeRequest, Segment  # noqa: E402

SIZE = 32
REALCONFIGS = Path(__file__).resolve().parents[2] / "shared" / "realconfigs" / "reconstructed" / \
    "Wan-AI__Wan2.1-VACE-1.3B-diffusers"
ENTITIES = {
    "mara": Entity(id="mara", name="Mara", kind="person", description="red coat"),
    "dog": Entity(id="dog", name="dog", kind="animal", description="white terrier"),
}


def make_shot(dog_box=(0.6, 0.6, 0.9, 0.95), prompts=("", "", "")) -> Shot:
    a, b = (0.05, 0.1, 0.45, 0.9), (0.55, 0.1, 0.95, 0.9)
    return Shot(
        id="s1", scene=1, description="Mara walks the dog", duration=2.0, seed=3,
        keyframes=[
            Keyframe(t=0.0, prompt=prompts[0], objects=[SceneObject(entity="mara", box=a),
                                                        SceneObject(entity="dog", box=dog_box)]),
            Keyframe(t=1.0, prompt=prompts[1], objects=[SceneObject(entity="mara", box=a),
                                                        SceneObject(entity="dog", box=dog_box)]),
            Keyframe(t=2.0, prompt=prompts[2], objects=[SceneObject(entity="mara", box=b),
                                                        SceneObject(entity="dog", box=(0.1, 0.6, 0.4, 0.95))]),
        ],
        scene_graph=[GraphEdge(subject="mara", predicate="walks", object="dog", start=0.0, end=2.0)],
    )


def keyframe_request(shot=None, seed=1, references=None) -> KeyframeRequest:
    return KeyframeRequest(shot=shot or make_shot(), entities=ENTITIES, times=[0.0, 1.0, 2.0], width=SIZE,
                           height=SIZE, fps=8, seed=seed, references=references or {})


def _director(*args):
    return subprocess.run([sys.executable, "-m", "director", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def tiny_wan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tinywan") / "model"
    done = _director("tiny-model", str(folder), "--family", "wan-vace")
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture(scope="module")
def renderer(tiny_wan):
    return registry.load("renderer", "diffusers", model=str(tiny_wan), steps=2, box_steps=1)


def latents(r):
    return r.backend.last_latents.clone()


# ---------------------------------------------------------------------------------------------- loading -----

def test_tiny_folder_is_a_wan_vace_checkpoint(tiny_wan, renderer):
    import diffusers

    pipe = diffusers.WanVACEPipeline.from_pretrained(str(tiny_wan))     # diffusers itself reads the folder
    assert type(pipe.transformer).__name__ == "WanVACETransformer3DModel"
    backend = renderer.backend
    assert type(backend.text_encoder).__name__ == "UMT5EncoderModel"
    assert type(backend.vae).__name__ == "AutoencoderKLWan"
    assert backend.scheduler_cls.__name__ == "UniPCMultistepScheduler"
    assert backend.scheduler_config["prediction_type"] == "flow_prediction"
    assert backend.guided_layers == ["blocks.1", "blocks.2"]
    caps = renderer.capabilities
    assert (caps.frame_step, caps.size_step, caps.references, caps.keypoints) == (4, 16, True, True)
    assert renderer.identity.startswith("diffusers/wan-vace/base=model:") and "/unipc/" in renderer.identity


@pytest.mark.skipif(not REALCONFIGS.is_dir(), reason=f"published configs not found at {REALCONFIGS}")
def test_published_configs_scaled_down_load_through_the_backend(tmp_path):
    from renderers.diffusion.tiny_wan import write_tiny_model

    read = lambda sub, name="config.json": json.loads((REALCONFIGS / sub / name).read_text())  # noqa: E731
    folder = write_tiny_model(tmp_path / "real", transformer_config=read("transformer"), vae_config=read("vae"),
                              scheduler_config=read("scheduler", "scheduler_config.json"),
                              text_config=read("text_encoder"))
    r = registry.load("renderer", "diffusers", model=str(folder), steps=2, box_strength=0)
    saved = json.loads((folder / "transformer" / "config.json").read_text())
    published = read("transformer")
    same = {k for k in published if not k.startswith("_") and k not in
            ("num_attention_heads", "attention_head_dim", "ffn_dim", "num_layers", "text_dim", "vace_layers")}
    assert {k: saved[k] for k in same} == {k: published[k] for k in same}
    assert saved["vace_layers"] == [0, 2]            # the published spacing, in 4 layers
    frames = r.keyframes(keyframe_request())
    assert frames.shape == (3, SIZE, SIZE, 3)
    assert r.backend.scheduler_config["flow_shift"] == 3.0


# -------------------------------------------------------------------------------------------- the wiring ----

def _job(boxes_shot, known=None, references=(), frames=5):
    from renderers.diffusion.backend import GenerationJob
    from renderers.diffusion.conditions import frame_conditions

    times = list(np.linspace(0.0, 1.0, frames))
    return GenerationJob(clips=[frame_conditions(boxes_shot, ENTITIES, times, 8)], width=SIZE, height=SIZE,
                         clip_seeds=[5], known=known or {}, box_guidance=False, references=list(references))


def test_the_control_video_reaches_the_model(renderer, tiny_wan):
    """No entity noise and no guidance: the box is in the job only through the drawn control video."""
    backend = renderer.backend
    backend.generate(_job(make_shot()))
    base = latents(renderer)
    backend.generate(_job(make_shot()))
    assert torch.equal(base, latents(renderer))                     # nothing changed: same latents
    backend.generate(_job(make_shot(dog_box=(0.1, 0.1, 0.4, 0.5))))
    moved = latents(renderer)
    assert (moved - base).abs().max() > 1e-4                          # the dog moved: the latents follow
    blind = registry.load("renderer", "diffusers", model=str(tiny_wan), steps=2, controlnet_scale=0.0).backend
    blind.generate(_job(make_shot()))
    a = blind.last_latents.clone()
    blind.generate(_job(make_shot(dog_box=(0.1, 0.1, 0.4, 0.5))))
    assert torch.equal(a, blind.last_latents)                        # with the VACE branch off, it does not


def test_kept_frames_come_back_bit_exact_and_steer_the_in_betweens(renderer):
    keys = renderer.keyframes(keyframe_request(), box_guidance=False)
    req = InterpolateRequest(shot=make_shot(), entities=ENTITIES, length=5, width=SIZE, height=SIZE, fps=8, seed=2,
                             segments=[Segment(first=keys[0], last=keys[1], t0=0.0, t1=1.0),
                                       Segment(first=keys[1], last=keys[2], t0=1.0, t1=2.0)])
    out = renderer.interpolate(req, box_guidance=False)
    assert out.shape == (2, 5, SIZE, SIZE, 3)
    assert renderer.last_report.batch_rows == 2 * 2 * 2            # both segments, 2 latent frames, CFG: one batch
    for i in range(2):
        assert np.array_equal(out[i, 0], keys[i]) and np.array_equal(out[i, -1], keys[i + 1])
    before = latents(renderer)
    other = 255 - keys[2]
    req.segments[1] = Segment(first=keys[1], last=other, t0=1.0, t1=2.0)
    changed = renderer.interpolate(req, box_guidance=False)
    after = latents(renderer)
    assert np.array_equal(changed[1, -1], other)
    assert (after[1] - before[1]).abs().max() > 1e-4                # the kept frame reached the model
    assert torch.equal(after[0], before[0])                          # and only its own segment


def test_a_reference_picture_changes_the_output(renderer):
    red = np.zeros((40, 24, 3), np.uint8)
    red[..., 0] = 220
    blue = red[..., ::-1].copy()
    renderer.keyframes(keyframe_request(), box_guidance=False)
    plain = latents(renderer)
    frames = renderer.keyframes(keyframe_request(references={"mara": red}), box_guidance=False)
    with_red = latents(renderer)
    renderer.keyframes(keyframe_request(references={"mara": blue}), box_guidance=False)
    with_blue = latents(renderer)
    assert frames.shape == (3, SIZE, SIZE, 3) and with_red.shape == plain.shape   # the reference frame is dropped
    assert (with_red - plain).abs().max() > 1e-3                     # a reference frame joins the attention
    assert (with_red - with_blue).abs().max() > 1e-5                 # its content reaches the model (runs are
    #                                                                  bit-equal otherwise; rounding is ~1e-7)
    renderer.keyframes(keyframe_request(references={"nobody": red}), box_guidance=False)
    assert torch.equal(latents(renderer), plain)                      # not in the shot: not passed


def test_box_guidance_lowers_the_box_energy_on_the_same_seed(tiny_wan):
    shares = {}
    for strength in (0.0, 100.0):
        r = registry.load("renderer", "diffusers", model=str(tiny_wan), box_strength=strength, box_steps=2,
                          box_iterations=2, steps=3)
        r.keyframes(keyframe_request(), measure_attention_steps=3)
        shares[strength] = r.last_report.attention_share
        energy = r.last_report.energy
    assert len(energy) == 4 and energy[1] < energy[0] and energy[3] < energy[2]   # each gradient step lowers it
    assert np.mean(shares[100.0]) > np.mean(shares[0.0]) + 0.01, shares          # attention moves into the boxes
    assert all(on > off for on, off in zip(shares[100.0], shares[0.0]))


def test_each_latent_frame_reads_only_its_own_prompt():
    """The cross-attention processor: frame f's output depends on prompt block f and on no other."""
    from diffusers.models.transformers.transformer_wan import WanAttention

    from renderers.diffusion.wan_attention import FrameTextAttention, FrameTextStore

    torch.manual_seed(0)
    store = FrameTextStore(text_length=6, frames=3)
    attn = WanAttention(dim=16, heads=2, dim_head=8, cross_attention_dim_head=8,
                        processor=FrameTextAttention(store, "blocks.0", guided=False))
    video = torch.randn(1, 3 * 4, 16)                     # 3 latent frames of 4 tokens each
    text = torch.randn(1, 3 * 6, 16)
    out = attn(video, text)
    edited = text.clone()
    edited[:, 6:12] += 1.0                                # the second frame's prompt only
    diff = (attn(video, edited) - out).abs().amax(dim=-1)[0]
    assert diff[4:8].min() > 0 and diff[:4].max() == 0 and diff[8:].max() == 0
    same = attn(video, text[:, :6].repeat(1, 3, 1))        # every frame the same prompt ...
    attn.set_processor(attn._default_processor_cls())
    assert torch.allclose(same, attn(video, text[:, :6]), atol=1e-5)   # ... is Wan's own attention to it


def test_keyframes_are_one_clip_with_keyframe_i_at_frame_4i(renderer):
    clips, picks = renderer.backend.keyframe_clips([0.0, 1.0, 2.0])
    assert len(clips) == 1 and len(clips[0]) == 9 and picks == [(0, 0), (0, 4), (0, 8)]
    assert clips[0][2] == pytest.approx(0.5)


# ---------------------------------------------------------------------------------------- granularity -------

def test_a_wrong_size_stops_make_in_one_line_before_rendering(tiny_wan, tmp_path):
    script = tmp_path / "pier.txt"
    script.write_text("Mara walks her dog along the pier.\n")
    out = tmp_path / "film"
    done = _director("make", str(script), "-o", str(out), "--renderer", "diffusers", "--model", str(tiny_wan),
                     "--width", "40", "--height", "32", "-q")
    assert done.returncode == 2, done.stderr
    assert "multiples of 16" in done.stderr and "--width 48" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (out / "film.mp4").exists()


def test_profile_defaults_and_errors(tiny_wan):
    r = registry.load("renderer", "diffusers", backend="wan-vace", model="Wan-AI/Wan2.1-VACE-1.3B-diffusers")
    prof = r.profile
    assert (prof.scheduler, prof.guidance_scale, prof.max_frames, prof.motion_adapter) == ("unipc", 5.0, 81, None)
    assert "motion_adapter" not in r.describe()["checkpoints"]
    with pytest.raises(DirectorError, match="control is one of layout\\+pose, layout, pose"):
        registry.load("renderer", "diffusers", model=str(tiny_wan), control="depth")
    with pytest.raises(DirectorError, match="clip has 4k\\+1 frames"):
        renderer = registry.load("renderer", "diffusers", model=str(tiny_wan), steps=1)
        renderer.backend.generate(_job(make_shot(), frames=6))


# ---------------------------------------------------------------------------------------------- end to end --

def test_make_renders_a_film_with_the_tiny_vace_model_and_its_cast(tiny_wan, tmp_path):
    import imageio_ffmpeg

    script = tmp_path / "pier.txt"
    script.write_text("Mara walks her dog along the pier.\n")
    out = tmp_path / "film"
    done = _director("make", str(script), "-o", str(out), "--renderer", "diffusers", "--model", str(tiny_wan),
                     "--width", "32", "--height", "32", "--fps", "4", "-q", "-R", "steps=2", "-R", "box_local=false")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert manifest["job"]["renderer_identity"].startswith("diffusers/wan-vace/")
    caps = manifest["job"]["capabilities"]
    assert (caps["frame_step"], caps["size_step"], caps["references"]) == (4, 16, True)
    plan = json.loads((out / "plan.json").read_text())
    in_view = {o["entity"] for s in plan["shots"] for k in s["keyframes"] for o in k["objects"]}
    assert manifest["stages"]["references"]["misses"] == len(in_view) >= 1     # one picture per entity
    for schedule in manifest["schedules"].values():
        assert schedule["levels"] == 0 or (schedule["length"] - 1) % 4 == 0
    frames, _ = imageio_ffmpeg.count_frames_and_secs(str(out / "film.mp4"))
    assert frames == manifest["plan"]["frames"]
    assert "diffusers wan-vace on cpu float32" in done.stderr
