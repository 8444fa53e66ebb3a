from .clicks import click_image
from . import _profile  # noqa: F401

__all__ = ["click_image"]
