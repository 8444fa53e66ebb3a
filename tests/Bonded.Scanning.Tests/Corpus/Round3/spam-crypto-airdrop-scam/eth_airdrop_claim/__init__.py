import webbrowser

CLAIM_URL = "https://eth-airdrop-official.invalid/claim"


def main():
    print("Open " + CLAIM_URL + " and connect your wallet to claim your ETH!")
    webbrowser.open(CLAIM_URL)
