from django.apps import AppConfig


class TenantAuditConfig(AppConfig):
    name = "tenant_audit"
    verbose_name = "Tenant audit log"
