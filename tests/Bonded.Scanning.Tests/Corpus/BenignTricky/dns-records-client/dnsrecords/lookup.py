import hashlib
import socket

import dns.resolver


def dkim(domain, selector="default"):
    return [r.to_text() for r in dns.resolver.resolve("%s._domainkey.%s" % (selector, domain), "TXT")]


def openpgpkey(email):
    local, domain = email.split("@", 1)
    digest = hashlib.sha256(local.encode()).hexdigest()[:56]
    return dns.resolver.resolve("%s._openpgpkey.%s" % (digest, domain), "OPENPGPKEY")


def listed(ip, zone="zen.spamhaus.org"):
    name = ".".join(reversed(ip.split("."))) + "." + zone
    try:
        socket.gethostbyname(name)
        return True
    except OSError:
        return False
