def stack_name(app, env):
    return "%s-%s" % (app, env)
