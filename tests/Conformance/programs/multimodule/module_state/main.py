# Multi-module shared state: modules are imported once (cached), mutable module globals seen by all importers.
import config
import service
import config as again
print("config imported once:", config is again, config.load_count)
service.configure(debug=True, name="svc")
print(config.settings)
print(service.status())
config.settings["name"] = "renamed"
print(service.status())
from config import settings
settings["extra"] = 1
print(config.settings, len(config.history))
from config import load_count
config.load_count += 10
print(load_count, config.load_count)
