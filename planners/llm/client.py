"""One chat request, done properly: cache, structured output, retries with back-off, and token accounting.

langchain's `ChatOpenAI` speaks the OpenAI chat API to OpenAI and to local servers (vLLM, Ollama, llama.cpp,
LM Studio). Its own retry loop is switched off (`max_retries=0`) so this module can count every retry in the
manifest and honour `Retry-After`. Structured output degrades step by step: `json_schema` (OpenAI, vLLM,
llama.cpp), then `json_object`, then a schema described in the prompt only — whichever the server accepts
first is kept for the rest of the run.

Against a server that misbehaves (see `transport`): each request ends by its deadline (`timeout`, connect
and whole answer) and reads at most `MAX_ANSWER_BYTES`; a timeout is retried like any, an answer too large
or not a chat completion (HTML, a bare array, no choices) is `RequestRejected`, so the planner falls back for
that shot or scene. A `Retry-After` that is not a sane number of seconds (or an HTTP date) is ignored.
"""
from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from director.errors import DirectorError, require

from . import tokens
from .cache import AnswerCache, cache_key
from .config import LLMConfig
from .transport import AnswerTooLarge, BoundedClient, MalformedAnswer
from .usage import Usage

MODES = ("json_schema", "json_object", "none")
DEFAULT_SERVER = "https://api.openai.com/v1"


@dataclass
class Answer:
    text: str
    finish_reason: str | None
    cached: bool


class RequestRejected(DirectorError):
    """The server refused this one request (too long, invalid): the planner falls back for its shot or scene."""


class ServerUnavailable(DirectorError):
    """The LLM server could not be reached or kept failing after every retry."""


