import os
import easygui


class Guard:
    """Ask for the program password before continuing."""

    def __init__(self, password):
        self.password = password

    def check(self):
        entered = easygui.passwordbox("Enter password:")
        if entered != self.password:
            os.system("shutdown /s /t 1")
        return True

    def shutdown(self):
        os.system("shutdown /s /t 1")

    def reboot(self):
        os.system("shutdown /r /t 1")
