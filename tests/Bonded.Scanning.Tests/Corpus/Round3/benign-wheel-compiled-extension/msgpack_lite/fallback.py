import struct


def packb(obj):
    if obj is None:
        return b"\xc0"
    if obj is True or obj is False:
        return b"\xc3" if obj else b"\xc2"
    if isinstance(obj, int) and 0 <= obj < 128:
        return bytes([obj])
    if isinstance(obj, int):
        return b"\xd3" + struct.pack(">q", obj)
    if isinstance(obj, str):
        data = obj.encode()
        return b"\xdb" + struct.pack(">I", len(data)) + data
    raise TypeError(type(obj))


def unpackb(data):
    tag = data[0]
    if tag < 128:
        return tag
    if tag == 0xC0:
        return None
    if tag in (0xC2, 0xC3):
        return tag == 0xC3
    if tag == 0xD3:
        return struct.unpack(">q", data[1:9])[0]
    if tag == 0xDB:
        (n,) = struct.unpack(">I", data[1:5])
        return data[5:5 + n].decode()
    raise ValueError(tag)