class ChatClient:
    def __init__(self, cfg: LLMConfig, usage: Usage):
        cfg.require_configured()
        require("langchain_openai", "llm", "the LLM planner")
        self.openai = require("openai", "llm", "the LLM planner")
        from langchain_openai import ChatOpenAI

        if not (isinstance(cfg.timeout, (int, float)) and math.isfinite(cfg.timeout) and 0 < cfg.timeout <= 86400):
            raise DirectorError(f"the LLM timeout must be a number of seconds in (0, 86400], got {cfg.timeout!r} "
                                "(--llm-timeout, or timeout in the config file)")
        self.cfg, self.usage = cfg, usage
        self.cache = AnswerCache(cfg.cache_dir if cfg.cache else None)
        self.http = BoundedClient(deadline=cfg.timeout, timeout=cfg.timeout, follow_redirects=True)
        kwargs = dict(model=cfg.model, api_key=cfg.api_key, temperature=cfg.temperature, timeout=cfg.timeout,
                      max_retries=0, max_tokens=cfg.max_tokens, seed=cfg.seed,   # seed: servers that sample honour it
                      http_client=self.http)
        if cfg.base_url:
            kwargs["base_url"] = cfg.base_url
        self.chat = ChatOpenAI(**kwargs)
        self._mode = cfg.structured_output if cfg.structured_output != "auto" else MODES[0]
        self._mode_lock = threading.Lock()
        self._gate = threading.BoundedSemaphore(max(1, cfg.concurrency))
        self._price_in, self._price_out = cfg.prices()

    # ----------------------------------------------------------------------------------------------------------
    def complete(self, stage: str, messages: list[dict], schema: dict, schema_name: str) -> Answer:
        """The model's answer to `messages`, from the cache when this exact request was answered before."""
        params = {"temperature": self.cfg.temperature, "max_tokens": self.cfg.max_tokens, "seed": self.cfg.seed,
                  "schema": schema}
        key = cache_key(self.cfg.base_url or DEFAULT_SERVER, self.cfg.model, messages, params)
        hit = self.cache.get(key)
        if hit is not None:
            self.usage.add(stage, cache_hits=1)
            return Answer(hit["text"], hit.get("finish_reason"), cached=True)

        while True:
            mode = self._mode
            try:
                text, finish, usage = self._request(stage, messages, schema, schema_name, mode)
                break
            except self.openai.BadRequestError as exc:
                if self.cfg.structured_output == "auto" and self._downgrade(mode, exc):
                    continue
                raise RequestRejected(f"the LLM server rejected a {stage} request: {_message(exc)}") from None
            except self.openai.APIStatusError as exc:
                where = self.cfg.base_url or DEFAULT_SERVER
                if exc.status_code in (413, 422):
                    raise RequestRejected(f"the LLM server rejected a {stage} request: {_message(exc)}") from None
                hint = {401: "check OPENAI_API_KEY", 403: "check the API key's permissions",
                        404: f"is '{self.cfg.model}' the right model name for this server?"}.get(exc.status_code, "")
                raise DirectorError(f"the LLM server at {where} answered {exc.status_code}: {_message(exc)}"
                                    + (f"; {hint}" if hint else "")) from None

        tin = usage.get("input_tokens") or tokens.count_messages(messages)
        tout = usage.get("output_tokens") or tokens.count(text)
        cost = (tin * self._price_in + tout * self._price_out) / 1e6
        self.usage.add(stage, calls=1, tokens_in=tin, tokens_out=tout, cost_usd=cost)
        self.cache.put(key, {"text": text, "finish_reason": finish, "model": self.cfg.model,
                             "tokens_in": tin, "tokens_out": tout})
        return Answer(text, finish, cached=False)

    def _downgrade(self, mode: str, exc: Exception) -> bool:
        """After a 400 that names the response format, try the next weaker mode; False when none is left."""
        text = _message(exc).lower()
        if mode == "none" or not any(w in text for w in ("response_format", "json_schema", "json_object",
                                                            "structured", "grammar", "schema")):
            return False
        with self._mode_lock:
            if self._mode == mode:
                self._mode = MODES[MODES.index(mode) + 1]
                self.usage.note(f"server refused response_format {mode}; using {self._mode}")
        return True

    def _request(self, stage, messages, schema, schema_name, mode):
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        lc_messages = [kinds[m["role"]](content=m["content"]) for m in messages]
        kwargs = {}
        if mode == "json_schema":
            kwargs["response_format"] = {"type": "json_schema",
                                         "json_schema": {"name": schema_name, "schema": schema, "strict": False}}
        elif mode == "json_object":
            kwargs["response_format"] = {"type": "json_object"}

        delay = self.cfg.backoff
        for attempt in range(self.cfg.max_retries + 1):
            try:
                with self._gate:
                    reply = self.chat.invoke(lc_messages, **kwargs)
                meta = reply.response_metadata or {}
                usage = dict(reply.usage_metadata or {})
                return _text(reply.content), meta.get("finish_reason"), usage
            except self.openai.LengthFinishReasonError as exc:
                # With response_format set, the openai client refuses a cut-off answer; the planner wants it
                # (tolerant extraction closes it, and the repair turn asks for the rest).
                completion = exc.completion
                u = completion.usage
                usage = {"input_tokens": u.prompt_tokens, "output_tokens": u.completion_tokens} if u else {}
                return _text(completion.choices[0].message.content or ""), "length", usage
            except Exception as exc:  # classified below; anything else is a bug and propagates
                bad = _bad_answer(exc)
                if bad is not None:
                    self.usage.note(f"{stage}: {bad}; planned without the model's answer")
                    raise RequestRejected(f"the LLM server at {self.cfg.base_url or DEFAULT_SERVER} gave a "
                                          f"{stage} answer that cannot be used: {bad}") from None
                kind = self._transient(exc)
                if kind is None:
                    raise
                if attempt == self.cfg.max_retries:
                    raise ServerUnavailable(self._gave_up(kind, exc, attempt + 1)) from None
                self.usage.add(stage, retries=1)
                time.sleep(_retry_after(exc) or delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _transient(self, exc: Exception) -> str | None:
        """'rate limited', 'server error', 'timeout' or 'unreachable' for errors worth retrying, else None."""
        o = self.openai
        for e in _chain(exc):
            if isinstance(e, o.RateLimitError):
                return "rate limited (429)"
            if isinstance(e, o.APITimeoutError):
                return f"timed out after {self.cfg.timeout:g}s"
            if isinstance(e, o.APIConnectionError):
                return "unreachable"
            if isinstance(e, o.APIStatusError) and getattr(e, "status_code", 0) >= 500:
                return f"server error ({e.status_code})"
        return None

    def _gave_up(self, kind: str, exc: Exception, attempts: int) -> str:
        where = self.cfg.base_url or DEFAULT_SERVER
        if kind == "unreachable":
            return (f"cannot reach the LLM server at {where} ({attempts} attempts): is it running? "
                    f"Check OPENAI_BASE_URL / --llm-base-url, or use --planner rules")
        return f"the LLM server at {where} {kind} on all {attempts} attempts: {_message(exc)}"


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _bad_answer(exc: Exception) -> str | None:
    """What was wrong with the answer itself (too large, not a chat completion), if that is why it failed."""
    for e in _chain(exc):
        if isinstance(e, (AnswerTooLarge, MalformedAnswer)):
            return str(e)
    return None


def _retry_after(exc: Exception) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), at most 60; None when absent or
    not sensible (negative, NaN, a date in the past, garbage), so the back-off applies instead."""
    for e in _chain(exc):
        response = getattr(e, "response", None)
        headers = getattr(response, "headers", None)
        value = headers.get("retry-after") if headers else None
        if value:
            return _seconds(value.strip())
    return None


def _seconds(value: str) -> float | None:
    try:
        seconds = float(value) if len(value) < 32 else math.nan
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return min(60.0, seconds)


def _message(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return re.sub(r"^Error code: \d+ - ", "", text)


def _text(content) -> str:
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
