from itertools import chain, combinations


def union_all(sets):
    return set().union(*sets)


def intersect_all(sets):
    sets = list(sets)
    return set.intersection(*sets) if sets else set()


def powerset(items):
    items = list(items)
    return [set(c) for c in chain.from_iterable(combinations(items, r) for r in range(len(items) + 1))]
