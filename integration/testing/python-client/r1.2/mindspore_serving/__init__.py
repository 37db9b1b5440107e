"""Test-only stand-in of the mindspore_serving package (Serving 1.1–1.2 client API)."""
