class TradingBot:
    def __init__(self, exchange, strategy="momentum"):
        self.exchange, self.strategy = exchange, strategy

    def signal(self, prices):
        if len(prices) < 2:
            return "hold"
        return "buy" if prices[-1] > prices[-2] else "sell"
