#!/usr/bin/env bash
# The library's install weight as a user meets it: pack this checkout, install the tarball with runtime dependencies
# only (no devDependencies, no optional peers) into an empty project, and print the size of node_modules and its
# largest packages. Goal (issue 16): under 60 MB. Needs the npm registry.
#   bash bench/install/size.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && npm run -s build && npm pack --silent --pack-destination "$work" >/dev/null)
cd "$work"
npm init -y >/dev/null
npm install --omit=dev --no-audit --no-fund ./cluster-targets-*.tgz >/dev/null
total=$(du -sm node_modules | cut -f1)
echo "install: $(ls node_modules | wc -l) top-level packages, ${total} MB (goal < 60 MB)"
du -sm node_modules/* node_modules/@*/* 2>/dev/null | sort -n | tail -8 | awk '{printf "  %4d MB  %s\n", $1, $2}'
node --input-type=module -e "import * as ct from 'cluster-targets'; console.log('  root exports:', Object.keys(ct).length)"
[ "$total" -lt 60 ] || { echo "install is ${total} MB, over the 60 MB goal" >&2; exit 1; }
