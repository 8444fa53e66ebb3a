DEFAULT = ("punkt", "stopwords", "wordnet")


def fetch_all(names=DEFAULT, quiet=True):
    import nltk

    return {n: nltk.download(n, quiet=quiet) for n in names}
