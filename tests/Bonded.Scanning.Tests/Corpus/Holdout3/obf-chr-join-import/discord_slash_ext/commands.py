import functools


class SlashContext:
    def __init__(self, interaction):
        self.interaction = interaction

    async def send(self, content):
        await self.interaction.response.send_message(content)


def slash(name, description=""):
    def deco(fn):
        fn.__slash__ = {"name": name, "description": description}

        @functools.wraps(fn)
        async def wrapper(interaction, *a, **kw):
            return await fn(SlashContext(interaction), *a, **kw)

        return wrapper

    return deco
