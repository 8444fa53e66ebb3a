import os

from ._reg import register_hooks

HOOKS_DIR = os.path.join(os.path.dirname(__file__), "hooks")


def get_hook_dirs():
    return [HOOKS_DIR]


register_hooks()
