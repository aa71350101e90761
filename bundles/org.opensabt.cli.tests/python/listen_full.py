# 'listen' into a full disk: every stored file (store argv[2]) whole (pixels identical to the file sent from argv[3]),
# failures reported in the summary (argv[1]), no partial file left (argv[4] leftovers), C-ECHO answered after (argv[5] exists).
import glob, json, os, sys
import pydicom
r = json.load(open(sys.argv[1]))["result"]
originals = {pydicom.dcmread(f).SOPInstanceUID: f for f in glob.glob(os.path.join(sys.argv[3], "*.dcm"))}
stored = [f for f in glob.glob(os.path.join(sys.argv[2], "*", "*", "*.dcm"))]
for f in stored:
    d = pydicom.dcmread(f)
    assert d.PixelData == pydicom.dcmread(originals[d.SOPInstanceUID]).PixelData, f
leftovers = int(sys.argv[4])
assert 0 < len(stored) < 59 and r["received"] == len(stored) and r["failed"] >= 1 and leftovers == 0 and os.path.exists(sys.argv[5]), (r, len(stored), leftovers)
print("%d of 59 slices stored whole (pixels identical to the files sent), %d failures reported, no partial file left, C-ECHO still answered" % (len(stored), r["failed"]))
