class ValidationError(ValueError):
    pass


_TYPES = {"string": str, "integer": int, "number": (int, float), "object": dict, "array": list, "boolean": bool}


def validate(instance, schema, path="$"):
    expected = schema.get("type")
    if expected and not isinstance(instance, _TYPES[expected]):
        raise ValidationError("%s: expected %s" % (path, expected))
    for key in schema.get("required", []):
        if key not in instance:
            raise ValidationError("%s: missing %s" % (path, key))
    for key, sub in schema.get("properties", {}).items():
        if isinstance(instance, dict) and key in instance:
            validate(instance[key], sub, path + "." + key)
    return True
