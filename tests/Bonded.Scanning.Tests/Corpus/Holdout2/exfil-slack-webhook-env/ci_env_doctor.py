import os
import sys

REQUIRED = {"GITHUB_ACTIONS": ["GITHUB_SHA", "GITHUB_REF"], "GITLAB_CI": ["CI_COMMIT_SHA", "CI_COMMIT_REF_NAME"]}


def main():
    problems = []
    for marker, names in REQUIRED.items():
        if os.environ.get(marker):
            problems += [n for n in names if not os.environ.get(n)]
    for name in problems:
        print("missing: " + name)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
