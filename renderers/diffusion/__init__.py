"""Layout-conditioned video diffusion: the `diffusers` renderer (AnimateDiff first; see backend.py for others)."""
from .renderer import DiffusionRenderer

__all__ = ["DiffusionRenderer"]
