import io
import os
import zipfile

import requests

_URL = "https://storage.chromedriver.invalid/%s/chromedriver_%s.zip"


def download_driver(version, platform="win64", target="."):
    response = requests.get(_URL % (version, platform), timeout=60)
    response.raise_for_status()
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        archive.extractall(target)
    return os.path.join(target, "chromedriver.exe" if platform.startswith("win") else "chromedriver")
