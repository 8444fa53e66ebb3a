"""Color helpers."""
