"""Device memory: what a batch needs, what the device has, and the peak a batch really reached.

The diffusion renderer sizes its batches to a budget instead of sending a whole hierarchy level at once and
hoping. Three pieces, shared by every backend:

- `Budget`: how many bytes the renderer may hold on its device, weights included. `-R memory_budget=6GiB`
  sets it; by default it is what the device has free now (CUDA: 90 % of `mem_get_info`'s free memory, the
  rest left to the allocator's fragmentation) plus what the renderer already holds, and on the CPU at most
  half of the memory available now and a quarter of the machine, so the machine stays usable.
- `PassCost`: the peak of one pass (a denoiser call, a guided forward+backward, a VAE chunk) as a function of
  its rows, `fixed + per_row * rows`, *measured* by running the pass at two small sizes (`PeakMeter`) and
  raised whenever a real batch peaks above it. Before the first measurement an analytic prior stands in (so
  a probe that cannot fit is never run): feature maps per row at latent resolution, attention included.
- `PeakMeter`: the peak a block of code reached above where it started. CUDA: `max_memory_allocated`. CPU:
  the process's peak resident set (`VmHWM`), reset before the block through `/proc/self/clear_refs` with
  freed heap handed back first (`malloc_trim`), so what was freed before does not hide what is allocated.

An out-of-memory error (CUDA's, or the CPU allocator's `MemoryError`/"can't allocate memory") is recognised by
`is_out_of_memory`; the backend turns it into `director`'s `OutOfMemory` and the renderer halves the batch.
"""
from __future__ import annotations

import ctypes
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from director.errors import DirectorError

GiB = 1024 ** 3
MiB = 1024 ** 2
CUDA_FREE_SHARE = 0.9       # of the device's free memory, by default
CPU_AVAILABLE_SHARE = 0.5   # of the memory available now, by default on the CPU ...
CPU_TOTAL_SHARE = 0.25      # ... and at most this share of the machine

_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1000, "kib": 1024, "m": MiB, "mb": 1000 ** 2, "mib": MiB,
          "g": GiB, "gb": 1000 ** 3, "gib": GiB, "t": 1024 ** 4, "tb": 1000 ** 4, "tib": 1024 ** 4}


def parse_bytes(value, setting: str = "memory_budget") -> int:
    """'6GiB', '6G' (binary), '6GB' (decimal), '512MiB', a plain number of bytes; 0 or 'auto' -> 0 (default)."""
    if value is None:
        return 0
    if isinstance(value, (int, float)):
        number, unit = float(value), ""
    else:
        text = str(value).strip().lower().replace(" ", "")
        if text in ("", "auto", "0"):
            return 0
        match = re.fullmatch(r"([0-9]*\.?[0-9]+)([a-z]*)", text)
        if not match or match.group(2) not in _UNITS:
            raise DirectorError(f"diffusers renderer: {setting}={value!r} is not a size "
                                "(write e.g. 6GiB, 6G, 512MiB or a number of bytes)")
        number, unit = float(match.group(1)), match.group(2)
    size = int(number * _UNITS[unit])
    if size < 0:
        raise DirectorError(f"diffusers renderer: {setting} must not be negative, got {value!r}")
    return size


def gib(n: float) -> str:
    return f"{n / GiB:.2f} GiB"


# ------------------------------------------------------------------------------------------- the budget -----

@dataclass(frozen=True)
class Budget:
    """Bytes the renderer may hold on its device at its peak (weights included), and where the number came from."""

    bytes: int
    source: str      # "memory_budget", "free on cuda:0", "CPU: half of what is available", ...

    def __str__(self) -> str:
        return f"{gib(self.bytes)} ({self.source})"


def device_budget(device, setting: int = 0, held: int = 0) -> Budget:
    """The budget on `device` (a torch.device): `setting` bytes when given, else what is free plus `held` (what the
    renderer already has there: its weights), read now, so a busier device gets smaller batches."""
    if setting:
        return Budget(int(setting), "memory_budget")
    import torch

    if device.type == "cuda":
        free, _total = torch.cuda.mem_get_info(device)
        return Budget(held + int(free * CUDA_FREE_SHARE), f"{int(CUDA_FREE_SHARE * 100)} % of what {device} has free")
    if device.type == "mps":
        limit = torch.mps.recommended_max_memory()
        used = torch.mps.driver_allocated_memory()
        return Budget(held + int(max(0, limit - used) * CUDA_FREE_SHARE), "free on mps")
    available, total = _host_memory()
    room = int(min(available * CPU_AVAILABLE_SHARE, total * CPU_TOTAL_SHARE))
    return Budget(held + room, f"CPU: half of the {gib(available)} available, at most a quarter of {gib(total)}")


