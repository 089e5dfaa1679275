"""Sound joins picture: film.mp4 is the cut's picture (the `film` stage, silent) with the mix as AAC.

The picture's video stream is copied, not re-encoded (`director.sound.files.mux`), so a re-mix costs seconds
and nothing in the picture's tasks depends on the sound. Installed after the film stage's silent film.mp4,
over it (a task is installed after its inputs). None in a silent film, which keeps the film stage's file.
"""
from __future__ import annotations

from .. import stages


class MuxStage(stages.Stage):
    name = "mux"
    after = ("film", "mix")
    code = ("sound/files.py",)
    outputs = (stages.Output("film.mp4", "film.mp4"),)

    def declare(self, graph) -> None:
        mix = graph.product("mix")
        if mix is None or "film" not in graph.graph:
            return
        film = graph.graph.nodes["film"]["task"]
        graph.add(self, "mux", {"picture": film.key, "sound": mix.key}, inputs=(film, mix),
                  params={"picture": film.id})

    def compute(self, task, run, out) -> None:
        from ..sound.files import mux

        mux(run.input(task, task.params["picture"]).path("film.mp4"), run.input(task, "mix").path("mix.wav"),
            out.path("film.mp4"))
