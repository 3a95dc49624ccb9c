"""API tests: one module per blueprint, run on SQLite and PostgreSQL."""
