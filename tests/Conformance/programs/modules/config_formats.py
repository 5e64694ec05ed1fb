# configparser and tomllib: reading configuration text; from __future__ imports bind their features.
from __future__ import annotations

import __future__
import configparser
import tomllib

print(__future__.annotations, annotations is __future__.annotations)

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
timeout = 30

[server]
host = example.com
port = 8080
debug = yes

[paths]
root = /srv
logs = %(root)s/logs
""")
print(cp.sections(), cp["server"]["host"], cp.getint("server", "port"), cp.getboolean("server", "debug"))
print(cp.get("paths", "logs"), cp["paths"]["timeout"], dict(cp["server"]), cp.has_option("server", "nope"))
try:
    cp.get("server", "missing")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)

doc = tomllib.loads("""
title = "Example"
numbers = [1, 2, 3]
ratio = 0.5
enabled = true

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00Z

[[servers]]
name = "alpha"
ip = "10.0.0.1"

[[servers]]
name = "beta"
""")
print(doc["title"], doc["numbers"], doc["ratio"], doc["enabled"], doc["owner"]["name"], doc["owner"]["dob"])
print([s["name"] for s in doc["servers"]], sorted(doc))
try:
    tomllib.loads("x = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)
