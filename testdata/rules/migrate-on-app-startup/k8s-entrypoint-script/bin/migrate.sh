#!/bin/sh
# run by the init container: the right place
set -e
flyway -configFiles=/opt/ledger/flyway.conf migrate
