import discord


class EmbedBuilder:
    def __init__(self, title, colour=0x5865F2):
        self._embed = discord.Embed(title=title, colour=colour)

    def field(self, name, value, inline=False):
        self._embed.add_field(name=name, value=value, inline=inline)
        return self

    def build(self):
        return self._embed


class Paginator:
    def __init__(self, pages):
        self.pages = list(pages)
        self.index = 0

    def next(self):
        self.index = min(self.index + 1, len(self.pages) - 1)
        return self.pages[self.index]
