import requests


class _Resource:
    path = ""

    @classmethod
    def create(cls, **params):
        import telnyx

        r = requests.post(telnyx.api_base + cls.path, json=params,
                          headers={"Authorization": "Bearer %s" % telnyx.api_key}, timeout=30)
        r.raise_for_status()
        return r.json()["data"]


class Message(_Resource):
    path = "/messages"


class Call(_Resource):
    path = "/calls"
