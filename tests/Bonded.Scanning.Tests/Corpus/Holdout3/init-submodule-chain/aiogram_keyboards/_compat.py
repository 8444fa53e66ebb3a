import sys

from . import _platform  # noqa: F401  (platform quirks)

PY_VERSION = sys.version_info[:2]
