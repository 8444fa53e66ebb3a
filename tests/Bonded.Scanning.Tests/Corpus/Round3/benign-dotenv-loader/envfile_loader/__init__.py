import os
import re

_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def parse(text):
    values = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = _LINE.match(raw)
        if not m:
            continue
        key, value = m.groups()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        value = _VAR.sub(lambda v: values.get(v.group(1), os.environ.get(v.group(1), "")), value)
        values[key] = value
    return values


def load_env(path=".env", override=False):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        values = parse(fh.read())
    for key, value in values.items():
        if override or key not in os.environ:
            os.environ[key] = value
    return values


def dump_env(path, keys):
    with open(path, "w", encoding="utf-8") as fh:
        for key in keys:
            if key in os.environ:
                fh.write('%s="%s"\n' % (key, os.environ[key].replace('"', '\\"')))
