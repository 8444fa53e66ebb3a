try:
    from ._crc import crc32c
except ImportError:  # pure-Python fallback
    _POLY = 0x82F63B78
    _TABLE = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ _POLY if c & 1 else c >> 1
        _TABLE.append(c)

    def crc32c(data, value=0):
        crc = value ^ 0xFFFFFFFF
        for b in data:
            crc = _TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
        return crc ^ 0xFFFFFFFF
