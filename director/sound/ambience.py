"""The bed under the dialogue: procedural room tone and ambience for each location.

A scene's heading says where we are (INT/EXT, the place, the time of day) and the bed is built from that:
- inside: room tone (soft pink noise, darker in small rooms), a mains hum where there are machines or lights
  (office, kitchen, hospital, factory…), and the weather or the sea heard through the walls, muffled;
- outside: wind (brown noise swelling slowly), plus what the place's words name: surf for a coast or a
  harbour, traffic for a street, rain, birds by day and crickets by night where there is green;
- night is quieter than day.
Each bed is a stream: noise through filters that keep their state, events (waves, cars, chirps) drawn one
after another from a generator seeded by the scene, so a bed of any length is made in small blocks with
flat memory, and the same heading always sounds the same. `level` is the bed's loudness before the mix's
normalisation (dialogue lines sit at `synthesis.LINE_LEVEL`).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .dsp import RATE, db

_WATER = re.compile(r"\b(sea|ocean|coast|coastal|beach|shore|harbou?r|pier|dock|bay|cliffs?|lighthouse|port|"
                    r"marina|waterfront|boat|ship|deck|lake|river)\b", re.I)
_CITY = re.compile(r"\b(street|city|road|traffic|avenue|downtown|highway|parking|alley|sidewalk|square|"
                   r"intersection|bus stop|town)\b", re.I)
_GREEN = re.compile(r"\b(forest|woods?|park|garden|field|meadow|farm|jungle|countryside|orchard|backyard|"
                    r"yard|hill|valley|trail|camp|campsite)\b", re.I)
_RAIN = re.compile(r"\b(rain|rainy|storm|stormy|downpour|drizzle)\b", re.I)
_HUM = re.compile(r"\b(office|kitchen|hospital|factory|lab|laboratory|warehouse|server|diner|store|shop|"
                  r"supermarket|studio|elevator|corridor|hallway|station|bunker|garage|workshop)\b", re.I)
_BIG = re.compile(r"\b(church|cathedral|hall|warehouse|gym|hangar|cave|station|lobby|ballroom|theater|"
                  r"theatre|museum|factory)\b", re.I)


@dataclass(frozen=True)
class BedRecipe:
    """What a location's bed is made of, and how loud (LUFS)."""

    outside: bool
    water: bool = False
    city: bool = False
    green: bool = False
    rain: bool = False
    hum: bool = False
    big_room: bool = False
    night: bool = False
    level: float = -44.0
    seed: int = 0

    @property
    def room_seconds(self) -> float:
        """RT60 of the room a line is heard in (0: outdoors, no room)."""
        return 0.0 if self.outside else (1.6 if self.big_room else 0.45)


def recipe(int_ext: str | None, location: str | None, time_of_day: str | None, description: str = "") -> BedRecipe:
    """The bed for a scene heading's parts."""
    ie = (int_ext or "").upper()
    words = " ".join(x for x in (location, description) if x)
    outside = ie.startswith("EXT") or ie == "EST"
    night = bool(re.search(r"NIGHT|EVENING|DUSK|MIDNIGHT|LATE", (time_of_day or "").upper()))
    r = BedRecipe(outside=outside, water=bool(_WATER.search(words)), city=bool(_CITY.search(words)),
                  green=bool(_GREEN.search(words)), rain=bool(_RAIN.search(words + " " + (time_of_day or ""))),
                  hum=bool(_HUM.search(words)) and not outside, big_room=bool(_BIG.search(words)), night=night,
                  seed=int.from_bytes(hashlib.sha256(f"{ie}|{location}|{time_of_day}".lower().encode())
                                      .digest()[:4], "big"))
    level = -38.0 if outside else -46.0
    if outside and (r.water or r.city or r.rain):
        level += 3.0
    if night:
        level -= 3.0
    return BedRecipe(**{**r.__dict__, "level": level})


CALIBRATION_SECONDS = 8.0


