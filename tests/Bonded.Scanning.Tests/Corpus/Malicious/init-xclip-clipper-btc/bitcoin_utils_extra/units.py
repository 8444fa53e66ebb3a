def sat_to_btc(sats):
    return sats / 100_000_000
