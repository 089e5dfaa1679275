"""Music cues: a track the writer names in plan.json (for the film, or for one scene), or a composition by a
`director.music` backend, fitted to the cue's length.

Fitting: start `offset` seconds into the track; a track shorter than its cue repeats (`loop`, with a
crossfade at each seam) or ends in silence; then fades in and out, and a level: the cue is normalised to
`MUSIC_LEVEL` LUFS plus its `gain`, under the dialogue's `synthesis.LINE_LEVEL`. Ducking under the lines
happens in the mix, which knows where they are.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import DirectorError
from ..models import Music
from .dsp import RATE, db, ramp
from .loudness import integrated
from .protocols import MusicRequest

MUSIC_LEVEL = -28.0
"""LUFS of a music cue at gain 0 (dialogue lines sit at -20)."""

LOOP_CROSSFADE = 1.0
"""Seconds over which a looping track's end crossfades into its start."""


def _loop(track: np.ndarray, n: int, loop: bool) -> np.ndarray:
    out = np.zeros((n, 2), np.float32)
    if len(track) == 0:
        return out
    if len(track) >= n or not loop:
        k = min(n, len(track))
        out[:k] = track[:k]
        return out
    x = min(round(LOOP_CROSSFADE * RATE), len(track) // 4)
    fade_in, fade_out = ramp(x)[:, None], ramp(x, rising=False)[:, None]
    pos, step = 0, len(track) - x
    while pos < n:
        piece = track.copy()
        if pos > 0 and x:
            piece[:x] *= fade_in
        if x:
            piece[-x:] *= fade_out
        k = min(len(piece), n - pos)
        out[pos:pos + k] += piece[:k]
        pos += step
    return out


def fit(track: np.ndarray, seconds: float, cue: Music) -> np.ndarray:
    """`track` ((n, 2) at RATE, already from its offset) as a cue of exactly `seconds`: looped or padded,
    faded, and at the cue's level."""
    n = max(0, round(seconds * RATE))
    out = _loop(np.asarray(track, np.float32), n, cue.loop)
    level = integrated(out)
    if np.isfinite(level):
        out *= np.float32(db(MUSIC_LEVEL + cue.gain - level))
    fi, fo = min(n // 2, round(cue.fade_in * RATE)), min(n // 2, round(cue.fade_out * RATE))
    if fi:
        out[:fi] *= ramp(fi)[:, None]
    if fo:
        out[n - fo:] *= ramp(fo, rising=False)[:, None]
    return out


def source_digest(cue: Music, base: Path) -> str | None:
    """What the cue's audio depends on besides its settings: the track file's content digest."""
    if cue.path is None:
        return None
    from ..store import file_digest

    path = resolve(cue, base)
    if not path.is_file():
        raise DirectorError(f"{path}: music file not found (plan.json names it as {cue.path!r})")
    return file_digest(path)


def resolve(cue: Music, base: Path) -> Path:
    path = Path(cue.path).expanduser()
    return path if path.is_absolute() else (base / path)


def compose(cue: Music, seconds: float, base: Path, *, scene: str | None = None, seed: int = 0) -> np.ndarray:
    """The cue's audio, fitted: from its track file (relative to `base`, plan.json's folder) or its backend."""
    if cue.path:
        length = None if cue.loop else seconds
        from .files import decode

        track = _stereo(decode(resolve(cue, base), start=cue.offset, seconds=length))
    elif cue.backend:
        backend = load_backend(cue.backend)
        audio = backend.compose(MusicRequest(seconds=seconds + cue.offset, prompt=cue.prompt, scene=scene,
                                             sample_rate=RATE, seed=seed))
        from .dsp import resample

        track = _stereo(resample(np.asarray(audio.samples, np.float32), audio.rate, RATE))
        track = track[round(cue.offset * RATE):]
    else:
        raise DirectorError("a music cue needs a 'path' (an audio file) or a 'backend' (a director.music entry "
                            "point)")
    return fit(track, seconds, cue)


def _stereo(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, np.float32)
    if x.ndim == 1:
        return np.stack([x, x], axis=1)
    if x.shape[1] == 1:
        return np.repeat(x, 2, axis=1)
    return x[:, :2]


def load_backend(name: str, **options):
    from ..registry import load

    return load("music", name, **options)


def backend_identity(name: str) -> str:
    return str(getattr(load_backend(name), "identity", name))
