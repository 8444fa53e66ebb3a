from .lookup import dkim, openpgpkey, listed

__all__ = ["dkim", "openpgpkey", "listed"]
