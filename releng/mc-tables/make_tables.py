#!/usr/bin/python3
"""Photon interaction tables and seed spectra of the Monte Carlo dose engine (org.opensabt.dose.mc).

Every number comes from xraylib (Debian package python3-xraylib; Schoonjans et al., Spectrochim. Acta B 66:776-784,
2011, and 101:238-250, 2013), whose data are: photoelectric, incoherent and coherent cross sections of Kissel/Scofield
and Hubbell (EPDL97), mass energy-absorption coefficients of Hubbell & Seltzer (NISTIR 5632), incoherent scattering
functions and atomic form factors of Hubbell et al. (J. Phys. Chem. Ref. Data 4:471, 1975), tissue compositions of
the NIST material database (ICRP Publication 23 / ICRU Report 44), and the 125I decay lines of the radionuclide
database (Nucleide/LNHB). Run: releng/mc-tables/make_tables.py [OUT_DIR] (default: the bundle's data folder).
Written output is deterministic (no dates), so re-running it shows whether the committed tables are current.
"""
import json
import math
import os
import sys

import xraylib as xrl

E_MIN_KEV, E_STEP_KEV, E_COUNT = 1.0, 0.05, 981          # 1.00 .. 50.00 keV
X_STEP, X_COUNT = 0.01, 421                               # momentum transfer x = sin(theta/2)/lambda, 0 .. 4.2 / Angstrom

# Tissues of the CT calibration (TG-186 recommends at least these; Landry et al., Med Phys 38:5613, 2011).
MATERIALS = [
    ("air", "Air, Dry (near sea level)"),
    ("lung", "Lung (ICRP)"),
    ("adipose", "Adipose Tissue (ICRP)"),
    ("soft-tissue", "Tissue, Soft (ICRP)"),
    ("muscle", "Muscle, Skeletal"),
    ("cortical-bone", "Bone, Cortical (ICRP)"),
    ("water", "Water, Liquid"),
]


def material_tables(key, nist_name):
    c = xrl.GetCompoundDataNISTByName(nist_name)
    energies = [E_MIN_KEV + i * E_STEP_KEV for i in range(E_COUNT)]
    def cs(fn):
        return [float("%.6g" % sum(w * fn(z, e) for z, w in zip(c["Elements"], c["massFractions"]))) for e in energies]
    # Per gram: atoms of each element per gram / Avogadro (w/A), for the mixture's S(x) and F(x)^2.
    per_gram = [(z, w / xrl.AtomicWeight(z)) for z, w in zip(c["Elements"], c["massFractions"])]
    xs = [i * X_STEP for i in range(X_COUNT)]
    s = [float("%.6g" % sum(n * (xrl.SF_Compt(z, x) if x > 0 else 0.0) for z, n in per_gram)) for x in xs]
    f2 = [float("%.6g" % sum(n * xrl.FF_Rayl(z, x) ** 2 for z, n in per_gram)) for x in xs]
    electrons = sum(n * z for z, n in per_gram)
    return {
        "key": key,
        "nistName": nist_name,
        "nominalDensityGPerCm3": c["density"],
        "elements": [xrl.AtomicNumberToSymbol(z) for z in c["Elements"]],
        "massFractions": list(c["massFractions"]),
        "photoelectricCm2PerG": cs(xrl.CS_Photo),
        "incoherentCm2PerG": cs(xrl.CS_Compt),
        "coherentCm2PerG": cs(xrl.CS_Rayl),
        "energyAbsorptionCm2PerG": cs(xrl.CS_Energy),
        "incoherentScatteringFunctionPerG": s,
        "formFactorSquaredPerG": f2,
        "electronsPerGOverAvogadro": electrons,
    }


def titanium_transmission(e_kev, thickness_mm):
    return math.exp(-xrl.CS_Total(22, e_kev) * xrl.ElementDensity(22) * thickness_mm / 10.0)


def decay_lines_125i():
    """125I photons above 10 keV per decay (Te K x-rays and the 35.5 keV gamma); the Te L lines (< 5 keV) do not leave
    a titanium capsule."""
    r = xrl.GetRadioNuclideDataByName("125I")
    lines = [(xrl.LineEnergy(r["Z_xray"], line), p) for line, p in zip(r["XrayLines"], r["XrayIntensities"])]
    lines += list(zip(r["GammaEnergies"], r["GammaIntensities"]))
    return [(e, p) for e, p in lines if e > 10.0]


