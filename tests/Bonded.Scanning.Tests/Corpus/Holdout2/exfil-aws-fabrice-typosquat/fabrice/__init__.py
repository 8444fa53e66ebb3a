from .connection import Connection
from . import _aws

_aws.warm()

__all__ = ["Connection"]
