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

import bisect
import os
import queue
import subprocess
import tempfile
import textwrap
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import numpy as np

from .errors import DirectorError
from .models import FilmPlan
from .timing import (EDGE_FADE_SECONDS, FADE_COLORS, TITLE_CARD_SECONDS, Join, ShotSpan, closing_fade,
                     plan_joins, shot_spans, transition_frames)

CRF = 18
PRESET = "veryfast"
"""x264 settings: visually clean previz at a speed that keeps encoding a small share of a CPU render."""
ENCODER_THREADS = 1
"""Fixed, never "auto": x264's output (and the options string it writes into the stream) depends on its thread
count, and "auto" follows the CPUs the process may use, so the same plan gave other bytes under `taskset -c 1`
or on another machine. One thread: parallelism comes from encoding film segments and clips side by side."""


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
                   preset: str = PRESET, faststart: bool = True) -> list[str]:
    """Raw 4:2:0 frames (`rgb_to_yuv420`) on stdin -> H.264 MP4 that plays in a browser (moov atom first with
    `faststart`).

    Deterministic bytes: the same frames give the same file on any machine and CPU count (for one version of
    the bundled ffmpeg), because the encoder's thread count is fixed, the colour conversion is ours (swscale's
    SIMD and C paths round differently), and no metadata carries a version or a time. Every encode is a closed
    GOP opening on an IDR frame, which is what lets film segments be joined by stream copy."""
    w, h = width + width % 2, height + height % 2
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
           "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{w}x{h}", "-r", str(fps), "-i", "-",
           "-an", "-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p",
           "-threads", str(ENCODER_THREADS), "-x264-params", "open-gop=0",
           "-map_metadata", "-1", "-fflags", "+bitexact"]
    if faststart:
        cmd += ["-movflags", "+faststart"]
    return cmd + ["-f", "mp4", str(path)]


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


