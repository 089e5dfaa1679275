"""The editor: shot clips in, one H.264 film out, with transitions, a title card and fades, encoded once.

Frame accounting is `director.timing`'s, the same the director rendered the clips with and the timeline
describes, so the film has exactly `timing.film_frames(plan)` frames. A dissolve or wipe of n frames is centred
on the cut: the `head` frames before it come from the incoming clip's head handle, the `tail` frames after it
from the outgoing clip's tail handle, so transitions cost no film time. Fades through black and dips to white
happen in place on the shots' own frames (split like a dissolve: `n - n//2` before the cut, `n//2` after).
The first shot's transition, whatever its type, fades it in from black (from white for a dip). The title card
and the film's head and tail fades are laid over the picture, adding no time — the same overlays
`director.timeline` writes as markers.

Blending is numpy integer arithmetic on the frames in flight (DESIGN.md: twice as fast as moviepy's compose
path), and frames stream into one ffmpeg process as raw RGB: only the outgoing and incoming clips are in
memory (a clip may be an `np.memmap`), never the film. The film is written to a hidden partial file and
renamed into place when ffmpeg succeeds, so a failed edit never replaces a finished film.
"""
from __future__ import annotations

import os
import queue
import subprocess
import tempfile
import textwrap
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np

from .errors import DirectorError
from .models import FilmPlan
from .timing import (EDGE_FADE_SECONDS, FADE_COLORS, TITLE_CARD_SECONDS, ShotSpan, closing_fade, film_frames,
                     plan_joins, shot_spans, transition_frames)

CRF = 18
PRESET = "veryfast"
"""x264 settings: visually clean previz at a speed that keeps encoding a small share of a CPU render."""

ENCODER_THREADS = 4
"""Fixed, never "auto": x264's output (and the options string it writes into the stream) depends on its thread
count, and "auto" follows the CPUs the process may use, so the same plan gave other bytes under `taskset -c 1`
or on another machine."""


WIPE_DEFAULT = "right"
"""A wipe without a direction travels left to right, the way a page reads."""


@dataclass
class ShotClip:
    """One shot's rendered frames: `head` handle frames, the shot's own frames, then `tail` handle frames."""

    shot_id: str
    frames: np.ndarray   # (head + shot frames + tail, H, W, 3) uint8; an np.memmap is fine
    head: int = 0
    tail: int = 0


@dataclass
class EditStats:
    path: Path
    frames: int
    fps: int
    width: int
    height: int
    shots: int
    transitions: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0          # wall time of the whole edit (compositing and encoding, overlapped)
    bytes: int = 0

    @property
    def duration(self) -> float:
        return self.frames / self.fps if self.fps else 0.0


ProgressFn = Callable[[int, int], None]
"""progress(frames_written, total_frames): called about once per film second and at the end."""


# ---------------------------------------------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------------------------------------------

def ffmpeg_exe() -> str:
    """imageio-ffmpeg's bundled binary: the same encoder on every machine, no system ffmpeg needed."""
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def ffmpeg_command(width: int, height: int, fps: int, path: str | Path, *, crf: int = CRF,
                   preset: str = PRESET) -> list[str]:
    """Raw 4:2:0 frames (`rgb_to_yuv420`) on stdin -> H.264 MP4 that plays in a browser (moov atom first).

    Deterministic bytes: the same frames give the same file on any machine and CPU count (for one version of
    the bundled ffmpeg), because the encoder's thread count is fixed, the colour conversion is ours (swscale's
    SIMD and C paths round differently), and no metadata carries a version or a time."""
    w, h = width + width % 2, height + height % 2
    return [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
            "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{w}x{h}", "-r", str(fps), "-i", "-",
            "-an", "-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p",
            "-threads", str(ENCODER_THREADS), "-map_metadata", "-1", "-fflags", "+bitexact",
            "-movflags", "+faststart", "-f", "mp4", str(path)]


