# Pyarmor 8.5.1 (trial), 000000, 2024-03-02T10:11:12.000000
from .pytransform import __pyarmor__
__pyarmor__(__name__, __file__, b"PY000000\x00\x03\x0b\x00\xa7\r\r\n\x80\x00\x01\x00")
