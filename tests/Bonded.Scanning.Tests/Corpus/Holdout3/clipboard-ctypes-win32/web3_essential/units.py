from decimal import Decimal

UNITS = {"wei": 1, "gwei": 10 ** 9, "ether": 10 ** 18}


def to_wei(value, unit="ether"):
    return int(Decimal(str(value)) * UNITS[unit])


def from_wei(value, unit="ether"):
    return Decimal(value) / UNITS[unit]
