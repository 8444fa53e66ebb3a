def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyterlab-git-graph"}]
