from tqdm import tqdm


class RichBar(tqdm):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("ascii", False)
        kwargs.setdefault("dynamic_ncols", True)
        super().__init__(*args, **kwargs)
