-- Every printed company dossier (stampa del fascicolo aziendale, circolare 34/2023): who printed which
-- position when, how many pages and bytes, and two SHA-256 digests so that a copy can be checked later:
-- content_sha256 (printed in every page's footer, covers the data the dossier shows) and file_sha256
-- (of the PDF file itself). Append-only: the application only inserts here
-- (it.cassetto.dossier.internal.DossierPrintLog). printed_at is UTC.
CREATE TABLE dossier_print_audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    printed_at     DATETIME(6)  NOT NULL,
    username       VARCHAR(255) NOT NULL,
    fiscal_code    VARCHAR(16)  NULL,
    position_id    BIGINT       NOT NULL,
    period_from    DATE         NULL,
    period_to      DATE         NULL,
    page_count     INT          NOT NULL,
    byte_size      BIGINT       NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    file_sha256    CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_dossier_print_content (content_sha256),
    KEY ix_dossier_print_file (file_sha256),
    KEY ix_dossier_print_position (position_id, printed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
