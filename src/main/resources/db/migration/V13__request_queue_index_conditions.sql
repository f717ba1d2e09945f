-- The office queue reads its first page in (queue_due, id) order from ix_service_request_queue (open requests) or
-- ix_service_request_queue_status (by status); with a subject, class or date filter it has to check rows along the
-- way. Carrying the filtered columns at the end of these indexes lets MariaDB check them on the index entries
-- (index condition pushdown) instead of reading each row first (docs/benchmarks.md: one subject 277 ms and an
-- opening-date range 1.1 s on the queue of Roma before this).
ALTER TABLE service_request
    DROP KEY ix_service_request_queue,
    ADD KEY ix_service_request_queue (office_id, is_open, queue_due, id, class_code, subject_code, opened_at, updated_on),
    DROP KEY ix_service_request_queue_status,
    ADD KEY ix_service_request_queue_status (office_id, status, queue_due, id, class_code, subject_code, opened_at,
        updated_on);

-- The queue by last update: the rows updated in a few days are few, but the (queue_due, id) order finds them only
-- after walking every open request of the office (12 s for none among Roma's open requests); this range of the
-- office's open requests by update day is then sorted, a few rows.
ALTER TABLE service_request
    ADD KEY ix_service_request_queue_updated (office_id, is_open, updated_on, id);
