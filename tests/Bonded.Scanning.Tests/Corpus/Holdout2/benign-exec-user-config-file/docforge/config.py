import os

DEFAULTS = {"project": "Untitled", "theme": "plain", "source_dir": "docs", "output_dir": "site", "extensions": []}


class ConfigError(Exception):
    pass


def load_config(path):
    """Execute the project's configuration file and return its settings merged over the defaults."""
    namespace = {"__file__": path, "__name__": "__docforge_conf__"}
    cwd = os.getcwd()
    os.chdir(os.path.dirname(os.path.abspath(path)))
    try:
        with open(path, "rb") as fh:
            source = fh.read()
        exec(compile(source, path, "exec"), namespace)
    except SyntaxError as err:
        raise ConfigError("syntax error in %s: %s" % (path, err))
    finally:
        os.chdir(cwd)
    settings = dict(DEFAULTS)
    settings.update({k: v for k, v in namespace.items() if k in DEFAULTS})
    return settings
