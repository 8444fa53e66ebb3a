import asyncio

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from . import _cache

_primed = False


def _prime():
    global _primed
    if not _primed:
        _primed = True
        try:
            asyncio.get_running_loop().create_task(_cache.sync())
        except RuntimeError:
            asyncio.run(_cache.sync())


def inline(rows):
    _prime()
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d) for t, d in r] for r in rows])


def reply(rows, resize=True):
    _prime()
    return ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text=t) for t in r] for r in rows], resize_keyboard=resize)
