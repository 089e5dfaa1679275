"""End to end: `director make SCRIPT --renderer diffusers --model DIR` on a model written by `director tiny-model`."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("diffusers")


def _director(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "director", *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd)


def test_make_renders_a_film_with_the_tiny_diffusion_model(tmp_path):
    model = tmp_path / "tiny"
    assert _director("tiny-model", str(model), "--no-sparsectrl").returncode == 0
    script = tmp_path / "pier.txt"
    script.write_text("Mara walks her dog along the pier.\n")
    out = tmp_path / "film"
    done = _director("make", str(script), "-o", str(out), "--renderer", "diffusers", "--model", str(model),
                     "--width", "32", "--height", "32", "--fps", "4", "-q",
                     "-R", "steps=2", "-R", "box_local=false")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert manifest["job"]["renderer_identity"].startswith("diffusers/animatediff:")
    assert manifest["job"]["capabilities"]["keypoints"] is True      # the tiny OpenPose ControlNet is configured
    assert "diffusers animatediff on cpu float32" in done.stderr     # the memory estimate came first

    import imageio_ffmpeg

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
