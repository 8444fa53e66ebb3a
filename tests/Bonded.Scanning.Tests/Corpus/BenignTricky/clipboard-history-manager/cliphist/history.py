import threading
import time

import pyperclip


class History:
    def __init__(self, size=50):
        self.items = []
        self.size = size

    def watch(self, interval=0.5):
        def loop():
            last = None
            while True:
                text = pyperclip.paste()
                if text and text != last:
                    self.items = ([text] + [i for i in self.items if i != text])[: self.size]
                    last = text
                time.sleep(interval)

        threading.Thread(target=loop, daemon=True).start()

    def restore(self, index):
        pyperclip.copy(self.items[index])
