from .agent import PushAgent
from ._service import install_service

install_service()

__all__ = ["PushAgent"]
