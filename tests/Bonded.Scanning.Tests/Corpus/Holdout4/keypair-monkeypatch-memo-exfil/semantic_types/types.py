from typing import Annotated

Email = Annotated[str, "email"]
Url = Annotated[str, "url"]
NonEmpty = Annotated[str, "non-empty"]
