package it.cassetto.appointment;

/**
 * A booking or change refused by a rule (the request does not qualify, the hold expired, too late to
 * cancel, a slot outside the horizon...): the message key (prefix {@code appointment.error.}) says why.
 */
public class AppointmentRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AppointmentRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
