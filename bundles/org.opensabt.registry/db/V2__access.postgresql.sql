-- Access in PostgreSQL: group roles, table privileges and row-level security. A centre account (a login role in
-- opensabt_centre, listed in registry_account with its centre) reads and writes only its own centre's rows; an
-- analyst account (in opensabt_analyst) reads the pooled rows; both may only add to the audit trail. The registry's
-- owner (who ran init) bypasses the policies as the tables' owner.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'opensabt_centre') THEN CREATE ROLE opensabt_centre NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'opensabt_analyst') THEN CREATE ROLE opensabt_analyst NOLOGIN; END IF;
END $$;
REVOKE ALL ON registry_account, submission, patient, follow_up, adverse_event, patient_history, audit_event FROM PUBLIC;
GRANT SELECT ON registry_account, registry_schema_history TO opensabt_centre, opensabt_analyst;
GRANT SELECT, INSERT ON submission TO opensabt_centre;
-- a record is replaced (its old version to patient_history), never changed in place; UPDATE of one column only, as
-- SELECT … FOR UPDATE (the submission's row locks) needs it
GRANT SELECT, INSERT, DELETE ON patient TO opensabt_centre;
GRANT UPDATE (revision) ON patient TO opensabt_centre;
GRANT SELECT, INSERT, DELETE ON follow_up, adverse_event TO opensabt_centre;
GRANT SELECT, INSERT ON patient_history TO opensabt_centre;
GRANT SELECT ON submission, patient, follow_up, adverse_event TO opensabt_analyst;
ALTER TABLE audit_event ALTER COLUMN db_user SET DEFAULT current_user;
GRANT INSERT (action, centre, detail) ON audit_event TO opensabt_centre, opensabt_analyst;
DO $$ BEGIN
  EXECUTE format('GRANT USAGE ON SEQUENCE %s TO opensabt_centre, opensabt_analyst', pg_get_serial_sequence('audit_event', 'event_id'));
  -- no temporary tables (one named registry_account would otherwise come first in the search path)
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;
-- schema-qualified and with a fixed search path: a session cannot put its own registry_account in front
CREATE FUNCTION registry_own_centre() RETURNS VARCHAR LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS
  $$ SELECT centre FROM public.registry_account WHERE db_user = current_user AND account_role = 'centre' $$;
-- what a centre's own SQL could write is held to the submission format's codes, as the registry's code checks them
ALTER TABLE patient ADD CONSTRAINT patient_pseudonym CHECK (pseudonym ~ '^OPENSABT-[0-9A-V]{10}$');
ALTER TABLE patient ADD CONSTRAINT patient_codes CHECK ((location IS NULL OR location ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$')
  AND (pathology IS NULL OR pathology ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$') AND (target IS NULL OR target ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$')
  AND (age_band IS NULL OR age_band ~ '^([0-8]?[05]-[0-8]?[49]|90\+)$'));
ALTER TABLE submission ENABLE ROW LEVEL SECURITY;
ALTER TABLE patient ENABLE ROW LEVEL SECURITY;
ALTER TABLE follow_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE adverse_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE patient_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_centre ON submission TO opensabt_centre USING (centre = registry_own_centre()) WITH CHECK (centre = registry_own_centre());
CREATE POLICY own_centre ON patient TO opensabt_centre USING (centre = registry_own_centre()) WITH CHECK (centre = registry_own_centre());
CREATE POLICY own_centre ON follow_up TO opensabt_centre USING (centre = registry_own_centre()) WITH CHECK (centre = registry_own_centre());
CREATE POLICY own_centre ON adverse_event TO opensabt_centre USING (centre = registry_own_centre()) WITH CHECK (centre = registry_own_centre());
CREATE POLICY own_centre ON patient_history TO opensabt_centre USING (centre = registry_own_centre()) WITH CHECK (centre = registry_own_centre());
CREATE POLICY pooled ON submission FOR SELECT TO opensabt_analyst USING (true);
CREATE POLICY pooled ON patient FOR SELECT TO opensabt_analyst USING (true);
CREATE POLICY pooled ON follow_up FOR SELECT TO opensabt_analyst USING (true);
CREATE POLICY pooled ON adverse_event FOR SELECT TO opensabt_analyst USING (true);
-- the audit trail: anyone may add their own events, only the owner reads them
CREATE POLICY add_own ON audit_event FOR INSERT TO opensabt_centre, opensabt_analyst WITH CHECK (db_user = current_user);
