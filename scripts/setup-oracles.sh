#!/usr/bin/env bash
# Installs the real servers the differential tests compare the checker with:
# Debian's nginx and apache2 (only their binaries are used: `nginx -t`,
# `apache2ctl -t`). Services are not started. Idempotent; needs root.
set -euo pipefail
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/sbin/apache2ctl ] || missing+=(apache2)
[ -f /usr/lib/apache2/modules/mod_jk.so ] || missing+=(libapache2-mod-jk)
if [ ${#missing[@]} -eq 0 ]; then echo "setup-oracles: nginx and apache2 already installed"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "setup-oracles: need root to apt-get install ${missing[*]}" >&2; exit 1; fi
# Keep the packages from starting their services (there is no init here, and none is wanted).
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
trap 'rm -f /usr/sbin/policy-rc.d' EXIT
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "setup-oracles: installed ${missing[*]}"
