"""Where the studio keeps things on disk, and the only code that turns names from a request into paths.

    ROOT/studio.sqlite          projects, jobs, events (see store.py)
    ROOT/projects/<pid>/        one uploaded script: script.<ext> (as uploaded), plan.json (as edited)
    ROOT/projects/<pid>/render/ the pipeline's output folder, shared by every render of the project so its
                                artifact store (.director/) makes a re-render of an edited shot cheap
    ROOT/jobs/<jid>/            one render's plan snapshot and its deliverables, kept after later renders

A writer's file name is never used as a path: it only picks the parser (by extension) and the project's
display name. Ids come from the studio (random hex, integers) and are checked against a pattern before
they touch the filesystem; downloads are limited to a fixed list of deliverable names, and every resolved
path is checked to lie inside ROOT.
"""
from __future__ import annotations

import re
import secrets
import unicodedata
from pathlib import Path

from ..errors import InputError

SCRIPT_EXTENSIONS = (".fountain", ".spmd", ".fdx", ".txt", ".md")
PROJECT_ID = re.compile(r"^[0-9a-f]{12}$")

DELIVERABLES = {
    "film.mp4": "video/mp4",
    "plan.json": "application/json",
    "storyboard.html": "text/html; charset=utf-8",
    "timeline.otio": "application/json",
    "subtitles.srt": "application/x-subrip; charset=utf-8",
    "subtitles.vtt": "text/vtt; charset=utf-8",
    "manifest.json": "application/json",
}
"""The files a job hands back, by name: the only names a download URL may ask for."""


def new_project_id() -> str:
    return secrets.token_hex(6)


def display_name(filename: str | None, fallback: str = "pasted script") -> str:
    """A writer-facing label from an uploaded file name: its last path part, printable, at most 80 chars."""
    if not filename:
        return fallback
    name = re.split(r"[\\/]", filename)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] not in "CZ" or c == " ")
    name = name.strip(" .")[:80]
    return name or fallback


def script_extension(filename: str | None, default: str = ".fountain") -> str:
    """The parser-selecting extension of an upload, or an InputError naming the formats accepted."""
    if not filename:
        return default
    suffix = Path(display_name(filename, "x")).suffix.lower()
    if suffix in SCRIPT_EXTENSIONS:
        return suffix
    accepted = ", ".join(SCRIPT_EXTENSIONS)
    raise InputError(f"unsupported script format '{suffix or 'no extension'}' (accepted: {accepted})",
                     file=display_name(filename))


class StudioLayout:
    """Paths under one studio root; every method returns a path inside it or raises."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "projects").mkdir(exist_ok=True)
        (self.root / "jobs").mkdir(exist_ok=True)

    @property
    def database(self) -> Path:
        return self.root / "studio.sqlite"

    def _inside(self, path: Path) -> Path:
        resolved = path.resolve()
        if not resolved.is_relative_to(self.root):
            raise InputError(f"path escapes the studio folder: {path}")
        return resolved

    def project_dir(self, project_id: str) -> Path:
        if not PROJECT_ID.match(project_id or ""):
            raise InputError(f"not a project id: {project_id!r}")
        return self._inside(self.root / "projects" / project_id)

    def script_path(self, project_id: str) -> Path | None:
        """The uploaded script of a project (its extension picks the parser), or None."""
        folder = self.project_dir(project_id)
        for ext in SCRIPT_EXTENSIONS:
            candidate = folder / f"script{ext}"
            if candidate.is_file():
                return candidate
        return None

    def plan_path(self, project_id: str) -> Path:
        return self.project_dir(project_id) / "plan.json"

    def render_dir(self, project_id: str) -> Path:
        return self.project_dir(project_id) / "render"

    def job_dir(self, job_id: int) -> Path:
        from .store import is_row_id

        if not is_row_id(job_id):
            raise InputError(f"not a job id: {job_id!r}")
        return self._inside(self.root / "jobs" / str(job_id))

    def deliverable(self, job_id: int, name: str) -> Path:
        if name not in DELIVERABLES:
            raise InputError(f"not a deliverable: {name!r} (one of {', '.join(DELIVERABLES)})")
        return self._inside(self.job_dir(job_id) / name)
