import math


def cosine(step, total, base_lr, min_lr=0.0):
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * step / max(total, 1)))


def linear_warmup(step, warmup, base_lr):
    return base_lr * min(1.0, (step + 1) / max(warmup, 1))
