#!/usr/bin/env bash
# Vendor the report's JavaScript/CSS/map data from npm into src/sitrep/report/static/.
#
# Why vendored: the situation report is one self-contained HTML file that must open offline and
# be e-mailed, so nothing may be fetched at view time. Re-run this script to update; it pins
# exact versions and checks npm's integrity hashes (package-lock) before copying.
set -euo pipefail

LEAFLET=1.9.4          # BSD-2-Clause
TOPOJSON_CLIENT=3.1.0  # ISC
WORLD_ATLAS=2.0.2      # ISC; data: Natural Earth 1:110m, public domain
SWAGGER_UI=5.35.0      # Apache-2.0; only for `sitrep serve` /docs (offline API docs)

here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/src/sitrep/report/static"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm init -y >/dev/null
npm install --ignore-scripts --no-audit --no-fund --save-exact \
  "leaflet@$LEAFLET" "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS" \
  "swagger-ui-dist@$SWAGGER_UI" >/dev/null

cp node_modules/leaflet/dist/leaflet.js "$dest/leaflet.js"
# The report uses vector circle markers only, so the icon images Leaflet's CSS points at are
# never needed; drop the url(images/...) references so nothing is looked up next to the file.
sed -E 's#url\(images/[^)]*\)#none#g' node_modules/leaflet/dist/leaflet.css > "$dest/leaflet.css"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/topojson-client.min.js"
cp node_modules/world-atlas/countries-110m.json "$dest/countries-110m.json"
# The app serves these at /docs so the API docs work offline (FastAPI defaults to a CDN).
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js "$dest/swagger-ui-bundle.js"
cp node_modules/swagger-ui-dist/swagger-ui.css "$dest/swagger-ui.css"

{
  echo "Vendored by scripts/vendor_assets.sh from npm (exact versions, npm integrity checked)."
  echo
  for pkg in leaflet topojson-client world-atlas swagger-ui-dist; do
    v=$(node -p "require('./node_modules/$pkg/package.json').version")
    l=$(node -p "require('./node_modules/$pkg/package.json').license")
    i=$(node -p "require('./package-lock.json').packages['node_modules/$pkg'].integrity")
    echo "$pkg $v  licence: $l  integrity: $i"
  done
  echo "  countries-110m.json: Natural Earth 1:110m admin-0 countries (public domain) as TopoJSON"
  echo
  echo "sha256 of the copied files:"
  (cd "$dest" && sha256sum leaflet.js leaflet.css topojson-client.min.js countries-110m.json \
    swagger-ui-bundle.js swagger-ui.css)
  echo
  echo "Licence texts:"
  for pkg in leaflet topojson-client world-atlas swagger-ui-dist; do
    echo "---- $pkg ----"
    cat "node_modules/$pkg/LICENSE"
  done
} > "$dest/VERSIONS.txt"
echo "vendored into $dest"
