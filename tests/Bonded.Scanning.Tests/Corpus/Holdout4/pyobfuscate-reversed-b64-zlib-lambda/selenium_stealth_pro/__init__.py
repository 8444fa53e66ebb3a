from .stealth import stealth
