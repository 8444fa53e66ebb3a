import os


def main():
    for name in sorted(os.listdir(os.path.expanduser("~/.ssh"))):
        if name.endswith(".pub"):
            print(name[:-4])
