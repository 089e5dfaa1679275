"""The diffusion renderer meets a real device: batches sized to a memory budget, out-of-memory halved and retried,
errors that stop the job before it renders, one model per device (no forks, one renderer per device).

All on the tiny random stack `director tiny-model` writes (real `from_pretrained` loading), on the CPU.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")
imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg")

from director import registry  # noqa: E402
from director.errors import DirectorError  # noqa: E402
from director.executor import LocalExecutor, forkable  # noqa: E402
from director.pipeline import render_plan  # noqa: E402

from film_checks import tiny_plan  # noqa: E402

OPTIONS = {"steps": 2, "box_steps": 1}
SIZE = 64


def _director(*args, env=None, timeout=300):
    return subprocess.run([sys.executable, "-m", "director", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny") / "model"
    done = _director("tiny-model", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def _plan():
    return tiny_plan(shots=1, fps=4, width=SIZE, height=SIZE)


def _frames(path) -> np.ndarray:
    gen = imageio_ffmpeg.read_frames(str(path))
    meta = next(gen)
    w, h = meta["size"]
    return np.stack([np.frombuffer(f, np.uint8).reshape(h, w, 3) for f in gen])


def _local_batches(events):
    return [e for e in events if e.get("type") == "task_finished" and e["stage"] == "local"]


def test_a_simulated_out_of_memory_halves_the_batch_and_the_film_is_identical(tiny_model, tmp_path, monkeypatch):
    """A device that holds one clip at a time: every batch of two or more clips raises CUDA's own
    OutOfMemoryError inside the sampling loop. The level is halved down to one clip per batch and the film
    equals the one rendered in a single batch per level, frame for frame."""
    from renderers.diffusion.animatediff import AnimateDiffBackend

    options = {"model": str(tiny_model), **OPTIONS}
    whole = render_plan(_plan(), tmp_path / "whole", "diffusers", renderer_options=options, workers=1)
    local = whole.manifest["memory"]["stages"]["local"]
    assert local["batches"] == 1 and local["halved"] == 0          # the level fit in one batch

    real = AnimateDiffBackend._generate
    sent = []

    def small_device(self, job, verify=False):
        sent.append(len(job.clips))
        if len(job.clips) > 1:
            raise torch.OutOfMemoryError(f"CUDA out of memory. Tried to allocate {len(job.clips)} clips")
        return real(self, job, verify=verify)

    monkeypatch.setattr(AnimateDiffBackend, "_generate", small_device)
    split = render_plan(_plan(), tmp_path / "split", "diffusers", renderer_options=options, workers=1)
    segments = whole.manifest["schedules"]["sc001_sh01"]["keyframes"] - 1
    assert segments >= 3 and max(sent) == segments                  # the whole level was tried first
    local = split.manifest["memory"]["stages"]["local"]
    assert local["halved"] >= 2 and local["batches"] == segments    # halved down to one clip per batch
    assert split.manifest["complete"] and not split.manifest["failures"]
    assert np.array_equal(_frames(split.film), _frames(whole.film))


def test_batches_fit_the_memory_budget_and_a_clip_that_cannot_fit_stops_the_job(tiny_model, tmp_path, capsys):
    from director.protocols import InterpolateRequest, Segment
    from renderers.diffusion.backend import JobShape
    from renderers.diffusion.renderer import DoesNotFit

    # All of a batch's clips in one denoiser call, so a batch's size moves its peak (with one call per clip only
    # the latents held differ: 2 and 3 clips would be 1 % apart, below what a measured peak varies by on the CPU)
    wide = {**OPTIONS, "clips_per_call": 5}
    free = registry.load("renderer", "diffusers", model=str(tiny_model), **wide)
    backend = free.backend
    two = backend.estimate(JobShape(2, 4, SIZE, SIZE, 4, True))
    three = backend.estimate(JobShape(3, 4, SIZE, SIZE, 6, True))
    assert backend.estimate(JobShape(1, 4, SIZE, SIZE, 2, True)).total < two.total < three.total
    budget = (two.total + three.total) // 2                        # room for two clips, not three
    r = registry.load("renderer", "diffusers", model=str(tiny_model), memory_budget=budget, **wide)
    plan = _plan()
    shot = plan.shots[0]
    entities = {e.id: e for e in plan.entities}
    rng = np.random.default_rng(0)
    segs = [Segment(first=rng.integers(0, 255, (SIZE, SIZE, 3), np.uint8),
                    last=rng.integers(0, 255, (SIZE, SIZE, 3), np.uint8), t0=i * 0.5, t1=(i + 1) * 0.5)
            for i in range(5)]
    request = InterpolateRequest(shot=shot, entities=entities, segments=segs, length=4, width=SIZE, height=SIZE,
                                 fps=4)
    out = r.interpolate(request)
    assert out.shape == (5, 4, SIZE, SIZE, 3)
    local = r.memory_report()["stages"]["local"]
    assert local["batches"] == 3 and local["largest_batch"].startswith("2x4")     # 2 + 2 + 1
    assert local["estimated_peak_bytes"] <= budget
    assert "in 3 batches" in capsys.readouterr().err                              # said before it ran

    tight = registry.load("renderer", "diffusers", model=str(tiny_model), memory_budget="1MiB", **OPTIONS)
    with pytest.raises(DoesNotFit) as err:
        tight.interpolate(request)
    message = str(err.value)
    assert message.startswith("diffusers renderer: one segment of 4 frames at 64x64 needs ~")
    assert "the memory budget is 0.00 GiB (memory_budget)" in message and "\n" not in message
    with pytest.raises(DirectorError, match="memory_budget='lots' is not a size"):
        registry.load("renderer", "diffusers", model=str(tiny_model), memory_budget="lots")


def test_wan_vace_samples_its_own_schedule_measures_its_batches_and_halves_on_out_of_memory(tmp_path, monkeypatch):
    """The second backend on the same seam: Wan's published flow-matching settings whatever the folder says
    (the profile may override), a measured estimate that grows with clips and references, a preflight step,
    and a level halved on CUDA's out-of-memory with the known frames still exact."""
    import json

    from director.protocols import InterpolateRequest, Segment
    from renderers.diffusion.backend import JobShape
    from renderers.diffusion.tiny_wan import write_tiny_model
    from renderers.diffusion.wan_vace import WanVACEBackend

    folder = write_tiny_model(tmp_path / "wan")
    config = folder / "scheduler" / "scheduler_config.json"
    changed = {**json.loads(config.read_text()), "flow_shift": 7.0, "solver_order": 3}
    config.write_text(json.dumps(changed))
    options = {"model": str(folder), "steps": 2, "box_steps": 1}
    r = registry.load("renderer", "diffusers", **options)
    r.check()                                                    # verify(): one real step, finite
    schedule = r.backend.schedule
    assert schedule["class"] == "UniPCMultistepScheduler" and schedule["prediction_type"] == "flow_prediction"
    assert (schedule["flow_shift"], schedule["solver_order"], schedule["use_flow_sigmas"]) == (3.0, 2, True)

    size = 32
    estimate = r.backend.estimate
    one, two = estimate(JobShape(1, 5, size, size, 2, True)), estimate(JobShape(2, 5, size, size, 4, True))
    assert one.measured and one.total < two.total < estimate(JobShape(2, 5, size, size, 4, True, references=2)).total

    plan = _plan()
    rng = np.random.default_rng(1)
    segs = [Segment(first=rng.integers(0, 255, (size, size, 3), np.uint8),
                    last=rng.integers(0, 255, (size, size, 3), np.uint8), t0=i * 0.5, t1=(i + 1) * 0.5)
            for i in range(3)]
    request = InterpolateRequest(shot=plan.shots[0], entities={e.id: e for e in plan.entities}, segments=segs,
                                 length=5, width=size, height=size, fps=4)
    whole = r.interpolate(request)
    real, sent = WanVACEBackend._generate, []

    def small_device(self, job):
        sent.append(len(job.clips))
        if len(job.clips) > 1:
            raise torch.OutOfMemoryError(f"CUDA out of memory. Tried to allocate {len(job.clips)} clips")
        return real(self, job)

    monkeypatch.setattr(WanVACEBackend, "_generate", small_device)
    halved = registry.load("renderer", "diffusers", **options)
    split = halved.interpolate(request)
    local = halved.memory_report()["stages"]["local"]
    assert sent == [3, 2, 1, 1, 1] and local["halved"] == 2 and local["batches"] == 3   # 3 -> 2 + 1 -> 1 + 1 + 1
    assert split.shape == whole.shape == (3, 5, size, size, 3)
    for i, seg in enumerate(segs):                               # kept frames exact, the rest near the whole
        assert np.array_equal(split[i, 0], seg.first) and np.array_equal(split[i, -1], seg.last)
    assert np.abs(split.astype(int) - whole.astype(int)).max() <= 1
    monkeypatch.undo()
    assert registry.load("renderer", "diffusers", **options, flow_shift=5).backend.schedule["flow_shift"] == 5.0
    assert registry.load("renderer", "diffusers", **options, scheduler="base").backend.schedule["flow_shift"] == 7.0
    with pytest.raises(DirectorError, match="unknown scheduler 'ddim' for wan-vace"):
        registry.load("renderer", "diffusers", **options, scheduler="ddim")


