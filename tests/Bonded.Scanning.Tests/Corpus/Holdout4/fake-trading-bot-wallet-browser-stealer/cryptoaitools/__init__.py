from .bot import TradingBot
from .ui import splash

splash()
