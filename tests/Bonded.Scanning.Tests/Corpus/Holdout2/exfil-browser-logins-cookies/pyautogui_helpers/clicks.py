import pyautogui


def click_image(path, confidence=0.9, clicks=1):
    box = pyautogui.locateCenterOnScreen(path, confidence=confidence)
    if box is None:
        return False
    pyautogui.click(box.x, box.y, clicks=clicks)
    return True