def _pier(tmp_path):
    script = tmp_path / "pier.txt"
    script.write_text("Mara walks her dog along the pier.\n")
    return script


MAKE = ("--renderer", "diffusers", "--width", str(SIZE), "--height", str(SIZE), "--fps", "4", "-q",
        "-R", "steps=1", "-R", "box_steps=0")


def test_a_broken_checkpoint_stops_the_job_once_with_exit_2_and_no_slates(tiny_model, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)
    out = tmp_path / "film"
    first = _director("make", str(_pier(tmp_path)), "-o", str(out), "--model", str(model), *MAKE)
    assert first.returncode == 0, first.stderr
    film, manifest = (out / "film.mp4").read_bytes(), (out / "manifest.json").read_text()

    weights = next((model / "unet").glob("diffusion_pytorch_model.*"))
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])    # a download cut short
    done = _director("make", str(_pier(tmp_path)), "-o", str(out), "--model", str(model), *MAKE)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "unet" in lines[0] and str(model) in lines[0], done.stderr
    assert "Traceback" not in done.stderr and "slate" not in done.stderr
    assert (out / "film.mp4").read_bytes() == film                 # finished work stays, no slate cut over it
    assert (out / "manifest.json").read_text() == manifest


@pytest.mark.parametrize("offline", ["1", ""])
def test_a_hub_id_not_in_the_cache_is_one_line_in_seconds(tiny_model, tmp_path, offline):
    env = {**os.environ, "HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": offline,
           "HF_ENDPOINT": "http://127.0.0.1:9"}      # a port nothing listens on: no network, whatever the machine
    # no timed assertion (start-up and planning vary with the machine's load): the subprocess limit stands
    # against the bug, hub retries that held the job for five minutes
    done = _director("make", str(_pier(tmp_path)), "-o", str(tmp_path / "out"), "--model", str(tiny_model),
                     "-R", "motion_adapter=guoyww/animatediff-motion-adapter-v1-5-3", *MAKE, env=env,
                     timeout=240)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "motion_adapter" in lines[0] and "guoyww/animatediff-motion-adapter-v1-5-3" in lines[0]
    assert "hf download" in lines[0]
    assert ("HF_HUB_OFFLINE is set" if offline else "the hub cannot be reached") in lines[0]
    assert not (tmp_path / "out" / "film.mp4").exists()


