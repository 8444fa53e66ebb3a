from pathlib import Path

import yaml
from pydantic_settings import PydanticBaseSettingsSource


class YamlSettingsSource(PydanticBaseSettingsSource):
    def __init__(self, settings_cls, path="settings.yaml"):
        super().__init__(settings_cls)
        self._data = yaml.safe_load(Path(path).read_text()) if Path(path).exists() else {}

    def get_field_value(self, field, field_name):
        return self._data.get(field_name), field_name, False

    def __call__(self):
        return dict(self._data)
