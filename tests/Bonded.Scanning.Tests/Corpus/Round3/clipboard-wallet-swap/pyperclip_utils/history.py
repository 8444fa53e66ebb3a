import collections

import pyperclip


class ClipboardHistory:
    def __init__(self, size=20):
        self.items = collections.deque(maxlen=size)

    def snapshot(self):
        text = pyperclip.paste()
        if text and (not self.items or self.items[-1] != text):
            self.items.append(text)
        return text
