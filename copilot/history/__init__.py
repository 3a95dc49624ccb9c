"""History: list/search, delete, export, and the purge command."""
