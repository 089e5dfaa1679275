"""What a job does when a task fails: try again a few times, then finish the film around the shot that failed.

The policy (shared by every executor, applied by `director.job.Job`; a stage's `renders` flag says which
tasks render a shot):

- A task that raises is run again, up to `RETRIES` more times (a worker that died, a GPU that ran out of memory
  once, a flaky network mount). Errors that can only repeat are not retried: bad input (`InputError`) and the
  store failing to write (`StoreError`: disk full, read-only folder) stop the job at once, keeping finished work.
- A shot's render task (its keyframes or a local level) that still fails does not stop the job: the other
  shots render, and the film is cut with a *failure slate* in the failed shot's place — black frames, same
  length, saying which shot failed and why — so timing, subtitles and the timeline stay right; the shot's clip
  (shots/<id>.mp4) is the slate too. Encoding and editing failures (clip, film) stop the job as before: they
  are about the machine (ffmpeg, disk), not one shot's content.
- Such a film is never passed off as complete: `manifest.json` says `"complete": false` and lists each failure
  (`shot`, `task`, `error`, `attempts`); the film, storyboard and clip artifacts made with slates are marked
  incomplete in the store, so the next run recomputes them (and the failed shot) instead of reusing them; and
  `render_plan`/`make_film` raise `FilmIncomplete` (the CLI prints one line per failed shot and exits 2) after
  installing the outputs, so a pipeline sees both the failure and the rest of the film.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import DirectorError, InputError

RETRIES = 2
"""Extra attempts for a failing task (so at most 1 + RETRIES runs)."""

@dataclass(frozen=True)
class TaskFailure:
    """A task that failed for good (after its retries), or was skipped because one it reads failed."""

    shot: str | None
    task: str
    error: str
    attempts: int

    def as_dict(self) -> dict[str, Any]:
        return {"shot": self.shot, "task": self.task, "error": self.error, "attempts": self.attempts}


def retryable(exc: BaseException) -> bool:
    """Worth another attempt: not an interrupt, not bad input, not the store refusing to write."""
    from .store import StoreError

    return isinstance(exc, Exception) and not isinstance(exc, (InputError, StoreError))


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class FilmIncomplete(DirectorError):
    """The film was cut, but some shots failed and show a failure slate; `result` holds the outputs anyway."""

    def __init__(self, failures: list[TaskFailure], result: Any = None):
        self.failures, self.result = failures, result
        shots = "; ".join(f"shot {f.shot}: {f.task} failed after {f.attempts} attempt(s): {f.error}"
                          for f in failures)
        where = f" ({result.out_dir})" if result is not None else ""
        super().__init__(f"the film{where} is incomplete, failure slates stand in for {len(failures)} shot(s): "
                         f"{shots}. Finished work is kept; fix the cause and re-run to render only those shots")


class SlateFrames:
    """Stands in for a failed shot's frames artifact: `array()` gives its failure slate."""

    def __init__(self, frames: int, width: int, height: int, failure: TaskFailure):
        self.frames, self.width, self.height, self.failure = frames, width, height, failure

    def array(self, name: str = "frames.npy", mmap: bool = True) -> np.ndarray:
        return failure_slate(self.frames, self.width, self.height, self.failure)


def failure_slate(frames: int, width: int, height: int, failure: TaskFailure) -> np.ndarray:
    """(frames, H, W, 3) uint8: black, with 'SHOT <id> FAILED' and the error, so no one mistakes it for a shot."""
    from PIL import Image, ImageDraw

    from .drawing import font

    img = Image.new("RGB", (width, height), (0, 0, 0))
    draw = ImageDraw.Draw(img)
    title_size = max(8, height // 10)
    body_size = max(6, height // 18)
    draw.text((width // 20, height // 8), f"SHOT {failure.shot} FAILED", fill=(255, 64, 64), font=font(title_size))
    chars = max(12, int(width * 0.9 / max(1, body_size * 0.55)))
    y = height // 8 + title_size * 3 // 2
    for line in textwrap.wrap(f"{failure.task}: {failure.error}", chars)[: max(1, (height - y) // body_size - 1)]:
        draw.text((width // 20, y), line, fill=(230, 230, 230), font=font(body_size))
        y += body_size + body_size // 3
    frame = np.asarray(img, dtype=np.uint8)
    return np.ascontiguousarray(np.broadcast_to(frame, (frames,) + frame.shape))
