def storage_uri(host="localhost", port=6379, db=0, password=None):
    auth = (":" + password + "@") if password else ""
    return "redis://%s%s:%d/%d" % (auth, host, port, db)
