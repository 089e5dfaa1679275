"""The mix: dialogue, ambience and music stems and their stereo sum at 48 kHz, at a loudness target.

Where everything goes comes from the picture's own accounting (`director.timing`), so sound and picture
cannot drift: film frame f starts at sample f·48000/fps, the mix is exactly as long as the picture, and a
line starts on the frame its subtitle starts (`subtitles.cues` uses the same rounding).

- Dialogue: each line where its subtitle starts, never past its shot's end; panned toward where the
  speaker stands in the frame; heard as its cue extension says (`delivery.placement`: V.O. dry and
  close, O.S. muffled and roomier, a phone band-limited) with the scene's room (none outdoors).
- Ambience: one bed per run of shots in a scene (`ambience`), changing with the picture's transitions:
  a dissolve or wipe crossfades the two beds over its frames, a fade or dip to white takes the sound down
  to silence and back up with the picture, a cut changes bed at the cut (a few ms of crossfade, no click).
- Music: the film's cue under everything, a scene's cue in place of it during that scene (crossfaded at
  the scene's transitions), ducked under the dialogue (`DUCK_DB`).
- The whole mix fades up from silence with the picture's opening and down with its last second.

Rendered in blocks twice — once to measure loudness (BS.1770), once to write the stems and the mix with the
normalising gain — so a feature-length film mixes in flat memory. Stems are written with the same gain as
the mix (before its limiter), so they sum to it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

import numpy as np

from ..models import FilmPlan
from ..timing import EDGE_FADE_SECONDS, FADE_COLORS, film_frames, frame_of, plan_joins, shot_spans, \
    transition_frames
from . import ambience
from .delivery import Placement, placement_of
from .dsp import RATE, butter, convolve, db, pan, ramp, room_impulse, saturate
from .files import WavWriter
from .loudness import DEFAULT_TARGET, Meter, limit

STEMS = ("dialogue", "ambience", "music")
BLOCK_SECONDS = 10.0
CUT_CROSSFADE = 0.04
"""Seconds of crossfade where a bed changes at a cut (long enough not to click, short enough to be a cut)."""
LOUDNESS_TOLERANCE = 0.2
"""LU: a mix further than this from its target (after limiting) is written again with a corrected gain."""
DUCK_DB = 10.0
DUCK_ATTACK, DUCK_RELEASE = 0.25, 0.6
ROOM_SEND = 0.16
"""How much of the room's reverb an on-screen line gets (O.S. lines get `Placement.room` times more)."""


def sample_of_frame(frame: int, fps: int) -> int:
    return round(frame * RATE / fps)


def film_samples(plan: FilmPlan) -> int:
    return sample_of_frame(film_frames(plan), plan.fps)


@dataclass(frozen=True)
class PlacedLine:
    key: str                # "shot_id/index", the voice task's line
    shot: str
    start: int              # film sample where it starts (its subtitle's first frame)
    stop: int               # film sample it may not sound past (its shot's end)
    pan: float
    placement: Placement
    room: float             # RT60 of the scene's room (0 outdoors)
    seed: int


@dataclass(frozen=True)
class Segment:
    """A run of consecutive shots of one scene: one bed, perhaps one music cue."""

    scene: int
    start: int              # film samples
    end: int
    fade_in: tuple[str, int, int]    # (kind, samples before start, samples after start)
    fade_out: tuple[str, int, int]   # the next segment's fade_in
    recipe: ambience.BedRecipe


@dataclass
class MixLayout:
    total: int
    fps: int
    lines: list[PlacedLine]
    segments: list[Segment]
    head_fade: int
    tail_fade: int
    film_music: bool = False
    scene_music: dict[int, int] = field(default_factory=dict)     # segment index -> samples of its cue

    def cue_samples(self, index: int) -> int:
        """Length of segment `index`'s cue: the segment with its transitions' overlaps."""
        seg = self.segments[index]
        return (seg.end + seg.fade_out[2]) - (seg.start - seg.fade_in[1])


def _speaker_pan(shot, character: str, t: float) -> float:
    """-1 … 1 from the speaker's box centre in the keyframe nearest the line (0 when not in view)."""
    best = None
    for kf in shot.keyframes:
        for obj in kf.objects:
            if obj.entity == character and (best is None or abs(kf.t - t) < best[0]):
                best = (abs(kf.t - t), (obj.box[0] + obj.box[2]) / 2)
    return 0.0 if best is None else max(-0.6, min(0.6, (best[1] - 0.5) * 1.2))


