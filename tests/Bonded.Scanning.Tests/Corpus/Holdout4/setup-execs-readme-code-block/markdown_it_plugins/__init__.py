import re

_TASK = re.compile(r"^\[([ xX])\]\s+")


def tasklists(md):
    def rule(state):
        for tok in state.tokens:
            if tok.type == "inline" and _TASK.match(tok.content):
                checked = tok.content[1] in "xX"
                tok.content = _TASK.sub("", tok.content)
                tok.attrSet("data-checked", str(checked).lower())
    md.core.ruler.push("tasklists", rule)
