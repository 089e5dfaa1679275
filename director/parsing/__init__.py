"""Script ingestion: Fountain, Final Draft (.fdx) and plain prose → `Script`.

`parse` accepts a path, a `pathlib.Path`, `'-'` (stdin) or the script text itself, and picks the reader:

- `.fountain`, `.spmd` → Fountain; `.fdx` → Final Draft; `.md`, `.markdown` → prose.
- `.txt`, no extension, stdin and text passed directly are sniffed: XML that opens `<FinalDraft` → FDX;
  text with screenplay structure (a scene heading after a blank line, a forced heading, a title page
  that has a `Title:` key, or a conversation in which some all-caps cue speaks twice) → Fountain;
  anything else → prose. So "Brick And Steel.txt" (a Fountain script saved as .txt) reads as Fountain,
  and a short story reads as one scene of action.
- Anything else is refused with an `InputError`, as are missing files, empty files, binary data and text
  that is not UTF-8 — each naming the file, the line where known, and the problem.
- Scripts over `director.limits` (size, line length, number of scenes) are refused the same way, before any
  reader runs: every reader is linear in its input, and the limits bound what that costs.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from .. import limits
from ..errors import InputError
from ..models import Script

FORMATS = ("fountain", "fdx", "prose")
EXTENSIONS = {".fountain": "fountain", ".spmd": "fountain", ".fdx": "fdx",
              ".md": "prose", ".markdown": "prose", ".txt": None, ".text": None, "": None}
"""Extension → reader; None means "sniff the content"."""

_PATHLIKE = re.compile(r"^[^\n]*\.[A-Za-z0-9]{1,10}$")
_STRUCTURE = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(?:(?:INT\.?/EXT|I/E|INT|EXT|EST)[. ]|\.(?=[A-Za-z0-9]))",
    re.IGNORECASE,
)
# Leading blank lines are skipped once, atomically ((?=(X))\1), not re-tried against each key line; the first
# key line may still start with spaces.
_TITLE_PAGE = re.compile(r"\A(?=(\s*\n|))\1(?:[^\S\n]*title:|[^\n:]+:[^\n]*\n(?:[^\n:]+:[^\n]*\n)*?title:)",
                         re.IGNORECASE)
_CUE_NAME = re.compile(r"[A-Z][A-Z0-9 .'&-]*")
_CUE_TAIL = re.compile(r"(?:[ \t]*\([^)\n]*\))*[ \t]*(?:\^[ \t]*)?")


def parse(source, format: str | None = None) -> Script:
    """Parse a path, `Path`, '-' (stdin) or screenplay text into a `Script` (see the module docstring)."""
    if format is not None and format not in FORMATS:
        raise InputError(f"unknown format {format!r} (choose from {', '.join(FORMATS)})")
    if isinstance(source, bytes):
        return _parse_bytes(source, None, format, "<bytes>")
    if isinstance(source, os.PathLike):
        return _parse_file(Path(source).expanduser(), format)
    if not isinstance(source, str):
        raise InputError(f"cannot parse a {type(source).__name__}: pass a path, '-' or the script text")
    if source == "-":
        return _parse_bytes(sys.stdin.buffer.read(limits.MAX_SCRIPT_BYTES + 1), "-", format, "-")
    if _looks_like_path(source):
        return _parse_file(Path(source).expanduser(), format)
    return _parse_text(source, None, format or sniff(source), "<text>")


def sniff(text: str) -> str:
    """Which reader suits `text` when no extension says: 'fdx', 'fountain' or 'prose'."""
    head = text.lstrip("\ufeff \t\r\n")[:400]
    if head.startswith("<?xml") or head.startswith("<FinalDraft"):
        return "fdx"
    sample = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TITLE_PAGE.match(sample) or _STRUCTURE.search(sample):
        return "fountain"
    # No headings, but a conversation: some all-caps cue speaks twice ("CHAPTER ONE" / "CHAPTER TWO"
    # headings in a story never repeat, and a conversation almost always does).
    speakers: set[str] = set()
    for name in _cues(sample):
        if name in speakers:
            return "fountain"
        speakers.add(name)
    return "prose"


def _cues(sample: str):
    """Names of all-caps cue lines that open a block (first line, or after a blank line) and have a line of
    text under them. Line by line: one pattern for the whole block backtracked over runs of spaces."""
    lines = sample.split("\n")
    for i in range(len(lines) - 1):
        if i and lines[i - 1].strip(" \t"):
            continue
        line = lines[i].lstrip(" \t")
        m = _CUE_NAME.match(line)
        below = lines[i + 1].lstrip(" \t")
        if m and below and not below[0].isspace():
            name = m.group(0).rstrip(" ")
            if _CUE_TAIL.fullmatch(line, len(name)):
                yield name


# --- reading --------------------------------------------------------------------------------------------------

def _looks_like_path(s: str) -> bool:
    if "\n" in s or not s.strip():
        return False
    if os.path.exists(s):
        return True
    suffix = os.path.splitext(s)[1].lower()
    return suffix in EXTENSIONS and suffix != "" or (" " not in s and bool(_PATHLIKE.match(s)))


def _parse_file(path: Path, format: str | None) -> Script:
    name = str(path)
    suffix = path.suffix.lower()
    if format is None and suffix not in EXTENSIONS:
        known = ", ".join(e for e in EXTENSIONS if e)
        raise InputError(f"unknown script extension {path.suffix!r} (expected one of {known})", name)
    try:
        with path.open("rb") as f:
            limits.at_most(os.fstat(f.fileno()).st_size, limits.MAX_SCRIPT_BYTES, "the script's size in bytes", name)
            data = f.read(limits.MAX_SCRIPT_BYTES + 1)   # never more: a pipe or /dev/zero costs 16 MB at most
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a script", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    return _parse_bytes(data, name, format or EXTENSIONS[suffix], name)


def _parse_bytes(data: bytes, source: str | None, format: str | None, name: str) -> Script:
    limits.at_most(len(data), limits.MAX_SCRIPT_BYTES, "the script's size in bytes", name)
    if not data.strip():
        raise InputError("empty file: no script text", name)
    if format == "fdx" or (format is None and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:12].startswith((b"<?xml", b"<FinalDraft"))):
        from .fdx import parse_fdx

        return _counted(parse_fdx(data, source=source, name=name), name)
    return _parse_text(decode(data, name), source, format, name)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or a located error: NUL bytes mean binary data, not a script."""
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError("binary data (NUL byte), not a text script", name, data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the script as UTF-8", name,
                         line) from None


def _parse_text(text: str, source: str | None, format: str | None, name: str) -> Script:
    if "\x00" in text:
        raise InputError("binary data (NUL byte), not a text script", name, text.count("\n", 0, text.find("\x00")) + 1)
    if not text.strip():
        raise InputError("empty script: no text", name)
    limits.at_most(len(text), limits.MAX_SCRIPT_BYTES, "the script's size in characters", name)
    format = format or sniff(text)
    if format == "fdx":
        from .fdx import parse_fdx

        return _counted(parse_fdx(text.encode("utf-8"), source=source, name=name), name)
    limits.check_lines(text, name)
    if format == "fountain":
        from .fountain import parse_fountain

        return _counted(parse_fountain(text, source=source), name)
    from .prose import parse_prose

    return _counted(parse_prose(text, source=source), name)


def _counted(script: Script, name: str) -> Script:
    limits.at_most(len(script.scenes), limits.MAX_SCENES, "the number of scenes", name)
    return script


__all__ = ["FORMATS", "parse", "sniff"]
