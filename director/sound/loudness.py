"""Loudness as ITU-R BS.1770-4 / EBU R128 measure it (K-weighting, 400 ms blocks, gating), block by block.

The mix is normalised to an integrated loudness target (-23 LUFS, EBU R128 broadcast, by default; -16 for
the web) and kept under a true-peak-ish ceiling by a look-ahead limiter that only touches the rare peaks
above it, so the integrated loudness stays within a fraction of a LU of the target.
"""
from __future__ import annotations

import numpy as np

from .dsp import RATE, db

TARGETS = {"broadcast": -23.0, "web": -16.0}
DEFAULT_TARGET = TARGETS["broadcast"]
CEILING_DB = -1.0
"""Sample-peak ceiling of the mix after normalisation (dBFS)."""

SILENCE = -70.0
"""BS.1770's absolute gate: below it a signal is silence and has no integrated loudness."""


K_WEIGHTING_48K = np.array([
    [1.53512485958697, -2.69169618940638, 1.19839281085285, 1.0, -1.69065929318241, 0.73248077421585],
    [1.0, -2.0, 1.0, 1.0, -1.99004745483398, 0.99007225036621],
])
"""BS.1770's K-weighting at 48 kHz (the pre-filter shelf, then the RLB high-pass), as second-order sections."""


class Meter:
    """Integrated loudness of a signal fed block by block (flat memory: one number per 100 ms per channel).

    BS.1770-4: K-weighted mean squares over 400 ms blocks overlapping by 75 %, an absolute gate at -70 LUFS,
    a relative gate 10 LU under the loudness of the blocks that pass it; channels weigh 1 (mono, stereo)."""

    def __init__(self, rate: int = RATE, channels: int = 2):
        if rate != 48000:
            raise ValueError("the loudness meter runs at 48 kHz (the film's rate)")
        self.channels = channels
        self.step = rate // 10
        self.zi = np.zeros((2, channels, 2))
        self._partial = np.zeros(channels)
        self._filled = 0
        self.segments: list[np.ndarray] = []

    def add(self, x: np.ndarray) -> None:
        from scipy.signal import sosfilt

        x = np.asarray(x, dtype=np.float64).reshape(len(x), -1)
        if len(x) == 0:
            return
        y, self.zi = sosfilt(K_WEIGHTING_48K, x.T, axis=-1, zi=self.zi)
        sq = y.T ** 2
        i = 0
        if self._filled:
            take = min(self.step - self._filled, len(sq))
            self._partial += sq[:take].sum(axis=0)
            self._filled += take
            i = take
            if self._filled == self.step:
                self.segments.append(self._partial)
                self._partial, self._filled = np.zeros(self.channels), 0
        whole = (len(sq) - i) // self.step
        if whole:
            self.segments += list(sq[i:i + whole * self.step].reshape(whole, self.step, -1).sum(axis=1))
            i += whole * self.step
        if i < len(sq):
            self._partial += sq[i:].sum(axis=0)
            self._filled += len(sq) - i

    def integrated(self) -> float:
        if len(self.segments) < 4:
            return float("-inf")
        seg = np.array(self.segments)
        blocks = (seg[:-3] + seg[1:-2] + seg[2:-1] + seg[3:]) / (4 * self.step)
        power = blocks.sum(axis=1)
        with np.errstate(divide="ignore"):
            loud = -0.691 + 10 * np.log10(power)
        passed = loud > SILENCE
        if not passed.any():
            return float("-inf")
        relative = -0.691 + 10 * np.log10(power[passed].mean()) - 10.0
        gated = passed & (loud > relative)
        return float(-0.691 + 10 * np.log10(power[gated].mean()))


def integrated(x: np.ndarray, rate: int = RATE) -> float:
    """Integrated loudness in LUFS; -inf for silence or a signal shorter than one 400 ms block."""
    x = np.asarray(x)
    meter = Meter(rate, 1 if x.ndim == 1 else x.shape[1])
    meter.add(x)
    return meter.integrated()


def speech_level(x: np.ndarray, rate: int) -> float:
    """A line's level in LUFS-like units: its integrated loudness, or for a line shorter than a block, the
    K-weighting-free RMS of its loud part (close enough to place a one-word line among longer ones)."""
    value = integrated(x, rate)
    if np.isfinite(value):
        return value
    if len(x) == 0 or not np.any(x):
        return float("-inf")
    a = np.abs(x)
    loud = x[a > a.max() * 0.05]
    return float(20 * np.log10(np.sqrt(np.mean(loud.astype(np.float64) ** 2)) + 1e-12)) - 0.691


def limit(x: np.ndarray, rate: int = RATE, ceiling_db: float = CEILING_DB, window: float = 0.01) -> np.ndarray:
    """Peaks above the ceiling pulled down by a smooth gain; everything else passes untouched.

    The gain a sample needs is held as a minimum over ±`window` and then averaged over `window`: the average
    of values that are each at most the need at the centre is at most that need, so no peak gets through,
    and the gain moves over ~10 ms (no clicks) rather than jumping at the peak."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    ceiling = db(ceiling_db)
    level = np.max(np.abs(x), axis=1) if x.ndim == 2 else np.abs(x)
    if len(level) == 0 or level.max() <= ceiling:
        return x
    need = np.minimum(1.0, ceiling / np.maximum(level, 1e-12))
    n = max(1, round(window * rate))
    gain = uniform_filter1d(minimum_filter1d(need, size=2 * n + 1, mode="nearest"), size=n, mode="nearest")
    out = x * (gain[:, None] if x.ndim == 2 else gain).astype(np.float64)
    return np.clip(out, -ceiling, ceiling).astype(np.float64)


def normalize(x: np.ndarray, target: float = DEFAULT_TARGET, rate: int = RATE) -> tuple[np.ndarray, float, float]:
    """(x at `target` LUFS with peaks limited, gain applied in dB, loudness measured after); silence stays
    silence. Limiting lowers loudness a little, so the gain is corrected once after it."""
    before = integrated(x, rate)
    if not np.isfinite(before) or before < SILENCE:
        return x, 0.0, before
    gain = target - before
    y = limit(x * np.float64(db(gain)), rate)
    after = integrated(y, rate)
    if np.isfinite(after) and abs(after - target) > 0.05:
        extra = target - after
        gain += extra
        y = limit(x * np.float64(db(gain)), rate)
        after = integrated(y, rate)
    return y, gain, after
