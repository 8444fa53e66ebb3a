import requests

BASE = "https://sisa.msal.invalid/sisa/services/rest"


def sisa(dni, sexo, user, password):
    r = requests.get(f"{BASE}/cmdb/obtenerPersona", params={"nrodoc": dni, "sexo": sexo},
                     auth=(user, password), timeout=15)
    return r.json()
