"""Audio in and out of files: decoding any track ffmpeg reads, WAV stems written in blocks, and the mux
that joins the mix to a finished picture.

ffmpeg is imageio-ffmpeg's (the one the editor encodes with). The mux copies the video stream untouched and
encodes the audio once as AAC, into a partial file renamed into place, so a failed mux never replaces a
finished film.
"""
from __future__ import annotations

import os
import struct
import subprocess
from pathlib import Path

import numpy as np

from ..errors import DirectorError
from .dsp import RATE

AAC_BITRATE = "192k"


def _ffmpeg() -> str:
    from ..editor import ffmpeg_exe

    return ffmpeg_exe()


def decode(path: str | Path, rate: int = RATE, channels: int = 2, start: float = 0.0,
           seconds: float | None = None) -> np.ndarray:
    """(n, channels) float32 samples of any audio file ffmpeg reads, resampled to `rate`."""
    path = Path(path)
    if not path.is_file():
        raise DirectorError(f"{path}: music file not found")
    cmd = [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin"]
    if start > 0:
        cmd += ["-ss", f"{start:.6f}"]
    cmd += ["-cpuflags", "0", "-i", str(path)]         # C decoders: the same samples on any CPU (see mux)
    if seconds is not None:
        cmd += ["-t", f"{seconds:.6f}"]
    cmd += ["-vn", "-f", "f32le", "-acodec", "pcm_f32le", "-ac", str(channels), "-ar", str(rate), "-"]
    proc = subprocess.run(cmd, capture_output=True)
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DirectorError(f"{path}: cannot decode audio: {reason[-1] if reason else 'ffmpeg failed'}")
    data = np.frombuffer(proc.stdout, dtype=np.float32)
    return data[: len(data) // channels * channels].reshape(-1, channels).copy()


class WavWriter:
    """A PCM WAV file written block by block (24-bit by default); the header knows the length up front."""

    def __init__(self, path: str | Path, frames: int, channels: int = 2, rate: int = RATE, bits: int = 24):
        self.path = Path(path)
        self.channels, self.rate, self.bits = channels, rate, bits
        self.expected = frames
        self.written = 0
        width = bits // 8
        data_bytes = frames * channels * width
        self._f = open(self.path, "wb")
        self._f.write(b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE")
        self._f.write(b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * channels * width,
                                           channels * width, bits))
        self._f.write(b"data" + struct.pack("<I", data_bytes))

    def write(self, block: np.ndarray) -> None:
        x = np.clip(np.asarray(block, dtype=np.float64).reshape(-1, self.channels), -1.0, 1.0 - 2.0 ** -23)
        if self.bits == 16:
            self._f.write((np.round(x * 32767)).astype("<i2").tobytes())
        else:
            q = np.round(x * 8388607).astype("<i4").reshape(-1)
            b = q.view(np.uint8).reshape(-1, 4)[:, :3]
            self._f.write(np.ascontiguousarray(b).tobytes())
        self.written += len(x)

    def close(self) -> Path:
        self._f.close()
        if self.written != self.expected:
            raise RuntimeError(f"{self.path}: wrote {self.written} frames, the header says {self.expected}")
        return self.path

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            self._f.close()
            self.path.unlink(missing_ok=True)


def read_wav(path: str | Path, start: int = 0, frames: int | None = None) -> tuple[np.ndarray, int]:
    """(samples (n, channels) float32, rate) of a 16- or 24-bit PCM WAV (the stems this module writes):
    all of it, or `frames` from `start` (reading only those)."""
    import wave

    with wave.open(str(path), "rb") as w:
        rate, channels, width, n = w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes()
        start = min(max(0, start), n)
        w.setpos(start)
        raw = w.readframes(n - start if frames is None else max(0, min(frames, n - start)))
    if width == 2:
        x = np.frombuffer(raw, "<i2").astype(np.float32) / 32768.0
    elif width == 3:
        b = np.frombuffer(raw, np.uint8).reshape(-1, 3)
        q = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8) | (b[:, 2].astype(np.int32) << 16))
        q = np.where(q >= 1 << 23, q - (1 << 24), q)
        x = q.astype(np.float32) / 8388608.0
    else:
        raise DirectorError(f"{path}: {8 * width}-bit WAV is not supported")
    return x.reshape(-1, channels), rate


def mux(video: str | Path, audio: str | Path, out: str | Path, *, bitrate: str = AAC_BITRATE) -> Path:
    """`video`'s picture (stream-copied) with `audio` encoded as AAC, written atomically to `out`.

    The AAC encoder runs its plain C code (`-cpuflags 0`): its SIMD kernels round differently on CPUs with and
    without AVX, and the same mix would give different films on different machines."""
    out = Path(out)
    partial = out.with_name(f".{out.stem}.mux{os.getpid()}.mp4")
    cmd = [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-cpuflags", "0", "-y",
           "-i", str(video), "-i", str(audio),
           "-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy", "-c:a", "aac", "-b:a", bitrate,
           "-movflags", "+faststart", "-f", "mp4", str(partial)]
    return run_into(cmd, partial, out, "add the sound")


def run_into(cmd: list[str], partial: Path, out: Path, what: str) -> Path:
    """Run ffmpeg `cmd`, which writes `partial`, and rename it to `out`; a one-line error saying it could not
    `what` (the partial file removed), so a failure never replaces a finished file."""
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True)
    if proc.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DirectorError(f"{out}: cannot {what}: {reason[-1] if reason else 'ffmpeg failed'}")
    os.replace(partial, out)
    return out


def slice_wav(src: str | Path, dst: str | Path, start: int, frames: int) -> Path:
    """Samples [start, start + frames) of a WAV as a new WAV; outside the source is silence."""
    a = max(0, start)
    x, rate = read_wav(src, a, start + frames - a)
    out = np.zeros((frames, x.shape[1]), np.float32)
    out[a - start: a - start + len(x)] = x
    with WavWriter(dst, frames, x.shape[1], rate) as w:
        w.write(out)
    return Path(dst)
