"""The artifact store: every task's result, kept under the output folder so a re-run can skip finished work.

Layout under `OUT/.director/`:

    index.sqlite            task key -> named files (digest, size) + small JSON metadata
    objects/ab/abcdef….zst  file contents, named by their SHA-256 (content addressed: equal files stored once)
    tmp/                    files being written; a crash leaves them here and the next open removes them

Frames are stored compressed and lossless (`write_frames`, `FrameFile`): zstd level 3 over chunks of 8 frames,
in a standard .zst file (`zstd -d` gives the raw uint8 array) whose leading skippable frame holds the shape and
the chunk index, so a reader decodes only the chunks it touches. Measured on animatic frames at 640x360
(`bench/bench_store.py`): about 20 KB a frame instead of 691 KB as .npy, ~2 ms to write and ~0.8 ms to read a
frame on one core; FFV1 and PNG were 3x larger and slower, lossless x264 (RGB, -qp 0) about as small but 4-6x
slower to write and read through a subprocess.

Why this shape:
- A task's key already hashes its inputs, so "is this done?" is one index lookup; the objects themselves are
  named by content so a corrupt or truncated file can be recognised (its hash no longer matches) and the task
  recomputed instead of poisoning the film.
- Writes are atomic: data goes to `tmp/`, is hashed while written, then `os.replace`d into `objects/`; the index
  row is inserted last, in one SQLite transaction. A process killed at any point leaves either a finished
  artifact or none — never half of one.
- Several threads or processes (the local executor's workers, Ray workers on a shared filesystem) may write at
  once: object names are unique per content, tmp names unique per writer, and SQLite (WAL mode, busy timeout)
  serialises index updates. Each thread opens its own connection.
- Intermediates can be dropped (`drop`) once nothing will read them again, and `prune` keeps only the keys a
  plan still needs. An object is deleted only when no index row names it, checked inside the same write
  transaction that commits place objects in, so a drop never deletes a file another task just committed.
"""
from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import socket
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from .errors import DirectorError

HOST = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]
"""This machine, in tmp file names: another host's writers on a shared folder are not judged by local pids."""
STALE_FOREIGN_TMP = 24 * 3600

_CHUNK = 1 << 22  # 4 MiB: large enough for throughput, small enough to keep memory flat while hashing

FRAMES_FILE = "frames.zst"
"""The name under which tasks store frames (`Writer.write_frames`)."""
FRAME_CHUNK = 8
"""Frames per zstd frame: 8 compress within 10 % of a whole shot at once, and a random read decodes 8, not 200."""
ZSTD_LEVEL = 3
_SKIPPABLE_MAGIC = 0x184D2A5E   # a zstd skippable frame: decoders step over it; it carries our header
_FRAMES_FORMAT = "director-frames/1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS artifacts (
    key TEXT PRIMARY KEY,
    stage TEXT NOT NULL,
    created REAL NOT NULL,
    seconds REAL,
    meta TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    key TEXT NOT NULL REFERENCES artifacts(key) ON DELETE CASCADE,
    name TEXT NOT NULL,
    digest TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (key, name)
);
CREATE INDEX IF NOT EXISTS files_by_digest ON files(digest);
"""


class StoreError(DirectorError):
    """The store could not write (disk full, permissions): finished artifacts are untouched."""


@dataclass(frozen=True)
class Artifact:
    """A finished task's files (paths inside the store, read-only by convention) and its metadata."""

    key: str
    stage: str
    files: dict[str, Path]
    meta: dict[str, Any]

    def path(self, name: str) -> Path:
        return self.files[name]

    def array(self, name: str | None = None, mmap: bool = True) -> np.ndarray:
        """Load an array file as an ndarray: a .npy memory-mapped by default, a frames file decoded whole.

        Without a name: the artifact's frames (`FRAMES_FILE`, or an older store's frames.npy)."""
        name = name or (FRAMES_FILE if FRAMES_FILE in self.files else "frames.npy")
        if name.endswith(".zst"):
            return np.asarray(FrameFile(self.files[name]))
        with _NPY_HEADER_LOCK:
            frames = np.load(self.files[name], mmap_mode="r", allow_pickle=False)
        return frames if mmap else np.array(frames)

    def frames(self, name: str = FRAMES_FILE) -> "FrameFile | np.ndarray":
        """The artifact's frames, read lazily (`FrameFile`); an older store's .npy frames memory-mapped."""
        if name not in self.files and "frames.npy" in self.files:
            return self.array("frames.npy")
        return FrameFile(self.files[name])


