package it.cassetto.request;

import it.cassetto.shared.i18n.RuleRefusedException;

/**
 * A request refused by a business rule (a transition the status does not allow, a 4th attachment, a file
 * type not accepted...): the message key (prefix {@code request.error.}) says why in the user's language, the
 * arguments fill it in.
 */
public class RequestRuleException extends RuleRefusedException {

    public RequestRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
