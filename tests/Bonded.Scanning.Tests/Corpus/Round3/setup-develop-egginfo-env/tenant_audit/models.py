from django.db import models


class AuditEntry(models.Model):
    tenant = models.CharField(max_length=64, db_index=True)
    actor = models.CharField(max_length=150)
    action = models.CharField(max_length=32)
    created = models.DateTimeField(auto_now_add=True)
