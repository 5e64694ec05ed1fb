# Uncaught exception raised with "from": traceback shows "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} out of range")
    return port
for text in ["8080", "443", "70000"]:
    try:
        print("port:", parse_port(text))
    except ConfigError as e:
        print("rejected:", e, "| cause:", e.__cause__)
print("port:", parse_port("80a"))
