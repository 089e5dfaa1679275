"""Sound as tasks in the job's graph: one `voice` task per line, a `music` task per cue, one `mix`, and a
`mux` task per picture (the film and each shot clip) that joins the mix to it.

    voice/<shot>/<i> ─┐
    music/<cue>     ──┴─▶ mix (sound/*.wav) ─┬─▶ mux/film   (film.mp4 with sound)  ◀── film (picture)
                                             └─▶ mux/<shot> (shots/<id>.mp4)       ◀── clip/<shot>

Voices run first, on their own: a line's length is its audio's, and the shots are re-timed to it
(`retime`) before the picture's tasks are keyed, so what is heard, subtitled and seen agree. A voice task's
key is its words, voice, delivery and the backend's identity — nothing about its shot — so editing one line
re-synthesizes that line only, and the mix and muxes after it (a video stream is copied, never re-encoded).

The audio joins the picture only in `mux`: the editor still encodes a silent picture (`film`, `clip`), and a
mux copies its video stream and adds the AAC track; nothing in the picture's tasks depends on the sound.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DirectorError
from ..models import FilmPlan

STAGES = ("voice", "music", "mix", "mux")
CODE = {
    "voice": ("sound/synthesis.py", "sound/dsp.py", "sound/loudness.py", "sound/delivery.py"),
    "music": ("sound/music.py", "sound/dsp.py", "sound/loudness.py", "sound/files.py"),
    "mix": ("sound/mix.py", "sound/ambience.py", "sound/delivery.py", "sound/dsp.py", "sound/loudness.py",
            "sound/files.py", "timing.py"),
    "mux": ("sound/files.py", "timing.py"),
}
OUTPUT_FILES = {"mix": [(f"{name}.wav", f"sound/{name}.wav") for name in ("dialogue", "ambience", "music", "mix")]}
NO_VOICES = ("no voice backend is installed, so the film is silent (pip install 'director[voices]' for piper "
             "and eSpeak NG voices)")


@dataclass
class Sound:
    """What a job knows about its sound before the graph is built."""

    backend: str | None                     # the job's voice backend; None: a silent film
    options: dict[str, Any] = field(default_factory=dict)
    target: float = -23.0
    reason: str | None = None               # why the film is silent
    line_tasks: dict[str, str] = field(default_factory=dict)    # line key -> voice task id
    identities: dict[str, str] = field(default_factory=dict)    # backend name -> identity
    cast: list[str] = field(default_factory=list)               # entity ids cast by this job
    seconds: dict[str, float] = field(default_factory=dict)     # line key -> spoken seconds

    @property
    def silent(self) -> bool:
        return self.backend is None

    def manifest(self) -> dict:
        if self.silent:
            return {"silent": True, "reason": self.reason}
        return {"silent": False, "voices": self.backend, "identities": self.identities, "lines": len(self.seconds),
                "cast": self.cast, "target_lufs": self.target,
                "speech_seconds": round(sum(self.seconds.values()), 3)}


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


def retiming_fixes(voices: str | None) -> tuple[str, ...]:
    """Validation problems that re-timing to the voices will fix (a line edited longer than the words-per-second
    estimate allows): not errors before the voices have spoken; the re-timed plan is validated in full."""
    from . import resolve

    try:
        return ("dialogue_not_covered",) if resolve(voices) is not None else ()
    except DirectorError:
        return ()


def prepare(plan: FilmPlan, voices: str | None, options: dict | None, loudness) -> tuple[FilmPlan, Sound]:
    """The job's voice backend (or why there is none) and the plan with every speaking character cast."""
    from . import casting, resolve

    target = loudness_target(loudness)
    name = resolve(voices)
    if name is None:
        reason = "voices are off (--voices none)" if voices == "none" else NO_VOICES
        return plan, Sound(None, target=target, reason=reason)
    from . import load

    backend = load(name, **(options or {}))
    cast = casting.cast(plan, backend, name)
    before = {e.id for e in plan.entities if e.voice}
    sound = Sound(name, dict(options or {}), target,
                  cast=[e.id for e in cast.entities if e.voice and e.id not in before])
    return cast, sound


def _identity(sound: Sound, backend: str) -> str:
    from . import load

    if backend not in sound.identities:
        options = sound.options if backend == sound.backend else {}
        sound.identities[backend] = str(load(backend, **options).identity)
    return sound.identities[backend]


def voice_tasks(plan: FilmPlan, sound: Sound) -> list:
    """One task per distinct line (a line said twice the same way is synthesized once)."""
    from ..graph import Task, task_key
    from . import lines

    out, by_key = [], {}
    for lv in lines(plan, sound.backend):
        key = task_key("voice", line=lv.as_key(), backend=_identity(sound, lv.backend))
        if key not in by_key:
            by_key[key] = f"voice/{lv.key}"
            out.append(Task(by_key[key], "voice", key, shot=lv.shot,
                            params={"line": lv.key, "backend": lv.backend, "spec": lv.as_key()}))
        sound.line_tasks[lv.key] = by_key[key]
    return out


