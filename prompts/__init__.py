"""The LLM planner's jinja2 templates, shipped as package data (a user folder can override any of them)."""
