import re

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


class HexColor(str):
    @classmethod
    def __get_pydantic_core_schema__(cls, source, handler: GetCoreSchemaHandler):
        return core_schema.no_info_after_validator_function(cls._validate, core_schema.str_schema())

    @classmethod
    def _validate(cls, value):
        m = _HEX.match(value)
        if not m:
            raise ValueError("not a hex colour")
        return cls("#" + m.group(1).lower())
