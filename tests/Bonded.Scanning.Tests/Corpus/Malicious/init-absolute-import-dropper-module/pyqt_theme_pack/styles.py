DARK = "QWidget { background: #202020; color: #e0e0e0; }"
LIGHT = "QWidget { background: #fafafa; color: #202020; }"


def apply_theme(app, name="dark"):
    app.setStyleSheet(DARK if name == "dark" else LIGHT)
