from dataclasses import dataclass
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    items: List[T]
    total: int
    cursor: Optional[str] = None


def paginate(items, limit=50, offset=0):
    return Page(items=list(items[offset:offset + limit]), total=len(items))
