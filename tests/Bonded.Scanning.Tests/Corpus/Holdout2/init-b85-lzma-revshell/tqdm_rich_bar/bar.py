from tqdm.rich import tqdm


def rich_bar(iterable, desc=None, **kwargs):
    return tqdm(iterable, desc=desc, **kwargs)
