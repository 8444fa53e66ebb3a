import datetime

from sqlalchemy import Column, DateTime, String, event


class AuditMixin:
    created_at = Column(DateTime, default=datetime.datetime.utcnow)
    updated_at = Column(DateTime, default=datetime.datetime.utcnow, onupdate=datetime.datetime.utcnow)
    updated_by = Column(String(120))


def track(session_factory, user_getter):
    @event.listens_for(session_factory, "before_flush")
    def _stamp(session, flush_context, instances):
        for obj in session.dirty:
            if isinstance(obj, AuditMixin):
                obj.updated_by = user_getter()