_NPY_HEADER_LOCK = threading.Lock()
"""np.load parses .npy headers with ast.literal_eval, which CPython 3.11 cannot run in several threads at once
(sporadic "SystemError: AST constructor recursion depth mismatch"); mapping is cheap, so loads take turns."""


class FrameFile:
    """A stored (T, H, W, 3) frames file, read chunk by chunk: `len`, `shape`, `dtype`, `ndim`, `f[i]`, `f[a:b]`,
    iteration, and `np.asarray(f)` (decodes everything). Frames are read-only views of a decoded chunk; the
    last chunk read is kept, so reading frames in order decodes each chunk once. Safe to share between threads.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        with open(self.path, "rb") as f:
            head = f.read(8)
            magic, size = (int.from_bytes(head[:4], "little"), int.from_bytes(head[4:8], "little")) \
                if len(head) == 8 else (0, 0)
            if magic != _SKIPPABLE_MAGIC:
                raise StoreError(f"{self.path}: not a director frames file")
            header = json.loads(f.read(size))
        if header.get("format") != _FRAMES_FORMAT:
            raise StoreError(f"{self.path}: unknown frames format {header.get('format')!r}")
        self.shape = tuple(header["shape"])
        self.dtype = np.dtype(header["dtype"])
        self.chunk = int(header["chunk"])
        self._offsets = np.concatenate([[8 + size], 8 + size + np.cumsum(header["sizes"], dtype=np.int64)])
        self._lock = threading.Lock()
        self._cached: tuple[int, np.ndarray] | None = None

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def __len__(self) -> int:
        return self.shape[0]

    def _decode(self, c: int) -> np.ndarray:
        with self._lock:
            if self._cached is not None and self._cached[0] == c:
                return self._cached[1]
        import zstandard

        start, end = int(self._offsets[c]), int(self._offsets[c + 1])
        with open(self.path, "rb") as f:
            f.seek(start)
            blob = f.read(end - start)
        frames = min(self.chunk, self.shape[0] - c * self.chunk)
        data = np.frombuffer(zstandard.ZstdDecompressor().decompress(blob), self.dtype)
        data = data.reshape((frames,) + self.shape[1:])
        with self._lock:
            self._cached = (c, data)
        return data

    def __getitem__(self, index):
        if isinstance(index, slice):
            return np.stack([self[i] for i in range(*index.indices(len(self)))]) if len(self) else \
                np.empty((0,) + self.shape[1:], self.dtype)
        i = int(index)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"frame {index} of {len(self)}")
        return self._decode(i // self.chunk)[i % self.chunk]

    def __iter__(self) -> Iterator[np.ndarray]:
        for i in range(len(self)):
            yield self[i]

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        out = np.empty(self.shape, self.dtype)
        for c in range(len(self._offsets) - 1):
            out[c * self.chunk:(c + 1) * self.chunk] = self._decode(c)
        return out if dtype is None else out.astype(dtype)


def encode_frames(frames) -> list[bytes]:
    """The bytes of a frames file for a (T, ...) array or sequence of equal-shaped frames (see `FrameFile`)."""
    import zstandard

    first = np.asarray(frames[0]) if len(frames) else np.zeros((0, 0, 0), np.uint8)
    shape = (len(frames),) + first.shape
    compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
    blobs = []
    for c in range(0, len(frames), FRAME_CHUNK):
        chunk = np.ascontiguousarray(frames[c:c + FRAME_CHUNK] if isinstance(frames, np.ndarray)
                                     else np.stack([np.asarray(f) for f in frames[c:c + FRAME_CHUNK]]))
        blobs.append(compressor.compress(chunk.data))
    header = json.dumps({"format": _FRAMES_FORMAT, "shape": list(shape), "dtype": first.dtype.str,
                         "chunk": FRAME_CHUNK, "sizes": [len(b) for b in blobs]}).encode()
    return [_SKIPPABLE_MAGIC.to_bytes(4, "little") + len(header).to_bytes(4, "little") + header, *blobs]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def file_digest(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _write_all(fd: int, data, digest) -> None:
    """Write every byte of `data` to `fd` with os.write, hashing as it goes (no re-read to hash)."""
    view = memoryview(data).cast("B")
    digest.update(view)
    while view:
        written = os.write(fd, view[:_CHUNK])
        view = view[written:]


class Writer:
    """Collects one task's output files in tmp/; `ArtifactStore.writer` commits them atomically on success."""

    def __init__(self, store: "ArtifactStore", key: str, stage: str):
        self.store, self.key, self.stage = store, key, stage
        self.meta: dict[str, Any] = {}
        self._files: dict[str, Path] = {}
        self._digests: dict[str, str] = {}
        self.artifact: Artifact | None = None   # set once committed

    def path(self, name: str) -> Path:
        """A fresh tmp path for a file named `name` that some other writer (ffmpeg, Pillow…) will fill."""
        if name in self._files:
            return self._files[name]
        tmp = self.store.tmp_dir / f"{os.getpid()}-{HOST}-{uuid.uuid4().hex}{Path(name).suffix}"
        self._files[name] = tmp
        return tmp

    def write_bytes(self, name: str, data: bytes) -> None:
        self._write_chunks(name, [data])

    def write_text(self, name: str, text: str) -> None:
        self._write_chunks(name, [text.encode("utf-8")])

    def write_array(self, name: str, array: np.ndarray) -> None:
        """Save `array` as .npy (loadable with mmap) through the store's own hashed, checked write path."""
        array = np.ascontiguousarray(array)
        header = io.BytesIO()
        np.lib.format.write_array_header_1_0(header, np.lib.format.header_data_from_array_1_0(array))
        self._write_chunks(name, [header.getvalue(), array.reshape(-1).view(np.uint8) if array.size else b""])

    def write_frames(self, name: str, frames) -> None:
        """Save (T, H, W, 3) frames compressed and lossless (zstd; see `FrameFile`), hashed as written."""
        self._write_chunks(name, encode_frames(frames))

    def _write_chunks(self, name: str, chunks) -> None:
        tmp = self.path(name)
        digest = hashlib.sha256()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            for chunk in chunks:
                _write_all(fd, chunk, digest)
        finally:
            os.close(fd)
        self._digests[name] = digest.hexdigest()

    def _commit(self, seconds: float | None) -> Artifact:
        placed: dict[str, Path] = {}
        moves, rows = [], []
        for name, tmp in self._files.items():
            if not tmp.exists():
                raise StoreError(f"task {self.key[:12]} ({self.stage}) declared output '{name}' but never wrote it")
            digest = self._digests.get(name) or file_digest(tmp)
            size = tmp.stat().st_size
            target = self.store.object_path(digest, name)
            moves.append((tmp, target, size))
            placed[name] = target
            rows.append((self.key, name, digest, size))

        def place() -> None:    # inside the index transaction: a concurrent drop cannot unlink these between
            for tmp, target, size in moves:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
                self.store._verified[target] = (size, target.stat().st_mtime_ns)

        self.store._insert(self.key, self.stage, seconds, self.meta, rows, before=place)
        return Artifact(self.key, self.stage, placed, dict(self.meta))

    def _discard(self) -> None:
        for tmp in self._files.values():
            try:
                tmp.unlink()
            except FileNotFoundError:
                pass


