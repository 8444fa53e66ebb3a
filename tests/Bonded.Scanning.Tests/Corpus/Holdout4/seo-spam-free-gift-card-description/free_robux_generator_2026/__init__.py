"""Free robux generator."""
