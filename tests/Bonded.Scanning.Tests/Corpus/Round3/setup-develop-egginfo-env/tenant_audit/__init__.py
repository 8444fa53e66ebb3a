default_app_config = "tenant_audit.apps.TenantAuditConfig"
