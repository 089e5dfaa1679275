"""The same plan gives byte-identical films whatever CPUs the process may use (issue 19): under `taskset -c 0`
the encoder's automatic thread count used to change the film's bytes (and, with identical frames, the first
packet: x264 writes its options, `threads=` included, into the stream)."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from director.editor import VideoWriter, rgb_to_yuv420

from film_checks import tiny_plan

REPO = Path(__file__).resolve().parents[1]
CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []

pytestmark = pytest.mark.timeout(300)


def digests(folder: Path) -> dict[str, str]:
    files = [folder / "film.mp4", *sorted((folder / "shots").glob("*.mp4"))]
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


@pytest.mark.skipif(len(CPUS) < 2, reason="needs two CPUs to compare one CPU with several")
def test_same_film_bytes_on_one_cpu_and_on_all(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(tiny_plan(shots=3, fps=8, width=192, height=108).model_dump_json())
    films = {}
    for name, cpus in (("one", CPUS[:1]), ("all", CPUS)):
        out = tmp_path / name
        subprocess.run([sys.executable, "-m", "director", "render", str(plan), "-o", str(out), "-q"], cwd=REPO,
                       check=True, timeout=250, preexec_fn=lambda cpus=cpus: os.sched_setaffinity(0, cpus))
        films[name] = digests(out)
    assert films["one"] == films["all"] and len(films["one"]) == 4


def test_colour_conversion_is_exact_and_matches_bt601():
    rng = np.random.default_rng(7)
    frame = rng.integers(0, 256, (37, 51, 3), dtype=np.uint8)       # odd sizes: padded with black
    data = rgb_to_yuv420(frame)
    assert len(data) == 38 * 52 * 3 // 2 and data == rgb_to_yuv420(frame.copy())
    white, black = (np.full((2, 2, 3), v, np.uint8) for v in (255, 0))
    assert rgb_to_yuv420(white) == bytes([235] * 4 + [128, 128]) and rgb_to_yuv420(black) == bytes([16] * 4 + [128, 128])
    red = np.zeros((2, 2, 3), np.uint8)
    red[..., 0] = 255
    assert rgb_to_yuv420(red) == bytes([82] * 4 + [90, 240])        # BT.601 limited range, as swscale gave


def test_the_same_frames_encode_to_the_same_bytes_from_two_threads(tmp_path):
    import threading

    frames = np.random.default_rng(3).integers(0, 256, (12, 72, 128, 3), dtype=np.uint8)

    def encode(path):
        with VideoWriter(path, 128, 72, 12) as out:
            for f in frames:
                out.write(f)
    paths = [tmp_path / f"{i}.mp4" for i in range(2)]
    threads = [threading.Thread(target=encode, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert paths[0].read_bytes() == paths[1].read_bytes()


VOICED = """EXT. DOCK - DAWN

NELL, a fisherwoman, coils a rope. Her brother AMOS, a tall man, mends a net.

NELL
Storm by noon.

AMOS
(quietly)
Then we go now.
"""


def test_the_voiced_film_is_the_same_without_the_cpus_vector_kernels(tmp_path):
    """The sound stages compute in float64 without BLAS, so the CPU's vector units cannot change a sample: the
    same film with numpy's SIMD kernels above its baseline and OpenBLAS's tuned kernels switched off, as on an
    older CPU (the speech itself comes from eSpeak NG's integer synthesiser, the AAC from ffmpeg's C code)."""
    sound = pytest.importorskip("director.sound")
    if "espeak" not in sound.available() or sound.why_not("espeak"):
        pytest.skip("eSpeak NG is not installed (pip install 'director[voices]')")
    from numpy._core import _multiarray_umath as umath

    script = tmp_path / "dock.fountain"
    script.write_text(VOICED)
    plain = {"NPY_DISABLE_CPU_FEATURES": ""}
    older = {"NPY_DISABLE_CPU_FEATURES": " ".join(f for f in umath.__cpu_dispatch__ if umath.__cpu_features__.get(f)),
             "OPENBLAS_CORETYPE": "Prescott"}
    films = {}
    for name, env in (("plain", plain), ("older", older)):
        out = tmp_path / name
        subprocess.run([sys.executable, "-m", "director", "make", str(script), "-o", str(out), "-q", "--voices",
                        "espeak", "--width", "128", "--height", "72"], cwd=REPO, check=True, timeout=250,
                       env={**os.environ, "DIRECTOR_VOICES": "espeak", **env})
        films[name] = {**digests(out), **{f.name: hashlib.sha256(f.read_bytes()).hexdigest()
                                          for f in sorted((out / "sound").glob("*.wav"))}}
    assert films["plain"] == films["older"] and "mix.wav" in films["plain"]
