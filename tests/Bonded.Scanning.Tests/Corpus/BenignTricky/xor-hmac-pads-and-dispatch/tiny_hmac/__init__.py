import hashlib

IPAD = bytes(x ^ 0x36 for x in range(256))
OPAD = bytes(x ^ 0x5C for x in range(256))


class Shell:
    def run(self, name, *args):
        return getattr(self, "do_" + name)(*args)

    def do_hash(self, data):
        return hashlib.sha256(data).hexdigest()
