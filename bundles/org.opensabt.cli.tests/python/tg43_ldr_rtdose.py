#!/usr/bin/python3
"""An independent "planning system" for the tests: the total dose of I-125 model 6711 seeds on a grid, written
as a DICOM RT Dose, from the TG-43U1 2D line-source formalism (AAPM TG-43U1, Rivard et al., Med Phys 31:633-674,
2004, eq. 11 with the consensus data in tg43/), sharing no code with OpenSABT.

  D(r, theta) = S_K * Lambda * G_L(r, theta) / G_L(r0, theta0) * g_L(r) * F(r, theta)      (dose rate, cGy/h)
  total dose  = dose rate at implant * mean life (1.4427 * T1/2)                           (permanent implant)

g_L and F are interpolated linearly (TG-43U1 sec. IV.C); below/above the tables the end values are used
(F at r < 0.5 cm is F(0.5 cm), at r > 5 cm F(5 cm)); closer than 0.2 cm to a seed centre r is held at 0.2 cm.

usage: tg43_ldr_rtdose.py SEEDS.csv OUT.dcm --grid X0,Y0,Z0,NX,NY,NZ,STEP --plan RTPLAN.dcm
       tg43_ldr_rtdose.py --self-test
SEEDS.csv: x_mm,y_mm,z_mm,ax,ay,az,strength_U (header line); positions patient LPS mm, axis unit vector.
The RT Dose takes patient, study, frame of reference and the plan reference from RTPLAN.dcm.
"""
import csv
import os
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

HERE = os.path.dirname(os.path.abspath(__file__))
LAMBDA = 0.965        # cGy h^-1 U^-1, TG-43U1 Table II (model 6711)
L_CM = 0.30           # active length (cm)
HALF_LIFE_D = 59.40   # I-125, TG-43U1
R_MIN_CM = 0.20


def table(name):
    with open(os.path.join(HERE, "tg43", name)) as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#"))]
    return rows[0], np.array([[float(v) for v in r] for r in rows[1:]])


_, RADIAL = table("i125_6711_radial.csv")
G_R, G_L = RADIAL[:, 0], RADIAL[:, 1]
HEAD, ANISO = table("i125_6711_anisotropy.csv")
F_THETA = ANISO[:, 0]
F_R = np.array([float(h[1:]) for h in HEAD[1:]])
F_TAB = ANISO[:, 1:]


def geometry(r, theta):
    """G_L(r, theta) (cm^-2) of a line source of length L."""
    z = r * np.cos(theta)
    y = r * np.sin(theta)
    on_axis = y < 1e-6
    beta = np.arctan2(z + L_CM / 2, np.maximum(y, 1e-12)) - np.arctan2(z - L_CM / 2, np.maximum(y, 1e-12))
    g = np.where(on_axis, 1.0 / np.maximum(r * r - L_CM * L_CM / 4, 1e-12), beta / (L_CM * np.maximum(y, 1e-12)))
    return g


def anisotropy(r, theta_deg):
    """F(r, theta): linear in theta at every table radius, then linear in r (clamped to the table's radii)."""
    t = np.where(theta_deg > 90, 180 - theta_deg, theta_deg)
    rc = np.clip(r, F_R[0], F_R[-1])
    per_r = np.array([np.interp(t, F_THETA, F_TAB[:, k]) for k in range(len(F_R))])  # (table radii, points)
    k = np.clip(np.searchsorted(F_R, rc) - 1, 0, len(F_R) - 2)
    f = (rc - F_R[k]) / (F_R[k + 1] - F_R[k])
    cols = np.arange(r.size)
    return (1 - f) * per_r[k, cols] + f * per_r[k + 1, cols]


def dose_rate_cgy_h(points_cm, seed_cm, axis, strength_u):
    d = points_cm - seed_cm
    r = np.maximum(np.linalg.norm(d, axis=1), R_MIN_CM)
    cos_t = np.clip((d @ axis) / np.maximum(np.linalg.norm(d, axis=1), 1e-12), -1, 1)
    theta = np.arccos(cos_t)
    g0 = geometry(np.array([1.0]), np.array([np.pi / 2]))[0]
    return strength_u * LAMBDA * geometry(r, theta) / g0 * np.interp(r, G_R, G_L) * anisotropy(r, np.degrees(theta))


