"""Adapters: all I/O. Files and folders, URLs, output writers (and later archives and the store).
Foreign errors are mapped to newsdesk's own here."""
