"""Loading checkpoints: `from_pretrained` on a local folder or a hub id, with errors a user can act on.

Offline is the normal case here: `HF_HUB_OFFLINE=1` makes every load local-only (huggingface_hub honours it;
we also pass `local_files_only` so the message below is ours). A missing checkpoint names itself, the setting
that chose it and the command that fetches it, instead of a stack of hub exceptions.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from director.errors import DirectorError

WHERE_TO_GET = {
    "base": "an SD1.5-family diffusers folder (unet/, vae/, text_encoder/, tokenizer/, scheduler/)",
    "motion_adapter": "an AnimateDiff MotionAdapter, e.g. guoyww/animatediff-motion-adapter-v1-5-3",
    "controlnet_openpose": "an OpenPose ControlNet, e.g. lllyasviel/control_v11p_sd15_openpose",
    "sparsectrl_rgb": "a SparseCtrl RGB encoder, e.g. guoyww/animatediff-sparsectrl-rgb",
}


def offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def is_local(ref: str) -> bool:
    return Path(ref).expanduser().exists()


def load_component(cls: Any, key: str, ref: str, subfolder: str | None = None, revision: str | None = None,
                   expected: str | None = None, **kwargs: Any) -> Any:
    """`cls.from_pretrained(ref, subfolder=...)`, or a DirectorError naming the checkpoint and how to get it.

    `expected` says what the folder should hold when it is not the setting's usual kind (a Wan base)."""
    expected = expected or WHERE_TO_GET[key]
    local = is_local(ref)
    if local and subfolder and not (Path(ref) / subfolder).is_dir():
        raise DirectorError(f"diffusers renderer: {key} checkpoint '{ref}' has no '{subfolder}/' folder; "
                            f"expected {expected}")
    if not local and (ref.startswith(("/", ".", "~")) or os.sep in ref.strip("/").replace("/", "", 1)):
        raise DirectorError(f"diffusers renderer: {key} checkpoint folder '{ref}' does not exist")
    options = dict(kwargs)
    if subfolder:
        options["subfolder"] = subfolder
    if revision and not local:
        options["revision"] = revision
    if offline() and not local:
        options["local_files_only"] = True
    try:
        return cls.from_pretrained(ref, **options)
    except (OSError, ValueError) as exc:
        how = (f"download it while online: `hf download {ref} --local-dir DIR`, then set {key} = \"DIR\" "
               f"in your profile" if not local else f"check that the folder holds {expected}")
        mode = " (HF_HUB_OFFLINE is set: only the local cache is searched)" if offline() and not local else ""
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DirectorError(f"diffusers renderer: cannot load {key} checkpoint '{ref}'"
                            f"{'/' + subfolder if subfolder else ''}{mode}: {first}; {how}") from exc


def fingerprint(ref: str, revision: str | None = None) -> str:
    """Identity of a checkpoint: a hub id with its revision, or a digest of a local folder's configs and sizes.

    Configs and weight-file sizes are enough to tell two checkpoints apart without hashing gigabytes.
    """
    if not is_local(ref):
        return f"{ref}@{revision or 'main'}"
    digest = hashlib.sha256()
    root = Path(ref)
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        digest.update(rel.encode())
        if path.suffix in (".json", ".txt", ".toml"):
            digest.update(path.read_bytes())
        else:
            digest.update(str(path.stat().st_size).encode())
    return f"{root.name}:{digest.hexdigest()[:16]}"
