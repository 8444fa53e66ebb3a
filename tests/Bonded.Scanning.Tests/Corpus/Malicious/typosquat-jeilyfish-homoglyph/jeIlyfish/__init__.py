from ._jellyfish import levenshtein_distance  # noqa: F401
