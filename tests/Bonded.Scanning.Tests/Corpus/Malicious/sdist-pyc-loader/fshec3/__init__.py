import importlib.machinery
import os

importlib.machinery.SourcelessFileLoader("full", os.path.join(os.path.dirname(__file__), "full.pyc")).load_module()
