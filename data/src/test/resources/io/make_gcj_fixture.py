#!/usr/bin/env python3
"""Writes broken/schools_gcj02_as_wgs84.geojson: school positions shifted to GCJ-02 with the published
formula (an implementation independent of OffsetDatum.java), but declared as WGS84 (EPSG:4326).
Also writes geojson/schools_gcj02.geojson: the same points without a CRS declaration."""
import json, math
A, EE = 6378245.0, 0.00669342162296594323
def _lat(x, y):
    r = -100.0 + 2.0*x + 3.0*y + 0.2*y*y + 0.1*x*y + 0.2*math.sqrt(abs(x))
    r += (20.0*math.sin(6.0*x*math.pi) + 20.0*math.sin(2.0*x*math.pi))*2.0/3.0
    r += (20.0*math.sin(y*math.pi) + 40.0*math.sin(y/3.0*math.pi))*2.0/3.0
    r += (160.0*math.sin(y/12.0*math.pi) + 320*math.sin(y*math.pi/30.0))*2.0/3.0
    return r
def _lon(x, y):
    r = 300.0 + x + 2.0*y + 0.1*x*x + 0.1*x*y + 0.1*math.sqrt(abs(x))
    r += (20.0*math.sin(6.0*x*math.pi) + 20.0*math.sin(2.0*x*math.pi))*2.0/3.0
    r += (20.0*math.sin(x*math.pi) + 40.0*math.sin(x/3.0*math.pi))*2.0/3.0
    r += (150.0*math.sin(x/12.0*math.pi) + 300.0*math.sin(x/30.0*math.pi))*2.0/3.0
    return r
def gcj(lon, lat):
    dlat, dlon = _lat(lon-105.0, lat-35.0), _lon(lon-105.0, lat-35.0)
    rad = lat/180.0*math.pi
    m = 1 - EE*math.sin(rad)**2
    sm = math.sqrt(m)
    dlat = dlat*180.0/((A*(1-EE))/(m*sm)*math.pi)
    dlon = dlon*180.0/(A/sm*math.cos(rad)*math.pi)
    return lon+dlon, lat+dlat
SCHOOLS = [("许昌市第一中学", 113.8200, 34.0300, 2100), ("许昌市第二中学", 113.8400, 34.0150, 1800),
           ("建安区实验小学", 113.8600, 34.0900, 900), ("禹州市第一高级中学", 113.4700, 34.1500, 3000),
           ("长葛市第一中学", 113.7700, 34.2200, 2500)]
def fc(crs):
    feats = []
    for name, lon, lat, pupils in SCHOOLS:
        glon, glat = gcj(lon, lat)
        feats.append({"type": "Feature", "properties": {"名称": name, "学生数": pupils},
                      "geometry": {"type": "Point", "coordinates": [round(glon, 7), round(glat, 7)]}})
    d = {"type": "FeatureCollection"}
    if crs:
        d["crs"] = {"type": "name", "properties": {"name": crs}}
    d["features"] = feats
    return d
json.dump(fc("urn:ogc:def:crs:EPSG::4326"), open("broken/schools_gcj02_as_wgs84.geojson", "w"), ensure_ascii=False, indent=1)
json.dump(fc(None), open("geojson/schools_gcj02.geojson", "w"), ensure_ascii=False, indent=1)
# the true positions, for tests
print("\n".join(f"{n},{lon},{lat},{p}" for n, lon, lat, p in SCHOOLS))
