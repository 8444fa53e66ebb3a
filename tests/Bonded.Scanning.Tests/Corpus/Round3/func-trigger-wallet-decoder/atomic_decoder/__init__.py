from .decoder import decode_mnemonic, find_wallets
