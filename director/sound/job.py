"""What a job does about sound before and after its graph: speak first, re-time, say whether it is silent.

The voices run before the picture's graph exists, because a line's length is its audio's and the shots are
re-timed to hold their lines (`retime`): `speak_first` casts the plan, declares the voice stage alone, runs
its tasks with the job's executor (cached in the store like any task), and returns the re-timed plan that the
whole graph is then built from. That graph declares the same voice tasks again (same keys: a line's key is its
words, voice and delivery, never its timing), and the job reports them once.
"""
from __future__ import annotations

from ..errors import DirectorError
from ..models import FilmPlan

NO_VOICES = ("no voice backend is installed, so the film is silent (pip install 'director[voices]' for piper "
             "and eSpeak NG voices)")
OPTIONS = ("voices", "voice_options", "loudness")
"""The job options the sound stages read (`render_plan(..., voices="espeak", loudness="web")`)."""


def loudness_target(value: float | str | None) -> float:
    from .loudness import DEFAULT_TARGET, TARGETS

    if value is None:
        return DEFAULT_TARGET
    if isinstance(value, str) and value in TARGETS:
        return TARGETS[value]
    try:
        target = float(value)
    except (TypeError, ValueError):
        raise DirectorError(f"loudness must be LUFS (e.g. -23) or one of {', '.join(TARGETS)}, not {value!r}") \
            from None
    if not -40.0 <= target <= -5.0:
        raise DirectorError(f"loudness {target:g} LUFS is outside -40 … -5")
    return target


def backend_of(options: dict) -> str | None:
    """The job's voice backend name; None for a silent film."""
    from . import resolve

    return resolve(options.get("voices", "auto"))


def retiming_fixes(options: dict) -> tuple[str, ...]:
    """Validation problems that re-timing to the voices will fix (a line edited longer than the words-per-second
    estimate allows): not errors before the voices have spoken; the re-timed plan is validated in full."""
    try:
        return ("dialogue_not_covered",) if backend_of(options) is not None else ()
    except DirectorError:
        return ()


def speak_first(plan: FilmPlan, options: dict, renderer_identity: str, capabilities, runner, stream, executor):
    """(the cast and re-timed plan, the voices' Job or None when silent). Raises what a voice task raised."""
    from ..graph import GraphBuilder
    from ..job import Job
    from ..stages import get
    from . import casting, load
    from .retime import retime

    loudness_target(options.get("loudness"))        # a bad target fails before anything is spoken
    name = backend_of(options)
    if name is None:
        return plan, None
    plan = casting.cast(plan, load(name, **dict(options.get("voice_options") or {})), name)
    builder = GraphBuilder(plan, renderer_identity, capabilities, options)
    voice = get("voice")
    voice.declare(builder)
    runner.plan = plan
    job = Job(builder.graph, runner, stream)
    job.run(executor)
    tasks = builder.product("voices")["lines"]
    seconds = {}
    for line, task in tasks.items():
        art = runner.store.get(task.key)
        if art is None:
            raise DirectorError(f"the voice of line {line} is missing after the voices ran; re-run to resume")
        seconds[line] = float(art.meta["seconds"])
    job.spoken = seconds
    return retime(plan, seconds), job


def merge(job, voiced) -> None:
    """The voices' counts and events belong to the job: its graph holds the same tasks, already reported."""
    if voiced is None:
        return
    job.reported |= set(voiced.graph.nodes)
    job.stats["voice"] = dict(voiced.stats["voice"])


def summary(plan: FilmPlan, options: dict, voiced, store, graph) -> dict:
    """manifest.json's "sound": silent and why, or the voices, the cast and the mix's measured loudness."""
    if voiced is None:
        import os

        asked = options.get("voices") or os.environ.get("DIRECTOR_VOICES")
        if asked == "none":
            return {"silent": True, "reason": "voices are off (voices 'none')", "asked": True}
        return {"silent": True, "reason": NO_VOICES, "asked": False}
    from . import load

    name = backend_of(options)
    out = {"silent": False, "voices": name,
           "identity": str(load(name, **dict(options.get("voice_options") or {})).identity),
           "cast": {e.id: e.voice.model_dump(mode="json") for e in plan.entities if e.voice},
           "lines": len(voiced.spoken), "speech_seconds": round(sum(voiced.spoken.values()), 3),
           "target_lufs": loudness_target(options.get("loudness"))}
    if "mix" in graph.nodes:
        art = store.get(graph.nodes["mix"]["task"].key)
        if art is not None:
            out.update({k: art.meta.get(k) for k in ("loudness", "gain", "samples", "rate")})
            out["stems"] = [f"sound/{name}.wav" for name in ("dialogue", "ambience", "music", "mix")]
    return out
