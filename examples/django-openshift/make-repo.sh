#!/usr/bin/env bash
# Builds the example repositories the README walks through, with git, in a folder you choose:
#
#   examples/django-openshift/make-repo.sh /tmp/django-shop
#
# A small Django project deployed on OpenShift with a Rolling DeploymentConfig (release N-1 serves while N starts).
# /tmp/django-shop/one-step: release v1.0.0 (its Dockerfile runs `manage.py migrate` at every pod start), then a commit
#   that renames Customer.full_name to display_name in one migration (AddField + RemoveField): v1.0.0's pods still
#   select full_name during the rollout.
# /tmp/django-shop/two-step: v1.0.0, then v1.1.0 (display_name added, full_name taken off the model with
#   SeparateDatabaseAndState but kept in the database, migrations moved to an init container of the same image), then a
#   commit that drops the column: no release still serving uses it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: make-repo.sh DIR}
commit() { git -C "$1" add -A && git -C "$1" -c user.name=example -c user.email=example@example.invalid commit -qm "$2"; }
# Each folder beside this script holds only what its step changes: v1.0.0 the whole project, v1.1.0 and one-step
# what they change on top of v1.0.0, two-step what it changes on top of v1.1.0. No step deletes a file.
tree() { # repo step
  cp -R "$here/$2/." "$1/"
}
for name in one-step two-step; do
  repo="$out/$name"
  rm -rf "$repo" && mkdir -p "$repo" && git -C "$repo" init -q -b main
  tree "$repo" v1.0.0 && commit "$repo" "v1.0.0" && git -C "$repo" tag -a v1.0.0 -m v1.0.0
  if [ "$name" = two-step ]; then
    tree "$repo" v1.1.0 && commit "$repo" "v1.1.0" && git -C "$repo" tag -a v1.1.0 -m v1.1.0
  fi
  tree "$repo" "$name" && commit "$repo" "next release"
done
echo "made $out/one-step and $out/two-step"
