# Service module that reads and writes the shared config.
import config
def configure(**kwargs):
    config.update(**kwargs)
def status():
    mode = "debug" if config.settings["debug"] else "normal"
    return f"{config.settings['name']} running in {mode} mode ({len(config.history)} updates)"
