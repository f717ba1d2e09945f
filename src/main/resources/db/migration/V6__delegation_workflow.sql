-- The delegation life cycle (circolare 34/2023, 2 b): request with a one-time code sent to the entity's PEC,
-- activation by the intermediary, renewal, revocation, sub-delegation and employees' delegations, each step
-- recorded in delegation_event. The code is stored only as a salted PBKDF2 hash.

ALTER TABLE intermediary_firm
    ADD COLUMN email VARCHAR(254) NULL;

ALTER TABLE delegation
    ADD COLUMN requested_at     DATETIME(6)  NULL,
    ADD COLUMN activated_at     DATETIME(6)  NULL,
    ADD COLUMN declared_signed  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN revoked_at       DATETIME(6)  NULL,
    ADD COLUMN revoked_by       VARCHAR(255) NULL,
    ADD COLUMN renewal_of       BIGINT       NULL,
    ADD COLUMN code_hash        VARCHAR(200) NULL,
    ADD COLUMN code_expires_at  DATETIME(6)  NULL,
    ADD COLUMN code_failed_tries INT         NOT NULL DEFAULT 0,
    ADD COLUMN code_used_at     DATETIME(6)  NULL,
    ADD COLUMN code_sent_to     VARCHAR(254) NULL,
    ADD CONSTRAINT fk_delegation_renewal FOREIGN KEY (renewal_of) REFERENCES delegation (id),
    ADD KEY ix_delegation_firm (firm_id, status, position_id);

ALTER TABLE sub_delegation
    ADD COLUMN created_at DATETIME(6)  NULL,
    ADD COLUMN revoked_at DATETIME(6)  NULL,
    ADD COLUMN revoked_by VARCHAR(255) NULL;

ALTER TABLE employee_delegation
    ADD COLUMN created_at DATETIME(6)  NULL,
    ADD COLUMN revoked_at DATETIME(6)  NULL,
    ADD COLUMN revoked_by VARCHAR(255) NULL;

-- Append-only: it.cassetto.delegation.internal.DelegationEvents only inserts and reads. occurred_at is UTC.
CREATE TABLE delegation_event (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at            DATETIME(6)  NOT NULL,
    username               VARCHAR(255) NOT NULL,
    event                  VARCHAR(24)  NOT NULL,
    position_id            BIGINT       NULL,
    delegation_id          BIGINT       NULL,
    sub_delegation_id      BIGINT       NULL,
    employee_delegation_id BIGINT       NULL,
    detail                 VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_delegation_event_delegation (delegation_id, occurred_at),
    KEY ix_delegation_event_position (position_id, occurred_at),
    KEY ix_delegation_event_user (username, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
