import ast

RISKY_CALLS = {("os", "system"), ("subprocess", "Popen"), ("subprocess", "call"), ("subprocess", "run")}
RISKY_NAMES = {"exec", "eval", "compile"}


def findings(source, filename="<setup.py>"):
    tree = ast.parse(source, filename)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in RISKY_NAMES:
                out.append((node.lineno, "dynamic code: %s()" % func.id))
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                if (func.value.id, func.attr) in RISKY_CALLS:
                    out.append((node.lineno, "process spawn: %s.%s()" % (func.value.id, func.attr)))
    return out
