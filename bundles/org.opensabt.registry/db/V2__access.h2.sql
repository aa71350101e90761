-- Access in the embedded H2 registry: the same roles and table privileges as PostgreSQL. H2 has no row-level
-- security: the registry's code limits a centre account to its own centre (and a file database is readable by
-- whoever can read its file; use PostgreSQL where centres share a registry).
CREATE ROLE IF NOT EXISTS opensabt_centre;
CREATE ROLE IF NOT EXISTS opensabt_analyst;
GRANT SELECT ON registry_account TO opensabt_centre;
GRANT SELECT ON registry_account TO opensabt_analyst;
GRANT SELECT ON registry_schema_history TO opensabt_centre;
GRANT SELECT ON registry_schema_history TO opensabt_analyst;
GRANT SELECT, INSERT ON submission TO opensabt_centre;
GRANT SELECT, INSERT, UPDATE, DELETE ON patient TO opensabt_centre;
GRANT SELECT, INSERT, DELETE ON follow_up TO opensabt_centre;
GRANT SELECT, INSERT, DELETE ON adverse_event TO opensabt_centre;
GRANT SELECT, INSERT ON patient_history TO opensabt_centre;
GRANT SELECT ON submission TO opensabt_analyst;
GRANT SELECT ON patient TO opensabt_analyst;
GRANT SELECT ON follow_up TO opensabt_analyst;
GRANT SELECT ON adverse_event TO opensabt_analyst;
ALTER TABLE audit_event ALTER COLUMN db_user SET DEFAULT LOWER(CURRENT_USER);
GRANT INSERT ON audit_event TO opensabt_centre;
GRANT INSERT ON audit_event TO opensabt_analyst;
