"""How different two voices sound, measured: pitch statistics and the mean MFCC (the spectral envelope a
listener hears as timbre). Used by the tests and `bench/bench_sound.py` to check that casting gives each
character a voice of their own, not just a different name.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dsp import RATE


@dataclass(frozen=True)
class VoicePrint:
    f0: float               # median fundamental of the voiced frames (Hz)
    f0_spread: float        # their interquartile range (semitones)
    mfcc: np.ndarray        # mean MFCC 1..12 over the speech frames
    voiced: float           # share of speech frames that are voiced

    def distance(self, other: "VoicePrint") -> dict[str, float]:
        """'pitch' (semitones between medians), 'timbre' (Euclidean MFCC distance) and 'combined' (pitch/2 +
        timbre/4: two semitones or four MFCC units each count as one)."""
        pitch = abs(12 * np.log2(max(self.f0, 1.0) / max(other.f0, 1.0))) if self.f0 and other.f0 else 0.0
        timbre = float(np.linalg.norm(self.mfcc - other.mfcc))
        return {"pitch": round(float(pitch), 3), "timbre": round(timbre, 3),
                "combined": round(float(pitch) / 2 + timbre / 4, 3)}


def _frames(x: np.ndarray, size: int, hop: int) -> np.ndarray:
    if len(x) < size:
        x = np.pad(x, (0, size - len(x)))
    n = 1 + (len(x) - size) // hop
    idx = np.arange(size)[None, :] + hop * np.arange(n)[:, None]
    return x[idx]


def _mel_bank(rate: int, nfft: int, bands: int = 40, low: float = 60.0, high: float = 8000.0) -> np.ndarray:
    mel = lambda f: 2595 * np.log10(1 + f / 700)       # noqa: E731
    hz = lambda m: 700 * (10 ** (m / 2595) - 1)         # noqa: E731
    edges = hz(np.linspace(mel(low), mel(min(high, rate / 2)), bands + 2))
    bins = np.fft.rfftfreq(nfft, 1 / rate)
    bank = np.zeros((bands, len(bins)))
    for i in range(bands):
        lo, mid, hi = edges[i:i + 3]
        bank[i] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0, None)
    return bank


def voiceprint(x: np.ndarray, rate: int = RATE) -> VoicePrint:
    """The pitch and timbre statistics of a mono speech signal."""
    from scipy.fft import dct

    x = np.asarray(x, dtype=np.float64)
    size, hop = round(0.04 * rate), round(0.01 * rate)
    frames = _frames(x, size, hop) * np.hanning(size)
    energy = np.sqrt(np.mean(frames ** 2, axis=1))
    speech = energy > energy.max() * 0.05 if len(energy) else energy.astype(bool)
    nfft = 1 << (2 * size - 1).bit_length()
    spectrum = np.fft.rfft(frames, n=nfft)
    power = np.abs(spectrum) ** 2
    f0s = _yin(x, rate, hop)[: len(speech)]
    f0s = f0s[speech[: len(f0s)] & (f0s > 0)]
    f0 = float(np.median(f0s)) if len(f0s) else 0.0
    spread = float(np.subtract(*np.percentile(12 * np.log2(f0s), [75, 25]))) if len(f0s) > 3 else 0.0
    mel = np.log(np.maximum(power[:, : nfft // 2 + 1] @ _mel_bank(rate, nfft).T, 1e-10))
    mfcc = dct(mel, type=2, norm="ortho", axis=1)[:, 1:13]
    mean = mfcc[speech].mean(axis=0) if speech.any() else np.zeros(12)
    return VoicePrint(f0, spread, mean, float(len(f0s) / max(1, speech.sum())))


def _yin(x: np.ndarray, rate: int, hop: int, low: float = 60.0, high: float = 450.0,
         threshold: float = 0.15) -> np.ndarray:
    """Per-hop fundamental (Hz, 0 where unvoiced) by YIN: the cumulative-mean-normalised squared difference
    of a 25 ms window with itself shifted, its first dip under `threshold` taken as the period."""
    from .dsp import resample

    sr = 16000
    y = resample(x.astype(np.float32), rate, sr).astype(np.float64)
    hop16 = max(1, round(hop * sr / rate))
    w, tmax = round(0.025 * sr), int(sr / low)
    frames = _frames(y, w + tmax, hop16)
    nfft = 1 << (w + tmax + w).bit_length()
    head = np.fft.rfft(frames[:, :w], n=nfft)
    full = np.fft.rfft(frames, n=nfft)
    r = np.fft.irfft(np.conj(head) * full, n=nfft)[:, : tmax + 1]
    sq = np.concatenate([np.zeros((len(frames), 1)), np.cumsum(frames ** 2, axis=1)], axis=1)
    e0 = sq[:, w][:, None]
    et = sq[:, w: w + tmax + 1] - sq[:, : tmax + 1]
    d = np.maximum(e0 + et - 2 * r, 0.0)
    d[:, 0] = 0
    cmnd = np.ones_like(d)
    cmnd[:, 1:] = d[:, 1:] * np.arange(1, tmax + 1) / np.maximum(np.cumsum(d[:, 1:], axis=1), 1e-12)
    lo = int(sr / high)
    win = cmnd[:, lo:]
    below = win < threshold
    idx = np.where(below.any(axis=1), below.argmax(axis=1), win.argmin(axis=1))
    rows = np.arange(len(win))
    for _ in range(16):         # to the bottom of the first dip
        nxt = np.minimum(idx + 1, win.shape[1] - 1)
        idx = np.where(win[rows, nxt] < win[rows, idx], nxt, idx)
    f0 = sr / (lo + idx)
    return np.where(win[rows, idx] < 0.35, f0, 0.0)
