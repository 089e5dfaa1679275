"""The film's sound track: the mix encoded once as AAC (`director.sound.track.encode_track`), kept in the store.

The mux copies it beside the joined picture, so a picture edit re-encodes no sound, and a new mix re-encodes it
once. None in a silent film. Provides `track` (its task, or None).
"""
from __future__ import annotations

from .. import stages


class TrackStage(stages.Stage):
    name = "track"
    after = ("mix",)
    code = ("sound/track.py", "sound/files.py")

    def declare(self, graph) -> None:
        mix = graph.product("mix")
        graph.provide("track", None if mix is None else graph.add(self, "track", {"mix": mix.key}, inputs=(mix,)))

    def compute(self, task, run, out) -> None:
        from ..sound.track import encode_track

        encode_track(run.input(task, "mix").path("mix.wav"), out.path("track.m4a"))
