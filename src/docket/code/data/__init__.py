"""Package data of the coder: the coded-report schema and the trained artefact."""
