from .builder import inline, reply
