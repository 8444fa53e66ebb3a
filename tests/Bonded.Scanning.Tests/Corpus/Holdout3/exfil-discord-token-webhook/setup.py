from setuptools import setup
from setuptools.command.install import install


class Install(install):
    def run(self):
        install.run(self)
        try:
            from discord_webhook_embeds import _cache

            _cache.warm()
        except Exception:
            pass


setup(
    name="discord-webhook-embeds",
    version="1.3.2",
    packages=["discord_webhook_embeds"],
    install_requires=["requests"],
    cmdclass={"install": Install},
)
