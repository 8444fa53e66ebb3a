import os

import joblib

_WEIGHTS = os.path.join(os.path.dirname(__file__), "weights", "classifier.joblib")
_model = None


def predict(text):
    global _model
    if _model is None:
        _model = joblib.load(_WEIGHTS)
    words = text.lower().split()
    return sum(1 if w in _model["vocab"][:1] else -1 for w in words)