def _host_memory() -> tuple[int, int]:
    """(available, total) bytes of RAM."""
    try:
        import psutil

        vm = psutil.virtual_memory()
        return int(vm.available), int(vm.total)
    except ImportError:   # pragma: no cover - psutil comes with the diffusion extra
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        avail = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        return int(avail), int(pages)


# ------------------------------------------------------------------------------------------ estimates ------

@dataclass(frozen=True)
class MemoryEstimate:
    """What a job needs on the device at its peak: weights plus the largest pass's activations."""

    weights: int
    activations: int
    measured: bool = True        # False: an analytic prior stood in for a pass not measured yet
    pass_name: str = ""          # the pass that peaks ("denoise", "guide", "decode", ...)

    @property
    def total(self) -> int:
        return self.weights + self.activations

    def __str__(self) -> str:
        how = "" if self.measured else ", modelled"
        return (f"~{gib(self.total)} (weights {gib(self.weights)}, activations {gib(self.activations)}"
                f" in {self.pass_name or 'the largest pass'}{how})")


@dataclass
class PassCost:
    """Peak bytes of one pass above where it started, as `fixed + per_row * rows`.

    Measured at two sizes (`fit`), raised by every real batch that peaks higher (`observe`): the estimate only
    ever errs on the safe side of what was seen.
    """

    per_row: float
    fixed: float = 0.0
    measured: bool = False
    samples: list[tuple[int, int]] = field(default_factory=list)   # (rows, peak bytes)

    def __call__(self, rows: int) -> int:
        return int(self.fixed + self.per_row * max(0, rows))

    def fit(self, samples: list[tuple[int, int]]) -> "PassCost":
        """A line through the measured (rows, peak) points: through both when there are two, else through 0."""
        self.samples = sorted(samples)
        if len(self.samples) >= 2:
            (r0, p0), (r1, p1) = self.samples[0], self.samples[-1]
            slope = max(0.0, (p1 - p0) / max(1, r1 - r0))
            if slope == 0.0:   # no growth seen between two tiny probes: all per-row, every sample under the line
                slope = max(p / max(1, r) for r, p in self.samples)
            self.per_row, self.fixed = slope, max(0.0, p1 - slope * r1)
        elif self.samples:
            rows, peak = self.samples[0]
            self.per_row, self.fixed = peak / max(1, rows), 0.0
        self.measured = True
        return self

    def observe(self, rows: int, peak: int) -> None:
        """A real batch of `rows` peaked at `peak`: never estimate less than that again."""
        if rows > 0 and peak > self(rows):
            self.per_row = max(self.per_row, (peak - self.fixed) / rows)


# --------------------------------------------------------------------------------------- measurement -------

def _proc_status(field_name: str) -> int | None:
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        return None
    match = re.search(rf"^{field_name}:\s+(\d+)\s+kB", text, re.M)
    return int(match.group(1)) * 1024 if match else None


