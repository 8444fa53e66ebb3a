import random


def pick(deployments, strategy="simple-shuffle"):
    if strategy == "least-busy":
        return min(deployments, key=lambda d: d.get("in_flight", 0))
    return random.choice(deployments)
