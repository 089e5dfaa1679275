"""Sound joins picture: film.mp4 is the cut's picture (the `film` stage, silent) with the mix as AAC.

Both streams are copied, neither re-encoded (`director.sound.track.mux_track`): the picture is the joined
segments, the sound the `track` stage's AAC, so a picture edit re-encodes no sound and a re-mix no frame, and
nothing in the picture's tasks depends on the sound. Installed after the film stage's silent film.mp4,
over it (a task is installed after its inputs). None in a silent film, which keeps the film stage's file.
"""
from __future__ import annotations

from .. import stages


class MuxStage(stages.Stage):
    name = "mux"
    after = ("film", "track")
    code = ("sound/track.py",)
    outputs = (stages.Output("film.mp4", "film.mp4"),)

    def declare(self, graph) -> None:
        track = graph.product("track")
        if track is None or "film" not in graph.graph:
            return
        film = graph.graph.nodes["film"]["task"]
        graph.add(self, "mux", {"picture": film.key, "sound": track.key}, inputs=(film, track),
                  params={"picture": film.id})

    def compute(self, task, run, out) -> None:
        from ..sound.track import mux_track

        picture = run.input(task, task.params["picture"]).path("film.mp4")
        mux_track(picture, run.input(task, "track").path("track.m4a"), out.path("film.mp4"))
