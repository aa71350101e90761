#!/usr/bin/env python3
"""Writes demo-data/cohorts/sabt_synthetic_120.adverse_events.csv: SYNTHETIC adverse events
(patient_id, category, term, CTCAE grade) for the synthetic 120-patient cohort, so that the outcome
analysis has a Table 2 to show. Not patient data. Fixed seed: the file is reproducible."""
import csv, os, random

here = os.path.dirname(os.path.abspath(__file__))
cohort = os.path.join(here, "..", "..", "demo-data", "cohorts", "sabt_synthetic_120.csv")
out = os.path.join(here, "..", "..", "demo-data", "cohorts", "sabt_synthetic_120.adverse_events.csv")
terms = [  # category, term, probability per patient, grade weights for 1..4
    ("procedure", "puncture-site pain", 0.30, [70, 28, 2, 0]),
    ("procedure", "haemorrhage", 0.08, [60, 30, 10, 0]),
    ("procedure", "pneumothorax", 0.05, [40, 40, 20, 0]),
    ("procedure", "seed migration", 0.04, [100, 0, 0, 0]),
    ("radiation", "radiation dermatitis", 0.12, [65, 30, 5, 0]),
    ("radiation", "nerve injury", 0.03, [30, 50, 20, 0]),
    ("systemic", "fever", 0.10, [80, 20, 0, 0]),
    ("systemic", "fatigue", 0.15, [75, 25, 0, 0]),
    ("systemic", "nausea", 0.06, [85, 15, 0, 0]),
]
random.seed(20261127)
patients = [row["patient_id"] for row in csv.DictReader(open(cohort))]
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["patient_id", "category", "term", "grade"])
    for p in patients:
        for category, term, prob, weights in terms:
            if random.random() < prob:
                w.writerow([p, category, term, random.choices([1, 2, 3, 4], weights)[0]])
print(out)
