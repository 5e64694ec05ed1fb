# Uncaught exception raised with "from": traceback shows "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e
print("port:", parse_port("8080"))
print("port:", parse_port("80a"))
