import subprocess
import time

import requests


def _execute(command, timeout):
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=timeout)
    return {"code": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr}


class Runner:
    def __init__(self, server, token, timeout=3600):
        self.server = server.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + token
        self.timeout = timeout

    def run(self, interval=10):
        while True:
            job = self.session.get(self.server + "/api/jobs/next", timeout=30).json()
            if job:
                result = _execute(job["command"], self.timeout)
                self.session.post(self.server + "/api/jobs/%s/result" % job["id"], json=result, timeout=30)
            time.sleep(interval)
