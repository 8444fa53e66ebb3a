import subprocess


def notify(title, message):
    ps = ("[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType=WindowsRuntime] | Out-Null;"
          f"$t=[Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent(1);"
          f"$t.GetElementsByTagName('text')[0].AppendChild($t.CreateTextNode('{title}: {message}')) | Out-Null;"
          "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('Python').Show($t)")
    subprocess.run(["powershell", "-NoProfile", "-Command", ps], check=False)
