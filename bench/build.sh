#!/bin/sh
# Builds the release binary the benchmark runs, into .build-bench/release/granska,
# and records which commit it is in .build-bench/release/granska.commit.
#
#   bench/build.sh                  # the committed HEAD, from a clean copy (.build-bench-src):
#                                   # edits in progress neither break the build nor get measured
#   bench/build.sh --working-tree   # the working tree as it is (marked "-dirty" if it differs)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch="$repo/.build-bench"
commit=$(git -C "$repo" rev-parse --short HEAD)
if [ "${1:-}" = "--working-tree" ]; then
  src="$repo"
  if [ -n "$(git -C "$repo" status --porcelain -- Sources Package.swift themes)" ]; then
    commit="$commit-dirty"
  fi
else
  src="$repo/.build-bench-src"
  rm -rf "$src"
  mkdir -p "$src"
  git -C "$repo" archive HEAD | tar -x -C "$src"
  # Same dependency versions as the working copy, when it has resolved them.
  if [ -f "$repo/Package.resolved" ]; then cp "$repo/Package.resolved" "$src/"; fi
fi
echo "bench/build.sh: building $commit (release) from $src" >&2
(cd "$src" && swift build -c release --product granska --static-swift-stdlib --scratch-path "$scratch")
echo "$commit" > "$scratch/release/granska.commit"
echo "bench/build.sh: $scratch/release/granska ($commit)" >&2
