-- OpenSABT registry schema, version 1 (H2 2.x and PostgreSQL 15: the same SQL).
CREATE TABLE registry_account (
  db_user VARCHAR(63) PRIMARY KEY,
  account_role VARCHAR(16) NOT NULL CHECK (account_role IN ('centre', 'analyst')),
  centre VARCHAR(32),
  CHECK ((account_role = 'centre') = (centre IS NOT NULL))
);
CREATE TABLE submission (
  submission_id CHAR(64) PRIMARY KEY,
  centre VARCHAR(32) NOT NULL,
  received_by VARCHAR(63) NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  patients INTEGER NOT NULL,
  -- a keyed hash of the centre's site key: every submission of a centre must come with the same, or its pseudonyms would not match
  key_fingerprint VARCHAR(16) NOT NULL
);
CREATE TABLE patient (
  centre VARCHAR(32) NOT NULL,
  pseudonym VARCHAR(32) NOT NULL,
  revision INTEGER NOT NULL,
  record_sha256 CHAR(64) NOT NULL,
  submission_id CHAR(64) NOT NULL REFERENCES submission (submission_id),
  age_band VARCHAR(8),
  sex VARCHAR(1),
  location VARCHAR(64),
  pathology VARCHAR(64),
  grade VARCHAR(2),
  target VARCHAR(64),
  tumour_size_cm DOUBLE PRECISION,
  gtv_cc DOUBLE PRECISION,
  rx_gy DOUBLE PRECISION,
  d90_planned_gy DOUBLE PRECISION,
  v100_planned_pct DOUBLE PRECISION,
  v150_planned_pct DOUBLE PRECISION,
  d90_post_gy DOUBLE PRECISION,
  v100_post_pct DOUBLE PRECISION,
  v150_post_pct DOUBLE PRECISION,
  seeds INTEGER,
  needles INTEGER,
  seed_strength_u DOUBLE PRECISION,
  seed_activity_mci DOUBLE PRECISION,
  method VARCHAR(16),
  last_follow_up_months DOUBLE PRECISION NOT NULL,
  record_json VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (centre, pseudonym)
);
CREATE TABLE follow_up (
  centre VARCHAR(32) NOT NULL,
  pseudonym VARCHAR(32) NOT NULL,
  visit INTEGER NOT NULL,
  months_since_implant DOUBLE PRECISION NOT NULL,
  response VARCHAR(2),
  local_progression BOOLEAN NOT NULL,
  local_control_assessed BOOLEAN NOT NULL,
  death BOOLEAN NOT NULL,
  kps_before INTEGER,
  kps_after INTEGER,
  pain_nrs_before INTEGER,
  pain_nrs_after INTEGER,
  PRIMARY KEY (centre, pseudonym, visit),
  FOREIGN KEY (centre, pseudonym) REFERENCES patient (centre, pseudonym) ON DELETE CASCADE
);
CREATE TABLE adverse_event (
  centre VARCHAR(32) NOT NULL,
  pseudonym VARCHAR(32) NOT NULL,
  visit INTEGER NOT NULL,
  category VARCHAR(64),
  term VARCHAR(64) NOT NULL,
  ctcae_grade INTEGER NOT NULL CHECK (ctcae_grade BETWEEN 1 AND 5),
  FOREIGN KEY (centre, pseudonym, visit) REFERENCES follow_up (centre, pseudonym, visit) ON DELETE CASCADE
);
CREATE INDEX adverse_event_visit ON adverse_event (centre, pseudonym, visit);
-- every earlier version of a patient's record, replaced by a newer follow-up
CREATE TABLE patient_history (
  centre VARCHAR(32) NOT NULL,
  pseudonym VARCHAR(32) NOT NULL,
  revision INTEGER NOT NULL,
  submission_id CHAR(64) NOT NULL,
  replaced_by CHAR(64) NOT NULL,
  replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
  record_json VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (centre, pseudonym, revision)
);
-- who and when come from the database (defaults); accounts may insert only action, centre and detail
CREATE TABLE audit_event (
  event_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  db_user VARCHAR(63) NOT NULL,
  action VARCHAR(32) NOT NULL,
  centre VARCHAR(32),
  detail VARCHAR(4000)
);