def compute_voice(runner, task, started: float) -> dict:
    from ..models import Voice
    from . import load
    from .delivery import Delivery
    from .dsp import RATE
    from .synthesis import speak

    spec = task.params["spec"]
    name = task.params["backend"]
    options = runner.sound.options if name == runner.sound.backend else {}
    x = speak(load(name, **options), spec["text"], Voice.model_validate(spec["voice"]),
              Delivery(spec["style"], spec["pitch"], spec["rate"], spec["gain"]), spec["seed"])
    if len(x) == 0:
        raise DirectorError(f"voice '{name}' said nothing for {spec['text'][:40]!r}")
    with runner.store.writer(task.key, "voice", started) as w:
        w.write_array("line.npy", x)
        w.meta.update(samples=len(x), seconds=round(len(x) / RATE, 6))
    return w.meta


def spoken_seconds(store, tasks: list, sound: Sound) -> dict[str, float]:
    """line key -> seconds of its audio, from the finished voice tasks."""
    by_id = {t.id: t for t in tasks}
    out = {}
    for line, task_id in sound.line_tasks.items():
        art = store.get(by_id[task_id].key)
        if art is None:
            raise DirectorError(f"the voice of line {line} is missing after the voices ran; re-run to resume")
        out[line] = float(art.meta["seconds"])
    sound.seconds = out
    return out


def run_voices(plan: FilmPlan, voices, options, loudness, store, stream, executor, renderer, notes: list[str]):
    """Cast the plan, speak every line (cached tasks, run by the job's executor before the picture's tasks
    exist) and re-time the shots to the lines. Returns (plan, Sound, the voices' Job or None)."""
    from ..graph import build_graph  # noqa: F401  (the graph module registers the sound stages)
    from ..pipeline import Job, TaskRunner
    import networkx as nx

    plan, sound = prepare(plan, voices, options, loudness)
    if sound.silent:
        notes.append(sound.reason)
        return plan, sound, None
    tasks = voice_tasks(plan, sound)
    graph = nx.DiGraph()
    for t in tasks:
        graph.add_node(t.id, task=t)
    name, renderer_options, renderer_obj = renderer
    runner = TaskRunner(plan, store.root, name, renderer_options, renderer=renderer_obj)
    runner._store = store
    runner.sound = sound
    job = Job(graph, runner, stream)
    job.voice_tasks = tasks
    if tasks:
        job.run(executor, announce=False)
    spoken_seconds(store, tasks, sound)
    from .retime import retime

    return retime(plan, sound.seconds), sound, job


def merge(job, voiced) -> None:
    """The voices' counts and events belong to the job: its graph holds the same tasks, already reported."""
    if voiced is None:
        return
    job.reported |= set(voiced.graph.nodes)
    for stage, st in voiced.stats.items():
        if st["tasks"]:
            job.stats[stage] = dict(st)


def manifest(sound: Sound, store, graph) -> dict:
    """manifest.json's "sound": silent (and why), or the voices, the cast and the mix's measured loudness."""
    out = sound.manifest()
    if not sound.silent and "mix" in graph.nodes:
        art = store.get(graph.nodes["mix"]["task"].key)
        if art is not None:
            out.update({k: art.meta.get(k) for k in ("loudness", "gain", "samples", "rate")})
            out["stems"] = [f"sound/{name}.wav" for name in ("dialogue", "ambience", "music", "mix")]
    return out


# ---------------------------------------------------------------------------------------------------------------
# After the picture's tasks: music cues, the mix, the muxes
# ---------------------------------------------------------------------------------------------------------------

def _sound_view(plan: FilmPlan) -> dict:
    """What of the plan the mix hears: timing, places, lines, transitions, where speakers stand."""
    shots = []
    for s in plan.shots:
        speakers = {d.character for d in s.dialogue}
        shots.append({
            "id": s.id, "scene": s.scene, "duration": s.duration, "background": s.background.model_dump(mode="json"),
            "dialogue": [d.model_dump(mode="json") for d in s.dialogue],
            "transition_in": s.transition_in.model_dump(mode="json"),
            "speakers": [[k.t, [[o.entity, list(o.box)] for o in k.objects if o.entity in speakers]]
                         for k in s.keyframes] if speakers else [],
        })
    return {"fps": plan.fps, "shots": shots, "music": plan.music.model_dump(mode="json") if plan.music else None,
            "scene_music": [sc.music.model_dump(mode="json") if sc.music else None for sc in plan.scenes]}


