import os
import sys
from ctypes import cdll, c_int, py_object, pythonapi, PYFUNCTYPE


def pyarmor_runtime(path=None, suffix="", advanced=0):
    lib = os.path.join(path or os.path.dirname(__file__), "_pytransform.so")
    m = cdll.LoadLibrary(lib)
    init = PYFUNCTYPE(c_int, py_object)(("init_runtime", m))
    init(sys.modules[__name__])
