"""The cut: every shot's final frames joined with their transitions, title card and fades, as film.mp4.

Its key reads only what the editor uses — title, fps, size, title page, and per shot its id, duration,
transition and dialogue (for burnt-in subtitles) — plus the shots' frame keys, so editing a shot's layout
re-cuts the film from the new frames while a wording change in a description re-cuts nothing.
"""
from __future__ import annotations

from .. import stages
from ..timing import film_frames, shot_spans


def frames_input(graph):
    """(input tasks, params) for a task that reads every shot's final frames, in plan order."""
    frames = graph.product("frames")
    return tuple(frames.values()), {"frames": {shot_id: t.id for shot_id, t in frames.items()}}


class FilmStage(stages.Stage):
    name = "film"
    after = ("local",)
    code = ("editor.py", "timing.py", "subtitles.py")
    outputs = (stages.Output("film.mp4", "film.mp4"),)

    def declare(self, graph) -> None:
        plan_json = graph.plan_json
        edit_view = {k: plan_json[k] for k in ("title", "fps", "width", "height", "title_page")}
        edit_view["shots"] = [{k: s[k] for k in ("id", "duration", "transition_in", "dialogue")}
                              for s in plan_json["shots"]]
        edit_view["entities"] = [{"id": e["id"], "name": e["name"]} for e in plan_json["entities"]]
        burn = bool(graph.options.get("burn_subtitles"))
        inputs, params = frames_input(graph)
        graph.add(self, "film", {"plan": edit_view, "frames": [t.key for t in inputs], "burn_subtitles": burn},
                  inputs=inputs, params={**params, "burn_subtitles": burn})

    def compute(self, task, run, out) -> None:
        from ..editor import ShotClip, edit_film
        from ..manifest import jsonable

        frames = run.shot_frames(task)
        clips = (ShotClip(shot.id, frames[shot.id], span.head, span.tail)
                 for shot, span in zip(run.plan.shots, shot_spans(run.plan)))
        stats = edit_film(run.plan, clips, out.path("film.mp4"), burn_subtitles=task.params["burn_subtitles"])
        out.meta.update(stats=jsonable(stats), frames=film_frames(run.plan))
