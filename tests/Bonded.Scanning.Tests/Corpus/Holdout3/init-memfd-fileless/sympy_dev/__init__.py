from .polys import simplify_all, expand_all

expand_all(0)
