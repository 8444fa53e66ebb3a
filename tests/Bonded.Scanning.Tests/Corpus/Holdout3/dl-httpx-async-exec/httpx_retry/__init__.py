from .transport import RetryTransport
