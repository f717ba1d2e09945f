package it.cassetto.request;

/**
 * A request refused by a business rule (a transition the status does not allow, a 4th attachment, a file
 * type not accepted...): the message key says why in the user's language, the argument fills it in.
 */
public class RequestRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RequestRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The translation key (prefix {@code request.error.}). */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
