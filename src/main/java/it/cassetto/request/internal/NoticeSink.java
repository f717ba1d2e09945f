package it.cassetto.request.internal;

import it.cassetto.request.internal.RequestNotices.Notice;

/**
 * Where request notices go: the notification outbox, in the caller's transaction (so a notice exists only
 * if the change commits).
 */
public interface NoticeSink {

    void enqueue(Notice notice);
}
