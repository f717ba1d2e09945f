package it.cassetto.shared.security;

/** What a caller wants to do on a position: read its sections, or send to the institute on its behalf. */
public enum Action {
    READ, SEND
}
