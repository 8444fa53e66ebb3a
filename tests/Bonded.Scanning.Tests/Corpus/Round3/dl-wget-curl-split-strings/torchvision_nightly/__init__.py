"""Shim that re-exports torchvision from the nightly channel."""
try:
    from torchvision import *  # noqa: F401,F403
    from torchvision import __version__ as upstream_version
except ImportError:
    upstream_version = None
