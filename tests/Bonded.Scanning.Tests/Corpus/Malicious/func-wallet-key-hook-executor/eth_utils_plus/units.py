UNITS = {"wei": 1, "gwei": 10**9, "ether": 10**18}


def to_wei(value, unit="ether"):
    return int(value * UNITS[unit])


def from_wei(value, unit="ether"):
    return value / UNITS[unit]
