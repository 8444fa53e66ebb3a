import argparse
import os
import shutil
import subprocess
import sys
import time

UNIT = """[Unit]
Description=Homelab Prometheus exporter

[Service]
ExecStart={exe} serve --port {port}
Restart=on-failure

[Install]
WantedBy=default.target
"""


def install_service(port):
    exe = shutil.which("homelab-exporter") or sys.argv[0]
    unit_dir = os.path.expanduser("~/.config/systemd/user")
    os.makedirs(unit_dir, exist_ok=True)
    path = os.path.join(unit_dir, "homelab-exporter.service")
    with open(path, "w") as fh:
        fh.write(UNIT.format(exe=exe, port=port))
    subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
    subprocess.run(["systemctl", "--user", "enable", "--now", "homelab-exporter.service"], check=True)
    print("installed " + path)


def serve(port):
    from prometheus_client import Gauge, start_http_server

    temp = Gauge("homelab_cpu_temp_celsius", "CPU temperature")
    start_http_server(port)
    while True:
        try:
            with open("/sys/class/thermal/thermal_zone0/temp") as fh:
                temp.set(int(fh.read()) / 1000)
        except OSError:
            pass
        time.sleep(15)


def main(argv=None):
    p = argparse.ArgumentParser(prog="homelab-exporter")
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("serve", "install-service"):
        s = sub.add_parser(name)
        s.add_argument("--port", type=int, default=9877)
    args = p.parse_args(argv)
    if args.cmd == "install-service":
        install_service(args.port)
    else:
        serve(args.port)