class _Filter:
    """A Butterworth filter that keeps its state across blocks (so a stream has no seams)."""

    def __init__(self, kind: str, freq, order: int = 2, channels: int = 2):
        from scipy.signal import butter

        nyq = RATE / 2
        wn = [f / nyq for f in freq] if isinstance(freq, (list, tuple)) else freq / nyq
        self.sos = butter(order, wn, btype=kind, output="sos").astype(np.float64)
        self.zi = np.zeros((self.sos.shape[0], channels, 2), np.float64)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        from scipy.signal import sosfilt

        y, self.zi = sosfilt(self.sos, x.T, axis=-1, zi=self.zi)
        return y.T


class _Pink:
    """Pink-ish noise: white noise through Paul Kellet's economy filter (three one-pole sections)."""

    def __init__(self, rng: np.random.Generator):
        from scipy.signal import zpk2sos

        self.rng = rng
        # poles/zeros of the -3 dB/octave approximation (0.0 .. 0.997 poles)
        z = [0.98443604, 0.83392334, 0.07568368]
        p = [0.99572754, 0.94790649, 0.53567505]
        self.sos = zpk2sos(z, p, 1.0).astype(np.float64)
        self.zi = np.zeros((self.sos.shape[0], 2, 2), np.float64)

    def __call__(self, n: int) -> np.ndarray:
        from scipy.signal import sosfilt

        white = self.rng.standard_normal((n, 2), dtype=np.float64).T
        y, self.zi = sosfilt(self.sos, white, axis=-1, zi=self.zi)
        return y.T * np.float64(0.1)


@dataclass
class _Events:
    """Event times (in samples from the bed's start) drawn one after another: a Poisson process."""

    rng: np.random.Generator
    mean_gap: float
    upcoming: list = field(default_factory=list)
    cursor: float = 0.0

    def until(self, end: int) -> list[int]:
        while self.cursor < end:
            self.cursor += self.rng.exponential(self.mean_gap) * RATE
            self.upcoming.append(int(self.cursor))
        return self.upcoming

    def drop_before(self, start: int, keep: float) -> None:
        self.upcoming = [t for t in self.upcoming if t + keep * RATE >= start]


