"""Sound, measured side by side in one run: what share of a job the voices and the mix take, how fast the
mix runs against real time (short and long films), how fast each voice speaks, how distinct the cast
sounds, and moviepy's audio composition against the mixer's numpy placement (why moviepy is not used).

    .venv/bin/python bench/bench_sound.py                  # the example script, 320x180 at 24 fps
    .venv/bin/python bench/bench_sound.py --long 600       # also mix a 10-minute film (Big Fish's first scenes)

Speed is never asserted in tests; this is where it is measured.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCRIPT = ROOT / "examples" / "the_lighthouse.fountain"
SAMPLES = ROOT.parent / "shared" / "samples"
SOUND_STAGES = ("voice", "music", "mix", "mux", "mux_clip")


def _timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def bench_job(work: Path, voices: str, width: int, height: int, fps: int) -> list[tuple]:
    """One cold job with voices and the same job silent: the sound's share of the job's task time and wall."""
    from director.pipeline import make_film

    loud_s, loud = _timed(lambda: make_film(SCRIPT, work / "voiced", width=width, height=height, fps=fps,
                                            voices=voices, progress=False))
    quiet_s, _ = _timed(lambda: make_film(SCRIPT, work / "silent", width=width, height=height, fps=fps,
                                          voices="none", progress=False))
    stages = loud.manifest["stages"]
    task_time = sum(st["seconds"] for name, st in stages.items() if name != "planning")
    sound_time = sum(stages.get(s, {}).get("seconds", 0.0) for s in SOUND_STAGES)
    rows = [("job with voices", f"{loud_s:.1f} s wall", f"silent job {quiet_s:.1f} s",
             f"x{loud_s / quiet_s:.2f}")]
    for s in SOUND_STAGES:
        if s in stages:
            rows.append((f"  {s}", f"{stages[s]['seconds']:.2f} s in {stages[s]['tasks']} tasks",
                         "", f"{stages[s]['seconds'] / task_time:.1%} of task time"))
    rows.append(("  sound, all stages", f"{sound_time:.2f} s", f"of {task_time:.2f} s task time",
                 f"{sound_time / task_time:.1%}"))
    return rows


def bench_mix(plan, label: str, repeats: int = 1) -> list[tuple]:
    """The mix alone (both passes, all stems written) on `plan` with stand-in lines of the planned lengths."""
    from director.sound import mix

    rng = np.random.default_rng(0)
    lengths = {f"{s.id}/{i}": max(1, round((d.end - d.start) * 48000)) for s in plan.shots
               for i, d in enumerate(s.dialogue)}
    audio = {k: (rng.standard_normal(n) * 0.05).astype(np.float32) for k, n in lengths.items()}
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeats):
            seconds, result = _timed(lambda: mix.render(plan, audio.__getitem__, tmp))
            best = seconds if best is None else min(best, seconds)
    film = result.samples / 48000
    return [(f"mix, {label}", f"{film:.0f} s of film in {best:.2f} s", f"{len(audio)} lines",
             f"x{film / best:.1f} real time")]


def bench_voices(text: str) -> list[tuple]:
    """Each installed voice backend: load time and speed against real time on one sentence."""
    from director import sound
    from director.models import Voice
    from director.sound.synthesis import speak

    rows = []
    from director.registry import load

    for name in sorted(sound.available()):
        if sound.why_not(name):
            continue
        fresh = load("voice", name)            # a new instance: its model loads on the first line
        load_s, _ = _timed(lambda: speak(fresh, "Warm up.", Voice(), seed=0))
        backend = fresh
        seconds, x = _timed(lambda: speak(backend, text, Voice(), seed=1))
        derived, _ = _timed(lambda: speak(backend, text, Voice(pitch=6, rate=1.04, timbre=2), seed=1))
        rows.append((f"voice {name}", f"{len(x) / 48000:.2f} s of speech in {seconds:.2f} s",
                     f"derived voice {derived:.2f} s; first line (load) {load_s:.2f} s", f"x{len(x) / 48000 / seconds:.1f}"))
    return rows


def bench_cast_distance() -> list[tuple]:
    """How far apart the cast's voices are (semitones of median pitch, MFCC distance) against one voice
    speaking two different sentences — the within-speaker baseline."""
    import director
    from director import sound
    from director.sound import casting
    from director.sound.analysis import voiceprint
    from director.sound.synthesis import speak

    rows = []
    s1, s2 = "I heard something by the door.", "Nobody has been here all night."
    for name in ("piper", "espeak"):
        if name not in sound.available() or sound.why_not(name):
            continue
        backend = sound.load(name)
        plan = casting.cast(director.plan(SCRIPT), backend, name)
        voices = [e.voice for e in plan.entities if e.voice]
        prints = [voiceprint(speak(backend, s1, v, seed=1)) for v in voices]
        base = voiceprint(speak(backend, s2, voices[0], seed=2)).distance(prints[0])
        for i in range(len(voices)):
            for j in range(i + 1, len(voices)):
                d = prints[i].distance(prints[j])
                rows.append((f"cast distance ({name})", f"pitch {d['pitch']:.1f} st, MFCC {d['timbre']:.1f}",
                             f"same voice, other line: {base['pitch']:.1f} st, {base['timbre']:.1f}",
                             f"x{d['combined'] / max(base['combined'], 1e-6):.1f} combined"))
    return rows


def bench_moviepy(lines: int = 60, seconds: float = 300.0) -> list[tuple]:
    """Placing `lines` one-to-three-second lines in a `seconds`-long stereo track: moviepy's
    CompositeAudioClip rendered to an array vs numpy slicing (what `director.sound.mix` does)."""
    try:
        from moviepy import AudioArrayClip, CompositeAudioClip
    except ImportError:
        return [("moviepy composition", "moviepy not installed", "", "")]
    rng = np.random.default_rng(0)
    starts = np.sort(rng.uniform(0, seconds - 4, lines))
    clips = [(s, (rng.standard_normal((int(rng.uniform(1, 3) * 48000), 2)) * 0.05).astype(np.float32))
             for s in starts]

    def with_numpy():
        out = np.zeros((int(seconds * 48000), 2), np.float32)
        for s, x in clips:
            a = round(s * 48000)
            out[a:a + len(x)] += x
        return out

    def with_moviepy():
        parts = [AudioArrayClip(x, fps=48000).with_start(s) for s, x in clips]
        return CompositeAudioClip(parts).with_duration(seconds).to_soundarray(fps=48000)

    ours, a = _timed(with_numpy)
    theirs, b = _timed(with_moviepy)
    n = min(len(a), len(b))
    err = float(np.max(np.abs(a[:n] - b[:n])))
    return [("moviepy composition", f"{theirs:.2f} s (moviepy) vs {ours:.3f} s (numpy)",
             f"{lines} lines, {seconds:.0f} s, max diff {err:.1e}", f"x{theirs / ours:.0f} slower")]


def long_plan(seconds: float):
    """The first scenes of Big Fish, planned, adding up to about `seconds` (None without the samples)."""
    import director

    path = SAMPLES / "scripts" / "Big-Fish.fountain"
    if not path.is_file():
        found = sorted(SAMPLES.rglob("*.fountain")) if SAMPLES.is_dir() else []
        path = max(found, key=lambda p: p.stat().st_size) if found else None
    if path is None:
        return None
    plan = director.plan(str(path), fps=24)
    shots, total = [], 0.0
    for s in plan.shots:
        shots.append(s)
        total += s.duration
        if total >= seconds:
            break
    return plan.model_copy(update={"shots": shots})


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--voices", default="piper")
    p.add_argument("--width", type=int, default=320)
    p.add_argument("--height", type=int, default=180)
    p.add_argument("--fps", type=int, default=24)
    p.add_argument("--long", type=float, default=0.0, help="also mix a film of about this many seconds")
    a = p.parse_args()
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows += bench_job(work, a.voices, a.width, a.height, a.fps)
        from director.pipeline import load_plan

        rows += bench_mix(load_plan(work / "voiced" / "plan.json"), "the example film", repeats=2)
    if a.long:
        plan = long_plan(a.long)
        rows += bench_mix(plan, f"{plan.duration / 60:.0f} minutes") if plan else [("mix, long", "no samples", "", "")]
    rows += bench_voices("The beam of the lighthouse sweeps over the dark sea, and nobody is watching it.")
    rows += bench_cast_distance()
    rows += bench_moviepy()
    width = max(len(r[0]) for r in rows)
    for r in rows:
        print(f"{r[0]:<{width}}  {r[1]:<38} {r[2]:<44} {r[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
