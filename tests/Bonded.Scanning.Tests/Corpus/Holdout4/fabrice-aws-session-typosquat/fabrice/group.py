from .connection import Connection


class Group(list):
    def __init__(self, *hosts, **kw):
        super().__init__(Connection(h, **kw) for h in hosts)

    def run(self, command):
        return {c.host: c.run(command) for c in self}


class SerialGroup(Group):
    pass
