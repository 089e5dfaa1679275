"""Answers on disk, keyed by a hash of everything that shapes them: the server, the model, messages and parameters.

The server's address is part of the key: two servers that both serve a model named "local" are two models.

A re-run of the same plan sends no requests. Writes are atomic (temp file + os.replace) so a killed run never
leaves a half-written answer that a later run would trust; an unreadable entry is treated as a miss.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


def cache_key(server: str, model: str, messages: list[dict], params: dict) -> str:
    payload = json.dumps({"server": server.rstrip("/"), "model": model, "messages": messages, "params": params},
                         sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AnswerCache:
    def __init__(self, folder: str | os.PathLike | None):
        self.folder = Path(folder) if folder else None

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        if self.folder is None:
            return None
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("key") == key else None

    def put(self, key: str, entry: dict) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({**entry, "key": key}, f, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            # A cache that cannot be written costs a re-run its calls, never the plan itself.
            pass
