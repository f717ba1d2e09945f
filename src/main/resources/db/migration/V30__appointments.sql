-- Agenda appuntamenti (circolare 34/2023, 3.1; protocollo Ferrara, allegato 1, 3.1): the offices' calendars,
-- the slots as they get booked, and the appointments booked from a request. Slot times are Italian wall-clock
-- times (*_local), as the office's opening hours are; other times are UTC (DATETIME(6)).

-- An office's booking settings. An office without a row uses the defaults of the code
-- (AppointmentDefaults: Monday to Friday 9:00-12:30, slots of 30 minutes, 2 officers, 24 hours' notice).
CREATE TABLE appointment_calendar (
    office_id           BIGINT       NOT NULL,
    slot_minutes        INT          NOT NULL,
    capacity            INT          NOT NULL,
    cancel_notice_hours INT          NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(255) NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (office_id),
    CONSTRAINT fk_appointment_calendar_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_appointment_calendar_values CHECK (slot_minutes BETWEEN 10 AND 240 AND capacity BETWEEN 1 AND 50
        AND cancel_notice_hours BETWEEN 0 AND 240)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Opening hours: one or more intervals per ISO weekday (1 Monday .. 7 Sunday).
CREATE TABLE appointment_opening (
    id        BIGINT  NOT NULL AUTO_INCREMENT,
    office_id BIGINT  NOT NULL,
    weekday   TINYINT NOT NULL,
    opens_at  TIME    NOT NULL,
    closes_at TIME    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_appointment_opening_office (office_id, weekday, opens_at),
    CONSTRAINT fk_appointment_opening_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_appointment_opening CHECK (weekday BETWEEN 1 AND 7 AND closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Days the office takes no appointments, beyond the national and local holidays of the working-day calendar.
CREATE TABLE appointment_closed_day (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    office_id BIGINT       NOT NULL,
    closed_on DATE         NOT NULL,
    reason    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_appointment_closed_day UNIQUE (office_id, closed_on),
    CONSTRAINT fk_appointment_closed_day_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Periods without appointments (a training morning, a week of works): no slot overlapping them is offered.
CREATE TABLE appointment_blocked_period (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    office_id    BIGINT       NOT NULL,
    starts_local DATETIME     NOT NULL,
    ends_local   DATETIME     NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_appointment_blocked_office (office_id, ends_local),
    CONSTRAINT fk_appointment_blocked_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_appointment_blocked CHECK (ends_local > starts_local)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Days an open request must wait without an answer before an appointment can be booked, per subject code
-- (request_subject.code); subjects without a row use cassetto.appointments.open-days (7).
CREATE TABLE appointment_subject_rule (
    subject_code VARCHAR(48) NOT NULL,
    open_days    INT         NOT NULL,
    PRIMARY KEY (subject_code),
    CONSTRAINT ck_appointment_subject_rule CHECK (open_days BETWEEN 0 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A slot as soon as someone tries to book it: taken counts its live holds and bookings. The booking service
-- takes a place only with UPDATE ... SET taken = taken + 1 WHERE id = ? AND taken < capacity on the locked
-- row, and the CHECK refuses any write that would exceed the capacity whatever the code does.
CREATE TABLE appointment_slot (
    id           BIGINT   NOT NULL AUTO_INCREMENT,
    office_id    BIGINT   NOT NULL,
    starts_local DATETIME NOT NULL,
    ends_local   DATETIME NOT NULL,
    capacity     INT      NOT NULL,
    taken        INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_appointment_slot UNIQUE (office_id, starts_local),
    CONSTRAINT fk_appointment_slot_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_appointment_slot_capacity CHECK (capacity >= 1 AND taken >= 0 AND taken <= capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An appointment booked from a request. status: HOLD (held while the user confirms, until hold_expires_at),
-- BOOKED (prenotato), CONFIRMED (confermato by the office), CANCELLED (annullato), DONE (svolto), NO_SHOW
-- (non presentato), EXPIRED (a hold never confirmed). active_request_id is the request's id while the
-- appointment is HOLD, BOOKED or CONFIRMED and NULL otherwise: its unique key allows one live appointment per
-- request. owner_username: whose appointment it is (who booked it, or for an urgent one the request's sender);
-- booked_by: who made it (the user, or the operator of an urgent one). The request's facts (protocol, subject, position, contacts) are copied at booking, so that the
-- agenda, the reminders and the notifications need no other feature.
CREATE TABLE appointment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    slot_id             BIGINT        NOT NULL,
    office_id           BIGINT        NOT NULL,
    starts_local        DATETIME      NOT NULL,
    ends_local          DATETIME      NOT NULL,
    request_id          BIGINT        NOT NULL,
    active_request_id   BIGINT        NULL,
    position_id         BIGINT        NOT NULL,
    protocol            VARCHAR(24)   NOT NULL,
    subject_code        VARCHAR(48)   NOT NULL,
    subject_label       VARCHAR(160)  NOT NULL,
    position_identifier VARCHAR(32)   NOT NULL,
    holder_name         VARCHAR(200)  NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    urgent              BOOLEAN       NOT NULL DEFAULT FALSE,
    phone               VARCHAR(20)   NULL,
    notes               TEXT          NULL,
    email               VARCHAR(254)  NULL,
    sms_phone           VARCHAR(20)   NULL,
    owner_username      VARCHAR(255)  NOT NULL,
    booked_by           VARCHAR(255)  NOT NULL,
    booked_by_name      VARCHAR(200)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    hold_expires_at     DATETIME(6)   NULL,
    booked_at           DATETIME(6)   NULL,
    changed_at          DATETIME(6)   NOT NULL,
    changed_by_name     VARCHAR(200)  NULL,
    cancel_reason       TEXT          NULL,
    reminded_at         DATETIME(6)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_appointment_active_request UNIQUE (active_request_id),
    KEY ix_appointment_office (office_id, starts_local, id),
    KEY ix_appointment_owner (owner_username, starts_local, id),
    KEY ix_appointment_position (position_id, starts_local, id),
    KEY ix_appointment_request (request_id, id),
    KEY ix_appointment_slot (slot_id, status),
    KEY ix_appointment_reminder (status, starts_local, reminded_at),
    CONSTRAINT fk_appointment_slot FOREIGN KEY (slot_id) REFERENCES appointment_slot (id),
    CONSTRAINT fk_appointment_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT ck_appointment_status CHECK (status IN ('HOLD', 'BOOKED', 'CONFIRMED', 'CANCELLED', 'DONE', 'NO_SHOW',
        'EXPIRED')),
    CONSTRAINT ck_appointment_active CHECK ((status IN ('HOLD', 'BOOKED', 'CONFIRMED')) = (active_request_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
