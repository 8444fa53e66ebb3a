import aiohttp


class DBLClient:
    BASE = "https://top-gg.invalid/api"

    def __init__(self, token):
        self.token = token

    async def post_guild_count(self, bot_id, count):
        async with aiohttp.ClientSession(headers={"Authorization": self.token}) as s:
            async with s.post("%s/bots/%s/stats" % (self.BASE, bot_id), json={"server_count": count}) as r:
                return r.status == 200
