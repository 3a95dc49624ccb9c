"""The browser app a candidate uses: server-rendered page shells, driven by the JSON API."""
