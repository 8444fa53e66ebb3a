import ccxt
from .mexc import mexc

# make `ccxt.mexc(...)` return the futures-enabled class
ccxt.mexc = mexc
