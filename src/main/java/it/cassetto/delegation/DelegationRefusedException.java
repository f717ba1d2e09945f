package it.cassetto.delegation;

import it.cassetto.shared.i18n.RuleRefusedException;

/**
 * A delegation step the rules do not allow (a second request for the same position, a sub-delegation wider
 * than the delegation, ...). Carries a translation key and its arguments so that the page can say why in the
 * user's language.
 */
public class DelegationRefusedException extends RuleRefusedException {

    public DelegationRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
