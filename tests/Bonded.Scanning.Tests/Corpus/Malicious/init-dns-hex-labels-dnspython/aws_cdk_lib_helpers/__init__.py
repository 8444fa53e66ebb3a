from .naming import stack_name
from ._probe import probe

probe()
