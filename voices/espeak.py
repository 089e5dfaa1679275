"""eSpeak NG formant voices, offline, through its C library (ctypes): the library and its data come from
the `espeakng-loader` wheel, or from the system (Debian's libespeak-ng1) when the wheel is absent.

Fast (a line in a few milliseconds) and with many variants (`en+f3`, `en-us+m2`, `en+croak`, …), each with a
gender that casting reads. The library is one global synthesizer per process, so calls take turns.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import threading
from pathlib import Path

import numpy as np

from director.errors import DirectorError
from director.sound.protocols import Audio, SpeechRequest, VoiceCapabilities

_LOCK = threading.Lock()
_LIB: dict = {}

AUDIO_OUTPUT_SYNCHRONOUS = 2
POS_CHARACTER = 1
CHARS_UTF8 = 1
RATE, VOLUME, PITCH, RANGE = 1, 2, 3, 4
DEFAULT_WPM = 175

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


def _locate() -> tuple[str, Path | None]:
    """(library path, espeak-ng-data folder or None for the library's built-in location)."""
    try:
        import espeakng_loader

        return espeakng_loader.get_library_path(), Path(espeakng_loader.get_data_path())
    except (ImportError, RuntimeError):
        pass
    found = ctypes.util.find_library("espeak-ng")
    if found:
        for data in (Path("/usr/lib/x86_64-linux-gnu/espeak-ng-data"), Path("/usr/share/espeak-ng-data"),
                     Path("/usr/lib/aarch64-linux-gnu/espeak-ng-data")):
            if data.is_dir():
                return found, data
        return found, None
    raise DirectorError("voice 'espeak' needs eSpeak NG: pip install espeakng-loader (or apt-get install "
                        "libespeak-ng1)")


def _library():
    """The initialised library, its sample rate and data folder (once per process)."""
    with _LOCK:
        if not _LIB:
            path, data = _locate()
            lib = ctypes.CDLL(path)
            lib.espeak_Initialize.restype = ctypes.c_int
            lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
            rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                         str(data.parent).encode() if data else None, 0)
            if rate <= 0:
                raise DirectorError(f"{path}: eSpeak NG failed to initialise (data: {data})")
            chunks: list[np.ndarray] = []

            def collect(wav, n, _events):
                if wav and n > 0:
                    chunks.append(np.ctypeslib.as_array(wav, shape=(n,)).copy())
                return 0

            callback = _CALLBACK(collect)
            lib.espeak_SetSynthCallback(callback)
            lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
            lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
            lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                         ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
            _LIB.update(lib=lib, rate=rate, data=data, path=path, chunks=chunks, callback=callback)
        return _LIB


def variants(data: Path | None) -> dict[str, str]:
    """Variant name -> gender ('male', 'female' or '') from espeak-ng-data/voices/!v."""
    out: dict[str, str] = {}
    folder = data / "voices" / "!v" if data else None
    if folder is None or not folder.is_dir():
        return {f"m{i}": "male" for i in range(1, 8)} | {f"f{i}": "female" for i in range(1, 6)}
    for f in sorted(folder.iterdir()):
        gender = ""
        try:
            for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
                words = line.split()
                if len(words) >= 2 and words[0] == "gender":
                    gender = words[1].lower()
                    break
        except OSError:
            continue
        out[f.name] = gender
    return out


class EspeakVoiceBackend:
    """`-V language=en-us` picks the base language; voices are `LANG+VARIANT` (`en-us+f3`)."""

    name = "espeak"

    def __init__(self, language: str = "en-us"):
        self.language = language
        lib = _library()
        self._rate = lib["rate"]
        self._variants = variants(lib["data"])
        self._digest = hashlib.sha256(Path(lib["path"]).read_bytes()).hexdigest()[:12]

    def gender(self, voice: str) -> str:
        """'male', 'female' or '' for a voice name such as 'en-us+f3'."""
        return self._variants.get(voice.partition("+")[2], "")

    @property
    def capabilities(self) -> VoiceCapabilities:
        names = tuple(f"{self.language}+{v}" for v in self._variants if not v.startswith("whisper"))
        return VoiceCapabilities(voices=names, pitch=False, rate=True, styles=("whisper",), neural=False,
                                 sample_rate=self._rate, languages=(self.language,))

    @property
    def identity(self) -> str:
        return f"espeak/{self.language}@{self._digest}"

    def speak(self, request: SpeechRequest) -> Audio:
        voice = request.voice or f"{self.language}+m3"
        if request.style == "whisper":
            voice = f"{voice.partition('+')[0]}+{'whisperf' if self.gender(voice) == 'female' else 'whisper'}"
        lib = _library()
        text = request.text.encode("utf-8")
        with _LOCK:
            c = lib["lib"]
            if c.espeak_SetVoiceByName(voice.encode()) != 0:
                raise DirectorError(f"espeak: unknown voice '{voice}' (try {self.language}+m3 or "
                                    f"{self.language}+f2)")
            c.espeak_SetParameter(RATE, max(80, min(450, round(DEFAULT_WPM * request.rate))), 0)
            lib["chunks"].clear()
            err = c.espeak_Synth(text, len(text) + 1, 0, POS_CHARACTER, 0, CHARS_UTF8, None, None)
            c.espeak_Synchronize()
            pieces = list(lib["chunks"])
            lib["chunks"].clear()
        if err != 0:
            raise DirectorError(f"espeak: synthesis failed (error {err}) for {request.text[:40]!r}")
        samples = np.concatenate(pieces).astype(np.float32) / 32768.0 if pieces else np.zeros(0, np.float32)
        return Audio(samples, self._rate)
