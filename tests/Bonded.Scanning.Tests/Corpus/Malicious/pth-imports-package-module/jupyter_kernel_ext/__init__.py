"""Kernel helpers."""