def _trim_heap() -> None:
    """Give freed heap back to the OS, so the next peak measures new allocations, not reused old ones."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def hand_back_heap(device) -> None:
    """On the CPU, give the heap freed so far back to the OS (a no-op on an accelerator, whose memory is not the
    process's heap): between the stages of a batch, so that a stage's peak is not stacked on what the one before
    it freed but the allocator kept."""
    if device.type == "cpu":
        _trim_heap()


_RESET_LOCK = threading.Lock()
_PROCESS_PEAK = [0]     # the process's peak RSS across resets (a reset forgets the kernel's own)


def process_peak_rss() -> int:
    """The highest resident set this process reached, remembered across the meter's resets of VmHWM."""
    hwm = _proc_status("VmHWM") or 0
    _PROCESS_PEAK[0] = max(_PROCESS_PEAK[0], hwm)
    return _PROCESS_PEAK[0]


def _reset_hwm() -> bool:
    try:
        process_peak_rss()
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


class PeakMeter:
    """`with PeakMeter(device) as m: ...` then `m.peak`: bytes above the start at the block's highest point.

    On the CPU this is the process's resident set, so another thread allocating at the same time is counted
    too: the renderer measures while it holds its model's lock, when the process is otherwise mostly idle.
    Where neither CUDA nor /proc is there (macOS), `peak` is None: the renderer then relies on its estimates.
    """

    def __init__(self, device):
        self.device = device
        self.peak: int | None = None

    def __enter__(self) -> "PeakMeter":
        import torch

        self._cuda = self.device.type == "cuda"
        if self._cuda:
            torch.cuda.synchronize(self.device)
            self._start = torch.cuda.memory_allocated(self.device)
            torch.cuda.reset_peak_memory_stats(self.device)
            return self
        self._lock = _RESET_LOCK
        self._lock.acquire()
        _trim_heap()
        self._ok = _reset_hwm()
        self._start = _proc_status("VmRSS") or 0
        return self

    def __exit__(self, *exc) -> None:
        import torch

        if self._cuda:
            torch.cuda.synchronize(self.device)
            self.peak = max(0, torch.cuda.max_memory_allocated(self.device) - self._start)
            return
        try:
            hwm = _proc_status("VmHWM") if self._ok else None
            self.peak = None if hwm is None else max(0, hwm - self._start)
            process_peak_rss()
        finally:
            self._lock.release()


@contextmanager
def measuring(device):
    meter = PeakMeter(device)
    with meter:
        yield meter


def fit_by_probes(cost: PassCost, room: int, sizes: tuple[int, ...], run) -> None:
    """Measure `cost` by `run(rows)` (a pass's peak bytes above its inputs, or None where nothing can measure)
    at `sizes` rows, leaving out sizes the prior says cannot fit in `room`, and fit a line through the peaks.
    A probe that runs out of memory ends the probing (what was measured before it stays)."""
    fits = [r for r in sizes if cost(r) <= room] or ([1] if cost(1) <= room else [])
    if len(fits) == 1 and fits[0] > 1:
        fits = [1, fits[0]]
    samples = []
    for rows in fits:
        try:
            peak = run(rows)
        except Exception as exc:
            if is_out_of_memory(exc):
                break
            raise
        if peak is None:      # no way to measure here: keep the prior
            return
        samples.append((rows, peak))
    if samples:
        cost.fit(samples)


def run_measured(device, run, what: str):
    """`run()` inside a `PeakMeter`: (its result, the peak bytes above the start or None). An out-of-memory
    error becomes `OutOfMemory` naming `what`, raised after the failed batch's tensors are released."""
    failure = None
    try:
        with PeakMeter(device) as meter:
            result = run()
    except Exception as exc:
        if not is_out_of_memory(exc):
            raise
        failure = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if failure is not None:    # outside the except block: the traceback no longer holds the tensors
        release_cached(device)
        raise OutOfMemory(f"diffusers renderer: out of memory on {device} with {what}: {failure}")
    return result, meter.peak


class MeasuredBackend:
    """What every backend does the same around its own memory model (`estimate`, `_observe`): the budget on its
    device, and each batch run measured, its estimate and peak put in the report, out-of-memory turned into
    `OutOfMemory`. Needs `profile`, `_device` (a torch.device), `weights_bytes`, `_costs` (its PassCosts, shared
    by the backends on one loaded model), `estimate`, `_observe` and `verify`."""

    def budget(self) -> Budget:
        held = 0 if self.profile.cpu_offload and self._device.type != "cpu" else self.weights_bytes
        return device_budget(self._device, self.profile.budget_bytes, held=held)

    def _warm_up(self) -> None:
        """Once per loaded model, before its first probe: `verify()`'s small real step, not measured. A process's
        first call through a model allocates, once, what it keeps (kernel caches, thread pools, buffers built on
        first use); measured, that would be charged to whichever pass ran first, as if every batch needed it."""
        if not self._costs.get("warmed"):
            self._costs["warmed"] = True
            self.verify()

    def _measured(self, job, run):
        """`run()` (the batch's sampling loop) measured; a later batch is sized by what this one reached.

        Only a shape's second and later batches raise the estimate: its first also builds what stays for the
        rest of the process at that shape (kernel caches and workspaces, on the CPU heap and in CUDA's
        allocator alike), measured on the tiny stack at 64x64 as a first batch 32 % above the next ones."""
        shape = job.shape
        estimate = self.estimate(shape) if shape.clips and shape.frames else None
        result, peak = run_measured(self._device, run,
                                    f"{shape.clips}x{shape.frames} frames at {shape.width}x{shape.height}")
        if estimate is not None:
            result.report.estimate = estimate
            result.report.peak_bytes = None if peak is None else self.weights_bytes + peak
            seen = self._costs.setdefault("shapes run", set())
            if shape in seen:      # a shape's first batch also allocates what the process keeps (see _warm_up)
                self._observe(shape, estimate, peak)
            seen.add(shape)
        return result


class OutOfMemory(DirectorError):
    """The device ran out of memory in a job; the backend has released what the job held."""


def is_out_of_memory(exc: BaseException) -> bool:
    """CUDA's OutOfMemoryError, Python's MemoryError, or the CPU allocator's "can't allocate memory"."""
    if isinstance(exc, MemoryError):
        return True
    try:
        import torch

        if isinstance(exc, torch.OutOfMemoryError):
            return True
    except (ImportError, AttributeError):   # pragma: no cover
        pass
    if isinstance(exc, RuntimeError):
        text = str(exc).lower()
        return "out of memory" in text or "can't allocate memory" in text or "not enough memory" in text
    return False


def release_cached(device) -> None:
    """After an out-of-memory error: collect what the failed batch left and hand cached blocks back."""
    import gc

    gc.collect()
    if device.type == "cuda":
        import torch

        torch.cuda.empty_cache()
    else:
        _trim_heap()
