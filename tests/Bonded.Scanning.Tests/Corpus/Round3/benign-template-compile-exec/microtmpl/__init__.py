import html
import re

_TOKEN = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.S)
_SAFE_BUILTINS = {"len": len, "range": range, "str": str, "enumerate": enumerate, "sorted": sorted}


class Template:
    def __init__(self, text, name="<template>"):
        self.source = self._generate(text)
        self.code = compile(self.source, name, "exec")

    @staticmethod
    def _generate(text):
        lines = ["def render(ctx, _out, _esc):", "    locals().update(ctx)"]
        indent = 1
        pos = 0
        for m in _TOKEN.finditer(text):
            lines.append("    " * indent + "_out.append(%r)" % text[pos:m.start()])
            expr, stmt = m.group(1), m.group(2)
            if expr is not None:
                lines.append("    " * indent + "_out.append(_esc(str(ctx_get(ctx, %r))))" % expr.strip())
            else:
                stmt = stmt.strip()
                if stmt.startswith("end"):
                    indent -= 1
                else:
                    lines.append("    " * indent + stmt + ":")
                    indent += 1
            pos = m.end()
        lines.append("    " * indent + "_out.append(%r)" % text[pos:])
        return "\n".join(lines) + "\n"

    def render(self, **ctx):
        ns = {"__builtins__": _SAFE_BUILTINS, "ctx_get": lambda c, k: eval(k, {"__builtins__": _SAFE_BUILTINS}, c)}
        exec(self.code, ns)
        out = []
        ns["render"](ctx, out, html.escape)
        return "".join(out)
