"""Operations: health, liveness and the interactive API docs (metrics live in copilot/metrics.py)."""