class ArtifactStore:
    """Content-addressed files plus a SQLite index from task keys to them. See the module docstring."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.objects = self.root / "objects"
        self.tmp_dir = self.root / "tmp"
        self.index_path = self.root / "index.sqlite"
        self._local = threading.local()
        self._verified: dict[Path, tuple[int, int]] = {}
        try:
            self.objects.mkdir(parents=True, exist_ok=True)
            self.tmp_dir.mkdir(parents=True, exist_ok=True)
            self._connect().executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.root}: cannot open the artifact store: {_reason(exc)}") from exc
        self._remove_stale_tmp()

    # ---------------------------------------------------------------------------------------------- index
    def _connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.index_path, timeout=60.0, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def _insert(self, key: str, stage: str, seconds: float | None, meta: dict, rows: list,
                before=None) -> None:
        try:
            with self._db() as db:
                if before is not None:
                    before()
                db.execute("DELETE FROM files WHERE key = ?", (key,))
                db.execute(
                    "INSERT OR REPLACE INTO artifacts(key, stage, created, seconds, meta) VALUES (?, ?, ?, ?, ?)",
                    (key, stage, time.time(), seconds, json.dumps(meta, sort_keys=True, default=str)),
                )
                db.executemany("INSERT INTO files(key, name, digest, size) VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.index_path}: cannot record artifact: {_reason(exc)}") from exc

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # ------------------------------------------------------------------------------------------- objects
    def object_path(self, digest: str, name: str = "") -> Path:
        return self.objects / digest[:2] / (digest[2:] + Path(name).suffix)

    def _remove_stale_tmp(self) -> None:
        """Delete tmp files left by writers that died; live writers keep theirs.

        Names are `<pid>-<host>-<random>` (helpers' hidden partials add a leading dot): a writer on this host is
        dead when its pid is; a writer on another host sharing the folder (Ray workers) cannot be asked, so its
        files go only once they are a day old.
        """
        for tmp in self.tmp_dir.iterdir():
            parts = tmp.name.lstrip(".").split("-")
            if not parts[0].isdigit():
                continue
            host = parts[1] if len(parts) >= 3 else HOST
            try:
                if host == HOST:
                    stale = not _pid_alive(int(parts[0]))
                else:
                    stale = time.time() - tmp.stat().st_mtime > STALE_FOREIGN_TMP
                if stale:
                    tmp.unlink()
            except OSError:
                pass

    def _check(self, path: Path, digest: str, size: int) -> bool:
        """True when the object is whole: right size and right hash (hashed once per process per mtime)."""
        try:
            st = path.stat()
        except FileNotFoundError:
            return False
        if st.st_size != size:
            return False
        if self._verified.get(path) == (size, st.st_mtime_ns):
            return True
        if file_digest(path) != digest:
            return False
        self._verified[path] = (size, st.st_mtime_ns)
        return True

    # ---------------------------------------------------------------------------------------------- API
    def get(self, key: str) -> Artifact | None:
        """The finished artifact for `key`, verified; None when absent or damaged (then it is forgotten)."""
        conn = self._connect()
        row = conn.execute("SELECT stage, meta FROM artifacts WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        files = conn.execute("SELECT name, digest, size FROM files WHERE key = ?", (key,)).fetchall()
        placed = {}
        for name, digest, size in files:
            path = self.object_path(digest, name)
            if not self._check(path, digest, size):
                self.forget(key)
                try:
                    path.unlink()   # corrupt content under a content name: never valid for anyone
                except FileNotFoundError:
                    pass
                self._verified.pop(path, None)
                return None
            placed[name] = path
        return Artifact(key, row[0], placed, json.loads(row[1]))

    def has(self, key: str) -> bool:
        return self.get(key) is not None

    def forget(self, key: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM files WHERE key = ?", (key,))
            db.execute("DELETE FROM artifacts WHERE key = ?", (key,))

    def keys(self, stage: str | None = None, newest: bool = False) -> set[str]:
        """Keys of every artifact (of one stage); `newest`: only the stage's most recently made one."""
        conn = self._connect()
        if stage is None:
            return {k for (k,) in conn.execute("SELECT key FROM artifacts")}
        order = " ORDER BY created DESC LIMIT 1" if newest else ""
        return {k for (k,) in conn.execute(f"SELECT key FROM artifacts WHERE stage = ?{order}", (stage,))}

    @contextmanager
    def writer(self, key: str, stage: str, seconds_from: float | None = None) -> Iterator[Writer]:
        """Write a task's outputs; committed atomically when the block exits cleanly, discarded otherwise.

        An OSError while writing (disk full, read-only filesystem) becomes a `StoreError` naming the problem;
        nothing already in the store is touched.
        """
        w = Writer(self, key, stage)
        started = time.perf_counter() if seconds_from is None else seconds_from
        try:
            yield w
            w.artifact = w._commit(time.perf_counter() - started)
        except OSError as exc:
            w._discard()
            raise StoreError(f"{self.root}: cannot write the {stage} artifact: {_reason(exc)} "
                             "(finished work is kept; free space and re-run to resume)") from exc
        except BaseException:
            w._discard()
            raise

    def drop(self, keys) -> int:
        """Forget these artifacts and delete their files unless another artifact holds the same content.

        For intermediates nothing will read again (their consumers are done): the task graph still knows how to
        recompute them, should an edit or a lost artifact ever need them. Returns the bytes freed.
        """
        keys = [(k,) for k in keys]
        if not keys:
            return 0
        freed = 0
        with self._db() as db:     # the same write lock `_commit` places objects under (see the module docstring)
            files = [row for k in keys for row in db.execute("SELECT name, digest, size FROM files WHERE key = ?", k)]
            db.executemany("DELETE FROM files WHERE key = ?", keys)
            db.executemany("DELETE FROM artifacts WHERE key = ?", keys)
            for name, digest, size in files:
                if db.execute("SELECT 1 FROM files WHERE digest = ? LIMIT 1", (digest,)).fetchone() is None:
                    path = self.object_path(digest, name)
                    try:
                        path.unlink()
                        freed += size
                    except FileNotFoundError:
                        pass
                    self._verified.pop(path, None)
        return freed

    def usage(self) -> dict[str, int]:
        """What the store holds: artifacts, object files and their bytes on disk (plus files being written)."""
        objects = [p for p in self.objects.glob("*/*") if p.is_file()]
        tmp = [p for p in self.tmp_dir.iterdir() if p.is_file()]
        return {"artifacts": len(self.keys()), "objects": len(objects),
                "bytes": sum(p.stat().st_size for p in objects) + sum(p.stat().st_size for p in tmp)}

    def prune(self, keep: set[str]) -> int:
        """Forget every artifact whose key is not in `keep`, and delete every object no index row names (those
        forgotten, and orphans a crash left between placing a file and recording it).

        Returns the number of object files removed. Used after each render, so an output folder does not grow as
        a plan is edited again and again, and by `director gc`.
        """
        with self._db() as db:
            stale = [k for (k,) in db.execute("SELECT key FROM artifacts") if k not in keep]
            db.executemany("DELETE FROM files WHERE key = ?", [(k,) for k in stale])
            db.executemany("DELETE FROM artifacts WHERE key = ?", [(k,) for k in stale])
            live = {self.object_path(d, n) for (n, d) in db.execute("SELECT name, digest FROM files")}
            removed = 0
            for path in self.objects.glob("*/*"):   # under the write lock: no commit can place a file meanwhile
                if path not in live:
                    path.unlink(missing_ok=True)
                    self._verified.pop(path, None)
                    removed += 1
        return removed


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno is not None:
        name = errno.errorcode.get(exc.errno, "")
        text = exc.strerror or str(exc)
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return f"{text}{where}" + (f" [{name}]" if name else "")
    return str(exc)
