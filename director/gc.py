"""`director gc OUT`: empty an output folder's artifact store of everything its current plan does not need.

A render already prunes the store when it finishes, but a job that was interrupted, failed, or ran with
`prune=False` (several sizes or renderers sharing one folder) leaves artifacts no plan will read, and a crash
between placing a file and recording it leaves an orphan file. gc rebuilds the task graph of OUT/plan.json as
the folder's last job rendered it — the renderer identity, capabilities, options and voices recorded in
OUT/manifest.json, so no renderer is loaded (plan.json is already cast and timed to its voices) — keeps the artifacts of those tasks (and the newest cached plan of
the script, so `director make` does not plan again), and deletes every other artifact and every file in
`objects/` that no artifact names. What it keeps renders the current plan exactly as before; what it deletes
would be recomputed if an older plan came back.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import DirectorError


@dataclass
class GcReport:
    artifacts_before: int
    artifacts_after: int
    bytes_before: int
    bytes_after: int
    files_removed: int

    def summary(self, out: Path) -> str:
        mb = 1e6
        return (f"{out}: removed {self.artifacts_before - self.artifacts_after} artifacts and "
                f"{self.files_removed} files, freed {(self.bytes_before - self.bytes_after) / mb:.1f} MB; "
                f"the store holds {self.artifacts_after} artifacts, {self.bytes_after / mb:.1f} MB")


def live_keys(out: Path) -> set[str]:
    """The task keys the folder's current plan needs, as its last job (manifest.json) rendered it."""
    from .graph import build_graph
    from .plan_file import load_plan
    from .protocols import Capabilities

    manifest_path = out / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        job = manifest["job"]
        identity, caps, options = job["renderer_identity"], job["capabilities"], job.get("options", {})
    except FileNotFoundError:
        raise DirectorError(f"{manifest_path}: no manifest, so no finished job says what the plan needs; "
                            "render the plan first (or delete the .director folder to start afresh)") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DirectorError(f"{manifest_path}: cannot read the job it records ({exc}); nothing was removed") from exc
    recorded = {f.name: caps[f.name] for f in fields(Capabilities) if f.name in caps}
    if recorded.get("sizes"):       # JSON turned the tuples into lists
        recorded["sizes"] = tuple(tuple(size) for size in recorded["sizes"])
    if recorded.get("fps"):
        recorded["fps"] = tuple(recorded["fps"])
    capabilities = Capabilities(**recorded)
    plan = load_plan(out / "plan.json")
    sound = manifest.get("sound") or {"silent": True}
    voices = "none" if sound.get("silent", True) else sound.get("voices")
    # every optional stage on: keeping a stage's artifacts that the last job skipped costs nothing (there are none)
    graph = build_graph(plan, renderer_identity=identity, capabilities=capabilities, shot_videos=True,
                        storyboard=True, subtitles=True, timeline=True,
                        burn_subtitles=bool(options.get("burn_subtitles")), voices=voices,
                        voice_options=options.get("voice_options"), loudness=options.get("loudness"),
                        sound_base=str(out))
    return {graph.nodes[n]["task"].key for n in graph.nodes}


def collect_garbage(out_dir: str | Path) -> GcReport:
    """Remove from `out_dir`'s store what its current plan does not need (see the module docstring)."""
    from .outputs import STORE_DIR
    from .store import ArtifactStore

    out = Path(out_dir).expanduser().resolve()
    if not (out / STORE_DIR).is_dir():
        raise DirectorError(f"{out}: no artifact store ({STORE_DIR}/) here")
    keep = live_keys(out)
    store = ArtifactStore(out / STORE_DIR)
    before = store.usage()
    keep |= set(store.keys("planning", newest=True))
    removed = store.prune(keep)
    after = store.usage()
    return GcReport(before["artifacts"], after["artifacts"], before["bytes"], after["bytes"], removed)