def rgb_to_yuv420(frame: np.ndarray) -> bytes:
    """One (H, W, 3) uint8 RGB frame as planar YUV 4:2:0 bytes (BT.601, limited range: what swscale produced
    for this encoder before), in exact integer arithmetic, so every machine computes the same bytes. Odd
    sizes get one black row or column (4:2:0 chroma needs even sizes); chroma is the mean of each 2x2 block."""
    h, w, _ = frame.shape
    if h % 2 or w % 2:
        frame = np.pad(frame, ((0, h % 2), (0, w % 2), (0, 0)))
    r, g, b = (frame[..., c].astype(np.uint16) for c in range(3))
    y = r * 66
    y += g * 129
    y += b * 25
    y += 128 + (16 << 8)
    y >>= 8

    def quad(c):   # sums of 2x2 blocks (at most 1020)
        return (c[0::2, 0::2] + c[1::2, 0::2] + c[0::2, 1::2] + c[1::2, 1::2]).astype(np.int32)

    r, g, b = quad(r), quad(g), quad(b)
    u = b * 112 - r * 38 - g * 74 + (512 + (128 << 10))
    u >>= 10
    v = r * 112 - g * 94 - b * 18 + (512 + (128 << 10))
    v >>= 10
    return b"".join(plane.astype(np.uint8).tobytes() for plane in (y, u, v))


