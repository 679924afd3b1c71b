#!/usr/bin/env bash
# Installs what the real-editor suite needs, offline-friendly: Debian's
# Chromium and code-server (VS Code 1.100 server + web workbench) from the npm
# registry, via ../shared/tools/install-code-server.sh. Idempotent.
#   CODE_SERVER_DIR   where code-server goes (default: $HOME/.cache/code-server-e2e)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="${CODE_SERVER_DIR:-$HOME/.cache/code-server-e2e}"
installer="$here/../shared/tools/install-code-server.sh"
if [ ! -f "$installer" ]; then
  echo "setup-e2e: $installer not found (the shared/ folder must sit beside the project)" >&2
  exit 1
fi
bash "$installer" "$dir"
