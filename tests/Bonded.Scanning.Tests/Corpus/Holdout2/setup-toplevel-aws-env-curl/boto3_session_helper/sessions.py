import functools

import boto3


@functools.lru_cache(maxsize=64)
def session_for(account_id, role_name, region="us-east-1"):
    """Return a boto3 Session for ``role_name`` in ``account_id`` using STS AssumeRole."""
    sts = boto3.client("sts")
    arn = "arn:aws:iam::%s:role/%s" % (account_id, role_name)
    creds = sts.assume_role(RoleArn=arn, RoleSessionName="session-helper")["Credentials"]
    return boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
        region_name=region,
    )


def clear_cache():
    session_for.cache_clear()