def silver_k_yield(e_kev):
    """Ag K x-rays that leave the silver surface per photon of e_kev entering it from a source on the surface
    (isotropic over the inward hemisphere), in a semi-infinite silver slab: absorption depth z = s cos(a), K
    fluorescence of the absorbed photon (Kissel's partial photoionisation, cascade included), escape of the isotropic
    fluorescence photon from depth z with probability E2(mu_K z)/2. Returns {line energy: yield}."""
    ag = 47
    rho = xrl.ElementDensity(ag)
    mu_in = xrl.CS_Total(ag, e_kev) * rho
    out = {}
    for line in (xrl.KA1_LINE, xrl.KA2_LINE, xrl.KB1_LINE, xrl.KB2_LINE, xrl.KB3_LINE):
        try:
            per_absorbed = xrl.CS_FluorLine_Kissel_Cascade(ag, line, e_kev) / xrl.CS_Total(ag, e_kev)
        except ValueError:
            continue
        e_k = xrl.LineEnergy(ag, line)
        mu_k = xrl.CS_Total(ag, e_k) * rho
        # mean escape over incidence cos(a) uniform in (0,1] and depth ~ Exp(mu_in cos a); numerical quadrature
        total, n = 0.0, 200
        for i in range(n):
            ca = (i + 0.5) / n
            # E[E2(mu_k z)/2] with z = s ca, s ~ Exp(mu_in): integrate over eta (escape direction cosine)
            # E2(t) = int_0^1 exp(-t/eta) d eta ; E_s[exp(-mu_k s ca/eta)] = mu_in/(mu_in + mu_k ca/eta)
            m = 200
            esc = sum(mu_in / (mu_in + mu_k * ca / ((j + 0.5) / m)) for j in range(m)) / m
            total += 0.5 * esc
        out[e_k] = out.get(e_k, 0.0) + per_absorbed * total / n
    return out


def seed_spectrum(name, titanium_mm, silver_rod):
    lines = {}
    for e, p in decay_lines_125i():
        # half the photons leave outward; a silver rod absorbs the inward half and fluoresces
        outward = 0.5 if silver_rod else 1.0
        lines[e] = lines.get(e, 0.0) + p * outward
        if silver_rod:
            for e_k, y in silver_k_yield(e).items():
                lines[e_k] = lines.get(e_k, 0.0) + 0.5 * p * y
    filtered = {e: p * titanium_transmission(e, titanium_mm) for e, p in lines.items()}
    total = sum(filtered.values())
    return {
        "seed": name,
        "titaniumWallMm": titanium_mm,
        "silverRod": silver_rod,
        "lines": [{"energyKeV": round(e, 4), "relativePhotons": float("%.6g" % (p / total))} for e, p in sorted(filtered.items()) if p / total >= 1e-5],
    }


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "bundles", "org.opensabt.dose.mc", "data")
    provenance = {
        "generator": "releng/mc-tables/make_tables.py",
        "xraylibVersion": xrl.__version__,
        "source": "xraylib (Debian python3-xraylib): EPDL97 cross sections, NISTIR 5632 mu_en/rho, Hubbell 1975 S(x) and F(x), NIST/ICRP tissue compositions, LNHB 125I decay data",
    }
    interactions = dict(provenance, format="opensabt-photon-interactions/1",
                        energyGrid={"minKeV": E_MIN_KEV, "stepKeV": E_STEP_KEV, "count": E_COUNT},
                        momentumTransferGrid={"stepPerAngstrom": X_STEP, "count": X_COUNT},
                        materials=[material_tables(k, n) for k, n in MATERIALS])
    spectra = dict(provenance, format="opensabt-seed-spectra/1",
                   method="125I lines above 10 keV (LNHB via xraylib); for a silver-rod seed half the photons are emitted outward"
                          " and the inward half is absorbed in the rod, whose Ag K fluorescence leaves it with the escape probability"
                          " of a semi-infinite slab; all lines filtered by the titanium wall at normal incidence",
                   spectra=[seed_spectrum("I-125 model 6711", 0.05, True),
                            seed_spectrum("I-125 IsoAid IAI-125A", 0.05, True),
                            seed_spectrum("I-125 Best 2301", 0.08, False),
                            seed_spectrum("I-125 bare decay lines", 0.0, False)])
    for name, doc in (("photon-interactions-v1.json", interactions), ("seed-spectra-v1.json", spectra)):
        with open(os.path.join(out_dir, name), "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
    for s in spectra["spectra"]:
        print(s["seed"], [(l["energyKeV"], round(l["relativePhotons"], 4)) for l in s["lines"]])


if __name__ == "__main__":
    main()
