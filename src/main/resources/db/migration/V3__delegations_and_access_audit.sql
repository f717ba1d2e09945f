-- Who may act on which position: office staff, intermediaries' firms and staff, delegations,
-- sub-delegations and entity-employee delegations; and the append-only audit of every access decision.
-- People are identified by Keycloak username and fiscal code together.

CREATE TABLE office_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    office_id   BIGINT       NOT NULL,
    username    VARCHAR(255) NOT NULL,
    fiscal_code CHAR(16)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_office_member UNIQUE (username, office_id),
    CONSTRAINT fk_office_member_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An intermediary's firm (studio): labour consultant, accountant, lawyer, trade association.
CREATE TABLE intermediary_firm (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    fiscal_code VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_intermediary_firm_fiscal_code UNIQUE (fiscal_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- member_role: OWNER (the intermediary who receives delegations) or STAFF (receives sub-delegations).
CREATE TABLE firm_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    firm_id     BIGINT       NOT NULL,
    username    VARCHAR(255) NOT NULL,
    fiscal_code CHAR(16)     NOT NULL,
    member_role VARCHAR(8)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_firm_member UNIQUE (username, firm_id),
    CONSTRAINT fk_firm_member_firm FOREIGN KEY (firm_id) REFERENCES intermediary_firm (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A delegation of a position to an intermediary. valid_to NULL: open-ended.
CREATE TABLE delegation (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    position_id              BIGINT       NOT NULL,
    firm_id                  BIGINT       NOT NULL,
    intermediary_username    VARCHAR(255) NOT NULL,
    intermediary_fiscal_code CHAR(16)     NOT NULL,
    scope                    VARCHAR(16)  NOT NULL,
    valid_from               DATE         NOT NULL,
    valid_to                 DATE         NULL,
    status                   VARCHAR(12)  NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_delegation_intermediary (intermediary_username, status, position_id),
    KEY ix_delegation_position (position_id, intermediary_username),
    CONSTRAINT fk_delegation_position FOREIGN KEY (position_id) REFERENCES contribution_position (id),
    CONSTRAINT fk_delegation_firm FOREIGN KEY (firm_id) REFERENCES intermediary_firm (id),
    CONSTRAINT ck_delegation_scope CHECK (scope IN ('READ_ONLY', 'READ_AND_SEND')),
    CONSTRAINT ck_delegation_status CHECK (status IN ('REQUESTED', 'ACTIVE', 'EXPIRED', 'REVOKED', 'LOCKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A sub-delegation of a delegation, by the intermediary to a member of its staff.
CREATE TABLE sub_delegation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    delegation_id     BIGINT       NOT NULL,
    staff_username    VARCHAR(255) NOT NULL,
    staff_fiscal_code CHAR(16)     NOT NULL,
    scope             VARCHAR(16)  NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE         NULL,
    status            VARCHAR(12)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_sub_delegation_staff (staff_username, status, delegation_id),
    KEY ix_sub_delegation_delegation (delegation_id),
    CONSTRAINT fk_sub_delegation_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id),
    CONSTRAINT ck_sub_delegation_scope CHECK (scope IN ('READ_ONLY', 'READ_AND_SEND')),
    CONSTRAINT ck_sub_delegation_status CHECK (status IN ('REQUESTED', 'ACTIVE', 'EXPIRED', 'REVOKED', 'LOCKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An employer's or entity's own employee delegated on all of the contributor's positions.
CREATE TABLE employee_delegation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    contributor_id       BIGINT       NOT NULL,
    employee_username    VARCHAR(255) NOT NULL,
    employee_fiscal_code CHAR(16)     NOT NULL,
    scope                VARCHAR(16)  NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_to             DATE         NULL,
    status               VARCHAR(12)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_employee_delegation_employee (employee_username, status, contributor_id),
    KEY ix_employee_delegation_contributor (contributor_id),
    CONSTRAINT fk_employee_delegation_contributor FOREIGN KEY (contributor_id) REFERENCES contributor (id),
    CONSTRAINT ck_employee_delegation_scope CHECK (scope IN ('READ_ONLY', 'READ_AND_SEND')),
    CONSTRAINT ck_employee_delegation_status CHECK (status IN ('REQUESTED', 'ACTIVE', 'EXPIRED', 'REVOKED', 'LOCKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every position access decision, granted or denied. Append-only: the application only inserts here
-- (it.cassetto.shared.security.AccessAuditTrail). position_id has no foreign key on purpose: attempts on
-- positions that do not exist are recorded too. occurred_at is UTC.
CREATE TABLE position_access_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)  NOT NULL,
    username    VARCHAR(255) NOT NULL,
    fiscal_code VARCHAR(16)  NULL,
    acting_role VARCHAR(32)  NULL,
    position_id BIGINT       NOT NULL,
    section     VARCHAR(32)  NOT NULL,
    action      VARCHAR(8)   NOT NULL,
    outcome     VARCHAR(8)   NOT NULL,
    reason      VARCHAR(32)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_access_audit_position (position_id, occurred_at),
    KEY ix_access_audit_user (username, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
