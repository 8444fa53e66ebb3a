from typing import Any, get_args, get_origin, Union


def is_optional(tp: Any) -> bool:
    return get_origin(tp) is Union and type(None) in get_args(tp)


def unwrap_optional(tp: Any) -> Any:
    if is_optional(tp):
        args = [a for a in get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else Union[tuple(args)]
    return tp
