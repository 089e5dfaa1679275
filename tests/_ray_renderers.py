"""Renderers for the Ray tests: the animatic, with a trace of which worker process drew what, and optionally slow
enough that a test can kill the worker while it is in the middle of a call."""
from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

from renderers.animatic import AnimaticRenderer


class TracingAnimatic(AnimaticRenderer):
    """The animatic (same identity, same pixels) that drops a file `<pid>-<call>` into `trace_dir` as each
    interpolate call starts, then takes `delay` seconds longer."""

    def __init__(self, trace_dir: str, delay: float = 0.0, **options):
        super().__init__(**options)
        self.trace_dir, self.delay = str(trace_dir), float(delay)

    def __reduce__(self):
        # rebuilt from its options in the worker: the animatic's set cache and lock stay behind
        return (type(self), (self.trace_dir, self.delay))

    def interpolate(self, request):
        name = f"{os.getpid()}-{uuid.uuid4().hex}"
        tmp = Path(self.trace_dir, "." + name)
        tmp.write_text(str(len(request.segments)))
        os.replace(tmp, tmp.with_name(name))          # whole, or not there: a reader never sees it half written
        time.sleep(self.delay)
        return super().interpolate(request)


def served_by(trace_dir) -> dict[int, int]:
    """pid -> segments it interpolated."""
    out: dict[int, int] = {}
    for f in Path(trace_dir).glob("[0-9]*"):
        pid = int(f.name.split("-")[0])
        out[pid] = out.get(pid, 0) + int(f.read_text())
    return out


class FailingAnimatic(AnimaticRenderer):
    """The animatic whose interpolate always raises for one shot, in whichever process it runs."""

    def __init__(self, shot: str):
        super().__init__()
        self.shot = shot

    def __reduce__(self):
        return (type(self), (self.shot,))

    def interpolate(self, request):
        if request.shot.id == self.shot:
            raise RuntimeError(f"CUDA out of memory while drawing {request.shot.id}")
        return super().interpolate(request)
