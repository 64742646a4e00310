#!/usr/bin/env bash
# Delivers an example sykmelding to the running demo, with dates relative to today: sick from 30 days ago to
# 14 days ahead, so the case is in week 5 and the first reminders are due. Usage: scripts/eksempel-sykmelding.sh [enhet]
set -euo pipefail
ENHET="${1:-0301}"
FOM=$(date -d '30 days ago' +%F)
TOM=$(date -d '14 days' +%F)
ID="SM-$(date +%Y%m%d-%H%M%S)"
curl -sS -u mottak:demo -H 'Content-Type: application/json' "${BASE_URL:-http://localhost:8080}/api/sykmeldinger" -d '{
  "sykmeldingId": "'"$ID"'",
  "fnr": "15038520072",
  "perioder": [ { "fom": "'"$FOM"'", "tom": "'"$TOM"'", "grad": 100 } ],
  "orgnummer": "889640782",
  "naermesteLeder": { "navn": "Nora Leder", "epost": "nora.leder@example.org" },
  "sykmelder": "Dr. Lege",
  "enhet": "'"$ENHET"'"
}'
echo
