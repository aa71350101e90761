# 'dose' without a case (argv[2]) against the case's dose (argv[1]): same seeds, RTDOSE (argv[4]) refers to the input RTPLAN
# (folder argv[3]), dicompyler-core's D90 on our RTDOSE within 2 %.
import json, os, sys, warnings
warnings.simplefilter("ignore")
import pydicom
from dicompylercore import dicomparser, dvhcalc
a = json.load(open(sys.argv[1]))["result"]; b = json.load(open(sys.argv[2]))["result"]
assert b["caseFolder"] is None and b["seeds"] == a["seeds"], b
c = b["comparison"]
assert c["within2PercentPercent"] == 100.0 and c["maxAbsDifferenceGy"] <= c["referenceMaxGy"] / 65000, c
rd = pydicom.dcmread(sys.argv[4]); rp = pydicom.dcmread(os.path.join(sys.argv[3], "RP.dcm"))
assert rd.ReferencedRTPlanSequence[0].ReferencedSOPInstanceUID == rp.SOPInstanceUID and rd.PatientID == rp.PatientID, rd
assert rd.FrameOfReferenceUID == rp.FrameOfReferenceUID and rd.StudyInstanceUID == rp.StudyInstanceUID
rs = os.path.join(sys.argv[3], "RS.dcm")
roi = [k for k, v in dicomparser.DicomParser(rs).GetStructures().items() if v["name"] == "TARGET50"][0]
theirs = dvhcalc.get_dvh(rs, sys.argv[4], roi).D90.value
ours = b["metrics"]["TARGET50"]["D90"]["value"]
assert abs(ours / a["metrics"]["TARGET50"]["D90"]["value"] - 1) < 0.01 and abs(theirs / ours - 1) < 0.02, (ours, theirs)
print("D90 %.2f Gy (case: %.2f Gy, dicompyler-core on our RTDOSE: %.2f Gy); RTDOSE refers to the input RTPLAN" % (ours, a["metrics"]["TARGET50"]["D90"]["value"], theirs))
