package it.cassetto.shared.security;

/** Thrown when a use case that needs an authenticated caller is reached anonymously. */
public class NotAuthenticatedException extends SecurityException {

    public NotAuthenticatedException() {
        super("An authenticated caller is required");
    }
}
