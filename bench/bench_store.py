"""How to keep rendered frames on disk: size and speed of lossless forms, measured side by side on real frames.

    .venv/bin/python bench/bench_store.py                          # Big Fish shots drawn by the animatic
    .venv/bin/python bench/bench_store.py --script my.fountain --shots 12 --width 640 --height 360

Draws a spread of shots (static and moving cameras) with the animatic, then stores every shot's frames in each
candidate form, reads them back, checks they are bit-identical, and prints bytes per frame, MB per minute of
film and encode/decode milliseconds per frame (one thread each). The lossy H.264 row is the film's own encoding,
for scale. This is the measurement behind `director.store`'s choice of frame codec (the row marked "the store's").
"""
from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_SCRIPT = ROOT.parent / "shared" / "samples" / "fixtures" / "objc-fountain" / "Big_Fish.fountain"


def shots(script: Path, count: int, width: int, height: int, fps: int) -> list[np.ndarray]:
    """Frames of `count` shots spread over the script, half of them with a moving camera where there are any."""
    import director
    from director.hierarchy import ShotContext, choose_schedule, render_shot
    from director.registry import load
    from director.timing import shot_spans

    plan = director.plan(script, width=width, height=height, fps=fps)
    renderer = load("renderer", "animatic")
    pairs = list(zip(plan.shots, shot_spans(plan)))
    moving = [p for p in pairs if p[0].camera.movement != "static"]
    still = [p for p in pairs if p[0].camera.movement == "static"]
    chosen = moving[:: max(1, len(moving) // (count // 2 or 1))][: count // 2] if moving else []
    chosen += still[:: max(1, len(still) // (count - len(chosen)))][: count - len(chosen)]
    out = []
    for shot, span in chosen:
        ctx = ShotContext.from_plan(plan, shot)
        schedule = choose_schedule(span.rendered, plan.fps, renderer.capabilities, first=-span.head)
        out.append(render_shot(renderer, ctx, schedule))
    return out


# -- candidate forms: encode(frames, path) and decode(path, shape) -> frames ------------------------------------

def _npy(frames, path):
    np.save(path, frames)


def _npy_read(path, shape):
    return np.load(path)


def _savez(frames, path):
    np.savez_compressed(path, frames=frames)


def _savez_read(path, shape):
    return np.load(path)["frames"]


def _zstd(level, delta=False):
    import zstandard

    def enc(frames, path):
        data = frames
        if delta:
            data = frames.copy()
            data[1:] -= frames[:-1]          # uint8 wrap-around: exact inverse by cumulative sum mod 256
        Path(path).write_bytes(zstandard.ZstdCompressor(level=level).compress(data.tobytes()))

    def dec(path, shape):
        raw = zstandard.ZstdDecompressor().decompress(Path(path).read_bytes())
        data = np.frombuffer(raw, np.uint8).reshape(shape).copy()
        if delta:
            np.cumsum(data, axis=0, dtype=np.uint8, out=data)
        return data

    return enc, dec


def _store_frames(frames, path):
    from director.store import encode_frames

    Path(path).write_bytes(b"".join(encode_frames(frames)))


def _store_frames_read(path, shape):
    from director.store import FrameFile

    return np.asarray(FrameFile(path))


def _png(frames, path):
    from PIL import Image

    with open(path, "wb") as f:
        for frame in frames:
            buf = io.BytesIO()
            Image.fromarray(frame).save(buf, format="PNG", compress_level=1)
            f.write(len(buf.getvalue()).to_bytes(4, "little") + buf.getvalue())


def _png_read(path, shape):
    from PIL import Image

    data, out, pos = Path(path).read_bytes(), [], 0
    while pos < len(data):
        n = int.from_bytes(data[pos:pos + 4], "little")
        out.append(np.asarray(Image.open(io.BytesIO(data[pos + 4:pos + 4 + n])).convert("RGB")))
        pos += 4 + n
    return np.stack(out)


def _ffmpeg(codec_args: list[str], fmt: str):
    from director.editor import ffmpeg_exe

    def enc(frames, path):
        t, h, w, _ = frames.shape
        cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "rawvideo",
               "-pix_fmt", "rgb24", "-s", f"{w}x{h}", "-r", "24", "-i", "-", "-threads", "1", *codec_args,
               "-f", fmt, str(path)]
        subprocess.run(cmd, input=frames.tobytes(), check=True)

    def dec(path, shape):
        cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-threads", "1", "-i", str(path),
               "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]
        raw = subprocess.run(cmd, capture_output=True, check=True).stdout
        return np.frombuffer(raw, np.uint8).reshape((-1,) + shape[1:])

    return enc, dec


def candidates():
    z1, z1d = _zstd(1)
    z3, z3d = _zstd(3)
    d3, d3d = _zstd(3, delta=True)
    d9, d9d = _zstd(9, delta=True)
    return [
        ("raw .npy (today)", _npy, _npy_read, True),
        ("np.savez_compressed (zlib)", _savez, _savez_read, True),
        ("zstd -1", z1, z1d, True),
        ("zstd -3", z3, z3d, True),
        ("zstd -3, chunks of 8 frames (the store's)", _store_frames, _store_frames_read, True),
        ("zstd -3 on frame deltas", d3, d3d, True),
        ("zstd -9 on frame deltas", d9, d9d, True),
        ("PNG per frame (level 1)", _png, _png_read, True),
        ("FFV1 (gbrp, level 3)", *_ffmpeg(["-c:v", "ffv1", "-level", "3", "-pix_fmt", "gbrp"], "matroska"), True),
        ("x264rgb -qp 0 ultrafast", *_ffmpeg(["-c:v", "libx264rgb", "-qp", "0", "-preset", "ultrafast",
                                              "-pix_fmt", "rgb24"], "matroska"), True),
        ("x264rgb -qp 0 veryfast", *_ffmpeg(["-c:v", "libx264rgb", "-qp", "0", "-preset", "veryfast",
                                             "-pix_fmt", "rgb24"], "matroska"), True),
        ("x264rgb -qp 0 medium", *_ffmpeg(["-c:v", "libx264rgb", "-qp", "0", "-preset", "medium",
                                           "-pix_fmt", "rgb24"], "matroska"), True),
        ("H.264 CRF 18 yuv420p (the film; lossy)", *_ffmpeg(["-c:v", "libx264", "-crf", "18", "-preset",
                                                             "veryfast", "-pix_fmt", "yuv420p"], "mp4"), False),
    ]


def measure(clips: list[np.ndarray], fps: int) -> list[tuple]:
    rows = []
    frames = sum(len(c) for c in clips)
    with tempfile.TemporaryDirectory() as tmp:
        for name, enc, dec, lossless in candidates():
            size = t_enc = t_dec = 0.0
            exact = True
            for i, clip in enumerate(clips):
                path = Path(tmp) / f"c{i}"
                t0 = time.perf_counter()
                enc(clip, path)
                t_enc += time.perf_counter() - t0
                real = path if path.exists() else Path(str(path) + ".npy" if path.with_suffix(".npy").exists()
                                                       else str(path) + ".npz")
                size += real.stat().st_size
                t0 = time.perf_counter()
                back = dec(real, clip.shape)
                t_dec += time.perf_counter() - t0
                exact &= back.shape == clip.shape and np.array_equal(back, clip)
                real.unlink()
            if lossless and not exact:
                name += " (NOT LOSSLESS)"
            rows.append((name, size / frames, size / frames * fps * 60 / 1e6, 1000 * t_enc / frames,
                         1000 * t_dec / frames, "exact" if exact else "lossy"))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--script", type=Path, default=DEFAULT_SCRIPT)
    ap.add_argument("--shots", type=int, default=10)
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=360)
    ap.add_argument("--fps", type=int, default=24)
    a = ap.parse_args()
    if not a.script.is_file():
        a.script = ROOT / "examples" / "the_lighthouse.fountain"
    clips = shots(a.script, a.shots, a.width, a.height, a.fps)
    n = sum(len(c) for c in clips)
    print(f"{len(clips)} shots of {a.script.name}, {n} frames at {a.width}x{a.height}, {a.fps} fps")
    print(f"{'form':<44} {'KB/frame':>9} {'MB/min':>8} {'enc ms/f':>9} {'dec ms/f':>9}  round trip")
    for name, per_frame, per_min, enc, dec, exact in measure(clips, a.fps):
        print(f"{name:<44} {per_frame / 1e3:>9.1f} {per_min:>8.1f} {enc:>9.2f} {dec:>9.2f}  {exact}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
