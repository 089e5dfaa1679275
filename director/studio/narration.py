"""A render's events in words for the job page: "Shot 3 of 12: in-betweens, level 1", not task ids.

The pipeline's events (director.events) name tasks by id (`local/sc002_sh01/1`); a writer knows shots by their
place in the film. `describe(event, shot_numbers)` turns one event into one sentence; the SSE stream sends it
beside the event's data, so the page shows words and scripts still get the fields.
"""
from __future__ import annotations

from typing import Any

STAGE_WORDS = {"planning": "planning", "plan": "the plan", "references": "reference pictures",
               "keyframes": "keyframes", "local": "in-betweens", "clip": "the shot's clip",
               "film": "the cut (film.mp4)", "storyboard": "the storyboard", "subtitles": "subtitles",
               "timeline": "the timeline", "voice": "a voice line", "music": "music", "mix": "the sound mix",
               "mux": "the film's sound", "mux_clip": "the shot's sound"}
"""Each stage as a writer would call it; a stage not listed is shown by its own name."""


def _seconds(value: Any) -> str:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return ""
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.0f} s"


def _what(event: dict[str, Any], shot_numbers: dict[str, int]) -> str:
    stage = str(event.get("stage") or "")
    words = STAGE_WORDS.get(stage, stage.replace("_", " ") or "a task")
    task = str(event.get("task") or "")
    if stage == "local" and task.rsplit("/", 1)[-1].isdigit():
        words += f", level {task.rsplit('/', 1)[-1]}"
    shot = event.get("shot")
    if shot:
        number = shot_numbers.get(shot)
        where = f"Shot {number} of {len(shot_numbers)}" if number else f"Shot {shot}"
        return f"{where}: {words}"
    return words[:1].upper() + words[1:]


def describe(event: dict[str, Any], shot_numbers: dict[str, int]) -> str:
    """One event as a sentence; `shot_numbers` maps shot ids to their 1-based place in the film."""
    kind = str(event.get("event") or "")
    if kind == "queued":
        return f"Queued for the {event.get('renderer', '?')} renderer"
    if kind == "render_started":
        return f"Render started ({event.get('renderer', '?')} renderer)"
    if kind == "job_started":
        totals = {k: n for k, n in (event.get("totals") or {}).items() if isinstance(n, int) and n}
        shots = len(shot_numbers) or totals.get("keyframes")
        head = f"Rendering {shots} shot{'s' if shots != 1 else ''}" if shots else "Rendering"
        parts = ", ".join(f"{STAGE_WORDS.get(stage, stage)} {n}" for stage, n in totals.items())
        return head + (f" in {sum(totals.values())} tasks ({parts})" if totals else "")
    if kind == "job_planned":
        totals = {k: n for k, n in (event.get("totals") or {}).items() if isinstance(n, int) and n}
        parts = ", ".join(f"{STAGE_WORDS.get(stage, stage)} {n}" for stage, n in totals.items())
        return f"Planned: {sum(totals.values())} tasks to render ({parts})"
    if kind == "task_started":
        return f"{_what(event, shot_numbers)}, started"
    if kind == "task_finished":
        took = _seconds(event.get("seconds"))
        return f"{_what(event, shot_numbers)}" + (f", done in {took}" if took else ", done")
    if kind == "task_cached":
        return f"{_what(event, shot_numbers)}, unchanged (from the cache)"
    if kind == "task_failed":
        return f"{_what(event, shot_numbers)} failed: {event.get('error') or event.get('message') or '?'}"
    if kind == "task_retried":
        return f"{_what(event, shot_numbers)}: trying again (attempt {event.get('attempt', '?')})"
    if kind == "job_finished":
        took = _seconds(event.get("seconds"))
        return "Render finished" + (f" in {took}" if took else "")
    if kind == "job_failed":
        return f"Render failed: {event.get('error') or event.get('message') or '?'}"
    if kind == "render_finished":
        tasks, hits = event.get("tasks"), event.get("cache_hits")
        return f"Done: {tasks} tasks, {hits} unchanged" if tasks is not None else "Done"
    if kind == "result":
        return "Deliverables saved: " + ", ".join(event.get("files") or [])
    if event.get("message"):
        return str(event["message"])
    return kind.replace("_", " ").capitalize() or "Event"
