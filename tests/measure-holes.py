#!/usr/bin/env python3
"""Measures every guide hole of a template on its STL: at depths through the plate (clear of the engraved
outer face), 32 rays from the planned axis hit the hole wall; a circle is fitted to each ring (Kasa) and a
line to the circle centres (leaving out 0.4 mm at each end, where the hole meets a face). Prints the worst distance (mm) and angle (deg) from the planned needles and
exits 1 when a hole is further than 0.2 mm or 0.5 deg off. Independent of the Java code: reads only the
STL and needles.json.  Usage: measure-holes.py template.stl needles.json"""
import json, struct, sys
import numpy as np

stl, table = sys.argv[1], json.load(open(sys.argv[2]))
data = open(stl, "rb").read()
n = struct.unpack("<I", data[80:84])[0]
rec = np.frombuffer(data[84:84 + 50 * n], dtype=np.dtype([("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")]))
tri = rec["v"].astype(np.float64)
cent = tri.mean(axis=1)
spec = table["spec"]
radius = spec["holeDiameterMm"] / 2
w = np.array(table["frame"]["axisIntoBodyUnit"])
worst_d = worst_a = 0.0
for h in table["holes"]:
    d = np.array(h["directionUnit"]); o = np.array(h["outerFaceCentreMm"])
    rel = cent - o
    along = rel @ d
    near = np.linalg.norm(rel - np.outer(along, d), axis=1) < 2.5
    T = tri[near]
    e1 = np.cross(d, [1, 0, 0] if abs(d[0]) < 0.9 else [0, 1, 0]); e1 /= np.linalg.norm(e1); e2 = np.cross(d, e1)
    cosine = d @ w
    ss = np.arange((spec["engraveDepthMm"] + 0.3) / cosine - h["sleeveLengthMm"], (spec["thicknessMm"] - 0.3) / cosine, 0.1)
    centres = []
    # the rays of a ring lie in the plane through p0 across the axis: only triangles spanning that plane can be hit
    va = (T - o) @ d
    vmin, vmax = va.min(axis=1), va.max(axis=1)
    for s in ss:
        p0 = o + s * d
        spans = (vmin <= s) & (vmax >= s)
        A, B, C = T[spans, 0], T[spans, 1], T[spans, 2]
        E1, E2 = B - A, C - A
        xs, ys = [], []
        for k in range(32):
            phi = 2 * np.pi * k / 32
            r = np.cos(phi) * e1 + np.sin(phi) * e2
            P = np.cross(r, E2); det = np.einsum("ij,ij->i", E1, P)
            ok = np.abs(det) > 1e-12
            S = p0 - A
            u = np.einsum("ij,ij->i", S, P) / np.where(ok, det, 1)
            Q = np.cross(S, E1)
            v = (Q @ r) / np.where(ok, det, 1)
            t = np.einsum("ij,ij->i", E2, Q) / np.where(ok, det, 1)
            hit = ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (t > 0)
            if hit.any():
                tt = t[hit].min()
                if tt < 1.5 * radius:  # a wall within reach: this ring is inside material in this direction
                    xs.append(tt * np.cos(phi)); ys.append(tt * np.sin(phi))
        if len(xs) < 32:
            continue  # rings where the plate's skin side or outer face cuts across the hole are not measured
        x, y = np.array(xs), np.array(ys)
        M = np.c_[x, y, np.ones_like(x)]
        sol = np.linalg.lstsq(M, -(x * x + y * y), rcond=None)[0]
        cx, cy = -sol[0] / 2, -sol[1] / 2
        centres.append(p0 + cx * e1 + cy * e2)
    # the first and last 0.4 mm of wall (one sampling step) are where the hole meets a face of the plate: the axis is
    # fitted to the wall between them (the per-ring distances above include every ring)
    ring_dists = [np.linalg.norm((q - o) - ((q - o) @ d) * d) for q in centres]
    centres = centres[4:-4] if len(centres) > 18 else centres
    if len(centres) < 10:
        print("hole %s: only %d full rings of wall to measure" % (h["label"], len(centres)))
        sys.exit(1)
    c = np.array(centres)
    mean = c.mean(axis=0)
    direction = np.linalg.svd(c - mean)[2][0]
    angle = np.degrees(np.arccos(min(1.0, abs(direction @ d))))
    dists = ring_dists
    if "-v" in sys.argv: print(h["label"], " ".join("%.2f" % x for x in dists))
    dist = max(dists)
    worst_d, worst_a = max(worst_d, dist), max(worst_a, angle)
    if dist > 0.2 or angle > 0.5:
        print("hole %s: %.3f mm, %.3f deg from needle %s" % (h["label"], dist, angle, h["needleId"]))
        sys.exit(1)
print("%d holes measured on the STL: worst %.3f mm and %.3f deg from the planned needles" % (len(table["holes"]), worst_d, worst_a))
