#!/bin/sh
# Regenerates the GDAL-made fixtures from the small GeoJSON sources in source/ (our own sample
# data: five rescue teams and two hazard areas in Xuchang, CGCS2000). Needs gdal-bin (ogr2ogr).
# Run from this folder: sh make-fixtures.sh. The GCJ-02 fixtures come from make_gcj_fixture.py;
# the XLSX fixtures from XlsxFixtures (POI) in the test sources.
set -eu
rm -rf shp gpkg kml broken/*.shp broken/*.shx broken/*.dbf broken/*.prj broken/*.cpg
mkdir -p shp/utf8 shp/gbk shp/gbk_nocpg shp/gk4547 shp/areas gpkg kml
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 shp/utf8/teams.shp source/teams.geojson
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP936 shp/gbk/teams.shp source/teams.geojson
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP936 shp/gbk_nocpg/teams.shp source/teams.geojson
rm shp/gbk_nocpg/teams.cpg shp/gbk_nocpg/teams.prj
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -t_srs EPSG:4547 shp/gk4547/teams.shp source/teams.geojson
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 shp/areas/hazard_areas.shp source/hazard_areas.geojson
ogr2ogr -f GPKG gpkg/teams.gpkg source/teams.geojson -nln teams
ogr2ogr -f GPKG -update gpkg/teams.gpkg source/hazard_areas.geojson -nln hazard_areas
ogr2ogr -f GPKG gpkg/teams_only.gpkg source/teams.geojson -nln teams
ogr2ogr -f KML kml/teams.kml source/teams.geojson
# Broken: a .shp cut off in its last record, a .dbf whose header announces 7 records but holds 5.
for f in shp dbf shx prj cpg; do cp shp/utf8/teams.$f broken/teams_truncated.$f; cp shp/utf8/teams.$f broken/teams_wrong_count.$f; done
size=$(wc -c < broken/teams_truncated.shp); head -c $((size - 10)) shp/utf8/teams.shp > broken/teams_truncated.shp
printf '\007' | dd of=broken/teams_wrong_count.dbf bs=1 seek=4 count=1 conv=notrunc 2>/dev/null
