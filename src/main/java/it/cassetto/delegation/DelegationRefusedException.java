package it.cassetto.delegation;

import java.util.List;

/**
 * A delegation step the rules do not allow (a second request for the same position, a sub-delegation wider
 * than the delegation, ...). Carries a translation key and its arguments so that the page can say why in the
 * user's language; the message is the key, for logs.
 */
public class DelegationRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DelegationRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
