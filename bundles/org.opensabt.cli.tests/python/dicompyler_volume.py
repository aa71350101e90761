# GTV volume of 'opensabt --json contour stats' (argv[1]) against dicompyler-core's volume of the RTSTRUCT in folder argv[2]: within 2 %.
import json, os, sys, warnings
warnings.simplefilter("ignore")
from dicompylercore import dicomparser
ours = [s for s in json.load(open(sys.argv[1]))["result"]["structures"] if s["name"] == "GTV_Mass_CT"][0]["volumeCc"]
rs = dicomparser.DicomParser(os.path.join(sys.argv[2], sorted(os.listdir(sys.argv[2]))[0]))
planes = rs.GetStructureCoordinates(1)
theirs = rs.CalculateStructureVolume(planes, rs.CalculatePlaneThickness(planes))
assert abs(ours / theirs - 1) < 0.02, (ours, theirs)
print("OpenSABT %.2f cc, dicompyler-core %.2f cc" % (ours, theirs))
