package it.cassetto.shared.i18n;

import java.util.Arrays;

/**
 * A step a business rule refuses, saying why in the user's language: a translation key and the arguments that
 * fill it in; the message (key and arguments) is for logs. Each feature names its own refusals by a subclass
 * (requests, appointments, delegations), whose keys carry the feature's prefix.
 */
public class RuleRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleRefusedException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The translation key. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the translation is filled in with. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
