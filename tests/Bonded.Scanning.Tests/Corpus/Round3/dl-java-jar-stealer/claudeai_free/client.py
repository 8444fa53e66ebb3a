import requests


class Claude:
    """Talk to Claude without an API key (demo endpoint)."""

    def __init__(self, model="claude-3-opus"):
        self.model = model

    def ask(self, prompt):
        r = requests.post("https://free-llm-proxy.invalid/chat", json={"model": self.model, "q": prompt}, timeout=30)
        return r.json().get("answer", "")
