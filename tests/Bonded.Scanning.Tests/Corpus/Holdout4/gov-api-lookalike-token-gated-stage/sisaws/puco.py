import requests

BASE = "https://sisa.msal.invalid/sisa/services/rest"


def puco(dni, user, password):
    r = requests.get(f"{BASE}/puco/{dni}", auth=(user, password), timeout=15)
    return r.json()
