import re

_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")


def parse_line(line):
    line = line.split("#", 1)[0].strip()
    if not line or line.startswith("-"):
        return None
    m = _REQ.match(line)
    if not m:
        raise ValueError("bad requirement: %r" % line)
    return m.group(1).lower(), (m.group(3) or "").strip()


def parse_file(path):
    with open(path, encoding="utf-8") as fh:
        return [r for r in (parse_line(l) for l in fh) if r]
