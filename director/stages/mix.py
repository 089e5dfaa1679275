"""The mix: dialogue, ambience and music stems and their sum at the loudness target (`director.sound.mix`),
installed as sound/dialogue.wav, sound/ambience.wav, sound/music.wav and sound/mix.wav. None in a silent film.

Provides `mix` (its task, or None). The key reads what the mix hears of the plan — timing, places, lines,
transitions, where the speakers stand, the music cues — plus the voices' and cues' keys and the target, so a
changed line re-mixes and a reworded shot description does not.
"""
from __future__ import annotations

from .. import stages

STEMS = ("dialogue", "ambience", "music", "mix")


def sound_view(plan) -> dict:
    """What of the plan the mix hears."""
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


class MixStage(stages.Stage):
    name = "mix"
    after = ("voice", "music")
    code = ("sound/mix.py", "sound/ambience.py", "sound/delivery.py", "sound/dsp.py", "sound/loudness.py",
            "sound/files.py", "timing.py")
    outputs = tuple(stages.Output(f"{name}.wav", f"sound/{name}.wav", key=f"sound/{name}") for name in STEMS)

    def declare(self, graph) -> None:
        from ..sound.job import loudness_target

        voices = graph.product("voices")
        if voices is None:
            graph.provide("mix", None)
            return
        tasks = list({t.id: t for t in voices["lines"].values()}.values()) + list(graph.product("music").values())
        target = loudness_target(graph.options.get("loudness"))
        lines = {line: t.id for line, t in voices["lines"].items()}
        graph.provide("mix", graph.add(self, "mix", {"plan": sound_view(graph.plan), "target": target},
                                       inputs=tuple(tasks), params={"lines": lines, "target": target}))

    def compute(self, task, run, out) -> None:
        from ..sound import mix

        lines, cache = task.params["lines"], {}

        def audio(line_key: str):
            tid = lines[line_key]
            if tid not in cache:
                cache[tid] = run.input(task, tid).array("line.npy")
            return cache[tid]

        cues = {tid.removeprefix("music/"): run.input(task, tid).array("cue.npy")
                for tid, _ in task.inputs if tid.startswith("music/")}
        paths = {name: out.path(f"{name}.wav") for name in STEMS}
        result = mix.render(run.plan, audio, paths, cues=cues, target=task.params["target"])
        out.meta.update(result.as_meta())
