def runserver_plus(host="127.0.0.1", port=8000):
    from django.core.management import call_command
    call_command("runserver", "%s:%d" % (host, port))
