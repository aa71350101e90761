#!/usr/bin/env python3
"""Writes the built-in seed descriptors (bundles/org.opensabt.dose.tg43/sources/*.json) from the
TG-43 consensus CSV tables in ../shared/data/tg43. Run from the repository root:
    python3 releng/tg43-sources/make_descriptors.py ../shared/data/tg43
The CSVs' comment lines carry Lambda, L and the citation; they are copied into the descriptors."""
import csv, json, pathlib, re, sys

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/tg43")
out = pathlib.Path("bundles/org.opensabt.dose.tg43/sources")

def table(name):
    lines = (src / name).read_text().splitlines()
    comment = " ".join(l.lstrip("# ").strip() for l in lines if l.startswith("#"))
    rows = list(csv.reader(l for l in lines if not l.startswith("#")))
    return comment, rows[0], [[float(v) for v in r] for r in rows[1:]]

SEEDS = [
    # file stem, name, aliases, manufacturer
    ("i125_6711", "I-125 model 6711", ["6711", "CIAE-6711", "OncoSeed 6711"], "GE Healthcare/Oncura; CIAE-6711 (China Isotope & Radiation Corp.) is of the same design"),
    ("i125_best2301", "I-125 Best 2301", ["2301", "Best 2301"], "Best Medical International"),
    ("i125_iai125a", "I-125 IsoAid IAI-125A", ["IAI-125A", "IsoAid Advantage"], "IsoAid"),
]
for stem, name, aliases, maker in SEEDS:
    rc, rh, rad = table(stem + "_radial.csv")
    ac, ah, ani = table(stem + "_anisotropy.csv")
    lam = float(re.search(r"Lambda = ([0-9.]+)", rc).group(1))
    length_cm = float(re.search(r"L = ([0-9.]+) cm", rc).group(1))
    d = {
        "name": name,
        "aliases": aliases,
        "isotope": "I-125",
        "lambda_cGy_per_h_per_U": lam,
        "active_length_cm": length_cm,
        "half_life_days": 59.40,
        # TG-43U1 (Rivard 2004, sec. III.B) recommends 1.270 U/mCi for all I-125 seeds.
        "U_per_mCi": 1.270,
        "radial_dose_function": {"r_cm": [r[0] for r in rad], "gL": [r[1] for r in rad]},
        "anisotropy_function": {
            "r_cm": [float(h.lstrip("r")) for h in ah[1:]],
            "theta_deg": [r[0] for r in ani],
            "F": [r[1:] for r in ani],
        },
        "manufacturer": maker,
        "citation": rc,
        "anisotropy_citation": ac,
    }
    phi = src / (stem + "_phian.csv")
    if phi.exists():
        pc, ph, prow = table(phi.name)
        d["phi_an"] = {"r_cm": [r[0] for r in prow], "values": [r[1] for r in prow]}
        d["phi_an_citation"] = pc
    (out / (stem + ".json")).write_text(json.dumps(d, indent=2) + "\n")
    print("wrote", out / (stem + ".json"))
