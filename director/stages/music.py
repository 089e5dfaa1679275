"""Music cues: the track (or `director.music` composition) plan.json names for the film or a scene, fitted to
the cue's length with its fades and level (`director.sound.music`). One task per cue; none in a silent film.

Provides `music`: cue id ("film", "scene/<segment>") → its task. The key is the cue's settings, its length,
and the track file's content digest (or the music backend's identity), so replacing the file re-fits it.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .. import stages


class MusicStage(stages.Stage):
    name = "music"
    after = ("voice",)
    code = ("sound/music.py", "sound/dsp.py", "sound/loudness.py", "sound/files.py")

    def declare(self, graph) -> None:
        from ..sound import mix
        from ..sound.music import backend_identity, source_digest

        cues = {}
        if graph.product("voices") is not None:
            plan = graph.plan
            lay = mix.layout(plan)
            base = Path(graph.options.get("sound_base") or ".")
            wanted = ([("film", plan.music, lay.total, None)] if plan.music else []) + [
                (f"scene/{k}", plan.scenes[lay.segments[k].scene - 1].music, n,
                 plan.scenes[lay.segments[k].scene - 1].heading) for k, n in sorted(lay.scene_music.items())]
            for cue_id, cue, samples, heading in wanted:
                source = source_digest(cue, base) if cue.path else (backend_identity(cue.backend) if cue.backend
                                                                     else None)
                seed = int.from_bytes(hashlib.sha256(f"{plan.title}/{cue_id}".encode()).digest()[:4], "big")
                cues[cue_id] = graph.add(self, f"music/{cue_id}", {
                    "cue": cue.model_dump(mode="json"), "samples": samples, "source": source, "seed": seed},
                    params={"cue": cue.model_dump(mode="json"), "samples": samples, "base": str(base),
                            "scene": heading, "seed": seed})
        graph.provide("music", cues)

    def compute(self, task, run, out) -> None:
        from ..models import Music
        from ..sound.dsp import RATE
        from ..sound.music import compose

        p = task.params
        x = compose(Music.model_validate(p["cue"]), p["samples"] / RATE, Path(p["base"]), scene=p["scene"],
                    seed=p["seed"])[: p["samples"]]
        out.write_array("cue.npy", x)
        out.meta.update(samples=len(x))
