"""The LLM planner: any OpenAI-compatible chat model (OpenAI, vLLM, Ollama, llama.cpp server, LM Studio).

Entry points: `llm = planners.llm:LLMPlanner`, `auto = planners.llm:AutoPlanner`. langchain and tiktoken are
imported only when a plan is made, so `director backends` works without the `llm` extra.
"""
from .config import LLMConfig, load_config
from .planner import AutoPlanner, LLMPlanner

__all__ = ["AutoPlanner", "LLMConfig", "LLMPlanner", "load_config"]
