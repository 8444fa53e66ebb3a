from .source import VaultSettingsSource