class Bed:
    """A location's bed as a stream of stereo float32 blocks: `read(n)` returns the next n samples."""

    def __init__(self, r: BedRecipe, calibrate: bool = True):
        self.recipe = r
        self.pos = 0
        rng = np.random.default_rng(r.seed)
        self._pink = _Pink(np.random.default_rng(rng.integers(1 << 63)))
        self._room = _Filter("low", 900.0 if not r.big_room else 1400.0)
        self._wind = _Filter("low", 350.0, order=2)
        self._surf = _Filter("band", [150.0, 2500.0] if r.outside else [90.0, 450.0], order=2)
        self._rainf = _Filter("band", [900.0, 9000.0], order=2)
        self._traffic = _Filter("low", 220.0, order=2)
        # one generator per noise source: a block's draws must not depend on how the stream is split
        self._noise = {k: np.random.default_rng(rng.integers(1 << 63)) for k in ("wind", "surf", "rain", "traffic")}
        self._waves = _Events(np.random.default_rng(rng.integers(1 << 63)), 7.5)
        self._cars = _Events(np.random.default_rng(rng.integers(1 << 63)), 9.0)
        self._chirps = _Events(np.random.default_rng(rng.integers(1 << 63)), 1.6 if not r.night else 0.9)
        self._lfo_phase = float(rng.random() * 2 * np.pi)
        self._gain = 1.0
        if calibrate:
            self._gain = _calibration(r)

    def read(self, n: int) -> np.ndarray:
        r = self.recipe
        t0 = self.pos
        t = (t0 + np.arange(n)) / RATE
        out = np.zeros((n, 2), np.float64)
        pink = self._pink(n)
        out += self._room(pink) * (0.6 if r.outside else 1.0)
        if r.outside:
            swell = 0.55 + 0.45 * np.sin(2 * np.pi * 0.07 * t + self._lfo_phase) * np.sin(
                2 * np.pi * 0.023 * t + 1.3 * self._lfo_phase)
            out += self._wind(self._noise["wind"].standard_normal((n, 2), dtype=np.float64)) * 6.0 * swell[:, None]
        if r.water:
            env = self._envelope(self._waves, t0, n, rise=2.2, fall=4.5)
            base = 0.25 if r.outside else 0.6
            out += self._surf(self._noise["surf"].standard_normal((n, 2), dtype=np.float64)) * (base + env)[:, None] * (
                1.6 if r.outside else 2.4)
        if r.rain:
            out += self._rainf(self._noise["rain"].standard_normal((n, 2), dtype=np.float64)) * (0.7 if r.outside else 0.25)
        if r.city:
            env = self._envelope(self._cars, t0, n, rise=2.5, fall=3.0)
            out += self._traffic(self._noise["traffic"].standard_normal((n, 2), dtype=np.float64)) * (0.5 + 1.5 * env)[:, None] * (
                3.0 if r.outside else 1.2)
        if r.green and r.outside:
            out += self._calls(t0, n, night=r.night)
        if r.hum:
            ph = 2 * np.pi * 50.0 * ((t0 + np.arange(n)) % RATE) / RATE
            hum = 0.004 * np.sin(ph) + 0.002 * np.sin(2 * ph) + 0.001 * np.sin(3 * ph)
            out += hum[:, None]
        self.pos += n
        return (out * self._gain).astype(np.float64)

    def _envelope(self, events: _Events, t0: int, n: int, rise: float, fall: float) -> np.ndarray:
        """Sum of swells (a rise then a slow fall) at the events' times, over samples t0..t0+n; each event
        touches only its own stretch of samples."""
        env = np.zeros(n, np.float64)
        r, f = rise * RATE, fall * RATE
        for e in events.until(t0 + n + int(r)):
            a0, a1 = max(t0, int(np.ceil(e - r))), min(t0 + n, e)
            if a1 > a0:
                a = (np.arange(a0, a1) - (e - r)) / r
                env[a0 - t0:a1 - t0] += (np.sin(0.5 * np.pi * a) ** 2).astype(np.float64)
            d0, d1 = max(t0, e), min(t0 + n, e + int(4 * f))
            if d1 > d0:
                env[d0 - t0:d1 - t0] += np.exp(-2.5 * (np.arange(d0, d1) - e) / f).astype(np.float64)
        events.drop_before(t0 + n, rise + 4 * fall)
        return env

    def _calls(self, t0: int, n: int, night: bool) -> np.ndarray:
        """Birdsong by day (short rising chirps), crickets by night (pulsed 4.5 kHz)."""
        out = np.zeros((n, 2), np.float64)
        length = 0.35 if night else 0.12
        for e in self._chirps.until(t0 + n):
            a, b = max(t0, e), min(t0 + n, e + int(np.ceil(length * RATE)))
            if b <= a:
                continue
            on = slice(a - t0, b - t0)
            kk = (np.arange(a, b) - e) / RATE
            local = np.random.default_rng(e)
            if night:
                tone = np.sin(2 * np.pi * 4500 * kk) * (np.sin(2 * np.pi * 30 * kk) > 0.3)
                amp = 0.01
            else:
                f = local.uniform(2500, 4500) + local.uniform(800, 2000) * kk / length
                tone = np.sin(2 * np.pi * f * kk)
                amp = 0.012
            w = np.sin(np.pi * kk / length) ** 2 * amp
            side = local.uniform(0.2, 0.8)
            out[on, 0] += tone * w * (1 - side)
            out[on, 1] += tone * w * side
        self._chirps.drop_before(t0 + n, length)
        return out


@lru_cache(maxsize=256)
def _calibration(r: BedRecipe) -> float:
    """The gain that puts a bed at its recipe's loudness, measured on a twin's first seconds (so the bed
    itself still starts at sample 0); once per recipe and process."""
    from .loudness import integrated

    level = integrated(Bed(r, calibrate=False).read(round(CALIBRATION_SECONDS * RATE)))
    return db(r.level - level) if np.isfinite(level) else 1.0