def add_tasks(graph, plan: FilmPlan, sound: Sound, voiced, base_dir: Path | None) -> None:
    """The sound's tasks, added to the job's graph; the muxes take over installing film.mp4 and the clips,
    and the timeline gains audio tracks. A silent film adds nothing."""
    from dataclasses import replace

    from ..graph import Task, task_key
    from . import mix as mixing
    from .music import backend_identity, source_digest

    if sound.silent:
        return
    voice_list = voiced.voice_tasks if voiced is not None else []
    if "timeline" in graph.nodes:
        t = graph.nodes["timeline"]["task"]
        graph.nodes["timeline"]["task"] = replace(t, key=task_key("timeline", previous=t.key, sound=True),
                                                  params={**t.params, "sound": True})

    def add(task: Task) -> Task:
        graph.add_node(task.id, task=task)
        for dep, _ in task.inputs:
            graph.add_edge(dep, task.id)
        return task

    for t in voice_list:
        add(t)
    lay = mixing.layout(plan)
    base = Path(base_dir) if base_dir else Path.cwd()
    cues = []
    wanted = ([("film", plan.music, lay.total, None)] if plan.music else []) + [
        (f"scene/{k}", plan.scenes[lay.segments[k].scene - 1].music, n,
         plan.scenes[lay.segments[k].scene - 1].heading) for k, n in sorted(lay.scene_music.items())]
    for cue_id, cue, samples, heading in wanted:
        source = source_digest(cue, base) if cue.path else backend_identity(cue.backend) if cue.backend else None
        seed = int.from_bytes(hashlib.sha256(f"{plan.title}/{cue_id}".encode()).digest()[:4], "big")
        key = task_key("music", cue=cue.model_dump(mode="json"), samples=samples, source=source, seed=seed)
        cues.append(add(Task(f"music/{cue_id}", "music", key, params={
            "cue": cue.model_dump(mode="json"), "samples": samples, "base": str(base), "scene": heading,
            "seed": seed, "name": cue_id})))
    inputs = tuple((t.id, t.key) for t in voice_list) + tuple((c.id, c.key) for c in cues)
    mix_key = task_key("mix", plan=_sound_view(plan), inputs=[k for _, k in inputs], target=sound.target)
    mix = add(Task("mix", "mix", mix_key, inputs=inputs, params={"lines": dict(sound.line_tasks),
                                                                   "target": sound.target}))
    pictures = [n for n in list(graph.nodes) if graph.nodes[n]["task"].stage in ("film", "clip")]
    for node in pictures:
        picture = graph.nodes[node]["task"]
        name = "film" if picture.stage == "film" else picture.shot
        key = task_key("mux", picture=picture.key, sound=mix.key, shot=name, fps=plan.fps)
        add(Task(f"mux/{name}", "mux", key, shot=picture.shot, inputs=((picture.id, picture.key), (mix.id, mix.key)),
                 params={"picture": picture.id, "head": picture.params.get("head", 0)}))


def compute_music(runner, task, started: float) -> dict:
    from ..models import Music
    from .dsp import RATE
    from .music import compose

    p = task.params
    x = compose(Music.model_validate(p["cue"]), p["samples"] / RATE, Path(p["base"]), scene=p["scene"],
                seed=p["seed"])
    x = x[: p["samples"]]
    with runner.store.writer(task.key, "music", started) as w:
        w.write_array("cue.npy", x)
        w.meta.update(samples=len(x))
    return w.meta


def compute_mix(runner, task, started: float) -> dict:
    from . import mix as mixing

    inputs = dict(task.inputs)
    lines = task.params["lines"]
    cache: dict[str, Any] = {}

    def audio(line_key: str):
        tid = lines[line_key]
        if tid not in cache:
            cache[tid] = runner._input(task, tid).array("line.npy")
        return cache[tid]

    cues = {}
    for tid in inputs:
        if tid.startswith("music/"):
            cues[tid.removeprefix("music/")] = runner._input(task, tid).array("cue.npy")
    with runner.store.writer(task.key, "mix", started) as w:
        paths = {name: w.path(f"{name}.wav") for name in (*mixing.STEMS, "mix")}
        result = mixing.render(runner.plan, audio, paths, cues=cues, target=task.params["target"])
        w.meta.update(result.as_meta())
    return w.meta


def compute_mux(runner, task, started: float) -> dict:
    from ..timing import shot_spans
    from .files import mux, slice_wav
    from .mix import sample_of_frame

    picture_id = task.params["picture"]
    picture = runner._input(task, picture_id)
    sound = runner._input(task, "mix")
    fps = runner.plan.fps
    with runner.store.writer(task.key, "mux", started) as w:
        if task.shot is None:
            mux(picture.path("film.mp4"), sound.path("mix.wav"), w.path("film.mp4"))
        else:
            span = {s.id: sp for s, sp in zip(runner.plan.shots, shot_spans(runner.plan))}[task.shot]
            start = sample_of_frame(span.start - span.head, fps)
            frames = sample_of_frame(span.start + span.frames + span.tail, fps) - start
            with tempfile.TemporaryDirectory(dir=runner.store.tmp_dir) as tmp:
                part = slice_wav(sound.path("mix.wav"), Path(tmp) / "clip.wav", start, frames)
                mux(picture.path("clip.mp4"), part, w.path("clip.mp4"))
    return {}


COMPUTE = {"voice": compute_voice, "music": compute_music, "mix": compute_mix, "mux": compute_mux}


def installed_by_mux(graph) -> dict[str, str]:
    """Picture task id -> the mux task that installs it with its sound in its place."""
    out = {}
    for n in graph.nodes:
        t = graph.nodes[n]["task"]
        if t.stage == "mux":
            out[t.params["picture"]] = n
    return out
