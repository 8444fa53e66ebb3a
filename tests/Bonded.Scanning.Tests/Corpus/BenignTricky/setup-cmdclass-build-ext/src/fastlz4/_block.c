#include <Python.h>

static PyModuleDef module = {PyModuleDef_HEAD_INIT, "_block", NULL, -1, NULL};

PyMODINIT_FUNC PyInit__block(void) { return PyModule_Create(&module); }
