-- Comunicazione bidirezionale: requests from a position's holder or intermediary to the competent office,
-- their timeline (status changes, comments, documents asked, replies, reminders), their attachments (one
-- compressed archive per submission), the subject trees, the offices' local holidays and heads, and the
-- institute's messages to the company. Times are UTC (DATETIME(6)); *_on dates are Italian calendar days.

-- The subject trees (class, then subject), one per position kind, versioned: a new version adds new rows,
-- old requests keep pointing at the rows they were opened with. The current tree of a kind is its highest
-- version. guaranteed = 0: no guaranteed answer time ("NON SPECIFICATO" of the Ferrara protocol).
CREATE TABLE request_subject (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    position_kind VARCHAR(24)  NOT NULL,
    tree_version  INT          NOT NULL,
    code          VARCHAR(48)  NOT NULL,
    class_code    VARCHAR(24)  NOT NULL,
    class_label   VARCHAR(120) NOT NULL,
    label         VARCHAR(160) NOT NULL,
    guaranteed    BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order    INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_request_subject UNIQUE (position_kind, tree_version, code),
    KEY ix_request_subject_code (code),
    CONSTRAINT ck_request_subject_kind CHECK (position_kind IN ('PRIVATE_EMPLOYER', 'PUBLIC_ADMINISTRATION', 'SEPARATE_SCHEME'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Protocol numbers: one sequence for the whole institute, the year in front.
CREATE SEQUENCE request_protocol_seq START WITH 1 INCREMENT BY 1 CACHE 20;

-- A request (quesito). office_id: the competent office at opening (routing); contributor_id and
-- position_identifier copy the position's, for the reach filter and the Matricola search without joins.
-- is_open: 1 until closed; queue_due: the due date, or 9999-12-31 without a guaranteed time, so that the
-- office queue reads overdue first straight from ix_service_request_queue.
CREATE TABLE service_request (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    protocol            VARCHAR(24)   NOT NULL,
    position_id         BIGINT        NOT NULL,
    office_id           BIGINT        NOT NULL,
    contributor_id      BIGINT        NOT NULL,
    position_identifier VARCHAR(32)   NOT NULL,
    holder_name         VARCHAR(200)  NOT NULL,
    subject_id          BIGINT        NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    is_open             BOOLEAN       NOT NULL DEFAULT TRUE,
    awaiting_user       BOOLEAN       NOT NULL DEFAULT FALSE,
    outcome             VARCHAR(12)   NULL,
    body                TEXT          NOT NULL,
    email               VARCHAR(254)  NULL,
    mobile_phone        VARCHAR(20)   NULL,
    landline            VARCHAR(20)   NULL,
    fax                 VARCHAR(20)   NULL,
    consent_email       BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_sms         BOOLEAN       NOT NULL DEFAULT FALSE,
    opened_by           VARCHAR(255)  NOT NULL,
    opened_by_name      VARCHAR(200)  NOT NULL,
    opened_at           DATETIME(6)   NOT NULL,
    opened_on           DATE          NOT NULL,
    due_on              DATE          NULL,
    queue_due           DATE          NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    updated_on          DATE          NOT NULL,
    handled_by          VARCHAR(255)  NULL,
    handled_by_name     VARCHAR(200)  NULL,
    reminded_at         DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_service_request_protocol UNIQUE (protocol),
    KEY ix_service_request_position (position_id, opened_at, id),
    KEY ix_service_request_position_status (position_id, status, opened_at, id),
    KEY ix_service_request_office (office_id, opened_at, id),
    KEY ix_service_request_office_status (office_id, status, opened_at, id),
    KEY ix_service_request_queue (office_id, is_open, queue_due, id),
    KEY ix_service_request_identifier (position_identifier, opened_at, id),
    KEY ix_service_request_contributor (contributor_id, opened_at, id),
    KEY ix_service_request_subject (subject_id, opened_at, id),
    KEY ix_service_request_opened (opened_at, id),
    KEY ix_service_request_updated (updated_on, id),
    CONSTRAINT fk_service_request_position FOREIGN KEY (position_id) REFERENCES contribution_position (id),
    CONSTRAINT fk_service_request_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_service_request_subject FOREIGN KEY (subject_id) REFERENCES request_subject (id),
    CONSTRAINT ck_service_request_status CHECK (status IN ('OPEN', 'IN_CHARGE', 'CLOSED')),
    CONSTRAINT ck_service_request_outcome CHECK (outcome IS NULL OR outcome IN ('ACCEPTED', 'REJECTED')),
    CONSTRAINT ck_service_request_contact CHECK (email IS NOT NULL OR mobile_phone IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline of a request: every status change, comment, documents asked, user reply and reminder,
-- stamped with who (username and name, office or user side) and when. Append-only.
CREATE TABLE request_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    request_id     BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    actor_username VARCHAR(255)  NOT NULL,
    actor_name     VARCHAR(200)  NOT NULL,
    office_side    BOOLEAN       NOT NULL,
    status_after   VARCHAR(12)   NOT NULL,
    outcome        VARCHAR(12)   NULL,
    body           TEXT          NULL,
    PRIMARY KEY (id),
    KEY ix_request_event_request (request_id, occurred_at, id),
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT ck_request_event_kind CHECK (kind IN ('OPENED', 'TAKEN_IN_CHARGE', 'COMMENT', 'DOCUMENTS_ASKED',
        'USER_REPLY', 'REMINDER', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The files of one submission (the opening or a reply), stored together as one zip archive.
CREATE TABLE request_archive (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    event_id    BIGINT       NOT NULL,
    file_name   VARCHAR(120) NOT NULL,
    byte_size   BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_request_archive_request (request_id, id),
    CONSTRAINT fk_request_archive_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_request_archive_event FOREIGN KEY (event_id) REFERENCES request_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One file inside an archive: its safe stored name, the name the user gave, the detected type and size.
CREATE TABLE request_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    archive_id    BIGINT       NOT NULL,
    stored_name   VARCHAR(100) NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type  VARCHAR(120) NOT NULL,
    byte_size     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_request_attachment_archive (archive_id),
    CONSTRAINT fk_request_attachment_archive FOREIGN KEY (archive_id) REFERENCES request_archive (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Local holidays (the patron saint of an office's city) on top of the national ones: every year on
-- holiday_month/holiday_day, or only in holiday_year when set. office_id NULL: every office. No foreign
-- key: the offices may be loaded after this table is filled.
CREATE TABLE local_holiday (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    office_id     BIGINT       NULL,
    holiday_month TINYINT      NOT NULL,
    holiday_day   TINYINT      NOT NULL,
    holiday_year  SMALLINT     NULL,
    description   VARCHAR(120) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_local_holiday_office (office_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who a reminder (sollecito) escalates to: the head of the office (responsabile dell'Agenzia flussi).
CREATE TABLE office_head (
    office_id BIGINT       NOT NULL,
    username  VARCHAR(255) NULL,
    name      VARCHAR(200) NOT NULL,
    email     VARCHAR(254) NOT NULL,
    PRIMARY KEY (office_id),
    CONSTRAINT fk_office_head_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages from the institute to a position's holder ("comunicazioni irregolarità"); read_at NULL: unread.
CREATE TABLE institute_message (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    position_id BIGINT       NOT NULL,
    sent_at     DATETIME(6)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    read_at     DATETIME(6)  NULL,
    read_by     VARCHAR(255) NULL,
    PRIMARY KEY (id),
    KEY ix_institute_message_position (position_id, sent_at, id),
    CONSTRAINT fk_institute_message_position FOREIGN KEY (position_id) REFERENCES contribution_position (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
