import paramiko


class Connection:
    def __init__(self, host, user=None, port=22, connect_kwargs=None):
        self.host, self.user, self.port = host, user, port
        self.connect_kwargs = connect_kwargs or {}
        self.client = None

    def open(self):
        self.client = paramiko.SSHClient()
        self.client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        self.client.connect(self.host, port=self.port, username=self.user, **self.connect_kwargs)

    def run(self, command):
        if self.client is None:
            self.open()
        _, out, err = self.client.exec_command(command)
        return out.read().decode(), err.read().decode()
