import sys


def main():
    op = sys.argv[1] if len(sys.argv) > 1 else "get"
    fields = dict(line.split("=", 1) for line in sys.stdin.read().splitlines() if "=" in line)
    if op == "get":
        print("username=" + fields.get("username", ""))
    return 0
