"""Finding and loading checkpoints: a local folder or a hub id, with one-line errors a user can act on.

A hub id is looked up in the local Hugging Face cache first, and loaded from there with no network at all.
Only when it is not cached and `HF_HUB_OFFLINE` is not set is the hub asked, and only after a connection to
it opened within a few seconds: without that check huggingface_hub retries every file of every component for
minutes before failing. A missing checkpoint names itself, the setting that chose it and the command that
fetches it, instead of a stack of hub exceptions.

Configs are read before the weights: a key the installed diffusers no longer knows is dropped only where the
current code does what the key said (the motion adapter v1-5-2's `motion_activation_fn = "geglu"` is what
diffusers hard-codes now); a value it cannot honour stops the load with one line instead of building a
different model in silence.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
import socket
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from director.errors import DirectorError

WHERE_TO_GET = {
    "base": "an SD1.5-family diffusers folder (unet/, vae/, text_encoder/, tokenizer/, scheduler/)",
    "motion_adapter": "an AnimateDiff MotionAdapter, e.g. guoyww/animatediff-motion-adapter-v1-5-3",
    "controlnet_openpose": "an OpenPose ControlNet, e.g. lllyasviel/control_v11p_sd15_openpose",
    "sparsectrl_rgb": "a SparseCtrl RGB encoder, e.g. guoyww/animatediff-sparsectrl-rgb",
    "ip_adapter": "an SD1.5 IP-Adapter, e.g. h94/IP-Adapter (models/ip-adapter_sd15.safetensors, "
                  "models/image_encoder/)",
    "image_encoder": "a CLIPVisionModelWithProjection, e.g. h94/IP-Adapter's models/image_encoder",
}
HUB_TIMEOUT = 4.0   # seconds to open a connection to the hub before calling it unreachable

# Keys published configs carry that the installed diffusers' classes no longer take, with the value the class
# now always uses. A config whose value differs describes a model these classes cannot build.
RETIRED_KEYS: dict[str, dict[str, Any]] = {
    "MotionAdapter": {"motion_activation_fn": "geglu", "motion_attention_bias": False,
                      "motion_cross_attention_dim": None},
}
# Keys that only mean something while another key switches a feature on (UNet-style keys in SparseCtrl's).
ONLY_WITH = {"addition_embed_type_num_heads": "addition_embed_type"}


def offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def is_local(ref: str) -> bool:
    return Path(ref).expanduser().exists()


def looks_like_path(ref: str) -> bool:
    """A folder someone meant (absolute, relative, home) rather than an `owner/name` hub id."""
    return ref.startswith(("/", ".", "~")) or ref.count("/") > 1 or os.sep != "/" and os.sep in ref


def _download_hint(key: str, ref: str) -> str:
    return (f"download it while online: `hf download {ref} --local-dir DIR`, then set {key} = \"DIR\" "
            "in your profile")


def cached_snapshot(ref: str, revision: str | None = None) -> Path | None:
    """The local cache's folder for a hub id at `revision`, or None. No network."""
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
    except ImportError:   # pragma: no cover - huggingface_hub comes with diffusers
        return None
    try:
        return Path(snapshot_download(ref, revision=revision, local_files_only=True))
    except (LocalEntryNotFoundError, OSError, ValueError):
        return None
    except Exception:     # a malformed id: not cached, whatever huggingface_hub calls it
        return None


def _hub_reachable(timeout: float = HUB_TIMEOUT) -> str | None:
    """None if a TCP connection to the hub opens within `timeout` seconds, else why not. DNS included: the
    lookup runs in a thread so a resolver that hangs costs `timeout`, not its own minutes."""
    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    url = urlparse(endpoint)
    host, port = url.hostname or "huggingface.co", url.port or (443 if url.scheme != "http" else 80)
    outcome: list[str | None] = ["no answer within %.0f s" % timeout]

    def attempt() -> None:
        try:
            socket.create_connection((host, port), timeout=timeout).close()
            outcome[0] = None
        except OSError as exc:
            outcome[0] = exc.strerror or str(exc) or type(exc).__name__

    thread = threading.Thread(target=attempt, daemon=True, name="director-hub-check")
    thread.start()
    thread.join(timeout + 0.5)
    return outcome[0] if outcome[0] is None else f"{host}: {outcome[0]}"


_REACHABLE: dict[str, str | None] = {}


def hub_unreachable() -> str | None:
    """`_hub_reachable`, asked once per process and endpoint."""
    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    if endpoint not in _REACHABLE:
        _REACHABLE[endpoint] = _hub_reachable()
    return _REACHABLE[endpoint]


