# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
def check(config):
    missing = [k for k in ("name", "port") if k not in config]
    if missing:
        sys.exit(f"fatal: config is missing {', '.join(missing)}")
    print("config ok:", config)
configs = [{"name": "api", "port": 80}, {"name": "db", "port": 5432, "debug": True}, {"port": 1}]
for c in configs:
    print("checking", sorted(c))
    check(c)
print("not reached")
