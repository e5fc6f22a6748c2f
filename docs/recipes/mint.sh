#!/bin/sh
# POSIX shell + openssl. Usage: PANDAMETER_SECRET=pms_… sh mint.sh <board> <interaction>
board=$1 interaction=$2
exp=$(($(date +%s) + 30 * 86400))
sig=$(printf '%s\n%s\n%s' "$board" "$interaction" "$exp" |
  openssl dgst -sha256 -hmac "$PANDAMETER_SECRET" -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')
echo "$exp.$sig"
