"""Accounts and tokens: register, login, refresh, logout, password change, account deletion."""
