package it.cassetto.app;

import it.cassetto.shared.i18n.SupportedLanguage;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Serves the interface texts from the resource bundles {@code vaadin-i18n/translations*.properties}
 * (Italian in the base bundle, English in {@code translations_en}). A missing key shows as
 * {@code !key!} and is logged, so it is noticed rather than silently blank. vaadin-cdi uses it only
 * because it is {@code @VaadinServiceEnabled}; otherwise Vaadin's default provider would pick the same
 * files and fall back to the JVM's locale (English) for Italian, which has no bundle of its own.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    /** Italian is the base bundle: never fall back to the JVM's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger LOG = Logger.getLogger(TranslationProvider.class.getName());

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = SupportedLanguage.of(locale).locale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, TranslationProvider.class.getClassLoader(),
                    NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException missing) {
            LOG.warning(() -> "Missing translation '" + key + "' for " + effective);
            return "!" + key + "!";
        }
    }
}
