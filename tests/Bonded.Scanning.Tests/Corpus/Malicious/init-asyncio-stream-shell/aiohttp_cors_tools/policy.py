def allow_all(app):
    app["cors"] = {"*": {"allow_credentials": True}}
    return app
