from ._env import warmup
from .timer import Timer

warmup()
