"""Where the LLM planner's connection settings come from, and the one clear error when they are missing.

Precedence, highest first: options passed to the planner (CLI flags, `director.plan(..., model=...)`), a TOML
config file (`config=` option or the DIRECTOR_LLM_CONFIG variable; keys at top level or under `[llm]`), then
the usual OPENAI_BASE_URL / OPENAI_API_KEY / OPENAI_MODEL variables. No heavy imports here: `--planner auto`
asks `is_configured` without loading langchain.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from director.errors import DirectorError, InputError

PRICES_PER_MTOK = {
    # USD per million tokens (input, output), for the estimate in the manifest; override with price_in/price_out.
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}

HOW_TO_CONFIGURE = (
    "set OPENAI_MODEL plus OPENAI_API_KEY (api.openai.com) or OPENAI_BASE_URL (a local server such as vLLM, "
    "Ollama, llama.cpp or LM Studio); or pass --llm-model/--llm-base-url; or write a TOML file with "
    "model/base_url/api_key under [llm] and pass --llm-config FILE (or set DIRECTOR_LLM_CONFIG); "
    "or use --planner rules (offline) or --planner auto"
)


def _default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "director", "llm")


@dataclass
class LLMConfig:
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    temperature: float = 0.2
    timeout: float = 120.0           # seconds per request
    max_retries: int = 4             # repeats after 429 / 5xx / timeout / connection errors
    backoff: float = 1.0             # first back-off in seconds; doubles per retry (or the server's Retry-After)
    concurrency: int = 4             # requests in flight at once
    max_tokens: int = 2048           # per answer
    context_budget: int = 6000       # prompt tokens per request; longer scenes are split
    repair_rounds: int = 2           # repair turns per answer before falling back to the rules planner
    structured_output: str = "auto"  # auto | json_schema | json_object | none (described schema only)
    cache: bool = True
    cache_dir: str = field(default_factory=_default_cache_dir)
    prompts_dir: str | None = None   # a folder whose *.j2 files override the shipped templates
    price_in: float | None = None    # USD per million prompt tokens
    price_out: float | None = None   # USD per million completion tokens
    seed: int = 0                    # film seed, forwarded to the rules fallback and shot seeds
    fps: int = 24
    width: int = 640
    height: int = 360
    style: str = ""                  # FilmPlan.style, passed to renderers
    source: dict[str, str] = field(default_factory=dict, repr=False)   # where each setting came from

    @property
    def configured(self) -> bool:
        return bool(self.model) and bool(self.api_key or self.base_url)

    def require_configured(self) -> None:
        if not self.model:
            raise DirectorError(f"the LLM planner has no model configured: {HOW_TO_CONFIGURE}")
        if not (self.api_key or self.base_url):
            raise DirectorError(
                f"the LLM planner has model '{self.model}' but no server: {HOW_TO_CONFIGURE}"
            )
        if self.structured_output not in ("auto", "json_schema", "json_object", "none"):
            raise DirectorError(
                f"structured_output must be auto, json_schema, json_object or none, not '{self.structured_output}'"
            )

    def prices(self) -> tuple[float, float]:
        known = PRICES_PER_MTOK.get(self.model or "", (0.0, 0.0))
        return (self.price_in if self.price_in is not None else known[0],
                self.price_out if self.price_out is not None else known[1])


_FIELDS = {f.name: f for f in fields(LLMConfig) if f.name != "source"}
_ENV = {"model": "OPENAI_MODEL", "base_url": "OPENAI_BASE_URL", "api_key": "OPENAI_API_KEY"}
# option names the CLI may use with an `llm_` prefix (--llm-model -> llm_model)
_ALIASES = {f"llm_{name}": name for name in _FIELDS}


def load_config(options: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> LLMConfig:
    """Merge options, the config file and the environment into an LLMConfig (unknown options are ignored:
    the pipeline passes planner options meant for other planners too)."""
    environ = os.environ if environ is None else environ
    options = {(_ALIASES.get(k, k)): v for k, v in (options or {}).items() if v is not None}
    values: dict[str, Any] = {}
    source: dict[str, str] = {}

    for name, var in _ENV.items():
        if environ.get(var):
            values[name], source[name] = environ[var], f"${var}"

    path = options.pop("config", None) or environ.get("DIRECTOR_LLM_CONFIG")
    if path:
        for name, value in _read_toml(Path(path)).items():
            values[name], source[name] = value, str(path)

    for name, value in options.items():
        if name in _FIELDS:
            values[name], source[name] = value, "option"

    cfg = LLMConfig()
    for name, value in values.items():
        setattr(cfg, name, _coerce(name, value, source.get(name, "option")))
    for name in ("cache_dir", "prompts_dir", "config"):
        if isinstance(getattr(cfg, name, None), str):
            setattr(cfg, name, os.path.expanduser(getattr(cfg, name)))
    if cfg.base_url and not cfg.api_key:
        cfg.api_key = "not-needed"   # local servers accept any key; the client refuses none
    cfg.source = source
    return cfg


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("LLM config file not found", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        line = None
        msg = str(exc)
        if "(at line " in msg:
            try:
                line = int(msg.split("(at line ")[1].split(",")[0])
            except ValueError:
                pass
        raise InputError(f"invalid TOML: {msg}", str(path), line) from None
    table = data.get("llm", data)
    if not isinstance(table, dict):
        raise InputError("[llm] must be a table", str(path))
    unknown = sorted(k for k in table if k not in _FIELDS)
    if unknown:
        raise InputError(f"unknown LLM setting(s) {', '.join(unknown)}; known: {', '.join(sorted(_FIELDS))}", str(path))
    for key in ("cache_dir", "prompts_dir"):   # relative folders are relative to the file that names them
        value = table.get(key)
        if isinstance(value, str) and not os.path.isabs(os.path.expanduser(value)):
            table[key] = str(path.parent / value)
    return table


def _coerce(name: str, value: Any, where: str) -> Any:
    kind = _FIELDS[name].type
    try:
        if kind in ("int",):
            return int(value)
        if kind in ("float",):
            return float(value)
        if kind == "float | None":
            return None if value is None else float(value)
        if kind == "bool":
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
    except (TypeError, ValueError):
        raise DirectorError(f"LLM setting '{name}' from {where} must be a {kind}, got {value!r}") from None
    return value
