from .style import stylesheet
from ._telemetry import Reporter

Reporter().begin()
