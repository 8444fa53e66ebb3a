from .producer import JsonProducer

__all__ = ["JsonProducer"]
