"""Tiny clients for chat webhooks. You supply the webhook URL or bot token; nothing is sent unless you call us."""
import re

import requests

DISCORD_WEBHOOK = re.compile(r"^https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[\w-]+$")
SLACK_WEBHOOK = re.compile(r"^https://hooks\.slack\.com/services/[A-Z0-9]+/[A-Z0-9]+/\w+$")
TELEGRAM_API = "https://api.telegram.org/bot{token}/sendMessage"


class NotifyError(Exception):
    pass


def _post(url, payload, timeout):
    resp = requests.post(url, json=payload, timeout=timeout)
    if resp.status_code >= 400:
        raise NotifyError("%s returned %d" % (url.split("/")[2], resp.status_code))
    return resp


def discord(webhook_url, content, username=None, timeout=10):
    if not DISCORD_WEBHOOK.match(webhook_url):
        raise ValueError("not a Discord webhook URL")
    return _post(webhook_url, {"content": content, "username": username}, timeout)


def slack(webhook_url, text, timeout=10):
    if not SLACK_WEBHOOK.match(webhook_url):
        raise ValueError("not a Slack incoming-webhook URL")
    return _post(webhook_url, {"text": text}, timeout)


def telegram(token, chat_id, text, timeout=10):
    return _post(TELEGRAM_API.format(token=token), {"chat_id": chat_id, "text": text}, timeout)
