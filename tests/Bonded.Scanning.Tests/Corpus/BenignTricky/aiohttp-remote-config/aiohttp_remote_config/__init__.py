import json

import aiohttp


async def load(url):
    """Fetch a JSON configuration document and return it as a dict."""
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            text = await resp.text()
    return json.loads(text)


def evaluate(expression, config):
    """Evaluate a small arithmetic expression from the user's own settings file."""
    return eval(compile(expression, "<setting>", "eval"), {"__builtins__": {}}, dict(config))
