def notify_done(bar, message="done"):
    bar.write(message)
