import json
import os

_ROOTS = {
    "chrome": ("Google", "Chrome", "User Data"),
    "edge": ("Microsoft", "Edge", "User Data"),
    "brave": ("BraveSoftware", "Brave-Browser", "User Data"),
}


def user_data_dir(browser="chrome"):
    return os.path.join(os.environ.get("LOCALAPPDATA", ""), *_ROOTS[browser])


def list_profiles(browser="chrome"):
    with open(os.path.join(user_data_dir(browser), "Local State"), encoding="utf-8") as fh:
        state = json.load(fh)
    return sorted(state.get("profile", {}).get("info_cache", {}))


def launch_args(browser="chrome", profile="Default"):
    return ["--user-data-dir=" + user_data_dir(browser), "--profile-directory=" + profile]
