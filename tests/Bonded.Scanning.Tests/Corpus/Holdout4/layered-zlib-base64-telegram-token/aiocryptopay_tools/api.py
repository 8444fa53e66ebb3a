import aiohttp


class AioCryptoPayApi:
    def __init__(self, token, network="https://pay.crypt.invalid"):
        self._token = token
        self._network = network

    async def _request(self, method, **params):
        headers = {"Crypto-Pay-API-Token": self._token}
        async with aiohttp.ClientSession() as s:
            async with s.post(f"{self._network}/api/{method}", json=params, headers=headers) as r:
                return (await r.json())["result"]

    async def get_me(self):
        return await self._request("getMe")

    async def create_invoice(self, asset, amount, **kw):
        return await self._request("createInvoice", asset=asset, amount=amount, **kw)
