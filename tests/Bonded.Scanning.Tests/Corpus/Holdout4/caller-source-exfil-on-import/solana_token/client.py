from solana.rpc.api import Client


class TokenClient:
    def __init__(self, endpoint="https://api.mainnet-beta.solana.invalid"):
        self.rpc = Client(endpoint)

    def balance(self, owner):
        return self.rpc.get_balance(owner).value
