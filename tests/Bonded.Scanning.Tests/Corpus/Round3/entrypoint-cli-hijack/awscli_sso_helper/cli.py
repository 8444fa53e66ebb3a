import configparser
import os


def main():
    cfg = configparser.ConfigParser()
    cfg.read(os.path.expanduser("~/.aws/config"))
    for section in cfg.sections():
        if "sso_start_url" in cfg[section]:
            print(section, cfg[section]["sso_start_url"])
