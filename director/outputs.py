"""The output folder: made writable up front, filled atomically at the end, and protected from losing edits.

Each stage names the files it installs (`Stage.outputs`); they are hard-linked out of the store (free) or
copied, each replaced atomically, and only once the whole job has run — so a failure anywhere leaves the
previous outputs exactly as they were. manifest.json is written last.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import networkx as nx

from . import stages
from .errors import DirectorError
from .models import FilmPlan
from .store import ArtifactStore, StoreError, file_digest

STORE_DIR = ".director"


def prepare_out_dir(out_dir: str | os.PathLike) -> tuple[Path, ArtifactStore]:
    """The output folder (created, checked writable) and its artifact store."""
    out = Path(out_dir).expanduser().resolve()
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".director-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DirectorError(f"{out}: cannot write to the output folder: {exc.strerror or exc}") from exc
    return out, ArtifactStore(out / STORE_DIR)


def install(src: Path, dst: Path) -> None:
    """Put a store object at `dst` atomically: hard link (free) where possible, else a copy."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        if os.path.samefile(src, dst):
            return          # already this very file (renaming a link onto itself would be a no-op anyway)
    except OSError:
        pass
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copyfile(src, tmp)
    os.replace(tmp, dst)
    tmp.unlink(missing_ok=True)


def write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def install_outputs(out: Path, store: ArtifactStore, graph: nx.DiGraph, plan: FilmPlan) -> dict[str, Path]:
    """Install every output stage's files; returns their paths by key (a per-shot output: its folder)."""
    outputs: dict[str, Path] = {}
    per_shot: dict[Path, str] = {}      # folder of per-shot files -> their file-name pattern
    for node in graph.nodes:
        task = graph.nodes[node]["task"]
        stage = stages.get(task.stage)
        if not stage.outputs:
            continue            # intermediate frames: never read (or hash-checked) just to install outputs
        art = store.get(task.key)
        if art is None:
            what = f"the {task.stage} artifact" + (f" of {task.shot}" if task.shot else "")
            raise StoreError(f"{out}: {what} is missing after the run; re-run to resume")
        for output in stage.outputs:
            rel = Path(output.destination(task))
            install(art.path(output.file), out / rel)
            if "{shot}" in output.path:
                folder = out / Path(output.path).parent
                per_shot[folder] = Path(output.path).name
                outputs[output.key or folder.name] = folder
            else:
                outputs[output.key or rel.stem] = out / rel
    for folder, pattern in per_shot.items():
        current = {pattern.format(shot=s.id) for s in plan.shots}
        for f in folder.glob(pattern.format(shot="*")):
            if f.name not in current:
                f.unlink()      # a shot that left the plan: its file must not linger (the timeline reads the folder)
    return outputs


def refuse_to_overwrite_edited_plan(out: Path, plan: FilmPlan) -> None:
    """Stop if OUT/plan.json holds edits that re-planning from the script would overwrite."""
    existing = out / "plan.json"
    if not existing.is_file():
        return
    try:
        if FilmPlan.model_validate_json(existing.read_text(encoding="utf-8")) == plan:
            return
    except Exception:   # unreadable or invalid: still someone's work, so it is protected the same way
        pass
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        recorded, from_script = manifest["plan"].get("sha256"), manifest["job"].get("script") is not None
    except (OSError, ValueError, KeyError, TypeError):
        recorded, from_script = None, False
    if from_script and recorded is not None and recorded == file_digest(existing):
        return          # the plan this folder's last `make` wrote from the script: the script or an option changed
    raise DirectorError(f"{existing}: this plan was edited since it was made from the script, and re-planning "
                        f"would overwrite it; render it with `director render {existing}`, or re-plan from the "
                        "script with --replan")
