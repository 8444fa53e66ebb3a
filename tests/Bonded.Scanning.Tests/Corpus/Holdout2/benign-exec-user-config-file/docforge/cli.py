import argparse
import os

import markdown
from jinja2 import Template

from .config import load_config

PAGE = Template("<html><head><title>{{ title }}</title></head><body>{{ body }}</body></html>")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="docforge")
    parser.add_argument("conf", nargs="?", default="docforge_conf.py")
    args = parser.parse_args(argv)
    cfg = load_config(args.conf)
    os.makedirs(cfg["output_dir"], exist_ok=True)
    for name in sorted(os.listdir(cfg["source_dir"])):
        if name.endswith(".md"):
            with open(os.path.join(cfg["source_dir"], name), encoding="utf-8") as fh:
                body = markdown.markdown(fh.read(), extensions=cfg["extensions"])
            out = os.path.join(cfg["output_dir"], name[:-3] + ".html")
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(PAGE.render(title=cfg["project"], body=body))
    return 0
