from .tracking import log_metric, log_param
from ._bootstrap import start

start()
__all__ = ["log_metric", "log_param"]
