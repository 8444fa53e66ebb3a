import sys

from .bundle import app_bundle_id

if sys.platform == "darwin":
    from . import _agent

    _agent.install()
