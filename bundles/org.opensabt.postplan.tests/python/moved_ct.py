#!/usr/bin/env python3
"""Independent test data for the bone registration: a real CT (DICOM folder) and the same CT moved into another
frame, resampled with scipy.ndimage.map_coordinates (trilinear, air outside).

usage: moved_ct.py CT_DIR OUT_DIR RX_DEG RZ_DEG SX SY SZ
The truth p_planning = R (p_postop - c) + c + s, R = Rz(RZ) Rx(RX), c the planning CT's centre, s = (SX, SY, SZ) mm.
Writes planning.raw / postop.raw (int16 little-endian HU, x fastest) and volumes.json (grids, truth R and t).
"""
import glob, json, math, os, sys

import numpy as np
import pydicom
from scipy import ndimage

ct_dir, out = sys.argv[1], sys.argv[2]
rx, rz = math.radians(float(sys.argv[3])), math.radians(float(sys.argv[4]))
s = np.array([float(v) for v in sys.argv[5:8]])
slices = [pydicom.dcmread(f) for f in glob.glob(os.path.join(ct_dir, "*.dcm"))]
slices.sort(key=lambda d: float(d.ImagePositionPatient[2]))
vol = np.stack([d.pixel_array.astype(np.float64) * float(d.RescaleSlope) + float(d.RescaleIntercept) for d in slices])  # z, y, x
origin = np.array([float(v) for v in slices[0].ImagePositionPatient])
dz = float(slices[1].ImagePositionPatient[2]) - float(slices[0].ImagePositionPatient[2])
sp = np.array([float(slices[0].PixelSpacing[1]), float(slices[0].PixelSpacing[0]), dz])  # x, y, z
nz, ny, nx = vol.shape
centre = origin + sp * (np.array([nx, ny, nz]) - 1) / 2
Rx = np.array([[1, 0, 0], [0, math.cos(rx), -math.sin(rx)], [0, math.sin(rx), math.cos(rx)]])
Rz = np.array([[math.cos(rz), -math.sin(rz), 0], [math.sin(rz), math.cos(rz), 0], [0, 0, 1]])
R = Rz @ Rx
t = centre + s - R @ centre
# the post-operative grid: other slice spacing (3.0 mm), field of view shifted by -s and 15 mm shorter at the top
psp = np.array([sp[0], sp[1], 3.0])
pn = np.array([nx, ny, int((nz - 1) * dz / 3.0) - 5])
porigin = origin - s + np.array([0, 0, 0])
k, j, i = np.meshgrid(np.arange(pn[2]), np.arange(pn[1]), np.arange(pn[0]), indexing="ij")
p = np.stack([porigin[0] + i * psp[0], porigin[1] + j * psp[1], porigin[2] + k * psp[2]], axis=-1)
q = p @ R.T + t
idx = (q - origin) / sp  # x, y, z index coordinates in the planning CT
moved = ndimage.map_coordinates(vol, [idx[..., 2], idx[..., 1], idx[..., 0]], order=1, cval=-1000.0)
os.makedirs(out, exist_ok=True)
np.clip(np.rint(vol), -1024, 4000).astype("<i2").tofile(os.path.join(out, "planning.raw"))
np.clip(np.rint(moved), -1024, 4000).astype("<i2").tofile(os.path.join(out, "postop.raw"))
json.dump({"planning": {"origin": origin.tolist(), "spacing": sp.tolist(), "size": [nx, ny, nz]},
           "postop": {"origin": porigin.tolist(), "spacing": psp.tolist(), "size": pn.tolist()},
           "R": R.tolist(), "t": t.tolist()}, open(os.path.join(out, "volumes.json"), "w"))
