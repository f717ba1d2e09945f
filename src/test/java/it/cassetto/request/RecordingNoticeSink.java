package it.cassetto.request;

import it.cassetto.request.internal.NoticeSink;
import it.cassetto.request.internal.RequestNotices.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the notices the request services queue, for the integration tests of who is told what. */
@ApplicationScoped
public class RecordingNoticeSink implements NoticeSink {

    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @Override
    public void enqueue(Notice notice) {
        notices.add(notice);
    }

    public List<Notice> of(String protocolOrKeyPart) {
        return notices.stream().filter(n -> n.dedupKey().contains(protocolOrKeyPart)).toList();
    }
}
