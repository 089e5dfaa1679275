"""The diffusers renderer on a tiny random AnimateDiff stack, written by the shipped `director tiny-model`.

Same classes and the same `from_pretrained` loading code as a real checkpoint; CPU, 32x32 frames, few steps.
"""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("diffusers")
pytest.importorskip("torch")
imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg")

from director import registry  # noqa: E402
from director.errors import DirectorError  # noqa: E402
from director.models import Entity, GraphEdge, Keyframe, SceneObject, Shot  # noqa: E402
from director.protocols import InterpolateRequest, KeyframeRequest, Segment  # noqa: E402

SIZE = 64
ENTITIES = {
    "mara": Entity(id="mara", name="Mara", kind="person", description="red coat"),
    "dog": Entity(id="dog", name="dog", kind="animal", description="white terrier"),
}


def _person(box):
    x0, y0, x1, y1 = box
    cx = (x0 + x1) / 2
    return [(cx, y0 + (y1 - y0) * f, 2) for f in
            (0.08, 0.2, 0.2, 0.35, 0.5, 0.2, 0.35, 0.5, 0.55, 0.75, 0.95, 0.55, 0.75, 0.95, 0.06, 0.06, 0.07, 0.07)]


def make_shot(shot_id="s1", seed=3) -> Shot:
    a, b = (0.05, 0.1, 0.45, 0.9), (0.55, 0.1, 0.95, 0.9)
    return Shot(
        id=shot_id, scene=1, description="Mara walks the dog", duration=2.0, seed=seed,
        keyframes=[
            Keyframe(t=0.0, objects=[SceneObject(entity="mara", box=a, keypoints=_person(a)),
                                     SceneObject(entity="dog", box=(0.6, 0.6, 0.9, 0.95))]),
            Keyframe(t=2.0, objects=[SceneObject(entity="mara", box=b, keypoints=_person(b)),
                                     SceneObject(entity="dog", box=(0.1, 0.6, 0.4, 0.95))]),
        ],
        scene_graph=[GraphEdge(subject="mara", predicate="walks", object="dog", start=0.0, end=2.0)],
    )


def keyframe_request(shot=None, seed=1, times=(0.0, 1.0, 2.0)) -> KeyframeRequest:
    return KeyframeRequest(shot=shot or make_shot(), entities=ENTITIES, times=list(times), width=SIZE,
                           height=SIZE, fps=8, seed=seed)


