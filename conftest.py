pytest_plugins = ["checks.pytest_plugin", "pytester"]
