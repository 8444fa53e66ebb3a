def counter(name, value=1, **tags):
    return {"name": name, "value": value, "tags": tags}
