"""Test-only stand-in of the mindspore_serving package (Serving ≥ 1.3 client API)."""
