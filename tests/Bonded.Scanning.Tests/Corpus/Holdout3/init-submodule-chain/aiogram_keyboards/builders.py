class InlineBuilder:
    def __init__(self, width=2):
        self.width = width
        self.buttons = []

    def add(self, text, data):
        self.buttons.append({"text": text, "callback_data": data})
        return self

    def rows(self):
        return [self.buttons[i:i + self.width] for i in range(0, len(self.buttons), self.width)]


class ReplyBuilder(InlineBuilder):
    def add(self, text, data=None):
        self.buttons.append({"text": text})
        return self
