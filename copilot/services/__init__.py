"""Business logic, free of HTTP: each module is one capability behind a small interface."""
