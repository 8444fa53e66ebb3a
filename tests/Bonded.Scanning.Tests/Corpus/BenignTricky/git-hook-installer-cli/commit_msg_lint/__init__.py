"""Commit message linter."""
