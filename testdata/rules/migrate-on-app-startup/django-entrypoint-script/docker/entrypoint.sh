#!/bin/sh
set -e

# wait for the database, then bring the schema up to date
until python -c "import socket; socket.create_connection(('db', 5432), 2)"; do
  sleep 1
done

# checking is fine: it applies nothing
python manage.py migrate --check || echo "migrations pending"
python manage.py showmigrations --plan | tail -5

if [ "${RUN_MIGRATIONS:-1}" = "1" ]; then
  # expect: migrate-on-app-startup: docker-entrypoint.sh (run by the Dockerfile's ENTRYPOINT and CMD
  python manage.py migrate --noinput
fi

exec "$@"
