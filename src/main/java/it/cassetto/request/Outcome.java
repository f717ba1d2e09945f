package it.cassetto.request;

/** How the office closed a request: accolta (granted) or non accolta (not granted). */
public enum Outcome {
    ACCEPTED, REJECTED;

    public String labelKey() {
        return "request.outcome." + name();
    }
}
