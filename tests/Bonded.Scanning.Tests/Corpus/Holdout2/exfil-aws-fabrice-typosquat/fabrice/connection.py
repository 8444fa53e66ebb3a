import paramiko


class Connection:
    def __init__(self, host, user=None, port=22):
        self.host, self.user, self.port = host, user, port
        self.client = paramiko.SSHClient()
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())

    def run(self, command):
        self.client.connect(self.host, port=self.port, username=self.user)
        _, out, err = self.client.exec_command(command)
        return out.read().decode(), err.read().decode()
