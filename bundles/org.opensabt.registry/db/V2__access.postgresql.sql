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
GRANT SELECT, INSERT, UPDATE, DELETE ON patient TO opensabt_centre;
GRANT SELECT, INSERT, DELETE ON follow_up, adverse_event TO opensabt_centre;
GRANT SELECT, INSERT ON patient_history TO opensabt_centre;
GRANT SELECT ON submission, patient, follow_up, adverse_event TO opensabt_analyst;
GRANT INSERT ON audit_event TO opensabt_centre, opensabt_analyst;
DO $$ BEGIN
  EXECUTE format('GRANT USAGE ON SEQUENCE %s TO opensabt_centre, opensabt_analyst', pg_get_serial_sequence('audit_event', 'event_id'));
END $$;
CREATE FUNCTION registry_own_centre() RETURNS VARCHAR LANGUAGE sql STABLE AS
  $$ SELECT centre FROM registry_account WHERE db_user = current_user AND account_role = 'centre' $$;
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
