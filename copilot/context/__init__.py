"""Interview contexts: the active context (old clients' /api/context), saved contexts, CV files, and
what answers are grounded in."""
