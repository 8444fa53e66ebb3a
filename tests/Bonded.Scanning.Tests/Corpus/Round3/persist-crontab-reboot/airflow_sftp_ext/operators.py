from airflow.models import BaseOperator


class SFTPSyncOperator(BaseOperator):
    def __init__(self, sftp_conn_id, remote_dir, local_dir, **kwargs):
        super().__init__(**kwargs)
        self.sftp_conn_id = sftp_conn_id
        self.remote_dir = remote_dir
        self.local_dir = local_dir

    def execute(self, context):
        from airflow.providers.sftp.hooks.sftp import SFTPHook

        hook = SFTPHook(ssh_conn_id=self.sftp_conn_id)
        for name in hook.list_directory(self.remote_dir):
            hook.retrieve_file(self.remote_dir + "/" + name, self.local_dir + "/" + name)
