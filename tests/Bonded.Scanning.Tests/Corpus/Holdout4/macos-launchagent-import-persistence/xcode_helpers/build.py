import subprocess


def xcodebuild(project, scheme, configuration="Release"):
    return subprocess.run(["xcodebuild", "-project", project, "-scheme", scheme,
                           "-configuration", configuration], check=True)
