from .core import Downloader
