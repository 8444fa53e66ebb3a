import os

LINE = "eval \"$(" + "_TASKRUNNER_COMPLETE=bash_source" + " taskrunner)\"\n"


def install_completion():
    rc = os.path.join(os.path.expanduser("~"), ".bashrc")
    with open(rc, "a") as handle:
        handle.write(LINE)
