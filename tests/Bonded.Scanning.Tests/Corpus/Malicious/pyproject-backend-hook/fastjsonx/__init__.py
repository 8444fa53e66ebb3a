"""Fast JSON."""
