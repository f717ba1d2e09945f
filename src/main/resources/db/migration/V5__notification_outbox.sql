-- The transactional outbox of notifications (e-mail, PEC, SMS): a row is written in the same transaction as
-- the change it announces and delivered afterwards by it.cassetto.notification.internal.OutboxWorker.
-- next_attempt_at is the time of the next attempt while PENDING, and the end of the worker's lease while
-- SENDING, so that one index finds every row due (a crashed node's rows come back when the lease ends).
CREATE TABLE notification_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    dedup_key       VARCHAR(190)  NOT NULL,
    channel         VARCHAR(8)    NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(500)  NULL,
    body            MEDIUMTEXT    NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(64)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_dedup UNIQUE (dedup_key),
    KEY ix_notification_due (status, next_attempt_at),
    CONSTRAINT ck_notification_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_notification_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_attachment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    notification_id BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    content_type    VARCHAR(255) NOT NULL,
    content         LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_notification_attachment (notification_id),
    CONSTRAINT fk_notification_attachment FOREIGN KEY (notification_id) REFERENCES notification_outbox (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