def missing(key: str, ref: str, revision: str | None = None, subfolders: tuple[str, ...] = (),
            expected: str | None = None) -> str | None:
    """Why the checkpoint `ref` cannot be loaded without the network, or None if it is on disk. Cheap.

    `expected` says what the folder should hold when it is not the setting's usual kind (a Wan base)."""
    if is_local(ref):
        root = Path(ref).expanduser()
        for sub in subfolders:
            if not (root / sub).is_dir():
                return f"{key} checkpoint '{ref}' has no '{sub}/' folder; expected {expected or WHERE_TO_GET[key]}"
        return None
    if looks_like_path(ref):
        return f"{key} checkpoint folder '{ref}' does not exist"
    if cached_snapshot(ref, revision) is None:
        return f"{key} checkpoint '{ref}' is not in the local Hugging Face cache; {_download_hint(key, ref)}"
    return None


def locate(key: str, ref: str, revision: str | None = None, subfolders: tuple[str, ...] = (),
           expected: str | None = None) -> str:
    """A folder to load `ref` from: itself, its snapshot in the local cache, or (online, not cached) the hub id.

    Raises one line, in seconds, when it is in none of those places."""
    if is_local(ref) or looks_like_path(ref):
        reason = missing(key, ref, revision, subfolders, expected)
        if reason:
            raise DirectorError(f"diffusers renderer: {reason}")
        return str(Path(ref).expanduser())
    snapshot = cached_snapshot(ref, revision)
    if snapshot is not None:
        return str(snapshot)
    if offline():
        raise DirectorError(f"diffusers renderer: {key} checkpoint '{ref}' is not in the local Hugging Face "
                            f"cache (HF_HUB_OFFLINE is set: only the local cache is searched); "
                            f"{_download_hint(key, ref)}")
    why = hub_unreachable()
    if why:
        raise DirectorError(f"diffusers renderer: {key} checkpoint '{ref}' is not in the local Hugging Face "
                            f"cache and the hub cannot be reached ({why}); {_download_hint(key, ref)}")
    return ref


def read_config(folder: str, subfolder: str | None, name: str = "config.json") -> dict[str, Any] | None:
    path = Path(folder, subfolder or "", name)
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DirectorError(f"diffusers renderer: {path}: not a readable JSON config: {exc}") from exc


def unsupported_keys(cls: Any, config: dict[str, Any]) -> dict[str, Any]:
    """Keys of `config` that `cls` does not take and whose value it cannot honour (empty: loads as published).

    A key is harmless when the class now always does what it says (`RETIRED_KEYS`), when it switches a feature
    off that the class does not have (None or False), or when it only matters while such a feature is on."""
    try:
        params = set(inspect.signature(cls.__init__).parameters)
    except (TypeError, ValueError):   # pragma: no cover - not a diffusers class
        return {}
    retired = RETIRED_KEYS.get(cls.__name__, {})
    bad = {}
    for key, value in config.items():
        if key.startswith("_") or key in params:
            continue
        if key in retired:
            if value != retired[key]:
                bad[key] = value
            continue
        if value is None or value is False:
            continue
        if key in ONLY_WITH and config.get(ONLY_WITH[key]) in (None, False):
            continue
        bad[key] = value
    return bad


def check_config(cls: Any, key: str, ref: str, folder: str, subfolder: str | None) -> None:
    """Stop on a diffusers config key the class cannot honour (transformers' configs keep extras themselves)."""
    if not cls.__module__.startswith("diffusers"):
        return
    config = read_config(folder, subfolder)
    if config is None:
        return
    bad = unsupported_keys(cls, config)
    if bad:
        import diffusers

        shown = ", ".join(f"{k}={v!r}" for k, v in bad.items())
        raise DirectorError(f"diffusers renderer: {key} checkpoint '{ref}'{'/' + subfolder if subfolder else ''} "
                            f"sets {shown}, which diffusers {diffusers.__version__}'s {cls.__name__} cannot build; "
                            "its weights would load into a different model")


def load_component(cls: Any, key: str, ref: str, subfolder: str | None = None, revision: str | None = None,
                   expected: str | None = None, **kwargs: Any) -> Any:
    """`cls.from_pretrained(ref, subfolder=...)`, or a one-line DirectorError naming the checkpoint and the fix.

    `expected` says what the folder should hold when it is not the setting's usual kind (a Wan base)."""
    expected = expected or WHERE_TO_GET[key]
    folder = locate(key, ref, revision, (subfolder,) if subfolder else (), expected)
    local = folder != ref or is_local(ref)
    if local:
        check_config(cls, key, ref, folder, subfolder)
    options = dict(kwargs)
    if subfolder:
        options["subfolder"] = subfolder
    if local:
        options["local_files_only"] = True
    elif revision:
        options["revision"] = revision
    try:
        return cls.from_pretrained(folder, **options)
    except DirectorError:
        raise
    except Exception as exc:   # OSError, ValueError, safetensors' own error on a damaged file, a shape mismatch
        how = _download_hint(key, ref) if not is_local(ref) else f"check that the folder holds {expected}"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DirectorError(f"diffusers renderer: cannot load {key} checkpoint '{ref}'"
                            f"{'/' + subfolder if subfolder else ''}: {first}; {how}") from exc


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
