from .utils.downloads import safe_download, check_gpu
from .trainer import quick_train

check_gpu()
