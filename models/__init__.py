"""Rule sets shipped with undersigned, installed as the ``undersigned_models`` package."""
