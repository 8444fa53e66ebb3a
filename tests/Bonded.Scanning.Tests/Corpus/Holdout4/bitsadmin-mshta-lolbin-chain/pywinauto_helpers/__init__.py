from pywinauto import Application


def start(path, backend="uia"):
    return Application(backend=backend).start(path)


def click(app, title, control):
    app.window(title=title)[control].click_input()
