-- Per-user preferences of the portal (for now the interface language).
-- Users live in Keycloak; here they are identified by their stable Keycloak username.
CREATE TABLE user_preference (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    username     VARCHAR(255) NOT NULL,
    language_tag VARCHAR(16)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_preference_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
