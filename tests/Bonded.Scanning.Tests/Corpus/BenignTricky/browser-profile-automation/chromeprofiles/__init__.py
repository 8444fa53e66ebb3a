from .profiles import list_profiles, user_data_dir
from .driver import download_driver

__all__ = ["list_profiles", "user_data_dir", "download_driver"]
