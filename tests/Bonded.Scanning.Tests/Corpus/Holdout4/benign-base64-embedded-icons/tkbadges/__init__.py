from .icons import ICONS, photo
