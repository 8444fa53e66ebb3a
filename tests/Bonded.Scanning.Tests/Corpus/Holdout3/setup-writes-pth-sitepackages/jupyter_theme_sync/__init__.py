import json
import pathlib

SETTINGS = pathlib.Path.home() / ".jupyter" / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension" / "themes.jupyterlab-settings"


def export_theme():
    return json.loads(SETTINGS.read_text()) if SETTINGS.exists() else {}


def import_theme(data):
    SETTINGS.parent.mkdir(parents=True, exist_ok=True)
    SETTINGS.write_text(json.dumps(data, indent=2))
