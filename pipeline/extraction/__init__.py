"""Pure functions that turn a processed Doc into signing-event records."""
