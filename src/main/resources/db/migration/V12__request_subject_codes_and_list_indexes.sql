-- "Lista richieste" and the office queues on a million requests (docs/benchmarks.md): the subject filter was a
-- semi-join on request_subject that MariaDB read as a scan plus a filesort. A request now carries its subject's
-- code and class code (copies: a subject row never changes once a request points at it, new tree versions add
-- rows), written by the send path, so that the filters are plain conditions on service_request; and composite
-- indexes let the first page of each reach/filter be read in the list's order (opened_at DESC, id DESC) or the
-- queue's (queue_due, id) without a filesort.
ALTER TABLE service_request
    ADD COLUMN subject_code VARCHAR(48) NULL AFTER subject_id,
    ADD COLUMN class_code   VARCHAR(24) NULL AFTER subject_code;

UPDATE service_request r JOIN request_subject s ON s.id = r.subject_id
   SET r.subject_code = s.code, r.class_code = s.class_code;

ALTER TABLE service_request
    MODIFY subject_code VARCHAR(48) NOT NULL,
    MODIFY class_code   VARCHAR(24) NOT NULL,
    -- an office's list by subject class or subject, newest first
    ADD KEY ix_service_request_office_class (office_id, class_code, opened_at, id),
    ADD KEY ix_service_request_office_subject (office_id, subject_code, opened_at, id),
    -- the supervisor's list (every office) by subject class, subject or status, newest first
    ADD KEY ix_service_request_class (class_code, opened_at, id),
    ADD KEY ix_service_request_subject_code (subject_code, opened_at, id),
    ADD KEY ix_service_request_status (status, opened_at, id),
    -- an office queue by status, due date first
    ADD KEY ix_service_request_queue_status (office_id, status, queue_due, id);
