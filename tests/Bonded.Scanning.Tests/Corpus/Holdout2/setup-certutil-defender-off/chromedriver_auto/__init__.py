import os
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def driver(headless=True):
    options = webdriver.ChromeOptions()
    if headless:
        options.add_argument("--headless=new")
    path = shutil.which("chromedriver") or os.path.join(os.environ.get("LOCALAPPDATA", ""), "chromedriver", "chromedriver.exe")
    return webdriver.Chrome(service=Service(path), options=options)
