from .trace import trace, timed, dump
from . import hooks  # noqa: F401  installs the network tracing hooks
