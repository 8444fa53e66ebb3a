"""A task runner."""
