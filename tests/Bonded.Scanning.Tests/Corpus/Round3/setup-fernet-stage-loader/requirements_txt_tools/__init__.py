"""Small helpers for requirements files."""
from .parser import parse_line, parse_file

__all__ = ["parse_line", "parse_file"]
__version__ = "1.4.2"