def _director(*args):
    return subprocess.run([sys.executable, "-m", "director", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny") / "model"
    done = _director("tiny-model", str(folder))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(folder)
    return folder


@pytest.fixture(scope="module")
def renderer(tiny_model):
    return registry.load("renderer", "diffusers", model=str(tiny_model), steps=3, box_steps=1)


def test_tiny_model_is_a_diffusers_checkpoint_loaded_by_from_pretrained(tiny_model, renderer):
    for sub in ("unet", "vae", "text_encoder", "tokenizer", "scheduler", "motion_adapter",
                "controlnet_openpose", "sparsectrl_rgb"):
        assert (tiny_model / sub).is_dir(), sub
    backend = renderer.backend
    assert type(backend.unet).__name__ == "UNetMotionModel"
    assert type(backend.controlnet).__name__ == "ControlNetModel"
    assert type(backend.sparsectrl).__name__ == "SparseControlNetModel"
    assert backend.guided_layers and all(".attentions." in n and n.endswith("attn2") for n in backend.guided_layers)
    caps = renderer.capabilities
    assert caps.keypoints and caps.boxes and caps.device == "cpu" and caps.max_frames == 16
    assert str(backend.dtype) == "torch.float32"


def test_keyframes_are_one_call_per_step_and_deterministic(renderer):
    req = keyframe_request()
    first = renderer.keyframes(req)
    report = renderer.last_report
    assert first.shape == (3, SIZE, SIZE, 3) and first.dtype == np.uint8
    steps, guided = renderer.profile.steps, renderer.profile.box_guidance.steps
    assert report.denoiser_calls == steps + guided       # all keyframes in each motion-UNet call
    assert report.batch_rows == 2 * 3                     # CFG x frames
    assert len(report.energy) == guided
    assert np.array_equal(first, renderer.keyframes(req))
    assert not np.array_equal(first, renderer.keyframes(keyframe_request(seed=2)))
    assert len({f.tobytes() for f in first}) == 3         # per-frame prompts/noise: frames differ


def test_local_stage_batches_segments_and_keeps_keyframes_exact(renderer):
    req = keyframe_request()
    keys = renderer.keyframes(req)
    segments = [Segment(first=keys[i], last=keys[i + 1], t0=req.times[i], t1=req.times[i + 1]) for i in range(2)]
    length = 3
    level1 = renderer.interpolate(InterpolateRequest(shot=req.shot, entities=ENTITIES, segments=segments,
                                                     length=length, width=SIZE, height=SIZE, fps=8, seed=1))
    report = renderer.last_report
    assert level1.shape == (2, length, SIZE, SIZE, 3) and level1.dtype == np.uint8
    assert report.batch_rows == 2 * length                              # one clip per denoiser call (CFG x frames)
    assert report.denoiser_calls == 2 * (renderer.profile.steps + renderer.profile.box_guidance.steps)
    assert renderer.memory_report()["stages"]["local"]["batches"] == 1   # both segments in one batch
    for i in range(2):
        assert np.array_equal(level1[i, 0], keys[i]) and np.array_equal(level1[i, -1], keys[i + 1])
        assert not np.array_equal(level1[i, 1], keys[i])                # in-betweens are new frames
    # level 2: every adjacent pair of level-1 frames; the keyframes must still sit at their indices
    frames = np.concatenate([level1[0]] + [seg[1:] for seg in level1[1:]])
    times = np.linspace(0.0, 2.0, len(frames))
    seg2 = [Segment(first=frames[j], last=frames[j + 1], t0=times[j], t1=times[j + 1]) for j in range(len(frames) - 1)]
    level2_request = InterpolateRequest(shot=req.shot, entities=ENTITIES, segments=seg2, length=3, width=SIZE,
                                        height=SIZE, fps=8, seed=1, level=2)
    level2 = renderer.interpolate(level2_request, box_guidance=False)
    assert renderer.last_report.denoiser_calls == len(seg2) * renderer.profile.steps
    film = np.concatenate([level2[0]] + [seg[1:] for seg in level2[1:]])
    assert len(film) == (3 - 1) * (length - 1) * 2 + 1
    for k in range(3):
        assert np.array_equal(film[k * (length - 1) * 2], keys[k])
    assert np.array_equal(level2, renderer.interpolate(level2_request, box_guidance=False))   # same seed


def test_max_batch_frames_splits_a_level_into_batches_that_fit(tiny_model, renderer):
    req = keyframe_request()
    keys = renderer.keyframes(req, box_guidance=False)
    segs = [Segment(first=keys[i], last=keys[i + 1], t0=req.times[i], t1=req.times[i + 1]) for i in range(2)]
    level = InterpolateRequest(shot=req.shot, entities=ENTITIES, segments=segs, length=3, width=SIZE, height=SIZE,
                               fps=8, seed=1)
    whole = renderer.interpolate(level, box_guidance=False)
    split_renderer = registry.load("renderer", "diffusers", model=str(tiny_model), steps=3, box_steps=1,
                                   max_batch_frames=3)
    split = split_renderer.interpolate(level, box_guidance=False)
    assert split_renderer.last_report.batch_rows == 2 * 3                 # one segment per batch
    assert split_renderer.last_report.denoiser_calls == 2 * 3
    for i in range(2):
        assert np.array_equal(split[i, 0], keys[i]) and np.array_equal(split[i, -1], keys[i + 1])
    # a segment's noise is its own and each clip is its own denoiser call: splitting changes nothing at all
    assert np.array_equal(split, whole)


def test_box_guidance_pulls_entity_attention_into_its_box(tiny_model):
    """Measured on the model's own cross-attention in the denoising passes, same seed, guidance off vs on."""
    shares = {}
    for strength in (0.0, 1000.0):
        r = registry.load("renderer", "diffusers", model=str(tiny_model), box_strength=strength, box_steps=3,
                          steps=4)
        r.keyframes(keyframe_request(), measure_attention_steps=3)
        shares[strength] = r.last_report.attention_share
        assert len(shares[strength]) == 3
    off, on = np.mean(shares[0.0]), np.mean(shares[1000.0])
    assert on > off + 0.005, (shares[0.0], shares[1000.0])
    assert all(b > a for a, b in zip(shares[0.0], shares[1000.0]))


def test_pose_controlnet_and_sparsectrl_steer_the_frames(tiny_model):
    base = dict(model=str(tiny_model), steps=2, box_strength=0)
    req = keyframe_request(times=(0.0, 2.0))
    posed = registry.load("renderer", "diffusers", controlnet_scale=1.0, **base).keyframes(req)
    unposed = registry.load("renderer", "diffusers", controlnet_scale=0.0, **base).keyframes(req)
    assert not np.array_equal(posed, unposed)

    keys = unposed
    seg = InterpolateRequest(shot=req.shot, entities=ENTITIES, length=4, width=SIZE, height=SIZE, fps=8, seed=5,
                             segments=[Segment(first=keys[0], last=keys[1], t0=0.0, t1=2.0)])
    with_rgb = registry.load("renderer", "diffusers", sparsectrl_scale=1.0, **base).interpolate(seg)
    without = registry.load("renderer", "diffusers", sparsectrl_scale=0.0, **base).interpolate(seg)
    assert not np.array_equal(with_rgb[:, 1:-1], without[:, 1:-1])
    assert np.array_equal(with_rgb[0, 0], keys[0]) and np.array_equal(with_rgb[0, -1], keys[1])


def test_entity_noise_is_the_same_in_every_shot(renderer):
    from renderers.diffusion.animatediff import initial_noise
    from renderers.diffusion.backend import GenerationJob
    from renderers.diffusion.conditions import entity_seed, frame_conditions

    seeds = {k: entity_seed(v) for k, v in ENTITIES.items()}
    jobs = []
    for shot_id, clip_seed in (("s1", 11), ("s7", 99)):
        shot = make_shot(shot_id)
        jobs.append(GenerationJob(clips=[frame_conditions(shot, ENTITIES, [0.0], 8)], width=64, height=64,
                                  clip_seeds=[clip_seed], entity_seeds=seeds))
    a, b = (initial_noise(j, 4, 16, 16) for j in jobs)
    # mara's box at t=0 is x 0.05..0.45, y 0.1..0.9 -> latent cells x 0..8, y 1..15
    assert np.array_equal(a[0, :, 0, 1:15, 0:8].numpy(), b[0, :, 0, 1:15, 0:8].numpy())
    assert not np.array_equal(a[0, :, 0, 0].numpy(), b[0, :, 0, 0].numpy())   # above every box: shot noise


def test_odd_sizes_render_and_resize(renderer):
    req = keyframe_request(times=(0.0, 2.0))
    req.width, req.height = 40, 24                       # not multiples of 16: rendered at 48x32, resized
    frames = renderer.keyframes(req, box_guidance=False)
    assert frames.shape == (2, 24, 40, 3)
    seg = InterpolateRequest(shot=req.shot, entities=ENTITIES, length=3, width=40, height=24, fps=8,
                             segments=[Segment(first=frames[0], last=frames[1], t0=0.0, t1=2.0)])
    out = renderer.interpolate(seg, box_guidance=False)
    assert out.shape == (1, 3, 24, 40, 3)
    assert np.array_equal(out[0, 0], frames[0]) and np.array_equal(out[0, -1], frames[1])


def test_identity_follows_settings_and_weights(tiny_model, tmp_path):
    a = registry.load("renderer", "diffusers", model=str(tiny_model))
    b = registry.load("renderer", "diffusers", model=str(tiny_model))
    c = registry.load("renderer", "diffusers", model=str(tiny_model), steps=7)
    assert a.identity == b.identity != c.identity
    assert a.describe()["checkpoints"]["motion_adapter"].startswith("motion_adapter:")
    assert a.identity.startswith("diffusers/animatediff/base=model:")
    assert "/float32/ddim/steps=4/cfg=3/box=1000x2@auto/" in a.identity
    hub = registry.load("renderer", "diffusers", revisions={"motion_adapter": "v3"})
    assert "motion_adapter=guoyww/animatediff-motion-adapter-v1-5-3@v3" in hub.identity


def test_profile_and_option_errors_are_one_line_director_errors(tiny_model, tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text(f'base = "{tiny_model}"\nmotion_adapter = "{tiny_model}/motion_adapter"\nsteps = 2\n'
                       '[box_guidance]\nstrength = 5.0\n')
    r = registry.load("renderer", "diffusers", profile=str(profile), guidance_scale="1.5")
    assert (r.profile.steps, r.profile.guidance_scale, r.profile.box_guidance.strength) == (2, 1.5, 5.0)
    assert r.profile.controlnet_openpose is None

    with pytest.raises(DirectorError, match="unknown diffusers setting 'stepz'"):
        registry.load("renderer", "diffusers", model=str(tiny_model), stepz=3)
    with pytest.raises(DirectorError, match="steps='many' is not a valid int"):
        registry.load("renderer", "diffusers", model=str(tiny_model), steps="many")
    with pytest.raises(DirectorError, match="motion_adapter checkpoint folder .* does not exist"):
        registry.load("renderer", "diffusers", model=str(tiny_model), motion_adapter=str(tmp_path / "nope"))
    with pytest.raises(DirectorError, match="steps must be at least 1, got 0"):
        registry.load("renderer", "diffusers", model=str(tiny_model), steps=0)
    with pytest.raises(DirectorError, match="topk is a share"):
        registry.load("renderer", "diffusers", model=str(tiny_model), box_topk=3)
    bad = tmp_path / "bad.toml"
    bad.write_text("steps = [\n")
    with pytest.raises(DirectorError, match="not a valid TOML profile"):
        registry.load("renderer", "diffusers", profile=str(bad))


def test_missing_hub_weights_offline_name_the_checkpoint(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    r = registry.load("renderer", "diffusers", model=str(tiny_model),
                      motion_adapter="guoyww/animatediff-motion-adapter-v1-5-3")
    with pytest.raises(DirectorError) as err:
        r.keyframes(keyframe_request(times=(0.0,)))
    msg = str(err.value)
    assert "motion_adapter" in msg and "guoyww/animatediff-motion-adapter-v1-5-3" in msg
    assert "HF_HUB_OFFLINE" in msg and "hf download" in msg
    assert "\n" not in msg


def test_frame_prompts_carry_bible_descriptions_and_actions_active_at_that_time():
    from renderers.diffusion.conditions import frame_condition

    shot = make_shot()
    shot.scene_graph.append(GraphEdge(subject="dog", predicate="barks_at", object="mara", start=1.5, end=2.0))
    early = frame_condition(shot, ENTITIES, 0.0, 8, style="film noir")
    late = frame_condition(shot, ENTITIES, 2.0, 8)
    assert [p.entity for p in early.pieces if p.entity] == ["mara", "dog"]
    assert "Mara (red coat)" in early.prompt and "dog (white terrier)" in early.prompt
    assert "Mara walks dog" in early.prompt and "barks at" not in early.prompt
    assert "dog barks at Mara" in late.prompt
    assert early.prompt.endswith("film noir")
    assert [o.entity for o in early.objects] == ["mara", "dog"]


def test_scheduler_choice_euler_renders_and_keeps_known_frames(tiny_model):
    r = registry.load("renderer", "diffusers", model=str(tiny_model), scheduler="euler", steps=2, box_steps=1,
                      controlnet_openpose="none")
    keys = r.keyframes(keyframe_request(times=(0.0, 2.0)))
    out = r.interpolate(InterpolateRequest(shot=make_shot(), entities=ENTITIES, length=3, width=SIZE, height=SIZE,
                                           fps=8, segments=[Segment(first=keys[0], last=keys[1], t0=0.0, t1=2.0)]))
    assert np.array_equal(out[0, 0], keys[0]) and np.array_equal(out[0, -1], keys[1])
    with pytest.raises(DirectorError, match="unknown scheduler 'plms'"):
        registry.load("renderer", "diffusers", model=str(tiny_model), scheduler="plms").backend


# ------------------------------------------------------------------------------ end to end through the CLI ----

def test_make_renders_a_film_with_the_tiny_diffusion_model(tiny_model, tmp_path):
    model = tiny_model
    script = tmp_path / "pier.txt"
    script.write_text("Mara walks her dog along the pier.\n")
    out = tmp_path / "film"
    done = _director("make", str(script), "-o", str(out), "--renderer", "diffusers", "--model", str(model),
                     "--width", "32", "--height", "32", "--fps", "4", "-q",
                     "-R", "steps=2", "-R", "box_local=false")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert manifest["job"]["renderer_identity"].startswith("diffusers/animatediff/")
    assert manifest["job"]["capabilities"]["keypoints"] is True      # the tiny OpenPose ControlNet is configured
    assert "diffusers animatediff on cpu float32" in done.stderr     # the memory estimate came first


    frames, _ = imageio_ffmpeg.count_frames_and_secs(str(out / "film.mp4"))
    assert frames == manifest["plan"]["frames"]


def test_make_with_a_missing_model_folder_is_one_line_and_exit_2(tmp_path):
    script = tmp_path / "pier.txt"
    script.write_text("Mara walks her dog along the pier.\n")
    done = _director("make", str(script), "-o", str(tmp_path / "out"), "--renderer", "diffusers",
                     "--model", str(tmp_path / "no-such-model"), "-q")
    assert done.returncode == 2
    assert "no-such-model" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_renderer_survives_pickling_and_concurrent_threads(tiny_model, renderer):
    """Executors ship renderers to other processes (pickle) or share one across threads."""
    import pickle
    from concurrent.futures import ThreadPoolExecutor

    req_a, req_b = keyframe_request(seed=1), keyframe_request(seed=2)
    serial = [renderer.keyframes(req_a), renderer.keyframes(req_b)]
    clone = pickle.loads(pickle.dumps(renderer))
    assert clone.identity == renderer.identity
    assert np.array_equal(clone.keyframes(req_a), serial[0])
    with ThreadPoolExecutor(2) as pool:
        together = list(pool.map(renderer.keyframes, (req_a, req_b)))
    assert all(np.array_equal(x, y) for x, y in zip(together, serial))
    # first use from two threads at once: one load (from_pretrained's meta-device patches are process-wide)
    fresh = registry.load("renderer", "diffusers", model=str(tiny_model), steps=2, box_steps=1,
                          box_layers="down_blocks.0.attentions,up_blocks.2.attentions")
    with ThreadPoolExecutor(2) as pool:
        first_use = list(pool.map(fresh.keyframes, (req_a, req_b)))
    assert all(f.shape == (3, SIZE, SIZE, 3) for f in first_use)
    assert np.array_equal(first_use[0], fresh.keyframes(req_a))
