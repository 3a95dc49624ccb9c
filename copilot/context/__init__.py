"""Interview contexts: the active context (old clients' /api/context) and saved contexts CRUD."""