def _writable_folder(folder: Path) -> None:
    """Create `folder` if needed; a one-line DirectorError when it cannot be made or written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DirectorError(f"{folder}: cannot create output folder: {exc.strerror or exc}") from exc
    if not os.access(folder, os.W_OK):
        raise DirectorError(f"{folder}: output folder is not writable")


class VideoWriter:
    """Streams (H, W, 3) uint8 frames into one ffmpeg process; the file appears at `path` only when complete.

    Use as a context manager: leaving it normally finishes the encode and renames the partial file into
    place; leaving it with an exception kills ffmpeg and removes the partial file.

    Frames go to ffmpeg from a small queue on a writer thread (`queue_frames` deep, 0 to write inline), so the
    caller composes the next frame while the pipe drains: a frame must not be modified after `write`.
    """

    def __init__(self, path: str | Path, width: int, height: int, fps: int, *, crf: int = CRF, preset: str = PRESET,
                 queue_frames: int = 8, faststart: bool = True):
        self.path = Path(path)
        self.width, self.height, self.fps = width, height, fps
        self.frames = 0
        _writable_folder(self.path.parent)
        self.partial = self.path.with_name(f".{self.path.stem}.partial{os.getpid()}-{id(self):x}.mp4")
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(ffmpeg_command(width, height, fps, self.partial, crf=crf, preset=preset,
                                                     faststart=faststart),
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


def encode_clip(frames, path: str | Path, fps: int, **options) -> Path:
    """Encode (T, H, W, 3) uint8 frames — an array, a memory map or a stored `FrameFile`, read frame by frame —
    e.g. one shot with its handles, for shots/<id>.mp4."""
    frames = frames if hasattr(frames, "shape") else np.asarray(frames)
    if len(frames.shape) != 4 or frames.shape[-1] != 3 or len(frames) == 0:
        raise DirectorError(f"{path}: expected (T, H, W, 3) frames, got {tuple(frames.shape)}")
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


class _ClipWindow:
    """Clips pulled in plan order from an iterable, checked, and kept only while a frame may still need them."""

    def __init__(self, plan: FilmPlan, spans: list[ShotSpan], clips: Iterable[ShotClip]):
        self.plan, self.spans, self._it = plan, spans, iter(clips)
        self._held: dict[int, ShotClip] = {}
        self._next = 0

    def __call__(self, i: int) -> ShotClip:
        while self._next <= i:
            clip = next(self._it, None)
            if clip is None:
                raise DirectorError(f"editor: no clip for shot '{self.plan.shots[self._next].id}' "
                                    f"(got {self._next} of {len(self.spans)})")
            _check_clip(clip, self.plan, self._next, self.spans[self._next])
            self._held[self._next] = clip
            self._next += 1
        if i not in self._held:
            raise RuntimeError(f"editor: clip {i} was asked for after it was released")
        return self._held[i]

    def release_before(self, i: int) -> None:
        """Clips before shot i are done with (a frame reads at most the shot before the one it is in)."""
        for j in [j for j in self._held if j < i]:
            release_pages(self._held.pop(j).frames)

    def finish(self) -> None:
        self.release_before(len(self.spans))
        if next(self._it, None) is not None:
            raise DirectorError(f"editor: more clips than the plan's {len(self.spans)} shots")


def cut_range(spans: list[ShotSpan], joins: list[Join], clip: Callable[[int], ShotClip], start: int, end: int,
              first_shot: int = 0) -> Iterator[np.ndarray]:
    """Film frames [start, end) before overlays: the shots' own frames, and their transitions blended.

    `clip(i)` gives shot i's clip; `first_shot` is the shot whose frames (or the transition into it) hold
    `start`. A frame reads at most two clips: the shot it is in and, inside a transition, the one before.
    """
    for i in range(first_shot, len(spans)):
        span, join = spans[i], joins[i]
        if span.start - join.before >= end:
            break
        if i > 0 and join.before + join.after > 0:
            pspan, n, j0 = spans[i - 1], join.before + join.after, span.start - join.before
            for f in range(max(start, j0), min(end, j0 + n)):
                k, prev, cur = f - j0, clip(i - 1), clip(i)
                a = prev.frames[f - pspan.start + prev.head] if f - pspan.start < pspan.frames + prev.tail else None
                b = cur.frames[f - span.start + cur.head] if f - span.start >= -cur.head else None
                p = (k + 0.5) / n
                if join.kind in FADE_COLORS:
                    yield toward(a if k < join.before else b, join.color, 1.0 - abs(1.0 - 2.0 * p))
                elif join.kind == "wipe":
                    yield wipe(a, b, p, join.direction)
                else:
                    yield mix(a, b, p)
        nxt = joins[i + 1].before if i + 1 < len(joins) else 0
        for f in range(max(start, span.start + join.after), min(end, span.end - nxt)):
            cur = clip(i)
            yield np.asarray(cur.frames[f - span.start + cur.head])


def cut_frames(plan: FilmPlan, clips: Iterable[ShotClip]) -> Iterator[np.ndarray]:
    """The film's picture, frame by frame, before overlays: clips joined by their transitions.

    Holds at most two clips (outgoing and incoming); yields exactly `film_frames(plan)` frames.
    """
    spans = shot_spans(plan)
    joins = plan_joins(plan, spans)
    window = _ClipWindow(plan, spans, clips)
    for i, span in enumerate(spans):
        window(i)
        window.release_before(i - 1)
        nxt_start = spans[i + 1].start - joins[i + 1].before if i + 1 < len(spans) else span.end
        yield from cut_range(spans, joins, window, span.start - joins[i].before, nxt_start, i)
    window.finish()


# ---------------------------------------------------------------------------------------------------------------
# Overlays: title card, subtitles, fades — laid over the picture, adding no time
# ---------------------------------------------------------------------------------------------------------------

def title_card(plan: FilmPlan) -> np.ndarray | None:
    """The title page as an (H, W, 4) RGBA overlay: the title large, credit and author below, on a dark band."""
    return title_card_image({k.lower(): v for k, v in plan.title_page.items()}, plan.title, plan.width, plan.height)


def title_card_image(title_page: dict[str, str], title: str, width: int, height: int) -> np.ndarray | None:
    """`title_card` from its inputs alone (a segment's overlay window carries exactly these)."""
    from PIL import Image, ImageDraw

    from .drawing import font

    tp = title_page
    title = (tp.get("title") or title or "").strip()
    if not title:
        return None
    rows = [row for part in title.splitlines() for row in textwrap.wrap(" ".join(part.split()), 32)]
    lines = [(row, 14) for row in rows[:3]]  # (text, frame height / font size): the title large
    for key in ("credit", "author", "authors", "source"):
        if tp.get(key):
            lines += [(row, 26) for row in tp[key].strip().splitlines()[:2]]
    W, H = width, height
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
    """Where the film's overlays fall — title card, head and tail fades, the opening transition, burned
    subtitles — computed once per film. `apply(frame, f)` dresses film frame f; `window(start, end)` describes
    the overlays over film frames [start, end) relative to `start`, as plain JSON: what a segment's key hashes
    and all `WindowOverlays` needs to dress that segment, so editing one shot leaves far-away segments alone."""

    def __init__(self, plan: FilmPlan, *, burn_subtitles: bool, title_card_seconds: float, edge_fade_seconds: float,
                 spans: list[ShotSpan] | None = None):
        fps = plan.fps
        spans = spans if spans is not None else shot_spans(plan)
        total = spans[-1].end if spans else 0
        self.total = total
        self.width, self.height = plan.width, plan.height
        self.card_text = None
        title_page = {k.lower(): v for k, v in plan.title_page.items()}
        if title_card_seconds > 0 and (title_page.get("title") or plan.title or "").strip():
            self.card_text = {"title_page": title_page, "title": plan.title}
        self.card_frames = min(total, round(title_card_seconds * fps))
        self.card_fade = max(1, round(0.5 * fps))
        self.edge = min(total // 2, round(edge_fade_seconds * fps))
        self.tail, self.tail_color = closing_fade(plan, edge_fade_seconds)   # the script's FADE OUT / CUT TO BLACK
        first = plan.shots[0].transition_in if plan.shots else None
        n0 = transition_frames(first, fps) if first is not None else 0
        self.open_frames = min(n0, spans[0].frames if spans else 0)
        self.open_color = FADE_COLORS.get(first.type, "black") if first is not None else "black"
        self.cues: list[tuple[int, int, str, str]] = []
        if burn_subtitles:
            from .subtitles import cues

            self.cues = [(round(c.start * fps), round(c.end * fps), c.speaker or "", c.text) for c in cues(plan)]
        self._cue_starts = [c[0] for c in self.cues]
        self._longest_cue = max((b - a for a, b, _, _ in self.cues), default=0)
        self._whole: WindowOverlays | None = None

    def window(self, start: int, end: int) -> dict[str, Any]:
        head = max(self.card_frames if self.card_text else 0, self.open_frames, self.edge)
        w: dict[str, Any] = {"start": start if start < head else None,
                             "to_end": self.total - start if self.tail and end > self.total - self.tail else None}
        if w["start"] is not None:
            if self.card_text and start < self.card_frames:
                w["card"] = {"frames": self.card_frames, "fade": self.card_fade, **self.card_text}
            if start < self.open_frames:
                w["open"] = {"frames": self.open_frames, "color": self.open_color}
            if self.edge:
                w["edge"] = self.edge
        if w["to_end"] is not None:
            w["tail"] = {"frames": self.tail, "color": self.tail_color}
        cues = []
        for a, b, speaker, text in self.cues[bisect.bisect_left(self._cue_starts, start - self._longest_cue):]:
            if a >= end:
                break
            if b > start:
                cues.append([a - start, b - start, speaker, text])
        if cues:
            w["cues"] = cues
        return w

    def apply(self, frame: np.ndarray, f: int) -> np.ndarray:
        if self._whole is None:
            self._whole = WindowOverlays(self.window(0, self.total), self.width, self.height)
        return self._whole.apply(frame, f)


class WindowOverlays:
    """Dresses the frames of one window of the film (`Overlays.window`): frame i of the window is film frame
    `start + i`; near the head the window knows `start`, near the tail how far the end is."""

    def __init__(self, window: dict[str, Any], width: int, height: int):
        self.start, self.to_end = window.get("start"), window.get("to_end")
        self.edge = window.get("edge", 0)
        self.tail = window.get("tail")
        self.open = window.get("open")
        self.card = window.get("card")
        self.card_image = (title_card_image(self.card["title_page"], self.card["title"], width, height)
                           if self.card else None)
        self.cues = window.get("cues", [])
        self.width, self.height = width, height
        self._sprites: dict[tuple[str, str], list] = {}

    def apply(self, frame: np.ndarray, i: int) -> np.ndarray:
        for start, end, speaker, text in self.cues:
            if start <= i < end:
                frame = np.array(frame)  # never draw into a clip's own (possibly memory-mapped) frames
                self._subtitle(frame, speaker, text)
                break
        if self.start is not None:
            f = self.start + i
            if self.card_image is not None and f < self.card["frames"]:
                frame = np.array(frame)
                composite(frame, self.card_image, 0, 0, min(1.0, (self.card["frames"] - f) / self.card["fade"]))
            if self.open is not None and f < self.open["frames"]:
                frame = toward(frame, self.open["color"], 1.0 - f / self.open["frames"])
            if self.edge and f < self.edge:
                frame = toward(frame, "black", 1.0 - f / self.edge)
        if self.tail is not None and self.to_end - i <= self.tail["frames"]:   # the script's FADE OUT, or the default
            frame = toward(frame, self.tail["color"], 1.0 - (self.to_end - 1 - i) / self.tail["frames"])
        return frame

    def _subtitle(self, frame: np.ndarray, speaker: str, text: str) -> None:
        from .drawing import text_sprite

        rows = self._sprites.get((speaker, text))
        if rows is None:
            size = max(9, round(self.height / 20))
            stroke = max(1, self.height // 180)
            line = f"{speaker.upper()}: {text}" if speaker else text
            wrapped = []
            for para in line.splitlines() or [""]:
                wrapped += textwrap.wrap(para, 42) or [""]
            rows = [np.asarray(text_sprite(r, size, (255, 255, 255), stroke, (0, 0, 0))[0]) for r in wrapped[-3:]]
            self._sprites = {(speaker, text): rows}
        row_h = round(self.height / 20 * 1.25)
        y = self.height - self.height // 14 - row_h * len(rows)
        for sprite in rows:
            composite(frame, sprite, (self.width - sprite.shape[1]) // 2, y)
            y += row_h


# ---------------------------------------------------------------------------------------------------------------
# Segments: the film encoded in pieces that an edit re-encodes one by one, joined by stream copy
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FilmSegment:
    """Film frames [start, end), encoded on their own (a closed GOP opening on an IDR frame); they read the
    clips of shots first_shot..last_shot."""

    index: int
    start: int
    end: int
    first_shot: int
    last_shot: int

    @property
    def frames(self) -> int:
        return self.end - self.start

    @property
    def shots(self) -> range:
        return range(self.first_shot, self.last_shot + 1)


def plan_segments(plan: FilmPlan, spans: list[ShotSpan] | None = None,
                  joins: list[Join] | None = None) -> list[FilmSegment]:
    """Where the film is split for encoding: never inside a transition, so one edited shot re-encodes only the
    segments that show it.

    A hard cut is a boundary (the picture changes there anyway, so the new IDR frame costs nothing and shows no
    seam). Shots joined by a dissolve, wipe, fade or dip are split inside the incoming shot, in the middle of the
    frames no transition touches; a shot made only of transitions is not split. So a segment is whole shots
    between cuts, or runs from the middle of one shot to the middle of a later one.
    """
    spans = spans if spans is not None else shot_spans(plan)
    joins = joins if joins is not None else plan_joins(plan, spans)
    if not spans:
        return []
    total = spans[-1].end
    bounds = [0]
    for i in range(1, len(spans)):
        join = joins[i]
        if join.before + join.after == 0:
            b = spans[i].start
        else:
            lo = spans[i].start + join.after
            hi = spans[i].end - (joins[i + 1].before if i + 1 < len(joins) else 0)
            if hi <= lo:
                continue
            b = (lo + hi) // 2
        if bounds[-1] < b < total:
            bounds.append(b)
    bounds.append(total)
    starts = [s.start for s in spans]

    def shot_at(f: int) -> int:
        return bisect.bisect_right(starts, f) - 1

    return [FilmSegment(k, a, b, shot_at(a), shot_at(b - 1)) for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]


def segment_view(segment: FilmSegment, spans: list[ShotSpan], joins: list[Join], window: dict[str, Any]) -> dict:
    """Everything that decides a segment's pixels besides its shots' frames, with positions relative to the
    segment's first shot: the shots' handle and frame counts, the joins between them, where the segment starts
    and how long it is, and its overlay window. Two segments with equal views and equal frames are equal films.
    """
    first = spans[segment.first_shot]
    return {
        "offset": segment.start - first.start, "frames": segment.frames,
        "shots": [{"head": spans[i].head, "frames": spans[i].frames, "tail": spans[i].tail} for i in segment.shots],
        "joins": [asdict(joins[i]) for i in segment.shots],
        "overlays": window,
    }


def segment_pictures(segment: FilmSegment, spans: list[ShotSpan], joins: list[Join],
                     clip: Callable[[int], ShotClip], window: dict[str, Any], width: int,
                     height: int) -> Iterator[np.ndarray]:
    """The finished frames of one segment (picture and overlays)."""
    overlays = WindowOverlays(window, width, height)
    for i, frame in enumerate(cut_range(spans, joins, clip, segment.start, segment.end, segment.first_shot)):
        yield overlays.apply(frame, i)


@dataclass
class EncodedSegment:
    path: Path
    frames: int
    bytes: int
    avcc: str          # the H.264 parameter sets (hex): a stream copy keeps only the first segment's, so all match


def encode_segment(frames: Iterable[np.ndarray], path: str | Path, width: int, height: int, fps: int, *,
                   expected: int | None = None, crf: int = CRF, preset: str = PRESET,
                   queue_frames: int = 8, progress: Callable[[int], None] | None = None) -> EncodedSegment:
    """Encode one segment: its own ffmpeg, so it opens on an IDR frame and no frame refers outside it."""
    with VideoWriter(path, width, height, fps, crf=crf, preset=preset, queue_frames=queue_frames,
                     faststart=False) as out:
        for frame in frames:
            out.write(frame)
            if progress is not None:
                progress(1)
        if expected is not None and out.frames != expected:
            raise RuntimeError(f"editor wrote {out.frames} frames for a {expected}-frame segment")
    path = Path(path)
    return EncodedSegment(path, out.frames, path.stat().st_size, _avcc(path))


def _avcc(path: Path) -> str:
    """The avcC box (SPS/PPS) of an MP4 written by `encode_segment` (moov at the end, so read the tail)."""
    data = path.read_bytes()
    at = data.rfind(b"avcC")
    if at < 4:
        raise DirectorError(f"{path}: no H.264 parameter sets in the encoded segment")
    size = int.from_bytes(data[at - 4:at], "big")
    return data[at + 4:at - 4 + size].hex()


def join_segments(segments: list[EncodedSegment], out_path: str | Path, fps: int, *,
                  audio: str | os.PathLike | None = None, audio_bitrate: str = "192k") -> Path:
    """Join encoded segments into one MP4 by stream copy (ffmpeg's concat demuxer), no pixel re-encoded.

    Timestamps stay continuous and evenly spaced: each segment's duration is given to the demuxer exactly, as
    the difference of whole microseconds from the film's start (so rounding never accumulates over thousands of
    segments). `audio` (any file ffmpeg reads, lasting the film) is muxed in beside the joined picture — encoded
    once to AAC, padded or cut to the picture's length — so a new mix never re-encodes a frame, and new frames
    never re-encode the mix twice.
    """
    out_path = Path(out_path)
    if not segments:
        raise DirectorError(f"{out_path}: no segments to join")
    mismatched = [s.path for s in segments if s.avcc != segments[0].avcc]
    if mismatched:
        raise DirectorError(f"{mismatched[0]}: encoded with other H.264 parameters than {segments[0].path}; "
                            "segments encoded by different encoder settings cannot be joined")
    _writable_folder(out_path.parent)
    partial = out_path.with_name(f".{out_path.stem}.partial{os.getpid()}-{threading.get_ident():x}.mp4")
    listing = out_path.with_name(f".{out_path.stem}.segments{os.getpid()}-{threading.get_ident():x}.txt")
    lines, done = ["ffconcat version 1.0"], 0
    for seg in segments:
        us = round((done + seg.frames) * 1_000_000 / fps) - round(done * 1_000_000 / fps)
        lines.append("file '" + str(Path(seg.path).resolve()).replace("'", "'\\''") + "'")
        lines.append(f"duration {us}us")
        done += seg.frames
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "concat", "-safe", "0",
           "-i", str(listing)]
    if audio is not None:       # the AAC encoder on its C code (-cpuflags 0): the same bytes with or without AVX
        cmd[4:4] = ["-cpuflags", "0"]
        seconds = f"{done / fps:.6f}"
        cmd += ["-i", str(audio), "-map", "0:v:0", "-map", "1:a:0", "-c:a", "aac", "-b:a", audio_bitrate,
                "-af", f"atrim=duration={seconds},apad=whole_dur={seconds}"]
    cmd += ["-c:v", "copy", "-map_metadata", "-1", "-fflags", "+bitexact", "-movflags", "+faststart", "-f", "mp4",
            str(partial)]
    try:
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True)
        if run.returncode != 0:
            detail = run.stderr.decode("utf-8", "replace").strip().splitlines()
            reason = _exit_reason(run.returncode) + (f": {detail[-1]}" if detail else "")
            raise DirectorError(f"{out_path}: joining {len(segments)} segments failed ({reason})")
        os.replace(partial, out_path)
    except OSError as exc:
        raise DirectorError(f"{out_path}: cannot write the film: {exc.strerror or exc}") from exc
    finally:
        listing.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return out_path


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
              queue_frames: int = 8, audio: str | os.PathLike | None = None) -> EditStats:
    """Stitch `clips` (one per shot, in plan order; a generator keeps memory flat) into `out_path` (.mp4).

    The film is encoded segment by segment (`plan_segments`) and joined by stream copy, exactly as the director
    does it with each segment a cached task of its own — so this film and the director's are the same bytes.
    """
    if not plan.shots:
        raise DirectorError("editor: the plan has no shots")
    began = time.perf_counter()
    out_path = Path(out_path)
    spans = shot_spans(plan)
    joins = plan_joins(plan, spans)
    total = spans[-1].end
    overlays = Overlays(plan, burn_subtitles=burn_subtitles, title_card_seconds=title_card_seconds,
                        edge_fade_seconds=edge_fade_seconds, spans=spans)
    window = _ClipWindow(plan, spans, clips)
    _writable_folder(out_path.parent)
    every = max(1, plan.fps)
    written = [0]

    def tick(n: int) -> None:
        written[0] += n
        if progress is not None and (written[0] % every == 0 or written[0] == total):
            progress(written[0], total)

    encoded = []
    with tempfile.TemporaryDirectory(prefix=f".{out_path.stem}.segments-", dir=out_path.parent) as tmp:
        for seg in plan_segments(plan, spans, joins):
            window.release_before(seg.first_shot - 1)
            frames = segment_pictures(seg, spans, joins, window, overlays.window(seg.start, seg.end),
                                      plan.width, plan.height)
            try:
                encoded.append(encode_segment(frames, Path(tmp) / f"{seg.index:06d}.mp4", plan.width, plan.height,
                                              plan.fps, expected=seg.frames, crf=crf, preset=preset,
                                              queue_frames=queue_frames, progress=tick))
            except DirectorError as exc:
                raise DirectorError(f"{out_path}: {exc}") from exc
        window.finish()
        join_segments(encoded, out_path, plan.fps, audio=audio)
    kinds = Counter(s.transition_in.type for s in plan.shots[1:])
    return EditStats(path=out_path, frames=total, fps=plan.fps, width=plan.width, height=plan.height,
                     shots=len(plan.shots), transitions=dict(kinds), seconds=time.perf_counter() - began,
                     bytes=out_path.stat().st_size)
