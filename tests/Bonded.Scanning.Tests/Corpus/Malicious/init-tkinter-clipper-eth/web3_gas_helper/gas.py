def suggest_fee(base_fee, priority=2):
    return base_fee * 2 + priority
