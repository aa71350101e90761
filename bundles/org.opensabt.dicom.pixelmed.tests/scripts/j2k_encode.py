#!/usr/bin/python3
"""Test inputs the OpenSABT tests cannot make with dcmtk (which has no JPEG 2000 codec).

usage: j2k_encode.py MODE IN_DIR OUT_DIR

Every *.dcm of IN_DIR (uncompressed single-frame 16-bit greyscale) is written to OUT_DIR under the same name:
  lossless  JPEG 2000 reversible 5/3 wavelet, transfer syntax 1.2.840.10008.1.2.4.90
  lossy     JPEG 2000 irreversible 9/7 wavelet at 10:1, 1.2.840.10008.1.2.4.91, (0028,2110) LossyImageCompression 01
  unsigned  uncompressed explicit VR little endian, unsigned (what dcmcjpls +en needs)
  decode    any input decoded by pydicom (Pillow/OpenJPEG for JPEG 2000) to uncompressed explicit VR little endian, 16 bits allocated
The codestreams come from OpenJPEG through Pillow and are encapsulated with pydicom (PS3.5 A.4). Pillow writes
unsigned 16-bit samples only: signed images are shifted by +2048 (PixelRepresentation 0, RescaleIntercept lowered
by 2048 x slope), which keeps every HU value.
"""
import io
import pathlib
import sys
import warnings

import numpy as np
import pydicom
from PIL import Image
from pydicom.encaps import encapsulate
from pydicom.uid import UID, ExplicitVRLittleEndian

warnings.simplefilter("ignore")
mode, src_dir, dst_dir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
dst_dir.mkdir(parents=True, exist_ok=True)

for src in sorted(src_dir.glob("*.dcm")):
    ds = pydicom.dcmread(src)
    pixels = ds.pixel_array.astype(np.int32)
    if mode == "decode":
        ds.PixelData = pixels.astype(np.int16 if ds.PixelRepresentation == 1 else np.uint16).tobytes()
        ds["PixelData"].VR = "OW"
        ds.BitsAllocated = 16  # 8-bit JPEG baseline images are widened (BitsStored and HighBit stay)
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    else:
        for keyword in ("SmallestImagePixelValue", "LargestImagePixelValue"):
            if keyword in ds:
                delattr(ds, keyword)
        if ds.PixelRepresentation == 1:
            if pixels.min() < -2048 or pixels.max() > 65535 - 2048:
                sys.exit("%s: values outside what the +2048 shift can hold" % src)
            pixels = pixels + 2048
            slope = float(getattr(ds, "RescaleSlope", 1))
            ds.RescaleIntercept = "%g" % (float(getattr(ds, "RescaleIntercept", 0)) - 2048 * slope)
            ds.PixelRepresentation = 0
            ds.BitsStored = 16
            ds.HighBit = 15
        if mode == "unsigned":
            ds.PixelData = pixels.astype(np.uint16).tobytes()
            ds["PixelData"].VR = "OW"
            ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        else:
            buffer = io.BytesIO()
            image = Image.fromarray(pixels.astype(np.uint16))  # mode I;16
            if mode == "lossless":
                image.save(buffer, "JPEG2000", no_jp2=True, irreversible=False)
                syntax = "1.2.840.10008.1.2.4.90"
            elif mode == "lossy":
                image.save(buffer, "JPEG2000", no_jp2=True, irreversible=True, quality_mode="rates", quality_layers=[10])
                syntax = "1.2.840.10008.1.2.4.91"
                ds.LossyImageCompression = "01"
                ds.LossyImageCompressionRatio = "10"
                ds.LossyImageCompressionMethod = "ISO_15444_1"
            else:
                sys.exit("unknown mode " + mode)
            ds.PixelData = encapsulate([buffer.getvalue()])
            ds["PixelData"].VR = "OB"
            ds.file_meta.TransferSyntaxUID = UID(syntax)
    ds.is_implicit_VR = False
    ds.is_little_endian = True
    ds.save_as(dst_dir / src.name, write_like_original=False)
