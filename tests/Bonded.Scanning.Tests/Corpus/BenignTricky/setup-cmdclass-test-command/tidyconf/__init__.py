"""Tidy configuration files."""
