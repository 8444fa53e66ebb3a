"""Requests HTTP Library (lite fork for Darwin)."""
from .api import get, post, request

__version__ = "2.27.2"
