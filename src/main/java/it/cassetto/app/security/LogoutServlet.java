package it.cassetto.app.security;

import it.cassetto.shared.config.CassettoSettings;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * RP-initiated logout: ends the portal session and then the Keycloak session, so that the back button
 * shows no data and the next visit asks for the password again. Keycloak then sends the browser to
 * the logged-out page, from which the user can log in again.
 */
@WebServlet(urlPatterns = LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    public static final String PATH = "/logout";
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Inject
    CassettoSettings settings;

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String endSession = null;
        String idToken = null;
        try {
            endSession = openIdContext.getProviderMetadata().getString("end_session_endpoint", null);
            idToken = openIdContext.getIdentityToken().getToken();
        } catch (RuntimeException noOpenIdSession) {
            LOG.log(Level.FINE, "Logout without an OpenID session", noOpenIdSession);
        }
        // Invalidating the session ends the local login (the OpenID mechanism keeps it there).
        // request.logout() is not called: Soteria's logout commits its own response first.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // Drop the old session cookie too, so that the next login starts a clean session.
        Cookie expired = new Cookie("JSESSIONID", "");
        expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        expired.setMaxAge(0);
        expired.setHttpOnly(true);
        response.addCookie(expired);
        response.setHeader("Cache-Control", "no-store");
        String home = settings.getPublicUrl() + LoggedOutServlet.PATH;
        if (endSession == null) {
            response.sendRedirect(home);
            return;
        }
        StringBuilder target = new StringBuilder(endSession)
                .append("?client_id=").append(encode(settings.getOidcClientId()))
                .append("&post_logout_redirect_uri=").append(encode(home));
        if (idToken != null) {
            target.append("&id_token_hint=").append(encode(idToken));
        }
        response.sendRedirect(target.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
