"""publish: exports of what docket holds."""
