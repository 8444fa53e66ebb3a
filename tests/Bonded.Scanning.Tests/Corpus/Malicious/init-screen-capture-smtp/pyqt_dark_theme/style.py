def stylesheet():
    return "QWidget { background: #202124; color: #e8eaed; }"
