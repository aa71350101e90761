# dicompyler-core's D90 from our exported RS + RD (folder argv[2]) against ours ('dose --json', argv[1]) within 2 %;
# the RD's pixels times DoseGridScaling are the case's (argv[3]) stored dose grid within half a quantisation step.
import json, os, re, sys, warnings
warnings.simplefilter("ignore")
import numpy as np, pydicom
from dicompylercore import dicomparser, dvhcalc
r = json.load(open(sys.argv[1]))["result"]
ours = r["metrics"]["TARGET50"]["D90"]["value"]
volume = r["metrics"]["TARGET50"]["volume"]["value"]
rs = os.path.join(sys.argv[2], "RS.dcm"); rd = os.path.join(sys.argv[2], "RD.dcm")
roi = [k for k, v in dicomparser.DicomParser(rs).GetStructures().items() if v["name"] == "TARGET50"][0]
theirs = dvhcalc.get_dvh(rs, rd, roi).D90.value
assert 40 < volume < 70, volume
assert abs(theirs / ours - 1) < 0.02, (ours, theirs)
xmi = open(os.path.join(sys.argv[3], "case.xmi")).read()
plan = xmi[xmi.index('planId="check50"'):]
dose_file = re.search(r'doseFile="([^"]+)"', plan).group(1)
grid = np.fromfile(os.path.join(sys.argv[3], dose_file), dtype="<f4")
ds = pydicom.dcmread(rd)
pixels = ds.pixel_array.astype(np.float64).ravel() * float(ds.DoseGridScaling)
assert pixels.shape == grid.shape and np.max(np.abs(pixels - grid)) <= float(ds.DoseGridScaling) * 0.5 + 1e-4 * grid.max(), np.max(np.abs(pixels - grid))
print("TARGET50 %.1f cc: D90 OpenSABT %.2f Gy, dicompyler-core %.2f Gy" % (volume, ours, theirs))
