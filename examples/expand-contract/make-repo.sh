#!/usr/bin/env bash
# Builds the example repositories the README walks through, with git, in a folder you choose:
#
#   examples/expand-contract/make-repo.sh /tmp/shop
#
# /tmp/shop/one-step: release v1.0.0, then a commit that adds display_name AND drops full_name (one step).
# /tmp/shop/two-step: releases v1.0.0 and v1.1.0 (expand, code moved over), then a commit that drops full_name.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: make-repo.sh DIR}
commit() { git -C "$1" add -A && git -C "$1" -c user.name=example -c user.email=example@example.invalid commit -qm "$2"; }
tree() { # repo snapshot
  find "$1" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
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
