import base64
from pathlib import Path

_LOGO = base64.b64encode(Path(__file__).with_name("logo.png").read_bytes()).decode()
TEMPLATE = "<img src=\"data:image/png;base64," + _LOGO + "\">"
