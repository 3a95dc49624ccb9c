"""The web tier: the gunicorn worker class and the WSGI edge that reads request bodies."""
