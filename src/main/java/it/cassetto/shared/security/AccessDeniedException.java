package it.cassetto.shared.security;

/**
 * Thrown by a service when the caller has no right to the use case or to the data it names. The
 * central error handler turns it into an access-denied message; the message here is for logs only.
 */
public class AccessDeniedException extends SecurityException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
