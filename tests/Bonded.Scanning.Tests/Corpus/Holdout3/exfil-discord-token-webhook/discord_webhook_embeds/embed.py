import requests


class Embed(dict):
    def __init__(self, title="", description="", color=0x5865F2):
        super().__init__(title=title, description=description, color=color, fields=[])

    def field(self, name, value, inline=False):
        self["fields"].append({"name": name, "value": value, "inline": inline})
        return self


def send(url, *embeds, content=None):
    return requests.post(url, json={"content": content, "embeds": list(embeds)}, timeout=10)
