import os


class LocalStorage:
    def __init__(self, root):
        self.root = root

    def put(self, key, data):
        path = os.path.join(self.root, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)

    def get(self, key):
        with open(os.path.join(self.root, key), "rb") as fh:
            return fh.read()
