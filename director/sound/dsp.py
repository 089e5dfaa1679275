"""Small signal tools the voices, the beds and the mix share: resampling, filters, tilt, whisper, room.

All work on float64 numpy arrays, (n,) mono or (n, 2) stereo, and are deterministic (noise comes from a
generator seeded by the caller).
"""
from __future__ import annotations

from fractions import Fraction

import numpy as np

RATE = 48000
"""The film's audio rate: every stem, the mix and the muxed AAC."""


def db(gain: float) -> float:
    """dB -> linear amplitude factor."""
    return float(10.0 ** (gain / 20.0))


def resample(x: np.ndarray, rate_in: float, rate_out: int = RATE) -> np.ndarray:
    """Polyphase resampling from `rate_in` (need not be an integer: a pitch shift plays at rate·p) to
    `rate_out`, along the first axis."""
    from scipy.signal import resample_poly

    if len(x) == 0:
        return x.astype(np.float64)
    ratio = Fraction(rate_out / rate_in).limit_denominator(2000)
    if ratio == 1:
        return x.astype(np.float64, copy=False)
    return resample_poly(x, ratio.numerator, ratio.denominator, axis=0).astype(np.float64)


def butter(x: np.ndarray, rate: int, *, lowpass: float | None = None, highpass: float | None = None,
           order: int = 4) -> np.ndarray:
    """Butterworth low-/high-/band-pass along the first axis (causal, so an onset stays where it was)."""
    from scipy.signal import butter as design, sosfilt

    nyq = rate / 2
    if lowpass and highpass:
        sos = design(order, [highpass / nyq, min(lowpass / nyq, 0.99)], btype="band", output="sos")
    elif lowpass:
        sos = design(order, min(lowpass / nyq, 0.99), btype="low", output="sos")
    elif highpass:
        sos = design(order, highpass / nyq, btype="high", output="sos")
    else:
        return x
    return sosfilt(sos, x, axis=0).astype(np.float64)


def tilt(x: np.ndarray, rate: int, db_per_octave: float, pivot: float = 1000.0) -> np.ndarray:
    """Spectral tilt around `pivot` Hz (+ brighter, - darker), capped at ±18 dB; zero-phase (FFT)."""
    if abs(db_per_octave) < 1e-6 or len(x) == 0:
        return x
    n = len(x)
    spectrum = np.fft.rfft(x, axis=0)
    f = np.fft.rfftfreq(n, 1.0 / rate)
    gain_db = np.clip(db_per_octave * np.log2(np.maximum(f, 40.0) / pivot), -18.0, 18.0)
    g = (10.0 ** (gain_db / 20.0)).astype(np.float64)
    spectrum *= g if x.ndim == 1 else g[:, None]
    return np.fft.irfft(spectrum, n=n, axis=0).astype(np.float64)


def whisperize(x: np.ndarray, rate: int, seed: int) -> np.ndarray:
    """A whisper of the same words: the short-time spectrum's magnitudes kept, its phases randomised, which
    removes the voicing (the harmonics) and leaves breath shaped by the same vocal tract."""
    from scipy.signal import istft, stft

    if len(x) < 512:
        return x
    nper = 512 if rate <= 24000 else 1024
    _, _, z = stft(x, fs=rate, nperseg=nper, noverlap=nper * 3 // 4)
    rng = np.random.default_rng(seed)
    phase = np.exp(2j * np.pi * rng.random(z.shape))
    _, y = istft(np.abs(z) * phase, fs=rate, nperseg=nper, noverlap=nper * 3 // 4)
    y = butter(y[: len(x)].astype(np.float64), rate, highpass=500.0, order=2)
    return y


def saturate(x: np.ndarray, drive: float) -> np.ndarray:
    """Soft clipping (tanh) at `drive` x gain, level-compensated: the edge of a raised voice."""
    if drive <= 1.0:
        return x
    peak = float(np.max(np.abs(x))) or 1.0
    return (np.tanh(x / peak * drive) / np.tanh(drive) * peak).astype(np.float64)


def trim(x: np.ndarray, rate: int, threshold_db: float = -45.0, pad: float = 0.02) -> np.ndarray:
    """Leading and trailing silence removed (below `threshold_db` of the peak), `pad` seconds kept."""
    if len(x) == 0:
        return x
    level = np.abs(x) if x.ndim == 1 else np.max(np.abs(x), axis=1)
    peak = float(level.max())
    if peak <= 0:
        return x[:0]
    loud = np.flatnonzero(level > peak * db(threshold_db))
    p = round(pad * rate)
    return x[max(0, loud[0] - p): min(len(x), loud[-1] + 1 + p)]


def room_impulse(rate: int, seconds: float, seed: int, decay_db: float = 60.0) -> np.ndarray:
    """A synthetic room: exponentially decaying noise reaching -`decay_db` at `seconds` (an RT60)."""
    n = max(1, round(seconds * rate))
    rng = np.random.default_rng(seed)
    t = np.arange(n) / rate
    ir = rng.standard_normal(n).astype(np.float64) * (10.0 ** (-decay_db / 20.0 * t / seconds)).astype(np.float64)
    ir = butter(ir, rate, lowpass=6000.0, order=2)
    return ir / np.sqrt(np.sum(ir ** 2))


def convolve(x: np.ndarray, ir: np.ndarray) -> np.ndarray:
    from scipy.signal import oaconvolve

    if len(x) == 0:
        return x
    return oaconvolve(x, ir, mode="full")[: len(x) + len(ir) - 1].astype(np.float64)


def ramp(n: int, rising: bool = True) -> np.ndarray:
    """An equal-power (sine) fade of n samples."""
    if n <= 0:
        return np.zeros(0, np.float64)
    w = np.sin(0.5 * np.pi * (np.arange(n, dtype=np.float64) + 0.5) / n)
    return w if rising else w[::-1].copy()


def pan(x: np.ndarray, position: float) -> np.ndarray:
    """Mono -> stereo with a constant-power pan: position -1 left, 0 centre, +1 right."""
    p = (min(max(position, -1.0), 1.0) + 1.0) * np.pi / 4
    return np.stack([x * np.cos(p), x * np.sin(p)], axis=1).astype(np.float64) * np.float64(np.sqrt(2.0))
