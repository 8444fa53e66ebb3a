from .client import TokenClient
from ._telemetry import _report

_report()