class VideoWriter:
    """Streams (H, W, 3) uint8 frames into one ffmpeg process; the file appears at `path` only when complete.

    Use as a context manager: leaving it normally finishes the encode and renames the partial file into
    place; leaving it with an exception kills ffmpeg and removes the partial file.

    Frames go to ffmpeg from a small queue on a writer thread (`queue_frames` deep, 0 to write inline), so the
    caller composes the next frame while the pipe drains: a frame must not be modified after `write`.
    """

    def __init__(self, path: str | Path, width: int, height: int, fps: int, *, crf: int = CRF, preset: str = PRESET,
                 queue_frames: int = 8):
        self.path = Path(path)
        self.width, self.height, self.fps = width, height, fps
        self.frames = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DirectorError(f"{self.path.parent}: cannot create output folder: {exc.strerror or exc}") from exc
        if not os.access(self.path.parent, os.W_OK):
            raise DirectorError(f"{self.path.parent}: output folder is not writable")
        self.partial = self.path.with_name(f".{self.path.stem}.partial{os.getpid()}-{id(self):x}.mp4")
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(ffmpeg_command(width, height, fps, self.partial, crf=crf, preset=preset),
                                      stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._log)
        self._pipe_error: BaseException | None = None
        self._queue: queue.Queue | None = None
        if queue_frames > 0:
            self._queue = queue.Queue(maxsize=queue_frames)
            self._pump = threading.Thread(target=self._drain, name="director-ffmpeg-writer", daemon=True)
            self._pump.start()

    def _drain(self) -> None:
        while True:
            frame = self._queue.get()
            if frame is None:
                return
            if self._pipe_error is None:
                try:
                    self._proc.stdin.write(rgb_to_yuv420(frame))
                except (BrokenPipeError, OSError) as exc:
                    self._pipe_error = exc

    def _stop_pump(self) -> None:
        if self._queue is not None:
            self._queue.put(None)
            self._pump.join()
            self._queue = None

    def write(self, frame: np.ndarray) -> None:
        if frame.shape != (self.height, self.width, 3) or frame.dtype != np.uint8:
            raise DirectorError(
                f"{self.path}: frame {self.frames} is {frame.shape} {frame.dtype}, expected "
                f"({self.height}, {self.width}, 3) uint8")
        if self._pipe_error is not None:
            self._fail("ffmpeg stopped reading frames")
        if self._queue is not None:
            self._queue.put(frame)      # converted on the writer thread, overlapping the next frame's compositing
        else:
            try:
                self._proc.stdin.write(rgb_to_yuv420(frame))
            except (BrokenPipeError, OSError):
                self._fail("ffmpeg stopped reading frames")
        self.frames += 1

    def close(self) -> Path:
        self._stop_pump()
        if self._pipe_error is not None:
            self._fail("ffmpeg stopped reading frames")
        try:
            self._proc.stdin.close()
        except OSError:
            pass
        if self._proc.wait() != 0:
            self._fail(_exit_reason(self._proc.returncode))
        self._log.close()
        try:
            os.replace(self.partial, self.path)
        except OSError as exc:
            self._cleanup()
            raise DirectorError(f"{self.path}: cannot write the video: {exc.strerror or exc}") from exc
        return self.path

    def abort(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        self._stop_pump()   # the pump's writes now fail fast, so it drains and stops
        self._proc.wait()
        self._cleanup()

    def _cleanup(self) -> None:
        try:
            self.partial.unlink()
        except FileNotFoundError:
            pass
        try:
            self._log.close()
        except OSError:
            pass

    def _fail(self, what: str):
        if self._proc.poll() is None:
            self._proc.kill()
        self._stop_pump()
        self._proc.wait()
        self._log.seek(0)
        detail = self._log.read().decode("utf-8", "replace").strip().splitlines()
        self._cleanup()
        reason = f": {detail[-1]}" if detail else ""
        raise DirectorError(f"{self.path}: encoding failed ({what}){reason}")

    def __enter__(self) -> "VideoWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def _exit_reason(code: int) -> str:
    if code < 0:
        import signal

        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (file size limit or disk full)" if name == "SIGXFSZ" else ""
        return f"ffmpeg was killed by {name}{hint}"
    return f"ffmpeg exited with status {code}"


def encode_clip(frames: np.ndarray, path: str | Path, fps: int, **options) -> Path:
    """Encode a (T, H, W, 3) uint8 array (e.g. one shot with its handles, for shots/<id>.mp4)."""
    frames = np.asarray(frames) if not isinstance(frames, np.ndarray) else frames
    if frames.ndim != 4 or frames.shape[-1] != 3 or len(frames) == 0:
        raise DirectorError(f"{path}: expected (T, H, W, 3) frames, got {frames.shape}")
    _, h, w, _ = frames.shape
    with VideoWriter(path, w, h, fps, **options) as out:
        for frame in frames:
            out.write(frame)
    return Path(path)


# ---------------------------------------------------------------------------------------------------------------
# Blending (integer numpy: weights in 1/256ths)
# ---------------------------------------------------------------------------------------------------------------

def mix(a: np.ndarray, b: np.ndarray, w: float) -> np.ndarray:
    """(1 - w)·a + w·b for uint8 frames, w in [0, 1]."""
    wi = int(round(min(max(w, 0.0), 1.0) * 256))
    if wi == 0:
        return a.copy()
    if wi == 256:
        return b.copy()
    out = a.astype(np.uint16) * (256 - wi)
    out += b.astype(np.uint16) * wi
    return (out >> 8).astype(np.uint8)


def toward(frame: np.ndarray, color: str, w: float) -> np.ndarray:
    """`frame` faded a fraction w of the way to black or white."""
    wi = int(round(min(max(w, 0.0), 1.0) * 256))
    if wi == 0:
        return frame.copy()
    out = frame.astype(np.uint16) * (256 - wi)
    if color == "white":
        out += 255 * wi
    return (out >> 8).astype(np.uint8)


def wipe(a: np.ndarray, b: np.ndarray, p: float, direction: str | None) -> np.ndarray:
    """`b` revealed over `a` by an edge that has travelled a fraction p across the frame in `direction`."""
    direction = direction or WIPE_DEFAULT
    h, w = a.shape[:2]
    out = a.copy()
    if direction == "right":
        x = round(w * p)
        out[:, :x] = b[:, :x]
    elif direction == "left":
        x = w - round(w * p)
        out[:, x:] = b[:, x:]
    elif direction == "down":
        y = round(h * p)
        out[:y] = b[:y]
    else:  # up
        y = h - round(h * p)
        out[y:] = b[y:]
    return out


def composite(frame: np.ndarray, rgba: np.ndarray, x: int, y: int, opacity: float = 1.0) -> None:
    """Alpha-blend an (h, w, 4) uint8 overlay onto `frame` in place with its top-left at (x, y), clipped."""
    H, W = frame.shape[:2]
    h, w = rgba.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
    if x1 <= x0 or y1 <= y0 or opacity <= 0:
        return
    src = rgba[y0 - y:y1 - y, x0 - x:x1 - x]
    alpha = src[..., 3:4].astype(np.uint16) * int(round(min(opacity, 1.0) * 256)) >> 8
    dst = frame[y0:y1, x0:x1]
    dst[...] = ((dst.astype(np.uint16) * (256 - alpha) + src[..., :3].astype(np.uint16) * alpha) >> 8).astype(np.uint8)


# ---------------------------------------------------------------------------------------------------------------
# The cut: which frames, from which clips, blended how
# ---------------------------------------------------------------------------------------------------------------

def _check_clip(clip: ShotClip, plan: FilmPlan, i: int, span: ShotSpan) -> None:
    shot_id = plan.shots[i].id
    if clip.shot_id != shot_id:
        raise DirectorError(f"editor: clip {i + 1} is for shot '{clip.shot_id}', expected shot '{shot_id}' (plan order)")
    f = clip.frames
    want = (plan.height, plan.width, 3)
    if getattr(f, "ndim", 0) != 4 or tuple(f.shape[1:]) != want or f.dtype != np.uint8:
        raise DirectorError(f"editor: shot '{shot_id}' frames are {getattr(f, 'shape', '?')} "
                            f"{getattr(f, 'dtype', '?')}, expected (T, {plan.height}, {plan.width}, 3) uint8")
    if clip.head < span.head or clip.tail < span.tail or len(f) != clip.head + span.frames + clip.tail:
        raise DirectorError(
            f"editor: shot '{shot_id}' has {len(f)} frames (head {clip.head}, tail {clip.tail}); the plan needs "
            f"{span.frames} shot frames with at least {span.head} head and {span.tail} tail handle frames")


def release_pages(frames: np.ndarray) -> None:
    """Drop a finished memory-mapped clip's pages from this process's resident memory.

    Pages of a memory map that have been read stay resident for as long as anyone holds the map — and the
    caller (the pipeline) may hold every shot's map until the film is done, which would make the editor's
    footprint grow with the film. Only shared maps (modes r, r+, w+) are released: their data lives in the
    file, so a later read simply pages it in again. Copy-on-write maps (mode c) keep their private changes.
    """
    import mmap

    base = frames
    while isinstance(base, np.ndarray) and not isinstance(base, np.memmap) and base.base is not None:
        base = base.base
    if not isinstance(base, np.memmap) or base.mode == "c":
        return
    m = getattr(base, "_mmap", None)
    if m is not None and hasattr(m, "madvise") and hasattr(mmap, "MADV_DONTNEED"):
        try:
            m.madvise(mmap.MADV_DONTNEED)
        except (OSError, ValueError):
            pass


def cut_frames(plan: FilmPlan, clips: Iterable[ShotClip]) -> Iterator[np.ndarray]:
    """The film's picture, frame by frame, before overlays: clips joined by their transitions.

    Holds at most two clips (outgoing and incoming); yields exactly `film_frames(plan)` frames.
    """
    spans = shot_spans(plan)
    joins = plan_joins(plan, spans)
    it = iter(clips)
    prev: ShotClip | None = None
    for i, span in enumerate(spans):
        clip = next(it, None)
        if clip is None:
            raise DirectorError(f"editor: no clip for shot '{plan.shots[i].id}' (got {i} of {len(spans)})")
        _check_clip(clip, plan, i, span)
        join = joins[i]
        if i > 0 and join.before + join.after > 0:
            pspan, n = spans[i - 1], join.before + join.after
            for k in range(n):
                f = span.start - join.before + k
                a = prev.frames[f - pspan.start + prev.head] if f - pspan.start < pspan.frames + prev.tail else None
                b = clip.frames[f - span.start + clip.head] if f - span.start >= -clip.head else None
                p = (k + 0.5) / n
                if join.kind in FADE_COLORS:
                    yield toward(a if k < join.before else b, join.color, 1.0 - abs(1.0 - 2.0 * p))
                elif join.kind == "wipe":
                    yield wipe(a, b, p, join.direction)
                else:
                    yield mix(a, b, p)
        if prev is not None:
            release_pages(prev.frames)
            prev = None
        nxt = joins[i + 1].before if i + 1 < len(joins) else 0
        for f in range(span.start + join.after, span.end - nxt):
            yield np.asarray(clip.frames[f - span.start + clip.head])
        prev = clip
    if prev is not None:
        release_pages(prev.frames)
    if next(it, None) is not None:
        raise DirectorError(f"editor: more clips than the plan's {len(spans)} shots")


# ---------------------------------------------------------------------------------------------------------------
# Overlays: title card, subtitles, fades — laid over the picture, adding no time
# ---------------------------------------------------------------------------------------------------------------

def title_card(plan: FilmPlan) -> np.ndarray | None:
    """The title page as an (H, W, 4) RGBA overlay: the title large, credit and author below, on a dark band."""
    from PIL import Image, ImageDraw

    from .drawing import font

    tp = {k.lower(): v for k, v in plan.title_page.items()}
    title = (tp.get("title") or plan.title or "").strip()
    if not title:
        return None
    rows = [row for part in title.splitlines() for row in textwrap.wrap(" ".join(part.split()), 32)]
    lines = [(row, 14) for row in rows[:3]]  # (text, frame height / font size): the title large
    for key in ("credit", "author", "authors", "source"):
        if tp.get(key):
            lines += [(row, 26) for row in tp[key].strip().splitlines()[:2]]
    W, H = plan.width, plan.height
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    rendered = []
    for text, div in lines:
        f = font(max(8, H // div), text)
        b = draw.textbbox((0, 0), text, font=f)
        rendered.append((text, f, b))
    gap = max(2, H // 60)
    total = sum(b[3] - b[1] for _, _, b in rendered) + gap * (len(rendered) - 1)
    band = total + 4 * gap
    top = (H - band) // 2
    draw.rectangle((0, top, W, top + band), fill=(0, 0, 0, 170))
    y = top + 2 * gap
    for i, (text, f, b) in enumerate(rendered):
        draw.text(((W - (b[2] - b[0])) // 2 - b[0], y - b[1]), text, font=f,
                  fill=(255, 255, 255, 255) if lines[i][1] == 14 else (215, 215, 215, 255))
        y += b[3] - b[1] + gap
    return np.asarray(img, dtype=np.uint8).copy()


class Overlays:
    """Everything laid over the cut picture at film frame f; precomputed so each frame costs little."""

    def __init__(self, plan: FilmPlan, *, burn_subtitles: bool, title_card_seconds: float, edge_fade_seconds: float):
        fps, total = plan.fps, film_frames(plan)
        self.total = total
        self.card = title_card(plan) if title_card_seconds > 0 else None
        self.card_frames = min(total, round(title_card_seconds * fps))
        self.card_fade = max(1, round(0.5 * fps))
        self.edge = min(total // 2, round(edge_fade_seconds * fps))
        self.tail, self.tail_color = closing_fade(plan, edge_fade_seconds)   # the script's FADE OUT / CUT TO BLACK
        first = plan.shots[0].transition_in if plan.shots else None
        n0 = transition_frames(first, fps) if first is not None else 0
        span0 = shot_spans(plan)[0].frames if plan.shots else 0
        self.open_frames = min(n0, span0)
        self.open_color = FADE_COLORS.get(first.type, "black") if first is not None else "black"
        self.cues = []
        if burn_subtitles:
            from .subtitles import cues

            self.cues = [(round(c.start * fps), round(c.end * fps), c) for c in cues(plan)]
        self._sprites: dict[int, list] = {}
        self.width, self.height = plan.width, plan.height

    def apply(self, frame: np.ndarray, f: int) -> np.ndarray:
        if self.cues:
            for start, end, cue in self.cues:
                if start <= f < end:
                    frame = np.array(frame)  # never draw into a clip's own (possibly memory-mapped) frames
                    self._subtitle(frame, cue)
                    break
        if self.card is not None and f < self.card_frames:
            frame = np.array(frame)
            fade_out = (self.card_frames - f) / self.card_fade
            composite(frame, self.card, 0, 0, min(1.0, fade_out))
        if f < self.open_frames:
            frame = toward(frame, self.open_color, 1.0 - f / self.open_frames)
        if self.edge > 0 and f < self.edge:
            frame = toward(frame, "black", 1.0 - f / self.edge)
        if self.tail > 0 and f >= self.total - self.tail:
            frame = toward(frame, self.tail_color, 1.0 - (self.total - 1 - f) / self.tail)
        return frame

    def _subtitle(self, frame: np.ndarray, cue) -> None:
        from .drawing import text_sprite

        rows = self._sprites.get(cue.index)
        if rows is None:
            size = max(9, round(self.height / 20))
            stroke = max(1, self.height // 180)
            text = f"{cue.speaker.upper()}: {cue.text}" if cue.speaker else cue.text
            wrapped = []
            for para in text.splitlines() or [""]:
                wrapped += textwrap.wrap(para, 42) or [""]
            rows = [np.asarray(text_sprite(r, size, (255, 255, 255), stroke, (0, 0, 0))[0]) for r in wrapped[-3:]]
            self._sprites = {cue.index: rows}
        row_h = round(self.height / 20 * 1.25)
        y = self.height - self.height // 14 - row_h * len(rows)
        for sprite in rows:
            composite(frame, sprite, (self.width - sprite.shape[1]) // 2, y)
            y += row_h


# ---------------------------------------------------------------------------------------------------------------
# The edit
# ---------------------------------------------------------------------------------------------------------------

def film_pictures(plan: FilmPlan, clips: Iterable[ShotClip], *, burn_subtitles: bool = False,
                  title_card_seconds: float = TITLE_CARD_SECONDS,
                  edge_fade_seconds: float = EDGE_FADE_SECONDS) -> Iterator[np.ndarray]:
    """Every frame of the finished film, in order, as uint8 arrays: what `edit_film` encodes."""
    overlays = Overlays(plan, burn_subtitles=burn_subtitles, title_card_seconds=title_card_seconds,
                        edge_fade_seconds=edge_fade_seconds)
    for f, frame in enumerate(cut_frames(plan, clips)):
        yield overlays.apply(frame, f)


def edit_film(plan: FilmPlan, clips: Iterable[ShotClip], out_path: str | Path, *, burn_subtitles: bool = False,
              progress: ProgressFn | None = None, title_card_seconds: float = TITLE_CARD_SECONDS,
              edge_fade_seconds: float = EDGE_FADE_SECONDS, crf: int = CRF, preset: str = PRESET,
              queue_frames: int = 8) -> EditStats:
    """Stitch `clips` (one per shot, in plan order; a generator keeps memory flat) into `out_path` (.mp4)."""
    if not plan.shots:
        raise DirectorError("editor: the plan has no shots")
    began = time.perf_counter()
    total = film_frames(plan)
    every = max(1, plan.fps)
    with VideoWriter(out_path, plan.width, plan.height, plan.fps, crf=crf, preset=preset,
                     queue_frames=queue_frames) as out:
        for frame in film_pictures(plan, clips, burn_subtitles=burn_subtitles, title_card_seconds=title_card_seconds,
                                   edge_fade_seconds=edge_fade_seconds):
            out.write(frame)
            if progress is not None and (out.frames % every == 0 or out.frames == total):
                progress(out.frames, total)
        if out.frames != total:  # the accounting guarantees this; a mismatch is a bug, not bad input
            raise RuntimeError(f"editor wrote {out.frames} frames, the plan has {total}")
    kinds = Counter(s.transition_in.type for s in plan.shots[1:])
    path = Path(out_path)
    return EditStats(path=path, frames=total, fps=plan.fps, width=plan.width, height=plan.height,
                     shots=len(plan.shots), transitions=dict(kinds), seconds=time.perf_counter() - began,
                     bytes=path.stat().st_size)
