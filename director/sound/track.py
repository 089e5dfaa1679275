"""The film's sound track: the mix encoded once as AAC (`encode_track`), then put beside a picture by stream copy
of both (`mux_track`), so an edit that changes only pictures re-encodes no sound.

On a feature the AAC encode is minutes (two hours of 48 kHz stereo); done in the mux, it came back with every
picture edit. Both write a partial file renamed into place, so a failure never replaces a finished file.
"""
from __future__ import annotations

import os
from pathlib import Path

from .files import AAC_BITRATE, _ffmpeg, run_into


def encode_track(mix: str | Path, out: str | Path, *, bitrate: str = AAC_BITRATE) -> Path:
    """`mix` (a WAV as long as the picture) as AAC in an .m4a, with no metadata that names a version or a time.

    The AAC encoder runs its plain C code (`-cpuflags 0`, as `files.mux`): its SIMD kernels round differently on
    CPUs with and without AVX."""
    out = Path(out)
    partial = out.with_name(f".{out.stem}.partial{os.getpid()}.m4a")
    cmd = [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-cpuflags", "0", "-y", "-i", str(mix),
           "-map", "0:a:0",
           "-c:a", "aac", "-b:a", bitrate, "-map_metadata", "-1", "-fflags", "+bitexact", "-f", "mp4", str(partial)]
    return run_into(cmd, partial, out, "encode the sound track")


def mux_track(video: str | Path, track: str | Path, out: str | Path) -> Path:
    """`video`'s picture and `track`'s AAC (from `encode_track`), both stream-copied, into `out`."""
    out = Path(out)
    partial = out.with_name(f".{out.stem}.mux{os.getpid()}.mp4")
    cmd = [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i", str(video), "-i", str(track),
           "-map", "0:v:0", "-map", "1:a:0", "-c", "copy", "-map_metadata", "-1", "-fflags", "+bitexact",
           "-movflags", "+faststart", "-f", "mp4", str(partial)]
    return run_into(cmd, partial, out, "add the sound")
