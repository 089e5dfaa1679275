"""The voices: one task per line of dialogue, the line spoken in its character's voice (`director.sound`).

Provides `voices`: None for a silent film (no voice backend, or `voices="none"`), else `{"backend": name,
"lines": {line key "shot_id/index": its task}}`. A line said twice the same way is one task. The key is the
words, the voice (plan.json's `entities[].voice`), the delivery its parenthetical asks for and the backend's
identity — not the line's shot or timing — so editing one line re-synthesizes that line alone. These tasks
run before the rest of the graph is built (`director.sound.job.speak_first`): the shots are re-timed to them.
"""
from __future__ import annotations

from .. import stages


class VoiceStage(stages.Stage):
    name = "voice"
    after = ()
    code = ("sound/__init__.py", "sound/synthesis.py", "sound/dsp.py", "sound/loudness.py", "sound/delivery.py")

    def declare(self, graph) -> None:
        from ..errors import DirectorError
        from ..sound import available, lines, load
        from ..sound.job import backend_of

        name = backend_of(graph.options)
        if name is None:
            graph.provide("voices", None)
            return
        options = dict(graph.options.get("voice_options") or {})
        identities: dict[str, str] = {}
        tasks, by_key = {}, {}
        installed = available()
        for lv in lines(graph.plan, name):
            if lv.backend not in installed:
                raise DirectorError(f"entity '{lv.character}' speaks with voice backend '{lv.backend}', which is "
                                    f"not installed (installed: {', '.join(sorted(installed)) or 'none'}); "
                                    "change its voice in plan.json")
            if lv.backend not in identities:
                identities[lv.backend] = str(load(lv.backend, **(options if lv.backend == name else {})).identity)
            key = {"line": lv.as_key(), "backend": identities[lv.backend]}
            text = repr(sorted(key["line"].items())) + key["backend"]
            if text not in by_key:
                by_key[text] = graph.add(self, f"voice/{lv.key}", key, shot=lv.shot, params={
                    "spec": lv.as_key(), "backend": lv.backend,
                    "options": options if lv.backend == name else {}})
            tasks[lv.key] = by_key[text]
        graph.provide("voices", {"backend": name, "lines": tasks})

    def compute(self, task, run, out) -> None:
        from ..errors import DirectorError
        from ..models import Voice
        from ..sound import load
        from ..sound.delivery import Delivery
        from ..sound.dsp import RATE
        from ..sound.synthesis import speak

        spec = task.params["spec"]
        x = speak(load(task.params["backend"], **task.params["options"]), spec["text"],
                  Voice.model_validate(spec["voice"]), Delivery(spec["style"], spec["pitch"], spec["rate"],
                                                                spec["gain"]), spec["seed"])
        if len(x) == 0:
            raise DirectorError(f"voice '{task.params['backend']}' said nothing for {spec['text'][:40]!r}")
        out.write_array("line.npy", x)
        out.meta.update(samples=len(x), seconds=round(len(x) / RATE, 6))
