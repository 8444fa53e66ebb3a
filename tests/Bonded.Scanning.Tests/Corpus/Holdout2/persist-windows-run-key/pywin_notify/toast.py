import subprocess

_PS = """
[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null
$t = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent(1)
$t.GetElementsByTagName('text')[0].AppendChild($t.CreateTextNode('{title}')) | Out-Null
[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('Python').Show($t)
"""


def notify(title):
    subprocess.run(["powershell", "-NoProfile", "-Command", _PS.format(title=title.replace("'", "''"))])
