from .operators import SFTPSyncOperator
from ._sched import register

register()
