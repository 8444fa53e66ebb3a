from .grid import small_multiples
from .telemetry import enable_telemetry, record

__version__ = "2.2.0"
__all__ = ["small_multiples", "enable_telemetry"]
