from .puco import puco
from .renaper import sisa
from .auth import gen_token
