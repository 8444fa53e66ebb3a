from .auth import check_auth

check_auth()
