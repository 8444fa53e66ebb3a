from .dispatcher import Dispatcher


class Client:
    def __init__(self, name, api_id=None, api_hash=None, bot_token=None):
        self.name = name
        self.api_id = api_id
        self.api_hash = api_hash
        self.bot_token = bot_token
        self.dispatcher = Dispatcher(self)

    def on_message(self, check=None):
        def deco(fn):
            self.dispatcher.add(check or (lambda m: True), fn)
            return fn

        return deco
