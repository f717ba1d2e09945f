package it.cassetto.app.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Where Keycloak sends the browser after logout: a plain page, open without login, that confirms the
 * logout (Italian first, English second) and offers to log in again. Landing straight on the portal's
 * home instead would start a login whose callback Soteria cannot complete (see DD003).
 */
@WebServlet(urlPatterns = LoggedOutServlet.PATH)
public class LoggedOutServlet extends HttpServlet {

    public static final String PATH = "/uscita";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String home = request.getContextPath() + "/";
        try (PrintWriter out = response.getWriter()) {
            out.print("""
                    <!DOCTYPE html>
                    <html lang="it">
                    <head>
                      <meta charset="UTF-8">
                      <meta name="viewport" content="width=device-width, initial-scale=1">
                      <title>Sei uscito · Cassetto previdenziale</title>
                      <style>
                        body { font-family: "Titillium Web", "Segoe UI", Roboto, Arial, sans-serif; margin: 0;
                               color: #1a1a1a; }
                        header { background: #17324d; color: #fff; padding: 1rem 1.5rem; font-size: 1.4rem;
                                 font-weight: 700; }
                        main { padding: 2rem 1.5rem; max-width: 40rem; }
                        h1 { color: #17324d; }
                        a.button { display: inline-block; background: #0066cc; color: #fff; padding: .6rem 1.2rem;
                                   border-radius: 4px; text-decoration: none; font-weight: 600; }
                        a:focus-visible { outline: 3px solid #ff9900; outline-offset: 2px; }
                        .english { margin-top: 2rem; color: #5c6f82; }
                      </style>
                    </head>
                    <body>
                      <header>Cassetto previdenziale</header>
                      <main id="logged-out">
                        <h1>Sei uscito dal Cassetto previdenziale</h1>
                        <p>La sessione è terminata anche sul sistema di autenticazione. Per sicurezza chiudi il
                           browser se il computer è condiviso.</p>
                        <p><a class="button" id="login-again" href="%s">Accedi di nuovo</a></p>
                        <p class="english" lang="en">You have logged out of the portal, and out of the
                           login service too. <a href="%s">Log in again</a>.</p>
                      </main>
                    </body>
                    </html>
                    """.formatted(home, home));
        }
    }
}
