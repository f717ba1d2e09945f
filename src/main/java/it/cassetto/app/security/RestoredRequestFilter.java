package it.cassetto.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Works around a defect of the Soteria build in Payara 6.2025.10: after the OpenID Connect callback,
 * the request replayed to the page the user first asked for carries a saved copy whose parameter map
 * is {@code null} when that page had no query string, and whose list of locales is {@code null}, so
 * {@code getParameter} and {@code getLocale} (Vaadin calls both at bootstrap) throw a
 * NullPointerException and the user sees a 404 instead of the page. Here such a request answers "no
 * parameters", which is what the original request had, and the locales of its Accept-Language
 * header. See
 * docs/decisions/DD003.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RestoredRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new NullSafeParameters(request), response);
    }

    /** Delegates everything; answers sensibly where the delegate fails on a missing map or list. */
    static final class NullSafeParameters extends HttpServletRequestWrapper {

        NullSafeParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            try {
                return super.getParameter(name);
            } catch (NullPointerException missingParameterMap) {
                return null;
            }
        }

        @Override
        public String[] getParameterValues(String name) {
            try {
                return super.getParameterValues(name);
            } catch (NullPointerException missingParameterMap) {
                return null;
            }
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            try {
                Map<String, String[]> parameters = super.getParameterMap();
                return parameters == null ? Map.of() : parameters;
            } catch (NullPointerException missingParameterMap) {
                return Map.of();
            }
        }

        @Override
        public Locale getLocale() {
            try {
                return super.getLocale();
            } catch (NullPointerException missingLocales) {
                return acceptedLocales().get(0);
            }
        }

        @Override
        public Enumeration<Locale> getLocales() {
            try {
                return super.getLocales();
            } catch (NullPointerException missingLocales) {
                return Collections.enumeration(acceptedLocales());
            }
        }

        /** The locales of the Accept-Language header (the saved headers survive), else Italian. */
        private List<Locale> acceptedLocales() {
            String header = getHeader("Accept-Language");
            List<Locale> locales = new ArrayList<>();
            if (header != null && !header.isBlank()) {
                try {
                    Locale.LanguageRange.parse(header).forEach(r -> locales.add(Locale.forLanguageTag(r.getRange())));
                } catch (IllegalArgumentException malformed) {
                    locales.clear();
                }
            }
            if (locales.isEmpty()) {
                locales.add(Locale.ITALIAN);
            }
            return locales;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            try {
                Enumeration<String> names = super.getParameterNames();
                return names == null ? Collections.emptyEnumeration() : names;
            } catch (NullPointerException missingParameterMap) {
                return Collections.emptyEnumeration();
            }
        }
    }
}