def total_dose_gy(points_mm, seeds):
    mean_life_h = HALF_LIFE_D * 24 / np.log(2)
    total = np.zeros(len(points_mm))
    for x, y, z, ax, ay, az, s in seeds:
        axis = np.array([ax, ay, az]) / np.linalg.norm([ax, ay, az])
        total += dose_rate_cgy_h(points_mm / 10.0, np.array([x, y, z]) / 10.0, axis, s)
    return total * mean_life_h / 100.0


def self_test():
    """The implementation against the along-away dose-rate table of the same formalism, 0.5 to 5 cm (within 0.5 %;
    beyond 5 cm the table extrapolates F linearly where this script holds F(5 cm))."""
    _, t = table("i125_6711_along_away.csv")
    worst = 0
    for z, y, expected in t:
        if not 0.5 <= np.hypot(z, y) <= 5.0:
            continue
        got = dose_rate_cgy_h(np.array([[0, y, z]]), np.zeros(3), np.array([0, 0, 1.0]), 1.0)[0]
        worst = max(worst, abs(got / expected - 1))
    print("largest relative difference from the along-away table: %.4f" % worst)
    return worst < 0.005


def main(argv):
    if argv[1:] == ["--self-test"]:
        return 0 if self_test() else 1
    seeds_csv, out = argv[1], argv[2]
    opts = dict(zip(argv[3::2], argv[4::2]))
    x0, y0, z0, nx, ny, nz, step = [float(v) for v in opts["--grid"].split(",")]
    nx, ny, nz = int(nx), int(ny), int(nz)
    plan = pydicom.dcmread(opts["--plan"])
    with open(seeds_csv) as f:
        seeds = [[float(v) for v in row] for row in list(csv.reader(f))[1:] if row]
    xs, ys, zs = x0 + step * np.arange(nx), y0 + step * np.arange(ny), z0 + step * np.arange(nz)
    zz, yy, xx = np.meshgrid(zs, ys, xs, indexing="ij")  # frames, rows, columns
    points = np.stack([xx.ravel(), yy.ravel(), zz.ravel()], axis=1)
    dose = total_dose_gy(points, seeds).reshape(nz, ny, nx)

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.481.2"
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(out, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.Modality = "RTDOSE"
    for k in ("PatientID", "PatientName", "StudyInstanceUID", "FrameOfReferenceUID", "StudyDate"):
        if k in plan:
            setattr(ds, k, getattr(plan, k))
    ds.SeriesInstanceUID = generate_uid()
    ds.Manufacturer = "tg43_ldr_rtdose.py (test reference)"
    ref = Dataset()
    ref.ReferencedSOPClassUID, ref.ReferencedSOPInstanceUID = plan.SOPClassUID, plan.SOPInstanceUID
    ds.ReferencedRTPlanSequence = [ref]
    ds.DoseUnits, ds.DoseType, ds.DoseSummationType = "GY", "PHYSICAL", "PLAN"
    ds.ImagePositionPatient = [x0, y0, z0]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing = [step, step]
    ds.SliceThickness = step
    ds.GridFrameOffsetVector = [float(step * k) for k in range(nz)]
    ds.FrameIncrementPointer = (0x3004, 0x000C)
    ds.NumberOfFrames, ds.Rows, ds.Columns = nz, ny, nx
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 32, 32, 31, 0
    scaling = float(dose.max()) / 4.0e9 if dose.max() > 0 else 1.0
    ds.DoseGridScaling = "%.10g" % scaling
    scaling = float(ds.DoseGridScaling)
    ds.PixelData = np.round(dose / scaling).astype("<u4").tobytes()
    ds.save_as(out, write_like_original=False)
    print("wrote %s: %d x %d x %d, max %.2f Gy" % (out, nx, ny, nz, dose.max()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
