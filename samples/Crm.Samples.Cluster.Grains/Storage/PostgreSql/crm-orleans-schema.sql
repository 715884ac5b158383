-- The cluster sample's PostgreSQL schema for Orleans' ADO.NET clustering and persistence providers (10.4.2).
-- Written for this sample from the providers' contract: at start-up each provider reads `SELECT QueryKey, QueryText
-- FROM OrleansQuery` and later runs the query text stored under each key, binding named parameters (@DeploymentId,
-- @Address, ..., @GrainStateVersion, @PayloadBinary) and reading result columns by name. Table layout and queries
-- are this sample's own; only the OrleansQuery table, the query keys, the parameter names and the result column
-- names are fixed by the providers. Idempotent: PostgresAdoNetStorage.EnsureSchemaAsync runs it under an advisory
-- lock before any silo starts, and re-running it updates the query texts in place.

CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey  varchar(64) PRIMARY KEY,
    QueryText text NOT NULL
);

-- Membership: one version row per cluster (the table version every membership write must match and increments) and
-- one row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS crm_cluster_version (
    cluster_id text PRIMARY KEY,
    version    integer NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS crm_cluster_silo (
    cluster_id      text NOT NULL REFERENCES crm_cluster_version (cluster_id) ON DELETE CASCADE,
    address         text NOT NULL,
    port            integer NOT NULL,
    generation      integer NOT NULL,
    silo_name       text NOT NULL,
    host_name       text NOT NULL,
    status          integer NOT NULL,          -- Orleans' SiloStatus: 3 = Active, 6 = Dead
    proxy_port      integer NOT NULL DEFAULT 0, -- the gateway port; 0 = no gateway
    suspect_times   text,                       -- "silo,time|silo,time" as the provider formats it
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (cluster_id, address, port, generation)
);

-- Grain states: one row per service, state name and grain key. The provider passes the state name as
-- @GrainTypeString and a string grain key as @GrainIdExtensionString (N0 = N1 = 0); integer and GUID keys come as
-- N0/N1 with an optional extension. The payload is the state as JSON (the sample's System.Text.Json serializer), kept
-- as jsonb so `SELECT payload->>'Snapshot'` shows the library's snapshots; NULL after a clear (the row and its
-- version stay, so a stale writer still fails). The two hashes are stored as the provider computes them.
CREATE TABLE IF NOT EXISTS crm_orleans_grain_state (
    service_id  text NOT NULL,
    state_name  text NOT NULL,
    key_n0      bigint NOT NULL,
    key_n1      bigint NOT NULL,
    key_text    text NOT NULL,
    key_hash    integer NOT NULL,
    state_hash  integer NOT NULL,
    version     integer NOT NULL,
    payload     jsonb,
    modified_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, state_name, key_n0, key_n1, key_text)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Clustering. A membership write (insert or update of a silo row) succeeds only if @Version is the cluster's
-- current table version, and increments it in the same statement: the version row is locked by the UPDATE, so of
-- two writers that read the same version exactly one wins (the other's UPDATE re-checks the version after the
-- first commits and matches nothing). Each returns one boolean: true = written.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO crm_cluster_version (cluster_id) VALUES (@DeploymentId)
    ON CONFLICT (cluster_id) DO NOTHING
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM created)
$q$),

('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE crm_cluster_version v
    SET version = v.version + 1, changed_at = now()
    WHERE v.cluster_id = @DeploymentId AND v.version = @Version
      AND NOT EXISTS (SELECT 1 FROM crm_cluster_silo s
                      WHERE s.cluster_id = v.cluster_id AND s.address = @Address AND s.port = @Port AND s.generation = @Generation)
    RETURNING v.cluster_id),
inserted AS (
    INSERT INTO crm_cluster_silo (cluster_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    SELECT b.cluster_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, COALESCE(@ProxyPort, 0), @StartTime, @IAmAliveTime
    FROM bumped b
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM inserted)
$q$),

('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE crm_cluster_version v
    SET version = v.version + 1, changed_at = now()
    WHERE v.cluster_id = @DeploymentId AND v.version = @Version
      AND EXISTS (SELECT 1 FROM crm_cluster_silo s
                  WHERE s.cluster_id = v.cluster_id AND s.address = @Address AND s.port = @Port AND s.generation = @Generation)
    RETURNING v.cluster_id),
updated AS (
    UPDATE crm_cluster_silo s
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM bumped b
    WHERE s.cluster_id = b.cluster_id AND s.address = @Address AND s.port = @Port AND s.generation = @Generation
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM updated)
$q$),

-- The heartbeat: no version check and no version change (Orleans' contract: it never conflicts).
('UpdateIAmAlivetimeKey', $q$
UPDATE crm_cluster_silo SET i_am_alive_time = @IAmAliveTime
WHERE cluster_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),

-- Reads return the version row joined to the silo rows (one row with NULL silo columns when there are none): one
-- statement, so the version and the rows come from one snapshot.
('MembershipReadAllKey', $q$
SELECT v.version AS "Version", s.address AS "Address", s.port AS "Port", s.generation AS "Generation",
       s.silo_name AS "SiloName", s.host_name AS "HostName", s.status AS "Status", s.proxy_port AS "ProxyPort",
       s.suspect_times AS "SuspectTimes", s.start_time AS "StartTime", s.i_am_alive_time AS "IAmAliveTime"
FROM crm_cluster_version v
LEFT JOIN crm_cluster_silo s ON s.cluster_id = v.cluster_id
WHERE v.cluster_id = @DeploymentId
$q$),

('MembershipReadRowKey', $q$
SELECT v.version AS "Version", s.address AS "Address", s.port AS "Port", s.generation AS "Generation",
       s.silo_name AS "SiloName", s.host_name AS "HostName", s.status AS "Status", s.proxy_port AS "ProxyPort",
       s.suspect_times AS "SuspectTimes", s.start_time AS "StartTime", s.i_am_alive_time AS "IAmAliveTime"
FROM crm_cluster_version v
LEFT JOIN crm_cluster_silo s
       ON s.cluster_id = v.cluster_id AND s.address = @Address AND s.port = @Port AND s.generation = @Generation
WHERE v.cluster_id = @DeploymentId
$q$),

-- The client's gateway list: active silos with a gateway port (@Status is Active).
('GatewaysQueryKey', $q$
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
FROM crm_cluster_silo
WHERE cluster_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM crm_cluster_version WHERE cluster_id = @DeploymentId
$q$),

-- Rows of dead silos not heard from since @IAmAliveTime (live rows are never removed here).
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM crm_cluster_silo
WHERE cluster_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime
$q$),

-- Persistence. @GrainStateVersion is the version the grain read (NULL: it read no row). A write inserts version 1
-- when there is no row, else updates the row whose version matches; it returns the new version, or NULL when
-- nothing was written (another activation got there first): the provider turns NULL into InconsistentStateException.
('ReadFromStorageKey', $q$
SELECT convert_to(payload::text, 'UTF8') AS "PayloadBinary", version AS "Version"
FROM crm_orleans_grain_state
WHERE service_id = @ServiceId AND state_name = @GrainTypeString
  AND key_n0 = @GrainIdN0 AND key_n1 = @GrainIdN1 AND key_text = COALESCE(@GrainIdExtensionString, '')
  AND key_hash = @GrainIdHash AND state_hash = @GrainTypeHash
$q$),

('WriteToStorageKey', $q$
WITH inserted AS (
    INSERT INTO crm_orleans_grain_state (service_id, state_name, key_n0, key_n1, key_text, key_hash, state_hash, version, payload)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''),
           @GrainIdHash, @GrainTypeHash, 1, convert_from(@PayloadBinary, 'UTF8')::jsonb
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT (service_id, state_name, key_n0, key_n1, key_text) DO NOTHING
    RETURNING version),
updated AS (
    UPDATE crm_orleans_grain_state
    SET version = version + 1, payload = convert_from(@PayloadBinary, 'UTF8')::jsonb, modified_at = now()
    WHERE service_id = @ServiceId AND state_name = @GrainTypeString
      AND key_n0 = @GrainIdN0 AND key_n1 = @GrainIdN1 AND key_text = COALESCE(@GrainIdExtensionString, '')
      AND key_hash = @GrainIdHash AND state_hash = @GrainTypeHash
      AND version = @GrainStateVersion
    RETURNING version)
SELECT (SELECT version FROM inserted UNION ALL SELECT version FROM updated LIMIT 1) AS "NewGrainStateVersion"
$q$),

-- A clear keeps the row (payload NULL) and increments its version, under the same check as a write.
('ClearStorageKey', $q$
WITH cleared AS (
    UPDATE crm_orleans_grain_state
    SET version = version + 1, payload = NULL, modified_at = now()
    WHERE service_id = @ServiceId AND state_name = @GrainTypeString
      AND key_n0 = @GrainIdN0 AND key_n1 = @GrainIdN1 AND key_text = COALESCE(@GrainIdExtensionString, '')
      AND key_hash = @GrainIdHash AND state_hash = @GrainTypeHash
      AND version = @GrainStateVersion
    RETURNING version)
SELECT (SELECT version FROM cleared) AS "NewGrainStateVersion"
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
