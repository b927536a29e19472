#!/bin/sh
set -e
flyway -configFiles=/opt/ledger/flyway.conf info
# expect: migrate-on-app-startup: start.sh (run by container ledger of Deployment ledger
flyway -configFiles=/opt/ledger/flyway.conf migrate
exec java -jar /opt/ledger/ledger.jar
