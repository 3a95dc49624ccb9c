"""History endpoints: list/search, delete, export."""
