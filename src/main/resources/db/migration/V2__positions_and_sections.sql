-- Contribution positions, the offices competent for them, their holders (soggetti contribuenti) and the
-- sections of the Cassetto (payments, notes, plans, declarations). Every section table is read by
-- position: its indexes start with position_id followed by the sort column and id, so that the first
-- page of any sort is an index range scan (and keyset paging stays possible).
-- Ids are assigned by the application's data loaders as well as by AUTO_INCREMENT.

CREATE TABLE office (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(8)   NOT NULL,
    name          VARCHAR(120) NOT NULL,
    province_code CHAR(2)      NOT NULL,
    city          VARCHAR(80)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_office_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Territorial competence: each province belongs to exactly one office.
CREATE TABLE office_province (
    province_code CHAR(2)     NOT NULL,
    province_name VARCHAR(60) NOT NULL,
    office_id     BIGINT      NOT NULL,
    PRIMARY KEY (province_code),
    KEY ix_office_province_office (office_id),
    CONSTRAINT fk_office_province_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A contributor (soggetto contribuente): company, public entity or Gestione separata committente.
CREATE TABLE contributor (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    fiscal_code           VARCHAR(16)  NOT NULL,
    vat_number            CHAR(11)     NULL,
    name                  VARCHAR(200) NOT NULL,
    legal_form            VARCHAR(40)  NOT NULL,
    street                VARCHAR(120) NOT NULL,
    postal_code           CHAR(5)      NOT NULL,
    city                  VARCHAR(80)  NOT NULL,
    province_code         CHAR(2)      NOT NULL,
    pec                   VARCHAR(254) NULL,
    legal_rep_fiscal_code CHAR(16)     NOT NULL,
    legal_rep_name        VARCHAR(120) NOT NULL,
    phone                 VARCHAR(20)  NULL,
    email                 VARCHAR(254) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_contributor_fiscal_code UNIQUE (fiscal_code),
    KEY ix_contributor_legal_rep (legal_rep_fiscal_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A contribution position. kind: PRIVATE_EMPLOYER (matricola, CSC, codici di autorizzazione),
-- PUBLIC_ADMINISTRATION (Gestione dipendenti pubblici: fiscal code + progressivo), SEPARATE_SCHEME
-- (Gestione separata committente). holder_name and holder_fiscal_code copy the contributor's, for Ricerca.
CREATE TABLE contribution_position (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(24)  NOT NULL,
    contributor_id      BIGINT       NOT NULL,
    office_id           BIGINT       NOT NULL,
    matricola           CHAR(10)     NULL,
    progressivo         SMALLINT     NULL,
    csc                 CHAR(5)      NULL,
    authorization_codes VARCHAR(64)  NULL,
    ateco_code          VARCHAR(8)   NULL,
    classification      VARCHAR(200) NULL,
    employees           INT          NOT NULL DEFAULT 0,
    status              VARCHAR(12)  NOT NULL,
    status_since        DATE         NOT NULL,
    opened_on           DATE         NOT NULL,
    ceased_on           DATE         NULL,
    holder_name         VARCHAR(200) NOT NULL,
    holder_fiscal_code  VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_position_matricola UNIQUE (matricola),
    CONSTRAINT uk_position_fiscal_code_progressivo UNIQUE (holder_fiscal_code, kind, progressivo),
    KEY ix_position_name (holder_name, id),
    KEY ix_position_office_name (office_id, holder_name, id),
    KEY ix_position_contributor (contributor_id),
    CONSTRAINT fk_position_contributor FOREIGN KEY (contributor_id) REFERENCES contributor (id),
    CONSTRAINT fk_position_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_position_kind CHECK (kind IN ('PRIVATE_EMPLOYER', 'PUBLIC_ADMINISTRATION', 'SEPARATE_SCHEME')),
    CONSTRAINT ck_position_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CEASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Payments (versamenti): F24 (tax_code is the causale contributo) or Banca d'Italia for public entities.
-- competence_month is the period (month of competence), stored as its first day.
CREATE TABLE payment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    position_id  BIGINT        NOT NULL,
    payment_date DATE          NOT NULL,
    channel      VARCHAR(12)   NOT NULL,
    tax_code     VARCHAR(8)    NOT NULL,
    competence_month DATE      NOT NULL,
    amount       DECIMAL(15,2) NOT NULL,
    bank         VARCHAR(120)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_payment_position_date (position_id, payment_date, id),
    KEY ix_payment_position_period (position_id, competence_month, id),
    KEY ix_payment_position_amount (position_id, amount, id),
    CONSTRAINT fk_payment_position FOREIGN KEY (position_id) REFERENCES contribution_position (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Note di rettifica: the institute's corrections of a period's contributions.
CREATE TABLE adjustment_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    position_id BIGINT        NOT NULL,
    note_number VARCHAR(20)   NOT NULL,
    competence_month DATE     NOT NULL,
    issue_date  DATE          NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    reason      VARCHAR(200)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_adjustment_note_position_issue (position_id, issue_date, id),
    KEY ix_adjustment_note_position_period (position_id, competence_month, id),
    KEY ix_adjustment_note_position_amount (position_id, amount, id),
    CONSTRAINT fk_adjustment_note_position FOREIGN KEY (position_id) REFERENCES contribution_position (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Piani di ammortamento (pension benefits, TFS) and their instalments.
CREATE TABLE amortisation_plan (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    position_id       BIGINT        NOT NULL,
    plan_number       VARCHAR(20)   NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    competence_month  DATE          NOT NULL,
    issue_date        DATE          NOT NULL,
    amount            DECIMAL(15,2) NOT NULL,
    instalment_count  INT           NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_amortisation_plan_position_issue (position_id, issue_date, id),
    KEY ix_amortisation_plan_position_period (position_id, competence_month, id),
    KEY ix_amortisation_plan_position_amount (position_id, amount, id),
    CONSTRAINT fk_amortisation_plan_position FOREIGN KEY (position_id) REFERENCES contribution_position (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE amortisation_instalment (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id   BIGINT        NOT NULL,
    instalment_number INT   NOT NULL,
    due_date  DATE          NOT NULL,
    amount    DECIMAL(15,2) NOT NULL,
    paid_on   DATE          NULL,
    status    VARCHAR(12)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_amortisation_instalment UNIQUE (plan_id, instalment_number),
    CONSTRAINT fk_amortisation_instalment_plan FOREIGN KEY (plan_id) REFERENCES amortisation_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Declarations: DMA (public entities, before 2020), UniEmens ListaPosPA, UniEmens (private employers).
CREATE TABLE declaration (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    position_id  BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    competence_month DATE      NOT NULL,
    submitted_on DATE          NOT NULL,
    protocol     VARCHAR(24)   NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    amount       DECIMAL(15,2) NOT NULL,
    error_count  INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_declaration_position_submitted (position_id, submitted_on, id),
    KEY ix_declaration_position_period (position_id, competence_month, id),
    KEY ix_declaration_position_amount (position_id, amount, id),
    KEY ix_declaration_position_status (position_id, status, competence_month),
    CONSTRAINT fk_declaration_position FOREIGN KEY (position_id) REFERENCES contribution_position (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE declaration_error (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    declaration_id BIGINT       NOT NULL,
    code           VARCHAR(12)  NOT NULL,
    severity       VARCHAR(10)  NOT NULL,
    field          VARCHAR(64)  NOT NULL,
    description    VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_declaration_error_declaration (declaration_id, id),
    CONSTRAINT fk_declaration_error_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Note di debito: sistemazioni and regolarizzazioni contributive. amount is due, paid_amount paid so far.
CREATE TABLE debit_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    position_id BIGINT        NOT NULL,
    note_number VARCHAR(20)   NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    competence_month DATE     NOT NULL,
    issue_date  DATE          NOT NULL,
    due_date    DATE          NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    paid_amount DECIMAL(15,2) NOT NULL DEFAULT 0,
    status      VARCHAR(12)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_debit_note_position_issue (position_id, issue_date, id),
    KEY ix_debit_note_position_period (position_id, competence_month, id),
    KEY ix_debit_note_position_amount (position_id, amount, id),
    KEY ix_debit_note_position_status (position_id, status),
    CONSTRAINT fk_debit_note_position FOREIGN KEY (position_id) REFERENCES contribution_position (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Note di debito ECA (gestione contributiva): contribution due plus the sanctions computed on it.
CREATE TABLE eca_debit_note (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    position_id     BIGINT        NOT NULL,
    note_number     VARCHAR(20)   NOT NULL,
    competence_month DATE         NOT NULL,
    issue_date      DATE          NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    sanction_amount DECIMAL(15,2) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_eca_debit_note_position_issue (position_id, issue_date, id),
    KEY ix_eca_debit_note_position_period (position_id, competence_month, id),
    KEY ix_eca_debit_note_position_amount (position_id, amount, id),
    CONSTRAINT fk_eca_debit_note_position FOREIGN KEY (position_id) REFERENCES contribution_position (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
