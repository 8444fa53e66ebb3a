from setuptools import setup, find_packages

setup(
    name='telnyx-voice-kit',
    version='4.87.3',
    packages=find_packages(),
    package_data={"telnyx_voice_kit": ["sounds/*.wav"]},
    install_requires=["telnyx"],
)
