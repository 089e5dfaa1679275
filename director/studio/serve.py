"""`director studio`: serve the studio with uvicorn, on loopback unless a token guards it.

Binding anything but a loopback address puts the writer's scripts and the render queue on a network, so the
command refuses to do that without a token (`--token` or the DIRECTOR_STUDIO_TOKEN environment variable).
"""
from __future__ import annotations

import ipaddress
import os
import secrets
from pathlib import Path

from ..errors import DirectorError

TOKEN_ENV = "DIRECTOR_STUDIO_TOKEN"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(root: str | os.PathLike, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
          workers: int = 1, max_upload_kib: int | None = None) -> int:
    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise DirectorError(f"--host {host} exposes the studio beyond this machine; give it a token: "
                            f"--token {secrets.token_urlsafe(16)} (or set {TOKEN_ENV})")
    from ..errors import require

    uvicorn = require("uvicorn", "studio", "the web studio")
    from . import create_app
    from .app import DEFAULT_MAX_UPLOAD

    limit = max_upload_kib * 1024 if max_upload_kib else DEFAULT_MAX_UPLOAD
    # On loopback only loopback names are valid hosts: a DNS-rebinding page cannot reach the studio by its name.
    hosts = ["127.0.0.1", "localhost", "::1", "[::1]", host] if is_loopback(host) else None
    app = create_app(Path(root), token=token, workers=workers, max_upload_bytes=limit, allowed_hosts=hosts)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    print(f"director studio: serving {Path(root).resolve()} at {url} (Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
    return 0
