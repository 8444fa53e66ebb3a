from .widgets import MediaBar
