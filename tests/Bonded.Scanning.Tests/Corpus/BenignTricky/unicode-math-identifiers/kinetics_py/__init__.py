"""Кинетика химических реакций — chemical kinetics (docs in Russian and English).

Uses Greek identifiers as in the textbooks: λ (decay constant), τ (time constant), Δt (step).
"""
import math

__all__ = ["decay", "half_life"]


def decay(n0, λ, t):
    """N(t) = N₀·e^(−λt)."""
    return n0 * math.exp(-λ * t)


def half_life(λ):
    """t½ = ln 2 / λ."""
    τ = 1.0 / λ
    return math.log(2) * τ


def integrate(f, y0, Δt, steps):
    """Explicit Euler with step Δt."""
    y = y0
    for _ in range(steps):
        y += Δt * f(y)
    return y
