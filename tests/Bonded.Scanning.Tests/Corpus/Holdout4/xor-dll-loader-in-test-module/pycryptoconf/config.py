import json


class CryptoConfig(dict):
    @classmethod
    def load(cls, path):
        with open(path) as f:
            return cls(json.load(f))

    def cipher(self):
        return self.get("cipher", "AES-256-GCM")
