"""Audio jobs: upload endpoints, Celery tasks, the embedded executor and the stale-job sweep."""
