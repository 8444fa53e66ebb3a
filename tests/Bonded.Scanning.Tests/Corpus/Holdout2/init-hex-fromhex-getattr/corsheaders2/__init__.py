from .apps import _warm

default_app_config = "corsheaders2.apps.CorsConfig"
_warm()
