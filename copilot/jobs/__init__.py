"""Audio jobs: upload endpoints, the job store, the pipeline, events, Celery tasks, the embedded
executor and the stale-job sweep."""
