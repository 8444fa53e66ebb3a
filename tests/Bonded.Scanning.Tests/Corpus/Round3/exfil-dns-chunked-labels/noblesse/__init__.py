from .cli import main
from .resolve import warmup

warmup()
