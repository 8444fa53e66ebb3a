class MenuBarApp:
    def __init__(self, title, items=()):
        self.title = title
        self.items = list(items)

    def add(self, label, callback):
        self.items.append((label, callback))

    def run(self):
        from AppKit import NSApplication, NSStatusBar, NSVariableStatusItemLength
        app = NSApplication.sharedApplication()
        item = NSStatusBar.systemStatusBar().statusItemWithLength_(NSVariableStatusItemLength)
        item.setTitle_(self.title)
        app.run()
