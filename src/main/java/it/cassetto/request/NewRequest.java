package it.cassetto.request;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What the user fills in to send a request: the position, a subject of its tree, contacts (e-mail or
 * mobile phone, at least one; landline and fax optional), consents to e-mail and SMS notifications, and
 * the text. The service validates it again whatever the form did.
 */
public record NewRequest(@Positive long positionId, @Positive long subjectId,
                         @Email @Size(max = 254) String email,
                         @Pattern(regexp = PHONE) String mobilePhone,
                         @Pattern(regexp = PHONE) String landline,
                         @Pattern(regexp = PHONE) String fax,
                         boolean consentEmail, boolean consentSms,
                         @NotBlank @Size(max = MAX_TEXT) String text) {

    /** Digits, spaces, an optional leading +; 6 to 20 characters. */
    public static final String PHONE = "^\\+?[0-9 ]{6,19}$";
    public static final int MAX_TEXT = 4_000;

    public NewRequest {
        email = blankToNull(email);
        mobilePhone = blankToNull(mobilePhone);
        landline = blankToNull(landline);
        fax = blankToNull(fax);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
