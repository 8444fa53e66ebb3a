"""Vendored paths."""