def layout(plan: FilmPlan) -> MixLayout:
    """Where every line, bed and cue of `plan` goes, in film samples."""
    fps = plan.fps
    spans = shot_spans(plan)
    joins = plan_joins(plan, spans)
    lines: list[PlacedLine] = []
    segments: list[Segment] = []
    recipes = {}
    for i, (shot, span) in enumerate(zip(plan.shots, spans)):
        bg = shot.background
        r = recipes.setdefault(shot.scene, ambience.recipe(bg.int_ext, bg.location, bg.time_of_day, bg.description))
        for k, line in enumerate(shot.dialogue):
            frame = min(max(span.start + frame_of(line.start, fps), span.start), span.end)
            if frame >= span.end or not line.text.strip():
                continue
            where = placement_of(line.extension)
            lines.append(PlacedLine(f"{shot.id}/{k}", shot.id, sample_of_frame(frame, fps),
                                    sample_of_frame(span.end, fps),
                                    0.0 if where.kind != "on" else _speaker_pan(shot, line.character,
                                                                                (line.start + line.end) / 2),
                                    where, r.room_seconds, r.seed))
        start = sample_of_frame(span.start, fps)
        if i == 0 or shot.scene != plan.shots[i - 1].scene:
            j = joins[i]
            if i == 0:
                fade_in = ("cut", 0, 0)
            elif j.kind == "cut":
                half = round(CUT_CROSSFADE * RATE / 2)
                fade_in = ("cut", half, half)
            else:
                fade_in = ("fade" if j.kind in FADE_COLORS else "cross", sample_of_frame(j.before, fps),
                           sample_of_frame(j.after, fps))
            if segments:
                prev = segments[-1]
                segments[-1] = Segment(prev.scene, prev.start, start, prev.fade_in, fade_in, prev.recipe)
            segments.append(Segment(shot.scene, start, start, fade_in, ("cut", 0, 0), r))
    total = film_samples(plan)
    if segments:
        last = segments[-1]
        segments[-1] = Segment(last.scene, last.start, total, last.fade_in, ("cut", 0, 0), last.recipe)
    first = plan.shots[0].transition_in if plan.shots else None
    opening = min(transition_frames(first, fps), spans[0].frames) if first is not None else 0
    edge = min(film_frames(plan) // 2, round(EDGE_FADE_SECONDS * fps))
    out = MixLayout(total, fps, lines, segments, sample_of_frame(max(edge, opening), fps),
                    sample_of_frame(edge, fps), film_music=plan.music is not None)
    for k, seg in enumerate(segments):
        scene = plan.scenes[seg.scene - 1] if 0 < seg.scene <= len(plan.scenes) else None
        if scene is not None and scene.music is not None:
            out.scene_music[k] = out.cue_samples(k)
    return out


def _segment_gain(seg: Segment, t0: int, n: int) -> np.ndarray:
    """Segment's bed/cue gain over samples t0..t0+n: 1 inside, its transitions' ramps at its edges."""
    idx = t0 + np.arange(n)
    g = np.ones(n, np.float64)
    kind, before, after = seg.fade_in
    a, b = seg.start - before, seg.start + after
    if kind == "fade":          # down to silence with the picture, then up: this side comes up after the cut
        a = seg.start
    region = (idx >= a) & (idx < b)
    if b > a:
        g[region] = ramp(b - a)[idx[region] - a]
    g[idx < a] = 0.0
    kind, before, after = seg.fade_out
    a, b = seg.end - before, seg.end + after
    if kind == "fade":
        b = seg.end
    region = (idx >= a) & (idx < b)
    if b > a:
        g[region] *= ramp(b - a, rising=False)[idx[region] - a]
    g[idx >= b] = 0.0
    return g


class _Dialogue:
    """The dialogue stem, block by block: each line processed once when it first sounds, dropped after."""

    def __init__(self, lines: list[PlacedLine], audio: Callable[[str], np.ndarray]):
        self.lines = sorted(lines, key=lambda l: l.start)
        self.audio = audio
        self.next = 0
        self.active: list[tuple[int, np.ndarray]] = []
        self.irs: dict[tuple[int, float], np.ndarray] = {}
        self.placed: list[dict] = []

    def _process(self, line: PlacedLine) -> np.ndarray:
        x = np.asarray(self.audio(line.key), np.float64).reshape(-1)
        x = x[: max(0, line.stop - line.start)].copy()
        fade = min(len(x), round(0.01 * RATE))
        if len(x) and len(x) == line.stop - line.start and fade:
            x[-fade:] *= ramp(fade, rising=False)      # cut off by its shot's end: no click
        w = line.placement
        if w.lowpass or w.highpass:
            x = butter(x, RATE, lowpass=w.lowpass, highpass=w.highpass, order=4 if w.kind == "filtered" else 2)
        if w.kind == "filtered":
            x = saturate(x, 1.5)
        x = x * np.float64(db(w.gain))
        self.placed.append({"line": line.key, "shot": line.shot, "start": line.start, "end": line.start + len(x)})
        stereo = pan(x, line.pan)
        send = ROOM_SEND * w.room
        if line.room > 0 and send > 0:
            key = (line.seed, line.room)
            if key not in self.irs:
                self.irs[key] = room_impulse(RATE, line.room, line.seed)
            wet = convolve(x, self.irs[key]) * np.float64(send)
            out = np.zeros((len(wet), 2), np.float64)
            out[: len(stereo)] = stereo
            out += wet[:, None] * np.float64(0.5) * np.array([1.0, 0.93], np.float64)
            return out
        return stereo

    def block(self, t0: int, n: int) -> np.ndarray:
        out = np.zeros((n, 2), np.float64)
        while self.next < len(self.lines) and self.lines[self.next].start < t0 + n:
            line = self.lines[self.next]
            self.active.append((line.start, self._process(line)))
            self.next += 1
        keep = []
        for start, x in self.active:
            a, b = max(t0, start), min(t0 + n, start + len(x))
            if b > a:
                out[a - t0:b - t0] += x[a - start:b - start]
            if start + len(x) > t0 + n:
                keep.append((start, x))
        self.active = keep
        return out


def duck_envelope(lines: list[PlacedLine], audio_length: Callable[[str], int], total: int) -> np.ndarray:
    """Dialogue activity at 100 Hz (0 … 1): up `DUCK_ATTACK` before each line, down `DUCK_RELEASE` after."""
    step = RATE // 100
    n = total // step + 2
    active = np.zeros(n, np.int64)
    for line in lines:
        end = min(line.stop, line.start + audio_length(line.key))
        a = max(0, int((line.start - DUCK_ATTACK * RATE) // step))
        b = min(n, int((end + DUCK_RELEASE * RATE) // step) + 1)
        active[a:b] = 1
    k = max(1, round(DUCK_ATTACK * 100))
    # a centred moving average of k steps, counted in integers: a float convolution goes through BLAS, whose
    # kernels (chosen per CPU) add in different orders, and the mix would differ from machine to machine
    counts = np.cumsum(np.concatenate([np.zeros(k // 2 + 1, np.int64), active, np.zeros(k, np.int64)]))
    window = counts[k:k + n] - counts[:n]          # active[i - k//2 : i - k//2 + k], as convolve's "same"
    return np.clip(window / k, 0.0, 1.0)


@dataclass
class MixResult:
    paths: dict[str, Path]
    samples: int
    target: float
    loudness: float             # integrated loudness of the mix as written (LUFS)
    gain: float                 # dB applied to the stems
    seconds: float
    lines: list[dict]

    def as_meta(self) -> dict:
        return {"samples": self.samples, "rate": RATE, "target": self.target, "loudness": round(self.loudness, 3),
                "gain": round(self.gain, 3), "seconds": round(self.seconds, 4), "lines": self.lines}


class _Render:
    """One pass over the film, block by block, yielding (t0, dialogue, ambience, music) stems."""

    def __init__(self, lay: MixLayout, audio, cues: Mapping[str, np.ndarray], duck: np.ndarray):
        self.lay, self.audio, self.cues, self.duck = lay, audio, cues, duck

    def __iter__(self):
        lay = self.lay
        dialogue = _Dialogue(lay.lines, self.audio)
        beds: dict[int, ambience.Bed] = {}
        block = round(BLOCK_SECONDS * RATE)
        for t0 in range(0, lay.total, block):
            n = min(block, lay.total - t0)
            d = dialogue.block(t0, n)
            amb = np.zeros((n, 2), np.float64)
            mus = np.zeros((n, 2), np.float64)
            film_gain = np.ones(n, np.float64)
            for k in range(len(lay.segments)):     # a short scene's neighbours may both overlap it
                seg = lay.segments[k]
                s0, s1 = seg.start - seg.fade_in[1], seg.end + seg.fade_out[2]
                if s0 >= t0 + n:
                    break
                if s1 <= t0:
                    beds.pop(k, None)
                    continue
                a, b = max(t0, s0), min(t0 + n, s1)
                g = _segment_gain(seg, a, b - a)
                if k not in beds:
                    beds[k] = ambience.Bed(seg.recipe)
                    skip = a - s0
                    while skip > 0:             # (only when a segment starts before the film does)
                        beds[k].read(min(skip, block))
                        skip -= min(skip, block)
                amb[a - t0:b - t0] += beds[k].read(b - a) * g[:, None]
                if k in lay.scene_music:
                    cue = self.cues[f"scene/{k}"]
                    mus[a - t0:b - t0] += cue[a - s0:b - s0] * g[:, None]
                    film_gain[a - t0:b - t0] *= 1.0 - g
            if lay.film_music:
                cue = self.cues["film"]
                mus += cue[t0:t0 + n] * film_gain[:, None]
            duck = np.interp(t0 + np.arange(n), np.arange(len(self.duck)) * (RATE // 100), self.duck)
            mus *= (10.0 ** (-DUCK_DB * duck / 20.0)).astype(np.float64)[:, None]
            master = self._edges(t0, n)
            if master is not None:
                d, amb, mus = d * master, amb * master, mus * master
            yield t0, d, amb, mus
        self.placed = dialogue.placed

    def _edges(self, t0: int, n: int) -> np.ndarray | None:
        lay = self.lay
        if t0 >= lay.head_fade and t0 + n <= lay.total - lay.tail_fade:
            return None
        idx = t0 + np.arange(n)
        g = np.ones(n, np.float64)
        if lay.head_fade:
            head = idx < lay.head_fade
            g[head] = ramp(lay.head_fade)[idx[head]]
        if lay.tail_fade:
            tail = idx >= lay.total - lay.tail_fade
            g[tail] *= ramp(lay.tail_fade, rising=False)[idx[tail] - (lay.total - lay.tail_fade)]
        return g[:, None]


def render(plan: FilmPlan, audio: Callable[[str], np.ndarray], out: str | Path | Mapping[str, Path], *,
           cues: Mapping[str, np.ndarray] | None = None, target: float = DEFAULT_TARGET,
           progress: Callable[[float], None] | None = None) -> MixResult:
    """Mix `plan` into the folder `out` (or the paths `out` maps "dialogue", "ambience", "music", "mix" to):
    the three stems and mix.wav, all 24-bit stereo 48 kHz, exactly as long as the picture; the mix at `target`
    LUFS integrated.

    `audio(line_key)` gives a line's mono samples at 48 kHz (`synthesis.speak`); `cues` the fitted music
    (`"film"`, `"scene/<segment>"`), as `music.compose` makes them for `layout(plan)`'s lengths.
    """
    began = time.perf_counter()
    if isinstance(out, Mapping):
        paths = {name: Path(out[name]) for name in (*STEMS, "mix")}
    else:
        Path(out).mkdir(parents=True, exist_ok=True)
        paths = {name: Path(out) / f"{name}.wav" for name in (*STEMS, "mix")}
    lay = layout(plan)
    lengths: dict[str, int] = {}

    def length(key: str) -> int:
        if key not in lengths:
            lengths[key] = len(audio(key))
        return lengths[key]

    duck = duck_envelope(lay.lines, length, lay.total)
    cues = dict(cues or {})
    meter = Meter()
    for _, d, a, m in _Render(lay, audio, cues, duck):                # pass 1: measure
        meter.add(d + a + m)
    before = meter.integrated()
    gain = target - before if np.isfinite(before) else 0.0
    for _ in range(3):      # the limiter may take a little loudness off a loud target: correct and rewrite
        loudness, placed = _write(lay, audio, cues, duck, gain, paths, progress)
        if not np.isfinite(loudness) or abs(loudness - target) <= LOUDNESS_TOLERANCE:
            break
        gain += target - loudness
    return MixResult(paths, lay.total, target, loudness, gain, time.perf_counter() - began, placed)


def _write(lay: MixLayout, audio, cues, duck, gain: float, paths: dict[str, Path], progress) -> tuple[float, list]:
    """Pass 2: the stems at `gain` and their limited sum, written; returns the mix's loudness and the lines."""
    final = Meter()
    passes = _Render(lay, audio, cues, duck)
    k = np.float64(db(gain))
    writers = {name: WavWriter(path, lay.total) for name, path in paths.items()}
    try:
        for t0, d, a, m in passes:
            d, a, m = d * k, a * k, m * k
            mixed = limit(d + a + m)
            final.add(mixed)
            for name, x in zip(("dialogue", "ambience", "music", "mix"), (d, a, m, mixed)):
                writers[name].write(x)
            if progress is not None:
                progress(min(1.0, (t0 + len(d)) / max(1, lay.total)))
        for w in writers.values():
            w.close()
    except BaseException:
        for w in writers.values():
            w.__exit__(RuntimeError, None, None)
        raise
    return final.integrated(), passes.placed
