# urllib.parse, ipaddress, hmac/secrets and copyreg: pure-Python library modules on Portalis.
import hmac
import hashlib
import ipaddress
import secrets
from urllib.parse import parse_qs, quote, quote_plus, unquote, urlencode, urljoin, urlparse, urlsplit, urlunparse

u = urlparse("https://user:pw@example.com:8080/path/to/page.html;params?q=1&lang=en&q=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.username, u.password, u.query, u.fragment)
print(parse_qs(u.query), urlencode({"q": "a b", "n": 3, "list": ["x", "y"]}, doseq=True))
print(quote("a b/c?d=é"), quote_plus("a b&c"), unquote("%C3%A9t%C3%A9"), urljoin("http://h/a/b/c", "../d?x=1"))
print(urlunparse(("http", "h", "/p", "", "a=1", "")), urlsplit("//host/p?x#y"))

net = ipaddress.ip_network("192.168.1.0/28")
print(net, net.num_addresses, net.netmask, net.broadcast_address, [str(h) for h in list(net.hosts())[:3]])
addr = ipaddress.ip_address("192.168.1.5")
print(addr in net, addr.is_private, int(addr), addr + 10, ipaddress.ip_address("::1").is_loopback)
print(list(ipaddress.ip_network("10.0.0.0/30").subnets(new_prefix=31)), ipaddress.IPv4Interface("10.1.2.3/24").network)
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError:", e)

mac = hmac.new(b"key", b"message", hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size, hmac.compare_digest(mac.hexdigest(), mac.hexdigest()))
print(hmac.digest(b"key", b"msg", "sha1").hex(), hmac.new(b"k", digestmod="md5").hexdigest())
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), secrets.randbelow(10) in range(10), secrets.choice("ab") in "ab")
