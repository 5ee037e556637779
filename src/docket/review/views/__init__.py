"""One module per page family; each exposes a `router`."""