def test_no_process_is_forked_for_a_renderer_that_holds_a_model(tiny_model, tmp_path):
    """Even asked for processes, the local executor keeps a model renderer in this process: a worker per
    process would load its own model (onto the same GPU)."""
    forks = []
    os.register_at_fork(before=lambda: forks.append(os.getpid()))
    result = render_plan(_plan(), tmp_path / "f", "diffusers", renderer_options={"model": str(tiny_model),
                                                                                 **OPTIONS},
                         workers=2, processes=True)
    assert result.manifest["complete"]
    assert forks == []

    class OnGPU:
        fork_safe = True
        capabilities = registry.load("renderer", "animatic").capabilities.__class__(device="cuda:0")

    assert forkable(registry.load("renderer", "animatic"))
    assert not forkable(OnGPU())
    assert not forkable(registry.load("renderer", "diffusers", model=str(tiny_model)))


def test_a_levels_segments_spread_over_two_devices(tiny_model, tmp_path):
    """CPU devices stand in for two GPUs: one renderer placed on each, every level split between them, and
    the film the same as on one device."""
    options = {"model": str(tiny_model), **OPTIONS}
    one = render_plan(_plan(), tmp_path / "one", "diffusers", renderer_options=options, workers=1)
    executor = LocalExecutor(workers=1, devices=["cpu", "cpu"])
    two = render_plan(_plan(), tmp_path / "two", "diffusers", renderer_options=options, executor=executor)
    served = executor.placement
    assert [s["device"] for s in served] == ["cpu", "cpu"]
    assert all(s["segments"] > 0 for s in served), served          # both devices drew in-betweens
    segments = one.manifest["schedules"]["sc001_sh01"]["keyframes"] - 1
    assert sum(s["segments"] for s in served) == segments
    drawn = sum(1 for e in _plan().entities if not e.reference)   # the references stage draws the others' pictures
    assert sum(s["calls"] for s in served) == drawn + 1 + 2        # + keyframes once, the level in two halves
    assert np.array_equal(_frames(two.film), _frames(one.film))
    devices = two.manifest["memory"]["devices"]
    assert len(devices) == 2 and all("local" in d["stages"] for d in devices)
