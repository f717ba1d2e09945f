package it.cassetto.appointment;

import it.cassetto.shared.i18n.RuleRefusedException;

/**
 * A booking or change refused by a rule (the request does not qualify, the hold expired, too late to
 * cancel, a slot outside the horizon...): the message key (prefix {@code appointment.error.}) says why.
 */
public class AppointmentRuleException extends RuleRefusedException {

    public AppointmentRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
