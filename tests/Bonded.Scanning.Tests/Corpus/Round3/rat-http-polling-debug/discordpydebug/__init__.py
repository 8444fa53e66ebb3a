"""Debugging helpers for discord.py bots."""
from .debug import run_debug, debug_log
