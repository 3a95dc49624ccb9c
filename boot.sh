#!/bin/sh
# Container entry: apply migrations (retrying while the database starts), then serve or work.
set -e
until flask db upgrade; do
  echo "database not ready; retrying in 3s"
  sleep 3
done
case "$1" in
  web) exec gunicorn --bind 0.0.0.0:5000 --access-logfile - wsgi:app ;;
  worker) exec celery -A worker worker --loglevel=INFO --concurrency="${WORKER_CONCURRENCY:-2}" ;;
  *) exec "$@" ;;
esac
