from .protocol import SerialTransport, open_serial_connection
from . import _probe  # noqa: F401
